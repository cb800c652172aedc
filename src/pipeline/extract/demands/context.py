"""`DemandContext`: what every demand unit reads about one document, built once, never changed.

It replaces the state the old `_Finder` class kept between calls: the DocView, the parties
(`EntityIndex`), the quotes, the cue file, and the per-document facts computed once up front --
punctuation sentences, insertions, the cue candidates of each finder, the article's main
organisation -- plus the tables the registry hands in (which filters judge which finder's clause,
the rank of each finder). Units receive it as their first argument and only read it.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from itertools import compress
from types import MappingProxyType
from typing import Any, TypeVar

from spacy.tokens import Doc, Span, Token

from pipeline.extract.attribution import Turn, speaker_turns
from pipeline.extract.demands.insertions import find_insertions
from pipeline.extract.demands.lexicon import directive_verb, positions
from pipeline.extract.demands.model import Bounds, Clause, CueWords
from pipeline.extract.demands.publishers import publisher
from pipeline.extract.resolve import EntityIndex
from pipeline.schema import Quote
from pipeline.text.datafiles import DemandCues, DirectiveVerb
from pipeline.text.grammar import CLAUSE_BOUNDARY, is_boundary, quote_marks
from pipeline.text.sentences import punctuation_bounds, sentence_ends
from pipeline.text.view import DocView

_NOMINAL = frozenset({"NOUN", "PROPN"})

Reject = Callable[["DemandContext", Clause], bool]
T = TypeVar("T")


@dataclass(frozen=True)
class DemandContext:
    """One document as the demand units see it: frozen, its mappings read-only views.

    `ends` marks the tokens that end a sentence for a reader, `boundary` those that limit a
    clause (`grammar.is_boundary`), `quote` the quotation marks;
    `sentences` are the bounds of the punctuation sentences the finders scan (they cover every
    token, in order; `sentence` gives one as a `Span`);
    `main_org` is the organisation the text speaks for (`publishers`, found when first read);
    `opens`/`closes`/`inserted` describe the insertions (`insertions.py`); `nominals` are the
    nouns and names; `candidates` holds, per finder kind, the indices of tokens that may carry its
    cue; `filters` the filters of each kind in registry order, `early_filters` those of them that
    read no subject (`rejects_early`); `ranks` each kind's rank when demands overlap; `turns` the
    speaker turns of a transcript (`attribution.speaker_turns`); `facts` remembers what `once`
    computed.
    """

    view: DocView
    doc: Doc
    text: str
    index: EntityIndex
    quotes: tuple[Quote, ...]
    cues: DemandCues
    ends: tuple[bool, ...]
    boundary: tuple[bool, ...]
    quote: tuple[bool, ...]
    sentences: tuple[Bounds, ...]
    sentence_starts: tuple[int, ...]
    opens: Mapping[int, int]
    closes: Mapping[int, int]
    inserted: frozenset[int]
    candidates: Mapping[str, tuple[int, ...]]
    nominals: tuple[int, ...]
    filters: Mapping[str, tuple[Reject, ...]]
    early_filters: Mapping[str, tuple[Reject, ...]]
    ranks: Mapping[str, int]
    turns: tuple[Turn, ...] = ()
    facts: dict[Callable[..., Any], Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(
        cls,
        view: DocView,
        index: EntityIndex,
        quotes: list[Quote],
        cues: DemandCues,
        *,
        triggers: CueWords,
        filters: Mapping[str, tuple[Reject, ...]],
        ranks: Mapping[str, int],
        early_filters: Mapping[str, tuple[Reject, ...]] = MappingProxyType({}),
    ) -> DemandContext:
        """Read `view` once for every unit; `triggers`, `filters`, `early_filters` and `ranks`
        come from the registry."""
        doc = view.doc
        ends = sentence_ends(view)
        sentences = tuple(Bounds(start, end) for start, end in punctuation_bounds(ends))
        boundary = _boundaries(view, ends)
        insertions = find_insertions(view, sentences, cues, boundary)
        return cls(
            view=view,
            doc=doc,
            text=view.text,
            index=index,
            quotes=tuple(sorted(quotes, key=lambda q: q.start)),
            cues=cues,
            ends=tuple(ends),
            boundary=boundary,
            quote=tuple(map(quote_marks().__contains__, view.orth)),  # `is_quote_mark`
            sentences=sentences,
            sentence_starts=tuple(start for start, _ in sentences),
            opens=insertions.opens,
            closes=insertions.closes,
            inserted=insertions.inserted,
            candidates=_candidates(view, triggers),
            nominals=tuple(positions(view.pos, _NOMINAL)),
            filters=filters,
            early_filters=early_filters,
            ranks=ranks,
            turns=speaker_turns(view.text, index),
        )

    def cue_tokens(self, kind: str) -> list[tuple[Span, Token]]:
        """The tokens that may carry a `kind` cue, in text order, each with its sentence (a
        superset: each finder applies its full test)."""
        return self.tokens_at(self.candidates[kind])

    def tokens_at(self, indices: Iterable[int]) -> list[tuple[Span, Token]]:
        """The tokens at `indices` (in text order), each with its sentence: what a finder that
        picked its cue words on the view's columns reads further (a `Token` only for those)."""
        return [(self.sentence(self.sentence_index(i)), self.doc[i]) for i in indices]

    def sentence(self, k: int) -> Span:
        """Punctuation sentence number k as a `Span` (`doc[a:b]`: bounds are valid)."""
        start, end = self.sentences[k]
        return Span(self.doc, start, end)  # `doc[a:b]` without spaCy's slice normalisation

    def sentence_index(self, i: int) -> int:
        """The number of the punctuation sentence that holds token i."""
        return bisect_right(self.sentence_starts, i) - 1

    @property
    def main_org(self) -> str | None:
        """The organisation the text speaks for (`publishers`): the costliest fact of a document,
        found only when a unit first asks (a demand with no actor of its own)."""
        return self.once(_publisher)

    def once(self, fact: Callable[[DemandContext], T]) -> T:
        """`fact(self)`, computed when a unit first asks and remembered for the document: a
        per-document fact that several units read (`headline_lines`, `glued_starts`)."""
        if fact not in self.facts:
            self.facts[fact] = fact(self)
        return self.facts[fact]

    def directive_verb(self, token: Token) -> tuple[str, DirectiveVerb] | None:
        """`lexicon.directive_verb` of `token`, read once per token: the directive finder and
        several of its filters ask it of the same cue (remembered in `facts`)."""
        memo = self.facts.setdefault(directive_verb, {})
        if token.i not in memo:
            memo[token.i] = directive_verb(self.cues, token)
        return memo[token.i]

    def rejects(self, clause: Clause) -> bool:
        """Whether a filter registered for the clause's kind takes it for no demand."""
        return any(reject(self, clause) for reject in self.filters.get(clause.kind, ()))

    def rejects_early(self, clause: Clause) -> bool:
        """Whether a filter of the clause's kind that reads no subject takes it for no demand:
        asked before a finder reads the subject (the costliest part of a clause), so that a
        clause such a filter rejects costs none. `rejects` asks these filters again."""
        return any(reject(self, clause) for reject in self.early_filters.get(clause.kind, ()))


def _publisher(ctx: DemandContext) -> str | None:
    """`publishers.publisher` of the document (the order of the quotes does not matter)."""
    return publisher(ctx.view, ctx.index, list(ctx.quotes), ctx.cues)


def _boundaries(view: DocView, ends: list[bool]) -> tuple[bool, ...]:
    """`is_boundary` of every token, asked only of the tokens that may be one (clause
    punctuation, quotation marks, whitespace, sentence ends: found in C): clause limits are read
    token by token around every cue."""
    column = [False] * len(view)
    everywhere = range(len(view))
    maybe = {
        *positions(view.orth, CLAUSE_BOUNDARY | quote_marks()),
        *compress(everywhere, view.is_space),
        *compress(everywhere, ends),  # (a superset of the sentence ends `is_boundary` reads)
    }
    for i in maybe:
        column[i] = is_boundary(view, i)
    return tuple(column)


def _candidates(view: DocView, triggers: CueWords) -> Mapping[str, tuple[int, ...]]:
    """Indices of the tokens whose form or lemma may carry each finder's cue, in text order.

    One pass over the document instead of one per finder and sentence, run in C (`compress`
    over the membership of each column's words); each finder still applies its full test to
    these tokens, so this is a superset of its hits.
    """
    every = triggers.every.__contains__
    everywhere = range(len(view))
    lower, lemma = view.lower, view.lemma
    hits = {*compress(everywhere, map(every, lower)), *compress(everywhere, map(every, lemma))}
    out: dict[str, list[int]] = {kind: [] for kind in triggers.by_kind}
    none: frozenset[str] = frozenset()
    by_form, by_lemma = triggers.kinds_of_form, triggers.kinds_of_lemma
    for i in sorted(hits):  # each hit's kinds looked up, not each kind's words asked
        for kind in by_lemma.get(lemma[i], none) | by_form.get(lower[i], none):
            out[kind].append(i)
    return MappingProxyType({kind: tuple(indices) for kind, indices in out.items()})
