// The network page's filters: the graph page's spheres, certainty floor and years, and whether hostile ties count.
// They live in the address, so a filtered network can be bookmarked, and every analysis on the page gets them.
import { h, label } from "../dom.js";
import { SPHERES, CERTAINTIES } from "./graph-style.js";

// The query every network request carries: the shared filters and the hostile switch (off unless ticked).
export function networkQuery(params) {
  return { sphere: params.sphere, certainty: params.certainty, from: params.from, to: params.to, hostile: params.hostile === "true" ? "true" : "false" };
}

// A short account of the filters in force, for the live region after a change.
export function describeFilters(params) {
  const parts = [];
  if (params.sphere) parts.push(`spheres ${params.sphere.split(",").map(label).join(", ")}`);
  if (params.certainty) parts.push(`at least ${params.certainty}`);
  if (params.from || params.to) parts.push(`years ${params.from || "…"}–${params.to || "…"}`);
  parts.push(params.hostile === "true" ? "hostile ties counted" : "hostile ties left out");
  return parts.join("; ");
}

export function networkFilters(params, go) {
  // Each change reopens the page with the new address; the control keeps focus there (see network.js).
  const set = (name, value, focus = name) => go("network", { ...params, [name]: value, focus });
  const spheres = new Set((params.sphere ?? "").split(",").filter(Boolean));
  const toggle = (s, on) => {
    on ? spheres.add(s) : spheres.delete(s);
    set("sphere", SPHERES.filter((x) => spheres.has(x)).join(","), `sphere-${s}`);
  };
  const year = (name, text) =>
    h("label", {}, `${text} `, h("input", { type: "number", min: "1900", max: "2100", step: "1", size: "5", name, value: params[name] ?? "", onchange: (e) => set(name, e.target.value) }));
  return h(
    "form",
    { class: "filters network-filters", "aria-label": "Network filters", onsubmit: (e) => e.preventDefault() },
    h(
      "fieldset",
      { class: "checks" },
      h("legend", {}, "Sphere"),
      SPHERES.map((s) => h("label", {}, h("input", { type: "checkbox", name: `sphere-${s}`, value: s, checked: spheres.has(s), onchange: (e) => toggle(s, e.target.checked) }), ` ${label(s)}`)),
    ),
    h(
      "label",
      { class: "floor" },
      "At least ",
      h(
        "select",
        { name: "certainty", onchange: (e) => set("certainty", e.target.value) },
        h("option", { value: "" }, "any certainty"),
        CERTAINTIES.map((c) => h("option", { value: c, selected: params.certainty === c }, c)),
      ),
    ),
    h("fieldset", { class: "checks" }, h("legend", {}, "Time"), year("from", "From"), year("to", "To")),
    h(
      "label",
      { class: "hostile" },
      h("input", { type: "checkbox", name: "hostile", checked: params.hostile === "true", onchange: (e) => set("hostile", e.target.checked ? "true" : "") }),
      " Count hostile ties (attacks, sanctions) in centrality, communities and paths",
    ),
  );
}
