"""Every command with broken input: a documented exit code and no Python traceback.

All cases run as real processes, started together (they spend most of their time importing), while
this test holds the lock of one output folder so the "in use" cases see a running command, and a
listening socket so that `serve` finds its port taken. Web inputs go to a closed local port (no
network is needed) and standard input is empty.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.errors import MEANINGS, ExitCode
from pipeline.lock import output_lock
from pipeline.output.json_files import write_result
from tests.test_export import make_result

# (case, command line with {placeholders}, exit code)
CASES = [
    ("no-arguments", [], ExitCode.USAGE),
    ("unknown-command", ["analyse", "{good}"], ExitCode.USAGE),
    ("run-missing-input", ["run", "{tmp}/nergens.txt", "--out", "{tmp}/o1"], ExitCode.USAGE),
    ("run-unknown-translator", ["run", "{good}", "--translator", "babel"], ExitCode.USAGE),
    ("run-max-chars-zero", ["run", "{good}", "--max-chars", "0"], ExitCode.USAGE),
    ("run-out-is-a-file", ["run", "{good}", "--out", "{good}"], ExitCode.IO),
    (
        "run-unreachable-and-bad-urls",
        [
            "run",
            "http://127.0.0.1:1/feed.xml",
            "http:///",
            "--out",
            "{tmp}/o3",
            "--translator",
            "none",
            "--fetch-delay",
            "0",
        ],
        ExitCode.ARTICLES_FAILED,
    ),
    (
        "run-empty-stdin",
        ["run", "-", "--out", "{tmp}/o4", "--translator", "none"],
        ExitCode.ARTICLES_FAILED,
    ),
    ("run-force-language-en", ["run", "{good}", "--force-language", "en"], ExitCode.USAGE),
    (
        "run-broken-inputs",
        ["run", "{broken}", "--out", "{tmp}/o2", "--translator", "none"],
        ExitCode.ARTICLES_FAILED,
    ),
    (
        "run-folder-in-use",
        ["run", "{good}", "--out", "{locked}", "--translator", "none"],
        ExitCode.LOCKED,
    ),
    ("translate-not-a-folder", ["translate", "{good}"], ExitCode.USAGE),
    (
        "translate-bad-files",
        ["translate", "{bad_outputs}", "--translator", "none"],
        ExitCode.ARTICLES_FAILED,
    ),
    ("translate-folder-in-use", ["translate", "{locked}", "--translator", "none"], ExitCode.LOCKED),
    ("export-no-folder", ["export", "{tmp}/nergens"], ExitCode.USAGE),
    ("export-unknown-format", ["export", "{bad_outputs}", "--format", "xml"], ExitCode.USAGE),
    ("export-bad-files", ["export", "{bad_outputs}"], ExitCode.ARTICLES_FAILED),
    (
        "export-jsonld-bad-files",
        ["export", "{bad_outputs}", "--format", "claim-jsonld"],
        ExitCode.ARTICLES_FAILED,
    ),
    (
        "export-closed-port",
        ["export", "{outputs}", "--to", "postgresql://x@127.0.0.1:1/db"],
        ExitCode.IO,
    ),
    ("export-bad-url", ["export", "{outputs}", "--to", "nosuchdb://"], ExitCode.USAGE),
    ("export-to-a-file", ["export", "{outputs}", "--to", "{good}"], ExitCode.IO),
    (
        "export-jsonl-bad-files",
        ["export", "{bad_outputs}", "--format", "jsonl"],
        ExitCode.ARTICLES_FAILED,
    ),
    ("export-folder-in-use", ["export", "{locked}"], ExitCode.LOCKED),
    ("report-not-a-folder", ["report", "{good}"], ExitCode.USAGE),
    ("report-out-is-a-file", ["report", "{outputs}", "-o", "{good}"], ExitCode.IO),
    ("serve-unknown-translator", ["serve", "--translator", "babel"], ExitCode.USAGE),
    ("serve-port-out-of-range", ["serve", "--port", "70000"], ExitCode.USAGE),
    ("serve-no-model", ["serve", "--model", "{tmp}/geen-model"], ExitCode.USAGE),
    ("serve-port-in-use", ["serve", "--port", "{busy_port}"], ExitCode.IO),
    ("schema-to-a-full-disk", ["schema", ">/dev/full"], ExitCode.IO),
]


def make_workspace(tmp: Path) -> dict[str, Path]:
    """Broken inputs and output folders for one case (cases run at once; each has its own)."""
    tmp.mkdir(parents=True)
    good = tmp / "goed.txt"
    good.write_text("De gemeente Almere trekt 12 miljoen euro uit voor fietspaden.", "utf-8")
    broken = tmp / "kapot"
    broken.mkdir()
    (broken / "leeg.txt").write_text("", encoding="utf-8")
    (broken / "binair.txt").write_bytes(b"\x00\x01\x02" * 50)
    (broken / "zelf.txt").symlink_to("zelf.txt")
    (broken / "scheef.csv").write_text("id,text\na,Tekst.\nb,te,veel\n", encoding="utf-8")
    (broken / "feed.jsonl").write_text('{"id": "x"}\n{niet geldig\n[1, 2]\n', encoding="utf-8")
    (broken / "engels.txt").write_text(
        "The government said on Tuesday that it will spend more on schools and hospitals.", "utf-8"
    )
    outputs = tmp / "outputs"
    write_result(make_result("huur-1"), outputs)
    bad_outputs = tmp / "bad_outputs"
    write_result(make_result("huur-1"), bad_outputs)
    (bad_outputs / "afgekapt.json").write_text('{"article": {"id": "a', encoding="utf-8")
    (bad_outputs / "vreemd.json").write_bytes(b"\xff\xfe\x00\x00")
    return {"tmp": tmp, "good": good, "broken": broken, "outputs": outputs,
            "bad_outputs": bad_outputs}  # fmt: skip


@pytest.fixture(scope="module")
def locked(tmp_path_factory) -> Path:
    """An output folder whose lock the test holds, as a running command would."""
    folder = tmp_path_factory.mktemp("locked")
    write_result(make_result("huur-1"), folder)
    return folder


def test_every_command_fails_with_one_line_and_no_traceback(tmp_path, locked):
    started = {}
    with output_lock(locked), socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        for case, arguments, _code in CASES:
            places = make_workspace(tmp_path / case)
            args = [
                a.format(**places, locked=locked, busy_port=busy.getsockname()[1])
                for a in arguments
            ]
            stdout = subprocess.PIPE
            if args and args[-1].startswith(">"):
                stdout = open(args.pop()[1:], "w")  # noqa: SIM115 (closed below)
            command = [sys.executable, "-m", "pipeline", *args]
            env = {**os.environ, "COLUMNS": "100"}
            started[case] = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=stdout,
                stderr=subprocess.PIPE,
                text=True,
                env=env,
            )
            if stdout is not subprocess.PIPE:
                stdout.close()
        finished = {case: (proc, *proc.communicate(timeout=180)) for case, proc in started.items()}
    wrong = []
    for case, _arguments, code in CASES:
        proc, _out, err = finished[case]
        if "Traceback" in err or proc.returncode != code:
            wrong.append(f"{case}: exit {proc.returncode}, expected {code}\n{err}")
        elif code in (ExitCode.IO, ExitCode.LOCKED):
            errors = [line for line in err.splitlines() if line.startswith("error: ")]
            if len(errors) != 1:
                wrong.append(f"{case}: expected one 'error:' line\n{err}")
    assert not wrong, "\n\n".join(wrong)


@pytest.mark.parametrize("option", ["--debug", "-v"])
def test_debug_and_verbose_show_the_traceback(tmp_path, option):
    workspace = make_workspace(tmp_path / "debug")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline",
            option,
            "report",
            str(workspace["outputs"]),
            "-o",
            str(workspace["good"]),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == ExitCode.IO
    assert "Traceback" in proc.stderr and proc.stderr.rstrip().splitlines()[-1].startswith("error:")


def test_every_exit_code_is_documented():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for code, meaning in MEANINGS.items():
        assert f"| {int(code)} | {meaning} |" in readme, f"exit code {int(code)} not in README"
