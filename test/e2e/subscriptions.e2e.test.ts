import { ApolloClient, InMemoryCache, gql as apolloGql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import WebSocket from 'ws';
import { OrderChangeKind } from '../../src/changes/kinds';
import { ProviderKey } from '../../src/providers';
import { OrderStatus } from '../../src/model/enums';
import type { Order } from '../../src/model/order';
import type { Database } from '../../src/state/database';
import { gql } from '../support/graphql';
import { appendChange as append } from '../support/change-feed';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { startTestApp, type TestApp } from '../support/sandbox';
import { metricSamples } from '../support/metrics';
import { subscribe, wsClient, type Subscription } from '../support/subscriber';

/**
 * Subscription.orderChanged over graphql-ws, with graphql-ws's own client (and Apollo Client's
 * GraphQLWsLink) against the running app, on the change log in PostgreSQL, appended to as the
 * pollers append (appendChanges in a transaction).
 */
const ORDER_CHANGED = /* GraphQL */ `
  subscription OrderChanged($filter: OrderChangeFilter, $after: String) {
    orderChanged(filter: $filter, after: $after) {
      sequence
      cursor
      eventId
      kind
      provider
      orderId
      previousStatus
      changedFields
      detectedAt
      order {
        id
        provider
        status
        orderNumber
      }
    }
  }
`;

interface Changed {
  orderChanged: {
    sequence: string;
    cursor: string;
    eventId: string;
    kind: string;
    provider: string;
    orderId: string;
    previousStatus: string | null;
    changedFields: string[];
    detectedAt: string;
    order: { id: string; provider: string; status: string; orderNumber: string };
  };
}

async function firstOrder(app: TestApp, provider: ProviderKey): Promise<Order> {
  const page = await app.registry.get(provider).listOrders({ direction: 'DESC', limit: 1, position: null, filter: {} });
  return page.orders[0];
}

/**
 * A subscription follows the feed from the moment its stream opens, which the client is not
 * told of. So a probe change (one the subscription matches) is appended until one arrives;
 * the events that count are those after it.
 */
async function whenLive<T>(subscription: Subscription<T>, probe: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 100; i += 1) {
    await probe();
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (subscription.events.length > 0) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      return subscription.events.length;
    }
  }
  throw new Error('the subscription never received a change');
}

describe('Subscription.orderChanged over graphql-ws', () => {
  let testDb: TestDatabase | null;
  let app: TestApp;
  let db: Database;
  let orders: Record<ProviderKey, Order>;
  beforeAll(async () => {
    testDb = await createTestDatabase('subscriptions e2e');
    if (!testDb) return;
    app = await startTestApp({ seed: 3, env: { DATABASE_URL: testDb.url } });
    db = app.database!;
    const keys = [ProviderKey.OCTOPI, ProviderKey.SITOO, ProviderKey.SOGET];
    const found = await Promise.all(keys.map((key) => firstOrder(app, key)));
    orders = Object.fromEntries(keys.map((key, i) => [key, found[i]])) as Record<ProviderKey, Order>;
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await testDb?.drop();
  });
  const run = (name: string, test: () => Promise<void>) => it(name, async () => (testDb ? test() : undefined), 60_000);

  run('pushes each change appended after subscribing, once, in feed order, with the order as it now is', async () => {
    const client = wsClient(app.url, 'sandbox-key');
    const subscription = subscribe<Changed>(client, ORDER_CHANGED);
    const live = await whenLive(subscription, () => append(db, orders.SOGET, OrderChangeKind.FIELDS_CHANGED));
    const first = await append(db, orders.OCTOPI, OrderChangeKind.STATUS_CHANGED, OrderStatus.PENDING);
    const second = await append(db, orders.SITOO, OrderChangeKind.CREATED);
    const events = (await subscription.next(live + 2)).slice(live);
    expect(events.map((event) => event.data?.orderChanged)).toEqual([
      {
        sequence: String(first.sequence),
        cursor: expect.any(String),
        eventId: first.eventId,
        kind: 'STATUS_CHANGED',
        provider: 'OCTOPI',
        orderId: orders.OCTOPI.id,
        previousStatus: 'PENDING',
        changedFields: ['status', 'providerStatus'],
        detectedAt: first.detectedAt.toISOString(),
        order: { id: orders.OCTOPI.id, provider: 'OCTOPI', status: orders.OCTOPI.status, orderNumber: orders.OCTOPI.orderNumber },
      },
      expect.objectContaining({ sequence: String(second.sequence), kind: 'CREATED', previousStatus: null, orderId: orders.SITOO.id }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(subscription.events).toHaveLength(live + 2);
    const sequences = subscription.events.map((event) => event.data!.orderChanged.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => Number(BigInt(a) - BigInt(b))));
    subscription.stop();
    await client.dispose();
  });

  run('resumes after the cursor of the last event received: what was missed from the log, then the live changes, none twice, none lost', async () => {
    const client = wsClient(app.url, 'sandbox-key');
    const first = subscribe<Changed>(client, ORDER_CHANGED, { filter: { providers: ['SITOO'] } });
    const live = await whenLive(first, () => append(db, orders.SITOO));
    const last = first.events[live - 1].data!.orderChanged;
    first.stop();
    // While the client is away: changes it must get, and others' it must not.
    const missed = [await append(db, orders.SITOO, OrderChangeKind.STATUS_CHANGED, OrderStatus.PENDING), await append(db, orders.SITOO)];
    await append(db, orders.OCTOPI);
    const resumed = subscribe<Changed>(client, ORDER_CHANGED, { filter: { providers: ['SITOO'] }, after: last.cursor });
    const caughtUp = await resumed.next(2);
    expect(caughtUp.map((event) => event.data?.orderChanged.sequence)).toEqual(missed.map((m) => String(m.sequence)));
    // Then live, straight after the backlog: the next change, once.
    const after = await append(db, orders.SITOO, OrderChangeKind.CANCELLED);
    const events = await resumed.next(3);
    expect(events.map((event) => event.data?.orderChanged.sequence)).toEqual([...missed, after].map((m) => String(m.sequence)));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(resumed.events).toHaveLength(3);
    resumed.stop();
    await client.dispose();
  });

  run('refuses a resume cursor that is not one of the feed as BAD_USER_INPUT naming `after`', async () => {
    const client = wsClient(app.url, 'sandbox-key');
    const subscription = subscribe<Changed>(client, ORDER_CHANGED, { after: 'not-a-cursor' });
    await subscription.ended;
    expect(subscription.events.map((event) => event.errors?.map((error) => [error.extensions?.code, error.extensions?.field, error.extensions?.rule]))).toEqual(
      [[['BAD_USER_INPUT', 'after', 'cursor']]],
    );
    await client.dispose();
  });

  run('counts the open subscriptions and the events delivered, live and from a resume, in /metrics', async () => {
    const read = () =>
      metricSamples(app.url, {
        active: 'ordergraph_subscriptions_active',
        live: 'ordergraph_subscription_events_delivered_total{phase="live"}',
        backlog: 'ordergraph_subscription_events_delivered_total{phase="backlog"}',
      });
    const client = wsClient(app.url, 'sandbox-key');
    const before = await read();
    const subscription = subscribe<Changed>(client, ORDER_CHANGED, { filter: { providers: ['SOGET'] } });
    const live = await whenLive(subscription, () => append(db, orders.SOGET));
    await append(db, orders.SOGET);
    await append(db, orders.SOGET);
    await subscription.next(live + 2);
    const during = await read();
    expect(during.active - before.active).toBe(1);
    expect(during.live - before.live).toBe(live + 2);
    // Resumed after the last probe: the two changes since come from the log.
    const resumed = subscribe<Changed>(client, ORDER_CHANGED, {
      filter: { providers: ['SOGET'] },
      after: subscription.events[live - 1].data!.orderChanged.cursor,
    });
    await resumed.next(2);
    expect((await read()).backlog - before.backlog).toBe(2);
    subscription.stop();
    resumed.stop();
    for (let i = 0; i < 50 && (await read()).active !== before.active; i += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    expect((await read()).active).toBe(before.active);
    await client.dispose();
  });

  run('never shows an Octopi-only key a change of another vendor', async () => {
    const client = wsClient(app.url, 'sandbox-octopi-key');
    const subscription = subscribe<Changed>(client, ORDER_CHANGED);
    const live = await whenLive(subscription, () => append(db, orders.OCTOPI));
    await append(db, orders.SITOO);
    await append(db, orders.SOGET);
    const octopi = await append(db, orders.OCTOPI);
    await append(db, orders.SITOO);
    const again = await append(db, orders.OCTOPI, OrderChangeKind.CANCELLED);
    const events = await subscription.next(live + 2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(subscription.events.every((event) => event.data?.orderChanged.provider === 'OCTOPI')).toBe(true);
    expect(events.slice(live).map((event) => event.data?.orderChanged.sequence)).toEqual([String(octopi.sequence), String(again.sequence)]);
    expect(subscription.events).toHaveLength(live + 2);
    subscription.stop();
    await client.dispose();
  });

  run("refuses an Octopi-only key's filter that asks for another vendor, by provider or by order id, as FORBIDDEN", async () => {
    const client = wsClient(app.url, 'sandbox-octopi-key');
    for (const filter of [{ providers: ['SITOO'] }, { orderIds: [orders.SOGET.id] }]) {
      const subscription = subscribe<Changed>(client, ORDER_CHANGED, { filter });
      await subscription.ended;
      expect(subscription.events.map((event) => event.errors?.map((error) => error.extensions?.code))).toEqual([['FORBIDDEN']]);
    }
    await client.dispose();
  });

  run('filters by vendor, kind and order id, all of which must match', async () => {
    const client = wsClient(app.url, 'sandbox-read-key');
    const subscription = subscribe<Changed>(client, ORDER_CHANGED, {
      filter: { providers: ['SITOO', 'SOGET'], kinds: ['CANCELLED'], orderIds: [orders.SITOO.id, orders.OCTOPI.id] },
    });
    const live = await whenLive(subscription, () => append(db, orders.SITOO, OrderChangeKind.CANCELLED));
    await append(db, orders.SITOO, OrderChangeKind.STATUS_CHANGED);
    await append(db, orders.OCTOPI, OrderChangeKind.CANCELLED);
    await append(db, orders.SOGET, OrderChangeKind.CANCELLED);
    const wanted = await append(db, orders.SITOO, OrderChangeKind.CANCELLED);
    const events = await subscription.next(live + 1);
    expect(events[live].data?.orderChanged).toMatchObject({ sequence: String(wanted.sequence), kind: 'CANCELLED', orderId: orders.SITOO.id });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(subscription.events).toHaveLength(live + 1);
    subscription.stop();
    await client.dispose();
  });

  run('closes a connection without a valid key with 4401 and the message a query gets', async () => {
    for (const [key, message] of [
      [null, 'An API key is required: send Authorization: Bearer <key>'],
      ['not-a-key', 'The API key is not valid'],
    ] as const) {
      const client = wsClient(app.url, key);
      const subscription = subscribe<Changed>(client, ORDER_CHANGED);
      await subscription.ended;
      expect(client.closes).toEqual([{ code: 4401, reason: message }]);
      await client.dispose();
    }
  });

  run('takes the key from the upgrade request header too, and answers a wrong one 401 before upgrading', async () => {
    const client = wsClient(app.url, null, { headers: { authorization: 'Bearer sandbox-octopi-key' } });
    const subscription = subscribe<Changed>(client, ORDER_CHANGED);
    const live = await whenLive(subscription, () => append(db, orders.OCTOPI));
    await append(db, orders.SITOO);
    const octopi = await append(db, orders.OCTOPI);
    expect((await subscription.next(live + 1))[live].data?.orderChanged.sequence).toBe(String(octopi.sequence));
    subscription.stop();
    await client.dispose();

    const status = await new Promise<number>((resolve, reject) => {
      const socket = new WebSocket(`${app.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { headers: { authorization: 'Bearer wrong' } });
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('open', () => reject(new Error('upgraded with a wrong key')));
      socket.on('error', () => undefined);
    });
    expect(status).toBe(401);
  });

  run('serves only subscriptions over WebSocket, and answers a subscription sent over HTTP with where to send it', async () => {
    const client = wsClient(app.url, 'sandbox-key');
    const query = subscribe<unknown>(client, '{ providers { provider } }');
    await expect(query.ended).resolves.toEqual({
      error: [
        expect.objectContaining({ message: expect.stringContaining('subscriptions only'), extensions: expect.objectContaining({ code: 'BAD_REQUEST' }) }),
      ],
    });
    await client.dispose();

    const overHttp = await gql(app.url, ORDER_CHANGED);
    expect(overHttp.status).toBe(400);
    expect(overHttp.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  });

  run("applies the server's depth limit to a subscription's selection", async () => {
    const client = wsClient(app.url, 'sandbox-key');
    const deep = `subscription { orderChanged { order { containers { container { orders { containers { container { orders { containers { container { orders { id } } } } } } } } } } } }`;
    const subscription = subscribe<unknown>(client, deep);
    const { error } = await subscription.ended;
    expect((error as Array<{ extensions?: { code?: string } }>)[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    await client.dispose();
  });

  run("delivers to Apollo Client's GraphQLWsLink", async () => {
    const client = wsClient(app.url, 'sandbox-key');
    const apollo = new ApolloClient({ link: new GraphQLWsLink(client), cache: new InMemoryCache() });
    const received: Array<{ orderChanged: { sequence: string } }> = [];
    const subscription = apollo
      .subscribe({ query: apolloGql(ORDER_CHANGED), variables: { filter: { providers: ['SOGET'] } } })
      .subscribe({ next: (result) => void received.push(result.data as { orderChanged: { sequence: string } }) });
    for (let i = 0; i < 100 && received.length === 0; i += 1) {
      await append(db, orders.SOGET);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const change = await append(db, orders.SOGET, OrderChangeKind.FIELDS_CHANGED);
    for (let i = 0; i < 100 && !received.some((r) => r.orderChanged.sequence === String(change.sequence)); i += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(received.at(-1)).toEqual({
      orderChanged: expect.objectContaining({
        __typename: 'OrderChange',
        sequence: String(change.sequence),
        kind: 'FIELDS_CHANGED',
        order: expect.objectContaining({ id: orders.SOGET.id }),
      }),
    });
    subscription.unsubscribe();
    await client.dispose();
  });
});

describe('subscriptions across replicas and at shutdown', () => {
  it('reaches a subscriber on replica A with a change appended through replica B (one PostgreSQL database), and closes its socket with 1001 when A shuts down', async () => {
    const testDb = await createTestDatabase('subscriptions across replicas');
    if (!testDb) return;
    const [a, b] = await Promise.all([
      startTestApp({ seed: 2, env: { DATABASE_URL: testDb.url } }),
      startTestApp({ seed: 2, env: { DATABASE_URL: testDb.url } }),
    ]);
    try {
      const order = await firstOrder(b, ProviderKey.OCTOPI);
      const client = wsClient(a.url, 'sandbox-key');
      const subscription = subscribe<Changed>(client, ORDER_CHANGED);
      const live = await whenLive(subscription, () => append(b.database!, order));
      const change = await append(b.database!, order, OrderChangeKind.CANCELLED);
      const events = await subscription.next(live + 1);
      expect(events[live].data?.orderChanged).toMatchObject({ eventId: change.eventId, kind: 'CANCELLED' });
      await a.close();
      await subscription.ended;
      expect(client.closes[0]?.code).toBe(1001);
      await client.dispose();
    } finally {
      await Promise.all([a.close().catch(() => undefined), b.close()]);
      await testDb.drop();
    }
  }, 60_000);
});
