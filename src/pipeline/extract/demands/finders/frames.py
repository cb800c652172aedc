"""Evaluative frames with an extraposed dat/om clause: "het is (de hoogste) tijd dat/om …"
(high_time), "het is belangrijk/nodig/zaak dat/om …", "X vindt het nodig dat …" (necessary).

"Het is de hoogste tijd dat het kabinet de huren bevriest" (high_time; addressee: the dat-subject
when it can act); "Het is tijd voor de gemeente om in te grijpen" (addressee: the "voor X" party);
"De bond vindt het nodig dat …" (actor: the subject of the opinion verb); "uiteindelijk is wel
heel cruciaal dat …" (no expletive: the dat-clause is the subject, only adverbs around the
copula). Negative twins: "Het was tijd dat …" (a past frame verb), "Het is tijd voor koffie" (no
dat/om clause), "Tijd dat de minister ingrijpt" (no verb), "De wet is belangrijk, dat weet
iedereen" (a subject before the copula, and no expletive).

Words: `high_time_nouns`, `necessity_words`, `frame_verbs`, `frame_expletives`,
`task_party_prepositions`, `complementisers`, `opinion_lemmas`, `opinion_forms`, `that_clause` in
data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.demands.actions import action
from pipeline.extract.demands.actors import actor
from pipeline.extract.demands.addressees import addressee
from pipeline.extract.demands.clauses import clause_bounds, demand_in
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.model import Clause, Found, Triggers
from pipeline.extract.demands.parties import party
from pipeline.extract.demands.phrases import np_after, phrase
from pipeline.extract.demands.subjects import (
    parsed,
    subject,
    subject_by_order,
    subject_left,
    subject_words,
)
from pipeline.text.datafiles import DemandCues
from pipeline.text.grammar import is_past

KIND = "frame"
_FRAME_WINDOW = 6


def triggers(cues: DemandCues) -> Triggers:
    """A high-time noun or a necessity word, by lemma or form."""
    words = cues.high_time_nouns | cues.necessity_words
    return Triggers(words, words)


def find(ctx: DemandContext) -> list[Found]:
    """Every frame demand of the document, in text order."""
    out = []
    cues, doc = ctx.cues, ctx.doc
    for sent, token in ctx.cue_tokens(KIND):
        form = token.lemma_.casefold(), token.lower_
        if any(f in cues.high_time_nouns for f in form):
            modality = "high_time"
        elif any(f in cues.necessity_words for f in form):
            modality = "necessary"
        else:
            continue
        j, voor = token.i + 1, None
        if j < sent.end and doc[j].lower_ in cues.task_party_prepositions:
            voor = np_after(ctx, j + 1, sent.end)
            j = j + 1 + len(voor)
        if j >= sent.end or doc[j].lower_ not in cues.complementisers:
            continue
        frame_verb = _frame_verb(ctx, sent, token)
        if frame_verb is None:
            continue
        lo, _, _ = clause_bounds(ctx, sent, token.i, at_subordinator=False)
        comp = doc[j]
        _, hi, _ = clause_bounds(ctx, sent, j + 1, at_subordinator=False)
        read = Clause(KIND, sent, token, lo, hi)
        if ctx.rejects(read):
            continue
        who = _opinion_holder(ctx, sent, token, frame_verb, lo) or actor(ctx, sent, token, None)
        whom, drop = None, {comp.i}
        if comp.lower_ in cues.that_clause:
            dat_subj = subject_by_order(ctx, j + 1, comp, hi, comp) or parsed(
                subject(ctx, j + 1, hi, set(range(j + 1, hi)))
            )
            whom = addressee(ctx, dat_subj, j + 1, hi, set())
            if dat_subj is not None and whom is not None:  # a party, not what is to happen
                drop |= {t.i for t in subject_words(ctx, dat_subj, j + 1, hi)}
        elif voor:
            whom = party(ctx, voor)
        out.append(
            demand_in(
                ctx, read, modality, actor=who, addressee=whom, action=action(ctx, j + 1, hi, drop)
            )
        )
    return out


def _opinion_holder(
    ctx: DemandContext, sent: Span, token: Token, frame_verb: Token, lo: int
) -> str | None:
    """ "X vindt het nodig dat …": the subject of an opinion verb holds the frame."""
    cues = ctx.cues
    if not (
        frame_verb.lemma_.casefold() in cues.opinion_lemmas
        or frame_verb.lower_ in cues.opinion_forms
    ):
        return None
    subj = subject(ctx, lo, token.i, {frame_verb.i}) or subject_left(ctx, sent, lo)
    if subj is None:
        return None
    return party(ctx, phrase(ctx, subj, lo, token.i, {frame_verb.i}))


def _frame_verb(ctx: DemandContext, sent: Span, token: Token) -> Token | None:
    """The copula (or "vinden") of an "het is ... tijd/nodig" frame, with expletive "het" or,
    without it, with nothing but adverbs around the copula."""
    cues, doc = ctx.cues, ctx.doc
    window: list[Token] = []
    j = token.i - 1
    while j >= sent.start and len(window) < _FRAME_WINDOW:
        if j in ctx.closes:
            j = ctx.closes[j] - 1  # "Het is, zegt X, de hoogste tijd"
            continue
        if ctx.boundary[j]:
            break
        window.append(doc[j])
        j -= 1
    verb = next(
        (t for t in window if t.lower_ in cues.frame_verbs and not is_past(ctx.view, t.i)), None
    )
    if verb is None:
        return None
    if any(t.lower_ in cues.frame_expletives for t in window):
        return verb
    # "uiteindelijk is wel heel cruciaal dat …": the extraposed clause is the subject itself,
    # with only adverbs between the copula and the word
    # ("heel" is tagged an adjective), and nothing that could be the subject before the copula
    modifiers = all(t.pos_ in ("ADV", "ADJ") for t in window if t.i > verb.i)
    opening = all(t.pos_ in ("ADV", "ADJ", "CCONJ") for t in window if t.i < verb.i)
    return verb if modifiers and opening and verb.pos_ in ("AUX", "VERB") else None
