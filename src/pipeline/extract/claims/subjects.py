"""Subject strategies: each names one way to find what a number measures, with a Dutch example.

Every strategy is a function `(sentence, q, article) -> str | None`: the noun phrase as written, or
None when its construction is not there. Which strategies are tried for which number, and in which
order, is `registry.SUBJECT_RULES`. A subject is headed by a common noun: never a time ("dit jaar"),
never a person's name or part of one (`phrases.acceptable`). Words: claim_sources.yaml.
"""

from __future__ import annotations

from pipeline.extract.claims.clauses import clause_start, clause_subject
from pipeline.extract.claims.context import (
    CLAUSE_PUNCT,
    COUNTED,
    ArticleContext,
    ClaimSentence,
    cues,
)
from pipeline.extract.claims.phrases import (
    acceptable,
    counted_noun,
    is_time,
    np,
    np_before,
    np_right,
    plural_before,
)
from pipeline.extract.claims.words import name_word, nounlike, pronoun, subordinator
from pipeline.extract.numbers import Quantity, number_words, split_phrase
from pipeline.extract.resolve import EntityIndex
from pipeline.labels import first_names

_SHARED = frozenset({"people", "count", "ratio", "percent"})
_AMOUNTS = frozenset({"people", "count", "ratio", "percent", "euro"})


# --- what follows the number ---------------------------------------------------------------------


def counted_noun_after(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """The noun a count counts, right after it: "300 slachtoffers", "duizend minderjarige
    slachtoffers"; an untagged word there is taken as that noun ("600.000 huishoudens")."""
    return counted_noun(s, q.j, counting=True)


def bracketed_change(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """A count in brackets right after another one counts what that one does: the change in
    "Het totaal aantal gemelde patiënten: 6412 (+852)"."""
    k = q.i - 1
    if s.low(k) in {"+", "-", "–"}:
        k -= 1
    if k < 1 or s.words[k].text != "(":
        return None
    earlier = next((e for e in s.earlier(q) if e.j == k), None)
    return s.subjects.get(earlier.i) if earlier is not None else None


def labelled(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """A figure after a label that opens its line or sentence: "Het totaal aantal gemelde
    patiënten: 6412", "Aantal doden: 12"; the label is the noun phrase before the colon."""
    colon = q.i - 1
    if colon < 1 or s.words[colon].text != ":":
        return None
    span = np(s, 0)
    if span is None or span[1] != colon or not acceptable(s, span, q.unit, ctx.index):
        return None
    return s.text(s.words, *span)


def noun_after(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """A noun right after a share: "40 procent huurders"; not a finite verb ("Een derde wacht")."""
    return counted_noun(s, q.j)


def hyphen_age_noun(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """The noun an age adjective qualifies: "een 34-jarige man" → "man"."""
    return counted_noun(s, q.j) if q.form == "age" else None


def duration_noun(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """What lasts a duration, right after it: "twintig jaar cel"; not a time ("vijf jaar lang")."""
    if q.unit in {"year", "other"} and q.j < len(s.words) and nounlike(s, q.j):
        span = np(s, q.j)
        if span and not is_time(s, span) and s.words[q.j].text.islower():
            return s.text(s.words, *span)
    return None


def of_phrase(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """ "X% van deze groep" after the claim (also past brackets: "Het merendeel (103) van deze
    patiënten"), "van deze 1.300 meisjes is X%" just before it, or "Van de huurwoningen … is X%
    verbeterd" opening its clause; "van hen" is the people counted just before."""
    w = s.words
    j = q.j + 1 if s.before(q) == "(" and s.low(q.j) == ")" else q.j
    if j < len(w) and w[j].low in cues().of_words:
        if s.low(j + 1) in cues().plural_pronouns and pronoun(s, j + 1):
            persons = s.low(j + 1) in cues().object_pronouns  # "hen": persons only
            return _counted_before(s, q, ctx, frozenset({"people"}) if persons else COUNTED)
        span = np_right(s, j + 1)
        if span and acceptable(s, span, q.unit, ctx.index):
            return s.text(w, *span)
    start = clause_start(s, q.i)[0]
    for k in range(q.i - 2, -1, -1):
        if w[k].low in cues().of_words:
            span = np_right(s, k + 1)
            if (
                span
                and (q.i - span[1] <= 2 or k in {0, start})
                and acceptable(s, span, q.unit, ctx.index)
            ):
                return s.text(w, *span)
            return None
    return None


def purpose(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """What money is for: "voor/aan/naar NP" after the amount in its clause ("in NP" after an
    investment verb), else "voor NP" before it ("betalen voor een kamer … € 680")."""
    words = cues()
    w = s.words
    preps = words.purpose_preps
    if any(word.low in words.invest_verbs for word in w):
        preps = preps | {"in"}
    k = q.j
    while k < min(len(w), q.j + 7) and w[k].text not in CLAUSE_PUNCT:
        if k in s.claimed or subordinator(s, k):
            break
        if w[k].low in words.rate_prepositions:
            k += 2
            continue
        if w[k].low in preps:
            span = np(s, k + 1)
            if span and acceptable(s, span, "euro", ctx.index):
                return s.text(w, *span)
        k += 1
    a = clause_start(s, q.i)[0]
    opening = np_right(s, a)
    for k in range(a, q.i):
        if w[k].low in words.purpose_preps_before and not (opening and opening[1] == k):
            # not inside the clause's subject: "De subsidie voor musea daalt van …"
            span = np(s, k + 1)
            if span and acceptable(s, span, "euro", ctx.index):
                return s.text(w, *span)
    return None


# --- what stands before the number ---------------------------------------------------------------


def phrase_before_link(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """The noun phrase before the preposition right before the number: "een straf van 5 jaar",
    "de huur met 5 procent verhogen"."""
    return np_before(s, q.i - 1, q.unit, ctx.index)


def amount_owner(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """What an amount belongs to, before "met"/"van": "een tekort van 3 miljoen euro"."""
    return np_before(s, q.i - 1, q.unit, ctx.index) if s.before(q) in cues().amount_links else None


def own_norm(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """A share that is a noun's own value: "de Europese norm van 3 procent" (no "van" after it)."""
    if s.before(q) in cues().of_words and s.low(q.j) not in cues().of_words | {""}:
        return np_before(s, q.i - 1, q.unit, ctx.index)
    return None


def rank_holder(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """What holds a rank stands before "op": "staat Nederland inmiddels op plaats 3"."""
    k = q.i - 1 if s.before(q) in cues().rank_prepositions else q.i
    while k > 0 and s.words[k - 1].pos == "ADV":
        k -= 1
    return np_before(s, k, q.unit, ctx.index)


def age_holder(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """Who has an age, right before it (or before "van"): "een meisje van 14 jaar"; the common
    noun before a person's name ("Verdachte" of "Verdachte Jan de Vries van 45 jaar"), never
    the name: a subject is headed by a common noun."""
    k = q.i - 1 if s.before(q) in cues().of_words else q.i
    return np_before(s, k, q.unit, ctx.index) or _noun_before_name(s, k, ctx.index)


def name_bearer(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """The common noun before the person name that an age in brackets follows: "Bewoonster" of
    "Bewoonster Riet de Vries (87)"; None when the name stands alone: a subject is never a name."""
    return _noun_before_name(s, q.i - 1, ctx.index)


def changed_object(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """What a change verb changes, right before it: "beloofde de kinderarmoede te halveren",
    "heeft het budget verdubbeld"."""
    k = q.i - 1 if s.before(q) in cues().infinitive_markers else q.i
    return np_before(s, k, q.unit, ctx.index)


def year_event(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """What happened in a year, right before it: "de reorganisatie van de politie in 2013"."""
    return np_before(s, q.i, q.unit, ctx.index)


def plural_noun_before(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """The nearest plural noun before the claim, in this sentence or the one before."""
    return plural_before(s, q)


# --- the clause ----------------------------------------------------------------------------------


def clause(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """The subject of the clause the number stands in: "dat het tekort met 2% afneemt", "de wet
    die in 2021 werd ingevoerd" (see `clauses`)."""
    return clause_subject(s, q, ctx.index)


def measure(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """The clause subject when it names a measure ("Het aantal opleidingsplaatsen")."""
    subject = clause_subject(s, q, ctx.index)
    if subject and any(w.lower() in cues().measure_nouns for w in subject.split()[:2]):
        return subject
    return None


def changed_clause(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """ "Dat is een daling van 1 procentpunt": the clause subject, unless it is the change noun
    itself (what declined is measured, never the decline)."""
    subject = clause_subject(s, q, ctx.index)
    if subject and any(x.lower() in cues().change_nouns for x in subject.split()):
        return None
    return subject


# --- what earlier numbers measured ---------------------------------------------------------------


def elided_noun(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """A number whose noun Dutch left out counts what the sentence's last number of its unit
    counted: "zo'n 500 nieuwe woningen, terwijl er 850 nieuwe bijkomen"."""
    earlier = _named_earlier(s, q)
    return counted_noun(s, earlier.j, counting=True) if earlier is not None else None


def counted_earlier(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """What the last people or count claim before it counted: what "hen" or "dat" stands for."""
    return _counted_before(s, q, ctx, COUNTED)


def counted_in_sentence(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """ "3.100 klachten, ruim 30 procent meer": a comparative share changes what the sentence
    counted before it."""
    counted = [e for e in s.earlier(q) if e.unit in COUNTED and s.subjects.get(e.i)]
    return s.subjects[counted[-1].i] if counted else None


def earlier_share(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """Subject of the sentence's last claim before it of what is counted or shared."""
    return _earlier_subject(s, q, _SHARED)


def earlier_amount(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """ "1,1 miljard euro, een stijging van 2%": what the sentence's last amount measured."""
    return _earlier_subject(s, q, _AMOUNTS)


def same_amount(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """An amount named before in the article measures what it measured then ("de 300 miljoen")."""
    same = [c.subject for c in ctx.claims if c.unit == "euro" and c.value == q.value]
    return next((subject for subject in reversed(same) if subject), None)


def paragraph_subject(s: ClaimSentence, q: Quantity, ctx: ArticleContext) -> str | None:
    """Subject of the paragraph's last earlier claim that measures an amount, whatever its unit:
    "Het aantal meldingen lag op 300. Dat is een toename van 12 procent." (a year or an age
    does not change by a share)."""
    for c in reversed(ctx.previous):
        if c.unit not in {"year", "age"} and c.subject:
            return c.subject
    return None


# --- helpers -------------------------------------------------------------------------------------


def _named_earlier(s: ClaimSentence, q: Quantity) -> Quantity | None:
    """The sentence's last number before `q` of its unit whose noun is written."""
    for e in reversed(s.earlier(q)):
        if e.unit == q.unit and not e.elided:
            return e
    return None


def has_named_earlier(s: ClaimSentence, q: Quantity) -> bool:
    """An elided number has an earlier number of its unit whose noun is written."""
    return _named_earlier(s, q) is not None


def _counted_before(
    s: ClaimSentence, q: Quantity, ctx: ArticleContext, units: frozenset[str]
) -> str | None:
    """Subject of the last claim of `units` before `q`, in this sentence or the paragraph's
    earlier ones. How often something happened ("vijftien keer") counts no things."""
    for e in reversed(s.earlier(q)):
        if e.unit in units and e.form != "times" and s.subjects.get(e.i):
            return s.subjects[e.i]
    for c in reversed(ctx.previous):
        if (
            c.unit in units
            and c.subject
            and split_phrase(c.text)[-1] not in number_words().times_words
        ):
            return c.subject
    return None


def _earlier_subject(s: ClaimSentence, q: Quantity, units: frozenset[str]) -> str | None:
    for e in reversed(s.earlier(q)):
        if e.unit in units and s.subjects.get(e.i):
            return s.subjects[e.i]
    return None


def _noun_before_name(s: ClaimSentence, k: int, index: EntityIndex) -> str | None:
    """The common noun before the person's name that ends at word k ("Verdachte" of "Verdachte
    Pieter van Dam"): the name is a PERSON entity, or where the model missed it, capitalised
    words and surname particles back to a given name."""
    first = k
    while first > 0:
        entity = index.at(s.words[first - 1].start, s.words[first - 1].end)
        if entity is None or entity.label != "PERSON":
            break
        first -= 1
    if first == k:
        first = _given_name_before(s, k)
    if first is None or first == k:
        return None
    return np_before(s, first, "age", index)


def _given_name_before(s: ClaimSentence, k: int) -> int | None:
    """Where a written name ending at word k begins: at a given name, back over capitalised
    words and surname particles ("Pieter van Dam"); None when none begins it."""
    first = k
    while first > 0 and name_word(s, first - 1):
        first -= 1
        if s.words[first].text in first_names():
            return first
    return None
