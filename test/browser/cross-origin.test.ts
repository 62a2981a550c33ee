import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/sandbox';
import { CHROMIUM_ARGS, chromiumPath, describeInChromium } from '../support/chromium';

/**
 * A browser app on another origin, in Debian's Chromium: the page is served from its own
 * loopback port and calls ordergraph's, so every answer crosses origins exactly as a frontend's
 * dev server or production site does. Chromium, not our code, decides what the page may read.
 */
const PAGE = '<!doctype html><title>orders app</title><p>orders app</p>';

async function servePage(): Promise<{ origin: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://localhost:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Runs a query from the page with fetch, as any client library does; answers what the page could read. */
async function queryFromPage(browser: Browser, pageOrigin: string, graphqlUrl: string, key: string) {
  const page = await browser.newPage();
  try {
    await page.goto(pageOrigin);
    return await page.evaluate(
      async ({ url, key }) => {
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
            body: JSON.stringify({ query: '{ orders(first: 2) { edges { node { id } } } }' }),
          });
          return { status: res.status, body: await res.json(), requestId: res.headers.get('x-request-id') };
        } catch (error) {
          return { failed: String(error) };
        }
      },
      { url: `${graphqlUrl}/graphql`, key },
    );
  } finally {
    await page.close();
  }
}

describeInChromium('a browser app on another origin', () => {
  let browser: Browser;
  let site: { origin: string; close(): Promise<void> };
  let open: TestApp;
  let closed: TestApp;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    site = await servePage();
    open = await startTestApp();
    closed = await startTestApp({ env: { CORS_ORIGINS: 'https://only-this.example.com' } });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await open?.close();
    await closed?.close();
  });

  it('reads the answers of the sandbox, which allows loopback origins, and the exposed request id', async () => {
    const answer = await queryFromPage(browser, site.origin, open.url, 'sandbox-key');
    expect(answer).toMatchObject({ status: 200, body: { data: { orders: { edges: [expect.anything(), expect.anything()] } } } });
    expect(answer).toHaveProperty('requestId', expect.stringMatching(/.+/));
  });

  it('reads a 401 when its key is wrong, so it can tell its user why', async () => {
    const answer = await queryFromPage(browser, site.origin, open.url, 'not-a-key');
    expect(answer).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
  });

  it('cannot read anything from a deployment whose CORS_ORIGINS does not list its origin', async () => {
    const answer = await queryFromPage(browser, site.origin, closed.url, 'sandbox-key');
    expect(answer).toEqual({ failed: expect.stringMatching(/Failed to fetch/) });
  });
});
