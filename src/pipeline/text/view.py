"""`DocView`: a parsed Doc's token columns and char↔token maps, read once and shared.

spaCy builds a new `Token` object on every `doc[i]`, and `Doc.text` joins every token anew on each
access; extractors that scan whole documents (sentences, headline lines, cue candidates, number
words) paid for that many times over, and each had grown its own cache of columns. One `DocView` is
built per Doc with a single `Doc.to_array` call, before any extractor runs, and handed to each of
them: plain tuples indexed by token number, immutable, so no extractor can change what another sees.
Token objects are still there (`view.doc[i]`) for the parse tree walks the columns do not cover.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from operator import add
from types import MappingProxyType

from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_PUNCT,
    IS_SPACE,
    LEMMA,
    LOWER,
    MORPH,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.strings import StringStore
from spacy.tokens import Doc

# One `Doc.to_array` call reads every column; HEAD, SENT_START and ENT_IOB come out as unsigned
# 64-bit numbers and are read back as signed (relative head offsets, -1 flags).
_COLUMNS = [ORTH, LOWER, LEMMA, POS, TAG, IDX, SPACY, IS_PUNCT, IS_SPACE, HEAD, SENT_START]
_LAZY = [DEP, MORPH, ENT_TYPE, ENT_IOB]  # read by few rules: decoded on first use
_SIGNED = slice(9, 11)
_IOB = ("", "I", "O", "B")  # spaCy's ENT_IOB codes
_NO_FEATURES: MappingProxyType[str, tuple[str, ...]] = MappingProxyType({})


@dataclass(frozen=True)
class DocView:
    """Token columns of one Doc (index = token number) and maps between characters and tokens.

    `lemma` is case-folded (every rule compares lemmas case-insensitively); `head` holds absolute
    token numbers; `sent_start` is 1 where a sentence starts, else 0 or -1 (spaCy's values);
    `spaced` is 1 where a space follows the token; `ent_iob` is "B", "I", "O" or "". `dep`,
    `ent_iob`, `ent_type` and `features` (the parsed morphology) are decoded on first use, from
    the codes read with the rest: most Docs never need them, and the morphology is the dearest
    column to decode.
    """

    doc: Doc
    text: str
    orth: tuple[str, ...]
    lower: tuple[str, ...]
    lemma: tuple[str, ...]
    pos: tuple[str, ...]
    tag: tuple[str, ...]
    head: tuple[int, ...]
    starts: tuple[int, ...]
    spaced: tuple[int, ...]
    sent_start: tuple[int, ...]
    is_punct: tuple[int, ...]
    is_space: tuple[int, ...]
    codes: tuple[tuple[int, ...], ...] = field(repr=False, compare=False)  # the _LAZY columns

    @classmethod
    def of(cls, doc: Doc) -> DocView:
        """Read `doc` once. Each distinct string is looked up once: the string store is slower
        than a dict."""
        strings = doc.vocab.strings
        if len(doc):
            array = doc.to_array(_COLUMNS + _LAZY)
            columns = array[:, : len(_COLUMNS)].T.tolist()
            columns[_SIGNED] = array[:, _SIGNED].astype("int64").T.tolist()
            codes = tuple(map(tuple, array[:, len(_COLUMNS) :].T.tolist()))
        else:
            columns, codes = [[] for _ in _COLUMNS], tuple(() for _ in _LAZY)
        orth, lower, lemma, pos, tag, idx, spaced, punct, space, heads, sent_start = columns
        texts = _decoded(_STRINGS, strings, orth, str)
        return cls(
            doc=doc,
            text="".join([t + " " if sp else t for t, sp in zip(texts, spaced, strict=True)]),
            orth=texts,
            lower=_decoded(_STRINGS, strings, lower, str),
            lemma=_decoded(_FOLDED, strings, lemma, str.casefold),
            pos=_decoded(_STRINGS, strings, pos, str),
            tag=_decoded(_STRINGS, strings, tag, str),
            head=tuple(map(add, range(len(heads)), heads)),
            starts=tuple(idx),
            spaced=tuple(spaced),
            sent_start=tuple(sent_start),
            is_punct=tuple(punct),
            is_space=tuple(space),
            codes=codes,
        )

    @cached_property
    def dep(self) -> tuple[str, ...]:
        return self._strings(self.codes[0])

    @property
    def dep_ids(self) -> tuple[int, ...]:
        """The DEP column as spaCy string ids, undecoded: a rule that tests a few labels compares
        their ids (`spacy.strings.get_string_id`) and spares the decoding of `dep`."""
        return self.codes[0]

    @cached_property
    def features(self) -> tuple[MappingProxyType[str, tuple[str, ...]], ...]:
        """Each token's morphological features: {"VerbForm": ("Fin",), ...}."""
        strings = self.doc.vocab.strings
        return tuple(_features(strings[h]) for h in self.codes[1])

    @cached_property
    def ent_type(self) -> tuple[str, ...]:
        return self._strings(self.codes[2])

    @cached_property
    def ent_iob(self) -> tuple[str, ...]:
        return tuple(map(_IOB.__getitem__, self.codes[3]))

    def _strings(self, hashes: tuple[int, ...]) -> tuple[str, ...]:
        strings = self.doc.vocab.strings
        return tuple(map({h: strings[h] for h in set(hashes)}.__getitem__, hashes))

    def __len__(self) -> int:
        return len(self.orth)

    def end(self, i: int) -> int:
        """Character offset just after token i."""
        return self.starts[i] + len(self.orth[i])

    def token_at(self, char: int) -> int:
        """The token holding character `char` (as `Doc.char_span(..., "expand")` starts), or -1
        past the end of the text."""
        if char >= len(self.text):
            return -1
        return bisect_right(self.starts, char) - 1

    def first_token_from(self, char: int) -> int:
        """The first token that starts at or after character `char` (len(view) if none)."""
        return bisect_left(self.starts, char)

    def morph(self, i: int, feature: str) -> tuple[str, ...]:
        """`Token.morph.get(feature)` of token i, as a tuple: ("Fin",), () when unset."""
        return _features(self.doc.vocab.strings[self.codes[1][i]]).get(feature, ())

    def tag_at(self, i: int) -> str:
        """The fine-grained tag of token i, "" for i = -1 (what `token_at` gives past the end)."""
        return self.tag[i] if i >= 0 else ""


# String hash → string (and → case-folded string), for every Doc: a hash names the same string in
# every StringStore (it is the string's MurmurHash), so what one Doc looked up serves the next, and
# a dict lookup is several times cheaper than the string store's. Bounded by the strings seen, as
# the model's own StringStore is.
_STRINGS: dict[int, str] = {}
_FOLDED: dict[int, str] = {}


def decoded_texts(strings: StringStore, hashes: list[int]) -> tuple[str, ...]:
    """The strings of `hashes` (ORTH or other string columns of a Doc's `to_array`), through the
    process-wide table `DocView` reads its columns with: for code that runs before a Doc's view is
    built (the entity components)."""
    return _decoded(_STRINGS, strings, hashes, str)


def _decoded(
    known: dict[int, str], strings: StringStore, hashes: list[int], convert: Callable[[str], str]
) -> tuple[str, ...]:
    """The strings of `hashes` (converted), through `known`. Most columns hold only strings seen
    before, so the lookup is tried first; the strings it lacks are added when it fails."""
    try:
        return tuple(map(known.__getitem__, hashes))
    except KeyError:
        for h in set(hashes).difference(known):
            known[h] = convert(strings[h])
        return tuple(map(known.__getitem__, hashes))


@lru_cache(maxsize=4096)  # a model has a few hundred distinct feature sets
def _features(morph: str) -> MappingProxyType[str, tuple[str, ...]]:
    """ "Number=Sing|VerbForm=Fin" → {"Number": ("Sing",), "VerbForm": ("Fin",)} (spaCy's format:
    features separated by "|", values of one feature by ",")."""
    if not morph:
        return _NO_FEATURES
    pairs = (item.split("=", 1) for item in morph.split("|") if "=" in item)
    return MappingProxyType({name: tuple(value.split(",")) for name, value in pairs})
