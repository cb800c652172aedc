"""Numeric claims: every statistic a Dutch article asserts, with what it counts and who says it.

The number grammar (`pipeline.extract.numbers`) finds and normalises the quantities sentence by
sentence; this module adds what the Doc knows:
- the subject, a noun phrase as written of what is measured (`_Sentence.subject`): the counted
  noun, "X% van NP", what money is for ("uittrekken voor NP") or what costs it, the subject of the
  clause a change or year belongs to ("dat het tekort met 2% afneemt"), the antecedent of a
  relative clause ("de wet die in 2021 …"), or what was counted just before ("een kwart van hen");
  the noun after a duration ("twintig jaar cel"), what changed for a change noun ("een daling van
  1 procentpunt") or verb ("de wachtlijst te halveren"); never a time ("dit jaar"), never a
  person's name or part of one ("den Heuvel"): a subject is headed by a common noun;
- the source: a claim inside a quote → its speaker; else a source cue of its sentence, resolved
  through the EntityIndex ("Volgens de X", "…, aldus X", "blijkt uit onderzoek van X", "X meldt
  dat …"); a cue sentence that opens with "Dat" ("Dat schrijft de inspectie") sources its whole
  paragraph up to another cue or a quote. A law or rule after "volgens" ("artikel 10 van de
  huurwet", "de wet") is no source; a document is, as written ("rapport"). With no cue the source
  stays null: an article's own author or issuing organisation is not something the Doc tells us
  soundly;
- the English rendering.

Sentences are the parser's, joined again where a small parser split inside one
(`pipeline.text.sentences.reader_sentences`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc

from pipeline.english.values import value_en
from pipeline.extract.attribution import (
    attribution_words,
    is_listed_reporting_form,
    mentioned_entity,
    pronoun_referent,
    reporting_lemma,
    reporting_verb,
    source_words,
)
from pipeline.extract.numbers import (
    WORD_RE,
    YEAR_RE,
    Quantity,
    Word,
    find_quantities,
    number_words,
    split_phrase,
    vocab,
)
from pipeline.extract.resolve import EntityIndex
from pipeline.schema import Claim, Entity, Quote
from pipeline.text.datafiles import ClaimSources, sections
from pipeline.text.grammar import headed_by, is_finite, is_subordinating_conjunction
from pipeline.text.sentences import Sentence, reader_sentences
from pipeline.text.view import DocView

_NP_POS = {"DET", "PRON", "NUM", "ADJ", "NOUN", "PROPN"}
_HEAD_POS = {"NOUN", "PROPN"}
_PHRASE_START_POS = {"DET", "ADJ", "NOUN", "PROPN", "NUM"}
_COUNTED = frozenset({"people", "count"})
_CLAUSE_PUNCT = {",", ";", ":", "(", ")", "“", "”", "‘", "’", '"', "–", "—"}


def _cues() -> ClaimSources:
    """data/claim_sources.yaml, loaded once."""
    return sections(ClaimSources)


def sentence_words(sent: Sentence, view: DocView) -> tuple[list[Word], list[int]]:
    """The grammar's words of one sentence (as `tokenize` splits them), with document offsets and
    the POS of their token, and the index of that token (as `DocView.token_at` finds it, by one
    walk along the sentence's tokens since words come in text order)."""
    words, at = [], []
    starts, pos = view.starts, view.pos
    k, last = sent.start, len(starts) - 1
    for m in WORD_RE.finditer(view.text, sent.start_char, sent.end_char):
        char = m.start()
        while k < last and starts[k + 1] <= char:
            k += 1
        words.append(Word(m.group(), char, m.end(), pos[k]))
        at.append(k)
    return words, at


def _clause_final(words: list[Word], k: int) -> bool:
    """A verb-tagged word that ends its clause is the verb ("met 5 procent verhoogt,")."""
    return words[k].pos == "VERB" and (k + 1 == len(words) or not words[k + 1].text.isalnum())


def _plural(view: DocView, k: int, word: Word) -> bool:
    if k < 0:
        return False
    number = view.morph(k, "Number")
    if number:
        return number == ("Plur",)
    return word.text.endswith(("en", "s"))


@dataclass
class _Context:
    """What earlier sentences of the article found, for numbers that point back to it."""

    claims: list[Claim]
    previous: list[Claim]  # the claims of the paragraph's earlier sentences
    index: EntityIndex


class _Sentence:
    """One sentence, its words and its numbers, with the noun-phrase helpers subjects are built from.

    Subjects follow Dutch clause structure (ANS §10, §13) read from POS tags rather than from the
    parse alone, since the parser's attachments are the least reliable layer of a small model: a
    main clause has its subject first or right after the finite verb (V2), a subordinate clause
    right after its conjunction, a relative clause in its antecedent. The parse is a fallback.
    """

    def __init__(self, sent: Sentence, previous: list[Word], view: DocView) -> None:
        self.sent = sent
        self.doc = view.doc
        self.view = view
        self.words, self.tokens = sentence_words(sent, view)
        self.previous = previous
        self.found: list[Quantity] = []
        self.claimed: set[int] = set()
        self.subjects: dict[int, str | None] = {}

    def read_quantities(self, earlier: list[Claim]) -> list[Quantity]:
        """The sentence's quantities (the number grammar, helped by the lemmas).

        A scaled number without a unit that repeats an earlier amount of euros ("de 300 miljoen"
        after "300 miljoen euro") is that amount: Dutch leaves out "euro" once it is named.
        """
        if self.hypothetical():
            return []  # "Stel je voor: je bent tien jaar …": an example, nothing is measured
        found = find_quantities(self.words, self.view.lemma[self.sent.start : self.sent.end])
        amounts = {c.value for c in earlier if c.unit == "euro"}
        self.found = [
            replace(q, unit="euro")
            if q.unit == "count"
            and q.value in amounts
            and self.words[q.j - 1].low in number_words().scales
            else q
            for q in found
        ]
        self.claimed = {k for q in self.found for k in range(q.i, q.j)}
        return self.found

    def hypothetical(self) -> bool:
        """The sentence opens with "Stel"/"Veronderstel" (see claim_sources.yaml)."""
        return bool(self.words) and self.words[0].low in _cues().hypothetical_openers

    def text(self, words: list[Word], i: int, j: int) -> str:
        return self.view.text[words[i].start : words[j - 1].end]

    def low(self, k: int) -> str:
        return self.words[k].low if 0 <= k < len(self.words) else ""

    def np_right(self, k: int) -> tuple[int, int] | None:
        """Noun phrase starting at word k: determiners, numbers, adjectives, then its noun(s).

        Taggers often call a plural noun ADJ or VERB ("de jongeren", "7.000 gezinnen"), so a
        nominalised adjective (Lassy tag ADJ|nom) is a noun, and when no noun follows, the first
        content word after the determiners is taken as the head. Two plural nouns in a row are
        two phrases ("300 scholen | groepen naar huis sturen").
        """
        words = self.words
        j = k
        while j < len(words) and words[j].pos in {"DET", "PRON", "NUM"}:
            j += 1
        first_content = j
        while (
            j + 1 < len(words)
            and words[j].text.isalpha()
            and not self.nounlike(j)
            and (
                words[j].pos == "ADJ"
                or (words[j].pos == "VERB" and words[j].low.endswith("e") and self.nounlike(j + 1))
            )
        ):
            j += 1  # adjectives and inflected participles ("de ondervraagde boeren")
        if j < len(words) and self.nounlike(j):
            while (
                j + 1 < len(words)
                and words[j + 1].pos in _HEAD_POS
                and not (self.plural(j) and self.plural(j + 1))
            ):
                j += 1
            if (
                words[j].low in _cues().measure_nouns
                and j + 1 < len(words)
                and j + 1 not in self.claimed
                and words[j + 1].pos in {"ADJ", "NOUN", "VERB", "NUM"}
            ):
                counted = self.np_right(j + 1)  # "het aandeel elektrische auto's"
                if counted:
                    return k, counted[1]
            return k, j + 1
        if (
            first_content < len(words)
            and words[first_content].text.isalpha()
            and words[first_content].pos in {"ADJ", "VERB", "NOUN"}
            and not _clause_final(words, first_content)
        ):
            return k, first_content + 1
        return None

    def nounlike(self, k: int) -> bool:
        """A noun by its UPOS or its Lassy tag (small models disagree between the two:
        "gevangenisstraf" ADJ but N|soort), a nominalised adjective, or a lower-case word tagged
        as a preposition that is none: prepositions are a closed class ("twintig jaar cel")."""
        word = self.words[k]
        return (
            word.pos in _HEAD_POS
            or self.view.tag_at(self.tokens[k]).startswith(("ADJ|nom", "N|soort"))
            or (
                word.pos == "ADP"
                and word.text.isalpha()
                and word.text.islower()
                and word.low not in _cues().prepositions
            )
        )

    def plural(self, k: int) -> bool:
        return self.nounlike(k) and _plural(self.view, self.tokens[k], self.words[k])

    def counted_noun(self, j: int, counting: bool = False) -> str | None:
        """Noun right after a number ("300 slachtoffers", "duizend minderjarige slachtoffers").

        With `counting` (a people or count claim, where a noun must follow), an untagged or
        adverb-tagged word right after the number is taken as that noun.
        """
        k = j
        while k < len(self.words) and self.words[k].low in _cues().counted_noun_skips:
            k += 1
        if k >= len(self.words) or self.words[k].pos in {"DET", "PRON", "NUM"}:
            return None
        span = self.np_right(k)
        if span and (counting or self.nounlike(span[1] - 1) or not self.finite(span[1] - 1)):
            return self.text(self.words, *span)  # "Een derde | wacht": a finite verb is no noun
        word = self.words[k]
        if (
            counting
            and word.text.isalpha()
            and word.text.islower()
            and word.pos in {"ADV", "X", ""}
        ):
            return word.text  # a plural noun the tagger missed: "600.000 huishoudens" as ADV
        return None

    def of_phrase(self, q: Quantity, ctx: _Context) -> str | None:
        """ "X% van deze groep" after the claim, "van deze 1.300 meisjes is X%" just before it, or
        "Van de huurwoningen … is X% verbeterd" opening its clause; "van hen" is the people
        counted just before."""
        w = self.words
        if q.j < len(w) and w[q.j].low in _cues().of_words:
            if self.low(q.j + 1) in _cues().plural_pronouns and self.pronoun(q.j + 1):
                persons = self.low(q.j + 1) in _cues().object_pronouns  # "hen": persons only
                return self.counted_before(q, ctx, frozenset({"people"}) if persons else _COUNTED)
            span = self.np_right(q.j + 1)
            if span and self.acceptable(span, q.unit, ctx.index):
                return self.text(w, *span)
        start = self.clause_start(q.i)[0]
        for k in range(q.i - 2, -1, -1):
            if w[k].low in _cues().of_words:
                span = self.np_right(k + 1)
                if (
                    span
                    and (q.i - span[1] <= 2 or k in {0, start})
                    and self.acceptable(span, q.unit, ctx.index)
                ):
                    return self.text(w, *span)
                return None
        return None

    def pronoun(self, k: int) -> bool:
        """A pronoun standing alone ("hen", "je"), not a possessive or demonstrative before a noun."""
        if self.words[k].low in _cues().object_pronouns:
            return True
        nxt = self.words[k + 1].pos if k + 1 < len(self.words) else ""
        return self.words[k].pos == "PRON" and nxt not in {"ADJ", "NOUN", "PROPN", "NUM"}

    def comparative(self, k: int) -> bool:
        """ "4,8 procent duurder", "14 procent minder": a comparative after a share makes it a
        change of what the sentence counted before or of the clause's subject, not a share of a
        noun. By word list: small taggers call "duurder" a noun and "jongeren" a comparative."""
        return self.low(k) in _cues().comparatives

    def counted_before(
        self, q: Quantity, ctx: _Context, units: frozenset[str] = _COUNTED
    ) -> str | None:
        """Subject of the last people or count claim before `q`: what "hen" or "dat" stands for.
        How often something happened ("vijftien keer") counts no things."""
        for e in reversed(self.found[: self.found.index(q)]):
            if e.unit in units and e.form != "times" and self.subjects.get(e.i):
                return self.subjects[e.i]
        for c in reversed(ctx.previous):
            if (
                c.unit in units
                and c.subject
                and split_phrase(c.text)[-1] not in number_words().times_words
            ):
                return c.subject
        return None

    def plural_before(self, q: Quantity) -> str | None:
        """Nearest plural noun before the claim, in this sentence or the one before."""
        for words, end in ((self.words, q.i), (self.previous, len(self.previous))):
            for k in range(end - 1, -1, -1):
                if vocab().units.get(words[k].low) in {"year", "other"}:
                    continue
                token = self.view.token_at(words[k].start)
                nominal = words[k].pos == "NOUN" or self.view.tag_at(token).startswith("ADJ|nom")
                if nominal and _plural(self.view, token, words[k]):
                    first = k
                    while first > 0 and words[first - 1].pos == "ADJ":
                        first -= 1
                    return self.text(words, first, k + 1)
        return None

    def np_left(self, k: int) -> tuple[int, int] | None:
        """Noun phrase ending at word k-1 ("de reorganisatie van de politie" before "in 2013"),
        not reaching into another claim or back over a relative pronoun."""
        w, of = self.words, _cues().of_words
        if k == 0 or w[k - 1].pos not in _HEAD_POS or k - 1 in self.claimed:
            return None
        first = k - 1
        if w[first].pos == "PROPN":  # a name takes no modifiers before it
            while first > 0 and w[first - 1].pos == "PROPN":
                first -= 1
            return first, k
        while (
            first > 0
            and first - 1 not in self.claimed
            and (w[first - 1].pos in _NP_POS or w[first - 1].low in of or self.np_pp(first - 1))
            and not self.relative(first - 1)
            and not YEAR_RE.fullmatch(w[first - 1].text)  # "in 2027 | een tekort"
        ):
            if w[first].pos == "DET" and not (w[first - 1].low in of or self.np_pp(first - 1)):
                break  # "een verhuurder | de huur", "beloofde | de wachtlijst": a phrase starts
            first -= 1
        while w[first].low in of or w[first].pos not in _PHRASE_START_POS:
            first += 1
        return first, k

    def np_pp(self, k: int) -> bool:
        """ "voor"/"aan" at word k modifies the noun before it when that noun has its own
        determiner ("het budget voor natuur", "de uitgaven aan zorg"); after a bare noun it
        belongs to the verb ("betalen studenten voor een kamer")."""
        return (
            self.low(k) in _cues().noun_modifier_preps
            and k >= 2
            and self.nounlike(k - 1)
            and self.words[k - 2].pos == "DET"
        )

    def np_before(self, k: int, unit: str, index: EntityIndex | None = None) -> str | None:
        """The acceptable noun phrase right before word k (see `acceptable`)."""
        span = self.np_left(k)
        if span is None or not self.acceptable(span, unit, index):
            return None
        if span[0] > 0 and self.low(span[0] - 1) in source_words():
            return None  # "volgens het rapport in 2019": a source, not what happened
        return self.text(self.words, *span)

    def np(self, k: int) -> tuple[int, int] | None:
        """Noun phrase starting at word k, with "van"/"met" links ("de uitstoot van stikstof"),
        none of its words part of a claim."""
        w = self.words
        if k >= len(w) or self.pronoun(k):
            return None
        span = self.np_right(k)
        if span is None or any(x in self.claimed for x in range(*span)):
            return None
        a, b = span
        if b - a == 1 and not self.nounlike(a):
            return None  # a lone adjective or verb ("beschikbaar komt") is no subject
        for _ in range(2):
            if b < len(w) and w[b].low in _cues().subject_links:
                link = self.np_right(b + 1)
                if link and not any(x in self.claimed for x in range(b, link[1])):
                    b = link[1]
                    continue
            break
        return a, b

    def head(self, span: tuple[int, int]) -> int:
        """The head noun: the last noun before any link."""
        a, b = span
        k = a
        while k + 1 < b and self.words[k + 1].low not in _cues().subject_links:
            k += 1
        return k

    def is_time(self, span: tuple[int, int]) -> bool:
        low = self.words[self.head(span)].low
        return low in _cues().time_nouns or vocab().units.get(low) in {"year", "other"}

    def acceptable(
        self, span: tuple[int, int], unit: str, index: EntityIndex | None = None
    ) -> bool:
        """A subject is never a time ("dit jaar"), never money itself for a euro amount ("een
        bedrag"), and never a person's name or part of one ("Anouk", "den Heuvel" of "Riet van
        den Heuvel"): what is measured is named by a common noun."""
        if self.is_time(span):
            return False
        head = self.words[self.head(span)]
        if unit == "euro" and head.low in _cues().money_nouns:
            return False
        if index is not None:
            for word in (self.words[span[0]], head):
                entity = index.at(word.start, word.end)
                if entity is not None and entity.label == "PERSON":
                    return False
        return True

    def relative(self, k: int) -> bool:
        """ "die"/"dat" opening a relative clause: right after a noun, or after a comma after one."""
        if self.low(k) not in _cues().relatives or k == 0:
            return False
        before = k - 1
        if self.words[before].text == "," and before > 0:
            before -= 1
        return self.words[before].pos in _HEAD_POS and before not in self.claimed

    def finite(self, k: int) -> bool:
        token = self.tokens[k]
        return token >= 0 and is_finite(self.view, token)

    def subordinator(self, k: int) -> bool:
        token = self.tokens[k]
        if token >= 0 and is_subordinating_conjunction(self.view, token):
            return self.low(k) not in _cues().not_clause_openers
        return self.low(k) in _cues().relative_adverbs and k > 0 and self.words[k - 1].text == ","

    def clause_start(self, k: int) -> tuple[int, str]:
        """First word of the clause holding word k, and how it opens: "rel", "sub" or "main"."""
        for a in range(k - 1, -1, -1):
            if a in self.claimed:
                continue
            if self.relative(a):
                return a + 1, "rel"
            if self.subordinator(a):
                return a + 1, "sub"
            if self.words[a].text in _CLAUSE_PUNCT and not self.list_comma(a):
                return a + 1, "main"
        return 0, "main"

    def list_comma(self, a: int) -> bool:
        """A comma between nouns of a list closed by "en"/"of" ("musea, theaters en poppodia"):
        it joins words of one noun phrase, it opens no clause."""
        w = self.words
        if w[a].text != "," or a == 0 or not self.nounlike(a - 1):
            return False
        k = a + 1
        while k < len(w) and (self.nounlike(k) or w[k].pos in {"DET", "ADJ"} or w[k].text == ","):
            k += 1
        return k > a + 1 and self.low(k) in _cues().list_conjunctions and self.nounlike(k - 1)

    def claim_at(self, k: int) -> Quantity | None:
        return next((q for q in self.found if q.i <= k < q.j), None)

    def first_np(self, a: int, unit: str, index: EntityIndex) -> str | None:
        """Subject of a clause whose subject comes first from word a on: adverbs, "er",
        prepositional phrases, times and other claims are passed over; a pronoun ends the search."""
        w = self.words
        k = a
        while k < len(w) and w[k].text not in _CLAUSE_PUNCT:
            claim = self.claim_at(k)
            if claim is not None:
                k = claim.j
                continue
            if w[k].pos in {"VERB", "AUX", "SCONJ"} or self.pronoun(k):
                return None
            if w[k].pos == "ADP":
                span = self.np(k + 1)
                k = span[1] if span else k + 1
                continue
            span = self.np(k)
            if span is None:
                k += 1
                continue
            if self.is_time(span):
                k = span[1]
                continue
            return self.text(w, *span) if self.acceptable(span, unit, index) else None
        return None

    def clause_subject(self, q: Quantity, index: EntityIndex) -> str | None:
        """Subject of the clause the claim stands in (see the class doc); the parse as fallback."""
        a, kind = self.clause_start(q.i)
        w = self.words
        if kind == "rel":
            k = a - 1 if w[a - 2].text != "," else a - 2
            span = self.np_left(k)
            return self.text(w, *span) if span and self.acceptable(span, q.unit, index) else None
        if kind == "sub":
            return self.first_np(a, q.unit, index) or self.parsed_subject(q, index)
        while a < len(w) and w[a].pos == "CCONJ":
            a += 1
        if a >= len(w):
            return None
        claim = self.claim_at(a)
        if claim is not None and claim is not q:
            return self.subjects.get(claim.i)
        if a > 0 and self.finite(a):
            return self.first_np(0, q.unit, index)  # "Het aantal …, daalde": the sentence's subject
        span = self.np(a)
        if span is not None and not self.is_time(span):
            return self.text(w, *span) if self.acceptable(span, q.unit, index) else None
        verb = next(
            (k for k in range(a + 1, len(w)) if k not in self.claimed and self.finite(k)),
            a + 1 if w[a].pos == "ADV" else None,
        )
        if verb is not None:
            return self.first_np(verb + 1, q.unit, index)
        return self.parsed_subject(q, index)

    def parsed_subject(self, q: Quantity, index: EntityIndex) -> str | None:
        """Subject of the first verb above the claim in the parse, when it lies in this sentence."""
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            return None
        token = span.root
        for _ in range(4):
            if token.pos_ in {"VERB", "AUX"} or token.head is token:
                break
            token = token.head
        for child in token.children:
            if child.dep_.startswith("nsubj") and child.pos_ in _HEAD_POS:
                if q.start <= child.idx < q.end or not self.sent.start <= child.i < self.sent.end:
                    continue
                k = next((n for n, w in enumerate(self.words) if w.start == child.idx), None)
                if k is None:
                    continue
                first = k
                while first > 0 and self.words[first - 1].pos in {"DET", "ADJ"}:
                    first -= 1
                if self.acceptable((first, k + 1), q.unit, index):
                    return self.text(self.words, first, k + 1)
        return None

    def purpose(self, q: Quantity, index: EntityIndex) -> str | None:
        """What money is for: "voor/aan/naar NP" after the amount in its clause ("in NP" after an
        investment verb), else "voor NP" before it ("betalen voor een kamer … € 680")."""
        cues = _cues()
        w = self.words
        preps = cues.purpose_preps
        if any(word.low in cues.invest_verbs for word in w):
            preps = preps | {"in"}
        k = q.j
        while k < min(len(w), q.j + 7) and w[k].text not in _CLAUSE_PUNCT:
            if k in self.claimed or self.subordinator(k):
                break
            if w[k].low in cues.rate_prepositions:
                k += 2
                continue
            if w[k].low in preps:
                span = self.np(k + 1)
                if span and self.acceptable(span, "euro", index):
                    return self.text(w, *span)
            k += 1
        a = self.clause_start(q.i)[0]
        opening = self.np_right(a)
        for k in range(a, q.i):
            if w[k].low in cues.purpose_preps_before and not (opening and opening[1] == k):
                # not inside the clause's subject: "De subsidie voor musea daalt van …"
                span = self.np(k + 1)
                if span and self.acceptable(span, "euro", index):
                    return self.text(w, *span)
        return None

    def previous_subject(self, q: Quantity, ctx: _Context) -> str | None:
        """Subject of the paragraph's last earlier claim of the same unit."""
        for c in reversed(ctx.previous):
            if c.unit == q.unit and c.subject:
                return c.subject
        return None

    def noun_before_name(self, k: int, index: EntityIndex) -> str | None:
        """The common noun before the person name that ends at word k ("Bewoonster" of
        "Bewoonster Riet de Vries (87)"); None when the name stands alone: a subject is never a
        name."""
        first = k
        while first > 0:
            entity = index.at(self.words[first - 1].start, self.words[first - 1].end)
            if entity is None or entity.label != "PERSON":
                break
            first -= 1
        if first == k:
            return None
        return self.np_before(first, "age", index)

    def earlier_subject(
        self,
        q: Quantity,
        units: frozenset[str] = frozenset({"people", "count", "ratio", "percent"}),
    ) -> str | None:
        """Subject of the sentence's last claim before `q` of what is counted or shared."""
        for e in reversed(self.found[: self.found.index(q)]):
            if e.unit in units and self.subjects.get(e.i):
                return self.subjects[e.i]
        return None

    def measure_subject(self, q: Quantity, index: EntityIndex) -> str | None:
        """The clause subject when it names a measure ("Het aantal opleidingsplaatsen")."""
        subject = self.clause_subject(q, index)
        if subject and any(w.lower() in _cues().measure_nouns for w in subject.split()[:2]):
            return subject
        return None

    def subject(self, q: Quantity, ctx: _Context) -> str | None:
        """What `q` measures, by unit and by the words around it (see the class doc)."""
        subject = self._subject(q, ctx)
        self.subjects[q.i] = subject
        return subject

    def _subject(self, q: Quantity, ctx: _Context) -> str | None:
        index = ctx.index
        earlier = self.found[: self.found.index(q)]
        if q.elided:
            for e in reversed(earlier):
                if e.unit == q.unit and not e.elided:
                    return self.counted_noun(e.j, counting=True) or self.plural_before(q)
            return self.of_phrase(q, ctx) or self.counted_before(q, ctx) or self.plural_before(q)
        before = self.low(q.i - 1)
        if any(w.low in number_words().rank_nouns for w in self.words[q.i : q.j]):
            # "staat Nederland inmiddels op plaats 3": what holds the rank stands before "op"
            k = q.i - 1 if before in _cues().rank_prepositions else q.i
            while k > 0 and self.words[k - 1].pos == "ADV":
                k -= 1
            return self.np_before(k, q.unit) or self.clause_subject(q, index)
        if q.unit in {"other", "year"} and before in _cues().of_words:
            return self.np_before(q.i - 1, q.unit) or self.clause_subject(q, index)
        if q.unit == "euro":
            same = [c.subject for c in ctx.claims if c.unit == "euro" and c.value == q.value]
            return (
                (self.np_before(q.i - 1, q.unit) if before in _cues().amount_links else None)
                or self.purpose(q, index)
                or next((s for s in reversed(same) if s), None)  # an amount named before
                or self.clause_subject(q, index)
            )
        if q.unit == "percent" and before in _cues().change_prepositions:
            # "de huur met 5 procent verhogen", "dat het tekort met 2 procent afneemt"
            return self.np_before(q.i - 1, q.unit) or self.clause_subject(q, index)
        if q.form == "times" and q.unit == "count":
            return self.clause_subject(q, index)  # "was ruim vijftien keer in de straat"
        if q.unit in {"people", "count"}:
            return (
                self.counted_noun(q.j, counting=True)
                or self.of_phrase(q, ctx)
                or self.measure_subject(q, index)
                or self.counted_before(q, ctx)
                or self.plural_before(q)
            )
        if q.unit in {"percent", "ratio"} and q.form != "change":
            if before in _cues().of_words and self.low(q.i - 2) in _cues().change_nouns:
                # "Dat is een daling van 1 procentpunt": what declined, never the change itself
                clause = self.clause_subject(q, index)
                if clause and any(x.lower() in _cues().change_nouns for x in clause.split()):
                    clause = None
                amounts = frozenset({"people", "count", "ratio", "percent", "euro"})
                return (
                    self.earlier_subject(q, amounts)  # "1,1 miljard euro, een stijging van 2%"
                    or clause
                    or self.previous_subject(q, ctx)
                )
            if self.comparative(q.j):  # "3.100 klachten, ruim 30 procent meer"
                earlier = self.found[: self.found.index(q)]
                counted = [e for e in earlier if e.unit in _COUNTED and self.subjects.get(e.i)]
                return (
                    (self.subjects[counted[-1].i] if counted else None)
                    or self.clause_subject(q, index)
                    or self.plural_before(q)
                )
            if before in _cues().target_preps:
                return self.clause_subject(q, index) or self.plural_before(q)
            if before in _cues().of_words and self.low(q.j) not in _cues().of_words | {""}:
                own = self.np_before(q.i - 1, q.unit)  # "de Europese norm van 3 procent"
                if own:
                    return own
            return (
                self.of_phrase(q, ctx)
                or self.counted_noun(q.j)
                or self.counted_before(q, ctx)
                or self.clause_subject(q, index)
                or self.plural_before(q)
            )
        if q.unit == "age":
            if q.form == "age":  # "een 34-jarige man"
                noun = self.counted_noun(q.j)
                if noun:
                    return noun
            if before == "(":  # "Bewoonster Riet de Vries (87)"
                return self.noun_before_name(q.i - 1, index)
            k = q.i - 1 if before in _cues().of_words else q.i
            return self.np_before(k, q.unit) or self.earlier_subject(q) or self.plural_before(q)
        if q.unit in {"year", "other"} and q.j < len(self.words) and self.nounlike(q.j):
            span = self.np(q.j)  # a duration of something: "twintig jaar cel"
            if span and not self.is_time(span) and self.words[q.j].text.islower():
                return self.text(self.words, *span)
        if q.form == "change":
            # "beloofde de kinderarmoede te halveren", "heeft het budget verdubbeld": the object
            # right before the verb changes; else the clause subject ("Het aantal … verdubbeld")
            k = q.i - 1 if before in _cues().infinitive_markers else q.i
            return self.np_before(k, q.unit, index) or self.clause_subject(q, index)
        if q.form == "year":
            if self.clause_start(q.i)[1] == "rel":  # "de wet die in 2021 werd ingevoerd"
                return self.clause_subject(q, index)
            return self.np_before(q.i, q.unit) or self.clause_subject(q, index)
        return self.clause_subject(q, index)

    def source(self, index: EntityIndex) -> tuple[str | None, bool]:
        """Who gives this sentence's numbers, by the first source cue in it (see module doc), and
        whether the cue cites a source ("volgens X", "blijkt uit … van X": it outranks a quote's
        speaker, who cites X) rather than reports a speaker ("X meldt", "aldus X")."""
        cues = attribution_words()
        w = self.words
        for k, word in enumerate(w):
            if word.low in source_words():
                cited = word.low in cues.according_to  # "volgens X" cites, "aldus X" reports
                named = self.np_source(index, k + 1, cited)
                if named is not None:
                    return named, cited
                continue  # "volgens artikel 10": a rule, no source; a later cue may name one
            if word.low in cues.evidence_verbs:
                entity = self.evidence_source(index, k)
                if entity is not None:
                    return entity.name, True
            if self.reporting(k):
                entity = self.reporter(index, k)
                if entity is not None:
                    return entity.name, False
        return None, False

    def reporting(self, k: int) -> bool:
        """Word k is a finite reporting verb (attribution.yaml), its particle in the clause. Its
        subject gives the numbers, so a participle does not count: "werden in Noord-Brabant
        gemeld" is passive, and "heeft gemeld" has its subject with the auxiliary."""
        token = self.tokens[k]
        if reporting_lemma(self.view, token) is None:
            return False
        if not (self.finite(k) or is_listed_reporting_form(self.words[k].low)):
            return False
        later = (word.low for word in self.words[k + 1 : self.clause_bounds(k)[1]])
        return reporting_verb(self.view, token, later) is not None

    def opens_with_anaphor(self) -> bool:
        """ "Dat schrijft de inspectie": the cue points back at the sentence before."""
        return bool(self.words) and self.words[0].low in attribution_words().anaphors

    def np_end(self, k: int) -> int:
        """End of the noun phrase starting at word k ("het ministerie van OCW", not "… in 2019")."""
        w = self.words
        end = k
        while end < len(w) and (
            w[end].pos in {"DET", "ADJ", "NOUN", "PROPN"}
            or (end > k and w[end - 1].pos == "DET" and w[end].text.isalpha())  # mis-tagged noun
            or (
                w[end].pos == "NUM" and end > k and w[end - 1].low in number_words().reference_words
            )
            or (
                w[end].low in _cues().np_links
                and end + 1 < len(w)
                and w[end + 1].pos in {"DET", "NOUN", "PROPN"}
            )
        ):
            end += 1
        return end

    def legal(self, a: int, b: int) -> bool:
        """The noun phrase a..b-1 names a law or rule: its first noun is a legal noun or a
        compound headed by one ("huurwet", "Wetboek van Strafrecht")."""
        legal = attribution_words().legal_sources
        for word in self.words[a:b]:
            if word.low in _cues().np_links:
                break
            if word.pos in _HEAD_POS or word.low in legal:
                return headed_by((word.low,), legal, 3)
        return False

    def entity_in(self, index: EntityIndex, a: int, b: int) -> Entity | None:
        """First entity with a mention among words a..b-1."""
        return mentioned_entity(index, ((word.start, word.end) for word in self.words[a:b]))

    def np_source(self, index: EntityIndex, k: int, complement: bool = False) -> str | None:
        """The source named by the noun phrase at word k: an entity's canonical name, the entity
        a pronoun or a role stands for, else the phrase as written ("het rapport" → "rapport",
        "ingewijden"). A legal provision ("artikel 10 van de huurwet", "de wet") is no source: it
        sets a norm, nobody reports through it (data/attribution.yaml, legal_sources).

        With `complement` (after "volgens", whose complement is always a noun phrase), a word the
        tagger calls a verb or adjective is the phrase's noun: "volgens ingewijden/deskundigen".
        """
        w = self.words
        if k >= len(w):
            return None
        if w[k].pos == "PRON":
            return pronoun_referent(index, w[k].start, w[k].low, self.view.text).name
        end = self.np_end(k)
        if end == k and complement and w[k].text.isalpha() and w[k].pos not in {"ADP", "ADV"}:
            end = self.np_end(k + 1) if self.low(k + 1) in _cues().np_links else k + 1
        if end == k:
            return None
        start = k + 1 if w[k].pos == "DET" and end > k + 1 else k
        if self.legal(start, end):
            return None
        phrase = self.text(w, start, end)
        entity = index.resolve(phrase, before=w[start].start) or self.entity_in(index, start, end)
        if entity is None and end == start + 1 and phrase.islower():
            entity = index.by_role(phrase)
        return entity.name if entity else phrase

    def clause_bounds(self, k: int) -> tuple[int, int]:
        """Words of the clause around word k: up to punctuation or a subordinator on either side."""
        w = self.words
        stops = {"PUNCT", "SCONJ"}
        limits = _cues()
        a = k
        while (
            a > 0 and w[a - 1].pos not in stops and w[a - 1].low not in limits.clause_limits_before
        ):
            a -= 1
        b = k + 1
        while b < len(w) and w[b].pos not in stops and w[b].low not in limits.clause_limits_after:
            b += 1
        return a, b

    def evidence_source(self, index: EntityIndex, k: int) -> Entity | None:
        """ "blijkt uit onderzoek van X" / "Uit cijfers van X blijkt": the entity named with uit."""
        a, b = self.clause_bounds(k)
        lows = [word.low for word in self.words]
        uit = attribution_words().evidence_preposition
        if uit in lows[k + 1 : b]:
            return self.entity_in(index, lows.index(uit, k + 1) + 1, b)
        if uit in lows[a:k]:
            return self.entity_in(index, lows.index(uit, a) + 1, k)
        return None

    def reporter(self, index: EntityIndex, k: int) -> Entity | None:
        """Subject of the reporting verb at word k when it is a known entity or a pronoun for one:
        after the verb in an inverted clause ("Dat schrijft de inspectie"), else before it."""
        w = self.words
        a, b = self.clause_bounds(k)
        after = k + 1
        subjects = attribution_words().third_person_subject
        if after < b and w[after].pos == "PRON" and w[after].low in subjects:
            return pronoun_referent(index, w[after].start, w[after].low, self.view.text).entity
        if after < b:
            entity = self.entity_in(index, after, self.np_end(after))
            if entity is not None:
                return entity
        if a < k and w[k - 1].pos == "PRON" and w[k - 1].low in subjects:
            return pronoun_referent(index, w[k - 1].start, w[k - 1].low, self.view.text).entity
        opening = self.insertion_before(a)
        if a == k and opening is not None:  # "Het COA, dat de azc's beheert, meldt"
            return self.entity_in(index, self.clause_bounds(opening - 1)[0], opening)
        return self.entity_in(index, a, k)

    def insertion_before(self, a: int) -> int | None:
        """The comma opening an insertion that closes right before word a -- a relative clause
        (", dat de azc's beheert,") or an apposition without a verb (", de opvangorganisatie,")
        -- when a subject stands before it; else None."""
        w = self.words
        if a < 3 or w[a - 1].text != ",":
            return None
        for p in range(a - 2, 0, -1):
            if w[p].text == ",":
                inserted = range(p + 1, a - 1)
                if self.relative(p + 1) or not any(self.finite(x) for x in inserted):
                    return p
                return None
            if w[p].text in _CLAUSE_PUNCT or w[p].pos == "SCONJ":
                return None
        return None


def _speaker(quotes: list[Quote], start: int, end: int) -> str | None:
    for quote in quotes:
        if quote.start <= start and end <= quote.end:
            return quote.speaker
    return None


def _quoted(quotes: list[Quote], sent: Sentence) -> bool:
    return any(q.start < sent.end_char and q.end > sent.start_char for q in quotes)


def extract_claims(
    doc: Doc, index: EntityIndex, quotes: list[Quote], view: DocView | None = None
) -> list[Claim]:
    """Every numeric claim of `doc`, ids c1, c2, ... in text order.

    A report cue that points back ("Dat schrijft de inspectie …") sources the numbers of its
    whole paragraph: the sentences before it back to one with a cue or quote of its own, and
    those after it until another cue or quote intervenes.
    """
    view = view or DocView.of(doc)
    text = view.text
    claims: list[Claim] = []
    previous: list[Word] = []
    paragraph: list[tuple[bool, list[int]]] = []  # per sentence: has its own cue/quote, claims
    carry: str | None = None
    for sent in reader_sentences(view):
        sentence = _Sentence(sent, previous, view)
        found = sentence.read_quantities(claims)
        source, cited = sentence.source(index)
        quoted = _quoted(quotes, sent)
        if source and sentence.opens_with_anaphor():
            for n, (closed, members) in enumerate(reversed(paragraph)):
                if closed and n > 0:
                    break
                for m in members:
                    if claims[m].attributed_to is None:
                        claims[m] = claims[m].model_copy(update={"attributed_to": source})
            carry = source
        elif source or quoted:
            carry = None
        ctx = _Context(claims, [claims[m] for _, members in paragraph for m in members], index)
        first = len(claims)
        for q in found:
            claim = Claim(
                id=f"c{len(claims) + 1}",
                text=text[q.start : q.end],
                start=q.start,
                end=q.end,
                value=q.value,
                value_max=q.value_max,
                unit=q.unit,
                hedge=q.hedge,
                subject=sentence.subject(q, ctx),
                sentence=text[sent.start_char : sent.end_char],
                sentence_start=sent.start_char,
                sentence_end=sent.end_char,
                attributed_to=(
                    (source if cited else None)
                    or _speaker(quotes, q.start, q.end)
                    or source
                    or carry
                ),
            )
            claims.append(claim.model_copy(update={"value_en": value_en(claim)}))
        if "\n" in sent.text_with_ws[-2:] or "\n" in text[sent.end_char : sent.end_char + 1]:
            previous, paragraph, carry = [], [], None
        else:
            previous = sentence.words
            paragraph.append((bool(source) or quoted, list(range(first, len(claims)))))
    return claims
