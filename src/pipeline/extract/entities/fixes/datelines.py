"""Datelines: "DEN HAAG (ANP) - Het kabinet …", "BRUSSEL - De Vlaamse regering …" — capitals at
the start of a line, before an optional bracketed agency and a dash, name the place the report
comes from: one place (GPE, or the gazetteer's label of its usual spelling), never an ORG "HAAG";
the bracketed acronym is the news agency (ORG). "NAVO - EU" in a sentence is no dateline: it must
open a line. Dashes from entity_words.yaml `dateline_dashes`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.extract.entities.fixes.context import FixContext
from pipeline.extract.entities.fixes.word_index import capitals
from pipeline.extract.entities.words import ACRONYM, PLACE_PREFIX, TERM_PREFIX, overlap, words
from pipeline.labels import lookup_term

MAX_PLACE_WORDS = 4


def datelines(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """The place (and agency) of each dateline replace the entities they overlap."""
    doc, texts, found = ctx.doc, ctx.texts, []
    for i in ctx.where(capitals):  # a line starts after a break token (spaCy keeps them as tokens)
        if i == 0 or "\n" in texts[i - 1]:
            found += _dateline(doc, i)
    if not found:
        return spans
    return [s for s in spans if not any(overlap(s, f) for f in found)] + found


def _dateline(doc: Doc, start: int) -> list[Span]:
    end = start
    while end < len(doc) and end - start < MAX_PLACE_WORDS and capitals(doc[end].text):
        end += 1
    if end == start or end >= len(doc):
        return []
    agency = None
    k = end
    if doc[k].text == "(" and k + 2 < len(doc) and ACRONYM.match(doc[k + 1].text):
        if doc[k + 2].text != ")":
            return []
        agency, k = Span(doc, k + 1, k + 2, label="ORG"), k + 3
    if k >= len(doc) or doc[k].text not in words().dateline_dashes:
        return []
    written = " ".join(t.text.capitalize() for t in doc[start:end])  # "DEN HAAG" -> "Den Haag"
    term = lookup_term(written)
    if term is None:
        place = Span(doc, start, end, label="GPE")
    else:  # a known place: it merges with "Den Haag" written further on
        prefix = PLACE_PREFIX if term.type == "place" else TERM_PREFIX
        place = Span(doc, start, end, label=term.label, span_id=prefix + term.name)
    return [place] if agency is None else [place, agency]
