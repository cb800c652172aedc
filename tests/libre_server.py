"""A LibreTranslate-compatible HTTP server on 127.0.0.1 for tests: deterministic, with fault modes.

`POST /translate` takes `q`, `source`, `target`, `format`, `api_key` as query or form fields and
answers `{"translatedText": ...}`. The "translation" replaces the Dutch words of a small table
word by word and passes everything else through, so protection tokens and separators survive as
they do in a real engine. Faults: `statuses` (answered in turn before normal service, e.g.
[429, 429]), `always` (a status for every request), `delay` (seconds of silence before
answering), `empty` (200 with an empty body), `mangle` (a multi-line text loses its first
protection token, as engines sometimes garble a long request). `requests` counts every request received.
"""

from __future__ import annotations

import json
import re
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

_TABLE = """
de=the; het=the; een=a; en=and; van=of; in=in; is=is; zijn=are; niet=not; met=with; voor=for;
op=on; aan=to; dat=that; die=who; deze=these; er=there; ook=also; nog=still; meer=more;
kinderen=children; jongeren=young people; slachtoffers=victims; politie=police;
gemeente=municipality; rapport=report; jaar=year; procent=percent; zegt=says; moet=must;
zei=said; volgens=according to; onderzoek=research; geld=money; vorig=last; bijna=almost;
ruim=over; hulp=help; meisjes=girls; minister=minister; woordvoerder=spokesperson;
directeur=director; wil=wants; vraagt=asks; extra=extra; kabinet=cabinet; zorg=care;
school=school; scholen=schools; leerlingen=pupils; wachtlijsten=waiting lists; gestegen=risen;
tot=to
"""
WORDS = dict(pair.strip().split("=") for pair in _TABLE.replace("\n", " ").split(";"))
_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"ZQ[A-Z]+QZ")


def fake_translate(text: str) -> str:
    """Dutch words from the table become English, case kept for the first letter; rest unchanged."""

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        english = WORDS.get(word.lower())
        if english is None:
            return word
        return english[0].upper() + english[1:] if word[0].isupper() else english

    return _WORD.sub(swap, text)


class LibreServer:
    """Runs in a daemon thread; use as a context manager or call `start()`/`stop()`."""

    def __init__(self) -> None:
        self.requests = 0
        self.statuses: list[int] = []
        self.always: int | None = None
        self.delay = 0.0
        self.empty = False
        self.mangle = False
        self.received: list[dict[str, str]] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/"

    def start(self) -> LibreServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> LibreServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _next_status(self) -> int:
        with self._lock:
            self.requests += 1
            if self.always is not None:
                return self.always
            return self.statuses.pop(0) if self.statuses else 200

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                """Silence the per-request log on stderr."""

            def do_POST(self) -> None:
                fields = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode() if length else ""
                fields.update({k: v[0] for k, v in parse_qs(body).items()})
                status = server._next_status()
                server.received.append(fields)
                if server.delay and server._stopping.wait(server.delay):
                    return
                if urlsplit(self.path).path != "/translate":
                    status = 404
                if status == 200 and server.empty:
                    self._send(200, b"")
                elif status == 200:
                    text = fake_translate(fields.get("q", ""))
                    if server.mangle and "\n" in text:
                        text = _TOKEN.sub("", text, count=1)
                    answer = {"translatedText": text}
                    self._send(200, json.dumps(answer).encode())
                else:
                    self._send(status, json.dumps({"error": f"status {status}"}).encode())

            def _send(self, status: int, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler
