"""Entities: spaCy NER corrected by a termbase and a few rules, then merged across mentions.

Two spaCy components fix `doc.ents` for any model (added by `add_entity_components`):

- `termbase_entities` matches the curated termbase and the place gazetteer (`pipeline.labels`) with a
  case-sensitive PhraseMatcher. A termbase match wins over every statistical entity it overlaps, so a
  long name ("Nationaal Rapporteur Mensenhandel en Seksueel Geweld tegen Kinderen") stays whole and
  no fragment ("Seksueel Geweld") survives. A gazetteer match relabels a model entity of exactly the
  same span (CoNLL models say LOC for "Nederland") and fills gaps, but yields to a longer model entity
  ("Politie Utrecht").
- `entity_fixes` strips titles and determiners from entity spans ("Woordvoerder Shamir Ceuleers"),
  drops spans without a capital letter (politie, kabinet) and words for the state in general ("het
  Rijk", data/not_entities.csv), labels a name after a role word as a person
  and adds such names when the model missed them ("minister-president Rutte"). Names headed by an
  organisation word ("Jeroen Bosch Ziekenhuis", "zorgorganisatie Zuidzorg"), regional branches
  outside the gazetteer ("GGD Hollands Noorden", "LTO Noord") and portfolios ("wethouder X van
  Werk en Inkomen") are typed by rule, since models cut and mislabel them.

`extract_entities` then reads role and affiliation from the context (title before the name, "van X"
after it, apposition ", directeur van de Woonbond," or "De advocaat van X, mr. Y,", a compound
"VNG-bestuurder", a bracketed party "Joost Hermans (CDA)"); an organisational role with none of these
("Woordvoerder X: ‘…’") gets the organisation named around it (`EntityIndex.employer`). It merges
mentions (surname <-> full name, acronym <-> expansion, genitive "Bolhaars" -> "Bolhaar") and drops
names seen only where a capital proves nothing: a one-capital name at the start of a sentence or a quote, or any name on a headline line,
unless the name is confirmed elsewhere. A second capital inside the name ("Albert Heijn") is proof.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.extract.quotes import find_quote_marks
from pipeline.extract.resolve import EntityIndex
from pipeline.labels import (
    Term,
    first_names,
    full_role,
    lookup_term,
    map_label,
    name_suffixes,
    not_entities,
    org_anaphors,
    org_kinds,
    org_roles,
    places,
    role_en,
    roles,
    term_by_name,
    termbase,
)
from pipeline.schema import Entity
from pipeline.schema import Span as TextSpan
from pipeline.text.datafiles import EntityWords, sections
from pipeline.text.grammar import SENTENCE_END
from pipeline.text.view import DocView

TERM_PREFIX = "term:"
PLACE_PREFIX = "place:"
MINISTRY_PREFIX = "ministerie van "
GENERIC = "GENERIC"  # label of an affiliation written as a generic noun ("van het instituut")
# A line ending in one of these is a sentence, not a headline (see `_heading`).
HEADING_END_MARKS = tuple(".!?:;\"'”’»…)")
OPEN_MARKS = set("‘“'\"«(:[-–—")
ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}$")
GENITIVE = re.compile(r"^(?P<base>.+?)(?:'s|’s|'|’|s)$")
NAME_TOKEN = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*$")
MAX_NAME_TOKENS = 4
FUNCTION_POS = {"ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "ADV", "PART", "NUM"}
BRANCHED = {"agency", "police", "ngo", "union"}  # termbase types with regional branches


@cache
def _words() -> EntityWords:
    """data/entity_words.yaml, loaded once."""
    return sections(EntityWords)


def add_entity_components(nlp: Language) -> None:
    """Add the termbase ruler and the entity fixes after the model's NER (idempotent)."""
    after = {"after": "ner"} if "ner" in nlp.pipe_names else {}
    if "termbase_entities" not in nlp.pipe_names:
        nlp.add_pipe("termbase_entities", **after)
    if "entity_fixes" not in nlp.pipe_names:
        nlp.add_pipe("entity_fixes", after="termbase_entities")


# --- roles -------------------------------------------------------------------------------------


def _role_phrases() -> dict[tuple[str, ...], tuple[str, str]]:
    """Role phrase as lower-case token tuple -> (role as spelled in the table, kind)."""
    return {
        tuple(key.split()): (full_role(spelled), kind)
        for key, (spelled, _, kind) in roles().items()
    }


_PHRASES = _role_phrases()
_MAX_ROLE_TOKENS = max(len(k) for k in _PHRASES)
# Proper prefixes of the multi-word phrases: a scan from a token stops at the first word that
# cannot continue one, so most tokens cost one set lookup (this runs for every token of a doc).
_PREFIXES = frozenset(key[:n] for key in _PHRASES for n in range(1, len(key)))


def _role_word(text: str) -> tuple[str, str] | None:
    """(role, kind) when `text` is one role token: "Woordvoerder", "oud-minister", "CKM-woordvoerder"."""
    key = text.casefold()
    if (key,) in _PHRASES:
        return _PHRASES[(key,)]
    head, _, tail = key.rpartition("-")
    if head and (tail,) in _PHRASES and _PHRASES[(tail,)][1] == "person":
        if head in _words().former_words:
            return f"{head}-{_PHRASES[(tail,)][0]}", "person"
        return _PHRASES[(tail,)][0], "person"
    return None


def _role_at(doc: Doc, i: int) -> tuple[int, str, str] | None:
    """(end token, role, kind) of the longest role phrase starting at token i."""
    longest: tuple[int, str, str] | None = None
    key: tuple[str, ...] = ()
    for j in range(i, min(i + _MAX_ROLE_TOKENS, len(doc))):
        key = (*key, doc[j].text.casefold())
        if len(key) > 1 and key in _PHRASES:
            longest = (j + 1, *_PHRASES[key])
        if key not in _PREFIXES:
            break
    if longest is not None:
        return longest
    if i < len(doc) and (hit := _role_word(doc[i].text)):
        return i + 1, *hit
    return None


def _role_ending_at(doc: Doc, end: int) -> tuple[int, str] | None:
    """(start token, role) of a person-role phrase ending just before token `end`, skipping titles."""
    while end > 0 and (hit := _role_at(doc, end - 1)) and hit[2] == "honorific":
        end -= 1
    gap = doc[end - 1] if end > 1 else None
    if gap is not None and gap.is_lower and gap.is_alpha and gap.pos_ not in FUNCTION_POS:
        hit = _role_at(doc, end - 2)  # "hoogleraar huisartsgeneeskunde Thomas de Vries"
        if hit and hit[0] == end - 1 and hit[2] == "person":
            return end - 2, hit[1]
    for n in range(min(_MAX_ROLE_TOKENS, end), 0, -1):
        hit = _role_at(doc, end - n)
        if hit and hit[0] == end and hit[2] == "person":
            return end - n, hit[1]
    return None


# --- component: termbase and gazetteer ---------------------------------------------------------


class TermbaseEntities:
    """Put termbase and gazetteer names into `doc.ents`; termbase names win every overlap."""

    def __init__(self, nlp: Language) -> None:
        self.terms = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.places = PhraseMatcher(nlp.vocab, attr="ORTH")
        for matcher, entries, prefix in (
            (self.terms, termbase(), TERM_PREFIX),
            (self.places, places(), PLACE_PREFIX),
        ):
            for entry in entries:
                matcher.add(prefix + entry.name, [nlp.make_doc(f) for f in entry.forms()])

    def _spans(self, doc: Doc, matcher: PhraseMatcher) -> list[Span]:
        spans = []
        for match_id, start, end in matcher(doc):
            key = doc.vocab.strings[match_id]
            entry = term_by_name()[key.split(":", 1)[1]]
            bare = end - start == 1 and doc[start].text == entry.name
            if (
                entry.after_van
                and bare
                and (start == 0 or doc[start - 1].lower_ not in _words().of_words)
            ):
                continue
            spans.append(Span(doc, start, end, label=entry.label, span_id=key))
        return filter_spans(spans)

    def __call__(self, doc: Doc) -> Doc:
        terms = self._spans(doc, self.terms)
        ents = [e for e in doc.ents if not any(_overlap(e, t) for t in terms)]
        ents += [r for e in doc.ents if (r := _remnant(e, terms)) is not None]
        for place in self._spans(doc, self.places):
            # "GGD Zeeland": a regional branch of a known body takes the place into its name
            branch = next((t for t in terms if t.end == place.start), None)
            if branch is not None and term_by_name()[branch.id_.split(":", 1)[1]].type in BRANCHED:
                terms[terms.index(branch)] = Span(
                    doc, branch.start, place.end, label=branch.label, span_id=branch.id
                )
                ents = [e for e in ents if not _overlap(e, place)]
                continue
            if any(_overlap(place, t) for t in terms):
                continue
            holder = next((e for e in ents if _contains(e, place) and len(e) > len(place)), None)
            if holder is not None and (person := _before_office_place(holder, place)) is not None:
                ents = [e for e in ents if e is not holder] + [person, place]
                continue
            if holder is not None:
                continue
            # "Stichting Thuisloos" + "Utrecht": a place right after an organisation belongs to it
            head = next((e for e in ents if e.end == place.start and not _known(e)), None)
            if head is not None and map_label(head.label_) in ("ORG", "MISC"):
                ents = [e for e in ents if e is not head and not _overlap(e, place)]
                ents.append(Span(doc, head.start, place.end, label=head.label))
                continue
            ents = [e for e in ents if not _overlap(e, place)] + [place]
        for k, term in enumerate(terms):
            end = _branch_end(term, [*ents, *terms])
            if end > term.end:
                terms[k] = Span(doc, term.start, end, label=term.label, span_id=term.id)
                ents = [e for e in ents if not _overlap(e, terms[k])]
        doc.ents = sorted([*ents, *terms], key=lambda s: s.start)
        return doc


def _branch_end(term: Span, spans: list[Span]) -> int:
    """End of a regional branch name the gazetteer does not know: "GGD Hollands Noorden".

    Capitalised words right after a body with branches (GGD, politie, FNV) on the same line name
    the branch, unless they are a person (a model PERSON, a given name, a role) or another entity.
    """
    doc = term.doc
    if term_by_name()[term.id_.split(":", 1)[1]].type not in BRANCHED:
        return term.end
    taken = {
        i
        for s in spans
        if s is not term and (_known(s) or map_label(s.label_) == "PERSON")
        for i in range(s.start, s.end)
    }
    end = term.end
    while (
        end < len(doc)
        and end - term.end < 3
        and end not in taken
        and "\n" not in doc[end - 1].whitespace_
        and NAME_TOKEN.match(doc[end].text)
        and doc[end].lower_ not in _words().name_determiners
        and doc[end].text not in first_names()
        and not _role_word(doc[end].text)
    ):
        end += 1
    return end


def _before_office_place(holder: Span, place: Span) -> Span | None:
    """ "Burgemeester Hatice Yilmaz van Almere" as one person: the name before "van <place>".

    Only when the name before "van" is complete (two capitalised words, a title counts), so the
    surname "Jan van Almere" stays whole.
    """
    doc = holder.doc
    van = place.start - 1
    if map_label(holder.label_) != "PERSON" or place.end != holder.end or van <= holder.start:
        return None
    if (
        doc[van].lower_ not in _words().of_words
        or sum(t.is_title for t in doc[holder.start : van]) < 2
    ):
        return None
    return Span(doc, holder.start, van, label=holder.label)


def _remnant(ent: Span, terms: list[Span]) -> Span | None:
    """What a model entity had before the first termbase name inside it, when that is a name.

    "Juriste Merel Dijkstra-Oosterhuis van Defence for Children" (one model entity) keeps the
    person; the termbase takes "Defence for Children".
    """
    inside = [t for t in terms if _overlap(ent, t)]
    if not inside:
        return None
    end = min(t.start for t in inside)
    while end > ent.start and (ent.doc[end - 1].is_lower or ent.doc[end - 1].is_punct):
        end -= 1
    if end > ent.start and ent.doc[end - 1].is_title:
        return Span(ent.doc, ent.start, end, label="MISC")  # the model's type was for more
    return None


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _contains(outer: Span, inner: Span) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


@Language.factory("termbase_entities")
def make_termbase_entities(nlp: Language, name: str) -> TermbaseEntities:
    """spaCy factory for `TermbaseEntities`."""
    return TermbaseEntities(nlp)


# --- component: span fixes ---------------------------------------------------------------------


def _known(span: Span) -> bool:
    """Whether the span came from the termbase or the gazetteer."""
    return span.id_.startswith((TERM_PREFIX, PLACE_PREFIX))


def _trim(span: Span) -> tuple[Span | None, bool]:
    """Span without leading determiners/titles/roles and edge punctuation; (span, role stripped)."""
    start, end, stripped = span.start, span.end, False
    doc = span.doc
    while start < end:
        token = doc[start]
        hit = _role_at(doc, start)
        if token.text in _words().name_determiners or token.is_punct or token.is_space:
            start += 1
        elif hit and hit[0] <= end:
            start, stripped = hit[0], stripped or hit[2] == "person" or hit[2] == "honorific"
        else:
            break
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None, stripped
    return Span(doc, start, end, label=span.label, span_id=span.id), stripped


def _name_tokens(doc: Doc, i: int, taken: set[int], particle_first: bool = False) -> int:
    """End of a personal name starting at token i ("Eric van der Burg", "De Jonge"), or i if none.

    With `particle_first` the name may go on with a particle ("Anouk" + "de Vries").
    """
    end, last_cap = i, i
    while end < len(doc) and end - i < MAX_NAME_TOKENS and end not in taken:
        token = doc[end]
        if end > i and "\n" in doc[end - 1].whitespace_:
            break
        if NAME_TOKEN.match(token.text) and not _role_word(token.text):
            end += 1
            last_cap = end
        elif token.text in _words().surname_particles and (end > i or particle_first):
            end += 1
        else:
            break
    return last_cap


def _bracketed_acronyms(doc: Doc, texts: list[str]) -> list[Span]:
    """ "Centrum voor Jeugd en Gezin (CJG)": the words before a bracketed acronym whose capitals
    spell it form one ORG name (the long-form search of Schwartz & Hearst, 2003, for capitals)."""
    found = []
    for i in range(1, len(texts) - 1):
        if not (texts[i - 1] == "(" and texts[i + 1] == ")" and ACRONYM.match(texts[i])):
            continue
        token = doc[i]
        letters, start = token.text.replace("&", ""), token.i - 1
        while start > 0 and letters:
            word = doc[start - 1]
            if word.text[:1].isupper() and word.text[0] == letters[-1]:
                letters = letters[:-1]
            elif not (word.is_lower and word.is_alpha) or word.i < token.i - 3 * len(token.text):
                break
            start -= 1
        if not letters and doc[start].text[:1].isupper():
            found.append(Span(doc, start, token.i - 1, label="ORG"))
    return found


def _extend_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """Complete person names the model cut short: "Femke" + "van der Laan", "Anouk" + "de Vries".

    A model entity after the particles is absorbed unless a bare "van" links a complete name or
    an organisation or place ("Piet Jansen van Philips", "Benali van Rotterdam"). A listed given
    name alone is no complete name: "Ineke" + "van Gent" is a surname even though Gent is a place.
    """
    known = {i for span in spans if _known(span) for i in range(span.start, span.end)}
    starts = {span.start: span for span in spans}
    out, absorbed = [], set()
    for span in spans:
        if span.start in absorbed:
            continue
        if map_label(span.label_) != "PERSON" or _known(span):
            out.append(span)
            continue
        given = len(span) == 1 and span[0].text in first_names()
        stops = known
        if given:  # the surname may be a place: free the first place after the particles
            k = span.end
            while k < len(doc) and doc[k].text in _words().surname_particles:
                k += 1
            place = starts.get(k)
            if k > span.end and place is not None and place.id_.startswith(PLACE_PREFIX):
                stops = known - set(range(place.start, place.end))
        end = max(_name_tokens(doc, span.end, stops, particle_first=True), span.end)
        inner = [s for s in spans if span.end <= s.start < end and s is not span]
        bare_van = (
            end > span.end + 1
            and doc[span.end].lower_ in _words().of_words
            and (
                len(span) > 1  # "Piet Jansen" is complete: "van Philips" is where he works
                or (
                    not given
                    and inner
                    and inner[0].start == span.end + 1
                    and (_known(inner[0]) or map_label(inner[0].label_) in ("ORG", "GPE"))
                )
            )
        )
        if bare_van or any(s.end > end for s in inner):
            end = span.end
        absorbed.update(s.start for s in inner if end > span.end and s.start in starts)
        taken = {i for s in spans if s is not span for i in range(s.start, s.end)}
        out.append(Span(doc, _first_name(doc, span.start, taken), end, label=span.label))
    return out


def _suffix_label(word: str) -> str | None:
    """Type given by the word's ending: "Spreidingswet" is a law (see data/name_suffixes.csv)."""
    lower = word.casefold()
    return next(
        (label for end, label in name_suffixes() if lower.endswith(end) and lower != end), None
    )


def _first_name(doc: Doc, start: int, taken: set[int]) -> int:
    """Start of a person's name including a first name the model left out ("Ruben" + "Mulder")."""
    prev = start - 1
    if (
        prev >= 0
        and prev not in taken
        and doc[start].text not in first_names()  # "Gerrit Kamphuis" has its first name
        and doc[prev].pos_ == "PROPN"
        and doc[prev].is_title
        and doc[prev].is_alpha
        and "\n" not in doc[prev].whitespace_
        and not _role_word(doc[prev].text)
    ):
        return prev
    return start


def _kind_named(span: Span) -> Span:
    """An entity after a noun naming a kind of body is that body: "onderzoeksbureau Panteia"; so is
    one with such a noun in apposition: "Sport Vlaanderen, het agentschap dat …"."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    apposed = doc[span.end : span.end + 3] if span.end + 3 <= len(doc) else None
    if (
        apposed is not None
        and not _known(span)
        and map_label(span.label_) in ("LOC", "GPE", "MISC", "PERSON")
        and span[0].text not in first_names()
        and apposed[0].text == ","
        and apposed[1].lower_ in _words().definite_determiners
        and apposed[2].is_lower
        and _org_word(apposed[2])
    ):
        return Span(doc, span.start, span.end, label="ORG", span_id=span.id)
    if _known(span) or prev is None or not _descriptor(prev) or map_label(span.label_) == "ORG":
        return span
    if not prev.lower_.endswith(org_kinds()) or (span.label_ == "PERSON" and len(span) > 1):
        return span
    return Span(doc, span.start, span.end, label="ORG", span_id=span.id)


def _portfolio(span: Span) -> Span | None:
    """ "wethouder X van Werk en Inkomen": a capitalised "A en B" after "van" is a portfolio, not a
    place (models tag "Inkomen" LOC); the whole coordination becomes one MISC name."""
    doc, i = span.doc, span.start
    if map_label(span.label_) not in ("LOC", "GPE", "MISC") or i < 3:
        return None
    first, conj = doc[i - 2], doc[i - 1]
    words = _words()
    if (
        conj.lower_ not in words.portfolio_conjunctions
        or not first.is_title
        or doc[i - 3].lower_ not in words.of_words
    ):
        return None
    return Span(doc, i - 2, span.end, label="MISC")


def _org_word(token: Token) -> bool:
    """A word naming a kind of organisation ("Ziekenhuis", "Veiligheidsregio", data/org_kinds.csv)."""
    return token.is_alpha and token.lower_.endswith(org_kinds()) and not _role_word(token.text)


def _with_org_word(span: Span, known: set[int]) -> Span:
    """ "Waterland" + "Ziekenhuis": a capitalised organisation word right after a name the model
    cut short belongs to it ("Waterland Ziekenhuis")."""
    doc, end = span.doc, span.end
    if (
        end < len(doc)
        and end not in known
        and doc[end].is_title
        and _org_word(doc[end])
        and "\n" not in doc[end - 1].whitespace_
    ):
        return Span(doc, span.start, end + 1, label="ORG", span_id=span.id)
    return span


def _join_acronyms(spans: list[Span]) -> list[Span]:
    """ "LTO" + "Noord": an unknown acronym right before another name (same line, nothing in
    between) is one organisation, the acronym's regional or sector branch ("LTO Noord")."""
    out: list[Span] = []
    for span in spans:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == span.start
            and len(prev) == 1
            and ACRONYM.match(prev.text)
            and not _known(prev)
            and not _known(span)
            and map_label(span.label_) in ("ORG", "LOC", "GPE", "MISC")
            and span[0].is_title
            and "\n" not in prev[-1].whitespace_
        ):
            out[-1] = Span(span.doc, prev.start, span.end, label="ORG")
            continue
        out.append(span)
    return out


def _without_leading_noun(span: Span) -> Span:
    """ "Melkveehouder Gerrit Kamphuis" at a sentence start: a capitalised word before a listed
    given name there is a title or occupation (capitalised by position), not part of the name."""
    if len(span) < 3 or span[0].text in first_names() or span[1].text not in first_names():
        return span
    if not _sentence_initial(span):
        return span
    return Span(span.doc, span.start + 1, span.end, label=span.label, span_id=span.id)


def _org_headed(span: Span) -> bool:
    """A multi-word name that starts or ends with a capitalised organisation word is an
    organisation: "Jeroen Bosch Ziekenhuis", "Veiligheidsregio Brabant-Zuidoost", "Stichting Pim"."""
    if len(span) < 2:
        return False
    edges = [span[0], span[-1]]
    return any(t.is_title and _org_word(t) for t in edges)


def _descriptor_named(doc: Doc, taken: set[int]) -> list[Span]:
    """Organisations the model missed after a descriptor noun: "zorgorganisatie Zuidzorg".

    A lower-case noun naming a kind of body, then capitalised words on the same line (at most
    MAX_NAME_TOKENS; a sentence never starts there, the noun stands before them).
    """
    found = []
    for token in doc[:-1]:
        # lower case, or capitalised only by its place: "Rederij Wagenborg schrapt ..." at a start
        prev = doc[token.i - 1] if token.i else None
        opening = token.is_title and (
            prev is None
            or prev.text in SENTENCE_END
            or "\n" in prev.text
            or "\n" in prev.whitespace_
        )
        if not ((token.is_lower or opening) and _org_word(token)) or "\n" in token.whitespace_:
            continue
        end = token.i + 1
        while (
            end < len(doc)
            and end not in taken
            and end - token.i <= MAX_NAME_TOKENS
            and NAME_TOKEN.match(doc[end].text)
            and not _role_word(doc[end].text)
            and (end == token.i + 1 or "\n" not in doc[end - 1].whitespace_)
        ):
            end += 1
        if end > token.i + 1 and doc[end - 1].lower_ not in _words().name_determiners:
            found.append(Span(doc, token.i + 1, end, label="ORG"))
    return found


def _given_name_end(doc: Doc, i: int, taken: set[int]) -> int | None:
    """End of "Marja van Dijk" / "Jan-Willem de Graaf" starting at token i, else None.

    A listed given name (data/first_names.csv), optional particles, then exactly one capitalised
    surname token on the same line; a further capitalised word ("Anne Frank Huis") or a street
    ending ("Willem Dreesweg") rules it out, and so does the article "het" before it: "het Rijk" is
    the state, "Rijk de Gooyer" a person.
    """
    if (
        i in taken
        or doc[i].text not in first_names()
        or (i > 0 and doc[i - 1].lower_ in _words().state_articles)
    ):
        return None
    end = i + 1
    while end < len(doc) and doc[end].text in _words().surname_particles and end not in taken:
        end += 1
    if end >= len(doc) or end in taken or "\n" in doc[end - 1].whitespace_:
        return None
    surname = doc[end]
    if not NAME_TOKEN.match(surname.text) or _role_word(surname.text) or surname.is_upper:
        return None
    if _suffix_label(surname.text):  # "Willem Dreesweg" is a street
        return None
    after = doc[end + 1] if end + 1 < len(doc) else None
    if after is not None and after.text[:1].isupper() and not after.is_sent_start:
        return None
    return end + 1


def _given_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Persons by their given name where the model said MISC/LOC or split the name.

    "Marja van Dijk" as MISC, "Thijs" (MISC) + "Beek" (PER): one PERSON; also when the model
    found only the surname after a given name and particles ("Yusuf el" + "Mansouri" as LOC).
    Organisations ("Albert Heijn" as ORG) and termbase names are left alone.
    """
    known = {i for e in ents if _known(e) for i in range(e.start, e.end)}
    out = list(ents)
    for ent in ents:
        if ent not in out or _known(ent) or map_label(ent.label_) not in ("PERSON", "MISC", "LOC"):
            continue
        start = k = ent.start
        while k > 0 and doc[k - 1].text in _words().surname_particles:
            k -= 1
        if k > 0 and doc[k - 1].text in first_names():
            start = k - 1  # "Yusuf el" + "Mansouri"
        end = _given_name_end(doc, start, known)
        if end is None or end < ent.end:
            continue
        inside = [e for e in out if _overlap(e, doc[start:end])]
        if any(_known(e) or map_label(e.label_) == "ORG" or e.end > end for e in inside):
            continue
        out = [e for e in out if e not in inside] + [Span(doc, start, end, label="PERSON")]
    return sorted(out, key=lambda s: s.start)


class EntityFixes:
    """Model-independent repairs of `doc.ents` (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        texts = [t.text for t in doc]
        acronyms = _bracketed_acronyms(doc, texts)
        fixed: list[Span] = [
            a for a in acronyms if not any(_overlap(a, e) for e in doc.ents if _known(e))
        ]
        known_tokens = {i for e in doc.ents if _known(e) for i in range(e.start, e.end)}
        for ent in _given_names(doc, list(doc.ents)):
            if _known(ent):
                fixed.append(ent)
                continue
            span, stripped = _trim(ent)
            if span is None or not any(t.text[:1].isupper() and len(t.text) > 1 for t in span):
                continue
            if span.text in not_entities():  # "het Rijk": the government in general
                continue
            if any(_overlap(span, a) for a in fixed[: len(acronyms)]):
                continue
            span = _with_org_word(span, known_tokens)
            if map_label(span.label_) == "PERSON":
                span = _without_leading_noun(span)
            if stripped or _role_ending_at(doc, span.start):
                span = Span(doc, span.start, span.end, label="PERSON")
            elif _org_headed(span):
                span = Span(doc, span.start, span.end, label="ORG")
            elif (portfolio := _portfolio(span)) is not None:
                span = portfolio
            elif (kind := _suffix_label(span[-1].text)) and (len(span) == 1 or kind == "LOC"):
                span = Span(doc, span.start, span.end, label=kind)
            fixed.append(span)
        taken = {i for span in fixed for i in range(span.start, span.end)}
        for i, text in enumerate(texts):
            if (text.casefold(),) not in _PREFIXES and not _role_word(text):
                continue  # no role phrase starts here (the first test of `_role_at`)
            hit = _role_at(doc, i)
            if not hit or hit[2] != "person" or hit[0] in taken or i in taken:
                continue
            end = _name_tokens(doc, hit[0], taken)
            if end > hit[0]:
                fixed.append(Span(doc, hit[0], end, label="PERSON"))
                taken.update(range(hit[0], end))
        for span in _descriptor_named(doc, taken):
            fixed.append(span)
            taken.update(range(span.start, span.end))
        given = first_names()
        # untitled names the model missed: "Marja van Dijk is blij."
        for i, text in enumerate(texts):
            if text in given and (end := _given_name_end(doc, i, taken)) is not None:
                fixed.append(Span(doc, i, end, label="PERSON"))
                taken.update(range(i, end))
        spans = filter_spans(
            _extend_names(doc, _join_acronyms(sorted(fixed, key=lambda s: s.start)))
        )
        persons = {s.start for s in spans if s.label_ == "PERSON"}
        # "Kinderombudsvrouw Margrite Kalverboer": a body's name used as the person's title
        spans = [s for s in spans if not (_known(s) and s.end in persons and _role_word(s.text))]
        extra = _missed_neighbours(doc, spans)
        spans = [s for s in spans if not any(_overlap(s, e) for e in extra)] + extra
        spans.sort(key=lambda s: s.start)
        doc.ents = [_kind_named(s) for s in spans]
        return doc


def _missed_neighbours(doc: Doc, spans: list[Span]) -> list[Span]:
    """Names the model skipped next to ones it found, typed by that neighbour.

    - a conjunct of a place: "naar Ameland en Schiermonnikoog" (one capitalised word after "en"/
      "of", not a given name, lower case after it) is a place of the same label;
    - a party or employer in brackets after a person: "Wouter Claeys (N-VA)", a token with two or
      more capitals ("N-VA", "CD&V", "PvdA") is an ORG, also where the model called it a place.
    """
    taken = {i for s in spans for i in range(s.start, s.end)}
    # the model's type of a one-word name in brackets is overruled, unless it is a known name
    typed = {s.start for s in spans if _known(s) or len(s) > 1}
    found = []
    for span in spans:
        label = map_label(span.label_)
        i = span.end
        if (
            label in ("GPE", "LOC")
            and i + 2 < len(doc)
            and doc[i].lower_ in _words().place_conjunctions
        ):
            word, after = doc[i + 1], doc[i + 2]
            if (
                i + 1 not in taken
                and word.is_title
                and word.is_alpha
                and word.text not in first_names()
                and not after.text[:1].isupper()
            ):
                found.append(Span(doc, i + 1, i + 2, label=span.label))
        if label == "PERSON" and i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
            word = doc[i + 1]
            if i + 1 not in typed and sum(c.isupper() for c in word.text) >= 2 and word.is_ascii:
                found.append(Span(doc, i + 1, i + 2, label="ORG"))
    return found


@Language.factory("entity_fixes")
def make_entity_fixes(nlp: Language, name: str) -> EntityFixes:
    """spaCy factory for `EntityFixes`."""
    return EntityFixes()


# --- extraction --------------------------------------------------------------------------------


@dataclass
class _Mention:
    span: Span
    label: str
    term: Term | None
    form: str
    role: str | None = None
    affiliation: Span | str | None = None
    owned: bool = False  # a "van/bij" complement says whose role it is
    dubious: bool = False


def _sentence_initial(span: Span) -> bool:
    """Capital explained by position: first word of a sentence, a line, a quote or after a colon.

    Read from the punctuation before the span, not from the parser's sentence starts, which split
    sentences mid-way ("van onderzoeksbureau | Panteia").
    """
    doc = span.doc
    i = span.start - 1
    while i >= 0 and (doc[i].is_punct or doc[i].is_space):
        if doc[i].text in OPEN_MARKS or doc[i].text in SENTENCE_END or "\n" in doc[i].text:
            return True
        i -= 1
    return i < 0 or "\n" in doc[i].whitespace_


def _heading(span: Span, text: str) -> bool:
    """Whether the span stands on a line of `text` (the Doc's) without closing punctuation: a
    headline, title-cased."""
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start : end if end >= 0 else len(text)].rstrip()
    return not line.endswith(HEADING_END_MARKS)


def _ent_at(doc: Doc, i: int) -> Span | None:
    """The entity starting at token i, if any."""
    if i < len(doc) and doc[i].ent_iob_ == "B":
        return next(e for e in doc.ents if e.start == i)
    return None


def _org_after(doc: Doc, i: int, linkers: Iterable[str]) -> Span | None:
    """Body a role belongs to, at token i after a linker, a determiner and a descriptor noun.

    "directeur van de Woonbond", "directeur van patiëntenorganisatie MIND": an ORG. After "van" a
    place is the municipality or country the office serves ("burgemeester X van Groningen").
    """
    linker = doc[i].lower_ if i < len(doc) and doc[i].lower_ in linkers else None
    if linker:
        i += 1
        if i < len(doc) and doc[i].lower_ in _words().name_determiners:
            i += 1
        if i + 1 < len(doc) and _descriptor(doc[i]) and _ent_at(doc, i + 1) is not None:
            i += 1
    ent = _ent_at(doc, i)
    if ent is None:
        return None
    label = map_label(ent.label_)
    return ent if label == "ORG" or (label == "GPE" and linker in _words().of_words) else None


def _generic_org_after(doc: Doc, i: int) -> Span | None:
    """ "viroloog Adam Meijer van het instituut": the generic noun standing for a body named before
    (resolved by `EntityIndex.by_generic_noun` once all entities are known); label GENERIC."""
    words = _words()
    if (
        i + 2 >= len(doc)
        or doc[i].lower_ not in words.affiliation_linkers
        or doc[i + 1].lower_ not in words.definite_determiners
    ):
        return None
    noun = doc[i + 2]
    if noun.lower_ not in org_anaphors():
        return None
    return Span(doc, noun.i, noun.i + 1, label=GENERIC)


def _descriptor(token: Token) -> bool:
    """A lower-case common noun naming the kind of body before its name ("vakbond", "stichting")."""
    return token.is_lower and token.is_alpha and token.pos_ == "NOUN" and not _role_word(token.text)


def _person_context(ent: Span) -> tuple[str | None, Span | str | None, bool]:
    """Role, affiliation and whether a "van/bij" complement says whose role it is.

    The affiliation is a Span (an entity or a GENERIC noun in the text), or a string to resolve once
    all entities are known: the prefix of a compound role ("VNG-bestuurder" -> "VNG"). The
    complement counts even when it names no entity ("voorzitter van de ouderraad"): the role then
    has its owner and `_organisation_of` must not guess one.
    """
    doc = ent.doc
    role: str | None = None
    affiliation: Span | str | None = None
    linkers = _words().affiliation_linkers
    owned = ent.end < len(doc) and doc[ent.end].lower_ in linkers
    before = _role_ending_at(doc, ent.start)
    if before:
        role = before[1]
        affiliation = _compound_prefix(doc[before[0]])
    elif (
        # "minister van Justitie en Veiligheid Dilan Yesilgöz", also with a comma before the name
        (org := _ent_preceding(doc, ent.start - (doc[ent.start - 1].text == ","))) is not None
        and org.start >= 2
        and doc[org.start - 1].lower_ in _words().of_words
        and (hit := _role_ending_at(doc, org.start - 1))
    ):
        role, affiliation, owned = hit[1], org, True
    elif (apposed := _apposed_role(ent)) is not None:
        role, affiliation, owned = apposed
    if role and affiliation is None:
        affiliation = _org_after(doc, ent.end, linkers) or _generic_org_after(doc, ent.end)
    if role is None and ent.end < len(doc) and doc[ent.end].text in (",", "("):
        i = ent.end + 1
        if i < len(doc) and doc[i].lower_ in _words().name_determiners:
            i += 1
        hit = _role_at(doc, i)
        if hit and hit[2] == "person":
            role = hit[1]
            affiliation = _compound_prefix(doc[i]) or _org_after(
                doc, hit[0], _words().role_affiliation_linkers
            )
            owned = hit[0] < len(doc) and doc[hit[0]].lower_ in _words().role_affiliation_linkers
    if affiliation is None:
        affiliation = _bracketed_org(ent)
    return role, affiliation, owned


def _compound_prefix(token: Token) -> str | None:
    """ "VNG-bestuurder", "CDA-Kamerlid": the capitalised first part of a compound role names the
    body the role belongs to (resolved against the article's entities and the termbase later, else
    kept as written, "Vooruit"); a modifier capitalised at a sentence start ("Oud-minister") is not."""
    head, _, tail = token.text.rpartition("-")
    if (
        head
        and head[:1].isupper()
        and head.casefold() not in _words().role_modifiers
        and _role_word(tail)
    ):
        return head
    return None


def _bracketed_org(ent: Span) -> Span | None:
    """ "Kamerlid Joost Hermans (CDA)": an organisation in brackets right after a name is the
    person's party or employer."""
    doc, i = ent.doc, ent.end
    org = _ent_at(doc, i + 1) if i + 2 < len(doc) and doc[i].text == "(" else None
    if org is not None and org.end < len(doc) and doc[org.end].text == ")":
        return org if map_label(org.label_) == "ORG" else None
    return None


def _apposed_role(ent: Span) -> tuple[str, Span | None, bool] | None:
    """ "De advocaat van de verdachte, mr. Karim el Idrissi, ...": a role phrase before a comma,
    with the name as its apposition between commas. The phrase is a determiner, the role and at
    most a "van/bij" complement; what that complement names is the affiliation when it is a body.
    """
    doc = ent.doc
    comma = ent.start - 1
    while comma > 0 and (hit := _role_at(doc, comma)) and hit[2] == "honorific":
        comma -= 1
    if comma < 2 or doc[comma].text != "," or ent.end >= len(doc) or doc[ent.end].text != ",":
        return None
    words = _words()
    for start in range(comma - 1, max(comma - 7, 0), -1):
        hit = _role_at(doc, start)
        if (
            hit is None
            or hit[2] != "person"
            or doc[start - 1].lower_ not in words.apposition_determiners
        ):
            continue
        between = doc[hit[0] : comma]
        if all(
            t.lower_ in words.affiliation_linkers
            or t.lower_ in words.name_determiners
            or t.ent_type_
            or t.is_lower
            for t in between
        ) and (not len(between) or between[0].lower_ in words.affiliation_linkers):
            return hit[1], _org_after(doc, hit[0], words.affiliation_linkers), bool(len(between))
    return None


def _ent_preceding(doc: Doc, i: int) -> Span | None:
    """The entity ending just before token i, if any.

    Token i may lie inside a longer entity (a repeat "Jan de Vries" found inside "De Jan de Vries"),
    so the token before it can be tagged without any entity ending there.
    """
    if i > 0 and doc[i - 1].ent_iob_ in ("B", "I"):
        return next((e for e in doc.ents if e.end == i), None)
    return None


def _repeats(doc: Doc, doc_ents: tuple[Span, ...], texts: tuple[str, ...]) -> list[Span]:
    """Unlabelled repeats of names the model found elsewhere ("Ceuleers:" at a quote's start).

    A confirmed person's full name also wins over a weaker model entity inside it: "Anton" (LOC)
    in "Anton Hoogendijk is blij." when "directeur Anton Hoogendijk" comes later.
    """
    taken = {i for e in doc_ents for i in range(e.start, e.end)}
    strong = {
        i
        for e in doc_ents
        if _known(e) or map_label(e.label_) in ("PERSON", "ORG")
        for i in range(e.start, e.end)
    }
    forms: dict[str, list[tuple[tuple[str, ...], Span]]] = {}
    # a name found N times gives N identical variants; one is enough (else the scan is quadratic)
    seen: set[tuple[tuple[str, ...], int, int, int]] = set()
    for ent in doc_ents:
        if map_label(ent.label_) is None or not any(c.isupper() for c in ent.text):
            continue
        words = tuple(t.text for t in ent)
        variants = [words]
        if map_label(ent.label_) == "PERSON" and len(words) > 1:
            surname = words[1:]  # "Femke van der Laan" -> "Van der Laan"
            variants.append((surname[0][:1].upper() + surname[0][1:], *surname[1:]))
            last = variants[-1]
            for ending in ("s", "'s", "’s"):  # genitive "Dekkers", "Otto's"
                variants.append((*last[:-1], last[-1] + ending))
        for variant in variants:
            if (key := (variant, ent.label, ent.id, len(ent))) not in seen:
                seen.add(key)
                forms.setdefault(variant[0], []).append((variant, ent))
    repeats = []
    repeated: set[int] = set()  # tokens of `repeats`
    for at in [i for i, text in enumerate(texts) if text in forms]:
        for words, ent in forms[texts[at]]:
            end = at + len(words)
            full = map_label(ent.label_) == "PERSON" and len(words) == len(ent) > 1
            if end <= len(doc) and all(
                (i not in strong and i not in repeated if full else i not in taken)
                and texts[i] == words[i - at]
                for i in range(at, end)
            ):
                start = at
                if map_label(ent.label_) == "PERSON":
                    start = _first_name(doc, at, taken)
                repeats.append(Span(doc, start, end, label=ent.label, span_id=ent.id))
                repeated.update(range(start, end))
                taken.update(range(at, end))
                break
    return repeats


def _with_particles(ent: Span, surnames: set[str]) -> Span:
    """ "Vries" after a capital "De" becomes "De Vries" when some person in the doc is "... de Vries"."""
    start = ent.start
    while start > 0 and ent.doc[start - 1].text.casefold() in _words().surname_particles:
        start -= 1
    if start < ent.start and ent.doc[start].is_title:
        wider = ent.doc[start : ent.end]
        if wider.text.casefold() in surnames:
            return Span(ent.doc, start, ent.end, label=ent.label, span_id=ent.id)
    return ent


def _mentions(view: DocView) -> list[_Mention]:
    doc = view.doc
    mentions = []
    doc_ents = doc.ents  # spaCy builds the spans anew on every access
    surnames = {
        e[1:].text.casefold() for e in doc_ents if map_label(e.label_) == "PERSON" and len(e) > 2
    }
    repeats = _repeats(doc, doc_ents, view.orth)
    kept = [e for e in doc_ents if not any(_contains(r, e) and len(r) > len(e) for r in repeats)]
    ents = [_with_particles(e, surnames) for e in [*kept, *repeats]]
    for ent in sorted(ents, key=lambda s: s.start):
        label = map_label(ent.label_)
        if label is None or not any(c.isalpha() for c in ent.text):
            continue
        term = term_by_name().get(ent.id_.split(":", 1)[1]) if _known(ent) else None
        mention = _Mention(span=ent, label=term.label if term else label, term=term, form=ent.text)
        if mention.label == "PERSON":
            mention.role, mention.affiliation, mention.owned = _person_context(ent)
        person_pattern = mention.label == "PERSON" and (
            mention.role is not None or sum(1 for t in ent if t.text[:1].isupper()) >= 2
        )
        mention.dubious = (
            term is None
            and not person_pattern
            # "LTO", "N-VA", "PvdA": a second capital in a word is no sentence-case capital
            and not any(sum(c.isupper() for c in t.text) >= 2 for t in ent)
            and _sentence_initial(ent)
            and (sum(1 for t in ent if t.text[:1].isupper()) < 2 or _heading(ent, view.text))
        )
        mentions.append(mention)
    return mentions


class _Groups:
    """Union-find over mention indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _initials(text: str) -> str:
    return "".join(w[0] for w in text.replace("-", " ").split() if w[:1].isupper())


def _merge(mentions: list[_Mention]) -> list[list[_Mention]]:
    """Group mentions of one entity: same term or form, surname, acronym, genitive."""
    groups = _Groups(len(mentions))
    first: dict[str, int] = {}
    fulls = [m for m in mentions if m.term is None and m.label == "PERSON" and " " in m.form]
    forms = {m.form.casefold() for m in mentions if m.term is None}
    for m in mentions:
        if m.term is None and (g := GENITIVE.match(m.form)) and g["base"].casefold() in forms:
            m.form = g["base"]
    for i, m in enumerate(mentions):
        key = TERM_PREFIX + m.term.name if m.term else m.form.casefold()
        if m.term is None and (term := lookup_term(m.form)) is not None:
            key = TERM_PREFIX + term.name
        groups.union(i, first.setdefault(key, i))
    for i, m in enumerate(mentions):
        if ACRONYM.match(m.form):
            for j in _expansions(mentions, i):
                groups.union(i, j)
        if m.term is not None:
            continue
        words = m.form.casefold().split()
        owners = {
            f.form.casefold()
            for f in fulls
            if len(f.form.split()) > len(words)
            and f.form.casefold().split()[-len(words) :] == words
        }
        if m.label in ("PERSON", "LOC", "ORG", "MISC") and len(owners) == 1:
            groups.union(i, first[owners.pop()])
        elif len(owners) == 0:
            base = GENITIVE.match(m.form)
            owners = {
                f.form.casefold()
                for f in fulls
                if base and f.form.casefold().split()[-1] == base["base"].casefold()
            }
            if len(owners) == 1:
                m.form = base["base"]
                groups.union(i, first[owners.pop()])
    grouped: dict[int, list[_Mention]] = {}
    for i, m in enumerate(mentions):
        grouped.setdefault(groups.find(i), []).append(m)
    return list(grouped.values())


def _expansions(mentions: list[_Mention], i: int) -> list[int]:
    """Mentions that mention i, an acronym, abbreviates: capitals that spell it ("Vereniging van
    Nederlandse Gemeenten" for VNG, outside the termbase) or a long form written right before it in
    brackets, "Naam (ACR)", whose first capital is the acronym's (Schwartz & Hearst, 2003), or
    written right before it with no bracket ("Landelijke Huisartsenvereniging LHV") when its letters
    spell the acronym in order, the first at a word start (`_abbreviates`).

    A bracketed acronym after a person is a party or employer ("Sharon Dijksma (PvdA)"), never an
    alias, so only organisations qualify.
    """
    m = mentions[i]
    found = []
    for j, other in enumerate(mentions):
        if j == i or other.label != "ORG" or " " not in other.form:
            continue
        if m.term is not None and other.term is not None and m.term != other.term:
            continue  # two known bodies: the termbase already says who is who
        spelled = _initials(other.form) == m.form
        bracketed = (
            m.span.start == other.span.end + 1
            and m.span.doc[other.span.end].text == "("
            and _initials(other.form)[:1] == m.form[:1]
        )
        adjacent = m.span.start == other.span.end and _abbreviates(m.form, other.form)
        if spelled or bracketed or adjacent:
            found.append(j)
    return found


def _abbreviates(short: str, long: str) -> bool:
    """Schwartz & Hearst's (2003) test: every letter of `short`, right to left, occurs in `long` in
    order, and its first letter starts a word ("LHV" in "Landelijke Huisartsenvereniging")."""
    short, long = short.casefold(), long.casefold()
    i = len(long) - 1
    for k in range(len(short) - 1, -1, -1):
        if not short[k].isalnum():
            continue
        while i >= 0 and (long[i] != short[k] or (k == 0 and i > 0 and long[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return False
        i -= 1
    return True


def _after_locative(m: _Mention) -> bool:
    """Whether a one-word mention follows a preposition of place ("bij Buitenpost", "in Joure")."""
    start = m.span.start
    return len(m.span) == 1 and start > 0 and m.span.doc[start - 1].lower_ in _words().locatives


def _label(group: list[_Mention]) -> str:
    """Termbase label if any, PERSON for a full personal name, else the majority label."""
    for m in group:
        if m.term:
            return m.term.label
    longest = max(group, key=lambda m: len(m.form))
    if longest.label == "PERSON" and " " in longest.form:
        return "PERSON"  # surnames alone ("De Vries") are often mislabelled; the full name is not
    if (
        longest.label == "PERSON"
        and not any(m.role for m in group)
        and all(_after_locative(m) for m in group)
    ):
        return "LOC"  # "een boom bij Buitenpost": news never introduces a person by surname there
    counts = Counter(m.label for m in group)
    best = max(counts.values())
    return longest.label if counts[longest.label] == best else counts.most_common(1)[0][0]


def _name(group: list[_Mention]) -> tuple[str, Term | None]:
    """Canonical name: the longest full form written in the article (schema `Entity.name`).

    "Nationaal Instituut voor Budgetvoorlichting" beats "Nibud" when both are written. The
    "ministerie van" wrapper is not part of a ministry's name: "ministerie van Financiën" stays an
    alias of "Financiën". On equal length the termbase name wins.
    """
    term = next((m.term for m in group if m.term), None)
    if term is None:
        term = next((t for m in group if (t := lookup_term(m.form))), None)
    forms = [m.form for m in group if not m.form.casefold().startswith(MINISTRY_PREFIX)]
    if not forms:
        return (term.name if term else group[0].form), term
    return max(forms, key=lambda f: (len(f), term is not None and f == term.name)), term


def extract_entities(doc: Doc, view: DocView | None = None) -> list[Entity]:
    """One `Entity` per distinct person, organisation or place, with every mention, in text order."""
    view = view or DocView.of(doc)
    mentions = _mentions(view)
    groups = [g for g in _merge(mentions) if not all(m.dubious for m in g)]
    groups.sort(key=lambda g: g[0].span.start_char)
    names: dict[int, str] = {}
    for group in groups:
        name, _ = _name(group)
        for m in group:
            names[m.span.start] = name
    entities: list[Entity] = []
    pending: dict[int, Span | str] = {}  # affiliations to resolve once every entity is known
    role_mentions: dict[int, _Mention] = {}
    for n, group in enumerate(groups, start=1):
        name, term = _name(group)
        role_mention = next((m for m in group if m.role), None)
        aff_mention = next((m for m in group if m.role and m.affiliation is not None), None)
        aff_mention = aff_mention or next((m for m in group if m.affiliation is not None), None)
        affiliation = None
        if aff_mention is not None:
            aff = aff_mention.affiliation
            if isinstance(aff, str) or aff.label_ == GENERIC:
                pending[len(entities)] = aff
            else:
                affiliation = names.get(aff.start, aff.text)
        elif role_mention is not None:
            role_mentions[len(entities)] = role_mention
        entities.append(
            Entity(
                id=f"e{n}",
                name=name,
                label=_label(group),
                aliases=sorted({f for m in group for f in (m.form, m.span.text)} - {name}),
                mentions=[
                    TextSpan(start=m.span.start_char, end=m.span.end_char, text=m.span.text)
                    for m in group
                ],
                role=role_mention.role if role_mention else None,
                role_en=role_en(role_mention.role) if role_mention else None,
                affiliation=affiliation,
                name_en=term.name_en if term else None,
            )
        )
    index = EntityIndex(entities)
    for k, aff in pending.items():
        if isinstance(aff, str):  # "VNG-bestuurder": the article's entity, else the termbase name
            body = index.resolve(aff)
            known = body.name if body is not None and body.label != "PERSON" else None
            found = known or (term.name if (term := lookup_term(aff)) else aff)
        else:
            body = index.by_generic_noun(aff.text, aff.start_char)
            found = body.name if body is not None else None
        if found is not None:
            entities[k] = entities[k].model_copy(update={"affiliation": found})
    # "Woordvoerder X: ‘…’" with no "van Y": the organisation named around the role (resolve.py)
    text = view.text
    quoted = [(q.open_at, q.close_at) for q in find_quote_marks(text)] if role_mentions else []
    for k, m in role_mentions.items():
        role = entities[k].role
        if m.owned or role is None or role.casefold() not in org_roles():
            continue
        body = index.employer(m.span.start_char, m.span.end_char, text, quoted)
        if body is not None:
            entities[k] = entities[k].model_copy(update={"affiliation": body.name})
    return entities
