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

from idmon.domain.vocabulary import Qualifier, Term, Unit
from idmon.extract.figures import Reading
from idmon.extract.numbers import Quantity, find_quantities
from idmon.extract.terms import HOUSING_TERMS, Cue, CueKind, find_cues

#: A header that names households and nothing else ("Ménages", "HH", "No. of households").
_ONLY_HOUSEHOLDS_RE = re.compile(
    r"(?:(?:no\.?|number\s+of|nombre\s+de|nb\.?)\s+)?(?:hhs?|households?|famil(?:y|ies|les?)|ménages?|foyers?|hogares)"
    r"(?:\s*\([^)]*\))?"
)
#: A header that names people or households and nothing else ("PERSONS", "Individus", "Families").
_PEOPLE_HEADER_RE = re.compile(
    r"(?:(?:no\.?|number\s+of|nombre\s+de|nb\.?)\s+(?:of\s+)?)?(?:persons?|people|individuals?|individus|personnes|"
    r"hhs?|households?|famil(?:y|ies|les?)|ménages?|foyers?)(?:\s*\([^)]*\))?"
)
_HOUSEHOLD_HEADER_RE = re.compile(r"\b(?:hhs?|households?|famil(?:y|ies|les?)|ménages?|foyers?|hogares)\b")
_MIN_CELLS = 2
#: People in a header: "Persons in damaged houses" counts people, not houses.
_PEOPLE_WORD_RE = re.compile(r"\b(?:persons?|people|individuals?|personnes|individus|residents?|habitants)\b")


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    cells: tuple[tuple[int, int], ...]  # (start, end) of each cell, stripped
    spaced: bool = False  # cells found between single spaces: such a line can still be a table's title


#: A cell that is a label and its number: "Décès : 18", "Relief camps: 515".
_KEY_VALUE_CELL_RE = re.compile(r"[^\W\d_][^:|\d\n]{0,60}:\s*[<>~≈]?\s*\d")
#: Columns aligned with spaces: two or more spaces, or a tab, between cells ("Borno     1,512,440     -0.4").
_ALIGNED_GAP_RE = re.compile(r" {2,}|\t+")


def _lines(text: str, lowered: str, language: str) -> Iterator[_Line]:
    """Every line of ``text`` with its cells: between pipes, aligned with runs of spaces or tabs, or, in a short
    header of words over rows of a label and numbers, one word or number each ("Sous-préfecture PDI Ménages",
    "Bol 18 446 4 102")."""
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
            if sum(1 for first, last in cells if _KEY_VALUE_CELL_RE.match(text, first, last)) * 2 >= len(cells):
                # "Maisons effondrées : 412 | endommagées : 1 037", "Morts : 11 | Blessés : 46": each cell labels its
                # own number; the line is a list of labels, no row of a table
                cells = []
            yield _Line(position, end, tuple(cells))
        elif line.count(" / ") >= 2 and ":" not in line:
            # cells between spaced slashes, a header over rows ("Province / Houses fully damaged / Persons in relief
            # camps", "Sindh / 621,450 / 1,968,700"); not "Affected: 19,853 families / 76,407 persons"
            slashed = []
            cell_start = 0
            for part in line.split(" / "):
                if part.strip():
                    slashed.append(_stripped(line, cell_start, cell_start + len(part), position))
                cell_start += len(part) + 3
            yield _Line(position, end, tuple(slashed))
        elif "  " in line.strip() or "\t" in line.strip():
            aligned = []
            cell_start = 0
            for gap in _ALIGNED_GAP_RE.finditer(line):
                if line[cell_start : gap.start()].strip():
                    aligned.append(_stripped(line, cell_start, gap.start(), position))
                cell_start = gap.end()
            if line[cell_start:].strip():
                aligned.append(_stripped(line, cell_start, len(line), position))
            yield _Line(position, end, tuple(aligned))
        else:
            yield _Line(position, end, _spaced_cells(text, lowered, language, position, end), spaced=True)
        position = end + 1


_HEADER_WORD_RE = re.compile(r"[^\W\d_][\w'’./-]*")


def _spaced_cells(text: str, lowered: str, language: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The cells of a line in a table separated by single spaces: a header of two to six words, or a row of a
    label followed by numbers and nothing else; () for any other line."""
    line = text[start:end]
    if not line.strip() or len(line) > 80:
        return ()
    if not any(ch.isdigit() for ch in line):
        words = list(_HEADER_WORD_RE.finditer(text, start, end))
        # words and single spaces only: "Sous-préfecture PDI Ménages", not "Key figures: (as of March)"
        if 2 <= len(words) <= 6 and " ".join(m.group() for m in words) == line.strip():
            return tuple((m.start(), m.end()) for m in words)
        return ()
    quantities = [q for q in find_quantities(text, language, lowered, start, end) if q.value is not None]
    if not quantities or quantities[0].spelled:
        return ()
    label_start = start + len(line) - len(line.lstrip())
    label = text[label_start : quantities[0].start].strip()
    if not label or any(ch.isdigit() for ch in label) or not label[0].isalpha():
        return ()
    cells = [(label_start, label_start + len(label))]
    previous_end = quantities[0].start
    for quantity in quantities:
        if text[previous_end : quantity.start].strip():
            return ()  # words between the numbers: a sentence, not a row
        cells.append((quantity.start, quantity.end))
        previous_end = quantity.end
    if text[previous_end:end].strip():
        return ()
    return tuple(cells)


def _stripped(line: str, start: int, end: int, offset: int) -> tuple[int, int]:
    part = line[start:end]
    lead = len(part) - len(part.lstrip())
    return offset + start + lead, offset + start + len(part.rstrip())


def may_hold_table(text: str) -> bool:
    """True when ``text`` may hold a table: cells between pipes, or columns aligned with spaces or tabs in two
    lines in a row, the second with a number."""
    if "|" in text or (_TWO_NUMBERS_RE.search(text) and _FLAT_ROWS_RE.search(text)) or _SLASH_ROW_RE.search(text):
        return True
    if "\n" not in text:
        return False
    aligned_before = header_before = False
    for line in text.split("\n"):
        inner = line.strip()
        digits = any(ch.isdigit() for ch in inner)
        aligned = "  " in inner or "\t" in inner
        if digits and ((aligned_before and aligned) or (header_before and inner[-1:].isdigit())):
            return True
        aligned_before = aligned
        header_before = not digits and 2 <= inner.count(" ") + 1 <= 6 and len(inner) <= 80
    return False


#: A name and two numbers, then another name: the rows of a table flattened onto one line
#: ("… Borno 1,618,947 244 Adamawa 213,411 38 …").
_FLAT_ROWS_RE = re.compile(r"[A-Z][\w'’-]+ \d[\d,.]* \d[\d,.]* [A-Z][\w'’-]+ \d")
#: A row of cells between spaced slashes, two of them numbers: "Sindh / 621,450 / 1,085,300".
_SLASH_ROW_RE = re.compile(r"\d / \d[^\n]* / |/ \d[\d,.]* / \d")
#: Two numbers side by side, which a flattened table holds: looked for first, at the speed of a scan for spaces.
_TWO_NUMBERS_RE = re.compile(r" \d[\d,.]* \d")
_NAME_WORD_RE = re.compile(r"[A-Z][^\W\d_][\w'’-]*")


def _flat_table(text: str, lowered: str, language: str, start: int, end: int) -> list[_Line]:
    """A table flattened onto one line, as virtual lines (title, header, rows): a header of words, then rows of
    a name and the same count of numbers ("IDPs by state State IDPs Sites Borno 1,618,947 244 Adamawa 213,411
    38"); [] when the line holds none."""
    quantities = [
        q for q in find_quantities(text, language, lowered, start, end) if q.value is not None and not q.spelled
    ]
    groups: list[tuple[int, list[Quantity]]] = []  # (where the numbers' name ends, the numbers)
    for quantity in quantities:
        if groups and not text[groups[-1][1][-1].end : quantity.start].strip():
            groups[-1][1].append(quantity)
        else:
            groups.append((quantity.start, [quantity]))
    best: list[tuple[int, list[Quantity]]] = []
    run: list[tuple[int, list[Quantity]]] = []
    for group in groups:
        if (
            run
            and len(group[1]) == len(run[0][1])
            and _NAME_WORD_RE.fullmatch(text, run[-1][1][-1].end + 1, group[0] - 1)
        ):
            run.append(group)
        else:
            run = [group]
        if len(run) > len(best):
            best = list(run)
    if len(best) < 2:
        return []
    width = len(best[0][1])
    before = list(re.finditer(r"\S+", text[start : best[0][0]]))
    if len(before) < width + 2:
        return []
    header_words = before[-(width + 2) : -1]  # the header: the label column's word, then one per number column
    name = before[-1]
    if any(any(ch.isdigit() for ch in m.group()) for m in header_words) or not _NAME_WORD_RE.fullmatch(name.group()):
        return []
    header_start = start + header_words[0].start()
    lines = [
        _Line(start, header_start, ()),
        _Line(header_start, start + name.start(), tuple((start + m.start(), start + m.end()) for m in header_words)),
    ]
    name_start = start + name.start()
    for group_start, numbers in best:
        cells = [(name_start, group_start - 1)] + [(q.start, q.end) for q in numbers]
        lines.append(_Line(name_start, numbers[-1].end, tuple(cells)))
        name_start = numbers[-1].end + 1
    return lines


#: A cell that holds a number and its unit: "312 HH", "1,872 ind.", "4 120 ménages", "570 individuals".
_UNIT_CELL_RE = re.compile(
    r"\s*\d[\d,.\u00a0\u202f ]*\s*(?:(?P<household>hh|households?|ménages|menages|families|familles)|"
    r"ind\.?|indiv\.?|individuals|individus|persons|personnes|pers\.?|people)\s*",
    re.IGNORECASE,
)


def _unit_cells(
    text: str, lowered: str, language: str, rows: list[_Line], cue: Cue, title: str
) -> list[tuple[Reading, str]]:
    """Readings of the cells that write their own unit, in rows under a title that says what they count."""
    found: list[tuple[Reading, str]] = []
    if cue.term is None:
        return found
    for row in rows:
        for start, end in row.cells:
            cell = _UNIT_CELL_RE.fullmatch(text, start, end)
            if cell is None:
                continue
            quantities = [q for q in find_quantities(text, language, lowered, start, end) if q.value]
            if len(quantities) != 1:
                continue
            quantity = quantities[0]
            unit = Unit.HOUSEHOLD if cell.group("household") else Unit.PERSON
            reading = Reading(
                quantity, cue.term, unit, Qualifier.EXACT, quantity.start, None, cue, False, (row.start, row.end)
            )
            found.append((reading, f"{title} {text[start:end]}"))
    return found


#: A column that counts places or casualties: "Sites", "No. of ECs", "Deaths", "Écoles".
_NOT_PEOPLE_HEADER_RE = re.compile(
    r"\s*(?:(?:no\.?|number)\s+(?:of\s+)?|nombre\s+(?:de|d['’])\s*|nb\.?\s+(?:de\s+)?)?(?:sites?|camps?|cent(?:re|er)s?|"
    r"shelters?|ecs?|schools?|deaths?|dead|injured|missing|villages?|communes?|localités|écoles|abris|morts|"
    r"blessés|disparus|décès)\s*"
)
#: A header of people in sites: "IDPs in sites", "PDI sur les sites", "in camps".
_IN_SITES_HEADER_RE = re.compile(r"\b(?:in|on|at|dans\s+les|sur\s+les|en)\s+(?:sites?|camps?)\b")


def table_readings(
    text: str, lowered: str, language: str, not_people: set[int] | None = None
) -> list[tuple[Reading, str]]:
    """Readings of the figures in the pipe tables of ``text``, each with its table's title and column header
    (to be read with the figure's clause); ``not_people`` gets the starts of the figures in columns that count
    places or casualties ("Sites", "No. of ECs", "Deaths"), which are no figures of people at all."""
    if not may_hold_table(text):
        return []
    found: list[tuple[Reading, str]] = []
    lines = []
    for line in _lines(text, lowered, language):
        flat = _flat_table(text, lowered, language, line.start, line.end) if not line.cells else []
        lines.extend(flat or [line])
    index = 0
    while index < len(lines):
        header = lines[index]
        width = len(header.cells)
        rows: list[_Line] = []
        following = index + 1
        while following < len(lines) and (
            len(lines[following].cells) == width
            # after a full row, a shorter one whose last cells are empty ("Total       1,865,841")
            or (rows and _MIN_CELLS <= len(lines[following].cells) < width and not lines[following].spaced)
        ):
            rows.append(lines[following])
            following += 1
        if width < _MIN_CELLS or not rows:
            index = following if rows else index + 1
            continue
        title = lines[index - 1] if index > 0 and (not lines[index - 1].cells or lines[index - 1].spaced) else None
        first_row = text[rows[0].start : rows[0].end]
        if len(rows) > 1 and not any(ch.isdigit() for ch in first_row) and any(ch.isalpha() for ch in first_row):
            # "NIGER – Région de Diffa | DTM | Situation au…" over "Commune | PDI | Réfugiés": a title in cells
            title, header, rows = header, rows[0], rows[1:]
        title_text = text[title.start : title.end] if title is not None else ""
        title_cues = [c for c in find_cues(lowered, title.start, title.end) if c.kind is CueKind.TERM] if title else []
        if title_cues and any(_UNIT_CELL_RE.fullmatch(text, a, b) for a, b in header.cells):
            # "…newly displaced households and individuals by governorate and district" over "Marib | Harib | 312 HH |
            # 1,872 ind. | conflict": no header row; each cell writes its unit, the title says what is counted
            found += _unit_cells(text, lowered, language, [header, *rows], title_cues[-1], title_text)
            index = following
            continue
        previous: Cue | None = None  # the displacement column to the left
        previous_header = ""
        for column, (cell_start, cell_end) in enumerate(header.cells):
            cues = find_cues(lowered, cell_start, cell_end)
            cue = cues[0] if cues else None
            places = [c for c in cues[1:] if c.kind is CueKind.TERM and c.term in (Term.IN_RELIEF_CAMP, Term.SHELTERED)]
            if cue is not None and cue.term is Term.DISPLACED and places:
                cue = places[0]  # "IDPs in camps": where the people counted are sets the column's term
            elif (
                cue is not None
                and cue.term is Term.DISPLACED
                and (sites := _IN_SITES_HEADER_RE.search(lowered, cell_start, cell_end))
            ):
                # "IDPs in sites", "PDI sur les sites": people in displacement sites
                cue = Cue(
                    sites.start(), sites.end(), CueKind.TERM, Term.IN_RELIEF_CAMP, text[sites.start() : sites.end()]
                )
            households = _HOUSEHOLD_HEADER_RE.search(lowered, cell_start, cell_end) is not None
            label = f"{title_text} {text[cell_start:cell_end]}"
            if (
                cue is None
                and households
                and previous is not None
                and _ONLY_HOUSEHOLDS_RE.fullmatch(lowered, cell_start, cell_end)
            ):
                cue = previous  # "Cercle | PDI | Ménages": the households of the displaced column before
                label = f"{title_text} {text[previous.start : previous.end]} {text[cell_start:cell_end]}"
            elif cue is None and previous is not None and _PEOPLE_HEADER_RE.fullmatch(lowered, cell_start, cell_end):
                cue = previous  # "Territoire | Ménages déplacés | Individus": the people of the column before
                label = f"{title_text} {previous_header} {text[cell_start:cell_end]}"
            elif cue is None and title_cues and _PEOPLE_HEADER_RE.fullmatch(lowered, cell_start, cell_end):
                cue = title_cues[-1]  # "Inside Evacuation Centers" over "REGION | FAMILIES | PERSONS"
            if cue is None or cue.kind is not CueKind.TERM or cue.term is None:
                previous = None
                if not_people is not None and _NOT_PEOPLE_HEADER_RE.fullmatch(lowered, cell_start, cell_end):
                    # "Département | Sites | IDPs in sites": the sites counted, not people
                    not_people.update(
                        q.start
                        for row in rows
                        if column < len(row.cells)
                        for q in find_quantities(text, language, lowered, *row.cells[column])
                    )
                continue
            previous = cue
            previous_header = text[cell_start:cell_end]
            term = cue.term
            # (a column of houses counts dwellings, one household each: "Houses fully damaged", "Partially
            # damaged"; not "Persons in damaged houses")
            dwellings = term in HOUSING_TERMS and _PEOPLE_WORD_RE.search(lowered, cell_start, cell_end) is None
            unit = Unit.HOUSEHOLD if households or dwellings else Unit.PERSON
            for row in rows:
                if column >= len(row.cells):
                    continue
                start, end = row.cells[column]
                quantities = [q for q in find_quantities(text, language, lowered, start, end) if q.value]  # 0: no one
                if len(quantities) != 1 or quantities[0].end != end:
                    continue  # a cell that holds one number, and nothing after it
                quantity = quantities[0]
                reading = Reading(
                    quantity, term, unit, Qualifier.EXACT, quantity.start, None, cue, False, (row.start, row.end)
                )
                found.append((reading, label))
        index = following
    return found
