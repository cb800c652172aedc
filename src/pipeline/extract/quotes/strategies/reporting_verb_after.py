"""A reporting verb after the quotation: "‘…’, zegt X", "‘…’, zo laat X weten", "‘…’ Dat zegt X.".

"‘Het kan echt niet langer’, zegt Jansen." → Jansen, cue "zegt"; a cue sentence opener after a
sentence end ("‘…’ Dat zegt de bond.", `cue_opener` in data/quote_words.csv) and a cue adverb
after a comma ("‘…’, zo zegt X", `cue_adverb`) are skipped before the verb. The verbs are the one
reporting-verb list (`reporting_verbs` in data/attribution.yaml). Negative twins: "‘…’ De bond
zegt …" after a sentence end is a new sentence, not a cue; "een agent in ‘burgerkleding’ vertelde
dat …" reports its "dat" clause; in "… dat hij de cijfers ‘zorgelijk’ vindt." the verb ends a
subordinate clause and names nobody after it (the clause's own strategies find "hij").
"""

from __future__ import annotations

from pipeline.extract.quotes.model import Attribution
from pipeline.extract.quotes.phrases import reporting_cue, reports_a_clause, subject
from pipeline.extract.quotes.quotation import Quotation
from pipeline.extract.quotes.speakers import resolve_speaker


def find(quote: Quotation) -> Attribution | None:
    """The subject of a reporting verb that opens the clause after the closing mark."""
    ctx, cue = quote.ctx, quote.cue_after
    if cue is None or cue.first.lower_ in ctx.lex.postposed:
        return None
    verb = reporting_cue(ctx.view, cue.first, cue.tokens)
    if verb is None or reports_a_clause(ctx.lex, cue.words, 0):
        return None  # "in ‘burgerkleding’ vertelde dat hij …" reports the clause
    phrase = subject(ctx.lex, cue.first, [t for t in cue.tokens if t.i > cue.first.i])
    if not phrase:
        return None  # "dat hij de cijfers ‘zorgelijk’ vindt.": the verb ends a clause, no cue
    speaker = resolve_speaker(ctx, phrase, quote.marks.open_at)
    return Attribution.of(speaker, verb, cue.end)
