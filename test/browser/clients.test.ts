import http from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/sandbox';
import { sogetImportInput, sogetSandboxFiles } from '../support/soget-fixtures';
import { CHROMIUM_ARGS, chromiumPath, describeInChromium } from '../support/chromium';

/**
 * Apollo Client and urql in Debian's Chromium, each with its default settings, in a page served
 * from a second loopback origin: the app (clients-app.ts) is bundled for the browser here with
 * esbuild, as a frontend build would, and nothing is loaded from anywhere else. Chromium decides
 * what the page may read. The page also attaches a 1 MiB file to a SOGET order with each client.
 */
interface Session {
  failed?: string;
  firstPage?: { orders: { edges: Array<{ cursor: string; node: { id: string } }>; pageInfo: { hasNextPage: boolean; endCursor: string } } };
  nextPage?: { orders: { edges: Array<{ cursor: string; node: { id: string } }> } };
  order?: { order: { id: string; orderNumber: string } };
  created?: { createOctopiServiceOrder: { id: string; orderNumber: string; status: string } };
}

async function serveApp(dir: string): Promise<{ origin: string; close(): Promise<void> }> {
  const files: Record<string, [string, string]> = {
    '/': ['text/html', '<!doctype html><title>orders app</title><script src="/app.js"></script>'],
    '/app.js': ['text/javascript', readFileSync(join(dir, 'app.js'), 'utf8')],
  };
  const server = http.createServer((req, res) => {
    const file = files[req.url ?? '/'];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://localhost:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describeInChromium('Apollo Client and urql with their default settings, in a browser app on another origin', () => {
  let browser: Browser;
  let bundleDir: string;
  let site: { origin: string; close(): Promise<void> };
  let open: TestApp;
  let closed: TestApp;

  beforeAll(async () => {
    bundleDir = mkdtempSync(join(tmpdir(), 'og-browser-app-'));
    await build({
      entryPoints: [join(__dirname, 'clients-app.ts')],
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: 'chrome120',
      outfile: join(bundleDir, 'app.js'),
      define: { 'process.env.NODE_ENV': '"production"' },
      logLevel: 'silent',
    });
    site = await serveApp(bundleDir);
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    open = await startTestApp();
    closed = await startTestApp({ env: { CORS_ORIGINS: 'https://only-this.example.com' } });
  }, 120000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await open?.close();
    await closed?.close();
    if (bundleDir) rmSync(bundleDir, { recursive: true, force: true });
  });

  /** Runs the app's session with one client in a fresh page; the requests it sent, as Chromium saw them. */
  async function runInPage(client: 'withApollo' | 'withUrql', graphqlUrl: string, orderNumber: string) {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().startsWith(graphqlUrl)) requests.push(`${request.method()} ${new URL(request.url()).pathname}`);
    });
    try {
      await page.goto(site.origin);
      const session = (await page.evaluate(({ client, url, orderNumber }) => (globalThis as any).ordersApp[client](url, 'sandbox-key', orderNumber), {
        client,
        url: `${graphqlUrl}/graphql`,
        orderNumber,
      })) as Session;
      return { session, requests };
    } finally {
      await page.close();
    }
  }

  function expectReadable(session: Session, orderNumber: string) {
    expect(session.failed).toBeUndefined();
    const first = session.firstPage!.orders;
    const next = session.nextPage!.orders;
    expect(first.edges).toHaveLength(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(next.edges).toHaveLength(3);
    // The second page continues after the first: no order twice.
    expect(next.edges.map((e) => e.node.id)).not.toEqual(expect.arrayContaining([first.edges[2].node.id]));
    expect(session.order!.order.id).toBe(next.edges[0].node.id);
    expect(session.created!.createOctopiServiceOrder).toMatchObject({ id: expect.stringMatching(/^octopi:/), orderNumber });
  }

  it('Apollo Client pages with after, reads an order by id and creates one, reading every answer', async () => {
    const orderNumber = `APOLLO-${Date.now()}`;
    const { session, requests } = await runInPage('withApollo', open.url, orderNumber);
    expectReadable(session, orderNumber);
    expect(requests.filter((r) => r.startsWith('POST'))).toHaveLength(4);
  });

  it('urql pages with after (its short queries as GET), reads an order by id and creates one, reading every answer', async () => {
    const orderNumber = `URQL-${Date.now()}`;
    const { session, requests } = await runInPage('withUrql', open.url, orderNumber);
    expectReadable(session, orderNumber);
    // urql's default sends queries that fit in a URL as GET, and the mutation as POST.
    expect(requests.filter((r) => r.startsWith('GET /graphql'))).toHaveLength(3);
    expect(requests.filter((r) => r.startsWith('POST /graphql'))).toHaveLength(1);
  });

  it.each([
    ["Apollo Client with apollo-upload-client's link", 'uploadWithApollo'],
    ['urql with its default exchanges', 'uploadWithUrql'],
  ] as const)(
    '%s attaches a 1 MiB file to a SOGET order as a multipart request, reads the answer, and SOGET receives the file byte for byte',
    async (_name, client) => {
      const page = await browser.newPage();
      const posts: Array<string | undefined> = [];
      page.on('request', (request) => {
        if (request.url().startsWith(open.url) && request.method() === 'POST') posts.push(request.headers()['content-type']);
      });
      try {
        await page.goto(site.origin);
        const number = `BROWSER-UPLOAD-${client}-${Date.now()}`;
        const result = (await page.evaluate(({ client, url, input }) => (globalThis as any).ordersApp[client](url, 'sandbox-key', input, 2 ** 20), {
          client,
          url: `${open.url}/graphql`,
          input: sogetImportInput(number),
        })) as { failed?: string; sha256: string; created: { createSogetTransportOrder: { id: string; providerId: string; orderNumber: string } } };
        expect(result.failed).toBeUndefined();
        expect(result.created.createSogetTransportOrder).toMatchObject({ id: expect.stringMatching(/^soget:CDE/), orderNumber: number });
        expect(posts).toEqual([expect.stringMatching(/^multipart\/form-data; boundary=/)]);
        expect(await sogetSandboxFiles(open, result.created.createSogetTransportOrder.providerId)).toEqual([
          { name: 'delivery-note.pdf', contentType: 'application/pdf', size: 2 ** 20, sha256: result.sha256 },
        ]);
      } finally {
        await page.close();
      }
    },
  );

  it.each(['withApollo', 'withUrql'] as const)('%s cannot read anything from a deployment whose CORS_ORIGINS does not list the page origin', async (client) => {
    const { session } = await runInPage(client, closed.url, `CLOSED-${Date.now()}`);
    expect(session).toEqual({ failed: expect.stringMatching(/Failed to fetch/) });
    expect(closed.emulator('OCTOPI').log.filter((call) => call.method === 'POST')).toEqual([]);
  });
});
