// The brief: a sourced assessment of a pair, every statement with numbered citations into the source reader.
// As known on a date, and downloadable as Markdown or HTML (rendered by the server, escaped there).
import { h, clear, append, label } from "../dom.js";
import { getJson, getText } from "../api.js";
import { errorBox } from "../components.js";
import { pairToolbar } from "./pair-toolbar.js";
import { heatMap } from "./profile.js";

export async function render(view, params, { go, announce }) {
  const pair = { a: params.a ?? "", b: params.b ?? "" };
  const body = h("div", { class: "brief" });
  append(view, h("h1", {}, "Brief"), pairToolbar("brief", pair, go, { as_of: params.as_of }), body);
  if (!pair.a || !pair.b) {
    append(body, h("p", { class: "muted" }, "Choose two actors."));
    return;
  }
  const path = `/api/brief/${encodeURIComponent(pair.a)}/${encodeURIComponent(pair.b)}`;
  const asOf = h("input", { id: "brief-as-of", type: "date", value: params.as_of ?? "" });
  append(
    body,
    h(
      "form",
      { class: "toolbar", onsubmit: (e) => { e.preventDefault(); go("brief", { ...pair, as_of: asOf.value }); } },
      h("label", { for: "brief-as-of" }, "As known on"), asOf, h("button", { type: "submit" }, "Show"),
      h("button", { type: "button", onclick: () => download(path, params.as_of, "md") }, "Download Markdown"),
      h("button", { type: "button", onclick: () => download(path, params.as_of, "html") }, "Download HTML"),
    ),
  );
  const content = h("div", {});
  append(body, content);
  try {
    const b = await getJson(path, { as_of: params.as_of });
    append(content, brief(b));
    announce(`Brief on ${b.a.name} and ${b.b.name}: ${b.citations.length} citations`);
  } catch (error) {
    append(content, errorBox(error));
  }
}

async function download(path, asOf, format) {
  const text = await getText(path, { as_of: asOf, format });
  const url = URL.createObjectURL(new Blob([text], { type: format === "html" ? "text/html" : "text/markdown" }));
  const a = h("a", { href: url, download: `brief.${format}` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function refs(numbers) {
  return numbers.map((n) => h("sup", {}, h("a", { href: `#cite-${n}`, class: "cite", onclick: (e) => { e.preventDefault(); document.getElementById(`cite-${n}`)?.scrollIntoView({ block: "center" }); } }, `[${n}]`)));
}

function judgments(title, items) {
  return [
    h("h3", {}, title),
    items.length ? h("ul", { class: "judgments" }, items.map((j) => h("li", {}, h("strong", {}, `${j.heading}. `), j.text, " ", refs(j.citations)))) : h("p", { class: "muted" }, "None."),
  ];
}

function brief(b) {
  return [
    h("h2", {}, `${b.a.name} and ${b.b.name}${b.as_of ? `, as known on ${b.as_of}` : ""}`),
    h("section", { class: "bottom-line" }, h("h3", {}, "Bottom line"), h("p", {}, b.bottom_line.text, " ", refs(b.bottom_line.citations)),
      h("p", {}, "Likelihood: ", h("strong", {}, b.phrase), ` (share ${b.probability.toFixed(3)}). Confidence: `, h("strong", {}, b.confidence), ` (${b.confidence_basis}).`)),
    judgments("Key judgments", b.key_judgments),
    h("h3", {}, "Competing hypotheses"),
    h("ol", { class: "ach-summary" }, b.ach.ranking.map((x) => h("li", {}, `${x.title}: inconsistency ${x.inconsistency.toFixed(2)}, share ${x.share.toFixed(3)}`))),
    h("p", {}, h("a", { href: `#/ach?a=${encodeURIComponent(b.a.id)}&b=${encodeURIComponent(b.b.id)}` }, "The whole matrix"), ` · ${b.ach.sensitivity.text}`),
    judgments("Contradicting evidence", b.contradicting),
    judgments("Gaps", b.gaps),
    h("h3", {}, "Claims by sphere and year"),
    heatMap({ matrix: b.heat_map }),
    h("h3", {}, "Sources"),
    h(
      "ol",
      { class: "citations" },
      b.citations.map((c) =>
        h(
          "li",
          { id: `cite-${c.number}`, dataset: { claimId: c.claim_id, start: String(c.start), end: String(c.end) } },
          `${c.title ?? c.source_id}, ${c.publisher ?? "publisher unknown"}, ${c.published ?? "undated"}, reliability ${c.reliability}: `,
          h("q", {}, c.quote),
          c.verified === false ? h("strong", { class: "error" }, " not found at these offsets in the stored text") : null,
          " ",
          h("a", { href: c.link }, "in the source reader"),
          h("span", { class: "muted" }, ` (characters ${c.start}–${c.end})`),
        ),
      ),
    ),
  ];
}
