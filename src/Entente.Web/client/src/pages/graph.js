// Graph explorer: search an actor, expand neighbours (by pointer or keyboard), filter, lay out, export, and
// click an edge for its claims.
import cytoscape from "cytoscape";
import { h, clear, label, append } from "../dom.js";
import { getJson } from "../api.js";
import { actorPicker, claimCard, errorBox } from "../components.js";
import { graphStyle, SPHERES, CERTAINTIES } from "./graph-style.js";
import { layoutGraph, edgeEnds, LAYOUTS } from "./graph-layout.js";
import { graphKeys } from "./graph-keys.js";
import { graphActions } from "./graph-actions.js";

export async function render(view, params, { go, announce }) {
  const expanded = new Set();
  const filters = { sphere: new Set(), certainty: "", from: "", to: "", rollup: false };
  let layout = LAYOUTS.some(([id]) => id === params.layout) ? params.layout : "rings";
  const edgeList = h("ul", { class: "edge-list", "aria-label": "Relations in the graph" });
  const evidence = h("section", { class: "evidence", "aria-label": "Evidence", tabindex: "-1" });
  const picker = actorPicker({ text: "Actor", initial: params.actor, onPick: (e) => { expanded.clear(); cy.elements().remove(); expand(e.id); } });
  const canvas = h("div", {
    id: "graph-canvas",
    class: "graph-canvas",
    tabindex: "0",
    role: "application",
    "aria-roledescription": "relation graph",
    "aria-label": "Relation graph: arrow keys choose an actor, Enter expands it; the list beside it has the same relations",
  });

  append(view, 
    h("h1", {}, "Graph explorer"),
    h("div", { class: "toolbar" }, picker, filterForm()),
    graphActions({
      cy: () => cy,
      layout,
      expanded,
      announce,
      onLayout: (name) => { layout = name; layoutGraph(cy, layout); },
      onError: (error) => evidence.replaceChildren(errorBox(error)),
    }),
    h("div", { class: "graph-layout" }, canvas, h("aside", { class: "side" }, h("h2", {}, "Relations"), edgeList, evidence)),
  );

  const cy = cytoscape({ container: canvas, style: graphStyle, wheelSensitivity: 0.3, minZoom: 0.2, maxZoom: 3 });
  window.__entente = { cy }; // for the browser tests and for poking at the graph from the console
  cy.on("tap", "node", (e) => expand(e.target.id()));
  cy.on("tap", "edge", (e) => showEvidence(e.target.data()));
  graphKeys(cy, canvas, { expand, announce });

  function query() {
    return {
      sphere: [...filters.sphere].join(","),
      certainty: filters.certainty,
      from: filters.from,
      to: filters.to,
      rollup: filters.rollup ? "true" : "",
    };
  }

  async function expand(actor) {
    expanded.add(actor);
    try {
      const graph = await getJson(`/api/graph/${encodeURIComponent(actor)}`, query());
      expanded.delete(actor);
      expanded.add(graph.center.id);
      merge(graph);
      announce(`${graph.nodes.length - 1} neighbours of ${graph.center.name}`);
    } catch (error) {
      evidence.replaceChildren(errorBox(error));
    }
  }

  async function reload() {
    cy.elements().remove();
    const centers = [...expanded];
    for (const c of centers) await expand(c);
  }

  function merge(graph) {
    // The canvas may have moved since Cytoscape measured it (the picker's suggestions push it down).
    cy.resize();
    cy.batch(() => {
      for (const n of graph.nodes) {
        const existing = cy.getElementById(n.id);
        const data = { id: n.id, label: n.name, kind: n.kind, degree: n.degree, expanded: expanded.has(n.id) ? "yes" : "no" };
        if (existing.nonempty()) existing.data(data);
        else cy.add({ group: "nodes", data });
      }
      for (const e of graph.edges) {
        const [source, target] = edgeEnds(e);
        const data = { ...e, id: e.id, source, target, width: Math.min(2 + e.corroboration * 2, 12) };
        const existing = cy.getElementById(e.id);
        if (existing.nonempty()) existing.data(data);
        else cy.add({ group: "edges", data });
      }
    });
    layoutGraph(cy, layout);
    renderEdgeList();
  }

  function renderEdgeList() {
    const edges = cy.edges().map((e) => e.data()).sort((a, b) => b.confidence - a.confidence || a.id.localeCompare(b.id));
    clear(edgeList);
    for (const e of edges) {
      const a = cy.getElementById(e.source).data("label");
      const b = cy.getElementById(e.target).data("label");
      append(edgeList, 
        h(
          "li",
          {},
          h(
            "button",
            { type: "button", class: "edge", dataset: { edge: e.id }, onclick: () => showEvidence(e) },
            h("span", { class: `swatch sphere-${e.sphere}`, "aria-hidden": "true" }),
            `${a} – ${b}`,
            h("span", { class: "counts" }, ` ${e.claims} claim${e.claims === 1 ? "" : "s"}, ${e.corroboration} independent source${e.corroboration === 1 ? "" : "s"}, ${e.certainty}, ${e.admiralty}`),
            e.contested ? [" ", h("span", { class: "contested", title: "a claim here is denied or disputed" }, "contested")] : null,
          ),
        ),
      );
    }
    if (edges.length === 0) append(edgeList, h("li", { class: "muted" }, "Find an actor to start."));
  }

  async function showEvidence(edge) {
    cy.edges().removeClass("selected");
    cy.getElementById(edge.id).addClass("selected");
    append(clear(evidence), h("p", { class: "muted" }, "Loading evidence…"));
    try {
      const ev = await getJson(`/api/relations/${encodeURIComponent(edge.source)}/${encodeURIComponent(edge.target)}`, query());
      append(clear(evidence), 
        h("h2", {}, `${ev.a.name} – ${ev.b.name}`),
        h(
          "p",
          { class: "links" },
          h("a", { href: `#/profile?a=${encodeURIComponent(ev.a.id)}&b=${encodeURIComponent(ev.b.id)}` }, "Pair profile"),
          " · ",
          h("a", { href: `#/timeline?actor=${encodeURIComponent(ev.a.id)}&other=${encodeURIComponent(ev.b.id)}` }, "Timeline"),
          " · ",
          h("a", { href: `#/map?actor=${encodeURIComponent(ev.a.id)}&other=${encodeURIComponent(ev.b.id)}` }, "Map"),
        ),
        ev.conflicts.length
          ? h(
              "p",
              { class: "contested-note" },
              h("span", { class: "contested" }, "contested"),
              ` ${ev.conflicts.map((c) => `${label(c.relation)}: ${c.detail}`).join("; ")} · `,
              h("a", { href: `#/conflicts?actor=${encodeURIComponent(ev.a.id)}` }, "both sides"),
            )
          : null,
        ev.claims.map((c) => claimCard(c, ev.contested.includes(c.id) ? h("p", {}, h("span", { class: "contested" }, "contested")) : [])),
      );
      evidence.focus();
      announce(`${ev.claims.length} claims between ${ev.a.name} and ${ev.b.name}`);
    } catch (error) {
      append(clear(evidence), errorBox(error));
    }
  }

  function filterForm() {
    const checks = (name, values, set) =>
      h(
        "fieldset",
        { class: "checks" },
        h("legend", {}, name),
        values.map((v) =>
          h("label", {}, h("input", { type: "checkbox", value: v, onchange: (e) => { e.target.checked ? set.add(v) : set.delete(v); reload(); } }), ` ${label(v)}`),
        ),
      );
    const year = (name) =>
      h("label", {}, `${name} `, h("input", { type: "number", min: "1900", max: "2100", step: "1", size: "5", name, onchange: (e) => { filters[name.toLowerCase()] = e.target.value; reload(); } }));
    return h(
      "div",
      { class: "filters" },
      checks("Sphere", SPHERES, filters.sphere),
      h(
        "label",
        { class: "floor" },
        "At least ",
        h(
          "select",
          { name: "certainty", onchange: (e) => { filters.certainty = e.target.value; reload(); } },
          h("option", { value: "" }, "any certainty"),
          CERTAINTIES.map((c) => h("option", { value: c }, c)),
        ),
      ),
      h("fieldset", { class: "checks" }, h("legend", {}, "Time"), year("From"), year("To")),
      h("label", { class: "rollup" }, h("input", { type: "checkbox", name: "rollup", onchange: (e) => { filters.rollup = e.target.checked; reload(); } }), " Roll up organs to states"),
    );
  }

  renderEdgeList();
  if (params.actor) {
    await expand(params.actor);
    // The address names the actor by id (#/graph?actor=rus); the box shows the name it resolved to.
    const center = cy.getElementById([...expanded][0] ?? "");
    if (center.nonempty()) picker.querySelector("input").value = center.data("label");
  }
  return () => {
    cy.destroy();
    delete window.__entente;
  };
}
