"""Wave 36 (doers): who does an act told by a gerund the parser misattached, each tried on sentences written for
these tests.

- "X made *his name* prosecuting Y", "X spent *the week* attacking Y": the parser reads the host's object as the
  gerund's subject; a span of time or a pronoun's possession does nothing, so the gerund is an adjunct done by the
  host's subject (through a relative clause and an apposition: "said X, the mayor who made his name ...");
- "by touting her record upstate and *pounding* him": a gerund hung on the last word of another gerund's phrase
  shares that gerund's doer;
- near-misses: a party before the gerund is its doer ("watched *the army* attacking Y", "watched *his troops*
  attacking Y"), and a clause of its own keeps its subject ("After the talks collapsed, X attacked Y").
"""

from __future__ import annotations

import pytest

from accord.pipeline import Pipeline
from event_helpers import actor_texts, asserted_events, event_of_type

HOST_SUBJECT_DOES = [
    ("Senator Mara Quill made her name prosecuting the cartel bosses in Ohio.", "ACCUSE", "prosecuting",
     "Mara Quill"),
    ('"The vote is a farce," said Peter Lund, the former mayor who made his name prosecuting drug gangs.',
     "ACCUSE", "prosecuting", "Peter Lund"),
    ("Governor Peter Lund spent the week attacking the opposition party over the budget.", "ASSAULT",
     "attacking", "Peter Lund"),
    ("The senator spent years criticising the army.", "ACCUSE", "criticising", "senator"),
    ("Governor Ann Ross is keeping a lid on Senator Lee's appeal in Ohio -- by touting her record upstate and "
     "pounding him on taxes in the capital.", "ACCUSE", "pounding", "Ann Ross"),
    ("The senator spent the week praising the governor and attacking the mayor.", "ACCUSE", "attacking",
     "senator"),
]


@pytest.mark.parametrize(("text", "event_type", "trigger", "doer"), HOST_SUBJECT_DOES)
def test_a_misattached_gerund_is_done_by_its_hosts_subject(
        pipeline: Pipeline, text: str, event_type: str, trigger: str, doer: str) -> None:
    told = event_of_type(asserted_events(pipeline, text), event_type, trigger)
    assert doer in actor_texts(told.actor)


OWN_DOER = [
    ("The president watched the army attacking the protesters.", "ASSAULT", "attacking", "army", "president"),
    ("The president watched his troops attacking the protesters.", "ASSAULT", "attacking", "troops", "president"),
    ("The mayor saw the police beating the students.", "ASSAULT", "beating", "police", "mayor"),
    ("After the talks collapsed, the senator criticised the governor.", "ACCUSE", "criticised", "senator", "talks"),
]


@pytest.mark.parametrize(("text", "event_type", "trigger", "doer", "not_doer"), OWN_DOER)
def test_a_party_before_the_gerund_or_a_clause_of_its_own_keeps_its_doer(
        pipeline: Pipeline, text: str, event_type: str, trigger: str, doer: str, not_doer: str) -> None:
    told = event_of_type(asserted_events(pipeline, text), event_type, trigger)
    assert doer in actor_texts(told.actor)
    assert not_doer not in actor_texts(told.actor)
