"""Feeds, sitemaps and article URLs as `pipeline run` inputs, against a local news site."""

from __future__ import annotations

import json
import re
import socket
import sqlite3
from itertools import pairwise

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.ingest.web import (
    USER_AGENT,
    Fetcher,
    FetchError,
    FetchOptions,
    TemporaryFetchError,
    listing_links,
    normalise_url,
    url_id,
)
from pipeline.output.stale import STALE_DIR
from tests.news_server import NewsServer, page

runner = CliRunner()
DELAY = 0.05

WONINGBOUW = page(
    "Utrecht bouwt dit jaar 2.400 woningen",
    "2024-06-03",
    [
        "De gemeente Utrecht wil dit jaar ruim 2.400 nieuwe woningen opleveren, meldt wethouder"
        " Eva Mulder.",
        "Volgens de gemeente is bijna een derde daarvan bestemd voor starters. 'We moeten sneller"
        " bouwen', zegt Mulder.",
    ],
)
JEUGDZORG = page(
    "Wachtlijsten jeugdzorg in Twente groeien",
    "2024-05-28",
    [
        "In Twente wachten ruim 800 kinderen langer dan drie maanden op jeugdzorg.",
        "De Kinderombudsman roept het kabinet op om de jeugdzorg voor 2026 structureel te"
        " versterken.",
    ],
)
ONDERWIJS = page(
    "Lerarentekort treft vooral Amsterdamse basisscholen",
    "2024-04-15",
    [
        "Op Amsterdamse basisscholen staan dit schooljaar zo'n 600 klassen zonder vaste leraar,"
        " blijkt uit cijfers van de gemeente.",
    ],
)
ENGLISH = page(
    "Prime Minister announces new housing plan",
    "2024-06-01",
    [
        "The Prime Minister said on Tuesday that the government will build three hundred thousand"
        " new homes over the next five years.",
        "Critics argue that the plan does little for first-time buyers in the big cities.",
    ],
    lang="en",
)
VERBODEN = page("Intern memo", "2024-06-02", ["Dit is een interne pagina van de redactie."])
ROBOTS = "User-agent: *\nDisallow: /nieuws/verboden.html\n"
FEED_PATHS = (
    "/nieuws/woningbouw.html",
    "/nieuws/jeugdzorg.html",
    "/nieuws/verboden.html",
    "/nieuws/verdwenen.html",
    "/nieuws/traag.html",
    "/nieuws/english.html",
)


def _rss(base: str, paths: tuple[str, ...]) -> str:
    items = "".join(
        f"<item><title>{p}</title><link>{base}{p}</link>"
        "<pubDate>Mon, 03 Jun 2024 10:00:00 GMT</pubDate></item>"
        for p in paths
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Stadsnieuws</title><link>{base}/</link>{items}</channel></rss>"
    )


def _sitemap(base: str, paths: tuple[str, ...], tag: str = "url") -> str:
    root = "urlset" if tag == "url" else "sitemapindex"
    entries = "".join(f"<{tag}><loc>{base}{p}</loc></{tag}>" for p in paths)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<{root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</{root}>'
    )


@pytest.fixture
def site():
    with NewsServer() as server:
        base = server.base
        server.content = {
            "/robots.txt": ("text/plain", ROBOTS),
            "/feed.xml": ("application/rss+xml", _rss(base, FEED_PATHS)),
            "/sitemap_index.xml": (
                "application/xml",
                _sitemap(base, ("/sitemap-nieuws.xml",), tag="sitemap"),
            ),
            "/sitemap-nieuws.xml": (
                "application/xml",
                _sitemap(base, ("/nieuws/woningbouw.html", "/nieuws/onderwijs.html")),
            ),
            "/nieuws/woningbouw.html": ("text/html; charset=utf-8", WONINGBOUW),
            "/nieuws/jeugdzorg.html": ("text/html; charset=utf-8", JEUGDZORG),
            "/nieuws/onderwijs.html": ("text/html; charset=utf-8", ONDERWIJS),
            "/nieuws/traag.html": ("text/html; charset=utf-8", ONDERWIJS),
            "/nieuws/english.html": ("text/html; charset=utf-8", ENGLISH),
            "/nieuws/verboden.html": ("text/html; charset=utf-8", VERBODEN),
        }
        server.slow = {"/nieuws/traag.html"}
        yield server


def _run(out, *inputs: str, extra: tuple[str, ...] = ()):
    args = ["run", *inputs, "--out", str(out), "--translator", "none", "--workers", "1"]
    args += ["--fetch-delay", str(DELAY), "--fetch-timeout", "0.5", *extra]
    return runner.invoke(app, args)


def _errors(out) -> dict[str, dict]:
    lines = (out / "_errors.jsonl").read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["source"]: json.loads(line) for line in lines}


def _output(out, site: NewsServer, path: str) -> dict:
    return json.loads((out / f"{url_id(site.url(path))}.json").read_text(encoding="utf-8"))


def test_a_feed_is_fetched_politely_and_its_pages_analysed(tmp_path, site):
    out = tmp_path / "out"
    result = _run(out, site.url("/feed.xml"))
    assert result.exit_code == 1, result.output  # four pages could not be analysed
    assert "2 article(s) written" in result.output

    woningbouw = _output(out, site, "/nieuws/woningbouw.html")
    article = woningbouw["article"]
    assert article["url"] == site.url("/nieuws/woningbouw.html") == article["source"]
    assert article["date"] == "2024-06-03" and article["title"].startswith("Utrecht bouwt")
    assert article["text"].startswith("De gemeente Utrecht wil dit jaar ruim 2.400")
    assert "rechten voorbehouden" not in article["text"], "boilerplate is cleaned away"
    assert any(c["value"] == 2400 for c in woningbouw["claims"])
    assert _output(out, site, "/nieuws/jeugdzorg.html")["article"]["date"] == "2024-05-28"

    errors = _errors(out)
    expected = {
        "/nieuws/verboden.html": "robots.txt",
        "/nieuws/verdwenen.html": "HTTP 404",
        "/nieuws/traag.html": "timed out",
        "/nieuws/english.html": "not Dutch",
    }
    for path, message in expected.items():
        assert message in errors[site.url(path)]["message"], (path, errors)
    assert errors[site.url("/nieuws/english.html")]["error"] == "NotDutchError"
    assert "gave up after 3 attempts" in errors[site.url("/nieuws/traag.html")]["message"]

    assert not site.hits("/nieuws/verboden.html"), "a page robots.txt forbids is never fetched"
    assert len(site.hits("/robots.txt")) == 1
    assert {hit.headers.get("User-Agent") for hit in site.log} == {USER_AGENT}
    # The server notes a request when its thread gets to it, a few milliseconds late under load:
    # no two requests in a burst, and the whole run paced.
    starts = sorted(hit.started for hit in site.log)
    assert all(b - a >= DELAY / 2 for a, b in pairwise(starts)), starts
    assert starts[-1] - starts[0] >= (len(starts) - 1) * DELAY * 0.95, starts


def test_unchanged_pages_are_neither_downloaded_nor_analysed_again(tmp_path, site):
    out = tmp_path / "out"
    site.slow.clear()
    site.content.pop("/nieuws/traag.html")
    assert _run(out, site.url("/feed.xml")).exit_code == 1
    path = out / f"{url_id(site.url('/nieuws/woningbouw.html'))}.json"
    first_bytes, first_mtime = path.read_bytes(), path.stat().st_mtime_ns
    site.log.clear()

    result = _run(out, site.url("/feed.xml"))
    assert "0 article(s) written" in result.output and "2 up to date" in result.output
    for listed in ("/feed.xml", "/nieuws/woningbouw.html", "/nieuws/jeugdzorg.html"):
        [hit] = site.hits(listed)
        assert hit.status == 304 and "If-None-Match" in hit.headers, listed
    assert path.read_bytes() == first_bytes and path.stat().st_mtime_ns == first_mtime
    run = json.loads((out / "_run.json").read_text(encoding="utf-8"))
    assert run["load_seconds"] == 0, "nothing to analyse: the model is not even loaded"

    changed = WONINGBOUW.replace("2.400", "2.600")
    site.content["/nieuws/woningbouw.html"] = ("text/html; charset=utf-8", changed)
    result = _run(out, site.url("/feed.xml"))
    assert "1 article(s) written" in result.output, result.output
    assert "2.600" in json.loads(path.read_text(encoding="utf-8"))["article"]["text"]

    site.log.clear()
    _run(out, site.url("/feed.xml"), extra=("--force",))
    assert all("If-None-Match" not in hit.headers for hit in site.log), "--force fetches anew"


def test_sitemap_index_and_single_urls_next_to_files(tmp_path, site):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "lokaal.txt").write_text(
        "De gemeente Zwolle opent volgende maand drie nieuwe zwembaden.", encoding="utf-8"
    )
    out = tmp_path / "out"
    result = _run(
        out,
        site.url("/sitemap_index.xml"),
        str(folder),
        site.url("/nieuws/jeugdzorg.html#reacties"),
    )
    assert result.exit_code == 0, result.output
    assert "4 article(s) written" in result.output
    written = sorted(p.name for p in out.glob("*.json") if not p.name.startswith("_"))
    assert "lokaal.json" in written
    assert _output(out, site, "/nieuws/onderwijs.html")["article"]["date"] == "2024-04-15"
    assert len(site.hits("/nieuws/woningbouw.html")) == 1


@pytest.mark.parametrize(
    ("url", "expected_prefix"),
    [
        ("https://www.nos.nl/artikel/2517000-kabinet-wil-meer", "www.nos.nl_artikel_2517000-kabinet-wil-meer-"),
        ("https://nos.nl/", "nos.nl-"),
        ("http://127.0.0.1:8000/nieuws/a.html?id=3", "127.0.0.1_nieuws_a.html-"),
        ("https://example.nl/café/één", "example.nl_cafe_een-"),
    ],
)  # fmt: skip
def test_url_ids_are_safe_and_readable(url, expected_prefix):
    article_id = url_id(url)
    assert article_id.startswith(expected_prefix), article_id
    assert len(article_id) <= 120 and all(c.isalnum() or c in "._-" for c in article_id)


def test_url_ids_are_stable_and_tell_pages_apart():
    base = "https://example.nl/nieuws/artikel"
    assert url_id(base) == url_id(base) == url_id("HTTPS://Example.NL/nieuws/artikel#x")
    assert len({url_id(base + "?page=1"), url_id(base + "?page=2"), url_id(base)}) == 3
    long = "https://example.nl/" + "heel-lang-" * 30
    assert url_id(long + "a") != url_id(long + "b")


FEED_BASE = "https://example.nl/rss.xml"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "rss",
            "<?xml version='1.0'?><rss><channel><link>https://example.nl/</link>"
            "<item><link>https://example.nl/a</link></item>"
            "<item><link><![CDATA[/b]]></link></item></channel></rss>",
            ["https://example.nl/a", "https://example.nl/b"],
        ),
        (
            "atom",
            '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
            '<link rel="self" href="https://example.nl/atom.xml"/><link href="https://example.nl/"/>'
            '<entry><link href="https://example.nl/c"/></entry></feed>',
            ["https://example.nl/c"],
        ),
        (
            "json feed",
            '{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "url": "/d"}]}',
            ["https://example.nl/d"],
        ),
        (
            "sitemap index",
            '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            "<sitemap><loc>https://example.nl/s1.xml</loc></sitemap></sitemapindex>",
            ["https://example.nl/s1.xml"],
        ),
        ("web page", "<html><body><p>Gewoon een pagina.</p></body></html>", None),
        ("json, not a feed", '{"naam": "geen feed"}', None),
    ],
)
def test_listing_links(name, text, expected):
    assert listing_links(FEED_BASE, text) == expected, name


def test_normalise_url_drops_the_fragment_and_lowercases_the_host():
    assert normalise_url("HTTP://Example.NL/Pad?q=1#x") == "http://example.nl/Pad?q=1"


def test_retries_are_bounded_and_transient_errors_recover(site):
    site.flaky["/nieuws/onderwijs.html"] = 2
    site.down.add("/nieuws/woningbouw.html")
    fetcher = Fetcher(FetchOptions(delay=0.01, timeout=1))
    assert fetcher.get(site.url("/nieuws/onderwijs.html")).status == 200
    assert [h.status for h in site.hits("/nieuws/onderwijs.html")] == [503, 503, 200]
    with pytest.raises(FetchError, match=r"HTTP 503.*3 attempts"):
        fetcher.get(site.url("/nieuws/woningbouw.html"))
    assert len(site.hits("/nieuws/woningbouw.html")) == 3
    with pytest.raises(FetchError, match="HTTP 404"):  # not retried
        fetcher.get(site.url("/nieuws/verdwenen.html"))
    assert len(site.hits("/nieuws/verdwenen.html")) == 1


@pytest.mark.parametrize(
    ("robots", "allowed"),
    [
        (None, True),  # 404: no restrictions (RFC 9309)
        ("User-agent: *\nDisallow: /\n", False),
        ("User-agent: pipeline\nDisallow: /nieuws/\n", False),
        ("User-agent: otherbot\nDisallow: /\n", True),
        ("down", False),  # 5xx: complete disallow (RFC 9309)
    ],
)
def test_robots_txt_rules(site, robots, allowed):
    if robots is None:
        site.content.pop("/robots.txt")
    elif robots == "down":
        site.down.add("/robots.txt")
    else:
        site.content["/robots.txt"] = ("text/plain", robots)
    assert Fetcher(FetchOptions(delay=0)).allowed(site.url("/nieuws/onderwijs.html")) is allowed


def test_crawl_delay_from_robots_txt_paces_requests(site):
    """Crawl-delay (whole seconds, as Python's robots.txt parser reads it) beats a shorter delay."""
    site.content["/robots.txt"] = ("text/plain", "User-agent: *\nCrawl-delay: 1\n")
    fetcher = Fetcher(FetchOptions(delay=0))
    for path in ("/nieuws/onderwijs.html", "/nieuws/jeugdzorg.html"):
        fetcher.get(site.url(path))
    first, second = (hit.started for hit in site.log if hit.path.startswith("/nieuws/"))
    assert second - first >= 0.95


# Where the line is: no final answer this time keeps an article's earlier output; an answer about
# the page itself (gone, forbidden, no longer an article we analyse) moves it aside.

PAGE = "/nieuws/onderwijs.html"
FORBID_PAGE = f"User-agent: *\nDisallow: {PAGE}\n"


def _closed_port_url(site: NewsServer) -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}{PAGE}"


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda site: site.slow.add(PAGE), "timed out"),
        (lambda site: site.down.add(PAGE), "HTTP 503"),
        (lambda site: site.status.update({PAGE: 429}), "HTTP 429"),
        (lambda site: site.status.update({PAGE: 408}), "HTTP 408"),
        (lambda site: site.down.add("/robots.txt"), "robots.txt is unreachable (HTTP 503"),
        (_closed_port_url, "connection failed"),
    ],
    ids=["timeout", "503", "429", "408", "robots.txt-503", "connection-refused"],
)
def test_no_final_answer_is_a_temporary_fetch_error(site, spoil, message):
    url = spoil(site) or site.url(PAGE)
    with pytest.raises(TemporaryFetchError, match=re.escape(message)):
        Fetcher(FetchOptions(delay=0.01, timeout=0.3)).get(url)


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (lambda site: site.content.pop(PAGE), "HTTP 404"),
        (lambda site: site.status.update({PAGE: 410}), "HTTP 410"),
        (lambda site: site.status.update({PAGE: 403}), "HTTP 403"),
        (
            lambda site: site.content.update({"/robots.txt": ("text/plain", FORBID_PAGE)}),
            "disallowed by robots.txt",
        ),
    ],
    ids=["404", "410", "403", "robots.txt-forbids"],
)
def test_an_answer_about_the_page_is_a_definitive_fetch_error(site, spoil, message):
    spoil(site)
    with pytest.raises(FetchError, match=re.escape(message)) as raised:
        Fetcher(FetchOptions(delay=0.01, timeout=0.3)).get(site.url(PAGE))
    assert not isinstance(raised.value, TemporaryFetchError), message


def _run_facts(out) -> dict:
    return json.loads((out / "_run.json").read_text(encoding="utf-8"))


def _exported_ids(out) -> list[str]:
    assert runner.invoke(app, ["export", str(out)]).exit_code == 0
    with sqlite3.connect(out / "claims.sqlite") as db:
        return [row[0] for row in db.execute("SELECT article_id FROM articles")]


def test_a_page_that_fails_for_now_keeps_its_output_and_its_rows(tmp_path, site):
    out, url = tmp_path / "out", site.url(PAGE)
    output = out / f"{url_id(url)}.json"
    assert _run(out, url).exit_code == 0
    first = output.read_bytes()
    assert _exported_ids(out) == [url_id(url)]

    spoils = {
        "timed out": lambda: site.slow.add(PAGE),
        "HTTP 503": lambda: site.down.add(PAGE),
        "robots.txt is unreachable": lambda: site.down.add("/robots.txt"),
    }
    for reason, spoil in spoils.items():
        site.slow.clear()
        site.down.clear()
        spoil()
        result = _run(out, url)
        assert result.exit_code == 1, (reason, result.output)
        assert output.read_bytes() == first, f"{reason}: the output stays in place"
        assert not (out / STALE_DIR).exists(), reason
        error = _errors(out)[url]
        assert error["error"] == "TemporarilyUnavailable", (reason, error)
        assert reason in error["message"] and "previous output is kept" in error["message"]
        facts = _run_facts(out)
        assert (facts["failed"], facts["kept"], facts["moved_aside"]) == (1, [url_id(url)], [])
        assert "1 earlier output(s) kept" in result.output, result.output
        assert _exported_ids(out) == [url_id(url)], f"{reason}: export keeps the article's rows"

    site.slow.clear()
    site.down.clear()
    result = _run(out, url)
    assert result.exit_code == 0 and "1 up to date" in result.output, result.output
    assert output.read_bytes() == first and not _errors(out)


def test_a_page_that_is_gone_forbidden_or_not_dutch_has_its_output_moved_aside(tmp_path, site):
    out, url = tmp_path / "out", site.url(PAGE)
    output = out / f"{url_id(url)}.json"
    stale = out / STALE_DIR / output.name
    assert _run(out, url).exit_code == 0
    first = output.read_bytes()

    site.slow.add(PAGE)  # first a timeout: kept
    assert _run(out, url).exit_code == 1 and output.read_bytes() == first
    site.slow.clear()
    content = site.content.pop(PAGE)  # then gone: moved aside, its rows pruned
    result = _run(out, url)
    assert result.exit_code == 1, result.output
    assert not output.exists() and stale.read_bytes() == first
    error = _errors(out)[url]
    assert error["error"] == "IngestError" and error["message"] == "HTTP 404 Not Found"
    assert _run_facts(out)["moved_aside"] == [url_id(url)] and _run_facts(out)["kept"] == []
    assert _exported_ids(out) == []

    site.content[PAGE] = content  # back: written again, the stale copy goes
    assert _run(out, url).exit_code == 0 and output.read_bytes() == first
    assert not stale.exists()
    site.content["/robots.txt"] = ("text/plain", FORBID_PAGE)
    assert _run(out, url).exit_code == 1
    assert not output.exists() and stale.read_bytes() == first
    assert "disallowed by robots.txt" in _errors(out)[url]["message"]

    site.content["/robots.txt"] = ("text/plain", ROBOTS)  # allowed again, and back …
    assert _run(out, url).exit_code == 0 and output.read_bytes() == first
    site.content[PAGE] = ("text/html; charset=utf-8", ENGLISH)  # … but now in English
    assert _run(out, url).exit_code == 1
    assert not output.exists() and stale.read_bytes() == first
    assert _errors(out)[url]["error"] == "NotDutchError"
