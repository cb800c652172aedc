"""Spoken decimals: "twee komma vijf procent" (2.5), "nul komma drie" (0.3), "drie komma
vijfentwintig" (3.25), "nul komma nul vijf" (0.05): a written cardinal, the decimal word and the
decimals written out, one digit a word or one number for all of them (a reader;
number_words.yaml `decimal_words`).

Negative twins: "twee komma's" (no number after the decimal word), "2 komma 5" (digits write
their decimals with a comma mark: "2,5"), "komma vijf" (no whole before it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.forms import cardinals

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan

_DIGIT_MAX = 9


def read(scan: Scan, i: int) -> tuple[float, int] | None:
    """Reader: a written whole at word i, a decimal word, and the written decimals after it."""
    if scan.low(i + 1) not in scan.nw.decimal_words or scan.words[i].text[0].isdigit():
        return None
    whole = cardinals.read(scan, i)
    if whole is None or whole[0] != int(whole[0]):
        return None
    digits, j = _decimals(scan, i + 2)
    if not digits:
        return None
    return float(f"{int(whole[0])}.{digits}"), j


def _decimals(scan: Scan, j: int) -> tuple[str, int]:
    """The decimal digits written from word j on ("vijf" 5, "nul vijf" 05, "vijfentwintig" 25)
    and the end: single digits word by word, or one larger number alone."""
    digits = ""
    while j < len(scan.words) and not scan.words[j].text[0].isdigit():
        value = cardinals.word_number(scan.low(j))
        if value is None or value != int(value):
            break
        if value > _DIGIT_MAX:
            return (digits, j) if digits else (str(int(value)), j + 1)
        digits, j = digits + str(int(value)), j + 1
    return digits, j


def may_start(low: str) -> bool:
    """A written cardinal."""
    return cardinals.may_start(low)
