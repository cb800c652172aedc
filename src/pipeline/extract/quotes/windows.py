"""Where the strategies look: the stretch of text around a quotation that may name its speaker.

Each window holds tokens outside every quotation (`QuoteContext.tokens`), bounded by the clause
notion of `pipeline.text.sentences` (a line break, a sentence end or another quotation):

- `cue_after`: the clause after the closing mark ("‘…’, aldus X", "‘…’ Dat zegt X.");
- `before_colon`: the clause before a colon that opens the quotation ("X zegt: ‘…’"), cut to a
  speaker's length; `colon_clause` the whole of it ("X, die …:");
- `clause_around`: the clause the quotation stands in ("volgens X is het ‘…’");
- `previous_sentence`: the sentence right before a quotation that opens a sentence
  ("Toch is hij kritisch. „…”").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from pipeline.extract.quotes.context import QuoteContext
from pipeline.text.grammar import SENTENCE_END
from pipeline.text.quotemarks import QuoteMarks

_MAX_SPEAKER_TOKENS = 12


@dataclass(frozen=True)
class CueWindow:
    """The clause after a quotation: its tokens, its words (punctuation dropped, an opening
    "Dat"/"zo" dropped), the first of those words (the cue to test) and where the clause ends."""

    tokens: list[Token]
    words: list[Token]
    first: Token
    end: int


@dataclass(frozen=True)
class ClauseWindow:
    """The clause a quotation stands in: its tokens outside quotes and where it ends."""

    tokens: list[Token]
    end: int


def cue_after(ctx: QuoteContext, quote: QuoteMarks) -> CueWindow | None:
    """The clause right after the closing mark, when it can hold a cue.

    After a sentence end only a capitalised postposed cue ("Aldus X.") or a cue sentence opener
    (`cue_opener` in quote_words.csv: "Dat zegt X.", "Zo zegt X.") continues the quotation;
    after a comma a cue adverb or opener (`cue_adverb`: ", zo zegt X"; ", dat zegt X") is skipped. A paragraph the Dutch
    convention leaves open has no cue after it.
    """
    if quote.implicit_close:
        return None
    text, lex = ctx.text, ctx.lex
    pos = quote.close_at + 1
    rest = text[pos:]
    stripped = rest.lstrip(" ,")
    sentence_ended = text[quote.end - 1] in SENTENCE_END or rest.startswith((".", "!", "?"))
    if rest.startswith((".", "!", "?")):
        pos += 1
        stripped = text[pos:].lstrip(" ")
    if not stripped or stripped[0] == "\n":
        return None
    end = ctx.clause_end(pos)
    window = ctx.tokens(pos, end)
    words = [t for t in window if not t.is_punct]
    if not words:
        return None
    first = words[0]
    if sentence_ended and first.text[:1].isupper():
        if first.lower_ in lex.postposed:
            pass
        elif first.lower_ in lex.words.cue_opener and len(words) > 1:
            words = words[1:]
            first = words[0]
        else:
            return None
    elif len(words) > 1 and first.lower_ in lex.words.cue_adverb.keys() | lex.words.cue_opener:
        words = words[1:]
        first = words[0]
    return CueWindow(window, words, first, end)


def colon_before(ctx: QuoteContext, quote: QuoteMarks) -> int | None:
    """The offset of a colon right before the opening mark, also across a line break ("Wethouder
    Jansen:" on a line of its own above the quotation)."""
    colon = len(ctx.text[: quote.open_at].rstrip()) - 1
    return colon if colon >= 0 and ctx.text[colon] == ":" else None


def colon_clause(ctx: QuoteContext, quote: QuoteMarks) -> list[Token] | None:
    """The whole clause before a colon that opens the quotation, up to three speakers' length
    ("De teamchef van het basisteam, waar de agenten werken:")."""
    colon = colon_before(ctx, quote)
    if colon is None:
        return None
    window = ctx.tokens(ctx.clause_start(colon), colon)
    return window if 0 < len(window) <= 3 * _MAX_SPEAKER_TOKENS else None


def before_colon(ctx: QuoteContext, quote: QuoteMarks) -> list[Token] | None:
    """The clause before a colon right before the opening mark, at most a speaker's length.

    A long clause is cut after its last comma: "Toen de rechter vroeg …, antwoordde ze:".
    """
    colon = colon_before(ctx, quote)
    if colon is None:
        return None
    window = ctx.tokens(ctx.clause_start(colon), colon)
    commas = [k for k, t in enumerate(window) if t.text == ","]
    if len(window) > _MAX_SPEAKER_TOKENS and commas:
        window = window[commas[-1] + 1 :]
    if not window or len(window) > _MAX_SPEAKER_TOKENS:
        return None
    return window


def clause_around(ctx: QuoteContext, quote: QuoteMarks) -> ClauseWindow:
    """The clause around a quotation; one whose text ends a sentence ends the clause too."""
    start = ctx.clause_start(quote.open_at)
    end = ctx.clause_end(quote.close_at + 1)
    if ctx.text[quote.end - 1] in SENTENCE_END:
        end = quote.close_at + 1
    return ClauseWindow(ctx.tokens(start, end), end)


def previous_sentence(ctx: QuoteContext, quote: QuoteMarks) -> list[Token] | None:
    """The sentence just before a quotation that follows a sentence end in the same paragraph
    (None when the quotation does not follow one, or that sentence is itself quoted)."""
    before = ctx.text[: quote.open_at].rstrip(" ")
    if not before or before[-1] not in SENTENCE_END or ctx.quoted(len(before) - 1):
        return None
    return ctx.tokens(ctx.clause_start(len(before) - 1), len(before))
