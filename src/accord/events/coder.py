"""The event coder: one sentence through the coder's five layers, each deciding one thing and handing an
immutable value to the next.

1. candidates (:mod:`~accord.events.candidates`): which words make one event — a trigger and the verbs
   governing it;
2. factuality (:mod:`~accord.events.factuality`): whether the text says it happens — negated, to come,
   possible, obliged, undecided — and who reports it;
3. type and sense (:mod:`~accord.events.sense`): what kind of event it is — PLOVER type, CAMEO code, mode,
   contexts; :mod:`~accord.events.frames` runs layers 1-3 over a sentence and keeps the frames that tell an
   event of their own;
4. arguments (:mod:`~accord.events.arguments`): who acts, on whom, and who says so;
5. attachments (:mod:`~accord.events.attachments`): when, where, how many.

The sense layer comes before the arguments because where the participants sit depends on the sense (an
accusation's target comes before its addressee, an inverse sense swaps the sides); two questions of sense wait
for them (:func:`~accord.events.sense.settle`, and whether the sides are private parties only:
:func:`~accord.events.sense.between_private_parties`). Ids and clusters come later, in the stage.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span

from accord.actors.country_from_context import CountryIndex
from accord.events.arguments import Arguments, Setting, arguments_of
from accord.events.attachments import Attached, Attachments
from accord.events.frames import Frame, sentence_frames
from accord.events.participants import PRONOUNS, ActorLookup
from accord.events.sense import (
    between_private_parties,
    campaign_pledge,
    contexts_of,
    in_a_contest,
    own_state_advised,
    polled,
    press_question,
    private_backing,
    private_trip,
    sentence_contexts,
    settle,
    without_counterpart,
)
from accord.events.tables import Tables
from accord.records import Actor, Quote


@dataclass(frozen=True, slots=True)
class Coded:
    """One coded event before it gets its document id: its frame, sides, contexts, attachments, confidence."""

    frame: Frame
    arguments: Arguments
    contexts: tuple[str, ...]
    attached: Attached
    confidence: float


class QuotedSpeakers:
    """The speakers of a document's direct quotations, as the quote stage attributed them (across sentences:
    "“A.” she said. “B.”", "She said: “A. B.”"): who says the words at an offset, when they are quoted."""

    def __init__(self, quotes: Sequence[Quote] = ()) -> None:
        spoken = sorted((q for q in quotes if q.direct and q.speaker is not None and _named(q.speaker)),
                        key=lambda q: q.start)
        self._quotes = spoken
        self._starts = [q.start for q in spoken]

    def at(self, offset: int) -> Actor | None:
        """The speaker of the direct quotation holding ``offset``, or None."""
        index = bisect_right(self._starts, offset) - 1
        if index < 0 or offset >= self._quotes[index].end:
            return None
        return self._quotes[index].speaker


def _named(speaker: Actor) -> bool:
    """A speaker the quote stage named, by a name or a country, not a bare "a source"; and named by the words
    of the attribution itself: a pronoun speaker ("*he* said: “...”") is a guess of the quote stage's own
    coreference, which the quotation's "we" would repeat at one more remove."""
    return (speaker.name is not None or speaker.country is not None) and speaker.text.lower() not in PRONOUNS


@dataclass(frozen=True, slots=True)
class Story:
    """What the coder knows of the document around a sentence, built once per document."""

    lookup: ActorLookup
    countries: CountryIndex
    attachments: Attachments
    quoted: QuotedSpeakers = field(default_factory=QuotedSpeakers)


def code_sentence(doc: Doc, sentence: Span, tables: Tables, story: Story) -> list[Coded]:
    """Every event one sentence tells, in the order it tells them."""
    frames = sentence_frames(sentence, tables)
    if not frames:
        return []
    in_sentence = sentence_contexts(sentence, tables)
    setting = Setting(story.countries.only_country(sentence), story.countries.story_country(sentence))
    coded: list[Coded] = []
    for frame in frames:
        arguments = arguments_of(doc, frame, tables, story.lookup, setting, story.quoted.at(frame.trigger.idx))
        if arguments is None or between_private_parties(frame.sense, arguments.actor, arguments.recipient, tables):
            continue
        if private_trip(frame.sense, arguments.actor, arguments.recipient, tables):
            continue  # "the student travelled to Syria": no visit between parties
        if frame.candidate.in_speech and not arguments.actor:
            continue  # '"they were betrayed," voters said' with no speaker known: a charge needs its accuser
        if polled(frame.sense, arguments.actor, doc, tables):
            continue  # "sixty percent of voters want the president to resign": a poll's finding
        if private_backing(frame.sense, arguments.actor, tables):
            continue  # "he said he supported the president", of a private man: his opinion
        if press_question(frame.sense, arguments.actor, arguments.recipient, tables):
            continue  # "reporters asked the senator to explain the vote": journalism, no demand between parties
        if campaign_pledge(frame.sense, arguments.actor, arguments.recipient, tables, story.lookup):
            continue  # "the candidate vowed to cut taxes": campaign speech, no commitment to a party
        if own_state_advised(frame.sense, arguments.actor, arguments.recipient, tables):
            continue  # "the government must change course", said by its minister: its own intent
        frame = replace(frame, sense=settle(frame.sense, bool(arguments.recipient), tables))
        contest = in_a_contest(frame.sense, arguments.actor, arguments.recipient, tables)
        if contest is None:
            continue  # "Clinton battled Sanders for the nomination": the race, no event
        frame = replace(frame, sense=contest)
        words = (*frame.chain, frame.trigger, frame.content.token)
        if without_counterpart(frame.sense, words, arguments.recipient, arguments.reciprocal, tables):
            continue  # "the minister discussed the budget": a consultation with nobody
        attached = story.attachments.attach_frame(frame, tables)
        coded.append(Coded(frame, arguments, contexts_of(frame.content, in_sentence), attached,
                           confidence(frame, arguments)))
    return coded


def confidence(frame: Frame, arguments: Arguments) -> float:
    """How sure the coder is: both sides named, told by a verb, not merely intended or demanded, a country known."""
    score = 0.4
    score += 0.2 if arguments.actor else 0.0
    score += 0.15 if arguments.recipient else 0.0
    score += 0.1 if not frame.nominal else -0.05
    score -= 0.1 if frame.modality in ("intent", "obligation") else 0.0
    score += 0.05 if any(a.country for a in (*arguments.actor, *arguments.recipient)) else 0.0
    return max(0.05, min(0.95, score))
