"""Which entity fixes run, and in which order (presidio's RecognizerRegistry is the model).

Nothing else decides the order: `entity_fixes` (components.py) runs `DOC_FIXES` top to bottom on
the Doc's entities, and `extract_entities` runs `MENTION_FIXES` on the mentions it collects. Two
entries of `DOC_FIXES` run a table of their own: `MODEL_ENTITY_REPAIRS` on each model entity in
turn, whose last step types the entity by the first of `ENTITY_TYPES` that applies.
"""

from __future__ import annotations

from pipeline.extract.entities.fixes import (
    adjacent_names,
    bracketed_acronyms,
    conjoined_names,
    cue_words,
    datelines,
    descriptor_named,
    extend_names,
    filters,
    given_names,
    glued_sentences,
    join_acronyms,
    kind_named,
    law_titles,
    leading_noun,
    missed_neighbours,
    name_suffixes,
    org_words,
    particles,
    place_bodies,
    place_roads,
    portfolios,
    repeats,
    road_numbers,
    role_compounds,
    separators,
    split_names,
    surname_places,
    titled_names,
    titled_works,
    trim_titles,
)
from pipeline.extract.entities.fixes.context import DocFix, Fix, MentionFix, Repair, TypeRule
from pipeline.extract.entities.fixes.repair import FirstType, RepairEach

# How a model entity that survived the repairs is typed: the first rule that applies wins.
ENTITY_TYPES: tuple[Fix[TypeRule], ...] = (
    Fix("person_after_role", titled_names.person_after_role),
    Fix("known_place", separators.known_place),
    Fix("org_headed", org_words.org_headed),
    Fix("portfolio", portfolios.portfolio),
    Fix("name_suffix", name_suffixes.name_suffix),
    Fix("given_name_alone", given_names.given_name_alone),
)

# Repairs of each model entity, in order; one returning None drops the entity.
MODEL_ENTITY_REPAIRS: tuple[Fix[Repair], ...] = (
    Fix("trim_titles", trim_titles.trim_titles),
    Fix("cut_glued_start", glued_sentences.cut_glued_start),
    Fix("trim_cue_words", cue_words.trim_cue_words),
    Fix("require_capital", filters.require_capital),
    Fix("not_entities", filters.not_entities),
    Fix("common_abbreviations", filters.common_abbreviations),
    Fix("yield_to_acronyms", bracketed_acronyms.yield_to_acronyms),
    Fix("org_word_after", org_words.org_word_after),
    Fix("org_word_before", org_words.org_word_before),
    Fix("titled_street", name_suffixes.titled_street),
    Fix("leading_noun", leading_noun.leading_noun),
    Fix("type_by_context", FirstType(ENTITY_TYPES)),
)

# The `entity_fixes` component: each fix takes the Doc's entity list and returns the new one.
DOC_FIXES: tuple[Fix[DocFix], ...] = (
    Fix("datelines", datelines.datelines),
    Fix("separators", separators.separators),
    Fix("surname_places", surname_places.surname_places),
    Fix("given_names", given_names.given_names),
    Fix("repair_model_entities", RepairEach(MODEL_ENTITY_REPAIRS)),
    Fix("conjoined_names", conjoined_names.conjoined_names),
    Fix("split_portfolios", portfolios.split_portfolios),
    Fix("bracketed_acronyms", bracketed_acronyms.add_acronyms),
    Fix("titled_names", titled_names.titled_names),
    Fix("descriptor_named", descriptor_named.descriptor_named),
    Fix("untitled_given_names", given_names.untitled_given_names),
    Fix("join_acronyms", join_acronyms.join_acronyms),
    Fix("adjacent_names", adjacent_names.adjacent_names),
    Fix("extend_names", extend_names.extend_names),
    Fix("split_names", split_names.split_names),
    Fix("resolve_overlaps", filters.resolve_overlaps),
    Fix("drop_body_titles", filters.drop_body_titles),
    Fix("missed_neighbours", missed_neighbours.missed_neighbours),
    Fix("kind_named", kind_named.kind_named),
    Fix("road_numbers", road_numbers.road_numbers),
    Fix("place_roads", place_roads.place_roads),
    Fix("place_bodies", place_bodies.place_bodies),
    Fix("law_titles", law_titles.law_titles),
    Fix("street_names", name_suffixes.street_names),
    Fix("titled_works", titled_works.titled_works),
    Fix("link_titles", titled_works.link_titles),
)

# Fixes of the mentions `extract_entities` collects from the Doc's entities, in order.
MENTION_FIXES: tuple[Fix[MentionFix], ...] = (
    Fix("repeats", repeats.repeats),
    Fix("surname_particles", particles.surname_particles),
    Fix("role_compounds", role_compounds.role_compounds),
)
