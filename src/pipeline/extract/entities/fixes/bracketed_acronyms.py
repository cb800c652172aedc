"""Bracketed acronyms: "Centrum voor Jeugd en Gezin (CJG)" — the words before a bracketed acronym
whose capitals spell it form one ORG name (the long-form search of Schwartz & Hearst, 2003, for
capitals). "Jan de Vries (CDA)" has no such long form: its capitals do not spell the acronym.

The long forms are found once per Doc (`FixContext.acronyms`); a model entity overlapping one yields
to it (`yield_to_acronyms`), then the long forms join the entities (`add_acronyms`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from pipeline.extract.entities.words import ACRONYM, overlap

if TYPE_CHECKING:
    from pipeline.extract.entities.fixes.context import Candidate, FixContext


def long_forms(doc: Doc, texts: tuple[str, ...], openings: list[int]) -> list[Span]:
    """ORG spans of the words before each bracketed acronym their capitals spell (`openings`: the
    positions of the opening brackets)."""
    found = []
    for opening in openings:
        i = opening + 1
        if i + 1 >= len(texts) or not (texts[i + 1] == ")" and ACRONYM.match(texts[i])):
            continue
        token = doc[i]
        letters, start = token.text.replace("&", ""), token.i - 1
        while start > 0 and letters:
            word = doc[start - 1]
            if word.text[:1].isupper() and word.text[0] == letters[-1]:
                letters = letters[:-1]
            elif not (word.is_lower and word.is_alpha) or word.i < token.i - 3 * len(token.text):
                break
            start -= 1
        if not letters and doc[start].text[:1].isupper():
            found.append(Span(doc, start, token.i - 1, label="ORG"))
    return found


def yield_to_acronyms(ctx: FixContext, candidate: Candidate) -> Candidate | None:
    """Drop a model entity that overlaps a bracketed acronym's long form ("Jeugd en Gezin")."""
    if ctx.acronyms and any(overlap(candidate.span, a) for a in ctx.acronyms):
        return None
    return candidate


def add_acronyms(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """The long forms of bracketed acronyms join the entities as ORG."""
    return [*ctx.acronyms, *spans]
