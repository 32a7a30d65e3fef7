"""The real-news scorer on hand-made annotations and predictions whose right score is known."""

from __future__ import annotations

from accord.eval.realnews import (
    ArticleAnnotation,
    DateValue,
    Offsets,
    Participant,
    PlaceValue,
    RealEvent,
    RealQuote,
    SourceRef,
)
from accord.eval.realnews_agreement import extraction_from_annotation
from accord.eval.realnews_match import date_right, participant_matches, period, place_right, sides_fit
from accord.eval.realnews_mentions import mention_errors, score_mentions, score_quotes
from accord.eval.realnews_score import corpus_label, score_article
from accord.records import Actor, DateRef, Document, Event, Extraction, Place, Quote, Sentence, Span

TEXT = (
    "Chile accused Peru on Monday of shelling the border town of Tacna. "
    "The two governments later held talks in Lima. "
    "Fighters of the Andean Front attacked a police post near Arica. "
    "Bolivia may impose sanctions on Peru."
)


def at(snippet: str, after: int = 0) -> Offsets:
    start = TEXT.index(snippet, after)
    return Offsets(start, start + len(snippet))


def span(snippet: str) -> Span:
    where = at(snippet)
    return Span(snippet, where.start, where.end)


def sentence_of(snippet: str) -> Span:
    where = at(snippet)
    start = TEXT.rfind(". ", 0, where.start)
    start = 0 if start < 0 else start + 2
    end = TEXT.find(".", where.end) + 1
    return Span(TEXT[start:end], start, end)


def state(country: str, sector: str = "GOV", mention: str | None = None) -> Participant:
    return Participant(span=at(mention) if mention else None, country=country, sector=sector, kind="state")


def actor(text: str, country: str | None, sector: str | None = "GOV", name: str | None = None) -> Actor:
    where = at(text)
    return Actor(text=text, name=name, country=country, sector=sector, start=where.start, end=where.end)


def event(eid: str, type_: str, trigger: str, actors: tuple[Actor, ...] = (), recipients: tuple[Actor, ...] = (),
          **fields: object) -> Event:
    return Event(id=eid, type=type_, trigger=span(trigger), sentence=sentence_of(trigger), actor=actors,
                 recipient=recipients, **fields)  # type: ignore[arg-type]


GOLD_EVENTS = (
    RealEvent("e1", "ACCUSE", at("accused"), at("Chile accused Peru on Monday of shelling"),
              actor=(state("CHL", mention="Chile"),), recipient=(state("PER", mention="Peru"),),
              date=DateValue("2024-03-04")),
    RealEvent("e2", "ASSAULT", at("shelling"), at("Peru on Monday of shelling the border town of Tacna"),
              actor=(state("PER", "MIL"),), required=False),
    RealEvent("e3", "CONSULT", at("held talks"), at("The two governments later held talks in Lima"),
              actor=(state("CHL"), state("PER")), reciprocal=True, place=PlaceValue("Lima", "PER")),
    RealEvent("e4", "ASSAULT", at("attacked"), at("Fighters of the Andean Front attacked a police post near Arica"),
              actor=(Participant(at("Andean Front"), None, "REB", name="Andean Front", kind="group"),),
              recipient=(Participant(at("police post"), "CHL", "COP"),), place=PlaceValue("Arica", "CHL")),
    RealEvent("e5", "SANCTION", at("impose sanctions"), at("Bolivia may impose sanctions on Peru"),
              actor=(state("BOL"),), recipient=(state("PER"),), factuality="hypothetical"),
)


def annotation(events: tuple[RealEvent, ...] = GOLD_EVENTS, quotes: tuple[RealQuote, ...] = (),
               actors: tuple[Participant, ...] = ()) -> ArticleAnnotation:
    return ArticleAnnotation(SourceRef("realnews/guardian_dev.jsonl", "doc", "x", len(TEXT)), "2024-03-05", "dev",
                             True, events, quotes, actors)


def extraction(events: tuple[Event, ...] = (), quotes: tuple[Quote, ...] = (),
               actors: tuple[Actor, ...] = ()) -> Extraction:
    sentences = tuple(Sentence(i, s.text, s.start, s.end) for i, s in enumerate(
        sentence_of(w) for w in ("accused", "held talks", "attacked", "impose")))
    return Extraction(Document("doc", TEXT, published="2024-03-05"), sentences=sentences, events=events,
                      quotes=quotes, actors=actors)


PREDICTED = (
    event("p1", "ACCUSE", "accused", (actor("Chile", "CHL"),), (actor("Peru", "PER"),),
          date=DateRef("Monday", 0, 0, "2024-03-04", "day")),
    event("p2", "CONSULT", "talks", (actor("The two governments", "CHL"),), (actor("Lima", "PER"),),
          location=Place("Lima", 0, 0, name="Lima", country="PER")),
    event("p3", "ASSAULT", "attacked", (actor("Fighters", "CHL", "REB"),), (),
          location=Place("Arica", 0, 0, name="Arica", country="CHL")),
    event("p4", "SANCTION", "impose", (actor("Bolivia", "BOL"),), (actor("Peru on", "PER"),)),  # hypothetical in gold
    event("p5", "ASSAULT", "shelling", (actor("Peru", "PER", "MIL"),)),  # an optional gold event
    event("p6", "PROTEST", "border town", (actor("Chile", "CHL"),)),  # nothing of the kind
    event("p7", "REJECT", "Lima", (actor("Chile", "CHL"),), negated=True),  # not asserted: not counted
)


def test_levels_optional_events_and_attachments() -> None:
    report = score_article(annotation(), extraction(PREDICTED))
    counts = report.counts
    assert (counts.gold_events, counts.gold_counted, counts.predicted_events, counts.predicted_asserted) == (5, 3, 7, 6)
    typed, with_actor, both = (counts.levels[name] for name in ("type", "type+actor", "type+both"))
    assert (typed.matched_gold, typed.gold, typed.predicted) == (3, 3, 4)  # p4, p5 neutral; p6 wrong
    assert (with_actor.matched_gold, with_actor.predicted) == (2, 4)  # the Andean Front is not 'Fighters' of Chile
    assert (both.matched_gold, both.predicted) == (2, 4)
    assert counts.date == (1, 1) and counts.place == (2, 2) and counts.source_missing == (0, 3)
    assert counts.per_type["PROTEST"].predicted == 1 and counts.per_type["PROTEST"].matched_predicted == 0
    assert counts.per_type["ASSAULT"].gold == 1 and counts.per_type["ASSAULT"].matched_gold == 1
    kinds = sorted(row["kind"] for row in report.errors)
    assert kinds == ["spurious", "wrong actor"]
    spurious = next(row for row in report.errors if row["kind"] == "spurious")
    assert "PROTEST" in spurious["predicted"] and spurious["sentence"].startswith("Chile accused")


def test_a_miss_with_another_type_on_its_words_is_a_wrong_type() -> None:
    wrong = event("p1", "AGREE", "accused", (actor("Chile", "CHL"),), (actor("Peru", "PER"),))
    report = score_article(annotation(GOLD_EVENTS[:1]), extraction((wrong,)))
    (row,) = report.errors
    assert row["kind"] == "wrong type" and "ACCUSE" in row["gold"] and "AGREE" in row["predicted"]
    assert report.counts.levels["type"].to_dict()["recall"] == 0.0


def test_a_prediction_matches_by_sentence_holding_the_gold_trigger() -> None:
    other_trigger = event("p1", "ACCUSE", "Chile", (actor("Chile", "CHL"),), (actor("Peru", "PER"),))
    outside = Event("p2", "ACCUSE", span("Bolivia"), sentence_of("Bolivia"), (actor("Chile", "CHL"),))
    assert score_article(annotation(GOLD_EVENTS[:1]), extraction((other_trigger,))).counts.levels["type"].recall == 1
    assert score_article(annotation(GOLD_EVENTS[:1]), extraction((outside,))).counts.levels["type"].recall == 0


def test_matching_is_one_to_one() -> None:
    twice = (event("p1", "ACCUSE", "accused", (actor("Chile", "CHL"),)),
             event("p2", "ACCUSE", "shelling", (actor("Chile", "CHL"),)))
    typed = score_article(annotation(GOLD_EVENTS[:1]), extraction(twice)).counts.levels["type"]
    assert (typed.matched_gold, typed.predicted) == (1, 2)


def test_factuality_field_is_honoured_when_present() -> None:
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class FutureEvent(Event):  # the contract's coming field, on a subclass of today's record
        factuality: str = "future"

    future = FutureEvent(id="p1", type="ACCUSE", trigger=span("accused"), sentence=sentence_of("accused"))
    assert score_article(annotation(GOLD_EVENTS[:1]), extraction((future,))).counts.predicted_asserted == 0


def test_participants() -> None:
    assert participant_matches(state("SYR"), Actor("Damascus", country="SYR", sector="GOV"))
    assert not participant_matches(state("SYR"), Actor("Ankara", country="TUR", sector="GOV"))
    sdf = Participant(None, "SYR", "REB", name="Syrian Democratic Forces", kind="organisation")
    assert participant_matches(sdf, Actor("the Syrian Democratic Forces", country="SYR", sector="REB"))
    assert not participant_matches(sdf, Actor("the Syrian army", country="SYR", sector="MIL"))
    islamic_state = Participant(None, None, "REB", name="Islamic State")
    assert participant_matches(islamic_state, Actor("Islamic State militants", name="Islamic State"))
    assert not participant_matches(islamic_state, Actor("al-Qaeda", name="al-Qaeda"))
    by_span = Participant(Offsets(10, 20), None, "CVL")
    assert participant_matches(by_span, Actor("protesters", start=15, end=25))
    assert not participant_matches(by_span, Actor("protesters", start=20, end=30))


def test_reciprocal_sides_may_be_swapped_or_merged_but_need_two_parties() -> None:
    gold = RealEvent("e", "CONSULT", at("held talks"), at("The two governments later held talks in Lima"),
                     actor=(state("CHL"),), recipient=(state("PER"),), reciprocal=True)
    chile, peru, bolivia = Actor("Chile", country="CHL"), Actor("Peru", country="PER"), Actor("Bolivia", country="BOL")

    def predicted(actors: tuple[Actor, ...], recipients: tuple[Actor, ...]) -> Event:
        return Event("p", "CONSULT", span("talks"), sentence_of("talks"), actors, recipients)

    assert sides_fit(gold, predicted((peru,), (chile,)))
    assert sides_fit(gold, predicted((chile, peru), ()))
    assert not sides_fit(gold, predicted((chile,), (bolivia,)))
    one_sided = RealEvent("e", "CONSULT", gold.trigger, gold.evidence, actor=(state("CHL"), state("PER")),
                          reciprocal=True)
    assert sides_fit(one_sided, predicted((chile,), (peru,)))
    assert not sides_fit(one_sided, predicted((chile,), (bolivia,)))
    no_recipient = RealEvent("e", "CONSULT", gold.trigger, gold.evidence, actor=(state("CHL"),))
    assert sides_fit(no_recipient, predicted((chile,), (bolivia,)))  # a side the gold leaves out is not judged


def test_dates_fall_in_the_gold_period() -> None:
    assert period("2021-W49") == period("2021-12-06", "week")
    assert period("2021-Q4") == period("2021-10-01", "quarter")
    assert period("202") == period("2020-01-01", "decade")
    assert period("soon") is None and period("2021-02-30") is None
    month = DateValue("2021-12-01", "month")
    assert date_right(month, "2021-12-06", "day")
    assert date_right(month, "2021-12", "month")
    assert not date_right(month, "2021", "year")
    assert not date_right(DateValue("2021-12-06"), "2021-12", "month")  # says less than the text
    assert date_right(DateValue("2021-12-06", "week"), "2021-12-12", "day")
    assert not date_right(DateValue("2021-12-06", "week"), "2021-12-13", "day")
    assert not date_right(month, None, None)


def test_places_by_name_either_way_or_within_a_gold_country() -> None:
    assert place_right(PlaceValue("Aleppo", "SYR"), Place("Aleppo city", 0, 6, name="Aleppo", country="SYR"))
    assert place_right(PlaceValue("eastern Ghouta", "SYR"), Place("Ghouta", 0, 6, name="Ghouta", country="SYR"))
    assert place_right(PlaceValue("Syria", "SYR"), Place("Idlib", 0, 5, name="Idlib", country="SYR"))
    assert not place_right(PlaceValue("Aleppo", "SYR"), Place("Idlib", 0, 5, name="Idlib", country="SYR"))
    assert not place_right(PlaceValue("Aleppo", "SYR"), None)


def test_quotes_overlap_speakers_and_kinds() -> None:
    text = 'Talks will go on, the minister said. "We will not give up," Ana Ruiz told reporters. Rain fell.'
    first = text.index("Talks will go on")
    second = text.index("We will not give up")
    gold = (
        RealQuote("q1", (Offsets(first, first + 16),), Participant(None, "CHL", "GOV")),
        RealQuote("q2", (Offsets(second, second + 18),), Participant(None, "CHL", "GOV", name="Ana Ruiz"), direct=True),
        RealQuote("q3", (Offsets(text.index("Rain"), len(text) - 1),), None, required=False),
    )
    predicted = (
        Quote("a", "Talks will go on", first, first + 16, False, speaker=Actor("the minister", country="CHL")),
        Quote("b", "We will not give up,", second, second + 19, True, speaker=Actor("Rosa Ruiz", name="Rosa Ruiz")),
        Quote("c", "Rain fell", text.index("Rain"), len(text) - 1, False),  # an optional gold quote: neutral
        Quote("d", "the minister said", text.index("the minister"), text.index("said") + 4, False),  # wrong
    )
    counts, matching = score_quotes(text, gold, predicted)
    assert matching == {0: 0, 1: 1}
    assert (counts.content.matched_gold, counts.content.gold, counts.content.predicted) == (2, 2, 3)
    assert counts.speaker == (1, 2)  # Rosa Ruiz is not Ana Ruiz
    assert (counts.direct.matched_gold, counts.direct.gold, counts.direct.predicted) == (1, 1, 1)
    assert (counts.indirect.matched_gold, counts.indirect.predicted) == (1, 2)


def test_quotes_naming_no_source_are_judged_only_when_annotated() -> None:
    """docs/annotation.md: an attribution with no source is no quote; PARC's sourceless attributions that
    accord finds neither reward nor punish unless the coder annotated the words."""
    text = "The deal is expected to pass. Opposition to the levy grew, the mayor said. Costs rose."
    passive = text.index("to pass")
    levy = text.index("the levy")
    grew = text.index("Opposition")
    gold = (RealQuote("q1", (Offsets(grew, text.index(", the mayor")),), Participant(None, "CHL", "GOV")),)
    predicted = (
        Quote("a", "to pass", passive, passive + 7, False, cue="is expected"),  # no source, unannotated
        Quote("b", "the levy", levy, levy + 8, False, cue="Opposition to", type="stance"),  # inside q1: too short
        Quote("c", "Opposition to the levy grew", grew, text.index(", the mayor"), False, cue="said",
              speaker=Actor("the mayor")),
        Quote("d", "Costs rose", text.index("Costs"), len(text) - 1, False),  # no cue: a quotation, judged
    )
    counts, matching = score_quotes(text, gold, predicted)
    assert matching == {0: 2}
    assert (counts.content.matched_gold, counts.content.gold, counts.content.predicted) == (1, 1, 2)
    assert counts.indirect.predicted == 2


def test_actor_mentions() -> None:
    gold = (
        Participant(at("Chile"), "CHL", "GOV", name="Chile"),
        Participant(at("Andean Front"), None, "REB", name="Andean Front"),
        Participant(at("police post"), "CHL", "COP"),
        Participant(at("Bolivia"), "BOL", "GOV"),
    )
    records = (
        actor("Chile", "CHL", "GOV", name="Chile"),
        actor("Fighters of the Andean Front", None, "REB", name="Andean Front"),
        actor("police", "CHL", "MIL"),
    )
    counts = score_mentions(gold, records)
    assert counts.country_and_sector == (2, 4)  # Chile, the Front; the police sector and Bolivia are wrong
    assert counts.country == (2, 3) and counts.sector == (2, 4)
    assert counts.named == (2, 2) and counts.unresolved == 1


def test_actor_mention_errors_list_the_wrong_mentions_with_their_record() -> None:
    gold = (
        Participant(at("Chile"), "CHL", "GOV", name="Chile"),
        Participant(at("police post"), "CHL", "COP"),
        Participant(at("Bolivia"), "BOL", "GOV"),
    )
    records = (actor("Chile", "CHL", "GOV", name="Chile"), actor("police", "CHL", "MIL"))
    rows = mention_errors(gold, records, TEXT)
    assert [row["kind"] for row in rows] == ["country and sector", "no record"]
    assert "CHL COP" in rows[0]["gold"] and "CHL MIL" in rows[0]["predicted"] and rows[1]["predicted"] == ""


def test_an_annotation_agrees_with_itself() -> None:
    gold = annotation(quotes=(RealQuote("q1", (at("Chile accused Peru"),), state("CHL")),),
                      actors=(Participant(at("Chile"), "CHL", "GOV"),))
    document = Document("doc", TEXT)
    second, optional = extraction_from_annotation(gold, document)
    assert optional == {"doc:e2"}
    counts = score_article(gold, second, neutral_ids=optional).counts
    assert all(prf.f1 == 1.0 for prf in counts.levels.values())
    assert counts.date == (1, 1) and counts.place == (2, 2)
    assert counts.quotes.content.f1 == 1.0 and counts.mentions.country_and_sector == (1, 1)


def test_corpus_labels() -> None:
    assert corpus_label("realnews/guardian_dev.jsonl") == "guardian"
    assert corpus_label("realnews/aeb_dev.jsonl") == "aeb"
    assert corpus_label("eval/polnear_train/text") == "polnear"
    assert corpus_label("other/feed.jsonl") == "feed"


def test_a_date_or_place_where_the_gold_says_none_is_listed_as_not_said() -> None:
    dated = event("p1", "ASSAULT", "attacked", (actor("Fighters", "CHL", "REB"),), (),
                  date=DateRef("2024-03-05", 0, 0, "2024-03-05", "day", source="published"),
                  location=Place("Arica", 0, 0, name="Arica", country="CHL"))
    report = score_article(annotation(GOLD_EVENTS[3:4]), extraction((dated,)))
    assert report.counts.date_unasked == (1, 1)
    assert [row["kind"] for row in report.errors if "date" in row["kind"]] == ["date not said"]
    placed = event("p2", "ACCUSE", "accused", (actor("Chile", "CHL"),), (actor("Peru", "PER"),),
                   date=DateRef("Monday", 0, 0, "2024-03-04", "day"),
                   location=Place("Tacna", 0, 0, name="Tacna", country="PER"))
    report = score_article(annotation(GOLD_EVENTS[:1]), extraction((placed,)))
    assert report.counts.place_unasked == (1, 1)
    assert [row["kind"] for row in report.errors] == ["place not said"]
