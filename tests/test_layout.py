"""Page layout: lines of their own and page furniture are never fused into the story's sentences (texts written
for these tests)."""

from __future__ import annotations

from accord.layout import find_layout, is_hard_wrapped
from accord.pipeline import Pipeline

GLUED = (
    "A court in Lyon fined a former mayor for threatening Sen. Paul DurandPaul DurandBudget talks stall in "
    "Paris | Farmers block roads near Nantes | Unions call for national strike | Storm closes ports MORE (Ind.), "
    "the prosecutor's office said on Tuesday.\n"
    "The mayor denied the charge."
)


def _pieces(text: str) -> list[str]:
    layout = find_layout(text)
    return [text[low:high] for low, high in layout.boilerplate]


def test_a_teaser_block_glued_into_a_sentence_is_cut_out_from_the_glue_to_its_closing_word() -> None:
    [block] = _pieces(GLUED)
    assert block.startswith("Paul DurandBudget talks stall")  # the hover card's repeated name goes with it
    assert block.endswith("Storm closes ports MORE")


def test_a_teaser_block_on_its_own_line_is_boilerplate_to_the_end_of_its_last_headline() -> None:
    text = ("Ministers agreed a new budget on Monday.\n"
            "Farmers block roads near Nantes | Unions call for national strike | Storm closes ports\n"
            "The vote is due in May.")
    assert _pieces(text) == ["Farmers block roads near Nantes | Unions call for national strike | Storm closes ports"]


def test_one_separator_in_a_title_is_no_teaser_block() -> None:
    assert _pieces("Paris Book Fair 2020 | a preview of the French pavilion\nThe fair opens in March.") == []


def test_link_and_credit_lines_are_boilerplate_bylines_too() -> None:
    text = ("Police in Lagos arrested twelve protesters on Friday.\n"
            "Read more: Protesters march on parliament\n"
            "Photograph: Jane Roe/Agency\n"
            "By Jane Roe and John Doe\n"
            "By the evening, the crowd had left.")
    assert _pieces(text) == ["Read more: Protesters march on parliament", "Photograph: Jane Roe/Agency",
                             "By Jane Roe and John Doe"]


def test_every_line_starts_a_sentence_unless_the_text_is_hard_wrapped() -> None:
    page = "Talks resume in Geneva\nDelegates from both sides met on Monday.\nA deal is not expected."
    layout = find_layout(page)
    assert [page[b:b + 9] for b in layout.breaks] == ["Delegates", "A deal is"]
    wrapped = ("The foreign ministers of the two countries met in Geneva on Monday and\n"
               "agreed to resume talks on the border dispute that has divided them since\n"
               "the war ended, officials from both sides said in a joint statement after\n"
               "the meeting.\n\n"
               "A further round of talks is planned for the spring, the statement said.")
    assert is_hard_wrapped(wrapped.split("\n"))
    assert [wrapped[b:b + 7] for b in find_layout(wrapped).breaks] == ["A furth"]


def test_a_heading_line_is_not_fused_into_the_next_sentence(pipeline: Pipeline) -> None:
    text = ("Quiet on the border\n"
            "Troops withdrew from the border town on Sunday, officials said.\n"
            "Ministers praised the move.")
    sentences = [s.text for s in pipeline.extract(text, published="2024-05-06").sentences]
    assert sentences[:2] == ["Quiet on the border", "Troops withdrew from the border town on Sunday, officials said."]


def test_the_coder_skips_page_furniture_and_keeps_the_story_sentence_apart(pipeline: Pipeline) -> None:
    extraction = pipeline.extract(GLUED, published="2024-05-07")
    texts = [s.text for s in extraction.sentences]
    assert any(t.startswith("Paul DurandBudget") or t.startswith("DurandBudget") for t in texts)
    assert not [e for e in extraction.events if e.trigger.text in ("block", "call", "closes", "strike")]
    assert any(t.startswith("A court in Lyon fined") and "Budget" not in t for t in texts)


def test_a_line_holding_a_whole_story_after_a_credit_sentence_is_furniture_only_to_that_sentence() -> None:
    text = ("Follow the border talks here. Negotiators from both states met in Oslo on Monday. "
            "Their ministers are due to sign a deal next week.")
    assert _pieces(text) == ["Follow the border talks here."]
    assert [text[b:b + 12].strip() for b in find_layout(text).breaks] == ["Negotiators"]


def test_credit_sentences_one_after_another_are_all_furniture() -> None:
    text = "The ministers signed the treaty in Oslo.\nCopyright 2031 Example Agency. All rights reserved."
    assert _pieces(text) == ["Copyright 2031 Example Agency. All rights reserved."]


def test_the_story_on_a_long_credit_line_is_coded() -> None:
    text = ("Follow the border talks here. Soldiers of the northern army shelled the port of Kestra "
            "on Monday, officials said.")
    events = Pipeline().extract(text).events
    assert [e.type for e in events] == ["ASSAULT"]


def test_a_paragraph_repeating_an_earlier_one_is_boilerplate_and_its_first_copy_the_story() -> None:
    story = "Rebels shelled the port of Kestra on Monday.\nThe navy withdrew two ships."
    text = f"Harbour under fire\n{story}\nShare this story\n{story}"
    second_copy = text.rindex("Rebels")
    repeats = [text[low:high] for low, high in find_layout(text).boilerplate if low >= second_copy]
    assert repeats == ["Rebels shelled the port of Kestra on Monday.", "The navy withdrew two ships."]
    assert "Harbour under fire" not in _pieces(text)


def test_a_page_printing_its_story_twice_has_its_events_coded_once(pipeline: Pipeline) -> None:
    story = "Rebels shelled the port of Kestra on Monday, officials said."
    events = pipeline.extract(f"{story}\nRelated coverage\n{story}", published="2024-05-07").events
    assert [e.type for e in events] == ["ASSAULT"]


def test_lines_without_words_are_never_repeats() -> None:
    assert _pieces("Troops withdrew on Sunday.\n-\nTalks resume today.\n-\nA deal is near.") == []
