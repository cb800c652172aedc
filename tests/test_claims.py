"""Claims from a parsed Doc: acceptance on the reference article, subjects, sources, English."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.extract.numbers import format_dutch

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
    (
        "Minister Karel Dijkhuis schat dat 7.000 gezinnen wachten.",
        "7.000",
        "gezinnen",
        "Karel Dijkhuis",
    ),
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


# What a number measures, one row per subject rule (own sentences): percent of a group, changes
# (the subject of the clause whose verb the number modifies), money (what it is for, or what costs
# it; never a time or a person's name), counts with the noun after or before, ratios, ages, years
# (what happened then), ranks and durations.
SUBJECTS = [
    ("Volgens de GGD rookt 18 procent van de scholieren dagelijks.", "18 procent", "de scholieren"),
    ("Van alle aanvragen werd vorig jaar 35 procent afgewezen.", "35 procent", "alle aanvragen"),
    (
        "Ruim 60 procent van de ondervraagde boeren wil stoppen.",
        "Ruim 60 procent",
        "de ondervraagde boeren",
    ),
    (
        "Het aandeel elektrische auto's steeg vorig jaar tot 31 procent.",
        "31 procent",
        "Het aandeel elektrische auto's",
    ),
    (
        "De gemeente verwacht dat het aantal daklozen dit jaar met 12 procent stijgt.",
        "12 procent",
        "het aantal daklozen",
    ),
    (
        "Het ziekteverzuim van verpleegkundigen daalde vorig jaar met 0,8 procentpunt.",
        "0,8 procentpunt",
        "Het ziekteverzuim van verpleegkundigen",
    ),
    (
        "De provincie wil de uitstoot van stikstof met 40 procent verlagen.",
        "40 procent",
        "de uitstoot van stikstof",
    ),
    (
        "Volgens de bond neemt de wachtlijst elk jaar met 8 procent toe.",
        "8 procent",
        "de wachtlijst",
    ),
    (
        "Sinds de invoering van de regel is het aantal boetes verdubbeld.",
        "verdubbeld",
        "het aantal boetes",
    ),
    (
        "De prijs van een treinkaartje stijgt volgend jaar met 6,5 procent.",
        "6,5 procent",
        "De prijs van een treinkaartje",
    ),
    (
        "Het nieuwe zwembad kost de gemeente 14 miljoen euro.",
        "14 miljoen euro",
        "Het nieuwe zwembad",
    ),
    (
        "Het kabinet trekt 300 miljoen euro uit voor de aanpak van laaggeletterdheid.",
        "300 miljoen euro",
        "de aanpak van laaggeletterdheid",
    ),
    (
        "Wethouder Lotte Brink investeert 2,5 miljoen euro in nieuwe fietspaden.",
        "2,5 miljoen euro",
        "nieuwe fietspaden",
    ),
    (
        "Minister Joris Vos maakte dinsdag 80 miljoen euro vrij voor de jeugdzorg.",
        "80 miljoen euro",
        "de jeugdzorg",
    ),
    (
        "Voor de renovatie van het stadhuis is een bedrag van 9 miljoen euro gereserveerd.",
        "9 miljoen euro",
        "de renovatie van het stadhuis",
    ),
    ("Een gemiddeld gezin betaalt dit jaar 2.100 euro aan energie.", "2.100 euro", "energie"),
    (
        "Dit jaar gaat er 45 miljoen euro extra naar de huisartsenzorg.",
        "45 miljoen euro",
        "de huisartsenzorg",
    ),
    ("Vorig jaar kostte de opvang de provincie 30 miljoen euro.", "30 miljoen euro", "de opvang"),
    ("In Friesland sloten vorig jaar 14 basisscholen hun deuren.", "14", "basisscholen"),
    (
        "Het aantal faillissementen kwam vorige maand uit op 3.400.",
        "3.400",
        "Het aantal faillissementen",
    ),
    ("Van de vrijwilligers stopten er vorig jaar 230.", "230", "de vrijwilligers"),
    ("Eén op de vijf jongeren heeft schulden.", "Eén op de vijf", "jongeren"),
    ("Twee derde van de gemeenten heeft een tekort op de jeugdzorg.", "Twee derde", "de gemeenten"),
    ("De helft van de scholen kampt met lekkende daken.", "De helft", "de scholen"),
    ("Drie op de tien studenten werkt naast de studie.", "Drie op de tien", "studenten"),
    ("Bij een kwart van de bedrijven ontbreekt een plan.", "een kwart", "de bedrijven"),
    ("Een derde van de daklozen is jonger dan 25 jaar.", "jonger dan 25 jaar", "de daklozen"),
    ("Ouderen van 75 jaar of ouder krijgen een oproep.", "75 jaar of ouder", "Ouderen"),
    ("Een kind onder de twaalf mag niet alleen zwemmen.", "onder de twaalf", "Een kind"),
    (
        "De fusie van beide ziekenhuizen in 2016 leverde weinig op.",
        "in 2016",
        "De fusie van beide ziekenhuizen",
    ),
    ("Sinds 2018 is het aantal zzp'ers in de bouw gegroeid.", "Sinds 2018", "het aantal zzp'ers"),
    ("Volgens de vakbond is de werkdruk in 2022 sterk toegenomen.", "in 2022", "de werkdruk"),
    ("De wet die in 2021 werd ingevoerd, blijkt niet te werken.", "in 2021", "De wet"),
    (
        "Het museum, dat sinds 1998 in het oude postkantoor zit, gaat sluiten.",
        "sinds 1998",
        "Het museum",
    ),
    ("In 2020 opende de gemeente een nieuwe opvanglocatie.", "In 2020", "de gemeente"),
    ("In de ranglijst van veilige steden staat Utrecht op plaats 4.", "plaats 4", "Utrecht"),
    ("Patiënten wachten gemiddeld negen weken op een operatie.", "negen weken", "Patiënten"),
    ("Het gebouw staat al zeven jaar leeg.", "zeven jaar", "Het gebouw"),
    ("Vorig jaar zochten 340 gezinnen hulp. Dit jaar zijn dat er al 410.", "410", "gezinnen"),
    (
        "Het aantal meldingen van fraude steeg vorig jaar tot 1.250.",
        "1.250",
        "Het aantal meldingen van fraude",
    ),
    ("Volgens het CBS is 9 procent van de zzp'ers arm.", "9 procent", "de zzp'ers"),
    (
        "De provincie steekt 12 miljoen euro in de aanleg van laadpalen.",
        "12 miljoen euro",
        "de aanleg van laadpalen",
    ),
    ("De nieuwe brug kost ruim 40 miljoen euro.", "ruim 40 miljoen euro", "De nieuwe brug"),
    ("Het aantal inbraken daalde vorig jaar met 9 procent.", "9 procent", "Het aantal inbraken"),
    (
        "Minister Sara Kok wil dat de uitstoot in 2030 met 55 procent is gedaald.",
        "55 procent",
        "de uitstoot",
    ),
    ("Twee op de drie ouderen voelt zich soms eenzaam.", "Twee op de drie", "ouderen"),
    ("De helft van de bibliotheken sloot de afgelopen tien jaar.", "De helft", "de bibliotheken"),
    ("In Drenthe wachten 2.300 patiënten op een operatie.", "2.300", "patiënten"),
    ("Sinds 2019 is de wachttijd voor een rijexamen verdubbeld.", "Sinds 2019", "de wachttijd"),
    (
        "Dit jaar gaat 25 miljoen euro naar de bestrijding van armoede.",
        "25 miljoen euro",
        "de bestrijding van armoede",
    ),
    (
        "Wethouder Tom Veld trok vorige week 3 miljoen euro uit voor nieuwe speeltuinen.",
        "3 miljoen euro",
        "nieuwe speeltuinen",
    ),
    ("Studenten onder de 21 jaar krijgen korting.", "onder de 21 jaar", "Studenten"),
    ("Een kwart van de huurders is ouder dan 65 jaar.", "Een kwart", "de huurders"),
    ("Op de ranglijst staat Groningen op plaats 7.", "plaats 7", "Groningen"),
    ("Gemiddeld wachten asielzoekers 30 weken op een besluit.", "30 weken", "asielzoekers"),
    # generalisation QA: levels reached, comparatives, "NP van X", N-jarige, how often
    ("De inflatie is in maart gedaald naar 2,8 procent.", "2,8 procent", "De inflatie"),
    ("Groenten werden vorig jaar 6,2 procent duurder.", "6,2 procent", "Groenten"),
    (
        "Het kabinet wil onder de Europese norm van 3 procent blijven.",
        "3 procent",
        "de Europese norm",
    ),
    ("De rechter legde hem een boete van 750 euro op.", "750 euro", "een boete"),
    ("Hij werd aangehouden door een 19-jarige agent.", "19-jarige", "agent"),
    (
        "Bewoners zeggen dat de brandweer dit jaar al twaalf keer uitrukte.",
        "twaalf keer",
        "de brandweer",
    ),
    (
        "Er kwamen 2.400 klachten binnen, 300 meer dan een jaar eerder.",
        "300",
        "klachten",
    ),
    # second QA round: never (part of) a person name; a sentence's length measures the sentence;
    # a change measures what changed, never the change noun; a fragment split off by the
    # sentence splitter still names who "hen" are
    ("Buurman Kees van der Linden (72) hoorde de knal.", "72", "Buurman"),
    ("Anouk de Groot (34) zag het gebeuren.", "34", None),
    ("De officier eiste vijftien jaar gevangenisstraf.", "vijftien jaar", "gevangenisstraf"),
    ("Hij kreeg zes maanden cel.", "zes maanden", "cel"),
    (
        "De werkloosheid kwam in maart uit op 3,9 procent. Dat is een daling van 0,2 procentpunt.",
        "0,2 procentpunt",
        "De werkloosheid",
    ),
    ("Zeker 60 omwonenden kwamen. Ruim 20 van hen waren boos.", "Ruim 20", "omwonenden"),
    # budgets: a list in the subject, a change after an amount, the object of a change verb, a
    # year before the noun phrase, a budget as what an amount measures
    (
        "De subsidie voor musea, theaters en koren daalt van 12 miljoen naar 9 miljoen euro.",
        "9 miljoen euro",
        "De subsidie",
    ),
    (
        "Het budget komt uit op 300 miljoen euro, een stijging van 4 procent.",
        "4 procent",
        "Het budget",
    ),
    (
        "De provincie heeft het budget voor natuur verdubbeld.",
        "verdubbeld",
        "het budget voor natuur",
    ),
    ("Het college beloofde de wachtlijst te halveren.", "halveren", "de wachtlijst"),
    (
        "De wethouder verwacht in 2028 een tekort van 4 miljoen euro.",
        "4 miljoen euro",
        "een tekort",
    ),
    (
        "In Amsterdam betalen studenten voor een kamer gemiddeld € 700 per maand.",
        "€ 700",
        "een kamer",
    ),
]


@pytest.mark.parametrize(("sentence", "text", "subject"), SUBJECTS, ids=[s[1] for s in SUBJECTS])
def test_subjects(analyze_text, sentence, text, subject) -> None:
    claims = analyze_text(sentence).claims
    assert [c.subject for c in claims if c.text == text] == [subject], (sentence, claims)


# A report cue pointing back ("Dat schrijft X") sources its whole paragraph: the sentences before
# and after it, until a paragraph break, another cue or a quote.
_REPORT = "Ruim 900 jongeren wachten op hulp. Dat schrijft de Inspectie van het Onderwijs dinsdag."
PARAGRAPH_SOURCES = [
    (f"{_REPORT} Een derde van hen wacht al een jaar.", "Een derde", "Inspectie van het Onderwijs"),
    (f"{_REPORT}\n\nEen derde van hen wacht al een jaar.", "Een derde", None),
    (
        f"{_REPORT} Volgens het RIVM staan 50 gezinnen op een wachtlijst. Een derde van hen wacht.",
        "Een derde",
        None,
    ),
    (
        "Ruim 900 jongeren wachten op hulp. Een derde wacht al een jaar. Dat schrijft de Inspectie "
        "van het Onderwijs.",
        "Ruim 900",
        "Inspectie van het Onderwijs",
    ),
    (
        f"{_REPORT} “Het is te veel”, zegt inspecteur Mila Bos. Een derde van hen wacht al een jaar.",
        "Een derde",
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "claim_text", "source"), PARAGRAPH_SOURCES, ids=[p[0][-60:] for p in PARAGRAPH_SOURCES]
)
def test_paragraph_sources(analyze_text, text, claim_text, source) -> None:
    [claim] = [c for c in analyze_text(text).claims if c.text == claim_text]
    assert claim.attributed_to == source, text


# (text, claim text, attributed_to): every source cue; a cue names a known entity or, for
# "volgens"/"aldus", the phrase as written; a reporting verb with an unknown subject gives None.
SOURCES = [
    ("In de regio brandden vorig jaar 312 woningen af, aldus de brandweer.", "312", "brandweer"),
    (
        "Uit cijfers van het CBS blijkt dat 8 procent van de jongeren werkloos is.",
        "8 procent",
        "CBS",
    ),
    ("Het RIVM meldt dat 14 procent van de volwassenen rookt.", "14 procent", "RIVM"),
    ("Volgens het rapport in 2019 wachtten 70 gezinnen.", "70", None),  # a document, no issuer
    ("De krant meldt dat 40 scholen sluiten.", "40", None),
    (
        "Wethouder Pieter Smit stuurde een brief. Daarin schrijft hij dat 230 gezinnen wachten.",
        "230",
        "Pieter Smit",
    ),
    (
        "Ruim 900 jongeren wachten op hulp. Dat schrijft de Inspectie van het Onderwijs dinsdag.",
        "Ruim 900",
        "Inspectie van het Onderwijs",
    ),
    (
        "Wethouder Anna de Wit van Leiden is bezorgd. Volgens de wethouder wachten 50 gezinnen.",
        "50",
        "Anna de Wit",
    ),
    ("Zo'n 300 kinderen wachten. Dat is te veel.", "Zo'n 300", None),
    # generalisation QA: a reporting verb across a relative-clause insertion, forecasts
    (
        "De Woonbond, die de huurders vertegenwoordigt, meldt dat 40 procent van de huurders "
        "achterstand heeft.",
        "40 procent",
        "Woonbond",
    ),
    (
        "Economen van de Rabobank verwachten dat de groei uitkomt op 1,5 procent.",
        "1,5 procent",
        "Rabobank",
    ),
    # second QA round: a legal provision is no source (attribution.yaml, legal_sources); a
    # document is, as written; "volgens" + a noun the tagger misreads is that noun as written
    ("Volgens artikel 12 van de Pachtwet mag de pacht met 4 procent omhoog.", "4 procent", None),
    ("Volgens de wet moet 30 procent van de woningen betaalbaar zijn.", "30 procent", None),
    (
        "Volgens de Jeugdwet moet 25 procent van het budget naar preventie, aldus de wethouder.",
        "25 procent",
        "wethouder",
    ),
    ("Volgens de begroting gaat 8 procent naar onderwijs.", "8 procent", None),  # idem
    ("Volgens het contract stijgt de huur met 3 procent.", "3 procent", None),
    ("Volgens ingewijden kost de renovatie 40 miljoen euro.", "40 miljoen euro", "ingewijden"),
    (
        "Volgens deskundigen lijdt 12 procent van de ouderen aan eenzaamheid.",
        "12 procent",
        "deskundigen",
    ),
    ("Volgens onderzoekers slapen 3.000 studenten in hun auto.", "3.000", "onderzoekers"),
    (
        "De wethouder wil volgens ingewijden 2 miljoen euro schrappen in de cultuursector.",
        "2 miljoen euro",
        "ingewijden",
    ),
    # one reporting-verb list with quotes and demands (attribution.yaml): a separable "laat weten"
    # reports; a participle, "telt" (has) and "vond … plaats" (took place) do not
    (
        "Het ministerie van Financiën laat weten dat er 150 extra medewerkers zijn aangenomen.",
        "150",
        "Financiën",
    ),
    ("De meeste nieuwe patiënten werden in Noord-Brabant gemeld: 26.", "26", None),
    ("Arnhem telt zo'n 78.000 woningen.", "zo'n 78.000", None),
    ("In Utrecht vond vorig jaar 300 keer een inbraak plaats.", "300 keer", None),
]


@pytest.mark.parametrize(("text", "claim_text", "source"), SOURCES, ids=[s[0] for s in SOURCES])
def test_source_cues(analyze_text, text, claim_text, source) -> None:
    [claim] = [c for c in analyze_text(text).claims if c.text == claim_text]
    assert claim.attributed_to == source, text


# Corpus sources (C-attr and the other cues); entity names are matched by a distinctive part, since
# the entity extractor decides the canonical form.
CORPUS_SOURCES = [
    ("wonen_2024-02_woonlasten", "ruim 600.000", "Statistiek"),
    ("wonen_2024-02_woonlasten", "€ 1.150", "Statistiek"),
    ("onderwijs_2024-09_lerarentekort", "circa 9.700", "Onderwijs, Cultuur en Wetenschap"),
    ("onderwijs_2024-09_lerarentekort", "vijftien", "Peter Jansen"),
    ("jeugdzorg_2024-05_jeugdbescherming", "Bijna 4.000", "Inspectie Gezondheidszorg en Jeugd"),
    ("zorg_2024-04_huisartsen", "Naar schatting 1.500", "Nivel"),
    ("zorg_2024-04_huisartsen", "ongeveer 6.000", "GGD Zeeland"),
    ("armoede_2024-06_nibud", "Drie op de tien", "Budgetvoorlichting"),
    ("armoede_2024-06_nibud", "sinds 2015", "Kramer-Hoekstra"),
    ("politie_2024-03_recherche", "48 miljoen euro", "Ruud Verhoeven"),
    ("asielkinderen_2024-08_noodopvang", "Minstens 1.100", "Defence for Children"),
    ("schuldhulp_2024-11_zwolle", "De helft", "Joost ter Horst"),
    # "Dat schrijft/blijkt …" sources the rest of its paragraph
    ("jeugdzorg_2024-05_jeugdbescherming", "Eén op de vijf", "Inspectie Gezondheidszorg en Jeugd"),
    ("jeugdzorg_2024-05_jeugdbescherming", "12 jaar of jonger", "Inspectie Gezondheidszorg"),
    ("zorg_2024-04_huisartsen", "5,3 procent", "Nivel"),
    ("ggz_2024-07_wachttijden", "1.340", "Ombudsman"),
    ("klimaat_2024-10_isolatie", "4 tot 6%", "TNO"),
]


@pytest.fixture(scope="module")
def corpus_results(analyzer) -> dict:
    from tests.conftest import corpus_articles

    return {a.id: analyzer(a) for a in corpus_articles()}


@pytest.mark.parametrize(
    ("article_id", "claim_text", "source"),
    CORPUS_SOURCES,
    ids=[f"{a}:{t}" for a, t, _ in CORPUS_SOURCES],
)
def test_corpus_sources(corpus_results, article_id, claim_text, source) -> None:
    claim = next(c for c in corpus_results[article_id].claims if c.text == claim_text)
    assert source in (claim.attributed_to or ""), (claim.sentence, claim.attributed_to)


# Corpus subjects, checked by hand: what each number measures.
CORPUS_SUBJECTS = [
    ("zorg_2024-04_huisartsen", "zo'n 850", "huisartsen"),  # elided: "850 nieuwe"
    ("onderwijs_2024-09_lerarentekort", "elf", "leerkrachten"),  # elided: "we hebben er elf"
    ("wonen_2024-02_woonlasten", "ruim 600.000", "huishoudens"),
    ("wonen_2024-02_woonlasten", "meer dan 5,5 procent", "de huur"),
    ("jeugdzorg_2024-05_jeugdbescherming", "hooguit zes weken", "een wettelijke wachttijd"),
    ("jeugdzorg_2024-05_jeugdbescherming", "Twee derde", "kinderen"),
    ("politie_2024-03_recherche", "verdubbeld", "Het aantal onbehandelde zaken"),
    ("armoede_2024-06_nibud", "dertienhonderd", "mensen"),
]


@pytest.mark.parametrize(
    ("article_id", "claim_text", "subject"),
    CORPUS_SUBJECTS,
    ids=[f"{a}:{t}" for a, t, _ in CORPUS_SUBJECTS],
)
def test_corpus_subjects(corpus_results, article_id, claim_text, subject) -> None:
    claim = next(c for c in corpus_results[article_id].claims if c.text == claim_text)
    assert claim.subject == subject, claim.sentence


# Rules that need the tagger: an elided noun takes the unit of the noun counted before it;
# a number word that is a verb form is no number.
PARSED = [
    (
        "We zochten twintig vrijwilligers en we vonden er twaalf.",
        [("twintig", "people"), ("twaalf", "people")],
    ),
    (
        "Er stoppen 400 huisartsen, terwijl er jaarlijks zo'n 300 nieuwe bijkomen.",
        [("400", "people"), ("zo'n 300", "people")],
    ),
    ("Hij acht het nodig dat er meer agenten komen.", []),
    ("Er werken acht agenten.", [("acht", "people")]),
    ("Nederland staat op de derde plaats.", [("derde plaats", "other")]),
]


@pytest.mark.parametrize(("sentence", "want"), PARSED, ids=[p[0] for p in PARSED])
def test_parsed_rules(analyze_text, sentence, want) -> None:
    assert [(c.text, c.unit) for c in analyze_text(sentence).claims] == want, sentence


@pytest.mark.parametrize(
    "sentence",
    [
        "De brief is gedateerd 1 juli 2023 en verstuurd om 14.30 uur.",
        "In 2030 wil het kabinet de uitstoot fors verlagen.",
        "Bel 112 of kijk op pagina 4.",
        # a hypothetical sets up an example (claim_sources.yaml hypothetical_openers)
        "Stel je voor: je bent twaalf jaar en je hebt geen jas.",
        "Stel dat een gezin 3.000 euro per maand verdient.",
    ],
)
def test_no_claims(analyze_text, sentence) -> None:
    assert analyze_text(sentence).claims == [], sentence


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


# A scaled number without a unit that repeats an amount of euros named before is that amount.
def test_repeated_amount_is_euro(analyze_text) -> None:
    text = (
        "Het rijk trekt 40 miljoen euro uit voor de dijken. "
        "Provincies willen de 40 miljoen liever anders besteden."
    )
    claims = analyze_text(text).claims
    assert [(c.text, c.unit) for c in claims] == [
        ("40 miljoen euro", "euro"),
        ("40 miljoen", "euro"),
    ], text
