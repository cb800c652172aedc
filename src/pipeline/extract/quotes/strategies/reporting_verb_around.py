"""A reporting verb in the quotation's clause: "X noemt het ‘…’", "X spreekt van ‘…’".

"Jansen noemt het plan ‘onverantwoord’." → Jansen, cue "noemt". The verbs are `reporting_verbs`
in data/attribution.yaml. Negative twin: "Jansen zegt dat het ‘…’ is" has a subject phrase that
is a clause ("dat", `complementiser` in data/quote_words.csv) when the parse misreads it, and
names nobody. Not for titles or scare quotes (the registry's `unless` filters).
"""

from __future__ import annotations

from pipeline.extract.quotes.model import Attribution
from pipeline.extract.quotes.phrases import reporting_cue, subject
from pipeline.extract.quotes.quotation import Quotation
from pipeline.extract.quotes.speakers import resolve_speaker


def find(quote: Quotation) -> Attribution | None:
    """The subject of the first reporting verb of the clause whose subject is a phrase."""
    ctx = quote.ctx
    window, end = quote.clause.tokens, quote.clause.end
    complementisers = ctx.lex.words.complementiser
    for token in window:
        cue = reporting_cue(ctx.view, token, window)
        if not cue:
            continue
        phrase = subject(ctx.lex, token, window)
        if phrase and not any(t.lower_ in complementisers for t in phrase):
            speaker = resolve_speaker(ctx, phrase, quote.marks.open_at)
            return Attribution.of(speaker, cue, max(end, quote.marks.close_at + 1))
    return None
