"""Which person of the article a pronoun or a mention stands for.

"Marieke Jansen opende het pand. ‘…’, zei ze." → Jansen: the most recent person named outside
quotes whose gender fits (`person_before`, gender from a given name, role or title: the
`given_name` and `speaker_noun` sections of `data/quote_words.csv`); "De vrouw, die … ‘…’, zei
ze." → "vrouw": an unnamed person introduced after the last named one (`referent_noun`, section
`referent_noun`).
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.quotes.context import QuoteContext
from pipeline.schema import Entity


def entity_in(ctx: QuoteContext, start: int, end: int) -> Entity | None:
    """A person mentioned in [start, end), else any entity mentioned there."""
    found: list[Entity] = []
    for entity in ctx.index.entities:
        if any(m.start < end and m.end > start for m in entity.mentions):
            found.append(entity)
    persons = [e for e in found if e.label == "PERSON"]
    return (persons or found or [None])[0]


def gender(ctx: QuoteContext, entity: Entity) -> str:
    """'m', 'f' or '' from the first name, the role, or a title right before a mention."""
    lex = ctx.lex
    first = entity.name.split()[0].casefold() if entity.name.split() else ""
    if first in lex.given_names:
        return lex.given_names[first]
    if entity.role and entity.role.casefold() in lex.gender_words:
        return lex.gender_words[entity.role.casefold()]
    for mention in entity.mentions:
        before = ctx.text[max(0, mention.start - 20) : mention.start].split()
        if before and before[-1].casefold() in lex.gender_words:
            return lex.gender_words[before[-1].casefold()]
    return ""


def person_before(ctx: QuoteContext, offset: int, wanted: str) -> Entity | None:
    """Most recent person before `offset` outside quotes, preferring the `wanted` gender."""
    fallback = None
    for _ in range(100):
        entity = ctx.index.last_before(offset, "PERSON")
        if entity is None:
            break
        mention = max(
            (m for m in entity.mentions if m.end <= offset), key=lambda m: m.end, default=None
        )
        if mention is None:
            break
        offset = mention.start
        if ctx.quoted(mention.start):
            continue
        if not wanted or gender(ctx, entity) in {"", wanted}:
            return entity
        fallback = fallback or entity
    return fallback


def referent_noun(
    ctx: QuoteContext, entity: Entity | None, offset: int, wanted: str
) -> Token | None:
    """An unnamed person ("De vrouw, die …") the pronoun at `offset` refers to instead of the
    last named one: a definite noun of the pronoun's gender between the named person's last
    mention and the pronoun, outside quotes, not the object of "van" ("advocaat van de man")."""
    since = max((m.end for m in entity.mentions if m.end <= offset), default=0) if entity else 0
    words = ctx.lex.words
    found = None
    for token in ctx.tokens(since, offset):
        if ctx.lex.referent_nouns.get(token.lower_) != wanted or token.i < 2:
            continue
        det, prep = ctx.doc[token.i - 1], ctx.doc[token.i - 2]
        if det.lower_ in words.referent_determiner and prep.lower_ not in words.role_link:
            found = token
    return found
