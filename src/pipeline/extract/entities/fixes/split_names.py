"""Split names: one model entity holding a body and a person, cut where the personal name starts
or ends (a listed given name, data/first_names.csv, then particles and one surname).

- "Philips Nederland Frits Smit zegt …": capitalised words before a complete personal name that
  ends the entity are another name (ORG) — never when the words before are a given name too
  ("Jan Peter Balkenende") or a word naming a kind of body ("Stichting Jan Smit", org_kinds.csv);
- "Ellen van Leeuwen van Abacus": a complete personal name, then "van" and capitalised words — the
  body she works for (ORG), as "Piet Jansen van Philips" (entity_words.yaml `of_words`);
  "Jan van Dijk" is one name: "van" right after the given name starts the surname.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import FixContext
from pipeline.extract.entities.fixes.given_names import given_name_end
from pipeline.extract.entities.names import org_word
from pipeline.extract.entities.words import known, span_label, words
from pipeline.labels import first_names


def split_names(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Each model entity that holds a body and a complete personal name, cut in two."""
    out = []
    for span in spans:
        parts = None if known(span) else _split(span, ctx.texts)
        out += parts or [span]
    return out


def _split(span: Span, texts: tuple[str, ...]) -> list[Span] | None:
    """The body and the person a model entity holds, in either order; None when it holds one name
    (a name of one or two words holds no body and a complete personal name). Read on `texts`, the
    Doc's token texts (spaCy's `is_title` and `lower_` are the `str` methods)."""
    if len(span) < 3:
        return None
    return _body_then_person(span, texts) or _person_then_body(span, texts)


def _body_then_person(span: Span, texts: tuple[str, ...]) -> list[Span] | None:
    doc, given = span.doc, first_names()
    if any(org_word(t) for t in texts[span.start : span.end]) or texts[span.start] in given:
        return None
    for k in range(span.start + 1, span.end - 1):
        if texts[k] in given and all(t.istitle() for t in texts[span.start : k]):
            if given_name_end(doc, texts, k, frozenset()) == span.end:
                return [
                    Span(doc, span.start, k, label="ORG"),
                    Span(doc, k, span.end, label="PERSON"),
                ]
            return None
    return None


def _person_then_body(span: Span, texts: tuple[str, ...]) -> list[Span] | None:
    doc = span.doc
    if texts[span.start] not in first_names() or span_label(span) != "PERSON":
        return None
    end = given_name_end(doc, texts, span.start, frozenset())
    if end is None or end + 1 >= span.end or texts[end].lower() not in words().of_words:
        return None
    if not all(t.istitle() for t in texts[end + 1 : span.end]):
        return None
    return [Span(doc, span.start, end, label="PERSON"), Span(doc, end + 1, span.end, label="ORG")]
