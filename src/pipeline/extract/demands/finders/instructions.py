"""Instructions to the reader in body text: imperatives, also after a condition, a question or a
short lead-in, and in coordinations.

"Meld verdachte situaties via 0800-7000", "Heeft u informatie? Neem dan contact op met de
recherche", "Bij twijfel: laat niemand binnen en bel direct 112", "Als u een drugslab ontdekt ga
dan direct naar buiten", "Koop je een ticket, doe dit dan via de officiële site", "Blijf thuis,
ziek uit en zorg dat je anderen niet besmet", "Schaam je niet en doe aangifte", "Gelieve het
dossiernummer te vermelden". The demand runs from the condition or lead-in before the verb to the
end of the sentence (not into a "want" clause); its actor is the voice of the text
(`actors.voice`: the quote's speaker, the transcript turn's, the publisher) or the speaker a label
before its colon names ("Burgemeester: blijf binnen"); its addressee the party a lead-in names ("Advies aan omwonenden", "geldt voor Noord-Brabant het advies:", "Aan u
willen we vragen, zorgpersoneel: …"), also for the instructions right after it, else none (the
reader).

Negative twins: "Koop je een ticket?" (a question); "Als je wilt, help je mee" ("je" after the
verb of a main clause: its subject); "Houd misdaad uit je buurt Melden helpt." (a sub-heading
glued to the next sentence, `headings`: the imperative before it stands alone); "Forgejo, als
organisatie, zet in op …" (a subject before the comma, not a condition); "wapens en handel in
drugs" (a noun after "en", no imperative before it); "Nou, kijk, de IC's zijn vol" (an
interjection); "(deel 4)" (in brackets); "Stel dat …" (a supposition); navigation and discourse
imperatives are `reader_filters`'. A headline line opening with a verb is `imperatives`'.

The small model tags capitalised and even lower-case imperatives as names, nouns or prepositions
("bel/ADP"), so a word counts as the verb by rule: a listed stem, a present singular finite tag
(no -t, no -en, not past), or a separable particle closing its clause -- with no subject after it.
A second-person pronoun right after a clause-initial verb is its reflexive object ("Meld je aan")
unless "dan" or another imperative follows the clause: then it was a condition ("Heb je
klachten: blijf dan thuis").

Words: `reader_calls` (`non_imperatives`, `second_person`, `coordinators`, `request_markers`,
`reason_coordinators`, `noun_endings`, `interjections`, `max_lead_words`, `lead_nouns`,
`lead_verbs`, `appeal_prepositions`, `reader_pronouns`), `imperative_stems`, `subject_pronouns`,
`generic_subjects`, `separable_particles`, `hypothetical_imperatives`,
`conditional_subordinators`, `conditional_inversion`, `conditional_then` in data/demand_cues.yaml.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import compress

from spacy.tokens import Span, Token

from pipeline.extract.attribution import label_speaker
from pipeline.extract.demands.actors import voice
from pipeline.extract.demands.clauses import quote_end, trim_end
from pipeline.extract.demands.context import DemandContext
from pipeline.extract.demands.finders.imperatives import headline_lines, imperative_form
from pipeline.extract.demands.headings import glued_starts
from pipeline.extract.demands.lexicon import ends_with_at
from pipeline.extract.demands.model import Bounds, Clause, Found, Triggers
from pipeline.extract.demands.parties import party
from pipeline.extract.demands.phrases import np_after
from pipeline.text.datafiles import DemandCues
from pipeline.text.grammar import is_finite, is_past, opens_subordinate_clause

KIND = "instruction"
_LEAD_MARKS = frozenset({":", ";", "–", "—", "-", "•"})
_CLAUSE_MARKS = _LEAD_MARKS | {",", "(", ")"}
_CLOSED = ("DET", "PRON", "ADP", "NUM", "CCONJ", "SCONJ", "PUNCT", "SYM")
_VERBAL = ("VERB", "AUX")


def triggers(cues: DemandCues) -> Triggers:
    """The appeal verbs of a lead-in ("Aan u willen we vragen, …"), by form or lemma: the tokens
    `_appeal_words` tests as verbs."""
    verbs = cues.reader_calls.lead_verbs
    return Triggers(verbs, verbs)


def find(ctx: DemandContext) -> list[Found]:
    """Every instruction of the body text, at most one per sentence, in text order."""
    headlines = {(line.start, line.end) for line in ctx.once(headline_lines)}
    appeals = _appeal_words(ctx)
    openers = _openers(ctx)
    glued = ctx.once(glued_starts)  # bisected per sentence
    out: list[Found] = []
    lead: str | None = None
    orth = ctx.view.orth
    for sent in ctx.sentences:
        start, end = _trimmed(ctx, sent)
        if start == end:
            continue
        if appeals and _opens_paragraph(ctx, start):
            lead = None  # a lead-in holds for the instructions right after it, in its paragraph
        cut = bisect_left(glued, end - 1) - 1  # the last glued start in (start, end - 1)
        piece = Bounds(glued[cut] if cut >= 0 and glued[cut] > start else start, end)
        tokens = range(piece.start, piece.end)  # its first and last word, quote marks aside:
        first = next((k for k in tokens if not ctx.quote[k]), None)
        last = next((k for k in reversed(tokens) if not ctx.quote[k]), None)
        found = None
        if first is not None and not orth[last].endswith("?"):
            found = _read(ctx, start, piece, lead, appeals, openers)
        headline = (start, end) in headlines and orth[last] not in (".", "!")
        if found is not None and headline and found.cue == first:
            found = None  # a headline opening with a verb: `imperatives` reads it
        own = _lead(ctx, start, end, appeals) if appeals else None  # (no lead-in without one)
        if found is not None:
            out.append(found)
            lead = own or lead
        else:
            lead = own
    return out


def _opens_paragraph(ctx: DemandContext, start: int) -> bool:
    """Token `start` opens the text or a paragraph (a line break before it)."""
    return start == 0 or "\n" in ctx.text[ctx.view.end(start - 1) : ctx.view.starts[start]]


def _trimmed(ctx: DemandContext, sent: Bounds) -> tuple[int, int]:
    """The sentence's token bounds without the whitespace (line breaks) around it."""
    start, end = sent.start, sent.end
    while start < end and ctx.view.is_space[start]:
        start += 1
    while end > start and ctx.view.is_space[end - 1]:
        end -= 1
    return start, end


def _read(
    ctx: DemandContext,
    first: int,
    piece: Bounds,
    lead: str | None,
    appeals: list[int],
    openers: list[int],
) -> Found | None:
    """The first instruction of `piece` (in the sentence from token `first`) that no filter
    rejects; a coordinated verb counts only after an imperative a filter rejected ("kijk op de
    website … of bel 0800-1351")."""
    rejected = False
    for v, where in _starts(ctx, piece, openers):
        if where == "coordinated" and not rejected:
            continue
        if not _is_instruction(ctx, piece, v, where):
            continue
        lo = piece.start if where == "polite" else v.i  # "Op de website leest u …"
        sent = Span(ctx.doc, piece.start, piece.end)  # `doc[a:b]`, valid bounds
        clause = Clause(KIND, sent, v, lo, _conjunct_end(ctx, piece, v))
        if ctx.rejects(clause):
            rejected = True
            continue
        start = _condition_start(ctx, piece, v, appeals)
        end = trim_end(ctx, start, _demand_end(ctx, piece, v))
        last = ctx.doc[end - 1]
        return Found(
            kind=KIND,
            cue=v.i,
            start=start,
            end=end,
            modality="imperative",
            actor=_lead_speaker(ctx, piece, v) or voice(ctx, v),
            addressee=_lead(ctx, first, v.i, appeals) or lead,
            action=ctx.text[v.idx : last.idx + len(last)],
        )
    return None


def _starts(ctx: DemandContext, piece: Bounds, openers: list[int]) -> list[tuple[Token, str]]:
    """Words that may open an imperative clause, with where they stand: "first" in the piece,
    after a "lead" mark (":", ";", a dash), after a "comma" that closes a condition, after a
    "coordinated" conjunction, after the verb of an opening "condition" ("Als u … ontdekt ga
    dan …"), or a "polite" present before "u" after a fronted phrase ("Bij spoed belt u 112").
    Only a piece that opens with a conditional reads every word; the others read the words of
    `openers` (`_openers`) alone, the only ones that may open a clause there. A `Token` is
    built only for a start."""
    doc, cues, view = ctx.doc, ctx.cues, ctx.view
    orth, lower = view.orth, view.lower
    first = piece.start
    while first < piece.end and not _is_word(ctx, first):
        first += 1
    if first == piece.end or (first > 0 and orth[first - 1] == "("):
        return []
    conditional = lower[first] in cues.conditional_subordinators
    if conditional:
        following = range(first + 1, piece.end)
    else:
        following = openers[bisect_right(openers, first) : bisect_left(openers, piece.end)]
        if not following and not _may_open(ctx, first):
            return []  # most sentences: one start, no imperative ("De", "Het", "Volgens")
    out = [(doc[first], "first")]
    condition_from = first  # the words a comma may close as a condition (`_opens_condition`)
    verb_seen = False
    segment = first
    for k in following:
        if not _is_word(ctx, k):
            continue
        before = k - 1
        if orth[before] in _LEAD_MARKS:
            out.append((doc[k], "lead"))
            condition_from = k
        elif not _may_be_verb(ctx, k):
            pass  # no start after a comma, coordinator or condition could be an instruction
        elif orth[before] == "," and (
            _opens_condition(ctx, condition_from, piece.end)
            or _condition_before(ctx, segment, before)
        ):
            out.append((doc[k], "comma"))
        elif lower[before] in cues.reader_calls.coordinators:
            out.append((doc[k], "coordinated"))
        elif conditional and (verb_seen or _before_then(ctx, k)):
            out.append((doc[k], "condition"))
        elif lower[k][-1:] == "t" and _polite(ctx, piece, k):  # (its first test, inline)
            out.append((doc[k], "polite"))
        if conditional:  # (only a conditional opening reads it, and it never opens again)
            verb_seen = verb_seen or view.tag[before].startswith("WW")
        if orth[before] in _CLAUSE_MARKS:
            conditional = False
            segment = k
    return out


def _may_open(ctx: DemandContext, k: int) -> bool:
    """Token k may be the imperative opening its clause: the first tests of `_is_instruction`
    and `_verb_evidence`, read from the view's columns -- a word and no acronym; a request
    marker or a listed stem; else no closed word class ("De", "Het") and no "-en"/"-e" form
    ("Volgens", "Deze")."""
    view, cues = ctx.view, ctx.cues
    text, lower = view.orth[k], view.lower[k]
    if not text.isalpha() or (text.isupper() and len(text) > 1):
        return False
    if lower in cues.reader_calls.request_markers or lower in cues.imperative_stems:
        return True
    return view.pos[k] not in _CLOSED and not lower.endswith(("en", "e"))


def _may_be_verb(ctx: DemandContext, k: int) -> bool:
    """Token k may be the verb of an instruction that does not open its clause (`_is_instruction`
    asks a listed stem or a verb by tag, `_polite` a listed stem + "-t"): a cheap test that spares
    the condition tests of a word that none of them could take."""
    view, stems = ctx.view, ctx.cues.imperative_stems
    lower = view.lower[k]
    return view.orth[k].isalpha() and (
        view.pos[k] in _VERBAL or lower in stems or lower[:-1] in stems
    )


def _is_word(ctx: DemandContext, k: int) -> bool:
    """Token k can open a clause: no whitespace, quotation mark or lead mark."""
    return not (ctx.view.is_space[k] or ctx.quote[k] or ctx.view.orth[k] in _LEAD_MARKS)


def _openers(ctx: DemandContext) -> list[int]:
    """The tokens of the document where a clause may open after the first word of a piece
    without a conditional opening (`_starts`): after clause punctuation or a coordinator, or a
    "-t" form before "u" ("belt u"). Found once, in C (`compress` over the columns), since
    `_starts` would otherwise test every word of every sentence."""
    orth, lower = ctx.view.orth, ctx.view.lower
    after = range(1, len(orth))  # token k paired with the token before it
    polite = compress(range(-1, len(lower) - 1), map("u".__eq__, lower))
    return sorted(
        {
            *compress(after, map(_CLAUSE_MARKS.__contains__, orth)),
            *compress(after, map(ctx.cues.reader_calls.coordinators.__contains__, lower)),
            *(k for k in polite if k >= 0 and lower[k][-1:] == "t"),
        }
    )


def _opens_condition(ctx: DemandContext, lo: int, hi: int) -> bool:
    """`_condition_before` for the words from `lo`, asked only when a comma in [lo, hi) could
    close the condition (`_starts` reads it at commas alone)."""
    return "," in ctx.view.orth[lo:hi] and _condition_before(ctx, lo, hi)


def _condition_before(ctx: DemandContext, lo: int, hi: int) -> bool:
    """The words from `lo` (to a comma or `hi`) open a condition or are an enumerator, after
    which a call may follow: a conditional or other subordinate clause with a verb, a verb-first
    clause with "je/u", "een,"/"ten eerste,". Read from the view's columns: this runs for
    every sentence."""
    cues, view = ctx.cues, ctx.view
    orth, lower, pos = view.orth, view.lower, view.pos
    words = []
    for k in range(lo, hi):
        if orth[k] in _CLAUSE_MARKS:
            break
        if orth[k].isalpha():  # spaCy's `is_alpha`
            words.append(k)
    if not words:
        return False
    first = words[0]
    verb = any(view.tag[k].startswith("WW") or pos[k] in _VERBAL for k in words[1:])
    if any(lower[k] in cues.conditional_inversion for k in words):
        return True  # "… mee willen geven mocht je in deze situatie zitten, praat erover"
    if lower[first] in cues.conditional_subordinators or opens_subordinate_clause(view, first):
        return verb  # "Als u twijfelt, …", not "als democratische organisatie, …"
    if len(words) > 1 and lower[words[1]] in cues.reader_calls.second_person:
        return pos[first] not in _CLOSED  # "Koop je een ticket, …"
    enumerator = all(pos[k] in ("NUM", "DET", "ADV", "ADP", "ADJ") for k in words)
    after = words[-1] + 1
    return enumerator and len(words) <= 2 and after < len(orth) and orth[after] == ","


def _polite(ctx: DemandContext, piece: Bounds, k: int) -> bool:
    """A present "-t" form of a listed stem before "u", after a fronted phrase that is no
    subject: "En bij spoed belt u altijd 112", "In dat geval neemt u contact op"."""
    cues, lower = ctx.cues, ctx.view.lower
    if not lower[k].endswith("t") or k + 1 >= piece.end or lower[k + 1] != "u":
        return False
    if lower[k][:-1] not in cues.imperative_stems:
        return False
    front = [w for w in ctx.doc[piece.start : k] if w.is_alpha]
    opening = [w for w in front if w.pos_ != "CCONJ"][:1]
    return (
        bool(opening)
        and opening[0].pos_ in ("ADP", "ADV")
        and not any(_finite(ctx, w.i) for w in front)
    )


def _before_then(ctx: DemandContext, k: int) -> bool:
    """A listed stem right before "dan": "… ontdekt ga dan naar buiten"."""
    lower, cues = ctx.view.lower, ctx.cues
    return (
        lower[k] in cues.imperative_stems
        and k + 1 < len(lower)
        and lower[k + 1] in cues.conditional_then
    )


def _finite(ctx: DemandContext, i: int) -> bool:
    return ctx.view.pos[i] in _VERBAL and is_finite(ctx.view, i)


def _finite_verb(ctx: DemandContext, i: int) -> bool:
    """A finite verb whose lemma is an infinitive of its own stem ("verwacht" → "verwachten"), a
    past form ("stemde", which the lemmatiser may leave as it is) or an auxiliary ("is", "kan"),
    not a word the tagger took for one ("alert" → "alren")."""
    lemma, lower = ctx.view.lemma[i], ctx.view.lower[i]
    plausible = (lemma[:3] == lower[:3] and lemma.endswith("en")) or is_past(ctx.view, i)
    return _finite(ctx, i) and (plausible or lower in ctx.cues.reader_calls.non_imperatives)


def _is_instruction(ctx: DemandContext, piece: Bounds, v: Token, where: str) -> bool:
    """`v` is an imperative (or a request marker) with no subject, in a clause with no other
    finite verb. Read from the view's columns, the clause's words only once the verb form
    passed (this runs for the first word of every sentence)."""
    cues, words, view = ctx.cues, ctx.cues.reader_calls, ctx.view
    i, text, lower = v.i, ctx.view.orth[v.i], ctx.view.lower[v.i]
    if not text.isalpha() or (text.isupper() and len(text) > 1):
        return False  # "VRAAG", "RUTTE": transcript labels, acronyms
    if lower in words.non_imperatives or lower in cues.hypothetical_imperatives:
        return False
    clause_initial = where in ("first", "lead")
    if lower in words.request_markers:
        rest = _clause_words(ctx, piece, i)
        return clause_initial and not any(_finite(ctx, k) for k in rest)
    if where != "polite" and not _verb_evidence(ctx, piece, i, clause_initial):
        return False
    rest = _clause_words(ctx, piece, i)
    if where == "polite":
        rest = rest[1:]  # "belt u altijd 112": "u" is the polite subject
    start = view.starts[i]
    named = ctx.index.at(start, start + len(text))
    if named is not None and any(
        m.start == start and m.end > start + len(text) for m in named.mentions
    ):
        return False  # "Meld Misdaad Anoniem is bereikbaar …": a name
    if not rest:
        return i + 1 < piece.end and view.orth[i + 1] in (".", "!")
    following = view.lower[rest[0]]
    if lower in words.interjections and view.orth[i + 1] == ",":
        return False  # "Nou, kijk, de IC's …"
    if where != "first" and view.orth[rest[0]][:1].isupper():
        return False  # "- Open Formulieren: …": a name
    if following in cues.subject_pronouns or following in cues.reflexive_pronouns:
        return False  # "Ga je mee?", "richt zich op": a third person
    if following in _generic(cues):
        return False  # "Doen ze dat, dan …"
    if following in words.second_person and (not clause_initial or _continued(ctx, piece, v)):
        return False  # "…, help je de ander", "Koop je een ticket, doe dit dan …"
    inverted = following in cues.inanimate_pronouns or view.pos[rest[0]] == "PROPN"
    after_condition = where in ("comma", "condition") and lower.endswith("t")
    if after_condition and inverted and not _then_follows(ctx, rest):
        return False  # "…, wacht het verkeer": an inverted third person
    stems = cues.imperative_stems
    return not any(_finite_verb(ctx, k) and view.lower[k] not in stems for k in rest)


def _then_follows(ctx: DemandContext, rest: list[int]) -> bool:
    """ "dan" among the first words after the verb: "…, wacht dan even"."""
    return any(ctx.view.lower[k] in ctx.cues.conditional_then for k in rest[:3])


def _verb_evidence(ctx: DemandContext, piece: Bounds, i: int, clause_initial: bool) -> bool:
    """Whether token i is an imperative verb form: a listed stem; else a form that is no plural,
    infinitive, past or third person, tagged a present singular verb or closing its clause with
    a separable particle ("Vul dan het formulier in")."""
    cues, view = ctx.cues, ctx.view
    lower, pos = view.lower[i], view.pos[i]
    if lower in cues.imperative_stems:
        return True
    if pos in _CLOSED or (not clause_initial and pos not in _VERBAL):
        return False
    if lower.endswith(("en", "e")) or is_past(view, i):
        return False
    lemma = view.lemma[i]
    if lemma.endswith("en") and lemma[:3] == lower[:3] and imperative_form(cues, ctx.doc[i]):
        return True  # tagged a present singular verb, lemmatised to an infinitive
    if pos in ("ADV", "ADJ") or lower.endswith(("t", *cues.reader_calls.noun_endings)):
        return False
    rest = _clause_words(ctx, piece, i)
    return len(rest) >= 2 and view.lower[rest[-1]] in cues.separable_particles


def _generic(cues: DemandCues) -> frozenset[str]:
    """Generic subjects that cannot be a reflexive object ("men"; "je" can: "Schaam je niet")."""
    return cues.generic_subjects - cues.reader_calls.second_person


def _clause_words(ctx: DemandContext, piece: Bounds, i: int) -> list[int]:
    """The words after token i up to clause punctuation, a coordinator or a subordinate clause."""
    cues, view = ctx.cues, ctx.view
    orth, lower = view.orth, view.lower
    out = []
    for k in range(i + 1, piece.end):
        text = orth[k]
        if text in _CLAUSE_MARKS or text in ".!?" or ctx.quote[k] or view.is_space[k]:
            break
        if lower[k] in cues.reader_calls.coordinators:
            break
        if opens_subordinate_clause(view, k) and lower[k] not in cues.conditional_then:
            break  # "dan" (tagged a conjunction at times) goes on: "blijf dan thuis"
        out.append(k)
    return out


def _conjunct_end(ctx: DemandContext, piece: Bounds, v: Token) -> int:
    """Where the imperative's own conjunct ends (the filters judge this span)."""
    rest = _clause_words(ctx, piece, v.i)
    return (rest[-1] if rest else v.i) + 1


def _demand_end(ctx: DemandContext, piece: Bounds, v: Token) -> int:
    """The piece's end, or the comma before a reason ("…, want het zou kunnen …"), or the
    closing mark of the quotation the verb stands in (`quote_end`)."""
    reasons = ctx.cues.reader_calls.reason_coordinators
    end = quote_end(ctx, v.i, piece.end)
    for t in ctx.doc[v.i + 1 : end]:
        if t.lower_ in reasons and ctx.doc[t.i - 1].text == ",":
            return t.i - 1
    return end


def _continued(ctx: DemandContext, piece: Bounds, v: Token) -> bool:
    """The verb-first clause at `v` is a condition: after its clause punctuation comes "dan" or
    another imperative ("Heb je klachten, blijf dan thuis")."""
    cues, doc = ctx.cues, ctx.doc
    for t in doc[v.i + 1 : piece.end]:
        if t.text in (",", ":", ";"):
            after = [w for w in doc[t.i + 1 : piece.end] if w.is_alpha][:3]
            if any(w.lower_ in cues.conditional_then for w in after):
                return True
            if after and after[0].lower_ in cues.imperative_stems:
                return True
    return False


def _condition_start(ctx: DemandContext, piece: Bounds, v: Token, appeals: list[int]) -> int:
    """Where the demand starts: at the condition or lead-in before `v` ("Bij twijfel:", "Als u
    …", "mocht je …", "Koop je …,", "de oproep aan ziekenhuizen:"), else at `v`."""
    cues, words = ctx.cues, ctx.cues.reader_calls
    doc = ctx.doc
    segment = piece.start
    for t in doc[piece.start : v.i]:
        opens = t.i == segment or doc[t.i - 1].text in _CLAUSE_MARKS
        if t.lower_ in cues.conditional_inversion or (
            opens and t.lower_ in cues.conditional_subordinators
        ):
            return t.i
        verb_first = opens and t.is_alpha and t.pos_ not in _CLOSED and t.i + 1 < v.i
        if verb_first and doc[t.i + 1].lower_ in words.second_person:
            return t.i  # "ben je verkouden: blijf dan thuis"
        if t.text == ":":
            lead = [w for w in doc[segment : t.i] if w.is_alpha]
            short = 0 < len(lead) <= words.max_lead_words and not any(
                _finite(ctx, w.i) for w in lead
            )
            if short or _lead(ctx, segment, t.i, appeals) is not None:
                return segment
        if t.text in _CLAUSE_MARKS:
            segment = t.i + 1
    return v.i


def _lead_speaker(ctx: DemandContext, piece: Bounds, v: Token) -> str | None:
    """A speaker label right before the call's colon ("Burgemeester: blijf binnen", "Politie:
    bel 112"): a known person or organisation, or a role -- its holder, else the role noun."""
    doc = ctx.doc
    colon = doc[v.i - 1] if v.i > piece.start else None
    if colon is None or colon.text != ":":
        return None
    label = []
    for t in reversed(doc[piece.start : colon.i]):
        if not t.is_alpha:
            break
        label.insert(0, t)
    if not label or len(label) > ctx.cues.reader_calls.max_label_words:
        return None
    return label_speaker(ctx.index, " ".join(t.text for t in label))


def _appeal_words(ctx: DemandContext) -> list[int]:
    """The appeal words of the document (`_appeal_word`), in text order: found once, as a lead-in
    is looked for in every sentence. The noun test is asked of the nouns and names, the verb
    tests only of a word of `lead_verbs` (by form or lemma: the finder's candidates, `triggers`)."""
    view, words = ctx.view, ctx.cues.reader_calls
    verbal = ctx.candidates[KIND]
    return sorted(
        {i for i in ctx.nominals if ends_with_at(view, i, words.lead_nouns)}
        | {i for i in verbal if _appeal_word(ctx, i)}
    )


def _appeal_word(ctx: DemandContext, i: int) -> bool:
    """An appeal noun ("advies", "getuigenoproep"), or an appeal verb: tagged one, or the form
    right after a first-person subject ("willen we vragen": the small model reads a noun).
    Read from the view's columns: this runs for every word of every sentence."""
    words, view = ctx.cues.reader_calls, ctx.view
    if view.pos[i] in ("NOUN", "PROPN") and ends_with_at(view, i, words.lead_nouns):
        return True
    # the verb lists are lower case, so a case-folded lemma in them is a pre-filter for the
    # spaCy lemma as it is
    if (
        view.tag[i].startswith("WW")
        and view.lemma[i] in words.lead_verbs
        and ctx.doc[i].lemma_ in words.lead_verbs
    ):
        return True
    return (
        view.lower[i] in words.lead_verbs and i > 0 and view.lower[i - 1] in ctx.cues.first_person
    )


def _mistagged_noun(ctx: DemandContext, i: int, hi: int) -> list[Token]:
    """The one word after an appeal preposition that the tagger missed as a noun ("aan
    ziekenhuizen/ADV"): a content word, no connective."""
    if i >= hi:
        return []
    t = ctx.doc[i]
    content = t.is_alpha and t.is_lower and t.pos_ not in _CLOSED
    return [t] if content and t.lower_ not in ctx.cues.connectives else []


def _lead(ctx: DemandContext, lo: int, hi: int, appeals: list[int]) -> str | None:
    """The party a lead-in in [lo, hi) names as those the calls are for: an appeal noun or verb
    (one of `appeals`, from `_appeal_words`) with "aan/voor X" ("Advies aan omwonenden", "de
    oproep … aan ziekenhuizen"); a reader pronoun gives way to the noun phrase after the next
    comma ("Aan u willen we vragen, zorgpersoneel")."""
    words = ctx.cues.reader_calls
    doc = ctx.doc
    k = bisect_left(appeals, lo)
    if k == len(appeals) or appeals[k] >= hi:
        return None
    span = doc[lo:hi]
    for t in span:
        if t.lower_ not in words.appeal_prepositions:
            continue
        tokens = np_after(ctx, t.i + 1, hi) or _mistagged_noun(ctx, t.i + 1, hi)
        if tokens and tokens[0].lower_ in words.reader_pronouns:
            comma = next((w for w in doc[tokens[-1].i + 1 : hi] if w.text == ","), None)
            tokens = np_after(ctx, comma.i + 1, hi) if comma is not None else []
        if tokens:
            return party(ctx, tokens)
    return None
