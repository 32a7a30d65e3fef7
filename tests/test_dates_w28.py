"""Wave 28: "this past week/weekend" name the span just gone, as "the past week" and "over the weekend" do."""

from __future__ import annotations

import pytest
from spacy.language import Language

from test_dates import nlp, values  # noqa: F401  (the fixture; published on Monday 2021-12-06)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnout fell sharply this past week.", ("this past week", "2021-W48", "week")),
        ("The past week was calm in the valley.", ("The past week", "2021-W48", "week")),
        ("Farmers blocked the bridge this past weekend.", ("this past weekend", "2021-W48", "week")),
        ("This past weekend, the miners walked out.", ("This past weekend", "2021-W48", "week")),
        ("Miners walked out over the weekend.", ("the weekend", "2021-W48", "week")),
    ],
)
def test_this_past_week_and_weekend(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:  # noqa: F811
    assert expected in values(nlp, text)
