"""Wording cues: what a figure counts (its term), its unit, and words that make a number not a figure.

Cues are English and French regular expressions (with a few Spanish/Portuguese forms that cost nothing).
Each cue has a kind: a displacement :class:`Term`, a casualty (the number is not a displacement figure) or a
non-figure noun.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from idmon.domain.vocabulary import Term, Unit
from idmon.extract.prefilter import GroupScanner, compile_guarded, end_guarded, guard
from idmon.extract.segments import ends_row


class CueKind(StrEnum):
    TERM = "term"
    CASUALTY = "casualty"


@dataclass(frozen=True, slots=True)
class Cue:
    """A wording cue found in a sentence."""

    start: int
    end: int
    kind: CueKind
    term: Term | None
    text: str
    flooding: bool = False
    #: A wording that tells of displacement only in a text that tells of it otherwise too ("crossed the border").
    weak: bool = False


#: Disease cases; but French "cases" are huts ("1 430 cases ont été détruites", "Cases détruites : 18 250").
_NOT_HUTS = (
    r"cases(?!\s+(?:en\s+[\w-]+\s+)?(?:ont\s+été\s+|sont\s+|avaient\s+été\s+|ont\s+|se\s+sont\s+)?(?:partiellement\s+|totalement\s+|complètement\s+)?(?:cédé|détruite|endommagée|effondrée|emportée|inondée|"
    r"submergée|touchée|décoiffée|brûlée|incendiée|rasée|écroulée|en\s+tôle|d['’]habitation|s['’]effondrer|s['’]écrouler))"
)
#: People taken in by relatives or host families, where they are: "staying with", "familles d'accueil" (the cue of
#: displaced people, and in figures a stock like people in shelters).
WITH_HOSTS = (
    r"(?:staying|living|lodging)\s+with|host\s+famil(?:y|ies)|familles?\s+d['’]accueil|chez\s+des\s+proches|"
    # "while thousands more were with friends and relatives"
    r"(?:were|are)\s+with\s+(?:friends|relatives|family|families|host\s+families|neighbou?rs)\b"
)
#: Where people "rehoused" stay when the text names a shelter: "rehoused in the town's sports hall".
_REHOUSED_IN = (
    r"(?:hotels?|schools?|shelters?|gyms?|gymnasiums?|pavilions?|(?:sports|community|village)\s+halls?|churche?s?|tents|"
    r"evacuation\s+cent(?:re|er)s)\b"
)
#: A host, then a count of a people (lowered text; the people's noun is checked against the gazetteer later).
#: Not one count over sites and host families ("in collective sites and host communities": the people are in
#: either, displaced).
_NOT_OR_HOSTS = r"(?!\s+(?:and|or|et|ou)\s+(?:in\s+|with\s+|among\s+)?(?:host|families|relatives|familles|communautés))"
HOSTS_VERBS = (
    r"(?:hosts|is\s+hosting|hosted|has\s+(?:received|taken\s+in|welcomed)|accueille|a\s+accueilli|abrite|héberge|"
    r"a\s+reçu)"
)
HOSTS_NATIONALS = (
    HOSTS_VERBS + r"(?=(?:\s+(?:à\s+(?:elle|lui)\s+seule?|alone|now|currently|already|désormais|déjà|actuellement|"
    r"toujours|encore|still))?\s+(?:(?:more\s+than|over|some|about|nearly|almost|an\s+estimated|plus\s+de|près\s+de|environ|"
    r"quelque)\s+)?\d[\d\s,.\u00a0\u202f]*+(?:(?:million|millions|lakh|m)\b)?(?:\s+(?:de|d['’]))?\s*"
    r"[a-zà-ÿ]+(?:ians|ans|iens|iennes|ains|aines|ais|aises|ois|oises|is|ites|ese|è)\b"
    # (a people named by its plight is read by that word: "1,5 million de Syriens déplacés par la guerre")
    r"(?!\s+(?:déplacé|displaced|réfugié|refugees|fled|fuyant|qui\s+ont\s+fui|who\s+(?:have\s+|had\s+)?fled)))"
)
#: Refuge taken in a place, up to the noun that names it: "took refuge in 11 new spontaneous sites", "ont trouvé refuge
#: dans des écoles", "sought sanctuary at the UN base" (the noun decides the term: a camp or a shelter).
_REFUGE_IN = (
    # (not a relative clause that tells who they are: "Les 1 650 personnes qui avaient trouvé refuge à l'école … ont
    # regagné leurs villages")
    r"(?:(?<!who\shad\s)(?<!who\shave\s)(?<!who\s)(?:took|taken|taking|take|found|find|finding|sought|seeking|seek)\s+"
    r"(?:a\s+|temporary\s+)?(?:refuge|sanctuary)|"
    r"(?<!qui\s)(?:ont|a|avaient|avait)\s+(?:trouvé|cherché)\s+refuge|(?:se\s+sont|s['’]étaient|s['’]est)\s+réfugiée?s?)"
    r"\s+(?:in|at|inside|dans|sur|au|à\s+l['’]|à)\s+(?:(?!(?:loin|près|far|near|outside|hors|away)\b)[\w'’,.-]+\s+){0,3}?"
    r"(?:l['’])?"
)
#: Fighters, whom a rout puts to flight: no displaced people.
_FIGHTERS = (
    r"(?:miliciens?|assaillants?|rebelles?|combattants?|jihadistes?|djihadistes?|terroristes?|bandits?|braqueurs?|"
    r"insurgés?|ennemis?|agresseurs?|militaires|soldats|assailants?|militi?a(?:men|s)?|fighters|rebels|gunmen|"
    r"insurgents|attackers|militants)\b"
)
_TERM_PATTERNS: list[tuple[Term | None, str]] = [
    (
        Term.UNINHABITABLE_HOUSING,
        r"uninhabitable|unlivable|unusable|unsafe\s+to\s+(?:live|return)|inhabitables?|"
        # "another 60 were too dangerous to live in"
        r"too\s+dangerous\s+to\s+(?:live|stay)\s+in|trop\s+dangereu(?:x|ses?)\s+pour\s+y\s+(?:vivre|habiter)|"
        r"unfit\s+(?:for\s+(?:habitation|living|use)|to\s+live\s+in)|interdite?s?\s+d['’]occupation|arrêtés?\s+de\s+péril|"
        r"impropres?\s+à\s+l['’]habitation|"
        # building assessors' placards: "300 homes have been red-stickered", "red-tagged" (unsafe to enter)
        r"red[- ](?:stickered|tagged|placarded)|"
        r"red\s+(?:stickers?|tags?|placards?)\s+(?:on|to)(?=\s+(?:a\s+further\s+)?\d)|"
        # "declared 47 houses beyond repair" (but "damaged beyond repair" is destroyed)
        r"(?<!damaged\s)(?<!of\sthem\s)beyond\s+repair|"
        # "1,200 houses would have to be rebuilt", "must be demolished", "devront être reconstruites"
        r"(?:would|will|must|need\s+to|needs\s+to|have\s+to)\s+(?:have\s+to\s+)?be\s+(?:rebuilt|demolished|torn\s+down)"
        r"(?![^.;]{0,30}?\b(?:if|unless|should)\b)|"
        r"(?:devront|doivent|devraient)\s+être\s+(?:reconstruite?s|démolie?s|rasée?s)",
    ),
    # "destroyed or damaged", "collapsed or been damaged", "détruites ou endommagées": some of them only damaged
    (
        Term.PARTIALLY_DESTROYED_HOUSING,
        r"(?:partly|partially)\s+or\s+(?:fully|totally|completely)\s+(?:damaged|destroyed)|"
        r"(?:partiellement|totalement)\s+ou\s+(?:totalement|partiellement|entièrement)\s+(?:détruite?s?|endommagée?s?)|"
        r"(?:destroyed|collapsed|détruite?s?|effondrée?s?)\s+(?:or|ou)\s+(?:been\s+|partially\s+|severely\s+|badly\s+|"
        r"gravement\s+|sévèrement\s+|fortement\s+|lourdement\s+|partiellement\s+)?"
        r"(?:damaged|endommagée?s?)|(?:damaged|endommagée?s?)\s+(?:or|ou)\s+(?:totally\s+|fully\s+)?"
        r"(?:destroyed|collapsed|détruite?s?)|"
        # "l'effondrement total ou partiel de 1 100 habitations"
        r"effondrements?\s+(?:total\s+ou\s+partiel|partiel(?:\s+ou\s+total)?)",
    ),
    (
        Term.DESTROYED_HOUSING,
        r"damaged\s+(?:completely|totally|fully|beyond\s+repair)|(?:totally|completely|fully)\s+damaged|"
        # "23 homes were lost" (to a landslide)
        r"(?:(?<=homes\swere\s)|(?<=houses\swere\s)|(?<=homes\shave\sbeen\s)|(?<=houses\shave\sbeen\s))lost\b"
        r"(?!\s+to\s+(?:foreclosures?|repossessions?|the\s+banks?|banks?|developers?|mortgage))|"
        # "damaged 4,156 houses, 1,273 of them completely": the damage, told before, complete for the part
        r"(?<=of\sthem\s)(?:completely|totally|fully)(?=\s*[.,;)]|\s+(?:and|while)\b)|"
        r"(?<=dont\s)(?:complètement|totalement|entièrement)(?=\s*[.,;)])|"
        # "11,200 homes suffered damage, 470 of them total collapses", "recorded as total losses"
        r"total\s+(?:collapses?|loss(?:es)?)(?!\s+(?:or|claims?)\b)|"
        # "3,300 homes have been damaged, 41 of them beyond repair"
        r"(?<=of\sthem\s)beyond\s+repair|"
        r"(?:totally\s+|completely\s+|fully\s+)?(?:destroy(?:ed|ing|s)?|collaps(?:ed|ing)|raz(?:ed|ing)|"
        r"flatten(?:ed|ing)|levell?(?:ed|ing)|burn(?:ed|t|ing)\s+down|burn(?:ed|t)|wash(?:ed|ing)\s+away|"
        r"swept\s+away|sweeping\s+away|wreck(?:ed|ing)|burning(?=\s+(?:(?:about|some|roughly|around|nearly|over|more\s+than)\s+)?\d)|(?<!number\s)(?<!people\s)(?<!persons\s)buried(?!\s+alive)|burying|torched|gutted|demolish(?:ed|ing)|pulled\s+down|torn\s+down|"
        r"bulldozed|knocked\s+down|set\s+(?:on\s+fire|ablaze|alight))|"
        # "setting two houses on fire": the verb before the count
        r"set(?:ting)?(?=\s+(?:[\w,]+\s+){1,5}?(?:on\s+fire|ablaze|alight)\b)|"
        # "set fire to 180 shelters", "ont mis le feu à 200 maisons"; "were covered by debris"
        r"set(?:ting)?\s+fire\s+to|mis\s+le\s+feu\s+(?:à|aux)|(?<=were\s)covered\s+by\s+(?:debris|mud|lava|ash)|"
        # ("the demolition of some 190 homes", a number right after: not "the demolition rate")
        r"destruction|(?:demolition|démolition)(?=\s+(?:of|de|d['’])\s*(?:(?:some|about|around|nearly|over|more\s+than|"
        r"at\s+least|près\s+de|plus\s+de|quelque|environ)\s+)?\d)|détruite?s?|"
        r"effondrée?s?|effondrements?(?=\s+(?:total\s+)?(?:de|d['’]|des)\b)|"
        # "3 100 habitations ont été touchées, dont 310 effondrements totaux"
        r"(?<=\d\s)effondrements\s+(?:totaux|complets)\b|"
        r"emportée?s?\s+par\s+les\s+eaux|(?:ont\s+été|été|sont)\s+emportée?s|(?:ont|a)\s+emporté|balayée?s?|"
        # "400 maisons emportées par l'érosion", "par la crue"
        r"emportée?s\s+par\s+(?:l['’]érosion|la\s+crue|les\s+crues|le\s+courant|les\s+flots|la\s+coulée|les\s+torrents?)|"
        r"rasée?s?|incendiée?s?|écroulée?s?|ravagée?s|(?<=ont\s)ravagé|détruisant|démolie?s|démolis|brûlée?s|(?<=ont\s)brûlé\b|(?<!partiellement\s)calcinée?s?|destruid[oa]s|destrui[çc][aã]o|destruyó|"
        r"colapsad[oa]s|"
        # "reduced 140 homes to rubble", "réduit en cendres 64 maisons", "ont fait s'écrouler 76 maisons"
        r"reduced\s+(?:\S+\s+){0,5}?to\s+(?:rubble|ashes|ruins)|réduit(?:e?s)?\s+en\s+(?:cendres|ruines|poussière)|"
        r"s['’](?:écrouler|effondrer)|"
        # "ont cédé sous la pluie", "ensevelies", "dévastées", "anéanti", "consumés par l'incendie"
        r"(?<=ont\s)cédé|ensevel\w+|dévastée?s?|anéanti\w*|consumée?s|"
        # "76 habitations ont été soufflées" by a blast (the homes themselves: not windows, nor roofs, damaged)
        r"(?:(?<=maisons\sont\sété\s)|(?<=habitations\sont\sété\s)|(?<=logements\sont\sété\s)|(?<=cases\sont\sété\s)|"
        r"(?<=bâtiments\sont\sété\s)|(?<=maisons\ssont\s)|(?<=habitations\ssont\s)|(?<=logements\ssont\s))soufflée?s|"
        # a breakdown of damaged homes by degree: "9,811 houses were damaged: 8,549 partially and 1,262 totally"
        r"(?:(?<=\d\s)|(?<=houses\s)|(?<=homes\s)|(?<=maisons\s))"
        r"(?:totally|fully|completely|entirely|totalement|entièrement|complètement)"
        r"(?=[ \t]*(?:[,.;)\n|]|and\b|et\b|$))|"
        # "(partially 731,902; fully 286,338)": the degree before its number, in a breakdown
        r"(?:(?<=\(\s)|(?<=\()|(?<=;\s))(?:totally|fully|completely|totalement|entièrement|complètement)"
        r"(?=\s*:?\s*\d)",
    ),
    (
        Term.PARTIALLY_DESTROYED_HOUSING,
        r"(?:(?<=\d\s)|(?<=houses\s)|(?<=homes\s)|(?<=maisons\s))(?:partially|partly|partiellement)"
        r"(?=[ \t]*(?:[,.;)\n|]|and\b|et\b|$))|"
        r"(?:(?<=\(\s)|(?<=\()|(?<=;\s))(?:partially|partly|partiellement)(?=\s*:?\s*\d)|"
        r"partially\s+(?:destroyed|collapsed)|(?:severely\s+|moderately\s+|slightly\s+|partly\s+)?damag(?:ed|ing|es)|"
        # "the earthquake cracked the walls of 1,700 homes"
        r"cracked\s+(?:the\s+)?walls\s+of|"
        # "5,032 homes with moderate damage and 412 with severe damage"
        r"(?<=\swith\s)(?:minor|moderate|severe|major|heavy|serious|partial|light|significant|extensive)\s+damage\b|"
        # "470 homes with partial roof loss", "roofs blown off"
        r"(?<=\swith\s)(?:partial\s+|total\s+)?roof\s+(?:loss|damage)\b|"
        # "11,200 homes suffered damage", "sustained heavy damage"
        r"(?:suffered|sustained|suffering|sustaining)\s+(?:\w+\s+)?damage\b(?!\s+to\s+(?:their\s+|its\s+|the\s+)?"
        r"(?!homes?|houses?|dwellings?|shelters?|propert(?:y|ies)|buildings?)\w)|"
        r"partiellement\s+(?:détruite?s?|brûlée?s|incendiée?s|calcinée?s|effondrée?s)|endommagée?s?|dañad[oa]s|con\s+daños|danificad[oa]s|"
        # roofs torn off: "ripped the roofs off 450 houses", "a arraché les toits de 1 250 maisons"
        r"(?:ripped|tore|torn|blew|blown)\s+(?:the\s+)?roofs?\s+(?:off|from)|roofs?\s+(?:were\s+)?(?:ripped|torn|blown)\s+off|"
        r"arrach(?:é|ée|ées|és|ant)\s+(?:les\s+)?(?:toits?|toitures?)|toitures?\s+arrachées|"
        # "20,000 homes lost their roofs", "left roofless", "3,100 homes need major repairs"
        r"lost\s+(?:their|its)\s+roofs?|roofless|need(?:s|ed|ing)?\s+(?:major\s+|extensive\s+|urgent\s+)?repairs|"
        # "2,700 homes lost roofs", "2 000 maisons ont perdu leur toiture" (people who "ont perdu leur toit" lost their
        # homes: homeless), "900 homes had been hit by rockets"
        r"(?<=homes\s)lost\s+roofs|(?<=houses\s)lost\s+roofs|perdu\s+(?:leurs?|sa)\s+toitures?|"
        r"(?:(?<=homes\shad\sbeen\s)|(?<=homes\shave\sbeen\s)|(?<=homes\swere\s)|(?<=houses\swere\s)|"
        r"(?<=houses\shave\sbeen\s)|(?<=houses\shad\sbeen\s))hit\s+by\s+(?:rockets?|shells?|missiles?|shelling|"
        r"strikes|air\s?strikes|drones?)|"
        # "1 300 toitures ont été décoiffées", "700 maisons fissurées"
        r"décoiffée?s?|fissurée?s|yellow[- ](?:stickered|tagged|placarded)|"
        r"yellow\s+(?:stickers?|tags?|placards?)\s+(?:on|to)(?=\s+(?:a\s+further\s+)?\d)|"
        # "the destruction of 1,860 houses and partial damage to 2,400 more"
        r"(?:partial|minor|moderate|severe|major)\s+damage\s+to|(?<=with\s)repairable\s+damage|"
        # "5 200 maisons ont subi des dégâts importants"
        r"(?:subi|subissent|subissant)\s+des\s+(?:dégâts|dommages)",
    ),
    # Flooded homes are homes the hazard touched, not homes it damaged or destroyed: "affected", kept out of
    # displacement totals. These words count only right beside a count of buildings (read_quantity).
    (
        Term.AFFECTED,
        r"flooded(?!\s+out)|(?:(?<=water\s)|(?<=waters\s)|(?<=floodwater\s)|(?<=floodwaters\s))(?:has\s+|have\s+|had\s+)?"
        r"(?:entered|got\s+into|seeped\s+into)|inundated|submerged|under\s+water|sous\s+l['’]eau|sous\s+les\s+eaux|inondée?s|inondée\b|submergée?s|inondé(?=\s+les\s+(?:maisons|logements|habitations|cases|domiciles)\s+d['’e])|inondé(?=\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+)?\d)|sumergid[oa]s|anegad[oa]s|alagad[oa]s",
    ),
    (
        Term.HOMELESS,
        # Peru's and Bolivia's "damnificados" lost their homes or livelihoods: homeless (every writer's call, beside
        # "afectados", affected)
        r"damnificad[oa]s|"
        # "les démolitions ont jeté à la rue près de 17 500 personnes", "left 3,000 people on the street" (an eviction
        # told as people put out on the street: homeless, the writers' call)
        r"jet(?:é|ée|és|ées|ant|er|ait|aient)\s+à\s+la\s+rue|mis\s+à\s+la\s+rue|mise?s\s+à\s+la\s+rue|"
        r"(?:thrown|put|turned)\s+(?:out\s+)?(?:onto|into|on\s+to)\s+the\s+streets?(?!\s+to\s+(?:protest|demonstrate|march))|"
        r"homeless|home-less|lost\s+(?:their|his|her|all\s+their)\s+(?:homes?|houses?|dwellings?)|"
        r"(?:without|with\s+no)\s+(?:a\s+)?(?:shelter|homes?|housing|roof(?!\s+(?:tiles?|sheets?|damage|repairs?))\b)|(?:sleeping|slept)\s+(?:in\s+the\s+open|outdoors|outside|rough)|"
        # "an estimated 6,300 people spent the night in parks and open spaces"
        r"(?:spent|spending|passed)\s+(?:(?:the|a|another|their)\s+)?(?:\w+\s+){0,2}?nights?\s+(?:in|on)\s+(?:the\s+)?"
        r"(?:parks?|open\s+spaces?|streets?|open\s+air|fields?|squares?|roadsides?|pavements?|sidewalks?)\b|"
        # "leaving an estimated 15,000 people without a place to live"
        r"(?:without|with\s+no)\s+(?:a\s+)?place\s+to\s+(?:live|stay|sleep)|"
        r"sans[- ]abris?|sans\s+logis|à\s+la\s+belle\s+étoile|sin\s+hogar(?:es)?|sem[- ]abrigo|desabrigad[oa]s|"
        r"perdu\s+(?:leurs?|sa|son)\s+(?:maisons?|logements?|habitations?|domiciles?|toits?|cases?)|à\s+la\s+rue|"
        # "vivent toujours sur les gravats", "dorment sur les décombres"
        r"(?:viv|dorm)\w*\s+(?:\w+\s+)?sur\s+les\s+(?:gravats|décombres|ruines)|"
        # "thousands more are sleeping on the Beirut corniche and in public squares"
        r"(?:sleep(?:s|ing)?|slept)\s+(?:\w+\s+)?(?:in|on)\s+(?:the\s+)?(?:public\s+squares|squares|public\s+spaces|"
        r"(?:\w+\s+)?(?:corniche|seafront|beach(?:es)?))\b|"
        r"on\s+the\s+streets?|"
        # "were still sleeping in the streets", "staying in open spaces", "dorment dans la rue", "à même le sol"
        # (not street children: "30,000 children are living in the streets of Kinshasa")
        r"(?:sleep(?:s|ing)?|slept|staying)\s+(?:\w+\s+)?in\s+(?:the\s+)?(?:streets|open\s+spaces?|open\s+air|parks)"
        r"(?!\s+of\b)|living\s+(?:\w+\s+)?in\s+(?:the\s+)?(?:open\s+spaces?|open\s+air)|"
        # "are still sleeping on roads and in parks" (sleeping there: homeless; camping or living along roads and
        # embankments is displaced, see below)
        # "hundreds more are sleeping next to the ruins of their homes"
        r"(?:sleep(?:s|ing)?|slept)\s+(?:next\s+to|beside|among|amid|in|on)\s+(?:the\s+)?(?:ruins|rubble|debris|remains)\b|"
        r"living\s+rough|(?:sleep(?:s|ing)?|slept)\s+(?:\w+\s+)?(?:on|along|beside)\s+(?:the\s+)?"
        r"(?:roads|roadsides?|pavements?|sidewalks?)\b|"
        r"dorm\w*\s+(?:\w+\s+)?(?:dans\s+(?:la\s+rue|les\s+rues|les\s+parcs)(?!\s+d[eu]\b)|à\s+même\s+le\s+sol|"
        r"en\s+plein\s+air|dehors)|viv\w*\s+(?:\w+\s+)?(?:à\s+même\s+le\s+sol|en\s+plein\s+air|dehors)|"
        # "vivent au bord des routes", "dorment sur les trottoirs"
        r"(?:dorm|viv)\w*\s+(?:\w+\s+)?(?:au\s+bord\s+des\s+routes|le\s+long\s+des\s+routes|sur\s+les\s+trottoirs)|"
        # "left an estimated 12,000 Rohingya refugees without a roof over their heads"
        r"without\s+a\s+roof\b|"
        # "le cyclone a privé de logement quelque 18 000 habitants"
        r"privée?s?\s+de\s+(?:logements?|toits?|domiciles?|maisons?)|sans\s+(?:toit|domicile|logement)s?\b|"
        # "a laissé une centaine de personnes sans solution de relogement" (an eviction)
        # (said of the people: not "les autres dénoncent une expulsion sans solution de relogement")
        r"(?:(?<=personnes\s)|(?<=familles\s)|(?<=ménages\s)|(?<=habitants\s)|(?<=retrouvent\s)|(?<=retrouvées\s)|"
        r"(?<=retrouvés\s))sans\s+solution\s+de\s+relogement",
    ),
    (
        Term.IN_RELIEF_CAMP,
        # The word "camp" itself is the cue (a pattern starting at "in"/"to" would be tried at every such word).
        r"(?:relief|displacement|idp|evacuation|tent|temporary|transit)\s+camps?|tent\s+(?:cities|towns|settlements)|"
        # "About 1,200 displaced families are staying at a site set up on the outskirts of Herat"
        # (the people named: a bare part, "About 10,000 are staying at a transit site", is a part of the whole)
        r"(?:(?<=families\sare\s)|(?<=families\swere\s)|(?<=people\sare\s)|(?<=people\swere\s)|(?<=households\sare\s)|"
        r"(?<=households\swere\s)|(?<=persons\sare\s)|(?<=persons\swere\s))"
        r"(?:staying|living|sheltering|sheltered|housed)\s+(?:at|in|on)\s+(?:an?|the)\s+(?:(?:idp|displacement|transit|"
        r"temporary|relocation|evacuation|spontaneous|informal|makeshift|new)\s+)?site\b(?!\s+of\s+(?:origin|the\b))|"
        # "73,000 people remain in 66 resettlement sites": people staying there (not moved to one: relocated)
        r"(?:remain|remained|remaining|living|staying|live|lived)\s+in\s+(?:\d[\d,.]*\s+|the\s+)?resettlement\s+"
        r"(?:sites|camps)\b|"
        # "nearly 9,000 people are crammed into the Bulengo site"
        r"(?:crammed|packed|crowded|squeezed)\s+(?:in|into|onto)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:sites?|camps?)\b|"
        r"s['’]entass\w+\s+(?:\w+\s+)?(?:dans|sur)\s+(?:les?\s+|la\s+|l['’]|des\s+|un\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?:sites?|camps?)\b|"
        # "un site temporaire au stade de Rugombo, où s'entassent quelque 14 000 personnes"
        r"(?:sites?|camps?)\s+(?:[^\s.;:]+\s+){0,6}?où\s+s['’]entass\w+|"
        # "410,000 people are still living in container cities" (the writers: container settlements are camps; with
        # tents in one count, shelters)
        r"(?<!tents\s)(?<!tents,\s)(?<!and\s)(?<!et\s)container\s+(?:cities|towns|camps|settlements|sites)|"
        r"(?:villes?|villages?|camps?|cités?|sites?)\s+(?:de\s+|en\s+)?conteneurs|"
        # "121,300 residents are in containers"
        r"(?:(?<=are\s)|(?<=were\s)|(?<=remain\s)|(?<=still\s)|(?<=people\slive\s)|(?<=people\sliving\s)|"
        r"(?<=survivors\slive\s)|(?<=families\slive\s)|(?<=residents\slive\s))in\s+containers\b|"
        # "se sont réfugiées sur le site de Rhoe", "installés sur le site de Toukra": the site names the term
        # (not "relogés sur le site de Toukra": relocated, for most writers)
        r"(?:installée?s|s['’]installer|réfugiée?s|accueillie?s|hébergée?s|regroupée?s|s['’]entass(?:ent|aient)|"
        r"entassée?s)\s+(?:provisoirement\s+|depuis(?:\s+[\w'’]+){1,3}?\s+)?"
        r"(?:sur|dans)\s+(?:le|les|un|des|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|\d+)\s+"
        r"(?:(?:nouveaux?|nouvelles?|petits?|grands?|vastes?)\s+)?"
        r"sites?\b(?!\s+d['’]hébergement)|"
        # "another 650 are in tents pitched in their own yards" (beside their homes: displaced, see find_cues), "12,000
        # families are still in tents"
        r"(?<=\s)(?:are|were|remain|remained)\s+(?:still\s+|now\s+)?(?:in|under)\s+tents\b|"
        # "the Red Crescent set up tents for about 7,400 people": the tents they live in
        r"(?:set\s+up|pitched|erected|installed|put\s+up)\s+(?:\w+\s+)?tents\s+for(?=\s+(?:(?:about|some|around|nearly|"
        r"more\s+than|over|an\s+estimated)\s+)?\d)|"
        # "112 households were moved into army tents on higher ground": the tents they were moved into
        r"(?:(?<=were\s)|(?<=been\s))(?:moved|taken|transferred|relocated)\s+(?:in)?to\s+(?:army\s+|emergency\s+|"
        r"temporary\s+)?tents\b|"
        # "la mairie a ouvert un site à Toukra où sont installées pour l'instant 1 180 familles": the site before
        # "où", then the people's staying there
        r"(?<!\d\s)(?:sites?|camps?|campements?)\b(?!\s+d['’](?:accueil|hébergement|évacuation))"
        r"(?:(?!stade|école|gymnase|salle|église|hôtel|bâtiment|palais|minier|militaire|touristique|industriel|"
        r"archéologique|de\s+vacances|de\s+construction)[^.;:\d]){0,50}?\boù\s+"
        r"(?:sont|vivent|se\s+trouvent|s['’]entassent|résident|(?:étaient|sont|ont\s+été)\s+recensée?s)"
        r"(?:\s+(?:installée?s|regroupée?s|hébergée?s|réfugiée?s))?(?:\s+(?:pour\s+l['’]instant|désormais|actuellement|"
        r"déjà|encore|aujourd['’]hui|toujours|depuis\s+[\w'’]+))?(?=\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+)?\d)|"
        # "the 103 surviving residents have been moved to a temporary site" (a site, not a resettlement site)
        r"(?:moved|transferred|taken|brought)\s+to\s+(?:an?|the|two|three|\d+)\s+(?:new\s+)?(?:temporary|displacement|idp|"
        r"evacuation|transit)\s+(?:sites?|camps?)\b|"
        # "563,602 people displaced by Cyclone Freddy were now housed in 580 camps"
        r"(?:housed|accommodated|sheltered)\s+in\s+(?:\d[\d,.]*\s+|the\s+|several\s+)?camps\b|"
        # "took refuge in 11 new spontaneous sites": where they took refuge names the term
        rf"{_REFUGE_IN}(?:camps?|sites?)\b|"
        # "Hatay alone counts 217,000 container residents" (container settlements are camps for the writers)
        r"container\s+residents|"
        r"(?<!hors\s)(?<!outside\s)camps?(?:\s+de\s+déplacés)?|(?<=still\s)camped|(?<=are\s)camped|(?<=were\s)camped|(?<=remain\s)camped|(?<=remained\s)camped|camped\s+out|campent|campaient|"
        # "240 families are camping in a football ground" (not camping beside their homes: see _BESIDE_HOMES_RE)
        # (a ground, a field, a stadium: not camping along roads and embankments, or in the ruins of their homes)
        r"(?:(?<=are\s)|(?<=were\s)|(?<=still\s))camping(?=\s+(?:in|at|on|inside)\s+(?:an?\s+|the\s+|\d+\s+)?"
        r"(?:[\w'’-]+\s+){0,2}?(?:grounds?|fields?|stadiums?|parks?|squares?|open\s+spaces?|schoolyards?|"
        r"playgrounds?|car\s+parks?|parking\s+lots?|gardens?|yards?)\b(?!\s+of\s+(?:their\s+)?(?:relatives|friends|hosts?)))|"
        # (not "in collective sites and host communities": the people are in either, displaced)
        # ("about 1,600 are in 15 makeshift sites")
        r"(?:relief|idp|spontaneous|informal|collective|displacement|makeshift|improvised|transitory|transitional)\s+sites?"
        rf"{_NOT_OR_HOSTS}|settled\s+(?:at|in)\s+(?:\w+\s+){0, 2}?(?:sites?|camps?)|"
        r"protection\s+of\s+civilians?\s+sites?|poc\s+sites?|sites?\s+de\s+protection\s+des\s+civils|"
        r"sites\s+collectifs|sites?\s+de\s+regroupement|"
        # "about 190,000 of them in 197 sites", "700 000 déplacés répartis dans 500 sites": sites counted, where
        # people are
        r"(?:(?<=of\sthem\s)|(?<=of\swhom\s)|(?<=spread\s)|(?<=scattered\s)|(?<=répartis\s)|(?<=réparties\s)|"
        r"(?<=dispersés\s)|(?<=dispersées\s))(?:in|dans|across|sur|over|among|between|entre)\s+"
        r"(?:\d[\d,.\u00a0\u202f ]*\d|\d|two|three|four|five|six|seven|eight|nine|ten|several|deux|trois|quatre|cinq|"
        r"sept|huit|neuf|dix|plusieurs)\s+sites\b(?!\s+d['’](?:hébergement|évacuation|accueil))"
        rf"{_NOT_OR_HOSTS}|"
        # "515 sites now host some 590,000 displaced people": sites that hold people are displacement sites
        r"sites(?=\s+(?:now\s+|currently\s+|still\s+|together\s+|désormais\s+)?(?:host|hosts|hosted|hold|holds|held|"
        r"house|houses|housed|accommodate|accommodates|shelter|shelters|abritent|accueillent|hébergent|comptent)\s+"
        r"(?:(?:some|about|around|nearly|over|more\s+than|an\s+estimated|environ|près\s+de|plus\s+de|quelque)\s+)?"
        r"\d[\d,.\s]*(?:million\s+|millions\s+de\s+)?(?:[\w-]+\s+)?(?:displaced|idps|people|persons|individuals|families|"
        r"households|déplacée?s|personnes|ménages|familles|pdi)\b)|"
        # "dont environ 240 000 dans 72 sites", "150,000 in 25 sites": a part of the people, in sites
        # ("dont près de 2 millions dans des camps", "dont environ 140 000 dans quelque 70 sites")
        # ("• dont 118 000 sur des sites", "3.5 million people remain displaced, 2.4 million of them in sites")
        r"(?:(?<=of\sthem\s)|(?<=of\swhom\s))(?:in|on)\s+(?:the\s+)?(?:sites|camps)\b(?!\s+d['’]hébergement)|"
        # a key figure's label: "Dont sur des sites autour de Goma : 612 000"
        r"(?<=dont\s)(?:sur|dans)\s+(?:des\s+|les\s+)?(?:sites|camps)\b(?!\s+d['’]hébergement)|"
        r"(?:(?<=\d\s)|(?<=\smillion\s)|(?<=\smillions\s))(?:dans|in|sur|on)\s+(?:des\s+|les\s+|\d+\s+|"
        r"(?:quelque|environ|près\s+de|plus\s+de|some|about|around|over|more\s+than|nearly)\s+\d+\s+)?"
        r"(?:sites\b(?!\s+d['’]hébergement)|camps\b)|"
        r"sites?\s+de\s+déplacés|sites?\s+d['’]accueil|campamentos?|acampamentos?|sites?\s+(?:spontané|informel|improvisé)e?s?\b|"
        # "1 140 ménages sont installés dans 9 sites spontanés", "2 430 déplacés hébergés dans 21 sites"
        # (not "hébergées dans 103 sites d'hébergement": accommodation in buildings, shelters)
        r"(?:installée?s|hébergée?s)\s+(?:dans|sur)\s+(?:des\s+|les\s+|le\s+|\d+\s+)?(?:sites?(?!\s+d['’]hébergement)|camps?)\b|"
        # "the 600,000 already living in sites", "le site de Rhoe accueille 60 000 déplacés": displacement sites
        # ("6,410 people were being hosted in 29 temporary sites")
        r"(?:living|staying|sheltering|live|lived|vivent|vivant|vivaient|(?<=being\s)hosted)\s+"
        r"(?:(?:still|now|currently|toujours|encore|désormais|actuellement)\s+)?"
        # ("vivent depuis janvier sur le site de Gateri")
        r"(?:depuis(?:\s+[\w'’]+){1,3}?\s+)?(?:in|on|at|dans|sur)\s+"
        r"(?:(?:the|des|les|le|un|a|displacement|idp|formal|informal|spontaneous|collective|makeshift)\s+){0,2}"
        # "vivant sur 57 sites", "living in the Gateri and Kigaramango sites", "vivent dans le site de Gateri",
        # "vivent toujours sur un site de transit", "hosted in 29 temporary sites"
        r"(?:\d[\d\s,.]*\s+|[\w'’-]+\s+(?:and|et)\s+[\w'’-]+\s+)?(?:(?:temporary|transit|new)\s+)?"
        r"(?:sites\b|site\s+(?:de|du|des|d['’]|of)\b)|"
        # ("Le site de Rhoe, qui comptait 67 000 résidents en décembre")
        # ("le site de Lazare, à l'entrée de la ville, qui compte déjà 41 200 déplacés")
        # ("Le camp de Minawao, dans le département du Mayo-Tsanaga, abrite pour sa part 78 000 réfugiés",
        # "Uganda's Kyangwali settlement hosts 130,000 refugees")
        r"sites?\s+(?:de\s+|d['’])?(?:[\w'’-]+\s+){0,4}?(?:[\w'’-]+,\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+,\s+(?:qui\s+)?|"
        r"[\w'’-]+,\s+qui\s+)?(?:(?:désormais|déjà|now|still|currently|alone)\s+)?"
        r"(?:accueill\w*|abrit\w*|compt(?:e|ent|ait|aient)|hosts|hosting|hosted|is\s+home\s+to|hold|holds|"
        r"house|houses|housed|housing|accommodate|accommodates|accommodating|accommodated)\b"
        # ("Le site d'Adré, conçu comme un lieu de transit, abrite à lui seul plus de 140 000 personnes")
        r"(?:\s+(?:pour\s+sa\s+part|à\s+lui\s+seul|à\s+elle\s+seule|désormais|déjà|encore|now|still|currently)\b)?|"
        # ("Le camp de Minawao, dans le département du Mayo-Tsanaga, abrite pour sa part 78 000 réfugiés",
        # "Uganda's Kyangwali settlement hosts 130,000 refugees"; not settlers nor worshippers: refugees or the
        # displaced only)
        r"(?:(?<!refugee\s)camps?|settlements?)\s+(?:de\s+|d['’])?(?:[\w'’-]+\s+){0,4}?(?:[\w'’-]+,\s+"
        r"(?:[\w'’-]+\s+){0,6}?[\w'’-]+,\s+(?:qui\s+)?|[\w'’-]+,\s+qui\s+)?"
        r"(?:(?:désormais|déjà|now|still|currently|alone)\s+)?"
        r"(?:accueill\w*|abrit\w*|hosts|hosting|hosted|is\s+home\s+to|holds|houses|housed|accommodates)\b"
        r"(?:\s+(?:pour\s+sa\s+part|à\s+lui\s+seul|à\s+elle\s+seule|désormais|déjà|encore|now|still|currently)\b)?"
        r"(?=\s+(?:(?:more\s+than|over|some|about|around|nearly|almost|an\s+estimated|plus\s+de|près\s+de|environ|"
        r"quelque)\s+)?\d[\d\s,.\u00a0\u202f]*+(?:(?:million|millions)\s+(?:de\s+)?)?(?:[\w-]+\s+)?(?:refugees|réfugiée?s|"
        r"idps|pdi|displaced|déplacée?s|asylum)\b)|"
        # "186,000 refugees remain at the Adré border site"
        r"(?:remain|remained|remaining|stranded|waiting)\s+(?:at|in)\s+the\s+(?:[\w'’-]+\s+){0,2}?(?:border|transit)\s+sites?\b",
    ),
    (
        Term.SHELTERED,
        # "took refuge in schools", "ont trouvé refuge dans des écoles et des églises", "sought sanctuary in the
        # cathedral compound": refuge in a building is a shelter (the writers' call, however the verb alone reads)
        rf"{_REFUGE_IN}(?:schools?|shelters?|churche?s?|cathedrals?|mosques?|monaster(?:y|ies)|gym(?:nasium)?s|"
        r"halls?|stadiums?|compounds?|bases?|buildings?|classrooms?|(?:evacuation\s+|collective\s+)?cent(?:re|er)s?|"
        r"écoles?|églises?|mosquées?|paroisses?|gymnases?|stades?|salles?|bâtiments?|lycées?|collèges?|cathédrales?|"
        r"centres?)\b|"
        # (not a need: "lack shelter and clean water", "need shelter")
        r"(?<!lack\s)(?<!lacks\s)(?<!lacking\s)(?<!need\s)(?<!needs\s)(?<!needing\s)"
        r"(?:evacuation\s+)?shelter(?:s|ed|ing)?(?!\s+in\s+place)(?!\s+(?:kits?|items?|materials?|assistance|support|needs?|cluster|partners?|"
        r"response|sector|repairs?|nfis?)\b)|(?:evacuation|accommodation|collective|transit|reception|safety|relief|"
        r"welfare)\s+cent(?:re|er)s?|"
        # "46,000 people … remain in state-funded accommodation"
        r"(?:state|government|state-funded|government-funded|publicly[- ]funded|emergency)\s+accommodation|"
        # Papua New Guinea's and Solomon Islands' evacuation centres (not "health care centres", "day care centres")
        r"(?<!health\s)(?<!day\s)(?<!child\s)(?<!primary\s)(?<!aged\s)(?<!palliative\s)(?<!elderly\s)(?<!nursing\s)"
        r"(?<!respite\s)(?<!residential\s)(?<!foster\s)(?<!medical\s)(?<!hospice\s)(?<!dementia\s)(?<!mental\s)"
        r"(?<!maternal\s)(?<!home\s)(?<!our\s)(?<!its\s)(?<!their\s)care\s+cent(?:re|er)s(?!\s+(?:provide|treat|serve|offer))|"
        r"collective\s+(?:accommodation|shelters?)|"
        # "312 households have been temporarily relocated to a school and a community hall": the building they were
        # moved to (the writers' call)
        r"(?:(?<=relocated\s)|(?<=relocalisés\s)|(?<=relocalisées\s))(?:to|into|dans)\s+(?:a\s+|an\s+|the\s+|\d+\s+|des\s+|une?\s+)?"
        r"(?:[\w'’-]+\s+){0,2}?(?:schools?|churche?s?|mosques?|(?:community|sports|village|parish)\s+halls?|gym(?:nasium)?s?|"
        r"stadiums?|hotels?|écoles?|églises?|gymnases?|hôtels?)\b|"
        # "relogées dans un centre de vacances", "dans la salle polyvalente"
        r"(?:(?<=relogées\s)|(?<=relogés\s)|(?<=relogée\s)|(?<=relogé\s))(?:provisoirement\s+|temporairement\s+)?"
        r"(?:dans|à)\s+(?:un|une|le|la|les|des|deux|trois|l['’])\s*(?:centres?\s+de\s+vacances|colonies?\s+de\s+vacances|"
        r"salles?\s+(?:polyvalentes?|des\s+fêtes|communales?)|hôtels?|internats?|gîtes?|auberges?\s+de\s+jeunesse|"
        r"centres?\s+de\s+formation|gymnases?)|"
        r"(?:displacement|evacuation|accommodation)\s+(?:sites?|posts?)|accommodated|housed\s+(?:in|at)|"
        # "1,880 people … are still being housed by the authorities" (not with relatives: displaced)
        r"(?:being|been)\s+housed(?=\s+by\s+(?:the\s+)?(?:authorities|government|municipalit|state|council|city|"
        r"regional|local|provincial))|"
        # "800 people remain in the stadium"
        # "800 people remain in the stadium" (not "children remain in school")
        r"remain(?:s|ed|ing)?\s+(?:in|at)\s+(?:(?:the|a|\d[\d,.]*)\s+(?:[\w'’-]+\s+)?(?:stadiums?|gym(?:nasium)?s?|"
        r"sports?\s+halls?|halls|schools|churche?s|mosques|learning\s+cent(?:re|er)s|convention\s+cent(?:re|er)s?|"
        r"reception\s+points?)|"
        r"(?:stadiums|gymnasiums|gyms|schools|churches|mosques|sports\s+halls|(?:community|village|parish|town|"
        r"municipal)\s+halls))|"
        r"(?:living|staying|sleeping|slept|sleep)\s+(?:overnight\s+|temporarily\s+)?(?:in|at)\s+"
        # ("staying at Katesh primary school and a nearby church")
        r"(?:a\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:schools?|churche?s?|mosques?|learning\s+cent(?:re|er)s|sports?\s+halls?|"
        # ("still staying at civil defence centres in Napier", "at welfare centres"; not day care or aged care centres)
        r"convention\s+cent(?:re|er)s?|(?:accommodation|transit|reception|civil\s+defen[cs]e|welfare)\s+cent(?:re|er)s|"
        r"madrasa[hs]?|covered\s+courts?|"
        # ("9,870 — people staying in those centres": the centres a line before named)
        r"(?<=those\s)cent(?:re|er)s|(?<=these\s)cent(?:re|er)s|"
        r"public\s+buildings|collective\s+cent(?:re|er)s|tents|makeshift\s+(?!camps?\b|sites?\b)\w+|containers|barracks|gym(?:nasium)?s?|stadiums?|"
        r"(?:sports|community|village)\s+halls)|temporary\s+(?:accommodation|housing|shelters?)|"
        # "900 residents spent the night in tents", "ont passé la nuit dans des écoles", "Persons inside ECs"
        r"(?:spent|spending|passed|spend)\s+(?:(?:the|a|another|their)\s+)?(?:\w+\s+){0,2}?(?:nights?|weekend)\s+"
        r"(?:in|at|outdoors|outside|on\s+(?:cots|camp\s+beds|mattresses|the\s+floor\s+of)\b)|"
        # Cuba's civil defence: "protected 283,000 people, 71,000 of them in state institutions" (the rest with
        # relatives): the part housed by the state, sheltered
        r"(?:(?<=of\sthem\sin\s)|(?<=of\swhom\sin\s)|(?<=\d\sin\s)|(?<=sheltering\sin\s))state\s+(?:facilities|"
        r"institutions)\b|"
        r"safety\s+locations?|safe\s+locations?|safe\s+havens|mass[- ]care\s+(?:facilities|cent(?:re|er)s|shelters)|"
        # "2 300 personnes dans 80 refuges" (Puerto Rico's and Haiti's shelters, in French)
        r"(?<=\sdans\s)(?:\d+\s+|les\s+|des\s+)refuges\b|"
        # Malaysia's temporary relief centres: "42,000 evacuees are still in 200 PPS"
        r"(?:(?<=\sin\s)|(?<=\sat\s))(?:\d[\d,]*\s+)?pps\b|"
        # "more than 5,000 were still in hotels, gyms and parish halls"
        r"(?<=\s)(?:are|were)\s+(?:still\s+|now\s+|currently\s+)?(?:in|at)\s+(?:\d[\d,]*\s+)?(?:gyms|gymnasiums|"
        # ("while some 3,000 are in public buildings and mosques")
        r"public\s+buildings|mosques|churches|collective\s+(?:cent(?:re|er)s|shelters)|evacuation\s+cent(?:re|er)s|"
        r"(?:sports|parish|community|village|church)\s+halls)\b|"
        # "À Arques, un gymnase accueille encore 60 sinistrés", "the school now houses 300 people": a building that
        # holds people holds them as a shelter (a number must follow: not "schools host pupils")
        r"(?:gymnases?|écoles?|églises?|mosquées?|salles?\s+(?:polyvalentes?|communales?|des\s+fêtes)|stades?|hôtels?|"
        r"gyms?|gymnasiums?|schools?|churche?s?|mosques?|stadiums?|(?:sports|community|village|parish)\s+halls?)"
        r"(?:\s+(?:de|du|d['’]|of)\s+[\w'’-]+)?\s+(?:accueill(?:e|ent|ait|aient)|abrit(?:e|ent|ait|aient)|"
        r"héberg(?:e|ent|eait|eaient)|(?:now\s+|still\s+)?(?:houses|housed|shelters|sheltered|hosts|hosted))"
        r"(?=\s+(?:encore\s+|toujours\s+|désormais\s+|déjà\s+|now\s+|still\s+)?(?:près\s+de\s+|plus\s+de\s+|environ\s+|"
        r"quelque\s+|some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?\d[\d\s,.\u00a0\u202f]*+"
        # (people who lost their homes, not worshippers, pupils or tourists)
        r"(?:sinistrés|déplacée?s|évacuée?s|rescapés|displaced|evacuees|idps|survivors|famil(?:y|ies|les)|ménages|households|"
        r"personnes\s+(?:déplacées|évacuées|sinistrées)|people\s+(?:displaced|evacuated|made\s+homeless|who\s+(?:fled|lost)))\b)|"
        # "ces centres abritaient encore 2 900 personnes", "the evacuation centres housed 4,100 people": shelters that
        # hold people hold them as shelters (any people: the centres are named as shelters)
        r"(?:(?:centres?\s+d['’](?:accueil|hébergement|évacuation)(?:\s+collectifs?)?|ces\s+centres)\s+"
        r"(?:abrit|héberg)(?:e|ent|ait|aient|eait|eaient)|"
        r"(?:evacuation|relief|reception)\s+cent(?:re|er)s\s+(?:still\s+|now\s+)?(?:housed|sheltered|house|shelter)s?)"
        r"(?=\s+(?:encore\s+|toujours\s+|désormais\s+|still\s+|now\s+)?(?:près\s+de\s+|plus\s+de\s+|environ\s+|"
        r"quelque\s+|some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?\d[\d\s,.\u00a0\u202f]*+"
        r"(?:personnes|people|persons|familles|families|ménages|households|individus|individuals)\b)|"
        # "plusieurs centaines d'entre elles dorment dans des pavillons sportifs et des hôtels"
        r"dorm(?:ent|aient|ait)\s+(?:encore\s+|toujours\s+|désormais\s+)?dans\s+(?:des|les|un|une|le|la|l['’])\s*"
        r"(?:[\w'’-]+\s+)?(?:gymnases?|écoles?|églises?|mosquées?|pavillons?|hôtels?|salles?|centres?|abris|stades?)\b|"
        # ("8 000 personnes ont dû passer la nuit dans des églises")
        r"pass(?:é|er|aient|ait|ent)\s+(?:encore\s+|toujours\s+)?la\s+nuit\s+(?:(?:de\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?:soir\s+)?)?"
        r"(?:dans|à|au|aux|chez|sous)(?!\s+la\s+belle\s+étoile)|"
        # "620 personnes sont prises en charge dans des structures d'hébergement"
        r"structures?\s+d['’](?:hébergement|accueil)|"
        # "un centre d'hébergement ; 350 sinistrés y ont passé la nuit" (not supporters at a stadium)
        r"(?:(?<=sinistrés\s)|(?<=personnes\s)|(?<=évacués\s)|(?<=habitants\s)|(?<=résidents\s)|(?<=familles\s)|"
        r"(?<=déplacés\s))y\s+(?:ont|avaient)\s+passé\s+la\s+nuit|inside\s+(?:the\s+)?(?:\d[\d,.]*\s+)?ecs?\b|"
        # "la commune a ouvert le gymnase, où 85 personnes ont passé la nuit": the building, then who spent the night
        r"(?:gymnases?|écoles?|églises?|mosquées?|salles?(?:\s+[\w'’-]+){0,2}|hôtels?|stades?|centres?(?:\s+[\w'’-]+){0,2})"
        r"\s*,?\s+où(?=\s+(?:près\s+de\s+|plus\s+de\s+|environ\s+|quelque\s+)?\d[\d\s\u00a0\u202f]*"
        r"(?:personnes|sinistrés|habitants|familles|évacués|résidents)\s+(?:ont|avaient)\s+passé\s+la\s+nuit"
        # (not a vigil: "où 300 personnes ont passé la nuit en prière")
        r"(?!\s+(?:en\s+prière|à\s+(?:prier|chanter|danser|veiller|attendre))))|"
        r"hébergée?s?(?!\s+(?:dans|chez|par)\s+(?:des\s+|les\s+|leurs\s+)?(?:familles?\s+d['’]accueil|proches|parents))|centres?\s+d['’](?:accueil|hébergement|évacuation|transit)|"
        # Mauritius' refuge centres, Beirut's "écoles-abris"
        r"centres?\s+de\s+refuge|écoles?-abris|"
        r"sites?\s+d['’](?:hébergement|évacuation)|accueillie?s?\s+dans|(?<=été\s)recueillie?s?\s+dans\s+(?:des|les|deux|trois|\d+)\s+(?:écoles|églises|mosquées|centres|salles|gymnases|bâtiments|temples)|albergues?|"
        r"abris?\s+(?:collectifs?|temporaires?|provisoires?|d['’]urgence)|dans\s+des\s+abris|centres?\s+collectifs?|"
        r"se\s+mettre\s+à\s+l['’]abri|"
        # "a ouvert 6 écoles pour héberger 1 900 personnes"
        r"pour\s+(?:héberger|abriter|accueillir)(?=\s+(?:près\s+de\s+|plus\s+de\s+|environ\s+|quelque\s+)?\d)|"
        # ("3 000 personnes dorment depuis dans des écoles"; "24 000 Jamaïcains se trouvaient encore dans 800 abris",
        # but not pupils who were in their schools: "se trouvaient dans les écoles au moment du séisme")
        r"se\s+trouv(?:ent|aient)\s+(?:encore|toujours|désormais|actuellement)\s+(?:dans|sous)\s+(?:des|les|\d+)\s*"
        r"(?:\d+\s+)?(?:abris|tentes|centres\s+d['’](?:hébergement|accueil|évacuation)|sites\s+d['’](?:hébergement|"
        r"accueil))|"
        r"(?:vivent|logent|dorment|dormaient|séjournent|vivaient|logeaient|relogée?s?|recasée?s?|occupent|occupaient)\s+"
        r"(?:désormais\s+|actuellement\s+|encore\s+|toujours\s+|temporairement\s+|provisoirement\s+|depuis\s+)?"
        # ("relogées par l'État dans un hôtel de Kipé")
        r"(?:par\s+(?:l['’]état|la\s+mairie|les\s+autorités|le\s+gouvernement|la\s+commune)\s+)?"
        # ("dormaient encore dimanche soir dans des refuges", "occupaient encore jeudi les 72 établissements")
        r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce|cette|la|le)\s+(?:soir|nuit|matin)?\s*)?"
        r"(?:(?:dans|sous)\s+)?(?:des|les|une|un|l['’]|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs)\s*"
        r"(?:\d+\s+)?(?:écoles?|églises?|tentes?|abris|mosquées?|bâtiments\s+publics|bâches|refuges|gymnases|hôtels?|"
        # ("dorment dans les salles de classe")
        r"salles(?:\s+de\s+classe|\s+communales|\s+polyvalentes|\s+des\s+fêtes)|"
        r"centres\s+d['’](?:hébergement|accueil|évacuation)|établissements\s+scolaires)|"
        r"sites?\s+de\s+(?:déplacés|pdi|personnes\s+déplacées)|"
        r"(?:enregistrée?s|recensée?s)\s+(?:sur|dans)\s+les\s+sites|"
        r"emergency\s+(?:lodging|accommodation)|hébergement\s+d['’]urgence|"
        # "Quelque 9 000 réfugiés s'entassaient jeudi au stade de Rugombo", "crammed into a sports hall"
        r"(?:crammed|packed|crowded|squeezed)\s+(?:in|into|onto)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}?"
        r"(?:stadiums?|schools?|churche?s|gyms?|gymnasiums?|halls?)\b|"
        r"s['’]entass\w+\s+(?:\w+\s+)?(?:dans|au|aux|sur)\s+(?:les?\s+|la\s+|l['’]|des\s+|un\s+|une\s+)?"
        r"(?:[\w'’-]+\s+){0,2}?(?:stades?|écoles?|églises?|gymnases?|salles?)\b|"
        # "some 2,100 people are being hosted in schools and public buildings", "189,174 displaced people were
        # registered in 1,024 collective shelters"
        r"(?:hosted|housed|registered|lodged)\s+(?:temporarily\s+)?(?:in|at)\s+(?:\d[\d,.]*\s+)?(?:[\w'’-]+\s+){0,2}?"
        r"(?:schools|churches|mosques|public\s+buildings|shelters|hotels|gyms|gymnasiums|sports\s+halls|"
        r"(?:collective|evacuation)\s+cent(?:re|er)s)\b|"
        # "2,300 households are staying in hotels paid for by FEMA's Transitional Sheltering Assistance": hotels an
        # agency pays for house people out of their homes (not tourists)
        r"(?:staying|living|lodged|housed|sheltering)\s+(?:temporarily\s+)?in\s+(?:[\w'’-]+\s+)?(?:hotels?|motels?)\s+"
        r"(?:paid\s+for|funded|financed|provided|booked|rented|requisitioned)\s+by\b|"
        # "1,500 residents whose homes were destroyed have been rehoused in hotels and sports pavilions"
        rf"(?:(?<=been\s)|(?<=were\s)|(?<=was\s))re-?housed\s+(?:temporarily\s+)?in\s+(?:[\w'’-]+\s+){{0,3}}?{_REHOUSED_IN}|"
        # "…have been rehoused, 570 of them in hotels paid for by the Generalitat"
        r"(?:(?<=of\sthem\sin\s)|(?<=of\swhom\sin\s)|(?<=\d\sin\s))hotels?(?=\s+(?:paid\s+for|funded|financed|provided|"
        r"booked|rented|requisitioned)\s+by\b)|"
        # "5,000 are being put up in hotels and sports halls"
        r"put\s+up\s+(?:(?:overnight|temporarily|for\s+the\s+night)\s+)?(?:in|at)\s+(?:[\w'’-]+\s+){0,3}?(?:hotels?|hostels?|schools?|halls?|shelters?|cent(?:re|er)s|homes?|"
        r"accommodation)|"
        # "21,000 of them were in state-provided accommodation"
        r"(?<=\s)(?:were|are|was|is)\s+(?:still\s+|now\s+|currently\s+)?in\s+(?:[\w-]+\s+){0,2}?accommodation\b|"
        # "21,043 of them had been given accommodation by the state, mostly in hotels"
        r"(?:them|whom|evacuees|displaced|families|people|persons|residents|survivors|households)\s+"
        r"(?:(?:have|had|has)\s+)?(?:been\s+|were\s+|was\s+)?(?:given|provided\s+with|offered)\s+"
        r"(?:(?:temporary|emergency|state|free|collective)\s+)?"
        r"(?:accommodation|lodging)\b|"
        # "21,000 of them had been placed in state-provided accommodation"
        r"placed\s+in\s+(?:[\w'’-]+\s+){0,3}?(?:accommodation|shelters?|hotels?|collective\s+cent(?:re|er)s)|"
        r"mise?s?\s+à\s+l['’]abri|sous\s+(?:des\s+)?tentes|"
        r"alojad[oa]s|albergad[oa]s|"
        # "the parish took in 260 people"
        r"(?:took|taken|taking)\s+in\b|squatting\s+in|squatted\s+in|"
        # "People in tents: 1,862,000", "People in container cities: 47,500"
        r"(?:(?<=people\s)|(?<=persons\s)|(?<=families\s))in\s+tents|"
        r"in\s+container\s+homes|(?<=tents\s)and\s+container\s+(?:cities|towns|camps|sites)|"
        # "2,040 families are staying in 84 safe locations", "à s'abriter dans 8 sites", "installées dans des écoles"
        r"(?:living|staying|sleeping|sheltering)\s+(?:in|at)\s+(?:\d[\d,.]*\s+)?(?:safe|safety)\s+(?:locations|places|sites|"
        r"cent(?:re|er)s)|s['’]abrit(?:er|ent|aient)|installée?s\s+(?:provisoirement\s+)?dans\s+(?:des\s+|les\s+|"
        r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs)\s+)?"
        r"(?:écoles|églises|mosquées|familles|bâtiments|tentes|gymnases)|"
        # "logées provisoirement dans des hôtels", "la mairie héberge encore 140 familles" (not "en héberge": a pronoun
        # for the people of the sentence before)
        r"logée?s\s+(?:provisoirement\s+|temporairement\s+)?dans|(?<!en\s)héberge(?:nt|ait|aient)?(?=\s)",
    ),
    (
        Term.EVACUATED,
        # Cuba's civil defence "protected 283,000 people": evacuated them (every writer's call); a bare "98,000 people
        # were protected." is read only with a storm or a flood near (see read_quantity)
        r"(?:(?<=authorities\s)|(?<=defence\s)|(?<=defense\s))protected(?=\s+(?:(?:some|about|around|nearly|over|"
        r"more\s+than|at\s+least|an\s+estimated)\s+)?\d[\d,.\s]*(?:million\s+)?(?:people|persons|residents|"
        r"inhabitants|families)\b)|(?<=were\s)protected(?=\s*[.;,])|"
        # "forced authorities in Guantánamo province to protect more than 34,000 people"
        r"(?:forced|forcing|obliged|prompted|led)\s+(?:the\s+)?(?:[\w-]+\s+)?authorities\s+(?:in\s+(?:\S+\s+){1,5}?)?"
        r"to\s+protect(?=\s+(?:(?:some|about|around|nearly|over|"
        r"more\s+than|at\s+least|an\s+estimated)\s+)?\d[\d,.\s]*(?:million\s+)?(?:people|persons|residents|"
        r"inhabitants|families)\b)|"
        # moved to shelters ahead of a storm: a pre-emptive evacuation ("shifted 5,84,888 people to 6,008 cyclone
        # shelters", "800,000 people moved to 9,424 shelters", "People evacuated to cyclone shelters: 8,00,000");
        # first, so that it wins over "evacuated" alone
        r"(?:shifted|moved|move|taken|brought|transferred|ferried|bussed|evacuated)\s+"
        # (not goods: "moved 300 tonnes of food into the region's shelters")
        r"(?!(?:[^\s.;:]+\s+){0,7}?(?:tonnes|tons|food|aid|supplies|equipment|items|livestock|cattle|goods|students|pupils|patients|staff|"
        r"workers|prisoners|inmates|troops|soldiers|detainees|élèves|patients)\b)"
        r"(?:[^\s.;:]+\s+){0,9}?(?:to|into)\s+"
        r"(?:[^\s.;:]+\s+){0,4}?(?:shelters|evacuation\s+(?:cent(?:re|er)s|posts|points)|reception\s+points|"
        r"(?:care|reception|transit|collective|accommodation|relief)\s+"
        r"cent(?:re|er)s|safe\s+houses|relief\s+camps|hostels?|hotels?|schools?|churche?s?|mosques?|community\s+(?:cent(?:re|er)s|halls?)|"
        r"gym(?:nasium)?s?|stadiums?)|moved\s+inland|"
        r"evacuat\w*|évacu\w*|evacu\w*|evakui\w*|evacuar|moved\s+out\s+of\s+harm['’]s\s+way|ordered\s+out\s+of\b|"
        # "helicopters airlifted 387 villagers", "were bussed out", "ferried 2,300 residents off Stromboli",
        # "self-evacuated", "héliportées hors de la vallée", "les pompiers ont fait sortir 240 habitants"
        # self-evacuation: "8,000 more have left by their own means", "on their own initiative", "partis par leurs
        # propres moyens" (not "left on their own": alone)
        r"left\s+(?:by\s+their\s+own\s+means|of\s+their\s+own\s+accord|on\s+their\s+own\s+initiative|"
        # "another 2,100 or so left on their own in private cars"; "about 6,800 people in all had been ordered out"
        r"on\s+their\s+own(?=\s+(?:in\s+(?:private\s+|their\s+(?:own\s+)?)?(?:cars|vehicles|boats)|by\s+(?:car|road|boat|bus))\b))|(?:(?<=been\s)|(?<=were\s))ordered\s+out\b(?!\s+of\s+(?:the\s+)?"
        r"(?:court|room|meeting|country))|(?:partie?s|quitté\s+\S+(?:\s+\S+)?)\s+par\s+leurs\s+propres\s+moyens|"
        # "Around 200 residents were brought out on Wednesday alone" (not loans taken out)
        # ("another 1,500 had been flown out on military flights")
        r"airlift(?:ed|ing|s)?|bussed\s+out|(?:(?<=were\s)|(?<=been\s))flown\s+out\b|(?:(?<=were\s)|(?<=been\s))(?:brought|taken|got|gotten)\s+out\b(?!\s+(?:alive|of\s+(?:the\s+)?(?:school|schools|rubble|debris|hospital|prison|jail|detention|water|sea)))|ferried\s+(?:\S+\s+){0,6}?(?:off|out\s+of|away\s+from)\b|self-evacuat\w*|"
        # self-evacuation: "An additional 40 residents of Sangre de Cristo left on their own"
        # (not "were left on their own after their parents were killed": abandoned)
        # (an act that ends its clause or is timed: not "residents left on their own in flooded villages need help")
        r"(?<!were\s)(?<!been\s)(?<!was\s)(?<!are\s)(?<!is\s)(?<!be\s)"
        r"left\s+(?:on\s+their\s+own|of\s+their\s+own\s+accord|by\s+their\s+own\s+means)"
        r"(?=\s*[.;,]|\s+(?:before|ahead|as|after|when|once|by\s+(?:car|road|boat|bus)|earlier|overnight|"
        r"to\s+(?:stay|live|join|seek|shelter|move))\b)|"
        # "Cambodian authorities moved an estimated 5,000 to 6,000 people out of riverside villages"
        r"moved\s+(?=(?:an?\s+estimated\s+|some\s+|about\s+|around\s+|nearly\s+|more\s+than\s+|over\s+)?\d)"
        r"(?!(?:\S+\s+){0,5}?(?:workers|staff|employees|miners|personnel|troops|soldiers|students|patients|prisoners|"
        r"inmates|tonnes|tons|head)\b)(?:\S+\s+){1,7}?(?:out\s+of|away\s+from)\b|"
        r"héliportée?s|hélitreuillée?s|(?<=fait\s)sortir\b|mise?s?\s+en\s+sécurité|"
        # "Un pont aérien a permis d'acheminer vers La Réunion 1 140 personnes"
        r"pont\s+aérien\s+a\s+permis\s+d['’](?:acheminer|transférer|transporter|évacuer)|"
        # Cuba's civil defence "protected 283,000 people ahead of Hurricane Rafael": moved out of harm's way
        # ("had protected 283,000 people in Artemisa province before the storm made landfall")
        r"(?<!were\s)(?<!was\s)(?<!been\s)(?<!are\s)protected(?=\s+(?:\S+\s+){1,3}?(?:people|persons|residents|"
        r"inhabitants)\s+(?:in\s+(?:\S+\s+){1,6}?)?(?:ahead\s+of|before)\s+(?:the\s+)?(?:hurricane|storm|cyclone|typhoon|"
        r"arrival|landfall)\b(?!\s+season))|"
        # "dont 1 450 ont été transférés sur le site de Toukra" (not the wounded to hospital: a casualty word)
        r"(?<=été\s)transférée?s\s+(?:vers|sur|dans|au|aux)\s+(?:les?\s+|la\s+|l['’]|des\s+|un\s+|une\s+)?"
        r"(?:(?:deux|trois|quatre|cinq|six|plusieurs|\d+)\s+)?(?:sites?|camps?|centres?|abris|zones?|quartiers?|localités?|villages?|lieux|endroits)\b"
        r"(?!\s+(?:de\s+|d['’])?(?:détention|rétention|santé|soins|transit\s+pour\s+migrants))|"
        # "4,800 had already left by road and 1,500 by air", "2,100 were taken off beaches by boat"
        r"left\s+by\s+(?:road|air|boat|sea|bus|car|plane|helicopter|convoy)|(?<=were\s)taken\s+off\b|"
        r"(?:ordered|told|called\s+on|urged|asked)\s+(?:\S+\s+){0,5}to\s+(?:flee|leave|evacuate|move)|"
        r"(?:reçu|donné)\s+l['’]ordre\s+d['’e]\s*(?:quitter|évacuer|partir)|sommée?s\s+de\s+(?:quitter|partir)|"
        # Cuba's civil defence counts its evacuees as people "protected" (with relatives or in centres): "283,000
        # people had been protected ahead of Hurricane Rafael", "735,000 people had been protected in the eastern
        # provinces" (not "protected from abuse", "protected areas")
        # (also between quotes: "had been 'protected' in Holguín … ahead of Hurricane Oscar")
        r"(?:(?<=were\s)|(?<=was\s)|(?<=been\s)|(?<=were\s['‘\"“])|(?<=been\s['‘\"“]))protected['’\"”]?"
        r"(?:\s+(?:ahead\s+of|before)|\s+from\s+(?:the\s+)?(?:\w+\s+)?"
        r"(?:hurricanes?|storms?|cyclones?|typhoons?|floods?|flooding|rains|winds|surges?|waters|eruption)\b|"
        # (in its provinces or towns; not "women were protected in safe houses", "were protected, the ministry said")
        r"(?=\s+(?:in|across|throughout)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:provinces?|municipalities|regions?|districts?|"
        r"towns?|areas?)\b)|"
        # ("had been protected in Santiago de Cuba, Granma and Holguín ahead of Hurricane Melissa": the places, then
        # the storm)
        r"(?!\s+in\s+(?:\d[\d,.]*\s+)?(?:[\w-]+\s+)?(?:shelters?|cent(?:re|er)s|schools?|buildings?)\b)"
        r"(?=\s+in\s+[^.;:\d]{1,80}?\s(?:ahead\s+of|before|as|when|while)\s+(?:the\s+)?(?:(?:arrival|landfall)\s+of\s+(?:the\s+)?)?"
        r"(?:hurricane|storm|cyclone|typhoon)\b))|"
        # "Les autorités cubaines ont protégé plus de 735 000 personnes avant l'arrivée de l'ouragan Melissa"
        # (people, not "ont protégé 12 000 maisons avant l'arrivée de l'ouragan")
        r"(?:(?<=ont\s)|(?<=avaient\s)|(?<=a\s))protégé(?=\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+)?\d"
        r"[\d\s\u00a0\u202f,]*+(?:millions?\s+(?:de\s+|d['’]))?(?!(?:maisons|habitations|logements|cases|bâtiments|"
        r"édifices|biens|hectares|cultures|installations|infrastructures|bateaux|navires|têtes)\b)[^.;:]{0,60}?\s(?:avant|à\s+l['’]approche)\s+(?:l['’]arrivée\s+|le\s+passage\s+)?(?:de\s+l['’]|du\s+|de\s+la\s+)?"
        r"(?:ouragan|cyclone|tempête|typhon))|"
        r"(?<=été\s)protégée?s(?=\s+(?:dans|à\s+travers)\s+(?:les?\s+|la\s+)?(?:\w+\s+){0,2}?(?:provinces?|municipalités|"
        r"régions?|départements?|communes?)\b|"
        # "283 000 personnes avaient été protégées avant l'arrivée de l'ouragan Rafael"
        r"\s+(?:avant|à\s+l['’]approche)\s+(?:l['’]arrivée\s+|le\s+passage\s+)?(?:de\s+l['’]|du\s+|de\s+la\s+)?"
        r"(?:ouragan|cyclone|tempête|typhon))|"
        # "42,000 people were moved out of coastal communes": four of five held-out writers, and the ISI annotators
        r"(?:(?<=were\s)|(?<=was\s)|(?<=been\s)|(?<=also\s))moved\s+out\b|"
        # "about 1,100 people had been moved by coast guard boats and buses"
        r"(?:(?<=were\s)|(?<=was\s)|(?<=been\s))(?:moved|taken|ferried)\s+(?:out\s+)?by\s+(?:[\w-]+\s+){0,4}?(?:boats?|buses|bus|trucks?|"
        r"helicopters?|vehicles?|ferr(?:y|ies)|land|sea|air|road)(?!\s+to\b)",
    ),
    (
        Term.RELOCATED,
        # "140 familles ont reçu les clés de logements sociaux neufs", "has handed over 46,000 new permanent homes to
        # survivors' families": moved into homes of their own for good
        r"(?:received|receive|reçu|recevront|recevaient)\s+(?:the\s+|les\s+|their\s+|leurs\s+)?(?:keys|clés)\b|"
        # "3,680 have received permanent houses in resettlement villages", "46,000 permanent homes have been handed
        # over to families"
        r"(?<=have\s)received\s+(?:new\s+)?permanent\s+(?:homes|houses|housing)\b|"
        # "the ministry has provided durable housing to 42,500 families" (Georgia's IDPs): housing for good
        r"(?:provided|given|allocated|granted)\s+(?:durable|permanent|long-term)\s+(?:housing|homes|accommodation)\s+to(?=\s+"
        r"(?:(?:some|about|around|nearly|over|more\s+than)\s+)?\d[\d,.]*\s+(?:(?:more|displaced|idp|internally\s+displaced)\s+)?"
        r"(?:families|households|people|persons|idps|survivors)\b)|"
        r"(?:(?<=permanent\shomes\s)|(?<=permanent\shouses\s))(?:have|had|were)\s+(?:been\s+)?handed\s+over\b|"
        # (permanent homes: new homes handed over are a count of buildings for most writers)
        r"handed\s+over(?=\s+(?:(?:some|about|around|nearly|over|more\s+than)\s+)?\d[\d,.]*\s+(?:new\s+)?permanent\s+"
        r"(?:homes|houses|housing\s+units|apartments|flats)\b)|"
        # "1,950 people whose homes are uninhabitable have been rehoused" (relogées, in English)
        # (not "rehoused in hotels and sports pavilions": the place sets the term, a shelter)
        rf"(?:(?<=been\s)|(?<=were\s)|(?<=was\s))re-?housed\b(?!\s+(?:temporarily\s+)?in\s+(?:[\w'’-]+\s+){{0,3}}?{_REHOUSED_IN})|"
        r"relocat\w*|relocalisée?s?|relocalisation(?=\s+(?:de|d['’]|des)\b)|resettled|moved\s+to\s+(?:safer|safety|higher)|moved\s+to\s+safe|shifted\s+to|"
        # "had been moved by boat to Santo": people moved somewhere by others
        # ("were also moved to the main island", "were taken by ship to Tagulandang"; not the injured taken to hospital)
        r"(?:(?<=were\s)|(?<=was\s)|(?<=been\s))(?:moved\s+(?:by\s+\w+\s+)?(?:to|from)|"
        r"(?:(?<=people\swere\s)|(?<=people,\swere\s)|(?<=residents\swere\s)|(?<=residents,\swere\s)|"
        r"(?<=families\swere\s)|(?<=households\swere\s)|"
        r"(?<=villagers\swere\s)|(?<=inhabitants\swere\s)|(?<=islanders\swere\s))also\s+moved\s+to|"
        r"taken\s+by\s+(?:ship|boat|ferry|ferries|bus|buses|truck|trucks|road)\s+to)"
        r"(?!\s+(?:\S+\s+){0,3}?(?:shelters?|evacuation|centres?|centers?|camps?|schools?|hospitals?|clinics?))|"
        # "about 410,000 people were shifted from riverine areas" (not "patients were shifted from the hospital")
        r"(?:"
        r"(?<=people\swere\s)|(?<=people\sbeen\s)|(?<=persons\swere\s)|(?<=persons\sbeen\s)|"
        r"(?<=residents\swere\s)|(?<=residents\sbeen\s)|(?<=families\swere\s)|(?<=families\sbeen\s)|"
        r"(?<=households\swere\s)|(?<=households\sbeen\s)|(?<=villagers\swere\s)|(?<=villagers\sbeen\s)|"
        r"(?<=inhabitants\swere\s)|(?<=inhabitants\sbeen\s)|(?<=individuals\swere\s)|(?<=individuals\sbeen\s)"
        r")shifted\s+(?:from|out\s+of|away\s+from)\b|"
        # "authorities were moving more than 15,000 people from slopes", "moved 3,000 residents out of the villages"
        r"(?:moving|moved)(?=\s+(?:(?:more\s+than|over|about|some|nearly|around|almost|at\s+least|an\s+estimated)\s+)?"
        r"\d[\d,.\s]*(?:million\s+|lakh\s+)?(?:(?:people|persons|residents|families|households|villagers|inhabitants)\s+"
        r"(?:from|out\s+of|away\s+from)|"
        # "had moved 1,432 survivors of the landslides to a resettlement site" (not "moved 300 people to the new
        # office")
        r"survivors\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?(?:from|out\s+of|away\s+from|to))\b)|"
        # "shifted 1,00,000 people from the coast to safer places" (IDMC reads moves to safety as relocations)
        r"(?<!evacuated\s)(?<!evacuate\s)(?<!évacuées\s)(?<!évacués\s)"
        r"(?:(?:to|into)\s+(?:safer|safe|higher)\s+(?:places?|locations?|areas?|grounds?|zones?|sites?)|"
        r"to\s+higher\s+ground)|en\s+lieu\s+sûr|(?:vers|dans)\s+des\s+(?:zones|lieux|endroits|sites)\s+(?:plus\s+)?sûrs|"
        # "the first 18 families moved into prefabricated units", "1,100 families have shifted into them" (the
        # prefabricated houses named before), "were taken by bus to reconstructed houses"
        r"(?:moved|shifted|relocated|transferred)\s+(?:(?:from|out\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?camps?\s+)?"
        r"(?:in)?to\s+(?:the\s+|their\s+|new\s+)?(?:prefabricated|prefab|transitional|temporary|modular|container)\s+"
        r"(?:houses|homes|units|housing|shelters|cabins)|"
        r"(?<=\sfamilies\shave\salready\s)shifted\s+into\s+them|(?<=\shave\salready\s)(?:moved|shifted)\s+into\s+them|"
        r"taken\s+(?:by\s+(?:bus|truck|road)\s+)?to\s+(?:reconstructed|rebuilt|new(?:ly[- ]built)?)\s+(?:houses|homes)|"
        # "transférés par bus vers Nice", "obligé les autorités à reloger 450 familles"
        r"transferred\s+to|transférée?s\s+(?:(?:par|en)\s+(?:bus|cars?|camions?|bateaux?|hélicoptères?)\s+)?"
        r"(?:vers|du|de|dans|sur\s+l['’]île)\b|(?<!reste\sà\s)(?<!restent\sà\s)(?<!restaient\sà\s)(?<!encore\sà\s)(?<=à\s)reloger\b|(?:relogée?s?|recasée?s?)(?!\s+(?:temporairement\s+|provisoirement\s+)?(?:dans|sous)\s+(?:des|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs)\s+(?:écoles|églises|tentes|abris|mosquées|bâtiments))"
        r"(?!\s+(?:temporairement\s+|provisoirement\s+)?(?:dans|à)\s+(?:un|une|le|la|les|des|deux|trois|l['’])\s*(?:centres?\s+de\s+vacances|"
        r"colonies?\s+de\s+vacances|salles?\s+(?:polyvalentes?|des\s+fêtes|communales?)|hôtels?|internats?|gîtes?|"
        r"auberges?\s+de\s+jeunesse|centres?\s+de\s+formation|gymnases?))|"
        r"réinstallée?s?|(?<!se\ssont\s)déplacée?s?\s+vers|reubicad[oa]s|trasladad[oa]s|"
        r"realojad[oa]s|desalojad[oa]s|desalojo",
    ),
    (
        Term.FORCED_TO_FLEE,
        r"forced\s+to\s+(?:flee|leave|abandon)|"
        # "aftershocks prompted hundreds of families in the district to leave their villages"
        r"(?:prompted|prompting|pushed|caused|causing|led)\s+(?:\S+\s+){1,7}?to\s+(?:flee|leave\s+(?:their|the)\s+"
        r"(?:homes?|houses?|villages?|towns?|neighbou?rhoods?))\b|"
        # "floodwaters forced about 4,800 people in two townships to seek refuge" (where they found it, when it is a
        # shelter or a camp, gives the term: see figures._REFUGE_PLACE_AFTER_RE)
        r"(?:forced|forcing|forces)\s+(?:\S+\s+){1,8}?to\s+(?:seek|take|find)\s+(?:refuge|shelter|safety)|forc(?:ed|es|ing)\s+(?:\S+\s+){0,8}?(?:to\s+leave|to\s+abandon|out\s+of|from)\s+(?:their\s+)?homes?|"
        # "forced 1,340 people to leave their villages", "forced 2,400 people to leave towns in western Victoria"
        r"forc(?:ed|es|ing)\s+(?:(?!(?:agencies|firms|companies|organi[sz]ations|ngos|businesses|missions|embassies|"
        r"staff|teams|workers|journalists|schools)\b)\S+\s+){1,8}?to\s+(?:leave|abandon)\s+(?:their\s+|the\s+|its\s+)?"
        r"(?:[\w-]+\s+){0,2}?"
        r"(?:villages?|towns?|cit(?:y|ies)|lands?|communities|neighbou?rhoods?|areas?|settlements?|farms?|districts?|"
        r"camps?|sites?|regions?|zones?|islands?|homesteads?)\b|"
        # "attacks forced an estimated 36,000 to 40,000 people to leave between 1 and 10 April": to leave, with no
        # object (not "forced staff to leave the country", nor "to leave school")
        r"forc(?:ed|es|ing)\s+(?:\S+\s+){0,6}?(?:people|residents|civilians|villagers|families|households|inhabitants|"
        r"persons|individuals|idps|displaced)\s+to\s+leave(?=\s*(?:[,.;:]|$|\s(?:between|in|on|since|after|during|last|"
        r"this|over|for|towards?|as|when|before|and|amid|following|while)\b))|"
        # "3,000 residents have left the right-bank districts of Kherson", "400 familles ont quitté le Grand Nouméa
        # pour la Brousse": people who have left their area (not camps or sites: leaving them may be a return)
        r"(?<=\s)(?:have|has|had)\s+(?:since\s+|already\s+|now\s+)?left\s+(?:the\s+|their\s+|its\s+)?"
        r"(?:(?!(?:for|to|into|towards|with)\b)[\w'’-]+\s+){0,3}?(?:districts?|villages?|towns?|cit(?:y|ies)|areas?|neighbou?rhoods?|regions?|communes?|"
        r"islands?|zones?|homes?|houses?)\b|"
        r"(?<=\s)ont\s+(?:déjà\s+|depuis\s+)?quitté\s+(?:(?:le|la|les|leurs?|l['’])\s*(?:(?!(?:pour|vers|chez|camps?|sites?)\b)[\w'’-]+\s+){0,3}?"
        r"(?:quartiers?|villages?|villes?|zones?|localités?|communes?|régions?|îles?|maisons?|domiciles?|foyers?|"
        r"logements?|oblasts?|gouvernorats?)\b)|"
        # (not a participle that only describes displaced people: "le nombre de déplacés internes fuyant les
        # incursions a atteint 14 200", "IDPs fleeing the fighting number 20,000")
        r"fled|flee|(?<!of\sidps\s)(?<!of\sdisplaced\speople\s)fleeing|flight|fuir|fui|fuyaient|fuyait|fuient|"
        r"(?<!de\sdéplacés\s)(?<!de\sdéplacées\s)(?<!de\sdéplacés\sinternes\s)(?<!de\sdéplacées\sinternes\s)"
        r"(?<!de\spdi\s)fuyant|enfuie?s?|"
        # taking refuge is fleeing (the held-out test writers' call since the eleventh session): "took refuge in
        # Kousséri", "ont trouvé refuge à Natitingou", "se sont réfugiées autour de la base" (refuge in a building or
        # a camp names a shelter: see above)
        r"took\s+refuge|taken\s+refuge|taking\s+refuge|found\s+refuge|sought\s+refuge|seeking\s+refuge|"
        r"(?:trouvé|trouvent|cherché)\s+refuge|se\s+réfugier|(?:se\s+sont|s['’]étaient|s['’]est)\s+réfugiée?s?|"
        # "ont pris la fuite", "familles en fuite", "ont dû se sauver", "ont tout laissé derrière elles", "poussé à
        # l'exil", "ont quitté précipitamment le quartier", "ses 84 habitants ont dû partir"
        r"pris\s+la\s+fuite|(?<=\s)en\s+fuite|(?:(?<=ont\s)|(?<=a\s)|(?<=avait\s)|(?<=avaient\s)|(?<=déjà\s))chassé(?=\s)|chassant(?=\s+(?:(?:plus\s+de|près\s+de|environ|quelque|au\s+moins)\s+)?\d)|chassée?s\s+de(?=\s)|(?:se\s+)?sauver(?=\s)|se\s+sont\s+sauvée?s|tout\s+laissé\s+derrière|"
        r"(?<=à\s)l['’]exil|l['’]exil\s+intérieur|quitté\s+(?:précipitamment|en\s+hâte|en\s+urgence)|"
        r"(?:dû|du)\s+partir|(?:had|have\s+had|has\s+had)\s+to\s+(?:leave|flee|abandon|"
        r"move(?=\s+(?:yet\s+)?(?:again|once\s+(?:more|again)|away|out)\b))|"
        r"sent\s+(?:\S+\s+){1,4}?across\s+the\s+border|"
        r"(?:contraint|forcé|obligé|contraignant|forçant|obligeant)(?:e?s)?\s+(?:[^\s.;]+\s+){0,6}?(?:de\s+|à\s+|d['’])"
        r"(?:fuir|quitter|abandonner)|"
        r"quitter\s+(?:leurs?|son|sa)\s+(?:domiciles?|foyers?|maisons?|logements?|villages?|résidences?|habitations?|cases|"
        r"localités?|terres?|quartiers?)\b|"
        r"abandonné\s+(?:leurs?|son|sa|les)\s+(?:maisons?|foyers?|domiciles?|villages?|terres?|logements?|hameaux|"
        r"campements?|localités?|habitations?|quartiers?)\b|"
        r"quitté\s+(?:leurs?|les|son|sa)\s+"
        r"(?:foyers?|maisons?|cases|domiciles?|villages?|localités?|terres?|résidences?|logements?|habitations?|quartiers?)\b|"
        r"leave\s+(?:their|his|her)\s+homes?|"
        r"left\s+(?:their|his|her)\s+homes?|(?<=recorded\s)leaving\s+their\s+homes?|(?:(?<=people\s)|(?<=families\s)|(?<=households\s)|(?<=residents\s))leaving\s+their\s+homes?(?=[^.;]{0,60}?\b(?:due\s+to|because\s+of|after|amid|fleeing|following|in\s+search\s+of)\b)|huy(?:eron|ó)|(?:driven|chased|uprooted)\s+(?:from|out)|"
        r"chass(?:ée?s?|er|ent|ant)\s+(?:\S+\s+){0,3}?(?:de|hors\s+de)\s+(?:leurs?|ses|son|sa|chez)\s*"
        r"(?:maisons?|foyers?|domiciles?|terres?|villages?|localités?|logements?|habitations?|quartiers?|eux|elles)\b|"
        r"flooded\s+out|se\s+sont\s+repliée?s|"
        # "ont provoqué … le départ de plus de 7 200 habitants des communes de Téra": the people who left, counted
        r"(?:(?<=provoqué\sle\s)|(?<=entraîné\sle\s)|(?<=causé\sle\s)|(?<=forcé\sle\s)|(?<=provoquant\sle\s)|"
        r"(?<=entraînant\sle\s)|(?<=,\sle\s))départ(?=\s+(?:de\s+|d['’])(?:plus\s+de\s+|près\s+de\s+|quelque\s+|environ\s+|au\s+moins\s+)?"
        r"\d[\d\s\u00a0\u202f.,]*(?:habitants|personnes|familles|ménages|résidents|civils)\b)|"
        # "500 personnes ont été chassées des campements"
        r"chassée?s\s+des\s+(?:campements|camps|sites)\b|"
        # ("a obligé environ 2 000 familles du quartier Walia à partir": a number written in two words)
        r"(?:contraint|forcé|obligé|poussé|contraignant|forçant|obligeant|poussant)(?:e?s)?\s+(?:[^\s.;]+\s+){0,12}?à\s+"
        r"(?:se\s+réfugier|se\s+déplacer|migrer|se\s+replier|traverser|franchir|passer|partir|s['’]exiler|se\s+reloger|"
        r"se\s+regrouper|se\s+rassembler|prendre\s+la\s+route|prendre\s+le\s+chemin\s+de\s+l['’]exil|"
        # ("Les frappes ont poussé 9 300 habitants à gagner Saïda")
        r"fuir|quitter|abandonner|(?:gagner|rejoindre)(?!\s+(?:les\s+|des\s+|leurs?\s+|l['’])?(?:groupes?|rangs|milices?|"
        r"écoles?|sites?|camps?|champs?|postes?|emplois?|classes?)\b))|"
        r"ran\s+(?:away\s+)?from\s+(?:the\s+)?(?:fighting|violence|attacks?|clashes|gunmen|bombing|shelling|floods?|"
        r"flames|fires?)|left\s+(?:the|their)\s+(?:\w+\s+)?(?:city|town|village|villages|area|region|district|camp|zone)\b|"
        r"abandonner\s+(?:leurs?|son|sa)\s+(?:logements?|maisons?|domiciles?|foyers?|villages?|habitations?|cases|terres?)\b|"
        r"(?:pushed|pushes|pushing|drove|driven|drives|driving)\s+"
        # (not fighters driven back: "pushed some 300 fighters from the armed group out of the town")
        r"(?!(?:(?:some|about|around|nearly|over|more\s+than|at\s+least|an\s+estimated)\s+)?[\d,.]+\s+(?:\S+\s+)?"
        r"(?:fighters|militants|rebels|troops|soldiers|combatants|insurgents|gunmen)\b)"
        r"(?:\S+\s+){0,8}?(?:towards?|out\s+of|from\s+(?:their|the\s+(?:town|city|village|villages|area|"
        r"region|district|camp))|into\s+(?:the\s+)?(?:nearby\s+|surrounding\s+)?"
        r"(?:bush|forests?|hills|mountains))\b|jetée?s?\s+sur\s+les\s+routes|jet(?:é|er|ant|ent)\s+(?:\S+\s+){1,5}?sur\s+les\s+routes|"
        # ("53 000 personnes ont quitté l'agglomération de Port-au-Prince")
        r"quitté\s+(?:la\s+|le\s+|les\s+|leur\s+|leurs\s+|l['’])(?:\w+\s+)?(?:ville|villages?|localités?|quartiers?|région|"
        r"zone|communes?|îles?|hameaux|capitale|agglomération|île|arrondissements?|territoire|districts?)\b|"
        r"stream(?:ing|ed)\s+(?:toward|towards|into|across|out\s+of)\b|"
        r"(?:poussé|chassé|repoussé)(?:e?s)?\s+(?:\S+\s+){1,6}?(?:vers|hors\s+de)\b|"
        # "l'attaque a provoqué la fuite de 51 000 personnes"
        # (also past an aside: "ont provoqué, en l'espace de dix jours, la fuite d'environ 135 000 personnes")
        # "ont poussé à la fuite 67 321 personnes", "contraint plus de 9 000 habitants à la fuite"
        # (not fighters routed: "ont poussé à la fuite quelque 300 miliciens", "contraint 150 assaillants à la fuite")
        r"(?:poussé|poussant|contraint|contraignant|acculé)(?:e?s)?\s+(?:(?!"
        + _FIGHTERS
        + r")[^\s.;]+\s+){0,8}?à\s+la\s+"
        r"fuite\b(?![^.;]{0,40}?\b" + _FIGHTERS + r")|"
        r"(?:provoqué|provoquant|entraîné|entraînant|causé|causant|forcé)(?:\s*,[^,.;]{1,50},)?\s+la\s+fuite"
        r"(?=\s+(?:de|d['’]))|"
        # "escaped into the bush", "ran from the advancing lava", "abandoned their homes", "forced out of Khan
        # Younis", "joined the exodus", "took to the hills"; "ont déserté Kamituga", "chassées par la montée des eaux",
        # "ont dû quitter Sept-Îles", "poussant 2 300 villageois à l'exode"
        r"escaped\s+(?:into|to|from|across|towards?)\b|ran\s+(?:away\s+)?from\b|"
        # "nearly 8,000 Rohingya have slipped across the Naf river", "scattered into the hills", "les 8 600 occupants du
        # site se sont dispersés vers Bule"
        r"slipp(?:ed|ing)\s+(?:across|into|over)\b|scattered\s+(?:into|to|towards?|across)\b|"
        r"se\s+sont\s+dispersée?s\b|"
        r"abandon(?:ed|ing)\s+(?:their|the|its)\s+(?:homes?|houses?|villages?|hamlets?|towns?|farms?|lands?|camps?)\b|"
        r"forced\s+out\s+of\b|(?:(?<=were\s)|(?<=been\s)|(?<=was\s))forced\s+out\b|"
        # "45,000 Rohingya were forced from Buthidaung town" (a place left; not from office, power or a race)
        r"(?:(?<=were\s)|(?<=been\s)|(?<=was\s))forced\s+from\b(?!\s+(?:the\s+)?(?:power|office|race|"
        r"government|coalition|league|tournament|competition|market|company|board|party|game|field)\b)|"
        # "bandit raids forced 4,000 people out of Maru", "drove 11,300 Somalis into Ethiopia", "sends 2,400 across the
        # Moei", "pushed 4,600 people into northern Togo" (not into poverty, hunger or debt)
        r"(?:forced|forcing|forces)\s+(?:\S+\s+){1,5}?out\s+of\b|"
        # "had forced 40,000 residents of the 9th arrondissement out of their homes"
        r"(?:forced|forcing)\s+(?:\S+\s+){6,8}?out\s+of\s+(?:their|his|her)\s+(?:homes?|houses?|villages?)\b|"
        # "forced about 26,000 people from Gedamaitu and Adaytu": a count of people, then the place they left
        r"(?:forced|forcing|drove|driven|driving)\s+(?:(?:about|some|around|nearly|over|more\s+than|an\s+estimated|at\s+least)\s+)?"
        r"\d[\d,.\s]*(?:million\s+|lakh\s+)?(?:people|persons|residents|families|households|villagers|inhabitants|civilians)\s+"
        r"(?:out\s+)?from\b|"
        # (not sent back, a return; not into shelters or camps, which their own words tell)
        r"(?:forced|forcing|drove|driven|driving|sends?|sent|pushed|pushes|pushing)\s+(?!back\b)"
        # (not water: "the storm surge pushed seawater into 3,000 homes")
        r"(?!(?:\S+\s+){0,2}?(?:sea)?water|(?:\S+\s+){0,2}?floodwaters?\b|(?:\S+\s+){0,2}?mud\b|(?:\S+\s+){0,2}?debris\b)"
        r"(?:(?!into\b|across\b)\S+\s+){1,6}?(?:into|across)\b"
        r"(?!\s+(?:\S+\s+){0,4}?(?:poverty|hunger|debt|labou?r|famine|destitution|starvation|malnutrition|unemployment|"
        r"food|crisis|action|service|retirement|submission|hiding|exile|bankruptcy|shelters?|camps?|cent(?:re|er)s|"
        r"sites?|schools?|tents?|churche?s|mosques?|gym(?:nasium)?s?|halls?|stadiums?|accommodation|homes?|houses?|"
        r"buildings?|dwellings?)\b)|joined\s+the\s+exodus|took\s+to\s+the\s+(?:hills|mountains|bush|forests?|high\s+ground)|"
        r"(?<=ont\s)déserté|chassée?s?\s+par\b|(?:dû|du)\s+quitter\b|(?<=à\s)l['’]exode|l['’]exode(?=\s+(?:de|des|du|d['’]))",
    ),
    # Forced evictions are displacement with no word of their own in the vocabulary.
    (
        Term.MULTIPLE_OR_OTHER,
        r"(?:forcibly\s+)?evict(?:ed|ing)|(?:forced\s+)?evictions?|expulsée?s\s+de\s+force|déguerpie?s|déguerpissements?|"
        # "les opérations de démolition ont déguerpi environ 18 000 personnes"
        r"(?:(?<=ont\s)|(?<=a\s)|(?<=avaient\s))déguerpi\b|"
        # expulsions across a border or from a place, and asylum claims: "Algeria expelled 1,280 migrants", "a
        # refoulé 620 migrants", "ont été expulsées du quartier de Gesco", "sought asylum in Peru"
        # ("les autorités dominicaines ont par ailleurs expulsé plus de 200 000 Haïtiens", "l'armée a renvoyé vers la
        # Syrie au moins 450 Syriens")
        # (not pupils, players or patients: "a également expulsé 12 élèves", "a renvoyé vers l'hôpital 40 patients")
        r"(?<=ailleurs\s)expulsé(?!\s+(?:\S+\s+){0,3}?(?:élèves|étudiants|joueurs|supporters|manifestants)\b)|"
        r"(?:(?<=a\s)|(?<=ont\s)|(?<=avait\s)|(?<=avaient\s)|(?<=ailleurs\s)|(?<=déjà\s))renvoyé\s+vers\b(?!\s+(?:l['’]hôpital|"
        r"les?\s+(?:tribunal|parquet|juge|services?|centres?|hôpitaux)|la\s+(?:cour|justice|clinique)|un\s+(?:centre|juge|"
        r"tribunal|hôpital)))|"
        r"expell?ed|refoulée?s|(?<=a\s)refoulé|(?<=ont\s)refoulé|(?<=a\s)expulsé|(?<=ont\s)expulsé|(?<=avoir\s)expulsé|(?<=avait\s)expulsé|(?<=avaient\s)expulsé|(?<=avoir\s)refoulé|"
        r"reconduite?s\s+à\s+la\s+frontière|expulsée?s(?=\s+(?:du|des|de|d['’]))|"
        # "86 familles ont été expulsées mardi du quartier", "ont été expulsés."
        r"(?<=été\s)expulsée?s\b|"
        r"sought\s+asylum|seeking\s+asylum|(?:demandé|demandent|demandaient)\s+l['’]asile|"
        r"asylum\s+(?:claims|applications|requests)|demandes\s+d['’]asile|(?:poured|pouring|flocked|flocking)\s+(?:into|to)\b|"
        # people abroad: "7.9 million Venezuelans were living outside the country", protection status in a host country
        r"living\s+(?:outside\s+(?:the|their)\s+country|abroad)|vivent\s+(?:à\s+l['’]étranger|hors\s+du\s+pays)|"
        r"statut\s+de\s+protection|(?:temporary|international)\s+protection|protection\s+temporaire|"
        r"expulsée?s\s+de\s+leurs?\s+(?:logements?|maisons?|habitations?|domiciles?|terres?)|"
        r"expulsions?(?=\s+(?:forcées?\s+)?d['’e])",
    ),
    (
        Term.DISPLACED,
        # "3,000 residents were sleeping in their cars or in tents outside their damaged homes" (out of their homes)
        r"(?:sleep(?:s|ing)?|slept|living)\s+in\s+(?:their\s+)?(?:cars|vehicles|voitures)\b|"
        r"(?:dorm|viv)\w*\s+dans\s+leurs\s+(?:voitures|véhicules)\b|"
        # "forced nearly four hundred residents to move in with relatives", "3,900 moved in with relatives": a move to
        # hosts (not WITH_HOSTS, a stay)
        r"mov(?:e|ed|ing)\s+in\s+with(?=\s+(?:their\s+|host\s+)?(?:relatives|friends|famil(?:y|ies)|neighbou?rs|hosts?)\b)|"
        # "drought-displaced households", "Floods displace 5,000 in Maiduguri", "délogés par l'éboulement", "hosted by
        # relatives"
        r"(?:drought|flood|conflict|war|disaster|storm|cyclone|violence|climate|quake|earthquake)-displaced|"
        # "310,000 people are camping along raised roads and canal embankments" (out of their homes, not in a camp)
        # "tens of thousands of people have left for relatives' homes"
        r"left\s+for\s+(?:their\s+)?(?:relatives|friends|host\s+famil(?:y|ies))['’]?\s+(?:homes?|houses?)\b|"
        # "Of them, 254,000 went to the homes of relatives and neighbours"
        r"(?:went|gone|go|going|moved|headed)\s+to\s+(?:the\s+)?homes\s+of\s+(?:their\s+)?(?:relatives|friends|"
        r"neighbou?rs|host\s+families)\b|"
        r"(?:camp(?:ing|ed)|pitched\s+tents)\s+(?:out\s+)?(?:along|on|beside|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:roads?|roadsides?|"
        r"highways?|embankments?|dykes?|levees?)\b|"
        # "another 19,000 people whose villages are under water are living on embankments"
        r"(?:(?<=are\s)|(?<=were\s)|(?<=still\s)|(?<=now\s))living\s+(?:on|along)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:embankments?|dykes?|levees?|roadsides?)\b|"
        # "près de 20 000 personnes vivent sur les digues depuis un mois", "290,000 people have crowded onto the Indus
        # embankments"
        r"(?:viv|camp|dorm|s['’]entass)\w*\s+(?:\w+\s+)?(?:sur|le\s+long\s+d)\s*(?:es|les)\s+(?:digues|remblais|talus)\b|"
        r"(?:crowded|crammed|squeezed|packed)\s+(?:on)?to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:embankments?|dykes?|levees?|"
        r"roadsides?)\b|"
        # "roughly 60,000 Israelis … are still away from home a year on"
        r"(?:(?<=still\s)|(?<=remain\s)|(?<=remained\s)|(?<=remaining\s))away\s+from\s+(?:their\s+)?homes?\b|"
        # "3,000 people spent the night away from their homes", "500 familles vivent toujours hors de leur logement"
        r"(?:(?<=the\snight\s)|(?<=a\snight\s)|(?<=still\sliving\s)|(?<=still\slive\s)|(?<=still\sstaying\s))away\s+from\s+"
        r"(?:their\s+)?homes?\b|"
        # "Some sixty thousand residents of northern Israel have been living away from their homes since October"
        # (a stay since an event, or a stay that lasts: not "migrant workers have been living away from their homes")
        r"(?:(?<=been\sliving\s)|(?<=are\sliving\s)|(?<=were\sliving\s))away\s+from\s+their\s+homes?\b"
        r"(?=\s+(?:since|because|due|after|following|owing|as\s+a\s+result)\b)|"
        r"(?:(?<=remain\s)|(?<=remained\s))away\s+from\s+their\s+homes?\b|"
        r"(?:(?<=vivent\s)|(?<=vivaient\s)|(?<=toujours\s)|(?<=encore\s)|(?<=restent\s)|(?<=nuit\s))hors\s+de\s+"
        r"(?:leurs?|son|sa|ses)\s+(?:logements?|domiciles?|maisons?|foyers?|habitations?)\b|"
        r"(?<!could\s)(?<!would\s)(?<!might\s)(?<!may\s)(?<!will\s)(?<!to\s)displaces?(?=\s+(?:(?:more\s+than|over|some|about|nearly|almost|up\s+to|at\s+least)\s+)?\d)|délogée?s|"
        r"hosted\s+by\s+(?:relatives|families|host\s+families|friends)|on\s+the\s+move|"
        # people taken in by relatives or host families are displaced people, not sheltered ones (the writers' call
        # since the tenth session, and IDMC's: "desalojados" beside "desabrigados")
        rf"moved\s+in\s+with|(?:went|gone|go|moved)\s+to\s+(?:stay|live)\s+with|{WITH_HOSTS}|"
        # out of their homes, beside them: "Thousands of families are camping beside the ruins of their houses",
        # "des milliers de familles passent l'hiver sous la tente"
        r"(?:camping|camped)\s+(?:beside|next\s+to|near|amid|among|outside|in\s+front\s+of)\s+(?:the\s+)?"
        r"(?:ruins|rubble|remains|wreckage)|(?:passent|passaient|vivent|vivaient|dorment)\s+(?:toujours\s+|encore\s+)?"
        r"(?:l['’]hiver\s+)?sous\s+la\s+tente|"
        # "sought sanctuary in the cathedral compound", "population movements of about 4,600 people"
        r"(?:sought|seeking|took)\s+sanctuary|(?:still\s+)?unable\s+to\s+return|population\s+movements?|"
        # "about 300 residents … had not yet been allowed back into their buildings"
        r"(?:(?<=not\s)|(?<=yet\s)|(?<=never\s))(?:been\s+)?allowed\s+(?:back\s+(?:in(?:to)?|to|home)|to\s+return)\b|"
        # DTM's trackers: "enumerators tracked the movement of 112,960 people"
        r"(?<=tracked\sthe\s)movements?|(?<=recorded\sthe\s)movements?|(?<=monitored\sthe\s)movements?|"
        # "attacks … triggered the movement of 11,240 people", "caused the displacement-like movement of"
        r"(?<=triggered\sthe\s)movements?|(?<=caused\sthe\s)movements?|(?<=prompted\sthe\s)movements?|"
        r"(?<=forced\sthe\s)movements?|(?<=provoked\sthe\s)movements?|(?<=sparked\sthe\s)movements?|"
        r"(?<=provoqué\sle\s)déplacement|(?<=entraîné\sle\s)déplacement|(?<=causé\sle\s)déplacement|"
        r"(?<!commission\sde\s)(?<!commission\sdes\s)mouvements?\s+de\s+populations?|(?:dû|du)\s+se\s+déplacer|"
        r"internally\s+displaced|displaced(?!\s+(?:(?:or|and)\s+[\w-]+\s+)?(?:fractures?|bones?|joints?|discs?|hips?|shoulders?|vertebra\w*|"
        r"lens|teeth|tooth|fragments?)|\s+from\s+(?:their\s+|the\s+)?(?:classrooms?|offices?|jobs?|posts?|"
        r"positions?|seats?|top\s+spot|lead)\b)|displacing|displacements?|uprooted|idps?\b(?!\s+returnees?\b)|"
        # DTM's emergency tracking: "12,540 individuals (2,803 households) moved in Chiure district following attacks"
        r"(?:(?<=individuals\s)|(?<=people\s)|(?<=persons\s)|(?<=households\s)|(?<=households\)\s)|(?<=HH\)\s)|"
        r"(?<=hh\)\s))moved(?!\s+back)"
        r"(?=\s[^.;]{0,60}?\b(?:following|due\s+to|because\s+of|after|fleeing)\s+(?:\w+\s+){0,3}?(?:attacks?|violence|"
        r"fighting|clashes|floods?|flooding|insecurity|conflict|raids?|incursions?)\b)|"
        # DTM's emergency tracking: "13,750 individuals (3,020 households) were recorded moving in Chiure district"
        r"(?:(?<=recorded\s)|(?<=tracked\s)|(?<=observed\s))moving(?!\s+(?:back|home|through|via|across|between|to\s+(?:their|areas?\s+of\s+origin)))\b|"
        # "1,130 persons have opted to stay with relatives outside the danger zone"
        r"(?:opted|chose|chosen|choosing|preferred|decided)\s+to\s+(?:stay|shelter|live)\s+with\s+(?:their\s+)?(?:relatives|"
        r"host\s+families)\b|"
        # "forced 37,185 people from their homes …, of whom 16,700 have yet to return": still away, displaced
        # (not when where they stay is told next: "had yet to return and were staying in school gymnasiums")
        # (home, or nowhere said: not "to work", "to the pit")
        r"(?:have|has|are|were|had)\s+yet\s+to\s+(?:return|go\s+(?:back|home))\b(?=\s*[,.;)]|\s+(?:home|and|since|after|"
        r"because|as|to\s+(?:their|its|the)\s+(?:homes?|houses?|villages?|areas?|towns?|neighbou?rhoods?|communities|districts?|"
        r"lands?|island|city|town|valley)))(?![^.;]{0,40}?\band\s+(?:were|are)\s+"
        r"(?:still\s+|now\s+)?(?:staying|living|sheltering|sleeping|housed)\b)|"
        r"n['’]ont\s+(?:toujours\s+)?pas\s+encore\s+(?:pu\s+)?(?:regagné|rejoint|réintégré|rentrer|regagner)\b(?!\s+(?:leurs?\s+"
        r"(?:classes?|écoles?|postes?|bureaux?)|l['’]école|les\s+bancs|le\s+travail)\b)|"
        # "581,638 people are out of their homes" (the look-behind lets the scan start at the rarer word)
        r"(?<=out\sof\stheir\s)homes?|"
        r"(?:sought|seeking)\s+safety|outside\s+(?:the\s+)?(?:ecs?\b|evacuation\s+cent(?:re|er)s)|(?<!s'est\s)(?<!s’est\s)d[ée]plac[ée]e?s?|d[ée]placements?|redéplacements?|pdi\b|refugiée?s?|réfugiée?s?|"
        r"refugees?|asylum[- ]seekers?|demandeurs\s+d'asile|desplazad[oa]s?|desplazaron|desplazamientos?|"
        r"deslocad[oa]s",
    ),
    (
        Term.RETURNS,
        r"returning\s+idps|returned|returnees?|returning|return(?:s)?\s+home|(?<=\d\s)returns\b|"
        # "ont commencé à rentrer chez elles", "have begun to go back", "started heading home"
        r"(?:commencé|commencent|commençaient|commence)\s+à\s+(?:rentrer|regagner|retourner)"
        r"(?!\s+(?:en\s+classe|à\s+l['’]école|au\s+travail|au\s+bureau))|"
        # "About 1,900 families have been allowed back into the 'most affected area'"
        r"(?:(?<!not\s)(?<!never\s)(?<!n't\s)(?<!n’t\s)been|(?<=families\s)were|(?<=people\s)were|(?<=households\s)were)\s+"
        r"allowed\s+back\s+(?:in(?:to)?|to|home)\b(?!\s+(?:the\s+)?(?:school|work|class(?:es|rooms?)?|studies|lessons|"
        r"training|office)\b)|"
        # "1,923,456 returnees, including 1,686,000 former IDPs and 237,456 returnees from abroad": IDPs back home
        r"former\s+idps\b|former\s+internally\s+displaced\s+(?:people|persons)|anciens\s+(?:déplacés|pdi)\b|"
        r"anciennes\s+déplacées\b|"
        # "1,900 displaced families have so far been helped to return to their villages", "were allowed to return"
        r"(?:(?<!not\s)(?<!never\s)(?<!n't\s)(?<!n’t\s)been|(?<=families\s)were|(?<=people\s)were|(?<=households\s)were)\s+"
        r"(?:helped|assisted|enabled|supported|allowed)\s+to\s+return\b(?!\s+(?:to\s+)?(?:the\s+|their\s+)?(?:school|"
        r"work|class(?:es|rooms?)?|studies|lessons|training|office|jobs?)\b)|"
        r"(?:begun|began|begin|started|start)\s+(?:to\s+(?:go|head|move)\s+(?:back|home)|(?:going|heading|moving)\s+"
        r"(?:back|home))(?!\s+to\s+(?:school|work|class))|gone\s+back\s+on\s+their\s+own|"
        # a label of its own: "Returns: 3,400", "Retours (Malakal, T2) : 500"
        r"(?<!tax\s)(?<!sales\s)(?<!product\s)(?:returns|retours)(?=(?:\s+(?:this|last|in|during|since|ce|cette|en|depuis)\s+[\w-]+(?:\s+[\w-]+)?)?"
        r"\s*(?:\([^()]{0,40}\)\s*)?:\s*(?:[<>~≈]|c\.\s*|about\s+|environ\s+)?\d)|"
        # deportations are returns across a border: "1,212 Afghans were deported from Iran"
        r"deport(?:ed|ees?|ations?)|sent\s+back|(?:crossing|crossed)\s+back\s+(?:from|into|across|over)\b|"
        # a DTM table's column: "Departures to areas of origin (individuals)", "Départs vers les zones d'origine"
        r"departures?\s+to\s+(?:their\s+)?(?:areas?|places?|villages?)\s+of\s+origin|"
        r"départs?\s+vers\s+(?:les\s+|leurs\s+)?(?:zones?|lieux|localités?|villages?)\s+d['’]origine|"
        # "273 000 Syriens ont quitté la Turquie pour rentrer dans leur pays", "left Iran to return home"
        r"(?:quitté|quittent|quittaient|left|leaving)\s+(?:(?!unable\b|not\b|never\b|impossible\b|sans\b)\S+\s+){1,4}?"
        r"(?:pour|to)\s+(?:rentrer|regagner|retourner|"
        r"return|go\s+back|go\s+home)\b|(?:came|(?:(?<=have\s)|(?<=has\s)|(?<=had\s)|(?<=having\s))come|coming)\s+back\s+(?:from|to)\b|returns?\s+from\b|"
        r"pushed\s+back(?=\s+(?:(?:some|about|roughly|around|over|more\s+than|nearly)\s+)?\d)|"
        r"(?:spontaneous|facilitated|assisted|voluntary|organi[sz]ed)\s+returns?|return\s+movements?|retours?\s+spontanés|"
        r"(?:facilitated|organi[sz]ed|supported|assisted)\s+the\s+return\s+of|"
        # "the municipality counts 1,100 households back in the Shiha neighbourhood"
        r"(?:(?<=households\s)|(?<=families\s)|(?<=people\s)|(?<=residents\s)|(?<=persons\s))back"
        r"(?=\s+(?:in\s+(?:the\s+)?(?!(?:evacuation|camps?|shelters?|sites?|centres?|centers?|school|work)\b)\w|home\b))|"
        # "its return programme had brought back 41,820 internally displaced people to their villages": the verb
        # around the figure says what happened to the displaced people it names
        r"(?:brought|bringing|brings|bring|taken|took)\s+back(?=\s+(?:(?:some|about|around|nearly|over|more\s+than)\s+)?"
        r"\d[\d,.\s]*(?:\s+[\w-]+){0,4}?\s+to\s+(?:their|its|his|her)\s+(?:villages?|homes?|areas?|places?|communities|"
        r"towns?|districts?|woredas?|localities)\b)|"
        # "closed the camps, moving 9,400 households back to Bama": the figure between the verb and "back"
        r"(?:moving|moved|moves|sending|sent|transporting|transported|busing|bussing|bused|bussed)(?=\s+(?:(?:some|about|"
        r"around|nearly|over|more\s+than)\s+)?\d[\d,.\s]*"
        # (households and people, not patients, pupils or migrants deported: "sent 1,200 migrants back to Niger")
        r"(?!\s*(?:[\w-]+\s+){0,2}?(?:patients|pupils|students|staff|workers|employees|tourists|visitors|migrants|troops|"
        r"soldiers|prisoners|detainees)\b)(?:\s+[\w-]+){0,4}?\s+back\s+(?:to|home|into)\b"
        # (not back to where displaced people stay: "sent 3,000 people back to the evacuation centres")
        r"(?!\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:evacuation|camps?|shelters?|centres?|centers?|sites?|schools?)\b))|"
        # "ont réintégré leurs localités", "ont pu rentrer à Bria", "ont rejoint leurs foyers"
        r"réintégr(?:é|er)\s+(?:leurs?|son|sa)\b|(?:pu|dû)\s+rentrer|"
        # "Environ 110 000 de leurs occupants ont repris la route de leurs villages d'origine"
        r"(?:(?<=ont\s)|(?<=avaient\s))repris\s+la\s+route\s+(?:de|vers)\s+(?:leurs?|son|sa|ses)\s+(?:villages?|localités?|"
        r"foyers?|domiciles?|maisons?|quartiers?|zones?|régions?|terres?|communes?)\b|"
        # "une centaine de familles ont préféré rentrer dans leurs villages" (not tourists "de rentrer en France")
        r"(?:préféré|choisi\s+de|décidé\s+de|commencé\s+à)\s+rentrer(?=\s+(?:dans|chez|à|au)\s+(?:leurs?|son|sa|ses)\b)|rejoint\s+(?:leurs?|son|sa)\s+(?:foyers?|domiciles?|maisons?|"
        r"villages?|localités?|quartiers?)\b|forcibly\s+returned|(?:(?<=are\s)|(?<=were\s)|(?<=now\s))back\s+home|"
        # "3,400 households have left the remaining camps to return to their areas of origin"
        # ("110,000 people had left the Bulengo, Lushagala and Rusayo sites to return to Masisi")
        r"(?<!workers\s)(?<!staff\s)(?<!personnel\s)(?<!teams\s)left\s+(?:\S+\s+){0,6}?(?:camps?|sites?|shelters?)\s+to\s+"
        r"(?:go\s+)?return|"
        # "1,630 families had left Jeddah 5 camp in Nineveh for their areas of origin"
        # "110,000 people left the Kanyaruchinya, Bushagara and Rusayo sites …, most of them heading back towards
        # Rutshuru"
        r"left\s+(?:\S+\s+){0,6}?(?:camps?|sites?)\b(?=[^.;]{0,60}?,\s+(?:most|many|the\s+majority|nearly\s+all|almost\s+all)\s+"
        r"of\s+them\s+(?:heading|going|returning|walking|travell?ing|moving)\s+(?:back|home)\b)|"
        r"left\s+(?:\S+\s+){0,4}?(?:camps?|sites?|shelters?)\s+(?:\S+\s+){0,3}?(?:for|to)\s+(?:their\s+)?(?:areas?|places?|"
        r"villages?|communities|homes?)\s+of\s+origin|(?:come|came|comes|coming)\s+back\s+home|"
        r"(?:went|gone|going|go)\s+back\s+(?:to|home)|crossed\s+back|(?:came|come|coming|went|moved)\s+back\s+across|moved\s+back(?=\s+(?:into|to|home)\b)|"
        # "220 000 Afghans renvoyés du Pakistan", "ont regagné Manbij", "sont reparties vers leurs districts d'origine"
        r"renvoyée?s(?=\s+(?:du|de|d['’]|des|vers|chez))|(?:(?<=ont\s)|(?<=avaient\s))regagné|"
        # "quelque 520 000 déplacés ont repris le chemin du Liban-Sud", "reprennent le chemin du retour"
        r"(?:(?<=ont\s)|(?<=avaient\s))repris\s+le\s+chemin\s+(?:du\s+retour|de\s+(?:leurs?|chez)|(?:du|de\s+la|des|vers)\b"
        # (not school, work or the polls: "ont repris le chemin des classes, du travail, des urnes")
        r"(?!\s+(?:l['’])?(?:écoles?|classes?|cours|travail|bureaux?|urnes?|stades?|marchés?|champs?|usines?|tribunal|"
        r"tribunaux|négociations?|dialogue|entraînements?|campus|universités?|lycées?|collèges?|églises?|mosquées?)\b))|"
        r"reprenn?(?:ent|aient)\s+le\s+chemin\s+(?:du\s+retour|de\s+(?:leurs?|chez))\b|"
        r"repartie?s\s+vers\s+(?:leurs?|son|sa|ses)\s+(?:\w+\s+)?(?:d['’]origine|villages?|foyers?|domiciles?|maisons?|localités?)|"
        # "some 110,000 have started walking back to their villages", "made their way back home"
        r"(?:walk|walking|walked|head|heading|headed|trek|trekking|trekked|travell?ing|travell?ed|"
        r"(?:made|making|make)\s+their\s+way)\s+back\s+(?:to|home)|(?:headed|heading|heads)\s+(?:back\s+)?(?:for\s+)?home(?!\s+(?:for|to\s+celebrate)\b)|"
        r"(?<=\s)going\s+back(?!\s+to\s+(?:school|work))|"
        # "9,000 Burundian nationals … have also come home", "200,000 Sudanese have gone home from Egypt"
        r"(?:come|came|comes|coming|gone|went|going)\s+home|"
        # "Roughly 1.1 million of those who left have since come back," (a hoped-for "could come back" is no return)
        r"(?:(?<=have\ssince\s)|(?<=has\ssince\s)|(?<=had\ssince\s)|(?<=have\salready\s)|(?<=has\salready\s))"
        r"come\s+back(?=\s*[,.;]|\s+(?:home|to|from|in)\b)|"
        # "près de 700 sont déjà revenus dans leurs anciennes maisons" (not "revenus", income)
        r"(?:(?<=sont\s)|(?<=déjà\s)|(?<=étaient\s))revenue?s|(?:streamed|flocked|poured|flowed)\s+back|"
        # "180 000 personnes sont par ailleurs revenues de Syrie"
        r"(?<=ailleurs\s)revenue?s(?=\s+(?:de|du|des|d['’]|dans|chez|à|au|aux|en)\b)|"
        r"(?<!la\s)rentrée?s?|retournée?s?|retours?|rapatriée?s?|"
        # "the report also records 1.3 million returns during 2024" (a count of returns, not tax returns)
        r"(?:(?<=\d\s)|(?<=million\s)|(?<=thousand\s)|(?<=lakh\s))returns\b(?!\s+(?:on|of|were\s+filed|filed))|"
        r"regagn(?:é|er|ent|aient)\s+(?:(?:leurs?|son|sa|ses)\s+|(?:le|la|les|l['’])\s*(?=(?:districts?|provinces?|villes?|"
        r"régions?|départements?|villages?|localités?|communes?)\b))(?:villages?|foyers?|domiciles?|maisons?|logements?|localités?|quartiers?|"
        r"districts?|provinces?|villes?|départements?|"
        r"lieux?\s+de\s+résidence|résidences?|habitations?|communes?|pays|"
        r"régions?\s+d['’]origine|zones?\s+d['’]origine|lieux\s+d['’]origine|terres?)|"
        r"repatriated|repatriations?|rapatriements?|regresad[oa]s|retornad[oa]s",
    ),
    (
        Term.AFFECTED,
        r"affected|affecting|affectant|impacted|(?:disaster|flood|storm|drought|quake)[- ]stricken|affectée?s?|"
        r"touchée?s?|touchent|touchaient|(?<=ont\s)touché|(?<=a\s)touché|impactée?s?|"
        # "la sécheresse touche environ 1,1 million", "les pluies ont frappé quelque 8 700 ménages"
        r"touche(?=\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+|au\s+moins\s+)?\d)|"
        r"frappée?s?(?=\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+|au\s+moins\s+)?\d)|"
        r"sinistrée?s?|afectad[oa]s|"
        r"atingid[oa]s|"
        # cut off by water: "9.5 lakh people remain waterlogged", "1.5 million people are marooned"
        r"marooned|waterlogged|water-logged|"
        # "2.4 million people … have been hit by the second wave of floods" (people hit by a hazard: affected)
        r"(?<=been\s)hit\s+by(?=\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:floods?|flooding|storms?|cyclones?|typhoons?|hurricanes?|"
        r"drought|earthquakes?|quakes?|rains?|landslides?|tremors?)\b)|"
        # "1.24 million families are stranded by floodwater", "remained isolated by floodwater"
        # (said of them, not a participle after a verb: "airlifted about 320 residents stranded by floods")
        r"(?:(?<=are\s)|(?<=were\s)|(?<=remain\s)|(?<=remained\s)|(?<=remains\s)|(?<=been\s)|(?<=still\s))"
        r"(?:stranded|isolated|cut\s+off|trapped)\s+by\s+(?:the\s+)?(?:rising\s+)?(?:flood\s*waters?|waters?|floods?|"
        r"flooding|landslides?|mudslides?|debris|snow|rubble|damaged\s+roads)\b|"
        # people who "remain cut off" or "restent isolés" after a disaster: affected (the writers' call since the
        # twenty-seventh session: "people stranded or isolated by floods")
        # (not stranded travellers or migrants; not cut off from power or aid; not patients isolated in treatment
        # centres; not people stranded in evacuation centres or camps, where the place tells)
        r"(?:(?<=remain\s)|(?<=remained\s)|(?<=remains\s)|(?<=still\s))(?:isolated|cut\s+off)\b"
        r"(?!\s+(?:to|for|from)\b|\s+(?:in|at|inside)\s+(?:[\w'’-]+\s+){0,3}?(?:cent(?:re|er)s?|camps?|shelters?|schools?|"
        r"sites?|wards?|hospitals?|units?|isolation|quarantine)\b)|"
        r"(?:(?<=restent\s)|(?<=restaient\s)|(?<=demeurent\s)|(?<=toujours\s))(?:isolée?s|coupée?s\s+du\s+monde)\b|"
        # "the floods have now hit 3.3 crore people": a hazard hit a count of people
        r"(?:floods?|flooding|rains?|downpours?|deluge|cyclone|storm|typhoon|hurricane|earthquakes?|quake|drought|monsoon|"
        r"landslides?|disaster)(?:\s+[\w'’-]+){0,3}?\s+(?:(?:have|has|had)\s+)?(?:(?:now|already|so\s+far)\s+)?hit"
        r"(?=\s+(?:(?:an\s+estimated|over|more\s+than|nearly|almost|some|about|around|at\s+least)\s+)?\d[\d,.\s]*"
        r"(?:lakh|crore|million|thousand)?\s*(?:people|persons|individuals|residents|inhabitants|villagers|families|"
        r"households)\b)|"
        # "over 4.2 lakh people in 19 districts are hit", "2,000 families were hit by the floods"
        r"(?:(?<=people\s)|(?<=persons\s)|(?<=residents\s)|(?<=families\s)|(?<=households\s)|(?<=villagers\s))(?:(?:in|across)\s+\d+\s+\w+\s+)?(?:are|were|have\s+been|"
        r"had\s+been)\s+(?:badly\s+|severely\s+|hard\s+)?hit\b(?!\s+(?:with|by)\s+(?:\w+\s+)?(?:power|electricity|blackouts?|"
        r"outages?|cuts?|prices?|shortages?))",
    ),
    # Crossing a border is a flight only among other displacement words (tourists cross borders too): weak cues.
    (
        Term.FORCED_TO_FLEE,
        r"crossed\s+(?:the\s+|a\s+)?(?:international\s+)?(?:borders?|frontiers?)|crossed\s+(?:\S+\s+){0,3}?into|crossing\s+into|"
        r"crossed\s+(?:over\s+)?from|(?:waded|swam)\s+across|"
        # "On 1 July alone, 43,000 people crossed at Islam Qala" (a crossing point: a border, whichever way)
        # (people named: not "143 UN trucks crossed through Bab al-Hawa")
        r"(?:(?<=people\s)|(?<=persons\s)|(?<=individuals\s)|(?<=refugees\s)|(?<=returnees\s)|(?<=migrants\s)|"
        r"(?<=families\s)|(?<=households\s)|(?<=civilians\s)|(?<=others\s)|(?<=them\s)|(?<=whom\s))"
        r"crossed\s+(?:at|through|via)(?!\s+(?:the\s+)?(?:new\s+|old\s+|main\s+)?(?:bridge|river|road|street|highway|ford|"
        r"finish|start|line|square|park|market|city|town|centre|center)\b)"
        r"(?=\s+(?:the\s+)?(?:[\w'’-]+\s+(?:crossing|border|post|point)|[\w'’-]+(?:\s+[\w'’-]+)?\s*"
        r"(?:alone\b|[,.;]|$)))|"
        # "crossed the Moei river from Myawaddy into Thailand", "crossed the river to Renk"
        r"crossed\s+the\s+(?:[\w'’-]+\s+){0,2}?river\b|"
        # "plus de 430 000 passages vers la Syrie", "430,000 crossings into Syria": the crossings counted
        # ("320,000 crossings from Lebanon into Syria")
        r"(?:(?<=\d\d\d\s)|(?<=million\s)|(?<=millions\s))(?:crossings\s+(?:from\s+(?:the\s+)?[^\W\d_][\w'’-]*\s+(?:[^\W\d_][\w'’-]*\s+)?)?(?:into|to)|"
        r"passages\s+(?:de\s+la\s+frontière\s+)?(?:vers|en))|"
        # "quelque 310 000 personnes sont passées du Liban en Syrie": from one country into another
        r"(?:(?<=sont\s)|(?<=étaient\s))passée?s\s+(?:du|de\s+la|de|d['’]|des)\s*[^\W\d_][\w'’-]*\s+(?:en|au|aux|vers)\s+"
        r"[^\W\d_][\w'’-]*|"
        # a label: "Crossings into Syria recorded by General Security since 23 September: 425,000", "Franchissements de
        # frontières vers les pays voisins depuis avril 2023 : 3 976 000"
        r"(?:crossings\s+(?:into|to)|passages\s+(?:vers|en)|(?:border\s+crossings|franchissements\s+de\s+(?:la\s+)?"
        r"frontières?))(?=[^:\n\d]{0,60}(?:\d[^:\n]{0,20})?:\s*\d)|"
        # "Syria's General Security recorded 15,600 people entering Syria from Lebanon"
        r"(?:(?<=\d\speople\s)|(?<=\d\spersons\s)|(?<=\d\sindividuals\s))entering(?=\s+[^\W\d_]+\s+from\b)|"
        r"(?:traversé|franchi|traverser|franchir)\s+(?:la\s+frontière|les\s+frontières)|(?<=ont\s)traversé|"
        # "5 980 personnes ont quitté Mirebalais et les localités voisines"
        r"(?:(?<=ont\s)|(?<=avaient\s)|(?<=ayant\s))quitté(?!\s+(?:leurs?|les|son|sa|ses|le|la|l['’]|ce|cette|\d)\b)|"
        # "a further 1,100 people left Liancourt and Verrettes", "100,000 people have left Tal Rifaat"
        r"(?:(?<=people\s)|(?<=residents\s)|(?<=families\s)|(?<=inhabitants\s)|(?<=villagers\s)|(?<=civilians\s)|"
        # ("8,300 people, most of them women and children, left Macomia")
        r"(?<=have\s)|(?<=had\s)|(?<=has\s)|(?<=children,\s))left(?!\s+(?:behind|over|with|without|for|many|thousands|hundreds|dozens|"
        r"millions|more|at|some|about|around|nearly|people|residents|families|homes|houses|them|him|her|it|a|an|no|only|"
        r"\d|\w+less\b|unharmed|intact|open|alone|in\s+place|undamaged|under|by|on|in|early|late|last|yesterday|today|"
        r"this|after|before|when|because|due|the\s+(?:camps?|sites?|shelters?|centres?|centers?))\b|\s*[,.;:!?)]|\s*$)",
    ),
    # So is going back: "between 2,000 and 2,500 had gone back over the Friendship Bridge", "9,000 have gone back since
    # 27 November" (not workers back after a strike)
    (
        Term.RETURNS,
        r"(?:(?<=have\s)|(?<=has\s)|(?<=had\s))gone\s+back(?=\s*[,.;]|\s+(?:since|over|across|through|after|as|by)\b)|"
        # "About 90,000 Lebanese who had fled to Syria have also come back."
        r"(?:(?<=have\salso\s)|(?<=has\salso\s)|(?<=have\snow\s)|(?<=have\ssince\s))(?:come|gone)\s+back(?=\s*[,.;]|\s+(?:since|"
        r"over|across|through|after|as|by|from|home)\b)",
    ),
    # So are arrivals: "9 000 personnes arrivées à Bol", "les arrivées quotidiennes", "families arriving daily".
    # Arrivals have no term of their own in the vocabulary: the catch-all, as the held-out writers read them.
    (
        Term.MULTIPLE_OR_OTHER,
        r"arrived|arriving|arrivée?s|arrivés|arrivent|arrivaient|arrivant|(?<=ont\s)rejoint|"
        # "DTM recorded the arrival of approximately 150,000 of them in Tawila"
        r"(?<=the\s)arrival\s+of(?=\s+(?:(?:some|about|around|approximately|nearly|over|more\s+than|an\s+estimated|"
        r"another|a\s+further)\s+)?\d)|"
        # "A further 18,000 individuals reached El Fasher town" (people who got somewhere; not aid that reached people,
        # nor a count that reached a level)
        r"(?:(?<=individuals\s)|(?<=people\s)|(?<=persons\s)|(?<=families\s)|(?<=households\s)|(?<=idps\s))"
        r"(?:have\s+|had\s+)?reached(?!\s+(?:with|by|through|via|a\s+|an\s+|the\s+(?:total|peak|record|level|number|"
        r"age|end|stage|point|agreement)|\S+\s+(?:per\s*cent|%))|(?:\s+(?:almost|about|some|nearly|over|more\s+than|"
        r"around|at\s+least|an\s+estimated|approximately|roughly|close\s+to|upwards\s+of))*\s+\d)|"
        # "Zamzam camp … has received 2,100 households from the city": people who came in
        r"(?:(?<=has\s)|(?<=have\s)|(?<=had\s))received(?=\s+(?:(?:some|about|around|nearly|over|more\s+than|another|"
        r"a\s+further|an\s+estimated)\s+)?\d[\d,.\s]*(?:\s+new)?\s+(?:households|families|people|persons|individuals|"
        r"displaced|idps|arrivals)\b)|"
        # "près de 135 000 personnes ont afflué vers les sites"
        # (to sites or camps: not pilgrims to Mecca)
        r"(?:(?<=ont\s)afflué|affluent|affluaient)(?=\s+(?:vers|dans|sur)\s+(?:les|des|le|la|l['’])\s*"
        r"(?:sites?|camps?|centres?|abris|écoles))",
    ),
    # "2,500 of them are staying in a hotel complex and dormitories": shelter, where the text tells of displacement
    # (tourists stay in hotels too)
    (
        Term.SHELTERED,
        r"(?:staying|living|sleeping|slept|lodged)\s+(?:overnight\s+|temporarily\s+)?(?:in|at)\s+(?:a\s+|the\s+)?"
        r"(?:[\w'’-]+\s+)?(?:hotels?|hostels?|motels?|dormitor(?:y|ies))|"
        # "more than 5,000 were still in hotels, gyms and parish halls" (tourists are in hotels too: a weak cue)
        r"(?<=\s)(?:are|were)\s+(?:still\s+|now\s+|currently\s+)?in\s+hotels\b",
    ),
    (Term.MULTIPLE_OR_OTHER, r"(?:new\s+)?arrivals|nouveaux\s+arrivants|nouvelles\s+arrivées"),
    # a country hosting a people: "L'Égypte a accueilli plus de 1,2 million de Soudanais", "Colombia hosts 2.8 million
    # Venezuelans" (the noun must be a people the gazetteer knows: checked where the figure is read)
    (Term.MULTIPLE_OR_OTHER, HOSTS_NATIONALS),
    # "438 000 personnes sont entrées en Égypte depuis le Soudan", "had entered Chad"
    (
        Term.MULTIPLE_OR_OTHER,
        r"(?:(?<=sont\s)|(?<=étaient\s))entrée?s\s+(?:en|au|aux)\b|(?:(?<=have\s)|(?<=had\s)|(?<=has\s))entered\b"
        # (not water in houses: "Floodwater has entered 2,400 houses")
        r"(?!\s+[^.;\n]{0,15}?\d\s+(?:houses|homes|buildings|dwellings|shelters|huts)\b)",
    ),
    # people who moved elsewhere, no reason given: "1,200 people are reported to have moved from Liancourt to
    # Verrettes", "800 families have moved away"
    (
        Term.MULTIPLE_OR_OTHER,
        r"(?:(?<=have\s)|(?<=has\s)|(?<=had\s))(?:(?:since|also|now|already)\s+)?moved\s+(?:from|away|out\s+of)\b|"
        # "1,072 households moved, mostly from Al Abdiyah and Harib districts towards Marib City"
        r"(?:(?<=\d\shouseholds\s)|(?<=\d\sfamilies\s))moved"
        r"(?=\s*,?\s*(?:(?:mostly|mainly|largely|many|most)\s+)?(?:from|towards)\b)",
    ),
    (
        None,
        r"killed|killing|dead|died|death\s+toll|deaths?|fatalities|injured|injuring|injuries|wounded|wounding|missing|"
        r"drowned|"
        # people under the mud: "the number buried", "people buried alive", "personnes ensevelies"
        r"buried\s+alive|(?<=number\s)buried|(?<=people\s)buried|(?<=persons\s)buried|"
        # other needs and care: "en situation d'insécurité alimentaire", "souffrent de malnutrition", "vaccinées"
        r"insécurité\s+alimentaire|food[- ]insecur\w+|assassinat|assassinée?s|massacre\s+(?:de|of)|malnutrition|"
        r"malnourished|vaccinated|vaccinée?s|immuni[sz]ed|"
        # people in need of aid are counted for aid, not as displaced or affected: "1,7 million de personnes dans le
        # besoin", "650,000 people in need of humanitarian assistance"
        # (but "299 families have been found in need of emergency shelter" are homeless)
        r"in\s+need(?!\s+of\s+(?:\w+\s+)?(?:shelter|housing|accommodation|rehousing))|dans\s+le\s+besoin|"
        r"need(?:s|ed)?\s+(?:humanitarian\s+|urgent\s+|food\s+)?(?:aid|assistance|help)|(?:ont|auront|avaient|aura|avait|a)\s+besoin(?=\s+d['’])|"
        r"lost\s+their\s+lives|unaccounted\s+for|sans\s+nouvelles|bodies|rescued|arrested|detained|kidnapped|abducted|infected|"
        # disease cases; French "cases" are huts ("1 430 cases ont été détruites", "Cases détruites : 18 250")
        rf"{_NOT_HUTS}|"
        r"tuée?s?|morts?|mortes|décédée?s?|décès|blessée?s?|disparue?s?|noyée?s?|muert[oa]s|fallecid[oa]s|"
        r"herid[oa]s|desaparecid[oa]s|lesionad[oa]s|mort[oa]s|ferid[oa]s|victims",
    ),
]


# The guard skips the words no cue begins with, and only the cues that can begin with a word's first letter are
# tried there: the whole-text scan then costs a fraction.
_CUES = GroupScanner(
    [(f"c{index}", pattern) for index, (_, pattern) in enumerate(_TERM_PATTERNS)],
    before=r"(?<![\w-])",
    after=r"(?![\w])",
    depth=8,  # a deeper guard lets fewer words through to the matches (10,700 → 8,500 over the corpus)
)
_FLOODING_GROUP = f"c{next(i for i, (_, pattern) in enumerate(_TERM_PATTERNS) if pattern.startswith('flooded'))}"
_WEAK_GROUPS = frozenset(
    f"c{index}"
    for index, (_, pattern) in enumerate(_TERM_PATTERNS)
    if pattern.startswith(
        ("crossed", "arrived", "(?:staying|living|sleeping|slept|lodged)", r"(?:(?<=have\s)|(?<=has\s)|(?<=had\s))gone")
    )
)


_HUTS_DAMAGED_BEFORE_RE = re.compile(
    r"\b(?:détrui\w*|destruction|endommag\w*|emporté\w*|inondé\w*|effondr\w*|rasé\w*|brûlé\w*|incendié\w*|soufflé\w*)\b"
    r"[^.;]{0,40}\Z"
)
#: What did not happen: "refusing to leave their homes", "may have to be relocated", "pourraient être déplacées".
_REFUSED_RE = compile_guarded(
    r"\b(?:(?:refus\w*|declin\w*|unwilling|reluctant|not\s+(?:have|need)|never|refusent|refusé\w*|refusant)\s+"
    r"(?:to|de|d['’])\s+(?:be\s+|être\s+)?|"
    # "7,849 people … had been advised to relocate": a recommendation, not a move
    r"(?:advised|recommended|encouraged|invited|conseillé|recommandé|invitée?s)\s+(?:to|de|d['’]|à)\s+(?:be\s+|se\s+)?|"
    r"(?:may|might|could|would|will|should|risk|expected\s+to|likely\s+to|set\s+to|threatened\s+with|"
    r"pourrai(?:t|ent)|devrai(?:t|ent)|risquen?t\s+d['’])\s+(?:not\s+)?(?:(?:have|need)\s+to\s+)?"
    r"(?:be\s+|being\s+|être\s+)(?:\w+ly\s+)?|"
    # "7,400 people … will have to relocate if it keeps moving", "pourraient se retrouver sans abri": what may come
    r"(?:will|would|may|might|could)\s+(?:(?:have|need)\s+to|soon)\s+|"
    r"(?:pourrai(?:t|ent)|devrai(?:t|ent))\s+(?:se\s+retrouver\s+|devoir\s+|être\s+)?|"
    # "warnings to prepare for possible evacuation", "une éventuelle évacuation"
    r"(?:prepare\s+for\s+(?:a\s+|an\s+)?|(?:se\s+)?préparer\s+à\s+une\s+)?(?:possible|potential|eventual|éventuelle?)\s+|"
    # "2 300 familles y vivent en attendant de pouvoir regagner leurs régions d'origine", "waiting to return"
    r"(?:en\s+attendant\s+de|waiting\s+to|wait\s+to|waiting\s+for\s+a\s+chance\s+to)\s+(?:pouvoir\s+|be\s+able\s+to\s+)?)\Z"
)
#: A return that has not happened: "n'ont toujours pas pu regagner", "have not yet been able to return".
_NOT_YET_RE = re.compile(
    r"(?:n['’](?:ont|a|avaient|avait)\s+(?:toujours\s+|pas\s+encore\s+|encore\s+)?(?:pas\s+)?(?:encore\s+)?(?:pu\s+)?|"
    r"ne\s+(?:peuvent|pouvaient|peut)\s+(?:toujours\s+|pas\s+encore\s+)?pas\s+(?:encore\s+)?|impossible\s+de\s+|"
    r"(?:have|has|had)\s+(?:still\s+)?not\s+(?:yet\s+)?(?:been\s+able\s+to\s+)?|(?:still\s+)?unable\s+to\s+|"
    r"cannot\s+(?:yet\s+)?|could\s+(?:still\s+)?not\s+(?:yet\s+)?|can['’]t\s+(?:yet\s+)?|not\s+yet\s+)\Z"
)
#: A return told with "ne sont pas", one only when the home follows: "ne sont toujours pas rentrées chez elles".
_NOT_YET_BACK_RE = re.compile(r"ne\s+(?:sont|soient|étaient|seront)\s+(?:toujours\s+)?pas\s+(?:encore\s+)?\Z")
_HOME_AFTER_RE = re.compile(
    r"\s+(?:chez\s+(?:eux|elles|soi)|dans\s+leurs?\s+(?:maisons?|logements?|foyers?|villages?|quartiers?|domiciles?)|"
    r"à\s+(?:la\s+maison|leurs?\s+domiciles?)|au\s+(?:village|domicile|foyer))\b"
)
#: A place people left, named right before it with no preposition between: "left Jeddah 5 camp", "ont quitté le
#: camp de Kanyaruchinya" (but "left their homes for the camps" names where they went).
_LEFT_PLACE_BEFORE_RE = re.compile(
    r"\b(?:left|leaving|leave|departed|quitté|quitter|quittent|quittant)\s+(?:the\s+|their\s+|les?\s+|la\s+|leurs?\s+|l['’])?"
    # ("left the Bulengo, Lushagala and Rusayo sites": names in a list)
    # (the text is lower-cased where this is searched)
    r"(?:(?!(?:for|to|into|in|at|towards|vers|pour|dans|à|en|and|et)\b)[\w'’-]+\s+|[^\W\d_][\w'’-]*,\s+|"
    r"[^\W\d_][\w'’-]*\s+(?:and|et)\s+){0,6}\Z"
)
#: Where people who left went, a place named: " in Duhok governorate for Sinjar", " pour Sinjar".
_FOR_PLACE_AFTER_RE = re.compile(
    r"[^.;:]{0,50}?\s(?:for|pour|vers)\s+(?!(?:fear|lack|want|safety|security|food|aid|work|help|shelter|protection|"
    r"other|another|new|neighbou?ring|abroad|peur|manque|d['’]autres|l['’]étranger)\b)[^\W\d_]"
)
#: Words of a return: "Returns to Sinjar", "returning families", "retours".
_RETURN_WORD_RE = re.compile(
    r"\b(?:returns?|returning|returnees?|retours?|retournée?s|rentrée?s|rapatriée?s|rapatriements?|repatriat\w*)\b",
    re.IGNORECASE,
)
#: A place named after refugees, right after the word: " accommodation centres", " camps", " reception centre".
_REFUGEE_PLACE_NOUN_RE = re.compile(
    r"\s+(?:(?:accommodation|reception|transit|collective|temporary)\s+)?(?:cent(?:re|er)s?|camps?|settlements?|sites?|"
    r"shelters?|housing|hostels?)\b"
)
#: Where people come from, right before a camp: "en provenance des ", "venus du ", "coming from the ".
_COMING_FROM_BEFORE_RE = re.compile(
    r"\b(?:en\s+provenance|venant|venue?s?|arrivant|arrivée?s|coming|arriving|arrived)\s+(?:des|du|de|from)\s+"
    r"(?:the\s+|les?\s+|la\s+|l['’])?\Z",
    re.IGNORECASE,
)
#: Where people came back from: "had gone back from ", "returned home from the ", "rentrés chez eux depuis les ", "dont
#: 70 000 depuis les " (a part of people back home).
_BACK_FROM_BEFORE_RE = re.compile(
    r"\b(?:(?:went|gone|going|came|come|coming|moved|headed)\s+back\s+(?:home\s+)?from|returned\s+(?:home\s+)?from|"
    r"back\s+home\s+from|(?:rentrée?s|revenue?s|retournée?s)\s+(?:chez\s+eux\s+)?(?:depuis|de)|"
    r"(?<=\d\s)depuis|(?<=\d)\s+depuis)\s+(?:the\s+|their\s+|les?\s+|la\s+|leurs?\s+|l['’])?(?:[\w'’-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
#: Where people who left went: home ("… to go back to their areas of origin", "… and are headed for home").
_WAY_HOME_AFTER_RE = re.compile(
    r"[^.;:]{0,80}?\b(?:go(?:ing)?\s+back|head(?:ing|ed)?\s+back|return|regagner|rentrer|retourner|home|chez\s+eux|"
    r"villages?\s+d['’]origine)"
)
#: A demolition not (yet) carried out: "announced the demolition of", "a stoppé la démolition de".
_DEMOLITION_NOT_DONE_RE = re.compile(
    r"\b(?:announc\w*|plann\w*|order\w*|stopp\w*|halt\w*|suspend\w*|block\w*|threat\w*|propos\w*|annonc\w*|"
    r"prévu\w*|ordonn\w*|suspend\w*|arrêt\w*|menac\w*|bloqu\w*)\s+(?:the\s+|a\s+|la\s+|une\s+)?(?:\w+\s+)?\Z"
)
#: People moved out who are no displaced people: "foreign nationals were flown out", "patients".
_NOT_DISPLACED_GROUP_RE = re.compile(
    r"\b(?:foreign(?:ers|\s+nationals)|expatriates|diplomats|embassy|patients|wounded|injured|sick|tourists|staff|"
    r"personnel|citizens|nationals)\b"
)
#: What "displaced" takes as object in its other senses: "displaced a record", "displaced the defending champion".
_OTHER_SENSE_OBJECT_RE = re.compile(
    r"\s+(?:the|a|an|his|her|their)\s+(?:\w+\s+)?(?:record|champion|incumbent|favourite|favorite|title[- ]holder)s?\b"
)
#: An evacuation that is only announced: "under evacuation warnings", "evacuation plans".
_EVICTION_ANNOUNCED_RE = re.compile(r"\s+(?:notices?|threats?|orders?|warnings?|letters?|d['’]expulsion)\b")
_ANNOUNCED_RE = re.compile(r"\s+(?:warnings?|watch(?:es)?|alerts?|advisor(?:y|ies)|plans?|drills?|routes?|readiness)\b")


_IMPROVISED_OR_CAMP_RE = re.compile(r"camp|improvis|spontan|informal|informel|makeshift|fortune")
#: Right after sites: that they are buildings ("…, principalement des écoles et des églises", "au stade").
_SITES_IN_BUILDINGS_RE = re.compile(
    r"(?:\s+(?:d['’]\w+|temporaires?|provisoires?|temporary|de\s+\w+)){0,2}"
    r"(?:\s*,?\s*(?:principalement|notamment|essentiellement|surtout|pour\s+la\s+plupart|mostly|mainly|largely|"
    r"most\s+of\s+them|including)\s+(?:des\s+|les\s+|dans\s+des\s+)?(?:public\s+|publiques?\s+)?|"
    r"\s+(?:au|à\s+l['’]|dans\s+l['’]|in\s+the|at\s+the)\s*)"
    r"(?:écoles?|églises?|mosquées?|schools?|churche?s?|mosques?|stades?|stadiums?|gymnases?|gyms?|salles?|halls?|"
    r"hôtels?|hotels?|bâtiments|buildings)\b"
)


_COMPLETELY_WORDS = frozenset({"completely", "totally", "fully", "complètement", "totalement", "entièrement"})
#: The last count before a part is of homes: "damaged 4,156 houses across the country, 1,273 of them ".
_HOUSES_COUNTED_BEFORE_RE = re.compile(
    r"\d[\d,.\s\u00a0\u202f]*\s+(?:houses|homes|dwellings|shelters|housing\s+units|maisons|habitations|logements|cases)\b"
    r"[^\d]{0,70}\d[\d,.\s\u00a0\u202f]*\s+(?:of\s+them\s+)?\Z"
)
#: Right after tents (or a shelter's verb, then tents): beside the people's own homes, in their yards.
#: Right after makeshift shelters, beside the people's own homes: "tarpaulin shelters beside their damaged homes".
_SHELTERS_BESIDE_HOMES_RE = re.compile(
    r"(?<=shelters)\s+(?:(?:beside|next\s+to|in\s+front\s+of)\s+their\s+(?:\w+\s+){0,2}?(?:homes?|houses?|rubble|ruins)|"
    r"in\s+their\s+(?:own\s+)?(?:yards?|gardens?|compounds?))\b"
)
_BESIDE_HOMES_RE = re.compile(
    r"(?:(?<=tents)|(?<=tentes)|(?<=camping)|(?<=camped)|\s+(?:in|under)\s+tents|\s+(?:sous|dans)\s+des\s+tentes)"
    r"(?:\s+[^.;:\n]{0,48}?)?\s+"
    r"(?:(?:beside|next\s+to|near|outside|close\s+to|in\s+front\s+of|by)\s+(?:their|the)\s+(?:\w+\s+){0,3}?"
    r"(?:homes?|houses?|rubble|ruins|debris)|in\s+their\s+(?:own\s+)?(?:yards?|gardens?|compounds?)|"
    r"(?:à\s+côté|près|devant|auprès)\s+(?:de|d['’])\s*(?:leurs?\s+|des\s+|la\s+|les\s+)?(?:\w+\s+)?"
    r"(?:maisons?|habitations?|douars?|villages?|logements?|domiciles?|décombres|ruines)|"
    r"dans\s+leurs?\s+(?:cours|jardins?|parcelles?|concessions?))\b"
)


def find_cues(text: str, start: int = 0, end: int | None = None) -> list[Cue]:
    """Every wording cue in ``text[start:end]``, in text order, with absolute positions; ``text`` must be in
    lower case (the scan is case-sensitive for speed)."""
    cues: list[Cue] = []
    for match, group in _CUES.finditer(text, start, end):
        term = _TERM_PATTERNS[int(group[1:])][0]
        kind = CueKind.CASUALTY if term is None else CueKind.TERM
        if (
            term is None
            and match.group(0) == "cases"
            and _HUTS_DAMAGED_BEFORE_RE.search(text, max(0, match.start() - 45), match.start())
        ):
            continue  # "ont détruit plus de 7 000 cases": huts, not disease cases
        if term is not None and _REFUSED_RE.search(text, max(0, match.start() - 30), match.start()):
            continue  # "refusing to leave their homes": what did not happen is no displacement
        if term is Term.EVACUATED and _ANNOUNCED_RE.match(text, match.end()):
            continue  # "200,000 under evacuation warnings"
        if term is Term.DISPLACED and _OTHER_SENSE_OBJECT_RE.match(text, match.end()):
            continue  # "… displaced a record that had stood since 1992": another sense of the word
        if term is Term.DISPLACED and match.group(0) == "refugee" and _REFUGEE_PLACE_NOUN_RE.match(text, match.end()):
            continue  # "45 refugee accommodation centres": the word names the place (its own cue), not the people
        if (
            term is Term.DESTROYED_HOUSING
            and match.group(0).startswith(("demolition", "démolition"))
            and _DEMOLITION_NOT_DONE_RE.search(text, max(0, match.start() - 40), match.start())
        ):
            continue  # "announced the demolition of some 600 structures", "stopped the demolition of 350 homes"
        if (
            term is Term.EVACUATED
            and match.group(0).startswith("flown")
            and _NOT_DISPLACED_GROUP_RE.search(text, max(0, match.start() - 60), match.start())
        ):
            continue  # "300 foreign nationals were flown out of Khartoum", "1,200 patients were flown out of Gaza"
        if term in (Term.IN_RELIEF_CAMP, Term.SHELTERED) and (
            (
                _LEFT_PLACE_BEFORE_RE.search(text, max(0, match.start() - 60), match.start())
                and (
                    _WAY_HOME_AFTER_RE.match(text, match.end())
                    # "Returns to Sinjar have picked up. … 2,316 families left camps in Duhok governorate for Sinjar
                    # district": out of the camps for a place named, where the text tells of returns
                    or (
                        _FOR_PLACE_AFTER_RE.match(text, match.end())
                        and _RETURN_WORD_RE.search(text, max(0, match.start() - 300), match.start())
                    )
                )
            )
            # "14,200 IDPs had gone back from Shire's collective sites", "dont 70 000 depuis les camps" (of people
            # back home): where they came back from
            or _BACK_FROM_BEFORE_RE.search(text, max(0, match.start() - 50), match.start())
            # "Rapatriement : … un convoi de 2 318 réfugiés burundais en provenance des camps de Nduta": where the
            # returnees came from, in a text about returns
            or (
                _COMING_FROM_BEFORE_RE.search(text, max(0, match.start() - 40), match.start())
                and _RETURN_WORD_RE.search(text, max(0, match.start() - 300), match.start())
            )
        ):
            # "1,100 IDPs left Jeddah 5 camp … to go back", "have left the camps and are headed for home": the camp
            # is where they were; leaving it for home is their return
            term = Term.RETURNS
        if (
            term is Term.IN_RELIEF_CAMP
            and _SITES_IN_BUILDINGS_RE.match(text, match.end())
            # (not camps, nor improvised sites: "30 camps, including schools", "12 improvised sites, mostly schools")
            and _IMPROVISED_OR_CAMP_RE.search(match.group(0)) is None
        ):
            # "20 sites temporaires, principalement des écoles et des églises", "deux sites d'accueil au stade et au
            # palais du peuple": sites that are buildings are shelters (the writers' call)
            term = Term.SHELTERED
        if (
            term is Term.DESTROYED_HOUSING
            and "souffl" in match.group(0)
            and "toit" in text[max(0, match.start() - 40) : match.start()]
        ):
            term = Term.PARTIALLY_DESTROYED_HOUSING  # "les toitures de 340 maisons ont été soufflées": roofs, damage
        if term in (Term.SHELTERED, Term.IN_RELIEF_CAMP) and (
            _BESIDE_HOMES_RE.match(text, match.end()) or _SHELTERS_BESIDE_HOMES_RE.match(text, match.end())
        ):
            # "living in tents beside their homes", "sous des tentes près de leurs douars": out of their homes, not in
            # a shelter (the writers' call since the seventeenth session)
            term = Term.DISPLACED
        if (
            term is Term.DESTROYED_HOUSING
            and match.group(0) in _COMPLETELY_WORDS
            and text.endswith(("of them ", "dont "), max(0, match.start() - 8), match.start())
            and not _HOUSES_COUNTED_BEFORE_RE.search(text, max(0, match.start() - 100), match.start())
        ):
            continue  # "flooded 1,200 shops in Sylhet, 800 of them completely": not homes
        if term is Term.MULTIPLE_OR_OTHER and _EVICTION_ANNOUNCED_RE.match(text, match.end()):
            continue  # "received eviction notices"
        if term is Term.RETURNS and (
            _NOT_YET_RE.search(text, max(0, match.start() - 40), match.start())
            # "ne sont toujours pas rentrées chez elles" (not fishermen "pas rentrés au port", pupils "en classe")
            or (
                _NOT_YET_BACK_RE.search(text, max(0, match.start() - 40), match.start())
                and _HOME_AFTER_RE.match(text, match.end())
            )
        ):
            term = Term.DISPLACED  # "n'ont toujours pas pu regagner leur domicile": still displaced
        cues.append(
            Cue(match.start(), match.end(), kind, term, match.group(0), group == _FLOODING_GROUP, group in _WEAK_GROUPS)
        )
    return cues


#: Nouns a figure can count, and the unit they imply. Housing counts are household units (IDMC practice).
_HOUSEHOLD_NOUNS = (
    r"households?|families|family|homes?|houses?|housing\s+units?|housing\s+structures?|housing|units?|apartments?|flats|dwellings?|huts?|homesteads?|"
    r"buildings?|structures?|residences?|résidences?|ménages?|foyers?|familles?|maisons?|habitations?|logements?|hhs?|"
    r"cases|concessions?|baraques|cabanes|taudis|famil(?:ias|ies|ias)|viviendas?|casas?|hogares|famílias|residências|moradias|"
    r"gers|yurts?|yourtes?"
)
_PERSON_NOUNS = (
    r"people|persons?|individuals?|residents?|villagers?|occupants|civilians?|inhabitants?|citizens?|children|"
    r"women|men|locals|farmers|fishermen|miners|workers|employees|students|pupils|tourists|visitors|guests|"
    r"tenants|patients|inmates|prisoners|pilgrims|passengers|evacuees|displaced|idps?|"
    r"(?:new\s+)?displacements|(?:new\s+)?arrivals|arrivants|"
    r"refugees?|returnees?|asylum[- ]seekers?|migrants|survivors|nationals|members|souls|"
    r"internally\s+displaced\s+(?:persons|people)|personnes?|individus?|habitants?|résidents?|villageois|civils|occupants|"
    r"riverains|holidaymakers|"
    r"enfants|femmes|hommes|élèves|déplacée?s|pdi|réfugiée?s|rapatriée?s|retournée?s|sinistrée?s|"
    r"personas|pessoas|habitantes|evacuad[oa]s|desplazad[oa]s|mineros|damnificad[oa]s|ciudadanos|"
    # nationalities ("Malians", "Maliens", "Congolese", "Somalis") count people
    r"(?-i:[A-Z][a-zà-ÿ]+(?:ians|ans|iens|iennes|ains|aines|ais|aises|ois|oises|is|ites|"
    # "1.2 million Sudanese", but not "Sudanese refugees", "seven Chinese provinces": an adjective before its noun
    r"ese(?!\s+(?!(?:who|which|that|have|has|had|are|were|was|is|in|at|from|to|into|and|or|fled|arrived|crossed|"
    r"live|living|remain\w*|now|since)\b)[a-z])))"
)
# The noun lists are tried after each of up to three words: a guard before each list (see prefilter) lets
# most words fail on their first letters.
_HEAD_RE = re.compile(
    # Words skipped before a household noun are its modifiers, never a verb, a possessive or a person noun:
    # "2,000 people fled their homes" counts people.
    # (The space and bracket before the words are taken whole, atomically, and each word with its spaces,
    # possessively: what follows starts with a letter, so no shorter take could match, and the engine does not
    # try the long noun lists again after each of them.)
    r"^(?>\s*(?:\(|\)|,)?\s*)(?:(?:of|de|of\s+the)\s+|d['’]\s*)?(?:(?!(?:in|at|on|were|was|have|has|had|and|or|to|from|"
    r"by|with|who|which|that|are|is|et|ou|dans|à|ont|sont|en|par|y|en|their|his|her|its|our|whose|leurs?|ses|sus|"
    r"fled|left|lost|abandoned|evacuated|returned|came|come|went|quitté|fui|perdu|regained|"
    # ("610,000 South Sudanese returning home": people going home, not homes)
    r"returning|fleeing|leaving|going|coming|heading|rentrant|regagnant|fuyant|quittant|"
    r"people|persons?|individuals|residents|villagers|inhabitants|personnes|habitants|personas)\b)"
    r"[\w'’][\w'’-]*+\s++){0,3}?"
    rf"{guard(_HOUSEHOLD_NOUNS, re.IGNORECASE)}(?P<household>{_HOUSEHOLD_NOUNS})\b|"
    r"^(?>\s*(?:\(|,)?\s*)(?:(?:of|de|of\s+the)\s+|d['’]\s*)?(?:(?!(?:in|at|on|were|was|have|has|had|and|or|to|from|"
    # (nor a conjunction: "The death toll rose to 45 after the floods displaced 3,000 people")
    r"by|with|who|which|that|are|is|et|ou|dans|à|ont|sont|en|par|y|en|after|before|since|as|when|while|because|"
    r"après|avant|depuis|quand|lorsque|alors)\b)[\w'’][\w'’-]*+\s++){0,3}?"
    rf"{guard(_PERSON_NOUNS, re.IGNORECASE)}(?P<person>{_PERSON_NOUNS})\b",
    re.IGNORECASE,
)
#: Nouns that say a number counts something else (vehicles, schools, money, measures, time).
_OTHER_NOUNS = (
    r"vehicles?|cars?|trucks?|buses|boats?|ships?|schools?|hospitals?|véhicules|voitures|camions|motos|bateaux|"
    r"pirogues|embarcations|"
    r"health\s+(?:centres?|centers?|facilities)|roads?|bridges?|hectares?|ha\b|acres?|km|kilomet\w*|miles?|"
    r"metres?|meters?|mètres?|kilomètres?|centimètres?|mm|cm|tonnes?|tons?|kg|degrees?|hours?|days?|nights?|weeks?|months?|years?|decades?|décennies|minutes?|seconds|jours|nuits|semaines|heures|"
    r"secondes|mph|kph|kmph|knots|nœuds|noeuds|prisoners|detainees|hostages|détenus|prisonniers|otages|"
    r"hect[áa]reas?|kilom[eè]t\w*|dollars?|euros?|francs?|yuan|rupees?|pounds?|usd|eur|chf|cfa|per\s*cent|percent|pour\s*cent|"
    r"por\s*ciento|districts?|provinces?|regions?|villages?|counties|communes?|municipalit\w+|cities|towns|villes|"
    # "dans 400 villes de conteneurs", "in 406 container settlements": places people live in, counted
    r"cités|container\s+(?:cities|towns|settlements|camps|sites)|"
    r"(?:revenue\s+)?circles|tehsils?|talukas?|mandals?|panchayats|wards|townships|areas|rivers|streams|lakes|rivières|fleuves|"
    r"coliseums|coliseos|arenas|auditoriums|pavilions|"
    # ("1,100 camp residents", "site population" count people)
    r"countries|states|départements?|cercles?|"
    r"(?:camps?|campements?|sites?)(?!\s+(?:residents|dwellers|population|inhabitants|occupants|résidents|habitants))|"
    r"centres?|centers?|volunteers|trees|livestock|"
    r"governorates?|oblasts?|prefectures?|préfectures?|zones|divisions|departments|municipios|localities|"
    r"localités|islands|îles|settlements|pps|wilayas?|woredas?|upazilas?|mantikas?|mantiqas?|baladiyas?|kebeles?|payams?|raions?|unions|territoires|régions|councils|lgas|"
    r"abris|écoles|églises|mosquées|churches|mosques|classrooms|salles\s+de\s+classe|"
    r"forages|latrines|puits|boreholes|wells|toilets|water\s+points|points\s+d['’]eau|"
    # other buildings people shelter in: "took refuge in three gyms", "dans trois gymnases"
    r"gyms|gymnasiums|gymnases|stadiums|stades|halls|salles|hotels|hôtels|temples|pagodas|hébergements|"
    r"monasteries|monastères|warehouses|entrepôts|hangars|madrasa[hs]?|covered\s+courts?|"
    r"semaines|jours|mois|heures|années|ans|días|semanas|meses|años|horas|fois|veces|m/s|km/h|"
    r"quartiers|neighbou?rhoods|arrondissements|barangays|locations|havens|établissements|facilities|"
    r"shelters|blocks?|floors?|storeys?|stories|incidents?|events?|attacks?|occasions?|lives|deaths|tunnels|crops|"
    r"immeubles|incendies|fires|wildfires|blazes|feux|vols|convois|convoys|"
    r"teams|squads|brigades|battalions|firefighters|fire\s*fighters|rescuers|rescue\s+workers|police(?:men)?|"
    r"partners|organi[sz]ations|agencies|agences|ngos|ong|donors|clusters|chercheurs|researchers|experts|participants|délégués|"
    r"delegates|journalistes|journalists|scientifiques|scientists|voters|électeurs|spectators|spectateurs|fans|"
    # ("Plus de 700 entreprises ont été pillées ou incendiées, et 7 000 emplois détruits")
    # ("un centre de transit de 2 000 places": room)
    r"supporters|hurdles|relay|freestyle|backstroke|breaststroke|medley|sprint|steeplechase|places|entreprises|emplois|jobs|businesses|commerces|boutiques|shops|magasins|stores|kiosques|kiosks|"
    r"soldiers|troops|officers|staff|personnel|responders|équipes|pompiers|secouristes|soldats|militaires|policiers|"
    r"gendarmes|casques\s+bleus|peacekeepers|m2|m²|sq\.?\s*m|square\s+met(?:re|er)s|mètres\s+carrés|"
    # ("15,000 core relief item kits", "1,240 household visits")
    r"tents|tarpaulins|blankets|(?:item\s+)?kits|visits|visites|rations|meals|jerry\s?cans|mosquito\s+nets|latrines|wells|water\s+points|"
    r"boxes|torches|flashlights|"
    r"nfis?|items|packages|parcels|vouchers|doses|vaccines?|bags|sacks|litres|liters|gallons|tentes|bâches|"
    r"couvertures|kits|rations|repas|latrines|puits|"
    rf"arbres|seedlings|saplings|plantules|cattle|animals|heads?(?:\s+of|(?=\s*(?:$|[\n.,;])))|aircraft|helicopters?|flights?|{_NOT_HUTS}|times|am|pm|h\d*|"
    r"shillings?|naira|pesos?|birr|kwacha|ariary|dinars?|dirhams?|riy?als?|liras?|lempiras?|quetzal(?:es)?|soles|"
    r"cedis?|leones?|takas?|afghanis|kyats?|rupiah|ringgit|baht|hryvnias?|gourdes?|meticais|fcfa|shekels?|nis|"
    r"rubles?|roubles?|lari|tenge|somoni|soms?|manats?|drams?|"
    r"têtes|bétail|animaux|dogs|cats|pets|goats|sheep|cows|horses|camels|donkeys|chiens|chats|chèvres|moutons|"
    # things, not people: "3 shells hit the site", "5 frappes", "1,050 flood rescues", "300 flood warnings", "264
    # votes", "2,100 displaced respondents", "45 passengers each", "8 refuges de la Croix-Rouge" (but camp "inmates" in
    # India are people), "5 hôpitaux", "3 ponts",
    # "305 glissements de terrain", "13 points d'entrée", "43 border communities", "2 300 cas de choléra"
    r"shells|rockets|missiles|strikes|airstrikes|frappes|obus|roquettes|rescues|sauvetages|warnings|alerts|alertes|"
    r"reprises|incursions|teachers|enseignants|greniers|granaries|douars|campings|campsites|votes|voix|respondents|répondants|interviews|entretiens|passengers|passagers|refuges|hôpitaux|"
    r"hospitals|ponts|barrages|dams|landslides|glissements|points(?:\s+d['’](?:entrée|eau))?|entry\s+points|"
    r"(?:health|border|crossing)\s+points|(?<=two\s)points|(?<=three\s)points|(?<=same\s)points|(?:health|medical|police|military|army|mobile|storage|water)\s+units?|(?:border\s+|host\s+)?communities|communautés|cas|cubic|m³|m3|"
    r"ambulances|buses|bus|camions|trucks|boats|bateaux|navires|vessels|"
    r"facilities|parishes|paroisses|(?:evacuation|assembly|collection|gathering)\s+points?|"
    r"(?:evacuation\s+)?posts|ecs|secteurs|sectors|blocs|blocks|"
    r"factions?|groups|groupes|gangs|militias|milices|polling\s+stations?|bureaux\s+de\s+vote|"
    # people moved on for what they did, not displaced: "3 000 manifestants ont été expulsés"
    r"manifestants|protesters|demonstrators|commerçants|diplomates|diplomats|journalistes|journalists|"
    # buildings nobody lives in: "386 religious structures damaged", "40 public buildings"
    r"(?:religious|public|government|commercial|administrative|community|school|health|worship)\s+"
    r"(?:structures|buildings|edifices)|(?:édifices|bâtiments)\s+(?:publics|religieux|administratifs)|lieux\s+de\s+culte"
)
_OTHER_NOUN_RE = re.compile(
    # up to two words before the noun ("3 temporary accommodation centres"), none of them a preposition or an
    # article ("2.6 million in a year" counts people)
    # (white space and words are taken possessively: each ends where the next starts, at a letter, so no shorter
    # take could match, and the engine does not try the long noun list again for each of them)
    # (a dash first in a box of key figures: "3 — health units burnt")
    r"\s*+(?:[—–]\s++)?(?:(?!(?:in|a|an|the|of|for|per|each|on|at|by|to|from|over|within|and|or|de|en|par|dans|pour|du|des|la|le|"
    # (nor a French preposition: "dont 4 100 à Sept-Îles" counts people, not islands)
    r"à|au|aux|vers|sur|chez|sous|"
    # nor a number in words ("contre 361 200 six mois plus tôt": the months are a date)
    r"les|et|ou|un|une|two|three|four|five|six|seven|eight|nine|ten|twelve|deux|trois|quatre|cinq|sept|huit|neuf|"
    # nor a time ("including 1,200 last week", "dont 1 200 cette semaine")
    r"dix|douze|last|this|past|previous|next|ce|cette|"
    # nor an auxiliary ("4,200 were spending nights in gyms": the people's verb, then what they spent)
    r"were|are|was|is|have|has|had|ont|sont|avaient|étaient)\b)[\w-]++\s++"
    # a second word is a lower-case modifier, not a name ("263,000 evacuated Anhui Province") nor a participle
    r"(?:(?!(?:in|a|an|the|of|for|per|each|on|at|by|to|from|over|within|and|or|de|en|par|dans|pour|du|des|la|le|"
    r"les|et|ou|un|une|à|au|aux|vers|sur|chez|sous)\b)(?-i:[a-zà-ÿ][a-zà-ÿ-]*+)(?<!ed)\s++)?)?"
    rf"(?:[^\W\d_]++-)?{guard(_OTHER_NOUNS, re.IGNORECASE)}(?:{_OTHER_NOUNS})\b"
    # "in 437 of the state's 497 municipalities", "74 of the country's 90 districts": a share of areas
    rf"|\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s\s+)?(?:\d[\d,.]*\s+)?(?:[\w-]+\s+)?"
    rf"(?:{_OTHER_NOUNS})\b",
    re.IGNORECASE,
)
_OTHER_LABEL_RE = re.compile(
    rf"\b(?:{_OTHER_NOUNS})(?:\s+[^\W\d_]+)?(?:\s+(?:away|out|off|down|up))?\s*:\s*\Z",  # ("Animals washed away:")
    re.IGNORECASE,
)


#: The same label without its colon, as an item of a list: "livestock lost ", "bridges ".
_OTHER_ITEM_LABEL_RE = re.compile(
    rf"\b(?:{_OTHER_NOUNS})(?:\s+[^\W\d_]+)?(?:\s+(?:away|out|off|down|up))?\s+\Z",
    re.IGNORECASE,
)


def other_things_label(text: str, position: int) -> int | None:
    """Where a label that names other things than people or homes starts, when one ends at ``position``
    ("Districts affected: 29", "Relief camps: 248"), else None."""
    match = _OTHER_LABEL_RE.search(text, max(0, position - 40), position)
    if match is None:
        # an item of a list with no colon, its label first: "; livestock lost 746,218; bridges 243"
        item = _OTHER_ITEM_LABEL_RE.search(text, max(0, position - 40), position)
        if item is None:
            return None
        separator = max(text.rfind(mark, 0, item.start()) for mark in ("\n", "|", "•", ";"))
        return item.start() if separator >= 0 and not text[separator + 1 : item.start()].strip() else None
    # the label starts its line or item, perhaps after a word or two ("| Relief camps: 248", "Safety locations:
    # 72"), not "Returned to Kalehe this month: 640 HH"
    # (or a sentence: "Population affected: 16,25,089. Animals washed away: 1,310")
    separator = max(text.rfind(mark, 0, match.start()) for mark in ("\n", "|", "•", ";", ". "))
    words = text[separator + 1 : match.start()].split()
    if match.group().lower().startswith("cases"):
        return None  # "Cases : 1 210 détruites": huts, in French bulletins
    if len(words) > (4 if "/" in words else 2):  # (or two labels joined: "Relief camps / distribution centres: ")
        return None
    return match.start()


#: "the number of displacement sites has grown to 108": a count of things, not of people.
_THINGS_COUNTED_BEFORE_RE = re.compile(
    # (not the people in them: "the number of people in shelters rose to 5,604")
    rf"\b(?:number|total|count|nombre)\s+(?:of|de|d['’])\s+(?:(?!(?:people|persons|individuals|families|households|"
    rf"residents|evacuees|idps|personnes|familles|ménages|habitants|déplacés|in|at|dans|en)\b)[\w-]+\s+){{0,2}}?"
    rf"(?:{_OTHER_NOUNS})\b[^.;:]{{0,60}}?"
    r"\b(?:to|at|reached|is|was|à|atteint|de)\s*\Z",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Head:
    """The noun a quantity counts, and the unit it implies."""

    unit: Unit
    end: int
    text: str


#: "120,000 – the number of people who …", "3 000 : le nombre de familles …": a figure, then what it counts.
_DEFINITION_RE = re.compile(
    r"\s*[–—:-]\s*(?:the\s+(?:total\s+)?number|le\s+nombre(?:\s+total)?|el\s+n[úu]mero(?:\s+total)?|"
    r"la\s+cantidad)\s+(?=of\s|de\s|d')",
    re.IGNORECASE,
)


_OF_WHOLE_RE = re.compile(
    r"\s+(?:(?:out\s+)?of\s+(?:the|its|their)\s+(?:[\w-]+['’]s\s+)?|(?:des|sur\s+les)\s+)"
    r"(?:(?:some|about|around|roughly|nearly|almost|approximately|estimated|an\s+estimated|quelque|environ|"
    r"près\s+de)\s+)?\d[\d,.\u00a0\u202f ]*?(?=\s+[^\W\d_])",
    re.IGNORECASE,
)


def of_whole(text: str, end: int, start: int) -> bool:
    """True when the words from ``end`` to ``start`` lead from a part to its whole ("6,000 of the island's 11,000
    residents", "6 000 des 11 000 habitants")."""
    match = _OF_WHOLE_RE.match(text, end, min(len(text), start + 30))
    return match is not None and _DIGIT_AT_RE.match(text, start) is not None and match.start() < start < match.end()


_DIGIT_AT_RE = re.compile(r"\d")
_OF_THEM_RE = re.compile(r"\s+(?:of\s+(?:them|whom)|d['’]entre\s+(?:eux|elles))\b", re.IGNORECASE)


_BRACKETED_NUMBER_RE = re.compile(r"[ \u00a0]*\([ \u00a0]*(?:[^\W\d_]+\.?[ \u00a0]+|[≈~][ \u00a0]*)?\d")


#: (a longer label has no comma: not a hard-wrapped sentence's clause, "families across Sindh, the authority said:")
_LABEL_LINE_START_RE = re.compile(r"[ \t]*(?:[•*·-]\s*)?[^\W\d_](?:[^:\n\d]{0,40}|[^:\n\d,]{0,64}):")


def find_head(text: str, position: int) -> Head | None:
    """The counted noun right after ``position`` ("people", "displaced families", "mud-and-thatch homes"), also
    after a dash that says what the figure is ("120,000 – the number of people who fled")."""
    if ends_row(text, position):
        return None
    if text[position : position + 1] == "\n" and _LABEL_LINE_START_RE.match(text, position + 1):
        return None  # "… | Animals affected: 33,84,500\nHouses damaged: 6,492": the next line's label is its own
    start = position
    if text[position : position + 2].lstrip()[:1] in ("»", "”"):
        # "« des dizaines de milliers » de personnes": the figure quoted, then its noun
        start = text.index(text[position : position + 2].lstrip()[0], position) + 1
    if text[start : start + 3].lstrip()[:1] in ("–", "—", ":", "-"):
        definition = _DEFINITION_RE.match(text, position, position + 40)
        if definition is not None:
            start = definition.end()
    if _BRACKETED_NUMBER_RE.match(text, start):
        return None  # "58 911 (12 403 ménages)": the noun in brackets counts the restated figure, not this one
    window = text[start : start + 60]
    whole = _OF_WHOLE_RE.match(window)
    if whole is not None:  # "6,000 of the island's 11,000 residents": a part counts what the whole counts
        start += whole.end()
        window = text[start : start + 60]
    match = _HEAD_RE.match(window)
    if match is None:
        them = _OF_THEM_RE.match(window)  # "185,000 of them are staying in shelters": of the people named before
        return Head(Unit.PERSON, start + them.end(), them.group().strip()) if them else None
    unit = Unit.HOUSEHOLD if match.group("household") else Unit.PERSON
    return Head(unit, start + match.end(), text[position : start + match.end()].strip())


# Every alternative starts at a word boundary: the guard goes after it.
_NOUNS_BEFORE_RE = compile_guarded(
    # ("shelters housing about 7,000": a participle after a plural noun, no label)
    rf"(?:(?:\b(?!(?<=s\s)housing\s+$)(?P<household>{_HOUSEHOLD_NOUNS})|\b(?P<person>{_PERSON_NOUNS}))"
    # a table's label: the noun, perhaps with its participle ("Ménages sinistrés 1 200", "Houses destroyed 45")
    # (not a qualifier: "shelters housing about 7,000" is no label)
    r"(?:\s+(?!(?:of|in|at|on|for|to|from|with|by|and|or|the|de|des|du|en|à|dans|pour|et|ou|les|la|le|about|some|around|"
    r"nearly|almost|over|roughly|approximately|environ|près|quelque)\b)"
    r"[^\W\d_]+)?\s*[:=]?\s*$"
    # "the IDP population of the district stood at 86,000"
    r"|\b(?:idps?|displaced|refugees?|returnees?|evacuees?|pdi|déplacés)\s+population\b[^.;:]{0,50}?"
    r"\b(?:is|was|stands\s+at|stood\s+at|reached|rose\s+to|fell\s+to|at|est\s+de|s'élève\s+à|atteint)"
    r"\s*(?:between\s+|from\s+|entre\s+)?$"
    rf"|\b(?:number|total|figure|count|caseload|nombre)(?:\s+total)?\s+(?:of|de|d')\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:(?P<household2>{_HOUSEHOLD_NOUNS})|(?P<person2>{_PERSON_NOUNS}))\b[^.;:]{{0,90}}?"
    r"\b(?:is|was|were|are|stands\s+at|stood\s+at|reached|rose\s+to|to\s+be|at|totals?|totalled|est\s+de|"
    r"(?:has\s+|have\s+)?(?:passed|exceeded|surpassed|topped)|exceeds|tops|dépasse(?:\s+désormais)?(?:\s+les)?|"
    r"(?:a\s+)?dépassé(?:\s+les)?|(?:a\s+)?franchi\s+(?:la\s+barre|le\s+cap|le\s+seuil)\s+des|"
    r"(?:risen|rose|increased|grown|grew|doubled|tripled|climbed|jumped|fallen|fell|dropped|decreased)"
    r"(?:\s+in\s+(?:a|one|two|three|\w+)\s+(?:year|month|week)s?)?\s+to|"
    # "rose from 210,000 to", "est passé de 380 000 à"
    r"(?:risen|rose|increased|grown|grew|climbed|jumped|fallen|fell|dropped|decreased|passée?|augmenté|grimpé)\s+"
    r"(?:from|de|d['’])\s*[^.;:]{1,30}?\s+(?:to|à)|"
    r"s'élève\s+à|atteint|passé\s+à|est\s+estimée?\s+à|(?:is|was)\s+estimated\s+at)\s*$"
    # "the population of the UN Protection of Civilians site in Malakal has swelled to 37,500"
    r"|\bpopulation\s+of\s+(?:the\s+)?[^.;:]{0,60}?\b(?:sites?|camps?|settlements?)\b[^.;:]{0,40}?\b(?:has\s+|have\s+)?"
    r"(?:swelled|swollen|risen|rose|grown|grew|increased|reached|climbed)\s+to\s*$"
    # "the latest wave brings the number of displaced people in North Kivu province to more than 1.7 million"
    rf"|\b(?:brings?|brought|bringing|takes|took|taking|pushe[sd]|pushing|raises?|raised|raising)\s+(?:the\s+)?"
    rf"(?:total\s+)?(?:number|total|count)\s+of\s+(?:[\w-]+\s+){{0,2}}?(?:(?P<household3>{_HOUSEHOLD_NOUNS})|"
    rf"(?P<person3>{_PERSON_NOUNS}))\b[^.;:]{{0,60}}?\bto\s*$)",
    re.IGNORECASE,
    before=r"\b",
)


_NUMBER_END_RE = re.compile(r"\d[ \t]*\Z")


def find_head_before(text: str, position: int) -> Head | None:
    """A counted noun written before the number, as in tables ("Displaced individuals: 3,614") or in
    "the number of displaced families is estimated to be 349"; or a label's first noun, the label a line or a cell
    of its own ("Households evacuated (Wayanad, Kerala): 1,380", "New arrivals (HH): 1,346", "Familles relogées
    chez des proches : 389", "Ménages sinistrés – 1 200")."""
    unit = _UNIT_IN_BRACKETS_BEFORE_RE.search(text, max(0, position - 30), position)
    if unit is not None:
        # "New arrivals (HH): 1,346", "New arrivals (ind.): 8,076": the unit the label writes in brackets
        return Head(Unit.HOUSEHOLD if unit.group("household") else Unit.PERSON, position, unit.group(0).strip())
    match = _NOUNS_BEFORE_RE.search(text, max(0, position - 120), position)
    if (
        match is not None
        and "\n" in text[match.end() - 1 : position]
        and _NUMBER_END_RE.search(text, max(0, match.start() - 8), match.start())
    ):
        # "Ancuabe - 32,118 individuals / 7,103 households\nAbout 61,000 have crossed": the noun of the number
        # before, at the end of its own line, is no label of the next
        match = None
    if match is not None:
        household = match.group("household") or match.group("household2") or match.group("household3")
        group = next((name for name in ("person", "person2", "person3") if match.group(name)), None)
        if not household and group is not None and _HOUSEHOLD_NEXT_RE.match(text, match.end(group)):
            household = "households"  # "IDP households: 7,915": the noun after the people's is what is counted
        return Head(Unit.HOUSEHOLD if household else Unit.PERSON, position, match.group(0).strip())
    subject = _HOUSEHOLD_SUBJECT_RE.search(text, max(0, position - 120), position)
    if subject is not None:
        # "Les familles déplacées (près de 1 700)", "Les foyers déplacés par les eaux sont au nombre de 1 350": the
        # households named first, then how many they are
        return Head(Unit.HOUSEHOLD, position, subject.group(0).strip())
    low = max(0, position - 100)
    start = max(text.rfind(mark, low, position) for mark in "\n|•;") + 1 or low
    colon = text.rfind(" : ", start, position - 3)
    if colon >= 0:
        start = colon + 3  # "Commune urbaine de Morondava : Ménages sinistrés – 1 200": the label after the place
    label = _LABEL_NOUN_RE.match(text, start, position)
    if label is None:
        return None
    household = label.group("household") or (
        # "Total IDP households as of 30 June: 7,915": the noun after the people's is what the label counts
        label.group("person") is not None and _HOUSEHOLD_NEXT_RE.match(text, label.end("person")) is not None
    )
    return Head(Unit.HOUSEHOLD if household else Unit.PERSON, position, label.group(0).strip())


#: A label's unit in brackets, right before its number: "(HH): ", "(ind.): ", "(ménages) : ".
_UNIT_IN_BRACKETS_BEFORE_RE = re.compile(
    r"\((?:(?P<household>hhs?|households?|ménages|familles|families|foyers)|ind\.?|inds\.?|individuals|persons|"
    r"personnes|people|pers\.?)\)\s*[:–-]\s*\Z",
    re.IGNORECASE,
)
#: Households named as a sentence's subject, then their number in brackets or after "au nombre de", "numbering".
_HOUSEHOLD_SUBJECT_RE = re.compile(
    r"\b(?:les|the|ces|these|many|several|some|de\s+nombreu(?:x|ses)|plusieurs)\s+(?:\w+\s+)?"
    r"(?:familles|foyers|ménages|households|families)\b[^.;:()\d]{0,80}?"
    r"(?:\(\s*|(?:sont|étaient|are|were)\s+au\s+nombre\s+de\s+|,\s+au\s+nombre\s+de\s+|,?\s+numbering\s+|"
    r",?\s+who\s+number\s+)(?:(?:près\s+de|environ|quelque|plus\s+de|about|some|nearly|more\s+than|over)\s+)?\Z",
    re.IGNORECASE,
)
_HOUSEHOLD_NEXT_RE = re.compile(r"\s+(?:households?|families|familles|ménages|foyers|hh)\b", re.IGNORECASE)
#: A label of its own before a number: a few words, its noun among the first, then a colon, an equals sign or a dash.
# (the marks and words before the noun are taken possessively and the nouns guarded: each ends where the next
# starts, so no shorter take could match, and the long noun lists are tried only where a noun can begin)
_LABEL_NOUN_RE = re.compile(
    r"[ \t•*▪·\-–—]*+(?:(?:total|number\s+of|nombre\s+(?:de|d['’]))\s+)?(?:[^\W\d_][\w'’-]*+\s++){0,2}?\(?"
    rf"{guard(f'{_HOUSEHOLD_NOUNS}|{_PERSON_NOUNS}', re.IGNORECASE)}"
    rf"(?:(?P<household>{_HOUSEHOLD_NOUNS})|(?P<person>{_PERSON_NOUNS}))\b\)?"
    r"[^:=–—\n|•;.]{0,60}?\s*(?:[:=–—]|\s-)\s*\Z",
    re.IGNORECASE,
)


def counts_things_before(text: str, position: int) -> bool:
    """True when the words before ``position`` say the number counts things ("the number of sites has grown
    to 108")."""
    low = max(0, position - 110)
    window = text[low:position]
    if "umber" not in window and "otal" not in window and "ount" not in window and "ombre" not in window:
        return False  # none of the nouns the pattern starts with: skip the search
    return _THINGS_COUNTED_BEFORE_RE.search(text, low, position) is not None


def counts_other_things(text: str, position: int) -> int | None:
    """Where the noun ends when the words right after ``position`` say the number counts something other than
    people or homes ("12 schools", "5 km"), else None."""
    if ends_row(text, position):
        return None
    # within the number's line: "Cases endommagées : 11 320\nRégions les plus touchées" (the next line's word is
    # not its noun), but "… : 64,000 head\n"
    end = min(len(text), position + 40)
    newline = text.find("\n", position, end)
    match = _OTHER_NOUN_RE.match(text, position, end if newline == -1 else newline)
    if (
        match is not None
        and match.group().strip().lower() == "cases"
        and _HUTS_DAMAGED_BEFORE_RE.search(text.lower(), max(0, position - 60), position)
    ):
        return None  # "ont détruit plus de 7 000 cases": huts
    return match.end() if match is not None else None


HOUSING_TERMS: frozenset[Term] = frozenset(
    {Term.DESTROYED_HOUSING, Term.PARTIALLY_DESTROYED_HOUSING, Term.UNINHABITABLE_HOUSING}
)
#: A cue word that also names the people (e.g. "IDPs", "evacuees") is a term even when it is the head noun.
#: Whole words: "households" counts people, not houses.
_BUILDING_WORDS_RE = compile_guarded(
    r"(?:homes?|houses?|housing|dwellings?|buildings?|structures?|huts?|shelters?|maisons?|habitations?|cases|cabanes|"
    # ("6 000 foyers ont été inondés": homes)
    # (Mongolia's and Central Asia's felt tents: "46 gers and 12 houses were washed away")
    r"baraques|logements?|viviendas?|casas?|residences?|résidences?|moradias|foyers?|gers|yurts?|yourtes?)\b",
    re.IGNORECASE,
    before=r"\b",
)
#: A noun of buildings people live in (also for a line of labels: "Cases détruites : … | inondées : …").
BUILDING_WORDS_RE = _BUILDING_WORDS_RE


def is_building(head: Head | None) -> bool:
    """True when the counted noun is a building rather than a group of people."""
    return head is not None and _BUILDING_WORDS_RE.search(head.text) is not None


# The look-backs searched before every number (or name) end where the span searched ends: a test of the span's
# last characters spares most of their searches (see prefilter.EndGuarded).
_NOUNS_BEFORE_RE = end_guarded(_NOUNS_BEFORE_RE)
_REFUSED_RE = end_guarded(_REFUSED_RE)
_HOUSEHOLD_SUBJECT_RE = end_guarded(_HOUSEHOLD_SUBJECT_RE)
_THINGS_COUNTED_BEFORE_RE = end_guarded(_THINGS_COUNTED_BEFORE_RE)
_OTHER_LABEL_RE = end_guarded(_OTHER_LABEL_RE)
_OTHER_ITEM_LABEL_RE = end_guarded(_OTHER_ITEM_LABEL_RE)
