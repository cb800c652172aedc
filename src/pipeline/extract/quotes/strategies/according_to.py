"""A source preposition in the quotation's clause: "volgens X is het ‘…’".

"Volgens Bakker is de aanpak ‘een lappendeken’." → Bakker, cue "volgens"; "volgens haar" is the
pronoun's person, "volgens haar advocaat" the advocate. The prepositions are `according_to` in
data/attribution.yaml. Not for titles or scare quotes (the registry's `unless` filters).
"""

from __future__ import annotations

from pipeline.extract.quotes.model import Attribution
from pipeline.extract.quotes.phrases import object_pronoun, phrase_after
from pipeline.extract.quotes.quotation import Quotation
from pipeline.extract.quotes.speakers import resolve_speaker


def find(quote: Quotation) -> Attribution | None:
    """The speaker phrase after the first source preposition of the clause that has one."""
    ctx, lex = quote.ctx, quote.ctx.lex
    window, end = quote.clause.tokens, quote.clause.end
    for k, token in enumerate(window):
        if token.lower_ not in lex.prepositions:
            continue
        phrase = phrase_after(lex, window[k + 1 :])
        if k + 1 < len(window) and window[k + 1].lower_ in lex.object_pronouns:
            phrase = object_pronoun(lex, window, k + 1)
        if phrase:
            speaker = resolve_speaker(ctx, phrase, quote.marks.open_at)
            return Attribution.of(speaker, token.lower_, max(end, quote.marks.close_at + 1))
    return None
