"""A person's name in the forms news writes it finds the person the knowledge base knows: middle names written
in full or as initials, honorifics, a generational suffix the person's own name carries, diacritics, particles
— and never a different person: another given name, another middle initial, or a suffix that makes the son or
the father."""

from __future__ import annotations

import pytest
from spacy.language import Language

from accord.actors import ActorResolver
from accord.words import shared_words
from actor_helpers import actor_runner, only_with_text

_actors = actor_runner("2016-05-01")


@pytest.mark.parametrize("phrase, entry", [
    ("Hillary Rodham Clinton", "hillary-clinton"),  # a maiden name between given name and surname
    ("Elizabeth Ann Warren", "elizabeth-warren"),
    ("Sen. Elizabeth Ann Warren", "elizabeth-warren"),
    ("Joseph Robinette Biden", "joe-biden"),  # a middle name in full where the KB writes its initial
    ("Joseph R. Biden Jr.", "joe-biden"),  # the suffix his own name carries
    ("George Herbert Walker Bush", "george-h-w-bush"),
    ("George Walker Bush", "george-w-bush"),
    ("Ms. von der Leyen", "ursula-von-der-leyen"),
    ("Recep Tayyip Erdogan", "recep-tayyip-erdogan"),
    ("Mr. Erdoğan", "recep-tayyip-erdogan"),
])
def test_written_forms_of_a_known_name_find_the_person(resolver: ActorResolver, phrase: str, entry: str) -> None:
    found = resolver.resolve(phrase, "2016-05-01")
    assert found is not None and found.entry == entry, found


@pytest.mark.parametrize("phrase", [
    "George Prescott Bush",  # a middle initial other than the known person's own
    "Donald Trump Jr.",  # the son of the known person, not the person
    "Nora Bush",  # another given name before a known surname (Laura Bush is known since wave 31)
    "Ashley Biden",  # (Jill Biden is known since wave 31)
])
def test_a_name_form_of_someone_else_is_not_the_known_person(resolver: ActorResolver, phrase: str) -> None:
    found = resolver.resolve(phrase, "2016-05-01")
    assert found is None or found.actor.kind != "person" or found.entry is None, found


def test_a_middle_name_that_begins_another_known_name_is_not_skipped(resolver: ActorResolver) -> None:
    # 'Jeb Bush' is a known name of its own: the words are not George W. Bush with a middle name
    found = resolver.resolve("George Jeb Bush", "2016-05-01")
    assert found is None or found.entry != "george-w-bush", found


def test_a_generational_suffix_is_no_name_of_its_own(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Joseph R. Biden Jr. met the governors on Monday.")
    assert only_with_text(actors, "Joseph R. Biden Jr.").name == "Joe Biden"
    actors = _actors(actors_nlp, "Donald Trump Jr. spoke at the rally on Monday.")
    assert only_with_text(actors, "Donald Trump Jr.").name == "Donald Trump Jr."


def test_a_surname_before_a_suffix_is_no_title(actors_nlp: Language) -> None:
    # 'King' is a title word, but before 'Jr.' it is the surname of a private person
    actors = _actors(actors_nlp, "Samuel Ellis King Jr. led the march on Sunday.")
    found = only_with_text(actors, "Samuel Ellis King Jr.")
    assert found.name == "Samuel Ellis King Jr." and found.role is None


def test_a_later_honorific_surname_is_the_bearer_named_nearest_before(actors_nlp: Language) -> None:
    text = "Jeb Bush praised George W. Bush on Monday. Mr. Bush said his brother had kept the country safe."
    actors = _actors(actors_nlp, text)
    assert only_with_text(actors, "Mr. Bush").name == "George W. Bush"
    actors = _actors(actors_nlp, "Laura Bush visited the school. Mrs. Bush read to the children.")
    assert only_with_text(actors, "Mrs. Bush").name == "Laura Bush"


def test_name_form_words_are_data() -> None:
    words = shared_words()
    assert {"jr", "iii"} <= words.name_suffixes and {"mr", "dr"} <= words.honorifics
    assert {"bin", "von", "al"} <= words.name_particles


def test_a_surname_before_either_bearer_is_named_names_no_one(actors_nlp: Language) -> None:
    # the knowledge base reads a bare 'Bush' as George W. Bush alone; a text naming Jeb Bush too leaves it open
    text = ("Mr. Bush told voters on Monday that he would stay in the race. Jeb Bush, the former governor of "
            "Florida, trails in the polls. His brother, former President George W. Bush, will campaign for him.")
    found = only_with_text(_actors(actors_nlp, text, "2015-10-01"), "Mr. Bush")
    assert found.name == "Bush" and found.country == "USA"


def test_a_surname_the_knowledge_base_chooses_among_its_bearers_by_date_keeps_the_choice(
        actors_nlp: Language) -> None:
    text = ("Clinton leads in the polls. Hillary Clinton told voters on Monday that she would win. "
            "Her husband, former President Bill Clinton, campaigned in Iowa.")
    assert only_with_text(_actors(actors_nlp, text), "Clinton").name == "Hillary Clinton"


@pytest.mark.parametrize("phrase", ["Anwar al-Hakimi", "cleric Anwar bin Khalid"])
def test_a_short_name_before_a_particle_and_surname_is_a_given_name(resolver: ActorResolver, phrase: str) -> None:
    # the knowledge base reads a bare 'Anwar' as Anwar Ibrahim; before 'al-Hakimi' it is someone's given name
    found = resolver.resolve(phrase, "2023-01-02")
    assert found is None or found.entry != "anwar-ibrahim", found
    assert resolver.resolve("Mr. Anwar", "2023-01-02").entry == "anwar-ibrahim"  # type: ignore[union-attr]


# A generational suffix names another person only where another bearer is known: the knowledge base lists the
# suffixed name as the person's namesake, or the same text writes the name as two people. The people below are
# invented for these tests.
_NAMESAKES = """\
source: accord test (invented people)
people:
  - name: Alden Marsh
    country: USA
    offices: [{role: Senator, sector: LEG, from: 2019-01-03}]
  - name: Corwin Pell
    country: CAN
    namesakes: [Corwin Pell Jr.]
    offices: [{role: Finance Minister, from: 2020-01-01}]
"""


@pytest.fixture(scope="module")
def namesake_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, ...]:
    path = tmp_path_factory.mktemp("namesakes") / "people.yaml"
    path.write_text(_NAMESAKES, encoding="utf-8")
    return (str(path),)


@pytest.mark.parametrize("phrase, entry", [
    ("Alden Marsh III", "alden-marsh"),  # a suffix the knowledge base does not write, and no other bearer known
    ("Sen. Alden Marsh Jr.", "alden-marsh"),
    ("Corwin Pell III", "corwin-pell"),  # his namesake is 'Jr.', not 'III'
    ("Corwin Pell Jr.", None),  # the namesake the knowledge base knows: someone else
])
def test_a_suffix_names_someone_else_only_where_another_bearer_is_known(
        namesake_files: tuple[str, ...], phrase: str, entry: str | None) -> None:
    found = ActorResolver.load(namesake_files).resolve(phrase, "2021-06-01")
    assert (found.entry if found is not None and found.actor.kind == "person" else None) == entry, found


def test_a_known_name_with_a_suffix_of_its_own_is_the_known_person(resolver: ActorResolver) -> None:
    found = resolver.resolve("George Bush Jr.", "2016-05-01")  # the son's own name, as news writes it
    assert found is not None and found.entry == "george-w-bush", found
    found = resolver.resolve("Sen. Chuck Schumer III", "2016-05-01")
    assert found is not None and (found.entry, found.actor.sector) == ("chuck-schumer", "LEG"), found


def _people_in(actors_nlp: Language, files: tuple[str, ...], text: str) -> dict[str, tuple[str | None, ...]]:
    from accord.pipeline import PipelineOptions

    stage = actors_nlp.get_pipe("accord_actors_v1")
    stage.configure(PipelineOptions(actor_files=files))  # type: ignore[attr-defined]
    try:
        actors = _actors(actors_nlp, text, "2021-06-01")
    finally:
        stage.configure(PipelineOptions())  # type: ignore[attr-defined]
    return {a.text: (a.name, a.country, a.sector) for a in actors}


def test_a_suffixed_known_name_in_a_story_is_the_known_person(
        actors_nlp: Language, namesake_files: tuple[str, ...]) -> None:
    found = _people_in(actors_nlp, namesake_files, "Senator Alden Marsh III said on Tuesday that the tariff "
                       "would hurt farmers.")
    assert found["Senator Alden Marsh III"] == ("Alden Marsh", "USA", "LEG")


@pytest.mark.parametrize("text, other", [
    ("Alden Marsh and his son Alden Marsh Jr. toured the plant on Tuesday.", "Alden Marsh Jr."),
    ("Alden Marsh Sr. and Alden Marsh Jr. toured the plant on Tuesday.", "Alden Marsh Jr."),
])
def test_a_text_naming_two_bearers_makes_the_suffix_someone_else(
        actors_nlp: Language, namesake_files: tuple[str, ...], text: str, other: str) -> None:
    found = _people_in(actors_nlp, namesake_files, text)
    son = next(v for k, v in found.items() if k.endswith(other))
    assert son[0] != "Alden Marsh" and son[1:] != ("USA", "LEG"), found


def test_two_suffixes_in_a_text_are_two_known_bearers_where_the_knowledge_base_knows_both(
        actors_nlp: Language) -> None:
    # 'George Bush Sr.' is George H. W. Bush's own name in the knowledge base: the 'Jr.' is then the George Bush
    # it knows by the bare name; 'Joseph R. Biden Jr.' is Joe Biden's own name: the 'Sr.' is someone else
    found = {a.text.rstrip("."): a.name for a in _actors(
        actors_nlp, "George Bush Sr. and George Bush Jr. attended the funeral on Monday.")}
    assert found == {"George Bush Sr": "George H. W. Bush", "George Bush Jr": "George W. Bush"}, found
    found = {a.text.rstrip("."): a.name for a in _actors(
        actors_nlp, "Joseph R. Biden Sr. and Joseph R. Biden Jr. attended the dinner on Monday.")}
    assert found["Joseph R. Biden Jr"] == "Joe Biden" and found["Joseph R. Biden Sr"] != "Joe Biden", found


def test_lookup_explains_a_suffix_read_as_the_known_persons_own(resolver: ActorResolver) -> None:
    from accord.actors.resolver import SUFFIX_NOTE

    assert SUFFIX_NOTE in resolver.explain("Sen. Chuck Schumer III", "2019-01-01")["notes"]
    assert SUFFIX_NOTE not in resolver.explain("Sen. Chuck Schumer", "2019-01-01")["notes"]


# --- an abbreviated title is a title only as written ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A rep for the band said the tour would go ahead.",
    "Her rep declined to comment on the lawsuit.",
])
def test_a_lower_case_abbreviation_is_no_title(actors_nlp: Language, text: str) -> None:
    assert not [a for a in _actors(actors_nlp, text) if a.sector == "LEG"]


def test_a_capitalised_abbreviated_title_still_is_one(actors_nlp: Language) -> None:
    actors = _actors(actors_nlp, "Rep. Dana Whitcombe voted against the bill.")
    assert only_with_text(actors, "Rep. Dana Whitcombe").sector == "LEG"
