"""A quotation that repeats another one takes its speaker: pull quotes and title quotes.

"«Het is een volledige exit-strategie», stelt Pauline. … «Het is een volledige exit-strategie.
Door die abstractielaag …»" → Pauline for the second, set apart as a pull quote with no cue;
"‘Zonder bloemen geen honing’" in a title → the speaker of the body's "‘Zonder bloemen geen
honing’, zegt Bosman." One text must contain the other, both at least `_MIN_WORDS` words long.
Later quotations are known from the run's first pass (`Quotation.first_pass`). Negative twins:
two quotations that only share a few words ("Het is" …), a one-word fragment ("‘onzin’") that
recurs in a long quotation.
"""

from __future__ import annotations

import re

from pipeline.extract.quotes.model import Attribution
from pipeline.extract.quotes.quotation import Quotation

_MIN_WORDS = 4
_WORD = re.compile(r"\w+")


def find(quote: Quotation) -> Attribution | None:
    """The speaker of the nearest other quotation whose text contains this one's or is in it."""
    words = _words(quote.text)
    if len(words.split()) < _MIN_WORDS:
        return None
    ctx = quote.ctx
    others = [(m.open_at, found) for m, found in reversed(quote.earlier)]
    others += [(at, found) for at, found in quote.first_pass.items() if at > quote.marks.open_at]
    for open_at, found in others:
        other = ctx.marks[ctx.opens.index(open_at)]
        text = _words(ctx.text[other.start : other.end])
        long_enough = len(text.split()) >= _MIN_WORDS
        if open_at != quote.marks.open_at and (words in text or (long_enough and text in words)):
            return Attribution(found.speaker, found.role, None, quote.marks.close_at + 1)
    return None


def _words(text: str) -> str:
    """The words of `text`, case-folded, each between spaces (so `in` matches whole words)."""
    return " " + " ".join(_WORD.findall(text.casefold())) + " "
