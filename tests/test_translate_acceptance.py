"""Issue 5 acceptance: the reference article in English through the CLI, a local LibreTranslate
stand-in on 127.0.0.1 and the real deep-translator client; fault handling; offline summary."""

from __future__ import annotations

import json
import math
import re
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.translate import FIELDS, add_english, make_translator
from pipeline.translate.fields import term_english
from pipeline.translate.translator import ATTEMPTS, BACKOFF, MAX_BACKOFF
from tests.conftest import REFERENCE
from tests.libre_server import LibreServer

NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")


@pytest.fixture
def server():
    with LibreServer() as running:
        yield running


def run_cli(*args: str):
    return CliRunner().invoke(app, [str(a) for a in args])


def run_reference(out: Path, cache: Path, *options: str):
    if not REFERENCE.exists():
        pytest.skip(f"reference article not found at {REFERENCE}")
    return run_cli("run", REFERENCE, "--out", out, "--cache", cache, "--no-progress", *options)


def load(out: Path) -> dict:
    [path] = [p for p in out.glob("*.json") if not p.name.startswith("_")]
    return json.loads(path.read_text(encoding="utf-8"))


def english_gaps(data: dict) -> list[str]:
    """Fields with Dutch but no English, over every claim, quote, demand and entity."""
    gaps = []
    for spec in FIELDS:
        objects = [data["article"]] if spec.model_list == "article" else data[spec.model_list]
        for i, obj in enumerate(objects):
            if obj.get(spec.source) and not obj.get(spec.target):
                where = "article" if spec.model_list == "article" else f"{spec.model_list}[{i}]"
                gaps.append(f"{where}.{spec.target}")
    return gaps


def translatable_chars(data: dict) -> int:
    texts = set()
    for spec in FIELDS:
        objects = [data["article"]] if spec.model_list == "article" else data[spec.model_list]
        texts |= {obj[spec.source] for obj in objects if obj.get(spec.source)}
    return sum(len(t) for t in texts)


def segment_pairs(data: dict) -> list[tuple[str, str]]:
    pairs = [(c["sentence"], c["sentence_en"]) for c in data["claims"]]
    pairs += [(q["text"], q["text_en"]) for q in data["quotes"]]
    return pairs + [(d["text"], d["text_en"]) for d in data["demands"]]


def inside_longer_term(name: str, dutch: str) -> bool:
    """`name` is part of a longer termbase form in `dutch`, which is enforced as a whole."""
    return any(name in form and form != name and form in dutch for form in term_english())


def test_reference_through_libre(server, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "cache.sqlite"
    first = run_reference(out, cache, "--translator", "libre", "--translator-url", server.url)
    assert first.exit_code == 0, first.output
    data = load(out)
    assert english_gaps(data) == []
    assert data["translation"] == {"backend": "libre", "status": "ok", "missing": []}
    assert data["claims"] and data["quotes"], "the extractors found nothing to translate"
    limit = math.ceil(translatable_chars(data) / 4500) + 1
    assert server.requests <= limit, (server.requests, limit)
    assert "0 cache hits" in first.output

    for dutch, english in segment_pairs(data):
        for number in NUMBER.findall(dutch):
            assert number in english, (number, dutch, english)
        for entity in data["entities"]:
            for name in {entity["name"], *(m["text"] for m in entity["mentions"])}:
                if not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", dutch):
                    continue
                if inside_longer_term(name, dutch):
                    continue
                forms = {name, term_english().get(name), entity["name_en"]} - {None}
                assert any(f in english for f in forms), (name, dutch, english)

    sent = server.requests
    again = run_reference(
        out, cache, "--translator", "libre", "--translator-url", server.url, "--force"
    )
    assert again.exit_code == 0, again.output
    assert server.requests == sent, "the second run must come from the cache"
    assert "0 requests sent" in again.output


def test_rate_limit_twice_then_ok(server, tmp_path):
    server.statuses = [429, 429]
    out = tmp_path / "out"
    result = run_reference(
        out, tmp_path / "c.sqlite", "--translator", "libre", "--translator-url", server.url
    )
    assert result.exit_code == 0, result.output
    assert load(out)["translation"]["status"] == "ok"
    assert english_gaps(load(out)) == []


def test_server_error_fails_but_keeps_dutch(server, tmp_path, reference_article):
    server.always = 500
    out = tmp_path / "out"
    result = run_reference(
        out, tmp_path / "c.sqlite", "--translator", "libre", "--translator-url", server.url
    )
    assert result.exit_code == 1, result.output
    data = load(out)
    assert data["translation"]["status"] == "failed"
    assert sorted(data["translation"]["missing"]) == sorted(english_gaps(data)) != []
    assert data["article"]["text"] == reference_article.text
    assert server.requests == ATTEMPTS


def test_silent_server_ends_within_timeout_times_attempts(server, tmp_path, reference_result):
    server.delay = 60
    timeout = 0.5
    mt = make_translator("libre", server.url, tmp_path / "c.sqlite", timeout)
    started = time.monotonic()
    [result] = add_english([reference_result.model_copy(deep=True)], mt)
    elapsed = time.monotonic() - started
    backoff = sum(min(BACKOFF * 2**i, MAX_BACKOFF) + BACKOFF for i in range(ATTEMPTS - 1))
    assert elapsed <= timeout * ATTEMPTS + backoff + 1.0, elapsed
    assert result.translation.status == "failed"


def test_no_connection_is_offline_and_exits_zero(tmp_path):
    out = tmp_path / "out"
    dead = "http://127.0.0.1:9/"
    result = run_reference(out, tmp_path / "c.sqlite", "--translator", "libre",
                           "--translator-url", dead)  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output.count("unreachable") == 1
    assert load(out)["translation"]["status"] == "offline"


def test_translate_command_fills_gaps_later(server, tmp_path):
    out, cache = tmp_path / "out", tmp_path / "c.sqlite"
    assert run_reference(out, cache, "--translator", "none").exit_code == 0
    assert load(out)["translation"]["status"] == "skipped"
    args = ["translate", out, "--translator", "libre", "--translator-url", server.url]
    filled = run_cli(*args, "--cache", cache)
    assert filled.exit_code == 0, filled.output
    assert load(out)["translation"]["status"] == "ok"
    assert english_gaps(load(out)) == []
    [path] = [p for p in out.glob("*.json") if not p.name.startswith("_")]
    before, sent = path.stat().st_mtime_ns, server.requests
    assert run_cli(*args, "--cache", cache).exit_code == 0
    assert (path.stat().st_mtime_ns, server.requests) == (before, sent)


def test_offline_summary_of_reference(reference_result):
    [result] = add_english([reference_result.model_copy(deep=True)], None)
    summary = result.summary_en
    for name in ("CKM", "Ceuleers", "Broekers-Knol"):
        assert name in summary, (name, summary)
    values = {c.value_en for c in result.claims if c.value_en and c.value_en in summary}
    assert len(values) >= 3, (values, summary)
    english_only = re.sub(r"\[nl: [^\]]*\]", "", summary)
    assert not re.search(r"\d\.\d{3}(?!\d)", english_only), "a Dutch-style number: " + summary
    assert result.translation.status == "skipped"
