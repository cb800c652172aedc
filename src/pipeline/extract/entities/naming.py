"""Naming: the canonical name of a merged entity (schema `Entity.name`)."""

from __future__ import annotations

from pipeline.extract.entities.mentions import Mention, term_of
from pipeline.extract.entities.words import words
from pipeline.labels import Term


def named_by(group: list[Mention]) -> list[Mention]:
    """The mentions that may name or label the group: all but those of a form that is only an
    alias (`Mention.alias_only`: an epithet, a misspelling), wherever that form is written."""
    aliases = {m.form for m in group if m.alias_only}
    return [m for m in group if m.form not in aliases] or group


def name_of(group: list[Mention]) -> tuple[str, Term | None]:
    """Canonical name and termbase entry: the longest full form written in the article.

    "Nationaal Instituut voor Budgetvoorlichting" beats "Nibud" when both are written. The
    "ministerie van" wrapper is not part of a ministry's name: "ministerie van Financiën" stays an
    alias of "Financiën". On equal length the termbase name wins. A quoted nickname or a misspelt
    form (`Mention.alias_only`) is never the name: "Henk Mulder", not "Zingende Bakker".
    """
    group = named_by(group)
    term = next((m.term for m in group if m.term), None)
    if term is None:
        term = next((t for m in group if (t := term_of(m))), None)
    wrappers = tuple(f"{w} " for w in words().ministry_wrappers)
    forms = [m.form for m in group if not m.form.casefold().startswith(wrappers)]
    if not forms:
        return (term.name if term else group[0].form), term
    return max(forms, key=lambda f: (len(f), term is not None and f == term.name)), term
