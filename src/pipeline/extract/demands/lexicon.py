"""Word lookups of the demand rules: how a token is matched against a list of the cue file.

Every list lives in `data/demand_cues.yaml` (reporting verbs in `data/attribution.yaml`); these
helpers say how a token matches one: by its lower-case form, by its lemma, or as the right-hand
head of a Dutch compound ("zorgverzekeraar" is a "verzekeraar").
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from functools import cache, lru_cache
from itertools import compress

from spacy.tokens import Token

from pipeline.extract.attribution import reporting_verb
from pipeline.text.datafiles import DemandCues, DirectiveVerb, sections
from pipeline.text.grammar import headed_by
from pipeline.text.view import DocView


@cache
def demand_cues() -> DemandCues:
    """data/demand_cues.yaml, loaded once."""
    return sections(DemandCues)


def positions(column: tuple[str, ...], words: Container[str]) -> list[int]:
    """The tokens whose value in `column` (a view's column: `lower`, `lemma`, `pos` …) is one of
    `words`, in text order: picked in C (`compress` over the memberships), which a scan of the
    document's tokens in Python costs many times over."""
    return list(compress(range(len(column)), map(words.__contains__, column)))


def has_word(tokens: Iterable[Token], words: frozenset[str]) -> bool:
    """One of `tokens` is one of `words` (lower case)."""
    return any(t.lower_ in words for t in tokens)


def has_word_at(view: DocView, lo: int, hi: int, words: frozenset[str]) -> bool:
    """`has_word` for the tokens [lo, hi), read from the view's lower-case column."""
    return not words.isdisjoint(view.lower[lo:hi])


def ends_with(token: Token, nouns: frozenset[str]) -> bool:
    """`token` is one of `nouns` or a compound headed by one (Dutch compounds are right-headed)."""
    return _headed(token.lower_, token.lemma_.casefold(), nouns)


def ends_with_at(view: DocView, i: int, nouns: frozenset[str]) -> bool:
    """`ends_with` for token i, read from the view's columns (no `Token` built)."""
    return _headed(view.lower[i], view.lemma[i], nouns)


@lru_cache(maxsize=1 << 16)
def _headed(lower: str, lemma: str, nouns: frozenset[str]) -> bool:
    """A word (lower case, case-folded lemma) is one of `nouns` or a compound headed by one;
    remembered per word form, as the same nouns recur in every article."""
    forms = {  # plurals "-s", "-en" and "-n" after a stem in -e ("gemeenten")
        lemma,
        lower,
        lower.removesuffix("s"),
        lower.removesuffix("en"),
        lower.removesuffix("n"),
    }
    return headed_by(forms, nouns, 4)


def is_agent_noun(cues: DemandCues, token: Token) -> bool:
    """A noun whose head can act: an organisation or office (`agent_nouns`: "gemeente",
    "zorgverzekeraar") or people (`person_nouns`: "inwoners", "zorgmedewerkers")."""
    return ends_with(token, cues.agent_nouns) or ends_with(token, cues.person_nouns)


def is_nominal(cues: DemandCues, token: Token) -> bool:
    """A noun or name, or a word the tagger missed that is headed by an agent noun."""
    return token.pos_ in ("NOUN", "PROPN") or is_agent_noun(cues, token)


def is_agent_noun_at(cues: DemandCues, view: DocView, i: int) -> bool:
    """`is_agent_noun` for token i, read from the view's columns (no `Token` built)."""
    return ends_with_at(view, i, cues.agent_nouns) or ends_with_at(view, i, cues.person_nouns)


def is_nominal_at(cues: DemandCues, view: DocView, i: int) -> bool:
    """`is_nominal` for token i, read from the view's columns (no `Token` built)."""
    return view.pos[i] in ("NOUN", "PROPN") or is_agent_noun_at(cues, view, i)


def is_reporting(view: DocView, i: int, end: int) -> bool:
    """Token i is a reporting verb (attribution.yaml), its particle before token `end`."""
    return reporting_verb(view, i, view.lower[i + 1 : end]) is not None


def directive_verb(cues: DemandCues, token: Token) -> tuple[str, DirectiveVerb] | None:
    """The directive verb (`directive_verbs`) token is a form of, with its lemma; never the noun
    after one of `determiners` ("een verzoek aan de regering", "de eis"), after a preposition
    ("op verzoek van") or after another noun ("dit soort vragen"). A pronoun spelled like a
    determiner is the verb's subject: "een motie die vraagt om …", "Dit vraagt om …"."""
    pos = token.pos_
    if pos in ("ADP", "DET", "PRON", "PUNCT"):
        return None
    # the word lookup first: the noun reading reads the word before, and most candidates of
    # other finders' filters are no directive verb at all
    lower, lemma, verbal = token.lower_, token.lemma_.casefold(), pos in ("VERB", "AUX")
    match = next(
        (
            (name, verb)
            for name, verb in cues.directive_verbs.items()
            if lower in verb.forms or (verbal and lemma == name)
        ),
        None,
    )
    if match is None or (token.i > 0 and _noun_reading(cues, token.doc[token.i - 1], token)):
        return None
    return match


def _noun_reading(cues: DemandCues, prev: Token, token: Token) -> bool:
    """`token` reads as a noun after `prev`: a determiner that is no pronoun ("de eis", "dat
    verzoek"; not "die vraagt", "Dit vraagt"), a preposition ("op verzoek van"), or, for a word
    tagged as a plural noun, another noun ("dit soort vragen") when the parse gives it no subject
    ("De bewoners vragen om …" is the verb, mistagged)."""
    if prev.lower_ in cues.determiners and prev.pos_ != "PRON":
        return True
    if prev.pos_ == "ADP" and prev.lower_ not in cues.infinitive_markers and not prev.is_upper:
        return True  # (an acronym tagged a preposition is a name: "Het OM eist …")
    if token.pos_ != "NOUN":
        return False  # (before the morphology: most cues are tagged verbs)
    if not ("Plur" in token.morph.get("Number") or "|mv|" in token.tag_):  # "vragen", "eisen"
        return False
    participle = prev.pos_ == "VERB" and prev.dep_ == "amod" and prev.head.i == token.i
    if prev.pos_ in ("ADJ", "NUM") or participle:
        return True  # "de nieuwe eisen", "de gestelde eisen" (a participle before it)
    governs = token.dep_ == "ROOT" or any(c.dep_.startswith("nsubj") for c in token.children)
    return prev.pos_ == "NOUN" and not governs
