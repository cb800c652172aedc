"""Name suffixes: a one-word name's ending gives its type — "Spreidingswet" is a LAW,
"Stationsstraat" a LOC (data/name_suffixes.csv). Of longer names only a place ending counts:
"Willem Dreesweg" is a LOC, "Tijdelijke Spreidingswet" keeps the model's type. A word equal to the
ending ("Weg") is not matched.

`street_names` adds the streets the model missed: a capitalised word with a street ending inside a
sentence ("aan de Apeldoornseweg in Hoenderloo", "door de Kerkstraat"), with a title or role before it
that the street is named after ("op de Burgemeester Vermeulenweg"). A sentence-initial capital
proves nothing ("Snelweg A2 dicht"), nor does a word that no entity may hold (a known name).
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import Candidate, FixContext
from pipeline.extract.entities.fixes.word_index import street_word
from pipeline.extract.entities.names import sentence_initial, suffix_label
from pipeline.extract.entities.roles import role_word
from pipeline.extract.entities.words import tokens_of


def name_suffix(ctx: FixContext, candidate: Candidate) -> Span | None:
    """The type the last word's ending gives: for a one-word name any, for longer ones LOC only."""
    span = candidate.span
    kind = suffix_label(ctx.texts[span.end - 1])
    if kind and (len(span) == 1 or kind == "LOC"):
        return Span(span.doc, span.start, span.end, label=kind)
    return None


def titled_street(ctx: FixContext, candidate: Candidate) -> Candidate:
    """ "Burgemeester" + "Vermeulenweg": a street with a street ending takes the capitalised title
    or role right before it, which it is named after."""
    span = candidate.span
    prev = span.start - 1
    if (
        suffix_label(ctx.texts[span.end - 1]) == "LOC"
        and prev >= 0
        and prev not in ctx.known_tokens
        and ctx.texts[prev].istitle()
        and role_word(ctx.texts[prev])
    ):
        return Candidate(Span(span.doc, prev, span.end, label="LOC", span_id=span.id))
    return candidate


def street_names(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Add the one-word streets (with a title before them) that no entity covers, as LOC."""
    if not ctx.where(street_word):
        return [*spans]  # most Docs name no street: the covered tokens are not collected
    doc, taken, found = ctx.doc, tokens_of(spans), []
    for i in ctx.where(street_word):
        if i in taken:
            continue
        start = i - 1 if i > 0 and i - 1 not in taken and role_word(ctx.texts[i - 1]) else i
        if start == i and i > 0 and ctx.texts[i - 1].istitle():
            continue  # the end of a longer name the model did not take
        street = Span(doc, start, i + 1, label="LOC")
        if not sentence_initial(street):
            found.append(street)
            taken.update(range(start, i + 1))
    return [*spans, *found]
