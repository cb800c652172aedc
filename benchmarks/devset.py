"""Extraction quality on real Dutch text: the dev set in `../shared/data/devset/`, scored by its own
`score.py` (as shipped there), per layer, into `benchmarks/results.json` under "devset".

The dev set holds real police, RIVM, government and Wikinews texts annotated blind to our output
(its `GUIDELINES.md` is the extraction specification). It is read from `../shared`, never copied
into the project. Targets are those of issues 11 (entities, quotes, demands) and 12 (claims); the
project is also judged on other real news, so these figures are a development signal, not a promise.
Beside it, the same score.py scores our own held-out texts (`tests/fixtures/realistic/`: styles the
dev set lacks, written and annotated by us before tuning, so a weaker check than a blind set; saved
under "realistic"): a rule that raises the dev set but lowers these is overfitting.

Usage: python benchmarks/devset.py [--shared ../shared] [--no-save]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

TARGETS = {
    "entities.f": 0.90,
    "entities.split": 3,  # at most
    "claims.f": 0.92,
    "claims.unit_acc": 0.92,
    "quotes.f": 0.90,
    "quotes.speaker_acc": 0.90,
    "demands.f": 0.75,
    "demands.actor_acc": 0.80,
    "demands.addressee_acc": 0.80,
}
AT_MOST = {"entities.split"}
SHOWN = {
    "entities": ("p", "r", "f", "split", "label_acc"),
    "claims": ("p", "r", "f", "unit_acc", "hedge_acc"),
    "quotes": ("p", "r", "f", "speaker_acc"),
    "demands": ("p", "r", "f", "actor_acc", "addressee_acc"),
}


REALISTIC = ROOT / "tests" / "fixtures" / "realistic"


def score_set(texts: Path, gold: Path, score_py: Path) -> dict:
    """Run the pipeline over `texts` and score the outputs against `gold` with the dev set's
    score.py."""
    with tempfile.TemporaryDirectory(prefix="devset-") as temp:
        out, scores = Path(temp) / "out", Path(temp) / "scores.json"
        subprocess.run(
            [sys.executable, "-m", "pipeline", "-q", "run", str(texts), "--out", str(out),
             "--translator", "none", "--force", "--no-progress"],
            check=True,
        )  # fmt: skip
        subprocess.run(
            [sys.executable, str(score_py), "--texts", str(texts),
             "--gold", str(gold), "--pred", str(out), "--json", str(scores)],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
        return json.loads(scores.read_text(encoding="utf-8"))


def passed(scores: dict) -> dict[str, bool]:
    result = {}
    for key, target in TARGETS.items():
        layer, measure = key.split(".")
        value = scores[layer][measure]
        result[key] = value <= target if key in AT_MOST else value >= target
    return result


def print_table(scores: dict, title: str) -> None:
    print(title)
    for layer, measures in SHOWN.items():
        cells = []
        for measure in measures:
            key = f"{layer}.{measure}"
            value = scores[layer][measure]
            mark = ""
            if key in TARGETS:
                ok = value <= TARGETS[key] if key in AT_MOST else value >= TARGETS[key]
                mark = f" ({'≤' if key in AT_MOST else '≥'}{TARGETS[key]} {'ok' if ok else 'NO'})"
            cells.append(f"{measure} {value}{mark}")
        print(f"  {layer:<9} " + ", ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--no-save", action="store_true", help="do not write results.json")
    args = parser.parse_args()
    devset = args.shared / "data" / "devset"
    if not (devset / "score.py").exists():
        print(f"no dev set at {devset}; skipped")
        return
    scores = score_set(devset / "texts", devset / "gold", devset / "score.py")
    texts = len(list((devset / "gold").glob("*.json")))
    print_table(scores, f"dev set: {texts} real Dutch texts")
    held_out = score_set(REALISTIC / "texts", REALISTIC / "gold", devset / "score.py")
    held_texts = len(list((REALISTIC / "gold").glob("*.json")))
    print_table(held_out, f"held-out set (ours): {held_texts} texts")
    if not args.no_save:
        sys.path.insert(0, str(HERE))
        from run_all import RESULTS, merge_results

        today = datetime.now(UTC).isoformat(timespec="seconds")
        merge_results(
            "devset",
            {
                "date": today,
                "texts": texts,
                "scores": scores,
                "targets": TARGETS,
                "passed": passed(scores),
            },
        )
        merge_results("realistic", {"date": today, "texts": held_texts, "scores": held_out})
        print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
