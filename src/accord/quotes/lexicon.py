"""The cue lexicon: speech verbs, source phrases, pronoun classes and quotation marks, read from data."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from spacy.strings import StringStore

from accord.errors import ConfigError
from accord.memo import BoundedMemo

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "quotes" / "cues.yaml"
SENSES_PATH = Path(__file__).resolve().parent.parent / "data" / "events" / "senses.yaml"


@dataclass(frozen=True, slots=True)
class CueLexicon:
    """Everything the quote stage knows about how English news reports speech."""

    speech_verbs: frozenset[str]  # may attribute a quotation, a clause, or close a sentence ("…, X said")
    directive_verbs: frozenset[str]  # "demanded that …": what the source wants done
    listener_verbs: frozenset[str]  # "…, X told reporters": the direct object is who heard it
    thought_verbs: frozenset[str]  # beliefs and perceptions: a clause, or closing a sentence
    belief_adjectives: frozenset[str]  # "are confident that …"
    feeling_adjectives: frozenset[str]  # "are angry that …": adjectives and participles of feeling
    declaring_adjectives: frozenset[str]  # "made it clear that …"
    attitude_adjectives: dict[str, frozenset[str]]  # "critical" -> {"of"}: "is critical of the plan"
    evidence_verbs: frozenset[str]  # a poll or report may be their source: a clause
    evidential_verbs: frozenset[str]  # "appears to", "seems": attributed with no source
    semi_modal_participles: frozenset[str]  # "is supposed to": a modal of obligation, no passive cue
    hearsay_adverbs: frozenset[str]  # "reportedly", "allegedly": the clause is attributed with no source
    infinitive_verbs: frozenset[str]  # intentions and commitments: a to-infinitive
    object_verbs: frozenset[str]  # stances and requests: the object and what completes it
    discovery_verbs: frozenset[str]  # "found ways to win": a bare object is what was come upon
    evidence_nouns: frozenset[str]  # "the inquiry found no record": evidence speaks through a bare object
    preposition_cues: dict[str, frozenset[str]]  # lemma -> prepositions whose object is the content
    particle_verbs: dict[str, frozenset[str]]  # "point" -> {"out"}: "point out" is a cue, "point" alone is not
    adverb_particles: frozenset[str]  # "pushed back on": particles the tagger reads as adverbs
    noun_cues: frozenset[str]  # "the claim that", "his decision to", "calls for"
    noun_prepositions: dict[str, frozenset[str]]  # noun -> prepositions whose object it attributes
    light_verbs: frozenset[str]  # "raised the concern that": the verb's subject is the noun's source
    holding_verbs: frozenset[str]  # "won the backing of the unions": the noun's "of" names who holds it
    message_nouns: frozenset[str]  # "released a statement saying": a text put out speaks for who put it out
    setting_nouns: frozenset[str]  # "praised it in an interview": where or how it was said (with message nouns)
    setting_prepositions: frozenset[str]  # the prepositions that open such a setting
    channel_nouns: frozenset[str]  # the settings a "to" phrase may name: "posted it to his page"
    survey_nouns: frozenset[str]  # "In a Gallup poll, …"
    view_nouns: frozenset[str]  # "in Mr. Connolly's view"
    naming_verbs: frozenset[str]
    quoting_verbs: frozenset[str]  # "was quoted as saying"
    source_phrases: tuple[tuple[str, ...], ...]
    non_sources: frozenset[str]  # "according to plan" names no one
    headline_sources: frozenset[str]  # "Poll: …" — nouns that may open a "Source: claim" headline
    headline_labels: frozenset[str]  # "The Latest: …" — page labels, no source
    transcript_roles: frozenset[str]  # "Q: …", "Moderator: …" — the speakers of a transcript by their role
    first_second_person: frozenset[str]
    present_modals: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    double_marks: dict[str, frozenset[str]]  # opening mark -> marks that close it
    single_marks: dict[str, frozenset[str]]
    dialogue_dashes: frozenset[str]

    # words standing for a whole content as a verb's object ("said so", "said yes", "think the same")
    pro_form_contents: frozenset[str] = frozenset()
    saying_objects: frozenset[str] = frozenset()  # verbs of saying whose bare object is what was said
    # "To many, …", "For most Democrats, …": prepositions opening a holder's perspective, and the words that
    # may head such a holder besides names and personal pronouns
    perspective_prepositions: frozenset[str] = frozenset()
    perspective_holders: frozenset[str] = frozenset()
    # "was criticized for …", "is accused of …": verbs of judging -> the prepositions naming the grounds judged on
    passive_grounds: dict[str, frozenset[str]] = field(default_factory=dict)
    # "was charged with …": the verbs of judging whose judging sense takes only a person or a body
    actors_judged: frozenset[str] = frozenset()
    # "took aim at", "poked fun at": verb -> its object noun -> the prepositions whose object the stance is toward
    stance_idioms: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)

    # "the mayor won the endorsement of the unions": a stance noun whose holder backs the verb's subject, and the
    # verbs of having, getting or meeting with that carry it
    received_stance_nouns: frozenset[str] = frozenset()
    receiving_verbs: frozenset[str] = frozenset()
    # "the ruling angered Democrats": verbs whose object feels about what their subject names
    experiencer_verbs: frozenset[str] = frozenset()
    # "were troubled by the ruling": the prepositions whose object such a verb's participle feels about
    experiencer_prepositions: frozenset[str] = frozenset()
    # objects of such a verb that feel nothing: things, relative and question words ("it troubled it"), and the
    # reader ("it might surprise you")
    no_feelers: frozenset[str] = frozenset()
    reader_pronouns: frozenset[str] = frozenset()
    # "the fact that …": nouns that present their clause as true on the writer's word, no one's attitude
    factive_nouns: frozenset[str] = frozenset()
    # "his memoir, “A Long Way Home”": nouns naming a work, whose Title Case quotation is its title
    work_nouns: frozenset[str] = frozenset()
    # "an ad *about* the tax", "a letter *calling* for talks": words after a work's noun that tell what it says
    work_content_words: frozenset[str] = frozenset()
    # "unveiled her new ad": verbs of putting out a work, which name the work, not what it says
    presenting_verbs: frozenset[str] = frozenset()
    # "did what he had promised": verbs of doing, whose free relative object is a deed, not content
    deed_verbs: frozenset[str] = frozenset()
    # "the storm threatens to cut power", "the decade saw the rise of …": verbs of commitment or perception that,
    # with a subject that can hold no view, say what is likely or what happened, no one's attitude
    thing_subject_verbs: frozenset[str] = frozenset()
    # what such a subject is when it surely holds no view: times, occasions, contests and hazards ("the decade",
    # "the debate", "the referendum", "the storm"); a person, body or text never is (not "poll", "survey")
    viewless_nouns: frozenset[str] = frozenset()
    # "pushed back on the claims": phrasal cues whose preposition's object must be a saying, a stance, a person or a
    # body ("pushed back on the rebel offensive" is a counter-push, no rebuttal)
    stance_object_phrasals: frozenset[str] = frozenset()
    # the nouns that qualify as such an object: message, evidence, view and noun-cue nouns and stance objects
    said_or_stance_nouns: frozenset[str] = frozenset()
    # "…, a move welcomed by the rebels", "a sign of …": nouns heading the writer's comment on a whole event, no item
    # of a list
    event_comment_nouns: frozenset[str] = frozenset()
    # nouns that say when, how or why ("the day", "the way", "the reason"): senses.yaml's time_word and
    # gap_adjunct classes, which the event coder reads too; a relative clause on one has no gap they fill
    when_how_why: frozenset[str] = frozenset()
    # "cast him as weak": verbs that attribute a characterisation only with an "as" phrase
    depicting_verbs: frozenset[str] = frozenset()
    # "as the coach put it": verbs of wording, cues only in an as-clause with the object "it"
    wording_verbs: frozenset[str] = frozenset()
    # "she was for the pact before she was against it": prepositions that, after "be" with someone as subject, take
    # a side; and adverbs between "be" and the preposition that make it a place or a time ("was there for the vote")
    side_prepositions: frozenset[str] = frozenset()
    place_adverbs: frozenset[str] = frozenset()

    # derived once, for the per-token tests of the stage
    clause_verbs: frozenset[str] = frozenset()  # speech, thought and evidence verbs
    cue_lemmas: frozenset[str] = frozenset()
    phrase_starts: frozenset[str] = frozenset()
    all_marks: frozenset[str] = frozenset()
    # (lemma, lower-case form) string ids -> may the word be a cue or start a source phrase: the one test every
    # token of every article meets, answered once per distinct word
    may_cue: BoundedMemo[tuple[int, int], bool] = field(default_factory=BoundedMemo, compare=False, repr=False)

    def may_be_cue(self, strings: StringStore, lemma: int, lower: int) -> bool:
        """Could the word with these lemma and lower-case ids be a cue or start a source phrase?"""
        key = (lemma, lower)
        known = self.may_cue.get(key)
        if known is None:
            word = strings[lower]
            cue = self.lemma_of(strings[lemma], word)
            known = self.may_cue.remember(key, cue in self.cue_lemmas or cue in self.particle_verbs
                                          or word in self.attitude_adjectives or word in self.hearsay_adverbs
                                          or word in self.feeling_adjectives
                                          or word in self.phrase_starts or word in self.perspective_prepositions
                                          or cue in self.stance_idioms or cue in self.experiencer_verbs
                                          or cue in self.depicting_verbs or cue in self.wording_verbs
                                          or word in self.side_prepositions
                                          or self.feeling_participle(cue, word))
        return known

    def feeling_participle(self, lemma: str, word: str) -> bool:
        """Is the word a past participle of a verb of feeling ("troubled", "horrified", "appalled"), its verb
        found from its form when the lemmatiser kept the adjective whole? A listed attitude adjective is not."""
        word = word.lower()
        if not word.endswith("ed") or word in self.attitude_adjectives:
            return False
        return not _ed_stems(self.lemma_of(lemma, word), word).isdisjoint(self.experiencer_verbs)

    def lemma_of(self, lemma: str, word: str) -> str:
        """The cue lemma of a word: the tagger's lemma, or that lemma with the silent -e the lemmatiser may
        strip ("hoped", "hoping" -> "hop" is "hope": a cue, where "hop" is not), or without the -e it may add
        ("retweeted" -> "retweete" is "retweet")."""
        lemma = lemma.lower()
        if lemma in self.cue_lemmas:
            return lemma
        if lemma + "e" in self.cue_lemmas and word.lower().startswith(lemma):
            return lemma + "e"
        if lemma.endswith("e") and lemma[:-1] in self.cue_lemmas and word.lower().startswith(lemma[:-1]):
            return lemma[:-1]
        return lemma

    def setting_nouns_after(self, preposition: str) -> frozenset[str]:
        """The nouns whose phrase under ``preposition`` tells where or how something was said: after "to" only a
        channel ("posted it to his page"), since "to" before an occasion completes the act ("challenged him to a
        debate"); after the others every setting noun ("in an interview", "at a rally")."""
        return self.channel_nouns if preposition == "to" else self.setting_nouns


def _ed_stems(lemma: str, word: str) -> set[str]:
    """The verbs an -ed form may be the past participle of, by English spelling: the lemma, the form less "d"
    after a silent -e ("amazed"), less "ed" ("alarmed"), less the doubled consonant ("stunned" -> "stun", where
    "stunted" is "stunt"), or with y for "ied" ("horrified")."""
    stems = {lemma, word[:-1], word[:-2]}
    if len(word) > 4 and word[-3] == word[-4]:
        stems.add(word[:-3])
    if word.endswith("ied"):
        stems.add(word[:-3] + "y")
    return stems


def load_lexicon(path: str | Path | None = None) -> CueLexicon:
    """Read the shipped lexicon, or a user file of the same shape."""
    try:
        raw = Path(path or DEFAULT_PATH).read_text(encoding="utf-8")
        data = yaml.safe_load(raw)
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read the quote cue lexicon {path or DEFAULT_PATH}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"quote cue lexicon {path or DEFAULT_PATH}: expected a mapping")
    return _from_mapping(data)


@lru_cache(maxsize=1)  # senses.yaml is large and the classes are frozen: read once per process
def _sense_classes() -> dict[str, Any]:
    try:
        classes = yaml.load(SENSES_PATH.read_text(encoding="utf-8"), Loader=_LOADER).get("classes") or {}
    except (OSError, yaml.YAMLError, AttributeError) as exc:
        raise ConfigError(f"cannot read the word classes of {SENSES_PATH}: {exc}") from exc
    if not isinstance(classes, dict):
        raise ConfigError(f"the word classes of {SENSES_PATH} must be a mapping")
    return classes


def _viewless_senses() -> frozenset[str]:
    """The senses.yaml classes of what can hold no view: time words, ways and reasons, contests and hazards."""
    classes = _sense_classes()
    return _when_how_why() | _words(classes, "contest") | _words(classes, "hazard")


def _when_how_why() -> frozenset[str]:
    """The time_word and gap_adjunct classes of the event coder's senses.yaml (one list for both stages)."""
    classes = _sense_classes()
    return _words(classes, "time_word") | _words(classes, "gap_adjunct")


# senses.yaml classes of what a side can be taken on: plans, policies, stances, causes, accords, wars, persons and
# bodies ("was against *the deal*", "is for *the senator*"); a wall or a while is none ("against the wall")
STANCE_OBJECT_CLASSES = ("position", "scheme", "cause", "agreement_doc", "policy_area", "conflict_state",
                         "political_act", "person", "agent_noun", "elected", "post_holder")


@lru_cache(maxsize=1)
def stance_objects() -> frozenset[str]:
    """The nouns a stance can be taken on (senses.yaml, :data:`STANCE_OBJECT_CLASSES`)."""
    classes = _sense_classes()
    return frozenset().union(*(_words(classes, name) for name in STANCE_OBJECT_CLASSES))


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    # a list inside the list stands for that list's words (a YAML alias: ``*speaking_occasions``)
    return frozenset(str(word).lower() for item in data.get(key) or ()
                     for word in (item if isinstance(item, list) else (item,)))


def _preposition_table(data: dict[str, Any], key: str = "preposition_cues") -> dict[str, frozenset[str]]:
    table = data.get(key) or {}
    if not isinstance(table, dict):
        raise ConfigError(f"quote cue lexicon: {key} must map a word to its prepositions")
    for word, preps in table.items():
        if any(not isinstance(p, str) for p in preps or ()):
            # YAML 1.1 reads a bare on/off/yes/no as a boolean: "call: [for, on]" would lose "on"
            raise ConfigError(f"quote cue lexicon: {key}.{word} holds a non-word {preps!r}; quote on/off/yes/no")
    return {str(verb).lower(): frozenset(str(p).lower() for p in preps or ()) for verb, preps in table.items()}


def _idiom_table(data: dict[str, Any]) -> dict[str, dict[str, frozenset[str]]]:
    table = data.get("stance_idioms") or {}
    if not isinstance(table, dict) or not all(isinstance(nouns, dict) for nouns in table.values()):
        raise ConfigError("quote cue lexicon: stance_idioms must map a verb to its object nouns and their prepositions")
    return {str(verb).lower(): _preposition_table({"nouns": nouns}, "nouns") for verb, nouns in table.items()}


def _mark_table(data: dict[str, Any], family: str) -> dict[str, frozenset[str]]:
    table = (data.get("marks") or {}).get(family) or {}
    return {str(opening): frozenset(str(c) for c in closers) for opening, closers in table.items()}


def _from_mapping(data: dict[str, Any]) -> CueLexicon:
    speech_verbs, naming_verbs = _words(data, "speech_verbs"), _words(data, "naming_verbs")
    thought_verbs, evidence_verbs = _words(data, "thought_verbs"), _words(data, "evidence_verbs")
    infinitive_verbs, object_verbs = _words(data, "infinitive_verbs"), _words(data, "object_verbs")
    prepositions = _preposition_table(data)
    clause_verbs = speech_verbs | thought_verbs | evidence_verbs
    phrases = tuple(tuple(str(w).lower() for w in p) for p in data.get("source_phrases") or ())
    double, single = _mark_table(data, "double"), _mark_table(data, "single")
    marks = {m for table in (double, single) for opening, closers in table.items() for m in (opening, *closers)}
    return CueLexicon(
        speech_verbs=speech_verbs,
        directive_verbs=_words(data, "directive_verbs"),
        listener_verbs=_words(data, "listener_verbs"),
        thought_verbs=thought_verbs,
        belief_adjectives=_words(data, "belief_adjectives"),
        feeling_adjectives=_words(data, "feeling_adjectives"),
        declaring_adjectives=_words(data, "declaring_adjectives"),
        attitude_adjectives=_preposition_table(data, "attitude_adjectives"),
        evidence_verbs=evidence_verbs,
        evidential_verbs=_words(data, "evidential_verbs"),
        semi_modal_participles=_words(data, "semi_modal_participles"),
        hearsay_adverbs=_words(data, "hearsay_adverbs"),
        infinitive_verbs=infinitive_verbs,
        object_verbs=object_verbs,
        discovery_verbs=_words(data, "discovery_verbs"),
        evidence_nouns=_words(data, "evidence_nouns"),
        preposition_cues=prepositions,
        particle_verbs=_preposition_table(data, "particle_verbs"),
        adverb_particles=_words(data, "adverb_particles"),
        noun_cues=_words(data, "noun_cues"),
        noun_prepositions=_preposition_table(data, "noun_prepositions"),
        light_verbs=_words(data, "light_verbs"),
        holding_verbs=_words(data, "having_verbs") | _words(data, "holding_verbs"),
        message_nouns=_words(data, "message_nouns"),
        setting_nouns=_words(data, "setting_nouns") | _words(data, "message_nouns"),
        setting_prepositions=_words(data, "setting_prepositions"),
        channel_nouns=_words(data, "channel_nouns"),
        survey_nouns=_words(data, "survey_nouns"),
        view_nouns=_words(data, "view_nouns"),
        naming_verbs=naming_verbs,
        quoting_verbs=_words(data, "quoting_verbs"),
        source_phrases=phrases,
        non_sources=_words(data, "non_sources"),
        headline_sources=_words(data, "headline_sources"),
        headline_labels=_words(data, "headline_labels"),
        transcript_roles=_words(data, "transcript_roles"),
        first_second_person=_words(data, "first_second_person"),
        present_modals=_words(data, "present_modals"),
        person_pronouns=_words(data, "person_pronouns"),
        group_pronouns=_words(data, "group_pronouns"),
        plural_pronouns=_words(data, "plural_pronouns"),
        relative_pronouns=_words(data, "relative_pronouns"),
        double_marks=double,
        single_marks=single,
        dialogue_dashes=frozenset(str(d) for d in data.get("dialogue_dashes") or ()),
        clause_verbs=clause_verbs,
        pro_form_contents=_words(data, "pro_form_contents"),
        saying_objects=_words(data, "saying_objects"),
        perspective_prepositions=_words(data, "perspective_prepositions"),
        perspective_holders=_words(data, "perspective_holders"),
        passive_grounds=_preposition_table(data, "passive_grounds"),
        actors_judged=_words(data, "actors_judged"),
        stance_idioms=_idiom_table(data),
        received_stance_nouns=_words(data, "received_stance_nouns"),
        receiving_verbs=_words(data, "having_verbs") | _words(data, "receiving_verbs"),
        experiencer_verbs=_words(data, "experiencer_verbs"),
        experiencer_prepositions=_words(data, "experiencer_prepositions"),
        no_feelers=_words(data, "no_feelers"),
        reader_pronouns=_words(data, "reader_pronouns"),
        factive_nouns=_words(data, "factive_nouns"),
        work_nouns=_words(data, "work_nouns"),
        work_content_words=_words(data, "work_content_words"),
        presenting_verbs=_words(data, "presenting_verbs"),
        deed_verbs=_words(data, "deed_verbs"),
        thing_subject_verbs=_words(data, "thing_subject_verbs"),
        # a poll or a report is a contest's or an occasion's word and a text that speaks ("polls see her winning")
        viewless_nouns=(_words(data, "occasion_nouns") | _viewless_senses()) - _words(data, "evidence_nouns")
        - _words(data, "message_nouns") - _words(data, "survey_nouns") - _words(data, "work_nouns"),
        stance_object_phrasals=_words(data, "stance_object_phrasals"),
        said_or_stance_nouns=(_words(data, "message_nouns") | _words(data, "evidence_nouns")
                              | _words(data, "view_nouns") | _words(data, "noun_cues") | stance_objects()),
        event_comment_nouns=_words(data, "event_comment_nouns"),
        when_how_why=_when_how_why(),
        depicting_verbs=_words(data, "depicting_verbs"),
        wording_verbs=_words(data, "wording_verbs"),
        side_prepositions=_words(data, "side_prepositions"),
        place_adverbs=_words(data, "place_adverbs"),
        cue_lemmas=(clause_verbs | naming_verbs | _words(data, "evidential_verbs") | infinitive_verbs | object_verbs
                    | frozenset(prepositions)
                    | _words(data, "noun_cues") | _words(data, "received_stance_nouns")
                    | _words(data, "belief_adjectives")
                    | _words(data, "declaring_adjectives")),
        phrase_starts=frozenset(p[0] for p in phrases if p),
        all_marks=frozenset(marks),
    )
