"""Claims from a parsed Doc: acceptance on the reference article, subjects, sources, English."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.english.values import value_en
from pipeline.extract.numbers import format_dutch
from pipeline.schema import Claim

# text -> (value, value_max, unit, hedge, subject, value_en); subjects and English checked by hand.
REFERENCE = [
    ("1.300", 1300, None, "people", "exact", "meisjes", "1,300"),
    ("slechts 2 tot 3%", 2, 3, "percent", "only", "deze 1.300 meisjes", "only 2–3%"),
    ("12%", 12, None, "percent", "exact", "deze groep", "12%"),
    (
        "ruim duizend",
        1000,
        None,
        "people",
        "more_than",
        "minderjarige slachtoffers",
        "more than 1,000",
    ),
    ("bijna 300", 300, None, "people", "less_than", "slachtoffers", "almost 300"),
    ("89%", 89, None, "percent", "exact", "slachtoffers", "89%"),
    ("twee derde", 0.6667, None, "ratio", "exact", "slachtoffers", "two thirds"),
    ("ruim een kwart", 0.25, None, "ratio", "more_than", "slachtoffers", "more than a quarter"),
    ("15 jaar of jonger", 15, None, "age", "at_most", "slachtoffers", "aged 15 or younger"),
    ("één op de vijf", 0.2, None, "ratio", "exact", "slachtoffers", "one in five"),
    ("in 2013", 2013, None, "year", "exact", "de reorganisatie van de politie", "in 2013"),
]


def test_reference_claims_exactly(reference_result) -> None:
    got = [(c.text, c.value, c.value_max, c.unit, c.hedge) for c in reference_result.claims]
    want = [(t, pytest.approx(v), m, u, h) for t, v, m, u, h, _, _ in REFERENCE]
    assert got == want


@pytest.mark.parametrize("row", REFERENCE, ids=[r[0] for r in REFERENCE])
def test_reference_subject_and_english(reference_result, row) -> None:
    text, *_, subject, english = row
    [claim] = [c for c in reference_result.claims if c.text == text]
    assert (claim.subject, claim.value_en) == (subject, english), claim.sentence


def test_reference_offsets_and_ids(reference_result) -> None:
    text = reference_result.article.text
    for n, c in enumerate(reference_result.claims, 1):
        assert c.id == f"c{n}"
        assert text[c.start : c.end] == c.text
        assert text[c.sentence_start : c.sentence_end] == c.sentence
        assert c.sentence_start <= c.start < c.end <= c.sentence_end


def test_reference_sources(reference_result) -> None:
    by_text = {c.text: c for c in reference_result.claims}
    assert by_text["slechts 2 tot 3%"].attributed_to.startswith("Nationaal Rapporteur")
    assert by_text["12%"].attributed_to == "Shamir Ceuleers"  # inside his quote
    assert by_text["bijna 300"].attributed_to is None


CASES = [
    (
        "Volgens het RIVM is 14 procent van de jongeren eenzaam.",
        "14 procent",
        "de jongeren",
        "RIVM",
    ),
    ("Minister Karel Dijkhuis schat dat 7.000 gezinnen wachten.", "7.000", "gezinnen", None),
    ("Ongeveer 450 leerkrachten stoppen dit jaar.", "Ongeveer 450", "leerkrachten", None),
    (
        "Het aantal aangiften is sinds vorig jaar verdubbeld.",
        "verdubbeld",
        "Het aantal aangiften",
        None,
    ),
    (
        "De sluiting van de fabriek in 2018 raakte de stad.",
        "in 2018",
        "De sluiting van de fabriek",
        None,
    ),
]


@pytest.mark.parametrize(
    ("sentence", "text", "subject", "source"), CASES, ids=[c[0] for c in CASES]
)
def test_subject_and_source(analyze_text, sentence, text, subject, source) -> None:
    claims = analyze_text(sentence).claims
    [claim] = [c for c in claims if c.text == text]
    assert (claim.subject, claim.attributed_to) == (subject, source), sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "De brief is gedateerd 1 juli 2023 en verstuurd om 14.30 uur.",
        "In 2030 wil het kabinet de uitstoot fors verlagen.",
        "Bel 112 of kijk op pagina 4.",
    ],
)
def test_no_claims(analyze_text, sentence) -> None:
    assert analyze_text(sentence).claims == [], sentence


def _claim(text: str, value: float, unit: str, hedge: str = "exact", vmax=None) -> Claim:
    return Claim(
        id="c1",
        text=text,
        start=0,
        end=len(text),
        value=value,
        value_max=vmax,
        unit=unit,
        hedge=hedge,
        sentence=text,
        sentence_start=0,
        sentence_end=len(text),
    )


ENGLISH = [
    (_claim("1,1 miljard euro", 1.1e9, "euro"), "1.1 billion euros"),
    (_claim("271 miljoen euro", 271e6, "euro"), "271 million euros"),
    (_claim("onder de achttien", 18, "age", "less_than"), "under 18"),
    (_claim("tussen de 18 en 65 jaar", 18, "age", vmax=65), "aged 18–65"),
    (_claim("2,5 procentpunt", 2.5, "percent"), "2.5 percentage points"),
    (_claim("vijf keer meer", 5, "ratio"), "five times more"),
    (_claim("gehalveerd", 0.5, "ratio"), "halved"),
    (_claim("de helft", 0.5, "ratio"), "half"),
    (_claim("drie op de tien", 0.3, "ratio"), "three in ten"),
    (_claim("sinds 2013", 2013, "year"), "since 2013"),
    (_claim("al vijf jaar", 5, "year"), "5 years"),
    (_claim("naar schatting 900", 900, "people", "approx"), "an estimated 900"),
    (_claim("maar liefst 40", 40, "people"), "as many as 40"),
    (_claim("elf weken", 11, "other"), "11 weeks"),
]


@pytest.mark.parametrize(("claim", "english"), ENGLISH, ids=[c.text for c, _ in ENGLISH])
def test_value_en(claim: Claim, english: str) -> None:
    assert value_en(claim) == english, claim.text


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Bijna", "Ruim", "Volgens de GGD zijn", "Slechts", "Er zijn"]),
            st.integers(min_value=2, max_value=10**6),
            st.sampled_from(
                [
                    "patiënten wachten.",
                    "procent stopt.",
                    "miljoen euro ging op.",
                    "jaar of jonger.",
                    "weken gewacht.",
                ]
            ),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_offsets_on_generated_articles(analyze_text, parts) -> None:
    text = " ".join(f"{a} {format_dutch(n)} {b}" for a, n, b in parts)
    result = analyze_text(text)
    for c in result.claims:
        assert text[c.start : c.end] == c.text
        assert text[c.sentence_start : c.sentence_end] == c.sentence
