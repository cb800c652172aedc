"""Bodies named after a place: "Veiligheidsregio Drenthe", "Provincie Groningen", "het Ziekenhuis
Assen" — a capitalised organisation word (data/org_kinds.csv) right before a place the gazetteer
knows is one organisation, an ORG, where the gazetteer would give the place alone. A lower-case
word names the place ("in de provincie Drenthe", "de gemeente Utrecht" keep "Drenthe" and
"Utrecht"), so does a capital explained by the sentence start ("Veiligheidsregio Drenthe meldt …"
at a sentence start stays as it is), and a word that belongs to another entity or ends a line is
not taken. Termbase names are never extended: they are bodies already.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import FixContext
from pipeline.extract.entities.names import org_kind_ending, org_word, sentence_initial
from pipeline.extract.entities.words import PLACE_PREFIX


def place_bodies(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Each gazetteer place after a capitalised organisation word, as one ORG with that word."""
    after_kind = {i + 1 for i in ctx.where(org_kind_ending)}  # (`org_word` passes it too)
    if not any(s.start in after_kind for s in spans):
        return spans  # no entity right after an organisation word: the common case
    taken = {i for s in spans for i in range(s.start, s.end)}
    return [_body(ctx, s, taken) or s for s in spans]


def _body(ctx: FixContext, span: Span, taken: set[int]) -> Span | None:
    prev = span.start - 1
    if prev < 0 or prev in taken or not span.id_.startswith(PLACE_PREFIX):
        return None
    text = ctx.texts[prev]  # spaCy's `is_title` is `str.istitle`: a Token only for a body word
    if not (text.istitle() and org_word(text)) or "\n" in ctx.doc[prev].whitespace_:
        return None
    body = Span(ctx.doc, prev, span.end, label="ORG")
    return None if sentence_initial(body) else body
