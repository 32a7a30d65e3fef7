"""When and where an event happened, read from the grammar of its own clause (layer 5 of the coder, the dates
and places packages): sentences written for these tests, run through the whole pipeline."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from accord.blackboard import set_input
from accord.dates import EventWords
from accord.doc_index import remember_text
from accord.events.attachments import Attachments
from accord.pipeline import Pipeline
from accord.records import Event, Extraction

PUBLISHED = "2021-12-06"  # a Monday


def extract(pipeline: Pipeline, text: str, published: str = PUBLISHED) -> Extraction:
    return pipeline.extract(text, published=published)


def parse(pipeline: Pipeline, text: str, published: str = PUBLISHED) -> Doc:
    doc = pipeline.nlp.make_doc(text)
    remember_text(doc, text)
    set_input(doc, "test", published)
    return pipeline.nlp(doc)


def event(extraction: Extraction, trigger: str) -> Event:
    found = [e for e in extraction.events if e.trigger.text == trigger]
    assert found, f"no event on {trigger!r} among {[(e.type, e.trigger.text) for e in extraction.events]}"
    return found[0]


def day(found: Event) -> tuple[str | None, str | None, str | None]:
    return (found.date.value, found.date.granularity, found.date.source) if found.date else (None, None, None)


def place(found: Event) -> str | None:
    return found.location.name if found.location else None


# --- dates ----------------------------------------------------------------------------------------------


def test_a_possessive_weekday_dates_the_event_noun(pipeline: Pipeline) -> None:
    killed = event(extract(pipeline, "Saturday's attack by rebels on the border post killed four soldiers."),
                   "killed")
    assert day(killed)[:2] == ("2021-12-04", "day")  # the killing happened in the attack, its subject
    condemned = event(extract(pipeline, "Officials condemned Saturday's attack on the border post."), "condemned")
    assert day(condemned) == (PUBLISHED, "day", "published")  # what is condemned keeps its own day


def test_a_date_of_the_request_is_not_the_date_of_what_is_asked(pipeline: Pipeline) -> None:
    """"next week" is the talks' time: a past request cannot have been made after the article."""
    found = event(extract(pipeline, "Russia asked Ukraine for talks next week."), "asked")
    assert found.type == "REQUEST"
    assert day(found) == (PUBLISHED, "day", "published")


def test_a_month_before_the_subject_dates_the_clause_and_is_no_part_of_the_actor(pipeline: Pipeline) -> None:
    extraction = extract(pipeline, "In November Donald Trump announced the withdrawal of troops from Syria.")
    found = event(extraction, "withdrawal")
    assert day(found)[:2] == ("2021-11", "month")
    assert [a.text for a in found.actor] == ["Donald Trump"]
    assert place(found) == "Syria"  # the place a withdrawal leaves


def test_a_when_clause_takes_the_time_it_describes(pipeline: Pipeline) -> None:
    found = event(extract(pipeline, "There are echoes of 2003, when Turkey refused to back the invasion."),
                  "refused")
    assert day(found)[:2] == ("2003", "year")


def test_a_participle_adjunct_dates_its_clause(pipeline: Pipeline) -> None:
    found = event(extract(pipeline, "Speaking on Tuesday, the general accused the ministry of lying."), "accused")
    assert day(found)[:2] == ("2021-11-30", "day")


def test_an_ordering_preposition_does_not_date_the_event(pipeline: Pipeline) -> None:
    found = event(extract(pipeline, "After Thursday's bombing, the government condemned the rebels."),
                  "condemned")
    assert day(found) == (PUBLISHED, "day", "published")


def test_the_report_lends_its_time_to_what_it_reports(pipeline: Pipeline) -> None:
    extraction = extract(pipeline, "The spokesman said on Friday that the army arrested eleven smugglers.")
    assert day(event(extraction, "arrested"))[:2] == ("2021-12-03", "day")


def test_the_report_lends_no_time_to_what_it_tells_in_the_past_perfect(pipeline: Pipeline) -> None:
    extraction = extract(pipeline, "The spokesman said on Friday that the army had arrested eleven smugglers.")
    assert event(extraction, "arrested").date is None


def test_last_night_and_overnight_are_the_day_before(pipeline: Pipeline) -> None:
    for text, trigger in (("Gunmen attacked the convoy last night.", "attacked"),
                          ("Rebels shelled the garrison overnight.", "shelled")):
        assert day(event(extract(pipeline, text), trigger))[:2] == ("2021-12-05", "day"), text
    assert not extract(pipeline, "The delegates booked an overnight stay.").dates


def test_pluperfect_background_gets_no_day(pipeline: Pipeline) -> None:
    undated = event(extract(pipeline, "The rebels had seized the mine."), "seized")
    assert undated.date is None
    dated = event(extract(pipeline, "The rebels had seized the mine in 1995."), "seized")
    assert day(dated)[:2] == ("1995", "year")


def test_the_simple_past_goes_on_at_the_time_the_previous_sentence_set(pipeline: Pipeline) -> None:
    text = "Police detained six protesters on 2 November. Officers also detained a seventh man."
    extraction = extract(pipeline, text)
    assert [day(e)[0] for e in extraction.events if e.trigger.text == "detained"] == ["2021-11-02", "2021-11-02"]
    linked = extract(pipeline, text.replace(". ", ".\n\n"))  # "also" goes on across a paragraph break
    assert [day(e)[0] for e in linked.events if e.trigger.text == "detained"] == ["2021-11-02", "2021-11-02"]
    # else a new scene starts (the lede's day is a month back, no day of the story's own week)
    broken = extract(pipeline, text.replace(". ", ".\n\n").replace(" also", ""))
    assert [day(e)[0] for e in broken.events if e.trigger.text == "detained"] == ["2021-11-02", PUBLISHED]


def test_a_linked_narrative_reaches_two_sentences_back(pipeline: Pipeline) -> None:
    text = ("Police detained six protesters on 2 November.\n\nOfficers later searched a van, the chief said.\n\n"
            "Officers also detained the driver.")
    found = [day(e)[0] for e in extract(pipeline, text).events if e.trigger.text == "detained"]
    assert found == ["2021-11-02", "2021-11-02"]
    unlinked = text.replace("later searched", "searched")  # the middle sentence is no continuation
    found = [day(e)[0] for e in extract(pipeline, unlinked).events if e.trigger.text == "detained"]
    assert found == ["2021-11-02", PUBLISHED]


def test_an_event_noun_no_verb_tells_has_no_day_of_its_own(pipeline: Pipeline) -> None:
    found = event(extract(pipeline, "Washington's support for the rebels angers Ankara."), "support")
    assert found.date is None


def test_a_relative_clause_tells_background(pipeline: Pipeline) -> None:
    doc = parse(pipeline, "The militia, which attacked convoys, signed a truce with the army.")
    attachments = Attachments(doc)
    attacked = next(t for t in doc if t.text == "attacked")
    assert attachments.attach(EventWords.of(attacked), "ASSAULT").date is None
    signed = next(t for t in doc if t.text == "signed")
    assert attachments.attach(EventWords.of(signed), "AGREE").date is not None


def test_a_where_clause_goes_on_at_the_time_of_its_clause(pipeline: Pipeline) -> None:
    found = event(extract(pipeline, "The envoys gathered in Antalya on Sunday, where they met the president."),
                  "met")
    assert day(found)[:2] == ("2021-12-05", "day")
    assert place(found) == "Antalya"


def test_what_a_relative_clause_governs_is_background_too(pipeline: Pipeline) -> None:
    """The complement or purpose clause inside a relative clause describes the participant as much as the
    relative clause does: no day of the article for it."""
    purpose = event(extract(pipeline, "The council referred the case to the police, who worked with the army "
                                      "to investigate."), "investigate")
    assert purpose.date is None
    reported = event(extract(pipeline, "The rebels, who first said they would boycott the talks, sent a "
                                       "delegation on Wednesday."), "boycott")
    assert reported.date is None
    when = event(extract(pipeline, "There are echoes of 2003, when Turkey refused to back the invasion."),
                 "refused")
    assert day(when)[:2] == ("2003", "year")  # a "when" clause still takes the time it describes


def test_a_reason_or_an_earlier_act_does_not_take_its_governors_time(pipeline: Pipeline) -> None:
    refusal = event(extract(pipeline, "Last year, the commission began a legal case against Poland for "
                                      "refusing to take part in the scheme."), "refusing")
    assert refusal.date is None  # the refusal came before the case, the text does not say when
    shooting = event(extract(pipeline, "The rebels claimed responsibility on Sunday for shooting down the "
                                       "helicopter."), "shooting")
    assert shooting.date is None
    below = event(extract(pipeline, "The candidate caused a stir in December, when he criticized the judge for "
                                    "questioning the policy."), "criticized")
    assert day(below)[:2] == ("2021-12", "month")  # a reason below the event's word leaves its time alone


def test_an_event_noun_told_as_earlier_or_repeated_gets_no_day(pipeline: Pipeline) -> None:
    recent = event(extract(pipeline, "The president's recent threats against Iran should be seen as a "
                                     "warning."), "threats")
    assert recent.date is None
    dated = event(extract(pipeline, "The president's threats against Iran on Friday should be seen as a "
                                    "warning."), "threats")
    assert day(dated)[:2] == ("2021-12-03", "day")


def test_a_speech_act_happens_when_the_letter_that_carries_it_is_released(pipeline: Pipeline) -> None:
    found = event(extract(pipeline, "In a letter to the committee released on Friday, the senator criticised "
                                    "the agreement."), "criticised")
    assert day(found)[:2] == ("2021-12-03", "day")
    statement = event(extract(pipeline, "The minister condemned the strike in a statement posted online on "
                                        "Friday."), "condemned")
    assert day(statement)[:2] == ("2021-12-03", "day")


def test_the_simple_past_of_the_story_is_of_the_day_its_lede_tells(pipeline: Pipeline) -> None:
    """A news story tells its peg first: an act it goes on to tell in the simple past, with no time of its own,
    is of the lede's day when that day is of the story's own week."""
    text = "Police detained six protesters on Saturday.\n\nOfficers detained a seventh man near the station."
    found = [day(e)[0] for e in extract(pipeline, text).events if e.trigger.text == "detained"]
    assert found == ["2021-12-04", "2021-12-04"]
    dateline = "BERLIN —\nPolice detained six protesters on Saturday.\n\nOfficers detained a seventh man."
    found = [day(e)[0] for e in extract(pipeline, dateline).events if e.trigger.text == "detained"]
    assert found == ["2021-12-04", "2021-12-04"]  # a dateline is no clause of the lede
    old = text.replace("on Saturday", "in 1995")  # a lede told at another time sets no day of the story
    found = [day(e)[0] for e in extract(pipeline, old).events if e.trigger.text == "detained"]
    assert found == ["1995", PUBLISHED]


def test_a_stance_told_in_the_simple_past_is_a_state_not_an_act_of_the_day(pipeline: Pipeline) -> None:
    text = "Senators debated the bill for hours.\n\nBoth of his senators strongly supported him."
    assert event(extract(pipeline, text), "supported").date is None
    dated = "Senators debated the bill for hours.\n\nBoth of his senators supported him on Friday."
    assert day(event(extract(pipeline, dated), "supported"))[:2] == ("2021-12-03", "day")


# --- places ---------------------------------------------------------------------------------------------


def test_a_locative_of_the_trigger_is_the_place(pipeline: Pipeline) -> None:
    assert place(event(extract(pipeline, "Foreign ministers met in Geneva on Monday."), "met")) == "Geneva"


def test_the_home_of_a_participant_is_not_the_place(pipeline: Pipeline) -> None:
    extraction = extract(pipeline, "The judge ordered the woman to return to her family in Alabama.")
    assert all(e.location is None for e in extraction.events)
    assert place(event(extract(pipeline, "A man from Alabama criticised the senator."), "criticised")) is None


def test_a_place_inside_a_relative_clause_is_not_the_place(pipeline: Pipeline) -> None:
    extraction = extract(pipeline, "Russia, which has troops in Syria, condemned the vote.")
    assert place(event(extraction, "condemned")) is None


def test_the_place_of_the_circumstance_and_of_what_is_attacked(pipeline: Pipeline) -> None:
    killed = event(extract(pipeline, "Three soldiers were killed in a raid on Idlib."), "killed")
    assert place(killed) == "Idlib"
    attacked = event(extract(pipeline, "Government troops attacked rebel positions in Idlib."), "attacked")
    assert place(attacked) == "Idlib"
    criticised = event(extract(pipeline, "The ministry criticised the conflict in Syria."), "criticised")
    assert place(criticised) is None  # a criticism is not made where what it is about is


@pytest.mark.parametrize("text", [
    "Gunmen killed five villagers on Sunday. The attack took place near Gao.",
    "Gunmen killed five villagers on Sunday. It happened near Gao.",
])
def test_the_next_sentence_that_goes_on_telling_the_event(pipeline: Pipeline, text: str) -> None:
    assert place(event(extract(pipeline, text), "killed")) == "Gao"


def test_the_dateline_places_only_acts_of_the_day_in_sentences_naming_no_place(pipeline: Pipeline) -> None:
    arrest = extract(pipeline, "NAIROBI, Dec 6 - Police arrested twelve students on Monday.")
    assert place(event(arrest, "arrested")) == "Nairobi"
    statement = extract(pipeline, "NAIROBI, Dec 6 - The minister accused the students of rioting.")
    assert place(event(statement, "accused")) is None  # where a speaker spoke, a dateline does not tell
    history = extract(pipeline, "NAIROBI, Dec 6 - Police arrested twelve students in 1998.")
    assert place(event(history, "arrested")) is None


def test_a_transliterated_name_is_found_without_its_marks(pipeline: Pipeline) -> None:
    found = event(extract(pipeline, "Turkish jets bombed Kurdish fighters in Afrin."), "bombed")
    assert found.location is not None and found.location.country == "SYR"


def country_of(found: Event) -> str | None:
    return found.location.country if found.location else None


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Heavy battles continue in Syria's eastern desert.", "battles", "SYR"),
    ("The militia has fought an insurgency in Turkey's south-east for decades.", "fought", "TUR"),
])
def test_a_part_of_a_country_its_possessor_names_is_in_that_country(pipeline: Pipeline, text: str, trigger: str,
                                                                      country: str) -> None:
    found = next(e for e in extract(pipeline, text).events if e.trigger.text.lower() == trigger)
    assert country_of(found) == country


def test_a_border_a_nationality_qualifies_is_in_that_country_only_from_inside(pipeline: Pipeline) -> None:
    inside = event(extract(pipeline, "The militia has fought an insurgency inside Turkish borders for decades."),
                   "fought")
    assert country_of(inside) == "TUR"
    near = extract(pipeline, "Syrian rebels clashed with Kurdish fighters near the Turkish border on Tuesday.")
    assert all(country_of(e) != "TUR" for e in near.events)  # either side of the line may be meant


def test_the_agent_event_noun_of_a_passive_places_it(pipeline: Pipeline) -> None:
    found = event(extract(pipeline, "Four soldiers were killed by a roadside bomb in Kandahar on Monday."), "killed")
    assert country_of(found) == "AFG"  # the killing happened in the bombing, its agent


def test_the_patient_place_of_an_attack_coded_on_a_general_verb(pipeline: Pipeline) -> None:
    found = event(extract(pipeline, "The coalition took over Raqqa last month."), "took")
    assert found.type == "ASSAULT"
    assert country_of(found) == "SYR"


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("Syrian rebels seized Manbij last week. Government jets bombed the town on Sunday.", "bombed", "Manbij"),
    ("Gunmen attacked a hotel in the Afghan capital on Tuesday.", "attacked", "Kabul"),
    ("Protests spread across Kenya last week. Police fired tear gas at students in the capital on Monday.",
     "fired", "Nairobi"),
])
def test_a_definite_settlement_noun_is_the_place_it_refers_to(pipeline: Pipeline, text: str, trigger: str,
                                                               name: str) -> None:
    assert place(event(extract(pipeline, text), trigger)) == name


def test_a_capital_that_is_no_place_is_not_resolved(pipeline: Pipeline) -> None:
    extraction = extract(pipeline, "Kenya's president has spent his political capital on the reform.")
    assert [p.text for p in extraction.places if "capital" in p.text] == []


@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("Ankara announced that its army had launched an incursion into the town of Afrin this week.", "incursion", "SYR"),
    ("Militants fired rockets into Israel on Tuesday.", "fired", "ISR"),
])
def test_the_place_an_act_goes_into_is_where_it_happens(pipeline: Pipeline, text: str, trigger: str,
                                                         country: str) -> None:
    assert country_of(event(extract(pipeline, text), trigger)) == country


def test_a_speech_act_happens_where_its_doer_says_it(pipeline: Pipeline) -> None:
    own = extract(pipeline, "The minister accused the rebels of war crimes, she told reporters in Geneva.")
    assert place(event(own, "accused")) == "Geneva"
    other = extract(pipeline, "Russia threatened to retaliate, the British ambassador said in Geneva on Friday.")
    assert place(event(other, "threatened")) is None  # the ambassador spoke in Geneva, not Russia


def test_a_clause_of_the_same_time_places_the_event(pipeline: Pipeline) -> None:
    detained = extract(pipeline, "The fighter was detained by soldiers while he was hiding in a village near Idlib.")
    assert place(event(detained, "detained")) == "Idlib"
    killed = extract(pipeline, "Two soldiers were killed by a bomb while they were patrolling in Kandahar.")
    assert country_of(event(killed, "killed")) == "AFG"


@pytest.mark.parametrize(("text", "name"), [
    ("The opposition leader, who is in London for talks, criticised the plan on Monday.", "London"),
    ("The president, speaking in Ankara on Friday, accused the militia of war crimes.", "Ankara"),
    ("The senator, who was born in Ohio, criticised the plan on Monday.", None),
    ("The senator, who lives in Ohio, criticised the plan on Monday.", None),
])
def test_where_the_doer_is_while_acting_and_not_where_it_comes_from(pipeline: Pipeline, text: str,
                                                                     name: str | None) -> None:
    found = next(e for e in extract(pipeline, text).events if e.type == "ACCUSE")
    assert place(found) == name


def test_a_locative_on_the_doer_is_where_it_acts(pipeline: Pipeline) -> None:
    troops = extract(pipeline, "Turkish troops in Syria shelled the village on Saturday.")
    assert country_of(event(troops, "shelled")) == "SYR"
    might = extract(pipeline, "The firepower of Washington and London in Iraq has helped prop up the "
                              "country's troops.")
    assert place(event(might, "prop")) == "Iraq"
    role = extract(pipeline, "Iran, Russia's closest ally in Syria, attacked the convoy on Saturday.")
    assert place(event(role, "attacked")) is None  # an apposition gives a role, not a site
    said = extract(pipeline, "Its branch in Kabul criticised the government on Saturday.")
    assert place(event(said, "criticised")) is None  # which doer a speech act has, not where it was said


def test_a_definite_noun_keeps_the_place_its_earlier_mention_was_given(pipeline: Pipeline) -> None:
    text = ("Inside the stadium in Perth, thousands of fans cheered. Later, activists staged a protest outside the "
            "stadium against the government.")
    found = next(e for e in extract(pipeline, text).events if e.type == "PROTEST")
    assert place(found) == "Perth"
    far = ("Inside the stadium in Perth, thousands of fans cheered. The match ended late. Fans sang. The players "
           "left. Buses waited. The lights went out. Reporters filed. Later, activists staged a protest outside "
           "the stadium against the government.")
    found = next(e for e in extract(pipeline, far).events if e.type == "PROTEST")
    assert place(found) != "Perth"  # too far back to be the same stadium for sure


def test_the_capital_is_not_that_of_a_country_named_as_an_actor(pipeline: Pipeline) -> None:
    extraction = extract(pipeline, "Russia condemned Tuesday's bombing of a market in the capital.")
    assert [p.name for p in extraction.places if p.text.endswith("capital")] == []
