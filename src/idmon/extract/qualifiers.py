"""Qualifiers from wording: "about", "more than", "up to", "environ", "plus de"…"""

from __future__ import annotations

import re

from idmon.domain.vocabulary import Qualifier
from idmon.extract.prefilter import end_guarded

_BEFORE: list[tuple[Qualifier, str]] = [
    (
        Qualifier.MORE_THAN,
        # (not a phrasal verb's particle: "handed over 46,000 homes", "took over 300 buildings")
        r"(?<!not\s)(?<!no\s)more\s+than|(?<!handed\s)(?<!hand\s)(?<!hands\s)(?<!handing\s)(?<!took\s)(?<!taken\s)"
        r"(?<!take\s)(?<!taking\s)(?<!turned\s)(?<!turn\s)(?<!turning\s)(?<!won\s)(?<!win\s)over|above|at\s+least|in\s+excess\s+of|upwards\s+of|exceeding|"
        r"no\s+(?:fewer|less)\s+than|au-delà\s+de|au-delà\s+d['’]|"
        r"not\s+less\s+than|well\s+over|plus\s+de|plus\s+d['’]|au\s+moins|pas\s+moins\s+de|over\s+the|>|más\s+de|"
        r"por\s+lo\s+menos|al\s+menos|mais\s+de|pelo\s+menos|"
        # "the number of refugees exceeds 1.2 million", "dépasse 1,2 M": more than, told by the verb
        r"(?:exceeds|exceeded|surpassed|surpasses|topped|tops|(?:has|have|had)\s+(?:now\s+|already\s+)?passed|"
        r"dépass(?:e|ent|ait|aient|é)|"
        r"excède(?:nt)?|"
        # "has climbed past 52,000", "rose past": more than, told by the verb before
        r"(?:(?<=climbed\s)|(?<=risen\s)|(?<=rose\s)|(?<=grown\s)|(?<=jumped\s)|(?<=crept\s))past)"
        r"(?:\s+(?:désormais|déjà|now|already))?(?:\s+les?)?",  # "dépasse désormais le million"
    ),
    (
        Qualifier.LESS_THAN,
        r"fewer\s+than|less\s+than|under|up\s+to|below|at\s+most|no\s+more\s+than|not\s+more\s+than|"
        r"moins\s+de|moins\s+d['’]|jusqu'à|jusqu’à|au\s+plus|<|menos\s+de|hasta|até",
    ),
    (
        Qualifier.APPROXIMATELY,
        r"about|around|some|roughly|approximately|approx\.?|(?:an\s+)?estimated\s+total\s+of|an\s+estimated|estimated|"
        r"est\.|close\s+to|à\s+peu\s+près|"
        r"nearly|almost|circa|ca\.|~|as\s+many\s+as|an\s+approximate|environ|près\s+de|près\s+d['’]|quelque|"
        r"presque|approximativement|autour\s+de|estimée?s?\s+à|aux\s+alentours\s+de|une\s+estimation\s+de|"
        r"alrededor\s+de|cerca\s+de|unos|unas|aproximadamente|casi|cerca\s+de|quase|aproximadamente|"
        # "the government estimates that 4,300 homes", "l'OCHA estime que 12 000 personnes"
        r"estimates?\s+that|estime\s+qu['’e]\s*|estiment\s+qu['’e]\s*|"
        # "it is estimated that 62,000", "is estimated at 52,000", "on estime à 45 000", "le HCR évalue à 640 000"
        r"estimated\s+(?:that|at)|(?:estim|évalu)(?:e|ent)\s+à|quelques",
    ),
]
# (each ends where the words before the number end: see prefilter.EndGuarded)
_BEFORE_RE = [
    (qualifier, end_guarded(re.compile(rf"(?<![\w])(?:{pattern})\s*(?:of\s+)?$", re.IGNORECASE)))
    for qualifier, pattern in _BEFORE
]
_HEDGE_VERB_RE = re.compile(
    r"estimates?\s+that|estim(?:e|ent)\s+qu|estimated\s+(?:that|at)|(?:estim|évalu)(?:e|ent)\s+à|exceed|surpass|top|"
    r"dépass|excède|ha(?:s|ve|d)\s+(?:now\s+|already\s+)?passed",
    re.IGNORECASE,
)
_AFTER_MORE_RE = re.compile(r"^\s*(?:\+|-?plus\b|or\s+more\b|and\s+more\b|et\s+plus\b|ou\s+plus\b)", re.IGNORECASE)
_AFTER_APPROX_RE = re.compile(
    r"^\s*(?:or\s+so\b|odd\b|(?:(?:personnes|ménages|familles|habitants|déplacés|individus)\s+)?environ\b|"
    r"\(\s*(?:approx\.?|approximately|estimated|est\.|environ|estimation)\s*\))",
    re.IGNORECASE,
)


#: Words that can end a qualifier phrase ("more than", "up to", "près de"): any other word before a number
#: spares the three pattern searches.
_LAST_WORDS = frozenset(
    {
        "than", "over", "least", "of", "exceeding", "moins", "de", "menos", "the", "under", "to", "below", "most",
        "plus", "jusqu'à", "jusqu’à", "hasta", "até", "about", "around", "some", "roughly", "approximately", "approx.",
        "approx", "estimated", "est.", "nearly", "almost", "circa", "ca.", "as", "environ", "quelque", "presque",
        "approximativement", "à", "unos", "unas", "aproximadamente", "casi", "quase", "approximate", "d'", "d’",
        "that", "que", "qu'", "qu’", "exceeds", "exceeded", "surpassed", "surpasses", "topped", "tops", "dépasse",
        "dépassent", "dépassait", "dépassaient", "dépassé", "excède", "excèdent", "désormais", "déjà", "now",
        "already", "passed", "les", "le", "above", "près", "at", "quelques", "past",
    }
)  # fmt: skip


_OPENING = "\"'“”‘’«»([{¿¡?!*•·-–—"


def _may_qualify(before: str) -> bool:
    stripped = before.rstrip()
    if not stripped or not stripped[-1].isalpha():
        return bool(stripped)  # a symbol ("~", ">", "+") or punctuation: let the patterns decide
    word = stripped.rsplit(None, 1)[-1].lstrip(_OPENING).lower()
    # "d'environ", "l'équivalent": the word after an elided article or preposition
    return word in _LAST_WORDS or word.replace("’", "'").rsplit("'", 1)[-1] in _LAST_WORDS


def qualifier_for(text: str, start: int, end: int, *, approximate: bool = False) -> tuple[Qualifier, int]:
    """The qualifier of the quantity at ``text[start:end]`` and where its wording starts.

    ``approximate`` marks quantities that are approximate by their own words ("une centaine").
    """
    before = text[max(0, start - 40) : start]
    for qualifier, pattern in _BEFORE_RE if _may_qualify(before) else ():
        match = pattern.search(before)
        if match is not None:
            if _HEDGE_VERB_RE.match(match.group()):
                return qualifier, start  # "estimates that 4,300": a hedge, but no part of the quantity's words
            return qualifier, start - (len(before) - match.start())
    window = text[max(0, start - 120) : start]
    if ("stim" in window or "valu" in window) and _ESTIMATES_NUMBER_AT_RE.search(window):
        return Qualifier.APPROXIMATELY, start  # "IOM estimates the number of internally displaced people at 3.55m"
    after = text[end : end + 24]
    if _AFTER_MORE_RE.match(after):
        return Qualifier.MORE_THAN, start
    if approximate or _AFTER_APPROX_RE.match(after) or _ESTIMATE_SAID_AFTER_RE.match(text, end):
        return Qualifier.APPROXIMATELY, start
    return Qualifier.EXACT, start


#: The sentence ends on who estimated the figure: "… displaced 1.2 million people, provincial authorities
#: estimate.", "…, selon les estimations de l'OCHA".
_ESTIMATE_SAID_AFTER_RE = re.compile(
    r"[^.;:\n]{0,100}?,\s*(?:[\w'’-]+\s+){0,4}(?:estimates?|estimated|estime(?:nt)?)\s*[.;]|"
    r"[^.;:\n]{0,100}?,\s*selon\s+les\s+estimations\b",
    re.IGNORECASE,
)


#: An estimate of a count given after its noun: "IOM estimates the number of internally displaced people at",
#: "l'OIM estime le nombre de déplacés à".
_ESTIMATES_NUMBER_AT_RE = re.compile(
    r"\b(?:estimates?|estimated|estime(?:nt)?|évalue(?:nt)?)\s+(?:the|le|la)\s+(?:total\s+)?(?:number|total|figure|nombre|"
    r"total|chiffre)\s+(?:of|de|d['’]|des)\s*[^.;:\d]{1,80}?\s+(?:at|à)\s+\Z",
    re.IGNORECASE,
)
