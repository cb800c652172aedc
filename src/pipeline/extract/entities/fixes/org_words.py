"""Organisation words (data/org_kinds.csv) at the edge of a name make it an organisation.

- `org_word_after`: "Waterland" + "Ziekenhuis" — a capitalised organisation word right after a
  name the model cut short belongs to it ("Waterland Ziekenhuis", ORG); not across a line break
  and not into a termbase name.
- `org_headed`: "Jeroen Bosch Ziekenhuis", "Veiligheidsregio Brabant-Zuidoost", "Stichting Pim": a
  multi-word name that starts or ends with a capitalised organisation word is an ORG; "Jeroen
  Bosch" alone is not.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import Candidate, FixContext
from pipeline.extract.entities.names import org_word


def org_word_after(ctx: FixContext, candidate: Candidate) -> Candidate:
    """Extend the entity over a capitalised organisation word right after it (then an ORG)."""
    span = candidate.span
    doc, end = span.doc, span.end
    if (
        end < len(doc)
        and end not in ctx.known_tokens
        and doc[end].is_title
        and org_word(doc[end])
        and "\n" not in doc[end - 1].whitespace_
    ):
        return replace(candidate, span=Span(doc, span.start, end + 1, label="ORG", span_id=span.id))
    return candidate


def org_headed(ctx: FixContext, candidate: Candidate) -> Span | None:
    """ORG when a name of two or more words starts or ends with a capitalised organisation word."""
    span = candidate.span
    if len(span) < 2 or not any(t.is_title and org_word(t) for t in (span[0], span[-1])):
        return None
    return Span(span.doc, span.start, span.end, label="ORG")
