// Review queue: unreviewed claims, each with its sentence highlighted in context. Accept, reject or
// correct; keys a / r / c act on the current claim, j / k move through the queue.
import { h, clear, label, timeText, append } from "../dom.js";
import { getJson, postJson } from "../api.js";
import { claimTriple, errorBox } from "../components.js";
import { ontology } from "../ontology.js";

export async function render(view, params, { announce }) {
  let items = [];
  let remaining = 0;
  let index = 0;
  const header = h("p", { class: "queue-count", role: "status" });
  const current = h("section", { class: "review-current", "aria-label": "Current claim", tabindex: "-1" });
  const list = h("ol", { class: "queue", "aria-label": "Queue" });
  append(view, 
    h("h1", {}, "Review queue"),
    h("p", { class: "muted keys" }, "Keys: ", h("kbd", {}, "a"), " accept · ", h("kbd", {}, "r"), " reject · ", h("kbd", {}, "c"), " correct · ", h("kbd", {}, "j"), " next · ", h("kbd", {}, "k"), " previous"),
    header,
    h("div", { class: "review-layout" }, current, list),
  );

  async function load() {
    const q = await getJson("/api/review", { limit: 50 });
    items = q.items;
    remaining = q.remaining;
    index = Math.min(index, Math.max(0, items.length - 1));
    draw();
  }

  function draw() {
    header.textContent = `${remaining} claim${remaining === 1 ? "" : "s"} to review`;
    clear(list);
    items.forEach((item, i) =>
      append(list, 
        h(
          "li",
          { "aria-current": i === index ? "true" : null },
          h("button", { type: "button", class: "link", onclick: () => { index = i; draw(); } }, claimTriple(item.claim)),
        ),
      ),
    );
    clear(current);
    const item = items[index];
    if (!item) {
      append(current, h("p", {}, "Nothing left to review."));
      return;
    }
    const c = item.claim;
    const p = item.passage;
    current.dataset.claimId = c.id;
    append(current, 
      h("h2", {}, claimTriple(c)),
      h("p", { class: "meta" }, `${c.certainty} · ${c.phase} · ${timeText(c.time)} · ${c.rating} · ${c.source.title}`),
      h(
        "blockquote",
        { class: "passage" },
        p.before,
        h("span", { class: "passage-sentence" }, p.sentence.slice(0, p.highlight_start), h("mark", {}, p.sentence.slice(p.highlight_start, p.highlight_end)), p.sentence.slice(p.highlight_end)),
        p.after,
      ),
      h(
        "div",
        { class: "actions" },
        h("button", { type: "button", class: "accept", "aria-keyshortcuts": "a", onclick: () => decide("accept") }, "Accept (a)"),
        h("button", { type: "button", class: "reject", "aria-keyshortcuts": "r", onclick: () => decide("reject") }, "Reject (r)"),
        h("button", { type: "button", "aria-keyshortcuts": "c", onclick: () => correctForm() }, "Correct (c)"),
      ),
    );
  }

  async function decide(kind, correction) {
    const item = items[index];
    if (!item) return;
    try {
      await postJson("/api/verdicts", { claim_id: item.claim.id, kind, correction });
      announce(`${kind === "accept" ? "Accepted" : kind === "reject" ? "Rejected" : "Corrected"}: ${item.claim.subject.name} ${label(item.claim.relation)} ${item.claim.object?.name ?? ""}`);
      await load();
      current.focus();
    } catch (error) {
      append(current, errorBox(error));
    }
  }

  async function correctForm() {
    const item = items[index];
    if (!item) return;
    const o = await ontology();
    const c = item.claim;
    const select = (name, values, selected) =>
      h("select", { name, id: `fix-${name}` }, values.map((v) => h("option", { value: v, selected: v === selected }, label(v))));
    const field = (text, name, control) => h("div", { class: "field" }, h("label", { for: `fix-${name}` }, text), control);
    const form = h(
      "form",
      {
        class: "correction",
        onsubmit: (e) => {
          e.preventDefault();
          const d = new FormData(form);
          decide("correct", {
            subject: d.get("subject"),
            relation: d.get("relation"),
            object: d.get("object") || null,
            certainty: d.get("certainty"),
            time: d.get("time") || null,
            time_to: d.get("time_to") || null,
          });
        },
      },
      field("Subject (entity id)", "subject", h("input", { id: "fix-subject", name: "subject", value: c.subject.id, required: true })),
      field("Relation", "relation", select("relation", o.relations.map((r) => r.id), c.relation)),
      field("Object (entity id)", "object", h("input", { id: "fix-object", name: "object", value: c.object?.id ?? "" })),
      field("Certainty", "certainty", select("certainty", o.certainties, c.certainty)),
      field("Time from (YYYY, YYYY-MM or YYYY-MM-DD)", "time", h("input", { id: "fix-time", name: "time", value: c.time?.text && /^\d{4}(-\d\d){0,2}$/.test(c.time.text) ? c.time.text : "" })),
      field("Time to (optional)", "time_to", h("input", { id: "fix-time_to", name: "time_to" })),
      h("button", { type: "submit" }, "Save correction"),
      h("button", { type: "button", onclick: () => form.remove() }, "Cancel"),
    );
    append(current, form);
    form.querySelector("input").focus();
  }

  function onKey(e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.target.closest?.("input, select, textarea")) return;
    const actions = {
      a: () => decide("accept"),
      r: () => decide("reject"),
      c: () => correctForm(),
      j: () => { index = Math.min(index + 1, items.length - 1); draw(); },
      k: () => { index = Math.max(index - 1, 0); draw(); },
    };
    if (actions[e.key]) {
      e.preventDefault();
      actions[e.key]();
    }
  }

  document.addEventListener("keydown", onKey);
  try {
    await load();
  } catch (error) {
    append(current, errorBox(error));
  }
  return () => document.removeEventListener("keydown", onKey);
}
