"""Per-field accuracy of the extractor on the labelled sets in ../shared/eval (development sets, not shipped).

Usage: PYTHONPATH=src python bench/extraction_eval.py [--shared PATH] [--pcodes] [--show-misses]

Scoring policy (see EXTRACT_NOTES.md):
- Every gold row is scored; a row with no extracted fact counts wrong on every field.
- ``reported``: strict = some extracted fact states the gold number (a range matches on either bound).
  ``policy`` also accepts a gold value that is the sum of two to four extracted figures with the same term and
  unit (the extractor reports figures as stated and never adds them; sums are aggregation's job).
- Other fields are scored on the fact matched by value (strict, then sum); without a match, on the extracted
  fact with the highest confidence (displacement terms before "affected").
- Households vs people: gold unit is compared with the fact's unit; destroyed homes are household units.
- admin1 (derived): the gold "Specific location" resolved through the same gazetteer in the gold country, on
  rows whose excerpt names a place (Mentions = Y); rows where that yields no admin1 are not scored for admin1
  (every row is still scored on the other fields). The first place's admin1 is the gold; a second line counts a
  location that lists places in several first-level areas ("Chaco and Corrientes") as "no single admin1", which
  is what the extractor gives such a figure (a figure placed in one of them would be counted in that area's totals).
- Vague gold ("Hundreds") matches a vague fact. Country is scored on rows whose excerpt names a place
  (Mentions = Y), with no country given to the extractor.
- Derived gold (ours, so reported as "derived"): qualifier gold is mapped by the table QUALIFIER_WORDS from the
  words just before the gold number where it is written in digits (IDMC), or from the ISI annotators' quantity
  words, completed by the words before the number when the annotated span left them out; category gold from
  the ISI fact type (REFUGEE → cross-border, RETURN → return, returnees or cross-border return, displacement
  types → new-displacement or idps).
- ISI spans repeat with another fact type; a distinct span is scored once, and its term may be any of the
  types annotated on it. Fact precision = extracted numeric facts whose number is annotated in the span.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from idmon.extract import Extractor, Fact
from idmon.extract.cause import read_cause
from idmon.geo.gazetteer import fold
from idmon.geo.sources import default_gazetteer, load_file

TERMS = {
    "Evacuated": "evacuated", "Displaced": "displaced", "Destroyed Housing": "destroyed-housing",
    "Relocated": "relocated", "Homeless": "homeless", "Forced to Flee": "forced-to-flee", "Sheltered": "sheltered",
    "Partially Destroyed Housing": "partially-destroyed-housing", "In Relief Camp": "in-relief-camp",
    "Uninhabitable Housing": "uninhabitable-housing",
}  # fmt: skip
UNITS = {"People": "person", "Households": "household"}
ISI_TERMS = {
    "DISPLACED": "displaced", "EVACUATED": "evacuated", "DESTROYED_HOUSING": "destroyed-housing",
    "FORCED_TO_FLEE": "forced-to-flee", "SHELTERED": "sheltered", "RELIEF_CAMP": "in-relief-camp",
    "HOMELESS": "homeless", "RELOCATED": "relocated", "RETURN": "returns", "OTHER": "multiple-or-other",
    "REFUGEE": None, "REINTEGRATION": None, "STUCK": None,
}  # fmt: skip
ISI_CATEGORIES = {
    "REFUGEE": {"people-displaced-across-borders", "cross-border-flight"},
    "RETURN": {"return", "returnees", "cross-border-return"},  # ISI's RETURN does not tell whence
    **{key: {"new-displacement", "idps"} for key in (
        "DISPLACED", "EVACUATED", "DESTROYED_HOUSING", "FORCED_TO_FLEE", "SHELTERED", "RELIEF_CAMP", "HOMELESS",
        "RELOCATED")},
}  # fmt: skip
QUALIFIER_WORDS = [
    ("more-than", r"more than|over|at least|in excess of|upwards of|exceeding|plus"),
    ("less-than", r"less than|fewer than|up to|under|below|at most"),
    ("approximately", r"about|around|some|approximately|approx|an estimated|estimated|nearly|almost|close to|"
                      r"roughly|as many as|circa"),
]  # fmt: skip


def _shared(path: str | None) -> Path:
    root = Path(path) if path else Path(__file__).resolve().parents[1].parent / "shared"
    if not (root / "eval").is_dir():
        sys.exit(f"error: {root / 'eval'} not found: this benchmark needs the shared/ folder (use --shared PATH).")
    return root


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _best(facts: list[Fact]) -> Fact | None:
    if not facts:
        return None
    return max(facts, key=lambda f: (f.term is not None and f.term.value != "affected", f.confidence))


def _matches(fact: Fact, value: int) -> bool:
    return value in (fact.reported, fact.reported_max)


def _sum_match(facts: list[Fact], value: int) -> Fact | None:
    numeric = [f for f in facts if f.reported is not None][:10]
    for size in range(2, len(numeric) + 1):  # any two or more of the excerpt's figures (at most 10 looked at)
        for group in itertools.combinations(numeric, size):
            same = len({(f.term, f.unit) for f in group}) == 1
            if same and sum(f.reported or 0 for f in group) == value:
                return group[0]
    return None


class Score:
    """Correct/total counts per field."""

    def __init__(self) -> None:
        self.right: Counter[str] = Counter()
        self.total: Counter[str] = Counter()

    def add(self, field: str, ok: bool) -> None:
        """Count one item of ``field``, right or wrong."""
        self.total[field] += 1
        self.right[field] += int(ok)

    def lines(self) -> Iterable[str]:
        """One printed line per field: ratio and counts."""
        for field in self.total:
            right, total = self.right[field], self.total[field]
            yield f"  {field:<26} {right / total:6.3f}  ({right}/{total})"


def eval_idmc(extractor: Extractor, root: Path, show: bool) -> Score:
    """Score every row of IDMC_fully_labelled.csv."""
    score = Score()
    rows = _rows(root / "eval" / "IDMC_fully_labelled.csv")
    extracted = 0
    for row in rows:
        facts = extractor.extract(row["Excerpt"])
        extracted += len(facts)
        gold = int(re.sub(r"\D", "", row["Displacement figure"]) or 0)
        strict = next((f for f in facts if _matches(f, gold)), None)
        summed = None if strict else _sum_match(facts, gold)
        fact = strict or summed or _best(facts)
        score.add("reported (strict)", strict is not None)
        derived = _qualifier_in_excerpt(row["Excerpt"], gold)
        if derived is not None:
            score.add("qualifier (derived)", strict is not None and strict.qualifier.value == derived)
        score.add("reported (policy: sums)", strict is not None or summed is not None)
        score.add("unit", fact is not None and fact.unit.value == UNITS[row["Reporting unit"]])
        score.add(
            "term", fact is not None and fact.term is not None and fact.term.value == TERMS[row["Reporting term"]]
        )
        areas = _gold_admin1s(extractor, row) if row["Mentions"] == "Y" else []
        if areas:
            admin1 = areas[0]
            score.add("admin1 (derived)", fact is not None and fold(fact.admin1 or "") == fold(admin1))
            if show and (fact is None or fold(fact.admin1 or "") != fold(admin1)):
                print(f"ADMIN1 MISS gold={admin1} got={fact and (fact.admin1, fact.place)} {row['Excerpt'][:160]!r}")
            # a figure of several first-level areas ("Chaco and Corrientes") belongs to none of them alone
            several = len({fold(area) for area in areas}) > 1
            score.add(
                "admin1 (derived, several areas = none)",
                fact is not None and (fact.admin1 is None if several else fold(fact.admin1 or "") == fold(admin1)),
            )
        if row["Mentions"] == "Y":
            iso3 = row["Location (Country)"].split(";")[1]
            right = fact is not None and _same_country(fact, iso3)
            score.add("country (Mentions=Y)", right)
            if show and not right:
                print(f"COUNTRY MISS gold={iso3} got={fact and (fact.country, fact.place)} {row['Excerpt'][:160]!r}")
        if show and not (strict and fact and fact.term and fact.term.value == TERMS[row["Reporting term"]]):
            got = [(f.reported, f.term and f.term.value, f.unit.value) for f in facts]
            print(
                f"MISS gold={gold} {row['Reporting term']}/{row['Reporting unit']} got={got}\n"
                f"  {row['Excerpt'][:300]!r}"
            )
    score.total["facts per excerpt (not a score)"] = len(rows)
    score.right["facts per excerpt (not a score)"] = extracted
    return score


#: IDMC's own codes for areas without an ISO 3166 code, and the place names they stand for.
_IDMC_AREAS = {"AB9": "abyei"}


def _same_country(fact: Fact, iso3: str) -> bool:
    """The fact's country is the gold's; for IDMC's codes of areas without an ISO code (AB9: the Abyei Area),
    the fact must be placed in that area, whatever country the gazetteer files it under."""
    area = _IDMC_AREAS.get(iso3)
    if area is not None:
        return area in fold(fact.place or fact.admin1 or "")
    return fact.country == iso3


def _gold_admin1s(extractor: Extractor, row: dict[str, str]) -> list[str]:
    """Derived gold: the admin1 of each place in the gold "Specific location" that the gazetteer resolves in the
    gold country, in order (empty when there is none); the first is the row's admin1. It measures the extractor's
    choice of place, not the gazetteer's coverage."""
    gazetteer = extractor.gazetteer
    iso3 = row["Location (Country)"].split(";")[1]
    if gazetteer is None or not row["Specific location"].strip():
        return []
    found = []
    for mention in gazetteer.find_mentions(row["Specific location"]):
        entry = gazetteer.resolve(mention, iso3)
        if entry is not None and entry.country == iso3 and entry.admin1:
            found.append(entry.admin1)
    return found


def _qualifier_in_excerpt(excerpt: str, value: int) -> str | None:
    """The qualifier words before the gold figure where it is written in digits (None when it is not)."""
    digits = str(value)
    groups = [digits[max(0, i - 3) : i] for i in range(len(digits), 0, -3)][::-1]
    pattern = r"[ ,.\u00a0]?".join(groups) if len(digits) > 3 else digits
    match = re.search(rf"(?<![\d.,]){pattern}(?![\d])", excerpt)
    if match is None:
        return None
    return _isi_qualifier_before(excerpt[max(0, match.start() - 30) : match.start()])


def _isi_qualifier_before(words: str) -> str:
    for qualifier, pattern in QUALIFIER_WORDS:
        if re.search(rf"\b(?:{pattern})\s*$", words, re.IGNORECASE):
            return qualifier
    return "exact"


def _isi_quantities(cell: str) -> list[tuple[str, int | None, str]]:
    """(unit, value, qualifier) from "PERSON=more than 300,000 people | HOUSEHOLD=Hundreds"."""
    found = []
    for part in filter(None, (p.strip() for p in cell.split("|"))):
        kind, _, words = part.partition("=")
        found.append((kind, _isi_value(words), _isi_qualifier(words)))
    return found


_ISI_MULTIPLIERS = {"million": 1_000_000, "m": 1_000_000, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000}


def _isi_value(words: str) -> int | None:
    """The first number of an annotated quantity, with the multiplier written after it or after the range it
    opens ("4 lakh" → 400,000; "4 to 5 million" → 4,000,000)."""
    match = re.search(
        r"(\d[\d,. ]*\d|\d)\s*(?:(?:to|-|–|and)\s*(?:\d[\d,. ]*\d|\d)\s*)?(million|m\b|lakhs?|crore)?",
        words,
        re.IGNORECASE,
    )
    if not match:
        return None
    digits = match.group(1).replace(" ", "")
    if match.group(2):
        return round(float(digits.replace(",", "")) * _ISI_MULTIPLIERS[match.group(2).lower()])
    return int(re.sub(r"[,. ]", "", digits))


def _isi_qualifier(words: str) -> str:
    for qualifier, pattern in QUALIFIER_WORDS:
        if re.match(rf"\s*(?:{pattern})\b", words, re.IGNORECASE):
            return qualifier
    return "exact"


def _spans(root: Path) -> dict[tuple[str, str, str], dict[str, object]]:
    """Distinct ISI spans: their text, quantities (unit, value, qualifier), fact types and date words."""
    spans: dict[tuple[str, str, str], dict[str, object]] = {}
    for row in _rows(root / "eval" / "derived_fact_spans_en.csv"):
        key = (row["doc_id"], row["offset_from"], row["offset_to"])
        span = spans.setdefault(key, {"text": row["fact_text"], "types": set(), "quantities": {}, "dates": ""})
        span["types"].add(row["fact_term"])  # type: ignore[attr-defined]
        span["dates"] = row["dates_in_span"]
        for unit, value, qualifier in _isi_quantities(row["quantities_in_span"]):
            if value is not None:
                span["quantities"][value] = (unit, qualifier)  # type: ignore[index]
    return spans


def _gold_date(cell: str) -> tuple[int, int] | None:
    """(year, month) of the first explicit date with a year in "START_DATE_FLOW_0=12 March 2019 | ..."."""
    import dateparser  # type: ignore[import-untyped,import-not-found,unused-ignore]

    for part in cell.split("|"):
        words = part.partition("=")[2].strip()
        if re.search(r"\b(?:19|20)\d\d\b", words) and re.search(r"[A-Za-z]{3}", words):
            parsed = dateparser.parse(words, settings={"PREFER_DAY_OF_MONTH": "first"})
            if parsed is not None:
                return parsed.year, parsed.month
    return None


def eval_isi(extractor: Extractor, root: Path, show: bool = False) -> Score:
    """Score the ISI spans: each annotated quantity with a number is one item; precision over extracted facts."""
    score = Score()
    for span in _spans(root).values():
        facts = extractor.extract(str(span["text"]))
        quantities: dict[int, tuple[str, str]] = span["quantities"]  # type: ignore[assignment]
        types: set[str] = span["types"]  # type: ignore[assignment]
        numeric = [f for f in facts if f.reported is not None]
        for extracted in numeric:
            score.add("fact precision", any(_matches(extracted, value) for value in quantities))
        for value, (unit, annotated) in quantities.items():
            fact = next((f for f in numeric if _matches(f, value)), None)
            # Annotators often left the qualifier words out of the quantity span: read them before the number.
            qualifier = (
                annotated if annotated != "exact" else _qualifier_in_excerpt(str(span["text"]), value) or annotated
            )
            _score_isi_item(score, fact, unit, qualifier, types)
            if show and fact is None:
                got = [(f.reported, f.term and f.term.value) for f in facts]
                print(f"ISI MISS {value} {sorted(types)} got={got}\n  {str(span['text'])[:250]!r}")
        gold_date = _gold_date(str(span["dates"]))
        if gold_date is not None and quantities:
            dated = [f for f in numeric if any(_matches(f, v) for v in quantities)]
            score.add("date year-month (explicit)", any(_same_month(f, gold_date) for f in dated))
    return score


def _score_isi_item(score: Score, fact: Fact | None, unit: str, qualifier: str, types: set[str]) -> None:
    score.add("fact recall (reported)", fact is not None)
    score.add("qualifier (derived)", fact is not None and fact.qualifier.value == qualifier)
    if unit in ("PERSON", "HOUSEHOLD"):
        score.add("unit", fact is not None and fact.unit.value == unit.lower())
    terms = {ISI_TERMS[t] for t in types if ISI_TERMS.get(t)}
    if terms:
        score.add("term (any of the span's)", fact is not None and fact.term is not None and fact.term in terms)
    categories = set().union(*(ISI_CATEGORIES.get(t, set()) for t in types))
    if categories:
        score.add("category (derived)", fact is not None and str(fact.category) in categories)


def _same_month(fact: Fact, gold: tuple[int, int]) -> bool:
    return any(day is not None and (day.year, day.month) == gold for day in (fact.start_date, fact.end_date))


def eval_documents(extractor: Extractor, root: Path) -> Score:
    """Document-level cause (classification_training.csv: disaster / conflict / other paragraphs) and relevance
    (training_data_clean_09242017.csv: is_displacement yes / no). On disaster and conflict paragraphs a text
    with no stated cause counts wrong; on "other" paragraphs (not about a displacement cause) "other" or no
    cause both count right."""
    score = Score()
    for row in _rows(root / "eval" / "classification_training.csv"):
        cause = read_cause(row["text"].lower()).cause
        if row["category"] == "other":
            score.add("cause on 'other' texts (other or none)", cause is None or cause.value == "other")
        else:
            score.add("cause (disaster/conflict texts)", cause is not None and cause.value == row["category"])
    for row in _rows(root / "eval" / "training_data_clean_09242017.csv"):
        relevant = extractor.read(row["text"]).relevance.relevant
        score.add("relevance (yes/no)", relevant == (row["is_displacement"] == "yes"))
    # Whole news articles tagged Disasters / Conflict and violence: each fact's cause against its article's tag
    # (a proxy: an article may report figures of both kinds), and the document cause of articles with facts.
    tags = {"Disasters": "disaster", "Conflict and violence": "conflict"}
    for row in _rows(root / "eval" / "scraped_training_articles.csv"):
        if not row["content"].strip() or row["tag"] not in tags:
            continue
        reading = extractor.read(row["content"])
        gold = tags[row["tag"]]
        for fact in reading.facts:
            score.add("fact cause vs article tag (articles)", fact.cause is not None and fact.cause.value == gold)
        if reading.facts:
            document = reading.cause.cause
            score.add(
                "document cause vs article tag (articles with facts)", document is not None and document.value == gold
            )
    return score


def main() -> None:
    """Score the extractor on every labelled set and print the per-field scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", help="path of the shared/ folder")
    parser.add_argument("--pcodes", action="store_true", help="also load the OCHA p-code table")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    root = _shared(args.shared)
    started = time.perf_counter()
    gazetteer = default_gazetteer()
    if args.pcodes:
        load_file(gazetteer, root / "data" / "pcodes" / "global_pcodes_adm_1_2_hxl.csv")
    print(f"gazetteer: {len(gazetteer):,} entries in {time.perf_counter() - started:.1f} s")
    extractor = Extractor(gazetteer)
    print("IDMC_fully_labelled.csv (133 gold facts, all rows scored):")
    for line in eval_idmc(extractor, root, args.show_misses).lines():
        print(line)
    print("derived_fact_spans_en.csv (ISI, one item per annotated quantity with a number):")
    for line in eval_isi(extractor, root, args.show_misses).lines():
        print(line)
    print("documents (classification_training.csv, training_data_clean_09242017.csv):")
    for line in eval_documents(extractor, root).lines():
        print(line)


if __name__ == "__main__":
    main()
