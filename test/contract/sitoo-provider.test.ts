import { ErrorCode, OrderGraphError } from '../../src/core/errors';
import { OrderStatus } from '../../src/model/enums';
import type { Order } from '../../src/model/order';
import { SitooClient } from '../../src/providers/sitoo/client';
import { SitooEmulator } from '../../src/sandbox/sitoo/emulator';
import { SITOO_READ_CONCURRENCY, SitooProvider, type SitooCreateInput } from '../../src/providers/sitoo/provider';
import type { SitooServiceOrder } from '../../src/providers/sitoo/wire';

type Json = Record<string, any>;

const credentials = { account: '1500', apiId: '1500-3', password: 'contract-test' };

const input = (lastName = 'Swansson'): SitooCreateInput => ({
  store: { id: 'STORE111', name: 'Barlay Shoe Inc' },
  owner: { email: 'staff@example.com', name: 'Pete' },
  customer: { firstName: 'Erica', lastName, email: 'erica@example.com', mobile: '+46701112233' },
  currency: 'SEK',
  note: 'The shoe has a broken heel.',
  product: {
    sku: 'SHOE999',
    name: 'Barlay Shoe',
    services: [
      { sku: 'SERVICE_HEEL', name: 'Replace heel', quantity: 1, unitPrice: '50.00', costShare: 0, note: 'Left foot.' },
      { sku: 'SERVICE_POLISH', name: 'Polish Shoes', quantity: 1, unitPrice: null, costShare: 0, note: '' },
    ],
  },
  author: { email: 'anna@example.com' },
});

describe('Sitoo provider against its emulator over HTTP', () => {
  const emulator = new SitooEmulator(credentials);
  let url = '';
  let provider: SitooProvider;
  const authorization = (apiId = credentials.apiId, password = credentials.password) => `Basic ${Buffer.from(`${apiId}:${password}`).toString('base64')}`;
  const send = async (method: string, path: string, body?: unknown, auth = authorization()) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { ...(auth ? { authorization: auth } : {}), 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const queries = (method = 'GET') => emulator.server.log.filter((e) => e.method === method).map((e) => e.path + e.query);

  beforeAll(async () => {
    emulator.seed(60, 7);
    url = await emulator.listen(0);
    provider = new SitooProvider(new SitooClient({ baseUrl: url, ...credentials, timeoutMs: 2000 }), {
      defaultAuthor: { email: 'ordergraph@example.com', name: 'ordergraph' },
    });
  });
  afterAll(() => emulator.server.close());
  beforeEach(() => emulator.server.clearLog());
  afterEach(() => emulator.server.clearFaults());

  describe('stale revisions', () => {
    it('turns a 412 into CONFLICT carrying the current revision, and the order stays as it was at Sitoo', async () => {
      const created = await provider.createOrder(input());
      const first = await provider.updateOrder(created.providerId, { revision: created.revision!, state: 'in_progress', note: 'first writer' });
      expect(first.revision).toBe('2');
      const before = emulator.snapshot(created.providerId);

      const error = (await provider
        .updateOrder(created.providerId, { revision: created.revision!, note: 'second writer' })
        .catch((e: unknown) => e)) as OrderGraphError;
      expect(error).toBeInstanceOf(OrderGraphError);
      expect(error.extensions).toMatchObject({
        code: ErrorCode.CONFLICT,
        provider: 'SITOO',
        httpStatus: 412,
        providerCode: 'PRECONDITION_FAILED',
        currentRevision: '2',
      });
      expect(error.message).toContain('nothing was changed');
      expect(emulator.snapshot(created.providerId)).toEqual(before);
      expect(emulator.snapshot(created.providerId)).toMatchObject({ note: 'first writer', state: 'in_progress', revision: 2 });

      // Re-read and retry at the current revision: it goes through.
      const retried = await provider.updateOrder(created.providerId, { revision: error.extensions.currentRevision as string, note: 'second writer' });
      expect(retried).toMatchObject({ note: 'second writer', revision: '3', status: 'IN_PROGRESS' });
    });

    it('answers 412 at the emulator for a stale revision even when the body changes nothing else', async () => {
      const created = await provider.createOrder(input());
      const answer = await send('PUT', `${emulator.accountPath}/serviceorders/${created.providerId}.json`, {
        revision: 5,
        state: 'closed',
        author: { email: 'anna@example.com' },
      });
      expect(answer).toEqual({ status: 412, body: { statuscode: 412, errortext: expect.stringContaining('revision 1') } });
      expect(emulator.snapshot(created.providerId)).toMatchObject({ state: 'new', revision: 1 });
    });
  });

  describe('state changes and cancel', () => {
    it('walks an order through in_progress, service_done and closed, one revision each, written by the given author', async () => {
      let order = await provider.createOrder(input());
      for (const state of ['in_progress', 'service_done', 'closed'] as const) {
        order = await provider.updateOrder(order.providerId, { revision: order.revision!, state, author: { email: 'pete@example.com', name: 'Pete' } });
        expect(order.providerStatus).toBe(state);
      }
      expect(order).toMatchObject({ status: 'COMPLETED', revision: '4' });
      expect(order.parties).toContainEqual({ role: 'AUTHOR', email: 'pete@example.com', name: 'Pete', code: null });
    });

    it('cancels at the current revision with the configured author, and reads nothing but the order to do it', async () => {
      const created = await provider.createOrder(input());
      await provider.updateOrder(created.providerId, { revision: created.revision!, state: 'in_progress' });
      emulator.server.clearLog();
      const cancelled = await provider.cancelOrder(created.providerId);
      expect(cancelled).toMatchObject({ status: 'CANCELLED', providerStatus: 'cancelled', revision: '3' });
      expect(cancelled.parties).toContainEqual(expect.objectContaining({ role: 'AUTHOR', email: 'ordergraph@example.com' }));
      expect(emulator.server.log.map((e) => e.method)).toEqual(['GET', 'PUT']);
      // Cancelling again writes nothing.
      emulator.server.clearLog();
      expect((await provider.cancelOrder(created.providerId)).revision).toBe('3');
      expect(emulator.server.log.map((e) => e.method)).toEqual(['GET']);
    });

    it('answers NOT_FOUND for an order that does not exist', async () => {
      const error = (await provider.cancelOrder('ZZZZZZZZZ').catch((e: unknown) => e)) as OrderGraphError;
      expect(error.extensions).toMatchObject({ code: ErrorCode.NOT_FOUND, provider: 'SITOO', httpStatus: 400 });
    });
  });

  describe('the wire', () => {
    it('creates with 201, a 9-character base-36 id, revision 1, Unix-second timestamps and the nullable fields filled', async () => {
      const answer = await send('POST', `${emulator.accountPath}/serviceorders.json`, {
        state: 'new',
        store: { id: 'STORE111', name: 'Barlay Shoe Inc' },
        owner: { email: 'staff@example.com', name: 'Pete' },
        customer: { first_name: 'Erica' },
        currency: 'SEK',
        product: { sku: 'SHOE999', name: 'Barlay Shoe', services: [] },
        author: { email: 'anna@example.com' },
      });
      expect(answer.status).toBe(201);
      const now = Math.floor(Date.now() / 1000);
      expect(answer.body).toMatchObject({
        version: '1.0',
        id: expect.stringMatching(/^[0-9A-Z]{9}$/),
        revision: 1,
        state: 'new',
        note: '',
        owner: { email: 'staff@example.com', name: 'Pete', employee_id: null },
        customer: { first_name: 'Erica', last_name: null, email: null, mobile: null },
        product: { sku: 'SHOE999', name: 'Barlay Shoe', serial: null, services: [] },
      });
      expect(Number.isInteger(answer.body.created)).toBe(true);
      expect(Math.abs(answer.body.created - now)).toBeLessThanOrEqual(2);
      expect(answer.body.modified).toBeGreaterThanOrEqual(answer.body.created);
    });

    it('accepts product as the one-element array of the documented example and answers it as an object', async () => {
      const created = await provider.createOrder(input());
      const raw = created.raw as SitooServiceOrder;
      const answer = await send('POST', `${emulator.accountPath}/serviceorders.json`, {
        ...stripReadOnly(raw),
        revision: undefined,
        product: [raw.product],
      });
      expect(answer.status).toBe(201);
      expect(Array.isArray(answer.body.product)).toBe(false);
      expect(answer.body.product).toEqual(raw.product);
    });

    it('ignores the read-only version, id, created and modified on POST and PUT', async () => {
      const body = {
        ...stripReadOnly((await provider.createOrder(input())).raw as SitooServiceOrder),
        version: '9.9',
        id: 'MINE00001',
        created: 1,
        modified: 2,
      };
      const created = await send('POST', `${emulator.accountPath}/serviceorders.json`, body);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ version: '1.0', id: expect.not.stringMatching('MINE00001') });
      expect(created.body.created).toBeGreaterThan(1_000_000_000);
      const updated = await send('PUT', `${emulator.accountPath}/serviceorders/${created.body.id}.json`, {
        ...created.body,
        note: 'read, changed, written back',
        created: 3,
        id: 'OTHER0001',
      });
      expect(updated.status).toBe(200);
      expect(updated.body).toMatchObject({
        id: created.body.id,
        created: created.body.created,
        revision: 2,
        note: 'read, changed, written back',
        version: '1.0',
      });
    });

    it('answers the documented 400 with an error body for an unknown id (Get Service Order documents no 404), and 400 for a body that is not JSON', async () => {
      expect(await send('GET', `${emulator.accountPath}/serviceorders/NOPE00000.json`)).toEqual({
        status: 400,
        body: { statuscode: 400, errortext: expect.any(String) },
      });
      const response = await fetch(`${url}${emulator.accountPath}/serviceorders.json`, {
        method: 'POST',
        headers: { authorization: authorization(), 'content-type': 'application/json' },
        body: '{"state":',
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ statuscode: 400, errors: [{ rule: 'json' }] });
    });

    it.each([
      ['no Authorization header', ''],
      ['a wrong password', authorization(credentials.apiId, 'nope')],
      ['another api id', authorization('1500-9', credentials.password)],
      ['a bearer token', 'Bearer abc'],
    ])('refuses %s with 401 and the error body', async (_name, auth) => {
      expect(await send('GET', `${emulator.accountPath}/serviceorders.json`, undefined, auth)).toEqual({
        status: 401,
        body: { statuscode: 401, errortext: 'Missing or bad authentication' },
      });
    });

    it('reports refused credentials without ever showing them', async () => {
      const wrong = new SitooProvider(new SitooClient({ baseUrl: url, ...credentials, password: 'hunter2-secret', timeoutMs: 2000 }), {
        defaultAuthor: { email: 'ordergraph@example.com' },
      });
      const error = (await wrong.ping().catch((e: unknown) => e)) as OrderGraphError;
      expect(error.extensions).toMatchObject({ code: ErrorCode.PROVIDER_AUTH_FAILED, httpStatus: 401, providerCode: 'UNAUTHORIZED' });
      const shown = JSON.stringify({ message: error.message, extensions: error.extensions });
      expect(shown).not.toContain('hunter2-secret');
      expect(shown).not.toContain(Buffer.from(`${credentials.apiId}:hunter2-secret`).toString('base64'));
    });

    it('refuses the right credentials on another account', async () => {
      expect((await send('GET', '/v2/accounts/1501/serviceorders.json')).status).toBe(401);
    });
  });

  describe('the list call', () => {
    const list = async (query: string) => send('GET', `${emulator.accountPath}/serviceorders.json${query}`);

    it('answers a bare array, 10 newest first by default', async () => {
      const answer = await list('');
      expect(answer.status).toBe(200);
      expect(answer.body).toHaveLength(10);
      const created = answer.body.map((o: Json) => o.created);
      expect(created).toEqual([...created].sort((a, b) => b - a));
    });

    it('pages with start_after_id in both sort orders, non-inclusive, without gaps or repeats', async () => {
      for (const sort of ['created', '-created']) {
        const all = (await list(`?num=100&sort=${sort}`)).body.map((o: Json) => o.id);
        const paged: string[] = [];
        let after = '';
        for (;;) {
          const page = (await list(`?num=7&sort=${sort}${after ? `&start_after_id=${after}` : ''}`)).body.map((o: Json) => o.id);
          paged.push(...page);
          if (page.length < 7) break;
          after = page[page.length - 1];
        }
        expect(paged).toEqual(all);
      }
    });

    it('places a start_after_id that no order has where its value falls, ids growing with creation', async () => {
      const all = (await list('?num=100&sort=created')).body.map((o: Json) => o.id as string);
      const between = (parseInt(all[4], 36) + 1).toString(36).toUpperCase().padStart(9, '0');
      expect(all).not.toContain(between);
      expect((await list(`?num=3&sort=created&start_after_id=${between}`)).body.map((o: Json) => o.id)).toEqual(all.slice(5, 8));
      expect((await list(`?num=3&sort=-created&start_after_id=${between}`)).body.map((o: Json) => o.id)).toEqual([all[4], all[3], all[2]]);
    });

    it('serves more than 100 orders in one call, as the doc gives num no maximum', async () => {
      const answer = await list('?num=101');
      expect(answer.status).toBe(200);
      expect(answer.body.length).toBe(Math.min(101, emulator.size));
    });

    it('filters by store and by a comma list of states', async () => {
      const answer = await list('?store=STORE111&state=new,in_progress,service_done&num=100');
      expect(answer.body.length).toBeGreaterThan(0);
      for (const order of answer.body) {
        expect(order.store.id).toBe('STORE111');
        expect(['new', 'in_progress', 'service_done']).toContain(order.state);
      }
    });

    it.each([
      ['num=ten', 'num', 'integer'],
      ['sort=newest', 'sort', 'oneOf'],
      ['state=new,done', 'state', 'oneOf'],
      ['start_after_id=NOPE-0000', 'start_after_id', 'id'],
    ])('refuses %s with 400 naming the parameter', async (query, field, rule) => {
      const answer = await list(`?${query}`);
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([expect.objectContaining({ field, rule })]);
    });
  });

  describe('listing for the merged pagination', () => {
    it('uses sort, num and start_after_id for real, one call per page, asking one more than wanted to know whether more follow', async () => {
      const first = await provider.listOrders({ direction: 'DESC', limit: 5, position: null, filter: {} });
      expect(first.orders).toHaveLength(5);
      expect(first.hasMore).toBe(true);
      const position = first.positionAfter(4);
      expect(position).toBe(first.orders[4].providerId);
      const second = await provider.listOrders({ direction: 'DESC', limit: 5, position, filter: {} });
      expect(second.orders[0].createdAt.getTime()).toBeLessThanOrEqual(first.orders[4].createdAt.getTime());
      await provider.listOrders({ direction: 'ASC', limit: 3, position: null, filter: {} });
      expect(queries()).toEqual([
        `${emulator.accountPath}/serviceorders.json?num=6&sort=-created`,
        `${emulator.accountPath}/serviceorders.json?start_after_id=${position}&num=6&sort=-created`,
        `${emulator.accountPath}/serviceorders.json?num=4&sort=created`,
      ]);
    });

    it('never asks for more than the declared page size', async () => {
      expect(provider.capabilities.maxPageSize).toBe(100);
      const page = await provider.listOrders({ direction: 'DESC', limit: 500, position: null, filter: {} });
      expect(page.orders.length).toBeLessThanOrEqual(100);
      expect(queries()).toEqual([`${emulator.accountPath}/serviceorders.json?num=100&sort=-created`]);
    });

    it('keeps a position valid while orders are created upstream', async () => {
      const first = await provider.listOrders({ direction: 'DESC', limit: 4, position: null, filter: {} });
      await provider.createOrder(input('Newcomer'));
      const second = await provider.listOrders({ direction: 'DESC', limit: 4, position: first.positionAfter(3), filter: {} });
      const all = await provider.listOrders({ direction: 'DESC', limit: 9, position: null, filter: {} });
      expect([...first.orders, ...second.orders].map((o) => o.id)).toEqual(all.orders.slice(1).map((o) => o.id));
    });

    it('pushes a status filter down as state= and keeps what it returns within it', async () => {
      const page = await provider.listOrders({
        direction: 'DESC',
        limit: 10,
        position: null,
        filter: { statuses: [OrderStatus.COMPLETED, OrderStatus.CANCELLED] },
      });
      expect(queries()).toEqual([`${emulator.accountPath}/serviceorders.json?state=service_done%2Cclosed%2Ccancelled&num=11&sort=-created`]);
      expect(page.orders.every((o) => ['COMPLETED', 'CANCELLED'].includes(o.status))).toBe(true);
    });

    it('does not call Sitoo for statuses or containers its orders never have, nor push UNKNOWN down', async () => {
      expect((await provider.listOrders({ direction: 'DESC', limit: 10, position: null, filter: { statuses: [OrderStatus.IN_TRANSIT] } })).orders).toEqual([]);
      expect((await provider.listOrders({ direction: 'DESC', limit: 10, position: null, filter: { containerNumber: 'MSCU1234565' } })).orders).toEqual([]);
      expect(queries()).toEqual([]);
      await provider.listOrders({ direction: 'DESC', limit: 2, position: null, filter: { statuses: [OrderStatus.UNKNOWN, OrderStatus.PENDING] } });
      expect(queries()).toEqual([`${emulator.accountPath}/serviceorders.json?num=3&sort=-created`]);
    });

    it('answers an order-number filter with one read by id', async () => {
      const [some] = (await provider.listOrders({ direction: 'DESC', limit: 1, position: null, filter: {} })).orders;
      emulator.server.clearLog();
      const page = await provider.listOrders({ direction: 'DESC', limit: 10, position: null, filter: { orderNumber: some.providerId } });
      expect(page.orders.map((o) => o.id)).toEqual([some.id]);
      expect(page.hasMore).toBe(false);
      expect(queries()).toEqual([`${emulator.accountPath}/serviceorders/${some.providerId}.json`]);
      expect((await provider.listOrders({ direction: 'DESC', limit: 10, position: null, filter: { orderNumber: 'NOPE00000' } })).orders).toEqual([]);
    });

    it('stops at the end of a date range instead of reading on', async () => {
      const all = await provider.listOrders({ direction: 'DESC', limit: 100, position: null, filter: {} });
      const from = all.orders[10].createdAt;
      const page = await provider.listOrders({ direction: 'DESC', limit: 50, position: null, filter: { createdFrom: from } });
      expect(page.hasMore).toBe(false);
      expect(page.orders.every((o) => o.createdAt >= from)).toBe(true);
    });
  });

  describe('batched reads', () => {
    it('reads a batch with one GET per id (Sitoo has no id filter), at most 8 at a time, errors in their slots', async () => {
      const ids = (await provider.listOrders({ direction: 'DESC', limit: 20, position: null, filter: {} })).orders.map((o) => o.providerId);
      emulator.server.clearLog();
      emulator.server.setFaults({ latencyMs: 40 });
      const results = await provider.getOrders([...ids, 'NOPE00000']);
      expect(results.slice(0, 20).map((o) => (o as Order).providerId)).toEqual(ids);
      expect((results[20] as OrderGraphError).code).toBe(ErrorCode.NOT_FOUND);
      const log = emulator.server.log;
      expect(log).toHaveLength(21);
      const overlap = Math.max(...log.map((a) => log.filter((b) => b.startedAt <= a.startedAt && (b.endedAt ?? Infinity) > a.startedAt).length));
      expect(overlap).toBeLessThanOrEqual(SITOO_READ_CONCURRENCY);
      expect(overlap).toBeGreaterThan(1);
    });

    it('answers null for an order number nobody has', async () => {
      expect(await provider.getOrdersByNumber(['NOPE00000'])).toEqual([null]);
    });
  });

  describe('recovering a create whose answer was lost', () => {
    it("finds the order among the store's orders created since the send, by customer, product and services", async () => {
      const startedAt = new Date();
      emulator.server.setFaults({ loseCreateResponse: true, times: 1 });
      const lost = (await provider.createOrder(input('Lost')).catch((e: unknown) => e)) as OrderGraphError;
      expect(lost.extensions).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, reason: 'CONNECTION' });
      emulator.server.clearLog();
      const found = await provider.findCreated(input('Lost'), startedAt);
      expect(found?.parties).toContainEqual(expect.objectContaining({ role: 'CUSTOMER', name: 'Erica Lost' }));
      expect(queries()).toEqual([`${emulator.accountPath}/serviceorders.json?store=STORE111&num=100&sort=-created`]);
    });

    it('pages back through the store to the send time, so a busy store does not hide the order', async () => {
      const sentAt = new Date();
      emulator.server.setFaults({ loseCreateResponse: true, times: 1 });
      await provider.createOrder(input('Buried')).catch(() => undefined);
      // 130 more orders into the same store after it: it is no longer on the first page.
      for (let i = 0; i < 130; i += 1) await provider.createOrder(input(`Later${i}`));
      emulator.server.clearLog();
      const found = await provider.findCreated(input('Buried'), sentAt);
      expect(found?.parties).toContainEqual(expect.objectContaining({ role: 'CUSTOMER', name: 'Erica Buried' }));
      const pages = queries();
      expect(pages).toHaveLength(2);
      expect(pages[1]).toMatch(/[?&]start_after_id=[^&]+/);
    });

    it('finds nothing when no such order was made, or when only an older one matches', async () => {
      expect(await provider.findCreated(input('Never made'), new Date())).toBeNull();
      await provider.createOrder(input('Earlier'));
      expect(await provider.findCreated(input('Earlier'), new Date(Date.now() + 10 * 60 * 1000))).toBeNull();
      const other = input('Earlier');
      other.product.services[0].unitPrice = '55.00';
      expect(await provider.findCreated(other, new Date())).toBeNull();
    });
  });
});

function stripReadOnly(raw: SitooServiceOrder): Json {
  const { version: _v, id: _i, created: _c, modified: _m, revision: _r, ...rest } = raw;
  return rest;
}
