// Sources: the list, full-text search across them, and upload of new documents to ingest.
import { h, clear, append } from "../dom.js";
import { getJson, upload } from "../api.js";
import { errorBox } from "../components.js";

export async function render(view, params, { go, announce }) {
  const results = h("section", { class: "search-results", "aria-label": "Search results" });
  const list = h("ul", { class: "source-list" });
  const searchInput = h("input", { id: "source-search", type: "search", name: "q", value: params.q ?? "", placeholder: "Words in the sources" });
  // The picker offers what the server's readers take, as the server lists them.
  const { extensions } = await getJson("/api/uploads/formats");
  append(view, 
    h("h1", {}, "Sources"),
    h(
      "form",
      { role: "search", class: "picker", onsubmit: (e) => { e.preventDefault(); go("sources", { q: searchInput.value.trim() }); } },
      h("label", { for: "source-search" }, "Full-text search"),
      searchInput,
      h("button", { type: "submit" }, "Search"),
    ),
    results,
    uploadForm(announce, refresh, extensions),
    h("h2", {}, "All sources"),
    list,
  );

  async function refresh() {
    const sources = await getJson("/api/sources");
    clear(list);
    for (const s of sources)
      append(list, 
        h(
          "li",
          {},
          h("a", { href: `#/source?id=${encodeURIComponent(s.id)}` }, s.title),
          h("span", { class: "muted" }, ` ${[s.publisher, s.published, s.kind, `reliability ${s.reliability}`].filter(Boolean).join(" · ")}`),
        ),
      );
    if (sources.length === 0) append(list, h("li", { class: "muted" }, "No sources yet: upload one above or use `entente ingest`."));
  }

  if (params.q) {
    try {
      const hits = await getJson("/api/search", { q: params.q });
      append(results, 
        h("h2", {}, `${hits.length} result${hits.length === 1 ? "" : "s"} for “${params.q}”`),
        h(
          "ol",
          {},
          hits.map((hit) => h("li", {}, h("a", { href: `#/source?id=${encodeURIComponent(hit.source_id)}` }, hit.title), h("p", { class: "snippet" }, hit.snippet))),
        ),
      );
      announce(`${hits.length} results`);
    } catch (error) {
      append(results, errorBox(error));
    }
  }
  try {
    await refresh();
  } catch (error) {
    append(list, errorBox(error));
  }
}

function uploadForm(announce, refresh, extensions) {
  const input = h("input", { id: "upload-file", type: "file", name: "file", accept: extensions.join(","), required: true });
  const progress = h("progress", { max: "1", value: "0", "aria-label": "Upload progress" });
  const message = h("p", { class: "upload-message", role: "status" });
  const form = h(
    "form",
    {
      class: "upload",
      onsubmit: async (e) => {
        e.preventDefault();
        const file = input.files?.[0];
        if (!file) return;
        message.textContent = `Uploading ${file.name}…`;
        try {
          const r = await upload("/api/uploads", file, (f) => {
            progress.value = f;
            message.textContent = f < 1 ? `Uploading ${file.name}: ${Math.round(f * 100)}%` : `Extracting claims from ${file.name}…`;
          });
          progress.value = 1;
          message.textContent = r.added
            ? `Ingested “${r.title}”: ${r.claims_added} claims.`
            : `“${r.title}” was already stored; nothing changed.`;
          announce(message.textContent);
          await refresh();
        } catch (error) {
          progress.value = 0;
          message.textContent = `Upload refused: ${error.message}`;
        }
      },
    },
    h("h2", {}, "Upload a document"),
    h("label", { for: "upload-file" }, `Document (${extensions.join(", ")})`),
    input,
    h("button", { type: "submit" }, "Upload and extract"),
    progress,
    message,
  );
  return form;
}

