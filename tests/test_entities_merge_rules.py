"""Entities, merge rules for one name written two ways (issue 11): typos, acronym variants, quoted
epithets beside a person's name, a surname shared by two full names. Every sentence is written for
these tests, each rule with positive rows and negative twins.
"""

from __future__ import annotations

from typing import Any

import pytest

from pipeline.extract.entities.variants import one_edit
from tests.test_entities_round2 import check_entity_rule

# (id, sentence, expected entities as {field: value} subsets, names that must not be entities)
CASES: list[tuple[str, str, list[dict[str, Any]], list[str]]] = [
    # spelling_variant: one edit inside a word of eight letters or more, same kind of thing
    (
        "typo_letter_inserted_in_a_place",
        "In Oosterhesselen werd een man aangehouden. De politie van Oosterhessellen zocht nog"
        " twee anderen.",
        [{"name": "Oosterhesselen", "aliases": ["Oosterhessellen"]}],
        ["Oosterhessellen"],
    ),
    (
        "typo_neighbours_swapped",
        "Het college van Westerkwartier is blij. Volgens de burgemeester van Westerkwatrier komt"
        " er geld bij.",
        [{"name": "Westerkwartier", "aliases": ["Westerkwatrier"]}],
        ["Westerkwatrier"],
    ),
    (
        "typo_letter_left_out_of_a_surname",
        "Gerrit Bosschaert zei dat het te laat is. Later herhaalde Gerrit Bosschart dat.",
        [{"name": "Gerrit Bosschaert", "aliases": ["Gerrit Bosschart"]}],
        ["Gerrit Bosschart"],
    ),
    (
        "change_at_the_end_is_another_name",
        "Marianne Lindeman en Marianne Lindemans zijn geen zussen.",
        [{"name": "Marianne Lindeman", "aliases": []}, {"name": "Marianne Lindemans"}],
        [],
    ),
    (
        "short_surnames_one_letter_apart_are_two_people",
        "Piet Jansen en Piet Janssen zijn geen familie.",
        [{"name": "Piet Jansen", "aliases": []}, {"name": "Piet Janssen", "aliases": []}],
        [],
    ),
    (
        "first_letter_changed_is_another_place",
        "De brandweer van Veenendaal en die van Leenendaal rukten uit.",
        [{"name": "Veenendaal", "aliases": []}, {"name": "Leenendaal", "aliases": []}],
        [],
    ),
    (
        "two_known_places_one_letter_apart",
        "De markten in Machelen en Mechelen gaan weer open.",
        [{"name": "Machelen", "aliases": []}, {"name": "Mechelen", "aliases": []}],
        [],
    ),
    (
        "numbered_roads_never_merge",
        "Het verkeer op de N201 en de N203 stond vast. Ook de A12 en A13 waren dicht.",
        [{"name": n, "aliases": []} for n in ("N201", "N203", "A12", "A13")],
        [],
    ),
    # acronym_variant: capitals only, five letters or more, one change or one swap
    (
        "acronym_in_two_languages",
        "De LHBTI-gemeenschap en LGBTI-jongeren voelen zich onveilig.",
        [{"name": "LHBTI", "aliases": ["LGBTI", "LGBTI-jongeren", "LHBTI-gemeenschap"]}],
        ["LGBTI"],
    ),
    (
        "acronym_letters_swapped_with_plus",
        "De LHBTIQ+-jongeren en hun LHBTQI+-ouders praten met de wethouder.",
        [{"name": "LHBTIQ+", "aliases": ["LHBTIQ+-jongeren", "LHBTQI+", "LHBTQI+-ouders"]}],
        ["LHBTQI+"],
    ),
    (
        "four_letter_acronyms_are_two_bodies",
        "De NAVO en de NASA werken samen.",
        [{"name": "NAVO", "aliases": []}, {"name": "NASA", "aliases": []}],
        [],
    ),
    (
        "acronyms_with_digits_stay_apart",
        "Het NEN3140-keurmerk en het NEN3141-keurmerk gelden voor installateurs.",
        [{"name": "NEN3140"}, {"name": "NEN3141"}],
        [],
    ),
    # capitals_variant: a name set in capitals (a dateline) and the known name
    (
        "dateline_in_capitals_is_the_place",
        "ASSEN, 2 april 2025 – De politie in Assen zoekt getuigen van een inbraak.",
        [{"name": "Assen", "label": "GPE", "aliases": ["ASSEN"]}],
        ["ASSEN"],
    ),
    (
        "capitals_of_another_name_stay_apart",
        "EMMEN, 2 april 2025 – De politie in Assen zoekt getuigen van een inbraak.",
        [{"name": "Assen", "aliases": []}],
        [],
    ),
    # acronyms.expansions: a place abbreviated by the capitals that spell it
    (
        "place_abbreviated_by_its_initials",
        "De export naar de Verenigde Staten daalde. Toch blijven de VS de grootste afnemer.",
        [{"name": "Verenigde Staten", "aliases": ["VS"]}],
        ["VS"],
    ),
    (
        "hyphenated_province_abbreviated",
        "In Noord-Holland regent het de hele week. NH blijft nat tot zondag.",
        [{"name": "Noord-Holland", "aliases": ["NH"]}],
        ["NH"],
    ),
    (
        "party_in_brackets_after_a_place_is_no_alias",
        "Wethouder Karin Mulder uit Noord-Holland (VVD) reageerde niet.",
        [{"name": "Noord-Holland", "aliases": []}],
        [],
    ),
    # inflected_adjective: an adjective with and without its -e
    (
        "adjective_with_and_without_inflection",
        "Het Vlaams onderwijs krijgt meer geld. De Vlaamse scholen zijn blij.",
        [{"name": "Vlaamse", "aliases": ["Vlaams"]}],
        ["Vlaams"],
    ),
    (
        "inflection_halves_a_doubled_vowel",
        "Het Europees beleid is streng. Europese landen willen uitstel.",
        [{"name": "Europees", "aliases": ["Europese"]}],
        ["Europese"],
    ),
    (
        "inflected_form_written_first",
        "Europese landen willen uitstel. Het Europees beleid is streng.",
        [{"name": "Europese", "aliases": ["Europees"]}],
        ["Europees"],
    ),
    (
        "first_name_and_adjective_stay_apart",
        "Frans de Boer zag Franse toeristen. Frans lachte.",
        [{"name": "Frans de Boer", "label": "PERSON"}],
        [],
    ),
    # epithet_pairs: a quoted name before a full name or as an apposition after a person
    (
        "quoted_epithet_before_full_name",
        '"De Zingende Bakker" Henk Mulder opende zaterdag zijn winkel in Zwolle.',
        [{"name": "Henk Mulder", "label": "PERSON", "aliases": ["De Zingende Bakker"]}],
        ["De Zingende Bakker"],
    ),
    (
        "quoted_epithet_as_apposition",
        'Zanger Mulder, "de Zingende Bakker", kreeg zaterdag een lintje.',
        [{"name": "Zanger Mulder", "label": "PERSON", "aliases": ["Zingende Bakker"]}],
        ["Zingende Bakker"],
    ),
    (
        "quoted_epithet_labelled_other_than_person",
        'Het publiek juichte voor "De Rode Duivel" Kevin Peeters in het stadion.',
        [{"name": "Kevin Peeters", "label": "PERSON", "aliases": ["Rode Duivel"]}],
        ["Rode Duivel"],
    ),
    (
        "scare_quotes_give_no_alias",
        'Wethouder Anna Vermeulen noemde het plan "een farce".',
        [{"name": "Anna Vermeulen", "aliases": []}],
        [],
    ),
    (
        "quoted_title_apart_from_the_name_is_no_epithet",
        'Henk Mulder schreef het boek "De Stille Stad" over zijn jeugd in Zwolle.',
        [{"name": "Henk Mulder", "aliases": []}, {"name": "De Stille Stad"}],
        [],
    ),
    (
        "quote_after_comma_without_closing_comma_is_no_apposition",
        'Volgens Henk Mulder, "De Stille Stad" is zijn beste boek.',
        [{"name": "Henk Mulder", "aliases": []}, {"name": "De Stille Stad"}],
        [],
    ),
    # _namesake: a surname of several full names joins the nearest one before it, else after it
    (
        "shared_surname_joins_the_nearest_before",
        "Trainer Karel Hendriks keek toe. Zijn zoon Pieter Hendriks scoorde twee keer."
        " Hendriks was blij.",
        [
            {"name": "Karel Hendriks", "aliases": []},
            {"name": "Pieter Hendriks", "aliases": ["Hendriks"]},
        ],
        ["Hendriks"],
    ),
    (
        "shared_surname_before_both_joins_the_first_after",
        "Hendriks opende het congres. Daarna spraken Karel Hendriks en zijn dochter"
        " Lotte Hendriks.",
        [
            {"name": "Karel Hendriks", "aliases": ["Hendriks"]},
            {"name": "Lotte Hendriks", "aliases": []},
        ],
        ["Hendriks"],
    ),
    (
        "two_persons_with_one_surname_never_merge",
        "Trainer Karel Hendriks keek toe. Hendriks was trots. Zijn zoon Pieter Hendriks scoorde"
        " twee keer. Hendriks was blij.",
        [
            {"name": "Karel Hendriks", "aliases": ["Hendriks"]},
            {"name": "Pieter Hendriks", "aliases": ["Hendriks"]},
        ],
        ["Hendriks"],
    ),
    (
        "shared_surname_with_particles",
        "Hoogleraar Maria van der Linden en haar man Joost van der Linden verhuizen."
        " Van der Linden gaat in Leiden werken.",
        [
            {"name": "Maria van der Linden", "aliases": []},
            {"name": "Joost van der Linden", "aliases": ["Van der Linden"]},
        ],
        ["Van der Linden"],
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_merge_rules(nlp, sentence: str, expected: list[dict[str, Any]], absent: list[str]) -> None:
    check_entity_rule(nlp, sentence, expected, absent)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("duiveland", "duivenland", (5, 5, 6)),  # insertion
        ("duivenland", "duiveland", (5, 6, 5)),  # deletion
        ("bosschaert", "bosschoert", (6, 7, 7)),  # substitution
        ("kwartier", "kwatrier", (3, 5, 5)),  # swap of neighbours
        ("hessel", "hesssel", (4, 4, 5)),  # a doubled letter: the latest place
        ("kwartier", "kwatreir", None),  # two edits
        ("lindeman", "lindeman", None),  # equal
        ("n201", "n203", (3, 4, 4)),  # one edit; the rules refuse digits themselves
    ],
)
def test_one_edit(a: str, b: str, expected: tuple[int, int, int] | None) -> None:
    assert one_edit(a, b) == expected, f"{a!r} -> {b!r}: want {expected}"
