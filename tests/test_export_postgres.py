"""`pipeline export --to postgresql://…` against a real PostgreSQL server started for the test.

Debian's PostgreSQL server binaries are on the project's machines; the test runs a throwaway cluster
on a Unix socket in a temp folder (no TCP port, nothing outside this machine) and upserts twice.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.output.catalog import TABLES
from pipeline.output.json_files import write_result
from pipeline.output.tables import database_url
from tests.test_dictionary import check_tables_match_catalog
from tests.test_export import make_result

runner = CliRunner()


def _server_binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run as the `postgres` system user when we are root."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *command]
    return command


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    binaries = _server_binaries()
    if binaries is None:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL server binaries are missing (apt-get install postgresql)")
        pytest.skip("PostgreSQL server binaries are not installed")
    base = Path(tempfile.mkdtemp(prefix="pipeline-pg-"))
    base.chmod(0o755)
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
    data, port = base / "data", "54329"
    run = lambda *cmd: subprocess.run(  # noqa: E731
        _as_server_user(list(cmd)), check=True, capture_output=True, timeout=120
    )
    try:
        run(
            str(binaries / "initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "--auth=trust",
            "-E",
            "UTF8",
        )
        options = f"-p {port} -k {base} -c listen_addresses=''"
        log = str(base / "server.log")  # the server must not hold our output pipe open
        run(str(binaries / "pg_ctl"), "-D", str(data), "-l", log, "-o", options, "-w", "start")
        yield f"postgresql://postgres@/postgres?host={base}&port={port}"
    finally:
        if (data / "postmaster.pid").exists():
            run(str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
        shutil.rmtree(base, ignore_errors=True)


@pytest.mark.parametrize(
    ("given", "used"),
    [
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg2://u@h/db", "postgresql+psycopg2://u@h/db"),
        ("sqlite:///x.db", "sqlite:///x.db"),
    ],
)
def test_database_url(given, used):
    assert database_url(given) == used


def test_export_upserts_into_postgresql(postgres_url, tmp_path):
    outputs = tmp_path / "outputs"
    for article_id in ("huur-1", "huur-2"):
        write_result(make_result(article_id), outputs)
    for _ in range(2):  # the second export must not duplicate a row
        result = runner.invoke(app, ["export", str(outputs), "--to", postgres_url])
        assert result.exit_code == 0, result.output
    write_result(make_result("huur-2", sentence_en="Rents in Utrecht rise by 6 percent."), outputs)
    assert runner.invoke(app, ["export", str(outputs), "--to", postgres_url]).exit_code == 0
    engine = sa.create_engine(database_url(postgres_url))
    with engine.connect() as conn:
        counts = {
            table: conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in TABLES
        }
        english = conn.execute(
            sa.text("SELECT sentence_en FROM claims WHERE article_id = 'huur-2'")
        ).scalar_one()
        joined = conn.execute(
            sa.text(
                "SELECT a.date, e.entity_key FROM claims c "
                "JOIN entities e ON e.entity_id = c.source_entity_id "
                "JOIN articles a ON a.article_id = c.article_id ORDER BY c.claim_id"
            )
        ).all()
    engine.dispose()
    assert counts == {
        "articles": 2,
        "entities": 4,
        "mentions": 6,
        "aliases": 2,
        "claim_clusters": 2,
        "claims": 2,
        "quotes": 2,
        "demands": 2,
    }
    assert english == "Rents in Utrecht rise by 6 percent."
    assert joined == [(date(2024, 7, 1), "PERSON:marieke dijkstra")] * 2


def test_postgresql_keeps_keys_types_and_comments(postgres_url, tmp_path):
    outputs = tmp_path / "outputs"
    write_result(make_result("huur-1"), outputs)
    assert runner.invoke(app, ["export", str(outputs), "--to", postgres_url]).exit_code == 0
    engine = sa.create_engine(database_url(postgres_url))
    inspector = sa.inspect(engine)
    try:
        check_tables_match_catalog(inspector, "postgresql")
        for name, spec in TABLES.items():
            assert inspector.get_table_comment(name)["text"] == spec.description, name
            comments = {c["name"]: c.get("comment") for c in inspector.get_columns(name)}
            assert comments == {c.name: c.description for c in spec.columns}, name
        with engine.begin() as conn, pytest.raises(sa.exc.IntegrityError):
            conn.execute(sa.text("UPDATE claims SET source_entity_id = 'huur-1#e99'"))
    finally:
        engine.dispose()
