"""The learned reading of numbers the rules passed over (idmon/extract/recall.py)."""

from __future__ import annotations

import json
import re
from datetime import date
from importlib.resources import files

import pytest

from idmon.domain.vocabulary import Qualifier, Term, Unit
from idmon.extract import Extractor
from idmon.extract import pipeline as pipeline_module
from idmon.extract.numbers import Quantity
from idmon.extract.recall import (
    FORMAT_VERSION,
    THRESHOLD,
    RecallModel,
    RecallModelError,
    candidate_features,
    default_recall_model,
)
from idmon.extract.terms import find_cues
from idmon.geo.gazetteer import Gazetteer

PUBLISHED = date(2024, 6, 1)

#: The rules read the 30,000 who fled; "près de 9 500 autres se sont installés dans les villages" tells its people by
#: a verb no rule knows for a figure; the 12 dead are no figure.
TEXT = (
    "Au Mali, quelque 30 000 réfugiés ont fui vers la Mauritanie. Près de 9 500 autres se sont installés dans les "
    "villages environnants, hors du camp, et 12 personnes sont mortes."
)


def _model(weights: dict[str, float], intercept: float = -5.0) -> RecallModel:
    return RecallModel.from_json({"format": FORMAT_VERSION, "intercept": intercept, "weights": weights})


def test_the_shipped_model_is_read_and_was_trained_on_dev_rows_only() -> None:
    model = default_recall_model()
    assert re.fullmatch(r"recall-[0-9a-f]{8}", model.version)
    assert model.threshold == THRESHOLD
    assert "bench/heldout" in model.trained and "numbers passed over" in model.trained
    assert len(model.weights) > 1_000
    data = json.loads(files("idmon.extract").joinpath("data", "recall.json").read_text(encoding="utf-8"))
    assert data["format"] == FORMAT_VERSION
    assert all(round(weight, 4) == weight for weight in data["weights"].values())


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"format": 99, "intercept": 0.0, "weights": {}}, "format 99"),
        ({"format": FORMAT_VERSION, "weights": {}}, "unreadable"),
        ({"format": FORMAT_VERSION, "intercept": 0.0, "weights": {"L:fled": "much"}}, "unreadable"),
    ],
)
def test_a_broken_model_file_is_refused_with_a_clear_error(data: dict[str, object], message: str) -> None:
    with pytest.raises(RecallModelError, match=message):
        RecallModel.from_json(data)


def test_features_read_the_words_each_side_the_cues_of_the_sentence_and_the_numbers_shape() -> None:
    text = "Another 6,300 settled on the hills, and 48,000 fled."
    quantity = Quantity(8, 13, "6,300", 6_300)
    feats = candidate_features(text, (0, len(text)), quantity, find_cues(text.lower()), 1)
    assert feats["L0:another"] == 1.0 and feats["R0:settled"] == 1.0 and feats["R1:on"] == 1.0
    assert feats["S:hills"] == 1.0 and feats["digits=4"] == 1.0 and feats["figures=1"] == 1.0
    assert any(key.startswith("cue=term|forced-to-flee|after|") for key in feats)
    assert not any(key.startswith("L:") for key in candidate_features(text, (8, 40), quantity, [], 0))


def test_features_read_what_the_number_counts_its_hedge_and_a_name_before_it() -> None:
    text = "Colombia hosts 2.9 million, Peru (1.6 million) and some 4,100 families in Ecuador."
    peru = Quantity(text.index("1.6"), text.index("1.6") + 11, "1.6 million", 1_600_000, multiplied=True)
    feats = candidate_features(text, (0, len(text)), peru, [], 1)
    assert feats["name-before"] == 1.0 and feats["head=-"] == 1.0 and feats["qualifier=exact"] == 1.0
    families = Quantity(text.index("4,100"), text.index("4,100") + 5, "4,100", 4_100)
    feats = candidate_features(text, (0, len(text)), families, [], 1)
    assert "name-before" not in feats and feats["head=household"] == 1.0 and feats["H:families"] == 1.0
    assert feats["qualifier=approximately"] == 1.0


def test_the_probability_is_a_logistic_of_the_weights() -> None:
    model = _model({"R0:settled": 6.0})
    assert model.probability({"R0:settled": 1.0}) == pytest.approx(1 / (1 + 2.718281828**-1.0), rel=1e-6)
    assert model.probability({"R0:fled": 1.0}) < 0.01
    assert _model({}, intercept=-1e6).probability({}) == 0.0


def test_a_number_the_model_is_sure_of_is_read_as_a_figure_with_its_unit_and_qualifier(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert {f.reported for f in Extractor(gazetteer, rerank=False).extract(TEXT, published=PUBLISHED)} == {30_000}
    model = _model({"R0:autres": 8.0, "R0:familles": 8.0})  # sure only of numbers right before these words
    monkeypatch.setattr(pipeline_module, "default_recall_model", lambda: model)
    extractor = Extractor(gazetteer, rerank=False, recall=True)
    facts = {f.reported: f for f in extractor.extract(TEXT, published=PUBLISHED)}
    assert set(facts) == {30_000, 9_500}
    recalled = facts[9_500]
    assert recalled.unit is Unit.PERSON and recalled.qualifier is Qualifier.APPROXIMATELY
    assert recalled.term is Term.IN_RELIEF_CAMP  # the nearest wording cue of its sentence ("camp")
    assert recalled.country == "MLI" and recalled.span[0] == TEXT.index("Près de 9 500") and "9 500" in recalled.excerpt
    assert recalled.method == "extract:rules-0.1+recall" and recalled.confidence < facts[30_000].confidence
    assert facts[30_000].method == "extract:rules-0.1"
    # households: "près de 1 900 familles"
    families = {f.reported: f for f in extractor.extract(TEXT.replace("9 500 autres", "1 900 familles"), PUBLISHED)}
    assert families[1_900].unit is Unit.HOUSEHOLD and families[1_900].total is not None


def test_numbers_the_model_is_unsure_of_are_not_read(gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline_module, "default_recall_model", lambda: _model({"R0:autres": 4.0}))  # p = 0.27
    assert 9_500 not in {f.reported for f in Extractor(gazetteer, rerank=False, recall=True).extract(TEXT, PUBLISHED)}


def test_the_rules_alone_read_no_number_they_passed_over(gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline_module, "default_recall_model", lambda: _model({}, intercept=50.0))  # reads all
    assert {f.reported for f in Extractor(gazetteer, rerank=False).extract(TEXT, PUBLISHED)} == {30_000}
    assert {f.reported for f in Extractor(gazetteer, recall=False).extract(TEXT, PUBLISHED)} == {30_000}
    monkeypatch.undo()
    # the shipped model does not read the dead
    assert 12 not in {f.reported for f in Extractor(gazetteer).extract(TEXT, PUBLISHED)}


def test_the_split_score_at_run_time_equals_the_score_of_the_training_features() -> None:
    from idmon.extract.recall import own_features, sentence_features

    model = default_recall_model()
    text = TEXT
    sentence = (TEXT.index("Près"), len(TEXT))
    quantity = Quantity(TEXT.index("9 500"), TEXT.index("9 500") + 5, "9 500", 9_500)
    cues = find_cues(text.lower())
    whole = model.probability(candidate_features(text, sentence, quantity, cues, 0))
    split = model.probability(
        own_features(text, sentence, quantity, cues, 0), model.partial(sentence_features(text, sentence))
    )
    assert split == pytest.approx(whole, abs=1e-12)
    assert 0.0 < whole < 1.0


def _reads_all(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model sure of every number it is shown: what it reads is what the step lets it see."""
    monkeypatch.setattr(pipeline_module, "default_recall_model", lambda: _model({}, intercept=50.0))


@pytest.mark.parametrize(
    ("text", "not_read"),
    [
        # what the rules rule out is not shown to the model: a projection
        (
            "Fighting has displaced 120,000 people in North Darfur since April. The number is expected to reach "
            "50,000 by the end of the year.",
            50_000,
        ),
        # a list of something else (money, deaths) under a heading
        (
            "Some 60,000 people have fled their homes in Cabo Delgado since January. Funding by region: Pemba 12,000; "
            "Montepuez 8,000.",
            12_000,
        ),
        (
            "Some 60,000 people have fled their homes in Cabo Delgado since January. Funding by region: Pemba 12,000; "
            "Montepuez 8,000.",
            8_000,
        ),
        # a bracket that restates the number before it
        (
            "Some 60,000 people have fled their homes in Cabo Delgado since January, while 40,000 (45,000 according "
            "to the UN) remain in sites.",
            45_000,
        ),
        # houses, after a sentence about houses, with no noun of people
        (
            "The earthquake damaged thousands of homes in Hatay and left 80,000 people homeless. Some 34,000 have "
            "cracks in their walls.",
            34_000,
        ),
    ],
)
def test_the_model_is_not_shown_numbers_the_rules_rule_out(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch, text: str, not_read: int
) -> None:
    _reads_all(monkeypatch)
    facts = {f.reported: f for f in Extractor(gazetteer, rerank=False, recall=True).extract(text, PUBLISHED)}
    assert not_read not in facts, facts
    assert facts, "the rules' own figure is still read"


def test_a_place_after_a_bracket_is_no_restatement_and_each_number_is_placed_by_its_own_words(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    _reads_all(monkeypatch)
    extractor = Extractor(gazetteer, rerank=False, recall=True)
    text = (
        "Floods displaced 40,000 people across Pakistan this week; 9,500 stayed on, 3,000 of them in Karachi (2,000) "
        "and Hyderabad (1,000)."
    )
    facts = {f.reported: f for f in extractor.extract(text, PUBLISHED)}
    assert facts[2_000].method.endswith("+recall")  # a place's figure in brackets restates none
    # (the place of the number after it is not its place)
    text = (
        "Floods displaced 40,000 people across Pakistan this week; 9,500 stayed on and another 30,000 went to Punjab."
    )
    facts = {f.reported: f for f in extractor.extract(text, PUBLISHED)}
    assert facts[9_500].method.endswith("+recall") and facts[9_500].admin1 is None
    assert facts[30_000].method.endswith("+recall") and facts[30_000].admin1 == "Punjab"
    text = "Floods displaced 40,000 people across Pakistan this week; 9,500 stayed on in Sindh while 30,000 went on."
    facts = {f.reported: f for f in extractor.extract(text, PUBLISHED)}
    assert facts[9_500].admin1 == "Sindh" and facts[9_500].country == "PAK"


def test_counts_of_buildings_and_measures_are_never_read(gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch) -> None:
    _reads_all(monkeypatch)
    text = (
        "Floods displaced 40,000 people in Sindh this week; 1,200 schools were closed, 300 tonnes of food arrived "
        "and the river carried 80,000 cusecs."
    )
    facts = {f.reported for f in Extractor(gazetteer, rerank=False, recall=True).extract(text, PUBLISHED)}
    assert facts == {40_000}


def test_counts_of_people_in_sentences_without_displacement_wording_are_shown_to_the_model(
    gazetteer: Gazetteer, monkeypatch: pytest.MonkeyPatch
) -> None:
    _reads_all(monkeypatch)
    text = (
        "Floods displaced 40,000 people in Sindh this week. Buses carried about 1,600 civilians out of Jacobabad on "
        "Sunday. The river rose by 3 metres and 1,200 schools are closed; aid worth 500,000 dollars arrived in 45 "
        "trucks."
    )
    facts = {f.reported: f for f in Extractor(gazetteer, rerank=False, recall=True).extract(text, PUBLISHED)}
    assert set(facts) == {40_000, 1_600}
    assert facts[1_600].method.endswith("+recall") and facts[1_600].qualifier is Qualifier.APPROXIMATELY
    # a text with no wording of displacement at all is not looked at
    assert Extractor(gazetteer, rerank=False, recall=True).extract("Buses carried 1,600 civilians to Jacobabad.") == []
