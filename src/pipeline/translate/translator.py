"""`Translator`: deduplicated, cached, packed and retried MT over one `Engine`.

Requests are the cost and the failure point, so the unit of work is a whole list of segments:
unique segments not in the cache are packed into as few requests as the engine's character limit
allows, joined by a separator line of capital letters that engines copy through, then split back.
A request whose pieces do not come back one-for-one with every protection token intact is redone
segment by segment. Faults are retried with exponential backoff and jitter (tenacity), bounded; a
service that stays down stops the run's MT (state "failed") instead of timing out chunk after
chunk, and no connection at all on the first request means "offline".
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from tenacity import (
    Retrying,
    retry_if_exception,
    stop_after_attempt,
    wait_exponential,
    wait_random,
)

from pipeline.translate.cache import Cache
from pipeline.translate.engines import Engine, EngineError, Retryable, Unreachable
from pipeline.translate.protect import tokens_survive

# Outside the protection tokens' pattern (ZQ...QZ) and short: it is paid for in every request.
SEPARATOR = "\nQZXZQ\n"
_SPLIT = re.compile(r"\s*\bQZXZQ\b\s*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")

# Bounded retries: at most ATTEMPTS requests per piece of work, pauses growing from BACKOFF s.
ATTEMPTS = 4
BACKOFF = 0.5
MAX_BACKOFF = 8.0

State = Literal["ok", "offline", "failed"]


@dataclass
class Stats:
    segments: int = 0
    requests: int = 0
    cache_hits: int = 0

    def line(self, engine: str) -> str:
        return (
            f"translation ({engine}): {self.segments} segments, {self.requests} requests sent,"
            f" {self.cache_hits} cache hits"
        )


def _split_long(text: str, limit: int) -> list[str]:
    """Cut a segment longer than `limit` at sentence ends (then spaces) into pieces that fit."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(text):
        while len(sentence) > limit:
            cut = sentence.rfind(" ", 0, limit)
            cut = cut if cut > 0 else limit
            pieces.append(sentence[:cut])
            sentence = sentence[cut:].lstrip()
        if current and len(current) + 1 + len(sentence) > limit:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        pieces.append(current)
    return pieces


class Translator:
    """Translates lists of (masked) Dutch segments; keeps run statistics and the service state."""

    def __init__(
        self,
        engine: Engine,
        cache: Cache | None,
        source: str = "nl",
        target: str = "en",
        attempts: int = ATTEMPTS,
        backoff: float = BACKOFF,
    ) -> None:
        self.engine = engine
        self.cache = cache
        self.source, self.target = source, target
        self.state: State = "ok"
        self.stats = Stats()
        self._contacted = False
        self._retrying = Retrying(
            stop=stop_after_attempt(attempts),
            wait=wait_exponential(multiplier=backoff, max=MAX_BACKOFF) + wait_random(0, backoff),
            retry=retry_if_exception(self._worth_retrying),
            reraise=True,
        )

    @property
    def name(self) -> str:
        return self.engine.name

    def translate_all(self, texts: Iterable[str]) -> dict[str, str | None]:
        """English for each distinct text; None where MT failed or is unavailable."""
        unique = list(dict.fromkeys(t for t in texts if t.strip()))
        self.stats.segments += len(unique)
        pieces = {t: _split_long(t, self.engine.max_chars) for t in unique}
        wanted = list(dict.fromkeys(p for ps in pieces.values() for p in ps))
        done = self._cached(wanted)
        self.stats.cache_hits += sum(1 for t in unique if all(p in done for p in pieces[t]))
        for chunk in self._pack([p for p in wanted if p not in done]):
            if self.state != "ok":
                break
            fresh = self._send_chunk(chunk)
            done.update(fresh)
            if self.cache is not None and fresh:
                self.cache.put_many(self.engine.cache_key, self.source, self.target, fresh)
        return {
            t: " ".join(done[p] for p in ps) if all(p in done for p in ps) else None
            for t, ps in pieces.items()
        }

    def _cached(self, texts: list[str]) -> dict[str, str]:
        if self.cache is None:
            return {}
        return self.cache.get_many(self.engine.cache_key, self.source, self.target, texts)

    def _pack(self, texts: list[str]) -> list[list[str]]:
        """Greedy packing in input order: each chunk joined with separators fits the limit."""
        chunks: list[list[str]] = []
        size = 0
        for text in texts:
            if chunks and size + len(SEPARATOR) + len(text) <= self.engine.max_chars:
                chunks[-1].append(text)
                size += len(SEPARATOR) + len(text)
            else:
                chunks.append([text])
                size = len(text)
        return chunks

    def _send_chunk(self, chunk: list[str]) -> dict[str, str]:
        """Translations of `chunk` that passed the checks; one request, then one per stray."""
        out = self._request(SEPARATOR.join(chunk))
        if out is None:
            return {}
        parts = _SPLIT.split(out.strip())
        if len(parts) != len(chunk):
            parts = [""] * len(chunk)
        good = {src: dst for src, dst in zip(chunk, parts, strict=True) if _ok(src, dst)}
        if len(chunk) > 1:
            for src in chunk:
                if src not in good and self.state == "ok":
                    single = self._request(src)
                    if single is not None and _ok(src, single):
                        good[src] = single.strip()
        return good

    def _request(self, text: str) -> str | None:
        """One engine call with retries; None (and the state set) when it finally fails."""
        try:
            for attempt in self._retrying:
                with attempt:
                    self.stats.requests += 1
                    try:
                        result = self.engine.translate(text)
                    except Unreachable:
                        raise
                    except EngineError:
                        self._contacted = True
                        raise
                    self._contacted = True
                    return result
        except Unreachable as exc:
            if not self._contacted:
                self.state = "offline"
                print(
                    f"translation: {self.name} is unreachable ({exc}); no connection, so the"
                    " output gets offline English only. Run `pipeline translate` later.",
                    file=sys.stderr,
                )
                return None
            self._fail(exc)
        except EngineError as exc:
            self._fail(exc)
        return None

    def _fail(self, exc: Exception) -> None:
        self.state = "failed"
        print(f"translation: {self.name} failed, giving up for this run: {exc}", file=sys.stderr)

    def _worth_retrying(self, exc: BaseException) -> bool:
        if isinstance(exc, Unreachable) and not self._contacted:
            return False
        return isinstance(exc, Retryable)


def _ok(source: str, translated: str) -> bool:
    return bool(translated.strip()) and tokens_survive(source, translated)
