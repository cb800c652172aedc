"""The `pipeline` command: exit codes and messages a user sees."""

from __future__ import annotations

import json
import subprocess
import sys

from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()
TEXT = (
    " date 2024-06 Kop\n\nDe politie in Groningen zoekt getuigen van een overval op een juwelier."
)


def test_run_writes_one_json_per_article_and_reports_bad_input(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "goed.txt").write_text(TEXT, encoding="utf-8")
    (inputs / "leeg.txt").write_text("", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(inputs), "--out", str(out), "--translator", "none"])
    assert result.exit_code == 1, result.output
    assert "1 article(s) written" in result.output and "1 failed" in result.output
    written = json.loads((out / "goed.json").read_text(encoding="utf-8"))
    assert written["article"]["title"] == "Kop" and written["article"]["date"] == "2024-06"
    [error] = [json.loads(line) for line in (out / "_errors.jsonl").read_text().splitlines()]
    assert error["id"] == "leeg" and "empty" in error["message"]


def test_unknown_model_exits_2_with_install_hint_and_no_traceback(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            "run",
            str(tmp_path),
            "--out",
            str(tmp_path / "o"),
            "--model",
            "geen_model_xx",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "spacy download nl_core_news_sm" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_input_exits_2(tmp_path):
    result = runner.invoke(app, ["run", str(tmp_path / "nergens.txt"), "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "nergens.txt" in result.output
