// Map: an offline world map (Natural Earth 1:110m from world-atlas, bundled), theaters shaded by the
// selected actor's activity, co-presence with a second actor outlined.
import { geoNaturalEarth1, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import { h, clear, append } from "../dom.js";
import { getJson } from "../api.js";
import { actorAndOtherToolbar, errorBox } from "../components.js";
import { alpha3ByNumeric } from "../iso-numeric.js";

const SVG = "http://www.w3.org/2000/svg";
const countries = feature(world, world.objects.countries).features;

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) node.setAttribute(k, String(v));
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

export async function render(view, params, { go, announce }) {
  const sel = { actor: params.actor ?? "", other: params.other ?? "" };
  const body = h("div", { class: "map-body" });
  append(view, 
    h("h1", {}, "Map"),
    actorAndOtherToolbar("map", sel, go),
    body,
  );
  let theaters = [];
  let data = null;
  if (sel.actor) {
    try {
      data = await getJson(`/api/map/${encodeURIComponent(sel.actor)}`, { other: sel.other });
      theaters = data.theaters;
    } catch (error) {
      append(body, errorBox(error));
    }
  }
  const byIso = new Map(theaters.filter((t) => t.iso3).map((t) => [t.iso3, t]));
  const max = Math.max(1, ...theaters.map((t) => t.claims_a + t.claims_b));
  const width = 960;
  const height = 500;
  const projection = geoNaturalEarth1().fitSize([width, height], { type: "Sphere" });
  const path = geoPath(projection);
  const title = data ? (data.b ? `Theaters of ${data.a.name} and ${data.b.name}` : `Theaters of ${data.a.name}`) : "World";
  const map = svg(
    "svg",
    { viewBox: `0 0 ${width} ${height}`, class: "world", role: "img", "aria-labelledby": "map-title" },
    svg("title", { id: "map-title" }, title),
    svg("path", { d: path({ type: "Sphere" }), class: "ocean" }),
  );
  for (const country of countries) {
    const iso3 = alpha3ByNumeric.get(country.id);
    const t = iso3 ? byIso.get(iso3) : undefined;
    const classes = ["country"];
    if (t) classes.push("active");
    if (t?.co_present) classes.push("copresent");
    const p = svg("path", { d: path(country), class: classes.join(" "), "data-iso3": iso3 ?? "", "data-name": country.properties.name });
    if (t) {
      p.style.setProperty("--activity", String(0.25 + (0.75 * (t.claims_a + t.claims_b)) / max));
      p.append(svg("title", {}, `${t.name}: ${t.claims_a}${data.b ? ` / ${t.claims_b}` : ""} claims${t.co_present ? " (both present)" : ""}`));
    }
    append(map, p);
  }
  append(body, 
    h("figure", { class: "map" }, map, h("figcaption", {}, title, ". Darker means more claims placed there; outlined theaters have both actors.")),
    theaters.length
      ? h(
          "table",
          { class: "theater-table" },
          h("caption", {}, "Theaters"),
          h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Theater"), h("th", { scope: "col" }, data.a.name), data.b ? h("th", { scope: "col" }, data.b.name) : null, h("th", { scope: "col" }, "Both"))),
          h("tbody", {}, theaters.map((t) => h("tr", { dataset: { theater: t.id, iso3: t.iso3 ?? "" } }, h("th", { scope: "row" }, t.name), h("td", {}, String(t.claims_a)), data.b ? h("td", {}, String(t.claims_b)) : null, h("td", {}, t.co_present ? "yes" : "")))),
        )
      : h("p", { class: "muted" }, sel.actor ? "No claims place this actor anywhere." : "Choose an actor."),
  );
  if (data?.co_presence_test) {
    const t = data.co_presence_test;
    append(body, h("p", { class: "muted" }, `Co-presence: ${t.observed} shared theaters away from home, ${t.expected.toFixed(1)} expected by chance (p = ${t.p_value.toFixed(3)}, ${t.permutations} permutations).`));
  }
  if (data) announce(`${theaters.length} theaters`);
}
