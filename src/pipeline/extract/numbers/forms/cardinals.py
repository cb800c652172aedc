"""Written-out cardinals: "twaalf", "dertienhonderd", "eenentwintig", "anderhalf", also without
the diaeresis ("tweeenveertig") and with a half ("vijfenhalf").

text2num parses them (tests/test_numbers.py checks its output); number_words.yaml `cardinals`
adds what it does not know ("anderhalf"), `diaeresis_joints` restores the diaeresis news written
without it leaves out, `one_words` and `scales` are read elsewhere (one-in, fractions, scale
words). Negative twins: a number word used as a verb ("hij acht het nodig", see
`verb_homograph`) is no number; "tweeen" alone is none.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from text_to_num import text2num

from pipeline.extract.numbers.vocab import number_words

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan


def parse_word_number(word: str) -> float | None:
    """A written-out cardinal ("twaalf", "dertienhonderd", "anderhalf"), else None."""
    return word_number(word.lower())


@lru_cache(maxsize=1 << 16)
def word_number(low: str) -> float | None:
    """`parse_word_number` of a lower-case word, memoised: text2num is slow and news reuses words."""
    nw = number_words()
    if low in nw.cardinals:
        return nw.cardinals[low]
    if not low.isalpha() or low in nw.one_words or low in nw.scales:
        return None
    for joint, written in nw.diaeresis_joints.items():
        low = low.replace(joint, written)
    for half in nw.half_suffixes:
        if low.endswith(half) and len(low) > len(half):
            whole = word_number(low[: -len(half)])
            return None if whole is None else whole + 0.5
    try:
        return float(text2num(low, "nl"))
    except ValueError:
        return None


def verb_homograph(scan: Scan, i: int) -> bool:
    """ "hij acht het nodig", "zij vier feest": a number word that is also a verb form, before a
    determiner or pronoun (or an object word), or tagged VERB/AUX with no noun after it, is the
    verb (number_words.yaml `verb_homographs`, `verb_homograph_objects`)."""
    w = scan.words[i]
    if w.low not in scan.nw.verb_homographs:
        return False
    nxt = scan.word(i + 1)
    if nxt is not None and (
        nxt.pos in {"DET", "PRON"} or nxt.low in scan.nw.verb_homograph_objects
    ):
        return True
    return w.pos in {"VERB", "AUX"} and (nxt is None or nxt.pos != "NOUN")


def read(scan: Scan, i: int) -> tuple[float, int] | None:
    """Reader: word i is a written cardinal and not a verb."""
    w = scan.words[i]
    if w.text[0].isdigit() or verb_homograph(scan, i):
        return None
    value = parse_word_number(w.text)
    return None if value is None else (value, i + 1)


def may_start(low: str) -> bool:
    """A written cardinal."""
    return word_number(low) is not None


def read_numeral_one(scan: Scan, i: int) -> tuple[float, int] | None:
    """Reader: "één", "eén": the numeral one (number_words.yaml `numeral_ones`), which counts when a
    noun or unit follows ("Eén politiemedewerker", `filters.lone_one`)."""
    return (1.0, i + 1) if scan.low(i) in scan.nw.numeral_ones else None


def may_start_numeral_one(low: str) -> bool:
    """ "één"."""
    return low in number_words().numeral_ones
