"""The command line's analysing processes stay single-threaded (see `pipeline.threads`)."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from pipeline import logs
from pipeline.threads import BLAS_THREAD_VARIABLES, one_blas_thread


@pytest.mark.parametrize(
    ("environ", "asked", "after"),
    [
        ({}, True, {"OPENBLAS_NUM_THREADS": "1"}),
        ({"PATH": "/bin"}, True, {"PATH": "/bin", "OPENBLAS_NUM_THREADS": "1"}),
        ({"OPENBLAS_NUM_THREADS": "4"}, False, {"OPENBLAS_NUM_THREADS": "4"}),
        ({"GOTO_NUM_THREADS": "2"}, False, {"GOTO_NUM_THREADS": "2"}),
        ({"OMP_NUM_THREADS": "3"}, False, {"OMP_NUM_THREADS": "3"}),
    ],
)
def test_one_blas_thread_unless_the_user_chose(environ, asked, after):
    assert one_blas_thread(environ) is asked, f"asked for one thread in {environ}: expected {asked}"
    assert environ == after


def _child(code: str, **env: str) -> str:
    """`code` run by a fresh interpreter without any BLAS thread variable but `env`."""
    clean = {k: v for k, v in os.environ.items() if k not in BLAS_THREAD_VARIABLES}
    result = subprocess.run(
        [sys.executable, "-c", code], env={**clean, **env}, capture_output=True, text=True,
        check=True,
    )  # fmt: skip
    return result.stdout.strip()


CLI_THEN_ENV = """
import os, sys
sys.argv = ["pipeline", "--version"]
from pipeline.cli import main
try:
    main()
except SystemExit:
    pass
print(os.environ.get("OPENBLAS_NUM_THREADS"))
"""


@pytest.mark.parametrize(("env", "expected"), [({}, "1"), ({"OPENBLAS_NUM_THREADS": "2"}, "2")])
def test_the_command_line_asks_for_one_blas_thread_and_keeps_a_users_choice(env, expected):
    assert _child(CLI_THEN_ENV, **env).splitlines()[-1] == expected


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_spacy_with_one_blas_thread_leaves_the_process_single_threaded():
    code = (
        "from pipeline.threads import one_blas_thread; one_blas_thread()\n"
        "import os, spacy, numpy\n"
        "print(len(os.listdir('/proc/self/task')))"
    )
    assert _child(code) == "1", "numpy/spaCy started a thread although OpenBLAS was asked for one"


def test_the_progress_bar_starts_no_monitor_thread(monkeypatch):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    before = threading.active_count()
    bar = logs.progress(total=3)
    try:
        bar.update(1)
        assert threading.active_count() == before, "tqdm's monitor thread was started"
    finally:
        bar.close()
