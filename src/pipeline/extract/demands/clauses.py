"""The clause around a cue: its limits are punctuation and subordinators, spanning insertions.

Small parsers attach across commas and quote marks freely; punctuation and subordinating
conjunctions are the limits a reader uses, so they are the limits here. An insertion ("De regering
moet, zo zegt X, nu ingrijpen", see `insertions.py`) is stepped over.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.model import Clause, Found
from pipeline.text.grammar import is_boundary, opens_subordinate_clause


def clause_bounds(
    ctx: DemandContext, sent: Span, i: int, *, at_subordinator: bool
) -> tuple[int, int, Token | None]:
    """Token range [lo, hi) of the clause around token `i`, and its subordinator if any (when
    `at_subordinator`, a subordinating conjunction before `i` ends the clause)."""
    doc, view, opens, closes = ctx.doc, ctx.view, ctx.opens, ctx.closes
    lo, subordinator = i, None
    while lo > sent.start:
        prev = doc[lo - 1]
        if prev.i in closes:
            lo = closes[prev.i]  # step over "Het kabinet, aldus de bond, moet ..."
            continue
        if is_boundary(view, prev.i):
            break
        if at_subordinator and opens_subordinate_clause(view, prev.i):
            subordinator = prev
            break
        lo -= 1
    hi = min(i + 1, sent.end)  # i may be the sentence's end: "Het is hoog tijd dat" + nothing
    while hi < sent.end:
        if hi in opens:
            hi = opens[hi] + 1  # step over "moet, zo zegt de bond, nu ingrijpen"
            continue
        listed = _enumeration_end(ctx, hi, sent.end)
        if listed is not None:
            hi = listed  # "vragen omwonenden, getuigen en anderen op om …": one object
            continue
        if is_boundary(view, hi):
            break
        hi += 1
    while lo < hi and (doc[lo].pos_ == "CCONJ" or doc[lo].is_punct):
        lo += 1
    return lo, hi, subordinator


def _enumeration_end(ctx: DemandContext, comma: int, end: int) -> int | None:
    """Where a noun-phrase list that a comma at `comma` continues ends, when the clause goes on
    after it: "omwonenden, mogelijke getuigen en anderen | op om …". The comma must follow a noun
    and open noun-phrase words up to "en"/"of" and at least one more; else None."""
    doc = ctx.doc
    if doc[comma].text != "," or comma == 0 or doc[comma - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    j, joined = comma + 1, False
    while j < end and (
        doc[j].pos_ in _LIST_WORDS or doc[j].lower_ in ctx.cues.reader_calls.coordinators
    ):
        joined = joined or doc[j].lower_ in ctx.cues.reader_calls.coordinators
        j += 1
    last = doc[j - 1]
    if not joined or j >= end or is_boundary(ctx.view, j) or last.lower_ in ("en", "of", "maar"):
        return None
    return j


_LIST_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})


def trim_end(ctx: DemandContext, lo: int, hi: int) -> int:
    """The end of a demand's text without trailing punctuation and whitespace."""
    doc = ctx.doc
    while hi > lo + 1 and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    return hi


def demand_in(
    ctx: DemandContext,
    read: Clause,
    modality: str,
    *,
    actor: str | None,
    addressee: str | None,
    action: str | None,
    refers_back: bool = False,
    subheading: bool = False,
) -> Found:
    """The demand a finder read in clause `read`: its text is the clause without trailing
    punctuation."""
    return Found(
        kind=read.kind,
        cue=read.cue.i,
        start=read.lo,
        end=trim_end(ctx, read.lo, read.hi),
        modality=modality,
        actor=actor,
        addressee=addressee,
        action=action,
        refers_back=refers_back,
        subheading=subheading,
    )
