"""Demands: who urges whom to do what, in Dutch news and press releases.

What counts as a demand, and who its actor and addressee are, is a linguistic decision written down
next to the cue words in `data/demand_cues.yaml`. Each construction has its own finder, run over
one spaCy sentence at a time (headline lines for imperatives):

- modal: moet / moeten / dient te / hoort te / zou moeten (+ infinitive); the modal's subject is
  the addressee;
- directive: oproepen, aansporen, aanmanen, aandringen op, eisen, vragen om, verzoeken, pleiten voor,
  in any tense (a reported demand of a third party is that party's demand); the subject is the
  actor;
- frame: "het is (de hoogste) tijd dat/om" (high_time), "het is belangrijk/nodig dat/om",
  "X vindt het nodig dat" (necessary);
- wait: "... kan niet (langer) wachten" (high_time);
- task: "de uitdaging/taak voor X om ... te ..." (should);
- imperative: on headline lines and quoted sentences, by rule -- first word a present singular
  verb (by tag, by a separable particle closing the line, or from a fallback stem list), no
  subject, no other finite verb in the main clause -- because UD Dutch has no `Mood=Imp` and small
  models tag capitalised imperative stems as names ("Rust de politie met voldoende middelen uit").

Clauses are spanned across insertions (", zo zegt X,"); a source right after the clause ("…, zegt
X, anders …") is its actor; scheduled obligations ("De trein moet om acht uur vertrekken", the
verbless "De school moet maandag weer open") are no demands unless someone demands them ("…, eist
de ouderraad"); "Dit kan niet wachten" takes the action of the demand
before it.

The parse is used where it is reliable (subjects, objects, lemmas, tense, subordinate clauses) and
backed by word-order rules where small models go wrong (clause limits at commas and subordinators,
the noun phrase after a directive verb). Questions, conditionals, past obligations, first-person
commitments, purpose statements and descriptive necessity are filtered out.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from pipeline.extract.attribution import (
    attribution_words,
    mentioned_entity,
    pronoun_referent,
    reporting_verb,
    source_words,
    third_person,
)
from pipeline.extract.resolve import EntityIndex
from pipeline.schema import Demand, Quote
from pipeline.text.datafiles import DemandCues, DirectiveVerb, ModalVerb, sections
from pipeline.text.grammar import (
    CLAUSE_BOUNDARY,
    SENTENCE_END,
    headed_by,
    is_boundary,
    is_finite,
    is_infinitive,
    is_past,
    is_quote_mark,
    opens_subordinate_clause,
)
from pipeline.text.sentences import punctuation_sentences, sentence_ends
from pipeline.text.view import DocView

_SUBJECT_DEPS = ("nsubj", "nsubj:pass")
_OBJECT_DEPS = ("obj", "iobj")
_NP_POS = frozenset({"NOUN", "PROPN", "PRON"})
_PARTY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC"})
_MAX_HEADLINE_WORDS = 14
_FRAME_WINDOW = 6
_MAX_INSERTION = 15
_RANK = {"directive": 4, "frame": 3, "task": 3, "wait": 2, "modal": 2, "imperative": 1}


def _cues() -> DemandCues:
    """data/demand_cues.yaml, loaded once."""
    return sections(DemandCues)


def _candidates(view: DocView, cues: DemandCues) -> dict[str, list[int]]:
    """Indices of the tokens whose form or lemma may carry each finder's cue, in text order.

    One pass over the document instead of one per finder and sentence; each finder still applies
    its full test to these tokens, so this is a superset of its hits.
    """
    by_lemma = {
        "modal": cues.modals.keys(),
        "directive": cues.directive_verbs.keys(),
        "frame": cues.high_time_nouns | cues.necessity_words,
        "wait": cues.wait_verbs,
        "task": cues.task_nouns,
    }
    by_form = {
        "modal": cues.modal_forms,
        "directive": cues.directive_forms,
        "frame": by_lemma["frame"],
        "wait": cues.wait_verbs,
    }
    triggers = frozenset().union(*by_lemma.values(), *by_form.values())
    out: dict[str, list[int]] = {kind: [] for kind in by_lemma}
    for i, (lower, lemma) in enumerate(zip(view.lower, view.lemma, strict=True)):
        if lower not in triggers and lemma not in triggers:
            continue
        for kind, lemmas in by_lemma.items():
            if lemma in lemmas or lower in by_form.get(kind, ()):
                out[kind].append(i)
    return out


@dataclass(frozen=True)
class _Subject:
    """A clause's subject: its head, and the words Dutch word order read for it when the parse
    had none (empty for a parsed subject, whose words are the parse's phrase of the head)."""

    head: Token
    words: tuple[Token, ...] = ()


def _parsed(head: Token | None) -> _Subject | None:
    """A subject the parse found: its head; its words come from the parse when asked for."""
    return _Subject(head) if head is not None else None


@dataclass
class _Found:
    """A demand before ids are given: token span, cue and the parties."""

    kind: str
    cue: int
    start: int
    end: int
    modality: str
    actor: str | None
    addressee: str | None
    action: str | None
    refers_back: bool = False
    subheading: bool = False


def extract_demands(
    doc: Doc, index: EntityIndex, quotes: list[Quote], view: DocView | None = None
) -> list[Demand]:
    """Demands in `doc`, in text order, with actor, addressee, action and modality."""
    finder = _Finder(view or DocView.of(doc), index, quotes, _cues())
    found: list[_Found] = []
    for sent in finder.sentences:
        found += finder.modals(sent)
        found += finder.directives(sent)
        found += finder.frames(sent)
        found += finder.waits(sent)
        found += finder.tasks(sent)
    found += finder.imperatives()
    found = [f for f in found if not finder.is_question_or_conditional(doc[f.cue])]
    kept = sorted(_without_overlaps(found), key=lambda f: (f.start, f.end))
    _resolve_back_references(doc, finder.sentences, kept)
    _anaphoric_sources(finder, kept)
    _subheading_actors(index, kept)
    demands = []
    for item in kept:
        first, last = doc[item.start], doc[item.end - 1]
        start, end = first.idx, last.idx + len(last.text)
        demands.append(
            Demand(
                id=f"d{len(demands) + 1}",
                text=finder.text[start:end],
                start=start,
                end=end,
                actor=item.actor,
                addressee=item.addressee,
                action=item.action,
                modality=item.modality,
            )
        )
    return demands


def _resolve_back_references(doc: Doc, sentences: list[Span], found: list[_Found]) -> None:
    """ "Dit kan niet wachten": what cannot wait is the demand of the sentence before.

    A demonstrative subject of an urgency clause points back to the previous sentence; when that
    sentence carries a demand, its action and addressee are what is urged. Otherwise (no demand
    right before, or the subject is not a demonstrative) the clause itself names what must happen.
    """
    sentence_of = {i: k for k, sent in enumerate(sentences) for i in range(sent.start, sent.end)}
    for k, item in enumerate(found):
        if item.action is not None:
            continue
        here = sentence_of[item.cue]
        before = found[k - 1] if k > 0 else None
        if item.refers_back and before is not None and sentence_of[before.cue] == here - 1:
            item.action, item.addressee = before.action, before.addressee
        else:
            item.action = _join(list(doc[item.start : item.end]))


def _anaphoric_sources(finder: _Finder, found: list[_Found]) -> None:
    """A reported obligation with no source of its own takes the source of the next sentence
    when that sentence points back to it: "Gemeenten moeten dit jaar ... geven. Dat blijkt uit
    cijfers van het ministerie" (see "Reported obligations" in the cue file)."""
    sentences = finder.sentences
    starts = [sent.start for sent in sentences]
    for item in found:
        if (
            item.actor is not None
            or item.kind == "imperative"
            or finder.speaker(finder.doc[item.cue])
        ):
            continue
        k = bisect_left(starts, item.cue + 1) - 1
        if (
            k + 1 >= len(sentences)
            or "\n" in sentences[k].text_with_ws[-1:] + sentences[k + 1].text
        ):
            continue
        item.actor = finder.back_reference_source(sentences[k + 1])


def _subheading_actors(index: EntityIndex, found: list[_Found]) -> None:
    """An imperative subheading speaks for the party whose appeal its section reports.

    News articles put a slogan over the section that quotes its source ("Betaal leraren wat ze
    waard zijn" over the union's demand); the first demand below it, up to the next imperative,
    names that party. A slogan is an organisation's voice, so the party counts when it is an
    organisation or a person with a known affiliation; otherwise the article's main organisation
    (the publisher of a press release) stays the actor.
    """
    for k, item in enumerate(found):
        if not item.subheading:
            continue
        for below in found[k + 1 :]:
            if below.kind == "imperative":
                break
            entity = index.resolve(below.actor) if below.actor else None
            if entity is not None:
                if entity.affiliation:
                    item.actor = entity.affiliation
                elif entity.label == "ORG":
                    item.actor = entity.name
                break


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    """One demand per clause: an outer construction ("eist dat X moet ...") wins over its parts."""
    kept: list[_Found] = []
    for item in sorted(found, key=lambda f: (-_RANK[f.kind], f.start - f.end, f.start)):
        if any(k.start <= item.cue < k.end or item.start <= k.cue < item.end for k in kept):
            continue
        kept.append(item)
    return kept


def _has_word(tokens: Iterable[Token], words: frozenset[str]) -> bool:
    """One of `tokens` is one of `words` (lower case)."""
    return any(t.lower_ in words for t in tokens)


def _char_spans(tokens: Iterable[Token]) -> list[tuple[int, int]]:
    return [(t.idx, t.idx + len(t.text)) for t in tokens]


def _join(tokens: list[Token]) -> str:
    """Tokens as text, spaced as written except where tokens were left out."""
    text = ""
    for i, token in enumerate(tokens):
        text += token.text
        if i + 1 < len(tokens):
            adjacent = tokens[i + 1].i == token.i + 1
            text += token.whitespace_ if adjacent else " "
    return " ".join(text.split())


class _Finder:
    """The construction finders over one document, sharing its parties and quotes."""

    def __init__(
        self, view: DocView, index: EntityIndex, quotes: list[Quote], cues: DemandCues
    ) -> None:
        doc = self.doc = view.doc
        self.text = view.text
        self.index = index
        self.quotes = sorted(quotes, key=lambda q: q.start)
        self.cues = cues
        self.main_org = _main_organisation(index, quotes)
        self.opens: dict[int, int] = {}
        self.closes: dict[int, int] = {}
        self.inserted: set[int] = set()
        self.view = view
        self.ends = sentence_ends(view)
        self.quote = [is_quote_mark(t) for t in view.orth]
        self.sentences = [doc[s.start : s.end] for s in punctuation_sentences(view, self.ends)]
        for sent in self.sentences:
            self._find_parentheticals(sent)
        self._candidates = _candidates(view, cues)

    def _cue_tokens(self, kind: str, sent: Span) -> list[Token]:
        """Tokens of `sent` that may carry a `kind` cue (a superset; each finder checks them)."""
        indices = self._candidates[kind]
        if not indices:
            return []
        lo, hi = bisect_left(indices, sent.start), bisect_left(indices, sent.end)
        return [self.doc[i] for i in indices[lo:hi]]

    def _find_parentheticals(self, sent: Span) -> None:
        """Parentheticals ", zo zegt X," / "– volgens X –" / "(...)" that interrupt a clause.

        A pair of commas or dashes encloses an insertion when the words before and after it form
        one clause: together they hold exactly one finite verb and the part after does not open a
        new clause ("De regering moet, zo zegt de bond, nu ingrijpen"; "Het kabinet, aldus de
        bond, moet ..."). Brackets always enclose one. Insertions that are clauses or name a
        source are left out of the action; list items ("scholen, sporthallen, zwembaden") stay.
        """
        text = self.view.orth
        marks = [i for i in range(sent.start, sent.end) if text[i] in (",", "–", "—", "(", ")")]
        for a, b in pairwise(marks):
            inner = self.doc[a + 1 : b]
            pair = self.doc[a].text + self.doc[b].text
            if (
                not inner
                or len(inner) > _MAX_INSERTION
                or any(is_boundary(self.view, t.i) for t in inner)
            ):
                continue
            if pair != "()" and not (
                pair in (",,", "––", "——") and self._one_clause_around(sent, a, b)
            ):
                continue
            self.opens[a], self.closes[b] = b, a
            if pair == "()" or any(
                is_finite(self.view, t.i)
                or opens_subordinate_clause(self.view, t.i)
                or t.lower_ in source_words()
                or self.reporting(t.i, b)
                for t in inner
            ):
                self.inserted.update(range(a, b + 1))

    def _one_clause_around(self, sent: Span, a: int, b: int) -> bool:
        before: list[Token] = []
        for t in reversed(self.doc[sent.start : a]):
            if is_boundary(self.view, t.i) or opens_subordinate_clause(self.view, t.i):
                break
            before.append(t)
        after: list[Token] = []
        for t in self.doc[b + 1 : sent.end]:
            if is_boundary(self.view, t.i) or (after and opens_subordinate_clause(self.view, t.i)):
                break
            after.append(t)
        if not before or not after or after[0].pos_ == "CCONJ":
            return False
        finite = [t for t in before if is_finite(self.view, t.i) and t.pos_ in ("VERB", "AUX")]
        if opens_subordinate_clause(self.view, after[0].i):
            # "De bond eist, net als vorig jaar, dat ...": the complement of the verb before
            return len(finite) == 1 and after[0].lower_ in self.cues.complementisers
        # after a finite verb in front, a verb-final "-en" form is the infinitive ("openhouden")
        finite += [
            t
            for t in after
            if is_finite(self.view, t.i)
            and t.pos_ in ("VERB", "AUX")
            and not (finite and t.lower_.endswith("en"))
        ]
        return len(finite) == 1

    # -- clauses ---------------------------------------------------------------------------------

    def clause(self, sent: Span, i: int, *, at_subordinator: bool) -> tuple[int, int, Token | None]:
        """Token range [lo, hi) of the clause around token `i`, and its subordinator if any.

        Small parsers attach across commas and quote marks freely; punctuation and subordinating
        conjunctions are the limits a reader uses, so they are the limits here.
        """
        lo, subordinator = i, None
        while lo > sent.start:
            prev = self.doc[lo - 1]
            if prev.i in self.closes:
                lo = self.closes[prev.i]  # step over "Het kabinet, aldus de bond, moet ..."
                continue
            if is_boundary(self.view, prev.i):
                break
            if at_subordinator and opens_subordinate_clause(self.view, prev.i):
                subordinator = prev
                break
            lo -= 1
        hi = min(i + 1, sent.end)  # i may be the sentence's end: "Het is hoog tijd dat" + nothing
        while hi < sent.end:
            if hi in self.opens:
                hi = self.opens[hi] + 1  # step over "moet, zo zegt de bond, nu ingrijpen"
                continue
            if is_boundary(self.view, hi):
                break
            hi += 1
        while lo < hi and (self.doc[lo].pos_ == "CCONJ" or self.doc[lo].is_punct):
            lo += 1
        return lo, hi, subordinator

    def subject(
        self, lo: int, hi: int, related: set[int], before: int | None = None
    ) -> Token | None:
        """The subject in [lo, hi): one attached to a `related` verb first, else the nearest.

        With `before` (a subordinate clause's finite verb), only subjects in front of it count:
        Dutch subordinate clauses put the subject before the verb cluster.
        """
        candidates = [
            t
            for t in self.doc[lo : hi if before is None else before]
            if t.dep_ in _SUBJECT_DEPS
            and t.i not in self.inserted
            and (self._nominal(t) or t.pos_ == "PRON" or self._in_entity(t))
            and t.lower_ not in self.cues.existential_er
            and not t.tag_.startswith(("VG", "VNW|betr"))
            and not t.head.dep_.startswith("acl")
        ]
        for token in candidates:
            if token.head.i in related or any(c.i in related for c in token.head.children):
                return token
        if candidates:
            anchor = min(related)
            return min(candidates, key=lambda t: abs(t.i - anchor))
        return None

    def subject_by_order(
        self, lo: int, finite: Token, hi: int, subordinator: Token | None
    ) -> _Subject | None:
        """Subject by Dutch word order when the parse has none.

        In a subordinate clause the subject comes right after the conjunction; in a main clause it
        fills the first position before the finite verb, or follows the verb when an adverb or a
        prepositional phrase comes first ("Daarnaast zouden zorgverzekeraars ...").
        """
        if subordinator is not None:
            start = max(lo, subordinator.i + 1)
            while start < hi and self.doc[start].lower_ in self.cues.connectives:
                start += 1
            tokens = self.np_after(start, hi)
            return self._read_subject(tokens) if tokens else None
        first = self.np_after(lo, finite.i)
        if first:
            return self._read_subject(first)
        if lo < finite.i:
            after = self.np_after(finite.i + 1, hi)
            if after:
                return self._read_subject(after)
        return None

    def _np_head(self, tokens: list[Token]) -> Token:
        """First noun, name or pronoun of a word-order noun phrase."""
        return next((t for t in tokens if self._nominal(t) or t.pos_ == "PRON"), tokens[-1])

    def _read_subject(self, tokens: list[Token]) -> _Subject:
        return _Subject(self._np_head(tokens), tuple(tokens))

    def subject_words(
        self, subj: _Subject, lo: int, hi: int, stop: set[int] | None = None
    ) -> list[Token]:
        """The words of a subject within [lo, hi) without `stop` tokens: those word order read
        for it, else the parse's noun phrase of its head (`phrase`)."""
        if not subj.words:
            return self.phrase(subj.head, lo, hi, stop)
        words = [t for t in subj.words if lo <= t.i < hi and not (stop and t.i in stop)]
        return words or [subj.head]

    def phrase(self, head: Token, lo: int, hi: int, stop: set[int] | None = None) -> list[Token]:
        """The noun phrase of `head`, clipped to [lo, hi) and cut before verbs and `stop` tokens."""
        left = max(head.left_edge.i, lo)
        right = min(head.right_edge.i + 1, hi)
        tokens = []
        for token in self.doc[left:right]:
            blocked = (stop and token.i in stop) or (
                token.i > head.i
                and (
                    (token.pos_ in ("VERB", "AUX", "ADV") and token.dep_ != "acl")
                    # "de dienst de ouders": a determiner right after a noun opens the object
                    or (token.pos_ == "DET" and self.doc[token.i - 1].pos_ in ("NOUN", "PROPN"))
                )
            )
            if blocked:
                if token.i > head.i:
                    break
                tokens = []
                continue
            tokens.append(token)
        return tokens or [head]

    def np_after(self, i: int, hi: int) -> list[Token]:
        """The noun phrase that starts at token `i`: determiners, adjectives, nouns, names."""
        tokens: list[Token] = []
        for token in self.doc[i:hi]:
            if token.pos_ in ("ADJ", "DET") and tokens and self._nominal(tokens[-1]):
                break  # "zorgverzekeraars beter moeten": the adjective is predicative
            if (
                token.pos_ == "NOUN"
                and tokens
                and tokens[-1].pos_ in ("NOUN", "PROPN")
                and (tokens[-1].is_lower)
            ):
                break  # "zorgverzekeraars praktijkhouders": subject, then object
            if (
                token.pos_ in ("DET", "ADJ", "NUM", "NOUN", "PROPN")
                or self._agent_noun(token)
                or (tokens and token.lower_ in self.cues.np_links and token.i + 1 < hi)
            ):
                tokens.append(token)
            elif token.pos_ == "PRON" and not tokens:
                return [token]
            else:
                break
        while tokens and (tokens[-1].lower_ in self.cues.np_links or tokens[-1].pos_ == "DET"):
            tokens.pop()
        return tokens if any(self._nominal(t) for t in tokens) else []

    # -- parties ---------------------------------------------------------------------------------

    def speaker(self, token: Token) -> str | None:
        """Speaker of the quote that `token` stands in."""
        for quote in self.quotes:
            if quote.start <= token.idx < quote.end:
                return quote.speaker
            if quote.start > token.idx:
                break
        return None

    def party(self, tokens: list[Token]) -> str | None:
        """Canonical entity name or noun phrase for a party's tokens.

        Only the core before a prepositional modifier or a second noun phrase names the party
        ("de regering van Nederland" is the regering, "de dienst de ouders" the dienst); a known name or a role held by a known person ("de minister")
        gives the entity's canonical name, as does a definite head noun naming an organisation
        mentioned earlier ("de bond" after "de Woonbond"); else the noun phrase without its
        determiner.
        """
        tokens = [t for t in tokens if not t.is_punct]
        core = next(
            (
                k
                for k, t in enumerate(tokens)
                if k > 0 and (t.pos_ == "ADP" or (t.pos_ == "DET" and tokens[k - 1].pos_ == "NOUN"))
            ),
            len(tokens),
        )
        tokens = tokens[:core]
        if not tokens:
            return None
        if len(tokens) == 1 and tokens[0].pos_ == "PRON":
            token = tokens[0]
            if token.lower_ in third_person():
                entity = pronoun_referent(self.index, token.idx)
                return entity.name if entity else None
            return None
        named = sorted(tokens, key=lambda t: t.pos_ != "PROPN")
        entity = mentioned_entity(self.index, _char_spans(named), _PARTY_LABELS)
        if entity is not None:
            return entity.name
        definite = tokens[0].lower_ in self.cues.definite_determiners
        while tokens and tokens[0].lower_ in self.cues.determiners:
            tokens = tokens[1:]
        if not tokens:
            return None
        text = _join(tokens)
        entity = self.index.resolve(text)
        if entity is None and len(tokens) == 1 and tokens[0].pos_ == "NOUN":
            entity = self.index.by_role(tokens[0].lower_)
            if entity is None and definite:
                # "de bond" after "Woonbond": a definite head noun refers back to the compound
                entity = self.index.by_head_noun(tokens[0].lower_, tokens[0].idx)
        if entity is not None:
            return entity.name
        first = tokens[0]
        if (
            first.pos_ == "NOUN"
            and first.is_title
            and (first.is_sent_start or self._after_mark(first))
        ):
            text = text[0].lower() + text[1:]
        return text

    def _after_mark(self, token: Token) -> bool:
        return token.i > 0 and is_quote_mark(self.view.orth[token.i - 1])

    def is_agentive(self, tokens: list[Token], head: Token) -> bool:
        """Whether a party can be asked to act: an entity, a person pronoun or an agent noun."""
        if head.pos_ == "PRON":
            return head.lower_ in third_person()
        if any(t.lower_ in self.cues.indefinite_determiners for t in tokens if t.i < head.i):
            return False
        if head.pos_ == "PROPN" or any(
            self.index.at(t.idx, t.idx + len(t.text)) is not None for t in tokens
        ):
            return True
        heads = [head, *(c for c in head.children if c.dep_ == "conj")]
        return any(self._agent_noun(t) for t in heads)

    def _in_entity(self, token: Token) -> bool:
        return self.index.at(token.idx, token.idx + len(token.text)) is not None

    def _nominal(self, token: Token) -> bool:
        return token.pos_ in ("NOUN", "PROPN") or self._agent_noun(token)

    def _agent_noun(self, token: Token) -> bool:
        return _ends_with(token, self.cues.agent_nouns)

    def addressee(self, subj: _Subject | None, lo: int, hi: int, exclude: set[int]) -> str | None:
        """The subject as addressee when it can act and the clause's verb is an act of it."""
        if subj is None:
            return None
        subject = subj.head
        tokens = self.subject_words(subj, lo, hi, exclude)
        if not self.is_agentive(tokens, subject):
            return None
        for token in self.doc[lo:hi]:
            if token.i > subject.i and (
                token.lower_ in self.cues.infinitive_complementisers
                or opens_subordinate_clause(self.view, token.i)
            ):
                break  # "moet bezuinigen om onder de norm te blijven": not the subject's verb
            if token.i in exclude or token.pos_ not in ("VERB", "AUX") or token.i == subject.i:
                continue
            if token.dep_ in ("nmod:poss", "det", "amod", "acl:relcl"):
                continue  # "zijn woningen": a possessive tagged as the verb "zijn"
            if token.lemma_.casefold() in self.cues.non_agentive_verbs:
                return None
        return self.party(tokens)

    def attribution(self, sent: Span, cue: Token, subordinator: Token | None) -> str | None:
        """An explicit source in the sentence: "volgens X ...", "X vindt/zegt dat ..."."""
        for token in self.doc[sent.start : cue.i]:
            if token.lower_ in attribution_words().according_to:
                tokens = self.np_after(token.i + 1, sent.end)
                if tokens and not self._legal(tokens):
                    return self.party(tokens)
        for a, b in self.opens.items():
            if sent.start <= a < sent.end and a in self.inserted:
                source = self._insertion_source(a + 1, b)
                if source is not None:
                    return source
        if subordinator is not None and subordinator.lower_ in self.cues.that_clause:
            for token in self.doc[sent.start : subordinator.i]:
                if self.reporting(token.i, subordinator.i):
                    subject = self.subject(sent.start, subordinator.i, {token.i})
                    if subject is not None:
                        return self.party(self.phrase(subject, sent.start, subordinator.i))
        return None

    def back_reference_source(self, sent: Span) -> str | None:
        """The source a sentence opening with "Dat"/"Dit" names for what it points back to:
        "Dat blijkt uit cijfers van X", "Dat schrijft X", "Dat zegt X", "…, volgens X"."""
        words = [t for t in sent if not (t.is_space or is_quote_mark(t.text))]
        cues = attribution_words()
        if not words or words[0].lower_ not in cues.anaphors:
            return None
        for token in words[1:]:
            if token.lower_ in cues.according_to:
                tokens = self.np_after(token.i + 1, sent.end)
                return self.party(tokens) if tokens else None
            if token.lower_ in cues.evidence_verbs:
                uit = next((t for t in words if t.lower_ == cues.evidence_preposition), None)
                if uit is None:
                    return None
                named = self.doc[uit.i + 1 : sent.end]
                entity = mentioned_entity(self.index, _char_spans(named), _PARTY_LABELS)
                return entity.name if entity else None
            if self.reporting(token.i, sent.end):
                tokens = self.np_after(token.i + 1, sent.end)
                return self.party(tokens) if tokens else None
        return None

    def reporting(self, i: int, end: int) -> bool:
        """Token i is a reporting verb (attribution.yaml), its particle before token `end`."""
        return reporting_verb(self.view, i, self.view.lower[i + 1 : end]) is not None

    def _insertion_source(self, lo: int, hi: int) -> str | None:
        """The source named in an insertion: ", zo zegt X,", ", aldus X,", ", volgens X,"."""
        for token in self.doc[lo:hi]:
            if token.lower_ in source_words() or self.reporting(token.i, hi):
                subject = next(
                    (t for t in self.doc[lo:hi] if t.dep_ in _SUBJECT_DEPS and t.i != token.i),
                    None,
                )
                tokens = self.np_after(token.i + 1, hi)
                if subject is not None and not tokens:
                    tokens = self.phrase(subject, lo, hi, {token.i})
                if tokens and not self._legal(tokens):
                    return self.party(tokens)
        return None

    def actor(
        self, sent: Span, cue: Token, subordinator: Token | None, hi: int | None = None
    ) -> str | None:
        """Who demands, for constructions without an agentive subject of their own; `hi`, the
        end of the demand clause, lets a source right after it count ("…, zegt Dekker")."""
        trailing = self.trailing_source(sent, hi) if hi is not None else None
        return (
            self.attribution(sent, cue, subordinator)
            or (self.party(trailing[1]) if trailing else None)
            or self.speaker(cue)
        )

    def trailing_source(self, sent: Span, hi: int) -> tuple[Token, list[Token]] | None:
        """ "Het kabinet moet ingrijpen, zegt Dekker(, anders …)": a reporting, opinion or
        demanding verb (or "aldus") opening the comma segment right after the demand clause
        at `hi`, followed by its subject (Dutch inverts after a fronted clause) and no clause of
        its own ("zegt Dekker tegen de NOS" still counts), names who demands. Returns the verb
        and the subject's tokens."""
        j = hi
        if j >= sent.end or self.doc[j].text != ",":
            return None
        if not any(
            is_finite(self.view, t.i) and t.pos_ in ("VERB", "AUX")
            for t in self.doc[sent.start : j]
        ):
            return None  # "De advocaat, mr. X, vraagt de rechtbank om …": an apposition before
        j += 1
        if j < sent.end and self.doc[j].lower_ in self.cues.cue_adverbs:
            j += 1
        if j >= sent.end:
            return None
        verb = self.doc[j]
        attributing = (
            verb.lower_ in source_words()
            or self.reporting(verb.i, sent.end)
            or self._directive(verb) is not None
        )
        if not attributing or verb.lower_ in attribution_words().according_to:
            return None
        end = j + 1
        while end < sent.end and not (self.doc[end].is_punct or is_boundary(self.view, end)):
            end += 1
        k = j + 1
        while k < end and self.doc[k].pos_ == "ADV":
            k += 1  # "zegt ook Dekker"
        tokens = self.np_after(k, end)
        rest = self.doc[tokens[-1].i + 1 : end] if tokens else []
        cues = self.cues  # a clause of its own after the subject: "zegt X dat …", "om … te"
        clause_words = cues.infinitive_complementisers | cues.infinitive_markers | cues.that_clause
        if not tokens or any(
            is_finite(self.view, t.i)
            or opens_subordinate_clause(self.view, t.i)
            or t.lower_ in clause_words
            for t in rest
        ):
            return None
        return verb, tokens

    def _demanding_source(self, sent: Span, hi: int) -> bool:
        """The clause is attributed to someone who demands or holds an opinion ("…, eist de
        ouderraad", "…, vindt X"), not one who reports: then a timetable is still a demand."""
        trailing = self.trailing_source(sent, hi)
        if trailing is None:
            return False
        verb = trailing[0]
        return verb.lower_ in self.cues.opinion_forms or self._directive(verb) is not None

    def _legal(self, tokens: list[Token]) -> bool:
        """A law or rule as source ("volgens artikel 10", "volgens de regels"): a legal duty."""
        return any(_ends_with(t, attribution_words().legal_sources) for t in tokens)

    def attribution_tokens(self, sent: Span, lo: int, hi: int) -> set[int]:
        """Tokens of a "volgens X" phrase inside [lo, hi), left out of the action."""
        out: set[int] = set()
        for token in self.doc[lo:hi]:
            if token.lower_ in attribution_words().according_to:
                out.add(token.i)
                out.update(t.i for t in self.np_after(token.i + 1, hi))
        return out

    def action(self, lo: int, hi: int, drop: set[int]) -> str | None:
        """The verb phrase left in [lo, hi) without `drop`, leading connectives and infinitive te."""
        tokens = [
            t
            for t in self.doc[lo:hi]
            if t.i not in drop and t.i not in self.inserted and not is_boundary(self.view, t.i)
        ]
        while tokens and (tokens[0].lower_ in self.cues.connectives or tokens[0].pos_ == "CCONJ"):
            tokens = tokens[1:]
        out: list[Token | str] = []
        in_om_clause = False  # an "om" is in `out`: tracked, not searched, to stay linear
        i = 0
        while i < len(tokens):
            token = tokens[i]
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            after = tokens[i + 2] if i + 2 < len(tokens) else None
            if (
                token.lower_ in self.cues.separable_particles
                and nxt is not None
                and nxt.lower_ in self.cues.infinitive_markers
                and after is not None
                and is_infinitive(self.view, after.i)
                and not in_om_clause
            ):
                out.append(token.text + after.text)
                i += 3
                continue
            if (
                token.lower_ in self.cues.infinitive_markers
                and nxt is not None
                and is_infinitive(self.view, nxt.i)
                and not in_om_clause
            ):
                i += 1
                continue
            out.append(token)
            in_om_clause = in_om_clause or token.lower_ in self.cues.infinitive_complementisers
            i += 1
        words = [w if isinstance(w, str) else w.text for w in out]
        return " ".join(words) or None

    # -- filters ---------------------------------------------------------------------------------

    def is_question_or_conditional(self, cue: Token) -> bool:
        """Whether the sentence around `cue` asks or makes the demand depend on a condition.

        The sentence is taken from the punctuation, not from the parser, which splits a question
        such as "Moet de minister dan niet ingrijpen?" after its first word.
        """
        lo = cue.i
        ends = self.ends
        while lo > 0 and not ends[lo - 1]:
            lo -= 1
        hi = cue.i
        while hi < len(self.doc) - 1 and not ends[hi]:
            hi += 1
        sentence = self.doc[lo : hi + 1]
        words = [t for t in sentence if not t.is_space and not is_quote_mark(t.text)]
        if not words:
            return False
        if words[-1].text.endswith("?") or words[0].lower_ in self.cues.conditional_inversion:
            return True
        if any(
            t.lower_ in self.cues.conditional_then and t.i > 0 and self.doc[t.i - 1].text == ","
            for t in words[1:]
        ) and (words[0].pos_ in ("VERB", "AUX") or is_finite(self.view, words[0].i)):
            return True  # "Doet de provincie niets, dan moet ...": a verb-first condition
        return self._has_conditional_clause(sentence)

    def _has_conditional_clause(self, sent: Span) -> bool:
        """A conditional clause ("als ..., moet ..."): opened by a conditional, verb-final order."""
        words = [t for t in sent if not t.is_space and not is_quote_mark(t.text)]
        for token in sent:
            if token.lower_ not in self.cues.conditional_subordinators:
                continue
            initial = token.i == words[0].i
            if not (initial or token.tag_.startswith("VG|onder") or token.pos_ == "SCONJ"):
                continue
            segment = []
            for t in self.doc[token.i + 1 : sent.end]:
                if is_boundary(self.view, t.i):
                    break
                segment.append(t)
            end = token.i + 1 + len(segment)
            if initial and end < sent.end and self.doc[end].text == ",":
                return True  # "Indien het misgaat, moet ...": an opening clause closed by a comma
            finite = [
                k
                for k, t in enumerate(segment)
                if is_finite(self.view, t.i) and t.pos_ in ("VERB", "AUX")
            ]
            if finite and finite[0] > 0:
                rest = segment[finite[0] + 1 :]
                if all(t.pos_ in ("VERB", "AUX", "CCONJ", "ADP") for t in rest):
                    return True
        return False

    def is_descriptive(
        self, sent: Span, lo: int, hi: int, sub: Token | None, subject: _Subject | None
    ) -> bool:
        """A modal that reports what people are forced to do, not what someone demands."""
        if sub is not None and sub.lower_ in self.cues.causal_subordinators:
            return True
        words = [t for t in sent if not t.is_space and not is_quote_mark(t.text)]
        opening = words[0].lower_ if words else ""
        causal = self.cues.causal_prepositions | self.cues.causal_subordinators
        if opening in causal and words[0].i < lo:
            return True  # "Doordat de bussen uitvallen, moeten scholieren ...": a consequence
        clause = self.doc[lo:hi]
        if any(t.lower_ in self.cues.habitual_adverbs for t in clause):
            return True
        if any(
            t.i + 1 < len(self.doc)
            and f"{t.lower_} {t.nbor(1).lower_}" in self.cues.duties_in_force
            for t in clause
        ):
            return True  # "moet nu al melden": a duty already in force
        according_to = attribution_words().according_to
        if any(
            t.lower_ in according_to and self._legal(self.np_after(t.i + 1, hi)) for t in clause
        ):
            return True  # "volgens artikel 10 moet ...": a legal duty, not a demand
        if sub is not None and sub.lower_ in self.cues.that_clause:
            governor = _verb_before(sent, sub)
            if governor is not None and governor.lemma_.casefold() in self.cues.perception_verbs:
                return True  # "hoort hij dat hij ergens anders moet zijn"

        subj = subject.head if subject is not None else None
        bare_plural = (
            subj is not None
            and subj.pos_ == "NOUN"
            and "Plur" in subj.morph.get("Number")
            and not any(c.dep_ == "det" for c in subj.children)
        )
        return bare_plural and any(t.lower_ in self.cues.present_adverbs for t in clause)

    def is_relative(self, sent: Span, sub: Token | None) -> bool:
        """A modal in a relative clause describes its antecedent ("mensen die eigenlijk in een
        gemeente zouden moeten wonen", "een wet die werkgevers moeten naleven"); only a cleft
        ("Het is de minister die nu moet ingrijpen") puts a demand there."""
        if sub is None or not sub.tag_.startswith("VNW|betr"):
            return False
        words = [
            t for t in self.doc[sent.start : sub.i] if not (t.is_space or is_quote_mark(t.text))
        ]
        cleft = (
            len(words) >= 2
            and words[0].lower_ in self.cues.cleft_openers
            and words[1].lemma_.casefold() in self.cues.copula_lemmas
        )
        return not cleft

    def is_scheduled(self, subj: _Subject | None, lo: int, hi: int, skip: set[int]) -> bool:
        """A timetable or a procedural deadline, not an appeal: "De trein moet om acht uur vertrekken".

        It needs a point in time (a clock time, a date, a named day) and either a verb of
        appearing or departing at a set time ("verschijnen", "vertrekken"), or a subject that
        cannot be urged with a verb of being ("De aanvraag moet voor 1 juli binnen zijn").
        An existential "er moet ... komen" stays a demand.
        """
        clause = [t for t in self.doc[lo:hi] if t.i not in skip]
        if not any(_time_point(t) for t in clause):
            return False
        if any(t.lower_ in self.cues.existential_er for t in clause):
            return False
        verbs = [t for t in clause if t.pos_ in ("VERB", "AUX")]
        lemmas = {f.casefold() for t in verbs for f in (t.lemma_, t.lower_)}
        if lemmas & self.cues.schedule_verbs:
            return True
        if not verbs and any(t.lower_ in self.cues.state_particles for t in clause):
            return True  # "De school moet maandag weer open": an elided "opengaan"
        urgeable = subj is not None and self.is_agentive(
            self.subject_words(subj, lo, hi, skip), subj.head
        )
        return not urgeable and bool(lemmas & self.cues.non_agentive_verbs)

    def is_purpose(self, subject: _Subject | None, lo: int, hi: int, skip: set[int]) -> bool:
        """A purpose statement: an instrument as subject of a result verb ("dit geld moet zorgen")."""
        if subject is None:
            return False
        subj = subject.head
        verbs = [
            t
            for t in self.doc[lo:hi]
            if t.i not in skip and t.lemma_.casefold() in self.cues.purpose_verbs
        ]
        if not verbs:
            return False
        if subj.lower_ in self.cues.inanimate_pronouns:
            return True
        if any(c.lower_ in self.cues.demonstrative_determiners for c in subj.children):
            return True
        return _ends_with(subj, self.cues.instrument_nouns)

    # -- finders ---------------------------------------------------------------------------------

    def modals(self, sent: Span) -> list[_Found]:
        """moet / moeten / dient te / hoort te / zou moeten."""
        out, cues = [], self.cues
        for token in self._cue_tokens("modal", sent):
            verb = self._modal(token)
            if verb is None or token.lower_ in verb.past or token.lower_ not in verb.forms:
                continue
            lo, hi, sub = self.clause(sent, token.i, at_subordinator=True)
            if verb.needs_te and not _has_word(self.doc[token.i + 1 : hi], cues.infinitive_markers):
                continue
            modality, anchor = verb.modality, token
            if is_infinitive(self.view, token.i) or token.lower_ in self.cues.modal_infinitives:
                aux = self._aux_before(token, lo)
                if aux is not None and aux.lower_ in self.cues.past_aux:
                    continue
                if aux is not None and aux.lower_ in self.cues.should_aux:
                    modality, anchor = "should", aux
            if is_past(self.view, anchor.i) and anchor.lower_ not in self.cues.should_aux:
                continue
            related = {token.i, anchor.i, token.head.i, anchor.head.i}
            related |= {c.i for c in token.children if c.pos_ in ("VERB", "AUX")}
            if sub is not None:  # subordinate order is regular: the subject follows the conjunction
                subj = self.subject_by_order(lo, anchor, hi, sub) or _parsed(
                    self.subject(lo, hi, related, anchor.i)
                )
            else:  # the subject stands before a clause the modal governs ("hoe het geld ...")
                rest = self.doc[anchor.i + 1 : hi]
                opens = (t for t in rest if opens_subordinate_clause(self.view, t.i))
                main_hi = next((t.i for t in rest if t.lower_ in cues.question_words), hi)
                main_hi = min(main_hi, next((t.i for t in opens), hi))
                subj = _parsed(self.subject(lo, main_hi, related)) or self.subject_by_order(
                    lo, anchor, main_hi, sub
                )
            if (
                subj is not None
                and subj.head.lower_ in self.cues.first_person | self.cues.generic_subjects
            ):
                continue
            modal_tokens = {token.i, anchor.i}
            if (
                self.is_relative(sent, sub)
                or self.is_purpose(subj, lo, hi, modal_tokens)
                or self.is_descriptive(sent, lo, hi, sub, subj)
                or (
                    self.is_scheduled(subj, lo, hi, modal_tokens)
                    and not self._demanding_source(sent, hi)
                )
            ):
                continue
            existential = _has_word(self.doc[token.i - 1 : token.i + 2], cues.existential_er)
            subject_tokens = (
                {t.i for t in self.subject_words(subj, lo, hi, modal_tokens)}
                if subj and not existential
                else set()
            )
            drop = modal_tokens | subject_tokens | self.attribution_tokens(sent, lo, hi)
            action = self.action(lo, hi, drop)
            if action is None:
                continue  # "Zo moet het.": an evaluation, nothing to be done is named
            out.append(
                _Found(
                    kind="modal",
                    cue=token.i,
                    start=lo,
                    end=self._trim_end(lo, hi),
                    modality=modality,
                    actor=self.actor(sent, token, sub, hi),
                    addressee=self.addressee(subj, lo, hi, modal_tokens),
                    action=action,
                )
            )
        return out

    def _modal(self, token: Token) -> ModalVerb | None:
        for lemma, verb in self.cues.modals.items():
            if token.lemma_.casefold() == lemma or token.lower_ in verb.forms | verb.past:
                return verb
        return None

    def _aux_before(self, token: Token, lo: int) -> Token | None:
        wanted = self.cues.should_aux | self.cues.past_aux | self.cues.future_aux
        for t in reversed(self.doc[lo : token.i]):
            if t.lower_ in wanted:
                return t
        return None

    def _trim_end(self, lo: int, hi: int) -> int:
        while hi > lo + 1 and (self.doc[hi - 1].is_punct or self.doc[hi - 1].is_space):
            hi -= 1
        return hi

    def directives(self, sent: Span) -> list[_Found]:
        """roept ... op, spoort ... aan, eist, vraagt om, dringt aan op, pleit voor, verzoekt."""
        out, cues = [], self.cues
        for token in self._cue_tokens("directive", sent):
            match = self._directive(token)
            if match is None:
                continue
            lemma, verb = match
            k = token.i - 1
            if k > sent.start and self.doc[k].lower_ in cues.cue_adverbs:
                k -= 1
            if k >= sent.start and self.trailing_source(sent, k) is not None:
                continue  # "De scholen moeten open, eist de ouderraad": attributes the clause
            lo, hi, sub = self.clause(sent, token.i, at_subordinator=True)
            after = self.doc[token.i + 1 : hi]
            particle = None
            if verb.particle and not token.lower_.startswith(verb.particle):
                particle = next((t for t in after if t.lower_ == verb.particle), None)
                if particle is None:
                    continue
            if lemma in cues.verbs_needing_complement and (
                _has_word(self.doc[lo:hi], cues.reflexive_pronouns)
                or not _has_word(after, cues.vragen_complements)
            ):
                continue
            if _has_word(self.doc[lo : token.i], cues.hypothetical_aux):
                continue
            related = {token.i, token.head.i} | {c.i for c in token.children if c.dep_ == "aux"}
            opens = cues.directive_complements
            complement = next((t.i for t in after if t.lower_ in opens or t.text == ":"), hi)
            finite = next(
                (
                    t
                    for t in self.doc[lo : token.i + 1]
                    if is_finite(self.view, t.i) and t.pos_ in ("VERB", "AUX")
                ),
                token,
            )
            found = (
                _parsed(self.subject(lo, complement, related))
                or self.subject_by_order(lo, finite, complement, sub)
                or _parsed(self._subject_left(sent, lo))
            )
            subj = found.head if found is not None else None
            document = self._document_antecedent(sent, sub)
            if document is not None:  # "een motie die het kabinet vraagt om ..."
                self._document_directive(sent, token, verb, sub, document, lo, hi, out)
                continue
            if subj is not None and subj.lower_ in cues.inanimate_pronouns:
                continue
            subject_tokens = set()
            if subj is None or subj.lower_ in cues.first_person:
                actor = self.speaker(token) or self.main_org
            else:
                phrase = self.subject_words(found, min(lo, subj.i), hi, {token.i})
                subject_tokens = {t.i for t in phrase}
                actor = self.party(phrase)
            skip = subject_tokens | {token.i} | ({particle.i} if particle else set())
            addressee, addressee_tokens = self._directive_addressee(token, verb, lo, hi, skip)
            action = self._directive_action(token, verb, lo, hi, skip | addressee_tokens)
            out.append(
                _Found(
                    kind="directive",
                    cue=token.i,
                    start=lo,
                    end=self._trim_end(lo, hi),
                    modality=verb.modality,
                    actor=actor,
                    addressee=addressee,
                    action=action,
                )
            )
        return out

    def _document_antecedent(self, sent: Span, sub: Token | None) -> Token | None:
        """The document noun a relative clause opened by `sub` describes ("een motie die")."""
        if sub is None or not sub.tag_.startswith("VNW|betr") or sub.i == sent.start:
            return None
        k = sub.i - 1
        if self.doc[k].text == "," and k > sent.start:
            k -= 1
        while k > sent.start and (
            self.doc[k].pos_ in ("VERB", "AUX")
            or self.doc[k].lower_ in self.cues.separable_particles
        ):
            k -= 1  # extraposed: "een motie aangenomen die ...", "nam een motie aan, die ..."
        noun = self.doc[k]
        return noun if _ends_with(noun, self.cues.document_nouns) else None

    def _document_directive(
        self,
        sent: Span,
        token: Token,
        verb: DirectiveVerb,
        sub: Token,
        document: Token,
        lo: int,
        hi: int,
        out: list[_Found],
    ) -> None:
        """A directive whose subject is a document (see `document_nouns` in the cue file)."""
        main = self.subject(sent.start, document.i, {document.head.i})
        if main is not None and main.pos_ != "PRON":
            actor = self.party(self.phrase(main, sent.start, document.i))
        else:
            actor = self.party([document])
        skip = {sub.i, token.i}
        addressee = None
        if verb.object_is_addressee:
            tokens = self.np_after(sub.i + 1, token.i)
            if tokens:
                addressee = self.party(tokens)
                skip |= {t.i for t in tokens}
        out.append(
            _Found(
                kind="directive",
                cue=token.i,
                start=lo,
                end=self._trim_end(lo, hi),
                modality=verb.modality,
                actor=actor,
                addressee=addressee,
                action=self._directive_action(token, verb, lo, hi, skip),
            )
        )

    def _directive(self, token: Token) -> tuple[str, DirectiveVerb] | None:
        if token.pos_ in ("ADP", "DET", "PRON", "PUNCT"):
            return None
        if token.i > 0 and self.doc[token.i - 1].lower_ in self.cues.determiners:
            return None  # "een verzoek aan de regering", "de eis": the noun, not the verb
        for lemma, verb in self.cues.directive_verbs.items():
            if token.lower_ in verb.forms or (
                token.lemma_.casefold() == lemma and token.pos_ in ("VERB", "AUX")
            ):
                return lemma, verb
        return None

    def _subject_left(self, sent: Span, lo: int) -> Token | None:
        """Subject of a coordinated verb: "Het CKM juicht ... toe, maar spoort ... aan"."""
        for token in reversed(self.doc[sent.start : lo]):
            if token.dep_ in _SUBJECT_DEPS and token.pos_ in _NP_POS:
                return token
        return None

    def _directive_addressee(
        self, verb_token: Token, verb: DirectiveVerb, lo: int, hi: int, skip: set[int]
    ) -> tuple[str | None, set[int]]:
        candidates: list[Token] = []
        cues, following = self.cues, self.doc[verb_token.i + 1 : hi]
        if verb.object_is_addressee:
            heads = [verb_token, *(c for c in verb_token.children if c.dep_ == "aux")]
            candidates = [
                c
                for h in heads
                for c in h.children
                if c.dep_ in _OBJECT_DEPS
                and c.pos_ in _NP_POS
                and lo <= c.i < hi
                and c.i not in skip
                and c.lower_ not in cues.non_party_objects
            ]
        complement = next((t.i for t in following if t.lower_ in cues.addressee_complements), hi)
        for token in self.doc[lo:complement]:
            if token.lower_ in verb.addressee_preps and token.i not in skip:
                tokens = self.np_after(token.i + 1, hi)
                if tokens and self.is_agentive(tokens, self._np_head(tokens)):
                    return self.party(tokens), {token.i} | {t.i for t in tokens}
        if candidates:  # the object, not its "om … te" complement the parser attached to it
            tokens = self.phrase(candidates[0], lo, complement, skip)
            return self.party(tokens), {t.i for t in tokens}
        if not verb.object_is_addressee:
            # "eist dat de provincie ... afgeeft": the party that must act is the dat-subject
            dats = (t for t in following if t.lower_ in cues.that_clause)
            dat = next((t for t in dats if opens_subordinate_clause(self.view, t.i)), None)
            if dat is None:
                return None, set()
            subj = self.subject_by_order(dat.i + 1, dat, hi, dat) or _parsed(
                self.subject(dat.i + 1, hi, set(range(dat.i + 1, hi)))
            )
            return self.addressee(subj, dat.i + 1, hi, set()), set()
        # word order: the noun phrase between the verb and its particle / complement, or, for a
        # participle or infinitive at the end ("heeft de minister aangespoord"), before the verb
        clause_final = verb_token.tag_.startswith(
            ("WW|vd", "WW|inf")
        ) or verb_token.lower_.startswith(tuple(p for p in (verb.particle, "ge") if p))
        if not clause_final:
            start, stop = verb_token.i + 1, hi
        else:
            start, stop = lo, verb_token.i
        for token in self.doc[start:stop]:
            if token.i in skip or token.pos_ in ("ADV",) or token.lower_ in cues.addressee_skips:
                continue
            if token.lower_ in cues.addressee_stops or token.pos_ == "VERB":
                break
            tokens = self.np_after(token.i, stop)
            if tokens:
                return self.party(tokens), {t.i for t in tokens}
        return None, set()

    def _directive_action(
        self, verb_token: Token, verb: DirectiveVerb, lo: int, hi: int, skip: set[int]
    ) -> str | None:
        after = [t for t in self.doc[verb_token.i + 1 : hi] if t.i not in skip]
        for k, token in enumerate(after):
            if token.lower_ in self.cues.infinitive_complementisers and any(
                t.lower_ in self.cues.infinitive_markers for t in after[k:]
            ):
                return self.action(token.i + 1, hi, skip)
            if token.lower_ in self.cues.that_clause and opens_subordinate_clause(
                self.view, token.i
            ):
                return self.action(token.i + 1, hi, skip)
            if token.lower_ in verb.action_preps and token.pos_ == "ADP":
                return self.action(token.i + 1, hi, skip)
        participle = verb_token.tag_.startswith(
            ("WW|vd", "WW|inf")
        ) or verb_token.lower_.startswith(
            ("ge", f"{verb.particle}ge") if verb.particle else "ge"
        )  # taggers call "geëist" finite
        if not verb.object_is_addressee and participle:
            # "heeft twintig jaar cel geëist tegen ...": the object stands before the participle
            aux = next(
                (t for t in reversed(self.doc[lo : verb_token.i]) if is_finite(self.view, t.i)),
                None,
            )
            if aux is not None:
                inner = [
                    t
                    for t in self.doc[aux.i + 1 : verb_token.i]
                    if t.i not in skip and t.lower_ not in self.cues.time_points
                ]
                if any(t.pos_ in ("NOUN", "PROPN", "NUM") for t in inner):
                    return self.action(inner[0].i, hi, skip | {verb_token.i})
        rest = [t for t in after if not is_boundary(self.view, t.i)]
        if rest and any(t.pos_ in ("NOUN", "PROPN") for t in rest):
            return self.action(rest[0].i, hi, skip)
        return None

    def frames(self, sent: Span) -> list[_Found]:
        """Frames: "het is (de hoogste) tijd dat", "het is belangrijk/nodig dat/om", "vindt het nodig"."""
        out = []
        for token in self._cue_tokens("frame", sent):
            form = token.lemma_.casefold(), token.lower_
            if any(f in self.cues.high_time_nouns for f in form):
                modality = "high_time"
            elif any(f in self.cues.necessity_words for f in form):
                modality = "necessary"
            else:
                continue
            j, voor = token.i + 1, None
            if j < sent.end and self.doc[j].lower_ in self.cues.task_party_prepositions:
                voor = self.np_after(j + 1, sent.end)
                j = j + 1 + len(voor)
            if j >= sent.end or self.doc[j].lower_ not in self.cues.complementisers:
                continue
            frame_verb = self._frame_verb(sent, token)
            if frame_verb is None:
                continue
            lo, _, _ = self.clause(sent, token.i, at_subordinator=False)
            comp = self.doc[j]
            _, hi, _ = self.clause(sent, j + 1, at_subordinator=False)
            actor = None
            if (
                frame_verb.lemma_.casefold() in self.cues.opinion_lemmas
                or frame_verb.lower_ in self.cues.opinion_forms
            ):
                subj = self.subject(lo, token.i, {frame_verb.i}) or self._subject_left(sent, lo)
                if subj is not None:
                    actor = self.party(self.phrase(subj, lo, token.i, {frame_verb.i}))
            actor = actor or self.actor(sent, token, None)
            addressee, drop = None, {comp.i}
            if comp.lower_ in self.cues.that_clause:
                dat_subj = self.subject_by_order(j + 1, comp, hi, comp) or _parsed(
                    self.subject(j + 1, hi, set(range(j + 1, hi)))
                )
                addressee = self.addressee(dat_subj, j + 1, hi, set())
                if dat_subj is not None:
                    drop |= {t.i for t in self.subject_words(dat_subj, j + 1, hi)}
            elif voor:
                addressee = self.party(voor)
            out.append(
                _Found(
                    kind="frame",
                    cue=token.i,
                    start=lo,
                    end=self._trim_end(lo, hi),
                    modality=modality,
                    actor=actor,
                    addressee=addressee,
                    action=self.action(j + 1, hi, drop),
                )
            )
        return out

    def _frame_verb(self, sent: Span, token: Token) -> Token | None:
        """The copula (or "vinden") of an "het is ... tijd/nodig" frame, with expletive "het"."""
        window: list[Token] = []
        j = token.i - 1
        while j >= sent.start and len(window) < _FRAME_WINDOW:
            if j in self.closes:
                j = self.closes[j] - 1  # "Het is, zegt X, de hoogste tijd"
                continue
            if is_boundary(self.view, j):
                break
            window.append(self.doc[j])
            j -= 1
        if not any(t.lower_ in self.cues.frame_expletives for t in window):
            return None
        for t in window:
            if t.lower_ in self.cues.frame_verbs and not is_past(self.view, t.i):
                return t
        return None

    def waits(self, sent: Span) -> list[_Found]:
        """Urgency without a named addressee: "... kan niet (langer) wachten"."""
        out = []
        for token in self._cue_tokens("wait", sent):
            if token.lemma_.casefold() not in self.cues.wait_verbs and token.lower_ not in (
                self.cues.wait_verbs
            ):
                continue
            lo, hi, sub = self.clause(sent, token.i, at_subordinator=True)
            before = self.doc[lo : token.i]
            can = next((t for t in before if t.lower_ in self.cues.wait_modals), None)
            if can is None or not any(t.lower_ in self.cues.wait_negations for t in before):
                continue
            found = _parsed(self.subject(lo, hi, {token.i, can.i})) or self.subject_by_order(
                lo, can, hi, sub
            )
            subj = found.head if found is not None else None
            action = None
            if found and subj.pos_ != "PRON" and not self.is_agentive([subj], subj):
                action = _join(self.subject_words(found, lo, hi, {can.i}))
            out.append(
                _Found(
                    kind="wait",
                    cue=token.i,
                    start=lo,
                    end=self._trim_end(lo, hi),
                    modality="high_time",
                    actor=self.actor(sent, token, sub, hi),
                    addressee=None,
                    action=action,
                    refers_back=subj is not None
                    and subj.lower_ in self.cues.demonstratives
                    and not subj.tag_.startswith("VNW|betr"),
                )
            )
        return out

    def tasks(self, sent: Span) -> list[_Found]:
        """A task assigned to X: "de uitdaging / taak voor X om ... te ..."."""
        out = []
        for token in self._cue_tokens("task", sent):
            if token.lemma_.casefold() not in self.cues.task_nouns:
                continue
            j = token.i + 1
            if j >= sent.end or self.doc[j].lower_ not in self.cues.task_party_prepositions:
                continue
            party = self.np_after(j + 1, sent.end)
            k = j + 1 + len(party)
            if (
                not party
                or k >= sent.end
                or self.doc[k].lower_ not in self.cues.infinitive_complementisers
            ):
                continue
            lo, _, _ = self.clause(sent, token.i, at_subordinator=False)
            _, hi, _ = self.clause(sent, k + 1, at_subordinator=False)
            if not any(t.lower_ in self.cues.infinitive_markers for t in self.doc[k:hi]):
                continue
            out.append(
                _Found(
                    kind="task",
                    cue=token.i,
                    start=lo,
                    end=self._trim_end(lo, hi),
                    modality="should",
                    actor=self.actor(sent, token, None),
                    addressee=self.party(party),
                    action=self.action(k + 1, hi, set()),
                )
            )
        return out

    def imperatives(self) -> list[_Found]:
        """Headline lines and quoted sentences that open with a verb and have no subject.

        Only where a reader expects a slogan or an appeal: on a headline or subheading line, or
        as a sentence inside a quote. Body sentences that open with a verb are questions or
        conditionals ("Komt het kabinet niet, dan ..."), not imperatives.
        """
        out = []
        seen: set[int] = set()
        text = self.view.orth
        for unit in [*self._headline_lines(), *self._quoted_sentences()]:
            first_word = self._first_word(unit.start, unit.end)
            if first_word is None or first_word in seen:
                continue
            if not (text[first_word].isalpha() and text[first_word][0].isupper()):
                continue  # as `_is_imperative` decides, before building the tokens
            words = [t for t in unit if not t.is_space and not is_quote_mark(t.text)]
            if not self._is_imperative(words):
                continue
            seen.add(words[0].i)
            first = words[0]
            speaker = self.speaker(first)
            opening = not any(not t.is_space for t in self.doc[: first.i])
            end = self._trim_end(first.i, words[-1].i + 1)
            out.append(
                _Found(
                    kind="imperative",
                    cue=first.i,
                    start=first.i,
                    end=end,
                    modality="imperative",
                    actor=speaker or self.main_org,
                    addressee=None,
                    subheading=speaker is None and not opening,
                    action=self.text[first.idx : self.doc[end - 1].idx + len(self.doc[end - 1])],
                )
            )
        return out

    def _first_word(self, lo: int, hi: int) -> int | None:
        """Index of the first token in [lo, hi) that is neither whitespace nor a quote mark."""
        space, quote = self.view.is_space, self.quote
        return next((i for i in range(lo, hi) if not space[i] and not quote[i]), None)

    def _quoted_sentences(self) -> list[Span]:
        """Sentences, or their parts after an opening quote mark, that stand inside a quote."""
        out: list[Span] = []
        if not self.quotes:
            return out
        text, quote = self.view.orth, self.quote
        for sent in self.sentences:
            starts = [sent.start] + [
                i + 1
                for i in range(sent.start, sent.end)
                if (quote[i] or text[i] == ":") and i + 1 < sent.end
            ]
            for start in starts:
                first = self._first_word(start, sent.end)
                if first is not None and self.speaker(self.doc[first]) is not None:
                    out.append(self.doc[start : sent.end])
        return out

    def _headline_lines(self) -> list[Span]:
        """Short lines without a full stop inside: headlines and subheadings."""
        text = self.view.orth
        lines, start = [], 0
        for i, token_text in enumerate(text):
            if "\n" in token_text:
                lines.append((start, i))
                start = i + 1
        lines.append((start, len(text)))
        punct, space = self.view.is_punct, self.view.is_space
        out = []
        for lo, hi in lines:
            words = sum(1 for i in range(lo, hi) if not punct[i] and not space[i])
            inner = any(text[i] in SENTENCE_END for i in range(lo, hi - 1))
            if 0 < words <= _MAX_HEADLINE_WORDS and not inner:
                out.append(self.doc[lo:hi])
        return out

    def _is_imperative(self, words: list[Token]) -> bool:
        """First word a verb (by tag, by the stem list, or by a particle closing the line), and
        nothing that could be its subject: no subject pronoun after it, no other finite verb in
        the main clause, no finite-looking verb right after a first-word noun ("Minister opent
        nieuwe school", "Kabinet trekt extra geld uit")."""
        first = words[0]
        if not first.is_alpha or not first.text[0].isupper() or words[-1].text == "?":
            return False
        if first.pos_ in ("DET", "PRON", "ADP", "NUM", "CCONJ", "SCONJ"):
            return False
        if first.lower_ in self.cues.hypothetical_imperatives:
            return False  # "Stel dat …", "Stel je voor: …" sets up an example, asks for nothing
        alpha = [t for t in words if t.is_alpha]
        particle_end = (
            len(alpha) >= 3
            and alpha[-1].lower_ in self.cues.separable_particles
            and first.pos_ not in ("ADV", "ADJ")
            and not any(is_finite(self.view, t.i) and t.pos_ in ("VERB", "AUX") for t in alpha[1:])
        )
        if not (_imperative_form(first) or particle_end):
            return False
        if len(words) > 1 and _bare_singular(words[1]):
            return False  # "Open dag bij de brandweer": an adjective before a bare noun
        if len(words) > 1 and words[1].lower_ in self.cues.subject_pronouns:
            return False  # "Gaat het mis", "Moet je ...": a question or an inverted clause
        if len(words) > 1 and _third_person_verb(words[1]) and not is_finite(self.view, first.i):
            return False  # "Minister opent nieuwe school": a subject, then its verb
        for token in words[1:]:
            if opens_subordinate_clause(self.view, token.i) or token.text in CLAUSE_BOUNDARY:
                break
            if (
                token.pos_ in ("VERB", "AUX")
                and is_finite(self.view, token.i)
                and not token.tag_.endswith("|mv")
                and "Plur" not in token.morph.get("Number")
            ):
                return False
        return True


def _main_organisation(index: EntityIndex, quotes: list[Quote]) -> str | None:
    """The organisation the article is about: most mentions, speakers' affiliation breaking ties.

    A press release speaks for its publisher, so an unattributed headline imperative is its demand.
    """
    affiliations = set()
    for quote in quotes:
        entity = index.resolve(quote.speaker) if quote.speaker else None
        if entity is not None and entity.affiliation:
            affiliations.add(entity.affiliation)
    orgs = [e for e in index.entities if e.label == "ORG"]
    if not orgs:
        return None
    best = max(
        orgs,
        key=lambda e: (
            len(e.mentions) + (2 if e.name in affiliations else 0),
            -min((m.start for m in e.mentions), default=0),
        ),
    )
    return best.name


def _ends_with(token: Token, nouns: frozenset[str]) -> bool:
    """`token` is one of `nouns` or a compound headed by one (Dutch compounds are right-headed)."""
    lower = token.lower_
    forms = {  # plurals "-s", "-en" and "-n" after a stem in -e ("gemeenten")
        token.lemma_.casefold(),
        lower,
        lower.removesuffix("s"),
        lower.removesuffix("en"),
        lower.removesuffix("n"),
    }
    return headed_by(forms, nouns, 4)


def _time_point(token: Token) -> bool:
    """A named day or day part, a clock time ("om acht uur") or a date ("1 juli")."""
    lower = token.lower_
    if lower in _cues().time_points:
        return True
    if token.i == 0:
        return False
    prev = token.doc[token.i - 1]
    number = prev.like_num or prev.lower_ in _cues().clock_numbers
    return (lower in _cues().clock_units and number) or (lower in _cues().months and prev.like_num)


def _verb_before(sent: Span, sub: Token) -> Token | None:
    """The nearest verb before a subordinating conjunction: the one its clause depends on."""
    for token in reversed(sent.doc[sent.start : sub.i]):
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def _imperative_form(token: Token) -> bool:
    """The verb stem of the imperative: a present singular finite verb without the -t of the
    third person (unless the stem ends in t: "Zet", "Wacht"), or a stem from the list."""
    if token.lower_ in _cues().imperative_stems:
        return True
    if token.tag_.startswith("WW|pv|tgw|ev"):
        return True
    morph = token.morph
    lemma = token.lemma_.casefold()
    stem_in_t = lemma.endswith("en") and lemma.removesuffix("en").endswith("t")
    return (
        token.pos_ in ("VERB", "AUX")
        and "Fin" in morph.get("VerbForm")
        and "Pres" in morph.get("Tense")
        and "Plur" not in morph.get("Number")
        and (not token.lower_.endswith("t") or stem_in_t)
    )


def _third_person_verb(token: Token) -> bool:
    """A present third-person verb ("opent", "trekt"), also when the tagger calls it else."""
    if token.tag_.startswith("WW|pv|tgw|met-t"):
        return True
    return (
        token.is_lower
        and len(token) > 3
        and token.lower_.endswith("t")
        and token.pos_ not in ("DET", "PRON", "ADV", "ADJ", "NUM", "CCONJ", "SCONJ")
        and token.lower_ not in _cues().closed_words_in_t
    )


def _bare_singular(token: Token) -> bool:
    """A singular common noun with no determiner: after an imperative it would need one."""
    return (
        token.pos_ == "NOUN"
        and token.is_lower
        and "Sing" in token.morph.get("Number")
        and not any(c.dep_ == "det" for c in token.children)
    )
