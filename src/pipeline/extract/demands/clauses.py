"""The clause around a cue: its limits are punctuation and subordinators, spanning insertions.

Small parsers attach across commas and quote marks freely; punctuation and subordinating
conjunctions are the limits a reader uses, so they are the limits here. An insertion ("De regering
moet, zo zegt X, nu ingrijpen", see `insertions.py`) is stepped over.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.model import Clause, Found
from pipeline.extract.demands.phrases import join
from pipeline.text.grammar import (
    is_boundary,
    is_finite,
    is_quote_mark,
    opens_subordinate_clause,
)


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
        scare = _scare_quote(ctx, prev.i, -1, sent)
        if scare is not None:
            lo = scare  # step over 'een "air-gapped" versie die … dient te blijven'
            continue
        if is_boundary(view, prev.i) and not _list_comma(ctx, prev.i, lo, i):
            break
        if glued_start(ctx, lo) or _coordinated_clause(ctx, sent.start, prev.i):
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
        scare = _scare_quote(ctx, hi, 1, sent)
        if scare is not None:
            hi = scare + 1
            continue
        if is_boundary(view, hi) and not _list_continues(ctx, hi):
            break
        if hi > i and (glued_start(ctx, hi) or _coordinated_clause(ctx, i, hi)):
            break
        hi += 1
    while lo < hi and (doc[lo].pos_ == "CCONJ" or doc[lo].is_punct):
        lo += 1
    return lo, hi, subordinator


_GLUED_POS = frozenset({"DET", "PRON", "ADV", "SCONJ", "CCONJ"})


_MAX_SCARE_WORDS = 3


def _scare_quote(ctx: DemandContext, mark: int, step: int, sent: Span) -> int | None:
    """The other mark of a pair of quote marks at `mark` (looking in direction `step`) around at
    most three words that no quote holds: a scare quote or a term ('"air-gapped"', "‘gemelde’
    gevallen") is part of its clause, not a limit."""
    doc = ctx.doc
    if not ctx.quote[mark]:
        return None
    k = mark + step
    words = 0
    while sent.start <= k < sent.end and not ctx.quote[k]:
        word = doc[k].text.replace("-", "").isalpha()
        if not (word or doc[k].text == "-") or words >= _MAX_SCARE_WORDS:
            return None
        words += word
        k += step
    if not (sent.start <= k < sent.end) or words == 0:
        return None
    start = doc[min(mark, k)].idx
    if any(q.start <= start + 1 <= q.end for q in ctx.quotes):
        return None  # a real quote, however short
    return k


def _coordinated_clause(ctx: DemandContext, i: int, at: int) -> bool:
    """A coordinator at `at` that joins a new clause to a finished one: "Unizo eist dat de
    facturen betaald worden en pleit voor …" -- a finite verb in [i, at) and a finite verb
    right after the coordinator (adverbs aside); the clause after it starts there, the one
    before ends there. "moet X wegwerken en Y aanpakken" coordinates infinitives in one clause."""
    doc, view = ctx.doc, ctx.view
    if doc[at].pos_ != "CCONJ":
        return False
    nxt = next((t for t in doc[at + 1 : at + 4] if t.pos_ != "ADV"), None)
    if nxt is None or not (is_finite(view, nxt.i) and nxt.pos_ in ("VERB", "AUX")):
        return False
    if at > 0 and nxt.lower_.endswith("en") and doc[at - 1].lower_.endswith("en"):
        return False  # "een community bouwen en investeren": two infinitives, one clause
    return any(is_finite(view, t.i) and t.pos_ in ("VERB", "AUX") for t in doc[i:at])


def glued_start(ctx: DemandContext, i: int) -> bool:
    """Token i starts a sentence glued to a sub-heading without a full stop ("Neem contact op met
    de politie Iedereen met tips … wordt opgeroepen", "Tips en informatie De recherche is …"): a
    capitalised function word after a word, where no name stands ("volgens De Telegraaf", "De
    Jong" are names)."""
    doc = ctx.doc
    if i == 0 or i >= len(doc):
        return False
    token = doc[i]
    if token.pos_ not in _GLUED_POS or not token.is_title or doc[i - 1].is_punct:
        return False
    if doc[i - 1].is_space or is_quote_mark(doc[i - 1].text):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is not None and (nxt.is_title or nxt.pos_ == "PROPN"):
        return False
    return ctx.index.at(token.idx, token.idx + len(token.text)) is None


_LIST_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "CCONJ", "NUM"})


def _list_comma(ctx: DemandContext, comma: int, lo: int, i: int) -> bool:
    """A comma between the items of a list: "Iedereen met tips, camerabeelden en/of andere
    informatie wordt opgeroepen …", "We vragen omwonenden, getuigen en anderen op …" -- a name
    or noun before it, and in [lo, i) after it a coordinator inside a run of nominal words
    before any verb."""
    doc = ctx.doc
    if doc[comma].text != "," or comma == 0 or doc[comma - 1].pos_ not in ("NOUN", "PROPN"):
        return False
    words = [t for t in doc[lo:i] if not t.is_punct]
    verbs = [k for k, t in enumerate(words) if t.pos_ in ("VERB", "AUX")]
    nominal = words[: verbs[0]] if verbs else words
    return any(k > 0 and t.pos_ == "CCONJ" for k, t in enumerate(nominal)) and all(
        t.pos_ in _LIST_POS for t in nominal
    )


def _list_continues(ctx: DemandContext, comma: int) -> bool:
    """A list goes on after the comma at `comma` and ends inside the same clause: its last item
    is followed by the clause's closing infinitive, participle or particle ("de huren, de prijzen
    en de premie bevriezen", "roept omwonenden, getuigen en anderen op"; not "…, de bond en de
    FNV zijn boos")."""
    doc, end = ctx.doc, comma + 1
    while end < len(doc) and doc[end].pos_ in _LIST_POS:
        end += 1
    if end >= len(doc) or doc[end].pos_ not in ("VERB", "ADP") or is_finite(ctx.view, end):
        return False  # only a verb or particle ending the same clause may follow
    return _list_comma(ctx, comma, comma + 1, end)


def trim_end(ctx: DemandContext, lo: int, hi: int) -> int:
    """The end of a demand's text without trailing punctuation and whitespace."""
    doc = ctx.doc
    while hi > lo + 1 and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    return hi


def read_each(
    ctx: DemandContext, kind: str, read: Callable[[DemandContext, Span, Token], Found | None]
) -> list[Found]:
    """What `read` makes of each token that may carry a `kind` cue, in text order: the loop of
    every cue-word finder."""
    return [found for sent, token in ctx.cue_tokens(kind) if (found := read(ctx, sent, token))]


def demand_in(
    ctx: DemandContext,
    read: Clause,
    modality: str,
    *,
    actor: str | None,
    addressee: str | None,
    action: str | None,
    subheading: bool = False,
) -> Found:
    """The demand a finder read in clause `read`: its text is the clause without trailing
    punctuation; when the finder could not single out the action ("De renovatie kan niet langer
    wachten", a directive with nothing after its verb), the clause's words are what is asked."""
    end = trim_end(ctx, read.lo, read.hi)
    return Found(
        kind=read.kind,
        cue=read.cue.i,
        start=read.lo,
        end=end,
        modality=modality,
        actor=actor,
        addressee=addressee,
        action=action if action is not None else join(list(ctx.doc[read.lo : end])),
        subheading=subheading,
    )
