"""A small news site on 127.0.0.1 for the web-input tests: feeds, sitemaps, pages, robots.txt.

Pages answer with an ETag and Last-Modified and honour If-None-Match / If-Modified-Since with 304.
`slow` paths wait `slow_seconds` before answering; `flaky` paths answer 503 `flaky_failures` times
first; `down` paths always answer 503; `status` paths always answer their status (429, 410, …);
anything unknown is a 404. Every request is recorded
(path, headers, status, monotonic start time) in `log`.
"""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

LAST_MODIFIED = "Mon, 03 Jun 2024 08:00:00 GMT"

PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}T10:00:00+02:00">
</head><body><header><nav><a href="/">Home</a> <a href="/nieuws/">Nieuws</a></nav></header>
<article><h1>{title}</h1>
{paragraphs}
</article><footer>© Stadsnieuws — alle rechten voorbehouden</footer></body></html>
"""


def page(title: str, date: str, paragraphs: list[str], lang: str = "nl") -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return PAGE.format(title=title, date=date, paragraphs=body, lang=lang)


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    status: int
    started: float


class NewsServer:
    """Runs in a daemon thread; use as a context manager. `content` maps path → (type, body)."""

    def __init__(self) -> None:
        self.content: dict[str, tuple[str, str]] = {}
        self.slow: set[str] = set()
        self.slow_seconds = 3.0
        self.flaky: dict[str, int] = {}
        self.down: set[str] = set()
        self.status: dict[str, int] = {}
        self.log: list[Hit] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> list[Hit]:
        return [hit for hit in self.log if hit.path == path]

    def __enter__(self) -> NewsServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def _answer(self, path: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        if path in self.down:
            return 503, {}, b"busy"
        if path in self.status:
            return self.status[path], {}, b"no"
        with self._lock:
            if self.flaky.get(path, 0) > 0:
                self.flaky[path] -= 1
                return 503, {}, b"busy"
        if path not in self.content:
            return 404, {"Content-Type": "text/html"}, b"<h1>Niet gevonden</h1>"
        content_type, text = self.content[path]
        body = text.encode("utf-8")
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        validators = {"ETag": etag, "Last-Modified": LAST_MODIFIED}
        if headers.get("If-None-Match") == etag or (
            "If-None-Match" not in headers and headers.get("If-Modified-Since") == LAST_MODIFIED
        ):
            return 304, validators, b""
        return 200, {**validators, "Content-Type": content_type}, body

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                """Silence the per-request log on stderr."""

            def do_GET(self) -> None:
                started = time.monotonic()
                path = urlsplit(self.path).path
                headers = dict(self.headers.items())
                if path in server.slow and server._stopping.wait(server.slow_seconds):
                    return
                status, extra, body = server._answer(path, headers)
                with server._lock:
                    server.log.append(Hit(path, headers, status, started))
                try:
                    self.send_response(status)
                    for name, value in extra.items():
                        self.send_header(name, value)
                    if status != 304:
                        self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if status != 304:
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the client timed out
                    pass

        return Handler
