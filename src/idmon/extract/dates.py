"""Dates near a figure: explicit ("as of 14 January 2013", "between 19 February and 23 March") and relative to the
publication date ("last week", "early January", "last year"), each with an accuracy.

Our own rules cover day/month/year forms, ranges and relative phrases in English and French; dateparser (slow)
is called only on numeric dates such as "12/03/2015", which need its day/month order handling.
"""

from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from idmon.domain.vocabulary import DateAccuracy
from idmon.extract.prefilter import compile_guarded

MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
}
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
}
_YEAR = r"(?:19|20)\d{2}"
_DAY = r"\d{1,2}(?:st|nd|rd|th|er)?"
_DMY = rf"(?P<@P@d>{_DAY})\s+(?:of\s+)?(?P<@P@m>{_MONTH}),?(?:\s+(?P<@P@y>{_YEAR}))?"
_MDY = rf"(?P<@P@m>{_MONTH})\s+(?P<@P@d>{_DAY})(?:,?\s+(?P<@P@y>{_YEAR}))?(?!\d)"
_MY = (
    rf"(?:(?P<@P@part>early|mid|late|end\s+of|beginning\s+of|début|mi|fin|fin\s+de|début\s+de)[\s-]+)?"
    rf"(?P<@P@m>{_MONTH})(?:\s+(?:de\s+)?(?P<@P@y>{_YEAR}))?"
)


def _one(prefix: str) -> str:
    parts = (_DMY.replace("@P@", prefix + "a"), _MDY.replace("@P@", prefix + "b"), _MY.replace("@P@", prefix + "c"))
    return "(?:" + "|".join(parts) + ")"


_DATE_RE = compile_guarded(
    r"(?:"
    rf"(?P<dayrange>(?:between\s+|from\s+|entre\s+le\s+|du\s+)?(?P<d1>{_DAY})\s*(?:-|–|to|and|au|et\s+le|à)\s*"
    rf"(?P<d2>{_DAY})\s+(?P<rm>{_MONTH})(?:\s+(?P<ry>{_YEAR}))?)"
    rf"|(?P<range>(?:between|from|entre(?:\s+le)?|du|de)\s+{_one('x')}\s+(?:and|to|et(?:\s+le)?|au|à)\s+{_one('z')})"
    rf"|(?P<single>{_one('s')})"
    rf"|(?P<numeric>\d{{1,2}}[/.]\d{{1,2}}[/.](?:{_YEAR}|\d{{2}})|{_YEAR}-\d{{2}}-\d{{2}})"
    rf"|(?P<yearonly>(?<=in\s)|(?<=since\s)|(?<=en\s)|(?<=during\s)|(?<=depuis\s)|(?<=of\s)|(?<=the\s))"
    rf"(?P<yy>{_YEAR})(?!\d|[.,]\d)"
    # "over the past 48 hours", "in the last three days", "au cours des deux dernières semaines"
    r"|(?P<lastn>(?:past|last|previous)\s+(?P<ln>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<lu>hours|days|weeks|months)|(?P<ln2>\d{1,3}|deux|trois|quatre|cinq|six|sept|huit|dix)\s+"
    r"(?:derniers|dernières)\s+(?P<lu2>heures|jours|semaines|mois))"
    r"|(?P<relative>yesterday|today|tonight|overnight|hier|aujourd'hui|aujourd’hui|cette\s+semaine|"
    r"(?:last|this|past|previous)\s+(?:week(?:end)?|month|year)|(?:the\s+)?past\s+(?:few\s+)?(?:days|weeks)|"
    # "over the weekend", "ce week-end", "le week-end dernier"
    r"(?<=over\s)the\s+weekend|(?:ce|le)\s+week-?end(?:\s+dernier)?|"
    r"(?:la\s+semaine|le\s+mois)\s+dernier|la\s+semaine\s+dernière|l'année\s+dernière|l’année\s+dernière|"
    r"l'an\s+dernier|ce\s+mois|cette\s+année|this\s+morning|"
    r"(?:the\s+)?(?:beginning|start)\s+of\s+(?:the|this)\s+year|(?:le\s+)?début\s+de\s+l['’]année)"
    r"|(?P<weekday>(?:on\s+|last\s+|ce\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))"
    r")(?![\w])"
    # (nor the first word of a hyphenated name: "le Mayo-Sava", "Mai-Ndombe"; but "May-June")
    rf"(?!-(?!{_MONTH}\b)[^\W\d_])",
    # (not after a letter or digit: as every date starts with one, a word boundary says so, and costs less than a
    # look-behind at each position)
    before=r"\b",
)
_AS_OF_RE = re.compile(
    r"(?:as\s+of|as\s+at|as\s+on|by|to\s+date|until|up\s+to|au|en\s+date\s+du|à\s+la\s+date\s+du|jusqu'au|"
    r"jusqu’au|a\s+fecha\s+de|hasta\s+el)\s+(?:the\s+|le\s+|end\s+of\s+|fin\s+)?$",
    re.IGNORECASE,
)
_SINCE_RE = re.compile(
    r"(?:since|depuis(?:\s+le)?|desde(?:\s+el)?|starting|from)\s+(?:the\s+|le\s+)?$|"
    # "since the war began in April 2023", "since fighting erupted on 15 April", "depuis le début de la guerre en avril"
    r"\bsince\s+(?:[\w'’-]+\s+){1,4}?(?:began|begun|started|erupted|broke\s+out|escalated|intensified|resumed)\s+"
    r"(?:in|on)\s+(?:the\s+)?$|\bdepuis\s+(?:le\s+début|l['’]éclatement|le\s+déclenchement|la\s+reprise)\s+"
    r"(?:de\s+la|du|des|de\s+l['’])\s*(?:[\w'’-]+\s+){1,3}?(?:en|le)\s+$",
    re.IGNORECASE,
)
_CASE_SENSITIVE_MONTHS = frozenset({"may", "march", "mar", "jan", "dec", "sep", "aug", "oct", "nov", "jun", "jul"})


class DateRole(StrEnum):
    """What a date says about a figure: the date it was true on, the start of a period, or the period itself."""

    AS_OF = "as-of"
    SINCE = "since"
    PERIOD = "period"


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or period found in the text, resolved against the publication date."""

    start: int
    end: int
    text: str
    first: date
    last: date
    accuracy: DateAccuracy
    role: DateRole


def _year(raw: str | None, month: int, published: date | None) -> int | None:
    if raw:
        return int(raw)
    if published is None:
        return None
    # A month named without a year is the most recent such month not after publication.
    return published.year if month <= published.month else published.year - 1


def _month_bounds(year: int, month: int, part: str | None) -> tuple[date, date]:
    last_day = calendar.monthrange(year, month)[1]
    part = (part or "").lower()
    if part in {"early", "beginning of", "début", "début de"}:
        return date(year, month, 1), date(year, month, 10)
    if part in {"mid", "mi"}:
        return date(year, month, 11), date(year, month, 20)
    if part in {"late", "end of", "fin", "fin de"}:
        return date(year, month, 21), date(year, month, last_day)
    return date(year, month, 1), date(year, month, last_day)


def _one_date(match: re.Match[str], prefix: str, published: date | None) -> tuple[date, date, DateAccuracy] | None:
    for form in "ab":
        month_text = match.group(f"{prefix}{form}m")
        if month_text:
            month = MONTHS[month_text.rstrip(".").lower()]
            year = _year(match.group(f"{prefix}{form}y"), month, published)
            day = int(re.sub(r"\D", "", match.group(f"{prefix}{form}d")))
            if year is None or not 1 <= day <= calendar.monthrange(year, month)[1]:
                return None
            return date(year, month, day), date(year, month, day), DateAccuracy.DAY
    month_text = match.group(f"{prefix}cm")
    if not month_text:
        return None
    month = MONTHS[month_text.rstrip(".").lower()]
    year = _year(match.group(f"{prefix}cy"), month, published)
    if year is None:
        return None
    first, last = _month_bounds(year, month, match.group(f"{prefix}cpart"))
    accuracy = DateAccuracy.MONTH if match.group(f"{prefix}cpart") is None else DateAccuracy.WEEK
    return first, last, accuracy


def _relative(phrase: str, published: date | None) -> tuple[date, date, DateAccuracy] | None:
    if published is None:
        return None
    words = phrase.lower().replace("’", "'")
    if words in {"yesterday", "hier"}:
        day = published - timedelta(days=1)
        return day, day, DateAccuracy.DAY
    if words in {"today", "tonight", "aujourd'hui", "this morning", "overnight"}:
        return published, published, DateAccuracy.DAY
    if "weekend" in words or "week-end" in words:
        # the Saturday and Sunday just past, or the one a text published on a weekend is in ("last weekend" then:
        # the one before)
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        if published.weekday() >= 5 and ("last" in words or "dern" in words or "previous" in words):
            saturday -= timedelta(days=7)
        return saturday, min(saturday + timedelta(days=1), published), DateAccuracy.DAY
    if "beginning" in words or "start" in words or "début" in words:
        return date(published.year, 1, 1), published, DateAccuracy.YEAR
    if "year" in words or "année" in words or "an " in words + " ":
        year = published.year - 1 if ("last" in words or "dern" in words or "previous" in words) else published.year
        return date(year, 1, 1), date(year, 12, 31), DateAccuracy.YEAR
    if "month" in words or "mois" in words:
        if "last" in words or "dern" in words or "previous" in words:
            last = published.replace(day=1) - timedelta(days=1)
            return last.replace(day=1), last, DateAccuracy.MONTH
        if "past" in words:
            return published - timedelta(days=30), published, DateAccuracy.MONTH
        return published.replace(day=1), published, DateAccuracy.MONTH
    if "last" in words or "dern" in words or "previous" in words:
        monday = published - timedelta(days=published.weekday() + 7)
        return monday, monday + timedelta(days=6), DateAccuracy.WEEK
    if "past" in words and "days" in words:
        return published - timedelta(days=7), published, DateAccuracy.WEEK
    if "past" in words:
        return published - timedelta(days=21), published, DateAccuracy.WEEK
    return published - timedelta(days=published.weekday()), published, DateAccuracy.WEEK


_COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "dix": 10,
}  # fmt: skip
#: Days per unit, and the accuracy of a period counted back in that unit.
_UNITS = {
    "hours": (1 / 24, DateAccuracy.DAY), "heures": (1 / 24, DateAccuracy.DAY),
    "days": (1, DateAccuracy.DAY), "jours": (1, DateAccuracy.DAY),
    "weeks": (7, DateAccuracy.WEEK), "semaines": (7, DateAccuracy.WEEK),
    "months": (30, DateAccuracy.MONTH), "mois": (30, DateAccuracy.MONTH),
}  # fmt: skip


def _last_n(count: str, unit: str, published: date | None) -> tuple[date, date, DateAccuracy] | None:
    """ "the past 48 hours" → the two days before publication, up to it; "the last three weeks", "les deux
    derniers mois" alike."""
    if published is None:
        return None
    number = int(count) if count.isdigit() else _COUNT_WORDS.get(count)
    days_per, accuracy = _UNITS[unit]
    if not number:
        return None
    return published - timedelta(days=math.ceil(number * days_per)), published, accuracy


def _weekday(phrase: str, published: date | None) -> tuple[date, date, DateAccuracy] | None:
    if published is None:
        return None
    name = phrase.lower().split()[-1]
    back = (published.weekday() - _WEEKDAYS[name]) % 7
    day = published - timedelta(days=back or (7 if phrase.lower().startswith("last") else 0))
    return day, day, DateAccuracy.DAY


def _numeric(text: str, language: str) -> tuple[date, date, DateAccuracy] | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        try:
            day = date.fromisoformat(text)
        except ValueError:
            return None
        return day, day, DateAccuracy.DAY
    try:
        import dateparser  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:  # pragma: no cover - optional dependency
        return None
    settings: dict[str, object] = {"DATE_ORDER": "MDY" if language == "en-us" else "DMY", "PREFER_DATES_FROM": "past"}
    parsed = dateparser.parse(text, languages=[language[:2]], settings=settings)
    if parsed is None:
        return None
    return parsed.date(), parsed.date(), DateAccuracy.DAY


def _resolve(match: re.Match[str], published: date | None, language: str) -> tuple[date, date, DateAccuracy] | None:
    if match.group("dayrange"):
        month = MONTHS[match.group("rm").rstrip(".").lower()]
        year = _year(match.group("ry"), month, published)
        first_day, last_day = (int(re.sub(r"\D", "", match.group(k))) for k in ("d1", "d2"))
        if year is None or not 1 <= first_day < last_day <= calendar.monthrange(year, month)[1]:
            return None
        return date(year, month, first_day), date(year, month, last_day), DateAccuracy.DAY
    if match.group("range"):
        low, high = _one_date(match, "x", published), _one_date(match, "z", published)
        if low is None or high is None:
            return None
        if low[0] > high[1] and not (match.group("xay") or match.group("xby") or match.group("xcy")):
            low = (low[0].replace(year=low[0].year - 1), low[1].replace(year=low[1].year - 1), low[2])
        return low[0], high[1], min(low[2], high[2], key=_ACCURACY_ORDER.index)
    if match.group("single"):
        return _one_date(match, "s", published)
    if match.group("numeric"):
        return _numeric(match.group("numeric"), language)
    if match.group("yy"):
        year = int(match.group("yy"))
        return date(year, 1, 1), date(year, 12, 31), DateAccuracy.YEAR
    if match.group("lastn"):
        return _last_n(match.group("ln") or match.group("ln2"), match.group("lu") or match.group("lu2"), published)
    if match.group("relative"):
        return _relative(match.group("relative"), published)
    return _weekday(match.group("weekday"), published)


_ACCURACY_ORDER = [DateAccuracy.DAY, DateAccuracy.WEEK, DateAccuracy.MONTH, DateAccuracy.YEAR]


def _is_false_month(match: re.Match[str], text: str) -> bool:
    """ "may" and "march" are verbs in lower case; French and Spanish month names are written in lower case."""
    for name in ("sam", "sbm", "scm", "xam", "xbm", "xcm", "zam", "zbm", "zcm", "rm"):
        month = match.group(name)
        if month and month.rstrip(".") in _CASE_SENSITIVE_MONTHS and text[match.start(name)].islower():
            return True
        if month == "sept" and text[match.start(name)].islower() and _WORD_AFTER_RE.match(text, match.end(name)):
            return True  # "sept villages": French seven, no month
        if (
            month
            and month in _CASE_SENSITIVE_MONTHS
            and len(month) == 3
            and match.start(name) == match.start()
            and match.end(name) == match.end()
            and (
                _IN_NAME_BEFORE_RE.search(text, max(0, match.start() - 5), match.start())
                or _IN_NAME_AFTER_RE.match(text, match.end())
            )
        ):
            return True  # "Viña del Mar", "VIÑA DEL MAR": a word of a place's name, no month
    return False


_WORD_AFTER_RE = re.compile(r"\s+[a-zà-ÿ]")
#: A short month alone after a lower-case word of a place's name ("Viña del Mar", "Lagoa do Mar").
_IN_NAME_AFTER_RE = re.compile(r"\s+(?:del|de|da|do)\s+[A-Z]")  # "Mar del Plata"
_IN_NAME_BEFORE_RE = re.compile(r"\b(?:del|de|da|do|di|du|dos|das|la|el|al)\s+\Z", re.IGNORECASE)


def find_dates(
    text: str, start: int, end: int, published: date | None, language: str = "en", lowered: str | None = None
) -> list[DateMention]:
    """Dates and periods in ``text[start:end]``, resolved against ``published``, with their role; ``lowered``
    is ``text`` in lower case with the same offsets, if at hand."""
    mentions: list[DateMention] = []
    scanned = lowered if lowered is not None and len(lowered) == len(text) else text.lower()
    for match in _DATE_RE.finditer(scanned, start, end):
        if len(scanned) == len(text) and _is_false_month(match, text):
            continue
        resolved = _resolve(match, published, language)
        if resolved is None:
            continue
        first, last, accuracy = resolved
        if published is not None and first > published:
            continue
        before = scanned[max(0, match.start() - 50) : match.start()]
        role = DateRole.PERIOD
        if match.group("range") or match.group("dayrange"):
            role = DateRole.PERIOD
        elif _AS_OF_RE.search(before):
            role = DateRole.AS_OF
        elif _SINCE_RE.search(before):
            role = DateRole.SINCE
        mentions.append(DateMention(match.start(), match.end(), text[match.start() : match.end()], first, last,
                                    accuracy, role))  # fmt: skip
    return _dash_ranges(text, mentions) if len(mentions) > 1 else mentions


#: Between the two dates of a period written with a dash: "1 January – 31 March 2024", "22 Dec 2023 - 7 Jan 2024".
_DASH_RE = re.compile(r"\s*[–—]\s*|\s+-\s+")


def _dash_ranges(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """``mentions`` where two dates joined by a dash are one period: its start, then its end (the first date takes
    the second's year when it has none, a year earlier when it would come after it)."""
    merged: list[DateMention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.role is not DateRole.SINCE
            and _DASH_RE.fullmatch(text, previous.end, mention.start)
            and previous.accuracy is mention.accuracy
        ):
            first = previous.first
            if not re.search(r"\d{4}", previous.text):
                # the first date takes the second's year, or the year before when it would come after it
                if first.year != mention.last.year:
                    first = _same_day_of(first, mention.last.year)
                if first > mention.last:
                    first = _same_day_of(first, first.year - 1)
            if first <= mention.last:
                merged[-1] = DateMention(
                    previous.start, mention.end, text[previous.start : mention.end], first, mention.last,
                    mention.accuracy, previous.role,
                )  # fmt: skip
                continue
        merged.append(mention)
    return merged


def _same_day_of(day: date, year: int) -> date:
    """``day`` in ``year`` (29 February becomes the 28th)."""
    return day.replace(year=year, day=min(day.day, calendar.monthrange(year, day.month)[1]))


@dataclass(frozen=True, slots=True)
class FactDates:
    """The dates given to one figure."""

    start_date: date | None
    end_date: date | None
    accuracy: DateAccuracy | None


def dates_for_fact(mentions: list[DateMention], position: int, *, stock: bool, published: date | None) -> FactDates:
    """Pick the mention nearest to ``position`` and turn it into a stock's as-of date or a flow's period."""
    if not mentions:
        if published is None:
            return FactDates(None, None, None)
        return FactDates(None, published, DateAccuracy.DAY)
    mention = min(mentions, key=lambda m: min(abs(m.start - position), abs(m.end - position)))
    if mention.role is DateRole.SINCE:
        until = published if published is not None else mention.last
        return FactDates(None if stock else mention.first, until, mention.accuracy)
    # (no as-of date after the publication: "this year" in a text of June is as of June)
    last = mention.last if published is None else min(mention.last, published)
    if stock:
        return FactDates(None, last, mention.accuracy)
    if mention.role is DateRole.AS_OF:
        return FactDates(None, last, mention.accuracy)
    return FactDates(mention.first, last, mention.accuracy)
