"""Drafts: a quote's cue is never a word of what was said, and ``within`` (a longer snippet that occurs once)
says which of several identical nearby words an annotator means — the cases where nearness and a counted
``occurrence`` both invite mistakes."""

from __future__ import annotations

from typing import Any

from accord.eval.realnews import Offsets
from accord.eval.realnews_draft import annotation_from_draft

ARTICLE = (
    "Mayor Lee said on Monday: \u201cThe council said no, and we said yes.\u201d "
    "Lee said the vote would come soon. Lee said more later, and Lee said it twice."
)


def _draft(**changes: Any) -> dict[str, Any]:
    draft: dict[str, Any] = {
        "corpus": "realnews/mini.jsonl", "id": "w1", "published": "2024-03-06", "split": "dev", "annotator": "t",
        "events": [{"type": "REJECT", "evidence": "The council said no", "trigger": "said no",
                    "actor": [{"text": "The council", "country": None, "sector": "GOV"}]}],
        "quotes": [{"content": "The council said no, and we said yes.", "cue": "said", "direct": True,
                    "speaker": {"text": "Mayor Lee", "country": None, "sector": "GOV"}}],
        "actors": [],
    }
    draft.update(changes)
    return draft


def _text(offsets: Offsets | None) -> str:
    assert offsets is not None
    return ARTICLE[offsets.start:offsets.end]


def test_the_cue_is_looked_for_outside_the_quoted_words() -> None:
    annotation, problems = annotation_from_draft(_draft(), ARTICLE, "test")
    assert problems == []
    cue, content = annotation.quotes[0].cue, annotation.quotes[0].content[0]
    assert cue is not None and not content.start <= cue.start < content.end  # not "the council said"
    assert cue.start == ARTICLE.index("said the vote")  # the nearest outside; "within" can name another


def test_within_picks_the_speaker_mention_inside_it() -> None:
    quote = {"content": "the vote would come soon", "cue": "said",
             "speaker": {"text": "Lee", "within": "Lee said more later", "country": None, "sector": "GOV"}}
    annotation, problems = annotation_from_draft(_draft(quotes=[quote]), ARTICLE, "test")
    assert problems == []
    speaker = annotation.quotes[0].speaker
    assert speaker is not None and speaker.span is not None
    assert speaker.span.start == ARTICLE.index("Lee said more later")


def test_a_trigger_or_cue_may_be_given_with_its_context() -> None:
    event = {"type": "REJECT", "evidence": "The council said no, and we said yes",
             "trigger": {"text": "said", "within": "we said yes"},
             "actor": [{"text": "we", "within": "we said yes", "country": None, "sector": "GOV"}]}
    quote = {"content": "it twice", "cue": {"text": "said", "within": "and Lee said it"},
             "speaker": {"text": "Lee", "within": "and Lee said it", "country": None, "sector": "GOV"}}
    annotation, problems = annotation_from_draft(_draft(events=[event], quotes=[quote]), ARTICLE, "test")
    assert problems == []
    assert annotation.events[0].trigger.start == ARTICLE.index("said yes")
    assert annotation.quotes[0].cue is not None
    assert annotation.quotes[0].cue.start == ARTICLE.index("said it twice")


def test_a_within_that_is_ambiguous_or_misses_the_snippet_is_a_problem() -> None:
    ambiguous = {"type": "REJECT", "evidence": "The council said no", "trigger": {"text": "said", "within": "Lee said"}}
    missed = {"type": "REJECT", "evidence": "The council said no", "trigger": "said no",
              "actor": [{"text": "council", "within": "Mayor Lee", "country": None, "sector": "GOV"}]}
    _, problems = annotation_from_draft(_draft(events=[ambiguous, missed]), ARTICLE, "test")
    assert any("within: found 4 times" in p for p in problems)
    assert any("'council' is not inside its 'within'" in p for p in problems)


def test_a_within_that_is_no_snippet_is_a_problem_not_a_crash() -> None:
    quote = {"content": "the vote would come soon", "cue": "said",
             "speaker": {"text": "Lee", "within": 3, "country": None, "sector": "GOV"}}
    _, problems = annotation_from_draft(_draft(quotes=[quote]), ARTICLE, "test")
    assert any("'within' must be a snippet" in p for p in problems)


def test_a_cue_found_only_inside_the_quoted_words_is_a_problem() -> None:
    quote = {"content": "The council said no, and we said yes.", "cue": "we said", "direct": True}
    _, problems = annotation_from_draft(_draft(quotes=[quote]), ARTICLE, "test")
    assert any("'we said' not found outside the quoted words" in p for p in problems)
