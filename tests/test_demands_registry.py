"""The demand registry and the filters one by one, in our own Dutch sentences.

tests/test_demands.py checks what the whole extractor finds; here each filter is asked about the
clause a finder read, with no other filter in the way, so a row shows which filter decides.
A filter row: filter name, text, the cue word whose clause is judged, whether the filter rejects.
"""

from __future__ import annotations

import ast
import pkgutil
from pathlib import Path

import pytest

from pipeline.extract.demands import (
    build_context,
    extract_demands,
    filters,
    finders,
    reader_filters,
    readings,
    registry,
)
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import demand_cues
from pipeline.extract.demands.model import Clause
from pipeline.extract.resolve import EntityIndex
from pipeline.text.view import DocView

FINDER_MODULES = sorted(m.name for m in pkgutil.iter_modules(finders.__path__))


@pytest.mark.parametrize("table", ["FINDERS", "FILTERS", "STEPS"])
def test_names_are_unique(table):
    names = [entry.name for entry in getattr(registry, table)]
    assert len(names) == len(set(names)), f"registry.{table} repeats a name: {names}"


@pytest.mark.parametrize("module", FINDER_MODULES)
def test_every_finder_module_is_registered_once(module):
    finder = __import__(f"pipeline.extract.demands.finders.{module}", fromlist=["KIND"])
    entries = [f for f in registry.FINDERS if f.find is finder.find]
    assert len(entries) == 1, f"finders/{module}.py: registered {len(entries)} times in FINDERS"
    assert entries[0].name == finder.KIND, f"finders/{module}.py: KIND is not its registry name"
    assert entries[0].triggers is getattr(finder, "triggers", None), f"{module}: its own triggers"


@pytest.mark.parametrize("module", [filters, readings, reader_filters], ids=lambda m: m.__name__)
def test_every_filter_function_is_registered(module):
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    public = {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
    }
    registered = {
        entry.rejects.__name__
        for entry in registry.FILTERS
        if entry.rejects.__module__ == module.__name__
    }
    assert public == registered, f"in {module.__name__}, not registered: {public - registered}"


def test_filters_judge_known_kinds():
    kinds = {finder.name for finder in registry.FINDERS}
    for entry in registry.FILTERS:
        assert entry.kinds and entry.kinds <= kinds, f"{entry.name}: kinds {set(entry.kinds)}"


def test_every_kind_is_asked_whether_it_is_a_question():
    """All but the calls to readers, which read their own conditions ("Heeft u vragen, bel dan
    …" is a call) and skip questions themselves."""
    question = next(f for f in registry.FILTERS if f.name == "question_or_conditional")
    kinds = {finder.name for finder in registry.FINDERS}
    assert kinds > registry.READS_OWN_CONDITIONS
    assert question.kinds == kinds - registry.READS_OWN_CONDITIONS


def test_outer_construction_outranks_the_modal_inside_it(nlp):
    text = "De bond eist dat de gemeente de wachtlijsten moet wegwerken."
    demands = extract_demands(nlp(text), EntityIndex([]), [])
    assert [d.modality for d in demands] == ["must"] and demands[0].text.startswith("De bond eist")
    assert registry.RANKS["directive"] > registry.RANKS["modal"]


def _clauses(nlp, text: str) -> tuple[DemandContext, list[Clause]]:
    """Every clause the finders read in `text`, judged by no filter (each is recorded instead)."""
    seen: list[Clause] = []

    def record(ctx: DemandContext, clause: Clause) -> bool:
        seen.append(clause)
        return False

    ctx = DemandContext.build(
        DocView.of(nlp(text)),
        EntityIndex([]),
        [],
        demand_cues(),
        triggers=registry.triggers(),
        filters={finder.name: (record,) for finder in registry.FINDERS},
        ranks=registry.RANKS,
    )
    for finder in registry.FINDERS:
        finder.find(ctx)
    return ctx, seen


# (filter, text, cue word, rejects)
FILTER_ROWS = [
    ("past_obligation", "De gemeente had moeten ingrijpen.", "moeten", True),
    ("past_obligation", "De gemeente zou moeten ingrijpen.", "moeten", False),
    ("past_obligation", "Sommige klanten heb ik moeten terugbellen.", "moeten", True),
    ("past_obligation", "Wij hebben moeten ingrijpen.", "moeten", True),
    ("past_obligation", "Zij moeten de ramen sluiten.", "moeten", False),
    ("past_directive", "Het Openbaar Ministerie had vier jaar geëist.", "geëist", True),
    ("past_directive", "Het Openbaar Ministerie heeft vier jaar geëist.", "geëist", False),
    (
        "past_directive",
        "Wel hebben we de bewoners geadviseerd de ramen te sluiten.",
        "geadviseerd",
        True,
    ),
    ("past_directive", "We roepen bewoners op de ramen te sluiten.", "roepen", False),
    ("headline_report", "Werkstraf geëist tegen inbreker", "geëist", True),
    ("headline_report", "Omwonenden opgeroepen ramen te sluiten", "opgeroepen", True),
    ("headline_report", "Officier eist werkstraf tegen inbreker", "eist", False),
    ("headline_report", "De gemeente verzocht de bewoners binnen te blijven.", "verzocht", False),
    ("own_commitment", "We moeten harder werken aan betere zorg.", "moeten", True),
    ("own_commitment", "De zorgverzekeraars moeten harder werken.", "moeten", False),
    ("relative_clause", "Een wet die werkgevers moeten naleven, bestaat al.", "moeten", True),
    ("relative_clause", "Het is de minister die nu moet ingrijpen.", "moet", False),
    ("purpose", "Dit geld moet zorgen voor kortere wachtlijsten.", "moet", True),
    ("purpose", "De gemeente moet zorgen voor kortere wachtlijsten.", "moet", False),
    ("consequence", "Doordat de bussen uitvallen, moeten scholieren lopen.", "moeten", True),
    ("consequence", "De scholieren moeten lopen.", "moeten", False),
    ("habitual", "Ouders moeten vaak weken wachten op een plek.", "moeten", True),
    ("habitual", "Ouders moeten snel een plek krijgen.", "moeten", False),
    ("duty_in_force", "Werkgevers moeten nu al elk incident melden.", "moeten", True),
    ("duty_in_force", "Werkgevers moeten elk incident melden.", "moeten", False),
    ("legal_duty", "Volgens artikel 10 moet de verhuurder de woning onderhouden.", "moet", True),
    ("legal_duty", "Volgens de Woonbond moet de verhuurder de woning onderhouden.", "moet", False),
    ("perceived", "Bij de balie hoort hij dat hij ergens anders moet zijn.", "moet", True),
    ("perceived", "Bij de balie zegt hij dat de gemeente moet betalen.", "moet", False),
    ("generic_present", "Wijkagenten moeten dat gat nu vullen.", "moeten", True),
    ("generic_present", "De wijkagenten moeten dat gat nu vullen.", "moeten", False),
    ("scheduled", "De trein moet om acht uur vertrekken.", "moet", True),
    ("scheduled", "De school moet maandag weer open.", "moet", True),
    ("scheduled", "De school moet maandag weer open, eist de ouderraad.", "moet", False),
    ("scheduled", "De minister moet vrijdag met een plan komen.", "moet", False),
    ("attributing_verb", "De scholen moeten open, eist de ouderraad.", "eist", True),
    ("attributing_verb", "De ouderraad eist dat de scholen opengaan.", "eist", False),
    ("hypothetical", "We kunnen pleiten voor een hogere huurtoeslag.", "pleiten", True),
    ("hypothetical", "De Woonbond pleit voor een hogere huurtoeslag.", "pleit", False),
    ("hypothetical", "Ik wil iedereen oproepen om thuis te blijven.", "oproepen", False),
    ("hypothetical", "We zouden willen vragen om begrip.", "vragen", True),
    ("inanimate_subject", "Alles vraagt om een andere aanpak.", "vraagt", True),
    ("inanimate_subject", "Daarom vraagt dit om een andere aanpak.", "vraagt", True),
    ("inanimate_subject", "De bond vraagt om een andere aanpak.", "vraagt", False),
    ("question_or_conditional", "Moet de minister dan niet ingrijpen?", "Moet", True),
    ("question_or_conditional", "Als het misgaat, moet de minister ingrijpen.", "moet", True),
    ("question_or_conditional", "Doet de stad niets, dan moet het Rijk ingrijpen.", "moet", True),
    ("question_or_conditional", "De minister moet nu ingrijpen.", "moet", False),
    (
        "question_or_conditional",
        "De bond roept de leden op te staken wanneer het kabinet niet luistert.",
        "roept",
        False,
    ),
    (
        "question_or_conditional",
        "Als het kabinet niet luistert, roept de bond de leden op te staken.",
        "roept",
        True,
    ),
    ("question_or_conditional", "Is het tijd dat de minister ingrijpt?", "tijd", True),
    (
        "question_or_conditional",
        "Als je koorts hebt, is het verstandig om thuis te blijven.",
        "verstandig",
        False,
    ),
    ("question_or_conditional", "Mocht u iets zien, dan moet u de politie bellen.", "moet", False),
    (
        "question_or_conditional",
        "De bond vraagt leden om te melden als ze iets weten.",
        "vraagt",
        False,
    ),
    ("question_or_conditional", "Als het misgaat, moeten gezinnen hun huis uit.", "moeten", True),
    ("own_commitment", "Dan moet je wel bellen met de huisarts.", "moet", False),
    ("own_commitment", "Je moet weten dat het niet makkelijk is.", "moet", True),
    # issue 11, part B: readings.py
    (
        "name_part",
        "Het programma Opsporing Verzocht besteedde aandacht aan de zaak.",
        "Verzocht",
        True,
    ),
    ("name_part", "De gemeente verzocht de bewoners om binnen te blijven.", "verzocht", False),
    ("name_part", "Verzocht wordt om de auto te verplaatsen.", "Verzocht", False),
    (
        "past_passive",
        "Vorig jaar werden inwoners opgeroepen om water te sparen.",
        "opgeroepen",
        True,
    ),
    ("past_passive", "Inwoners worden opgeroepen om water te sparen.", "opgeroepen", False),
    ("epistemic", "Het onderzoek moet uitwijzen wat er is gebeurd.", "moet", True),
    ("epistemic", "De minister moet uitleggen wat er is gebeurd.", "moet", False),
    (
        "supposition",
        "Volgens de bewaking zou de inbreker nog op het terrein moeten zitten.",
        "moeten",
        True,
    ),
    ("supposition", "Volgens de bond zouden scholen meer moeten investeren.", "moeten", False),
    (
        "court_procedure",
        "De verdachte zal zich later moeten verantwoorden bij de rechter.",
        "moeten",
        True,
    ),
    ("court_procedure", "De minister moet zich verantwoorden tegenover de Kamer.", "moet", False),
    ("evocation", "De hitte roept bij veel boeren zorgen op over de oogst.", "roept", True),
    ("evocation", "De bond roept de leden op te staken.", "roept", False),
    (
        "warning_of_fact",
        "De helpdesk waarschuwt dat banken nooit om een pincode vragen.",
        "waarschuwt",
        True,
    ),
    ("warning_of_fact", "Het KNMI waarschuwt dat de dijk kan doorbreken.", "waarschuwt", True),
    (
        "warning_of_fact",
        "De politie waarschuwt ouderen om nooit een pincode te geven.",
        "waarschuwt",
        False,
    ),
    ("requirement", "Adoptie vraagt om gelaagde communicatie.", "vraagt", True),
    ("requirement", "De bewoners vragen om een zebrapad.", "vragen", False),
    ("state_wish", "Voetbal moet een feest zijn.", "moet", True),
    ("state_wish", "Jongeren moeten zich bewust zijn van de risico's.", "moeten", False),
    ("state_wish", "We willen dat iedereen zich veilig voelt.", "willen", True),
    ("state_wish", "We willen dat de gemeente een zaal aanbiedt.", "willen", False),
    (
        "state_wish",
        "We willen dat het plein weer een plek is waar je graag komt.",
        "willen",
        True,
    ),
    ("state_wish", "Ik wil dat iedereen zich thuis voelt.", "wil", True),
    ("state_wish", "We willen dat het park groen blijft.", "willen", True),
    (
        "state_wish",
        "We willen dat het park groen blijft en de gemeente de paden repareert.",
        "willen",
        False,
    ),
    ("state_wish", "Ik wil dat de gemeente de weg repareert.", "wil", False),
    ("embedded_question", "Hoe de gemeente dat moet betalen, is onduidelijk.", "moet", True),
    ("embedded_question", "Wat ons betreft moet het kabinet nu ingrijpen.", "moet", False),
    ("habitual_directive", "Meestal eist de oplichter geld of nieuwe beelden.", "eist", True),
    ("habitual_directive", "De oplichter eist geld.", "eist", False),
    ("jurisdiction", "Het is aan de rechter om daarover te oordelen.", "aan", True),
    ("jurisdiction", "Het is nu aan de minister om in te grijpen.", "aan", False),
    ("navigation", "Kijk op de website van de gemeente voor meer tips.", "Kijk", True),
    ("navigation", "Zie ook het overzicht van vorige week.", "Zie", True),
    ("navigation", "Lees de bijsluiter goed voordat u begint.", "Lees", False),
    ("navigation", "Kijk uit voor oplichters aan de deur.", "Kijk", False),
    ("discourse", "Denk hierbij aan inbraken en diefstal uit auto's.", "Denk", True),
    ("discourse", "Merk op dat de cijfers voorlopig zijn.", "Merk", True),
    ("discourse", "Zet bijvoorbeeld je telefoon op stil.", "Zet", False),
    ("discourse", "Laat kinderen nooit alleen in de auto.", "Laat", False),
    ("question", "Doet de politie een oproep aan getuigen?", "oproep", True),
    ("question", "We doen een oproep aan de kijker: wie weet meer?", "oproep", False),
]


@pytest.mark.parametrize(
    ("name", "text", "cue", "rejects"),
    FILTER_ROWS,
    ids=[f"{row[0]}-{'rejects' if row[3] else 'keeps'}-{k}" for k, row in enumerate(FILTER_ROWS)],
)
def test_filter(nlp, name, text, cue, rejects):
    entry = next(f for f in registry.FILTERS if f.name == name)
    ctx, seen = _clauses(nlp, text)
    read = [c for c in seen if c.cue.text == cue]
    assert read, (
        f"{text!r}: no finder read a clause at {cue!r} (read: {[c.cue.text for c in seen]})"
    )
    assert read[0].kind in entry.kinds, f"{name} does not judge {read[0].kind} clauses"
    verdict = entry.rejects(ctx, read[0])
    assert verdict is rejects, f"{text!r}: {name} should {'' if rejects else 'not '}reject it"


def test_filter_rows_cover_every_filter():
    assert {row[0] for row in FILTER_ROWS} == {entry.name for entry in registry.FILTERS}


def test_context_reads_sentences_insertions_and_cues_once(nlp):
    doc = nlp("De gemeente moet, zo zegt de bond, snel ingrijpen.\nRust de politie uit")
    ctx = build_context(DocView.of(doc), EntityIndex([]), [])
    assert ctx.sentence(0).text.startswith("De gemeente moet")
    assert sum(end - start for start, end in ctx.sentences) == len(doc), "they cover every token"
    inserted = doc[min(ctx.inserted) : max(ctx.inserted) + 1].text
    assert inserted == ", zo zegt de bond,", "the source insertion is left out of the action"
    assert [t.text for _, t in ctx.cue_tokens("modal")] == ["moet"]
