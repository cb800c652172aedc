"""Readings of a cue word that are no demand: filters, each a named function over a `Clause`.

`filters.py` asks whether a clause reports, describes or plans rather than demands; these ask
whether the cue word means something else here -- part of a name ("Opsporing Verzocht"), a
narrated past passive ("werden opgeroepen"), an epistemic modal ("moet blijken"), a supposition
("zou nog op het terrein moeten zitten"), a court procedure ("zal zich moeten verantwoorden bij
de rechter") or a court's competence ("het is aan de rechter om te oordelen"), an evocation
("roept emoties op"), a warning of a fact ("waarschuwt dat banken nooit …"), a requirement
("adoptie vraagt om communicatie"), a wish for a state ("Voetbal moet een feest zijn") or a
question embedded as a subject ("Hoe dat moet lopen, kan verschillen"). Each is registered in `registry.FILTERS` with the finder kinds it judges; the
words are in the part B section of data/demand_cues.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.lexicon import ends_with, has_word, has_word_at
from pipeline.extract.demands.model import Clause
from pipeline.extract.demands.parties import is_agentive
from pipeline.extract.demands.subjects import subject_words
from pipeline.text.grammar import is_finite, is_infinitive, is_quote_mark


def is_name_part(ctx: DemandContext, clause: Clause) -> bool:
    """The cue word is part of a name: capitalised inside an entity mention or where no sentence
    starts ("aandacht in Opsporing Verzocht", "Opsporing Verzocht zie je iedere dinsdag").
    Negative twins: "Verzocht wordt om de auto te verplaatsen" (a sentence opens), "De FNV eist
    …" with "FNV eist" glued into one name by mistake (a lower-case verb is a verb)."""
    cue = clause.cue
    if not cue.text[:1].isupper():
        return False
    in_name = ctx.index.at(cue.idx, cue.idx + len(cue.text)) is not None
    return in_name or not _opens_sentence(ctx, cue)


def is_past_passive(ctx: DemandContext, clause: Clause) -> bool:
    """A directive verb in the past passive narrates: "Meerdere agenten werden opgeroepen",
    "Vorig jaar werden inwoners opgeroepen om water te sparen" (`past_passive_aux`). Negative
    twins: "Inwoners worden opgeroepen om water te sparen" (present: an appeal made now), "De
    Kamer riep het kabinet op …" (a reported demand of a named party)."""
    aux, lower = ctx.cues.past_passive_aux, ctx.view.lower
    return any(lower[k] in aux for k in range(clause.lo, clause.hi) if k != clause.cue.i)


def is_warning_of_fact(ctx: DemandContext, clause: Clause) -> bool:
    """A warning that states a fact, not an act to do: "De Fraudehelpdesk waarschuwt dat banken
    nooit om een pincode vragen" -- a verb of `om_only_verbs` demands only when "om … te"
    (`infinitive_complementisers`) opens what follows it, before any "dat" (`that_clause`; the
    "om" of "vragen om" inside the that-clause is no complement). Negative twins: "De politie
    waarschuwt ouderen om nooit een pincode te geven"; "De politie waarschuwt: geef nooit je
    pincode" is an instruction (finders/instructions.py), not read here."""
    cues, cue = ctx.cues, clause.cue
    match = ctx.directive_verb(cue)
    if match is None or match[0] not in cues.om_only_verbs:
        return False
    for t in ctx.doc[cue.i + 1 : clause.hi]:
        if t.lower_ in cues.infinitive_complementisers:
            return False
        if t.lower_ in cues.that_clause:
            return True
    return True


def is_epistemic(ctx: DemandContext, clause: Clause) -> bool:
    """What will become known, not what must be done: "De komende dagen moet blijken of de
    daling doorzet", "Het onderzoek moet uitwijzen wat er gebeurde" (`epistemic_verbs`).
    Negative twin: "De minister moet uitleggen wat er gebeurde"."""
    return any(_lemma_in(t, ctx.cues.epistemic_verbs) for t in _words(ctx, clause))


def is_supposition(ctx: DemandContext, clause: Clause) -> bool:
    """ "zou … moeten" with a verb of position or having guesses how things are: "Volgens de
    bewaking zou de persoon nog op het terrein moeten zitten", "zou de auto schade moeten
    hebben" -- with a particle of supposition ("nog", "ergens") or a subject that cannot act
    (`supposition_verbs`, `supposition_particles`). Negative twin: "Volgens de bond zouden
    scholen meer moeten investeren" (an act)."""
    cues = ctx.cues
    anchor = clause.anchor
    if anchor is None or anchor.lower_ not in cues.should_aux:
        return False
    words = _words(ctx, clause)
    states = [t for t in words if _lemma_in(t, cues.supposition_verbs)]
    if not states:
        return False
    if has_word(words, cues.supposition_particles):
        return True
    subj = clause.subject
    if subj is None or all(_lemma_in(t, cues.copula_lemmas) for t in states):
        return False  # "Het rapport zou klaar moeten zijn": a deadline, not a guess
    tokens = subject_words(ctx, subj, clause.lo, clause.hi, set(clause.skip))
    return not is_agentive(ctx, tokens, subj.head)


def is_court_procedure(ctx: DemandContext, clause: Clause) -> bool:
    """A court procedure to come: "zal zich later moeten verantwoorden bij de rechter", "moet
    zich voor de politierechter verantwoorden" -- a court after `court_prepositions`
    (`court_nouns`). Negative twins: "De rechter moet ingrijpen" (the court is addressed), "De
    minister moet zich verantwoorden tegenover de Kamer"."""
    cues, doc = ctx.cues, ctx.doc
    for token in doc[clause.lo : clause.hi]:
        if not ends_with(token, cues.court_nouns):
            continue
        before = doc[max(clause.lo, token.i - 3) : token.i]
        if any(t.lower_ in cues.court_prepositions for t in before):
            return True
    return False


def is_jurisdiction(ctx: DemandContext, clause: Clause) -> bool:
    """Whose call it is, not a demand: "Het is aan de rechter om daarover te oordelen" -- a court
    as the party of a duty (`court_nouns`). Negative twin: "Het is aan de minister om in te
    grijpen"."""
    cues, doc = ctx.cues, ctx.doc
    for token in doc[clause.cue.i + 1 : clause.hi]:
        if token.lower_ in cues.infinitive_complementisers:
            break
        if ends_with(token, cues.court_nouns):
            return True
    return False


def is_evocation(ctx: DemandContext, clause: Clause) -> bool:
    """An appeal verb that names no act evokes: "De hitte roept zorgen op", "Het nieuws riep
    emoties en vragen op" -- "oproepen", "aansporen", "aanmanen" without one of
    `appeal_complements` ("om … te", "tot", "te", "dat", ":"). Negative twin: "De bond roept
    de leden op te staken"."""
    match = ctx.directive_verb(clause.cue)
    if match is None or not match[1].particle or not match[1].object_is_addressee:
        return False
    return not has_word_at(ctx.view, clause.cue.i + 1, clause.hi, ctx.cues.appeal_complements)


def is_requirement(ctx: DemandContext, clause: Clause) -> bool:
    """A thing that needs something asks nobody: "Adoptie vraagt om gelaagde communicatie",
    "Toen vroeg de situatie om geduld", "Dit werk eist veel geduld" -- a common noun that names
    no party as subject, and no clause of what to do ("om … te", "dat"). Negative twins: "De
    bewoners vragen om een zebrapad" (people), "De gemeente vraagt om een reactie"."""
    subj = clause.subject
    if subj is None or subj.head.pos_ != "NOUN":
        return False
    rest = ctx.doc[clause.cue.i + 1 : clause.hi]
    if has_word(rest, ctx.cues.infinitive_markers | ctx.cues.that_clause):
        return False
    head = subj.head
    before = ctx.doc[clause.lo : clause.cue.i]
    named = (
        t.pos_ in ("NOUN", "PROPN", "PRON") or ctx.index.at(t.idx, t.idx + len(t.text))
        for t in before
    )
    if head.i > clause.cue.i and any(named):
        return False  # "OM eist celstraf": a noun before the verb is its subject, not the object
    tokens = subject_words(ctx, subj, clause.lo, clause.hi, {clause.cue.i})
    return not (is_agentive(ctx, tokens, head) or ends_with(head, ctx.cues.document_nouns))


def is_state_wish(ctx: DemandContext, clause: Clause) -> bool:
    """A wish for a state, not an act (`state_verbs`): the wished clause has only verbs of being
    or feeling ("We willen dat iedereen zich veilig voelt", "… dat de wijk weer een plek is waar
    je graag komt": the verbs of a clause inside it do not count, `_wished_verbs`), or a thing
    that cannot act must be something ("Voetbal moet een feest zijn", "Sport moet vooral plezier
    blijven"). Negative twins: "We willen dat de gemeente een zaal aanbiedt", "We willen dat het
    park groen blijft en de gemeente de paden repareert", "Jongeren moeten zich bewust zijn van de
    risico's" (people), "De regels moeten strenger worden" (no predicate noun)."""
    cues, view = ctx.cues, ctx.view
    lo, hi = clause.lo, clause.hi
    if cues.state_verbs.isdisjoint(view.lemma[lo:hi]) and cues.state_verbs.isdisjoint(
        view.lower[lo:hi]
    ):
        return False  # (no verb of being or feeling at all: read from the columns, in C)
    words = _words(ctx, clause)
    that = next((t for t in words if t.i > clause.cue.i and t.lower_ in cues.that_clause), None)
    if that is not None:
        verbs = _wished_verbs([t for t in words if t.i > that.i])
        return bool(verbs) and all(_lemma_in(t, cues.state_verbs) for t in verbs)
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX")]
    if not verbs or not all(_lemma_in(t, cues.state_verbs) for t in verbs):
        return False
    subj = clause.subject
    if subj is None:
        return False
    tokens = subject_words(ctx, subj, clause.lo, clause.hi, set(clause.skip))
    predicate = any(
        t.pos_ == "NOUN" and t.i > clause.cue.i and t.i not in {w.i for w in tokens} for t in words
    )
    return predicate and not is_agentive(ctx, tokens, subj.head)


def is_embedded_question(ctx: DemandContext, clause: Clause) -> bool:
    """A modal inside a question that is itself the subject or object of a clause: "Tot waar de
    digitale soevereiniteit moet lopen, kan verschillen", "Hoe de gemeente dat moet betalen is
    onduidelijk" -- a question word opens the clause, the modal stands at its end and a finite
    verb follows (`question_words`). Negative twins: "Wat ons betreft moet het kabinet
    ingrijpen" (the question clause ends before the modal), "Daarin moet staan hoe …"."""
    doc, view, cues = ctx.doc, ctx.view, ctx.cues
    opener = clause.sub or next((t for t in doc[clause.lo : clause.cue.i] if t.pos_ != "ADP"), None)
    if opener is None or opener.lower_ not in cues.question_words:
        return False
    inner = doc[opener.i + 1 : clause.cue.i]
    if not inner or any(is_finite(view, t.i) and t.pos_ in ("VERB", "AUX") for t in inner):
        return False
    after = list(doc[clause.cue.i + 1 : clause.hi])
    if clause.hi + 1 < len(doc) and doc[clause.hi].text == ",":
        after.append(doc[clause.hi + 1])  # "Hoe de gemeente dat moet betalen, is onduidelijk"
    return any(
        is_finite(view, t.i) and t.pos_ in ("VERB", "AUX") and not is_infinitive(view, t.i)
        for t in after
    )


def _wished_verbs(words: list[Token]) -> list[Token]:
    """The verbs of a wished dat-clause: its verb cluster (a Dutch subordinate clause puts its
    verbs together: "dat iedereen zich veilig kan voelen") and, after a coordinator, the next
    clause's cluster ("… en de gemeente de paden repareert"); verbs after the cluster belong to a
    clause inside the wish ("… een plek is waar je graag komt")."""
    verbs: list[Token] = []
    in_cluster = closed = False
    for t in words:
        if t.pos_ in ("VERB", "AUX"):
            if not closed:
                verbs.append(t)
                in_cluster = True
        elif t.pos_ == "CCONJ":
            in_cluster = closed = False
        elif in_cluster:
            in_cluster, closed = False, True
    return verbs


def _words(ctx: DemandContext, clause: Clause) -> list[Token]:
    """The clause's tokens without the cue words the finder set aside."""
    return [t for t in ctx.doc[clause.lo : clause.hi] if t.i not in clause.skip]


def _lemma_in(token: Token, words: frozenset[str]) -> bool:
    return token.lemma_.casefold() in words or token.lower_ in words


def _opens_sentence(ctx: DemandContext, token: Token) -> bool:
    """`token` is the first word of its sentence or line (quote marks and spaces aside)."""
    sent = ctx.sentences[ctx.sentence_index(token.i)]
    for prev in reversed(ctx.doc[sent.start : token.i]):
        if "\n" in prev.text or prev.text == ":":
            return True
        if not (prev.is_space or is_quote_mark(prev.text)):
            return False
    return True
