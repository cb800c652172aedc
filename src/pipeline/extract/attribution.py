"""Who says and who urges: source cues, reporting verbs and phrase → party, for every extractor.

Quotes (a quote's `speaker`), claims (who gives a number: `attributed_to`) and demands (who demands:
`actor`; who must act: `addressee`) attribute text to a party with the same Dutch cues, whose words
live in `data/attribution.yaml`:

- a source preposition: "volgens X is het ‘…’", "Volgens de Rekenkamer stijgt …" (`according_to`);
- a postposed cue: "‘…’, aldus X" (`postposed`);
- a reporting verb with its subject: "‘…’, zegt X", "X meldt dat …", "…, zo schrijft X"
  (`reporting_verbs`, `reporting_verb`);
- evidence: "Dat blijkt uit cijfers van X", "Uit onderzoek van X blijkt" (`evidence_verbs`);
- a back-reference: a cue sentence opening with "Dat"/"Dit" sources what it points back to
  (`anaphors`);
- no source: a law or rule after "volgens" sets a norm ("volgens artikel 10 van de huurwet"),
  nobody reports through it (`legal_sources`);
- a document is no party, its issuer is ("volgens het rapport van het SCP": SCP; "volgens een
  rapport": nobody) (`document_nouns`, `names_document`);
- a speaker label: in a transcript, a line of capitals alone ("RUTTE", "VAN DISSEL (vervolg)")
  names who speaks until the next label (`speaker_turns`).

A phrase becomes a party through the one resolver, `pipeline.extract.resolve.EntityIndex`, in
steps kept here: a third-person pronoun is the person named last before it outside quotation
marks whose gender fits, or an unnamed person introduced since ("De vrouw, die …") —
`pronoun_referent`; a mention of a known entity is that entity, a person first
(`mentioned_entity`); anything else the resolver's name or role lookups or the phrase as written.
Each extractor delimits the phrase in its own representation and composes these steps (quotes
`quotes.speakers.resolve_speaker`, claims
`claims.sources.np_source`, demands `demands.parties.party`).
The words of the person steps (given names and gendered nouns, unnamed-person nouns) are sections
of `data/quote_words.csv` (`given_name`, `speaker_noun`, `referent_noun`, `referent_determiner`,
`role_link`).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from math import inf

from pipeline.extract.resolve import EntityIndex
from pipeline.labels import roles
from pipeline.schema import Entity
from pipeline.text.datafiles import AttributionWords, quote_words, sections
from pipeline.text.grammar import headed_by
from pipeline.text.quotemarks import find_quote_marks
from pipeline.text.view import DocView

_NOT_VERBS = frozenset({"NOUN", "PROPN", "ADP", "DET", "PRON"})
_WORD = re.compile(r"\w+")
_TITLE_REACH = 20  # characters before a mention where a title ("mevrouw", "woordvoerster") stands
_NOUN_REACH = 400  # characters back where a pronoun finds an unnamed person when nobody is named


@cache
def attribution_words() -> AttributionWords:
    """data/attribution.yaml, loaded once."""
    return sections(AttributionWords)


@cache
def source_words() -> frozenset[str]:
    """Words right before a source's noun phrase: "volgens X", "aldus X"."""
    words = attribution_words()
    return words.according_to | words.postposed


@cache
def third_person() -> dict[str, str]:
    """Third-person personal pronouns, subject and object forms, with their gender."""
    words = attribution_words()
    return words.third_person_subject | words.third_person_object


# --- cues ----------------------------------------------------------------------------------------


def lemma_candidates(lemma: str, lower: str) -> list[str]:
    """The model's (case-folded) lemma, then guesses from a present-tense form for lemmatiser misses.

    Edit-tree lemmatisers sometimes invent forms ("voegt" -> "voegken"); Dutch present tense is stem
    + t, and the infinitive is stem + en with a doubled consonant or an undoubled vowel.
    """
    candidates = [lemma]
    if lower.endswith("t") and len(lower) > 3:
        stem = lower[:-1]
        candidates += [stem + "en", stem + stem[-1] + "en"]
        if len(stem) > 2 and stem[-2] == stem[-3]:
            candidates.append(stem[:-2] + stem[-1] + "en")
    return candidates


@cache
def _reporting_forms() -> dict[str, str]:
    """Listed inflected form → the reporting verb's lemma."""
    verbs = attribution_words().reporting_verbs
    return {form: lemma for lemma, verb in verbs.items() for form in verb.forms}


def is_listed_reporting_form(low: str) -> bool:
    """`low` is one of the inflected forms listed for a reporting verb ("meldt", "zei")."""
    return low in _reporting_forms()


def reporting_lemma(view: DocView, i: int) -> str | None:
    """The reporting verb token i is a form of (listed form, lemma or guessed lemma), or None.

    A noun, name, preposition, determiner or pronoun never is one ("de vraag", "Zeggen" as a
    name); other tags are let through, since small models tag verbs as adjectives or adverbs.
    """
    return reporting_lemma_of(view.pos[i], view.lower[i], view.lemma[i])


@lru_cache(maxsize=1 << 16)
def reporting_lemma_of(pos: str, lower: str, lemma: str) -> str | None:
    """`reporting_lemma` of a token with this tag, lower-case form and lemma: a function of the
    word form, remembered (a caller may ask it for every token of a document)."""
    if pos in _NOT_VERBS:
        return None
    listed = _reporting_forms().get(lower)
    if listed is not None:
        return listed
    verbs = attribution_words().reporting_verbs
    if lemma not in verbs and not (lower.endswith("t") and len(lower) > 3):
        return None  # no guess to make: the common case, decided without building candidates
    candidates = lemma_candidates(lemma, lower)
    return next((c for c in candidates if c in verbs and verbs[c].by_lemma), None)


def reporting_tokens(view: DocView) -> frozenset[int]:
    """The tokens of the document that are a form of a reporting verb (`reporting_lemma`), found
    in one pass: a caller that would ask at every word asks this set instead."""
    forms = zip(view.pos, view.lower, view.lemma, strict=True)
    return frozenset([i for i, form in enumerate(forms) if reporting_lemma_of(*form) is not None])


def reporting_verb(view: DocView, i: int, later: Iterable[str]) -> str | None:
    """The cue text if token i is a reporting verb ("zegt", "laat weten", "wijst erop"), else None.

    `later` are the lower-case words after it in its clause: a verb with separable particles
    counts only when one of them follows, also fused into an "er"-adverb ("wees erop"), and none
    counts when a `not_with` word follows ("vond … plaats").
    """
    lemma = reporting_lemma(view, i)
    if lemma is None:
        return None
    verb = attribution_words().reporting_verbs[lemma]
    found = None
    for low in later:
        if low in verb.not_with:
            return None  # "vond … plaats": plaatsvinden, no reporting verb
        if found is None:
            found = next((p for p in verb.particles if _particle(low, p)), None)
    if not verb.particles:
        return view.lower[i]
    return f"{view.lower[i]} {found}" if found else None


def _particle(low: str, particle: str) -> bool:
    """`low` is the particle, or an "er"-adverb fused with it ("erop")."""
    return low == particle or (low.startswith("er") and low.endswith(particle))


# --- parties -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Referent:
    """Who a third-person pronoun stands for: a person of the article (`entity`), or an unnamed
    person introduced after the last named one (`noun`: "vrouw" in "De vrouw, die …, zei ze")."""

    entity: Entity | None = None
    noun: str | None = None

    @property
    def name(self) -> str | None:
        """The entity's canonical name, or the unnamed person's noun; None for nobody."""
        return self.noun or (self.entity.name if self.entity else None)


@lru_cache(maxsize=8)
def quotation_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(open, close) offsets of the quotations of `text` (its outermost quote-mark pairs)."""
    return tuple((q.open_at, q.close_at) for q in find_quote_marks(text))


def _quoted(spans: tuple[tuple[int, int], ...], offset: int) -> bool:
    """Whether `offset` lies in one of the quotations `spans` (their marks included)."""
    k = bisect_right(spans, (offset, inf)) - 1
    return k >= 0 and offset <= spans[k][1]


def person_gender(entity: Entity, text: str = "") -> str:
    """'m', 'f' or '' for a person: from the given name, the role, or a gendered title right
    before one of its mentions in `text` ("mevrouw Jansen", "woordvoerster De Boer")."""
    words = quote_words()
    first = entity.name.split()[0].casefold() if entity.name.split() else ""
    if words.given_name.get(first):
        return words.given_name[first]
    if entity.role and words.speaker_noun.get(entity.role.casefold()):
        return words.speaker_noun[entity.role.casefold()]
    for mention in entity.mentions if text else ():
        before = text[max(0, mention.start - _TITLE_REACH) : mention.start].split()
        if before and words.speaker_noun.get(before[-1].casefold()):
            return words.speaker_noun[before[-1].casefold()]
    return ""


def pronoun_referent(
    index: EntityIndex, offset: int, pronoun: str = "", text: str = ""
) -> Referent:
    """Who the third-person pronoun `pronoun` at `offset` stands for.

    "Marieke Jansen opende het pand. ‘…’, zei ze." → Jansen: the person named last before it,
    outside quotation marks (a name inside a quotation is talked about, not the one who talks),
    preferring one whose gender fits the pronoun (`third_person_*` in data/attribution.yaml; the
    person's gender from `person_gender`), else the last one named outside quotation marks.
    "Marieke Jansen sprak de vrouw aan. De vrouw, die …, zei dat ze …" → the unnamed "vrouw":
    a definite person noun of the pronoun's gender after the named person's last mention; with
    nobody named, the last person noun before it ("een buurman. Hij zag …"). With no `text` (so
    no quotations, titles or nouns to read), the person named last before `offset`.
    """
    wanted = third_person().get(pronoun.casefold(), "")
    quoted = quotation_spans(text) if text else ()
    fallback = None
    for start, _end, entity in index.mentions_before(offset, "PERSON"):
        if _quoted(quoted, start):
            continue
        if not wanted or person_gender(entity, text) in {"", wanted}:
            fallback = entity
            break
        fallback = fallback or entity
    noun = _unnamed_person(text, fallback, offset, wanted, quoted) if text and wanted else None
    if noun:
        return Referent(noun=noun)
    return Referent(index.fullest(fallback) if fallback is not None else None)


def _unnamed_person(
    text: str, entity: Entity | None, offset: int, wanted: str, quoted: tuple[tuple[int, int], ...]
) -> str | None:
    """An unnamed person the pronoun of gender `wanted` at `offset` refers to, outside quotations
    and not the object of "van" ("advocaat van de man"): the last definite person noun of that
    gender ("de vrouw") since the named person's last mention; with nobody named before, the
    last person noun within `_NOUN_REACH` characters, whatever its determiner ("gealarmeerd door
    een buurman. Hij zag …" → buurman), a noun of no gender fitting "hij" only (Dutch refers to a
    person of unknown sex with "hij"; "ze" may be plural)."""
    words = quote_words()
    if entity is not None:
        since = max((m.end for m in entity.mentions if m.end <= offset), default=0)
    else:
        since = max(0, offset - _NOUN_REACH)
    found = None
    before: list[str] = []
    for match in _WORD.finditer(text, max(0, since - _TITLE_REACH), offset):
        word = match.group().casefold()
        if match.start() >= since and (len(before) < 2 or before[-2] not in words.role_link):
            if entity is not None:
                fits = words.referent_noun.get(word) == wanted
                fits = fits and before[-1:] != [] and before[-1] in words.referent_determiner
            else:
                fits = _noun_gender(word) in ({wanted, ""} if wanted == "m" else {wanted})
            if fits and not _quoted(quoted, match.start()):
                found = word
        before.append(word)
    return found


def _noun_gender(word: str) -> str | None:
    """The gender of a person noun ('m', 'f' or ''), None for a word that names no person: the
    `referent_noun` and `speaker_noun` sections of quote_words.csv and the person roles of
    roles.csv."""
    words = quote_words()
    for section in (words.referent_noun, words.speaker_noun):
        if word in section:
            return section[word]
    role = roles().get(word)
    return "" if role is not None and role[2] == "person" else None


def mentioned_entity(
    index: EntityIndex, spans: Iterable[tuple[int, int]], labels: Collection[str] | None = None
) -> Entity | None:
    """The entity mentioned in `spans` (character ranges, in the caller's order of preference),
    of one of `labels` when given: a person when one is mentioned there ("FNV-bestuurder Esra
    Yilmaz", "Jansen van de gemeente"), else the first one; a person by the fullest name the
    article gives ("Pauline" → "Pauline van Rotterdam", `EntityIndex.fullest`)."""
    found: list[Entity] = []
    for start, end in spans:
        for entity in index.all_at(start, end):
            if all(e is not entity for e in found) and (labels is None or entity.label in labels):
                found.append(entity)
    persons = [e for e in found if e.label == "PERSON"]
    entity = (persons or found or [None])[0]
    return index.fullest(entity) if entity is not None else None


@lru_cache(maxsize=1 << 14)  # a pure function of the word, asked for every noun of every text
def names_document(low: str) -> bool:
    """`low` (a lower-case word) names a document -- "rapport", "cijfers", a compound headed by
    one ("onderzoeksrapport") -- which is no party: who stands behind it is (`document_nouns`)."""
    return headed_by((low,), attribution_words().document_nouns, 5)


def document_phrase(phrase: str) -> bool:
    """A phrase as written names a document ("het rapport", "CBS-cijfers", "onderzoek van de
    gemeente"): one of its words does (`names_document`). For output written before documents
    stopped being sources, or by hand: such a phrase is no party to publish as an author."""
    return any(names_document(word) for word in phrase.lower().replace("-", " ").split())


# --- transcripts ---------------------------------------------------------------------------------

# A speaker label: a line of capitals alone, with an optional note in brackets ("(vervolg)").
_LABEL = re.compile(
    r"^[ \t]*([A-ZÀ-Þ][A-ZÀ-Þ'’. -]*[A-ZÀ-Þ])[ \t]*(\([^()\n]{1,30}\))?[ \t]*:?[ \t]*$", re.M
)


@dataclass(frozen=True)
class Turn:
    """A labelled turn of a transcript: who speaks (the label as written) from `start` to `end`."""

    label: str
    start: int
    end: int


# An interview label opening a paragraph: one to three capitalised words and a colon, then a
# capital or a quote mark ("Kiske: Een …"; "Tip: sluit uw deur af" is a heading).
_INLINE_LABEL = re.compile(
    r"^[ \t]*([A-ZÀ-Þ][\w’'-]*(?: [A-ZÀ-Þ][\w’'-]*){0,2}):[ \t]+(?=[A-ZÀ-Þ\"'‘“„])", re.M
)


def speaker_turns(text: str, index: EntityIndex | None = None) -> tuple[Turn, ...]:
    """The turns of a transcript with speaker labels ("RUTTE\nZeer veel dank …\n\nBRUINS\n…",
    or an interview's "Kiske: Een belangrijk aspect was …").

    A label is a line of capitals alone (maybe with a colon) followed by text, counted when the
    text has two of them, the label carries a note ("RUTTE (vervolg)") or names a person `index`
    knows or a person's role ("BURGEMEESTER"); else a paragraph opening "Name: ", counted
    when there are three such paragraphs by two speakers, one of them speaking twice and no one
    twice in a row (an interview alternates) -- so a capitalised heading or a "Tip: …" line is no
    speaker. Each turn runs to the next label or the end of the text.
    """
    labels = [m for m in _LABEL.finditer(text) if text[m.end() : m.end() + 2].strip("\n ")]
    if labels and (
        len(labels) >= 2
        or labels[0].group(2) is not None
        or (index is not None and _names_speaker(index, labels[0].group(1)))
    ):
        return _turns(text, labels)
    first_line = text.lstrip().find("\n") + len(text) - len(text.lstrip())
    inline = [m for m in _INLINE_LABEL.finditer(text) if m.start() > first_line]  # not a headline
    names = [m.group(1) for m in inline]
    alternating = all(a != b for a, b in pairwise(names))
    if len(inline) >= 3 and len(set(names)) >= 2 and len(set(names)) < len(names) and alternating:
        return _turns(text, inline)
    return ()


def turn_speaker(index: EntityIndex, label: str) -> str:
    """Who a turn's label names (`label_speaker`), else the label as written ("VRAAG")."""
    return label_speaker(index, label) or label


def label_speaker(index: EntityIndex, label: str) -> str | None:
    """Who a speaker label names ("RUTTE", "Burgemeester: blijf binnen"): the person or
    organisation the article knows by it ("RUTTE" → Mark Rutte), a person's role as the person
    holding it or else its lower-case noun ("BURGEMEESTER" → burgemeester); else None."""
    entity = index.resolve(label)
    if entity is not None and entity.label in ("PERSON", "ORG"):
        return entity.name
    role = label.casefold()
    if _is_person_role(role):
        holder = index.by_role(role)
        return holder.name if holder is not None else role
    return None


def _names_speaker(index: EntityIndex, label: str) -> bool:
    """A label names a person the article knows, or a person's role."""
    entity = index.resolve(label)
    return (entity is not None and entity.label == "PERSON") or _is_person_role(label.casefold())


def _is_person_role(word: str) -> bool:
    return word in roles() and roles()[word][2] == "person"


def _turns(text: str, labels: list[re.Match[str]]) -> tuple[Turn, ...]:
    ends = [m.start() for m in labels[1:]] + [len(text)]
    return tuple(Turn(m.group(1), m.end(), end) for m, end in zip(labels, ends, strict=True))
