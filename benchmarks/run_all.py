"""`make bench`: every benchmark, a table on stdout, the figures in `benchmarks/results.json`.

Batch figures (issue 6), all measured in this one run over the same generated corpus
(`benchmarks/corpus.py`):
- throughput: `pipeline run --translator none --workers 1` (analysis, reading and writing; model
  loading excluded, from `_run.json`) against bare `nlp.pipe` of the same spaCy model. The ratio
  judged against the target uses CPU seconds, which other load on a shared machine does not
  inflate, and is the median of three back-to-back measurements (each ratio is recorded); the
  wall-clock ratio of the first is recorded beside it. Bare spaCy runs in a fresh process twice:
  as `spacy.load` runs by default (the target's baseline), and with the one BLAS thread that our
  command line asks for (`pipeline.threads`), which gives the ratio like for like;
- peak RSS of `pipeline run --workers 1` at N/10 and N articles (the process's own maximum RSS);
- wall time of `pipeline run` with 1 and with 2 workers (model loading included);
- wall time of a re-run over unchanged inputs against the first run.
`benchmarks/ner_conll.py`, when present, runs first and keeps its own keys in `results.json`;
`benchmarks/claim_clusters.py` (link precision and recall of the claim clusters) runs next, then
`benchmarks/devset.py` (extraction quality per layer on the real texts of the dev set).
`benchmarks/long_articles.py` (time and memory of one long article) runs last, likewise.

Usage: python benchmarks/run_all.py [--articles 2000] [--work DIR]
       python benchmarks/run_all.py --throughput 3   # only the throughput ratio, 3 runs in a row
       python benchmarks/run_all.py --bare DIR        # bare nlp.pipe over DIR, JSON (used above)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import write_corpus  # noqa: E402

from pipeline.threads import BLAS_THREAD_VARIABLES, one_blas_thread  # noqa: E402

RESULTS = HERE / "results.json"
THROUGHPUT_PAIRS = 3  # bare / pipeline measurements behind the throughput ratio (median)
TARGETS = {
    "throughput_ratio": 0.85,  # pipeline / bare nlp.pipe, at least (issue 10; issue 6 asked 0.8)
    "memory_ratio": 1.1,  # peak RSS at N / at N/10, at most
    "workers_speedup": 1.6,  # wall 1 worker / wall 2 workers, at least
    "rerun_speedup": 20.0,  # wall first run / wall re-run, at least
}


def child_env(one_thread: bool = False) -> dict[str, str]:
    """This process's environment without a BLAS thread count (so every child starts from the same
    settings, whatever the shell set), with `one_thread` the one `pipeline run` asks for itself."""
    env = {k: v for k, v in os.environ.items() if k not in BLAS_THREAD_VARIABLES}
    if one_thread:
        one_blas_thread(env)
    return env


def run_pipeline(inputs: Path, out: Path, *extra: str, check: bool = True) -> dict:
    """`pipeline run` in a child process: wall seconds, its own peak RSS (MB), and `_run.json`.

    With `check`, a run that exits non-zero (an article failed) stops the benchmark.
    """
    command = [sys.executable, "-m", "pipeline", "run", str(inputs), "--out", str(out),
               "--translator", "none", "--no-progress", *extra]  # fmt: skip
    started = time.perf_counter()
    proc = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=child_env()
    )
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    if check and os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"pipeline run failed: {' '.join(command)}\n{stderr}")
    manifest = json.loads((out / "_run.json").read_text())
    return {"wall": wall, "rss_mb": usage.ru_maxrss / 1024, "run": manifest}


def bare_nlp_pipe(inputs: Path, one_thread: bool = False) -> dict:
    """Bare spaCy in a fresh process (OpenBLAS reads its thread count when numpy is imported), by
    default or with one BLAS thread: the model the pipeline uses, `spacy.load` only, `nlp.pipe`
    over the same texts."""
    command = [sys.executable, str(Path(__file__).resolve()), "--bare", str(inputs)]
    result = subprocess.run(command, env=child_env(one_thread), capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"bare nlp.pipe failed: {' '.join(command)}\n{result.stderr}")
    return json.loads(result.stdout.splitlines()[-1])


def measure_bare(inputs: Path) -> dict:
    """`bare_nlp_pipe`'s measurement, in this process."""
    import spacy

    from pipeline.engines import peek_info
    from pipeline.ingest import iter_sources, read_path
    from pipeline.nlp import DEFAULT_MODELS, MODEL_ENV

    name = os.environ.get(MODEL_ENV) or next(m for m in DEFAULT_MODELS if spacy.util.is_package(m))
    texts = [a.text for path in iter_sources([inputs]) for a in read_path(path)]
    nlp = spacy.load(name)
    started, started_cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    seconds, cpu = time.perf_counter() - started, time.process_time() - started_cpu
    info = peek_info(None)
    model = info.model if info else name
    return {"model": model, "articles": len(texts), "seconds": seconds, "cpu_seconds": cpu}


def ner_conll() -> None:
    """The NER benchmark of another issue, if it exists; it writes its own keys."""
    script = HERE / "ner_conll.py"
    if script.exists():
        print(f"== {script.name}", flush=True)
        subprocess.run([sys.executable, str(script)], check=False)


def claim_clusters() -> None:
    """Link precision and recall of the claim clusters on press-release / news pairs."""
    print("== claim_clusters.py", flush=True)
    subprocess.run([sys.executable, str(HERE / "claim_clusters.py")], check=False)


def devset() -> None:
    """Per-layer extraction scores on the dev set's real texts (`benchmarks/devset.py`), own keys."""
    print("== devset.py", flush=True)
    subprocess.run([sys.executable, str(HERE / "devset.py")], check=False)


def long_articles() -> None:
    """Time and memory of single long articles (`benchmarks/long_articles.py`), own keys."""
    print("== long_articles.py", flush=True)
    subprocess.run([sys.executable, str(HERE / "long_articles.py")], check=False)


def batch_benchmark(n: int, work: Path) -> dict:
    small = max(n // 10, 1)
    big_corpus = write_corpus(work / f"corpus-{n}", n)
    small_corpus = write_corpus(work / f"corpus-{small}", small)
    outs = {name: work / name for name in ("one", "two", "small")}
    for out in outs.values():
        if out.exists():
            for path in out.iterdir():
                path.unlink()

    bare, bare_one_thread = bare_nlp_pipe(big_corpus), bare_nlp_pipe(big_corpus, one_thread=True)
    one = run_pipeline(big_corpus, outs["one"], "--workers", "1")
    process_seconds = one["run"]["seconds"] - one["run"]["load_seconds"]
    two = run_pipeline(big_corpus, outs["two"], "--workers", "2")
    small_run = run_pipeline(small_corpus, outs["small"], "--workers", "1")
    rerun = run_pipeline(big_corpus, outs["one"])
    assert rerun["run"]["skipped"] == n, rerun["run"]
    # The ratio moves by a few hundredths between runs on a shared machine: two more back-to-back
    # pairs, and the median of the three is the figure.
    ratios = [bare["cpu_seconds"] / one["run"]["cpu_seconds"]]
    like_for_like = [bare_one_thread["cpu_seconds"] / one["run"]["cpu_seconds"]]
    for _ in range(THROUGHPUT_PAIRS - 1):
        more_bare, more_bare_one_thread, more_one = ratio_pair(big_corpus, work)
        ratios.append(more_bare["cpu_seconds"] / more_one["cpu_seconds"])
        like_for_like.append(more_bare_one_thread["cpu_seconds"] / more_one["cpu_seconds"])

    bare_rate = bare["articles"] / bare["seconds"]
    pipeline_rate = one["run"]["written"] / process_seconds
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
        "load_average_at_start": os.getloadavg()[0],
        "model": bare["model"],
        "articles": n,
        "words_per_article": round(
            sum(len(p.read_text().split()) for p in sorted(big_corpus.iterdir())[:100]) / 100
        ),
        "bare_nlp_pipe_articles_per_s": round(bare_rate, 1),
        "pipeline_articles_per_s": round(pipeline_rate, 1),
        "throughput_ratio_wall": round(pipeline_rate / bare_rate, 3),
        "throughput_ratio": median(ratios),
        "throughput_ratio_runs": [round(r, 3) for r in ratios],
        "bare_one_blas_thread_articles_per_s": round(
            bare_one_thread["articles"] / bare_one_thread["seconds"], 1
        ),
        "throughput_ratio_one_blas_thread": median(like_for_like),
        "throughput_ratio_one_blas_thread_runs": [round(r, 3) for r in like_for_like],
        "peak_rss_mb_small": round(small_run["rss_mb"], 1),
        "peak_rss_mb_full": round(one["rss_mb"], 1),
        "small_articles": small,
        "memory_ratio": round(one["rss_mb"] / small_run["rss_mb"], 3),
        "wall_s_1_worker": round(one["wall"], 2),
        "wall_s_2_workers": round(two["wall"], 2),
        "workers_speedup": round(one["wall"] / two["wall"], 3),
        "wall_s_rerun": round(rerun["wall"], 2),
        "rerun_speedup": round(one["wall"] / rerun["wall"], 1),
    }


def median(ratios: list[float]) -> float:
    return round(sorted(ratios)[len(ratios) // 2], 3)


def ratio_pair(corpus: Path, work: Path) -> tuple[dict, dict, dict]:
    """One throughput measurement over the same corpus, back to back: bare `nlp.pipe` as spaCy
    runs by default, bare with one BLAS thread, then `pipeline run --workers 1` (its manifest)."""
    bare, bare_one_thread = bare_nlp_pipe(corpus), bare_nlp_pipe(corpus, one_thread=True)
    with tempfile.TemporaryDirectory(prefix="out-", dir=work) as out:
        one = run_pipeline(corpus, Path(out), "--workers", "1")["run"]
    return bare, bare_one_thread, one


def throughput_runs(n: int, runs: int, work: Path) -> None:
    """The throughput measure alone, `runs` times (bare `nlp.pipe`, then `pipeline run`), for
    iterating on speed: each ratio with the load average before it; results.json is untouched."""
    corpus = write_corpus(work / f"corpus-{n}", n)
    ratios, like_for_like = [], []
    for run in range(1, runs + 1):
        load = os.getloadavg()[0]
        bare, bare_one_thread, one = ratio_pair(corpus, work)
        ratios.append(bare["cpu_seconds"] / one["cpu_seconds"])
        like_for_like.append(bare_one_thread["cpu_seconds"] / one["cpu_seconds"])
        print(f"run {run}: bare {bare['cpu_seconds']:.2f} CPU s (one BLAS thread"
              f" {bare_one_thread['cpu_seconds']:.2f}), pipeline {one['cpu_seconds']:.2f} CPU s,"
              f" ratio {ratios[-1]:.3f} ({like_for_like[-1]:.3f} like for like; load average"
              f" {load:.2f})", flush=True)  # fmt: skip
    for label, values in (("ratio", ratios), ("like for like", like_for_like)):
        values.sort()
        print(f"{label}: median {median(values):.3f}, range {values[0]:.3f}-{values[-1]:.3f}")


def check(figures: dict) -> dict[str, bool]:
    return {
        "throughput_ratio": figures["throughput_ratio"] >= TARGETS["throughput_ratio"],
        "memory_ratio": figures["memory_ratio"] <= TARGETS["memory_ratio"],
        "workers_speedup": figures["workers_speedup"] >= TARGETS["workers_speedup"],
        "rerun_speedup": figures["rerun_speedup"] >= TARGETS["rerun_speedup"],
    }


def print_table(figures: dict, passed: dict[str, bool]) -> None:
    rows = [
        ("throughput (ratio of CPU s): pipeline / bare",
         f"{figures['pipeline_articles_per_s']} / {figures['bare_nlp_pipe_articles_per_s']} art/s",
         "throughput_ratio", ">="),
        (f"peak RSS: {figures['articles']} / {figures['small_articles']} articles",
         f"{figures['peak_rss_mb_full']} / {figures['peak_rss_mb_small']} MB",
         "memory_ratio", "<="),
        ("wall: 1 worker / 2 workers",
         f"{figures['wall_s_1_worker']} / {figures['wall_s_2_workers']} s",
         "workers_speedup", ">="),
        ("wall: first run / re-run",
         f"{figures['wall_s_1_worker']} / {figures['wall_s_rerun']} s",
         "rerun_speedup", ">="),
    ]  # fmt: skip
    print(f"{'measure':<40} {'values':<26} {'ratio':>7}  target  ok")
    for label, values, key, op in rows:
        ok = "yes" if passed[key] else "NO"
        print(f"{label:<40} {values:<26} {figures[key]:>7}  {op}{TARGETS[key]:<5} {ok}")
        if key == "throughput_ratio":  # the same, bare spaCy also with one BLAS thread
            bare_one_thread = figures["bare_one_blas_thread_articles_per_s"]
            values = f"{figures['pipeline_articles_per_s']} / {bare_one_thread} art/s"
            print(f"{'  like for like (one BLAS thread)':<40} {values:<26}"
                  f" {figures['throughput_ratio_one_blas_thread']:>7}  (no target)")  # fmt: skip
    print(f"({figures['machine']}; load average {figures['load_average_at_start']:.2f} at start)")


def merge_results(key: str, value: dict) -> None:
    """Set `key` in results.json, keeping every other benchmark's keys."""
    data = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    data[key] = value
    temp = RESULTS.with_suffix(".json.tmp")
    temp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    os.replace(temp, RESULTS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="corpus size (default 2000)")
    parser.add_argument("--work", type=Path, help="folder for corpus and outputs (default: temp)")
    parser.add_argument("--skip-ner", action="store_true", help="do not run ner_conll.py")
    parser.add_argument("--skip-long", action="store_true", help="do not run long_articles.py")
    parser.add_argument("--throughput", type=int, metavar="RUNS",
                        help="measure only the throughput ratio, RUNS times")  # fmt: skip
    parser.add_argument("--bare", type=Path, metavar="DIR", help="bare nlp.pipe over DIR, as JSON")
    args = parser.parse_args()
    if args.bare:
        print(json.dumps(measure_bare(args.bare)))
        return
    if args.throughput:
        with tempfile.TemporaryDirectory(prefix="bench-") as temp:
            throughput_runs(args.articles, args.throughput, args.work or Path(temp))
        return
    if not args.skip_ner:
        ner_conll()
    claim_clusters()
    devset()
    print(f"== batch ({args.articles} generated articles)", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-") as temp:
        figures = batch_benchmark(args.articles, args.work or Path(temp))
    passed = check(figures)
    print_table(figures, passed)
    merge_results("batch", {**figures, "targets": TARGETS, "passed": passed})
    if not args.skip_long:
        long_articles()
    print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
