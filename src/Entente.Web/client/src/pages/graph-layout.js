// Where the explorer puts its nodes. Rings (the default): expanded actors on an inner ring, their neighbours
// around them, deterministic, so the picture does not jump about between expansions. Force-directed (fCoSE) and
// hierarchical (dagre, ranked along who acts on whom) come from Cytoscape's layout extensions.
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import dagre from "cytoscape-dagre";

cytoscape.use(fcose);
cytoscape.use(dagre);

export const LAYOUTS = [
  ["rings", "Rings around the expanded actors"],
  ["force", "Force-directed (fCoSE)"],
  ["hierarchy", "Hierarchical (dagre)"],
];

export function layoutGraph(cy, name = "rings") {
  cy.edges().forEach((e) => e.toggleClass("between-expanded", isExpanded(e.source()) && isExpanded(e.target())));
  rings(cy);
  // fCoSE starts from the rings rather than from random places, so the same graph always settles the same way.
  if (name === "force") cy.layout({ name: "fcose", randomize: false, quality: "default", animate: false, fit: true, padding: 50, nodeRepulsion: () => 9000, idealEdgeLength: () => 110 }).run();
  // Edges point from the subject of their strongest relation to its object: suppliers and sponsors rank above.
  if (name === "hierarchy") cy.layout({ name: "dagre", rankDir: "TB", nodeSep: 40, rankSep: 90, animate: false, fit: true, padding: 40 }).run();
  // A small graph fitted to the canvas would be drawn huge; keep it at a readable scale.
  if (cy.zoom() > 1.1) {
    cy.zoom(1.1);
    cy.center();
  }
}

function rings(cy) {
  cy.layout({
    name: "concentric",
    concentric: (n) => (isExpanded(n) ? 2 : 1),
    levelWidth: () => 1,
    minNodeSpacing: 70,
    animate: false,
    fit: true,
    padding: 50,
  }).run();
  staggerInnerRing(cy);
}

const isExpanded = (n) => n.data("expanded") === "yes";

// Concentric starts both rings at the same angle, so with two expanded actors a neighbour can sit on the
// line through them, and its edge then hides theirs (and takes their clicks). Turning the inner ring by a
// quarter of the outer ring's step keeps every neighbour off the lines through the centre.
function staggerInnerRing(cy) {
  const inner = cy.nodes().filter(isExpanded);
  const outer = cy.nodes().length - inner.length;
  if (inner.length < 2 || outer === 0) return;
  const cx = inner.reduce((sum, n) => sum + n.position("x"), 0) / inner.length;
  const cy0 = inner.reduce((sum, n) => sum + n.position("y"), 0) / inner.length;
  const turn = Math.PI / (2 * outer);
  const [cos, sin] = [Math.cos(turn), Math.sin(turn)];
  inner.positions((n) => {
    const dx = n.position("x") - cx;
    const dy = n.position("y") - cy0;
    return { x: cx + dx * cos - dy * sin, y: cy0 + dx * sin + dy * cos };
  });
}
