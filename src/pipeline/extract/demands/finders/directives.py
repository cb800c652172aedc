"""Directive speech-act verbs: roept … op, spoort … aan, maant … aan, dringt aan op, eist, vraagt
om, verzoekt, pleit voor -- in any tense: a reported demand of a third party is that party's demand.

"De FNV roept het kabinet op de huurtoeslag te verhogen" (call_on; actor: FNV, addressee: kabinet);
"De bond eist dat de provincie de vergunning intrekt" (must; addressee: the dat-subject); a
document as subject speaks for whoever adopted it: "De Kamer nam een motie aan die het kabinet
vraagt om …" (actor: de Kamer). Negative twins: "De minister vraagt zich af of …" (no complement),
"We kunnen pleiten voor …" (hypothetical), "De scholen moeten open, eist de ouderraad" (the verb
attributes the clause before it: that modal is the demand). The subject is the actor (a
first-person one is the voice of the text: the quote's speaker, the transcript turn's speaker, or
the publisher outside quotes, `actors.voice`).

Words: `directive_verbs` (forms, particle, what the object names, addressee and action
prepositions), `verbs_needing_complement`, `vragen_complements`, `reflexive_pronouns`,
`directive_complements`, `document_nouns`, `first_person`, `separable_particles` in
data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.demands.actions import directive_action
from pipeline.extract.demands.actors import actor, voice
from pipeline.extract.demands.addressees import directive_addressee
from pipeline.extract.demands.clauses import clause_bounds, demand_in, read_each
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import (
    ends_with,
    has_word_at,
    is_agent_noun_at,
)
from pipeline.extract.demands.model import Clause, Found, Subject, Triggers
from pipeline.extract.demands.parties import is_agentive, party
from pipeline.extract.demands.phrases import np_after, phrase
from pipeline.extract.demands.subjects import (
    first_position,
    parsed,
    subject,
    subject_by_order,
    subject_left,
    subject_words,
)
from pipeline.text.datafiles import DemandCues, DirectiveVerb
from pipeline.text.grammar import VERBAL, is_finite

KIND = "directive"


def triggers(cues: DemandCues) -> Triggers:
    """A directive verb's lemma, or one of its listed forms."""
    return Triggers(frozenset(cues.directive_verbs), cues.directive_forms)


def find(ctx: DemandContext) -> list[Found]:
    """Every directive demand of the document, in text order."""
    return read_each(ctx, KIND, _read)


def _read(ctx: DemandContext, sent: Span, token: Token) -> Found | None:
    """The demand a directive verb at `token` makes, if it is one."""
    cues, lower = ctx.cues, ctx.view.lower
    match = ctx.directive_verb(token)
    if match is None:
        return None
    lemma, verb = match
    lo, hi, sub = clause_bounds(ctx, sent, token.i, at_subordinator=True)
    after = range(token.i + 1, min(hi, len(lower)))  # (read from the view's columns)
    particle = None
    if verb.particle and not token.lower_.startswith(verb.particle):
        particle = next((k for k in after if lower[k] == verb.particle), None)
        if particle is None:
            return None  # "roept" without "op": another verb
    complement = _complement(ctx, after)
    if lemma in cues.verbs_needing_complement and (
        complement is None or has_word_at(ctx.view, lo, complement, cues.reflexive_pronouns)
    ):
        return None  # "vraagt zich af", "vraagt of": a question, no appeal ("om zich te melden" is)
    found = _subject(ctx, sent, token, lo, hi, sub)
    document = _document_antecedent(ctx, sent, sub)
    read = Clause(KIND, sent, token, lo, hi, sub, Subject(document) if document else found)
    if ctx.rejects(read):
        return None
    if document is not None and sub is not None:  # "een motie die het kabinet vraagt om ..."
        return _document_directive(ctx, read, verb, sub, document)
    if _passive(ctx, read):  # "Inwoners worden opgeroepen om …"
        return _passive_directive(
            ctx, read, verb, found, {particle} if particle is not None else set()
        )
    subj = found.head if found is not None else None
    subject_tokens = set()
    if subj is None or subj.lower_ in cues.first_person:
        who = voice(ctx, token)  # the quote's speaker, the transcript turn's, the publisher
        subject_tokens = {subj.i} if subj is not None else set()
    else:
        words = subject_words(ctx, found, min(lo, subj.i), hi, {token.i})
        subject_tokens = {t.i for t in words}
        who = party(ctx, words)
    skip = subject_tokens | {token.i} | ({particle} if particle is not None else set())
    addressee, addressee_tokens = directive_addressee(ctx, token, verb, lo, hi, skip)
    return _demand(ctx, read, verb, who, addressee, skip | addressee_tokens)


def _complement(ctx: DemandContext, after: range) -> int | None:
    """Where the om/dat/te clause that "vragen"-like verbs need opens (`vragen_complements`): not
    a "dat" after a noun ("vragen aandacht in de hoop dat …"), nor one after a question word
    ("vraagt wat hij te doen staat") or after another finite verb takes over ("liet zich
    adviseren en zal maatregelen nemen om …"; by tag: small models call nouns finite)."""
    cues, view = ctx.cues, ctx.view
    lower, pos = view.lower, view.pos
    for k in after:
        if lower[k] in cues.question_words:
            return None
        verb = pos[k] == "AUX" or view.tag[k].startswith("WW|pv")
        if verb and is_finite(view, k) and not is_agent_noun_at(cues, view, k):
            return None
        if lower[k] in cues.vragen_complements:
            if lower[k] in cues.that_clause and pos[k - 1] == "NOUN":
                return None
            return k
    return None


def _subject(
    ctx: DemandContext, sent: Span, token: Token, lo: int, hi: int, sub: Token | None
) -> Subject | None:
    """Who demands: the parse's subject before the complement -- unless it stands after the
    finite verb while a noun phrase fills the first position of a main clause ("Unizo roept
    ondernemers op": the parse's "subject" is the object) --, else by word order before the finite
    verb, else the subject of a verb coordinated before ("…, maar spoort … aan")."""
    view = ctx.view
    lower, pos = view.lower, view.pos  # (read from the view's columns)
    related = {token.i, token.head.i} | {c.i for c in token.children if c.dep_ == "aux"}
    opens = ctx.cues.directive_complements
    after = range(token.i + 1, min(hi, len(lower)))
    complement = next((k for k in after if lower[k] in opens or view.orth[k] == ":"), hi)
    at = next((k for k in range(lo, token.i + 1) if is_finite(view, k) and pos[k] in VERBAL), None)
    finite = ctx.doc[at] if at is not None else token
    found = parsed(subject(ctx, lo, complement, related))
    if sub is None and (found is None or found.head.i > finite.i):
        found = first_position(ctx, lo, finite) or found
    return (
        found
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
    return _demand(ctx, read, verb, who, addressee, skip)


def _passive(ctx: DemandContext, read: Clause) -> bool:
    """A present passive: "wordt/worden" in the clause and the cue its participle
    (`present_passive_aux`; the past passive is no demand: `readings.is_past_passive`)."""
    aux, view, cue = ctx.cues.present_passive_aux, ctx.view, read.cue.i
    if is_finite(view, cue) and view.pos[cue] in VERBAL and not view.tag[cue].startswith("WW|vd"):
        # tagged finite ("verzocht" as a past form): a participle only after its auxiliary
        return has_word_at(view, read.lo, cue, aux)
    lower = view.lower
    return any(lower[k] in aux for k in range(read.lo, min(read.hi, len(lower))) if k != cue)


def _passive_directive(
    ctx: DemandContext, read: Clause, verb: DirectiveVerb, found: Subject | None, skip: set[int]
) -> Found:
    """A directive in the present passive: the passive subject ("Inwoners worden opgeroepen …")
    or the "aan X" ("Aan ouderen wordt geadviseerd om …") is addressed; the "door X" agent
    demands, else the source or speaker of the sentence, else the publisher (a press release's
    "Getuigen worden opgeroepen zich te melden" is its appeal)."""
    token, lo, hi = read.cue, read.lo, read.hi
    skip = skip | {token.i}
    by = next((t for t in ctx.doc[lo:hi] if t.lower_ in ctx.cues.agent_preposition), None)
    agent = np_after(ctx, by.i + 1, hi) if by is not None else []
    skip |= {t.i for t in agent} | ({by.i} if agent else set())
    who = party(ctx, agent) if agent else None
    who = who or actor(ctx, read.sent, token, read.sub, hi) or ctx.main_org
    addressee, addressee_tokens = None, set()
    if any(t.lower_ in verb.addressee_preps for t in ctx.doc[lo : token.i]):
        addressee, addressee_tokens = directive_addressee(ctx, token, verb, lo, hi, skip)
    if addressee is None and found is not None:
        words = subject_words(ctx, found, lo, hi, skip)
        if is_agentive(ctx, words, found.head):
            addressee, addressee_tokens = party(ctx, words), {t.i for t in words}
    if addressee is None:
        addressee, addressee_tokens = directive_addressee(ctx, token, verb, lo, hi, skip)
    skip |= addressee_tokens
    skip |= {t.i for t in ctx.doc[lo:hi] if t.lower_ in ctx.cues.present_passive_aux}
    return _demand(ctx, read, verb, who, addressee, skip)


def _demand(
    ctx: DemandContext,
    read: Clause,
    verb: DirectiveVerb,
    who: str | None,
    addressee: str | None,
    skip: set[int],
) -> Found:
    """The directive demand read in `read`: what the verb asks, leaving out the `skip` tokens
    (the cue, its particle, the subject and addressee words)."""
    action = directive_action(ctx, read.cue, verb, read.lo, read.hi, skip)
    return demand_in(ctx, read, verb.modality, actor=who, addressee=addressee, action=action)
