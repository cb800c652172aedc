"""The data dictionary: generated from the catalog, committed, and true of the tables written."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

from pipeline.output.catalog import TABLES
from pipeline.output.dictionary import DICTIONARY_FILE, TYPES, datapackage, markdown
from pipeline.output.json_files import write_result
from pipeline.output.names import PACKAGE_FILE
from pipeline.output.tables import SQLITE_FILE, export_tables
from pipeline.schema import Claim, Demand, Entity, Quote
from tests.conftest import ROOT
from tests.test_export import make_result

# SQL type names as each engine reports them back.
REFLECTED = {
    "sqlite": {"text": "TEXT", "integer": "INTEGER", "number": "FLOAT", "date": "DATE"},
    "postgresql": {
        "text": "TEXT",
        "integer": "INTEGER",
        "number": "DOUBLE PRECISION",
        "date": "DATE",
    },
}


def check_tables_match_catalog(inspector, dialect: str) -> None:
    """Every table and column the dictionary documents exists with its type, keys, nullability."""
    assert set(TABLES) <= set(inspector.get_table_names())
    for name, spec in TABLES.items():
        columns = inspector.get_columns(name)
        assert [c["name"] for c in columns] == spec.names, name
        for found, column in zip(columns, spec.columns, strict=True):
            where = f"{name}.{column.name}"
            assert str(found["type"]).upper() == REFLECTED[dialect][column.kind], where
            required = not column.nullable or column.name in spec.primary_key
            assert found["nullable"] is not required, where
        assert inspector.get_pk_constraint(name)["constrained_columns"] == list(spec.primary_key)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("dictionary") / "outputs"
    for article_id in ("huur-1", "huur-2"):
        write_result(make_result(article_id), out)
    export_tables(out)
    return out


def test_committed_dictionary_is_current():
    committed = (ROOT / DICTIONARY_FILE).read_text(encoding="utf-8")
    assert committed == markdown(), (
        "DATA_DICTIONARY.md is stale: run "
        "`python -m pipeline.output.dictionary > DATA_DICTIONARY.md`"
    )


def test_every_column_is_documented_with_type_meaning_and_example():
    text = markdown()
    for name, spec in TABLES.items():
        assert f"## {name}\n" in text
        for column in spec.columns:
            assert column.description, f"{name}.{column.name} has no description"
            assert f"| `{column.name}` | {TYPES[column.kind][0]} |" in text, column.name
            nullable_without_example = column.example is None and column.nullable
            assert column.example is not None or nullable_without_example, column.name


def test_sqlite_tables_are_the_documented_ones(exported):
    engine = sa.create_engine(f"sqlite:///{exported / SQLITE_FILE}")
    try:
        check_tables_match_catalog(sa.inspect(engine), "sqlite")
    finally:
        engine.dispose()


def test_files_are_the_documented_ones(exported):
    folder = exported / "tables"
    arrow = {"text": "string", "integer": "int64", "number": "double", "date": "date32[day]"}
    for name, spec in TABLES.items():
        schema = pq.read_schema(folder / f"{name}.parquet")
        assert schema.names == spec.names, name
        assert [str(t) for t in schema.types] == [arrow[c.kind] for c in spec.columns], name
        header = (folder / f"{name}.csv").read_text(encoding="utf-8").splitlines()[0]
        assert header.replace('"', "").split(",") == spec.names, name
    written = json.loads((folder / PACKAGE_FILE).read_text(encoding="utf-8"))
    assert written == datapackage()
    assert (folder / DICTIONARY_FILE).read_text(encoding="utf-8") == markdown()


def test_data_package_declares_keys_and_types():
    resources = {r["name"]: r for r in datapackage()["resources"]}
    claims = resources["claims"]["schema"]
    assert claims["primaryKey"] == ["claim_id"]
    assert {
        "fields": ["source_entity_id"],
        "reference": {"resource": "entities", "fields": ["entity_id"]},
    } in claims["foreignKeys"]
    fields = {f["name"]: f for f in claims["fields"]}
    assert fields["value"]["type"] == "number"
    assert fields["unit"]["constraints"]["enum"][0] == "percent"
    assert resources["articles"]["schema"]["fields"][4] | {"description": ""} == {
        "name": "date",
        "type": "date",
        "description": "",
        "example": "2024-04-17",
    }


@pytest.mark.parametrize(
    ("table", "model", "skipped"),
    [
        ("entities", Entity, {"id", "aliases", "mentions"}),
        ("claims", Claim, {"id"}),
        ("quotes", Quote, {"id"}),
        ("demands", Demand, {"id"}),
    ],
)
def test_model_fields_become_described_columns(table, model, skipped):
    """A field added to the contract appears as a column with the model's description."""
    spec = TABLES[table]
    for name, info in model.model_fields.items():
        if name in skipped:
            continue
        assert spec.column(name).description == info.description, f"{table}.{name}"
