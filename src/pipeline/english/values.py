"""English rendering of a claim's value ("almost 300", "only 2–3%", "more than a quarter").

Built offline from the normalised value, unit and hedge plus the Dutch surface (which hedge word,
which fraction, which change verb), so no machine translation is needed and the output is stable.
"""

from __future__ import annotations

from functools import cache

from pipeline.extract.numbers import (
    hedge_phrases,
    number_words,
    parse_digits,
    parse_word_number,
    split_phrase,
    vocab,
)
from pipeline.schema import MEASURE_UNITS, MEASURES, Claim

Phrase = tuple[tuple[str, ...], str]  # a hedge phrase's words and its English

_DEFAULT_HEDGE = {
    "approx": "about",
    "less_than": "less than",
    "more_than": "more than",
    "at_most": "at most",
    "at_least": "at least",
    "only": "only",
}


def number_en(value: float) -> str:
    """1300 -> "1,300"; 1.1e9 -> "1.1 billion"; 2.5 -> "2.5"."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{_plain(value / size)} {word}"
    return _plain(value)


def _plain(value: float) -> str:
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


def _small(value: float) -> str:
    words = number_words().english_small
    return (
        words[int(value)] if value == int(value) and 0 <= value < len(words) else number_en(value)
    )


def _span(claim: Claim) -> str:
    low = number_en(claim.value or 0)
    if claim.value_max is None:
        return low
    return f"{low}–{number_en(claim.value_max)}"


def _hedges(claim: Claim, words: tuple[str, ...]) -> tuple[str, str]:
    """English (before, after) for the hedge words found in the claim's Dutch surface `words`:
    the longest hedge phrase it opens with, the longest it ends with."""
    before = after = ""
    if words:
        firsts, lasts = _hedge_edges()
        before = next((en for phrase, en in firsts.get(words[0], ()) if _opens(words, phrase)), "")
        after = next((en for phrase, en in lasts.get(words[-1], ()) if _ends(words, phrase)), "")
    if not before and not after and claim.hedge in _DEFAULT_HEDGE:
        before = _floating(claim) or _DEFAULT_HEDGE[claim.hedge]
    return before, after


@cache
def _hedge_edges() -> tuple[dict[str, list[Phrase]], dict[str, list[Phrase]]]:
    """The hedge phrases before a number by their first word, those after it by their last, each
    with its English, longest first (as `hedge_phrases` orders them): a surface is compared only
    with the phrases that can open or end it."""
    firsts: dict[str, list[Phrase]] = {}
    lasts: dict[str, list[Phrase]] = {}
    for phrase, _hedge, position, en in hedge_phrases():
        if phrase and position == "before":
            firsts.setdefault(phrase[0], []).append((phrase, en))
        if phrase and position == "after":
            lasts.setdefault(phrase[-1], []).append((phrase, en))
    return firsts, lasts


def _opens(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    return words[: len(phrase)] == phrase


def _ends(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    return words[-len(phrase) :] == phrase


def _floating(claim: Claim) -> str:
    """English of a hedge that stands apart, before the verb ("Naar schatting wachten 5.000")."""
    lead = split_phrase(claim.sentence[: claim.start - claim.sentence_start])
    for h in vocab().hedges_floating:
        if h.hedge == claim.hedge and any(
            lead[k : k + len(h.words)] == h.words for k in range(len(lead))
        ):
            return h.en
    return ""


def _ratio(claim: Claim, words: tuple[str, ...]) -> str:
    nw = number_words()
    for word in words:
        for stem, (_, en) in nw.change_words.items():
            if word.startswith(stem):
                return en
    for k, word in enumerate(words):
        if word in nw.times_words:
            rest = " ".join(nw.comparatives.get(w, w) for w in words[k + 1 :] if w != "zo")
            return f"{_small(claim.value or 0)} times {rest}".strip()
    if "op" in words:
        k = words.index("op")
        num = 1.0 if words[k - 1] in nw.one_words else _parse(words[k - 1]) or 1.0
        den = next((n for w in words[k + 1 :] if (n := _parse(w)) is not None), 1.0)
        return f"{_small(num)} in {_small(den)}"
    if "per" in words:  # a rate: "twee per duizend inwoners" -> "two per 1,000"
        k = words.index("per")
        num = _parse(words[k - 1]) if k else None
        bases = (_parse(w) or nw.scales.get(w) for w in words[k + 1 :])
        den = next((n for n in bases if n is not None), None)
        if num is not None and den is not None:
            return f"{_small(num)} per {number_en(den)}"
    if "helft" in words:
        return "half"
    if "driekwart" in words:
        return "three quarters"
    for word in words:
        if word in nw.denominators:
            den = nw.denominators[word]
            num = round((claim.value or 0) * den)
            name = number_words().denominators_en.get(den, f"1/{den}")
            return f"a {name}" if num == 1 else f"{_small(num)} {name}s"
    return f"{number_en(claim.value or 0)} times"


def _ordinal(n: int) -> str:
    """3 -> "3rd", 11 -> "11th", 22 -> "22nd"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _parse(word: str) -> float | None:
    return parse_digits(word) if word[:1].isdigit() else parse_word_number(word)


_COARSE_MEASURES = {"percent": "percentage", "euro": "money", "ratio": "fraction"}


def _measure(claim: Claim) -> str | None:
    """The claim's measure; for a claim made without one (an older file, a hand-built claim) the
    one its coarse unit implies, where it implies one ("percent": a percentage)."""
    return claim.measure or _COARSE_MEASURES.get(claim.unit)


def value_en(claim: Claim) -> str:
    """The claim's value in English, hedge included, rendered from its measure: "almost 300",
    "2.5 percentage points", "in 2019", "14 weeks", "1.65 metres", "aged 15 or younger"."""
    words = split_phrase(claim.text)
    before, after = _hedges(claim, words)
    measure = _measure(claim)
    if measure == "age":
        return _age(claim, before, after)
    if measure == "calendar_year":
        preps = number_words().year_prepositions
        if words and words[0] in preps:
            return f"{preps[words[0]]} {int(claim.value or 0)}"
        core = str(int(claim.value or 0))
    elif measure in {"fraction", "multiplier"}:
        core = _ratio(claim, words)
    elif measure == "rank":
        ordinal = _ordinal(int(claim.value or 0))
        core = f"{ordinal} place" if any(w in number_words().rank_nouns for w in words) else ordinal
    elif measure == "grade":
        core = f"a mark of {_span(claim)}"
    elif measure in MEASURES and (label := unit_label(claim, measure)):
        core = f"{_span(claim)}{'' if label == '%' else ' '}{label}"
    elif "keer" in words or "maal" in words:
        core = f"{_span(claim)} times"
    else:
        core = _span(claim)
    return " ".join(part for part in (before, core, after) if part)


def unit_label(claim: Claim, measure: str | None = None) -> str:
    """The English unit after the claim's value: its measure unit's ("weeks", "euros", "degrees
    Celsius"), else its measure's (`measure`, by default the claim's: "%", "percentage points");
    singular for exactly one."""
    measure = measure or claim.measure
    one = claim.value == 1 and claim.value_max is None
    row = MEASURE_UNITS.get(claim.measure_unit or "") or MEASURES.get(measure or "")
    if row is None:
        return ""
    return row.en if one else row.en_plural


def _age(claim: Claim, before: str, after: str) -> str:
    """ "aged 23", "under 18", "aged 15 or younger", "aged 8 months"."""
    months = "" if claim.measure_unit in {None, "years"} else f" {unit_label(claim)}"
    bound = claim.value_max is None and claim.hedge in {"less_than", "more_than"}
    if bound and before in {"under", "over"}:
        return f"{before} {_span(claim)}{months}"
    core = f"aged {_span(claim)}{months}"
    if after and claim.value_max is None:
        return f"{core} {after}"
    return " ".join(part for part in (before, core, after) if part)
