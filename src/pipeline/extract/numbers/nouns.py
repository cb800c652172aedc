"""The counted noun after a number: people or count ("300 slachtoffers", "640 meldingen").

A noun naming persons (units.csv people nouns, also ending a compound: "tienermeisjes"; a plural
with a person ending, unit_words.yaml: "gebruikers"; inhabitants: "Utrechters") makes people; any
other noun count. Adjectives, participles and an age ("twee 17-jarige jongens") may stand between. "89 van de 150 Kamerleden" and
"40 van hen" count what their group counts. With quantitative "er" in the clause, Dutch may leave
the noun out ("we hebben er elf"), and a verb-final subordinate clause ends in its verb, not in a
noun ("terwijl er 850 nieuwe bijkomen").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.extract.numbers.vocab import person_noun
from pipeline.extract.numbers.words import glued

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan


def count_unit(scan: Scan, j: int, strict: bool = False, elision: bool = False) -> str:
    """people when the counted noun names persons ("300 slachtoffers", "twee 17-jarige jongens",
    "503 positief geteste personen"), else count.

    With `elision` (the clause has quantitative "er"), "" when no noun follows: the noun is
    left out ("we hebben er elf"). With `strict`, "" when no noun follows at all (a bare "112"
    is a phone number).
    """
    elision = elision and not strict
    partitive = partitive_unit(scan, j)
    if partitive:
        return partitive
    w = scan.words
    x = j
    for _ in range(4):
        if x >= len(w):
            break
        word = w[x]
        nxt, elided = scan.low(x + 1), not strict and word.low in scan.nw.elided_comparatives
        if elided and (not nxt.isalpha() or nxt in scan.nw.comparison_words):
            return ""  # "376.000 werklozen, 5.000 meer", "meer dan": a noun left out
        if age_adjective(scan, x):
            x += 3  # "twee 17-jarige jongens": the age qualifies the counted noun
            continue
        if not word.text.isalpha():
            if elision and word.pos == "PUNCT":
                return ""
            break
        if elision and clause_final_verb(scan, x):
            return ""
        if person_noun(word):
            return "people"
        if not _modifier(scan, x):
            noun = word.pos == "NOUN" and word.text.islower()
            if elision and word.pos in {"VERB", "AUX", "ADP", "SCONJ", "CCONJ"}:
                return ""
            return "count" if not strict or noun else ""
        x += 1
    return "" if strict else "count"


def _modifier(scan: Scan, x: int) -> bool:
    """Word x stands between a number and its noun: an adjective, a count modifier ("extra",
    "nieuwe"), a participle before a noun ("positief geteste personen", "gearresteerde
    relschoppers"), or an untagged word ending in -e."""
    w = scan.words
    word = w[x]
    if word.pos == "ADJ" or word.low in scan.nw.count_modifiers:
        return True
    if word.pos == "VERB" and x + 1 < len(w) and w[x + 1].pos == "NOUN":
        return True
    return not word.pos and word.low.endswith("e") and x + 1 < len(w)


def age_adjective(scan: Scan, x: int) -> bool:
    """Words x..x+2 spell an age adjective: "17-jarige", "37-jarig"."""
    w = scan.words
    return (
        x + 2 < len(w)
        and w[x].text.isdigit()
        and w[x + 1].text == "-"
        and glued(w[x], w[x + 1])
        and scan.low(x + 2).startswith("jarig")
    )


def partitive_unit(scan: Scan, j: int) -> str:
    """ "89 van de 150 Kamerleden", "40 van hen": a part of a group counts what the group
    counts; "hen"/"hun" stand for persons only (ANS §5.2.3)."""
    if scan.low(j) not in scan.nw.partitive_prepositions:
        return ""
    k = j + 1
    if scan.low(k) in scan.nw.person_pronouns:
        return "people"
    if scan.low(k) not in scan.nw.partitive_determiners:
        return ""
    k += 1
    w = scan.words
    while k < len(w) and (w[k].text[0].isdigit() or w[k].pos == "ADJ"):
        k += 1
    if k < len(w) and person_noun(w[k]):
        return "people"
    return ""


def quantitative_er(scan: Scan, i: int) -> bool:
    """ "er" earlier in the clause of word i: Dutch needs it when a numeral's noun is left
    out ("dat er drie komen", "we hebben er elf"; ANS §8.3.3 kwantitatief er). An "er" that
    opens its clause is the presentative one ("Er sliepen 5.000 daklozen buiten", ANS §8.3.2):
    it says nothing about a noun left out."""
    k = i - 1
    while k >= 0 and scan.words[k].text[0].isalnum():
        opening = k == 0 or not scan.words[k - 1].text[0].isalnum()
        if scan.words[k].low in scan.nw.quantitative_er and not opening:
            return True
        k -= 1
    return False


def clause_final_verb(scan: Scan, x: int) -> bool:
    """Word x ends a subordinate clause, so it is the clause's verb, whatever the tagger says:
    Dutch subordinate clauses are verb-final ("terwijl er 850 nieuwe bijkomen")."""
    w = scan.words
    if x + 1 < len(w) and w[x + 1].text.isalnum():
        return False
    k = x - 1
    while k >= 0 and w[k].text[0].isalnum():
        if w[k].low in scan.nw.subordinators or w[k].pos == "SCONJ":
            return True
        if w[k].pos in {"VERB", "AUX"}:
            return False
        k -= 1
    return False
