"""A wish to hear from the public: "X komt graag (met spoed) in contact met Y", "X hoort graag
van Y".

"De politie komt graag in contact met getuigen van dit incident" (actor: politie, addressee:
"getuigen van dit incident"), "Het onderzoeksteam komt nog steeds graag met spoed in contact met
getuigen, mensen met camerabeelden …", "Dan komt het onderzoeksteam graag met u in contact"
(addressee: the reader, none), "De recherche hoort graag van mensen die iets hebben gezien".
Police releases ask for witnesses this way; the wish names the action (getting in touch).

Negative twins: "De buren kwamen graag op bezoek" (no contact noun, no hearing verb), "Ik kom
graag in contact met andere ouders" (the speaker's own wish: first person singular), "Hij hoorde
het graag" (past, no "van").

Words: `reader_calls` (`eager_adverbs`, `contact_nouns`, `hearing_verbs`) and `first_person` in
data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.demands.callers import addressed, caller
from pipeline.extract.demands.clauses import clause_bounds, demand_in, read_each
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.model import Clause, Found, Triggers
from pipeline.extract.demands.phrases import join
from pipeline.text.datafiles import DemandCues
from pipeline.text.grammar import is_past

KIND = "contact_wish"
_WITH, _FROM = "met", "van"
_SELF = frozenset({"ik"})


def triggers(cues: DemandCues) -> Triggers:
    """An eager adverb ("graag"), by form."""
    return Triggers(frozenset(), cues.reader_calls.eager_adverbs)


def find(ctx: DemandContext) -> list[Found]:
    """Every wish for contact with the public in the document, in text order."""
    return read_each(ctx, KIND, _read)


def _read(ctx: DemandContext, sent: Span, eager: Token) -> Found | None:
    """The wish around `eager` ("graag"), if its clause names contact or hearing from a party."""
    words = ctx.cues.reader_calls
    doc = ctx.doc
    lo, hi, _ = clause_bounds(ctx, sent, eager.i, at_subordinator=True)
    hi = max(hi, _list_end(ctx, sent, hi))
    clause = list(doc[lo:hi])
    verb = next((t for t in clause if t.pos_ in ("VERB", "AUX") and t.i < eager.i + 2), None)
    if verb is None or is_past(ctx.view, verb.i) or any(t.lower_ in _SELF for t in clause):
        return None
    contact = next((t for t in clause if t.lower_ in words.contact_nouns), None)
    if contact is not None:
        after = doc[contact.i + 1 : contact.i + 2]
        with_ = after[0] if len(after) and after[0].lower_ == _WITH else None
        with_ = with_ or next(
            (t for t in reversed(doc[eager.i : contact.i]) if t.lower_ == _WITH), None
        )
    elif verb.lemma_.casefold() in words.hearing_verbs:
        with_ = next((t for t in doc[eager.i : hi] if t.lower_ == _FROM), None)
    else:
        return None
    if with_ is None:
        return None
    read = Clause(KIND, sent, eager, lo, hi)
    if ctx.rejects(read):
        return None
    party_end = contact.i if contact is not None and with_.i < contact.i else hi
    return demand_in(
        ctx,
        read,
        "call_on",
        actor=caller(ctx, lo, verb, eager.i),
        addressee=addressed(ctx, with_.i + 1, party_end),
        action=join(clause[clause.index(verb) :]),
    )


def _list_end(ctx: DemandContext, sent: Span, hi: int) -> int:
    """A comma list of parties goes on to the sentence's end ("met getuigen, mensen met
    camerabeelden of mensen met andere informatie")."""
    return sent.end if hi < sent.end and ctx.doc[hi].text == "," else hi
