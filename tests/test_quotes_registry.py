"""The quote registry and its units one by one: strategies, filters and speaker resolvers.

`tests/test_quotes.py` checks whole attributions; here each registered unit is run alone on our
own Dutch sentences (positive rows and negative twins), so a failing row names the unit that
changed. Entities are built by hand (`tests.test_quotes.build_entities`).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import pytest

from pipeline.extract.quotes import attribute_all, find_quote_marks, registry, resolvers, strategies
from pipeline.extract.quotes.context import QuoteContext
from pipeline.extract.quotes.quotation import Quotation
from pipeline.extract.quotes.speakers import speaker_phrase
from pipeline.extract.resolve import EntityIndex
from pipeline.text.view import DocView
from tests.test_quotes import CEULEERS, JANSEN, UWV, build_entities, org, person

BAKKER = person("Joost Bakker", "Bakker", role="rapporteur")
SMIT = person("Anna Smit", "Smit")
VERBEEK = person("Karin Verbeek")  # no alias: "Verbeek" alone is resolved, not mentioned
WAGENBORG = org("Rederij Wagenborg")


def _context(nlp, text: str, specs: list[dict]) -> QuoteContext:
    view = DocView.of(nlp(text))
    index = EntityIndex(build_entities(text, specs))
    return QuoteContext.build(view, index, find_quote_marks(text), registry.SPEAKER_RESOLVERS)


def _last_quotation(ctx: QuoteContext) -> Quotation:
    """The last quotation of the text, with what the run found before it (the attribution just
    before, the earlier speakers) and the first pass over the whole text, as the run's second
    pass sees them."""
    first = {q.marks.open_at: a for q, a, _ in attribute_all(ctx) if a is not None and a.speaker}
    return attribute_all(ctx, first)[-1][0]


def test_registry_names_are_unique() -> None:
    for table in (registry.STRATEGIES, registry.SPEAKER_RESOLVERS):
        names = [entry.name for entry in table]
        assert len(names) == len(set(names)), f"duplicate names in {names}"


def test_every_strategy_module_is_registered_once() -> None:
    modules = {
        name: importlib.import_module(f"{strategies.__name__}.{name}")
        for _, name, _ in pkgutil.iter_modules(strategies.__path__)
    }
    registered = [entry.find for entry in registry.STRATEGIES]
    for name, module in modules.items():
        assert registered.count(module.find) == 1, f"strategies/{name}.py is not registered once"
        example = module.__doc__ and any(mark in module.__doc__ for mark in "‘«„")
        assert example, f"strategies/{name}.py: docstring without a Dutch example"
    assert len(registered) == len(modules), "a registered strategy lives outside strategies/"


def test_every_resolver_is_registered_once() -> None:
    defined = [
        function
        for name, function in inspect.getmembers(resolvers, inspect.isfunction)
        if function.__module__ == resolvers.__name__ and not name.startswith("_")
    ]
    registered = [entry.resolve for entry in registry.SPEAKER_RESOLVERS]
    assert sorted(f.__name__ for f in defined) == sorted(f.__name__ for f in registered)
    assert len(set(registered)) == len(registered)


# (strategy name, text, entity specs, expected (speaker, cue) of the last quotation, or None)
STRATEGY_CASES = [
    ("postposed cue", "‘We zijn er klaar voor’, aldus woordvoerder Shamir Ceuleers.",
     [CEULEERS], ("Shamir Ceuleers", "aldus")),
    ("postposed cue", "‘We zijn er klaar voor’, zegt Ceuleers.", [CEULEERS], None),
    ("reporting verb after", "‘Het kan echt niet langer’, zegt Jansen.",
     [JANSEN], ("Marieke Jansen", "zegt")),
    ("reporting verb after", "‘Dit is pas het begin.’ Dat zegt Jansen.",
     [JANSEN], ("Marieke Jansen", "zegt")),
    ("reporting verb after", "‘Dit is pas het begin.’ De raad vergadert morgen.", [JANSEN], None),
    ("reporting clause before colon", "Jansen zegt: ‘De buurt verdient beter.’",
     [JANSEN], ("Marieke Jansen", "zegt")),
    ("reporting clause before colon", "Het besluit is duidelijk: ‘De buurt verdient beter.’",
     [JANSEN], None),
    ("speaker label", "Woordvoerder Shamir Ceuleers: ‘Dit is een mooie stap.’",
     [CEULEERS], ("Shamir Ceuleers", ":")),
    ("speaker label", "Het besluit is duidelijk: ‘De buurt verdient beter.’", [JANSEN], None),
    ("according to", "Volgens Bakker is de aanpak ‘een lappendeken’.",
     [BAKKER], ("Joost Bakker", "volgens")),
    ("according to", "Bakker schreef het rapport ‘Een lappendeken’.", [BAKKER], None),
    ("reporting verb around", "Jansen noemt het plan ‘onverantwoord en te duur’.",
     [JANSEN], ("Marieke Jansen", "noemt")),
    ("reporting verb around", "Het plan is ‘onverantwoord en te duur’.", [JANSEN], None),
    ("previous subject",
     "Toch is Jansen kritisch. ‘Dit had nooit zo mogen gebeuren in onze mooie stad.’",
     [JANSEN], ("Marieke Jansen", None)),
    ("previous subject",
     "Toch is de raad kritisch. ‘Dit had nooit zo mogen gebeuren in onze mooie stad.’",
     [JANSEN], None),
    ("previous person",
     "Juriste Anna Smit van het juridisch loket noemt het een schending. «Hier worden de "
     "grondrechten van kinderen met voeten getreden.»",
     [SMIT], ("Anna Smit", None)),
    ("previous person",
     "Het rapport noemt Anna Smit. «Hier worden de grondrechten van kinderen met voeten "
     "getreden.»",
     [SMIT], None),
    ("previous reporter",
     "Een woordvoerder van het UWV zegt dat de wachttijd oploopt. «Dat is voor iedereen die "
     "wacht heel vervelend.»",
     [UWV], ("UWV", None)),
    ("continuation", "‘We zijn tevreden’, zegt Jansen. ‘Maar het kan altijd beter.’",
     [JANSEN], ("Marieke Jansen", None)),
    ("continuation",
     "‘We zijn tevreden’, zegt Jansen. De raad zwijgt. ‘Maar het kan altijd beter.’",
     [JANSEN], None),
    # issue 11: a speaker's clause before a colon, whatever its verb
    ("colon subject", "Jansen vervolgt: ‘De buurt verdient echt beter.’",
     [JANSEN], ("Marieke Jansen", "vervolgt")),
    ("colon subject", "De verdachte zelf hield het kort: ‘Ik heb spijt.’",
     [], ("verdachte", "hield")),
    ("colon subject", "Daarop reageert de burgemeester: ‘We gaan het onderzoeken.’",
     [], ("burgemeester", "reageert")),
    ("colon subject", "Het besluit is duidelijk: ‘Niemand mag nog naar binnen.’", [], None),
    ("colon subject", "De uitkomst bleef lang onzeker: ‘Wie wint er?’", [], None),
    # any verb with a speaking subject after a fronted quotation and its comma
    ("inverted verb after", "Kees Dekker kijkt tevreden rond. ‘Ik zit hier straks weer buiten’, "
     "lacht hij.", [person("Kees Dekker")], ("Kees Dekker", "lacht")),
    ("inverted verb after", "‘Het is voorbij’, grapt de burgemeester.", [], ("burgemeester", "grapt")),
    ("inverted verb after", "‘Het kan niet anders’, klinkt het in de zaal.", [], None),
    ("inverted verb after", "Met de bokaal ‘Team van het Jaar’ ontvangt Anna Smit een prijs.",
     [SMIT], None),
    # a repeated (pull or title) quotation takes the other one's speaker
    ("repeated quote", "‘We gaan hier niet meer weg’, zegt Anna Smit.\n\nDe buurt is boos.\n\n"
     "‘We gaan hier niet meer weg. Nooit.’", [SMIT], ("Anna Smit", None)),
    ("repeated quote", "‘We gaan hier niet weg’, zegt Anna Smit.\n\nDe buurt is boos.\n\n"
     "‘We gaan morgen naar de rechter, want zo kan het niet.’", [SMIT], None),
    ("repeated quote", "Anna Smit noemt het ‘onzin’.\n\nDe buurt is boos.\n\n"
     "‘Het is onzin, en dat weet iedereen in deze straat.’", [SMIT], None),
    # the paragraph's last speaker goes on when nobody else is named in between
    ("paragraph speaker", "‘Het is een exit-strategie’, stelt Anna Smit. Zo verdwijnt de "
     "afhankelijkheid van één leverancier. ‘We zitten in een open ecosysteem met veel partners.’",
     [SMIT], ("Anna Smit", None)),
    ("paragraph speaker", "‘Het is een exit-strategie’, stelt Anna Smit. Wethouder Bram Kok is "
     "daar niet zeker van. ‘We zitten vast aan contracten met veel leveranciers.’",
     [SMIT, person("Bram Kok")], None),
    ("paragraph speaker", "‘Het is een exit-strategie’, stelt Anna Smit. De gemeenteraad twijfelt "
     "nog. ‘We zitten vast aan contracten met veel leveranciers.’", [SMIT], None),
    ("paragraph speaker", "‘Het is een exit-strategie’, stelt Anna Smit. Een buurtbewoner twijfelt. "
     "‘We zitten vast aan contracten met veel leveranciers.’", [SMIT], None),
    # a question-and-answer interview: a quoted answer is the interviewee's, named in the lead
    ("interviewee", "Huisarts Anna Smit werkt al twintig jaar in Zwolle.\n\nHoeveel patiënten "
     "ziet u per dag?\n‘Zo’n veertig, en soms nog meer dan dat.’\n\nWat moet er veranderen?\n"
     "‘Er moeten veel minder formulieren komen.’", [SMIT], ("Anna Smit", None)),
    ("interviewee", "Huisarts Anna Smit werkt al twintig jaar in Zwolle.\n\nHoeveel patiënten "
     "ziet u per dag?\n‘Zo’n veertig, en soms nog meer dan dat.’\n\nWat vraagt u van de "
     "minister?\n‘Dat zij de huisartsen eindelijk serieus neemt.’\n\nDe minister zegt dat er "
     "geen geld is.\n‘Er is altijd geld als je het echt wilt.’", [SMIT], ("Anna Smit", None)),
    ("interviewee", "Huisarts Anna Smit werkt al twintig jaar in Zwolle.\n\nWat moet er "
     "veranderen?\n‘Er moeten veel minder formulieren komen.’", [SMIT], None),
    ("interviewee", "Anna Smit en Joost Bakker runnen samen een praktijk.\n\nHoeveel patiënten "
     "ziet u per dag?\n‘Zo’n veertig, en soms nog meer dan dat.’\n\nWat moet er veranderen?\n"
     "‘Er moeten veel minder formulieren komen.’", [SMIT, BAKKER], None),
    ("interviewee", "Huisarts Anna Smit werkt al twintig jaar in Zwolle.\n\nHoeveel patiënten "
     "ziet u per dag?\n‘Zo’n veertig, en soms nog meer dan dat.’\n\nWat moet er veranderen?\n"
     "Volgens de bond moet het roer om: ‘Er moeten veel minder formulieren komen.’",
     [SMIT], None),
    # labels: a party in brackets, a relative clause, a line break; no common noun
    ("speaker label", "Wethouder Marieke Jansen (GroenLinks):\n‘De bomen komen er, hoe dan ook.’",
     [JANSEN], ("Marieke Jansen", ":")),
    ("speaker label", "Spits Anna Smit, die twee keer scoorde: ‘Dit is voor de supporters.’",
     [SMIT], ("Anna Smit", ":")),
    ("speaker label", "De teamchef van het basisteam, waar de agenten werken: ‘Dit wil je niet.’",
     [], ("teamchef van het basisteam", ":")),
    ("speaker label", "Kees Dekker (71), bewoner van de flat: ‘Zoiets zag ik nooit.’",
     [person("Kees Dekker")], ("Kees Dekker", ":")),
    ("speaker label", "Marieke Jansen, wethouder van Zwolle: ‘We richten de straat in.’",
     [JANSEN], ("Marieke Jansen", ":")),
    ("speaker label", "Het besluit, een compromis: ‘Niemand mag nog naar binnen.’", [], None),
    ("speaker label", "Conclusie: ‘Het kan veel beter en sneller dan nu.’", [], None),
    ("speaker label", "Het besluit, dat gisteren viel: ‘Niemand mag nog naar binnen.’", [], None),
    # a reporting verb with "dat" reports that clause, not the fragment before it
    ("reporting verb around", "Een man, in ‘burgerkleding’ gestoken, vertelde dat hij agent was.",
     [], None),
    ("reporting verb after", "Een agent in ‘burgerkleding’ vertelde dat hij een onderzoek deed.",
     [], None),
    ("reporting verb after", "‘Er heerst angst bij slachtoffers’, dat zegt Anna Smit.",
     [SMIT], ("Anna Smit", "zegt")),
    ("reporting verb after", "Minister Karin Verbeek liet weten dat zij de cijfers ‘zorgelijk’ "
     "vindt.", [VERBEEK], None),
    ("reporting verb around", "Minister Karin Verbeek liet weten dat zij de cijfers ‘zorgelijk’ "
     "vindt.", [VERBEEK], ("Karin Verbeek", "liet weten")),
    ("reporting verb around", "De rechter volgde de eis niet en sprak van ‘een laffe daad’.",
     [], ("rechter", "sprak")),
    ("reporting verb around", "Jansen vergelijkt het plan met een ‘wereldstekker’.",
     [JANSEN], ("Marieke Jansen", "vergelijkt")),
    ("reporting verb around", "Zijn advocaat, Joost Bakker, noemde de eis ‘buiten proportie’.",
     [BAKKER], ("Joost Bakker", "noemde")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "text", "specs", "expected"),
    [pytest.param(*case, id=f"{case[0]}: {case[1][:40]}") for case in STRATEGY_CASES],
)
def test_strategy_alone(nlp, name: str, text: str, specs: list[dict], expected) -> None:
    [strategy] = [s for s in registry.STRATEGIES if s.name == name]
    quote = _last_quotation(_context(nlp, text, specs))
    found = strategy.find(quote) if strategy.applies(quote) else None
    got = (found.speaker, found.cue) if found is not None else None
    assert got == expected, f"{name} on {text!r}: got {got}, want {expected}"


# (filter, text, whether it holds for the last quotation)
FILTER_CASES = [
    ("names_a_title", "Het rapport ‘Kansen voor iedereen’ verscheen gisteren.", True),
    ("names_a_title", "Jansen noemt het plan ‘onverantwoord’.", False),
    ("is_scare_quote", "De ‘gemelde’ slachtoffers kregen hulp.", True),
    ("is_scare_quote", "Ze noemt het besluit ‘onbegrijpelijk’.", False),
    ("is_scare_quote", "De ‘zeer ernstig gemelde’ gevallen kregen hulp.", False),
    ("is_speech", "Het is stil. ‘We gaan hier niet meer weg, wat er ook gebeurt.’", True),
    ("is_speech", "Hij sprak van ‘een zwarte dag voor de stad en haar bewoners’.", False),
    ("is_speech", "Het is stil. ‘We gaan niet weg.’", False),
    # a scrape glued a sub-heading to it: several sentences of speech still count
    ("is_speech", "Vervolgonderzoek ‘Onze focus ligt op de daders. Zo voorkomen we nieuwe "
     "slachtoffers.’", True),
    ("is_speech", "Vervolgonderzoek ‘onze focus ligt op de daders en op de slachtoffers’.", False),
    ("is_speech", "De discussie is weg van: ‘ja maar die provider biedt dat ook nog aan’.", False),
    ("is_speech", "De discussie is weg van: ‘Ja, maar die provider biedt dat ook nog aan.’", True),
    ("is_speech", 'Inleiding\n\n\\"Some of us liked the well documented option best.\\"', True),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [pytest.param(*case, id=f"{case[0]}: {case[1][:40]}") for case in FILTER_CASES],
)
def test_filter(nlp, name: str, text: str, expected: bool) -> None:
    from pipeline.extract.quotes import filters

    quote = _last_quotation(_context(nlp, text, []))
    assert getattr(filters, name)(quote) is expected, f"{name} on {text!r}: want {expected}"


# (resolver, text, the speaker phrase as written in it, specs, expected (speaker, role) or None)
RESOLVER_CASES = [
    ("pronoun", "Marieke Jansen opende het pand. ‘Het is mooi geworden’, zei ze.", "ze",
     [JANSEN], ("Marieke Jansen", "wethouder")),
    ("pronoun", "Marieke Jansen opende het pand. ‘Het is mooi geworden’, zei Jansen.", "Jansen",
     [JANSEN], None),
    ("mentioned entity", "‘Het is mooi’, aldus wethouder Marieke Jansen.", "wethouder Marieke Jansen",
     [JANSEN], ("Marieke Jansen", "wethouder")),
    ("known name", "Karin Verbeek opende het pand. ‘Het is mooi’, aldus Verbeek.", "Verbeek",
     [VERBEEK], ("Karin Verbeek", None)),
    ("known name", "‘Het is mooi’, aldus Verbeek.", "Verbeek", [], None),
    ("role holder", "Shamir Ceuleers was er ook. ‘Het is mooi’, zegt de woordvoerder.",
     "de woordvoerder", [CEULEERS], ("Shamir Ceuleers", "woordvoerder")),
    ("role holder", "Shamir Ceuleers was er ook. ‘Het is mooi’, zegt een woordvoerder.",
     "een woordvoerder", [CEULEERS], None),
    ("unknown name", "‘Het is mooi’, aldus woordvoerder Anna Smit.", "woordvoerder Anna Smit",
     [], ("Anna Smit", "woordvoerder")),
    ("unknown name", "‘Het is mooi’, aldus een woordvoerder.", "een woordvoerder", [], None),
    ("role of body", "‘Het is mooi’, aldus een woordvoerder van het UWV.",
     "een woordvoerder van het UWV", [UWV], ("UWV", "woordvoerder")),
    ("employer", "Rederij Wagenborg schrapt de afvaarten. ‘Het is te gevaarlijk’, aldus een "
     "woordvoerster.", "een woordvoerster", [WAGENBORG], ("Rederij Wagenborg", "woordvoerster")),
    ("function words", "‘Het is mooi’, zegt een.", "een", [], (None, None)),
    ("bare role", "‘De feiten zijn bewezen’, zei de officier.", "de officier",
     [], ("officier van justitie", "officier van justitie")),
    ("as written", "‘Het kan beter’, zegt een oudere buurtbewoner.", "een oudere buurtbewoner",
     [], ("oudere buurtbewoner", "buurtbewoner")),
    ("group", "‘Het moet nu’, zeggen Greenpeace en Milieudefensie.", "Greenpeace en Milieudefensie",
     [org("Greenpeace"), org("Milieudefensie")], ("Greenpeace en Milieudefensie", None)),
    ("group", "‘Het moet nu’, zegt Greenpeace.", "Greenpeace", [org("Greenpeace")], None),
    ("mentioned entity", "‘We halen parkeervakken weg’, aldus de gemeente Deventer.",
     "de gemeente Deventer", [person("Deventer", label="GPE")], ("gemeente Deventer", None)),
    ("mentioned entity", "‘Het is mooi’, aldus Van der Berg.", "Van der Berg",
     [person("Berg", label="LOC")], None),
    ("role of body", "‘Het is mooi’, aldus een woordvoerder van de provincie Utrecht.",
     "een woordvoerder van de provincie Utrecht", [person("Utrecht", label="GPE")],
     ("provincie Utrecht", "woordvoerder")),
    ("role of body", "‘Dit wil je niet’, zegt de teamchef van basisteam Zaanstad.",
     "de teamchef van basisteam Zaanstad", [person("Zaanstad", label="GPE")],
     ("basisteam Zaanstad", "teamchef")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "text", "phrase", "specs", "expected"),
    [pytest.param(*case, id=f"{case[0]}: {case[2]}") for case in RESOLVER_CASES],
)
def test_resolver_alone(nlp, name: str, text: str, phrase: str, specs: list[dict], expected):
    [resolver] = [r for r in registry.SPEAKER_RESOLVERS if r.name == name]
    ctx = _context(nlp, text, specs)
    start = text.rindex(phrase)
    tokens = list(ctx.doc.char_span(start, start + len(phrase)))
    found = resolver.resolve(ctx, speaker_phrase(ctx, tokens, ctx.marks[-1].open_at))
    got = (found.name, found.role) if found is not None else None
    assert got == expected, f"{name} on {phrase!r} in {text!r}: got {got}, want {expected}"


# (sentence, the verb, the subject it shares with the clause's first verb, "" for none)
SHARED_SUBJECT_CASES = [
    ("De rechter volgde de eis niet en sprak van ‘een laffe daad’.", "sprak", "De rechter"),
    ("De rechter volgde de eis niet, maar de advocaat sprak van ‘een daad’.", "sprak", ""),
    ("Volgens de rechter was het laf en sprak iedereen van ‘een laffe daad’.", "sprak", ""),
]


@pytest.mark.parametrize(("text", "verb", "expected"), SHARED_SUBJECT_CASES)
def test_shared_subject(nlp, text: str, verb: str, expected: str) -> None:
    from pipeline.extract.quotes.phrases import shared_subject

    ctx = _context(nlp, text, [])
    [token] = [t for t in ctx.doc if t.text == verb]
    got = shared_subject(ctx.lex, [t for t in ctx.doc if t.i < token.i])
    assert " ".join(t.text for t in got) == expected, f"{verb!r} in {text!r}"


def test_interview_answers_give_speaker_and_demand_actor(analyze_text) -> None:
    """Through the whole pipeline: the interviewee speaks the answers and makes their demands."""
    result = analyze_text(
        "Huisarts Anna Smit werkt al twintig jaar in Zwolle.\n\nWat moet er gebeuren?\n"
        "“Het kabinet moet de salarissen in de zorg met vijf procent verhogen.”\n\n"
        "Wat vraagt u van de leden?\n"
        "“Ik doe een beroep op iedereen om volgende week mee te demonstreren.”\n"
    )
    speakers = [q.speaker for q in result.quotes]
    actors = [(d.actor, d.addressee) for d in result.demands]
    assert speakers == ["Anna Smit", "Anna Smit"], f"quote speakers {speakers}"
    assert actors == [("Anna Smit", "kabinet"), ("Anna Smit", "iedereen")], f"demands {actors}"
