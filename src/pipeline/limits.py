"""Size limits that keep one article's time and memory bounded (`pipeline run --max-chars`).

spaCy's parse of one text costs memory roughly linear in its length and time a little worse: on
this project's machine (`nl_news_sm`, `benchmarks/long_articles.py`) a 100,000-character article
took 6 s and 600 MB peak (the model alone: 170 MB), a 900,000-character one 134 s and 2.7 GB.
News articles are far shorter: a report runs 2,000–6,000 characters and long reads
20,000–50,000. The default limit of 100,000 characters (about 15,000 words) is twice the longest
news form and keeps a worker under 1 GB; a longer text (a book, a log dump, a whole site scraped
into one field) is reported in `_errors.jsonl`, not parsed. spaCy's own `nlp.max_length` is set to
the same limit, so a library call through `Analyzer` refuses the same texts.
"""

from __future__ import annotations

DEFAULT_MAX_CHARS = 100_000
# Articles are analysed in chunks (`nlp.pipe` batches); a chunk stops growing at this many
# characters, so a worker holds at most about one limit's worth of parsed text at a time.
CHUNK_CHARS = DEFAULT_MAX_CHARS
# Files larger than this many bytes per allowed character are refused unread: a .txt needs at most
# 4 bytes a character (UTF-32); HTML carries markup, scripts and styles around its main text.
TEXT_BYTES_PER_CHAR = 4
HTML_BYTES_PER_CHAR = 50


class TextTooLongError(ValueError):
    """An article longer than the limit: reported, never parsed."""


def too_long(chars: int, max_chars: int) -> TextTooLongError:
    return TextTooLongError(
        f"article of {chars:,} characters is longer than --max-chars {max_chars:,}; "
        "not analysed (split it, or raise --max-chars)"
    )


def file_too_large(size: int, max_chars: int, bytes_per_char: int) -> TextTooLongError:
    return TextTooLongError(
        f"file of {size:,} bytes exceeds {bytes_per_char} bytes per character of --max-chars "
        f"{max_chars:,}; not read"
    )
