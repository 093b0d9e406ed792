// Opens the OGC API's HTML pages in Debian's chromium as a person would, with the browser's own Accept
// header (no f=html), and checks: every page renders its heading with no console error and no CSP
// violation, the items page draws its map and pages forward, a feature opens from the table, the
// /downloads page cites the release and links working files, and nothing is fetched from another host. Usage: node ogc-pages.mjs <baseUrl> <outDir>
import { fail, launch, watchedPage } from './chromium.mjs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [baseUrl, outDir] = process.argv.slice(2);
if (!baseUrl || !outDir) {
  console.error('usage: node ogc-pages.mjs <baseUrl> <outDir>');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const browser = await launch();
try {
  const { page, errors, requests } = await watchedPage(browser, { warnings: true });
  const origin = new URL(baseUrl).origin;

  const visit = async (path, heading) => {
    const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
    if (response.status() !== 200) fail(`${path}: ${response.status()}`);
    if (!response.headers()['content-type'].startsWith('text/html')) fail(`${path}: ${response.headers()['content-type']}`);
    if (!response.headers()['content-security-policy']?.includes("script-src 'self'")) fail(`${path}: no CSP`);
    const h1 = await page.textContent('h1');
    if (!heading.test(h1)) fail(`${path}: heading "${h1}"`);
    const css = await page.evaluate(() => getComputedStyle(document.querySelector('header')).borderBottomStyle);
    if (css !== 'solid') fail(`${path}: the stylesheet did not apply`);
  };

  await visit('/ogc', /OGC API/);
  await page.click('text=The feature collections');
  if (!/\/ogc\/collections\?(v=[0-9a-f]{16}&)?f=html$/.test(page.url())) fail(`collections link went to ${page.url()}`);
  await visit('/ogc/conformance', /Conformance/);
  await visit('/ogc/collections', /Collections/);
  await visit('/ogc/collections/participations', /Participation evidence/);
  await visit('/ogc/collections/participations/queryables', /Queryables/);

  await visit("/ogc/collections/participations/items?limit=25&filter=" + encodeURIComponent("evidence_type = 'spoke'"), /features/);
  const paths = await page.$$eval('svg.map path.feature', (p) => p.map((e) => e.getAttribute('d').length));
  if (paths.length !== 1 || paths[0] < 100) fail(`items map: ${JSON.stringify(paths)}`);
  const box = await page.$eval('svg.map', (svg) => { const r = svg.getBoundingClientRect(); return [r.width, r.height]; });
  if (box[0] < 200 || box[1] < 100) fail(`items map is ${box}`);
  const firstRows = await page.$$eval('tbody tr', (rows) => rows.map((r) => r.cells[0].textContent));
  if (firstRows.length !== 25) fail(`${firstRows.length} rows on the first page`);
  await page.screenshot({ path: join(outDir, 'ogc-items.png'), fullPage: false });
  await page.click('a[rel=next]');
  await page.waitForLoadState('load');
  if (!/offset=25/.test(page.url())) fail(`next went to ${page.url()}`);
  const secondRows = await page.$$eval('tbody tr', (rows) => rows.map((r) => r.cells[0].textContent));
  if (secondRows.some((id) => firstRows.includes(id))) fail('the next page repeats features');
  if (!/26–/.test(await page.textContent('.count'))) fail(`count says ${await page.textContent('.count')}`);

  await page.click('tbody tr:first-child td:first-child a');
  await page.waitForLoadState('load');
  if ((await page.textContent('h1')) !== secondRows[0]) fail(`the feature page is ${await page.textContent('h1')}, not ${secondRows[0]}`);
  if ((await page.$$('svg.map path.feature')).length !== 1) fail('no map of the feature');
  await page.screenshot({ path: join(outDir, 'ogc-item.png') });

  await visit('/ogc/collections/dialogues/items', /features/);
  if ((await page.$$('svg.map circle.place')).length < 5) fail('the events are not drawn as places');

  // The release page the viewer's footer links to: the citation, and every file a working link.
  await visit('/downloads', /Download and cite/);
  if (!/PartyAtlas contributors \(\d{4}\)/.test(await page.textContent('#citation'))) fail('no citation on /downloads');
  if (!(await page.textContent('#bibtex')).startsWith('@misc{partyatlas_')) fail('no BibTeX on /downloads');
  for (const href of await page.$$eval('table a[download]', (as) => as.map((a) => a.href))) {
    const file = await page.request.get(href);
    if (file.status() !== 200) fail(`${href}: ${file.status()}`);
  }
  await page.screenshot({ path: join(outDir, 'downloads.png') });

  const elsewhere = requests.map((r) => r.url).filter((u) => new URL(u).origin !== origin);
  if (elsewhere.length) fail(`requests left the host: ${elsewhere.join(', ')}`);
  if (errors.length) fail(`console errors: ${errors.join(' | ')}`);
  console.log(JSON.stringify({ pages: requests.filter((r) => r.url.includes('/ogc')).length, requests: requests.length }));
} finally {
  await browser.close();
}
