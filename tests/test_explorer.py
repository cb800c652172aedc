"""The report's cross-article explorer pages: every claim, quote and demand, filterable, with the
claim clusters as "also reported by …"; self-contained, escaped, and driven in a real browser."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.output.explorer import PAGES
from pipeline.output.report import ReportSummary, render_report
from pipeline.schema import ArticleResult
from tests.test_export import housing_results
from tests.test_report import (
    XSS_SCRIPT,
    Visit,
    browser,  # noqa: F401  (the module-scoped chromium fixture)
    parse_tags,
    sample_result,
    write_run,
    xss_result,
)

CLAIM_FILTERS = ["#q", "#entity", "#unit", "#measure", "#min", "#max", "#shared", "#from", "#to"]


def batch() -> list[ArticleResult]:
    """A press release and two stories repeating its figure, the Utrecht sample, hostile text."""
    housing = housing_results()
    return [*housing.values(), sample_result(), xss_result()]


@pytest.fixture
def report(tmp_path: Path) -> tuple[ReportSummary, list[ArticleResult]]:
    results = batch()
    return render_report(write_run(tmp_path / "out", results), tmp_path / "report"), results


def rows(summary: ReportSummary, kind: str) -> list[dict]:
    html = summary.explorer[kind].read_text(encoding="utf-8")
    return [a for t, a in parse_tags(html) if t == "tr" and "data-search" in a]


# ---------------------------------------------------------------- rendered HTML, no browser


@pytest.mark.parametrize(
    ("kind", "table"), [("claim", "claims"), ("quote", "quotes"), ("demand", "demands")]
)
def test_every_item_of_the_batch_is_listed(report, kind, table) -> None:
    summary, results = report
    assert summary.explorer[kind] == summary.index.parent / PAGES[kind]
    assert len(rows(summary, kind)) == sum(len(getattr(r, table)) for r in results)
    html = summary.explorer[kind].read_text(encoding="utf-8")
    for tag, attrs in parse_tags(html):
        href = attrs.get("href") or ""
        if tag == "a" and href.startswith("articles/"):
            page, _, anchor = href.partition("#")
            assert (summary.index.parent / page).is_file(), href
            assert anchor.startswith(f"{kind}-"), href


def test_claims_show_who_else_reports_the_figure(report) -> None:
    summary, _ = report
    html = summary.explorer["claim"].read_text(encoding="utf-8")
    own = 'href="articles/persbericht.html#claim-c1"'
    [release] = [tr for tr in html.split("<tr ")[2:] if tr.split("<a ")[1].startswith(own)]
    assert "also reported by" in release
    assert "nieuws.html#claim-c1" in release and "later.html#claim-c1" in release
    shared = [a for a in rows(summary, "claim") if a["data-shared"] == "1"]
    assert len(shared) == 5, "1.412 in three articles, 9.870 ~ bijna 10.000 in two"
    clusters = {a["data-cluster"] for a in shared}
    assert len(clusters) == 2
    alone = [a for a in rows(summary, "claim") if a["data-shared"] == "0"]
    assert all(a["data-cluster"] for a in alone), "every claim with a value has a cluster"


def test_filter_data_is_in_attributes(report) -> None:
    summary, _ = report
    [bosman] = [a for a in rows(summary, "quote") if "karin bosman" in a["data-search"]]
    assert bosman["data-entities"].split("|")[0] == "PERSON:karin bosman"
    assert bosman["data-date"] == "2024-03-05"
    units = {a["data-unit"] for a in rows(summary, "claim")}
    assert units == {"count", "people", "percent"}
    measures = {a["data-measure"] for a in rows(summary, "claim")}
    assert measures == {"count", "percentage"}, "the measure beside the coarse unit"


def test_explorer_pages_are_self_contained_and_escaped(report) -> None:
    summary, _ = report
    index = summary.index.read_text(encoding="utf-8")
    for page in PAGES.values():
        assert f'href="{page}"' in index, "the index links every explorer page"
    for path in summary.explorer.values():
        html = path.read_text(encoding="utf-8")
        tags = parse_tags(html)
        [csp] = [a["content"] for t, a in tags if a.get("http-equiv") == "Content-Security-Policy"]
        assert "default-src 'none'" in csp and "script-src 'sha256-" in csp
        assert [t for t, _ in tags].count("script") == 1, f"{path.name}: only our own script"
        assert not [t for t, _ in tags if t in ("img", "b")], path.name
        assert not [a for _, a in tags if any(k.startswith("on") for k in a)], path.name
        for tag, attrs in tags:
            for name in ("src", "href"):
                assert "//" not in (attrs.get(name) or ""), f"{path.name}: <{tag} {name}>"
    claims = summary.explorer["claim"].read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in claims


def test_an_empty_batch_still_writes_the_pages(tmp_path: Path) -> None:
    summary = render_report(write_run(tmp_path / "out", []), tmp_path / "report")
    for path in summary.explorer.values():
        assert "No " in path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- real browser


def visible_codes(visit: Visit) -> list[str]:
    return visit.page.locator("#items tbody tr:not([hidden]) code").all_inner_texts()


@pytest.mark.browser
def test_browser_claim_filters(browser, report) -> None:  # noqa: F811
    summary, results = report
    total = sum(len(r.claims) for r in results)
    visit = Visit(browser, summary.explorer["claim"])
    try:
        shown = visit.page.locator("#items tbody tr:not([hidden])")
        assert shown.count() == total
        cases = [
            ("#q", "fill", "woningen", 5),  # the Dutch text, subjects and sentences
            ("#q", "fill", "homes", 2),  # English too
            (
                "#q",
                "fill",
                "woningen persbericht",
                0,
            ),  # every word must match (ids are not searched)
            ("#unit", "select", "percent", 2),
            ("#measure", "select", "percentage", 2),
            ("#min", "fill", "1000", 6),
            ("#max", "fill", "2000", 4),
            ("#from", "fill", "2025-01-21", 3),
            ("#to", "fill", "2025-01-24", 2),
        ]
        for selector, action, value, expected in cases:
            visit.page.click("#reset")
            if action == "fill":
                visit.page.fill(selector, value)
            else:
                visit.page.select_option(selector, value)
            if selector == "#max":
                visit.page.fill("#min", "1000")
            if selector == "#to":
                visit.page.fill("#from", "2025-01-21")
            assert shown.count() == expected, f"{selector}={value}: {visible_codes(visit)}"
        visit.page.click("#reset")
        visit.page.select_option("#entity", "PERSON:karin bosman")
        assert shown.count() == 2, "claims whose source or sentence names the entity"
        visit.page.click("#reset")
        visit.page.check("#shared")
        assert shown.count() == 5
        visit.page.click("#reset")
        visit.page.locator(".show-cluster").first.click()
        assert shown.count() == 3, "one figure: the release and the stories that repeat it"
        assert visit.page.locator("#cluster-note").is_visible()
        visit.page.click("#clear-cluster")
        assert shown.count() == total
        visit.page.screenshot(path=str(summary.index.parent / "claims.png"), full_page=True)
        visit.assert_clean()
    finally:
        visit.close()


@pytest.mark.browser
def test_browser_quotes_and_demands_filter_by_entity_and_text(browser, report) -> None:  # noqa: F811
    summary, _ = report
    for kind, entity, expected in (
        ("quote", "PERSON:karin bosman", 1),
        ("demand", "PERSON:karin bosman", 1),
    ):
        visit = Visit(browser, summary.explorer[kind])
        try:
            shown = visit.page.locator("#items tbody tr:not([hidden])")
            for selector in ("#unit", "#measure", "#min", "#shared"):
                assert visit.page.locator(selector).count() == 0, f"{kind}: no {selector}"
            visit.page.select_option("#entity", entity)
            assert shown.count() == expected, kind
            visit.page.click("#reset")
            visit.page.fill("#q", "tenants")  # English text of the demand
            assert shown.count() == (1 if kind == "demand" else 0), kind
            visit.assert_clean()
        finally:
            visit.close()


@pytest.mark.browser
def test_browser_hostile_text_runs_nothing(browser, report) -> None:  # noqa: F811
    summary, _ = report
    for path in summary.explorer.values():
        visit = Visit(browser, path)
        try:
            visit.page.fill("#q", "alert")
            text = visit.page.locator("#items tbody").inner_text()
            if path == summary.explorer["quote"]:
                assert XSS_SCRIPT in text, "hostile text shows as text"
            count = "() => document.images.length + document.scripts.length"
            assert visit.page.evaluate(count) == 1
            visit.assert_clean()
        finally:
            visit.close()


@pytest.mark.browser
def test_browser_pagination(browser, tmp_path: Path) -> None:  # noqa: F811
    base = sample_result()
    results = [
        base.model_copy(update={"article": base.article.model_copy(update={"id": f"a{n:02d}"})})
        for n in range(12)
    ]
    summary = render_report(write_run(tmp_path / "out", results), tmp_path / "report", page_size=10)
    visit = Visit(browser, summary.explorer["claim"])
    try:
        shown = visit.page.locator("#items tbody tr:not([hidden])")
        assert shown.count() == 10 and visit.page.inner_text("#page") == "page 1 of 4"
        visit.page.click("#next")
        visit.page.click("#next")
        visit.page.click("#next")
        assert shown.count() == 6 and visit.page.is_disabled("#next")
        visit.page.fill("#q", "gezinnen")
        assert shown.count() == 10 and visit.page.inner_text("#page") == "page 1 of 3"  # 24 rows
        visit.assert_clean()
    finally:
        visit.close()
