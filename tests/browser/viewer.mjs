// Opens the PartyAtlas viewer in Debian's chromium (headless, WebGL through SwiftShader; playwright gives
// it a fresh profile) and checks
// what a person would: the reach layer renders for a year, the slider changes it, a click opens a
// popup with a source link, the legend has the style's colours, the list comes from the JSON answer
// (never CSV), play and compare work, and nothing is fetched from elsewhere. Saves screenshots. Usage: node viewer.mjs <baseUrl> <outDir>
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [baseUrl, outDir] = process.argv.slice(2);
if (!baseUrl || !outDir) {
  console.error('usage: node viewer.mjs <baseUrl> <outDir>');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });

const fail = (message) => { throw new Error(message); };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-dev-shm-usage',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const requests = [];
  page.on('request', (r) => requests.push({ url: r.url(), accept: r.headers().accept ?? '' }));
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
  console.log(JSON.stringify({ year, rendered: first.length, target, renderedAfter: second.length, clicked: point.iso3, links, played, compared: changes.length, requests: requests.length }));
} finally {
  await browser.close();
}
