"""Noun phrases: by the parse (`phrase`) or by Dutch word order (`np_after`), and as text.

Small parsers attach modifiers freely, so a party's words are the parse's phrase of its head cut
before verbs, adverbs and a second noun phrase ("de dienst de ouders"), or, where the parse has no
subject, the run of determiners, adjectives, nouns and names that word order puts there
("Daarnaast zouden zorgverzekeraars beter moeten ..."). Words: `np_links` and `agent_nouns` in
data/demand_cues.yaml.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import is_agent_noun, is_nominal


def phrase(
    ctx: DemandContext, head: Token, lo: int, hi: int, stop: set[int] | None = None
) -> list[Token]:
    """The noun phrase of `head`, clipped to [lo, hi) and cut before verbs and `stop` tokens."""
    doc = ctx.doc
    left = max(head.left_edge.i, lo)
    right = min(head.right_edge.i + 1, hi)
    tokens = []
    for token in doc[left:right]:
        blocked = (stop and token.i in stop) or (
            token.i > head.i
            and (
                (token.pos_ in ("VERB", "AUX", "ADV") and token.dep_ != "acl")
                # "de dienst de ouders": a determiner right after a noun opens the object
                or (token.pos_ == "DET" and doc[token.i - 1].pos_ in ("NOUN", "PROPN"))
            )
        )
        if blocked:
            if token.i > head.i:
                break
            tokens = []
            continue
        tokens.append(token)
    return tokens or [head]


def np_after(ctx: DemandContext, i: int, hi: int) -> list[Token]:
    """The noun phrase that starts at token `i`: determiners, adjectives, nouns, names."""
    cues = ctx.cues
    tokens: list[Token] = []
    for token in ctx.doc[i:hi]:
        if token.pos_ in ("ADJ", "DET") and tokens and is_nominal(cues, tokens[-1]):
            break  # "zorgverzekeraars beter moeten": the adjective is predicative
        if (
            (token.pos_ == "NOUN" or is_agent_noun(cues, token))
            and tokens
            and tokens[-1].pos_ in ("NOUN", "PROPN")
            and (tokens[-1].is_lower)
        ):
            break  # "zorgverzekeraars praktijkhouders": subject, then object
        if (
            token.pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN")
            or is_agent_noun(cues, token)
            or _named(ctx, token)
            or (tokens and token.lower_ in cues.np_links and token.i + 1 < hi)
        ):
            tokens.append(token)
        elif token.pos_ == "PRON" and not tokens:
            return [token]
        else:
            break
    while tokens and (tokens[-1].lower_ in cues.np_links or tokens[-1].pos_ == "DET"):
        tokens.pop()
    return tokens if any(is_nominal(cues, t) or _named(ctx, t) for t in tokens) else []


def _named(ctx: DemandContext, token: Token) -> bool:
    """Part of an entity's name, whatever the tagger called it ("Unizo" as an adjective)."""
    return ctx.index.at(token.idx, token.idx + len(token.text)) is not None


def np_head(ctx: DemandContext, tokens: list[Token]) -> Token:
    """First noun, name or pronoun of a word-order noun phrase."""
    return next((t for t in tokens if is_nominal(ctx.cues, t) or t.pos_ == "PRON"), tokens[-1])


def join(tokens: list[Token]) -> str:
    """Tokens as text, spaced as written except where tokens were left out."""
    text = ""
    for i, token in enumerate(tokens):
        text += token.text
        if i + 1 < len(tokens):
            adjacent = tokens[i + 1].i == token.i + 1
            text += token.whitespace_ if adjacent else " "
    return " ".join(text.split())


def char_spans(tokens: Iterable[Token]) -> list[tuple[int, int]]:
    """The character range of each token."""
    return [(t.idx, t.idx + len(t.text)) for t in tokens]


def listed(ctx: DemandContext, tokens: list[Token], hi: int) -> list[Token]:
    """`tokens` with the items of a list that goes on after them before `hi`: "omwonenden,
    mogelijke getuigen en anderen" (a comma, then noun phrases up to a coordinator's last one)."""
    doc, out = ctx.doc, list(tokens)
    while out and out[-1].i + 1 < hi and doc[out[-1].i + 1].text == ",":
        item = np_after(ctx, out[-1].i + 2, hi)
        if not item:
            break
        out += [doc[out[-1].i + 1], *item]
        if any(t.pos_ == "CCONJ" for t in item):
            break
    return out if any(t.pos_ == "CCONJ" for t in out[len(tokens) :]) else list(tokens)
