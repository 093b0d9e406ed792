// PartyAtlas viewer: documented reach of the CPC's party dialogues, year by year.
// Everything comes from this service: vector tiles (the countries layer is the base map, so no
// internet is needed), /reach/timeline for coverage and the chart, CSV for the text list.
'use strict';

const EVIDENCE_COLOURS = [
  ['spoke', '#99000d', 'Spoke'], ['delegation', '#cb181d', 'Delegation'], ['attended', '#ef3b2c', 'Attended'],
  ['watched_at_venue', '#fb6a4a', 'Watched at a venue'], ['side_event', '#9e9ac8', 'Side event only'],
  ['message_only', '#bcbddc', 'Message only'], ['ambiguous', '#d9d9d9', 'Ambiguous'], ['prospective', '#f0f0f0', 'Prospective'],
];
const CHANGE_COLOURS = [['joined', '#1a9850', 'Joined'], ['stayed', '#fdae61', 'Stayed'], ['left', '#4575b4', 'Left (documented in the first year only)']];

const $ = (id) => document.getElementById(id);
const state = { year: 2021, series: '', evidence: 'confirmed', compare: false, from: 2017, to: 2021, timeline: [] };
const origin = window.location.origin;

function query(extra) {
  const p = new URLSearchParams(extra);
  if (state.series) p.set('series', state.series);
  if (state.evidence !== 'confirmed') p.set('evidence', state.evidence);
  return p.toString();
}

function reachTiles() {
  return [`${origin}/tiles/reach/{z}/{x}/{y}.mvt?${query({ year: state.year })}`];
}

maplibregl.setWorkerUrl('/vendor/maplibre-gl/maplibre-gl-csp-worker.js');
const map = new maplibregl.Map({
  container: 'map',
  center: [60, 20],
  zoom: 1.2,
  attributionControl: { compact: true },
  style: {
    version: 8,
    sources: {
      countries: { type: 'vector', tiles: [`${origin}/tiles/countries/{z}/{x}/{y}.mvt`], minzoom: 0, maxzoom: 8, attribution: 'Natural Earth' },
      reach: { type: 'vector', tiles: reachTiles(), minzoom: 0, maxzoom: 8, promoteId: { reach: 'iso3' } },
      compare: { type: 'geojson', data: { type: 'FeatureCollection', features: [] }, promoteId: 'iso3' },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dde8f0' } },
      { id: 'countries', type: 'fill', source: 'countries', 'source-layer': 'countries', paint: { 'fill-color': '#f3f1ec' } },
      {
        id: 'reach', type: 'fill', source: 'reach', 'source-layer': 'reach',
        paint: {
          'fill-color': ['match', ['get', 'strongest_evidence'], ...EVIDENCE_COLOURS.flatMap(([k, c]) => [k, c]), '#cccccc'],
          'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0.85],
        },
      },
      {
        id: 'compare', type: 'fill', source: 'compare', layout: { visibility: 'none' },
        paint: { 'fill-color': ['match', ['get', 'change'], ...CHANGE_COLOURS.flatMap(([k, c]) => [k, c]), '#cccccc'], 'fill-opacity': 0.85 },
      },
      { id: 'countries-outline', type: 'line', source: 'countries', 'source-layer': 'countries', paint: { 'line-color': '#8d8a83', 'line-width': 0.5 } },
      {
        id: 'reach-hover', type: 'line', source: 'reach', 'source-layer': 'reach',
        paint: { 'line-color': '#111', 'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0] },
      },
    ],
  },
});
map.addControl(new maplibregl.NavigationControl({ showCompass: false }));

// ---- controls -------------------------------------------------------------------------
let playing = null;
function setYear(year) {
  state.year = year;
  $('year').value = String(year);
  $('year-label').textContent = String(year);
  refresh();
}

$('year').addEventListener('input', (e) => setYear(Number(e.target.value)));
$('series').addEventListener('change', (e) => { state.series = e.target.value; loadTimeline().then(refresh); });
document.querySelectorAll('input[name=evidence]').forEach((r) =>
  r.addEventListener('change', (e) => { state.evidence = e.target.value; loadTimeline().then(refresh); }));
$('compare').addEventListener('change', (e) => { state.compare = e.target.checked; refresh(); });
$('from').addEventListener('change', (e) => { state.from = Number(e.target.value); refresh(); });
$('to').addEventListener('change', (e) => { state.to = Number(e.target.value); refresh(); });
$('play').addEventListener('click', () => {
  if (playing) {
    clearInterval(playing);
    playing = null;
  } else {
    playing = setInterval(() => {
      const max = Number($('year').max);
      setYear(state.year >= max ? Number($('year').min) : state.year + 1);
    }, 1500);
  }
  $('play').textContent = playing ? 'Pause' : 'Play';
  $('play').setAttribute('aria-pressed', String(Boolean(playing)));
});

// ---- data -----------------------------------------------------------------------------
async function json(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

async function loadTimeline() {
  state.timeline = (await json(`/reach/timeline?${query({})}`)).years;
  const years = state.timeline.map((r) => r.year);
  $('year').min = String(Math.min(...years));
  $('year').max = String(Math.max(...years));
  for (const id of ['from', 'to']) {
    $(id).replaceChildren(...years.map((y) => new Option(String(y), String(y))));
  }
  $('from').value = String(state.from);
  $('to').value = String(state.to);
  drawChart();
}

function drawChart() {
  const svg = $('chart');
  const rows = state.timeline;
  const max = Math.max(1, ...rows.map((r) => r.official_countries_high ?? 0), ...rows.map((r) => r.documented_countries));
  const w = 280 / rows.length;
  const parts = rows.map((r, i) => {
    const x = 15 + i * w;
    const off = ((r.official_countries_low ?? 0) / max) * 110;
    const doc = (r.documented_countries / max) * 110;
    return `<rect x="${x}" y="${120 - off}" width="${w * 0.8}" height="${off}" fill="#d9d9d9"><title>${r.year}: official ${r.official_countries_low ?? 'n/a'}+</title></rect>`
      + `<rect x="${x + w * 0.2}" y="${120 - doc}" width="${w * 0.4}" height="${doc}" fill="#99000d"><title>${r.year}: documented ${r.documented_countries}</title></rect>`
      + (i % 2 === 0 ? `<text x="${x}" y="132">${String(r.year).slice(2)}</text>` : '');
  });
  svg.innerHTML = parts.join('') + '<text x="15" y="10">grey: official (lowest figure), red: documented</text>';
}

function showCoverage() {
  const row = state.timeline.find((r) => r.year === state.year);
  if (!row) return;
  const official = row.official_countries_low == null ? 'no official country count' : `${row.official_countries_low}+ reported`;
  $('coverage').textContent = `${state.year}: ${row.documented_countries} countries documented of ${official}`
    + ` (${row.event_count} event${row.event_count === 1 ? '' : 's'}). Every list is partial.`;
}

function showLegend() {
  const entries = state.compare ? CHANGE_COLOURS : EVIDENCE_COLOURS.slice(0, state.evidence === 'all' ? 8 : 4);
  $('legend').replaceChildren(...entries.map(([, colour, label]) => {
    const li = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = colour;
    li.append(swatch, document.createTextNode(label));
    return li;
  }));
}

// The text alternative to the map: the same countries, as a list.
async function showList() {
  const url = state.compare
    ? `/reach/compare?${query({ from: state.from, to: state.to, f: 'csv' })}`
    : `/reach?${query({ year: state.year, f: 'csv' })}`;
  const rows = parseCsv(await (await fetch(url)).text());
  $('list-title').textContent = state.compare ? `Countries documented in ${state.from} or ${state.to}` : `Countries documented in ${state.year}`;
  $('list').replaceChildren(...rows.map((r) => {
    const li = document.createElement('li');
    li.textContent = state.compare
      ? `${r.name_en} (${r.iso3}): ${r.change}`
      : `${r.name_en} (${r.iso3}): ${r.strongest_evidence.replaceAll('_', ' ')}, ${r.event_count} event(s)`;
    return li;
  }));
}

function parseCsv(text) {
  const lines = text.trim().split(/\r\n/).filter(Boolean);
  const split = (line) => (line.match(/("([^"]|"")*"|[^,]*)(,|$)/g) || []).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"'));
  const header = split(lines[0] || '');
  return lines.slice(1).map((l) => Object.fromEntries(split(l).map((v, i) => [header[i], v])));
}

async function refresh() {
  window.partyAtlas.idle = false;
  document.body.dataset.mapIdle = 'false';
  map.getSource('reach').setTiles(reachTiles());
  map.setLayoutProperty('compare', 'visibility', state.compare ? 'visible' : 'none');
  map.setLayoutProperty('reach', 'visibility', state.compare ? 'none' : 'visible');
  if (state.compare) {
    map.getSource('compare').setData(`/reach/compare?${query({ from: state.from, to: state.to, zoom: 2, precision: 3 })}`);
  }
  showCoverage();
  showLegend();
  await showList();
}

// ---- hover and popup -------------------------------------------------------------------
let hovered = null;
map.on('mousemove', 'reach', (e) => {
  const id = e.features[0]?.id;
  if (hovered !== null && hovered !== id) map.setFeatureState({ source: 'reach', sourceLayer: 'reach', id: hovered }, { hover: false });
  hovered = id ?? null;
  if (hovered !== null) map.setFeatureState({ source: 'reach', sourceLayer: 'reach', id: hovered }, { hover: true });
  map.getCanvas().style.cursor = 'pointer';
});
map.on('mouseleave', 'reach', () => {
  if (hovered !== null) map.setFeatureState({ source: 'reach', sourceLayer: 'reach', id: hovered }, { hover: false });
  hovered = null;
  map.getCanvas().style.cursor = '';
});

map.on('click', 'reach', async (e) => {
  const feature = e.features[0];
  const iso3 = feature.properties.iso3;
  const timeline = await json(`/countries/${encodeURIComponent(iso3)}/timeline`);
  const entries = timeline.entries.filter((x) => x.year === state.year && (state.evidence === 'all' || x.confirmed)
    && (!state.series || x.series === state.series));
  new maplibregl.Popup({ maxWidth: '360px' }).setLngLat(e.lngLat).setDOMContent(popupContent(timeline, entries)).addTo(map);
});

function popupContent(timeline, entries) {
  const root = document.createElement('div');
  const title = document.createElement('h3');
  title.textContent = `${timeline.name_en} — ${state.year}`;
  const list = document.createElement('ul');
  for (const x of entries) {
    const li = document.createElement('li');
    const who = [x.party, x.person && `${x.person}${x.role ? ` (${x.role})` : ''}`].filter(Boolean).join(', ');
    li.append(document.createTextNode(`${x.dialogue_name}: ${x.evidence.replaceAll('_', ' ')}${who ? ` — ${who}` : ''}. `));
    x.source_urls.forEach((url, i) => {
      if (!/^https?:\/\//.test(url)) return;
      const a = document.createElement('a');
      a.href = url;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      a.textContent = `[${x.source_ids[i]}]`;
      li.append(a, ' ');
    });
    list.append(li);
  }
  const note = document.createElement('p');
  note.className = 'note';
  note.textContent = 'Documented evidence only; absence from the sources is not absence from the event.';
  root.append(title, list, note);
  return root;
}

// ---- test and automation hooks -----------------------------------------------------------
window.partyAtlas = {
  map,
  idle: false,
  renderedReach: () => [...new Set(map.queryRenderedFeatures({ layers: ['reach'] }).map((f) => f.properties.iso3))].sort(),
  setYear,
};
map.on('idle', () => {
  window.partyAtlas.idle = true;
  document.body.dataset.mapIdle = 'true';
});

map.on('load', async () => {
  await loadTimeline();
  // Open on the best-documented year; the slider reaches every other one.
  const best = state.timeline.reduce((a, r) => (r.documented_countries > a.documented_countries ? r : a), state.timeline[0]);
  setYear(best ? best.year : state.year);
});
