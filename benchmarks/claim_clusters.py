"""Link precision and recall of the claim clusters on press-release / news-story pairs.

The pool: every dev-set text (../shared/data/devset/texts), the project corpus, the unseen
fixtures, and the pair fixtures of tests/fixtures/claim_pairs/ (news stories written for this
benchmark that repeat the figures of a dev-set press release, a corpus article or an own press
release in other words). All of it is analysed (`--translator none`) and clustered as one batch,
as `pipeline export` would.

A link is two claims of different articles in one cluster. Gold links are the pairs of places in
`links.yaml` groups (see its header). Precision: predicted links whose two claims are places of
one group, over all predicted links in the whole pool (a link between two dev-set texts that
happen to share a number counts against it too). Recall: gold links found, over all gold links;
`recall_extracted` counts only gold links whose two places the extractor found as claims (what the
cluster rule itself could find).

Usage: python benchmarks/claim_clusters.py [--verbose] [--no-save]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PAIRS = ROOT / "tests" / "fixtures" / "claim_pairs"
DEVSET = ROOT.parent / "shared" / "data" / "devset" / "texts"


def pool_paths(with_devset: bool = True) -> list[Path]:
    """Every input of the pool: corpus, unseen fixtures, pair fixtures, and the dev set."""
    paths = [ROOT / "corpus", *sorted((ROOT / "tests" / "fixtures").glob("unseen*"))]
    paths += sorted(p for p in PAIRS.iterdir() if p.is_dir())
    if with_devset and DEVSET.is_dir():
        paths.append(DEVSET)
    return paths


def analyse(paths: list[Path], analyzer=None) -> list:
    """ArticleResults of every article under `paths`, without English."""
    from pipeline.analyzer import Analyzer
    from pipeline.ingest import iter_sources, read_path
    from pipeline.schema import Article

    analyzer = analyzer or Analyzer()
    articles = [a for path in iter_sources(paths) for a in read_path(path)]
    return [analyzer(a) for a in articles if isinstance(a, Article)]


def load_groups(article_ids: set[str]) -> list[list[dict]]:
    """Gold groups whose articles are all in the pool (dev-set pairs drop out without it)."""
    groups = yaml.safe_load((PAIRS / "links.yaml").read_text(encoding="utf-8"))["groups"]
    return [g for g in groups if all(place["article"] in article_ids for place in g)]


def locate(groups: list[list[dict]], texts: dict[str, str]) -> dict[tuple[str, int, int], int]:
    """(article, start, end) of every gold place → its group number; snippets must be unique."""
    places = {}
    for number, group in enumerate(groups):
        for place in group:
            text, snippet = texts[place["article"]], place["at"]
            start = text.find(snippet)
            if start < 0 or text.find(snippet, start + 1) >= 0:
                raise ValueError(f"{place}: snippet must occur exactly once in the article")
            places[place["article"], start, start + len(snippet)] = number
    return places


def evaluate(results: list) -> dict:
    """Cluster the results as one batch and score the cross-article links against the gold."""
    from pipeline.output.clusters import cluster
    from pipeline.output.rows import cluster_inputs

    texts = {r.article.id: r.article.text for r in results}
    groups = load_groups(set(texts))
    places = locate(groups, texts)
    rows = [row for result in results for row in cluster_inputs(result)]

    def place_of(row: dict) -> tuple[str, int, int] | None:
        """The gold place a claim stands on: the one its span overlaps most."""
        best, overlap = None, 0
        for key in places:
            if key[0] == row["article_id"]:
                shared = min(key[2], row["end"]) - max(key[1], row["start"])
                if shared > overlap:
                    best, overlap = key, shared
        return best

    found_at = [place_of(row) for row in rows]
    predicted = set()
    for found in cluster(rows):
        for a, b in combinations(found.members, 2):
            if rows[a]["article_id"] != rows[b]["article_id"]:
                predicted.add((min(a, b), max(a, b)))
    gold: set[frozenset] = set()
    by_group = defaultdict(list)
    for key, number in places.items():
        by_group[number].append(key)
    for members in by_group.values():
        for x, y in combinations(members, 2):
            if x[0] != y[0]:
                gold.add(frozenset((x, y)))
    extracted = {
        key for key, row in zip(found_at, rows, strict=True) if key and row["value"] is not None
    }
    true_links, found_gold, false_links = 0, set(), []
    for a, b in sorted(predicted):
        pa, pb = found_at[a], found_at[b]
        if pa and pb and pa != pb and places[pa] == places[pb]:
            true_links += 1
            found_gold.add(frozenset((pa, pb)))
        else:
            false_links.append((rows[a], rows[b]))
    reachable = {link for link in gold if link <= extracted}
    kinds = pair_kinds()

    def kind_of(articles: set[str]) -> str:
        """Which set of pairs a link belongs to: the folder of its news story, else `other`."""
        return next((kinds[a] for a in sorted(articles) if a in kinds), "other")

    by_kind: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(_COUNTS, 0))
    for link in gold:
        by_kind[kind_of({k[0] for k in link})]["gold_links"] += 1
        by_kind[kind_of({k[0] for k in link})]["found"] += link in found_gold
    for a, b in predicted:
        counts = by_kind[kind_of({rows[a]["article_id"], rows[b]["article_id"]})]
        counts["predicted_links"] += 1
        pa, pb = found_at[a], found_at[b]
        counts["true_links"] += bool(pa and pb and pa != pb and places[pa] == places[pb])
    missed = sorted(tuple(sorted(link)) for link in gold - found_gold)
    return {
        "articles": len(results),
        "claims": len(rows),
        "gold_groups": len(groups),
        "gold_links": len(gold),
        "gold_links_extracted": len(reachable),
        "predicted_links": len(predicted),
        "true_links": true_links,
        "precision": round(true_links / len(predicted), 3) if predicted else None,
        "recall": round(len(found_gold) / len(gold), 3) if gold else None,
        "recall_extracted": round(len(found_gold & reachable) / len(reachable), 3)
        if reachable
        else None,
        "by_pairs": {kind: by_kind[kind] for kind in sorted(by_kind)},
        "false_links": [_describe(a, b) for a, b in false_links],
        "missed_links": [
            " ~ ".join(f"{k[0]}:{texts[k[0]][k[1] : k[2]]}" for k in link) for link in missed
        ],
    }


_COUNTS = ("gold_links", "found", "predicted_links", "true_links")


def pair_kinds() -> dict[str, str]:
    """Article id of each pair fixture → its folder (devset_news, corpus_news, own)."""
    return {p.stem: p.parent.name for p in PAIRS.glob("*/*.txt")}


def _describe(a: dict, b: dict) -> str:
    def side(row: dict) -> str:
        return f"{row['claim_id']} {row['text']!r} ({row['unit']}, {row['subject']!r})"

    return f"{side(a)} ~ {side(b)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list false and missed links")
    parser.add_argument("--no-save", action="store_true", help="do not write results.json")
    args = parser.parse_args()
    if not DEVSET.is_dir():
        print(f"warning: no dev set at {DEVSET}; dev-set pairs are left out", file=sys.stderr)
    figures = evaluate(analyse(pool_paths()))
    print(
        f"claim clusters: {figures['articles']} articles, {figures['claims']} claims; "
        f"{figures['gold_links']} gold links in {figures['gold_groups']} groups "
        f"({figures['gold_links_extracted']} with both claims extracted)\n"
        f"  predicted links {figures['predicted_links']}, true {figures['true_links']}: "
        f"precision {figures['precision']}, recall {figures['recall']}, "
        f"recall on extracted {figures['recall_extracted']}"
    )
    for kind, counts in figures["by_pairs"].items():
        print(f"  {kind}: {counts}")
    if args.verbose:
        for line in figures["false_links"]:
            print("  false:", line)
        for line in figures["missed_links"]:
            print("  missed:", line)
    if not args.no_save:
        from run_all import RESULTS, merge_results

        from pipeline.nlp import load_model

        nlp = load_model()
        merge_results(
            "claim_clusters",
            {
                "date": datetime.now(UTC).isoformat(timespec="seconds"),
                "model": f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']}",
                **{k: v for k, v in figures.items() if k not in ("false_links", "missed_links")},
                "false_links": figures["false_links"],
                "missed_links": figures["missed_links"],
            },
        )
        print(f"written to {RESULTS}")


if __name__ == "__main__":
    main()
