"""A reporting verb in the quotation's clause: "X noemt het ‘…’", "X spreekt van ‘…’".

"Jansen noemt het plan ‘onverantwoord’." → Jansen, cue "noemt". The verbs are `reporting_verbs`
in data/attribution.yaml. Negative twin: "Jansen zegt dat het ‘…’ is" has a subject phrase that
is a clause ("dat", `complementiser` in data/quote_words.csv) when the parse misreads it, and
names nobody; in "Een agent in ‘burgerkleding’ vertelde dat …" the verb reports its "dat" clause,
not the fragment before it. Not for titles or scare quotes (the registry's `unless` filters).
"""

from __future__ import annotations

from pipeline.extract.quotes.model import Attribution
from pipeline.extract.quotes.phrases import reporting_cue, reports_a_clause, subject
from pipeline.extract.quotes.quotation import Quotation
from pipeline.extract.quotes.speakers import resolve_speaker


def find(quote: Quotation) -> Attribution | None:
    """The subject of the first reporting verb of the clause whose subject is a phrase."""
    ctx = quote.ctx
    window, end = quote.clause.tokens, quote.clause.end
    complementisers = ctx.lex.words.complementiser
    for k, token in enumerate(window):
        cue = reporting_cue(ctx.view, token, window)
        if not cue or (token.idx > quote.marks.close_at and reports_a_clause(ctx.lex, window, k)):
            continue  # "Een agent, in ‘burgerkleding’, vertelde dat …": it reports the clause
        phrase = subject(ctx.lex, token, window)
        if phrase and not any(t.lower_ in complementisers for t in phrase):
            speaker = resolve_speaker(ctx, phrase, quote.marks.open_at)
            return Attribution.of(speaker, cue, max(end, quote.marks.close_at + 1))
    return None
