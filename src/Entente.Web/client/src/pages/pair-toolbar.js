// The two-actor toolbar of the pair pages (hypotheses, brief): picking both reopens the page for the pair.
import { h } from "../dom.js";
import { actorPicker } from "../components.js";

export function pairToolbar(page, pair, go, extra = {}) {
  return h(
    "div",
    { class: "toolbar" },
    actorPicker({ text: "First actor", initial: pair.a, onPick: (e) => { pair.a = e.id; if (pair.b) go(page, { ...extra, ...pair }); } }),
    actorPicker({ text: "Second actor", initial: pair.b, onPick: (e) => { pair.b = e.id; if (pair.a) go(page, { ...extra, ...pair }); } }),
  );
}
