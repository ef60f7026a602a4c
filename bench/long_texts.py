"""How extraction time grows with the length of one structure: a key-figures box of N lines with no full stop, and a
one-line list of N places' shares.

Usage: PYTHONPATH=src python bench/long_texts.py [--sizes 200 400 800 1600]

Texts are made up here (place names from Mali, numbers from a seeded generator); nothing is read from ``../shared``.
For each size it prints the characters, facts, seconds and the growth against the size before: a ratio near 2 when
the size doubles is linear time, near 4 quadratic. Untrusted documents are often such boxes and lists: a quadratic
step is a document that stalls an ingest.
"""

from __future__ import annotations

import argparse
import random
import time

from idmon.extract import Extractor
from idmon.geo.sources import default_gazetteer

PLACES = ("Mopti", "Ségou", "Gao", "Kidal", "Sikasso", "Kayes", "Tombouctou", "Koulikoro", "Bamako", "Ménaka")


def box(size: int, rng: random.Random) -> str:
    """A key-figures box: a heading, then one line per place and figure, no full stop."""
    lines = ["KEY FIGURES"]
    for index in range(size):
        place = PLACES[index % len(PLACES)]
        lines.append(
            f"People displaced in {place} district area number {index} since January according to the cluster: "
            f"{rng.randint(100, 90_000):,} people"
        )
    return "\n".join(lines)


def shares(size: int, rng: random.Random) -> str:
    """A one-line list of places' shares of a total."""
    items = ", ".join(f"{PLACES[index % len(PLACES)]} for {rng.randint(100, 9_000):,}" for index in range(size))
    return f"Floods displaced 200,000 people, with {items}."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", type=int, default=[200, 400, 800, 1600])
    args = parser.parse_args()
    extractor = Extractor(default_gazetteer())
    extractor.extract(box(20, random.Random(0)))  # (lazy word lists and indexes built before timing)
    print(f"{'structure':<10} {'size':>6} {'chars':>8} {'facts':>6} {'seconds':>8} {'growth':>7}")
    for name, make in (("box", box), ("shares", shares)):
        before = None
        for size in args.sizes:
            text = make(size, random.Random(size))
            started = time.perf_counter()
            facts = extractor.extract(text)
            seconds = time.perf_counter() - started
            growth = f"{seconds / before:.2f}" if before else "-"
            print(f"{name:<10} {size:>6} {len(text):>8} {len(facts):>6} {seconds:>8.2f} {growth:>7}")
            before = seconds


if __name__ == "__main__":
    main()
