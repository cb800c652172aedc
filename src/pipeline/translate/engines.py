"""Machine-translation engines: one small interface of ours over deep-translator's clients.

deep-translator calls the module-level `requests.get/post` with no timeout, hides HTTP status
codes behind engine-specific exceptions and refuses some language pairs from stale tables. Rather
than fork it, each engine module's `requests` name is pointed at `_RequestsShim`, which routes the
call through our `requests.Session` with a timeout and records the status code, so one classifier
(`_classify`) turns any engine's failure into `Unreachable` (no connection), `Retryable` (429, 5xx,
timeouts, empty answers) or `EngineError` (anything else, e.g. a refused key).
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Protocol
from urllib.parse import urlsplit

import requests
from deep_translator import (
    DeeplTranslator,
    GoogleTranslator,
    LibreTranslator,
    MicrosoftTranslator,
    MyMemoryTranslator,
)
from deep_translator.base import BaseTranslator
from deep_translator.constants import DEEPL_ENV_VAR, LIBRE_ENV_VAR, MSFT_ENV_VAR
from deep_translator.exceptions import LanguageNotSupportedException

ENGINE_NAMES = ("google", "deepl", "microsoft", "libre", "mymemory")
DEFAULT_TIMEOUT = 30.0


class EngineError(Exception):
    """A request failed in a way that retrying will not fix (bad key, unsupported language...)."""


class Retryable(EngineError):
    """Rate limit, server error, timeout or an empty answer: worth another try after a pause."""


class Unreachable(Retryable):
    """DNS or connection failure: on the very first request this means the machine is offline."""


class Engine(Protocol):
    """What the translator needs from an MT service: one text in, its translation out."""

    name: str
    cache_key: str  # the engine and, for self-hosted services, its URL: a cache entry's origin
    max_chars: int

    def translate(self, text: str) -> str: ...


@dataclass
class _Call:
    session: requests.Session
    timeout: float
    status: int | None = None


_CALL: ContextVar[_Call | None] = ContextVar("pipeline_translate_call", default=None)


class _RequestsShim:
    """Stands in for the `requests` module inside deep-translator's engine modules.

    Every attribute but `get`/`post` is the real module's, so `requests.exceptions...` still works
    there; `get`/`post` go through the session and timeout of the engine call in progress.
    """

    def __getattr__(self, name: str) -> Any:
        return getattr(requests, name)

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        return self._request("GET", url, **kwargs)

    def post(self, url: str, **kwargs: Any) -> requests.Response:
        return self._request("POST", url, **kwargs)

    @staticmethod
    def _request(method: str, url: str, **kwargs: Any) -> requests.Response:
        call = _CALL.get()
        if call is None:  # deep-translator used directly elsewhere in the process
            kwargs.setdefault("timeout", DEFAULT_TIMEOUT)
            return requests.request(method, url, **kwargs)
        kwargs.setdefault("timeout", call.timeout)
        response = call.session.request(method, url, **kwargs)
        call.status = response.status_code
        return response


_SHIM = _RequestsShim()
_PATCHED_MODULES = ("google", "deepl", "microsoft", "libre", "mymemory")


def _install_shim() -> None:
    for name in _PATCHED_MODULES:
        module = importlib.import_module(f"deep_translator.{name}")
        module.requests = _SHIM


def _classify(exc: Exception, status: int | None) -> EngineError:
    """Map a failure of one deep-translator call to our three kinds of error."""
    if isinstance(exc, EngineError):
        return exc
    if isinstance(exc, requests.ConnectionError) and not isinstance(exc, requests.ReadTimeout):
        url = exc.request.url if exc.request is not None else ""
        return Unreachable(f"cannot connect to {urlsplit(url).netloc or 'the service'}")
    if isinstance(exc, requests.Timeout):
        return Retryable(f"timed out: {exc}")
    detail = f"{type(exc).__name__}: {exc} (HTTP {status})"
    if status is None or status == 429 or status >= 500 or 200 <= status < 300:
        # 2xx with an exception = empty or malformed answer, which these services return at random.
        return Retryable(detail)
    return EngineError(detail)


@dataclass
class DeepTranslatorEngine:
    """One deep-translator client behind our `Engine` interface, created on first use.

    Creation is lazy because some clients (Microsoft) already make a request in their constructor,
    and that request must get the same timeout and offline handling as a translation.
    """

    name: str
    cache_key: str
    factory: Callable[[], BaseTranslator]
    max_chars: int
    timeout: float
    session: requests.Session = field(default_factory=requests.Session)
    _client: BaseTranslator | None = None

    def translate(self, text: str) -> str:
        call = _Call(self.session, self.timeout)
        token = _CALL.set(call)
        try:
            if self._client is None:
                self._client = self.factory()
            result = self._client.translate(text)
        except Exception as exc:
            raise _classify(exc, call.status) from exc
        finally:
            _CALL.reset(token)
        if not isinstance(result, str) or (text.strip() and not result.strip()):
            raise Retryable(f"empty translation (HTTP {call.status})")
        return result


def _with_languages(cls: type[BaseTranslator], source: str, target: str, **kwargs: Any):
    """Build a client for source→target even when its language table is out of date.

    deep-translator 1.11.4's LibreTranslator has no Dutch in its table although LibreTranslate
    serves it; the client's public `source`/`target` setters take the code without checking.
    """
    try:
        return cls(source=source, target=target, **kwargs)
    except LanguageNotSupportedException:
        client = cls(**kwargs)
        client.source, client.target = source, target
        return client


def _libre(url: str | None, source: str, target: str) -> BaseTranslator:
    key = os.environ.get(LIBRE_ENV_VAR)
    kwargs: dict[str, Any] = {"api_key": key or "unused"}
    if url:
        kwargs["custom_url"] = url if url.endswith("/") else url + "/"
    client = _with_languages(LibreTranslator, source, target, **kwargs)
    if not key:
        # The client insists on a key; self-hosted servers usually need none, so send none.
        client.api_key = None
    return client


def _factory(name: str, url: str | None, source: str, target: str) -> Callable[[], BaseTranslator]:
    clients: dict[str, Callable[[], BaseTranslator]] = {
        "google": lambda: _with_languages(GoogleTranslator, source, target),
        "mymemory": lambda: _with_languages(MyMemoryTranslator, source, target),
        "deepl": lambda: _with_languages(
            DeeplTranslator, source, target, api_key=os.environ.get(DEEPL_ENV_VAR)
        ),
        "microsoft": lambda: _with_languages(
            MicrosoftTranslator, source, target, api_key=os.environ.get(MSFT_ENV_VAR)
        ),
        "libre": lambda: _libre(url, source, target),
    }
    if name not in clients:
        raise ValueError(f"unknown translator {name!r}; choose from none, {', '.join(clients)}")
    return clients[name]


# Characters per request: Google refuses 5,000 and more; MyMemory 500; the others have no
# documented limit this low, so the same conservative figure as Google keeps requests small.
MAX_CHARS = {"google": 4500, "deepl": 4500, "microsoft": 4500, "libre": 4500, "mymemory": 450}


def make_engine(
    name: str, url: str | None, timeout: float, source: str = "nl", target: str = "en"
) -> DeepTranslatorEngine:
    """The deep-translator engine `name`, every request bounded by `timeout` seconds."""
    _install_shim()
    return DeepTranslatorEngine(
        name=name,
        cache_key=f"{name}@{url}" if url else name,
        factory=_factory(name, url, source, target),
        max_chars=MAX_CHARS[name],
        timeout=timeout,
    )
