"""A learned second opinion on each figure's term and category.

The rules (``figures.py``, ``pipeline.py``) read a figure's term and category from its wording. Where writers follow
conventions the rules do not spell out (a disaster's shelter count in its first weeks is new displacement, a conflict's
is a stock), a linear model over the words around the figure, the rules' own reading, the figure's cause, unit and date
knows them better. It picks one (term, category) pair among those it was trained on; the pair that scores best
replaces the rules' reading, and its probability scales the fact's ``confidence``.

The model is multinomial logistic regression, trained by ``bench/train_reranker.py`` on idmon's own ``dev`` held-out
excerpts (``bench/heldout``, written for the project, Apache-2.0) and shipped as ``data/reranker.json``: plain weights,
read with the standard library, no model download. Nothing of ``../shared/eval`` goes into it. Turn it off with
``Extractor(rerank=False)`` (the training script reads the rules' own output so).

The model never turns a count of houses into a count of people or back (the unit depends on it), never moves a figure
into or out of "affected" (flooded homes are "affected" households), and never turns people abroad into people at home
or back (their country is the one they fled, found by the rules that read them abroad; the issue's rule: people
abroad are never IDPs); a figure the rules gave no term keeps none.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from importlib.resources import files
from itertools import pairwise
from typing import Any

from idmon.domain.vocabulary import CROSS_BORDER_CATEGORIES, Category, Term
from idmon.extract.facts import Fact
from idmon.extract.terms import HOUSING_TERMS

#: Where the shipped weights are.
MODEL_RESOURCE = "reranker.json"
#: The model's format; a file of another version is refused.
FORMAT_VERSION = 1
#: How sure the model must be of another reading than the rules' to give it: 0.5 since the thirty-fifth session,
#: chosen by cross-validation by file on the dev rows (``bench/train_reranker.py --cv 5``: 18,098 figures, term 0.9139
#: at 0.6, 0.9151 at 0.5, 0.9150 at 0.4; category 0.9151 and 0.9149) and checked on the agreement excerpts (one more
#: right term of 450 at 0.5); 0.6 before, chosen on the agreement excerpts.
MIN_PROBABILITY = 0.5
#: How many characters open the text whose words are features of every figure (its title, dateline, lead).
LEAD = 300
#: How many words on each side of the figure are features.
WINDOW = 10
#: How far on each side of the figure those words are looked for, in characters.
SIDE = 400

_WORD_RE = re.compile(r"[^\W\d_]+|\d+")


class RerankerError(ValueError):
    """The model file is missing pieces or of another format version: retrain it with ``bench/train_reranker.py``."""


def words(text: str) -> list[str]:
    """Lower-case words without accents; every number is ``#``."""
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return ["#" if word[0].isdigit() else word for word in _WORD_RE.findall(text.lower())]


def _age_bucket(days: int) -> str:
    """How long before the publication the figure's date lies, in coarse steps."""
    if days < 0:
        return "future"
    for limit, name in ((1, "day"), (10, "days"), (45, "weeks"), (120, "months"), (400, "year")):
        if days <= limit:
            return name
    return "years"


def own_features(text: str, sentence: tuple[int, int], fact: Fact, published: date | None) -> dict[str, float]:
    """The features of one figure that are its own: the rules' reading, its cause, unit and date, and the words
    each side of it in its sentence (apart, the three nearest by position, pairs of neighbours)."""
    start, end = fact.span
    term = fact.term.value if fact.term is not None else "-"
    category = fact.category.value if fact.category is not None else "-"
    feats: dict[str, float] = {
        f"rt={term}": 1.0,
        f"rc={category}": 1.0,
        f"rtc={term}|{category}": 1.0,
        f"cause={fact.cause.value if fact.cause is not None else None}": 1.0,
        f"unit={fact.unit.value}": 1.0,
        f"acc={fact.date_accuracy.value if fact.date_accuracy is not None else None}": 1.0,
        f"span={int(fact.end_date is not None and fact.start_date != fact.end_date)}": 1.0,
    }
    if published is not None and fact.start_date is not None:
        age = _age_bucket((published - fact.start_date).days)
        feats[f"age={age}"] = 1.0
        feats[f"agec={age}|{category}"] = 1.0
    # (the words within SIDE characters: a sentence may be a 50 KB list, and ten words fit in far fewer)
    left = words(text[max(sentence[0], start - SIDE) : start])[-WINDOW:]
    right = words(text[end : min(sentence[1], end + SIDE)])[: WINDOW + 2]
    for position, word in enumerate(reversed(left)):
        key = "L:" + word
        feats[key] = feats.get(key, 0.0) + 1.0
        if position < 3:
            feats[f"L{position}:{word}"] = 1.0
    for position, word in enumerate(right):
        key = "R:" + word
        feats[key] = feats.get(key, 0.0) + 1.0
        if position < 3:
            feats[f"R{position}:{word}"] = 1.0
    for first, second in pairwise(left):
        feats[f"LB:{first}_{second}"] = 1.0
    for first, second in pairwise(right):
        feats[f"RB:{first}_{second}"] = 1.0
    return feats


def sentence_features(text: str, sentence: tuple[int, int]) -> dict[str, float]:
    """The features a figure shares with the other figures of its sentence: the sentence's words."""
    return dict.fromkeys(("S:" + word for word in words(text[sentence[0] : sentence[1]])), 1.0)


def lead_features(text: str) -> dict[str, float]:
    """The features every figure of a text shares: the words of its first ``LEAD`` characters (title, dateline,
    lead)."""
    return dict.fromkeys(("D:" + word for word in words(text[:LEAD])), 0.3)


def features(text: str, sentence: tuple[int, int], fact: Fact, published: date | None) -> dict[str, float]:
    """All the features of one figure (:func:`own_features`, :func:`sentence_features` and :func:`lead_features`),
    as the model is trained on them."""
    return own_features(text, sentence, fact, published) | sentence_features(text, sentence) | lead_features(text)


def _kind(term: Term | None, category: Category | None) -> tuple[bool, bool, bool]:
    """What the model may not change: whether the figure counts houses, whether its people are abroad (their
    country is the one they fled, set by the rules that found them abroad; people abroad are never IDPs), and whether
    it is "affected" (out of totals; flooded homes are "affected" households, which must not become people)."""
    return term in HOUSING_TERMS, category in CROSS_BORDER_CATEGORIES, term is Term.AFFECTED


def label(term: Term | None, category: Category | None) -> str:
    """A (term, category) pair as the model's class name ("sheltered|idps", "affected|")."""
    return f"{term.value if term is not None else ''}|{category.value if category is not None else ''}"


@dataclass(frozen=True)
class Reranker:
    """Weights of a multinomial logistic regression over sparse features."""

    classes: tuple[tuple[Term | None, Category | None], ...]
    intercept: tuple[float, ...]
    #: Each feature's non-zero weights: (class index, weight) pairs.
    weights: dict[str, tuple[tuple[int, float], ...]]
    #: What the model was trained on (rows, files, when), for ``method`` and the documentation.
    trained: str = ""
    #: The weights' name in a fact's ``method`` ("reranker-" and the start of the file's SHA-256).
    version: str = "reranker"
    #: How sure the model must be of another reading than the rules' to give it.
    min_probability: float = MIN_PROBABILITY
    #: Changes of term the model may not make (the rules' term, the model's), chosen by cross-validation by file
    #: (``bench/train_reranker.py --cv``: changes that were wrong more often than right on files left out).
    blocked: frozenset[tuple[str, str]] = frozenset()

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Reranker:
        if data.get("format") != FORMAT_VERSION:
            raise RerankerError(f"reranker format {data.get('format')!r}, expected {FORMAT_VERSION}")
        try:
            classes = []
            for name in data["classes"]:
                term, _, category = str(name).partition("|")
                classes.append((Term(term) if term else None, Category(category) if category else None))
            intercept = tuple(float(v) for v in data["intercept"])
            weights = {
                str(feature): tuple((int(i), float(w)) for i, w in pairs) for feature, pairs in data["weights"].items()
            }
        except (KeyError, TypeError, ValueError) as error:
            raise RerankerError(f"reranker weights unreadable: {error}") from error
        if len(intercept) != len(classes):
            raise RerankerError("reranker weights unreadable: one intercept per class expected")
        try:
            blocked = frozenset((str(a), str(b)) for a, b in data.get("blocked", []))
        except (TypeError, ValueError) as error:
            raise RerankerError(f"reranker blocked changes unreadable: {error}") from error
        return cls(tuple(classes), intercept, weights, str(data.get("trained", "")), blocked=blocked)

    def partial(self, feats: dict[str, float]) -> list[float]:
        """What ``feats`` add to each class's score (a part of the features, scored once for several figures)."""
        scores = [0.0] * len(self.classes)
        self._add(scores, feats)
        return scores

    def probabilities(self, feats: dict[str, float], *partials: list[float]) -> list[float]:
        """The probability of each class (softmax over the linear scores) given ``feats`` and the ``partials`` of
        the rest of the features."""
        scores = list(self.intercept)
        for part in partials:
            scores = [a + b for a, b in zip(scores, part, strict=True)]
        self._add(scores, feats)
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def _add(self, scores: list[float], feats: dict[str, float]) -> None:
        get = self.weights.get
        for feature, value in feats.items():
            pairs = get(feature)
            if pairs is not None:
                for index, weight in pairs:
                    scores[index] += weight * value

    def choose(
        self, fact: Fact, feats: dict[str, float], *partials: list[float], min_probability: float | None = None
    ) -> tuple[Term | None, Category | None, float]:
        """The best (term, category) for ``fact`` among the classes allowed to it, and its probability (given its
        features, or its own features and the ``partials`` of the others); the rules' reading is kept unless the
        best is at least ``min_probability`` (by default the model's own)."""
        kind = _kind(fact.term, fact.category)
        best, best_p, rules_p = None, -1.0, 0.0
        ruled = fact.term.value if fact.term is not None else ""
        for (term, category), p in zip(self.classes, self.probabilities(feats, *partials), strict=True):
            if term is fact.term and category is fact.category:
                rules_p = p
            if (
                p > best_p
                and _kind(term, category) == kind
                and (not self.blocked or (ruled, term.value if term is not None else "") not in self.blocked)
            ):
                best, best_p = (term, category), p
        if best is None or best_p < (self.min_probability if min_probability is None else min_probability):
            return fact.term, fact.category, rules_p  # not sure enough to overrule the rules
        return best[0], best[1], best_p


def shipped_weights(resource: str) -> tuple[dict[str, Any], str] | OSError | json.JSONDecodeError:
    """The JSON weights file ``resource`` shipped in ``idmon/extract/data/`` and the first 8 hex digits of its
    SHA-256 (the weights' name in a fact's ``method``), or the error that kept it from being read."""
    try:
        raw = files("idmon.extract").joinpath("data", resource).read_text(encoding="utf-8")
        data = json.loads(raw)
    except (OSError, json.JSONDecodeError) as error:
        return error
    return data, hashlib.sha256(raw.encode("utf-8")).hexdigest()[:8]


@cache
def default_reranker() -> Reranker:
    """The weights shipped with idmon (``idmon/extract/data/reranker.json``), read once."""
    shipped = shipped_weights(MODEL_RESOURCE)
    if isinstance(shipped, Exception):
        raise RerankerError(f"cannot read the shipped reranker ({shipped}): reinstall idmon") from shipped
    data, digest = shipped
    return replace(Reranker.from_json(data), version=f"reranker-{digest}")
