"""Hostile inputs and faults (issue 15): nothing lost, nothing overwritten, no traceback.

One test (or a few) per reproduction of the issue, numbered as there, each through the real CLI,
real files and real processes. Texts are short, except where a size is the point.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import psutil
import pytest
from typer.testing import CliRunner

from pipeline.analyzer import Analyzer
from pipeline.batch import ERRORS_FILE, RUN_FILE, WARNINGS_FILE, _chunks, run_batch
from pipeline.cli import app
from pipeline.engines import analyze_with
from pipeline.ids import suffixed
from pipeline.ingest import IngestError, make_article, read_path
from pipeline.lock import output_lock
from pipeline.output.json_files import iter_result_paths, write_result
from pipeline.output.stale import STALE_DIR
from tests.test_batch import jsonl_corpus
from tests.test_export import make_result

runner = CliRunner()
GOOD = "De gemeente Almere trekt 12 miljoen euro uit voor nieuwe fietspaden in de wijk Poort."
OTHER = "Wethouder Karin Bosman van Zwolle wil dit jaar 300 sociale huurwoningen laten bouwen."


def pipeline(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess:
    """`python -m pipeline ARGS` as a user runs it; stdout and stderr captured as text."""
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def run_cli(*args: str | Path) -> subprocess.CompletedProcess:
    return pipeline("run", *args, "--translator", "none", "--no-progress", "--workers", "1")


def errors_of(out: Path) -> dict[str, dict]:
    lines = (out / ERRORS_FILE).read_text(encoding="utf-8").splitlines()
    return {record["id"]: record for record in map(json.loads, lines)}


def written_ids(out: Path) -> list[str]:
    return [p.stem for p in iter_result_paths(out)]


def assert_clean_failure(proc: subprocess.CompletedProcess, code: int, *words: str) -> None:
    """Exit `code`, no traceback, and an `error:` line naming `words`."""
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == code, proc.stderr
    [line] = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    for word in words:
        assert word in line, f"{word!r} not in {line!r}"


@pytest.fixture
def unwritable_dir(tmp_path) -> Path:
    """A folder nobody may write into: read-only bits, or immutable when we are root."""
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        yield folder
        folder.chmod(0o700)
        return
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
        pytest.skip("chattr +i is not permitted here")
    yield folder
    subprocess.run(["chattr", "-i", str(folder)], check=True)


# 1. One over-long article aborts the whole batch.


def test_01_overlong_articles_are_reported_and_the_batch_goes_on(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "goed.txt").write_text(GOOD, encoding="utf-8")
    sentence = "De raad besprak het plan voor de haven tot diep in de nacht. "
    (inputs / "lang.txt").write_text(sentence * (1_500_000 // len(sentence)), encoding="utf-8")
    record = {"id": "lang-record", "text": sentence * (150_000 // len(sentence))}
    (inputs / "feed.jsonl").write_text(
        json.dumps(record) + "\n" + json.dumps({"id": "kort", "text": OTHER}) + "\n"
    )
    out = tmp_path / "out"
    proc = run_cli(inputs, "--out", out)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert written_ids(out) == ["goed", "kort"]
    errors = errors_of(out)
    assert set(errors) == {"lang", "lang-record"}
    assert "not read" in errors["lang"]["message"]  # refused by its size, never read
    assert "--max-chars 100,000" in errors["lang-record"]["message"]
    manifest = json.loads((out / RUN_FILE).read_text())
    assert (manifest["written"], manifest["failed"], manifest["max_chars"]) == (2, 2, 100_000)


def test_01_max_chars_is_an_option_and_spacy_agrees(tmp_path, nlp):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "goed.txt").write_text(GOOD, encoding="utf-8")
    (inputs / "lang.txt").write_text((OTHER + " ") * 10, encoding="utf-8")
    out = tmp_path / "out"
    summary = run_batch([inputs], out, Analyzer(nlp=nlp), show_progress=False, max_chars=500)
    assert (summary.written, summary.failed) == (1, 1)
    assert "longer than --max-chars 500" in errors_of(out)["lang"]["message"]


def test_01_a_long_article_in_a_chunk_costs_only_itself(nlp):
    analyzer = Analyzer(nlp=nlp, max_chars=200)
    articles = [
        make_article("a", "a.txt", GOOD),
        make_article("lang", "lang.txt", GOOD * 5),
        make_article("b", "b.txt", OTHER),
    ]
    outcomes = analyze_with(analyzer, articles)
    done = sorted(o.article.id for o in outcomes if not isinstance(o, dict))
    [failed] = [o for o in outcomes if isinstance(o, dict)]
    assert done == ["a", "b"] and failed["error"] == "TextTooLongError"


def test_01_chunks_stop_at_a_character_budget():
    sizes = [40_000, 40_000, 40_000, 150_000, 10, 10]
    articles = [make_article(f"a{i}", "x", "x" * n) for i, n in enumerate(sizes)]
    chunks = [[a.chars for a in chunk] for chunk in _chunks(articles, size=32, max_chars=100_000)]
    assert chunks == [[40_000, 40_000], [40_000], [150_000], [10, 10]]


class ParseCrash(Analyzer):
    """An analyzer whose spaCy pipeline crashes inside `nlp.pipe` on one text."""

    def __init__(self, nlp) -> None:
        super().__init__(nlp=nlp)
        self.parse = nlp

        class Crashing:
            max_length = nlp.max_length

            def pipe(_self, pairs, **kwargs):
                for text, context in pairs:
                    if "kapot" in text:
                        raise RuntimeError("the parser crashed")
                    yield self.parse(text), context

            def __call__(_self, text, **kwargs):
                if "kapot" in text:
                    raise RuntimeError("the parser crashed")
                return self.parse(text)

        self.nlp = Crashing()


def test_01_a_parse_crash_costs_only_its_article(nlp):
    articles = [
        make_article("a", "a.txt", GOOD),
        make_article("kapot", "k.txt", "Dit artikel is kapot."),
        make_article("b", "b.txt", OTHER),
    ]
    outcomes = analyze_with(ParseCrash(nlp), articles)
    assert [o.article.id if not isinstance(o, dict) else o["id"] for o in outcomes] == [
        "a",
        "kapot",
        "b",
    ]
    assert outcomes[1]["message"] == "the parser crashed"


# 2. A symlink loop or a dangling link given as an argument.


def test_02_link_loops_and_dangling_links_are_per_input_errors(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "goed.txt").write_text(GOOD, encoding="utf-8")
    (inputs / "zelf.txt").symlink_to("zelf.txt")
    (inputs / "weg.txt").symlink_to("bestaat-niet.txt")
    (inputs / "kring").symlink_to(".")  # a folder loop: not followed
    out = tmp_path / "out"
    proc = run_cli(inputs / "zelf.txt", inputs / "weg.txt", inputs, "--out", out)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert written_ids(out) == ["goed"]
    errors = sorted(
        (Path(e["source"]).name, e["message"]) for e in map(json.loads, (out / ERRORS_FILE).open())
    )
    assert [name for name, _ in errors] == ["weg.txt", "weg.txt", "zelf.txt", "zelf.txt"]
    assert "broken symbolic link (to bestaat-niet.txt)" in errors[0][1]
    assert "symbolic link loop" in errors[2][1]


# 3. Ids that collide after cleaning.

COLLIDING_IDS = ["dup", "dup", "a/b", "a_b", "café", "cafe", ".", "..", "x" * 130, "x" * 125]
COLLIDING_IDS += ["Hoofd", "hoofd"]  # one file on a case-insensitive file system


def test_03_colliding_ids_get_stable_suffixes_and_reruns_settle(tmp_path):
    inputs = tmp_path / "in"
    for folder in ("a", "b"):
        (inputs / folder).mkdir(parents=True)
        (inputs / folder / "bericht.txt").write_text(f"{GOOD} Map {folder}.", encoding="utf-8")
    feed = inputs / "feed.jsonl"
    feed.write_text(
        "".join(
            json.dumps({"id": raw, "text": f"{OTHER} Nummer {n}."}) + "\n"
            for n, raw in enumerate(COLLIDING_IDS)
        )
    )
    out = tmp_path / "out"
    args = ["run", str(inputs), "--out", str(out), "--translator", "none", "--no-progress"]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    records = len(COLLIDING_IDS) + 2
    files = list(iter_result_paths(out))
    assert len(files) == records, "every record has its own file"
    sources = sorted(json.loads(p.read_text())["article"]["source"] for p in files)
    assert len(set(sources)) == records
    by_source = {json.loads(p.read_text())["article"]["source"]: p.stem for p in files}
    b_source = str(inputs / "b" / "bericht.txt")
    assert by_source[str(inputs / "a" / "bericht.txt")] == "bericht"
    assert by_source[b_source] == suffixed("bericht", b_source)
    assert by_source[f"{feed}:2"] == suffixed("dup", f"{feed}:2")
    assert by_source[f"{feed}:11"] == "Hoofd" and by_source[f"{feed}:12"] != "hoofd"
    renamed = json.loads((out / RUN_FILE).read_text())["renamed"]
    assert len(renamed) == 7 and {"requested", "id", "source"} <= set(renamed[0])
    assert "7 article id(s) were taken already" in first.output
    before = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in files}
    for _ in range(2):  # the second and the third run write nothing
        again = runner.invoke(app, args)
        assert again.exit_code == 0, again.output
        assert f"0 article(s) written to {out}, {records} up to date" in again.output
        after = {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in iter_result_paths(out)}
        assert after == before


# 4. One ragged CSV row loses its neighbours.


def test_04_a_ragged_row_in_a_long_csv_is_one_error_with_its_line(tmp_path):
    path = tmp_path / "groot.csv"
    rows = ["id,title,text"] + [f"r{i},Kop {i},{OTHER} Rij {i}." for i in range(1200)]
    rows[500] = "r499,Kop,tekst,met een veld te veel"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = list(read_path(path))
    errors = [i for i in items if isinstance(i, IngestError)]
    assert len(items) == 1200 and len(errors) == 1
    assert errors[0].source == f"{path}:501"
    assert str(errors[0]) == "line 501: ragged row of 4 field(s), the header has 3"


def test_04_ragged_rows_cost_only_themselves_in_a_run(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "klein.csv").write_text(
        "id,title,text\n"
        f'goed-1,Kop,"{GOOD}\n\nTweede alinea."\n'
        "scheef,Kop,tekst,extra veld\n"
        "kort,alleen een titel\n"
        f"goed-2,Kop,{OTHER}\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    proc = run_cli(inputs, "--out", out)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert written_ids(out) == ["goed-1", "goed-2"]
    messages = {e["source"].rsplit(":", 1)[1]: e["message"] for e in errors_of(out).values()}
    assert messages == {
        "5": "line 5: ragged row of 4 field(s), the header has 3",
        "6": "line 6: ragged row of 2 field(s), the header has 3",
    }


# 5. Unwritable output.


def test_05_out_is_an_existing_file(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "bestand").write_text("iets", encoding="utf-8")
    proc = run_cli(tmp_path / "a.txt", "--out", tmp_path / "bestand")
    assert_clean_failure(proc, 3, "--out", "is a file, not a folder")


def test_05_out_cannot_be_written(tmp_path, unwritable_dir):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    proc = run_cli(tmp_path / "a.txt", "--out", unwritable_dir)
    assert_clean_failure(proc, 3, "cannot write to --out folder", str(unwritable_dir))
    proc = run_cli(tmp_path / "a.txt", "--out", unwritable_dir / "sub")
    assert_clean_failure(proc, 3, "cannot create --out folder")


def test_05_run_files_that_cannot_be_written_still_report_the_articles(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "in" / "leeg.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    (out / ERRORS_FILE).mkdir(parents=True)  # something in the way of the error log
    proc = run_cli(tmp_path / "in", "--out", out)
    assert_clean_failure(proc, 3, "could not write", ERRORS_FILE)
    assert "1 article(s) written" in proc.stderr and "failed: " in proc.stderr
    assert written_ids(out) == ["a"] and (out / RUN_FILE).exists()


# 6. The output folder is read back as input.


def two_articles(folder: Path) -> Path:
    """`folder` with een.txt and twee.txt."""
    folder.mkdir()
    (folder / "een.txt").write_text(GOOD, encoding="utf-8")
    (folder / "twee.txt").write_text(OTHER, encoding="utf-8")
    return folder


def test_06_our_own_outputs_are_never_inputs(tmp_path):
    inputs = two_articles(tmp_path / "in")
    out = inputs / "out"
    assert run_cli(inputs, "--out", out).returncode == 0
    for command in (
        ["export", out],
        ["export", out, "--to", inputs / "export"],
        ["export", out, "--format", "claim-jsonld", "--to", inputs / "claims.jsonl"],
        ["report", out, "-o", inputs / "report"],
    ):
        result = runner.invoke(app, list(map(str, command)))
        assert result.exit_code == 0, result.output
    assert (inputs / "report" / "articles").is_dir() and (out / "tables" / "articles.csv").exists()
    again = run_cli(inputs, "--out", out)
    assert again.returncode == 0, again.stderr
    manifest = json.loads((out / RUN_FILE).read_text())
    assert (manifest["articles"], manifest["skipped"], manifest["written"]) == (2, 2, 0)
    skipped = sorted(Path(p).name for p in manifest["skipped_inputs"])
    report_pages = ["claims.html", "demands.html", "een.html", "index.html", "quotes.html"]
    assert skipped == sorted([*report_pages, "claims.jsonl", "export", "out", "twee.html"])
    globbed = run_cli(f"{inputs}/**/*.csv", f"{inputs}/**/*.html", "--out", tmp_path / "out2")
    assert "No such file" not in globbed.stderr
    assert json.loads((tmp_path / "out2" / RUN_FILE).read_text())["articles"] == 0


def test_06_export_tables_and_run_files_are_never_inputs(tmp_path, analyzer):
    """Tables with their data package, run files and `_fetch.json`, named directly or walked."""
    out = tmp_path / "out"
    run_batch([two_articles(tmp_path / "in")], out, analyzer, show_progress=False)
    (out / "_fetch.json").write_text('{"version": 1, "urls": {}}\n', encoding="utf-8")
    for command in (["export", out], ["export", out, "--to", out]):
        result = runner.invoke(app, list(map(str, command)))
        assert result.exit_code == 0, result.output
    assert (out / "datapackage.json").is_file() and (out / "tables" / "datapackage.json").is_file()
    named = [out / "tables", out / "tables" / "articles.csv", out / "articles.csv"]
    named += [out / name for name in ("_run.json", ERRORS_FILE, "_fetch.json", "een.json")]
    summary = run_batch(named, tmp_path / "again", analyzer, show_progress=False)
    assert summary.articles == 0 and sorted(summary.skipped_inputs) == sorted(map(str, named))
    assert written_ids(out) == ["een", "twee"]  # the data package is no article file
    assert json.loads((out / "_fetch.json").read_text()) == {"version": 1, "urls": {}}


def test_06_own_output_names_match_their_writers():
    from pipeline import batch
    from pipeline.ingest import own_outputs
    from pipeline.output import dictionary, report, tables

    assert own_outputs.RUN_FILE == batch.RUN_FILE
    assert own_outputs.SQLITE_FILE == tables.SQLITE_FILE
    assert own_outputs.PACKAGE_FILE == tables.PACKAGE_FILE
    assert own_outputs.PACKAGE_KEY in json.dumps(dictionary.datapackage(), indent=2).encode()
    assert own_outputs.REPORT_MARKER_BYTES.decode() == report.REPORT_MARKER


# 7. `export --format claim-jsonld` and `translate` crash on one bad file.


@pytest.fixture
def outputs_with_bad_files(tmp_path) -> Path:
    out = tmp_path / "outputs"
    write_result(make_result("huur-1"), out)
    good = (out / "huur-1.json").read_text(encoding="utf-8")
    (out / "afgekapt.json").write_text(good[: len(good) // 2], encoding="utf-8")
    (out / "utf16.json").write_bytes(b"\xff\xfe" + good.encode("utf-16-le"))
    (out / "vreemd.json").write_bytes(b"\xff\xfe\x00binary")
    return out


def test_07_claim_jsonld_skips_bad_files(outputs_with_bad_files, tmp_path):
    target = tmp_path / "claims.jsonld"
    proc = pipeline("export", outputs_with_bad_files, "--format", "claim-jsonld", "--to", target)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert len(target.read_text().splitlines()) == 1
    skipped = [line for line in proc.stderr.splitlines() if "skipped:" in line]
    assert len(skipped) == 3 and any("afgekapt.json" in s and "truncated" in s for s in skipped)
    assert any("vreemd.json: not UTF-8" in s for s in skipped)


def test_07_translate_skips_bad_files(outputs_with_bad_files):
    proc = pipeline("translate", outputs_with_bad_files, "--translator", "none")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "translation status: 1 skipped" in proc.stderr
    assert len([line for line in proc.stderr.splitlines() if "skipped:" in line]) == 3


def test_07_translate_isolates_an_article_whose_english_step_breaks(tmp_path, monkeypatch):
    from pipeline.translate import outputs as translate_outputs

    out = tmp_path / "outputs"
    for article_id in ("huur-1", "huur-2", "huur-3"):
        write_result(make_result(article_id), out)
    before = (out / "huur-2.json").read_bytes()
    real = translate_outputs.add_english

    def add_english(results, translator):
        if any(r.article.id == "huur-2" for r in results):
            raise RuntimeError("MT crashed")
        return real(results, translator)

    monkeypatch.setattr(translate_outputs, "add_english", add_english)
    problems: list[str] = []
    statuses = translate_outputs.fill_outputs(out, None, problems)
    assert sum(statuses.values()) == 2, statuses
    assert problems == [f"{out / 'huur-2.json'}: English step failed: RuntimeError: MT crashed"]
    assert (out / "huur-2.json").read_bytes() == before


@pytest.mark.parametrize("format", ["tables", "claim-jsonld", "jsonl"])
def test_07_every_export_format_skips_a_file_it_cannot_read(tmp_path, format):
    out = tmp_path / "outputs"
    write_result(make_result("huur-1"), out)
    (out / "map.json").mkdir()  # named like an article file, cannot be read as one
    result = runner.invoke(
        app, ["export", str(out), "--format", format, "--to", str(tmp_path / "t")]
    )
    assert result.exit_code == 1, result.output
    [skipped] = [line for line in result.output.splitlines() if "skipped:" in line]
    assert "map.json" in skipped and "Is a directory" in skipped


# 8. Database errors as tracebacks.


@pytest.mark.parametrize(
    ("target", "words"),
    [
        ("postgresql://nobody@127.0.0.1:1/db", ["postgresql://nobody@127.0.0.1:1/db", "refused"]),
        ("sqlite:////nergens/te/vinden/claims.sqlite", ["unable to open database file"]),
        ("{file}", ["--to", "is a file, not a folder"]),
        ("{unwritable}/tabellen", ["cannot create --to folder"]),
    ],
    ids=["postgresql-closed-port", "sqlite-unwritable-path", "to-a-file", "to-unwritable"],
)
def test_08_database_and_target_errors_are_one_line(tmp_path, unwritable_dir, target, words):
    out = tmp_path / "outputs"
    write_result(make_result("huur-1"), out)
    (tmp_path / "bestand.txt").write_text("iets", encoding="utf-8")
    target = target.format(file=tmp_path / "bestand.txt", unwritable=unwritable_dir)
    proc = pipeline("export", out, "--to", target)
    assert_clean_failure(proc, 3, *words)
    assert len(proc.stderr.splitlines()) == 1, proc.stderr


# 9. UTF-16 text without a BOM.


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_09_utf16_and_utf32_without_bom_are_read(tmp_path, encoding):
    text = (
        "Één op de vijf huurders in Utrecht betaalt te veel, zegt de Woonbond: „Dit moet anders.”"
    )
    path = tmp_path / "bericht.txt"
    path.write_bytes(text.encode(encoding))
    [article] = read_path(path)
    assert not isinstance(article, IngestError), article
    assert article.text == text


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4,
        b"PK\x03\x04\x14\x00\x06\x00" + bytes(200) + b"word/document.xml" * 20,
    ],
    ids=["png", "docx"],
)
def test_09_binary_files_are_still_refused(tmp_path, data):
    path = tmp_path / "bijlage.txt"
    path.write_bytes(data)
    [error] = read_path(path)
    assert isinstance(error, IngestError) and "binary input" in str(error)


# 10. `translate` and `export` ignore the run lock.


@pytest.mark.parametrize(
    "command",
    [["translate", "{out}", "--translator", "none"], ["export", "{out}"], ["run", "{inp}"]],
    ids=["translate", "export", "run"],
)
def test_10_a_folder_in_use_is_refused_with_exit_4(tmp_path, command):
    out = tmp_path / "outputs"
    write_result(make_result("huur-1"), out)
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    before = {p.name: p.stat().st_mtime_ns for p in out.iterdir()}
    args = [part.format(out=out, inp=tmp_path / "a.txt") for part in command]
    if args[0] == "run":
        args += ["--out", str(out), "--translator", "none"]
    with output_lock(out):  # what a running `pipeline run` holds
        proc = pipeline(*args)
    assert_clean_failure(proc, 4, "another pipeline command", str(out))
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir()} == before


# 11. kill -9 of a `--workers 2` run leaves its worker processes behind.


def _alive(processes: list[psutil.Process]) -> list[psutil.Process]:
    alive = []
    for process in processes:
        try:
            if process.status() != psutil.STATUS_ZOMBIE:
                alive.append(process)
        except psutil.NoSuchProcess:
            pass
    return alive


def test_11_kill_9_of_a_two_worker_run_leaves_no_process(tmp_path):
    corpus = jsonl_corpus(tmp_path / "corpus.jsonl", 400)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "run", str(corpus), "--out", str(out),
               "--workers", "2", "--translator", "none", "--no-progress"]  # fmt: skip
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + 90
    children: list[psutil.Process] = []
    while time.monotonic() < deadline and proc.poll() is None:
        children = parent.children(recursive=True)
        if len(children) >= 3 and any(out.glob("*.json")):  # 2 workers + resource tracker
            break
        time.sleep(0.05)
    assert proc.poll() is None and len(children) >= 3, "the run ended before the kill"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 15
    while _alive(children) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = _alive(children)
    for process in left:  # do not leave them to the next test either
        process.kill()
    assert not left, f"still running after the parent's kill -9: {[p.cmdline() for p in left]}"


# 12. Stale data and silent byte changes.


def test_12_an_article_that_now_fails_has_its_output_moved_aside(tmp_path):
    inputs = two_articles(tmp_path / "in")
    out = tmp_path / "out"
    assert run_cli(inputs, "--out", out).returncode == 0
    assert runner.invoke(app, ["export", str(out)]).exit_code == 0
    (inputs / "twee.txt").write_bytes(b"\x00\x01\x02" * 100)  # now binary
    proc = run_cli(inputs, "--out", out)
    assert proc.returncode == 1
    assert written_ids(out) == ["een"] and (out / STALE_DIR / "twee.json").exists()
    assert "1 earlier output(s) of articles that now fail moved to" in proc.stderr
    exported = runner.invoke(app, ["export", str(out)])
    assert "pruned: rows of 1 article(s) no longer in" in exported.output
    assert pd.read_csv(out / "tables" / "articles.csv")["article_id"].tolist() == ["een"]
    with sqlite3.connect(out / "claims.sqlite") as db:
        assert db.execute("SELECT article_id FROM articles").fetchall() == [("een",)]
        assert (
            db.execute("SELECT count(*) FROM claims WHERE article_id = 'twee'").fetchone()[0] == 0
        )
    (inputs / "twee.txt").write_text(OTHER, encoding="utf-8")  # fixed again
    assert run_cli(inputs, "--out", out).returncode == 0
    assert written_ids(out) == ["een", "twee"] and not (out / STALE_DIR / "twee.json").exists()


def test_12_rows_of_removed_articles_are_kept_in_a_shared_database_unless_pruned(tmp_path):
    out = tmp_path / "outputs"
    for article_id in ("huur-1", "huur-2"):
        write_result(make_result(article_id), out)
    target = tmp_path / "gedeeld"
    assert runner.invoke(app, ["export", str(out), "--to", str(target)]).exit_code == 0
    (out / "huur-2.json").unlink()
    kept = runner.invoke(app, ["export", str(out), "--to", str(target)])
    assert "1 article(s) in the database are no longer in" in kept.output
    database = target / "claims.sqlite"
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    pruned = runner.invoke(app, ["export", str(out), "--to", str(target), "--prune"])
    assert "pruned: rows of 1 article(s)" in pruned.output
    with sqlite3.connect(database) as db:
        assert db.execute("SELECT article_id FROM articles").fetchall() == [("huur-1",)]
        assert db.execute("SELECT count(*) FROM quotes").fetchone() == (1,)


@pytest.mark.parametrize("where", [10, 9000], ids=["first-4kb", "after-4kb"])
def test_12_a_nul_byte_is_refused_wherever_it_is(tmp_path, where):
    data = bytearray((GOOD + " ").encode() * 120)
    data[where] = 0
    path = tmp_path / "nul.txt"
    path.write_bytes(bytes(data))
    [error] = read_path(path)
    assert isinstance(error, IngestError)
    assert str(error) == f"binary input (1 NUL bytes, the first at byte {where:,}), not text"


@pytest.mark.parametrize(
    ("data", "text", "warning"),
    [
        (
            b"Het caf\xe9 aan de Grote Markt in Zwolle sluit.",
            "Het café aan de Grote Markt in Zwolle sluit.",
            None,
        ),
        (
            b"De raad stemde \x81 in met het plan voor de wijk.",
            "De raad stemde \ufffd in met het plan voor de wijk.",
            "undefined in Windows-1252",
        ),
        (
            "Één café in München: ".encode() + b"na\xefef en co\xf6peratie",
            "Één café in München: naïef en coöperatie",
            "mixed encodings: 2 byte(s)",
        ),
    ],
    ids=["cp1252-accent", "undefined-byte", "utf8-with-cp1252-bytes"],
)
def test_12_stray_bytes_are_read_as_dutch_text_and_reported(tmp_path, data, text, warning):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "bericht.txt").write_bytes(data)
    out = tmp_path / "out"
    proc = run_cli(inputs, "--out", out)
    assert proc.returncode == 0, proc.stderr
    assert json.loads((out / "bericht.json").read_text())["article"]["text"] == text
    notes = [json.loads(line) for line in (out / WARNINGS_FILE).read_text().splitlines()]
    if warning is None:
        assert notes == []
    else:
        [note] = notes
        assert note["id"] == "bericht" and warning in note["message"]
        assert f"warning: {inputs / 'bericht.txt'}: " in proc.stderr
