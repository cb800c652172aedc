"""Role and affiliation of a person, read from the words around a mention and resolved once every
entity of the article is known.

Read (`person_context`): a title before the name ("directeur Anton Hoogendijk"), "van X" after it
("directeur van de Woonbond"), an apposition (", directeur van de Woonbond," or "De advocaat van X,
mr. Y,"), a compound role ("VNG-bestuurder"), a bracketed party ("Joost Hermans (CDA)"). Resolved
(`resolve_pending`, `resolve_employers`): a compound prefix or a generic noun ("van het instituut")
to the entity it stands for; an organisational role with no complement ("Woordvoerder X: ‘…’") to
the organisation named around it (`EntityIndex.employer`). Linkers and determiners from
entity_words.yaml (`affiliation_linkers`, `role_affiliation_linkers`, `apposition_determiners`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from pipeline.extract.entities.names import descriptor, role_compound_body
from pipeline.extract.entities.roles import role_at, role_ending_at
from pipeline.extract.entities.words import span_label, words
from pipeline.extract.quotes import find_quote_marks
from pipeline.extract.resolve import EntityIndex
from pipeline.labels import lookup_term, org_anaphors, org_roles
from pipeline.schema import Entity

if TYPE_CHECKING:
    from pipeline.extract.entities.mentions import Mention

GENERIC = "GENERIC"  # label of an affiliation written as a generic noun ("van het instituut")


def person_context(ent: Span, texts: Sequence[str]) -> tuple[str | None, Span | str | None, bool]:
    """Role, affiliation and whether a "van/bij" complement says whose role it is.

    The affiliation is a Span (an entity or a GENERIC noun in the text), or a string to resolve once
    all entities are known: the prefix of a compound role ("VNG-bestuurder" -> "VNG"). The
    complement counts even when it names no entity ("voorzitter van de ouderraad"): the role then
    has its owner and `resolve_employers` must not guess one. `texts`: the Doc's token texts
    (spaCy's `lower_` is `str.lower`: the words around the name are read on them).
    """
    doc = ent.doc
    role: str | None = None
    affiliation: Span | str | None = None
    linkers = words().affiliation_linkers
    owned = ent.end < len(texts) and texts[ent.end].lower() in linkers
    before = role_ending_at(doc, texts, ent.start)
    if before:
        role = before[1]
        affiliation = _compound_prefix(doc[before[0]])
    elif (
        # "minister van Justitie en Veiligheid Dilan Yesilgöz", also with a comma before the name
        (org := _ent_preceding(doc, ent.start - _comma_before(ent, texts))) is not None
        and org.start >= 2
        and texts[org.start - 1].lower() in words().of_words
        and (hit := role_ending_at(doc, texts, org.start - 1))
    ):
        role, affiliation, owned = hit[1], org, True
    elif (apposed := _apposed_role(ent, texts)) is not None:
        role, affiliation, owned = apposed
    if role and affiliation is None:
        affiliation = _org_after(doc, ent.end, linkers) or _generic_org_after(doc, ent.end)
    if role is None and ent.end < len(texts) and texts[ent.end] in (",", "("):
        i = ent.end + 1
        if i < len(texts) and texts[i].lower() in words().name_determiners:
            i += 1
        hit = role_at(texts, i)
        if hit and hit[2] == "person":
            role = hit[1]
            affiliation = _compound_prefix(doc[i]) or _org_after(
                doc, hit[0], words().role_affiliation_linkers
            )
            owned = hit[0] < len(doc) and doc[hit[0]].lower_ in words().role_affiliation_linkers
    if affiliation is None:
        affiliation = _bracketed_org(ent)
    return role, affiliation, owned


def _comma_before(ent: Span, texts: Sequence[str]) -> int:
    """1 when a comma stands right before the entity ("minister van X, Y"), else 0 (also at the
    Doc's start, where there is no token before it)."""
    return int(ent.start > 0 and texts[ent.start - 1] == ",")


def _ent_at(doc: Doc, i: int) -> Span | None:
    """The entity starting at token i, if any."""
    if i < len(doc) and doc[i].ent_iob_ == "B":
        return next(e for e in doc.ents if e.start == i)
    return None


def _ent_preceding(doc: Doc, i: int) -> Span | None:
    """The entity ending just before token i, if any.

    Token i may lie inside a longer entity (a repeat "Jan de Vries" found inside "De Jan de Vries"),
    so the token before it can be tagged without any entity ending there.
    """
    if i > 0 and doc[i - 1].ent_iob_ in ("B", "I"):
        return next((e for e in doc.ents if e.end == i), None)
    return None


def _org_after(doc: Doc, i: int, linkers: Iterable[str]) -> Span | None:
    """Body a role belongs to, at token i after a linker, a determiner and a descriptor noun.

    "directeur van de Woonbond", "directeur van patiëntenorganisatie MIND": an ORG. After "van" a
    place is the municipality or country the office serves ("burgemeester X van Groningen").
    """
    linker = doc[i].lower_ if i < len(doc) and doc[i].lower_ in linkers else None
    if linker:
        i += 1
        if i < len(doc) and doc[i].lower_ in words().name_determiners:
            i += 1
        if i + 1 < len(doc) and descriptor(doc[i]) and _ent_at(doc, i + 1) is not None:
            i += 1
    ent = _ent_at(doc, i)
    if ent is None:
        return None
    label = span_label(ent)
    return ent if label == "ORG" or (label == "GPE" and linker in words().of_words) else None


def _generic_org_after(doc: Doc, i: int) -> Span | None:
    """ "viroloog Adam Meijer van het instituut": the generic noun standing for a body named before
    (resolved by `EntityIndex.by_generic_noun` once all entities are known); label GENERIC."""
    entity_words = words()
    if (
        i + 2 >= len(doc)
        or doc[i].lower_ not in entity_words.affiliation_linkers
        or doc[i + 1].lower_ not in entity_words.definite_determiners
    ):
        return None
    noun = doc[i + 2]
    if noun.lower_ not in org_anaphors():
        return None
    return Span(doc, noun.i, noun.i + 1, label=GENERIC)


def _compound_prefix(token: Token) -> str | None:
    """ "VNG-bestuurder", "CDA-Kamerlid": the capitalised first part of a compound role names the
    body the role belongs to (resolved against the article's entities and the termbase later, else
    kept as written, "Vooruit"); a modifier capitalised at a sentence start ("Oud-minister") is not."""
    return role_compound_body(token.text)


def _bracketed_org(ent: Span) -> Span | None:
    """ "Kamerlid Joost Hermans (CDA)": an organisation in brackets right after a name is the
    person's party or employer."""
    doc, i = ent.doc, ent.end
    org = _ent_at(doc, i + 1) if i + 2 < len(doc) and doc[i].text == "(" else None
    if org is not None and org.end < len(doc) and doc[org.end].text == ")":
        return org if span_label(org) == "ORG" else None
    return None


def _apposed_role(ent: Span, texts: Sequence[str]) -> tuple[str, Span | None, bool] | None:
    """ "De advocaat van de verdachte, mr. Karim el Idrissi, ...": a role phrase before a comma,
    with the name as its apposition between commas. The phrase is a determiner, the role and at
    most a "van/bij" complement; what that complement names is the affiliation when it is a body.
    """
    doc = ent.doc
    comma = ent.start - 1
    while comma > 0 and (hit := role_at(texts, comma)) and hit[2] == "honorific":
        comma -= 1
    if comma < 2 or texts[comma] != "," or ent.end >= len(texts) or texts[ent.end] != ",":
        return None
    entity_words = words()
    for start in range(comma - 1, max(comma - 7, 0), -1):
        hit = role_at(texts, start)
        if (
            hit is None
            or hit[2] != "person"
            or texts[start - 1].lower() not in entity_words.apposition_determiners
        ):
            continue
        between = doc[hit[0] : comma]
        if all(
            t.lower_ in entity_words.affiliation_linkers
            or t.lower_ in entity_words.name_determiners
            or t.ent_type_
            or t.is_lower
            for t in between
        ) and (not len(between) or between[0].lower_ in entity_words.affiliation_linkers):
            return (
                hit[1],
                _org_after(doc, hit[0], entity_words.affiliation_linkers),
                bool(len(between)),
            )
    return None


def resolve_pending(
    entities: list[Entity], pending: dict[int, Span | str], index: EntityIndex
) -> None:
    """Set the affiliations that needed every entity: entity k's compound prefix or generic noun."""
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


def resolve_employers(
    entities: list[Entity], role_mentions: dict[int, Mention], index: EntityIndex, text: str
) -> None:
    """ "Woordvoerder X: ‘…’" with no "van Y": entity k's organisational role (data/roles.csv)
    belongs to the organisation named around its mention (see `EntityIndex.employer`)."""
    quoted: list[tuple[int, int]] | None = None  # paired once a role needs it
    for k, m in role_mentions.items():
        role = entities[k].role
        if m.owned or role is None or role.casefold() not in org_roles():
            continue
        if quoted is None:
            quoted = [(q.open_at, q.close_at) for q in find_quote_marks(text)]
        body = index.employer(m.span.start_char, m.span.end_char, text, quoted)
        if body is not None:
            entities[k] = entities[k].model_copy(update={"affiliation": body.name})
