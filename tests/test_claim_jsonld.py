"""schema.org JSON-LD of claims (issue 12): no author without a source, the figure with its unit."""

from __future__ import annotations

import pytest

from pipeline.output.jsonld import claim_jsonld

TEXT = (
    "Volgens een rapport wachten 9.000 mensen al 14 weken op een woning. In 2019 sloot de "
    "gemeente de laatste opvang. Die kostte ruim 3 miljoen euro. Volgens het CBS steeg de huur met 0,4 procentpunt. Tussen de "
    "20 en 30 procent van de huurders heeft schulden, zegt onderzoeker Anna de Groot."
)


@pytest.fixture(scope="module")
def lines(analyze_text) -> dict[str, dict]:
    result = analyze_text(TEXT)
    return {c.text: claim_jsonld(result, c) for c in result.claims}


def test_a_claim_without_source_has_no_author(lines) -> None:
    assert "author" not in lines["9.000"]
    assert lines["9.000"]["about"] == {
        "@type": "QuantitativeValue",
        "value": 9000.0,
        "unitText": "people",
        "name": "mensen",
        "description": "9,000",
    }


def test_a_duration_has_its_unit_code(lines) -> None:
    about = lines["14 weken"]["about"]
    assert (about["value"], about["unitCode"], about["unitText"]) == (14.0, "WEE", "weeks")


def test_a_calendar_year_is_temporal_coverage(lines) -> None:
    assert lines["In 2019"]["temporalCoverage"] == "2019"
    assert "about" not in lines["In 2019"]


def test_money_is_a_monetary_amount_with_a_lower_bound(lines) -> None:
    about = lines["ruim 3 miljoen euro"]["about"]
    assert about["@type"] == "MonetaryAmount"
    assert (about["minValue"], about["currency"]) == (3e6, "EUR")
    assert "value" not in about


def test_sources_are_typed_by_their_entity(lines) -> None:
    assert lines["0,4 procentpunt"]["author"]["@type"] == "Organization"
    assert lines["0,4 procentpunt"]["about"]["unitText"] == "percentage points"
    range_ = lines["Tussen de 20 en 30 procent"]
    assert range_["author"] == {"@type": "Person", "name": "Anna de Groot"}
    assert (range_["about"]["minValue"], range_["about"]["maxValue"]) == (20.0, 30.0)


# attributed_to as a file may hold it (written by hand or before documents stopped being sources),
# and the author JSON-LD publishes: a document is never an Organization.
AUTHORS = [
    ("rapport", None),
    ("het onderzoeksrapport", None),
    ("CBS-cijfers", None),
    ("onderzoek van de gemeente", None),
    ("Anna de Groot", {"@type": "Person", "name": "Anna de Groot"}),
    ("Sociaal en Cultureel Planbureau", {"@type": "Organization", "name": "Sociaal en Cultureel Planbureau"}),
    ("Nationale Monitor Armoede", None),  # a report's title, no entity of the article
    ("Stichting Studie", {"@type": "Organization", "name": "Stichting Studie"}),  # an entity
    ("onderzoekers", {"@type": "Organization", "name": "onderzoekers"}),
    ("kabinet", {"@type": "Organization", "name": "kabinet"}),
]  # fmt: skip


@pytest.mark.parametrize(("source", "author"), AUTHORS, ids=[a for a, _ in AUTHORS])
def test_a_document_is_never_an_author(analyze_text, source: str, author: dict | None) -> None:
    result = analyze_text(
        "Volgens Anna de Groot van het Sociaal en Cultureel Planbureau en de Stichting Studie "
        "wachten 9.000 mensen op een woning."
    )
    [claim] = [c for c in result.claims if c.text == "9.000"]
    entities = {e.name for e in result.entities}
    assert {"Anna de Groot", "Sociaal en Cultureel Planbureau", "Stichting Studie"} <= entities
    line = claim_jsonld(result, claim.model_copy(update={"attributed_to": source}))
    assert line.get("author") == author
