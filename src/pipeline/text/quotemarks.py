"""Pairing quote marks on the character level: where the quotations of a text begin and end.

Quotes (stage 1 of `pipeline.extract.quotes`), the pronoun referents of
`pipeline.extract.attribution` (a person named inside a quotation is not who "zei ze" refers to) and
the entity affiliations all need the same quotations, so the pairing lives in the shared text layer.
Tokenisers and sentence splitters treat ‘ ’ „ ” « » inconsistently, and the apostrophe of "zo'n"
or "'s" looks like a quote mark, so quotations are found on characters before any attribution:
`find_quote_marks("Ze zei: ‘Het is zo'n dag.’")` pairs ‘ with ’ and skips the apostrophe. The
marks and what closes each are in `data/quote_marks.csv`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline.text.datafiles import QuoteMarkRow, table

_APOSTROPHE_WORD = re.compile(r"[stnk](?![^\W\d_])")  # 's, 't, 'n, 'k: elided words, not quotes
_OPEN_CONTEXT = set("([{—–-/:;,") | {"\n", " ", "\t"}
# Plain-text sources type the straight double quote with spaces inside (`" Het is zo. "`); a
# straight single quote between spaces is rather a stray apostrophe, so only this one is paired so.
_PADDED = '"'
_ESCAPE = "\\"  # scraped JSON keeps its escapes: `\"Some of us …\"`
_SENTENCE_END = re.compile(r"[.!?…](?=\s)")


@dataclass(frozen=True)
class QuoteMarks:
    """One paired quotation: marks at `open_at` and `close_at`, inner text `start:end` (stripped).

    `implicit_close` marks a paragraph that the Dutch convention leaves open because the next
    paragraph opens with the same mark; `continues` marks that next paragraph's quote.
    """

    open_at: int
    close_at: int
    start: int
    end: int
    implicit_close: bool = False
    continues: bool = False


@dataclass(frozen=True)
class _Marks:
    """data/quote_marks.csv: what closes each opening mark, and one pattern for every mark."""

    closers: dict[str, str]
    closing: frozenset[str]  # every character that closes some opening mark
    pattern: re.Pattern[str]  # any opening or closing mark: the only characters pairing looks at


@cache
def _marks() -> _Marks:
    closers = {r.open: r.closers for r in table(QuoteMarkRow)}
    closing = frozenset("".join(closers.values()))
    every = "".join(sorted(closing | set(closers)))
    return _Marks(closers, closing, re.compile("[" + re.escape(every) + "]"))


def _before(text: str, i: int) -> str:
    """The character before position i, an escaping backslash skipped (" " at the start)."""
    j = i - 1 if i and text[i - 1] != _ESCAPE else i - 2
    return text[j] if j >= 0 else " "


def _is_opener(text: str, i: int, lex: _Marks) -> bool:
    if text[i] not in lex.closers or i + 1 >= len(text) or text[i + 1].isspace():
        return False
    prev = _before(text, i)
    if prev not in _OPEN_CONTEXT and prev not in lex.closers and prev not in lex.closing:
        return False
    return not (text[i] in "'‘’" and _APOSTROPHE_WORD.match(text, i + 1))


def _is_closer(text: str, i: int) -> bool:
    if i == 0 or text[i - 1].isspace():
        return False
    return i + 1 >= len(text) or not text[i + 1].isalnum()


def _padded_opener(text: str, i: int, lex: _Marks) -> bool:
    """A straight double quote with a space after it, where a quotation may open."""
    prev = _before(text, i)
    return (
        text[i] == _PADDED
        and text[i + 1 : i + 2] == " "
        and (prev in _OPEN_CONTEXT or prev in lex.closing)
    )


def _sentence_end(text: str, start: int, limit: int) -> int:
    """Where the first sentence from `start` ends (after its full stop), else `limit`."""
    match = _SENTENCE_END.search(text, start, limit)
    return match.start() + 1 if match else limit


def _paragraph_start(text: str, i: int) -> bool:
    line_start = text.rfind("\n", 0, i) + 1
    return line_start > 0 and not text[line_start:i].strip()


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == _ESCAPE):
        end -= 1
    return start, end


def find_quote_marks(text: str) -> list[QuoteMarks]:
    """Outermost quotations of `text`, in order; apostrophes and unclosed marks are ignored.

    A paragraph that opens with the mark of a quotation still open continues it (the Dutch
    multi-paragraph convention). A typographic mark ‘ “ „ « ‹ opened again while open lost its
    closer in the source: the earlier quotation ends with its first sentence. A straight double
    quote with a space inside (`" Het is zo. "`) pairs with the next one after a space.
    """
    lex = _marks()
    stack: list[tuple[str, int, bool, bool]] = []  # (opening mark, position, continues, padded)
    found: list[QuoteMarks] = []

    def close(level: int, close_at: int, end: int, implicit: bool) -> None:
        _, open_at, continues, _ = stack[level]
        del stack[level:]
        start, end = _strip(text, open_at + 1, end)
        if start < end:
            found.append(QuoteMarks(open_at, close_at, start, end, implicit, continues))

    for match in lex.pattern.finditer(text):
        i, char = match.start(), match.group()
        padded_close = bool(stack) and stack[-1][3] and char == _PADDED and text[i - 1] == " "
        if padded_close or (char in lex.closing and _is_closer(text, i)):
            level = next(
                (k for k in range(len(stack) - 1, -1, -1) if char in lex.closers[stack[k][0]]),
                None,
            )
            if level is not None:
                close(level, i, i, implicit=False)
                continue
        padded = _padded_opener(text, i, lex)
        if padded or _is_opener(text, i, lex):
            continues = False
            level = next((k for k, entry in enumerate(stack) if entry[0] == char), None)
            if level is not None and _paragraph_start(text, i):
                para_end = text.rfind("\n", 0, i)
                close(level, para_end, para_end, implicit=True)
                continues = True
            elif level is not None and char not in lex.closers[char]:
                end = _sentence_end(text, stack[level][1], i)
                close(level, end, end, implicit=True)
            stack.append((char, i, continues, padded))
    found.sort(key=lambda q: q.open_at)
    outer: list[QuoteMarks] = []
    for quote in found:
        if not outer or quote.open_at > outer[-1].close_at:
            outer.append(quote)
    return outer
