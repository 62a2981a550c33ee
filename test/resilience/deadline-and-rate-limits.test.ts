import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCode, type OrderGraphError } from '../../src/core/errors';
import { ProviderHttp, retryAfterSeconds, type HttpClientName } from '../../src/core/http';
import { ProviderKey } from '../../src/providers';
import { ProviderResilience } from '../../src/core/resilience';

/**
 * A vendor that misbehaves on purpose, on loopback: each test sets how the next requests are
 * answered. The deadline must hold whatever the vendor does after sending its headers.
 */
type Answer = (req: IncomingMessage, res: ServerResponse) => void;

class MisbehavingVendor {
  readonly arrivals: number[] = [];
  private answers: Answer[] = [];
  private fallback: Answer = (_req, res) => res.end('{}');
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly server = http.createServer((req, res) => {
    this.arrivals.push(performance.now());
    (this.answers.shift() ?? this.fallback)(req, res);
  });
  url = '';

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  answer(...answers: Answer[]): void {
    this.answers = answers;
    this.arrivals.length = 0;
  }

  always(answer: Answer): void {
    this.fallback = answer;
    this.answer();
  }

  /** Headers at once, then one byte of a JSON body every `everyMs`, for ever. */
  trickle(everyMs = 40): Answer {
    return (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"orders": [');
      const timer = setInterval(() => res.write(' '), everyMs);
      this.timers.add(timer);
      res.on('close', () => clearInterval(timer));
    };
  }

  close(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Answer =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
const hang: Answer = () => undefined;

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('the call succeeded');
    },
    (e: unknown) => e as OrderGraphError,
  );

describe.each<HttpClientName>(['undici', 'node-fetch'])('the deadline of an upstream call (%s)', (client) => {
  const vendor = new MisbehavingVendor();
  beforeAll(() => vendor.listen());
  afterAll(() => vendor.close());

  const TIMEOUT = 300;
  const vendorHttp = (resilience?: ProviderResilience) =>
    new ProviderHttp({ provider: ProviderKey.OCTOPI, baseUrl: vendor.url, timeoutMs: TIMEOUT, client, resilience });

  it('cuts off a vendor that sends its headers and then trickles its body', async () => {
    vendor.answer(vendor.trickle());
    const started = performance.now();
    const error = await failure(vendorHttp().get('/orders'));
    expect(error.extensions).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, provider: 'OCTOPI', reason: 'TIMEOUT' });
    // A safety bound only; the spread around the setting is measured in bench/deadline.ts.
    expect(performance.now() - started).toBeLessThan(TIMEOUT + 500);
  });

  it('cuts off a vendor that never answers', async () => {
    vendor.answer(hang);
    const error = await failure(vendorHttp().get('/orders'));
    expect(error.extensions).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, reason: 'TIMEOUT' });
  });

  it('lets retries of a read share one budget: a trickling vendor gets one retry, cut at the end of the budget', async () => {
    const resilience = new ProviderResilience({ retries: 5, backoffMs: 1, budgetMs: 500, volumeThreshold: 100 });
    vendor.always(vendor.trickle());
    const started = performance.now();
    const error = await failure(vendorHttp(resilience).get('/orders'));
    expect(error.extensions.reason).toBe('TIMEOUT');
    // 300 ms for the first attempt leaves the second the 200 ms up to the budget's end, and no third.
    expect(vendor.arrivals).toHaveLength(2);
    expect(performance.now() - started).toBeLessThan(500 + 500);
    vendor.always(json(200, {}));
    resilience.shutdown();
  });

  it('still retries fast failures within the budget', async () => {
    const resilience = new ProviderResilience({ retries: 2, backoffMs: 1, volumeThreshold: 100 });
    vendor.answer(json(503, {}), json(503, {}), json(200, { ok: true }));
    await expect(vendorHttp(resilience).get('/orders')).resolves.toMatchObject({ status: 200, data: { ok: true } });
    expect(vendor.arrivals).toHaveLength(3);
    resilience.shutdown();
  });
});

describe('a vendor that rate limits ordergraph (HTTP 429)', () => {
  const vendor = new MisbehavingVendor();
  beforeAll(() => vendor.listen());
  afterAll(() => vendor.close());

  const vendorHttp = (resilience: ProviderResilience) => new ProviderHttp({ provider: ProviderKey.SITOO, baseUrl: vendor.url, timeoutMs: 2000, resilience });

  it("waits the vendor's Retry-After before retrying a read, then succeeds", async () => {
    const resilience = new ProviderResilience({ backoffMs: 1, maxRetryAfterMs: 2000 });
    vendor.answer(json(429, { message: 'slow down' }, { 'retry-after': '1' }), json(200, { ok: true }));
    await expect(vendorHttp(resilience).get('/orders')).resolves.toMatchObject({ data: { ok: true } });
    expect(vendor.arrivals).toHaveLength(2);
    // Not the 50 to 200 ms backoff of an outage: the second try comes after the second the vendor asked for.
    expect(vendor.arrivals[1] - vendor.arrivals[0]).toBeGreaterThanOrEqual(950);
    resilience.shutdown();
  });

  it('gives up at once when the vendor asks for longer than ordergraph waits, with RATE_LIMITED and retryAfterSeconds', async () => {
    const resilience = new ProviderResilience({ backoffMs: 1, maxRetryAfterMs: 2000 });
    vendor.answer(json(429, { message: 'slow down' }, { 'retry-after': '120' }));
    const error = await failure(vendorHttp(resilience).get('/orders'));
    expect(error.extensions).toMatchObject({
      code: ErrorCode.PROVIDER_UNAVAILABLE,
      provider: 'SITOO',
      httpStatus: 429,
      reason: 'RATE_LIMITED',
      retryAfterSeconds: 120,
    });
    expect(vendor.arrivals).toHaveLength(1);
    resilience.shutdown();
  });

  it('does not retry a write after a 429, and says when to come back', async () => {
    const resilience = new ProviderResilience({ backoffMs: 1 });
    vendor.answer(json(429, {}, { 'retry-after': '1' }));
    const error = await failure(vendorHttp(resilience).post('/orders', { json: {} }));
    expect(error.extensions).toMatchObject({ reason: 'RATE_LIMITED', retryAfterSeconds: 1 });
    expect(vendor.arrivals).toHaveLength(1);
    resilience.shutdown();
  });

  it('never opens the circuit on 429s, however many', async () => {
    const resilience = new ProviderResilience({ retries: 0, volumeThreshold: 2, errorThresholdPercentage: 10 });
    vendor.always(json(429, {}, { 'retry-after': '30' }));
    for (let i = 0; i < 10; i += 1) expect((await failure(vendorHttp(resilience).get('/orders'))).extensions.reason).toBe('RATE_LIMITED');
    expect(vendor.arrivals).toHaveLength(10);
    expect(resilience.state(ProviderKey.SITOO)).toBe('CLOSED');
    vendor.always(json(200, {}));
    resilience.shutdown();
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterSeconds('7', now)).toBe(7);
    expect(retryAfterSeconds('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30);
    expect(retryAfterSeconds('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});
