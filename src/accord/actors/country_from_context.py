"""Country from context: an actor the text gives no country takes the one country its context names.

Three contexts lend one, each with the evidence it can trust:

- the **sentence's actors**, to a person the text gives a role (the actor stage, :func:`lend_to_people`):
  "opposition leader Maulana X" in a sentence that names Pakistan only;
- the **sentence's actors and places**, to an event's side facing that country's actors (the event coder,
  :func:`lend_to_side`): "Zimbabwe's opposition demanded that President Mugabe ...";
- the **story**, when the sentence names no country and the story one only (the event coder,
  :func:`lend_story_country`): "The government refused ..." in a report that names Bangladesh alone;
- the **story's home country** (the actor stage, :func:`lend_home_country`): the country that more than half
  of the story's country-bearing actor mentions name is where an unmarked description or a bare name belongs
  ("the court", "the regime", "Congress", "Mr. Carlineo" in a story whose actors are mostly American);
- the **nearby state** (the actor stage, :func:`lend_home_country` with ``nearby``): in a story with a setting
  but no home country, a state's body described without its country takes the one state named in its sentence
  and the one before (or the one country of the places there), before the setting ('Turkey resumed shelling an
  enclave inside Syria in a campaign the government says ...');
- the **story's setting** (the actor stage, :func:`lend_rebels_setting`): rebels the text only describes
  fight where the story's places mostly are ("in Syria"), else in its home country;
- the **town in a body's name** (the actor stage, :func:`lend_town_country`): a local body named after its
  town ("the Leeds City Council", "Dayton Police Department") is in that town's country;
- the **story's towns and regions** (the actor stage, :func:`placed_home`): a story whose actors name no
  country, or only one, is at home where its towns, states and dateline mostly are ("police arrested six
  people in Dayton ... officers from Springfield"), as if its actors had named that country.

What is never lent is decided here once: no country *by* a news outlet or agency (:func:`lends_country`: it
is where a story was told, 'told Reuters', 'according to AFP', not a party to it); a country to a member of a
sector that belongs to no one country (:data:`INTERNATIONAL_SECTORS`), to a party that came from elsewhere, or to
civilian victims (their nationality is not implied); and no country where the context names more than one. The
story, the weakest evidence, also lends none to an armed group of no known affiliation; a sentence that names one
country does ("gunmen attacked Pakistani troops": the gunmen are taken to be Pakistani).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc, Span

from accord.actors.text import Tok
from accord.blackboard import ACTORS, PLACES
from accord.packaged import read_packaged_yaml
from accord.records import Actor

# Sectors whose members belong to no one country: international bodies and non-governmental organisations
# (the event coder also ranks them with countries as recipients).
INTERNATIONAL_SECTORS = frozenset({"IGO", "NGO"})
# The story's country is also not lent to armed groups of no known affiliation: a one-country story does not
# tell where "gunmen" came from.
STORY_EXEMPT_SECTORS = INTERNATIONAL_SECTORS | {"UAF"}
VICTIM_SECTOR = "CVL"
REFUGEE_SECTOR = "REF"  # refugees, asylum seekers, displaced people (data/actors/sectors.yaml)
# Nor is the home country lent to sectors whose members typically come from elsewhere or cross borders: named
# armed groups (Islamic State in a British story: the knowledge base gives a group's country, or none for a
# transnational one), refugees (fled their country), gunmen of no affiliation; nor to unnamed criminals
# (hostage-takers, smugglers, pirates), though a named suspect is taken to be local. Rebels the text only
# describes ('the rebels', 'militant commanders', 'Kurdish forces') fight where the story is set: a local
# armed group takes the country it fights in (docs/annotation.md), so they take the home country.
HOME_EXEMPT_SECTORS = STORY_EXEMPT_SECTORS | {"REB", REFUGEE_SECTOR}
REBEL_SECTOR = "REB"
# The institutions a story set in one country (and naming no other through its actors) describes as its own:
# the state's, its opposition's and its parties'.
SETTING_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "PTY"})
# Modifiers that mark a description's members as not from the story's country ('western diplomats').
FROM_ELSEWHERE = frozenset({"western", "foreign", "international", "overseas", "visiting", "expatriate", "exiled",
                            "global", "world"})
CRIMINAL_SECTOR = "CRM"
HOME_EXEMPT_KINDS = frozenset({"igo", "country"})
# A news outlet or agency (sector MED, an organisation) is where a story was told ('a local official told
# Reuters', 'according to AFP', 'speaking to the BBC'), not a party to what it tells: its country says nothing of
# the people its sentence or story is about. A journalist (a person or group of them) is not so excluded: their
# nationality is theirs, as anyone's.
MEDIA_SECTOR = "MED"
MEDIA_KINDS = frozenset({"organisation"})


def lends_country(actor: Actor) -> bool:
    """Whether an actor's country counts as evidence of the country of the others in its sentence or story: not
    a news outlet's (:data:`MEDIA_SECTOR`)."""
    return not (actor.sector == MEDIA_SECTOR and actor.kind in MEDIA_KINDS)


def only_country(countries: Iterable[str | None]) -> str | None:
    """The one country named, or None when none or several are."""
    named = {c for c in countries if c}
    return named.pop() if len(named) == 1 else None


def lend_to_people(actors: list[Actor], evidence: Iterable[str | None],
                   foreign_facing: frozenset[str]) -> list[Actor]:
    """A person the text gives a role but no country ('opposition leader Maulana X') takes the sentence's only
    country (``evidence``: the countries of the sentence's actors) — a private person does not (a civilian's
    nationality is not implied by whom they meet or where) — unless their title is one whose holders
    deal with other countries ('President X met Japanese officials'): then the evidence is too weak, and no
    country beats a wrong one. A bare name may be a visitor: only someone the text gives a role."""
    country = only_country(evidence)
    if country is None:
        return actors
    return [replace(a, country=country, rule=f"{a.rule}+{SENTENCE_COUNTRY}")
            if a.kind == "person" and a.country is None and a.organisation is None
            and a.sector is not None and a.sector not in INTERNATIONAL_SECTORS and a.sector != VICTIM_SECTOR
            and not _deals_abroad(a, foreign_facing) else a for a in actors]


def lend_to_descriptions(actors: list[Actor], evidence: Iterable[str | None], foreign_facing: frozenset[str],
                         state_sectors: frozenset[str], owned: Callable[[Actor], bool]) -> list[Actor]:
    """'consular officials' beside 'the foreign minister, Julie Bishop'; 'soldiers fired on the crowd' in a
    sentence about Turkey alone: a description of a state's institution or its people ('prosecutors', 'the
    ministry', 'security forces', 'lawmakers': ``state_sectors``, sectors.yaml), with no name and no country
    of its own, belongs to the one country its sentence names (``evidence``: the countries of the sentence's actors) —
    the country the sentence is about — before the story's home country or setting, which may be another's.
    Never where the sentence names two countries or none, nor to words that say the members are from
    elsewhere ('foreign diplomats') or deal with other countries ('the ambassador'), nor to a description a
    possessive already gives an owner (``owned``: 'its troops' are coreference's to answer). Protesters and
    the opposition act where they stand (:func:`lend_sentence_place`), not for the country a sentence names
    ('Protesters gathered outside, while Chinese officials declined to comment')."""
    country = only_country(evidence)
    if country is None:
        return actors
    return [replace(a, country=country, rule=f"{a.rule}+{SENTENCE_COUNTRY_DESCRIPTION}")
            if a.sector in state_sectors and _unmarked_institution(a, foreign_facing) and not owned(a) else a
            for a in actors]


SENTENCE_COUNTRY_DESCRIPTION = "sentence-country-description"
# The rule suffixes of the other lenders here: the sentence's one country to a person (:func:`lend_to_people`),
# the story's home country (:func:`lend_home_country`), the one country of a sentence's places
# (:func:`lend_sentence_place`), the story's setting (:func:`lend_home_country`, :func:`lend_rebels_setting`);
# and the mention finder's (accord.actors.mentions.back_references_keep_the_persons_country): a back-reference
# takes the country of the person it points back to.
SENTENCE_COUNTRY = "sentence-country"
HOME_COUNTRY = "home-country"
SENTENCE_PLACE = "sentence-place"
SETTING_COUNTRY = "setting-country"
PERSONS_COUNTRY = "person's-country"


def home_country(evidence: Iterable[str | None]) -> str | None:
    """The country named by more than half of the actor mentions that carry one (and more than once), else
    None: a story about one country's affairs, whatever others it mentions."""
    counts: dict[str, int] = {}
    for country in evidence:
        if country:
            counts[country] = counts.get(country, 0) + 1
    total = sum(counts.values())
    if not total:
        return None
    country, count = max(counts.items(), key=lambda item: item[1])
    return country if count > 1 and 2 * count > total else None


# A local body's name opens with its town in at most this many words ("Salt Lake City Police Department").
TOWN_NAME_WORDS = 3


def lend_town_country(actors: list[Actor], place_country: Callable[[str], str | None],
                      describes: Callable[[str], bool]) -> list[Actor]:
    """A body the text names but the knowledge base gives no country, whose name opens with a town or region
    ("Dayton Police Department", "Leeds City Council", "the Lagos State Assembly"), is that place's body and
    in its country, as is a person who speaks for it (``place_country``: the gazetteer's country of a town or
    region, None for a country's own name, which the resolver has weighed). Only a name: a description's
    first word is no town ('Federal prosecutors'), nor is a word that says what kind of body it is
    ('University of Leeds': ``describes``). Never an international body or an armed group (named after
    where it fights, not whose it is)."""
    return [_town_country(a, place_country, describes) for a in actors]


def _town_country(actor: Actor, place_country: Callable[[str], str | None],
                  describes: Callable[[str], bool]) -> Actor:
    if actor.country is not None or actor.kind not in ("organisation", "group", "person") \
            or actor.sector is None or actor.sector in HOME_EXEMPT_SECTORS:
        return actor
    if actor.kind != "person" or actor.organisation:
        name = actor.organisation or actor.name
        country = _opening_town(name.split(), place_country, describes) if name else None
    elif "," in actor.text:
        # the apposition that places a person: the body they speak for or the town they are from ('Lt. Jo
        # Reed, Dayton Police spokesman', 'Sam Cole, 24, from Leeds', 'Ana Ruiz, a Dayton resident')
        country = _placing_town(actor.text.split(",", 1)[1], place_country, describes)
    else:
        country = None
    return actor if country is None else replace(actor, country=country, rule=f"{actor.rule}+town-country")


def _opening_town(words: list[str], place_country: Callable[[str], str | None],
                  describes: Callable[[str], bool]) -> str | None:
    """The country of the town a name opens with ('Leeds City Council'), the longest such opening first; a
    town that is the whole name is no body of it."""
    if words and words[0].lower() == "the":
        words = words[1:]
    for size in range(min(TOWN_NAME_WORDS, len(words) - 1), 0, -1):
        head = words[:size]
        if all(word[:1].isupper() and not describes(word) for word in head):
            country = place_country(" ".join(head))
            if country is not None:
                return country
    return None


# The words after which an apposition names where a person is from or works: 'from Leeds', 'a resident of
# Leeds', 'an official in Leeds', 'a Leeds resident', '24, Leeds'.
PLACING_WORDS = frozenset({"from", "of", "in", "a", "an", "the"})


def _placing_town(apposition: str, place_country: Callable[[str], str | None],
                  describes: Callable[[str], bool]) -> str | None:
    """The country of the first town an apposition places a person in: a whole capitalised name at its
    opening or after a word that places (:data:`PLACING_WORDS`), or the opening of a body's name that says
    what kind of body it is ('Dayton Police Department spokesman'); not the opening of another name
    ('Federal Reserve economist')."""
    raw = apposition.split()
    words = [word.strip(".,;:()\"'“”‘’") for word in raw]
    for i, word in enumerate(words):
        if not word[:1].isupper() or (i and words[i - 1].lower() not in PLACING_WORDS
                                      and not words[i - 1].isdigit()):
            continue
        end = i + 1  # a name runs on over capitalised words, to a comma ('from Accrington, Lancashire')
        while end < len(words) and words[end][:1].isupper() and not raw[end - 1].endswith((",", ";", ":")):
            end += 1
        run = words[i:end]
        region = _region_after(raw, words, end, place_country) if raw[end - 1].endswith(",") else None
        if region is not None and len(run) <= TOWN_NAME_WORDS and not any(describes(w) for w in run):
            return region  # 'a retiree in Carthage, Ill.': the region after the comma says whose town it is
        if len(run) <= TOWN_NAME_WORDS and not any(describes(w) for w in run):
            country = place_country(" ".join(run))
        else:
            country = _opening_town(run, place_country, describes) if any(describes(w) for w in run) else None
        if country is not None:
            return country
    return None


# the places data's first-level divisions, read as packaged data: importing the places package from here would
# close an import cycle (places -> quotes -> actors)
ADMIN1_DATA = "places/admin1.yaml"


@cache
def _state_abbreviations() -> tuple[frozenset[str], str]:
    """The abbreviations US news writes for its states after a town ('Carthage, Ill.', 'Concord, N.H.') and
    the one country they are states of: the places data's, read once."""
    admin1 = read_packaged_yaml(ADMIN1_DATA)
    return frozenset(admin1["dateline_state_abbreviations"]), str(admin1["dateline_state_country"])


def state_abbreviation_at(tokens: Sequence[Tok], i: int) -> bool:
    """Whether a town's comma and a US state's abbreviation follow token ``i`` ('Athens, Ga.', 'Concord,
    N.H.'): the name before is a town of that state, whatever country or capital it also names. The
    tokenizer drops a closing full stop ('Ga'), so the word is read with one; a capitalised word after it
    would make it the start of a name ('Mexico, Del Toro'), not a state."""
    if i + 2 >= len(tokens) or tokens[i + 1].raw != ",":
        return False
    word = tokens[i + 2].raw
    if (word if word.endswith(".") else f"{word}.") not in _state_abbreviations()[0]:
        return False
    after = tokens[i + 3] if i + 3 < len(tokens) else None
    return after is None or not after.raw[:1].isalnum() or after.raw[:1].islower()


def _region_after(raw: list[str], words: list[str], end: int,
                  place_country: Callable[[str], str | None]) -> str | None:
    """The country of the region written after a town and its comma ('Carthage, Ill.', 'Dayton, Ohio',
    'Bodrum, Mugla'): a town and the region it lies in name one place, and the region decides among the
    towns of that name (Carthage in Illinois, not Tunisia's). A state's abbreviation is read only here, right
    after a town's comma, where it cannot be the word it also spells ('Mass.', 'Ind.')."""
    if end >= len(raw):
        return None
    abbreviations, state_country = _state_abbreviations()
    if raw[end].rstrip(",;:)") in abbreviations:
        return state_country
    region = words[end]
    return place_country(region) if region[:1].isupper() and region.isalpha() else None


def placed_home(places: Iterable[str | None], evidence: Iterable[str | None]) -> str | None:
    """The country most of a story's towns and regions are in (:func:`home_country` over ``places``), when
    its actors (``evidence``) name no other country: a local story ('officers arrested a man in Leeds') names
    the country it is set in by its places only. A story whose actors name two countries is about their
    dealings, and the places (where one country's citizen is held in the other) do not decide whose its
    unmarked actors are."""
    setting = home_country(places)
    if setting is None or any(country and country != setting for country in evidence):
        return None
    return setting


def lend_home_country(actors: list[Actor], evidence: Iterable[str | None],
                      foreign_facing: frozenset[str], setting: str | None = None,
                      placed: str | None = None,
                      nearby: Callable[[Actor], str | None] | None = None, *,
                      civil_sectors: frozenset[str]) -> list[Actor]:
    """Actors the text gives no country take the story's home country (:func:`home_country`): a definite
    description of an institution ('the court', 'federal authorities'), a person or body named without a
    nationality. Never to international bodies, armed groups, refugees or gunmen (:data:`HOME_EXEMPT_SECTORS`;
    for rebels the text only describes see :func:`lend_rebels_setting`), to a person who speaks for an
    organisation, or to holders of a title whose work is with other countries ('the ambassador'). A story
    whose actors name no one country but whose places do ('the regime' in a report of shelling in Syrian
    towns) is at home where it is set (``setting``). A story whose actors name no one country but whose towns
    and regions all but name it (``placed``, :func:`placed_home`) is at home there as fully as if its actors
    had named it. In such a story a state's body described without its country ('the government', 'the prime
    minister's office', 'police') is first the state its context names (``nearby``: the one country the
    sentence and the one before name by a state or its places, :data:`NEARBY_COUNTRY`; only a body of
    ``civil_sectors``, the knowledge base's sectors.yaml ``civil_state_sectors``, which every caller passes:
    an empty default would silently turn the nearby state off): a story set in one country's war also speaks of
    other countries' governments, and the nearest named state says whose."""
    home = home_country(evidence) or placed
    if home is None and setting is not None:
        return [_lent_setting(a, setting, nearby, civil_sectors) if _unmarked_institution(a, foreign_facing) else a
                for a in actors]
    if home is None:
        return actors
    return [replace(a, country=home, rule=f"{a.rule}+{HOME_COUNTRY}")
            if a.country is None and a.kind not in HOME_EXEMPT_KINDS
            and a.sector not in HOME_EXEMPT_SECTORS
            and not (a.sector == CRIMINAL_SECTOR and a.kind != "person")
            and a.organisation is None and not _deals_abroad(a, foreign_facing)
            and not _from_elsewhere(a) else a for a in actors]


# Who acts only where they are: a police force polices its own country, protesters demonstrate where they stand.
LOCAL_SECTORS = frozenset({"COP", "OPP"})


def lend_sentence_place(actors: list[Actor], sentence_places: list[tuple[int, int, frozenset[str]]]) -> list[Actor]:
    """'In Manchester, about 100 protesters demonstrated', 'armed police raided the resort north of Bodrum':
    police and protesters the text gives no country of their own are of the country their sentence places them
    in — the one country of the towns, regions and countries the sentence names — before the story's home
    country, which may be the country they protest against. Only descriptions (no name, no organisation), and
    only where the sentence's places name one country. ``sentence_places``: each sentence's character span
    and the countries of its place names."""
    out = []
    for actor in actors:
        if actor.country is None and actor.sector in LOCAL_SECTORS and actor.name is None \
                and actor.organisation is None and actor.kind in ("group", "organisation") \
                and actor.start is not None:
            countries = next((c for start, end, c in sentence_places if start <= actor.start < end), frozenset())
            if len(countries) == 1:
                actor = replace(actor, country=next(iter(countries)), rule=f"{actor.rule}+{SENTENCE_PLACE}")
        out.append(actor)
    return out


# The sectors in which a foreign-facing title ('president', 'chairman'...) is a state's office: the president of
# a union, a company or a charity deals with their own members, not with other countries.
STATE_OFFICE_SECTORS = frozenset({"GOV"})


def _deals_abroad(actor: Actor, foreign_facing: frozenset[str]) -> bool:
    """A holder of a title whose work is with other countries ('the president', 'the ambassador'): a state's
    office only — 'Jo Smith, local president of the prison workers' union' (LAB) is no diplomat."""
    return (actor.role or "").lower() in foreign_facing and (actor.sector is None
                                                             or actor.sector in STATE_OFFICE_SECTORS)


# The rule suffix of a state's body that takes the country its context names rather than the story's setting.
NEARBY_COUNTRY = "nearby-country"
# The rule suffix of a stateless people's group given the state it acts in ('Kurdish forces in Afrin'), of those
# the people lives in.
HOMELAND_RULE = "homeland"
# The rule parts by which a mention was lent its country from around it, by any lender above: such a country is
# the context's, never evidence of it (the mention finder's nearby state), and a back-reference to a body named
# before outranks it (the event coder's coreference).
LENT_COUNTRY_PARTS = frozenset({SENTENCE_COUNTRY, SENTENCE_COUNTRY_DESCRIPTION, HOME_COUNTRY, SENTENCE_PLACE,
                                SETTING_COUNTRY, NEARBY_COUNTRY, PERSONS_COUNTRY, HOMELAND_RULE})


def lent_country(actor: Actor) -> bool:
    """The mention was given its country from the story around it (its home, its setting, the sentence's
    places, the one country its sentence names, the state named nearby, the person a back-reference points to,
    the homeland a stateless people's group acts in),
    not from its own words: any part of its rule (:data:`LENT_COUNTRY_PARTS`), not only the last, since later
    rules may follow ('+home-country+national-body')."""
    return any(part in LENT_COUNTRY_PARTS for part in (actor.rule or "").split("+"))


def _lent_setting(actor: Actor, setting: str, nearby: Callable[[Actor], str | None] | None,
                  civil_sectors: frozenset[str]) -> Actor:
    """An unmarked institution in a story set in ``setting``: a state's civil body (``civil_sectors``,
    sectors.yaml ``civil_state_sectors``: an opposition or a party of the war's country stays with the setting)
    takes the country its context names (``nearby``) when there is one, everything else the setting."""
    if nearby is not None and actor.sector in civil_sectors:
        country = nearby(actor)
        if country is not None:
            return replace(actor, country=country, rule=f"{actor.rule}+{NEARBY_COUNTRY}")
    return replace(actor, country=setting, rule=f"{actor.rule}+{SETTING_COUNTRY}")


def _unmarked_institution(actor: Actor, foreign_facing: frozenset[str]) -> bool:
    """'the regime', 'regime forces', 'the party': a country's institution described without its name or
    country — the one where the story is set. Never a person or a title's holder (a visitor, a diplomat, 'the
    prime minister' of a country the story is about from afar) nor anyone the text marks as from elsewhere."""
    return actor.country is None and actor.name is None and actor.organisation is None \
        and not actor.role and actor.kind in ("group", "organisation") and actor.sector in SETTING_SECTORS \
        and not _from_elsewhere(actor) \
        and not any(word.removesuffix("s") in foreign_facing for word in actor.text.lower().split())


def _from_elsewhere(actor: Actor) -> bool:
    """'western diplomats', 'foreign powers', 'international observers': the words say they are not local."""
    # the description itself, not an apposition after it ('X, the firm's global head of policy')
    words = actor.text.split(",")[0].lower().replace("-", " ").split()
    return any(word in FROM_ELSEWHERE for word in words)


def lend_rebels_setting(actors: list[Actor], setting: str | None, home: str | None) -> list[Actor]:
    """Rebels the text describes but does not name ('the insurgents', 'one rebel commander', 'Kurdish forces')
    are local fighters: they take the country where the story is set (``setting``: the one country its
    places are mostly in, 'fighting in Syria'), else the story's home country. A named group keeps what the
    knowledge base says of it (Islamic State belongs to no one country)."""
    country = setting or home
    if country is None:
        return actors
    return [replace(a, country=country, rule=f"{a.rule}+{SETTING_COUNTRY}")
            if a.country is None and a.sector == REBEL_SECTOR and a.name is None and a.organisation is None
            else a for a in actors]


# A stateless people's group ('Kurdish forces') takes the state it acts in (HOMELAND_RULE, the rule's mark, with
# LENT_COUNTRY_PARTS above); the sectors whose members' country is not where they are (civilians, refugees: a
# nationality is not implied) or who belong to no one country.
HOMELAND_EXEMPT_SECTORS = INTERNATIONAL_SECTORS | {VICTIM_SECTOR, REFUGEE_SECTOR, MEDIA_SECTOR}


class PlaceMention(NamedTuple):
    """A place a sentence names, for :func:`lend_homeland`: its country, whether it follows a locative preposition
    ('in Afrin': where something is), and the character span of the relative clause it sits in, if any ('a
    group which fought *in Turkey*': where that noun's deed was, not what the rest of the sentence is about)."""

    start: int
    country: str
    located: bool
    clause: tuple[int, int] | None


def people_words(text: str, homelands: Mapping[str, frozenset[str]]) -> list[str]:
    """The words of a description that name a people with no state of its own ('Syrian Kurdish fighters' ->
    kurdish): its own words, not an apposition after it; a hyphen parts words ('Kurdish-led')."""
    words = (word.strip(".'’\"()") for word in text.split(",")[0].lower().replace("-", " ").split())
    return [word for word in words if word in homelands]


def people_states(actor: Actor, homelands: Mapping[str, frozenset[str]]) -> frozenset[str]:
    """The states where the stateless peoples the description names live ('Kurdish forces' -> TUR, SYR, IRQ,
    IRN): :func:`people_words`."""
    return frozenset().union(*(homelands[word] for word in people_words(actor.text, homelands)))


def lend_homeland(actors: list[Actor], homelands: Mapping[str, frozenset[str]],
                  sentence_places: list[tuple[int, int, list[PlaceMention]]],
                  setting: str | None, home: str | None,
                  lent: Callable[[Actor], bool]) -> list[Actor]:
    """'Kurdish forces', 'Baloch separatists', 'Tuareg rebels': a group named by a people with no state of its own
    or spread over several (``homelands``: the states where each lives) acts in one of those states
    (docs/annotation.md: a local group's country is the one it fights in) — the one the places of its sentence
    name (``sentence_places``: each sentence's span and places; those after a locative preposition, 'in Afrin',
    win when the sentence names two; a place in a relative clause the group is not in does not count), else the
    story's setting, else its home country; never a state
    the people does not live in ('Kurdish forces' in a British story are not British: a country lent from
    context (``lent``) that is not one of theirs is taken back, and none is given). A country the phrase gives
    ('Syrian Kurdish fighters'), a name or an organisation keeps its own; civilians and refugees are not lent
    one (their nationality is not implied)."""
    out = []
    for actor in actors:
        states = people_states(actor, homelands)
        if not states or actor.name is not None or actor.organisation is not None or actor.start is None \
                or actor.sector is None or actor.sector in HOMELAND_EXEMPT_SECTORS \
                or (actor.country is not None and not lent(actor)):
            out.append(actor)
            continue
        country = _homeland(actor.start, states, sentence_places, setting, home)
        if country is None and actor.country in states:
            country = actor.country  # a lent country that is one of theirs stays when nothing says another
        if country != actor.country:
            actor = replace(actor, country=country, rule=f"{actor.rule}+{HOMELAND_RULE}")
        out.append(actor)
    return out


def _homeland(start: int, states: frozenset[str], sentence_places: list[tuple[int, int, list[PlaceMention]]],
              setting: str | None, home: str | None) -> str | None:
    """The one of a people's ``states`` where the group at ``start`` acts (:func:`lend_homeland`), or None."""
    for begin, end, places in sentence_places:
        if begin <= start < end:
            here = [p for p in places if p.country in states
                    and (p.clause is None or p.clause[0] <= start < p.clause[1])]
            for found in ({p.country for p in here if p.located}, {p.country for p in here}):
                if len(found) == 1:
                    return found.pop()
            break
    if setting in states:
        return setting
    return home if home in states else None


def lend_to_side(side: list[Actor], other: list[Actor], home: str, visiting: Callable[[Actor], bool],
                 victims: bool = False) -> list[Actor]:
    """In a sentence that names one country only (``home``), an unresolved person or group facing that
    country's actors is taken to be domestic ("Zimbabwe's opposition demanded that President Mugabe ..."),
    unless it is a party that came from elsewhere (``visiting``: "Qatari mediators met each delegation")."""
    if not side or any(a.country or a.sector in INTERNATIONAL_SECTORS for a in side) \
            or not any(a.country == home for a in other):
        return side
    if victims and all(a.sector == VICTIM_SECTOR for a in side):
        return side  # "wounding 45 people": victims' nationality is not implied
    return [a if visiting(a) else replace(a, country=home, rule="event-domestic") for a in side]


def lend_story_country(side: list[Actor], story: str, victims: bool = False) -> list[Actor]:
    """Unresolved domestic actors (a government, police, unions, students) of a one-country story."""
    return [replace(a, country=story, rule="event-story-country")
            if a.country is None and a.sector and a.sector not in STORY_EXEMPT_SECTORS
            and not (victims and a.sector == VICTIM_SECTOR) else a for a in side]


class CountryIndex:
    """Where each country is named in a document (actor mentions and places), for per-sentence questions."""

    def __init__(self, doc: Doc) -> None:
        named = [(a.start, a.country) for a in ACTORS.get(doc) or []
                 if a.start is not None and a.country and lends_country(a)]
        named += [(p.start, p.country) for p in PLACES.get(doc) or [] if p.country]
        named.sort()
        self._starts = [start for start, _ in named]
        self._countries = [country for _, country in named]
        self._story = only_country(self._countries)  # once: every sentence that names no country asks

    def only_country(self, sentence: Span) -> str | None:
        """The country of a sentence that names exactly one, else None."""
        return only_country(self._named_in(sentence))

    def story_country(self, sentence: Span) -> str | None:
        """For a sentence that names no country, the country of a story that names only one (a domestic
        story: "The government refused ..." in a report from Dhaka that names no other country)."""
        if self._named_in(sentence):
            return None
        return self._story

    def _named_in(self, sentence: Span) -> set[str]:
        low = bisect_left(self._starts, sentence.start_char)
        high = bisect_left(self._starts, sentence.end_char)
        return set(self._countries[low:high])
