import { createHash, randomBytes } from 'node:crypto';
import { loadConfig } from '../../src/config';
import { ErrorCode, OrderGraphError } from '../../src/core/errors';
import type { ListPage, ProviderPosition } from '../../src/core/provider';
import type { Order } from '../../src/model/order';
import { soget } from '../../src/providers/soget';
import { SogetEmulator } from '../../src/sandbox/soget/emulator';
import type { SogetOrderInput, SogetProvider } from '../../src/providers/soget/provider';
import { SOGET_ORDERS_PATH, type SogetOrderBody } from '../../src/providers/soget/wire';
import { documentedOrderMadeValid } from '../fixtures/soget';
import { exportOrder, importOrder } from '../support/soget-fixtures';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** The SOGET provider (validation, attachments, batching, listing, update, cancel) against its emulator. */
describe("SOGET S'mouv provider against its emulator", () => {
  let emulator: SogetEmulator;
  let provider: SogetProvider;
  let counter = 0;
  const unique = () => `P${Date.now().toString(36)}${(counter += 1)}`;
  const input = (body: SogetOrderBody): SogetOrderInput => body;
  const sandbox = {
    get server() {
      return emulator.server;
    },
  };
  const orderCalls = () => sandbox.server.log.filter((r) => r.path.startsWith(SOGET_ORDERS_PATH));

  beforeAll(async () => {
    emulator = new SogetEmulator({ clientId: 'provider-test', clientSecret: 'secret', subscriptionKey: 'key' });
    emulator.seed(25);
    const url = await emulator.listen(0);
    const env = { SOGET_BASE_URL: url, SOGET_CLIENT_ID: 'provider-test', SOGET_CLIENT_SECRET: 'secret', SOGET_SUBSCRIPTION_KEY: 'key' };
    const config = loadConfig([soget], env);
    provider = soget.create(config.providerSettings.get(soget.key) as never, { timeoutMs: 3000, onCall: () => undefined }) as SogetProvider;
    await provider.ping(); // the token is fetched once here, so that the tests below count order calls only
  });
  afterAll(() => emulator.server.close());

  describe('input validation in ordergraph, before any upstream call', () => {
    const cases: Array<[string, (o: SogetOrderBody) => void, string, string, string]> = [
      [
        'a container number with a wrong check digit',
        (o) => (o.containers[0].reference = 'CGMU1234567'),
        'input.containers[0].reference',
        'iso6346',
        'HANDLING_UNIT_REFERENCE_INVALID',
      ],
      [
        'an import container without number',
        (o) => (o.containers[0].reference = null),
        'input.containers[0].reference',
        'required',
        'HANDLING_UNIT_REFERENCE_INVALID',
      ],
      ['no container at all', (o) => (o.containers = []), 'input.containers', 'minItems', 'WRONG_FORMAT'],
      [
        'a location name over 64 characters',
        (o) => (o.containers[0].events[0].location.name = 'N'.repeat(65)),
        'input.containers[0].events[0].location.name',
        'maxLength',
        'WRONG_FORMAT',
      ],
      ['a comment over 1024 characters', (o) => (o.comment = 'c'.repeat(1025)), 'input.comment', 'maxLength', 'WRONG_FORMAT'],
      [
        'a country that is not ISO 3166',
        (o) => (o.carrier.company = { location: { country: 'UK' } }),
        'input.carrier.company.location.country',
        'iso3166',
        'WRONG_FORMAT',
      ],
      ['a 5-character size type', (o) => (o.containers[0].type = '22G1X'), 'input.containers[0].type', 'maxLength', 'WRONG_FORMAT'],
      ['a missing mandatory event', (o) => o.containers[0].events.splice(2, 1), 'input.containers[0].events', 'eventSet', 'WRONG_FORMAT'],
      [
        'a delivery without start date',
        (o) => (o.containers[0].events[1].startDate = null),
        'input.containers[0].events[1].startDate',
        'required',
        'EVENT_START_DATE_REQUIRED',
      ],
      [
        'events out of order',
        (o) => (o.containers[0].events[2].startDate = '2024-03-03T10:00:00Z'),
        'input.containers[0].events[2].startDate',
        'eventDateOrder',
        'WRONG_EVENT_DATE_ORDER',
      ],
      [
        'an event place with no code and no address',
        (o) => (o.containers[0].events[0].location = { name: 'Quay 3' }),
        'input.containers[0].events[0].location',
        'locationFields',
        'EVENT_LOCATION_FIELDS_REQUIRED',
      ],
      ['an unknown carrier without e-mail', (o) => (o.carrier = { name: 'Unknown' }), 'input.carrier.contact.email', 'required', 'CARRIER_EMAIL_REQUIRED'],
      ['a contractor without code', (o) => (o.contractor = { name: 'Nobody' }), 'input.contractor.code', 'required', 'CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV'],
    ];

    it.each(cases)('refuses %s naming the field, the rule and the SOGET code', async (_case, breakIt, field, rule, providerCode) => {
      const body = importOrder(unique());
      breakIt(body);
      sandbox.server.clearLog();
      const error = (await provider.createOrder({ input: input(body) }).catch((e: unknown) => e)) as OrderGraphError;
      expect(error).toBeInstanceOf(OrderGraphError);
      expect(error.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, provider: 'SOGET', field, rule, providerCode });
      expect(error.message.startsWith(`${field}: `)).toBe(true);
      expect(sandbox.server.log).toHaveLength(0);
    });

    it('sends the documented Import example (its check digit and events put right) with bookingNumber, etd and the closing dates: "available for" the export flow is no refusal', async () => {
      const body = documentedOrderMadeValid() as unknown as SogetOrderBody;
      body.transportOrderNumber = `DOC-${unique()}`;
      const order = await provider.createOrder({ input: input(body) });
      expect(order).toMatchObject({ provider: 'SOGET', orderNumber: body.transportOrderNumber });
      const sent = emulator.order(order.providerId)!;
      expect(emulator.detailOf(sent).body.voyage).toMatchObject({ etd: '2022-03-02T18:00:00+00:00', closingCustoms: '2022-03-02T18:00:00+00:00' });
      expect(emulator.detailOf(sent).body.containers[0].bookingNumber).toBe('BCK-03-03-2022');
    });

    it('lists every broken rule in extensions.issues', async () => {
      const body = importOrder(unique());
      body.transportOrderNumber = '';
      body.containers[0].goods![0].hazardousClasses![0].undgCode = '123456789012';
      const error = (await provider.createOrder({ input: input(body) }).catch((e: unknown) => e)) as OrderGraphError;
      expect(error.extensions.issues).toEqual([
        expect.objectContaining({ field: 'input.transportOrderNumber', rule: 'minLength' }),
        expect.objectContaining({ field: 'input.containers[0].goods[0].hazardousClasses[0].undgCode', rule: 'maxLength' }),
      ]);
    });

    it('refuses an attachment whose content is not base64, naming the attachment', async () => {
      sandbox.server.clearLog();
      const error = (await provider
        .createOrder({
          input: input(importOrder(unique())),
          attachments: [{ fileName: 'a.pdf', contentType: 'application/pdf', contentBase64: 'not base64!' }],
        })
        .catch((e: unknown) => e)) as OrderGraphError;
      expect(error.extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: 'attachments[0].contentBase64', rule: 'base64' });
      expect(sandbox.server.log).toHaveLength(0);
    });

    it('takes date-times as Dates (as GraphQL gives them) and sends them as ISO 8601', async () => {
      const body: SogetOrderInput = { ...importOrder(unique()), date: new Date('2024-03-02T18:00:00Z') };
      const created = await provider.createOrder({ input: body });
      expect((created.raw as { date: string }).date).toBe('2024-03-02T18:00:00Z');
    });
  });

  it('sends attachments upstream as multipart parts that arrive byte for byte', async () => {
    const binary = randomBytes(100_000);
    const tricky = Buffer.from('line one\r\n--boundary\r\nContent-Disposition: form-data; name="order"\r\n\r\n{"x":1}\r\n--\r\n\u0000');
    const attachments = [
      { fileName: 'scan.bin', contentType: 'application/octet-stream', contentBase64: binary.toString('base64') },
      { fileName: 'bon de livraison é.txt', contentType: 'text/plain; charset=utf-8', contentBase64: tricky.toString('base64') },
      { fileName: 'empty.pdf', contentType: 'application/pdf', contentBase64: '' },
    ];
    const order = await provider.createOrder({ input: input(importOrder(unique())), attachments });
    const files = emulator.filesOf(order.providerId);
    expect(files.map((f) => [f.name, f.type, f.size])).toEqual([
      ['scan.bin', 'application/octet-stream', binary.length],
      ['bon de livraison é.txt', 'text/plain; charset=utf-8', tricky.length],
      ['empty.pdf', 'application/pdf', 0],
    ]);
    expect(files[0].content.equals(binary)).toBe(true);
    expect(files[1].content.equals(tricky)).toBe(true);
    expect((order.raw as { files: unknown }).files).toEqual([
      { name: 'scan.bin', contentType: 'application/octet-stream', size: binary.length, sha256: sha256(binary) },
      { name: 'bon de livraison é.txt', contentType: 'text/plain; charset=utf-8', size: tricky.length, sha256: sha256(tricky) },
      { name: 'empty.pdf', contentType: 'application/pdf', size: 0, sha256: sha256(Buffer.alloc(0)) },
    ]);
  });

  it('reads a batch of ids with one read per id (SOGET has no batch read), NOT_FOUND in the slot of a missing or malformed one', async () => {
    const page = await provider.listOrders({ direction: 'DESC', limit: 3, position: null, filter: {} });
    const ids = page.orders.map((o) => o.providerId);
    sandbox.server.clearLog();
    const results = await provider.getOrders([ids[0], 'CDE9999999990', ids[2], 'nonsense']);
    expect(orderCalls()).toHaveLength(4);
    expect((results[0] as Order).providerId).toBe(ids[0]);
    expect((results[1] as OrderGraphError).extensions).toMatchObject({ code: ErrorCode.NOT_FOUND, providerCode: 'CUSTOMER_ORDER_NOT_FOUND' });
    expect((results[2] as Order).providerId).toBe(ids[2]);
    expect((results[3] as OrderGraphError).code).toBe(ErrorCode.NOT_FOUND);
  });

  describe('listing', () => {
    const pageThrough = async (direction: 'ASC' | 'DESC', limit: number, between?: () => Promise<unknown>) => {
      const seen: Order[] = [];
      let position: ProviderPosition | null = null;
      for (let guard = 0; guard < 500; guard += 1) {
        const page: ListPage = await provider.listOrders({ direction, limit, position, filter: {} });
        seen.push(...page.orders);
        if (!page.hasMore || page.orders.length === 0) break;
        position = page.positionAfter(page.orders.length - 1);
        await between?.();
      }
      return seen;
    };

    it('costs one search call for a page of up to 50 orders', async () => {
      sandbox.server.clearLog();
      const page = await provider.listOrders({ direction: 'DESC', limit: 50, position: null, filter: {} });
      expect(page.orders.length).toBeLessThanOrEqual(50);
      expect(orderCalls()).toHaveLength(1);
      expect(orderCalls()[0].query).toContain('limit=50');
    });

    it('keeps positions valid while orders are created between pages, in both directions, even within one second', async () => {
      // Orders made in a burst share their creation second: the offset part of a position is exercised.
      for (let i = 0; i < 7; i += 1) await provider.createOrder({ input: input(exportOrder(unique())) });
      const before = await pageThrough('ASC', 50);
      const keys = (orders: Order[]) => orders.map((o) => o.providerId);
      for (const direction of ['ASC', 'DESC'] as const) {
        const seen = await pageThrough(direction, 3, () => provider.createOrder({ input: input(exportOrder(unique())) }));
        expect(new Set(keys(seen)).size).toBe(seen.length);
        for (const id of keys(before)) expect(keys(seen)).toContain(id);
        const times = seen.map((o) => o.createdAt.getTime());
        expect(times).toEqual([...times].sort((a, b) => (direction === 'ASC' ? a - b : b - a)));
      }
    });

    it('neither repeats nor skips orders when a page worth of orders is created in the second of the position', async () => {
      const second = Math.ceil(Date.now() / 1000) * 1000 + 5000;
      emulator.now = () => second;
      try {
        for (let i = 0; i < 6; i += 1) await provider.createOrder({ input: input(exportOrder(unique())) });
        const filter = { createdFrom: new Date(second) };
        const first = await provider.listOrders({ direction: 'DESC', limit: 2, position: null, filter });
        // Three more orders in the same second sort first (newest first): the offset alone would repeat orders.
        for (let i = 0; i < 3; i += 1) await provider.createOrder({ input: input(exportOrder(unique())) });
        const seen = [...first.orders];
        let position = first.positionAfter(1);
        for (let guard = 0; guard < 20; guard += 1) {
          const page = await provider.listOrders({ direction: 'DESC', limit: 2, position, filter });
          seen.push(...page.orders);
          if (!page.hasMore || page.orders.length === 0) break;
          position = page.positionAfter(page.orders.length - 1);
        }
        const ids = seen.map((o) => o.providerId);
        expect(ids).toHaveLength(6);
        expect(ids).toEqual([...ids].sort().reverse());
      } finally {
        emulator.now = () => Date.now();
      }
    });

    it('pushes the container, number, date and single-status filters down to the search', async () => {
      const body = importOrder(unique());
      await provider.createOrder({ input: input(body) });
      sandbox.server.clearLog();
      const page = await provider.listOrders({
        direction: 'DESC',
        limit: 10,
        position: null,
        filter: {
          containerNumber: body.containers[0].reference!,
          orderNumber: body.transportOrderNumber,
          statuses: ['CANCELLED' as never],
          createdFrom: new Date('2020-01-01T00:00:00Z'),
        },
      });
      const query = new URLSearchParams(orderCalls()[0].query);
      expect(Object.fromEntries(query)).toMatchObject({
        containerNumber: body.containers[0].reference,
        transportOrderNumber: body.transportOrderNumber,
        status: 'Cancelled',
        startDate: '2020-01-01T00:00:00.000Z',
        desc: 'true',
      });
      expect(page.orders).toEqual([]);
    });
  });

  describe('update', () => {
    it("changes only the fields given, keeping containers and events (those S'mouv recorded itself are not sent back)", async () => {
      const created = await provider.createOrder({ input: input(importOrder(unique())) });
      emulator.associate(created.providerId);
      const reread = (await provider.getOrders([created.providerId]))[0] as Order;
      const updated = await provider.updateOrder(created.providerId, { revision: reread.revision!, input: { comment: 'Gate 4', sender: null } });
      expect(updated.note).toBe('Gate 4');
      expect(updated.revision).toBe(String(Number(reread.revision) + 1));
      expect((updated.raw as { sender: unknown }).sender).toBeNull();
      expect(updated.containers).toEqual(reread.containers);
      expect(updated.containers[0].events.map((e) => e.type)).toContain('Association');
    });

    it('answers CONFLICT with the current revision for a stale one, and changes nothing', async () => {
      const created = await provider.createOrder({ input: input(importOrder(unique())) });
      await provider.updateOrder(created.providerId, { revision: created.revision!, input: { comment: 'first' } });
      const error = (await provider
        .updateOrder(created.providerId, { revision: created.revision!, input: { comment: 'second' } })
        .catch((e: unknown) => e)) as OrderGraphError;
      expect(error.extensions).toMatchObject({ code: ErrorCode.CONFLICT, provider: 'SOGET', httpStatus: 412, providerCode: 'CONFLICT', currentRevision: '2' });
      expect(((await provider.getOrders([created.providerId]))[0] as Order).note).toBe('first');
    });

    it('refuses changing the customs flow or a container number before sending the update', async () => {
      const created = await provider.createOrder({ input: input(importOrder(unique())) });
      sandbox.server.clearLog();
      const flow = (await provider
        .updateOrder(created.providerId, { revision: created.revision!, input: { customsFlag: 'Transfer' } })
        .catch((e: unknown) => e)) as OrderGraphError;
      expect(flow.extensions).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        field: 'input.customsFlag',
        rule: 'immutable',
        providerCode: 'CUSTOMS_FLAG_NOT_BE_MODIFIED',
      });
      const containers = (created.raw as SogetOrderBody).containers.map((c) => ({ ...c, reference: 'MSCU7654329' }));
      const reference = (await provider
        .updateOrder(created.providerId, { revision: created.revision!, input: { containers } as never })
        .catch((e: unknown) => e)) as OrderGraphError;
      expect(reference.extensions).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        field: 'input.containers[0].reference',
        rule: 'immutable',
        providerCode: 'R0007',
      });
      expect(orderCalls().filter((r) => r.method === 'PUT')).toHaveLength(0);
    });
  });

  it('passes a refused cancel through with the SOGET code', async () => {
    const created = await provider.createOrder({ input: input(importOrder(unique())) });
    emulator.setStatus(created.providerId, 'InProcess');
    const error = (await provider.cancelOrder(created.providerId).catch((e: unknown) => e)) as OrderGraphError;
    expect(error.extensions).toMatchObject({ code: ErrorCode.PROVIDER_REJECTED, provider: 'SOGET', httpStatus: 400, providerCode: 'R0008' });
    expect(error.message).toContain('R0008');
  });
});
