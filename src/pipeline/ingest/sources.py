"""What `pipeline run`'s inputs name: files, folders and globs, web addresses, or stdin (`-`)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

from pipeline.ingest.article import make_article
from pipeline.ingest.readers import (
    IngestError,
    decode,
    iter_sources,
    read_jsonl_lines,
    split_header,
)
from pipeline.schema import Article

STDIN = "-"
STDIN_ID = "stdin"
STDIN_SOURCE = "<stdin>"


def is_url(raw: str | Path) -> bool:
    """Whether an input names a web address (http or https) rather than a file."""
    return isinstance(raw, str) and urlsplit(raw).scheme in ("http", "https")


@dataclass
class Inputs:
    """The inputs of a run, sorted by kind; `paths` are expanded (FileNotFoundError if missing).

    `skipped` lists what the expansion left out as our own outputs (see `iter_sources`).
    """

    paths: list[Path] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    stdin: bool = False
    skipped: list[Path] = field(default_factory=list)


def split_inputs(raw_inputs: Iterable[str | Path], exclude: Iterable[Path] = ()) -> Inputs:
    """The inputs sorted by kind; files under the `exclude` folders (the run's `--out`) skipped."""
    inputs = Inputs()
    local: list[str | Path] = []
    for raw in raw_inputs:
        if raw == STDIN:
            inputs.stdin = True
        elif is_url(raw):
            inputs.urls.append(str(raw))
        else:
            local.append(raw)
    inputs.paths = list(iter_sources(local, exclude=exclude, skipped=inputs.skipped))
    return inputs


def read_stdin(stream: BinaryIO | None = None) -> Iterator[Article | IngestError]:
    """Standard input: JSON lines (one article per object) or else the text of one article.

    JSON lines are recognised by a first non-blank line that starts with `{`, and streamed; plain
    text is read whole, with the optional ` date YYYY-MM Headline` first line of a .txt file.
    """
    stream = stream if stream is not None else sys.stdin.buffer
    first = b""
    for line in stream:
        if line.strip():
            first = line
            break
    if first.lstrip().startswith(b"{"):
        yield from read_jsonl_lines(_chain_first(first, stream), STDIN_ID, STDIN_SOURCE)
        return
    try:
        text = decode(first + stream.read(), STDIN_SOURCE, STDIN_ID)
    except IngestError as error:
        yield error
        return
    title, date, body = split_header(text)
    article = make_article(STDIN_ID, STDIN_SOURCE, body, title=title, date=date)
    if not article.text:
        yield IngestError(STDIN_ID, STDIN_SOURCE, "no article text after ingest")
    else:
        yield article


def _chain_first(first: bytes, rest: Iterable[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest
