"""Claim clusters: the rule on hand-made Dutch claims, naming, and the links on our pair fixtures."""

from __future__ import annotations

import sys
from datetime import date

import pytest

from pipeline.output.clusters import cluster, same_claim, terms
from tests.conftest import ROOT


def claim(
    text: str,
    value: float,
    subject: str | None,
    unit: str = "count",
    hedge: str = "exact",
    sentence: str = "",
    article: str = "a",
    day: date | None = date(2025, 1, 20),
    source: str | None = None,
    value_max: float | None = None,
    cid: str = "c1",
) -> dict:
    """A claim row as the rule reads it."""
    return {
        "claim_id": f"{article}#{cid}",
        "article_id": article,
        "start": 0,
        "text": text,
        "value": value,
        "value_max": value_max,
        "unit": unit,
        "hedge": hedge,
        "subject": subject,
        "sentence": sentence or text,
        "date": day,
        "source_key": source,
    }


def other(row: dict, **changes) -> dict:
    """The same claim in article `b`, with changes."""
    return row | {"article_id": "b", "claim_id": "b#c1"} | changes


def measured(row: dict, measure: str, measure_unit: str | None = None) -> dict:
    """The claim with its measure and measure unit (issue 12)."""
    return row | {"measure": measure, "measure_unit": measure_unit}


HOUSES = claim("1.412", 1412, "nieuwe woningen")
KIDS = claim("Bijna 4.000", 4000, "kinderen", "people", "less_than")
SHARE = claim("Drie op de tien", 0.3, "huishoudens", "ratio")


@pytest.mark.parametrize(
    ("a", "b", "related", "expected"),
    [
        pytest.param(
            HOUSES,
            other(HOUSES, text="ruim 1.400", value=1400, hedge="more_than", subject="woningen"),
            False,
            True,
            id="rounded-hedged-repeat",
        ),
        pytest.param(
            KIDS, other(KIDS, text="Zo'n 4.000", hedge="approx"), False, True, id="bijna~zo'n"
        ),
        pytest.param(
            KIDS, other(KIDS, unit="count"), False, True, id="people-and-count-are-one-family"
        ),
        pytest.param(HOUSES, other(HOUSES, unit="euro"), False, False, id="other-unit"),
        pytest.param(
            claim("199", 199, "patiënten"),
            other(claim("200", 200, "patiënten")),
            True,
            False,
            id="exact-values-differ",
        ),
        pytest.param(
            claim("520.000", 520_000, "huishoudens"),
            other(claim("zo'n 550.000", 550_000, "huishoudens", hedge="approx")),
            True,
            False,
            id="approx-is-five-percent",
        ),
        pytest.param(
            claim("ruim 100", 100, "processen-verbaal", hedge="more_than"),
            other(claim("118", 118, "processen-verbaal")),
            True,
            False,
            id="ruim-is-at-most-fifteen-percent-over",
        ),
        pytest.param(
            HOUSES, other(HOUSES, subject="bouwvergunningen"), False, False, id="other-subject"
        ),
        pytest.param(
            claim("412", 412, "bedrijven", sentence="In januari gingen 412 bedrijven failliet."),
            other(
                claim(
                    "412",
                    412,
                    "faillissementen",
                    sentence="Het aantal faillissementen liep in januari op tot 412, failliet.",
                )
            ),
            False,
            True,
            id="two-sentence-words",
        ),
        pytest.param(
            claim("48 miljoen euro", 48e6, None, "euro", source="PERSON:ruud verhoeven"),
            other(claim("48 miljoen euro", 48e6, "de opsporing", "euro")),
            False,
            False,
            id="no-source-no-subject-overlap",
        ),
        pytest.param(
            claim("48 miljoen euro", 48e6, None, "euro", source="PERSON:ruud verhoeven"),
            other(
                claim("48 miljoen euro", 48e6, "de opsporing", "euro"),
                source_key="PERSON:ruud verhoeven",
            ),
            False,
            True,
            id="same-source-stands-in-for-a-missing-subject",
        ),
        pytest.param(HOUSES, other(HOUSES, date=date(2025, 9, 1)), False, False, id="months-apart"),
        pytest.param(
            claim("twee", 2, "mannen", "people", sentence="De politie hield twee mannen aan."),
            other(
                claim("twee", 2, "mannen", "people", sentence="Agenten hielden twee mannen aan.")
            ),
            False,
            False,
            id="common-figure-unrelated-articles",
        ),
        pytest.param(
            claim("twee", 2, "mannen", "people"),
            other(claim("twee", 2, "mannen", "people")),
            True,
            True,
            id="common-figure-related-articles",
        ),
        pytest.param(
            SHARE,
            other(claim("Dertig procent", 30, "de huishoudens", "percent")),
            True,
            True,
            id="fraction-equals-percent",
        ),
        pytest.param(
            claim("18 tot 65 jaar", 18, "werkenden", "age", value_max=65),
            other(claim("tussen de 18 en 65 jaar", 18, "werkenden", "age", value_max=65)),
            True,
            True,
            id="same-range",
        ),
        pytest.param(
            claim("87,4 procent", 87.4, "vaccinatiegraad", "percent"),
            other(claim("87 procent", 87, "vaccinatiegraad", "percent")),
            True,
            True,
            id="a-value-covers-what-rounds-to-it",
        ),
        pytest.param(
            claim("twee op de drie", 0.6667, "zaken", "ratio"),
            other(claim("67%", 67, "zaken", "percent")),
            True,
            True,
            id="two-thirds-is-67-percent",
        ),
        pytest.param(
            claim("in 2023", 2023, "inwoners", "year"),
            other(claim("in 2027", 2027, "inwoners", "year")),
            True,
            False,
            id="years-do-not-round",
        ),
        pytest.param(
            claim("De helft", 0.5, "ondernemers", "ratio"),
            other(claim("46%", 46, "ondernemers", "percent")),
            True,
            False,
            id="a-fraction-in-words-is-exact",
        ),
        pytest.param(
            claim("de helft", 0.5, "bedrijven", "ratio", sentence="De helft van de bedrijven."),
            other(
                claim("de helft", 0.5, "bedrijven", "ratio", sentence="De helft van de bedrijven.")
            ),
            False,
            False,
            id="simple-fraction-is-common",
        ),
        pytest.param(
            claim("vijf keer meer", 5, "mensen", "ratio"),
            other(claim("vijf procent", 5, "mensen", "percent")),
            True,
            False,
            id="multiplier-is-no-share",
        ),
        pytest.param(
            measured(claim("2,5 procentpunt", 2.5, "werkloosheid", "percent"), "percentage_point"),
            other(measured(claim("2,5 procent", 2.5, "werkloosheid", "percent"), "percentage")),
            True,
            False,
            id="percentage-point-is-no-percentage",
        ),
        pytest.param(
            measured(claim("14 weken", 14, "wachttijd", "other"), "duration", "weeks"),
            other(measured(claim("14 dagen", 14, "wachttijd", "other"), "duration", "days")),
            True,
            False,
            id="weeks-are-no-days",
        ),
        pytest.param(
            measured(claim("14 weken", 14, "wachttijd", "other"), "duration", "weeks"),
            other(measured(claim("veertien weken", 14, "wachttijd", "other"), "duration", "weeks")),
            True,
            True,
            id="same-duration",
        ),
        pytest.param(
            measured(claim("gehalveerd", 0.5, "wachtlijst", "ratio"), "multiplier"),
            other(measured(claim("de helft", 0.5, "wachtlijst", "ratio"), "fraction")),
            True,
            False,
            id="halved-is-no-half",
        ),
        pytest.param(
            measured(claim("een kwart", 0.25, "huurders", "ratio"), "fraction"),
            other(measured(claim("25 procent", 25, "huurders", "percent"), "percentage")),
            True,
            True,
            id="fraction-and-percentage-one-share",
        ),
    ],
)
def test_same_claim(a: dict, b: dict, related: bool, expected: bool) -> None:
    assert same_claim(a, b, related) is expected, (
        f"{a['text']!r} ({a['subject']}) ~ {b['text']!r} ({b['subject']}): expected {expected}"
    )


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        ("het aantal nieuwe patiënten", "60", {"patiënt"}),
        (None, "15 nieuwe patiënten", {"patiënt"}),
        ("de mensen", "ruim 80.000", set()),
        ("drie op de tien huishoudens", "", {"huishouden"}),
    ],
)
def test_terms_keep_what_is_counted(subject, text, expected) -> None:
    assert terms({"subject": subject, "text": text}) == frozenset(expected)


def test_a_chain_of_near_values_does_not_drift() -> None:
    rows = [
        claim("520.000", 520_000, "huishoudens", article="a"),
        claim("zo'n 550.000", 550_000, "huishoudens", "count", "approx", article="b"),
        claim("ruim 540.000", 540_000, "huishoudens", "count", "more_than", article="c"),
        claim("ruim 600.000", 600_000, "huishoudens", "count", "more_than", article="d"),
    ]
    members = sorted(sorted(rows[i]["text"] for i in c.members) for c in cluster(rows))
    # 540.000 ~ 550.000 and 540.000 ~ 600.000 both overlap, but 550.000 and 600.000 do not.
    assert members == [["520.000"], ["ruim 540.000", "zo'n 550.000"], ["ruim 600.000"]]


def test_cluster_ids_survive_recomputation_and_splits() -> None:
    release = claim("1.412", 1412, "woningen", article="persbericht", day=date(2025, 1, 20))
    news = claim("ruim 1.400", 1400, "woningen", "count", "more_than", article="nieuws")
    later = claim("1.412", 1412, "woningen", article="later", day=date(2025, 1, 22))
    [first] = cluster([release, news])
    assert first.cluster_id.startswith("k") and len(first.members) == 2
    assert cluster([news, release])[0].cluster_id == first.cluster_id, "independent of order"
    previous = {release["claim_id"]: first.cluster_id, news["claim_id"]: first.cluster_id}
    [grown] = cluster([release, news, later], previous)
    assert grown.cluster_id == first.cluster_id and len(grown.members) == 3
    moved = later | {"value": 2412}
    previous[later["claim_id"]] = first.cluster_id
    found = cluster([release, news, moved], previous)
    assert [(c.cluster_id == first.cluster_id, len(c.members)) for c in found] == [
        (True, 2),
        (False, 1),
    ]


def test_earliest_member_anchors_the_cluster() -> None:
    undated = claim("1.412", 1412, "woningen", article="aaa", day=None)
    late = claim("1.412", 1412, "woningen", article="bbb", day=date(2025, 1, 25))
    early = claim("1.412", 1412, "woningen", article="ccc", day=date(2025, 1, 20))
    [found] = cluster([undated, late, early])
    assert [[undated, late, early][i]["article_id"] for i in found.members] == [
        "ccc",
        "bbb",
        "aaa",
    ]


def test_links_on_our_own_pairs(analyzer) -> None:
    """Press releases and news stories of tests/fixtures/claim_pairs (corpus and own, no dev set)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import claim_clusters as benchmark
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    figures = benchmark.evaluate(benchmark.analyse(benchmark.pool_paths(False), analyzer))
    assert figures["gold_links"] >= 50
    assert figures["precision"] >= 0.9, figures["false_links"]
    assert figures["recall"] >= 0.75, figures["missed_links"]
