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

from pipeline.extract.quotes import attribute, find_quote_marks, registry, resolvers, strategies
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
    """The last quotation of the text, with the attributions before it found as the run finds
    them (the continuation strategy reads the previous one)."""
    previous = None
    for marks in ctx.marks[:-1]:
        previous = attribute(Quotation(ctx, marks, previous))
    return Quotation(ctx, ctx.marks[-1], previous)


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
]


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
