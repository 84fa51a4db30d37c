// Pieces several pages share: the actor picker, claim cards and highlighted sentences.
import { h, label, timeText, entityName, append } from "./dom.js";
import { getJson } from "./api.js";

let pickerCount = 0;

// A labelled search box that resolves a typed name to an entity; other matches are offered as buttons.
export function actorPicker({ text, initial, onPick }) {
  const id = `actor-${++pickerCount}`;
  const input = h("input", { id, type: "search", name: id, autocomplete: "off", placeholder: "Name, alias or id", value: initial ?? "" });
  const alternatives = h("div", { class: "alternatives", "aria-live": "polite" });
  const form = h(
    "form",
    {
      class: "picker",
      role: "search",
      onsubmit: async (event) => {
        event.preventDefault();
        alternatives.replaceChildren();
        const q = input.value.trim();
        if (!q) return;
        const found = await getJson("/api/entities", { q, limit: 6 });
        if (found.length === 0) {
          append(alternatives, h("span", { class: "muted" }, `No entity matches “${q}”.`));
          return;
        }
        input.value = found[0].name;
        // Offer the other matches before acting on the first, so the page does not shift afterwards.
        if (found.length > 1)
          append(
            alternatives,
            h("span", { class: "muted" }, "Or: "),
            found.slice(1).map((e) =>
              h("button", { type: "button", class: "link", onclick: () => { input.value = e.name; onPick(e); } }, `${e.name} (${label(e.kind)})`),
            ),
          );
        onPick(found[0]);
      },
    },
    h("label", { for: id }, text),
    input,
    h("button", { type: "submit" }, "Find"),
    alternatives,
  );
  return form;
}

// A sentence with the evidence words marked; both are plain text.
export function sentenceWithEvidence(sentence, evidence) {
  const at = evidence ? sentence.indexOf(evidence) : -1;
  if (at < 0) return h("q", { class: "sentence" }, sentence);
  return h(
    "q",
    { class: "sentence" },
    sentence.slice(0, at),
    h("mark", {}, evidence),
    sentence.slice(at + evidence.length),
  );
}

export function claimTriple(c) {
  return h(
    "span",
    { class: "triple" },
    h("strong", {}, entityName(c.subject)),
    h("span", { class: `relation sphere-${c.sphere}` }, ` ${label(c.relation)} `),
    h("strong", {}, entityName(c.object ?? c.place)),
  );
}

// The toolbar of the pages about one actor and, optionally, a second: picking either reopens the page.
export function actorAndOtherToolbar(page, sel, go) {
  return h(
    "div",
    { class: "toolbar" },
    actorPicker({ text: "Actor", initial: sel.actor, onPick: (e) => go(page, { ...sel, actor: e.id }) }),
    actorPicker({ text: "With (optional)", initial: sel.other, onPick: (e) => go(page, { ...sel, other: e.id }) }),
  );
}

export function claimCard(c, extra = []) {
  return h(
    "article",
    { class: "claim", dataset: { claimId: c.id } },
    h("header", {}, claimTriple(c)),
    sentenceWithEvidence(c.sentence, c.evidence?.text),
    h(
      "p",
      { class: "meta" },
      h("span", { class: `certainty certainty-${c.certainty}` }, c.certainty),
      " · ",
      timeText(c.time),
      c.materiel?.length ? ` · ${c.materiel.map((m) => m.name).join(", ")}` : "",
      " · ",
      h("span", { class: "rating", title: "Admiralty rating: source reliability and information credibility" }, c.rating),
      " · ",
      h("a", { href: `#/source?id=${encodeURIComponent(c.source.id)}&claim=${encodeURIComponent(c.id)}` }, c.source.title),
    ),
    extra,
  );
}

export function errorBox(error) {
  return h("p", { class: "error", role: "alert" }, error.message ?? String(error));
}
