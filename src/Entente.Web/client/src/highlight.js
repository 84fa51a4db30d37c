// Splits a text at every span boundary and wraps each covered piece in one element carrying the
// classes of all spans over it. Pieces are text nodes: the text is never parsed as markup.
import { h } from "./dom.js";

export function highlightText(text, spans) {
  const cuts = new Set([0, text.length]);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i];
    const to = points[i + 1];
    const piece = text.slice(from, to);
    const over = sorted.filter((s) => s.start <= from && s.end >= to && s.end > s.start);
    if (over.length === 0) {
      out.push(piece);
      continue;
    }
    const claims = over.filter((s) => s.claim).map((s) => s.claim);
    const mention = over.find((s) => s.entity);
    out.push(
      h(
        claims.length ? "mark" : "span",
        {
          class: [claims.length ? "evidence" : "", mention ? `mention kind-${mention.entity.kind}` : ""].join(" ").trim(),
          dataset: claims.length ? { claims: claims.join(" ") } : mention ? { entity: mention.entity.id } : {},
          title: mention ? `${mention.entity.name} (${mention.entity.kind})` : null,
        },
        piece,
      ),
    );
  }
  return out;
}
