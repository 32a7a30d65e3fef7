"""Where a reported content ends when it opens a list (wave 36, quote extent), on sentences written for these tests:

- A list of infinitives after a finite cue ("pledged to cut taxes, fix the roads and hire teachers"): the parser
  hangs the later bare verbs on the cue, but a bare verb without a subject cannot be coordinated with a finite
  verb, so they are items of what was pledged and the content runs over the whole list. A verb in the cue's
  own form ("… and praised the mayor") is no item of it.
  A bare verb after a modal or "do" ("… and the club could not find", "…, didn't answer") heads a clause of
  its own.
- A list of noun phrases after a cue's preposition ("spoke of the hunger in the towns, the lack of water, …"):
  the parser may make the second item an apposition of the clause's subject, on the far side of the verb; an
  apposition sits beside the noun it renames, so that reading is wrong and the item goes on with the content.
  An apposition beside the subject ("The pastor, a man of few words, spoke of …") stays out, and so does a
  phrase after a comma that renames a predicate, not a noun ("were just “internal,” a lower level").
- A content does not end before the cue's own complement: "urging her, both quietly and openly, to step aside"
  urges her to step aside.
- After an attribution set inside the content (", the company added,"), a coordinated verb with an auxiliary the
  cue lacks ("and had passed every check") goes on with the content; one in the cue's own simple form ("and
  declined to name him") is what the source did next.
- A setting the parser hung on the name a naming verb gave ("called the governor a fraud on his radio show") is
  where the calling was done, out of the content; a phrase there that names no channel or occasion stays.
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline


def _contents(pipeline: Pipeline, text: str) -> list[tuple[str, str | None]]:
    """(content, cue) of every quote of ``text``."""
    return [(q.text, q.cue) for q in pipeline.extract(text, published="2016-02-01", id="t").quotes]


@pytest.mark.parametrize(("text", "content"), [
    ("The senator pledged to cut taxes, fix the roads and hire more teachers.",
     "to cut taxes, fix the roads and hire more teachers"),
    ("The mayor promised to repair the school and open a clinic in the spring.",
     "to repair the school and open a clinic in the spring"),
])
def test_list_of_infinitives_is_one_content(pipeline: Pipeline, text: str, content: str) -> None:
    assert any(c == content for c, _ in _contents(pipeline, text)), _contents(pipeline, text)


def test_infinitive_conjuncts_only_bare_verbs_after_a_finite_cue(pipeline: Pipeline) -> None:
    from accord.quotes.frames import infinitive_conjuncts

    doc = pipeline.nlp("The senator pledged to cut taxes and praised the mayor for her work.")
    verb = next(t for t in doc if t.lower_ == "pledged")
    infinitive = next(t for t in doc if t.lower_ == "cut")
    assert infinitive_conjuncts(verb, infinitive) == []  # "praised": the cue's own form, what she did next


def test_infinitive_conjuncts_take_the_bare_verbs(pipeline: Pipeline) -> None:
    from accord.quotes.frames import infinitive_conjuncts

    doc = pipeline.nlp("The senator pledged to cut taxes, fix the roads and hire more teachers.")
    verb = next(t for t in doc if t.lower_ == "pledged")
    infinitive = next(t for t in doc if t.lower_ == "cut")
    found = infinitive_conjuncts(verb, infinitive)
    assert found and found[0].lower_ == "fix", found  # the pinned model reads the list so


def test_list_of_noun_phrases_runs_over_a_displaced_apposition(pipeline: Pipeline) -> None:
    contents = _contents(pipeline, "The pastor spoke of the hunger in the towns, the lack of clean water, "
                                   "the despair of the young.")
    assert ("the hunger in the towns, the lack of clean water, the despair of the young", "spoke of") in contents, \
        contents


def test_apposition_beside_the_subject_stays_out(pipeline: Pipeline) -> None:
    contents = _contents(pipeline, "The pastor, a man of few words, spoke of the hunger in the towns.")
    assert ("the hunger in the towns", "spoke of") in contents, contents


def test_displaced_apposition_needs_the_verb_between(pipeline: Pipeline) -> None:
    from accord.quotes.frames import displaced_apposition
    from accord.quotes.lexicon import load_lexicon

    doc = pipeline.nlp("The pastor, a man of few words, spoke of the hunger in the towns.")
    lexicon = load_lexicon()
    assert not any(displaced_apposition(t, lexicon) for t in doc)


@pytest.mark.parametrize(("text", "content"), [
    ("The league refused to renew the deal and the club could not find a new partner.", "to renew the deal"),
    ("The office declined to comment, didn't answer calls or sent short notes of support.", "to comment"),
])
def test_a_verb_with_its_own_auxiliary_is_no_list_item(pipeline: Pipeline, text: str, content: str) -> None:
    assert any(c == content for c, _ in _contents(pipeline, text)), _contents(pipeline, text)


def test_a_phrase_renaming_a_predicate_is_no_list_item(pipeline: Pipeline) -> None:
    from accord.quotes.frames import displaced_apposition
    from accord.quotes.lexicon import load_lexicon

    doc = pipeline.nlp('Most of the files were just "internal," a lower level of secrecy, the agency said.')
    lexicon = load_lexicon()
    assert not any(displaced_apposition(t, lexicon) for t in doc)


def test_no_end_before_the_cues_complement(pipeline: Pipeline) -> None:
    contents = _contents(pipeline, "Party elders are urging her, both quietly and openly, to step aside.")
    assert ("her, both quietly and openly, to step aside", "urging") in contents, contents


def _pieces_by_cue(pipeline: Pipeline, text: str, cue: str) -> list[str]:
    return [q.text for q in pipeline.extract(text, published="2016-02-01", id="t").quotes if q.cue == cue]


@pytest.mark.parametrize(("text", "cue", "second"), [
    ("The driver had no criminal record, the company added, and had passed every safety check.", "added",
     "and had passed every safety check"),
    ("The bridge was built in 1950, the mayor said, and was repaired twice since.", "said",
     "and was repaired twice since"),
])
def test_medial_content_goes_on_in_another_tense(pipeline: Pipeline, text: str, cue: str, second: str) -> None:
    pieces = _pieces_by_cue(pipeline, text, cue)
    assert second in pieces, pieces


def test_medial_content_stops_at_the_sources_next_act(pipeline: Pipeline) -> None:
    pieces = _pieces_by_cue(pipeline, "The driver had no criminal record, the company added, and declined to name him.",
                            "added")
    assert pieces == ["The driver had no criminal record"], pieces


@pytest.mark.parametrize(("text", "content"), [
    ("Beck called the governor a fraud on his radio show.", "the governor a fraud"),
    ("Beck called the budget a failure on every level.", "the budget a failure on every level"),
])
def test_setting_hung_on_the_name_given(pipeline: Pipeline, text: str, content: str) -> None:
    assert (content, "called") in _contents(pipeline, text), _contents(pipeline, text)
