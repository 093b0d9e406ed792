// PartyAtlas viewer: sharing what is shown — the URL, Copy link, Embed and Download map. Loaded after
// app.js, whose state, map and helpers it uses.
'use strict';

// Keeps the URL, the share link, the embed code and the download links equal to what is shown.
function shareState() {
  const p = new URLSearchParams({ year: String(state.year) });
  if (state.series) p.set('series', state.series);
  if (state.evidence !== 'confirmed') p.set('evidence', state.evidence);
  if (state.view !== 'evidence') p.set('view', state.view);
  if (state.compare) { p.set('compare', '1'); p.set('from', String(state.from)); p.set('to', String(state.to)); }
  if (archive) p.set('archive', archive);
  const c = map.getCenter();
  p.set('map', `${map.getZoom().toFixed(2)}/${c.lat.toFixed(3)}/${c.lng.toFixed(3)}`);
  if (embedded) p.set('embed', '1');
  history.replaceState(null, '', `?${p}`);
  p.delete('embed');
  const link = `${window.location.origin}/?${p}`;
  $('share-link').value = link;
  p.set('embed', '1');
  $('embed-code').value = `<iframe src="${window.location.origin}/?${p}" width="800" height="500" style="border:0" title="PartyAtlas: documented reach of the CPC's party dialogues" loading="lazy"></iframe>`;
  const figure = state.compare ? `/maps/compare/${state.from}-${state.to}` : `/maps/reach/${state.year}`;
  const filters = query(!state.compare && state.view === 'parties' ? { view: 'parties' } : {});
  $('download-png').href = versioned(`${figure}.png?${filters}${filters ? '&' : ''}width=1600`);
  $('download-svg').href = versioned(`${figure}.svg${filters ? `?${filters}` : ''}`);
  $('download-png').download = `partyatlas-${state.compare ? `${state.from}-${state.to}` : state.year}.png`;
  $('download-svg').download = `partyatlas-${state.compare ? `${state.from}-${state.to}` : state.year}.svg`;
}
map.on('moveend', shareState);
$('copy-link').addEventListener('click', async () => {
  shareState();
  try {
    await navigator.clipboard.writeText($('share-link').value);
    $('share-status').textContent = 'Link copied.';
  } catch {
    $('share-link').select();
    $('share-status').textContent = 'Select the link above and copy it (the browser did not allow copying).';
  }
});
$('show-embed').addEventListener('click', () => {
  const code = $('embed-code');
  code.hidden = !code.hidden;
  $('show-embed').setAttribute('aria-expanded', String(!code.hidden));
  if (!code.hidden) code.select();
});
