"""Pronoun binding mended after the wave-26 merge: a thing said inside a modifier of an actor's phrase ("young
people *who were eating pastries*") is no rival of that actor for a later "them"; whom a verb of asking or urging
addresses ("urged *them* to ...") is never a thing; and a subject pronoun is never the object of its own clause
("if he had met Kasich": not Kasich)."""

from __future__ import annotations

from accord.actors.binding import excluded_referents, own_objects
from accord.blackboard import ACTORS
from accord.events.coreference import resolve_references
from accord.events.tables import Tables
from accord.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str, trigger: str) -> list:  # type: ignore[type-arg]
    return [e for e in pipeline.extract(text).events if e.trigger.text == trigger]


def test_a_thing_in_a_relative_clause_of_the_actor_is_no_rival(unfiltered_pipeline: Pipeline) -> None:
    text = "The mayor of Denver met young people who were eating pastries at a bakery, and she praised them."
    praised = _events(unfiltered_pipeline, text, "praised")
    assert [[r.sector for r in e.recipient] for e in praised] == [["CVL"]], praised


def test_them_urged_to_vote_are_the_people_not_what_they_ate(unfiltered_pipeline: Pipeline) -> None:
    text = ("The mayor of Denver met young people who were drinking coffee and eating pastries, and she urged "
            "them to vote.")
    urged = _events(unfiltered_pipeline, text, "urged")
    assert [e.type for e in urged] == ["REQUEST"], urged
    assert [r.sector for r in urged[0].recipient] == ["CVL"], urged


def test_the_addressee_of_urging_is_never_a_thing(unfiltered_pipeline: Pipeline) -> None:
    # "Prices" ranks first in the pronoun's own sentence, but prices are not urged to do anything
    text = ("The mayor of Denver met the students on Monday. Prices rose sharply this year, and she urged them to "
            "stay calm.")
    urged = _events(unfiltered_pipeline, text, "urged")
    assert [[r.sector for r in e.recipient] for e in urged] == [["EDU"]], urged


def test_a_plural_thing_outside_any_actor_phrase_still_leaves_they_unresolved(unfiltered_pipeline: Pipeline) -> None:
    text = ("The Peruvian and Chilean presidents met in Lima. It is hard to stop these fanatics before they attack "
            "Bolivian towns.")
    attacks = _events(unfiltered_pipeline, text, "attack")
    assert [list(e.actor) for e in attacks] == [[]], attacks


def test_a_subject_pronoun_is_not_the_object_of_its_own_clause(unfiltered_pipeline: Pipeline) -> None:
    text = ("Governor John Kasich campaigned in Ohio on Monday. \"It was fine,\" the casino magnate told a newspaper "
            "in Las Vegas when asked if he had met Kasich.")
    met = _events(unfiltered_pipeline, text, "met")
    # "he" is the magnate, who names no coded actor: the meeting has no actor from "he", never the man he met
    assert [list(e.actor) for e in met] == [[]], met
    assert [[a.name for a in e.recipient] for e in met] == [["John Kasich"]], met


def test_a_subject_pronoun_still_means_the_person_named_before(unfiltered_pipeline: Pipeline) -> None:
    text = "Governor John Kasich campaigned in Ohio on Monday. He met Senator Rob Portman in Columbus."
    met = _events(unfiltered_pipeline, text, "met")
    assert [[a.name for a in e.actor] for e in met] == [["John Kasich"]], met


def test_own_objects_of_a_subject_pronoun(pipeline: Pipeline) -> None:
    def objects(text: str, word: str) -> list[str]:
        doc = pipeline.nlp(text)
        pronoun = next(t for t in doc if t.lower_ == word)
        return [t.text for t in own_objects(pronoun)]

    assert objects("She said he had met Ward and Reed.", "he") == ["Ward", "Reed"]
    assert objects("They spoke with Reed on Friday.", "they") == ["Reed"]
    assert objects("He was praised by Reed.", "he") == ["Reed"]
    assert objects("He is the governor of Ohio.", "he") == []  # a copula's complement is the subject itself
    assert objects("Reed praised him.", "him") == []  # an object pronoun: its subject is what it is not


def test_excluded_referents_of_a_subject_pronoun_hold_its_objects(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Aides said he had met Reed.")
    pronoun = next(t for t in doc if t.lower_ == "he")
    assert "Reed" in [t.text for t in excluded_referents(pronoun)]


def test_a_plural_object_that_may_name_people_still_ranks_before_a_body_further_back(
        unfiltered_pipeline: Pipeline) -> None:
    # "donors" names no actor but may be people: "them", whom he asks, is not the committee named before
    text = ("The Republican National Committee met in Washington on Monday. Chairman Reed Walker is calling "
            "wealthy donors himself, asking them to host dinners.")
    asking = _events(unfiltered_pipeline, text, "asking")
    assert [e.type for e in asking] == ["REQUEST"], asking
    assert list(asking[0].recipient) == [], asking  # "them" is the donors, who name no actor: none, not the committee
    assert all(r.sector != "PTY" and "Committee" not in (r.name or "") for r in asking[0].recipient), asking


def _resolved(pipeline: Pipeline, tables: Tables, text: str) -> dict[str, list[str | None]]:
    doc = pipeline.nlp(text)
    found = resolve_references(doc, ACTORS.get(doc) or [], tables.grammar.coreference)
    resolved: dict[str, list[str | None]] = {}
    for a in found:
        if (a.rule or "").startswith("coreference"):
            resolved.setdefault(a.text, []).append(a.name or a.country)
    return resolved


def test_a_thing_inside_an_actors_modifier_still_stops_a_pronoun_the_actor_cannot_be(
        pipeline: Pipeline, tables: Tables) -> None:
    # "deal" hangs on "Diplomats", who cannot be "it": "it" is the deal, not an actor named before
    text = "The European Union met in Brussels on Monday. Diplomats whose deal collapsed said it would return."
    assert "it" not in _resolved(pipeline, tables, text), _resolved(pipeline, tables, text)


def test_a_thing_inside_an_actors_modifier_is_passed_over_for_a_pronoun_the_actor_can_be(
        pipeline: Pipeline, tables: Tables) -> None:
    text = ("The mayor of Denver met young people who were drinking coffee and eating pastries, and she urged "
            "them to vote.")
    assert _resolved(pipeline, tables, text).get("them"), _resolved(pipeline, tables, text)


def test_a_role_after_as_or_like_is_not_an_object_of_the_subject_pronoun(pipeline: Pipeline) -> None:
    def objects(text: str) -> list[str]:
        doc = pipeline.nlp(text)
        pronoun = next(t for t in doc if t.lower_ == "he")
        return [t.text for t in own_objects(pronoun)]

    assert objects("He was elected as governor of Ohio.") == []
    assert objects("He acted like a king in Ohio.") == []
    assert objects("He spoke with Reed as governor.") == ["Reed"]


def test_a_governor_elected_as_governor_is_still_he(unfiltered_pipeline: Pipeline) -> None:
    text = ("Governor John Kasich campaigned in Columbus on Monday. He was elected as governor of Ohio and he "
            "criticized China.")
    criticized = _events(unfiltered_pipeline, text, "criticized")
    assert [[a.name for a in e.actor] for e in criticized] == [["John Kasich"]], criticized


def test_a_name_hung_on_a_verb_as_an_adverbial_noun(pipeline: Pipeline) -> None:
    from accord.syntax import misread_object

    doc = pipeline.nlp("She said he had met Kasich.")
    assert [t.text for t in doc if misread_object(t)] in (["Kasich"], [])  # as the parse reads it
    doc = pipeline.nlp("US-backed forces attacked the town.")
    assert [t.text for t in doc if misread_object(t)] == []
