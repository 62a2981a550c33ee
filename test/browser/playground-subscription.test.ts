import { chromium, type Browser, type Page } from 'playwright-core';
import { ProviderKey } from '../../src/providers';
import type { Order } from '../../src/model/order';
import { appendChange } from '../support/change-feed';
import { CHROMIUM, CHROMIUM_ARGS, describeInChromium } from '../support/chromium';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/sandbox';

/**
 * The playground's OrderChanged tab in headless Chromium: GraphiQL subscribes over WebSocket
 * with the key of the page's field (a browser's WebSocket carries no Authorization header), and
 * shows a change appended to the feed in PostgreSQL.
 */
describeInChromium('the playground subscribes to order changes', () => {
  let testDb: TestDatabase | null;
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  let order: Order;
  const sockets: string[] = [];

  beforeAll(async () => {
    testDb = await createTestDatabase('playground subscription');
    if (!testDb) return;
    app = await startTestApp({ seed: 3, env: { DATABASE_URL: testDb.url } });
    order = (await app.registry.get(ProviderKey.SITOO).listOrders({ direction: 'ASC', limit: 1, position: null, filter: {} })).orders[0];
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    page.on('websocket', (socket) => sockets.push(socket.url()));
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await testDb?.drop();
  });

  it('runs the OrderChanged tab over WebSocket with the key from the field and shows a change as it is appended', async () => {
    if (!testDb) return;
    await page.goto(`${app.url}/graphiql`, { waitUntil: 'load' });
    await page.locator('.graphiql-container').first().waitFor({ timeout: 30_000 });
    const tab = page.getByRole('tab', { name: 'OrderChanged' });
    const result = page.locator('.graphiql-response');
    // The tab's variables ask for STATUS_CHANGED and CANCELLED. Tabs slide into place while
    // GraphiQL lays out: select the tab, press run, and append until the change is shown.
    const deadline = Date.now() + 30_000;
    let running = false;
    while (Date.now() < deadline) {
      if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
      else if (!running) {
        await page.locator('.graphiql-execute-button').click();
        running = true;
      } else {
        await appendChange(app.database!, order);
        if (await result.getByText(order.id, { exact: false }).count()) break;
      }
      await page.waitForTimeout(300);
    }
    await result.getByText(order.id, { exact: false }).first().waitFor({ timeout: 5000 });
    await result.getByText('STATUS_CHANGED', { exact: false }).first().waitFor({ timeout: 5000 });
    expect(sockets.some((url) => url === `${app.url.replace('http', 'ws')}/graphql`)).toBe(true);
  }, 60_000);
});
