"""A reporting clause before a colon: "X zegt: ‘…’".

"Jansen zegt: ‘De buurt verdient beter.’" → Jansen, cue "zegt"; in "Toen de rechter vroeg
waarom, antwoordde ze: ‘…’" the main clause before the colon comes last, so the last reporting
verb there counts. The verbs are `reporting_verbs` in data/attribution.yaml.
"""

from __future__ import annotations

from pipeline.extract.quotes.model import Attribution
from pipeline.extract.quotes.phrases import reporting_cue, subject
from pipeline.extract.quotes.quotation import Quotation
from pipeline.extract.quotes.speakers import resolve_speaker


def find(quote: Quotation) -> Attribution | None:
    """The subject of the last reporting verb in the clause before the colon."""
    ctx, window = quote.ctx, quote.before_colon
    if window is None:
        return None
    for token in reversed(window):
        cue = reporting_cue(ctx.view, token, window)
        if cue:
            speaker = resolve_speaker(ctx, subject(ctx.lex, token, window), quote.marks.open_at)
            return Attribution.of(speaker, cue, quote.marks.close_at + 1)
    return None
