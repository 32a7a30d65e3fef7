"""Where, through whom and to whom something was said is no part of what was said.

A reported content that ends with a prepositional phrase hung on its cue (or on the object the cue takes) may
end with the *saying's* circumstances rather than the speech: its channel or occasion ("hailed the ruling *in a
post*", "announced the result *on social media*"), its listener ("offered an apology *to the residents*",
"bragged about the deal *to reporters*") or its go-between ("rejected the claim *through a lawyer*"). PARC
and PolNeAR leave the recipient of a statement out of its content, and the cue's setting too; the rules that
build object contents (frames.continued) stop at a setting only when it hangs on the cue, and never at a
listener.

Only a phrase that closes the content is cut, never one inside quotation marks; the phrase must hang on the cue
word or on the object the cue takes, and its noun must name a channel (the lexicon's setting and message
nouns); or, on a verb of saying or offering, people who heard it (a pronoun, a named person or people, a
plural noun) or anything it went through.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from accord.quotes.candidates import Candidate, Context, trim_chars

_GO_BETWEEN_PREPOSITIONS = frozenset({"through", "via"})  # through whom or what it was said
# an organisation is left out: after "to" it is as often what the content relates to ("denied any ties to
# the group") as who heard it
_PEOPLE_ENTITIES = frozenset({"PERSON", "NORP"})
_PERSON_PRONOUNS = frozenset({"me", "us", "you", "him", "her", "them"})
# what the cue takes: its object, the object of its particle ("bragged about it"), or the predicate noun of a
# naming verb ("called the governor a fraud *on his radio show*": the parser hangs the setting of the calling
# on the name it gave); not an infinitive, whose adjuncts set its own event ("plans to run ads during the
# debates")
_CUE_PARTS = frozenset({"dobj", "pobj", "oprd"})


def without_trailing_setting(ctx: Context, candidate: Candidate) -> Candidate:
    """The candidate without a closing phrase that tells where, through or to whom it was said."""
    cue = candidate.cue
    if cue is None or candidate.direct or candidate.marked:
        return candidate
    doc = ctx.doc
    tokens = ctx.layout.tokens_in(candidate.start, candidate.end)
    if len(tokens) < 3:
        return candidate
    last = tokens[-1]
    while last > tokens[0] and doc[last].is_punct:
        last -= 1
    phrase = _closing_phrase(doc[last], tokens[0])
    if phrase is None or not _hangs_on_cue(phrase, cue.first, cue.last) or not _said_around(ctx, phrase):
        return candidate
    start, end = trim_chars(ctx.text, candidate.start, phrase.idx)
    if _open_quotation(ctx.text[start:end]) or end - start < 2:
        return candidate
    return replace(candidate, start=start, end=end)


def _closing_phrase(last: Token, first: int) -> Token | None:
    """The prepositional phrase that ends at token ``last`` (the content's last word) and begins after the
    content's first word."""
    token = last
    while token.head.i != token.i:
        token = token.head
        if token.dep_ == "prep" and token.right_edge.i == last.i:
            return token if token.i > first else None
        if token.right_edge.i != last.i:
            return None
    return None


def _hangs_on_cue(phrase: Token, cue_first: int, cue_last: int) -> bool:
    """The phrase hangs on a cue word, or on the object the cue takes."""
    head = phrase.head
    if cue_first <= head.i <= cue_last:
        return True
    return head.dep_ in _CUE_PARTS and cue_first <= head.head.i <= cue_last


def _said_around(ctx: Context, phrase: Token) -> bool:
    """Whether the phrase names the saying's channel or occasion, its listener or its go-between."""
    noun = next((c for c in phrase.children if c.dep_ == "pobj"), None)
    if noun is None:
        return False
    lexicon = ctx.lexicon
    word = phrase.lower_
    nouns = lexicon.setting_nouns_after(word)  # not "challenged him to a debate"
    if word in lexicon.setting_prepositions and (noun.lemma_.lower() in nouns or noun.lower_ in nouns):
        return True  # the lemma of "media" is "medium"
    if word in _GO_BETWEEN_PREPOSITIONS and _telling(phrase.head, ctx):
        return True  # "denied it through a spokesman", "announced it via its lawyers"
    return word == "to" and _people(noun) and _telling(phrase.head, ctx)


def _telling(verb: Token, ctx: Context) -> bool:
    """A verb of saying or a light verb of offering ("offered an apology to …"), on which a phrase naming people
    tells who heard it; with other verbs such a phrase completes the content ("likened the plan to …")."""
    lexicon = ctx.lexicon
    lemma = verb.lemma_.lower()
    return verb.pos_ in ("VERB", "AUX") and (lemma in lexicon.speech_verbs or lemma in lexicon.light_verbs) \
        and lemma not in lexicon.naming_verbs


def _people(noun: Token) -> bool:
    """A pronoun for persons, a named person or a people, or a plural common noun ("reporters", "the residents")."""
    if noun.lower_ in _PERSON_PRONOUNS:
        return True
    if noun.ent_type_ in _PEOPLE_ENTITIES:
        return True
    return noun.tag_ == "NNS" and not noun.ent_type_


def _open_quotation(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("''") % 2 == 1 or text.count("“") > text.count("”")
