"""`Quotation`: one quotation while it is being attributed, with the windows around it.

It carries the document's `QuoteContext`, the paired marks, the attribution of the quotation
kept just before it (the only state that passes from one quotation to the next), and the
windows of `windows.py`, each read at most once however many strategies and filters look at it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType

from spacy.tokens import Token

from pipeline.extract.quotes import windows
from pipeline.extract.quotes.context import QuoteContext
from pipeline.extract.quotes.model import Attribution
from pipeline.text.quotemarks import QuoteMarks


@dataclass(frozen=True)
class Quotation:
    """A quotation of `ctx`'s document, with what the run has found before it.

    `previous` is the attribution of the quotation kept just before it (None when there was none,
    or it was dropped as no quotation); `earlier` the quotations kept before it that have a
    speaker, in text order, with their attributions; `first_pass` the attributions a first run
    over the whole document found, by opening offset (empty during that first run), so that a
    quotation may take the speaker of a later one it repeats.
    """

    ctx: QuoteContext
    marks: QuoteMarks
    previous: Attribution | None
    earlier: tuple[tuple[QuoteMarks, Attribution], ...] = ()
    first_pass: Mapping[int, Attribution] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def text(self) -> str:
        """The quoted text, marks and surrounding space stripped."""
        return self.ctx.text[self.marks.start : self.marks.end]

    @cached_property
    def cue_after(self) -> windows.CueWindow | None:
        """The clause after the closing mark (`windows.cue_after`)."""
        return windows.cue_after(self.ctx, self.marks)

    @cached_property
    def before_colon(self) -> list[Token] | None:
        """The clause before a colon that opens the quotation (`windows.before_colon`)."""
        return windows.before_colon(self.ctx, self.marks)

    @cached_property
    def clause(self) -> windows.ClauseWindow:
        """The clause the quotation stands in (`windows.clause_around`)."""
        return windows.clause_around(self.ctx, self.marks)

    @cached_property
    def previous_sentence(self) -> list[Token] | None:
        """The sentence right before the quotation (`windows.previous_sentence`)."""
        return windows.previous_sentence(self.ctx, self.marks)

    @cached_property
    def colon_clause(self) -> list[Token] | None:
        """The whole clause before a colon that opens the quotation (`windows.colon_clause`)."""
        return windows.colon_clause(self.ctx, self.marks)
