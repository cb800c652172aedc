"""Calls to readers, witnesses and the public, in our own Dutch sentences (issue 11, part A).

Imperatives anywhere in a text (`finders/instructions.py`), nominal and first-person appeals
(`witness_calls`, `contact_wishes`, `searches`, `advice`), the voice of an unattributed call
(`publishers`, `actors.voice`), sub-headings glued to the next sentence (`headings`) and the filters of
calls (`reader_filters`). A row: id, text, entities {name: label}, quotes [(speaker, words)], and
the expected demands as (modality, actor, addressee, fragment of the demand text); `[]` = none.
"""

from __future__ import annotations

import pytest

from pipeline.extract.attribution import turn_speaker
from pipeline.extract.demands import build_context, extract_demands
from pipeline.extract.resolve import EntityIndex
from pipeline.text.view import DocView
from tests.test_demands import _index as demands_index
from tests.test_demands import _quotes

POLICE_WE = "De politie heeft een man aangehouden. We onderzoeken de zaak verder. "
GEMEENTE = "De gemeente Zwolle opent een koelplek. "

# (id, text, entities, quotes, expected)
CALLS = [
    # -- plain imperatives in body text; the publisher as actor ------------------------------------
    (
        "plain-call",
        POLICE_WE + "Meld verdachte situaties altijd via 0900-8844.",
        {},
        [],
        [("imperative", "politie", None, "Meld verdachte situaties")],
    ),
    (
        "stay-alert",
        GEMEENTE + "Wees alert op oplichters aan de deur.",
        {"Zwolle": "GPE"},
        [],
        [("imperative", "gemeente Zwolle", None, "Wees alert")],
    ),
    (
        "reflexive-je",
        POLICE_WE + "Schaam je niet en doe altijd aangifte.",
        {},
        [],
        [("imperative", "politie", None, "Schaam je niet en doe altijd aangifte")],
    ),
    (
        "reflexive-uzelf",
        POLICE_WE + "Breng uzelf eerst in veiligheid.",
        {},
        [],
        [("imperative", "politie", None, "Breng uzelf")],
    ),
    (
        "write-to-your-councillor",
        GEMEENTE + "Schrijf uw gemeenteraadslid een brief over de sluiting.",
        {"Zwolle": "GPE"},
        [],
        [("imperative", "gemeente Zwolle", None, "Schrijf uw gemeenteraadslid een brief")],
    ),
    (
        "donate-or-sign",
        GEMEENTE + "Doneer via onze website of teken de petitie.",
        {"Zwolle": "GPE"},
        [],
        [("imperative", "gemeente Zwolle", None, "Doneer via onze website")],
    ),
    # -- after a question, a condition or a lead-in -------------------------------------------------
    (
        "after-question",
        POLICE_WE + "Heeft u iets gezien? Neem dan contact op met de recherche.",
        {},
        [],
        [("imperative", "politie", None, "Neem dan contact op")],
    ),
    (
        "lead-in-colon",
        POLICE_WE + "Bij twijfel: doe de deur niet open en bel direct 112.",
        {},
        [],
        [("imperative", "politie", None, "Bij twijfel: doe de deur niet open")],
    ),
    (
        "als-clause-no-comma",
        GEMEENTE + "Als u een lekkage ziet bel dan meteen de storingsdienst.",
        {"Zwolle": "GPE"},
        [],
        [("imperative", "gemeente Zwolle", None, "Als u een lekkage ziet bel dan")],
    ),
    (
        "verb-first-condition",
        GEMEENTE + "Heb je koorts of hoest je, blijf dan thuis en werk niet.",
        {"Zwolle": "GPE"},
        [],
        [("imperative", "gemeente Zwolle", None, "Heb je koorts of hoest je, blijf dan thuis")],
    ),
    (
        "mocht-condition",
        POLICE_WE + "Mocht u de eigenaar kennen, laat het ons dan weten.",
        {},
        [],
        [("imperative", "politie", None, "Mocht u de eigenaar kennen, laat het ons")],
    ),
    (
        "polite-present",
        POLICE_WE + "Bij nood belt u altijd 112.",
        {},
        [],
        [("imperative", "politie", None, "belt u altijd 112")],
    ),
    (
        "flemish-gelieve",
        POLICE_WE + "Gelieve daarbij het pv-nummer te vermelden.",
        {},
        [],
        [("imperative", "politie", None, "Gelieve daarbij")],
    ),
    (
        "lead-names-addressee",
        GEMEENTE + "Voor ouders geldt het advies: smeer kinderen goed in en zoek de schaduw op.",
        {"Zwolle": "GPE"},
        [],
        [("imperative", "gemeente Zwolle", "ouders", "smeer kinderen goed in")],
    ),
    (
        "navigation-then-call",
        GEMEENTE + "Heeft u vragen, kijk dan op de website, of bel het wijkteam.",
        {"Zwolle": "GPE"},
        [],
        [("imperative", "gemeente Zwolle", None, "bel het wijkteam")],
    ),
    # -- quotes and transcripts: the speaker --------------------------------------------------------
    (
        "quoted-call",
        "‘Mensen zijn bang. Zoek hulp als je slachtoffer bent’, zegt Jansen.",
        {"Piet Jansen": "PERSON"},
        [("Piet Jansen", "Mensen zijn bang. Zoek hulp als je slachtoffer bent")],
        [("imperative", "Piet Jansen", None, "Zoek hulp")],
    ),
    (
        "transcript-turn",
        "Persconferentie over de storm\n\nVOORZITTER\nWelkom allemaal.\n\n"
        "DE VRIES\nBlijf morgen zoveel mogelijk binnen en zet losse spullen vast.",
        {"De Vries": "PERSON"},
        [],
        [("imperative", "De Vries", None, "Blijf morgen zoveel mogelijk binnen")],
    ),
    # -- nominal and first-person appeals -----------------------------------------------------------
    (
        "generic-je-call",
        GEMEENTE + "Krijg je hoge koorts? Dan moet je wel de huisarts bellen.",
        {"Zwolle": "GPE"},
        [],
        [("must", "gemeente Zwolle", None, "moet je wel de huisarts bellen")],
    ),
    (
        "interview-turn",
        "Interview\n\nAnna: Wat is belangrijk?\n\nBram: Men moet vooral goed samenwerken.\n\n"
        "Anna: En verder?\n\nBram: Deel je kennis met andere gemeenten.",
        {},
        [],
        [("imperative", "Bram", None, "Deel je kennis"), ("must", "Bram", None, "moet vooral")],
    ),
    (
        "witness-call",
        POLICE_WE + "Wij doen een dringende oproep aan getuigen van de overval om zich te melden.",
        {},
        [],
        [("call_on", "politie", "getuigen van de overval", "doen een dringende oproep")],
    ),
    (
        "witness-call-colon-question",
        POLICE_WE + "In het programma doen we een oproep aan de kijker: wie herkent deze man?",
        {},
        [],
        [("call_on", "politie", "kijker", "oproep aan de kijker")],
    ),
    (
        "contact-wish",
        "Het rechercheteam komt graag in contact met getuigen van het ongeval.",
        {},
        [],
        [("call_on", "rechercheteam", "getuigen van het ongeval", "komt graag in contact")],
    ),
    (
        "contact-wish-reader",
        POLICE_WE + "Heeft u camerabeelden? Dan komt de recherche graag met u in contact.",
        {},
        [],
        [("call_on", "recherche", None, "komt de recherche graag met u in contact")],
    ),
    (
        "first-person-search",
        POLICE_WE + "We zoeken mensen die de auto hebben zien wegrijden.",
        {},
        [],
        [("call_on", "politie", "mensen die de auto hebben zien wegrijden", "We zoeken mensen")],
    ),
    (
        "advice-om-te",
        "Het RIVM adviseert reizigers om na terugkomst een test te doen.",
        {"RIVM": "ORG"},
        [],
        [("should", "RIVM", "reizigers", "adviseert reizigers")],
    ),
    (
        "advice-passive",
        GEMEENTE + "Aan ouderen wordt geadviseerd om de hitte te mijden.",
        {"Zwolle": "GPE"},
        [],
        [("should", "gemeente Zwolle", "ouderen", "wordt geadviseerd")],
    ),
    (
        "glued-heading-verb-taken-for-a-name",
        "Er woedt een brand. Advies aan omwonenden Sluit ramen en deuren en blijf binnen.",
        {"Sluit": "PERSON"},
        [],
        [("imperative", None, "omwonenden", "Sluit ramen en deuren")],
    ),
    (
        "warning-with-condition",
        "De politie waarschuwt om altijd een legitimatie te vragen wanneer iemand aanbelt.",
        {"politie": "ORG"},
        [],
        [("urge", "politie", None, "waarschuwt om")],
    ),
    (
        "present-passive-call",
        POLICE_WE + "Iedereen met dashcambeelden wordt opgeroepen contact op te nemen.",
        {},
        [],
        [("call_on", "politie", "iedereen", "wordt opgeroepen")],
    ),
    (
        "first-person-directive",
        POLICE_WE + "We roepen iedereen op om de beelden niet te delen.",
        {},
        [],
        [("call_on", "politie", "iedereen", "We roepen iedereen op")],
    ),
    (
        "enumerated-object",
        "De bond roept ouders, leerlingen en docenten op om mee te doen aan de actie.",
        {},
        [],
        [("call_on", "bond", "ouders", "roept ouders, leerlingen en docenten op")],
    ),
    (
        "announced-measure",
        "Tekst\n\nDE JONG\nHet gaat om de volgende maatregelen: alle markten worden afgelast. "
        "Ten tweede: iedereen blijft bij klachten thuis.",
        {"De Jong": "PERSON"},
        [],
        [
            ("must", "De Jong", None, "alle markten worden afgelast"),
            ("must", "De Jong", "iedereen", "iedereen blijft bij klachten thuis"),
        ],
    ),
    (
        "glued-heading-actor",
        "Rij veilig De politie roept automobilisten op om hun telefoon weg te leggen.",
        {},
        [],
        [("call_on", "politie", "automobilisten", "De politie roept automobilisten op")],
    ),
]

NOT_CALLS = [
    ("question", POLICE_WE + "Koop je een ticket via internet?"),
    (
        "inverted-subject",
        POLICE_WE + "Als je een bericht wilt sturen, help je de ander door te wachten.",
    ),
    ("glued-subheading", POLICE_WE + "Houd je buurt veilig Samen letten we op."),
    ("subject-before-comma", "Het project, samen met de stad, richt zich op schone lucht."),
    ("noun-after-en", "Hij werd opgepakt voor wapenbezit en handel in drugs."),
    ("interjection", "Nou, kijk, de ziekenhuizen zijn gewoon vol."),
    ("in-brackets", "Letterlijke tekst van de persconferentie (deel 4)"),
    ("navigation", GEMEENTE + "Kijk voor meer tips op de website van de gemeente."),
    ("navigation-read-also", "Lees ook: Stad opent nieuwe koelplekken"),
    ("discourse-example", "Denk hierbij aan inbraken in auto's en schuren."),
    ("discourse-note", "Merk op dat de cijfers nog voorlopig zijn."),
    ("optional-route", POLICE_WE + "U kunt ook anoniem bellen met Meld Misdaad Anoniem."),
    ("third-person-search", "De politie is op zoek naar getuigen van de brand."),
    ("search-for-things", "We zijn op zoek naar zoveel mogelijk camerabeelden."),
    ("advice-information", "Het RIVM waarschuwt voor oplichters die zich als GGD voordoen."),
    (
        "advice-other-clause",
        "Ik heb mij laten adviseren en zal maatregelen nemen om de buurt te beschermen.",
    ),
    ("contact-own-wish", "Ik kom graag in contact met andere ouders."),
    ("past-tense-verbs", "De mannen fietsten weg en haakten daarna af."),
    (
        "noun-before-a-past-verb",
        "Niet iedereen is enthousiast. Wethouder Anna de Boer van het CDA stemde tegen.",
    ),
    (
        "measure-lead-not-announcing",
        "Elke maatregel heeft effecten op andere terreinen: elk handelen heeft zijn prijs.",
    ),
    ("enumerator-without-measures", "Ten tweede: de cijfers zijn voorlopig."),
    ("generic-truism", "Je moet het zien om het te geloven."),
    ("inverted-after-condition", "Wanneer de brug open is, wacht het verkeer een kwartier."),
    ("subject-pronoun-after-condition", "Als het misgaat, bel ik meteen de politie."),
]


def _index(text: str, spec: dict[str, str]) -> EntityIndex:
    """tests/test_demands.py's index from {name: label}; a person is known by the surname too."""
    return demands_index(
        text,
        {
            name: (label, [name.split()[-1]] if label == "PERSON" and " " in name else [], None)
            for name, label in spec.items()
        },
    )


def _run(nlp, text, entities, quotes):
    return extract_demands(nlp(text), _index(text, entities), _quotes(text, quotes))


def _show(demands) -> str:
    return "; ".join(f"{d.modality} {d.actor!r}->{d.addressee!r} [{d.text}]" for d in demands)


@pytest.mark.parametrize(
    ("text", "entities", "quotes", "expected"), [r[1:] for r in CALLS], ids=[r[0] for r in CALLS]
)
def test_call_found(nlp, text, entities, quotes, expected):
    demands = _run(nlp, text, entities, quotes)
    for modality, actor, addressee, fragment in expected:
        hits = [d for d in demands if fragment in d.text]
        assert hits, f"{text!r}: no demand with {fragment!r}; got {_show(demands)}"
        got = [(d.modality, d.actor, d.addressee) for d in hits]
        assert (modality, actor, addressee) in got, (
            f"{text!r}: expected {(modality, actor, addressee)} for {fragment!r}, got {got}"
        )
        for demand in hits:
            assert text[demand.start : demand.end] == demand.text


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        (
            "Er viel een boom. ‘Blijf vandaag binnen’, zegt burgemeester Anna Smit.",
            "Blijf vandaag binnen",
        ),
        (
            "Er viel een boom. “Blijf binnen en sluit de ramen”, zei ze.",
            "Blijf binnen en sluit de ramen",
        ),
    ],
)
def test_quoted_call_ends_at_its_closing_mark(nlp, text, asked):
    """The attribution after a quoted imperative is asked of no one (`clauses.quote_end`)."""
    demands = _run(nlp, text, {"Anna Smit": "PERSON"}, [("Anna Smit", asked)])
    texts = [d.text for d in demands]
    assert texts == [asked], f"{text!r}: expected the demand {asked!r}, got {texts}"


@pytest.mark.parametrize("text", [r[1] for r in NOT_CALLS], ids=[r[0] for r in NOT_CALLS])
def test_not_a_call(nlp, text):
    demands = _run(nlp, text, {}, [])
    assert demands == [], f"{text!r}: expected no demand, got {_show(demands)}"


# -- the publisher: from the text and its layout ---------------------------------------------------
# (id, text, entities, expected publisher)
PUBLISHERS = [
    (
        "first-person-body",
        POLICE_WE + "Het Openbaar Ministerie looft een beloning uit.",
        {"Openbaar Ministerie": "ORG"},
        "politie",
    ),
    (
        "named-body",
        "De gemeente Almelo sluit de brug. Wij vragen u om te omrijden.",
        {"Almelo": "GPE"},
        "gemeente Almelo",
    ),
    ("part-of-body", "De recherche zoekt getuigen. We hopen op tips.", {}, "politie"),
    (
        "body-in-pp-is-a-place",
        "In de provincie Utrecht zijn 40 mensen ziek. Het RIVM telt mee.",
        {"Utrecht": "GPE", "RIVM": "ORG"},
        "RIVM",
    ),
    (
        "signature",
        "Brand in loods\n\nBlijf uit de rook.\n\nVeiligheidsregio Drenthe",
        {"Veiligheidsregio Drenthe": "ORG"},
        "Veiligheidsregio Drenthe",
    ),
    (
        "source-line",
        "Storing verholpen\n\nDe storing is voorbij.\n\nBron: Waternet",
        {"Waternet": "ORG"},
        "Waternet",
    ),
    ("nothing-named", "Het regent al dagen. Neem een paraplu mee.", {}, None),
]


@pytest.mark.parametrize(
    ("text", "entities", "expected"), [r[1:] for r in PUBLISHERS], ids=[r[0] for r in PUBLISHERS]
)
def test_publisher(nlp, text, entities, expected):
    ctx = build_context(DocView.of(nlp(text)), _index(text, entities), [])
    assert ctx.main_org == expected, f"{text!r}: publisher {ctx.main_org!r}, expected {expected!r}"


TURNS = [
    (
        "two-labels",
        "Tekst\n\nRUTTE\nGoedemiddag.\n\nVAN DISSEL:\nDank u.",
        {},
        ["RUTTE", "VAN DISSEL"],
    ),
    ("label-with-note", "Tekst\n\nRUTTE (vervolg)\nGoedemiddag.", {"Rutte": "PERSON"}, ["Rutte"]),
    (
        "role-label",
        "Tekst\n\nBURGEMEESTER\nWelkom.\n\nVRAAG\nWanneer?",
        {},
        ["burgemeester", "VRAAG"],
    ),
    ("one-known-person", "Tekst\n\nDE JONG\nBlijf thuis.", {"De Jong": "PERSON"}, ["De Jong"]),
    ("one-heading", "Tekst\n\nRESULTATEN\nHet ging goed.", {}, []),
]


@pytest.mark.parametrize(
    ("text", "entities", "speakers"), [r[1:] for r in TURNS], ids=[r[0] for r in TURNS]
)
def test_transcript_turns(nlp, text, entities, speakers):
    index = _index(text, entities)
    ctx = build_context(DocView.of(nlp(text)), index, [])
    got = [turn_speaker(index, turn.label) for turn in ctx.turns]
    assert got == speakers, f"{text!r}: turn speakers {got}, expected {speakers}"
