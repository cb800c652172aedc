"""A wish or expectation aimed at another party: "X wil dat Y …", "X verwacht van Y dat …" (must).

"De gemeente wil dat scholen volgend jaar bomen planten" (actor: gemeente; addressee: scholen);
"We verwachten van de provincie dat ze meebetaalt" (addressee: provincie; actor: the quote's
speaker); "De bond sluit zich aan en wil ook dat de minister ingrijpt" (the subject of the verb
coordinated before). Negative twins: "De minister wil de regels aanscherpen" (her own plan: no dat
clause), "Hij wil dat niet" and "wil dat punt maken" ("dat" opens no clause), "De bond wil eisen
dat …" (the clause of another verb), "De bond wilde dat …" (a past wish), "Niemand wil dat …"
(`negations`), "foto's waarvan je niet wilt dat ze uitlekken" (a relative clause), "De boer
verwacht dat de oogst tegenvalt" (a prediction: no "van Y"), "We willen dat iedereen zich veilig
voelt" (a state: `readings.is_state_wish`).

Words: `want_verbs`, `expect_verbs`, `expect_preposition`, `relative_adverbs`, `that_clause`,
`first_person`, `negations` in data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.demands.actions import acting_subject, action
from pipeline.extract.demands.actors import speaker
from pipeline.extract.demands.addressees import addressee
from pipeline.extract.demands.clauses import clause_bounds, demand_in, read_each
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import has_word_at
from pipeline.extract.demands.model import Clause, Found, Subject, Triggers
from pipeline.extract.demands.parties import party
from pipeline.extract.demands.phrases import np_after, np_after_at
from pipeline.extract.demands.subjects import (
    parsed,
    subject,
    subject_by_order,
    subject_left,
    subject_words,
)
from pipeline.text.datafiles import DemandCues
from pipeline.text.grammar import is_finite, opens_subordinate_clause

KIND = "want"
_MAX_BEFORE_THAT = 4  # "wil ook graag dat", "verwacht van de provincie dat"


def triggers(cues: DemandCues) -> Triggers:
    """A present form of "willen" or "verwachten"."""
    words = cues.want_verbs | cues.expect_verbs
    return Triggers(frozenset(), words)


def find(ctx: DemandContext) -> list[Found]:
    """Every wish or expectation aimed at another party, in text order."""
    return read_each(ctx, KIND, _read)


def _read(ctx: DemandContext, sent: Span, verb: Token) -> Found | None:
    """The demand "X wil dat …" / "X verwacht van Y dat …" at `verb`, if it is one."""
    cues, view = ctx.cues, ctx.view
    lower = view.lower  # (read from the view's columns: a `Token` for the dat only)
    lo, hi, sub = clause_bounds(ctx, sent, verb.i, at_subordinator=True)
    if has_word_at(view, lo, verb.i, cues.relative_adverbs):
        return None  # "foto's waarvan je niet wilt dat ze uitlekken": describes the photos
    expects = lower[verb.i] in cues.expect_verbs
    of = None
    if expects:
        of = next((k for k in range(verb.i + 1, hi) if lower[k] in cues.expect_preposition), None)
        if of is None:
            return None  # "verwacht dat de prijzen stijgen": a prediction
    start = (of + 1) if of is not None else verb.i + 1
    extra = len(np_after_at(ctx, start, hi)) if of is not None else 0
    limit = min(hi, start + _MAX_BEFORE_THAT + extra)
    at = next(
        (
            k
            for k in range(start, limit)
            if lower[k] in cues.that_clause and opens_subordinate_clause(view, k)
        ),
        None,
    )
    if at is None or "VERB" in view.pos[start:at]:
        return None  # "wil eisen dat …": the dat-clause is another verb's
    that = ctx.doc[at]
    _, hi, _ = clause_bounds(ctx, sent, that.i + 1, at_subordinator=False)
    if _determiner(ctx, that, hi):
        return None  # "wil dat bredere punt maken": "dat" is a determiner
    wanter = _wanter(ctx, sent, verb, lo, that.i, sub)
    if wanter is not None and wanter.head.lower_ in cues.negations:
        return None  # "Niemand wil dat er slachtoffers vallen": nobody demands
    read = Clause(KIND, sent, verb, lo, hi, sub, wanter, frozenset({verb.i}))
    if ctx.rejects(read):
        return None
    if wanter is None or wanter.head.lower_ in cues.first_person:
        who = speaker(ctx, verb) or ctx.main_org
    else:
        who = party(ctx, subject_words(ctx, wanter, min(lo, wanter.head.i), that.i, {verb.i}))
    asked = subject_by_order(ctx, that.i + 1, that, hi, that)  # (read once: whom, and action)
    if of is not None:
        named = np_after(ctx, of + 1, that.i)
        whom = party(ctx, named) if named else None
    else:
        whom = addressee(ctx, asked, that.i + 1, hi, set())
    return demand_in(
        ctx,
        read,
        "must",
        actor=who,
        addressee=whom,
        action=action(ctx, that.i + 1, hi, acting_subject(ctx, asked, that.i + 1, hi)),
    )


def _determiner(ctx: DemandContext, that: Token, hi: int) -> bool:
    """ "wil dat bredere punt nog eens maken": "dat" before a singular noun, and the clause ends
    in an "-en" form not tagged finite -- the infinitive of "wil", since a singular subject
    would take a singular verb ("dat het kabinet de lonen verhoogt")."""
    view = ctx.view
    clause = [k for k in range(that.i + 1, min(hi, len(view))) if not view.is_punct[k]]
    noun = next((k for k in clause[:3] if view.pos[k] in ("NOUN", "PROPN", "PRON")), None)
    if not clause or noun is None or "Sing" not in view.morph(noun, "Number"):
        return False
    last = clause[-1]
    return view.lower[last].endswith("en") and not is_finite(view, last)


def _wanter(
    ctx: DemandContext, sent: Span, verb: Token, lo: int, that: int, sub: Token | None
) -> Subject | None:
    """Who wants: the parsed subject before the dat-clause, else by word order, else the subject
    of a verb coordinated before ("… en wil ook dat …")."""
    return (
        parsed(subject(ctx, lo, that, {verb.i}))
        or subject_by_order(ctx, lo, verb, that, sub)
        or parsed(subject_left(ctx, sent, lo))
    )
