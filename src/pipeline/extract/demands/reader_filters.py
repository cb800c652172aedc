"""Filters of calls to readers: imperatives that send the reader elsewhere, or frame the text,
instead of asking an action in the world (registered in `registry.FILTERS` for the imperative
finders).

Words: `cross_references`, `navigation_verbs`, `navigation_targets`, `reference_adverbs`,
`example_verbs`, `example_markers`, `discourse_phrases`, `max_phrase_gap` in the `reader_calls` section of
data/demand_cues.yaml.
"""

from __future__ import annotations

import itertools
import re

from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.model import Clause
from pipeline.text.grammar import is_quote_mark, opens_subordinate_clause

_WEB_ADDRESS = re.compile(
    r"^(?:https?://|www\.)\S+$|^[\w-]+(?:\.[\w-]+)*\.(?:nl|be|com|org|eu|info|net)(?:/\S*)?$"
)


def is_navigation(ctx: DemandContext, clause: Clause) -> bool:
    """Navigation, not a call: "Zie ook …", "Klik hier", "Lees in de bijlage …", "Kijk op
    komveiligthuis.nl voor meer tips" -- a cross-reference verb, or a navigation verb with a
    navigation target or a web address in its clause, or with nothing but "ook"/"verder" before
    a colon ("Lees ook: …"). Negative twins: "Lees de bijsluiter",
    "Kijk uit voor oplichters", "Ga naar buiten" (no target: an action)."""
    words = ctx.cues.reader_calls
    verb = clause.cue.lower_
    if verb.endswith("t") and verb[:-1] in words.navigation_verbs | words.cross_references:
        verb = verb[:-1]  # "Op de website leest u …": the polite present
    if verb in words.cross_references:
        return True
    if verb not in words.navigation_verbs:
        return False
    following = [t for t in ctx.doc[clause.cue.i + 1 : clause.hi + 1] if not t.is_space]
    rest = list(itertools.dropwhile(lambda t: t.lower_ in words.reference_adverbs, following))
    if not rest or rest[0].text == ":":
        return True  # "Lees ook:", "Lees verder"
    return any(
        t.lower_ in words.navigation_targets or _WEB_ADDRESS.match(t.lower_)
        for t in ctx.doc[clause.lo : clause.hi]
    )


def is_question(ctx: DemandContext, clause: Clause) -> bool:
    """The sentence asks rather than calls: "Doet de politie een oproep aan getuigen?". A
    question after a colon is the call's content: "We doen een oproep aan de kijker: wie weet
    meer?"."""
    sent = ctx.sentence(ctx.sentence_index(clause.cue.i))
    words = [t for t in sent if not (t.is_space or is_quote_mark(t.text))]
    if not words or not words[-1].text.endswith("?"):
        return False
    return not any(t.text == ":" for t in ctx.doc[clause.cue.i : words[-1].i])


def is_discourse(ctx: DemandContext, clause: Clause) -> bool:
    """A discourse imperative that gives an example or frames what follows: "Denk hierbij aan
    ransomware", "Kijk bijvoorbeeld naar het nieuws", "Merk op dat …", "Laat helder zijn: …".
    Negative twins: "Zet bijvoorbeeld je telefoon op stil" (not a verb of thinking or looking),
    "Laat kinderen nooit alleen in de auto" (no closing "zijn"), "Merk je fiets op de
    fietsdag" (the phrase does not fill the clause)."""
    words = ctx.cues.reader_calls
    verb = clause.cue.lower_
    after = []
    for t in ctx.doc[clause.cue.i + 1 : clause.hi]:
        if ctx.boundary[t.i] or opens_subordinate_clause(ctx.view, t.i):
            break  # "Merk op | dat …": the phrase's own clause
        after.append(t.lower_)
    if verb in words.example_verbs and after[:1] and after[0] in words.example_markers:
        return True
    closing = words.discourse_phrases.get(verb)  # the phrase fills the clause: "Merk op dat …"
    return closing is not None and after[-1:] == [closing] and len(after) <= words.max_phrase_gap
