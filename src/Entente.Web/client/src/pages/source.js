// Source reader: the document's text with entity mentions and claim evidence highlighted.
import { h, clear, safeHref, append } from "../dom.js";
import { getJson } from "../api.js";
import { claimCard, errorBox } from "../components.js";
import { highlightText } from "../highlight.js";

export async function render(view, params, { announce }) {
  if (!params.id) {
    append(view, h("p", {}, h("a", { href: "#/sources" }, "Choose a source.")));
    return;
  }
  let s;
  try {
    // A long text comes a window at a time: the one asked for, or the one holding the claim to show.
    const query = params.from ? `?from=${encodeURIComponent(params.from)}` : params.claim ? `?claim=${encodeURIComponent(params.claim)}` : "";
    s = await getJson(`/api/sources/${encodeURIComponent(params.id)}${query}`);
  } catch (error) {
    append(view, errorBox(error));
    return;
  }
  // The file as read when the server stored it (its quotes and line breaks as written), highlighted by the offsets
  // that point into it; otherwise the normalized text extraction read, by the offsets into that.
  const original = typeof s.original_text === "string";
  // Offsets are into the whole text; the window starts at text_start.
  const offset = s.text_start ?? 0;
  const shift = (n) => (Number.isInteger(n) ? n - offset : n);
  const at = (x) => (original ? { start: shift(x.original_start), end: shift(x.original_end) } : { start: shift(x.start), end: shift(x.end) });
  const spans = [
    ...s.mentions.map((m) => ({ ...at(m), entity: m.entity })),
    ...s.claims.filter((c) => c.evidence.source_id === s.source.id).map((c) => ({ ...at(c.evidence), claim: c.id })),
  ].filter((x) => Number.isInteger(x.start) && Number.isInteger(x.end));
  const href = s.url ? safeHref(s.url) : null;
  const text = h("div", { class: "source-text", tabindex: "0", "aria-label": "Document text" }, highlightText(original ? s.original_text : s.text, spans));
  const claims = h(
    "ol",
    { class: "source-claims" },
    s.claims.map((c) =>
      h(
        "li",
        {},
        claimCard(c, [h("button", { type: "button", class: "link", onclick: () => show(c.id) }, "Show in text")]),
      ),
    ),
  );
  append(view, 
    h("h1", {}, s.source.title),
    h(
      "p",
      { class: "meta" },
      [s.source.publisher, s.source.published, `reliability ${s.source.reliability}`, `${s.claims_total ?? s.claims.length} claims`, `${s.mentions_total ?? s.mentions.length} mentions`].filter(Boolean).join(" · "),
      href ? [" · ", h("a", { href, rel: "noopener noreferrer" }, "original")] : null,
    ),
    windowNav(),
    h("div", { class: "reader" }, h("article", {}, text), h("aside", { class: "side" }, h("h2", {}, "Claims"), claims)),
    windowNav(),
  );

  // Links to the windows before and after this one; none for a text that fits in one.
  function windowNav() {
    const length = s.text_length ?? 0;
    const start = s.text_start ?? 0;
    const end = s.text_end ?? length;
    if (start === 0 && end >= length) return null;
    const size = end - start;
    const link = (from, label) => h("a", { href: `#/source?id=${encodeURIComponent(params.id)}&from=${from}`, class: "window-link" }, label);
    return h(
      "nav",
      { class: "source-window", "aria-label": "Parts of the text" },
      start > 0 ? link(Math.max(0, start - size), "← previous part") : null,
      ` characters ${(start + 1).toLocaleString("en")}–${end.toLocaleString("en")} of ${length.toLocaleString("en")}; this part's ${s.claims.length} claims and ${s.mentions.length} mentions `,
      end < length ? link(end, "next part →") : null,
    );
  }

  function show(id) {
    for (const m of text.querySelectorAll("mark.current")) m.classList.remove("current");
    const marks = [...text.querySelectorAll("mark.evidence")].filter((m) => m.dataset.claims.split(" ").includes(id));
    for (const m of marks) m.classList.add("current");
    marks[0]?.scrollIntoView({ block: "center" });
  }

  if (params.claim) show(params.claim);
  announce(`${s.source.title}: ${s.claims.length} claims`);
}
