"""Organisation words (data/org_kinds.csv) at the edge of a name make it an organisation.

- `org_word_after`: "Waterland" + "Ziekenhuis" — a capitalised organisation word right after a
  name the model cut short belongs to it ("Waterland Ziekenhuis", ORG); not across a line break
  and not into a termbase name.
- `org_word_before`: "Stichting" + "Buurtkracht", "Team" + "Handhaving" — a capitalised
  organisation word right before a name the model cut short belongs to it (ORG); not across a line
  break, not into another entity, and not before a personal name ("Team Piet Jansen" keeps the
  person: a listed given name starts it).
- `org_headed`: "Jeroen Bosch Ziekenhuis", "Veiligheidsregio Brabant-Zuidoost", "Stichting Pim": a
  multi-word name that starts or ends with a capitalised organisation word is an ORG; "Jeroen
  Bosch" alone is not. So is one that starts or ends with an abbreviated legal or club form
  ("Rijnstad FC", "Bouwbedrijf Jansen B.V.", entity_words.yaml `org_designators`).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import Candidate, FixContext
from pipeline.extract.entities.names import org_word
from pipeline.extract.entities.words import words
from pipeline.labels import first_names


def org_word_after(ctx: FixContext, candidate: Candidate) -> Candidate:
    """Extend the entity over a capitalised organisation word or a legal or club form right after
    it (then an ORG): "Waterland" + "Ziekenhuis", "Rijnstad" + "FC"."""
    span = candidate.span
    doc, end = span.doc, span.end
    if (
        end < len(doc)
        and _org_edge(ctx.texts[end])
        and end not in ctx.known_tokens
        and "\n" not in doc[end - 1].whitespace_
    ):
        return candidate.with_span(Span(doc, span.start, end + 1, label="ORG", span_id=span.id))
    return candidate


def org_word_before(ctx: FixContext, candidate: Candidate) -> Candidate:
    """Extend the entity over a capitalised organisation word or a legal or club form right before
    it (then an ORG): "Stichting" + "Buurtkracht", "FC" + "Emmeloord"."""
    span = candidate.span
    doc, prev = span.doc, span.start - 1
    if (
        prev >= 0
        and _org_edge(ctx.texts[prev])
        and prev not in ctx.known_tokens
        and doc[prev].ent_iob_ == "O"  # "Voetbalbond" ends another name before "KNVB"
        and "\n" not in doc[prev].whitespace_
        and ctx.texts[span.start] not in first_names()
    ):
        return candidate.with_span(Span(doc, prev, span.end, label="ORG", span_id=span.id))
    return candidate


def org_headed(ctx: FixContext, candidate: Candidate) -> Span | None:
    """ORG when a name of two or more words starts or ends with a capitalised organisation word
    or an abbreviated legal or club form ("Rijnstad FC", "Jansen B.V.": `org_designators`)."""
    span = candidate.span
    if len(span) < 2 or not (
        _org_edge(ctx.texts[span.start]) or _org_edge(ctx.texts[span.end - 1])
    ):
        return None
    return Span(span.doc, span.start, span.end, label="ORG")


@lru_cache(maxsize=1 << 16)
def _org_edge(text: str) -> bool:
    """A capitalised organisation word, or a legal or club form written with a capital (spaCy's
    `is_title`, `is_lower` and `lower_` are the `str` methods). Cached by word form: asked at both
    edges of every model entity."""
    if text.istitle() and org_word(text):
        return True
    return not text.islower() and text.lower() in words().org_designators
