"""Numeric claims: every statistic a Dutch article asserts, with what it counts and who says it.

The number grammar (`pipeline.extract.numbers`) finds and normalises the quantities sentence by
sentence; this module adds what the Doc knows: the noun phrase that is measured (the counted noun,
"X% van NP", or the nearest plural noun before it), the source (a claim inside a quote → its
speaker; else a source cue of its sentence, resolved through the EntityIndex: "Volgens de X",
"…, aldus X", "blijkt uit onderzoek van X", "X meldt dat …"; a cue sentence that opens with "Dat"
also sources the sentence before it) and the English rendering. With no cue the source stays null:
an article's own author or issuing organisation is not something the Doc tells us soundly.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import yaml
from spacy.tokens import Doc, Span

from pipeline.english.values import value_en
from pipeline.extract.numbers import Quantity, Word, find_quantities, tokenize, vocab
from pipeline.extract.resolve import EntityIndex
from pipeline.schema import Claim, Entity, Quote

_NP_POS = {"DET", "PRON", "NUM", "ADJ", "NOUN", "PROPN"}
_HEAD_POS = {"NOUN", "PROPN"}
_EDGE_POS = {"PUNCT", "VERB", "AUX", "ADP", "SCONJ", "CCONJ", "ADV"}


@dataclass(frozen=True)
class _Cues:
    according_to: frozenset[str]
    evidence_verbs: frozenset[str]
    reporting_verbs: frozenset[str]
    anaphors: frozenset[str]
    np_links: frozenset[str]


@cache
def _cues() -> _Cues:
    """data/claim_sources.yaml, loaded once."""
    raw = yaml.safe_load(files("pipeline.data").joinpath("claim_sources.yaml").read_text("utf-8"))
    return _Cues(**{key: frozenset(words) for key, words in raw.items()})


def sentence_words(sent: Span) -> list[Word]:
    """The grammar's words of one sentence, with document offsets and the POS of their token."""
    doc = sent.doc
    words = []
    for w in tokenize(sent.text):
        start, end = w.start + sent.start_char, w.end + sent.start_char
        span = doc.char_span(start, end, alignment_mode="expand")
        pos = span[0].pos_ if span is not None and len(span) else ""
        words.append(Word(w.text, start, end, pos))
    return words


def _plural(word: Word, sent_doc: Doc) -> bool:
    span = sent_doc.char_span(word.start, word.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    number = span[0].morph.get("Number")
    if number:
        return number == ["Plur"]
    return word.text.endswith(("en", "s"))


class _Sentence:
    """One sentence and its words, with the noun-phrase helpers subjects are built from."""

    def __init__(self, sent: Span, previous: list[Word]) -> None:
        self.sent = sent
        self.doc = sent.doc
        self.words = sentence_words(sent)
        self.previous = previous

    def text(self, words: list[Word], i: int, j: int) -> str:
        return self.doc.text[words[i].start : words[j - 1].end]

    def np_right(self, words: list[Word], k: int) -> tuple[int, int] | None:
        """Noun phrase starting at word k: determiners, numbers, adjectives, then its noun(s).

        Taggers often call a plural noun ADJ or VERB ("de jongeren", "7.000 gezinnen"), so when no
        noun follows, the first content word after the determiners is taken as the head.
        """
        j = k
        while j < len(words) and words[j].pos in {"DET", "PRON", "NUM"}:
            j += 1
        first_content = j
        while j < len(words) and words[j].pos == "ADJ" and words[j].text.isalpha():
            j += 1
        if j < len(words) and words[j].pos in _HEAD_POS:
            while j + 1 < len(words) and words[j + 1].pos in _HEAD_POS:
                j += 1
            return k, j + 1
        if (
            first_content < len(words)
            and words[first_content].text.isalpha()
            and words[first_content].pos in {"ADJ", "VERB", "NOUN"}
            and not self.clause_final(words, first_content)
        ):
            return k, first_content + 1
        return None

    @staticmethod
    def clause_final(words: list[Word], k: int) -> bool:
        """A verb-tagged word that ends its clause is the verb ("met 5 procent verhoogt,")."""
        return words[k].pos == "VERB" and (k + 1 == len(words) or not words[k + 1].text.isalnum())

    def counted_noun(self, j: int, counting: bool = False) -> str | None:
        """Noun right after a number ("300 slachtoffers", "duizend minderjarige slachtoffers").

        With `counting` (a people or count claim, where a noun must follow), an untagged or
        adverb-tagged word right after the number is taken as that noun.
        """
        k = j
        while k < len(self.words) and self.words[k].low in {"meer", "minder", "extra"}:
            k += 1
        if k >= len(self.words) or self.words[k].pos in {"DET", "PRON", "NUM"}:
            return None
        span = self.np_right(self.words, k)
        if span:
            return self.text(self.words, *span)
        word = self.words[k]
        if (
            counting
            and word.text.isalpha()
            and word.text.islower()
            and word.pos in {"ADV", "X", ""}
        ):
            return word.text  # a plural noun the tagger missed: "600.000 huishoudens" as ADV
        return None

    def of_phrase(self, q: Quantity) -> str | None:
        """ "X% van deze groep" after the claim, or "van deze 1.300 meisjes is X%" just before it."""
        w = self.words
        if q.j < len(w) and w[q.j].low == "van":
            span = self.np_right(w, q.j + 1)
            if span:
                return self.text(w, *span)
        for k in range(q.i - 2, -1, -1):
            if w[k].low == "van":
                span = self.np_right(w, k + 1)
                if span and q.i - span[1] <= 2:
                    return self.text(w, *span)
                return None
        return None

    def plural_before(self, q: Quantity) -> str | None:
        """Nearest plural noun before the claim, in this sentence or the one before."""
        for words, end in ((self.words, q.i), (self.previous, len(self.previous))):
            for k in range(end - 1, -1, -1):
                if vocab().units.get(words[k].low) in {"year", "other"}:
                    continue
                if words[k].pos == "NOUN" and _plural(words[k], self.doc):
                    first = k
                    while first > 0 and words[first - 1].pos == "ADJ":
                        first -= 1
                    return self.text(words, first, k + 1)
        return None

    def np_left(self, k: int) -> str | None:
        """Noun phrase ending at word k-1 ("de reorganisatie van de politie" before "in 2013")."""
        w = self.words
        if k == 0 or w[k - 1].pos not in _HEAD_POS:
            return None
        first = k - 1
        while first > 0 and (w[first - 1].pos in _NP_POS or w[first - 1].low == "van"):
            if w[first].pos == "DET" and w[first - 1].pos in _HEAD_POS:
                break  # "een verhuurder | de huur": a new noun phrase starts here
            first -= 1
        while w[first].low == "van" or w[first].pos not in {"DET", "ADJ", "NOUN", "PROPN", "NUM"}:
            first += 1
        return self.text(w, first, k)

    def clause_subject(self, q: Quantity) -> str | None:
        """Subject of the verb the claim belongs to ("Het aantal meldingen" is verdubbeld)."""
        span = self.doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            return None
        token = span.root
        for _ in range(4):
            for child in token.children:
                if child.dep_.startswith("nsubj") and child.pos_ != "PRON":
                    if q.start <= child.idx < q.end:
                        continue
                    tokens = [t for t in child.subtree if t.i <= child.i or t.idx < q.start]
                    if len(tokens) > 6:
                        tokens = [t for t in tokens if t.i <= child.i][-4:]
                    while tokens and tokens[0].pos_ in _EDGE_POS:
                        tokens = tokens[1:]
                    while tokens and tokens[-1].pos_ in _EDGE_POS:
                        tokens = tokens[:-1]
                    if tokens:
                        return self.doc[tokens[0].i : tokens[-1].i + 1].text
            if token.head is token:
                return None
            token = token.head
        return None

    def subject(self, q: Quantity, earlier: list[Quantity]) -> str | None:
        """What `q` measures; `earlier` are the sentence's quantities before it (an elided noun,
        "zo'n 850 nieuwe", is the one counted by the last of them)."""
        if q.elided:
            for e in reversed(earlier):
                if e.unit == q.unit and not e.elided:
                    return self.counted_noun(e.j) or self.plural_before(q)
            return self.plural_before(q)
        before = self.words[q.i - 1].low if q.i > 0 else ""
        if q.unit in {"other", "year"} and before == "van":
            return self.np_left(q.i - 1) or self.clause_subject(q)
        if q.unit in {"euro", "percent"} and before == "met":
            # "huishoudens met 1.800 euro", "de huur met 5 procent verhogen"
            return self.np_left(q.i - 1) or self.clause_subject(q)
        if q.unit in {"people", "count"}:
            return (
                self.counted_noun(q.j, counting=True) or self.of_phrase(q) or self.plural_before(q)
            )
        if q.unit in {"percent", "ratio"} and q.form != "change":
            return self.of_phrase(q) or self.counted_noun(q.j) or self.plural_before(q)
        if q.unit == "age":
            return self.plural_before(q)
        if q.form == "year":
            return self.np_left(q.i)
        return self.clause_subject(q)

    def source(self, index: EntityIndex) -> tuple[str | None, bool]:
        """Who gives this sentence's numbers, by the first source cue in it (see module doc), and
        whether the cue cites a source ("volgens X", "blijkt uit … van X": it outranks a quote's
        speaker, who cites X) rather than reports a speaker ("X meldt", "aldus X")."""
        cues = _cues()
        w = self.words
        for k, word in enumerate(w):
            if word.low in cues.according_to:
                return self.np_source(index, k + 1), word.low == "volgens"
            if word.low in cues.evidence_verbs:
                entity = self.evidence_source(index, k)
                if entity is not None:
                    return entity.name, True
            if word.low in cues.reporting_verbs and word.pos in {"VERB", "AUX", ""}:
                entity = self.reporter(index, k)
                if entity is not None:
                    return entity.name, False
        return None, False

    def opens_with_anaphor(self) -> bool:
        """ "Dat schrijft de inspectie": the cue points back at the sentence before."""
        return bool(self.words) and self.words[0].low in _cues().anaphors

    def np_end(self, k: int) -> int:
        """End of the noun phrase starting at word k ("het ministerie van OCW", not "… in 2019")."""
        w = self.words
        end = k
        while end < len(w) and (
            w[end].pos in {"DET", "ADJ", "NOUN", "PROPN"}
            or (w[end].pos == "NUM" and end > k and w[end - 1].low in vocab().reference_words)
            or (
                w[end].low in _cues().np_links
                and end + 1 < len(w)
                and w[end + 1].pos in {"DET", "NOUN", "PROPN"}
            )
        ):
            end += 1
        return end

    def entity_in(self, index: EntityIndex, a: int, b: int) -> Entity | None:
        """First entity with a mention among words a..b-1."""
        for word in self.words[a:b]:
            entity = index.at(word.start, word.end)
            if entity is not None:
                return entity
        return None

    def np_source(self, index: EntityIndex, k: int) -> str | None:
        """The source named by the noun phrase at word k: an entity's canonical name, the entity
        a pronoun or a role stands for, else the phrase as written ("het rapport" → "rapport")."""
        w = self.words
        if k >= len(w):
            return None
        if w[k].pos == "PRON":
            entity = index.last_before(w[k].start)
            return entity.name if entity else None
        end = self.np_end(k)
        if end == k:
            return None
        start = k + 1 if w[k].pos == "DET" and end > k + 1 else k
        phrase = self.text(w, start, end)
        entity = index.resolve(phrase) or self.entity_in(index, start, end)
        if entity is None and end == start + 1 and phrase.islower():
            entity = index.by_role(phrase)
        return entity.name if entity else phrase

    def clause_bounds(self, k: int) -> tuple[int, int]:
        """Words of the clause around word k: up to punctuation or a subordinator on either side."""
        w = self.words
        stops = {"PUNCT", "SCONJ"}
        a = k
        while a > 0 and w[a - 1].pos not in stops and w[a - 1].low != "dat":
            a -= 1
        b = k + 1
        while b < len(w) and w[b].pos not in stops and w[b].low not in {"dat", "die"}:
            b += 1
        return a, b

    def evidence_source(self, index: EntityIndex, k: int) -> Entity | None:
        """ "blijkt uit onderzoek van X" / "Uit cijfers van X blijkt": the entity named with uit."""
        a, b = self.clause_bounds(k)
        lows = [word.low for word in self.words]
        if "uit" in lows[k + 1 : b]:
            return self.entity_in(index, lows.index("uit", k + 1) + 1, b)
        if "uit" in lows[a:k]:
            return self.entity_in(index, lows.index("uit", a) + 1, k)
        return None

    def reporter(self, index: EntityIndex, k: int) -> Entity | None:
        """Subject of the reporting verb at word k when it is a known entity or a pronoun for one:
        after the verb in an inverted clause ("Dat schrijft de inspectie"), else before it."""
        w = self.words
        a, b = self.clause_bounds(k)
        after = k + 1
        if after < b and w[after].pos == "PRON" and w[after].low in {"hij", "zij", "ze"}:
            return index.last_before(w[after].start)
        if after < b:
            entity = self.entity_in(index, after, self.np_end(after))
            if entity is not None:
                return entity
        if a < k and w[k - 1].pos == "PRON" and w[k - 1].low in {"hij", "zij", "ze"}:
            return index.last_before(w[k - 1].start)
        return self.entity_in(index, a, k)


def _speaker(quotes: list[Quote], start: int, end: int) -> str | None:
    for quote in quotes:
        if quote.start <= start and end <= quote.end:
            return quote.speaker
    return None


def extract_claims(doc: Doc, index: EntityIndex, quotes: list[Quote]) -> list[Claim]:
    """Every numeric claim of `doc`, ids c1, c2, ... in text order."""
    claims: list[Claim] = []
    previous: list[Word] = []
    previous_claims: list[int] = []
    for sent in doc.sents:
        sentence = _Sentence(sent, previous)
        lemmas = [t.lemma_.lower() for t in sent]
        found = find_quantities(sentence.words, lemmas)
        source, cited = sentence.source(index)
        if source and sentence.opens_with_anaphor():
            for n in previous_claims:
                if claims[n].attributed_to is None:
                    claims[n] = claims[n].model_copy(update={"attributed_to": source})
        first = len(claims)
        for q in found:
            claim = Claim(
                id=f"c{len(claims) + 1}",
                text=doc.text[q.start : q.end],
                start=q.start,
                end=q.end,
                value=q.value,
                value_max=q.value_max,
                unit=q.unit,
                hedge=q.hedge,
                subject=sentence.subject(q, found[: found.index(q)]),
                sentence=sent.text,
                sentence_start=sent.start_char,
                sentence_end=sent.end_char,
                attributed_to=(
                    (source if cited else None) or _speaker(quotes, q.start, q.end) or source
                ),
            )
            claims.append(claim.model_copy(update={"value_en": value_en(claim)}))
        if "\n" in sent.text_with_ws[-2:] or "\n" in doc.text[sent.end_char : sent.end_char + 1]:
            previous, previous_claims = [], []
        else:
            previous, previous_claims = sentence.words, list(range(first, len(claims)))
    return claims
