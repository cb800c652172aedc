"""Advice to the public with an "om … te" complement: "X adviseert / raadt … aan / waarschuwt
(Y) om … te …", also in the passive ("Aan ouderen wordt geadviseerd om …").

"Het RIVM adviseert mensen om thuis te blijven" (actor: RIVM, addressee: mensen), "De politie
waarschuwt om altijd een legitimatie te vragen" (addressee: none, the reader), "De club raadt
supporters aan om de chatgesprekken te bewaren", "Aan ouderen en personen met verminderde
weerstand wordt geadviseerd om drukte te vermijden" (actor: the voice of the text, via the
`present_passives` step; addressee: ouderen en personen …).

Negative twins: "De politie waarschuwt voor oplichters" and "Het RIVM waarschuwt dat het virus
zich verspreidt" (information, no "om … te"), "Het kabinet adviseert de Kamer over de wet" (no
complement), "Raad eens wie er kwam" (no particle), "Ik heb mij laten adviseren en zal maatregelen nemen om
…" (the "om" of another clause).

Words: `reader_calls` (`advice_verbs`, `advised_prepositions`), `infinitive_complementisers`,
`infinitive_markers`, `first_person` in data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.demands.callers import addressed, caller, text_of
from pipeline.extract.demands.clauses import demand_in
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.model import Clause, Found
from pipeline.extract.demands.parties import party
from pipeline.extract.demands.phrases import np_after
from pipeline.text.grammar import is_boundary, is_finite

KIND = "advice"


def find(ctx: DemandContext) -> list[Found]:
    """Every advice with an "om … te" complement in the document, in text order."""
    out = []
    for sent in ctx.sentences:
        for cue in sent:
            found = _read(ctx, sent, cue) if _advice_verb(ctx, cue) is not None else None
            if found is not None:
                out.append(found)
    return out


def _advice_verb(ctx: DemandContext, cue: Token) -> str | None:
    """The advice verb `cue` is a form of, if its particle (when it needs one) is present."""
    for lemma, verb in ctx.cues.reader_calls.advice_verbs.items():
        if cue.lower_ in verb.forms:
            if not verb.particles or any(cue.lower_.startswith(p) for p in verb.particles):
                return lemma
            sent = ctx.sentences[ctx.sentence_index(cue.i)]
            if any(t.lower_ in verb.particles for t in ctx.doc[cue.i + 1 : sent.end]):
                return lemma
    return None


def _read(ctx: DemandContext, sent: Span, cue: Token) -> Found | None:
    """The advice at `cue`: its complement must follow in the sentence."""
    cues, doc = ctx.cues, ctx.doc
    om = next(
        (t for t in doc[cue.i + 1 : sent.end] if t.lower_ in cues.infinitive_complementisers), None
    )
    if om is None or not any(t.lower_ in cues.infinitive_markers for t in doc[om.i + 1 : sent.end]):
        return None
    between = doc[cue.i + 1 : om.i]
    if any(t.lower_ in cues.reader_calls.coordinators or _finite(ctx, t) for t in between):
        return None  # "laten adviseren en zal maatregelen nemen om …": another clause's "om"
    lo = cue.i
    while lo > sent.start and not is_boundary(ctx.view, lo - 1):
        lo -= 1
    read = Clause(KIND, sent, cue, lo, sent.end)
    if ctx.rejects(read):
        return None
    return demand_in(
        ctx,
        read,
        "call_on",
        actor=caller(ctx, lo, cue, cue.i),
        addressee=_addressee(ctx, lo, cue, om),
        action=text_of(ctx, om.i + 1, sent.end),
    )


def _finite(ctx: DemandContext, t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") and is_finite(ctx.view, t.i)


def _addressee(ctx: DemandContext, lo: int, cue: Token, om: Token) -> str | None:
    """Who is advised: "aan X" anywhere in the clause, else the noun phrase between the verb
    and its complement ("adviseert supporters om")."""
    doc, words = ctx.doc, ctx.cues.reader_calls
    for t in doc[lo : om.i]:
        if t.lower_ in words.advised_prepositions and t.i + 1 < om.i:
            end = cue.i if t.i < cue.i else om.i
            helper = next((w for w in doc[t.i + 1 : end] if w.pos_ in ("AUX", "VERB")), None)
            return addressed(ctx, t.i + 1, helper.i if helper is not None else end)
    k = cue.i + 1
    while k < om.i and doc[k].pos_ in ("ADV",):
        k += 1
    advised = np_after(ctx, k, om.i)  # "adviseert het kabinet al langer om": the noun phrase
    return party(ctx, advised) if advised else None
