"""The dashboard: its built files are served at /, and in headless Chromium it shows a dyad's timeline,
network, map and events, and opens an event's sentence with actor, trigger and recipient highlighted.

Browser tests use Debian's chromium (/usr/bin/chromium) through Playwright and skip when it is absent.
They run over the hand-coded store, whose events all carry locations and whose quotes have speakers.
Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from accord.pipeline import Pipeline
from test_api_support import (
    ARTIFACTS,
    ROOT,
    BuiltStore,
    Server,
    build_coded_store,
    build_ingested_store,
    busiest_dyad,
    serving,
)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
STATIC = ROOT / "src" / "accord" / "api" / "static"


@pytest.fixture(scope="module")
def coded(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> BuiltStore:
    return build_coded_store(tmp_path_factory.mktemp("dashboard") / "coded.duckdb", pipeline)


@pytest.fixture(scope="module")
def server(coded: BuiltStore) -> Iterator[Server]:
    with serving(coded.path) as running:
        yield running


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> BuiltStore:
    built = build_ingested_store(tmp_path_factory.mktemp("dashboard") / "ingested.duckdb", pipeline)
    if not built.events:
        pytest.skip("the pipeline codes no events yet")
    return built


# --- served files (no browser needed) -----------------------------------------------------------------


def test_built_dashboard_is_served_at_root(server: Server) -> None:
    page = httpx.get(f"{server.url}/")
    assert page.status_code == 200
    assets = re.findall(r'(?:src|href)="(/assets/[^"]+)"', page.text)
    assert any(a.endswith(".js") for a in assets) and any(a.endswith(".css") for a in assets)
    for asset in assets:
        assert httpx.get(f"{server.url}{asset}").status_code == 200, asset


def test_built_page_matches_the_frontend_source() -> None:
    """The committed build has every element the source page has (rebuild with `npm run build`)."""
    ids = set(re.findall(r'id="([^"]+)"', (ROOT / "frontend" / "index.html").read_text(encoding="utf-8")))
    built = set(re.findall(r'id="([^"]+)"', (STATIC / "index.html").read_text(encoding="utf-8")))
    assert ids and ids == built


# --- in the browser ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (/usr/bin/chromium); apt-get install chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright Python package is not installed")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, server: Server) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 1700})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(f"{error}\n{getattr(error, 'stack', '')}"))
    # The server's Content-Security-Policy forbids inline script: anything it blocks is an error here.
    opened.on("console", lambda message: errors.append(message.text)
              if message.type == "error" and "Content Security Policy" in message.text else None)
    opened.goto(f"{server.url}/")
    opened.wait_for_selector("body[data-state=ready]", timeout=30_000)
    yield opened
    assert not errors, errors
    context.close()


def _shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"dashboard-{name}.png"), full_page=True)


def _pick(page: Any, a: str, b: str) -> None:
    page.fill("#actor-a", a)
    page.fill("#actor-b", b)
    page.click("#show")
    for selector in ("#timeline", "#network", "#map", "#events-table"):
        page.wait_for_selector(f"{selector}[data-state=ready]", timeout=30_000)


@pytest.mark.browser
def test_page_loads_with_the_store_overview(page: Any, server: Server) -> None:
    stats = httpx.get(f"{server.url}/stats").json()
    assert f"{stats['events']} events" in page.inner_text("#stats")
    options = page.eval_on_selector_all("#actor-options option", "els => els.map(e => e.value)")
    assert {"IND", "RUS"} <= set(options)
    assert int(page.get_attribute("#events-table", "data-count")) == min(50, stats["events"])
    _shot(page, "overview")


@pytest.mark.browser
def test_picking_a_dyad_fills_chart_network_map_and_table(page: Any, server: Server, coded: BuiltStore) -> None:
    a, b = busiest_dyad(coded)
    _pick(page, a, b)
    timeline = httpx.get(f"{server.url}/dyads/{a}/{b}/timeline",
                         params={"since": page.input_value("#since"), "until": page.input_value("#until")}).json()
    assert timeline["buckets"]
    assert page.get_attribute("#timeline", "data-count") == str(len(timeline["buckets"]))
    assert page.locator("#timeline svg path").count() > len(timeline["buckets"])  # bars and the score line
    assert a in page.inner_text("#timeline-title") and b in page.inner_text("#timeline-title")

    events = httpx.get(f"{server.url}/events", params={"dyad": f"{a},{b}", "limit": 1000}).json()["events"]
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == len(events)
    assert page.eval_on_selector_all("#events-table tbody tr", "rows => rows.map(r => r.dataset.eventId)") == [
        e["id"] for e in events
    ]

    assert int(page.get_attribute("#map", "data-count")) == len(
        {(e["location"]["name"], e["location"]["lat"]) for e in events if e["location"]}
    )
    assert page.locator("#map svg path").count() > 150  # the bundled country shapes were drawn
    assert int(page.get_attribute("#network", "data-count")) > 0
    assert a in page.inner_text("#network") or page.locator("#network svg text", has_text=a).count() > 0
    _shot(page, f"dyad-{a}-{b}")


@pytest.mark.browser
def test_clicking_an_event_highlights_its_sentence(page: Any, coded: BuiltStore) -> None:
    a, b = busiest_dyad(coded)
    _pick(page, a, b)
    row = page.locator("#events-table tbody tr").nth(1)
    event_id = row.get_attribute("data-event-id")
    row.click()
    page.wait_for_selector(f"#detail[data-state=ready][data-event-id='{event_id}']")
    event = next(e for e in coded.events if e.id == event_id)
    assert page.text_content("#detail .sentence") == event.sentence.text
    assert page.inner_text("#detail mark.hl-trigger") == event.trigger.text
    shown_actors = page.eval_on_selector_all("#detail .sentence mark.hl-actor", "els => els.map(e => e.textContent)")
    shown_recipients = page.eval_on_selector_all("#detail .sentence mark.hl-recipient",
                                                 "els => els.map(e => e.textContent)")
    assert shown_actors == [x.text for x in event.actor if x.start is not None]
    assert shown_recipients == [x.text for x in event.recipient if x.start is not None]
    assert shown_actors and shown_recipients
    _shot(page, "sentence")


@pytest.mark.browser
def test_quote_search(page: Any, coded: BuiltStore) -> None:
    quotes = [q for x in coded.extractions for q in x.quotes]
    page.wait_for_selector("#quotes[data-state=ready]")
    assert page.get_attribute("#quotes", "data-count") == str(len(quotes))
    speaker = next(q.speaker for q in quotes if q.speaker and q.speaker.name)
    assert speaker is not None and speaker.name is not None
    surname = speaker.name.split()[-1]
    page.fill("#quote-speaker", surname)
    page.click("#quote-go")
    page.wait_for_function(
        "n => document.querySelector('#quotes').dataset.count === n",
        arg=str(sum(1 for q in quotes if q.speaker and (surname.lower() in (q.speaker.name or "").lower()
                                                        or surname.lower() in q.speaker.text.lower()))),
    )
    items = page.locator("#quotes li")
    assert items.count() >= 1
    assert surname in items.first.inner_text()
    _shot(page, "quotes")


@pytest.mark.browser
def test_dashboard_over_pipeline_coded_events(browser: Any, ingested: BuiltStore) -> None:
    """The same journey over events the real pipeline coded from the fixture articles."""
    a, b = busiest_dyad(ingested)
    with serving(ingested.path) as server:
        context = browser.new_context(viewport={"width": 1400, "height": 1700})
        page = context.new_page()
        page.goto(f"{server.url}/#a={a}&b={b}")
        page.wait_for_selector("body[data-state=ready]", timeout=30_000)
        for selector in ("#timeline", "#network", "#map", "#events-table"):
            page.wait_for_selector(f"{selector}[data-state=ready]", timeout=30_000)
        events = httpx.get(f"{server.url}/events", params={"dyad": f"{a},{b}", "limit": 1000}).json()["events"]
        places = httpx.get(f"{server.url}/locations", params={"dyad": f"{a},{b}"}).json()["locations"]
        assert events
        assert page.locator("#events-table tbody tr").count() == len(events)
        assert page.get_attribute("#map", "data-count") == str(len(places))
        assert int(page.get_attribute("#timeline", "data-count")) >= 1
        page.locator("#events-table tbody tr").first.click()
        page.wait_for_selector(f"#detail[data-state=ready][data-event-id='{events[0]['id']}']")
        event = next(e for e in ingested.events if e.id == events[0]["id"])
        assert page.inner_text("#detail mark.hl-trigger") == event.trigger.text
        _shot(page, "pipeline-coded")
        context.close()


# --- hostile data ---------------------------------------------------------------------------------------

PAYLOAD = '<img src=x onerror="window.__xss = (window.__xss || 0) + 1">'


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory, coded: BuiltStore) -> Path:
    """The coded store, then altered behind the writer's back (as an older accord or another tool might
    have left it): actor names that are markup, and document URLs that are script."""
    import shutil

    import duckdb

    path = tmp_path_factory.mktemp("hostile") / "hostile.duckdb"
    shutil.copy(coded.path, path)
    con = duckdb.connect(str(path))
    con.execute("UPDATE event_participants SET name = ? || name, country = NULL", [PAYLOAD])
    con.execute("UPDATE documents SET url = 'javascript:window.__xss=100', title = ?", [PAYLOAD])
    con.close()
    return path


@pytest.mark.browser
def test_hostile_names_and_urls_stay_text(browser: Any, hostile: Path) -> None:
    with serving(hostile) as server:
        context = browser.new_context(viewport={"width": 1400, "height": 1700})
        page = context.new_page()
        page.goto(f"{server.url}/")
        page.wait_for_selector("body[data-state=ready]", timeout=30_000)
        page.wait_for_selector("#network[data-state=ready]", timeout=30_000)
        nodes = page.locator("#network svg path")
        shown = ""
        for i in range(min(nodes.count(), 40)):  # hover nodes until one shows its tooltip
            nodes.nth(i).hover(force=True)
            page.wait_for_timeout(150)
            shown = page.evaluate("() => [...document.querySelectorAll('#network div')]"
                                  ".map(d => d.textContent).join(' ')")
            if "<img" in shown:
                break
        assert "<img" in shown  # the name is shown as the characters it is made of
        assert page.locator("#network img").count() == 0
        page.locator("#events-table tbody tr").first.click()
        page.wait_for_selector("#detail[data-state=ready]")
        assert page.locator("#detail a").count() == 0  # a javascript: URL is no link
        assert "<img" in page.inner_text("#detail .doc-title")
        assert page.locator("#detail img").count() == 0
        assert page.evaluate("() => window.__xss") is None
        _shot(page, "hostile")
        context.close()
