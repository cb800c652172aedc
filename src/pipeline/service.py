"""`pipeline serve`: the analysis as an HTTP service (FastAPI on uvicorn).

- `POST /analyze` takes `{"text", "title"?, "date"?, "id"?, "url"?}` and answers the article JSON,
  exactly what `pipeline run` writes for that text (same `Analyzer`, language check and
  `EnglishStep`). `POST /analyze/batch` takes up to `MAX_BATCH` articles and parses them together
  (`nlp.pipe`). `GET /health`, `GET /version`; OpenAPI docs at `/docs`.
- Each uvicorn worker process loads the model once, at startup, before it accepts requests. A
  spaCy pipeline is not meant to be shared by threads, so a worker analyses one request at a time
  (`_ANALYSIS`); more workers (`--workers N`) serve more requests at once. MT, which waits on the
  network, runs outside that lock.
- Machine translation only when a request asks for it (`"translate": true`) and the server was
  started with a translator; otherwise offline English, as `--translator none`.
- Errors are JSON, `{"error", "message", "id", "fields"?}`: 413 for a body over the limit, 422 for
  invalid JSON, a missing text, a bad field, a text over `--max-chars` or a text that is not Dutch
  (with the field), 500 with an id for a failed analysis. The id is in the server log next to the traceback; the body never
  holds a traceback.

Settings travel to the worker processes in the `PIPELINE_SERVICE` environment variable (JSON),
since uvicorn starts each worker by importing `create_app`.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException

from pipeline import __version__
from pipeline.limits import DEFAULT_MAX_CHARS
from pipeline.schema import Article, ArticleResult

LOGGER = logging.getLogger(__name__)
SETTINGS_ENV = "PIPELINE_SERVICE"
MAX_BATCH = 100
MAX_BODY_BYTES = 5 * 1024 * 1024
SOURCE = "<http>"
_ANALYSIS = threading.Lock()


@dataclass
class ServiceSettings:
    """What `pipeline serve` was started with."""

    model: str | None = None
    translator: str = "none"  # the engine used for requests that ask for translation
    translator_url: str | None = None
    cache: str | None = None
    timeout: float = 20.0
    max_body: int = MAX_BODY_BYTES
    max_chars: int = DEFAULT_MAX_CHARS  # longer articles are refused (422), as `run` reports them
    verbose: int = 0
    quiet: bool = False

    def to_env(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_env(cls) -> ServiceSettings:
        raw = os.environ.get(SETTINGS_ENV)
        return cls(**json.loads(raw)) if raw else cls()


# Request and response bodies (they document themselves in /docs).


class ArticleIn(BaseModel):
    """One article to analyse."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article body (Dutch).")
    title: str | None = Field(None, description="Headline, if any.")
    date: str | None = Field(
        None,
        pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$",
        description="Publication date: YYYY, YYYY-MM or YYYY-MM-DD.",
    )
    id: str | None = Field(
        None, description="Article id (made safe as a file name); default: from the text's hash."
    )
    url: str | None = Field(None, description="Where the article was published, kept as is.")
    force_language: Literal["nl"] | None = Field(
        None, description="Analyse as Dutch even if the text looks like another language."
    )


class AnalyzeRequest(ArticleIn):
    translate: bool = Field(
        False,
        description="Machine-translate the Dutch fields (if the server has a translator); "
        "otherwise offline English only.",
    )


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(
        min_length=1, max_length=MAX_BATCH, description=f"1 to {MAX_BATCH} articles."
    )
    translate: bool = Field(False, description="As for /analyze, for every article.")


class BatchError(BaseModel):
    index: int = Field(description="Position of the article in the request.")
    id: str = Field(description="The article's id.")
    error: str = Field(description="Error class, e.g. NotDutchError.")
    message: str = Field(description="What went wrong.")


class BatchResponse(BaseModel):
    results: list[ArticleResult] = Field(description="Analysed articles, in request order.")
    errors: list[BatchError] = Field(description="Articles that could not be analysed.")


class FieldError(BaseModel):
    field: str = Field(description="Where in the request: e.g. 'text' or 'articles.2.date'.")
    message: str


class ErrorBody(BaseModel):
    error: str = Field(description="Kind of error, e.g. invalid_request, not_dutch.")
    message: str
    id: str = Field(description="Error id, also in the server log.")
    fields: list[FieldError] | None = None


class Health(BaseModel):
    status: Literal["ok"]
    model: str
    model_version: str
    pid: int = Field(description="The worker process that answered.")


class VersionInfo(BaseModel):
    version: str
    model: str
    model_version: str


_ERRORS: dict[int | str, dict[str, Any]] = {
    413: {"model": ErrorBody, "description": "Request body over the size limit."},
    422: {"model": ErrorBody, "description": "Invalid JSON, a missing or bad field, not Dutch."},
    500: {"model": ErrorBody, "description": "The analysis failed; quote the id."},
}


class _ServiceError(Exception):
    """An answer other than 200, raised from a handler; rendered by `_add_error_handlers`."""

    def __init__(
        self,
        status: int,
        error: str,
        message: str,
        field: str | None = None,
        error_id: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.error, self.message, self.field = status, error, message, field
        self.error_id = error_id


class BodyTooLarge(HTTPException):
    """Raised while reading a body that turns out longer than the limit (no Content-Length)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body larger than {limit} bytes")


class BodyLimit:
    """ASGI middleware: refuse bodies over `limit` bytes, by Content-Length or while reading."""

    def __init__(self, app, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            response = _error_response(413, "too_large", str(BodyTooLarge(self.limit).detail))
            await response(scope, receive, send)
            return
        received = 0

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        await self.app(scope, limited_receive, send)


def _new_error_id() -> str:
    return uuid.uuid4().hex[:12]


def _error_response(
    status: int,
    error: str,
    message: str,
    fields: list[FieldError] | None = None,
    error_id: str | None = None,
) -> JSONResponse:
    error_id = error_id or _new_error_id()
    body = ErrorBody(error=error, message=message, id=error_id, fields=fields)
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status)


def _field_error(error: dict) -> FieldError:
    """A pydantic/FastAPI validation error as field and message ("articles.2.date")."""
    if error.get("type") == "json_invalid":
        detail = (error.get("ctx") or {}).get("error", "")
        return FieldError(field="body", message=f"invalid JSON: {detail}".rstrip(": "))
    parts = [str(p) for p in error.get("loc", ()) if p != "body"]
    return FieldError(field=".".join(parts) or "body", message=error.get("msg", "invalid"))


def create_app(settings: ServiceSettings | None = None) -> FastAPI:
    """The application (uvicorn calls this in each worker, with settings from the environment)."""
    settings = settings or ServiceSettings.from_env()
    if not logging.getLogger().handlers:
        from pipeline.logs import setup_logging

        setup_logging(settings.verbose, settings.quiet)
    app = FastAPI(
        title="pipeline",
        version=__version__,
        summary="Dutch news in, English analysis out: entities, numeric claims, quotes, demands.",
        lifespan=_load_model,
    )
    app.state.settings = settings
    app.add_middleware(BodyLimit, limit=settings.max_body)
    _add_error_handlers(app)
    app.include_router(ROUTES)
    return app


@asynccontextmanager
async def _load_model(app: FastAPI):
    """Load the model once per worker, before it accepts requests."""
    from pipeline.api import get_analyzer

    settings: ServiceSettings = app.state.settings
    started = time.perf_counter()
    app.state.analyzer = get_analyzer(settings.model, settings.max_chars)
    info = app.state.analyzer.info
    LOGGER.info(
        "worker %d: model %s %s loaded in %.1f s",
        os.getpid(),
        info.model,
        info.model_version,
        time.perf_counter() - started,
    )
    yield


# The endpoints; each reads the worker's settings and analyzer from `app.state`.
ROUTES = APIRouter()


@ROUTES.post("/analyze", response_model=ArticleResult, responses=_ERRORS)
def analyze(request: AnalyzeRequest, http: Request) -> Response:
    """Analyse one article; the answer is its JSON as `pipeline run` writes it."""
    settings: ServiceSettings = http.app.state.settings
    english = _english(settings, request.translate)
    article = _article(request)
    _check_article(article, request.force_language, settings.max_chars, "text")
    result = _analyze_one(http.app.state.analyzer, article)
    [result] = english([result])
    return Response(result.model_dump_json(), media_type="application/json")


@ROUTES.post(
    "/analyze/batch",
    response_model=BatchResponse,
    responses=_ERRORS,
    description=f"Analyse 1 to {MAX_BATCH} articles together (one `nlp.pipe` batch). An "
    "article that is too long, not Dutch or whose analysis fails is listed in `errors`; the "
    "others are in `results`, in request order.",
)
def analyze_batch(request: BatchRequest, http: Request) -> Response:
    settings: ServiceSettings = http.app.state.settings
    english = _english(settings, request.translate)
    todo, errors = _screen(request.articles, settings.max_chars)
    positions = {id(article): index for index, article in todo}

    def on_error(article: Article, error: Exception) -> None:
        _error_id, message = _log_failure(article, error)
        errors.append(_batch_error(positions[id(article)], article, error, message))

    with _ANALYSIS:
        analyzer = http.app.state.analyzer
        results = list(
            analyzer.pipe((a for _, a in todo), batch_size=len(todo) or 1, on_error=on_error)
        )
    body = BatchResponse(results=english(results), errors=sorted(errors, key=_index))
    return Response(body.model_dump_json(), media_type="application/json")


@ROUTES.get("/health", response_model=Health)
def health(http: Request) -> Health:
    """Ready: the model is loaded in this worker."""
    info = http.app.state.analyzer.info
    return Health(status="ok", model=info.model, model_version=info.model_version, pid=os.getpid())


@ROUTES.get("/version", response_model=VersionInfo)
def version(http: Request) -> VersionInfo:
    """The pipeline's version and the model's, as recorded in every result."""
    info = http.app.state.analyzer.info
    return VersionInfo(version=__version__, model=info.model, model_version=info.model_version)


def _screen(
    items: list[ArticleIn], max_chars: int
) -> tuple[list[tuple[int, Article]], list[BatchError]]:
    """The batch's articles to analyse (with their positions), and those refused as `run` would."""
    from pipeline.language import NotDutchError
    from pipeline.limits import TextTooLongError

    todo: list[tuple[int, Article]] = []
    errors: list[BatchError] = []
    for index, item in enumerate(items):
        article = _article(item, field=f"articles.{index}")
        try:
            _refusal(article, item.force_language, max_chars)
        except (NotDutchError, TextTooLongError) as error:
            errors.append(_batch_error(index, article, error))
        else:
            todo.append((index, article))
    return todo, errors


def _index(error: BatchError) -> int:
    return error.index


def _batch_error(
    index: int, article: Article, error: Exception, message: str | None = None
) -> BatchError:
    return BatchError(
        index=index, id=article.id, error=type(error).__name__, message=message or str(error)
    )


def _english(settings: ServiceSettings, translate: bool):
    """This request's English step: a fresh translator (its failure state is per request)."""
    from pipeline.translate import EnglishStep

    if translate and settings.translator == "none":
        raise _ServiceError(
            422,
            "translation_unavailable",
            "this server has no translator; start it with --translator NAME",
            "translate",
        )
    name = settings.translator if translate else "none"
    cache = Path(settings.cache) if settings.cache else None
    return EnglishStep.create(name, settings.translator_url, cache, settings.timeout)


def _article(item: ArticleIn, field: str | None = None) -> Article:
    from pipeline.api import make_input_article

    try:
        return make_input_article(
            item.text, item.title, item.date, id=item.id, url=item.url, source=SOURCE
        )
    except ValueError as error:
        raise _ServiceError(422, "invalid_request", str(error), _join(field, "text")) from None


def _join(prefix: str | None, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def _refusal(article: Article, force_language: str | None, max_chars: int) -> None:
    """Raise what `pipeline run` would record instead of analysing: too long, or not Dutch."""
    from pipeline.language import check_dutch
    from pipeline.limits import too_long

    if len(article.text) > max_chars:
        raise too_long(len(article.text), max_chars)
    check_dutch(article.text, force_language)


def _check_article(
    article: Article, force_language: str | None, max_chars: int, field: str
) -> None:
    """`_refusal` as a 422 naming `field`."""
    from pipeline.language import NotDutchError
    from pipeline.limits import TextTooLongError

    try:
        _refusal(article, force_language, max_chars)
    except TextTooLongError as error:
        raise _ServiceError(422, "too_long", str(error), field) from None
    except NotDutchError as error:
        raise _ServiceError(422, "not_dutch", str(error), field) from None


def _analyze_one(analyzer, article: Article) -> ArticleResult:
    try:
        with _ANALYSIS:
            return analyzer(article)
    except Exception as error:
        error_id, message = _log_failure(article, error)
        raise _ServiceError(500, "analysis_failed", message, error_id=error_id) from None


def _log_failure(article: Article, error: Exception) -> tuple[str, str]:
    """Log a failed analysis with its traceback under a new error id; the id and the client's
    message, which names the id and never the traceback."""
    error_id = _new_error_id()
    LOGGER.error("analysis failed [%s] for %s", error_id, article.id, exc_info=error)
    return error_id, f"analysis failed (error id {error_id})"


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(_ServiceError)
    async def service_error(_request: Request, error: _ServiceError) -> JSONResponse:
        fields = [FieldError(field=error.field, message=error.message)] if error.field else None
        return _error_response(error.status, error.error, error.message, fields, error.error_id)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(_request: Request, error: RequestValidationError) -> JSONResponse:
        fields = [_field_error(e) for e in error.errors()]
        message = "; ".join(f"{f.field}: {f.message}" for f in fields) or "invalid request"
        return _error_response(422, "invalid_request", message, fields)

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, error: HTTPException) -> JSONResponse:
        kinds = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}
        return _error_response(
            error.status_code, kinds.get(error.status_code, "http_error"), str(error.detail)
        )

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, error: Exception) -> JSONResponse:
        error_id = _new_error_id()
        LOGGER.error("internal error [%s]", error_id, exc_info=error)
        message = f"internal error (error id {error_id})"
        return _error_response(500, "internal_error", message, error_id=error_id)


def check_address(host: str, port: int) -> None:
    """Raise `OutputError` now if the server could not listen on `host:port` (a port in use, an
    unknown host), instead of uvicorn's failure after the model has loaded."""
    import socket

    from pipeline.errors import OutputError, one_line

    try:
        family, kind, proto, _name, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM
        )[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            probe.bind(address)
    except OSError as error:
        raise OutputError(f"cannot listen on {host}:{port}: {one_line(error)}") from None


def run_server(
    settings: ServiceSettings, host: str = "127.0.0.1", port: int = 8000, workers: int = 1
) -> None:
    """Start uvicorn with `workers` processes, each building the app with `settings`."""
    import uvicorn

    os.environ[SETTINGS_ENV] = settings.to_env()
    log_level = "warning" if settings.quiet else ("debug" if settings.verbose > 1 else "info")
    uvicorn.run(
        "pipeline.service:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level=log_level,
        access_log=settings.verbose > 0,
    )
