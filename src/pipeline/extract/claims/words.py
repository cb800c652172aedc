"""Word-level predicates over a `ClaimSentence`: noun, plural, pronoun, relative pronoun,
comparative, finite verb, subordinator, part of a name.

Small taggers disagree with themselves (a plural noun tagged ADJ or VERB, "duurder" a noun), so
each predicate reads the UPOS, the Lassy tag, the morphology and closed word lists
(claim_sources.yaml) together; the clause rules build on these.
"""

from __future__ import annotations

from pipeline.extract.claims.context import HEAD_POS, ClaimSentence, cues
from pipeline.extract.numbers import Word
from pipeline.text.datafiles import EntityWords, sections
from pipeline.text.grammar import is_finite, is_subordinating_conjunction
from pipeline.text.view import DocView


def clause_final(words: list[Word], k: int) -> bool:
    """A verb-tagged word that ends its clause is the verb ("met 5 procent verhoogt,")."""
    return words[k].pos == "VERB" and (k + 1 == len(words) or not words[k + 1].text.isalnum())


def plural_word(view: DocView, k: int, word: Word) -> bool:
    """Token k (the token of `word`) is plural by its morphology, else by its ending."""
    if k < 0:
        return False
    number = view.morph(k, "Number")
    if number:
        return number == ("Plur",)
    return word.text.endswith(("en", "s"))


def nounlike(s: ClaimSentence, k: int) -> bool:
    """A noun by its UPOS or its Lassy tag (small models disagree between the two:
    "gevangenisstraf" ADJ but N|soort), a nominalised adjective, or a lower-case word tagged
    as a preposition that is none: prepositions are a closed class ("twintig jaar cel")."""
    word = s.words[k]
    return (
        word.pos in HEAD_POS
        or s.view.tag_at(s.tokens[k]).startswith(("ADJ|nom", "N|soort"))
        or (
            word.pos == "ADP"
            and word.text.isalpha()
            and word.text.islower()
            and word.low not in cues().prepositions
        )
    )


def plural(s: ClaimSentence, k: int) -> bool:
    """Word k is a plural noun."""
    return nounlike(s, k) and plural_word(s.view, s.tokens[k], s.words[k])


def pronoun(s: ClaimSentence, k: int) -> bool:
    """A pronoun standing alone ("hen", "je"), not a possessive or demonstrative before a noun."""
    if s.words[k].low in cues().object_pronouns:
        return True
    nxt = s.words[k + 1].pos if k + 1 < len(s.words) else ""
    return s.words[k].pos == "PRON" and nxt not in {"ADJ", "NOUN", "PROPN", "NUM"}


def comparative(s: ClaimSentence, k: int) -> bool:
    """ "4,8 procent duurder", "14 procent minder": a comparative after a share makes it a
    change of what the sentence counted before or of the clause's subject, not a share of a
    noun. By word list: small taggers call "duurder" a noun and "jongeren" a comparative."""
    return s.low(k) in cues().comparatives


def relative(s: ClaimSentence, k: int) -> bool:
    """ "die"/"dat" opening a relative clause: right after a noun, or after a comma after one."""
    if s.low(k) not in cues().relatives or k == 0:
        return False
    before = k - 1
    if s.words[before].text == "," and before > 0:
        before -= 1
    return s.words[before].pos in HEAD_POS and before not in s.claimed


def finite(s: ClaimSentence, k: int) -> bool:
    """Word k is a finite verb (`pipeline.text.grammar.is_finite` on its token)."""
    token = s.tokens[k]
    return token >= 0 and is_finite(s.view, token)


def subordinator(s: ClaimSentence, k: int) -> bool:
    """Word k opens a subordinate clause: a subordinating conjunction ("dat", "omdat"; not
    "sinds", "als", "of", "dan": `not_clause_openers`), or "waar" after a comma."""
    token = s.tokens[k]
    if token >= 0 and is_subordinating_conjunction(s.view, token):
        return s.low(k) not in cues().not_clause_openers
    return s.low(k) in cues().relative_adverbs and k > 0 and s.words[k - 1].text == ","


def name_word(s: ClaimSentence, k: int) -> bool:
    """Word k is part of a written name: capitalised, or a surname particle between capitalised
    words or particles ("Pieter van Dam", "Riet van den Heuvel")."""
    word = s.words[k]
    if word.text.isalpha() and word.text[:1].isupper():
        return True
    particles = sections(EntityWords).surname_particles
    return (
        word.low in particles
        and 0 < k < len(s.words) - 1
        and (s.words[k - 1].text[:1].isupper() or s.words[k - 1].low in particles)
        and (s.words[k + 1].text[:1].isupper() or s.words[k + 1].low in particles)
    )
