"""CLI basics: --version, -v/-q and logging, progress off a terminal, env defaults, file modes,
stdin, and the language check as a user meets them."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from pipeline import __version__
from pipeline.cli import app

runner = CliRunner()
DUTCH = (
    " date 2024-06 Kop\n\nDe politie in Groningen zoekt getuigen van een overval op een juwelier"
    " aan de Herestraat. Volgens de politie gaat het om drie daders."
)
ENGLISH = (
    "Prime Minister Rishi Sunak said on Tuesday that the government will spend more on schools,"
    " hospitals and the police over the next three years."
)


def _pipeline(*args: str, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pipeline", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, **(env or {})},
        **kwargs,
    )


def _folder(tmp_path, count: int = 1, text: str = DUTCH):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(count):
        (folder / f"a{n}.txt").write_text(text.replace("drie", f"{n + 3}"), encoding="utf-8")
    return folder


def test_version():
    proc = _pipeline("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"pipeline {__version__}"


def test_quiet_hides_progress_and_summary_verbose_shows_debug(tmp_path):
    folder = _folder(tmp_path, count=6)
    args = ["-q", "run", str(folder), "-o", str(tmp_path / "q"), "--translator", "none"]
    quiet = runner.invoke(app, [*args, "--workers", "1"])
    assert quiet.exit_code == 0 and quiet.output == ""
    (folder / "a0.txt").write_text(ENGLISH, encoding="utf-8")
    loud = runner.invoke(app, [*args, "--workers", "1"])
    assert loud.exit_code == 1 and "not Dutch" in loud.output, "failures still show with -q"
    unreachable = "http://127.0.0.1:9/feed.xml"
    args = ["-v", "run", unreachable, "-o", str(tmp_path / "v"), "--fetch-delay", "0"]
    verbose = runner.invoke(app, args)
    assert "DEBUG" in verbose.output


def test_environment_defaults_for_translator_and_output_folder(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    out = tmp_path / "from-env"
    monkeypatch.setenv("PIPELINE_OUT", str(out))
    monkeypatch.setenv("PIPELINE_TRANSLATOR", "none")
    result = runner.invoke(app, ["run", str(folder), "--workers", "1"])
    assert result.exit_code == 0, result.output
    written = json.loads((out / "a0.json").read_text(encoding="utf-8"))
    assert written["translation"]["backend"] == "none"
    report = runner.invoke(app, ["report", "-o", str(tmp_path / "report")])
    assert report.exit_code == 0 and "1 article page(s)" in report.output
    monkeypatch.setenv("PIPELINE_TRANSLATOR", "babelfish")
    result = runner.invoke(app, ["run", str(folder)])
    assert result.exit_code == 2 and "unknown translator 'babelfish'" in result.output


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640)])
def test_files_get_the_umask_mode_and_progress_is_plain_lines_off_a_terminal(tmp_path, umask, mode):
    folder = _folder(tmp_path, count=6)
    out = tmp_path / "o"
    proc = _pipeline(
        "run", str(folder), "-o", str(out), "--translator", "none", "--workers", "1",
        preexec_fn=lambda: os.umask(umask),
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    for name in ("a0.json", "_run.json", "_errors.jsonl"):
        assert stat.S_IMODE((out / name).stat().st_mode) == mode, name
    assert "\r" not in proc.stderr, "no progress-bar frames in a log"
    assert "articles: 6/6" in proc.stderr and "done in" in proc.stderr


def test_stdin_text_is_one_article(tmp_path):
    out = tmp_path / "o"
    result = runner.invoke(app, ["run", "-", "-o", str(out), "--translator", "none"], input=DUTCH)
    assert result.exit_code == 0, result.output
    article = json.loads((out / "stdin.json").read_text(encoding="utf-8"))["article"]
    assert (article["source"], article["title"], article["date"]) == ("<stdin>", "Kop", "2024-06")


def test_stdin_json_lines_are_one_article_each(tmp_path):
    lines = [
        {"id": "een", "title": "Eerste", "text": "De gemeente Breda sluit twee zwembaden."},
        {"id": "twee", "text": "Het kabinet moet meer doen voor de jeugdzorg, zegt de bond."},
        {"id": "drie", "title": "Zonder tekst"},
    ]
    stdin = "\n".join(json.dumps(line) for line in lines) + "\n"
    out = tmp_path / "o"
    result = runner.invoke(app, ["run", "-", "-o", str(out), "--translator", "none"], input=stdin)
    assert result.exit_code == 1 and "2 article(s) written" in result.output
    assert (out / "een.json").exists() and (out / "twee.json").exists()
    [error] = [json.loads(x) for x in (out / "_errors.jsonl").read_text().splitlines()]
    assert (error["id"], error["source"]) == ("drie", "<stdin>:3")


def test_text_that_is_not_dutch_is_an_error_unless_forced(tmp_path):
    folder = _folder(tmp_path)
    (folder / "engels.txt").write_text(ENGLISH, encoding="utf-8")
    out = tmp_path / "o"
    result = runner.invoke(app, ["run", str(folder), "-o", str(out), "--translator", "none"])
    assert result.exit_code == 1 and "not Dutch" in result.output
    [error] = [json.loads(x) for x in (out / "_errors.jsonl").read_text().splitlines()]
    assert error["id"] == "engels" and error["error"] == "NotDutchError"
    assert "'en'" in error["message"] and not (out / "engels.json").exists()

    forced = runner.invoke(
        app,
        ["run", str(folder), "-o", str(out), "--translator", "none", "--force-language", "nl"],
    )
    assert forced.exit_code == 0, forced.output
    assert json.loads((out / "engels.json").read_text())["article"]["language"] == "nl"
    assert (out / "_errors.jsonl").read_text() == ""
    wrong = runner.invoke(app, ["run", str(folder), "-o", str(out), "--force-language", "en"])
    assert wrong.exit_code == 2 and "only nl" in wrong.output
