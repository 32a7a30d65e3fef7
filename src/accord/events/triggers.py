"""Layer 1's word look-up, trigger words: which words of a sentence can name an event, and in which sense —
dictionary look-ups on lemmas (one word or a pair: "sign", "open fire"), verbs and nouns apart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from accord.doc_index import token_table
from accord.events.tables import Entry, Lexicon
from accord.memo import BoundedMemo
from accord.syntax import has_infinitive, raised_objects

VERB_PAIR_DEPS = frozenset({"prt", "prep", "dobj", "nsubjpass", "advmod", "acomp", "attr", "npadvmod", "dative",
                            "oprd", "intj"})
FOR_TO_CLAUSE_DEPS = frozenset({"advcl", "ccomp"})  # clauses a "for X to do Y" complement is parsed as
NOUN_PAIR_DEPS = frozenset({"compound", "amod", "nmod", "prep"})
ADJECTIVE_PAIR_DEPS = frozenset({"prep"})  # "critical *of* the ministry": the complement's preposition
PREDICATE_ADJECTIVE_DEPS = frozenset({"acomp", "oprd"})  # after a linking verb: "has been critical of"
_FORMS: BoundedMemo[tuple[int, int], tuple[str, ...]] = BoundedMemo()  # (lower form, lemma) ids -> forms()
_LOWER_LEMMAS: BoundedMemo[int, str] = BoundedMemo()  # lemma string id -> the lemma in lower case


@dataclass(frozen=True, slots=True)
class Trigger:
    token: Token
    entry: Entry
    nominal: bool
    partner: Token | None = None  # the second word of a two-word trigger


def is_verbal(token: Token) -> bool:
    return token.pos_ == "VERB" or (token.tag_ == "VBN" and token.pos_ == "ADJ")


def is_nominal(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN")


def lemma(token: Token) -> str:
    """The lower-case lemma, remembered per lemma id (the coder asks for it many times per token)."""
    found = _LOWER_LEMMAS.get(token.lemma)
    if found is None:
        found = _LOWER_LEMMAS.remember(token.lemma, token.lemma_.lower())
    return found


def lemma_of_id(doc: Doc, lemma_id: int) -> str:
    """:func:`lemma` from a lemma id of the Doc's :func:`token_table`, without making the Token."""
    found = _LOWER_LEMMAS.get(lemma_id)
    if found is None:
        found = _LOWER_LEMMAS.remember(lemma_id, doc.vocab.strings[lemma_id].lower())
    return found


def forms(token: Token) -> tuple[str, ...]:
    """The lemma plus stems of the word itself, for when the lemmatiser errs ("staged" -> "stag")."""
    key = (token.lower, token.lemma)
    found = _FORMS.get(key)
    if found is None:
        found = _FORMS.remember(key, _forms(token))
    return found


# Irregular past forms the lemmatiser knows bare but not behind a prefix ("took" -> take, "retook" -> retook).
IRREGULAR_PAST = {"took": "take", "taken": "take", "drove": "drive", "driven": "drive", "threw": "throw",
                  "thrown": "throw", "built": "build", "sent": "send", "gave": "give", "given": "give",
                  "won": "win", "fought": "fight", "struck": "strike"}
PREFIXES = ("re", "over", "out")


def _forms(token: Token) -> tuple[str, ...]:
    word = token.lower_
    found = [lemma(token), word]
    found += [prefix + IRREGULAR_PAST[word[len(prefix):]] for prefix in PREFIXES
              if word.startswith(prefix) and word[len(prefix):] in IRREGULAR_PAST]  # "retook" -> retake
    if word.endswith("ied"):
        found.append(word[:-3] + "y")
    elif word.endswith("ed"):
        found += [word[:-1], word[:-2]]
    elif word.endswith("ing"):
        found += [word[:-3], word[:-3] + "e"]
    elif word.endswith("es"):
        found += [word[:-1], word[:-2]]
    elif word.endswith("s"):
        found.append(word[:-1])
    return tuple(found)


def in_group(token: Token, group: frozenset[str]) -> bool:
    return any(form in group for form in forms(token))


def _pair(token: Token, pairs: dict[tuple[str, str], Entry], deps: frozenset[str],
          lexicon: Lexicon) -> tuple[Entry, Token] | None:
    own = (lemma(token), token.lower_)
    if not any(form in lexicon.pair_heads for form in own):
        return None
    for child in token.children:
        if child.dep_ in FOR_TO_CLAUSE_DEPS:
            partners = _for_to_complementizer(child) + _small_clause_predicate(child)
        elif child.dep_ not in deps:
            continue
        else:
            partners = [child]
        if child.dep_ == "prep":  # "remain on alert", "state of emergency": the object of the preposition
            partners.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ == "dobj":
            partners.extend(_object_predicates(child))
        elif _measured(child, lexicon.measure_nouns):  # "sent 40 tonnes of relief supplies": what is measured
            partners.extend(c for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                            for c in p.children if c.dep_ == "pobj")
        found = _paired(own, partners, pairs)
        if found is not None:
            return found
    return _paired(own, _reduced_relative_head(token), pairs)


def _object_predicates(obj: Token) -> list[Token]:
    """"held *the rebels responsible*", "hold Moscow accountable": an adjective after the verb's object is said of
    it (a small clause, its secondary predicate); English puts an attributive adjective before its noun, so the
    parser's "amod" after the object is that predicate, a second word of the verb's sense."""
    return [c for c in obj.children if c.dep_ == "amod" and c.i > obj.i and c.pos_ == "ADJ"]


def _small_clause_predicate(clause: Token) -> list[Token]:
    """"holds *Moscow responsible*": the parser makes an object with its predicate adjective a clause headed by the
    adjective, with the object as its subject; the adjective completes the verb's sense as above."""
    return [clause] if clause.pos_ == "ADJ" and any(c.dep_ == "nsubj" for c in clause.children) else []


def _paired(own: tuple[str, str], partners: Sequence[Token],
            pairs: dict[tuple[str, str], Entry]) -> tuple[Entry, Token] | None:
    for partner in partners:
        for mine in own:
            for theirs in (lemma(partner), partner.lower_):
                entry = pairs.get((mine, theirs)) or pairs.get((theirs, mine))
                if entry is not None:
                    return entry, partner
    return None


def _reduced_relative_head(token: Token) -> list[Token]:
    """A past participle modifying a noun is a passive relative clause whose subject is that noun: "tear gas
    *fired* by the police" tells that the police fired tear gas."""
    return [token.head] if token.dep_ == "acl" and token.tag_ == "VBN" and token.head.i != token.i else []


def _for_to_complementizer(clause: Token) -> list[Token]:
    """"called *for* the ceasefire to begin": a preposition before an infinitive clause with its own subject is
    parsed as the clause's complementizer (mark), not as the verb's preposition; it still completes the verb's
    two-word sense ("call for", "push for"). "for" is English's only such complementizer."""
    return [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for" and c.i < clause.i
            and has_infinitive(clause)]


def _measured(token: Token, measure_nouns: frozenset[str]) -> bool:
    """A measure or package noun ("40 tonnes of ...", "a shipment of ...") as the verb's object."""
    return token.dep_ in ("dobj", "nsubjpass") and lemma(token) in measure_nouns


def _has_object(token: Token) -> bool:
    """An object of the verb's own, or one it shares with the verb coordinated after it ("train and arm *the
    rebels*": syntax.raised_objects)."""
    return any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in token.children) or bool(raised_objects(token))


PARTY_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _has_thing_object(token: Token, party_nouns: frozenset[str]) -> bool:
    """A direct object that is neither a named party nor a noun of people ("the arrangement", "a tone")."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return bool(objects) and not any(
        o.ent_type_ in PARTY_ENTITIES or o.pos_ in ("PROPN", "PRON") or lemma(o) in party_nouns for o in objects
    )


def _gerund_object(token: Token) -> bool:
    """"welcomed *the US keeping troops* there", "protested *police beating students*": a gerund clause with its
    own subject is the verb's object, a thing (an act), never a party."""
    return not any(c.dep_ == "dobj" for c in token.children) and any(
        c.dep_ == "ccomp" and c.tag_ == "VBG" and c.i > token.i and any(s.dep_ == "nsubj" for s in c.children)
        for c in token.children)


def _purpose_infinitive(token: Token) -> bool:
    """'... went on strike to protest the law': the purpose of the act keeps the act's own sense."""
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def trigger_at(token: Token, lexicon: Lexicon) -> Trigger | None:
    """The trigger sense of ``token``, preferring a two-word sense over a one-word one.

    A participle before a noun describes it ("the *pledged* delegates", "the US-*backed* force") and a noun
    modifying another names a kind of thing ("*war* crimes", "*aid* workers", "*protest* movement"): neither
    tells an event, unless the noun counts or packs the event ("an *aid* convoy")."""
    if token.dep_ == "amod" and is_verbal(token):
        return None
    if _predicate_adjective(token):
        found = _pair(token, lexicon.adjective_pairs, ADJECTIVE_PAIR_DEPS, lexicon)
        return Trigger(token, found[0], nominal=False, partner=found[1]) if found else None
    if is_verbal(token):
        deps = VERB_PAIR_DEPS | {"nsubj"} if token.tag_ == "VBN" else VERB_PAIR_DEPS  # "ordered X revoked"
        found = _pair(token, lexicon.verb_pairs, deps, lexicon)
        if found:
            return Trigger(token, found[0], nominal=False, partner=found[1])
        entry = next((lexicon.verbs[f] for f in forms(token) if f in lexicon.verbs), None)
        sense = next((f for f in forms(token) if f in lexicon.thing_object), None)
        thing_clause = sense is not None and _gerund_object(token)
        if entry is not None and entry.needs_object and not _has_object(token) and not thing_clause:
            return None
        if sense is not None and not _purpose_infinitive(token) \
                and (thing_clause or _has_thing_object(token, lexicon.party_nouns)):
            entry = lexicon.thing_object[sense]
        return Trigger(token, entry, nominal=False) if entry else None
    if is_nominal(token):
        if token.pos_ == "PROPN" and token.ent_type_ in TIME_ENTITIES:
            return None  # "announced in March": the name of a month or a day, not a march
        found = _pair(token, lexicon.noun_pairs, NOUN_PAIR_DEPS, lexicon)
        if found:
            return Trigger(token, found[0], nominal=True, partner=found[1])
        if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN") \
                and lemma(token.head) not in lexicon.counting_nouns:
            return None
        entry = lexicon.nouns.get(token.lower_) or lexicon.nouns.get(lemma(token))
        return Trigger(token, entry, nominal=True) if entry else None
    return None


def _predicate_adjective(token: Token) -> bool:
    """An adjective said of its clause's subject after a linking verb ("she was *critical* of the plan"): such an
    adjective with its complement tells an act of the subject as its verb would ("criticised the plan"). Before a
    noun or after it ("a critical report", "lawmakers critical of the deal") it describes the noun."""
    return token.pos_ == "ADJ" and not is_verbal(token) and token.dep_ in PREDICATE_ADJECTIVE_DEPS


def _word_may_trigger(token: Token, lexicon: Lexicon) -> bool:
    pos = token.pos_
    if pos not in ("VERB", "NOUN", "PROPN", "ADJ"):
        return False
    if token.lower_ in lexicon.words or token.lemma_.lower() in lexicon.words:
        return True
    return pos == "VERB" and any(f in lexicon.words for f in forms(token))


def find_triggers(sentence: Span, lexicon: Lexicon) -> dict[int, Trigger]:
    """Every trigger in the sentence, by token index. Pair partners are not triggers of their own."""
    found: dict[int, Trigger] = {}
    partners: set[int] = set()
    doc = sentence.doc
    table = token_table(doc)
    may_trigger = lexicon.may_trigger
    for i in range(sentence.start, sentence.end):
        # a cheap first look, on word ids: could any form of this word be in the lexicon at all?
        key = (table.pos[i], table.lower[i], table.lemma[i])
        known = may_trigger.get(key)
        if known is None:
            known = may_trigger.remember(key, _word_may_trigger(doc[i], lexicon))
        if not known:
            continue
        token = doc[i]
        trigger = trigger_at(token, lexicon)
        if trigger is not None:
            found[token.i] = trigger
            if trigger.partner is not None:
                partners.add(trigger.partner.i)
    for index in partners:
        found.pop(index, None)
    return found
