"""Merging: the mentions of one entity become one group (union-find over mention indices).

Mentions join when they have the same termbase entry or the same form, when one is the surname or
the given name of exactly one full personal name ("Van der Laan" → "Femke van der Laan"), an
acronym of an expansion (acronyms.py), or a genitive of a name ("Bolhaars" → "Bolhaar", "Otto's" →
"Otto") in a possessive position, or the name of an organisation without its leading organisation
word ("Buurtkracht" → "Stichting Buurtkracht"). A surname several full names share joins the
nearest of them (`_namesake`). One name written two ways joins too: a typo, an acronym's other
spelling, a name in capitals, an adjective with its inflection (variants.py), a quoted nickname beside a person's name (epithets.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from pipeline.extract.entities.acronyms import expansions
from pipeline.extract.entities.epithets import epithet_pairs
from pipeline.extract.entities.mentions import Mention, term_of
from pipeline.extract.entities.names import org_word
from pipeline.extract.entities.variants import (
    acronym_variant,
    capitals_variant,
    inflected_adjective,
    misspelt,
    spelling_variant,
    variant_length_gap,
)
from pipeline.extract.entities.words import ACRONYM, TERM_PREFIX, genitive
from pipeline.extract.entities.words import words as words_of
from pipeline.labels import PLACE_TYPE, lookup_term

# labels of a mention that may be a surname alone: the model often calls one a place or a body
_SURNAME_LABELS = ("PERSON", "LOC", "ORG", "MISC")


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


def merge(mentions: list[Mention], text: str) -> list[list[Mention]]:
    """Group mentions of one entity: same term or form, surname, given name, acronym, genitive,
    variant spelling, epithet. `text` is the Doc's text (spaCy builds `Doc.text` anew each time).

    A genitive whose base is written too is shortened to it in place (`Mention.form`); an epithet
    and a misspelt form are marked as aliases only (`Mention.alias_only`).
    """
    groups = Groups(len(mentions))
    first: dict[str, int] = {}
    indexed = [
        (i, m)
        for i, m in enumerate(mentions)
        if m.term is None and m.label == "PERSON" and " " in m.form
    ]
    fulls = [m for _, m in indexed]
    forms = {m.form.casefold() for m in mentions if m.term is None}
    for m in mentions:
        if (base := _genitive_of(m)) and base.casefold() in forms:
            m.form = base
    # the full names' words, read once: no form changes while the namesakes are found
    full_words = [(j, f, _words(f)) for j, f in indexed]
    namesakes = {
        i: j for i, m in enumerate(mentions) if (j := _namesake(m, full_words)) is not None
    }
    for i, m in enumerate(mentions):
        if i not in namesakes:  # "Irwin" of two Irwins joins one of them, not every "Irwin"
            groups.union(i, first.setdefault(_key(m), i))
    for i, j in namesakes.items():
        groups.union(i, j)
    for i, m in enumerate(mentions):
        if (base := _org_base(m)) is not None and base in first:
            groups.union(i, first[base])  # "Stichting Buurtkracht" and "Buurtkracht"
    for i, m in enumerate(mentions):
        if ACRONYM.match(m.form):
            for j in expansions(mentions, i):
                groups.union(i, j)
        if m.term is None and (owner := _owner(m, fulls)) is not None:
            groups.union(i, first[_key(owner)])
    for i, j in _variants(mentions, namesakes):
        groups.union(i, j)
    for epithet, person in epithet_pairs(mentions, text):
        mentions[epithet].alias_only = True
        groups.union(epithet, person)
    grouped: dict[int, list[Mention]] = {}
    for i, m in enumerate(mentions):
        grouped.setdefault(groups.find(i), []).append(m)
    return list(grouped.values())


def _variants(mentions: list[Mention], namesakes: dict[int, int]) -> list[tuple[int, int]]:
    """Pairs of forms that are one name written two ways (variants.py), by each form's first
    mention, the misspelt form's mentions marked; a surname several persons share (`_namesake`)
    is left to its own rule."""
    by_form: dict[str, list[int]] = {}
    for i, m in enumerate(mentions):
        if i not in namesakes:
            by_form.setdefault(_key(m), []).append(i)
    forms = [[mentions[i] for i in indices] for indices in by_form.values()]
    firsts = [indices[0] for indices in by_form.values()]
    sizes = [len(a[0].form.casefold()) for a in forms]
    gap = variant_length_gap()
    pairs = []
    for n, (a, i) in enumerate(zip(forms, firsts, strict=True)):
        for m, (b, j) in enumerate(zip(forms[n + 1 :], firsts[n + 1 :], strict=True), n + 1):
            if abs(sizes[n] - sizes[m]) > gap:
                continue  # lengths too far apart for any variant rule: no edit test needed
            if spelling_variant(a, b):
                for m in misspelt(a, b):
                    m.alias_only = True
            elif not _same_name(a[0], b[0]):
                continue
            pairs.append((i, j))
    return pairs


def _same_name(a: Mention, b: Mention) -> bool:
    """One name in two spellings that needs no alias marking: acronym variants, capitals,
    adjective inflection (variants.py)."""
    return acronym_variant(a, b) or capitals_variant(a, b) or inflected_adjective(a, b)


def _namesake(m: Mention, fulls: list[tuple[int, Mention, list[str]]]) -> int | None:
    """The full name a surname shared by several full names stands for: the nearest one written
    before it, the antecedent a reader takes, else the first one after it. "Trainer Karel Hendriks
    keek toe. Zijn zoon Pieter Hendriks scoorde twee keer. Hendriks was blij.": "Hendriks" is Pieter.
    Each such mention joins one person, so two persons are never merged with each other; a
    surname of one full name only is `_owner`'s. `fulls`: (mention number, full name, its words).
    """
    if m.term is not None or m.label not in _SURNAME_LABELS:
        return None
    words = _words(m)
    bearers = [
        (j, f) for j, f, name in fulls if len(name) > len(words) and name[-len(words) :] == words
    ]
    if len(bearers) < 2 or len({_key(f) for _, f in bearers}) < 2:
        return None
    before = [j for j, f in bearers if f.span.start < m.span.start]
    return before[-1] if before else bearers[0][0]


def _key(m: Mention) -> str:
    """What mentions of one entity share: the termbase entry, else the form ignoring case and the
    difference between a hyphen and a space ("ROC Midden-Nederland", "ROC Midden Nederland")."""
    if m.term is None:
        return _form_key(m.form, m.label)
    term = term_of(m)
    if term is not None:
        return TERM_PREFIX + term.name
    return _normal(m.form)


@lru_cache(maxsize=1 << 16)
def _form_key(form: str, label: str) -> str:
    """`_key` of a mention with no termbase entry of its own: the entry its form spells, else the
    form. A function of the form and the label alone, cached: merging asks it several times of
    every mention."""
    term = lookup_term(form)
    if term is not None and not (label == "PERSON" and term.type == PLACE_TYPE):
        return TERM_PREFIX + term.name
    return _normal(form)


def _normal(form: str) -> str:
    """The form ignoring case and the difference between a hyphen and a space."""
    return " ".join(form.casefold().replace("-", " ").split())


def _org_base(m: Mention) -> str | None:
    """The merge key of an organisation's name without its leading organisation word ("Basisteam
    De Linge" -> "de linge"), the same body written without it; None for other names."""
    span = m.span
    if m.term is not None or m.label != "ORG" or len(span) < 2 or m.form != span.text:
        return None
    if not (span[0].is_title and org_word(span[0].text)):
        return None
    return " ".join(span[1:].text.casefold().replace("-", " ").split())


def _owner(m: Mention, fulls: list[Mention]) -> Mention | None:
    """The one full personal name that mention m is a part of: its surname ("Van der Laan"), the
    genitive of its surname ("Bolhaars", then `m.form` becomes "Bolhaar"), or its given name
    alone ("Pauline" for "Pauline van Rotterdam"); None when no or several names fit."""
    words = _words(m)
    surname = _unique(
        f for f in fulls if len(_words(f)) > len(words) and _words(f)[-len(words) :] == words
    )
    if surname is not None:
        return surname if m.label in _SURNAME_LABELS else None
    if any(len(_words(f)) > len(words) and _words(f)[-len(words) :] == words for f in fulls):
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
    return _form_words(m.form)


@lru_cache(maxsize=1 << 16)
def _form_words(form: str) -> list[str]:
    """The words of a form in lower case; cached by form (merging compares every mention's words
    with every full name's). Callers must not change the list."""
    return form.casefold().split()


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
