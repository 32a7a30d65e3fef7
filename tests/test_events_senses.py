"""Senses as valency frames (data/events/senses.yaml): a trigger tells its event only with arguments of the right
kind. Each frame is tried on sentences written for these tests, one where the sense holds and one where it does
not."""

from __future__ import annotations

import pytest

from accord.doc_index import sentences
from accord.events.frames import sentence_frames
from accord.events.tables import Tables
from accord.pipeline import Pipeline
from event_helpers import frame_types_of

SENSES = [
    # AID: what is given must be aid
    ("Norway gave Sudan medical supplies on Monday.", "gave", "AID"),
    ("The minister gave birth to a daughter on Monday.", "gave", None),
    ("The ruling gives Ankara leverage over Brussels.", "gives", None),
    ("The defector gave police an account of his escape.", "gave", None),
    ("Moscow gave the rebels its assurances that the talks would go ahead.", "gave", "AGREE"),
    ("Brazil provided food and tents to the flood victims.", "provided", "AID"),
    ("The ministry provided details of the plan.", "provided", None),
    ("Canada provided photographs and military intelligence to Kyiv.", "provided", "AID"),
    # RETREAT: what is released must be captives or property
    ("The rebels released twelve hostages on Sunday.", "released", "RETREAT"),
    ("The ministry released a statement on Sunday.", "released", None),
    ("The band released a new album in March.", "released", None),
    # CONSULT: who is met, visited, hosted
    ("The Peruvian president met his Chilean counterpart in Lima.", "met", "CONSULT"),
    ("The proposal met a mixed response in Brussels.", "met", None),
    ("The government has met the strikers' demands.", "met", "CONCEDE"),
    ("The Indian prime minister visited Nepal on Tuesday.", "visited", "CONSULT"),
    ("The senator visited Ireland for a golf tournament.", "visited", None),
    ("The French foreign minister travelled to Kenya for talks.", "travelled", "CONSULT"),
    ("The teenager travelled to Syria to join the militia.", "travelled", None),
    ("Qatar hosted the Sudanese delegation on Friday.", "hosted", "CONSULT"),
    ("The province hosts several car manufacturers.", "hosts", None),
    ("Jordan hosts hundreds of thousands of refugees.", "hosts", "AID"),
    # REJECT: denials and "declined to comment" are comments
    ("Belgrade rejected the proposal on Monday.", "rejected", "REJECT"),
    ("The ministry denied any involvement in the attack.", "denied", None),
    ("The army denied that soldiers had fired on the crowd.", "denied", None),
    ("The army denied the journalists access to the camp.", "denied", "REJECT"),
    ("Israel denied the activists entry.", "denied", "REJECT"),
    ("The embassy declined to comment on the arrests.", "declined", None),
    ("The cabinet declined the offer of mediation.", "declined", "REJECT"),
    ("Support for the ruling party has declined sharply.", "declined", None),
    # REQUEST: a question or a plea is no request
    ("The envoy asked Tehran to free the sailors.", "asked", "REQUEST"),
    ("A reporter asked whether the plan was legal.", "asked", None),
    ("The two guards pleaded not guilty in court.", "pleaded", None),
    # SUPPORT / AID: verbal backing or material support
    ("Paris backed the proposal for a ceasefire.", "backed", "SUPPORT"),
    ("Ankara supports a refugee population of two million.", "supports", "AID"),
    ("Tehran supported the rebels with arms and money.", "supported", "AID"),
    ("Older voters backed the governor, 60 percent to 30 percent.", "backed", None),
    # CONCEDE: what allows must be someone
    ("The junta allowed aid agencies into the region.", "allowed", "CONCEDE"),
    ("The new corridor would allow civilians to leave the city.", "allow", None),
    # THREATEN / REQUEST
    ("The president warned the rebels not to attack the capital.", "warned", "REQUEST"),
    # ASSAULT: a description of war is no attack; a missile strike is no labour strike
    ("Gunmen killed six villagers in an attack on Monday.", "killed", "ASSAULT"),
    ("The war has killed 400,000 people.", "killed", None),
    ("More than 2,000 civilians have been killed in the fighting so far this year.", "killed", None),
    ("An estimated 300,000 people have been killed since the uprising.", "killed", None),
    ("Twelve villagers were killed by militiamen on Monday.", "killed", "ASSAULT"),
    ("Dock workers went on strike in Antwerp.", "strike", "PROTEST"),
    ("The president ordered a missile strike on the airbase.", "strike", "ASSAULT"),
    ("Israeli jets struck targets in southern Lebanon.", "struck", "ASSAULT"),
    ("The minister struck a conciliatory tone.", "struck", None),
    ("The campaign raised money to fight Mr Smith in the primary.", "fight", None),
    # PROTEST: a state's protest is an official complaint
    ("Students protested outside the ministry.", "protested", "PROTEST"),
    ("Ankara protested at the arms deliveries.", "protested", "ACCUSE"),
    # COOPERATE
    ("The two studios collaborated on a film about the war.", "collaborated", None),
    ("Many nations invest in drone research.", "invest", None),
    # what was occupied: the antecedent of a relative pronoun
    ("We hid in a house that the fighters were occupying.", "occupying", None),
    ("Troops occupied the border town of Qamishli.", "occupied", "ASSAULT"),
    # nouns
    ("Cairo said the press conference would start at noon.", "conference", None),
    ("Trump's threats against Iran alarmed Europe.", "threats", "THREATEN"),
    ("Cyber crime poses a threat to banks.", "threat", None),
]


@pytest.mark.parametrize(("text", "word", "expected"), SENSES, ids=[f"{w}:{t[:40]}" for t, w, _ in SENSES])
def test_a_trigger_tells_its_event_only_with_arguments_of_the_right_kind(pipeline: Pipeline, tables: Tables,
                                                                          text: str, word: str,
                                                                          expected: str | None) -> None:
    found = frame_types_of(pipeline, tables, text, word)
    assert found == ([expected] if expected else []), found


def test_a_demand_stands_when_what_it_asks_for_is_no_event_of_its_own(pipeline: Pipeline, tables: Tables) -> None:
    found = frame_types_of(pipeline, tables, "The rebels demanded that Ankara provide information on the prisoners.",
                      "demanded")
    assert found == ["REQUEST"]


def test_an_event_a_party_denies_is_told_as_not_having_happened(pipeline: Pipeline, tables: Tables) -> None:
    doc = pipeline.nlp("The army denied that soldiers had fired on the crowd.")
    frames = sentence_frames(sentences(doc)[0], tables)
    assert [(f.type, f.negated) for f in frames] == [("ASSAULT", True)]


def test_every_frame_names_known_slots_and_classes(tables: Tables) -> None:
    senses = tables.senses
    assert senses.verb_frames and senses.noun_frames
    lexicon = tables.lexicon
    known = {*lexicon.verbs, *(" ".join(k) for k in lexicon.verb_pairs), *lexicon.thing_object}
    assert set(senses.verb_frames) <= known, set(senses.verb_frames) - known
    nouns = {*lexicon.nouns, *(" ".join(k) for k in lexicon.noun_pairs)}
    assert set(senses.noun_frames) <= nouns, set(senses.noun_frames) - nouns


MORE_SENSES = [
    # a participle before a noun and a noun modifying another describe, they tell no event
    ("The party's pledged delegates met in Ohio.", "pledged", None),
    ("Rights groups documented war crimes in the region.", "war", None),
    ("The aid convoy reached the town on Monday.", "aid", "AID"),
    ("The emir launched a mediation effort between the two states.", "mediation", "CONSULT"),
    # seeking a thing asks for it; wanting another party to act demands it
    ("The rebels sought the help of Turkey.", "sought", "REQUEST"),
    ("Beijing expects Manila to withdraw its ships.", "expects", "REQUEST"),
    # one's own act expected is a plan (the factuality layer: the withdrawal, to come), no promise of its own
    ("The army expects to withdraw its troops by May.", "expects", None),
    # the means of an act is the act
    ("Moscow retaliated by imposing sanctions on Ankara.", "sanctions", "SANCTION"),
    # a warning of a state to come is no threat
    ("Aid groups warned that the return of the refugees would be difficult.", "warned", None),
    ("The rebels warned that they would attack the convoy.", "warned", "THREATEN"),
    # ordering an act is the act; revoking citizenship is coercion
    ("The home secretary ordered her citizenship revoked in February.", "revoked", "COERCE"),
    # "called X Y" names, it asks for nothing
    ("The senator has been called the 'Trump of the East' for his remarks.", "called", None),
    ("The senator called for new sanctions on Iran.", "called", "REQUEST"),
    # a war as a state of affairs, and one launched
    ("The senator voted for that war in 2002.", "war", None),
    ("Russia launched a war against Ukraine in 2022.", "war", "ASSAULT"),
    ("Children were born during the war.", "war", None),
    # a higher event verb stands when the word below it tells no event
    ("Caracas expelled the ambassador, giving him 72 hours to leave.", "expelled", "SANCTION"),
]


@pytest.mark.parametrize(("text", "word", "expected"), MORE_SENSES, ids=[f"{w}:{t[:40]}" for t, w, _ in MORE_SENSES])
def test_descriptions_requests_means_and_states_are_read_for_what_they_are(pipeline: Pipeline, tables: Tables,
                                                                            text: str, word: str,
                                                                            expected: str | None) -> None:
    found = frame_types_of(pipeline, tables, text, word)
    assert found == ([expected] if expected else []), found


@pytest.mark.parametrize(("text", "expected"), [
    ("Local businessmen signed a deal with a German bank on Monday.", []),  # two companies
    ("A man asked his neighbour to lend him a car.", []),  # two private persons
    ("Police arrested a man in Leeds on Friday.", ["COERCE"]),  # a state body acts
    ("Thousands of farmers protested in Paris on Monday.", ["PROTEST"]),  # dissent is political
    ("Two men stabbed a shopkeeper in Leeds on Friday.", ["ASSAULT"]),  # violence is coded whoever commits it
    ("The family begged the prime minister for help.", ["REQUEST"]),  # a private party asks the state
])
def test_an_interaction_between_private_parties_is_no_political_event(pipeline: Pipeline, text: str,
                                                                       expected: list[str]) -> None:
    events = pipeline.extract(text, published="2024-05-06").events
    assert [e.type for e in events] == expected, [(e.type, e.trigger.text) for e in events]


# --- intensity per event --------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "word", "cameo", "score"), [
    ("Kenya asked Uganda for emergency food aid.", "asked", "023", 3.4),  # an appeal for aid
    ("Kenya demanded emergency food aid from Uganda.", "demanded", "103", -4.0),  # a demand for aid
    ("Kenya demanded the withdrawal of Ugandan troops.", "demanded", "105", -5.0),  # a demand that it yield
    ("Kenya and Uganda signed a trade agreement on Monday.", "signed", "057", 8.0),
    ("Ghana and Togo held talks on the border.", "talks", "046", 7.0),
    ("Rebels withdrew from the town on Sunday.", "withdrew", "087", 9.0),
])
def test_an_event_weighs_by_its_cameo_code_not_its_type(pipeline: Pipeline, text: str, word: str, cameo: str,
                                                        score: float) -> None:
    event = next(e for e in pipeline.extract(text, published="2024-05-06").events if e.trigger.text == word)
    assert (event.cameo, event.score) == (cameo, score)


def test_every_cameo_code_the_coder_uses_has_a_goldstein_score_or_a_root_with_one(tables: Tables) -> None:
    ontology = tables.ontology
    lexicon = tables.lexicon
    entries = [*lexicon.verbs.values(), *lexicon.verb_pairs.values(), *lexicon.nouns.values(),
               *lexicon.noun_pairs.values()]
    tables_codes = [*ontology.intent_cameo.values(), *ontology.threat_cameo.values(), *ontology.reject_cameo.values(),
                    *ontology.request_cameo.values(), *ontology.appeal_cameo.values(), *ontology.halt_cameo.values(),
                    *ontology.recoding_cameo.values(), *(t.cameo for t in ontology.types.values())]
    for code in [*(e.cameo for e in entries), *tables_codes]:
        assert code in ontology.goldstein or code[:3] in ontology.goldstein, code
    # cooperative roots (03-08) score above zero, conflictual ones (09-20 but for appeals, 02) below
    for entry in entries:
        root = int(entry.cameo[:2])
        if 3 <= root <= 8:
            assert ontology.score(entry.cameo, entry.type) > 0, entry
        elif root >= 9:
            assert ontology.score(entry.cameo, entry.type) < 0, entry


LEXICON_ADDITIONS = [
    ("The rebels swapped two hostages for three commanders.", "swapped", "RETREAT"),
    ("The two ministers exchanged views on the crisis.", "exchanged", "CONSULT"),  # views traded: a consultation
    ("The Senate confirmed the nominee by 92 votes to 0.", "confirmed", "SUPPORT"),
    ("The ministry confirmed the deaths of two soldiers.", "confirmed", None),
    ("Rebel commanders coordinate with Turkish officers.", "coordinate", "COOPERATE"),
    ("Washington held Russia responsible for the gas attacks.", "held", "ACCUSE"),
    ("The senator said no to the war.", "said", "REJECT"),
    ("Sanders takes aim at a provision of the bill.", "takes", "ACCUSE"),
    ("The senator ripped the agreement in a letter.", "ripped", "ACCUSE"),
    ("Federal prosecutors examined the conduct of the guards.", "examined", "ACCUSE"),
    ("Doctors examined the patient on Monday.", "examined", None),
    ("The coalition took over Raqqa last month.", "took", "ASSAULT"),
    ("The banker took over the company in 2010.", "took", None),
    ("Snipers began targeting civilians near the bridge.", "targeting", "ASSAULT"),
    ("The campaign is targeting young voters.", "targeting", None),
    ("The government was lobbying Brussels for access to the port.", "lobbying", "REQUEST"),
    ("Moscow shunned any UN involvement.", "shunned", "REJECT"),
    ("Workers in the city shunned work on Monday.", "shunned", "PROTEST"),
    ("A squadron of jets was redeployed to Afghanistan by the air force.", "redeployed", "MOBILIZE"),
    ("Turkey launched the operation after gaining the approval of Russia.", "approval", "SUPPORT"),
    ("The president's approval rating fell.", "approval", None),
    ("Isis carried out public executions in the square.", "executions", "ASSAULT"),
    ("The execution of the plan was delayed.", "execution", None),
    ("The army launched a military operation in the valley.", "operation", "ASSAULT"),
]


@pytest.mark.parametrize(("text", "word", "expected"), LEXICON_ADDITIONS,
                         ids=[f"{w}:{t[:40]}" for t, w, _ in LEXICON_ADDITIONS])
def test_words_added_to_the_lexicon_keep_to_their_event_sense(pipeline: Pipeline, tables: Tables, text: str,
                                                              word: str, expected: str | None) -> None:
    found = frame_types_of(pipeline, tables, text, word)
    assert found == ([expected] if expected else []), found
