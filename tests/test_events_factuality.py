"""Layer 2 of the event coder, factuality, and what the sense layer makes of it: sentences written for these tests,
a dozen or more for each reading (asserted, negated, hypothetical, future), and who reports an event.

A frame is found by its trigger word or its event word; its ``status`` is the factuality the event record
carries. The sides of an event (layer 4) are not needed here, so the sentences name whatever parties read
naturally."""

from __future__ import annotations

import pytest

from accord.doc_index import sentences
from accord.events.factuality import Reading, factuality_of
from accord.events.frames import Frame, sentence_frames
from accord.events.tables import Tables
from accord.pipeline import Pipeline
from accord.records import Event, Span


def _frames(pipeline: Pipeline, tables: Tables, text: str) -> list[Frame]:
    return [f for s in sentences(pipeline.nlp(text)) for f in sentence_frames(s, tables)]


def _frame(pipeline: Pipeline, tables: Tables, text: str, word: str) -> Frame:
    """The frame whose trigger or event word is ``word``."""
    frames = _frames(pipeline, tables, text)
    found = [f for f in frames if word in (f.trigger.text, f.content.token.text)]
    assert found, (text, [(f.type, f.trigger.text, f.status) for f in frames])
    return found[0]


def _check(pipeline: Pipeline, tables: Tables, text: str, word: str, status: str) -> Frame:
    frame = _frame(pipeline, tables, text, word)
    assert frame.status == status, (text, frame.type, frame.trigger.text, frame.status)
    return frame


# --- negated ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("Israel did not sign the agreement.", "sign"),
    ("Ghana never met the rebel envoy.", "met"),
    ("Turkey won't attack the town.", "attack"),
    ("Nobody attacked the convoy near the border.", "attacked"),
    ("Iran failed to reach a deal with the European Union.", "deal"),
    ("The convoy crossed the border without attacking the village.", "attacking"),
    ("Police avoided arresting the protesters.", "arresting"),
    ("Japan was unable to reach an agreement with Korea.", "agreement"),
    ("Police could not arrest the suspect.", "arrest"),
    ("Peru has yet to sign the treaty.", "sign"),
    ("Chile has not yet signed the accord.", "signed"),
    ("Kenya held no talks with Somalia.", "talks"),
    ("There were no reports of clashes between the two armies.", "clashes"),
    ("The rebels denied attacking the convoy.", "attacking"),
    ("Officials denied that troops had shelled the town.", "shelled"),
    ("Neither government has condemned the coup.", "condemned"),
])
def test_what_the_text_says_did_not_happen_is_negated(pipeline: Pipeline, tables: Tables, text: str,
                                                      word: str) -> None:
    _check(pipeline, tables, text, word, "negated")


def test_a_denial_is_no_act_of_its_own_and_reports_what_it_denies(pipeline: Pipeline, tables: Tables) -> None:
    text = "Officials denied that troops had shelled the town."
    frames = _frames(pipeline, tables, text)
    assert [(f.type, f.status) for f in frames] == [("ASSAULT", "negated")]
    assert frames[0].speaker is not None and frames[0].speaker.text == "Officials"
    assert not _frames(pipeline, tables, "The militia denied the allegations.")  # a denial of a claim
    refused = _frame(pipeline, tables, "The embassy denied visas to the journalists.", "denied")
    assert refused.type != "ASSAULT" and refused.status == "asserted"  # denying someone a thing is an act


@pytest.mark.parametrize(("text", "word", "status"), [
    ("There is no evidence that Georgian troops shelled the village.", "shelled", "negated"),
    ("There is evidence that Georgian troops shelled the village.", "shelled", "asserted"),
    ("Kenya has produced no proof that Somali forces raided the camp.", "raided", "negated"),
    ("Kenya has produced proof that Somali forces raided the camp.", "raided", "asserted"),
    ("Inspectors did not find any evidence that the guards beat the prisoners.", "beat", "negated"),
    ("Inspectors found evidence that the guards beat the prisoners.", "beat", "asserted"),
    ("Observers saw no sign the militia had withdrawn from the port.", "withdrawn", "negated"),
    ("Observers saw signs the militia had withdrawn from the port.", "withdrawn", "asserted"),
    ("There were no reports that police fired on the marchers.", "fired", "negated"),
    ("There is no doubt that Georgian troops shelled the village.", "shelled", "asserted"),
    ("The evidence the prosecutors gathered shows that the guards beat the prisoners.", "beat", "asserted"),
])
def test_what_no_evidence_bears_out_is_not_told_as_done(pipeline: Pipeline, tables: Tables, text: str, word: str,
                                                          status: str) -> None:
    """"No evidence / proof / sign that X did Y" says nothing bears the act out: it is not told as done, while
    evidence found tells it, and "no doubt that" asserts it."""
    _check(pipeline, tables, text, word, status)


# --- hypothetical -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("Japan may impose sanctions on Laos.", "sanctions"),
    ("Russia could attack the port.", "attack"),
    ("The rebels might release the hostages.", "release"),
    ("If Iran attacks the tanker, the navy will respond.", "attacks"),
    ("Unless the rebels withdraw, the army will attack the town.", "attack"),
    ("Will Russia attack Ukraine?", "attack"),
    ("The president hopes that Iran signs the accord.", "signs"),
    ("Nepal wants to sign a trade deal with India.", "deal"),
    ("The ministry is considering sanctions against Belarus.", "sanctions"),
    ("Russia is unlikely to attack the port.", "attack"),
    ("It is possible that Egypt will meet the envoy.", "meet"),
    ("Analysts fear that the army will shell the city.", "shell"),
    ("The volunteers went to Syria to fight the militia.", "fight"),
    ("Mali should expel the envoy.", "expel"),
    ("The army probably shelled the village.", "shelled"),
    ("Talks will fail unless both sides sign the accord.", "sign"),
    ("The staff were told by the company to sign the contract.", "sign"),
    ("A senator argued for Ghana to be banned from the tournament.", "banned"),  # "called for": test_events_recall
    ("Peru should have expelled the envoy.", "expelled"),
    ("The exiles plotted to kill the president.", "kill"),
])
def test_what_may_happen_is_hypothetical(pipeline: Pipeline, tables: Tables, text: str, word: str) -> None:
    _check(pipeline, tables, text, word, "hypothetical")


@pytest.mark.parametrize(("text", "word"), [
    ("The prospect of a military attack worried the allies.", "attack"),
    ("A possible withdrawal of troops alarmed the Kurds.", "withdrawal"),
    ("Any attack on the port would be a disaster.", "attack"),
    ("The senators debated whether to impose sanctions on Syria.", "sanctions"),
    ("Kenya made efforts to end the blockade of the port.", "blockade"),
])
def test_an_event_noun_that_may_happen_is_hypothetical(pipeline: Pipeline, tables: Tables, text: str,
                                                       word: str) -> None:
    _check(pipeline, tables, text, word, "hypothetical")


@pytest.mark.parametrize(("text", "word"), [
    ("The synod gave its blessing to the bombing of the village.", "bombing"),
    ("The council granted permission for the strike on the base.", "strike"),
    ("Congress debated an authorization for the invasion of Iraq.", "invasion"),
    ("The general issued orders for the attack on the town.", "attack"),
    ("The court issued a requirement that the army withdraw from the town.", "withdraw"),
    ("The panel recommended that the ministry impose sanctions on Peru.", "sanctions"),
    ("The panel did not recommend that the ministry impose sanctions on Peru.", "sanctions"),
    ("The new law allows the police to arrest protesters without a warrant.", "arrest"),
])
def test_what_is_permitted_required_or_recommended_is_hypothetical(pipeline: Pipeline, tables: Tables, text: str,
                                                                   word: str) -> None:
    """The content of a permission, a requirement or a recommendation is allowed or wanted, not told as done; a
    recommendation declined ("did not recommend that ...") does not make it a negated act either."""
    _check(pipeline, tables, text, word, "hypothetical")


@pytest.mark.parametrize(("text", "word"), [
    ("The panel suggested that troops had fired on the crowd.", "fired"),
    ("The minister recommended that troops withdrew from Mali.", "withdrew"),
    ("The minister insisted that the army had attacked the village.", "attacked"),
    ("The general gave a medal for the raid on the base.", "raid"),
    ("The general gave orders after the raid on the base.", "raid"),
    ("The army gave its approval for the strike on the base.", "approval"),
    ("The police allowed the protesters to march to the square.", "allowed"),
])
def test_what_a_recommendation_reports_or_a_grant_names_stays_asserted(pipeline: Pipeline, tables: Tables, text: str,
                                                                       word: str) -> None:
    """A past form under "suggest" or "recommend" reports a fact, not a subjunctive; a medal given
    for an act, or an order given after it, says nothing of whether it happened; an approval is itself an act."""
    _check(pipeline, tables, text, word, "asserted")


# --- future -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("India will sign the pact.", "sign"),
    ("The three leaders will meet in Sochi on Wednesday.", "meet"),
    ("Putin is set to host Erdogan in Sochi.", "host"),
    ("The king is due to visit Oman next week.", "visit"),
    ("Greece plans to impose restrictions on imports.", "restrictions"),
    ("Turkey is preparing to launch an offensive against the rebels.", "offensive"),
    ("The army was about to attack the town when the truce began.", "attack"),
    ("Iran is going to deploy troops to the border.", "deploy"),
    ("The minister intends to visit Kabul.", "visit"),
    ("A summit is planned for May.", "summit"),
    ("Brazil is expected to sign the accord.", "sign"),
    ("Turkey's plan to attack the town was shelved.", "attack"),
    ("The upcoming talks between Peru and Chile will focus on trade.", "talks"),
    ("Two summits on the crisis are to be held this week.", "summits"),
])
def test_what_is_to_come_is_future(pipeline: Pipeline, tables: Tables, text: str, word: str) -> None:
    _check(pipeline, tables, text, word, "future")


def test_a_future_or_possible_act_keeps_its_type(pipeline: Pipeline, tables: Tables) -> None:
    """Told by the narrator, an act to come is that act, to come — not a promise or a threat."""
    assert _check(pipeline, tables, "The three leaders will meet in Sochi on Wednesday.", "meet", "future").type \
        == "CONSULT"
    assert _check(pipeline, tables, "Japan may impose sanctions on Laos.", "sanctions", "hypothetical").type \
        == "SANCTION"
    assert _check(pipeline, tables, "Greece plans to impose restrictions on imports.", "restrictions",
                  "future").type == "SANCTION"


@pytest.mark.parametrize(("text", "word", "status"), [
    ("Had the militia stormed the prison, the guards would have fled.", "stormed", "hypothetical"),
    ("Had Georgia not shelled the town, the separatists would have stayed.", "shelled", "hypothetical"),
    ("Had the envoy met the rebels, few people would have known.", "met", "hypothetical"),
    ("The militia had stormed the prison, and the guards fled.", "stormed", "asserted"),
    ("After the militia had stormed the prison, the guards fled.", "stormed", "asserted"),
    ("The envoy had met the rebels, but few people knew.", "met", "asserted"),
    ("Only then had the militia stormed the prison, officials said.", "stormed", "asserted"),
])
def test_a_condition_told_by_inversion_is_hypothetical(pipeline: Pipeline, tables: Tables, text: str, word: str,
                                                       status: str) -> None:
    """"Had X done Y, ..." states a condition contrary to fact, with no "if"; "X had done Y" tells it."""
    _check(pipeline, tables, text, word, status)


@pytest.mark.parametrize(("text", "word", "status"), [
    ("Turkey will withdraw its troops as long as the Kurds leave the border.", "withdraw", "hypothetical"),
    ("The army will hold its fire as long as the militants release the hostages.", "release", "hypothetical"),
    ("The rebels will free the hostages so long as the army halts its advance.", "free", "hypothetical"),
    ("The rebels will release the hostages provided that the army stops the shelling.", "release", "hypothetical"),
    ("The rebels will release the hostages provided the army pulls back.", "pulls", "hypothetical"),
    ("Kenya said the troops would stay as long as the militants attacked the border towns.", "attacked",
     "hypothetical"),
    ("As long as the prisoners are tried and detained, the families will be content.", "detained", "hypothetical"),
    # a duration, not a condition: both clauses told in the past
    ("The ceasefire held as long as the talks lasted.", "ceasefire", "asserted"),
    ("The militia shelled the town for as long as the siege lasted.", "shelled", "asserted"),
    # an act told as done on a condition was done: the condition is its terms
    ("The hostages were freed provided that the ransom was paid.", "freed", "asserted"),
    # "provided" with a subject of its own is a verb of the clause, not a condition
    ("The agency provided that the refugees were sheltered.", "sheltered", "asserted"),
    ("The United States provided the army with weapons.", "provided", "asserted"),
])
def test_a_condition_told_by_a_phrase_is_hypothetical(pipeline: Pipeline, tables: Tables, text: str, word: str,
                                                      status: str) -> None:
    """"As long as", "so long as", "provided (that)", "providing (that)" open a condition the parser marks, at most,
    by its last word; told in the past, "as long as" tells a duration instead."""
    _check(pipeline, tables, text, word, status)


# --- asserted ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("India signed an agreement with Russia.", "signed"),
    ("The police tried to arrest the man.", "arrest"),
    ("He was the first leader to visit Cuba.", "visit"),
    ("Nurses in Peru went on strike to protest the budget.", "strike"),  # the strike, its aim the protest
    ("The shelling forced the rebels to withdraw from the town.", "withdraw"),
    ("Police worked with the army to investigate the bombing.", "investigate"),
    ("Officials said Kenya signed the deal.", "signed"),
    ("Who attacked the convoy?", "attacked"),
    ("The army had to withdraw from the town.", "withdraw"),
    ("The rebels were able to seize the airport.", "seize"),
    ("The UN might study the Turkish attacks on the town.", "attacks"),
    ("Russia attacked the town even if the talks had begun.", "attacked"),
    ("An attempt to assassinate the governor was thwarted.", "assassinate"),
    ("He was among 25 senators to vote against the bill.", "vote"),
    ("Police used tear gas to disperse the protesters.", "disperse"),
    ("The two ministers held a strategic dialogue to discuss trade.", "discuss"),
])
def test_what_the_text_says_happened_is_asserted(pipeline: Pipeline, tables: Tables, text: str,
                                                 word: str) -> None:
    _check(pipeline, tables, text, word, "asserted")


def test_coordinated_acts_keep_their_own_factuality(pipeline: Pipeline, tables: Tables) -> None:
    text = "The rebels attacked the camp and may attack it again."
    assert [(f.trigger.text, f.status) for f in _frames(pipeline, tables, text)] == [
        ("attacked", "asserted"), ("attack", "hypothetical")]
    shared = _frames(pipeline, tables, "Russia could attack Ukraine and destroy its army.")
    assert [f.status for f in shared] == ["hypothetical", "hypothetical"]  # one modal for both verbs


# --- who reports it ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "word", "speaker"), [
    ("Officials said Kenya signed the deal.", "signed", "Officials"),
    ("Kenya signed the deal, officials said.", "signed", "officials"),
    ("According to the ministry, troops shelled the town.", "shelled", "ministry"),
    ("The rebels denied that they attacked the convoy.", "attacked", "rebels"),
    ("The militia denied shelling the town.", "shelling", "militia"),
    ("Analysts said the army may decide to attack the town.", "attack", "Analysts"),
])
def test_the_source_the_text_cites_reports_the_event(pipeline: Pipeline, tables: Tables, text: str, word: str,
                                                     speaker: str) -> None:
    frame = _frame(pipeline, tables, text, word)
    assert frame.speaker is not None and frame.speaker.text == speaker and frame.factuality.reported


def test_the_narrator_reports_nobody_s_event(pipeline: Pipeline, tables: Tables) -> None:
    assert _frame(pipeline, tables, "India signed an agreement with Russia.", "signed").speaker is None


# --- what the sense layer makes of the readings -----------------------------------------------------------------


@pytest.mark.parametrize(("text", "word", "expected"), [
    ("Iran said it would retaliate against Israel.", "retaliate", ("THREATEN", "asserted")),
    ("\"We will retaliate,\" the minister said.", "retaliate", ("THREATEN", "asserted")),
    ("The rebels said they would meet the envoy if he came alone.", "meet", ("AGREE", "asserted")),
    ("Peru said it would not withdraw its troops.", "withdraw", ("REJECT", "asserted")),
    ("Iran cannot accept the deal.", "accept", ("REJECT", "asserted")),
    ("Egypt has not yet accepted the proposal.", "accepted", ("AGREE", "negated")),
    ("Iran may not accept the deal.", "accept", ("AGREE", "hypothetical")),
    ("The rebels vowed that they would attack the town.", "vowed", ("THREATEN", "asserted")),
])
def test_an_announced_act_to_come_is_a_promise_or_a_threat(pipeline: Pipeline, tables: Tables, text: str,
                                                           word: str, expected: tuple[str, str]) -> None:
    """An act to come told as announced by a source (or in the first person) is an intention made known; a
    cooperative one negated where it was to come is refused; one not yet done is neither."""
    frame = _frame(pipeline, tables, text, word)
    assert (frame.type, frame.status) == expected, (text, frame.trigger.text)


def test_an_intention_is_announced_by_a_named_party_or_in_the_first_person(pipeline: Pipeline,
                                                                          tables: Tables) -> None:
    named = _frame(pipeline, tables, "Israel will evacuate the settlements, a spokesman said.", "evacuate")
    assert named.status == "asserted" and named.modality == "intent"
    nameless = _frame(pipeline, tables, "Workers will receive new contracts, a source said.", "contracts")
    assert nameless.status == "future" and nameless.modality is None  # a forecast about them, no intention


def test_declining_to_comment_is_no_refusal(pipeline: Pipeline, tables: Tables) -> None:
    assert not _frames(pipeline, tables, "The ministry declined to comment on the case.")
    assert _frame(pipeline, tables, "Iran refused to discuss the border.", "refused").type == "REJECT"


def test_an_obligation_is_a_demand_only_on_someone_else(pipeline: Pipeline, tables: Tables) -> None:
    demand = _frames(pipeline, tables, "The minister said Iran must explain its decision.")
    assert [(f.type, f.status) for f in demand] == [("REQUEST", "asserted")]
    # (not "defend the border": defending a place is arms, not words, and no SUPPORT; see senses.yaml)
    own = _frame(pipeline, tables, "\"We must help the refugees,\" the general said.", "help")
    assert own.type != "REQUEST" and own.status == "hypothetical"


def test_readings_add_up_and_two_negations_cancel() -> None:
    assert (Reading(negations=1) + Reading(negations=1)).status == "asserted"
    assert (Reading(negations=1) + Reading(future=True)).status == "negated"  # "will not sign"
    assert (Reading(possible=True) + Reading(negations=1)).status == "hypothetical"  # "may not sign"
    assert Reading(conditional=True).status == "hypothetical"  # "would" told by the narrator
    assert Reading(conditional=True, reported=True).status == "future"  # "said it would"
    assert Reading(undecided=True).status == "negated"


def test_a_bare_event_noun_reads_its_own_words(pipeline: Pipeline, tables: Tables) -> None:
    frame = _frame(pipeline, tables, "The talks between Peru and Chile were useful.", "talks")
    assert frame.status == "asserted" and factuality_of(frame.candidate, tables).speaker is None


# --- the record -------------------------------------------------------------------------------------------------


def _event(**fields: object) -> Event:
    span = Span("x", 0, 1)
    return Event(id="d:e1", type="ASSAULT", trigger=span, sentence=span, **fields)  # type: ignore[arg-type]


def test_the_record_says_negated_and_factuality_alike() -> None:
    assert _event().factuality == "asserted" and not _event().negated and _event().asserted
    assert _event(negated=True).factuality == "negated"  # a contract 1.0 record
    assert _event(factuality="negated").negated
    assert not _event(factuality="future").negated and not _event(factuality="future").asserted
    with pytest.raises(ValueError, match="negated but factuality"):
        _event(negated=True, factuality="hypothetical")
    with pytest.raises(ValueError, match="factuality must be one of"):
        _event(factuality="maybe")


def test_the_record_is_reported_when_the_coder_or_a_quote_names_a_source() -> None:
    from accord.records import Actor

    assert not _event().to_dict()["reported"]
    assert _event(reported=True).to_dict()["reported"]
    assert _event(attributed_to=Actor("AFP")).to_dict()["reported"]  # linked to a quote's speaker
    assert _event(factuality="hypothetical").to_dict()["factuality"] == "hypothetical"
