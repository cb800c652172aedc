"""A clause's subject: from the parse where it has one, else by Dutch word order.

The parse is used where it is reliable; where a small model finds no subject, Dutch word order
names it: right after the conjunction of a subordinate clause, in the first position before the
finite verb of a main clause, or right after the verb when an adverb or a prepositional phrase
comes first ("Daarnaast zouden zorgverzekeraars ..."). Words: `existential_er`, `connectives`
in data/demand_cues.yaml. A subject's words are a pure function of its bounds: nothing is cached.
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import is_nominal
from pipeline.extract.demands.model import Subject
from pipeline.extract.demands.phrases import np_after, np_head, phrase

SUBJECT_DEPS = ("nsubj", "nsubj:pass")
_SUBJECT_DEP_IDS = frozenset(map(get_string_id, SUBJECT_DEPS))  # (`DocView.dep_ids`)
NP_POS = frozenset({"NOUN", "PROPN", "PRON"})


def parsed(head: Token | None) -> Subject | None:
    """A subject the parse found: its head; its words come from the parse when asked for."""
    return Subject(head) if head is not None else None


def subject(
    ctx: DemandContext, lo: int, hi: int, related: set[int], before: int | None = None
) -> Token | None:
    """The parsed subject in [lo, hi): one attached to a `related` verb first, else the nearest.

    With `before` (a subordinate clause's finite verb), only subjects in front of it count:
    Dutch subordinate clauses put the subject before the verb cluster.
    """
    cues, doc, dep = ctx.cues, ctx.doc, ctx.view.dep_ids
    end = min(hi if before is None else before, len(dep))
    candidates = [
        t
        for t in (doc[k] for k in range(lo, end) if dep[k] in _SUBJECT_DEP_IDS)  # (Tokens for few)
        if t.i not in ctx.inserted
        and t.i not in ctx.inserted
        and (is_nominal(cues, t) or t.pos_ == "PRON" or _in_entity(ctx, t))
        and t.lower_ not in cues.existential_er
        and not t.tag_.startswith(("VG", "VNW|betr"))
        and not t.head.dep_.startswith("acl")
        and not (t.left_edge.i < t.i and t.left_edge.pos_ == "ADP")  # "Volgens De Telegraaf"
    ]
    for token in candidates:
        if token.head.i in related or any(c.i in related for c in token.head.children):
            return token
    if candidates:
        anchor = min(related)
        return min(candidates, key=lambda t: abs(t.i - anchor))
    return None


def subject_by_order(
    ctx: DemandContext, lo: int, finite: Token, hi: int, subordinator: Token | None
) -> Subject | None:
    """Subject by Dutch word order when the parse has none.

    In a subordinate clause the subject comes right after the conjunction; in a main clause it
    fills the first position before the finite verb, or follows the verb when an adverb or a
    prepositional phrase comes first ("Daarnaast zouden zorgverzekeraars ...").
    """
    if subordinator is not None:
        start = max(lo, subordinator.i + 1)
        while start < hi and ctx.doc[start].lower_ in ctx.cues.connectives:
            start += 1
        tokens = np_after(ctx, start, hi)
        return _read_subject(ctx, tokens) if tokens else None
    first = np_after(ctx, lo, finite.i)
    if first:
        return _read_subject(ctx, first)
    if lo < finite.i:
        after = np_after(ctx, finite.i + 1, hi)
        if after:
            return _read_subject(ctx, after)
    return None


def first_position(ctx: DemandContext, lo: int, finite: Token) -> Subject | None:
    """The noun phrase that fills the first position of a main clause, right before its finite
    verb ("Unizo roept ondernemers op …"): the subject in Dutch V2 order, also where the parse
    made the object after the verb its subject."""
    tokens = np_after(ctx, lo, finite.i)
    if tokens and tokens[0].i == lo and tokens[-1].i == finite.i - 1:
        return _read_subject(ctx, tokens)
    return None


def subject_words(
    ctx: DemandContext, subj: Subject, lo: int, hi: int, stop: set[int] | None = None
) -> list[Token]:
    """The words of a subject within [lo, hi) without `stop` tokens: those word order read
    for it, else the parse's noun phrase of its head (`phrase`)."""
    if not subj.words:
        return phrase(ctx, subj.head, lo, hi, stop)
    words = [t for t in subj.words if lo <= t.i < hi and not (stop and t.i in stop)]
    return words or [subj.head]


def subject_left(ctx: DemandContext, sent: Span, lo: int) -> Token | None:
    """Subject of a coordinated verb: "Het CKM juicht ... toe, maar spoort ... aan"; never the
    subject of a subordinate clause in between ("Unizo eist dat de facturen betaald worden en
    pleit voor …": Unizo pleit)."""
    for token in reversed(ctx.doc[sent.start : lo]):
        if token.dep_ in SUBJECT_DEPS and token.pos_ in NP_POS and not _subordinate(token.head):
            return token
    return None


def _subordinate(verb: Token) -> bool:
    """`verb` heads a subordinate clause: a conjunction marks it, or it is a clausal dependent."""
    return verb.dep_ in ("ccomp", "advcl", "acl", "acl:relcl") or any(
        c.dep_ == "mark" for c in verb.children
    )


def _read_subject(ctx: DemandContext, tokens: list[Token]) -> Subject:
    return Subject(np_head(ctx, tokens), tuple(tokens))


def _in_entity(ctx: DemandContext, token: Token) -> bool:
    return ctx.index.at(token.idx, token.idx + len(token.text)) is not None
