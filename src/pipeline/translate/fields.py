"""Which fields get English, and how: a declarative table plus the chunk-wide fill.

Adding a translated field is one row of `FIELDS`. Each row names the list in `ArticleResult`
("article" for the article itself), the Dutch source field and the English target field, optionally
an offline rendering tried first (the termbase for names and roles, the number renderer for claim
values) and whether MT may fill it when that gives nothing (a value is never machine-translated).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from pydantic import BaseModel

from pipeline.english.glossary import glossary_en
from pipeline.english.summary import summary_en, summary_phrases
from pipeline.english.values import value_en
from pipeline.labels import lookup_term, places, role_en, roles, termbase
from pipeline.schema import ArticleResult, Claim, Entity, Translation
from pipeline.translate.protect import Masked, Protector
from pipeline.translate.translator import Translator

# Labels whose names never contain translatable words; other multi-word names may ("Centrum tegen
# Kinderhandel", "Nationaal Actieplan ...") and go to MT when the termbase does not know them.
_NAME_LABELS = {"PERSON", "GPE", "LOC"}


def _is_acronym(form: str) -> bool:
    return " " not in form and sum(c.isupper() for c in form) >= 2


def _name_en(entity: Entity) -> str | None:
    """Termbase English for a known name; the name itself when nothing in it translates."""
    term = lookup_term(entity.name)
    if term is not None and term.name_en:
        return term.name_en
    if entity.label in _NAME_LABELS or _is_acronym(entity.name) or " " not in entity.name:
        return entity.name
    return None


def _role_en(entity: Entity) -> str | None:
    return role_en(entity.role)


def _subject_en(claim: Claim) -> str | None:
    """Glossary English for a subject made only of known words ("de minderjarige slachtoffers")."""
    return glossary_en(claim.subject)


@dataclass(frozen=True)
class FieldSpec:
    """One English field: `model_list[*].target` is the English of `model_list[*].source`."""

    model_list: str
    source: str
    target: str
    offline: Callable[[Any], str | None] | None = None
    mask_names: bool = True
    mt: bool = True

    def objects(self, result: ArticleResult) -> list[BaseModel]:
        """Every object this field lives on, in order."""
        if self.model_list == "article":
            return [result.article]
        return getattr(result, self.model_list)

    def path(self, index: int) -> str:
        """The JSON path of the `index`-th of `objects`."""
        return "article" if self.model_list == "article" else f"{self.model_list}[{index}]"


FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("article", "title", "title_en"),
    FieldSpec("entities", "name", "name_en", offline=_name_en, mask_names=False),
    FieldSpec("entities", "role", "role_en", offline=_role_en, mask_names=False),
    FieldSpec("claims", "sentence", "sentence_en"),
    FieldSpec("claims", "subject", "subject_en", offline=_subject_en),
    FieldSpec("claims", "text", "value_en", offline=value_en, mt=False),
    FieldSpec("quotes", "text", "text_en"),
    FieldSpec("demands", "text", "text_en"),
    FieldSpec("demands", "action", "action_en"),
)


@cache
def term_english() -> dict[str, str]:
    """Dutch written form → English enforced in MT output (termbase, places, role words).

    Acronyms stay as written ("CKM" is what English readers see too); a ministry's bare name is
    its portfolio ("Justitie en Veiligheid" → "Justice and Security"), its full form the ministry.
    """
    english: dict[str, str] = {}
    for role, en, _kind in roles().values():
        if en:
            english.setdefault(role, en)
    for term in (*places(), *termbase()):
        for form in term.forms():
            if _is_acronym(form) or not term.name_en:
                continue
            bare_ministry = term.type == "ministry" and not form.lower().startswith("ministerie")
            en = term.name_en.removeprefix("Ministry of ") if bare_ministry else term.name_en
            english[form] = en
    return english


def _names(result: ArticleResult) -> set[str]:
    names = {e.name for e in result.entities} | {a for e in result.entities for a in e.aliases}
    return names | {m.text for e in result.entities for m in e.mentions}


@dataclass
class _Job:
    article: int
    obj: BaseModel
    target: str
    masked: Masked


def missing_english(result: ArticleResult) -> list[str]:
    """JSON paths of fields with Dutch but no English."""
    return [
        f"{spec.path(i)}.{spec.target}"
        for spec in FIELDS
        for i, obj in enumerate(spec.objects(result))
        if getattr(obj, spec.source) and getattr(obj, spec.target) is None
    ]


def add_english(results: list[ArticleResult], translator: Translator | None) -> list[ArticleResult]:
    """Fill every missing English field of a chunk of articles, in place, and set the status.

    The whole chunk is translated together so a sentence repeated across articles is sent once and
    short segments share requests. Fields that already have English are kept (so `pipeline
    translate` only fills gaps); `summary_en` is rebuilt from whatever English exists now.
    """
    # Masking is for MT only: with no usable translator only offline English is filled in (and
    # the table of enforced terms, ~0.05 CPU s to build, is not needed).
    use_mt = translator is not None and translator.state == "ok"
    terms = term_english() if use_mt else {}
    plain = Protector([], terms) if use_mt else None
    jobs: list[_Job] = []
    for index, result in enumerate(results):
        protector = Protector(_names(result), terms) if use_mt else plain
        for spec in FIELDS:
            for obj in spec.objects(result):
                dutch = getattr(obj, spec.source)
                if not dutch or getattr(obj, spec.target) is not None:
                    continue
                english = spec.offline(obj) if spec.offline else None
                if english:
                    setattr(obj, spec.target, english)
                    continue
                if not spec.mt or not use_mt:
                    continue
                masked = (protector if spec.mask_names else plain).mask(dutch)
                jobs.append(_Job(index, obj, spec.target, masked))
    wanted = {p for result in results for p in summary_phrases(result)} if use_mt else set()
    phrases = {p: plain.mask(p) for p in sorted(wanted)}
    done: dict[str, str | None] = {}
    if use_mt and (jobs or phrases):
        segments = [job.masked.text for job in jobs] + [m.text for m in phrases.values()]
        done = translator.translate_all(segments)
    phrases_en = {
        dutch: masked.unmask(done[masked.text])
        for dutch, masked in phrases.items()
        if done.get(masked.text) is not None
    }
    translated: set[int] = set()
    for job in jobs:
        english = done.get(job.masked.text)
        if english is not None:
            setattr(job.obj, job.target, job.masked.unmask(english))
            translated.add(job.article)
    for index, result in enumerate(results):
        result.summary_en = summary_en(result, phrases_en)
        missing = missing_english(result)
        result.translation = Translation(
            backend=translator.name if translator is not None else "none",
            status=_status(missing, translator, index in translated),
            missing=missing,
        )
    return results


def _status(missing: list[str], translator: Translator | None, some_translated: bool) -> str:
    if not missing:
        return "ok"
    if translator is None:
        return "skipped"
    if translator.state == "offline":
        return "offline"
    return "partial" if some_translated else "failed"
