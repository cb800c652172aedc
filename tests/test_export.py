"""`pipeline export`: tables as CSV/Parquet/SQL (idempotent upserts) and schema.org Claim JSON-LD."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.output.json_files import write_result
from pipeline.output.tables import export_tables
from pipeline.schema import (
    Article,
    ArticleResult,
    Claim,
    Demand,
    Entity,
    PipelineInfo,
    Quote,
    Span,
)

runner = CliRunner()
INFO = PipelineInfo(version="0.1.0", model="nl_test", model_version="1.0")
SENTENCE = "Volgens Marieke Dijkstra stijgt de huur in Utrecht met 6 procent."
QUOTE = '"Dit is niet vol te houden", zegt Dijkstra.'
DEMAND = "De bond eist dat het kabinet de huurstijging beperkt."


def span(text: str, part: str) -> dict:
    start = text.index(part)
    return {"start": start, "end": start + len(part), "text": part}


def make_result(article_id: str, sentence_en: str | None = None) -> ArticleResult:
    """An article with one entity, claim, quote and demand, offsets into its own text."""
    text = f"{SENTENCE}\n{QUOTE}\n{DEMAND}"
    name = span(text, "Marieke Dijkstra")
    return ArticleResult(
        article=Article(
            id=article_id,
            source=f"in/{article_id}.txt",
            title="Huren stijgen",
            date="2024-07-01",
            text=text,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
            chars=len(text),
        ),
        entities=[
            Entity(
                id="e1",
                name="Marieke Dijkstra",
                label="PERSON",
                aliases=["Dijkstra"],
                mentions=[Span(**name)],
                name_en="Marieke Dijkstra",
            )
        ],
        claims=[
            Claim(
                id="c1",
                **span(text, "6 procent"),
                value=6,
                unit="percent",
                sentence=SENTENCE,
                sentence_start=0,
                sentence_end=len(SENTENCE),
                sentence_en=sentence_en,
                attributed_to="Marieke Dijkstra",
                value_en="6 percent",
            )
        ],
        quotes=[Quote(id="q1", **span(text, "Dit is niet vol te houden"), speaker="Dijkstra")],
        demands=[Demand(id="d1", **span(text, DEMAND), actor="De bond", modality="must")],
        pipeline=INFO,
    )


@pytest.fixture
def outputs(tmp_path) -> Path:
    out = tmp_path / "outputs"
    for article_id in ("huur-1", "huur-2", "huur-3"):
        write_result(make_result(article_id), out)
    return out


def sqlite_rows(path: Path, table: str) -> tuple[int, int]:
    """(rows, distinct keys) of `table`: equal when nothing is duplicated."""
    with sqlite3.connect(path) as db:
        key = "article_id" if table == "articles" else "article_id || '/' || id"
        return db.execute(f"SELECT count(*), count(DISTINCT {key}) FROM {table}").fetchone()


@pytest.mark.parametrize(
    ("table", "rows"),
    [("articles", 3), ("entities", 3), ("claims", 3), ("quotes", 3), ("demands", 3)],
    ids=lambda v: str(v),
)
def test_reexport_never_duplicates_rows(outputs, table, rows):
    first = export_tables(outputs)
    second = export_tables(outputs)
    assert (first.unchanged, second.unchanged) == (0, 3)
    assert sqlite_rows(outputs / "claims.sqlite", table) == (rows, rows)
    assert len(pd.read_csv(outputs / "tables" / f"{table}.csv")) == rows
    assert len(pd.read_parquet(outputs / "tables" / f"{table}.parquet")) == rows


def test_changed_article_is_replaced_not_added(outputs):
    export_tables(outputs)
    write_result(make_result("huur-2", sentence_en="Rents in Utrecht rise by 6 percent."), outputs)
    summary = export_tables(outputs)
    assert summary.unchanged == 2
    db = outputs / "claims.sqlite"
    assert sqlite_rows(db, "claims") == (3, 3)
    with sqlite3.connect(db) as conn:
        english = conn.execute("SELECT article_id, sentence_en FROM claims ORDER BY 1").fetchall()
    assert english == [
        ("huur-1", None),
        ("huur-2", "Rents in Utrecht rise by 6 percent."),
        ("huur-3", None),
    ]


def test_tables_carry_article_id_and_english_fields(outputs):
    export_tables(outputs)
    folder = outputs / "tables"
    expected = {
        "articles": {"article_id", "sha256", "title_en", "summary_en", "translation_status"},
        "entities": {"article_id", "id", "name", "name_en", "role_en", "aliases"},
        "claims": {"article_id", "id", "sentence", "sentence_en", "value", "value_en", "unit"},
        "quotes": {"article_id", "id", "text", "text_en", "speaker"},
        "demands": {"article_id", "id", "text", "text_en", "action_en", "modality"},
    }
    for table, names in expected.items():
        frame = pd.read_parquet(folder / f"{table}.parquet")
        assert names <= set(frame.columns), (table, names - set(frame.columns))
    claims = pd.read_parquet(folder / "claims.parquet")
    assert claims["value"].tolist() == [6.0, 6.0, 6.0]
    assert json.loads(pd.read_csv(folder / "entities.csv")["aliases"][0]) == ["Dijkstra"]


def test_export_to_an_sqlalchemy_url_writes_only_the_database(outputs, tmp_path):
    url = f"sqlite:///{tmp_path / 'elders.db'}"
    result = runner.invoke(app, ["export", str(outputs), "--to", url])
    assert result.exit_code == 0, result.output
    assert sqlite_rows(tmp_path / "elders.db", "claims") == (3, 3)
    assert not (outputs / "tables").exists() and not (outputs / "claims.sqlite").exists()


def test_export_to_a_folder(outputs, tmp_path):
    result = runner.invoke(app, ["export", str(outputs), "--to", str(tmp_path / "db")])
    assert result.exit_code == 0, result.output
    assert "3 article(s) exported" in result.output
    assert sqlite_rows(tmp_path / "db" / "claims.sqlite", "quotes") == (3, 3)
    assert (tmp_path / "db" / "quotes.parquet").exists()
    assert not [p for p in (tmp_path / "db").iterdir() if p.name.endswith(".tmp")]


def test_claim_jsonld_lines_are_schema_org_claims(outputs):
    write_result(make_result("huur-2", sentence_en="Rents in Utrecht rise by 6 percent."), outputs)
    result = runner.invoke(app, ["export", str(outputs), "--format", "claim-jsonld"])
    assert result.exit_code == 0, result.output
    lines = (outputs / "claims.jsonld").read_text(encoding="utf-8").splitlines()
    claims = [json.loads(line) for line in lines]
    assert len(claims) == 3
    claim = claims[1]
    assert claim["@context"] == "https://schema.org" and claim["@type"] == "Claim"
    assert claim["identifier"] == "huur-2#c1"
    assert claim["text"] == [
        {"@language": "nl", "@value": SENTENCE},
        {"@language": "en", "@value": "Rents in Utrecht rise by 6 percent."},
    ]
    assert claim["author"] == {"@type": "Person", "name": "Marieke Dijkstra"}
    assert claim["datePublished"] == "2024-07-01"
    assert claim["appearance"]["@type"] == "NewsArticle"
    assert claim["appearance"]["identifier"] == "in/huur-2.txt"
    assert all(len(c["text"]) == 1 for c in (claims[0], claims[2]))  # no English yet: Dutch only
