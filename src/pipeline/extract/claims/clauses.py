"""Clauses of a `ClaimSentence` and their subjects.

Subjects follow Dutch clause structure (ANS §10, §13) read from POS tags rather than from the parse
alone, since the parser's attachments are the least reliable layer of a small model: a main clause
has its subject first or right after the finite verb (V2), a subordinate clause right after its
conjunction, a relative clause in its antecedent. The parse is a fallback (`parsed_subject`).
"""

from __future__ import annotations

from pipeline.extract.claims.context import CLAUSE_PUNCT, HEAD_POS, ClaimSentence, cues
from pipeline.extract.claims.phrases import acceptable, is_time, np, np_left
from pipeline.extract.claims.words import finite, nounlike, pronoun, relative, subordinator
from pipeline.extract.numbers import Quantity
from pipeline.extract.resolve import EntityIndex


def clause_start(s: ClaimSentence, k: int) -> tuple[int, str]:
    """First word of the clause holding word k, and how it opens: "rel", "sub" or "main"."""
    for a in range(k - 1, -1, -1):
        if a in s.claimed:
            continue
        if relative(s, a):
            return a + 1, "rel"
        if subordinator(s, a):
            return a + 1, "sub"
        if s.words[a].text in CLAUSE_PUNCT and not list_comma(s, a):
            return a + 1, "main"
    return 0, "main"


def list_comma(s: ClaimSentence, a: int) -> bool:
    """A comma between nouns of a list closed by "en"/"of" ("musea, theaters en poppodia"):
    it joins words of one noun phrase, it opens no clause."""
    w = s.words
    if w[a].text != "," or a == 0 or not nounlike(s, a - 1):
        return False
    k = a + 1
    while k < len(w) and (nounlike(s, k) or w[k].pos in {"DET", "ADJ"} or w[k].text == ","):
        k += 1
    return k > a + 1 and s.low(k) in cues().list_conjunctions and nounlike(s, k - 1)


def claim_at(s: ClaimSentence, k: int) -> Quantity | None:
    """The quantity covering word k, if any."""
    return next((q for q in s.found if q.i <= k < q.j), None)


def first_np(s: ClaimSentence, a: int, unit: str, index: EntityIndex) -> str | None:
    """Subject of a clause whose subject comes first from word a on: adverbs, "er",
    prepositional phrases, times and other claims are passed over; a pronoun ends the search."""
    w = s.words
    k = a
    while k < len(w) and w[k].text not in CLAUSE_PUNCT:
        claim = claim_at(s, k)
        if claim is not None:
            k = claim.j
            continue
        if w[k].pos in {"VERB", "AUX", "SCONJ"} or pronoun(s, k):
            return None
        if w[k].pos == "ADP":
            span = np(s, k + 1)
            k = span[1] if span else k + 1
            continue
        span = np(s, k)
        if span is None:
            k += 1
            continue
        if is_time(s, span):
            k = span[1]
            continue
        return s.text(w, *span) if acceptable(s, span, unit, index) else None
    return None


def clause_subject(s: ClaimSentence, q: Quantity, index: EntityIndex) -> str | None:
    """Subject of the clause the claim stands in (see the module doc); the parse as fallback."""
    a, kind = clause_start(s, q.i)
    w = s.words
    if kind == "rel":
        k = a - 1 if w[a - 2].text != "," else a - 2
        span = np_left(s, k)
        return s.text(w, *span) if span and acceptable(s, span, q.unit, index) else None
    if kind == "sub":
        return first_np(s, a, q.unit, index) or parsed_subject(s, q, index)
    while a < len(w) and w[a].pos == "CCONJ":
        a += 1
    if a >= len(w):
        return None
    claim = claim_at(s, a)
    if claim is not None and claim is not q:
        return s.subjects.get(claim.i)
    if a > 0 and finite(s, a):
        return first_np(s, 0, q.unit, index)  # "Het aantal …, daalde": the sentence's subject
    span = np(s, a)
    if span is not None and not is_time(s, span):
        return s.text(w, *span) if acceptable(s, span, q.unit, index) else None
    verb = next(
        (k for k in range(a + 1, len(w)) if k not in s.claimed and finite(s, k)),
        a + 1 if w[a].pos == "ADV" else None,
    )
    if verb is not None:
        return first_np(s, verb + 1, q.unit, index)
    return parsed_subject(s, q, index)


def parsed_subject(s: ClaimSentence, q: Quantity, index: EntityIndex) -> str | None:
    """Subject of the first verb above the claim in the parse, when it lies in this sentence."""
    span = s.view.doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for _ in range(4):
        if token.pos_ in {"VERB", "AUX"} or token.head is token:
            break
        token = token.head
    for child in token.children:
        if child.dep_.startswith("nsubj") and child.pos_ in HEAD_POS:
            if q.start <= child.idx < q.end or not s.sent.start <= child.i < s.sent.end:
                continue
            k = next((n for n, w in enumerate(s.words) if w.start == child.idx), None)
            if k is None:
                continue
            first = k
            while first > 0 and s.words[first - 1].pos in {"DET", "ADJ"}:
                first -= 1
            if acceptable(s, (first, k + 1), q.unit, index):
                return s.text(s.words, first, k + 1)
    return None
