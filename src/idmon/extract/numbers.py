"""Find quantities in text: digits with separators and multipliers, spelled-out numbers, ranges, vague amounts.

Everything here is a fast regular-expression scan; no quantity is turned into a number it does not state
("thousands" stays vague, with no value). Spelled-out numbers are valued with text2num when it is installed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal

from idmon.extract.prefilter import compile_guarded, end_guarded

#: Words that multiply the number written before them ("1.5 million", "2.14 lakh", "4.2m").
MULTIPLIERS: dict[str, int] = {
    "million": 1_000_000,
    "millions": 1_000_000,
    "mn": 1_000_000,
    "m": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "milliard": 1_000_000_000,
    "milliards": 1_000_000_000,
    "lakh": 100_000,
    "lakhs": 100_000,
    "lac": 100_000,
    "crore": 10_000_000,
    "crores": 10_000_000,
    "thousand": 1_000,
    "mille": 1_000,
    "mil": 1_000,
    "k": 1_000,
}

_SPACES = "\u00a0\u202f\u2009\u2007 "
_PLAIN = r"\d+(?:[.,]\d+)?"
# (a decimal part after grouped digits is kept with them, so that the unit after it is seen: "1,02,124.34 ha")
_GROUPED_REST = (
    rf"\d?(?:,\d\d)+,\d{{3}}(?:\.\d+)?(?!\d)|\d{{0,2}}(?:,\d{{3}})+\.\d+(?!\d)|"
    # (a group after a comma and a space that starts with 0 starts no number: "1,012, 000")
    rf"\d{{0,2}}(?:(?:[,.'{_SPACES}]|,[ ](?=0))\d{{3}}(?!\d))+|"
    # "12, 500" typed with a space after the comma: every group so ("809,000, 189,000 of whom" is two figures)
    rf"\d{{0,2}}(?:,[ ]\d{{3}}(?!\d))+"
)
_PLAIN_REST = r"\d*(?:[.,]\d+)?"
_WORD_MULT = r"million|millions|billion|milliards?|lakhs?|lac|crores?|thousand|mille|mil"
_DIGITS_RE = re.compile(
    # The pattern starts with a bare digit so that the regex engine can skip ahead; the look-behinds after it
    # check the character before that digit (not inside a word, a decimal, a date or a code like "COVID-19").
    # (a letter and a hyphen before the digit: a code, "COVID-19"; not a multiplier, "1.2 million-1.5 million")
    rf"(?P<num>\d(?<![\w.,/:]\d)(?:(?<![A-Za-z]-\d)|(?<=million-\d)|(?<=thousand-\d)|(?<=lakh-\d)|(?<=crore-\d))"
    rf"(?:{_GROUPED_REST}|{_PLAIN_REST}))"
    rf"(?:(?:[ {_SPACES[:-1]}]?(?P<wmult>{_WORD_MULT})\b)|(?P<smult>mn|bn|m|k)\b|"
    # "1,2 M": a capital M after a space, for a decimal number (not "12 M. Dupont")
    rf"(?:(?<=\d[.,]\d)|(?<=\d[.,]\d\d))(?<!\d[.,]\d\d\d)[ {_SPACES[:-1]}]"
    rf"(?P<spacedm>(?-i:M))(?![\w'’-]|\.\s*(?-i:[A-Z])))?",
    re.IGNORECASE,
)

_EN_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    "million|billion"
)
_FR_WORDS = (
    "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|"
    "trente|quarante|cinquante|soixante|cents?|mille|millions?|milliards?"
)
# Spanish number words cost nothing to find and text2num reads them; other languages are not attempted.
_ES_WORDS = (
    "dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|diecisiete|"
    "dieciocho|diecinueve|veinte|veinti\\w+|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|"
    "ciento|doscientos|trescientos|cuatrocientos|quinientos|seiscientos|setecientos|ochocientos|novecientos|"
    "mil|millones|millón"
)


# No optional prefix before the words: a pattern that starts with a word boundary and literal words lets the
# regex engine skip ahead quickly. "a hundred", "several hundred" are completed by looking back afterwards.
def _spelled_pattern(words: str) -> re.Pattern[str]:
    # the guard (see prefilter) lets the engine give up at most words after their first letters
    return compile_guarded(rf"(?:{words})(?:(?:\s+and\s+|\s+et\s+|\s+y\s+|[\s-]+)(?:{words}))*\b", before=r"\b")


#: One pattern per language keeps each scan short; a text is scanned in its own language's words.
_SPELLED_RES = {"en": _spelled_pattern(_EN_WORDS), "fr": _spelled_pattern(_FR_WORDS), "es": _spelled_pattern(_ES_WORDS)}
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:a|an)\s+$")
_WORD_MULTIPLIER_RE = re.compile(r"\s+(lakhs?|lac|crores?)\b")
_FRACTIONS = {"quarter": 0.25, "half": 0.5, "quart": 0.25, "demi": 0.5}
_FRACTION_RE = re.compile(
    r"\b(?:a\s+|un\s+)?(?P<part>quarter|half|quart|demi)(?:\s+of|\s+de)?(?:\s+a|\s+an|-)?\s*(?P<unit>million|millions)\b"
)
#: A whole number and a half of a multiplier: "two and a half million", "a million and a half", "deux millions et
#: demi", "1 million et demi".
_AND_A_HALF_RE = re.compile(
    rf"\b(?P<whole>\d+|(?:{_EN_WORDS})(?:[\s-]+(?:{_EN_WORDS}))*?)\s+and\s+a\s+half\s+"
    r"(?P<unit>million|thousand|hundred|lakh|crore)s?\b|"
    r"\b(?:a|an|one)\s+(?P<unit2>million|thousand)\s+and\s+a\s+half\b|"
    rf"\b(?P<whole3>\d+|(?:{_FR_WORDS})(?:[\s-]+(?:{_FR_WORDS}))*?)\s+(?P<unit3>millions?|milliards?)\s+et\s+demi\b"
)
#: Single words that are an approximate number ("une centaine" ≈ 100, "a dozen" ≈ 12).
APPROXIMATE_NOUNS: dict[str, int] = {
    "dozen": 12,
    "dizaine": 10,
    "quinzaine": 15,
    "douzaine": 12,
    "vingtaine": 20,
    "trentaine": 30,
    "quarantaine": 40,
    "cinquantaine": 50,
    "soixantaine": 60,
    "centaine": 100,
    "millier": 1000,
    "decena": 10,
    "centenar": 100,
    "millar": 1000,
}
_APPROX_NOUN_RE = re.compile(
    r"\b(?:a|une?|una?|(?P<times>two|three|four|five|six|seven|eight|nine|ten|deux|trois|quatre|cinq|six))\s+"
    r"(?P<noun>dozen|dizaine|quinzaine|douzaine|vingtaine|trentaine|quarantaine|cinquantaine|"
    r"soixantaine|centaine|millier|decena|centenar|millar)\b(?P<thousands>\s+de\s+milliers\b)?"
)
#: "two dozen", "trois douzaines": a few of an approximate noun.
_TIMES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "deux": 2,
          "trois": 3, "quatre": 4, "cinq": 5}  # fmt: skip
#: A range whose two bounds share the multiplier written after the second: "2.5-3 million", "between 1.2 and 1.5
#: lakh", "entre 1,2 et 1,5 million" (the first bound alone would be a measure, "2.5").
_SHARED_MULTIPLIER_RANGE_RE = compile_guarded(
    r"(?P<low>\d+(?:[.,]\d+)?)\s*(?P<join>-|–|—|to|and|et|à|or|ou)\s*(?P<high>\d+(?:[.,]\d+)?)\s*"
    r"(?P<mult>millions?|billion|milliards?|lakhs?|crores?)\b",
    re.IGNORECASE,
)
#: The multipliers of :data:`_SHARED_MULTIPLIER_RANGE_RE`, which its ranges cannot be without.
_MULTIPLIER_WORD_RE = compile_guarded(r"million|billion|milliard|lakh|crore", re.IGNORECASE)
#: The same words in lower-case text: a case-sensitive scan skips to their first letters.
_LOWER_MULTIPLIER_WORD_RE = re.compile(r"million|billion|milliard|lakh|crore")


def _mentions_multiplier(text: str, lowered: str, start: int, end: int) -> bool:
    """``_MULTIPLIER_WORD_RE.search(text, start, end)`` as a test, on the lower-case text when there is one. Ignoring
    case, "i" also matches "İ" and "ı", which lower-case to no "i": only a span that holds one of them is searched
    as written too. (Every other character that matches these words' letters ignoring case lowers to that letter.)"""
    if lowered is not text:
        if _LOWER_MULTIPLIER_WORD_RE.search(lowered, start, end) is not None:
            return True
        if lowered.find("\u0130", start, end) == -1 and lowered.find("\u0131", start, end) == -1:
            return False
    return _MULTIPLIER_WORD_RE.search(text, start, end) is not None


_VAGUE_RE = re.compile(
    r"\b(?:(?:tens|hundreds)\s+of\s+thousands|thousands|hundreds|dozens|scores|millions|hundred|thousand|dozen|"
    r"lakhs|crores|"
    r"100s|1000s|(?:dizaines|centaines|milliers|millions)(?:\s+de\s+milliers)?)\b"
)
_VAGUE_BEFORE_RE = re.compile(
    r"\b(?:several|many|some|a\s+few|des|plusieurs|quelques|de\s+nombreux|de\s+nombreuses)\s+$"
)
_SINGULAR_VAGUE = frozenset({"hundred", "thousand", "dozen"})
_YEAR_TEXT_RE = re.compile(r"(?:19|20)\d\d")
#: A month's name, perhaps with its day, right before a year: "18 septembre 2024", "Sept 18, 2024", "Oct. 2024".
_MONTH_WORDS = (
    r"jan|feb|febr|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|fév|avr|mai|juin|juil|août|déc|"
    r"january|february|march|april|june|july|august|september|october|november|december|janvier|février|mars|"
    r"avril|juillet|septembre|octobre|novembre|décembre"
)
#: A date's day and month right before a year: "18 septembre 2024", "Sept 18, 2024" (not "Since March, 2000-3000").
_DATE_BEFORE_YEAR_RE = re.compile(
    rf"(?:\b\d{{1,2}}(?:er)?\s+(?:{_MONTH_WORDS})\.?|\b(?:{_MONTH_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+\Z",
    re.IGNORECASE,
)
#: A month's name alone right before a year: "since April 2023", "depuis avril 2023".
_MONTH_BEFORE_YEAR_RE = re.compile(rf"\b(?:{_MONTH_WORDS})\.?\s+\Z", re.IGNORECASE)
_RANGE_JOIN_RE = re.compile(r"^\s*(?:-|–|—|to|à|a|or|ou)\s*$", re.IGNORECASE)
_BETWEEN_JOIN_RE = re.compile(r"^\s*(?:and|et|y)\s*$", re.IGNORECASE)
_BETWEEN_BEFORE_RE = re.compile(r"(?:between|from|entre|de|from\s+some)\s*$", re.IGNORECASE)
_SKIP_SINGLE = frozenset({"one", "un", "une"})
#: Spelled numbers that a vague word before makes vague ("several hundred", "plusieurs milliers").
_VAGUE_HEADS = ("hundred", "thousand", "million", "billion", "cent", "mille", "millier", "milliard")
CHANGE_BEFORE_RE = compile_guarded(
    r"(?:rose|risen|rising|increased|increasing|grew|grown|climbed|jumped|fell|fallen|dropped|declined|decreased|"
    r"went\s+up|went\s+down|passée?|passant|tombée?|reculé|augmenté|diminué|baissé|grimpé|chuté|pasó|aumentó|subió|bajó)\s+"
    r"(?:from|de|d['’]|desde)\s*(?:some\s+|about\s+|environ\s+)?\Z",
    re.IGNORECASE,
    before=r"\b",
)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number (or a vague amount) as written in the text, with its character span."""

    start: int
    end: int
    text: str
    value: int | None
    max_value: int | None = None
    vague: bool = False
    approximate: bool = False
    spelled: bool = False
    multiplied: bool = False


def _round_half_up(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def parse_digits(num: str, multiplier: str | None) -> Decimal | None:
    """The value of a digit string such as "230,000", "230 000", "1,5" or "2.000" (with an optional multiplier)."""
    compact = "".join(ch for ch in num if ch not in _SPACES + "'")
    if multiplier:
        # With a multiplier, a single "," or "." is a decimal mark: "1,5 million", "4.2m".
        if compact.count(",") + compact.count(".") == 1 and (not re.search(r"[.,]\d{3}$", compact) or "." in compact):
            # a dot before a multiplier is a decimal point even with three digits after it ("1.845 million");
            # a comma then is a thousands separator ("1,500 million")
            compact = compact.replace(",", ".")
        elif re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", compact):
            compact = compact.replace(",", "").replace(".", "")
        else:
            compact = compact.replace(",", ".")
        try:
            return Decimal(compact) * MULTIPLIERS[multiplier.lower()]
        except ArithmeticError:
            return None
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+|\d{1,2}(?:,\d\d)+,\d{3}", compact.replace(", ", ",")):
        return Decimal(re.sub(r"[.,]", "", compact))
    try:
        return Decimal(compact.replace(",", "."))
    except ArithmeticError:
        return None


_MIXED_PART_RE = re.compile(r"\d[\d,.]*")


def _split_mixed(start: int, num: str) -> list[Quantity]:
    """Two numbers read as one because a space separates them ("1,618,947 244" in a flattened table): each part
    whose commas or dots group thousands, as a number of its own; [] when a part does not."""
    if not any(ch in num for ch in _SPACES) or ("," not in num and "." not in num):
        return []
    parts = []
    for part in _MIXED_PART_RE.finditer(num):
        value = parse_digits(part.group(), None)
        if value is None or value != value.to_integral_value():
            return []
        parts.append(Quantity(start + part.start(), start + part.end(), part.group(), int(value)))
    return parts if len(parts) > 1 else []


#: Digits, separators included, past which a number counts no people ("1 000 000 000 000" has 17): not read, nor its
#: value computed (a run of thousands of digits would exceed what ``int`` and ``Decimal`` take).
_LONGEST_NUMBER = 24
#: A value past which a number (with its multiplier) counts no people: not read.
_LARGEST_VALUE = Decimal(10) ** 15


def _digit_quantities(text: str, start: int, end: int) -> list[Quantity]:
    found: list[Quantity] = []
    for match in _DIGITS_RE.finditer(text, start, end):
        if match.end("num") - match.start("num") > _LONGEST_NUMBER:
            # "99999999999999999999999999999999999999": no count (kept, with no value, so that a multiplier word after
            # it is not read alone: see find_quantities)
            found.append(Quantity(match.start(), match.end(), match.group(0), None))
            continue
        multiplier = match.group("wmult") or match.group("smult") or match.group("spacedm")
        if multiplier is None and match.group("num").isdigit():
            found.append(Quantity(match.start(), match.end(), match.group(0), int(match.group("num"))))
            continue
        value = parse_digits(match.group("num"), multiplier)
        if value is None:
            found.extend(_split_mixed(match.start(), match.group("num")) if multiplier is None else ())
            continue
        if value != value.to_integral_value() and not multiplier:
            continue  # "2.5" alone is a measure, not a count of people or homes
        if value >= _LARGEST_VALUE:
            found.append(Quantity(match.start(), match.end(), match.group(0), None))  # ("2000000000 million")
            continue
        found.append(
            Quantity(match.start(), match.end(), match.group(0), _round_half_up(value), multiplied=bool(multiplier))
        )
    return found


try:
    from text_to_num import text2num as _text2num  # type: ignore[import-untyped,import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - optional dependency (idmon[extract])
    _text2num = None

_ARTICLE_RE = re.compile(r"^(?:a|an|un|une|una?)\s+")


def spelled_value(words: str, language: str = "en") -> int | None:
    """The value of spelled-out number words ("twelve thousand", "deux mille"), or None if not a number."""
    if _text2num is None:
        return None
    cleaned = _ARTICLE_RE.sub("one " if language == "en" else "", words.strip().lower())
    if language == "en" and " and " in cleaned:
        cleaned = cleaned.replace(" and ", " ")
    try:
        return int(_text2num(cleaned, language if language in ("en", "fr", "es") else "en"))
    except (ValueError, TypeError):
        return None


#: A hyphen and a capital after a word: the rest of a compound name ("Sept-Îles", "Trois-Rivières").
_NAME_HYPHEN_RE = re.compile(r"-[A-ZÀ-Þ]")


def _spelled_quantities(text: str, lowered: str, language: str, start: int, end: int) -> list[Quantity]:
    found: list[Quantity] = []
    for match in _SPELLED_RES.get(language, _SPELLED_RES["en"]).finditer(lowered, start, end):
        first = match.start()
        if match.group(0) in _SKIP_SINGLE and not _WORD_MULTIPLIER_RE.match(lowered, match.end()):
            continue  # "one" alone is no count; "one lakh" is
        # "several hundred", "some thousand" are vague; "some twelve thousand" is a number, approximately
        if match.group(0).startswith(_VAGUE_HEADS) and _VAGUE_BEFORE_RE.search(lowered, max(0, first - 20), first):
            continue
        if text[first : first + 1].isupper() and _NAME_HYPHEN_RE.match(text, match.end()):
            continue  # "Sept-Îles", "Trois-Rivières", "Deux-Montagnes": the first word of a place's name
        article = _ARTICLE_BEFORE_RE.search(lowered, max(0, first - 4), first)
        if article is not None and match.group(0).startswith(("hundred", "thousand", "million")):
            first = article.start()
        last = match.end()
        words = text[first:last]
        value = spelled_value(words, language)
        multiplier = _WORD_MULTIPLIER_RE.match(lowered, last)
        if value is not None and multiplier is not None:  # "seven lakh", "deux millions"
            value, last = value * MULTIPLIERS[multiplier.group(1)], multiplier.end()
            words = text[first:last]
        if value is not None and multiplier is None and _FRACTION_AFTER_RE.match(lowered, last):
            continue  # "two thirds of the population", "les deux tiers": a share, not a count
        if value is not None:
            found.append(Quantity(first, last, words, value, spelled=True))
        elif (spelled_range := _spelled_range(words, language, lowered, first)) is not None:
            found.append(Quantity(first, last, words, spelled_range[0], max_value=spelled_range[1], spelled=True))
    if _RARE_WORDS_RE.search(lowered, start, end) is None:  # most spans: no fraction, no approximate noun
        return found
    fractions = _mentions_any(lowered, start, end, ("quart", "half", "demi"))
    for match in _FRACTION_RE.finditer(lowered, start, end) if fractions else ():
        value = int(_FRACTIONS[match.group("part")] * MULTIPLIERS[match.group("unit")])
        found.append(Quantity(match.start(), match.end(), text[match.start() : match.end()], value, spelled=True))
    for match in _AND_A_HALF_RE.finditer(lowered, start, end) if fractions else ():
        # "two and a half million": longer than "two" and "half million", it is kept over them
        written = match.group("whole") or match.group("whole3")
        whole = 1 if written is None else int(written) if written.isdigit() else spelled_value(written, language)
        unit = MULTIPLIERS.get(match.group("unit") or match.group("unit2") or match.group("unit3"), 100)  # or hundred
        if whole:
            value = int((Decimal(whole) + Decimal("0.5")) * unit)
            words = text[match.start() : match.end()]
            found.append(
                Quantity(match.start(), match.end(), words, value, spelled=not written or not written.isdigit())
            )
    approximate = _mentions_any(lowered, start, end, ("dozen", "aine", "millier", "decena", "centenar", "millar"))
    for match in _APPROX_NOUN_RE.finditer(lowered, start, end) if approximate else ():
        value = APPROXIMATE_NOUNS[match.group("noun")]
        if match.group("times"):
            value *= _TIMES[match.group("times")]  # "two dozen families"
        if match.group("thousands"):
            value *= 1000  # "une dizaine de milliers de personnes"
        words = text[match.start() : match.end()]
        found.append(Quantity(match.start(), match.end(), words, value, approximate=True, spelled=True))
    return found


_SPELLED_JOIN_RE = re.compile(r"\s+(?:and|to|or|et|à|ou)\s+|\s*[-–]\s*", re.IGNORECASE)
_SHARED_WORD_MULT_RE = re.compile(r"(?:thousand|million|millions|hundred|mille|cents?)$", re.IGNORECASE)


def _spelled_range(words: str, language: str, lowered: str, first: int) -> tuple[int, int] | None:
    """(low, high) of "two and three thousand", "deux à trois mille" (after "between", "entre", "from", "de" for "and"
    / "et"): the multiplier after the second bound counts for the first too."""
    parts = _SPELLED_JOIN_RE.split(words, maxsplit=1)
    if len(parts) != 2 or not _SHARED_WORD_MULT_RE.search(parts[1].strip()):
        return None
    join = words[len(parts[0]) : len(words) - len(parts[1])].strip().lower()
    if join in ("and", "et") and not _BETWEEN_BEFORE_RE.search(lowered[max(0, first - 12) : first]):
        return None
    low, high = spelled_value(parts[0], language), spelled_value(parts[1], language)
    if low is None or high is None or low >= 100:
        return None
    multiplier = 1000 if parts[1].strip().lower().endswith(("thousand", "mille")) else 100
    multiplier = 1_000_000 if parts[1].strip().lower().endswith(("million", "millions")) else multiplier
    return (low * multiplier, high) if low * multiplier < high else None


_RARE_WORDS_RE = re.compile(r"quart|half|demi|dozen|aine|millier|decena|centenar|millar")
_FRACTION_AFTER_RE = re.compile(
    r"[\s-]+(?:thirds?|quarters?|fifths?|tenths?|tiers|quarts|cinquièmes|dixièmes|tercios|cuartos)\b"
)


def _mentions_any(lowered: str, start: int, end: int, stems: tuple[str, ...]) -> bool:
    """A cheap substring test that spares a regex scan when none of ``stems`` occurs in the span."""
    return any(lowered.find(stem, start, end) != -1 for stem in stems)


_VAGUE_STEMS = (
    "thousand",
    "hundred",
    "dozen",
    "score",
    "million",
    "00s",
    "dizaine",
    "centaine",
    "millier",
    "lakhs",
    "crores",
)
#: Any of :data:`_VAGUE_STEMS`, in one scan (the engine skips to their first letters at C speed: eleven
#: substring searches cost more on the short spans of figures).
_VAGUE_STEMS_RE = re.compile("|".join(_VAGUE_STEMS))


def _vague_quantities(text: str, lowered: str, start: int, end: int) -> list[Quantity]:
    found: list[Quantity] = []
    if _VAGUE_STEMS_RE.search(lowered, start, end) is None:
        return found
    for match in _VAGUE_RE.finditer(lowered, start, end):
        first = match.start()
        before = _VAGUE_BEFORE_RE.search(lowered, max(0, first - 20), first)
        if before is not None:
            first = before.start()
        elif match.group(0) in _SINGULAR_VAGUE:
            continue  # "hundred" alone is part of a spelled number, not a vague amount
        found.append(Quantity(first, match.end(), text[first : match.end()], None, vague=True))
    return found


def _without_overlaps(quantities: list[Quantity]) -> list[Quantity]:
    """Keep the longest of overlapping quantities ("two million" over "two"), in text order."""
    kept: list[Quantity] = []
    for quantity in sorted(quantities, key=lambda q: (q.start, -(q.end - q.start))):
        if kept and quantity.start < kept[-1].end:
            continue
        kept.append(quantity)
    return kept


def _merge_ranges(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Join "10,000 to 15,000" and "between 10 and 15 thousand" into one quantity with both bounds."""
    merged: list[Quantity] = []
    index = 0
    while index < len(quantities):
        low = quantities[index]
        high = quantities[index + 1] if index + 1 < len(quantities) else None
        if high is not None and _is_range(text, low, high):
            lower = low.value or 0
            if high.multiplied and not low.multiplied and high.value and lower * 1000 <= high.value:
                lower = _round_half_up(Decimal(lower) * (Decimal(high.value) / _leading_value(high)))
            elif low.spelled and high.spelled and high.value and lower < 100 and lower * 100 <= high.value:
                # "two to three million": the word multiplier after the second bound counts for the first too
                words = high.text.lower()
                scale = 1_000_000 if "million" in words else 1000 if ("thousand" in words or "mille" in words) else 1
                lower = lower * scale if lower * scale < high.value else lower
            if high.value is not None and lower < high.value:
                span_text = text[low.start : high.end]
                merged.append(replace(low, end=high.end, text=span_text, value=lower, max_value=high.value))
                index += 2
                continue
        merged.append(low)
        index += 1
    return merged


def _leading_value(quantity: Quantity) -> Decimal:
    match = _DIGITS_RE.match(quantity.text)
    if match is None:
        return Decimal(1)
    value = parse_digits(match.group("num"), None)
    return value if value else Decimal(1)


#: A week's number comes after its word: "week 14", "semaine 12" (a title's, not a figure nor a range's bound).
WEEK_BEFORE_RE = re.compile(r"\b(?:week|wk|semaine|epi-?week)\s*\Z", re.IGNORECASE)


def _is_range(text: str, low: Quantity, high: Quantity) -> bool:
    if low.vague or high.vague or low.value is None:
        return False
    if CHANGE_BEFORE_RE.search(text, max(0, low.start - 30), low.start):
        return False  # "rose from 1.1 million to 1.5 million": two figures, before and after, not a range
    if low.value <= 53 and WEEK_BEFORE_RE.search(text, max(0, low.start - 12), low.start):
        return False  # "Rapid Displacement Tracking, week 14 – 3,012 households": a week's number, then the figure
    if low.value <= 31 and _MONTH_BEFORE_YEAR_RE.search(text, max(0, low.start - 12), low.start):
        return False  # "returned since Nov. 1 to 327,000": a day of a month, then the figure
    between = text[low.end : high.start]
    if _RANGE_JOIN_RE.match(between):
        # "Niamey, 18 septembre 2024 – 3 000 personnes": a dateline's year, then the text; "the total arriving since
        # April 2023 to 612,400": a month's year, then the figure
        return not (
            _YEAR_TEXT_RE.fullmatch(low.text)
            and (
                (" " in between and _DATE_BEFORE_YEAR_RE.search(text, max(0, low.start - 20), low.start))
                or (
                    _MONTH_BEFORE_YEAR_RE.search(text, max(0, low.start - 12), low.start)
                    and not _YEAR_TEXT_RE.fullmatch(high.text)
                )
            )
        )
    return bool(_BETWEEN_JOIN_RE.match(between) and _BETWEEN_BEFORE_RE.search(text[max(0, low.start - 12) : low.start]))


def find_quantities(
    text: str, language: str = "en", lowered: str | None = None, start: int = 0, end: int | None = None
) -> list[Quantity]:
    """All quantities in ``text[start:end]`` in order: exact numbers, ranges (value..max_value) and vague amounts.

    ``lowered`` is ``text`` in lower case with the same offsets (see ``segments.lower_text``), if at hand."""
    if lowered is None or len(lowered) != len(text):
        lowered = text.lower() if len(text.lower()) == len(text) else text
    stop = len(text) if end is None else end
    candidates = _digit_quantities(text, start, stop)
    candidates += _spelled_quantities(text, lowered, language, start, stop)
    candidates += _vague_quantities(text, lowered, start, stop)
    # (a decimal or a thousands mark, and a multiplier word: most spans have no such range, found here in one scan)
    if ("." in text[start:stop] or "," in text[start:stop]) and _mentions_multiplier(text, lowered, start, stop):
        candidates += _shared_multiplier_ranges(text, start, stop)
    # (a number too long or too large to count people covers its multiplier word, then is dropped)
    kept = [quantity for quantity in _without_overlaps(candidates) if quantity.value is not None or quantity.vague]
    return _merge_ranges(text, kept)


def _shared_multiplier_ranges(text: str, start: int, end: int) -> list[Quantity]:
    """Ranges with a decimal first bound and one multiplier for both ("2.5-3 million", "between 1.2 and 1.5 lakh")."""
    found: list[Quantity] = []
    for match in _SHARED_MULTIPLIER_RANGE_RE.finditer(text, start, end):
        if match.start() > 0 and (text[match.start() - 1].isalnum() or text[match.start() - 1] in ".,"):
            continue
        if match.group("join").lower() in ("and", "et") and not _BETWEEN_BEFORE_RE.search(
            text[max(0, match.start() - 12) : match.start()]
        ):
            continue  # "1.2 and 1.5 million" without "between" are two figures
        multiplier = MULTIPLIERS[match.group("mult").lower()]
        low, high = parse_digits(match.group("low"), None), parse_digits(match.group("high"), None)
        if low is None or high is None or not low < high:
            continue
        found.append(
            Quantity(
                match.start(),
                match.end(),
                match.group(0),
                _round_half_up(low * multiplier),
                max_value=_round_half_up(high * multiplier),
                multiplied=True,
            )
        )
    return found


# The look-backs searched before every number (or name) end where the span searched ends: a test of the span's
# last characters spares most of their searches (see prefilter.EndGuarded).
CHANGE_BEFORE_RE = end_guarded(CHANGE_BEFORE_RE)
WEEK_BEFORE_RE = end_guarded(WEEK_BEFORE_RE)
