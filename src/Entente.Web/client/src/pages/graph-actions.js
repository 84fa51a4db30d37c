// The graph's action bar: the layout to draw with, and the export of what is drawn as PNG, GEXF or CSV, named
// after the expanded actors.
import { h } from "../dom.js";
import { LAYOUTS } from "./graph-layout.js";
import { exportGraph } from "./graph-export.js";

// cy is a getter: the bar is built before the Cytoscape instance, which needs the page's canvas in place.
export function graphActions({ cy, layout, expanded, announce, onLayout, onError }) {
  const actors = () => [...expanded];
  const save = (format) => async () => {
    const graph = cy();
    if (graph.nodes().empty()) return announce("The graph is empty: find an actor first");
    const names = actors().map((id) => graph.getElementById(id).data("label") ?? id);
    try {
      await exportGraph(graph, format, `entente-graph-${actors().join("-")}`, `Neighbourhood of ${names.join(", ")} in Entente`);
      announce(`Saved the graph as ${format.toUpperCase()}`);
    } catch (error) {
      onError(error);
    }
  };
  return h(
    "div",
    { class: "graph-actions" },
    h(
      "label",
      {},
      "Layout ",
      h(
        "select",
        {
          name: "layout",
          onchange: (e) => {
            onLayout(e.target.value);
            announce(`Laid out: ${e.target.selectedOptions[0].textContent}`);
          },
        },
        LAYOUTS.map(([id, text]) => h("option", { value: id, selected: id === layout }, text)),
      ),
    ),
    h(
      "span",
      { class: "export", role: "group", "aria-label": "Export the graph" },
      "Export: ",
      ["png", "gexf", "csv"].map((f) => [h("button", { type: "button", onclick: save(f) }, f.toUpperCase()), " "]),
    ),
  );
}
