"""Descriptor-named organisations: "zorgorganisatie Zuidzorg", "onderzoeksbureau Panteia" — a
lower-case noun naming a kind of body (data/org_kinds.csv), then capitalised words on the same line
that the model missed, are an ORG. Also at a sentence start, where the noun is capitalised by its
place ("Rederij Wagenborg schrapt …"). "een zorgorganisatie in Zeeland" names none: the name must
follow the noun directly.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import FixContext
from pipeline.extract.entities.names import org_kind_ending, org_word
from pipeline.extract.entities.roles import role_word
from pipeline.extract.entities.words import (
    MAX_NAME_TOKENS,
    NAME_TOKEN,
    tokens_of,
    words,
)
from pipeline.text.grammar import SENTENCE_END


def descriptor_named(ctx: FixContext, spans: list[Span]) -> list[Span]:
    """Add the capitalised words (at most MAX_NAME_TOKENS, no entity yet) after a descriptor noun."""
    doc, taken, found = ctx.doc, tokens_of(spans), []
    for i in ctx.where(org_kind_ending):  # else `org_word` fails: no Token built
        if i + 1 == len(doc):
            break
        token = doc[i]
        # lower case, or capitalised only by its place: "Rederij Wagenborg schrapt ..." at a start
        prev = doc[token.i - 1] if token.i else None
        opening = token.is_title and (
            prev is None
            or prev.text in SENTENCE_END
            or "\n" in prev.text
            or "\n" in prev.whitespace_
        )
        if not ((token.is_lower or opening) and org_word(token.text)) or "\n" in token.whitespace_:
            continue
        end = token.i + 1
        while (
            end < len(doc)
            and end not in taken
            and end - token.i <= MAX_NAME_TOKENS
            and NAME_TOKEN.match(doc[end].text)
            and not role_word(doc[end].text)
            and (end == token.i + 1 or "\n" not in doc[end - 1].whitespace_)
        ):
            end += 1
        if end > token.i + 1 and doc[end - 1].lower_ not in words().name_determiners:
            found.append(Span(doc, token.i + 1, end, label="ORG"))
    return [*spans, *found]
