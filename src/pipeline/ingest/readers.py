"""Readers for .txt, .html, .jsonl and .csv inputs.

Each reader yields `Article`s, and `IngestError`s for inputs it cannot read (empty, binary,
undecodable, a record without text), so one bad article never stops a batch. Records are streamed:
a .jsonl or .csv file of any size is read in constant memory.
"""

from __future__ import annotations

import csv
import errno
import glob
import itertools
import json
import os
import re
import warnings
from collections.abc import Iterable, Iterator
from pathlib import Path

from pipeline.ingest.article import make_article, safe_id
from pipeline.ingest.encoding import (
    DecodingWarning,
    UndecodableError,
    decode_bytes,
    repair_escaped,
)
from pipeline.ingest.own_outputs import OwnOutputs
from pipeline.schema import Article

SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".csv")
CSV_SAMPLE_BYTES = 1 << 20
# Python's csv module refuses fields over 128 KiB by default; an article text may be longer (the
# article length limit is enforced per article, after reading).
CSV_FIELD_LIMIT = 1 << 30

# " date 2020-10 Headline" — the header line of the reference press releases.
_HEADER = re.compile(r"^\s*date\s+(\d{4}(?:-\d{2}){0,2})\s+(.+?)\s*$", re.IGNORECASE)


class IngestError(Exception):
    """An input that cannot become an article; carries the id and source for the error log."""

    def __init__(self, article_id: str, source: str, message: str) -> None:
        super().__init__(message)
        self.article_id = article_id
        self.source = source


class TemporarilyUnavailable(IngestError):
    """An input that could not be had this time, with no answer about the article itself (a web
    page that timed out or answered 5xx): a later run may succeed, so its earlier output stays."""


def iter_sources(
    inputs: Iterable[str | Path],
    exclude: Iterable[Path] = (),
    skipped: list[Path] | None = None,
) -> Iterator[Path]:
    """Expand files, folders (recursively, readable suffixes only) and globs, in sorted order.

    A missing input raises FileNotFoundError: a typo in a path should stop the run, not pass silently.
    A broken or looping symbolic link, or an unreadable folder, is yielded like a file, so that
    reading it becomes that input's error instead of stopping the run. Our own outputs are never
    inputs (see `pipeline.ingest.own_outputs`): the `exclude` folders (the run's `--out`), any other
    output or export folder met in a walk, report pages and claim JSON-LD files are left out and
    listed in `skipped`.
    """
    own = OwnOutputs(list(exclude))
    skipped = skipped if skipped is not None else []
    for raw in inputs:
        path = Path(raw)
        if path.is_dir() or path.is_file() or path.is_symlink():
            yield from _expand(path, own, skipped)
            continue
        matches = sorted(glob.glob(str(raw), recursive=True))
        if not matches:
            raise FileNotFoundError(f"no such file, folder or glob match: {raw}")
        top = _glob_top(str(raw))
        for match in map(Path, matches):
            folder = match if match.is_dir() else match.parent
            if (inside := own.output_between(top, folder)) is not None:
                skipped.append(inside)
            else:
                yield from _expand(match, own, skipped)


def _expand(path: Path, own: OwnOutputs, skipped: list[Path]) -> Iterator[Path]:
    """A file as given, or a folder's readable files, sorted; our own outputs go to `skipped`."""
    if not path.is_dir():
        if own.inside_out_dir(path) or own.is_output_folder(path.parent) or own.is_own_file(path):
            skipped.append(path)
        else:
            yield path
        return
    if own.is_output_folder(path):
        skipped.append(path)
        return
    found: list[Path] = []
    for root, folders, names in os.walk(
        path, onerror=lambda error: found.append(Path(error.filename))
    ):
        here = Path(root)
        for name in list(folders):
            if own.is_output_folder(here / name):
                skipped.append(here / name)
                folders.remove(name)
        for name in names:
            file = here / name
            if (
                file.suffix.lower() in SUFFIXES
                and not name.startswith((".", "_"))
                and (file.is_file() or file.is_symlink())
            ):
                if own.is_own_file(file):
                    skipped.append(file)
                else:
                    found.append(file)
    yield from sorted(found)


def _glob_top(pattern: str) -> Path:
    """The folder a glob pattern starts from: its leading parts without wildcards."""
    parts = Path(pattern).parts
    literal = list(itertools.takewhile(lambda part: not glob.has_magic(part), parts))
    return Path(*literal) if literal else Path(".")


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
    except OSError as error:
        yield IngestError(safe_id(path.stem), str(path), _unreadable(path, error))
    except (ValueError, csv.Error) as error:
        yield IngestError(safe_id(path.stem), str(path), f"{type(error).__name__}: {error}")


def _unreadable(path: Path, error: OSError) -> str:
    """Why a file cannot be read, in words: broken and looping links named as such."""
    if error.errno == errno.ELOOP:
        return "symbolic link loop: cannot be read"
    if path.is_symlink() and not path.exists():
        return f"broken symbolic link (to {os.readlink(path)}): cannot be read"
    return f"cannot be read: {error.strerror or error}"


def decode(data: bytes, source: str, article_id: str) -> str:
    """Bytes to text (see `pipeline.ingest.encoding`); a doubtful decoding warns (`DecodingWarning`)."""
    try:
        decoded = decode_bytes(data)
    except UndecodableError as error:
        raise IngestError(article_id, source, str(error)) from None
    if decoded.note:
        warnings.warn(DecodingWarning(article_id, source, decoded.note), stacklevel=2)
    return decoded.text


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
        sample = handle.read(CSV_SAMPLE_BYTES)
        more = bool(handle.read(1))
    if more:  # do not judge a character cut by the sample's end
        sample = sample[: sample.rfind(b"\n") + 1] or sample
        sample = sample[: len(sample) - len(sample) % 4]
    try:
        decoded = decode_bytes(sample)
    except UndecodableError as error:
        raise IngestError(safe_id(path.stem), str(path), str(error)) from None
    return {"utf-8": "utf-8-sig", "utf-16": "utf-16", "utf-32": "utf-32"}.get(
        decoded.encoding, decoded.encoding
    )


def _read_csv(path: Path) -> Iterator[Article | IngestError]:
    """One record per CSV row, each row checked on its own: a bad row is one error, with its line.

    Rows are read with the csv module, so a row's first line number is known (quoted fields may
    span lines). A row with more or fewer fields than the header is ragged: its fields cannot be
    matched to columns, so it becomes an error and the rows around it are read as usual. Bytes the
    file's encoding cannot read are kept (`surrogateescape`) and read as Windows-1252, with a
    warning for that row, so one stray byte costs neither the file nor the row.
    """
    if not path.stat().st_size:
        raise IngestError(safe_id(path.stem), str(path), "empty input")
    encoding = _csv_encoding(path)
    csv.field_size_limit(CSV_FIELD_LIMIT)
    with path.open(encoding=encoding, errors="surrogateescape", newline="") as handle:
        rows = csv.reader(handle)
        try:
            header = [name.strip() for name in next(rows)]
        except (StopIteration, csv.Error) as error:
            raise IngestError(safe_id(path.stem), str(path), f"no CSV header: {error}") from None
        if "text" not in header:
            raise IngestError(safe_id(path.stem), str(path), "CSV has no 'text' column")
        while True:
            line = rows.line_num + 1
            source, fallback_id = f"{path}:{line}", f"{path.stem}-{line}"
            try:
                row = next(rows)
            except StopIteration:
                return
            except csv.Error as error:
                yield IngestError(safe_id(fallback_id), source, f"line {line}: {error}")
                continue
            if not row:  # a blank line
                continue
            if len(row) != len(header):
                yield IngestError(
                    safe_id(fallback_id),
                    source,
                    f"line {line}: ragged row of {len(row)} field(s), the header has {len(header)}",
                )
                continue
            record = {}
            for name, value in zip(header, row, strict=True):
                value, note = repair_escaped(value, f" in column {name!r} of line {line}")
                if note:
                    warnings.warn(DecodingWarning(safe_id(fallback_id), source, note), stacklevel=2)
                record[name] = value
            try:
                yield _record_article(record, source, fallback_id)
            except IngestError as error:
                yield error
