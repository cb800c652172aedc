"""Merging: the mentions of one entity become one group (union-find over mention indices).

Mentions join when they have the same termbase entry or the same form, when one is the surname of
exactly one full personal name ("Van der Laan" → "Femke van der Laan"; two "de Vries" keep a lone
"De Vries" apart), an acronym of an expansion (acronyms.py), or a genitive of a name ("Bolhaars" →
"Bolhaar", "Otto's" → "Otto").
"""

from __future__ import annotations

from pipeline.extract.entities.acronyms import expansions
from pipeline.extract.entities.mentions import Mention
from pipeline.extract.entities.words import ACRONYM, TERM_PREFIX, genitive
from pipeline.labels import lookup_term


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
    """Group mentions of one entity: same term or form, surname, acronym, genitive.

    A genitive whose base is written too is shortened to it in place (`Mention.form`).
    """
    groups = Groups(len(mentions))
    first: dict[str, int] = {}
    fulls = [m for m in mentions if m.term is None and m.label == "PERSON" and " " in m.form]
    forms = {m.form.casefold() for m in mentions if m.term is None}
    for m in mentions:
        if m.term is None and (base := genitive(m.form)) and base.casefold() in forms:
            m.form = base
    for i, m in enumerate(mentions):
        key = TERM_PREFIX + m.term.name if m.term else m.form.casefold()
        if m.term is None and (term := lookup_term(m.form)) is not None:
            key = TERM_PREFIX + term.name
        groups.union(i, first.setdefault(key, i))
    for i, m in enumerate(mentions):
        if ACRONYM.match(m.form):
            for j in expansions(mentions, i):
                groups.union(i, j)
        if m.term is not None:
            continue
        words = m.form.casefold().split()
        owners = {
            f.form.casefold()
            for f in fulls
            if len(f.form.split()) > len(words)
            and f.form.casefold().split()[-len(words) :] == words
        }
        if m.label in ("PERSON", "LOC", "ORG", "MISC") and len(owners) == 1:
            groups.union(i, first[owners.pop()])
        elif len(owners) == 0:
            base = genitive(m.form)
            owners = {
                f.form.casefold()
                for f in fulls
                if base and f.form.casefold().split()[-1] == base.casefold()
            }
            if len(owners) == 1 and base:
                m.form = base
                groups.union(i, first[owners.pop()])
    grouped: dict[int, list[Mention]] = {}
    for i, m in enumerate(mentions):
        grouped.setdefault(groups.find(i), []).append(m)
    return list(grouped.values())
