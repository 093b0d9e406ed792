// Shared by the browser checks: Debian's chromium through playwright-core (WebGL through SwiftShader for
// MapLibre; no browser download), and a page that records its errors and every request it makes.
import { chromium } from 'playwright-core';

export const fail = (message) => { throw new Error(message); };

export const launch = () => chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-dev-shm-usage',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  ],
});

/** A new page that collects console errors (and warnings, when asked) and requests ({ url, accept, range }). */
export async function watchedPage(browser, { warnings = false } = {}) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' || (warnings && m.type() === 'warning')) errors.push(m.text()); });
  page.on('request', (r) => requests.push({ url: r.url(), accept: r.headers().accept ?? '', range: r.headers().range ?? '' }));
  return { page, errors, requests };
}
