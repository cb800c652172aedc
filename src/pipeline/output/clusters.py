"""Claim clusters: the same figure reported by several articles gets one cluster id.

A fact-checker wants to see where a figure comes from and who repeats it: a press release says
"Van de 188 patiënten zijn er 112 in het buitenland geweest", a news story the next day "Van alle
besmette mensen zijn er 112 kort geleden in het buitenland geweest". The rule (thresholds and word
lists in `data/claim_clusters.yaml`; measured in `benchmarks/claim_clusters.py`):

1. **Same measure**: equal `unit`, `measure` and `measure_unit` (the fields in `SAME_MEASURE`),
   with `people` and `count` one family, and shares one family across units and measures ("een
   kwart", ratio 0.25 a fraction = "25 procent" a percentage; not "2,5 procentpunt", and not
   "gehalveerd", a multiplier).
2. **Same value**: the value intervals overlap. A range is its own interval; a hedged value stands
   for an interval around it ("ruim 1.000" → 1.000–1.150, "zo'n 550.000" ± 5%), and every value
   covers what rounds to it ("87" 86.5–87.5 matches "87,4"; 199 does not match 200).
3. **Same thing**, judged by how likely the match is a coincidence:
   - a *distinctive* figure (not an integer below 100, a year, an age or a simple fraction such as
     "de helft" or "drie op de tien") of two articles
     needs one kind of evidence: the subjects share a content stem (Snowball Dutch; stop words,
     numbers and generic words such as "aantal", "procent", "mensen" do not count), or the
     sentences share two, or both claims have the same source entity and one lacks a subject;
     both subject and sentence evidence when the articles are more than `window_days` apart;
   - articles linked that way are *related* (a news story repeating a press release): between
     them, and within one article, any further distinctive match is the same claim, and a
     *common* figure ("26", "vier jaar") needs only a shared subject or sentence word, or source;
   - a common figure shared by unrelated articles ("twee mannen", "26-jarige") is a coincidence.

Clusters grow along these links, closest values first, as long as all members' value intervals
keep a common part (a chain of near values cannot drift from 520.000 to 600.000). Each claim with
a value is in exactly one cluster (most are alone); the cluster's canonical figure, subject and
first-seen date are those of its earliest member (by article date, then article id, then
position). Cluster ids survive re-computation: a cluster keeps the id most of its members already
had, so adding articles grows clusters without renaming them; a new one gets an id derived from
its earliest claim's id.

The rule works on plain rows (column name → value, as in the `claims` table plus `source_key` and
`date`), so the database export, the HTML report and the benchmark share it.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date as Date
from decimal import Decimal
from fractions import Fraction
from functools import cache

import snowballstemmer
from spacy.lang.nl.stop_words import STOP_WORDS
from text_to_num import text2num

from pipeline.text.datafiles import ClaimClusterRules, sections

# The claim fields that must be equal for two claims to measure the same statistic (claim_clusters
# gets a column for each): the unit and the measure by their families (`measure_key`), the measure
# unit as it is ("14 weken" is no "14 dagen").
SAME_MEASURE: tuple[str, ...] = ("unit", "measure", "measure_unit")

Row = Mapping[str, object]
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SHARE_UNITS = {"percent": 100.0, "ratio": 1.0}


@dataclass(frozen=True)
class Rule:
    """The rule's knowledge and thresholds (`data/claim_clusters.yaml`, where each is explained)."""

    tolerance: dict[str, tuple[float, float]]
    generic: frozenset[str]
    unit_families: dict[str, str]
    measure_families: dict[str, str]
    sentence_overlap: int
    common_below: float
    common_units: frozenset[str]
    simple_fraction_below: int
    window_days: int


@cache
def rule() -> Rule:
    data = sections(ClaimClusterRules)
    stem = _stemmer().stemWord
    return Rule(
        tolerance=data.tolerance,
        generic=frozenset(stem(w) for w in data.generic_words) | data.generic_words,
        unit_families=data.unit_families,
        measure_families=data.measure_families,
        sentence_overlap=data.sentence_overlap,
        common_below=data.common_below,
        common_units=data.common_units,
        simple_fraction_below=data.simple_fraction_below,
        window_days=data.window_days,
    )


@cache
def _stemmer():
    return snowballstemmer.stemmer("dutch")


@cache
def _is_number_word(word: str) -> bool:
    try:
        text2num(word, "nl")
    except ValueError:
        return False
    return True


@cache
def _stem(word: str) -> str | None:
    """The stem of a content word, or None for stop words, numbers and generic words."""
    if len(word) < 3 or word in STOP_WORDS or _is_number_word(word):
        return None
    stem = _stemmer().stemWord(word)
    generic = rule().generic
    return None if word in generic or stem in generic else stem


def _stems(text: str) -> frozenset[str]:
    words = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    return frozenset(s for w in words if (s := _stem(w)))


def terms(row: Row) -> frozenset[str]:
    """Stems of the words that say what a claim counts: its subject, else its own text.

    The subject is the counted noun phrase when the parse found one; the claim text is a fallback
    ("15 nieuwe patiënten"), not an addition, since it is mostly the number and its hedge.
    """
    return _stems(str(row.get("subject") or "")) or _stems(str(row.get("text") or ""))


def scaled(row: Row) -> tuple[str, float, float]:
    """(unit family, low, high): the claim's value as stated, shares as fractions of one."""
    family, divisor = _family(row)
    low, high = _stated(row)
    return family, low / divisor, high / divisor


def _family(row: Row) -> tuple[str, float]:
    """The unit family and the divisor that brings the value into it (percent → fraction)."""
    unit = str(row["unit"])
    divisor = _SHARE_UNITS.get(unit)
    if divisor is not None and (unit == "percent" or max(_stated(row)) <= 1.0):
        return "share", divisor
    return rule().unit_families.get(unit, unit), 1.0


def _stated(row: Row) -> tuple[float, float]:
    value = float(row["value"])  # type: ignore[arg-type]
    top = row.get("value_max")
    high = float(top) if top is not None else value  # type: ignore[arg-type]
    return min(value, high), max(value, high)


def _rounding(value: float, unit: str) -> float:
    """Just under half a unit of the value's last decimal: what rounds to it (199 ≠ 200).

    A ratio is a fraction said in words ("de helft", "twee op de drie"), exact however few its
    decimals: only the extractor's own rounding (four decimals) applies.
    """
    if unit == "ratio":
        return 0.00005
    exponent = Decimal(str(round(value, 9))).normalize().as_tuple().exponent
    decimals = max(-int(exponent), 0) if isinstance(exponent, int) else 0
    return 0.499 * 10.0**-decimals


def interval(row: Row) -> tuple[float, float]:
    """The interval the figure may lie in: what rounds to it, widened by its hedge's tolerance."""
    _, divisor = _family(row)
    low, high = _stated(row)
    below, above = rule().tolerance.get(str(row.get("hedge") or "exact"), (0.0, 0.0))
    unit = str(row["unit"])
    low = low - abs(low) * below - _rounding(low, unit)
    high = high + abs(high) * above + _rounding(high, unit)
    return low / divisor, high / divisor


def measure_key(row: Row) -> tuple:
    """The `SAME_MEASURE` fields of a claim, its unit and measure replaced by their families
    (a percentage and a fraction are one share: "een kwart" = "25 procent")."""
    family = scaled(row)[0]
    families = {"unit": family, "measure": rule().measure_families.get(str(row.get("measure")))}
    return tuple(families.get(name) or row.get(name) for name in SAME_MEASURE)


def has_value(row: Row) -> bool:
    value = row.get("value")
    return isinstance(value, int | float) and math.isfinite(value)


def is_common(row: Row) -> bool:
    """A figure that turns up by chance: a small integer, a year, an age, a simple fraction."""
    value = float(row["value"])  # type: ignore[arg-type]
    if str(row["unit"]) in rule().common_units:
        return True
    if row.get("value_max") is not None:
        return False
    family, low, _ = scaled(row)
    if family == "share" and 0 < low < 1:
        simple = Fraction(low).limit_denominator(rule().simple_fraction_below)
        if abs(float(simple) - low) < 0.0005:
            return True
    return value.is_integer() and abs(value) < rule().common_below


@dataclass(frozen=True)
class _Point:
    """What the rule needs of one claim, computed once."""

    index: int
    value: float  # as stated (the middle of a range), in the unit family
    low: float
    high: float
    subject: frozenset[str]
    sentence: frozenset[str]
    source: object
    date: object
    common: bool


def _evidence(a: _Point, b: _Point) -> tuple[bool, bool, bool]:
    """(subject, sentence, source): the kinds of evidence that two claims count the same thing."""
    by_subject = bool(a.subject & b.subject)
    by_sentence = len(a.sentence & b.sentence) >= rule().sentence_overlap
    by_source = a.source is not None and a.source == b.source and not (a.subject and b.subject)
    return by_subject, by_sentence, by_source


def _far_apart(a: _Point, b: _Point) -> bool:
    return (
        isinstance(a.date, Date)
        and isinstance(b.date, Date)
        and abs((a.date - b.date).days) > rule().window_days
    )


def same_thing(a: _Point, b: _Point) -> bool:
    """Whether two claims with compatible values of unrelated articles state the same figure.

    A common figure ("twee mannen", "26-jarige", "in 2024") shared by unrelated articles is a
    coincidence; a distinctive one needs one kind of evidence, both subject and sentence when the
    articles are far apart in time.
    """
    if a.common or b.common:
        return False
    by_subject, by_sentence, by_source = _evidence(a, b)
    if _far_apart(a, b):
        return by_subject and by_sentence
    return by_subject or by_sentence or by_source


def same_thing_related(a: _Point, b: _Point) -> bool:
    """The same, for claims of related articles (or of one article).

    Articles are related when they already share a distinctive figure (a news story repeating a
    press release): a second distinctive figure they share is the same claim, a common one needs
    only some evidence (a shared subject or sentence word, or the same source).
    """
    if not (a.common or b.common):
        return True
    by_subject, _, by_source = _evidence(a, b)
    return by_subject or by_source or bool(a.sentence & b.sentence)


def same_claim(a: Row, b: Row, related: bool = False) -> bool:
    """Whether two claims state the same figure (the rule of this module's docstring)."""
    if not (has_value(a) and has_value(b)) or measure_key(a) != measure_key(b):
        return False
    pa, pb = _point(0, a), _point(1, b)
    if not (pa.low <= pb.high and pb.low <= pa.high):
        return False
    return same_thing_related(pa, pb) if related else same_thing(pa, pb)


def _point(index: int, row: Row) -> _Point:
    low, high = interval(row)
    _, stated_low, stated_high = scaled(row)
    return _Point(
        index,
        (stated_low + stated_high) / 2,
        low,
        high,
        terms(row),
        _stems(str(row.get("sentence") or "")),
        row.get("source_key"),
        row.get("date"),
        is_common(row),
    )


def links(rows: list[Row]) -> list[tuple[int, int]]:
    """Index pairs of linked claims, closest values first.

    Blocked by measure, a sweep over the intervals sorted by their low end finds the pairs whose
    values are compatible. Pairs of different articles that pass `same_thing` make their articles
    related (when the figure is distinctive); then every compatible pair is judged by
    `same_thing_related` within related articles (and within one article), else by `same_thing`.
    """
    candidates: list[tuple[float, _Point, _Point]] = []
    blocks: dict[tuple, list[_Point]] = defaultdict(list)
    for index, row in enumerate(rows):
        if has_value(row):
            blocks[measure_key(row)].append(_point(index, row))
    for points in blocks.values():
        points.sort(key=lambda p: p.low)
        open_: list[_Point] = []
        for point in points:
            open_ = [p for p in open_ if p.high >= point.low]
            candidates.extend((_distance(point, other), other, point) for other in open_)
            open_.append(point)

    def articles(a: _Point, b: _Point) -> frozenset:
        return frozenset((rows[a.index]["article_id"], rows[b.index]["article_id"]))

    related = {
        articles(a, b)
        for _, a, b in candidates
        if not _far_apart(a, b) and len(articles(a, b)) == 2 and same_thing(a, b)
    }
    found = [
        (distance, a.index, b.index)
        for distance, a, b in candidates
        if (
            same_thing_related(a, b)
            if len(articles(a, b)) == 1 or articles(a, b) in related
            else same_thing(a, b)
        )
    ]
    found.sort()
    return [(a, b) for _, a, b in found]


def _distance(a: _Point, b: _Point) -> float:
    """Relative distance of the two figures as stated (0: the same number)."""
    scale = max(abs(a.value), abs(b.value)) or 1.0
    return abs(a.value - b.value) / scale


@dataclass
class Cluster:
    """One cluster: its id, its members (indexes into the rows, earliest first)."""

    cluster_id: str
    members: list[int]

    @property
    def anchor(self) -> int:
        return self.members[0]


def _order(row: Row) -> tuple:
    """Earliest first: dated before undated, then by date, article, position."""
    date = row.get("date")
    return (date is None, str(date or ""), str(row["article_id"]), row.get("start") or 0)


def _mint(anchor_claim_id: str, taken: set[str]) -> str:
    salt = 0
    while True:
        seed = anchor_claim_id if not salt else f"{anchor_claim_id}\n{salt}"
        candidate = "k" + hashlib.sha1(seed.encode("utf-8")).hexdigest()[:12]
        if candidate not in taken:
            return candidate
        salt += 1


def cluster(rows: list[Row], previous: Mapping[str, str | None] | None = None) -> list[Cluster]:
    """Clusters of the claims in `rows` that have a value; `previous`: claim id → old cluster id.

    Components are named largest first: each takes the old id most of its members carry unless a
    larger component took it, else a new id from its earliest claim's id.
    """
    previous = previous or {}
    parent = list(range(len(rows)))
    # The part all members' intervals share (in 1-D, pairwise overlap means a common part), so
    # a chain of near values never joins figures that are too far apart: 520.000 ~ "zo'n
    # 550.000" ~ "ruim 600.000" makes one cluster of two, not three.
    common = [interval(row) if has_value(row) else (0.0, 0.0) for row in rows]

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in links(rows):
        ra, rb = find(a), find(b)
        if ra == rb:
            continue
        low = max(common[ra][0], common[rb][0])
        high = min(common[ra][1], common[rb][1])
        if low <= high:
            keep, drop = min(ra, rb), max(ra, rb)
            parent[drop] = keep
            common[keep] = (low, high)
    groups: dict[int, list[int]] = defaultdict(list)
    for index, row in enumerate(rows):
        if has_value(row):
            groups[find(index)].append(index)
    components = [sorted(m, key=lambda i: _order(rows[i])) for m in groups.values()]
    components.sort(key=lambda m: (-len(m), _order(rows[m[0]])))
    taken: set[str] = set()
    clusters = []
    for members in components:
        votes = Counter(
            old for i in members if (old := previous.get(str(rows[i]["claim_id"]))) is not None
        )
        ranked = sorted(votes, key=lambda old: (-votes[old], old))
        name = next((old for old in ranked if old not in taken), None)
        if name is None:
            name = _mint(str(rows[members[0]]["claim_id"]), taken)
        taken.add(name)
        clusters.append(Cluster(name, members))
    return clusters
