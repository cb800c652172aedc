"""Static HTML report: an index of the batch and one page per article, highlights included.

The report is for an analyst checking articles by eye, offline, so every page is self-contained: CSS
and the little JavaScript it uses are inlined, and a Content-Security-Policy forbids any network load.
Article text is untrusted input: all of it reaches the page through Jinja2 autoescaping (the
highlighting is a tree of nodes rendered by a template macro, never HTML assembled in Python), and the
policy allows only our own inline script, by hash, as a second line of defence.

Overlapping spans (a claim inside a quote inside a demand, an entity crossing a claim's edge) are
rendered as properly nested elements: where two spans cross, the inner one is closed and reopened as
a continuation (`data-cont`), so each span has exactly one element carrying `data-id`. Each kind is
drawn on its own visual channel (see report.css), so nesting never hides one kind behind another.

`claims.html`, `quotes.html` and `demands.html` list every item of the batch, filterable, with the
claim clusters shown as "also reported by …" (`pipeline.output.explorer`).

Pages carry a generator marker; a re-render deletes marked pages in its own `articles/` folder whose
article is gone from the run, and nothing else.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from pydantic import ValidationError

from pipeline.english.values import unit_label
from pipeline.ingest import safe_id
from pipeline.output.explorer import KIND_TABLES, PAGES, Explorer, measure_key
from pipeline.output.json_files import iter_result_paths, read_result
from pipeline.output.names import ERRORS_FILE, REPORT_GENERATOR, REPORT_MARKER, RUN_FILE
from pipeline.schema import ArticleResult, Claim, Demand, Entity, Quote

ARTICLES_DIR = "articles"
PAGE_SIZE = 100
TOP_N = 20

# Outer to inner when two spans cover the same text: a demand may contain a quote, a quote a claim,
# and any of them an entity mention.
KINDS = ("demand", "quote", "claim", "entity")
_RANK = {kind: rank for rank, kind in enumerate(KINDS)}


@dataclass(frozen=True)
class Annotation:
    """One span to highlight; `anchor` is the HTML id of its first element (None: no id)."""

    kind: str
    id: str
    start: int
    end: int
    title: str
    label: str | None = None
    anchor: str | None = None


@dataclass
class Node:
    """An element of the highlighted text; `children` are strings (text) and nested nodes."""

    annotation: Annotation
    cont: bool
    children: list[Node | str] = field(default_factory=list)


@dataclass
class Row:
    """What the index shows about one article."""

    page: str
    id: str
    title: str | None
    date: str | None
    entities: int
    claims: int
    demands: int
    quotes: int
    translation: str
    missing: int


@dataclass
class ReportSummary:
    index: Path
    pages: dict[str, Path]
    errors: int
    removed: list[Path] = field(default_factory=list)
    explorer: dict[str, Path] = field(default_factory=dict)

    @property
    def articles(self) -> int:
        return len(self.pages)


# ---------------------------------------------------------------- highlighting


def _fmt_number(value: float | None, grouped: bool = True) -> str:
    if value is None:
        return "?"
    if not grouped:
        return f"{value:.10g}"
    # Thousands separated: 300,000,000 is read at a glance, 300000000 is counted digit by digit.
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.10g}"


def claim_value(claim: Claim) -> str:
    """`12`, `10–15`, `?`, `2019` (a calendar year is never grouped): the value (range) as a
    reader wants to see it."""
    grouped = claim.measure != "calendar_year"
    if claim.value_max is not None and claim.value_max != claim.value:
        return f"{_fmt_number(claim.value, grouped)}–{_fmt_number(claim.value_max, grouped)}"
    return _fmt_number(claim.value, grouped)


def claim_unit(claim: Claim) -> str:
    """What the value counts or measures, in English, from its measure: "weeks", "percentage
    points", "calendar year", "euros"; the coarse unit (people, count) where the measure adds
    nothing, and for files written before measures existed."""
    return unit_label(claim) or claim.unit


def _lines(*pairs: tuple[str, object]) -> str:
    return "\n".join(f"{name}: {value}" for name, value in pairs if value not in (None, "", []))


def _entity_title(entity: Entity) -> str:
    role = entity.role and (f"{entity.role} ({entity.role_en})" if entity.role_en else entity.role)
    return _lines(
        ("entity", f"{entity.name} [{entity.label}]"),
        ("English", entity.name_en),
        ("role", role),
        ("affiliation", entity.affiliation),
    )


def _claim_title(claim: Claim) -> str:
    hedge = claim.hedge.replace("_", " ")
    subject = claim.subject and (
        f"{claim.subject} / {claim.subject_en}" if claim.subject_en else claim.subject
    )
    return _lines(
        ("claim", claim.id),
        ("value", f"{claim_value(claim)} {claim_unit(claim)} ({hedge})"),
        ("measure", " ".join(filter(None, (claim.measure, claim.measure_unit))).replace("_", " ")),
        ("subject", subject),
        ("source", claim.attributed_to or "not attributed"),
        ("English", claim.value_en),
        ("sentence (English)", claim.sentence_en),
    )


def _quote_title(quote: Quote) -> str:
    speaker = quote.speaker and (
        f"{quote.speaker} ({quote.speaker_role})" if quote.speaker_role else quote.speaker
    )
    return _lines(
        ("quote", quote.id),
        ("speaker", speaker or "unknown"),
        ("cue", quote.cue),
        ("English", quote.text_en),
    )


def _demand_title(demand: Demand) -> str:
    action = demand.action and (
        f"{demand.action} / {demand.action_en}" if demand.action_en else demand.action
    )
    return _lines(
        ("demand", demand.id),
        ("actor → addressee", f"{demand.actor or '?'} → {demand.addressee or '?'}"),
        ("modality", demand.modality.replace("_", " ")),
        ("action", action),
        ("English", demand.text_en),
    )


def annotations(result: ArticleResult) -> list[Annotation]:
    """Every span of `result` to highlight: entity mentions, claims, quotes and demands."""
    size = len(result.article.text)

    def clamp(start: int, end: int) -> tuple[int, int]:
        start = min(max(start, 0), size)
        return start, min(max(end, start), size)

    found: list[Annotation] = []
    for entity in result.entities:
        title = _entity_title(entity)
        for mention in entity.mentions:
            start, end = clamp(mention.start, mention.end)
            found.append(Annotation("entity", entity.id, start, end, title, entity.label))
    for kind, items, make_title in (
        ("claim", result.claims, _claim_title),
        ("quote", result.quotes, _quote_title),
        ("demand", result.demands, _demand_title),
    ):
        for item in items:
            start, end = clamp(item.start, item.end)
            found.append(
                Annotation(kind, item.id, start, end, make_title(item), anchor=f"{kind}-{item.id}")
            )
    return found


def highlight_tree(text: str, spans: Iterable[Annotation]) -> list[Node | str]:
    """`text` as a forest of properly nested nodes, one per span plus continuations where spans cross.

    A sweep over the span boundaries keeps a stack of open nodes. At a boundary every span that ends
    there is closed; spans above it on the stack that go on are closed too and reopened as
    continuations. Spans to open are opened longest first, so the outer span stays outer.
    """
    pending = sorted(spans, key=lambda a: (a.start, -a.end, _RANK[a.kind]))
    root = Node(Annotation("root", "", 0, len(text), ""), cont=False)
    stack: list[Node] = [root]
    boundaries = sorted({0, len(text)} | {a.start for a in pending} | {a.end for a in pending})
    position = 0
    next_span = 0
    for boundary in boundaries:
        if boundary > position:
            stack[-1].children.append(text[position:boundary])
            position = boundary
        reopen: list[Node] = []
        while any(node.annotation.end <= boundary for node in stack[1:]):
            node = stack.pop()
            if node.annotation.end > boundary:
                reopen.append(Node(node.annotation, cont=True))
        starting: list[Node] = []
        while next_span < len(pending) and pending[next_span].start == boundary:
            starting.append(Node(pending[next_span], cont=False))
            next_span += 1
        for node in sorted(
            reopen + starting, key=lambda n: (-n.annotation.end, _RANK[n.annotation.kind])
        ):
            stack[-1].children.append(node)
            if node.annotation.end > boundary:
                stack.append(node)
    return root.children


# ---------------------------------------------------------------- batch input


def read_errors(out_dir: Path) -> list[dict]:
    """The `_errors.jsonl` records of a run; a line that is not a JSON object becomes a record too."""
    path = out_dir / ERRORS_FILE
    if not path.exists():
        return []
    records = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            record = None
            message = f"{ERRORS_FILE} line {number}: {error}"
        else:
            message = f"{ERRORS_FILE} line {number} is not an object"
        if not isinstance(record, dict):
            record = {
                "id": "",
                "source": ERRORS_FILE,
                "error": "UnreadableLine",
                "message": message,
            }
        records.append({k: str(record.get(k, "")) for k in ("id", "source", "error", "message")})
    return records


def read_run(out_dir: Path) -> dict:
    """`_run.json` as flat key → text pairs for display; empty when absent or unreadable."""
    try:
        data = json.loads((out_dir / RUN_FILE).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v if isinstance(v, str) else json.dumps(v) for k, v in data.items()}


def _results(out_dir: Path, errors: list[dict]) -> Iterator[ArticleResult]:
    """Article results, one at a time; a file that does not validate is reported, not fatal."""
    for path in iter_result_paths(out_dir):
        try:
            yield read_result(path)
        except (ValidationError, ValueError, OSError) as error:
            message = str(error).splitlines()[0] if str(error) else type(error).__name__
            errors.append(
                {
                    "id": path.stem,
                    "source": path.name,
                    "error": type(error).__name__,
                    "message": f"report could not read it: {message}",
                }
            )


# ---------------------------------------------------------------- rendering


def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("pipeline.output", "templates"),
        autoescape=select_autoescape(["html"], default=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["claim_value"] = claim_value
    env.globals["claim_unit"] = claim_unit
    env.globals["generator"] = REPORT_GENERATOR
    return env


def _static(name: str) -> str:
    return files("pipeline.output").joinpath("static", name).read_text(encoding="utf-8")


def _csp_hash(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(style: str, script: str | None) -> str:
    """No network, no plugins, no forms; only our own inline style and script, by hash."""
    script_src = _csp_hash(script) if script else "'none'"
    return (
        f"default-src 'none'; style-src {_csp_hash(style)}; script-src {script_src}; "
        "img-src data:; base-uri 'none'; form-action 'none'; object-src 'none'"
    )


class _Assets:
    """CSS and JS read once per report, with the policy that admits exactly them."""

    def __init__(self) -> None:
        self.css = _static("report.css")
        self.index_js = _static("index.js")
        self.article_js = _static("article.js")
        self.explorer_js = _static("explorer.js")
        for source in (self.index_js, self.article_js, self.explorer_js):
            if "</script" in source.lower():
                raise ValueError("inline script must not contain '</script'")
        self.index_csp = content_security_policy(self.css, self.index_js)
        self.article_csp = content_security_policy(self.css, self.article_js)
        self.explorer_csp = content_security_policy(self.css, self.explorer_js)


def _page_name(result: ArticleResult, taken: set[str]) -> str:
    """A file name for the article page, safe and unique even if ids are not."""
    stem = safe_id(result.article.id)
    name, n = f"{stem}.html", 1
    while name.lower() in taken:
        n += 1
        name = f"{stem}-{n}.html"
    taken.add(name.lower())
    return name


BAR_STEP = 22  # px per bar: room for 12px labels without crowding
LABEL_WIDTH = 250  # px left of the bars for labels (truncated to LABEL_CHARS, full text on hover)
LABEL_CHARS = 34


def _bar_chart(items: list[tuple[str, int, str, str | None]], width: int = 170) -> dict:
    """Geometry of a horizontal bar chart, one bar per (label, count, note, link), scaled to the top."""
    top = max((count for _, count, _, _ in items), default=0) or 1
    bars = [
        {
            "label": label,
            "note": note,
            "href": href,
            "y": i * BAR_STEP,
            "width": max(round(width * count / top, 1), 1),
        }
        for i, (label, count, note, href) in enumerate(items)
    ]
    return {
        "bars": bars,
        "height": len(bars) * BAR_STEP,
        "width": width,
        "label_width": LABEL_WIDTH,
        "label_chars": LABEL_CHARS,
        "step": BAR_STEP,
        # Room right of the longest bar for its note ("12 mentions, 3 articles").
        "total_width": LABEL_WIDTH + 8 + width + 140,
    }


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


def _mentions_note(mentions: int, articles: int) -> str:
    return f"{_plural(mentions, 'mention')}, {_plural(articles, 'article')}"


def _is_our_page(path: Path) -> bool:
    """A regular `.html` file (not a link) whose head carries our generator marker."""
    if path.is_symlink() or not path.is_file() or path.suffix != ".html":
        return False
    try:
        with path.open("r", encoding="utf-8", errors="replace") as handle:
            head = handle.read(2048)
    except OSError:
        return False
    return REPORT_MARKER in head


def remove_stale_pages(pages_dir: Path, keep: set[str]) -> list[Path]:
    """Delete pages a previous report wrote for articles that are gone; `keep`: lower-cased names.

    Re-rendering into the same folder would otherwise leave pages that the index no longer links,
    still reachable by bookmark and showing stale results. Only files directly in our own
    `articles/` folder that carry our marker are touched; anything else a person put there stays.
    """
    removed = []
    for path in sorted(pages_dir.iterdir()):
        if path.name.lower() not in keep and _is_our_page(path):
            path.unlink()
            removed.append(path)
    return removed


def render_article(result: ArticleResult, env: Environment, assets: _Assets) -> str:
    """The HTML page of one article."""
    return env.get_template("article.html").render(
        result=result,
        article=result.article,
        tree=highlight_tree(result.article.text, annotations(result)),
        css=assets.css,
        script=assets.article_js,
        csp=assets.article_csp,
    )


def render_report(
    out_dir: Path, report_dir: Path, page_size: int = PAGE_SIZE, top_n: int = TOP_N
) -> ReportSummary:
    """Write `report_dir/index.html` and `report_dir/articles/<id>.html` for the run in `out_dir`.

    Articles are read and rendered one at a time, so memory does not grow with the batch; the
    index keeps one small row per article.
    """
    env = _environment()
    assets = _Assets()
    errors = read_errors(out_dir)
    pages_dir = report_dir / ARTICLES_DIR
    pages_dir.mkdir(parents=True, exist_ok=True)
    batch = _Batch()
    for result in _results(out_dir, errors):
        page = _page_name(result, batch.taken)
        # Pages are derived and rewritten on every run: plain writes (an fsync per page doubled the
        # run time) with the usual permissions, so a shared or served report stays readable.
        (pages_dir / page).write_text(render_article(result, env, assets), encoding="utf-8")
        batch.add(result, pages_dir / page)
    # `taken` holds every page name written above (lower-cased), so duplicate ids are kept too.
    removed = remove_stale_pages(pages_dir, batch.taken)
    index = report_dir / "index.html"
    html = render_index(batch, errors, out_dir, env, assets, page_size, top_n)
    index.write_text(html, encoding="utf-8")
    explorer_pages = render_explorer(
        batch.explorer, env, assets, report_dir, len(batch.rows), page_size
    )
    return ReportSummary(
        index=index, pages=batch.pages, errors=len(errors), removed=removed, explorer=explorer_pages
    )


@dataclass
class _Batch:
    """What the index and the explorer pages need of the articles, gathered page by page."""

    rows: list[Row] = field(default_factory=list)
    pages: dict[str, Path] = field(default_factory=dict)
    taken: set[str] = field(default_factory=set)  # page names written, lower-cased
    mentions: Counter[tuple[str, str]] = field(default_factory=Counter)  # (name, label) → count
    articles_with: Counter[tuple[str, str]] = field(default_factory=Counter)
    explorer: Explorer = field(default_factory=Explorer)

    def add(self, result: ArticleResult, path: Path) -> None:
        """Count in one article whose page is `path` (in the `articles/` folder)."""
        link = f"{ARTICLES_DIR}/{path.name}"
        self.pages[result.article.id] = path
        self.explorer.add(result, link)
        self.rows.append(
            Row(
                page=link,
                id=result.article.id,
                title=result.article.title,
                date=result.article.date,
                entities=len(result.entities),
                claims=len(result.claims),
                demands=len(result.demands),
                quotes=len(result.quotes),
                translation=result.translation.status,
                missing=len(result.translation.missing),
            )
        )
        for entity in result.entities:
            key = (entity.name, entity.label)
            self.mentions[key] += len(entity.mentions)
            self.articles_with[key] += 1


def render_index(
    batch: _Batch,
    errors: list[dict],
    out_dir: Path,
    env: Environment,
    assets: _Assets,
    page_size: int,
    top_n: int,
) -> str:
    """The index page: totals, the top-`top_n` charts, the article table and the errors."""
    rows = batch.rows
    by_claims = sorted(rows, key=lambda r: (-r.claims, r.id))[:top_n]
    claims_chart = _bar_chart(
        [
            (r.title or r.id, r.claims, _plural(r.claims, "claim"), r.page)
            for r in by_claims
            if r.claims
        ]
    )
    top_entities = sorted(batch.mentions.items(), key=lambda kv: (-kv[1], kv[0]))[:top_n]
    entity_chart = _bar_chart(
        [
            (
                f"{name} ({label})",
                count,
                _mentions_note(count, batch.articles_with[name, label]),
                None,
            )
            for (name, label), count in top_entities
        ]
    )
    totals = {
        kind: sum(getattr(r, kind) for r in rows)
        for kind in ("entities", "claims", "demands", "quotes")
    }
    return env.get_template("index.html").render(
        rows=rows,
        errors=errors,
        run=read_run(out_dir),
        totals=totals,
        claims_chart=claims_chart,
        entity_chart=entity_chart,
        top_n=top_n,
        page_size=page_size,
        source_dir=str(out_dir),
        css=assets.css,
        script=assets.index_js,
        csp=assets.index_csp,
    )


EXPLORER_LABELS = {"claim": "Claims", "quote": "Quotes", "demand": "Demands"}


def render_explorer(
    explorer: Explorer,
    env: Environment,
    assets: _Assets,
    report_dir: Path,
    articles: int,
    page_size: int,
) -> dict[str, Path]:
    """`claims.html`, `quotes.html`, `demands.html`: every item of the batch, filterable."""
    shared = explorer.link_clusters()
    written = {}
    for kind in KIND_TABLES:
        html = env.get_template("explorer.html").render(
            kind=kind,
            heading=EXPLORER_LABELS[kind],
            labels=EXPLORER_LABELS,
            pages=PAGES,
            rows=explorer.rows[kind],
            articles=articles,
            shared=shared,
            entity_options=explorer.entity_options(kind),
            units=explorer.units(),
            measures=explorer.measures(),
            measure_key=measure_key,
            page_size=page_size,
            css=assets.css,
            script=assets.explorer_js,
            csp=assets.explorer_csp,
        )
        path = report_dir / PAGES[kind]
        path.write_text(html, encoding="utf-8")
        written[kind] = path
    return written
