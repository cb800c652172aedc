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
        out += [span] if known(span) else _pieces(span, ctx.texts)
    return out


def _pieces(span: Span, texts: tuple[str, ...]) -> list[Span]:
    """The names the span holds, cut at its inner separators (read on `texts`, the Doc's token
    texts: spaCy's `lower_` is `str.lower`)."""
    doc = span.doc
    cuts = []  # (separator start, separator end, piece after it is a place)
    for i in range(span.start + 1, span.end - 1):
        if texts[i] in words().name_breaks:
            cuts.append((i, i + 1, False))
        elif texts[i].lower() in words().place_prepositions and _place(
            Span(doc, i + 1, span.end).text
        ):
            cuts.append((i, i + 1, True))
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
    span = candidate.span
    term = _place(ctx.text_of(span))
    if term is None:
        return None
    return Span(span.doc, span.start, span.end, label=term.label, span_id=PLACE_PREFIX + term.name)


def _place(text: str) -> Term | None:
    """The gazetteer place a span's text names, if any (termbase names have other types)."""
    term = lookup_term(text)
    return term if term is not None and term.type == PLACE_TYPE else None


def _as_place(span: Span) -> Span:
    """The piece as its gazetteer place when it is one ("Eindhoven"), else as it is."""
    term = _place(span.text)
    if term is None:
        return span
    return Span(span.doc, span.start, span.end, label=term.label, span_id=PLACE_PREFIX + term.name)
