// Saving the graph on screen: a PNG of the drawing, GEXF for Gephi (with positions and colours), and CSV of the
// edges. Everything is built here from what Cytoscape holds, so the file is exactly the graph being looked at.
import { KIND_COLOURS } from "./graph-style.js";

const GEXF = "http://gexf.net/1.3";
const VIZ = "http://gexf.net/1.3/viz";

// Characters XML 1.0 cannot hold at all, not even escaped: a name taken from a source may carry one.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const xmlText = (v) => String(v ?? "").replace(NOT_XML, "");

const NODE_ATTRIBUTES = [["kind", "string"], ["degree", "integer"], ["expanded", "boolean"]];
const EDGE_ATTRIBUTES = [
  ["sphere", "string"], ["certainty", "string"], ["claims", "integer"], ["corroboration", "integer"],
  ["confidence", "integer"], ["admiralty", "string"], ["contested", "boolean"], ["relations", "string"],
];

const relationTypes = (e) => [...new Set((e.data("relations") ?? []).map((r) => r.type))].join(";");

// Attribute values by column: the edge's relation types are a list, the rest are its data as drawn.
function attributeValue(el, name) {
  if (name === "relations") return relationTypes(el);
  if (name === "expanded") return String(el.data("expanded") === "yes");
  if (name === "contested") return String(Boolean(el.data("contested")));
  return el.data(name) ?? "";
}

/** The graph as a GEXF 1.3 document, built through the DOM so every name and value is escaped as XML needs. */
export function toGexf(cy, description) {
  const doc = document.implementation.createDocument(GEXF, "gexf", null);
  const root = doc.documentElement;
  const el = (parent, name, attrs = {}, ns = GEXF) => {
    const node = doc.createElementNS(ns, ns === VIZ ? `viz:${name}` : name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, xmlText(v));
    parent.appendChild(node);
    return node;
  };
  root.setAttribute("version", "1.3");
  root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:viz", VIZ);
  const meta = el(root, "meta", { lastmodifieddate: new Date().toISOString().slice(0, 10) });
  el(meta, "creator").textContent = "Entente workbench";
  el(meta, "description").textContent = xmlText(description);
  const graph = el(root, "graph", { mode: "static", defaultedgetype: "undirected" });
  const declare = (cls, list) => {
    const attrs = el(graph, "attributes", { class: cls, mode: "static" });
    list.forEach(([title, type]) => el(attrs, "attribute", { id: title, title, type }));
  };
  declare("node", NODE_ATTRIBUTES);
  declare("edge", EDGE_ATTRIBUTES);
  const values = (parent, item, list) => {
    const box = el(parent, "attvalues");
    for (const [name] of list) el(box, "attvalue", { for: name, value: attributeValue(item, name) });
  };
  const nodes = el(graph, "nodes");
  cy.nodes().forEach((n) => {
    const node = el(nodes, "node", { id: n.id(), label: n.data("label") });
    values(node, n, NODE_ATTRIBUTES);
    const [r, g, b] = rgb(KIND_COLOURS[n.data("kind")] ?? "#666666");
    el(node, "color", { r, g, b }, VIZ);
    // Gephi's y axis points up, the screen's down.
    el(node, "position", { x: n.position("x").toFixed(2), y: (-n.position("y")).toFixed(2), z: "0" }, VIZ);
    el(node, "size", { value: n.width().toFixed(1) }, VIZ);
  });
  const edges = el(graph, "edges");
  cy.edges().forEach((e) => {
    const edge = el(edges, "edge", { id: e.id(), source: e.source().id(), target: e.target().id(), weight: e.data("corroboration"), label: relationTypes(e) });
    values(edge, e, EDGE_ATTRIBUTES);
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}\n`;
}

// As the server's CsvCell: RFC 4180 quoting, and a leading apostrophe on what a spreadsheet would run as a formula.
export function csvCell(value) {
  let v = String(value ?? "");
  const first = v.search(/[^']/);
  if (first >= 0 && "=+-@\t\r".includes(v[first])) v = `'${v}`;
  return /[",\n\r]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

/** One row per edge; Source, Target and Weight are the columns Gephi's spreadsheet import looks for. */
export function toCsv(cy) {
  const header = ["Source", "Target", "Source name", "Target name", "Weight", ...EDGE_ATTRIBUTES.map(([n]) => n)];
  const rows = cy.edges().map((e) => [
    e.source().id(), e.target().id(), e.source().data("label"), e.target().data("label"), e.data("corroboration"),
    ...EDGE_ATTRIBUTES.map(([n]) => attributeValue(e, n)),
  ]);
  return [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  // The browser reads the blob after the click returns; a minute later it has long been saved.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Writes the graph in one of the formats and starts its download; the file name says what it shows. */
export async function exportGraph(cy, format, name, description) {
  if (format === "png") download(`${name}.png`, await cy.png({ output: "blob-promise", full: true, scale: 2, bg: "#ffffff" }));
  else if (format === "gexf") download(`${name}.gexf`, new Blob([toGexf(cy, description)], { type: "application/gexf+xml" }));
  else download(`${name}.csv`, new Blob([toCsv(cy)], { type: "text/csv" }));
}

function rgb(hex) {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(String);
}
