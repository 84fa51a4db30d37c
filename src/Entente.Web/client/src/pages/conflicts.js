// Conflicts: each denial beside the claims it denies, and sources that disagree on a fact, with both sides' words.
import { h, label, append } from "../dom.js";
import { getJson } from "../api.js";
import { actorPicker, errorBox } from "../components.js";

export async function render(view, params, { go, announce }) {
  append(
    view,
    h("h1", {}, "Conflicts"),
    h(
      "div",
      { class: "toolbar" },
      actorPicker({ text: "Involving (optional)", initial: params.actor, onPick: (e) => go("conflicts", { actor: e.id }) }),
      params.actor ? h("a", { href: "#/conflicts" }, "All conflicts") : null,
    ),
  );
  let data;
  try {
    data = await getJson("/api/conflicts", { actor: params.actor });
  } catch (error) {
    append(view, errorBox(error));
    return;
  }
  const who = data.actor ? ` involving ${data.actor.name}` : "";
  announce(`${data.conflicts.length} conflict${data.conflicts.length === 1 ? "" : "s"}${who}`);
  if (data.conflicts.length === 0) {
    append(view, h("p", { class: "muted" }, `No conflicts${who}.`));
    return;
  }
  append(view, h("ol", { class: "conflicts" }, data.conflicts.map((c) => h("li", {}, conflictCard(c)))));
}

export function conflictCard(c) {
  const denial = c.kind === "denial";
  return h(
    "article",
    { class: `conflict conflict-${c.kind}` },
    h(
      "header",
      {},
      h("strong", {}, c.subject.name),
      h("span", { class: "relation" }, ` ${label(c.relation)} `),
      h("strong", {}, c.object.name),
      " ",
      h("span", { class: "contested" }, "contested"),
    ),
    h("p", { class: "meta" }, `${c.kind}: ${c.detail}`),
    h(
      "div",
      { class: "sides" },
      side(denial ? "Affirmed" : "One source", c.affirming),
      side(denial ? "Denied" : "Another source", c.contesting),
    ),
  );
}

function side(title, evidence) {
  return h(
    "section",
    { class: "side-evidence", "aria-label": title },
    h("h3", {}, title),
    h(
      "ul",
      {},
      evidence.map((e) =>
        h(
          "li",
          { dataset: { claimId: e.claim_id } },
          h("q", {}, e.text),
          h(
            "p",
            { class: "meta" },
            h("span", { class: `certainty certainty-${e.certainty}` }, e.certainty),
            ` · reliability ${e.reliability}`,
            e.time ? ` · ${e.time}` : "",
            " · ",
            h("a", { href: `#/source?id=${encodeURIComponent(e.source_id)}&claim=${encodeURIComponent(e.claim_id)}` }, e.source_title ?? e.source_id),
          ),
        ),
      ),
    ),
  );
}
