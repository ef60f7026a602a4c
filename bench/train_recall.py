"""Train the model that reads some of the numbers the rules passed over (idmon/extract/data/recall.json).

Usage: PYTHONPATH=src:bench python bench/train_recall.py [--hold-out FILE ...] [--out PATH] [--c C]
       PYTHONPATH=src:bench python bench/train_recall.py --cv 5 [--c C]

Reads every ``dev`` row of ``bench/heldout/*.csv`` (files written for idmon, see bench/heldout/README.md; never the
``test`` rows, never ``../shared/eval``) and runs the rules alone (``Extractor(rerank=False)``) over each excerpt.
Every number of a candidate sentence the rules read no figure from (``Extractor._passed_over``, the very numbers the
model sees at run time) is an example: a figure when a gold row of the excerpt has its value and was missed by the
rules, none when no gold row has its value (a value the rules found elsewhere in the excerpt, or a missed count of
houses, is left out: it is no clear example either way). A binary logistic regression (scikit-learn, the ``train``
extra) is fitted over ``idmon.extract.recall.candidate_features``; features seen once are dropped and weights under
``--min-weight`` pruned. ``--cv K`` trains nothing: it scores each group of files with a model trained on the others
and prints how many numbers each threshold would read and how many of them are figures. Deterministic.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from typing import Any

from heldout_eval import _pair  # the scorer's own pairing (bench/ is the script's folder)
from idmon.extract import Extractor
from idmon.extract.figures import Reading
from idmon.extract.numbers import Quantity
from idmon.extract.recall import FORMAT_VERSION, RecallModel, sentence_features
from idmon.extract.terms import HOUSING_TERMS
from idmon.geo.sources import default_gazetteer

HELDOUT = Path(__file__).resolve().parent / "heldout"
OUT = Path(__file__).resolve().parents[1] / "src" / "idmon" / "extract" / "data" / "recall.json"
FIGURE = "figure"
#: Gold rows of houses are no example either way: the model reads people (houses are left to the rules).
HOUSING = {term.value for term in HOUSING_TERMS}


class _Capturing(Extractor):
    """The rules alone, keeping the numbers they passed over with the model's features (and reading none)."""

    def __init__(self) -> None:
        super().__init__(default_gazetteer(), rerank=False, recall=True)
        self.passed: list[tuple[Quantity, dict[str, float]]] = []

    def _recalled(self, context: Any, quantities: list[Quantity], readings: list[Reading]) -> list[Reading]:
        self.passed += [
            (quantity, feats | sentence_features(context.text, sentence))
            for quantity, sentence, feats in self._passed_over(context, quantities, readings)
        ]
        return readings


def examples(paths: list[Path]) -> tuple[list[dict[str, float]], list[str], list[str]]:
    """Features, label (figure or none) and file of every number the rules passed over in the dev excerpts."""
    extractor = _Capturing()
    feats: list[dict[str, float]] = []
    labels: list[str] = []
    files: list[str] = []
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = [row for row in csv.DictReader(handle) if row["split"] == "dev"]
        excerpts: dict[str, list[dict[str, str]]] = defaultdict(list)
        for row in rows:
            excerpts[row["text"]].append(row)
        for text, gold_rows in excerpts.items():
            published = date.fromisoformat(gold_rows[0]["published"]) if gold_rows[0]["published"].strip() else None
            extractor.passed = []
            document = extractor.read(text, published, relevance=False)
            figures = [row for row in gold_rows if row["term"].strip() != "none"]
            paired = _pair(figures, document.facts) if figures else []
            missed = {
                int(row["reported"])
                for row, fact in zip(figures, paired, strict=True)
                if fact is None and row["reported"].strip() and row["term"].strip() not in HOUSING
            }
            values = {int(row["reported"]) for row in figures if row["reported"].strip()}
            for quantity, features in extractor.passed:
                if quantity.value in missed:
                    labels.append(FIGURE)
                elif quantity.value in values:
                    continue
                else:
                    labels.append("none")
                feats.append(features)
                files.append(path.name)
    return feats, labels, files


def fit(feats: list[dict[str, float]], labels: list[str], c: float, min_weight: float) -> dict[str, Any]:
    """The model file's contents (without its ``trained`` line)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(key for f in feats for key in f)
    kept = [{k: v for k, v in f.items() if seen[k] >= 2} for f in feats]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(kept)
    model = LogisticRegression(C=c, max_iter=5000).fit(matrix, [label == FIGURE for label in labels])
    weights = {
        str(name): round(float(weight), 4)
        for name, weight in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if abs(weight) >= min_weight
    }
    return {
        "format": FORMAT_VERSION,
        "intercept": round(float(model.intercept_[0]), 4),
        "weights": dict(sorted(weights.items())),
    }


def cross_validate(
    feats: list[dict[str, float]], labels: list[str], files: list[str], args: argparse.Namespace
) -> None:
    names = sorted(set(files))
    fold_of = {name: index % args.cv for index, name in enumerate(names)}
    probabilities = [0.0] * len(labels)
    for fold in range(args.cv):
        train = [i for i, name in enumerate(files) if fold_of[name] != fold]
        model = RecallModel.from_json(
            fit([feats[i] for i in train], [labels[i] for i in train], args.c, args.min_weight)
        )
        for i, name in enumerate(files):
            if fold_of[name] == fold:
                probabilities[i] = model.probability(feats[i])
    figures = labels.count(FIGURE)
    print(f"cross-validated, {args.cv} folds by file: {len(labels)} numbers passed over, {figures} of them figures")
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7):
        read = [i for i, p in enumerate(probabilities) if p >= threshold]
        right = sum(labels[i] == FIGURE for i in read)
        print(
            f"  from p >= {threshold}: {len(read)} read, {right} figures ({right / max(1, len(read)):.2f}), "
            f"{right / max(1, figures):.2f} of the figures passed over"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hold-out", nargs="*", default=[], help="file names left out of training")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--min-weight", type=float, default=0.01)
    parser.add_argument("--cv", type=int, default=0, help="cross-validate over this many groups of files")
    args = parser.parse_args()
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("error: training needs scikit-learn: pip install -e '.[train]'")
    paths = sorted(p for p in HELDOUT.glob("*.csv") if p.name not in set(args.hold_out))
    feats, labels, files = examples(paths)
    if args.cv:
        cross_validate(feats, labels, files, args)
        return
    data = fit(feats, labels, args.c, args.min_weight)
    held = f", {len(args.hold_out)} files held out" if args.hold_out else ""
    data = {
        "format": data["format"],
        "trained": f"{len(labels)} numbers passed over ({labels.count(FIGURE)} figures) in {len(paths)} files of "
        f"bench/heldout{held}",
    } | {key: value for key, value in data.items() if key != "format"}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    size = args.out.stat().st_size / 1e6
    print(f"{data['trained']}; {len(data['weights'])} weights; written {args.out} ({size:.2f} MB)")


if __name__ == "__main__":
    main()
