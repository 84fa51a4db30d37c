// Home: the store at a glance (sources, claims by sphere and year, the best-corroborated relations, the review
// backlog, the latest sources) with a link into every view, so the workbench opens on something.
import { h, label, append } from "../dom.js";
import { getJson } from "../api.js";
import { errorBox } from "../components.js";

const enc = encodeURIComponent;

export async function render(view) {
  append(view, h("h1", {}, "Store at a glance"));
  let o;
  try {
    o = await getJson("/api/overview");
  } catch (error) {
    append(view, errorBox(error));
    return;
  }
  const top = o.top_relations[0];
  append(
    view,
    h(
      "dl",
      { class: "glance" },
      stat("Sources", o.sources, "#/sources"),
      stat("Claims", o.claims, null),
      stat("Open for review", o.open_review, "#/review"),
    ),
    o.sources === 0 ? h("p", { class: "muted" }, "The store is empty: upload a document on the Sources page, or run `entente ingest`.") : null,
    views(top),
    h(
      "div",
      { class: "home-grid" },
      h("section", { "aria-labelledby": "h-top" }, h("h2", { id: "h-top" }, "Best-corroborated relations"), topRelations(o.top_relations)),
      h("section", { "aria-labelledby": "h-recent" }, h("h2", { id: "h-recent" }, "Recent sources"), recentSources(o.recent_sources)),
      h("section", { "aria-labelledby": "h-sphere" }, h("h2", { id: "h-sphere" }, "Claims by sphere"),
        bars("Claims by sphere", "Sphere", o.by_sphere.map((s) => [label(s.sphere), s.claims, `sphere-${s.sphere}`]))),
      h("section", { "aria-labelledby": "h-year" }, h("h2", { id: "h-year" }, "Claims by year"),
        bars("Claims by the year they start in", "Year", o.by_year.map((y) => [String(y.year), y.claims, ""])),
        o.undated ? h("p", { class: "muted" }, `${o.undated} claim${o.undated === 1 ? "" : "s"} undated.`) : null),
    ),
  );
}

function stat(name, value, href) {
  return h("div", {}, h("dt", {}, name), h("dd", {}, href ? h("a", { href }, String(value)) : String(value)));
}

// One link per page. Pages about an actor or a pair open on the best-corroborated relation's actors, so none is empty.
function views(top) {
  const a = top ? enc(top.subject.id) : "";
  const b = top ? enc(top.object.id) : "";
  const pair = top ? `?a=${a}&b=${b}` : "";
  const one = top ? `?actor=${a}` : "";
  const links = [
    ["Graph", `#/graph${one}`, "explore an actor's neighbourhood, expand and export it"],
    ["Network", "#/network", "centrality, communities and paths between two actors"],
    ["Pair profile", `#/profile${pair}`, "what ties two actors, by sphere and year"],
    ["Hypotheses", `#/ach${pair}`, "competing hypotheses about a pair"],
    ["Brief", `#/brief${pair}`, "a cited brief on a pair"],
    ["Actor", `#/actor${top ? `?id=${a}` : ""}`, "one actor's partners and facts"],
    ["Map", `#/map${one}`, "where an actor is present"],
    ["Timeline", `#/timeline${one}`, "an actor's claims in time"],
    ["Review", "#/review", "accept, reject or correct extracted claims"],
    ["Conflicts", `#/conflicts${one}`, "claims that contradict each other"],
    ["Sources", "#/sources", "read, search and upload sources"],
  ];
  return h(
    "nav",
    { class: "views", "aria-labelledby": "h-views" },
    h("h2", { id: "h-views" }, "Views"),
    h("ul", {}, links.map(([name, href, what]) => h("li", {}, h("a", { href }, name), h("span", { class: "muted" }, ` ${what}`)))),
  );
}

function topRelations(relations) {
  if (relations.length === 0) return h("p", { class: "muted" }, "No relations yet.");
  return h(
    "table",
    { class: "top-relations" },
    h("thead", {}, h("tr", {}, ["Relation", "Independent sources", "Claims", "Rating", "Confidence"].map((c) => h("th", { scope: "col" }, c)))),
    h(
      "tbody",
      {},
      relations.map((r) =>
        h(
          "tr",
          {},
          h(
            "th",
            { scope: "row" },
            h(
              "a",
              { href: `#/profile?a=${enc(r.subject.id)}&b=${enc(r.object.id)}` },
              r.subject.name,
              h("span", { class: `relation sphere-${r.sphere}` }, ` ${label(r.type)} `),
              r.object.name,
            ),
          ),
          h("td", {}, String(r.independent_sources)),
          h("td", {}, String(r.claims)),
          h("td", { class: "rating" }, r.admiralty),
          h("td", {}, String(r.confidence)),
        ),
      ),
    ),
  );
}

function recentSources(sources) {
  if (sources.length === 0) return h("p", { class: "muted" }, "No sources yet.");
  return h(
    "ul",
    { class: "recent-sources" },
    sources.map((s) =>
      h("li", {}, h("a", { href: `#/source?id=${enc(s.id)}` }, s.title), h("span", { class: "muted" }, ` ${[s.publisher, s.published].filter(Boolean).join(", ")}`)),
    ),
  );
}

// A table whose rows carry a bar as wide as their share of the largest count; the number is the text.
function bars(caption, what, rows) {
  if (rows.length === 0) return h("p", { class: "muted" }, "None.");
  const max = Math.max(...rows.map((r) => r[1]));
  return h(
    "table",
    { class: "bars" },
    h("caption", { class: "visually-hidden" }, caption),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, what), h("th", { scope: "col" }, "Claims"))),
    h(
      "tbody",
      {},
      rows.map(([name, count, cls]) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, name),
          h("td", {}, h("span", { class: `bar-fill ${cls}`, style: { width: `${Math.max(2, (count / max) * 100)}%` }, "aria-hidden": "true" }), h("span", {}, String(count))),
        ),
      ),
    ),
  );
}
