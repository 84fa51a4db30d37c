// Competing hypotheses (Heuer's ACH) for a pair: the ranking, the matrix of evidence rows against hypotheses,
// the sensitivity line, and a form to set a cell by hand (stored as a record, marked * in the matrix).
import { h, clear, append, label } from "../dom.js";
import { getJson, postJson } from "../api.js";
import { errorBox } from "../components.js";
import { pairToolbar } from "./pair-toolbar.js";

const LETTER = { consistent: "C", inconsistent: "I", neutral: "–" };

export async function render(view, params, { go, announce }) {
  const pair = { a: params.a ?? "", b: params.b ?? "" };
  const body = h("div", { class: "ach" });
  append(view, h("h1", {}, "Competing hypotheses"), pairToolbar("ach", pair, go), body);
  if (!pair.a || !pair.b) {
    append(body, h("p", { class: "muted" }, "Choose two actors."));
    return;
  }
  const path = `/api/ach/${encodeURIComponent(pair.a)}/${encodeURIComponent(pair.b)}`;
  async function load() {
    try {
      const r = await getJson(path);
      append(clear(body), matrix(r, path, load));
      announce(`Hypotheses for ${r.a.name} and ${r.b.name}: ${r.ranking[0].title} ranks first`);
    } catch (error) {
      append(clear(body), errorBox(error));
    }
  }
  await load();
}

function matrix(r, path, reload) {
  const ids = r.ranking.map((x) => x.id);
  const order = r.rows.length ? r.rows[0].cells.map((c) => c.hypothesis) : ids;
  return [
    h("h2", {}, `${r.a.name} and ${r.b.name}`),
    h("p", {}, h("a", { class: "button", href: `#/brief?a=${encodeURIComponent(r.a.id)}&b=${encodeURIComponent(r.b.id)}` }, "Brief")),
    h(
      "table",
      { class: "ach-ranking" },
      h("caption", {}, "Least weighted inconsistency first"),
      h("thead", {}, h("tr", {}, ["Rank", "Hypothesis", "Inconsistency", "Consistency", "Share"].map((t) => h("th", { scope: "col" }, t)))),
      h(
        "tbody",
        {},
        r.ranking.map((x) =>
          h("tr", { dataset: { hypothesis: x.id } }, h("td", {}, String(x.rank)), h("th", { scope: "row", title: x.summary ?? "" }, x.title),
            h("td", {}, x.inconsistency.toFixed(2)), h("td", {}, x.consistency.toFixed(2)), h("td", {}, x.share.toFixed(3))),
        ),
      ),
    ),
    h("p", { class: "sensitivity" }, h("strong", {}, "Sensitivity: "), r.sensitivity.text),
    h(
      "div",
      { class: "heat-wrap" },
      h(
        "table",
        { class: "ach-matrix" },
        h("caption", {}, "C consistent, I inconsistent, – neutral; * set by an analyst. Hover a cell for its reason."),
        h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Evidence"), h("th", { scope: "col" }, "Weight"), h("th", { scope: "col" }, "Diagnosticity"),
          order.map((id) => h("th", { scope: "col" }, label(id))))),
        h(
          "tbody",
          {},
          r.rows.map((row) =>
            h(
              "tr",
              { dataset: { row: row.evidence.key } },
              h("th", { scope: "row" }, row.evidence.top_evidence
                ? h("a", { href: `#/source?id=${encodeURIComponent(row.evidence.top_evidence.source_id)}&claim=${encodeURIComponent(row.evidence.top_evidence.claim_id)}` }, row.evidence.label)
                : row.evidence.label),
              h("td", {}, row.evidence.weight.toFixed(2)),
              h("td", {}, row.diagnosticity.toFixed(2)),
              row.cells.map((c) => h("td", { class: `cell cell-${c.value}`, title: c.basis, dataset: { hypothesis: c.hypothesis } }, LETTER[c.value] + (c.overridden ? "*" : ""))),
            ),
          ),
        ),
      ),
    ),
    overrideForm(r, order, path, reload),
  ];
}

function overrideForm(r, order, path, reload) {
  const row = h("select", { id: "ach-row", name: "row" }, r.rows.map((x) => h("option", { value: x.evidence.key }, x.evidence.label)));
  const hypothesis = h("select", { id: "ach-hypothesis", name: "hypothesis" }, order.map((id) => h("option", { value: id }, label(id))));
  const cell = h("select", { id: "ach-cell", name: "cell" }, ["consistent", "inconsistent", "neutral"].map((c) => h("option", { value: c }, c)));
  const note = h("input", { id: "ach-note", name: "note", type: "text", maxlength: "2000" });
  const message = h("p", { "aria-live": "polite" });
  return h(
    "form",
    {
      class: "ach-override",
      onsubmit: async (event) => {
        event.preventDefault();
        try {
          await postJson(`${path}/overrides`, { row: row.value, hypothesis: hypothesis.value, cell: cell.value, note: note.value });
          await reload();
        } catch (error) {
          append(clear(message), errorBox(error));
        }
      },
    },
    h("h3", {}, "Set a cell by hand"),
    h("label", { for: "ach-row" }, "Evidence"), row,
    h("label", { for: "ach-hypothesis" }, "Hypothesis"), hypothesis,
    h("label", { for: "ach-cell" }, "Cell"), cell,
    h("label", { for: "ach-note" }, "Why"), note,
    h("button", { type: "submit" }, "Record"),
    message,
  );
}
