// The graph's look: node colour by kind, edge width by corroboration, edge style by certainty.
export const SPHERES = ["military", "technology", "economic", "diplomatic", "political", "structural", "hostile"];
export const CERTAINTIES = ["asserted", "likely", "reported", "alleged", "possible", "denied", "false"];

export const KIND_COLOURS = {
  state: "#2f5d9e",
  "state-organ": "#5b8fd6",
  "armed-group": "#b5462f",
  "political-group": "#c98a2b",
  regime: "#7a4fa3",
  organization: "#3c8c6e",
  person: "#8a8a8a",
  group: "#a07d5c",
};

export const SPHERE_COLOURS = {
  military: "#b03a2e",
  technology: "#7d3c98",
  economic: "#1e8449",
  diplomatic: "#2874a6",
  political: "#b9770e",
  structural: "#5d6d7e",
  hostile: "#17202a",
};

const lineStyle = (certainty) => (["asserted", "likely"].includes(certainty) ? "solid" : ["reported", "alleged"].includes(certainty) ? "dashed" : "dotted");

export const graphStyle = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "background-color": (n) => KIND_COLOURS[n.data("kind")] ?? "#666",
      color: "#1b1b1b",
      "font-size": 12,
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.8,
      "text-background-padding": 2,
      width: (n) => 18 + Math.min(Math.sqrt(n.data("degree") ?? 1) * 5, 30),
      height: (n) => 18 + Math.min(Math.sqrt(n.data("degree") ?? 1) * 5, 30),
    },
  },
  { selector: 'node[expanded = "yes"]', style: { "border-width": 3, "border-color": "#111" } },
  // The actor chosen from the keyboard: the page's focus colour, and a halo that does not hide the expanded border.
  { selector: "node.keyboard", style: { "overlay-color": "#f0b400", "overlay-opacity": 0.35, "overlay-padding": 6 } },
  {
    selector: "edge",
    style: {
      width: "data(width)",
      "line-color": (e) => SPHERE_COLOURS[e.data("sphere")] ?? "#888",
      "line-style": (e) => lineStyle(e.data("certainty")),
      "curve-style": "bezier",
      opacity: 0.8,
    },
  },
  // Edges between expanded actors are the ones being studied: drawn (and hit by clicks) above the
  // spokes to their neighbours, which may run along the same line.
  { selector: "edge.between-expanded", style: { "z-index": 10 } },
  { selector: "edge.selected", style: { opacity: 1, "underlay-color": "#f4d03f", "underlay-opacity": 0.6, "underlay-padding": 4 } },
];
