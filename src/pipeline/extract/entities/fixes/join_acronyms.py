"""Joins: "LTO" + "Noord" — an unknown acronym right before another name (same line, nothing in
between) is one organisation, the acronym's regional or sector branch ("LTO Noord"). Not before a
person ("VVD" + "Mark Rutte") and not with a termbase name on either side.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import FixContext
from pipeline.extract.entities.words import ACRONYM, known, span_label


def join_acronyms(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Join each unknown one-word acronym with the ORG, place or MISC name right after it."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == span.start
            and len(prev) == 1
            and ACRONYM.match(prev.text)
            and not known(prev)
            and not known(span)
            and span_label(span) in ("ORG", "LOC", "GPE", "MISC")
            and span[0].is_title
            and "\n" not in prev[-1].whitespace_
        ):
            out[-1] = Span(span.doc, prev.start, span.end, label="ORG")
            continue
        out.append(span)
    return out
