"""Articles from the web: RSS/Atom/JSON feeds, XML/TXT sitemaps and article URLs.

Fetching is polite and bounded: a User-Agent that says who we are, robots.txt obeyed (RFC 9309:
a missing robots.txt allows everything, a server error forbids everything), one request at a time
with a pause per host (the larger of `--fetch-delay` and robots.txt's Crawl-delay), a timeout on
every request, and a bounded number of retries for timeouts, dropped connections, 408, 429 and 5xx
(after the per-host delay, doubling each time). A page larger than `MAX_BYTES` is refused rather than read.

A failure is either definitive or temporary, and only a definitive one may cost an earlier output
(`pipeline.batch` moves that aside). Definitive: the server answered about the page (404, 410 and
every other 4xx but 408 and 429), robots.txt was read and forbids it, or what came is no article
(not a page or feed, over `MAX_BYTES`, no text). Temporary (`TemporaryFetchError`, read as a
`TemporarilyUnavailable` input): no final answer this time — a timeout, a failed or dropped
connection, 408, 429 or 5xx after the retries, a redirect loop, robots.txt itself unreachable (5xx:
RFC 9309 says not to fetch, which says nothing about the page).

Conditional GET makes re-runs cheap: each URL's ETag and Last-Modified are kept in
`OUT/_fetch.json`, so the next run asks "changed since?" and a 304 answer is neither downloaded
nor analysed again. For a page, the unchanged article is rebuilt from its own output file (which
holds the text), so the batch's incremental check skips it, or redoes it from that text when the
pipeline changed. For a feed or sitemap, the links remembered from last time are used.

trafilatura does the parsing: `article_from_html` (main text, title and publication date),
`trafilatura.feeds.find_links` (links of Atom, RSS and JSON feeds) and `SitemapObject` (links and
nested sitemaps of XML and TXT sitemaps). Its own `find_feed_urls`/`sitemap_search` are not used:
they download with trafilatura's fetcher, which has no conditional GET, no robots.txt and no
per-host pacing of ours, and their link filter (courlan) drops hosts without a public suffix.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import re
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import requests
from tenacity import Retrying, retry_if_exception_type, stop_after_attempt, wait_exponential
from trafilatura.feeds import FeedParameters, find_links, is_potential_feed
from trafilatura.sitemaps import DETECT_SITEMAP_LINK, SitemapObject

from pipeline import __version__
from pipeline.ingest.article import safe_id
from pipeline.ingest.readers import (
    IngestError,
    TemporarilyUnavailable,
    article_from_html,
    decode,
)
from pipeline.ingest.sources import is_url
from pipeline.output.names import FETCH_FILE
from pipeline.schema import Article

LOGGER = logging.getLogger(__name__)

USER_AGENT = f"pipeline/{__version__} (Dutch news analysis; obeys robots.txt)"
MAX_BYTES = 10 * 1024 * 1024
MAX_CRAWL_DELAY = 60.0
MAX_REDIRECTS = 5
MIN_BACKOFF = 0.1  # seconds before the first retry at least; else the per-host delay, doubling
_TEXTUAL = re.compile(r"text/|application/(?:[\w.+-]*\+)?(?:xml|json|xhtml|rss|atom)\b")
_SITEMAP = re.compile(r"<(?:[\w.-]+:)?(?:urlset|sitemapindex)\b")


def url_id(url: str) -> str:
    """A stable article id for `url`, safe as a file name: host and path, then a short hash.

    The hash of the whole address keeps two pages apart whose readable parts coincide (query
    strings, long slugs cut at the length limit); the readable part tells a user which page it is.
    """
    parts = urlsplit(url)
    readable = safe_id(f"{parts.hostname or ''}{parts.path}".rstrip("/"))[:100]
    digest = hashlib.sha256(normalise_url(url).encode("utf-8")).hexdigest()[:10]
    return f"{readable}-{digest}"


def normalise_url(url: str) -> str:
    """Scheme and host in lower case, no fragment: one spelling per page."""
    parts = urlsplit(urldefrag(url)[0])
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, "")
    )


@dataclass
class FetchOptions:
    """How politely and how persistently to fetch."""

    user_agent: str = USER_AGENT
    delay: float = 1.0  # seconds between two requests to one host
    timeout: float = 20.0  # seconds per request (connect and each read)
    attempts: int = 3  # requests per URL at most, retries included


class FetchError(Exception):
    """A URL that could not be fetched; the message says why, for `_errors.jsonl`."""


class TemporaryFetchError(FetchError):
    """No final answer about the URL this time; a later run may well succeed."""


class _Transient(TemporaryFetchError):
    """Worth another attempt now: timeout, dropped connection, 408, 429 or 5xx."""


# Answers that say "not now" rather than anything about the page.
RETRY_STATUSES = frozenset({408, 429})


@dataclass
class Fetched:
    url: str
    status: int  # 200, or 304 when the conditional request found it unchanged
    headers: dict[str, str]
    content: bytes = b""

    def text(self) -> str:
        """The body decoded: the charset the server declared, else detected (Dutch-first)."""
        content = gzip.decompress(self.content) if self.content[:2] == b"\x1f\x8b" else self.content
        charset = requests.utils.get_encoding_from_headers(self.headers)
        declared = "charset" in self.headers.get("content-type", "").lower()
        if declared and charset:
            try:
                return content.decode(charset)
            except (LookupError, UnicodeDecodeError):
                pass
        return decode(content, self.url, url_id(self.url))


class Fetcher:
    """Polite HTTP GET: User-Agent, robots.txt, per-host delay, timeouts, bounded retries."""

    def __init__(self, options: FetchOptions | None = None) -> None:
        self.options = options or FetchOptions()
        self.session = requests.Session()
        self.session.headers["User-Agent"] = self.options.user_agent
        self.session.max_redirects = MAX_REDIRECTS
        self.requests = 0
        self._robots: dict[str, RobotFileParser] = {}
        self._robots_unreachable: dict[str, str] = {}  # origin → why (robots.txt answered 5xx)
        self._next_request: dict[str, float] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self.session.close()

    def allowed(self, url: str) -> bool:
        """Whether robots.txt of `url`'s host lets our User-Agent fetch it."""
        return self._robots_for(url).can_fetch(self.options.user_agent, url)

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET `url` (conditionally, given a validator); FetchError when it cannot be had,
        `TemporaryFetchError` when there was no final answer."""
        if not self.allowed(url):
            unreachable = self._robots_unreachable.get(_origin(url))
            if unreachable:
                raise TemporaryFetchError(
                    f"not fetched: robots.txt is unreachable ({unreachable}; RFC 9309: no fetching)"
                )
            raise FetchError(f"disallowed by robots.txt for {self.options.user_agent!r}")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        retrying = Retrying(
            stop=stop_after_attempt(self.options.attempts),
            wait=wait_exponential(multiplier=max(self.options.delay, MIN_BACKOFF), max=30),
            retry=retry_if_exception_type(_Transient),
            reraise=True,
        )
        try:
            for attempt in retrying:
                with attempt:
                    return self._get_once(url, headers)
        except _Transient as error:
            raise TemporaryFetchError(
                f"{error} (gave up after {self.options.attempts} attempts)"
            ) from None
        raise AssertionError("unreachable")  # pragma: no cover - Retrying always returns or raises

    def _get_once(self, url: str, headers: dict[str, str]) -> Fetched:
        self._wait_for_host(url)
        self.requests += 1
        try:
            with self.session.get(
                url, headers=headers, timeout=self.options.timeout, stream=True
            ) as response:
                if response.status_code == 304:
                    return Fetched(url, 304, dict(response.headers))
                if response.status_code in RETRY_STATUSES or response.status_code >= 500:
                    raise _Transient(f"HTTP {response.status_code} {response.reason}")
                if response.status_code >= 400:
                    raise FetchError(f"HTTP {response.status_code} {response.reason}")
                content = self._read_capped(response)
                return Fetched(url, response.status_code, dict(response.headers), content)
        except requests.Timeout:
            raise _Transient(f"timed out (no answer within {self.options.timeout:g} s)") from None
        except requests.ConnectionError as error:
            raise _Transient(f"connection failed: {_reason(error)}") from None
        except requests.TooManyRedirects:
            raise TemporaryFetchError(f"more than {MAX_REDIRECTS} redirects") from None
        except requests.RequestException as error:  # a broken transfer, a bad header: no answer
            raise TemporaryFetchError(f"{type(error).__name__}: {error}") from None

    @staticmethod
    def _read_capped(response: requests.Response) -> bytes:
        chunks, size = [], 0
        for chunk in response.iter_content(64 * 1024):
            size += len(chunk)
            if size > MAX_BYTES:
                raise FetchError(f"larger than {MAX_BYTES // (1024 * 1024)} MiB; not read")
            chunks.append(chunk)
        return b"".join(chunks)

    def _wait_for_host(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        with self._lock:
            now = time.monotonic()
            start = max(now, self._next_request.get(host, now))
            self._next_request[host] = start + self._delay_for(url)
        if start > now:
            time.sleep(start - now)

    def _delay_for(self, url: str) -> float:
        robots = self._robots.get(_origin(url))
        crawl_delay = robots.crawl_delay(self.options.user_agent) if robots else None
        return max(self.options.delay, min(float(crawl_delay or 0), MAX_CRAWL_DELAY))

    def _robots_for(self, url: str) -> RobotFileParser:
        origin = _origin(url)
        if origin not in self._robots:
            parser = RobotFileParser(f"{origin}/robots.txt")
            try:
                self._wait_for_host(url)
                self.requests += 1
                response = self.session.get(parser.url, timeout=self.options.timeout)
            except requests.RequestException as error:
                # No answer at all: the page request will fail with the real reason.
                LOGGER.debug("robots.txt of %s unreachable (%s)", origin, error)
                parser.parse([])
            else:
                if response.status_code >= 500:  # RFC 9309: assume complete disallow
                    parser.disallow_all = True
                    self._robots_unreachable[origin] = f"HTTP {response.status_code}"
                elif response.status_code >= 400:  # RFC 9309: no robots.txt, no restriction
                    parser.allow_all = True
                else:
                    parser.parse(response.text.splitlines())
            self._robots[origin] = parser
        return self._robots[origin]


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _reason(error: requests.ConnectionError) -> str:
    text = str(error.args[0] if error.args else error)
    match = re.search(r"\] ([^'\")]+)", text)
    return match.group(1) if match else text[:200]


@dataclass
class FetchState:
    """What the last runs learnt per URL: validators, and the page's id and text hash or links.

    Kept in `OUT/_fetch.json`, written atomically when the web inputs are done.
    """

    path: Path
    urls: dict[str, dict] = field(default_factory=dict)

    @classmethod
    def load(cls, out_dir: Path) -> FetchState:
        path = out_dir / FETCH_FILE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            urls = data["urls"] if isinstance(data.get("urls"), dict) else {}
        except (OSError, ValueError, AttributeError, KeyError):
            urls = {}
        return cls(path, urls)

    def save(self) -> None:
        from pipeline.output.json_files import atomic_write_text

        text = json.dumps({"version": 1, "urls": self.urls}, indent=1, sort_keys=True)
        atomic_write_text(self.path, text + "\n")


class WebReader:
    """Turns URLs (feeds, sitemaps, pages) into `Article`s and `IngestError`s, lazily."""

    def __init__(
        self, out_dir: Path, options: FetchOptions | None = None, force: bool = False
    ) -> None:
        self.out_dir = out_dir
        self.force = force
        self.fetcher = Fetcher(options)
        self.state = FetchState.load(out_dir)
        self.counts: Counter[str] = Counter()

    def __enter__(self) -> WebReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self.counts:
            self.state.save()
            LOGGER.info(
                "web: %s",
                ", ".join(f"{n} {what}" for what, n in sorted(self.counts.items())),
            )
        self.fetcher.close()

    def read(self, urls: Iterable[str]) -> Iterator[Article | IngestError]:
        """Articles of every page named or listed (feeds and sitemaps followed), each page once."""
        queue = [normalise_url(u) for u in urls]
        queue.reverse()  # popped from the end: inputs in the order given
        seen: set[str] = set()
        while queue:
            url = queue.pop()
            if url in seen:
                continue
            seen.add(url)
            item = self._read_one(url)
            if isinstance(item, list):
                queue.extend(reversed([link for link in item if link not in seen]))
            else:
                yield item

    def _read_one(self, url: str) -> Article | IngestError | list[str]:
        """A page's article, a listing's links, or the error of a URL that cannot be read."""
        entry = self.state.urls.get(url, {})
        validators = self._validators(entry)
        try:
            fetched = self.fetcher.get(url, **validators)
        except TemporaryFetchError as error:
            self.counts["failed"] += 1
            return TemporarilyUnavailable(url_id(url), url, str(error))
        except FetchError as error:
            self.counts["failed"] += 1
            return IngestError(url_id(url), url, str(error))
        if fetched.status == 304:
            self.counts["unchanged (304)"] += 1
            LOGGER.debug("unchanged since the last run: %s", url)
            if entry.get("kind") == "page":
                return self._unchanged_article(url, entry)
            return list(entry.get("links", []))
        self.counts["downloaded"] += 1
        new_entry = {
            "etag": fetched.headers.get("ETag"),
            "last_modified": fetched.headers.get("Last-Modified"),
        }
        content_type = fetched.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if content_type and not _TEXTUAL.match(content_type):
            self.state.urls.pop(url, None)
            return IngestError(url_id(url), url, f"not a web page or feed ({content_type})")
        try:
            text = fetched.text()
            links = listing_links(url, text)
            if links is not None:
                self.state.urls[url] = {**new_entry, "kind": "listing", "links": links}
                LOGGER.info("%s: %d link(s)", url, len(links))
                return links
            article = article_from_html(text, url_id(url), url, url=url)
        except IngestError as error:
            self.state.urls.pop(url, None)
            return error
        self.state.urls[url] = {
            **new_entry,
            "kind": "page",
            "id": article.id,
            "sha256": article.sha256,
        }
        return article

    def _validators(self, entry: dict) -> dict[str, str | None]:
        """ETag/Last-Modified to send: only when a 304 could be answered without the page."""
        if self.force or not entry:
            return {}
        if entry.get("kind") == "page" and _stored_article(self.out_dir, entry) is None:
            return {}
        return {"etag": entry.get("etag"), "last_modified": entry.get("last_modified")}

    def _unchanged_article(self, url: str, entry: dict) -> Article | IngestError:
        article = _stored_article(self.out_dir, entry)
        if article is None:  # removed between the check and now
            return TemporarilyUnavailable(
                url_id(url), url, "unchanged (304) but its output is gone; rerun"
            )
        return article


def _stored_article(out_dir: Path, entry: dict) -> Article | None:
    """The article of an earlier run's output, if it is still the text fetched then."""
    from pipeline.output.json_files import result_path

    try:
        data = json.loads(result_path(out_dir, entry["id"]).read_bytes())
        article = Article.model_validate({**data["article"], "title_en": None})
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return article if article.sha256 == entry.get("sha256") else None


def listing_links(url: str, text: str) -> list[str] | None:
    """The page links of a feed or sitemap (nested sitemaps first), or None for a web page."""
    head = text.lstrip()[:2000]
    if _SITEMAP.search(head) or (url.endswith(".txt") and head.startswith("http")):
        sitemap = _Sitemap(url)
        sitemap.content = text
        sitemap.process()
        return _absolute(url, [*sitemap.sitemap_urls, *sitemap.urls])
    if is_potential_feed(head) or head.startswith("{"):
        parts = urlsplit(url)
        params = FeedParameters(_origin(url), parts.hostname or "", url)
        links = find_links(text.strip(), params)
        if head.startswith("{") and not links:
            return None
        return [link for link in _absolute(url, links) if urlsplit(link).path not in ("", "/")]
    return None


def _absolute(base: str, links: Iterable[str]) -> list[str]:
    """Absolute http(s) links, normalised, without duplicates, in order."""
    out = (normalise_url(urljoin(base, link.strip())) for link in links)
    return list(dict.fromkeys(link for link in out if is_url(link)))


class _Sitemap(SitemapObject):
    """trafilatura's sitemap parser with our link policy: any host, no courlan filtering."""

    def __init__(self, url: str) -> None:
        super().__init__(_origin(url), urlsplit(url).hostname or "", [], None, True)
        self.current_url = url

    def handle_link(self, link: str) -> None:
        link = urljoin(self.base_url, link.strip())
        if link == self.current_url or not is_url(link):
            return
        if DETECT_SITEMAP_LINK.search(link):
            self.sitemap_urls.append(link)
        else:
            self.urls.append(link)
