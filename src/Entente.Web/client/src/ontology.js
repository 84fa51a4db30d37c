// The ontology as the server states it, fetched once per page load.
import { getJson } from "./api.js";

let cached = null;

export function ontology() {
  cached ??= getJson("/api/ontology");
  return cached;
}

export async function sphereOfRelation() {
  const o = await ontology();
  return new Map(o.relations.map((r) => [r.id, r.sphere]));
}
