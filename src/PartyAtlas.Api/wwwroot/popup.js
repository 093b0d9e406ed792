// PartyAtlas viewer: hover and the country popup (the year's evidence, with source links and the country's
// record chart). Loaded after app.js, whose map, state and helpers it uses; parties.js gives the parties view's popup.
'use strict';

const FILLS = ['reach', 'reach-parties'];
let hovered = null;
map.on('mousemove', FILLS, (e) => {
  const id = e.features[0]?.id;
  if (hovered !== null && hovered !== id) map.setFeatureState({ source: 'reach', sourceLayer: reachLayer(), id: hovered }, { hover: false });
  hovered = id ?? null;
  if (hovered !== null) map.setFeatureState({ source: 'reach', sourceLayer: reachLayer(), id: hovered }, { hover: true });
  map.getCanvas().style.cursor = 'pointer';
});
map.on('mouseleave', FILLS, () => {
  if (hovered !== null) map.setFeatureState({ source: 'reach', sourceLayer: reachLayer(), id: hovered }, { hover: false });
  hovered = null;
  map.getCanvas().style.cursor = '';
});

map.on('click', [...FILLS, 'reach-points'], async (e) => {
  const iso3 = e.features[0].properties.iso3;
  if (state.view === 'parties') {
    new maplibregl.Popup({ maxWidth: '360px' }).setLngLat(e.lngLat).setDOMContent(popupParties(iso3)).addTo(map);
    return;
  }
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
  const record = document.createElement('a');
  record.href = versioned(`/charts/countries/${encodeURIComponent(timeline.iso3)}.svg`);
  record.target = '_blank';
  record.textContent = `${timeline.name_en}'s whole record (chart)`;
  root.append(title, list, note, record);
  return root;
}
