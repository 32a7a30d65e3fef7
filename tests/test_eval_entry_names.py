"""The real-news scorer counts a named mention right when accord's canonical name is the gold name's entry:
the annotators write the text's spelling, accord the entry's name, and the entry's aliases join the two."""

from __future__ import annotations

from accord.eval.entry_names import same_entry


def test_a_gold_spelling_that_is_an_alias_of_the_predicted_entry_matches() -> None:
    assert same_entry("Nato", "North Atlantic Treaty Organization")
    assert same_entry("YPG", "People's Protection Units")


def test_names_that_match_as_strings_still_match() -> None:
    assert same_entry("Putin", "Vladimir Putin")
    assert same_entry("Vladimir Putin", "Putin")


def test_different_entries_do_not_match() -> None:
    assert not same_entry("Hamas", "Hezbollah")
    assert not same_entry("Nato", "United Nations")
    assert not same_entry("Nato", None)
