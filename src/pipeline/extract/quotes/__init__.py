"""Quotes: quoted passages with their speaker, for Dutch news text.

Two stages. Quote marks are paired on the character level (`find_quote_marks`, in the shared
`pipeline.text.quotemarks`), because tokenisers and sentence splitters treat ‘ ’ „ ” « »
inconsistently and the apostrophe of "zo'n" or "'s" looks like a quote mark. Attribution then
works on the spaCy Doc (tokens, lemmas, dependency subjects) around each quotation: the strategies
of `registry.STRATEGIES` are tried in order, the first that finds a speaker wins, and the speaker
phrase it found becomes a party through `registry.SPEAKER_RESOLVERS` and `EntityIndex`
(`pipeline.extract.resolve`). Who a pronoun or a mention stands for is decided once for every
extractor, in `pipeline.extract.attribution`.

Strategies, in registry order (one module each under `strategies/`):

1. a cue after the quotation: "‘…’, aldus X" (`postposed_cue`), "‘…’, zegt X", "‘…’ Dat zegt X.",
   "‘…’, dat zegt X" (`reporting_verb_after`), any verb with a speaking subject after the comma:
   "‘…’, lacht hij" (`inverted_verb_after`);
2. before a colon: "X zegt: ‘…’" (`reporting_clause_before`), "X: ‘…’", "Wethouder X (partij):",
   "X, die …:" (`speaker_label`), a speaker's clause whatever its verb: "X vervolgt: ‘…’"
   (`colon_subject`);
3. a cue in the quotation's own clause: "volgens X is het ‘…’" (`according_to`), "X noemt het
   ‘…’" (`reporting_verb_around`) — not for titles and scare quotes;
4. another quotation it repeats: a pull quote or a title quote (`repeated_quote`);
5. for a full sentence of speech with no cue of its own, the sentence before it: its person
   subject (`previous_subject`), a person before its first verb (`previous_person`), its
   reporter (`previous_reporter`);
6. continuation of the quotation kept just before, with only punctuation in between or a Dutch
   multi-paragraph quote (`continuation`); for speech, the paragraph's last speaker when nobody
   else is named since (`paragraph_speaker`).

The run passes over the quotations twice when one has no speaker after the first pass, so that a
title quote can take the speaker of the body quotation it repeats (`attribute_all`, `Quotation`
holds what was found before it and in the first pass; no other state).

Speaker resolvers, in registry order (`resolvers.py`): two named speakers joined by "en" → the
group as written; a pronoun → the last person of compatible gender, or an unnamed "de vrouw"
since; an entity mentioned in the phrase (a body named by its place: "de gemeente Deventer"); a
known name or alias; a role noun → its holder ("de woordvoerder"); an unknown name as written;
"woordvoerder van X" → X; an unaffiliated spokesperson → the organisation named around
(`EntityIndex.employer`); only function words → nobody; a bare role → the role in full ("zei de
officier" → officier van justitie); else the phrase as written.

Filters (`filters.py`): a quoted title ("het rapport ‘…’") or scare quote ("‘gemelde’
slachtoffers") is attributed by no cue in its clause, and a quotation nobody is found for is kept
only when it is a full sentence (or several) of speech.

Layout: `lexicon.py` (the words, loaded once), `context.py` (`QuoteContext`: one document,
read-only), `quotation.py` (`Quotation`: one quotation and what the run found before it, its
windows read once), `windows.py` (where strategies look), `phrases.py` (speaker phrase edges,
appositions, groups, reporting cues), `speakers.py` (`SpeakerPhrase`, `resolve_speaker`,
`names_a_party`), `resolvers.py`, `filters.py`, `strategies/`, `registry.py`, `model.py`.

To add a strategy: write `strategies/<name>.py` with a docstring (the construction, a Dutch
example and its negative twin, the data-file section holding its words) and
`find(quote: Quotation) -> Attribution | None`, reading the windows of `quote` (add a window to
`windows.py` + a cached property to `Quotation` if it needs a new one, e.g. the next sentence or
the previous paragraph); then add one `Strategy("name", <name>.find)` line to
`registry.STRATEGIES` at its place in the order, with `only_if=`/`unless=` filters if it applies
only to some quotations. A filter is a function `(quote: Quotation) -> bool` in `filters.py`,
named in the entries it gates. A speaker resolver is a function `(ctx, phrase: SpeakerPhrase) ->
Speaker | None` in `resolvers.py` plus one `SpeakerResolver` line in `registry.SPEAKER_RESOLVERS`.
`tests/test_quotes_registry.py` checks that every strategy module is registered.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from spacy.tokens import Doc

from pipeline.extract.quotes.context import QuoteContext
from pipeline.extract.quotes.model import Attribution
from pipeline.extract.quotes.quotation import Quotation
from pipeline.extract.quotes.registry import KEEP_UNATTRIBUTED, SPEAKER_RESOLVERS, STRATEGIES
from pipeline.extract.resolve import EntityIndex
from pipeline.schema import Quote
from pipeline.text.quotemarks import QuoteMarks, find_quote_marks
from pipeline.text.view import DocView

__all__ = ["QuoteMarks", "attribute", "attribute_all", "extract_quotes", "find_quote_marks"]


def attribute(quote: Quotation) -> Attribution | None:
    """The attribution of the first registered strategy that applies and finds one."""
    for strategy in STRATEGIES:
        if strategy.applies(quote):
            found = strategy.find(quote)
            if found is not None:
                return found
    return None


def attribute_all(
    ctx: QuoteContext, first_pass: Mapping[int, Attribution] = MappingProxyType({})
) -> list[tuple[Quotation, Attribution | None, bool]]:
    """Every quotation of `ctx` in text order with its attribution and whether it is kept (an
    unattributed one only when it passes `KEEP_UNATTRIBUTED`). What passes from one quotation to
    the next is explicit: the attribution kept just before and the speakers found so far."""
    out: list[tuple[Quotation, Attribution | None, bool]] = []
    previous: Attribution | None = None
    earlier: list[tuple[QuoteMarks, Attribution]] = []
    for marks in ctx.marks:
        quote = Quotation(ctx, marks, previous, tuple(earlier), first_pass)
        found = attribute(quote)
        kept = found is not None or all(keep(quote) for keep in KEEP_UNATTRIBUTED)
        out.append((quote, found, kept))
        previous = found if kept else None
        if found is not None and found.speaker is not None:
            earlier.append((marks, found))
    return out


def extract_quotes(doc: Doc, index: EntityIndex, view: DocView | None = None) -> list[Quote]:
    """Every quotation in `doc` with its speaker (canonical entity name), role and cue.

    When some quotation has no speaker after a first run, a second run may give it the speaker
    of a later quotation it repeats (a title or pull quote; `strategies.repeated_quote`).
    """
    view = view or DocView.of(doc)
    ctx = QuoteContext.build(view, index, find_quote_marks(view.text), SPEAKER_RESOLVERS)
    found = attribute_all(ctx)
    if any(a is None or a.speaker is None for _, a, _ in found):
        first = {q.marks.open_at: a for q, a, _ in found if a is not None and a.speaker}
        found = attribute_all(ctx, MappingProxyType(first))
    quotes: list[Quote] = []
    for quote, attribution, kept in found:
        if not kept:
            continue
        quotes.append(
            Quote(
                id=f"q{len(quotes) + 1}",
                text=quote.text,
                start=quote.marks.start,
                end=quote.marks.end,
                speaker=attribution.speaker if attribution else None,
                speaker_role=attribution.role if attribution else None,
                cue=attribution.cue if attribution else None,
            )
        )
    return quotes
