"""The title-case dateline ("Nairobi, Sept. 4 (wire): ...") reads its month by the date grammar's own pattern:
every form of a month the dates stage reads, and nothing else."""

from __future__ import annotations

import pytest

from accord.dateline import find_dateline


@pytest.mark.parametrize("month", ["January", "Jan", "Jan.", "Sept.", "Sept", "Sep", "May", "June", "Jun.", "Dec"])
def test_a_title_case_dateline_reads_each_form_of_a_month(month: str) -> None:
    found = find_dateline(f"Nairobi, {month} 4 (wire): The council met on Tuesday.")
    assert found is not None and found.name == "Nairobi"


@pytest.mark.parametrize("word", ["Monday", "Mayor", "Junior", "Decade"])
def test_a_title_case_line_with_no_month_is_no_dateline(word: str) -> None:
    assert find_dateline(f"Nairobi, {word} 4 (wire): The council met on Tuesday.") is None
