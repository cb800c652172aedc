"""`QuoteContext`: what every attribution unit reads about one document, built once, never changed.

It replaces the state the old `_Attributor` class kept: the DocView and its text, the parties
(`EntityIndex`), the paired quote marks, the lexicon, and the speaker resolvers the registry hands
in. Units receive it as their first argument and only read it; what passes from one quotation to
the next (the attribution kept just before) is an explicit argument of each strategy.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from pipeline.extract.quotes.lexicon import QuoteLexicon, quote_lexicon
from pipeline.extract.quotes.model import SpeakerResolver
from pipeline.extract.resolve import EntityIndex
from pipeline.text.quotemarks import QuoteMarks
from pipeline.text.sentences import clause_end, clause_start
from pipeline.text.view import DocView


@dataclass(frozen=True)
class QuoteContext:
    """One document as the quote units see it.

    `marks` are the outermost quotations in text order (they never overlap), `spans` their
    (open, close) offsets, `opens` their opening offsets for a binary search in `quoted`.
    """

    view: DocView
    doc: Doc
    text: str
    index: EntityIndex
    marks: tuple[QuoteMarks, ...]
    spans: tuple[tuple[int, int], ...]
    opens: tuple[int, ...]
    lex: QuoteLexicon
    resolvers: tuple[SpeakerResolver, ...]

    @classmethod
    def build(
        cls,
        view: DocView,
        index: EntityIndex,
        marks: list[QuoteMarks],
        resolvers: tuple[SpeakerResolver, ...],
    ) -> QuoteContext:
        """The context of one Doc; `resolvers` come from the registry."""
        return cls(
            view=view,
            doc=view.doc,
            text=view.text,
            index=index,
            marks=tuple(marks),
            spans=tuple((q.open_at, q.close_at) for q in marks),
            opens=tuple(q.open_at for q in marks),
            lex=quote_lexicon(),
            resolvers=resolvers,
        )

    def quoted(self, offset: int) -> bool:
        """Whether character `offset` lies in a quotation, its marks included."""
        k = bisect_right(self.opens, offset) - 1
        return k >= 0 and offset <= self.spans[k][1]

    def tokens(self, start: int, end: int) -> list[Token]:
        """Tokens lying inside [start, end), outside every quotation."""
        view = self.view
        i = view.first_token_from(start)
        out = []
        while i < len(view) and view.end(i) <= end:
            if not self.quoted(view.starts[i]):
                out.append(self.doc[i])
            i += 1
        return out

    def clause_start(self, pos: int) -> int:
        """Start of the clause that `pos` is in: after a newline, a sentence end or a quote."""
        return clause_start(self.text, pos, self.quoted)

    def clause_end(self, pos: int) -> int:
        """End (exclusive) of the clause from `pos`: a newline, a sentence end or a new quote."""
        return clause_end(self.text, pos, self.quoted)
