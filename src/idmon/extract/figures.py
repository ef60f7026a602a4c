"""Read one quantity in its sentence: is it a displacement figure, what does it count (term, unit), and is it
a stock, a flow, a return or a movement abroad (category)?"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from idmon.domain.vocabulary import Category, Qualifier, Term, Unit
from idmon.extract.dates import MONTHS
from idmon.extract.numbers import WEEK_BEFORE_RE, Quantity
from idmon.extract.prefilter import compile_guarded, end_guarded, guard
from idmon.extract.qualifiers import qualifier_for
from idmon.extract.terms import (
    BUILDING_WORDS_RE,
    HOUSING_TERMS,
    WITH_HOSTS,
    Cue,
    CueKind,
    Head,
    counts_other_things,
    counts_things_before,
    find_head,
    find_head_before,
    is_building,
    other_things_label,
)

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# Patterns searched in a window before or around every number carry a guard (see prefilter): same matches, sooner.
#: A currency before the number; a code is a word of its own ("leurs 9 600 habitants" is no rupee).
_CURRENCY_BEFORE_RE = compile_guarded(
    # (East African shillings written "KSh", "USh", "TSh")
    r"(?:[$€£¥₹₱₦₵₩₪₺₽₴₸৳₲₡]|(?<![^\W\d_])(?:US\$|USD|EUR|GBP|CHF|Rs\.?|INR|F?CFA|XOF|XAF|KSh|USh|TSh|Sh))\s*$",
    re.IGNORECASE,
)
_CODE_BEFORE_RE = re.compile(r"(?<![\w$])([A-Z]{3})\s*\Z")


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    """ISO 4217 codes (pycountry), but not those that are English words in capitals ("ALL", "TOP", "CUP")."""
    import pycountry

    words = {"ALL", "TOP", "CUP", "MOP", "BOB", "PEN", "ANG", "AND", "SOS", "TRY", "GEL", "MAD"}
    return frozenset(c.alpha_3 for c in pycountry.currencies if c.alpha_3 not in words)


_NOT_FIGURE_AFTER_RE = re.compile(
    r"^(?:\s*(?:%|per\s*cent|percent|pour\s*cent|por\s*ciento)|(?:st|nd|rd|th|er|ème|e)\b|-(?!plus\b)[^\W\d_]|"
    r"\s*(?:a\.?m\.?|p\.?m\.?|hrs|gmt|utc)\b|:\d\d|[\s-]*(?:years?|yrs?)[\s-]*old|\s*ans\b|\s*°|"
    r"\s*(?:rue|avenue|street|road|boulevard|bd|chemin|allée|calle)\b|"
    # people at risk are not displaced: "6,215 remained at risk"
    r"\s+(?:people\s+|persons\s+)?remain(?:ed|s)?\s+(?:still\s+)?at\s+risk\b|"
    # money after the number: "2,5 millions de dollars", "3 million US dollars", "500 000 francs CFA"
    r"\s+(?:de\s+|d['’]\s*)?(?:us\s+|american\s+|canadian\s+|australian\s+)?(?:dollars|euros|francs|livres|pesos|"
    r"shillings|rupees|roupies|dinars|dirhams|drams|usd|eur|fcfa|\$|€)\b)",
    re.IGNORECASE,
)
_NOT_FIGURE_BEFORE_RE = compile_guarded(
    # "number" is a verb in "evacuees now number 20,142", "refugees in the camps number 215,000"
    r"(?:\b(?:page|pages|p\.|pp\.|no\.|nos\.|n°|(?<!now\s)(?<!they\s)(?<!which\s)(?<!who\s)(?<!to\s)"
    r"(?<!refugees\s)(?<!camps\s)(?<!sites\s)(?<!idps\s)(?<!people\s)(?<!evacuees\s)(?<!returnees\s)(?<!arrivals\s)"
    r"(?<!families\s)(?<!households\s)(?<!residents\s)(?<!displaced\s)(?<!migrants\s)(?<!settlements\s)"
    r"(?<!centres\s)(?<!centers\s)(?<!shelters\s)number|nr\.?|resolution|résolution|article|art\.|paragraph|para\.|"
    r"chapter|section|annex|table|figure|fig\.|box|bp|p\.o\.\s*box|tel\.?|phone|telephone|fax|"
    r"(?:route|ruta|rota|carretera|road|highway|autoroute)(?:\s+(?:nacional|national|nationale|provincial|"
    r"départementale|estadual|federal|no\.?|number))?|"
    r"tél\.?|téléphone|ext\.?|mobile|hotline|flight|vol|aged|age\s+of|ages\s+of|âgée?s?\s+de|code|zip|"
    r"postcode|kilometre|km|level|category|catégorie|categoría|phase|grade|magnitude|force|version|v\.?|covid|decree|décret|law|loi|"
    r"round|cycle|tableau|tabla|call|dial|appeler|composer|camp|block|ward|bulletin|sitrep|"
    # "(week 14)", "(semaine 12)": a week's number in brackets (not "over the past week 2,000 people fled")
    r"(?<=\()week|(?<=\()wk|(?<=\()semaine|epi\s+week|"
    # "dans la zone 3 de l'Afar": a numbered zone
    r"(?<=la\s)zone|(?<=the\s)zone)"
    # "10:30", "1/2"; but a label may end with a year: "IDPs as of 31 December 2025: 154,092"
    r"\s*[:.#]?\s*|#\s*|\+\s*|\d:|\d/\s*)$",
    re.IGNORECASE,
)
#: A document's name and a colon, before a figure rather than its number: "bulletin: ", "Sitrep: ".
_DOCUMENT_LABEL_BEFORE_RE = re.compile(r"\b(?:bulletin|sitrep|update|report)\s*:\s*\Z", re.IGNORECASE)
_LABEL_END_AFTER_RE = re.compile(r"\s*(?:[:)\n–—]|-\s|\s*$)")
#: A numbered camp, block or sector, and the numbers listed before this one: "Camps 9 and 10", "Blocks 3, 4 et 5".
_NUMBERED_PLACE_BEFORE_RE = re.compile(
    r"\b(?:camps?|blocks?|sectors?|secteurs?|zones?|wards?|kebeles?|phases?)\s+(?:\d{1,3}[a-z]?\s*(?:,|and|et|&)\s*)*\Z",
    re.IGNORECASE,
)
_LIST_OR_END_AFTER_RE = re.compile(r"[A-Za-z]?\s*(?:[,;.)]|and\b|et\b|&|$)")
_NAME_COMMA_BEFORE_RE = re.compile(r"(?-i:[A-ZÀ-Þ][\w'’-]+),\s*\Z")
_COMMA_AFTER_RE = re.compile(r"\s*,")
_AGE_BEFORE_RE = re.compile(
    r"\b(?:children|kids|girls|boys|enfants|filles|garçons)\s+(?:under|below|aged|of\s+less\s+than|de\s+moins\s+de|"
    r"âgée?s\s+de(?:\s+moins\s+de)?)\s+\Z",
    re.IGNORECASE,
)
#: "64101 Second Ave", "12 Main Street": a street number.
_STREET_AFTER_RE = re.compile(
    r"\s+(?:[A-Z][\w'-]*\s+){0,2}(?:Ave(?:nue)?|St(?:reet)?|Rd|Road|Blvd|Boulevard|Dr(?:ive)?|Lane|Ln|Way|Hwy|"
    r"Highway|Rue|Calle|Avenida)\b"
)
_MONTH_BEFORE_RE = compile_guarded(rf"(?:{_MONTH_NAMES})\.?\s+(?:the\s+)?$", re.IGNORECASE, before=r"\b")
_MONTH_AFTER_RE = re.compile(
    r"^(?:st|nd|rd|th|er)?(?:\s*(?:and|to|-|–|&|et|au|y)\s*(?:the\s+|le\s+|el\s+)?\d{1,2}(?:st|nd|rd|th|er)?)?"
    rf"\s*(?:of\s+)?(?:{_MONTH_NAMES})\b",
    re.IGNORECASE,
)
_PHONE_RE = re.compile(r"(?:\d[\s.()/-]{0,2}){8,}")
_BRACKET_RESTATE_AFTER_RE = re.compile(
    r"[ \u00a0]*\([ \u00a0]*(?:[^\W\d_]+\.?[ \u00a0]+|[≈~][ \u00a0]*)?\d[\d \u00a0\u202f,.]*[ \u00a0]*[^\W\d_]"
)
_BRACKET_RESTATE_BEFORE_RE = re.compile(r"\([ \u00a0]*\Z")
_YEAR_RE = re.compile(r"^(?:1[89]|20)\d\d(?:\s*(?:-|–|to|and|à|et)\s*(?:(?:1[89]|20)\d\d|\d\d))?$")
#: Places that are flooded, where the houses are not said to be ("homes in flooded neighbourhoods").
_AREA_NOUNS = (
    r"areas?|neighbou?rhoods?|roads?|streets?|districts?|villages?|fields?|farmland|land|zones?|parts?|quartiers?|"
    r"routes?|rues?"
)
#: "1,000 houses were flooded", "500 homes have now been submerged": the building noun, a few auxiliary words and
#: the flooding word; not "homes in flooded neighbourhoods", "homes cut off by submerged roads".
_BUILDING_DAMAGE_RE = re.compile(
    r"\s+[\w'’-]+(?:\s+[\w'’-]+)?(?:\s+(?:were|was|are|is|have|has|had|been|being|now|still|also|totally|"
    r"completely|partially|partly|badly|severely|reportedly|confirmed|reported|found|left|ont|été|sont|étaient|"
    r"totalement|partiellement)){0,4}"
    r"\s+(?:flooded|inundated|submerged|under\s+water|inondée?s?|sumergid[oa]s)\b"
    rf"(?!\s+(?:{_AREA_NOUNS}))",
    re.IGNORECASE,
)
_BUILDING_DAMAGE_BEFORE_RE = re.compile(
    r"(?:\b(?:flooded|inundated|submerged|inond[ée]e?s?|sumergi\w*|anegad[oa]s)|"
    # "Floodwater has entered 2,400 houses", "l'eau a envahi 300 maisons"
    r"\b(?:flood\s*waters?|waters?|l['’]eau|les\s+eaux)\s+(?:has|have|had|a|ont|avait|avaient)\s+(?:entered|envahi))"
    r"\s+(?:[^\s.;,]+\s+){0,2}$",
    re.IGNORECASE,
)
_CLAUSE_BREAK_RE = re.compile(
    # brackets around an acronym break nothing: "personnes déplacées internes (PDI) enregistrées"
    # (not the comma inside a number: "in 1,000 collective shelters")
    r"(?<!\d),|,(?!\d)|[;\[\]]|\((?![^\W\d_]{2,6}\))|(?<!\([^\W\d_]{2})(?<!\([^\W\d_]{3})(?<!\([^\W\d_]{4})(?<!\([^\W\d_]{5})"
    r"(?<!\([^\W\d_]{6})\)|\.[-–]|\s(?:and|while|whereas|but|as\s+well\s+as|et|tandis|alors|mais|y|e)\s|"
    # "581,638 people are out of their homes — 55,813 in public shelters": a spaced dash opens a breakdown
    r"\s[—–]\s(?![^—–.;]{0,40}\b(?:of\s+(?:them|whom)|d['’]entre\s+(?:eux|elles))\b)",
    re.IGNORECASE,
)
#: "the evacuation of 17,631", "le rapatriement volontaire de 1 247": a noun cue, perhaps an adjective, "of".
_NOMINAL_OF_GAP_RE = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:of|de|d['’])\s*(?:the\s+|an?\s+)?", re.IGNORECASE)
#: "the evacuation of, according to officials, 17,631 people": a noun cue followed by "of" governs the figure.
_NOMINAL_OF_RE = re.compile(r"\s+(?:of|de|d')\b", re.IGNORECASE)
_ACTION_NOUN_RE = re.compile(r"(?:ment|tion|sion)s?\Z")
#: From a noun cue to the next figure it governs: " de plus de ", " of some ", " of ".
_NEXT_FIGURES_NOUN_RE = re.compile(
    r"\s+(?:total\s+|partiel\s+|totale\s+)?(?:of|de|d['’])\s*(?:the\s+|an?\s+)?(?:(?:some|about|around|nearly|almost|"
    r"over|more\s+than|at\s+least|plus\s+de|près\s+de|quelque|environ|au\s+moins)\s+)?",
    re.IGNORECASE,
)
_BRACKET_OPEN_RE = re.compile(r"[(\[][^)\]]*$")
#: "Internally displaced persons (IDPs): 12,500": a label, perhaps with its acronym, then a colon and the figure.
_AFTER_LABEL_RE = re.compile(r"[^\W\d_]\)?\s*:\s*\Z")
#: A short label written before its number, as an item of a list: "…, injured 210", "(deaths 98".
_LIST_ITEM_LABEL_RE = re.compile(r"[,;(—–]\s*[^\W\d_]+(?:\s+[^\W\d_]+)?\s+\Z")
#: "Displaced since January (persons): Kayes 1,200", "Déplacés par commune (au 28 février) : Kaya 112 000": a
#: label with a bracketed precision, then the first item's name. (The label's words, here and in _LABEL_GAP_RE,
#: are matched possessively: no word is split in two, which a failing match would otherwise try in every way.)
_LIST_LABEL_GAP_RE = re.compile(
    r"(?:\s*+[^\W\d_]++){0,4}?\s*\([^()\[\]\d]{0,12}\d{0,4}[^()\[\]\d]{0,16}\)\s*:\s*(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,3}"
)
#: Between a label and its number: a few words, a bracket, then a colon, or a pipe that is the line's last
#: ("IDPs (individuals) | 12,400").
_LABEL_GAP_RE = re.compile(
    r"(?:\s*+[^\W\d_]++){0,5}?\s*\)?\s*(?:\([^()\[\]]{1,40}\)\s*)?(?::|\|(?=[^|\n]*(?:\n|\Z)))\s*"
)
_PEOPLE_NOUN_CUE_RE = re.compile(
    r"idps?|pdi|(?:internally\s+)?displaced|displacements|déplacée?s(?:\s+internes)?|déplacements|refugees|réfugiée?s|"
    r"returnees|retournée?s|evacuees|évacuée?s|sinistrée?s|rapatriée?s|(?:new\s+)?arrivals|(?:nouvelles\s+)?arrivées|"
    r"(?:nouveaux\s+)?arrivants|"
    # movements counted as their people: "Returns from Pakistan … added 41,000"
    r"returns(?:\s+from)?|retours(?:\s+(?:de|du|des|depuis))?",
    re.IGNORECASE,
)
_DASH_ASIDE_RE = re.compile(r"\s[—–][^—–.;\n]{20,240}[—–]\s")
_TOTAL_VERB_GAP_RE = re.compile(
    # (an acronym in brackets may come between: "personnes déplacées internes (PDI) enregistrées par le … (CONASUR)")
    # (or an aside between dashes: "The number of people displaced in the city — many of them already uprooted once
    # by the insurgency, … — had reached 414,000")
    r"\)?(?:[^.;:()\n—–]|\([^().;:\n]{1,24}\)|\s[—–][^—–.;\n]{1,240}[—–]){0,120}?\s(?:stands?\s+at|stood\s+at|(?:is|are|was|were)\s+now|now\s+(?:stands?\s+at|totals?)|totals?|"
    r"totall?ed|came\s+to|(?:has|have|had)\s+(?:risen|climbed|grown|increased|reached)(?:\s+to)?|rose\s+to|climbed\s+to|"
    r"reached|atteint(?:\s+désormais)?|(?:ont|a)\s+atteint|atteignai(?:t|ent)|"
    r"s['’](?:élève(?:nt)?|établi(?:t|ssent))\s+(?:désormais\s+|aujourd['’]hui\s+|actuellement\s+)?à|"
    r"est\s+(?:désormais\s+)?passée?\s+à|"
    r"est\s+(?:désormais\s+)?de|(?:était|étaient)\s+(?:alors\s+)?de|(?:est|sont)\s+(?:désormais\s+)?(?:estimée?s?|évaluée?s?)\s+à|(?:pour\s+)?atteindre|"
    r"to\s+reach|is\s+estimated\s+at|are\s+estimated\s+at|"
    # "… has nearly doubled in a year, rising from 7,900", "… a presque doublé, passant de 7 900"
    r"(?:rising|climbing|increasing|growing|jumping|passant|grimpant)\s+(?:from|de|d['’])|"
    # "Le nombre de personnes hébergées dans les abris collectifs est tombé de 188 000 à 95 000", "has fallen from"
    r"(?:est|a)\s+(?:passée?|tombée?|descendue?|grimpée?|monté|montée|chuté|baissé|diminué|augmenté)\s+(?:de|d['’])|"
    r"(?:has|have|had)\s+(?:fallen|dropped|declined|risen|grown|climbed|increased|decreased)\s+from|"
    r"(?:fell|dropped|declined|rose|grew|climbed|increased|decreased)\s+from|"
    # a bare copula: "Les sinistrés relogés … sont 180", "… sont estimées à 640 000" (the qualifier takes "estimées à")
    r"(?:est|sont|était|étaient|is|are|was|were)(?:\s+(?:désormais|now|actuellement|toujours|still))?)\s+",
    re.IGNORECASE,
)
_NUMBER_OF_BEFORE_RE = re.compile(
    r"\b(?:the\s+(?:number|tally|total|count)\s+of|le\s+nombre\s+(?:de|d['’])|le\s+total\s+(?:de|d['’]))\s+"
    r"(?:[\w'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
#: Places or buildings counted ("the number of schools used as shelters"), not people.
_PLACES_COUNTED_RE = re.compile(
    r"\b(?:number|tally|total|count|nombre)\s+(?:of|de|d['’])\s*(?:the\s+)?(?:schools|camps|sites|centres|centers|"
    r"shelters|buildings|facilities|churches|mosques|classrooms|gyms|halls|hotels|écoles|abris|bâtiments|églises|"
    r"salles)\b",
    re.IGNORECASE,
)
#: Between a displaced population and its count in apposition: "displaced population in Yemen, " (no verb).
_APPOSITION_GAP_RE = re.compile(
    r"\s+(?:population|caseload)(?:\s+(?:in|of)\s+[^.;:()\d\n,]{1,40}?)?\s*(?:,|—|–)\s*", re.IGNORECASE
)
_FRAME_BEFORE_RE = re.compile(
    r"\b(?:among|amongst|within|in|for|to|of|from|parmi|dans|pour|chez)\s+(?:the\s+|its\s+|their\s+|la\s+|sa\s+|leur\s+)?"
    r"(?:\w+\s+)?\Z",
    re.IGNORECASE,
)
#: The end of a count in apposition: a comma, a dash or the sentence's end.
_APPOSITION_END_RE = re.compile(r"\s*(?:[,.;]|—|–|$)")
_BRACKET_COUNT_GAP_RE = re.compile(r"[^.;:()\n]{0,40}?\s*\(\s*")
_BRACKET_ESTIMATE_GAP_RE = re.compile(
    r"[^.;:()\[\]\d\n]{0,40}?\s[(\[]\s*(?P<estimate>est\.|estimated|estimées?|estimés?|an\s+estimated|soit)?\s*",
    re.IGNORECASE,
)
#: The words an estimate opens with: "about", "est.", "an estimated", "près de".
ESTIMATE_HEDGES = (
    r"(?:about|around|some|approximately|approx\.|roughly|nearly|almost|over|more\s+than|at\s+least|environ|près\s+de|"
    r"estimated|an\s+estimated|est\.|quelque|plus\s+de|au\s+moins)"
)
_HEDGE_START_RE = re.compile(rf"{ESTIMATE_HEDGES}\s", re.IGNORECASE)
#: What may stand before a participle that opens a sentence ("", "Ce matin,", "Hier, ").
_OPENING_BEFORE_RE = re.compile(r"\s*(?:[\w'’-]+\s*,\s*)?")
_OPENING_GAP_RE = re.compile(r"[^,.;:()\n\d]{0,90},\s*")
_RESTATED_PLACES_GAP_RE = re.compile(
    r"[^.;:\n\d]{0,60}\d[\d,.\s]*\s[^\W\d_]+(?:\s[^\W\d_]+)?\s*,\s*(?:soit|c['’]est-à-dire|i\.\s?e\.,?|that\s+is,?)\s+"
)
_Y_COUNT_BEFORE_RE = re.compile(
    r"\by\s+(?:compte|comptait|comptent|comptaient|recense|recensait|dénombre|dénombrait|vivent|vivaient|séjournent|"
    r"(?:sont|étaient)\s+(?:hébergée?s|accueillie?s|installée?s|logée?s))\s+(?:désormais\s+|actuellement\s+|encore\s+)?\Z",
    re.IGNORECASE,
)
_STAYING_VERB_AFTER_RE = re.compile(
    r"\s+(?:(?:have|had|were|are|was|is|remain|remained|sont|ont|étaient)\s+)?(?:(?:been|still|now|été)\s+)?"
    r"(?:registered|staying|sheltering|sleeping|slept|spent|living|housed|accommodated|enregistrée?s|hébergée?s|"
    r"accueillie?s|logée?s|passé|dorment|vivent|séjournent)\b",
    re.IGNORECASE,
)
_TOWN_NAMED_RE = re.compile(r"\b(?:à|au|aux|dans|en|at|in)\s+[A-ZÀ-Þ]")
_POPULATION_NOUN_RE = re.compile(r"\s+(?:habitants|résidents|residents|inhabitants|âmes)\b", re.IGNORECASE)
_COMMA_GAP_RE = re.compile(r"\s*[,—–]\s*")
#: "the largest number of ", "le plus grand nombre de ": a number named, its value given after a comma.
_LARGEST_NUMBER_BEFORE_RE = re.compile(
    r"\b(?:(?:the\s+)?(?:largest|highest|greatest|biggest)\s+(?:number|count|share|caseload)\s+of|"
    r"(?:le\s+)?plus\s+(?:grand|fort|important)\s+nombre\s+(?:de|d['’]))\s*\Z",
    re.IGNORECASE,
)
_OF_THEM_IN_AFTER_RE = re.compile(r"\s+(?:of\s+(?:them|whom)|d['’]entre\s+(?:eux|elles))\s+(?:in|at|à|au|aux|dans)\b")
#: A place that opens a sentence, up to its noun: "At the Southern Cross University ", "Dans les ".
_AT_PLACE_OPENING_RE = re.compile(
    r"\s*(?:at|in|inside|across|à|au|aux|dans)\s+(?:the\s+|l['’]|le\s+|la\s+|les\s+)?(?:[\w'’-]+\s+){0,5}",
    re.IGNORECASE,
)
#: The start of a sentence: the text's start, or a sentence's end before it.
_SENTENCE_END_RE = re.compile(r"(?:\A|[.!?:;\n])\s*\Z")
#: The people named, then how many they are: "The displaced, who number close to 19,000", "the displaced, numbering
#: some 2,300", "qui ont fui, au nombre de 6 700", "Les foyers déplacés par les eaux sont au nombre de 1 350".
_NUMBERING_GAP_RE = re.compile(
    r",?\s+(?:(?:who|which)\s+(?:now\s+)?number(?:ed)?|numbering|numbered|now\s+number(?:ing)?)\s+|"
    r"[^.;:,()\n]{0,60}?\s(?:numbered|now\s+number|(?<!the\s)(?<!a\s)number)\s+|"
    # "The displaced population, at 31,000, is now twice…"
    r"(?:\s+population)?\s*,\s+at\s+|"
    r"(?:,?\s+(?:qui\s+)?|[^.;:,]{0,40}?\s)(?:sont|étaient|est|était)\s+au\s+nombre\s+d(?:e\s+|['’])|"
    r"[^.;:]{0,40}?,\s+au\s+nombre\s+d(?:e\s+|['’])|,\s+(?:estimée?s|évaluée?s)\s+à\s+",
    re.IGNORECASE,
)
#: A label, a dash and its number alone on its line: "Houses destroyed – 412", "Maisons détruites – 97".
_DASH_LABEL_GAP_RE = re.compile(
    r"(?:\s+(?:in|of|at|au|aux|en|du|de|des|la|le|dans|internes?|internal(?:ly)?|(?-i:[A-ZÀ-Þ])[\w'’-]*)){0,4}?"
    r"(?:\s*\([^()\d\n]{1,40}\))?\s+[–—-]\s+"
)
_LINE_END_RE = re.compile(r"[ \t]*(?:\n|\Z|[;|])")


#: Words after which a number is a reference, a code or a measure ("page 12", "route nationale 7", "aged 12").
_REFERENCE_WORDS = frozenset(
    {
        "page", "pages", "p", "pp", "no", "nos", "n°", "number", "nr", "resolution", "résolution", "article", "art",
        "paragraph", "para", "chapter", "section", "annex", "table", "figure", "fig", "box", "bp", "tel", "phone",
        "telephone", "fax", "route", "ruta", "rota", "carretera", "road", "highway", "autoroute", "nacional",
        "national", "nationale", "provincial", "départementale", "estadual", "federal", "tél", "téléphone", "ext",
        "mobile", "hotline", "flight", "vol", "aged", "of", "de", "code", "zip", "postcode", "kilometre", "km",
        "level", "category", "catégorie", "categoría", "phase", "grade", "magnitude", "force", "version", "v",
        "covid", "decree", "décret", "law", "loi", "round", "cycle", "tableau", "tabla", "call", "dial", "appeler",
        "composer", "camp", "block", "ward", "bulletin", "sitrep", "week", "wk", "semaine", "zone",
    }
)  # fmt: skip


def _may_refer(before: str) -> bool:
    stripped = before.rstrip()
    if not stripped or not stripped[-1].isalpha():
        return bool(stripped)  # "#", "+", "12/", "n°" and the like: let the pattern decide
    return stripped.rsplit(None, 1)[-1].rstrip(":.#").lstrip("\"'“”‘’«»([{-").lower() in _REFERENCE_WORDS


def is_not_figure(text: str, quantity: Quantity) -> bool:
    """True for money, percentages, ordinals, times, ages, dates, years, phone numbers and reference numbers."""
    if quantity.vague:
        return False
    before = text[max(0, quantity.start - 30) : quantity.start]
    after = text[quantity.end : quantity.end + 30]
    # Each test below that says True stands alone: their order does not change the answer. A date comes first, the
    # most common of these numbers ("12 March", "March 2024").
    day_or_year = quantity.value is not None and (quantity.value <= 31 or _YEAR_RE.match(quantity.text) is not None)
    if day_or_year and (_MONTH_BEFORE_RE.search(before) or _MONTH_AFTER_RE.match(after.lstrip())):
        return True
    if _CURRENCY_BEFORE_RE.search(before) or _NOT_FIGURE_AFTER_RE.match(after) or _STREET_AFTER_RE.match(after):
        return True
    code = _CODE_BEFORE_RE.search(before)
    if code is not None and code.group(1) in _currency_codes():
        return True  # "cash of UAH 10,800", "SDG 50,000": an ISO 4217 code, in capitals
    if (
        _may_refer(before)
        and _NOT_FIGURE_BEFORE_RE.search(before)
        # (not a bulletin's label before its first figure: "9am bulletin: 538,241 people have left their homes")
        and not (_DOCUMENT_LABEL_BEFORE_RE.search(before) and (quantity.value or 0) >= 1000)
    ):
        return True
    numbered = (
        _NUMBERED_PLACE_BEFORE_RE.search(text, max(0, quantity.start - 30), quantity.start)
        if quantity.text.isdigit() and len(quantity.text) <= 3
        else None
    )
    if numbered is not None and (numbered.group()[:1].isupper() or _LIST_OR_END_AFTER_RE.match(text, quantity.end)):
        return True  # "in Camps 9 and 10", "Camp 8E": a camp's or a block's number
    if _CALL_BEFORE_RE.search(before):
        return True  # "appeler le 116", "call 911"
    if (
        quantity.value is not None
        and quantity.value <= 53
        and WEEK_BEFORE_RE.search(before)
        and _LABEL_END_AFTER_RE.match(after)
    ):
        return True  # "Rapid Displacement Tracking, week 14:", "semaine 12 –": a week's number in a title
    if _TITLED_REFERENCE_RE.search(before):
        return True  # "National Displacement Report 16", "Flash Update No. 3": a document's number
    if _AGE_BEFORE_RE.search(before):
        return True  # "42,600 children under five", "enfants de moins de 5 ans": an age
    if (
        quantity.value is not None
        and quantity.value < 120
        and _NAME_COMMA_BEFORE_RE.search(before)
        and _COMMA_AFTER_RE.match(after)
    ):
        return True  # "said Abdullah, 52, who fled Sirwah": a person's age between commas after the name
    if _POSSESSIVE_BEFORE_RE.search(before) and not _COMMUNITY_AFTER_RE.match(after):
        # "with her five children", "avec ses cinq enfants": one family's own people (but "Ses trois cents habitants
        # avaient été évacués": a village's)
        return True
    if _DIFFERENCE_AFTER_RE.match(after):
        return True  # "65 000 de plus qu'au 31 juillet", "12,000 more than last month": a difference
    if (
        "of " in before
        or "de " in before
        or "d'" in before
        or "d’" in before
        or "population" in before
        or "numbers" in before
        or "totals" in before
        or "compte" in before
    ) and _POPULATION_BEFORE_RE.search(before):
        return True  # "a mother of two", "the city of 20,000"
    small = quantity.value is not None and quantity.value < 100
    if small and (_RATIO_RE.match(after) or _RATIO_BEFORE_RE.search(before)):
        return True  # "1 in 3 new arrivals"
    around = text[max(0, quantity.start - 12) : quantity.end + 12]
    phone = _PHONE_RE.search(around)
    if (
        phone
        and not quantity.spelled
        # "58 911 (12 403 ménages)": a figure restated in brackets, not a phone number
        and not _BRACKET_RESTATE_AFTER_RE.match(text, quantity.end)
        and not _BRACKET_RESTATE_BEFORE_RE.search(text, max(0, quantity.start - 3), quantity.start)
        # "Nord-Ouest et Sud-Ouest (janvier 2024) 638 000 personnes": a date in brackets, then the figure
        and not _DATE_BRACKET_BEFORE_RE.search(before)
        and len(re.sub(r"\D", "", phone.group(0))) > len(re.sub(r"\D", "", quantity.text))
    ):
        return True
    if not _YEAR_RE.match(quantity.text):
        return False
    if _MONTH_DAY_BEFORE_RE.search(before):
        return True  # "February 11, 2013"
    # A year-like number counts when it is followed by what it counts ("2015 families", "2000 internally displaced
    # persons", "1900 Somali refugees") with no event word between ("the 2015 earthquake displaced 2.8 million"),
    # or by a participle that says what happened to them ("2000 evacuated"); never after "in", "since", "depuis".
    if _YEAR_BEFORE_RE.search(before):
        return True
    head = find_head(text, quantity.end)
    if head is not None:
        between = text[quantity.end : quantity.end + max(0, len(head.text) - len(head.text.split()[-1]) + 1)]
        if _EVENT_WORD_RE.search(between) is not None:
            return True
        # "the 2025 Regional Refugee Response Plan": a title's capitalised words go on after the noun; "the 2024
        # regional refugee response plan": the noun names a plan
        # (a determiner first: not a headline's capitalised words, "2000 Families Flee Fighting In Masisi")
        if not _DETERMINER_BEFORE_RE.search(before):
            return False
        if _PLAN_AFTER_RE.match(text, head.end):
            return True
        title = _TITLE_GOES_ON_RE.match(text, head.end) if head.text[:1].isupper() else None
        return title is not None and _EVENT_WORD_RE.search(title.group()) is not None
    return _PARTICIPLE_AFTER_RE.match(text, quantity.end) is None


#: "a mother of eight", "une mère de 5 enfants", "the city of 20,000", "a town of 5,000 people": one family, or a
#: place's whole population (but "its population of 90,000 was evacuated" counts).
_POPULATION_BEFORE_RE = re.compile(
    r"\b(?:(?:mother|father|parent|mère|père|city|town|village|capital|municipality|ville|commune)\s+|"
    # "out of an estimated population of 120,000", "a pre-war population of 17,000": the whole population
    r"(?:an?\s+)?(?:(?:estimated|total|pre-?war|former|original)\s+)+population\s+|out\s+of\s+a\s+population\s+|"
    r"population\s+(?:initiale|totale|estimée|d['’]avant[- ]guerre)\s+)"
    r"(?:of\s+|de\s+|d['’]\s*|was\s+|is\s+|stood\s+at\s+|était\s+de\s+)"
    r"(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|over\s+|an\s+estimated\s+|près\s+de\s+|environ\s+|quelque\s+)?\Z|"
    # "The city of Zhuozhou, population 600,000, …": the whole population, in an apposition
    r"[,(]\s*(?:population|pop\.)\s+\Z|"
    # "Dadaab's host community numbers about 150,000 people"
    r"\b(?:host\s+)?(?:community|population|communauté\s+hôte)\s+(?:numbers|totals|compte)\s+"
    r"(?:some\s+|about\s+|around\s+|roughly\s+|nearly\s+|over\s+|environ\s+|quelque\s+)?\Z",
    re.IGNORECASE,
)
_DIFFERENCE_AFTER_RE = re.compile(
    r"\s+(?:\w+\s+)?(?:de\s+plus|de\s+moins|more|fewer|less)\s+(?:qu['’e]|than)\b", re.IGNORECASE
)
#: "1 in 3 new arrivals", "un sur trois": a ratio.
_RATIO_RE = re.compile(
    r"\s+(?:in|out\s+of|sur)\s+(?:\d{1,2}|two|three|four|five|ten|deux|trois|quatre|cinq|dix)\b(?![.,]?\d)"
)
_RATIO_BEFORE_RE = re.compile(
    r"\b(?:\d|one|two|three|four|five|six|seven|eight|nine|un|une|deux|trois|quatre|cinq)\s+(?:[\w'’-]+\s+)?"
    r"(?:in|out\s+of|sur)\s+\Z"
)
_TITLED_REFERENCE_RE = re.compile(r"(?-i:\b(?:Report|Rapport|Update|Bulletin|Sitrep))\s+(?:No\.?\s*|n°\s*|#\s*)?\Z")
_COMMUNITY_AFTER_RE = re.compile(
    r"\s*(?:habitants|résidents|occupants|villageois|administrés|residents|inhabitants|villagers|ménages|familles|"
    r"households|families)\b",
    re.IGNORECASE,
)
_POSSESSIVE_BEFORE_RE = compile_guarded(r"\b(?:his|her|my|ses|sa|mes)\s+\Z", re.IGNORECASE)
_CALL_BEFORE_RE = compile_guarded(
    r"(?:call|dial|appeler|appelez|composer|composez|llamar|llame)\s+(?:le\s+|the\s+|on\s+|al\s+)?\Z",
    re.IGNORECASE,
    before=r"\b",
)
_DATE_BRACKET_BEFORE_RE = re.compile(
    rf"\((?:\d{{1,2}}(?:er)?\s+)?(?:{_MONTH_NAMES})\.?\s+\d{{4}}\)\s*\Z", re.IGNORECASE
)
_MONTH_DAY_BEFORE_RE = re.compile(rf"(?:{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+$", re.IGNORECASE)
_YEAR_BEFORE_RE = re.compile(
    r"\b(?:in|since|during|until|before|after|en|depuis|durant|pendant|desde|año|late|early|mid|fin|début|mi)[\s-]+$",
    re.IGNORECASE,
)
#: Words that make a year of the number before them ("the 2015 earthquake", "the 2017 evacuation").
_EVENT_WORD_RE = re.compile(
    r"\b(?:earthquakes?|floods?|flooding|storms?|cyclones?|hurricanes?|typhoons?|tsunamis?|droughts?|fires?|"
    r"eruptions?|landslides?|monsoons?|season|crisis|conflict|wars?|fighting|violence|attacks?|elections?|"
    r"offensive|census|survey|report|plan|appeal|displacement|evacuations?|exodus|disaster|séisme|inondations?|"
    # a title: "the 2004 National Policy for Internally Displaced Persons"
    r"polic(?:y|ies)|strateg(?:y|ies)|framework|convention|programme|program|guidelines|law|act|politique|stratégie|"
    r"loi|crise|guerre|conflit|élections?|recensement|rapport)\b",
    re.IGNORECASE,
)
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|its|this|their|la|le|du|de\s+la|l['’])\s+\Z", re.IGNORECASE)
#: A plan or a policy named after the people it is for: "(the 2024 refugee) response plan".
_PLAN_AFTER_RE = re.compile(
    r"(?:\s+response)?\s+(?:plan|appeal|policy|strategy|programme|program|framework)\b(?!\s+to\b)", re.IGNORECASE
)
#: Capitalised words after a title's noun ("Refugee Response Plan").
_TITLE_GOES_ON_RE = re.compile(r"(?:[ \t]+(?-i:[A-Z][\w'’-]*))+")
#: "2000 evacuated", "1850 déplacés": a participle right after the number says what happened to them.
_PARTICIPLE_AFTER_RE = re.compile(
    r"\s+(?:were\s+|have\s+been\s+)?(?:evacuated|displaced|relocated|homeless|returned|fled|rescued|"
    r"évacuée?s|déplacée?s|sinistrée?s|rapatriée?s|sans[- ]abris?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Reading:
    """What one quantity counts, before places and dates are added."""

    quantity: Quantity
    term: Term
    unit: Unit
    qualifier: Qualifier
    qualifier_start: int
    head: Head | None
    cue: Cue | None
    bracketed: bool
    bounds: tuple[int, int]
    #: One count over several kinds of place ("are staying with host families or in schools"): the fact's term is the
    #: catch-all, its category read from the reading's own term.
    mixed: bool = False


def is_bracketed(text: str, quantity: Quantity, sentence_start: int) -> bool:
    """True for a figure inside brackets, usually restating the one before it ("2,759 people (460 families)")."""
    return _BRACKET_OPEN_RE.search(text, max(sentence_start, quantity.start - 25), quantity.start) is not None


#: A shelter or a camp, or relatives: "in temporary housing or with relatives", "dans des abris de fortune ou chez
#: des proches".
_RELATIVES = (
    r"(?:their\s+|des\s+|les\s+|leurs\s+|host\s+)?(?:relatives|famil(?:y|ies|les)|proches|friends|amis|parents|"
    r"host\s+(?:families|communities)|familles\s+d['’]accueil)\b"
)
OR_WITH_HOSTS_AFTER_RE = re.compile(
    # (not past a clause of its own: "…, the mayor said, and host families received cash")
    # (nor hosts of one kind, then more hosts: "had taken shelter with neighbours and relatives")
    r"(?!\s+(?:with|among|chez|auprès)\b)"
    rf"(?:,?\s+(?!(?:said|says|told|added|according|dit|selon)\b)[\w'’-]+){{0,3}}?,?\s+(?:or|ou|and|et)\s+"
    rf"(?:(?:with|chez|among|in|dans)\s+)?{_RELATIVES}"
    r"(?!\s+(?:are|were|is|was|have|has|had|received|receive|say|said|sont|ont|étaient|reçoivent)\b)",
    re.IGNORECASE,
)
#: The terms a count over several kinds of place turns into the catch-all (not evacuations and relocations: where
#: the authorities took people is told of their move).
#: (Not people displaced or left homeless, then staying in shelters or with relatives: most writers keep their
#: term, "displaced" or "homeless", whatever places follow.)
_MIXED_PLACES_TERMS = frozenset({Term.FORCED_TO_FLEE, Term.SHELTERED, Term.IN_RELIEF_CAMP, Term.RELOCATED})
_MIXED_TERMS = _MIXED_PLACES_TERMS | {Term.EVACUATED, Term.DISPLACED}
#: One count of people who fled and people evacuated: "left or were evacuated", "ont fui ou ont été évacuées" (not
#: "were evacuated or left on their own": evacuated, for the writers who labelled it).
_LEFT_OR_EVACUATED_RE = re.compile(
    r"(?<!not\s)(?<!never\s)\b(?:(?:left|fled|escaped|departed|self-evacuated)(?:\s+(?!or\b)[^\W\d_][\w'’-]*){0,3}?,?\s+or\s+"
    r"(?:were|have\s+been|had\s+been|was|been|are)\s+(?:being\s+)?evacuated|"
    r"(?:ont|a)\s+(?:fui|quitté(?:\s+(?!ou\b)[\w'’-]+){1,3}?)\s+ou\s+(?:ont\s+|a\s+)?été\s+évacuée?s?|"
    r"(?:sont|est)\s+partie?s?\s+ou\s+(?:ont\s+|a\s+)?été\s+évacuée?s?|"
    r"se\s+sont\s+(?:auto-)?évacuée?s\s+ou\s+(?:ont\s+)?été\s+évacuée?s)\b",
    re.IGNORECASE,
)
_HOSTS_PLACE = (
    r"(?:(?:with|among)\s+(?:their\s+|host\s+)?(?:relatives|friends|family|families|host\s+(?:families|communities)|"
    r"neighbou?rs)|chez\s+(?:des\s+|leurs\s+|les\s+)?(?:proches|parents|amis|voisins)|"
    r"(?:in|dans)\s+(?:des\s+|les\s+)?(?:host\s+(?:families|communities)|familles\s+d['’]accueil)|"
    r"(?:in\s+)?(?:the\s+)?homes\s+of\s+(?:their\s+)?(?:relatives|friends|neighbou?rs))\b"
)
_BUILDING_PLACE = (
    r"(?:(?:in|at|into|inside|dans|sur|à|au|aux|sous)\s+(?:an?\s+|the\s+|des\s+|les\s+|une?\s+|le\s+|la\s+|l['’]|\d+\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?)?"
    r"(?:schools?|churche?s?|mosques?|shelters?|(?:evacuation|relief|collective|care|transit)\s+cent(?:re|er)s|"
    r"camps?|sites?|hotels?|tents?|(?:sports?|community|public)\s+halls?|gym(?:nasium)?s|public\s+buildings|"
    r"écoles?|églises?|mosquées?|abris|centres?\s+d['’](?:accueil|hébergement|évacuation)|hôtels?|hôtel|tentes|"
    r"gymnases?|bâtiments\s+publics|salles?\s+(?:polyvalentes?|communales?|des\s+fêtes)|camps?|sites?|gîtes)\b"
)
_HOSTS_CUE_RE = re.compile(_HOSTS_PLACE, re.IGNORECASE)
#: Places of two other kinds than relatives' homes: camps and sites, buildings used as shelters, tents, prefabricated
#: units, the open air.
_PREP = (
    r"(?:(?:in|at|into|inside|on|under|dans|sur|à|au|aux|sous|en)\s+)?(?:an?\s+|the\s+|des\s+|les\s+|une?\s+|le\s+|"
    r"la\s+|l['’]|\d+\s+)?(?:(?:two|three|four|five|six|several|many|makeshift|temporary|public|municipal|local|"
    r"nearby|emergency|deux|trois|quatre|cinq|six|plusieurs|nombreux|nombreuses|\d+)\s+){0,2}"
)
_CAMP_KIND = (
    rf"{_PREP}(?:(?:relief|tent|displacement|idp|transit)\s+camps?|camps?(?:\s+de\s+(?:tentes|déplacés|fortune))?|"
    r"(?:displacement\s+|idp\s+|temporary\s+)?sites?|sites?(?:\s+(?:de\s+déplacés|d['’]accueil|temporaires?))?)\b"
)
_SHELTER_KIND = (
    rf"{_PREP}(?:schools?|churche?s?|mosques?|(?:temporary\s+|emergency\s+)?shelters?|(?:evacuation|collective|care)\s+"
    r"cent(?:re|er)s|hotels?|(?:sports?|community|public)\s+halls?|gym(?:nasium)?s|public\s+buildings|écoles?|églises?|"
    r"mosquées?|abris(?:\s+provisoires|\s+temporaires)?|centres?\s+d['’](?:hébergement|évacuation)|hôtels?|gymnases?|"
    r"bâtiments\s+publics|salles?\s+(?:polyvalentes?|communales?|des\s+fêtes)|gîtes)\b"
)
_TENT_KIND = rf"{_PREP}(?:tents|tentes)\b"
#: (Not prefabricated units or containers beside tents: "in tents or prefabs" is one kind of shelter for most
#: writers.)
_OTHER_KIND = (
    r"(?:(?:dorment|sleep(?:ing)?|sleeping|slept)\s+)?(?:à\s+la\s+belle\s+étoile|in\s+the\s+open(?:\s+air)?|"
    r"à\s+l['’]air\s+libre|en\s+plein\s+air)"
)
#: Between two places of one list: a few words, none of them setting one place inside the other ("relief camps set
#: up in schools and churches" are camps).
_LIST_GAP = (
    r"(?:,?\s+(?=[^\W\d_])(?!(?:in|inside|dans|set|opened|installée?s?|ouverte?s?|within|at|à|au|aux|principalement|mostly|mainly|"
    r"notamment|including|surtout|such|like|comme|essentiellement|largely|chiefly|dont|of)\b)[\w'’-]+){0,3}?,?\s+"
    r"(?:or|and|ou|et)\s+(?:also\s+)?"
)
#: A list that names shelters or camps and relatives for one count: "in evacuation centres or with relatives",
#: "chez des voisins ou dans des écoles", "dans des écoles, des mosquées ou chez des voisins"; or two other kinds of
#: place: "dans 29 camps et écoles", "in tents or in the open", "dans des camps de tentes et des abris provisoires".
_MIXED_PLACES_RE = re.compile(
    rf"(?:{_BUILDING_PLACE}(?:,?\s+(?:des\s+|les\s+|the\s+)?[\w'’-]+){{0,4}}?,?\s+(?:or|and|ou|et)\s+(?:also\s+)?{_HOSTS_PLACE}|"
    rf"{_HOSTS_PLACE}(?:,?\s+[\w'’-]+){{0,3}}?,?\s+(?:or|and|ou|et)\s+{_BUILDING_PLACE}|"
    rf"{_CAMP_KIND}{_LIST_GAP}(?:{_SHELTER_KIND}|{_OTHER_KIND})|{_SHELTER_KIND}{_LIST_GAP}(?:{_CAMP_KIND}|{_OTHER_KIND})|"
    rf"{_TENT_KIND}{_LIST_GAP}{_OTHER_KIND}|{_OTHER_KIND}{_LIST_GAP}(?:{_TENT_KIND}|{_CAMP_KIND}|{_SHELTER_KIND}))"
    # (not a clause of its own after the conjunction: "dans des écoles et les sites de regroupement sont saturés")
    r"(?!\s+(?:[\w'’-]+\s+){0,3}?(?:sont|est|étaient|restent|are|is|were|was|have|has|remain|remained|affichent)\b)",
    re.IGNORECASE,
)
#: The others, a part of their own: "… and the rest with relatives", "while others", "les autres chez des proches".
_OTHERS_SPLIT_RE = re.compile(
    r"\b(?:the\s+rest|the\s+others|others|while|whereas|les\s+autres|d['’]autres|tandis|alors\s+que|le\s+reste|"
    r"of\s+(?:them|whom)|d['’]entre\s+(?:eux|elles)|dont|including|notamment|some|most|many|those|joining|ceux|"
    r"celles|certain(?:e?s)?|la\s+plupart|beaucoup|plusieurs|rejoignant)\b",
    re.IGNORECASE,
)
#: The people's staying somewhere, right before the places named: "are staying", "ont été accueillies", "s'abriter".
_STAY_BEFORE_RE = re.compile(
    r"\b(?:stay(?:s|ing|ed)?|liv(?:e|es|ing|ed)|shelter(?:s|ing|ed)?|housed|hosted|accommodated|lodged|sleep(?:s|ing)?|"
    r"slept|refuge|moved\s+in|(?:are|were|remain|remained)\s+(?:now\s+|still\s+)?(?:in|with)|abrit\w*|"
    r"hébergée?s|accueillie?s|réfugiée?s|vivent|vivant|vivaient|logée?s|relogée?s|recasée?s|installée?s|dorment|"
    r"dormaient|(?:sont|étaient|restent)\s+(?:encore\s+|toujours\s+)?(?:dans|chez))\b",
    re.IGNORECASE,
)
_SENTENCE_BREAK_RE = re.compile(r"[.;!?\n]")
#: Where people forced to seek refuge found it: "to seek refuge in monasteries", "à se réfugier dans des écoles".
_REFUGE_WORD_RE = re.compile(r"refuge|réfugi|shelter|abriter", re.IGNORECASE)
_SHELTERING_RE = re.compile(
    r"(?:were\s+|are\s+)?(?:sheltering|sheltered|taking\s+shelter|took\s+shelter)", re.IGNORECASE
)
#: A move to safety, after the count: "to higher ground", "to safer places".
_TO_SAFETY_CUE_RE = re.compile(
    r"(?:to|into)\s+(?:safer|safe|higher)\s+(?:places?|locations?|areas?|grounds?|zones?|sites?)|to\s+higher\s+ground",
    re.IGNORECASE,
)
#: An evacuation's verb right before the count: "evacuated ", "have evacuated some ".
_EVACUATED_VERB_BEFORE_RE = re.compile(r"\b(?:evacuated|evacuating|évacué|évacuant)\s+\Z", re.IGNORECASE)
#: Hosts alone right after a shelter's verb: "with neighbours and relatives", "chez des proches", "in host families"
#: (not "with their families in local schools", "with relatives or in schools": a building named too).
HOSTS_ONLY_AFTER_RE = re.compile(
    r"(?:\s+(?:with|among|chez|auprès\s+de)\s+(?:their\s+|des\s+|leurs\s+|les\s+)?(?:relatives|famil(?:y|ies)|friends|"
    r"neighbou?rs|proches|parents|amis|voisins|host\s+(?:families|communities))\b|"
    r"\s+(?:in|dans)\s+(?:des\s+)?(?:host\s+(?:families|communities)|familles\s+d['’]accueil)\b)"
    r"(?![^.;]{0,24}?\b(?:in|at|inside|dans|or|and|ou|et)\s+(?:[\w'’-]+\s+){0,3}?(?:schools?|stadiums?|churche?s|"
    r"cent(?:re|er)s?|shelters?|camps?|sites?|tents?|halls?|buildings?|hotels?|écoles?|stades?|églises?|abris|tentes|"
    r"gymnases?|hôtels?)\b)",
    re.IGNORECASE,
)
#: Sheltering as a verb, not a place: "taken shelter", "sheltering", "were sheltered".
SHELTER_VERB_CUE_RE = re.compile(
    r"(?:(?:were|are|had|have|has|been)\s+)*(?:taken\s+|took\s+|taking\s+|take\s+)?"
    r"shelter(?:ing|ed)?",
    re.IGNORECASE,
)
_REFUGE_HOSTS_AFTER_RE = re.compile(
    rf"\s+(?:with|chez|among|auprès\s+de|in|dans)\s+(?:{_RELATIVES}|(?:their\s+|des\s+|leurs\s+)?(?:neighbou?rs|voisins)\b)",
    re.IGNORECASE,
)
_REFUGE_PLACE_AFTER_RE = re.compile(
    # (a few words may come first: "se sont réfugiés en une semaine dans des écoles")
    r"(?:(?:\s+(?:en|in|within|over|pendant|during)\s+|\s+au\s+cours\s+d['’])"
    r"(?:(?:the|la|le)\s+(?:past|last|dernière|dernier)\s+)?(?:une?|a|the|la|le|deux|two|trois|three|\d+)?\s*"
    r"(?:semaines?|jours?|nuits?|weeks?|days?|nights?|heures?|hours?)|"
    # ("ont trouvé refuge depuis lundi sur le site de Plaine Savo")
    r"\s+(?:depuis|since)\s+(?:le\s+)?[\w'’-]+)?"
    r"\s+(?:in|at|inside|dans|au|aux|à|sur)\s+(?:[\w'’-]+\s+){0,3}?(?:(?P<camp>camps?|sites?)|schools?|churche?s?|"
    r"mosques?|monaster(?:y|ies)|temples?|pagodas?|shelters?|evacuation\s+cent(?:re|er)s|gym(?:nasium)?s|halls?|"
    r"stadiums?|écoles?|églises?|mosquées?|abris|centres?\s+d['’](?:accueil|hébergement)|gymnases?|salles?)\b",
    re.IGNORECASE,
)


#: From a label's cue to a figure in brackets after the first place it lists: ": Mount Lebanon (".
_LABEL_PLACE_BRACKET_GAP_RE = re.compile(
    r"\s*:\s*(?:the\s+|le\s+|la\s+|l['’])?[A-ZÀ-Þ][\w'’-]*(?:[ -][\w'’-]+){0,3}\s*\(\s*"
)


#: An absolute clause about some of the people counted: ", with many finding their homes", ", most of them".
_WITH_MANY_GAP_RE = re.compile(
    r",\s+(?:with\s+)?(?:many|most|some|all|several|thousands|hundreds)(?:\s+of\s+them)?\s+(?:finding|found|seeing|"
    r"whose|returning|discovering)\b[^.;]*\Z",
    re.IGNORECASE,
)


def _choose_cue(
    text: str, cues: list[Cue], bounds: tuple[int, int], start: int, end: int, head_end: int, building: bool
) -> Cue | None:
    """The cue that gives the term for the figure at ``start``..``end`` (qualifier and counted noun included).

    A cue around the figure ("forced 800 families from their homes") wins; otherwise the nearer of the first
    cue after it and the last cue before it (after wins ties). "Affected" joined to a displacement cue yields
    to it, and "sheltering in relief camps" is read as in-relief-camp."""
    low, high = bounds
    if (
        _WHERE_BEFORE_RE.search(text, max(0, start - 16), start) is not None
        and (living := _STILL_LIVING_AFTER_RE.match(text, head_end)) is not None
        # (counted there, "registered", only as people: not "where 2,300 students are registered in schools")
        and (
            living.group("counted") is None
            or head_end == end
            or _COUNTED_PEOPLE_RE.fullmatch(text[end:head_end].strip())
        )
    ):
        # "… shifted to relief camps in Kasur, where 18,600 were still living": the places named before, where
        # they live
        for cue in reversed([c for c in cues if low <= c.start and c.end <= start and start - c.end <= 80]):
            place = _CAMP_OR_SHELTER_RE.search(cue.text)
            if place is not None and cue.kind is CueKind.TERM:
                term = Term.IN_RELIEF_CAMP if place.group("camp") else Term.SHELTERED
                return Cue(cue.start + place.start(), cue.start + place.end(), CueKind.TERM, term, place.group())
    around = [cue for cue in cues if cue.start < start and cue.end > head_end and cue.kind is CueKind.TERM]
    if around:
        return _refuge_where(text, around[0])
    after = [
        cue
        for cue in cues
        if end <= cue.start
        and cue.end <= high
        and cue.start - head_end <= 140
        # "155 camps hosting 56,410 people | 238 deaths": a pipe ends the figure's item
        and not _ITEM_END_RE.search(text, head_end, cue.start)
        # "Retours estimés : 403 000 personnes\nFranchissements de frontières … : 3 976 000": the next line's label
        and not ("\n" in text[head_end : cue.start] and _LINE_LABEL_AFTER_RE.match(text, cue.end))
        # "— 11,000 in the province of Ravenna alone — and that more than 5,000 were still in hotels": the words
        # after another figure are that figure's
        and not _OTHER_FIGURE_GAP_RE.search(text, head_end, cue.start)
        # "put the figure at 376,000 by Thursday, with many finding their homes reduced to rubble": what befell some
        # of the people's homes, not a count of houses
        and not (cue.term in HOUSING_TERMS and _WITH_MANY_GAP_RE.search(text, head_end, cue.start))
        # "red stickers on 300 homes and yellow stickers on 1,200": a cue that ends before the next number is its
        and not (cue.text.endswith((" on", " to")) and _DIGIT_NEXT_RE.match(text, cue.end))
        # "23 500 ménages sinistrés et provoqué l'effondrement de 8 200 cases": a noun that governs the next figure
        # is that figure's
        and not (
            high < len(text)
            and _ACTION_NOUN_RE.search(cue.text)
            and _NEXT_FIGURES_NOUN_RE.fullmatch(text, cue.end, high)
        )
    ]
    before = [
        cue
        for cue in cues
        if low <= cue.start
        and cue.end <= start
        # (a number of places, not of people: "The number of schools used as shelters rose from 12 to 45")
        and not (
            _PLACES_COUNTED_RE.search(text, max(0, cue.start - 40), cue.end) is not None
            and not _CLAUSE_BREAK_RE.search(text, cue.end, start)
        )
        # (a people's noun reaches further, to a total's verb: "le nombre total de PDI enregistrées par le … s'élève à")
        and (
            start - cue.end <= 100
            or (start - cue.end <= 140 and _PEOPLE_NOUN_CUE_RE.fullmatch(cue.text))
            # (past an aside between dashes)
            or (
                start - cue.end <= 380
                and _PEOPLE_NOUN_CUE_RE.fullmatch(cue.text)
                and _DASH_ASIDE_RE.search(text, cue.end, start) is not None
            )
        )
    ]
    # A cue before the figure belongs to an earlier clause when a break (comma, "and", bracket) comes between;
    # but a camp or a shelter that "is home to" the figure is its subject, whatever clauses come between.
    # "… le nombre de sites de déplacés est passé à 108 ; ils abritent près de 190 000 personnes": the sites
    # that host the figure's people are named before, beyond a clause break
    home_to = (
        _HOME_TO_RE.search(text, max(0, start - 24), start) is not None
        or _PRONOUN_HOSTS_RE.search(text, max(0, start - 36), start) is not None
        or _PARTICIPLE_HOSTS_RE.search(text, max(0, start - 36), start) is not None
        # "reception centres in Calgary and Edmonton, which had registered 2,800 people" (people, not "12,000
        # returnees" or "4,600 evacuees", whose own word tells what befell them)
        or (
            _REGISTERED_BY_WHICH_RE.search(text, max(0, start - 40), start) is not None
            and _GENERIC_PEOPLE_RE.fullmatch(text[end:head_end].strip()) is not None
        )
    )
    # "Zamzam camp, south of the city, now hosts more than 400,000 people": the camp hosts them (but "Kakuma
    # refugee camp, …, that holds 57,000 refugees" counts refugees, and "while the arena, which hosts 20,000" is
    # another subject)
    hosting = _HOSTS_RE.search(text, max(0, start - 36), start) is not None
    hosted_by_camp = (
        hosting
        and (
            head_end <= end
            or _GENERIC_PEOPLE_RE.fullmatch(text[end:head_end].strip()) is not None
            # "Zamzam camp, which already hosted about 500,000 displaced people": displaced people in the camp (not
            # refugees, whom a camp abroad may count)
            or _HOSTED_DISPLACED_RE.fullmatch(text[end:head_end].strip()) is not None
            # "Le camp de Mbera … accueille désormais plus de 100 000 réfugiés maliens": refugees in a camp abroad
            # (the camp is their situation, the writers' call since the sixteenth session; the category stays theirs)
            or _HOSTED_REFUGEES_RE.fullmatch(text[end:head_end].strip()) is not None
        )
    )
    before = [
        cue
        for cue in before
        if _NOMINAL_OF_RE.match(text, cue.end)
        or not _CLAUSE_BREAK_RE.search(text, cue.end, start)
        or _LABEL_GAP_RE.fullmatch(text, cue.end, start)
        or _LIST_LABEL_GAP_RE.fullmatch(text, cue.end, start)
        or (_DASH_LABEL_GAP_RE.fullmatch(text, cue.end, start) and _LINE_END_RE.match(text, head_end))
        or _NUMBERING_GAP_RE.fullmatch(text, cue.end, start)
        # "The riots destroyed 300 schools and 120 homes": the verb's first object counts other things
        or (cue.kind is CueKind.TERM and _other_things_object_gap(text, cue.end, start))
        # "Main areas hosting the displaced: Mount Lebanon (254,000)": a label's people, by place in brackets
        or (cue.term not in _PLACES_TERMS and _LABEL_PLACE_BRACKET_GAP_RE.fullmatch(text, cue.end, start))
        # "New displacements in Hiran for the month stand at 6,700", "Le nombre de déplacés … atteint désormais 2,6
        # millions": the people named, then their total
        or (_PEOPLE_NOUN_CUE_RE.fullmatch(cue.text) and _TOTAL_VERB_GAP_RE.fullmatch(text, cue.end, start))
        # "Le nombre de personnes ayant fui … est estimé à 14 000"
        or (
            _NUMBER_OF_BEFORE_RE.search(text, max(0, cue.start - 40), cue.start) is not None
            and _TOTAL_VERB_GAP_RE.fullmatch(text, cue.end, start)
        )
        # "IDPs in Ituri (1.7 million, according to OCHA)": the count of the people named, in brackets
        or (_PEOPLE_NOUN_CUE_RE.fullmatch(cue.text) and _BRACKET_COUNT_GAP_RE.fullmatch(text, cue.end, start))
        # "La Libertad department has the largest number of evacuees, 1,405": the number named, then its value
        or (
            _PEOPLE_NOUN_CUE_RE.fullmatch(cue.text)
            and _COMMA_GAP_RE.fullmatch(text, cue.end, start) is not None
            and _LARGEST_NUMBER_BEFORE_RE.search(text, max(0, cue.start - 40), cue.start) is not None
            and head_end == end
            and _APPOSITION_END_RE.match(text, end) is not None
        )
        # "the largest displaced population in Yemen, around 1.6 million people": a count in apposition to the
        # population named
        or (
            _PEOPLE_NOUN_CUE_RE.fullmatch(cue.text)
            and _APPOSITION_GAP_RE.fullmatch(text, cue.end, start) is not None
            # (not a population as the frame of what befell some: "among the displaced population, 2,000 people …
            # have died")
            and _FRAME_BEFORE_RE.search(text, max(0, cue.start - 24), cue.start) is None
            and _GENERIC_PEOPLE_RE.fullmatch(text[end:head_end].strip()) is not None
            and _APPOSITION_END_RE.match(text, head_end) is not None
        )
        # "displaced residents of Mavivi (est. 3,800 people)", "displaced many households (about 2,470, per SEMA)",
        # "The number of displaced in Marsabit [estimated 14,100]": the count of the people just named, in brackets
        # (an estimate's words, not "affected (85,000 of which have been relocated)": a part, worded after it)
        or (
            cue.kind is CueKind.TERM
            and (gap := _BRACKET_ESTIMATE_GAP_RE.fullmatch(text, cue.end, start)) is not None
            and (gap.group("estimate") is not None or _HEDGE_START_RE.match(text, start) is not None)
        )
        # "Forced from their homes by the fighting, some 3,000 civilians reached Kramatorsk", "Chassées par les eaux,
        # près de 2 600 habitants …": a participle that opens the sentence tells what befell its subject
        or (
            cue.kind is CueKind.TERM
            and _OPENING_BEFORE_RE.fullmatch(text, low, cue.start)
            and _SENTENCE_END_RE.search(text, max(0, low - 4), low) is not None
            and _OPENING_GAP_RE.fullmatch(text, cue.end, start)
            and not any(c.kind is CueKind.TERM for c in cues if cue.end <= c.start < start)
        )
        # "a évacué les habitants de 17 villages, soit environ 4 000 personnes": the people of the places counted,
        # restated as a count of people
        or (cue.kind is CueKind.TERM and _RESTATED_PLACES_GAP_RE.fullmatch(text, cue.end, start) is not None)
        # "1 207 abris collectifs ont été ouverts, …, et l'on y compte 186 500 personnes": "y" stands for the shelters
        or (
            cue.term in _PLACES_TERMS
            and _Y_COUNT_BEFORE_RE.search(text, max(0, start - 30), start) is not None
            # (not a town named between, which "y" stands for: "… ouverts à Tyr, et l'on y compte 160 000 habitants")
            and _TOWN_NAMED_RE.search(text, cue.end, start) is None
            and _POPULATION_NOUN_RE.match(text, end) is None
        )
        # "others are living in schools, about 3,000 of them in Al Bayda": a part of the people just said to be there
        or (
            cue.kind is CueKind.TERM
            and _COMMA_GAP_RE.fullmatch(text, cue.end, start) is not None
            and (of_them := _OF_THEM_IN_AFTER_RE.match(text, end)) is not None
            # (but "remain displaced, 150,000 of them in camps": the part's own place says where they are)
            and not any(c.kind is CueKind.TERM and of_them.end() <= c.start <= of_them.end() + 40 for c in cues)
        )
        # "At the Southern Cross University evacuation centre, 1,600 people registered overnight": the place that
        # opens the sentence is where its people are
        or (
            cue.kind is CueKind.TERM
            and cue.term in _PLACES_TERMS
            and _AT_PLACE_OPENING_RE.fullmatch(text, low, cue.start)
            and _SENTENCE_END_RE.search(text, max(0, low - 4), low) is not None
            and _OPENING_GAP_RE.fullmatch(text, cue.end, start)
            # (who registered or stays there: not "40 children have been born")
            and _STAYING_VERB_AFTER_RE.match(text, head_end) is not None
            and not any(c.kind is CueKind.TERM for c in cues if cue.end <= c.start < start)
        )
        or (home_to and cue.term in _PLACES_TERMS)
        or (hosted_by_camp and cue.term in _PLACES_TERMS and not _OTHER_SUBJECT_RE.search(text, cue.end, start))
    ]
    first = _first_after(text, after, head_end) if after else None
    last = before[-1] if before else None
    if (
        first is not None
        and first.term in _PLACES_TERMS
        and first.kind is CueKind.TERM
        and _SPREAD_IN_GAP_RE.fullmatch(text, head_end, first.start) is not None
    ):
        # "Déplacés : 19 620 personnes réparties dans 64 sites d'hébergement": where the people counted are sets the
        # term (the writers' call), whatever the label before says
        return first
    if last is not None and _DASH_LABEL_GAP_RE.fullmatch(text, last.end, start) and _LINE_END_RE.match(text, head_end):
        return last  # "Houses destroyed – 412": the label before the dash
    if last is not None and last.kind is CueKind.TERM and _NOMINAL_OF_GAP_RE.fullmatch(text, last.end, start):
        return last  # "the evacuation of 17,631 people", "le rapatriement volontaire de 1 247 réfugiés"
    if (
        last is not None
        and last.term is Term.SHELTERED
        and _HOSTING_VERB_CUE_RE.fullmatch(last.text)
        and _VERB_TO_FIGURE_RE.fullmatch(text, last.end, start)
        and (camp := _CAMP_SUBJECT_RE.search(text, max(0, last.start - 90), last.start)) is not None
    ):
        # "Mugunga III camp now shelters 14,800 displaced persons", "96 spontaneous sites shelter 178,000 people",
        # "un camp de 400 tentes … héberge environ 2 200 personnes": a camp or site that hosts them is where they
        # are (the situation the count names sets its term, not the verb)
        return Cue(camp.start(), camp.end(), CueKind.TERM, Term.IN_RELIEF_CAMP, camp.group())
    hosts = home_to or hosting
    if (
        (relative := _RELATIVE_HOSTS_BEFORE_RE.search(text, max(low, start - 70), start)) is not None
        and (camp := _CAMP_ANTECEDENT_RE.search(text, max(low, relative.start() - 110), relative.start())) is not None
        # (people, or displaced people: not "new arrivals" or "returnees", whose own word tells what befell them)
        and (first is None or first.term in (Term.DISPLACED, Term.IN_RELIEF_CAMP) or first.start > head_end + 1)
        and not any(c.kind is CueKind.TERM and camp.end() <= c.start < start for c in cues)
    ):
        # "… fled to the Rhoe site, 8 km away, which already hosted some 65,000 displaced people", "Ce site, qui
        # comptait déjà près de 18 000 déplacés", "the Plaine Savo site, whose population has grown to 68,000": the
        # camp's or the site's people (the situation the count names sets its term)
        return Cue(camp.start(), camp.end(), CueKind.TERM, Term.IN_RELIEF_CAMP, camp.group())
    if (
        hosts
        and last is not None
        and last.term in _PLACES_TERMS
        and (
            first is None
            or first.end <= head_end
            or _CLAUSE_BREAK_RE.search(text, head_end, first.start)
            # "1,210 collective shelters were in use, housing 183,000 people displaced from the south": the people
            # the shelters hold, whom a participle says are displaced
            or (first.term is Term.DISPLACED and not text[head_end : first.start].strip())
        )
    ):
        # "the camp is home to 60,000 IDPs", "le site accueille 60 000 déplacés": the camp's people (also when another
        # clause follows: "Emergency shelters were holding 10,200 people, three days after the cyclone flattened homes")
        return last
    if first is not None and last is not None and building:
        # "destroyed 761 homes in the camp": for a count of buildings the housing wording decides.
        housing = [cue for cue in (first, last) if cue.term in HOUSING_TERMS]
        if (
            last.term in HOUSING_TERMS
            and _LABEL_GAP_RE.fullmatch(text, last.end, start)
            and _CLAUSE_BREAK_RE.search(text, head_end, first.start)
        ):
            return last  # "Fully damaged houses: 9; partially damaged houses: 1,187": each label is its own
        if housing:
            return housing[0] if len(housing) == 1 else min(housing, key=lambda c: abs(c.start - start))
    if first is not None and last is not None:
        next_item = (
            _CLAUSE_BREAK_RE.search(text, head_end, first.start)
            or (_DASH_RE.fullmatch(text, head_end, first.start) and _COLON_AFTER_RE.match(text, first.end))
            # "IDPs: 3,689,000 Returnees: 4,520,000": the word before the next colon labels the next number
            or (not text[end : first.start].strip() and _COLON_AFTER_RE.match(text, first.end))
        )
        if _LABEL_GAP_RE.fullmatch(text, last.end, start) and next_item:
            return last  # "Dead: 45; displaced: 300", "Blessés : 9 – évacués : 210": the label before the colon
        if _LABEL_GAP_RE.fullmatch(text, last.end, start) and "\n" in text[head_end : first.start]:
            return last  # "Sinistrés : 91 066\nDéplacés : 61 489": each line's label is its own
        gap_after, gap_before = max(0, first.start - head_end), start - last.end
        if (
            gap_before <= 2
            and first.start <= head_end + 1  # "displaced families", "familles déplacées"
            and (
                first.term is Term.DISPLACED
                # "a évacué 3 000 sinistrés vers des écoles", "a hébergé 1 200 sinistrés": what befell the victims,
                # named by the noun right after the number (not "has left 120,000 people affected")
                or (
                    first.term is Term.AFFECTED
                    and first.start <= end + 1
                    and last.term in (Term.EVACUATED, Term.SHELTERED, Term.RELOCATED, Term.IN_RELIEF_CAMP)
                )
            )
            and last.kind is CueKind.TERM
            and last.term not in (Term.DISPLACED, Term.AFFECTED)
        ):
            return last  # "les autorités ont relocalisé 600 familles déplacées": the verb tells what befell them
        if gap_before <= 40 and _RELATIVE_BEFORE_RE.search(text, max(head_end, first.start - 24), first.start):
            # "a évacué à titre préventif 1 352 ménages des quartiers …, qui ont été installés dans des écoles": the
            # verb before tells what befell them, the relative clause what came next
            return last
        if (
            last.term is Term.AFFECTED
            and first.kind is CueKind.TERM
            and first.term not in (None, Term.AFFECTED)
            and first.term not in HOUSING_TERMS
            and _APPOSED_GAP_RE.fullmatch(text, head_end, first.start)
            # (a participle said of them, then where from: not a verb of its own, "affected 2,600 households,
            # displaced 400 families", "affected 2.2 million people, displacing over half a million")
            and _NUMBER_SOON_RE.match(text, first.end) is None
            and _PASSIVE_FROM_RE.match(text, first.end) is not None
            # (agreed with them: "expulsés", "displaced"; not the active "ont touché …, déplacé des centaines")
            and first.text.endswith(("ed", "és", "ées", "ée", "es"))
        ):
            # "ont touché 2 600 ménages, expulsés de terrains que l'État …": what befell the people affected, said
            # of them right after
            return first
        if (
            last.term is Term.AFFECTED
            and last.kind is CueKind.TERM
            and gap_before <= 15
            and not _CLAUSE_BREAK_RE.search(text, last.end, start)
            and (
                _LIVING_IN_GAP_RE.fullmatch(text, head_end, first.start) is not None
                or (not text[head_end : first.start].strip() and _LIVING_IN_GAP_RE.match(" " + first.text) is not None)
            )
        ):
            # "floods have affected some 35,000 households living in displacement sites": what befell them is the
            # verb's; where they live only says who they are
            return last
        if (
            gap_before <= 24
            and last.kind is CueKind.TERM
            and ";" in text[head_end : first.start]
            and not _CLAUSE_BREAK_RE.search(text, last.end, start)
        ):
            # "partially damaged another 115,992; ten deaths have been reported": the semicolon ends the figure's
            # clause, the wording before it is its own
            return _refuge_where(text, last)
        chosen = last if gap_before < gap_after and gap_before <= 15 else first
        return _refuge_where(text, _where_living(text, after, chosen) if chosen is first else chosen)
    found = _where_living(text, after, first) if first is not None else last
    return _refuge_where(text, found) if found is not None else None


_APPOSED_GAP_RE = re.compile(r"\s*,\s*")
#: Between people counted and the place where they live, told of them: " living in ", " vivant dans les ".
_LIVING_IN_GAP_RE = re.compile(
    r"\s+(?:who\s+(?:are|were)\s+|already\s+)?(?:living|staying|residing|sheltering|vivant|résidant|hébergée?s)\s+"
    r"(?:in|at|on|dans|sur)\s+(?:the\s+|les\s+|des\s+|\d[\d,.\s]*\s+)?(?:[\w'’-]+\s+)?",
    re.IGNORECASE,
)
_ITEM_START_BEFORE_RE = re.compile(r"[|;/]\s*\Z")
_NUMBER_SOON_RE = re.compile(r"[^\d.;,]{0,30}\d")
_PASSIVE_FROM_RE = re.compile(r"\s+(?:from|out\s+of|by|de|du|des|d['’]|par|hors)\b", re.IGNORECASE)


def _refuge_where(text: str, cue: Cue) -> Cue:
    """Where people who took refuge found it, when it says more than their flight: a shelter or a camp ("forced
    about 4,800 people … to seek refuge in monasteries", "a obligé 2 600 habitants à se réfugier dans des écoles"),
    or relatives ("ont trouvé refuge chez des proches": displaced)."""
    if cue.term is Term.SHELTERED and _SHELTERING_RE.fullmatch(cue.text):
        # "displaced by Cyclone Freddy were sheltering in 564 camps": the camps, not a shelter
        refuge = _REFUGE_PLACE_AFTER_RE.match(text, cue.end)
        if refuge is not None and refuge.group("camp") is not None and "evacuation" not in refuge.group().lower():
            return Cue(refuge.start(), refuge.end(), CueKind.TERM, Term.IN_RELIEF_CAMP, refuge.group().strip())
        return cue
    if cue.term is not Term.FORCED_TO_FLEE or _REFUGE_WORD_RE.search(cue.text) is None:
        return cue
    refuge = _REFUGE_PLACE_AFTER_RE.match(text, cue.end)
    if refuge is not None:
        term = Term.IN_RELIEF_CAMP if refuge.group("camp") is not None else Term.SHELTERED
        return Cue(refuge.start(), refuge.end(), CueKind.TERM, term, refuge.group().strip())
    hosts = _REFUGE_HOSTS_AFTER_RE.match(text, cue.end)
    if hosts is not None:
        return Cue(hosts.start(), hosts.end(), CueKind.TERM, Term.DISPLACED, hosts.group().strip())
    return cue


#: A relative clause whose verb hosts or counts the figure's people, right before it: ", which already hosted ",
#: ", qui comptait déjà ", ", whose population has grown to ".
_RELATIVE_HOSTS_BEFORE_RE = re.compile(
    r"\b(?:(?:which|that|qui)\s+(?:(?:already|still|now|déjà|désormais|encore|then|alors)\s+)?"
    r"(?:hosts?|hosted|housed|houses|held|holds|shelters|sheltered|accommodated|accommodates|comptait|comptaient|"
    r"compte|comptent|accueillait|accueillaient|accueille|accueillent|abritait|abritaient|abrite|abritent|"
    r"hébergeait|hébergeaient|héberge|hébergent)|"
    r"whose\s+population\s+(?:has\s+|had\s+)?(?:grown|risen|climbed|swelled|reached|stands|stood|is\s+now|was)|"
    r"dont\s+la\s+population\s+(?:a\s+atteint|atteint|est\s+passée|s['’]élève|est\s+(?:désormais\s+)?de))"
    r"(?:\s+(?:already|déjà|désormais|now|to|at|à))?\s+\Z",
    re.IGNORECASE,
)
#: The camp or the site a relative clause is about, before it in its sentence: "the Rhoe site, 8 km away, ".
_CAMP_ANTECEDENT_RE = re.compile(
    r"\b(?:(?:idp|displacement|relief|refugee|transit)\s+)?(?:camps?|sites?(?!\s+d['’](?:hébergement|évacuation))|"
    r"settlements?)\b(?:\s+(?:of|de|d['’])\s+[\w'’-]+)?(?:[^.;:!?\n](?!\b(?:camps?|sites?)\b)){0,100}?\Z",
    re.IGNORECASE,
)
#: A verb of hosting that the shelter wording matched: "shelters", "héberge", "abrite", "accueille".
_HOSTING_VERB_CUE_RE = re.compile(
    r"(?:shelter|shelters|sheltered|sheltering|héberge|hébergent|hébergeait|hébergeaient|abrite|abritent|abritait|"
    r"abritaient|accueille|accueillent|accueillait|accueillaient)",
    re.IGNORECASE,
)
#: From such a verb to its figure: only adverbs and a hedge ("now shelters 14,800", "héberge environ 2 200").
_VERB_TO_FIGURE_RE = re.compile(
    r"\s+(?:(?:now|currently|still|already|désormais|actuellement|encore|toujours|déjà|aujourd['’]hui)\s+)?"
    r"(?:(?:some|about|around|nearly|over|more\s+than|an\s+estimated|roughly|environ|près\s+de|plus\s+de|quelque)"
    r"\s+)?",
    re.IGNORECASE,
)
#: A camp or a site as the hosting verb's subject, in the same sentence and with no other shelter between: "Mugunga
#: III camp now", "96 spontaneous sites", "un camp de 400 tentes installé par les Forces armées royales".
_CAMP_SUBJECT_RE = re.compile(
    r"\b(?:camps?|sites?|tent\s+(?:cities|towns|settlements))\b(?![^.;!?\n]*?\b(?:cent(?:re|er)s?|schools?|churche?s?|"
    r"écoles?|églises?|halls?|gymnases?|gyms?|hôtels?|hotels?|d['’]hébergement|d['’]évacuation)\b)[^.;!?\n]*\Z",
    re.IGNORECASE,
)
#: People said to live or stay somewhere, then where: "… are still living in some 350 ", "vivent toujours dans les ".
_LIVING_IN_RE = re.compile(
    # ("the 1,230 people displaced by last month's landslide are now in a camp")
    r"\b(?:living|live|lives|staying|stay|stays|sheltering|housed|hosted|accommodated|crammed|camped|camping|vivent|"
    r"vivant|vit|vivaient|hébergée?s|installée?s|séjournent|résident|logent|logés|regroupée?s|"
    r"(?:are|were|remain|remained)(?=\s+(?:now|still|currently)\s))\s+"
    r"(?:(?:now|still|currently|mostly|désormais|toujours|encore|actuellement|principalement)\s+)?"
    r"(?:in|at|on|inside|dans|sur|au|aux|à)\s+(?:\S+\s+){0,3}\Z",
    re.IGNORECASE,
)


_SOME_OF_THEM_ASIDE_RE = re.compile(
    r",\s+(?:most|many|all|some|half|nearly\s+all|la\s+plupart|beaucoup)\s+(?:of\s+(?:them|whom)|d['’]entre\s+(?:eux|elles))"
    r"\b[^,.;:]*,",
    re.IGNORECASE,
)


def _where_living(text: str, after: list[Cue], chosen: Cue) -> Cue:
    """``chosen``, unless it only says the people are displaced and the clause then says where they live: "59,000
    people displaced by the violence are still living in some 350 relief camps", "8 000 déplacés vivent toujours
    dans les sites" (the situation is the term); so does the building people were relocated into ("312 households
    have been relocated to a school")."""
    if chosen.term is Term.RELOCATED:
        moved_to = next((c for c in after if c.start > chosen.end), None)
        if (
            moved_to is not None
            and moved_to.term is Term.SHELTERED
            and moved_to.start - chosen.end <= 1
            and _RELOCATED_TO_RE.fullmatch(chosen.text)
        ):
            return moved_to
        return chosen
    if chosen.term not in (Term.DISPLACED, Term.FORCED_TO_FLEE, Term.EVACUATED, Term.HOMELESS):
        return chosen
    for at, cue in enumerate(after):
        if cue.start <= chosen.end or cue.term not in _PLACES_TERMS or cue.start - chosen.end > 90:
            continue
        # (an aside about some of them is no break: "176,000 displaced Iraqis, most of them Yazidis, still live in 15
        # camps"; nor is "and" before their next verb: "had been displaced by the floods and were spread across 30
        # camps"; nor a comma before a participle that places them: "21 000 personnes déplacées, réparties dans")
        gap = _SOME_OF_THEM_ASIDE_RE.sub(" ", text[chosen.end : cue.start])
        spread = _SPREAD_BEFORE_RE.search(text, max(chosen.end, cue.start - 50), cue.start) is not None
        if chosen.term is not Term.DISPLACED or spread:
            # ("121,700 people have been displaced by floods and are staying in temporary shelters": displaced, for
            # IDMC's annotators, though most writers here let the shelter set the term)
            gap = _AND_THEIR_VERB_RE.sub(" ", gap)
        if _CLAUSE_BREAK_RE.search(gap):
            continue
        if chosen.term in (Term.DISPLACED, Term.FORCED_TO_FLEE) and (
            (chosen.term is Term.DISPLACED and _LIVING_IN_RE.search(text, max(chosen.end, cue.start - 60), cue.start))
            # "ont quitté leurs maisons … pour s'installer sur le site de Gateri": where they went to stay
            or _TO_SETTLE_IN_RE.search(text, max(chosen.end, cue.start - 40), cue.start)
            or _SETTLE_CUE_RE.match(cue.text)
        ):
            return cue
        if chosen.term is Term.DISPLACED and _DISPLACED_TO_GAP_RE.fullmatch(text, chosen.end, cue.start):
            return cue  # "1,650 people have been displaced to two care centres": where they were displaced to
        # What the people are in now, said after what befell them: "3,200 people displaced by the flash flood were
        # sheltering at a primary school", "1,321 people evacuated from flooded neighbourhoods were still in 12
        # shelters", "lost their homes and were being housed in temporary camps", "réparties dans 76 sites" (the
        # situation a count names sets its term, the writers' call; not "evacuated to shelters": where they went)
        if chosen.term is Term.FORCED_TO_FLEE:
            continue  # ("37,635 people had fled their homes and were sheltering in pagodas": the flight, for most)
        if spread:
            return cue  # "displaced by the dam collapse and were spread across 30 camps", "réparties dans 76 sites"
        if chosen.term is Term.DISPLACED:
            continue  # (what befell displaced people, then where they stay: displaced, as above)
        if _STATE_IN_BEFORE_RE.search(text, max(chosen.end, cue.start - 50), cue.start):
            return cue
        if _STATE_CUE_RE.fullmatch(cue.text) and _AUXILIARY_BEFORE_RE.search(
            text, max(chosen.end, cue.start - 40), cue.start
        ):
            following = after[at + 1] if at + 1 < len(after) else None
            if (
                following is not None
                and following.term is Term.IN_RELIEF_CAMP
                and _FEW_WORDS_GAP_RE.fullmatch(text, cue.end, following.start)
            ):
                return following  # "were being housed in temporary camps": the camps
            return cue
    return chosen


#: "and" before the same subject's next verb: "… by the floods and were spread across", "et sont hébergées".
_AND_THEIR_VERB_RE = re.compile(
    r"\s(?:and|et)\s+(?=(?:were|are|was|is|have|has|had|remain|remained|sont|étaient|ont|restent|demeurent)\b)|"
    r"^\s*,\s*(?=(?:répartie?s|dispersée?s|spread|scattered)\b)",
    re.IGNORECASE,
)
#: Between "displaced" and the place they were displaced to: "displaced to two ", "displaced into the ".
_DISPLACED_TO_GAP_RE = re.compile(r"\s+(?:to|into)\s+(?:\S+\s+){0,2}", re.IGNORECASE)
#: Where the people are now, before a shelter's or a camp's word: "were still in 12 ", "are now at the ", "restent
#: dans des ".
_STATE_IN_BEFORE_RE = re.compile(
    r"\b(?:were|are|was|is|remain|remained|remains|sont|étaient|restent|demeurent|se\s+trouvent)\s+"
    r"(?:(?:still|now|currently|mostly|toujours|encore|désormais|actuellement)\s+)?(?:in|at|inside|dans|sur)"
    r"\s+(?:\S+\s+){0,3}\Z",
    re.IGNORECASE,
)
#: People spread over places, before their word: "were spread across 30 ", "réparties dans 76 " (checked first).
_SPREAD_BEFORE_RE = re.compile(
    r"\b(?:spread\s+(?:across|over|among|between)|scattered\s+(?:across|over|among)|répartie?s\s+(?:dans|sur|entre)|"
    r"dispersée?s\s+(?:dans|sur|entre))\s+(?:\S+\s+){0,3}\Z",
    re.IGNORECASE,
)
#: A shelter's word that is a verb of staying: "sheltering", "housed in", "hébergées".
_STATE_CUE_RE = re.compile(
    r"(?:sheltering|sheltered|housed(?:\s+in)?|accommodated(?:\s+in)?|staying(?:\s+in)?|hébergée?s|logée?s)",
    re.IGNORECASE,
)
#: An auxiliary right before such a verb: "were ", "are still ", "were being ", "sont ".
_AUXILIARY_BEFORE_RE = re.compile(
    r"\b(?:were|are|was|is|have\s+been|had\s+been|sont|étaient|ont\s+été)\s+"
    r"(?:(?:still|now|currently|being|temporarily|toujours|encore|désormais|actuellement|provisoirement)\s+)*\Z",
    re.IGNORECASE,
)
_FEW_WORDS_GAP_RE = re.compile(r"\s+(?:\S+\s+){0,1}")


_RELOCATED_TO_RE = re.compile(r"relocated|relogée?s|relocalisée?s", re.IGNORECASE)
_SETTLE_CUE_RE = re.compile(r"s['’]installer|settled?\b", re.IGNORECASE)
#: Where people went to stay, before a shelter's or a camp's name: "pour s'installer sur le ", "to settle in ".
_TO_SETTLE_IN_RE = re.compile(
    r"\b(?:pour\s+s['’]installer|to\s+settle|settling|pour\s+(?:se\s+)?loger)\s+(?:in|on|at|into|dans|sur|à|au|aux)\s+"
    r"(?:\S+\s+){0,3}\Z",
    re.IGNORECASE,
)


#: A relative clause about a place, before a cue in it: "… from the areas where houses and walls collapsed".
_WHERE_CLAUSE_BEFORE_RE = re.compile(r"\b(?:where|whose|où|dont)\b[^.;:,]*\Z", re.IGNORECASE)
_PROJECTED_RE = compile_guarded(
    # (the verb "may", not the month: "By 29 May about 640,000 had gone back home", "In May some 3,000 fled")
    r"(?:expected|projected|forecast|predicted|likely|set(?=\s+to\s)|could|(?-i:may)|might|would|will|"
    r"planning\s+figure\s+of)\s+"
    r"(?:to\s+)?(?:reach|rise\s+to|increase\s+to|grow\s+to|exceed|hit|top|surpass)?\s*"
    r"(?:(?:some|about|around|over|more\s+than|up\s+to)\s+)?\Z|"
    # "qui s'attend à en accueillir jusqu'à 150 000 de plus", "pourrait atteindre 200 000"
    r"(?:s['’]attend(?:ent)?\s+à\s+(?:en\s+)?(?:accueillir|recevoir|voir\s+arriver|enregistrer)|"
    r"(?:pourrai(?:t|ent)|devrai(?:t|ent))\s+(?:atteindre|dépasser|concerner)|prévoi(?:t|ent)|expects?\s+to\s+"
    r"(?:receive|host|see|register))\s+(?:(?:jusqu['’]à|plus\s+de|environ|près\s+de|quelque|up\s+to|some|about|"
    r"over|more\s+than)\s+)?\Z|"
    # "la crue pourrait entraîner le déplacement de 40 000 personnes", "could trigger the displacement of 2 million"
    r"(?:could|may|might|would|will|pourrai(?:t|ent)|devrai(?:t|ent)|risquen?t\s+d['’])\s+(?:cause|trigger|lead\s+to|"
    r"result\s+in|force|entraîner|provoquer|causer)\s+(?:the\s+|le\s+|l['’])?(?:displacement|déplacement|evacuation|"
    r"évacuation|exode|fuite)\s+(?:of|de|d['’])\s*(?:(?:jusqu['’]à|plus\s+de|environ|près\s+de|quelque|up\s+to|some|"
    r"about|over|more\s+than)\s+)?\Z",
    re.IGNORECASE,
    before=r"\b",
)
#: The people a plan or an appeal means to reach are no count of displaced people.
#: A count that grew, then reached the figure: "has more than tripled in a year to reach", "a triplé en un an pour
#: atteindre" (no target of aid).
_GREW_TO_REACH_RE = re.compile(
    # (a count of people that grew: not funding or an operation "grown this year to reach 300,000 displaced people")
    r"\b(?:number|total|figure|caseload|population|count|nombre|chiffre|total|effectif)\b[^.;:]{0,80}?"
    r"\b(?:doubled|tripled|quadrupled|risen|rose|grown|grew|increased|climbed|jumped|surged|swelled|swollen|doublé|"
    r"triplé|quadruplé|augmenté|grimpé|progressé|bondi|crû|gonflé)\b[^.;:]{0,40}?\s(?:to\s+reach|pour\s+atteindre)\s*\Z",
    re.IGNORECASE,
)
_TARGET_BEFORE_RE = compile_guarded(
    r"(?:to\s+(?:assist|help|reach|support|serve|feed|benefit)|targeting|targets?|target\s+of|aims?\s+to\s+(?:assist|"
    # (not a count that rose: "a doublé pour atteindre 64 000")
    r"help|reach|support)|(?:(?<!doublé\s)(?<!triplé\s)(?<!augmenté\s)(?<!grimpé\s)(?<!progressé\s)(?<!bondi\s)pour|"
    r"vise\s+à|visant\s+à|prévoit\s+d['’]|prévoient\s+d['’])\s*(?:assister|aider|atteindre|"
    r"soutenir|venir\s+en\s+aide\s+à)|plans?\s+to\s+(?:assist|help|reach|support)|"
    # ("une campagne de vaccination visant 1,6 million de personnes")
    r"ciblant|cible(?:nt)?|cible\s+de|visant|visent|vise|"
    # who a programme serves, or whom someone met: "programmes for 2.1 million refugees", "she met 300 refugee families"
    r"(?:programmes?|programs?|services|operations|assistance|aid|support|funding|schools?|classrooms?|rations?|"
    r"food)\s+for|(?:les\s+)?rations?\s+(?:de|des|d['’])|"
    # aid given now: "au Tchad, où il assiste 1,2 million de réfugiés", "where it assists 600,000 refugees"
    r"(?:assiste|assistent|assists|is\s+assisting|are\s+assisting|continues\s+to\s+assist)|"
    r"(?:met|meeting|meets|visited|interviewed|surveyed|rencontré|rencontre|visité)(?:\s+with)?)\s+"
    r"(?:(?:some|about|around|over|more\s+than|up\s+to|nearly|an\s+estimated|environ|près\s+de|plus\s+de|"
    r"quelque|jusqu['’]à)\s+)?\Z",
    re.IGNORECASE,
    before=r"\b",
)
_SHARE_OF_RE = compile_guarded(
    r"(?:(?:%|per\s*cent|percent|pour\s*cent|half|third|thirds|quarter|majority|most|la\s+moitié|la\s+plupart)\s+"
    r"(?:of|des|de|d['’])\s+(?:the\s+|its\s+|their\s+|les\s+|ses\s+|leurs\s+)?(?:[\w'’-]+['’]s?\s+)?|"
    # "6,000 of the island's 11,000 residents", "6 000 des 11 000 habitants"
    r"\d\s+(?:out\s+of|of)\s+(?:the|its|their)\s+(?:[\w'’-]+['’]s\s+)?|\d\s+(?:des|sur\s+les)\s+)"
    # "about 19,000 of its roughly 20,000 residents"
    r"(?:(?:some|about|around|roughly|nearly|almost|approximately|an\s+estimated|environ|quelque|près\s+de)\s+)?\Z",
    re.IGNORECASE,
)
_DISPLACED_NOUN_RE = re.compile(
    r"idps?|displaced|displacements|déplacements|evacuees|refugees|returnees|déplacée?s|pdi|réfugiée?s|sinistrée?s|rapatriée?s",
    re.IGNORECASE,
)


#: What follows the whole says it is displaced: "the 57,000 people who have fled", "the 1.5 million people displaced".
_WHO_RE = re.compile(
    r"\s+(?:who|that|qui|que|(?:internally\s+)?displaced|evacuated|uprooted|relocated|déplacée?s|évacuée?s)\b",
    re.IGNORECASE,
)


def _displaced_noun(head: Head | None) -> bool:
    """True when the counted noun names displaced people ("the 12,000 IDPs in the camp")."""
    return head is not None and _DISPLACED_NOUN_RE.search(head.text) is not None


_BUILD_BEFORE_RE = compile_guarded(
    r"(?:build|built|building|construct|constructed|constructing|construire|construit|construction\s+de|"
    r"construction\s+(?:has\s+|had\s+)?(?:begun|began|started|starts|begins)\s+on|work\s+(?:has\s+)?(?:begun|started)\s+on)\s+"
    r"(?:(?:some|about|around|over|more\s+than|up\s+to|at\s+least|an\s+additional|additional|another|a\s+further|"
    r"new|près\s+de|plus\s+de|environ|au\s+moins)\s+)*\Z",
    re.IGNORECASE,
    before=r"\b",
)
#: Between a verb of damage and the count of the people whose homes it names: " the shelters of ", " les maisons de ".
#: Their homes, told right before what befell them: "ont vu leur maison ", "had their homes ".
_THEIR_HOMES_BEFORE_RE = re.compile(
    r"(?:(?:ont|a|avaient|avait)\s+vu\s+(?:leurs?|sa|son)|(?:saw|had|have\s+had|has\s+had)\s+their)\s+"
    r"(?:maisons?|logements?|habitations?|domiciles?|cases|homes?|houses?)\s+\Z",
    re.IGNORECASE,
)
_HOMES_OF_GAP_RE = re.compile(
    r"\s+(?:the\s+|les\s+)?(?:homes|houses|shelters|dwellings|huts|tents|maisons|logements|abris|habitations|cases|"
    r"tentes)\s+(?:of|de|d['’]|des)\s*",
    re.IGNORECASE,
)
_GENERIC_SHELTER_RE = re.compile(r"accommodated|housed\s+in|sheltered|sheltering|hébergée?s?", re.IGNORECASE)


def _shelter_place_after(text: str, cue: Cue) -> bool:
    """True when the shelter's own place follows its word ("sheltered in schools", "housed in a stadium"), rather
    than the camps named before ("housed in them")."""
    if cue.text.lower().endswith("in"):  # "housed in": the place comes right after
        return _THE_CAMPS_RE.match(text, cue.end) is None
    return _SHELTER_PLACE_RE.match(text, cue.end) is not None


#: The camps named before: "housed in them".
_THE_CAMPS = r"them|these|those|the\s+camps?|eux|ces\s+camps"
_THE_CAMPS_RE = re.compile(rf"\s+(?:{_THE_CAMPS})\b", re.IGNORECASE)
#: Where people are sheltered, when it is said: then the shelter is that place, not the camps named before.
_SHELTER_PLACE_RE = re.compile(
    rf"\s+(?:in|at|with|by|on|under|along|near|dans|chez|sur|sous)\s+(?!(?:{_THE_CAMPS})\b)", re.IGNORECASE
)
_AREA_AFTER_RE = re.compile(rf"\s+(?:{_AREA_NOUNS})\b", re.IGNORECASE)
_DASH_RE = re.compile(r"\s*[–—-]\s*")
_COLON_AFTER_RE = re.compile(r"\s*:")
_CAMP_OR_SHELTER_RE = re.compile(
    r"(?P<camp>camps?|sites?)\b|shelters?\b|(?:evacuation|relief)\s+cent(?:re|er)s?\b|centres?\s+d['’]\w+",
    re.IGNORECASE,
)
_WHERE_BEFORE_RE = re.compile(r"\b(?:where|où)\s+(?:(?:some|about|around|nearly|over|environ|près\s+de)\s+)?\Z")
_STILL_LIVING_AFTER_RE = re.compile(
    r"\s+(?:(?:were|are|remain|remained|sont|étaient|restent)\s+)?(?:(?:still|now|toujours|encore)\s+)?"
    # ("where about 8,500 people are now registered": counted there)
    r"(?:living|staying|sheltering|sleeping|housed|accommodated|vivent|vivaient|logent|dorment|hébergée?s|"
    r"(?P<counted>registered|enregistrée?s|recensée?s))\b",
    re.IGNORECASE,
)
_HOME_TO_RE = re.compile(
    r"(?:\b(?:is|are|was|were|now|remains?)|,)\s+(?:(?:already|still|now|currently)\s+)?home\s+to\s*$", re.IGNORECASE
)
#: "the camp hosts 12,000 IDPs", "le site accueille 60 000 déplacés" (in the camp's own clause).
_HOSTS_RE = compile_guarded(
    r"\b(?:hosts?|hosted|hosting|shelters|accueill(?:e|ent|ait|aient|ant)|abrit(?:e|ent|ait|aient|ant)|"
    r"compt(?:e|ent|ait|aient)|héberg(?:e|ent|eait|eaient|eant)|holds?|houses?|accommodates?|holding|housing|accommodating|housed|held|sheltered|"
    r"accommodated)\s+"
    # "le site d'Adré abrite à lui seul 148 000 personnes"
    r"(?:now\s+|currently\s+|désormais\s+|actuellement\s+|alone\s+|à\s+lui\s+seul\s+|à\s+elle\s+seule\s+|"
    r"toujours\s+|encore\s+|still\s+|déjà\s+|already\s+|pour\s+sa\s+part\s+|for\s+its\s+part\s+|"
    # "Les écoles-abris de Beyrouth n'accueillent plus que 34 000 personnes"
    r"(?:plus\s+)?que\s+)?$",
    re.IGNORECASE,
)
_PLACES_TERMS = frozenset({Term.IN_RELIEF_CAMP, Term.SHELTERED})
_ARRIVAL_CUE_RE = re.compile(r"arriv|rejoint|afflu", re.IGNORECASE)
#: (but "and in Westwood" adds a place to the same subject)
_OTHER_SUBJECT_RE = re.compile(
    r"[;]|\b(?:while|whereas|but|which|that|who|tandis|alors|mais|qui|(?:and|et)(?!\s+(?:in|at|on|à|au|aux|dans|en)\b)"
    # (not the last of the places the subject names: "shelters at Westwood and Pasadena housed about 700")
    r"(?!\s+[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?\s+(?:hosts?|hosted|houses?|housed|shelters?|sheltered|holds?|held|"
    r"accommodated?|accueill\w+|abrit\w+|héberg\w+)\b))\b"
)
_HOSTED_DISPLACED_RE = re.compile(
    r"(?:internally\s+)?displaced\s+(?:people|persons|individuals)|idps|déplacée?s(?:\s+internes)?|pdi|"
    r"personnes\s+déplacées(?:\s+internes)?",
    re.IGNORECASE,
)
_HOSTED_REFUGEES_RE = re.compile(
    r"(?:[\w'’-]+\s+){0,2}(?:refugees|réfugiée?s)(?:\s+(?!et\b|and\b)[\w'’-]+)?", re.IGNORECASE
)
#: A noun of people or households and nothing else ("people", "displaced families", "personnes déplacées").
_COUNTED_PEOPLE_RE = re.compile(
    r"(?:[\w'’-]+\s+)?(?:people|persons|individuals|personnes|individus|families|familles|households|ménages|idps|pdi|"
    r"evacuees|évacuée?s|residents|habitants)(?:\s+déplacée?s)?",
    re.IGNORECASE,
)
_GENERIC_PEOPLE_RE = re.compile(r"(?:[\w'’-]+\s+)?(?:people|persons|individuals|personnes|individus)", re.IGNORECASE)
_ITEM_END_RE = re.compile(r"\|")
_SPREAD_IN_GAP_RE = re.compile(
    r"\s+(?:réparti(?:e|s|es)?|dispersée?s?|distributed|spread)\s+(?:dans|sur|entre|in|across|among|over)\s+"
    r"(?:les\s+|des\s+|the\s+)?(?:\d[\d,.\s]*\s+)?",
    re.IGNORECASE,
)
_LINE_LABEL_AFTER_RE = re.compile(r"[^:\n]{0,80}:\s*\d")
#: "82 evacuation centres remain open …, housing 2,916 people", "120 sites have emerged, hosting around 58,000".
_REGISTERED_BY_WHICH_RE = re.compile(
    r"\b(?:which|that|qui)\s+(?:had|has|have|avaient|avait|ont|a)\s+(?:already\s+|déjà\s+)?(?:registered|received|taken\s+in|"
    r"enregistré|accueilli|reçu)\s+(?:(?:some|about|around|nearly|over|more\s+than|environ|quelque|près\s+de|plus\s+de)\s+)?$",
    re.IGNORECASE,
)
_PARTICIPLE_HOSTS_RE = re.compile(
    r",\s*(?:now\s+)?(?:housing|hosting|sheltering|accommodating|hébergeant|accueillant|abritant|with|avec)\s+$",
    re.IGNORECASE,
)
_PRONOUN_HOSTS_RE = re.compile(
    r"\b(?:(?:they|which|ils|elles|qui|où|en)\s+(?:en\s+)?(?:now\s+|currently\s+|désormais\s+|actuellement\s+|still\s+|"
    r"together\s+|ensemble\s+|already\s+|déjà\s+)?"
    # (not "the arena, which hosts 20,000 people": what a building holds)
    r"(?:host|hosted|house|housed|shelter|sheltered|accommodated?|hold|held|comptaient|comptent|accueillent|"
    # "the Nyakabande transit centre, which was holding 6,400 people"
    r"(?:was|were|is|are)\s+(?:now\s+|still\s+|already\s+)?(?:holding|hosting|housing|sheltering|accommodating)|"
    r"abritent|hébergent|accueillaient|abritaient|hébergeaient|accueille|abrite|héberge|accueillait|abritait|"
    r"hébergeait)\s+"
    # ("quand il n'en abritait que 20 000 en juin 2023")
    r"(?:now\s+|désormais\s+|actuellement\s+|(?:plus\s+)?que\s+)?|,\s*where\s+|,\s*où\s+|"
    # "180 centres d'hébergement, dans des écoles et des mosquées, où sont logées 29 000 personnes"
    r"\boù\s+(?:sont|étaient)\s+(?:(?:désormais|actuellement|encore|toujours)\s+)?(?:logée?s|hébergée?s|accueillie?s|"
    r"installée?s|abritée?s)\s+)$",
    re.IGNORECASE,
)


#: Another figure between a figure and a cue: "— and that more than 5,000 were" (a clause break, then a number).
_OTHER_FIGURE_GAP_RE = re.compile(
    r"(?:—|–|;|,\s+(?:and|while|et|tandis)\b)[^\d]*?\b"
    r"(?:\d[\d,.\u00a0\u202f ]*\d?\s+(?:were|are|have|had|ont|sont)\b|"
    r"(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d{3,})\s*$)"
)
_COUNT_GAP_START_RE = re.compile(rf"\s+(?:{ESTIMATE_HEDGES}\s+)?(?:\d[\d,.\u00a0\u202f]*\d|\d)", re.IGNORECASE)
_AND_GAP_RE = re.compile(r"\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+")


def _other_things_object_gap(text: str, cue_end: int, start: int) -> bool:
    """True when the words between a cue and a figure are a count of other things and "and" ("destroyed 300
    schools and 120 homes"): the cue's first objects, which are no figures, then the figure as its next."""
    position = cue_end
    for _ in range(4):  # ("destroyed 40 schools, 12 bridges and 2,300 houses")
        count = _COUNT_GAP_START_RE.match(text, position, start)
        if count is None:
            return False
        noun_end = counts_other_things(text, count.end())
        if noun_end is None or noun_end > start:
            return False
        separator = _AND_GAP_RE.match(text, noun_end, start)
        if separator is None:
            return False
        if separator.end() == start:
            return True
        position = separator.end() - 1  # (the next count's space)
    return False


#: Between "displaced" and where they live: "displaced and living in camps", "displaced and now staying in".
#: Where they were displaced, before the clause of where they live: " in Nsanje district" (not past a comma).
_DISPLACED_WHERE = r"(?:\s+(?:in|dans|à|au|at)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?"
_AND_NOW_LIVING_RE = re.compile(
    _DISPLACED_WHERE + r"\s+(?:and|et)\s+(?:(?:are|were|now|currently|still|sont|vivent)\s+){0,2}", re.IGNORECASE
)
_AND_LIVING_IN_RE = re.compile(
    _DISPLACED_WHERE + r"\s+(?:and|et)\s+(?:(?:are|were|now|currently|still|sont|vivent)\s+){0,2}"
    r"(?:living|staying|sheltering|sleeping|residing|vivant|logeant)\s+(?:in|at|dans|sur)\s+(?:[\w,.'’-]+\s+){0,3}?",
    re.IGNORECASE,
)
_LIVING_CUE_RE = re.compile(
    r"living|staying|sheltering|sleeping|residing|camped|vivant|logeant|hébergée?s", re.IGNORECASE
)


_ORIGIN_GAP_RE = re.compile(
    r"\s+(?:internes?\s+|internally\s+)?(?:venue?s|venus|venant|originaires?|en\s+provenance|from|"
    # ("110 000 déplacés des sites de Bulengo, Lushagala et Kanyaruchinya sont rentrés": the sites they lived in)
    r"des\s+(?:sites?|camps?)\s+(?:de|d['’])|(?:of|in)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:sites?|camps?)\s+of)\s[^.;:()]{0,90}?\s"
    r"(?:sont|ont|étaient|avaient|are|were|have|had)\s+(?:(?:now|still|currently|toujours|désormais|actuellement|été|been)\s+)*",
    re.IGNORECASE,
)


_PART_OF_WHOLE_BEFORE_RE = re.compile(
    r"\b(?:most|many|some|half|part|majority|bulk|third|quarter|fifth|thirds|quarters|per\s+cent|percent|%|"
    r"la\s+plupart|beaucoup|certain(?:e?s)?|la\s+moitié|une\s+partie|tiers|quart|quarts|quasi-totalité|majorité)\s+"
    r"(?:of\s+)?(?:the|these|those|des|de\s+ces|d['’]entre\s+les)\s+(?:\S+\s+){0,3}?\S+\Z",
    re.IGNORECASE,
)
#: A return done, by its verb: "returned", "gone back", "ont commencé à rentrer", "sont rentrées".
_RETURN_DONE_RE = re.compile(
    r"(?:returned|gone\s+back|went\s+back|come\s+back|came\s+back|rentrée?s|retournée?s|revenue?s|regagné|"
    r"commencé\s+à|begun|began|started)\b",
    re.IGNORECASE,
)
#: Right before such a verb, its auxiliary or the subject's end (not "villages where", "who will"): " have ",
#: " ont ", " sont ", " had already ", or a noun phrase ending.
_RETURN_DONE_BEFORE_RE = re.compile(
    r"(?:\b(?:have|has|had|ont|sont|avaient|étaient|already|déjà)|[^\W\d_]{3,})\s+(?:(?:already|now|déjà|since|depuis)\s+)?\Z",
    re.IGNORECASE,
)
_NOT_YET_RE = re.compile(
    r"\b(?:yet\s+to|not|never|unable|cannot|can['’]t|pas|jamais|n['’]ont|ne\s+sont|toujours\s+pas|will|would|could|(?-i:may)|"
    r"might|expected|plan\w*|hope\w*|wait\w*|soon|once|where|which|who|whose|où|qui|attend\w*|pourront|devraient|"
    r"espèrent)\b",
    re.IGNORECASE,
)


#: Displaced people who left their camps or sites, before the verb of where they went: " have left the Rusayo,
#: Bulengo and Lushagala sites west of Goma in the past week, most of them to ", " ont quitté les sites de … pour ".
_LEFT_SITES_GAP_RE = re.compile(
    r"\s+(?:(?:people|persons|individuals|families|households|personnes|familles|ménages)\s+)?"
    r"(?:(?:have|has|had)\s+)?(?:left|(?:ont|avaient|a)\s+quitté)\s+(?:the\s+|les\s+|leurs?\s+|le\s+|la\s+)?"
    r"[^.;:]{0,80}?\b(?:camps?|sites?|shelters?|cent(?:re|er)s?|abris)\b[^.;:\d]*\Z",
    re.IGNORECASE,
)


def _first_after(text: str, after: list[Cue], head_end: int) -> Cue:
    first = after[0]
    if (
        len(after) > 1
        and first.term is Term.EVACUATED
        and first.start - head_end <= 1
        and after[1].term is Term.RETURNS
        and after[1].start - first.end < 60
        # (a verb of their own return, done: not "returnees", "will return", "are expected to return")
        and _RETURN_DONE_RE.match(after[1].text) is not None
        and _RETURN_DONE_BEFORE_RE.search(text, max(first.end, after[1].start - 30), after[1].start) is not None
        and not _COORDINATION_RE.search(text, first.end, after[1].start)
        # (not "have yet to return", "n'ont toujours pas pu rentrer": still away; nor "villages where returnees …")
        and not _NOT_YET_RE.search(text, first.end, after[1].start)
        and not _NOT_YET_RE.match(after[1].text)
        # (not "most of the 65,000 people evacuated … have returned": a part of them went home)
        and not _PART_OF_WHOLE_BEFORE_RE.search(text, max(0, head_end - 70), head_end)
    ):
        # "2,300 people evacuated from flood zones have returned home", "2 300 personnes évacuées de zones
        # inondables ont commencé à rentrer chez elles": who they are, then what they did, a return
        return after[1]
    # "4 200 déplacés sont rentrés": a cue inside the counted noun yields to the verb that follows it (not to a
    # second noun: "displaced persons and returnees", "displaced or relocated").
    # "2 400 déplacés de Baidoa ont fui de nouveau", "6,200 IDPs were forced to flee again": displaced people who
    # fled, a flight
    verb = (
        len(after) > 1
        and (
            after[1].term in _MOVEMENT_TERMS
            or (
                after[1].term is Term.FORCED_TO_FLEE
                and first.term is Term.DISPLACED
                # not who they are: "10 000 déplacés internes ayant fui les attaques", "refugees who have fled"
                and not _WHO_FLED_RE.search(text, first.end, after[1].start)
                and not _REFUGE_WORD_RE.search(after[1].text)  # "12,000 displaced people had found refuge in …"
            )
        )
        and (
            after[1].start - head_end < 40
            # "14 300 déplacés venus du Sud et de la banlieue sud de Beyrouth sont hébergés": past where they came from
            or (
                after[1].start - head_end < 100
                and _ORIGIN_GAP_RE.fullmatch(text, first.end, after[1].start) is not None
            )
            # "110,000 displaced people have left the Rusayo, Bulengo and Lushagala sites west of Goma in the past
            # week, most of them to go back to their villages": the sites they left, then where they went
            or (
                after[1].term is Term.RETURNS
                and after[1].start - head_end < 160
                and _LEFT_SITES_GAP_RE.match(text, head_end, after[1].start) is not None
            )
        )
    )
    # "900 familles déplacées sont retournées": an adjective right after the noun belongs to the noun phrase.
    # So does a relative clause that says who they are: "11,000 people who had been displaced returned home".
    in_noun = (
        first.end <= head_end
        # ("2 300 ménages sinistrés restent hébergés dans des églises": the affected, where they are)
        or (first.term in (Term.DISPLACED, Term.AFFECTED) and first.start - head_end <= 1)
        or (first.term is Term.DISPLACED and _ADVERBS_RE.fullmatch(text, head_end, first.start) is not None)
        # "les 2 400 évacués de Lebel-sur-Quévillon ont pu regagner leur domicile": evacuees are who they are
        or (first.term is Term.EVACUATED and first.start - head_end <= 1 and _EVACUEES_RE.fullmatch(first.text))
        or (first.term in _WHO_THEY_ARE and _RELATIVE_RE.fullmatch(text, head_end, first.start) is not None)
    )
    if (
        len(after) > 1
        and first.term in _WHO_THEY_ARE
        and _RELATIVE_RE.fullmatch(text, head_end, first.start) is not None
        and after[1].term is not None
        and after[1].start - first.end < 50
        and not _COORDINATION_RE.search(text, first.end, after[1].start)
    ):
        return after[1]  # "2,400 people who had already fled fighting were displaced again": the main verb
    if (
        len(after) > 1
        and first.term in _PLACES_TERMS
        and _PARTICIPLE_CUE_RE.match(first.text)
        and _ADVERBS_RE.fullmatch(text, head_end, first.start)
        and after[1].term is not None
        and after[1].term not in _PLACES_TERMS
        and after[1].start - first.end < 60
        and not _COORDINATION_RE.search(text, first.end, after[1].start)
        # (not the sites' own name: "vivant dans 76 sites de déplacés")
        and not _SITES_OF_BEFORE_RE.search(text, max(0, after[1].start - 20), after[1].start)
    ):
        return after[1]  # "3,420 households already living in IDP sites … were displaced again"
    if first.kind is CueKind.CASUALTY and first.end <= head_end:
        return first  # "Seven injured people were airlifted to Kathmandu": the wounded, whatever moved them
    if (
        len(after) > 1
        and after[1].kind is CueKind.CASUALTY
        and _KILLED_RE.match(after[1].text) is not None
        and (first.end <= head_end or (first.term is Term.DISPLACED and first.start - head_end <= 1))
        and after[1].start - first.end < 30
        and not _COORDINATION_RE.search(text, first.end, after[1].start)
    ):
        return after[1]  # "Au moins 14 déplacés ont été tués": the displaced who were killed are casualties
    if (
        verb
        and in_noun
        and (
            not _COORDINATION_RE.search(text, max(head_end, first.end), after[1].start)
            # ("venus du Sud et de la banlieue sud de Beyrouth": places of origin, joined)
            or _ORIGIN_GAP_RE.fullmatch(text, first.end, after[1].start) is not None
            # ("have left the Rusayo, Bulengo and Lushagala sites …, most of them to go back": the sites, joined)
            or (after[1].term is Term.RETURNS and _LEFT_SITES_GAP_RE.match(text, head_end, after[1].start))
        )
    ):
        second = after[1]
        if (
            second.term in _PLACES_TERMS
            and len(after) > 2
            and after[2].term in _MOVES_AWAY_TERMS
            and _LOCATION_BEFORE_RE.search(text, max(0, second.start - 12), second.start)
            and _AUXILIARIES_RE.fullmatch(text, second.end, after[2].start)
        ):
            return after[2]  # "4,000 IDPs in the camp have returned home": the camp is where they were
        return second
    following = [cue for cue in after[1:3] if cue.term not in (None, Term.AFFECTED) and cue.start - first.end < 25]
    if (
        first.term is Term.AFFECTED
        and following
        # (not another number's: "613 000 personnes ont été affectées, et 238 écoles ont subi des dégâts")
        and _OTHER_NUMBER_CLAUSE_RE.search(text, first.end, following[0].start) is None
        and not (first.flooding and not _FLOODED_AND_RE.fullmatch(text, first.end, following[0].start))
    ):
        # "affected and displaced": the second word says more; but "312 houses were inundated and two bridges were
        # swept away" are flooded houses ("inondées et rendues inhabitables" are made uninhabitable)
        return following[0]
    if first.term is Term.SHELTERED and following and following[0].term is Term.IN_RELIEF_CAMP:
        return following[0]
    if (
        first.term is Term.DISPLACED
        and len(after) > 1
        # (camps; "displaced and are staying in 354 safety centres" stays displaced, as IDMC reads it)
        and after[1].term is Term.IN_RELIEF_CAMP
        and (first.start - head_end <= 1 or _AUXILIARIES_RE.fullmatch(text, head_end, first.start))
        and (
            (_AND_NOW_LIVING_RE.fullmatch(text, first.end, after[1].start) and _LIVING_CUE_RE.match(after[1].text))
            or _AND_LIVING_IN_RE.fullmatch(text, first.end, after[1].start)
        )
    ):
        return after[1]  # "659,278 persons displaced and living in 576 camps": where they are says more
    if (
        first.term is Term.RELOCATED
        and following
        and following[0].term is Term.IN_RELIEF_CAMP
        and (_MOVED_TO_RE.fullmatch(first.text))
    ):
        return following[0]  # "shifted to relief camps": in camps
    if (
        first.term is Term.RELOCATED
        and following
        and following[0].term is Term.DISPLACED
        and following[0].start - first.end <= 2
        and _WITH_HOSTS_CUE_RE.match(following[0].text)
    ):
        return following[0]  # "ont été relogées chez des proches": rehoused with relatives, displaced
    if (
        "refuge" in first.text
        and len(after) > 1
        and after[1].term in _PLACES_TERMS
        and _REFUGE_IN_RE.fullmatch(text, first.end, after[1].start)
    ):
        return after[1]  # "ont trouvé refuge dans 37 centres d'évacuation": where they took refuge says more
    return first


#: Sites or camps named after their people, right before the people's word: "sites de ", "camps des ".
_SITES_OF_BEFORE_RE = re.compile(r"\b(?:sites?|camps?|centres?)\s+(?:de|des|d['’]|for|of)\s*\Z", re.IGNORECASE)
#: A cue of hosts: "chez des proches", "with relatives", "auprès de familles d'accueil".
_WITH_HOSTS_CUE_RE = re.compile(r"(?:chez|with|auprès|among|dans\s+des\s+familles|in\s+host)\b", re.IGNORECASE)
#: A relative or participial clause that says who the people are: "ayant fui", "who have fled", "having fled".
_WHO_FLED_RE = re.compile(r"\b(?:ayant|having|who|which|that|qui|dont)\b", re.IGNORECASE)
#: Another number's clause: ", et 238 écoles", "; 12 bridges".
_OTHER_NUMBER_CLAUSE_RE = re.compile(r"[,;]\s*(?:(?:and|et)\s+)?\d")
_FLOODED_AND_RE = re.compile(r"\s*,?\s+(?:and|et)\s+(?:[\w'’-]+\s+){0,2}")
#: A relative clause just before a cue: "…, qui ont été installés dans des écoles".
_RELATIVE_BEFORE_RE = re.compile(
    r"\b(?:qui|who|which|that)\s+(?:(?:ont|avaient|sont|étaient|have|had|were|are|was)\s+)?(?:(?:été|been)\s+)?\Z",
    re.IGNORECASE,
)
#: Casualties proper (not needs: "500,000 IDPs in need of assistance" are IDPs).
_KILLED_RE = re.compile(
    r"killed|dead|died|injured|wounded|missing|drowned|tuée?s|morte?s|blessée?s|disparue?s|noyée?s|décédée?s",
    re.IGNORECASE,
)
_EVACUEES_RE = re.compile(r"evacuees|évacuée?s|evacuados|evacuadas", re.IGNORECASE)
_MOVED_TO_RE = re.compile(r"(?:shifted|moved)\s+to", re.IGNORECASE)
_REFUGE_IN_RE = re.compile(r"\s+(?:in|into|at|dans|en|à|au|aux)\s+(?:[\w'’-]+\s+){0,3}?", re.IGNORECASE)
_MOVES_AWAY_TERMS = frozenset({Term.RETURNS, Term.RELOCATED, Term.EVACUATED})
_LOCATION_BEFORE_RE = re.compile(r"\b(?:in|at|from|dans|du|des)\s+(?:the\s+|les?\s+|la\s+)?\Z", re.IGNORECASE)
_AUXILIARIES_RE = re.compile(
    r"\s+(?:(?:have|has|had|were|was|are|been|now|already|still|currently|ont|sont|été|déjà|since|depuis|toujours|"
    r"encore|actuellement)\s+)*",
    re.IGNORECASE,
)
_PARTICIPLE_CUE_RE = re.compile(r"(?:living|staying|sheltering|lived|vivant)\b", re.IGNORECASE)
_ADVERBS_RE = re.compile(r"\s+(?:(?:already|still|déjà|toujours)\s+)?", re.IGNORECASE)
_WHO_THEY_ARE = frozenset({Term.DISPLACED, Term.FORCED_TO_FLEE, Term.EVACUATED})
_RELATIVE_RE = re.compile(
    r"\s+(?:who|that|which|qui|"
    # "1,900 people whose homes were flooded out are being housed in hotels": what befell their homes, who they are
    r"whose\s+(?:homes?|houses?)|dont\s+les\s+(?:maisons|logements|habitations))\s+"
    r"(?:(?:had|have|has|were|are|was|avaient|ont|étaient|sont|avait|a|était)\s+)?"
    r"(?:been\s+|été\s+)?(?:\w+ly\s+|already\s+|déjà\s+)?",
    re.IGNORECASE,
)
_COORDINATION_RE = re.compile(r"[,;/(]|\b(?:and|or|et|ou|y|o)\b", re.IGNORECASE)
_MOVEMENT_TERMS = frozenset(
    {Term.RETURNS, Term.RELOCATED, Term.EVACUATED, Term.SHELTERED, Term.IN_RELIEF_CAMP, Term.MULTIPLE_OR_OTHER}
)


def _building_flooded(text: str, start: int, end: int, high: int) -> bool:
    """ "1,000 houses were flooded", "la crue a inondé 1 500 habitations": flooded homes are damaged homes."""
    if _BUILDING_DAMAGE_RE.match(text, end, high):
        return True
    return _BUILDING_DAMAGE_BEFORE_RE.search(text, max(0, start - 40), start) is not None


_MULTIPLIED_OF_RE = re.compile(r"\s+(?:de|d['’]|of)\s*", re.IGNORECASE)
_NUMBER_OF_AFTER_RE = re.compile(r"\s+(?:le|the)\s+(?:nombre|number|total)\s+(?:de|d['’]|of)\s*", re.IGNORECASE)
_PART_OF_THINGS_BEFORE_RE = re.compile(
    r"(?<![\d,.])(?P<whole>\d[\d\s\u00a0\u202f,.]*\d|\d)(?=\s)[^,;.]{0,40},\s*(?:dont|of\s+which|including|among\s+them)\s+\Z",
    re.IGNORECASE,
)
_PLACE_AFTER_RE = re.compile(r"\s+(?:in|at|from|dans|à|au|aux|en|de|du)\s", re.IGNORECASE)
#: A verb of people moved, between a number of things and a part of the people: "ont été évacués", "were evacuated".
_MOVED_VERB_GAP_RE = re.compile(
    r"\b(?:ont\s+été|sont|were|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:évacuée?s|déplacée?s|relogée?s|evacuated|"
    r"displaced|relocated|moved)\b|\b(?:ont|have|had)\s+(?:fui|fled)\b",
    re.IGNORECASE,
)
_OF_WHICH_AFTER_RE = re.compile(r"\s+(?:of\s+(?:which|these)|d['’]entre\s+(?:eux|elles))\b", re.IGNORECASE)
_WHOLE_BEFORE_RE = re.compile(r"(?<![\d,.])(?P<whole>\d[\d\s\u00a0\u202f,.]*\d|\d)(?=\s)[^,;.\d]{0,40},\s*\Z")
_HEDGE_WORDS = rf"(?:{ESTIMATE_HEDGES}\s+)?"
#: Who live in a place, by a noun that says nothing of their displacement.
_RESIDENT_NOUNS = r"(?:people|residents|inhabitants|civilians|personnes|habitants|civils)"
#: Who lived in the areas named: "des zones où vivaient près de 250 000 personnes", "areas where 90,000 people live"
#: (not a camp's or a site's people: "les sites de Rhoe, où vivent plus de 60 000 déplacés").
_AREAS_WHERE_RE = (
    r"\b(?:zones?|areas?|quartiers?|neighbou?rhoods?|localités|localities|villages?|districts?|communes?|secteurs?|"
    r"blocks?|towns?|villes?)\s+(?:[\w'’-]+\s+){0,3}?(?:où|where)\s+"
)
_PEOPLE_LIVED_AFTER_RE = re.compile(
    rf"\s+{_RESIDENT_NOUNS}\s+(?:lived|live|vivaient|vivent|vivait|habitaient)\b"
    r"(?!\s+(?:in|dans|sous|under)\s+(?:[\w'’-]+\s+){0,2}?(?:camps?|tents?|tentes|sites?|shelters?|abris|"
    r"displacement|déplacés))(?!\s+(?:after|since|après|depuis)\s+(?:fleeing|having|avoir|leur))",
    re.IGNORECASE,
)
_AREAS_WHERE_BEFORE_RE = re.compile(rf"{_AREAS_WHERE_RE}{_HEDGE_WORDS}\Z", re.IGNORECASE)
_AREAS_WHERE_LIVED_BEFORE_RE = re.compile(
    rf"{_AREAS_WHERE_RE}(?:vivaient|vivent|vivait|habitaient|lived|resided)\s+{_HEDGE_WORDS}\Z", re.IGNORECASE
)
_PEOPLE_AFTER_RE = re.compile(
    rf"\s+{_RESIDENT_NOUNS}\b"
    r"(?!\s+(?:déplacée?s|réfugiée?s|sinistrée?s|displaced|refugees|évacuée?s|evacuees))",
    re.IGNORECASE,
)


def _lived_there(text: str, quantity: Quantity) -> bool:
    """True for the people who lived in the areas named: "des zones où vivaient près de 250 000 personnes",
    "areas where 90,000 people live"."""
    low = max(0, quantity.start - 80)
    if "où" not in text[low : quantity.start] and "where" not in text[low : quantity.start]:
        return False
    if _PEOPLE_LIVED_AFTER_RE.match(text, quantity.end):
        return _AREAS_WHERE_BEFORE_RE.search(text, low, quantity.start) is not None
    return (
        _PEOPLE_AFTER_RE.match(text, quantity.end) is not None
        and _AREAS_WHERE_LIVED_BEFORE_RE.search(text, low, quantity.start) is not None
    )


_LEFT_BEHIND_BEFORE_RE = re.compile(
    r"\bleaving\s+(?:(?:an\s+estimated|about|some|around|only|just|fewer\s+than|less\s+than)\s+)?\Z", re.IGNORECASE
)
_STILL_IN_AFTER_RE = re.compile(
    r"\s+(?:residents|inhabitants|people|civilians)\s+(?:still\s+)?(?:in|behind)\b"
    # (not where they went: "leaving 2,800 people in shelters", "in camps")
    r"(?!\s+(?:\w+\s+)?(?:shelters?|camps?|evacuation\s+cent(?:re|er)s|relief\s+camps|tents|the\s+open|schools))",
    re.IGNORECASE,
)


_WHO_AFTER_RE = re.compile(r"\s+(?:who|qui)\b", re.IGNORECASE)
#: People aided or to be reached whom a relative clause says moved: "assisted 8,300 IDPs who returned to Kupiansk",
#: "struggling to reach an estimated 15,000 villagers who abandoned their homes" (the movement is the figure).
_WHO_MOVED_AFTER_RE = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,2}?(?:who|qui)\s+(?:had\s+|have\s+|has\s+|ont\s+|avaient\s+|sont\s+)?(?:since\s+|déjà\s+)?"
    r"(?:returned|fled|abandoned|left\s+their|were\s+displaced|been\s+displaced|were\s+forced|regagné|fui|quitté\s+leurs?|"
    r"été\s+(?:déplacée?s|forcée?s|contraintes?))\b",
    re.IGNORECASE,
)
_OPPOSITE_WAY_RE = re.compile(
    r"\s+(?:\w+\s+)?(?:in\s+the\s+(?:opposite|other|reverse)\s+direction|the\s+other\s+way|dans\s+l['’]autre\s+sens|"
    r"en\s+sens\s+inverse|dans\s+le\s+sens\s+inverse)\b",
    re.IGNORECASE,
)
#: A line that holds only a bracketed or superscript-like mark: "(2)", "[14]".
_FOOTNOTE_LINE_RE = re.compile(r"[ \t]*[(\[]\s*\d{1,3}\s*[)\]][ \t]*")
#: A bracket right before a number: the cheap test that comes before looking for the line's bounds (a search back to
#: the line's start is as long as the text when it has no line break).
_BRACKET_JUST_BEFORE_RE = re.compile(r"[(\[]\s*\Z")


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end == -1 else end


def is_candidate(text: str, quantity: Quantity) -> bool:
    """True unless the number is plainly something else: money, a date, a measure, a count of schools…"""
    # Each test below can only rule the number out: their order does not change the answer. The noun after the
    # number comes first, as it rules out most numbers ("12 schools", "5 km") in one step, more cheaply than the
    # look-backs for money, dates and references.
    if not _counts_people_or_homes(text, quantity):
        return False
    if _OPPOSITE_WAY_RE.match(text, quantity.end):
        return (
            False  # "21,300 crossings from Lebanon into Syria and 19,800 in the opposite direction": people going back
        )
    if _BRACKET_JUST_BEFORE_RE.search(
        text, max(0, quantity.start - 12), quantity.start
    ) and _FOOTNOTE_LINE_RE.fullmatch(text, text.rfind("\n", 0, quantity.start) + 1, _line_end(text, quantity.end)):
        return False  # "… se sont effondrées\n(2)\n": a footnote's mark alone on its line, as PDFs leave them
    if quantity.value is not None and quantity.value >= 1_000_000_000:
        return False  # "3.5 billion shekels": no count of displaced people or homes reaches a billion
    if is_not_figure(text, quantity):
        return False
    if _PROJECTED_RE.search(text, max(0, quantity.start - 50), quantity.start):
        return False  # "is expected to reach 500,000 by the end of the year": a projection, not a fact
    if _planned(text, quantity):
        return False  # "plans to relocate 40 families next month", "the evacuation of 25,000 planned": not yet
    if (
        _TARGET_BEFORE_RE.search(text, max(0, quantity.start - 40), quantity.start)
        and not _WHO_MOVED_AFTER_RE.match(text, quantity.end)
        and not _GREW_TO_REACH_RE.search(text, max(0, quantity.start - 200), quantity.start)
    ):
        return False  # "needs US$ 128 million to assist 2.3 million displaced": who a plan means to reach
    if _SHARE_OF_RE.search(text, max(0, quantity.start - 40), quantity.start):
        # "90 per cent of the town's 15,000 residents fled": the whole is not who fled; but "10 percent of the
        # 57,000 people who have fled", "80 per cent of the 12,000 IDPs": the whole is a displacement figure
        head = find_head(text, quantity.end)
        if not _displaced_noun(head) and not (head is not None and _WHO_RE.match(text, head.end)):
            return False
    if _BUILD_BEFORE_RE.search(text, max(0, quantity.start - 30), quantity.start) and is_building(
        find_head(text, quantity.end)
    ):
        return False  # "plans to build 10,000 houses": new homes are no damage
    if (
        quantity.multiplied
        and (of := _MULTIPLIED_OF_RE.match(text, quantity.end))
        # (from the space before the noun, or from the noun after an elided "d'": "2 millions d'arbres")
        and counts_other_things(text, of.end() - 1 if text[of.end() - 1].isspace() else of.end())
    ):
        return False  # "9 millions de tonnes de débris", "2 million of tonnes": what the noun after "de" counts
    number_of = _NUMBER_OF_AFTER_RE.match(text, quantity.end)
    if number_of is not None and counts_other_things(text, number_of.end() - 1) is not None:
        return False  # "portant à 13 le nombre de points d'entrée": the number of something else
    part = _PART_OF_THINGS_BEFORE_RE.search(text, max(0, quantity.start - 60), quantity.start)
    if (
        part is not None
        and counts_other_things(text, part.end("whole")) is not None
        and find_head(text, quantity.end) is None
        and not _PLACE_AFTER_RE.match(text, quantity.end)
        # (not past a verb of people moved: "… dans un rayon de 7 kilomètres ont été évacués, dont 4 400 sont
        # hébergés dans des écoles": a part of the people evacuated)
        and not _MOVED_VERB_GAP_RE.search(text, part.end("whole"), part.end())
        # (nor people a relative clause tells of: "across all 18 states, including 2,830,000 who were already
        # displaced")
        and not _WHO_AFTER_RE.match(text, quantity.end)
    ):
        # "1 006 abris collectifs, dont 850 sont saturés": a part of the shelters (but "… in the 11 affected
        # provinces, including 410,000 in Hatay" are people)
        return False
    if (
        _OF_WHICH_AFTER_RE.match(text, quantity.end)
        and (whole := _WHOLE_BEFORE_RE.search(text, max(0, quantity.start - 60), quantity.start)) is not None
        and counts_other_things(text, whole.end("whole")) is not None
    ):
        return False  # "973 collective shelters, 812 of which have reached full capacity": a part of the shelters
    if _lived_there(text, quantity):
        return False  # "des zones où vivaient près de 250 000 personnes": who lived in the areas named
    if _LEFT_BEHIND_BEFORE_RE.search(text, max(0, quantity.start - 30), quantity.start) and _STILL_IN_AFTER_RE.match(
        text, quantity.end
    ):
        return False  # "leaving an estimated 48,000 residents in a city of 60,000": who stayed
    if counts_things_before(text, quantity.start):
        return False  # "the number of displacement sites has grown to 108"
    if (
        quantity.value is not None
        and quantity.value < 1000
        and quantity.text.isdigit()
        and _NAME_BEFORE_NUMBER_RE.search(text, max(0, quantity.start - 40), quantity.start)
        and _NAME_NUMBER_AFTER_RE.match(text, quantity.end)
        # (not an item of a list of places and their figures: "Nsanje 820, Chikwawa 640 and Phalombe 310")
        and not _LIST_OF_FIGURES_BEFORE_RE.search(text, max(0, quantity.start - 60), quantity.start)
        and find_head(text, quantity.end) is None
    ):
        return (
            False  # "ont fui les quartiers de Solino, Nazon et Delmas 24", "fled Delmas 30 and Solino": a name's number
        )
    if (
        (
            ":" in text[max(0, quantity.start - 4) : quantity.start]
            # (an item of a list with no colon: "; livestock lost 746,218; bridges 243")
            or any(mark in text[max(0, quantity.start - 40) : quantity.start] for mark in ";|\n•")
        )
        and _other_label(text, quantity.start)
        and find_head(text, quantity.end) is None  # "Assuramba care center: 3,000 IDPs" counts people
    ):
        return False  # "Districts affected: 29", "Relief camps: 248": a label that counts other things
    pair = _SLASH_PAIR_BEFORE_RE.search(text, max(0, quantity.start - 24), quantity.start)
    if pair is not None and _other_label(text, pair.start(1)):
        return False  # "Relief camps / distribution centres: 1,425 / 695": the second count of a pair of things
    if _STAYED_RE.match(text, quantity.end):
        return False  # "where fewer than 200 residents remain": who stayed behind
    if _not_moved(text, quantity.end):
        return False  # "23,000 remained confined", "1.8 million people live in flood-prone areas": who did not move
    if _AT_RISK_AFTER_RE.match(text, quantity.end) or _ready_to_move(text, quantity.end):
        # "up to one million Iraqis risk facing displacement", "7,849 people … had been told to be ready to move":
        # what may happen
        return False
    if _CAPACITY_BEFORE_RE.search(text, max(0, quantity.start - 40), quantity.start):
        return False  # "le camp, conçu pour 20 000 personnes", "a capacity of 5,000": room, not people
    if (
        _AIDED_BEFORE_RE.search(text, max(0, quantity.start - 40), quantity.start)
        or (
            _PART_BEFORE_RE.search(text, max(0, quantity.start - 16), quantity.start)
            and _AIDED_WHOLE_BEFORE_RE.search(text, max(0, quantity.start - 90), quantity.start)
        )
    ) and not (_HOUSED_AFTER_RE.match(text, quantity.end) or _WHO_MOVED_AFTER_RE.match(text, quantity.end)):
        # "WFP assisted 1.1 million people, including 640,000 internally displaced persons", "treated 45
        # wounded people": who received aid is counted by the aid, not as displaced (but "food is provided to
        # 3,57,243 people housed in them" says where those people are)
        return False
    if quantity.approximate:
        of = _APPROX_OF_RE.match(text, quantity.end)
        if of is not None and counts_other_things(text, of.end() - 1) is not None:
            return False  # "une quarantaine de kilomètres", "une trentaine de camps": what the noun counts
    whole = _OF_WHOLE_OTHER_RE.match(text, quantity.end) or _OF_THEM_AFTER_RE.match(text, quantity.end)
    if whole is not None and _smaller_whole(quantity, whole.group()):
        whole = None  # "dont 190 000 sur 246 sites": people on so many sites, not a part of a whole
    if whole is not None and counts_other_things(text, whole.end()) is not None:
        return False  # "dans 18 des 23 provinces", "2,117 locations, 78 of them formal resettlement sites"
    if _AVERAGE_BEFORE_RE.search(text, max(0, quantity.start - 90), quantity.start) or _PER_DAY_AFTER_RE.match(
        text, quantity.end
    ):
        return False  # "arrivals averaged 1,500 a day": a rate, not a count of people
    if _EACH_AFTER_RE.match(text, quantity.end):
        return False  # "apartment blocks housing six to ten families each": so many per block, no count
    if _AID_AFTER_RE.match(text, quantity.end) or (
        _REACHED_BEFORE_RE.search(text, max(0, quantity.start - 30), quantity.start)
        and (
            _WITH_AID_AFTER_RE.match(text, quantity.end)
            or _CAMPAIGN_BEFORE_RE.search(text, max(0, quantity.start - 80), quantity.start)
            or _AID_TEAMS_BEFORE_RE.search(text, max(0, quantity.start - 60), quantity.start)
        )
    ):
        return False  # "registered 3,200 evacuees for multipurpose cash", "reached 14,600 people with food"
    # "spent Saturday night in 20 Red Cross and county shelters": places that house people
    return not (
        _IN_BEFORE_RE.search(text, max(0, quantity.start - 8), quantity.start)
        and _FACILITIES_AFTER_RE.match(text, quantity.end)
    )


def _counts_people_or_homes(text: str, quantity: Quantity) -> bool:
    """False when the noun after the number counts other things ("12 schools", "5 km")."""
    other = counts_other_things(text, quantity.end)
    if other is None:
        return True
    if _camp_homes_destroyed(text, quantity.start, quantity.end):
        return True  # "destroyed around 2,000 shelters", "1,600 IDP shelters burned": the homes of a camp
    head = find_head(text, quantity.end)
    if head is not None and other < head.end and _HYPHENATED_END_RE.search(text, max(0, other - 30), other):
        return True  # "1,200 ground-floor homes": the other noun is the second half of the homes' modifier
    # "14 disaster-related incidents displaced 500": the first noun after the number is what it counts; but
    # a person noun right before the other noun qualifies it ("three displaced camps", "two IDP sites").
    return head is not None and head.end < other and _ONE_WORD_RE.fullmatch(text, head.end, other) is None


_HYPHENATED_END_RE = re.compile(r"[^\W\d_]-[^\W\d_]+\Z")


_ONE_WORD_RE = re.compile(r"\s+[^\W\d_]+")
#: A capitalised name right before a number, inside a sentence (after a lower-case word or a comma, not a label's
#: colon or a list's semicolon): "… Nazon et Delmas 24", "fled Delmas 30".
_NAME_BEFORE_NUMBER_RE = re.compile(r"[a-zà-ÿ,]\s+[A-ZÀ-Þ][\w'’-]*\s\Z")
#: A list of places and their figures before a name: "Nsanje 820, Chikwawa ", "Houses destroyed: Beira 450, Dondo ".
_LIST_OF_FIGURES_BEFORE_RE = re.compile(
    r"\d\s*(?:,|\s(?:and|et))\s+[A-ZÀ-Þ][\w'’-]*(?:\s[A-ZÀ-Þ][\w'’-]*)?\s\Z|:[^.;\n]*\Z"
)
_NAME_NUMBER_AFTER_RE = re.compile(r"\s*(?:[,.;)]|\s(?:and|et|or|ou)\s)")
_SHELTER_NOUN_RE = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:shelters|tents|tentes|abris|huts)\b", re.IGNORECASE)


def _camp_homes_destroyed(text: str, start: int, end: int) -> bool:
    """True when the number (or its qualifier) at ``start``..``end`` counts a camp's shelters or tents destroyed,
    told before ("destroyed around 2,000 shelters") or after ("1,600 IDP shelters burned")."""
    return (
        bool(_SHELTER_NOUN_RE.match(text, end) and _DESTROYED_BEFORE_RE.search(text, max(0, start - 40), start))
        or _SHELTERS_DESTROYED_RE.match(text, end) is not None
    )


#: "1,600 IDP shelters burned at Plaine Savo", "300 tentes ont été détruites": a camp's homes destroyed.
_SHELTERS_DESTROYED_RE = re.compile(
    # "2,450 families saw their shelters fully destroyed": the families' own shelters
    r"\s+(?:(?:families|households|familles|ménages)\s+(?:saw|had|have\s+had|ont\s+vu)\s+(?:their|leurs)\s+)?"
    r"(?:[^\W\d_]+\s+)?(?:shelters|tents|tentes|abris|huts)\s+"
    # "1,100 shelters in Camps 9 and 10 were partially damaged"
    r"(?:(?:in|at|dans|du|des|of)\s+(?:(?!(?:where|whose|qui|où|dont|homes?|houses?|maisons?)\b)[\w'’-]+\s+){1,5}?)?"
    r"(?:(?:were|was|have\s+been|had\s+been|ont\s+été|"
    r"sont|avaient\s+été)\s+)?(?:(?:completely|totally|fully|partially|entièrement|totalement|complètement|"
    r"partiellement)\s+)?"
    r"(?:burn\w*|destroy\w*|damag\w*|razed|gutted|flattened|torched|swept\s+away|washed\s+away|détrui\w*|"
    r"incendi\w*|endommag\w*|brûlée?s|emportée?s|ravagée?s|consumée?s)",
    re.IGNORECASE,
)
_DESTROYED_BEFORE_RE = re.compile(
    r"\b(?:destroy\w*|damag\w*|burn\w*|gutted|flatten\w*|swept\s+away|washed\s+away|razed|détrui\w*|endommag\w*|"
    r"incendi\w*|ravag\w*|emport\w*|set\s+fire\s+to|mis\s+le\s+feu\s+(?:à|aux))\s+(?:[^\W\d_]+\s+){0,2}?\Z",
    re.IGNORECASE,
)


def _other_label(text: str, position: int) -> bool:
    """True for a label of other things before the number ("Districts affected: 29"), unless it names people in
    them ("Inmates in relief camps: 53,429")."""
    label = other_things_label(text, position)
    if label is None:
        return False
    return (
        _PEOPLE_IN_RE.search(text, max(0, label - 30), label) is None
        # "… | in public shelters: 81,170": a key-figure cell that says where the people are
        and _WHERE_CELL_RE.search(text, max(0, label - 30), label) is None
    )


_FUTURE_BEFORE_RE = re.compile(
    r"\b(?:seront|sera|vont\s+être|va\s+être|will\s+be|would\s+be|are\s+to\s+be|to\s+be|doivent\s+être|"
    r"devraient\s+être)\s+\Z",
    re.IGNORECASE,
)
#: A relative clause about the people's homes: "300 personnes dont les maisons…", "families whose homes…".
_WHOSE_RE = re.compile(
    r"\s*,?\s*(?:dont|whose)\b|"
    # "1 000 habitants de villages ensevelis par une coulée de boue ont été évacués": the people of places the
    # housing words tell of, then what befell the people
    r"\s+(?:de|des|d['’]|of)\s+(?:(?:the|les|leurs?|their)\s+)?(?:villages?|hameaux|quartiers?|localités?|maisons?|"
    r"homes|houses|towns|neighbou?rhoods)\b",
    re.IGNORECASE,
)
_CAPACITY_BEFORE_RE = compile_guarded(
    r"(?:(?:designed|built|meant|intended|planned)\s+(?:for|to\s+(?:hold|host|house|accommodate))|capacity\s+(?:of|for)|"
    r"(?:can|could|will|would|(?:able|enough)\s+to)\s+(?:hold|host|house|accommodate|take\s+in)|conçue?s?\s+(?:[\w'’]+\s+){0,3}?pour|"
    r"prévue?s?\s+pour|capacité\s+(?:totale\s+)?(?:d['’]accueil\s+)?(?:de|d['’])|"
    r"peu(?:t|vent)\s+accueillir|pouvant\s+accueillir|(?:pourra|pourront|pourrait|pourraient)\s+(?:accueillir|héberger|"
    # "Bangkok se dit prêt à accueillir jusqu'à 100 000 personnes", "ready to take in up to 100,000"
    r"recevoir)|prête?s?\s+à\s+(?:accueillir|héberger|recevoir)|(?:ready|prepared|willing)\s+to\s+(?:host|receive|"
    r"take\s+in|accommodate|shelter|welcome)|(?:pourra|pourront|pourrait|pourraient)\s+(?:accueillir|héberger|"
    r"abriter)|(?:with\s+)?room\s+for|"
    r"(?:conçue?s?|prévue?s?|construite?s?)\s+pour\s+(?:accueillir|héberger|recevoir|abriter)|aménagée?s?\s+pour|"
    r"(?:sites?|places?|spaces?)\s+(?:pour|for))\s+"
    r"(?:(?:up\s+to|some|about|around|roughly|nearly|almost|over|more\s+than|an\s+estimated|between|jusqu['’]à|environ|"
    r"près\s+de|plus\s+de|entre)\s+)?"
    r"\Z",
    re.IGNORECASE,
    before=r"\b",
)
#: Aid given to people: "WFP assisted 1.1 million people", "MSF treated 45 wounded", "le PAM a assisté 300 000".
#: People said to be housed somewhere right after their number: "3,57,243 people housed in them".
_HOUSED_AFTER_RE = re.compile(
    r"\s+(?:[^\W\d_]+\s+)?(?:people|persons|individuals|families|households|idps|displaced|refugees|evacuees|"
    r"personnes|familles|ménages|déplacée?s|réfugiée?s|sinistrée?s)\s+(?:(?:who\s+are|who\s+were|now)\s+)?"
    r"(?:housed|sheltered|sheltering|staying|living|accommodated|hébergée?s|accueillie?s|logée?s)\s+"
    r"(?:in|at|dans|à|au|aux|sur)\b",
    re.IGNORECASE,
)
_MOVE_VERBS = r"relocate|evacuate|move|resettle|repatriate|transfer|shift|deport|expel|evict"
#: "The government plans to relocate", "are preparing to evacuate", "prévoient d'évacuer", "a contingency plan
#: foresees the evacuation of": a movement to come.
_PLANNED_BEFORE_RE = compile_guarded(
    rf"(?:(?:(?:plans?|planning|planned|prepar(?:es?|ing|ed)|intends?|intending|aims?|seeks?|wants?|ready|"
    rf"getting\s+ready|scheduled|due|set)\s+to|will|would)\s+(?:{_MOVE_VERBS})|"
    r"(?:vont|va|devaient|devait|allaient|allait)\s+(?:évacuer|reloger|déplacer|relocaliser|rapatrier|réinstaller|"
    r"transférer|expulser)|"
    r"(?:prévoi\w*|envisag\w*|s['’]appr[êe]t\w*|se\s+prépar\w*|prépar\w*|comptent|compte|doi(?:t|vent)|devr\w*)\s+"
    r"(?:d['’]|de\s+|à\s+)?(?:évacuer|reloger|déplacer|relocaliser|rapatrier|réinstaller|transférer|expulser)|"
    r"(?:foresees|envisages|provides\s+for|calls\s+for|prévoit|envisage)\s+(?:the\s+|l['’]\s*)?"
    r"(?:evacuation|relocation|resettlement|évacuation|relocalisation|réinstallation)\s+(?:of|de|d['’]))\s+"
    r"(?:(?:some|about|around|over|more\s+than|up\s+to|nearly|an\s+estimated|at\s+least|a\s+further|another|"
    r"quelque|environ|plus\s+de|près\s+de|jusqu['’]à|au\s+moins|encore)\s+)?\Z",
    re.IGNORECASE,
    before=r"\b",
)
#: "40 families planned for next month", "200 ménages est prévue pour décembre": the count of a plan.
_PLANNED_AFTER_RE = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,2}?(?:(?:is|are|was|were)\s+)?(?:planned|scheduled)\s*(?:[.;,)]|$)|"
    r"\s+(?:[^\W\d_]+\s+){0,2}?(?:(?:is|are|was|were)\s+)?(?:planned|scheduled)\s+(?:for\b|to\s+(?:start|begin|"
    r"be\s+(?:relocated|evacuated|moved|resettled|transferred)))|"
    r"\s+(?:[^\W\d_]+\s+){0,2}?(?:(?:est|sont)\s+)?(?:prévue?s?|programmée?s?)\s+(?:pour|en|d['’]ici|à)\b|"
    # "a further 15,000 at risk of new landslides are to be evacuated"
    r"\s+(?:[^\W\d_]+\s+){0,6}?(?:are|is)\s+to\s+be\s+(?:evacuated|relocated|moved|resettled|transferred)\b",
    re.IGNORECASE,
)


def _planned(text: str, quantity: Quantity) -> bool:
    """``_PLANNED_BEFORE_RE`` before the number or ``_PLANNED_AFTER_RE`` after it, tried only where one of their
    words is near (substring tests cost a fraction of a pattern search)."""
    w = text[max(0, quantity.start - 60) : quantity.start].lower()
    if (
        "locat" in w or "locali" in w or "vacu" in w or "move" in w or "settle" in w or "patri" in w
        or "transf" in w or "shift" in w or "deport" in w or "expel" in w or "evict" in w or "reloger" in w
        or "déplacer" in w or "réinstall" in w or "expulser" in w
    ) and _PLANNED_BEFORE_RE.search(text, max(0, quantity.start - 60), quantity.start):  # fmt: skip
        return True
    w = text[quantity.end : quantity.end + 60].lower()
    return (
        "plann" in w or "schedul" in w or "prévu" in w or "programm" in w or "to be" in w
    ) and _PLANNED_AFTER_RE.match(text, quantity.end) is not None


_AID_VERBS = (
    r"assisted|fed|vaccinated|treated|screened|served|(?:a|ont)\s+(?:assisté|soigné|vacciné|nourri|"
    r"pris\s+en\s+charge)|"
    # "WFP distributed food to 240,000 displaced people", "le PAM a distribué des vivres à 12 000 déplacés"
    r"(?:distributed|delivered|provided|handed\s+out)\s+(?:[\w'’-]+\s+){0,5}?(?:food|aid|assistance|relief|cash|"
    r"water|kits?|supplies|rations|items|blankets|vouchers|medicines?|meals)\s+(?:[\w'’-]+\s+){0,3}?to|"
    r"(?:a|ont)\s+(?:distribué|fourni|livré|remis)\s+(?:[\w'’-]+\s+){0,5}?(?:vivres|nourriture|aide|assistance|"
    r"kits?|eau|articles|couvertures|bons|rations|repas|médicaments|argent)\s+(?:[\w'’-]+\s+){0,3}?(?:à|aux)"
)
_AIDED_BEFORE_RE = compile_guarded(
    rf"(?:{_AID_VERBS})\s+(?:(?:some|about|around|over|more\s+than|nearly|an\s+estimated|at\s+least|plus\s+de|"
    r"près\s+de|environ|quelque)\s+)?\Z",
    re.IGNORECASE,
    before=r"\b",
)
_AIDED_WHOLE_BEFORE_RE = compile_guarded(
    rf"(?:{_AID_VERBS})\s+(?:[^.;:]|\.(?=\d)){{0,60}}\Z", re.IGNORECASE, before=r"\b"
)
_PART_BEFORE_RE = re.compile(r"\b(?:including|among\s+them|of\s+whom|dont|parmi\s+(?:eux|elles))\s+\Z", re.IGNORECASE)
_APPROX_OF_RE = re.compile(r"\s+(?:de|d['’]|of)\s", re.IGNORECASE)
_OF_THEM_AFTER_RE = re.compile(r"\s+(?:of\s+(?:them|which)|d['’]entre\s+(?:eux|elles))\b", re.IGNORECASE)
_AVERAGE_BEFORE_RE = re.compile(
    r"(?:\b(?:averag(?:ed|ing|es?)|en\s+moyenne|moyenne\s+de)\s+|"
    # "The average household size among newly displaced families was six", "la taille moyenne des ménages est de 6"
    r"\b(?:household|family)\s+size\b[^.;:\d]{0,60}?\b(?:was|is|of|stood\s+at|at)\s+|"
    r"\btaille\s+moyenne\s+des\s+(?:ménages|familles)\b[^.;:\d]{0,60}?\b(?:est|était|de)\s+(?:de\s+)?)"
    r"(?:(?:some|about|around|over|environ|plus\s+de)\s+)?\Z",
    re.IGNORECASE,
)
#: A number right after a cue: "yellow stickers on 1,200", "on a further 2,900".
_DIGIT_NEXT_RE = re.compile(r"\s+(?:a\s+further\s+|another\s+)?\d")
#: So many per thing: "(six to ten) families each", "ménages chacun(e)".
_EACH_AFTER_RE = re.compile(
    r"(?:\s+[^\W\d_]+){1,2}?\s+(?:each|apiece|chacune?|par\s+(?:bloc|immeuble|maison|site|camp|ménage))\b"
    # (at the clause's end: "12,000 displaced families each received a tarpaulin" counts families)
    r"(?=\s*(?:[,.;)]|$|\s(?:and|or|et|ou)\s))",
    re.IGNORECASE,
)
_PER_DAY_AFTER_RE = re.compile(
    # (also past the verb: "Plus de 1 000 Afghans expulsés d'Iran franchissent chaque jour le poste-frontière"; not a
    # count over a day: "fled in just a day", "in less than a week", "displaced for over a week")
    r"\s+(?:(?!(?:in|within|over|for|under|than|just|only|en|dans|moins|plus|après|after|of|about|around|nearly)\b)"
    r"[\w'’-]+\s+){0,6}?(?:a|per|each|every|par|chaque)\s+(?:day|jour|week|semaine)\b"
    r"(?!\s+(?:for|during|pendant|ago|earlier|before|previously|later|prior|auparavant|avant|of|after|après|since|"
    r"into|on|plus\s+tard)\b)",
    re.IGNORECASE,
)
# (spaces and words taken possessively: each ends where the next word starts)
_AID_AFTER_RE = re.compile(
    r"\s++(?:[\w-]++\s++){0,3}?(?:for|pour)\s+(?:multi-?purpose\s+|emergency\s+|monthly\s+|des\s+|les\s+)?(?:cash|"
    r"assistance|aid|food|distributions?|vouchers?|kits?|rations?|une\s+aide|l['’]aide|des\s+vivres|transferts?\s+"
    r"monétaires|transfers?)\b|"
    # who received aid: "25 000 ménages déplacés ont été assistés en vivres", "were assisted with cash"
    r"\s++(?:[\w'’-]++\s++){0,4}?(?:assistée?s|assisted|aidée?s|servie?s)\s+(?:en|avec|with|par)\b|"
    # children enrolled in school: "2,300 displaced children were enrolled in temporary learning spaces"
    r"\s++(?:[\w-]++\s++){0,4}?(?:enrolled|scolarisée?s)\b|"
    # who a plan targets: "380 000 déplacés internes ciblés par le cluster", "2 million people targeted"
    r"\s++(?:[\w-]++\s++){0,3}?(?:ciblée?s|targeted)\b|"
    # who will be paid: "Some 5,000 households in Mathare will receive KSh 10,000 each to help them relocate"
    r"\s++(?:[\w-]++\s++){0,6}?(?:(?:will|would|shall|are\s+to)\s+(?:each\s+|also\s+)?(?:receive|get|be\s+paid)|"
    r"recevront|vont\s+recevoir)\b",
    re.IGNORECASE,
)
_CAMPAIGN_BEFORE_RE = re.compile(
    r"\b(?:vaccin\w*|immuni[sz]\w*|campaign|campagne|programme|program|distribution)\b", re.IGNORECASE
)
#: Who reached people with aid: "Medical teams reached 7,800 people", "les équipes mobiles ont atteint".
_AID_TEAMS_BEFORE_RE = re.compile(
    r"\b(?:medical|health|mobile|aid|relief|humanitarian|outreach|vaccination|nutrition|wash|protection)\s+"
    r"(?:teams?|workers|staff|partners|clinics?|agencies)\b|\b(?:équipes|cliniques)\s+(?:mobiles|médicales)\b",
    re.IGNORECASE,
)
_REACHED_BEFORE_RE = re.compile(
    r"\b(?:reached|atteint)\s+(?:(?:some|about|around|over|more\s+than|plus\s+de)\s+)?\Z", re.IGNORECASE
)
_WITH_AID_AFTER_RE = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:with|avec)\s+(?:\w+\s+){0,2}?(?:food|water|aid|assistance|cash|"
    r"supplies|kits|vivres|eau|aide|assistance|kits)\b",
    re.IGNORECASE,
)


def _smaller_whole(quantity: Quantity, whole: str) -> bool:
    """Whether the number of ``whole`` (" sur 246", " of the 20") is smaller than ``quantity``: no part of it."""
    digits = "".join(c for c in whole if c.isdigit())
    return quantity.value is not None and digits != "" and len(digits) < 10 and int(digits) < quantity.value


#: "18 des 23 provinces", "12 of the 20 districts": a part of a whole that counts other things.
_OF_WHOLE_OTHER_RE = re.compile(
    r"\s+(?:of\s+(?:the\s+|its\s+|their\s+)?|des\s+|sur\s+(?:les\s+)?)\d[\d,.\s]*?(?=\s)", re.IGNORECASE
)
_AT_RISK_AFTER_RE = re.compile(
    # (the people's own words between, not a verb of theirs: "800,000 Afghans without proof of registration face
    # arrest and deportation", but not "2,000 people who fled … face eviction")
    r"\s+(?:(?!(?:who|which|that|qui|fled|displaced|déplacée?s|fui|had|have|has|were|are|ont|sont)\b)[^\W\d_]+\s+)"
    r"{0,6}?(?:risk|are\s+at\s+risk\s+of|face|facing|could\s+face|may\s+face|risquent|"
    r"sont\s+menacée?s\s+d['’e])\s+(?:facing\s+|being\s+|être\s+|d['’]être\s+)?"
    r"(?:[^\W\d_]+\s+(?:and|or|et|ou)\s+)?"
    r"(?:displacement|displaced|eviction|evicted|deportation|deported|déplacement|déplacée?s|expulsion|expulsée?s)\b",
    re.IGNORECASE,
)
#: "7,849 people living near the debris had been told to be ready to move", "2 000 habitants ont été invités à se
#: tenir prêts à partir": people warned, who have not moved.
_READY_TO_MOVE_RE = re.compile(
    # the figure's own verb, in its clause: no "and", "while" or "but" between (commas and relative clauses may be)
    r"(?:\s+(?!(?:and|while|but|whereas|et|mais|tandis|alors)\b)[\w'’,-]+){0,8}?\s+"
    r"(?:(?:had|have|has)\s+been\s+|were\s+|was\s+|are\s+|is\s+|ont\s+été\s+|sont\s+)"
    r"(?:(?:told|asked|advised|warned|urged)\s+to\s+(?:be\s+ready|prepare|get\s+ready|stand\s+by|pack)|on\s+standby|"
    # ("Les 84 habitants ont été invités à préparer leurs affaires")
    r"(?:invitée?s|appelée?s|priée?s)\s+à\s+(?:se\s+(?:préparer|tenir\s+prête?s)|préparer\s+leurs\s+affaires))\b",
    re.IGNORECASE,
)


def _ready_to_move(text: str, position: int) -> bool:
    """``_READY_TO_MOVE_RE`` at ``position``, tried only where one of its verbs is near; not for people said to
    have moved on the way ("2,000 people who were evacuated on Monday have been told to be ready to move again")."""
    w = text[position : position + 120]
    if not (
        "told" in w or "asked" in w or "advised" in w or "warned" in w or "urged" in w or "standby" in w
        or "invité" in w or "appelé" in w or "prié" in w
    ):  # fmt: skip
        return False
    match = _READY_TO_MOVE_RE.match(text, position)
    return match is not None and _MOVED_WORD_RE.search(text, position, match.end()) is None


_MOVED_WORD_RE = re.compile(
    r"\b(?:evacuated|displaced|fled|fleeing|relocated|refugees|idps|evacuees|évacuée?s|déplacée?s|réfugiée?s|"
    r"ont\s+fui)\b",
    re.IGNORECASE,
)


#: People who stayed: "fewer than 200 residents remain out of 17,000", "seuls 300 habitants sont restés".
_STAYED_RE = re.compile(
    # "with about 26,000 still remaining": who stayed behind
    r"\s+(?:still\s+)?remaining\s*(?:[,.;)]|\Z)|"
    r"\s+(?:residents?|inhabitants?|people|persons|civilians|habitants|personnes)\s+(?:still\s+)?"
    r"(?:remain(?:s|ed|ing)?|stayed|sont\s+restée?s|restent)(?:\s+(?:behind|there|in\s+(?:the\s+)?(?:town|city|village|area)|"
    # (not "3,650 people remained out of their homes": away from them)
    r"sur\s+place|dans\s+la\s+ville))?\s*(?:[,.;)]|out\s+of(?!\s+(?:their|his|her)\s+(?:homes?|houses?|dwellings?|"
    r"villages?)\b)|\Z)",
    re.IGNORECASE,
)


#: People who have not moved, or not yet: "another 23,000 remained confined in rural areas", "3,300 residents of
#: Wajima and Suzu remained cut off", "11,500 residents, including 580 children, still lived in the area", "1.8
#: million people live in flood-prone areas", "15,000 people are at risk of further slides and need to be relocated",
#: "2 000 habitants restent confinés".
_NOT_MOVED_RE = re.compile(
    # (not past a verb of the figure's own: "46 homes were destroyed and roads remained cut off")
    r"(?:\s*,?\s+(?!(?:who|which|whose|qui|dont|while|but|mais|tandis)\b)(?!(?:were|are|was|is|have\s+been|has\s+been|"
    r"had\s+been|been|ont\s+été|sont|étaient|avaient\s+été)\s+(?:\w+\s+)?(?:destroyed|damaged|displaced|evacuated|"
    r"relocated|flooded|washed|swept|burn[te]d?|razed|détruite?s|endommagée?s|déplacée?s|évacuée?s|relogée?s|inondée?s|"
    r"emportée?s|incendiée?s)\b)[\w'’-]+){0,8}?\s*,?\s+(?P<verb>"
    r"(?:remain(?:ed|s)?|were|are|was|is|stay(?:ed|s)?|restent|restaient|sont|étaient|demeurent)\s+(?:still\s+|"
    r"toujours\s+)?(?:confined|trapped|stranded|besieged|cut\s+off|isolated|confinée?s|bloquée?s|piégée?s|"
    r"isolée?s|coincée?s|assiégée?s|enclavée?s)"
    # (not cut off by floodwater: "1.24 million families are stranded by floodwater", affected people)
    r"(?!\s+by\s+(?:the\s+)?(?:rising\s+)?(?:flood\s*waters?|waters?|floods?|flooding)\b)|"
    # "were advised to remain sheltering in place rather than evacuate": they stayed at home
    r"shelter(?:ed|ing)?\s+in\s+place|"
    # "About three thousand residents are still refusing to leave"
    r"(?:(?:are|were|is|was)\s+(?:still\s+)?refusing|refused|refuse|(?:ont\s+)?refus(?:ent|aient|é))\s+"
    r"(?:to\s+(?:leave|evacuate|move)|de\s+(?:partir|quitter|évacuer))"
    # (not a camp's people: "300 families refused to leave the camp")
    r"(?!\s+(?:the\s+|le\s+|les\s+|leurs?\s+)?(?:camps?|sites?|shelters?|abris|centres?))|"
    r"still\s+(?:live[ds]?|living)\s+(?:in\s+(?:the|their)\s+(?:area|zone|town|city|village|neighbou?rhood)s?|there)\b|"
    r"(?:live[ds]?|living)\s+in\s+(?:[\w-]+\s+){0,2}?(?:(?:flood|landslide|cyclone|disaster|drought|erosion|"
    r"hazard)[\s-]*prone|(?:high|at)[\s-]*risk|risk)\s+(?:areas?|zones?)|"
    r"(?:need|needs|will\s+need|must|have\s+to|will\s+have\s+to)\s+(?:to\s+)?be\s+(?:relocated|evacuated|moved|"
    r"resettled)|(?:doivent|devront|devraient)\s+être\s+(?:relogée?s|évacuée?s|déplacée?s|réinstallée?s))\b",
    re.IGNORECASE,
)


def _not_moved(text: str, position: int) -> bool:
    """``_NOT_MOVED_RE`` after the figure, tried only where one of its words is near; not for people said to have
    moved on the way ("5,000 people fled and remain stranded at the border", "10,000 displaced remain trapped")."""
    w = text[position : position + 140].lower()
    if not (
        "confin" in w or "trapped" in w or "strand" in w or "besieged" in w or "cut off" in w or "isol" in w
        or "bloqu" in w or "piég" in w or "coinc" in w or "assiég" in w or "enclav" in w or "live" in w
        or "living" in w or "to be" in w or "être" in w or "in place" in w or "refus" in w
    ):  # fmt: skip
        return False
    match = _NOT_MOVED_RE.match(text, position)
    if match is None or _MOVED_WORD_RE.search(text, position, match.start("verb")) is not None:
        return False
    # people a flood, a landslide or snow cut off where they are are "affected" (the writers' call: "people
    # stranded or isolated by floods"), read by the affected cue; cut off by a siege or fighting, they did not move
    return not (
        _CUT_OFF_VERB_RE.search(match.group("verb")) is not None
        and _HAZARD_NEAR_RE.search(text, max(0, position - 300), position + 300) is not None
        and _SIEGE_NEAR_RE.search(text, max(0, position - 300), position + 300) is None
    )


#: Being cut off where one is ("remained cut off", "restent isolés"), not confined or trapped.
_CUT_OFF_VERB_RE = re.compile(r"cut\s+off|isolated|stranded|isolée?s", re.IGNORECASE)
#: A natural hazard near a figure.
_HAZARD_NEAR_RE = re.compile(
    r"\b(?:flood\w*|landslides?|mudslides?|earthquakes?|quake|cyclones?|typhoons?|hurricanes?|storms?|snow\w*|"
    r"rains?|inondations?|crues?|glissements?\s+de\s+terrain|séismes?|tremblement|tempêtes?|pluies|neige)\b",
    re.IGNORECASE,
)
#: A civil defence near a figure (the authority whose word for an evacuation is "protected").
_CIVIL_DEFENCE_NEAR_RE = re.compile(r"\b(?:civil\s+defen[cs]e|défense\s+civile|defensa\s+civil)\b", re.IGNORECASE)
#: A siege or fighting near a figure.
_SIEGE_NEAR_RE = re.compile(
    r"\b(?:sieges?|besieged|blockade\w*|fighting|clashes|armed|gangs?|siège|assiégée?s|blocus|combats|affrontements|"
    r"attaques?|attacks?|encircled|encerclée?s?|jihadistes?|djihadistes?|rsf|militants?|insurgents?|rebels?|forces)\b",
    re.IGNORECASE,
)


#: A label that counts the places a disaster hit: "Municipalities affected: ", "Counties affected – ", "communes
#: touchées : ".
_AREAS_AFFECTED_BEFORE_RE = re.compile(
    r"\b(?:municipalit(?:y|ies)|count(?:y|ies)|districts?|provinces?|regions?|states?|villages?|barangays?|communes?|"
    r"localités?|localities|départements?|régions?|upazilas?|woredas?|towns?|cities|schools?|écoles?|"
    r"municipios?|munic[ií]pios?)\s+(?:affected|touchée?s|sinistrée?s|impacted|hit|inondée?s|flooded|afectados?|"
    r"atingidos?)\s*[:=–-]?\s*\Z",
    re.IGNORECASE,
)
_FACILITIES_RE = re.compile(
    # ("Sites d'hébergement : 97", "Centres d'accueil : 12": the French noun of the places, then what they are for)
    r"(?:centres|centers|camps|sites|shelters|abris|locations|points|posts|lieux)(?:\s+d['’][^\W\d_]+|\s+de\s+[^\W\d_]+)?$",
    re.IGNORECASE,
)
#: A cell of a key-figure line that opens with where people are: "| in public shelters: 81,170", "| dans des écoles :".
_WHERE_CELL_RE = re.compile(
    r"(?:^|[|•·;]|\s[–—-])\s*(?:in|at|dans|en)\s+(?:the\s+|les\s+|des\s+)?(?:[\w-]+\s+)?\Z",
    re.IGNORECASE | re.MULTILINE,
)
#: "People in safety centres: 6,438": the label names people.
_PEOPLE_IN_RE = re.compile(
    r"\b(?:people|persons|individuals|families|households|idps|pdi|personnes|ménages|familles|déplacée?s|still|"
    r"remaining|toujours|evacuated|moved|évacuée?s|inmates|residents|occupants|evacuees|habitants|sinistrés)\s+"
    # "Persons residing in relief camps: 6.93 lakh"
    r"(?:(?:residing|living|staying|sheltering|sheltered|housed|accommodated|vivant|hébergée?s|logée?s)\s+)?"
    r"(?:in|at|to|into|inside|dans|sur|en|vers)\s+(?:the\s+|les\s+|des\s+)?"
    r"(?:\d[\d,.\s]*\s+)?(?:[\w-]+\s+)?\Z",
    re.IGNORECASE,
)


OF_THEM_HEADS = ("of them", "of whom", "d'entre", "d’entre")


def read_quantity(
    text: str, quantity: Quantity, cues: list[Cue], bounds: tuple[int, int], inherited: Reading | None = None
) -> Reading | None:
    """Read a candidate ``quantity`` (see :func:`is_candidate`) between the neighbouring candidates at
    ``bounds`` (low, high); None if it is no displacement figure."""
    head = find_head(text, quantity.end)
    high = bounds[1]
    qualifier, qualifier_start = qualifier_for(text, quantity.start, quantity.end, approximate=quantity.approximate)
    if (
        head is not None
        and head.text.startswith(",")
        and _AFTER_LABEL_RE.search(text, max(0, qualifier_start - 80), qualifier_start)
    ):
        head = None  # "Dead: 45, displaced: 300": after a label's colon, the next item's noun is not this one's
    if (
        head is not None
        and head.text.startswith(",")
        and _LIST_ITEM_LABEL_RE.search(text, max(0, qualifier_start - 40), qualifier_start)
    ):
        head = None  # "deaths 98, injured 210, houses damaged 1,476": the next item's noun is not this one's
    if head is None:
        head = find_head_before(text, qualifier_start)
    head_end = head.end if head is not None and head.end > quantity.end else quantity.end
    if _camp_homes_destroyed(text, qualifier_start, quantity.end):
        # "destroyed around 2,000 shelters", "1,600 IDP shelters burned": the shelters are the homes counted, not
        # where people are; nor does "IDP" before the noun make people of them
        noun_end = _SHELTER_NOUN_RE.match(text, quantity.end)
        last = noun_end.end() if noun_end is not None else quantity.end
        # (the camp named between the shelters and their verb is where they stood: "1,400 shelters in Abu Shouk camp
        # were burnt")
        told = _SHELTERS_DESTROYED_RE.match(text, quantity.end)
        reach = max(quantity.end + 20, told.end() if told is not None else 0)
        cues = [
            c
            for c in cues
            if not (c.term in _PLACES_TERMS and quantity.end <= c.start <= reach)
            and not (c.term not in HOUSING_TERMS and quantity.end <= c.start < last)
        ]
        head = Head(Unit.HOUSEHOLD, quantity.end, "shelters")
    if any(cue.flooding for cue in cues):
        # Flooding damages buildings, and says so right beside their count: "12,088 flooded homes", "500 homes were
        # flooded", "… and 800 flooded"; not "residents of flooded areas", "homes cut off by submerged roads".
        labelled = None
        if head is None and (
            labelled := next(
                (
                    c
                    for c in cues
                    if c.flooding
                    and c.end <= qualifier_start
                    and _LABEL_GAP_RE.fullmatch(text, c.end, qualifier_start)
                    and BUILDING_WORDS_RE.search(text, text.rfind("\n", 0, c.start) + 1, c.start)
                    # (the participle alone in its item: "… | inondées : 4 120", not "| Champs inondés : 450")
                    and _ITEM_START_BEFORE_RE.search(text, max(0, c.start - 6), c.start) is not None
                ),
                None,
            )
        ):
            # "Cases détruites : 2 412 | endommagées : 6 180 | inondées : 4 120": the line's houses, flooded
            head = Head(Unit.HOUSEHOLD, quantity.end, labelled.text)
        building = is_building(head)
        cues = [
            cue
            for cue in cues
            if not cue.flooding
            or cue is labelled
            or (
                building
                and head is not None
                and quantity.end <= cue.start
                and cue.start - head.end <= 24
                and not _AREA_AFTER_RE.match(text, cue.end)
            )
            or (building and head is not None and quantity.end <= cue.start < head.end)
            # "les pluies ont inondé 1 200 maisons", "flooded more than 3,000 homes": the verb right before
            or (building and head is not None and 0 <= qualifier_start - cue.end <= 3)
            # "inundated the homes of 9,000 households": the homes of the households counted
            or (head is not None and _HOMES_OF_GAP_RE.fullmatch(text, cue.end, qualifier_start) is not None)
            # "50 familles ont vu leur maison inondée", "families who had their homes flooded": their homes
            or (
                head is not None
                and head.end <= cue.start <= head.end + 80
                and _THEIR_HOMES_BEFORE_RE.search(text, head.end, cue.start) is not None
            )
            or (head is None and 0 <= cue.start - quantity.end <= 3)
        ]
    if head is not None and head.unit is Unit.PERSON and any(c.term in HOUSING_TERMS for c in cues):
        # "Some 1,000 people, many of them from areas where houses collapsed, spent a third night in evacuation
        # centres": people are not houses; the houses' wording in a clause about a place is that clause's, when the
        # people have their own
        own = [
            c
            for c in cues
            if c.term not in HOUSING_TERMS
            or not _WHERE_CLAUSE_BEFORE_RE.search(text, max(quantity.end, c.start - 60), c.start)
        ]
        if len(own) < len(cues) and any(c.kind is CueKind.TERM and c.term not in HOUSING_TERMS for c in own):
            cues = own
    cue = _choose_cue(text, cues, bounds, qualifier_start, quantity.end, head_end, is_building(head))
    if (
        cue is not None
        and cue.term is Term.EVACUATED
        and cue.text == "protected"
        and (
            text[cue.end : cue.end + 1] in (".", ";", ",")
            or text[max(0, cue.start - 12) : cue.start].lower().endswith(("authorities ", "defence ", "defense "))
        )
        and (
            _HAZARD_NEAR_RE.search(text, max(0, qualifier_start - 300), qualifier_start + 300) is None
            or _CIVIL_DEFENCE_NEAR_RE.search(text, max(0, qualifier_start - 500), qualifier_start + 500) is None
        )
    ):
        return None  # people "protected" with no storm and no civil defence near: not an evacuation (Cuba's word)
    if (
        cue is not None
        and cue.term is Term.SHELTERED
        and cue.text.startswith("state ")
        and _HAZARD_NEAR_RE.search(text, max(0, qualifier_start - 300), qualifier_start + 300) is None
    ):
        return (
            None  # "90,000 children live in care, 40,000 of them in state institutions": Cuba's shelters need a storm
        )
    if cue is not None and cue.term not in HOUSING_TERMS:
        # "damaged or destroyed the shelters of 3,850 displaced families": the homes of those people, counted by
        # them (not what the people's own word says of them)
        homes_of = next(
            (
                c
                for c in cues
                if c.term in HOUSING_TERMS
                and c.end <= qualifier_start
                and _HOMES_OF_GAP_RE.fullmatch(text, c.end, qualifier_start) is not None
            ),
            None,
        )
        if homes_of is not None:
            cue = homes_of
    if cue is not None and cue.term is Term.AFFECTED and cue.end <= qualifier_start:
        # "… à reloger les sinistrés : 3 000 personnes ont été transférées dans deux camps": the figure's own verb,
        # right after it, says more than the word of the clause before
        own_verb = next(
            (
                c
                for c in cues
                if c.kind is CueKind.TERM
                and c.term is not Term.AFFECTED
                and c.term not in HOUSING_TERMS
                and head_end <= c.start <= head_end + 40
                and _OWN_VERB_GAP_RE.fullmatch(text, head_end, c.start) is not None
            ),
            None,
        )
        cue = own_verb or cue
    if cue is not None and cue.term is Term.MULTIPLE_OR_OTHER and _ARRIVAL_CUE_RE.search(cue.text):
        # "5,000 returnees arrived", "800 déplacés sont arrivés", "6 500 nouveaux réfugiés sont arrivés": the people's
        # own noun says what they are; only people with no such noun are arrivals, the vocabulary's catch-all
        named = [
            c
            for c in cues
            if c.kind is CueKind.TERM
            and c.term is not Term.MULTIPLE_OR_OTHER
            and not c.weak
            and quantity.end <= c.start < max(head_end, cue.start)
            and c.start - quantity.end <= 30
        ]
        if named:
            cue = named[0]
    if (
        head is not None
        and head.end == qualifier_start
        and (
            cue is None
            # "le nombre de déplacés internes a dépassé les 110 000, la quasi-totalité ayant fui …": the wording
            # after a clause break tells of how they came, the noun before says what is counted
            or (cue.start >= quantity.end and _CLAUSE_BREAK_RE.search(text, quantity.end, cue.start) is not None)
        )
    ):
        # "the number of Malian refugees in the camp and nearby villages has passed 250,000": the wording is in
        # the noun written before the figure
        inside = [c for c in cues if c.kind is CueKind.TERM and qualifier_start - len(head.text) <= c.start < head.end]
        cue = inside[0] if inside else cue  # the counted noun comes first
    term = cue.term if cue is not None and cue.kind is CueKind.TERM else None
    if cue is not None and cue.kind is CueKind.CASUALTY:
        return None
    if (
        head is None
        and cue is not None
        and cue.end <= qualifier_start
        and cue.term in _PLACES_TERMS
        and _FACILITIES_RE.search(cue.text)
        and _LABEL_GAP_RE.fullmatch(text, cue.end, qualifier_start)
        and not _PEOPLE_IN_RE.search(text, max(0, cue.start - 30), cue.start)
        # ("… | in public shelters: 81,170": a cell that says where, whose people the line's other cells name)
        and not _WHERE_CELL_RE.search(text, max(0, cue.start - 30), cue.start)
    ):
        return None  # "Safety centres: 112", "Camps: 45": the label counts places, not people
    if term is Term.AFFECTED and _AREAS_AFFECTED_BEFORE_RE.search(text, max(0, qualifier_start - 40), qualifier_start):
        return None  # "Municipalities affected: 446", "communes touchées : 120": places, not people
    if (
        term is Term.SHELTERED
        and cue is not None
        and _GENERIC_SHELTER_RE.fullmatch(cue.text)
        and not _shelter_place_after(text, cue)
        and any(c.term is Term.IN_RELIEF_CAMP and c.end <= qualifier_start for c in cues)
    ):
        # "set up 1,537 relief camps and 2.14 lakh people have been accommodated": housed in those camps
        term = Term.IN_RELIEF_CAMP
    if (
        term is Term.RELOCATED
        and cue is not None
        and cue.start >= head_end
        and _TO_SAFETY_CUE_RE.fullmatch(cue.text)
        and _EVACUATED_VERB_BEFORE_RE.search(text, max(0, qualifier_start - 30), qualifier_start)
    ):
        # "the district administration evacuated 3,400 people to higher ground": an evacuation, told with its
        # destination
        term = Term.EVACUATED
    if term in _PLACES_TERMS and cue is not None and OR_WITH_HOSTS_AFTER_RE.match(text, cue.end):
        # "still live in temporary housing or with relatives", "remain in displacement sites and host communities":
        # one count over several kinds of place: the catch-all (the writers' call since the sixteenth session)
        term = Term.MULTIPLE_OR_OTHER
    mixed = False
    if (
        term in (Term.EVACUATED, Term.FORCED_TO_FLEE)
        and cue is not None
        and "vacu" in text[head_end : min(high, head_end + 90)].lower()  # (a cheap test first: evacuated, évacuées)
        and (either := _LEFT_OR_EVACUATED_RE.search(text, head_end, min(high, head_end + 90))) is not None
        and not _SENTENCE_BREAK_RE.search(text, head_end, either.start())
        and either.start() <= cue.end <= either.end()
    ):
        # "4,500 residents left or were evacuated", "ont fui ou ont été évacuées": one count of two movements, the
        # catch-all (the writers' call since the thirty-first session); a flight's category all the same
        mixed = True
    if (
        (
            term in _MIXED_PLACES_TERMS
            # (people with relatives are "displaced" by the place, not by the verb: "hébergés chez des proches ou
            # dans des gîtes" is one count over two kinds of place)
            or (term is Term.DISPLACED and cue is not None and _HOSTS_CUE_RE.search(cue.text) is not None)
        )
        and cue is not None
        # (a cheap test first: the people's stay is told somewhere in the window)
        and _STAY_BEFORE_RE.search(text, head_end, min(high, head_end + 220)) is not None
        and (where := _MIXED_PLACES_RE.search(text, head_end, min(high, head_end + 220))) is not None
        and not _OTHERS_SPLIT_RE.search(text, head_end, where.start())
        and not _SENTENCE_BREAK_RE.search(text, head_end, where.start())
        # (the figure's people staying there, said right before the places: not "… fled their villages and aid
        # agencies distributed food in camps and with host families")
        and _STAY_BEFORE_RE.search(text, max(head_end, where.start() - 40), where.start() + 1) is not None
    ):
        # "fled their homes and are staying with host families or in schools", "ont été accueillies chez des voisins
        # ou dans des écoles", "s'abriter dans des écoles, des mosquées ou chez des voisins": one count over several
        # kinds of place, the catch-all (the writers' call since the sixteenth session; not "the rest with
        # relatives", a part of its own, nor where an evacuation took them: "evacuated to schools and relatives'
        # homes"); the term is given to the fact once its category is read from its own wording (a flight, a stay)
        mixed = True
    if term is None and is_building(head) and _building_flooded(text, qualifier_start, quantity.end, high):
        term = Term.AFFECTED
    if term is None and inherited is not None:
        term = inherited.term
    if term is None:
        return None
    hosted = (
        cue is not None
        and cue.term in _PLACES_TERMS
        and cue.end <= qualifier_start
        and (
            _HOSTS_RE.search(text, max(0, qualifier_start - 36), qualifier_start) is not None
            or _PRONOUN_HOSTS_RE.search(text, max(0, qualifier_start - 36), qualifier_start) is not None
        )
    )
    if not hosted and not _close_enough(text, quantity, head, cue, inherited, qualifier_start):
        # "35,326 Brus ... took shelter in six camps": the wording starts close by, though a later word decides
        first = next((c for c in cues if c.start >= quantity.end and c.kind is CueKind.TERM), None)
        if first is None or cue is None or first.start >= cue.start:
            return None
        if not _close_enough(text, quantity, head, first, inherited, qualifier_start):
            return None
    if term in HOUSING_TERMS and head is not None and head.text.lower().startswith(OF_THEM_HEADS):
        head = None  # "20 houses damaged, five of them destroyed": "of them" are the houses
    if (
        term in HOUSING_TERMS
        and cue is not None  # (not a term inherited from the figure before, with no wording of its own)
        and head is not None
        and not is_building(head)
        and _WHOSE_RE.match(text, head.end)
    ):
        # "300 personnes dont les maisons ont été emportées ont été évacuées", "families whose homes were destroyed
        # have been relocated": the homes are told in a relative clause, what happened to the people after it
        housing = cue
        cue = next(
            (
                c
                for c in cues
                if c.kind is CueKind.TERM
                and c.term not in HOUSING_TERMS
                and c.term is not Term.AFFECTED
                and housing.end <= c.start <= housing.end + 60
                and not _FUTURE_BEFORE_RE.search(text, max(0, c.start - 24), c.start)  # "seront relogées"
            ),
            housing,  # "300 families whose houses were damaged": their homes, then
        )
        term = cue.term or term
    if term in HOUSING_TERMS and head is not None and not is_building(head) and head.unit is Unit.PERSON:
        return None  # "300 people ... homes destroyed": the houses are not counted by this number
    if term in _STAY_OR_LEAVE_TERMS and (
        (head is not None and head.unit is Unit.PERSON and _NOT_DISPLACED_HEAD_RE.search(head.text) is not None)
        or (head is None and _NOT_DISPLACED_AFTER_RE.match(text, quantity.end) is not None)
    ):
        # "2,000 tourists slept on the beach", "les 3 000 pèlerins dorment dans des hôtels", "prompted 200 aid workers
        # to leave the town": people away from home for other reasons (their evacuations and flights are still told)
        return None
    unit = head.unit if head is not None else Unit.HOUSEHOLD if term in HOUSING_TERMS else Unit.PERSON
    if head is None and inherited is not None:
        unit = inherited.unit
    if (
        inherited is None
        and head is None
        and quantity.vague
        and not _verb_next(text, quantity, cue)
        # (the verb may be another cue than the term's: "des milliers d'autres ont trouvé refuge chez des proches")
        and not any(_verb_next(text, quantity, c) for c in cues if quantity.end <= c.start <= quantity.end + 40)
        and not (cue is not None and cue.start < quantity.start and cue.end > quantity.end)
        # "dizaines de milliers de sans-abri", "thousands of homeless": the people's own word, right after "of"
        and not (
            cue is not None
            and cue.kind is CueKind.TERM
            and cue.start >= quantity.end
            and _OF_NOUN_GAP_RE.fullmatch(text, quantity.end, cue.start) is not None
            and _PEOPLE_CUE_WORD_RE.fullmatch(cue.text) is not None
        )
    ):
        # "thousands of dollars"; but "thousands fled", "des milliers ont fui", "drives tens of thousands from their
        # homes" count people
        return None
    if qualifier is Qualifier.EXACT and quantity.vague:
        qualifier = Qualifier.APPROXIMATELY
    # (a range with no hedge, "between 250,000 and 300,000", gives its two bounds as reported: exact; "an estimated
    # 5,000 to 6,000", "some 20,000-25,000", "anywhere from 800 to 1,200" are approximately)
    if (
        qualifier is Qualifier.EXACT
        and quantity.max_value is not None
        and (
            _RANGE_HEDGE_RE.search(text, max(0, quantity.start - 30), quantity.start)
            or _RANGE_HEDGE_AFTER_RE.match(text, quantity.end)
        )
    ):
        qualifier = Qualifier.APPROXIMATELY
    if cue is None and inherited is not None:
        cue = inherited.cue  # the wording the figure shares ("Displaced: Kayes 1,200; Ségou 3,400; Mopti 12,900")
    return Reading(
        quantity,
        term,
        unit,
        qualifier,
        qualifier_start,
        head,
        cue,
        inherited is not None,
        bounds,
        mixed and term in _MIXED_TERMS,
    )


#: A hedge before a range: "anywhere between", "roughly from", "on estime entre".
_RANGE_HEDGE_RE = re.compile(
    r"\b(?:anywhere|roughly|approximately|around|about|some|estimated|estimates?|believed|thought|reportedly|"
    r"probably|perhaps|maybe|quelque|environ|approximativement|estimée?s?|estime|estiment|auraient|seraient)\b[^.;:]*\Z",
    re.IGNORECASE,
)
#: … or after it, in its clause: "are believed to have fled", "auraient fui", "is a rough estimate".
_RANGE_HEDGE_AFTER_RE = re.compile(
    r"[^.;:,]{0,40}?\b(?:believed|thought|reportedly|estimated|(?:rough|an)\s+estimate|auraient|seraient|"
    r"estimée?s)\b",
    re.IGNORECASE,
)
_OF_NOUN_GAP_RE = re.compile(r"\s+(?:of|de|d['’])\s*", re.IGNORECASE)
#: The people's own word after a vague figure's "of": "thousands of homeless", "des milliers de sans-abri" (not
#: "hundreds of evacuation orders", "des dizaines de centres d'hébergement").
_PEOPLE_CUE_WORD_RE = re.compile(
    r"(?:homeless|sans[- ]abris?|sans[- ]logis|displaced(?:\s+(?:people|persons|families))?|déplacée?s|evacuees|"
    r"évacuée?s|refugees|réfugiée?s|returnees|rapatriée?s|retournée?s|sinistrée?s|idps|pdi|victims|survivors|"
    r"damnificad[oa]s)",
    re.IGNORECASE,
)
#: Terms of where people stay or that they left, which people away from home for other reasons are not counted by.
_STAY_OR_LEAVE_TERMS = frozenset(
    {Term.HOMELESS, Term.SHELTERED, Term.IN_RELIEF_CAMP, Term.DISPLACED, Term.RELOCATED, Term.FORCED_TO_FLEE}
)
#: The same people named right after a number the head nouns do not know: "300 chauffeurs routiers".
_NOT_DISPLACED_AFTER_RE = re.compile(
    r"\s+(?:pèlerins|touristes|vacanciers|voyageurs|chauffeurs|routiers|supporters|spectateurs|élèves|étudiants|"
    r"délégués|truckers|drivers|fans|spectators|runners|athletes|delegates|hikers|climbers|randonneurs)\b",
    re.IGNORECASE,
)
#: People away from home for other reasons than displacement: tourists, pilgrims, fans, pupils, drivers, aid workers.
_NOT_DISPLACED_HEAD_RE = re.compile(
    r"\b(?:tourists?|touristes?|visitors|guests|pilgrims|pèlerins|passengers|passagers|holidaymakers|vacanciers|"
    r"travell?ers|voyageurs|fans|supporters|spectators|spectateurs|runners|athletes|delegates|délégués|pupils|"
    r"students|élèves|étudiants|drivers|truckers|chauffeurs|routiers|aid\s+workers|humanitarian\s+workers|staff|"
    r"soldiers|troops|fighters|militants|journalists|commuters|shoppers|worshippers|fidèles|hikers|climbers)\b",
    re.IGNORECASE,
)
#: Nothing but an auxiliary (or a people's name) between a vague figure and the verb that tells what its people
#: did: "thousands have fled", "thousands of Rohingya fled", "des milliers ont fui".
#: What may stand between a vague figure and its verb: "thousands more have fled", "tens of thousands have also
#: fled", "des milliers d'autres ont fui", "des centaines ont déjà été évacuées", "des milliers de Kurdes ont fui".
_VERB_NEXT_RE = re.compile(
    r"\s+(?:more\s+|others?\s+|d['’]autres\s+|autres\s+|(?:of|de)\s+(?-i:[A-Z][\w'’-]+)\s+)?"
    r"(?:(?:have|has|had|were|are|ont|sont|avaient|étaient)\s+)?"
    r"(?:(?:also|now|already|reportedly|since|still|également|aussi|déjà|encore)\s+)?(?:(?:been|été)\s+)?"
    # "Thousands made homeless as monsoon rains batter Sylhet", "des milliers laissés sans abri"
    r"(?:(?:left|made|rendered|laissée?s|rendue?s)\s+)?"
    # where they stay, told before the place: "thousands remain in relief camps", "des milliers vivent sous des tentes"
    # ("thousands more are reported to be sleeping in churches")
    r"(?:(?:reported|said|believed|thought)\s+to\s+be\s+)?"
    r"(?:(?:remain(?:s|ed)?|living|staying|sleeping|sheltering|restent|vivent|dorment)\s+(?:(?:still|toujours|encore)\s+)?"
    r"(?:in|at|on|under|dans|sur|sous|aux|au)\s+(?:(?:the|les|la|le|des)\s+)?)?\Z",
    re.IGNORECASE,
)


def _verb_next(text: str, quantity: Quantity, cue: Cue | None) -> bool:
    return (
        cue is not None and cue.start >= quantity.end and _VERB_NEXT_RE.match(text, quantity.end, cue.start) is not None
    )


def _close_enough(
    text: str, quantity: Quantity, head: Head | None, cue: Cue | None, inherited: Reading | None, start: int = -1
) -> bool:
    """A figure needs a counted noun, or its wording right beside it ("483 homeless", "Evacuated: 3,614");
    ``start`` is where the figure's qualifier begins ("Displaced by the floods in Derna: more than 43,000")."""
    if head is not None or inherited is not None:
        return True
    if cue is None:
        return False
    first = quantity.start if start < 0 else start
    between = text[quantity.end : cue.start] if cue.start >= quantity.end else text[cue.end : first]
    # A few words may stand between ("740,000 Muslim minority Rohingya have fled"), but no clause break.
    if len(between) <= 25 or _LIST_LABEL_GAP_RE.fullmatch(between):
        return True
    if cue.end <= quantity.start and _BRINGING_TO_RE.search(text, max(0, cue.start - 60), first):
        return True  # "bringing the number who have fled the capital since April to about 212,000"
    if cue.end <= quantity.start and (
        _NUMBERING_GAP_RE.fullmatch(between)
        or (_PEOPLE_NOUN_CUE_RE.fullmatch(cue.text) and _TOTAL_VERB_GAP_RE.fullmatch(between))
        # "Le nombre de personnes ayant fui les violences dans le Soum est estimé à 14 000": the number of people
        # the words tell, then its total
        or (
            _NUMBER_OF_BEFORE_RE.search(text, max(0, cue.start - 40), cue.start) is not None
            and _TOTAL_VERB_GAP_RE.fullmatch(between) is not None
        )
    ):
        return True  # "Les foyers déplacés par les eaux sont au nombre de 1 350", "New displacements … stand at 6,700"
    # a label of a few more words on the figure's own line: "PDI cumulées dans la région au 31 décembre : 154 092"
    label = cue.end <= quantity.start and _LINE_LABEL_END_RE.search(between) is not None
    if label:
        # "Nouveaux déplacements en octobre (département de la Mezam) : 2 800": the bracket narrows the label
        between = _LABEL_BRACKET_RE.sub(" ", between)
    return len(between.split()) <= (8 if label else 5) and not _CLAUSE_BREAK_RE.search(between)


#: A running total brought to the figure: "bringing the number who have fled … to", "portant le nombre de … à".
_BRINGING_TO_RE = re.compile(
    r"\b(?:bringing|brings|brought|raising|taking|portant|porte|porté)\s+(?:the|le|la)\s+(?:overall\s+|total\s+)?"
    r"(?:number|total|tally|count|nombre|bilan)\b[^.;:()\n]{0,100}?\s(?:to|à)\s+\Z",
    re.IGNORECASE,
)
_LABEL_BRACKET_RE = re.compile(r"\([^()\n]{1,40}\)")
_LINE_LABEL_END_RE = re.compile(r"\A[^\n]*\w\)?\s*:\s*\Z")


_ABROAD_RE = compile_guarded(
    r"(?:fleeing|fled|left)\s+their\s+(?:homeland|country)|(?:fui|quitté)\s+leur\s+pays|taken\s+in|neighbou?ring\s+(?:countries|states|nations)|"
    # "streamed across the Polish border"
    r"across\s+(?:the\s+|its\s+|their\s+|[\w'’-]+['’]s\s+)?(?:[A-Z][\w-]+\s+)?borders?|crossed\s+(?:the\s+border|into)|"
    # asylum is sought in another country: "sought asylum in Uganda", "ont demandé l'asile en Allemagne"
    r"(?:sought|seek|seeks|seeking|claimed|claiming|applied\s+for)\s+asylum|"
    r"(?:demandé|demander|demandent|demandaient)\s+l['’]asile|"
    # "have crossed from South Kivu into Burundi's Cibitoke province"
    r"crossed\s+from\s+(?:\S+\s+){1,4}?into|"
    # but not "into neighbouring Nampula province": an area of the same country
    r"into\s+neighbou?ring(?!\s+(?:[\w'’-]+\s+){0,3}?(?:provinces?|regions?|states?|districts?|count(?:y|ies)|"
    r"departments?|governorates?|prefectures?|territor(?:y|ies)|municipalit(?:y|ies)|villages?|towns?|woredas?|"
    r"oblasts?|zones?)\b)|abroad|outside\s+the\s+country|refugees?(?!\s+(?:agency|council|commission|affairs))|"
    r"asylum[- ]seekers?|pays\s+voisins|"
    r"à\s+l'étranger|de\s+l'autre\s+côté\s+de\s+la\s+frontière|réfugiée?s|demandeurs\s+d'asile|"
    # "ont traversé lundi la frontière": a word of time may stand between
    r"(?:franchi|traversé|franchir|traverser)\s+(?:[\w-]+\s+)?la\s+frontière|países\s+vecinos|"
    # crossed, no river or road named: the border ("3,700 Lebanese crossed at Jdeidet Yabous", "ont traversé en une
    # seule journée à Gatumba", "had crossed by Thursday")
    r"crossed\s+(?:at|by|on|over\s+the\s+weekend|overnight|yesterday|today|last|this|in\s+(?:a|one)\s+day)\b|"
    r"(?:ont|a|avaient|avait)\s+traversé\s+(?:en|à|au|aux|par|pendant|durant|hier|ce|cette|lundi|mardi|mercredi|"
    r"jeudi|vendredi|samedi|dimanche)\b|"
    # protection granted in a host country: "bénéficient du statut de protection S en Suisse"
    r"statut\s+de\s+protection|(?:temporary|international)\s+protection|protection\s+temporaire",
    re.IGNORECASE,
)
#: (not the reflexive verb: "qui s'étaient réfugiées à Kaya" took refuge, at home)
_REFUGEES_RE = re.compile(
    r"\b(?:refugees?|(?<!se\ssont\s)(?<!s'étaient\s)(?<!s’étaient\s)(?<!s'est\s)(?<!s’est\s)(?<!se\s)réfugiée?s|"
    r"refugiad[oa]s|asylum[- ]seekers?)\b",
    re.IGNORECASE,
)
_FLOW_RE = compile_guarded(
    r"(?:fled|fleeing|crossed|arrived|arriving|arrivals?|arrivants|influx|newly|new(?:ly)?\s+displace\w*|this\s+week|"
    r"last\s+week|since|over\s+the\s+past|forced\s+into|(?:forced|drove|driven|pushed)\s+(?:\S+\s+){1,4}?into\s+(?:\S+\s+){0,3}?(?:shelters?|camps?|cent(?:re|er)s|"
    r"sites?|tents?|schools?|bush|forests?|hills|mountains)|"
    # "pushed 4,300 people across the border into Ethiopia", "sent 2,400 across the Moei"
    r"(?:forced|drove|driven|pushed|sent|sends)\s+(?:\S+\s+){1,4}?across\s+(?:the\s+)?(?:border|frontier|river)\b|(?:moved|taken|brought|transported|bussed|ferried|shifted)\s+to|in\s+the\s+past|were\s+displaced|have\s+been\s+displaced|"
    r"has\s+displaced|have\s+displaced|displaced\s+\w+\s+people|displaced\s+(?:(?:some|about|around|approximately|"
    r"nearly|almost|over|more\s+than|at\s+least|an\s+estimated|close\s+to|up\s+to|another|a\s+further|roughly)\s+)?\d+|"
    r"new\s+idps?|nouvea(?:u|ux)\s+pdi|nouvelles?\s+pdi|ont\s+fui|sont\s+arrivée?s|ont\s+(?:franchi|traversé)|(?:traverser|franchir)\s+la\s+frontière|"
    r"depuis|nouvellement|nouveaux?\s+déplacés|"
    # "3 870 nouveaux ménages déplacés", "7 800 nouvelles personnes déplacées"
    r"nouve(?:aux?|lles?)\s+(?:personnes|ménages|familles|individus)\s+déplacée?s|nouveaux\s+réfugiés|nouvelles\s+réfugiées|new\s+refugees|"
    # "new asylum seekers"
    r"new\s+asylum[- ]seekers|nouveaux\s+demandeurs\s+d['’]asile|"
    r"(?:traversé|franchi)\s+la\s+frontière|"
    # people received during a period ("received 4,580 refugees … between 1 and 7 July", "a accueilli plus de 700 000")
    r"(?:received|receiving)\s+(?:(?:some|about|around|over|more\s+than|nearly|an\s+estimated)\s+)?\d+|"
    r"(?:received|receiving)\s+(?:\w+\s+)?(?:refugees|people|idps|families|arrivals)|"
    r"(?:a|ont|avait|avaient)\s+(?:accueilli|reçu)\s+(?:plus\s+de\s+|près\s+de\s+|quelque\s+|environ\s+)?\d+|"
    # taking shelter is a movement; so is sheltering ahead of a storm (but "have sought refuge in neighbouring
    # countries" tells where people are)
    r"(?:took|taken|taking)\s+shelter|ahead\s+of|avant\s+(?:le\s+passage|l['’]arrivée)|"
    # put up somewhere else: "3 200 ménages ont été relogés dans des écoles", "dont 800 ménages relogés"
    r"relogée?s|rehoused|re-housed)\b",
    re.IGNORECASE,
    before=r"\b",
)
#: A count that has grown to a level ("has risen to", "stands at", "atteint"): what it counts is a stock.
_LEVEL = (
    r"(?:has|have|had)\s+(?:now\s+)?(?:risen|climbed|increased|grown|swelled|jumped|doubled|tripled|quadrupled)"
    r"(?:\s+in\s+(?:a|one|two|three|six|\w+)\s+(?:years?|months?|weeks?))?\s+to|"
    r"(?:rose|climbed|grew|swelled|jumped)\s+to|stands?\s+at|stood\s+at|reached|atteint|"
    r"(?:est|a)\s+pass[ée]\s+à|s['’]él[eè]ve\w*\s+(?:désormais\s+|maintenant\s+|aujourd['’]hui\s+)?à|now\s+numbers?|"
    # "rose from 380,000 to", "est passé de 380 000 à", "bringing the total to"
    r"(?:rose|risen|rising|increased|grown|grew|climbed|jumped|est\s+passée?|passant|a\s+augmenté|a\s+grimpé)\s+"
    r"(?:from|de|d['’])\s*[^.;]{1,40}?\s+(?:to|à)"
)
_LEVEL_RE = re.compile(_LEVEL, re.IGNORECASE)
#: A running total: "brings the number of people displaced in the metropolitan area to 215,000" (a level, like
#: _LEVEL; the people it counts are matched on their own, "IDPs").
_BRINGING = r"(?:brings?|bringing|brought|takes|taking|took)\s+the\s+(?:total\s+)?number\s+of"
_BRINGING_RE = re.compile(_BRINGING, re.IGNORECASE)
#: People not (yet) back home: "have not returned", "have still not gone home", "n'ont toujours pas regagné".
_NOT_RETURNED = r"(?:have|has|had)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:returned|gone\s+(?:back|home))"
_NOT_RETURNED_FR = (
    r"n['’]ont\s+(?:toujours\s+)?pas\s+(?:encore\s+)?(?:pu\s+)?(?:regagné|rentrer|retourner|rentrée?s|retournée?s)"
)
_STOCK_RE = compile_guarded(
    r"(?:idps?|internally\s+displaced\s+(?:persons|people)|pdi|déplacés\s+internes|remain(?:ed|s|ing)?|"
    r"still|are\s+(?:now\s+|already\s+|currently\s+)?(?:internally\s+)?(?:displaced|living|staying|sheltering|hosted)|"
    # "are now estimated to be displaced across the Gaza Strip"
    r"(?:are|is)\s+(?:now\s+)?(?:estimated|believed|thought|reported)\s+to\s+be\s+(?:internally\s+)?displaced|"
    r"living\s+(?:in|with)|live\s+(?:in|with)|(?:have|has|had)\s+lived\s+(?:in|with)|"
    r"(?:were|was)\s+(?:now\s+|still\s+|currently\s+)?(?:living|staying|sheltering)|staying\s+with|"
    r"(?:are|remain|were)\s+(?:still\s+)?out\s+of\s+their\s+homes?|"
    r"d[ée]plac[ée]e?s\s+internes?|compt(?:e|ait|aient|erait|eraient)|there\s+is|"
    r"lives\s+in|hosts|hosted|hosting|home\s+to|there\s+(?:are|were)|currently|total\s+of|vivent|restent|toujours|"
    r"now\s+numbers?|counts|vivaient|vivait|résident|résidaient|"
    # a group named by its participle: "Ménages déplacés | Individus", "familles déplacées"
    r"(?:ménages|familles|personnes|individus|foyers)\s+déplacée?s|"
    r"accueill\w+|abrit\w+|héberge(?:nt|ait|aient)?|se\s+trouvent|"
    r"(?<!se\s)(?:sont|étaient)\s+(?:actuellement\s+|toujours\s+|encore\s+|désormais\s+)?(?:déplacée?s|hébergée?s|"
    r"logée?s|installée?s)|"
    r"(?:are|were)\s+(?:being\s+)?(?:housed|accommodated|hosted|sheltered)|are\s+being\s+(?:served|assisted|supported)|"
    # a figure true "as of" a date is a stock; so are "displaced people" named as a group
    r"as\s+(?:of|at)|à\s+la\s+date\s+du|en\s+date\s+du|au\s+\d{1,2}(?:er)?\s+\w+\s+\d{4}|"
    # "412,000 people were internally displaced", "have yet to go home", "on dénombre 1,2 million de déplacés"
    r"(?:are|were|remain|remained)\s+(?:still\s+)?internally\s+displaced|yet\s+to\s+(?:go\s+home|return)|"
    # "7,800 people who fled to Mizoram have not returned": still away
    rf"{_NOT_RETURNED}|{_NOT_RETURNED_FR}|"
    # "with some 10.5 million people now internally displaced": a state reached
    r"(?:now|currently|still)\s+internally\s+displaced|"
    # displaced before, whatever happened since: "were already displaced before the latest orders", "370,000 people
    # displaced earlier" (not "displaced at least once between 1 January and 31 March": a tracking period's flow)
    r"already\s+(?:been\s+)?(?:internally\s+)?displaced|déjà\s+déplacée?s|displaced\s+(?:earlier|in\s+earlier)|"
    r"caseload|"
    # "876 000 déplacés à l'intérieur du pays", "people displaced inside the country": the IDPs' own name, spelled out
    # (not a verb: "ont été déplacées à l'intérieur du pays en septembre")
    r"(?<!été\s)(?<!were\s)(?<!was\s)(?<!been\s)(?<!être\s)(?<!sont\s)"
    r"(?:displaced|déplacée?s)\s+(?:inside|within|à\s+l['’]intérieur\s+(?:du|de\s+leur(?:\s+propre)?))\s+"
    r"(?:the\s+|their\s+(?:own\s+)?)?(?:country|pays)|"
    r"dénombre(?:nt)?|aujourd['’]hui|actuellement|"
    r"displaced\s+(?:people|persons|families|households|population)|idp\s+population|personnes\s+déplacées|"
    r"population\s+déplacée|étai(?:en)?t\s+déplacé\w*|"
    # a count that has grown to a level: "the number of people displaced has risen to 2,062,534"
    rf"{_LEVEL}|{_BRINGING})\b",
    re.IGNORECASE,
    before=r"\b",
)


_RETURNEES_STOCK_RE = compile_guarded(
    r"(?:returnees?|rapatriée?s|retournée?s|retornad[oa]s)\b.{0,60}?\b(?:now\s+number|numbered|stood\s+at|"
    r"sont\s+(?:désormais|aujourd['’]hui|actuellement)|live|lives|living|are\s+(?:now\s+)?(?:living|"
    r"staying|settled)|remain\w*|reside\w*|vivent|résident|restent|identifiée?s|recensée?s|enregistrée?s|dénombrée?s)\b|(?:there\s+(?:are|were)|hosts?|hosting|total\s+of|"
    r"compte|accueille|identified|recorded|counted|registered|tracked|recensé\w*|dénombré\w*|enregistre(?:nt)?|"
    r"returnee\s+population|population\s+de\s+retournés|"
    r"as\s+(?:of|at)|"
    r"à\s+la\s+date\s+du)\b.{0,60}?\b(?:returnees?|rapatriée?s|retournée?s)\b|"
    # a survey's count of people back home: "5.4 million have returned after a period of displacement"
    r"after\s+a\s+period\s+of\s+displacement|après\s+une\s+période\s+de\s+déplacement|"
    # "4,5 millions d'anciens déplacés étaient rentrés chez eux": former IDPs back home, a survey's stock
    r"anciens\s+(?:déplacés|pdi)|anciennes\s+déplacées|former\s+(?:idps|displaced\s+(?:people|persons))|"
    # a count of returnees: "le nombre de personnes retournées … s'élève à 86 000", "the number of returnees"
    r"le\s+nombre\s+de\s+(?:personnes\s+)?retournée?s|the\s+number\s+of\s+returnees",
    re.IGNORECASE,
    before=r"\b",
)


#: "4 000 personnes réfugiées dans la brousse": French "réfugié" is also who took refuge nearby, not abroad.
_REFUGE_AT_HOME_RE = re.compile(
    r"(?:\bréfugiée?s\s+(?:dans|chez|sur|en\s+brousse|au\s+sein|auprès)\b|"
    # "dont beaucoup se sont réfugiées à Kanyaruchinya": who took refuge somewhere; a country named there makes it
    # cross-border where the places are read
    r"\b(?:se\s+sont|s['’]est|s['’]étaient|se\s+sont\s+\w+)\s+réfugiée?s\b)"
    r"(?!.{0,40}\b(?:pays\s+voisins|étranger)\b)",
    re.IGNORECASE,
)


#: Words that say where people are now ("live in camps", "hosts", "remain"): a stock, whatever the relative clause
#: about them says of how they came.
_STOCK_VERB_RE = re.compile(
    # "with 179,000 of them staying in 961 collective shelters"
    r"(?<=of\sthem\s)(?:staying|sheltering)\s+(?:in|at)\b|"
    # "including 4,000 now sheltering in a pagoda compound"
    r"\bnow\s+(?:sheltering|staying|living|housed|hosted)\s+(?:in|at|with)\b|"
    r"\b(?:remain\w*|still|are\s+(?:now\s+|already\s+|currently\s+)?(?:internally\s+)?(?:displaced|living|staying|"
    r"sheltering|hosted)|liv(?:e|es|ing)\s+(?:in|with)|(?:have|has|had)\s+lived\s+(?:in|with)|"
    r"(?:were|was)\s+(?:now\s+|still\s+|currently\s+)?(?:living|staying|sheltering)|staying\s+with|hosts?|hosted|hosting|home\s+to|vivent|restent|"
    r"toujours|accueill\w+|abrit\w+|héberge(?:nt|ait|aient)?|se\s+trouvent|"
    rf"(?<!se\s)(?:sont|étaient)\s+(?:actuellement\s+)?(?:hébergée?s|logée?s|installée?s|déplacée?s)|{_LEVEL}|"
    r"(?:are|were)\s+(?:being\s+)?(?:housed|accommodated|hosted|sheltered)|as\s+(?:of|at)|"
    # "Yemen already has an estimated 4.5 million internally displaced people, many of whom …"
    r"already\s+(?:has|have|had|compte)|internally\s+displaced\s+(?:people|persons)|déplacée?s\s+internes|"
    rf"{_NOT_RETURNED}|"
    r"compt(?:e|ait|ent|aient|erait|eraient))\b",
    re.IGNORECASE,
)
#: A relative clause about some of the people: "many of whom have been displaced several times".
_SOME_OF_WHOM_RE = re.compile(
    r"\b(?:many|some|most|several|half|all)\s+of\s+(?:whom|them)\b[^,;()]*|"
    r"\bdont\s+(?:beaucoup|certains|certaines|la\s+plupart|plusieurs|la\s+moitié)\b[^,;()]*",
    re.IGNORECASE,
)
#: A relative clause about the people: "who fled Myanmar in 2017", "qui ont fui les combats".
_RELATIVE_CLAUSE_RE = re.compile(r"\b(?:who|whom|which|qui|dont)\b[^,;()]*", re.IGNORECASE)
#: A relative clause that ends where the main clause's verb of where people are comes back: "Syrians who fled the
#: war | remain in the country", "Haitians who fled gang violence | are living in …".
_RELATIVE_UNTIL_VERB_RE = re.compile(
    r"\b(?:who|whom|which|qui|dont)\b\s+[^\s,;()]+(?:(?!\s(?:remain|remains|are\s+(?:now\s+|still\s+)?living|"
    r"are\s+(?:still|now)|now\s+live|live\s+in|restent|vivent|demeurent|se\s+trouvent)\b)[^,;()])*",
    re.IGNORECASE,
)


_REMAIN_WORDS = (
    r"remain(?:s|ed)?|are\s+still|were\s+still|still\s+(?:live|living|stay|staying|in)|"
    r"restent|restaient|sont\s+toujours|étaient\s+toujours|demeurent|"
    # not yet back: "have not yet been able to return home", "n'ont toujours pas pu regagner leur domicile"
    r"(?:have|has|had)\s+not\s+(?:yet\s+)?(?:been\s+able\s+to\s+)?(?:return|go\s+back)|unable\s+to\s+(?:return|go\s+back)|"
    r"n['’]ont\s+(?:toujours\s+|pas\s+encore\s+)?pas\s+(?:encore\s+)?pu\s+(?:rentrer|regagner|retourner)|"
    # "aux 42 300 déplacés internes qui résidaient déjà dans la ville"
    r"(?:qui\s+)?(?:résid\w+|vivai?ent|vivent|lived|live|living|resid\w+)\s+(?:déjà|already)\b|"
    # "aux 124 000 déplacés déjà présents", "the 20,000 IDPs already there"
    r"(?:déjà|already)\s+(?:présente?s|present|there|sur\s+place|on\s+site|in|at|living|staying|hosted|sheltering|"
    r"déplacée?s|(?:internally\s+)?displaced|uprooted)\b|"
    # "have been displaced and are staying in 354 safety centres", "are sleeping in the open"
    r"(?:and\s+)?are\s+(?:now\s+)?(?:staying|living|sheltering|sleeping|housed|hosted)|"
    r"(?:et\s+)?sont\s+(?:actuellement\s+)?(?:hébergée?s|logée?s)"
)
#: The figure's own verb says its people are still where they are: "N people remain in", "sont toujours hébergées".
#: (The words are tried after each of up to 70 characters: a guard lets them in only where one can begin.)
_REMAIN_OWN_RE = re.compile(
    r"(?:(?!\b(?:who|which|that|qui|dont)\b)(?:[^,;.]|(?<=\d)[,.](?=\d))){0,70}?"
    rf"\b{guard(_REMAIN_WORDS, re.IGNORECASE)}(?:{_REMAIN_WORDS})\b",
    re.IGNORECASE,
)
#: Still away at the time of the report: "remain evacuated", "remained under evacuation orders".
_STILL_EVACUATED_RE = compile_guarded(
    r"\b(?:remain\w*|still|restent|restaient|demeurent|toujours|encore)\s+(?:\w+\s+){0,2}?"
    r"(?:evacuat\w*|évacu\w*|under\s+(?:\w+\s+)?evacuation)|"
    # "evacuees from the danger zone now number 20,142": a count at the time of the report
    r"\b(?:evacuees|évacuée?s)\b[^.;]{0,60}?\b(?:now\s+numbers?|demeurent|restent|remain|are\s+still)\b|"
    r"\bstill\s+(?:out\s+of\s+their\s+homes|living\s+as\s+evacuees)",
    re.IGNORECASE,
)


_WEAK_FLOWS = frozenset({"since", "depuis"})
#: People who took refuge in shelters or camps moved there during the event ("1,134 people took refuge in 36
#: evacuation centres overnight", "ont trouvé refuge dans une paroisse"), as people who took shelter did. Not a flow
#: word in general: "have sought refuge in neighbouring countries" tells where refugees are.
#: French tells the event in the passé composé: "ont été accueillies dans des écoles", "nous avons hébergé".
_TOOK_REFUGE_RE = re.compile(
    r"\b(?:took|taken|taking|found|find|finding|sought|seeking|trouvé|trouvent|trouvaient|cherché)\s+(?:a\s+|un\s+)?"
    r"(?:temporary\s+)?(?:refuge|sanctuary)\b|\bse\s+sont\s+réfugiée?s\b|"
    # "forced 4,800 people to seek refuge in camps", "obligé 2 600 habitants à se réfugier dans des écoles"
    r"\bto\s+(?:seek|take|find)\s+(?:refuge|shelter)\b|\bà\s+se\s+réfugier\b|"
    r"\b(?:ont|a)\s+été\s+(?:\w+\s+)?(?:accueilli|hébergé|logé|recueilli|abrité)e?s?\b|"
    r"\b(?:avons|avez|ont|a)\s+(?:hébergé|accueilli|logé|recueilli|abrité)\b",
    re.IGNORECASE,
)
_OTHER_CLAUSE_RE = compile_guarded(r";|\b(?:while|whereas|but|tandis|alors\s+que|mais)\b", re.IGNORECASE)


def _took_refuge(own: str) -> bool:
    """True when the figure's own words say its people took refuge ("the rest had found refuge with family" after
    ", while" is about others)."""
    other = _OTHER_CLAUSE_RE.search(own)
    return _TOOK_REFUGE_RE.search(own, 0, other.start() if other else len(own)) is not None


#: When a figure was told, not when its people moved: "the interior ministry said this week", "a indiqué la
#: semaine dernière le HCR".
_WEEKDAY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
)
_SAID_WHEN_RE = re.compile(
    r"\b(?:said|says|reported|announced|told\s+\w+|stated|a\s+(?:indiqué|annoncé|déclaré|précisé|rapporté)|"
    r"ont\s+(?:indiqué|annoncé|déclaré|précisé))\s+(?:this\s+week|last\s+week|cette\s+semaine|la\s+semaine\s+dernière|"
    rf"(?:on\s+)?{_WEEKDAY})\b",
    re.IGNORECASE,
)


#: How a count changed since another time: "(up 60% since March)", "(+12 % depuis janvier)".
_CHANGE_SINCE_RE = re.compile(
    r"\b(?:up|down|an?\s+(?:increase|decrease|rise|drop)\s+of|en\s+hausse\s+de|en\s+baisse\s+de)\s+\d[\d.,]*\s*"
    r"(?:%|per\s*cent|pour\s*cent)\s+(?:since|depuis)\b",
    re.IGNORECASE,
)


#: People still away from home: "have not returned", "have still not gone back", "n'ont toujours pas regagné".
_STILL_AWAY_RE = re.compile(
    r"\b(?:have|has|had)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:been\s+able\s+to\s+)?(?:returned|return|gone\s+(?:back|home)|"
    r"go\s+(?:back|home))\b|\bn['’]ont\s+(?:toujours\s+)?pas\s+(?:encore\s+)?(?:pu\s+)?(?:regagné|rentrer|retourner|"
    r"regagner|rentrée?s|retournée?s)",
    re.IGNORECASE,
)


def _flow(clause: str) -> bool:
    """True when the clause tells of a movement; a movement told only in a relative clause ("refugees who fled
    in 2017 live in camps") does not make what the main clause says of a stock a flow."""
    clause = _SAID_WHEN_RE.sub(" ", clause)  # "…, the ministry said this week": when it was said
    if "%" in clause or "cent" in clause:
        clause = _CHANGE_SINCE_RE.sub(" ", clause)  # "578,074 IDPs (up 60% since March)": how the count changed
    if ("not" in clause or "pas" in clause) and _STILL_AWAY_RE.search(clause):
        return False  # "7,800 people who fled to Mizoram have not returned": where they are, however they came
    flows = [match.group().lower() for match in _FLOW_RE.finditer(clause)]
    if not flows:
        return False
    if all(flow in _WEAK_FLOWS for flow in flows) and _STOCK_VERB_RE.search(clause):
        return False  # "3.5 million are internally displaced, including 3.2 million displaced since 2021"
    main = _RELATIVE_CLAUSE_RE.sub(" ", clause)
    return main == clause or _FLOW_RE.search(main) is not None or _STOCK_VERB_RE.search(main) is None


#: The figure's own noun says its people are displaced inside their country.
_INTERNAL_RE = re.compile(
    r"\b(?:internally\s+displaced|idps?\b|déplacée?s\s+internes|pdi\b|desplazad[oa]s\s+internos)", re.IGNORECASE
)


_INTERNAL_AFTER_RE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:internally\s+displaced|idps?\b|déplacée?s\s+internes|pdi\b|desplazad[oa]s\s+internos)",
    re.IGNORECASE,
)


#: Repatriated people came back from another country ("rapatriés" are refugees who came home; "retournés" IDPs).
_REPATRIATED_RE = re.compile(r"\b(?:repatriat\w*|rapatri\w*)", re.IGNORECASE)
#: People already displaced, named after their number: "600 familles déplacées", "2,000 displaced families", "IDPs".
_DISPLACED_PEOPLE_RE = re.compile(
    r"\s+(?:(?:displaced|internally\s+displaced)\s+\w+|idps?\b|pdi\b|déplacée?s\b|\w+\s+(?:déplacée?s|internally\s+displaced)|"
    # "3 400 d'entre elles ont été relocalisées": some of the displaced people just counted
    r"of\s+(?:them|these|the\s+displaced)\b|d['’]entre\s+(?:eux|elles)\b)",
    re.IGNORECASE,
)
#: A move for good: relocation elsewhere.
_PROVISIONAL_RE = re.compile(
    r"\b(?:(?:prefabricated|prefab|transitional|modular)\s+(?:houses|homes|units|housing|shelters|cabins)|"
    r"temporary\s+(?:housing\s+)?units|container\s+homes|(?:maisons|logements|modules|habitations)\s+"
    r"(?:préfabriqué|transitoire|modulaire)e?s?|préfabriquée?s)\b",
    re.IGNORECASE,
)
_PERMANENT_RE = re.compile(
    r"\b(?:permanently|for\s+good|définitivement|de\s+façon\s+permanente|durablement|"
    # where they were moved for good: "to permanent plots", "to newly built homes", "dans des logements permanents",
    # "to the Ntele resettlement site", "sur des parcelles"
    r"permanent\s+(?:homes?|housing|plots?|shelters?|sites?|houses?)|(?:newly[- ]built|new)\s+(?:homes|houses)|"
    r"resettlement\s+(?:sites?|areas?|villages?)|logements?\s+(?:permanents?|définitifs?|modulaires?)|"
    r"nouvelles\s+maisons|parcelles|plots|keys|clés|handed\s+over|reconstructed\s+(?:houses|homes)|"
    r"rebuilt\s+(?:houses|homes)|maisons\s+reconstruites)\b",
    re.IGNORECASE,
)
#: "for the second time", "pour la troisième fois": people displaced once more.
NTH_TIME = r"\b(?:for|pour)\s+(?:the|la)\s+(?:second|third|fourth|deuxième|troisième|quatrième)\s+(?:time|fois)\b"
#: Displaced once more: a multiple displacement.
_AGAIN_RE = compile_guarded(
    r"\b(?:displaced|fled|uprooted)\s+(?:\w+\s+)?(?:again|anew|once\s+more|for\s+the\s+(?:second|third|\w+th)\s+time|"
    r"repeatedly|multiple\s+times|several\s+times)|(?:déplacée?s|fui|(?:se\s+)?déplacer|fuir)\s+(?:\w+\s+)?(?:à\s+nouveau|de\s+nouveau|"
    r"une\s+nouvelle\s+fois|(?:au\s+moins\s+)?(?:deux|trois|plusieurs)\s+fois)|"
    # people who fled a displacement site or camp were displaced once more
    r"\b(?:fled|fleeing|fui|fuyant|ont\s+fui)\s+(?:the|le|les|leurs?|their|this|ce|ces)\s+(?:\w+\s+)?(?:sites?|camps?)\b|"
    # "for the second time in a year", "pour la deuxième fois", "secondary displacement", "redéplacement", "flee again"
    rf"{NTH_TIME}|"
    r"\bsecondary\s+displacement|\bre-?displace\w*|\bredéplac\w*|\b(?:move\s+on|flee|fled)\s+again\b|"
    r"\bdisplacing\s+them\s+(?:again|for\s+a\s+second\s+time)",
    re.IGNORECASE,
)
#: Displaced people evicted: "evicted from 38 IDP sites", "IDPs were evicted", "déplacés expulsés du site de".
_EVICTED_IDPS_RE = re.compile(
    r"\b(?:evicted|evictions?|expelled|forced\s+out|expulsée?s|expulsions?|déguerpie?s|chassée?s)\s+(?:\w+\s+){0,2}?"
    r"(?:from|of|de|des|du|d['’])\s+(?:\d+\s+|the\s+|les\s+|le\s+|leurs?\s+|their\s+)?(?:idp|displacement|pdi)\s+"
    r"(?:sites?|camps?|settlements?)|\b(?:evicted|expulsée?s|déguerpie?s)\s+(?:\w+\s+){0,2}?(?:from|de|des|du|d['’])\s+"
    r"(?:\d+\s+|the\s+|les\s+|le\s+)?(?:sites?|camps?)\s+(?:de|d['’])\s*(?:déplacés|pdi)|"
    r"\b(?:idps?|pdi|déplacée?s(?:\s+internes)?)\s+(?:(?:were|have\s+been|ont\s+été|sont)\s+)?(?:evicted|expulsée?s|"
    r"déguerpie?s)\b",
    re.IGNORECASE,
)
#: Once more, said of a move: "again", "anew", "a second time", "de nouveau", "une nouvelle fois".
_ONCE_MORE = (
    r"(?:again|anew|once\s+(?:again|more)|(?:for\s+)?(?:a|the)\s+(?:second|third|fourth|fifth)\s+time|"
    r"à\s+nouveau|de\s+nouveau|une\s+(?:nouvelle|seconde|deuxième|troisième)\s+fois|encore\s+une\s+fois|"
    r"pour\s+(?:la|une)\s+(?:deuxième|seconde|troisième)\s+fois)"
)
#: Verbs and nouns of a move (past, present, infinitive), English and French.
_MOVE = (
    r"(?:displac\w*|fled|flee(?:s|ing)?|uprooted|evacuated|forced\s+(?:out|from|to\s+(?:flee|leave|move))|"
    r"driven\s+out|had\s+to\s+(?:leave|flee|move)|déplacé\w*|déplacer|fuir|fui|fuient|fuyaient|fuyant|en\s+fuite|"
    r"évacué\w*|partir|repartir|quitter|chassée?s)"
)
#: A move told as happening once more, the word of repetition within three words of the move, before or after it:
#: "were displaced anew", "fled a second time", "ont de nouveau fui", "à nouveau en fuite", "évacués une nouvelle
#: fois", "ont de nouveau été contraintes de partir". ("Fighting flared again" is no move.)
_ONCE_MORE_BODY = (
    rf"\b{_MOVE}\s+(?:[\w'’]+\s+){{0,3}}?{_ONCE_MORE}(?!\w)|(?<!\w){_ONCE_MORE}\s+(?:[\w'’]+\s+){{0,3}}?{_MOVE}\b"
)
# (guarded: searched over whole clauses, where it mostly finds nothing)
_ONCE_MORE_RE = compile_guarded(_ONCE_MORE_BODY, re.IGNORECASE)
#: People displaced before the move the figure tells: "who had already been displaced", "déjà déplacées par le
#: conflit", "ayant déjà fui Djugu en 2022", "had been displaced before", "repeat displacements".
_ALREADY_DISPLACED_RE = compile_guarded(
    # passive or adjective only: "had already uprooted 400,000 people", "avaient déjà fui" tell the figure's own move
    r"\b(?:already|previously)\s+been\s+(?:displaced|uprooted)\b|(?<!had\s)(?<!have\s)(?<!has\s)\b(?:already|previously)"
    r"\s+displaced\b|\bdisplaced\s+(?:(?:at\s+least\s+)?once\s+)?before\b|\bdéjà\s+(?:été\s+)?déplacée?s\b|"
    r"\b(?:ayant|qui\s+avaient|qui\s+ont)\s+déjà\s+fui\b|\brepeat(?:ed)?\s+displacements?\b|"
    r"\bdéplacements?\s+secondaires?\b",
    re.IGNORECASE,
)
#: A repeated move named by the figure's noun, after it or before it.
_REPEAT_NOUN_RE = re.compile(
    r"\s+(?:repeat(?:ed)?|secondary|further)\s+displacements?\b|\s+redéplacements?\b", re.IGNORECASE
)
_REPEAT_NOUN_BEFORE_RE = re.compile(
    r"\b(?:déplacements?\s+secondaires?|secondary\s+displacements?|redéplacements?)\s+(?:de|d['’]|of)\s+"
    r"(?:(?:some|about|près\s+de|environ|quelque|plus\s+de|more\s+than)\s+)?\d",
    re.IGNORECASE,
)
#: A move in the figure's clause besides the one before it: "uprooted", "forced", "ont dû quitter".
_MOVED_RE = re.compile(
    r"\b(?:uprooted|forced|drove|driven|fled|flee|ont\s+dû\s+(?:quitter|fuir|partir)|ont\s+quitté|ont\s+fui|"
    r"repeat(?:ed)?\s+displacements?|déplacements?\s+secondaires?)\b",
    re.IGNORECASE,
)
#: People who had come home and had to leave again: a failed return. The return told first ("who had returned",
#: "went back to", "retournés", "rentrées à"), then the move once more ("fled again", "repartis", "were forced out
#: again"); or said outright ("failed returns", "retour avorté").
#: Back to the camps they had left: "had come back to Khanke and Sharya camps after finding their homes destroyed".
_BACK_TO_CAMPS = (
    r"(?:\b(?:returned|gone\s+back|went\s+back|come\s+back|came\s+back|revenue?s|retournée?s|rentrée?s)\s+"
    r"(?:to|into|dans|aux?|sur)\s+(?:the\s+|les\s+|le\s+|leurs?\s+|their\s+)?(?:(?-i:[A-ZÀ-Þ][\w'’-]*)\s+"
    r"(?:(?:and|et)\s+)?){0,4}?(?:idp\s+|displacement\s+)?(?:camps?|sites?(?!\s+of\s+origin))\b"
    # (why: "after finding their homes destroyed", "citing insecurity", "saying their houses were in ruins"; not
    # refugees back from a registration)
    r"(?=[^.;]{0,60}?\b(?:after\s+finding|citing|saying|because\s+of|due\s+to|for\s+lack\s+of|après\s+avoir\s+"
    r"trouvé|faute\s+de|en\s+raison\s+de|à\s+cause\s+de|disant))|"
    # people who had gone home, back in the camps: "22 families who returned last year have come back to the camps"
    r"\breturned\b[^.;]{0,40}?\b(?:come|came|gone|went)\s+back\s+to\s+(?:the\s+)?(?:camps?|sites?)\b|"
    # already back: "2 400 de ces rapatriés sont déjà revenus dans les sites de Shire"
    r"\b(?:already|déjà)\s+(?:returned|come\s+back|gone\s+back|revenue?s|retournée?s|rentrée?s)\s+(?:to|into|dans|aux?|sur)\s+"
    r"(?:the\s+|les\s+|le\s+|leurs?\s+|their\s+)?(?:idp\s+|displacement\s+)?(?:camps?|sites?)\b|"
    # back where they had been displaced: "1,300 returnees … were back in the sites within days", "4,500 of them
    # were back in collective centres", "une centaine de familles ont depuis repris le chemin des sites de Goma"
    r"\b(?:returnees?|returned|of\s+them|of\s+whom|rapatriée?s|retournée?s)\b[^.;]{0,100}?\b(?:were|are|was|is)\s+"
    r"(?:now\s+|already\s+)?back\s+(?:in|at)\s+(?:the\s+)?(?:idp\s+|displacement\s+)?"
    r"(?:camps?|sites?|collective\s+cent(?:re|er)s)\b|"
    # "2,300 people who tried to return to their villages … were forced back to the camps"
    r"\b(?:(?:tried|attempted|sought)\s+to\s+(?:return|go\s+(?:back|home))|(?:had|have)\s+(?:returned|gone\s+back|"
    r"come\s+back))\b[^.;]{0,100}?\b(?:forced|driven|pushed)\s+"
    r"back\s+(?:to|into)\s+(?:the\s+)?(?:idp\s+|displacement\s+)?(?:camps?|sites?)\b|"
    r"\b(?:repris|reprennent|reprenaient)\s+le\s+chemin\s+des\s+(?:camps|sites)\b|"
    # returnees gone back into displacement: "2,100 returnees … have since moved into the Malakal PoC site", "15,000
    # returnees went back north to relatives or collective shelters", "15,000 returnees are staying with host
    # families or in churches"
    # (not where returnees pass or are served: transit, reception, distribution or registration sites)
    r"\breturnees\b[^.;]{0,60}?\b(?:moved|gone|went|come|came)\s+(?:back\s+)?(?:(?:north|south|east|west)\s+)?"
    r"(?:in)?to\s+(?:the\s+|their\s+)?(?:(?!transit\b|reception\b|distribution\b|registration\b|way\b|voter\b|food\b|"
    r"health\b|polling\b)[\w'’-]+\s+){0,3}?(?:camps?|sites?|poc|collective\s+(?:shelters|centres|centers)|relatives)\b|"
    r"\breturnees\s+(?:are|were)\s+(?:now\s+|still\s+)?(?:staying|living|sheltering)\s+(?:with\s+(?:host\s+families|"
    r"relatives)|in\s+(?:the\s+)?(?:camps|sites|churches|schools|collective\s+(?:shelters|centres|centers)))\b)"
)
_BACK_TO_CAMPS_RE = re.compile(_BACK_TO_CAMPS, re.IGNORECASE)


def back_to_camps(words: str) -> bool:
    """True when ``words`` tell of people going back to the camps they had left (a failed return, told by no other
    word of a move)."""
    return _BACK_TO_CAMPS_RE.search(words) is not None


_FAILED_RETURN_RE = compile_guarded(
    r"\b(?:returned|gone\s+back|went\s+back|come\s+back|came\s+back|returnees|retournée?s|rentrée?s|revenue?s)\b"
    rf"[^.;]{{0,120}}?(?:{_ONCE_MORE_BODY}|\bfled\s+back\b|\brepartie?s\b|\brepartir\b|\bleft\s+again\b)"
    rf"|{_BACK_TO_CAMPS}",
    re.IGNORECASE,
)
#: A failed return said outright, before or after the figure: "Failed returns: 3,300 IDPs", "retour avorté pour".
_FAILED_LABEL_RE = compile_guarded(
    r"\bfailed\s+returns?\b|\bretours?\s+(?:avortée?s?|manquée?s?|ratée?s?)\b", re.IGNORECASE
)
#: The move of a failed return, for its term: fled / forced out → forced-to-flee; displaced; evacuated.
_FAILED_MOVE_RE = re.compile(
    r"\b(?:(?P<evacuated>evacuated|évacué\w*)|(?P<displaced>displaced|déplacée?s)|"
    r"(?P<fled>fled|fui|fuite|forced(?!\s+back\s+(?:to|into)\b)|contraint\w*|repartie?s|repartir|had\s+to\s+leave|"
    r"left))\b",
    re.IGNORECASE,
)
#: Settling elsewhere for good: "chosen to settle permanently in Bamako", "plutôt que de rentrer".
_SETTLED_ELSEWHERE_RE = compile_guarded(
    r"\b(?:rather\s+than\s+(?:return|go(?:ing)?\s+(?:back|home))|plutôt\s+que\s+de\s+(?:rentrer|retourner)|"
    r"settle[ds]?\s+(?:permanently|for\s+good|durably)|s['’]installer\s+(?:durablement|définitivement))\b",
    re.IGNORECASE,
)
#: A time told before the figure: "For the second time in a year, floods forced 2,200 families from their homes".
_AGAIN_BEFORE_RE = compile_guarded(NTH_TIME, re.IGNORECASE)


def failed_return_term(own: str) -> Term | None:
    """The term of a failed return's move ("had returned … were evacuated again" → evacuated), or None when its
    words name no move."""
    found = _FAILED_RETURN_RE.search(own)
    if found is None:
        return None
    move = _FAILED_MOVE_RE.search(own, found.start() + 1)
    if move is None or move.start() > found.end():
        return None
    if move.group("evacuated"):
        return Term.EVACUATED
    return Term.DISPLACED if move.group("displaced") else Term.FORCED_TO_FLEE


def _own_words(reading: Reading, own: str) -> str:
    """The figure's own words up to the next clause or the next number: what "while 2,000 others fled again" says
    is about others."""
    end = reading.quantity.end - reading.qualifier_start
    other = _OTHER_CLAUSE_RE.search(own, end)
    number = _NEXT_NUMBER_RE.search(own, end)
    cut = min(match.start() for match in (other, number) if match is not None) if other or number else len(own)
    return own[:cut]


#: The next number, not a year ("5 200 personnes ayant déjà fui Djugu en 2022 ont de nouveau été contraintes …").
_NEXT_NUMBER_RE = re.compile(r"(?<![\d,.])(?!(?:19|20)\d\d(?!\d|[,.]\d))\d")  # (a year before a comma too)
#: Back across a border: "crossed back into Syria", "streamed back across the border".
#: A border where returns are counted: "At Islam Qala, on the border with Iran", "at the Torkham border with
#: Pakistan", "through the Joda border point", "au poste frontalier de".
BORDER_POINT_RE = re.compile(
    r"(?<!near\s)(?<!along\s)(?<!to\s)(?<!close\sto\s)\b(?:(?:[Oo]n|[Aa]t)\s+the\s+(?:[A-Z][\w-]+\s+)?border\s+(?:with|crossing|point|post)|"
    r"border\s+(?:crossing\s+)?points?|border\s+posts?|(?:at|through|via)\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)?"
    r"(?:(?:and|et)\s+[A-Z][\w-]+\s+)?crossings?\b|postes?\s+frontali\w+|points?\s+de\s+passage|"
    r"poste[- ]frontière|(?:à|au)\s+(?:la\s+)?frontière\s+avec)",
)
_BACK_ACROSS_RE = re.compile(
    r"\b(?:crossed|crossing|went|came|streamed|flowed|moved)\s+back\s+(?:across\s+the\s+border|"
    r"into(?!\s+(?:their|the|rebuilt|repaired|damaged|new|homes?|houses?)\b)|over\s+the\s+border|"
    r"through)|"
    # crossed back, or crossed at a crossing point: a border ("24,600 people crossed back", "returnees crossed at
    # Torkham")
    r"\b(?:crossed|crossing)\s+back\b(?!\s+(?:to|home))|\b(?:crossed|crossing)\s+(?:at|through|via)\b|"
    # "25,600 Afghans returning through the Islam Qala crossing", "rentrés par le poste-frontière de Torkham"
    r"\b(?:returning|returned|rentrée?s|revenue?s)\s+(?:through|via|par)\s+(?:the\s+|le\s+|la\s+|les\s+)?"
    # ("returned through the Torkham and Spin Boldak crossings")
    r"(?:[\w'’-]+\s+){0,4}?(?:border\s+)?(?:crossings?|border\s+points?|poste[- ]frontière|poste\s+frontalier|"
    r"points?\s+de\s+passage|poste(?=\s+(?:de|d['’])\s*[A-ZÀ-Þ]))\b",
    re.IGNORECASE,
)
#: People who came back from another country: a cross-border return.
_FROM_ABROAD_RE = re.compile(
    r"\b(?:returned|returning|come\s+back|came\s+back|deported|rentrée?s|retournée?s|revenue?s|rapatriée?s)\s+"
    r"(?:(?:\w+\s+){0,3}?(?:from|de|des|du)\s+(?:neighbou?ring\s+countries|abroad|exile|pays\s+voisins|l['’]étranger|"
    r"l['’]exil)|(?:\w+\s+)?(?:au\s+pays|dans\s+leur\s+pays(?:\s+d['’]origine)?|to\s+(?:their|the)\s+(?:home\s+)?country|"
    r"to\s+their\s+homeland))",
    re.IGNORECASE,
)


def category_for(reading: Reading, clause: str, own: str | None = None, *, disaster: bool = False) -> Category | None:
    """Stock or flow, inside the country or abroad, from the wording of the figure's clause (``own``: the
    figure's words and what follows them). In a disaster, a count that climbs ("the number of people displaced by
    the rains has climbed to 293,661") is the event's displacement so far, a flow; in a conflict, a stock."""
    term = reading.term
    if term is Term.AFFECTED:
        return None
    own_words = _own_words(reading, own) if own is not None else None
    if term not in HOUSING_TERMS and (
        (own_words is not None and _FAILED_RETURN_RE.search(own_words)) or _FAILED_LABEL_RE.search(clause)
    ):
        return Category.FAILED_RETURN  # "2 300 retournés ont fui de nouveau", "who had gone back … displaced again"
    if _sent_across(reading, own if own is not None else clause):
        return Category.CROSS_BORDER_RETURN  # "Iran deported 18,400 Afghans", "Le Ghana a refoulé 530 Burkinabè"
    if term is Term.RETURNS:
        own_words = own if own is not None else clause
        repatriated = _REPATRIATED_RE.search(own_words) or _REPATRIATED_RE.search(
            reading.cue.text if reading.cue else ""
        )
        back_across = _BACK_ACROSS_RE.search(own_words) or _BACK_ACROSS_RE.search(
            reading.cue.text if reading.cue else ""
        )
        if _REFUGEES_RE.search(own_words) or _FROM_ABROAD_RE.search(own_words) or repatriated or back_across:
            return Category.CROSS_BORDER_RETURN
        # returnees living somewhere are a stock; people who returned (IDP families among them) are a movement
        stock = _RETURNEES_STOCK_RE.search(clause) is not None and not _flow(clause)
        return Category.RETURNEES if stock or _counted_returnees(reading, own_words) else Category.RETURN
    if term in HOUSING_TERMS:
        return Category.NEW_DISPLACEMENT
    # "… and 105,000 internally displaced persons": the figure's own noun says they are in their country
    internal = (reading.head is not None and _INTERNAL_RE.search(reading.head.text) is not None) or (
        own is not None and _INTERNAL_AFTER_RE.match(own, reading.quantity.end - reading.qualifier_start) is not None
    )
    if _abroad(clause) and not _REFUGE_AT_HOME_RE.search(clause) and not internal:
        if _REFUGEES_RE.search(reading.cue.text if reading.cue else "") and _went_home(clause):
            # "Rentrés du Niger, 900 réfugiés maliens ont regagné Ménaka", "helped repatriate 3,450 Burundian refugees"
            return Category.CROSS_BORDER_RETURN
        if _FORCED_REFUGE_RE.search(clause):
            return Category.CROSS_BORDER_FLIGHT  # "forced 4,800 people to seek refuge in camps in Chad": a flight
        return abroad_category(clause)
    if term in (Term.RELOCATED, Term.DISPLACED, Term.MULTIPLE_OR_OTHER) and _SETTLED_ELSEWHERE_RE.search(clause):
        return Category.RELOCATION_ELSEWHERE  # "rather than return, 1,200 IDPs have chosen to settle permanently"
    if term is Term.RELOCATED and _PROVISIONAL_RE.search(clause) and not _PERMANENT_RE.search(clause):
        # "the first 18 families moved into prefabricated units", "relogées dans des maisons préfabriquées": housing
        # for the time being, a provisional solution (the writers' call since the twenty-ninth session)
        return Category.PROVISIONAL_SOLUTIONS
    if term is Term.RELOCATED and (
        _PERMANENT_RE.search(clause)
        # "ont relocalisé 600 familles déplacées vers un site": people already displaced, moved on elsewhere
        or (own is not None and _DISPLACED_PEOPLE_RE.match(own, reading.quantity.end - reading.qualifier_start))
    ):
        return Category.RELOCATION_ELSEWHERE  # "réinstallés définitivement", "permanently relocated"
    # "displaced again"; not a relative clause about some of them ("4.5 million IDPs, many of whom have been
    # displaced several times")
    if term in _AGAIN_TERMS:
        words = _SOME_OF_WHOM_RE.sub("", own_words if own_words is not None else clause)
        if (
            (
                term in (Term.DISPLACED, Term.FORCED_TO_FLEE)
                and (_AGAIN_RE.search(words) or _AGAIN_BEFORE_RE.search(clause))
            )
            or _ONCE_MORE_RE.search(words)
            or (_ALREADY_DISPLACED_RE.search(clause) and _moved(_ALREADY_DISPLACED_RE.sub(" ", clause)))
            # "DTM recorded 7,100 repeat displacements", "Déplacement secondaire de 3 100 personnes": the figure's
            # own noun says the move is another one
            or _REPEAT_NOUN_RE.match(words, reading.quantity.end - reading.qualifier_start)
            or _REPEAT_NOUN_BEFORE_RE.search(clause)
            # "22,860 people evicted from 38 IDP sites", "des déplacés expulsés du site": displaced people moved on
            or (term is Term.MULTIPLE_OR_OTHER and _EVICTED_IDPS_RE.search(own if own is not None else clause))
        ):
            return Category.MULTIPLE_DISPLACEMENT  # "displaced again", "déplacées au moins deux fois"
    if term in _PLACES_TERMS | {Term.DISPLACED, Term.HOMELESS} and own is not None and _REMAIN_OWN_RE.match(own):
        return Category.IDPS  # "9,000 people remain in 24 evacuation centres following last week's floods"
    with_hosts = term is Term.DISPLACED and reading.cue is not None and _WITH_HOSTS_RE.fullmatch(reading.cue.text)
    if (
        (term in _PLACES_TERMS or with_hosts)
        and not _flow(clause)
        and not _took_refuge(own if own is not None else clause)
    ):
        # people in shelters or camps: where they are at a date ("70,000 people were in 47 shelters", "1 800
        # déplacés du site de Pissila"), unless the clause tells of their movement ("fled to camps this week")
        return Category.IDPS
    if (
        term in (Term.DISPLACED, Term.MULTIPLE_OR_OTHER)
        and _stock(clause, disaster)
        and not _flow(clause)
        and not _running_total_only(clause)
    ):
        return Category.IDPS
    if (
        term is Term.DISPLACED
        and not disaster
        and own is not None
        and _AS_OF_OWN_RE.search(own)
        # (not a running count of new displacements: "newly displaced as of 30 April", "since 1 January")
        and not _NEWLY_OR_SINCE_RE.search(clause)
    ):
        # "1,021,000 people were displaced as of the last DTM round in December": in a conflict, a count true at a
        # date is a stock, whatever the tense
        return Category.IDPS
    if term is Term.DISPLACED and not disaster and _STATE_REACHED_RE.search(clause):
        # "which since 2009 has left about 1.8 million people internally displaced": in a conflict, the state it
        # left people in
        return Category.IDPS
    if term is Term.EVACUATED and _STILL_EVACUATED_RE.search(clause) and not _flow(clause):
        return Category.IDPS  # "153,000 people remained under evacuation orders": evacuees at a date
    if (
        term is Term.DISPLACED
        and not disaster
        and own is not None
        and _STOCK_NOUN_RE.match(own, reading.quantity.end - reading.qualifier_start)
        and not _flow(clause)
        and not _PERIOD_RE.search(clause)
        # (not an event's toll: "Attaque à Djibo : 4 300 déplacés", "clashes … leave 9,000 displaced")
        and not _EVENT_TOLL_RE.search(clause)
    ):
        # "Les 3 500 déplacés du site de Kanyaruchinya manquent d'eau", "Haiti's 362,000 displaced are concentrated
        # in the capital": outside a disaster, the displaced named as such, with no movement told, are a stock
        return Category.IDPS
    return Category.NEW_DISPLACEMENT


_NEWLY_OR_SINCE_RE = re.compile(r"\b(?:newly|new|since|depuis|so\s+far|cumulative\w*|nouvellement)\b", re.IGNORECASE)
#: A date the count is true at, told after it: " were displaced as of the last DTM round in December".
_AS_OF_OWN_RE = re.compile(
    r"^(?:[^.;:,]|(?<=\d)[,.](?=\d)){0,60}?\b(?:displaced|déplacée?s)\s+(?:internally\s+|internes?\s+)?(?:as\s+(?:of|at)|en\s+date\s+du|"
    r"à\s+la\s+date\s+du)\b",
    re.IGNORECASE,
)
#: An event the figure is the toll of: an attack, clashes, fighting, a raid; "leave N displaced".
_EVENT_TOLL_RE = re.compile(
    r"\b(?:attacks?|attaques?|attacked|clashes|affrontements|fighting|combats|raids?|offensive|assault|assaut|"
    r"violence|leaves?|left|laiss\w+|(?:a|ont)\s+fait)\b",
    re.IGNORECASE,
)
#: The figure's own noun names displaced people as such, with nothing of what displaced them ("3 500 déplacés du
#: site", "362,000 IDPs"; not "12,000 displaced by the fighting", "déplacés par les inondations").
_STOCK_NOUN_RE = re.compile(
    r"\s+(?:internally\s+displaced\s+(?:persons|people)|displaced\s+persons|IDPs?|PDIs?|(?:personnes\s+)?déplacée?s"
    r"(?:\s+internes)?|displaced)\b(?!\s+(?:by|from|par|after|après|as|following|since|depuis|suite|à\s+cause|due|owing|as\s+a|"
    r"in\s+(?:the\s+)?(?:last|past|\d+|one|two|three|a\s+single)|en\s+\d+|over\s+the|during|within|lors|au\s+cours))",
    re.IGNORECASE,
)


#: Between a figure's noun and its own verb: auxiliaries, adverbs, a preposition and an article ("ont été ",
#: "vivent encore dans des ", "have been ").
_OWN_VERB_GAP_RE = re.compile(
    r"[ \t]*(?:(?:still|now|already|encore|désormais|déjà|toujours)[ \t]+)*"
    r"(?:have|has|had|were|was|are|is|ont|a|avaient|avait|sont|étaient|vivent)[ \t]+"
    r"(?:(?:have|has|had|were|was|are|is|been|being|ont|a|sont|été|étaient|"
    r"still|now|already|encore|désormais|déjà|toujours|in|into|dans|en|the|a|des|les|un|une|de)[ \t]+)*"
)
#: People made to take refuge: a flight, wherever they found it.
_FORCED_REFUGE_RE = re.compile(
    r"\b(?:forced|forcing|forces|drove|driven|obligée?s?|contraint\w*|poussée?s?)\s+(?:\S+\s+){0,8}?"
    r"(?:to\s+(?:seek|take|find)\s+(?:refuge|shelter)|à\s+se\s+réfugier)\b",
    re.IGNORECASE,
)


def forced_to_refuge(words: str) -> bool:
    """True when ``words`` say people were made to take refuge ("forced 4,800 people to seek refuge in camps"): a
    flight, wherever they found it."""
    return _FORCED_REFUGE_RE.search(words) is not None


def spent_the_night(reading: Reading) -> bool:
    """True when the figure's people spent a night in shelters ("spent Friday night in evacuation centres", "ont
    passé la nuit dans des écoles")."""
    return reading.term in _PLACES_TERMS and reading.cue is not None and _NIGHT_RE.search(reading.cue.text) is not None


_SLASH_PAIR_BEFORE_RE = re.compile(r"(?<![\d,.])(\d[\d,.]*)\s*/\s*\Z")
_NIGHT_RE = re.compile(r"\bnights?\b|\bnuits?\b|\bovernight\b|\bslept\b|\bweekend\b", re.IGNORECASE)
#: Words that say a stay in shelters or camps has lasted: "for months", "two years after the earthquake", "depuis
#: des mois", "six mois après", "protracted", "long-term".
_LASTING_RE = re.compile(
    r"\b(?:(?:for|over|since|after|depuis|pendant|après|durant)\s+(?:\w+\s+){0,2}?(?:months|years|mois|ans|années)\b|"
    r"(?:months|years|mois|ans|an|year|year's|années?)\s+(?:after|later|on|since|après|plus\s+tard)\b|"
    r"protracted|prolongée?s?|long[- ]term|longue\s+durée|anniversary|anniversaire)",
    re.IGNORECASE,
)


def in_disaster_shelter(reading: Reading, category: Category | None, clause: str, *, disaster: bool) -> bool:
    """True when the figure counts people a disaster put out of their homes, read as where they are (``idps``):
    in its shelters, evacuation centres or relief camps, with relatives, or still displaced. In the weeks of the
    event, such a count is the event's displacement so far, as IDMC counts it (people in evacuation centres as new
    displacements): a flow, unless words or dates say the stay has lasted (see ``lasted``). Not a count of IDPs
    named so ("3,345,000 IDPs in 2,800 sites"), which reports of a country's displaced people give."""
    if not disaster or category is not Category.IDPS:
        return False
    if reading.term in _PLACES_TERMS:
        # (not a camp's population, a stock whatever swelled it: "the IDP camp population has risen to 139,800")
        return _CAMP_POPULATION_RE.search(clause) is None
    return (
        reading.term in (Term.DISPLACED, Term.HOMELESS)
        and not (reading.head is not None and _INTERNAL_RE.search(reading.head.text))
        and not _INTERNAL_RE.search(clause)
    )


#: Places and agencies that exist for disasters: evacuation centres and sites, relief camps, safety centres and
#: safe locations, a civil defence or a disaster management agency ("people in 641 shelters", alone, may be war's).
_DISASTER_SHELTER_RE = re.compile(
    r"\bevacuation\s+(?:centres?|centers?|shelters?|sites?|camps?|points?)\b|\brelief\s+camps?\b|"
    r"\b(?:safety|welfare|care)\s+cent(?:re|er)s?\b|\bsafe\s+locations?\b|"
    r"\bcentres?\s+d'(?:évacuation|accueil\s+temporaire)|\bsites?\s+d'évacuation|"
    r"\bcivil\s+(?:defen[cs]e|protection)\b|\bprotection\s+civile\b|\bdefensa\s+civil\b|"
    r"\bdisaster\s+(?:management|risk\s+reduction)\b|\bgestion\s+des\s+(?:catastrophes|risques)\b",
    re.IGNORECASE,
)


def disaster_places(words: str) -> bool:
    """True when ``words`` name a place or an agency that exists for disasters (evacuation centres, relief camps,
    safety centres, a civil defence, a disaster management centre): where no cause is stated, people counted there
    were put out of their homes by a disaster."""
    return _DISASTER_SHELTER_RE.search(words) is not None


_CAMP_POPULATION_RE = re.compile(
    r"\b(?:idp|camp|site|poc)s?\s+population\b|\bpopulation\s+(?:of|in)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:camps?|sites?)\b|"
    r"\bpopulation\s+(?:du|des)\s+(?:camps?|sites?)\b",
    re.IGNORECASE,
)


def lasted(words: str) -> bool:
    """True when ``words`` say a stay has lasted months or years ("two years after the earthquake", "depuis des
    mois", "protracted")."""
    return _LASTING_RE.search(words) is not None


_WITH_HOSTS_RE = re.compile(WITH_HOSTS, re.IGNORECASE)
#: A state a conflict left people in: "has left 1.8 million people internally displaced".
_STATE_REACHED_RE = re.compile(
    r"\bleft\s+(?:\S+\s+){1,5}?(?:internally\s+)?displaced\b",
    re.IGNORECASE,
)
#: Terms whose people may be moving once more: "fled again", "évacués une nouvelle fois", "IDPs sheltering in Djibo
#: were displaced anew".
_AGAIN_TERMS = frozenset(
    {Term.DISPLACED, Term.FORCED_TO_FLEE, Term.EVACUATED, Term.SHELTERED, Term.IN_RELIEF_CAMP, Term.MULTIPLE_OR_OTHER}
)


def _moved(clause: str) -> bool:
    """True when the clause tells of a move ("uprooted 18,000 people", "ont dû quitter leur abri")."""
    return _flow(clause) or _MOVED_RE.search(clause) is not None


#: Sent out of a country by its authorities: deported, expelled, pushed or sent back at its border.
_SENT_ACROSS_RE = re.compile(
    r"\b(?:deport\w*|expel\w*|expuls\w*|refoul\w*|(?:sent|pushed|forced|turned)\s+back|push-?backs?|"
    r"reconduit\w*\s+(?:à|vers)\s+la\s+frontière|renvoy\w*\s+(?:dans|vers|en|au)\b)",
    re.IGNORECASE,
)
#: Words that say a removal out of a country whoever is removed: deported, "refoulé", push-backs at a border.
_OUT_OF_COUNTRY_RE = re.compile(r"deport|refoul|push-?back|reconduit|back", re.IGNORECASE)
#: People named as foreigners where they were: a nationality (a capitalised noun right after the number), migrants,
#: refugees, nationals.
_FOREIGNERS_RE = re.compile(
    r"\A\s*(?:(?:undocumented|sans-papiers|irregular|irréguliers)\s+)?[A-Z][a-zà-ÿ]+\b|"
    r"\b(?:migrants?|refugees?|réfugiée?s|asylum[- ]seekers?|demandeurs\s+d['’]asile|nationals|citizens|"
    r"ressortissante?s|foreigners|étrangers|sans-papiers|undocumented)\b"
)
#: Sent back to their homes or villages: a return inside the country.
_HOME_BACK_RE = re.compile(
    r"\b(?:to|into|vers|dans|à)\s+(?:their|leurs?)\s+(?:homes?|villages?|areas?|places?|communities|foyers?|"
    r"localités?|lieux|régions?|quartiers?)\b",
    re.IGNORECASE,
)
_SENT_PASSIVE_RE = re.compile(
    r"\s+(?:were|have\s+been|had\s+been|ont\s+été|avaient\s+été|sont)\s+(?:\w+\s+)?(?:deported|expelled|"
    r"(?:sent|pushed|forced|turned)\s+back|expulsée?s|refoulée?s|renvoyée?s)\b",
    re.IGNORECASE,
)
#: Put out of a home, a site or a camp: an eviction, not a removal from a country.
_EVICTED_FROM_RE = re.compile(
    r"\b(?:from|de|des|du|d['’]|hors\s+de)\s+(?:their\s+|leurs?\s+|les\s+|la\s+|le\s+|the\s+|l['’])?"
    r"(?:homes?|houses?|logements?|maisons?|terres?|lands?|sites?|camps?|abris?|quartiers?|shelters?|"
    r"neighbou?rhoods?|settlements?|buildings?|immeubles?|parcelles?|plots?)\b",
    re.IGNORECASE,
)


def _sent_across(reading: Reading, own: str) -> bool:
    """True when the figure's cue tells of people sent out of a country ("deported", "expelled", "refoulé",
    "sent back"): a return from abroad, unless they were put out of their homes or camps, or are IDPs."""
    cue = reading.cue
    if cue is None:
        return False
    sent = _SENT_ACROSS_RE.search(cue.text)
    if sent is not None and not _OUT_OF_COUNTRY_RE.search(sent.group()):
        # "expelled", "sent back": out of a country only when its people are named as foreigners there ("9,700
        # undocumented Afghans", "1 100 Congolais", "migrants"), not "700 families expelled from a settlement"
        people = own[reading.quantity.end - reading.qualifier_start :][:60]
        if reading.head is not None:
            people = f"{reading.head.text} {people}"
        if not _FOREIGNERS_RE.search(people):
            return False
    if sent is None and not (
        # "340 asylum seekers were pushed back at the border": refugees, then the verb
        _REFUGEES_RE.search(cue.text) and _SENT_PASSIVE_RE.match(own, cue.end - reading.qualifier_start)
    ):
        return False
    if _EVICTED_FROM_RE.search(own) or _INTERNAL_RE.search(own) or _HOME_BACK_RE.search(own):
        return False
    return not (reading.head is not None and _INTERNAL_RE.search(reading.head.text))


#: The noun of people back home, after their number: "374 000 retournés", "1,302,140 returning IDPs".
_RETURNEE_NOUN_RE = re.compile(r"(?:returnees?|returning\s+idps|retournée?s|rapatriée?s|retornad[oa]s)", re.IGNORECASE)
#: A verb in the figure's line: then it tells of a movement, not a count in a list.
_LINE_VERB_RE = re.compile(
    r"\b(?:have|has|had|were|was|are|is|will|ont|sont|étaient|était|a|arrived|arriving|returned|returning\s+to|came|"
    r"went|crossed|rentrée?s\s+\w|revenue?s|regagné|since|depuis|this\s+week|last\s+week|cette\s+semaine)\b",
    re.IGNORECASE,
)


def _counted_returnees(reading: Reading, own: str) -> bool:
    """True for returnees counted in a list of key figures, their noun right after the number and no verb in the
    line ("374 000 retournés", "• 1,302,140 returning IDPs in 1,881 villages"): a stock."""
    cue, quantity = reading.cue, reading.quantity
    if cue is None or not 0 <= cue.start - quantity.end <= 2 or not _RETURNEE_NOUN_RE.fullmatch(cue.text):
        return False
    line = re.split(r"[\n;.]|,\s", own, maxsplit=1)[0]
    return _LINE_VERB_RE.search(line) is None


#: Words of a return home: "ont regagné", "rentrés", "repatriate", "returns from", "pour regagner".
_HOMEWARD_RE = re.compile(
    r"\b(?:regagn\w+|rentrée?s|rentrer|revenue?s|revenir|retourn(?:er|és?|ées?)|returned|returning|returns|"
    r"repatriat\w+|rapatri\w+|retours?|came\s+home|come\s+home|went\s+home|gone\s+home)\b",
    re.IGNORECASE,
)
#: A return not made: "cannot return", "hope to go home", "ne peuvent pas rentrer", "avant de rentrer".
_NOT_YET_HOMEWARD_RE = re.compile(
    r"\b(?:not|cannot|can['’]t|unable|hope|hoping|hopes|plan|plans|wish|wishes|want|intend|before|ready|pas|"
    r"souhait\w*|espèr\w*|veulent|avant\s+de|prêts?|prête?s)\b[^.;]{0,20}\Z",
    re.IGNORECASE,
)


_CAPITALISED_AFTER_RE = re.compile(r"\s+[A-Z]")
_LISTED_NEXT_RE = re.compile(r"\s*(?:,|\bet\b|\band\b)", re.IGNORECASE)
_NUMBER_BEFORE_RE = re.compile(r"\d\s*(?:million|millions|mln|m)?\s+\Z", re.IGNORECASE)


def _went_home(words: str) -> bool:
    """True when the words tell a return that was made ("ont regagné Ménaka"), not one hoped for."""
    return any(
        not _NOT_YET_HOMEWARD_RE.search(words, max(0, match.start() - 30), match.start())
        # "the Refugee Relief and Repatriation Commissioner": a name
        and not (match.group()[:1].isupper() and _CAPITALISED_AFTER_RE.match(words, match.end()))
        # "136 541 retournés et 48 372 réfugiés": the returnees of another figure
        and not _NUMBER_BEFORE_RE.search(words, max(0, match.start() - 16), match.start())
        and not _LISTED_NEXT_RE.match(words, match.end())
        for match in _HOMEWARD_RE.finditer(words)
    )


def _abroad(clause: str) -> bool:
    """True when the clause says its people are or went abroad; an attack across a border does not ("evacuated
    9,000 people since Russia opened a new offensive across the border")."""
    for match in _ABROAD_RE.finditer(clause):
        if (
            match.group().lower().startswith("across")
            and _ATTACK_BEFORE_RE.search(clause, max(0, match.start() - 40), match.start())
            # "people fleeing the shelling streamed across the border": the people moved across it
            and not _MOVED_BEFORE_RE.search(clause, max(0, match.start() - 20), match.start())
        ):
            continue
        if _AGENCY_FOR_RE.search(clause, max(0, match.start() - 60), match.start()):
            continue  # "the UN agency for Palestine refugees said", "le Haut-Commissariat pour les réfugiés": a name
        if match.group().lower().startswith("cross") and _FORCES_BEFORE_RE.search(
            clause, max(0, match.start() - 40), match.start()
        ):
            continue  # "evacuated … since Russian forces crossed the border on 10 May": the troops crossed it
        if _CAMP_AFTER_WORD_RE.match(clause, match.end()) and _LEFT_FROM_BEFORE_RE.search(
            clause, max(0, match.start() - 80), match.start()
        ):
            continue  # "displaced from Jenin, Tulkarm and Nur Shams refugee camps": camps they left, where they live
        return True
    return False


#: Troops just before a crossing: "since Russian forces ", "after the army ", "quand les troupes ".
_FORCES_BEFORE_RE = re.compile(
    r"\b(?:forces|troops|army|soldiers|fighters|militants|rebels|tanks|armée|troupes|soldats|militaires|rebelles)\s+"
    r"(?:(?:had|have|has|ont|avaient|a)\s+)?\Z",
    re.IGNORECASE,
)
#: "camps" right after "refugee": the camps named by the abroad word.
_CAMP_AFTER_WORD_RE = re.compile(r"\s+camps?\b", re.IGNORECASE)
#: People who left a place named next: "have been displaced from Jenin, Tulkarm and Far'a ", "fled the ".
_LEFT_FROM_BEFORE_RE = re.compile(
    r"\b(?:displaced|fled|forced\s+out|forced|evicted|expelled|driven\s+out|chassée?s|déplacée?s)\s+"
    r"(?:from|out\s+of|de|des|du)\b[^.;:]{0,70}\Z",
    re.IGNORECASE,
)


#: A number of places that house people, after "in" and a few words of their name: "in 20 Red Cross and county
#: shelters", "dans 45 grands centres d'accueil".
_IN_BEFORE_RE = re.compile(r"\b(?:in|at|across|into|dans|vers)\s+\Z", re.IGNORECASE)
_FACILITIES_AFTER_RE = re.compile(
    r"\s+(?:[\w'’-]+\s+){1,4}?(?:shelters|centres|centers|camps|sites|schools|churches|mosques|gyms|hotels|"
    r"abris|écoles|églises|gymnases|hôtels)\b",
    re.IGNORECASE,
)
#: The name of an agency for refugees, not the figure's people: "the UN agency for Palestine refugees", "UN High
#: Commissioner for Refugees", "l'agence des Nations unies pour les réfugiés", "Haut-Commissariat pour les réfugiés".
_AGENCY_FOR_RE = re.compile(
    r"\b(?:agency|commissioner|commission|office|ministry|organi[sz]ation|department|committee|agence|"
    r"haut-commissariat|commissariat|office|ministère|organisation)\s+(?:[\w'’-]+\s+){0,3}?(?:for|pour)\s+"
    r"(?:the\s+|les\s+)?(?:[\w-]+\s+)?\Z",
    re.IGNORECASE,
)


_MOVED_BEFORE_RE = re.compile(
    r"\b(?:streamed|fled|flee|fleeing|poured|crossed|crossing|flowed|went|came|moved|escaped|walked|ran|swam|waded|"
    r"trekked|spilled|surged)\s+\Z",
    re.IGNORECASE,
)
_ATTACK_BEFORE_RE = re.compile(
    r"\b(?:offensive|attacks?|incursions?|raids?|shelling|strikes?|fire|operations?|assault)\b[^,.;]*\Z", re.IGNORECASE
)


def _stock(clause: str, disaster: bool) -> bool:
    """True when the clause says its people are somewhere at a date; in a disaster, a level reached alone does
    not."""
    if not disaster:
        return _STOCK_RE.search(clause) is not None
    return any(
        _LEVEL_RE.fullmatch(match.group()) is None and _BRINGING_RE.fullmatch(match.group()) is None
        for match in _STOCK_RE.finditer(clause)
    )


def _running_total_only(clause: str) -> bool:
    """True when the clause's only word of a stock is a running total over a period ("bringing the number of people
    displaced this year to 150,000"): the movements of that period, all told."""
    matches = [m.group() for m in _STOCK_RE.finditer(clause)]
    return (
        bool(matches)
        and all(_BRINGING_RE.fullmatch(m) for m in matches)
        and _PERIOD_WORDS_RE.search(clause) is not None
    )


_PERIOD_WORDS_RE = re.compile(
    r"\b(?:this\s+year|so\s+far|in\s+(?:19|20)\d\d|cette\s+année|en\s+(?:19|20)\d\d|since|depuis)\b", re.IGNORECASE
)


def tells_stock(words: str) -> bool:
    """True when ``words`` say, outside any relative clause, where people are ("remain in the country", "vivent
    dans les camps", "s'élève désormais à"): a stock."""
    return _STOCK_VERB_RE.search(_RELATIVE_UNTIL_VERB_RE.sub(" ", words)) is not None


def tells_level(words: str) -> bool:
    """True when ``words`` give a count as a level reached ("s'élève désormais à", "now stands at"): a stock."""
    return re.search(_LEVEL, words, re.IGNORECASE) is not None


def tells_movement(words: str) -> bool:
    """True when ``words`` tell of a movement outside any relative clause ("dont 55 000 arrivés depuis janvier";
    not "409,000 who fled earlier conflicts")."""
    return _FLOW_RE.search(_RELATIVE_CLAUSE_RE.sub(" ", words)) is not None


#: A short period the figure's people came in ("last month", "during the first two weeks of February", "en une
#: semaine"): of people abroad, a movement, not how many are there.
_PERIOD_RE = re.compile(
    r"\b(?:(?:last|this|that|past|previous)\s+(?:month|weekend|fortnight)|over\s+the\s+weekend|overnight|"
    r"(?:during|in|over|within)\s+(?:the\s+)?(?:a\s+|one\s+|two\s+|three\s+|a\s+single\s+|(?:first|last|past)\s+"
    r"(?:\w+\s+)?)(?:days?|weeks?|fortnight|months?)\b|within\s+days|"
    r"(?:le|ce)\s+mois\s+(?:dernier|passé|-ci)|ce\s+mois-ci|(?:le|ce)\s+week-end|en\s+(?:une|deux|trois|quelques)\s+"
    r"(?:seule\s+)?(?:jours?|journées?|semaines?|mois|nuits?)|durant\s+la\s+nuit|en\s+une\s+nuit|"
    r"sought\s+asylum|(?:ont|a)\s+demandé\s+l['’]asile|"
    # an influx: "un afflux de 2 600 réfugiés", "have poured into Tunisia"
    r"afflux|poured|streamed|"
    # a day: "sent 1,800 people across the border on Tuesday" (when it was said is taken out before)
    rf"on\s+{_WEEKDAY}|(?:ce|le)\s+{_WEEKDAY})",
    re.IGNORECASE,
)


_BEFORE_EVENT_RE = re.compile(
    r"\b(?:before|prior\s+to|avant)\s+(?:this|the|that|these|cet|cette|ces|l['’]|le|la|les)\s*(?:latest\s+|new\s+|"
    r"dernier\s+|dernière\s+|nouvel\s+|nouvelle\s+)?(?:influx|arrivals?|exodus|afflux|arrivées?|exode|wave|vague)\b",
    re.IGNORECASE,
)


def _abroad_flow(clause: str) -> bool:
    """True when the clause about people abroad tells of their movement: flow wording, or a short period they
    came in outside a relative clause ("sought asylum in Uganda during the first two weeks of February")."""
    # ("Burundi already hosted 89,000 Congolese refugees before this influx": the event named is after the count)
    clause = _BEFORE_EVENT_RE.sub(" ", clause)
    main = _RELATIVE_UNTIL_VERB_RE.sub(" ", _SAID_WHEN_RE.sub(" ", clause))
    if _STOCK_VERB_RE.search(main) and not _FLOW_RE.search(main):
        return False  # "Haitians who fled gang violence are living in the Dominican Republic"
    return _flow(clause) or _PERIOD_RE.search(main) is not None


def abroad_category(clause: str) -> Category:
    """The category of people found to be in another country: a movement (flow wording) or a stock."""
    return Category.CROSS_BORDER_FLIGHT if _abroad_flow(clause) else Category.PEOPLE_DISPLACED_ACROSS_BORDERS


# The look-backs searched before every number (or name) end where the span searched ends: a test of the span's
# last characters spares most of their searches (see prefilter.EndGuarded).
_SHARE_OF_RE = end_guarded(_SHARE_OF_RE)
_CURRENCY_BEFORE_RE = end_guarded(_CURRENCY_BEFORE_RE)
_NOT_FIGURE_BEFORE_RE = end_guarded(_NOT_FIGURE_BEFORE_RE)
_HOSTS_RE = end_guarded(_HOSTS_RE)
_PRONOUN_HOSTS_RE = end_guarded(_PRONOUN_HOSTS_RE)
_MONTH_DAY_BEFORE_RE = end_guarded(_MONTH_DAY_BEFORE_RE)
_POSSESSIVE_BEFORE_RE = end_guarded(_POSSESSIVE_BEFORE_RE)
_CODE_BEFORE_RE = end_guarded(_CODE_BEFORE_RE)
_CALL_BEFORE_RE = end_guarded(_CALL_BEFORE_RE)
_CAPACITY_BEFORE_RE = end_guarded(_CAPACITY_BEFORE_RE)
_AIDED_BEFORE_RE = end_guarded(_AIDED_BEFORE_RE)
_HOME_TO_RE = end_guarded(_HOME_TO_RE)
_POPULATION_BEFORE_RE = end_guarded(_POPULATION_BEFORE_RE)
_TITLED_REFERENCE_RE = end_guarded(_TITLED_REFERENCE_RE)
_RATIO_BEFORE_RE = end_guarded(_RATIO_BEFORE_RE)
_PROJECTED_RE = end_guarded(_PROJECTED_RE)
_TARGET_BEFORE_RE = end_guarded(_TARGET_BEFORE_RE)
_PART_BEFORE_RE = end_guarded(_PART_BEFORE_RE)
_AVERAGE_BEFORE_RE = end_guarded(_AVERAGE_BEFORE_RE)
_PART_OF_THINGS_BEFORE_RE = end_guarded(_PART_OF_THINGS_BEFORE_RE)
_AGE_BEFORE_RE = end_guarded(_AGE_BEFORE_RE)
_SLASH_PAIR_BEFORE_RE = end_guarded(_SLASH_PAIR_BEFORE_RE)
