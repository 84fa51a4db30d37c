// The paths between two actors, each hop with its strongest relations and the words of their best claim.
import { h, label } from "../dom.js";

const enc = encodeURIComponent;

export function pathList(paths, hops) {
  if (paths.length === 0) return h("p", { class: "muted" }, `No path of at most ${hops} hops.`);
  return h(
    "ol",
    { class: "path-list" },
    paths.map((p) =>
      h(
        "li",
        { class: "path" },
        h("h3", {}, `${p.actors.map((a) => a.name).join(" → ")} (${p.length} hop${p.length === 1 ? "" : "s"})`),
        h("ol", { class: "hops" }, p.hops.map(hop)),
      ),
    ),
  );
}

function hop(x) {
  return h(
    "li",
    { class: "hop" },
    h(
      "p",
      { class: "hop-ends" },
      h("strong", {}, `${x.from.name} – ${x.to.name}`),
      " · ",
      h("a", { href: `#/profile?a=${enc(x.from.id)}&b=${enc(x.to.id)}` }, "pair profile"),
    ),
    h(
      "ul",
      {},
      x.relations.map((r) =>
        h(
          "li",
          { class: "hop-relation", dataset: { claimId: r.evidence.claim_id } },
          h("span", {}, `${r.subject.name} `, h("span", { class: `relation sphere-${r.sphere}` }, label(r.type)), ` ${r.object.name}`),
          h("span", { class: "counts" }, ` ${r.independent_sources} independent source${r.independent_sources === 1 ? "" : "s"}, `, h("span", { class: "rating" }, r.admiralty)),
          h("q", { class: "sentence" }, r.evidence.text),
          h("a", { href: `#/source?id=${enc(r.evidence.source_id)}&claim=${enc(r.evidence.claim_id)}` }, r.evidence.source_title ?? r.evidence.source_id),
        ),
      ),
      x.more ? h("li", { class: "muted" }, `${x.more} more relation${x.more === 1 ? "" : "s"} on this hop`) : null,
    ),
  );
}
