"""Progress as plain log lines (off a terminal) and the -v/-q levels."""

from __future__ import annotations

import logging

import pytest

from pipeline.logs import ProgressLines, verbosity_level


def test_progress_lines_report_count_rate_eta_and_counters(caplog):
    caplog.set_level(logging.INFO, logger="pipeline")
    bar = ProgressLines(total=10, every=0)
    bar.set_postfix(skipped=1, failed=0)
    bar.update(4)
    bar.update(6)
    bar.close()
    lines = [r.getMessage() for r in caplog.records]
    assert lines[0].startswith("articles: 4/10, ") and "ETA" in lines[0]
    assert "skipped 1, failed 0" in lines[0]
    assert lines[-1].startswith("articles: 10/10, ") and "done in" in lines[-1]
    assert len(lines) == 3


def test_progress_lines_are_periodic_and_silent_when_disabled(caplog):
    caplog.set_level(logging.INFO, logger="pipeline")
    bar = ProgressLines(total=None, every=3600)
    for _ in range(100):
        bar.update()
    bar.close()
    assert [r.getMessage().split(",")[0] for r in caplog.records] == ["articles: 100"]
    caplog.clear()
    quiet = ProgressLines(total=5, every=0, disable=True)
    quiet.update(5)
    quiet.close()
    assert not caplog.records


@pytest.mark.parametrize(
    ("verbose", "quiet", "level"),
    [(0, False, logging.INFO), (1, False, logging.DEBUG), (2, False, logging.DEBUG),
     (0, True, logging.WARNING), (1, True, logging.WARNING)],
)  # fmt: skip
def test_verbosity_levels(verbose, quiet, level):
    assert verbosity_level(verbose, quiet) == level
