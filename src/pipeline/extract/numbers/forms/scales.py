"""Scale words: "1,1 miljard", "7,5 duizend", "drie miljoen", "een miljoen", "miljoen" alone,
"vier dozijn", a scale glued to the digits ("25k", "3mln"), and a written number continued by a
smaller one ("vierendertigduizend driehonderd" 34.300, "twee miljoen vijfhonderdduizend").

A number is read by the registry's readers (digits, cardinals, then the two readers here), then
every scale word after it multiplies it (number_words.yaml `scales`: honderd, duizend, miljoen,
mln, miljard, mld, dozijn …; `glued_scales`: k, mln, mld). Negative twins: "een" alone is no
number ("een gezin"); only before a scale word ("een miljoen") or in a fraction or one-in ratio;
"25 k" (not glued) and "3m" (a metre) take no scale; "drie twee" is no compound (the first is no
round written number of 100 or more).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from pipeline.extract.numbers.forms import cardinals, digits
from pipeline.extract.numbers.vocab import number_words
from pipeline.extract.numbers.words import glued

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan


def read_one(scan: Scan, i: int) -> tuple[float, int] | None:
    """Reader: "een miljoen", "één miljard": a word for one right before a scale word."""
    if scan.low(i) in scan.nw.one_words and scan.low(i + 1) in scan.nw.scales:
        return 1.0, i + 1
    return None


def read_bare(scan: Scan, i: int) -> tuple[float, int] | None:
    """Reader: a scale word with no number before it ("duizend klachten") stands for one of it;
    `number_at` then multiplies that one by the scale word itself."""
    if scan.low(i) in scan.nw.scales:
        return 1.0, i
    return None


def may_start_one(low: str) -> bool:
    """A word for one ("een miljoen")."""
    return low in number_words().one_words


def may_start_bare(low: str) -> bool:
    """A scale word ("duizend")."""
    return low in number_words().scales


def number_word(scan: Scan, i: int) -> float | None:
    """The number word i stands for by itself (digits or a written cardinal), without scale words;
    a verb homograph ("hij acht het") is none."""
    if i >= len(scan.words) or scan.blocked(i):
        return None
    text = scan.words[i].text
    if text[0].isdigit():
        return digits.parse_digits(text)  # `digits.read`'s value: its end is not needed here
    read = cardinals.read(scan, i)
    return None if read is None else read[0]


def number_at(scan: Scan, i: int) -> tuple[float, int] | None:
    """A cardinal with its scale words ("1,1 miljard", "drie miljoen", "een miljoen"): the first
    reader of the registry that reads word i (of those that may: `Registry.readers_at`), times
    every scale word after it; (value, end).
    Read once per word and scan (`Scan.numbers`)."""
    if i in scan.numbers:
        return scan.numbers[i]
    found = _read_number(scan, i)
    scan.numbers[i] = found
    return found


def _read_number(scan: Scan, i: int) -> tuple[float, int] | None:
    if i >= len(scan.words) or scan.blocked(i):
        return None
    for reader in scan.registry.readers_at(scan.words[i]):
        read = reader.read(scan, i)
        if read is not None:
            break
    else:
        return None
    value, j = read
    glued_scale = scan.nw.glued_scales.get(scan.low(j))
    if glued_scale and j > i and glued(scan.words[j - 1], scan.words[j]):
        value, j = value * glued_scale, j + 1
    while scan.low(j) in scan.nw.scales and value < scan.nw.scales[scan.low(j)]:
        value *= scan.nw.scales[scan.low(j)]  # not "tweehonderdduizend honderd": that adds
        j += 1
    j = _past_abbreviation(scan, j)
    if not math.isfinite(value):  # "miljard miljard ..." repeated past float range
        return None
    return _continued(scan, i, value, j)


def _past_abbreviation(scan: Scan, j: int) -> int:
    """ "1,5 mln. euro": the full stop glued to an abbreviated scale word before j, inside the
    sentence (a lower-case word after it), is part of the number; else j."""
    stop, after = scan.word(j), scan.word(j + 1)
    if j == 0 or scan.low(j - 1) not in scan.nw.abbreviated_scales or stop is None:
        return j
    inside = after is not None and after.text[:1].islower()
    return j + 1 if stop.text == "." and glued(scan.words[j - 1], stop) and inside else j


def _continued(scan: Scan, i: int, value: float, j: int) -> tuple[float, int]:
    """ "vierendertigduizend driehonderd": a written round number of 100 or more followed by a
    smaller written number that fits below its last non-zero place is one number (34.300); a part
    in digits only with its scale word ("2 miljoen 300 duizend": 2.300.000), so "3 4 5" and
    "2 miljoen 300 mensen" stay two numbers."""
    if value < 100 or value != int(value):
        return value, j
    nxt = scan.word(j)
    if nxt is None or not nxt.text.isalnum() or nxt.start - scan.words[j - 1].end != 1:
        return value, j
    rest = number_at(scan, j)
    if rest is None or rest[0] != int(rest[0]) or rest[0] <= 0:
        return value, j
    if _bare_digits(scan, i, j) or _bare_digits(scan, j, rest[1]):
        return value, j
    place = 10 ** len(str(int(rest[0])))
    if rest[0] < value and int(value) % place == 0:
        return value + rest[0], rest[1]
    return value, j


def _bare_digits(scan: Scan, start: int, end: int) -> bool:
    """Words start..end are digits without a scale word after them ("300", not "300 duizend")."""
    return scan.words[start].text[0].isdigit() and scan.low(end - 1) not in scan.nw.scales
