"""Wave 36, branch w36-mend: the review's findings on wave 36's merge (notes/reports/review36.md), each with the
reviewer's sentences and variants where the rule must NOT fire. Names, phrases and sentences written for these
tests (real surnames where the knowledge base must know a namesake)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.pipeline import Pipeline
from actor_helpers import actor_runner, only_with_text

_actors = actor_runner("2016-02-01")


# --- 1. a counted opening group's members must be tied to it ------------------------------------------------------


@pytest.mark.parametrize(("sentence", "name"), [
    ("Two gunmen stormed a restaurant in Ohio on Sunday, killing two diners. "
     "Police identified the dead as Ann Lee and Tom Ruiz.", "Ann Lee"),
    ("Two police officers were charged on Tuesday with assault in Ohio. "
     "Ann Lee and Tom Ruiz, who saw the arrest, said the man was unarmed.", "Tom Ruiz"),
    ("Two soldiers attacked a checkpoint near the border on Monday. "
     "The victims, Ann Lee and Tom Ruiz, were taken to a hospital.", "Tom Ruiz"),
    ("Two prison guards were charged on Friday. Prosecutors said Ana Ruelle and Tom Ostrand had slept.", "Ana Ruelle"),
])
def test_near_miss_an_untied_row_keeps_its_own_sector(actors_nlp: Language, sentence: str, name: str) -> None:
    assert only_with_text(_actors(actors_nlp, sentence), name).sector == "CVL"


@pytest.mark.parametrize(("sentence", "sector"), [
    ("Two prison guards were charged on Friday with lying about their rounds. "
     "The guards, Ana Ruelle and Tom Ostrand, had slept at their desks.", "COP"),
    ("Two gunmen robbed a bank in Ohio on Sunday. Ana Ruelle and Tom Ostrand robbed another bank in 2014.", "UAF"),
])
def test_a_row_tied_to_the_group_takes_its_sector(actors_nlp: Language, sentence: str, sector: str) -> None:
    assert only_with_text(_actors(actors_nlp, sentence), "Tom Ostrand").sector == sector


# --- 2. a bare surname is left to the known namesake only when the kin phrase names them --------------------------


@pytest.mark.parametrize(("sentence", "name"), [
    ("Maria Johnson, wife of a dairy farmer, said the tariffs hurt her family. Johnson said prices had fallen.",
     "Maria Johnson"),
    ("Chelsea Clinton, mother of two, toured a clinic in Denver on Friday. "
     "Clinton told reporters that the clinic needed more nurses.", "Chelsea Clinton"),
    ("Tom Johnson, son of a retired miner, spoke in Leeds on Monday. Johnson said the pits should reopen.",
     "Tom Johnson"),
    ("Ann Clinton, the farmer's daughter, spoke in Iowa on Monday. Clinton said the harvest was poor.",
     "Ann Clinton"),
])
def test_near_miss_kin_of_no_known_namesake_keeps_the_surname(actors_nlp: Language, sentence: str,
                                                              name: str) -> None:
    bare = [a for a in _actors(actors_nlp, sentence) if a.text == name.split()[-1]]
    assert bare and all(a.name == name for a in bare), bare


@pytest.mark.parametrize(("sentence", "surname", "name"), [
    ("Chelsea Clinton, daughter of the former secretary of state, toured a clinic in Denver on Friday. "
     "Clinton told voters in Iowa that the primary was far from over.", "Clinton", "Hillary Clinton"),
    ("Chelsea Clinton, the former senator's daughter, toured a clinic in Denver on Friday. "
     "Clinton told voters in Iowa that the primary was far from over.", "Clinton", "Hillary Clinton"),
])
def test_kin_of_the_known_namesake_leaves_the_surname(actors_nlp: Language, sentence: str, surname: str,
                                                      name: str) -> None:
    bare = [a for a in _actors(actors_nlp, sentence) if a.text == surname]
    assert bare and all(a.name == name for a in bare), bare


# --- 3. after a medial cue, a modal or negated act is the source's own, and 'and has' is no content --------------


def _pieces_by_cue(pipeline: Pipeline, text: str, cue: str) -> list[str]:
    return [q.text for q in pipeline.extract(text, published="2016-02-01", id="t").quotes if q.cue == cue]


@pytest.mark.parametrize(("text", "cue", "first"), [
    ("The investigation is ongoing, police said, and would not release further details.", "said",
     "The investigation is ongoing"),
    ("The cause of the fire is unknown, the agency said Tuesday, and has asked the public for help.", "said",
     "The cause of the fire is unknown"),
    ("The plant will stay closed, the company said, and could not say when it would reopen.", "said",
     "The plant will stay closed"),
    ("The mine is safe, the owners said, and did not answer questions about the flood.", "said", "The mine is safe"),
])
def test_near_miss_the_sources_next_act_in_a_modal_is_no_content(pipeline: Pipeline, text: str, cue: str,
                                                                 first: str) -> None:
    pieces = _pieces_by_cue(pipeline, text, cue)
    assert first in pieces and all(p == first or not p.startswith("and ") for p in pieces), pieces
    assert all(len(p.split()) > 2 for p in pieces), pieces


# --- 4. a displaced apposition is a list item only with evidence of a list -----------------------------------------


def _contents(pipeline: Pipeline, text: str) -> list[str]:
    return [q.text for q in pipeline.extract(text, published="2016-02-01", id="t").quotes]


@pytest.mark.parametrize(("text", "content"), [
    ("The minister said the talks would resume in Geneva, a move welcomed by the rebels.",
     "the talks would resume in Geneva"),
    ("The president announced the withdrawal of the troops, a decision criticized by his rivals.",
     "the withdrawal of the troops"),
])
def test_near_miss_the_writers_trailing_comment_is_no_list_item(pipeline: Pipeline, text: str, content: str) -> None:
    assert content in _contents(pipeline, text), _contents(pipeline, text)


def test_a_list_with_a_further_item_still_runs_over_the_apposition(pipeline: Pipeline) -> None:
    contents = _contents(pipeline, "The pastor spoke of the hunger in the towns, the lack of clean water and "
                                   "the despair of the young.")
    assert "the hunger in the towns, the lack of clean water and the despair of the young" in contents, contents


def test_event_comment_nouns_are_data() -> None:
    from accord.quotes.lexicon import load_lexicon

    assert {"move", "sign", "step", "decision"} <= load_lexicon().event_comment_nouns


# --- 5. a bare 'host' before a name says nothing of the press -------------------------------------------------------


@pytest.mark.parametrize(("sentence", "mention"), [
    ("The senator thanked host Jane Pellow for the dinner at her farm.", "host Jane Pellow"),
    ("Guests praised host Tom Ardley for the party on Saturday.", "host Tom Ardley"),
])
def test_near_miss_a_bare_host_is_no_broadcaster(actors_nlp: Language, sentence: str, mention: str) -> None:
    assert only_with_text(_actors(actors_nlp, sentence), mention).sector != "MED"


def test_a_radio_host_before_a_name_is_press(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "The plan was mocked by radio host Gil Marrow on Monday.")
    assert only_with_text(actors, "radio host Gil Marrow").sector == "MED"


# --- 6. 'her critics' aim only words and protest at her, and never a reciprocal or reflexive act ------------------

_MILLER = "Senator Jane Miller spoke in Iowa on Monday. "


def _targets(pipeline: Pipeline, text: str, trigger: str) -> list[list[str | None]]:
    events = [e for e in pipeline.extract(text, published="2021-03-01").events if e.trigger.text == trigger]
    return [[a.name for a in e.recipient] for e in events]


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Her critics fought among themselves.", "fought"),
    ("Her rivals accused each other of lying.", "accused"),
    ("Her opponents blamed themselves for the defeat.", "blamed"),
    ("Her rivals clashed with police in the capital.", "clashed"),
    ("Her enemies attacked a convoy near the border.", "attacked"),
])
def test_near_miss_no_act_of_her_opponents_is_aimed_at_her(pipeline: Pipeline, sentence: str, trigger: str) -> None:
    assert all("Jane Miller" not in names for names in _targets(pipeline, _MILLER + sentence, trigger))


@pytest.mark.parametrize(("sentence", "trigger"), [
    ("Her critics protested outside the statehouse on Tuesday.", "protested"),
    ("Her rivals threatened to sue on Tuesday.", "threatened"),
])
def test_her_opponents_words_and_protests_are_aimed_at_her(pipeline: Pipeline, sentence: str, trigger: str) -> None:
    targets = _targets(pipeline, _MILLER + sentence, trigger)
    assert targets and targets[0] == ["Jane Miller"], targets


def test_the_opposing_side_types_are_data() -> None:
    from accord.events.tables import load_tables

    assert load_tables().grammar.opposing_side_types == frozenset({"ACCUSE", "THREATEN", "REJECT", "PROTEST"})


# --- 7. 'push back on' is a rebuttal only of a saying, a stance, a person or a body -------------------------------


@pytest.mark.parametrize("text", [
    "The army pushed back on the rebel offensive near Aleppo.",
    "Government forces pushed back on the militia's advance toward the port.",
])
def test_near_miss_a_military_counter_push_is_no_rebuttal(pipeline: Pipeline, text: str) -> None:
    quotes = pipeline.extract(text, published="2016-02-01", id="t").quotes
    assert not any((q.cue or "").startswith("pushed back") for q in quotes), quotes


@pytest.mark.parametrize(("text", "content"), [
    ("The company pushed back on the claims in the report.", "the claims in the report"),
    ("The mayor pushed back against the criticism from the council.", "the criticism from the council"),
])
def test_push_back_on_a_saying_is_a_rebuttal(pipeline: Pipeline, text: str, content: str) -> None:
    assert content in _contents(pipeline, text), _contents(pipeline, text)


# --- 8. knowledge once, as data ---------------------------------------------------------------------------------


def test_the_constants_left_in_code_are_data() -> None:
    from accord.actors.kb import KnowledgeBase
    from accord.events.tables import load_tables
    from accord.quotes.lexicon import load_lexicon

    assert KnowledgeBase.load().bench_sectors == frozenset({"JUD"})
    assert {"about", "calling", "saying"} <= load_lexicon().work_content_words
    cues = load_tables().cues
    assert (cues.terms_adverbs, cues.terms_prepositions, cues.terms_relatives) == (
        frozenset({"whereby"}), frozenset({"under", "by"}), frozenset({"which"}))


def test_duplicated_lists_are_derived_from_one_place() -> None:
    from accord.events.tables import load_tables

    tables = load_tables()
    grammar, cues = tables.grammar, tables.cues
    assert grammar.opposing_sides <= grammar.relational_nouns
    assert grammar.opposing_sides == frozenset({"rival", "critic", "opponent", "detractor", "enemy", "foe",
                                                "adversary"})
    shared = cues.terms_nouns & cues.document_nouns
    assert {"agreement", "deal", "plan", "framework", "scheme"} <= shared and "law" not in cues.terms_nouns
    assert {"proposal", "roadmap", "initiative"} <= cues.terms_nouns - cues.document_nouns
