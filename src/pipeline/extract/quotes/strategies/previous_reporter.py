"""The reporter of the sentence before a quotation of full sentences.

"Een woordvoerster van het ziekenhuis zegt dat de wachttijd oploopt. «Dat is zorgelijk.»" → the
hospital's spokesperson (the speaker phrase of the first reporting verb there, `reporting_verbs`
in data/attribution.yaml). Only for speech (`is_speech` in the registry). Negative twin: a
reporting verb whose subject names nobody ("Er wordt gezegd dat …") gives no speaker.
"""

from __future__ import annotations

from pipeline.extract.quotes.model import Attribution
from pipeline.extract.quotes.phrases import reporting_cue, subject
from pipeline.extract.quotes.quotation import Quotation
from pipeline.extract.quotes.speakers import resolve_speaker


def find(quote: Quotation) -> Attribution | None:
    """The resolved subject of the previous sentence's first reporting verb."""
    ctx, window = quote.ctx, quote.previous_sentence
    if window is None:
        return None
    for token in window:
        if reporting_cue(ctx.view, token, window):
            speaker = resolve_speaker(ctx, subject(ctx.lex, token, window), quote.marks.open_at)
            if speaker.name is None:
                return None
            return Attribution.of(speaker, None, quote.marks.close_at + 1)
    return None
