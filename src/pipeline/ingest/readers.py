"""Readers for .txt, .html, .jsonl and .csv inputs.

Each reader yields `Article`s, and `IngestError`s for inputs it cannot read (empty, binary,
undecodable, a record without text), so one bad article never stops a batch. Records are streamed:
a .jsonl or .csv file of any size is read in constant memory.
"""

from __future__ import annotations

import codecs
import glob
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pandas as pd
from charset_normalizer import from_bytes

from pipeline.ingest.article import make_article, safe_id
from pipeline.schema import Article

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".csv")
CSV_CHUNK_ROWS = 500

# " date 2020-10 Headline" — the header line of the reference press releases.
_HEADER = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}){0,2})\s+(.+?)\s*$", re.IGNORECASE)


class IngestError(Exception):
    """An input that cannot become an article; carries the id and source for the error log."""

    def __init__(self, article_id: str, source: str, message: str) -> None:
        super().__init__(message)
        self.article_id = article_id
        self.source = source


def iter_sources(inputs: Iterable[str | Path]) -> Iterator[Path]:
    """Expand files, folders (recursively, readable suffixes only) and globs, in sorted order.

    A missing input raises FileNotFoundError: a typo in a path should stop the run, not pass silently.
    """
    for raw in inputs:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in SUFFIXES
                and not p.name.startswith((".", "_"))
            )
        elif path.is_file():
            yield path
        else:
            matches = sorted(glob.glob(str(raw), recursive=True))
            if not matches:
                raise FileNotFoundError(f"no such file, folder or glob match: {raw}")
            yield from iter_sources(matches)


def read_path(path: Path) -> Iterator[Article | IngestError]:
    """Articles in the file at `path` (one for .txt/.html, one per record for .jsonl/.csv)."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(path)
        elif suffix == ".csv":
            yield from _read_csv(path)
        elif suffix in (".html", ".htm"):
            yield _read_html(path)
        else:
            yield _read_txt(path)
    except IngestError as error:
        yield error
    except (OSError, ValueError, pd.errors.ParserError) as error:
        yield IngestError(safe_id(path.stem), str(path), f"{type(error).__name__}: {error}")


# Byte-order marks of UTF-16/32 files (UTF-32 first: its little-endian mark starts like UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# The legacy encoding of Dutch text: Windows-1252 (a superset of Latin-1).
_DUTCH_LEGACY = "cp1252"


def decode(data: bytes, source: str, article_id: str) -> str:
    """Bytes to text: a BOM's encoding, else UTF-8 when valid, else a detected legacy encoding.

    charset-normalizer judges short Western European texts poorly ("Café" as Mac Central European
    "Cafť"), and our inputs are Dutch, whose legacy encoding is Windows-1252: when that encoding reads
    the bytes plausibly it wins; otherwise the detector's best guess is used.
    """
    if not data.strip():
        raise IngestError(article_id, source, "empty input")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise IngestError(article_id, source, f"undecodable {encoding} input") from None
    if b"\x00" in data[:4096]:
        raise IngestError(article_id, source, "binary input (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        dutch = from_bytes(data, cp_isolation=[_DUTCH_LEGACY]).best()
        best = dutch or from_bytes(data).best()
        if best is None:
            raise IngestError(
                article_id, source, "undecodable input: no text encoding fits"
            ) from None
        return str(best)


def split_header(text: str) -> tuple[str | None, str | None, str]:
    """(title, date, body) from a text whose first line may be ` date YYYY-MM Headline`."""
    first, _, rest = text.lstrip("\ufeff\n").partition("\n")
    match = _HEADER.match(first)
    if match:
        return match.group(2), match.group(1), rest
    return None, None, text


def _require_text(article: Article) -> Article:
    if not article.text:
        raise IngestError(article.id, article.source, "no article text after ingest")
    return article


def _read_txt(path: Path) -> Article:
    article_id = safe_id(path.stem)
    text = decode(path.read_bytes(), str(path), article_id)
    title, date, body = split_header(text)
    return _require_text(make_article(article_id, str(path), body, title=title, date=date))


def _read_html(path: Path) -> Article:
    article_id = safe_id(path.stem)
    html = decode(path.read_bytes(), str(path), article_id)
    return article_from_html(html, article_id, str(path))


def article_from_html(html: str, article_id: str, source: str, url: str | None = None) -> Article:
    """Main text, title and date of a news page (trafilatura), as an `Article`."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False
    )
    if document is None or not (document.text or "").strip():
        raise IngestError(article_id, source, "no main text found in HTML")
    # trafilatura joins blocks with one newline; our texts separate paragraphs with a blank line.
    body = re.sub(r"\n+", "\n\n", document.text)
    title = document.title
    if title and body.startswith(title + "\n"):
        body = body[len(title) :]
    return _require_text(
        make_article(article_id, source, body, title=title, date=document.date, url=url)
    )


def _record_article(record: dict, source: str, fallback_id: str) -> Article:
    raw_id = str(record.get("id") or "").strip() or fallback_id
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise IngestError(safe_id(raw_id), source, "record has no 'text'")
    title = record.get("title")
    date = record.get("date")
    return _require_text(
        make_article(
            raw_id,
            source,
            text,
            title=str(title) if title else None,
            date=str(date) if date else None,
        )
    )


def _read_jsonl(path: Path) -> Iterator[Article | IngestError]:
    with path.open("rb") as lines:
        yield from read_jsonl_lines(lines, path.stem, str(path))


def read_jsonl_lines(
    lines: Iterable[bytes], stem: str, origin: str
) -> Iterator[Article | IngestError]:
    """One article per JSON object line; `origin:N` is each record's source, `stem-N` its fallback id."""
    for number, raw in enumerate(lines, start=1):
        source = f"{origin}:{number}"
        if not raw.strip():
            continue
        try:
            record = json.loads(decode(raw, source, f"{stem}-{number}"))
            if not isinstance(record, dict):
                raise IngestError(f"{stem}-{number}", source, "record is not a JSON object")
            yield _record_article(record, source, f"{stem}-{number}")
        except IngestError as error:
            yield error
        except (json.JSONDecodeError, RecursionError) as error:  # deep nesting recurses
            yield IngestError(safe_id(f"{stem}-{number}"), source, f"invalid JSON: {error}")


def _csv_encoding(path: Path) -> str:
    """Encoding of a CSV file, judged on its first megabyte so huge files stay streamed."""
    with path.open("rb") as handle:
        sample = handle.read(1 << 20)
    try:
        sample.decode("utf-8-sig")
        return "utf-8-sig"
    except UnicodeDecodeError as error:
        if error.start > len(sample) - 4:  # a multi-byte character cut by the sample's end
            return "utf-8-sig"
    decode(sample, str(path), safe_id(path.stem))  # raises IngestError for empty/binary input
    best = from_bytes(sample).best()
    if best is None:
        raise IngestError(safe_id(path.stem), str(path), "undecodable input: no text encoding fits")
    return best.encoding


def _read_csv(path: Path) -> Iterator[Article | IngestError]:
    if not path.stat().st_size:
        raise IngestError(safe_id(path.stem), str(path), "empty input")
    chunks = pd.read_csv(
        path,
        dtype=str,
        keep_default_na=False,
        chunksize=CSV_CHUNK_ROWS,
        encoding=_csv_encoding(path),
    )
    row_number = 1
    for chunk in chunks:
        if "text" not in chunk.columns:
            raise IngestError(safe_id(path.stem), str(path), "CSV has no 'text' column")
        for record in chunk.to_dict("records"):
            row_number += 1
            try:
                yield _record_article(record, f"{path}:{row_number}", f"{path.stem}-{row_number}")
            except IngestError as error:
                yield error
