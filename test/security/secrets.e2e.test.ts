import {
  CancelOrderDocument,
  CreateOctopiServiceOrderDocument,
  GetOrderDocument,
  ListOrdersDocument,
  OrderByNumberDocument,
  UpdateOctopiServiceOrderDocument,
} from '../../schema/generated/graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { hashApiKey, SANDBOX_KEYS } from '../../src/access';
import { startOrderGraph, type OrderGraphApp } from '../../src/app';
import { octopi } from '../../src/providers/octopi';
import { OctopiEmulator } from '../../src/sandbox/octopi';
import { startTestApp } from '../support/sandbox';

/**
 * No credential ever leaves ordergraph: a run of requests (successes, refusals, input errors,
 * vendor rejections, vendor outages, a vendor refusing ordergraph's own token) is captured,
 * responses (status, headers, bodies) and every log line, and grepped for every configured
 * secret: API keys, the keys callers presented, vendor tokens.
 */

const KEYS = { write: 'og_test_write_Vt8Qm2Zx7Lk4', read: 'og_test_read_Hp3Nw9Rc5Jd1', octopi: 'og_test_octopi_Yb6Tf2Gs8Ke3' };
const PRESENTED_WRONG_KEY = 'og_presented_but_unknown_Qa7Wm3';
const VENDOR_TOKEN = 'octopi-vendor-token-Zr4Xe8Pn2Lq6';
const WRONG_VENDOR_TOKEN = 'octopi-stale-token-Cu5Bj9Dh1Mf7';

const API_KEYS = JSON.stringify([
  { id: 'writer', sha256: hashApiKey(KEYS.write), scopes: ['orders:write'] },
  { id: 'reader', sha256: hashApiKey(KEYS.read), scopes: ['orders:read'] },
  { id: 'octopi-only', sha256: hashApiKey(KEYS.octopi), scopes: ['orders:read'], providers: ['OCTOPI'] },
]);

interface Captured {
  responses: string[];
  logs: string[];
}

type Document = TypedDocumentNode<any, any> | string;

async function capture(url: string, captured: Captured, key: string, document: Document, variables?: unknown) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, 'x-request-id': 'secret-test' },
    body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
  });
  captured.responses.push(`${response.status} ${JSON.stringify([...response.headers])} ${await response.text()}`);
}

function expectNoSecret(captured: Captured, secrets: string[]) {
  const everything = [...captured.responses, ...captured.logs].join('\n');
  expect(captured.responses.length).toBeGreaterThan(10);
  expect(captured.logs.length).toBeGreaterThan(10);
  for (const secret of secrets) {
    const leaks = [...captured.responses, ...captured.logs].filter((text) => text.includes(secret));
    expect({ secret, leaks }).toEqual({ secret, leaks: [] });
  }
  // Nothing credential-shaped either.
  expect(everything).not.toMatch(/Token token=|Bearer (?!realm=)[A-Za-z0-9]/);
}

describe('no secret in any response or log line', () => {
  let emulator: OctopiEmulator;
  beforeAll(async () => {
    emulator = new OctopiEmulator(VENDOR_TOKEN);
    emulator.seed(6);
    await emulator.listen(0);
  });
  afterAll(() => emulator.server.close());

  const start = async (token: string, captured: Captured): Promise<OrderGraphApp> =>
    startOrderGraph({
      modules: [octopi],
      env: {
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'trace',
        OCTOPI_BASE_URL: emulator.server.url,
        OCTOPI_TOKEN: token,
        PROVIDER_TIMEOUT_MS: '300',
        API_KEYS,
      },
      logDestination: { write: (line: string) => void captured.logs.push(line) },
    });

  it('against a configured vendor: successes, refusals, input errors, vendor errors and outages', async () => {
    const captured: Captured = { responses: [], logs: [] };
    const app = await start(VENDOR_TOKEN, captured);
    const send = (key: string, document: Document, variables?: unknown) => capture(app.url, captured, key, document, variables);
    try {
      const input = (orderNumber: string) => ({ input: { orderNumber, cargoType: 'CONTAINER', containerIds: [4337700], serviceIds: ['cleaning'] } });
      await send(KEYS.read, ListOrdersDocument, { first: 5 });
      await send(KEYS.read, GetOrderDocument, { id: 'octopi:1' });
      await send(KEYS.read, GetOrderDocument, { id: 'octopi:999999' });
      await send(KEYS.read, OrderByNumberDocument, { provider: 'OCTOPI', orderNumber: 'NOPE' });
      await send(KEYS.octopi, ListOrdersDocument, { first: 2 });
      await send(KEYS.write, CreateOctopiServiceOrderDocument, { ...input('SECRET-1'), idempotencyKey: 'idem-1' });
      await send(KEYS.write, CreateOctopiServiceOrderDocument, input('SECRET-1')); // the vendor rejects the duplicate
      await send(KEYS.write, UpdateOctopiServiceOrderDocument, { id: 'octopi:1', input: { comment: 'x' } });
      await send(KEYS.write, CancelOrderDocument, { id: 'octopi:2', reason: 'test' });
      await send(KEYS.read, CreateOctopiServiceOrderDocument, input('SECRET-2')); // 403
      await send(PRESENTED_WRONG_KEY, ListOrdersDocument, { first: 1 }); // 401
      await send(`${KEYS.read}x`, ListOrdersDocument, { first: 1 }); // 401, a near miss
      await send(KEYS.read, GetOrderDocument, { id: 'nonsense' });
      await send(KEYS.read, '{ ordrs { id } }');
      await send(KEYS.write, CreateOctopiServiceOrderDocument, { input: { ...input('SECRET-3').input, serviceIds: [] } });
      for (const fault of [{ status: 500 }, { status: 502 }, { garbage: true }, { drop: true }, { latencyMs: 600 }, { status: 401 }, { status: 429 }]) {
        emulator.server.setFaults(fault);
        await send(KEYS.read, ListOrdersDocument, { first: 3 });
        await send(KEYS.read, GetOrderDocument, { id: 'octopi:3' });
        await send(KEYS.write, CreateOctopiServiceOrderDocument, input(`SECRET-F-${JSON.stringify(fault).length}`));
      }
      emulator.server.clearFaults();
      await send(KEYS.read, ListOrdersDocument, { first: 1 });
      captured.responses.push(await (await fetch(`${app.url}/metrics`)).text());
    } finally {
      emulator.server.clearFaults();
      await app.close();
    }
    expect(captured.logs.some((line) => line.includes('"provider call"'))).toBe(true);
    expectNoSecret(captured, [...Object.values(KEYS), PRESENTED_WRONG_KEY, VENDOR_TOKEN]);
  });

  it("when the vendor refuses ordergraph's own token", async () => {
    const captured: Captured = { responses: [], logs: [] };
    const app = await start(WRONG_VENDOR_TOKEN, captured);
    try {
      for (let i = 0; i < 4; i++) {
        await capture(app.url, captured, KEYS.read, ListOrdersDocument, { first: 2 });
        await capture(app.url, captured, KEYS.read, GetOrderDocument, { id: `octopi:${i + 1}` });
        await capture(app.url, captured, KEYS.write, CreateOctopiServiceOrderDocument, {
          input: { orderNumber: `AUTH-${i}`, cargoType: 'CONTAINER', containerIds: [4337700], serviceIds: ['cleaning'] },
        });
      }
    } finally {
      await app.close();
    }
    expect(captured.responses.some((r) => r.includes('PROVIDER_AUTH_FAILED'))).toBe(true);
    expectNoSecret(captured, [...Object.values(KEYS), WRONG_VENDOR_TOKEN, VENDOR_TOKEN]);
  });

  it('in the sandbox: its demo keys and emulator tokens', async () => {
    const app = await startTestApp({ seed: 4, env: { LOG_LEVEL: 'trace' } });
    const captured: Captured = { responses: [], logs: app.logs };
    try {
      for (const [i, { key }] of SANDBOX_KEYS.entries()) {
        await capture(app.url, captured, key, ListOrdersDocument, { first: 3 });
        await capture(app.url, captured, key, GetOrderDocument, { id: 'octopi:1' });
        await capture(app.url, captured, key, CreateOctopiServiceOrderDocument, {
          input: { orderNumber: `SBX-${i}`, cargoType: 'CONTAINER', containerIds: [4337700], serviceIds: ['cleaning'] },
        });
      }
      app.emulator('OCTOPI').setFaults({ status: 503 });
      await capture(app.url, captured, 'sandbox-key', ListOrdersDocument, { first: 3 });
      app.emulator('OCTOPI').clearFaults();
      await capture(app.url, captured, 'sandbox-keyy', ListOrdersDocument, { first: 3 });
    } finally {
      await app.close();
    }
    const tokens = [...app.sandboxes.values()].flatMap((s) =>
      Object.entries(s.env)
        .filter(([name]) => /TOKEN|KEY|SECRET|PASSWORD/.test(name))
        .map(([, value]) => value),
    );
    expect(tokens.length).toBeGreaterThan(0);
    expectNoSecret(captured, [...SANDBOX_KEYS.map((k) => k.key), ...tokens]);
  });

  it('never rewrites order data: a note containing a secret-like text comes back exactly as stored, in note and in raw', async () => {
    const app = await startTestApp({ seed: 2 });
    const note = 'gate code is sandbox-key-42';
    try {
      const created = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer sandbox-key' },
        body: JSON.stringify({
          query: 'mutation($input: CreateOctopiServiceOrderInput!) { createOctopiServiceOrder(input: $input) { id } }',
          variables: { input: { orderNumber: 'NOTE-1', cargoType: 'CONTAINER', containerIds: [4337700], serviceIds: ['cleaning'], comment: note } },
        }),
      });
      const id = ((await created.json()) as { data: { createOctopiServiceOrder: { id: string } } }).data.createOctopiServiceOrder.id;
      const read = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer sandbox-key' },
        body: JSON.stringify({ query: 'query($id: ID!) { order(id: $id) { note raw } }', variables: { id } }),
      });
      const order = ((await read.json()) as { data: { order: { note: string; raw: Record<string, unknown> } } }).data.order;
      expect(order.note).toBe(note);
      expect(JSON.stringify(order.raw)).toContain(JSON.stringify(note));
    } finally {
      await app.close();
    }
  });
});
