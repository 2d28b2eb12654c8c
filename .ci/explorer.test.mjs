// Drives the explorer (/) in headless Chromium against a running service and checks what it draws against the
// API itself: the series of two regions chosen through the controls and their downloads, the quote of a hovered point, the as-of
// picker after a fact is retired, the permalink, the Chinese interface; then writes the screenshots.
//   node .ci/explorer.test.mjs http://127.0.0.1:8089 [screenshot folder, docs/screenshots by default]
// The service must trust the dev JWT key (docs/dev-jwt), since the test retires one fact as a curator.
// The page's hooks it reads are documented at the top of explorer/explorer.js.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const base = (process.argv[2] ?? 'http://127.0.0.1:8080').replace(/\/$/, '');
// Where the screenshots go: the README shows those of docs/screenshots; CI writes its own under target/.
const shots = process.argv[3] ?? 'docs/screenshots';
const origin = new URL(base).origin;
const repo = fileURLToPath(new URL('..', import.meta.url));
const METRIC = 'emissions.fossil-co2.total'; // CDIAC-FF's fossil-fuel CO2, as carbon
const UNIT = 'Mt CO2';
const REGIONS = ['CN', 'US'];

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const fail = async (message) => {
  console.error(`explorer: FAILED: ${message}`);
  await browser.close();
  process.exit(1);
};
const check = (ok, message) => { if (!ok) throw new Error(message); };

// Node 20 has no JSON.parse source text access: keep the published numbers' text by quoting them first
// (a quote inside a JSON string is escaped, so the lookbehind skips text that merely looks like one).
const exactJson = (text) => JSON.parse(text.replace(/(?<!\\)"(value|roundedTo|publishedValue)":(-?[0-9][0-9.eE+-]*)/g, '"$1":"$2"'));

async function api(path, { headers = {}, method = 'GET', body } = {}) {
  const response = await fetch(`${base}${path}`, { method, body, headers: { Accept: 'application/json', ...headers } });
  const text = await response.text();
  check(response.ok, `${method} ${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return { body: exactJson(text), etag: response.headers.get('ETag') };
}

// Every page of a region's series, as the chart should show it.
async function apiSeries(region, asOf = '') {
  const points = [];
  let cursor = null;
  do {
    const query = new URLSearchParams({ region, unit: UNIT, size: '100' });
    if (asOf) query.set('asOf', asOf);
    if (cursor) query.set('cursor', cursor);
    const { body } = await api(`/api/v1/metrics/${METRIC}/series?${query}`);
    points.push(...body.items.map((p) => ({ factId: p.factId, start: p.period.start, end: p.period.end, value: p.value })));
    cursor = body.nextCursor;
  } while (cursor);
  return points;
}

const key = (p) => `${p.start}/${p.end}=${p.value}`;

// The drawn series of each region equals the API's, point for point (period and exact value).
async function compareWithApi(page, label, asOf = '') {
  const drawn = await page.evaluate(() => window.explorer.drawn());
  for (const region of REGIONS) {
    const shown = drawn.series.find((s) => s.region === region);
    check(shown && !shown.error, `${label}: no series drawn for ${region} (${shown?.error ?? 'missing'})`);
    const expected = await apiSeries(region, asOf);
    const [a, b] = [shown.points.map(key), expected.map(key)];
    const differs = a.findIndex((k, i) => k !== b[i]);
    check(a.length === b.length && differs < 0,
      `${label}: ${region} drew ${a.length} points, the API has ${b.length}; first difference at ${differs}: ${a[differs]} vs ${b[differs]}`);
    check(shown.unit === UNIT, `${label}: ${region} is in ${shown.unit}, not ${UNIT}`);
  }
  return drawn;
}

// Waits until the page has loaded the view asked for (and nothing is loading).
async function waitForView(page, view) {
  await page.waitForFunction((want) => {
    const e = window.explorer;
    if (!e || e.busy || !e.drawn()) return false;
    const s = e.state();
    const d = e.drawn();
    return Object.entries(want).every(([k, v]) => (k === 'regions' ? s.regions.join() === v.join() : s[k] === v))
      && d.metric === s.metric && d.asOf === s.asOf && d.unit === s.unit;
  }, view, { timeout: 20000 });
}

const consoleErrors = [];
const requests = [];
function watch(page) {
  page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') consoleErrors.push(message.text()); });
  page.on('request', (request) => requests.push({ url: request.url(), language: request.headers()['accept-language'] }));
  return page;
}

try {
  const started = Date.now();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  const page = watch(await context.newPage());
  await page.goto(`${base}/`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.explorer && !window.explorer.busy && window.explorer.drawn(), null, { timeout: 30000 });
  const first = await page.evaluate(() => window.explorer.drawn());
  const firstPoints = first.series.reduce((n, s) => n + s.points.length, 0);
  check(firstPoints > 0, `the default view draws nothing: ${JSON.stringify(first).slice(0, 300)}`);
  console.log(`explorer: the page opens on ${first.metric} (${first.series.map((s) => s.region).join(', ')}, ${firstPoints} points)`);

  // Another view first, through one of the page's examples, so that what follows changes something.
  await page.click('a[data-example][href*="ets.price.close-year-end"]');
  await waitForView(page, { metric: 'ets.price.close-year-end', regions: ['CN'] });

  // The metric by typing, then the regions and the unit through their controls.
  await page.fill('#metric-input', '');
  await page.locator('#metric-input').pressSequentially('fossil total');
  await page.click(`#metric-list [role="option"][data-value="${METRIC}"]`, { timeout: 10000 });
  await waitForView(page, { metric: METRIC, regions: ['CN'] });
  await page.locator('#region-input').pressSequentially('United States');
  await page.click('#region-list [role="option"][data-value="US"]', { timeout: 10000 });
  await waitForView(page, { metric: METRIC, regions: REGIONS });
  await page.selectOption('#unit-select', UNIT);
  await waitForView(page, { metric: METRIC, regions: REGIONS, unit: UNIT });
  const drawn = await compareWithApi(page, 'typed metric');
  console.log(`explorer: typed "fossil total", chose CN and US in ${UNIT}: ${drawn.series.map((s) => `${s.region} ${s.points.length}`).join(', ')} points, as the API's series`);

  // The download links are the API's own addresses, and each holds the whole series drawn.
  const links = await page.$$eval('#downloads a', (anchors) => anchors.map((a) => a.getAttribute('href')));
  for (const series of drawn.series) {
    for (const format of ['csv', 'json']) {
      const href = links.find((link) => link.includes(`region=${series.region}&`) && link.endsWith(`format=${format}`));
      check(href && href.startsWith(`/api/v1/metrics/${METRIC}/series?`), `no ${format} download of ${series.region}: ${links.join(' ')}`);
      const response = await fetch(`${base}${href}`);
      const text = await response.text();
      check(response.ok, `${href} answered ${response.status}: ${text.slice(0, 200)}`);
      const rows = format === 'json' ? JSON.parse(text).items.length : text.trim().split('\r\n').length - 1;
      check(rows === series.points.length, `${href} holds ${rows} points, the chart ${series.points.length}`);
    }
  }
  console.log(`explorer: the CSV and JSON downloads of ${REGIONS.join(' and ')} hold the points drawn`);

  // Hovering over the chart shows the nearest point's fact with its verbatim quote.
  const plot = await page.locator('#chart .u-over').boundingBox();
  check(plot, 'no chart canvas to hover over');
  await page.mouse.move(plot.x + plot.width * 0.5, plot.y + plot.height * 0.5);
  await page.mouse.move(plot.x + plot.width * 0.9, plot.y + plot.height * 0.4);
  await page.waitForSelector('#detail blockquote.quote', { timeout: 10000 });
  const hovered = await page.evaluate(() => ({
    factId: document.getElementById('detail').dataset.factId,
    quote: document.querySelector('#detail blockquote.quote').textContent,
  }));
  const drawnIds = new Set(drawn.series.flatMap((s) => s.points.map((p) => p.factId)));
  check(drawnIds.has(hovered.factId), `the detail panel shows fact ${hovered.factId}, which the chart does not draw`);
  const { body: hoveredFact } = await api(`/api/v1/facts/${hovered.factId}`);
  check(hovered.quote === hoveredFact.quote, `hover shows the quote "${hovered.quote}", the API's is "${hoveredFact.quote}"`);
  console.log(`explorer: hovering shows fact ${hovered.factId}'s quote: "${hovered.quote}"`);

  // Retire one drawn fact: the page then lacks it, and the as-of picker at the second before the retirement (by
  // the database's clock, which dates versions) shows it again.
  const retired = drawn.series[0].points[0];
  const token = execFileSync(`${repo}docs/dev-jwt/token.sh`, ['explorer-test']).toString().trim();
  const { etag } = await api(`/api/v1/facts/${retired.factId}`);
  const { body: retirement } = await api(`/api/v1/facts/${retired.factId}/retire`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'If-Match': etag, 'Content-Type': 'application/json' },
    body: JSON.stringify({ reason: 'Explorer browser test: the as-of picker must still show this point' }),
  });
  const t0 = new Date(Math.floor((Date.parse(retirement.updatedAt) - 1) / 1000) * 1000);
  await page.reload({ waitUntil: 'load' });
  await waitForView(page, { metric: METRIC, regions: REGIONS, unit: UNIT, asOf: '' });
  const after = await compareWithApi(page, 'after retiring');
  check(!after.series[0].points.some((p) => p.factId === retired.factId), `the retired fact ${retired.factId} is still drawn`);
  const asOf = t0.toISOString().replace(/\.000Z$/, 'Z');
  await page.fill('#asof-input', asOf.replace(/Z$/, ''));
  await waitForView(page, { metric: METRIC, regions: REGIONS, unit: UNIT, asOf });
  const past = await compareWithApi(page, `as of ${asOf}`, asOf);
  check(past.series[0].points.some((p) => p.factId === retired.factId), `as of ${asOf} the retired fact ${retired.factId} is not drawn`);
  console.log(`explorer: retired ${REGIONS[0]} ${retired.start}; the page drops it, and as of ${asOf} draws it again, as the API's series then`);

  // The permalink restores the whole view in a new page.
  const permalink = page.url();
  const restored = watch(await context.newPage());
  await restored.goto(permalink, { waitUntil: 'load' });
  await waitForView(restored, { metric: METRIC, regions: REGIONS, unit: UNIT, asOf });
  const again = await restored.evaluate(() => window.explorer.drawn());
  check(JSON.stringify(again) === JSON.stringify(past), `the permalink ${permalink} draws another view`);
  console.log(`explorer: the permalink ${permalink.slice(base.length)} restores metric, regions, unit, as-of and points`);

  // The Chinese switch: the interface in Chinese, the metric's Chinese name, and zh-CN asked of the API.
  const { body: zhMetric } = await api(`/api/v1/metrics/${METRIC}`, { headers: { 'Accept-Language': 'zh-CN' } });
  const before = requests.length;
  await restored.click('button[data-lang="zh"]');
  await waitForView(restored, { lang: 'zh', metric: METRIC, regions: REGIONS, unit: UNIT, asOf });
  const zh = await restored.evaluate(() => ({
    lang: document.documentElement.lang,
    label: document.querySelector('label[for="metric-input"]').textContent,
    title: document.getElementById('view-title').textContent,
    heading: document.querySelector('h1').textContent,
  }));
  check(zh.lang === 'zh-CN' && /[\u4e00-\u9fff]/.test(zh.label) && /[\u4e00-\u9fff]/.test(zh.heading),
    `the interface is not in Chinese: ${JSON.stringify(zh)}`);
  check(zh.title.startsWith(zhMetric.name), `the title "${zh.title}" is not the metric's Chinese name "${zhMetric.name}"`);
  const asked = requests.slice(before).filter((r) => r.url.includes('/series?'));
  check(asked.length > 0 && asked.every((r) => r.language === 'zh-CN'), `series requests after the switch asked for ${asked.map((r) => r.language)}`);
  console.log(`explorer: 中文 shows "${zh.label}", "${zh.heading}" and the metric as "${zhMetric.name}"`);
  await restored.close();

  // Screenshots of the default view, with a point's details on the desktop.
  mkdirSync(`${repo}${shots}`, { recursive: true });
  const desktop = watch(await context.newPage());
  await desktop.goto(`${base}/?lang=en`, { waitUntil: 'load' });
  await desktop.waitForFunction(() => window.explorer && !window.explorer.busy && window.explorer.drawn(), null, { timeout: 20000 });
  const box = await desktop.locator('#chart .u-over').boundingBox();
  await desktop.mouse.move(box.x + box.width * 0.93, box.y + box.height * 0.2);
  await desktop.waitForSelector('#detail blockquote.quote', { timeout: 10000 });
  await desktop.screenshot({ path: `${repo}${shots}/explorer-desktop.png` });
  const phone = watch(await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'en-US' }));
  await phone.goto(`${base}/?lang=en`, { waitUntil: 'load' });
  await phone.waitForFunction(() => window.explorer && !window.explorer.busy && window.explorer.drawn(), null, { timeout: 20000 });
  await phone.evaluate(() => document.getElementById('view').scrollIntoView());
  await phone.screenshot({ path: `${repo}${shots}/explorer-phone.png` });
  console.log(`explorer: screenshots written to ${shots}/explorer-desktop.png and explorer-phone.png`);

  const foreign = requests.filter((r) => !/^(data|blob):/.test(r.url) && new URL(r.url).origin !== origin);
  check(foreign.length === 0, `requests left the origin: ${foreign.map((r) => r.url).join(', ')}`);
  check(consoleErrors.length === 0, `console or page errors: ${consoleErrors.join(' | ')}`);
  console.log(`explorer: ${requests.length} requests, all to ${origin}; no console or page errors (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log('explorer: OK');
  await browser.close();
} catch (error) {
  await fail(error.message);
}
