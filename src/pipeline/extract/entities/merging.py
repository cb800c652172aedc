"""Merging: the mentions of one entity become one group (union-find over mention indices).

Mentions join when they have the same termbase entry or the same form, when one is the surname or
the given name of exactly one full personal name ("Van der Laan" → "Femke van der Laan"; two "de Vries" keep a lone
"De Vries" apart), an acronym of an expansion (acronyms.py), or a genitive of a name ("Bolhaars" →
"Bolhaar", "Otto's" → "Otto") in a possessive position, or the name of an organisation without
its leading organisation word ("Buurtkracht" → "Stichting Buurtkracht").
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.extract.entities.acronyms import expansions
from pipeline.extract.entities.mentions import Mention, term_of
from pipeline.extract.entities.names import org_word
from pipeline.extract.entities.words import ACRONYM, TERM_PREFIX, genitive
from pipeline.extract.entities.words import words as words_of


class Groups:
    """Union-find over mention indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def merge(mentions: list[Mention]) -> list[list[Mention]]:
    """Group mentions of one entity: same term or form, surname, given name, acronym, genitive.

    A genitive whose base is written too is shortened to it in place (`Mention.form`).
    """
    groups = Groups(len(mentions))
    first: dict[str, int] = {}
    fulls = [m for m in mentions if m.term is None and m.label == "PERSON" and " " in m.form]
    forms = {m.form.casefold() for m in mentions if m.term is None}
    for m in mentions:
        if (base := _genitive_of(m)) and base.casefold() in forms:
            m.form = base
    for i, m in enumerate(mentions):
        groups.union(i, first.setdefault(_key(m), i))
    for i, m in enumerate(mentions):
        if (base := _org_base(m)) is not None and base in first:
            groups.union(i, first[base])  # "Stichting Buurtkracht" and "Buurtkracht"
    for i, m in enumerate(mentions):
        if ACRONYM.match(m.form):
            for j in expansions(mentions, i):
                groups.union(i, j)
        if m.term is None and (owner := _owner(m, fulls)) is not None:
            groups.union(i, first[_key(owner)])
    grouped: dict[int, list[Mention]] = {}
    for i, m in enumerate(mentions):
        grouped.setdefault(groups.find(i), []).append(m)
    return list(grouped.values())


def _key(m: Mention) -> str:
    """What mentions of one entity share: the termbase entry, else the form ignoring case and the
    difference between a hyphen and a space ("ROC Midden-Nederland", "ROC Midden Nederland")."""
    term = term_of(m)
    if term is not None:
        return TERM_PREFIX + term.name
    return " ".join(m.form.casefold().replace("-", " ").split())


def _org_base(m: Mention) -> str | None:
    """The merge key of an organisation's name without its leading organisation word ("Basisteam
    De Linge" -> "de linge"), the same body written without it; None for other names."""
    span = m.span
    if m.term is not None or m.label != "ORG" or len(span) < 2 or m.form != span.text:
        return None
    if not (span[0].is_title and org_word(span[0])):
        return None
    return " ".join(span[1:].text.casefold().replace("-", " ").split())


def _owner(m: Mention, fulls: list[Mention]) -> Mention | None:
    """The one full personal name that mention m is a part of: its surname ("Van der Laan"), the
    genitive of its surname ("Bolhaars", then `m.form` becomes "Bolhaar"), or its given name
    alone ("Pauline" for "Pauline van Rotterdam"); None when no or several names fit."""
    words = m.form.casefold().split()
    surname = _unique(
        f for f in fulls if len(f.form.split()) > len(words) and _words(f)[-len(words) :] == words
    )
    if surname is not None:
        return surname if m.label in ("PERSON", "LOC", "ORG", "MISC") else None
    if any(len(f.form.split()) > len(words) and _words(f)[-len(words) :] == words for f in fulls):
        return None  # several persons share the surname
    if (base := _genitive_of(m)) is not None:
        owner = _unique(f for f in fulls if _words(f)[-1] == base.casefold())
        if owner is not None:
            m.form = base
            return owner
    if len(words) == 1 and words[0] not in words_of().surname_particles:
        return _unique(f for f in fulls if _words(f)[0] == words[0])
    return None


def _words(m: Mention) -> list[str]:
    return m.form.casefold().split()


def _unique(found: Iterable[Mention]) -> Mention | None:
    """The one full name among `found` (several mentions of one name count once), else None."""
    names = {_key(f): f for f in found}
    return next(iter(names.values())) if len(names) == 1 else None


def _genitive_of(m: Mention) -> str | None:
    """The name a genitive mention is made of, when it stands where a possessive does: before a
    lower-case word that is no verb ("Bolhaars advocaat", "Otto's moeder"). "Philips groeit" is
    the company, not the genitive of "Anton Philip"; a termbase name is never a genitive."""
    if m.term is not None or (base := genitive(m.form)) is None:
        return None
    doc, end = m.span.doc, m.span.end
    if end >= len(doc) or not (doc[end].is_lower and doc[end].is_alpha):
        return None
    return None if doc[end].pos_ in ("VERB", "AUX") else base
