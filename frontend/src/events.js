// The event table (paged with the API's cursor) and the source-sentence view with highlighted spans.
import { getJson, segment } from "./api.js";
import { scoreColor } from "./colors.js";
import { webUrl } from "./text.js";

// Anything but an asserted event says how the text tells it: "CONCEDE (negated)", "ATTACK (future)".
const told = (event) => (event.factuality && event.factuality !== "asserted"
  ? ` (${event.factuality})` : (event.negated ? " (negated)" : ""));
const names = (actors) => actors.map((a) => a.name || a.text).join(", ") || "—";

function cell(text, className) {
  const td = document.createElement("td");
  td.textContent = text;
  if (className) td.className = className;
  return td;
}

export function fillTable(tbody, events, onOpen, append) {
  if (!append) tbody.replaceChildren();
  for (const event of events) {
    const row = document.createElement("tr");
    row.tabIndex = 0;
    row.dataset.eventId = event.id;
    const score = cell(event.score ?? "—", "num");
    score.style.color = scoreColor(event.score);
    row.append(
      cell(event.day || "—"), cell(names(event.actor)),
      cell(`${event.type}${told(event)}`), cell(names(event.recipient)), score,
      cell(event.location ? event.location.name || event.location.country || "—" : "—"),
    );
    const open = () => {
      for (const other of tbody.querySelectorAll("tr.selected")) other.classList.remove("selected");
      row.classList.add("selected");
      onOpen(event.id);
    };
    row.addEventListener("click", open);
    row.addEventListener("keydown", (e) => { if (e.key === "Enter") open(); });
    tbody.append(row);
  }
}

// Cut the sentence at every span boundary so overlapping spans (an actor that is also the recipient)
// still get both highlights.
export function highlightedSentence(sentence, spans) {
  const text = sentence.text;
  const inside = spans.filter((s) => s.sentence_start >= 0 && s.sentence_end <= text.length);
  const cuts = new Set([0, text.length]);
  for (const s of inside) { cuts.add(s.sentence_start); cuts.add(s.sentence_end); }
  const points = [...cuts].sort((a, b) => a - b);
  const paragraph = document.createElement("p");
  paragraph.className = "sentence";
  for (let i = 0; i < points.length - 1; i += 1) {
    const [from, to] = [points[i], points[i + 1]];
    const roles = [...new Set(inside.filter((s) => s.sentence_start <= from && to <= s.sentence_end)
      .map((s) => s.role))];
    const piece = text.slice(from, to);
    if (roles.length === 0) {
      paragraph.append(document.createTextNode(piece));
    } else {
      const mark = document.createElement("mark");
      mark.className = roles.map((r) => `hl-${r}`).join(" ");
      mark.dataset.role = roles.join(" ");
      mark.title = roles.join(" + ");
      mark.textContent = piece;
      paragraph.append(mark);
    }
  }
  return paragraph;
}

function fact(label, value) {
  const dt = document.createElement("dt");
  dt.textContent = label;
  const dd = document.createElement("dd");
  dd.textContent = value ?? "—";
  return [dt, dd];
}

export async function showDetail(container, eventId) {
  container.dataset.state = "loading";
  const event = await getJson(`/events/${segment(eventId)}`);
  const doc = event.document;
  const heading = document.createElement("p");
  heading.className = "doc-title";
  const title = doc.title || doc.id;
  const url = webUrl(doc.url); // only http(s): a javascript: or data: URL never becomes a link
  if (url) {
    const link = document.createElement("a");
    link.href = url;
    link.textContent = title;
    link.rel = "noopener noreferrer";
    heading.append(link);
  } else {
    heading.textContent = title;
  }
  heading.append(document.createTextNode(doc.published ? ` · ${doc.published}` : ""));
  const legend = document.createElement("p");
  legend.className = "legend";
  for (const role of ["actor", "trigger", "recipient"]) {
    const mark = document.createElement("mark");
    mark.className = `hl-${role}`;
    mark.textContent = role;
    legend.append(mark, document.createTextNode(" "));
  }
  const facts = document.createElement("dl");
  facts.append(
    ...fact("event", `${event.type} (CAMEO ${event.cameo ?? "?"}) · ${event.quad ?? ""}`),
    ...fact("score", event.score),
    ...fact("actor", names(event.actor)),
    ...fact("recipient", names(event.recipient)),
    ...fact("date", event.date),
    ...fact("where", event.location ? event.location.name : null),
    ...fact("context", event.context.join(", ")),
    ...fact("id", event.id),
  );
  const whole = document.createElement("button");
  whole.type = "button";
  whole.id = "open-document";
  whole.textContent = "Read the whole article";
  const article = document.createElement("div");
  article.className = "document";
  whole.addEventListener("click", () => {
    whole.disabled = true;
    showDocument(article, doc.id, event.sentence).catch((error) => {
      article.textContent = `Could not load the article: ${error.message}`;
    });
  });
  container.replaceChildren(heading, highlightedSentence(event.sentence, event.spans), legend, facts, whole, article);
  container.dataset.state = "ready";
  container.dataset.eventId = event.id;
}

// The whole stored article, its paragraphs as the text has them, with the event's sentence marked and
// scrolled into view.
export async function showDocument(container, docId, sentence) {
  container.dataset.state = "loading";
  const doc = await getJson(`/documents/${segment(docId)}`);
  const text = doc.text || "";
  const pieces = [];
  let offset = 0;
  for (const block of text.split(/\n\s*\n/)) {
    const start = text.indexOf(block, offset);
    offset = start + block.length;
    const paragraph = document.createElement("p");
    const from = Math.max(sentence.start, start);
    const to = Math.min(sentence.end, offset);
    if (from < to) {
      const mark = document.createElement("mark");
      mark.className = "hl-sentence";
      mark.textContent = text.slice(from, to);
      paragraph.append(text.slice(start, from), mark, text.slice(to, offset));
    } else {
      paragraph.textContent = block;
    }
    pieces.push(paragraph);
  }
  container.replaceChildren(...pieces);
  container.dataset.state = "ready";
  const marked = container.querySelector("mark.hl-sentence");
  if (marked) marked.scrollIntoView({ block: "center" });
}
