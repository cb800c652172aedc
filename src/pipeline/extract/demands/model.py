"""The values the demand units pass to each other: a subject, a finder's clause, a found demand.

They are plain frozen dataclasses so that no unit can change what another one read: a finder
reads a `Clause`, the filters judge it, the finder turns it into a `Found`, and the post-passes
(`steps`) return new `Found` values instead of editing them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Span, Token


class Bounds(NamedTuple):
    """A sentence's token bounds [start, end): what the units that scan every sentence read (a
    spaCy `Span` costs three `Token`s to build; `DemandContext.sentence` builds one for the
    sentences a finder reads further)."""

    start: int
    end: int


@dataclass(frozen=True)
class Triggers:
    """The words that may carry a finder's cue: a token is a candidate when its lemma is one of
    `lemmas` or its lower-case form one of `forms` (the finder then applies its full test)."""

    lemmas: frozenset[str]
    forms: frozenset[str] = frozenset()


@dataclass(frozen=True)
class CueWords:
    """Each cue-word finder's `Triggers` (`by_kind`), every word of them together (`every`), and
    the other way round the kinds each lower-case form (`kinds_of_form`) and each lemma
    (`kinds_of_lemma`) triggers: built once by the registry, read for each document to pick its
    candidates."""

    by_kind: Mapping[str, Triggers]
    every: frozenset[str]
    kinds_of_form: Mapping[str, frozenset[str]]
    kinds_of_lemma: Mapping[str, frozenset[str]]


@dataclass(frozen=True)
class Subject:
    """A clause's subject: its head, and the words Dutch word order read for it when the parse
    had none (empty for a parsed subject, whose words are the parse's phrase of the head)."""

    head: Token
    words: tuple[Token, ...] = ()


@dataclass(frozen=True)
class Clause:
    """A construction's clause as its finder read it: what the filters registered for the
    finder's kind judge (`DemandContext.rejects`).

    `lo`/`hi` bound the clause's tokens; `sub` is the subordinator that opens it; `skip` holds the
    cue tokens that belong to neither subject nor action ("moet", "zou"); `anchor` is the finite
    verb that carries tense and modality ("zou" in "zou moeten", else the cue) and `aux` the
    auxiliary before an infinitive modal ("had moeten"), both only for modals.
    """

    kind: str
    sent: Span
    cue: Token
    lo: int
    hi: int
    sub: Token | None = None
    subject: Subject | None = None
    skip: frozenset[int] = frozenset()
    anchor: Token | None = None
    aux: Token | None = None


@dataclass(frozen=True)
class Found:
    """A demand before ids are given: its finder's kind, the cue token, the token span, the
    modality and the parties; `subheading` marks an imperative that heads
    a section of the article."""

    kind: str
    cue: int
    start: int
    end: int
    modality: str
    actor: str | None
    addressee: str | None
    action: str | None
    subheading: bool = False
