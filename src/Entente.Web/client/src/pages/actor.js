// The entity page: what the knowledge base knows about one actor, its relations by sphere, timeline,
// theaters, the sources that name it and its open conflicts.
import { h, clear, append, label } from "../dom.js";
import { getJson } from "../api.js";
import { actorPicker, errorBox } from "../components.js";
import { conflictCard } from "./conflicts.js";

export async function render(view, params, { go, announce }) {
  const body = h("div", { class: "actor" });
  append(
    view,
    h("h1", {}, "Actor"),
    h("div", { class: "toolbar" }, actorPicker({ text: "Actor", initial: params.id, onPick: (e) => go("actor", { id: e.id }) })),
    body,
  );
  if (!params.id) {
    append(body, h("p", { class: "muted" }, "Choose an actor."));
    return;
  }
  try {
    const r = await getJson(`/api/actors/${encodeURIComponent(params.id)}`);
    append(clear(body), page(r));
    announce(`${r.actor.name}: ${r.claims} claims from ${r.sources.length} sources`);
  } catch (error) {
    append(clear(body), errorBox(error));
  }
}

function page(r) {
  const id = r.actor.id;
  return [
    h("h2", {}, r.actor.name),
    h("p", { class: "meta" }, `${label(r.actor.kind)} · ${r.claims} claims from ${r.sources.length} sources`),
    r.entry?.aliases?.length ? h("p", {}, "Also called: ", r.entry.aliases.join("; ")) : null,
    r.entry?.description ? h("p", {}, r.entry.description) : null,
    h("h3", {}, "Theaters"),
    r.theaters.length ? h("ul", { class: "theaters" }, r.theaters.map((t) => h("li", {}, t.name))) : h("p", { class: "muted" }, "None."),
    h("h3", {}, "Relations by sphere"),
    r.spheres.map((s) =>
      h(
        "section",
        { class: "sphere-evidence", dataset: { sphere: s.sphere } },
        h("h4", { class: `relation sphere-${s.sphere}` }, `${label(s.sphere)}: ${s.relations.length}`),
        h(
          "ul",
          {},
          s.relations.map((x) => {
            const other = x.subject.id === id ? x.object : x.subject;
            return h(
              "li",
              {},
              `${x.subject.name} ${label(x.type)} ${x.object.name} (${x.admiralty}, ${x.claims} claim${x.claims === 1 ? "" : "s"}${x.denials ? `, ${x.denials} denied` : ""}) `,
              h("q", {}, x.top_evidence.text),
              " · ",
              h("a", { href: `#/profile?a=${encodeURIComponent(id)}&b=${encodeURIComponent(other.id)}` }, "profile"),
              " · ",
              h("a", { href: `#/brief?a=${encodeURIComponent(id)}&b=${encodeURIComponent(other.id)}` }, "brief"),
            );
          }),
        ),
      ),
    ),
    h("h3", {}, "Timeline"),
    h(
      "ol",
      { class: "actor-timeline" },
      r.timeline.entries.map((e) =>
        h("li", { dataset: { claimId: e.evidence.claim_id } }, h("span", { class: "muted" }, `${e.evidence.time ?? (e.from ?? "undated")} `),
          `${e.subject.name} ${label(e.relation)} ${e.object?.name ?? ""} `, h("q", {}, e.evidence.text)),
      ),
    ),
    h("h3", {}, "Open conflicts"),
    r.conflicts.length
      ? h("ol", { class: "conflicts actor-conflicts" }, r.conflicts.map((c) => h("li", {}, conflictCard(c))))
      : h("p", { class: "muted" }, "None."),
    h("h3", {}, "Sources that name it"),
    h(
      "ul",
      { class: "actor-sources" },
      r.sources.map((s) =>
        h("li", {}, h("a", { href: `#/source?id=${encodeURIComponent(s.source_id)}` }, s.title),
          ` · ${[s.publisher, s.published, `reliability ${s.reliability}`, `${s.claims} claims`].filter(Boolean).join(" · ")}`),
      ),
    ),
  ];
}
