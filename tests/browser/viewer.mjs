// Opens the PartyAtlas viewer in Debian's chromium (headless, WebGL through SwiftShader; playwright gives
// it a fresh profile) and checks
// what a person would: the reach layer renders for a year, the slider changes it, a click opens a
// popup with a source link and its record chart, the legend has the style's colours, the list comes from the JSON answer
// (never CSV), the party view and party search work, small island states are circles at zoom 1,
// play and compare work, and nothing is fetched from elsewhere. Saves screenshots. Usage: node viewer.mjs <baseUrl> <outDir>
import { fail, launch, watchedPage } from './chromium.mjs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [baseUrl, outDir] = process.argv.slice(2);
if (!baseUrl || !outDir) {
  console.error('usage: node viewer.mjs <baseUrl> <outDir>');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const box0 = (box, point) => ({ x: box.x + point.x, y: box.y + point.y });
const browser = await launch();
try {
  const { page, errors, requests } = await watchedPage(browser);
  const get = async (path) => (await fetch(new URL(path, baseUrl))).json();
  const rgb = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

  const idle = () => page.waitForFunction(() => window.partyAtlas?.idle === true && document.body.dataset.mapIdle === 'true', null, { timeout: 60000 });
  await page.goto(baseUrl, { waitUntil: 'load' });
  await idle();

  const year = Number(await page.inputValue('#year'));
  const first = await page.evaluate(() => window.partyAtlas.renderedReach());
  if (first.length === 0) fail(`no reach features rendered for ${year}`);
  const banner = await page.textContent('#coverage');
  if (!/countries documented of/.test(banner)) fail(`coverage banner says: ${banner}`);
  await page.screenshot({ path: join(outDir, `viewer-${year}.png`) });

  // The legend shows the style's reach colours, and the list is the /reach GeoJSON's features.
  const style = await get(`/styles/reach.json?year=${year}`);
  const fill = style.layers.find((l) => l.id === 'reach').paint['fill-color'];
  const legend = await page.$$eval('#legend li', (lis) => lis.map((li) => [li.dataset.key, li.querySelector('.swatch').style.backgroundColor]));
  for (const [key, colour] of legend.filter(([k]) => k !== 'dialogue')) {
    const i = fill.indexOf(key);
    if (i < 2 || rgb(fill[i + 1]) !== colour) fail(`legend ${key} is ${colour}, the style's reach fill-color says ${fill[i + 1]}`);
  }
  if (legend.length < 4) fail(`legend has ${legend.length} entries`);
  const reach = await get(`/reach?year=${year}`);
  const list = await page.$$eval('#list li', (lis) => lis.map((li) => li.textContent));
  const names = reach.features.map((f) => `${f.properties.name_en} (${f.properties.iso3}): `);
  if (list.length !== names.length || list.some((t, i) => !t.startsWith(names[i]))) fail(`list ${JSON.stringify(list.slice(0, 3))} is not /reach?year=${year}`);

  // The party view: the legend shows the style's party-count classes, the list counts parties, a popup lists them.
  await page.check('input[name=view][value=parties]');
  await page.waitForFunction(() => window.partyAtlas.renderedReach('reach-parties').length > 0, null, { timeout: 30000 });
  const steps = style.layers.find((l) => l.id === 'reach-parties').paint['fill-color'];
  const classes = await page.$$eval('#legend li', (lis) => lis.map((li) => [li.dataset.key, li.querySelector('.swatch').style.backgroundColor, li.textContent]));
  const labels = classes.filter(([k]) => k.startsWith('parties-')).map(([, , t]) => t);
  for (const want of ['1 party', '2 parties', '3–4 parties', '5+ parties']) if (!labels.includes(want)) fail(`party legend ${JSON.stringify(labels)} lacks ${want}`);
  for (const [key, colour] of classes.filter(([k]) => k !== 'dialogue')) {
    const low = Number(key.slice('parties-'.length));
    const i = low === 0 ? 2 : steps.indexOf(low, 3) + 1;
    if (i < 2 || rgb(steps[i]) !== colour) fail(`party legend ${key} is ${colour}, the style's reach-parties step says ${steps[i]}`);
  }
  const counted = await page.$$eval('#list li', (lis) => lis.map((li) => li.textContent));
  if (counted.length !== names.length || counted.some((t) => !/: \d+ documented part(y|ies)$/.test(t))) fail(`party list: ${JSON.stringify(counted.slice(0, 3))}`);
  const partiesOf = (p) => (Array.isArray(p.parties) ? p.parties : p.parties ? p.parties.split('; ') : []);
  // Search by a registry party documented this year: the box offers the registry's names.
  const named = reach.features.find((f) => (f.properties.party_ids ?? []).length > 0)?.properties;
  if (!named) fail(`no country in ${year} has a documented registry party`);
  await page.waitForFunction(() => document.querySelectorAll('#party-names option').length > 0, null, { timeout: 60000 });
  const registry = (await get('/parties')).parties;
  const party = registry.find((p) => p.id === named.party_ids[0])?.name_en;
  if (!party) fail(`/parties lacks ${named.party_ids[0]}`);
  await page.fill('#party-search', party);
  await page.waitForFunction(() => document.getElementById('party-result').textContent.includes('documented in'), null, { timeout: 10000 });
  const result = await page.textContent('#party-result');
  const outlined = await page.evaluate(() => document.getElementById('party-result').dataset.countries.split(','));
  if (!result.startsWith(party) || !result.includes(String(year)) || !outlined.includes(named.iso3)) fail(`searching ${party}: ${result} (${outlined})`);
  const highlight = await page.evaluate(() => window.partyAtlas.map.getFilter('party-highlight')[2][1]);
  if (!highlight.includes(named.iso3)) fail(`the highlight filter ${JSON.stringify(highlight)} lacks ${named.iso3}`);
  const options = await page.$$eval('#party-names option', (os) => os.map((o) => o.value));
  if (!options.includes(party)) fail(`the party list lacks ${party}`);
  await page.screenshot({ path: join(outDir, `viewer-${year}-parties.png`) });
  // Click well inside a country that names parties (its neighbours 4 px away are the same country).
  const hitParties = await page.evaluate(() => {
    const { map } = window.partyAtlas;
    const canvas = map.getCanvas();
    const at = (x, y) => map.queryRenderedFeatures([x, y], { layers: ['reach-parties'] })[0]?.properties;
    for (let y = 40; y < canvas.clientHeight - 40; y += 10) {
      for (let x = 40; x < canvas.clientWidth - 40; x += 10) {
        const p = at(x, y);
        if (p && p.party_count > 0 && [[4, 0], [-4, 0], [0, 4], [0, -4]].every(([dx, dy]) => at(x + dx, y + dy)?.iso3 === p.iso3)) return { x, y, iso3: p.iso3 };
      }
    }
    return null;
  });
  if (!hitParties) fail('no country naming a party is clickable in the party view');
  const clickedParties = partiesOf(reach.features.find((f) => f.properties.iso3 === hitParties.iso3).properties);
  const at = box0(await page.locator('#map canvas').boundingBox(), hitParties);
  await page.mouse.click(at.x, at.y);
  const partyPopup = page.locator('.maplibregl-popup-content');
  await partyPopup.waitFor({ timeout: 20000 });
  const popupItems = await partyPopup.locator('li').allTextContents();
  if (JSON.stringify(popupItems) !== JSON.stringify(clickedParties)) fail(`the party popup for ${hitParties.iso3} lists ${JSON.stringify(popupItems)}, /reach says ${JSON.stringify(clickedParties)}`);
  await page.locator('.maplibregl-popup-close-button').click();
  await page.fill('#party-search', '');
  await page.check('input[name=view][value=evidence]');

  // Small island states are circles at zoom 1: the smallest documented country under 30,000 km² in some year.
  const countries = (await get('/countries?zoom=0&precision=0')).features.map((f) => f.properties);
  const timeline = (await get('/reach/timeline')).years.map((r) => r.year);
  let island = null;
  for (const y of timeline) {
    const documented = new Set((await get(`/reach?year=${y}&zoom=0&precision=0`)).features.map((f) => f.properties.iso3));
    const small = countries.filter((c) => documented.has(c.iso3) && c.area_km2 < 30000).sort((a, b) => a.area_km2 - b.area_km2)[0];
    if (small && (!island || small.area_km2 < island.area_km2)) island = { ...small, year: y };
  }
  if (!island) fail('no small documented country in any year');
  await page.evaluate((y) => { window.partyAtlas.setYear(y); }, island.year);
  await idle();
  await page.evaluate(({ label_lon: lon, label_lat: lat }) => {
    window.partyAtlas.idle = false;
    document.body.dataset.mapIdle = 'false';
    window.partyAtlas.map.jumpTo({ center: [lon, lat], zoom: 1 });
  }, island);
  await idle();
  const circles = await page.evaluate(({ label_lon: lon, label_lat: lat }) => {
    const { map } = window.partyAtlas;
    const p = map.project([lon, lat]);
    return map.queryRenderedFeatures([[p.x - 6, p.y - 6], [p.x + 6, p.y + 6]], { layers: ['reach-points'] }).map((f) => f.properties.iso3);
  }, island);
  if (!circles.includes(island.iso3)) fail(`${island.iso3} (${island.area_km2} km², ${island.year}) is not a circle at zoom 1: ${circles}`);
  await page.screenshot({ path: join(outDir, `viewer-${island.year}-${island.iso3}-z1.png`) });
  await page.evaluate((y) => {
    window.partyAtlas.map.jumpTo({ center: [60, 20], zoom: 1.2 });
    window.partyAtlas.setYear(y);
  }, year);
  await idle();

  // Move the slider with the keyboard, as a keyboard user would, to an earlier year.
  await page.focus('#year');
  const target = 2017;
  for (let y = year; y > target; y--) await page.keyboard.press('ArrowLeft');
  await idle();
  const moved = Number(await page.inputValue('#year'));
  const second = await page.evaluate(() => window.partyAtlas.renderedReach());
  if (moved !== target) fail(`slider at ${moved}, expected ${target}`);
  if (JSON.stringify(first) === JSON.stringify(second)) fail(`moving the slider from ${year} to ${target} changed nothing`);

  // Click inside a rendered reach polygon: find a pixel where the reach layer answers.
  const point = await page.evaluate(() => {
    const { map } = window.partyAtlas;
    const canvas = map.getCanvas();
    for (let y = 40; y < canvas.clientHeight; y += 15) {
      for (let x = 40; x < canvas.clientWidth; x += 15) {
        const hit = map.queryRenderedFeatures([x, y], { layers: ['reach'] })[0];
        if (hit) return { x, y, iso3: hit.properties.iso3 };
      }
    }
    return null;
  });
  if (!point) fail('no clickable reach feature found');
  const box = await page.locator('#map canvas').boundingBox();
  await page.mouse.click(box.x + point.x, box.y + point.y);
  const popup = page.locator('.maplibregl-popup-content');
  await popup.waitFor({ timeout: 20000 });
  const links = await popup.locator('a[href^="http"]').count();
  if (links === 0) fail(`the popup for ${point.iso3} has no source link: ${await popup.textContent()}`);
  // The country's whole record as a chart, for a case study.
  const chart = await popup.locator('a[href*="/charts/countries/"]').getAttribute('href');
  if (!chart?.includes(`/charts/countries/${point.iso3}.svg`)) fail(`the popup for ${point.iso3} links no record chart: ${chart}`);
  const drawn = await page.request.get(new URL(chart, baseUrl).href);
  if (drawn.status() !== 200 || !drawn.headers()['content-type'].startsWith('image/svg+xml')) fail(`the record chart gave ${drawn.status()}`);
  await page.screenshot({ path: join(outDir, `viewer-${target}-popup.png`) });

  // Play moves the year on; pause stops it.
  await page.click('#play');
  await page.waitForFunction((y) => document.getElementById('year-label').textContent !== String(y), target, { timeout: 10000 });
  await page.click('#play');
  await idle();
  const played = Number(await page.inputValue('#year'));
  if (!(await page.textContent('#list-title')).includes(String(played))) fail(`after play the list is not for ${played}`);

  // Compare mode: the list and legend switch to joined / stayed / left.
  await page.check('#compare');
  await idle();
  const changes = await page.$$eval('#list li', (lis) => lis.map((li) => li.textContent));
  if (changes.length === 0 || changes.some((t) => !/: (joined|stayed|left)$/.test(t))) fail(`compare list: ${JSON.stringify(changes.slice(0, 3))}`);
  await page.screenshot({ path: join(outDir, 'viewer-compare.png') });

  const csv = requests.filter((r) => /[?&]f=csv\b/.test(r.url) || r.accept.includes('text/csv'));
  if (csv.length > 0) fail(`the viewer asked for CSV: ${csv.map((r) => r.url).join(' ')}`);
  const foreign = requests.filter((r) => !r.url.startsWith(baseUrl) && !/^(data|blob):/.test(r.url));
  if (foreign.length > 0) fail(`requests outside the service: ${foreign.map((r) => r.url).join(' ')}`);
  if (!requests.some((r) => new URL(r.url).pathname === '/styles/reach.json')) fail('the viewer never fetched /styles/reach.json');

  if (errors.length > 0) fail(`page errors: ${errors.join(' | ')}`);
  console.log(JSON.stringify({ year, party, island: island.iso3, rendered: first.length, target, renderedAfter: second.length, clicked: point.iso3, links, played, compared: changes.length, requests: requests.length }));
} finally {
  await browser.close();
}
