"""Who says and who urges: source cues, reporting verbs and phrase → party, for every extractor.

Quotes (a quote's `speaker`), claims (who gives a number: `attributed_to`) and demands (who demands:
`actor`; who must act: `addressee`) attribute text to a party with the same Dutch cues, whose words
live in `data/attribution.yaml`:

- a source preposition: "volgens X is het ‘…’", "Volgens de Rekenkamer stijgt …" (`according_to`);
- a postposed cue: "‘…’, aldus X" (`postposed`);
- a reporting verb with its subject: "‘…’, zegt X", "X meldt dat …", "…, zo schrijft X"
  (`reporting_verbs`, `reporting_cue`);
- evidence: "Dat blijkt uit cijfers van X", "Uit onderzoek van X blijkt" (`evidence_verbs`);
- a back-reference: a cue sentence opening with "Dat"/"Dit" sources what it points back to
  (`anaphors`);
- no source: a law or rule after "volgens" sets a norm ("volgens artikel 10 van de huurwet"),
  nobody reports through it (`legal_sources`).

A phrase becomes a party through the one resolver, `pipeline.extract.resolve.EntityIndex`, in
steps kept here: a third-person pronoun is the person named last before it (`pronoun_referent`),
a mention of a known entity is that entity (`mentioned_entity`), anything else the resolver's
name or role lookups or the phrase as written. Each extractor delimits the phrase in its own
representation and composes these steps (quotes `_Attributor.speaker`, claims
`_Sentence.np_source`, demands `_Finder.party`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from functools import cache

from spacy.tokens import Token

from pipeline.extract.resolve import EntityIndex
from pipeline.schema import Entity
from pipeline.text.datafiles import AttributionWords, sections
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


def reporting_cue(view: DocView, i: int, window: Sequence[Token]) -> str | None:
    """The cue text if token i is a reporting verb of a quote ("zegt", "laat weten"), else None.

    Matched on lemma (`reporting_verbs`); a verb with a separable particle counts only when the
    particle follows it in `window` (the clause's tokens), also fused into an "er"-adverb
    ("wees erop").
    """
    verbs = attribution_words().reporting_verbs
    lemma = next((c for c in lemma_candidates(view.lemma[i], view.lower[i]) if c in verbs), None)
    if lemma is None or view.pos[i] in _NOT_VERBS:
        return None
    particle = verbs[lemma]
    if not particle:
        return view.lower[i]
    for other in window:
        if other.i > i and (
            other.lower_ == particle
            or (other.lower_.startswith("er") and other.lower_.endswith(particle))
        ):
            return f"{view.lower[i]} {particle}"
    return None


def is_demand_reporting(view: DocView, i: int) -> bool:
    """A reporting or opinion verb whose subject is the actor of a demand in its dat-clause, by
    form, or by lemma when tagged a verb."""
    verbs = attribution_words().demand_reporting_verbs
    return view.lower[i] in verbs or (view.pos[i] == "VERB" and view.lemma[i] in verbs)


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
