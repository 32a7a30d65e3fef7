"""The analyst's views in the real browser (Debian chromium + Playwright): the timeline counts what SQL over
the store counts (asserted events by default, all on demand), on a time axis with every bucket of the period;
a bar click narrows the table; actors in any letter case or by country name agree and an unknown one is said;
the network follows the filters; the URL holds the view; the sentence panel clears; 420 px fits.

The store is the hand-coded one with a few events re-told (negated, hypothetical, future) behind the
writer's back, so the factuality toggle has something to show.
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest

from accord.actors.kb import country_rows
from accord.pipeline import Pipeline
from test_api_support import ARTIFACTS, BuiltStore, Server, build_coded_store, busiest_dyad, serving
from test_dashboard import CHROMIUM, CHROMIUM_ARGS

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def told(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> tuple[BuiltStore, Path]:
    coded = build_coded_store(tmp_path_factory.mktemp("views") / "coded.duckdb", pipeline)
    path = coded.path.with_name("told.duckdb")
    shutil.copy(coded.path, path)
    con = duckdb.connect(str(path))
    ids = [r[0] for r in con.execute("SELECT event_id FROM events ORDER BY doc_id, event_id").fetchall()]
    for told_as, every in (("negated", 3), ("hypothetical", 5), ("future", 7)):
        chosen = ids[1::every]
        con.execute("UPDATE events SET factuality = ? WHERE list_contains(?, event_id)", [told_as, chosen])
    con.close()
    # The server holds its store's lock: SQL in the tests reads an identical copy.
    shutil.copy(path, path.with_name("told-sql.duckdb"))
    return coded, path.with_name("told-sql.duckdb")


@pytest.fixture(scope="module")
def server(told: tuple[BuiltStore, Path]) -> Iterator[Server]:
    with serving(told[1].with_name("told.duckdb")) as running:
        yield running


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (/usr/bin/chromium); apt-get install chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def open_page(browser: Any, server: Server, fragment: str = "", width: int = 1400) -> Any:
    context = browser.new_context(viewport={"width": width, "height": 1600})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{server.url}/{fragment}")
    page.wait_for_selector("body[data-state=ready]", timeout=30_000)
    settled(page)
    page.errors = errors
    return page


def settled(page: Any) -> None:
    for selector in ("#timeline", "#network", "#map", "#events-table"):
        page.wait_for_selector(f"{selector}:not([data-state=loading])", timeout=30_000)


def show(page: Any, **values: str) -> None:
    for name, value in values.items():
        if name in ("bucket", "factuality", "count"):
            page.select_option(f"#{name}", value)
        else:
            page.fill(f"#{'actor-' + name if name in ('a', 'b') else name}", value)
    page.click("#show")
    page.wait_for_timeout(50)
    settled(page)


def close(page: Any) -> None:
    assert not page.errors, page.errors
    page.context.close()


def drawn(page: Any) -> dict[str, int]:
    """The timeline's buckets as the chart drew them: start day -> events."""
    text = page.get_attribute("#timeline", "data-buckets") or ""
    return {item.split(":")[0]: int(item.split(":")[1]) for item in text.split()}


def sql_buckets(path: Path, since: str, until: str, actor: str | None = None,
                everything: bool = False, mentions: bool = False) -> Counter[str]:
    """Events per month by SQL over the store: each happening once (its mentions linked by the event clusters
    or the coder's in-document link, on its earliest day), or every mention."""
    where = ["e.event_day BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)"]
    params: list[Any] = [since, until]
    if not everything:
        where.append("e.factuality = 'asserted'")
    if actor:
        where.append("list_contains(e.actor_countries, ?)")
        params.append(actor)
    key = "e.doc_id || ':' || e.event_id" if mentions else (
        "coalesce(c.cluster_id, e.doc_id || '/' || coalesce(e.cluster, e.event_id))")
    con = duckdb.connect(str(path), read_only=True)
    rows = con.execute(
        f"SELECT CAST(date_trunc('month', min(e.event_day)) AS DATE) FROM events e"
        " JOIN documents d ON d.doc_id = e.doc_id AND d.version = e.version AND d.is_current"
        " LEFT JOIN event_cluster_members c"
        "  ON c.doc_id = e.doc_id AND c.version = e.version AND c.event_id = e.event_id"
        f" WHERE {' AND '.join(where)} GROUP BY {key}", params).fetchall()
    con.close()
    return Counter(day.isoformat() for (day,) in rows)


def months(since: str, until: str) -> list[str]:
    first, last = date.fromisoformat(since).replace(day=1), date.fromisoformat(until)
    out = []
    while first <= last:
        out.append(first.isoformat())
        first = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return out


def test_timeline_counts_asserted_events_then_all_against_sql(browser: Any, server: Server,
                                                              told: tuple[BuiltStore, Path]) -> None:
    page = open_page(browser, server)
    since, until = page.input_value("#since"), page.input_value("#until")
    assert page.get_attribute("#timeline", "data-axis") == "time"
    shown = drawn(page)
    assert list(shown) == months(since, until)  # every month of the period, quiet ones at zero
    want = sql_buckets(told[1], since, until)
    assert shown == {m: want.get(m, 0) for m in months(since, until)}
    everything = sql_buckets(told[1], since, until, everything=True)
    assert sum(everything.values()) > sum(want.values())  # the re-told events are left out by default
    assert "asserted" in page.inner_text("#timeline-note")
    show(page, factuality="all")
    assert drawn(page) == {m: everything.get(m, 0) for m in months(since, until)}
    show(page, count="mentions")
    mentions = sql_buckets(told[1], since, until, everything=True, mentions=True)
    assert drawn(page) == {m: mentions.get(m, 0) for m in months(since, until)}
    assert "Every mention counts" in page.inner_text("#timeline-note")
    show(page, count="happenings")
    assert "factuality=all" in page.url
    rows = page.eval_on_selector_all("#events-table tbody tr td:nth-child(3)", "tds => tds.map(t => t.textContent)")
    assert any("(negated)" in r or "(hypothetical)" in r or "(future)" in r for r in rows)
    a = busiest_dyad(told[0])[0]
    show(page, a=a, factuality="asserted")
    assert drawn(page) == {m: sql_buckets(told[1], since, until, actor=a).get(m, 0) for m in months(since, until)}
    page.screenshot(path=str(ARTIFACTS / "dashboard-views-timeline.png"), full_page=True)
    close(page)


def test_quarter_and_year_buckets(browser: Any, server: Server) -> None:
    page = open_page(browser, server, "#bucket=quarter")
    assert page.input_value("#bucket") == "quarter"
    starts = list(drawn(page))
    assert starts and all(s[5:] in ("01-01", "04-01", "07-01", "10-01") for s in starts)
    total = sum(drawn(page).values())
    show(page, bucket="year")
    assert all(s[5:] == "01-01" for s in drawn(page)) and sum(drawn(page).values()) == total
    close(page)


def test_clicking_a_bar_narrows_the_table_to_its_bucket(browser: Any, server: Server,
                                                        told: tuple[BuiltStore, Path]) -> None:
    page = open_page(browser, server, "#factuality=all&count=mentions")
    bars = page.locator("#timeline svg path[fill='#7cc48f'], #timeline svg path[fill='#1a7f4b'],"
                        " #timeline svg path[fill='#f4a259'], #timeline svg path[fill='#c8283c']")
    assert bars.count() > 0
    before = int(page.get_attribute("#events-table", "data-count"))
    page.locator("#detail")  # nothing selected yet
    page.locator("#events-table tbody tr").first.click()
    page.wait_for_selector("#detail[data-state=ready]")
    bars.first.click(force=True)
    page.wait_for_selector("#bucket-filter:not([hidden])")
    settled(page)
    assert page.get_attribute("#detail", "data-state") == "empty"  # the selection changed: the panel cleared
    pick = page.url.split("pick=")[1].split("&")[0]
    start, end = pick.split("..")
    days = page.eval_on_selector_all("#events-table tbody tr td:first-child", "tds => tds.map(t => t.textContent)")
    assert days and all(start <= d <= end for d in days)
    con = duckdb.connect(str(told[1]), read_only=True)
    want = con.execute("SELECT count(*) FROM events WHERE event_day BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)",
                       [start, end]).fetchone()
    con.close()
    assert want is not None and len(days) == min(50, want[0]) and len(days) <= before
    assert drawn(page)[start] == want[0]
    page.go_back()
    page.wait_for_selector("#bucket-filter[hidden]", state="attached")
    settled(page)
    assert int(page.get_attribute("#events-table", "data-count")) == before
    close(page)


def test_codes_in_any_case_and_country_names_agree_and_an_unknown_actor_is_said(
    browser: Any, server: Server, told: tuple[BuiltStore, Path]
) -> None:
    a = busiest_dyad(told[0])[0]
    name = next(r.name for r in country_rows() if r.iso3 == a)
    page = open_page(browser, server)
    seen = []
    for value in (a, a.lower(), name):
        show(page, a=value)
        seen.append((drawn(page), page.get_attribute("#events-table", "data-count"),
                     page.get_attribute("#network", "data-count")))
        assert page.is_hidden("#error")
    assert seen[0] == seen[1] == seen[2] and sum(seen[0][0].values()) > 0
    page.wait_for_selector("#quotes[data-state=ready]")
    assert page.input_value("#quote-speaker") == name  # the quotes panel follows the chosen actor
    said = httpx.get(f"{server.url}/quotes", params={"speaker": a, "limit": 50}).json()["quotes"]
    assert page.get_attribute("#quotes", "data-count") == str(len(said))
    show(page, a="Zzyzx Qwerty")
    assert page.is_visible("#error") and "no actor matches 'Zzyzx Qwerty'" in page.inner_text("#error")
    for selector in ("#timeline", "#network", "#map", "#events-table"):
        assert page.get_attribute(selector, "data-state") == "error", selector
    assert page.locator("#events-table tbody tr").count() == 0
    close(page)


def test_the_network_follows_the_filters(browser: Any, server: Server, told: tuple[BuiltStore, Path]) -> None:
    a, b = busiest_dyad(told[0])
    page = open_page(browser, server)
    period = {"since": page.input_value("#since"), "until": page.input_value("#until")}
    for fragment, params in (({}, {}), ({"a": a}, {"actor": a}), ({"a": a, "b": b}, {"dyad": f"{a},{b}"})):
        if fragment:
            show(page, **fragment)
        edges = httpx.get(f"{server.url}/network", params={**period, **params}).json()["edges"]
        assert page.get_attribute("#network", "data-count") == str(len(edges)), fragment
    assert len(httpx.get(f"{server.url}/network", params={**period, "actor": a}).json()["edges"]) < len(
        httpx.get(f"{server.url}/network", params=period).json()["edges"])
    page.check("#generic")
    page.click("#show")
    page.wait_for_function("() => location.hash.includes('generic=true')")
    settled(page)
    edges = httpx.get(f"{server.url}/network", params={**period, "dyad": f"{a},{b}", "generic": "true"}).json()
    assert page.get_attribute("#network", "data-count") == str(len(edges["edges"]))
    page.uncheck("#generic")
    page.check("#state_only")
    page.click("#show")
    page.wait_for_function("() => location.hash.includes('state_only=true')")
    settled(page)
    edges = httpx.get(f"{server.url}/network", params={**period, "dyad": f"{a},{b}", "state_only": "true"}).json()
    assert page.get_attribute("#network", "data-count") == str(len(edges["edges"]))
    close(page)


def test_the_url_holds_the_view(browser: Any, server: Server, told: tuple[BuiltStore, Path]) -> None:
    a, b = busiest_dyad(told[0])
    page = open_page(browser, server)
    show(page, a=a, b=b, bucket="quarter", factuality="all")
    first = (page.url, drawn(page), page.get_attribute("#events-table", "data-count"))
    show(page, a=b, b="", bucket="month", factuality="asserted")
    assert page.url != first[0]
    page.go_back()
    page.wait_for_function("url => location.href === url", arg=first[0])
    settled(page)
    assert (page.input_value("#actor-a"), page.input_value("#actor-b"), page.input_value("#bucket"),
            page.input_value("#factuality")) == (a, b, "quarter", "all")
    assert drawn(page) == first[1]
    page.reload()
    page.wait_for_selector("body[data-state=ready]")
    settled(page)
    assert (page.url, drawn(page), page.get_attribute("#events-table", "data-count")) == first
    shared = open_page(browser, server, "#" + first[0].split("#", 1)[1])
    assert (drawn(shared), shared.get_attribute("#events-table", "data-count")) == first[1:]
    assert shared.input_value("#actor-a") == a
    close(shared)
    close(page)


def test_the_sentence_panel_clears_when_the_selection_changes(browser: Any, server: Server,
                                                             told: tuple[BuiltStore, Path]) -> None:
    a, b = busiest_dyad(told[0])
    page = open_page(browser, server)
    page.locator("#events-table tbody tr").first.click()
    page.wait_for_selector("#detail[data-state=ready] .sentence")
    show(page, a=a, b=b)
    assert page.get_attribute("#detail", "data-state") == "empty"
    assert page.locator("#detail .sentence").count() == 0
    close(page)


@pytest.mark.parametrize("fragment", ["", "#a={a}&b={b}&bucket=week&factuality=all"])
def test_nothing_overflows_at_420_px(browser: Any, server: Server, told: tuple[BuiltStore, Path],
                                     fragment: str) -> None:
    a, b = busiest_dyad(told[0])
    page = open_page(browser, server, fragment.format(a=a, b=b), width=420)
    page.locator("#events-table tbody tr").first.click()
    page.wait_for_selector("#detail[data-state=ready]")
    page.wait_for_timeout(300)  # charts follow their element's size once per frame
    assert page.evaluate("document.documentElement.scrollWidth") <= 420
    over = page.evaluate(
        "() => [...document.querySelectorAll('body *')]"
        ".filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > innerWidth + 0.5"
        " || r.left < -0.5); })"
        ".map(e => `${e.tagName} in #${(e.closest('[id]') || {}).id}: ${(e.textContent || '').slice(0, 30)}`)")
    assert over == []
    page.screenshot(path=str(ARTIFACTS / f"dashboard-views-420{'-dyad' if fragment else ''}.png"), full_page=True)
    close(page)


def test_the_sentence_opens_in_its_whole_article(browser: Any, server: Server, told: tuple[BuiltStore, Path]) -> None:
    page = open_page(browser, server)
    row = page.locator("#events-table tbody tr").nth(1)
    event_id = row.get_attribute("data-event-id")
    row.click()
    page.wait_for_selector(f"#detail[data-state=ready][data-event-id='{event_id}']")
    page.click("#open-document")
    page.wait_for_selector("#detail .document[data-state=ready]")
    event = next(e for x in told[0].extractions for e in x.events if e.id == event_id)
    document = next(x.document for x in told[0].extractions if any(e.id == event_id for e in x.events))
    assert page.inner_text("#detail .document mark.hl-sentence") == event.sentence.text.strip()
    shown = page.eval_on_selector_all("#detail .document p", "ps => ps.map(p => p.textContent).join(' ')")
    assert " ".join(document.text.split()) == " ".join(shown.split())
    show(page, bucket="quarter")  # a new selection: the panel and its article clear
    assert page.locator("#detail .document").count() == 0
    close(page)
