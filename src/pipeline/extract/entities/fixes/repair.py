"""How the per-entity tables of the registry run inside the Doc-wide list of fixes."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from pipeline.extract.entities.fixes.context import (
    Candidate,
    Fix,
    FixContext,
    Repair,
    TypeRule,
)
from pipeline.extract.entities.words import known


@dataclass(frozen=True)
class RepairEach:
    """A Doc fix that runs `repairs` in order on every model entity (termbase and gazetteer names
    pass unchanged); a repair returning None drops the entity and the rest do not run."""

    repairs: tuple[Fix[Repair], ...]

    def __call__(self, ctx: FixContext, spans: list[Span]) -> list[Span]:
        out = []
        for span in spans:
            if known(span):
                out.append(span)
                continue
            candidate: Candidate | None = Candidate(span)
            for repair in self.repairs:
                candidate = repair.run(ctx, candidate)
                if candidate is None:
                    break
            if candidate is not None:
                out.append(candidate.span)
        return out


@dataclass(frozen=True)
class FirstType:
    """A repair that types the entity by the first of `rules` that applies; none: type unchanged."""

    rules: tuple[Fix[TypeRule], ...]

    def __call__(self, ctx: FixContext, candidate: Candidate) -> Candidate:
        for rule in self.rules:
            if (typed := rule.run(ctx, candidate)) is not None:
                return candidate.with_span(typed)
        return candidate
