"""A postposed cue after the quotation: "‘…’, aldus X".

"‘We zijn er klaar voor’, aldus woordvoerder Ceuleers." → Ceuleers, cue "aldus"; also after a
sentence end: "‘…’ Aldus de burgemeester." The cue words are `postposed` in data/attribution.yaml.
Negative twin: "‘…’, aldus." with no speaker phrase after it names nobody (the next strategies try).
"""

from __future__ import annotations

from pipeline.extract.quotes.model import Attribution
from pipeline.extract.quotes.phrases import phrase_after
from pipeline.extract.quotes.quotation import Quotation
from pipeline.extract.quotes.speakers import resolve_speaker


def find(quote: Quotation) -> Attribution | None:
    """The speaker phrase after "aldus" in the clause after the closing mark."""
    ctx, cue = quote.ctx, quote.cue_after
    if cue is None or cue.first.lower_ not in ctx.lex.postposed:
        return None
    phrase = phrase_after(ctx.lex, cue.words[1:])
    if not phrase:
        return None
    speaker = resolve_speaker(ctx, phrase, quote.marks.open_at)
    return Attribution.of(speaker, cue.first.lower_, cue.end)
