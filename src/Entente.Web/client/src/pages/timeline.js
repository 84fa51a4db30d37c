// Timeline of an actor or a pair. Each claim's interval is drawn at its own precision: a claim dated
// "2007" is a bar across 2007, a claim dated to a day is a thin tick.
import { h, label, append } from "../dom.js";
import { getJson } from "../api.js";
import { actorAndOtherToolbar, errorBox } from "../components.js";
import { sphereOfRelation } from "../ontology.js";

const DAY = 86400000;

export async function render(view, params, { go, announce }) {
  const sel = { actor: params.actor ?? "", other: params.other ?? "" };
  const body = h("div", { class: "timeline-body" });
  append(view, 
    h("h1", {}, "Timeline"),
    actorAndOtherToolbar("timeline", sel, go),
    body,
  );
  if (!sel.actor) {
    append(body, h("p", { class: "muted" }, "Choose an actor."));
    return;
  }
  try {
    const t = await getJson(`/api/timeline/${encodeURIComponent(sel.actor)}`, { other: sel.other });
    const dated = t.entries.filter((e) => e.from);
    append(body, 
      h("h2", {}, t.other ? `${t.actor.name} and ${t.other.name}` : t.actor.name),
      h("p", { class: "muted" }, "Each bar spans the time its source gives: a claim dated to a year covers the whole year; one dated to a day is a thin mark."),
      chart(dated, await sphereOfRelation()),
    );
    if (t.undated) append(body, h("p", { class: "muted" }, `${t.undated} undated claim${t.undated === 1 ? "" : "s"} not shown.`));
    announce(`${dated.length} dated claims`);
  } catch (error) {
    append(body, errorBox(error));
  }
}

function chart(items, sphereOf) {
  if (items.length === 0) return h("p", { class: "muted" }, "No dated claims.");
  const start = Math.min(...items.map((i) => Date.parse(i.from)));
  const end = Math.max(...items.map((i) => Date.parse(i.to) + DAY));
  const first = new Date(start).getUTCFullYear();
  const last = new Date(end).getUTCFullYear();
  const from = Date.UTC(first, 0, 1);
  const to = Date.UTC(last + 1, 0, 1);
  const pct = (ms) => `${(((ms - from) / (to - from)) * 100).toFixed(3)}%`;
  const step = Math.max(1, Math.ceil((last - first + 1) / 12));
  const ticks = [];
  for (let y = first; y <= last + 1; y += step) ticks.push(h("span", { class: "tick", style: { left: pct(Date.UTC(y, 0, 1)) } }, String(y)));
  return h(
    "ol",
    { class: "timeline", "aria-label": "Dated claims in time order" },
    h("li", { class: "axis", "aria-hidden": "true" }, h("span", { class: "label" }), h("span", { class: "track" }, ticks)),
    items.map((e) => {
      const a = Date.parse(e.from);
      const b = Date.parse(e.to) + DAY;
      const sphere = sphereOf.get(e.relation) ?? "political";
      return h(
        "li",
        { class: "row", dataset: { claimId: e.evidence.claim_id, precision: e.precision } },
        h(
          "span",
          { class: "label" },
          h("strong", {}, e.subject.name),
          h("span", { class: `relation sphere-${sphere}` }, ` ${label(e.relation)} `),
          h("strong", {}, e.object?.name ?? e.place?.name ?? ""),
          h("span", { class: "muted" }, ` ${e.evidence.time ?? ""} · ${e.precision}`),
        ),
        h(
          "span",
          { class: "track" },
          h("span", {
            class: `bar precision-${e.precision} sphere-${sphere} certainty-${e.certainty}`,
            style: { left: pct(a), width: `max(3px, ${(((b - a) / (to - from)) * 100).toFixed(3)}%)` },
            title: `${label(e.relation)}: ${e.from} to ${e.to} (${e.precision}, ${e.certainty}) — ${e.evidence.text}`,
          }),
        ),
      );
    }),
  );
}
