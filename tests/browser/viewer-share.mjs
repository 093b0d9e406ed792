// The viewer's shared state: a link with year, filters and view reopens them; the URL follows the
// controls; "Download map" fetches the figure of what is shown; the embed mode shows the map without
// the side panel. Usage: node viewer-share.mjs <baseUrl> <outDir>
import { fail, launch, watchedPage } from './chromium.mjs';
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';

const [baseUrl, outDir] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const browser = await launch();
try {
  const { page, errors } = await watchedPage(browser);
  const idle = () => page.waitForFunction(() => window.partyAtlas?.idle === true && document.body.dataset.mapIdle === 'true', null, { timeout: 60000 });

  await page.goto(`${baseUrl}/?year=2017&series=global&evidence=all&view=parties&map=2.50/30.000/40.000`, { waitUntil: 'load' });
  await idle();
  if (await page.inputValue('#year') !== '2017') fail(`year ${await page.inputValue('#year')}`);
  if (await page.inputValue('#series') !== 'global') fail('series not reopened');
  if (!(await page.isChecked('input[name=evidence][value=all]'))) fail('evidence not reopened');
  if (!(await page.isChecked('input[name=view][value=parties]'))) fail('view not reopened');
  const zoom = await page.evaluate(() => window.partyAtlas.map.getZoom());
  if (Math.abs(zoom - 2.5) > 0.01) fail(`zoom ${zoom}`);

  // The URL and the share link follow the controls.
  await page.evaluate(() => window.partyAtlas.setYear(2021));
  await idle();
  const search = new URL(page.url()).searchParams;
  if (search.get('year') !== '2021' || search.get('series') !== 'global' || search.get('view') !== 'parties') fail(`URL is ${page.url()}`);
  if (!(await page.inputValue('#share-link')).includes('year=2021')) fail('share link not updated');

  // The timeline chart: a control per year with its values, full year labels; Enter on a year opens it.
  const chartYears = await page.$$eval('#chart g.year', (gs) => gs.map((g) => [g.dataset.year, g.querySelector('title').textContent, g.querySelector('text.label').textContent]));
  if (chartYears.length < 10 || chartYears.some(([year, title, label]) => label !== year || !title.startsWith(`${year}: `) || !/countries documented/.test(title))) fail(`chart years ${JSON.stringify(chartYears.slice(0, 2))}`);
  await page.focus('#chart g.year[data-year="2018"]');
  await page.keyboard.press('Enter');
  await idle();
  if (await page.inputValue('#year') !== '2018') fail(`Enter on the chart's 2018 opened ${await page.inputValue('#year')}`);
  await page.evaluate(() => window.partyAtlas.setYear(2021));
  await idle();

  // Download map: the figure of what is shown, with the same filters.
  const href = await page.getAttribute('#download-png', 'href');
  if (!/\/maps\/reach\/2021\.png\?.*view=parties.*series=global/.test(href)) fail(`download link ${href}`); // the parties view, as shown
  const figure = await page.request.get(new URL(href, baseUrl).href);
  if (figure.status() !== 200 || figure.headers()['content-type'] !== 'image/png') fail(`download gave ${figure.status()} ${figure.headers()['content-type']}`);
  await page.click('#show-embed');
  if (!(await page.inputValue('#embed-code')).includes('embed=1')) fail('no embed code');

  // The embed mode: the map alone, and it may be framed.
  const embedded = await page.goto(`${baseUrl}/?year=2021&embed=1`, { waitUntil: 'load' });
  if (!embedded.headers()['content-security-policy'].includes('frame-ancestors *')) fail('the embed mode refuses framing');
  await idle();
  if (await page.evaluate(() => getComputedStyle(document.querySelector('aside')).display) !== 'none') fail('the side panel shows in the embed mode');
  if ((await page.evaluate(() => window.partyAtlas.renderedReach())).length === 0) fail('the embedded map shows no reach');
  await page.screenshot({ path: join(outDir, 'viewer-embed.png') });
  if (errors.length) fail(`console errors: ${errors.join(' | ')}`);
} finally {
  await browser.close();
}
