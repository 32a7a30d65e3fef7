"""Actor mentions in campaign news (wave 30, issue 19).

- A possessive pronoun in a conjunct whose first conjunct names a person is that person's ('criticized Ward and
  his allies'): the coordinated phrase is nearer than the clause's subject.
- A social-media handle is an account holder: a private person (CVL) with no country, unless the word after
  the '@' is an entry the knowledge base knows; an '@' inside an e-mail address is no handle.
- A party's elders and elite are its senior members, the party's own people (PTY); 'tribal elders' stay ELI and
  a party's candidates keep the candidates' sector.
- The person an aide serves is an actor of its own at their own words, also where the serving preposition
  hangs on a description apposed to the aide's name ('Jo Hart, a spokeswoman for Mrs. Lee') and where the
  principal's name stands before the aide's title and given name ('Lee spokesman Tom Baird').
- A kinship word a person owns ('her husband') is the one relative the article names in full with the owner's
  surname and the word's gender.
- An opening indefinite description of one person is the private person named in full just after it (delayed
  identification), and so is the opening's noun repeated with 'the'.
- Mended after review: a body's description is no person, a passive opening and a name in an object are not
  joined, a pronoun owner is its one antecedent, surnames are read after a suffix, a handle spelling the name
  of a person before it is that person's account, and a time or a web path is no handle.
"""

from __future__ import annotations

from spacy.language import Language

from accord.records import Actor
from actor_helpers import actor_runner, only_with_text, with_text

_actors = actor_runner("2016-04-20")


def _names(actors: list[Actor], text: str) -> list[str | None]:
    return [a.name for a in actors if a.text == text]


def test_a_possessive_in_a_conjunct_is_the_first_conjuncts_person(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Marco Rubio criticized Donald Trump and his allies on Sunday.")
    assert _names(actors, "his") == ["Donald Trump"]


def test_a_possessive_in_a_conjunct_keeps_to_the_pronouns_gender(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Jeb Bush criticized Hillary Clinton and his allies on Friday.")
    assert _names(actors, "his") == ["Jeb Bush"]  # the mention exists, and is not the coordinated woman's


def test_a_conjuncts_possessive_of_the_other_gender_takes_the_clauses_subject(actors_nlp: Language) -> None:
    # the coordinated person is a woman: 'his' is the clause's subject 'he', whomever 'he' stands for
    text = "Jeb Bush told reporters after Tom Reed spoke that he opposed Hillary Clinton and his allies."
    actors = _actors(actors_nlp, text)
    assert _names(actors, "his") == _names(actors, "he") != []


def test_a_possessive_outside_a_conjunct_still_takes_the_subject(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Marco Rubio told Donald Trump that his plan would work.")
    assert _names(actors, "his") == ["Marco Rubio"]


def test_a_handle_is_a_private_person_with_no_country(actors_nlp: Language) -> None:
    text = "Donald Trump spoke in Ohio. One viewer, @mara_k77, wrote that the speech was too long."
    handle = only_with_text(_actors(actors_nlp, text), "@mara_k77")
    assert (handle.sector, handle.country, handle.name, handle.kind) == ("CVL", None, "mara_k77", "person")


def test_an_address_is_no_handle(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Readers may write to letters@example.org with their views.")
    assert not [a for a in actors if "@" in a.text]


def test_a_handle_of_a_known_entry_is_that_entry(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "The vote was first reported by @Reuters on Monday.")
    assert [a.sector for a in with_text(actors, "@Reuters")] == ["MED"]


def test_a_partys_elders_are_its_members(actors_nlp: Language) -> None:
    elders = only_with_text(_actors(actors_nlp, "Republican elders met in Ohio on Monday."), "Republican elders")
    assert (elders.country, elders.sector) == ("USA", "PTY")
    elite = only_with_text(_actors(actors_nlp, "The Labour elite met on Monday.", "2019-05-01"), "The Labour elite")
    assert elite.sector == "PTY"


def test_tribal_elders_and_a_partys_candidates_keep_their_sector(actors_nlp: Language) -> None:
    assert only_with_text(_actors(actors_nlp, "Tribal elders met on Monday."), "Tribal elders").sector == "ELI"
    candidates = _actors(actors_nlp, "Republican candidates met in Ohio on Monday.")
    assert only_with_text(candidates, "Republican candidates").sector == "ELI"


def test_the_person_an_apposed_spokeswoman_serves_is_an_actor(actors_nlp: Language) -> None:
    text = "Hillary Clinton spoke on Monday. Jane Harlow, a spokeswoman for Mrs. Clinton, said they would respond."
    assert _names(_actors(actors_nlp, text), "Mrs. Clinton") == ["Hillary Clinton"]


def test_the_principal_before_an_aides_title_is_an_actor(actors_nlp: Language) -> None:
    text = "Mitch McConnell spoke on Monday. McConnell spokesman Tom Baird declined to comment."
    actors = _actors(actors_nlp, text)
    assert _names(actors, "McConnell") == ["Mitch McConnell"]
    assert "Tom" not in [a.text for a in actors]


def test_a_kinship_word_names_the_one_relative_of_the_owners_surname(actors_nlp: Language) -> None:
    text = "Hillary Clinton spoke in Ohio on Monday, joined by Bill Clinton. She thanked her husband warmly."
    assert _names(_actors(actors_nlp, text), "her husband") == ["Bill Clinton"]
    text = "Bill Clinton and Hillary Clinton spoke in Ohio. He praised his wife."
    assert _names(_actors(actors_nlp, text), "his wife") == ["Hillary Clinton"]


def test_a_kinship_word_with_no_or_two_fitting_relatives_names_no_one(actors_nlp: Language) -> None:
    # no one of the owner's surname: the phrase stays no actor
    assert not _names(_actors(actors_nlp, "Mark Fenwick met Tom Baird. His son spoke later."), "His son")
    # two men of the surname: the text does not say which is her husband
    text = "Ann Kell met Robert Kell and Thomas Kell in Ohio. She thanked her husband."
    assert _names(_actors(actors_nlp, text), "her husband") == []


def test_a_kinship_word_with_an_apposed_name_is_that_name(actors_nlp: Language) -> None:
    text = "Mark Fenwick spoke on Monday. His wife, Laura Fenwick, praised him."
    actors = _actors(actors_nlp, text)
    wife = [a for a in actors if a.text.startswith("His wife")]
    assert [a.name for a in wife] == ["Laura Fenwick"]
    assert not [a for a in actors if a.rule == "kin-by-surname"]


def test_a_pronoun_owner_is_its_one_antecedent_not_any_earlier_person(actors_nlp: Language) -> None:
    # 'his' is Trump's: Bill Clinton's wife is not his, whatever the earlier men
    text = "Donald Trump spoke in Iowa. Hillary Clinton and Bill Clinton campaigned in Ohio. Trump thanked his wife."
    assert _names(_actors(actors_nlp, text), "his wife") == []


def test_a_surname_is_read_after_a_name_suffix(actors_nlp: Language) -> None:
    text = "Robert Delacroix Sr. spoke in Ohio with Maria Delacroix. He thanked his wife."
    assert _names(_actors(actors_nlp, text), "his wife") == ["Maria Delacroix"]


def test_an_opening_body_is_no_person_named_after_it(actors_nlp: Language) -> None:
    text = "A Texas company sued the state on Monday. \"We will win,\" Paul Brandt said."
    actors = _actors(actors_nlp, text)
    assert only_with_text(actors, "A Texas company").name is None
    assert [a.sector for a in actors if a.name == "Paul Brandt"] == ["CVL"]
    text = "A local charity has opened a shelter in Dayton. \"It is needed,\" Mary Voss said."
    assert only_with_text(_actors(actors_nlp, text), "A local charity").name is None


def test_a_passive_opening_is_not_the_person_named_after_it(actors_nlp: Language) -> None:
    text = "A soldier was killed in Kabul on Sunday. Ahmed Karimi said the attack was planned."
    actors = _actors(actors_nlp, text)
    assert only_with_text(actors, "A soldier").name is None
    assert [a.sector for a in actors if a.name == "Ahmed Karimi"] == ["CVL"]


def test_an_opening_is_not_a_person_named_as_an_object(actors_nlp: Language) -> None:
    text = "A local teacher sued the school board on Monday. The board hired Daniel Pike, 41, in her place."
    actors = _actors(actors_nlp, text)
    assert only_with_text(actors, "A local teacher").name is None
    assert [a.sector for a in actors if a.name == "Daniel Pike"] == ["CVL"]


def test_an_opening_description_is_the_person_named_after_it(actors_nlp: Language) -> None:
    text = ("A lawmaker in Peru wants Donald Trump kept out of her nation for good. "
            "\"He is a danger,\" Joey Salcedo said on Monday. Salcedo said the ban was needed.")
    actors = _actors(actors_nlp, text)
    opening = only_with_text(actors, "A lawmaker in Peru")
    assert (opening.name, opening.country, opening.sector) == ("Joey Salcedo", "PER", "LEG")
    assert [(a.country, a.sector) for a in with_text(actors, "Salcedo")] == [("PER", "LEG")]


def test_the_openings_noun_repeated_with_the_is_the_person_named(actors_nlp: Language) -> None:
    text = ("A lawmaker in Peru wants Donald Trump kept out of her nation for good. "
            "\"He is a danger,\" Joey Salcedo said on Monday. Trump spoke in Maine on Thursday. "
            "The lawmaker, who represents a district in Lima, said Trump was wrong.")
    assert _names(_actors(actors_nlp, text), "The lawmaker") == ["Joey Salcedo"]


def test_an_opening_with_two_unnamed_people_the_name_fits_names_neither(actors_nlp: Language) -> None:
    text = "A police officer shot a man in Dayton on Sunday. Robert Delacroix, 23, died later."
    actors = _actors(actors_nlp, text)
    assert only_with_text(actors, "A police officer").name is None
    assert [a.sector for a in actors if a.name == "Robert Delacroix"] == ["CVL"]


def test_an_opening_of_another_gender_is_not_the_person_named_after_it(actors_nlp: Language) -> None:
    text = "An Ohio woman pleaded guilty on Monday to fraud. Robert Delacroix was arrested in April."
    assert only_with_text(_actors(actors_nlp, text), "An Ohio woman").name is None


def test_a_surname_an_editor_set_in_brackets_is_the_person_named_before(actors_nlp: Language) -> None:
    text = "Bernie Sanders spoke in Ohio. \"[Sanders] should stay in the race,\" Ann Kell said."
    assert _names(_actors(actors_nlp, text), "Sanders") == ["Bernie Sanders"]


def test_a_handle_signing_a_post_after_a_name_is_no_actor_of_its_own(actors_nlp: Language) -> None:
    text = "Trump posted again. Great night! — Donald J. Trump (@realDonaldTrump) February 16, 2016."
    assert not [a for a in _actors(actors_nlp, text) if a.text.startswith("@")]


def test_a_handle_running_a_known_name_together_is_that_person(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Later @HillaryClinton replied and @mike_pence agreed.")
    assert [a.name for a in actors if a.text.startswith("@")] == ["Hillary Clinton", "Mike Pence"]


def test_a_kinship_word_needs_the_relatives_given_name_to_tell_the_gender(actors_nlp: Language) -> None:
    # the given name 'Zorvan' tells no gender: 'his wife' is not Zorvan Kell, whatever a mention's words say
    text = "Paul Kell spoke in Ohio with Zorvan Kell. He thanked his wife."
    assert _names(_actors(actors_nlp, text), "his wife") == []


def test_an_opening_is_not_a_private_person_named_after_someone_the_text_describes(actors_nlp: Language) -> None:
    text = ("A judge criticized the plan on Monday. Lord Hale, who chaired the inquiry, spoke later, "
            "and Martin Elsheikh, 30, agreed.")
    assert only_with_text(_actors(actors_nlp, text), "A judge").name is None


def test_a_handle_spelling_the_name_of_a_person_before_it_is_their_account(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Follow Jane Doe on Twitter @janedoe_news.")
    assert not [a for a in actors if a.text.startswith("@")]
    assert [a.name for a in actors] == ["Jane Doe"]


def test_a_handle_of_someone_else_after_a_name_is_an_actor(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Jane Doe replied to @mara_k77 on Twitter.")
    assert [a.name for a in actors if a.text.startswith("@")] == ["mara_k77"]


def test_a_time_and_a_web_path_are_no_handles(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "The party met @10am in Ohio. See example.com/@author for more.")
    assert not [a for a in actors if "@" in a.text]


def test_a_bracketed_handle_after_no_person_is_an_actor(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "On Monday (@mara_k77) the account posted a photo.")
    assert [a.name for a in actors if a.text.startswith("@")] == ["mara_k77"]

