"""Acronym ↔ expansion: which mentions an acronym abbreviates ("VNG" ↔ "Vereniging van Nederlandse
Gemeenten"), after Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation
definitions in biomedical text"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.extract.entities.mentions import Mention


def initials(text: str) -> str:
    """The capitals that start the words of `text` ("Vereniging van Nederlandse Gemeenten" ->
    "VNG"; hyphens split words)."""
    return "".join(w[0] for w in text.replace("-", " ").split() if w[:1].isupper())


def expansions(mentions: list[Mention], i: int) -> list[int]:
    """Mentions that mention i, an acronym, abbreviates: capitals that spell it ("Vereniging van
    Nederlandse Gemeenten" for VNG, outside the termbase) or a long form written right before it in
    brackets, "Naam (ACR)", whose first capital is the acronym's (Schwartz & Hearst, 2003), or
    written right before it with no bracket ("Landelijke Huisartsenvereniging LHV") when its letters
    spell the acronym in order, the first at a word start (`abbreviates`).

    The long form may also follow in brackets: "GDI (Generieke Digitale Infrastructuur)".

    A bracketed acronym after a person is a party or employer ("Sharon Dijksma (PvdA)"), never an
    alias: a long form the model called a person qualifies only when the acronym spells it or
    abbreviates it letter by letter (no party abbreviates its member's name). A place is
    abbreviated only by the capitals that spell it ("VS" for "Verenigde Staten", "NH" for
    "Noord-Holland"); a bracketed acronym after a place is a party ("in Utrecht (D66)").
    """
    m = mentions[i]
    found = []
    for j, other in enumerate(mentions):
        if j == i:
            continue
        if other.label in ("GPE", "LOC"):
            if initials(other.form) != m.form:
                continue
        elif " " not in other.form:
            continue
        if m.term is not None and other.term is not None and m.term != other.term:
            continue  # two known bodies: the termbase already says who is who
        if _abbreviation_of(m, other):
            found.append(j)
    return found


def _abbreviation_of(m: Mention, other: Mention) -> bool:
    doc = m.span.doc
    spelled = initials(other.form) == m.form
    full = abbreviates(m.form, other.form)
    after = m.span.start == other.span.end + 1 and doc[other.span.end].text == "("
    before = other.span.start == m.span.end + 1 and doc[m.span.end].text == "("
    if other.label == "PERSON":
        return spelled or ((after or before or m.span.start == other.span.end) and full)
    # "Naam (ACR)": its first capital is the acronym's, or for a body of three words or more one
    # of its word initials ("Eenheid Regionale Opsporing en Interventie (RO/I)")
    first = initials(other.form)[:1] == m.form[:1]
    inner = (
        other.label == "ORG" and len(other.form.split()) >= 3 and m.form[:1] in initials(other.form)
    )
    bracketed = after and (first or inner)
    adjacent = m.span.start == other.span.end and full
    return spelled or bracketed or adjacent or (before and full)


def abbreviates(short: str, long: str) -> bool:
    """Schwartz & Hearst's (2003) test: every letter of `short`, right to left, occurs in `long` in
    order, and its first letter starts a word ("LHV" in "Landelijke Huisartsenvereniging")."""
    short, long = short.casefold(), long.casefold()
    i = len(long) - 1
    for k in range(len(short) - 1, -1, -1):
        if not short[k].isalnum():
            continue
        while i >= 0 and (long[i] != short[k] or (k == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return False
        i -= 1
    return True
