"""Knowledge written once: the money words are one list that the material class and the money class both take,
and the quote stage's words that name no one who could feel are the cue lexicon's."""

from __future__ import annotations

from accord.events.tables import load_tables
from accord.quotes.lexicon import load_lexicon


def test_the_words_of_money_are_both_material_and_money() -> None:
    classes = load_tables().senses.word_classes
    for word in ("money", "cash", "dollar", "million", "donation"):
        assert {"material", "money"} <= classes[word], word
    assert "money" in classes["fee"] and "material" not in classes["fee"]  # a fee is paid, not given in aid
    assert "material" in classes["weapon"] and "money" not in classes["weapon"]


def test_the_words_that_feel_nothing_come_from_the_cue_lexicon() -> None:
    lexicon = load_lexicon()
    assert {"it", "which", "nothing"} <= lexicon.no_feelers
    assert {"you", "yourselves"} <= lexicon.reader_pronouns
    assert not lexicon.no_feelers & {"he", "she", "they", "we", "officials"}
