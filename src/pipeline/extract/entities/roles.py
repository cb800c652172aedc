"""Role phrases (data/roles.csv) read at the token level: "woordvoerder", "minister van Justitie en
Veiligheid", "oud-minister", "CKM-woordvoerder".

A role before a name makes it a person ("Woordvoerder Shamir Ceuleers"); a role's kind says how:
"person" roles name their holder, "honorific" titles ("mr.", "dr.") are skipped over.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.extract.entities.words import MAX_NAME_TOKENS, NAME_TOKEN, words
from pipeline.labels import full_role, roles


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
_FIRST_WORDS = frozenset(key[0] for key in _PHRASES)


def role_word(text: str) -> tuple[str, str] | None:
    """(role, kind) when `text` is one role token: "Woordvoerder", "oud-minister", "CKM-woordvoerder"."""
    key = text.casefold()
    if (key,) in _PHRASES:
        return _PHRASES[(key,)]
    head, _, tail = key.rpartition("-")
    if head and (tail,) in _PHRASES and _PHRASES[(tail,)][1] == "person":
        if head in words().former_words:
            return f"{head}-{_PHRASES[(tail,)][0]}", "person"
        return _PHRASES[(tail,)][0], "person"
    return None


@lru_cache(maxsize=1 << 16)
def may_start_role(text: str) -> bool:
    """Whether a role phrase can start with this token: `role_at` would find one only then. Cheap,
    for scans over every token: one cache lookup by word form."""
    key = text.casefold()
    if key in _FIRST_WORDS:
        return True
    head, _, tail = key.rpartition("-")  # "oud-minister", "CKM-woordvoerder" (see `role_word`)
    return bool(head) and (tail,) in _PHRASES and _PHRASES[(tail,)][1] == "person"


def role_at(texts: Sequence[str], i: int) -> tuple[int, str, str] | None:
    """(end token, role, kind) of the longest role phrase starting at token i, read on the Doc's
    token texts (this runs for most words of a doc: no Token is built)."""
    if i >= len(texts) or not may_start_role(texts[i]):
        return None  # no phrase starts here (the common case: one cache lookup)
    longest: tuple[int, str, str] | None = None
    key: tuple[str, ...] = ()
    for j in range(i, min(i + _MAX_ROLE_TOKENS, len(texts))):
        key = (*key, texts[j].casefold())
        if len(key) > 1 and key in _PHRASES:
            longest = (j + 1, *_PHRASES[key])
        if key not in _PREFIXES:
            break
    if longest is not None:
        return longest
    if hit := role_word(texts[i]):
        return i + 1, *hit
    return None


def role_may_end_at(starts: Sequence[int], end: int) -> bool:
    """Whether `role_ending_at` may find a phrase ending before token `end`, read on `starts`: the
    positions, in order, of the words that `may_start_role` (`FixContext.where`). One bisection
    instead of a cache lookup per word of the window."""
    k = bisect_left(starts, end - _MAX_ROLE_TOKENS)
    return k < len(starts) and starts[k] < end


def role_ending_at(doc: Doc, texts: Sequence[str], end: int) -> tuple[int, str] | None:
    """(start token, role) of a person-role phrase ending just before token `end`, skipping titles
    (`texts`: the Doc's token texts).

    Each phrase this finds starts within the last `_MAX_ROLE_TOKENS` tokens before `end`, at a word
    that `may_start_role`: most entities have none there, and that costs a set lookup per word.
    """
    for k in range(max(end - _MAX_ROLE_TOKENS, 0), end):
        if may_start_role(texts[k]):
            break
    else:
        return None
    while end > 0 and (hit := role_at(texts, end - 1)) and hit[2] == "honorific":
        end -= 1
    gap = doc[end - 1] if end > 1 else None
    if gap is not None and gap.is_lower and gap.is_alpha and gap.pos_ not in words().function_pos:
        hit = role_at(texts, end - 2)  # "hoogleraar huisartsgeneeskunde Thomas de Vries"
        if hit and hit[0] == end - 1 and hit[2] == "person":
            return end - 2, hit[1]
    for n in range(min(_MAX_ROLE_TOKENS, end), 0, -1):
        hit = role_at(texts, end - n)
        if hit and hit[0] == end and hit[2] == "person":
            return end - n, hit[1]
    return None


def office_before(doc: Doc, texts: Sequence[str], van: int) -> str | None:
    """The person role that the "van" at token `van` completes into an office: "wethouder van …",
    or with the holder's name in between, "wethouder Karin Bos van …"; else None ("de treinen
    van …", "Piet Jansen van …" without a role). `texts`: the Doc's token texts."""
    if van <= 0 or doc[van].lower_ not in words().of_words:
        return None
    if hit := role_ending_at(doc, texts, van):
        return hit[1]
    k = van
    particles = words().surname_particles
    while k > 1 and van - k < MAX_NAME_TOKENS:
        prev = texts[k - 1]
        if not (NAME_TOKEN.match(prev) or prev in particles):
            return None
        k -= 1
        if hit := role_ending_at(doc, texts, k):
            return hit[1]
    return None
