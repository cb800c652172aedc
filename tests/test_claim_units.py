"""Units of claims (issue 12): people or count by the counted noun, ages, marks, lists, and the
unit a number with no noun takes from its subject; sources are parties, never documents.

Every row is our own Dutch, positive and negative twins; a failing row names the sentence.
"""

from __future__ import annotations

import pytest

from pipeline.extract.claims import registry, units

# sentence, claim text, unit (value where the list rule scales it)
UNITS = [
    # the counted noun names persons, also by its ending; things and organisations do not
    ("Er zijn inmiddels 4.500 gebruikers geregistreerd.", "4.500", "people"),
    ("Er zijn inmiddels 4.500 telefoonnummers geregistreerd.", "4.500", "count"),
    ("In de provincie werken 40 zorgverzekeraars.", "40", "count"),
    ("De politie beboette tachtig automobilisten.", "tachtig", "people"),
    ("Twee 19-jarige jongens werden aangehouden.", "Twee", "people"),
    ("Twee 19-jarige paarden liepen weg.", "Twee", "count"),
    ("In totaal werden 210 positief geteste reizigers opgevangen.", "210", "people"),
    ("Vorig jaar zochten 340 gezinnen hulp.", "340", "count"),
    ("Een enquête onder 1.500 zelfstandigen wijst het uit.", "1.500", "people"),
    ("Er keken twaalf deskundigen naar het plan.", "twaalf", "people"),
    ("Er staan 40 voertuigen op het terrein.", "40", "count"),
    # a list names its unit once
    ("Drie vrouwen van 31 en 45 jaar raakten gewond.", "31", "age"),
    ("Drie vrouwen van 31 en 45 jaar raakten gewond.", "45 jaar", "age"),
    ("De agenten van 23, 27 en 30 jaar kregen een lintje.", "27", "age"),
    ("Er vielen 3 doden en 4 gewonden.", "3", "people"),
    ("De prijzen stegen met 3 en 4 procent.", "3", "percent"),
    ("Hij kreeg 5 jaar en zij 6 jaar cel.", "5 jaar", "year"),
    # ages with a copula, a superlative, after a name, before a preposition
    ("De oudste deelnemer is 88 jaar.", "88 jaar", "age"),
    ("De oudste deelnemer is 88 jaar, de jongste 9 jaar.", "9 jaar", "age"),
    ("Zij werd 100 jaar.", "100 jaar", "age"),
    ("De monteur is 20 jaar in dienst.", "20 jaar", "year"),
    ("Het contract is 5 jaar.", "5 jaar", "year"),
    ("Verdachte Pieter van Dam van 52 jaar zit vast.", "52 jaar", "age"),
    ("Kees Visser van 61 uit Zwolle is vermist.", "61", "age"),
    ("Een man van 40 uit Gouda en een vrouw van 38 met haar kind.", "40", "age"),
    ("Een man van 40 uit Gouda en een vrouw van 38 met haar kind.", "38", "age"),
    # "jaar oud" is a person's age, a thing's years of existence a duration
    ("Het gebouw aan de Markt is 120 jaar oud.", "120 jaar oud", "year"),
    ("De trams die hier rijden zijn gemiddeld dertig jaar oud.", "dertig jaar oud", "year"),
    ("De vrouw uit het dorp is 90 jaar oud.", "90 jaar oud", "age"),
    ("Zijn dochter is pas vier jaar oud.", "vier jaar oud", "age"),
    ("Zij werd 90 jaar oud.", "90 jaar oud", "age"),
    ("Een groep van 40 leerlingen ging op reis.", "40", "people"),
    # marks
    ("Bewoners geven hun wijk een 6,8.", "6,8", "other"),
    ("Het rapportcijfer 7,4 is het hoogste in jaren.", "7,4", "other"),
    ("Er kwamen gisteren een 50 mensen op af.", "50", "people"),
    # a number with no noun counts what its subject names
    ("Totaal aantal opgenomen patiënten: 1.250 (+96)", "1.250", "people"),
    ("Totaal aantal opgenomen patiënten: 1.250 (+96)", "+96", "people"),
    ("Totaal aantal meldingen: 1.250 (+96)", "+96", "count"),
    ("Er meldden zich 200 vrijwilligers. De overige 40 bleven thuis.", "40", "people"),
    ("Er kwamen 200 aanvragen binnen. De overige 40 bleven liggen.", "40", "count"),
    ("Het merendeel (61) van de bewoners stemde voor.", "61", "people"),
]


@pytest.mark.parametrize(("sentence", "text", "unit"), UNITS, ids=[f"{r[1]}|{r[0]}" for r in UNITS])
def test_unit(analyze_text, sentence, text, unit) -> None:
    claims = [c for c in analyze_text(sentence).claims if c.text == text]
    assert [c.unit for c in claims] == [unit], (sentence, claims)


def test_a_list_shares_its_scale() -> None:
    from pipeline.extract.numbers import quantities_in

    found = {round(q.value) for q in quantities_in("De kosten bedragen 4 en 5 miljoen euro.")}
    assert found == {4_000_000, 5_000_000}


SUBJECTS = [
    ("Verdachte Pieter van Dam van 52 jaar zit vast.", "52 jaar", "Verdachte"),
    ("Twee 19-jarige jongens werden aangehouden.", "Twee", "jongens"),
    ("Totaal aantal opgenomen patiënten: 1.250 (+96)", "+96", "Totaal aantal opgenomen patiënten"),
    ("De oudste deelnemer is 88 jaar.", "88 jaar", "De oudste deelnemer"),
    ("Het aantal meldingen lag op 300. Dat is een toename van 12 procent.", "12 procent",
     "Het aantal meldingen"),
    ("Hiermee komt het aantal zieken op 188 waarvan 5 in het ziekenhuis.", "188",
     "het aantal zieken"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "subject"), SUBJECTS, ids=[r[1] for r in SUBJECTS])
def test_subject(analyze_text, sentence, text, subject) -> None:
    claims = [c for c in analyze_text(sentence).claims if c.text == text]
    assert [c.subject for c in claims] == [subject], (sentence, claims)


def test_every_unit_rule_is_registered() -> None:
    import inspect

    public = {
        name
        for name, f in inspect.getmembers(units, inspect.isfunction)
        if f.__module__ == units.__name__ and not name.startswith("_")
    }
    assert public - {"own_noun", "subject_head"} == {r.__name__ for r in registry.UNIT_RULES}


# sentence(s), claim text, attributed_to: a document is no party, who stands behind it is.
DOCUMENTS = [
    ("Volgens het rapport van de reclassering pleegt 40 procent opnieuw een delict.",
     "40 procent", "reclassering"),
    ("Volgens een rapport pleegt 40 procent opnieuw een delict.", "40 procent", None),
    ("Volgens het rapport pleegt 40 procent opnieuw een delict.", "40 procent", None),
    ("Volgens de onderzoekers pleegt 40 procent opnieuw een delict.", "40 procent",
     "onderzoekers"),
    ("Volgens het onderzoeksrapport van de gemeente wonen er 9.000 mensen.", "9.000",
     "gemeente"),
    ("Volgens het rapport van vorige week wonen er 9.000 mensen.", "9.000", None),
    ("Wachtlijsten groeien. Dat schrijft de Nationale Ombudsman in een rapport.\n\n"
     "Volgens het rapport wachten 9.000 mensen.", "9.000", "Nationale Ombudsman"),
    ("Het Sociaal en Cultureel Planbureau (SCP) publiceerde nieuwe cijfers. Volgens het "
     "SCP-rapport wachten 9.000 mensen.", "9.000", "Sociaal en Cultureel Planbureau"),
    ("Volgens het SCP-rapport wachten 9.000 mensen.", "9.000", "SCP"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "claim_text", "source"), DOCUMENTS, ids=[r[0][-60:] for r in DOCUMENTS]
)
def test_document_is_no_source(analyze_text, text, claim_text, source) -> None:
    claims = [c for c in analyze_text(text).claims if c.text == claim_text]
    assert [c.attributed_to for c in claims] == [source], (text, claims)
