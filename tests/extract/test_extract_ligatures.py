"""Ligature repair is a general rule checked against a word list, not a list of known damaged words."""

from __future__ import annotations

import pytest

from idmon.extract import Extractor
from idmon.extract.ligatures import repair_ligatures


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("the o cial figures", "the official figures"),
        ("a signi cant e ort by sta", "a significant effort by sta"),
        ("the e ective response of the o cial team", "the effective response of the official team"),
        ("people had to  ght the  ames", "people had to fight the flames"),
        ("the  nal report of the  eld team", "the final report of the field team"),
    ],
)
def test_english_words_are_rebuilt(damaged: str, repaired: str) -> None:
    assert repair_ligatures(damaged, language="en") == repaired


def test_french_words_are_rebuilt() -> None:
    damaged = "les di cultés et les con its du pays ont a ecté les familles"
    assert (
        repair_ligatures(damaged, language="fr") == "les difficultés et les conflits du pays ont affecté les familles"
    )


@pytest.mark.parametrize(
    "text",
    [
        "it is a re-run of the vote",
        "he came of ten villages",
        "We went there.  Then we left.",
        "The camp is at the edge of the town",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert repair_ligatures(text, language="en") == text


def test_presentation_form_ligatures_are_spelled_out() -> None:
    assert repair_ligatures("the \ufb02ood and the \ufb01re", language="en") == "the flood and the fire"


def test_the_document_itself_can_serve_as_the_word_list() -> None:
    text = "The conflict grew. Then the con ict spread."
    assert repair_ligatures(text, words={"conflict": 2, "con": 0}) == "The conflict grew. Then the conflict spread."


def test_the_extractor_repairs_text_before_reading_it(extractor: Extractor) -> None:
    reading = extractor.read("Some 5,000 people were forced to  ee the con ict and the o cial count rose.")
    [fact] = reading.facts
    assert (fact.reported, fact.term, fact.cause) == (5000, "forced-to-flee", "conflict")
    assert "flee the conflict" in reading.text


def test_letters_lost_in_decoding_are_restored_from_the_word_lists() -> None:
    """U+FFFD stands where a decoder could not read an accented letter: the letter that makes a known word is put
    back, one character for one, so spans do not move; unknown words (names) stay as they are."""
    from idmon.extract.ligatures import repair_lost_letters

    damaged = (
        "Les maisons ont \ufffdt\ufffd d\ufffdtruites pr\ufffds de la R\ufffdPUBLIQUE; hay m\ufffds de 40 en Xy\ufffdz."
    )
    repaired = repair_lost_letters(damaged)
    assert len(repaired) == len(damaged)
    assert "d\u00e9truites" in repaired and "pr\u00e8s" in repaired and "R\u00c9PUBLIQUE" in repaired
    assert "m\u00e1s de 40" in repaired
    assert "Xy\ufffdz" in repaired  # no letter makes it a word: left to the gazetteer
    assert "\ufffdt\ufffd" in repaired  # two letters lost in one word: not guessed
    plain = "Nothing to repair here."
    assert repair_lost_letters(plain) is plain


def test_lost_letters_with_the_document_language() -> None:
    """Knowing the language, only its word list is used; a plural is found by its singular; a character lost on
    its own between spaces is "à" in French and a dash elsewhere."""
    from idmon.extract.ligatures import repair_lost_letters

    spanish = "Hubo da\ufffdos en 300 viviendas de la regi\ufffdn \ufffd dijo el alcalde."
    repaired = repair_lost_letters(spanish, "es")
    assert len(repaired) == len(spanish)
    assert "daños en 300" in repaired and "región – dijo" in repaired
    french = "Le camp situ\ufffd \ufffd 20 km de la ville."
    assert repair_lost_letters(french, "fr") == "Le camp situé à 20 km de la ville."
    english = "4,000 \ufffd the number of people evacuated"
    assert repair_lost_letters(english, "en") == "4,000 – the number of people evacuated"
    assert repair_lost_letters(english) == english  # without a language, a lone character is left alone


def test_the_extractor_reads_repaired_words(extractor: Extractor) -> None:
    [fact] = extractor.extract("Plus de 300 maisons ont \u00e9t\u00e9 d\ufffdtruites par les eaux.")
    assert (fact.reported, fact.term, fact.qualifier) == (300, "destroyed-housing", "more-than")


@pytest.mark.parametrize(
    ("damaged", "repaired"),
    [
        ("Residents fled the con ict.", "Residents fled the conflict."),
        ("They blamed the con ict, not the rains.", "They blamed the conflict, not the rains."),
        ("The region (a e cted by the con ict) is large.", "The region (a e cted by the conflict) is large."),
        ('He called it an "o cial" count.', 'He called it an "official" count.'),
    ],
)
def test_fragments_with_punctuation_stuck_to_them_open_the_repair(damaged: str, repaired: str) -> None:
    """The fast gate looks up white-space tokens: a fragment followed by a comma, a full stop, a bracket or a quote
    still opens the full repair."""
    assert repair_ligatures(damaged) == repaired


def test_words_cut_by_a_hyphen_at_a_line_end_are_joined() -> None:
    """PDF text layers keep the hyphen of a word cut at the end of a line: the word is joined when the joined form
    is a known word; real compounds ("long-term", "post-conflict") keep their hyphen."""
    from idmon.extract.ligatures import repair_hyphenation

    text = "Floods dis-\nplaced families; a long-\nterm plan for post-\nconflict areas."
    assert repair_hyphenation(text, "en") == "Floods displaced families; a long-\nterm plan for post-\nconflict areas."
    assert repair_hyphenation("maisons dé-\ntruites", "fr") == "maisons détruites"
    plain = "No line ends with a hyphen here."
    assert repair_hyphenation(plain, "en") is plain


def test_the_extractor_reads_words_cut_at_line_ends(extractor: Extractor) -> None:
    reading = extractor.read("Heavy rains have dis-\nplaced some 3,000 people, and 450 houses were des-\ntroyed.")
    assert [(f.reported, f.term) for f in reading.facts] == [(3_000, "displaced"), (450, "destroyed-housing")]
    start, end = reading.facts[0].span
    assert reading.text[start:end] == "some 3,000"  # spans are in the repaired text
