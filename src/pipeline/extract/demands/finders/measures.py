"""Measures announced as decisions: the clauses after "de volgende maatregelen:" and after the
enumerators that go on listing them ("Ten tweede: …").

"Het gaat over de volgende maatregelen: iedereen in Nederland blijft thuis bij klachten" (actor:
the voice of the text -- the minister whose turn it is --, addressee: iedereen), "Ten tweede:
evenementen worden in heel Nederland afgelast" (no addressee: nobody is asked, something is
decided). The guidelines count a measure announced as a decision as a demand of the one who
announces it. The lead must end in the measure noun, and the clause after the colon open with
its subject, then a present-tense verb; an enumerator lead counts once a measure lead opened the
paragraph.

Negative twins: "Elke maatregel heeft effecten op andere terreinen: elk handelen heeft zijn
prijs" (the lead does not end in the noun), "Ten tweede: reis niet naar het buitenland" (no
subject: an imperative, `instructions`'), "Ten tweede: wat kost het?" (a question).

Words: `reader_calls` (`measure_nouns`, `enumerators`, `non_imperatives`) in
data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.demands.clauses import demand_in, trim_end
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import ends_with
from pipeline.extract.demands.model import Clause, Found
from pipeline.extract.demands.parties import is_agentive, party
from pipeline.extract.demands.phrases import join, np_after, np_head
from pipeline.extract.demands.voices import voice
from pipeline.text.grammar import is_finite, is_past

KIND = "measure"


def find(ctx: DemandContext) -> list[Found]:
    """Every announced measure of the document, in text order."""
    out = []
    listing = False
    for sent in ctx.sentences:
        if sent.start == 0 or "\n" in ctx.doc[sent.start - 1].text_with_ws + sent[0].text:
            listing = False  # a list of measures holds for its paragraph
        for colon in (t for t in sent if t.text == ":"):
            lead = [t for t in ctx.doc[sent.start : colon.i] if t.is_alpha]
            announced = bool(lead) and ends_with(lead[-1], ctx.cues.reader_calls.measure_nouns)
            enumerated = listing and _enumerator(ctx, lead)
            listing = listing or announced
            if announced or enumerated:
                found = _read(ctx, sent, colon)
                if found is not None:
                    out.append(found)
    return out


def _enumerator(ctx: DemandContext, lead: list[Token]) -> bool:
    """The lead is an enumerator: "Ten tweede", "En ten derde", "Tot slot"."""
    words = " ".join(t.lower_ for t in lead if t.pos_ != "CCONJ")
    return words in ctx.cues.reader_calls.enumerators


def _read(ctx: DemandContext, sent: Span, colon: Token) -> Found | None:
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
    passive = verb.lower_ in cues.reader_calls.present_passive_aux
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
