"""A search for people among the public, said in the first person: "We zoeken mensen die …",
"Wij zijn op zoek naar getuigen".

The sought party must be people who can come forward (`person_nouns`: getuigen, mensen,
omwonenden, de eigenaar …, or "iedereen"), usually with a relative clause saying who ("mensen die
meer kunnen vertellen over …"): said by the searcher to the reader, the search is a call on them
to report. Actor: the voice of the text ("we" in a police release is the police); addressee:
the sought party. A search reported in the third person ("De politie is op zoek naar getuigen",
"Agenten zochten de bestuurder") describes the investigation, as the dev set's annotators read
it, and is left to the calls around it.

Negative twins: "We zijn op zoek naar zoveel mogelijk tips" (things, not people), "We zoeken de
dader" (a suspect is no public noun), "We zochten getuigen" (past: a report), "De politie is op
zoek naar getuigen" (third person).

Words: `reader_calls` (`seeking_verbs`, `seeking_nouns`), `person_nouns`, `person_pronouns` and
`first_person` in data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.demands.callers import addressed, caller, text_of
from pipeline.extract.demands.clauses import demand_in
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import ends_with
from pipeline.extract.demands.model import Clause, Found, Triggers
from pipeline.extract.demands.phrases import np_after
from pipeline.text.datafiles import DemandCues
from pipeline.text.grammar import is_past

KIND = "search_call"
_TOWARDS = "naar"


def triggers(cues: DemandCues) -> Triggers:
    """A seeking verb by form or lemma ("zoeken", "zoekt"), a seeking noun by form ("op zoek
    naar")."""
    words = cues.reader_calls
    return Triggers(words.seeking_verbs, words.seeking_nouns | words.seeking_verbs)


def find(ctx: DemandContext) -> list[Found]:
    """Every search for people of the public in the document, in text order."""
    words, view = ctx.cues.reader_calls, ctx.view
    orth = view.orth
    out = []
    for sent, cue in ctx.cue_tokens(KIND):
        i = cue.i
        seeking = view.lemma[i] in words.seeking_verbs or view.lower[i] in words.seeking_verbs
        if (
            view.lower[i] in words.seeking_nouns
            and i + 1 < sent.end
            and view.lower[i + 1] == _TOWARDS
        ):
            found = _read(ctx, sent, cue, i + 2)  # "op zoek naar getuigen"
        elif seeking and view.pos[i] in ("VERB", "AUX", "NOUN", "PROPN") and not is_past(view, i):
            after = i + 2 if i + 1 < len(orth) and orth[i + 1] == _TOWARDS else i + 1
            found = _read(ctx, sent, cue, after)
        else:
            continue
        if found is not None:
            out.append(found)
    return out


def _read(ctx: DemandContext, sent: Span, cue: Token, start: int) -> Found | None:
    """The search at `cue` whose object starts at `start`, if it seeks people of the public."""
    while start < sent.end and ctx.doc[start].pos_ == "ADV":
        start += 1  # "zoekt nog altijd getuigen"
    sought = np_after(ctx, start, sent.end)
    cues = ctx.cues
    people = [
        t for t in sought if t.lower_ in cues.person_pronouns or ends_with(t, cues.person_nouns)
    ]
    if not people:
        return None
    lo = sent.start
    while lo < cue.i and (ctx.doc[lo].is_space or ctx.doc[lo].is_punct):
        lo += 1
    if not any(t.lower_ in ctx.cues.first_person for t in ctx.doc[lo : cue.i + 2]):
        return None  # "De politie is op zoek naar getuigen": a report of the search
    read = Clause(KIND, sent, cue, lo, sent.end)
    if ctx.rejects(read):
        return None
    return demand_in(
        ctx,
        read,
        "call_on",
        actor=caller(ctx, lo, cue, cue.i),
        addressee=addressed(ctx, start, sent.end),
        action=text_of(ctx, start, sent.end),
    )
