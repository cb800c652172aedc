"""A speaker label before a colon: "X: ‘…’".

"Woordvoerder Shamir Ceuleers: ‘Dit is een mooie stap.’" → Ceuleers, cue ":". The whole clause
before the colon must be one speaker phrase; "Het besluit is duidelijk: ‘…’" is not a label.
Tried after `reporting_clause_before`, which takes "X zegt: ‘…’". The words that may stand in a
phrase are the `determiner`, `role_link` and `name_particle` sections of data/quote_words.csv.
"""

from __future__ import annotations

from pipeline.extract.quotes.model import Attribution
from pipeline.extract.quotes.phrases import phrase_after
from pipeline.extract.quotes.quotation import Quotation
from pipeline.extract.quotes.speakers import resolve_speaker


def find(quote: Quotation) -> Attribution | None:
    """The clause before the colon, when it is a speaker phrase and nothing else."""
    ctx, window = quote.ctx, quote.before_colon
    if window is None:
        return None
    phrase = phrase_after(ctx.lex, window)
    if len(phrase) != len(window):
        return None
    speaker = resolve_speaker(ctx, phrase, quote.marks.open_at)
    return Attribution.of(speaker, ":", quote.marks.close_at + 1)
