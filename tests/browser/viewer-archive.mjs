// The viewer with ?archive=: the reach layer read from a PMTiles archive (CLI export tiles) served under
// /archives, through the pmtiles protocol. Checks the reach renders for the year and for another year, that
// its tiles came from the archive (range requests) and not from /tiles/reach, with no console error and
// nothing fetched from another host. Usage: node viewer-archive.mjs <baseUrl> <outDir> <archive path>
import { fail, launch, watchedPage } from './chromium.mjs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [baseUrl, outDir, archive] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await launch();
try {
  const { page, errors, requests } = await watchedPage(browser);
  const idle = () => page.waitForFunction(() => window.partyAtlas?.idle === true && document.body.dataset.mapIdle === 'true', null, { timeout: 60000 });

  await page.goto(`${baseUrl}/?archive=${encodeURIComponent(archive)}`, { waitUntil: 'load' });
  await idle();
  const first = await page.evaluate(() => window.partyAtlas.renderedReach());
  if (first.length === 0) fail('no reach rendered from the archive');
  await page.screenshot({ path: join(outDir, 'viewer-archive.png') });

  await page.evaluate(() => window.partyAtlas.setYear(2017));
  await idle();
  const second = await page.evaluate(() => window.partyAtlas.renderedReach());
  if (second.length === 0) fail('no reach rendered for 2017 from the archive');
  if (JSON.stringify(first) === JSON.stringify(second)) fail('another year rendered the same countries');

  const fromArchive = requests.filter((r) => r.url.includes('/archives/'));
  if (!fromArchive.some((r) => r.range.startsWith('bytes='))) fail('no range request to the archive');
  const apiReach = requests.filter((r) => /\/tiles\/reach\/\d/.test(r.url));
  if (apiReach.length) fail(`reach tiles came from the API: ${apiReach[0].url}`);
  const origin = new URL(baseUrl).origin;
  const elsewhere = requests.filter((r) => !r.url.startsWith('data:') && !r.url.startsWith('blob:') && new URL(r.url).origin !== origin);
  if (elsewhere.length) fail(`requests left the host: ${elsewhere.map((r) => r.url).join(', ')}`);
  if (errors.length) fail(`console errors: ${errors.join(' | ')}`);
  console.log(JSON.stringify({ first: first.length, second: second.length, archiveRequests: fromArchive.length }));
} finally {
  await browser.close();
}
