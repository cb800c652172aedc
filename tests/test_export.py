"""`pipeline export`: linked tables as SQL/CSV/Parquet (idempotent upserts, keys, types, clusters),
schema.org Claim JSON-LD and JSON lines."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.output.catalog import TABLES
from pipeline.output.clusters import SAME_MEASURE, measure_key
from pipeline.output.json_files import write_result
from pipeline.output.load import read_table, sql_columns
from pipeline.output.tables import SQLITE_FILE, LayoutError, export_tables
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


def article(article_id: str, text: str, date_text: str | None = "2024-07-01") -> Article:
    return Article(
        id=article_id,
        source=f"in/{article_id}.txt",
        title="Huren stijgen",
        date=date_text,
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        chars=len(text),
    )


def make_result(
    article_id: str, sentence_en: str | None = None, date_text: str | None = "2024-07-01"
) -> ArticleResult:
    """An article with one entity, claim, quote and demand, offsets into its own text."""
    text = f"{SENTENCE}\n{QUOTE}\n{DEMAND}"
    return ArticleResult(
        article=article(article_id, text, date_text),
        entities=[
            Entity(
                id="e1",
                name="Marieke Dijkstra",
                label="PERSON",
                aliases=["Dijkstra"],
                mentions=[Span(**span(text, "Marieke Dijkstra")), Span(**span(text, "Dijkstra."))],
                name_en="Marieke Dijkstra",
            ),
            Entity(id="e2", name="Utrecht", label="GPE", mentions=[Span(**span(text, "Utrecht"))]),
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
        demands=[
            Demand(
                id="d1", **span(text, DEMAND), actor="De bond", addressee="kabinet", modality="must"
            )
        ],
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
    key = " || '/' || ".join(f"CAST({k} AS TEXT)" for k in TABLES[table].primary_key)
    with sqlite3.connect(path) as db:
        return db.execute(f"SELECT count(*), count(DISTINCT {key}) FROM {table}").fetchone()


# ---------------------------------------------------------------- upserts


@pytest.mark.parametrize(
    ("table", "rows"),
    [
        ("articles", 3),
        ("entities", 6),
        ("mentions", 9),
        ("aliases", 3),
        ("claims", 3),
        ("claim_clusters", 3),
        ("quotes", 3),
        ("demands", 3),
    ],
)
def test_reexport_never_duplicates_rows(outputs, table, rows):
    first = export_tables(outputs)
    second = export_tables(outputs)
    assert (first.unchanged, second.unchanged) == (0, 3)
    assert sqlite_rows(outputs / SQLITE_FILE, table) == (rows, rows)
    assert len(read_table(outputs / "tables", table)) == rows
    assert len(pd.read_parquet(outputs / "tables" / f"{table}.parquet")) == rows


def test_changed_article_is_replaced_not_added(outputs):
    export_tables(outputs)
    write_result(make_result("huur-2", sentence_en="Rents in Utrecht rise by 6 percent."), outputs)
    summary = export_tables(outputs)
    assert summary.unchanged == 2
    db = outputs / SQLITE_FILE
    assert sqlite_rows(db, "claims") == (3, 3)
    with sqlite3.connect(db) as conn:
        english = conn.execute("SELECT claim_id, sentence_en FROM claims ORDER BY 1").fetchall()
    assert english == [
        ("huur-1#c1", None),
        ("huur-2#c1", "Rents in Utrecht rise by 6 percent."),
        ("huur-3#c1", None),
    ]


def test_files_mirror_the_database(outputs):
    export_tables(outputs)
    with sqlite3.connect(outputs / SQLITE_FILE) as db:
        for table in TABLES:
            stored = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            assert len(read_table(outputs / "tables", table, "parquet")) == stored, table
    assert not [p for p in (outputs / "tables").iterdir() if p.name.endswith(".tmp")]


# ---------------------------------------------------------------- keys and links


def test_parties_refer_to_entities_by_id_with_the_text_beside(outputs):
    export_tables(outputs)
    folder = outputs / "tables"
    claim = read_table(folder, "claims").iloc[0]
    assert (claim["claim_id"], claim["attributed_to"], claim["source_entity_id"]) == (
        "huur-1#c1",
        "Marieke Dijkstra",
        "huur-1#e1",
    )
    quote = read_table(folder, "quotes").iloc[0]  # a surname alias finds the entity too
    assert (quote["speaker"], quote["speaker_entity_id"]) == ("Dijkstra", "huur-1#e1")
    demand = read_table(folder, "demands").iloc[0]  # noun phrases are no entities
    assert (demand["actor"], demand["addressee"]) == ("De bond", "kabinet")
    assert pd.isna(demand["actor_entity_id"]) and pd.isna(demand["addressee_entity_id"])


def test_entity_key_is_stable_across_articles_and_lists_are_tables(outputs):
    export_tables(outputs)
    folder = outputs / "tables"
    entities = read_table(folder, "entities")
    keys = entities.groupby("entity_key")["article_id"].nunique().to_dict()
    assert keys == {"PERSON:marieke dijkstra": 3, "GPE:utrecht": 3}
    mentions = read_table(folder, "mentions")
    first = mentions[mentions.entity_id == "huur-1#e1"]
    assert first[["mention_no", "start", "end", "text"]].values.tolist() == [
        [1, 8, 24, "Marieke Dijkstra"],
        [2, 100, 109, "Dijkstra."],
    ]
    aliases = read_table(folder, "aliases")
    assert aliases[aliases.article_id == "huur-2"][["entity_id", "alias"]].values.tolist() == [
        ["huur-2#e1", "Dijkstra"]
    ]


@pytest.mark.parametrize(
    ("given", "day", "precision"),
    [
        ("2024-07-01", date(2024, 7, 1), "day"),
        ("2024-07", date(2024, 7, 1), "month"),
        ("2024", date(2024, 1, 1), "year"),
        ("2024-07-01T09:30:00+02:00", date(2024, 7, 1), "day"),
        ("1 juli 2024", None, None),
        ("2024-13-01", None, None),
        (None, None, None),
    ],
)
def test_dates_are_typed_and_the_source_text_kept(tmp_path, given, day, precision):
    out = tmp_path / "outputs"
    write_result(make_result("huur-1", date_text=given), out)
    export_tables(out)
    engine = sa.create_engine(f"sqlite:///{out / SQLITE_FILE}")
    articles = sa.Table("articles", sa.MetaData(), autoload_with=engine)  # DATE reads as a date
    with engine.connect() as conn:
        row = conn.execute(
            sa.select(articles.c.date, articles.c.date_precision, articles.c.date_text)
        ).one()
    engine.dispose()
    assert tuple(row) == (day, precision, given)
    value = read_table(out / "tables", "articles")["date"][0]
    assert (None if pd.isna(value) else value.date()) == day


def test_sqlite_declares_keys_and_enforces_foreign_keys(outputs):
    export_tables(outputs)
    path = outputs / SQLITE_FILE
    inspector = sa.inspect(sa.create_engine(f"sqlite:///{path}"))
    for name, spec in TABLES.items():
        assert inspector.get_pk_constraint(name)["constrained_columns"] == list(spec.primary_key), (
            name
        )
        declared = {
            (fk["constrained_columns"][0], f"{fk['referred_table']}.{fk['referred_columns'][0]}")
            for fk in inspector.get_foreign_keys(name)
        }
        assert declared == {(c.name, c.references) for c in spec.columns if c.references}, name
        indexed = {i["column_names"][0] for i in inspector.get_indexes(name)}
        assert {c.name for c in spec.columns if c.index} - set(spec.primary_key[:1]) <= indexed
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA foreign_keys=ON")
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(
                "INSERT INTO aliases (entity_id, article_id, alias) VALUES ('x#e9', 'x', 'y')"
            )
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("UPDATE claims SET source_entity_id = 'huur-1#e99'")
        db.execute("DELETE FROM articles WHERE article_id = 'huur-1'")  # cascades
        left = db.execute("SELECT count(*) FROM mentions WHERE article_id = 'huur-1'").fetchone()
        assert left == (0,)


def test_an_older_layout_is_refused_with_a_hint(tmp_path):
    out = tmp_path / "outputs"
    write_result(make_result("huur-1"), out)
    with sqlite3.connect(out / SQLITE_FILE) as db:
        db.execute("CREATE TABLE claims (article_id TEXT, id TEXT, value REAL)")
    with pytest.raises(LayoutError, match="drop the old tables"):
        export_tables(out)
    result = runner.invoke(app, ["export", str(out)])
    assert result.exit_code == 2 and "this version writes" in result.output


def test_broken_and_inconsistent_outputs_are_reported_and_skipped(outputs):
    bad = make_result("huur-4")
    bad.claims.append(bad.claims[0])  # two claims with id c1
    write_result(bad, outputs)
    (outputs / "kapot.json").write_text("{}", encoding="utf-8")
    twin = make_result("huur-1")
    (outputs / "zz-twin.json").write_text(twin.model_dump_json(), encoding="utf-8")
    summary = export_tables(outputs)
    assert summary.articles == 3
    messages = "\n".join(summary.errors)
    assert "claims ids occur more than once: c1" in messages
    assert "kapot.json" in messages and "'huur-1' already exported" in messages


# ---------------------------------------------------------------- typed loading and joins


def test_tables_load_into_pandas_with_types_and_join(outputs):
    untitled = make_result("huur-4")
    untitled.article.title = ""  # an empty string stays one, a missing title stays null
    write_result(untitled, outputs)
    export_tables(outputs)
    titles = read_table(outputs / "tables", "articles").set_index("article_id")
    assert titles.loc["huur-4", "title"] == "" and pd.isna(titles.loc["huur-1", "title_en"])
    (outputs / "huur-4.json").unlink()
    with sqlite3.connect(outputs / SQLITE_FILE) as db:
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("DELETE FROM articles WHERE article_id = 'huur-4'")
    export_tables(outputs)
    folder = outputs / "tables"
    naive = pd.read_csv(folder / "articles.csv")
    assert naive["title_en"].dtype == "float64", "plain CSV loses the type of an empty column"
    for table, spec in TABLES.items():
        from_csv, from_parquet = read_table(folder, table), read_table(folder, table, "parquet")
        pd.testing.assert_frame_equal(from_csv, from_parquet, obj=table)
        for column in spec.columns:
            dtype = str(from_csv[column.name].dtype)
            expected = {
                "text": "string",
                "integer": "Int64",
                "number": "Float64",
                "date": "datetime64[s]",
            }[column.kind]
            assert dtype == expected, f"{table}.{column.name}: {dtype}"
    claims, entities, articles = (read_table(folder, t) for t in ("claims", "entities", "articles"))
    joined = claims.merge(
        entities, left_on="source_entity_id", right_on="entity_id", suffixes=("", "_entity")
    ).merge(articles, on="article_id", suffixes=("", "_article"))
    assert len(joined) == 3
    assert set(joined["entity_key"]) == {"PERSON:marieke dijkstra"}
    assert set(joined["date"]) == {pd.Timestamp("2024-07-01")}
    clustered = claims.merge(read_table(folder, "claim_clusters"), on="cluster_id")
    assert len(clustered) == 3


def test_claim_clusters_have_a_column_per_compared_field(outputs):
    """Every field the cluster rule compares (`SAME_MEASURE`: unit, measure, measure_unit) is a
    claim_clusters column, of the same measure family as each member's (issue 12)."""
    export_tables(outputs)
    folder = outputs / "tables"
    clusters = read_table(folder, "claim_clusters")
    assert set(SAME_MEASURE) <= set(clusters.columns), list(clusters.columns)
    members = read_table(folder, "claims").merge(clusters, on="cluster_id", suffixes=("", "_c"))
    assert len(members)
    for _, row in members.astype(object).where(members.notna(), None).iterrows():
        cluster_row = {name: row[f"{name}_c"] for name in (*SAME_MEASURE, "value", "value_max")}
        assert measure_key(row.to_dict()) == measure_key(cluster_row), row["claim_id"]


def test_tables_load_into_duckdb_with_types_and_join(outputs):
    export_tables(outputs)
    folder = outputs / "tables"
    db = duckdb.connect()
    for table in TABLES:
        db.execute(
            f"CREATE TABLE {table} AS SELECT * FROM read_parquet(?)",
            [str(folder / f"{table}.parquet")],
        )
        csv = db.read_csv(
            str(folder / f"{table}.csv"), header=True, columns=sql_columns(folder, table)
        )
        parquet_types = [str(t) for t in db.table(table).types]
        assert [str(t) for t in csv.types] == parquet_types, table
        assert sorted(csv.fetchall(), key=repr) == sorted(db.table(table).fetchall(), key=repr)
    types = dict(
        db.execute("SELECT column_name, data_type FROM information_schema.columns").fetchall()
    )
    assert types["first_date"] == "DATE" and types["mention_no"] == "BIGINT"
    rows = db.execute(
        """SELECT a.date, e.entity_key, c.value, k.article_count
           FROM claims c
           JOIN entities e ON e.entity_id = c.source_entity_id
           JOIN articles a ON a.article_id = c.article_id
           JOIN claim_clusters k ON k.cluster_id = c.cluster_id
           WHERE c.unit = 'percent' ORDER BY c.claim_id"""
    ).fetchall()
    assert rows == [(date(2024, 7, 1), "PERSON:marieke dijkstra", 6.0, 1)] * 3


# ---------------------------------------------------------------- claim clusters

RELEASE = (
    "In 2024 zijn in de gemeente Apeldoorn 1.412 nieuwe woningen opgeleverd. "
    "Op de wachtlijst staan 9.870 woningzoekenden."
)
NEWS = "Apeldoorn heeft vorig jaar ruim 1.400 woningen gebouwd. Bijna 10.000 mensen wachten."
LATER = "Met 1.412 opgeleverde woningen haalde Apeldoorn zijn doel ruim."


def figure(text: str, cid: str, part: str, value: float, subject: str, **extra) -> Claim:
    """A claim on `part` of `text`, in the sentence around it (a count, unless `extra` says)."""
    where = span(text, part)
    extra.setdefault("measure", "count")
    start = text.rfind(". ", 0, where["start"]) + 2 if ". " in text[: where["start"]] else 0
    end = text.index(".", where["end"]) + 1
    return Claim(
        id=cid,
        value=value,
        unit="count",
        subject=subject,
        sentence=text[start:end],
        sentence_start=start,
        sentence_end=end,
        **where,
        **extra,
    )


def housing_results() -> dict[str, ArticleResult]:
    """A press release, a news story that repeats its figures in other words, a later story."""
    return {
        "persbericht": ArticleResult(
            article=article("persbericht", RELEASE, "2025-01-20"),
            claims=[
                figure(RELEASE, "c1", "1.412", 1412, "nieuwe woningen"),
                figure(RELEASE, "c2", "9.870", 9870, "woningzoekenden"),
            ],
            pipeline=INFO,
        ),
        "nieuws": ArticleResult(
            article=article("nieuws", NEWS, "2025-01-21"),
            claims=[
                figure(NEWS, "c1", "ruim 1.400", 1400, "woningen", hedge="more_than"),
                figure(NEWS, "c2", "Bijna 10.000", 10000, "mensen", hedge="less_than"),
            ],
            pipeline=INFO,
        ),
        "later": ArticleResult(
            article=article("later", LATER, "2025-01-25"),
            claims=[figure(LATER, "c1", "1.412", 1412, "opgeleverde woningen")],
            pipeline=INFO,
        ),
    }


def clusters_of(path: Path) -> tuple[dict[str, str], list[tuple]]:
    with sqlite3.connect(path) as db:
        members = dict(db.execute("SELECT claim_id, cluster_id FROM claims"))
        rows = db.execute(
            "SELECT cluster_id, value, unit, subject, first_article_id, first_date, "
            "article_count, claim_count FROM claim_clusters ORDER BY article_count DESC, value"
        ).fetchall()
    return members, rows


def test_reexport_after_adding_articles_updates_clusters_without_duplicates(tmp_path):
    out = tmp_path / "outputs"
    results = housing_results()
    for name in ("persbericht", "nieuws"):
        write_result(results[name], out)
    export_tables(out)
    members, rows = clusters_of(out / SQLITE_FILE)
    shared = members["persbericht#c1"]
    assert members["nieuws#c1"] == shared, "a rounded, hedged repeat joins the release's figure"
    assert members["nieuws#c2"] == members["persbericht#c2"], (
        "related articles: 9.870 ~ bijna 10.000"
    )
    assert rows[0][1:] == (1412.0, "count", "nieuwe woningen", "persbericht", "2025-01-20", 2, 2)

    write_result(results["later"], out)
    summary = export_tables(out)
    assert summary.unchanged == 2
    members, rows = clusters_of(out / SQLITE_FILE)
    assert members["later#c1"] == shared, "the cluster keeps its id when an article joins it"
    assert (rows[0][0], rows[0][-2:]) == (shared, (3, 3))
    assert len(rows) == len({r[0] for r in rows}) == 2
    assert sqlite_rows(out / SQLITE_FILE, "claim_clusters") == (2, 2)
    files = read_table(out / "tables", "claim_clusters")
    assert sorted(files["article_count"].tolist()) == [2, 3]

    export_tables(out)  # nothing changed: same clusters, same ids
    assert clusters_of(out / SQLITE_FILE) == (members, rows)


def test_a_changed_article_leaves_its_cluster(tmp_path):
    out = tmp_path / "outputs"
    results = housing_results()
    for result in results.values():
        write_result(result, out)
    export_tables(out)
    members, _ = clusters_of(out / SQLITE_FILE)
    edited = results["later"].model_copy(deep=True)
    edited.claims[0] = edited.claims[0].model_copy(update={"value": 2412.0})
    write_result(edited, out)
    export_tables(out)
    after, rows = clusters_of(out / SQLITE_FILE)
    assert after["persbericht#c1"] == members["persbericht#c1"]
    assert after["later#c1"] != members["persbericht#c1"]
    assert [r[-2:] for r in rows] == [(2, 2), (2, 2), (1, 1)]


# ---------------------------------------------------------------- CLI, other formats


def test_export_to_an_sqlalchemy_url_writes_only_the_database(outputs, tmp_path):
    url = f"sqlite:///{tmp_path / 'elders.db'}"
    result = runner.invoke(app, ["export", str(outputs), "--to", url])
    assert result.exit_code == 0, result.output
    assert sqlite_rows(tmp_path / "elders.db", "claims") == (3, 3)
    assert not (outputs / "tables").exists() and not (outputs / SQLITE_FILE).exists()


def test_export_to_a_folder(outputs, tmp_path):
    result = runner.invoke(app, ["export", str(outputs), "--to", str(tmp_path / "db")])
    assert result.exit_code == 0, result.output
    assert "3 article(s) exported" in result.output
    assert sqlite_rows(tmp_path / "db" / SQLITE_FILE, "quotes") == (3, 3)
    for name in ("quotes.parquet", "quotes.csv", "datapackage.json", "DATA_DICTIONARY.md"):
        assert (tmp_path / "db" / name).exists(), name
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


@pytest.mark.parametrize("to", [None, "stream", "stream/all.jsonl"])
def test_jsonl_writes_every_article_as_one_line(outputs, tmp_path, to):
    args = ["export", str(outputs), "--format", "jsonl"]
    if to:
        args += ["--to", str(tmp_path / to)]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    path = {
        None: outputs / "articles.jsonl",
        "stream": tmp_path / "stream" / "articles.jsonl",
        "stream/all.jsonl": tmp_path / "stream" / "all.jsonl",
    }[to]
    lines = path.read_text(encoding="utf-8").splitlines()
    results = [ArticleResult.model_validate_json(line) for line in lines]
    assert [r.article.id for r in results] == ["huur-1", "huur-2", "huur-3"]
    assert results[0] == make_result("huur-1")
    assert "3 article(s) written" in result.output
    again = runner.invoke(app, args)  # its own output is no article file: still three
    assert again.exit_code == 0 and len(path.read_text(encoding="utf-8").splitlines()) == 3


def test_unknown_format_is_a_usage_error(outputs):
    result = runner.invoke(app, ["export", str(outputs), "--format", "xml"])
    assert result.exit_code == 2 and "tables, claim-jsonld or jsonl" in result.output
