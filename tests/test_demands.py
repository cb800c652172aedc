"""Demand extraction: one row per construction and per non-demand, in our own Dutch sentences.

Entities and quotes are built here, not by their extractors, so these rows test demands alone.
A row: text, entities {name: (label, aliases, role)}, quotes [(speaker, quoted words)], and the
expected demands as (modality, actor, addressee, fragment of the demand text); `[]` = no demand.
"""

from __future__ import annotations

import re

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.extract.demands import build_context, extract_demands
from pipeline.extract.demands.phrases import phrase
from pipeline.extract.demands.subjects import subject_by_order, subject_words
from pipeline.extract.resolve import EntityIndex
from pipeline.schema import Entity, Quote, Span
from pipeline.text.view import DocView

FNV = {"FNV": ("ORG", [], None)}
BOND = {"Boerenbond": ("ORG", [], None)}
DEKKER = {"Mirjam Dekker": ("PERSON", ["Dekker"], "woordvoerder")}
VOS = {"Hans Vos": ("PERSON", ["Vos"], "minister")}
RAAD = {"Raad van State": ("ORG", [], None)}
DIENST = {"Toeslagendienst": ("ORG", [], None)}

# (id, text, entities, quotes, expected)
POSITIVE = [
    # -- moet / moeten / dient te / zou moeten / hoort te --------------------------------------
    (
        "moet-main",
        "De gemeente moet de wachtlijsten voor de schuldhulp wegwerken.",
        {},
        [],
        [("must", None, "gemeente", "De gemeente moet")],
    ),
    (
        "moeten-plural",
        "De provincies moeten meer geld uittrekken voor het openbaar vervoer.",
        {},
        [],
        [("must", None, "provincies", "meer geld uittrekken")],
    ),
    (
        "moet-quote",
        "Dekker: ‘Het kabinet moet de huurtoeslag verhogen.’",
        DEKKER,
        [("Mirjam Dekker", "Het kabinet moet de huurtoeslag verhogen.")],
        [("must", "Mirjam Dekker", "kabinet", "huurtoeslag verhogen")],
    ),
    (
        "moet-no-infinitive",
        "‘De staatssecretaris moet hier deze maand nog mee aan het werk’, zegt Dekker.",
        DEKKER,
        [("Mirjam Dekker", "De staatssecretaris moet hier deze maand nog mee aan het werk")],
        [("must", "Mirjam Dekker", "staatssecretaris", "aan het werk")],
    ),
    (
        "moet-named-addressee",
        "Dekker: ‘Minister Vos moet vandaag nog ingrijpen.’",
        {**DEKKER, **VOS},
        [("Mirjam Dekker", "Minister Vos moet vandaag nog ingrijpen.")],
        [("must", "Mirjam Dekker", "Hans Vos", "ingrijpen")],
    ),
    (
        "moet-role-addressee",
        "Dekker: ‘De minister moet de boeren schadeloos stellen.’",
        {**DEKKER, **VOS},
        [("Mirjam Dekker", "De minister moet de boeren schadeloos stellen.")],
        [("must", "Mirjam Dekker", "Hans Vos", "schadeloos stellen")],
    ),
    (
        "moet-sub-clause",
        "Dekker: ‘Dat betekent dat de inspectie vaker onaangekondigd moet langskomen.’",
        DEKKER,
        [("Mirjam Dekker", "Dat betekent dat de inspectie vaker onaangekondigd moet langskomen.")],
        [("must", "Mirjam Dekker", "inspectie", "onaangekondigd")],
    ),
    (
        "moet-inversion",
        "Daarom moet de regering de accijns op diesel verlagen.",
        {},
        [],
        [("must", None, "regering", "accijns op diesel")],
    ),
    (
        "moet-volgens",
        "Volgens de FNV moet het kabinet het minimumloon koppelen aan de prijzen.",
        FNV,
        [],
        [("must", "FNV", "kabinet", "minimumloon koppelen")],
    ),
    (
        "moet-vindt-dat",
        "De FNV vindt dat werkgevers de reiskosten volledig moeten vergoeden.",
        FNV,
        [],
        [("must", "FNV", "werkgevers", "reiskosten")],
    ),
    (
        "moet-zegt-dat",
        "Vos zegt dat de provincie de stikstofregels moet versoepelen.",
        VOS,
        [],
        [("must", "Hans Vos", "provincie", "stikstofregels")],
    ),
    (
        "moet-passive",
        "Dekker: ‘De regels moeten worden vereenvoudigd.’",
        DEKKER,
        [("Mirjam Dekker", "De regels moeten worden vereenvoudigd.")],
        [("must", "Mirjam Dekker", None, "vereenvoudigd")],
    ),
    (
        "moet-receive",
        "Dekker: ‘De wijkverpleging moet meer budget krijgen.’",
        DEKKER,
        [("Mirjam Dekker", "De wijkverpleging moet meer budget krijgen.")],
        [("must", "Mirjam Dekker", None, "meer budget krijgen")],
    ),
    (
        "moet-er",
        "Dekker: ‘Er moet een landelijk meldpunt komen.’",
        DEKKER,
        [("Mirjam Dekker", "Er moet een landelijk meldpunt komen.")],
        [("must", "Mirjam Dekker", None, "meldpunt")],
    ),
    (
        "moet-not",
        "Dekker: ‘Het kabinet moet niet langer wegkijken.’",
        DEKKER,
        [("Mirjam Dekker", "Het kabinet moet niet langer wegkijken.")],
        [("must", "Mirjam Dekker", "kabinet", "wegkijken")],
    ),
    (
        "dient-te",
        "De gemeenteraad dient het besluit opnieuw te nemen.",
        {},
        [],
        [("must", None, "gemeenteraad", "besluit opnieuw")],
    ),
    (
        "dienen-te-plural",
        "Werkgevers dienen hun personeel beter te beschermen tegen hitte.",
        {},
        [],
        [("must", None, "werkgevers", "personeel beter")],
    ),
    (
        "zou-moeten",
        "Het ministerie zou de subsidie voor zonnepanelen moeten verlengen.",
        {},
        [],
        [("should", None, "ministerie", "subsidie")],
    ),
    (
        "zouden-moeten",
        "Volgens Vos zouden de banken hun klanten beter moeten informeren.",
        VOS,
        [],
        [("should", "Hans Vos", "banken", "klanten beter")],
    ),
    (
        "hoort-te",
        "Dekker: ‘Een verpleegkundige hoort van dat salaris te kunnen leven.’",
        DEKKER,
        [("Mirjam Dekker", "Een verpleegkundige hoort van dat salaris te kunnen leven.")],
        [("should", "Mirjam Dekker", None, "salaris")],
    ),
    # -- directive verbs -------------------------------------------------------------------------
    (
        "roept-op-om",
        "De FNV roept de werkgevers op om de lonen met vijf procent te verhogen.",
        FNV,
        [],
        [("call_on", "FNV", "werkgevers", "lonen met vijf procent")],
    ),
    (
        "roept-op-tot",
        "De Boerenbond roept de provincie op tot snelle duidelijkheid.",
        BOND,
        [],
        [("call_on", "Boerenbond", "provincie", "duidelijkheid")],
    ),
    (
        "opgeroepen-3rd",
        "De Raad van State heeft de regering opgeroepen om de wet te herschrijven.",
        RAAD,
        [],
        [("call_on", "Raad van State", "regering", "wet")],
    ),
    (
        "opgeroepen-in-quote",
        "Dekker: ‘Gelukkig heeft de Raad van State het kabinet opgeroepen om de "
        "regeling te schrappen.’",
        {**DEKKER, **RAAD},
        [
            (
                "Mirjam Dekker",
                "Gelukkig heeft de Raad van State het kabinet opgeroepen om de regeling te "
                "schrappen.",
            )
        ],
        [("call_on", "Raad van State", "kabinet", "regeling")],
    ),
    (
        "roepen-wij",
        "Dekker: ‘Wij roepen de minister op om de regeling te schrappen.’",
        {**DEKKER, **VOS},
        [("Mirjam Dekker", "Wij roepen de minister op om de regeling te schrappen.")],
        [("call_on", "Mirjam Dekker", "Hans Vos", "regeling")],
    ),
    (
        "spoort-aan",
        "De FNV spoort het kabinet aan om de pensioenleeftijd te bevriezen.",
        FNV,
        [],
        [("urge", "FNV", "kabinet", "pensioenleeftijd")],
    ),
    (
        "spoort-aan-coordinated",
        "De FNV is blij met het plan, maar spoort het kabinet aan er haast mee te maken.",
        FNV,
        [],
        [("urge", "FNV", "kabinet", "spoort het kabinet aan")],
    ),
    (
        "aangespoord",
        "De Boerenbond heeft de minister aangespoord om de regels te versoepelen.",
        {**BOND, **VOS},
        [],
        [("urge", "Boerenbond", "Hans Vos", "regels")],
    ),
    (
        "eist-dat",
        "De Boerenbond eist dat de provincie de vergunningen binnen een maand afgeeft.",
        BOND,
        [],
        [("must", "Boerenbond", "provincie", "vergunningen")],
    ),
    (
        "eist-np",
        "De FNV eist een hoger minimumloon.",
        FNV,
        [],
        [("must", "FNV", None, "hoger minimumloon")],
    ),
    (
        "eist-van",
        "De FNV eist van de werkgevers een betere regeling.",
        FNV,
        [],
        [("must", "FNV", "werkgevers", "betere regeling")],
    ),
    (
        "vraagt-om-te",
        "De Boerenbond vraagt de gemeenten om de bermen later te maaien.",
        BOND,
        [],
        [("call_on", "Boerenbond", "gemeenten", "bermen later")],
    ),
    (
        "vraagt-om-np",
        "De FNV vraagt om een eerlijke verdeling van de lasten.",
        FNV,
        [],
        [("call_on", "FNV", None, "eerlijke verdeling")],
    ),
    (
        "dringt-aan-op",
        "De FNV dringt aan op een snelle oplossing voor de uitzendkrachten.",
        FNV,
        [],
        [("urge", "FNV", None, "snelle oplossing")],
    ),
    (
        "dringt-bij-aan",
        "De Boerenbond dringt bij de minister aan op meer duidelijkheid.",
        {**BOND, **VOS},
        [],
        [("urge", "Boerenbond", "Hans Vos", "duidelijkheid")],
    ),
    (
        "pleit-voor",
        "De FNV pleit voor een kortere werkweek.",
        FNV,
        [],
        [("call_on", "FNV", None, "kortere werkweek")],
    ),
    (
        "pleit-inverted",
        "Ook pleit de FNV voor gratis kinderopvang.",
        FNV,
        [],
        [("call_on", "FNV", None, "kinderopvang")],
    ),
    (
        "verzoekt",
        "De Raad van State verzoekt de regering om het voorstel in te trekken.",
        RAAD,
        [],
        [("call_on", "Raad van State", "regering", "voorstel")],
    ),
    # -- frames ----------------------------------------------------------------------------------
    (
        "tijd-dat",
        "Dekker: ‘Het is tijd dat de gemeente de fietspaden verbreedt.’",
        DEKKER,
        [("Mirjam Dekker", "Het is tijd dat de gemeente de fietspaden verbreedt.")],
        [("high_time", "Mirjam Dekker", "gemeente", "fietspaden")],
    ),
    (
        "hoogste-tijd",
        "Dekker: ‘Het is nu echt de hoogste tijd dat de provincie ingrijpt.’",
        DEKKER,
        [("Mirjam Dekker", "Het is nu echt de hoogste tijd dat de provincie ingrijpt.")],
        [("high_time", "Mirjam Dekker", "provincie", "hoogste tijd")],
    ),
    (
        "hoog-tijd-om",
        "Volgens de FNV is het hoog tijd om de uitkeringen te verhogen.",
        FNV,
        [],
        [("high_time", "FNV", None, "uitkeringen")],
    ),
    (
        "wordt-tijd",
        "Het wordt tijd dat de regering naar de boeren luistert.",
        {},
        [],
        [("high_time", None, "regering", "naar de boeren")],
    ),
    (
        "belangrijk-dat",
        "Dekker: ‘Het is belangrijk dat scholen de ouders eerder informeren.’",
        DEKKER,
        [("Mirjam Dekker", "Het is belangrijk dat scholen de ouders eerder informeren.")],
        [("necessary", "Mirjam Dekker", "scholen", "ouders eerder")],
    ),
    (
        "noodzakelijk-dat",
        "Het is noodzakelijk dat de overheid de dijken versterkt.",
        {},
        [],
        [("necessary", None, "overheid", "dijken")],
    ),
    (
        "nodig-om",
        "Volgens Vos is het nodig om de regels te vereenvoudigen.",
        VOS,
        [],
        [("necessary", "Hans Vos", None, "regels")],
    ),
    (
        "vindt-het-nodig",
        "Vos vindt het nodig dat de politie vaker controleert.",
        VOS,
        [],
        [("necessary", "Hans Vos", "politie", "vaker")],
    ),
    (
        "nodig-inanimate",
        "Dekker: ‘Het is nodig dat de huren omlaag gaan.’",
        DEKKER,
        [("Mirjam Dekker", "Het is nodig dat de huren omlaag gaan.")],
        [("necessary", "Mirjam Dekker", None, "huren")],
    ),
    (
        "kan-niet-langer-wachten",
        "Dekker: ‘Een oplossing voor de boeren kan niet langer wachten.’",
        DEKKER,
        [("Mirjam Dekker", "Een oplossing voor de boeren kan niet langer wachten.")],
        [("high_time", "Mirjam Dekker", None, "kan niet langer wachten")],
    ),
    (
        "taak-voor",
        "Dekker: ‘Hier ligt een taak voor de gemeente om de buurt te betrekken.’",
        DEKKER,
        [("Mirjam Dekker", "Hier ligt een taak voor de gemeente om de buurt te betrekken.")],
        [("should", "Mirjam Dekker", "gemeente", "buurt")],
    ),
    # -- imperatives -----------------------------------------------------------------------------
    (
        "imp-headline-particle",
        "Vakbond wil actie\n\nRust de scholen met voldoende leraren uit\n\n"
        "De FNV is boos over de plannen.",
        FNV,
        [],
        [("imperative", "FNV", None, "Rust de scholen met voldoende leraren uit")],
    ),
    (
        "imp-headline-stem",
        "De FNV is boos.\n\nGeef jongeren een eerlijk loon\n\nDe bond wil actie.",
        FNV,
        [],
        [("imperative", "FNV", None, "Geef jongeren een eerlijk loon")],
    ),
    (
        "imp-headline-zorg",
        "De Boerenbond reageert.\n\nZorg dat boeren een toekomst hebben\n\nMeer volgt.",
        BOND,
        [],
        [("imperative", "Boerenbond", None, "Zorg dat boeren een toekomst hebben")],
    ),
    (
        "imp-headline-tag",
        "De FNV is boos.\n\nMaak werken weer lonend\n\nMeer volgt later vandaag.",
        FNV,
        [],
        [("imperative", "FNV", None, "Maak werken weer lonend")],
    ),
    (
        "imp-headline-particle-mid",
        "De FNV is boos.\n\nTrek meer geld uit voor de zorg\n\nMeer volgt later vandaag.",
        FNV,
        [],
        [("imperative", "FNV", None, "Trek meer geld uit voor de zorg")],
    ),
    (
        "imp-headline-schaf-af",
        "De FNV is boos.\n\nSchaf de eigen bijdrage af\n\nMeer volgt later vandaag.",
        FNV,
        [],
        [("imperative", "FNV", None, "Schaf de eigen bijdrage af")],
    ),
    (
        "imp-subheading-section",
        "Het Ministerie van Financiën reageert. Het Ministerie van Financiën zwijgt verder."
        "\n\nGeef jongeren een eerlijk loon\n\nDe FNV eist een hoger minimumloon.",
        {**FNV, "Ministerie van Financiën": ("ORG", [], None)},
        [],
        [("imperative", "FNV", None, "Geef jongeren een eerlijk loon")],
    ),
    (
        "imp-quote-colon",
        "Dekker: ‘Help de mantelzorgers.’",
        DEKKER,
        [("Mirjam Dekker", "Help de mantelzorgers.")],
        [("imperative", "Mirjam Dekker", None, "Help de mantelzorgers")],
    ),
    # -- parties named by a definite head noun ("de bond" after "de Boerenbond") ---------------
    (
        "head-noun-actor",
        "De Boerenbond is boos. Daarom eist de bond een schadevergoeding.",
        BOND,
        [],
        [("must", "Boerenbond", None, "schadevergoeding")],
    ),
    (
        "head-noun-addressee",
        "De Toeslagendienst maakte fouten. Volgens Vos moet de dienst de ouders snel compenseren.",
        {**DIENST, **VOS},
        [],
        [("must", "Hans Vos", "Toeslagendienst", "ouders snel compenseren")],
    ),
    (
        "head-noun-plural-not",
        "De Boerenbond is boos. De bonden eisen meer geld.",
        BOND,
        [],
        [("must", "bonden", None, "meer geld")],
    ),
    (
        "head-noun-none-before",
        "De bond eist meer geld voor de boeren.",
        {},
        [],
        [("must", "bond", None, "meer geld")],
    ),
    (
        "head-noun-indefinite",
        "De Toeslagendienst zwijgt. Volgens Vos moet een nieuwe dienst de klachten behandelen.",
        {**DIENST, **VOS},
        [],
        [("must", "Hans Vos", None, "klachten behandelen")],
    ),
    # -- deadlines inside a demand stay demands ------------------------------------------------
    (
        "time-agentive-komen",
        "De minister moet vrijdag met een plan komen.",
        {},
        [],
        [("must", None, "minister", "met een plan komen")],
    ),
    (
        "time-date-agentive",
        "Het kabinet moet voor 1 juli de huren bevriezen.",
        {},
        [],
        [("must", None, "kabinet", "huren bevriezen")],
    ),
    (
        "time-existential",
        "Er moet voor 1 januari een meldpunt voor discriminatie komen.",
        {},
        [],
        [("must", None, None, "meldpunt voor discriminatie")],
    ),
    (
        "time-vandaag-nog",
        "De gemeente moet vandaag nog ingrijpen.",
        {},
        [],
        [("must", None, "gemeente", "ingrijpen")],
    ),
    # -- insertions inside the clause ----------------------------------------------------------
    (
        "insert-zo-zegt",
        "Dekker: ‘Het kabinet moet, zo zegt ook de FNV, de huren bevriezen.’",
        {**DEKKER, **FNV},
        [("Mirjam Dekker", "Het kabinet moet, zo zegt ook de FNV, de huren bevriezen.")],
        [("must", "FNV", "kabinet", "huren bevriezen")],
    ),
    (
        "insert-aldus",
        "De regering moet, aldus de FNV, de lonen verhogen.",
        FNV,
        [],
        [("must", "FNV", "regering", "lonen verhogen")],
    ),
    (
        "insert-before-modal",
        "Het kabinet, zo vindt de Boerenbond, moet de regels versoepelen.",
        BOND,
        [],
        [("must", "Boerenbond", "kabinet", "regels versoepelen")],
    ),
    (
        "insert-brackets",
        "De provincie moet (volgens de Boerenbond) de vergunningen sneller afgeven.",
        BOND,
        [],
        [("must", "Boerenbond", "provincie", "vergunningen sneller")],
    ),
    (
        "insert-relative",
        "De minister, die al maanden zwijgt, moet nu ingrijpen.",
        {},
        [],
        [("must", None, "minister", "ingrijpen")],
    ),
    (
        "insert-directive",
        "De FNV roept, zo blijkt uit een brief, de werkgevers op om de lonen te verhogen.",
        FNV,
        [],
        [("call_on", "FNV", "werkgevers", "lonen verhogen")],
    ),
    (
        "insert-before-dat",
        "De FNV eist, net als vorig jaar, dat de werkgevers de lonen verhogen.",
        FNV,
        [],
        [("must", "FNV", "werkgevers", "lonen verhogen")],
    ),
    (
        "insert-in-frame",
        "Het is, zegt Vos, de hoogste tijd dat de provincie ingrijpt.",
        VOS,
        [],
        [("high_time", "Hans Vos", "provincie", "ingrijpt")],
    ),
    (
        "insert-reported-3rd",
        "De Tweede Kamer heeft de regering, na een lang debat, opgeroepen om de wet te herzien.",
        {"Tweede Kamer": ("ORG", [], None)},
        [],
        [("call_on", "Tweede Kamer", "regering", "wet herzien")],
    ),
    (
        "time-morgen-quote",
        "Dekker: ‘Het kabinet moet morgen met geld over de brug komen.’",
        DEKKER,
        [("Mirjam Dekker", "Het kabinet moet morgen met geld over de brug komen.")],
        [("must", "Mirjam Dekker", "kabinet", "over de brug komen")],
    ),
    # -- "dit kan niet wachten" adds no action: the demand before is the one made urgent --------
    (
        "wait-dit-antecedent",
        "Dekker: ‘Het kabinet moet de huurtoeslag verhogen. Dit kan niet wachten tot na de zomer.’",
        DEKKER,
        [
            (
                "Mirjam Dekker",
                "Het kabinet moet de huurtoeslag verhogen. Dit kan niet wachten tot na de zomer.",
            )
        ],
        [("must", "Mirjam Dekker", "kabinet", "huurtoeslag verhogen")],
    ),
    (
        "imp-in-quote",
        "‘Stop met bezuinigen op de zorg’, zegt Dekker.",
        DEKKER,
        [("Mirjam Dekker", "Stop met bezuinigen op de zorg")],
        [("imperative", "Mirjam Dekker", None, "Stop met bezuinigen op de zorg")],
    ),
    # -- generalisation QA (unseen news styles) ------------------------------------------------
    (
        "reported-obligation-anaphoric-source",
        "Provincies moeten dit jaar ruim 2.000 laadpalen plaatsen. Dat blijkt uit een brief van de "
        "Raad van State.",
        RAAD,
        [],
        [("must", "Raad van State", "provincies", "laadpalen plaatsen")],
    ),
    (
        # one anaphor list with claims (attribution.yaml): "Deze/Die" point back like "Dat/Dit"
        "reported-obligation-anaphoric-deze",
        "Provincies moeten dit jaar ruim 2.000 laadpalen plaatsen. Deze cijfers blijken uit een "
        "brief van de Raad van State.",
        RAAD,
        [],
        [("must", "Raad van State", "provincies", "laadpalen plaatsen")],
    ),
    (
        "reported-obligation-no-source",
        "Alle waterschappen moeten voor 2027 hun dijken versterken.",
        {},
        [],
        [("must", None, "waterschappen", "hun dijken versterken")],
    ),
    (
        "motion-relative-directive",
        "De gemeenteraad heeft een motie aangenomen die het college vraagt om de bibliotheek open "
        "te houden.",
        {},
        [],
        [("call_on", "gemeenteraad", "college", "de bibliotheek open houden")],
    ),
    (
        "roept-op-particle-in-action",
        "De FNV roept de werkgevers op de lonen dit jaar fors op te trekken.",
        FNV,
        [],
        [("call_on", "FNV", "werkgevers", "de lonen dit jaar fors optrekken")],
    ),
    (
        "eist-object-not-van-amount",
        "De Boerenbond eist een vergoeding van 80 miljoen euro voor de getroffen telers.",
        BOND,
        [],
        [("must", "Boerenbond", None, "een vergoeding van 80 miljoen euro")],
    ),
    (
        "eist-participle-object",
        "De FNV heeft woensdag een loonsverhoging van 7 procent geëist bij de supermarkten.",
        FNV,
        [],
        [("must", "FNV", None, "een loonsverhoging van 7 procent")],
    ),
    (
        "cleft-relative-demand",
        "Het is de provincie die nu moet ingrijpen.",
        {},
        [],
        [("must", None, None, "ingrijpen")],
    ),
    (
        "modal-addressee-before-om-clause",
        "Volgens de Raad van State moet de regering bezuinigen om binnen de norm te blijven.",
        RAAD,
        [],
        [("must", "Raad van State", "regering", "bezuinigen")],
    ),
    # -- second QA round: a source right after the demand clause; a timetable with a demander ----
    (
        "trailing-zegt-then-clause",
        "Het kabinet moet ingrijpen, zegt Dekker, anders gaan er banen verloren.",
        DEKKER,
        [],
        [("must", "Mirjam Dekker", "kabinet", "ingrijpen")],
    ),
    (
        "trailing-zegt-pp",
        "De provincie moet de subsidie herstellen, zegt Vos tegen de krant.",
        VOS,
        [],
        [("must", "Hans Vos", "provincie", "de subsidie herstellen")],
    ),
    (
        # one reporting-verb list with quotes and claims (attribution.yaml)
        "trailing-verklaart",
        "Het kabinet moet de huren bevriezen, verklaart de FNV.",
        FNV,
        [],
        [("must", "FNV", "kabinet", "de huren bevriezen")],
    ),
    (
        "trailing-aldus",
        "Het kabinet moet de huren bevriezen, aldus de FNV.",
        FNV,
        [],
        [("must", "FNV", "kabinet", "de huren bevriezen")],
    ),
    (
        "trailing-vindt-then-want",
        "De gemeente moet meer sociale huurwoningen bouwen, vindt de Boerenbond, want de "
        "wachtlijst groeit.",
        BOND,
        [],
        [("must", "Boerenbond", "gemeente", "meer sociale huurwoningen bouwen")],
    ),
    (
        "scheduled-with-demander",
        "De scholen moeten maandag weer open, eist de FNV.",
        FNV,
        [],
        [("must", "FNV", "scholen", "weer open")],
    ),
]

NEGATIVE = [
    (
        "x-own-ga",
        "Dekker: ‘Ik ga de wethouder hier morgen op aanspreken.’",
        DEKKER,
        [("Mirjam Dekker", "Ik ga de wethouder hier morgen op aanspreken.")],
        [],
    ),
    (
        "x-own-wij-gaan",
        "Dekker: ‘Wij gaan de gemeenten zelf helpen met de aanvragen.’",
        DEKKER,
        [("Mirjam Dekker", "Wij gaan de gemeenten zelf helpen met de aanvragen.")],
        [],
    ),
    (
        "x-own-ik-moet",
        "Dekker: ‘Ik moet eerst het rapport lezen.’",
        DEKKER,
        [("Mirjam Dekker", "Ik moet eerst het rapport lezen.")],
        [],
    ),
    (
        "x-own-we-moeten",
        "Dekker: ‘We moeten dit jaar zuinig zijn.’",
        DEKKER,
        [("Mirjam Dekker", "We moeten dit jaar zuinig zijn.")],
        [],
    ),
    ("x-own-we-kunnen-pleiten", "We kunnen wel weer pleiten voor extra geld.", {}, [], []),
    (
        "x-descr-omdat",
        "Veel ouders haken af omdat ze drie formulieren moeten invullen.",
        {},
        [],
        [],
    ),
    (
        "x-descr-doordat",
        "Doordat de bussen uitvallen, moeten scholieren een uur lopen.",
        {},
        [],
        [],
    ),
    (
        "x-descr-nu",
        "Buschauffeurs moeten dat tekort nu opvangen, terwijl ze al overuren maken.",
        {},
        [],
        [],
    ),
    (
        "x-descr-habitual",
        "Verpleegkundigen moeten regelmatig dubbele diensten draaien.",
        {},
        [],
        [],
    ),
    ("x-descr-soms", "Volgens Vos moeten patiënten soms een halfjaar wachten.", VOS, [], []),
    (
        "x-descr-legal",
        "Volgens artikel 3 van de wet moet een werkgever de schade vergoeden.",
        {},
        [],
        [],
    ),
    # one legal-sources list with claims (attribution.yaml): a norm or decree is a legal duty too
    ("x-descr-norm", "Volgens de Europese norm moet een fabrikant de uitstoot meten.", {}, [], []),
    ("x-descr-besluit", "Volgens het besluit moet de gemeente de kosten dragen.", {}, [], []),
    ("x-descr-nu-al", "Een verhuurder moet de verhoging nu al schriftelijk melden.", {}, [], []),
    ("x-descr-hear", "Overal hoort zij dat zij bij een ander loket moet zijn.", {}, [], []),
    ("x-purp-dit", "Dit moet zorgen voor kortere wachttijden.", {}, [], []),
    ("x-purp-geld", "Dat geld moet leiden tot tweehonderd extra agenten.", {}, [], []),
    ("x-purp-maatregel", "De nieuwe maatregel moet bijdragen aan schonere lucht.", {}, [], []),
    ("x-past-moesten", "Vorig jaar moesten tien scholen hun deuren sluiten.", {}, [], []),
    ("x-past-moest", "De minister moest gisteren uitleg geven in de Kamer.", {}, [], []),
    ("x-past-had-moeten", "De gemeente had de bewoners eerder moeten waarschuwen.", {}, [], []),
    ("x-q-moet", "Moet de gemeente dan niet ingrijpen?", {}, [], []),
    (
        "x-q-quote",
        "‘Moet een gezin dan maar in een caravan wonen?’, vraagt Dekker zich af.",
        DEKKER,
        [("Mirjam Dekker", "Moet een gezin dan maar in een caravan wonen?")],
        [],
    ),
    ("x-cond-als", "Als de provincie niets doet, moet de gemeente zelf ingrijpen.", {}, [], []),
    (
        "x-cond-indien",
        "Indien het misgaat, moet de burgemeester de noodverordening afkondigen.",
        {},
        [],
        [],
    ),
    ("x-cond-after", "De brandweer moet uitrukken als er rook wordt gezien.", {}, [], []),
    (
        "x-cond-quote",
        "Dekker: ‘Als de minister iets wil doen, moet hij nu de regels aanpassen.’",
        DEKKER,
        [("Mirjam Dekker", "Als de minister iets wil doen, moet hij nu de regels aanpassen.")],
        [],
    ),
    ("x-cond-wie", "Wie een uitkering krijgt, moet elke maand een formulier invullen.", {}, [], []),
    ("x-generic-je", "Je moet het zien om het te geloven.", {}, [], []),
    (
        "x-headline-open-dag",
        "Open dag bij de brandweer\n\nDe kazerne is zaterdag open.",
        {},
        [],
        [],
    ),
    ("x-descriptive", "Landbouw is een belangrijke sector in de provincie.", {}, [], []),
    ("x-vraagt-inanimate", "We weten dat dit veel tijd kost en om veel kennis vraagt.", {}, [], []),
    ("x-vraagt-zich-af", "Dekker vraagt zich af of de regels wel werken.", DEKKER, [], []),
    ("x-nodig-hebben", "De school heeft vijf leraren nodig.", {}, [], []),
    (
        "x-belangrijke-voorwaarde",
        "Een belangrijke voorwaarde is dat de cijfers kloppen.",
        {},
        [],
        [],
    ),
    ("x-headline-noun", "Wachttijden\n\nDe wachttijden lopen op.", {}, [], []),
    ("x-headline-statement", "Doorstroom hapert\n\nDe doorstroom hapert al jaren.", {}, [], []),
    # scheduled obligations: a point in time with a timetable verb or a party that is not urged
    ("x-sched-rechter", "Hij moet morgen voor de rechter verschijnen.", {}, [], []),
    ("x-sched-trein", "De trein moet om acht uur vertrekken.", {}, [], []),
    ("x-sched-aanvraag", "De aanvraag moet voor 1 juli binnen zijn.", {}, [], []),
    ("x-sched-formulier", "Het formulier moet uiterlijk vrijdag zijn ingeleverd.", {}, [], []),
    ("x-sched-ingaan", "De huurverhoging moet op 1 juli ingaan.", {}, [], []),
    (
        "x-sched-verdachte",
        "De verdachte moet maandag om tien uur op het bureau verschijnen.",
        {},
        [],
        [],
    ),
    ("x-sched-beginnen", "De vergadering moet om negen uur beginnen.", {}, [], []),
    # the non-demands hold across an insertion
    (
        "x-past-insert",
        "Scholen moesten, zo bleek later, vorig jaar hun deuren sluiten.",
        {},
        [],
        [],
    ),
    (
        "x-purp-insert",
        "Dit geld moet, zo hoopt de minister, zorgen voor kortere wachtlijsten.",
        {},
        [],
        [],
    ),
    (
        "x-own-insert",
        "Dekker: ‘Wij gaan, samen met de gemeente, de wijk opknappen.’",
        DEKKER,
        [("Mirjam Dekker", "Wij gaan, samen met de gemeente, de wijk opknappen.")],
        [],
    ),
    (
        "x-cond-insert",
        "Als de provincie, zoals verwacht, niets doet, moet de gemeente ingrijpen.",
        {},
        [],
        [],
    ),
    ("x-q-insert", "Moet de minister, zo vraagt de FNV zich af, niet ingrijpen?", FNV, [], []),
    # headlines with a subject are statements, not imperatives
    (
        "x-headline-opent",
        "De FNV is boos.\nMinister opent nieuwe school\nMeer nieuws volgt later vandaag.",
        FNV,
        [],
        [],
    ),
    (
        "x-headline-trekt-uit",
        "De FNV is boos.\nKabinet trekt extra geld uit\nMeer nieuws volgt later vandaag.",
        FNV,
        [],
        [],
    ),
    (
        "x-headline-sluit",
        "De FNV is boos.\nGemeente sluit zwembad\nMeer nieuws volgt later vandaag.",
        FNV,
        [],
        [],
    ),
    (
        "x-headline-stapt-op",
        "De FNV is boos.\nRutte stapt op\nMeer nieuws volgt later vandaag.",
        FNV,
        [],
        [],
    ),
    (
        "x-headline-noun-pp",
        "De FNV is boos.\nOnderzoek naar fraude\nMeer nieuws volgt later vandaag.",
        FNV,
        [],
        [],
    ),
    (
        "x-verb-first-condition",
        "De FNV is boos.\nKomt het kabinet niet met geld, dan volgen acties.\nMeer nieuws.",
        FNV,
        [],
        [],
    ),
    (
        "x-body-verb-first",
        "De FNV is boos over het plan van het kabinet voor de lonen. Neem nou de boeren, "
        "die al jaren wachten op duidelijkheid over hun toekomst.",
        FNV,
        [],
        [],
    ),
    (
        "x-cond-verb-first-modal",
        "Doet de provincie niets, dan moet de gemeente zelf ingrijpen.",
        {},
        [],
        [],
    ),
    ("x-als-comparison", "Zowel voor de boeren als voor de natuur is dit goed nieuws.", {}, [], []),
    (
        "x-relative-clause-modal",
        "Het gaat om gezinnen die eigenlijk allang in een huurwoning zouden moeten wonen.",
        {},
        [],
        [],
    ),
    (
        "x-relative-clause-law",
        "Er komt een regeling die alle werkgevers moeten naleven.",
        {},
        [],
        [],
    ),
    (
        "x-directive-noun",
        "Een petitie is formeel een verzoek aan de gemeenteraad.",
        {},
        [],
        [],
    ),
    # a verbless "moet … open" with a day is a timetable like "moet … openen" (demand_cues.yaml,
    # state_particles); a reporting verb ("meldt") does not make it a demand
    ("x-scheduled-verbless", "De school moet maandag weer open.", {}, [], []),
    ("x-hypothetical-stel", "Stel dat een gezin 3.000 euro per maand verdient.", {}, [], []),
    ("x-scheduled-verbless-dicht", "Het zwembad moet zaterdag dicht.", {}, [], []),
    (
        "x-scheduled-reported",
        "De bibliotheek moet dinsdag weer open, meldt de FNV.",
        FNV,
        [],
        [],
    ),
]


# (id, text, entities, quotes, demand text exactly, action exactly): spans and actions as written
SPANS = [
    (
        "span-insertion-zo-zegt",
        "De regering moet, zo zegt de FNV, nu ingrijpen.",
        FNV,
        [],
        "De regering moet, zo zegt de FNV, nu ingrijpen",
        "ingrijpen",
    ),
    (
        "span-insertion-before",
        "Het kabinet, aldus de Boerenbond, moet de regels versoepelen.",
        BOND,
        [],
        "Het kabinet, aldus de Boerenbond, moet de regels versoepelen",
        "de regels versoepelen",
    ),
    (
        "span-list-kept",
        "De gemeente moet scholen, sporthallen, bibliotheken en zwembaden openhouden.",
        {},
        [],
        "De gemeente moet scholen, sporthallen, bibliotheken en zwembaden openhouden",
        "scholen sporthallen bibliotheken en zwembaden openhouden",
    ),
    (
        "span-trailing-clause-cut",
        "Het kabinet moet ingrijpen, zegt Dekker, anders gaat het mis.",
        DEKKER,
        [],
        "Het kabinet moet ingrijpen",
        "ingrijpen",
    ),
    (
        "span-imperative-no-mark",
        "‘Wacht niet langer met de hervorming!’, zegt Dekker.",
        DEKKER,
        [("Mirjam Dekker", "Wacht niet langer met de hervorming!")],
        "Wacht niet langer met de hervorming",
        "Wacht niet langer met de hervorming",
    ),
    (
        "span-imperative-headline",
        "De FNV is boos.\n\nRust de scholen met voldoende leraren uit.\n\nMeer volgt later.",
        FNV,
        [],
        "Rust de scholen met voldoende leraren uit",
        "Rust de scholen met voldoende leraren uit",
    ),
    (
        "span-existential",
        "Er moet een landelijk meldpunt komen.",
        {},
        [],
        "Er moet een landelijk meldpunt komen",
        "een landelijk meldpunt komen",
    ),
]


def _index(text: str, spec: dict[str, tuple[str, list[str], str | None]]) -> EntityIndex:
    entities = []
    for k, (name, (label, aliases, role)) in enumerate(spec.items(), start=1):
        mentions = [
            Span(start=m.start(), end=m.end(), text=m.group())
            for form in [name, *aliases]
            for m in re.finditer(rf"\b{re.escape(form)}\b", text)
        ]
        entities.append(
            Entity(
                id=f"e{k}", name=name, label=label, aliases=aliases, mentions=mentions, role=role
            )
        )
    return EntityIndex(entities)


def _quotes(text: str, spec: list[tuple[str, str]]) -> list[Quote]:
    quotes = []
    for k, (speaker, words) in enumerate(spec, start=1):
        start = text.index(words)
        quotes.append(
            Quote(id=f"q{k}", text=words, start=start, end=start + len(words), speaker=speaker)
        )
    return quotes


def _run(nlp, text, entities, quotes):
    doc = nlp(text)
    return extract_demands(doc, _index(text, entities), _quotes(text, quotes))


def _show(demands) -> str:
    return "; ".join(
        f"{d.modality} {d.actor!r}->{d.addressee!r} [{d.text}] action={d.action!r}" for d in demands
    )


@pytest.mark.parametrize(
    ("text", "entities", "quotes", "expected"),
    [row[1:] for row in POSITIVE],
    ids=[row[0] for row in POSITIVE],
)
def test_demand_found(nlp, text, entities, quotes, expected):
    demands = _run(nlp, text, entities, quotes)
    got = [(d.modality, d.actor, d.addressee) for d in demands]
    for modality, actor, addressee, fragment in expected:
        hits = [d for d in demands if fragment in d.text or fragment in (d.action or "")]
        assert hits, f"{text!r}: no demand with {fragment!r}; got {_show(demands)}"
        assert (modality, actor, addressee) in [(d.modality, d.actor, d.addressee) for d in hits], (
            f"{text!r}: expected {(modality, actor, addressee)}, got {got}"
        )


@pytest.mark.parametrize(
    ("text", "entities", "quotes"),
    [row[1:4] for row in NEGATIVE],
    ids=[row[0] for row in NEGATIVE],
)
def test_not_a_demand(nlp, text, entities, quotes):
    demands = _run(nlp, text, entities, quotes)
    assert demands == [], f"{text!r}: expected no demand, got {_show(demands)}"


@pytest.mark.parametrize(
    "text", [row[1] for row in POSITIVE if row[4]], ids=[row[0] for row in POSITIVE if row[4]]
)
def test_spans_index_the_text(nlp, text):
    for demand in _run(nlp, text, {}, []):
        assert text[demand.start : demand.end] == demand.text
        assert demand.id.startswith("d")


@pytest.mark.parametrize(
    ("text", "entities", "quotes", "span", "action"),
    [row[1:] for row in SPANS],
    ids=[row[0] for row in SPANS],
)
def test_demand_span_and_action(nlp, text, entities, quotes, span, action):
    demands = _run(nlp, text, entities, quotes)
    got = [(d.text, d.action) for d in demands]
    assert (span, action) in got, f"{text!r}: expected text {span!r}, action {action!r}; got {got}"
    for demand in demands:
        assert text[demand.start : demand.end] == demand.text


def test_noun_phrase_does_not_depend_on_call_order():
    """A subject's words are a pure function of the inputs. Reading a subject by word order once
    cached its phrase by head token, so a later parse-based `phrase` of that head returned the
    cached words whatever its bounds: results depended on which finder ran first. Hand-built
    parse: "De minister die het weet moet ingrijpen." with the relative clause under "minister"."""
    words = ["De", "minister", "die", "het", "weet", "moet", "ingrijpen", "."]
    doc = Doc(
        spacy.blank("nl").vocab,
        words=words,
        pos=["DET", "NOUN", "PRON", "PRON", "VERB", "AUX", "VERB", "PUNCT"],
        heads=[1, 6, 4, 4, 1, 6, 6, 6],
        deps=["det", "nsubj", "nsubj", "obj", "acl:relcl", "aux", "ROOT", "punct"],
    )
    ctx = build_context(DocView.of(doc), EntityIndex([]), [])
    head, end = doc[1], len(doc)
    before = [t.text for t in phrase(ctx, head, 0, end)]
    subject = subject_by_order(ctx, 0, doc[5], end, None)
    after = [t.text for t in phrase(ctx, head, 0, end)]
    assert before == after == ["De", "minister", "die", "het"], "the parse's phrase, both times"
    assert subject is not None and subject.head.i == head.i
    assert [t.text for t in subject_words(ctx, subject, 0, end)] == ["De", "minister"]
    assert [t.text for t in subject_words(ctx, subject, 1, end)] == ["minister"], "its bounds"
