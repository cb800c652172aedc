"""Calls for witnesses as a noun: "X doet een (dringende) oproep aan Y (om …)".

"Wij doen een dringende oproep aan getuigen die iets gezien hebben, om contact met ons op te
nemen" (actor: the voice of the text -- the police in its release --, addressee: "getuigen die
iets gezien hebben"), "Het onderzoeksteam doet een oproep aan iedereen die meer weet", "In de
uitzending doen we een oproep aan de kijker: wie weet meer?". The appeal noun may head a compound
("getuigenoproep"); the verb is "doen" in the clause. The action is the "om … te" complement or
what follows the colon, else the appeal itself.

Negative twins: "Dringende oproep" (a heading: no verb), "De oproep van de burgemeester werd
goed ontvangen" (no "doen ... aan"), "Doet de politie een oproep aan getuigen?" (a question: the
`question_or_conditional` filter).

Words: `appeal_verbs`, `reader_calls` (`appeal_nouns`) and `infinitive_complementisers` in
data/demand_cues.yaml.
"""

from __future__ import annotations

from pipeline.extract.demands.callers import addressed, caller, text_of
from pipeline.extract.demands.clauses import demand_in
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import ends_with_at
from pipeline.extract.demands.model import Clause, Found
from pipeline.extract.demands.phrases import join

KIND = "witness_call"
_PARTY_PREPOSITION = "aan"


def find(ctx: DemandContext) -> list[Found]:
    """Every "doet een oproep aan …" of the document, in text order."""
    out = []
    for sent, noun in ctx.tokens_at(_appeal_nouns(ctx)):
        verb = next(
            (
                t
                for t in sent
                if (
                    t.lower_ in ctx.cues.appeal_verbs
                    or t.lemma_.casefold() in ctx.cues.appeal_verbs
                )
                and t.i != noun.i
            ),
            None,
        )
        aan = next(
            (t for t in ctx.doc[noun.i + 1 : sent.end] if t.lower_ == _PARTY_PREPOSITION), None
        )
        if verb is None or aan is None or aan.i > noun.i + 2:
            continue
        lo = min(verb.i, noun.i)
        while lo > sent.start and not ctx.doc[lo - 1].is_punct and not ctx.doc[lo - 1].is_space:
            lo -= 1
        read = Clause(KIND, sent, noun, lo, sent.end)
        if ctx.rejects(read):
            continue
        out.append(
            demand_in(
                ctx,
                read,
                "call_on",
                actor=caller(ctx, lo, verb, noun.i),
                addressee=addressed(ctx, aan.i + 1, sent.end),
                action=_action(ctx, aan.i + 1, sent.end) or join(list(ctx.doc[noun.i : sent.end])),
            )
        )
    return out


def _appeal_nouns(ctx: DemandContext) -> list[int]:
    """The appeal nouns ("oproep", "getuigenoproep") of the document, on the view's columns."""
    view, nouns = ctx.view, ctx.cues.reader_calls.appeal_nouns
    return [i for i in ctx.nominals if ends_with_at(view, i, nouns)]


def _action(ctx: DemandContext, lo: int, hi: int) -> str | None:
    """The "om … te" complement or the words after a colon."""
    doc, cues = ctx.doc, ctx.cues
    for t in doc[lo:hi]:
        if t.lower_ in cues.infinitive_complementisers or t.text == ":":
            return text_of(ctx, t.i + 1, hi)
    return None
