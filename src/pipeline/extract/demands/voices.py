"""Whose call an unattributed demand is: the quote's speaker, the transcript turn's speaker, else
the text's publisher (`publishers`: decided from the text and its layout, never a file name).

"Neem dan contact op met de recherche" in a police release is the police's call; "Blijf thuis"
in a minister's turn of a press-conference transcript is the minister's. The step
`present_passives` gives a call in the present passive ("Iedereen met tips wordt opgeroepen
contact op te nemen") to that voice, and makes its subject -- read as the actor by the directive
finder -- who must act; "werden opgeroepen" (past) reports an event and is left alone. The step
`turn_speakers` gives every demand of a transcript turn without an actor to the turn's speaker,
`generic_calls` a modal addressed to anyone ("je moet", "men moet") to the voice of the text.
Words: `present_passive_aux` in the `reader_calls` section, `generic_subjects` in
data/demand_cues.yaml.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from pipeline.extract.demands.actors import speaker
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.headings import glued_starts
from pipeline.extract.demands.model import Found
from pipeline.extract.demands.parties import party
from pipeline.text.grammar import is_finite, is_quote_mark, opens_subordinate_clause


def voice(ctx: DemandContext, token: Token) -> str | None:
    """Who makes an unattributed call at `token`: the quote's or the transcript turn's speaker
    (`actors.speaker`), else the publisher."""
    return speaker(ctx, token) or ctx.main_org


def present_passives(ctx: DemandContext, found: list[Found]) -> list[Found]:
    """ "Iedereen met tips, camerabeelden of andere informatie wordt opgeroepen contact op te
    nemen": a call in the present passive is made by the voice of the text (`voice`); who must
    act is its subject -- the words before the auxiliary when they hold no verb (the finder may
    have read only the last conjunct), without an opening "aan" ("Aan ouderen wordt geadviseerd
    om …"), else what the finder read as the actor. Negative twin: "Meerdere agenten werden
    opgeroepen" (past: an event, left alone)."""
    aux = ctx.cues.reader_calls.present_passive_aux
    out = []
    for item in found:
        cue = ctx.doc[item.cue]
        helper = next((t for t in ctx.doc[item.start : cue.i] if t.lower_ in aux), None)
        participle = cue.tag_.startswith("WW|vd") or not is_finite(ctx.view, cue.i)
        if helper is not None and participle and item.modality != "imperative":
            start, subject = _passive_subject(ctx, helper)
            addressee = subject or (item.addressee if item.actor is None else item.actor)
            item = replace(
                item, start=min(start, item.start), actor=voice(ctx, cue), addressee=addressee
            )
        out.append(item)
    return out


def _passive_subject(ctx: DemandContext, helper: Token) -> tuple[int, str | None]:
    """Where the clause before the passive auxiliary starts, and its subject if it is one noun
    phrase with no verb in it."""
    sent = ctx.sentences[ctx.sentence_index(helper.i)]
    leads = [t.i + 1 for t in ctx.doc[sent.start : helper.i] if t.text in (":", ";")]
    start = max([sent.start, *leads, *glued_starts(ctx, sent.start, helper.i + 1)])
    while start < helper.i and (ctx.view.is_space[start] or is_quote_mark(ctx.view.orth[start])):
        start += 1
    words = list(ctx.doc[start : helper.i])
    if not words or any(
        t.pos_ in ("VERB", "AUX") or opens_subordinate_clause(ctx.view, t.i) for t in words
    ):
        return helper.i, None
    if words[0].lower_ in ctx.cues.reader_calls.appeal_prepositions:
        words = words[1:]
    return start, party(ctx, [t for t in words if not t.is_punct])


def turn_speakers(ctx: DemandContext, found: list[Found]) -> list[Found]:
    """In a transcript every unattributed demand of a turn is its speaker's: "je moet oppassen
    dat …" in Rutte's turn is Rutte's (like a quote's speaker)."""
    if not ctx.turns:
        return found
    return [
        replace(item, actor=voice(ctx, ctx.doc[item.cue])) if item.actor is None else item
        for item in found
    ]


def generic_calls(ctx: DemandContext, found: list[Found]) -> list[Found]:
    """ "Dan moet je wel de huisarts bellen": a modal with a generic subject ("je", "men") right
    before or after it addresses the reader, so the voice of the text makes the call."""
    generic = ctx.cues.generic_subjects
    out = []
    for item in found:
        near = ctx.doc[max(item.cue - 1, 0) : item.cue + 2]
        if item.actor is None and any(t.lower_ in generic and t.i != item.cue for t in near):
            item = replace(item, actor=voice(ctx, ctx.doc[item.cue]))
        out.append(item)
    return out
