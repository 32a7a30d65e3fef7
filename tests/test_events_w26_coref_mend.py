"""Pronoun binding mended after the wave-26 merge: a thing said inside a modifier of an actor's phrase ("young
people *who were eating pastries*") is no rival of that actor for a later "them"; whom a verb of asking or urging
addresses ("urged *them* to ...") is never a thing; and a subject pronoun is never the object of its own clause
("if he had met Kasich": not Kasich)."""

from __future__ import annotations

from accord.actors.binding import excluded_referents, own_objects
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
    assert met and all(a.name != "John Kasich" for e in met for a in e.actor), met


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
    assert all(r.sector != "PTY" and "Committee" not in (r.name or "") for r in asking[0].recipient), asking
