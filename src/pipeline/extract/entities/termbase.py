"""The `termbase_entities` component: curated names and places into `doc.ents`.

It matches the termbase and the place gazetteer (`pipeline.labels`) with a case-sensitive
PhraseMatcher. A termbase match wins over every statistical entity it overlaps, so a long name
("Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen") stays whole and no fragment
("Seksueel Geweld") survives. A gazetteer match relabels a model entity of exactly the same span
(CoNLL models say LOC for "Nederland") and fills gaps, but yields to a longer model entity ("Politie
Utrecht"). A known body with regional branches takes the place or capitalised words after it into
its name ("GGD Zeeland", "GGD Hollands Noorden").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from pipeline.extract.entities.names import org_word
from pipeline.extract.entities.roles import role_word
from pipeline.extract.entities.words import (
    NAME_TOKEN,
    PLACE_PREFIX,
    TERM_PREFIX,
    contains,
    entry_name,
    known,
    longest_spans,
    overlap,
    span_label,
    words,
)
from pipeline.labels import Term, first_names, places, term_by_name, termbase


def _pattern_tokenizer(nlp: Language) -> Callable[[str], Doc]:
    """`nlp`'s tokenizer on a vocabulary of its own, to split the patterns with and to hold the
    matchers' keys.

    The matcher compares ORTH hashes, which do not depend on the vocabulary. On the model's own
    vocabulary, the patterns' ~20,000 words and the ~10,000 match keys (`PhraseMatcher.add` makes a
    lexeme of each key) would become lexemes of the model, and a vocabulary that large makes every
    later parse about 5 % slower (25.4 against 24.3 CPU s per 2,000 benchmark articles). A tokenizer
    that is not spaCy's (a user's own) is used as it is.
    """
    if not isinstance(nlp.tokenizer, Tokenizer):
        return nlp.tokenizer
    return Tokenizer(Vocab(strings=[])).from_bytes(nlp.tokenizer.to_bytes())


class TermbaseEntities:
    """Put termbase and gazetteer names into `doc.ents`; termbase names win every overlap."""

    def __init__(self, nlp: Language) -> None:
        split = _pattern_tokenizer(nlp)
        vocab = getattr(split, "vocab", nlp.vocab)
        self.terms = PhraseMatcher(vocab, attr="ORTH")
        self.places = PhraseMatcher(vocab, attr="ORTH")
        # match id -> (span id, entry), read once here rather than from the string store per match
        self.entries: dict[int, tuple[str, Term]] = {}
        for matcher, entries, prefix in (
            (self.terms, termbase(), TERM_PREFIX),
            (self.places, places(), PLACE_PREFIX),
        ):
            for entry in entries:
                key = prefix + entry.name
                matcher.add(key, [split(f) for f in entry.forms()])
                self.entries[vocab.strings.add(key)] = (key, term_by_name()[entry.name])

    def _spans(self, doc: Doc, matcher: PhraseMatcher) -> list[Span]:
        spans = []
        for match_id, start, end in matcher(doc):
            key, entry = self.entries[match_id]
            if (
                entry.after_van
                and end - start == 1
                and doc[start].text == entry.name  # the bare name
                and (start == 0 or doc[start - 1].lower_ not in words().of_words)
            ):
                continue
            spans.append(Span(doc, start, end, label=entry.label, span_id=key))
        return longest_spans(spans)

    def __call__(self, doc: Doc) -> Doc:
        terms = self._spans(doc, self.terms)
        model = doc.ents  # read once: spaCy builds the spans anew on each access
        ents, remnants = [], []  # the model's entities no termbase name overlaps, what is left
        for e in model:
            inside = [t for t in terms if overlap(e, t)]
            if not inside:
                ents.append(e)
            elif (remnant := _remnant(e, inside)) is not None:
                remnants.append(remnant)
        ents += remnants
        for place in self._spans(doc, self.places):
            # "GGD Zeeland": a regional branch of a known body takes the place into its name
            branch = next((t for t in terms if t.end == place.start), None)
            if (
                branch is not None
                and term_by_name()[entry_name(branch)].type in words().branched_types
            ):
                terms[terms.index(branch)] = Span(
                    doc, branch.start, place.end, label=branch.label, span_id=branch.id
                )
                ents = [e for e in ents if not overlap(e, place)]
                continue
            if any(overlap(place, t) for t in terms) or _names_a_body(place):
                continue
            holder = next((e for e in ents if contains(e, place) and len(e) > len(place)), None)
            if holder is not None and (person := _before_office_place(holder, place)) is not None:
                ents = [e for e in ents if e is not holder] + [person, place]
                continue
            if holder is not None and _article_place(holder, place):
                ents = [e for e in ents if e is not holder]
                ents.append(
                    Span(doc, holder.start, holder.end, label=place.label, span_id=place.id)
                )
                continue
            if holder is not None:
                continue
            # "Stichting Thuisloos" + "Utrecht": a place right after an organisation belongs to it
            head = next((e for e in ents if e.end == place.start and not known(e)), None)
            if head is not None and span_label(head) in ("ORG", "MISC"):
                ents = [e for e in ents if e is not head and not overlap(e, place)]
                ents.append(Span(doc, head.start, place.end, label=head.label))
                continue
            ents = [e for e in ents if not overlap(e, place)] + [place]
        for k, term in enumerate(terms):
            end = _branch_end(term, [*ents, *terms])
            if end > term.end:
                terms[k] = Span(doc, term.start, end, label=term.label, span_id=term.id)
                ents = [e for e in ents if not overlap(e, terms[k])]
        # `set_ents`, not the `doc.ents` setter: that copies every Span first (2 Tokens each)
        doc.set_ents(sorted([*ents, *terms], key=lambda s: s.start))
        return doc


def _branch_end(term: Span, spans: list[Span]) -> int:
    """End of a regional branch name the gazetteer does not know: "GGD Hollands Noorden".

    Capitalised words right after a body with branches (GGD, politie, FNV) on the same line name
    the branch, unless they are a person (a model PERSON, a given name, a role) or another entity.
    """
    doc = term.doc
    if term_by_name()[entry_name(term)].type not in words().branched_types:
        return term.end
    taken: set[int] | None = None  # collected once a word qualifies (most branches have none)
    end = term.end
    while end < len(doc) and end - term.end < 3:
        token = doc[end]
        text = token.text
        if (
            "\n" in doc[end - 1].whitespace_
            or not NAME_TOKEN.match(text)
            or token.lower_ in words().name_determiners
            or text in first_names()
            or role_word(text)
        ):
            break
        taken = _person_tokens(term, spans) if taken is None else taken
        if end in taken:
            break
        end += 1
    return end


def _person_tokens(term: Span, spans: list[Span]) -> set[int]:
    """The tokens of the spans other than `term` that a branch name may not take: persons and
    known names."""
    return {
        i
        for s in spans
        if s is not term and (known(s) or span_label(s) == "PERSON")
        for i in range(s.start, s.end)
    }


def _before_office_place(holder: Span, place: Span) -> Span | None:
    """ "Burgemeester Hatice Yilmaz van Almere" as one person: the name before "van <place>".

    Only when the name before "van" is complete (two capitalised words, a title counts), so the
    surname "Jan van Almere" stays whole.
    """
    doc = holder.doc
    van = place.start - 1
    if span_label(holder) != "PERSON" or place.end != holder.end or van <= holder.start:
        return None
    if (
        doc[van].lower_ not in words().of_words
        or sum(t.is_title for t in doc[holder.start : van]) < 2
    ):
        return None
    return Span(doc, holder.start, van, label=holder.label)


def _names_a_body(place: Span) -> bool:
    """ "Waterland Ziekenhuis", "Twente Airport": a place before a capitalised organisation word
    on the same line names a body, not the place (`org_word_after` joins the model's entity)."""
    doc, end = place.doc, place.end
    return (
        end < len(doc)
        and doc[end].is_title
        and org_word(doc[end].text)
        and "\n" not in doc[end - 1].whitespace_
    )


def _article_place(holder: Span, place: Span) -> bool:
    """ "De Kempen", "het Westland": a model entity that is a known place with its article is that
    place (the article stays in the span: the region is named with it); "De Kempen Groep" is not."""
    doc = holder.doc
    rest = [*doc[holder.start : place.start], *doc[place.end : holder.end]]
    return place.end == holder.end and all(t.lower_ in words().name_determiners for t in rest)


def _remnant(ent: Span, inside: list[Span]) -> Span | None:
    """What a model entity had before the first termbase name inside it, when that is a name
    (`inside`: the termbase names it overlaps, one at least).

    "Juriste Merel Dijkstra-Oosterhuis van Defence for Children" (one model entity) keeps the
    person; the termbase takes "Defence for Children".
    """
    end = min(t.start for t in inside)
    while end > ent.start and (ent.doc[end - 1].is_lower or ent.doc[end - 1].is_punct):
        end -= 1
    if end > ent.start and ent.doc[end - 1].is_title:
        return Span(ent.doc, ent.start, end, label="MISC")  # the model's type was for more
    return None
