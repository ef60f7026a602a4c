"""Tables flattened to text with their cells between pipes: each figure is read with its column's header.

    Somalia: Deyr floods, newly displaced people by district (as of 19 November)
    District | Newly displaced | Deaths
    Beledweyne | 248,750 | 12

A header row names what each column counts ("Newly displaced", "Returned HH"); a column whose header holds a
displacement cue gives its term, and its unit (households when the header says HH, households, families,
ménages), to every number below it; a casualty column ("Deaths") gives none. The line before the header, when
it is not a row itself, is the table's title: it is read with each figure's clause (stock or flow, date words).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from idmon.domain.vocabulary import Qualifier, Unit
from idmon.extract.figures import Reading
from idmon.extract.numbers import find_quantities
from idmon.extract.terms import CueKind, find_cues

_HOUSEHOLD_HEADER_RE = re.compile(r"\b(?:hhs?|households?|famil(?:y|ies|les?)|ménages?|foyers?|hogares)\b")
_MIN_CELLS = 2


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    cells: tuple[tuple[int, int], ...]  # (start, end) of each cell, stripped


def _lines(text: str) -> Iterator[_Line]:
    """Every line of ``text`` with its pipe-separated cells."""
    position = 0
    for line in text.split("\n"):
        end = position + len(line)
        if "|" in line:
            cells = []
            cell_start = position
            for part in line.split("|"):
                stripped = part.strip()
                if stripped:
                    offset = cell_start + part.index(stripped)
                    cells.append((offset, offset + len(stripped)))
                cell_start += len(part) + 1
            yield _Line(position, end, tuple(cells))
        else:
            yield _Line(position, end, ())
        position = end + 1


def table_readings(text: str, lowered: str, language: str) -> list[tuple[Reading, str]]:
    """Readings of the figures in the pipe tables of ``text``, each with its table's title and column header
    (to be read with the figure's clause)."""
    if "|" not in text:
        return []
    found: list[tuple[Reading, str]] = []
    lines = list(_lines(text))
    index = 0
    while index < len(lines):
        header = lines[index]
        width = len(header.cells)
        rows = []
        following = index + 1
        while following < len(lines) and len(lines[following].cells) == width:
            rows.append(lines[following])
            following += 1
        if width < _MIN_CELLS or not rows:
            index = following if rows else index + 1
            continue
        title = lines[index - 1] if index > 0 and not lines[index - 1].cells else None
        title_text = text[title.start : title.end] if title is not None else ""
        for column, (cell_start, cell_end) in enumerate(header.cells):
            cues = find_cues(lowered, cell_start, cell_end)
            cue = cues[0] if cues else None
            if cue is None or cue.kind is not CueKind.TERM or cue.term is None:
                continue
            term = cue.term
            unit = Unit.HOUSEHOLD if _HOUSEHOLD_HEADER_RE.search(lowered, cell_start, cell_end) else Unit.PERSON
            label = f"{title_text} {text[cell_start:cell_end]}"
            for row in rows:
                start, end = row.cells[column]
                quantities = [q for q in find_quantities(text, language, lowered, start, end) if q.value is not None]
                if len(quantities) != 1 or quantities[0].end != end:
                    continue  # a cell that holds one number, and nothing after it
                quantity = quantities[0]
                reading = Reading(
                    quantity, term, unit, Qualifier.EXACT, quantity.start, None, cue, False, (row.start, row.end)
                )
                found.append((reading, label))
        index = following
    return found
