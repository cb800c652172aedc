"""Directive speech-act verbs: roept … op, spoort … aan, maant … aan, dringt aan op, eist, vraagt
om, verzoekt, pleit voor -- in any tense: a reported demand of a third party is that party's demand.

"De FNV roept het kabinet op de huurtoeslag te verhogen" (call_on; actor: FNV, addressee: kabinet);
"De bond eist dat de provincie de vergunning intrekt" (must; addressee: the dat-subject); a
document as subject speaks for whoever adopted it: "De Kamer nam een motie aan die het kabinet
vraagt om …" (actor: de Kamer). Negative twins: "De minister vraagt zich af of …" (no complement),
"We kunnen pleiten voor …" (hypothetical), "De scholen moeten open, eist de ouderraad" (the verb
attributes the clause before it: that modal is the demand). The subject is the actor (a
first-person one is the voice of the text: the quote's speaker, the transcript turn's speaker, or
the publisher outside quotes, `voices.voice`).

Words: `directive_verbs` (forms, particle, what the object names, addressee and action
prepositions), `verbs_needing_complement`, `vragen_complements`, `reflexive_pronouns`,
`directive_complements`, `document_nouns`, `first_person`, `separable_particles` in
data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.demands.actions import directive_action
from pipeline.extract.demands.addressees import directive_addressee
from pipeline.extract.demands.clauses import clause_bounds, demand_in
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import directive_verb, ends_with, has_word
from pipeline.extract.demands.model import Clause, Found, Subject, Triggers
from pipeline.extract.demands.parties import party
from pipeline.extract.demands.phrases import np_after, phrase
from pipeline.extract.demands.subjects import (
    parsed,
    subject,
    subject_by_order,
    subject_left,
    subject_words,
)
from pipeline.extract.demands.voices import voice
from pipeline.text.datafiles import DemandCues, DirectiveVerb
from pipeline.text.grammar import is_finite

KIND = "directive"


def triggers(cues: DemandCues) -> Triggers:
    """A directive verb's lemma, or one of its listed forms."""
    return Triggers(frozenset(cues.directive_verbs), cues.directive_forms)


def find(ctx: DemandContext) -> list[Found]:
    """Every directive demand of the document, in text order."""
    out = []
    for sent, token in ctx.cue_tokens(KIND):
        found = _read(ctx, sent, token)
        if found is not None:
            out.append(found)
    return out


def _read(ctx: DemandContext, sent: Span, token: Token) -> Found | None:
    """The demand a directive verb at `token` makes, if it is one."""
    cues, doc = ctx.cues, ctx.doc
    match = directive_verb(cues, token)
    if match is None:
        return None
    lemma, verb = match
    lo, hi, sub = clause_bounds(ctx, sent, token.i, at_subordinator=True)
    after = doc[token.i + 1 : hi]
    particle = None
    if verb.particle and not token.lower_.startswith(verb.particle):
        particle = next((t for t in after if t.lower_ == verb.particle), None)
        if particle is None:
            return None  # "roept" without "op": another verb
    if lemma in cues.verbs_needing_complement and (
        has_word(doc[lo:hi], cues.reflexive_pronouns)
        or not has_word(after, cues.vragen_complements)
    ):
        return None  # "vraagt zich af", "vraagt of": a question, no appeal
    found = _subject(ctx, sent, token, lo, hi, sub)
    document = _document_antecedent(ctx, sent, sub)
    read = Clause(KIND, sent, token, lo, hi, sub, Subject(document) if document else found)
    if ctx.rejects(read):
        return None
    if document is not None and sub is not None:  # "een motie die het kabinet vraagt om ..."
        return _document_directive(ctx, read, verb, sub, document)
    subj = found.head if found is not None else None
    subject_tokens = set()
    if subj is None or subj.lower_ in cues.first_person:
        who = voice(ctx, token)  # the quote's speaker, the transcript turn's, the publisher
    else:
        words = subject_words(ctx, found, min(lo, subj.i), hi, {token.i})
        subject_tokens = {t.i for t in words}
        who = party(ctx, words)
    skip = subject_tokens | {token.i} | ({particle.i} if particle else set())
    addressee, addressee_tokens = directive_addressee(ctx, token, verb, lo, hi, skip)
    return demand_in(
        ctx,
        read,
        verb.modality,
        actor=who,
        addressee=addressee,
        action=directive_action(ctx, token, verb, lo, hi, skip | addressee_tokens),
    )


def _subject(
    ctx: DemandContext, sent: Span, token: Token, lo: int, hi: int, sub: Token | None
) -> Subject | None:
    """Who demands: the parse's subject before the complement, else by word order before the
    finite verb, else the subject of a verb coordinated before ("…, maar spoort … aan")."""
    doc = ctx.doc
    after = doc[token.i + 1 : hi]
    related = {token.i, token.head.i} | {c.i for c in token.children if c.dep_ == "aux"}
    opens = ctx.cues.directive_complements
    complement = next((t.i for t in after if t.lower_ in opens or t.text == ":"), hi)
    finite = next(
        (
            t
            for t in doc[lo : token.i + 1]
            if is_finite(ctx.view, t.i) and t.pos_ in ("VERB", "AUX")
        ),
        token,
    )
    return (
        parsed(subject(ctx, lo, complement, related))
        or subject_by_order(ctx, lo, finite, complement, sub)
        or parsed(subject_left(ctx, sent, lo))
    )


def _document_antecedent(ctx: DemandContext, sent: Span, sub: Token | None) -> Token | None:
    """The document noun a relative clause opened by `sub` describes ("een motie die")."""
    doc = ctx.doc
    if sub is None or not sub.tag_.startswith("VNW|betr") or sub.i == sent.start:
        return None
    k = sub.i - 1
    if doc[k].text == "," and k > sent.start:
        k -= 1
    while k > sent.start and (
        doc[k].pos_ in ("VERB", "AUX") or doc[k].lower_ in ctx.cues.separable_particles
    ):
        k -= 1  # extraposed: "een motie aangenomen die ...", "nam een motie aan, die ..."
    noun = doc[k]
    return noun if ends_with(noun, ctx.cues.document_nouns) else None


def _document_directive(
    ctx: DemandContext, read: Clause, verb: DirectiveVerb, sub: Token, document: Token
) -> Found:
    """A directive whose subject is a document (see `document_nouns` in the cue file): the party
    that adopted or wrote it demands, the noun phrase after the relative pronoun `sub` is
    addressed."""
    sent, token = read.sent, read.cue
    main = subject(ctx, sent.start, document.i, {document.head.i})
    if main is not None and main.pos_ != "PRON":
        who = party(ctx, phrase(ctx, main, sent.start, document.i))
    else:
        who = party(ctx, [document])
    skip = {sub.i, token.i}
    addressee = None
    if verb.object_is_addressee:
        tokens = np_after(ctx, sub.i + 1, token.i)
        if tokens:
            addressee = party(ctx, tokens)
            skip |= {t.i for t in tokens}
    return demand_in(
        ctx,
        read,
        verb.modality,
        actor=who,
        addressee=addressee,
        action=directive_action(ctx, token, verb, read.lo, read.hi, skip),
    )
