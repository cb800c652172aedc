"""Portfolios: the domain an office holder is responsible for, written after "van" with capitals —
"wethouder X van Werk en Inkomen", "minister van Onderwijs en Cultuur Karin de Boer". Only after an
office that holds one (a role of entity_words.yaml `portfolio_offices` before "van", or such a
role and its holder's name; "directeur van Philips Nederland" names an employer): "de treinen van Haarlem en
Leiden" names two places, never a portfolio. A minister's portfolio is a ministry (ORG, data
`ministry_roles`), any other office's a MISC name. Gazetteer places are never retyped.

- `portfolio`: a model entity "Inkomen" after "van Werk en" becomes the whole coordination;
- `split_portfolios`: one model entity holding portfolio and name — "Milieu Karin" in "minister van
  Milieu Karin de Boer" (the name starts at its listed given name), or name and portfolio — "Karin
  Bos van Werk" before "en Inkomen" — is cut into the person and the portfolio.
Words from entity_words.yaml `portfolio_conjunctions`, `of_words`, `portfolio_offices` and
`ministry_roles`.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span

from pipeline.extract.entities.fixes.context import Candidate, FixContext
from pipeline.extract.entities.roles import office_before as _office_before
from pipeline.extract.entities.words import known, overlap, span_label, words
from pipeline.labels import first_names


def portfolio(ctx: FixContext, candidate: Candidate) -> Span | None:
    """The "A en B" coordination ending in the entity, typed as a portfolio, after an office."""
    span = candidate.span
    doc, i, texts = span.doc, span.start, ctx.texts
    if span_label(span) not in ("LOC", "GPE", "MISC") or i < 3:
        return None
    if texts[i - 1].lower() not in words().portfolio_conjunctions or not texts[i - 2].istitle():
        return None
    role = office_before(doc, texts, i - 3)
    if role is None:
        return None
    return Span(doc, i - 2, span.end, label=portfolio_label(role))


def office_before(doc: Doc, texts: tuple[str, ...], van: int) -> str | None:
    """The office before "van" when it is one that holds a portfolio (entity_words.yaml
    `portfolio_offices`: "wethouder", "Vlaams minister"), not "directeur van Philips"."""
    role = _office_before(doc, texts, van)
    if role is None or _head(role) not in words().portfolio_offices:
        return None
    return role


def _head(role: str) -> str:
    return role.casefold().replace("-", " ").split()[-1]


def portfolio_label(role: str) -> str:
    """ORG for a minister's portfolio (a ministry: "minister van Onderwijs"), MISC for others."""
    return "ORG" if _head(role) in words().ministry_roles else "MISC"


def split_portfolios(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Cut each model entity holding a portfolio and a name into the two; in text order. The words
    are read on the token texts (spaCy's `is_title` and `lower_` are the `str` methods)."""
    out = list(spans)
    holders = {s.start for s in spans if span_label(s) == "PERSON"}
    for span in spans:
        if known(span):
            continue
        parts = (
            _portfolio_first(span, ctx.texts)
            or _name_first(span, ctx.texts)
            or _before_holder(span, span.end in holders, ctx.texts)
        )
        if parts:
            out = [s for s in out if s is not span and not any(overlap(s, p) for p in parts)]
            out += parts
    return sorted(out, key=lambda s: s.start)


def _portfolio_first(span: Span, texts: tuple[str, ...]) -> list[Span] | None:
    """ "minister van Milieu Karin de Boer" (one entity "Milieu Karin"): the portfolio runs from
    after "van" up to the holder's name (`_name_start`)."""
    doc = span.doc
    given = _name_start(span, texts)
    if given is None:
        return None
    start = span.start  # "van Onderwijs en Cultuur Karin": the portfolio began before the entity
    while start >= 2 and texts[start - 1].lower() in _joiners() and texts[start - 2].istitle():
        start -= 2
    role = office_before(doc, texts, start - 1)
    if role is None:
        return None
    return [
        Span(doc, start, given, label=portfolio_label(role)),
        Span(doc, given, span.end, label="PERSON"),
    ]


def _name_start(span: Span, texts: tuple[str, ...]) -> int | None:
    """Where the holder's name starts inside "Milieu Karin de Boer": at a listed given name, else
    at the word before a capitalised surname particle ("Mobiliteit Karen Van Hecke"), else at the
    last two words ("Mobiliteit Karen Peeters"); never at the entity's first word."""
    if len(span) < 2:
        return None  # a one-word entity (most of them) holds no portfolio before a name
    inside = range(span.start + 1, span.end)
    given = next((k for k in inside if texts[k] in first_names()), None)
    if given is not None:
        return given
    particles = words().surname_particles
    particle = next(
        (k for k in inside if k > span.start + 1 and texts[k].lower() in particles), None
    )
    if particle is not None:
        return particle - 1
    if len(span) >= 3 and all(t.istitle() for t in texts[span.start : span.end]):
        return span.end - 2
    return None


def _name_first(span: Span, texts: tuple[str, ...]) -> list[Span] | None:
    """ "wethouder Karin Bos van Werk en Inkomen" (one entity "Karin Bos van Werk"): the name
    before "van", the coordination after it (a name of two words, "van" and a word at least)."""
    if len(span) < 4:
        return None
    doc, of_words = span.doc, words().of_words
    van = next(
        (k for k in range(span.start + 2, span.end - 1) if texts[k].lower() in of_words), None
    )
    end = span.end
    if van is None or end + 1 >= len(texts) or texts[end].lower() not in _joiners():
        return None
    if not (texts[end + 1].istitle() and all(t.istitle() for t in texts[van + 1 : end])):
        return None
    role = office_before(doc, texts, van)
    if role is None:
        return None
    return [
        Span(doc, span.start, van, label="PERSON"),
        Span(doc, van + 1, end + 2, label=portfolio_label(role)),
    ]


def _before_holder(span: Span, holder: bool, texts: tuple[str, ...]) -> list[Span] | None:
    """ "minister van Onderwijs en Cultuur" + "Karin de Boer": an entity between an office's "van"
    and the person holding it (`holder`: a PERSON starts right after it) is the portfolio."""
    doc = span.doc
    role = office_before(doc, texts, span.start - 1) if holder and span.start > 0 else None
    if role is None:
        return None
    return [Span(doc, span.start, span.end, label=portfolio_label(role))]


@cache
def _joiners() -> frozenset[str]:
    return words().portfolio_conjunctions | {","}
