"""`pipeline serve`: the real server (uvicorn, two workers) on a free port, spoken to over HTTP."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import httpx
import pytest

import pipeline
from pipeline.service import MAX_BATCH
from tests.libre_server import LibreServer

MAX_BODY = 100_000
MAX_CHARS = 5_000
DUTCH = (
    "De politie in Groningen zoekt getuigen van een overval op een juwelier aan de Herestraat."
    " 'We willen iedereen spreken die iets heeft gezien', zegt woordvoerder Anne Bakker."
    " Volgens de politie gaat het om zeker drie daders."
)
OTHER_DUTCH = "Het kabinet moet meer geld uittrekken voor de jeugdzorg, zegt de vakbond FNV."
ENGLISH = (
    "Prime Minister Rishi Sunak said on Tuesday that the government will spend more on schools,"
    " hospitals and the police over the next three years."
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def libre():
    with LibreServer() as server:
        yield server


@pytest.fixture(scope="module")
def server(tmp_path_factory, libre):
    """`pipeline serve --workers 2` with a (local) translator; yields (base URL, log path)."""
    folder = tmp_path_factory.mktemp("serve")
    log = folder / "server.log"
    port = _free_port()
    command = [
        sys.executable, "-m", "pipeline", "serve", "--port", str(port), "--workers", "2",
        "--translator", "libre", "--translator-url", libre.url,
        "--cache", str(folder / "cache.sqlite"), "--max-body", str(MAX_BODY),
        "--max-chars", str(MAX_CHARS),
    ]  # fmt: skip
    with log.open("wb") as sink:
        proc = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, f"server exited: {log.read_text()}"
            assert time.monotonic() < deadline, f"server not ready: {log.read_text()}"
            try:
                if httpx.get(f"{base}/health", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        yield base, log
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server[0], timeout=60) as http:
        yield http


def _expected(text: str, **kwargs) -> dict:
    data = pipeline.analyze(text, **kwargs).model_dump(mode="json")
    data["article"]["source"] = "<http>"
    return data


def _assert_error(response: httpx.Response, status: int, error: str, field: str | None = None):
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == error and len(body["id"]) == 12 and body["message"]
    assert "Traceback" not in response.text
    if field is not None:
        assert field in [f["field"] for f in body["fields"]], body
    return body


def test_health_version_and_docs(client):
    health = client.get("/health").json()
    assert health["status"] == "ok" and health["model"] and health["pid"]
    version = client.get("/version").json()
    assert version == {
        "version": pipeline.__version__,
        "model": health["model"],
        "model_version": health["model_version"],
    }
    assert client.get("/docs").status_code == 200
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/analyze", "/analyze/batch", "/health", "/version"} <= set(paths)


def test_analyze_answers_what_the_python_api_gives(client, libre):
    before = libre.requests
    payload = {"text": DUTCH, "title": "Overval", "date": "2024-06-03", "id": "overval"}
    response = client.post("/analyze", json=payload)
    assert response.status_code == 200, response.text
    assert response.json() == _expected(DUTCH, title="Overval", date="2024-06-03", id="overval")
    assert response.json()["translation"]["backend"] == "none"
    assert libre.requests == before, "no translation unless the request asks"


def test_translation_only_when_asked(client, libre):
    before = libre.requests
    response = client.post("/analyze", json={"text": OTHER_DUTCH, "translate": True})
    assert response.status_code == 200, response.text
    assert response.json()["translation"]["backend"] == "libre"
    assert libre.requests > before


def test_batch_keeps_order_and_lists_failures(client):
    articles = [
        {"text": DUTCH, "id": "a"},
        {"text": ENGLISH, "id": "b"},
        {"text": OTHER_DUTCH, "id": "c"},
        {"text": ENGLISH, "id": "d", "force_language": "nl"},
    ]
    response = client.post("/analyze/batch", json={"articles": articles})
    assert response.status_code == 200, response.text
    body = response.json()
    assert [r["article"]["id"] for r in body["results"]] == ["a", "c", "d"]
    assert body["results"][0] == _expected(DUTCH, id="a")
    [error] = body["errors"]
    assert (error["index"], error["id"], error["error"]) == (1, "b", "NotDutchError")


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"title": "zonder tekst"}, "text"),
        ({"text": ""}, "text"),
        ({"text": DUTCH, "date": "gisteren"}, "date"),
        ({"text": DUTCH, "colour": "blue"}, "colour"),
        ({"text": DUTCH, "force_language": "en"}, "force_language"),
        ({"text": 42}, "text"),
    ],
)
def test_invalid_requests_are_422_with_the_field(client, payload, field):
    _assert_error(client.post("/analyze", json=payload), 422, "invalid_request", field)


def test_invalid_json_is_422(client):
    response = client.post(
        "/analyze", content=b'{"text": "kapot', headers={"content-type": "application/json"}
    )
    body = _assert_error(response, 422, "invalid_request", "body")
    assert "invalid JSON" in body["message"]


def test_batch_limit_is_enforced(client):
    articles = [{"text": OTHER_DUTCH}] * (MAX_BATCH + 1)
    _assert_error(
        client.post("/analyze/batch", json={"articles": articles}),
        422,
        "invalid_request",
        "articles",
    )
    _assert_error(client.post("/analyze/batch", json={"articles": []}), 422, "invalid_request")


def test_text_that_is_not_dutch_is_422_unless_forced(client):
    body = _assert_error(client.post("/analyze", json={"text": ENGLISH}), 422, "not_dutch", "text")
    assert "'en'" in body["message"]
    forced = client.post("/analyze", json={"text": ENGLISH, "force_language": "nl"})
    assert forced.status_code == 200


def test_articles_over_max_chars_are_refused_not_parsed(client):
    long_text = DUTCH * (MAX_CHARS // len(DUTCH) + 1)
    body = _assert_error(client.post("/analyze", json={"text": long_text}), 422, "too_long", "text")
    assert f"--max-chars {MAX_CHARS:,}" in body["message"]
    articles = [{"text": long_text, "id": "lang"}, {"text": OTHER_DUTCH, "id": "kort"}]
    response = client.post("/analyze/batch", json={"articles": articles})
    assert response.status_code == 200, response.text
    assert [r["article"]["id"] for r in response.json()["results"]] == ["kort"]
    [error] = response.json()["errors"]
    assert (error["index"], error["id"], error["error"]) == (0, "lang", "TextTooLongError")


def test_bodies_over_the_limit_are_413(client):
    big = json.dumps({"text": "woord " * (MAX_BODY // 5)}).encode()
    _assert_error(
        client.post("/analyze", content=big, headers={"content-type": "application/json"}),
        413,
        "too_large",
    )

    def chunks():  # no Content-Length: the limit is applied while reading
        for start in range(0, len(big), 16_384):
            yield big[start : start + 16_384]

    _assert_error(
        client.post("/analyze", content=chunks(), headers={"content-type": "application/json"}),
        413,
        "too_large",
    )


def test_unknown_path_is_a_json_404(client):
    _assert_error(client.get("/nergens"), 404, "not_found")


def test_concurrent_requests_all_succeed_and_each_worker_loads_the_model_once(client, server):
    texts = [f"De gemeente Utrecht bouwt dit jaar {n}00 nieuwe woningen." for n in range(1, 13)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(lambda t: client.post("/analyze", json={"text": t}), texts))
    assert [r.status_code for r in responses] == [200] * len(texts)
    assert [r.json()["claims"][0]["value"] for r in responses] == [n * 100 for n in range(1, 13)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        pids = set(pool.map(lambda _: client.get("/health").json()["pid"], range(16)))
    loads = [line for line in server[1].read_text().splitlines() if "loaded in" in line]
    assert len(loads) == 2, loads
    assert pids <= {int(line.split("worker ")[1].split(":")[0]) for line in loads}


@contextmanager
def _in_process_server(app):
    """uvicorn serving `app` from a thread of this process, on a free port."""
    import uvicorn

    config = uvicorn.Config(app, host="127.0.0.1", port=_free_port(), log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "in-process server did not start"
        time.sleep(0.05)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{config.port}", timeout=30) as http:
            yield http
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_an_analysis_failure_is_500_with_an_id_in_the_log_not_the_body(caplog):
    """A server whose analyzer fails (the real model cannot be made to): the error contract."""
    from pipeline.service import ServiceSettings, create_app

    class Broken:
        def __call__(self, article):
            raise RuntimeError("extractor exploded")

        def pipe(self, articles, batch_size, on_error):
            for article in articles:
                on_error(article, RuntimeError("extractor exploded"))
            return iter(())

    app = create_app(ServiceSettings())  # no translator
    with _in_process_server(app) as local:
        app.state.analyzer = Broken()
        body = _assert_error(local.post("/analyze", json={"text": DUTCH}), 500, "analysis_failed")
        assert "exploded" not in json.dumps(body)
        assert body["id"] in caplog.text and "extractor exploded" in caplog.text
        batch = local.post("/analyze/batch", json={"articles": [{"text": DUTCH, "id": "x"}]})
        assert batch.status_code == 200 and batch.json()["results"] == []
        assert batch.json()["errors"][0]["error"] == "RuntimeError"
        _assert_error(
            local.post("/analyze", json={"text": DUTCH, "translate": True}),
            422,
            "translation_unavailable",
            "translate",
        )


def test_serve_refuses_an_unknown_translator_or_model():
    env = {**os.environ, "PIPELINE_TRANSLATOR": "babelfish"}
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "serve", "--port", str(_free_port())],
        capture_output=True, text=True, env=env, timeout=60, check=False,
    )  # fmt: skip
    assert proc.returncode == 2 and "unknown translator 'babelfish'" in proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "pipeline", "serve", "--model", "geen_model_xx"],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert proc.returncode == 2 and "spacy download" in proc.stderr
