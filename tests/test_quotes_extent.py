"""Issue 20, wave 10, on sentences written for accord: a poll named inside the clause it measures is that
clause's source; headline sources with a bare surname or a phrase of where or to whom; and the learned end of
reported content (accord.quotes.ending): its places, its model, and that it never cuts a quotation."""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from accord.quotes.candidates import Candidate, Context
from accord.quotes.ending import Ending, EndModel, load_ending, places
from accord.quotes.layout import Layout
from accord.quotes.lexicon import load_lexicon
from accord.quotes.syntax import Cue
from quote_helpers import quote_holding, quotes_in

# --- a poll inside the clause ---------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "content", "source"), [
    ("Governor Alvarez was at 31 percent support in the latest Herald poll, up four points.",
     "Governor Alvarez was at 31 percent support", "poll"),
    ("By the spring, the mayor led her challenger by nine points in a university survey.",
     "the mayor led her challenger by nine points", "survey"),
])
def test_a_poll_inside_its_clause_is_the_source(quote_pipeline: Pipeline, text: str, content: str,
                                                  source: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, text), content)
    assert quote.text == content
    assert quote.cue == "in"
    assert quote.speaker is not None and source in quote.speaker.text


@pytest.mark.parametrize("text", [
    "The senator has been rising steadily in the polls since March.",  # standing in the polls: an idiom
    "Voters in the survey were mostly retired teachers.",  # the poll says who, on a noun
    "The mayor said in a survey of her own staff that morale was low.",  # the cue verb's own attribution
])
def test_no_poll_source_without_one_poll_measuring_the_clause(quote_pipeline: Pipeline, text: str) -> None:
    assert not [q for q in quotes_in(quote_pipeline, text) if q.cue == "in"]


# --- headlines --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("headline", "body", "source", "content"), [
    # a bare surname the tagger leaves untyped, named in full in the article
    ("Okafor: Bridge Repairs Will Take Two Years",
     "Transport Secretary Amara Okafor spoke in Lagos on Monday.", "Okafor", "Bridge Repairs Will Take Two Years"),
    # where or to whom it was said, after the name
    ("Mayor Delgado to farmers: water prices will fall next year",
     "Mayor Ines Delgado met growers on Tuesday.", "Delgado", "water prices will fall next year"),
    ("Senator Brandt at the summit: our ports need new cranes",
     "Senator Lena Brandt spoke on Friday.", "Brandt", "our ports need new cranes"),
])
def test_headline_sources_with_a_surname_or_a_phrase_after_it(quote_pipeline: Pipeline, headline: str, body: str,
                                                               source: str, content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, f"{headline}\n\n{body}"), content)
    assert quote.text == content and quote.cue == ":"
    assert quote.speaker is not None and source in quote.speaker.text


def test_a_capitalised_topic_the_article_names_no_one_by_is_no_source(quote_pipeline: Pipeline) -> None:
    quotes = quotes_in(quote_pipeline, "Drought: farms across the valley face a dry summer\n\n"
                                        "Wells ran low in June.")
    assert not [q for q in quotes if q.cue == ":"]


# --- the end of reported content --------------------------------------------------------------------------


def _context(quote_pipeline: Pipeline, text: str) -> Context:
    doc = quote_pipeline.nlp(text)
    return Context(doc, Layout(doc, text), load_lexicon(), text)


def _content(ctx: Context, verb: str, content: str) -> Candidate:
    start = ctx.text.index(content)
    cue = next(t for t in ctx.doc if t.text == verb)
    speaker = next(c for c in cue.children if c.dep_ == "nsubj")
    return Candidate(start, start + len(content), False, Cue(cue.i, cue.i, speaker.i))


def test_places_are_adjuncts_and_clauses_after_the_speech(quote_pipeline: Pipeline) -> None:
    text = "The minister praised the new budget in an interview on Sunday, and she thanked the unions."
    ctx = _context(quote_pipeline, text)
    candidate = _content(ctx, "praised", "the new budget in an interview on Sunday, and she thanked the unions")
    found = places(ctx, candidate)
    opening = [ctx.text[p.char:].split()[0] for p in found]
    assert "in" in opening and "and" in opening
    assert all(candidate.start < p.char < candidate.end for p in found)
    place = next(p for p in found if ctx.text[p.char:].startswith("in"))
    assert place.head == "interview" and place.features["at_cue"] == 1.0


@pytest.mark.parametrize(("text", "verb", "content", "second"), [
    ("The mayor said the city would hire more teachers, but that it would not raise taxes.", "said",
     "the city would hire more teachers, but that it would not raise taxes", "that it would not"),
    ("The minister argued that tariffs would hurt farmers and that exports would fall.", "argued",
     "that tariffs would hurt farmers and that exports would fall", "that exports"),
])
def test_no_place_before_a_second_complement_of_the_cue(quote_pipeline: Pipeline, text: str, verb: str,
                                                        content: str, second: str) -> None:
    """A conjunct with a complementizer of its own is still what the cue governs: the speech goes on."""
    ctx = _context(quote_pipeline, text)
    candidate = _content(ctx, verb, content)
    conjunction = ctx.text.index(second) - len(" and ") if " and " + second in text else ctx.text.index(", but")
    assert not [p for p in places(ctx, candidate) if conjunction <= p.char <= ctx.text.index(second)]
    quote = quote_holding(quotes_in(quote_pipeline, text), second)
    assert quote.text.endswith(content.split()[-1])


def test_no_place_inside_a_quotation_nor_in_direct_speech(quote_pipeline: Pipeline) -> None:
    text = 'The minister said the budget was "fair to farmers and to the cities" in a speech.'
    ctx = _context(quote_pipeline, text)
    candidate = _content(ctx, "said", 'the budget was "fair to farmers and to the cities" in a speech')
    inside = ctx.text.index("fair"), ctx.text.index('" in')
    assert not [p for p in places(ctx, candidate) if inside[0] <= p.char < inside[1]]
    direct = Candidate(candidate.start, candidate.end, True, candidate.cue)
    assert places(ctx, direct) == []


def test_the_content_is_cut_at_the_first_place_the_model_accepts(quote_pipeline: Pipeline) -> None:
    text = "The minister praised the new budget in an interview on Sunday."
    ctx = _context(quote_pipeline, text)
    candidate = _content(ctx, "praised", "the new budget in an interview on Sunday")
    accept_all = EndModel((), (), 5.0, 0.0, {}, 0.0, {}, 0.5)
    (cut,) = Ending(accept_all).ended(ctx, (candidate,))
    assert ctx.text[cut.start:cut.end] == "the new budget"
    refuse_all = EndModel((), (), -5.0, 0.0, {}, 0.0, {}, 0.5)
    assert Ending(refuse_all).ended(ctx, (candidate,)) == (candidate,)


def test_recording_ending_cuts_nothing_and_keeps_the_places(quote_pipeline: Pipeline) -> None:
    text = "The minister praised the new budget in an interview on Sunday."
    ctx = _context(quote_pipeline, text)
    candidate = _content(ctx, "praised", "the new budget in an interview on Sunday")
    ending = Ending(None)
    ending.recording = []
    assert ending.ended(ctx, (candidate,)) == (candidate,)
    assert ending.recording and ending.recording[0][0] == candidate


def test_the_shipped_model_loads() -> None:
    model = load_ending().model
    assert model is not None
    assert 0.0 < model.threshold < 1.0
    assert len(model.names) == len(model.weights)


# --- lists are no asides ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "content"), [
    ("Author Mira Stone will discuss her new book, Rivers of Salt, and the coming election.",
     "her new book, Rivers of Salt, and the coming election"),
    ("The union criticized the plan, the schedule, and the new fees.", "the plan, the schedule, and the new fees"),
])
def test_a_list_read_as_an_apposition_stays_in_the_content(quote_pipeline: Pipeline, text: str,
                                                           content: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, text), content.split(",")[0])
    assert quote.text == content


def test_an_apposition_without_a_conjunct_is_still_an_aside(quote_pipeline: Pipeline) -> None:
    text = "The mayor praised the bridge plan, a project of the regional council."
    quote = quote_holding(quotes_in(quote_pipeline, text), "the bridge plan")
    assert quote.text == "the bridge plan"


# --- a view of something as something ----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Some investors view the rate rise as a vote of confidence in the economy.",
     "the rate rise as a vote of confidence in the economy", "investors"),
    ("Many farmers regard the new tariff as a threat to their exports.",
     "the new tariff as a threat to their exports", "farmers"),
])
def test_viewing_something_as_something_is_a_characterisation(quote_pipeline: Pipeline, text: str, content: str,
                                                               speaker: str) -> None:
    quote = quote_holding(quotes_in(quote_pipeline, text), content)
    assert quote.text == content
    assert quote.speaker is not None and speaker in quote.speaker.text
