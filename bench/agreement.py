"""How far two labellers of the same excerpts agree, beside the extractor's scores on the same rows.

Usage: PYTHONPATH=src python bench/agreement.py FIRST.csv SECOND.csv [--confusion]

FIRST and SECOND label the same excerpts (same texts) with the columns of bench/heldout/ (see its README): FIRST
is a held-out file, SECOND a blind relabelling of its texts by a labeller who read only the vocabulary, the
held-out README and the texts (bench/heldout/agreement/). Each side is scored against the other with exactly the
scorer of bench/heldout_eval.py (the same pairing of rows, the same fields, a missed row wrong on every field), and
the extractor is scored against each. Where two careful people given the same instructions agree on, say, 85 % of
the categories, an extractor's category score on one person's labels cannot be read against a target above that.
Needs nothing outside the repository.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from heldout_eval import _int, evaluate  # the held-out scorer (bench/ is the script's folder)
from idmon.domain.vocabulary import Category, Qualifier, Term, Unit
from idmon.extract import Extractor, Fact
from idmon.geo.gazetteer import Gazetteer
from idmon.geo.sources import default_gazetteer


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _fact(row: dict[str, str]) -> Fact:
    """One labelled row as a fact, so that the held-out scorer can pair it with the other labeller's rows."""
    value = _int(row["reported"])
    return Fact(
        reported=value,
        quantity_text=row["reported"],
        span=(0, 0),
        excerpt="",
        unit=Unit(row["unit"]) if row["unit"].strip() else Unit.PERSON,
        term=Term(row["term"]) if row["term"].strip() else None,
        category=Category(row["category"]) if row["category"].strip() else None,
        qualifier=Qualifier(row["qualifier"]) if row["qualifier"].strip() else Qualifier.EXACT,
        reported_max=_int(row["reported_max"]),
        vague=value is None,
        country=row["country"].strip() or None,
        admin1=row["admin1"].strip() or None,
    )


class Labeller:
    """Reads an excerpt as a labeller did: the rows they wrote for its text (an extractor's interface)."""

    def __init__(self, rows: list[dict[str, str]], gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self.by_text: dict[str, list[Fact]] = defaultdict(list)
        for row in rows:
            if row["term"].strip() != "none":
                self.by_text[row["text"]].append(_fact(row))
        self.texts = {row["text"] for row in rows}

    def extract(self, text: str, published: date | None = None) -> list[Fact]:  # noqa: ARG002 - the interface
        """The labeller's rows for ``text``."""
        if text not in self.texts:
            raise SystemExit("error: the two files do not label the same texts (a text of one is not in the other)")
        return list(self.by_text[text])


def _table(columns: dict[str, dict[str, tuple[int, int]]]) -> list[str]:
    fields = list(next(iter(columns.values())))
    lines = [f"  {'field':<26} " + " ".join(f"{name:>22}" for name in columns)]
    for field in fields:
        cells = []
        for scores in columns.values():
            right, total = scores.get(field, (0, 0))
            cells.append(f"{right / total:6.3f} ({right:>4}/{total:<4})" if total else f"{'-':>22}")
        lines.append(f"  {field:<26} " + " ".join(f"{cell:>22}" for cell in cells))
    return lines


def main() -> None:
    """Score each labeller against the other and the extractor against both, on the same excerpts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path, help="a held-out CSV (the first labeller)")
    parser.add_argument("second", type=Path, help="a blind relabelling of the same texts (the second labeller)")
    parser.add_argument("--confusion", action="store_true", help="wrong (first, second) category pairs")
    args = parser.parse_args()
    first, second = _rows(args.first), _rows(args.second)
    if {r["text"] for r in first} != {r["text"] for r in second}:
        sys.exit("error: the two files do not label the same set of texts; relabel every excerpt of the first")
    gazetteer = default_gazetteer()
    extractor = Extractor(gazetteer)
    columns: dict[str, dict[str, tuple[int, int]]] = {}
    confusion: Counter[tuple[str, str, str]] = Counter()
    runs = (
        ("second vs first", Labeller(second, gazetteer), first),
        ("first vs second", Labeller(first, gazetteer), second),
        ("idmon vs first", extractor, first),
        ("idmon vs second", extractor, second),
    )
    for name, reader, gold in runs:
        score = evaluate(reader, gold, False, confusion if name == "second vs first" else None)  # type: ignore[arg-type]
        columns[name] = {field: (score.right[field], score.total[field]) for field in score.total}
    print(
        f"{args.first.name}: {len(first)} rows; {args.second.name}: {len(second)} rows; "
        f"{len({r['text'] for r in first})} excerpts"
    )
    print("\n".join(_table(columns)))
    if args.confusion:
        print("category, first -> second (count):")
        for (field, said, got), count in sorted(confusion.items(), key=lambda item: -item[1]):
            if field == "category":
                print(f"  {said:38} -> {got:38} {count:4}")


if __name__ == "__main__":
    sys.exit(main())
