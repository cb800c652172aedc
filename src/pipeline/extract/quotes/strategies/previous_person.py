"""A person named before the first verb of the sentence before a quotation of full sentences.

Parsers often miss a long subject: in "Juriste Anna Smit van Bureau Recht noemt het een
schending. «…»" a person named before the sentence's first verb is its subject in Dutch
main-clause order. Only for speech (`is_speech` in the registry). Negative twin: "Het rapport
noemt Anna Smit. «…»" names her after the verb.
"""

from __future__ import annotations

from pipeline.extract.attribution import mentioned_entity
from pipeline.extract.quotes.model import Attribution
from pipeline.extract.quotes.quotation import Quotation


def find(quote: Quotation) -> Attribution | None:
    """The first person mentioned before the previous sentence's first verb."""
    ctx, window = quote.ctx, quote.previous_sentence
    if window is None:
        return None
    for token in window:
        if token.pos_ in ("VERB", "AUX"):
            break
        entity = mentioned_entity(ctx.index, [(token.idx, token.idx + len(token))])
        if entity is not None and entity.label == "PERSON":
            return Attribution(entity.name, entity.role, None, quote.marks.close_at + 1)
    return None
