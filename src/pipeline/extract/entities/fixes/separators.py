"""Separators: one model entity over two names, cut where a name cannot go on.

- at a semicolon: "Enschede; FC Twente vierde het kampioenschap" is a place and a club (no name holds
  ";", entity_words.yaml `name_breaks`);
- at a preposition of place before a known place: "de wijk Bergweide-Zuid in Deventer" is a
  district in a town (`place_prepositions`; the place from the gazetteer). "Groen in Geel" and
  "Samen Sterk in de Stad" stay whole: no known place follows the preposition.

`known_place` (a typing rule): a model entity whose text the gazetteer knows is that place, after
the repairs trimmed it ("regio Noord-Holland" → "Noord-Holland"). A piece that the
gazetteer knows becomes that place; a piece before "in" that the model called a
person is a place (a person's name does not go on "in Deventer"). Runs before the repairs, so
every piece is trimmed and typed like any model entity.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import Candidate, FixContext
from pipeline.extract.entities.words import PLACE_PREFIX, VOUCHED, known, words
from pipeline.labels import PLACE_TYPE, Term, lookup_term, map_label


def separators(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Each model entity cut at its separators into the names it holds."""
    out = []
    for span in spans:
        out += [span] if known(span) else _pieces(span)
    return out


def _pieces(span: Span) -> list[Span]:
    doc = span.doc
    cuts = []  # (separator start, separator end, piece after it is a place)
    for t in span[1:-1]:
        if t.text in words().name_breaks:
            cuts.append((t.i, t.i + 1, False))
        elif t.lower_ in words().place_prepositions and _place(Span(doc, t.i + 1, span.end)):
            cuts.append((t.i, t.i + 1, True))
    if not cuts:
        return [span]
    pieces, start = [], span.start
    for cut_start, cut_end, before_place in cuts:
        label = span.label_
        if before_place and map_label(label) == "PERSON":
            label = "LOC"
        pieces.append(Span(doc, start, cut_start, label=label))
        start = cut_end
    pieces.append(Span(doc, start, span.end, label=span.label_))
    return [_as_place(p) for p in pieces if len(p)]


def known_place(ctx: FixContext, candidate: Candidate) -> Span | None:
    """The entity as the gazetteer place its text names, if any; a vouched name stays a name."""
    if candidate.span.id_ == VOUCHED:
        return None  # a surname_places surname ("Mirjam Oosterbeek")
    placed = _as_place(candidate.span)
    return placed if placed is not candidate.span else None


def _place(span: Span) -> Term | None:
    """The gazetteer place the span's text names, if any (termbase names have other types)."""
    term = lookup_term(span.text)
    return term if term is not None and term.type == PLACE_TYPE else None


def _as_place(span: Span) -> Span:
    """The piece as its gazetteer place when it is one ("Eindhoven"), else as it is."""
    term = _place(span)
    if term is None:
        return span
    return Span(span.doc, span.start, span.end, label=term.label, span_id=PLACE_PREFIX + term.name)
