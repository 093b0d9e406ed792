// PartyAtlas viewer: the timeline chart in the side panel. Loaded after app.js, whose state it draws.
'use strict';

// The timeline chart: per year, documented countries (a bar) against the official figures as a range
// (a line from the lowest to the highest figure; none where no figure exists). Each year is a control:
// hover or focus gives its values, click or Enter opens that year.
function drawChart() {
  const svg = $('chart');
  const rows = state.timeline;
  const { documented, official: officialColour } = palette.chart; // the style's palette, as the server's charts use it
  const max = Math.max(1, ...rows.map((r) => r.official_countries_high ?? r.official_countries_low ?? 0), ...rows.map((r) => r.documented_countries));
  const step = max <= 50 ? 10 : max <= 100 ? 20 : max <= 250 ? 50 : 100;
  const top = Math.ceil(max / step) * step;
  const [left, bottom, height] = [28, 140, 120];
  const y = (v) => bottom - (v / top) * height;
  const w = (300 - left - 4) / rows.length;
  const ticks = [];
  for (let t = 0; t <= top; t += step) {
    ticks.push(`<line class="grid" x1="${left}" x2="296" y1="${y(t)}" y2="${y(t)}"/><text class="tick" x="${left - 3}" y="${y(t) + 3}">${t}</text>`);
  }
  const years = rows.map((r, i) => {
    const x = left + i * w;
    const cx = x + w / 2;
    const official = r.official_countries_low == null ? 'no official figure'
      : `official ${r.official_countries_low}${r.official_countries_high > r.official_countries_low ? `–${r.official_countries_high}` : ''}`;
    const label = `${r.year}: ${r.documented_countries} countries documented; ${official}`;
    const range = r.official_countries_low == null ? ''
      : `<line class="official" stroke="${officialColour}" x1="${cx}" x2="${cx}" y1="${y(r.official_countries_low)}" y2="${y(r.official_countries_high ?? r.official_countries_low)}"/>`
        + `<line class="official" stroke="${officialColour}" x1="${cx - 3}" x2="${cx + 3}" y1="${y(r.official_countries_low)}" y2="${y(r.official_countries_low)}"/>`
        + `<line class="official" stroke="${officialColour}" x1="${cx - 3}" x2="${cx + 3}" y1="${y(r.official_countries_high ?? r.official_countries_low)}" y2="${y(r.official_countries_high ?? r.official_countries_low)}"/>`;
    return `<g class="year${r.year === state.year ? ' current' : ''}" data-year="${r.year}" tabindex="0" role="button" aria-label="${label}. Show this year.">`
      + `<title>${label}</title><rect class="hit" x="${x}" y="${bottom - height}" width="${w}" height="${height}"/>`
      + `<rect x="${x + w * 0.2}" y="${y(r.documented_countries)}" width="${w * 0.6}" height="${bottom - y(r.documented_countries)}" fill="${documented}"/>`
      + range
      + `<text class="label" transform="translate(${cx + 3} ${bottom + 4}) rotate(-60)">${r.year}</text></g>`;
  });
  svg.innerHTML = ticks.join('') + years.join('')
    + `<text class="key" x="${left}" y="8">bars: documented · lines: official range (lowest–highest)</text>`;
}

function chartYear(target) {
  const year = Number(target.closest?.('g.year')?.dataset.year);
  if (year) setYear(year);
}
$('chart').addEventListener('click', (e) => chartYear(e.target));
$('chart').addEventListener('keydown', (e) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    chartYear(e.target);
  }
});
