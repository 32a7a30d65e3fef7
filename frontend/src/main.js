// The dashboard: one form drives the timeline, the network, the map and the event table. The view's state
// (the form and the bucket picked on the timeline) lives in the URL's hash: reload, Back and a shared link
// reproduce it.
import "./style.css";
import { getJson, segment } from "./api.js";
import { clearChart, drawMap, drawNetwork, drawTimeline } from "./charts.js";
import { fillTable, showDetail } from "./events.js";
import { searchQuotes } from "./quotes.js";

const $ = (selector) => document.querySelector(selector);
const form = $("#controls");
const FIELDS = ["a", "b", "since", "until", "bucket", "factuality", "count", "generic", "state_only"];
const CHARTS = ["#timeline", "#network", "#map"];
let nextCursor = null;
let tableFilters = {};
let picked = null; // the timeline bucket the table is narrowed to: { start, end }
let defaults = {};

function showError(error) {
  const box = $("#error");
  box.textContent = error ? `Error: ${error.message}` : "";
  box.hidden = !error;
}

// Form fields as strings; a checkbox is "true" when ticked, "" when not.
const fieldValue = (element) => (element.type === "checkbox" ? (element.checked ? "true" : "") : element.value.trim());

function readForm() {
  const values = Object.fromEntries(FIELDS.map((name) => [name, fieldValue(form.elements[name])]));
  const filters = { since: values.since, until: values.until, factuality: values.factuality };
  if (values.a && values.b) filters.dyad = `${values.a},${values.b}`;
  else if (values.a || values.b) filters.actor = values.a || values.b;
  return { values, filters };
}

// --- the URL ----------------------------------------------------------------------------------------

function stateHash() {
  const { values } = readForm();
  const state = new URLSearchParams();
  for (const name of FIELDS) if (values[name]) state.set(name, values[name]);
  if (picked) state.set("pick", `${picked.start}..${picked.end}`);
  return `#${state}`;
}

function remember(push) {
  const hash = stateHash();
  if (hash === location.hash) return;
  if (push) history.pushState(null, "", hash);
  else history.replaceState(null, "", hash);
}

function applyHash() {
  const hash = new URLSearchParams(location.hash.slice(1));
  for (const name of FIELDS) {
    const element = form.elements[name];
    const value = hash.get(name) ?? defaults[name] ?? "";
    if (element.type === "checkbox") element.checked = value === "true";
    else element.value = value;
  }
  const pick = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(hash.get("pick") || "");
  picked = pick ? { start: pick[1], end: pick[2] } : null;
}

// --- the source-sentence panel -----------------------------------------------------------------------

function clearDetail() {
  const detail = $("#detail");
  const hint = document.createElement("p");
  hint.className = "hint";
  hint.textContent = "Click an event to see the sentence it came from.";
  detail.replaceChildren(hint);
  delete detail.dataset.eventId;
  detail.dataset.state = "empty";
}

// --- the table, narrowed to a picked bucket ----------------------------------------------------------

function narrowed(filters) {
  if (!picked) return filters;
  const since = [filters.since, picked.start].filter(Boolean).sort().pop();
  const until = [filters.until, picked.end].filter(Boolean).sort()[0];
  return { ...filters, since, until };
}

function showPicked() {
  $("#bucket-filter").hidden = !picked;
  $("#bucket-filter-text").textContent = picked
    ? `Events from ${picked.start} to ${picked.end} (the timeline bar picked). ` : "";
}

async function loadEvents(filters, append) {
  const table = $("#events-table");
  if (!append) table.dataset.state = "loading";
  const page = await getJson("/events", {
    ...filters, limit: 50, participants: true, cursor: append ? nextCursor : undefined,
  });
  const tbody = $("#events-table tbody");
  fillTable(tbody, page.events, (id) => showDetail($("#detail"), id).catch(showError), append);
  nextCursor = page.next_cursor;
  $("#more").hidden = !nextCursor;
  const shown = tbody.rows.length;
  $("#events-count").textContent = `${shown}${nextCursor ? "+" : ""} shown`;
  table.dataset.state = "ready";
  table.dataset.count = String(shown);
}

async function loadTable() {
  const { filters } = readForm();
  tableFilters = narrowed(filters);
  showPicked();
  clearDetail();
  await loadEvents(tableFilters, false);
}

function pickBucket(bucket) {
  picked = bucket ? { start: bucket.start, end: bucket.end } : null;
  remember(true);
  loadTable().catch(showError);
}

// --- the whole view ------------------------------------------------------------------------------------

function titles(values, filters) {
  const pair = values.a && values.b;
  $("#timeline-title").textContent = pair
    ? `${values.a} – ${values.b}: cooperation – conflict timeline`
    : `${filters.actor ? `${filters.actor}: ` : ""}cooperation – conflict timeline`;
  const told = values.factuality === "all"
    ? "Counting every event: asserted, negated, hypothetical and future."
    : "Counting asserted events (what the text says happened); negated, hypothetical and future ones are left "
      + "out (Count: all shows them).";
  const once = values.count === "mentions"
    ? " Every mention counts, so a story told in a headline, its lede and its reprints counts several times."
    : " Each happening counts once: mentions the store links (headline and lede, reprints, the same story in "
      + "other articles) count as one; the tooltip gives the mentions.";
  $("#timeline-note").textContent = `${told}${once} Click a bar to list its events.`;
}

function failed(selector, error) {
  const element = $(selector);
  if (selector === "#events-table") {
    $("#events-table tbody").replaceChildren();
    $("#events-count").textContent = "";
    $("#more").hidden = true;
  } else {
    clearChart(element);
  }
  element.dataset.state = "error";
  throw error;
}

async function refresh() {
  showError(null);
  const { values, filters } = readForm();
  titles(values, filters);
  for (const id of [...CHARTS, "#events-table"]) $(id).dataset.state = "loading";
  const selected = [values.a, values.b].filter(Boolean).map((v) => v.toUpperCase());
  const timeline = values.a && values.b
    ? getJson(`/dyads/${segment(values.a)}/${segment(values.b)}/timeline`,
      { since: values.since, until: values.until, bucket: values.bucket, factuality: values.factuality,
        count: values.count })
    : getJson("/timeline", { ...filters, bucket: values.bucket, count: values.count });
  const tasks = [
    timeline.then((body) => drawTimeline($("#timeline"), body.buckets, pickBucket))
      .catch((error) => failed("#timeline", error)),
    getJson("/network", { ...filters, generic: values.generic || undefined,
      state_only: values.state_only || undefined }).then((body) => drawNetwork($("#network"), body, pickActor, selected))
      .catch((error) => failed("#network", error)),
    getJson("/locations", filters).then((body) => drawMap($("#map"), body.locations))
      .catch((error) => failed("#map", error)),
    loadTable().catch((error) => failed("#events-table", error)),
    followQuotes(values),
  ];
  const results = await Promise.allSettled(tasks);
  const failure = results.find((r) => r.status === "rejected");
  if (failure) showError(failure.reason);
}

// The quotes panel follows the chosen actor (the first of a dyad): what that side said.
function followQuotes(values) {
  const speaker = values.a || values.b;
  $("#quote-speaker").value = speaker;
  $("#quote-search").value = "";
  return searchQuotes($("#quotes"), speaker, "");
}

function pickActor(id) {
  const a = form.elements.a;
  if (!a.value || a.value === id) a.value = id;
  else form.elements.b.value = id;
  picked = null;
  remember(true);
  refresh();
}

async function start() {
  const [stats, actors] = await Promise.all([getJson("/stats"), getJson("/actors", { limit: 300 })]);
  $("#stats").textContent = `${stats.documents} documents · ${stats.events} events · ${stats.quotes} quotes · `
    + `${stats.actors} actors${stats.first_day ? ` · ${stats.first_day} to ${stats.last_day}` : ""}`;
  const options = $("#actor-options");
  const seen = new Set();
  for (const actor of actors.actors) {
    const value = actor.country || actor.name;
    if (!value || seen.has(value)) continue;
    seen.add(value);
    const option = document.createElement("option");
    option.value = value;
    option.label = `${actor.name || value}${actor.country ? ` (${actor.country})` : ""} — ${actor.events} events`;
    options.append(option);
  }
  defaults = {
    since: stats.first_day ?? "", until: stats.last_day ?? "", bucket: "month", factuality: "asserted",
    count: "happenings",
  };
  applyHash();
  remember(false);
  await refresh();
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  picked = null;
  remember(true);
  refresh();
});
window.addEventListener("popstate", () => { applyHash(); refresh(); });
$("#bucket-clear").addEventListener("click", () => pickBucket(null));
$("#more").addEventListener("click", () => loadEvents(tableFilters, true).catch(showError));
$("#quote-form").addEventListener("submit", (event) => {
  event.preventDefault();
  searchQuotes($("#quotes"), $("#quote-speaker").value.trim(), $("#quote-search").value.trim()).catch(showError);
});
start()
  .catch(showError)
  .finally(() => { document.body.dataset.state = "ready"; });
