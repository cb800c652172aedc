"""Long articles (issue 15): time and peak memory of one `pipeline run` per article length.

Each case is one generated article (generated news articles joined into one text) run alone by
`pipeline run --translator none --workers 1` in a child process; figures are its wall time and its
own peak RSS:
- a short article (about 700 characters): the baseline, mostly the model;
- an article at the default `--max-chars` (100,000 characters): the most one article may cost;
- 1,500,000 characters with the default limit: refused before it is read;
- 900,000 characters with `--max-chars 1000000`: what one such article cost before the limit.
Targets: an article at the limit stays under 1 GB peak RSS, and refusing 1.5 M characters costs
at most twice the baseline's time and memory. Figures go to `benchmarks/results.json`
under `long_articles`.

Usage: python benchmarks/long_articles.py [--skip-900k]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import article_text  # noqa: E402
from run_all import merge_results, run_pipeline  # noqa: E402

TARGETS = {"rss_mb_at_limit": 1024.0, "refusal_over_baseline": 2.0}


def long_text(chars: int) -> str:
    """Generated articles joined by blank lines until `chars` characters."""
    parts, size, i = [], 0, 0
    while size < chars:
        parts.append(article_text(i))
        size += len(parts[-1]) + 2
        i += 1
    return "\n\n".join(parts)[:chars]


def measure(work: Path, name: str, chars: int, *extra: str) -> dict:
    inputs = work / name
    inputs.mkdir()
    (inputs / f"{name}.txt").write_text(long_text(chars), encoding="utf-8")
    result = run_pipeline(inputs, work / f"out-{name}", "--workers", "1", *extra, check=False)
    run = result["run"]
    print(f"{name:>10}: {chars:>9,} chars  {result['wall']:6.1f} s  {result['rss_mb']:7.1f} MB  "
          f"written {run['written']}, failed {run['failed']}", flush=True)  # fmt: skip
    return {"chars": chars, "wall_s": round(result["wall"], 2),
            "peak_rss_mb": round(result["rss_mb"], 1), "written": run["written"],
            "failed": run["failed"]}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-900k", action="store_true", help="skip the slow 900 k case")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-long-") as temp:
        work = Path(temp)
        figures = {
            "short": measure(work, "short", 700),
            "at_limit": measure(work, "at_limit", 100_000),
            "refused_1_5m": measure(work, "refused", 1_500_000),
        }
        if not args.skip_900k:
            figures["raised_900k"] = measure(work, "raised", 900_000, "--max-chars", "1000000")
    base = figures["short"]
    refused = figures["refused_1_5m"]
    ratio = max(refused["wall_s"] / base["wall_s"], refused["peak_rss_mb"] / base["peak_rss_mb"])
    passed = {
        "rss_mb_at_limit": figures["at_limit"]["peak_rss_mb"] <= TARGETS["rss_mb_at_limit"],
        "refusal_over_baseline": ratio <= TARGETS["refusal_over_baseline"] and refused["failed"],
    }
    print(f"peak RSS at the limit {figures['at_limit']['peak_rss_mb']} MB (target <= "
          f"{TARGETS['rss_mb_at_limit']:.0f}); refusal / baseline {ratio:.2f} (target <= "
          f"{TARGETS['refusal_over_baseline']}): {'ok' if all(passed.values()) else 'NOT MET'}")  # fmt: skip
    merge_results("long_articles", {**figures, "refusal_over_baseline": round(ratio, 2),
                                    "targets": TARGETS, "passed": passed})  # fmt: skip


if __name__ == "__main__":
    main()
