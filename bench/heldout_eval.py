"""Per-field accuracy of the extractor on idmon's own held-out excerpts (bench/heldout/heldout_facts.csv).

Usage: PYTHONPATH=src python bench/heldout_eval.py [--file CSV ...] [--split dev|test|all] [--show-misses]
       [--confusion]

``--confusion`` prints, for term and category, the counts of each (gold, extracted) pair that differ (a wrong
category also beside the gold and extracted terms), and wrong countries by kind (fact missed, no country, another
country; gold with or without an area): numbers only, no excerpt, so it may be run on the ``test`` split to see
which distinctions fail without reading a row.

The excerpts were written for idmon by a project helper who read neither the extractor's rules nor the shared
eval data (see bench/heldout/README.md). Rows of the ``dev`` split may be read when a rule is fixed; ``test``
rows are only scored. Needs nothing outside the repository.

Scoring policy:
- One gold row is one expected figure. Gold rows and extracted facts of an excerpt are paired one to one:
  a fact pairs with a gold row when it states the gold number (a range on both bounds); among several, the one
  with the gold term first. A vague gold figure ("thousands") pairs with a vague fact.
- Every field of a gold row with no paired fact counts wrong (a missed fact is wrong on every field).
- ``reported_max``, ``category``, ``qualifier``, ``unit`` and ``term`` are compared as slugs on the pair, where
  the gold gives a value (vague figures have no qualifier; "affected" figures no category: a category a writer
  gave one is not scored).
- ``country`` is scored where the gold names one; ``admin1`` where the gold names one: the gold name is
  resolved through the same gazetteer in the gold country, so spellings ("North Kivu" / "Nord-Kivu") compare
  equal; a name the gazetteer cannot resolve is compared folded, without the area's kind and with doubled letters
  single ("Hiraan region" / "Hiiraan", "Bicol" / "Bicol (Region V)"), in the gold country.
- ``no admin1 where none is``: on found figures whose gold names a country but no area (the text names none, or
  several), the share left without an admin1 (a figure put in one area would be counted in that area's totals).
- Rows with term ``none`` mark excerpts that hold no displacement figure: right when the extractor reads no
  fact with a displacement term and a number from them.
- Precision: extracted facts with a number that pair with a gold row, over all extracted facts with a number.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from extraction_eval import Score  # the same per-field counts (bench/ is the script's folder)
from idmon.domain.vocabulary import NON_DISPLACEMENT_TERMS
from idmon.extract import Extractor, Fact
from idmon.geo.gazetteer import Gazetteer, fold
from idmon.geo.sources import default_gazetteer

HERE = Path(__file__).resolve().parent / "heldout" / "heldout_facts.csv"


def _int(cell: str) -> int | None:
    cell = cell.strip().replace(",", "").replace(" ", "")
    return int(float(cell)) if cell else None


def _slug(value: object) -> str:
    return "" if value is None else str(getattr(value, "value", value))


def _pair(rows: list[dict[str, str]], facts: list[Fact]) -> list[Fact | None]:
    """The fact paired with each gold row (None when none is), one to one."""
    free = list(facts)
    paired: list[Fact | None] = []
    for row in rows:
        value = _int(row["reported"])
        if value is None:
            matching = [f for f in free if f.vague and f.reported is None]
        else:
            matching = [f for f in free if value in (f.reported, f.reported_max)]
        matching.sort(key=lambda f: _slug(f.term) != row["term"])
        fact = matching[0] if matching else None
        if fact is not None:
            free.remove(fact)
        paired.append(fact)
    return paired


#: The kind of an area written around its name ("Hiraan region", "Bicol (Region V)", "Southern Region").
_AREA_KIND_RE = re.compile(
    r"\([^)]*\)|\b(?:region|province|state|governorate|gouvernorat|department|departement|oblast|county|district|"
    r"division|prefecture)\b"
)


def _loose(name: str) -> str:
    """A folded name without the area's kind and with doubled letters single: one area's spellings in different
    sources ("Hiraan" / "Hiiraan", "Southern" / "Southern Region", "Bicol" / "Bicol (Region V)") compare equal."""
    return re.sub(r"(.)\1+", r"\1", " ".join(_AREA_KIND_RE.sub(" ", fold(name)).split()))


def _admin1_right(gazetteer: Gazetteer, fact: Fact, row: dict[str, str]) -> bool:
    gold, country = row["admin1"].strip(), row["country"].strip()
    names = {fold(gold)}
    for mention in gazetteer.find_mentions(gold):
        entry = gazetteer.resolve(mention, country or None)
        if entry is not None and entry.country == country:
            names.update(fold(name) for name in (entry.admin1, entry.name) if name)
    got = fold(fact.admin1 or "")
    if got in names:
        return True
    # a gold name the gazetteer does not know may be another source's spelling of the same area (the loose form
    # is not used for names it knows: "Shanxi" and "Shaanxi" are two provinces)
    return bool(got) and len(names) == 1 and fact.country == country and _loose(got) == _loose(gold)


def evaluate(
    extractor: Extractor, rows: list[dict[str, str]], show: bool, confusion: Counter[tuple[str, str, str]] | None = None
) -> Score:
    """Score the gold rows (grouped by excerpt text)."""
    assert extractor.gazetteer is not None
    score = Score()
    excerpts: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        excerpts[row["text"]].append(row)
    for text, gold_rows in excerpts.items():
        published = gold_rows[0]["published"].strip()
        facts = extractor.extract(text, published=date.fromisoformat(published) if published else None)
        numeric = [f for f in facts if f.reported is not None]
        figures = [r for r in gold_rows if r["term"] != "none"]
        if not figures:
            displacement = [f for f in numeric if f.term is not None and f.term not in NON_DISPLACEMENT_TERMS]
            score.add("no figure where none is", not displacement)
            if show and displacement:
                print(f"FALSE FIGURE got={[(f.reported, _slug(f.term)) for f in displacement]}\n  {text[:300]!r}")
            continue
        paired = _pair(figures, facts)
        used = {id(f) for f in paired if f is not None}
        for fact in numeric:
            score.add("fact precision", id(fact) in used)
            if show and id(fact) not in used:
                print(f"EXTRA {fact.reported} {_slug(fact.term)} {_slug(fact.unit)}\n  {text[:300]!r}")
        for row, fact in zip(figures, paired, strict=True):
            score.add("fact recall (reported)", fact is not None)
            fields = {
                "reported_max": (row["reported_max"].strip(), lambda f: _slug(f.reported_max)),
                "unit": (row["unit"], lambda f: _slug(f.unit)),
                "qualifier": (row["qualifier"], lambda f: _slug(f.qualifier)),
                "term": (row["term"], lambda f: _slug(f.term)),
                "category": (row["category"], lambda f: _slug(f.category)),
            }
            wrong = []
            for field, (gold, read) in fields.items():
                if not gold.strip() or (field == "category" and row["term"].strip() == "affected"):
                    # the gold gives none (a vague figure's qualifier), or should give none: "affected" figures
                    # have no category (README, columns), whatever a writer put there
                    continue
                if field == "reported_max":
                    gold = str(_int(gold))
                ok = fact is not None and read(fact) == gold
                score.add(field, ok)
                if not ok and confusion is not None and field in ("term", "category"):
                    confusion[(field, gold, read(fact) if fact else "(missed)")] += 1
                    if field == "category" and fact is not None:
                        # which wordings the wrong categories come from: gold and extracted term beside them
                        confusion[("cat/term", f"{gold}/{row['term']}", f"{read(fact)}/{_slug(fact.term)}")] += 1
                if not ok:
                    wrong.append(f"{field}: gold {gold!r} got {read(fact) if fact else None!r}")
            if row["country"].strip():
                ok = fact is not None and fact.country == row["country"].strip()
                score.add("country", ok)
                if not ok and confusion is not None:
                    got = "(missed)" if fact is None else "(none)" if fact.country is None else "another country"
                    confusion[("country", "area named" if row["admin1"].strip() else "no area", got)] += 1
                if not ok:
                    wrong.append(f"country: gold {row['country']} got {fact.country if fact else None}")
            if row["admin1"].strip():
                ok = fact is not None and _admin1_right(extractor.gazetteer, fact, row)
                score.add("admin1", ok)
                if not ok:
                    wrong.append(f"admin1: gold {row['admin1']} got {fact.admin1 if fact else None}")
            elif row["country"].strip() and fact is not None:
                # the gold names no area (none, or several): a figure placed in one area would be counted there
                score.add("no admin1 where none is", fact.admin1 is None)
                if fact.admin1 is not None:
                    wrong.append(f"admin1: gold none got {fact.admin1}")
            if show and wrong:
                print(f"{row['id']} {row['reported'] or row['note']}: {'; '.join(wrong)}\n  {text[:300]!r}")
    return score


def main() -> None:
    """Score the held-out excerpts per split and print the per-field scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", nargs="+", type=Path, default=[HERE], help="gold CSV files (same columns)")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument(
        "--confusion", action="store_true", help="counts of wrong (gold, got) term, category and country pairs"
    )
    parser.add_argument(
        "--rules-only", action="store_true", help="the rules alone, without the learned term and category model"
    )
    parser.add_argument(
        "--no-recall", action="store_true", help="without the learned reading of numbers the rules passed over"
    )
    args = parser.parse_args()
    rows: list[dict[str, str]] = []
    for path in args.file:
        with path.open(encoding="utf-8", newline="") as handle:
            rows += list(csv.DictReader(handle))
    started = time.perf_counter()
    extractor = Extractor(
        default_gazetteer(), rerank=not args.rules_only, recall=not (args.rules_only or args.no_recall)
    )
    names = ", ".join(path.name for path in args.file)
    print(f"gazetteer loaded in {time.perf_counter() - started:.1f} s; {len(rows)} gold rows in {names}")
    splits = sorted({row["split"] for row in rows}) if args.split == "all" else [args.split]
    for split in splits:
        chosen = [row for row in rows if row["split"] == split]
        for language in [*sorted({row["language"] for row in chosen}), "all"]:
            subset = [row for row in chosen if language in ("all", row["language"])]
            print(f"{split} / {language} ({len({r['text'] for r in subset})} excerpts, {len(subset)} rows):")
            confusion: Counter[tuple[str, str, str]] | None = Counter() if language == "all" else None
            for line in evaluate(extractor, subset, args.show_misses and language == "all", confusion).lines():
                print(line)
            if args.confusion and confusion:
                print(f"{split}: wrong term and category, gold -> extracted (count)")
                for (field, gold, got), count in sorted(confusion.items(), key=lambda item: (item[0][0], -item[1])):
                    print(f"  {field:9} {gold or '(none)':38} -> {got or '(none)':38} {count:5}")


if __name__ == "__main__":
    sys.exit(main())
