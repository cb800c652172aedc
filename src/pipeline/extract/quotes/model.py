"""The small values the attribution units pass around, and the shapes of the registry's entries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.quotes.context import QuoteContext
    from pipeline.extract.quotes.quotation import Quotation
    from pipeline.extract.quotes.speakers import SpeakerPhrase


@dataclass(frozen=True)
class Speaker:
    """Who a speaker phrase stands for: a canonical entity name or the phrase as written (`name`,
    None when the phrase names nobody) and the role it holds ("woordvoerder")."""

    name: str | None
    role: str | None


NO_SPEAKER = Speaker(None, None)


@dataclass(frozen=True)
class Attribution:
    """The speaker found for one quotation, the cue that named it ("aldus", "zegt", ":", or None
    for a speaker taken from context) and where the attribution text ends, so that a next
    quotation with nothing but punctuation in between can continue it."""

    speaker: str | None
    role: str | None
    cue: str | None
    end: int

    @classmethod
    def of(cls, speaker: Speaker, cue: str | None, end: int) -> Attribution:
        """The attribution to a resolved `speaker`."""
        return cls(speaker.name, speaker.role, cue, end)


Find = Callable[["Quotation"], Attribution | None]
"""A strategy: the attribution of a quotation, None when its construction is not there."""

QuoteFilter = Callable[["Quotation"], bool]
"""A yes/no judgement of a quotation ("is a scare quote", "is a full sentence of speech")."""

Resolve = Callable[["QuoteContext", "SpeakerPhrase"], Speaker | None]
"""A speaker resolver: who a speaker phrase stands for, or None to let the next one try."""


@dataclass(frozen=True)
class Strategy:
    """A registered attribution strategy: tried only when every `only_if` filter holds and no
    `unless` filter does; the first strategy in registry order that finds a speaker wins."""

    name: str
    find: Find
    only_if: tuple[QuoteFilter, ...] = ()
    unless: tuple[QuoteFilter, ...] = ()

    def applies(self, quote: Quotation) -> bool:
        """Whether this strategy may look at `quote` at all."""
        return all(f(quote) for f in self.only_if) and not any(f(quote) for f in self.unless)


@dataclass(frozen=True)
class SpeakerResolver:
    """A registered step from a speaker phrase to a party; the first that answers wins."""

    name: str
    resolve: Resolve
