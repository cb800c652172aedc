"""Digits as Dutch news writes them: "1.300" (thousands dot), "2,5" (decimal comma), "1.250.000",
"1.65" (a decimal point: a dot not followed by exactly three digits), "1,250,000" (English
grouping, two commas or more), and thousands grouped by spaces or apostrophes: "17 942 000",
"2 345 678,90", "17'942'000" (`read_grouped`); a price in whole euros ends in ",-" ("25.000,-",
"12,-- euro"), which belongs to the number.

Negative twins: "1.2.3" and "1,2,3" are no numbers (a version, a list): `parse_digits` reads them as
nothing; "3 4 5" is three numbers, not 345 (a space group has exactly three digits); "2019 500"
is no group (the first group has at most three digits). Longer digit strings than `MAX_DIGITS`
are codes (IBAN, case numbers), not quantities, and exceed float precision.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.extract.numbers.words import glued

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan

_DUTCH_GROUPED = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?"
_DECIMAL_COMMA = r"\d+(?:,\d+)?"
_DECIMAL_POINT = r"\d+\.(?:\d{1,2}|\d{4,})"
_ENGLISH_GROUPED = r"\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?|\d{1,3}(?:,\d{3})+\.\d+"
_DUTCH = re.compile(f"{_DUTCH_GROUPED}|{_DECIMAL_COMMA}")
_ENGLISH = re.compile(f"{_DECIMAL_POINT}|{_ENGLISH_GROUPED}")
_GROUP = re.compile(r"\d{3}(?:,\d+)?")
_GROUP_MARKS = {"'", "’"}
_PRICE_DASHES = {"-", "–"}
MAX_DIGITS = 15


@lru_cache(maxsize=1 << 16)
def parse_digits(text: str) -> float | None:
    """Digits: "1.300" -> 1300, "2,5" -> 2.5, "1.65" -> 1.65, "1,250,000" -> 1250000; other
    shapes ("1.2.3", "1,2,3") -> None. Memoised by word form: several readers and forms read the
    same digits, and news repeats its numbers."""
    if sum(c.isdigit() for c in text) > MAX_DIGITS:
        return None
    if _DUTCH.fullmatch(text):
        return float(text.replace(".", "").replace(",", "."))
    if _ENGLISH.fullmatch(text):
        return float(text.replace(",", ""))
    return None


def format_dutch(value: float, decimals: int = 0) -> str:
    """Write `value` the Dutch way: thousands dot, decimal comma ("1.300", "2,5")."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def read(scan: Scan, i: int) -> tuple[float, int] | None:
    """Reader: word i is a digit string ("17.000", "2,5")."""
    text = scan.words[i].text
    if not text[0].isdigit():
        return None
    value = parse_digits(text)
    return None if value is None else (value, past_price_dash(scan, i + 1))


def past_price_dash(scan: Scan, j: int) -> int:
    """ "25.000,-", "12,--", "5,–": the end past a glued comma and dashes at word j (whole euros,
    no cents), else j; "12, -3" (not glued) is no price."""
    w = scan.words
    if j + 1 >= len(w) or w[j].text != "," or not glued(w[j - 1], w[j]):
        return j
    k = j + 1
    while k < len(w) and w[k].text in _PRICE_DASHES and glued(w[k - 1], w[k]):
        k += 1
    after = scan.word(k)
    return (
        j
        if k == j + 1 or (after is not None and glued(w[k - 1], after) and after.text[0].isdigit())
        else k
    )


def read_grouped(scan: Scan, i: int) -> tuple[float, int] | None:
    """Reader: thousands grouped by single spaces or glued apostrophes ("17 942 000", "2 345
    678,90", "17'942'000"): a first group of one to three digits, then groups of exactly three
    (the last may carry a decimal comma). None for a single word."""
    w = scan.words
    if not (w[i].text.isdigit() and len(w[i].text) <= 3):
        return None
    k, groups = i + 1, [w[i].text]
    while k < len(w):
        mark = w[k].text in _GROUP_MARKS and k + 1 < len(w)
        if mark and glued(w[k - 1], w[k]) and glued(w[k], w[k + 1]):
            nxt = k + 1
        elif w[k].start - w[k - 1].end == 1 and not mark:
            nxt = k
        else:
            break
        if not _GROUP.fullmatch(w[nxt].text) or "," in groups[-1]:
            break
        groups.append(w[nxt].text)
        k = nxt + 1
    if len(groups) == 1:
        return None
    value = parse_digits("".join(groups))
    return None if value is None else (value, past_price_dash(scan, k))


def may_start(low: str) -> bool:
    """Digit words are always tried (the scanner does not pre-filter them)."""
    return False
