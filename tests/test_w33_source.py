"""Source actors the grammar names but the doer's reading missed (wave 33, issues 18/19).

- A finite verb hung by the parser on a base-form verb under a modal ("the minister said the strike *would end*
  and *thanked* the unions") cannot share that modal: it is coordinated with the verb above the modal clause,
  whose subject it shares; not a form spelled like its base ("would attack and *hit*"), which may share it.
- A subjectless infinitive completing a noun of effort or attempt in a verb's "in" phrase ("struck in a bid *to
  oust*") is done by whoever makes the effort: the subject of that verb, unless the verb is a passive whose
  subject undergoes the act or the noun names its maker ("the party's efforts") or is definite ("believes in the
  effort to": a known effort, the verb's argument).
- A gerund after an adjective's preposition ("*fresh from* defeating X, the army ...", "is *responsible for*
  detaining Y") is done by the subject the adjective is said of, or the noun it modifies ("the group responsible
  for attacking").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.doc_index import sentences
from accord.events.frames import Frame, sentence_frames
from accord.events.roles import _controller, _purpose_maker, doer_of
from accord.events.tables import Tables
from accord.pipeline import Pipeline
from event_helpers import actor_texts


def _frame(pipeline: Pipeline, tables: Tables, text: str, word: str) -> Frame:
    doc = pipeline.nlp(text)
    found = [f for f in sentence_frames(sentences(doc)[0], tables) if f.trigger.text == word]
    assert found, [f.trigger.text for f in sentence_frames(sentences(doc)[0], tables)]
    return found[0]


def _doer(pipeline: Pipeline, tables: Tables, text: str, word: str) -> tuple[str | None, bool]:
    doer = doer_of(_frame(pipeline, tables, text, word), tables.grammar, _anyone, tables.cues.stative_participles,
                   tables.cues.casualty)
    return (doer.token.text if doer.token is not None else None), doer.undergoes


def _controlling(pipeline: Pipeline, tables: Tables, text: str, word: str) -> str | None:
    """The phrase that does what ``word`` says, by the doer's grammar alone."""
    found = _controller(_word(pipeline.nlp(text), word), tables.grammar, _anyone, tables.cues.stative_participles)
    return found.token.text if found.token is not None else None


def _anyone(token: Token) -> bool:
    return token.pos_ in ("PROPN", "PRON", "NOUN")


def _actors(pipeline: Pipeline, text: str, word: str) -> list[str]:
    events = [e for e in pipeline.extract(text, published="2021-03-01").events if e.trigger.text == word]
    assert events, f"no event on {word!r}"
    return [actor_texts(e.actor) for e in events]


def test_a_past_verb_after_a_modal_clause_shares_the_subject_above(pipeline: Pipeline, tables: Tables) -> None:
    text = "President Macron said the crisis would soon pass and praised the German government for its help."
    assert _doer(pipeline, tables, text, "praised") == ("Macron", False)
    assert _actors(pipeline, text, "praised") == ["President Macron"]


def test_a_present_verb_after_a_modal_clause_shares_the_subject_above(pipeline: Pipeline, tables: Tables) -> None:
    text = "The Chilean minister says the strike will end soon and thanks the unions for their patience."
    assert _doer(pipeline, tables, text, "thanks") == ("minister", False)


def test_a_base_form_coordinated_under_the_modal_keeps_the_inner_subject(pipeline: Pipeline,
                                                                        tables: Tables) -> None:
    # "would withdraw and *condemn*": the base form shares the modal, and so the inner subject
    text = "The senator said Brazil would withdraw its ambassador and condemn the Bolivian government."
    assert _doer(pipeline, tables, text, "condemn") == ("Brazil", False)


def test_an_infinitive_on_an_effort_noun_is_done_by_who_makes_the_effort(pipeline: Pipeline,
                                                                         tables: Tables) -> None:
    text = "The Norwegian government is engaged in a determined effort to broker a truce with the rebels."
    assert _doer(pipeline, tables, text, "broker") == ("government", False)
    assert _actors(pipeline, text, "broker") == ["The Norwegian government"]


def test_an_infinitive_on_an_attempt_is_done_by_who_acts_in_it(pipeline: Pipeline, tables: Tables) -> None:
    # the seizing is read as the shelling's purpose (no frame of its own): the grammar of its doer is asked
    text = "Egyptian troops shelled the town in an attempt to seize the border crossing from Libyan militias."
    assert _controlling(pipeline, tables, text, "seize") == "troops"


def test_an_effort_named_as_anothers_is_not_the_subjects(pipeline: Pipeline, tables: Tables) -> None:
    # "responded to the Labour efforts to", "backed the party's efforts to": the effort is someone else's
    stative = tables.cues.stative_participles
    for text in ("Farmers responded to the government's efforts to ban the pesticide.",
                 "The unions backed Labour efforts to ban zero-hour contracts."):
        assert _purpose_maker(_word(pipeline.nlp(text), "ban"), tables.grammar, stative) is None, text


def test_the_subject_of_a_passive_does_not_make_the_effort(pipeline: Pipeline, tables: Tables) -> None:
    # "the dissidents were arrested in a bid to silence ...": whoever arrested them silences, not the dissidents;
    # "is engaged in" tells a state, whose subject does make the effort
    stative = tables.cues.stative_participles
    passive = pipeline.nlp("The dissidents were arrested in a bid to silence the Cuban opposition.")
    assert _purpose_maker(_word(passive, "silence"), tables.grammar, stative) is None
    state = pipeline.nlp("The Norwegian government is engaged in a determined effort to broker a truce.")
    maker = _purpose_maker(_word(state, "broker"), tables.grammar, stative)
    assert maker is not None and maker.text == "engaged"


def test_an_infinitive_on_another_noun_is_no_effort(pipeline: Pipeline, tables: Tables) -> None:
    # "a chance to speak" is no effort of the one who was given it
    doc = pipeline.nlp("The Danish envoy was given a chance to address the assembly.")
    assert _purpose_maker(_word(doc, "address"), tables.grammar, tables.cues.stative_participles) is None


def _word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def test_a_gerund_after_a_fronted_adjective_is_done_by_the_main_subject(pipeline: Pipeline,
                                                                         tables: Tables) -> None:
    # "Fresh from defeating X, the army ...": the adjective is said of the main clause's subject
    text = "Fresh from defeating the Tamil rebels in the north, the Sri Lankan army marched on the capital."
    assert _controlling(pipeline, tables, text, "defeating") == "army"


def test_a_gerund_after_a_predicate_adjective_is_done_by_the_subject(pipeline: Pipeline, tables: Tables) -> None:
    text = "The Peruvian navy is responsible for detaining the Chilean fishermen."
    assert _doer(pipeline, tables, text, "detaining") == ("navy", False)


def test_a_past_spelled_like_its_base_may_share_the_modal(pipeline: Pipeline, tables: Tables) -> None:
    # "would attack and *hit*": "hit" may be the base form under "would", so it keeps the inner subject
    text = "Officials said the rebels would attack and hit the base."
    assert _controlling(pipeline, tables, text, "hit") == "rebels"


def test_a_finite_verb_with_its_own_subject_keeps_it(pipeline: Pipeline, tables: Tables) -> None:
    # "would rise and prices *fell*": a clause of its own, not coordinated with "said"
    text = "He said taxes would rise and prices fell."
    assert _controlling(pipeline, tables, text, "fell") in ("prices", None)


def test_a_definite_effort_is_not_the_subjects_purpose(pipeline: Pipeline, tables: Tables) -> None:
    # "believes in the effort to": the "in" phrase is the verb's argument, a known effort, not a purpose
    text = "The senator believes in the effort to impeach the president."
    assert _purpose_maker(_word(pipeline.nlp(text), "impeach"), tables.grammar,
                          tables.cues.stative_participles) is None
    assert _controlling(pipeline, tables, text, "impeach") != "senator"


def test_an_indefinite_bid_is_the_attackers_purpose(pipeline: Pipeline, tables: Tables) -> None:
    text = "The militants attacked the convoy in a bid to oust the governor."
    assert _controlling(pipeline, tables, text, "oust") == "militants"


def test_a_gerund_after_an_attributive_adjective_is_done_by_its_noun(pipeline: Pipeline, tables: Tables) -> None:
    # "the group *responsible for attacking*": the adjective is said of the noun it modifies
    text = "The group responsible for attacking the convoy was banned."
    assert _controlling(pipeline, tables, text, "attacking") == "group"
