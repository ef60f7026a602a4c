"""Lookahead guards: let a large alternation regex give up in one step where it cannot match.

Python's regex engine tries a pattern at every position of the text, and a pattern made of hundreds of
alternatives ("displaced|fled|evacuat\\w*|...") tries each of them at every word. :func:`guard` reads the
pattern's own parse tree and lists the first few characters any match can begin with, as a small trie in a
lookahead: ``(?=d(?:is|és)|fl(?:e|i)|...)``. The lookahead is a necessary condition of a match, so the guarded
pattern finds exactly the same matches (same spans, same groups), only sooner. Anything the derivation does not
understand widens the guard; a pattern whose matches can start with anything gets no guard at all.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from itertools import chain
from typing import Any, cast

try:  # re's own parser: private, but the public alias (sre_parse) is deprecated since Python 3.11
    _parser: Any = importlib.import_module("re._parser")
    _codes: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another Python: patterns then run without a guard
    _parser = _codes = None

#: The first characters of a match, as regex atoms of one character each (a literal or a character class).
Atoms = tuple[str, ...]
#: Possible beginnings of a match: (atoms, complete), where complete means the match may end right there.
Heads = set[tuple[Atoms, bool]]

_ANYTHING: Heads = {((), False)}
_EMPTY: Heads = {((), True)}
_LIMIT = 5_000  # beginnings to track at most; beyond that the guard would cost more than it saves
_SMALL_CLASS = 8  # a class of at most this many characters is listed character by character ("[ée]" → é, e)


def guard(pattern: str, flags: int = 0, depth: int = 5) -> str:
    """A lookahead that holds wherever ``pattern`` (compiled with ``flags``) can match: its first ``depth``
    characters as a trie, or "" when matches may begin with anything."""
    if _parser is None:
        return ""
    try:
        tree = _parser.parse(pattern, flags)
        heads = _Derivation(depth, bool(tree.state.flags & re.IGNORECASE)).sequence(tree.data, depth)
    except (AttributeError, TypeError, ValueError, re.error):  # pragma: no cover - an unknown parse tree
        return ""
    starts = {atoms for atoms, _ in heads}
    if () in starts:
        return ""
    # A lookahead needs only the shortest of nested beginnings ("ab" covers "abc").
    starts = {atoms for atoms in starts if not any(atoms[:size] in starts for size in range(1, len(atoms)))}
    firsts = sorted({atoms[0] for atoms in starts})
    if tree.state.flags & re.IGNORECASE and all(_is_literal(atom) for atom in firsts):
        # Ignoring case, the engine tries alternatives one by one: one class of first letters fails faster.
        return f"(?=[{''.join(firsts)}])(?={_trie(starts)})"
    return f"(?={_trie(starts)})"


def compile_guarded(body: str, flags: int = 0, *, before: str = "", depth: int = 5) -> re.Pattern[str]:
    """``re.compile(before + "(?:" + body + ")", flags)``, with a :func:`guard` of ``body`` between the two:
    ``before`` is where the zero-width checks that fail fastest go (e.g. a word-start look-behind). ``body`` is
    grouped, so that the guard (and ``before``) hold for every one of its alternatives."""
    return re.compile(f"{before}{guard(body, flags, depth)}(?:{body})", flags)


class EndGuarded:
    """A pattern whose every match ends where the searched span ends ("…\\s+\\Z": the words before a number),
    with the same ``search``, faster where it finds nothing.

    Such a search tries the pattern at every position of the span, and mostly fails. The characters a match
    can end with are listed like a guard's first characters, from the pattern read backwards (white space, then
    "ni", for "in\\s+\\Z"): matched once at the start of the span reversed, they rule most spans out. Where they
    cannot (no list, a negative position), the pattern searches as usual."""

    __slots__ = ("_ending", "_pattern")

    def __init__(self, pattern: re.Pattern[str], depth: int = 5) -> None:
        self._pattern = pattern
        ending = end_guard(pattern.pattern, pattern.flags, depth)
        self._ending = re.compile(ending, pattern.flags & re.IGNORECASE) if ending else None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)  # every other method and attribute: the pattern's own

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        """``re.Pattern.search``."""
        if self._ending is not None and 0 <= pos <= endpos:
            # the span reversed in one slice, its last character first (a span at the text's start: in two)
            reversed_span = string[endpos - 1 : pos - 1 : -1] if pos else string[:endpos][::-1]
            if self._ending.match(reversed_span) is None:
                return None
        return self._pattern.search(string, pos, endpos)


def end_guarded(pattern: re.Pattern[str], depth: int = 5) -> re.Pattern[str]:
    """``pattern`` with a faster ``search`` where its matches end where the span searched ends (see
    :class:`EndGuarded`); its other methods are the pattern's own."""
    return cast("re.Pattern[str]", EndGuarded(pattern, depth))


def end_guard(pattern: str, flags: int = 0, depth: int = 5) -> str:
    """A pattern that matches the reversed text of any match of ``pattern`` at its start (its last ``depth``
    characters as a trie, read backwards), or "" when ``pattern`` may match anywhere but at the end of the
    string (without \\Z or $ last), or may end with anything."""
    if _parser is None:
        return ""
    try:
        tree = _parser.parse(pattern, flags)
        if tree.state.flags & re.MULTILINE or not _ends_at_end(tree.data):
            return ""
        heads = _Derivation(depth, bool(tree.state.flags & re.IGNORECASE)).sequence(_reversed(tree.data), depth)
    except (AttributeError, TypeError, ValueError, re.error):  # pragma: no cover - an unknown parse tree
        return ""
    starts = {atoms for atoms, _ in heads}
    if () in starts:
        return ""
    return _trie({atoms for atoms in starts if not any(atoms[:size] in starts for size in range(1, len(atoms)))})


class _Items:
    """A sequence of parse-tree items, where the derivation expects a sub-pattern."""

    def __init__(self, data: list[tuple[Any, Any]]) -> None:
        self.data = data


def _reversed(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """A parse tree's items in reverse order, all the way down: what its beginnings are to the derivation, its
    endings are to this tree. "$" matches before a final line break too: the match may end one character
    early, as if an optional line break came after it."""
    reversed_items: list[tuple[Any, Any]] = []
    for op, av in reversed(items):
        if op is _codes.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            reversed_items.append((op, (group, add_flags, del_flags, _Items(_reversed(sub.data)))))
        elif op is _codes.ATOMIC_GROUP:
            reversed_items.append((op, _Items(_reversed(av.data))))
        elif op is _codes.BRANCH:
            reversed_items.append((op, (av[0], [_Items(_reversed(sub.data)) for sub in av[1]])))
        elif op in (_codes.MAX_REPEAT, _codes.MIN_REPEAT, _codes.POSSESSIVE_REPEAT):
            low, high, sub = av
            reversed_items.append((op, (low, high, _Items(_reversed(sub.data)))))
        elif op is _codes.AT and av is _codes.AT_END:
            reversed_items.append((_codes.MAX_REPEAT, (0, 1, _Items([(_codes.LITERAL, ord("\n"))]))))
        else:
            reversed_items.append((op, av))
    return reversed_items


def _ends_at_end(items: list[tuple[Any, Any]]) -> bool:
    """True when every match of ``items`` ends at the end of the string: \\Z, or $ (perhaps before a line break),
    comes last, perhaps followed by look-arounds."""
    items = list(items)
    while items and items[-1][0] in (_codes.ASSERT, _codes.ASSERT_NOT):
        items.pop()
    if not items:
        return False
    op, av = items[-1]
    if op is _codes.AT:
        return av in (_codes.AT_END, _codes.AT_END_STRING)
    if op is _codes.SUBPATTERN:
        return _ends_at_end(av[3].data)
    if op is _codes.ATOMIC_GROUP:
        return _ends_at_end(av.data)
    if op is _codes.BRANCH:
        return all(_ends_at_end(sub.data) for sub in av[1])
    return False


class _Derivation:
    """Walks a parse tree and lists the beginnings of its matches, ``depth`` atoms long at most."""

    def __init__(self, depth: int, ignorecase: bool) -> None:
        self.depth = depth
        self.ignorecase = ignorecase

    def sequence(self, items: list[tuple[Any, Any]], budget: int, ignorecase: bool | None = None) -> Heads:
        """Beginnings of a sequence of items, ``budget`` atoms at most."""
        case = self.ignorecase if ignorecase is None else ignorecase
        done: Heads = set()
        growing: set[Atoms] = {()}
        for op, av in items:
            following: set[Atoms] = set()
            for atoms in growing:
                for more, complete in self.item(op, av, budget - len(atoms), case):
                    joined = atoms + more
                    if complete and len(joined) < budget:
                        following.add(joined)
                    else:
                        done.add((joined[:budget], False))
            if len(following) + len(done) > _LIMIT:
                return _ANYTHING
            growing = following
            if not growing:
                break
        return done | {(atoms, True) for atoms in growing}

    def item(self, op: Any, av: Any, budget: int, ignorecase: bool) -> Heads:
        """Beginnings of one item of a parse tree."""
        if op is _codes.LITERAL:
            return {((self._atom(re.escape(chr(av)), ignorecase),), True)}
        if op is _codes.IN:
            return self._class(av, ignorecase)
        if op in (_codes.AT, _codes.ASSERT, _codes.ASSERT_NOT):
            return _EMPTY  # zero width: what follows decides
        if op is _codes.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & ~re.IGNORECASE:
                return _ANYTHING
            case = bool(add_flags & re.IGNORECASE) or (ignorecase and not del_flags & re.IGNORECASE)
            return self.sequence(sub.data, budget, case)
        if op is _codes.ATOMIC_GROUP:
            return self.sequence(av.data, budget, ignorecase)
        if op is _codes.BRANCH:
            found: Heads = set()
            for sub in av[1]:
                found |= self.sequence(sub.data, budget, ignorecase)
            return found
        if op in (_codes.MAX_REPEAT, _codes.MIN_REPEAT, _codes.POSSESSIVE_REPEAT):
            low, high, sub = av
            if high == 0:
                return _EMPTY
            once = self.sequence(sub.data, budget, ignorecase)
            if (
                high != 1
                and budget > 1
                and once
                and all(len(atoms) == 1 and done and _is_narrow(atoms[0]) for atoms, done in once)
            ):
                # Repeated white space or letters ("\s+", "[ée]*") are one atom that repeats too: the beginning
                # goes on after them ("in\s+camps" → "in[\s]+ca"), so that a common word before a cue ("in",
                # "to") fails at once. (Not a wide class: "[\w]+e" would run over each word at every letter.)
                firsts = sorted(atoms[0] for atoms, _ in once)
                repeated = firsts[0] if len(firsts) == 1 else f"(?:{'|'.join(firsts)})"
                return {((repeated + ("*" if low == 0 else "+"),), True)}
            if high != 1:  # more repetitions may follow the first
                once = {(atoms, False) for atoms, _ in once}
            return (once | _EMPTY) if low == 0 else once
        return _ANYTHING  # any character, back-references, conditionals...

    def _class(self, items: list[tuple[Any, Any]], ignorecase: bool) -> Heads:
        chars: list[str] = []
        parts: list[str] = []
        listable = True
        for op, av in items:
            if op is _codes.NEGATE:
                listable = False
                parts.insert(0, "^")
            elif op is _codes.LITERAL:
                chars.append(chr(av))
                parts.append(re.escape(chr(av)))
            elif op is _codes.RANGE:
                low, high = av
                if high - low < _SMALL_CLASS:
                    chars.extend(chr(code) for code in range(low, high + 1))
                else:
                    listable = False
                parts.append(f"{re.escape(chr(low))}-{re.escape(chr(high))}")
            elif op is _codes.CATEGORY and av in _CATEGORIES:
                listable = False
                parts.append(_CATEGORIES[av])
            else:
                return _ANYTHING
        if listable and len(chars) <= _SMALL_CLASS:
            return {((self._atom(re.escape(char), ignorecase),), True) for char in chars}
        return {((self._atom(f"[{''.join(parts)}]", ignorecase),), True)}

    def _atom(self, atom: str, ignorecase: bool) -> str:
        """``atom`` as it matches where it stands, even inside a guard with the pattern's global flags."""
        if ignorecase == self.ignorecase:
            return atom
        return f"(?i:{atom})" if ignorecase else f"(?-i:{atom})"


_CATEGORIES: dict[Any, str] = (
    {
        _codes.CATEGORY_DIGIT: r"\d",
        _codes.CATEGORY_NOT_DIGIT: r"\D",
        _codes.CATEGORY_SPACE: r"\s",
        _codes.CATEGORY_NOT_SPACE: r"\S",
        _codes.CATEGORY_WORD: r"\w",
        _codes.CATEGORY_NOT_WORD: r"\W",
    }
    if _codes is not None
    else {}
)


def _is_narrow(atom: str) -> bool:
    """True for an atom that one repeated run of stops at once: a literal character, or white space."""
    return _is_literal(atom) or atom in ("[\\s]", "(?i:[\\s])", "(?-i:[\\s])")


def _is_literal(atom: str) -> bool:
    """True for an atom that is one character, escaped or not (not a class, not a flagged group)."""
    return len(atom) == 1 or (len(atom) == 2 and atom[0] == "\\")


def _trie(starts: set[Atoms]) -> str:
    """Alternatives sharing their first atoms written once: "d(?:is|és)|fl(?:e|i)"."""
    by_first: dict[str, set[Atoms]] = {}
    for atoms in starts:
        by_first.setdefault(atoms[0], set()).add(atoms[1:])
    branches: list[str] = []
    for first in sorted(by_first):
        rest = by_first[first] - {()}
        if not rest:
            branches.append(first)
        elif len(rest) == 1:
            branches.append(first + "".join(next(iter(rest))))
        else:
            branches.append(f"{first}(?:{_trie(rest)})")
    return "|".join(branches)


def split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` ("a|b(?:c|d)" → ["a", "b(?:c|d)"]), as written; the whole
    pattern as its only alternative when it cannot be split safely."""
    parts: list[str] = []
    current: list[str] = []
    depth, in_class, escaped = 0, False, False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            for literal in ("^]", "]"):  # "[]…]", "[^]…]": a bracket right after the opening one is literal
                if pattern.startswith(literal, index + 1):
                    current.append(char + literal)
                    index += 1 + len(literal)
                    break
            else:
                current.append(char)
                index += 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            index += 1
            continue
        current.append(char)
        index += 1
    parts.append("".join(current))
    try:
        for part in parts:
            re.compile(part)
    except re.error:  # pragma: no cover - a pattern this splitter misreads: keep it whole
        return [pattern]
    return parts if "|".join(parts) == pattern else [pattern]


class GroupScanner:
    """``re.compile(before + "(?:(?P<name>pattern)|…)" + after).finditer``, with the same matches and the same
    ``lastgroup``, several times faster on a long list of groups.

    Python's engine tries every alternative at every position where the guard lets it in, and entering a group
    costs far more than skipping an alternative that starts with the wrong letter. Here the guarded scan only
    finds where a match may start; the alternatives that can begin with the character found there (in their
    order, so the first that matches still wins) are then tried in one compiled pattern per first character. An
    empty group after each alternative says which group it belongs to."""

    def __init__(
        self, groups: list[tuple[str, str]], *, before: str = "", after: str = "", flags: int = 0, depth: int = 6
    ) -> None:
        body = "(?:" + "|".join(f"(?P<{name}>{pattern})" for name, pattern in groups) + ")" + after
        head = guard(body, flags, depth)
        self.pattern = re.compile(before + head + body, flags)
        self._starts = re.compile(before + (head or "(?=[\\s\\S])"), flags)
        # A start after a character outside a look-behind's class ("(?<![\w-])"): the scan looks for that
        # character, which the engine skips to at C speed instead of trying the look-behind at every position.
        boundary = _LOOKBEHIND_RE.fullmatch(before)
        outside = f"[^{boundary.group(1).removeprefix('[').removesuffix(']')}]" if boundary else ""
        self._after = re.compile(outside + head, flags) if outside and head else None
        self._names: dict[str, str] = {}
        alternatives: list[tuple[str, str, set[str] | None]] = []
        for name, pattern in groups:
            for index, part in enumerate(split_alternatives(pattern)):
                marker = f"{name}__{index}"
                self._names[marker] = name
                alternatives.append((marker, part, _first_characters(part, flags)))
        known = set().union(*(chars for _, _, chars in alternatives if chars is not None))
        self._by_first: dict[str, re.Pattern[str]] = {}
        for char in known:
            chosen = [(m, p) for m, p, chars in alternatives if chars is None or char in chars]
            self._by_first[char] = self._compile(chosen, after, flags)
        fallback = [(m, p) for m, p, chars in alternatives if chars is None]
        self._other = (
            re.compile("(?:" + "|".join(f"{p}(?P<{m}>)" for m, p in fallback) + ")" + after, flags)
            if fallback
            else None
        )

    @staticmethod
    def _compile(alternatives: list[tuple[str, str]], after: str, flags: int) -> re.Pattern[str]:
        return re.compile(
            "(?:" + "|".join(f"{part}(?P<{marker}>)" for marker, part in alternatives) + ")" + after, flags
        )

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[re.Match[str], str]]:
        """Each match in ``text[start:end]`` (lookbehinds see the text before ``start``) with its group's name."""
        stop = len(text) if end is None else end
        last = start
        by_first, other = self._by_first, self._other
        for position in self._candidates(text, start, stop):
            if position < last:
                continue  # inside the previous match: matches do not overlap
            pattern = by_first.get(text[position], other)
            if pattern is None:
                continue
            match = pattern.match(text, position, stop)
            if match is not None:
                last = match.end()
                yield match, self._names[match.lastgroup or ""]

    def _candidates(self, text: str, start: int, stop: int) -> Iterator[int]:
        """Where a match may start in ``text[start:stop]``, in order."""
        if self._after is None:
            return map(re.Match.start, self._starts.finditer(text, start, stop))
        found = map(re.Match.end, self._after.finditer(text, start, stop))
        # the first position is tried on its own: its look-behind sees the text before ``start``
        return chain((start,), found) if self._starts.match(text, start, stop) else found


#: A negative look-behind of one character or class of characters: "(?<!\w)", "(?<![\w-])".
_LOOKBEHIND_RE = re.compile(r"\(\?<!(\\w|\[(?:\\w|[^\\\[\]^])+\])\)")


def _first_characters(pattern: str, flags: int) -> set[str] | None:
    """The characters a match of ``pattern`` can begin with, or None when that is not a short list (a class, any
    character, ignored case)."""
    if _parser is None or flags & re.IGNORECASE:
        return None
    try:
        tree = _parser.parse(pattern, flags)
        heads = _Derivation(1, False).sequence(tree.data, 1)
    except (AttributeError, TypeError, ValueError, re.error):  # pragma: no cover - an unknown parse tree
        return None
    chars: set[str] = set()
    for atoms, _ in heads:
        if not atoms or not _is_literal(atoms[0]):
            return None
        chars.add(atoms[0][-1])
    return chars
