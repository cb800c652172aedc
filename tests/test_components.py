"""Our spaCy components for spaCy users (`nl_news` and the four layers), against the batch path.

The components call the same pure functions as `Analyzer.from_doc`, so every result must equal the
batch path's, in this process, in a fresh process that never imports `pipeline`, and after
`nlp.to_disk` + `spacy.load` in another fresh process.
"""

from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc, DocBin

from pipeline.analyzer import Analyzer
from pipeline.components.extensions import EXTENSIONS, register_extensions
from pipeline.components.layers import FACTORIES, LAYER_SPECS, LAYERS
from pipeline.components.termbase import TermbaseMismatchWarning, TermbaseSnapshot
from pipeline.ingest import make_article, read_path
from pipeline.text.view import DocView
from tests.conftest import CORPUS, REFERENCE

RESULTS = ("news_entities", "quotes", "claims", "demands")
INLINE = [
    "Minister Hanneke Dekker van Volksgezondheid wil dat er volgend jaar 1.500 extra huisartsen "
    "komen. 'Het is de hoogste tijd', zegt hoogleraar Thomas de Vries.",
    "De Kinderombudsman roept het kabinet op de jeugdzorg te versterken. Volgens de ombudsman "
    "wachten ruim 4.000 kinderen langer dan drie maanden.",
    "Geen getallen, geen citaten, geen namen.",
]
# Runs in a fresh process: JSON {"model": ..., "texts": [...], "add": bool} on stdin, the results
# of each text's Doc extensions as JSON on stdout. It never imports `pipeline` itself.
SCRIPT = """
import json, sys
import spacy
job = json.load(sys.stdin)
nlp = spacy.load(job["model"])
if job["add"]:
    nlp.add_pipe("nl_news")
docs = nlp.pipe(job["texts"])
out = [{k: [x.model_dump(mode="json") for x in getattr(d._, k)] for k in job["results"]} for d in docs]
print(json.dumps({"pipes": nlp.pipe_names, "results": out}))
"""


def texts() -> list[str]:
    """Several texts as `pipeline run` reads them: the reference press release, corpus
    articles and short inline ones."""
    paths = [REFERENCE] if REFERENCE.exists() else []
    paths += sorted(CORPUS.glob("*.txt"))[:4]
    return [article.text for path in paths for article in read_path(path)] + INLINE


def batch_results(analyzer: Analyzer, text: str) -> dict[str, list[dict]]:
    """What `pipeline run` finds in `text`, in the shape of `doc_results`."""
    result = analyzer(make_article("t", "t", text))
    assert result.article.text == text, "the test texts must be normalised already"
    return {
        "news_entities": [e.model_dump(mode="json") for e in result.entities],
        "quotes": [q.model_dump(mode="json") for q in result.quotes],
        "claims": [c.model_dump(mode="json") for c in result.claims],
        "demands": [d.model_dump(mode="json") for d in result.demands],
    }


def doc_results(doc: Doc) -> dict[str, list[dict]]:
    return {key: [item.model_dump(mode="json") for item in doc._.get(key)] for key in RESULTS}


def in_fresh_process(model: str | Path, texts: list[str], add: bool) -> dict:
    job = {"model": str(model), "texts": texts, "add": add, "results": RESULTS}
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        input=json.dumps(job),
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).parent,  # not the project root: nothing importable from there
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def model_name(analyzer) -> str:
    """The package name of the model the session's analyzer loaded."""
    return analyzer.info.model


@pytest.fixture(scope="module")
def news_nlp(model_name):
    nlp = spacy.load(model_name)
    nlp.add_pipe("nl_news")
    return nlp


@pytest.fixture(scope="module")
def expected(analyzer) -> list[dict[str, list[dict]]]:
    return [batch_results(analyzer, text) for text in texts()]


def test_nl_news_adds_the_components_in_order(news_nlp):
    names = news_nlp.pipe_names
    assert names[-5:] == [*LAYERS, "nl_news"]
    for needed in ("newline_sentences", "long_sentences", "termbase_entities", "entity_fixes"):
        assert needed in names, f"nl_news did not add {needed}"
    assert names.index("long_sentences") < names.index("parser")
    assert names.index("ner") < names.index("termbase_entities") < names.index("entity_fixes")


def test_the_layer_registry_runs_each_layer_after_what_it_reads():
    names = [spec.name for spec in LAYER_SPECS]
    assert len(set(names)) == len(names) and tuple(names) == LAYERS
    for position, spec in enumerate(LAYER_SPECS):
        assert set(spec.needs) <= set(names[:position]), f"{spec.name} runs before what it reads"
    extensions = [spec.extension for spec in LAYER_SPECS]
    assert extensions == [EXTENSIONS.entities, EXTENSIONS.quotes, EXTENSIONS.claims,
                          EXTENSIONS.demands]  # fmt: skip


def test_every_factory_nl_news_adds_is_an_entry_point(news_nlp, model_name):
    """Else `spacy.load` of a saved pipeline fails in a process that did not import pipeline."""
    from importlib.metadata import entry_points

    declared = {ep.name for ep in entry_points(group="spacy_factories")}
    bare = spacy.load(model_name)
    model_own = {bare.get_pipe_meta(name).factory for name in bare.pipe_names}
    ours = {news_nlp.get_pipe_meta(name).factory for name in news_nlp.pipe_names} - model_own
    assert ours == {*FACTORIES, "newline_sentences", "long_sentences", "termbase_entities",
                    "entity_fixes"}  # fmt: skip
    assert ours <= declared, f"not declared as entry points: {ours - declared}"


def test_components_give_the_batch_results(news_nlp, expected):
    for text, wanted, doc in zip(texts(), expected, news_nlp.pipe(texts()), strict=True):
        assert doc_results(doc) == wanted, f"components and batch path differ on {text[:60]!r}"
        assert doc._.news_view is None, "nl_news should release the shared view"


def test_add_pipe_after_plain_spacy_load_in_a_fresh_process(model_name, expected):
    """`spacy.load` + `add_pipe("nl_news")` finds our factories through the entry points."""
    fresh = in_fresh_process(model_name, texts(), add=True)
    assert fresh["pipes"][-5:] == [*LAYERS, "nl_news"]
    assert fresh["results"] == expected


def test_to_disk_then_spacy_load_in_a_fresh_process(news_nlp, expected, tmp_path):
    news_nlp.to_disk(tmp_path / "saved")
    saved = (tmp_path / "saved" / "nl_news_entities" / "termbase.csv").read_text(encoding="utf-8")
    assert saved == TermbaseSnapshot.installed().texts["termbase.csv"]
    fresh = in_fresh_process(tmp_path / "saved", texts(), add=False)
    assert fresh["pipes"] == news_nlp.pipe_names
    assert fresh["results"] == expected


def test_settings_are_saved_in_the_config_and_restored(model_name, tmp_path):
    nlp = spacy.load(model_name)
    nlp.add_pipe("nl_news", config={"spans": True})
    nlp.to_disk(tmp_path / "saved")
    loaded = spacy.load(tmp_path / "saved")
    assert loaded.get_pipe_config("nl_news")["spans"] is True
    for spec in LAYER_SPECS:
        assert loaded.get_pipe_config(spec.name)["spans_key"] == spec.spans_key
    doc = loaded(INLINE[1])
    assert [(s.text, s.label_, s.id_) for s in doc.spans["claims"]] == [
        (c.text, c.unit, c.id) for c in doc._.claims
    ]
    assert {s.label_ for s in doc.spans["news_entities"]} <= {e.label for e in doc._.news_entities}


def test_one_doc_view_per_doc(news_nlp, monkeypatch):
    built = []
    original = DocView.of.__func__

    def counting(cls, doc):
        built.append(doc)
        return original(cls, doc)

    monkeypatch.setattr(DocView, "of", classmethod(counting))
    docs = list(news_nlp.pipe(INLINE))
    assert len(built) == len(docs), f"{len(built)} DocViews built for {len(docs)} Docs"


def test_a_layer_without_its_inputs_says_what_to_add(model_name):
    nlp = spacy.load(model_name)
    nlp.add_pipe("nl_news_claims")
    with pytest.raises(ValueError, match="nl_news_entities, nl_news_quotes"):
        nlp(INLINE[0])


def test_single_layers_give_the_batch_results_and_keep_the_view(model_name, analyzer):
    """Layers added one by one (no `nl_news`): same results; the shared view stays on the Doc."""
    nlp = spacy.load(model_name)
    nlp.add_pipe("nl_news_entities")
    nlp.add_pipe("nl_news_quotes")
    doc = nlp(INLINE[0])
    assert "termbase_entities" not in nlp.pipe_names  # only what was asked for
    nlp_full = spacy.load(model_name)
    nlp_full.add_pipe("nl_news")
    full = nlp_full(INLINE[0])
    assert doc._.quotes == full._.quotes and doc._.claims is None
    assert isinstance(doc._.news_view, DocView) and doc._.news_view.doc is doc


def test_analyzer_adds_our_components_to_a_users_model(model_name, analyzer):
    nlp = spacy.load(model_name)  # a plain model: no sentence or entity components of ours
    user = Analyzer(nlp=nlp)
    for needed in ("newline_sentences", "long_sentences", "termbase_entities", "entity_fixes"):
        assert needed in nlp.pipe_names, f"Analyzer(nlp=...) did not add {needed}"
    for text in texts():
        article = make_article("t", "t", text)
        assert user(article) == analyzer(article), f"user model differs on {text[:60]!r}"


def test_analyzer_does_not_run_the_extraction_twice(news_nlp, analyzer, monkeypatch):
    """A pipeline with our components: the Analyzer skips them and extracts once per Doc."""
    from pipeline import analyzer as analyzer_module

    calls = []
    original = analyzer_module.extract_claims
    monkeypatch.setattr(
        "pipeline.components.layers.extract_claims", lambda *a: calls.append("component")
    )
    monkeypatch.setattr(
        analyzer_module, "extract_claims", lambda *a: calls.append("batch") or original(*a)
    )
    user = Analyzer(nlp=news_nlp)
    assert set(user.skipped) == set(FACTORIES)
    articles = [make_article(f"t{i}", "t", text) for i, text in enumerate(INLINE)]
    results = list(user.pipe(articles))
    assert calls == ["batch"] * len(INLINE)
    assert results == [analyzer(a) for a in articles]


def test_a_non_dutch_pipeline_is_refused():
    with pytest.raises(ValueError, match="Dutch"):
        Analyzer(nlp=spacy.blank("en"))


def test_extensions_are_registered_once_under_the_listed_names(news_nlp):
    doc = news_nlp(INLINE[0])
    register_extensions()  # again: a no-op that keeps the values
    for name in (EXTENSIONS.entities, EXTENSIONS.quotes, EXTENSIONS.claims, EXTENSIONS.demands):
        assert Doc.has_extension(name)
        assert doc._.get(name) is not None, f"doc._.{name} lost"


def test_a_clashing_extension_of_another_library_is_an_error():
    from pipeline.components.extensions import ExtensionClashError

    register_extensions()
    original = Doc.get_extension(EXTENSIONS.claims)
    Doc.set_extension(EXTENSIONS.claims, getter=lambda doc: "other", force=True)
    try:
        with pytest.raises(ExtensionClashError, match="claims"):
            register_extensions()
    finally:
        Doc.set_extension(EXTENSIONS.claims, default=original[0], force=True)
    register_extensions()


def test_docs_with_results_survive_docbin(news_nlp):
    docs = list(news_nlp.pipe(INLINE[:2]))
    docs[0]._.news_view = DocView.of(docs[0])  # a cache: stored as nothing
    store = DocBin(store_user_data=True, docs=docs)
    restored = list(DocBin().from_bytes(store.to_bytes()).get_docs(news_nlp.vocab))
    for before, after in zip(docs, restored, strict=True):
        assert doc_results(after) == doc_results(before)
        assert after._.news_view is None


def test_the_pipeline_pickles(news_nlp):
    """Where multiprocessing spawns (macOS, Windows), spaCy pickles the pipeline itself."""
    import pickle

    copy = pickle.loads(pickle.dumps(news_nlp))
    assert [doc_results(d) for d in copy.pipe(INLINE)] == [
        doc_results(d) for d in news_nlp.pipe(INLINE)
    ]


@pytest.mark.slow
def test_nlp_pipe_with_two_processes(news_nlp):
    one = [doc_results(d) for d in news_nlp.pipe(INLINE)]
    assert [doc_results(d) for d in news_nlp.pipe(INLINE, n_process=2)] == one


def test_a_changed_termbase_is_reported_on_load(tmp_path):
    installed = TermbaseSnapshot.installed()
    assert installed.differences(installed) == []
    lines = installed.texts["termbase.csv"].splitlines(keepends=True)
    header = next(i for i, line in enumerate(lines) if not line.startswith("#"))
    first = lines.pop(header + 1)  # an older termbase without the first entry
    older = TermbaseSnapshot({**installed.texts, "termbase.csv": "".join(lines)})
    older.to_disk(tmp_path)
    [difference] = TermbaseSnapshot.from_disk(tmp_path).differences(installed)
    assert difference.startswith("termbase.csv: added " + first.split(",")[0])
    with pytest.warns(TermbaseMismatchWarning, match="added"):
        TermbaseSnapshot.from_disk(tmp_path).warn_if_not_installed()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        installed.warn_if_not_installed()


def test_the_termbase_patterns_stay_out_of_the_models_vocabulary(model_name):
    """The termbase and gazetteer forms (~20,000 words) and their match keys (~10,000) live in a
    vocabulary of their own: as lexemes of the model's vocabulary they would slow every later parse
    by about 5 %."""
    from pipeline.labels import places, termbase

    nlp = spacy.load(model_name)
    words = {w for e in (*termbase(), *places()) for f in e.forms() for w in f.split()}
    new = {w for w in words if w not in nlp.vocab}
    lexemes = len(nlp.vocab)
    nlp.add_pipe("termbase_entities")
    assert len(new) > 1000
    assert not {w for w in new if w in nlp.vocab}, "pattern words became lexemes of the model"
    assert len(nlp.vocab) == lexemes, f"{len(nlp.vocab) - lexemes} lexemes added to the model"
    doc = nlp("De burgemeester van Zwolle sprak met de Nationale Politie.")
    assert ("Zwolle", "GPE") in [(e.text, e.label_) for e in doc.ents]
