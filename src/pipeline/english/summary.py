"""`summary_en`: a few English sentences for a reader in a hurry, built from the structured data.

Not a translation of the article: the main demand as the lead (who asks whom to do what), then the
other parties (entities with their English names and roles), the key numbers (each claim's
`value_en` with its subject and source), further demands and the main voice. Free text (subjects,
actions) comes from the `*_en` fields that MT or the glossary filled; where neither has, the Dutch
is shown marked as `[nl: ...]`, kept short, so nothing untranslated passes as English.

Demands are phrased by the shape of their Dutch action, judged from the demand's own text: an
infinitive phrase ("om ... te verhogen", "moet ... verhogen") goes after "to"/"must"; a finite
clause ("het is tijd dat het kabinet ... aanpakt") after "that", with its subject; a noun phrase
("pleit voor een vast budget") after "calls for"; anything else is reported as a statement.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from pipeline.english.glossary import english_numbers, glossary_en, looks_plural, render_np
from pipeline.extract.resolve import EntityIndex
from pipeline.schema import ArticleResult, Claim, Demand, Entity

__all__ = ["english_numbers", "parties", "summary_en", "summary_phrases"]

MAX_SENTENCES = 6
MAX_PEOPLE = 3
MAX_ORGS = 3
MAX_FIGURES = 4
MAX_NL_WORDS = 10
_ORG_LABELS = {"ORG"}
# English organisation names read with "the" ("the House of Representatives", "the Public
# Prosecution Service") when they start or end with one of these generic words; names such as
# "Statistics Netherlands" or "Defence for Children" do not.
_DEFINITE_FIRST = {
    "Association", "Central", "Centre", "Council", "Dutch", "General", "Health", "House",
    "Inspectorate", "Ministry", "Municipal", "National", "Netherlands", "Public", "Royal",
    "Senate", "Tax",
}  # fmt: skip
_DEFINITE_LAST = {
    "Administration", "Agency", "Army", "Association", "Authority", "Bank", "Council", "Court",
    "Foundation", "Inspectorate", "Institute", "Office", "Ombudsman", "Police", "Senate",
    "Service", "Union",
}  # fmt: skip
_STRONG = {"call_on", "urge", "must"}
_WORD = r"(?<!\w){}(?!\w)"
_DEMANDS_NOUN = re.compile(r"(?<!\w)(?:voor|op|eist|eisen|geëist)\s*$", re.IGNORECASE)
_DEMAND_VERB = re.compile(r"(?<!\w)(?:eist|eisen|geëist)(?!\w)", re.IGNORECASE)
_CLAUSE_VERB = {
    "high_time": "says it is high time that",
    "necessary": "says it is necessary that",
    "must": "demands that",
    "should": "says that",
    "call_on": "calls for",
    "urge": "urges that",
}
_INFINITIVE_VERB = {
    "call_on": "calls on {a} to {x}",
    "urge": "urges {a} to {x}",
    "must": "says {a} must {x}",
    "should": "says {a} should {x}",
    "necessary": "says it is necessary for {a} to {x}",
    "high_time": "says it is high time for {a} to {x}",
}
_INFINITIVE_ALONE = {
    "necessary": "says it is necessary to {x}",
    "high_time": "says it is high time to {x}",
}
_NOUN_VERB = {"must": "demands {x}", "urge": "urges {x}"}


def nl(dutch: str | None) -> str:
    """Dutch marked as untranslated, cut to a few words: the mark says what is missing."""
    words = (dutch or "").split()
    cut = " ".join(words[:MAX_NL_WORDS]) + (" …" if len(words) > MAX_NL_WORDS else "")
    return f"[nl: {cut.rstrip('.,;:')}]"


def _en(english: str | None, dutch: str | None) -> str:
    """The English text, else the Dutch marked as untranslated."""
    if english:
        return english_numbers(english.strip())
    return nl(dutch)


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _sentence(text: str) -> str:
    """Capitalised, one final full stop, adjacent Dutch marks merged into one."""
    text = re.sub(r"\[nl: ([^\]]*)\] \[nl: ([^\]]*)\]", r"[nl: \1 \2]", text.strip())
    text = text.rstrip(" .;:") + "."
    return text[:1].upper() + text[1:]


def _weight(entity: Entity, result: ArticleResult) -> int:
    """Mentions, plus a bonus for speaking, demanding or being asked: those drive the story."""
    parties = [q.speaker for q in result.quotes] + [d.actor for d in result.demands]
    parties += [d.addressee for d in result.demands] + [c.attributed_to for c in result.claims]
    return len(entity.mentions) + 2 * sum(1 for p in parties if p == entity.name)


def _acronym(entity: Entity) -> str | None:
    for form in [entity.name, *entity.aliases]:
        if " " not in form and sum(c.isupper() for c in form) >= 2:
            return form
    return None


def _definite(name: str) -> bool:
    words = re.sub(r"\s*\([^)]*\)", "", name).split()
    return bool(words) and (words[0] in _DEFINITE_FIRST or words[-1] in _DEFINITE_LAST)


def org_en(entity: Entity) -> str:
    """English name of an organisation, with its acronym as written in Dutch news.

    A name without English is shown as written, unmarked: it is a proper name ("Stichting
    Rivierland"), which English reporting keeps too, not Dutch prose.
    """
    name = english_numbers(entity.name_en or entity.name)
    acronym = _acronym(entity)
    named = f"{name} ({acronym})" if acronym and acronym not in name else name
    definite = _definite(name) and not name.startswith("The ")
    return f"the {named}" if definite else named


def person_en(entity: Entity, index: EntityIndex) -> str:
    """Role, name and affiliation: 'State Secretary Broekers-Knol (Justice and Security)'."""
    text = entity.name
    if entity.role:
        text = f"{_en(entity.role_en, entity.role)} {text}"
    if entity.affiliation:
        org = index.resolve(entity.affiliation)
        text += f" ({org_en(org).removeprefix('the ') if org else entity.affiliation})"
    return text


class _Names:
    """English for parties; an entity is introduced in full once, then by its short name."""

    def __init__(self, result: ArticleResult, phrases: Mapping[str, str]) -> None:
        self.index = EntityIndex(result.entities)
        self.phrases = phrases
        self.introduced: set[str] = set()

    def entity(self, entity: Entity) -> str:
        first = entity.id not in self.introduced
        self.introduced.add(entity.id)
        if entity.label == "PERSON":
            return person_en(entity, self.index) if first else entity.name
        if first:
            return org_en(entity)
        acronym = _acronym(entity)
        return acronym or org_en(entity)

    def party(self, name: str | None) -> str | None:
        """A known entity, else the English of the noun phrase ("kabinet" → "the cabinet")."""
        if not name:
            return None
        entity = self.index.resolve(name)
        if entity is not None:
            return self.entity(entity)
        return self.phrase(name)

    def phrase(self, dutch: str) -> str:
        """The glossary's established English first, else MT, else the Dutch marked."""
        return _en(glossary_en(dutch) or self.phrases.get(dutch), dutch)


# --- figures ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Subject:
    """A claim subject in English: text, plural head, determiner, and "the number of" dropped."""

    text: str
    plural: bool
    determined: bool
    number_of: bool


_NUMBER_OF = ("het aantal ", "the number of ")
_DETERMINED = re.compile(r"(?i)(the|these|this|those|their|its|his|her|all|every|[a-z]+'s)\s")


def _subject(claim: Claim) -> _Subject:
    """English subject of a claim (MT, glossary or marked Dutch), "het aantal" taken off."""
    dutch = claim.subject or ""
    english = claim.subject_en or ""
    number_of = dutch.casefold().startswith(_NUMBER_OF[0])
    if number_of and english and not english.casefold().startswith(_NUMBER_OF[1]):
        number_of = False  # MT phrased it otherwise: keep its English whole
    elif number_of:
        dutch = dutch[len(_NUMBER_OF[0]) :]
        english = english[len(_NUMBER_OF[1]) :]
    rendered = render_np(dutch)
    if rendered is not None and not english:
        english = rendered.text
    text = re.sub(r"^(The|A|An) ", lambda m: m.group(0).lower(), _en(english, dutch))
    plural = number_of or looks_plural(dutch)
    determined = bool(_DETERMINED.match(text)) and (plural or rendered is not None)
    return _Subject(text, plural, determined, number_of)


def figure_en(claim: Claim) -> str:
    """A claim's value with its subject, in the construction its unit needs.

    Counts read "1,300 girls" ("89 of the 150 MPs" when the subject has a determiner); shares of
    a group "12% of this group"; ages follow the subject ("victims aged 15 or younger"); changes
    too ("the number of unprocessed cases doubled"); anything else keeps the subject apart
    ("3.1% (inflation)") rather than risk a wrong reading.
    """
    value = claim.value_en or nl(claim.text)
    if not claim.subject:
        return value
    subject = _subject(claim)
    text = subject.text
    if value.endswith("ed"):
        return f"{'the number of ' if subject.number_of else ''}{text} {value}"
    if "as many" in value or "as much" in value:
        return f"{value} {text}"
    if claim.unit == "age":
        return f"{text} {value}"
    if "times" in value or "point" in value:
        return f"{value} ({text})"
    if claim.unit in {"people", "count"}:
        return f"{value} of {text}" if subject.determined else f"{value} {text}"
    if claim.unit in {"percent", "ratio"} and (subject.plural or subject.determined):
        bare_ratio = " in " in value and not subject.determined
        return f"{value} {text}" if bare_ratio else f"{value} of {text}"
    return f"{value} ({text})"


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _contains_word(text: str, phrase: str) -> bool:
    """`phrase` occurs in `text` as whole words, like `re.search(_WORD.format(re.escape(phrase)))`
    but without compiling a pattern per claim (the summary of a batch asks this thousands of times)."""
    start = text.find(phrase)
    while start >= 0 and phrase:
        end = start + len(phrase)
        before = start == 0 or not _is_word_char(text[start - 1])
        after = end == len(text) or not _is_word_char(text[end])
        if before and after:
            return True
        start = text.find(phrase, start + 1)
    return False


def _key_claims(result: ArticleResult) -> list[Claim]:
    """The headline's figure, then claims with a subject and a source; years never; no repeats.

    A figure whose number is part of another's subject ("150" in "89 of the 150 MPs") is left
    out: the other says it already.
    """
    title = result.article.title or ""

    def in_title(c: Claim) -> bool:
        return _contains_word(title, c.text)

    def rank(c: Claim) -> tuple:
        return (not in_title(c), c.subject is None, c.attributed_to is None, c.value_en is None,
                c.start)  # fmt: skip

    chosen: list[Claim] = []
    for claim in sorted((c for c in result.claims if c.unit != "year"), key=rank):
        if any(_inside(claim, c) or (c.value, c.unit) == (claim.value, claim.unit) for c in chosen):
            continue
        chosen = [c for c in chosen if not _inside(c, claim)]
        if len(chosen) < MAX_FIGURES:
            chosen.append(claim)
    return sorted(chosen, key=lambda c: (not in_title(c), c.start))


def _inside(claim: Claim, other: Claim) -> bool:
    """`claim`'s number is already part of `other`'s subject ("150" in "de 150 Kamerleden")."""
    return bool(other.subject and _contains_word(other.subject, claim.text))


def _figures(claims: list[Claim], names: _Names) -> str:
    """'Key figures: 1,300 girls and 12% of this group (according to X); ...'."""
    groups: dict[str | None, list[str]] = {}
    for claim in claims:
        groups.setdefault(claim.attributed_to, []).append(figure_en(claim))
    parts = []
    for source, items in groups.items():
        said = names.party(source) if source else None
        parts.append(_join(items) + (f" (according to {said})" if said else ""))
    return "Key figures: " + "; ".join(parts)


# --- demands ------------------------------------------------------------------------------------


def _action_at(demand: Demand) -> int:
    """Where the action starts in the demand's text, else -1.

    The action is the text less "te" and with a separable verb rejoined, so the longest run of
    its first words that occurs in the text marks the start.
    """
    words = (demand.action or "").split()
    for n in range(len(words), 0, -1):
        run = r"\s+".join(re.escape(w) for w in words[:n])
        found = re.search(_WORD.format(run), demand.text)
        if found:
            return found.start()
    return -1


def demand_shape(demand: Demand) -> str:
    """'imperative', 'clause', 'infinitive', 'noun' or 'statement': how the action can be phrased."""
    if demand.modality == "imperative":
        return "imperative"
    at = _action_at(demand)
    if at < 0:
        return "statement"
    prefix, rest = demand.text[:at], demand.text[at:]
    if re.search(_WORD.format("dat"), prefix, re.IGNORECASE):
        return "clause"
    te_dropped = re.search(_WORD.format("te"), rest) and not re.search(
        _WORD.format("te"), demand.action or ""
    )
    if te_dropped or re.search(r"(?<!\w)om\s*$", prefix):
        return "infinitive"
    if _DEMANDS_NOUN.search(prefix) or _DEMAND_VERB.search(demand.text):
        return "noun"
    if demand.modality in {"must", "should"} and prefix.strip() and demand.addressee:
        return "infinitive"
    return "statement"


def _clause_subject(demand: Demand) -> str:
    """The Dutch subject of a demanded 'dat' clause: the words between "dat" and the action."""
    prefix = demand.text[: _action_at(demand)]
    dat = list(re.finditer(_WORD.format("dat"), prefix, re.IGNORECASE))[-1]
    return prefix[dat.end() :].strip()


def _action(demand: Demand) -> str:
    english = (demand.action_en or "").strip()
    english = re.sub(r"^to\s+", "", english, flags=re.IGNORECASE)
    return _en(english, demand.action).rstrip(".")


def demand_en(demand: Demand, names: _Names) -> str:
    """One sentence for a demand: who asks whom to do what, in a construction that fits."""
    shape = demand_shape(demand)
    actor = names.party(demand.actor)
    if actor is None:
        return _sentence(f"Also demanded: “{_en(demand.text_en, demand.text).rstrip('.')}”")
    modality = demand.modality
    if shape == "imperative":
        return _sentence(f"{actor} urges: “{_action(demand)}”")
    if shape == "clause":
        dutch_subject = _clause_subject(demand)
        subject = names.party(demand.addressee) if demand.addressee else None
        if subject is None and dutch_subject:
            subject = names.phrase(dutch_subject)
        clause = f"{subject} {_action(demand)}" if subject else _action(demand)
        return _sentence(f"{actor} {_CLAUSE_VERB[modality]} {clause}")
    if shape == "infinitive" and demand.addressee:
        addressee = names.party(demand.addressee)
        return _sentence(
            f"{actor} " + _INFINITIVE_VERB[modality].format(a=addressee, x=_action(demand))
        )
    if shape == "infinitive" and modality in _INFINITIVE_ALONE:
        return _sentence(f"{actor} " + _INFINITIVE_ALONE[modality].format(x=_action(demand)))
    if shape == "noun":
        verb = _NOUN_VERB.get(modality, "calls for {x}")
        return _sentence(f"{actor} " + verb.format(x=_action(demand)))
    return _sentence(f"{actor} says: “{_en(demand.text_en, demand.text).rstrip('.')}”")


def _key_demands(result: ArticleResult, index: EntityIndex) -> list[Demand]:
    """Named actor with an addressee first, strong modalities before soft, imperatives last."""

    def rank(d: Demand) -> tuple:
        named = d.actor is not None and index.resolve(d.actor) is not None
        shape = demand_shape(d)
        return (
            not named,
            d.addressee is None,
            shape in {"imperative", "statement"},
            d.modality not in _STRONG,
            d.start,
        )

    chosen: list[Demand] = []
    for demand in sorted(result.demands, key=rank):
        key = (demand.action_en or demand.action or demand.text).casefold()
        if all(key != (c.action_en or c.action or c.text).casefold() for c in chosen):
            chosen.append(demand)
    return chosen


# --- the summary --------------------------------------------------------------------------------


def _involved(result: ArticleResult, names: _Names, lead: bool) -> str | None:
    ranked = sorted(result.entities, key=lambda e: -_weight(e, result))
    orgs = [e for e in ranked if e.label in _ORG_LABELS][:MAX_ORGS]
    people = [e for e in ranked if e.label == "PERSON"][:MAX_PEOPLE]
    fresh = [e for e in orgs + people if e.id not in names.introduced]
    if not fresh:
        return None if lead else "No organisations or people are named."
    return _sentence(
        ("Also involved: " if lead else "Involved: ") + _join([names.entity(e) for e in fresh])
    )


def _quoted(result: ArticleResult, names: _Names) -> str | None:
    speakers = [q.speaker for q in result.quotes if q.speaker]
    if not speakers:
        return None
    main = max(dict.fromkeys(speakers), key=speakers.count)
    times = {1: "once", 2: "twice"}.get(speakers.count(main), f"{speakers.count(main)} times")
    return _sentence(f"{names.party(main)} is quoted {times}")


def summary_en(result: ArticleResult, phrases: Mapping[str, str] | None = None) -> str:
    """3–6 English sentences: main demand, who, key figures, more demands, main voice.

    `phrases` gives English for Dutch noun phrases the summary needs that are not fields (parties
    such as "kabinet", subjects of demanded clauses), as translated by the caller when MT runs.
    """
    names = _Names(result, phrases or {})
    demands = _key_demands(result, names.index)
    claims = _key_claims(result)
    lead_demand = bool(demands) and names.index.resolve(demands[0].actor or "") is not None
    sentences = [demand_en(demands.pop(0), names)] if lead_demand else []
    if claims and not lead_demand:
        sentences.append(_sentence(_figures(claims, names)))
    involved = _involved(result, names, lead=lead_demand)
    sentences += [involved] if involved else []
    if claims and lead_demand:
        sentences.append(_sentence(_figures(claims, names)))
    if not claims:
        sentences.append("The article reports no key figures.")
    quoted = _quoted(result, names)
    room = MAX_SENTENCES - len(sentences) - (quoted is not None)
    sentences += [demand_en(d, names) for d in demands[: max(0, min(room, 2))]]
    sentences += [quoted] if quoted else []
    if len(sentences) < 3:
        article = result.article
        title = _en(article.title_en, article.title) if article.title else "untitled"
        dated = f" ({article.date})" if article.date else ""
        sentences.append(_sentence(f"Headline{dated}: {title}"))
    return " ".join(sentences[:MAX_SENTENCES])


def summary_phrases(result: ArticleResult) -> set[str]:
    """Dutch noun phrases the summary shows that no field translates: MT fills them when it runs.

    Parties that are not known entities, and the subjects of demanded clauses ("dat de
    opleidingscapaciteit ... omhooggaat") when the demand has no addressee.
    """
    index = EntityIndex(result.entities)
    out = parties(result)
    for demand in result.demands:
        if demand.addressee or demand_shape(demand) != "clause":
            continue
        subject = _clause_subject(demand)
        if subject and index.resolve(subject) is None and glossary_en(subject) is None:
            out.add(subject)
    return out


def parties(result: ArticleResult) -> set[str]:
    """Actors, addressees, speakers and sources that are noun phrases the glossary lacks."""
    index = EntityIndex(result.entities)
    names = [d.actor for d in result.demands] + [d.addressee for d in result.demands]
    names += [q.speaker for q in result.quotes] + [c.attributed_to for c in result.claims]
    return {n for n in names if n and index.resolve(n) is None and glossary_en(n) is None}
