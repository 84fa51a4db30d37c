// The workbench shell: hash routes (#/graph?actor=irn) load one page module each, on demand; #/ is the home page.
import { h, clear, append } from "./dom.js";

const pages = {
  home: () => import("./pages/home.js"),
  network: () => import("./pages/network.js"),
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
let firstRender = true;

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
  return { name: pages[name] ? name : "home", params: Object.fromEntries(new URLSearchParams(qs ?? "")) };
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
    focusHeading(name);
  }
}

// After a route change, focus moves to the new page's heading, so a keyboard or screen-reader user starts
// reading there instead of on a link of the page that is gone. Not on the first load: there focus stays at
// the start of the document, where the skip link is. A page that focused something of its own keeps it.
function focusHeading(name) {
  const heading = view.querySelector("h1");
  if (heading) document.title = `${heading.textContent} · Entente workbench`;
  const first = firstRender;
  firstRender = false;
  if (first || view.contains(document.activeElement)) return;
  const target = heading ?? view;
  target.setAttribute("tabindex", "-1");
  target.focus();
  announce(`${heading?.textContent ?? name} page`);
}

// The skip link's #view would be taken for a route: focus the content instead of following it.
document.querySelector("a.skip").addEventListener("click", (event) => {
  event.preventDefault();
  view.focus();
});

window.addEventListener("hashchange", render);
render();
