"""Finds every quantity of a parsed document: its value, what it counts, its qualifier and its category.

Categories: money (with an ISO 4217 unit), percent, the casualty kinds dead / injured / arrested /
displaced, and count for everything else that counts something. A bare number that counts nothing the
parse can see is left out, as are numbers inside dates and anaphoric ones ("the two countries").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accord.blackboard import DATES
from accord.doc_index import entity_bounds, token_table, tokens_text
from accord.memo import BoundedMemo
from accord.places.countries import CountryNames
from accord.quantities.lexicon import Lexicon
from accord.quantities.numbers import NumberPhrase, read_number
from accord.records import DateRef, Quantity
from accord.syntax import nominal_subject
from accord.words import shared_words

NOT_QUANTITY_LABELS = frozenset({"DATE", "TIME", "ORDINAL"})
ANAPHORIC_DETERMINERS = frozenset({"the", "these", "those", "its", "their", "his", "her", "our", "my", "your"})
TOLL_PREPS = frozenset({"to", "at", "of"})
PRONOUNS = shared_words().pronouns(("group", "first_plural"), ("subject",))  # "China said it lost ..."
MAX_UNIT_GAP = 4  # tokens allowed between the number and the noun it counts ("20 Indian soldiers")


class QuantityFinder:
    def __init__(self, lexicon: Lexicon, countries: CountryNames) -> None:
        self.lex = lexicon
        self.countries = countries
        # word id -> can a number phrase start with it (a digit, a number word, a currency sign): asked of
        # every token of every article, answered once per distinct word
        self._may_start: BoundedMemo[int, bool] = BoundedMemo()

    def find(self, doc: Doc) -> list[Quantity]:
        blocked = _blocked_tokens(doc, DATES.get(doc) or [])
        found: list[Quantity] = []
        orths = token_table(doc).orth
        i = 0
        while i < len(doc):
            phrase = None if i in blocked or not self._starts(doc, orths[i]) else read_number(doc, i, self.lex)
            if phrase is None:
                i += 1
                continue
            quantity = self._quantity(doc, phrase)
            if quantity is not None:
                found.append(quantity)
            i = phrase.end
        return found

    def _starts(self, doc: Doc, orth: int) -> bool:
        known = self._may_start.get(orth)
        if known is None:
            text = doc.vocab.strings[orth]
            known = self._may_start.remember(orth, text[:1].isdigit() or text.lower() in self.lex.starters)
        return known

    def _quantity(self, doc: Doc, phrase: NumberPhrase) -> Quantity | None:
        money_or_percent = phrase.currency is not None or phrase.percent
        if not money_or_percent and _is_not_a_count(doc, phrase):
            return None
        noun = None if money_or_percent else _counted_noun(doc, phrase)
        if noun is not None and noun.lower_ in self.lex.time_units:
            return None  # "every three days" is a duration, not a count
        qualifier, start = self._qualifier(doc, phrase.start)
        category = "money" if phrase.currency else "percent" if phrase.percent else None
        if category is None:
            category = self._casualty_of(doc, phrase, noun)
        if noun is None and category is None:
            return None
        end = noun.i + 1 if noun is not None else phrase.end
        chars = tokens_text(doc, start, end - 1)
        return Quantity(
            text=chars.text,
            start=chars.start,
            end=chars.end,
            value=phrase.value,
            unit=phrase.currency or ("%" if phrase.percent else self._unit_text(noun, phrase.end)),
            qualifier=qualifier or phrase.vague,
            category=category or "count",
            country=self._country(noun) if noun is not None else None,
        )

    def _unit_text(self, noun: Token | None, number_end: int) -> str | None:
        """The counted noun with the compounds that name its kind: "investment pacts", "assault rifles",
        but not whose it is ("Ugandan rebels" counts rebels; Uganda is their country)."""
        if noun is None:
            return None
        start = noun.i
        while start > number_end:
            token = noun.doc[start - 1]
            if token.dep_ != "compound" or token.head.i != noun.i or self.countries.code(token.text):
                break
            start -= 1
        return tokens_text(noun.doc, start, noun.i).text

    def _qualifier(self, doc: Doc, start: int) -> tuple[str | None, int]:
        for width in range(self.lex.longest_qualifier, 0, -1):
            if start - width < 0:
                continue
            words = tuple(t.lower_ for t in doc[start - width : start])
            if words in self.lex.qualifiers:
                return self.lex.qualifiers[words], start - width
        return None, start

    def _casualty_of(self, doc: Doc, phrase: NumberPhrase, noun: Token | None) -> str | None:
        """The casualty kind, judged from the counted noun or, failing that, from the number itself
        ("tens of thousands of people fled": the number is the subject)."""
        category = self._casualty(noun, True) if noun is not None else None
        if category is None:
            number = doc[phrase.start : phrase.end].root
            people = noun is None or noun.lower_ in self.lex.people_nouns or noun.ent_type_ == "NORP"
            category = self._casualty(number, False) if people else None
        return category

    def _casualty(self, token: Token, is_noun: bool) -> str | None:
        """dead / injured / arrested / displaced when the counted people are the victims of such a verb."""
        lex = self.lex
        if token.lower_ in lex.casualty_words and token.lower_ not in ("toll",):
            return lex.casualty_words[token.lower_]
        people = not is_noun or token.lower_ in lex.people_nouns or token.ent_type_ == "NORP"
        for child in token.children:
            if child.dep_ in ("amod", "acl", "relcl") and child.lower_ in lex.casualty_words:
                return lex.casualty_words[child.lower_]
            if child.dep_ in ("acl", "relcl") and child.lemma_ in lex.casualty_verbs:
                return lex.casualty_verbs[child.lemma_]
        head = _head_through_conj(token)
        verb = head.head
        if verb.lemma_ not in lex.casualty_verbs or (verb.lemma_ in lex.people_only_verbs and not people):
            return _toll(head)
        victim_slot = head.dep_ in ("nsubjpass", "dobj")
        if victim_slot or (head.dep_ == "nsubj" and verb.lemma_ in lex.intransitive_casualty_verbs):
            return lex.casualty_verbs[verb.lemma_]
        return None

    def _country(self, noun: Token) -> str | None:
        """Whose people or things: "20 Indian soldiers", "100 Palestinians", "troops from Chad", or who
        "lost four soldiers"."""
        if noun.ent_type_ == "NORP" and (code := self.countries.code(noun.text)):
            return code
        for child in noun.children:
            if child.dep_ in ("amod", "compound", "nmod", "poss") and (code := self.countries.code(child.text)):
                return code
            if child.dep_ == "prep" and child.lower_ == "from" and noun.lower_ in self.lex.people_nouns:
                for obj in child.children:
                    if obj.dep_ == "pobj" and (code := self.countries.code(_ent_text(obj))):
                        return code
        if noun.dep_ == "dobj" and noun.head.lemma_ == "lose":
            return self._subject_country(noun.head)
        return None

    def _subject_country(self, verb: Token) -> str | None:
        """The country that is the verb's subject; a pronoun subject ("China said it lost ...") is the
        subject of the verb that reports it."""
        for _ in range(3):
            subject = nominal_subject(verb)
            if subject is None:
                return None
            if subject.lower_ not in PRONOUNS:
                return self.countries.code(_ent_text(subject))
            if verb.head.i == verb.i:
                return None
            verb = verb.head
        return None


def _blocked_tokens(doc: Doc, dates: list[DateRef]) -> set[int]:
    blocked = {i for ent in doc.ents if ent.label_ in NOT_QUANTITY_LABELS for i in range(ent.start, ent.end)}
    for date_ref in dates:
        span = doc.char_span(date_ref.start, date_ref.end, alignment_mode="expand")
        if span is not None:
            blocked.update(range(span.start, span.end))
    return blocked


def _is_not_a_count(doc: Doc, phrase: NumberPhrase) -> bool:
    first, last = doc[phrase.start], doc[phrase.end - 1]
    if phrase.start > 0 and doc[phrase.start - 1].lower_ in ANAPHORIC_DETERMINERS:
        return True  # "the two countries" refers back; it does not count anything new
    if phrase.end < len(doc) and doc[phrase.end].text in ("-", "–") and phrase.vague is None:
        return True  # "a 10-year deal", "S-400": a modifier or a model name
    if phrase.start > 0 and doc[phrase.start - 1].text in ("-", "/"):
        return True
    return first.lower_ == "one" and phrase.end - phrase.start == 1 and last.dep_ != "nummod"


def _counted_noun(doc: Doc, phrase: NumberPhrase) -> Token | None:
    """The noun a number counts: its syntactic head, or the object of "of" after a vague amount."""
    last = doc[phrase.end - 1]
    if phrase.end < len(doc) and doc[phrase.end].lower_ == "of":
        objects = [c for c in doc[phrase.end].children if c.dep_ == "pobj"]
        if objects and objects[0].pos_ in ("NOUN", "PROPN"):
            return objects[0]
    head = last.head
    while head.dep_ == "nummod" and head.pos_ == "NUM" and head.head.i != head.i:
        head = head.head
    if head.pos_ in ("NOUN", "PROPN") and 0 <= head.i - phrase.end < MAX_UNIT_GAP:
        return head
    return None


def _head_through_conj(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _toll(token: Token) -> str | None:
    """ "the death toll rose to 30", "a toll of 30": a number a toll reaches counts the dead."""
    if token.dep_ != "pobj" or token.head.lower_ not in TOLL_PREPS:
        return None
    governor = token.head.head
    if governor.lower_ == "toll":
        return "dead"
    subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
    return "dead" if subject is not None and subject.lower_ == "toll" else None


def _ent_text(token: Token) -> str:
    """The whole entity a token belongs to ("the United States"), else the token."""
    bounds = entity_bounds(token)
    if bounds is None:
        return token.text
    return tokens_text(token.doc, bounds[0], bounds[1] - 1).text
