// Pair profile: what two actors do together, by sphere and year, with indicators and the best evidence.
import { h, clear, label } from "../dom.js";
import { getJson } from "../api.js";
import { actorPicker, claimCard, errorBox } from "../components.js";
import { SPHERES } from "./graph-style.js";

export async function render(view, params, { go, announce }) {
  const pair = { a: params.a ?? "", b: params.b ?? "" };
  const body = h("div", { class: "profile" });
  view.append(
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
    body.append(h("p", { class: "muted" }, "Choose two actors."));
    return;
  }
  try {
    const p = await getJson(`/api/profile/${encodeURIComponent(pair.a)}/${encodeURIComponent(pair.b)}`);
    clear(body).append(
      h("h2", {}, `${p.a.name} and ${p.b.name}`),
      indicators(p.indicators),
      h("h3", {}, "Claims by sphere and year"),
      heatMap(p),
      h("h3", {}, "Shared theaters"),
      p.shared_theaters.length
        ? h("ul", { class: "theaters" }, p.shared_theaters.map((t) => h("li", {}, `${t.name}: ${p.a.name} ${t.claims_a}, ${p.b.name} ${t.claims_b}`)))
        : h("p", { class: "muted" }, "No theater where both are active."),
      h(
        "p",
        {},
        h("a", { href: `#/map?actor=${encodeURIComponent(p.a.id)}&other=${encodeURIComponent(p.b.id)}` }, "Show on the map"),
        " · ",
        h("a", { href: `#/timeline?actor=${encodeURIComponent(p.a.id)}&other=${encodeURIComponent(p.b.id)}` }, "Timeline"),
      ),
      h("h3", {}, "Top evidence"),
      p.top_evidence.map((c) => claimCard(c)),
    );
    announce(`Profile of ${p.a.name} and ${p.b.name}: ${p.indicators.claims} claims`);
  } catch (error) {
    clear(body).append(errorBox(error));
  }
}

function indicators(i) {
  const row = (term, value) => [h("dt", {}, term), h("dd", {}, value)];
  return h(
    "dl",
    { class: "indicators" },
    row("Claims", i.claims),
    row("Independent sources", i.sources),
    row("Years", i.first_year ? `${i.first_year}–${i.last_year}` : "—"),
    row("Undated claims", i.undated),
    row("Corroborated relation types", i.corroborated_relations),
    row("Strongest certainty", i.strongest_certainty ?? "—"),
    row("Hostile share", `${Math.round(i.hostile_share * 100)}%`),
    row("Relations", i.relations.map((r) => `${label(r.relation)} (${r.claims})`).join(", ") || "—"),
  );
}

function heatMap(p) {
  if (p.years.length === 0) return h("p", { class: "muted" }, "No dated claims.");
  const counts = new Map(p.cells.map((c) => [`${c.sphere}|${c.year}`, c.claims]));
  const max = Math.max(1, ...p.cells.map((c) => c.claims));
  const spheres = SPHERES.filter((s) => p.cells.some((c) => c.sphere === s));
  return h(
    "div",
    { class: "heat-wrap" },
    h(
      "table",
      { class: "heat" },
      h("caption", {}, "Number of claims whose time covers each year"),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Sphere"), p.years.map((y) => h("th", { scope: "col" }, String(y))))),
      h(
        "tbody",
        {},
        spheres.map((s) =>
          h(
            "tr",
            {},
            h("th", { scope: "row" }, label(s)),
            p.years.map((y) => {
              const n = counts.get(`${s}|${y}`) ?? 0;
              return h(
                "td",
                {
                  dataset: { sphere: s, year: String(y), claims: String(n) },
                  class: n ? "hot" : "cold",
                  style: n ? { "--heat": String(0.2 + (0.8 * n) / max) } : undefined,
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
