// The dashboard: one form drives the timeline, the network, the map and the event table.
import "./style.css";
import { getJson, segment } from "./api.js";
import { drawMap, drawNetwork, drawTimeline } from "./charts.js";
import { fillTable, showDetail } from "./events.js";
import { searchQuotes } from "./quotes.js";

const $ = (selector) => document.querySelector(selector);
const form = $("#controls");
const FIELDS = ["a", "b", "since", "until", "bucket"];
let nextCursor = null;
let lastFilters = {};

function showError(error) {
  const box = $("#error");
  box.textContent = error ? `Error: ${error.message}` : "";
  box.hidden = !error;
}

function readForm() {
  const values = Object.fromEntries(FIELDS.map((name) => [name, form.elements[name].value.trim()]));
  const filters = { since: values.since, until: values.until };
  if (values.a && values.b) filters.dyad = `${values.a},${values.b}`;
  else if (values.a || values.b) filters.actor = values.a || values.b;
  return { values, filters };
}

async function loadEvents(filters, append) {
  const page = await getJson("/events", {
    ...filters, limit: 50, participants: true, cursor: append ? nextCursor : undefined,
  });
  const tbody = $("#events-table tbody");
  fillTable(tbody, page.events, (id) => showDetail($("#detail"), id).catch(showError), append);
  nextCursor = page.next_cursor;
  $("#more").hidden = !nextCursor;
  const shown = tbody.rows.length;
  $("#events-count").textContent = `${shown}${nextCursor ? "+" : ""} shown`;
  $("#events-table").dataset.state = "ready";
  $("#events-table").dataset.count = String(shown);
}

async function refresh() {
  showError(null);
  const { values, filters } = readForm();
  lastFilters = filters;
  history.replaceState(null, "", `#${new URLSearchParams(values)}`);
  const period = { since: values.since, until: values.until };
  const selected = [values.a, values.b].filter(Boolean);
  const pair = values.a && values.b;
  $("#timeline-title").textContent = pair
    ? `${values.a} – ${values.b}: cooperation – conflict timeline`
    : `${filters.actor ? `${filters.actor}: ` : ""}cooperation – conflict timeline`;
  for (const id of ["#timeline", "#network", "#map", "#events-table"]) $(id).dataset.state = "loading";
  const timeline = pair
    ? getJson(`/dyads/${segment(values.a)}/${segment(values.b)}/timeline`,
      { since: values.since, until: values.until, bucket: values.bucket })
    : getJson("/timeline", { ...filters, bucket: values.bucket });
  const tasks = [
    timeline.then((body) => drawTimeline($("#timeline"), body.buckets, values.bucket)),
    // The whole network of the period, with the chosen actors picked out, gives them their context.
    getJson("/network", period).then((body) => drawNetwork($("#network"), body, pickActor, selected)),
    getJson("/locations", filters).then((body) => drawMap($("#map"), body.locations)),
    loadEvents(filters, false),
  ];
  const results = await Promise.allSettled(tasks);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) showError(failed.reason);
}

function pickActor(id) {
  const a = form.elements.a;
  if (!a.value || a.value === id) a.value = id;
  else form.elements.b.value = id;
  refresh();
}

async function start() {
  const hash = new URLSearchParams(location.hash.slice(1));
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
  form.elements.since.value = hash.get("since") ?? stats.first_day ?? "";
  form.elements.until.value = hash.get("until") ?? stats.last_day ?? "";
  for (const name of ["a", "b", "bucket"]) if (hash.get(name)) form.elements[name].value = hash.get(name);
  await refresh();
}

form.addEventListener("submit", (event) => { event.preventDefault(); refresh(); });
$("#more").addEventListener("click", () => loadEvents(lastFilters, true).catch(showError));
$("#quote-form").addEventListener("submit", (event) => {
  event.preventDefault();
  searchQuotes($("#quotes"), $("#quote-speaker").value.trim(), $("#quote-search").value.trim()).catch(showError);
});
start()
  .then(() => searchQuotes($("#quotes"), "", ""))
  .catch(showError)
  .finally(() => { document.body.dataset.state = "ready"; });
