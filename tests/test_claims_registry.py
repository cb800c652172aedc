"""The claim rules' registry: every strategy, selector and cue registered, each rule doing its job.

Each subject rule has a row of our own Dutch: the rule the registry picks for the claim, and the
subject the extractor gives it.
"""

from __future__ import annotations

import inspect

import pytest

from pipeline.extract.claims import registry, selectors, sources, subjects
from pipeline.extract.claims.context import ClaimSentence
from pipeline.extract.claims.quantities import read_quantities
from pipeline.ingest import make_article
from pipeline.text.sentences import reader_sentences
from pipeline.text.view import DocView


def _public_functions(module) -> set[str]:
    return {
        name
        for name, f in inspect.getmembers(module, inspect.isfunction)
        if f.__module__ == module.__name__ and not name.startswith("_")
    }


def test_rule_names_are_unique():
    names = [rule.name for rule in registry.SUBJECT_RULES]
    assert len(names) == len(set(names)), names


def test_the_last_rule_takes_every_number():
    assert registry.SUBJECT_RULES[-1].applies is selectors.any_number


def test_every_strategy_and_selector_is_registered():
    used = {s.__name__ for rule in registry.SUBJECT_RULES for s in rule.strategies}
    assert _public_functions(subjects) - {"has_named_earlier"} == used
    chosen = {rule.applies.__name__ for rule in registry.SUBJECT_RULES}
    assert _public_functions(selectors) == chosen


def test_every_source_cue_and_attribution_is_registered():
    cues = {cue.find.__name__ for cue in registry.SOURCE_CUES}
    attributions = {a.__name__ for a in registry.ATTRIBUTIONS}
    helpers = {
        "opens_with_anaphor",
        "np_end",
        "legal",
        "entity_in",
        "np_source",
        "document_head",
        "issuer",
        "document_issuers",
        "clause_bounds",
        "evidence_source",
        "reporter",
        "insertion_before",
    }
    assert _public_functions(sources) - helpers == cues | attributions


# (rule, sentence, claim text, subject)
RULE_ROWS = [
    (
        "elided after a named noun",
        "Er komen 500 nieuwe woningen bij, terwijl er 850 nieuwe verdwijnen.",
        "850",
        "nieuwe woningen",
    ),
    ("elided", "De club had veertig leden. Nu hebben we er elf.", "elf", "leden"),
    ("rank", "Nederland staat inmiddels op plaats 3.", "plaats 3", "Nederland"),
    ("measure after van", "Hij kreeg een celstraf van 5 jaar.", "5 jaar", "een celstraf"),
    ("euro", "De gemeente trekt 5 miljoen euro uit voor jeugdzorg.", "5 miljoen euro", "jeugdzorg"),
    ("percent change", "Het kabinet wil de huur met 5 procent verhogen.", "5 procent", "de huur"),
    ("repetitions", "De politie was vijftien keer in de straat.", "vijftien keer", "De politie"),
    ("counted", "Er zijn vorig jaar 300 slachtoffers geteld.", "300", "slachtoffers"),
    (
        "share of a change",
        "De zorguitgaven kwamen uit op 1,1 miljard euro, een stijging van 2 procent.",
        "2 procent",
        "De zorguitgaven",
    ),
    (
        "comparative share",
        "Er kwamen 3.100 klachten binnen, ruim 30 procent meer.",
        "ruim 30 procent",
        "klachten",
    ),
    (
        "target share",
        "Het aandeel elektrische auto's steeg tot 30 procent.",
        "30 procent",
        "Het aandeel elektrische auto's",
    ),
    ("share", "Ruim 30 procent van de huurders heeft schulden.", "Ruim 30 procent", "de huurders"),
    ("age after a name", "Bewoonster Riet de Vries (87) woont er al lang.", "87", "Bewoonster"),
    ("age", "Een meisje van 14 jaar werd aangehouden.", "14 jaar", "Een meisje"),
    ("change", "Het kabinet beloofde de wachtlijst te halveren.", "halveren", "de wachtlijst"),
    (
        "year in a relative clause",
        "De wet die in 2021 werd ingevoerd, helpt huurders.",
        "in 2021",
        "De wet",
    ),
    (
        "year",
        "De reorganisatie van de politie begon in 2013.",
        "in 2013",
        "De reorganisatie van de politie",
    ),
    ("any number", "Hij kreeg twintig jaar gevangenisstraf.", "twintig jaar", "gevangenisstraf"),
]


def test_every_rule_has_a_row():
    assert [rule.name for rule in registry.SUBJECT_RULES] == [row[0] for row in RULE_ROWS]


@pytest.mark.parametrize(
    ("rule", "text", "claim", "subject"), RULE_ROWS, ids=[r[0] for r in RULE_ROWS]
)
def test_rule_picks_the_subject(analyzer, rule, text, claim, subject):
    doc = analyzer.nlp(text)
    view = DocView.of(doc)
    chosen = {}
    for sent in reader_sentences(view):
        sentence = ClaimSentence(sent, [], view)
        for q in read_quantities(sentence, []):
            picked = next(r for r in registry.SUBJECT_RULES if r.applies(sentence, q))
            chosen[text[q.start : q.end]] = picked.name
    assert chosen.get(claim) == rule, f"{claim!r} in {text!r}: rules {chosen}"
    result = analyzer.from_doc(make_article("rule", "test", text), doc)
    subjects_found = {c.text: c.subject for c in result.claims}
    assert subjects_found.get(claim) == subject, f"{claim!r} in {text!r}: {subjects_found}"
