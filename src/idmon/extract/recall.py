"""A learned second look at the numbers the rules passed over.

The rules (``figures.py``, ``pipeline.py``) keep a number of a sentence with displacement wording only where they can
tell what it counts. Numbers told in ways no rule knows ("Près de 95 000 autres se sont installés dans les villages",
"Dhubri alone accounts for over 7.5 lakh of them") are then lost. A logistic regression over the words around each
number the rules passed over (as the term and category model reads them: ``reranker.py``), the sentence's words and
wording cues, and the number's own shape gives the probability that it is a displacement figure after all; where it
is at least ``THRESHOLD``, the number is read as one: its unit from the noun after it, its qualifier from the words
before it, its term from the nearest wording cue of its sentence (then the term and category model reads it like
any other figure), its place, date and cause like any other. It is also shown the counts of people ("1,600
civilians", "2 000 familles") of the other sentences of a text with displacement wording somewhere, with a feature
that says so, and reads them from ``OUTSIDE_THRESHOLD``.

Trained by ``bench/train_recall.py`` on idmon's own ``dev`` held-out excerpts (``bench/heldout``, written for the
project, Apache-2.0): the numbers the rules passed over, labelled by whether a gold row counts them. Shipped as
``data/recall.json``: plain weights, read with the standard library, no model download. Turned off with
``Extractor(recall=False)`` (and with ``rerank=False``, which gives the rules alone).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from itertools import pairwise
from typing import Any

from idmon.extract.numbers import Quantity
from idmon.extract.qualifiers import qualifier_for
from idmon.extract.reranker import SIDE, WINDOW, shipped_weights, words
from idmon.extract.terms import Cue, find_head, find_head_before

#: A name right before a number, maybe with a bracket, colon or dash between: "Peru (", "Eráti – ", "Tigray: ".
_NAME_BEFORE_RE = re.compile(r"\b[A-ZÀ-Ý][\w'’-]+\s*[(:–—-]?\s*\Z")

#: Where the shipped weights are.
MODEL_RESOURCE = "recall.json"
#: The model's format; a file of another version is refused.
FORMAT_VERSION = 1
#: How sure the model must be that a number the rules passed over is a figure to read it as one (chosen by
#: cross-validation over the dev files and on dev files the model was not trained on).
THRESHOLD = 0.4
#: The same for a count of people in a sentence with no wording of displacement (``outside``), where news prose holds
#: many counts of people that are none: those the people were ordered or advised to move, who came to help, who
#: live somewhere.
OUTSIDE_THRESHOLD = 0.5


class RecallModelError(ValueError):
    """The model file is missing pieces or of another format version: retrain it with ``bench/train_recall.py``."""


def own_features(
    text: str, sentence: tuple[int, int], quantity: Quantity, cues: Iterable[Cue], figures: int
) -> dict[str, float]:
    """The features of a number the rules passed over that are its own: the words each side of it (apart, the three
    nearest by position, pairs of neighbours), its size and shape, the wording cues of its sentence (``cues``: kind,
    term, side and distance) and how many figures the rules read in the sentence (``figures``)."""
    feats: dict[str, float] = {}
    left = words(text[max(sentence[0], quantity.start - SIDE) : quantity.start])[-WINDOW:]
    right = words(text[quantity.end : min(sentence[1], quantity.end + SIDE)])[: WINDOW + 2]
    for position, word in enumerate(reversed(left)):
        feats["L:" + word] = feats.get("L:" + word, 0.0) + 1.0
        if position < 3:
            feats[f"L{position}:{word}"] = 1.0
    for position, word in enumerate(right):
        feats["R:" + word] = feats.get("R:" + word, 0.0) + 1.0
        if position < 3:
            feats[f"R{position}:{word}"] = 1.0
    for first, second in pairwise(left):
        feats[f"LB:{first}_{second}"] = 1.0
    for first, second in pairwise(right):
        feats[f"RB:{first}_{second}"] = 1.0
    value = quantity.value or 0
    feats[f"digits={len(str(value))}"] = 1.0
    feats[f"round={int(value % 100 == 0)}"] = 1.0
    feats[f"spelled={int(quantity.spelled)}"] = 1.0
    feats[f"multiplied={int(quantity.multiplied)}"] = 1.0
    near = [cue for cue in cues if sentence[0] <= cue.start < sentence[1]]
    feats[f"cues={min(len(near), 3)}"] = 1.0
    for cue in near:
        side = "before" if cue.end <= quantity.start else "after"
        gap = quantity.start - cue.end if side == "before" else cue.start - quantity.end
        distance = "near" if gap < 30 else "mid" if gap < 100 else "far"
        term = cue.term.value if cue.term is not None else "-"
        feats[f"cue={cue.kind.value}|{term}|{side}|{distance}"] = 1.0
    feats[f"figures={min(figures, 3)}"] = 1.0
    # what it counts (the noun after it, or a label's before it), its hedge, and a name right before it ("Peru (1.6
    # million)", "Eráti – 73,450")
    head = find_head(text, quantity.end)
    feats[f"head={head.unit.value if head is not None else '-'}"] = 1.0
    if head is not None:
        feats["H:" + head.text.lower().split()[-1]] = 1.0
    before = find_head_before(text, quantity.start)
    if before is not None:
        feats[f"headbefore={before.unit.value}"] = 1.0
    qualifier, _ = qualifier_for(text, quantity.start, quantity.end, approximate=quantity.approximate)
    feats[f"qualifier={qualifier.value}"] = 1.0
    if _NAME_BEFORE_RE.search(text, max(sentence[0], quantity.start - 40), quantity.start):
        feats["name-before"] = 1.0
    return feats


def sentence_features(text: str, sentence: tuple[int, int]) -> dict[str, float]:
    """The features a number shares with the other numbers of its sentence: the sentence's words."""
    return dict.fromkeys(("S:" + word for word in words(text[sentence[0] : sentence[1]])), 1.0)


def candidate_features(
    text: str, sentence: tuple[int, int], quantity: Quantity, cues: Iterable[Cue], figures: int
) -> dict[str, float]:
    """All the features of a number the rules passed over (:func:`own_features` and :func:`sentence_features`), as
    the model is trained on them."""
    return own_features(text, sentence, quantity, cues, figures) | sentence_features(text, sentence)


@dataclass(frozen=True)
class RecallModel:
    """Weights of a binary logistic regression over sparse features."""

    intercept: float
    weights: dict[str, float]
    #: What the model was trained on, for the documentation.
    trained: str = ""
    #: The weights' name in a fact's ``method`` ("recall-" and the start of the file's SHA-256).
    version: str = "recall"
    threshold: float = THRESHOLD

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RecallModel:
        if data.get("format") != FORMAT_VERSION:
            raise RecallModelError(f"recall model format {data.get('format')!r}, expected {FORMAT_VERSION}")
        try:
            intercept = float(data["intercept"])
            weights = {str(feature): float(weight) for feature, weight in data["weights"].items()}
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise RecallModelError(f"recall model weights unreadable: {error}") from error
        return cls(intercept, weights, str(data.get("trained", "")))

    def partial(self, feats: dict[str, float]) -> float:
        """What ``feats`` add to the score (a part of the features, scored once for several numbers)."""
        get = self.weights.get
        return sum(get(feature, 0.0) * value for feature, value in feats.items())

    def probability(self, feats: dict[str, float], *partials: float) -> float:
        """The probability that the number with features ``feats`` (and the ``partials`` of the rest of its
        features) is a displacement figure."""
        score = self.intercept + self.partial(feats) + sum(partials)
        return 1.0 / (1.0 + math.exp(-score)) if score > -500 else 0.0


@cache
def default_recall_model() -> RecallModel:
    """The weights shipped with idmon (``idmon/extract/data/recall.json``), read once."""
    shipped = shipped_weights(MODEL_RESOURCE)
    if isinstance(shipped, Exception):
        raise RecallModelError(f"cannot read the shipped recall model ({shipped}): reinstall idmon") from shipped
    data, digest = shipped
    return replace(RecallModel.from_json(data), version=f"recall-{digest}")
