"""Actor rules that follow from the language rather than from knowing a name: family words describe private
people, an apposition gives a titled stranger a country, a description of a state's institution belongs to the
country its sentence names, and a name a settlement noun introduces is a place (sentences written for these
tests; the people, villages and camps are invented)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from actor_helpers import actor_runner, only_with_text

_actors = actor_runner("2019-03-01")


# --- family words --------------------------------------------------------------------------------------------


def test_a_family_word_with_a_nationality_describes_the_apposed_name(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Police raided the hotel where he was staying with his Bulgarian fiancee, "
                                 "Mira Tomova.")
    person = only_with_text(actors, "his Bulgarian fiancee, Mira Tomova")
    assert (person.name, person.country, person.sector, person.kind) == ("Mira Tomova", "BGR", "CVL", "person")


def test_a_lower_case_father_is_kin_not_clergy(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Robinson's father, Andrew, a telecommunications engineer, said he was worried.")
    assert next(a.sector for a in actors if a.name == "Andrew") == "CVL"


def test_a_capitalised_father_before_a_name_stays_a_priest(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Father Tomas Keane was attacked in the church.")
    priest = only_with_text(actors, "Father Tomas Keane")
    assert (priest.sector, priest.role) == ("REL", "Father")


def test_a_given_name_of_kin_is_not_a_public_figure_of_that_surname(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Robinson's mother, Sharon, said she was relieved.")
    mother = only_with_text(actors, "Robinson's mother, Sharon")
    assert (mother.name, mother.sector, mother.country) == ("Sharon", "CVL", None)  # not Ariel Sharon


def test_lookup_explains_a_family_word(resolver: ActorResolver) -> None:
    assert any("family" in note for note in resolver.explain("his Bulgarian fiancee")["notes"])


def test_a_family_word_alone_is_no_actor(actors_nlp: Language) -> None:
    assert _actors(actors_nlp, "His wife said the charges were false.") == []


# --- an apposition's country -----------------------------------------------------------------------------------


def test_an_apposition_gives_a_titled_name_its_country(resolver: ActorResolver) -> None:
    found = resolver.resolve("Gen Omid Farzan, Iran's armed forces chief of staff", date="2019-03-01")
    assert found is not None and (found.actor.name, found.actor.country, found.actor.sector) == (
        "Omid Farzan", "IRN", "MIL")
    assert found.rule == "title+name+apposition-country"


@pytest.mark.parametrize("phrase", ["President Ali Omar, who visited France last week",
                                    "Minister Ali Omar, France, Germany and Italy"])
def test_a_clause_or_a_list_after_a_titled_name_gives_no_country(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, date="2019-03-01")
    assert found is not None and found.actor.name == "Ali Omar" and found.actor.country is None


def test_lookup_explains_the_apposition_country(resolver: ActorResolver) -> None:
    explained = resolver.explain("Gen Omid Farzan, Iran's armed forces chief of staff", date="2019-03-01")
    assert explained["actor"]["country"] == "IRN"
    assert explained["notes"] and any("apposition" in note for note in explained["notes"])


# --- descriptions take their sentence's country -----------------------------------------------------------------


def test_a_description_of_a_state_body_takes_its_sentences_one_country(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Turkish police detained him and prosecutors charged him with terrorism.")
    prosecutors = only_with_text(actors, "prosecutors")
    assert (prosecutors.country, prosecutors.sector) == ("TUR", "JUD")
    assert prosecutors.rule is not None and prosecutors.rule.endswith("sentence-country-description")


@pytest.mark.parametrize(("text", "description"), [
    ("The ministry condemned Israel on Monday.", "The ministry"),
    ("Prosecutors charged two Turkish citizens with fraud.", "Prosecutors"),
    ("Israeli jets struck the ministry overnight.", "the ministry"),
    ("Lawmakers met Kenyan officials in the capital.", "Lawmakers"),
])
def test_the_other_side_of_a_descriptions_act_is_no_owner(actors_nlp: Language, text: str,
                                                           description: str) -> None:
    # who acts on a body, or whom it acts on, is its counterpart: the ministry that condemns Israel is not Israel's
    actors = _actors(actors_nlp, text)
    mention = only_with_text(actors, description)
    assert not (mention.rule or "").endswith("sentence-country-description"), mention


def test_a_country_in_the_descriptions_own_phrase_is_its_owner(actors_nlp: Language) -> None:
    # the mention is "Coast guard", the phrase "Coast guard ships from Kenya"; the Somali boat is the other side
    actors = _actors(actors_nlp, "Coast guard ships from Kenya fired on a Somali fishing boat.")
    assert only_with_text(actors, "Coast guard").country == "KEN"


def test_no_country_where_the_sentence_names_two(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Germany and France said the ministry would respond.")
    assert only_with_text(actors, "the ministry").country is None


def test_protesters_are_not_lent_the_country_of_officials_beside_them(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Protesters gathered outside the venue, while Chinese officials declined to "
                                 "comment.")
    assert only_with_text(actors, "Protesters").country != "CHN"


def test_words_from_elsewhere_keep_no_country(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Kenyan police said foreign diplomats had been told.")
    assert only_with_text(actors, "foreign diplomats").country is None


def test_an_earlier_named_body_beats_the_sentences_country(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Mexico's Supreme Court rejected the appeal. Guatemala's president said the "
                                 "court had erred.")
    assert only_with_text(actors, "the court").country == "MEX"


# --- places are not actors ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["Turkish jets bombed the village of Qarsouna on Sunday.",
                                  "Aid reached Tel Marwan camp on Monday.",
                                  "Ali Omar, a farmer from Qarsouna village, said the shelling was heavy."])
def test_a_name_a_settlement_noun_introduces_is_a_place(actors_nlp: Language, text: str) -> None:
    actors = _actors(actors_nlp, text)
    assert not any(a.name in ("Qarsouna", "Tel Marwan") for a in actors), [(a.text, a.name) for a in actors]


def test_a_name_coordinated_with_a_known_town_is_a_place(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Rebels shelled Antakya and Qarsouna overnight.")
    assert not any(a.name == "Qarsouna" for a in actors), [(a.text, a.name) for a in actors]


def test_a_capital_as_a_metonym_stays_an_actor(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Moscow said the strikes would continue.")
    assert (only_with_text(actors, "Moscow").country, only_with_text(actors, "Moscow").sector) == ("RUS", "GOV")


# --- generic nouns for organisations point back -------------------------------------------------------------


@pytest.mark.parametrize(("text", "mention", "name", "sector"), [
    ("The FBI opened an inquiry on Monday. The agency said it would report to Congress.", "The agency",
     "Federal Bureau of Investigation", "COP"),
    ("The Taliban freed two prisoners, raising hopes of a thaw between the armed group and the government.",
     "the armed group", "Taliban", "REB"),
    ("Labour won the vote. The party said it would govern alone.", "The party", "Labour Party", "PTY"),
])
def test_a_generic_noun_names_the_last_body_of_its_family(actors_nlp: Language, text: str, mention: str,
                                                          name: str, sector: str) -> None:
    actor = only_with_text(_actors(actors_nlp, text), mention)
    assert (actor.name, actor.sector) == (name, sector)
    assert actor.rule is not None and actor.rule.endswith("generic-antecedent")


def test_a_noun_that_says_what_a_body_does_is_no_generic_noun(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "The FBI arrested him on Monday. The court released him on bail.")
    assert only_with_text(actors, "The court").name is None


def test_a_generic_noun_skips_a_body_of_another_family(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Hamas fired rockets on Monday, and the FBI later said the armed group had "
                                 "planned it.")
    assert only_with_text(actors, "the armed group").name == "Hamas"


def test_lookup_explains_what_an_article_adds_to_a_description(resolver: ActorResolver) -> None:
    notes = resolver.explain("the agency")["notes"]
    assert any("generic-antecedent" in n for n in notes) and any("sentence-country-description" in n for n in notes)
    assert not any("generic-antecedent" in n for n in resolver.explain("the court")["notes"])


# --- a given name alone -------------------------------------------------------------------------------------


def test_a_given_name_alone_is_the_person_named_in_full(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Bernie Sanders attacked the plan. \"Bernie is right,\" one voter said.")
    bernie = only_with_text(actors, "Bernie")
    assert (bernie.name, bernie.sector, bernie.rule) == ("Bernie Sanders", "LEG", "given-name-back-reference")


def test_a_given_name_two_people_share_names_neither(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Hillary Clinton and Hillary Moss met. Hillary said nothing.")
    assert only_with_text(actors, "Hillary").rule != "given-name-back-reference"


def test_a_given_name_before_another_surname_is_someone_else(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Bernie Sanders spoke first. Later Bernie Adams, a farmer, spoke.")
    assert not any(a.name == "Bernie Sanders" for a in actors if "Adams" in a.text)
