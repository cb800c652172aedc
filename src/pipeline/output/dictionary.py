"""The data dictionary of the claim database, made from `pipeline.output.catalog`.

- `markdown()`: `DATA_DICTIONARY.md` — every table and column with its type, meaning and example,
  and the closed vocabularies of claim measures with every value described.
  The committed copy at the project root is regenerated with
  `python -m pipeline.output.dictionary > DATA_DICTIONARY.md` (a test keeps it equal); every
  folder export writes one beside its CSV files.
- `datapackage()`: `datapackage.json`, a Frictionless Data Package (https://datapackage.org):
  the CSV files' column types, descriptions, primary and foreign keys, so a CSV folder reloads
  with its types (`pipeline.output.load.read_table`, or any Data Package reader).
"""

from __future__ import annotations

import json
import sys

from pipeline.output.catalog import TABLES, Column, Table
from pipeline.output.names import PACKAGE_NAME
from pipeline.schema import MEASURE_UNITS, MEASURES

DICTIONARY_FILE = "DATA_DICTIONARY.md"

# Per kind: Table Schema type, SQL type (as SQLAlchemy creates it), Parquet/Arrow type, pandas dtype.
TYPES = {
    "text": ("string", "TEXT", "string", "string"),
    "integer": ("integer", "INTEGER", "int64", "Int64"),
    "number": ("number", "FLOAT", "double", "Float64"),
    "date": ("date", "DATE", "date32", "datetime64[s]"),
}


def _reference(column: Column) -> dict | None:
    if not column.references:
        return None
    table, key = column.references.split(".")
    return {"fields": [column.name], "reference": {"resource": table, "fields": [key]}}


def _field(column: Column, table: Table) -> dict:
    constraints: dict = {}
    if not column.nullable or column.name in table.primary_key:
        constraints["required"] = True
    if column.enum:
        constraints["enum"] = list(column.enum)
    data = {
        "name": column.name,
        "type": TYPES[column.kind][0],
        "description": column.description,
    }
    if column.example is not None:
        data["example"] = column.example
    if constraints:
        data["constraints"] = constraints
    return data


def datapackage() -> dict:
    """The Data Package descriptor of the CSV files of a folder export."""
    return {
        "name": PACKAGE_NAME,
        "title": "Dutch news analysis: articles, entities, claims, quotes and demands",
        "description": "Tables written by `pipeline export`; see DATA_DICTIONARY.md.",
        "resources": [
            {
                "name": table.name,
                "path": f"{table.name}.csv",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "description": table.description,
                "dialect": {"header": True, "delimiter": ",", "quoteChar": '"'},
                "schema": {
                    "fields": [_field(c, table) for c in table.columns],
                    "missingValues": [""],
                    "primaryKey": list(table.primary_key),
                    "foreignKeys": [r for c in table.columns if (r := _reference(c))],
                },
            }
            for table in TABLES.values()
        ],
    }


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _example(column: Column) -> str:
    if column.example is None:
        return ""
    shown = column.example if isinstance(column.example, str) else json.dumps(column.example)
    return f"`{_cell(shown)}`"


def _key_note(column: Column, table: Table) -> str:
    notes = []
    if column.name in table.primary_key:
        notes.append("PK" if len(table.primary_key) == 1 else "PK part")
    if column.references:
        notes.append(f"→ {column.references} ({column.on_delete.lower()})")
    if column.index and column.name not in table.primary_key[:1]:
        notes.append("indexed")
    if not column.nullable and column.name not in table.primary_key:
        notes.append("not null")
    return ", ".join(notes)


def _meaning(column: Column) -> str:
    text = column.description
    if column.enum:
        text += " One of: " + ", ".join(f"`{v}`" for v in column.enum) + "."
    return _cell(text)


def markdown() -> str:
    """`DATA_DICTIONARY.md`."""
    lines = [
        "# Data dictionary of the claim database",
        "",
        "Generated from `src/pipeline/output/catalog.py` by "
        "`python -m pipeline.output.dictionary > DATA_DICTIONARY.md`; do not edit by hand "
        "(a test compares it with the code and with the tables an export really writes).",
        "",
        "`pipeline export` writes these tables into SQLite (`claims.sqlite`) or any SQLAlchemy "
        "database, and as `<table>.csv` and `<table>.parquet` with `datapackage.json` (the CSV "
        "types, keys and descriptions as a Frictionless Data Package). Keys: `article_id` in every "
        "per-article table; items are `<article_id>#<id>` with the id of the JSON output "
        "(`c3`, `e4`); `entity_key` joins one entity across articles. Parties of claims, quotes "
        "and demands point to `entities.entity_id` and are null when the party is no entity of "
        "the article (the name as written stays beside it).",
        "",
        "Comments: in PostgreSQL every table and column carries its description as a comment "
        "(`\\d+ claims` in psql); SQLite has no comments, so there this file is the documentation. "
        "Foreign keys are declared everywhere and enforced by SQLite only on connections that set "
        "`PRAGMA foreign_keys=ON` (the export does). CSV: an empty cell is null; load with "
        "`pipeline.output.load.read_table(folder, table)` or with the types in `datapackage.json`.",
        "",
        "Types per column: the logical type, then as stored: SQL / Parquet / pandas dtype "
        "(after `read_table`).",
        "",
        "| table | rows |",
        "| --- | --- |",
        *(f"| [`{t.name}`](#{t.name}) | {_cell(t.description)} |" for t in TABLES.values()),
    ]
    for table in TABLES.values():
        lines += [
            "",
            f"## {table.name}",
            "",
            table.description,
            "",
            f"Primary key: `{', '.join(table.primary_key)}`.",
            "",
            "| column | type | SQL / Parquet / pandas | keys | meaning | example |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for column in table.columns:
            logical, sql, arrow, pandas = TYPES[column.kind]
            lines.append(
                f"| `{column.name}` | {logical} | {sql} / {arrow} / {pandas} | "
                f"{_key_note(column, table)} | {_meaning(column)} | {_example(column)} |"
            )
    return "\n".join(lines + _vocabularies()) + "\n"


def _vocabularies() -> list[str]:
    """The closed vocabularies of `claims.measure` and `claims.measure_unit`, every value
    described (from data/measures.csv and measure_units.csv, as the JSON Schema has them)."""
    return [
        "",
        "## Vocabularies",
        "",
        "`claims.measure` (also `claim_clusters.measure`): what kind of quantity a claim's value "
        "is; `units` are the coarse `unit` values a claim with it has, `measure_unit` whether it "
        "comes with one.",
        "",
        "| measure | units | measure_unit | meaning |",
        "| --- | --- | --- | --- |",
        *(
            f"| `{m.name}` | {', '.join(m.units)} | {m.measure_units} | {_cell(m.description)} |"
            for m in MEASURES.values()
        ),
        "",
        "`claims.measure_unit` (also `claim_clusters.measure_unit`): the unit or currency of the "
        "measure; `code` is its UN/CEFACT common code, for a currency its ISO 4217 code.",
        "",
        "| measure_unit | measures | code | meaning |",
        "| --- | --- | --- | --- |",
        *(
            f"| `{u.name}` | {', '.join(u.measures)} | {u.code} | {_cell(u.description)} |"
            for u in MEASURE_UNITS.values()
        ),
    ]


if __name__ == "__main__":
    sys.stdout.write(markdown())
