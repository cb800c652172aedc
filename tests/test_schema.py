"""The committed JSON Schema is the published contract: it must match the pydantic models."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.schema import ArticleResult, json_schema
from tests.conftest import ROOT

SCHEMA_FILE = ROOT / "schema" / "article.schema.json"


def test_committed_schema_matches_models():
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == json_schema(), (
        "schema/article.schema.json is stale: run `pipeline schema > schema/article.schema.json`"
    )


def test_schema_command_prints_the_schema():
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == json_schema()


def test_schema_lists_every_section_in_order():
    assert list(json_schema()["properties"]) == [
        "article",
        "entities",
        "claims",
        "quotes",
        "demands",
        "summary_en",
        "translation",
        "pipeline",
    ]


def test_reference_output_validates_and_offsets_hold(reference_result: ArticleResult):
    text = reference_result.article.text
    again = ArticleResult.model_validate_json(reference_result.model_dump_json())
    assert again == reference_result
    spans = [m for e in reference_result.entities for m in e.mentions]
    spans += reference_result.claims + reference_result.quotes + reference_result.demands
    for span in spans:
        assert text[span.start : span.end] == span.text, span


def test_serialisation_equals_the_standard_library_form(reference_result: ArticleResult):
    """The fast writer must keep the published byte format: UTF-8, 2-space indent, model order."""
    from pipeline.output.json_files import dumps

    expected = json.dumps(reference_result.model_dump(mode="json"), ensure_ascii=False, indent=2)
    assert dumps(reference_result) == expected + "\n"


def _properties(schema: dict):
    """(model, field, definition) for every property of every model in the schema."""
    models = {"ArticleResult": schema, **schema["$defs"]}
    for model, definition in models.items():
        for name, prop in definition.get("properties", {}).items():
            yield model, name, prop


def test_every_field_is_described():
    undescribed = [f"{m}.{n}" for m, n, p in _properties(json_schema()) if not p.get("description")]
    assert undescribed == [], f"fields without a description: {undescribed}"


def test_every_model_is_described():
    schema = json_schema()
    models = {"ArticleResult": schema, **schema["$defs"]}
    assert [m for m, d in models.items() if not d.get("description")] == []
