"""Property-based tests (hypothesis): the readers, the normaliser and the date resolver on generated values.

Each property is something that must hold for every input, not for a chosen example: a reader accounts
for every line and never raises, normalising twice changes nothing, a resolved date's first day lies in
the period its value names.
"""

from __future__ import annotations

import io
import json
import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.dates.grammar import Candidate, find_candidates
from accord.dates.resolve import GRANULARITIES, resolve
from accord.ingest.normalise import content_hash, make_document, normalise_date, normalise_text, web_url
from accord.ingest.readers import ReadFailure, ReadOptions, decode_bytes, read_inputs
from accord.records import Document

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Text with the characters that break naive code: controls, zero-width and bidi marks, surrogate-free
# astral characters, mixed scripts, quotes and markup.
AWKWARD = st.lists(
    st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from(["\u200b", "\u200e", "\u202e", "\u2066", "\ufeff", "\r\n", "\t", "&amp;", "&#x;", "<",
                         '"', "\u0627\u0644", "\u4e2d", "\U0001F600", "\x00", "\x1b", "Putin said ", "war "]),
    ),
    max_size=120,
).map("".join)


# --- normaliser -------------------------------------------------------------------------------------------


@FAST
@given(AWKWARD)
def test_normalising_is_idempotent_and_leaves_no_controls(text: str) -> None:
    once = normalise_text(text)
    assert normalise_text(once) == once
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", once)
    assert "\r" not in once and once == once.strip()
    assert content_hash(once) == content_hash(normalise_text(text))


@FAST
@given(st.one_of(st.none(), st.text(max_size=40), st.dates(), st.datetimes(), st.integers()))
def test_a_publication_date_is_an_iso_day_or_none(value: object) -> None:
    result = normalise_date(value)
    assert result is None or date.fromisoformat(result).isoformat() == result


@FAST
@given(st.text(max_size=80))
def test_only_http_urls_survive(value: str) -> None:
    url = web_url(value)
    assert url is None or re.match(r"(?i)https?://[^\s]", url)
    assert web_url("javascript:alert(1)") is None and web_url(" data:text/html,x") is None


@FAST
@given(AWKWARD, st.one_of(st.none(), st.text(max_size=30)))
def test_a_document_keeps_its_hash_and_a_safe_url(text: str, url: str | None) -> None:
    document = make_document(id="d", text=text, url=url)
    assert document.content_hash == content_hash(document.text)
    assert document.url is None or document.url.lower().startswith(("http://", "https://"))


# --- readers ------------------------------------------------------------------------------------------------


@FAST
@given(st.binary(max_size=400))
def test_bytes_decode_or_fail_with_a_reason(data: bytes) -> None:
    try:
        text, notes = decode_bytes(data, "x")
    except Exception as error:  # only the documented input errors may escape
        assert type(error).__name__ in ("EmptyInputError", "BinaryInputError")
        return
    assert isinstance(text, str) and all(isinstance(n, str) for n in notes)


@FAST
@given(st.lists(st.one_of(
    st.builds(lambda t, i: json.dumps({"id": i, "text": t}), AWKWARD, st.text(max_size=8)),
    st.builds(lambda t: json.dumps({"html": t}), AWKWARD),
    st.builds(json.dumps, st.one_of(st.integers(), st.lists(st.integers(), max_size=2), st.none())),
    st.text(max_size=60).filter(lambda s: "\n" not in s and "\r" not in s),
), min_size=1, max_size=8))
def test_every_jsonl_line_is_accounted_for(lines: list[str]) -> None:
    data = "\n".join(lines).encode("utf-8", "surrogatepass")
    items = list(read_inputs(["-"], ReadOptions(), stdin=io.BytesIO(data)))
    assert all(isinstance(i, Document | ReadFailure) for i in items)
    for item in items:
        assert isinstance(item, Document) or item.reason
    whole_input_refused = len(items) == 1 and isinstance(items[0], ReadFailure) and items[0].source == "<stdin>"
    if data.strip() and data.lstrip().startswith(b"{") and not whole_input_refused:
        non_blank = sum(1 for line in "\n".join(lines).split("\n") if line.strip())  # JSON Lines: "\n" only
        assert len(items) == non_blank


@FAST
@given(st.lists(st.lists(st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=20),
                         min_size=0, max_size=4), min_size=1, max_size=6))
def test_csv_rows_of_any_shape_are_read_or_failed(rows: list[list[str]]) -> None:
    import csv
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feed.csv"
        with path.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["id", "text"])
            writer.writerows(rows)
        items = list(read_inputs([str(path)]))
    for item in items:
        assert isinstance(item, Document) or item.reason
        if isinstance(item, Document) and any(note.startswith("row has") for note in item.notes):
            assert "header 2" in " ".join(item.notes)


# --- date resolver ------------------------------------------------------------------------------------------

PHRASES = st.sampled_from([
    "last week", "next week", "this month", "last year", "next quarter", "the third quarter of 2019", "Q2 2020",
    "the 1990s", "the 1880s", "this decade", "last century", "the 20th century", "the nineteenth century",
    "last summer", "next winter", "this spring", "the autumn of 2018", "winter 2020", "two weeks ago",
    "on Monday", "last Friday", "December 6, 2021", "6 December", "in March", "since 2019", "by the end of 2025",
    "yesterday", "31/02/2021", "12/31/2020", "2021-02-29", "Feb 29",
])


@FAST
@given(PHRASES, st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.booleans())
def test_a_resolved_date_starts_on_a_real_day_inside_its_period(phrase: str, anchor: date, future: bool) -> None:
    for candidate in find_candidates(f"It happened {phrase}."):
        resolved = resolve(candidate, anchor, future)
        if resolved is None:
            continue
        assert resolved.granularity in GRANULARITIES
        first = resolved.first_day
        assert first.year >= 1
        assert _period_holds(resolved.value, resolved.granularity, first), (phrase, resolved)


def _period_holds(value: str, granularity: str, first: date) -> bool:
    """The value names the period that starts on ``first`` (and never a string such as 2019-W08-01)."""
    if granularity == "day":
        return date.fromisoformat(value) == first
    if granularity == "week":
        year, week = re.fullmatch(r"(\d{4})-W(\d{2})", value).groups()  # type: ignore[union-attr]
        return date.fromisocalendar(int(year), int(week), 1) == first
    if granularity == "month":
        return value == first.isoformat()[:7] and first.day == 1
    if granularity == "quarter":
        year, quarter = re.fullmatch(r"(\d{4})-Q([1-4])", value).groups()  # type: ignore[union-attr]
        return first == date(int(year), 3 * int(quarter) - 2, 1)
    if granularity == "season":
        year, code = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value).groups()  # type: ignore[union-attr]
        return first == date(int(year), {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code], 1)
    if granularity == "year":
        return first == date(int(value), 1, 1)
    if granularity == "decade":
        return re.fullmatch(r"\d{3}", value) is not None and first == date(int(value) * 10, 1, 1)
    return re.fullmatch(r"\d{2}", value) is not None and first == date(max(1, int(value) * 100), 1, 1)


@FAST
@given(st.text(alphabet=st.sampled_from(list("0123456789/-. QWthesmdyearlastnxcuoJFMASOND,")), max_size=40),
       st.one_of(st.none(), st.dates()))
def test_the_resolver_never_raises(text: str, anchor: date | None) -> None:
    for candidate in find_candidates(text):
        resolved = resolve(candidate, anchor)
        assert resolved is None or resolved.first_day.year >= 1


def test_the_1990s_is_a_decade_starting_in_1990() -> None:
    (candidate,) = [c for c in find_candidates("in the 1990s") if c.kind == "decade"]
    resolved = resolve(candidate, date(2021, 1, 1))
    assert resolved is not None and (resolved.value, resolved.granularity) == ("199", "decade")
    assert resolved.first_day == date(1990, 1, 1)


def test_weeks_and_quarters_start_on_real_days() -> None:
    week = resolve(Candidate("relative", 0, 9, {"mod": "last", "unit": "week"}), date(2019, 2, 27))
    assert week is not None and week.value == "2019-W08" and week.first_day == date(2019, 2, 18)
    quarter = resolve(Candidate("quarter", 0, 17, {"ord": "third"}), date(2019, 11, 2))
    assert quarter is not None and quarter.value == "2019-Q3" and quarter.first_day == date(2019, 7, 1)
