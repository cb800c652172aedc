"""Digits with Dutch separators: "1.300" (thousands dot), "2,5" (decimal comma), "1.250.000".

Negative twin: "14.30" and "1.5" are no Dutch numbers (a time, an English decimal): `parse_digits`
reads them as nothing, so no form finds a quantity there. Longer digit strings than
`MAX_DIGITS` are codes (IBAN, case numbers), not quantities, and exceed float precision.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan

_DUTCH_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")
MAX_DIGITS = 15


def parse_digits(text: str) -> float | None:
    """Dutch digits: "1.300" -> 1300, "2,5" -> 2.5; other shapes ("14.30", "1.5") -> None."""
    if not _DUTCH_NUMBER.fullmatch(text) or sum(c.isdigit() for c in text) > MAX_DIGITS:
        return None
    return float(text.replace(".", "").replace(",", "."))


def format_dutch(value: float, decimals: int = 0) -> str:
    """Write `value` the Dutch way: thousands dot, decimal comma ("1.300", "2,5")."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def read(scan: Scan, i: int) -> tuple[float, int] | None:
    """Reader: word i is a Dutch digit string ("17.000")."""
    text = scan.words[i].text
    if not text[0].isdigit():
        return None
    value = parse_digits(text)
    return None if value is None else (value, i + 1)


def may_start(low: str) -> bool:
    """Digit words are always tried (the scanner does not pre-filter them)."""
    return False
