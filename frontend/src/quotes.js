// Quote search: who said what, with the cue verb and whether it was quoted directly.
import { getJson } from "./api.js";

export async function searchQuotes(list, speaker, words) {
  list.dataset.state = "loading";
  const body = await getJson("/quotes", { speaker, search: words, limit: 50 });
  list.replaceChildren();
  if (body.quotes.length === 0) {
    const empty = document.createElement("li");
    empty.className = "hint";
    empty.textContent = "No quotes match.";
    list.append(empty);
  }
  for (const quote of body.quotes) {
    const item = document.createElement("li");
    const who = document.createElement("strong");
    who.textContent = quote.speaker_name || quote.speaker_text || "unknown speaker";
    const how = document.createElement("span");
    how.className = "cue";
    how.textContent = ` ${quote.cue || "said"}${quote.direct ? "" : " (reported)"}${quote.published ? ` · ${quote.published}` : ""}`;
    const text = document.createElement("q");
    text.textContent = quote.text;
    item.append(who, how, document.createElement("br"), text);
    list.append(item);
  }
  list.dataset.state = "ready";
  list.dataset.count = String(body.quotes.length);
}
