"""Who gives a sentence's numbers: source cues, resolved through `pipeline.extract.attribution`.

Each cue is a function `(sentence, index, k) -> (source, cited) | None` tried at every word k of
the sentence, in the order of `registry.SOURCE_CUES`; the first word where one names a source
decides. `cited` is whether the cue cites a source ("volgens X", "blijkt uit … van X": it outranks
a quote's speaker, who cites X) rather than reports a speaker ("X meldt", "aldus X"). The words are
attribution.yaml's (`according_to`, `postposed`, `evidence_verbs`, `reporting_verbs`, …), shared
with quotes and demands.

The source of one claim (`registry.ATTRIBUTIONS`) is then, in order: a cited source of its
sentence, the speaker of the quote it stands in, a reported source of its sentence, the source a
back-referring cue sentence gave its paragraph ("Dat schrijft de inspectie").
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.extract.attribution import (
    attribution_words,
    is_listed_reporting_form,
    mentioned_entity,
    names_document,
    pronoun_referent,
    reporting_lemma,
    reporting_verb,
    source_words,
)
from pipeline.extract.claims.context import CLAUSE_PUNCT, HEAD_POS, ClaimSentence, cues
from pipeline.extract.claims.phrases import is_time, np_right
from pipeline.extract.claims.words import finite, relative
from pipeline.extract.numbers import Quantity, number_words
from pipeline.extract.resolve import EntityIndex
from pipeline.schema import Entity, Quote
from pipeline.text.datafiles import EntityWords, sections
from pipeline.text.grammar import headed_by

# --- source cues ---------------------------------------------------------------------------------


def according_to(s: ClaimSentence, index: EntityIndex, k: int) -> tuple[str, bool] | None:
    """ "Volgens de Rekenkamer stijgt …" (cites), "…, aldus de minister" (reports): the noun
    phrase after the cue word. "volgens artikel 10": a rule, no source; a later cue may name one."""
    low = s.words[k].low
    if low not in source_words():
        return None
    cited = low in attribution_words().according_to
    named = np_source(s, index, k + 1, cited)
    return None if named is None else (named, cited)


def evidence(s: ClaimSentence, index: EntityIndex, k: int) -> tuple[str, bool] | None:
    """ "Dat blijkt uit onderzoek van het SCP", "Uit cijfers van het CBS blijkt": the entity
    named with "uit" in the clause of "blijkt" (cites)."""
    if s.words[k].low not in attribution_words().evidence_verbs:
        return None
    entity = evidence_source(s, index, k)
    return None if entity is None else (entity.name, True)


def reporting_subject(s: ClaimSentence, index: EntityIndex, k: int) -> tuple[str, bool] | None:
    """ "Het COA meldt dat …", "Dat schrijft de inspectie": the subject of a finite reporting
    verb (attribution.yaml), its particle in the clause, when the subject is a known entity or a
    pronoun for one (reports). The verb's subject gives the numbers, so a participle does not
    count: "werden in Noord-Brabant gemeld" is passive, and "heeft gemeld" has its subject with
    the auxiliary."""
    token = s.tokens[k]
    if reporting_lemma(s.view, token) is None:
        return None
    if not (finite(s, k) or is_listed_reporting_form(s.words[k].low)):
        return None
    later = (word.low for word in s.words[k + 1 : clause_bounds(s, k)[1]])
    if reporting_verb(s.view, token, later) is None:
        return None
    entity = reporter(s, index, k)
    return None if entity is None else (entity.name, False)


def opens_with_anaphor(s: ClaimSentence) -> bool:
    """ "Dat schrijft de inspectie": the cue points back at the sentence before."""
    return bool(s.words) and s.words[0].low in attribution_words().anaphors


# --- the source of one claim ---------------------------------------------------------------------


@dataclass(frozen=True)
class Sources:
    """What a claim's sentence and paragraph say about who gives its numbers."""

    source: str | None  # the sentence's cue, if any
    cited: bool  # the cue cites a source rather than reports a speaker
    carry: str | None  # the source a back-referring cue gave the paragraph
    quotes: list[Quote]


def cited_source(sources: Sources, q: Quantity) -> str | None:
    """ "Volgens het CBS …": a cited source outranks even a quote's speaker."""
    return sources.source if sources.cited else None


def quote_speaker(sources: Sources, q: Quantity) -> str | None:
    """A number inside a quote is its speaker's."""
    for quote in sources.quotes:
        if quote.start <= q.start and q.end <= quote.end:
            return quote.speaker
    return None


def reported_source(sources: Sources, q: Quantity) -> str | None:
    """ "…, aldus de minister", "Het COA meldt dat …"."""
    return sources.source


def paragraph_source(sources: Sources, q: Quantity) -> str | None:
    """ "Dat schrijft de inspectie" after or before it in its paragraph."""
    return sources.carry


# --- noun phrases and clauses of sources ---------------------------------------------------------


def np_end(s: ClaimSentence, k: int) -> int:
    """End of the noun phrase starting at word k ("het ministerie van OCW", not "… in 2019")."""
    w = s.words
    end = k
    while end < len(w) and (
        w[end].pos in {"DET", "ADJ", "NOUN", "PROPN"}
        or (end > k and w[end - 1].pos == "DET" and w[end].text.isalpha())  # mis-tagged noun
        or (w[end].pos == "NUM" and end > k and w[end - 1].low in number_words().reference_words)
        or (
            w[end].low in cues().np_links
            and end + 1 < len(w)
            and w[end + 1].pos in {"DET", "NOUN", "PROPN"}
        )
    ):
        end += 1
    return end


def legal(s: ClaimSentence, a: int, b: int) -> bool:
    """The noun phrase a..b-1 names a law or rule: its first noun is a legal noun or a
    compound headed by one ("huurwet", "Wetboek van Strafrecht")."""
    legal_nouns = attribution_words().legal_sources
    for word in s.words[a:b]:
        if word.low in cues().np_links:
            break
        if word.pos in HEAD_POS or word.low in legal_nouns:
            return headed_by((word.low,), legal_nouns, 3)
    return False


def entity_in(s: ClaimSentence, index: EntityIndex, a: int, b: int) -> Entity | None:
    """First entity with a mention among words a..b-1."""
    return mentioned_entity(index, ((word.start, word.end) for word in s.words[a:b]))


def np_source(s: ClaimSentence, index: EntityIndex, k: int, complement: bool = False) -> str | None:
    """The source named by the noun phrase at word k: an entity's canonical name, the entity
    a pronoun or a role stands for, else the phrase as written ("ingewijden", "de rechtbank" →
    "rechtbank"). A legal provision ("artikel 10 van de huurwet", "de wet") is no source: it
    sets a norm, nobody reports through it (data/attribution.yaml, legal_sources); a document is
    none either, who stands behind it is (`issuer`: "het rapport van het SCP" → SCP).

    With `complement` (after "volgens", whose complement is always a noun phrase), a word the
    tagger calls a verb or adjective is the phrase's noun: "volgens ingewijden/deskundigen".
    """
    w = s.words
    if k >= len(w):
        return None
    if w[k].pos == "PRON":
        return pronoun_referent(index, w[k].start, w[k].low, s.view.text).name
    end = np_end(s, k)
    if end == k and complement and w[k].text.isalpha() and w[k].pos not in {"ADP", "ADV"}:
        end = np_end(s, k + 1) if s.low(k + 1) in cues().np_links else k + 1
    if end == k:
        return None
    start = k + 1 if w[k].pos == "DET" and end > k + 1 else k
    if legal(s, start, end):
        return None
    document = document_head(s, start, end)
    if document is not None:
        return issuer(s, index, start, end, document)
    phrase = s.text(w, start, end)
    entity = index.resolve(phrase, before=w[start].start) or entity_in(s, index, start, end)
    if entity is None and end == start + 1 and phrase.islower():
        entity = index.by_role(phrase)
    return entity.name if entity else phrase


def document_head(s: ClaimSentence, a: int, b: int) -> int | None:
    """The index of the document noun the phrase a..b-1 is headed by ("het rapport van het SCP",
    "cijfers van het CBS", "het onderzoeksrapport"), else None: its first noun is compared."""
    w = s.words
    for x in range(a, b):
        if w[x].low in cues().np_links:
            break
        if names_document(w[x].low):
            return x
        if x + 2 < len(w) and w[x + 1].text == "-" and names_document(w[x + 2].low):
            return x + 2  # "het SCP-rapport": a compound headed by the document noun
        if w[x].pos in HEAD_POS:
            return None
    return None


def issuer(s: ClaimSentence, index: EntityIndex, a: int, b: int, head: int) -> str | None:
    """Who stands behind the document the phrase a..b-1 names (its noun at `head`): the party
    after "van" ("het rapport van de reclassering" → "reclassering"), an entity in the phrase
    ("het SCP-rapport" → SCP), or for a definite document the source the article gave it when
    it named it ("Dat schrijft de ombudsman in een rapport. … Volgens het rapport …"); nobody for
    "een rapport" or a document whose issuer the article does not name."""
    w = s.words
    if s.low(head + 1) in cues().of_words:
        return _party(s, index, head + 2)
    if head > a and w[head - 1].text == "-":  # "het CBS-rapport": the name before the hyphen
        prefix = s.text(w, a, head - 1)
        entity = index.resolve(prefix, before=w[a].start)
        return entity.name if entity is not None else prefix
    entity = entity_in(s, index, a, max(b, head + 1))
    if entity is not None:
        return entity.name
    if a > 0 and s.low(a - 1) in sections(EntityWords).definite_determiners:
        return s.documents.get(w[head].low)
    return None


def _party(s: ClaimSentence, index: EntityIndex, k: int) -> str | None:
    """The source named at word k after a document's "van", unless it is a time ("het rapport
    van vorige week")."""
    span = np_right(s, k)
    if span is None or is_time(s, span):
        return None
    return np_source(s, index, k)


def document_issuers(s: ClaimSentence, index: EntityIndex, source: str | None) -> dict[str, str]:
    """The documents the sentence names, by their noun, with who stands behind each: the issuer
    its phrase names, else the sentence's source ("Dat schrijft de ombudsman in een rapport")."""
    found = {}
    for x, word in enumerate(s.words):
        if word.pos not in HEAD_POS or not names_document(word.low):
            continue
        named = issuer(s, index, x, np_end(s, x), x) if x + 1 < len(s.words) else None
        if named or source:
            found[word.low] = named or source
    return found


def clause_bounds(s: ClaimSentence, k: int) -> tuple[int, int]:
    """Words of the clause around word k: up to punctuation or a subordinator on either side."""
    w = s.words
    stops = {"PUNCT", "SCONJ"}
    limits = cues()
    a = k
    while a > 0 and w[a - 1].pos not in stops and w[a - 1].low not in limits.clause_limits_before:
        a -= 1
    b = k + 1
    while b < len(w) and w[b].pos not in stops and w[b].low not in limits.clause_limits_after:
        b += 1
    return a, b


def evidence_source(s: ClaimSentence, index: EntityIndex, k: int) -> Entity | None:
    """ "blijkt uit onderzoek van X" / "Uit cijfers van X blijkt": the entity named with uit."""
    a, b = clause_bounds(s, k)
    lows = [word.low for word in s.words]
    uit = attribution_words().evidence_preposition
    if uit in lows[k + 1 : b]:
        return entity_in(s, index, lows.index(uit, k + 1) + 1, b)
    if uit in lows[a:k]:
        return entity_in(s, index, lows.index(uit, a) + 1, k)
    return None


def reporter(s: ClaimSentence, index: EntityIndex, k: int) -> Entity | None:
    """Subject of the reporting verb at word k when it is a known entity or a pronoun for one:
    after the verb in an inverted clause ("Dat schrijft de inspectie"), else before it."""
    w = s.words
    a, b = clause_bounds(s, k)
    after = k + 1
    subjects = attribution_words().third_person_subject
    if after < b and w[after].pos == "PRON" and w[after].low in subjects:
        return pronoun_referent(index, w[after].start, w[after].low, s.view.text).entity
    if after < b:
        entity = entity_in(s, index, after, np_end(s, after))
        if entity is not None:
            return entity
    if a < k and w[k - 1].pos == "PRON" and w[k - 1].low in subjects:
        return pronoun_referent(index, w[k - 1].start, w[k - 1].low, s.view.text).entity
    opening = insertion_before(s, a)
    if a == k and opening is not None:  # "Het COA, dat de azc's beheert, meldt"
        return entity_in(s, index, clause_bounds(s, opening - 1)[0], opening)
    return entity_in(s, index, a, k)


def insertion_before(s: ClaimSentence, a: int) -> int | None:
    """The comma opening an insertion that closes right before word a -- a relative clause
    (", dat de azc's beheert,") or an apposition without a verb (", de opvangorganisatie,")
    -- when a subject stands before it; else None."""
    w = s.words
    if a < 3 or w[a - 1].text != ",":
        return None
    for p in range(a - 2, 0, -1):
        if w[p].text == ",":
            inserted = range(p + 1, a - 1)
            if relative(s, p + 1) or not any(finite(s, x) for x in inserted):
                return p
            return None
        if w[p].text in CLAUSE_PUNCT or w[p].pos == "SCONJ":
            return None
    return None
