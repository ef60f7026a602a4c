"""Cause of displacement (conflict, disaster, other) with hazard or violence type when the wording states it."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from idmon.domain.vocabulary import Cause, Hazard, Violence
from idmon.extract.prefilter import GroupScanner, compile_guarded

_HAZARDS: list[tuple[Hazard | None, str]] = [
    (
        Hazard.FLOOD,
        r"floods?|flooding|flooded|flash[- ]floods?|inundat\w+|overflow\w*|heavy\s+rain\w*|torrential\s+rain\w*|"
        r"downpours?|monsoon|rains|rainfall|rainstorms?|inondations?|inondée?s?|crues?|pluies(?:\s+\w+)?|inundaciones|"
        r"lluvias|enchentes|cheias|"
        # "as the Ravi, Sutlej and Chenab rivers swelled", "swollen rivers", "burst its banks", "la montée des eaux"
        r"rivers?\s+(?:swelled|swell|swelling|rose|rising)|swollen\s+rivers?|burst\s+(?:its|their)\s+banks|"
        r"rising\s+waters?|montée\s+des\s+eaux|submerged|submergée?s?|sous\s+les\s+eaux|"
        # "where water still covers the town centre", "evacuated by boat"
        r"waters?\s+(?:still\s+)?(?:covers?|covered|covering)|"
        # "the Indus at Kotri is carrying 520,000 cusecs", "spillage from the Akosombo dam", "the dam burst"
        r"cusecs|spillage|dams?\s+(?:burst|breach\w*|collaps\w*|fail\w*)|(?:breach|collapse)\s+of\s+(?:the\s+)?\w+\s+dam|"
        # "la rupture d'un barrage auxiliaire", "la rupture de la digue"
        r"ruptures?\s+(?:d['’]un|du|de\s+la|des)\s+(?:\w+\s+)?(?:barrages?|digues?)",
    ),
    (
        Hazard.STORM,
        r"storms?|cyclones?|typhoons?|hurricanes?|tornado(?:es)?|tropical\s+depression|strong\s+winds?|"
        r"gales?|tempêtes?|ouragans?|vents?\s+violents|tormentas?|huracán|temporal|vendaval",
    ),
    (
        Hazard.EARTHQUAKE,
        r"earthquakes?|quakes?|tremors?|aftershocks?|tsunamis?|séismes?|tremblements?\s+de\s+terre|"
        r"terremotos?|sismos?",
    ),
    (
        Hazard.WET_MASS_MOVEMENT,
        r"landslides?|mudslides?|mudflows?|avalanches?|glissements?\s+de\s+terrain|"
        r"coulées?\s+de\s+boue|deslizamientos?|aludes?|deslizamentos?|"
        # "mud and boulders buried parts of the town", "another debris flow came down"
        r"debris\s+flows?|mud\s+and\s+(?:boulders|rocks|debris)",
    ),
    (Hazard.DRY_MASS_MOVEMENT, r"rockfalls?|rock\s+falls?|éboulements?"),
    (
        Hazard.VOLCANIC_ACTIVITY,
        r"volcan\w*|eruptions?|lava|lahars?|éruptions?|erupci\w+|"
        # "Mount Lewotobi Laki-laki erupts again" (not "clashes erupted")
        r"(?:mount|mt|volcano)\.?\s+[\w-]+(?:\s+(?!after|when|as|while|once|before|clashes|violence|fighting|war|"
        r"conflict|unrest|protests?)[\w-]+){0,3}?\s+erupt(?:s|ed|ing)?",
    ),
    (Hazard.DROUGHT, r"droughts?|sécheresses?|sequías?|secas?"),
    (
        Hazard.WILDFIRE,
        r"wildfires?|bushfires?|forest\s+fires?|brush\s+fires?|incendies?\s+de\s+forêt|feux\s+de\s+(?:forêt|brousse|végétation)|"
        r"mégafeux|"
        r"feux\s+de\s+brousse|incendios?\s+forestal\w*|fires?|blazes?|incendies?|incendios?",
    ),
    (Hazard.EXTREME_TEMPERATURE, r"heat\s?waves?|cold\s+waves?|extreme\s+(?:cold|heat)|canicule|vague\s+de\s+froid"),
    # a disaster without its hazard named ("disasters triggered 24.9 million", "natural disasters"); not a
    # singular "disaster", which is as often a figure of speech ("a humanitarian disaster"), nor an institution
    # ("Disaster Management Authority", "Disasters Emergency Committee")
    (
        None,
        r"(?:natural\s+)?disasters(?!\s+(?:and\s+)?(?:management|risk|reduction|response|preparedness|office|"
        r"agency|authority|relief|monitoring|data|mitigation|council|committee|commission|centre|center|unit|"
        r"department|ministry|emergency))|natural\s+disaster|disaster-(?:hit|affected|stricken|induced|related)|"
        r"natural\s+hazards?|catastrophes?\s+naturelles?|desastres?\s+naturales?|"
        # the agencies of disasters in Latin America ("Rio Grande do Sul Civil Defence bulletin"), and their words
        r"defesa\s+civil|defensa\s+civil|desabrigad[oa]s|desalojad[oa]s|damnificad[oa]s",
    ),
]
_CONFLICT = (
    r"conflicts?|fighting|violence|violent|attacks?|attacked|clashes|armed|war|insurgen\w+|militants?|militias?|"
    r"rebels?|offensive|bombing|bombardments?|air\s?strikes?|shelling|gunmen|terroris\w+|jihadis\w+|"
    r"military\s+operations?|hostilities|insecurity|conflits?|violences?|attaques?|affrontements|combats|guerre|"
    r"groupes?\s+armés|insurgés|rebelles|djihadistes|insécurité|conflicto|violencia|enfrentamientos|guerra|"
    r"guerrill\w+|sieges?|besieged|troops|soldiers|army|gunfire|gunmen|shootings?|invasion|occupation|"
    r"cease-?fire|peace\s+(?:agreement|deal|talks|process)|crackdown|persecution|genocide|massacres?|"
    r"abduct\w+|kidnapp\w+|bandits?|banditry|extremis\w+|demolitions?|demolished|armée|soldats|siège|"
    r"exactions|attentats?|enlèvements?|persécutions?|démolitions?|ejército|soldados|asedio|"
    # "Israel intensified its strikes", "les frappes israéliennes", "échanges de tirs", "incursions"
    r"frappes|bombardements|tirs|hostilités|raids?|incursions?|drones?|missiles?|rockets?|roquettes|obus|"
    r"(?:missile|drone|rocket|israeli|russian|military|aerial|retaliatory|its|their)\s+strikes"
)
_VIOLENCE: list[tuple[Violence, str]] = [
    (Violence.INTERNATIONAL_ARMED_CONFLICT, r"invasion|invaded|occupation|international\s+armed\s+conflict"),
    (
        Violence.NON_INTERNATIONAL_ARMED_CONFLICT,
        r"civil\s+war|insurgen\w+|rebels?|rebelles|armed\s+groups?|"
        r"groupes?\s+armés|government\s+forces|jihadis\w+|djihadistes|non-state\s+armed|guerre\s+civile",
    ),
    (
        Violence.OTHER_SITUATIONS_OF_VIOLENCE,
        r"communal|ethnic\s+(?:clashes|violence)|inter-?communal|"
        r"intercommunautaires?|gang|criminal|cartels?|land\s+disputes?|political\s+violence|post-election",
    ),
]
_OTHER = r"evictions?|evicted|development\s+projects?|dams?\s+construction|expulsions?|expulsée?s?|expelled"


_CAUSES = GroupScanner(
    [(f"h{index}", pattern) for index, (_, pattern) in enumerate(_HAZARDS)] + [("c", _CONFLICT), ("o", _OTHER)],
    before=r"(?<!\w)",
    after=r"(?!\w)",
)
_VIOLENCE_RE = compile_guarded(
    "|".join(f"(?P<v{index}>{pattern})" for index, (_, pattern) in enumerate(_VIOLENCE)), re.IGNORECASE
)


@dataclass(frozen=True, slots=True)
class CauseReading:
    """The cause a piece of text states, with hazard or violence type when stated, and the evidence count."""

    cause: Cause | None
    hazard: Hazard | None = None
    violence: Violence | None = None
    weight: int = 0


@dataclass(frozen=True, slots=True)
class CauseEvidence:
    """Every cause word of a text with its position, found in one scan; read any part of it with ``read``."""

    positions: tuple[int, ...]
    kinds: tuple[str, ...]
    lowered: str

    @classmethod
    def scan(cls, lowered: str, regions: Iterable[tuple[int, int]] | None = None) -> CauseEvidence:
        """Scan ``lowered`` (a text in lower case) once, or only the (start, end) ``regions`` in order."""
        spans = [(0, len(lowered))] if regions is None else regions
        found = [
            (match.start(), group) for start, end in spans for match, group in _CAUSES.finditer(lowered, start, end)
        ]
        return cls(tuple(p for p, _ in found), tuple(k for _, k in found), lowered)

    def read(self, start: int = 0, end: int | None = None) -> CauseReading:
        """The cause stated most often between ``start`` and ``end``."""
        stop = len(self.lowered) if end is None else end
        low, high = bisect.bisect_left(self.positions, start), bisect.bisect_left(self.positions, stop)
        return _reading(self.kinds[low:high], self.lowered, start, stop)

    def kinds_in(self, start: int, end: int) -> tuple[str, ...]:
        """The kinds of the cause words between ``start`` and ``end`` ("c", "o", or a hazard group)."""
        low, high = bisect.bisect_left(self.positions, start), bisect.bisect_left(self.positions, end)
        return self.kinds[low:high]

    def read_outside(self, spans: Iterable[tuple[int, int]]) -> CauseReading:
        """The cause stated most often outside the (start, end) ``spans``; the whole text's when every cause word
        is inside them."""
        taken = sorted(spans)
        if not taken:
            return self.read()
        kinds = []
        for position, kind in zip(self.positions, self.kinds, strict=True):
            index = bisect.bisect_right(taken, (position, len(self.lowered) + 1)) - 1
            if index < 0 or not taken[index][0] <= position < taken[index][1]:
                kinds.append(kind)
        return _reading(kinds, self.lowered, 0, len(self.lowered)) if kinds else self.read()


def read_cause(text: str, start: int = 0, end: int | None = None) -> CauseReading:
    """The cause stated most often in ``text[start:end]`` (None when nothing is stated); ``text`` must be in
    lower case."""
    stop = len(text) if end is None else end
    kinds = [group for _, group in _CAUSES.finditer(text, start, stop)]
    return _reading(kinds, text, start, stop)


def _reading(kinds: Iterable[str], text: str, start: int, stop: int) -> CauseReading:
    hazards: Counter[Hazard] = Counter()
    conflict = other = unnamed = 0
    for group in kinds:
        if group == "c":
            conflict += 1
        elif group == "o":
            other += 1
        else:
            hazard = _HAZARDS[int(group[1:])][0]
            if hazard is None:
                unnamed += 1
            else:
                hazards[hazard] += 1
    disaster = sum(hazards.values()) + unnamed
    if not (disaster or conflict or other):
        return CauseReading(None)
    if disaster >= conflict and disaster >= other:
        hazard = hazards.most_common(1)[0][0] if hazards else None
        return CauseReading(Cause.DISASTER, hazard=hazard, weight=disaster)
    if conflict >= other:
        violence = _VIOLENCE_RE.search(text, start, stop)
        kind = _VIOLENCE[int((violence.lastgroup or "v0")[1:])][0] if violence else None
        return CauseReading(Cause.CONFLICT, violence=kind, weight=conflict)
    return CauseReading(Cause.OTHER, weight=other)
