"""The date and place of an event anchored to its own clause (issue 18, wave 12): an accusation's grounds, a
time between a subject and its verb, counts and weekends, partitives, the doer's place through a by-agent,
places only near, cities that qualify a word. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from accord.dates.grammar import find_candidates
from accord.dates.resolve import resolve
from accord.pipeline import Pipeline
from accord.records import Event
from event_helpers import WEDNESDAY, event_on

PUBLISHED = WEDNESDAY


def place_name(event: Event) -> str | None:
    return event.location.name if event.location else None


def date_value(event: Event) -> str | None:
    return event.date.value if event.date else None


# --- an accusation's grounds are another act -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Turkish president accused the US of backing Kurdish militants in Syria.",
        "The governor blamed the rebels for attacking a convoy in Kidal.",
    ],
)
def test_the_grounds_of_an_accusation_do_not_place_it(pipeline: Pipeline, text: str) -> None:
    """"accused X of backing militants in Syria": the backing is in Syria, not the accusing."""
    events = [e for e in pipeline.extract(text, published=PUBLISHED).events if e.type == "ACCUSE"]
    assert events and all(e.location is None for e in events)


def test_the_grounds_of_an_accusation_do_not_date_it(pipeline: Pipeline) -> None:
    """"accused Ukraine of shelling civilians on Sunday": Sunday is the shelling's; the accusation is news of
    the day."""
    event = event_on(pipeline, "Moscow accused Kyiv of shelling civilians in Donetsk on Sunday.", "accused")
    assert date_value(event) == PUBLISHED and event.location is None


def test_a_threat_keeps_the_place_of_what_it_threatens(pipeline: Pipeline) -> None:
    """"threatened to retake the town of Manbij": the infinitive is the act the threat aims at, and a threat is
    coded where its target is (only a gerund of grounds is cut away)."""
    event = event_on(pipeline, "The president threatened to send troops to retake the town of Manbij.", "threatened")
    assert place_name(event) == "Manbij"


# --- a time between the subject and its verb ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("The president on Tuesday condemned the attack on a mosque.", "condemned", "2021-03-09"),
        ("Moscow on Sunday accused Kyiv of shelling civilians.", "accused", "2021-03-07"),
        ("Police last week arrested four men.", "arrested", "2021-W09"),
        ("The French president, on Monday, criticised the verdict.", "criticised", "2021-03-08"),
        ("The president, in a televised address on Thursday, threatened to expel diplomats.", "threatened",
         "2021-03-04"),
    ],
)
def test_a_time_between_subject_and_verb_dates_the_verb(pipeline: Pipeline, text: str, trigger: str,
                                                         value: str) -> None:
    """"The president on Tuesday condemned": the parser hangs the phrase on the subject, but a time after a
    title or a name says when the verb's act was."""
    assert date_value(event_on(pipeline, text, trigger)) == value


def test_a_time_inside_a_relative_clause_on_the_subject_stays_there(pipeline: Pipeline) -> None:
    """"The man who attacked police on Monday was arrested": Monday is the attack's."""
    event = event_on(pipeline, "The man who attacked police on Monday was arrested.", "arrested")
    assert date_value(event) == PUBLISHED


def test_a_time_after_the_verb_on_its_object_stays_with_the_object(pipeline: Pipeline) -> None:
    """"condemned Sunday's attack": the object's time is not the condemnation's."""
    event = event_on(pipeline, "The president condemned Sunday's attack on a mosque.", "condemned")
    assert date_value(event) == PUBLISHED


# --- the grammar of times -----------------------------------------------------------------------------


def _resolved(text: str, future: bool = False) -> tuple[str, str] | None:
    anchor = date.fromisoformat(PUBLISHED)
    longest = max(find_candidates(text), key=lambda c: c.end - c.start)
    found = resolve(longest, anchor, future)
    return (found.value, found.granularity) if found else None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Two weeks ago, rebels seized the airport.", ("2021-W08", "week")),
        ("Three days ago the army withdrew.", ("2021-03-07", "day")),
        ("The rebels seized the town at the weekend.", ("2021-W09", "week")),
        ("Rebels clashed with the army over the weekend.", ("2021-W09", "week")),
        ("Police have arrested dozens in the past week.", ("2021-W09", "week")),
        ("Police have arrested 40 people over the last month.", ("2021-02", "month")),
    ],
)
def test_counts_and_weekends(text: str, value: tuple[str, str]) -> None:
    """A count opening a sentence is capitalised; "at/over the weekend" is the weekend just gone."""
    assert _resolved(text) == value


def test_the_last_week_of_a_month_is_no_span_up_to_the_paper() -> None:
    assert not any(c.kind == "ago" for c in find_candidates("They will meet in the last week of March."))


@pytest.mark.parametrize(
    ("published", "future", "value"),
    [
        (date(2021, 3, 14), False, "2021-W10"),  # a Sunday paper's weekend is its own
        (date(2021, 3, 13), False, "2021-W10"),  # so is a Saturday's
        (date(2021, 3, 15), False, "2021-W10"),  # Monday's is the one just gone
        (date(2021, 3, 10), True, "2021-W10"),  # what is to come: the coming one
    ],
)
def test_the_weekend_against_the_day_of_the_paper(published: date, future: bool, value: str) -> None:
    candidate = next(c for c in find_candidates("They will meet at the weekend.") if c.kind == "the_weekend")
    found = resolve(candidate, published, future)
    assert found is not None and found.value == value


def test_a_time_under_a_partitive_dates_the_clause(pipeline: Pipeline) -> None:
    """"for much of the past two years": the part of the period is a time of the clause."""
    event = event_on(pipeline, "Protesters clashed with police for most of 2019.", "clashed")
    assert date_value(event) == "2019"


def test_the_weekend_dates_an_event(pipeline: Pipeline) -> None:
    event = event_on(pipeline, "Rebels seized the airport over the weekend.", "seized")
    assert date_value(event) == "2021-W09"


# --- where the doer is ---------------------------------------------------------------------------------


def test_a_passive_agents_place_is_where_it_acts(pipeline: Pipeline) -> None:
    """"was arrested by police in Texas": the doer the by-phrase names is in Texas."""
    event = event_on(pipeline, "The woman was arrested by police in Texas.", "arrested")
    assert place_name(event) == "Texas"


def test_a_speaker_in_a_town_speaks_there(pipeline: Pipeline) -> None:
    """"A court in Istanbul sentenced ...": a speech act is made where its doer is."""
    event = event_on(pipeline, "A court in Istanbul sentenced the journalist to prison on Thursday.", "sentenced")
    assert place_name(event) == "Istanbul"


def test_a_speakers_country_tells_whose_it_is(pipeline: Pipeline) -> None:
    """"A senator in Ohio": where; "a lawmaker in the Philippines": a Philippine lawmaker, no place."""
    event = event_on(pipeline, "A lawmaker in the Philippines is calling for the minister to resign.", "calling")
    assert event.location is None


# --- a place the event is only near; a city that qualifies a word ------------------------------------


def test_a_region_it_is_in_ranks_before_a_city_it_is_near(pipeline: Pipeline) -> None:
    event = event_on(pipeline, "Troops shelled rebel positions in eastern Ghouta, near Damascus, on Sunday.",
                     "shelled")
    assert place_name(event) == "Eastern Ghouta"


def test_a_town_it_is_near_ranks_before_a_country(pipeline: Pipeline) -> None:
    event = event_on(pipeline, "Militants ambushed a convoy near Gao in eastern Mali.", "ambushed")
    assert place_name(event) == "Gao"


def test_a_city_qualifying_a_name_is_no_antecedent_of_the_town(pipeline: Pipeline) -> None:
    """"The London-based monitor said forces shelled the town": the town is not London."""
    event = event_on(pipeline, "The London-based monitoring group said government forces shelled the town.",
                     "shelled")
    assert event.location is None or event.location.name != "London"


@pytest.mark.parametrize("town", ["Gao", "Goma", "Saraqeb"])
def test_what_is_said_to_be_the_scene_of_clashes_is_a_place(pipeline: Pipeline, town: str) -> None:
    """"X has been the scene of clashes": only a place is a scene, whatever the model labelled the name."""
    text = (f"Fighting spread across Mali, Congo and Syria. {town} has been the scene of clashes between rebels "
            "and the army.")
    found = [e for e in pipeline.extract(text, published=PUBLISHED).events if e.trigger.text == "clashes"]
    assert found and found[0].location is not None and found[0].location.text == town


@pytest.mark.parametrize(("text", "trigger"), [("Fighting intensified in Tripoli on Monday.", "Fighting"),
                                              ("Clashes escalated in Tripoli on Monday.", "Clashes")])
def test_an_event_noun_that_grew_takes_the_verbs_place_and_time(pipeline: Pipeline, text: str, trigger: str) -> None:
    """"Fighting intensified in X on Monday": the verb only says the event went on, so its time and place are
    the event's."""
    event = event_on(pipeline, text, trigger)
    assert place_name(event) == "Tripoli" and date_value(event) == "2021-03-08"


# --- a march's path; a city attacked in the passive --------------------------------------------------


def test_a_march_is_where_its_path_goes(pipeline: Pipeline) -> None:
    event = event_on(pipeline, "Protesters marched through central London on Saturday.", "marched")
    assert place_name(event) == "London"


def test_through_an_intermediary_is_no_place(pipeline: Pipeline) -> None:
    """"agreed through Qatari mediators": "through" places only a movement."""
    extraction = pipeline.extract("The two sides agreed to a truce through mediators in Qatar.", published=PUBLISHED)
    assert all(e.location is None or e.location.name != "Qatar" for e in extraction.events if e.type == "AGREE")


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("Kabul was attacked by the Taliban on Monday.", "attacked", "Kabul"),
        ("The war in Syria goes on. Government troops recaptured Palmyra from Islamic State.", "recaptured",
         "Tadmur"),
    ],
)
def test_a_city_attacked_is_where_the_attack_was(pipeline: Pipeline, text: str, trigger: str, name: str) -> None:
    assert place_name(event_on(pipeline, text, trigger)) == name


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("The minister flew to Brussels after he condemned the attack.", "condemned", None),
        ("The minister flew to Brussels after condemning the attack.", "condemning", None),
        ("The minister flew to Brussels before meeting EU leaders.", "meeting", "Brussels"),
    ],
)
def test_a_destination_places_only_what_came_after_the_movement(pipeline: Pipeline, text: str, trigger: str,
                                                                 name: str | None) -> None:
    """"flew to Brussels after he condemned the attack": the condemnation came before the flight, elsewhere."""
    assert place_name(event_on(pipeline, text, trigger)) == name


def test_a_copulas_predicate_dates_the_clause_hanging_on_it(pipeline: Pipeline) -> None:
    """"was among ten senators in 2008 to vote against it": the year the parser hung on the predicate noun is
    the time of the state, and of the vote that hangs on it."""
    event = event_on(pipeline, "He was among ten senators in 2008 to vote against the bailout.", "vote")
    assert date_value(event) == "2008"


def test_a_copulas_predicate_sets_no_time_for_the_next_sentence(pipeline: Pipeline) -> None:
    """The narrative's time is its main clause's own, not one hung on a predicate noun."""
    extraction = pipeline.extract("He was among ten senators in 2008 to vote against the bailout. He rejected the "
                                  "war.", published=PUBLISHED)
    assert all(date_value(e) != "2008" for e in extraction.events if e.trigger.text == "rejected")


def test_an_act_kept_up_does_not_take_the_time_its_start_was_told(pipeline: Pipeline) -> None:
    """"The barrage began last Sunday. Warplanes kept up their bombardment.": Sunday was when it began; what
    is kept up goes on at the story's time."""
    extraction = pipeline.extract("Regime forces launched a fresh offensive on Tuesday. The barrage of rocket fire "
                                  "began on Sunday. Warplanes kept up their bombardment of the town.",
                                  published=PUBLISHED)
    kept = [e for e in extraction.events if e.trigger.text == "bombardment"]
    assert kept and date_value(kept[0]) == "2021-03-09"


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        ("Algerian authorities arrested a French journalist at Algiers airport.", "arrested", "Algiers"),
        ("Thousands protested in the streets of Khartoum on Thursday.", "protested", "Khartoum"),
    ],
)
def test_a_site_named_by_its_city_is_in_it(pipeline: Pipeline, text: str, trigger: str, name: str) -> None:
    """"at Algiers airport", "in the streets of Khartoum": the site a city's name picks out lies in it."""
    assert place_name(event_on(pipeline, text, trigger)) == name


def test_a_clause_counted_weeks_from_its_governor(pipeline: Pipeline) -> None:
    """"on Sunday, a week after police detained hundreds": the detentions were seven days before Sunday."""
    event = event_on(pipeline, "Thousands protested in Minsk on Sunday, a week after police detained hundreds.",
                     "detained")
    assert date_value(event) == "2021-02-28"


@pytest.mark.parametrize(
    ("text", "trigger", "value"),
    [
        ("Security forces fired tear gas at demonstrators demanding the resignation of the mayor on Friday.",
         "fired", "2021-03-05"),
        ("The rebels said they shot down a helicopter carrying troops to the front line on Tuesday.", "shot",
         "2021-03-09"),
        ("Police arrested a man planning attacks next week.", "arrested", PUBLISHED),  # a plan's time, ahead
        ("Police detained a soldier arrested in Turkey last year.", "detained", PUBLISHED),  # an earlier act
    ],
)
def test_a_participants_present_participle_goes_on_at_the_events_time(pipeline: Pipeline, text: str, trigger: str,
                                                                      value: str) -> None:
    """"fired tear gas at demonstrators demanding ... on Friday": what a participant is doing goes on as the
    event happens, so the time hung on it is the event's (not a past participle's, nor a time to come)."""
    assert date_value(event_on(pipeline, text, trigger)) == value


def test_what_a_report_adds_is_of_the_time_its_content_set(pipeline: Pipeline) -> None:
    """"On Thursday, jets hit Kurdish positions, the ministry said, adding that 20 militants were killed": the
    report sets its time in what it reports, and what it adds is of that time."""
    event = event_on(pipeline, "On Thursday, Turkish warplanes hit Kurdish positions, the ministry said, adding "
                               "that 20 militants were killed.", "killed")
    assert date_value(event) == "2021-03-04"
