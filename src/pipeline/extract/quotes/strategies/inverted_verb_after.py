"""Any verb with its speaker after the quotation: "‘…’, lacht hij", "‘…’, vervolgt Jansen".

A quotation fronted before a comma and a verb with its subject right after it is that
subject's, whatever the verb ("lacht", "grapt", "vervolgt", "knikt"): Dutch inverts subject and
verb after a fronted quotation. The subject must name someone who can speak
(`speakers.names_a_party`), and the comma must be there: "de bokaal ‘Leerbedrijf van het Jaar’
ontvangt het team" names a prize. Tried after the reporting verbs (`reporting_verb_after`), whose list
(data/attribution.yaml) claims and demands share. Negative twin: "‘…’, klinkt het" or "‘…’,
heet het plan" — "het" and a plan do not speak.
"""

from __future__ import annotations

from pipeline.extract.quotes.model import Attribution
from pipeline.extract.quotes.phrases import phrase_after
from pipeline.extract.quotes.quotation import Quotation
from pipeline.extract.quotes.speakers import names_a_party, resolve_speaker
from pipeline.text.grammar import VERBAL


def find(quote: Quotation) -> Attribution | None:
    """The speaking subject right after a verb that opens the clause after the quotation."""
    ctx, cue = quote.ctx, quote.cue_after
    if cue is None or cue.first.pos_ not in VERBAL or len(cue.words) < 2:
        return None
    if not ctx.text[quote.marks.close_at + 1 : cue.first.idx].lstrip().startswith(","):
        return None  # "de bokaal ‘…’ ontvangt X": no comma, so no fronted quotation
    phrase = phrase_after(ctx.lex, cue.words[1:])
    if not names_a_party(ctx, phrase):
        return None
    speaker = resolve_speaker(ctx, phrase, quote.marks.open_at)
    if speaker.name is None:
        return None
    return Attribution.of(speaker, cue.first.lower_, cue.end)
