"""Who demands, for constructions without an agentive subject of their own.

In order: an explicit source in the sentence ("Volgens de bond moet ...", an insertion ", zo zegt
X,", "X vindt dat ..."), a source right after the demand clause ("Het kabinet moet ingrijpen, zegt
Dekker(, anders …)" -- a reported demand of a third party is that party's demand), else the
speaker of the quote the cue stands in. A law or rule after "volgens" is no source ("volgens
artikel 10 moet ..."). A reported obligation with no source of its own may take one from the next
sentence ("Dat blijkt uit cijfers van het ministerie": `back_reference_source`). Words:
`that_clause`, `cue_adverbs`, `opinion_forms`, `infinitive_complementisers`, `infinitive_markers`
in data/demand_cues.yaml; `according_to`, `postposed`, `reporting_verbs`, `evidence_verbs`,
`evidence_preposition`, `anaphors`, `legal_sources` in data/attribution.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.attribution import (
    attribution_words,
    mentioned_entity,
    source_words,
    turn_speaker,
)
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import directive_verb, ends_with, is_reporting
from pipeline.extract.demands.parties import PARTY_LABELS, party
from pipeline.extract.demands.phrases import char_spans, np_after, phrase
from pipeline.extract.demands.subjects import SUBJECT_DEPS, subject
from pipeline.text.grammar import is_finite, is_quote_mark, opens_subordinate_clause


def speaker(ctx: DemandContext, token: Token) -> str | None:
    """Speaker of the quote that `token` stands in, else of the transcript turn it stands in
    ("BRUINS\nHet gaat over de volgende maatregelen: …"), as the article names them."""
    return speaker_at(ctx, token.idx)


def speaker_at(ctx: DemandContext, char: int) -> str | None:
    """`speaker` of the token that starts at character `char` (no `Token` built)."""
    for quote in ctx.quotes:
        if quote.start <= char < quote.end:
            return quote.speaker
        if quote.start > char:
            break
    for turn in ctx.turns:
        if turn.start <= char < turn.end:
            return turn_speaker(ctx.index, turn.label)
    return None


def voice(ctx: DemandContext, token: Token) -> str | None:
    """Who makes an unattributed call at `token`: the quote's or the transcript turn's speaker,
    else the text's publisher (`publishers`): "Neem dan contact op met de recherche" in a police
    release is the police's call, "Blijf thuis" in a minister's turn of a press-conference
    transcript the minister's."""
    return speaker(ctx, token) or ctx.main_org


def actor(
    ctx: DemandContext, sent: Span, cue: Token, subordinator: Token | None, hi: int | None = None
) -> str | None:
    """Who demands, for constructions without an agentive subject of their own; `hi`, the
    end of the demand clause, lets a source right after it count ("…, zegt Dekker")."""
    trailing = trailing_source(ctx, sent, hi) if hi is not None else None
    return (
        attribution(ctx, sent, cue, subordinator)
        or (party(ctx, trailing[1]) if trailing else None)
        or speaker(ctx, cue)
    )


def attribution(
    ctx: DemandContext, sent: Span, cue: Token, subordinator: Token | None
) -> str | None:
    """An explicit source in the sentence: "volgens X ...", "X vindt/zegt dat ..."."""
    doc = ctx.doc
    for token in doc[sent.start : cue.i]:
        if token.lower_ in attribution_words().according_to:
            tokens = np_after(ctx, token.i + 1, sent.end)
            if tokens and not is_legal(tokens):
                return party(ctx, tokens)
    for a, b in ctx.opens.items():
        if sent.start <= a < sent.end and a in ctx.inserted:
            source = _insertion_source(ctx, a + 1, b)
            if source is not None:
                return source
    if subordinator is not None and subordinator.lower_ in ctx.cues.that_clause:
        for token in doc[sent.start : subordinator.i]:
            if is_reporting(ctx.view, token.i, subordinator.i):
                subj = subject(ctx, sent.start, subordinator.i, {token.i})
                if subj is not None:
                    return party(ctx, phrase(ctx, subj, sent.start, subordinator.i))
    return None


def _insertion_source(ctx: DemandContext, lo: int, hi: int) -> str | None:
    """The source named in an insertion: ", zo zegt X,", ", aldus X,", ", volgens X,"."""
    doc = ctx.doc
    for token in doc[lo:hi]:
        if token.lower_ in source_words() or is_reporting(ctx.view, token.i, hi):
            subj = next(
                (t for t in doc[lo:hi] if t.dep_ in SUBJECT_DEPS and t.i != token.i),
                None,
            )
            tokens = np_after(ctx, token.i + 1, hi)
            if subj is not None and not tokens:
                tokens = phrase(ctx, subj, lo, hi, {token.i})
            if tokens and not is_legal(tokens):
                return party(ctx, tokens)
    return None


def trailing_source(ctx: DemandContext, sent: Span, hi: int) -> tuple[Token, list[Token]] | None:
    """ "Het kabinet moet ingrijpen, zegt Dekker(, anders …)": a reporting, opinion or
    demanding verb (or "aldus") opening the comma segment right after the demand clause
    at `hi`, followed by its subject (Dutch inverts after a fronted clause) and no clause of
    its own ("zegt Dekker tegen de NOS" still counts), names who demands. Returns the verb
    and the subject's tokens."""
    doc, view, cues = ctx.doc, ctx.view, ctx.cues
    j = hi
    if j >= sent.end or doc[j].text != ",":
        return None
    if not any(is_finite(view, t.i) and t.pos_ in ("VERB", "AUX") for t in doc[sent.start : j]):
        return None  # "De advocaat, mr. X, vraagt de rechtbank om …": an apposition before
    j += 1
    if j < sent.end and doc[j].lower_ in cues.cue_adverbs:
        j += 1
    if j >= sent.end:
        return None
    verb = doc[j]
    attributing = (
        verb.lower_ in source_words()
        or is_reporting(view, verb.i, sent.end)
        or directive_verb(cues, verb) is not None
    )
    if not attributing or verb.lower_ in attribution_words().according_to:
        return None
    end = j + 1
    while end < sent.end and not (doc[end].is_punct or ctx.boundary[end]):
        end += 1
    k = j + 1
    while k < end and doc[k].pos_ == "ADV":
        k += 1  # "zegt ook Dekker"
    tokens = np_after(ctx, k, end)
    rest = doc[tokens[-1].i + 1 : end] if tokens else []
    # a clause of its own after the subject: "zegt X dat …", "om … te"
    clause_words = cues.infinitive_complementisers | cues.infinitive_markers | cues.that_clause
    if not tokens or any(
        is_finite(view, t.i) or opens_subordinate_clause(view, t.i) or t.lower_ in clause_words
        for t in rest
    ):
        return None
    return verb, tokens


def demanding_source(ctx: DemandContext, sent: Span, hi: int) -> bool:
    """The clause is attributed to someone who demands or holds an opinion ("…, eist de
    ouderraad", "…, vindt X"), not one who reports: then a timetable is still a demand."""
    trailing = trailing_source(ctx, sent, hi)
    if trailing is None:
        return False
    verb = trailing[0]
    return verb.lower_ in ctx.cues.opinion_forms or directive_verb(ctx.cues, verb) is not None


def back_reference_source(ctx: DemandContext, sent: Span) -> str | None:
    """The source a sentence opening with "Dat"/"Dit" names for what it points back to:
    "Dat blijkt uit cijfers van X", "Dat schrijft X", "Dat zegt X", "…, volgens X"."""
    words = [t for t in sent if not (t.is_space or is_quote_mark(t.text))]
    cues = attribution_words()
    if not words or words[0].lower_ not in cues.anaphors:
        return None
    for token in words[1:]:
        if token.lower_ in cues.according_to:
            tokens = np_after(ctx, token.i + 1, sent.end)
            return party(ctx, tokens) if tokens else None
        if token.lower_ in cues.evidence_verbs:
            uit = next((t for t in words if t.lower_ == cues.evidence_preposition), None)
            if uit is None:
                return None
            named = ctx.doc[uit.i + 1 : sent.end]
            entity = mentioned_entity(ctx.index, char_spans(named), PARTY_LABELS)
            return entity.name if entity else None
        if is_reporting(ctx.view, token.i, sent.end):
            tokens = np_after(ctx, token.i + 1, sent.end)
            return party(ctx, tokens) if tokens else None
    return None


def is_legal(tokens: list[Token]) -> bool:
    """A law or rule as source ("volgens artikel 10", "volgens de regels"): a legal duty."""
    return any(ends_with(t, attribution_words().legal_sources) for t in tokens)
