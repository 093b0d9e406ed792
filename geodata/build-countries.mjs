// Builds geodata/countries.geojson: Natural Earth 1:50m admin-0 countries (via the
// world-atlas npm package) joined to ISO 3166-1 codes, UN M49 regions and names.
// Run: cd geodata && npm ci && node build-countries.mjs   (see README.md)
// Every input comes from a pinned npm package, so the output is reproducible offline.
import { readFileSync, writeFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import { geoEquirectangular } from "d3-geo";
import { geoProject } from "d3-geo-projection";
import i18n from "i18n-iso-countries";

const require = createRequire(import.meta.url);
const topo = require("world-atlas/countries-50m.json");
const codeTable = require("world-countries/countries.json");
i18n.registerLocale(require("i18n-iso-countries/langs/zh.json"));
const OUT = new URL("./countries.geojson", import.meta.url);

const fail = (msg) => { console.error(`build-countries: FAILED: ${msg}`); process.exit(1); };

// world-atlas features that have no usable ISO numeric id. Keyed by world-atlas
// properties.name. Codes come from the ISO 3166-1 user-assigned range (XAA-XZZ).
// "Ashmore and Cartier Is." carries Australia's id 036 in world-atlas; keeping it
// would duplicate AUS, so it gets its own code (it has no ISO code of its own).
const USER_ASSIGNED = {
  "Kosovo": { iso3: "XKX", iso2: "XK", name_en: "Kosovo", kind: "disputed", region: ["Europe", "Southern Europe"] },
  "N. Cyprus": { iso3: "XNC", name_en: "Northern Cyprus", kind: "disputed", region: ["Asia", "Western Asia"] },
  "Somaliland": { iso3: "XSL", name_en: "Somaliland", kind: "disputed", region: ["Africa", "Eastern Africa"] },
  "Siachen Glacier": { iso3: "XSG", name_en: "Siachen Glacier", kind: "disputed", region: ["Asia", "Southern Asia"] },
  "Indian Ocean Ter.": { iso3: "XIO", name_en: "Australian Indian Ocean Territories", kind: "dependent", sovereign: "AUS", region: ["Oceania", "Australia and New Zealand"] },
  "Ashmore and Cartier Is.": { iso3: "XAC", name_en: "Ashmore and Cartier Islands", kind: "dependent", sovereign: "AUS", region: ["Oceania", "Australia and New Zealand"] },
};

// Disputed or partially recognised entities that do have ISO codes. Antarctica is
// here because its territorial claims are frozen/unrecognised: it has no administering state.
const DISPUTED = new Set(["TWN", "PSE", "ESH", "ATA"]);

// Administering state of each dependent territory (de facto administration, as drawn
// by Natural Earth). Cook Islands and Niue (free association with NZ) count as dependent.
const SOVEREIGN_OF = {
  DNK: ["GRL", "FRO"], FIN: ["ALA"], CHN: ["HKG", "MAC"], AUS: ["HMD", "NFK"],
  NZL: ["COK", "NIU", "TKL"], NLD: ["ABW", "BES", "CUW", "SXM"], NOR: ["BVT", "SJM"],
  USA: ["ASM", "GUM", "MNP", "PRI", "UMI", "VIR"],
  FRA: ["ATF", "BLM", "GLP", "GUF", "MAF", "MTQ", "MYT", "NCL", "PYF", "REU", "SPM", "WLF"],
  GBR: ["AIA", "BMU", "CYM", "FLK", "GGY", "GIB", "IMN", "IOT", "JEY", "MSR", "PCN", "SGS", "SHN", "TCA", "VGB"],
};
const sovereignOf = new Map(Object.entries(SOVEREIGN_OF).flatMap(([s, ds]) => ds.map((d) => [d, s])));

// world-countries uses a few non-M49 subregions (Central/Southeast Europe, North America)
// and puts a handful of places elsewhere than UN M49 does; these fixes give M49 placement.
const REGION_FIX = {
  AUT: ["Europe", "Western Europe"], SVN: ["Europe", "Southern Europe"],
  CZE: ["Europe", "Eastern Europe"], HUN: ["Europe", "Eastern Europe"], POL: ["Europe", "Eastern Europe"],
  SVK: ["Europe", "Eastern Europe"], BGR: ["Europe", "Eastern Europe"], ROU: ["Europe", "Eastern Europe"],
  ALB: ["Europe", "Southern Europe"], BIH: ["Europe", "Southern Europe"], HRV: ["Europe", "Southern Europe"],
  MKD: ["Europe", "Southern Europe"], MNE: ["Europe", "Southern Europe"], SRB: ["Europe", "Southern Europe"],
  MEX: ["Americas", "Central America"], CYP: ["Asia", "Western Asia"], SSD: ["Africa", "Eastern Africa"],
  ATF: ["Africa", "Eastern Africa"], HMD: ["Oceania", "Australia and New Zealand"], SGS: ["Americas", "South America"],
  BVT: ["Americas", "South America"], UMI: ["Oceania", "Micronesia"],
};

// Code-table entries with no 1:50m feature of their own get a Point at world-countries' `latlng`
// ([lat, lon]) and geometry_source "point:world-countries latlng" (README: "Point places"), except
// these, whose land is a feature under another code: CXR and CCK are XIO, world-countries' UNK is XKX.
const COVERED_BY = { CXR: "XIO", CCK: "XIO", UNK: "XKX" };
const NATURAL_EARTH = "natural-earth-1:50m", POINT_SOURCE = "point:world-countries latlng";
const SUBREGION_RENAME = { "North America": "Northern America", "South-Eastern Asia": "South-eastern Asia" };
const M49_SUBREGIONS = new Set(["Northern Africa", "Eastern Africa", "Middle Africa", "Southern Africa",
  "Western Africa", "Caribbean", "Central America", "South America", "Northern America", "Central Asia",
  "Eastern Asia", "South-eastern Asia", "Southern Asia", "Western Asia", "Eastern Europe", "Northern Europe",
  "Southern Europe", "Western Europe", "Australia and New Zealand", "Melanesia", "Micronesia", "Polynesia"]);

// ---- geometry -------------------------------------------------------------
// world-atlas stitched Natural Earth's antimeridian cuts back together (it targets d3's
// spherical model), so rings of Russia (Chukotka, Wrangel), Fiji and Antarctica jump
// from +180 to -180. Planar consumers (RFC 7946, PostGIS geometry) need them cut again.
// d3's identity-like equirectangular projection clips at the antimeridian; precision(0)
// turns off resampling so straight edges stay straight. Output is screen space (y down).
const projection = geoEquirectangular().scale(180 / Math.PI).translate([0, 0]).precision(0);

const round5 = (v) => Math.round(v * 1e5) / 1e5 + 0; // "+ 0" turns -0 into 0
const signedArea = (ring) => { // shoelace; > 0 means counter-clockwise (y up)
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return a / 2;
};

// d3 leaves clipped ring ends a hair off the antimeridian (e.g. 179.99982; world-atlas's
// own vertices are 0.0036 degrees apart, so nothing real lies that close). Snap them onto
// +-180, otherwise rings get 0.0002-degree slivers and self-touch (invalid in PostGIS).
const snapLon = (x) => (Math.abs(x) >= 179.999 ? Math.sign(x) * 180 : x);
const same = (p, q) => p[0] === q[0] && p[1] === q[1];

// Unproject (flip y back to latitude), round, snap, then drop repeated points and
// "spikes" (a vertex where the ring doubles back on itself along a straight line).
// Finally wind per RFC 7946 section 3.1.6: exterior counter-clockwise, holes clockwise.
function cleanRing(ring, exterior) {
  const pts = ring.slice(0, -1).map(([x, y]) => [snapLon(round5(x)), round5(-y)]);
  for (let changed = true; changed && pts.length >= 3;) {
    changed = false;
    for (let i = 0; i < pts.length && pts.length >= 3;) {
      const a = pts[(i + pts.length - 1) % pts.length], b = pts[i], c = pts[(i + 1) % pts.length];
      const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
      const dot = (b[0] - a[0]) * (c[0] - b[0]) + (b[1] - a[1]) * (c[1] - b[1]);
      if (same(a, b) || (cross === 0 && dot <= 0)) { pts.splice(i, 1); changed = true; } else i++;
    }
  }
  if (pts.length < 3) return null; // collapsed sliver
  const out = [...pts, [...pts[0]]];
  if (signedArea(out) === 0) return null;
  return (signedArea(out) > 0) === exterior ? out : out.reverse();
}

function cleanGeometry(geometry, label) {
  const projected = geoProject(geometry, projection);
  if (!projected) fail(`${label}: geometry vanished in antimeridian clipping`);
  const polys = projected.type === "Polygon" ? [projected.coordinates] : projected.coordinates;
  const out = [];
  for (const poly of polys) {
    const shell = cleanRing(poly[0], true);
    if (!shell) continue;
    out.push([shell, ...poly.slice(1).map((r) => cleanRing(r, false)).filter(Boolean)]);
  }
  if (!out.length) fail(`${label}: no polygon left after cleaning`);
  return out.length === 1 ? { type: "Polygon", coordinates: out[0] } : { type: "MultiPolygon", coordinates: out };
}

// Even-odd ray casting over all rings of the geometry (holes included).
function contains(geometry, [x, y]) {
  if (geometry.type === "Point") return false;
  const polys = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let inside = false;
  for (const ring of polys.flat()) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i], [xj, yj] = ring[j];
      if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

// ---- attributes -----------------------------------------------------------
const byNumeric = new Map(codeTable.filter((c) => c.ccn3).map((c) => [c.ccn3, c]));
// The code table's Chinese names for these two take a political position
// (中国台湾省, 阿拉伯撒哈拉民主共和国); PartyAtlas uses the neutral geographic names.
const ZH_NEUTRAL = { TWN: "台湾", ESH: "西撒哈拉" };
const zhName = (code) => ZH_NEUTRAL[code] ?? i18n.getName(code, "zh") ?? null;

function regionOf(iso3, region, subregion) {
  const [r, s] = REGION_FIX[iso3] ?? [region, SUBREGION_RENAME[subregion] ?? subregion];
  return { un_region: r || null, un_subregion: s || null };
}

function attributes(f) {
  const waName = f.properties.name;
  const ua = USER_ASSIGNED[waName];
  if (ua) {
    return {
      iso3: ua.iso3, iso2: ua.iso2 ?? null, iso_numeric: null, name_en: ua.name_en,
      name_zh: ua.iso2 ? zhName(ua.iso2) : null, kind: ua.kind, sovereign_iso3: ua.sovereign ?? null,
      un_region: ua.region[0], un_subregion: ua.region[1], code_source: "user-assigned",
    };
  }
  const c = byNumeric.get(f.id);
  if (!c) fail(`world-atlas feature "${waName}" (id ${f.id}) matches no code-table entry; add it to USER_ASSIGNED`);
  return codeAttributes(c, waName);
}

function codeAttributes(c, waName) {
  const iso3 = c.cca3;
  let kind = "dependent";
  if (DISPUTED.has(iso3)) kind = "disputed";
  else if (c.unMember || iso3 === "VAT") kind = "sovereign"; // VAT: UN observer, sovereign
  if (kind === "dependent" && !sovereignOf.has(iso3)) fail(`${iso3} (${waName}) is dependent but not in SOVEREIGN_OF`);
  if (c.independent === true && kind !== "sovereign") fail(`${iso3} is independent in world-countries but classed ${kind}`);
  return {
    iso3, iso2: c.cca2 || null, iso_numeric: c.ccn3, name_en: c.name.common, name_zh: zhName(iso3),
    kind, sovereign_iso3: kind === "dependent" ? sovereignOf.get(iso3) : null,
    ...regionOf(iso3, c.region, c.subregion), code_source: "iso3166",
  };
}

// ---- build ----------------------------------------------------------------
const source = feature(topo, topo.objects.countries).features;
const features = source.map((f) => {
  if (!f.geometry) fail(`world-atlas feature "${f.properties.name}" has no geometry`);
  const properties = attributes(f);
  return { type: "Feature", properties: { ...properties, geometry_source: NATURAL_EARTH }, geometry: cleanGeometry(f.geometry, properties.iso3) };
});
const shaped = new Set(features.map((f) => f.properties.iso3));
const pointPlaces = codeTable.filter((c) => !shaped.has(c.cca3) && !COVERED_BY[c.cca3]).map((c) => {
  const [lat, lon] = c.latlng; // world-countries gives [lat, lon]; GeoJSON is [lon, lat]
  return { type: "Feature", properties: { ...codeAttributes(c, c.name.common), geometry_source: POINT_SOURCE },
    geometry: { type: "Point", coordinates: [round5(lon), round5(lat)] } };
});
features.push(...pointPlaces);
features.sort((a, b) => (a.properties.iso3 < b.properties.iso3 ? -1 : 1));

// ---- checks: any failure exits non-zero and writes nothing ---------------
const seen = new Set();
for (const { properties: p, geometry: g } of features) {
  if (!/^[A-Z]{3}$/.test(p.iso3 ?? "")) fail(`feature without a valid iso3: ${JSON.stringify(p)}`);
  if (seen.has(p.iso3)) fail(`duplicate iso3 ${p.iso3}`);
  seen.add(p.iso3);
  if (p.iso_numeric !== null && !/^\d{3}$/.test(p.iso_numeric)) fail(`${p.iso3}: bad iso_numeric ${p.iso_numeric}`);
  if (p.iso2 !== null && !/^[A-Z]{2}$/.test(p.iso2)) fail(`${p.iso3}: bad iso2 ${p.iso2}`);
  if (!["sovereign", "dependent", "disputed"].includes(p.kind) || !p.name_en) fail(`${p.iso3}: bad kind or name`);
  if (p.un_subregion !== null && !M49_SUBREGIONS.has(p.un_subregion)) fail(`${p.iso3}: non-M49 subregion ${p.un_subregion}`);
  if (p.un_subregion === null && p.iso3 !== "ATA") fail(`${p.iso3}: no subregion`);
  if (g.type === "Point") {
    const [x, y] = g.coordinates;
    if (p.geometry_source !== POINT_SOURCE || !(Math.abs(x) <= 180 && Math.abs(y) <= 90)) fail(`${p.iso3}: bad point ${g.coordinates}`);
    continue;
  }
  if (!["Polygon", "MultiPolygon"].includes(g.type) || p.geometry_source !== NATURAL_EARTH) fail(`${p.iso3}: geometry is ${g.type}`);
  for (const ring of (g.type === "Polygon" ? [g.coordinates] : g.coordinates).flat()) {
    // A vertex visited twice means the ring touches itself: invalid for PostGIS/OGC.
    if (new Set(ring.slice(1).map(String)).size !== ring.length - 1) fail(`${p.iso3}: self-touching ring`);
    for (let i = 0; i < ring.length; i++) {
      const [x, y] = ring[i];
      if (Math.abs(x) > 180 || Math.abs(y) > 90) fail(`${p.iso3}: coordinate out of range ${x},${y}`);
      if (i && Math.abs(x - ring[i - 1][0]) > 180) fail(`${p.iso3}: ring still crosses the antimeridian`);
    }
  }
}
if (features.length !== source.length + pointPlaces.length) fail(`expected ${source.length} + ${pointPlaces.length} features, got ${features.length}`);
for (const iso3 of ["TUV", "TKL", "BVT", "UMI"]) {
  if (!pointPlaces.some((f) => f.properties.iso3 === iso3)) fail(`${iso3} should be a point place`);
}
if (features.length < 230) fail(`only ${features.length} features (need >= 230)`);

const get = (iso3) => features.find((f) => f.properties.iso3 === iso3)?.properties ?? fail(`missing ${iso3}`);
const expectKind = { TWN: "disputed", PSE: "disputed", XKX: "disputed", ESH: "disputed", XNC: "disputed",
  XSL: "disputed", HKG: "dependent", MAC: "dependent", GRL: "dependent", PRI: "dependent", NCL: "dependent",
  FLK: "dependent", VAT: "sovereign", CHN: "sovereign" };
for (const [iso3, kind] of Object.entries(expectKind)) {
  if (get(iso3).kind !== kind) fail(`${iso3} should be ${kind}, is ${get(iso3).kind}`);
}
for (const [iso3, sov] of Object.entries({ HKG: "CHN", MAC: "CHN", GRL: "DNK", PRI: "USA" })) {
  if (get(iso3).sovereign_iso3 !== sov) fail(`${iso3} should have sovereign_iso3 ${sov}`);
}
for (const c of codeTable) {
  if (c.unMember && get(c.cca3).kind !== "sovereign") fail(`UN member ${c.cca3} is not sovereign`);
}

const POINTS = [["Taipei", [121.56, 25.04], "TWN"], ["Beijing", [116.4, 39.9], "CHN"], ["Pristina", [21.17, 42.67], "XKX"]];
for (const [city, pt, iso3] of POINTS) {
  const hits = features.filter((f) => contains(f.geometry, pt)).map((f) => f.properties.iso3);
  if (hits.length !== 1 || hits[0] !== iso3) fail(`${city} ${pt} should lie only in ${iso3}, found in [${hits}]`);
  console.log(`check: ${city} (${pt}) is in ${iso3}`);
}

// One feature per line: still a single valid JSON document, but git diffs stay readable.
const body = features.map((f) => JSON.stringify(f)).join(",\n");
writeFileSync(OUT, `{"type":"FeatureCollection","features":[\n${body}\n]}\n`);
JSON.parse(readFileSync(OUT, "utf8")); // re-read the file: it must parse as JSON
const userAssigned = features.filter((f) => f.properties.code_source === "user-assigned").map((f) => f.properties.iso3);
console.log(`features: ${features.length} (user-assigned codes: ${userAssigned.join(", ")})`);
console.log(`point places (${pointPlaces.length}): ${pointPlaces.map((f) => f.properties.iso3).join(", ")}`);
console.log(`wrote ${OUT.pathname}: ${statSync(OUT).size} bytes (${(statSync(OUT).size / 1048576).toFixed(2)} MiB)`);
