"""Missed neighbours: names the model skipped next to ones it found, typed by that neighbour.

- a conjunct of a place: "naar Ameland en Schiermonnikoog" — one capitalised word after "en"/"of"
  (entity_words.yaml `place_conjunctions`), not a given name, lower case after it, is a place of
  the same label; "Ameland en Jan Smit" is not (a given name), nor "Ameland en Texel Airport";
- a party or employer in brackets after a person: "Wouter Claeys (N-VA)" — a token with two or
  more capitals ("N-VA", "CD&V", "PvdA") is an ORG, also where the model called it a place;
  "Jan Smit (43)" is not.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import FixContext
from pipeline.extract.entities.words import known, overlap, span_label, tokens_of, words
from pipeline.labels import first_names


def missed_neighbours(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Add the place conjuncts and bracketed parties; they replace what they overlap."""
    extra = _neighbours(ctx, spans)
    if not extra:  # the common case: no overlap test per span
        return sorted(spans, key=lambda s: s.start)
    spans = [s for s in spans if not any(overlap(s, e) for e in extra)] + extra
    spans.sort(key=lambda s: s.start)
    return spans


def _neighbours(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """The neighbours, read on the token texts (spaCy's `lower_`, `is_title`, `is_alpha` and
    `is_ascii` are the `str` methods)."""
    doc, texts = ctx.doc, ctx.texts
    # the tokens of the entities, and the starts of those whose type is not overruled in brackets
    # (a known name or one of several words): collected on first use, most Docs need neither
    taken: set[int] | None = None
    typed: set[int] | None = None
    found = []
    for span in spans:
        label = span_label(span)
        i = span.end
        if (
            label in ("GPE", "LOC")
            and i + 2 < len(texts)
            and texts[i].lower() in words().place_conjunctions
        ):
            word, after = texts[i + 1], texts[i + 2]
            taken = tokens_of(spans) if taken is None else taken
            if (
                i + 1 not in taken
                and word.istitle()
                and word.isalpha()
                and word not in first_names()
                and not after[:1].isupper()
            ):
                found.append(Span(doc, i + 1, i + 2, label=span.label))
        if label == "PERSON" and i + 2 < len(texts) and texts[i] == "(" and texts[i + 2] == ")":
            word = texts[i + 1]
            typed = {s.start for s in spans if known(s) or len(s) > 1} if typed is None else typed
            if i + 1 not in typed and sum(c.isupper() for c in word) >= 2 and word.isascii():
                found.append(Span(doc, i + 1, i + 2, label="ORG"))
    return found
