// The graph from the keyboard: with the canvas focused, the arrow keys (and Home, End) move through the actors
// in name order, Enter or Space expands the one chosen. The chosen actor is outlined and announced, since a
// screen reader cannot see into the canvas.
export function graphKeys(cy, canvas, { expand, announce }) {
  let current = null;

  const ordered = () => cy.nodes().toArray().sort((a, b) => a.data("label").localeCompare(b.data("label")) || a.id().localeCompare(b.id()));

  function choose(node) {
    cy.nodes().removeClass("keyboard");
    current = node.id();
    node.addClass("keyboard");
    const partners = node.connectedEdges().length;
    const state = node.data("expanded") === "yes" ? "expanded" : "Enter expands it";
    announce(`${node.data("label")}: ${partners} relation${partners === 1 ? "" : "s"} drawn, ${state}`);
  }

  canvas.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const nodes = ordered();
    if (nodes.length === 0) return;
    const at = nodes.findIndex((n) => n.id() === current);
    const moves = {
      ArrowRight: () => nodes[(at + 1) % nodes.length],
      ArrowDown: () => nodes[(at + 1) % nodes.length],
      ArrowLeft: () => nodes[(at - 1 + nodes.length) % nodes.length],
      ArrowUp: () => nodes[(at - 1 + nodes.length) % nodes.length],
      Home: () => nodes[0],
      End: () => nodes[nodes.length - 1],
    };
    if (moves[e.key]) {
      e.preventDefault();
      choose(at < 0 && e.key.startsWith("Arrow") ? nodes[0] : moves[e.key]());
    } else if ((e.key === "Enter" || e.key === " ") && at >= 0) {
      e.preventDefault();
      expand(current);
    }
  });
  canvas.addEventListener("focus", () => {
    if (!current && cy.nodes().nonempty()) announce("Graph: arrow keys choose an actor, Enter expands it");
  });
}
