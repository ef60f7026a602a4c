"""Faster scans give identical results: lookahead guards, sentence boundaries, capitalised runs, language words."""

from __future__ import annotations

import random
import re

import pytest

from idmon.extract import cause, dates, figures, segments, terms
from idmon.extract.prefilter import GroupScanner, compile_guarded, end_guard, end_guarded, guard, split_alternatives

# (before, body, flags): the shapes the extractor's patterns use, and a few it does not.
PATTERNS = [
    (r"(?<![\w-])", r"(?:(?P<a>dis(?:placed|placement)|fled|flee(?:ing)?)|(?P<b>idps?\b|d[ée]plac[ée]e?s?))(?!\w)", 0),
    (r"\b", r"(?:totally\s+|fully\s+)?destroy(?:ed)?|(?:ab){2,3}c|x?y?z", 0),
    ("", r"civil\s+war|rebels?|(?-i:[A-Z][a-z]+ians)|Ab[cC]", re.IGNORECASE),
    ("", r"(?:\d{1,2}\s+)?(?:jan|feb)|\d\d/\d\d|(?<=in\s)(?:19|20)\d\d", 0),
    ("", r"[^\W\d_]{2}q|[a-c]{2}|[\s.]+end", 0),
    ("", r"(?>ab|a)c|(?i:QR)s", 0),
]
ALPHABET = "aAbBcCdDeéfFilnoprsStvwxyzIJQ0129 -./\n"
WORDS = [
    "displaced",
    "displacement",
    "fled",
    "fleeing",
    "idp",
    "idps",
    "déplacées",
    "destroyed",
    "totally destroyed",
    "civil war",
    "Rebels",
    "Malians",
    "AbC",
    "12 jan",
    "03/04",
    "in 2019",
    "abab",
    "ababc",
    "qr",
    "QRs",
    "Abc",
]


def _samples(count: int = 400) -> list[str]:
    rng = random.Random(7)
    texts = []
    for _ in range(count):
        parts = [rng.choice(WORDS) if rng.random() < 0.5 else "".join(rng.choices(ALPHABET, k=rng.randint(1, 6)))]
        parts += [rng.choice(WORDS) if rng.random() < 0.5 else "".join(rng.choices(ALPHABET, k=rng.randint(0, 6)))]
        texts.append(rng.choice([" ", "", "-", "\n"]).join(parts) * rng.randint(1, 3))
    return texts


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None, tuple[str | None, ...]]]:
    return [(m.span(), m.lastgroup, m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("before", "body", "flags"), PATTERNS)
def test_guarded_patterns_find_the_same_matches(before: str, body: str, flags: int) -> None:
    plain = re.compile(f"{before}(?:{body})", flags)
    guarded = compile_guarded(body, flags, before=before)
    assert guarded.pattern != plain.pattern
    for text in _samples():
        assert _found(guarded, text) == _found(plain, text), text
        for start in (1, 3):
            end = max(start, len(text) - 1)
            assert _first(guarded, text, start, end) == _first(plain, text, start, end), text


def _first(pattern: re.Pattern[str], text: str, start: int, end: int) -> tuple[int, int] | None:
    match = pattern.search(text, start, end)
    return match.span() if match else None


@pytest.mark.parametrize("body", [r".x", r"a|(?:b|)", r"(?:ab)*c?", r"(a)?(?(1)b|c)"])
def test_no_guard_where_a_match_may_begin_with_anything(body: str) -> None:
    assert guard(body) == ""


@pytest.mark.parametrize(
    ("body", "flags", "depth", "expected"),
    [
        (r"displaced|displacement|fled|d[ée]plac", 0, 3, "(?=d(?:ep|is|ép)|fle)"),
        (r"(?:totally\s+)?destroy|idps?\b", 0, 4, "(?=dest|idp|tota)"),
        (r"ab\s+c|a\d", 0, 3, r"(?=a(?:[\d]|b[\s]))"),
        (r"civil\s+war|rebels?", re.IGNORECASE, 3, "(?=[cr])(?=civ|reb)"),
        (r"civil|(?-i:[A-Z]x)", re.IGNORECASE, 2, "(?=(?-i:[A-Z])(?-i:x)|ci)"),
        (r"\w+ed", 0, 3, r"(?=[\w])"),
        # white space and letters that repeat are atoms too: the beginning goes on after them
        (r"in\s+camps|to\s*go", 0, 5, r"(?=in[\s]+ca|to[\s]*go)"),
        (r"[ée]+s\s+x", 0, 4, r"(?=(?:e|é)+s[\s]+x)"),
        (r"(a)\1", 0, 3, "(?=a)"),
    ],
)
def test_guard_is_a_trie_of_first_characters(body: str, flags: int, depth: int, expected: str) -> None:
    assert guard(body, flags, depth) == expected


def test_extractor_patterns_are_guarded() -> None:
    guarded = [terms._CUES.pattern, cause._CAUSES.pattern, dates._DATE_RE, terms._NOUNS_BEFORE_RE, terms._HEAD_RE]
    guarded += [figures._CURRENCY_BEFORE_RE, figures._MONTH_BEFORE_RE, figures._STOCK_RE, figures._ABROAD_RE]
    guarded += [figures._FLOW_RE, cause._VIOLENCE_RE]
    for pattern in guarded:
        assert "(?=" in pattern.pattern


# Look-backs: every match ends where the span searched ends (\\Z, or $ perhaps before a final line break).
END_PATTERNS = [
    (r"\b(?:in|at|across)\s+\Z", re.IGNORECASE),
    (r"(?:[$€]|(?<![^\W\d_])(?:US\$|USD|Rs\.?))\s*$", re.IGNORECASE),
    (r"(?<![\w$])([A-Z]{3})\s*\Z", 0),
    (r"\b(?:de|du|d['’])\s*(?:la\s+|l')?$", 0),
    (r"(?:ab|c)+\Z|(?>x|xy)(?=\n)?$|(?i:Q)\d{1,2}\s*(?-i:r)\Z", 0),
    (r"(?:civil\s+war|rebels?)[,;]?\s*\Z", re.IGNORECASE),
]


@pytest.mark.parametrize(("body", "flags"), END_PATTERNS)
def test_end_guarded_patterns_search_the_same(body: str, flags: int) -> None:
    plain = re.compile(body, flags)
    guarded = end_guarded(plain)
    assert end_guard(body, flags)
    for text in [*_samples(), "in\n", "x\n", "ab", "USD 12 ", "de\n", "q12 r", "du l'"]:
        assert _spanned(guarded.search(text)) == _spanned(plain.search(text)), text
        for start, end in [(1, len(text)), (0, len(text) - 1), (2, 5), (5, 2), (9, 99), (-3, 4)]:
            assert _spanned(guarded.search(text, start, end)) == _spanned(plain.search(text, start, end)), text
    assert guarded.pattern == plain.pattern
    assert [m.span() for m in guarded.finditer("in in ")] == [m.span() for m in plain.finditer("in in ")]


def _spanned(match: re.Match[str] | None) -> tuple[tuple[int, int], tuple[str | None, ...]] | None:
    return (match.span(), match.groups()) if match else None


@pytest.mark.parametrize(
    ("body", "flags", "expected"),
    [
        (r"\b(?:in|at)\s+\Z", re.IGNORECASE, r"[\s]+(?:ni|ta)"),
        (r"(?:de|du)\s*$", 0, "[\\s]*(?:ed|ud)|\\\n(?:[\\s]*(?:ed|ud))"),  # or before a final line break
        # a match may end elsewhere than at the end, or with any character, or nothing: no guard
        (r"in\s+", 0, ""),
        (r"a\Z|b", 0, ""),
        (r"(?m)a$", 0, ""),
        (r"\w.\Z", 0, ""),
        (r"(?:x)?\Z", 0, ""),
    ],
)
def test_end_guard_is_a_trie_of_last_characters(body: str, flags: int, expected: str) -> None:
    assert end_guard(body, flags) == expected


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("a|b(?:c|d)|e", ["a", "b(?:c|d)", "e"]),
        (r"x\|y|[|a]|[]|]z|[^]|]w", [r"x\|y", "[|a]", "[]|]z", "[^]|]w"]),
        (r"(?<=a|b)c|d(?!e|f)", [r"(?<=a|b)c", "d(?!e|f)"]),
        ("single", ["single"]),
    ],
)
def test_alternatives_split_at_the_top_level_only(pattern: str, expected: list[str]) -> None:
    assert split_alternatives(pattern) == expected


SCANNER_GROUPS = [
    ("g0", r"(?:totally\s+)?destroy(?:ed|s)?|damaged"),
    ("g1", r"displaced|d[ée]plac\w+|(?<=ont\s)fui"),
    ("g2", r"\w+ed\s+away|fled"),
    ("g3", r"in\s+camps?|(?:new\s+)?arrivals|-led"),
    ("g4", r"destroyed\s+homes|ONE|é\w*"),
]
SCANNER_TEXTS = [
    "Floods destroyed homes; 300 displaced, others fled and were washed away. New arrivals in camps, ils ont fui.",
    "totally destroyed, destroyeds, damaged-ish, déplacées, Déplacés, UN-led, self-led, été, ONE one",
    "displaced displaced\ndisplaced",
    "",
]


@pytest.mark.parametrize("text", SCANNER_TEXTS)
@pytest.mark.parametrize("window", [(0, None), (5, 60), (1, 2)])
def test_group_scanner_finds_what_the_whole_pattern_finds(text: str, window: tuple[int, int | None]) -> None:
    scanner = GroupScanner(SCANNER_GROUPS, before=r"(?<![\w-])", after=r"(?!\w)")
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(f"(?P<{n}>{p})" for n, p in SCANNER_GROUPS) + r")(?!\w)")
    start, end = window
    stop = len(text) if end is None else min(end, len(text))
    expected = [(m.span(), m.group(), m.lastgroup) for m in plain.finditer(text, start, stop)]
    found = [(m.span(), m.group(), name) for m, name in scanner.finditer(text, start, end)]
    assert found == expected
    assert expected or not text.strip() or window == (1, 2)


BOUNDARY_TEXTS = [
    'It rose. Then it fell! Was it? Yes… "Quite." (Again.) Mr. Smith came at 5 p.m. Today.',
    "Heading:\nNext line; \n\n  New paragraph.\n• bullet\n1. numbered\n2) other\nend.\n\nlast",
    "a.\n.\n\n;;\n::\n!? \n\t\nZ",
    "No punctuation at all\nbut lines\n",
    "Pi is 3.14, e.g. www.x.com at 10:30; Next.\u201dQuote.\u2019 Then» (yes.) [no.]\u00a0Done.",
    "",
]


@pytest.mark.parametrize("text", BOUNDARY_TEXTS)
def test_sentence_boundaries_match_the_plain_scan(text: str) -> None:
    assert [m.span() for m in segments._boundaries(text)] == [m.span() for m in segments._BOUNDARY_RE.finditer(text)]


def test_capitalised_runs_match_the_plain_scan() -> None:
    from idmon.geo import gazetteer

    # a name starts at a capital not inside a word, or right after an elided article ("l'Ouest": at the O)
    first = r"(?:(?<![\w'’\ufffd])|(?<=[dl]['’\ufffd])(?<!\w[dl]['’\ufffd]))[A-ZÀ-ÖØ-Þ][\w'’.\ufffd-]*"
    plain = re.compile(rf"{first}(?:[ \t\u00a0]+(?:{gazetteer._CONNECTOR}[ \t\u00a0]+)?{gazetteer._CAPITALISED})*")
    text = (
        "Côte d'Ivoire and l'Ouest, xAbc O'Neil 'Quoted' ÉTAT de la Loire; McDonald’s Bay of Bengal.A "
        "Cote d\ufffdIvoire, Popay\ufffdn, al'Xyz"
    )
    for start in range(len(text)):
        assert [m.span() for m in gazetteer._NAME_RE.finditer(text, start)] == [
            m.span() for m in plain.finditer(text, start)
        ]


_FUNCTION_WORDS_RE = re.compile(  # the scan guess_language replaced by a word lookup
    r"\b(?:(?P<en>the|and|of|were|was|have|has|with|from|that|people|are|for|by|their|said|in|to|is|on|at)"
    r"|(?P<fr>les|des|une|est|sont|dans|pour|avec|ont|été|qui|aux|du|par|plus|leurs?|selon|personnes|au|sur|"
    r"cette|ces|et|le|à|d|l|qu)"
    r"|(?P<es>los|las|del|por|una|fueron|han|personas|familias|según|para|con|sus|como|pero|muy|el|esta|este|hay))"
    r"(?!\w)"
)


@pytest.mark.parametrize(
    "text",
    [
        "The theatre, the-the THE_the; l'été Été leurs leur leurre 3the the3 _the",
        "Les personnes déplacées sont dans des camps, selon l'ONU et les ONG.",
        "Las familias del norte, según la ONU, fueron desplazadas por la guerra.",
        "x" * 795 + " the and of the",
        "Quelque 40 000 réfugiés se trouvent au Niger; cette semaine, hay el este esta sur ces.",
    ],
)
def test_language_words_are_counted_as_the_scan_counted_them(text: str) -> None:
    if "Quelque" in text:
        assert segments.guess_language("Quelque 40 000 réfugiés maliens se trouvent au Niger.") == "fr"
    from collections import Counter

    expected = Counter(m.lastgroup for m in _FUNCTION_WORDS_RE.finditer(text[:800].lower()))
    words = segments._WORD_RE.findall(text[:800].lower())
    assert Counter(segments._FUNCTION_WORDS[w] for w in words if w in segments._FUNCTION_WORDS) == expected
