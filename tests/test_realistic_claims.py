"""Claims on held-out realistic texts (tests/fixtures/realistic/, files `claims_*`): short Dutch
texts in styles the dev set lacks (a sports report, an economy item, a court report, a municipal
press release, a Flemish weather item), written for this check with gold in the dev set's format
plus each claim's `measure` and `measure_unit`. Scored with the dev set's own score.py; the
floors sit a little below what the pipeline reaches, so a change cannot lower them unnoticed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.ingest import read_path
from tests.conftest import SHARED

REALISTIC = Path(__file__).parent / "fixtures" / "realistic"
SCORE = SHARED / "data" / "devset" / "score.py"
IDS = sorted(p.stem for p in (REALISTIC / "gold").glob("claims_*.json"))
FLOORS = {"f": 0.93, "unit_acc": 0.95, "hedge_acc": 0.9}
MEASURE_FLOOR = 0.9


@pytest.fixture(scope="module")
def predictions(analyzer, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("realistic_claims")
    for article_id in IDS:
        [article] = list(read_path(REALISTIC / "texts" / f"{article_id}.txt"))
        (out / f"{article_id}.json").write_text(analyzer(article).model_dump_json())
    return out


def test_claims_score_above_the_floors(predictions, tmp_path) -> None:
    if not SCORE.exists():
        pytest.skip(f"the dev set's score.py is not at {SCORE}")
    scores = tmp_path / "scores.json"
    command = [
        sys.executable, str(SCORE), "--texts", str(REALISTIC / "texts"),
        "--gold", str(REALISTIC / "gold"), "--pred", str(predictions),
        "--only", ",".join(IDS), "--json", str(scores),
    ]  # fmt: skip
    subprocess.run(command, capture_output=True, text=True, check=False)
    claims = json.loads(scores.read_text(encoding="utf-8"))["claims"]
    low = {k: claims[k] for k, floor in FLOORS.items() if (claims[k] or 0) < floor}
    assert not low, f"below the floors {FLOORS}: {claims}"


def test_measures_match_the_gold(predictions) -> None:
    """A gold claim found with its value has the gold's measure and measure unit."""
    found = right = 0
    wrong = []
    for article_id in IDS:
        gold = json.loads((REALISTIC / "gold" / f"{article_id}.json").read_text(encoding="utf-8"))
        result = json.loads((predictions / f"{article_id}.json").read_text(encoding="utf-8"))
        text = result["article"]["text"]
        for g in gold["claims"]:
            start = text.find(g["text"])
            end = start + len(g["text"])
            match = next(
                (
                    c
                    for c in result["claims"]
                    if c["start"] < end and c["end"] > start and abs(c["value"] - g["value"]) < 1e-3
                ),
                None,
            )
            if match is None:
                continue
            found += 1
            if (match["measure"], match["measure_unit"]) == (g["measure"], g["measure_unit"]):
                right += 1
            else:
                wrong.append((g["text"], g["measure"], match["measure"], match["measure_unit"]))
    assert found and right / found >= MEASURE_FLOOR, wrong
