import { Webhook } from 'standardwebhooks';
import type { OrderChangeRecord } from '../../src/changes/feed';
import { OrderChangeKind } from '../../src/changes/kinds';
import { ProviderKey } from '../../src/providers';
import type { Order } from '../../src/model/order';
import type { Database } from '../../src/state/database';
import { asKey, gql } from '../support/graphql';
import { appendChange as append } from '../support/change-feed';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/sandbox';
import { metricSamples } from '../support/metrics';
import { eventually, startWebhookReceiver } from '../support/webhook-receiver';

/**
 * Webhooks end to end: endpoints registered through the GraphQL mutations, changes appended to
 * the feed in PostgreSQL as the pollers append them, and real receivers on loopback that answer
 * as the test tells them. Retries are fast here (WEBHOOK_RETRY_BASE_MS=40).
 */
const REGISTER = /* GraphQL */ `
  mutation Register($input: RegisterWebhookEndpointInput!) {
    registerWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        url
        enabled
        filter {
          providers
          kinds
          orderIds
        }
      }
    }
  }
`;
const DELIVERIES = /* GraphQL */ `
  query Deliveries($id: ID!, $states: [WebhookDeliveryState!], $beforeSequence: String) {
    webhookDeliveries(endpointId: $id, states: $states, beforeSequence: $beforeSequence) {
      eventId
      sequence
      orderId
      eventType
      state
      attempts
      lastStatus
      attemptLog {
        attempt
        status
        error
      }
    }
  }
`;
const REPLAY = /* GraphQL */ `
  mutation Replay($id: ID!, $eventIds: [ID!]) {
    replayWebhookDeliveries(endpointId: $id, eventIds: $eventIds)
  }
`;

interface Registered {
  registerWebhookEndpoint: {
    secret: string;
    endpoint: { id: string; url: string; enabled: boolean; filter: { providers: string[] | null; kinds: string[] | null; orderIds: string[] | null } };
  };
}
interface Deliveries {
  webhookDeliveries: Array<{
    eventId: string;
    sequence: string;
    orderId: string;
    eventType: string;
    state: string;
    attempts: number;
    lastStatus: number | null;
    attemptLog: Array<{ attempt: number; status: number | null; error: string | null }>;
  }>;
}

const FAST_RETRIES = { WEBHOOK_RETRY_BASE_MS: '40', WEBHOOK_RETRY_MAX_MS: '200', WEBHOOK_MAX_ATTEMPTS: '5', WEBHOOK_TIMEOUT_MS: '2000' };

async function register(app: TestApp, url: string, key = 'sandbox-key', filter?: Record<string, unknown>) {
  const response = await gql<Registered, unknown>(app.url, REGISTER, { input: { url, description: 'test receiver', filter } }, asKey(key));
  return response;
}

async function ordersOf(app: TestApp, provider: ProviderKey, count: number): Promise<Order[]> {
  return (await app.registry.get(provider).listOrders({ direction: 'ASC', limit: count, position: null, filter: {} })).orders;
}

describe('webhooks for partners', () => {
  let testDb: TestDatabase | null;
  let app: TestApp;
  let db: Database;
  beforeAll(async () => {
    testDb = await createTestDatabase('webhooks e2e');
    if (!testDb) return;
    app = await startTestApp({ seed: 4, env: { DATABASE_URL: testDb.url, ...FAST_RETRIES } });
    db = app.database!;
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await testDb?.drop();
  });
  const run = (name: string, test: () => Promise<void>) => it(name, async () => (testDb ? test() : undefined), 60_000);

  run('delivers a change to a receiver that answers 500 three times, once it answers 200: signed, with the same event id on every try', async () => {
    const receiver = await startWebhookReceiver((attempt) => (attempt <= 3 ? 500 : 200));
    const before = await webhookMetrics(app);
    try {
      const registered = await register(app, receiver.url);
      expect(registered.errors).toBeUndefined();
      const { secret, endpoint } = registered.data!.registerWebhookEndpoint;
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/=]{40,}$/);
      const [order] = await ordersOf(app, ProviderKey.SITOO, 1);
      const change = await append(db, order, OrderChangeKind.CANCELLED);

      await eventually(() => receiver.received.some((r) => r.answered === 200), 20_000, 'a 200');
      expect(receiver.received.map((r) => [r.headers['webhook-id'], r.answered])).toEqual([
        [change.eventId, 500],
        [change.eventId, 500],
        [change.eventId, 500],
        [change.eventId, 200],
      ]);
      // The standard library's own verification, on every attempt (each is signed anew, with its own timestamp).
      const verifier = new Webhook(secret);
      for (const request of receiver.received) {
        const verified = verifier.verify(request.body, request.headers as Record<string, string>) as {
          type: string;
          data: { eventId: string; sequence: string; orderId: string; kind: string; order: { id: string } };
        };
        expect(verified).toMatchObject({
          type: 'order.cancelled',
          data: { eventId: change.eventId, sequence: String(change.sequence), orderId: order.id, kind: 'CANCELLED', order: { id: order.id } },
        });
      }
      expect(() =>
        new Webhook(`whsec_${Buffer.from('another secret of 32 bytes......').toString('base64')}`).verify(
          receiver.received[3].body,
          receiver.received[3].headers as Record<string, string>,
        ),
      ).toThrow();

      // The delivery log tells the same story.
      const log = await gql<Deliveries, unknown>(app.url, DELIVERIES, { id: endpoint.id });
      expect(log.data?.webhookDeliveries).toEqual([
        expect.objectContaining({
          eventId: change.eventId,
          sequence: String(change.sequence),
          eventType: 'order.cancelled',
          state: 'DELIVERED',
          attempts: 4,
          lastStatus: 200,
          attemptLog: [
            { attempt: 1, status: 500, error: 'the receiver answered HTTP 500' },
            { attempt: 2, status: 500, error: 'the receiver answered HTTP 500' },
            { attempt: 3, status: 500, error: 'the receiver answered HTTP 500' },
            { attempt: 4, status: 200, error: null },
          ],
        }),
      ]);
      // Paged by sequence, as the feed gives it (digits): nothing before this one; anything else is refused by name.
      const before1 = await gql<Deliveries, unknown>(app.url, DELIVERIES, { id: endpoint.id, beforeSequence: String(change.sequence) });
      expect(before1.data?.webhookDeliveries).toEqual([]);
      const after1 = await gql<Deliveries, unknown>(app.url, DELIVERIES, { id: endpoint.id, beforeSequence: String(change.sequence + 1) });
      expect(after1.data?.webhookDeliveries.map((d) => d.eventId)).toEqual([change.eventId]);
      const garbled = await gql<Deliveries, unknown>(app.url, DELIVERIES, { id: endpoint.id, beforeSequence: '12abc' });
      expect(garbled.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ field: 'beforeSequence', rule: 'sequence' }] });
      // And /metrics: three failed attempts (retried), the delivered one with its latency, no dead letter.
      const after = await webhookMetrics(app);
      expect(delta(before, after)).toEqual({ failed: 3, delivered: 1, dead: 0, retries: 3, deadLetters: 0, latencyCount: 1 });
      expect(after.latencySum - before.latencySum).toBeGreaterThan(0);
    } finally {
      await receiver.close();
    }
  });

  run('marks a delivery dead after the last attempt, and a replay sends it again with the same event id', async () => {
    let up = false;
    const receiver = await startWebhookReceiver(() => (up ? 204 : 503));
    try {
      const { endpoint } = (await register(app, receiver.url)).data!.registerWebhookEndpoint;
      const [order] = await ordersOf(app, ProviderKey.OCTOPI, 1);
      const change = await append(db, order);
      const dead = async () => (await gql<Deliveries, unknown>(app.url, DELIVERIES, { id: endpoint.id, states: ['DEAD'] })).data!.webhookDeliveries;
      for (let i = 0; i < 400 && (await dead()).length === 0; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
      const [deadOne] = await dead();
      expect(deadOne).toMatchObject({ eventId: change.eventId, state: 'DEAD', attempts: 5, lastStatus: 503 });
      expect((await webhookMetrics(app)).deadLetters).toBeGreaterThanOrEqual(1);
      expect(receiver.received).toHaveLength(5);

      up = true;
      const replayed = await gql<{ replayWebhookDeliveries: number }, unknown>(app.url, REPLAY, { id: endpoint.id });
      expect(replayed.data?.replayWebhookDeliveries).toBe(1);
      await eventually(() => receiver.received.length === 6, 20_000, 'the replayed delivery');
      expect(receiver.received[5]).toMatchObject({ answered: 204, headers: expect.objectContaining({ 'webhook-id': change.eventId }) });
      expect(await dead()).toEqual([]);
    } finally {
      await receiver.close();
    }
  });

  run('holds a later change of an order until the earlier one is delivered, without holding up other orders', async () => {
    const [first, second] = await ordersOf(app, ProviderKey.SOGET, 2);
    let release = false;
    // The first change of `first` (its STATUS_CHANGED) fails until released; everything else is accepted at once.
    const receiver = await startWebhookReceiver((_attempt, request) => {
      const { data } = JSON.parse(request.body) as { data: { orderId: string; kind: string } };
      return data.orderId === first.id && data.kind === 'STATUS_CHANGED' && !release ? 500 : 200;
    });
    try {
      await register(app, receiver.url, 'sandbox-key', { providers: ['SOGET'] });
      const early = await append(db, first, OrderChangeKind.STATUS_CHANGED);
      const late = await append(db, first, OrderChangeKind.CANCELLED);
      const other = await append(db, second, OrderChangeKind.STATUS_CHANGED);
      await eventually(() => receiver.received.some((r) => r.headers['webhook-id'] === other.eventId), 20_000, 'the other order');
      await eventually(() => receiver.received.filter((r) => r.headers['webhook-id'] === early.eventId).length >= 2, 20_000, 'a retry');
      expect(receiver.received.some((r) => r.headers['webhook-id'] === late.eventId)).toBe(false);
      release = true;
      await eventually(() => receiver.received.some((r) => r.headers['webhook-id'] === late.eventId), 20_000, 'the later change');
      const ofFirst = receiver.received.filter((r) => [early.eventId, late.eventId].includes(String(r.headers['webhook-id'])) && r.answered === 200);
      expect(ofFirst.map((r) => r.headers['webhook-id'])).toEqual([early.eventId, late.eventId]);
    } finally {
      await receiver.close();
    }
  });

  run("sends an Octopi-only key's endpoint only Octopi changes, and refuses its filter for another vendor", async () => {
    const receiver = await startWebhookReceiver();
    try {
      const refused = await register(app, receiver.url, 'sandbox-octopi-key', { providers: ['SITOO'] });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const registered = await register(app, receiver.url, 'sandbox-octopi-key');
      expect(registered.errors).toBeUndefined();
      const [octopi] = await ordersOf(app, ProviderKey.OCTOPI, 1);
      const [sitoo] = await ordersOf(app, ProviderKey.SITOO, 1);
      const [vu] = await ordersOf(app, ProviderKey.VU, 1);
      await append(db, sitoo);
      const mine = await append(db, octopi);
      await append(db, vu);
      const last = await append(db, octopi, OrderChangeKind.FIELDS_CHANGED);
      await eventually(() => receiver.received.some((r) => r.headers['webhook-id'] === last.eventId), 20_000, 'the last Octopi change');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([mine.eventId, last.eventId]);
    } finally {
      await receiver.close();
    }
  });

  run('lists, disables and deletes only the calling key’s own endpoints (a read-only key may manage its own)', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const registered = await register(app, receiver.url, 'sandbox-read-key', { kinds: ['CANCELLED'] });
      expect(registered.errors).toBeUndefined();
      const id = registered.data!.registerWebhookEndpoint.endpoint.id;
      const list = (key: string) =>
        gql<{ webhookEndpoints: Array<{ id: string; enabled: boolean; filter: { kinds: string[] | null } }> }, unknown>(
          app.url,
          '{ webhookEndpoints { id enabled filter { kinds } } }',
          undefined,
          asKey(key),
        );
      expect((await list('sandbox-read-key')).data?.webhookEndpoints).toEqual([{ id, enabled: true, filter: { kinds: ['CANCELLED'] } }]);
      expect((await list('sandbox-octopi-key')).data?.webhookEndpoints.map((e) => e.id)).not.toContain(id);

      const othersDelete = await gql(app.url, 'mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) }', { id }, asKey('sandbox-octopi-key'));
      expect(othersDelete.errors?.[0].extensions?.code).toBe('NOT_FOUND');

      const disabled = await gql<{ setWebhookEndpointEnabled: { enabled: boolean } }, unknown>(
        app.url,
        'mutation ($id: ID!) { setWebhookEndpointEnabled(id: $id, enabled: false) { enabled } }',
        { id },
        asKey('sandbox-read-key'),
      );
      expect(disabled.data?.setWebhookEndpointEnabled.enabled).toBe(false);
      const [order] = await ordersOf(app, ProviderKey.SITOO, 1);
      await append(db, order, OrderChangeKind.CANCELLED);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(receiver.received).toEqual([]);

      const deleted = await gql<{ deleteWebhookEndpoint: boolean }, unknown>(
        app.url,
        'mutation ($id: ID!) { deleteWebhookEndpoint(id: $id) }',
        { id },
        asKey('sandbox-read-key'),
      );
      expect(deleted.data?.deleteWebhookEndpoint).toBe(true);
      expect((await list('sandbox-read-key')).data?.webhookEndpoints).toEqual([]);
    } finally {
      await receiver.close();
    }
  });

  run('refuses an endpoint URL that is not http or https, or carries credentials, naming the field and the rule', async () => {
    for (const [url, rule] of [
      ['ftp://example.com/hook', 'scheme'],
      ['https://user:pw@example.com/hook', 'credentials'],
      ['not a url', 'url'],
    ] as const) {
      const response = await register(app, url);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.url', rule });
    }
  });
});

describe('webhooks across replicas', () => {
  it('delivers every change once when two replicas on one database deliver at the same time', async () => {
    const testDb = await createTestDatabase('webhooks across replicas');
    if (!testDb) return;
    const receiver = await startWebhookReceiver();
    const [a, b] = await Promise.all([
      startTestApp({ seed: 3, env: { DATABASE_URL: testDb.url, ...FAST_RETRIES } }),
      startTestApp({ seed: 3, env: { DATABASE_URL: testDb.url, ...FAST_RETRIES } }),
    ]);
    try {
      expect((await register(a, receiver.url)).errors).toBeUndefined();
      const orders = [...(await ordersOf(a, ProviderKey.OCTOPI, 3)), ...(await ordersOf(a, ProviderKey.SITOO, 3))];
      const appended: OrderChangeRecord[] = [];
      for (let round = 0; round < 5; round += 1) {
        for (const [i, order] of orders.entries()) appended.push(await append((i % 2 === 0 ? a : b).database!, order));
      }
      await eventually(() => receiver.received.length >= appended.length, 30_000, 'every change');
      await new Promise((resolve) => setTimeout(resolve, 500));
      const ids = receiver.received.map((r) => String(r.headers['webhook-id']));
      expect(ids.sort()).toEqual(appended.map((c) => c.eventId).sort());
      // In order per order: each order's changes arrive in feed order.
      for (const order of orders) {
        const sequences = receiver.received
          .map((r) => JSON.parse(r.body).data)
          .filter((d) => d.orderId === order.id)
          .map((d) => BigInt(d.sequence));
        expect(sequences).toEqual([...sequences].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
      }
    } finally {
      await Promise.all([a.close(), b.close()]);
      await receiver.close();
      await testDb.drop();
    }
  }, 90_000);
});

/** The webhook counters of /metrics. */
function webhookMetrics(app: TestApp) {
  return metricSamples(app.url, {
    failed: 'ordergraph_webhook_attempts_total{outcome="failed"}',
    delivered: 'ordergraph_webhook_attempts_total{outcome="delivered"}',
    dead: 'ordergraph_webhook_attempts_total{outcome="dead"}',
    retries: 'ordergraph_webhook_retries_total',
    deadLetters: 'ordergraph_webhook_dead_letters_total',
    latencyCount: 'ordergraph_webhook_delivery_latency_seconds_count',
    latencySum: 'ordergraph_webhook_delivery_latency_seconds_sum',
  });
}

function delta(before: Awaited<ReturnType<typeof webhookMetrics>>, after: Awaited<ReturnType<typeof webhookMetrics>>) {
  const { latencySum: _a, ...b } = before;
  const { latencySum: _b, ...a } = after;
  return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v - b[k as keyof typeof b]]));
}
