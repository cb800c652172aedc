"""Roads named by a place adjective: "de Zuidelijke Ring", "op de Haagse Baan", "langs de Oude
Dijk" — a capitalised adjective ending in -e right before a capitalised road word (entity_words.yaml
`road_words`) is one road, a LOC; the model takes the adjective alone (as NORP or MISC) or nothing.
A lower-case road word ("de Haagse ringweg is dicht", "de Zuidelijke weg") or a sentence-initial
pair proves no name. The road replaces the model entities it overlaps that are not known names.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import FixContext
from pipeline.extract.entities.fixes.word_index import place_adjective
from pipeline.extract.entities.names import sentence_initial
from pipeline.extract.entities.words import known, overlap, words


def place_roads(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """The adjective-named roads as LOC; they replace the model entities they overlap."""
    doc, texts, found = ctx.doc, ctx.texts, []
    for i in ctx.where(place_adjective):
        if i + 1 == len(texts):
            break
        road = texts[i + 1]
        if road.istitle() and road.lower() in words().road_words:
            found.append(Span(doc, i, i + 2, label="LOC"))
    found = [
        f
        for f in found
        if not sentence_initial(f) and not any(known(s) and overlap(s, f) for s in spans)
    ]
    if not found:
        return spans
    kept = [s for s in spans if not any(overlap(s, f) for f in found)]
    return kept + found
