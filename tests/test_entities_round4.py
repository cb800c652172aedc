"""Entities, fourth round on real text (issue 11): touching capitalised names joined, law titles
running over their lower-case words, roads named by a place adjective. Every sentence is written for
these tests, each rule with a positive row and a negative twin.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_entities_round2 import check_entity_rule

# (id, sentence, expected entities as {field: value} subsets, names that must not be entities)
CASES: list[tuple[str, str, list[dict[str, Any]], list[str]]] = [
    # adjacent_names: two touching model entities of capitalised words are one name
    (
        "english_words_inside_a_dutch_name",
        "De gegevens komen uit het Landelijk Digital Health Platform van de zorgverzekeraars.",
        [{"name": "Landelijk Digital Health Platform"}],
        ["Landelijk Digital", "Health Platform"],
    ),
    (
        "software_product_of_three_words",
        "Daarvoor installeer je de Microsoft Office Suite op elke laptop.",
        [{"name": "Microsoft Office Suite", "label": "ORG"}],
        ["Microsoft", "Office Suite"],
    ),
    (
        "org_then_person_with_particle_stay_two",
        "Dat zei minister van Landbouw Ellen Van Damme woensdag in Gent.",
        [{"name": "Ellen Van Damme", "label": "PERSON"}],
        ["Landbouw Ellen Van Damme"],
    ),
    (
        "nationality_then_place_stay_two",
        "Hij opende een winkel in het Noorse Bodø Haven.",
        [],
        ["Noorse Bodø Haven"],
    ),
    # law_titles: "Wet" and its lower-case title words up to the clause end
    (
        "law_title_with_en",
        "Het bureau overtrad de Wet toezicht kinderopvang en gastouderbureaus, zei de rechter.",
        [{"name": "Wet toezicht kinderopvang en gastouderbureaus", "label": "LAW"}],
        ["Wet"],
    ),
    (
        "law_title_ends_before_the_verb",
        "Ze willen de Wet kinderopvang veranderen.",
        [{"name": "Wet kinderopvang", "label": "LAW"}],
        ["Wet kinderopvang veranderen"],
    ),
    (
        "law_title_with_preposition_stops_at_en_de",
        "Dat staat in de Wet op de jeugdzorg en de gemeente moet zich eraan houden.",
        [{"name": "Wet op de jeugdzorg", "label": "LAW"}],
        ["Wet op de jeugdzorg en de gemeente"],
    ),
    (
        "law_word_before_a_verb_is_no_title",
        "Volgens de Wet moeten verhuurders de borg binnen twee weken terugbetalen.",
        [],
        ["Wet moeten verhuurders", "Wet moeten"],
    ),
    (
        "lower_case_law_is_no_title",
        "De gemeente wil de wet op de kinderopvang strenger handhaven.",
        [],
        ["wet op de kinderopvang"],
    ),
    # place_roads: a capitalised adjective in -e before a capitalised road word
    (
        "adjective_named_ring_road",
        "Door een ongeluk op de Zuidelijke Ring bij Groningen stond het verkeer stil.",
        [{"name": "Zuidelijke Ring", "label": "LOC"}],
        ["Zuidelijke"],
    ),
    (
        "adjective_named_road_lower_case_word_is_none",
        "Door een ongeluk op de zuidelijke ringweg bij Groningen stond het verkeer stil.",
        [],
        ["zuidelijke ringweg"],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_entity_rules_round4(
    nlp, sentence: str, expected: list[dict[str, Any]], absent: list[str]
) -> None:
    check_entity_rule(nlp, sentence, expected, absent)
