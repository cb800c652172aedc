"""The public Python API: `import pipeline; pipeline.analyze(...)` gives what `pipeline run` writes."""

from __future__ import annotations

import json
import subprocess
import sys
from itertools import count, islice

import pytest
from typer.testing import CliRunner

import pipeline
from pipeline.cli import app
from tests.conftest import CORPUS, ROOT
from tests.libre_server import LibreServer

runner = CliRunner()
DUTCH = (
    "Minister Hanneke Dekker van Volksgezondheid wil dat er volgend jaar 1.500 extra huisartsen"
    " komen. 'Het is de hoogste tijd dat de opleidingen flink groeien', zegt Thomas de Vries,"
    " hoogleraar aan het Amsterdam UMC. Volgens de Landelijke Huisartsen Vereniging (LHV) is"
    " bijna een kwart van de praktijken overbelast."
)
ENGLISH = (
    "Prime Minister Rishi Sunak said on Tuesday that the government will spend more on schools,"
    " hospitals and the police over the next three years."
)


def _cli_output(tmp_path, name: str, content: str, *options: str) -> dict:
    (tmp_path / "in").mkdir(exist_ok=True)
    (tmp_path / "in" / f"{name}.txt").write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    args = ["run", str(tmp_path / "in"), "--out", str(out), "--workers", "1", *options]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return json.loads((out / f"{name}.json").read_text(encoding="utf-8"))


def _without_source(data: dict) -> dict:
    return {**data, "article": {k: v for k, v in data["article"].items() if k != "source"}}


def test_import_is_cheap_and_exports_the_api():
    code = (
        "import sys, pipeline; "
        "assert 'spacy' not in sys.modules and 'pydantic' not in sys.modules, 'eager import'; "
        "from pipeline import ArticleResult, Claim, Entity, analyze, analyze_many; "
        "print(analyze.__module__, ArticleResult.__module__)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["pipeline.api", "pipeline.schema"]


def test_analyze_is_the_function_and_the_analyzer_has_its_own_module():
    """`pipeline.analyze` (the API function) and `pipeline.analyzer` (home of `Analyzer`) do not
    clash, whichever is imported first, in a fresh process."""
    code = (
        "import pipeline; from pipeline.analyzer import Analyzer; import pipeline.analyzer; "
        "assert pipeline.Analyzer is Analyzer and Analyzer.__module__ == 'pipeline.analyzer'; "
        "result = pipeline.analyze('De gemeente Utrecht bouwt dit jaar 2.400 woningen.'); "
        "print(type(result).__name__, pipeline.analyze.__module__)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["ArticleResult", "pipeline.api"]


def test_analyze_equals_the_cli_output(tmp_path, analyzer):
    """Same entities, claims, English fields, summary and translation block as `pipeline run`."""
    header = " date 2024-04 Huisartsen luiden de noodklok\n\n"
    written = _cli_output(tmp_path, "huisartsen", header + DUTCH, "--translator", "none")
    result = pipeline.analyze(
        DUTCH, title="Huisartsen luiden de noodklok", date="2024-04", id="huisartsen"
    )
    assert isinstance(result, pipeline.ArticleResult)
    assert written["summary_en"] and result.summary_en == written["summary_en"]
    assert written["translation"]["missing"], "offline English leaves fields to translate"
    assert _without_source(result.model_dump(mode="json")) == _without_source(written)
    assert result.article.source == "<string>"


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt"))[:3], ids=lambda p: p.stem)
def test_analyze_equals_the_cli_output_on_corpus_articles(tmp_path, path):
    from pipeline.ingest import read_path

    [article] = read_path(path)
    written = _cli_output(
        tmp_path, path.stem, path.read_text(encoding="utf-8"), "--translator", "none"
    )
    result = pipeline.analyze(article.text, article.title, article.date, id=article.id)
    assert _without_source(result.model_dump(mode="json")) == _without_source(written)


def test_machine_translation_matches_the_cli(tmp_path):
    with LibreServer() as server:
        options = ("--translator", "libre", "--translator-url", server.url)
        options += ("--cache", str(tmp_path / "cli.sqlite"))
        written = _cli_output(tmp_path, "mt", DUTCH, *options)
        result = pipeline.analyze(
            DUTCH,
            id="mt",
            translator="libre",
            translator_url=server.url,
            cache=tmp_path / "api.sqlite",
        )
    assert result.translation.backend == "libre" and result.translation.status == "ok"
    assert _without_source(result.model_dump(mode="json")) == _without_source(written)


def test_analyze_refuses_text_that_is_not_dutch_unless_forced():
    with pytest.raises(pipeline.NotDutchError, match="'en'"):
        pipeline.analyze(ENGLISH)
    forced = pipeline.analyze(ENGLISH, force_language="nl")
    assert forced.article.language == "nl"


def test_texts_over_the_run_limit_raise_text_too_long_before_parsing():
    from pipeline.limits import DEFAULT_MAX_CHARS

    long_text = DUTCH * (DEFAULT_MAX_CHARS // len(DUTCH) + 1)
    with pytest.raises(pipeline.TextTooLongError, match="--max-chars 100,000"):
        pipeline.analyze(long_text)
    with pytest.raises(pipeline.TextTooLongError):  # not spaCy's E088 from inside nlp.pipe
        list(pipeline.analyze_many([DUTCH, long_text]))
    failed: list[str] = []
    results = pipeline.analyze_many(
        [long_text, DUTCH], on_error=lambda a, e: failed.append(type(e).__name__)
    )
    assert len(list(results)) == 1 and failed == ["TextTooLongError"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"text": "   "}, "empty"),
        ({"text": DUTCH, "date": "gisteren"}, "YYYY"),
        ({"text": DUTCH, "translator": "babelfish"}, "unknown translator"),
        ({"text": DUTCH, "force_language": "en"}, "only 'nl'"),
    ],
)
def test_analyze_rejects_bad_arguments(kwargs, message):
    with pytest.raises(ValueError, match=message):
        pipeline.analyze(**kwargs)


def test_ids_are_stable_and_derived_from_the_text():
    first = pipeline.analyze(DUTCH)
    assert first.article.id == pipeline.analyze(DUTCH).article.id
    assert (
        first.article.id.startswith("text-")
        and first.article.id != pipeline.analyze(DUTCH + " Extra zin.").article.id
    )
    assert pipeline.analyze(DUTCH, id="Mijn artikel/1").article.id == "Mijn_artikel_1"


def test_analyze_many_streams_in_batches_like_nlp_pipe(analyzer, monkeypatch):
    """Results come before the input ends (an endless generator), parsed by `nlp.pipe`."""
    batches: list[int] = []
    real_pipe = analyzer.nlp.pipe

    def spying_pipe(texts, **kwargs):
        batches.append(kwargs["batch_size"])
        return real_pipe(texts, **kwargs)

    monkeypatch.setattr(analyzer.nlp, "pipe", spying_pipe)
    texts = (f"De gemeente Utrecht bouwt dit jaar {n}00 nieuwe woningen." for n in count(1))
    results = list(islice(pipeline.analyze_many(texts, batch_size=4), 6))
    assert [r.claims[0].value for r in results] == [100, 200, 300, 400, 500, 600]
    assert batches and set(batches) == {4}  # (spaCy calls itself once more for as_tuples)
    assert all(r.summary_en for r in results)


def test_analyze_many_takes_texts_records_and_articles_and_reports_errors():
    from pipeline.ingest import make_article

    items = [
        "Het kabinet moet meer geld uittrekken voor de jeugdzorg, zegt de bond.",
        {"id": "r1", "text": ENGLISH, "title": "Sunak"},
        {"id": "r2", "text": DUTCH, "date": "2024-04", "extra": "ignored"},
        make_article("a1", "elders", "De politie in Tilburg heeft drie verdachten aangehouden."),
    ]
    failed: list[tuple[str, str]] = []
    results = list(
        pipeline.analyze_many(items, on_error=lambda a, e: failed.append((a.id, type(e).__name__)))
    )
    assert [r.article.id for r in results][1:] == ["r2", "a1"]
    assert failed == [("r1", "NotDutchError")]
    assert results[1].article.date == "2024-04"
    with pytest.raises(pipeline.NotDutchError):
        list(pipeline.analyze_many([ENGLISH]))
    with pytest.raises(ValueError, match="empty"):
        list(pipeline.analyze_many([{"title": "geen tekst"}]))


def test_the_readme_example_runs(capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Python API", 1)[1]
    code = section.split("```python\n", 1)[1].split("```", 1)[0]
    exec(compile(code, "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "jeugdzorg" in printed and '"summary_en"' in printed
