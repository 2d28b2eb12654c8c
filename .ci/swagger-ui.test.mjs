// Drives Swagger UI in headless Chromium against a running service:
// the page loads, lists the v1 operations, and "Try it out" -> "Execute" on GET /api/v1/facts shows a 200 with data.
//   node .ci/swagger-ui.test.mjs http://127.0.0.1:8089
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://127.0.0.1:8080';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync'],
});
const fail = async (message) => {
  console.error(`swagger-ui: FAILED: ${message}`);
  await browser.close();
  process.exit(1);
};
try {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') pageErrors.push(message.text()); });

  await page.goto(`${base}/q/swagger-ui/`, { waitUntil: 'networkidle' });
  await page.waitForSelector('.opblock', { timeout: 30000 });
  const paths = await page.$$eval('.opblock-summary-path', (nodes) => nodes.map((node) => node.textContent.replace(/\u200b/g, '')));
  const v1 = paths.filter((path) => path.startsWith('/api/v1/'));
  console.log(`swagger-ui: ${v1.length} /api/v1 operations listed`);
  if (v1.length < 25 || !v1.includes('/api/v1/facts') || !v1.includes('/api/v1/markets/{id}')) {
    await fail(`expected the v1 operations, saw ${JSON.stringify(v1)}`);
  }

  const operation = page.locator('#operations-Facts-listFacts');
  await operation.locator('.opblock-summary').click();
  await operation.locator('.try-out__btn').click();
  await operation.locator('.execute').click();
  const status = operation.locator('.live-responses-table tbody .response-col_status').first();
  await status.waitFor({ timeout: 30000 });
  const code = (await status.textContent()).trim();
  const body = await operation.locator('.live-responses-table tbody .response-col_description pre').first().textContent();
  console.log(`swagger-ui: GET /api/v1/facts answered ${code} with ${body.length} characters`);
  if (!code.startsWith('200') || !body.includes('"items"') || !body.includes('"quote"')) {
    await fail(`expected 200 with facts, got ${code}: ${body.slice(0, 200)}`);
  }
  const blocking = pageErrors.filter((message) => message.includes('Content Security Policy'));
  if (blocking.length > 0) {
    await fail(`the Content-Security-Policy blocked Swagger UI: ${blocking.join('; ')}`);
  }
  console.log('swagger-ui: OK');
  await browser.close();
} catch (error) {
  await fail(error.message);
}
