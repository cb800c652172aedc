"""Labelling: one label per merged entity, from its mentions."""

from __future__ import annotations

from collections import Counter

from pipeline.extract.entities.mentions import Mention
from pipeline.extract.entities.naming import named_by
from pipeline.extract.entities.words import ACRONYM, words


def label_of(group: list[Mention]) -> str:
    """Termbase label if any, PERSON for a full personal name, else the majority label.

    A one-word "person" only ever written after a preposition of place is a place ("een boom bij
    Buitenpost": news never introduces a person by surname there; entity_words.yaml `locatives`).
    An epithet or a misspelling (naming.py `named_by`) has no say.
    """
    group = named_by(group)
    for m in group:
        if m.term:
            return m.term.label
    longest = max(group, key=lambda m: len(m.form))
    if longest.label == "PERSON" and any(_acronym_of(m, longest) for m in group):
        # "Generieke Digitale Infrastructuur (GDI)": nobody is named by an acronym of their name
        others = Counter(m.label for m in group if m.label != "PERSON")
        return others.most_common(1)[0][0] if others else "ORG"
    if longest.label == "PERSON" and " " in longest.form:
        return "PERSON"  # surnames alone ("De Vries") are often mislabelled; the full name is not
    if (
        longest.label == "PERSON"
        and not any(m.role for m in group)
        and all(_after_locative(m) for m in group)
    ):
        return "LOC"
    if all(m.label == longest.label for m in group):
        return longest.label  # one label (most groups): no count needed
    counts = Counter(m.label for m in group)
    best = max(counts.values())
    return longest.label if counts[longest.label] == best else counts.most_common(1)[0][0]


def _after_locative(m: Mention) -> bool:
    """Whether a one-word mention follows a preposition of place ("bij Buitenpost", "in Joure")."""
    start = m.span.start
    return len(m.span) == 1 and start > 0 and m.span.doc[start - 1].lower_ in words().locatives


def _acronym_of(m: Mention, longest: Mention) -> bool:
    """An acronym mention that is not one of the long form's words in capitals ("BRUINS:" in a
    transcript is the surname, "GDI" abbreviates "Generieke Digitale Infrastructuur")."""
    return bool(ACRONYM.match(m.form)) and m.form.casefold() not in longest.form.casefold().split()
