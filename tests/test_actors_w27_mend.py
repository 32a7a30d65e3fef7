"""Mends of wave 27's actor rules: a reporter's outlet is the preposition's object, never the preposition itself;
the words of credit lines are data read once; the one-word platforms of a sign-off are read once per knowledge
base; `accord actors lookup` says what the heading rule does; and two office holders' missing offices (a
representative sworn in after a mayoralty, a governor who left for an embassy)."""

from __future__ import annotations

from spacy.language import Language

from accord.actors import ActorResolver, copular, credits
from accord.actors.mentions import MentionFinder, one_word_platforms
from accord.packaged import read_packaged_yaml
from actor_helpers import actor_runner, named

_actors = actor_runner("2019-05-10")


def test_the_preposition_itself_is_no_outlet_a_reporter_reports_in(actors_nlp: Language) -> None:
    doc = actors_nlp.make_doc("Petra Lindqvist reported in the Harbour Gazette that the ferry was late.")
    for _, component in actors_nlp.pipeline[:-1]:  # the parse only, not the actor stage
        doc = component(doc)
    head = next(t for t in doc if t.text == "Lindqvist")
    preposition = next(t for t in doc if t.text == "in")
    assert head.head.lemma_ == "report" and preposition.head.i == head.head.i
    words = credits.credit_words()
    only_the_preposition = [(preposition.idx, preposition.idx + len(preposition))]
    assert not credits._reports_for_outlet(head, only_the_preposition, words)
    outlet = next(t for t in doc if t.text == "Gazette")
    assert credits._reports_for_outlet(head, [(outlet.idx, outlet.idx + len(outlet))], words)


def test_the_words_of_credit_lines_are_read_once_from_the_sectors_data() -> None:
    raw = read_packaged_yaml("actors/sectors.yaml")
    words = credits.credit_words()
    assert words is credits.credit_words()
    assert words.small_words == frozenset(raw["credit_line_small_words"])
    assert words.report_verbs == frozenset(raw["journalist_report_verbs"])
    assert words.outlet_prepositions == frozenset(raw["report_outlet_prepositions"])
    assert words.posted_prepositions == frozenset(raw["report_posted_prepositions"])
    assert credits.OPEN_SECTORS is copular.OPEN_SECTORS


def test_a_credit_line_over_a_place_still_credits_its_names(actors_nlp: Language) -> None:
    text = ("The river burst its banks near the old mill on Sunday. "
            "(Reporting by Mark Dunn at the Hague and Paul Reed from Riga; Editing by Ruth Kemp)")
    for name in ("Mark Dunn", "Paul Reed", "Ruth Kemp"):
        assert {a.sector for a in named(_actors(actors_nlp, text), name)} == {"MED"}, name


def test_a_sign_offs_platforms_are_read_once_per_knowledge_base(resolver: ActorResolver) -> None:
    first, second = MentionFinder(resolver), MentionFinder(resolver)
    assert first.sign_off_platforms is second.sign_off_platforms
    assert first.sign_off_platforms is one_word_platforms(resolver.kb.media_platforms)
    assert "twitter" in first.sign_off_platforms
    assert all(" " not in p for p in first.sign_off_platforms)


def test_a_reporter_filing_from_a_place_is_a_journalist(actors_nlp: Language) -> None:
    text = "Greg Mason, reporting from Riga, said the port was shut."
    assert {a.sector for a in named(_actors(actors_nlp, text), "Greg Mason")} == {"MED"}


def test_an_authors_sign_off_on_another_platform_names_a_journalist(actors_nlp: Language) -> None:
    text = "The council voted to close the library on Thursday. Follow Greg Mason on Instagram @gregmason."
    assert {a.sector for a in named(_actors(actors_nlp, text), "Greg Mason")} == {"MED"}


def test_lookup_says_what_the_heading_rule_reads(resolver: ActorResolver) -> None:
    heading = resolver.explain("Rosa Aldana, who chairs the regional water board", "2019-05-10")
    note = next(n for n in heading["notes"] if "heading_verbs" in n)
    assert "'who is'" not in note and "a description" not in note and "chairs" in note
    described = resolver.explain("Rosa Aldana, who is a lawyer at the regional water board", "2019-05-10")
    assert not any("heading_verbs" in n for n in described["notes"])


def test_a_governor_who_left_for_an_embassy_is_the_ambassador_there(actors_nlp: Language) -> None:
    text = "Jon Huntsman met trade officials in Beijing on Monday, the embassy said."
    during = named(_actors(actors_nlp, text, "2010-06-14"), "Jon Huntsman")
    assert [(a.sector, a.role) for a in during] == [("GOV", "Ambassador to China")]
    after = named(_actors(actors_nlp, text, "2011-09-14"), "Jon Huntsman")
    assert [a.sector for a in after] == ["ELI"]


def test_a_former_mayor_sworn_into_the_house_is_a_representative(actors_nlp: Language) -> None:
    text = "Sylvester Turner spoke to voters at a church in Houston on Saturday."
    found = named(_actors(actors_nlp, text, "2025-02-08"), "Sylvester Turner")
    assert [(a.sector, a.role) for a in found] == [("LEG", "Representative")]
    between = named(_actors(actors_nlp, text, "2024-06-08"), "Sylvester Turner")
    assert [a.sector for a in between] == ["ELI"]
