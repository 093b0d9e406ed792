// PartyAtlas viewer, parties: the "documented parties per country" view and the party search box.
// Loaded before app.js; its functions run later and use app.js's `map`, `state`, `$`, `json` and `query`.
// Colours and classes come from the style's `reach-parties` layer (a step over the party count).
'use strict';

const HIGHLIGHT_LAYERS = ['party-highlight-casing', 'party-highlight', 'party-highlight-points', 'party-highlight-points-casing'];
const parties = { byIso3: new Map(), index: new Map(), selected: '', registry: false, built: null };

// The party registry's count when the features carry it, else the count of distinct party names.
const partyCount = (p) => Number(p.documented_parties ?? p.party_count ?? 0);

// Party names of a feature: an array, or today's '; '-joined string.
function partyNames(p) {
  if (Array.isArray(p.parties)) return p.parties.map(String);
  return typeof p.parties === 'string' && p.parties ? p.parties.split('; ') : [];
}

// Highlight layers: an outline on the reach fills and a ring on the small-country circles, empty until a party is chosen.
function withPartyLayers(style) {
  const layers = style.layers;
  const points = layers.findIndex((l) => l.id === 'reach-points');
  const none = ['in', ['get', 'iso3'], ['literal', []]];
  const { core, casing } = palette.highlight; // a dark core in a white casing: visible on every fill
  layers.splice(points + 1, 0,
    { id: 'party-highlight-casing', type: 'line', source: 'reach', 'source-layer': reachLayer(), filter: none, paint: { 'line-color': casing, 'line-width': 6 } },
    { id: 'party-highlight', type: 'line', source: 'reach', 'source-layer': reachLayer(), filter: none, paint: { 'line-color': core, 'line-width': 2.5 } },
    { id: 'party-highlight-points', type: 'circle', source: 'reach_points', 'source-layer': 'reach_points', maxzoom: 4, filter: none,
      paint: { 'circle-radius': 7, 'circle-opacity': 0, 'circle-stroke-color': core, 'circle-stroke-width': 2.5 } },
    { id: 'party-highlight-points-casing', type: 'circle', source: 'reach_points', 'source-layer': 'reach_points', maxzoom: 4, filter: none,
      paint: { 'circle-radius': 9.5, 'circle-opacity': 0, 'circle-stroke-color': casing, 'circle-stroke-width': 2 } });
}

// [lowest count, colour, label] per class, read from the style's step expression.
function partyClasses() {
  const fill = map.getLayer('reach-parties') && map.getPaintProperty('reach-parties', 'fill-color');
  if (!Array.isArray(fill) || fill[0] !== 'step') return [];
  const bounds = [0, ...fill.filter((_, i) => i >= 3 && i % 2 === 1)];
  const colours = [fill[2], ...fill.filter((_, i) => i >= 4 && i % 2 === 0)];
  return bounds.map((low, i) => {
    const next = bounds[i + 1];
    const range = next === undefined ? `${low}+` : next - 1 > low ? `${low}–${next - 1}` : String(low);
    const label = low === 0 ? 'Documented, no party named' : `${range} ${range === '1' ? 'party' : 'parties'}`;
    return [`parties-${low}`, colours[i], label];
  });
}

// Shows the chosen view: the evidence fill or the party-count fill; small-country circles follow its colours.
function applyView() {
  if (!map.getLayer('reach-parties')) return;
  const byParties = state.view === 'parties';
  map.setLayoutProperty('reach', 'visibility', state.compare || byParties ? 'none' : 'visible');
  map.setLayoutProperty('reach-parties', 'visibility', !state.compare && byParties ? 'visible' : 'none');
  map.setLayoutProperty('reach-points', 'visibility', state.compare ? 'none' : 'visible');
  map.setPaintProperty('reach-points', 'circle-color', map.getPaintProperty(byParties ? 'reach-parties' : 'reach', 'fill-color'));
}

// The current year's features by iso3 (popups and the highlight read them), and the highlight for the year.
function partiesForYear(collection) {
  parties.byIso3 = new Map(state.compare ? [] : collection.features.map((f) => [f.properties.iso3, f.properties]));
  showParty();
}

function popupParties(iso3) {
  const p = parties.byIso3.get(iso3);
  const root = document.createElement('div');
  const title = document.createElement('h3');
  title.textContent = `${p?.name_en ?? iso3} — ${state.year}`;
  const names = p ? partyNames(p) : [];
  const list = document.createElement('ul');
  names.forEach((name, i) => {
    const li = document.createElement('li');
    const id = Array.isArray(p.party_ids) ? p.party_ids[i] : null;
    if (id) {
      const a = document.createElement('a');
      a.href = `/parties/${encodeURIComponent(id)}`;
      a.textContent = name;
      li.append(a);
    } else li.textContent = name;
    list.append(li);
  });
  const note = document.createElement('p');
  note.className = 'note';
  note.textContent = names.length === 0 ? 'Documented participation names no party.'
    : `${partyCount(p)} documented part${partyCount(p) === 1 ? 'y' : 'ies'}. Every list is partial.`;
  root.append(title, list, note);
  return root;
}

// ---- search ---------------------------------------------------------------------------------
// Party names across the years: the registry (/parties) when it answers, else the parties of /reach per year.
async function buildPartyIndex() {
  const key = query({});
  if (parties.built === key) return;
  parties.built = key;
  const index = new Map();
  const entry = (name) => index.get(name) ?? index.set(name, { id: null, years: new Set() }).get(name);
  try {
    const response = await fetch('/parties', { headers: { accept: 'application/json' } });
    const body = response.ok && response.headers.get('content-type')?.includes('json') ? await response.json() : null;
    // The registry: each party's years are those of its events (the timeline says which events a year held).
    const yearOf = new Map(state.timeline.flatMap(({ year, events }) => (events ?? []).map((e) => [e, year])));
    for (const p of Array.isArray(body?.parties) ? body.parties : []) {
      const e = entry(p.name_en);
      e.id = p.id;
      for (const ev of p.events ?? []) if (yearOf.has(ev)) e.years.add(yearOf.get(ev));
    }
  } catch { /* no registry: names come from /reach */ }
  parties.registry = index.size > 0;
  if (!parties.registry) {
    const years = await Promise.all(state.timeline.map(async ({ year }) => [year, await json(`/reach?${query({ year, zoom: 0, precision: 0 })}`)]));
    if (parties.built !== key) return; // the filters changed meanwhile: a newer index is on its way
    for (const [year, collection] of years) {
      for (const { properties: p } of collection.features) partyNames(p).forEach((name) => entry(name).years.add(year));
    }
  }
  parties.index = index;
  const names = [...index.keys()].sort((a, b) => a.localeCompare(b));
  $('party-names').replaceChildren(...names.map((name) => new Option(name)));
  $('party-search').placeholder = `${names.length} parties`;
  showParty();
}

// Countries of the current year where a party appears: by registry id when the features carry ids, else by name.
function countriesOf(name) {
  const id = parties.index.get(name)?.id;
  return [...parties.byIso3.values()].filter((p) => (id && Array.isArray(p.party_ids) ? p.party_ids.includes(id) : partyNames(p).includes(name)));
}

function showParty() {
  if (!map.getLayer('party-highlight')) return;
  const name = parties.selected;
  const found = name && parties.index.has(name) ? countriesOf(name) : [];
  const filter = ['in', ['get', 'iso3'], ['literal', found.map((p) => p.iso3)]];
  for (const id of HIGHLIGHT_LAYERS) map.setFilter(id, filter);
  const result = $('party-result');
  result.replaceChildren();
  if (!name) return;
  const entry = parties.index.get(name);
  if (!entry) {
    result.textContent = parties.index.size ? `No documented party named “${name}”.` : 'Party names are loading…';
    return;
  }
  const years = [...entry.years].sort();
  const where = found.length ? `In ${state.year}: ${found.map((p) => p.name_en).join(', ')} (outlined).` : `Not documented in ${state.year}.`;
  result.textContent = `${name}: documented in ${years.join(', ') || 'no year with these filters'}. ${where}`;
  result.dataset.countries = found.map((p) => p.iso3).join(',');
  if (entry.id) {
    const a = document.createElement('a');
    a.href = `/parties/${encodeURIComponent(entry.id)}`;
    a.textContent = 'Party details';
    result.append(' ', a);
  }
}

function selectParty(name) {
  parties.selected = name.trim();
  showParty();
}
