"""Continuation: a quotation that goes on from the one kept just before it.

"‘We zijn tevreden’, zegt Jansen. ‘Maar het kan beter.’" → Jansen again: nothing but the
attribution and punctuation lies in between. Dutch multi-paragraph quotes, whose paragraphs each
open with a mark and only the last one closes (`QuoteMarks.continues`), continue too. Negative
twin: "‘…’, zegt Jansen. De wethouder reageert niet. ‘…’" has words in between.
"""

from __future__ import annotations

from pipeline.extract.quotes.model import Attribution
from pipeline.extract.quotes.quotation import Quotation


def find(quote: Quotation) -> Attribution | None:
    """The previous quotation's speaker, when only punctuation separates them."""
    last, marks = quote.previous, quote.marks
    if last is None or last.speaker is None:
        return None
    gap = quote.ctx.text[last.end : marks.open_at]
    if marks.continues or not any(c.isalnum() for c in gap):
        return Attribution(last.speaker, last.role, None, marks.close_at + 1)
    return None
