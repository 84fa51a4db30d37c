// Network: who is central, which actors cluster together, and how two actors connect (with each hop's evidence).
// The same analyses as `entente centrality`, `communities` and `path`, under one set of filters.
import { h, clear, append, label } from "../dom.js";
import { getJson } from "../api.js";
import { errorBox } from "../components.js";
import { pairToolbar } from "./pair-toolbar.js";
import { pathList } from "./network-paths.js";
import { networkFilters, networkQuery, describeFilters } from "./network-filters.js";

const enc = encodeURIComponent;
const actorLink = (a) => h("a", { href: `#/graph?actor=${enc(a.id)}` }, a.name);

export async function render(view, params, { go, announce }) {
  const query = networkQuery(params);
  const hostile = query.hostile === "true";
  // Filters and hop count travel with the pair when the toolbar reopens the page; which control had focus does not.
  const { a: _a, b: _b, focus: _focus, ...kept } = params;
  const pair = { a: params.a, b: params.b };
  const hops = params.hops || "3";
  const centrality = h("div", {}, h("p", { class: "muted" }, "Loading…"));
  const communities = h("div", {}, h("p", { class: "muted" }, "Loading…"));
  const paths = h("div", { class: "paths" });
  const toolbar = pairToolbar("network", pair, go, kept);
  const length = h(
    "select",
    { id: "path-hops", name: "hops", onchange: (e) => go("network", { ...params, hops: e.target.value, focus: "hops" }) },
    ["1", "2", "3", "4", "5", "6"].map((n) => h("option", { value: n, selected: n === hops }, n)),
  );
  append(
    view,
    h("h1", {}, "Network"),
    networkFilters(params, go),
    h(
      "div",
      { class: "network-layout" },
      h("section", { "aria-labelledby": "h-centrality" }, h("h2", { id: "h-centrality" }, "Most central actors"),
        h("p", { class: "muted" }, "PageRank over who acts on whom; betweenness counts the shortest paths through an actor."), centrality),
      h(
        "section",
        { "aria-labelledby": "h-communities" },
        h("h2", { id: "h-communities" }, "Communities"),
        communities,
      ),
    ),
    h(
      "section",
      { "aria-labelledby": "h-paths" },
      h("h2", { id: "h-paths" }, "Paths between two actors"),
      toolbar,
      h("p", {}, h("label", { for: "path-hops" }, "At most "), length, " hops"),
      paths,
    ),
  );

  const tasks = [
    getJson("/api/network/centrality", { ...query, limit: 25 }).then((scores) => centrality.replaceChildren(centralityTable(scores))),
    getJson("/api/network/communities", { ...query, hostile: "", include_hostile: hostile ? "true" : "" }).then((cs) => communities.replaceChildren(communityList(cs))),
  ];
  if (pair.a && pair.b)
    tasks.push(
      getJson(`/api/network/paths/${enc(pair.a)}/${enc(pair.b)}`, { ...query, max_length: hops }).then((found) => {
        append(clear(paths), pathList(found, hops));
        // The address names the actors by id; the boxes show the names they resolved to.
        const [first, second] = toolbar.querySelectorAll("input");
        if (found.length) [first.value, second.value] = [found[0].actors[0].name, found[0].actors.at(-1).name];
        announce(`${found.length} path${found.length === 1 ? "" : "s"} found`);
      }),
    );
  // After a filter change the page is drawn anew: focus goes back to the control that changed, and the change is read out.
  if (params.focus) {
    view.querySelector(`[name="${CSS.escape(params.focus)}"]`)?.focus();
    announce(`Network filtered: ${describeFilters(params)}`);
  }
  // Each part shows its own error; the others still draw.
  const boxes = [centrality, communities, paths];
  (await Promise.allSettled(tasks)).forEach((r, i) => {
    if (r.status === "rejected") boxes[i].replaceChildren(errorBox(r.reason));
  });
}

function centralityTable(scores) {
  if (scores.length === 0) return h("p", { class: "muted" }, "No actors are linked yet.");
  return h(
    "table",
    { class: "centrality" },
    h("thead", {}, h("tr", {}, ["#", "Actor", "Partners", "Betweenness", "PageRank"].map((c) => h("th", { scope: "col" }, c)))),
    h(
      "tbody",
      {},
      scores.map((s, i) =>
        h(
          "tr",
          { dataset: { actor: s.actor.id } },
          h("td", {}, String(i + 1)),
          h("th", { scope: "row" }, actorLink(s.actor), h("span", { class: "muted" }, ` ${label(s.actor.kind)}`)),
          h("td", {}, String(s.degree)),
          h("td", { title: `${s.betweenness} shortest paths` }, s.betweenness_normalized.toFixed(3)),
          h("td", {}, s.page_rank.toFixed(4)),
        ),
      ),
    ),
  );
}

function communityList(communities) {
  if (communities.length === 0) return h("p", { class: "muted" }, "No community of two or more actors.");
  return h(
    "ol",
    { class: "communities" },
    communities.map((c) =>
      h(
        "li",
        { dataset: { community: c.id } },
        h("strong", {}, `${c.members.length} actors: `),
        c.members.flatMap((m, i) => (i === 0 ? [actorLink(m)] : [", ", actorLink(m)])),
      ),
    ),
  );
}
