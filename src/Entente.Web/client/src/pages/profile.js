// Pair profile: what two actors do together, by sphere and year, with indicators and the best evidence.
import { h, clear, label, append } from "../dom.js";
import { getJson } from "../api.js";
import { actorPicker, errorBox } from "../components.js";
import { SPHERES } from "./graph-style.js";

export async function render(view, params, { go, announce }) {
  const pair = { a: params.a ?? "", b: params.b ?? "" };
  const body = h("div", { class: "profile" });
  append(view, 
    h("h1", {}, "Pair profile"),
    h(
      "div",
      { class: "toolbar" },
      actorPicker({ text: "First actor", initial: params.a, onPick: (e) => { pair.a = e.id; if (pair.b) go("profile", pair); } }),
      actorPicker({ text: "Second actor", initial: params.b, onPick: (e) => { pair.b = e.id; if (pair.a) go("profile", pair); } }),
    ),
    body,
  );
  if (!pair.a || !pair.b) {
    append(body, h("p", { class: "muted" }, "Choose two actors."));
    return;
  }
  try {
    const p = await getJson(`/api/profile/${encodeURIComponent(pair.a)}/${encodeURIComponent(pair.b)}`);
    append(clear(body), 
      h(
        "h2",
        {},
        h("a", { href: `#/actor?id=${encodeURIComponent(p.a.id)}` }, p.a.name),
        " and ",
        h("a", { href: `#/actor?id=${encodeURIComponent(p.b.id)}` }, p.b.name),
      ),
      h("p", { class: "assessment" }, `Assessment: ${label(p.assessment)} (strategic score ${p.strategic_score.toFixed(2)})`),
      indicators(p),
      h("h3", {}, "Claims by sphere and year"),
      heatMap(p),
      h("h3", {}, "Shared theaters"),
      p.shared_theaters.length
        ? h("ul", { class: "theaters" }, p.shared_theaters.map((t) => h("li", {}, t.name)))
        : h("p", { class: "muted" }, "No theater where both are active."),
      h(
        "p",
        {},
        h("a", { href: `#/map?actor=${encodeURIComponent(p.a.id)}&other=${encodeURIComponent(p.b.id)}` }, "Show on the map"),
        " · ",
        h("a", { href: `#/timeline?actor=${encodeURIComponent(p.a.id)}&other=${encodeURIComponent(p.b.id)}` }, "Timeline"),
        " · ",
        h("a", { href: `#/ach?a=${encodeURIComponent(p.a.id)}&b=${encodeURIComponent(p.b.id)}` }, "Competing hypotheses"),
        " · ",
        h("a", { class: "button", href: `#/brief?a=${encodeURIComponent(p.a.id)}&b=${encodeURIComponent(p.b.id)}` }, "Brief"),
      ),
      h("h3", {}, "Top evidence"),
      p.spheres.map((s) =>
        h(
          "section",
          { class: "sphere-evidence" },
          h("h4", { class: `relation sphere-${s.sphere}` }, `${label(s.sphere)}: ${s.claims} claim${s.claims === 1 ? "" : "s"}`),
          h("ul", {}, s.top_evidence.map((e) => evidenceItem(e))),
        ),
      ),
    );
    announce(`Profile of ${p.a.name} and ${p.b.name}: ${p.claims} claims`);
  } catch (error) {
    append(clear(body), errorBox(error));
  }
}

function evidenceItem(e) {
  return h(
    "li",
    { class: "evidence-item" },
    h("q", {}, e.text),
    h(
      "span",
      { class: "meta" },
      ` ${label(e.relation)} · ${e.certainty}${e.time ? ` · ${e.time}` : ""} · `,
      h("a", { href: `#/source?id=${encodeURIComponent(e.source_id)}&claim=${encodeURIComponent(e.claim_id)}` }, e.source_title ?? e.source_id),
      ` (${e.reliability})`,
    ),
  );
}

function indicators(p) {
  const row = (term, value, note) => [h("dt", {}, term), h("dd", {}, value, note ? h("span", { class: "muted" }, ` — ${note}`) : null)];
  return h(
    "dl",
    { class: "indicators" },
    row("Claims", String(p.claims)),
    row("Years", p.first_year ? `${p.first_year}–${p.last_year}` : "—"),
    row("Breadth", `${p.breadth} cooperative sphere${p.breadth === 1 ? "" : "s"}`),
    row("Depth", `${p.depth} cooperative relation type${p.depth === 1 ? "" : "s"}`),
    row("Reciprocity", p.reciprocity.toFixed(2)),
    p.indicators.map((i) => row(label(i.id), i.value == null ? "—" : i.value.toFixed(2), i.basis)),
  );
}

export function heatMap(p) {
  const dated = p.matrix.filter((c) => c.year != null);
  if (dated.length === 0) return h("p", { class: "muted" }, "No dated claims.");
  const first = Math.min(...dated.map((c) => c.year));
  const last = Math.max(...dated.map((c) => c.year));
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const counts = new Map(dated.map((c) => [`${c.sphere}|${c.year}`, c.claims]));
  const max = Math.max(1, ...dated.map((c) => c.claims));
  const spheres = SPHERES.filter((s) => dated.some((c) => c.sphere === s));
  return h(
    "div",
    { class: "heat-wrap" },
    h(
      "table",
      { class: "heat" },
      h("caption", {}, "Affirmed claims whose time covers each year"),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Sphere"), years.map((y) => h("th", { scope: "col" }, String(y))))),
      h(
        "tbody",
        {},
        spheres.map((s) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, label(s)),
            years.map((y) => {
              const n = counts.get(`${s}|${y}`) ?? 0;
              return h(
                "td",
                {
                  dataset: { sphere: s, year: String(y), claims: String(n) },
                  class: n ? "hot" : "cold",
                  style: n ? { "--heat": String(0.25 + (0.75 * n) / max) } : undefined,
                  title: `${label(s)}, ${y}: ${n} claim${n === 1 ? "" : "s"}`,
                },
                n ? String(n) : "",
              );
            }),
          ),
        ),
      ),
    ),
  );
}
