// The workbench shell: hash routes (#/graph?actor=irn) load one page module each, on demand.
import { h, clear, append } from "./dom.js";

const pages = {
  graph: () => import("./pages/graph.js"),
  profile: () => import("./pages/profile.js"),
  map: () => import("./pages/map.js"),
  timeline: () => import("./pages/timeline.js"),
  review: () => import("./pages/review.js"),
  conflicts: () => import("./pages/conflicts.js"),
  sources: () => import("./pages/sources.js"),
  source: () => import("./pages/source.js"),
  ach: () => import("./pages/ach.js"),
  brief: () => import("./pages/brief.js"),
  actor: () => import("./pages/actor.js"),
};

const view = document.getElementById("view");
const status = document.getElementById("status");
let cleanup = null;

export function announce(text) {
  status.textContent = text;
}

export function go(page, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") query.set(k, String(v));
  const qs = query.toString();
  location.hash = `#/${page}${qs ? `?${qs}` : ""}`;
}

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [name, qs] = raw.split("?");
  return { name: pages[name] ? name : "graph", params: Object.fromEntries(new URLSearchParams(qs ?? "")) };
}

async function render() {
  const { name, params } = parseHash();
  if (cleanup) cleanup();
  cleanup = null;
  for (const link of document.querySelectorAll("nav a")) {
    if (link.dataset.page === name || (name === "source" && link.dataset.page === "sources")) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
  clear(view);
  view.setAttribute("aria-busy", "true");
  try {
    const module = await pages[name]();
    cleanup = (await module.render(view, params, { go, announce })) ?? null;
  } catch (error) {
    append(view, h("p", { class: "error", role: "alert" }, `Could not load this page: ${error.message}`));
  } finally {
    view.removeAttribute("aria-busy");
  }
}

window.addEventListener("hashchange", render);
render();
