"""Filters: clauses a finder read that are no demand, each a named function over a `Clause`.

Every filter answers one question -- "does this clause ask, report, describe or plan rather than
demand?" -- and is registered in `registry.FILTERS` with the finder kinds it judges. A finder hands
its clause to `DemandContext.rejects` once it knows the clause's subject (a filter registered
`subject_free` may be asked before, `rejects_early`, so that what it rejects costs no subject).
The words are in data/demand_cues.yaml (and `according_to` / `legal_sources` in
data/attribution.yaml); the header of that file states the linguistic decision ("Not demands:
…").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract.attribution import attribution_words, third_person
from pipeline.extract.demands.actors import demanding_source, is_legal, trailing_source
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.finders import directives
from pipeline.extract.demands.lexicon import ends_with, has_word, has_word_at
from pipeline.extract.demands.model import Clause
from pipeline.extract.demands.parties import is_agentive
from pipeline.extract.demands.phrases import np_after
from pipeline.extract.demands.subjects import subject_words
from pipeline.text.datafiles import DemandCues
from pipeline.text.grammar import (
    SENTENCE_END,
    VERBAL,
    is_finite,
    is_past,
    is_quote_mark,
)

# --- the sentence ---------------------------------------------------------------------------------


def is_question_or_conditional(ctx: DemandContext, clause: Clause) -> bool:
    """The sentence asks, or makes the demand depend on a condition: "Moet de minister dan niet
    ingrijpen?", "Als het misgaat, moet de minister ingrijpen", "Doet de provincie niets, dan moet
    het Rijk ingrijpen" (`conditional_inversion`, `conditional_then`, `conditional_subordinators`).

    The sentence is taken from the punctuation, not from the parser, which splits a question
    such as "Moet de minister dan niet ingrijpen?" after its first word. Read from the view's
    columns: every clause of most finders is asked.
    """
    doc, view, cues = ctx.doc, ctx.view, ctx.cues
    orth, lower = view.orth, view.lower
    start, end = ctx.sentences[ctx.sentence_index(clause.cue.i)]  # (bounds of `ctx.ends`)
    lo, hi = start, end - 1
    words = [k for k in range(lo, hi + 1) if not view.is_space[k] and not ctx.quote[k]]
    if not words:
        return False
    if orth[words[-1]].endswith("?"):
        return True
    then = None
    if not cues.conditional_then.isdisjoint(lower[lo : hi + 1]):  # (in C: most have no "dan")
        then = next(
            (k for k in words[1:] if lower[k] in cues.conditional_then and orth[k - 1] == ","),
            None,
        )
    first = words[0]
    verb_first = then is not None and (view.pos[first] in VERBAL or is_finite(view, first))
    if lower[first] in cues.conditional_inversion or verb_first:
        # "Doet de provincie niets, dan moet ...": a verb-first condition; "Mocht je …, …"
        end = then if then is not None else clause.cue.i
        return not _advice(ctx, doc[first:end], trailing=False)
    return _has_conditional_clause(
        ctx, doc[lo : hi + 1], clause.cue.i, asked=clause.kind == directives.KIND
    )


def _advice(ctx: DemandContext, condition: Span, *, trailing: bool) -> bool:
    """A condition that advises rather than warns: it addresses the reader ("als je ziek
    bent", "mocht u …": `second_person`) or, after the demand, limits whom it asks ("… te melden
    als ze meer weten": a person pronoun). Other conditions make the demand depend on them ("Als
    de minister iets wil doen, moet hij …", "Als we nu niet ingrijpen, moeten …")."""
    if has_word(condition, ctx.cues.second_person):
        return True
    return trailing and has_word(condition, frozenset(third_person()))


def _has_conditional_clause(ctx: DemandContext, sent: Span, cue: int, *, asked: bool) -> bool:
    """A conditional clause ("als ..., moet ...") that is no advice (`_advice`): opened by a
    conditional, verb-final order. After a directive verb (`asked`) a condition is part of what
    is asked, not a condition of the asking: "De politie waarschuwt om een legitimatie te vragen
    wanneer iemand zich als agent voordoet" (the warning is made now); "Als de bond iets weet,
    roept hij de leden op" stays conditional."""
    doc, view = ctx.doc, ctx.view
    subordinators = ctx.cues.conditional_subordinators
    if subordinators.isdisjoint(view.lower[sent.start : sent.end]):
        return False  # (in C first: most sentences have no conditional subordinator)
    for i in range(sent.start, sent.end):
        if view.lower[i] not in subordinators:
            continue
        token = doc[i]
        initial = token.i == _first_word(ctx, sent)
        if not (initial or token.tag_.startswith("VG|onder") or token.pos_ == "SCONJ"):
            continue
        segment = []
        for t in doc[token.i + 1 : sent.end]:
            if ctx.boundary[t.i]:
                break
            segment.append(t)
        end = token.i + 1 + len(segment)
        if (asked and token.i > cue) or _advice(ctx, doc[token.i : end], trailing=token.i > cue):
            continue
        if initial and end < sent.end and doc[end].text == ",":
            return True  # "Indien het misgaat, moet ...": an opening clause closed by a comma
        finite = [
            k for k, t in enumerate(segment) if is_finite(view, t.i) and t.pos_ in ("VERB", "AUX")
        ]
        if finite and finite[0] > 0:
            rest = segment[finite[0] + 1 :]
            if all(t.pos_ in ("VERB", "AUX", "CCONJ", "ADP") for t in rest):
                return True
    return False


def _first_word(ctx: DemandContext, sent: Span) -> int:
    """The first token of `sent` that is neither whitespace nor a quotation mark."""
    view = ctx.view
    return next(k for k in range(sent.start, sent.end) if not view.is_space[k] and not ctx.quote[k])


# --- who is obliged, and when ---------------------------------------------------------------------


def is_own_commitment(ctx: DemandContext, clause: Clause) -> bool:
    """The speaker's own obligation or plan ("we moeten", "ik moet"), or a truism with a generic
    subject and a verb of knowing or seeing ("je moet het zien om het te geloven", "je moet
    weten dat …"): `first_person`, `generic_subjects`, `truism_verbs`. A generic subject with
    another verb advises everyone: "Dan moet je bellen met de huisarts" is a demand."""
    subj, cues = clause.subject, ctx.cues
    if subj is None:
        return False
    if subj.head.lower_ in cues.first_person:
        return True
    return subj.head.lower_ in cues.generic_subjects and any(
        t.lemma_.casefold() in cues.truism_verbs or t.lower_ in cues.truism_verbs
        for t in ctx.doc[clause.lo : clause.hi]
        if t.i not in clause.skip
    )


def is_past_obligation(ctx: DemandContext, clause: Clause) -> bool:
    """An obligation in the past: "De gemeente had moeten ingrijpen", also inverted with the
    modal's infinitive for its participle ("Sommige klanten heb ik moeten terugbellen":
    `past_aux`), or a verb the tagger marks as past. "zou moeten" (`should_aux`) is a present appeal although "zou" is a past
    form. (The past forms listed under `modals`, "moest", never get here: the modal finder takes
    present forms only.)"""
    cues = ctx.cues
    if clause.aux is not None and clause.aux.lower_ in cues.past_aux:
        return True
    anchor = clause.anchor or clause.cue
    return is_past(ctx.view, anchor.i) and anchor.lower_ not in cues.should_aux


def is_past_directive(ctx: DemandContext, clause: Clause) -> bool:
    """A directive verb's participle telling what was asked before, not a demand standing now: a
    pluperfect ("Het OM had vier jaar geëist": `pluperfect_aux`), or the speaker's own perfect
    ("Wel hebben we omwonenden geadviseerd de ramen te sluiten": `perfect_aux`, `first_person`;
    an appeal the speaker makes is in the present). Negative twins: "Het OM heeft vier jaar
    geëist" (a third party's demand, reported), "We roepen bewoners op de ramen te sluiten"."""
    if not _is_participle(ctx, clause.cue):
        return False
    cues = ctx.cues
    auxes = {t.lower_ for t in ctx.doc[clause.lo : clause.hi] if t.i != clause.cue.i}
    if auxes & cues.pluperfect_aux:
        return True
    subj = clause.subject
    first = subj is not None and subj.head.lower_ in cues.first_person
    return first and bool(auxes & cues.perfect_aux)


def is_headline_report(ctx: DemandContext, clause: Clause) -> bool:
    """A headline made of a directive verb's participle reports what was asked: "Werkstraf geëist
    tegen inbreker", "Omwonenden opgeroepen ramen te sluiten" -- no other finite verb in the
    sentence and no full stop after it (a title line). Negative twins: "Officier eist celstraf
    tegen inbreker" (a finite verb: the demand reported), "Omwonenden worden opgeroepen ramen te
    sluiten."."""
    cue, view = clause.cue, ctx.view
    if not _is_participle(ctx, cue):
        return False
    words = [t for t in clause.sent if not (t.is_space or is_quote_mark(t.text))]
    if words and words[-1].text in SENTENCE_END:
        return False
    return not any(is_finite(view, t.i) and t.pos_ in VERBAL for t in words if t.i != cue.i)


def is_relative(ctx: DemandContext, clause: Clause) -> bool:
    """A modal in a relative clause describes its antecedent ("mensen die eigenlijk in een
    gemeente zouden moeten wonen", "een wet die werkgevers moeten naleven"); only a cleft
    ("Het is de minister die nu moet ingrijpen") puts a demand there (`cleft_openers`,
    `copula_lemmas`)."""
    sub, sent = clause.sub, clause.sent
    if sub is None or not sub.tag_.startswith("VNW|betr"):
        return False
    words = [t for t in ctx.doc[sent.start : sub.i] if not (t.is_space or is_quote_mark(t.text))]
    cleft = (
        len(words) >= 2
        and words[0].lower_ in ctx.cues.cleft_openers
        and words[1].lemma_.casefold() in ctx.cues.copula_lemmas
    )
    return not cleft


def is_purpose(ctx: DemandContext, clause: Clause) -> bool:
    """A purpose statement: an instrument as subject of a result verb ("dit geld moet zorgen
    voor ...", "de maatregel moet leiden tot ..."): `purpose_verbs`, `inanimate_pronouns`,
    `demonstrative_determiners`, `instrument_nouns`."""
    if clause.subject is None:
        return False
    cues, subj = ctx.cues, clause.subject.head
    verbs = [
        t
        for t in ctx.doc[clause.lo : clause.hi]
        if t.i not in clause.skip and t.lemma_.casefold() in cues.purpose_verbs
    ]
    if not verbs:
        return False
    if subj.lower_ in cues.inanimate_pronouns:
        return True
    if any(c.lower_ in cues.demonstrative_determiners for c in subj.children):
        return True
    return ends_with(subj, cues.instrument_nouns)


def is_scheduled(ctx: DemandContext, clause: Clause) -> bool:
    """A timetable or a procedural deadline, not an appeal: "De trein moet om acht uur vertrekken",
    "De school moet maandag weer open" -- unless someone who demands or holds an opinion says so
    ("…, eist de ouderraad", "…, vindt de wethouder": `opinion_forms`, directive verbs)."""
    return _timetable(ctx, clause) and not demanding_source(ctx, clause.sent, clause.hi)


def _timetable(ctx: DemandContext, clause: Clause) -> bool:
    """A point in time (a clock time, a date, a named day: `time_points`, `clock_units`,
    `clock_numbers`, `months`) and either a verb of appearing or departing at a set time
    (`schedule_verbs`), a verbless clause with a state particle (`state_particles`), or a subject
    that cannot be urged with a verb of being (`non_agentive_verbs`: "De aanvraag moet voor 1 juli
    binnen zijn"). An existential "er moet ... komen" (`existential_er`) and a deadline for a party
    that can act ("De minister moet vrijdag met een plan komen") stay demands."""
    cues, lo, hi, skip = ctx.cues, clause.lo, clause.hi, clause.skip
    words = [t for t in ctx.doc[lo:hi] if t.i not in skip]
    if not any(_time_point(cues, t) for t in words):
        return False
    if any(t.lower_ in cues.existential_er for t in words):
        return False
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    lemmas = {f.casefold() for t in verbs for f in (t.lemma_, t.lower_)}
    if lemmas & cues.schedule_verbs:
        return True
    if not verbs and any(t.lower_ in cues.state_particles for t in words):
        return True  # "De school moet maandag weer open": an elided "opengaan"
    subj = clause.subject
    urgeable = subj is not None and is_agentive(
        ctx, subject_words(ctx, subj, lo, hi, skip), subj.head
    )
    return not urgeable and bool(lemmas & cues.non_agentive_verbs)


# --- descriptive necessity: what people are forced to do, not what someone demands -----------------


def is_consequence(ctx: DemandContext, clause: Clause) -> bool:
    """A modal in, or after, a causal or temporal clause reports a consequence: "Doordat de
    bussen uitvallen, moeten scholieren lopen", "Door de storm moeten ..." (`causal_subordinators`,
    `causal_prepositions`)."""
    cues = ctx.cues
    if clause.sub is not None and clause.sub.lower_ in cues.causal_subordinators:
        return True
    space, quote, sent = ctx.view.is_space, ctx.quote, clause.sent
    first = next((k for k in range(sent.start, sent.end) if not (space[k] or quote[k])), None)
    causal = cues.causal_prepositions | cues.causal_subordinators
    return first is not None and ctx.view.lower[first] in causal and first < clause.lo


def is_habitual(ctx: DemandContext, clause: Clause) -> bool:
    """A habit, not an appeal: "Ouders moeten vaak weken wachten" (`habitual_adverbs`)."""
    return has_word_at(ctx.view, clause.lo, clause.hi, ctx.cues.habitual_adverbs)


def is_duty_in_force(ctx: DemandContext, clause: Clause) -> bool:
    """A duty already in force: "Werkgevers moeten nu al elk incident melden"
    (`duties_in_force`)."""
    doc, duties = ctx.doc, ctx.cues.duties_in_force
    return any(
        t.i + 1 < len(doc) and f"{t.lower_} {t.nbor(1).lower_}" in duties
        for t in doc[clause.lo : clause.hi]
    )


def is_legal_duty(ctx: DemandContext, clause: Clause) -> bool:
    """A duty the law sets, not a demand: "Volgens artikel 10 moet de verhuurder ..."
    (`according_to`, `legal_sources` in data/attribution.yaml)."""
    according_to = attribution_words().according_to
    return any(
        t.lower_ in according_to and is_legal(np_after(ctx, t.i + 1, clause.hi))
        for t in ctx.doc[clause.lo : clause.hi]
    )


def is_perceived(ctx: DemandContext, clause: Clause) -> bool:
    """What someone is told, under a verb of perceiving: "hoort hij dat hij ergens anders moet
    zijn" (`perception_verbs` governing a `that_clause`)."""
    sub = clause.sub
    if sub is None or sub.lower_ not in ctx.cues.that_clause:
        return False
    governor = _verb_before(clause.sent, sub)
    return governor is not None and governor.lemma_.casefold() in ctx.cues.perception_verbs


def is_generic_present(ctx: DemandContext, clause: Clause) -> bool:
    """A bare generic plural subject with a present-time adverb describes a state of affairs:
    "wijkagenten moeten dat gat nu vullen" (`present_adverbs`)."""
    subj = clause.subject.head if clause.subject is not None else None
    bare_plural = (
        subj is not None
        and subj.pos_ == "NOUN"
        and "Plur" in subj.morph.get("Number")
        and not any(c.dep_ == "det" for c in subj.children)
    )
    return bare_plural and has_word_at(ctx.view, clause.lo, clause.hi, ctx.cues.present_adverbs)


# --- directive verbs ------------------------------------------------------------------------------


def is_attributing(ctx: DemandContext, clause: Clause) -> bool:
    """The directive verb attributes the clause before it ("De scholen moeten open, eist de
    ouderraad"): that clause is the demand, the verb names its actor (`cue_adverbs`)."""
    doc, sent = ctx.doc, clause.sent
    k = clause.cue.i - 1
    if k > sent.start and doc[k].lower_ in ctx.cues.cue_adverbs:
        k -= 1
    return k >= sent.start and trailing_source(ctx, sent, k) is not None


def is_hypothetical(ctx: DemandContext, clause: Clause) -> bool:
    """A possible or planned appeal, not one made: "we kunnen pleiten voor ...", "de bond wil
    eisen dat ..." (`hypothetical_aux`) -- but a first-person "ik wil iedereen oproepen om …",
    "we willen u vragen om …" makes the appeal it names (`want_verbs`, `performative_verbs`)."""
    cues = ctx.cues
    before = ctx.doc[clause.lo : clause.cue.i]
    if not has_word(before, cues.hypothetical_aux):
        return False
    performative = (
        clause.cue.lemma_.casefold() in cues.performative_verbs
        or clause.cue.lower_ in cues.performative_verbs
    )
    others = {t.lower_ for t in before} & cues.hypothetical_aux - cues.want_verbs
    first = clause.subject is not None and clause.subject.head.lower_ in cues.first_person
    return not (performative and first and not others)


def has_inanimate_subject(ctx: DemandContext, clause: Clause) -> bool:
    """A thing or a state of affairs as subject asks nobody: "Dit vraagt om een andere aanpak"
    (`inanimate_pronouns`)."""
    subj = clause.subject
    return subj is not None and subj.head.lower_ in ctx.cues.inanimate_pronouns


# --- helpers --------------------------------------------------------------------------------------


def _time_point(cues: DemandCues, token: Token) -> bool:
    """A named day or day part, a clock time ("om acht uur") or a date ("1 juli")."""
    lower = token.lower_
    if lower in cues.time_points:
        return True
    if token.i == 0:
        return False
    prev = token.doc[token.i - 1]
    number = prev.like_num or prev.lower_ in cues.clock_numbers
    return (lower in cues.clock_units and number) or (lower in cues.months and prev.like_num)


def _is_participle(ctx: DemandContext, token: Token) -> bool:
    """`token` is a directive verb's past participle (`participle` in `directive_verbs`)."""
    match = ctx.directive_verb(token)
    return match is not None and token.lower_ == match[1].participle


def _verb_before(sent: Span, sub: Token) -> Token | None:
    """The nearest verb before a subordinating conjunction: the one its clause depends on."""
    for token in reversed(sent.doc[sent.start : sub.i]):
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None
