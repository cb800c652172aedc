"""Epithets: a quoted name right beside a person's name is that person's alias (a merge rule of
merging.py).

News introduces a person by a nickname in quotation marks, before the full name or as an
apposition after the name: `"De Zingende Bakker" Henk Mulder opende zaterdag zijn winkel`,
`Mulder, ‘de Zingende Bakker’, kreeg een lintje`. The quoted span must be a mention of its own (a
name our NER and mention fixes found), filling the quotation but for a determiner (entity_words.yaml
`name_determiners`): scare quotes around ordinary words (`Mulder noemde het "een farce"`) give no
mention and so no alias, and a quotation that says more than a name is no epithet. A name the
termbase or gazetteer knows is never an epithet (`Henk Mulder, "Utrecht", …` is no nickname).
Before the name it must be a full personal name (two words or more) right after the closing mark;
after it, any mention of a person, with the quotation set off by `apposition_marks` on both sides.

The epithet is an alias, never the entity's name nor what decides its label (`Mention.alias_only`).
"""

from __future__ import annotations

import re

from pipeline.extract.entities.mentions import Mention, term_of
from pipeline.extract.entities.words import words
from pipeline.text.grammar import is_quote_mark
from pipeline.text.quotemarks import QuoteMarks, find_quote_marks

_GAP = re.compile(r"[\s\\]*")  # what may stand between a quotation's inner text and its mark


def epithet_pairs(mentions: list[Mention], text: str) -> list[tuple[int, int]]:
    """(epithet, person) mention indices: each quoted name right beside a person's name; `text`
    is the text of the mentions' Doc."""
    quoted = [k for k, m in enumerate(mentions) if _before_mark(text, m.end_char)]
    if not quoted:
        return []  # pairing the quote marks of the text is the dear part: done only if needed
    quotes = find_quote_marks(text)
    starts = {m.span.start_char: k for k, m in enumerate(mentions)}
    ends = {m.end_char: k for k, m in enumerate(mentions)}
    marks = words().merge_rules.apposition_marks
    pairs = []
    for k in quoted:
        m = mentions[k]
        quote = _filled_quote(m, quotes, text)
        if quote is None or term_of(m) is not None:
            continue
        after = text[quote.close_at + 1 :]
        person = starts.get(len(text) - len(after.lstrip()))
        if person is not None and _full_name(mentions[person]) and after[:1].isspace():
            pairs.append((k, person))
            continue
        before = text[: quote.open_at].rstrip()
        mark = next((mark for mark in marks if before.endswith(mark)), None)
        if mark is None or not after.lstrip().startswith(marks):
            continue
        person = ends.get(len(before[: -len(mark)].rstrip()))
        if person is not None and mentions[person].label == "PERSON":
            pairs.append((k, person))
    return pairs


def _before_mark(text: str, end: int) -> bool:
    """A quote mark follows character `end`, past spaces and escaping backslashes: where a
    quotation the mention ends could close (a quotation's inner text is stripped of them). Most
    mentions are followed by neither: then the character after them is read alone."""
    if end < len(text) and not text[end].isspace() and text[end] != "\\":
        return is_quote_mark(text[end])
    k = _GAP.match(text, end).end()
    return k < len(text) and is_quote_mark(text[k])


def _filled_quote(m: Mention, quotes: list[QuoteMarks], text: str) -> QuoteMarks | None:
    """The closed quotation whose inner text is the mention, but for leading determiners."""
    start, end = m.span.start_char, m.end_char
    for quote in quotes:
        if quote.start <= start and end == quote.end and not quote.implicit_close:
            lead = text[quote.start : start].casefold().split()
            if all(w in words().name_determiners for w in lead):
                return quote
    return None


def _full_name(m: Mention) -> bool:
    return m.label == "PERSON" and len(m.span) >= 2
