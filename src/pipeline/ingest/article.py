"""Building `Article` objects: ids safe as file names, normalised text, hash."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from pipeline.schema import Article

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
# C0 control characters other than tab and newline (NUL, form feed, ...): never article text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def safe_id(raw: str) -> str:
    """`raw` made safe as a file name: ASCII letters, digits, '.', '_' and '-' only."""
    ascii_form = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode()
    cleaned = _UNSAFE.sub("_", ascii_form).strip("._-")
    return cleaned[:120] or "article"


def normalise_text(text: str) -> str:
    """Unicode NFC, Unix line ends, no trailing spaces, no leading/trailing blank lines.

    Offsets of every span point into this normalised text, which is what the output stores.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\ufeff", "").replace("\u00a0", " ")
    text = _CONTROL.sub("", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n").strip()


def make_article(
    id: str,
    source: str,
    text: str,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
) -> Article:
    """An `Article` with normalised text, its SHA-256 and length."""
    body = normalise_text(text)
    return Article(
        id=safe_id(id),
        source=source,
        url=url,
        title=" ".join(title.split()) if title else None,
        date=date or None,
        text=body,
        sha256=hashlib.sha256(body.encode("utf-8")).hexdigest(),
        chars=len(body),
    )
