"""The demand layer on held-out realistic texts of our own (tests/fixtures/realistic/, files
`demands_*`), scored by the dev set's own score.py: a floor a little below what the layer reaches,
so that a later change cannot lower it silently.

The texts (a municipal release, a Flemish police call for witnesses, a safety-region release with
sub-headings glued to the text, a press-conference transcript, a sports item with navigation
lines) were written with their gold before the rules of issue 11 part A were tuned on the dev
set; other layers' owners add their own `<layer>_*` files beside them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.ingest import read_path
from pipeline.output.json_files import dumps
from tests.conftest import SHARED

REALISTIC = Path(__file__).parent / "fixtures" / "realistic"
SCORE = SHARED / "data" / "devset" / "score.py"
IDS = sorted(p.stem for p in (REALISTIC / "texts").glob("demands_*.txt"))
FLOORS = {"f": 0.90, "actor_acc": 0.80, "addressee_acc": 0.90}


@pytest.mark.skipif(not SCORE.exists(), reason="the dev set's score.py is in ../shared")
def test_demands_on_realistic_texts(analyzer, tmp_path):
    assert len(IDS) >= 3, "held-out demand texts in tests/fixtures/realistic/texts/"
    for aid in IDS:
        (article,) = read_path(REALISTIC / "texts" / f"{aid}.txt")
        (tmp_path / f"{aid}.json").write_text(dumps(analyzer(article)), encoding="utf-8")
    scores = tmp_path / "scores.json"
    subprocess.run(
        [sys.executable, str(SCORE), "--texts", str(REALISTIC / "texts"),
         "--gold", str(REALISTIC / "gold"), "--pred", str(tmp_path), "--only", ",".join(IDS),
         "--json", str(scores)],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    demands = json.loads(scores.read_text(encoding="utf-8"))["demands"]
    low = {k: demands[k] for k, floor in FLOORS.items() if demands[k] < floor}
    assert not low, f"demands on the realistic texts fell below {FLOORS}: {demands}"
