"""The entity package's units: the fix registry, the runners of its tables, and the pure helpers
(role words, trimming, acronyms, union-find) that the rules in test_entities.py rely on."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import replace

import pytest
import spacy

from pipeline.extract.entities import fixes
from pipeline.extract.entities.acronyms import abbreviates, initials
from pipeline.extract.entities.fixes.context import Candidate, Fix, FixContext
from pipeline.extract.entities.fixes.given_names import given_name_end
from pipeline.extract.entities.fixes.registry import (
    DOC_FIXES,
    ENTITY_TYPES,
    MENTION_FIXES,
    MODEL_ENTITY_REPAIRS,
)
from pipeline.extract.entities.fixes.repair import FirstType, RepairEach
from pipeline.extract.entities.fixes.trim_titles import trim
from pipeline.extract.entities.merging import Groups
from pipeline.extract.entities.names import suffix_label
from pipeline.extract.entities.roles import may_start_role, role_at, role_word
from pipeline.labels import roles

TABLES = {
    "DOC_FIXES": DOC_FIXES,
    "MODEL_ENTITY_REPAIRS": MODEL_ENTITY_REPAIRS,
    "ENTITY_TYPES": ENTITY_TYPES,
    "MENTION_FIXES": MENTION_FIXES,
}
ENTRIES = [entry for table in TABLES.values() for entry in table]
# modules of fixes/ that hold no fix: the shared context, the order, the table runners and the
# per-Doc index of the words the scans start from
INFRASTRUCTURE = {"context", "registry", "repair", "word_index"}
FIX_MODULES = sorted(
    info.name for info in pkgutil.iter_modules(fixes.__path__) if info.name not in INFRASTRUCTURE
)


@pytest.fixture(scope="module")
def blank():
    """A tokenizer only: the helpers below read token texts, not the parse."""
    return spacy.blank("nl")


def test_fix_names_are_unique() -> None:
    names = [entry.name for entry in ENTRIES]
    assert len(names) == len(set(names)), f"duplicate fix names: {names}"


@pytest.mark.parametrize("module", FIX_MODULES)
def test_every_fix_module_is_registered(module: str) -> None:
    """A fix module whose functions no table runs would be dead code that looks alive."""
    registered = {entry.run.__module__ for entry in ENTRIES}
    assert f"{fixes.__name__}.{module}" in registered, (
        f"fixes/{module}.py has no entry in fixes/registry.py; add Fix(name, function) to a table"
    )


@pytest.mark.parametrize("module", FIX_MODULES)
def test_fix_modules_say_what_they_handle(module: str) -> None:
    """The docstring names the construction with a quoted Dutch example."""
    doc = importlib.import_module(f"{fixes.__name__}.{module}").__doc__ or ""
    assert '"' in doc and len(doc.split()) >= 15, f"fixes/{module}.py: docstring with an example"


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.name)
def test_registered_functions_have_docstrings(entry: Fix) -> None:
    assert (entry.run.__doc__ or "").strip(), f"{entry.name}: say what the fix does"


def test_model_entities_are_typed_last() -> None:
    """Typing reads the repaired span, so no repair may follow it."""
    assert isinstance(MODEL_ENTITY_REPAIRS[-1].run, FirstType)
    assert MODEL_ENTITY_REPAIRS[-1].run.rules == ENTITY_TYPES
    [repairs] = [e.run for e in DOC_FIXES if isinstance(e.run, RepairEach)]
    assert repairs.repairs == MODEL_ENTITY_REPAIRS


def _drop_lower(ctx: FixContext, candidate: Candidate) -> Candidate | None:
    """Drop lower-case spans (a test repair)."""
    return None if candidate.span.text.islower() else candidate


def _widen(ctx: FixContext, candidate: Candidate) -> Candidate:
    """Mark the candidate titled (a test repair that must not run after a drop)."""
    assert not candidate.span.text.islower(), "a repair ran after the entity was dropped"
    return replace(candidate, titled=True)


def _person_if_titled(ctx: FixContext, candidate: Candidate):
    """PERSON for a titled candidate (a test typing rule)."""
    span = candidate.span
    return spacy.tokens.Span(span.doc, span.start, span.end, "PERSON") if candidate.titled else None


def _org(ctx: FixContext, candidate: Candidate):
    """ORG for anything (a test typing rule that must lose to the first)."""
    span = candidate.span
    return spacy.tokens.Span(span.doc, span.start, span.end, "ORG")


def test_repairs_run_in_order_and_stop_at_a_drop(blank) -> None:
    doc = blank("de kerk en Jan Smit en Nibud")
    kept_known = spacy.tokens.Span(doc, 6, 7, "ORG", span_id="term:Nibud")
    spans = [spacy.tokens.Span(doc, 0, 2, "MISC"), spacy.tokens.Span(doc, 3, 5, "MISC"), kept_known]
    run = RepairEach(
        (
            Fix("drop_lower", _drop_lower),
            Fix("widen", _widen),
            Fix("type", FirstType((Fix("person", _person_if_titled), Fix("org", _org)))),
        )
    )
    out = run(FixContext.of(doc), spans)
    assert [(s.text, s.label_) for s in out] == [("Jan Smit", "PERSON"), ("Nibud", "ORG")]
    assert out[1] is kept_known, "termbase names pass the repairs unchanged"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Woordvoerder", ("woordvoerder", "person")),
        ("oud-minister", ("oud-minister", "person")),
        ("ex-wethouder", ("ex-wethouder", "person")),
        ("CKM-woordvoerder", ("woordvoerder", "person")),
        ("mr.", ("mr.", "honorific")),
        ("Huis", None),
        ("Woonbond", None),
    ],
)
def test_role_word(text: str, expected) -> None:
    assert role_word(text) == expected, f"{text!r}: want {expected}"


@pytest.mark.parametrize(
    "text",
    [
        "Woordvoerder Shamir Ceuleers zegt dat minister-president Rutte en oud-minister Jan Smit "
        "met de officier van justitie en CKM-woordvoerder Els Bos spraken.",
        "De burgemeester van Almere, mr. dr. Karim el Idrissi, en de minister van Justitie en "
        "Veiligheid Dilan Yesilgöz.",
    ],
)
def test_may_start_role_never_misses_a_role(blank, text: str) -> None:
    """The cheap test that lets `role_at` skip a token must hold wherever a role phrase of
    roles.csv starts, whatever its case; so `role_at` finds in the sentence every role a plain
    scan of the phrases finds."""
    doc = blank(text)
    texts = tuple(t.text for t in doc)
    phrases = [key.split() for key in roles()]
    for key in phrases:
        assert may_start_role(key[0]) and may_start_role(key[0].capitalize()), key
    for i in range(len(texts)):
        written = [t.casefold() for t in texts[i:]]
        if any(written[: len(key)] == key for key in phrases):
            assert role_at(texts, i) is not None, f"{texts[i]!r} starts a role"
    assert not may_start_role("Rutte")
    assert role_at(texts, len(texts)) is None


@pytest.mark.parametrize(
    ("text", "trimmed", "titled"),
    [
        ("Woordvoerder Shamir Ceuleers", "Shamir Ceuleers", True),
        ("minister-president Rutte", "Rutte", True),
        ("Oud-minister Jan Smit", "Jan Smit", True),
        ("mr. Karim el Idrissi", "Karim el Idrissi", True),
        ("de Woonbond", "Woonbond", False),
        ("(Woonbond),", "Woonbond", False),
        ("Jan Smit", "Jan Smit", False),
        ("de", None, False),
    ],
)
def test_trim(blank, text: str, trimmed: str | None, titled: bool) -> None:
    doc = blank(text)
    span, stripped = trim(doc[:], tuple(t.text for t in doc))
    assert (span.text if span is not None else None, stripped) == (trimmed, titled), text


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Gisteren zei Marja van Dijk dat het klopt.", 2, 5),
        ("Volgens Willem de Graaf is het klaar.", 1, 4),
        ("Het Anne Frank Huis is open.", 1, None),  # a further capitalised word
        ("Hij woont aan de Willem Dreesweg in Gouda.", 4, None),  # a street
        ("Dat betaalt het Rijk dit jaar niet.", 3, None),  # the state
        ("Gisteren zei Marja dat het klopt.", 2, None),  # no surname
    ],
)
def test_given_name_end(nlp, text: str, start: int, end: int | None) -> None:
    doc = nlp(text)
    texts = tuple(t.text for t in doc)
    assert given_name_end(doc, texts, start, set()) == end, f"{text!r} from {doc[start]}"


@pytest.mark.parametrize(
    ("word", "label"),
    [
        ("Spreidingswet", "LAW"),
        ("Kinderrechtenverdrag", "LAW"),
        ("Stationsstraat", "LOC"),
        ("Weg", None),  # the ending alone
        ("Dekker", None),
    ],
)
def test_suffix_label(word: str, label: str | None) -> None:
    assert suffix_label(word) == label, word


@pytest.mark.parametrize(
    ("short", "long", "expected"),
    [
        ("LHV", "Landelijke Huisartsenvereniging", True),
        ("VNG", "Vereniging van Nederlandse Gemeenten", True),
        ("N-VA", "Nieuw-Vlaamse Alliantie", True),
        ("XYZ", "Landelijke Huisartsenvereniging", False),
        ("LV", "Huisartsenvereniging", False),  # the first letter must start a word
    ],
)
def test_abbreviates(short: str, long: str, expected: bool) -> None:
    assert abbreviates(short, long) is expected, f"{short} in {long}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vereniging van Nederlandse Gemeenten", "VNG"),
        ("Nieuw-Vlaamse Alliantie", "NVA"),
        ("de kerk", ""),
    ],
)
def test_initials(text: str, expected: str) -> None:
    assert initials(text) == expected


def test_groups_union_find() -> None:
    groups = Groups(5)
    groups.union(3, 1)
    groups.union(4, 3)
    assert {groups.find(i) for i in (1, 3, 4)} == {1}, "a group is named by its first member"
    assert groups.find(0) == 0 and groups.find(2) == 2


@pytest.mark.parametrize("person_label", ["PER", "PERSON"])
def test_kind_named_keeps_a_full_personal_name_for_any_model(blank, person_label: str) -> None:
    """A descriptor before a two-word person ("onderzoeksbureau Jan Smit") types no ORG, whether
    the model says PER (CoNLL) or PERSON (OntoNotes)."""
    from pipeline.extract.entities.fixes.kind_named import kind_named

    doc = blank("Volgens onderzoeksbureau Jan Smit is het te laat.")
    person = spacy.tokens.Span(doc, 2, 4, label=person_label)
    [typed] = kind_named(FixContext.of(doc), [person])
    assert typed.label_ == person_label


@pytest.mark.parametrize("person_label", ["PER", "PERSON"])
def test_body_title_before_person_dropped_for_any_model(blank, person_label: str) -> None:
    from pipeline.extract.entities.fixes.filters import drop_body_titles

    doc = blank("Kinderombudsvrouw Margrite Kalverboer is kritisch.")
    body = spacy.tokens.Span(doc, 0, 1, label="ORG", span_id="term:Kinderombudsvrouw")
    person = spacy.tokens.Span(doc, 1, 3, label=person_label)
    assert drop_body_titles(FixContext.of(doc), [body, person]) == [person]


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("Jansen zegt dat het kan ,", 0, 0),  # the Doc's start: no token before it
        ("minister van Financiën , Jan Jansen", 4, 1),
        ("minister van Financiën Jan Jansen", 3, 0),
    ],
)
def test_comma_before_reads_no_token_before_the_doc(blank, text, start, expected) -> None:
    from pipeline.extract.entities.affiliation import _comma_before

    doc = blank(text)
    assert _comma_before(doc[start : start + 1], [t.text for t in doc]) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("FNV-voorman", ("FNV", "voorman")),
        ("Haven-project", ("Haven", "project")),
        ("LHBTIQ+’ers", ("LHBTIQ+", "ers")),
        ("CDA-Kamerlid", ("CDA", "Kamerlid")),
        ("Schouwen-Duiveland", None),
        ("e-mail", None),
        ("Noord-Brabant", None),
    ],
)
def test_compound_head(word: str, expected) -> None:
    from pipeline.extract.entities.names import compound_head

    assert compound_head(word) == expected


@pytest.mark.parametrize(
    ("word", "body"),
    [
        ("VNG-bestuurder", "VNG"),
        ("CDA-Kamerlid", "CDA"),
        ("Oud-minister", None),
        ("Haven-project", None),
    ],
)
def test_role_compound_body(word: str, body: str | None) -> None:
    from pipeline.extract.entities.names import role_compound_body

    assert role_compound_body(word) == body


@pytest.mark.parametrize(
    ("text", "word", "glued"),
    [
        ("Het lab is dicht. Tips Heeft u informatie?", "Heeft", True),
        ("De buurt is veilig. Meld overlast Weet u meer?", "Weet", True),
        ("Hij is weg. StreamView De meldkamer kijkt mee.", "De", True),
        ("Het team van Basisteam De Linde is trots.", "De", False),  # a name goes on
        ("Het werkt dankzij de Open Loket principes.", "Loket", False),  # mid-sentence
        ("Wij volgen Open Loket en open standaarden.", "Loket", False),  # before "en"
    ],
)
def test_glued_start(nlp, text: str, word: str, glued: bool) -> None:
    from pipeline.extract.entities.names import glued_start

    doc = nlp(text)
    [token] = [t for t in doc if t.text == word]
    assert glued_start(token) is glued, text


def test_glued_start_at_agrees_with_glued_start(nlp) -> None:
    """The text pre-check of `glued_start_at` never hides a glued start `glued_start` finds."""
    from pipeline.extract.entities.names import glued_start, glued_start_at

    doc = nlp(
        "Het lab is dicht. Tips Heeft u informatie? Hij is weg. StreamView De meldkamer kijkt."
    )
    texts = tuple(t.text for t in doc)
    found = [t.i for t in doc if glued_start_at(doc, texts, t.i)]
    assert found == [t.i for t in doc if glued_start(t)]
    assert found, "the sentences hold glued starts"


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("Volgens Jansen is het te laat .", 0, 2, "Jansen"),
        ("Over Brabant : het virus .", 0, 2, "Brabant"),
        ("Van Hecke is minister .", 0, 2, "Van Hecke"),  # a surname particle stays
        ("Volgens is geen naam .", 0, 1, "Volgens"),  # never its last word
    ],
)
def test_trim_cue_words(blank, text: str, start: int, end: int, expected: str) -> None:
    from pipeline.extract.entities.fixes.cue_words import trim_cue_words

    doc = blank(text)
    span = spacy.tokens.Span(doc, start, end, label="PER")
    assert trim_cue_words(FixContext.of(doc), Candidate(span)).span.text == expected
