"""Noun phrases of a `ClaimSentence`: to the right of a word (`np_right`, `np`), ending before it
(`np_left`, `np_before`), the counted noun after a number, the nearest plural before it, and
whether a phrase may be a subject at all (`acceptable`: never a time, never money itself for an
amount, never a person's name).

Phrases are read from POS tags rather than from the parse alone, since the parser's attachments
are the least reliable layer of a small model; the words they skip or stop at are
claim_sources.yaml sections (`measure_nouns`, `counted_noun_skips`, `subject_links`, …).
"""

from __future__ import annotations

from pipeline.extract.attribution import source_words
from pipeline.extract.claims.context import HEAD_POS, ClaimSentence, cues
from pipeline.extract.claims.words import (
    clause_final,
    finite,
    nounlike,
    plural,
    plural_word,
    pronoun,
    relative,
)
from pipeline.extract.numbers import YEAR_RE, Quantity, vocab
from pipeline.extract.resolve import EntityIndex
from pipeline.labels import first_names

_NP_POS = {"DET", "PRON", "NUM", "ADJ", "NOUN", "PROPN"}
_PHRASE_START_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM"}


def np_right(s: ClaimSentence, k: int) -> tuple[int, int] | None:
    """Noun phrase starting at word k: determiners, numbers, adjectives, then its noun(s).

    Taggers often call a plural noun ADJ or VERB ("de jongeren", "7.000 gezinnen"), so a
    nominalised adjective (Lassy tag ADJ|nom) is a noun, and when no noun follows, the first
    content word after the determiners is taken as the head. Two plural nouns in a row are
    two phrases ("300 scholen | groepen naar huis sturen").
    """
    words = s.words
    j = k
    while j < len(words) and words[j].pos in {"DET", "PRON", "NUM"}:
        j += 1
    first_content = j
    while (
        j + 1 < len(words)
        and words[j].text.isalpha()
        and not nounlike(s, j)
        and (
            words[j].pos == "ADJ"
            or (words[j].pos == "VERB" and words[j].low.endswith("e") and nounlike(s, j + 1))
            or (_participle(s, j) and _noun_follows(s, j + 1, words[j].low.endswith("e")))
        )
    ):
        j += 1  # adjectives and participles ("de ondervraagde boeren", "overleden patiënten")
    if j < len(words) and nounlike(s, j):
        while (
            j + 1 < len(words)
            and words[j + 1].pos in HEAD_POS
            and not (plural(s, j) and plural(s, j + 1))
        ):
            j += 1
        if (
            words[j].low in cues().measure_nouns
            and j + 1 < len(words)
            and j + 1 not in s.claimed
            and words[j + 1].pos in {"ADJ", "NOUN", "VERB", "NUM"}
        ):
            counted = np_right(s, j + 1)  # "het aandeel elektrische auto's"
            if counted:
                return k, counted[1]
        return k, j + 1
    if (
        first_content < len(words)
        and words[first_content].text.isalpha()
        and words[first_content].pos in {"ADJ", "VERB", "NOUN"}
        and not clause_final(words, first_content)
    ):
        return k, first_content + 1
    return None


def counted_noun(s: ClaimSentence, j: int, counting: bool = False) -> str | None:
    """Noun right after a number ("300 slachtoffers", "duizend minderjarige slachtoffers").

    With `counting` (a people or count claim, where a noun must follow), an untagged or
    adverb-tagged word right after the number is taken as that noun.
    """
    k = j
    while k < len(s.words) and s.words[k].low in cues().counted_noun_skips:
        k += 1
    if _age_adjective(s, k):
        k += 3  # "Twee 37-jarige mannen": the age is a claim of its own, the noun follows it
    if k >= len(s.words) or s.words[k].pos in {"DET", "PRON", "NUM"}:
        return None
    span = np_right(s, k)
    if span and (counting or nounlike(s, span[1] - 1) or not finite(s, span[1] - 1)):
        return s.text(s.words, *span)  # "Een derde | wacht": a finite verb is no noun
    word = s.words[k]
    if (
        counting
        and word.text.isalpha()
        and word.text.islower()
        and word.pos in {"ADV", "X", ""}
        and not word.low.startswith(cues().pronominal_adverb_starts)  # "op 188 waarvan …"
    ):
        return word.text  # a plural noun the tagger missed: "600.000 huishoudens" as ADV
    return None


def _participle(s: ClaimSentence, k: int) -> bool:
    """Word k is a participle ("gemelde", "overleden"), by its tag or morphology, not a finite
    verb ("Gemiddeld wachten asielzoekers")."""
    token = s.tokens[k]
    return s.words[k].pos == "VERB" and (
        s.view.morph(token, "VerbForm") == ("Part",) or s.view.tag_at(token).startswith("WW|vd")
    )


def _noun_follows(s: ClaimSentence, k: int, inflected: bool) -> bool:
    """A noun at word k, or after participles and adjectives from k on ("gemelde overleden
    patiënten"). After an uninflected participle only a plural noun: "overleden patiënten",
    but "340 gezinnen hulp" (a plural noun tagged as a participle, then a singular one)."""
    for x in range(k, min(k + 3, len(s.words))):
        if nounlike(s, x):
            return inflected or plural(s, x)
        if s.words[x].pos not in {"ADJ", "VERB"}:
            return False
    return False


def _age_adjective(s: ClaimSentence, k: int) -> bool:
    """Words k..k+2 spell an age adjective ("37-jarige") before the counted noun."""
    w = s.words
    return (
        k + 2 < len(w)
        and w[k].text.isdigit()
        and w[k + 1].text == "-"
        and w[k + 2].low.startswith("jarig")
    )


def np_left(s: ClaimSentence, k: int) -> tuple[int, int] | None:
    """Noun phrase ending at word k-1 ("de reorganisatie van de politie" before "in 2013"),
    not reaching into another claim or back over a relative pronoun."""
    w, of = s.words, cues().of_words
    if k == 0 or w[k - 1].pos not in HEAD_POS or k - 1 in s.claimed:
        return None
    first = k - 1
    if w[first].pos == "PROPN":  # a name takes no modifiers before it
        while first > 0 and w[first - 1].pos == "PROPN":
            first -= 1
        return first, k
    while (
        first > 0
        and first - 1 not in s.claimed
        and (w[first - 1].pos in _NP_POS or w[first - 1].low in of or np_pp(s, first - 1))
        and not relative(s, first - 1)
        and not YEAR_RE.fullmatch(w[first - 1].text)  # "in 2027 | een tekort"
    ):
        if w[first].pos == "DET" and not (w[first - 1].low in of or np_pp(s, first - 1)):
            break  # "een verhuurder | de huur", "beloofde | de wachtlijst": a phrase starts
        first -= 1
    while w[first].low in of or w[first].pos not in _PHRASE_START_POS:
        first += 1
    return first, k


def np_pp(s: ClaimSentence, k: int) -> bool:
    """ "voor"/"aan" at word k modifies the noun before it when that noun has its own
    determiner ("het budget voor natuur", "de uitgaven aan zorg"); after a bare noun it
    belongs to the verb ("betalen studenten voor een kamer")."""
    return (
        s.low(k) in cues().noun_modifier_preps
        and k >= 2
        and nounlike(s, k - 1)
        and s.words[k - 2].pos == "DET"
    )


def np_before(s: ClaimSentence, k: int, unit: str, index: EntityIndex) -> str | None:
    """The acceptable noun phrase right before word k (see `acceptable`)."""
    span = np_left(s, k)
    if span is None or not acceptable(s, span, unit, index):
        return None
    if span[0] > 0 and s.low(span[0] - 1) in source_words():
        return None  # "volgens het rapport in 2019": a source, not what happened
    return s.text(s.words, *span)


def np(s: ClaimSentence, k: int) -> tuple[int, int] | None:
    """Noun phrase starting at word k, with "van"/"met" links ("de uitstoot van stikstof"),
    none of its words part of a claim."""
    w = s.words
    if k >= len(w) or pronoun(s, k):
        return None
    span = np_right(s, k)
    if span is None or any(x in s.claimed for x in range(*span)):
        return None
    a, b = span
    if b - a == 1 and not nounlike(s, a):
        return None  # a lone adjective or verb ("beschikbaar komt") is no subject
    for _ in range(2):
        if b < len(w) and w[b].low in cues().subject_links:
            link = np_right(s, b + 1)
            if link and not any(x in s.claimed for x in range(b, link[1])):
                b = link[1]
                continue
        break
    return a, b


def head(s: ClaimSentence, span: tuple[int, int]) -> int:
    """The head noun: the last noun before any link."""
    a, b = span
    k = a
    while k + 1 < b and s.words[k + 1].low not in cues().subject_links:
        k += 1
    return k


def is_time(s: ClaimSentence, span: tuple[int, int]) -> bool:
    """The phrase is headed by a time noun ("dit jaar", "de nacht": `time_nouns`, year units)."""
    low = s.words[head(s, span)].low
    return low in cues().time_nouns or vocab().units.get(low) in {"year", "other"}


def acceptable(
    s: ClaimSentence, span: tuple[int, int], unit: str, index: EntityIndex | None = None
) -> bool:
    """A subject is never a time ("dit jaar"), never money itself for a euro amount ("een
    bedrag"), and never a person's name or part of one ("Anouk", "den Heuvel" of "Riet van
    den Heuvel", also where the model missed the name: a given name and a capitalised head,
    "Pieter van Dam"): what is measured is named by a common noun."""
    if is_time(s, span):
        return False
    head_word = s.words[head(s, span)]
    if unit == "euro" and head_word.low in cues().money_nouns:
        return False
    if index is not None:
        for word in (s.words[span[0]], head_word):
            entity = index.at(word.start, word.end)
            if entity is not None and entity.label == "PERSON":
                return False
    named = any(w.text in first_names() for w in s.words[span[0] : span[1]])
    return not (named and head_word.text[:1].isupper())  # "Pieter van Dam"


def plural_before(s: ClaimSentence, q: Quantity) -> str | None:
    """Nearest plural noun before the claim, in this sentence or the one before."""
    for words, end in ((s.words, q.i), (s.previous, len(s.previous))):
        for k in range(end - 1, -1, -1):
            if vocab().units.get(words[k].low) in {"year", "other"}:
                continue
            token = s.view.token_at(words[k].start)
            nominal = words[k].pos == "NOUN" or s.view.tag_at(token).startswith("ADJ|nom")
            if nominal and plural_word(s.view, token, words[k]):
                first = k
                while first > 0 and words[first - 1].pos == "ADJ":
                    first -= 1
                return s.text(words, first, k + 1)
    return None
