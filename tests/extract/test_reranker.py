"""The learned term and category model on top of the rules (idmon/extract/reranker.py)."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from idmon.domain.vocabulary import CROSS_BORDER_CATEGORIES, Category, Term, Unit
from idmon.extract import Extractor, Fact
from idmon.extract import pipeline as pipeline_module
from idmon.extract.reranker import (
    FORMAT_VERSION,
    HOUSING_TERMS,
    Reranker,
    RerankerError,
    default_reranker,
    features,
    label,
)
from idmon.geo.gazetteer import Gazetteer

PUBLISHED = date(2024, 6, 1)

REPORT = (
    "MOZAMBIQUE: Flash Update No. 3 (31 May 2024)\n"
    "Heavy rains since 24 May flooded Búzi district in Sofala province. About 12,400 people are staying in 31 "
    "accommodation centres, and 2,150 houses were destroyed. Another 900 families fled to relatives in Beira. "
    "Across the border, some 3,000 Mozambicans have sought refuge in Malawi. Since the waters receded, 1,800 "
    "people have returned home. Five people died and 14 were injured."
)


def _model(classes: list[str], weights: dict[str, list[list[float]]], intercept: list[float] | None = None) -> Reranker:
    return Reranker.from_json(
        {
            "format": FORMAT_VERSION,
            "trained": "test",
            "classes": classes,
            "intercept": intercept or [0.0] * len(classes),
            "weights": weights,
        }
    )


def _fact(term: Term | None, category: Category | None, unit: Unit = Unit.PERSON) -> Fact:
    return Fact(
        reported=2000, quantity_text="2,000", span=(10, 15), excerpt="", term=term, category=category, unit=unit
    )


def test_the_shipped_model_is_read_and_names_only_vocabulary_values() -> None:
    model = default_reranker()
    assert "dev rows" in model.trained
    assert len(model.classes) > 20 and len(model.weights) > 1000
    assert (Term.SHELTERED, Category.IDPS) in model.classes
    assert (Term.SHELTERED, Category.NEW_DISPLACEMENT) in model.classes
    assert (Term.AFFECTED, None) in model.classes
    # every class has a category, except "affected" figures, which have none
    assert all((category is None) == (term is Term.AFFECTED) for term, category in model.classes)
    probabilities = model.probabilities({"rt=sheltered": 1.0, "L:remain": 1.0})
    assert sum(probabilities) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"format": 99, "classes": [], "intercept": [], "weights": {}}, "format 99"),
        ({"format": FORMAT_VERSION, "classes": ["displaced|idps"], "intercept": [], "weights": {}}, "one intercept"),
        ({"format": FORMAT_VERSION, "classes": ["moved|idps"], "intercept": [0.0], "weights": {}}, "unreadable"),
        ({"format": FORMAT_VERSION, "classes": ["displaced|idps"], "intercept": [0.0]}, "unreadable"),
    ],
)
def test_a_broken_model_file_is_refused_with_a_clear_error(data: dict[str, object], message: str) -> None:
    with pytest.raises(RerankerError, match=message):
        Reranker.from_json(data)


def test_features_read_the_rules_reading_both_sides_of_the_figure_and_its_age() -> None:
    text = "Après les inondations, 2 000 personnes restent hébergées dans des écoles depuis le 3 mai."
    start = text.index("2 000")
    fact = Fact(
        reported=2000,
        quantity_text="2 000",
        span=(start, start + 5),
        excerpt=text,
        term=Term.SHELTERED,
        category=Category.NEW_DISPLACEMENT,
        start_date=date(2024, 5, 3),
    )
    feats = features(text, (0, len(text)), fact, PUBLISHED)
    assert feats["rtc=sheltered|new-displacement"] == 1.0
    assert feats["L0:inondations"] == 1.0 and "R:personnes" in feats and "R0:personnes" in feats
    assert "R:hebergees" in feats and "R:écoles" not in feats and "R:ecoles" in feats  # accents folded
    assert "R:#" in feats  # a number is "#", whatever its value
    assert feats["age=weeks"] == 1.0 and feats["agec=weeks|new-displacement"] == 1.0
    assert "L:personnes" not in feats  # the figure's own words are not on its left


def test_the_model_overrules_the_rules_only_where_it_is_sure_and_never_across_kinds() -> None:
    classes = ["sheltered|idps", "sheltered|new-displacement", "destroyed-housing|new-displacement",
               "multiple-or-other|people-displaced-across-borders"]  # fmt: skip
    model = _model(classes, {"L:remain": [[0, 5.0]], "L:maybe": [[0, 0.3]]})
    flow = _fact(Term.SHELTERED, Category.NEW_DISPLACEMENT)
    term, category, probability = model.choose(flow, {"L:remain": 1.0})
    assert (term, category) == (Term.SHELTERED, Category.IDPS) and probability > 0.9
    # not sure enough: the rules' reading stays, with the model's probability of it
    term, category, probability = model.choose(flow, {"L:maybe": 1.0})
    assert (term, category) == (Term.SHELTERED, Category.NEW_DISPLACEMENT) and probability < 0.6
    # a reading with no rule behind it (a number the learned step read) takes the model's best, however unsure
    term, category, probability = model.choose(flow, {"L:maybe": 1.0}, min_probability=0.0)
    assert (term, category) == (Term.SHELTERED, Category.IDPS) and probability < 0.6
    # houses stay houses, people abroad stay abroad, whatever the words say
    houses = _fact(Term.DESTROYED_HOUSING, Category.NEW_DISPLACEMENT, Unit.HOUSEHOLD)
    assert model.choose(houses, {"L:remain": 1.0})[:2] == (Term.DESTROYED_HOUSING, Category.NEW_DISPLACEMENT)
    abroad = _fact(Term.MULTIPLE_OR_OTHER, Category.PEOPLE_DISPLACED_ACROSS_BORDERS)
    assert model.choose(abroad, {"L:remain": 1.0})[1] is Category.PEOPLE_DISPLACED_ACROSS_BORDERS


def test_changes_of_term_the_model_file_blocks_are_never_made() -> None:
    classes = ["multiple-or-other|new-displacement", "displaced|new-displacement", "displaced|idps"]
    weights = {"L:relatives": [[1, 6.0], [2, 5.0]]}
    mixed = _fact(Term.MULTIPLE_OR_OTHER, Category.NEW_DISPLACEMENT)
    free = _model(classes, weights)
    assert free.choose(mixed, {"L:relatives": 1.0})[0] is Term.DISPLACED
    data = {"format": FORMAT_VERSION, "trained": "test", "classes": classes, "intercept": [0.0] * 3,
            "weights": weights, "blocked": [["multiple-or-other", "displaced"]]}  # fmt: skip
    blocked = Reranker.from_json(data)
    assert blocked.choose(mixed, {"L:relatives": 1.0})[:2] == (Term.MULTIPLE_OR_OTHER, Category.NEW_DISPLACEMENT)
    # the same change from another term is still made
    fled = _fact(Term.FORCED_TO_FLEE, Category.NEW_DISPLACEMENT)
    assert blocked.choose(fled, {"L:relatives": 1.0})[0] is Term.DISPLACED
    with pytest.raises(RerankerError, match="blocked"):
        Reranker.from_json(data | {"blocked": [["multiple-or-other"]]})


def test_affected_figures_stay_affected_and_others_never_become_affected(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a model sure of the opposite of the rules each time: "affected" for everything, then "displaced" for everything
    for forced in ("affected|", "displaced|new-displacement"):
        other = "displaced|new-displacement" if forced == "affected|" else "affected|"
        model = _model([forced, other], {}, intercept=[5.0, 0.0])
        monkeypatch.setattr(pipeline_module, "default_reranker", lambda model=model: model)
        fled, flooded = Extractor(gazetteer, rerank=True).extract(
            "Some 900 families fled the floods in Búzi district, Mozambique, last week, and 2,400 houses were "
            "flooded in Beira.",
            published=PUBLISHED,
        )
        assert fled.term is not Term.AFFECTED and fled.total is not None and fled.total > 900
        assert flooded.term is Term.AFFECTED and flooded.total is None and flooded.unit is Unit.HOUSEHOLD


def test_the_split_scores_at_run_time_equal_the_scores_of_the_training_features(gazetteer: Gazetteer) -> None:
    from idmon.extract.reranker import lead_features, own_features, sentence_features
    from idmon.extract.segments import Sentences

    model = default_reranker()
    document = Extractor(gazetteer, rerank=False).read(REPORT, PUBLISHED, relevance=False)
    sentences = Sentences(document.text)
    for fact in document.facts:
        sentence = sentences.around(fact.span[0])
        whole = model.probabilities(features(document.text, sentence, fact, PUBLISHED))
        split = model.probabilities(
            own_features(document.text, sentence, fact, PUBLISHED),
            model.partial(sentence_features(document.text, sentence)),
            model.partial(lead_features(document.text)),
        )
        assert whole == pytest.approx(split, abs=1e-12)


def test_a_figure_in_a_very_long_sentence_reads_only_the_words_near_it() -> None:
    text = "Some 2,000 people fled " + "and then, " * 20_000 + "finally 3,000 people were displaced in Gao."
    start = text.index("3,000")
    fact = _fact(Term.DISPLACED, Category.NEW_DISPLACEMENT)
    fact.span = (start, start + 5)
    feats = features(text, (0, len(text)), fact, None)
    assert sum(1 for key in feats if key.startswith("L:")) <= 3 and feats["L:then"] > 1
    assert feats["R0:people"] == 1.0 and "R:gao" in feats


def test_the_model_changes_only_terms_categories_and_confidences(gazetteer: Gazetteer) -> None:
    rules = Extractor(gazetteer, rerank=False).extract(REPORT, published=PUBLISHED)
    reranked = Extractor(gazetteer).extract(REPORT, published=PUBLISHED)
    assert [f.reported for f in reranked] == [f.reported for f in rules] == [12_400, 2_150, 900, 3_000, 1_800]
    for before, after in zip(rules, reranked, strict=True):
        same = ("span", "unit", "qualifier", "country", "admin1", "start_date", "end_date", "cause", "excerpt")
        assert all(getattr(before, key) == getattr(after, key) for key in same)
        assert (before.term in HOUSING_TERMS) == (after.term in HOUSING_TERMS)
        assert (before.category in CROSS_BORDER_CATEGORIES) == (after.category in CROSS_BORDER_CATEGORIES)
        assert 0.05 <= after.confidence <= before.confidence
    by_number = {f.reported: f for f in reranked}
    assert by_number[2_150].term is Term.DESTROYED_HOUSING
    assert by_number[3_000].category in CROSS_BORDER_CATEGORIES and by_number[3_000].country == "MOZ"
    assert by_number[1_800].term is Term.RETURNS
    assert by_number[12_400].term is Term.SHELTERED and by_number[12_400].country == "MOZ"
    assert label(by_number[900].term, by_number[900].category).endswith("|new-displacement")


def test_the_default_extract_function_uses_the_model() -> None:
    import idmon

    facts = idmon.extract(REPORT, published=PUBLISHED)
    assert [f.reported for f in facts] == [12_400, 2_150, 900, 3_000, 1_800]
    rules = Extractor(pipeline_module.default_extractor().gazetteer, rerank=False).extract(REPORT, published=PUBLISHED)
    assert all(f.confidence <= r.confidence for f, r in zip(facts, rules, strict=True))
    assert all(re.fullmatch(r"extract:rules-[\d.]+\+reranker-[0-9a-f]{8}", f.method) for f in facts)


def test_the_shipped_weights_are_valid_json_with_rounded_weights() -> None:
    from importlib.resources import files

    data = json.loads(files("idmon.extract").joinpath("data", "reranker.json").read_text(encoding="utf-8"))
    assert data["format"] == FORMAT_VERSION
    assert len(data["intercept"]) == len(data["classes"])
    assert all(0 <= index < len(data["classes"]) for pairs in data["weights"].values() for index, _ in pairs)


def test_new_arrivals_read_as_a_flight_abroad_keep_the_flight_term_after_the_model() -> None:
    import idmon

    text = "Some 1,200 new arrivals from Sudan were registered at the Adré border point last week."
    [fact] = idmon.extract(text, published=PUBLISHED)
    assert (fact.term, fact.category, fact.country) == (Term.FORCED_TO_FLEE, Category.CROSS_BORDER_FLIGHT, "SDN")
