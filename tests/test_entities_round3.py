"""Entities, third round on real text (issue 11): names joined over "en"/"&", entities cut at
separators, titled works, streets named after a title, organisation words before a name, inner
acronym initials and place names that are surnames. Every sentence is written for these tests,
each rule with a positive row and a negative twin.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_entities_round2 import check_entity_rule

# (id, sentence, expected entities as {field: value} subsets, names that must not be entities)
CASES: list[tuple[str, str, list[dict[str, Any]], list[str]]] = [
    # conjoined_names: "&" and "en" inside a body's name
    (
        "ampersand_inside_body",
        "De Autoriteit Consument & Markt legt de telecomaanbieder een boete op.",
        [{"name": "Autoriteit Consument & Markt", "label": "ORG"}],
        ["Autoriteit Consument", "Markt"],
    ),
    (
        "en_inside_body_headed_by_org_word",
        "Volgens de Unie van Boeren en Groenen moet de regering ingrijpen.",
        [{"name": "Unie van Boeren en Groenen", "label": "ORG"}],
        ["Groenen"],
    ),
    (
        "en_before_a_person_keeps_two",
        "De Stichting Present en Jan Smit hielpen bij de opruimactie.",
        [{"name": "Stichting Present", "label": "ORG"}, {"name": "Jan Smit", "label": "PERSON"}],
        ["Stichting Present en Jan Smit"],
    ),
    (
        "en_before_another_body_keeps_two",
        "Volgens de Vereniging Eigen Huis en de Consumentenbond stijgen de prijzen.",
        [{"name": "Vereniging Eigen Huis"}, {"name": "Consumentenbond", "label": "ORG"}],
        ["Vereniging Eigen Huis en de Consumentenbond"],
    ),
    # separators: a semicolon, a preposition before a known place
    (
        "semicolon_between_two_names",
        "Enschede; FC Twente vierde zondag het kampioenschap met duizenden fans.",
        [{"name": "Enschede", "label": "GPE"}],
        ["Enschede; FC Twente"],
    ),
    (
        "district_in_town",
        "Bewoners van de wijk Bergweide-Zuid in Deventer klagen over geluid.",
        [{"name": "Bergweide-Zuid", "label": "LOC"}, {"name": "Deventer", "label": "GPE"}],
        ["Bergweide-Zuid in Deventer"],
    ),
    (
        "in_without_a_known_place_stays_whole",
        "De muziekgroep Samen Sterk in de Stad treedt op.",
        [{"name": "Samen Sterk in de Stad"}],
        ["Samen Sterk", "Stad"],
    ),
    # titled_works: a kind-of-work noun before a name or a quoted title
    (
        "app_name_after_work_noun",
        "Met de app Slim Melden kunnen bewoners afval melden.",
        [{"name": "Slim Melden", "label": "MISC"}],
        [],
    ),
    (
        "quoted_title_after_work_noun",
        "In het project ‘Groen Dorp’ planten bewoners bomen.",
        [{"name": "Groen Dorp", "label": "MISC"}],
        [],
    ),
    (
        "work_noun_before_a_place_names_no_work",
        "De campagne in Utrecht loopt tot mei.",
        [{"name": "Utrecht", "label": "GPE"}],
        ["campagne in Utrecht", "in Utrecht"],
    ),
    (
        "see_also_link_title",
        "Zie ook Cijfers over woninginbraken in Nederland\nDe politie meldt minder inbraken.",
        [{"name": "Cijfers over woninginbraken in Nederland", "label": "MISC"}],
        ["Nederland"],
    ),
    (
        "see_also_without_a_title",
        "Zie ook de website van de gemeente.",
        [],
        ["Zie", "de website van de gemeente"],
    ),
    # streets: named after a title, missed one-word streets
    (
        "street_named_after_a_title",
        "Het ongeluk gebeurde op de Burgemeester Vermeulenweg in Dongen.",
        [{"name": "Burgemeester Vermeulenweg", "label": "LOC"}, {"name": "Dongen"}],
        ["Vermeulenweg"],
    ),
    (
        "title_before_a_surname_is_a_person",
        "Burgemeester Vermeulen opende het zwembad.",
        [{"name": "Vermeulen", "label": "PERSON", "role": "burgemeester"}],
        ["Burgemeester Vermeulen"],
    ),
    (
        "street_missed_by_the_model",
        "De auto reed door de Kerkstraat in het centrum.",
        [{"name": "Kerkstraat", "label": "LOC"}],
        [],
    ),
    (
        "sentence_initial_street_word_proves_nothing",
        "Kerkstraat afgesloten wegens werkzaamheden aan het riool.",
        [],
        ["Kerkstraat"],
    ),
    # org_word_before and the organisation's name without its organisation word
    (
        "org_word_before_name_and_short_form_merge",
        "Daarover gaat de Stichting Buurtkracht. Volgens Buurtkracht komen er veel tips binnen.",
        [{"name": "Stichting Buurtkracht", "label": "ORG", "aliases": ["Buurtkracht"]}],
        ["Buurtkracht"],
    ),
    (
        "org_word_before_a_personal_name_stays_out",
        "Team Piet Jansen won de quiz in het dorpshuis.",
        [{"name": "Piet Jansen", "label": "PERSON"}],
        ["Team Piet Jansen"],
    ),
    # acronyms: an inner word initial of a long body name
    (
        "bracketed_acronym_of_inner_initials",
        "Gisteren rukte de Dienst Regionale Recherche en Ondersteuning (RR/O) uit naar Venlo.",
        [{"name": "Dienst Regionale Recherche en Ondersteuning", "aliases": ["RR/O"]}],
        ["RR/O"],
    ),
    # surname_places: a gazetteer place right after a given name is a surname
    (
        "place_after_given_name_is_a_surname",
        "Advocaat Mirjam Oosterbeek vindt de eis te zwaar. Oosterbeek wil vrijspraak.",
        [{"name": "Mirjam Oosterbeek", "label": "PERSON", "aliases": ["Oosterbeek"]}],
        ["Mirjam"],
    ),
    (
        "place_after_preposition_stays_a_place",
        "Vrijwilliger Mirjam uit Oosterbeek helpt elke week.",
        [{"name": "Oosterbeek", "label": "GPE"}],
        ["Mirjam Oosterbeek"],
    ),
    (
        "place_elsewhere_in_text_stays_a_place",
        "Sanne Bakker woont in Oosterbeek. Bakker werkt in Arnhem.",
        [{"name": "Sanne Bakker", "aliases": ["Bakker"]}, {"name": "Oosterbeek", "label": "GPE"}],
        [],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_entity_rules_round3(
    nlp, sentence: str, expected: list[dict[str, Any]], absent: list[str]
) -> None:
    check_entity_rule(nlp, sentence, expected, absent)
