import { createServer, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { ErrorCode, OrderGraphError } from '../../src/core/errors';
import { ProviderHttp, type HttpClientName } from '../../src/core/http';
import { ProviderKey } from '../../src/providers';
import '../../src/providers/octopi';
import { octopiSandbox } from '../../src/sandbox/octopi';
import type { SandboxHandle } from '../../src/sandbox';

/** Both HTTP clients under ProviderHttp behave alike: answers, error mapping, timeouts, broken connections. */
describe.each<HttpClientName>(['undici', 'node-fetch'])('ProviderHttp on %s', (client) => {
  let sandbox: SandboxHandle;
  let http: ProviderHttp;
  const calls: Array<number | null> = [];
  beforeAll(async () => {
    sandbox = await octopiSandbox.start({ seed: 3 });
    http = new ProviderHttp({
      provider: ProviderKey.OCTOPI,
      baseUrl: sandbox.env.OCTOPI_BASE_URL,
      // Long enough for a first call on a loaded machine; the hang test waits it out.
      timeoutMs: 2000,
      client,
      headers: () => ({ Authorization: `Token token=${sandbox.env.OCTOPI_TOKEN}` }),
      providerCodeOf: (_body, status) => (status === 404 ? 'RESOURCE_NOT_FOUND' : undefined),
      onCall: (record) => calls.push(record.status),
    });
  });
  afterAll(() => sandbox.close());
  afterEach(() => sandbox.server.clearFaults());

  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => error as OrderGraphError,
    );

  it('reads JSON, exposes the response headers and reports the call', async () => {
    const result = await http.get<{ total_count: number }>('/api/v1/service_orders', { query: { page: 1, empty: undefined } });
    expect(result.status).toBe(200);
    expect(result.data.total_count).toBe(3);
    expect(result.headers.get('content-type')).toContain('application/json');
    expect(calls.at(-1)).toBe(200);
  });

  it('sends JSON bodies', async () => {
    const created = await http.post<{ order_number: string }>('/api/v1/service_orders', {
      json: { service_order: { order_number: `HTTP-${client}`, cargo_type: 'container', container_ids: [4337700], service_ids: ['cleaning'] } },
    });
    expect(created.status).toBe(201);
    expect(created.data.order_number).toBe(`HTTP-${client}`);
  });

  /** A vendor on loopback answering with `handler`, and a ProviderHttp on this client pointed at it. */
  async function withVendor(handler: RequestListener, use: (vendor: ProviderHttp) => Promise<void>): Promise<void> {
    const server = createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await use(
        new ProviderHttp({ provider: ProviderKey.OCTOPI, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, timeoutMs: 1000, client }),
      );
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it('reads a compressed answer and follows a redirect', async () => {
    const vendor = (req: IncomingMessage, res: ServerResponse) => {
      if (req.url === '/moved') {
        res.writeHead(301, { location: '/orders' });
        return res.end();
      }
      // Coding names are case-insensitive (RFC 9110 8.4.1).
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': req.url === '/shouted' ? ' GZIP' : 'gzip' });
      res.end(gzipSync(JSON.stringify({ orders: [1, 2, 3] })));
    };
    await withVendor(vendor, async (http) => {
      expect((await http.get<{ orders: number[] }>('/orders')).data.orders).toEqual([1, 2, 3]);
      expect((await http.get<{ orders: number[] }>('/shouted')).data.orders).toEqual([1, 2, 3]);
      expect((await http.get<{ orders: number[] }>('/moved')).data.orders).toEqual([1, 2, 3]);
    });
  });

  it('reads one response header as the headers object does: any case, repeated values joined, null when absent', async () => {
    const vendor = (_req: IncomingMessage, res: ServerResponse) => {
      res.setHeader('ETag', '"rev-7"');
      res.setHeader('X-Vendor-Note', ['first', 'second']);
      res.setHeader('content-type', 'application/json');
      res.end('{}');
    };
    await withVendor(vendor, async (http) => {
      const answer = await http.get('/order');
      expect([answer.header('etag'), answer.header('ETag'), answer.header('x-vendor-note'), answer.header('if-match')]).toEqual([
        '"rev-7"',
        '"rev-7"',
        'first, second',
        null,
      ]);
      // The same values once the headers object exists (it answers them from then on).
      expect([answer.headers.get('etag'), answer.headers.get('x-vendor-note'), answer.header('x-vendor-note')]).toEqual([
        '"rev-7"',
        'first, second',
        'first, second',
      ]);
    });
  });

  it('maps vendor statuses and bodies to ordergraph errors', async () => {
    expect((await failure(http.get('/api/v1/service_orders/999999.json')))!.extensions).toMatchObject({
      code: ErrorCode.NOT_FOUND,
      httpStatus: 404,
      providerCode: 'RESOURCE_NOT_FOUND',
    });
    sandbox.server.setFaults({ status: 503 });
    expect((await failure(http.get('/api/v1/service_orders')))!.extensions).toMatchObject({
      code: ErrorCode.PROVIDER_UNAVAILABLE,
      httpStatus: 503,
      reason: 'HTTP_ERROR',
    });
    sandbox.server.setFaults({ garbage: true });
    expect((await failure(http.get('/api/v1/service_orders')))!.extensions).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, reason: 'INVALID_RESPONSE' });
  });

  it('times out a vendor that does not answer, and reports a dropped or refused connection', async () => {
    sandbox.server.setFaults({ hang: true });
    expect((await failure(http.get('/api/v1/service_orders')))!.extensions).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, reason: 'TIMEOUT' });
    sandbox.server.setFaults({ drop: true });
    expect((await failure(http.get('/api/v1/service_orders')))!.extensions).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, reason: 'CONNECTION' });
    const nowhere = new ProviderHttp({ provider: ProviderKey.OCTOPI, baseUrl: 'http://127.0.0.1:9', timeoutMs: 400, client });
    expect((await failure(nowhere.get('/')))!.extensions).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, reason: 'CONNECTION' });
  });
});
