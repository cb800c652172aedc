"""Ordinals that count (unit other, the ordinal as value, form ordinal; GUIDELINES): "de vierde
vrouw", "een tweede verdachte", "voor de 31e keer", "voor het tweede jaar op rij", "als eerste
familielid", and a place without a noun next to a verb of ranking: "Tweede werd Claes", "Weber
werd derde", "eindigde als derde".

Written ordinals are a cardinal and "de"/"ste" ("eenendertigste", "twintigste"), the irregular
ones listed (number_words.yaml `ordinals`); digits take a glued `ordinal_suffixes` ("31e").
Before a noun the ordinal needs a determiner (`ordinal_determiners`) or "als" before it; "eerste"
only counts before `ordinal_repeats` ("de eerste keer"), "op rij" or after "als", and without a
noun after "als" only after a verb of ranking ("eindigde als eerste"). Negative twins: "zien vaak
als eerste dat …" (an adverb),
"de eerste organisatie die …" ("first" ranks nothing here), "PSV vierde het kampioenschap" (a
verb: no determiner), "ten tweede" (`ordinal_discourse`), "in eerste instantie"
(`ordinal_idioms`), "in het tweede kwartaal" (an index: `ordinal_periods`), "de Tweede Kamer"
(a name), "een derde van de kiezers" (a fraction).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.extract.numbers.forms.cardinals import word_number
from pipeline.extract.numbers.forms.digits import MAX_DIGITS
from pipeline.extract.numbers.vocab import is_people, number_words
from pipeline.extract.numbers.words import Quantity, glued, split_phrase

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan

_SENTENCE_OPENERS = {".", "!", "?", ":", "“", '"', "‘", "'", "„", "(", "-", "–"}
_WORD_SUFFIXES = ("ste", "de")


@lru_cache(maxsize=1 << 14)
def ordinal_word(low: str) -> int | None:
    """A written ordinal: "vierde" 4, "eenendertigste" 31, "honderdeerste" 101; else None."""
    nw = number_words()
    if low in nw.ordinals:
        return nw.ordinals[low]
    for irregular, value in nw.ordinals.items():
        head = low[: -len(irregular)]
        if low.endswith(irregular) and head and (base := word_number(head)) and base >= 100:
            return int(base) + value
    for suffix in _WORD_SUFFIXES:
        base = word_number(low[: -len(suffix)]) if low.endswith(suffix) else None
        if base is not None and base >= 1 and base == int(base):
            return int(base)
    return None


def ordinal_at(scan: Scan, i: int) -> tuple[int, int] | None:
    """The ordinal at word i ("vierde", "31e", "21ste") and the word after it."""
    w = scan.words
    if w[i].text.isdigit() and len(w[i].text) <= MAX_DIGITS and i + 1 < len(w):
        if glued(w[i], w[i + 1]) and w[i + 1].low in scan.nw.ordinal_suffixes:
            return int(w[i].text), i + 2
        return None
    value = ordinal_word(w[i].low)
    return None if value is None else (value, i + 1)


def ordinal(scan: Scan, i: int) -> Quantity | None:
    """Form: an ordinal that counts, at word i."""
    found = ordinal_at(scan, i)
    if found is None or scan.blocked(i) or in_idiom(scan, i) or _named(scan, i):
        return None
    value, j = found
    nw = scan.nw
    if scan.low(i - 1) in nw.ordinal_discourse:
        return None
    if scan.low(j) in nw.ordinal_repeats:
        return _counted(scan, i, _past_streak(scan, j + 1), value)
    determined = scan.low(i - 1) in nw.ordinal_determiners
    after_as = scan.low(i - 1) in nw.rank_prepositions
    noun = _noun_end(scan, j)
    if noun is not None and (determined or after_as):
        streak = _past_streak(scan, noun)
        period = scan.low(noun - 1) in nw.ordinal_periods
        if streak > noun:
            return _counted(scan, i, streak, value)
        if not period and (value >= 2 or after_as):
            return _counted(scan, i, j, value)
        return None
    ranked_as = after_as and (value >= 2 or scan.low(i - 2) in nw.rank_verbs)
    if noun is None and (ranked_as or _ranked(scan, i, j)):
        return _counted(scan, i, j, value)
    return None


def _counted(scan: Scan, i: int, j: int, value: int) -> Quantity:
    return scan.make(i, j, float(value), None, "other", "exact", "ordinal")


def _noun_end(scan: Scan, j: int) -> int | None:
    """The end of the noun after an ordinal ending at word j (one adjective may stand between:
    "de tweede grote brand"), None when none follows. Untagged words (plain text) are nouns only
    when the vocabulary knows them as such (a unit or people noun, a rank or period noun)."""
    for k in (j, j + 1):
        w = scan.word(k)
        if w is None or not w.text.isalpha():
            return None
        if w.pos in {"NOUN", "PROPN"} or (not w.pos and k == j and _known_noun(scan, w.low)):
            return k + 1
        if w.pos != "ADJ":
            return None
    return None


def _known_noun(scan: Scan, low: str) -> bool:
    nw = scan.nw
    return (
        low in scan.v.units
        or is_people(low)
        or low in nw.ordinal_periods
        or low in nw.rank_nouns
        or low in nw.ordinal_repeats
    )


def _past_streak(scan: Scan, k: int) -> int:
    """After "op rij" at word k (`ordinal_streak`: "voor de derde maal op rij"), else k."""
    streak = scan.nw.ordinal_streak
    return k + len(streak) if scan.starts(k, streak) else k


def _ranked(scan: Scan, i: int, j: int) -> bool:
    """A place next to a verb of ranking: "werd derde", "Tweede werd Claes" (`rank_verbs`)."""
    verbs = scan.nw.rank_verbs
    opening = i == 0 or scan.words[i - 1].text in _SENTENCE_OPENERS
    return scan.low(i - 1) in verbs or (opening and scan.low(j) in verbs)


def _named(scan: Scan, i: int) -> bool:
    """ "de Tweede Kamer", "Tweede Wereldoorlog": a capitalised ordinal inside a sentence, or one
    before a capitalised word, is part of a name."""
    nxt = scan.word(i + 1)
    if nxt is not None and nxt.text[:1].isupper():
        return True
    opening = i == 0 or scan.words[i - 1].text in _SENTENCE_OPENERS
    return scan.words[i].text[:1].isupper() and not opening


@lru_cache(maxsize=1)
def _idioms() -> tuple[tuple[str, ...], ...]:
    return tuple(split_phrase(p) for p in number_words().ordinal_idioms)


@lru_cache(maxsize=1)
def _idiom_words() -> frozenset[str]:
    return frozenset(word for idiom in _idioms() for word in idiom)


def in_idiom(scan: Scan, i: int) -> bool:
    """Word i is inside an ordinal idiom ("in eerste instantie", "in de eerste plaats"); a word
    of none of them is in none."""
    if scan.low(i) not in _idiom_words():
        return False
    for idiom in _idioms():
        for start in range(i - len(idiom) + 1, i + 1):
            if start >= 0 and scan.starts(start, idiom):
                return True
    return False


def may_start(low: str) -> bool:
    """A written ordinal (digits are always tried)."""
    return ordinal_word(low) is not None
