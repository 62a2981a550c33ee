import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/sandbox';
import { CHROMIUM, describeInChromium } from '../support/chromium';

/**
 * The playground in a real browser: Debian's Chromium, headless, with the machine's network
 * closed to it. Every request that is not to loopback is aborted and recorded, and host names
 * other than loopback do not resolve, so the page passes only if ordergraph serves all it needs.
 */
const OUTPUT = join(__dirname, '..', '..', 'test-output');

/** Retries `check` until it holds (at most `ms`). */
async function until(check: () => Promise<boolean>, ms = 15000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const isLoopback = (url: URL) => ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) || url.hostname.startsWith('127.');

describeInChromium('the playground in headless Chromium, offline', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  const offLoopback: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({ seed: 12 });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // The network is closed: no host name but loopback resolves.
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (isLoopback(url)) return route.continue();
      offLoopback.push(url.href);
      return route.abort('internetdisconnected');
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  }, 60000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('loads GraphiQL from ordergraph alone, with the example operations as tabs, the API key field and the docs', async () => {
    await page.goto(`${app.url}/graphiql`, { waitUntil: 'load' });
    await page.locator('.graphiql-container').first().waitFor({ timeout: 30000 });

    const tabs = page.locator('.graphiql-tab-button');
    await tabs.first().waitFor();
    expect(await tabs.allTextContents()).toEqual(
      expect.arrayContaining(['GetOrder', 'ListOrders', 'OrderByNumber', 'CancelOrder', 'CreateOctopiServiceOrder']),
    );
    await expect(page.locator('#og-api-key').inputValue()).resolves.toBe('sandbox-key');

    // The documentation explorer is open and shows the schema read by introspection.
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Root Types').waitFor({ timeout: 15000 });
    await docs.getByText('Query', { exact: true }).first().click();
    await docs.getByText('Orders of every configured provider', { exact: false }).first().waitFor();
  }, 60000);

  it('runs the ListOrders tab with the key from the field and shows orders', async () => {
    // Tabs slide into place while GraphiQL lays out, so a click can land beside its target:
    // select the tab and press run until the ListOrders request has gone out.
    const tab = page.getByRole('tab', { name: 'ListOrders' });
    const responsePromise = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('query ListOrders'), {
      timeout: 20000,
    });
    let sent = false;
    page.on('request', (r) => (sent ||= (r.postData() ?? '').includes('query ListOrders')));
    await until(async () => {
      if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
      else await page.locator('.graphiql-execute-button').click();
      await page.waitForTimeout(300);
      return sent;
    });
    const response = await responsePromise;

    expect(response.request().headers().authorization).toBe('Bearer sandbox-key');
    const body = (await response.json()) as { data: { orders: { edges: Array<{ node: { id: string; orderNumber: string } }> } } };
    const edges = body.data.orders.edges;
    expect(edges).toHaveLength(10); // the tab's variables: {"first": 10}

    // The response pane shows the orders.
    const result = page.locator('.graphiql-response');
    await result.getByText(edges[0].node.orderNumber, { exact: false }).first().waitFor({ timeout: 15000 });

    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: join(OUTPUT, 'playground.png') });
  }, 60000);

  it('is also what a browser gets at /, while other clients get no page there', async () => {
    const response = await page.goto(`${app.url}/`);
    expect(response?.status()).toBe(200);
    await page.locator('.graphiql-container').first().waitFor({ timeout: 30000 });

    const api = await fetch(`${app.url}/`, { headers: { accept: 'application/json' } });
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toMatch(/json/);
  }, 60000);

  it('never tried to leave loopback and raised no script or policy errors', () => {
    expect(offLoopback).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]); // also where a Content-Security-Policy violation would show
  });
});
