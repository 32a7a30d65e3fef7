"""The ``accord_events_v1`` spaCy stage: codes PLOVER events into ``doc._.accord_events``.

It runs the coder (:mod:`accord.events.coder`) over each sentence, lets the learned judge
(:mod:`accord.events.acceptance`) drop the asserted events that look like the coder's mistakes, gives each event
its document id, and links mentions of one event into a cluster (:mod:`accord.events.linking`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from accord.actors.country_from_context import CountryIndex
from accord.blackboard import ACTORS, DATED_PEOPLE, DOC_ID, EVENTS, EVENTS_STAGE, QUOTES, Stage, assigns, requires
from accord.budget import check_time
from accord.doc_index import is_headline, sentences, span_text
from accord.events.acceptance import (
    CLAUSE_MODEL_RESOURCE,
    AcceptanceModel,
    Placement,
    features,
    judged,
    load_model,
    sentence_shape,
)
from accord.events.attachments import Attachments
from accord.events.clause_stance import StanceWords, clause_judged
from accord.events.coder import Coded, QuotedSpeakers, Story, code_sentence
from accord.events.coreference import resolve_references
from accord.events.linking import announces_another, link_mentions
from accord.events.participants import ActorLookup, IndexedActors, actor_api_lookup
from accord.events.responses import answer_earlier, made_earlier
from accord.events.tables import Tables, load_tables
from accord.layout import doc_layout
from accord.records import Event, Span

STAGE_NAME = EVENTS_STAGE


class _Options(Protocol):
    event_filter: bool


class EventCoder(Stage):
    """Codes every sentence of a Doc; tables and helper APIs are loaded once, at construction.

    ``event_filter`` switches the learned judges on or off (``PipelineOptions.event_filter``); ``judgements``,
    when a list, receives ``(event id, features)`` of every judged event, for training the judge."""

    def __init__(self, tables: Tables | None = None, lookup: ActorLookup | None = None,
                 acceptance: AcceptanceModel | None = None, event_filter: bool = True,
                 clause_acceptance: AcceptanceModel | None = None) -> None:
        self.tables = tables or load_tables()
        self.lookup = lookup or actor_api_lookup
        self.acceptance = acceptance or load_model()
        self.clause_judge = clause_acceptance  # read when first needed: training runs without it
        # the word lists the judge's stance features read
        self.stance_words = StanceWords(self.tables.cues.speech | self.tables.cues.belief_verbs,
                                        self.tables.senses.campaign_settings)
        self.event_filter = event_filter
        self.judgements: list[tuple[str, dict[str, float]]] | None = None

    def clause_acceptance(self) -> AcceptanceModel:
        """The second judge (``clause_acceptance.json``)."""
        if self.clause_judge is None:
            self.clause_judge = load_model(CLAUSE_MODEL_RESOURCE)
        return self.clause_judge

    def configure(self, options: _Options) -> None:
        self.event_filter = bool(options.event_filter)

    def __call__(self, doc: Doc) -> Doc:
        EVENTS.set(doc, self.code(doc))
        return doc

    def code(self, doc: Doc) -> list[Event]:
        doc_id = DOC_ID.get(doc) or "doc"
        spans = sentences(doc)
        layout = doc_layout(doc)
        furniture = {n for n, s in enumerate(spans) if layout.is_boilerplate(s.start_char, s.end_char)}
        # neither a headline nor page furniture (links, credits, other articles' headlines) is the story:
        # their mentions are no antecedents for its pronouns and descriptions
        headlines = sorted(furniture | ({0} if spans and is_headline(spans[0]) else set()))
        # a lone line has no story under it: a one-sentence text is all story, never a headline
        titled = len(spans) > 1 and is_headline(spans[0])
        lede = next((n for n in range(len(spans)) if n not in furniture and not (n == 0 and titled)), -1)
        if self.lookup is actor_api_lookup:  # the actor stage's mentions, with pronouns and descriptions resolved
            lookup: ActorLookup = IndexedActors(resolve_references(doc, ACTORS.get(doc) or [],
                                                                   self.tables.grammar.coreference, headlines))
        else:
            lookup = self.lookup
        story = Story(lookup, CountryIndex(doc), Attachments(doc), QuotedSpeakers(QUOTES.get(doc) or ()))
        events: list[Event] = []
        additional: set[str] = set()
        headline: set[str] = set()
        recent: list[tuple[int, Coded]] = []  # the acts coded within coreference reach, for responses to them
        reach = self.tables.grammar.coreference.reach
        told: list[SpacySpan] = []
        for number, sentence in enumerate(spans):
            check_time()  # a sentence boundary: a document out of time stops here
            if number in furniture:
                continue  # page furniture: a link, a credit, other articles' headlines
            found = code_sentence(doc, sentence, self.tables, story)
            if number not in headlines:
                told.append(sentence)  # the story so far, for the documents stances take
            if not found:
                continue
            recent = [(n, c) for n, c in recent if number - n <= reach]
            answered: list[Coded] = []
            for coded in found:
                coded = answer_earlier(coded, [c for _, c in recent] + answered, self.tables.grammar)
                coded = made_earlier(coded, told, lookup, self.tables.grammar, self.tables.cues.document_nouns)
                answered.append(coded)
            found = answered
            recent.extend((number, c) for c in found)
            placement = Placement(number == 0 and titled, number == lede, len(found), sentence_shape(sentence))
            for coded in found:
                quad = self.tables.ontology.info(coded.frame.type).quad
                values = features(coded, quad, placement, self.stance_words) if judged(coded) else None
                confidence = coded.confidence
                if values is not None and self.event_filter:
                    confidence = self.acceptance.probability(values)
                    if confidence < self.acceptance.threshold:
                        continue  # the judge: an event like those the rules get wrong
                    if clause_judged(values) and not self.clause_acceptance().accepts(values):
                        continue  # the clause judge: told as talk, stance or a figure of speech
                event = self._record(f"{doc_id}:e{len(events) + 1}", replace(coded, confidence=confidence),
                                     sentence)
                if values is not None and self.judgements is not None:
                    self.judgements.append((event.id, values))
                events.append(event)
                if announces_another(coded.frame, self.tables.cues.additive_words):
                    additional.add(event.id)
                if number == 0 and is_headline(sentence):
                    headline.add(event.id)
        return link_mentions(events, additional, headline)

    def _record(self, event_id: str, coded: Coded, sentence: SpacySpan) -> Event:
        frame, arguments, attached = coded.frame, coded.arguments, coded.attached
        trigger = frame.trigger
        info = self.tables.ontology.info(frame.type)
        entry = frame.content.entry
        mode = entry.mode if entry.type == frame.type else None
        actor, recipient, when = arguments.actor, arguments.recipient, attached.recorded_date
        dated = DATED_PEOPLE.get(sentence.doc)
        if dated is not None:  # a person's office at the event's own date, where the text gives one
            actor, recipient = dated.as_of_period(actor, when), dated.as_of_period(recipient, when)
        return Event(
            id=event_id,
            type=info.name,
            trigger=Span(trigger.text, trigger.idx, trigger.idx + len(trigger.text)),
            sentence=Span(span_text(sentence), sentence.start_char, sentence.end_char),
            actor=actor,
            recipient=recipient,
            mode=mode,
            context=coded.contexts,
            cameo=frame.cameo,
            score=self.tables.ontology.score(frame.cameo, info.name),
            quad=info.quad,
            negated=frame.negated,
            factuality=frame.status,
            reported=frame.speaker is not None,
            reciprocal=arguments.reciprocal,
            attributed_to=arguments.attributed_to,
            date=attached.recorded_date,
            location=attached.location,
            quantities=attached.quantities,
            confidence=coded.confidence,
        )


@Language.factory(STAGE_NAME, requires=requires(STAGE_NAME), assigns=assigns(STAGE_NAME))
def make_event_coder(nlp: Language, name: str) -> EventCoder:
    return EventCoder()
