"""The HTML report: highlighting (nesting, crossing), escaping, and the pages in a real browser."""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from pipeline.batch import run_batch
from pipeline.ingest import make_article
from pipeline.output.json_files import iter_result_paths, read_result, write_result
from pipeline.output.report import (
    KINDS,
    Annotation,
    Node,
    ReportSummary,
    annotations,
    claim_value,
    highlight_tree,
    render_report,
)
from pipeline.schema import (
    ArticleResult,
    Claim,
    Demand,
    Entity,
    PipelineInfo,
    Quote,
    Span,
    Translation,
)

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
INFO = PipelineInfo(version="test", model="none", model_version="0")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = '"><img src=x onerror=alert(2)>'

# Our own Dutch text: a claim inside a demand inside a quote, an entity crossing a claim's edge.
TEXT = (
    'Wethouder Karin Bosman van Utrecht zei dinsdag: "De gemeente moet ruim 40 procent meer '
    'woningen bouwen, want 1.200 gezinnen wachten al jaren."\n\n'
    "Volgens woningcorporatie Mitros staan ongeveer 350 huizen leeg in Utrecht. De huurdersbond "
    "eist dat minister Van Dijk binnen twee maanden met een plan komt."
)


def span(text: str, part: str, nth: int = 0) -> dict:
    """`start`, `end`, `text` of the nth occurrence of `part` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return {"start": start, "end": start + len(part), "text": part}


MEASURE_OF_UNIT = {  # what the extractor gives these coarse units (the others vary)
    "percent": ("percentage", None),
    "euro": ("money", "euro"),
    "people": ("count", None),
    "count": ("count", None),
}


def claim(text: str, cid: str, part: str, sentence: str, value: float, unit: str, **extra) -> Claim:
    """A claim on `part`, inside the sentence `sentence` (both looked up in `text`), with the
    measure the extractor gives its unit unless `extra` names one."""
    where = span(text, sentence)
    measure, measure_unit = MEASURE_OF_UNIT.get(unit, (None, None))
    extra.setdefault("measure", measure)
    extra.setdefault("measure_unit", measure_unit)
    return Claim(
        id=cid,
        value=value,
        unit=unit,
        sentence=sentence,
        sentence_start=where["start"],
        sentence_end=where["end"],
        **span(text, part),
        **extra,
    )


def sample_result(article_id: str = "utrecht") -> ArticleResult:
    """A hand-made result with correct offsets and overlapping spans of every kind."""
    article = make_article(
        article_id, f"{article_id}.txt", TEXT, title="Woningnood", date="2024-03-05"
    )
    t = article.text
    entities = [
        Entity(
            id="e1",
            name="Karin Bosman",
            label="PERSON",
            role="wethouder",
            role_en="alderman",
            name_en="Karin Bosman",
            mentions=[Span(**span(t, "Karin Bosman"))],
        ),
        Entity(
            id="e2",
            name="Utrecht",
            label="GPE",
            name_en="Utrecht",
            mentions=[Span(**span(t, "Utrecht")), Span(**span(t, "Utrecht", 1))],
        ),
        Entity(
            id="e3",
            name="Mitros",
            label="ORG",
            mentions=[Span(**span(t, "woningcorporatie Mitros"))],
        ),
        # Crosses the end of claim c3 ("ongeveer 350 huizen"): must be split, not mis-nested.
        Entity(
            id="e4", name="huizen leeg", label="MISC", mentions=[Span(**span(t, "huizen leeg"))]
        ),
    ]
    said = 'Wethouder Karin Bosman van Utrecht zei dinsdag: "De gemeente moet ruim 40 procent'
    said += ' meer woningen bouwen, want 1.200 gezinnen wachten al jaren."'
    empty = "Volgens woningcorporatie Mitros staan ongeveer 350 huizen leeg in Utrecht."
    claims = [
        claim(
            t,
            "c1",
            "ruim 40 procent",
            said,
            40,
            "percent",
            hedge="more_than",
            attributed_to="Karin Bosman",
            value_en="more than 40 percent",
            sentence_en="The municipality must build 40% more homes.",
        ),
        claim(t, "c2", "1.200 gezinnen", said, 1200, "people", attributed_to="Karin Bosman"),
        claim(
            t,
            "c3",
            "ongeveer 350 huizen",
            empty,
            350,
            "count",
            hedge="approx",
            attributed_to="Mitros",
            value_en="about 350 homes",
        ),
    ]
    quote_text = "De gemeente moet ruim 40 procent meer woningen bouwen, want 1.200 gezinnen wachten al jaren."
    quotes = [
        Quote(
            id="q1",
            speaker="Karin Bosman",
            speaker_role="wethouder",
            cue="zei",
            text_en="The municipality must build more than 40 percent more homes.",
            **span(t, quote_text),
        )
    ]
    demands = [
        Demand(
            id="d1",
            actor="Karin Bosman",
            addressee="gemeente",
            modality="must",
            action="woningen bouwen",
            action_en="build homes",
            **span(t, "De gemeente moet ruim 40 procent meer woningen bouwen"),
        ),
        Demand(
            id="d2",
            actor="huurdersbond",
            addressee="Van Dijk",
            modality="call_on",
            text_en="The tenants' union demands a plan within two months.",
            **span(t, "eist dat minister Van Dijk binnen twee maanden met een plan komt"),
        ),
    ]
    return ArticleResult(
        article=article,
        entities=entities,
        claims=claims,
        quotes=quotes,
        demands=demands,
        summary_en="Utrecht needs more homes; the tenants' union wants a plan.",
        translation=Translation(backend="test", status="partial", missing=["claims[1].value_en"]),
        pipeline=INFO,
    )


def empty_result() -> ArticleResult:
    """An article in which nothing was found."""
    article = make_article("leeg", "leeg.txt", "Er is niets gevonden.", title="Leeg")
    return ArticleResult(article=article, pipeline=INFO)


def xss_result() -> ArticleResult:
    """Hostile text in every field that reaches the page, including attribute values."""
    text = f"Tekst met {XSS_SCRIPT} en {XSS_IMG} erin, zegt 5 procent van de lezers."
    article = make_article('xss"><b>bold', "evil.txt", text, title=f"Titel {XSS_SCRIPT}{XSS_IMG}")
    t = article.text
    return ArticleResult(
        article=article,
        entities=[
            Entity(
                id="e1",
                name=XSS_IMG,
                label="ORG",
                name_en=XSS_SCRIPT,
                role=XSS_IMG,
                mentions=[Span(**span(t, XSS_IMG))],
            )
        ],
        claims=[
            claim(
                t,
                "c1",
                "5 procent",
                t,
                5,
                "percent",
                attributed_to=XSS_IMG,
                value_en=XSS_SCRIPT,
                sentence_en=XSS_IMG,
            )
        ],
        quotes=[Quote(id="q1", speaker=XSS_IMG, text_en=XSS_SCRIPT, **span(t, XSS_SCRIPT))],
        demands=[],
        summary_en=f"{XSS_SCRIPT} {XSS_IMG}",
        pipeline=INFO,
    )


def write_run(
    out_dir: Path, results: list[ArticleResult], errors: list[dict] | None = None
) -> Path:
    """An output folder like `pipeline run` leaves it."""
    out_dir.mkdir(parents=True, exist_ok=True)
    for result in results:
        write_result(result, out_dir)
    lines = "".join(json.dumps(e) + "\n" for e in errors or [])
    (out_dir / "_errors.jsonl").write_text(lines, encoding="utf-8")
    (out_dir / "_run.json").write_text(json.dumps({"written": len(results)}), encoding="utf-8")
    return out_dir


def expected_counts(result: ArticleResult) -> dict[str, int]:
    """How many elements with `data-id` each kind must have on the article page."""
    return {
        "entity": sum(len(e.mentions) for e in result.entities),
        "claim": len(result.claims),
        "quote": len(result.quotes),
        "demand": len(result.demands),
    }


class _Tags(HTMLParser):
    """Start tags of a page with their attributes, for counting without a browser."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def parse_tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


# ---------------------------------------------------------------- highlighting, no browser


def flatten(
    nodes: list[Node | str], open_: tuple[Node, ...] = ()
) -> list[tuple[str, tuple[Node, ...]]]:
    """(text, enclosing nodes) for every text piece of the tree, in order."""
    pieces: list[tuple[str, tuple[Node, ...]]] = []
    for node in nodes:
        if isinstance(node, str):
            pieces.append((node, open_))
        else:
            pieces.extend(flatten(node.children, (*open_, node)))
    return pieces


def check_tree(text: str, spans: list[Annotation]) -> None:
    """The tree keeps the text, covers each span exactly, and gives each span one head element."""
    tree = highlight_tree(text, spans)
    pieces = flatten(tree)
    assert "".join(p for p, _ in pieces) == text
    covered: dict[int, str] = {}
    position = 0
    for piece, nodes in pieces:
        for node in nodes:
            key = id(node.annotation)
            covered.setdefault(key, "")
            covered[key] += piece
        position += len(piece)
    heads: Counter[int] = Counter()

    def walk(nodes: list[Node | str]) -> None:
        for node in nodes:
            if isinstance(node, Node):
                if not node.cont:
                    heads[id(node.annotation)] += 1
                walk(node.children)

    walk(tree)
    for a in spans:
        assert heads[id(a)] == 1, f"{a}: {heads[id(a)]} head elements"
        assert covered.get(id(a), "") == text[a.start : a.end], f"{a} covers {covered.get(id(a))!r}"


def ann(kind: str, start: int, end: int, name: str = "x") -> Annotation:
    return Annotation(kind, name, start, end, "")


@pytest.mark.parametrize(
    ("spans", "expect_cont"),
    [
        pytest.param([ann("claim", 2, 5)], 0, id="single"),
        pytest.param(
            [ann("demand", 0, 20), ann("quote", 2, 18), ann("claim", 4, 8)], 0, id="nested-3"
        ),
        pytest.param([ann("claim", 2, 8), ann("entity", 5, 12)], 1, id="crossing"),
        pytest.param(
            [ann("quote", 3, 9), ann("claim", 3, 9), ann("demand", 3, 9)], 0, id="same-extent"
        ),
        pytest.param([ann("claim", 0, 4), ann("claim", 4, 9)], 0, id="adjacent"),
        pytest.param([ann("entity", 5, 5)], 0, id="empty-span"),
        pytest.param(
            [ann("demand", 0, 10), ann("quote", 5, 15), ann("claim", 8, 12)], 2, id="chain"
        ),
    ],
)
def test_highlight_tree_nests_and_splits(spans: list[Annotation], expect_cont: int) -> None:
    text = "abcdefghijklmnopqrstuvwxyz"
    check_tree(text, spans)
    conts = sum(1 for _, nodes in flatten(highlight_tree(text, spans)) for n in nodes if n.cont)
    assert (conts > 0) == (expect_cont > 0), f"{spans}: continuations {conts}"


def test_same_extent_nests_demand_quote_claim() -> None:
    spans = [ann("claim", 3, 9), ann("demand", 3, 9), ann("quote", 3, 9)]
    [outer] = highlight_tree("abcdefghijkl", spans)[1:2]
    kinds = []
    node: Node | str = outer
    while isinstance(node, Node):
        kinds.append(node.annotation.kind)
        node = node.children[0]
    assert kinds == ["demand", "quote", "claim"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(KINDS), st.integers(0, 30), st.integers(0, 30)),
        max_size=12,
    )
)
def test_highlight_tree_any_spans(raw: list[tuple[str, int, int]]) -> None:
    text = "Het kabinet moet nu 12 procent besparen."
    spans = [ann(kind, min(a, b, len(text)), min(max(a, b), len(text))) for kind, a, b in raw]
    check_tree(text, spans)


@pytest.mark.parametrize(
    ("value", "value_max", "expected"),
    [
        (40, None, "40"),
        (2.5, None, "2.5"),
        (10, 15, "10–15"),
        (None, None, "?"),
        (7, 7, "7"),
        (300_000_000, None, "300,000,000"),
        (1234567.5, None, "1,234,567.5"),
        (0.035, None, "0.035"),
    ],
    ids=["int", "float", "range", "none", "degenerate-range", "large", "large-float", "small"],
)
def test_claim_value(value: float | None, value_max: float | None, expected: str) -> None:
    item = Claim(
        id="c1",
        start=0,
        end=1,
        text="x",
        value=value,
        value_max=value_max,
        unit="count",
        sentence="x",
        sentence_start=0,
        sentence_end=1,
    )
    assert claim_value(item) == expected


def test_sample_offsets_are_consistent() -> None:
    result = sample_result()
    t = result.article.text
    for item in [
        *result.claims,
        *result.quotes,
        *result.demands,
        *(m for e in result.entities for m in e.mentions),
    ]:
        assert t[item.start : item.end] == item.text
    for item in result.claims:
        assert t[item.sentence_start : item.sentence_end] == item.sentence
    assert len(annotations(result)) == sum(expected_counts(result).values())


# ---------------------------------------------------------------- rendered HTML, no browser


@pytest.fixture
def sample_report(tmp_path: Path) -> tuple[ReportSummary, list[ArticleResult]]:
    results = [sample_result(), empty_result(), xss_result()]
    out = write_run(
        tmp_path / "out",
        results,
        errors=[
            {"id": "kapot", "source": "kapot.html", "error": "IngestError", "message": XSS_SCRIPT},
        ],
    )
    return render_report(out, tmp_path / "report"), results


def test_article_page_counts_match_json(sample_report: tuple[Path, list[ArticleResult]]) -> None:
    summary, results = sample_report
    for result in results:
        tags = parse_tags(summary.pages[result.article.id].read_text(encoding="utf-8"))
        heads = Counter(a["data-kind"] for _, a in tags if a.get("data-kind") and "data-id" in a)
        for kind, count in expected_counts(result).items():
            assert heads[kind] == count, f"{result.article.id}: {kind} {heads[kind]} != {count}"
        ids = [a["id"] for _, a in tags if a.get("id")]
        assert len(ids) == len(set(ids)), "duplicate HTML ids"


def test_index_lists_articles_and_errors(sample_report: tuple[Path, list[ArticleResult]]) -> None:
    summary, results = sample_report
    html = (summary.index).read_text(encoding="utf-8")
    tags = parse_tags(html)
    links = [
        a["href"] for t, a in tags if t == "a" and (a.get("href") or "").startswith("articles/")
    ]
    assert len(set(links)) == len(results)
    for link in links:
        assert (summary.index.parent / link).is_file(), link
    assert "IngestError" in html and "kapot.html" in html


def test_hostile_text_is_escaped(sample_report: tuple[Path, list[ArticleResult]]) -> None:
    summary, results = sample_report
    for page in [summary.index, summary.pages[results[2].article.id]]:
        html = page.read_text(encoding="utf-8")
        tags = parse_tags(html)
        assert [t for t, _ in tags].count("script") == 1, f"{page.name}: only our own script"
        assert not [t for t, _ in tags if t in ("img", "b")], page.name
        assert not [a for _, a in tags if any(k.startswith("on") for k in a)], page.name
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_pages_are_self_contained(sample_report: tuple[Path, list[ArticleResult]]) -> None:
    summary, _ = sample_report
    for page in [summary.index, *summary.pages.values()]:
        tags = parse_tags(page.read_text(encoding="utf-8"))
        [csp] = [
            a["content"]
            for t, a in tags
            if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
        ]
        assert "default-src 'none'" in csp
        for tag, attrs in tags:
            for name in ("src", "href"):
                value = attrs.get(name) or ""
                assert "//" not in value, f"{page.name}: <{tag} {name}={value}>"
        assert not [t for t, a in tags if t == "link" and a.get("rel") == "stylesheet"]


def test_broken_json_file_is_reported_not_fatal(tmp_path: Path) -> None:
    out = write_run(tmp_path / "out", [sample_result()])
    (out / "kapot.json").write_text("{not json", encoding="utf-8")
    (out / "_errors.jsonl").write_text("this is no json\n", encoding="utf-8")
    summary = render_report(out, tmp_path / "report")
    assert (summary.articles, summary.errors) == (1, 2)


def test_cli_report_command(tmp_path: Path) -> None:
    from pipeline.cli import app

    out = write_run(tmp_path / "out", [sample_result()])
    result = CliRunner().invoke(app, ["report", str(out), "-o", str(tmp_path / "report")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "report" / "index.html").is_file()
    missing = CliRunner().invoke(
        app, ["report", str(tmp_path / "nowhere"), "-o", str(tmp_path / "r")]
    )
    assert missing.exit_code == 2


def test_thousand_articles_render(tmp_path: Path) -> None:
    """1,000 small articles: one page each, an index that paginates them."""
    base = sample_result()
    out = tmp_path / "out"
    out.mkdir()
    for n in range(1000):
        article = base.article.model_copy(update={"id": f"a{n:04d}", "title": f"Artikel {n}"})
        write_result(base.model_copy(update={"article": article}), out)
    summary = render_report(out, tmp_path / "report", page_size=50)
    assert summary.articles == 1000
    assert len(list((tmp_path / "report" / "articles").glob("*.html"))) == 1000
    html = (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    assert 'data-page-size="50"' in html


# ---------------------------------------------------------------- real browser


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        message = f"chromium not found at {CHROMIUM} (apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        executable = CHROMIUM if Path(CHROMIUM).exists() else shutil.which("chromium")
        instance = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


class Visit:
    """A page opened from disk, with everything that would show a problem recorded."""

    def __init__(self, browser, path: Path) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.console_errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        self.page.on("pageerror", lambda e: self.console_errors.append(str(e)))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.resolve().as_uri(), wait_until="load")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def assert_clean(self) -> None:
        assert self.console_errors == [], self.console_errors
        assert self.dialogs == [], f"a script ran: {self.dialogs}"
        network = [u for u in self.requests if not u.startswith(("file://", "data:"))]
        assert network == [], network

    def counts(self) -> dict[str, int]:
        return self.page.evaluate(
            "() => Object.fromEntries(['entity','claim','quote','demand'].map(k =>"
            ' [k, document.querySelectorAll(`.text [data-kind="${k}"][data-id]`).length]))'
        )

    def close(self) -> None:
        self.context.close()


def check_article_in_browser(browser, page: Path, result: ArticleResult, shot: Path | None) -> None:
    visit = Visit(browser, page)
    try:
        assert visit.counts() == expected_counts(result), result.article.id
        for kind, items in (
            ("claim", result.claims),
            ("quote", result.quotes),
            ("demand", result.demands),
        ):
            for item in items:
                element = visit.page.locator(f'.text [data-kind="{kind}"][data-id="{item.id}"]')
                assert element.count() == 1, f"{kind} {item.id}"
        text = visit.page.locator(".text").inner_text()
        assert text.replace("\n", "") == result.article.text.replace("\n", ""), "text changed"
        if shot is not None:
            visit.page.screenshot(path=str(shot), full_page=True)
        visit.page.click('[data-toggle="claim"]')
        assert "hide-claim" in visit.page.evaluate("() => document.body.className")
        visit.assert_clean()
    finally:
        visit.close()


@pytest.mark.browser
def test_browser_index_and_article(browser, sample_report, tmp_path: Path) -> None:
    summary, results = sample_report
    visit = Visit(browser, summary.index)
    try:
        rows = visit.page.locator("#articles tbody tr")
        assert rows.count() == len(results)
        visit.page.fill("#filter", "woningnood")
        assert visit.page.locator("#articles tbody tr:not([hidden])").count() == 1
        visit.page.fill("#filter", "")
        visit.page.click("#articles thead th:nth-child(5) button")  # claims, ascending
        visit.page.click("#articles thead th:nth-child(5) button")  # descending
        first = visit.page.locator("#articles tbody tr").first.locator("td").nth(4).inner_text()
        assert first == str(max(len(r.claims) for r in results))
        assert visit.page.locator("svg.chart rect").count() > 0
        visit.page.screenshot(path=str(tmp_path / "index.png"), full_page=True)
        visit.assert_clean()
    finally:
        visit.close()
    check_article_in_browser(
        browser, summary.pages[results[0].article.id], results[0], tmp_path / "article.png"
    )
    assert (tmp_path / "index.png").stat().st_size > 10_000
    assert (tmp_path / "article.png").stat().st_size > 10_000


@pytest.mark.browser
def test_browser_runs_no_injected_script(browser, sample_report) -> None:
    summary, results = sample_report
    for page in [summary.index, summary.pages[results[2].article.id]]:
        visit = Visit(browser, page)
        try:
            injected = visit.page.evaluate(
                "() => ({scripts: document.scripts.length, imgs: document.images.length,"
                " bold: document.querySelectorAll('b').length})"
            )
            assert injected == {"scripts": 1, "imgs": 0, "bold": 0}, page.name
            assert XSS_SCRIPT in visit.page.locator("body").inner_text()
            visit.assert_clean()
        finally:
            visit.close()


@pytest.mark.browser
def test_browser_pagination(browser, tmp_path: Path) -> None:
    base = sample_result()
    out = tmp_path / "out"
    out.mkdir()
    for n in range(120):
        article = base.article.model_copy(update={"id": f"a{n:03d}", "title": f"Artikel {n}"})
        write_result(base.model_copy(update={"article": article}), out)
    render_report(out, tmp_path / "report", page_size=50)
    visit = Visit(browser, tmp_path / "report" / "index.html")
    try:
        visible = visit.page.locator("#articles tbody tr:not([hidden])")
        assert visible.count() == 50
        visit.page.click("#next")
        visit.page.click("#next")
        assert visible.count() == 20
        visit.page.fill("#filter", "artikel 11")
        assert visible.count() == 11  # 11, 110..119
        visit.assert_clean()
    finally:
        visit.close()


TEXTS = {
    "gemeente": (
        "Burgemeester Femke Halsema van Amsterdam zei woensdag dat de stad 25 miljoen euro "
        "uittrekt voor nieuwe sporthallen. Volgens de gemeenteraad gaat het om drie hallen in "
        "Amsterdam-Noord."
    ),
    "zorg": (
        "Minister Kuipers wil dat ziekenhuizen in Groningen en Friesland beter samenwerken. "
        '"We moeten de wachtlijsten terugdringen", zei hij tegen de NOS.'
    ),
}


@pytest.mark.browser
def test_browser_real_pipeline_output(browser, analyzer, tmp_path: Path) -> None:
    results = [
        analyzer(make_article(name, f"{name}.txt", text, title=name.title()))
        for name, text in TEXTS.items()
    ]
    out = write_run(tmp_path / "out", results)
    summary = render_report(out, tmp_path / "report")
    for path in iter_result_paths(out):
        result = read_result(path)
        shot = tmp_path / f"{result.article.id}.png"
        check_article_in_browser(browser, summary.pages[result.article.id], result, shot)
    visit = Visit(browser, tmp_path / "report" / "index.html")
    try:
        assert visit.page.locator("#articles tbody tr").count() == len(TEXTS)
        visit.assert_clean()
    finally:
        visit.close()


@pytest.mark.browser
@pytest.mark.slow
def test_browser_corpus(browser, analyzer, tmp_path: Path) -> None:
    """The project corpus through `run_batch` as `pipeline run` does it, rendered, every page opened."""
    if not CORPUS.is_dir():
        pytest.skip("no corpus/")
    out = tmp_path / "out"
    batch = run_batch([CORPUS], out, analyzer, show_progress=False)
    summary = render_report(out, tmp_path / "report")
    assert (summary.articles, summary.errors) == (batch.written, batch.failed)
    for n, path in enumerate(iter_result_paths(out)):
        result = read_result(path)
        shot = tmp_path / f"{result.article.id}.png" if n == 0 else None
        check_article_in_browser(browser, summary.pages[result.article.id], result, shot)
    visit = Visit(browser, summary.index)
    try:
        assert visit.page.locator("#articles tbody tr").count() == batch.written
        assert visit.page.locator("#errors tbody tr").count() == batch.failed
        visit.page.screenshot(path=str(tmp_path / "corpus-index.png"), full_page=True)
        visit.assert_clean()
    finally:
        visit.close()


# ---------------------------------------------------------------- hover details, tables, index


def _title(result: ArticleResult, kind: str, item_id: str) -> str:
    [found] = [a for a in annotations(result) if a.kind == kind and a.id == item_id]
    return found.title


@pytest.mark.parametrize(
    ("kind", "item_id", "expected"),
    [
        pytest.param(
            "claim",
            "c1",
            [
                "value: 40 % (more than)",
                "measure: percentage",
                "source: Karin Bosman",
                "English: more than 40 percent",
                "sentence (English): The municipality must build 40% more homes.",
            ],
            id="claim-value-unit-hedge-source-english",
        ),
        pytest.param(
            "claim", "c3", ["value: 350 count (approx)", "source: Mitros"], id="claim-approx"
        ),
        pytest.param(
            "quote",
            "q1",
            [
                "speaker: Karin Bosman (wethouder)",
                "cue: zei",
                "English: The municipality must build more than 40 percent more homes.",
            ],
            id="quote-speaker-cue-english",
        ),
        pytest.param(
            "demand",
            "d1",
            [
                "actor → addressee: Karin Bosman → gemeente",
                "modality: must",
                "action: woningen bouwen / build homes",
            ],
            id="demand-actor-addressee-modality-action",
        ),
        pytest.param(
            "demand",
            "d2",
            [
                "actor → addressee: huurdersbond → Van Dijk",
                "modality: call on",
                "English: The tenants' union demands a plan within two months.",
            ],
            id="demand-english",
        ),
    ],
)
def test_hover_details(kind: str, item_id: str, expected: list[str]) -> None:
    title = _title(sample_result(), kind, item_id)
    for line in expected:
        assert line in title.splitlines(), f"{kind} {item_id}: {line!r} not in\n{title}"


def test_claim_subject_and_missing_source_in_hover() -> None:
    result = sample_result()
    result.claims[1] = result.claims[1].model_copy(
        update={"subject": "gezinnen", "subject_en": "families", "attributed_to": None}
    )
    title = _title(result, "claim", "c2")
    assert "subject: gezinnen / families" in title.splitlines(), title
    assert "source: not attributed" in title.splitlines(), title


def test_tables_show_english_beside_dutch(sample_report) -> None:
    summary, results = sample_report
    html = summary.pages[results[0].article.id].read_text(encoding="utf-8")
    for english in [
        "more than 40 percent",
        "The municipality must build 40% more homes.",
        "The municipality must build more than 40 percent more homes.",
        "The tenants&#39; union demands a plan within two months.",
        "build homes",
    ]:
        assert english in html, english
    assert 'class="no-en"' in html, "a missing English rendering is marked, not left blank"


def _with_claims(base: ArticleResult, article_id: str, n: int, date: str) -> ArticleResult:
    """`base` under another id, with `n` claims (copies of its first claim)."""
    article = base.article.model_copy(
        update={"id": article_id, "title": f"Titel {article_id}", "date": date}
    )
    claims = [base.claims[0].model_copy(update={"id": f"c{i + 1}"}) for i in range(n)]
    return base.model_copy(update={"article": article, "claims": claims})


def test_index_rows_search_title_id_date_status_only(tmp_path: Path) -> None:
    out = write_run(tmp_path / "out", [_with_claims(sample_result(), "alfa", 12, "2024-06-01")])
    summary = render_report(out, tmp_path / "report")
    [row] = [a for t, a in parse_tags(summary.index.read_text("utf-8")) if "data-search" in a]
    assert row["data-search"] == "alfa titel alfa 2024-06-01 partial"


# ---------------------------------------------------------------- stale pages


def test_rerun_removes_only_our_stale_pages(tmp_path: Path) -> None:
    report = tmp_path / "report"
    first = render_report(write_run(tmp_path / "one", [sample_result(), empty_result()]), report)
    stale = first.pages["leeg"]
    articles = report / "articles"
    foreign = articles / "notes.html"
    foreign.write_text("<p>my own notes</p>", encoding="utf-8")
    other = articles / "leeg.txt"
    other.write_text("kept", encoding="utf-8")
    link = articles / "link.html"
    link.symlink_to(first.pages["utrecht"])
    outside = tmp_path / "elsewhere.html"
    shutil.copy(stale, outside)

    second = render_report(write_run(tmp_path / "two", [sample_result()]), report)

    assert second.removed == [stale]
    assert not stale.exists()
    for kept in (foreign, other, link, outside, second.pages["utrecht"]):
        assert kept.exists() or kept.is_symlink(), kept
    index = second.index.read_text(encoding="utf-8")
    assert "articles/leeg.html" not in index


def test_duplicate_ids_are_not_stale(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for name in ("a", "b"):
        sub = out / name
        write_result(sample_result(), sub)
        for path in sub.iterdir():
            path.rename(out / f"{name}-{path.name}")
    summary = render_report(out, tmp_path / "report")
    assert summary.removed == []
    assert len(list((tmp_path / "report" / "articles").glob("*.html"))) == 2


# ---------------------------------------------------------------- browser: styles, hover, sorting

# Demand around a quote, and a quote around a demand (each with a claim inside): the two nestings
# an analyst sees, where one kind's fill used to hide the other's.
NESTED = (
    'De bond eist: "Het kabinet moet 300 miljoen euro vrijmaken." Daarna zei Ans de Wit: '
    '"Wij vragen de provincie om binnen 2 weken te besluiten, want 45 dorpen wachten."'
)


def nested_result() -> ArticleResult:
    article = make_article("genest", "genest.txt", NESTED, title="Genest")
    t = article.text
    first = 'De bond eist: "Het kabinet moet 300 miljoen euro vrijmaken."'
    second = 'Daarna zei Ans de Wit: "Wij vragen de provincie om binnen 2 weken te besluiten, want 45 dorpen wachten."'
    return ArticleResult(
        article=article,
        claims=[
            claim(t, "c1", "300 miljoen euro", first, 300_000_000, "euro"),
            claim(t, "c2", "45 dorpen", second, 45, "count"),
        ],
        quotes=[
            Quote(
                id="q1", speaker="bond", **span(t, "Het kabinet moet 300 miljoen euro vrijmaken.")
            ),
            Quote(
                id="q2",
                speaker="Ans de Wit",
                cue="zei",
                text_en="We ask the province to decide within 2 weeks.",
                **span(
                    t,
                    "Wij vragen de provincie om binnen 2 weken te besluiten, want 45 dorpen wachten.",
                ),
            ),
        ],
        demands=[
            Demand(
                id="d1",
                actor="bond",
                addressee="kabinet",
                modality="must",
                **span(t, 'eist: "Het kabinet moet 300 miljoen euro vrijmaken."'),
            ),
            Demand(
                id="d2",
                actor="Ans de Wit",
                addressee="provincie",
                modality="call_on",
                **span(t, "Wij vragen de provincie om binnen 2 weken te besluiten"),
            ),
        ],
        pipeline=INFO,
    )


STYLE_JS = """(sel) => { const s = getComputedStyle(document.querySelector(sel));
  return {border: s.borderTopStyle + ' ' + s.borderTopColor, deco: s.textDecorationLine,
          fill: s.backgroundColor, italic: s.fontStyle, under: s.borderBottomStyle}; }"""


def _style(visit: Visit, kind: str, item_id: str) -> dict[str, str]:
    return visit.page.evaluate(STYLE_JS, f'.text [data-kind="{kind}"][data-id="{item_id}"]')


@pytest.mark.browser
def test_browser_nested_kinds_stay_distinguishable(browser, tmp_path: Path) -> None:
    result = nested_result()
    summary = render_report(write_run(tmp_path / "out", [result]), tmp_path / "report")
    visit = Visit(browser, summary.pages["genest"])
    try:
        for demand, quote in (("d1", "q1"), ("d2", "q2")):  # demand ⊃ quote, quote ⊃ demand
            d, q = _style(visit, "demand", demand), _style(visit, "quote", quote)
            assert d["border"].startswith("solid") and d["fill"] == "rgba(0, 0, 0, 0)", (demand, d)
            assert "overline" in q["deco"] and q["italic"] == "italic", (quote, q)
            assert q["fill"] != "rgba(0, 0, 0, 0)" and q["border"].startswith("none"), (quote, q)
        for cid in ("c1", "c2"):
            c = _style(visit, "claim", cid)
            assert c["fill"] not in ("rgba(0, 0, 0, 0)", q["fill"]), (cid, c)
        visit.page.screenshot(path=str(tmp_path / "nested.png"), full_page=True)

        visit.page.click('[data-toggle="quote"]')
        q, d = _style(visit, "quote", "q1"), _style(visit, "demand", "d1")
        assert q["deco"] == "none" and q["fill"] == "rgba(0, 0, 0, 0)", q
        assert q["italic"] == "normal", q
        assert d["border"].startswith("solid") and "198, 40, 40" in d["border"], d
        visit.page.click('[data-toggle="demand"]')
        assert "rgba(0, 0, 0, 0)" in _style(visit, "demand", "d1")["border"]
        visit.page.click('[data-toggle="quote"]')
        assert "overline" in _style(visit, "quote", "q1")["deco"]
        assert visit.page.locator('[data-toggle="demand"]').get_attribute("aria-pressed") == "false"
        visit.assert_clean()
    finally:
        visit.close()


@pytest.mark.browser
def test_browser_hover_shows_nested_details(browser, tmp_path: Path) -> None:
    result = nested_result()
    summary = render_report(write_run(tmp_path / "out", [result]), tmp_path / "report")
    visit = Visit(browser, summary.pages["genest"])
    try:
        assert visit.page.locator(".text [title]").count() == 0, "native tooltips are replaced"
        visit.page.hover('.text [data-kind="demand"][data-id="d2"]', position={"x": 5, "y": 5})
        tip = visit.page.locator("#tip")
        assert tip.is_visible()
        items = tip.locator(".tip-item").all_inner_texts()
        assert [i.splitlines()[0] for i in items] == ["demand: d2", "quote: q2"], items
        assert "actor → addressee: Ans de Wit → provincie" in items[0]
        assert "English: We ask the province to decide within 2 weeks." in items[1]
        visit.page.click('[data-toggle="quote"]')
        visit.page.hover('.text [data-kind="claim"][data-id="c2"]')
        items = tip.locator(".tip-item").all_inner_texts()
        assert [i.splitlines()[0] for i in items] == ["claim: c2"], "hidden kinds leave the tip"
        visit.page.mouse.move(5, 5)
        assert not tip.is_visible()
        visit.assert_clean()
    finally:
        visit.close()


@pytest.mark.browser
def test_browser_index_sorts_numbers_and_filters_fields(browser, tmp_path: Path) -> None:
    base = sample_result()
    counts = {"a": 10, "b": 2, "c": 100, "d": 9, "e": 0}
    results = [
        _with_claims(base, name, n, f"2024-0{i + 1}-15")
        for i, (name, n) in enumerate(counts.items())
    ]
    summary = render_report(write_run(tmp_path / "out", results), tmp_path / "report")
    visit = Visit(browser, summary.index)
    try:

        def column(n: int) -> list[str]:
            return visit.page.locator(f"#articles tbody tr td:nth-child({n})").all_inner_texts()

        claims = visit.page.locator("#articles thead th:nth-child(5) button")
        claims.click()
        assert column(5) == ["0", "2", "9", "10", "100"]
        claims.click()
        assert column(5) == ["100", "10", "9", "2", "0"]
        visible = visit.page.locator("#articles tbody tr:not([hidden])")
        for query, expected in [
            ("titel c", 1),
            ("2024-02", 1),
            ("partial", 5),
            ("100", 0),  # counts are not searched
            ("utrecht", 0),  # nor the article text
            ("2024 titel d", 1),
        ]:
            visit.page.fill("#filter", query)
            assert visible.count() == expected, f"filter {query!r}"
        visit.assert_clean()
    finally:
        visit.close()


@pytest.mark.browser
def test_browser_hover_on_hostile_text_runs_nothing(browser, sample_report) -> None:
    summary, results = sample_report
    visit = Visit(browser, summary.pages[results[2].article.id])
    try:
        visit.page.hover('.text [data-kind="quote"][data-id="q1"]')
        tip = visit.page.locator("#tip")
        assert XSS_SCRIPT in tip.inner_text(), "hostile text shows as text in the tip"
        assert visit.page.evaluate("() => document.images.length + document.scripts.length") == 1
        visit.assert_clean()
    finally:
        visit.close()
