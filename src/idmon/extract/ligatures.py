"""Repair text whose ligatures were lost in a PDF's text layer: "forced to  ee" → "flee", "con ict" → "conflict".

The rule is general: where a ligature (ff, fi, fl, ffi, ffl, ft) may have dropped out and left a space, the two
fragments are joined with it when that makes a known word and the fragments are not both words themselves.
Words come from pyspellchecker's English and French frequency lists when it is installed, and from the document
itself otherwise (a word written intact elsewhere in the text repairs its damaged copies).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from importlib import resources

LIGATURES = ("ffi", "ffl", "ff", "fi", "fl", "ft")
_PRESENTATION_FORMS = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "ft"}
_PAIR_RE = re.compile(r"(?<![\w'’-])([^\W\d_]*)( {1,2})(?=([^\W\d_]+)(?![\w'’]))")
_WORD_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4)
def packaged_words(language: str) -> Mapping[str, int]:
    """Word frequencies of ``language`` ("en", "fr") from pyspellchecker's lists; empty when not installed."""
    try:
        data = resources.files("spellchecker").joinpath("resources", f"{language}.json.gz").read_bytes()
    except (ModuleNotFoundError, FileNotFoundError):
        return {}
    counts: dict[str, int] = json.loads(gzip.decompress(data))
    return counts


@lru_cache(maxsize=4)
def _suspects(language: str) -> frozenset[str]:
    """Fragments a lost ligature leaves behind ("ict" of "conflict", "ce" of "office"): a text without any of
    them needs no repair, which keeps the common case to one scan."""
    words = packaged_words(language)
    others = [packaged_words(other) for other in ("en", "fr", "es") if other != language]
    found: set[str] = set()
    for word, count in words.items():
        for ligature in LIGATURES:
            index = word.find(ligature)
            if index == -1:
                continue
            left, right = word[:index], word[index + len(ligature) :]
            for fragment in (left, right):
                # Rare fragments only: damage in a PDF is systematic, so one rare fragment opens the full pass.
                rare = len(fragment) > 2 and words.get(fragment, 0) < min(count, _RARE)
                if rare and all(other.get(fragment, 0) < _RARE for other in others):
                    found.add(fragment)
    return frozenset(found)


_GATE_RE = re.compile(r"[a-zà-ÿœæ]+")
_LEADING = ("", "(", '"', "“", "«", "'", "‘", "[")
_TRAILING = ("", ",", ".", ";", ":", ")", "!", "?", '"', "”", "»", "'", "’", "]", ".)", ',"', '."', ".”", ",”")
_STUCK = "".join(sorted(set("".join(_LEADING + _TRAILING))))


@lru_cache(maxsize=4)
def _suspect_tokens(language: str) -> frozenset[str]:
    """The suspect fragments as white-space tokens of a text: alone, or with a bracket, quote or punctuation
    stuck to one side (or in brackets)."""
    tokens: set[str] = set()
    for fragment in _suspects(language):
        tokens.update(lead + fragment for lead in _LEADING)
        tokens.update(fragment + trail for trail in _TRAILING)
        tokens.add(f"({fragment})")
    return frozenset(tokens)


_DOUBLE_SPACE_RE = re.compile(r"  ([a-zà-ÿ]{2,})")
_RARE = 1000
_SYSTEMATIC = 2
_TOKEN_RE = re.compile(r"(?<![\d\w])[^\W\d_]+(?:['’][^\W\d_]+)*")


def _joined(left: str, spaces: str, right: str, words: Mapping[str, int]) -> str | None:
    """The repaired form of "left<spaces>right", or None. A repair must make a word more frequent than the
    rarer of its fragments, so real phrases ("a re", "of ten") stay as they are."""
    lower_left, lower_right = left.lower(), right.lower()
    right_count = words.get(lower_right, 0)
    if len(spaces) == 2 and right[:1].islower() and len(right) > 1:
        for ligature in LIGATURES:
            if words.get(ligature + lower_right, 0) > right_count:
                return f"{left} {ligature}{right}" if left else f" {ligature}{right}"
    if not left:
        return None
    rarer = min(words.get(lower_left, 0), right_count)
    if rarer >= _RARE:
        return None  # two ordinary words side by side
    for ligature in LIGATURES:
        if words.get(lower_left + ligature + lower_right, 0) > rarer:
            return left + ligature + right
    return None


def repair_ligatures(
    text: str, words: Mapping[str, int] | None = None, language: str = "en", lowered: str | None = None
) -> str:
    """``text`` with lost ligatures restored (the same object when nothing changed); ``words`` (word →
    frequency) overrides the word list; ``lowered`` is ``text`` in lower case, if at hand."""
    for form, letters in _PRESENTATION_FORMS.items():
        if form in text:
            text = text.replace(form, letters)
    hits: frozenset[str] | None = None
    doubles: list[int] = []
    if words is None:
        words = packaged_words(language)
        if words:
            # White-space tokens, looked up with the punctuation that may stick to a fragment ("ict,", "(con").
            found = _suspect_tokens(language).intersection((lowered or text.lower()).split())
            hits = frozenset(token.strip(_STUCK) for token in found)
            # "forced to  ee": a ligature lost at a word's start leaves two spaces before a fragment.
            doubles = _suspect_doubles(text, words) if "  " in text else []
            if not hits and not doubles:
                return text
            if len(hits) >= _SYSTEMATIC:
                hits = None  # damage is systematic in a broken text layer: check every pair
        else:
            words = Counter(w.lower() for w in _WORD_RE.findall(text))
    pieces: list[str] = []
    position = 0
    for match in _pairs(text, hits, doubles if hits is not None else []):
        left, spaces, right = match.group(1), match.group(2), match.group(3)
        if match.start() < position:
            continue
        repaired = _joined(left, spaces, right, words)
        if repaired is None:
            continue
        pieces.append(text[position : match.start()])
        pieces.append(repaired)
        position = match.end() + len(right)
    if not pieces:
        return text
    pieces.append(text[position:])
    return "".join(pieces)


def _suspect_doubles(text: str, words: Mapping[str, int]) -> list[int]:
    """Positions of double spaces followed by a rare lower-case fragment ("to  ee"), not by an ordinary word."""
    return [
        match.start()
        for match in _DOUBLE_SPACE_RE.finditer(text)
        if match.start() > 0 and text[match.start() - 1].isalpha() and words.get(match.group(1), 0) < _RARE
    ]


def _pairs(text: str, hits: frozenset[str] | None, doubles: list[int]) -> list[re.Match[str]]:
    """Word pairs to check: all of them (``hits`` None), or only those next to a suspect fragment or to
    a double space (positions in ``doubles``); ``_joined`` decides on whole words, so a fragment found
    inside a longer word only costs a look."""
    if hits is None:
        return list(_PAIR_RE.finditer(text))
    positions = list(doubles)
    lowered = text.lower()
    for hit in hits:
        index = lowered.find(hit)
        while index != -1:
            positions.append(index)
            index = lowered.find(hit, index + len(hit))
    found: dict[int, re.Match[str]] = {}
    for position in positions:
        for match in _PAIR_RE.finditer(text, max(0, position - 40), min(len(text), position + 40)):
            if match.start() <= position <= match.end() + len(match.group(3)):
                found.setdefault(match.start(), match)
    return [found[start] for start in sorted(found)]


#: U+FFFD stands where a decoder met bytes it could not read: in practice an accented letter ("da\ufffdos").
LOST = "\ufffd"
_LOST_WORD_RE = re.compile(r"[^\W\d_]*\ufffd[^\W\d_\ufffd]*")
#: The letters a lost character most often was (a plain ASCII letter is never lost in decoding).
_ACCENTED = "áéíóúàèìòùâêîôûäëïöüçñãõœ"


#: A character lost on its own between spaces: in French most often "à", elsewhere a dash ("120,000 \ufffd The").
_LOST_ALONE_RE = re.compile(r"(?<= )\ufffd(?= )")


def repair_lost_letters(text: str, language: str | None = None) -> str:
    """``text`` with each word that lost one letter in decoding ("da\ufffdos", "destruy\ufffd", "d\ufffdtruites")
    spelled with the accented letter that makes the most frequent word of the document's ``language`` list (the
    English, French and Spanish lists when it is not known); a plural is looked up by its singular ("da\ufffdos"
    by "daño"). Words that no letter makes known stay as they are (names are left to the gazetteer). A character
    lost on its own between spaces becomes "à" in French and a dash elsewhere. One character replaces one, so
    positions in the text do not move. The same object when nothing changed."""
    if LOST not in text:
        return text
    languages = (language,) if language in ("en", "fr", "es") else ("en", "fr", "es")
    lists = [words for words in (packaged_words(name) for name in languages) if words]
    if not lists:
        return text

    def count(word: str) -> int:
        found = max(words.get(word, 0) for words in lists)
        if not found and word.endswith("s") and len(word) > 4:
            found = max(words.get(word[:-1], 0) for words in lists)
        return found

    def spelled(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if len(word) < 3:
            return word
        best, best_count = "", 0
        for letter in _ACCENTED:
            candidate_count = count(lower.replace(LOST, letter))
            if candidate_count > best_count:
                best, best_count = letter, candidate_count
        if not best:
            return word
        shown = best.upper() if word.replace(LOST, "").isupper() and len(word) > 1 else best
        return word.replace(LOST, shown)

    repaired = _LOST_WORD_RE.sub(spelled, text)
    if language is not None and LOST in repaired:
        repaired = _LOST_ALONE_RE.sub("à" if language == "fr" else "–", repaired)
    return text if repaired == text else repaired


#: "dis-\nplaced": a word cut at a line's end by a hyphen, as PDF text layers keep it.
_LINE_END_HYPHEN_RE = re.compile(r"-[ \t]*\n")
_HYPHENATED_RE = re.compile(r"([^\W\d_]+)-[ \t]*\n[ \t]*([^\W\d_]+)")


def repair_hyphenation(text: str, language: str | None = None) -> str:
    """``text`` with words cut by a hyphen at the end of a line joined again ("dis-\nplaced" → "displaced") when
    the joined word is in the word list of ``language`` (English, French and Spanish when not known) and is more
    frequent than the hyphenated compound would be ("well-\nknown" stays). Positions after a join move back by
    the hyphen and line break removed. The same object when nothing changed."""
    if _LINE_END_HYPHEN_RE.search(text) is None:
        return text
    languages = (language,) if language in ("en", "fr", "es") else ("en", "fr", "es")
    lists = [words for words in (packaged_words(name) for name in languages) if words]
    if not lists:
        return text

    def joined(match: re.Match[str]) -> str:
        left, right = match.group(1), match.group(2)
        word = (left + right).lower()
        count = max(words.get(word, 0) for words in lists)
        # both halves ordinary words on their own ("well-known", "long-term"): the hyphen is the compound's
        halves = 0
        if len(left) >= 3 and len(right) >= 3:
            halves = min(max(words.get(part.lower(), 0) for words in lists) for part in (left, right))
        if count > 0 and count >= halves:
            return left + right
        return match.group(0)

    repaired = _HYPHENATED_RE.sub(joined, text)
    return text if repaired == text else repaired
