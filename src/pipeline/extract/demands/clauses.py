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
from pipeline.text.grammar import VERBAL, is_finite, opens_subordinate_clause


def clause_bounds(
    ctx: DemandContext, sent: Span, i: int, *, at_subordinator: bool
) -> tuple[int, int, Token | None]:
    """Token range [lo, hi) of the clause around token `i`, and its subordinator if any (when
    `at_subordinator`, a subordinating conjunction before `i` ends the clause). Walks the view's
    columns: every cue of every finder passes here."""
    view, opens, closes, quote = ctx.view, ctx.opens, ctx.closes, ctx.quote
    # pre-checks inline, as every step of every walk asks them: boundaries are a per-Doc column,
    # only a title-case token can be a glued start, a coordinator a coordinated clause's, a quote
    # mark a scare quote's
    orth, pos = view.orth, view.pos
    lo, subordinator = i, None
    while lo > sent.start:
        prev = lo - 1
        if prev in closes:
            lo = closes[prev]  # step over "Het kabinet, aldus de bond, moet ..."
            continue
        scare = _scare_quote(ctx, prev, -1, sent) if quote[prev] else None
        if scare is not None:
            lo = scare  # step over 'een "air-gapped" versie die … dient te blijven'
            continue
        if ctx.boundary[prev] and not _list_comma(ctx, prev, lo, i):
            break
        if glued_start(ctx, lo) or (
            pos[prev] == "CCONJ" and _coordinated_clause(ctx, sent.start, prev)
        ):
            break
        if at_subordinator and opens_subordinate_clause(view, prev):
            subordinator = ctx.doc[prev]
            break
        lo -= 1
    hi = min(i + 1, sent.end)  # i may be the sentence's end: "Het is hoog tijd dat" + nothing
    while hi < sent.end:
        if hi in opens:
            hi = opens[hi] + 1  # step over "moet, zo zegt de bond, nu ingrijpen"
            continue
        scare = _scare_quote(ctx, hi, 1, sent) if quote[hi] else None
        if scare is not None:
            hi = scare + 1
            continue
        if ctx.boundary[hi] and not _list_continues(ctx, hi):
            break
        if hi > i and (
            (orth[hi].istitle() and glued_start(ctx, hi))
            or (pos[hi] == "CCONJ" and _coordinated_clause(ctx, i, hi))
        ):
            break
        hi += 1
    while lo < hi and (view.pos[lo] == "CCONJ" or view.is_punct[lo]):
        lo += 1
    return lo, hi, subordinator


_GLUED_POS = frozenset({"DET", "PRON", "ADV", "SCONJ", "CCONJ"})


_MAX_SCARE_WORDS = 3


def _scare_quote(ctx: DemandContext, mark: int, step: int, sent: Span) -> int | None:
    """The other mark of a pair of quote marks at `mark` (looking in direction `step`) around at
    most three words that no quote holds: a scare quote or a term ('"air-gapped"', "‘gemelde’
    gevallen") is part of its clause, not a limit."""
    if not ctx.quote[mark]:
        return None
    orth = ctx.view.orth
    k = mark + step
    words = 0
    while sent.start <= k < sent.end and not ctx.quote[k]:
        word = orth[k].replace("-", "").isalpha()
        if not (word or orth[k] == "-") or words >= _MAX_SCARE_WORDS:
            return None
        words += word
        k += step
    if not (sent.start <= k < sent.end) or words == 0:
        return None
    start = ctx.view.starts[min(mark, k)]
    if any(q.start <= start + 1 <= q.end for q in ctx.quotes):
        return None  # a real quote, however short
    return k


def _coordinated_clause(ctx: DemandContext, i: int, at: int) -> bool:
    """A coordinator at `at` that joins a new clause to a finished one: "Unizo eist dat de
    facturen betaald worden en pleit voor …" -- a finite verb in [i, at) and a finite verb
    right after the coordinator (adverbs aside); the clause after it starts there, the one
    before ends there. "moet X wegwerken en Y aanpakken" coordinates infinitives in one clause."""
    view = ctx.view
    pos = view.pos
    if pos[at] != "CCONJ":
        return False
    nxt = next((k for k in range(at + 1, min(at + 4, len(pos))) if pos[k] != "ADV"), None)
    if nxt is None or not (is_finite(view, nxt) and pos[nxt] in VERBAL):
        return False
    if at > 0 and view.lower[nxt].endswith("en") and view.lower[at - 1].endswith("en"):
        return False  # "een community bouwen en investeren": two infinitives, one clause
    return any(is_finite(view, k) and pos[k] in VERBAL for k in range(i, at))


def glued_start(ctx: DemandContext, i: int) -> bool:
    """Token i starts a sentence glued to a sub-heading without a full stop ("Neem contact op met
    de politie Iedereen met tips … wordt opgeroepen", "Tips en informatie De recherche is …"): a
    capitalised function word after a word, where no name stands ("volgens De Telegraaf", "De
    Jong" are names)."""
    view = ctx.view
    if i == 0 or i >= len(view):
        return False
    word = view.orth[i]
    if view.pos[i] not in _GLUED_POS or not word.istitle() or view.is_punct[i - 1]:
        return False  # (`istitle` is spaCy's `is_title`)
    if view.is_space[i - 1] or ctx.quote[i - 1]:
        return False
    if i + 1 < len(view) and (view.orth[i + 1].istitle() or view.pos[i + 1] == "PROPN"):
        return False
    start = view.starts[i]
    return ctx.index.at(start, start + len(word)) is None


_LIST_POS = frozenset({"NOUN", "PROPN", "ADJ", "DET", "CCONJ", "NUM"})


def _list_comma(ctx: DemandContext, comma: int, lo: int, i: int) -> bool:
    """A comma between the items of a list: "Iedereen met tips, camerabeelden en/of andere
    informatie wordt opgeroepen …", "We vragen omwonenden, getuigen en anderen op …" -- a name
    or noun before it, and in [lo, i) after it a coordinator inside a run of nominal words
    before any verb."""
    view = ctx.view
    pos = view.pos
    if view.orth[comma] != "," or comma == 0 or pos[comma - 1] not in ("NOUN", "PROPN"):
        return False
    words = [k for k in range(lo, i) if not view.is_punct[k]]
    verbs = [n for n, k in enumerate(words) if pos[k] in VERBAL]
    nominal = words[: verbs[0]] if verbs else words
    return any(n > 0 and pos[k] == "CCONJ" for n, k in enumerate(nominal)) and all(
        pos[k] in _LIST_POS for k in nominal
    )


def _list_continues(ctx: DemandContext, comma: int) -> bool:
    """A list goes on after the comma at `comma` and ends inside the same clause: its last item
    is followed by the clause's closing infinitive, participle or particle ("de huren, de prijzen
    en de premie bevriezen", "roept omwonenden, getuigen en anderen op"; not "…, de bond en de
    FNV zijn boos")."""
    pos, end = ctx.view.pos, comma + 1
    while end < len(pos) and pos[end] in _LIST_POS:
        end += 1
    if end >= len(pos) or pos[end] not in ("VERB", "ADP") or is_finite(ctx.view, end):
        return False  # only a verb or particle ending the same clause may follow
    return _list_comma(ctx, comma, comma + 1, end)


def quote_end(ctx: DemandContext, i: int, end: int) -> int:
    """`end`, or the closing mark of the quotation holding token i when it comes first: a demand
    said in a quotation ends there ("‘Blijf binnen’, zegt de burgemeester" asks "Blijf binnen";
    the attribution after it is asked of no one)."""
    char = ctx.view.starts[i]
    for quote in ctx.quotes:
        if quote.start <= char < quote.end:
            return min(end, ctx.view.first_token_from(quote.end))
    return end


def trim_end(ctx: DemandContext, lo: int, hi: int) -> int:
    """The end of a demand's text without trailing punctuation and whitespace."""
    view = ctx.view
    while hi > lo + 1 and (view.is_punct[hi - 1] or view.is_space[hi - 1]):
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
