"""Token-level shapes of names, shared by the span fixes and the mention rules: where a personal
name ends, a first name the model left out, a type given by a word's ending, words naming a kind of
body, and capitals explained by their position."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.extract.entities.roles import role_word
from pipeline.extract.entities.words import MAX_NAME_TOKENS, NAME_TOKEN, words
from pipeline.labels import first_names, name_suffixes, org_kinds
from pipeline.text.grammar import SENTENCE_END

MAX_HEADING_TOKENS = 6  # words of a sub-heading glued to the next sentence


def name_tokens(doc: Doc, i: int, taken: set[int], particle_first: bool = False) -> int:
    """End of a personal name starting at token i ("Eric van der Burg", "De Jonge"), or i if none.

    With `particle_first` the name may go on with a particle ("Anouk" + "de Vries").
    """
    end, last_cap = i, i
    while end < len(doc) and end - i < MAX_NAME_TOKENS and end not in taken:
        token = doc[end]
        if end > i and "\n" in doc[end - 1].whitespace_:
            break
        after_particle = end > i and doc[end - 1].text in words().surname_particles
        # a role word after a particle is a surname: "Karin de Boer", "Jan de Wit"
        if glued_start(token):  # "Tips" + "Heeft u informatie?": a new sentence
            break
        if NAME_TOKEN.match(token.text) and (after_particle or not role_word(token.text)):
            end += 1
            last_cap = end
        elif token.text in words().surname_particles and (end > i or particle_first):
            end += 1
        else:
            break
    return last_cap


def first_name(doc: Doc, start: int, taken: set[int]) -> int:
    """Start of a person's name including a first name the model left out ("Ruben" + "Mulder"),
    also the first of two given names ("Eva" + "Maria Pommer"); "Gerrit Kamphuis" has its first
    name, so a capitalised word before it ("Buurman Gerrit Kamphuis") is left out."""
    prev = start - 1
    if (
        prev >= 0
        and prev not in taken
        and (doc[start].text not in first_names() or doc[prev].text in first_names())
        and doc[prev].pos_ == "PROPN"
        and doc[prev].is_title
        and doc[prev].is_alpha
        and "\n" not in doc[prev].whitespace_
        and not role_word(doc[prev].text)
        and not org_word(doc[prev])  # "Basisteam De Linge" is a team
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


def org_word(token: Token) -> bool:
    """A word naming a kind of organisation ("Ziekenhuis", "Veiligheidsregio", data/org_kinds.csv)."""
    return token.is_alpha and token.lower_.endswith(org_kinds()) and not role_word(token.text)


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


def compound_head(word: str) -> tuple[str, str] | None:
    """(name, tail) of a word that joins a name to a common noun or a role: "FNV-voorman" ->
    ("FNV", "voorman"), "Haven-project" -> ("Haven", "project"), "LHBTIQ+’ers" -> ("LHBTIQ+",
    "ers") (entity_words.yaml `member_suffixes`); None for a name with a capitalised part
    ("Schouwen-Duiveland") or a word with no capital before the hyphen ("e-mail")."""
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


def role_compound_body(word: str) -> str | None:
    """The body a compound role names: "VNG-bestuurder" -> "VNG", "CDA-Kamerlid" -> "CDA"; a
    modifier capitalised at a sentence start ("Oud-minister", entity_words.yaml `role_modifiers`)
    names none, nor does a plain role ("woordvoerder")."""
    parts = compound_head(word)
    if parts is None or not role_word(parts[1]) or not parts[0][:1].isupper():
        return None
    return None if parts[0].casefold() in words().role_modifiers else parts[0]


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
