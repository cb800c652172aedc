"""NER benchmark: the bare model vs our pipeline on CoNLL-2002 Dutch `ned.testb`.

Docs are built from the gold tokens (no tokenisation differences), every component of the loaded
pipeline runs on them, and entities are scored at the entity level by exact match of span and type
(the CoNLL/seqeval definition). Our labels map back to CoNLL types: PERSON->PER, ORG->ORG,
GPE/LOC->LOC, everything else->MISC. "bare" stops after the model's `ner`; "pipeline" adds our
termbase ruler and entity fixes. Figures go to `benchmarks/results.json` under "ner_conll2002_testb".

    .venv/bin/python benchmarks/ner_conll.py
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.labels import map_label
from pipeline.nlp import load_model, model_id

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "conll2002" / "ned.testb"
RESULTS = ROOT / "benchmarks" / "results.json"
KEY = "ner_conll2002_testb"
TYPES = ("PER", "ORG", "LOC", "MISC")
TO_CONLL = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC"}

Entity = tuple[int, int, int, str]  # sentence, start token, end token, type


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences as (words, IOB tags); -DOCSTART- lines are skipped."""
    sentences, words, tags = [], [], []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if not line.strip() or line.startswith("-DOCSTART-"):
            if words:
                sentences.append((words, tags))
            words, tags = [], []
            continue
        word, _pos, tag = line.split()
        words.append(word)
        tags.append(tag)
    return sentences


def iob_entities(sent: int, tags: list[str]) -> set[Entity]:
    """Entity spans from IOB1/IOB2 tags (an I- after O or another type starts an entity)."""
    found, start, kind = set(), None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, _, label = tag.partition("-")
        if start is not None and (prefix != "I" or label != kind):
            found.add((sent, start, i, kind))
            start = None
        if prefix == "B" or (prefix == "I" and start is None):
            start, kind = i, label
    return found


def predicted(sent: int, doc: Doc) -> set[Entity]:
    result = set()
    for ent in doc.ents:
        label = map_label(ent.label_)
        if label is not None:
            result.add((sent, ent.start, ent.end, TO_CONLL.get(label, "MISC")))
    return result


def run(nlp: Language, sentences: list[tuple[list[str], list[str]]]) -> dict[str, set[Entity]]:
    """Predicted entities after the bare NER and after the full pipeline, in one pass."""
    names = nlp.pipe_names
    ner_at = names.index("ner")
    out: dict[str, set[Entity]] = {"bare": set(), "pipeline": set()}
    for n, (words, _tags) in enumerate(sentences):
        doc = Doc(nlp.vocab, words=words, spaces=[True] * len(words))
        for i, (_name, proc) in enumerate(nlp.pipeline):
            doc = proc(doc)
            if i == ner_at:
                out["bare"] |= predicted(n, doc)
        out["pipeline"] |= predicted(n, doc)
    return out


def prf(gold: set[Entity], pred: set[Entity]) -> dict[str, dict[str, float | int]]:
    """Precision, recall and F1 per type and overall (micro), exact span and type match."""
    scores = {}
    for kind in (*TYPES, "overall"):
        g = {e for e in gold if kind in ("overall", e[3])}
        p = {e for e in pred if kind in ("overall", e[3])}
        tp = len(g & p)
        precision = tp / len(p) if p else 0.0
        recall = tp / len(g) if g else 0.0
        f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
        scores[kind] = {
            "p": round(100 * precision, 1),
            "r": round(100 * recall, 1),
            "f1": round(100 * f1, 1),
            "support": len(g),
        }
    return scores


def main() -> int:
    if not DATA.exists():
        print(f"CoNLL-2002 test file not found: {DATA}", file=sys.stderr)
        return 2
    nlp = load_model()
    sentences = read_conll(DATA)
    gold = set().union(*(iob_entities(n, tags) for n, (_w, tags) in enumerate(sentences)))
    began = time.perf_counter()
    preds = run(nlp, sentences)
    seconds = time.perf_counter() - began
    scores = {name: prf(gold, pred) for name, pred in preds.items()}
    print(f"CoNLL-2002 ned.testb: {len(sentences)} sentences, {len(gold)} entities, {seconds:.0f}s")
    print(f"{'type':<8}" + "".join(f"{name + ' P/R/F':>24}" for name in scores))
    for kind in (*TYPES, "overall"):
        cells = "".join(
            f"{s[kind]['p']:>10.1f}{s[kind]['r']:>7.1f}{s[kind]['f1']:>7.1f}"
            for s in scores.values()
        )
        print(f"{kind:<8}{cells}")
    name, version = model_id(nlp)
    results = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
    results[KEY] = {
        "data": "CoNLL-2002 Dutch ned.testb",
        "model": f"{name} {version}",
        "metric": "entity-level exact match (span and type), micro-averaged, percent",
        "sentences": len(sentences),
        "entities": len(gold),
        **scores,
    }
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
