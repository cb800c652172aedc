"""Read an exported table back into pandas with its types (CSV via `datapackage.json`, or Parquet).

CSV has no types: read naively, `title_en` comes back as a float column when it is all empty and a
date as text. `read_table` applies the column types that the export wrote into the folder's
`datapackage.json`, so it reads folders written by other versions too:

    from pipeline.output.load import read_table
    claims = read_table("outputs/tables", "claims")             # CSV, typed (pyarrow reader)
    claims = read_table("outputs/tables", "claims", "parquet")  # same frame from Parquet
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv

from pipeline.output.dictionary import TYPES
from pipeline.output.names import PACKAGE_FILE

# Table Schema type → pandas dtype and Arrow type, as the export writes them.
_DTYPES = {schema: dtype for schema, _sql, _arrow, dtype in TYPES.values()}
_ARROW = {schema: pa.type_for_alias(arrow) for schema, _sql, arrow, _dtype in TYPES.values()}


def table_fields(folder: Path | str, table: str) -> list[dict]:
    """The `schema.fields` of `table` in the folder's data package."""
    package = json.loads((Path(folder) / PACKAGE_FILE).read_text(encoding="utf-8"))
    for resource in package["resources"]:
        if resource["name"] == table:
            return resource["schema"]["fields"]
    raise KeyError(f"no table {table!r} in {Path(folder) / PACKAGE_FILE}")


def read_table(folder: Path | str, table: str, fmt: str = "csv") -> pd.DataFrame:
    """`table` of a folder export as a DataFrame with nullable dtypes and datetime64 dates."""
    fields = table_fields(folder, table)
    path = Path(folder) / f"{table}.{fmt}"
    if fmt == "csv":
        # pyarrow tells a quoted empty string ("") from an empty cell (null), as the writer does.
        convert = pacsv.ConvertOptions(
            column_types={f["name"]: _ARROW.get(f["type"], pa.string()) for f in fields},
            null_values=[""],
            strings_can_be_null=True,
            quoted_strings_can_be_null=False,
        )
        frame = pacsv.read_csv(path, convert_options=convert).to_pandas()
    elif fmt == "parquet":
        frame = pd.read_parquet(path)
    else:
        raise ValueError(f"unknown format {fmt!r}: use csv or parquet")
    names = [f["name"] for f in fields]
    if list(frame.columns) != names:
        raise ValueError(f"{path}: columns {list(frame.columns)} differ from {names}")
    return frame.astype({f["name"]: _DTYPES.get(f["type"], "string") for f in fields})


# Table Schema type → SQL type, for engines that read CSV with declared columns (DuckDB).
SQL_TYPES = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "date": "DATE"}


def sql_columns(folder: Path | str, table: str) -> dict[str, str]:
    """Column name → SQL type of a CSV table, for DuckDB's `read_csv(path, columns=…)`.

    import duckdb
    columns = sql_columns("outputs/tables", "claims")
    duckdb.read_csv("outputs/tables/claims.csv", columns=columns)
    """
    return {f["name"]: SQL_TYPES.get(f["type"], "VARCHAR") for f in table_fields(folder, table)}
