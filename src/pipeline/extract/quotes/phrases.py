"""Speaker phrases: where the words naming a speaker begin and end around a cue.

"‘…’, aldus woordvoerder Jan de Vries van de gemeente." → "woordvoerder Jan de Vries van de
gemeente" (`phrase_after`); "En ook Ceuleers zegt: ‘…’" → "Ceuleers" (`phrase_before`, `subject`);
"Greenpeace en Milieudefensie zeggen" → both (`group_link`).
The small word sets that decide a phrase's edges are sections of `data/quote_words.csv`
(`determiner`, `role_link`, `name_particle`, `subject_skip`); the reporting verbs are the one list
of `data/attribution.yaml`.
"""

from __future__ import annotations

from spacy.tokens import Token

from pipeline.extract.attribution import reporting_verb
from pipeline.extract.quotes.lexicon import QuoteLexicon
from pipeline.text.grammar import VERBAL
from pipeline.text.view import DocView

_FUNCTION_POS = frozenset({"ADP", "ADV", "SCONJ", "CCONJ", "AUX", "VERB"})


def reporting_cue(view: DocView, token: Token, window: list[Token]) -> str | None:
    """The cue text if `token` is a reporting verb ("zegt", "laat weten"), else None."""
    return reporting_verb(view, token.i, (t.lower_ for t in window if t.i > token.i))


def reports_a_clause(lex: QuoteLexicon, window: list[Token], k: int) -> bool:
    """The reporting verb window[k] is followed by a complementiser ("vertelde dat …"): what it
    reports is that clause, not a quotation before it (`complementiser` in quote_words.csv)."""
    return k + 1 < len(window) and window[k + 1].lower_ in lex.words.complementiser


def phrase_after(lex: QuoteLexicon, tokens: list[Token]) -> list[Token]:
    """The noun phrase that starts `tokens` (the speaker after "aldus", "zegt", "volgens")."""
    words = lex.words
    phrase: list[Token] = []
    used_van = False
    for k, token in enumerate(tokens):
        low = token.lower_
        if token.is_punct or token.is_space:
            break
        if not phrase and token.lower_ in lex.pronouns:
            return [token]
        nominal = (
            token.ent_type_
            or (token.text[:1].isupper() and not _capitalised_function_word(lex, tokens, k))
            or low in lex.roles
            or (low in words.determiner and (not phrase or phrase[-1].lower_ in words.role_link))
            or token.pos_ in {"NOUN", "PROPN", "NUM"}
            or token.like_num
            or (token.pos_ == "ADJ" and k + 1 < len(tokens) and not tokens[k + 1].is_punct)
            or (low in words.name_particle and phrase and name_follows(lex, tokens, k))
            or (phrase and phrase[-1].lower_ in lex.roles and name_follows(lex, tokens, k))
        )
        if nominal:
            phrase.append(token)
        elif low in words.role_link and phrase and not used_van and k + 1 < len(tokens):
            used_van = True
            phrase.append(token)
        elif low in words.group_link and phrase and _named(phrase[-1]) and _named_at(tokens, k + 1):
            phrase.append(token)  # "Greenpeace en Milieudefensie": a group of named speakers
        else:
            break
    while phrase and (
        phrase[-1].lower_ in words.name_particle or phrase[-1].lower_ in words.role_link
    ):
        phrase.pop()
    return phrase


def _capitalised_function_word(lex: QuoteLexicon, tokens: list[Token], k: int) -> bool:
    """A sentence-initial preposition, adverb or conjunction ("In een reactie", "Daarna"): no
    name, unless a name particle before a name ("Van Dalen", "De Vries")."""
    token = tokens[k]
    if token.pos_ not in _FUNCTION_POS:
        return False
    return not (token.lower_ in lex.words.name_particle and name_follows(lex, tokens, k))


def _named(token: Token) -> bool:
    return bool(token.ent_type_) or token.text[:1].isupper()


def _named_at(tokens: list[Token], k: int) -> bool:
    return k < len(tokens) and _named(tokens[k])


def name_follows(lex: QuoteLexicon, tokens: list[Token], k: int) -> bool:
    """A capitalised word follows tokens[k] after at most name particles ("van der Laan")."""
    for token in tokens[k + 1 : k + 4]:
        if token.text[:1].isupper():
            return True
        if token.lower_ not in lex.words.name_particle:
            return False
    return False


def phrase_before(lex: QuoteLexicon, tokens: list[Token]) -> list[Token]:
    """The noun phrase that ends `tokens` (the subject before "zegt" in "Ceuleers zegt")."""
    phrase: list[Token] = []
    for k in range(len(tokens) - 1, -1, -1):
        token = tokens[k]
        group = token.lower_ in lex.words.group_link and phrase and _named(phrase[0])
        if group and k > 0 and _named(tokens[k - 1]):
            phrase.insert(0, token)  # "Greenpeace en Milieudefensie zeggen"
            continue
        if token.is_punct or token.pos_ in {"VERB", "AUX", "SCONJ", "CCONJ"}:
            break
        phrase.insert(0, token)
    start = next((k for k, t in enumerate(phrase) if t.lower_ not in lex.words.subject_skip), 0)
    return phrase_after(lex, phrase[start:]) if phrase else []


def subject(lex: QuoteLexicon, verb: Token, window: list[Token]) -> list[Token]:
    """Speaker tokens of a reporting verb: a subject with its apposition right before it, its
    parsed subject, else the adjacent noun phrase."""
    apposed = apposition(lex, [t for t in window if t.i < verb.i])
    if apposed:
        return apposed
    in_window = {t.i for t in window}
    for child in verb.children:
        if child.dep_.startswith("nsubj") and child.i in in_window:
            first = min(t.i for t in child.subtree if t.i in in_window)
            if child.i < verb.i:
                span = [t for t in window if first <= t.i < verb.i]
            else:
                span = [t for t in window if t.i >= first]
            return phrase_after(lex, span) or [child]
    before = [t for t in window if t.i < verb.i]
    after = [t for t in window if t.i > verb.i]
    return phrase_before(lex, before) or shared_subject(lex, before) or phrase_after(lex, after)


def shared_subject(lex: QuoteLexicon, before: list[Token]) -> list[Token]:
    """ "De rechter volgde haar niet en sprak van ‘…’": a verb right after a coordinator shares
    the subject of the clause's first verb, the phrase before that verb (empty when there is
    none or the coordinator does not come right before the verb)."""
    if not before or before[-1].pos_ != "CCONJ":
        return []
    first_verb = next((k for k, t in enumerate(before) if t.pos_ in VERBAL), None)
    if not first_verb:
        return []
    skip = lex.words.subject_skip
    lead = next((k for k, t in enumerate(before) if t.lower_ not in skip), 0)
    phrase = phrase_after(lex, before[lead:first_verb])
    return phrase if len(phrase) == first_verb - lead else []


def object_pronoun(lex: QuoteLexicon, window: list[Token], k: int) -> list[Token]:
    """ "volgens haar" names a speaker; "volgens haar advocaat" is a phrase, not a pronoun."""
    following = window[k + 1] if k + 1 < len(window) else None
    if following is not None and following.pos_ in {"NOUN", "PROPN", "ADJ"}:
        return phrase_after(lex, window[k:])
    return [window[k]]


def apposition(lex: QuoteLexicon, before: list[Token]) -> list[Token]:
    """ "Zijn advocaat, Hendrik-Jan Wolters, noemde …" or "Jacco, projectleider, vergelijkt …":
    a subject and its apposition between commas, right before the verb; the one of the two that
    is a name (a capitalised word that is no determiner or role), else the first. Empty when
    `before` (the clause before the verb) is not of that shape."""
    if len(before) < 4 or before[-1].text != ",":
        return []
    commas = [k for k, t in enumerate(before[:-1]) if t.text == ","]
    if len(commas) != 1:
        return []
    skip = lex.words.subject_skip
    first = [t for t in before[: commas[0]] if t.lower_ not in skip]
    second = before[commas[0] + 1 : -1]
    if not first or not second:
        return []
    if phrase_after(lex, first) != first or phrase_after(lex, second) != second:
        return []
    named = [part for part in (first, second) if any(_is_name_word(lex, t) for t in part)]
    return named[0] if len(named) == 1 else first


def _is_name_word(lex: QuoteLexicon, token: Token) -> bool:
    low = token.lower_
    return token.text[:1].isupper() and low not in lex.words.determiner and low not in lex.roles
