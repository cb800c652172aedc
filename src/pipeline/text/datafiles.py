"""The one typed loader for the package data files (`src/pipeline/data/*.csv|yaml`).

Knowledge is data, and every reader of a data file comes through here. Each file has one frozen
dataclass (in `pipeline.text.data_schemas`, the entity files' in `entity_schemas`, the demand cues'
in `demand_schemas`; re-exported here): a CSV table a row class whose fields are its columns, a
YAML file a class whose fields are its sections. The class's `FILE` names the file; `table(Row)`
and `sections(File)` read it once (cached) and check it against the class: a column or section the
class declares and the file lacks, or one the file has and the class does not declare, raises
`DataFileError` when the file loads (a field with a default may be left out). Code names a section
as an attribute (`sections(DemandCues).modals`), never as a string key, so a misspelt name is an
AttributeError on every path that loads the file, not a surprise on the rare path that asks for it
(static checkers see it too).

Conventions the loader applies, from the field types: YAML word lists (`frozenset[str]`) hold
lower-case word forms, since code compares them with lower-cased token text (an entry with a
capital is an error); `tuple[str, ...]` keeps the file's order (suffix tuples, ordered lists); a
CSV cell typed `tuple[str, ...]` is a "|"-separated list; a CSV `bool` is 1/yes or empty/0/no.

To add a section: declare the field on the file's class and add the key to the file (with a comment
saying which decision the words make and where they come from). To add a file: write its class
(with `FILE`) in `data_schemas.py` (`entity_schemas.py` for an entity file) and read it with
`table` or `sections`; `tests/test_datafiles.py` checks that every data file has a class and loads
them all.
"""

from __future__ import annotations

import csv
import types
import typing
from dataclasses import MISSING, fields, is_dataclass
from functools import cache
from importlib.resources import files
from typing import Any, TypeVar, get_args, get_origin, get_type_hints

import yaml

from pipeline.text.data_schemas import (
    AttributionWords,
    ClaimClusterRules,
    ClaimSources,
    DataFileError,
    GlossaryRow,
    GrammarWords,
    HedgeRow,
    LanguageWords,
    MeasureRow,
    MeasureUnitRow,
    NonClaimWords,
    NumberWords,
    QuoteMarkRow,
    QuoteWordRow,
    QuoteWords,
    ReportingVerb,
    UnitRow,
    UnitWords,
)
from pipeline.text.demand_schemas import DemandCues, DirectiveVerb, ModalVerb, ReaderCallWords
from pipeline.text.entity_schemas import (
    EntityWords,
    FirstNameRow,
    GeneratedFirstNameRow,
    GeneratedPlaceRow,
    LabelRow,
    NameSuffixRow,
    NotEntityRow,
    OrgAnaphorRow,
    OrgKindRow,
    PlaceRow,
    RoleRow,
    TermRow,
)

__all__ = [
    "AttributionWords",
    "ClaimClusterRules",
    "ClaimSources",
    "DataFileError",
    "DemandCues",
    "DirectiveVerb",
    "EntityWords",
    "FirstNameRow",
    "GeneratedFirstNameRow",
    "GeneratedPlaceRow",
    "GlossaryRow",
    "GrammarWords",
    "HedgeRow",
    "LabelRow",
    "LanguageWords",
    "MeasureRow",
    "MeasureUnitRow",
    "ModalVerb",
    "NameSuffixRow",
    "NonClaimWords",
    "NotEntityRow",
    "NumberWords",
    "OrgAnaphorRow",
    "OrgKindRow",
    "PlaceRow",
    "QuoteMarkRow",
    "QuoteWordRow",
    "QuoteWords",
    "ReaderCallWords",
    "ReportingVerb",
    "RoleRow",
    "TermRow",
    "UnitRow",
    "UnitWords",
    "data_text",
    "parse_table",
    "quote_words",
    "sections",
    "table",
]  # the schema classes are re-exported

# libyaml's parser (in PyYAML's wheels) builds the same safe objects as `yaml.safe_load` at a
# fraction of the CPU: the data files are parsed once per process, on the first article.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

T = TypeVar("T")
_TRUE = frozenset({"1", "yes"})
_FALSE = frozenset({"", "0", "no"})


def _read(name: str) -> str:
    return files("pipeline.data").joinpath(name).read_text(encoding="utf-8")


@cache
def table(row: type[T]) -> tuple[T, ...]:
    """The rows of the CSV file `row.FILE` (comment lines start with `#`), in file order."""
    return parse_table(row, _read(row.FILE))  # type: ignore[attr-defined]


def data_text(row: type[Any]) -> str:
    """The text of the data file `row.FILE` as installed (what `table` and `sections` read)."""
    return _read(row.FILE)


def parse_table(row: type[T], text: str) -> tuple[T, ...]:
    """The rows of `text`, a CSV file in the format of `row.FILE` (a saved copy, say), checked
    as `table` checks the installed file."""
    name = row.FILE  # type: ignore[attr-defined]
    lines = [line for line in text.splitlines() if not line.startswith("#")]
    reader = csv.reader(lines)
    header = next(reader, [])
    columns = [f.name for f in fields(row)]  # type: ignore[arg-type]
    if header != columns:
        raise DataFileError(f"{name}: columns {header}, but {row.__name__} declares {columns}")
    hints = get_type_hints(row)
    rows = []
    for number, cells in enumerate(reader, start=2):
        if not cells:
            continue
        if len(cells) != len(columns):
            raise DataFileError(
                f"{name}: data row {number} has {len(cells)} cells, not {len(columns)}"
            )
        values = {
            c: _cell(hints[c], v, f"{name} row {number} {c}")
            for c, v in zip(columns, cells, strict=True)
        }
        rows.append(row(**values))
    return tuple(rows)


def _cell(kind: Any, value: str, where: str) -> Any:
    if kind is bool:
        if value.strip().casefold() not in _TRUE | _FALSE:
            raise DataFileError(f"{where}: {value!r} is not 1/yes or empty/0/no")
        return value.strip().casefold() in _TRUE
    if get_origin(kind) is tuple:
        return tuple(part for part in value.split("|") if part)
    return value


@cache
def sections(file: type[T]) -> T:
    """The YAML file `file.FILE` as an instance of `file`, one field per top-level section."""
    name = file.FILE  # type: ignore[attr-defined]
    return _build(file, yaml.load(_read(name), Loader=_YAML_LOADER), name)


def _build(cls: type[T], raw: Any, where: str) -> T:
    """`cls` from a mapping whose keys must be exactly its fields, values converted by field type."""
    if not isinstance(raw, dict):
        raise DataFileError(f"{where}: a mapping of {cls.__name__} fields expected")
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    optional = {f.name for f in fields(cls) if f.default is not MISSING}  # type: ignore[arg-type]
    missing = [n for n in names if n not in raw and n not in optional]
    unknown = [k for k in raw if k not in names]
    if missing or unknown:
        raise DataFileError(f"{where}: {cls.__name__} lacks {missing}, does not declare {unknown}")
    hints = get_type_hints(cls)
    return cls(**{n: _convert(hints[n], raw[n], f"{where}: {n}") for n in names if n in raw})


def _convert(kind: Any, value: Any, where: str) -> Any:
    """`value` (as YAML loaded it) as the type `kind` declares."""
    origin, args = get_origin(kind), get_args(kind)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        kind = next(a for a in args if a is not type(None))
        origin, args = get_origin(kind), get_args(kind)
    if is_dataclass(kind):
        return _build(kind, value, where)  # type: ignore[arg-type]
    if origin is dict:
        if not isinstance(value, dict):
            raise DataFileError(f"{where}: a mapping expected")
        return {
            _convert(args[0], k, where): _convert(args[1], v, f"{where}.{k}")
            for k, v in value.items()
        }
    if origin in (frozenset, tuple):
        if not isinstance(value, list):
            raise DataFileError(f"{where}: a list expected")
        if origin is tuple and args[-1] is not Ellipsis:
            if len(value) != len(args):
                raise DataFileError(f"{where}: {len(args)} items expected")
            return tuple(_convert(a, v, where) for a, v in zip(args, value, strict=True))
        items = [_convert(args[0], v, where) for v in value]
        if origin is tuple:
            return tuple(items)
        if args[0] is str and (capitals := [w for w in items if w != w.lower()]):
            raise DataFileError(f"{where}: word lists are lower-case: {capitals}")
        return frozenset(items)
    return _scalar(kind, value, where)


def _scalar(kind: Any, value: Any, where: str) -> Any:
    if kind is bool:
        if not isinstance(value, bool):
            raise DataFileError(f"{where}: true or false expected, not {value!r}")
        return value
    if kind in (int, float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise DataFileError(f"{where}: a number expected, not {value!r}")
        return kind(value)
    if kind is str:
        if not isinstance(value, str | int | float) or isinstance(value, bool):
            raise DataFileError(f"{where}: a word expected, not {value!r}")
        return str(value)  # YAML reads "112" or "1" in a word list as a number
    raise DataFileError(f"{where}: no conversion for {kind!r}")


@cache
def quote_words() -> QuoteWords:
    """quote_words.csv grouped by its `kind` column; every kind must be a declared section."""
    grouped: dict[str, dict[str, str]] = {f.name: {} for f in fields(QuoteWords)}
    for row in table(QuoteWordRow):
        if row.kind not in grouped:
            raise DataFileError(f"{QuoteWordRow.FILE}: unknown kind {row.kind!r}")
        grouped[row.kind][row.word.casefold()] = row.gender
    return QuoteWords(**grouped)
