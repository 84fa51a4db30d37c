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

// fCoSE starts from the rings rather than from random places, so the same graph always settles the same way.
const FORCE = {
  name: "fcose",
  randomize: false,
  quality: "default",
  nodeDimensionsIncludeLabels: true,
  nodeRepulsion: () => 9000,
  idealEdgeLength: () => 110,
  animate: false,
  fit: true,
  padding: 50,
};

// Edges point from the subject of their strongest relation to its object: suppliers and sponsors rank above.
// Labels count in the spacing, or long names on one rank run into each other.
const HIERARCHY = { name: "dagre", rankDir: "TB", nodeSep: 30, rankSep: 90, nodeDimensionsIncludeLabels: true, animate: false, fit: true, padding: 40 };

export function layoutGraph(cy, name = "rings") {
  cy.edges().forEach((e) => e.toggleClass("between-expanded", isExpanded(e.source()) && isExpanded(e.target())));
  rings(cy);
  if (name === "force") cy.layout(FORCE).run();
  if (name === "hierarchy") cy.layout(HIERARCHY).run();
  // A small graph fitted to the canvas would be drawn huge; keep it at a readable scale.
  if (cy.zoom() > 1.1) {
    cy.zoom(1.1);
    cy.center();
  }
}

// The hierarchical layout ranks along edge direction, so an edge is drawn from the subject of its strongest one-way
// relation to its object (supplier to recipient, sponsor to proxy). Edges of symmetric relations keep their ends.
export function edgeEnds(e) {
  const oneWay = e.relations.filter((r) => !r.symmetric).sort((x, y) => y.confidence - x.confidence)[0];
  const known = (id) => id === e.source || id === e.target;
  return oneWay && known(oneWay.subject) && known(oneWay.object) && oneWay.subject !== oneWay.object ? [oneWay.subject, oneWay.object] : [e.source, e.target];
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
