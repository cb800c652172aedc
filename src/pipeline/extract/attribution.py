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
  rapport": nobody) (`document_nouns`, `names_document`).

A phrase becomes a party through the one resolver, `pipeline.extract.resolve.EntityIndex`, in
steps kept here: a third-person pronoun is the person named last before it (`pronoun_referent`),
a mention of a known entity is that entity (`mentioned_entity`), anything else the resolver's
name or role lookups or the phrase as written. Each extractor delimits the phrase in its own
representation and composes these steps (quotes `quotes.speakers.resolve_speaker`, claims
`claims.sources.np_source`, demands `demands.parties.party`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import cache

from pipeline.extract.resolve import EntityIndex
from pipeline.schema import Entity
from pipeline.text.datafiles import AttributionWords, sections
from pipeline.text.grammar import headed_by
from pipeline.text.view import DocView

_NOT_VERBS = frozenset({"NOUN", "PROPN", "ADP", "DET", "PRON"})


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
    if view.pos[i] in _NOT_VERBS:
        return None
    lower = view.lower[i]
    lemma = _reporting_forms().get(lower)
    if lemma is not None:
        return lemma
    verbs = attribution_words().reporting_verbs
    if view.lemma[i] not in verbs and not (lower.endswith("t") and len(lower) > 3):
        return None  # no guess to make: the common case, decided without building candidates
    candidates = lemma_candidates(view.lemma[i], lower)
    return next((c for c in candidates if c in verbs and verbs[c].by_lemma), None)


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


def pronoun_referent(index: EntityIndex, offset: int) -> Entity | None:
    """The person a third-person pronoun at `offset` stands for: the one named last before it."""
    return index.last_before(offset)


def mentioned_entity(
    index: EntityIndex, spans: Iterable[tuple[int, int]], labels: Collection[str] | None = None
) -> Entity | None:
    """The first entity with a mention overlapping one of `spans` (character ranges, in the
    caller's order of preference), of one of `labels` when given."""
    for start, end in spans:
        entity = index.at(start, end)
        if entity is not None and (labels is None or entity.label in labels):
            return entity
    return None


def names_document(low: str) -> bool:
    """`low` (a lower-case word) names a document -- "rapport", "cijfers", a compound headed by
    one ("onderzoeksrapport") -- which is no party: who stands behind it is (`document_nouns`)."""
    return headed_by((low,), attribution_words().document_nouns, 5)
