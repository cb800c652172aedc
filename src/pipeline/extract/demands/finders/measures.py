"""Measures announced as decisions (must): in the present passive ("… worden afgelast"), and the
clauses a measure lead lists ("de volgende maatregelen: iedereen blijft thuis", "Ten tweede: …").

GUIDELINES: measures announced as decisions are demands of the one who announces them (the source
or speaker, else the publisher). "Alle sportwedstrijden worden tot en met zondag afgelast";
"Vuurwerk afsteken wordt in het centrum verboden" (nobody named to act). "Het gaat over de
volgende maatregelen: iedereen in Nederland blijft thuis bij klachten" (addressee: iedereen): the
lead must end in a measure noun and the clause after the colon open with its subject, then a
present-tense verb; an enumerator lead ("Ten tweede: …") counts once a measure lead opened the
paragraph.

Negative twins: "De wedstrijd werd afgelast" (past: a report), "Hij wordt verdacht van handel in
verboden wapens" (an adjective), "De wedstrijd wordt mogelijk afgelast" and "… wordt niet
afgelast" (a hedge or a negation announces nothing), "Roken is verboden" (a rule in force, no
"wordt/worden"), "Als het gaat stormen, wordt de markt afgelast" (a condition); "Elke maatregel
heeft effecten op andere terreinen: elk handelen heeft zijn prijs" (the lead does not end in the
noun), "Ten tweede: reis niet naar het buitenland" (no subject: an imperative, `instructions`'),
"Ten tweede: wat kost het?" (a question).

Words: `measure_participles`, `present_passive_aux`, `measure_hedges`, `negations`,
`comparatives`, and in `reader_calls` `measure_nouns`, `enumerators`, `non_imperatives` in
data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.demands.actions import action, attribution_tokens
from pipeline.extract.demands.actors import actor, voice
from pipeline.extract.demands.clauses import clause_bounds, demand_in, read_each, trim_end
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import ends_with, has_word
from pipeline.extract.demands.model import Clause, Found, Triggers
from pipeline.extract.demands.parties import is_agentive, party
from pipeline.extract.demands.phrases import join, np_after, np_head
from pipeline.text.datafiles import DemandCues
from pipeline.text.grammar import is_finite, is_past

KIND = "measure"


def triggers(cues: DemandCues) -> Triggers:
    """The participle of a measure verb ("afgelast", "verboden")."""
    return Triggers(frozenset(), cues.measure_participles)


def find(ctx: DemandContext) -> list[Found]:
    """Every measure announced in the present passive or listed after a measure lead, in text
    order."""
    found = read_each(ctx, KIND, _read_passive) + _listed(ctx)
    return sorted(found, key=lambda item: (item.start, item.end))


def _read_passive(ctx: DemandContext, sent: Span, participle: Token) -> Found | None:
    """The measure "X wordt/worden <participle>" at `participle`, if announced."""
    cues, doc = ctx.cues, ctx.doc
    nxt = doc[participle.i + 1] if participle.i + 1 < len(doc) else None
    if nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN"):
        return None  # "handel in verboden wapens": an adjective, no measure
    lo, hi, sub = clause_bounds(ctx, sent, participle.i, at_subordinator=True)
    if sub is not None and sub.lower_ in cues.comparatives:  # "met meer dan 100 personen"
        lo, hi, sub = clause_bounds(ctx, sent, participle.i, at_subordinator=False)
    words = list(doc[lo:hi])
    aux = next((t for t in words if t.lower_ in cues.present_passive_aux), None)
    if aux is None or has_word(words, cues.measure_hedges | cues.negations):
        return None  # "wordt mogelijk afgelast", "wordt niet afgelast": nothing is decided
    read = Clause(KIND, sent, participle, lo, hi, sub, None, frozenset({aux.i}))
    if ctx.rejects(read):
        return None
    return demand_in(
        ctx,
        read,
        "must",
        actor=actor(ctx, sent, participle, sub, hi) or ctx.main_org,
        addressee=None,
        action=action(ctx, lo, hi, {aux.i} | attribution_tokens(ctx, lo, hi)),
    )


def _listed(ctx: DemandContext) -> list[Found]:
    """The measures after a measure lead's colon and after the enumerators that go on listing
    them in its paragraph."""
    out = []
    listing = False
    orth = ctx.view.orth
    for k, sent in enumerate(ctx.sentences):
        start = sent.start
        if start == 0 or "\n" in orth[start - 1] or "\n" in orth[start]:
            listing = False  # a list of measures holds for its paragraph
        for colon in (ctx.doc[k] for k in range(start, sent.end) if orth[k] == ":"):
            lead = [t for t in ctx.doc[sent.start : colon.i] if t.is_alpha]
            announced = bool(lead) and ends_with(lead[-1], ctx.cues.reader_calls.measure_nouns)
            enumerated = listing and _enumerator(ctx, lead)
            listing = listing or announced
            if announced or enumerated:
                found = _read_listed(ctx, ctx.sentence(k), colon)
                if found is not None:
                    out.append(found)
    return out


def _enumerator(ctx: DemandContext, lead: list[Token]) -> bool:
    """The lead is an enumerator: "Ten tweede", "En ten derde", "Tot slot"."""
    words = " ".join(t.lower_ for t in lead if t.pos_ != "CCONJ")
    return words in ctx.cues.reader_calls.enumerators


def _read_listed(ctx: DemandContext, sent: Span, colon: Token) -> Found | None:
    """The measure after `colon`: a subject, then a present-tense verb."""
    doc, cues = ctx.doc, ctx.cues
    start = colon.i + 1
    while start < sent.end and doc[start].is_space:
        start += 1
    end = trim_end(ctx, start, sent.end) if start < sent.end else start
    words = [t for t in doc[start:end] if not t.is_space]
    if not words or words[-1].text.endswith("?") or doc[sent.end - 1].text == "?":
        return None
    verb = next((t for t in words if t.pos_ in ("VERB", "AUX") and is_finite(ctx.view, t.i)), None)
    if verb is None or verb.i == start or is_past(ctx.view, verb.i):
        return None
    passive = verb.lower_ in cues.present_passive_aux
    if verb.lower_ in cues.reader_calls.non_imperatives and not passive:
        return None  # "… is duur", "… kan": a state or a possibility, not a measure
    read = Clause(KIND, sent, verb, start, end)
    if ctx.rejects(read):
        return None
    subject = np_after(ctx, start, verb.i)
    agent = subject and is_agentive(ctx, subject, np_head(ctx, subject))
    return demand_in(
        ctx,
        read,
        "must",
        actor=voice(ctx, verb),
        addressee=party(ctx, subject) if agent else None,
        action=join(words),
    )
