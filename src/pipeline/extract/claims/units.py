"""Unit decisions the sentence settles after the number grammar: each rule is a function
`(sentence, q, subject) -> unit | None`, tried in the order of `registry.UNIT_RULES`; the first
that names a unit replaces the grammar's.

The grammar reads a number's unit from the words right after it; where no noun follows ("Het
totaal aantal gemelde patiënten: 6412", "Het merendeel (103) van deze patiënten", "De andere 11
zijn in thuisisolatie"), what the number counts is what its subject names, found by the subject
rules from the clause, a label or the paragraph.
"""

from __future__ import annotations

from pipeline.extract.claims.context import ClaimSentence, cues
from pipeline.extract.numbers import Quantity, person_noun, tokenize

_NOUN_POS = {"NOUN", "PROPN", "ADJ", "X", ""}


def counted_by_subject(s: ClaimSentence, q: Quantity, subject: str | None) -> str | None:
    """A count with no noun of its own counts persons when its subject's head names persons:
    "Het totaal aantal gemelde patiënten: 6412", "De andere 11 zijn in thuisisolatie" (after
    "… mensen"); "Het aantal meldingen: 640" stays a count."""
    if q.unit != "count" or q.form not in {"bare", "range"} or own_noun(s, q) or not subject:
        return None
    return "people" if person_noun(subject_head(subject)) else None


def own_noun(s: ClaimSentence, q: Quantity) -> bool:
    """A word that may be the number's counted noun follows it ("640 meldingen"); not so for
    punctuation, a verb, a preposition or a conjunction ("6412 (", "11 zijn")."""
    if q.elided or q.j >= len(s.words):
        return False
    word = s.words[q.j]
    return word.text.isalpha() and word.pos in _NOUN_POS


def subject_head(subject: str):
    """The head noun of a subject phrase: its last word before a link ("slachtoffers" of "het
    aantal slachtoffers van geweld"), untagged."""
    words = tokenize(subject)
    links = cues().subject_links
    head = words[-1]
    for k, word in enumerate(words):
        if k > 0 and word.low in links:
            head = words[k - 1]
            break
    return head
