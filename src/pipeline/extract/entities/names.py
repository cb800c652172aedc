"""Token-level shapes of names, shared by the span fixes and the mention rules: where a personal
name ends, a first name the model left out, a type given by a word's ending, words naming a kind of
body, and capitals explained by their position."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.extract.entities.roles import role_word
from pipeline.extract.entities.words import MAX_NAME_TOKENS, NAME_TOKEN, words
from pipeline.labels import first_names, name_suffixes, org_kinds
from pipeline.text.grammar import SENTENCE_END

MAX_HEADING_TOKENS = 6  # words of a sub-heading glued to the next sentence


def name_tokens(
    doc: Doc, texts: Sequence[str], i: int, taken: set[int], particle_first: bool = False
) -> int:
    """End of a personal name starting at token i ("Eric van der Burg", "De Jonge"), or i if none.

    With `particle_first` the name may go on with a particle ("Anouk" + "de Vries"). `texts`: the
    Doc's token texts (a line break is a token of its own, which no name word matches).
    """
    end, last_cap = i, i
    particles = words().surname_particles
    while end < len(texts) and end - i < MAX_NAME_TOKENS and end not in taken:
        text = texts[end]
        after_particle = end > i and texts[end - 1] in particles
        # a role word after a particle is a surname: "Karin de Boer", "Jan de Wit"
        if glued_start_at(doc, texts, end):  # "Tips" + "Heeft u informatie?": a new sentence
            break
        if NAME_TOKEN.match(text) and (after_particle or not role_word(text)):
            end += 1
            last_cap = end
        elif text in particles and (end > i or particle_first):
            end += 1
        else:
            break
    return last_cap


def first_name(doc: Doc, texts: Sequence[str], start: int, taken: set[int]) -> int:
    """Start of a person's name including a first name the model left out ("Ruben" + "Mulder"),
    also the first of two given names ("Eva" + "Maria Pommer"); "Gerrit Kamphuis" has its first
    name, so a capitalised word before it ("Buurman Gerrit Kamphuis") is left out. The word before
    is read on `texts` (the Doc's token texts; `is_title`, `is_alpha` are the `str` methods) and
    its Token built only for the part of speech."""
    prev = start - 1
    if (
        prev >= 0
        and prev not in taken
        and texts[prev].istitle()
        and texts[prev].isalpha()
        and (texts[start] not in first_names() or texts[prev] in first_names())
        and not role_word(texts[prev])
        and not org_word(texts[prev])  # "Basisteam De Linge" is a team
        and doc[prev].pos_ == "PROPN"
    ):
        return prev
    return start


@lru_cache(maxsize=1 << 16)
def suffix_label(word: str) -> str | None:
    """Type given by the word's ending: "Spreidingswet" is a law (see data/name_suffixes.csv).
    Cached by word form: several fixes ask it of the same capitalised words, one ending at a time."""
    lower = word.casefold()
    return next(
        (label for end, label in name_suffixes() if lower.endswith(end) and lower != end), None
    )


@lru_cache(maxsize=1 << 16)
def org_kind_ending(word: str) -> bool:
    """The word, lower-cased, ends like a noun naming a kind of organisation (data/org_kinds.csv).
    Cached by word form: the descriptor scan asks it of every word of a Doc, one ending at a time."""
    return word.lower().endswith(org_kinds())


@lru_cache(maxsize=1 << 16)
def org_word(text: str) -> bool:
    """A word naming a kind of organisation ("Ziekenhuis", "Veiligheidsregio", data/org_kinds.csv).
    Read on the word's text (spaCy's `is_alpha` and `lower_` are `str.isalpha` and `str.lower`) and
    cached by word form: the entity rules ask it of many words, one ending at a time."""
    return text.isalpha() and text.lower().endswith(org_kinds()) and not role_word(text)


def descriptor(token: Token) -> bool:
    """A lower-case common noun naming the kind of body before its name ("vakbond", "stichting")."""
    return token.is_lower and token.is_alpha and token.pos_ == "NOUN" and not role_word(token.text)


def sentence_initial(span: Span) -> bool:
    """Capital explained by position: first word of a sentence, a line, a quote or after a colon.

    Read from the punctuation before the span, not from the parser's sentence starts, which split
    sentences mid-way ("van onderzoeksbureau | Panteia").
    """
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        if doc[i].text in words().open_marks or doc[i].text in SENTENCE_END or "\n" in doc[i].text:
            return True
        i -= 1
    return i < 0 or "\n" in doc[i].whitespace_


@lru_cache(maxsize=1 << 16)
def compound_head(word: str) -> tuple[str, str] | None:
    """(name, tail) of a word that joins a name to a common noun or a role: "FNV-voorman" ->
    ("FNV", "voorman"), "Haven-project" -> ("Haven", "project"), "LHBTIQ+’ers" -> ("LHBTIQ+",
    "ers") (entity_words.yaml `member_suffixes`); None for a name with a capitalised part
    ("Schouwen-Duiveland") or a word with no capital before the hyphen ("e-mail"). Cached by word
    form: mentions and filters ask it of the same names."""
    for suffix in words().member_suffixes:
        if word.endswith(suffix) and len(word) > len(suffix):
            head = word[: -len(suffix)]
            return (head, suffix.lstrip("'’")) if any(c.isupper() for c in head) else None
    head, _, tail = word.rpartition("-")
    if not head or not any(c.isupper() for c in head) or not tail.isalpha():
        return None
    if tail.islower() or role_word(tail):
        return head, tail
    return None


@lru_cache(maxsize=1 << 16)
def role_compound_body(word: str) -> str | None:
    """The body a compound role names: "VNG-bestuurder" -> "VNG", "CDA-Kamerlid" -> "CDA"; a
    modifier capitalised at a sentence start ("Oud-minister", entity_words.yaml `role_modifiers`)
    names none, nor does a plain role ("woordvoerder"). Cached by word form: the mention fixes ask
    it of every word of a Doc."""
    parts = compound_head(word)
    if parts is None or not role_word(parts[1]) or not parts[0][:1].isupper():
        return None
    return None if parts[0].casefold() in words().role_modifiers else parts[0]


def glued_start_at(doc: Doc, texts: Sequence[str], i: int) -> bool:
    """`glued_start` of token i, its Token built only when the texts allow one: a title-case word
    before a lower-case one (`is_title`, `is_lower`, `is_alpha` are the `str` methods)."""
    if i + 1 >= len(texts):
        return False
    after = texts[i + 1]
    return texts[i].istitle() and after.islower() and after.isalpha() and glued_start(doc[i])


def glued_start(token: Token) -> bool:
    """Whether a capitalised word starts a sentence glued to what came before: a closed-class word
    or a verb with a capital, then a lower-case word ("… Tips Heeft u informatie?", "StreamView De
    meldkamer kan …", sub-headings that lost their line break). Inside a name such a word is
    followed by more name ("Basisteam De Linge"), not by lower case, and mid-sentence the word is
    part of a name ("de Open Loket principes"): the words before it must start a sentence."""
    doc = token.doc
    if not (token.is_title and token.pos_ in words().glued_start_pos and token.i + 1 < len(doc)):
        return False
    if token.pos_ == "ADV" and token.lower_ not in words().cue_words:
        return False  # taggers call capitalised nouns adverbs ("Stichting Voedselhulp")
    after = doc[token.i + 1]
    if not (after.is_lower and after.is_alpha):
        return False
    # a verb starts a clause with its subject or object ("Weet u", "Georganiseerde criminaliteit");
    # one before a conjunction or preposition is a name's last word ("Open Loket en …")
    if token.pos_ == "VERB" and after.pos_ in ("CCONJ", "SCONJ", "ADP"):
        return False
    # the sub-heading before it is short and starts a sentence: "… buurt. Meld overlast Weet u"
    k = token.i
    while k > 0 and token.i - k < MAX_HEADING_TOKENS and doc[k - 1].is_alpha:
        k -= 1
    heading = doc[k : token.i]
    finite = any("Fin" in t.morph.get("VerbForm") for t in heading)  # a clause, no heading
    return k < token.i and not finite and sentence_initial(heading)
