"""A broken word list names the data file it came from, so that a user who edits the packaged data finds it."""

from __future__ import annotations

import pytest

from accord.errors import ConfigError
from accord.words import _words


def test_a_missing_list_names_words_yaml_by_default() -> None:
    with pytest.raises(ConfigError, match=r"data/words\.yaml: compass\.points"):
        _words({"compass": {}}, "compass", "points")


def test_a_missing_list_of_another_file_names_that_file() -> None:
    with pytest.raises(ConfigError, match=r"data/quotes/cues\.yaml: own_texts"):
        _words({"speaking_occasions": ["interview"]}, "own_texts", source="quotes/cues.yaml")


def test_an_optional_missing_list_is_empty_and_words_are_lower_cased() -> None:
    assert _words({}, "absent", required=False) == frozenset()
    assert _words({"marks": ["If", "unless"]}, "marks") == frozenset({"if", "unless"})
