"""Sentences and language: cheap text segmentation used to scope each figure's wording."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

_NEXT_ROW = (
    r"[ \t]*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Janv|Févr|Mars|Avr|Mai|Juin|Juil|Ao[uû]|Sept|Déc)"
    r"[a-zé]*\b)[A-ZÀ-Þ][a-zà-ÿ]"
)
_ROW_END_RE = re.compile(r"[ \t]?\n" + _NEXT_ROW)
_BOUNDARY_RE = re.compile(
    # sentence punctuation, then a capital or digit (perhaps after an opening quote: "« Nous avons")
    r"(?<=[.!?…])[\"'”’»)\]]*\s+(?=(?:[\"“(]|«[\s\u00a0\u202f]?)?[A-Z0-9À-Þ])"
    r"|\n[ \t]*\n\s*"  # a blank line
    r"|(?<=[.:;!?])[ \t]*\n\s*"  # a line ending with punctuation
    r"|\n(?=\s*(?:[•▪◦*·-]|\d+[.)]\s))"  # a bullet or numbered item
    # a box's line that starts with its figure and a dash ("67,321 — people newly displaced since 8 February")
    r"|(?P<box>\n(?=[ \t]*\d[\d,.\u00a0\u202f ]*[ \t]+[—–|][ \t]))"
    # a line that ends with a number, then a capitalised word that is not a month: a table's rows
    # ("Houses destroyed 1,240\nDamaged houses 3,518"), not a date cut by a line break ("14\nJanuary")
    r"|(?P<row>(?:(?<=\d)|(?<=\d[ \t]))\n(?=" + _NEXT_ROW + "))"
)
#: Where a boundary can begin: right after sentence punctuation followed by a closing quote, a bracket or
#: white space (the first character each punctuation branch consumes), or at a line break. One class comes
#: first (not two alternatives), so that the engine skips to its characters at C speed.
_MARK_RE = re.compile(r"[.!?…:;\n](?:(?<=\n)|(?=[\"'”’»)\]\s]))")
_ABBREVIATION_RE = re.compile(r"(?<![\w-])([\w.]+)\.$")  # (not "sud-est.": a point of the compass)
#: Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    {
        "approx",
        "est",
        "no",
        "nos",
        "ca",
        "st",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "col",
        "lt",
        "capt",
        "gov",
        "sen",
        "rep",
        "prof",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "u.s",
        "u.n",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "fig",
        "p",
        "pp",
        "art",
        "mt",
        "ft",
        "inc",
        "ltd",
        "co",
        "corp",
        "jr",
        "sr",
        "m",
        "mme",
        "mgr",
        "env",
        "cf",
    }
)


@dataclass
class Sentences:
    """Sentence boundaries of one text, computed once, looked up by character position."""

    text: str
    starts: list[int] = field(default_factory=list)
    #: The bounds already looked up, by position: the same figures' and cues' sentences are asked for many times.
    _known: dict[int, tuple[int, int]] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = [0]
        for match in _boundaries(self.text):
            if match.group("row") is not None and not _labelled(self.text, match.start()):
                continue  # "321\nHouses\ndestroyed": a figure alone on its line is labelled by the next ones
            if match.group("box") is not None and not _box_item_before(self.text, match.start()):
                continue  # "displaced an estimated\n45,000 – most of them …": a line cut inside a sentence
            before = self.text[max(0, match.start() - 8) : match.start()].rstrip("\"'”’»)]")
            word = _ABBREVIATION_RE.search(before) if before.endswith((".", ".\n")) else None  # what "$" allows
            if word and word.group(1).lower() in _ABBREVIATIONS:
                continue
            starts.append(match.end())
        if len(self.text) > LONG_SENTENCE:
            starts = _lines_of_long_sentences(self.text, starts)
        self.starts = starts

    def around(self, position: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding ``position``."""
        known = self._known.get(position)
        if known is not None:
            return known
        index = bisect.bisect_right(self.starts, position) - 1
        start = self.starts[index]
        end = self.starts[index + 1] if index + 1 < len(self.starts) else len(self.text)
        self._known[position] = (start, end)
        return start, end


#: How long a sentence may run over several lines before each of its lines counts as a sentence of its own.
LONG_SENTENCE = 2_000
#: A line that ends with its figure: a number, then at most two words and a closing mark ("… : 12,345 people",
#: "Sikasso 4 020", "… since January 2,130 (12%)"), with a letter somewhere before the number (not a figure alone on
#: its line, which the next line labels).
_ITEM_LINE_END_RE = re.compile(
    r"\d(?:[\d,.\u00a0\u202f ]*\d)?(?:[ \t]+[^\W\d_][\w'’-]*){0,2}[ \t]*(?:\([^()\n]{0,20}\))?[ \t]*[;,.]?[ \t]*"
    r"\Z"
)
#: How far back from a line's end its figure and the words after it are looked for (the search stays linear in the
#: line's length).
_ITEM_TAIL = 200


def _lines_of_long_sentences(text: str, starts: list[int]) -> list[int]:
    """``starts`` with a sentence start after each line break inside a "sentence" longer than ``LONG_SENTENCE``
    characters where the line before ends with its figure (``_ITEM_LINE_END_RE``): a box or a list of hundreds of
    such lines with no full stop is lines, not one sentence (each figure's words would otherwise be looked for across
    the whole box, in time that grows with the square of its length). A line cut inside a clause ("… forced\n1000
    people from their homes and\n…"), a figure alone on its line above its label, and a name cut by a line break
    ("North\nDarfur") are left joined."""
    out: list[int] = []
    for index, start in enumerate(starts):
        out.append(start)
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        if end - start <= LONG_SENTENCE:
            continue
        line_start = start
        while (newline := text.find("\n", line_start, end)) != -1:
            if (
                newline + 1 < end
                and (tail := _ITEM_LINE_END_RE.search(text, max(line_start, newline - _ITEM_TAIL), newline)) is not None
                and _LETTER_RE.search(text, line_start, tail.start()) is not None
            ):
                out.append(newline + 1)
            line_start = newline + 1
    return out


#: A box's item line: its figure, then a dash or a bar ("67,321 — people newly displaced").
_BOX_ITEM_RE = re.compile(r"[ \t]*\d[\d,.\u00a0\u202f ]*[ \t]+[—–|][ \t]")
#: A box's heading: a title in capitals or one ending with a colon or a bracket ("KEY FIGURES", "(as of 26 February)").
_BOX_HEADING_RE = re.compile(r"[^\n]*(?:\b[A-ZÀ-Þ]{3,}(?:\s+[A-ZÀ-Þ]{3,})+\b[^\n]*|[:)])[ \t]*\Z")


def _box_item_before(text: str, newline: int) -> bool:
    """True when the line before ``newline`` is a box's item or heading, so the figure line after is an item too."""
    start = text.rfind("\n", 0, newline) + 1
    return _BOX_ITEM_RE.match(text, start) is not None or _BOX_HEADING_RE.fullmatch(text, start, newline) is not None


def _boundaries(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_BOUNDARY_RE.finditer(text)``, found faster: the pattern is tried only where a match can
    begin (after the punctuation its look-behinds require, or at the line break it starts with)."""
    end = tried = -1
    for mark in _MARK_RE.finditer(text):
        position = mark.start() if mark.group() == "\n" else mark.end()
        if position < end or position == tried:
            continue
        tried = position
        match = _BOUNDARY_RE.match(text, position)
        if match is not None:
            end = match.end()
            yield match


def ends_row(text: str, position: int) -> bool:
    """True when the number ending at ``position`` ends a labelled line and a table's next row follows (see the
    sentence boundaries): the words of the next row are not its noun."""
    if text[position : position + 1] not in ("\n", " ", "\t") or _ROW_END_RE.match(text, position) is None:
        return False
    return _labelled(text, position)


_LETTER_RE = re.compile(r"[^\W\d_]")


def _labelled(text: str, position: int) -> bool:
    """True when the line that ends at ``position`` is a table's row: short, with words before its last number
    ("Houses destroyed 45"), and the next line is another such row."""
    line_start = text.rfind("\n", 0, position) + 1
    if position - line_start > _ROW_MAX or _LETTER_RE.search(text, line_start, position) is None:
        return False
    following = text.find("\n", position + 1)
    next_line = text[position + 1 : len(text) if following == -1 else following].rstrip()
    # the next row ends with its number too ("Damaged houses 3,518"), or is another label and its number
    # ("Déplacés : 61 489 (dans 110 sites)"); a sentence cut by a line break is neither
    if _LABEL_LINE_RE.match(next_line):
        return True
    return len(next_line) <= _ROW_MAX and next_line[-1:].isdigit()


#: "Déplacés : 61 489 …", "• Houses destroyed: 1,200": a line that starts with a label, a colon and a number.
_LABEL_LINE_RE = re.compile(r"\s*(?:[•*·-]\s*)?[^\W\d_][^:\n\d]{0,40}:\s*\d")


_ROW_MAX = 60


def lower_text(text: str) -> str:
    """``text`` in lower case with every offset kept (the fast scans run case-sensitive on this)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


#: Common function words of each language, looked up word by word.
_FUNCTION_WORDS: dict[str, str] = {
    word: language
    for language, words in [
        ("en", "the and of were was have has with from that people are for by their said in to is on at"),
        (
            "fr",
            "les des une est sont dans pour avec ont été qui aux du par plus leur leurs selon personnes au sur "
            "cette ces et le à d l qu",
        ),
        ("es", "los las del por una fueron han personas familias según para con sus como pero muy el esta este hay"),
    ]
    for word in words.split()
}
_WORD_RE = re.compile(r"\w+")


def guess_language(text: str) -> str:
    """ "en", "fr" or "es" from the frequency of common function words in the first 800 characters
    (case-insensitive)."""
    found = Counter(map(_FUNCTION_WORDS.get, _WORD_RE.findall(text[:800].lower())))
    counts = {language: found[language] for language in ("en", "fr", "es")}
    return max(counts, key=lambda language: (counts[language], language == "en"))
