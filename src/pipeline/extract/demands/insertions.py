"""Parentheticals: insertions ", zo zegt X," / "– volgens X –" / "(...)" that interrupt a clause.

A pair of commas or dashes encloses an insertion when the words before and after it form one
clause: together they hold exactly one finite verb and the part after does not open a new clause
("De regering moet, zo zegt de bond, nu ingrijpen"; "Het kabinet, aldus de bond, moet ..."). Brackets
always enclose one. Insertions that are clauses or name a source are left out of the action; list
items ("scholen, sporthallen, zwembaden") stay.

Words: `complementisers` in data/demand_cues.yaml; source words and reporting verbs in
data/attribution.yaml.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import compress, pairwise
from types import MappingProxyType

from spacy.tokens import Token

from pipeline.extract.attribution import source_words
from pipeline.extract.demands.lexicon import is_reporting
from pipeline.extract.demands.model import Bounds
from pipeline.text.datafiles import DemandCues
from pipeline.text.grammar import is_finite, opens_subordinate_clause
from pipeline.text.view import DocView

_MAX_INSERTION = 15
_MARKS = (",", "–", "—", "(", ")")
_PAIRS = ("()", ",,", "––", "——")  # the marks that may enclose an insertion


@dataclass(frozen=True)
class Insertions:
    """The insertions of a document: opening mark → closing mark (`opens`) and back (`closes`),
    and the tokens left out of an action (`inserted`: insertions that are clauses or sources)."""

    opens: Mapping[int, int]
    closes: Mapping[int, int]
    inserted: frozenset[int]


def find_insertions(
    view: DocView, sentences: Sequence[Bounds], cues: DemandCues, boundary: Sequence[bool]
) -> Insertions:
    """The insertions of every sentence (see the module docstring); `sentences` cover the
    document in order, `boundary` is `grammar.is_boundary` of every token
    (`DemandContext.boundary`). Each pair of marks that follow each other is read on the view's
    columns first, its sentence found only then: most pairs enclose no insertion."""
    opens: dict[int, int] = {}
    closes: dict[int, int] = {}
    inserted: set[int] = set()
    doc, text = view.doc, view.orth
    starts = [sent.start for sent in sentences]
    every = compress(range(len(text)), map(_MARKS.__contains__, text))  # found in C
    for a, b in pairwise(every):
        pair = text[a] + text[b]
        if pair not in _PAIRS or not 0 < b - a - 1 <= _MAX_INSERTION or any(boundary[a + 1 : b]):
            continue
        sent = sentences[bisect_right(starts, a) - 1]
        if b >= sent.end:
            continue  # the marks of two sentences
        if pair != "()" and not _one_clause_around(view, cues, boundary, sent, a, b):
            continue
        opens[a], closes[b] = b, a
        if pair == "()" or any(
            is_finite(view, t.i)
            or opens_subordinate_clause(view, t.i)
            or t.lower_ in source_words()
            or is_reporting(view, t.i, b)
            for t in doc[a + 1 : b]
        ):
            inserted.update(range(a, b + 1))
    return Insertions(MappingProxyType(opens), MappingProxyType(closes), frozenset(inserted))


def _one_clause_around(
    view: DocView, cues: DemandCues, boundary: Sequence[bool], sent: Bounds, a: int, b: int
) -> bool:
    """The words before mark `a` and after mark `b` form one clause with one finite verb."""
    doc = view.doc
    before: list[Token] = []
    for t in reversed(doc[sent.start : a]):
        if boundary[t.i] or opens_subordinate_clause(view, t.i):
            break
        before.append(t)
    after: list[Token] = []
    for t in doc[b + 1 : sent.end]:
        if boundary[t.i] or (after and opens_subordinate_clause(view, t.i)):
            break
        after.append(t)
    if not before or not after or after[0].pos_ == "CCONJ":
        return False
    finite = [t for t in before if is_finite(view, t.i) and t.pos_ in ("VERB", "AUX")]
    if opens_subordinate_clause(view, after[0].i):
        # "De bond eist, net als vorig jaar, dat ...": the complement of the verb before
        return len(finite) == 1 and after[0].lower_ in cues.complementisers
    # after a finite verb in front, a verb-final "-en" form is the infinitive ("openhouden")
    finite += [
        t
        for t in after
        if is_finite(view, t.i)
        and t.pos_ in ("VERB", "AUX")
        and not (finite and t.lower_.endswith("en"))
    ]
    return len(finite) == 1
