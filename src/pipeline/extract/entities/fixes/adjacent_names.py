"""Adjacent names: "het Landelijk Digital" + "Health Platform", "de Open" + "Data Portal" — the model
cuts a run of capitalised words (often English ones inside a Dutch text) into two entities with
nothing between them. Two model entities that touch (same line, no punctuation or word between) and
are all capitalised words are one name when they agree on their type, or one of them is a person the
model guessed (no given name starts it). Not joined: a person with a given name or a surname
particle ("Milieu" + "Karin de Boer", "Mobiliteit" + "Ellen Van Damme"), a place ("Utrecht" +
"Centraal Beheer"), a nationality or a lone adjective ("het Canadese" + "Moosonee"), a termbase or
gazetteer name, or an acronym (`join_acronyms` decides those).
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import FixContext
from pipeline.extract.entities.words import ACRONYM, MAX_NAME_TOKENS, known, span_label, words
from pipeline.labels import first_names

# A place or a nationality is a name of its own: "het Australische" + "Beerwah" are two.
SEPARATE_TYPES = ("GPE", "LOC", "NORP")


def adjacent_names(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Join each pair of touching capitalised model entities that form one name."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: s.start):
        prev = out[-1] if out else None
        label = _joined_label(prev, span) if prev is not None else None
        if prev is not None and label is not None:
            out[-1] = Span(span.doc, prev.start, span.end, label=label)
            continue
        out.append(span)
    return out


def _joined_label(prev: Span, span: Span) -> str | None:
    """The label of `prev` + `span` as one name, or None when they are two."""
    if (
        prev.end != span.start
        or "\n" in prev[-1].whitespace_
        or len(prev) + len(span) > MAX_NAME_TOKENS
        or not all(_name_part(part) for part in (prev, span))
    ):
        return None
    kinds = (span_label(prev), span_label(span))
    if kinds[0] == kinds[1]:
        return prev.label_
    if kinds[0] == "PERSON":
        return span.label_
    return prev.label_ if kinds[1] == "PERSON" else None


def _name_part(span: Span) -> bool:
    """A model entity of capitalised words that may be part of a longer name."""
    return (
        not known(span)
        and not (len(span) == 1 and ACRONYM.match(span.text))
        and span_label(span) not in SEPARATE_TYPES
        and not (len(span) == 1 and span[0].pos_ == "ADJ")
        and span[0].text not in first_names()
        and not any(t.lower_ in words().surname_particles for t in span)
        and all(t.text[:1].isupper() and t.is_alpha for t in span)
    )
