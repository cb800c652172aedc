"""Noun phrases: by the parse (`phrase`) or by Dutch word order (`np_after`), and as text.

Small parsers attach modifiers freely, so a party's words are the parse's phrase of its head cut
before verbs, adverbs and a second noun phrase ("de dienst de ouders"), or, where the parse has no
subject, the run of determiners, adjectives, nouns and names that word order puts there
("Daarnaast zouden zorgverzekeraars beter moeten ..."). Words: `np_links` and `agent_nouns` in
data/demand_cues.yaml.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.strings import get_string_id
from spacy.tokens import Token

from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import (
    is_agent_noun_at,
    is_nominal,
    is_nominal_at,
)

_ACL = get_string_id("acl")  # (`DocView.dep_ids`)


def phrase(
    ctx: DemandContext, head: Token, lo: int, hi: int, stop: set[int] | None = None
) -> list[Token]:
    """The noun phrase of `head`, clipped to [lo, hi) and cut before verbs and `stop` tokens
    (read from the view's columns; a `Token` only for the words kept)."""
    view = ctx.view
    pos, dep, h = view.pos, view.dep_ids, head.i
    left = max(head.left_edge.i, lo)
    right = min(head.right_edge.i + 1, hi)
    kept: list[int] = []
    for k in range(left, right):
        blocked = (stop and k in stop) or (
            k > h
            and (
                (pos[k] in ("VERB", "AUX", "ADV") and dep[k] != _ACL)
                # "de dienst de ouders": a determiner right after a noun opens the object
                or (pos[k] == "DET" and pos[k - 1] in ("NOUN", "PROPN"))
            )
        )
        if blocked:
            if k > h:
                break
            kept = []
            continue
        kept.append(k)
    return [ctx.doc[k] for k in kept] or [head]


def np_after(ctx: DemandContext, i: int, hi: int) -> list[Token]:
    """The noun phrase that starts at token `i`: determiners, adjectives, nouns, names (read
    from the view's columns; a `Token` only for the words kept)."""
    return [ctx.doc[k] for k in np_after_at(ctx, i, hi)]


def np_after_at(ctx: DemandContext, i: int, hi: int) -> list[int]:
    """`np_after` as token numbers."""
    cues, view = ctx.cues, ctx.view
    pos, lower = view.pos, view.lower
    kept: list[int] = []
    for k in range(i, min(hi, len(pos))):
        if pos[k] in ("ADJ", "DET") and kept and is_nominal_at(cues, view, kept[-1]):
            break  # "zorgverzekeraars beter moeten": the adjective is predicative
        agent = is_agent_noun_at(cues, view, k)
        if (
            (pos[k] == "NOUN" or agent)
            and kept
            and pos[kept[-1]] in ("NOUN", "PROPN")
            and view.orth[kept[-1]].islower()
        ):
            break  # "zorgverzekeraars praktijkhouders": subject, then object
        if (
            pos[k] in ("DET", "ADJ", "NUM", "NOUN", "PROPN")
            or agent
            or named_at(ctx, k)
            or (kept and lower[k] in cues.np_links and k + 1 < hi)
        ):
            kept.append(k)
        elif pos[k] == "PRON" and not kept:
            return [k]
        else:
            break
    while kept and (lower[kept[-1]] in cues.np_links or pos[kept[-1]] == "DET"):
        kept.pop()
    named = any(is_nominal_at(cues, view, k) or named_at(ctx, k) for k in kept)
    return kept if named else []


def named_at(ctx: DemandContext, k: int) -> bool:
    """Token k is part of an entity's name, whatever the tagger called it ("Unizo" as an
    adjective)."""
    return ctx.index.at(ctx.view.starts[k], ctx.view.end(k)) is not None


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
