"""Wave 37, branch w37-actors: actor mentions of political news. A place that does what only a government does
is its government ('Ohio sued', 'the state asked a federal judge'); delegates of a party's nominating convention
are the party's (PTY); a left single quotation mark typed as an apostrophe ('Trump‘s') is the possessive, with
every offset as written. Each rule with sentences where it must not fire. Names, phrases and sentences written
for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.nlp import build_nlp
from actor_helpers import actor_runner, only_with_text

_actors = actor_runner("2016-08-20")


@pytest.fixture(scope="module")
def tokenizer_nlp() -> Language:
    return build_nlp(stages=())


# --- 'Trump‘s': the left mark typed as an apostrophe -------------------------------------------------------------


@pytest.mark.parametrize(("text", "owner"), [
    ("Critics said Trump‘s plan would fail.", "Trump"),
    ("The senator welcomed Ohio‘s lawsuit.", "Ohio"),
    ("WARREN‘S PLAN WINS", "WARREN"),  # a headline in capitals: split too (the tagger's reading of it aside)
])
def test_a_left_mark_before_s_splits_off_as_the_possessive(tokenizer_nlp: Language, text: str, owner: str) -> None:
    doc = tokenizer_nlp(text)
    i = next(t.i for t in doc if t.text == owner)
    mark = doc[i + 1]
    assert mark.text.lower() == "‘s", [t.text for t in doc]
    assert mark.tag_ == "POS" or text.isupper(), [(t.text, t.tag_) for t in doc]
    # offsets stay as written: every token's text is the text at its offset, and the pieces join to the whole
    assert all(text[t.idx:t.idx + len(t)] == t.text for t in doc)
    assert doc.text == text and mark.idx == text.index("‘")


@pytest.mark.parametrize("text", [
    "He said ‘no’ to the plan.",            # a quotation opened and closed by single marks
    "The word ‘sanctions’ was not used.",   # a quoted word beginning with s
    "Trump’s plan and Obama's plan failed.",  # the right mark and the typewriter apostrophe, as before
])
def test_near_miss_other_single_marks_tokenize_as_before(tokenizer_nlp: Language, text: str) -> None:
    doc = tokenizer_nlp(text)
    assert all(t.text != "‘s" for t in doc)
    assert doc.text == text


def test_the_owner_of_a_left_mark_possessive_is_an_actor(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Lawmakers rejected President Barack Obama‘s court pick on Monday.")
    assert [a for a in actors if a.name == "Barack Obama"], [(a.text, a.name) for a in actors]


# --- a place doing what only a government does ---------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "place", "country"), [
    ("Ohio asked a federal court to block the new rule.", "Ohio", "USA"),
    ("Nebraska sued the agency over the water permits on Monday.", "Nebraska", "USA"),
    ("The agency was sued by Oregon in March.", "Oregon", "USA"),
    ("Friday, Kansas, leading a group of nine states, asked a federal judge to halt the plan.", "Kansas", "USA"),
])
def test_a_place_doing_a_legal_or_political_act_is_its_government(actors_nlp: Language, sentence: str, place: str,
                                                                  country: str) -> None:
    actor = only_with_text(_actors(actors_nlp, sentence), place)
    assert (actor.country, actor.sector, actor.name) == (country, "GOV", place)


def test_a_named_region_doing_a_political_act_is_its_own_government(actors_nlp: Language) -> None:
    actor = only_with_text(_actors(actors_nlp, "Catalonia passed a law on the referendum on Tuesday."), "Catalonia")
    assert (actor.country, actor.sector, actor.name) == ("ESP", "GOV", "Catalonia")


def test_the_state_that_sues_is_a_government(actors_nlp: Language) -> None:
    actor = only_with_text(_actors(actors_nlp, "The state sued the company over the spill on Monday."), "The state")
    assert actor.sector == "GOV"


@pytest.mark.parametrize("sentence", [
    "Ohio voted for the Republican candidate in 2016.",      # its voters, no government act
    "Fires swept across Nevada on Monday.",                   # the land
    "Protests spread across Catalonia on Tuesday.",           # a region named as where something happened
    "Texas leads the nation in wind power.",                   # a ranking
    "The state of the economy worries voters in Ohio.",        # 'the state of', no doer
    "The secretary of state signed the agreement.",            # a title with 'state' in it
    "Barcelona rejected the offer from Manchester United.",     # a club named after its city (wave 37 mend)
    "Dallas signed quarterback Tony Romo to a new contract.",    # a team signing a player
    "Chicago announced a new coach on Monday.",                 # a generic act of any body
])
def test_near_miss_a_place_that_does_no_government_act_stays_a_place(actors_nlp: Language, sentence: str) -> None:
    actors = _actors(actors_nlp, sentence)
    assert not [a for a in actors if (a.rule or "").endswith(("place-government-act", "the-state-acting"))], \
        [(a.text, a.sector, a.rule) for a in actors]
    assert not [a for a in actors if a.text in ("Ohio", "Nevada", "Catalonia", "Texas", "Barcelona", "Dallas",
                                                 "Chicago") and a.sector is not None]


# --- delegates of a party's convention ----------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "mention"), [
    ("The senator could be deserted by more than 80 convention delegates.", "convention delegates"),
    ("The governor spoke before thousands of delegates in Cleveland. The race for the nomination is over.",
     "delegates"),
])
def test_delegates_of_a_nominating_convention_are_the_partys(actors_nlp: Language, text: str, mention: str) -> None:
    assert only_with_text(_actors(actors_nlp, text), mention).sector == "PTY"


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("Delegates to the climate talks in Bonn agreed on a text.", "Delegates", None),        # envoys to talks
    ("Chinese delegates walked out of the talks on the nomination.", "Chinese delegates", "CHN"),  # a state's own
])
def test_near_miss_envoys_and_a_states_delegates_stay_gov(actors_nlp: Language, text: str, mention: str,
                                                          country: str | None) -> None:
    actor = only_with_text(_actors(actors_nlp, text), mention)
    assert (actor.sector, actor.country) == ("GOV", country)


# --- a trade word opening the sentence is no word of the name -----------------------------------------------------


@pytest.mark.parametrize(("sentence", "name"), [
    ("Star Dale Fenwick said the show would go on.", "Dale Fenwick"),
    ("Actor Mira Lane praised the senator on Monday.", "Mira Lane"),
])
def test_a_trade_word_opening_the_sentence_is_the_trade_not_the_name(actors_nlp: Language, sentence: str,
                                                                     name: str) -> None:
    person = next(a for a in _actors(actors_nlp, sentence) if a.kind == "person")
    assert (person.name, person.sector) == (name, "ELI")


@pytest.mark.parametrize(("sentence", "name"), [
    ("Tom Star said the plan failed.", "Tom Star"),                # the word as a surname
    ("On Monday, Lee Star Fenwick said the plan failed.", None),   # inside the name, not opening the sentence
])
def test_near_miss_a_trade_word_inside_a_name_stays_in_it(actors_nlp: Language, sentence: str,
                                                           name: str | None) -> None:
    person = next(a for a in _actors(actors_nlp, sentence) if a.kind == "person")
    assert "Star" in (person.name or ""), person
    if name is not None:
        assert (person.name, person.sector) == (name, "CVL")


# --- a past office's title with no 'former' -------------------------------------------------------------------------


@pytest.mark.parametrize(("sentence", "mention"), [
    ("President Reagan signed the law in 1986.", "President Reagan"),
    ("In the last two years of President George W. Bush's term, the Senate confirmed 68 judges.",
     "President George W. Bush"),
])
def test_the_title_of_a_past_office_without_former_is_that_office(actors_nlp: Language, sentence: str,
                                                                    mention: str) -> None:
    person = only_with_text(_actors(actors_nlp, sentence, "2016-04-12"), mention)
    assert (person.country, person.sector) == ("USA", "GOV")


@pytest.mark.parametrize(("sentence", "mention"), [
    ("Former President George W. Bush spoke at the library on Tuesday.", "Former President George W. Bush"),
    ("The late President Reagan was remembered on Tuesday.", "The late President Reagan"),
    ("George W. Bush spoke at the library on Tuesday.", "George W. Bush"),     # no title
    ("Mr. Bush spoke at the library on Tuesday.", "Mr. Bush"),                 # an honorific, no office
])
def test_near_miss_former_or_no_title_keeps_the_elite(actors_nlp: Language, sentence: str, mention: str) -> None:
    person = only_with_text(_actors(actors_nlp, sentence, "2016-04-12"), mention)
    assert (person.country, person.sector) == ("USA", "ELI")


@pytest.mark.parametrize(("sentence", "mention"), [
    ("George W. Bush joined the crowd. The 43rd president spoke for ten minutes.", "The 43rd president"),
    ("Both of the Bush presidents stayed away from the convention.", "the Bush presidents"),
])
def test_near_miss_a_title_with_no_name_after_it_is_no_past_office(actors_nlp: Language, sentence: str,
                                                                    mention: str) -> None:
    actors = _actors(actors_nlp, sentence, "2016-04-12")
    assert not [a for a in actors if (a.rule or "").startswith("titled+")], [(a.text, a.rule) for a in actors]


# --- a candidate's supporters in a story on a nomination ----------------------------------------------------------


@pytest.mark.parametrize(("text", "mention"), [
    ("Among Kasich supporters, 61 percent had made up their minds before the primary.", "Kasich supporters"),
    ("Trump told his supporters to vote in the primary.", "his supporters"),
])
def test_a_candidates_supporters_in_a_nomination_story_are_voters(actors_nlp: Language, text: str,
                                                                  mention: str) -> None:
    assert only_with_text(_actors(actors_nlp, text), mention).sector == "CVL"


@pytest.mark.parametrize(("text", "mention", "sector"), [
    ("Erdogan's supporters rallied in Ankara on Sunday.", "Erdogan's supporters", "OPP"),   # no nomination story
    ("Opposition supporters rallied before the primary.", "Opposition supporters", "OPP"),  # no candidate's
])
def test_near_miss_supporters_outside_a_nomination_or_of_no_person_keep_the_weak_word(
        actors_nlp: Language, text: str, mention: str, sector: str) -> None:
    assert only_with_text(_actors(actors_nlp, text), mention).sector == sector
