"""Bytes to text for Dutch news inputs: the encoding detected, suspicious decodings reported.

The order of decisions, each for a reason:
1. A byte-order mark names its encoding (UTF-8, UTF-16, UTF-32).
2. NUL bytes: text saved as UTF-16 or UTF-32 without a mark shows them in a fixed layout (every
   second or every 2–4 of 4 bytes, for Latin script); that layout, a strict decode and a clean
   result are required. Any other NUL byte, wherever it is, makes the input binary: refused.
3. Valid UTF-8 is UTF-8.
4. Mostly UTF-8 with a few bytes that are not (a file pasted together from two editors): the UTF-8
   stays UTF-8 and the stray bytes are read as Windows-1252, with a warning naming the first.
5. Mostly ASCII with some high bytes: Windows-1252, the legacy encoding of Dutch text (a superset
   of Latin-1). Detectors judge a few accented letters poorly (one stray byte came out Cyrillic,
   "Café" as Central European "Cafť"). Bytes Windows-1252 leaves undefined become U+FFFD, with a
   warning.
6. Otherwise (a text in another script) charset-normalizer guesses, Windows-1252 first; a guess
   is always reported.
Warnings are `DecodingWarning`s (Python's `warnings`), which a batch records per article.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

# Byte-order marks of UTF-16/32 files (UTF-32 first: its little-endian mark starts like UTF-16's).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# (encoding, code unit width, byte positions in a unit that are NUL for Latin-script text)
_WIDE = (
    ("utf-32-le", 4, (1, 2, 3)),
    ("utf-32-be", 4, (0, 1, 2)),
    ("utf-16-le", 2, (1,)),
    ("utf-16-be", 2, (0,)),
)
_WIDE_SAMPLE = 4096
_WIDE_MIN_NUL_SHARE = 0.7  # curly quotes, € and dashes have no NUL byte; most letters do
_WIDE_MAX_OTHER_NUL_SHARE = 0.1
_MAX_CONTROL_SHARE = 0.01
DUTCH_LEGACY = "cp1252"
# Above this share of bytes >= 0x80, a text is not Latin script with accents (Dutch has a few %).
_MAX_LATIN_HIGH_SHARE = 0.3
_HIGH_BYTES = bytes(range(0x80, 0x100))
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_MIN_UTF8_SEQUENCES_FOR_MIXED = 2
_ESCAPED = re.compile("[\udc80-\udcff]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class UndecodableError(ValueError):
    """Bytes that are not text: empty, binary, or no encoding fits."""


class DecodingWarning(UserWarning):
    """Text was decoded, but not cleanly: the note says what was guessed or replaced."""

    def __init__(self, article_id: str, source: str, note: str) -> None:
        super().__init__(note)
        self.article_id = article_id
        self.source = source
        self.note = note


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None


def decode_bytes(data: bytes) -> Decoded:
    """Decode `data` following the order in the module docstring."""
    if not data.strip():
        raise UndecodableError("empty input")
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                raise UndecodableError(f"undecodable {encoding} input") from None
    if b"\x00" in data:
        wide = _bomless_wide(data)
        if wide is None:
            raise UndecodableError(
                f"binary input ({data.count(0):,} NUL bytes, the first at byte "
                f"{data.index(0):,}), not text"
            )
        return wide
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        pass
    if len(_UTF8_SEQUENCE.findall(data)) >= _MIN_UTF8_SEQUENCES_FOR_MIXED:
        return _mixed_utf8(data)
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    if high <= _MAX_LATIN_HIGH_SHARE * len(data):
        return _dutch_legacy(data)
    return _guessed(data)


def repair_escaped(text: str, note_where: str = "") -> tuple[str, str | None]:
    """Bytes kept as surrogates by `errors="surrogateescape"`, read as Windows-1252 instead.

    Returns the text and a note when anything was repaired (None otherwise).
    """
    first = _ESCAPED.search(text)
    if first is None:
        return text, None
    count = sum(len(m.group()) for m in _ESCAPED.finditer(text))
    repaired = _ESCAPED.sub(
        lambda m: bytes(ord(c) - 0xDC00 for c in m.group()).decode(DUTCH_LEGACY, "replace"),
        text,
    )
    note = (
        f"mixed encodings: {count} byte(s) not valid UTF-8{note_where} (the first at character "
        f"{first.start():,}) read as Windows-1252; check the text"
    )
    return repaired, note


def _bomless_wide(data: bytes) -> Decoded | None:
    """UTF-32 or UTF-16 without a byte-order mark, recognised by where its NUL bytes are."""
    for encoding, width, nul_positions in _WIDE:
        sample = data[: _WIDE_SAMPLE - _WIDE_SAMPLE % width]
        units = len(sample) // width
        if len(data) % width or not units:
            continue
        shares = [sample[i::width].count(0) / units for i in range(width)]
        others = [s for i, s in enumerate(shares) if i not in nul_positions]
        if min(shares[i] for i in nul_positions) < _WIDE_MIN_NUL_SHARE or any(
            s > _WIDE_MAX_OTHER_NUL_SHARE for s in others
        ):
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if len(_CONTROL.findall(text)) <= _MAX_CONTROL_SHARE * len(text):
            return Decoded(text, encoding)
    return None


def _mixed_utf8(data: bytes) -> Decoded:
    text, note = repair_escaped(data.decode("utf-8-sig", errors="surrogateescape"))
    return Decoded(text, "utf-8", note)


def _dutch_legacy(data: bytes) -> Decoded:
    text = data.decode(DUTCH_LEGACY, errors="replace")
    undefined = text.count("\ufffd")
    note = None
    if undefined:
        note = (
            f"{undefined} byte(s) undefined in Windows-1252 (the first at character "
            f"{text.index(chr(0xFFFD)):,}) replaced by U+FFFD; check the text"
        )
    return Decoded(text, DUTCH_LEGACY, note)


def _guessed(data: bytes) -> Decoded:
    best = from_bytes(data, cp_isolation=[DUTCH_LEGACY]).best() or from_bytes(data).best()
    if best is None:
        raise UndecodableError("undecodable input: no text encoding fits")
    note = None
    if best.encoding != DUTCH_LEGACY:
        note = f"not UTF-8: encoding guessed as {best.encoding}; check the text"
    return Decoded(str(best), best.encoding, note)
