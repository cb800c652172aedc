"""Modal demands: moet / moeten / dient te / hoort te / behoort te / zou moeten + infinitive.

"De gemeente moet de wachtlijsten wegwerken" (must; addressee: de gemeente); "Het kabinet zou
meer moeten investeren" (should); "De minister dient vóór de zomer een plan te sturen". Negative
twins, taken out by the filters registered for this kind: "De gemeente moest ingrijpen" (past),
"We moeten harder werken" (own commitment), "Dit geld moet zorgen voor …" (purpose), "De trein
moet om acht uur vertrekken" (scheduled). The modal's subject is the addressee; the actor is a
source in or right after the sentence, or the quote's speaker (`actors.actor`), or, for advice to
the reader ("je/u moet …") in the article's own voice, the publisher (the main organisation).

Words: `modals` (lemma → modality, present and past forms, whether "te" is needed),
`modal_infinitives`, `should_aux`, `past_aux`, `future_aux`, `question_words`, `existential_er`,
`infinitive_markers`, `second_person`, `generic_subjects` in data/demand_cues.yaml.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from pipeline.extract.demands.actions import action, attribution_tokens
from pipeline.extract.demands.actors import actor
from pipeline.extract.demands.addressees import addressee
from pipeline.extract.demands.clauses import clause_bounds, demand_in
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import has_word, has_word_at
from pipeline.extract.demands.model import Clause, Found, Subject, Triggers
from pipeline.extract.demands.subjects import parsed, subject, subject_by_order, subject_words
from pipeline.text.datafiles import DemandCues, ModalVerb
from pipeline.text.grammar import is_infinitive, opens_subordinate_clause

KIND = "modal"


def triggers(cues: DemandCues) -> Triggers:
    """A modal's lemma, or one of its listed forms."""
    return Triggers(frozenset(cues.modals), cues.modal_forms)


def find(ctx: DemandContext) -> list[Found]:
    """Every modal demand of the document, in text order."""
    out = []
    cues, doc = ctx.cues, ctx.doc
    for sent, token in ctx.cue_tokens(KIND):
        verb = _modal(cues, token)
        if verb is None or token.lower_ in verb.past or token.lower_ not in verb.forms:
            continue  # present forms carry a demand; a past one ("moest") reports
        lo, hi, sub = clause_bounds(ctx, sent, token.i, at_subordinator=True)
        if verb.needs_te and not has_word_at(ctx.view, token.i + 1, hi, cues.infinitive_markers):
            continue
        modality, anchor, aux = verb.modality, token, None
        if is_infinitive(ctx.view, token.i) or token.lower_ in cues.modal_infinitives:
            aux = _aux_before(ctx, token, lo)  # "zou moeten", "had moeten", "zal moeten"
            if aux is not None and aux.lower_ in cues.should_aux:
                modality, anchor = "should", aux
        modal_tokens = frozenset({token.i, anchor.i})
        bare = Clause(KIND, sent, token, lo, hi, sub, None, modal_tokens, anchor, aux)
        if ctx.rejects_early(bare):
            continue  # a habit, a past obligation: no subject read
        subj = _subject(ctx, sent, token, anchor, lo, hi, sub)
        read = replace(bare, subject=subj)
        if ctx.rejects(read):
            continue
        existential = has_word(doc[token.i - 1 : token.i + 2], cues.existential_er)
        subject_tokens = (
            {t.i for t in subject_words(ctx, subj, lo, hi, modal_tokens)}
            if subj and not existential
            else set()
        )
        drop = modal_tokens | subject_tokens | attribution_tokens(ctx, lo, hi)
        what = action(ctx, lo, hi, drop)
        if what is None:
            continue  # "Zo moet het.": an evaluation, nothing to be done is named
        out.append(
            demand_in(
                ctx,
                read,
                modality,
                actor=actor(ctx, sent, token, sub, hi) or _to_reader(ctx, subj),
                addressee=addressee(ctx, subj, lo, hi, modal_tokens),
                action=what,
            )
        )
    return out


def _subject(
    ctx: DemandContext,
    sent: Span,
    token: Token,
    anchor: Token,
    lo: int,
    hi: int,
    sub: Token | None,
) -> Subject | None:
    """The modal's subject: in a subordinate clause by word order first (it follows the
    conjunction), in a main clause by the parse first, before any clause the modal governs
    ("Daarin moet staan hoe het geld …")."""
    related = {token.i, anchor.i, token.head.i, anchor.head.i}
    related |= {c.i for c in token.children if c.pos_ in ("VERB", "AUX")}
    if sub is not None:  # subordinate order is regular: the subject follows the conjunction
        return subject_by_order(ctx, lo, anchor, hi, sub) or parsed(
            subject(ctx, lo, hi, related, anchor.i)
        )
    rest = ctx.doc[anchor.i + 1 : hi]
    opens = (t for t in rest if opens_subordinate_clause(ctx.view, t.i))
    main_hi = next((t.i for t in rest if t.lower_ in ctx.cues.question_words), hi)
    main_hi = min(main_hi, next((t.i for t in opens), hi))
    return parsed(subject(ctx, lo, main_hi, related)) or subject_by_order(
        ctx, lo, anchor, main_hi, sub
    )


def _to_reader(ctx: DemandContext, subj: Subject | None) -> str | None:
    """A modal addressed to the reader ("Dan moet je de huisarts bellen", "U moet …") with no
    source of its own is the publisher's advice: the article's main organisation."""
    if subj is None or subj.head.lower_ not in ctx.cues.second_person | ctx.cues.generic_subjects:
        return None
    return ctx.main_org


def _modal(cues: DemandCues, token: Token) -> ModalVerb | None:
    for lemma, verb in cues.modals.items():
        if token.lemma_.casefold() == lemma or token.lower_ in verb.forms | verb.past:
            return verb
    return None


def _aux_before(ctx: DemandContext, token: Token, lo: int) -> Token | None:
    cues = ctx.cues
    wanted = cues.should_aux | cues.past_aux | cues.future_aux
    for t in reversed(ctx.doc[lo : token.i]):
        if t.lower_ in wanted:
            return t
    return None
