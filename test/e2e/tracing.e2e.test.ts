import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { routeTemplate } from '../../src/observability/tracing';
import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

/**
 * OpenTelemetry traces as a collector receives them: a loopback OTLP/HTTP receiver (JSON
 * encoding, POST /v1/traces, as the OTLP specification defines it) collects every exported
 * span, and the tree of one request is checked from the caller's `traceparent` down to the
 * `traceparent` each vendor's emulator received.
 */

interface OtlpValue {
  stringValue?: string;
  intValue?: number | string;
  boolValue?: boolean;
  arrayValue?: { values: OtlpValue[] };
}
interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  status?: { code?: number };
  attributes: Record<string, unknown>;
  serviceName: unknown;
}

const SERVER = 2;
const CLIENT = 3;
const STATUS_ERROR = 2;

function plain(value: OtlpValue): unknown {
  if (value.arrayValue) return value.arrayValue.values.map(plain);
  if (value.intValue !== undefined) return Number(value.intValue);
  return value.stringValue ?? value.boolValue;
}

/** A minimal OTLP/HTTP traces receiver on loopback. */
async function startReceiver(): Promise<{ url: string; spans: ReceivedSpan[]; close(): Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/traces' || !/json/.test(String(req.headers['content-type']))) {
        res.writeHead(415).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        resourceSpans: Array<{
          resource: { attributes: Array<{ key: string; value: OtlpValue }> };
          scopeSpans: Array<{ spans: Array<Omit<ReceivedSpan, 'attributes' | 'serviceName'> & { attributes?: Array<{ key: string; value: OtlpValue }> }> }>;
        }>;
      };
      for (const resource of body.resourceSpans) {
        const serviceName = plain(resource.resource.attributes.find((a) => a.key === 'service.name')!.value);
        for (const scope of resource.scopeSpans) {
          for (const span of scope.spans) {
            spans.push({ ...span, serviceName, attributes: Object.fromEntries((span.attributes ?? []).map((a) => [a.key, plain(a.value)])) });
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const CALLER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';
const LIST = 'query ListSome { orders(first: 5) { edges { node { id } } } }';

describe('OpenTelemetry traces over OTLP', () => {
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let app: TestApp;
  beforeAll(async () => {
    receiver = await startReceiver();
    app = await startTestApp({ env: { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url, OTEL_SERVICE_NAME: 'ordergraph-test' } });
  });
  afterAll(async () => {
    await app.close();
    await receiver.close();
  });
  beforeEach(() => {
    receiver.spans.length = 0;
    for (const sandbox of app.sandboxes.values()) {
      sandbox.server.clearLog();
      sandbox.server.clearFaults();
    }
  });

  async function traced(query: string, traceparent = `00-${CALLER_TRACE}-${CALLER_SPAN}-01`) {
    const response = await gql(app.url, query, undefined, { traceparent });
    await app.observability.tracing!.flush();
    return { response, spans: receiver.spans.filter((s) => s.traceId === CALLER_TRACE) };
  }

  it("joins the caller's trace: request span, root field span, and one vendor span per call to each of the five vendors", async () => {
    const { response, spans } = await traced(LIST);
    expect(response.errors).toBeUndefined();

    const request = spans.find((s) => s.kind === SERVER)!;
    expect(request).toMatchObject({
      name: 'query ListSome',
      parentSpanId: CALLER_SPAN,
      serviceName: 'ordergraph-test',
      attributes: { 'graphql.operation.type': 'query', 'graphql.operation.name': 'ListSome', 'enduser.id': 'sandbox' },
    });
    const field = spans.find((s) => s.name === 'Query.orders')!;
    expect(field.parentSpanId).toBe(request.spanId);

    const vendorSpans = spans.filter((s) => s.kind === CLIENT);
    expect(vendorSpans.every((s) => s.parentSpanId === field.spanId)).toBe(true);
    expect([...new Set(vendorSpans.map((s) => s.attributes['ordergraph.provider']))].sort()).toEqual(['OCTOPI', 'SHIPWELL', 'SITOO', 'SOGET', 'VU']);
    for (const span of vendorSpans) {
      expect(span.attributes).toMatchObject({ 'http.response.status_code': 200, 'ordergraph.circuit.state': 'CLOSED' });
      expect(span.name).toBe(`${String(span.attributes['http.request.method'])} ${String(span.attributes['url.template'])}`);
      expect(span.attributes['url.template']).not.toContain('?');
    }

    // Each vendor received the traceparent of the span of its own call.
    for (const [key, sandbox] of app.sandboxes) {
      const mine = vendorSpans.filter((s) => s.attributes['ordergraph.provider'] === key);
      expect(sandbox.server.log.length).toBe(mine.length);
      const received = sandbox.server.log.map((entry) => entry.headers.traceparent).sort();
      expect(received).toEqual(mine.map((s) => `00-${CALLER_TRACE}-${s.spanId}-01`).sort());
    }
  });

  it('starts a trace of its own when the caller sends none, and still sends it to the vendors', async () => {
    await gql(app.url, '{ order(id: "octopi:1") { id } }');
    await app.observability.tracing!.flush();
    const request = receiver.spans.find((s) => s.kind === SERVER)!;
    expect(request.parentSpanId ?? '').toBe('');
    const call = receiver.spans.find((s) => s.kind === CLIENT && s.traceId === request.traceId)!;
    expect(app.emulator('OCTOPI').log.map((e) => e.headers.traceparent)).toEqual([`00-${request.traceId}-${call.spanId}-01`]);
  });

  it('marks a vendor failure on its call spans (status, retries) and the error codes on the request span', async () => {
    app.emulator('SITOO').setFaults({ status: 503 });
    const { response, spans } = await traced(LIST);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['PROVIDER_UNAVAILABLE']);

    const request = spans.find((s) => s.kind === SERVER)!;
    expect(request.attributes['ordergraph.error_codes']).toEqual(['PROVIDER_UNAVAILABLE']);
    expect(request.status?.code).toBe(STATUS_ERROR);
    // A GET answered 503 is retried: one span per attempt, each with its resend count.
    const sitoo = spans.filter((s) => s.attributes['ordergraph.provider'] === 'SITOO');
    expect(sitoo.map((s) => s.attributes['http.request.resend_count']).sort()).toEqual([1, 2, undefined]);
    for (const span of sitoo)
      expect(span).toMatchObject({ status: { code: STATUS_ERROR }, attributes: { 'http.response.status_code': 503, 'error.type': '503' } });
  });
});

describe('with no OTLP endpoint', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 3 });
  });
  afterAll(() => app.close());

  it('builds no tracing and sends no traceparent of its own to vendors', async () => {
    expect(app.observability.tracing).toBeNull();
    await gql(app.url, LIST, undefined, { traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` });
    for (const sandbox of app.sandboxes.values()) for (const entry of sandbox.server.log) expect(entry.headers.traceparent).toBeUndefined();
  });
});

describe('route templates of vendor paths', () => {
  it.each([
    ['/v2/accounts/90316/serviceorders/17.json', '/v2/accounts/{id}/serviceorders/{id}.json'],
    ['/api/v1/orders?status=any&since_id=12', '/api/v1/orders'],
    ['/orders/7f1c2a9e-0d4b-4c41-9d3e-2a6b1c9f0e11', '/orders/{id}'],
    ['/api/v1/service_orders/ARRIVING%2D1.json', '/api/v1/service_orders/{id}.json'],
    ['', '/'],
  ])('names %s as %s', (path, template) => {
    expect(routeTemplate(path)).toBe(template);
  });
});
