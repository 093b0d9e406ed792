// PartyAtlas viewer: documented reach of the CPC's party dialogues, year by year.
// Everything comes from this service: the map (sources, layers, colours) is /styles/reach.json, whose
// countries layer is the base map, so no internet is needed; /reach/timeline gives coverage and the
// chart; the GeoJSON of /reach and /reach/compare gives the text list. parties.js adds the party view and search;
// popup.js hover and popups; chart.js the timeline chart; share.js the link, embed and downloads.
'use strict';

// Every colour comes from the style: its layers, and for what the viewer adds (compare, highlight, hover, chart)
// its metadata's partyatlas:palette, so the server's colour-vision check covers the whole page.
const CHANGE_LABELS = [['joined', 'Joined'], ['stayed', 'Stayed'], ['left', 'Left (documented in the first year only)']];
// The fallback is Palette's own values (a unit test keeps every colour here in Palette), for a style cached
// by a browser before the style carried its palette.
const FALLBACK_PALETTE = {
  changes: { joined: '#1b7837', stayed: '#fdb863', left: '#5e3c99' },
  highlight: { core: '#111111', casing: '#ffffff' }, hover: '#111111', unmatched: '#cccccc',
  chart: { documented: '#cb181d', official: '#1d2330' },
};
let palette = FALLBACK_PALETTE;
const changeColours = () => CHANGE_LABELS.map(([key, label]) => [key, palette.changes[key], label]);
const EVIDENCE_LABELS = { watched_at_venue: 'Watched at a venue', side_event: 'Side event only' };
const CONFIRMED = 4; // the style lists evidence strongest first; the first four are the confirmed types
const EMPTY = { type: 'FeatureCollection', features: [] };

const $ = (id) => document.getElementById(id);
const state = { year: 2021, series: '', evidence: 'confirmed', view: 'evidence', compare: false, from: 2017, to: 2021, timeline: [], collection: EMPTY };

// ---- the state in the URL: a link reopens the same year, filters, view and map position ----------------
const opened = new URLSearchParams(window.location.search);
const sharedYear = Number(opened.get('year')) || null;
if (['', 'global', 'thematic', 'regional'].includes(opened.get('series') ?? '')) state.series = opened.get('series') ?? '';
if (opened.get('evidence') === 'all') state.evidence = 'all';
if (opened.get('view') === 'parties') state.view = 'parties';
if (opened.get('compare') === '1') state.compare = true;
if (Number(opened.get('from'))) state.from = Number(opened.get('from'));
if (Number(opened.get('to'))) state.to = Number(opened.get('to'));
const embedded = opened.get('embed') === '1';
if (embedded) document.body.classList.add('embed');
const sharedCamera = (opened.get('map') ?? '').split('/').map(Number); // zoom/lat/lon
const evidenceLabel = (code) => EVIDENCE_LABELS[code] ?? code[0].toUpperCase() + code.slice(1).replaceAll('_', ' ');

function query(extra) {
  const p = new URLSearchParams(extra);
  if (state.series) p.set('series', state.series);
  if (state.evidence !== 'confirmed') p.set('evidence', state.evidence);
  return p.toString();
}

// ?archive=/archives/NAME.pmtiles: the reach comes from a PMTiles archive (CLI `export tiles`: one layer a year,
// reach_2014 …) through the pmtiles protocol instead of the API's tiles; same origin only (the CSP's connect-src).
const archive = new URLSearchParams(window.location.search).get('archive');
if (archive) maplibregl.addProtocol('pmtiles', new pmtiles.Protocol().tile);
const reachLayer = () => (archive ? `reach_${state.year}` : 'reach');

const styleUrl = () => `${window.location.origin}/styles/reach.json?${query({ year: state.year })}`;

// What the viewer adds to the served style: hover state on reach, the compare layer, a hover outline.
function withViewerLayers(style) {
  const served = style.metadata?.['partyatlas:palette'] ?? {};
  palette = { ...FALLBACK_PALETTE, ...served, changes: { ...FALLBACK_PALETTE.changes, ...served.changes }, chart: { ...FALLBACK_PALETTE.chart, ...served.chart } };
  if (archive) {
    style.sources.reach = { type: 'vector', url: `pmtiles://${new URL(archive, window.location.href).href}` };
    for (const layer of style.layers.filter((l) => l.source === 'reach')) layer['source-layer'] = reachLayer();
  }
  style.sources.reach.promoteId = archive ? 'iso3' : { reach: 'iso3' };
  style.sources.compare = { type: 'geojson', data: EMPTY, promoteId: 'iso3' };
  const layers = style.layers;
  for (const fill of layers.filter((l) => l.id === 'reach' || l.id === 'reach-parties')) {
    fill.paint['fill-opacity'] = ['case', ['boolean', ['feature-state', 'hover'], false], 1, fill.paint['fill-opacity'] ?? 1];
  }
  const reach = layers.find((l) => l.id === 'reach');
  layers.splice(layers.indexOf(reach) + 1, 0, {
    id: 'compare', type: 'fill', source: 'compare', layout: { visibility: 'none' },
    paint: { 'fill-color': ['match', ['get', 'change'], ...changeColours().flatMap(([k, c]) => [k, c]), palette.unmatched], 'fill-opacity': 0.85 },
  });
  const outline = layers.findIndex((l) => l.id === 'countries-outline');
  layers.splice(outline + 1, 0, {
    id: 'reach-hover', type: 'line', source: 'reach', 'source-layer': reachLayer(),
    paint: { 'line-color': palette.hover, 'line-width': ['case', ['boolean', ['feature-state', 'hover'], false], 2, 0] },
  });
  withPartyLayers(style);
  return style;
}

maplibregl.setWorkerUrl('/vendor/maplibre-gl/maplibre-gl-csp-worker.js');
const map = new maplibregl.Map({
  container: 'map',
  center: sharedCamera.length === 3 && sharedCamera.every(Number.isFinite) ? [sharedCamera[2], sharedCamera[1]] : [60, 20],
  zoom: sharedCamera.length === 3 && Number.isFinite(sharedCamera[0]) ? sharedCamera[0] : 1.2,
  attributionControl: { compact: true },
});
map.setStyle(styleUrl(), { transformStyle: (_, next) => withViewerLayers(next) });
map.addControl(new maplibregl.NavigationControl({ showCompass: false }));

// [evidence, colour] pairs, strongest first, read from the style's reach fill-color match expression.
function evidenceColours() {
  const fill = map.getPaintProperty('reach', 'fill-color');
  if (!Array.isArray(fill) || fill[0] !== 'match') return [];
  const pairs = [];
  for (let i = 2; i + 1 < fill.length; i += 2) pairs.push([String(fill[i]), fill[i + 1]]);
  return pairs;
}

// ---- controls -------------------------------------------------------------------------
let playing = null;
function setYear(year) {
  state.year = year;
  for (const g of document.querySelectorAll('#chart g.year')) g.classList.toggle('current', Number(g.dataset.year) === year);
  $('year').value = String(year);
  $('year-label').textContent = String(year);
  refresh();
}

$('year').addEventListener('input', (e) => setYear(Number(e.target.value)));
$('series').addEventListener('change', (e) => { state.series = e.target.value; loadTimeline().then(refresh); });
document.querySelectorAll('input[name=evidence]').forEach((r) =>
  r.addEventListener('change', (e) => { state.evidence = e.target.value; loadTimeline().then(refresh); }));
$('compare').addEventListener('change', (e) => { state.compare = e.target.checked; refresh(); });
document.querySelectorAll('input[name=view]').forEach((r) => r.addEventListener('change', (e) => {
  state.view = e.target.value;
  applyView();
  showLegend();
  showList(state.collection);
  shareState();
}));
$('party-search').addEventListener('change', (e) => selectParty(e.target.value));
$('party-search').addEventListener('input', (e) => { if (parties.index.has(e.target.value)) selectParty(e.target.value); });
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
// Every answer names its data version; later requests carry it (`v`), so an HTTP cache in front may keep
// them until the next import, and after an import the old version's URLs redirect to the new one.
let dataVersion = null;
const versioned = (url) => (dataVersion ? `${url}${url.includes('?') ? '&' : '?'}v=${dataVersion}` : url);

async function json(url) {
  const response = await fetch(versioned(url));
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  dataVersion = response.headers.get('PartyAtlas-Data-Version') ?? dataVersion;
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
  buildPartyIndex().catch((e) => { $('party-result').textContent = `Party names could not be loaded (${e.message}).`; });
}


function showCoverage() {
  const row = state.timeline.find((r) => r.year === state.year);
  if (!row) return;
  const official = row.official_countries_low == null ? 'no official country count' : `${row.official_countries_low}+ reported`;
  $('coverage').textContent = `${state.year}: ${row.documented_countries} countries documented of ${official}`
    + ` (${row.event_count} event${row.event_count === 1 ? '' : 's'}). Every list is partial.`;
}

function showLegend() {
  const entries = state.compare ? changeColours()
    : state.view === 'parties' ? partyClasses()
    : evidenceColours().slice(0, state.evidence === 'all' ? undefined : CONFIRMED).map(([code, colour]) => [code, colour, evidenceLabel(code)]);
  if (!state.compare && map.getLayer('dialogues')) entries.push(['dialogue', map.getPaintProperty('dialogues', 'circle-color'), 'Dialogue venue']);
  $('legend').replaceChildren(...entries.map(([key, colour, label]) => {
    const li = document.createElement('li');
    li.dataset.key = key;
    const swatch = document.createElement('span');
    swatch.className = key === 'dialogue' ? 'swatch dot' : 'swatch';
    swatch.style.background = colour;
    li.append(swatch, document.createTextNode(label));
    return li;
  }));
}

// The text alternative to the map: the same countries, as a list, from the GeoJSON answer.
function showList(collection) {
  $('list-title').textContent = state.compare ? `Countries documented in ${state.from} or ${state.to}` : `Countries documented in ${state.year}`;
  $('list').replaceChildren(...collection.features.map(({ properties: p }) => {
    const li = document.createElement('li');
    li.textContent = state.compare ? `${p.name_en} (${p.iso3}): ${p.change}`
      : state.view === 'parties' ? `${p.name_en} (${p.iso3}): ${partyCount(p)} documented part${partyCount(p) === 1 ? 'y' : 'ies'}`
      : `${p.name_en} (${p.iso3}): ${p.strongest_evidence.replaceAll('_', ' ')}, ${p.event_count} event(s)`;
    return li;
  }));
}

// The style for the year and filters differs only in its tile URLs: swap those, keep the layers (smooth play).
function updateTiles(style) {
  if (archive) showArchiveYear();
  for (const [id, source] of Object.entries(style.sources)) {
    if (archive && id === 'reach') continue; // the archive holds every year: its layers change, not its source
    const current = map.getSource(id);
    if (source.tiles && current?.setTiles && JSON.stringify(current.tiles) !== JSON.stringify(source.tiles)) current.setTiles(source.tiles);
  }
}

// The archive's reach layers of the year: a layer's source-layer cannot change, so each is added again in place.
function showArchiveYear() {
  const layers = map.getStyle().layers;
  layers.forEach((layer, i) => {
    if (layer.source !== 'reach' || layer['source-layer'] === reachLayer()) return;
    map.removeLayer(layer.id);
    map.addLayer({ ...layer, 'source-layer': reachLayer() }, layers[i + 1]?.id);
  });
}

let latest = 0;
let refreshing = 0;
async function refresh() {
  const ticket = ++latest;
  refreshing++;
  window.partyAtlas.idle = false;
  document.body.dataset.mapIdle = 'false';
  try {
    const compare = state.compare;
    const [style, collection] = await Promise.all([
      json(styleUrl()),
      compare
        ? json(`/reach/compare?${query({ from: state.from, to: state.to, zoom: 2, precision: 3 })}`)
        : json(`/reach?${query({ year: state.year, zoom: 0, precision: 0 })}`),
    ]);
    if (ticket !== latest) return; // a newer refresh (e.g. the next year while playing) wins
    updateTiles(style);
    map.getSource('compare').setData(compare ? collection : EMPTY);
    map.setLayoutProperty('compare', 'visibility', compare ? 'visible' : 'none');
    if (map.getLayer('dialogues')) map.setLayoutProperty('dialogues', 'visibility', compare ? 'none' : 'visible');
    applyView();
    state.collection = collection;
    partiesForYear(collection);
    showCoverage();
    showLegend();
    showList(collection);
    shareState();
  } finally {
    refreshing--;
    map.triggerRepaint(); // an 'idle' event follows once the new tiles are drawn
  }
}

// ---- test and automation hooks -----------------------------------------------------------
window.partyAtlas = {
  map,
  idle: false,
  renderedReach: (layer = 'reach') => [...new Set(map.queryRenderedFeatures({ layers: [layer] }).map((f) => f.properties.iso3))].sort(),
  evidenceColours,
  partyClasses,
  setYear,
};
map.on('idle', () => {
  if (refreshing > 0 || latest === 0) return; // the first refresh, or the style or list for the current year, is on its way
  window.partyAtlas.idle = true;
  document.body.dataset.mapIdle = 'true';
});

map.on('load', async () => {
  // The controls show the state a shared link opened with.
  $('series').value = state.series;
  document.querySelector(`input[name=evidence][value=${state.evidence}]`).checked = true;
  document.querySelector(`input[name=view][value=${state.view}]`).checked = true;
  $('compare').checked = state.compare;
  await loadTimeline();
  // Open on the shared year, else the best-documented one; the slider reaches every other one.
  const best = state.timeline.reduce((a, r) => (r.documented_countries > a.documented_countries ? r : a), state.timeline[0]);
  const years = state.timeline.map((r) => r.year);
  setYear(sharedYear && years.includes(sharedYear) ? sharedYear : best ? best.year : state.year);
});

