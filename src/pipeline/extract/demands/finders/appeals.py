"""An appeal made with a noun: "doet/doen een (dringend) beroep op X om/dat …" (call_on).

"De politie en gemeente doen een dringend beroep op ouders om het gesprek aan te gaan" (actor:
politie en gemeente; addressee: ouders); "Ik doe een beroep op iedereen om mee te demonstreren"
(actor: the quote's speaker, or the publisher outside quotes). The subject of "doen" appeals, the
noun phrase after "op" is addressed, the om/dat clause is the action. Negative twins: "Ik doe een
beroep op die leraren." (no act is named), "De boer deed een beroep op de noodregeling" (drew on
it: nothing asked), "De advocaat tekent beroep aan" (an appeal in court: no "doen … op").

Words: `appeal_nouns`, `appeal_verbs`, `appeal_preposition`, `addressee_complements`,
`first_person`, `that_clause` in data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.demands.actions import action, that_subject
from pipeline.extract.demands.actors import speaker
from pipeline.extract.demands.clauses import clause_bounds, demand_in, read_each
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.model import Clause, Found, Triggers
from pipeline.extract.demands.parties import party
from pipeline.extract.demands.phrases import np_after
from pipeline.extract.demands.subjects import (
    parsed,
    subject,
    subject_by_order,
    subject_left,
    subject_words,
)
from pipeline.text.datafiles import DemandCues

KIND = "appeal"


def triggers(cues: DemandCues) -> Triggers:
    """An appeal noun, by lemma or form."""
    return Triggers(cues.appeal_nouns, cues.appeal_nouns)


def find(ctx: DemandContext) -> list[Found]:
    """Every noun appeal of the document, in text order."""
    return read_each(ctx, KIND, _read)


def _read(ctx: DemandContext, sent: Span, noun: Token) -> Found | None:
    """The appeal "doen een beroep op X om …" around `noun`, if it names an act."""
    cues, doc = ctx.cues, ctx.doc
    lo, hi, sub = clause_bounds(ctx, sent, noun.i, at_subordinator=True)
    verb = next((t for t in doc[lo:hi] if t.i != noun.i and _lemma_in(t, cues.appeal_verbs)), None)
    on = next((t for t in doc[noun.i + 1 : hi] if t.lower_ in cues.appeal_preposition), None)
    if verb is None or on is None:
        return None
    opener, hi = complement(ctx, sent, on.i + 1, hi)
    if opener is None:
        return None  # "Ik doe een beroep op die leraren.": no act is named
    found = parsed(subject(ctx, lo, min(noun.i, verb.i), {verb.i})) or subject_by_order(
        ctx, lo, verb, noun.i, sub
    )
    found = found or parsed(subject_left(ctx, sent, lo))
    read = Clause(KIND, sent, noun, lo, hi, sub, found, frozenset({noun.i, verb.i}))
    if ctx.rejects(read):
        return None
    if found is None or found.head.lower_ in cues.first_person:
        who = speaker(ctx, noun) or ctx.main_org
    else:
        who = party(ctx, subject_words(ctx, found, lo, noun.i, {verb.i}))
    addressed = np_after(ctx, on.i + 1, opener.i)
    drop = that_subject(ctx, opener, hi) if opener.lower_ in cues.that_clause else set()
    return demand_in(
        ctx,
        read,
        "call_on",
        actor=who,
        addressee=party(ctx, addressed) if addressed else None,
        action=action(ctx, opener.i + 1, hi, drop),
    )


def complement(ctx: DemandContext, sent: Span, i: int, hi: int) -> tuple[Token | None, int]:
    """The om/dat/tot that opens what is asked, from token `i` on, and the end of its clause:
    in the clause, or right after a comma that closes it ("… op iedereen, om …")."""
    doc, opens = ctx.doc, ctx.cues.addressee_complements
    opener = next((t for t in doc[i:hi] if t.lower_ in opens), None)
    if opener is None and hi + 1 < sent.end and doc[hi].text == "," and doc[hi + 1].lower_ in opens:
        opener = doc[hi + 1]
    if opener is None:
        return None, hi
    _, end, _ = clause_bounds(ctx, sent, opener.i + 1, at_subordinator=False)
    return opener, max(hi, end)


def _lemma_in(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.casefold() in words or token.lower_ in words
