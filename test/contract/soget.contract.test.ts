import { createHash } from 'node:crypto';
import { ErrorCode, OrderGraphError } from '../../src/core/errors';
import { SogetClient, type SogetClientOptions } from '../../src/providers/soget/client';
import { SogetEmulator } from '../../src/sandbox/soget/emulator';
import { postedModel } from '../../src/providers/soget/provider';
import { SOGET_ERROR_CODES, SOGET_ORDERS_PATH, SOGET_TOKEN_PATH, type SogetOrderBody } from '../../src/providers/soget/wire';
import { SOGET_DOCUMENTED_MAX_LENGTHS } from '../fixtures/soget/max-lengths';
import { CONTAINER_B, exportOrder, importOrder, setPath, transferOrder } from '../support/soget-fixtures';

/**
 * The SOGET client against the SOGET emulator over real HTTP: the wire format, the auth, and
 * one refusal per documented error code that a create, search, read, update or cancel can
 * produce (the last test checks that none is missing).
 */

const CREDENTIALS = { clientId: 'contract-client', clientSecret: 'contract-secret', subscriptionKey: 'contract-key' };

describe("SOGET S'mouv client against its emulator", () => {
  let emulator: SogetEmulator;
  let url: string;
  let client: SogetClient;
  let counter = 0;
  const unique = () => `C${Date.now().toString(36)}${(counter += 1)}`;
  const covered = new Set<string>();

  const newClient = (options: Partial<SogetClientOptions> = {}) =>
    new SogetClient({ baseUrl: url, tokenUrl: `${url}${SOGET_TOKEN_PATH}`, ...CREDENTIALS, timeoutMs: 3000, ...options });

  /** The call must fail with this SOGET code and HTTP status; the code counts as covered. */
  async function refusal(call: Promise<unknown>, providerCode: string, httpStatus = 400): Promise<OrderGraphError> {
    const error = await call.then(
      (value) => {
        throw new Error(`expected ${providerCode}, got ${JSON.stringify(value).slice(0, 200)}`);
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(OrderGraphError);
    expect((error as OrderGraphError).extensions).toMatchObject({ provider: 'SOGET', providerCode, httpStatus });
    covered.add(providerCode);
    return error as OrderGraphError;
  }

  const tokenCalls = () => emulator.server.log.filter((r) => r.path === SOGET_TOKEN_PATH).length;
  const rawToken = async () => {
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: CREDENTIALS.clientId, client_secret: CREDENTIALS.clientSecret });
    const response = await fetch(`${url}${SOGET_TOKEN_PATH}`, { method: 'POST', body: form });
    return ((await response.json()) as { access_token: string }).access_token;
  };

  beforeAll(async () => {
    emulator = new SogetEmulator(CREDENTIALS);
    emulator.seed(60);
    url = await emulator.listen(0);
    client = newClient();
  });
  afterAll(() => emulator.server.close());

  describe('auth', () => {
    it('gets one bearer token with the client credentials and reuses it for every call', async () => {
      const fresh = newClient();
      emulator.server.clearLog();
      await Promise.all([fresh.search({ limit: 1 }), fresh.search({ limit: 2 }), fresh.search({ limit: 3 })]);
      await fresh.search({ limit: 4 });
      expect(tokenCalls()).toBe(1);
      expect(emulator.server.log.filter((r) => r.path === SOGET_ORDERS_PATH)).toHaveLength(4);
    });

    it('fetches a new token once when the API refuses a revoked one, and the call succeeds', async () => {
      await client.search({ limit: 1 });
      emulator.revokeTokens();
      emulator.server.clearLog();
      await expect(client.search({ limit: 1 })).resolves.toMatchObject({ returned: 1 });
      expect(emulator.server.log.map((r) => `${r.status} ${r.path}`)).toEqual([
        `401 ${SOGET_ORDERS_PATH}`,
        `200 ${SOGET_TOKEN_PATH}`,
        `200 ${SOGET_ORDERS_PATH}`,
      ]);
    });

    it('reports a refused client secret as PROVIDER_AUTH_FAILED with the OAuth2 error', async () => {
      const error = (await newClient({ clientSecret: 'wrong' })
        .search({})
        .catch((e: unknown) => e)) as OrderGraphError;
      expect(error.extensions).toMatchObject({ code: ErrorCode.PROVIDER_AUTH_FAILED, provider: 'SOGET', httpStatus: 401, providerCode: 'invalid_client' });
    });

    it('refuses a call without or with a wrong subscription key, or without a bearer token (the API gateway answers)', async () => {
      const token = await rawToken();
      const noKey = await fetch(`${url}${SOGET_ORDERS_PATH}`, { headers: { Authorization: `Bearer ${token}` } });
      expect(noKey.status).toBe(401);
      expect(await noKey.json()).toEqual({ statusCode: 401, message: expect.stringContaining('missing subscription key') });
      const noToken = await fetch(`${url}${SOGET_ORDERS_PATH}`, { headers: { 'Ocp-Apim-Subscription-Key': CREDENTIALS.subscriptionKey } });
      expect(noToken.status).toBe(401);
      expect(await noToken.json()).toEqual({ statusCode: 401, message: 'Unauthorized. Access token is missing or invalid.' });
      const error = (await newClient({ subscriptionKey: 'wrong' })
        .search({})
        .catch((e: unknown) => e)) as OrderGraphError;
      expect(error.extensions).toMatchObject({ code: ErrorCode.PROVIDER_AUTH_FAILED, provider: 'SOGET', httpStatus: 401 });
    });

    it('refuses users without a valid id, without an organization, or of an unverified organization', async () => {
      const accounts = [
        { clientId: 'bad-user', userId: 'not-a-guid', organization: { name: 'X', actorCode: 'SOGETS.', verified: true }, code: 'USER_ID_INVALID' },
        { clientId: 'no-org', userId: '11111111-2222-4333-8444-555555555555', organization: null, code: 'ORGANIZATION_NOT_FOUND' },
        {
          clientId: 'unverified',
          userId: '11111111-2222-4333-8444-555555555556',
          organization: { name: 'New Co', actorCode: 'NORDFRET', verified: false },
          code: 'ORGANIZATION_ACTOR_CODE_INVALID',
        },
      ];
      for (const { code, ...account } of accounts) {
        emulator.addAccount({ ...account, clientSecret: 'secret' });
        const other = newClient({ clientId: account.clientId, clientSecret: 'secret' });
        const error = await refusal(other.create(importOrder(unique())), code, 403);
        expect(error.code).toBe(ErrorCode.PROVIDER_AUTH_FAILED);
      }
    });
  });

  describe('create (multipart)', () => {
    it('answers the documented identifiers: a CDE master, one ELM per container, the SEG segments of the flow', async () => {
      const number = unique();
      const body = importOrder(number);
      body.containers.push({ ...importOrder(number, CONTAINER_B).containers[0] });
      const created = await client.create(body);
      expect(created).toMatchObject({ id: expect.stringMatching(/^CDE\d{10}$/), transportOrderNumber: `TOC-${number}`, type: 'Master' });
      expect(created.elementaryOrders).toHaveLength(2);
      for (const elementary of created.elementaryOrders!) {
        expect(elementary).toMatchObject({ id: expect.stringMatching(/^ELM\d{10}$/), type: 'Elementary', transportOrderNumber: `TOC-${number}` });
        expect(elementary.segments!.map((s) => s.type)).toEqual(['SegmentTerminalEntrepot', 'SegmentEntrepotDepot']);
        for (const segment of elementary.segments!) expect(segment.id).toMatch(/^SEG\d{10}$/);
      }
      expect(created.segments!.map((s) => s.id)).toEqual(created.elementaryOrders!.flatMap((e) => e.segments!.map((s) => s.id)));
    });

    it('makes the segments of each flow', async () => {
      const exported = await client.create(exportOrder(unique()));
      expect(exported.elementaryOrders![0].segments!.map((s) => s.type)).toEqual(['SegmentDepotEntrepot', 'SegmentEntrepotTerminal']);
      const transferred = await client.create(transferOrder(unique()));
      expect(transferred.elementaryOrders![0].segments!.map((s) => s.type)).toEqual(['SegmentTransfer']);
    });

    it('accepts the part names of the documented curl example (Order, Files[]) and keeps the files', async () => {
      const token = await rawToken();
      const bytes = Buffer.from([...Buffer.from('%PDF-1.4\r\n--boundary\r\n'), 0x00, 0xff, 0x0d]);
      const digest = createHash('sha256').update(bytes).digest('hex');
      const form = new FormData();
      form.append('Order', JSON.stringify(importOrder(unique())));
      form.append('Files[]', new Blob([bytes], { type: 'application/pdf' }), 'note.pdf');
      const response = await fetch(`${url}${SOGET_ORDERS_PATH}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Ocp-Apim-Subscription-Key': CREDENTIALS.subscriptionKey },
        body: form,
      });
      expect(response.status).toBe(200);
      const { id } = (await response.json()) as { id: string };
      expect(emulator.filesOf(id)).toEqual([{ name: 'note.pdf', type: 'application/pdf', size: 25, sha256: digest, content: bytes }]);
      expect((await client.get(id)).order.files).toEqual([{ name: 'note.pdf', contentType: 'application/pdf', size: 25, sha256: digest }]);
    });

    it('refuses a body that is not multipart/form-data', async () => {
      const token = await rawToken();
      const response = await fetch(`${url}${SOGET_ORDERS_PATH}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Ocp-Apim-Subscription-Key': CREDENTIALS.subscriptionKey, 'Content-Type': 'application/json' },
        body: JSON.stringify(importOrder(unique())),
      });
      expect(response.status).toBe(415);
      expect(await response.json()).toEqual({
        timestamp: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/),
        code: 'WRONG_FORMAT',
        message: expect.any(String),
      });
    });

    const broken: Array<[string, (o: SogetOrderBody) => void, string, string]> = [
      [
        'a transport order number longer than 256',
        (o) => (o.transportOrderNumber = 'x'.repeat(257)),
        'WRONG_FORMAT',
        'transportOrderNumber: is too long (maximum length is 256)',
      ],
      [
        'a property the model does not have',
        (o) => ((o as unknown as Record<string, unknown>).priority = 'high'),
        'WRONG_FORMAT',
        'priority: is not a property',
      ],
      [
        'a property the container model does not have',
        (o) => ((o.containers[0] as unknown as Record<string, unknown>).color = 'red'),
        'WRONG_FORMAT',
        'containers[0].color',
      ],
      ['no container', (o) => (o.containers = []), 'WRONG_FORMAT', 'containers: must have at least 1 element'],
      ['no carrier', (o) => delete (o as Partial<SogetOrderBody>).carrier, 'WRONG_FORMAT', 'carrier: is required'],
      [
        'an unknown customs flag',
        (o) => ((o as { customsFlag: string }).customsFlag = 'Domestic'),
        'WRONG_FORMAT',
        'customsFlag: must be one of Import, Export, Transfer',
      ],
      ['a 3-character size type', (o) => (o.containers[0].type = '22G'), 'WRONG_FORMAT', 'containers[0].type: must be exactly 4 characters'],
      [
        'a country that is not ISO 3166 alpha-2',
        (o) => (o.carrier.company = { location: { country: 'XX' } }),
        'WRONG_FORMAT',
        'carrier.company.location.country: must be an ISO 3166-1 alpha-2',
      ],
      [
        'three events for an import',
        (o) => o.containers[0].events.pop(),
        'WRONG_FORMAT',
        'containers[0].events: must contain exactly 4 events for the Import flow',
      ],
      [
        'an export event in an import',
        (o) => (o.containers[0].events[3].type = 'DeliveryExport'),
        'WRONG_FORMAT',
        'containers[0].events: must contain exactly 4 events',
      ],
      [
        'a date that is not ISO 8601',
        (o) => (o.containers[0].events[0].startDate = '03/03/2024'),
        'WRONG_FORMAT',
        'containers[0].events[0].startDate: must be an ISO 8601',
      ],
      [
        'a fractional package count',
        (o) => (o.containers[0].goods![0].quantity = 1.5),
        'WRONG_FORMAT',
        'containers[0].goods[0].quantity: must be a 32-bit integer',
      ],
      [
        'a container number with a wrong check digit (the documented CGMU1234567)',
        (o) => (o.containers[0].reference = 'CGMU1234567'),
        'HANDLING_UNIT_REFERENCE_INVALID',
        'containers[0].reference: has a wrong ISO 6346 check digit',
      ],
      [
        'a container number that is not ISO 6346',
        (o) => (o.containers[0].reference = 'CGM1234567'),
        'HANDLING_UNIT_REFERENCE_INVALID',
        'containers[0].reference: must be an ISO 6346',
      ],
      [
        'an import container without number',
        (o) => delete o.containers[0].reference,
        'HANDLING_UNIT_REFERENCE_INVALID',
        'containers[0].reference: is mandatory for the Import flow',
      ],
      [
        'a delivery without start date',
        (o) => delete o.containers[0].events[1].startDate,
        'EVENT_START_DATE_REQUIRED',
        'containers[0].events[1].startDate: is mandatory for the DeliveryImport event',
      ],
      [
        'the empty returned before the lading',
        (o) => (o.containers[0].events[3].startDate = '2024-03-01T00:00:00Z'),
        'WRONG_EVENT_DATE_ORDER',
        'containers[0].events[3].startDate: EmptyReturnImport must not be before EmptyReleaseImport',
      ],
      [
        'an event location with only a name',
        (o) => (o.containers[0].events[2].location = { name: 'Somewhere' }),
        'EVENT_LOCATION_FIELDS_REQUIRED',
        'containers[0].events[2].location',
      ],
      ['a carrier with neither code nor e-mail', (o) => (o.carrier = { name: 'Unknown Trucking' }), 'CARRIER_EMAIL_REQUIRED', 'carrier.contact.email'],
      ['a contractor without actor code', (o) => (o.contractor = { name: 'Nobody' }), 'CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV', 'contractor.code'],
      ['an actor code outside the referential', (o) => (o.carrier.code = 'NOPE'), 'ACTOR_NOT_FOUND', "carrier.code: actor NOPE doesn't exist"],
      [
        'a location code outside the referential',
        (o) => (o.containers[0].events[0].location.code = 'XXXX'),
        'UNKNOWN_LOCATION',
        'containers[0].events[0].location.code: location XXXX is unknown',
      ],
    ];

    it.each(broken)('refuses %s', async (_case, breakIt, code, message) => {
      const body = importOrder(unique());
      breakIt(body);
      const error = await refusal(client.create(body), code);
      expect(error.message).toContain(message);
    });

    it.each<[string, (o: SogetOrderBody) => void]>([
      [
        'an etd and the closing dates on an import voyage ("available for the export flow")',
        (o) =>
          Object.assign(o.voyage!, {
            etd: '2024-03-01T10:00:00Z',
            closingCustoms: '2024-03-01T08:00:00Z',
            closingDangerous: '2024-03-01T08:00:00Z',
            closingDelivery: '2024-03-01T09:00:00Z',
          }),
      ],
      ['a booking number on an import ("Available for export and transfer flow")', (o) => (o.containers[0].bookingNumber = 'BK1')],
      ['a size type of 4 characters outside ISO 6346 (the doc gives a length and the API Referential, no pattern)', (o) => (o.containers[0].type = 'ab-1')],
      [
        'an event whose end comes before its start (the doc orders the events, not the two dates of one)',
        (o) => (o.containers[0].events[1].endDate = '2024-03-03T13:00:00+00:00'),
      ],
    ])('accepts %s', async (_case, change) => {
      const body = importOrder(unique());
      change(body);
      await expect(client.create(body)).resolves.toMatchObject({ type: 'Master' });
    });

    it('accepts a bill of lading on an export ("available for import and transfer flow")', async () => {
      const body = exportOrder(unique());
      body.containers[0].billOfLading = 'BOL-1';
      await expect(client.create(body)).resolves.toMatchObject({ type: 'Master' });
    });

    it('refuses an export without size type or booking', async () => {
      const noType = exportOrder(unique());
      delete noType.containers[0].type;
      expect((await refusal(client.create(noType), 'WRONG_FORMAT')).message).toContain('containers[0].type: is mandatory for the Export flow');
      const noBooking = exportOrder(unique());
      delete noBooking.containers[0].bookingNumber;
      expect((await refusal(client.create(noBooking), 'WRONG_FORMAT')).message).toContain('containers[0].bookingNumber: is mandatory for the Export flow');
    });

    it('refuses a transfer with the import event set', async () => {
      const body = transferOrder(unique());
      body.containers[0].events = importOrder('x').containers[0].events;
      expect((await refusal(client.create(body), 'WRONG_FORMAT')).message).toContain(
        'must contain exactly 2 events for the Transfer flow: LadingTransfer, DeliveryTransfer',
      );
    });

    it.each(SOGET_DOCUMENTED_MAX_LENGTHS)('enforces the maximum length of %s (%i, doc line %i: "%s")', async (path, max) => {
      const at = path.replace(/\[\]/g, '[0]');
      const body = importOrder(unique());
      setPath(body, at, 'X'.repeat(max + 1));
      const error = await refusal(client.create(body), 'WRONG_FORMAT');
      expect(error.message).toContain(`${at}: `);
    });

    it('refuses a second order with the same transport order number and contractor', async () => {
      const body = importOrder(unique());
      await client.create(body);
      const twin = { ...body, containers: [{ ...body.containers[0], billOfLading: 'OTHER-BL' }] };
      await refusal(client.create(twin), 'ORDER_DUPLICATED');
      // Another contractor may use the same number.
      await expect(client.create({ ...twin, contractor: { code: 'FWDOCEAN' } })).resolves.toMatchObject({ type: 'Master' });
    });

    it('refuses a second open order for the same container and bill of lading', async () => {
      const first = importOrder(unique());
      await client.create(first);
      const second = importOrder(unique());
      second.containers[0].billOfLading = first.containers[0].billOfLading;
      await refusal(client.create(second), 'EXISTS_ORDER_WITH_HANDLING_UNIT_SPI');
    });
  });

  describe('search', () => {
    it('answers total, returned, first and items, sorted by creation time, newest first with desc', async () => {
      const ascending = await client.search({ limit: 50 });
      expect(ascending).toMatchObject({ first: 0, returned: 50 });
      expect(ascending.total).toBeGreaterThanOrEqual(50);
      const times = ascending.items.map((o) => Date.parse(o.creationDate));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      const descending = await client.search({ limit: 5, desc: true, offset: 2 });
      expect(descending.first).toBe(2);
      const newest = await client.search({ limit: 3, desc: true });
      expect(descending.items[0].id).not.toBe(newest.items[0].id);
    });

    it('defaults to 10 results and never returns more than 50', async () => {
      expect((await client.search({})).returned).toBe(10);
      expect((await client.search({ limit: 500 })).returned).toBe(50);
    });

    it('filters by number, container, carrier, flow, status and creation dates', async () => {
      const body = exportOrder(unique());
      const created = await client.create(body);
      expect((await client.search({ transportOrderNumber: body.transportOrderNumber })).items.map((o) => o.id)).toEqual([created.id]);
      const byContainer = await client.search({ containerNumber: CONTAINER_B, limit: 50 });
      expect(byContainer.items.every((o) => o.containers.some((c) => c.reference === CONTAINER_B))).toBe(true);
      const byCarrier = await client.search({ carrierCode: 'TRCAUX', processingIndicator: 'Import', limit: 50 });
      expect(byCarrier.items.every((o) => o.carrier.code === 'TRCAUX' && o.customsFlag === 'Import')).toBe(true);
      const cancelled = await client.search({ status: 'Cancelled', limit: 50 });
      expect(cancelled.items.every((o) => o.status === 'Cancelled')).toBe(true);
      const all = (await client.search({ limit: 50 })).items;
      const from = all[5].creationDate;
      const to = all[9].creationDate;
      const window = await client.search({ startDate: from, endDate: to, limit: 50 });
      expect(window.items.map((o) => o.id)).toEqual(
        all
          .slice(5, 10)
          .filter((o) => o.creationDate >= from && o.creationDate <= to)
          .map((o) => o.id),
      );
    });

    it('refuses a limit that is not positive, a negative offset and bad dates', async () => {
      await refusal(client.search({ limit: 0 }), 'LIMIT_NONPOSITIVE');
      await refusal(client.search({ limit: -3 }), 'LIMIT_NONPOSITIVE');
      await refusal(client.search({ offset: -1 }), 'OFFSET_NEGATIVE');
      await refusal(client.search({ startDate: 'yesterday' }), 'SEARCH_DATE_ERROR');
      await refusal(client.search({ startDate: '2024-03-02T00:00:00Z', endDate: '2024-03-01T00:00:00Z' }), 'SEARCH_DATE_ERROR');
    });
  });

  describe('read one', () => {
    it('answers the order with the posted model, the identifier tree with statuses, and its ETag', async () => {
      const body = importOrder(unique());
      const created = await client.create(body);
      const { order, etag } = await client.get(created.id!);
      expect(etag).toBe('"1"');
      expect(order).toMatchObject({
        id: created.id,
        type: 'Master',
        status: 'Valid',
        version: 1,
        transportOrderNumber: body.transportOrderNumber,
        customsFlag: 'Import',
      });
      expect(postedModel(order)).toEqual(body);
      expect(order.elementaryOrders[0]).toMatchObject({
        id: created.elementaryOrders![0].id,
        status: 'Valid',
        containerReference: body.containers[0].reference,
      });
    });

    it('names the caller organization as contractor when the order names none', async () => {
      const created = await client.create(exportOrder(unique()));
      expect((await client.get(created.id!)).order.contractor).toEqual({ code: 'SOGETS.', name: 'SOGET SA' });
    });

    it('answers CUSTOMER_ORDER_NOT_FOUND, WRONG_FORMAT and NOT_SUPPORTED_ORDER_TYPE', async () => {
      const notFound = await refusal(client.get('CDE9999999999'), 'CUSTOMER_ORDER_NOT_FOUND', 404);
      expect(notFound.code).toBe(ErrorCode.NOT_FOUND);
      await refusal(client.get('42'), 'WRONG_FORMAT');
      const created = await client.create(importOrder(unique()));
      await refusal(client.get(created.elementaryOrders![0].id!), 'NOT_SUPPORTED_ORDER_TYPE');
    });
  });

  describe('update (If-Match)', () => {
    const fresh = async (body = importOrder(unique())) => {
      const created = await client.create(body);
      return client.get(created.id!);
    };

    it('changes the order and its ETag; the old ETag is then stale and changes nothing', async () => {
      const { order, etag } = await fresh();
      const updated = await client.update(order.id, { ...postedModel(order), comment: 'Gate 4' }, '1');
      expect(updated.etag).toBe('"2"');
      expect(updated.order).toMatchObject({ comment: 'Gate 4', version: 2 });
      const conflict = await refusal(client.update(order.id, { ...postedModel(order), comment: 'lost update' }, etag!), 'CONFLICT', 412);
      expect(conflict.code).toBe(ErrorCode.CONFLICT);
      expect((await client.get(order.id)).order.comment).toBe('Gate 4');
    });

    it('requires If-Match', async () => {
      const { order } = await fresh();
      const token = await rawToken();
      const response = await fetch(`${url}${SOGET_ORDERS_PATH}/${order.id}`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${token}`, 'Ocp-Apim-Subscription-Key': CREDENTIALS.subscriptionKey, 'Content-Type': 'application/json' },
        body: JSON.stringify(postedModel(order)),
      });
      expect(response.status).toBe(428);
      expect(await response.json()).toMatchObject({ code: 'CONFLICT' });
    });

    it('refuses changing the number of containers, the customs flow or a container number', async () => {
      const { order } = await fresh();
      const body = postedModel(order);
      await refusal(
        client.update(order.id, { ...body, containers: [...body.containers, { ...body.containers[0], reference: CONTAINER_B }] }, '1'),
        'CANNOT_CHANGE_NUMBER_OF_CONTAINERS',
      );
      const asTransfer = transferOrder('x');
      await refusal(
        client.update(
          order.id,
          { ...body, customsFlag: 'Transfer', containers: [{ ...asTransfer.containers[0], reference: body.containers[0].reference }] },
          '1',
        ),
        'CUSTOMS_FLAG_NOT_BE_MODIFIED',
      );
      await refusal(client.update(order.id, { ...body, containers: [{ ...body.containers[0], reference: CONTAINER_B }] }, '1'), 'R0007');
    });

    it('refuses container and event changes once submitted (R0005), but not header changes', async () => {
      const { order } = await fresh();
      emulator.setStatus(order.id, 'Submitted');
      const body = postedModel(order);
      await refusal(client.update(order.id, { ...body, containers: [{ ...body.containers[0], comment: 'fragile' }] }, '2'), 'R0005');
      await expect(client.update(order.id, { ...body, comment: 'header only' }, '2')).resolves.toMatchObject({ order: { comment: 'header only' } });
    });

    it('refuses any change to a refused order (R0006)', async () => {
      const { order } = await fresh();
      emulator.setStatus(order.id, 'Refused');
      await refusal(client.update(order.id, { ...postedModel(order), comment: 'again' }, '2'), 'R0006');
    });

    it('moves a draft to Valid, and refuses moving a valid order back to Draft', async () => {
      const { order } = await fresh();
      await refusal(client.update(order.id, { ...postedModel(order), status: 'Draft' }, '1'), 'CANNOT_UPDATE_VALID_ORDER_TO_DRAFT');
      emulator.setStatus(order.id, 'Draft');
      await expect(client.update(order.id, { ...postedModel(order), status: 'Valid' }, '2')).resolves.toMatchObject({ order: { status: 'Valid' } });
    });

    it('refuses updating an elementary order and taking another order number of the same contractor', async () => {
      const first = await fresh();
      const { order } = await fresh();
      await refusal(client.update(order.elementaryOrders[0].id!, postedModel(order), '1'), 'NOT_SUPPORTED_ORDER_TYPE');
      await refusal(client.update(order.id, { ...postedModel(order), transportOrderNumber: first.order.transportOrderNumber }, '1'), 'ORDER_DUPLICATED');
    });
  });

  describe('cancel (DELETE)', () => {
    const fresh = async () => (await client.create(importOrder(unique()))).id!;

    it('cancels the order and its segments, once', async () => {
      const id = await fresh();
      const cancelled = await client.cancel(id);
      expect(cancelled!.order.status).toBe('Cancelled');
      expect(cancelled!.order.segments.every((s) => s.status === 'Cancelled')).toBe(true);
      await refusal(client.cancel(id), 'ORDER_ALREADY_CANCELED');
    });

    it('refuses while Submitted or InProcess (R0008)', async () => {
      for (const status of ['Submitted', 'InProcess'] as const) {
        const id = await fresh();
        emulator.setStatus(id, status);
        await refusal(client.cancel(id), 'R0008');
      }
    });

    it('refuses once a segment is delivered (R0009)', async () => {
      const id = await fresh();
      emulator.setStatus(id, 'Accepted');
      emulator.deliverSegment(id);
      await refusal(client.cancel(id), 'R0009');
    });

    it('refuses once a container is associated with a booking', async () => {
      const id = await fresh();
      emulator.associate(id);
      await refusal(client.cancel(id), 'CANNOT_CANCEL_ORDER_WITH_ASSOCIATED_CONTAINER');
    });

    it('refuses cancelling an elementary order or a segment, and unknown or malformed ids', async () => {
      const created = await client.create(importOrder(unique()));
      await refusal(client.cancel(created.elementaryOrders![0].id!), 'CANNOT_CANCEL_NOT_MASTER_ORDER');
      await refusal(client.cancel(created.segments![0].id!), 'CANNOT_CANCEL_NOT_MASTER_ORDER');
      await refusal(client.cancel('CDE9999999998'), 'CUSTOMER_ORDER_NOT_FOUND', 404);
      await refusal(client.cancel('SEG12'), 'WRONG_FORMAT');
    });
  });

  it('has a refusal test for every documented error code an order call can produce', () => {
    // ALREADY_JOINED_GROUP belongs to the user-group calls, not to customer orders.
    const expected = SOGET_ERROR_CODES.filter((code) => code !== 'ALREADY_JOINED_GROUP');
    expect([...covered].sort()).toEqual([...expected].sort());
  });
});
