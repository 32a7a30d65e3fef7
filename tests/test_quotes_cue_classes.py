""""Cue classes beyond verbs of saying, on sentences written for accord: phrasal verbs with their particle
("pointed out that …"), predicate adjectives of attitude ("is critical of the levy", "remain reluctant to
endorse"), a belief adjective whose that-clause the parser hangs on the copula, evidence closing a sentence
("…, new filings show"), hearsay adverbs ("reportedly") and appearances ("seems like", "sounds")."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.records import Quote

OPENING = "The town council met on Friday. "


def _quotes(pipeline: Pipeline, sentence: str) -> list[Quote]:
    return list(pipeline.extract(OPENING + sentence, id="t").quotes)


@pytest.mark.parametrize("sentence, content, speaker", [
    ("The treasurer pointed out that the levy had doubled since spring.", "that the levy had doubled since spring",
     "The treasurer"),
    ("The treasurer ruled out a second levy.", "a second levy", "The treasurer"),
    ("The governor is critical of the new levy.", "the new levy", "The governor"),
    ("Many farmers are opposed to the new levy.", "the new levy", "Many farmers"),
    ("Local pastors remain reluctant to endorse the mayor.", "to endorse the mayor", "Local pastors"),
    ("Voters who are wary of both candidates stayed home.", "both candidates", "who"),
    ("She was adamant that the council keep the upper hand.", "that the council keep the upper hand", "She"),
])
def test_cue_class_attributes_its_complement_to_the_subject(
    quote_pipeline: Pipeline, sentence: str, content: str, speaker: str
) -> None:
    quotes = _quotes(quote_pipeline, sentence)
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker is not None and speaker in (quotes[0].speaker.text or "")
    assert not quotes[0].direct


def test_object_content_leaves_out_when_it_was_said(quote_pipeline: Pipeline) -> None:
    quotes = _quotes(quote_pipeline, "The senator criticized him on Monday.")
    assert [q.text for q in quotes] == ["him"]


def test_evidence_closes_a_sentence(quote_pipeline: Pipeline) -> None:
    quotes = _quotes(quote_pipeline, "More than half the money arrived in March, new filings show.")
    assert [q.text for q in quotes] == ["More than half the money arrived in March"]
    assert quotes[0].speaker is not None and "filings" in (quotes[0].speaker.text or "")


@pytest.mark.parametrize("sentence, content", [
    ("The firm has reportedly drawn fire from a civil rights group.",
     "The firm has reportedly drawn fire from a civil rights group"),
    ("The thieves have allegedly reached dozens of homes, leaving the street fearful.",
     "The thieves have allegedly reached dozens of homes"),
])
def test_hearsay_adverb_attributes_its_clause_without_a_source(
    quote_pipeline: Pipeline, sentence: str, content: str
) -> None:
    quotes = _quotes(quote_pipeline, sentence)
    assert [q.text for q in quotes] == [content]
    assert quotes[0].speaker is None


def test_hearsay_adverb_on_a_cue_verb_leaves_the_verb_its_attribution(quote_pipeline: Pipeline) -> None:
    quotes = _quotes(quote_pipeline, "The mayor reportedly said the bridge would close.")
    assert [q.text for q in quotes] == ["the bridge would close"]


def test_appearance_with_like_is_attributed(quote_pipeline: Pipeline) -> None:
    quotes = _quotes(quote_pipeline, "This seems like a turning point for the town.")
    assert any("a turning point for the town" in q.text for q in quotes)


@pytest.mark.parametrize("sentence", [
    "A critical vote is expected on Friday.",
    "It is critical for the town to act.",
    "The mayor pointed at the map.",
    "The workers laid the stones by hand.",
    "The applicant was determined to be ineligible.",
])
def test_no_cue_no_attribution(quote_pipeline: Pipeline, sentence: str) -> None:
    assert _quotes(quote_pipeline, sentence) == []
