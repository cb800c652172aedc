"""The Dutch number grammar of issue 12, form by form, and the numbers that are no claims.

Table rows on our own sentences: every form with positive rows and its negative twins, every
non-claim shape with the surfaces no claim may touch, and a hypothesis round trip that writes a
value in every Dutch format (grouping by dot, space or apostrophe; decimal comma or point; words
with and without diaeresis, compounds, scale words, k/mln/mld, signs, halves) and reads it back.
A word written "woord/NOUN" carries that POS tag, as a parsed sentence would.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.numbers import Word, find_quantities, tokenize
from pipeline.extract.numbers.words import Quantity


def _words(text: str) -> tuple[str, list[Word]]:
    """The plain text and its words, "woord/TAG" giving that word its POS."""
    tags = {t.split("/")[0]: t.split("/")[1] for t in re.findall(r"[^\s/]+/[A-Z]+\b", text)}
    plain = re.sub(r"/[A-Z]+\b", "", text)
    return plain, [Word(w.text, w.start, w.end, tags.get(w.text, "")) for w in tokenize(plain)]


def _found(text: str) -> tuple[str, list[Quantity]]:
    plain, words = _words(text)
    return plain, find_quantities(words)


ANY = object()  # a unit the row leaves to the unit vocabulary (tests/test_numbers.py checks units)

# (sentence, [(surface, value, value_max, unit, hedge), ...])
FORMS = [
    # a dotted number that opens its sentence is a timestamp only with a dash after it
    ("10.15 bezoekers kwamen kijken.", [("10.15", 10.15, None, ANY, "exact")]),
    # thousands grouped by spaces, dots or apostrophes
    (
        "Het land telt inmiddels 17 942 000 inwoners.",
        [("17 942 000", 17942000, None, "people", "exact")],
    ),
    ("Er kwamen 25 000 bezoekers.", [("25 000", 25000, None, "people", "exact")]),
    ("Het kost 2 345 678,90 euro.", [("2 345 678,90 euro", 2345678.9, None, "euro", "exact")]),
    ("Het kost € 1.234,56.", [("€ 1.234,56", 1234.56, None, "euro", "exact")]),
    ("Er wonen 17'942'000 mensen.", [("17'942'000", 17942000, None, "people", "exact")]),
    ("Er wonen 1.250.000 mensen.", [("1.250.000", 1250000, None, "people", "exact")]),
    ("De balans is 1,250,000 euro.", [("1,250,000 euro", 1250000, None, "euro", "exact")]),
    # a price in whole euros: ",-" belongs to the number
    ("Het kost 12,- euro.", [("12,- euro", 12, None, "euro", "exact")]),
    ("Het kost € 5,–.", [("€ 5,–", 5, None, "euro", "exact")]),
    ("Het kost 25.000,- per jaar.", [("25.000,-", 25000, None, ANY, "exact")]),
    (
        "Het waren er 12, -3 graden.",
        [("12", 12, None, ANY, "exact"), ("-3 graden", -3, None, ANY, "exact")],
    ),
    # four thousands groups before a noun or unit are a number, not an IP address
    (
        "Er waren 6.203.103.100 gevallen/NOUN bij.",
        [("6.203.103.100", 6203103100, None, "count", "exact")],
    ),
    ("Het kost 1.100.200.250 euro.", [("1.100.200.250 euro", 1100200250, None, "euro", "exact")]),
    # decimal comma and point
    ("De groei was 2,5 procent.", [("2,5 procent", 2.5, None, "percent", "exact")]),
    ("Het slachtoffer is 1.65 meter lang.", [("1.65 meter", 1.65, None, ANY, "exact")]),
    ("Het slachtoffer is 1,65 meter lang.", [("1,65 meter", 1.65, None, ANY, "exact")]),
    # signs and "min"
    ("Het kwik daalde tot min 7 graden.", [("min 7 graden", -7, None, ANY, "exact")]),
    ("In Hoogeveen werd -9,8 graden gemeten.", [("-9,8 graden", -9.8, None, ANY, "exact")]),
    ("De koers zakte −2 procent.", [("−2 procent", -2, None, "percent", "exact")]),
    ("De index verloor -3/4 punt.", [("-3/4", -0.75, None, ANY, "exact")]),
    (
        "Het blijft tussen min vijf en twaalf graden.",
        [("tussen min vijf en twaalf graden", -5, 12, ANY, "exact")],
    ),
    ("Het verschil is +112 patiënten.", [("+112", 112, None, "people", "exact")]),
    ("Het vroor drie graden onder nul.", [("drie graden onder nul", -3, None, ANY, "exact")]),
    (
        "Het was tien graden onder het vriespunt.",
        [("tien graden onder het vriespunt", -10, None, ANY, "exact")],
    ),
    ("Het is twee graden boven nul.", [("twee graden boven nul", 2, None, ANY, "exact")]),
    # spoken decimals
    (
        "De groei is twee komma vijf procent.",
        [("twee komma vijf procent", 2.5, None, "percent", "exact")],
    ),
    (
        "De groei is nul komma drie procent.",
        [("nul komma drie procent", 0.3, None, "percent", "exact")],
    ),
    (
        "Het is drie komma vijfentwintig meter.",
        [("drie komma vijfentwintig meter", 3.25, None, ANY, "exact")],
    ),
    (
        "De kans is nul komma nul vijf procent.",
        [("nul komma nul vijf procent", 0.05, None, "percent", "exact")],
    ),
    ("Er zijn twee komma's in de zin.", [("twee", 2, None, "count", "exact")]),
    # mixed numbers and fractions
    ("Het duurde zeven en een half week.", [("zeven en een half week", 7.5, None, ANY, "exact")]),
    ("Het werd achttien en twee vijfde.", [("achttien en twee vijfde", 18.4, None, ANY, "exact")]),
    (
        "Er is honderdvier en een derde miljoen euro nodig.",
        [("honderdvier en een derde miljoen euro", 104333333.33, None, "euro", "exact")],
    ),
    ("Zij wachten 2½ jaar.", [("2½ jaar", 2.5, None, "year", "exact")]),
    ("Het duurde een half jaar.", [("een half jaar", 0.5, None, "year", "exact")]),
    ("Het duurde anderhalf uur.", [("anderhalf uur", 1.5, None, ANY, "exact")]),
    ("Drie vijfde van de wijken.", [("Drie vijfde", 0.6, None, "ratio", "exact")]),
    ("Twee derden van de leden.", [("Twee derden", 0.6667, None, "ratio", "exact")]),
    ("Het gaat om 3/4 van de leden.", [("3/4", 0.75, None, "ratio", "exact")]),
    # ratio phrases with op, van and uit
    (
        "Eén van de vier jongeren heeft schulden.",
        [("Eén van de vier", 0.25, None, "ratio", "exact")],
    ),
    ("Slechts 2 van de 5 scholen doet mee.", [("Slechts 2 van de 5", 0.4, None, "ratio", "only")]),
    ("Eén uit de 50 aanvragen wordt toegekend.", [("Eén uit de 50", 0.02, None, "ratio", "exact")]),
    ("Drie op de tien inwoners.", [("Drie op de tien", 0.3, None, "ratio", "exact")]),
    (
        "Slechts 1 op de 10–12 haalt de selectie.",
        [("Slechts 1 op de 10–12", 0.0833, 0.1, "ratio", "only")],
    ),
    # rates per a round base (GUIDELINES: twee per duizend 0.002); "per" before a unit is no rate
    (
        "Twee per duizend inwoners/NOUN.",
        [("Twee per duizend inwoners", 0.002, None, "ratio", "exact")],
    ),
    (
        "Er zijn 12 per 100.000 inwoners/NOUN besmet.",
        [("12 per 100.000 inwoners", 0.00012, None, "ratio", "exact")],
    ),
    (
        "Ruim 3 per 1000 kinderen/NOUN.",
        [("Ruim 3 per 1000 kinderen", 0.003, None, "ratio", "more_than")],
    ),
    ("Hij ziet 40 patiënten per dag.", [("40", 40, None, "people", "exact")]),
    ("Het gaat om 5 per 3.", [("5", 5, None, "count", "exact"), ("3", 3, None, "count", "exact")]),
    # compounds with and without diaeresis, a number continued by a smaller one
    ("Er zijn tweeënveertig verdachten.", [("tweeënveertig", 42, None, "people", "exact")]),
    ("Er zijn tweeenveertig verdachten.", [("tweeenveertig", 42, None, "people", "exact")]),
    ("Er zijn drieentwintig scholen.", [("drieentwintig", 23, None, "count", "exact")]),
    (
        "Er kwamen vierendertigduizend driehonderd mensen.",
        [("vierendertigduizend driehonderd", 34300, None, "people", "exact")],
    ),
    (
        "Het kost twee miljoen vijfhonderdduizend euro.",
        [("twee miljoen vijfhonderdduizend euro", 2.5e6, None, "euro", "exact")],
    ),
    (
        "Er zijn 2 miljoen 300 duizend mensen.",
        [("2 miljoen 300 duizend", 2.3e6, None, "people", "exact")],
    ),
    (
        "Het kost 1 miljard 200 miljoen euro.",
        [("1 miljard 200 miljoen euro", 1.2e9, None, "euro", "exact")],
    ),
    (
        "Er zijn 2 miljoen driehonderdduizend mensen.",
        [("2 miljoen driehonderdduizend", 2.3e6, None, "people", "exact")],
    ),
    # dozijn, k, mln, mld, miljoen, miljard
    (
        "Zij kocht een half dozijn eieren en vier dozijn rozen.",
        [
            ("een half dozijn", 6, None, "count", "exact"),
            ("vier dozijn", 48, None, "count", "exact"),
        ],
    ),
    ("De video kreeg 25k views.", [("25k", 25000, None, "count", "exact")]),
    ("Het budget is €2,5mln.", [("€2,5mln", 2.5e6, None, "euro", "exact")]),
    ("Het tekort is 1 mld euro.", [("1 mld euro", 1e9, None, "euro", "exact")]),
    ("Het kost 1,1 miljard euro.", [("1,1 miljard euro", 1.1e9, None, "euro", "exact")]),
    ("Er is een miljoen euro nodig.", [("een miljoen euro", 1e6, None, "euro", "exact")]),
    ("Het kost 1,5 mln. euro.", [("1,5 mln. euro", 1.5e6, None, "euro", "exact")]),
    ("Het kost € 3 mld. aan subsidie.", [("€ 3 mld.", 3e9, None, "euro", "exact")]),
    ("Het tekort is 3 mln. De minister zwijgt.", [("3 mln", 3e6, None, ANY, "exact")]),
    ("Het kost 5 mio. euro.", [("5 mio. euro", 5e6, None, "euro", "exact")]),
    # ranges: tussen … en, … tot …, van … tot …, elided scale
    (
        "Er zijn tussen de drieduizend en 4,5 duizend slachtoffers.",
        [("tussen de drieduizend en 4,5 duizend", 3000, 4500, "people", "exact")],
    ),
    (
        "Het kost tussen € 5,50 en € 36,08.",
        [("tussen € 5,50 en € 36,08", 5.5, 36.08, "euro", "exact")],
    ),
    ("Van 14 000 tot 16 000 plaatsen.", [("14 000 tot 16 000", 14000, 16000, "count", "exact")]),
    ("Drie- tot vierduizend mensen.", [("Drie- tot vierduizend", 3000, 4000, "people", "exact")]),
    ("Van 10 t/m 15 deelnemers.", [("10 t/m 15", 10, 15, "people", "exact")]),
    (
        "Tussen 500 en 2 miljoen euro.",
        [("Tussen 500 en 2 miljoen euro", 500, 2e6, "euro", "exact")],
    ),
    ("Er zijn twee á drie mensen.", [("twee á drie", 2, 3, "people", "exact")]),
    ("Er vielen 2.000 à 3.000 doden.", [("2.000 à 3.000", 2000, 3000, "people", "exact")]),
    # two comparisons: one range, value the lower and value_max the upper bound, hedge exact
    (
        "Het moet hoger dan tien en kleiner of gelijk dan twintig zijn.",
        [("hoger dan tien en kleiner of gelijk dan twintig", 10, 20, "count", "exact")],
    ),
    ("Minimaal 5 maar hooguit 8 weken.", [("Minimaal 5 maar hooguit 8 weken", 5, 8, ANY, "exact")]),
    (
        "Minder dan 20 en meer dan 10 procent.",
        [("Minder dan 20 en meer dan 10 procent", 10, 20, "percent", "exact")],
    ),
    # ordinals that count
    ("Zij is de vierde vrouw in het bestuur.", [("vierde", 4, None, "other", "exact")]),
    ("Hij werd voor de 31e keer betrapt.", [("31e keer", 31, None, "other", "exact")]),
    ("Het gebeurt voor de tweede keer.", [("tweede keer", 2, None, "other", "exact")]),
    ("Het is voor het tweede jaar op rij.", [("tweede jaar op rij", 2, None, "other", "exact")]),
    ("Er is een derde persoon/NOUN aangehouden.", [("derde", 3, None, "other", "exact")]),
    ("Ook een tiende verdachte/NOUN is herkend.", [("tiende", 10, None, "other", "exact")]),
    (
        "Hij reageerde als eerste familielid/NOUN op het nieuws.",
        [("eerste", 1, None, "other", "exact")],
    ),
    ("Weber werd derde.", [("derde", 3, None, "other", "exact")]),
    ("Tweede werd Claes.", [("Tweede", 2, None, "other", "exact")]),
    ("Het is zijn eenendertigste zege/NOUN.", [("eenendertigste", 31, None, "other", "exact")]),
    # one that counts
    ("Eén politiemedewerker raakte gewond.", [("Eén", 1, None, "people", "exact")]),
    ("Bij één beveiligingsbedrijf/NOUN ging het mis.", [("één", 1, None, "count", "exact")]),
    ("Toen werd één van de agenten/NOUN betrapt.", [("één van", 1, None, "people", "exact")]),
    ("Een van deze mensen/NOUN was op doorreis.", [("Een van", 1, None, "people", "exact")]),
    (
        "Het zijn 188 gevallen/NOUN, waarvan 1 patiënt overleed.",
        [("188", 188, None, "count", "exact"), ("1", 1, None, "people", "exact")],
    ),
    ("Er was 1x rijden onder invloed.", [("1x", 1, None, "count", "exact")]),
    ("Het kwam 1 keer voor.", [("1 keer", 1, None, "count", "exact")]),
    # compounds of a number
    ("Er is het vijfvoudige aan slachtoffers.", [("het vijfvoudige", 5, None, "ratio", "exact")]),
    (
        "Het was meer dan het dubbele van de limiet.",
        [("meer dan het dubbele", 2, None, "ratio", "more_than")],
    ),
    ("Het is dubbel zoveel.", [("dubbel zoveel", 2, None, "ratio", "exact")]),
    ("Het gaat om een tweejarig jongetje.", [("tweejarig", 2, None, "age", "exact")]),
    ("Het is een dertienweekse stage.", [("dertienweekse", 13, None, "other", "exact")]),
    ("Het is een 13-weekse stage.", [("13-weekse", 13, None, "other", "exact")]),
    ("Het is tweemaal zo groot.", [("tweemaal zo groot", 2, None, "ratio", "exact")]),
    ("Er vielen een tiental doden.", [("tiental", 10, None, "people", "approx")]),
    ("Zij gingen met z'n tweeën.", [("tweeën", 2, None, "people", "exact")]),
    # hedges of issue 12
    ("Het gaat om ± 300 mensen.", [("± 300", 300, None, "people", "approx")]),
    ("Er kwamen 10.000+ bezoekers.", [("10.000+", 10000, None, "people", "at_least")]),
    ("Er werken hoogstens negen mensen.", [("hoogstens negen", 9, None, "people", "at_most")]),
    # counts after "week" and a time word before a reference word (issue 12 bugs)
    ("Elke week 12 nieuwe gevallen.", [("12", 12, None, "count", "exact")]),
    ("Hij kreeg vorige week twintig jaar celstraf.", [("twintig jaar", 20, None, "year", "exact")]),
    ("Afgelopen seizoen 218 verdachten.", [("218", 218, None, "people", "exact")]),
    ("Elke week dertienhonderd mensen.", [("dertienhonderd", 1300, None, "people", "exact")]),
    (
        "Van de 188 patiënten zijn er 112 in/ADP het buitenland geweest.",
        [("188", 188, None, "people", "exact"), ("112", 112, None, "people", "exact")],
    ),
    # years only when asserted, points in time only when they date an event
    ("Sinds 2016 daalt het aantal.", [("Sinds 2016", 2016, None, "year", "exact")]),
    ("In 2019 daalde het aantal naar 170.", [("170", 170, None, "count", "exact")]),
    ("Uit onderzoek blijkt dat er sinds 2021 al honderden slachtoffers zijn.", []),
    (
        "De man werd in 2019 veroordeeld tot achttien maanden cel.",
        [("in 2019", 2019, None, "year", "exact"), ("achttien maanden", 18, None, ANY, "exact")],
    ),
    (
        "Het aantal moet tegen 2030 gehalveerd zijn.",
        [("tegen 2030", 2030, None, "year", "exact"), ("gehalveerd", 0.5, None, "ratio", "exact")],
    ),
    ("Twee jaar geleden startte de pilot.", [("Twee jaar", 2, None, "year", "exact")]),
    ("Vijf jaar geleden waren het er nog 520.", [("520", 520, None, "count", "exact")]),
    # negative twins: no claim, or not the one a careless reading gives
    # a year stays a year: never grouped with the number after it
    (
        "Het land telde in 2019 17 942 000 inwoners.",
        [("17 942 000", 17942000, None, "people", "exact")],
    ),
    ("Rond 2000 woonden er 15 000 000 mensen.", [("15 000 000", 15e6, None, "people", "exact")]),
    ("In 2019 kwamen er 100 000 bezoekers.", [("100 000", 100000, None, "people", "exact")]),
    ("Sinds 2015 2 000 nieuwe leden.", [("2 000", 2000, None, "people", "exact")]),
    ("Zij groeide sinds 2015 flink.", [("sinds 2015", 2015, None, "year", "exact")]),
    # a small group before a counted noun is one number; three small numbers or "of" are a list
    (
        "De 2 345 deelnemers kwamen uit 12 landen.",
        [("2 345", 2345, None, "people", "exact"), ("12", 12, None, "count", "exact")],
    ),
    (
        "Het gaat om 3 4 of 5 mensen.",
        [("3", 3, None, "count", "exact"), ("4 of 5", 4, 5, "people", "exact")],
    ),
    (
        "Er zijn 2 miljoen 300 mensen.",
        [("2 miljoen", 2e6, None, "count", "exact"), ("300", 300, None, "people", "exact")],
    ),
    (
        "Er waren 3 000 000 2 000 mensen.",
        [("3 000 000", 3e6, None, "count", "exact"), ("2 000", 2000, None, "people", "exact")],
    ),
    # a clock in words needs an hour after the relation word and nothing counted after the hour
    (
        "Er stemden 30 voor, 12 tegen.",
        [("30", 30, None, "count", "exact"), ("12", 12, None, "count", "exact")],
    ),
    (
        "Er kwamen 20 voor 3 plaatsen/NOUN.",
        [("20", 20, None, "count", "exact"), ("3", 3, None, "count", "exact")],
    ),
    # a compound noun that looks like a number compound
    ("Het elftal won de wedstrijd.", []),
    ("Een vijftal agenten kwam.", [("vijftal", 5, None, "people", "approx")]),
    # vague quantifiers before a scale word are no claims (GUIDELINES)
    ("Het kost een paar honderd euro.", []),
    ("Er kwamen enkele duizend leden.", []),
    ("Er kwamen duizenden mensen.", []),
    # a sign survives a verb of change before "tot"; a times word after a reference word counts
    ("Het kwik zakte tot -12 graden.", [("-12 graden", -12, None, ANY, "exact")]),
    ("Zij las het boek 2 keer.", [("2 keer", 2, None, "count", "exact")]),
    ("Zij las het boek twee keer.", [("twee keer", 2, None, "count", "exact")]),
    ("Volgens hoofdstuk 2 mag dat.", []),
    (
        "De ballen 3 4 5 vielen.",
        [
            ("3", 3, None, "count", "exact"),
            ("4", 4, None, "count", "exact"),
            ("5", 5, None, "count", "exact"),
        ],
    ),
    ("Het waren min of meer 20 mensen.", [("20", 20, None, "people", "exact")]),
    (
        "Het kost tussen de 300 en een half miljoen euro.",
        [("tussen de 300 en een half miljoen euro", 300, 500000, "euro", "exact")],
    ),
    (
        "Het voorstel kreeg 199 van de 503 stemmen/NOUN.",
        [("199", 199, None, "count", "exact"), ("503", 503, None, "count", "exact")],
    ),
    (
        "Meer dan 300 agenten en minder dan 20 auto's.",
        [
            ("Meer dan 300", 300, None, "people", "more_than"),
            ("minder dan 20", 20, None, "count", "less_than"),
        ],
    ),
    ("In eerste instantie zei hij nee.", []),
    ("Ten tweede is het te duur.", []),
    ("De Tweede Kamer stemde.", []),
    ("PSV vierde het kampioenschap.", []),
    ("In het tweede kwartaal/NOUN groeide het.", []),
    ("De eerste organisatie/NOUN die het deed.", []),
    ("Wijkteams zien vaak als eerste dat het misgaat.", []),
    ("Het één sluit het ander niet uit.", []),
    ("Jan, een van de oprichters, sprak.", []),
    ("Het is een van de grootste steden.", []),
    ("Dit is een eenvoudige zaak.", []),
    ("Het was een dubbele moord.", []),
    ("De video kreeg 25 k.", [("25", 25, None, ANY, "exact")]),
]


def _row(q: Quantity, plain: str) -> tuple:
    return (plain[q.start : q.end], q.value, q.value_max, q.unit, q.hedge)


def _matches(got: tuple, want: tuple) -> bool:
    text, value, value_max, unit, hedge = want
    return (
        got[0] == text
        and got[1] == pytest.approx(value, rel=1e-3)
        and (
            got[2] == pytest.approx(value_max, rel=1e-3)
            if value_max is not None
            else got[2] is None
        )
        and (unit is ANY or got[3] == unit)
        and got[4] == hedge
    )


@pytest.mark.parametrize(("sentence", "expected"), FORMS, ids=[row[0] for row in FORMS])
def test_form(sentence: str, expected: list[tuple]) -> None:
    plain, found = _found(sentence)
    got = [_row(q, plain) for q in found]
    ok = len(got) == len(expected) and all(map(_matches, got, expected))
    assert ok, f"{plain!r}: expected {expected}, got {got}"


def test_presentative_er_leaves_no_noun_out() -> None:
    """ "Er sliepen 5.000 daklozen buiten": sentence-initial "Er" is no quantitative er."""
    _, found = _found("Er sliepen/VERB 5.000 daklozen/VERB buiten.")
    assert [q.elided for q in found] == [False]
    _, found = _found("We hebben er elf ./PUNCT")
    assert [q.elided for q in found] == [True]


# (sentence, surface inside it that no claim may overlap)
NON_CLAIMS = [
    # phone numbers, Dutch and international
    ("Bel +31 6 98 76 54 32 voor een afspraak.", "+31 6 98 76 54 32"),
    ("Bel +31698765432 voor een afspraak.", "+31698765432"),
    ("Bel 06-12345678 voor een afspraak.", "06-12345678"),
    ("Bel 06 123 456 78 voor een afspraak.", "06 123 456 78"),
    ("Meld het via 0800-7000 of 0900-8844.", "0800-7000 of 0900-8844"),
    ("Neem contact op via: 088 - 169 1234, of mail.", "088 - 169 1234"),
    ("Bel het Leger des Heils via (010) 123 45 67.", "(010) 123 45 67"),
    ("Bel het publieksnummer 0800 - 13 51 voor vragen.", "0800 - 13 51"),
    ("Bel +31 (0)20 555 1234 voor vragen.", "+31 (0)20 555 1234"),
    ("Bel +32 2 553 22 11 voor vragen.", "+32 2 553 22 11"),
    ("Bel de politie op 02/642 64 00 of 0475/12.34.56.", "02/642 64 00 of 0475/12.34.56"),
    ("Of bellen met 14 038 voor een afspraak.", "14 038"),
    ("Stuur een sms naar 4411 voor info.", "4411"),
    ("Bij nood belt u altijd 112.", "112"),
    ("Bel 112 als het spoed heeft.", "112"),
    ("Het nummer +31698765432 staat op de site.", "+31698765432"),
    ("Het nummer 020-5551234 staat op de site.", "020-5551234"),
    ("Zijn nummer is 0612345678.", "0612345678"),
    ("Bel 0031 6 12345678 voor info.", "0031 6 12345678"),
    ("Bel tel. 030 123 45 67 voor info.", "030 123 45 67"),
    ("Bel +49 30 1234567 voor info.", "+49 30 1234567"),
    ("Bel 06 - 123 45 678 voor info.", "06 - 123 45 678"),
    # URLs and e-mail addresses: nothing inside them is a claim
    (
        "Zie https://www.example.nl/zoek?q=45%25%20test% voor meer.",
        "https://www.example.nl/zoek?q=45%25%20test%",
    ),
    (
        "Het voorstel staat op www.zwolle.nl/raadsvoorstel-2025-117.pdf online.",
        "www.zwolle.nl/raadsvoorstel-2025-117.pdf",
    ),
    ("Tips via politie.nl/tips/2025 graag.", "politie.nl/tips/2025"),
    (
        "Mail naar jan.de.vries2@gemeente.nl of 1234@test.nl.",
        "jan.de.vries2@gemeente.nl of 1234@test.nl",
    ),
    ("Kijk op https://nos.nl/artikel/2501234-brand.html voor meer.", "2501234"),
    ("Mail info2024@politie.nl voor hulp.", "info2024@politie.nl"),
    # IBANs, postcodes, licence plates
    (
        "Maak het over op NL91 ABNA 0417 1643 00 onder vermelding van de actie.",
        "NL91 ABNA 0417 1643 00",
    ),
    ("Maak het over op NL91ABNA0417164300 graag.", "NL91ABNA0417164300"),
    ("Maak het over op BE68 5390 0754 7034 graag.", "BE68 5390 0754 7034"),
    ("Het adres is Postbus 10007, 8000 GA Zwolle.", "10007, 8000 GA"),
    ("Het kantoor staat op 1234 AB in Utrecht.", "1234 AB"),
    ("Hij reed in een auto met kenteken 12-XKL-3 weg.", "12-XKL-3"),
    ("De auto met AB-123-C en 1-ABC-23 reed weg.", "AB-123-C en 1-ABC-23"),
    ("De auto met 12-34-AB reed weg.", "12-34-AB"),
    ("Het postadres is 3511 LK Utrecht.", "3511 LK"),
    ("De postcode 9712 CP is populair.", "9712 CP"),
    ("Het kenteken is 1-ABC-123.", "1-ABC-123"),
    ("Het kenteken is GJ-421-K.", "GJ-421-K"),
    # case and article numbers
    ("Graag onder vermelding van zaaknummer 2025235066.", "2025235066"),
    ("Graag onder vermelding van zaaknummer: 2025235066.", "2025235066"),
    ("Meer informatie vindt u hier. 2025243193", "2025243193"),
    ("Zie artikel 3.2 van de regeling.", "3.2"),
    ("Zie artikel 12 lid 3 van de wet.", "12 lid 3"),
    ("Het gaat om parketnummer 13/123456-24.", "13/123456-24"),
    ("De uitspraak is ECLI:NL:RBAMS:2025:4512 gepubliceerd.", "ECLI:NL:RBAMS:2025:4512"),
    ("Zie zaaknummer 2025-04417 in het dossier.", "2025-04417"),
    ("Het staat in Kamerstuk 35 000 van dit jaar.", "35 000"),
    ("Het boek heeft ISBN 978-90-274-3964-2.", "978-90-274-3964-2"),
    ("Het staat in het rapport (deel 4) beschreven.", "4"),
    ("Artikel 5:1 van de Awb geldt.", "5:1"),
    ("Art. 300 Sr is van toepassing.", "300"),
    ("De zaak met rolnummer 2024/1234 dient morgen.", "2024/1234"),
    # IP addresses and version numbers
    ("Het IP-adres 84.241.12.7 leidde naar hem.", "84.241.12.7"),
    ("Via 10.100.200.250 kwam hij binnen.", "10.100.200.250"),
    ("Het IP-adres 192.168.100.100 is lokaal.", "192.168.100.100"),
    ("Versie 2.4.1 lost het op.", "2.4.1"),
    ("De update v2.4.1 lost het op.", "v2.4.1"),
    ("Het IP-adres 192.168.0.1 is lokaal.", "192.168.0.1"),
    ("Installeer versie 3.12 van het programma.", "3.12"),
    # dates
    ("Op 17/5/2018 gebeurde het.", "17/5/2018"),
    ("Op 17-05-2018 gebeurde het.", "17-05-2018"),
    ("Op 17 mei 2018 gebeurde het.", "17 mei 2018"),
    ("Op 2018-05-17 gebeurde het.", "2018-05-17"),
    ("Op 17.5.2018 gebeurde het.", "17.5.2018"),
    (
        "In de nacht van zondag 29 op maandag 30 juni 2025 ontplofte het.",
        "29 op maandag 30 juni 2025",
    ),
    ("In de nacht van 17 op 18 november ging het mis.", "17 op 18 november"),
    ("Er waren controles op 19 en 20 november.", "19 en 20 november"),
    ("Op 3/4 is het feest.", "3/4"),
    ("Het seizoen '24 '25 was goed.", "'24 '25"),
    ("Het seizoen 2024/2025 was goed.", "2024/2025"),
    ("Update 11-03-2020 | 14.00 Het aantal steeg.", "11-03-2020 | 14.00"),
    ("Het gebeurde op 1-1-2020.", "1-1-2020"),
    ("Het gebeurde op 01/02/23.", "01/02/23"),
    # times
    ("Het begint om 19.00 uur.", "19.00 uur"),
    ("Het begint om 7:30 precies.", "7:30"),
    ("Het begint om 7.30 precies.", "7.30"),
    ("Open van 10.00 tot 16.00 uur.", "10.00 tot 16.00 uur"),
    ("Het begint om 19u30.", "19u30"),
    ("Om 14:30:15 begon het.", "14:30:15"),
    ("Het begint om 9 uur.", "9 uur"),
    ("Het begint om 20.15 uur.", "20.15 uur"),
    ("10.15 - Op de A7 is een vrachtwagen omgewaaid.", "10.15"),
    ("11.30 – In Haarlem viel een boom.", "11.30"),
    ("De score was 3-1.", "3-1"),
    ("Het is kwart over drie.", "kwart over drie"),
    ("We spreken af om half acht.", "half acht"),
    ("Het begint om tien voor twee.", "tien voor twee"),
    ("Het begint om vijf over half acht.", "vijf over half acht"),
    ("Het is vijf voor twaalf voor het klimaat.", "vijf voor twaalf"),
    # codes and names with numbers
    ("De A27 en de N230 waren dicht.", "A27 en de N230"),
    ("COVID-19 verspreidt zich.", "COVID-19"),
    ("Forgejo heeft de GPLv3 licentie.", "GPLv3"),
    ("De 5G-mast en de 3D-film.", "5G-mast en de 3D-film"),
    ("De niveau-4 opleiding is zwaar.", "niveau-4"),
    ("Hij rijdt een 4x4.", "4x4"),
    ("Zij speelt 3x3-basketbal.", "3x3-basketbal"),
    ("De Boeing 747 landde/VERB veilig.", "747"),
    ("Het draait op Windows 11.", "11"),
    ("Hij gebruikt een iPhone 15.", "15"),
    ("Zij woont aan de Kerkstraat 12 in Utrecht.", "12"),
    ("Het begint in week 12.", "12"),
    ("Deze week 1813 bellen voor hulp.", "1813"),
    ("De 2019-2020 cijfers zijn uit.", "2019-2020"),
    ("In de jaren 90 was het anders.", "90"),
]


@pytest.mark.parametrize(("sentence", "surface"), NON_CLAIMS, ids=[row[0] for row in NON_CLAIMS])
def test_non_claim(sentence: str, surface: str) -> None:
    plain, found = _found(sentence)
    start = plain.index(surface)
    end = start + len(surface)
    overlapping = [plain[q.start : q.end] for q in found if q.start < end and q.end > start]
    assert overlapping == [], f"{plain!r}: {surface!r} is no claim, found {overlapping}"


# -- hypothesis: a value written in every Dutch format reads back as that value -----------------

_UNITS = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
          "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]  # fmt: skip
_TENS = [
    "",
    "",
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "zestig",
    "zeventig",
    "tachtig",
    "negentig",
]


def _below_hundred(n: int, diaeresis: bool) -> str:
    if n < 20:
        return _UNITS[n]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return _TENS[tens]
    joint = "ën" if _UNITS[unit].endswith("e") and diaeresis else "en"
    return _UNITS[unit] + joint + _TENS[tens]


def _below_thousand(n: int, diaeresis: bool) -> str:
    hundreds, rest = divmod(n, 100)
    head = "" if hundreds == 0 else "honderd" if hundreds == 1 else _UNITS[hundreds] + "honderd"
    return head + (_below_hundred(rest, diaeresis) if rest else "")


def dutch_words(n: int, diaeresis: bool = True) -> str:
    """n (1 to 999 999 999) written out as Dutch news writes it (Taaladvies: one word up to
    thousand, a space after "duizend", "miljoen" apart): "vierendertigduizend driehonderd"."""
    millions, rest = divmod(n, 10**6)
    thousands, units = divmod(rest, 1000)
    parts = []
    if millions:
        parts.append(f"{_below_thousand(millions, diaeresis)} miljoen")
    if thousands:
        parts.append(("" if thousands == 1 else _below_thousand(thousands, diaeresis)) + "duizend")
    if units == 1 and parts:
        parts.append("één")  # "een miljoen één": a stressed one, not an article
    elif units:
        parts.append(_below_thousand(units, diaeresis))
    return " ".join(parts)


def _grouped(n: int, mark: str) -> str:
    return f"{n:,}".replace(",", mark)


def _decimals(cents: int) -> str:
    return f",{cents:02d}" if cents else ""


_NOUN = "gevallen/NOUN"


@given(st.integers(min_value=2, max_value=10**10), st.integers(min_value=0, max_value=99))
def test_digits_round_trip(whole: int, cents: int) -> None:
    value = whole + cents / 100
    formats = [
        _grouped(whole, ".") + _decimals(cents),  # 1.234.567,89
        _grouped(whole, " ") + _decimals(cents),  # 1 234 567,89
        _grouped(whole, "'") + _decimals(cents),  # 1'234'567,89
    ]
    if whole < 10**7:  # eight digits or more in a row are an identifier ("2025235066")
        formats.append(f"{whole}{_decimals(cents)}")  # 1234567,89
    if cents:
        formats.append(f"{whole}.{cents:02d}")  # 1234567.89 (decimal point)
        formats.append(f"{whole:,}.{cents:02d}")  # 1,234,567.89 (English grouping)
    if 1900 <= whole <= 2099 and not cents:
        formats = [f for f in formats if not re.fullmatch(r"\d{4}", f)]  # a bare year
    for written in formats:
        _assert_reads(f"Er waren {written} {_NOUN} bij.", written, value)


@given(st.integers(min_value=2, max_value=999_999_999), st.booleans())
def test_words_round_trip(n: int, diaeresis: bool) -> None:
    written = dutch_words(n, diaeresis)
    _assert_reads(f"Er waren {written} {_NOUN} bij.", written, n)


@given(
    st.integers(min_value=1, max_value=999),
    st.sampled_from([("duizend", 1e3), ("miljoen", 1e6), ("mln", 1e6), ("miljard", 1e9),
                     ("mld", 1e9), ("k", 1e3)]),
    st.integers(min_value=0, max_value=9),
)  # fmt: skip
def test_scale_round_trip(whole: int, scale: tuple[str, float], tenth: int) -> None:
    word, factor = scale
    number = f"{whole},{tenth}" if tenth else str(whole)
    written = f"{number}{word}" if word == "k" else f"{number} {word}"
    _assert_reads(f"Er waren {written} {_NOUN} bij.", written, (whole + tenth / 10) * factor)


@given(st.integers(min_value=2, max_value=99), st.sampled_from(["min ", "-", "−"]))
def test_sign_round_trip(n: int, sign: str) -> None:
    written = f"{sign}{n}"
    _assert_reads(f"Het kwik zakte naar {written} graden.", written, -n)
    words = f"min {dutch_words(n)}"
    _assert_reads(f"Het kwik zakte naar {words} graden.", words, -n)


@given(
    st.integers(min_value=2, max_value=99),
    st.sampled_from([("een half", 0.5), ("een derde", 1 / 3), ("een kwart", 0.25),
                     ("twee vijfde", 0.4), ("drie kwart", 0.75)]),
)  # fmt: skip
def test_mixed_round_trip(n: int, part: tuple[str, float]) -> None:
    phrase, fraction = part
    written = f"{dutch_words(n)} en {phrase}"
    _assert_reads(f"Het duurde {written} {_NOUN}.", written, n + fraction)


def _assert_reads(sentence: str, written: str, value: float) -> None:
    plain, found = _found(sentence)
    got = [(plain[q.start : q.end], q.value) for q in found]
    assert len(got) == 1, f"{plain!r}: one number expected, got {got}"
    assert got[0][0].startswith(written.split("/")[0].split()[0]), f"{plain!r}: got {got}"
    assert got[0][1] == pytest.approx(value, rel=1e-9), f"{plain!r}: {value} expected, got {got}"
