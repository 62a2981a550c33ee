import { GetOrderDocument, ListOrdersDocument } from '../../schema/generated/graphql';
import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

type LogLine = Record<string, unknown> & { level: string; msg: string; time: string };

describe('logs and metrics', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 6 });
  });
  afterAll(() => app.close());

  const lines = (): LogLine[] => app.logs.map((line) => JSON.parse(line) as LogLine);
  const forRequest = (requestId: string) => lines().filter((line) => line.requestId === requestId);

  it('writes one JSON line per request and one per provider call, all carrying the request id', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sandbox-key', 'x-request-id': 'req-abc-123' },
      body: JSON.stringify({
        query: 'query ListOrders($first: Int) { orders(first: $first) { edges { node { id } } } }',
        variables: { first: 3 },
        operationName: 'ListOrders',
      }),
    });
    expect(response.headers.get('x-request-id')).toBe('req-abc-123');
    await response.text();
    await new Promise((resolve) => setImmediate(resolve));
    const own = forRequest('req-abc-123');
    const calls = own.filter((line) => line.msg === 'provider call');
    // A list call per provider (SOGET's first call also fetches its OAuth token), each named.
    expect(new Set(calls.map((call) => call.provider))).toEqual(new Set(app.registry.keys()));
    for (const call of calls) {
      expect(call).toMatchObject({ level: 'info', method: expect.stringMatching(/^(GET|POST)$/), status: 200, operation: 'ListOrders' });
      expect(typeof call.path).toBe('string');
      expect(typeof call.ms).toBe('number');
    }
    expect(own.filter((line) => line.msg === 'request')).toEqual([
      expect.objectContaining({
        level: 'info',
        method: 'POST',
        path: '/graphql',
        status: 200,
        principal: 'sandbox',
        operations: ['ListOrders'],
        ms: expect.any(Number),
        time: expect.any(String),
      }),
    ]);
  });

  it('makes a request id when none (or a malformed one) is sent', async () => {
    for (const offered of [undefined, 'has spaces and\ttabs', 'x'.repeat(300)]) {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer sandbox-key', ...(offered ? { 'x-request-id': offered } : {}) },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('logs failed vendor calls with their status or transport failure, and the error codes of the request', async () => {
    const octopi = app.emulator('OCTOPI');
    // The drop first: after three 502s, Octopi's circuit may be open and the drop never sent.
    octopi.setFaults({ drop: true, times: 1 });
    await gql(app.url, GetOrderDocument, { id: 'octopi:3' }, { 'x-request-id': 'req-drop' });
    octopi.setFaults({ status: 502 }); // every retry meets it too
    await gql(app.url, GetOrderDocument, { id: 'octopi:2' }, { 'x-request-id': 'req-502' });
    octopi.clearFaults();
    await new Promise((resolve) => setImmediate(resolve));
    const failedCalls = forRequest('req-502').filter((l) => l.msg === 'provider call');
    expect(failedCalls.length).toBeGreaterThanOrEqual(1);
    for (const call of failedCalls) expect(call).toMatchObject({ status: 502, path: '/api/v1/service_orders/2.json' });
    expect(forRequest('req-502').find((l) => l.msg === 'request')).toMatchObject({ errors: ['PROVIDER_UNAVAILABLE'], operations: ['GetOrder'] });
    expect(forRequest('req-drop').find((l) => l.msg === 'provider call')).toMatchObject({ status: null, error: 'CONNECTION' });
  });

  it('logs refusals before GraphQL with their status and code', async () => {
    await gql(app.url, '{ __typename }', undefined, { authorization: 'Bearer nope', 'x-request-id': 'req-401' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(forRequest('req-401')).toEqual([expect.objectContaining({ msg: 'request', status: 401, errors: ['UNAUTHENTICATED'] })]);
    expect(forRequest('req-401')[0].principal).toBeUndefined();
  });

  it('serves Prometheus metrics: requests by operation and status, provider calls by provider and status', async () => {
    await gql(app.url, ListOrdersDocument, { first: 2 });
    const response = await fetch(`${app.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^ordergraph_requests_total\{operation="ListOrders",status="200"\} \d+/m);
    expect(text).toMatch(/^ordergraph_request_duration_seconds_bucket\{le="[^"]+",operation="ListOrders"\} \d+/m);
    expect(text).toMatch(/^ordergraph_requests_total\{operation="none",status="401"\} \d+/m);
    expect(text).toMatch(/^ordergraph_provider_calls_total\{provider="OCTOPI",method="GET",status="200"\} \d+/m);
    // The 502s of the earlier test: each retry of the read is a call of its own.
    expect(text).toMatch(/^ordergraph_provider_calls_total\{provider="OCTOPI",method="GET",status="502"\} [1-9]\d*$/m);
    expect(text).toMatch(/^ordergraph_provider_circuit_state\{provider="OCTOPI",state="CLOSED"\} [01]$/m);
    expect(text).toMatch(/^ordergraph_provider_calls_total\{provider="OCTOPI",method="GET",status="CONNECTION"\} 1$/m);
    expect(text).toMatch(/^ordergraph_provider_call_duration_seconds_count\{provider="OCTOPI",status="200"\} \d+/m);
    expect(text).toMatch(/^ordergraph_graphql_errors_total\{code="UNAUTHENTICATED"\} \d+/m);
    expect(text).toMatch(/^process_cpu_user_seconds_total /m);
  });

  it('keeps operation-name labels bounded', async () => {
    const long = `Q${'x'.repeat(150)}`;
    await gql(app.url, `query ${long} { __typename }`);
    const text = await (await fetch(`${app.url}/metrics`)).text();
    expect(text).not.toContain(long);
    expect(text).toMatch(/^ordergraph_requests_total\{operation="invalid",status="200"\} 1$/m);
  });
});

describe('logs at level warn', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 3, env: { LOG_LEVEL: 'warn' } });
  });
  afterAll(() => app.close());

  it('writes no request or provider call line, and still counts requests by operation and error code', async () => {
    app.emulator('SITOO').setFaults({ status: 500 });
    await gql(app.url, ListOrdersDocument, { first: 2 });
    app.emulator('SITOO').clearFaults();
    expect(app.logs.map((line) => (JSON.parse(line) as LogLine).msg)).not.toEqual(expect.arrayContaining(['request', 'provider call']));
    const text = await (await fetch(`${app.url}/metrics`)).text();
    expect(text).toMatch(/^ordergraph_requests_total\{operation="ListOrders",status="200"\} 1$/m);
    expect(text).toMatch(/^ordergraph_graphql_errors_total\{code="PROVIDER_UNAVAILABLE"\} 1$/m);
    expect(text).toMatch(/^ordergraph_provider_calls_total\{provider="SITOO",method="GET",status="500"\} [1-9]\d*$/m);
  });
});
