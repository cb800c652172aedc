"""Sentences and clauses: every notion of "sentence" the pipeline uses, in one place.

Small parsers split and join sentences where a reader would not, so the pipeline corrects them in
two stages, and the extractors read the result in the one way each needs:

- spaCy components, before the parser: `newline_sentences` (a line break always starts a
  sentence: headlines carry no full stop) and `long_sentences` (a cap of `MAX_SENTENCE_TOKENS`
  for unpunctuated runs, which would make per-sentence rules quadratic);
- `reader_sentences`: the parser's sentences, joined again where the parser split inside one.
  Claims report these as their `sentence`, so they keep the parser's boundaries wherever a reader
  would end a sentence there too;
- `punctuation_sentences` over `sentence_ends`: sentences by punctuation alone, ignoring the parser
  (also where it did not split: "… zei hij.Daarna" glued, a full stop left on "dat."). Demands
  scan the clause around a cue within these, since a demand's clause limits are punctuation;
- `clause_start` / `clause_end`: the character span of the clause around a position, bounded by
  a line break, a sentence end or a quotation (quote attribution looks for cues in it).

The first two differ on purpose and give different boundaries on real text; unifying them would
change claim sentences or demand clauses, so it is a decision for its own change.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import compress

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.text.grammar import SENTENCE_END, ends_sentence, quote_marks
from pipeline.text.view import DocView

# News sentences stay far below this (the corpus's longest is 34 tokens); see `long_sentences`.
MAX_SENTENCE_TOKENS = 150
_LINE_BREAKS = re.compile(r"\n+")
_SENTENCE_BREAKS = re.compile(r"[.!?…\n]")
_FINAL = tuple(SENTENCE_END)  # for str.endswith
COMPONENTS = ("newline_sentences", "long_sentences")  # in pipeline order, before the parser


@Language.component("newline_sentences")
def newline_sentences(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    Headlines and subheadings ("Resultaten", "Rust de politie met voldoende middelen uit") carry no
    full stop; without this the parser glues them to the next paragraph's first sentence. Line
    breaks are found in the text and mapped to tokens by offset: looping over Token objects would
    cost more than the rest of our components together.
    """
    text = doc.text
    if "\n" not in text:
        return doc
    starts = doc.to_array("IDX").tolist()
    for match in _LINE_BREAKS.finditer(text):
        following = bisect_right(starts, match.start())  # the first token after the break
        if following < len(doc):
            doc[following].is_sent_start = True
    return doc


@Language.component("long_sentences")
def long_sentences(doc: Doc) -> Doc:
    """Start a sentence every `MAX_SENTENCE_TOKENS` tokens in a run with no full stop or line break.

    Such a run is a list, a table or text without punctuation, not a sentence; the extractors'
    per-sentence rules cost time quadratic in sentence length, so one 4,000-word run took minutes.
    Breaks are found in the text and mapped to tokens by offset, as in `newline_sentences`.
    """
    if len(doc) <= MAX_SENTENCE_TOKENS:
        return doc
    starts = doc.to_array("IDX").tolist()
    breaks = {bisect_right(starts, m.start()) - 1 for m in _SENTENCE_BREAKS.finditer(doc.text)}
    previous = -1  # the last token of the previous run
    for end in [*sorted(breaks), len(doc)]:
        for k in range(previous + 1 + MAX_SENTENCE_TOKENS, end, MAX_SENTENCE_TOKENS):
            doc[k].is_sent_start = True
        previous = end
    return doc


@cache
def _closing() -> str:
    """What may follow a sentence's final mark: a closing quotation mark (or an opening one the
    parser left at the end) or a bracket."""
    return "".join(sorted(quote_marks())) + ")"


@dataclass(frozen=True)
class Sentence:
    """A sentence as token bounds [start, end) and character bounds [start_char, end_char), with
    its text up to the next sentence (trailing whitespace included). A spaCy Span would rebuild
    its text token by token."""

    start: int
    end: int
    start_char: int
    end_char: int
    text_with_ws: str


def _sentence(view: DocView, a: int, b: int) -> Sentence:
    text, starts = view.text, view.starts
    end_ws = starts[b] if b < len(starts) else len(text)
    return Sentence(a, b, starts[a], view.end(b - 1), text[starts[a] : end_ws])


def reader_sentences(view: DocView) -> list[Sentence]:
    """The parser's sentences, joined again where it split inside one.

    Small parsers cut "Buurtbewoners | vertellen dat …", "Volgens de Rekenkamer | Arnhem was …",
    "Stel | je | voor: …". A sentence ends where a reader ends it: at a full stop, question or
    exclamation mark (before quote marks or brackets) or a line break -- or after
    `MAX_SENTENCE_TOKENS` tokens, the cap `long_sentences` sets for unpunctuated runs.
    """
    doc, n = view.doc, len(view)
    if not doc.has_annotation("SENT_START") or "sents" in doc.user_hooks:
        firsts = [sent.start for sent in doc.sents]  # raises as `Doc.sents` does
    else:
        firsts = [0] + [i for i in range(1, n) if view.sent_start[i] == 1]
    text, starts = view.text, view.starts
    out: list[Sentence] = []
    start: int | None = None
    for first, end in zip(firsts, [*firsts[1:], n], strict=True):
        start = first if start is None else start
        piece = text[starts[first] : starts[end] if end < n else len(text)]
        final = (
            piece.rstrip().rstrip(_closing()).rstrip().endswith(_FINAL)
            or "\n" in piece
            or not any(c.isalnum() for c in piece)  # a lone quote mark the parser split off
        )
        if final or end - start >= MAX_SENTENCE_TOKENS:
            out.append(_sentence(view, start, end))
            start = None
    if start is not None:
        out.append(_sentence(view, start, n))
    return out


def sentence_ends(view: DocView) -> list[bool]:
    """`ends_sentence` of every token, with an end every `MAX_SENTENCE_TOKENS` tokens of a run
    without one: a run that long is a list or unpunctuated text, not a sentence, and rules that
    scan whole sentences per cue stay linear (the cap `long_sentences` sets for the parser)."""
    orth, starts = view.orth, view.starts
    ends = [False] * len(orth)
    # a sentence end ends on a mark or holds a line break: only the tokens holding one of those
    # characters (found in the text, mapped to tokens by bisection) are tested
    for char in _SENTENCE_BREAKS.finditer(view.text):
        i = bisect_right(starts, char.start()) - 1
        if orth[i][-1:] in SENTENCE_END or "\n" in orth[i]:
            ends[i] = ends_sentence(view, i)
    if len(orth) >= MAX_SENTENCE_TOKENS:
        previous = -1  # the last end before the run
        for end in [*compress(range(len(ends)), ends), len(ends)]:
            for k in range(previous + MAX_SENTENCE_TOKENS, end, MAX_SENTENCE_TOKENS):
                ends[k] = True
            previous = end
    return ends


def punctuation_bounds(ends: list[bool]) -> list[tuple[int, int]]:
    """The token bounds [start, end) of the sentences `punctuation_sentences` reads from `ends`
    (for callers that need no text): each end closes one, the tokens after the last end make
    the last."""
    bounds, start = [], 0
    for i in compress(range(len(ends)), ends):
        bounds.append((start, i + 1))
        start = i + 1
    if start < len(ends):
        bounds.append((start, len(ends)))
    return bounds


def punctuation_sentences(view: DocView, ends: list[bool]) -> list[Sentence]:
    """Sentences by punctuation and line breaks (`ends` from `sentence_ends`), whatever the parser
    says: it splits "Voorzitter Yusuf Demir | van de Algemene Onderwijsbond vraagt …" and
    "Rust | de politie … uit"; the full stop is the boundary a reader uses."""
    return [_sentence(view, start, end) for start, end in punctuation_bounds(ends)]


def clause_start(text: str, pos: int, quoted: Callable[[int], bool]) -> int:
    """Start of the clause that character `pos` is in: after a line break, a sentence end (a
    terminal mark before whitespace) or a character for which `quoted` holds."""
    i = pos - 1
    while i >= 0:
        char = text[i]
        if char == "\n" or quoted(i):
            return i + 1
        if char in SENTENCE_END and (i + 1 >= len(text) or text[i + 1].isspace()):
            return i + 1
        i -= 1
    return 0


def clause_end(text: str, pos: int, quoted: Callable[[int], bool]) -> int:
    """End (exclusive) of the clause from character `pos`: a line break, a terminal mark
    (included) or the next character after `pos` for which `quoted` holds."""
    i = pos
    while i < len(text):
        char = text[i]
        if char == "\n" or (quoted(i) and i > pos):
            return i
        if char in SENTENCE_END:
            return i + 1
        i += 1
    return i
