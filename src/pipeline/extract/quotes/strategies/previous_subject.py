"""The person subject of the sentence before a quotation of full sentences.

"Toch is hij kritisch. „Dit had nooit zo mogen gebeuren.”" → the person "hij" stands for (the last
one of compatible gender, pronouns from `third_person_subject` in data/attribution.yaml); "De
rapporteur Bakker is duidelijk. «…»" → Bakker. Only for speech (`is_speech` in the registry).
Negative twin: "Het rapport is duidelijk. «…»" has no person subject.
"""

from __future__ import annotations

from pipeline.extract.attribution import mentioned_entity, pronoun_referent
from pipeline.extract.quotes.model import Attribution
from pipeline.extract.quotes.quotation import Quotation


def find(quote: Quotation) -> Attribution | None:
    """The first parsed subject of the previous sentence that is (or stands for) a person."""
    ctx, window = quote.ctx, quote.previous_sentence
    if window is None:
        return None
    pronouns = ctx.lex.pronouns
    for token in window:
        if not token.dep_.startswith("nsubj"):
            continue
        if token.lower_ in pronouns:
            entity = pronoun_referent(ctx.index, token.idx, token.lower_, ctx.text).entity
        else:
            entity = mentioned_entity(ctx.index, [(token.idx, token.idx + len(token))])
        if entity is not None and entity.label == "PERSON":
            return Attribution(entity.name, entity.role, None, quote.marks.close_at + 1)
    return None
