"""A need named by a noun phrase: "Er is/zijn … nodig (: meer geld)" (necessary).

"Volgens de GGD is er op schoolpleinen meer schaduw nodig" (actor: GGD; action: what is needed);
"Er is 300 miljoen euro nodig voor de verpleeghuizen"; "Er is één ding nodig: meer geld" (the
action is what follows the colon). The actor is the source or the quote's speaker
(`actors.actor`); nobody is named to act. Negative twins: "Er was meer geld nodig" (past),
"Daarvoor is een vergunning nodig" (a requirement: `requirement_adverbs`), "Er is geen
vergunning nodig" and "Er is niet veel nodig om …" (`negations`), "Dat is nodig." and
"Vertrouwen is essentieel voor samenwerking" (no existential "er": an evaluation), "De nodige
maatregelen zijn genomen" (attributive), "Het is nodig dat …" (a frame: `frames`).

Words: `need_words`, `need_copulas`, `requirement_adverbs`, `negations`, `existential_er`,
`complementisers` in data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.demands.actions import action, attribution_tokens
from pipeline.extract.demands.actors import actor
from pipeline.extract.demands.clauses import clause_bounds, demand_in, read_each
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import has_word
from pipeline.extract.demands.model import Clause, Found, Triggers
from pipeline.text.datafiles import DemandCues

KIND = "need"
# Parts of speech that name nothing needed (small models tag nouns oddly, so the test is negative).
_FUNCTION_POS = frozenset({"ADV", "ADP", "DET", "PRON", "PUNCT", "CCONJ", "SCONJ", "AUX", "SPACE"})


def triggers(cues: DemandCues) -> Triggers:
    """A predicate word of need, by lemma or form."""
    return Triggers(cues.need_words, cues.need_words)


def find(ctx: DemandContext) -> list[Found]:
    """Every need named by a noun phrase, in text order."""
    return read_each(ctx, KIND, _read)


def _read(ctx: DemandContext, sent: Span, word: Token) -> Found | None:
    """The need "er is X nodig" at `word`, if the clause names what is needed."""
    cues, doc = ctx.cues, ctx.doc
    nxt = doc[word.i + 1] if word.i + 1 < sent.end else None
    if nxt is not None and (nxt.pos_ in ("NOUN", "ADJ") or nxt.lower_ in cues.complementisers):
        return None  # "noodzakelijke maatregelen", "het is nodig dat …" (a frame)
    lo, hi, sub = clause_bounds(ctx, sent, word.i, at_subordinator=True)
    words = list(doc[lo:hi])
    copula = next((t for t in words if t.i < word.i and t.lower_ in cues.need_copulas), None)
    if copula is None or has_word(words, cues.requirement_adverbs | cues.negations):
        return None  # "Daarvoor is een vergunning nodig", "Er is niet veel nodig om …"
    existential = next((t for t in words if t.lower_ in cues.existential_er), None)
    drop = {word.i, copula.i} | attribution_tokens(ctx, lo, hi)
    if existential is not None:
        drop.add(existential.i)
    named = [t for t in words if t.i not in drop and t.pos_ not in _FUNCTION_POS]
    colon = hi < sent.end and doc[hi].text == ":"
    if not (named or colon) or (existential is None and not colon):
        return None  # "X is essentieel voor Y" evaluates; "er is X nodig" asks for X
    read = Clause(KIND, sent, word, lo, hi, sub, None, frozenset({word.i, copula.i}))
    if ctx.rejects(read):
        return None
    if colon:  # "Er is één ding nodig: meer geld"
        _, end, _ = clause_bounds(ctx, sent, hi + 1, at_subordinator=False)
        what = action(ctx, hi + 1, end, set())
    else:
        what = action(ctx, lo, hi, drop)
    return demand_in(
        ctx,
        read,
        "necessary",
        actor=actor(ctx, sent, word, sub, hi),
        addressee=None,
        action=what,
    )
