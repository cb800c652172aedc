"""Non-claim shapes: numbers inside a phone number, URL, e-mail address, IBAN, postcode, licence
plate, IP address, date, time, case number or code are no claims, and nothing inside them is read
as one (GUIDELINES.md, Claims). A version number ("2.4.1") needs no shape: `parse_digits` reads
no number with two dots that are no thousands groups, and "versie 2.4" is a reference word's.

Each shape is a named function `(layout) -> spans` that finds its pattern in the words laid out
as text (`Layout`: the words at their offsets, so the patterns see the spacing the writer used);
`registry.shapes` lists them and `Scan.shapes` marks every word a span touches, so the scan steps
past it whole and no reader starts inside it. Their words are non_claims.yaml sections; the
telephone words of number_words.yaml (`phone_words`) and the clock words (`clock_units`) too.
The shapes run only on a word sequence with a digit in it: a number of ours has digits or no
shape at all; and, when the scan knows the text of its words, only where that holds what some
shape's match holds (`may_hold_shape`: a digit glued to a mark or letter, a colon, …).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from pipeline.extract.numbers.vocab import non_claim_words

if TYPE_CHECKING:
    from pipeline.extract.numbers.context import Scan

Spans = Iterator[tuple[int, int]]

# What every match of a shape holds, searched first: a pattern that begins with a fixed character
# or a short run is searched far faster than the shape, and a text without it has no match.
_ZERO_DIGIT = re.compile(r"0\d")  # a national or municipal phone number
_CAPITAL_DIGIT = re.compile(r"[A-Z]\d")  # an IBAN
_DIGIT_CAPITAL = re.compile(r"\d[A-Z]")  # digits with capitals glued to them ("5G")
_CLOCK_HINT = re.compile(r"\d[:.uh]\d")  # a time of day
_EIGHT_DIGITS = re.compile(r"\d{8}")  # a long identifier
_POSTCODE_HINT = re.compile(r"[1-9]\d{3} ?[A-Z]{2}")  # four digits, two capitals
# A digit, then a letter before it (a code: "A27", "COVID-19"), searched in the reversed text: a
# pattern that begins with a digit skips to the few digits, one that begins with a letter does not.
_DIGIT_LETTER_REVERSED = re.compile(r"\d[-_]?[^\W\d_]")
_SEP = r"[ \-.–/]{0,3}"  # between the digit groups of a phone number: "088 - 169 1234"


@dataclass(frozen=True)
class Layout:
    """The scan's words laid out as text at their offsets (the first word at 0), and what is around
    a character span: the lower-case word before and after it."""

    text: str
    starts: tuple[int, ...]
    scan: Scan

    @classmethod
    def of(cls, scan: Scan) -> Layout:
        """The layout of `scan.words` (gaps between words become spaces)."""
        words = scan.words
        base = end = words[0].start
        parts = []
        for w in words:
            parts.append(" " * (w.start - end))
            parts.append(w.text)
            end = w.end
        return cls("".join(parts), tuple([w.start - base for w in words]), scan)

    def words_in(self, a: int, b: int) -> range:
        """The indices of the words that the character span [a, b) touches."""
        first = bisect_right(self.starts, a) - 1
        if first >= 0 and self.starts[first] + len(self.scan.words[first].text) <= a:
            first += 1
        return range(max(first, 0), bisect_left(self.starts, b))

    def before(self, a: int, n: int = 1) -> tuple[str, ...]:
        """The n lower-case words before character a, nearest last."""
        k = bisect_left(self.starts, a)
        return tuple(self.scan.low(x) for x in range(max(k - n, 0), k))

    def after(self, b: int) -> str:
        """The lower-case word that starts at or after character b."""
        return self.scan.low(bisect_left(self.starts, b))


def marked(scan: Scan) -> dict[int, int]:
    """For every word inside a non-claim shape of the registry: the end (exclusive) of the run of
    shaped words it belongs to. Empty when no word has a digit, or when the scan knows its text
    and that holds nothing any shape needs (`may_hold_shape`): most sentences."""
    words = scan.words
    if not words or (
        scan.text is not None and not may_hold_shape(scan.text[words[0].start : words[-1].end])
    ):
        return {}
    if not any(w.text[0].isdigit() for w in words):
        return {}
    layout = Layout.of(scan)
    inside: set[int] = set()
    for shape in scan.registry.shapes:
        for a, b in shape(layout):
            inside.update(layout.words_in(a, b))
    ends: dict[int, int] = {}
    for k in sorted(inside, reverse=True):
        ends[k] = ends.get(k + 1, k + 1)
    return ends


def may_hold_shape(text: str) -> bool:
    """Whether `text` (words as the writer spaced them) holds what some match of a shape holds:
    an "@" (e-mail), a colon (a time, "https://", "ECLI:NL:…"), a web address's start, or a digit
    as no count stands (`_GLUED_DIGIT`). A few searches for all shapes at once, instead of laying
    the words out and asking each shape."""
    if "@" in text or ":" in text:
        return True
    return _GLUED_DIGIT.search(text) is not None or _url_start().search(text) is not None


# A digit glued to a character other than a space, digit or comma before it ("A27", "+31",
# "(010)", "'24", "12-34-AB", "3/4") or other than those, a full stop or "%" after it ("5G",
# "19u30", "4x4", "3-4-2020"); a full stop between digits ("10.100.200.250", "19.30"); a postcode's
# two capitals or a 0 after one space ("1234 AB", "14 038"); "14038"; eight digits in a row; a
# number that starts with 0 ("06 12345678"). Every match of a shape but a web address or one with
# a colon or an "@" holds one of these. Each alternative begins with a digit, so the search skips
# to the digits.
_GLUED_DIGIT = re.compile(
    r"\d(?:(?<=[^\s\d,]\d)|[^\s\d,.%]|\.\d|\s(?:0\d|[A-Z]{2})|\d\s?0\d|\d{7})|0(?<!\w0)\d"
)


@cache
def _url_start() -> re.Pattern[str]:
    """`_url_hint` with each alternative beginning with a fixed character (the search skips to
    those): "://", "www." in any case, a dot before a domain."""
    return re.compile(rf"://|[wW][wW][wW]\.|\.(?i:{_domains()})")


def _spans(pattern: re.Pattern[str], layout: Layout, *needs: str) -> Spans:
    """The spans of `pattern` in the layout. `needs`: strings of which every match holds one; a
    text without any of them has no match, and a substring test costs far less than the scan."""
    if needs and not any(n in layout.text for n in needs):
        return
    for m in pattern.finditer(layout.text):
        yield m.span()


# --- the shapes ----------------------------------------------------------------------------------


@cache
def _url_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:{_domains()})\b(?:/\S*)?",
        re.IGNORECASE,
    )


@cache
def _url_hint() -> re.Pattern[str]:
    """What every web address holds: "://", "www." or a dot before a domain (a cheap search: each
    alternative begins with a fixed character)."""
    return re.compile(rf"://|www\.|\.(?:{_domains()})", re.IGNORECASE)


def _domains() -> str:
    return "|".join(sorted(non_claim_words().url_domains, key=len, reverse=True))


def url(layout: Layout) -> Spans:
    """ "https://www.zwolle.nl/raadsvoorstel-2025-117.pdf", "…/zoek?q=45%25%20test%",
    "politie.nl/tips": a web address (non_claims.yaml `url_domains` for one without www)."""
    if _url_hint().search(layout.text):
        yield from _spans(_url_pattern(), layout)


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def email(layout: Layout) -> Spans:
    """ "info@slachtofferhulp.nl": an e-mail address."""
    yield from _spans(_EMAIL, layout, "@")


_INTERNATIONAL = re.compile(rf"(?<![\w+])\+\d{{1,3}}(?: ?\(0\))?(?:{_SEP}\d){{6,12}}(?!\d)")
_NATIONAL = re.compile(rf"(?<![\w.,])(?<!\d )\(?0\d{{1,3}}\)?(?:{_SEP}\d){{4,9}}(?!\d)")
_MUNICIPAL = re.compile(r"(?<![\w.,])(\d{2}) ?0\d{2,3}(?!\d|[.,]\d)")
_MIN_NATIONAL_DIGITS = 7


def phone(layout: Layout) -> Spans:
    """ "+31 6 98 76 54 32", "+31698765432", "06-12345678", "0800-7000", "088 - 169 1234",
    "(010) 123 45 67": a telephone number (international, or national with its leading 0); and
    "bellen met 14 038", the municipal number, after a telephone word (non_claims.yaml
    `phone_context`, `municipal_prefix`)."""
    yield from _spans(_INTERNATIONAL, layout, "+")
    if not _ZERO_DIGIT.search(layout.text):
        return  # the national and the municipal number hold a 0 before a digit
    for m in _NATIONAL.finditer(layout.text):
        if sum(c.isdigit() for c in m.group()) >= _MIN_NATIONAL_DIGITS:
            yield m.span()
    words = non_claim_words()
    for m in _MUNICIPAL.finditer(layout.text):
        context = set(layout.before(m.start(), 3)) & words.phone_context
        if m.group(1) in words.municipal_prefix and context:
            yield m.span()


_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")


def iban(layout: Layout) -> Spans:
    """ "NL91 ABNA 0417 1643 00", "BE68539007547034": a bank account number."""
    if _CAPITAL_DIGIT.search(layout.text):
        yield from _spans(_IBAN, layout)


_POSTCODE = re.compile(r"\b([1-9]\d{3})( ?)(?!SA|SD|SS)[A-Z]{2}\b(?![\w-])")
_YEAR = re.compile(r"(?:19|20)\d\d")
_PLACE_AFTER = re.compile(r" +[A-Z][a-z]| *(?:,|$)")


def postcode(layout: Layout) -> Spans:
    """ "1234 AB", "8000 GA Zwolle": a Dutch postcode; a year before two capitals ("in 2019 EU")
    only when a place name or the end follows."""
    if not _POSTCODE_HINT.search(layout.text):
        return
    for m in _POSTCODE.finditer(layout.text):
        spaced_year = m.group(2) and _YEAR.fullmatch(m.group(1))
        if not spaced_year or _PLACE_AFTER.match(layout.text, m.end()):
            yield m.span()


_PLATE = re.compile(r"\b[A-Z0-9]{1,3}-[A-Z0-9]{1,3}-[A-Z0-9]{1,3}\b(?!-)")
_PLATE_LENGTH = 6


def licence_plate(layout: Layout) -> Spans:
    """ "12-XKL-3", "AB-123-C": a Dutch licence plate (three groups of letters or digits, six
    characters in all, both kinds present); "2-0-1" and "A-B-C" are none."""
    if "-" not in layout.text:
        return
    for m in _PLATE.finditer(layout.text):
        groups = m.group().split("-")
        kinds = {g.isdigit() for g in groups}
        pure = all(g.isdigit() or g.isalpha() for g in groups)
        if pure and kinds == {True, False} and sum(map(len, groups)) == _PLATE_LENGTH:
            yield m.span()


_IP = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")
_IP_DOTS = 3


_OCTET = re.compile(r"0|[1-9]\d{0,2}")
_MAX_OCTET = 255
_GROUP_DIGITS = 3


def ip_address(layout: Layout) -> Spans:
    """ "84.241.12.7", "10.100.200.250": an IP address (four parts of at most 255, none with a
    leading zero); "1.000.000.000" is a grouped number, and so is "6.203.103.100 gevallen" (every
    part after the first three digits long, as thousands groups are, and a noun or unit after
    it) unless an IP word stands just before it ("IP-adres 192.168.100.100": non_claims.yaml
    `ip_words`)."""
    if layout.text.count(".") < _IP_DOTS:
        return
    scan = layout.scan
    ip_words = non_claim_words().ip_words
    for m in _IP.finditer(layout.text):
        parts = m.group().split(".")
        if not all(_OCTET.fullmatch(p) and int(p) <= _MAX_OCTET for p in parts):
            continue
        nxt = scan.word(bisect_left(layout.starts, m.end()))
        counted = nxt is not None and (nxt.pos == "NOUN" or nxt.low in scan.v.units)
        grouped = all(len(p) == _GROUP_DIGITS for p in parts[1:]) and counted
        if not grouped or set(layout.before(m.start(), 3)) & ip_words:
            yield m.span()


_DATE = re.compile(r"\b\d{1,2}([-/.])\d{1,2}\1(?:\d{4}|\d{2})\b|\b\d{4}-\d{1,2}-\d{1,2}\b")


def date(layout: Layout) -> Spans:
    """ "17/5/2018", "17-05-2018", "17.5.18", "2018-05-17": a calendar date (its separator twice)."""
    if any(layout.text.count(sep) > 1 for sep in "-/."):
        yield from _spans(_DATE, layout)


_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-4])([:.])([0-5]\d)\b(?![.,]?\d)|\b\d{1,2}[uh]\d{2}\b")


def clock(layout: Layout) -> Spans:
    """ "7:30", "19u30", "19.00 uur", "om 7.30", "van 10.00 tot 16.00", "| 14.00": a time of day;
    a dot needs a clock word after it, a time word before it (non_claims.yaml
    `time_prepositions`, number_words.yaml `clock_units`) or a full hour ("14.00"), and no unit
    word after it ("tot 2.50 euro" is an amount). A live blog's timestamp opens its sentence with a
    dash after it ("10.15 - Op de A7 …", `timestamp_dashes`)."""
    scan = layout.scan
    times = non_claim_words().time_prepositions
    if not _CLOCK_HINT.search(layout.text):
        return
    for m in _CLOCK.finditer(layout.text):
        after = layout.after(m.end())
        timed = bool(set(layout.before(m.start())) & times) or m.group(2) == "00"
        stamp = m.start() == 0 and after in non_claim_words().timestamp_dashes
        clocked = m.group(1) != "." or after in scan.nw.clock_units or stamp
        if clocked or (timed and after not in scan.v.units):
            yield m.span()


# Letters not after a letter, digit or apostrophe, then a digit; written with a word boundary and
# possessive runs ("++": a shorter run of letters leaves a letter before the digit, so giving
# back letters never matches), which finds the same spans faster than a lookbehind at every
# character.
_CODE = re.compile(r"\b(?<!['’])[^\W\d_]++[-_]?\d[\w-]*|\b[A-Z]++(?::[A-Z0-9]+){2,}")
_DIGITS_CAPITALS = re.compile(r"\b\d+([A-Z]{1,3})\b(?:-[\w-]+)?")
_DIGITS_TIMES_DIGITS = re.compile(r"\b\d+[x×]\d+\b(?:-[\w-]+)?")


def code(layout: Layout) -> Spans:
    """ "A27", "N230", "COVID-19", "GPLv3", "niveau-4", "ECLI:NL:RBAMS:2025:4512", "5G-mast",
    "3D-film": letters with digits glued to them name a road, a disease, a licence, a case or a
    technique, not a quantity ("25K volgers" is a scale: number_words.yaml `glued_scales`); "een
    4x4", "3x3-basketbal": digits times digits, glued, name a type ("3x4 meter", a unit after
    it, is a size)."""
    if ":" in layout.text or _DIGIT_LETTER_REVERSED.search(layout.text[::-1]):
        yield from _spans(_CODE, layout)  # a match holds letters glued to a digit, or colons
    if _DIGIT_CAPITAL.search(layout.text):
        scales = layout.scan.nw.glued_scales
        for m in _DIGITS_CAPITALS.finditer(layout.text):
            if m.group(1).lower() not in scales:
                yield m.span()
    if "x" in layout.text or "×" in layout.text:
        for m in _DIGITS_TIMES_DIGITS.finditer(layout.text):
            if layout.after(m.end()) not in layout.scan.v.units:
                yield m.span()


_LONG = re.compile(r"(?<![\d.,])\d{8,}(?!\d|[.,]\d)")
_CHAIN = re.compile(r"(?<![\w.,])\d+(?:[-/]\d+)+(?![\w])")
_ID_PART = 5


def identifier(layout: Layout) -> Spans:
    """ "2025235066", "2025-04417", "13/123456-24": eight or more digits in a row (without
    decimals), or a chain with a part of five or more, are a case, file or client number; news
    groups its large numbers."""
    if _EIGHT_DIGITS.search(layout.text):
        yield from _spans(_LONG, layout)
    if "-" not in layout.text and "/" not in layout.text:
        return
    for m in _CHAIN.finditer(layout.text):
        if max(len(p) for p in re.split(r"[-/]", m.group())) >= _ID_PART:
            yield m.span()


_SHORT_YEAR = re.compile(r"(?<![\w'’])['’]\d{2}\b(?![.,]\d)")


def short_year(layout: Layout) -> Spans:
    """ "seizoen '24 '25", "de zomer van '76": a year with its century left out."""
    yield from _spans(_SHORT_YEAR, layout, "'", "’")
