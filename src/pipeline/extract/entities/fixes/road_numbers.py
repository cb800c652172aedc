"""Road numbers: "de A27", "op de N233 bij Veenendaal", "de snelwegen A27, A12 en A2" — a
motorway or provincial road number after an article or a road word (or in a list of them) is a
place (LOC), whatever the model said (CoNLL models say MISC). "een A4'tje" (paper) and "type A2"
are none: the number must follow a word of entity_words.yaml `road_determiners`, a comma or
conjunction after another road number; numbers from `road_number`.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import FixContext
from pipeline.extract.entities.fixes.word_index import road_number
from pipeline.extract.entities.words import known, overlap, words


def road_numbers(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """The road numbers as LOC; they replace the model entities they overlap."""
    doc, found = ctx.doc, []
    previous_road = -2
    for i in ctx.where(road_number):
        if i == 0:
            continue
        prev = ctx.texts[i - 1].lower()
        listed = prev in (",", *words().place_conjunctions) and previous_road == i - 2
        if prev in words().road_determiners or listed:
            found.append(Span(doc, i, i + 1, label="LOC"))
            previous_road = i
    if not found:
        return spans
    kept = [s for s in spans if known(s) or not any(overlap(s, f) for f in found)]
    return kept + [f for f in found if not any(overlap(f, k) for k in kept)]
