"""Entities, second round on real text (issue 11): the generated gazetteer and given names, and the
boundary and type rules added for it. Every sentence is written for these tests, each rule with a
positive row and a negative twin.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract.entities import extract_entities
from pipeline.labels import first_names, lookup_term, places

# (id, sentence, expected entities as {field: value} subsets, names that must not be entities)
CASES: list[tuple[str, str, list[dict[str, Any]], list[str]]] = [
    # the generated gazetteer: villages, foreign capitals, compass regions
    (
        "village_from_gazetteer",
        "In Vledder en Hooghalen zijn woensdag twee schuren afgebrand.",
        [{"name": "Vledder", "label": "GPE"}, {"name": "Hooghalen", "label": "GPE"}],
        [],
    ),
    (
        "foreign_capitals_dutch_names",
        "De minister reist volgende week naar Vilnius, Riga en Warschau.",
        [
            {"name": "Vilnius", "label": "GPE"},
            {"name": "Riga", "label": "GPE"},
            {"name": "Warschau", "label": "GPE", "name_en": "Warsaw"},
        ],
        [],
    ),
    (
        "compass_region",
        "De zedenpolitie van Oost-Nederland en de recherche in Noord-Italië werken samen.",
        [{"name": "Oost-Nederland", "label": "LOC"}, {"name": "Noord-Italië", "label": "LOC"}],
        [],
    ),
    (
        "town_that_is_a_word_not_matched",
        "Dieren moeten binnen blijven. Best is om eerst de dierenarts te bellen.",
        [],
        ["Dieren", "Best"],
    ),
    (
        "region_with_article_one_entity",
        "Er waren controles in De Kempen. Ook in de Kempen zelf vonden agenten drugs.",
        [{"name": "De Kempen", "label": "LOC", "aliases": ["Kempen"]}],
        [],
    ),
    (
        "place_before_org_word_is_a_body",
        "Patiënten van het Twente Ziekenhuis werden naar Enschede gebracht.",
        [{"name": "Enschede", "label": "GPE"}],
        ["Twente"],
    ),
    # given names: the generated list and two given names before a surname
    (
        "double_given_name",
        "Het gaat om de destijds 35-jarige Eva Maria Pommer uit Duitsland.",
        [{"name": "Eva Maria Pommer", "label": "PERSON"}],
        ["Maria Pommer"],
    ),
    (
        "titled_name_keeps_title_out",
        "Buurman Gerrit Kamphuis zag de brand als eerste.",
        [{"name": "Gerrit Kamphuis", "label": "PERSON"}],
        ["Buurman Gerrit Kamphuis"],
    ),
]


def _find(entities, name):
    return next((e for e in entities if e.name == name), None)


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_entity_rules_round2(
    nlp, sentence: str, expected: list[dict[str, Any]], absent: list[str]
) -> None:
    check_entity_rule(nlp, sentence, expected, absent)


def check_entity_rule(
    nlp, sentence: str, expected: list[dict[str, Any]], absent: list[str]
) -> None:
    """The sentence's entities hold each expected {field: value} subset and none of `absent`."""
    entities = extract_entities(nlp(sentence))
    found = [(e.name, e.label, e.aliases) for e in entities]
    for spec in expected:
        entity = _find(entities, spec["name"])
        assert entity is not None, f"{sentence!r}: expected {spec['name']!r}, found {found}"
        for field, value in spec.items():
            assert getattr(entity, field) == value, (
                f"{sentence!r}: {spec['name']} {field}={getattr(entity, field)!r}, want {value!r}"
            )
    names = {e.name for e in entities}
    for name in absent:
        assert name not in names, f"{sentence!r}: {name!r} must not be an entity; found {found}"


@pytest.mark.parametrize(
    ("form", "label"),
    [("Singapore", "GPE"), ("Zuid-Korea", "GPE"), ("Zevenbergschen Hoek", "GPE"),
     ("Midden-Drenthe", "LOC"), ("Nederland", "GPE"), ("Kempen", "LOC")],
)  # fmt: skip
def test_gazetteer_knows(form: str, label: str) -> None:
    term = lookup_term(form)
    assert term is not None and term.label == label, f"{form}: {term}"


@pytest.mark.parametrize("word", ["Best", "Echt", "Dieren", "Lier", "Gent", "De Haan"])
def test_gazetteer_leaves_out_words_and_surnames(word: str) -> None:
    """A Dutch word or a surname capitalised at a sentence start must not become a place."""
    assert lookup_term(word) is None


def test_curated_places_win_over_generated() -> None:
    names = [p.name for p in places()]
    assert len(names) == len(set(names)), "a place listed twice"
    den_haag = lookup_term("Den Haag")
    assert den_haag is not None and den_haag.name_en == "The Hague"


@pytest.mark.parametrize("name", ["Tom", "Maria", "Marit", "Sanne", "Mohamed"])
def test_given_names_known(name: str) -> None:
    assert name in first_names()


@pytest.mark.parametrize("word", ["Roos", "Hoop", "Mei", "Nederland"])
def test_given_names_leave_out_words_and_places(word: str) -> None:
    assert word not in first_names()
