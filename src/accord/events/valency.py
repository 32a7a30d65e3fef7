"""Layer 3's valency frames: whether a trigger word tells its event in this sentence, read from its arguments.

A verb or noun of the trigger lexicon names an event only in some of its senses: "gave aid" is AID, "gave
birth" and "gave an account" are none; "released prisoners" is RETREAT, "released a statement" none; "met the
minister" is CONSULT, "a demand met a mixed response" none; "denied any involvement" and "declined to comment"
are comments, not refusals. Which sense holds is decided by the arguments: the frames in
``data/events/senses.yaml`` say, per trigger, which kind of word must (or must not) fill which slot — the
subject, the object, a complement clause, a preposition's object, a noun's modifier — and what the sense is
then: the lexicon's own, another type, or no event.

An argument's kind is its head word's class in the same file, or what the actor stage made of it (a political
actor, a state body, a person, anything that can act) and the named-entity tag (a place).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, cast

from spacy.tokens import Token

from accord.actors import actors_for_token
from accord.events.tables import BUILT_IN_CLASSES, Condition, Entry, SenseRule, Senses, Tables
from accord.events.triggers import Trigger, forms, lemma
from accord.places import places_within
from accord.records import Actor
from accord.syntax import PLURAL_NOUN_TAGS, has_nominal_subject, raised_objects

# Subject pronouns that stand for someone who can act; relative pronouns stand for their antecedent.
PERSONAL_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "they", "it", "who", "one", "this", "that", "which"})
RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom", "whose"})
QUESTION_WORDS = frozenset({"if", "whether", "what", "why", "how", "when", "where", "who", "whom", "whose", "which"})
WH_TAGS = frozenset({"WRB", "WP", "WDT", "WP$"})  # the tags of wh-words ("which", "whose", "how")
PARTY_ENTITIES = frozenset({"GPE", "NORP", "ORG"})
AGENT_ENTITIES = frozenset({"PERSON", "GPE", "NORP", "ORG"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
PREPOSITION_SLOTS = {"towards": "toward", "upon": "on"}  # "seized upon the remark" as "seized on" it
VERBAL = frozenset({"VERB", "AUX"})  # a governing verb (the copula "is under fire" too)
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD"})  # a verb in the present or the past tense
# Prepositions that also open a clause with the same meaning: "since 2011" and "since the war began" both tell
# from when ("because" is the other reading of "since", and it rarely goes with a perfect count of the dead).
CLAUSE_MARK_SLOTS = frozenset({"since"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp"})
# A noun's phrases of its target or issue that the parser may hang on the verb that opens it ("launched an attack
# on X", "waged a battle over X"): read from that verb too.
OPENED_NOUN_SLOTS = frozenset({"on", "against", "over"})
# Slots whose several fillers are not coordinated phrases but words of one ("an *estimated* *400,000*").
UNCOORDINATED_SLOTS = frozenset({"count", "modifier", "particle", "complement", "self", "dep", "passive", "stranded",
                                 "mark", "object_modifier", "aim", "participant", "opposed"})
# Slots read by a word alone, without its compound modifiers ("a bomb *scare*" is a scare).
BARE_SLOTS = frozenset({"clause", "infinitive", "purpose", "self", "object_head", "object_modifier", "aim"})
# What a noun's phrase or clause places in an event by a preposition: "a march *by* farmers", "a rally *of*
# strikers"; and the prepositions by which a clause puts its subject in it ("took part *in* marches", "a
# protester was hurt *during* the rally": who acts during a gathering is at it, a dissenter there makes it one
# of dissent, as the senses' participant rules ask).
PARTICIPANT_PREPOSITIONS = frozenset({"by", "of"})
JOINING_PREPOSITIONS = frozenset({"in", "at", "into", "during"})
ADJUNCT_DEPS = frozenset({"acl", "relcl", "advcl"})
# Prepositions by which a clause's act names its counterpart ("work *with* Kyiv", "send aid *to* Syria"); not a
# beneficiary's "for" ("cut taxes *for* working families").
ACT_PREPOSITIONS = frozenset({"to", "with", "against", "toward", "towards"})
NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# the modifiers of a noun read as its slot "modifier": its number modifiers too, as a noun's price counts
PRICED_NOUN_MODIFIER_DEPS = NOUN_MODIFIER_DEPS | {"nummod"}


def sense_by_frame(trigger: Trigger, tables: Tables) -> Entry | None:
    """The sense ``trigger`` has with the arguments it has here: its lexicon entry, another entry, or None when
    it tells no event."""
    senses = tables.senses
    frames = senses.noun_frames if trigger.nominal else senses.verb_frames
    rules = frames.get(trigger.entry.key)
    if rules is None:
        return trigger.entry
    for rule in rules:
        denies = not rule.keep and rule.entry is None
        if all(_holds(condition, trigger, senses, tables, denies) for condition in rule.conditions):
            return _outcome(rule, trigger.entry)
    return trigger.entry


def _outcome(rule: SenseRule, entry: Entry) -> Entry | None:
    if rule.keep:
        return entry
    if rule.entry is None:
        return None
    # the new sense keeps how the word places its participants ("gave the deal their seal of approval")
    return replace(rule.entry, key=entry.key, topic=rule.entry.topic or entry.topic,
                   inverse=rule.entry.inverse or entry.inverse)


def _holds(condition: Condition, trigger: Trigger, senses: Senses, tables: Tables, denies: bool) -> bool:
    """Whether the slot holds what the condition asks. A rule that denies the event needs every coordinated
    filler to be of its classes ("gave photographs and intelligence" is still aid); any one will do for a
    rule that gives a sense."""
    if condition.slot == "dep":
        return ("=" + trigger.token.dep_) in condition.classes
    fillers = slot_fillers(trigger, condition.slot, senses)
    if condition.mode == "absent":
        return not fillers
    if condition.mode == "present":
        return bool(fillers)
    found = [_is_of(token, condition.classes, condition.slot, senses, tables) for token in fillers]
    if condition.mode == "not":
        return bool(found) and not any(found)
    coordinated = condition.slot not in UNCOORDINATED_SLOTS  # fillers that are alternatives of each other
    return bool(found) and (all(found) if denies and coordinated else any(found))


def _is_of(token: Token, classes: frozenset[str], slot: str, senses: Senses, tables: Tables) -> bool:
    # a verb by its forms too: the lemmatiser errs on some ("waged" -> "wag", "raging" -> "rag")
    words = set(forms(token)) if token.pos_ == "VERB" else {lemma(token), token.lower_}
    words |= _hyphenated_word(token)
    if token.pos_ == "VERB":  # a phrasal verb is a word of its own: "turn out" (to vote) is no "turn" (against)
        words |= {f"{lemma(token)} {c.lower_}" for c in token.children if c.dep_ == "prt"}
    if any(("=" + word) in classes for word in words):
        return True
    if slot not in BARE_SLOTS:  # a noun's compounds count with it
        compounds = [c for c in token.children if c.dep_ == "compound"]
        words |= {lemma(c) for c in compounds}.union(*(_hyphenated_word(c) for c in compounds))
    own: set[str] = set()
    for word in words:
        own |= senses.word_classes.get(word, frozenset())
    if own & classes:
        return True
    built_in = classes & BUILT_IN_CLASSES
    return any(_built_in(token, name, slot, senses, tables) for name in built_in)


def _hyphenated_word(token: Token) -> set[str]:
    """'op-ed' for the 'ed' of 'op-ed': the tokeniser splits a word at its hyphens, and the parser hangs the
    halves on the last, so a frame's hyphenated word ('town-hall', 'op-ed') is read back from the text."""
    start = token.i
    doc = token.doc
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_:
        start -= 2
    return {doc[start:token.i + 1].text.lower()} if start < token.i else set()


def _built_in(token: Token, name: str, slot: str, senses: Senses, tables: Tables) -> bool:
    if name == "pronoun":
        return token.pos_ == "PRON"
    if name == "question":
        return slot in ("clause", "infinitive") and (question_clause(token) or _quoted_before(token))
    if name == "fact":
        return slot == "clause" and told_as_fact(token)
    if name == "sum":  # an amount of money, as the entity recogniser tags it ("$5,000", "2 million euros")
        return token.ent_type_ == "MONEY"
    if name == "plural":  # a noun told in the plural ("threats" are acts made, "the threat" may be a danger)
        return token.tag_ in PLURAL_NOUN_TAGS
    if name == "place":
        return token.ent_type_ in PLACE_ENTITIES or "place" in senses.word_classes.get(lemma(token), frozenset()) \
            or _geocoded(token)
    actors = _covering_actors(token)
    if name == "person":
        return (token.ent_type_ == "PERSON" or any(a.kind == "person" for a in actors)
                or "person" in senses.word_classes.get(lemma(token), frozenset()))
    if name == "armed":  # a side that bears arms: an actor of an armed sector (senses.yaml armed_sectors)
        return any(a.sector in senses.armed_sectors for a in actors)
    if name == "state":  # a state or a body of it, not a person who holds office ("Russia", "the army")
        return any(a.kind in ("state", "country")
                   or (a.sector in senses.state_sectors and a.kind != "person" and a.role is None) for a in actors)
    if name == "press":  # a news outlet or a reporter: an actor of a press sector (senses.yaml press_sectors)
        return bool(actors) and all(a.sector in senses.press_sectors for a in actors)
    if name == "private":  # a private body or person: an actor of a private sector (senses.yaml private_sectors)
        return any(a.sector in senses.private_sectors and a.kind not in ("state", "country") for a in actors)
    if name == "government":
        return any(a.sector in senses.state_sectors or a.kind in ("state", "country") for a in actors)
    if name == "party":
        return (any(a.sector in senses.political_sectors or a.kind in ("state", "country") for a in actors)
                or (not actors and token.ent_type_ in PARTY_ENTITIES)
                or lemma(token) in tables.lexicon.party_nouns)
    # agent: anything that can act
    return (bool(actors) or token.ent_type_ in AGENT_ENTITIES or token.lower_ in PERSONAL_PRONOUNS
            or token.pos_ == "PROPN"
            or bool(senses.word_classes.get(lemma(token), frozenset()) & {"agent_noun", "person"})
            or lemma(token) in tables.lexicon.party_nouns)


def told_as_fact(clause: Token) -> bool:
    """A finite clause told in the present or the past with no modal, no "to" and no "going to": it states how
    things are or were ("that the senator *is* a friend of farmers", "that they *had* never met"), not an act to
    come ("that Britain *would* send troops", "that it *will* withdraw", "that he's *going to* stay")."""
    helpers = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(c.tag_ in ("MD", "TO") for c in helpers):
        return False
    if clause.lemma_.lower() == "go" and clause.tag_ == "VBG" and any(c.dep_ == "xcomp" for c in clause.children):
        return False  # "he's going to be president": a future
    return clause.tag_ in FINITE_TAGS or any(c.tag_ in FINITE_TAGS for c in helpers)


def _quoted_before(clause: Token) -> bool:
    """Direct speech with its own subject before the verb that reports it ("'You said the party broke its pledge,'
    the reporter asked him"): a question put, told as it was said. A bare imperative quoted ("'Send us arms,' the
    commander asked") has no subject, and stays what it asks for."""
    verb = clause.head
    return (clause.dep_ == "ccomp" and clause.i < verb.i and has_nominal_subject(clause)
            and any(t.is_quote for t in clause.doc[clause.left_edge.i:verb.i]))


def _governor_object(verb: Token, spending: frozenset[str]) -> list[Token]:
    """The direct object of the verb of spending (senses.yaml ``spending_verbs``) a verb's adverbial clause hangs
    on, or its "into"/"on" phrase's: what was spent in doing it ("spent $5 million *attacking* him", "poured $2
    million into attacking her"); what was taken or won while doing it is no price of it."""
    above = verb.head
    if verb.dep_ == "pcomp" and above.lower_ in ("into", "on") and above.dep_ == "prep":
        above = above.head
    elif verb.dep_ != "advcl":
        return []
    if above.pos_ not in VERBAL or above.lemma_.lower() not in spending:
        return []
    return [c for c in above.children if c.dep_ == "dobj"]


def slot_is(token: Token, name: str, tables: Tables) -> bool:
    """Whether a word is of one class of senses.yaml or a built-in one ("government", "party", ...)."""
    return _is_of(token, frozenset({name}), "subject", tables.senses, tables)


def _geocoded(token: Token) -> bool:
    """A proper name the places stage geocoded, whatever tag the entity recogniser gave it ("annexed *Crimea*",
    tagged an organisation): a place named is ground."""
    if token.pos_ != "PROPN":
        return False
    low, high = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    return any(p.start <= token.idx < p.end for p in places_within(token.doc, low, high))


def _covering_actors(token: Token) -> list[Actor]:
    """The actor stage's mentions that cover the word itself ("the Syrian *regime*"), not merely some word of
    its phrase ("*drone* research" is no party)."""
    if token.pos_ not in ("NOUN", "PROPN", "PRON"):
        return []
    return [a for a in actors_for_token(token.doc, token) if a.covers(token.idx)]


def question_clause(verb: Token) -> bool:
    """A complement clause that asks: "whether he had thoughts", "if anybody was wounded", "what happened"; also
    where the wh-word opens a phrase of the clause ("*which* candidate won", "*how many* men were held") or sits
    deeper in it ("*what* a firm deal looks like", "*whose* troops fired"): an embedded question opens with its
    wh-word, but not one that opens an adverbial clause at the clause's start ("said *when* they arrived they
    fired": a conjunction of time)."""
    if any(c.lower_ in QUESTION_WORDS and c.dep_ in ("mark", "advmod", "nsubj", "dobj", "attr", "nsubjpass")
           and c.i < verb.i for c in verb.children):
        return True
    first = verb.left_edge
    return first.i < verb.i and first.tag_ in WH_TAGS and first.lower_ in QUESTION_WORDS and verb.dep_ == "ccomp" \
        and not _opens_adverbial_clause(first, verb)


def _opens_adverbial_clause(word: Token, verb: Token) -> bool:
    """A wh-word whose path up to the clause's verb crosses an adverbial clause ("said *when* the troops arrived
    they opened fire"): it is a conjunction of time or place opening that clause, not the word a question asks
    with."""
    while word.i != verb.i and word.head.i != word.i:
        if word.dep_ == "advcl":
            return True
        word = word.head
    return False


def slot_fillers(trigger: Trigger, slot: str, senses: Senses) -> list[Token]:
    """The words that fill ``slot`` of the trigger (heads of phrases, verbs of clauses)."""
    token = trigger.token
    if slot == "self":
        return [token]
    if slot == "subject":
        found = _subject(token)
        return [_content(found, senses)] if found is not None else []  # "thousands of protesters": protesters
    if slot == "passive":
        return [c for c in token.children if c.dep_ in ("auxpass", "nsubjpass")]
    if slot == "subject_owner":  # "*Russia's* proposal calls for", "the *Kremlin* plan": whose the subject is
        found = _subject(token)
        return [] if found is None else [c for c in found.children
                                         if c.dep_ == "poss" or (c.dep_ == "compound" and c.pos_ == "PROPN")]
    if slot == "governor":
        return _governor(token) if trigger.nominal else []
    if slot == "predicate":
        return [token.head] if token.dep_ == "nsubj" and token.head.i != token.i else []
    if slot == "under":
        return [token.head] if token.dep_ == "pobj" and token.head.i != token.i else []
    if slot == "modifier":  # a noun's price counts: "a *$5 million* attack" (nummod)
        deps = PRICED_NOUN_MODIFIER_DEPS if trigger.nominal else frozenset({"advmod", "npadvmod"})
        return [c for c in token.children if c.dep_ in deps]
    if slot == "governor_object":
        return [] if trigger.nominal else _governor_object(token, senses.spending_verbs)
    if slot in ("clause", "infinitive", "purpose"):
        return _clauses(token, slot)
    if slot == "doer":
        return [d for clause in _clauses(token, "clause") for d in _clause_doers(clause)]
    if slot == "act_object":
        return [_content(o, senses) for o in _acted_on(token)]
    if slot == "object":
        return [_content(o, senses) for o in _with_conjuncts(_objects(token, trigger.nominal, senses))]
    if slot == "object_head":
        return [_content(o, senses) for o in _with_conjuncts(_objects(token, trigger.nominal, senses))]
    if slot == "object_modifier":  # "*chlorine* gas", "*chemical* weapons", "*tear* *gas* shells"
        objects = _with_conjuncts(_objects(token, trigger.nominal, senses))
        return [m for o in objects for m in _modifiers(_content(o, senses))]
    if slot == "object_of":  # what the object is of: "took control *of the Senate*"
        objects = _with_conjuncts(_objects(token, trigger.nominal, senses))
        heads = [p for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]
        # the parser hangs the of-phrase on the verb as often ("took control *of* the town" -> took -> of)
        heads += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" and objects
                  for p in c.children if p.dep_ == "pobj"]
        return [_content(h, senses) for h in _with_conjuncts(heads)]
    if slot == "aim":
        return _aims(token) if trigger.nominal else []
    if slot == "participant":
        return _participants(token, senses) if trigger.nominal else []
    if slot == "opposed":
        return _opposed(token) if trigger.nominal else []
    if slot == "dative":
        return [c for c in token.children if c.dep_ == "dative"]
    if slot == "particle":
        return [c for c in token.children if c.dep_ == "prt"]
    if slot == "mark":  # the conjunction of the trigger's own clause: "*as* Kyiv had asked", "*if* asked"
        return [c for c in token.children if c.dep_ == "mark"]
    if slot == "stranded":  # a preposition left bare by a passive: "the issue was seized *upon* by her rivals"
        if not any(c.dep_ == "nsubjpass" for c in token.children):
            return []
        return [c for c in token.children if c.i > token.i and (c.dep_ == "prt" or (c.dep_ == "prep" and not any(
            p.dep_ in ("pobj", "pcomp") for p in c.children)))]
    if slot == "complement":
        return [c for c in token.children if c.dep_ in ("acomp", "oprd", "attr")
                or (c.dep_ == "advmod" and c.pos_ == "ADJ") or (c.dep_ == "neg" and trigger.entry.key == "plead")]
    if slot == "count":  # how the object is counted: "an *estimated* 400,000 Syrians"
        return [m for o in _objects(token, trigger.nominal, senses) for m in o.children
                if m.dep_ in ("amod", "nummod", "quantmod", "advmod")]
    if slot == "agent":
        return [p for c in token.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    phrases = _preposition_objects(token, slot, senses)
    partner = trigger.partner
    if not trigger.nominal and partner is not None and partner.dep_ == "dobj" and partner.head.i == token.i:
        # a verb and the noun that makes the predicate with it ("raised *questions* about X", "took *aim* at X"):
        # the noun's phrases are the predicate's, where the parser hangs them on the noun
        phrases.extend(_preposition_objects(partner, slot, senses))
    if trigger.nominal and token.dep_ == "pobj" and token.head.lower_ == "under" and token.head.head.pos_ in VERBAL:
        # a state a side comes or is under ("came under fire from X over the deal", "is under attack for ..."):
        # the phrases of the verb are the noun's, as the parser hangs them on the verb
        phrases.extend(_preposition_objects(token.head.head, slot, senses))
    if trigger.nominal and slot in OPENED_NOUN_SLOTS and _opened_by(token, senses):
        # what a war, an offensive or a battle is launched or waged on, against or over: the parser hangs the
        # phrase on the verb that opens it as often as on the noun ("launched an offensive *on* the policy")
        phrases.extend(_preposition_objects(token.head, slot, senses))
    if trigger.nominal and slot == "from" and token.dep_ == "dobj" and token.head.pos_ in VERBAL:
        # whom a side drew or received an act from: the parser hangs the from-phrase on the verb as often as on its
        # object ("drew fire *from* militants", "received criticism *from* X")
        phrases.extend(_preposition_objects(token.head, slot, senses))
    return phrases


def _opened_by(noun: Token, senses: Senses) -> bool:
    """The noun is the object of a verb that starts or wages what it names (senses.yaml ``initiating``: "launched
    an offensive", "waged a battle")."""
    verb = noun.head
    return noun.dep_ == "dobj" and verb.pos_ in VERBAL and verb.i != noun.i \
        and "initiating" in senses.word_classes.get(lemma(verb), frozenset())


def _acted_on(verb: Token) -> list[Token]:
    """Whom or what the acts of the verb's complement clauses are done to (:func:`_act_objects`); for a verb of
    a relative clause, its antecedent too ("the refugees he promised Britain would take in": the gap)."""
    clauses = _with_conjuncts(_clauses(verb, "clause"))
    found = [o for clause in clauses for o in _with_conjuncts(_act_objects(clause))]
    if verb.dep_ == "relcl" and verb.head.i != verb.i:
        found.append(verb.head)
    return found


def _act_objects(verb: Token) -> list[Token]:
    """Whom or what the act of a complement clause is done to: its object, passive subject or indirect object,
    and the objects of its prepositions of a counterpart ("promised to build *a wall*", "pledged to work *with
    Kyiv*")."""
    found = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative")]
    return found + [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ACT_PREPOSITIONS
                    for p in c.children if p.dep_ == "pobj"]


def _clause_doers(clause: Token) -> list[Token]:
    """Who does what a complement clause tells: its active subject ("claimed *Iran* had armed them"), or the
    by-agent of its passive ("claimed the coup was staged *by exiles*"); nobody for a passive without one ("were
    still needed"), nor for a relative pronoun, which stands for a thing the clause is about."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
        return [p for c in clause.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return [c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS]


def _modifiers(noun: Token) -> list[Token]:
    """A noun's compound and adjective modifiers and theirs in turn ("*tear* *gas* shells")."""
    found: list[Token] = []
    level = [noun]
    for _ in range(3):
        level = [c for t in level for c in t.children if c.dep_ in NOUN_MODIFIER_DEPS]
        found.extend(level)
    return found


def _taking_verb(noun: Token) -> Token | None:
    """The verb whose object a noun is, or in whose prepositional phrase it stands ("held *a rally*", "took part
    *in marches*", "gathered *at* a rally")."""
    if noun.dep_ in ("dobj", "nsubjpass", "attr") and noun.head.pos_ in ("VERB", "AUX") and noun.head.i != noun.i:
        return noun.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in JOINING_PREPOSITIONS:
        return None
    if prep.head.pos_ in ("VERB", "AUX"):
        return prep.head  # "gathered *at* a rally"
    if prep.head.dep_ == "dobj" and prep.head.head.pos_ == "VERB":
        return prep.head.head  # "took part in marches": part -> in -> marches
    return None


def _aims(noun: Token) -> list[Token]:
    """What a gathering is held for, as its clause tells it: the infinitive or participle that modifies the noun
    ("a rally *to demand* X", "a march *calling* for X"), or the purpose or participle adjunct of the verb that
    takes it ("held a rally in Lagos *to demand* X", "staged a march, *demanding* X")."""
    found = [c for c in noun.children if c.dep_ in ADJUNCT_DEPS and c.pos_ in ("VERB", "AUX")]
    verb = _taking_verb(noun)
    if verb is not None:
        found += [c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                  and (c.tag_ == "VBG" or any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))]
    return found


def _participants(noun: Token, senses: Senses) -> list[Token]:
    """Who takes part in a gathering, as its phrase or clause tells it: its by- or of-phrase ("a march *by*
    farmers"), the subject of the verb that takes it ("*strikers* held a rally", "*students* took part in
    marches"). A possessor is whose event it is, its organiser ("the senator's rally"), not who takes part."""
    found = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in PARTICIPANT_PREPOSITIONS
             for p in c.children if p.dep_ == "pobj"]
    verb = _taking_verb(noun)
    if verb is not None and not any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        subject = _subject(verb)
        if subject is not None:
            found.append(subject)
    return [_content(f, senses) for f in found]


def _opposed(noun: Token) -> list[Token]:
    """What a gathering is against: "a rally *against* the law", "held a rally in Lagos *against* the law"."""
    verb = _taking_verb(noun)
    heads = [noun] + ([verb] if verb is not None else [])
    return [p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "against"
            for p in c.children if p.dep_ == "pobj"]


def _governor(noun: Token) -> list[Token]:
    """The verb a noun is the direct object or the predicate of ("posed a threat", "reached a settlement")."""
    dep = noun.dep_
    if dep in ("dobj", "attr", "oprd", "nsubjpass") and noun.head.i != noun.i and noun.head.pos_ in ("VERB", "AUX"):
        return [noun.head]
    return []


def _subject(verb: Token) -> Token | None:
    """Who acts: the verb's subject, one shared or controlled from the verbs above, a relative pronoun's
    antecedent; never the patient of a passive."""
    current = verb
    for _ in range(5):
        for child in current.children:
            if child.dep_ in ("nsubj", "csubj"):
                if child.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                    return current.head
                return child
        passive = [c for c in current.children if c.dep_ in ("nsubjpass", "auxpass")]
        if passive:
            # the trigger's own passive subject suffers the act; a passive verb above controls its infinitive
            # ("the resolution is intended to allow ...": the resolution allows)
            controller = [c for c in passive if c.dep_ == "nsubjpass"]
            return controller[0] if current.i != verb.i and controller else None
        if current.dep_ in ("xcomp", "conj", "advcl") and current.head.i != current.i:
            current = current.head
            continue
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.head.pos_ in ("VERB", "AUX"):
            current = current.head.head  # "paid for attacks after backing rivals": who paid, backed
            continue
        if current.dep_ in ("relcl", "acl") and current.head.i != current.i and current.tag_ != "VBN":
            return current.head
        return None
    return None


def _objects(token: Token, nominal: bool, senses: Senses) -> list[Token]:
    if nominal:
        return [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"]
    # an object shared with the verb coordinated after it counts as the verb's own ("train and arm *the rebels*")
    found = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")] or raised_objects(token)
    if not found and _reduced_passive(token):
        found = [token.head]  # "the prisoners released on Monday"
    if token.dep_ == "relcl":  # "a house that fighters were occupying": the house
        found = [token.head if o.lower_ in RELATIVE_PRONOUNS else o for o in found]
        if not found and _object_gap(token, senses):
            found = [token.head]
    return found


def _reduced_passive(token: Token) -> bool:
    """A past participle modifying a noun is a passive relative whose object is that noun ("the prisoners
    *released* on Monday") only when the participle has no subject and no perfect "have" of its own: "the senator,
    who *has called* on voters to ...", "the mayor, who *had called* for ..." are active perfects whose noun
    acts (the relative pronoun is their subject), and leave the object to the clause's own words."""
    if token.dep_ not in ("acl", "relcl") or token.tag_ != "VBN":
        return False
    return not any(c.dep_ == "nsubj" or (c.dep_ == "aux" and lemma(c) == "have") for c in token.children)


def _object_gap(verb: Token, senses: Senses) -> bool:
    """Whether a relative clause without a relative word ("the abuses the soldiers were committing") leaves its
    object unsaid, so that the antecedent is it: the verb has a subject of its own and no object, clause or
    stranded preposition to take the gap ("the town the army fought *for*"), and the antecedent is no time or
    manner ("the day the army attacked", "the way they fought"), which a clause's act is not done to."""
    if verb.head.i == verb.i:
        return False
    children = list(verb.children)
    # a relative word anywhere before the verb opens the clause and holds the gap itself ("whose guards are
    # fighting alongside", "in which the army fought")
    if any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in verb.subtree if t.i < verb.i):
        return False
    if not any(c.dep_ == "nsubj" for c in children):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "dative", "ccomp", "xcomp") for c in children):
        return False
    if any(c.dep_ == "prep" and not any(p.dep_ in ("pobj", "pcomp") for p in c.children) for c in children):
        return False
    antecedent = verb.head
    classes = senses.word_classes.get(lemma(antecedent), frozenset())
    return antecedent.ent_type_ not in ("DATE", "TIME") and not classes & {"time_word", "gap_adjunct"}


def _content(noun: Token, senses: Senses) -> Token:
    """What a container noun holds: "a package of aid" -> aid, "their seal of approval" -> approval; through
    nested counts too ("tens of thousands of protesters" -> protesters)."""
    for _ in range(3):
        if lemma(noun) not in senses.container_nouns:
            return noun
        held = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                if p.dep_ == "pobj"]
        if not held:
            return noun
        noun = held[0]
    return noun


def _clauses(verb: Token, slot: str) -> list[Token]:
    """Complement clauses (any, or "to" infinitives only), or purpose infinitives."""
    return [child for child in verb.children if _clause_of(child, slot)]


def _clause_of(child: Token, slot: str) -> bool:
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    if slot == "purpose":
        return child.dep_ == "advcl" and infinitive
    return child.dep_ in CLAUSE_DEPS and (infinitive or slot == "clause")


def _preposition_objects(token: Token, slot: str, senses: Senses) -> list[Token]:
    found: list[Token] = []
    for child in token.children:
        if child.dep_ not in ("prep", "agent", "dative"):
            continue
        word = PREPOSITION_SLOTS.get(child.lower_, child.lower_)
        if word != slot:
            continue
        # an adjective after a preposition is its object as the parser reads "struck them *as unfair*"
        heads = [p for p in child.children if p.dep_ in ("pobj", "pcomp")] or _stranded(token, child) \
            or [p for p in child.children if p.dep_ in ("amod", "acomp")]
        found.extend(_content(p, senses) for p in _with_conjuncts(heads))
    if slot in CLAUSE_MARK_SLOTS:  # "killed since the war began": the clause fills the slot as "since 2011" does
        found.extend(c for c in token.children if c.dep_ == "advcl"
                     and any(m.dep_ == "mark" and m.lower_ == slot for m in c.children))
    return found


def _stranded(verb: Token, preposition: Token) -> list[Token]:
    """A preposition left without its object in a relative clause takes the noun the clause describes:
    "everything he is fighting *for*" -> everything."""
    if verb.dep_ == "relcl" and preposition.i > verb.i and verb.head.i != verb.i:
        return [verb.head]
    return []


def _with_conjuncts(heads: list[Token]) -> list[Token]:
    """The heads and the words coordinated with them ("photographs and other intelligence")."""
    found = list(heads)
    for head in heads:
        # spaCy's stubs type conjuncts as a 1-tuple, which the compiled build enforces: read it untyped
        found.extend(c for c in cast(Any, head).conjuncts if c.i > head.i)
    return found
