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
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const out = [];
  // One sweep: the spans open over a piece are those started at or before it and not yet ended (every end is a cut,
  // so a span over a piece's start covers it whole). Testing every span for every piece was quadratic: a window of a
  // long text has thousands of mentions.
  let open = [];
  let next = 0;
  for (let i = 0; i < points.length - 1; i++) {
    const from = points[i];
    const to = points[i + 1];
    const piece = text.slice(from, to);
    while (next < sorted.length && sorted[next].start <= from) open.push(sorted[next++]);
    open = open.filter((s) => s.end >= to);
    const over = open;
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
