import { createHash } from 'node:crypto';
import {
  CancelOrderDocument,
  CreateSogetTransportOrderDocument,
  GetOrderDocument,
  ListOrdersDocument,
  OrderByNumberDocument,
  UpdateSogetTransportOrderDocument,
} from '../../schema/generated/graphql';
import { soget } from '../../src/providers/soget';
import { SOGET_ORDERS_PATH } from '../../src/providers/soget/wire';
import { gql } from '../support/graphql';
import { sogetImportInput, sogetSandboxRead } from '../support/soget-fixtures';
import { startTestApp, type TestApp } from '../support/sandbox';

describe("SOGET S'mouv end to end over GraphQL", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ modules: [soget], seed: 15 });
  });
  afterAll(() => app.close());

  const input = sogetImportInput;

  it('creates an order with an attachment, reads it by id and by number, updates it with its ETag, refuses a stale one, and cancels it', async () => {
    const note = Buffer.from('%PDF-1.7\n\u0000binary delivery note\r\n');
    const created = await gql(app.url, CreateSogetTransportOrderDocument, {
      input: input('E2E-SOGET-1'),
      attachments: [{ fileName: 'delivery-note.pdf', contentType: 'application/pdf', contentBase64: note.toString('base64') }],
      idempotencyKey: 'e2e-soget-1',
    });
    expect(created.errors).toBeUndefined();
    const order = created.data!.createSogetTransportOrder;
    expect(order).toMatchObject({
      provider: 'SOGET',
      orderNumber: 'E2E-SOGET-1',
      status: 'PENDING',
      providerStatus: 'Valid',
      orderType: 'Import',
      revision: '1',
      note: 'This is an urgent transport.',
    });
    expect(order.id).toMatch(/^soget:CDE\d{10}$/);
    expect(order.voyage).toMatchObject({ meansName: 'NORMANDIE EXPRESS', eta: '2024-03-02T18:00:00.000Z' });
    expect(order.parties.map((p) => [p.role, p.code])).toEqual([
      ['CONTRACTOR', 'SOGETS.'],
      ['CARRIER', 'TRCAUX'],
    ]);
    expect(order.containers).toEqual([
      expect.objectContaining({
        number: 'CGMU1234562',
        iso6346Valid: true,
        sizeType: '22G1',
        billOfLading: 'BOL-E2E-SOGET-1',
        goods: [expect.objectContaining({ description: 'Colorful balloon', packagingCode: 'BF' })],
      }),
    ]);
    expect(order.containers[0].events.map((e) => [e.type, e.orderId])).toEqual([
      ['LadingImport', order.id],
      ['DeliveryImport', order.id],
      ['EmptyReleaseImport', order.id],
      ['EmptyReturnImport', order.id],
    ]);
    expect(order.segments.map((s) => [s.kind, s.type])).toEqual([
      ['MASTER', 'Master'],
      ['ELEMENTARY', 'Elementary'],
      ['TRANSPORT', 'SegmentTerminalEntrepot'],
      ['TRANSPORT', 'SegmentEntrepotDepot'],
    ]);
    const emulatorFiles = await fetchFiles(order.providerId);
    expect(emulatorFiles).toEqual([
      { name: 'delivery-note.pdf', contentType: 'application/pdf', size: note.length, sha256: createHash('sha256').update(note).digest('hex') },
    ]);

    const byId = await gql(app.url, GetOrderDocument, { id: order.id });
    expect(byId.data!.order).toEqual(order);
    const byNumber = await gql(app.url, OrderByNumberDocument, { provider: 'SOGET', orderNumber: 'E2E-SOGET-1' });
    expect(byNumber.data!.orderByNumber).toEqual(order);

    const updated = await gql(app.url, UpdateSogetTransportOrderDocument, {
      id: order.id,
      revision: order.revision!,
      input: { comment: 'Gate 4', instructionsInformation: 'Call before' },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateSogetTransportOrder).toMatchObject({ note: 'Gate 4', revision: '2', containers: order.containers });

    const stale = await gql(app.url, UpdateSogetTransportOrderDocument, { id: order.id, revision: order.revision!, input: { comment: 'lost update' } });
    expect(stale.data).toBeNull();
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', provider: 'SOGET', providerCode: 'CONFLICT', currentRevision: '2' });
    expect((await gql(app.url, GetOrderDocument, { id: order.id })).data!.order!.note).toBe('Gate 4');

    const cancelled = await gql(app.url, CancelOrderDocument, { id: order.id, reason: 'Vessel delayed' });
    expect(cancelled.data!.cancelOrder).toEqual({ id: order.id, status: 'CANCELLED', providerStatus: 'Cancelled' });
    const after = await gql(app.url, GetOrderDocument, { id: order.id });
    expect(after.data!.order!.segments.every((s) => s.providerStatus === 'Cancelled')).toBe(true);
    const again = await gql(app.url, CancelOrderDocument, { id: order.id, reason: 'twice' });
    expect(again.errors![0].extensions).toMatchObject({ code: 'PROVIDER_REJECTED', provider: 'SOGET', providerCode: 'ORDER_ALREADY_CANCELED' });
  });

  it('answers a repeated create with the same idempotency key with the same order, made once', async () => {
    const first = await gql(app.url, CreateSogetTransportOrderDocument, { input: input('E2E-SOGET-IDEM'), idempotencyKey: 'e2e-soget-idem' });
    const second = await gql(app.url, CreateSogetTransportOrderDocument, { input: input('E2E-SOGET-IDEM'), idempotencyKey: 'e2e-soget-idem' });
    expect(second.data!.createSogetTransportOrder.id).toBe(first.data!.createSogetTransportOrder.id);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, the rule and the SOGET code, and calls no vendor', async () => {
    app.emulator('SOGET').clearLog();
    const bad = input('E2E-SOGET-BAD', 'CGMU1234567');
    const response = await gql(app.url, CreateSogetTransportOrderDocument, { input: bad });
    expect(response.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      provider: 'SOGET',
      field: 'input.containers[0].reference',
      rule: 'iso6346',
      providerCode: 'HANDLING_UNIT_REFERENCE_INVALID',
    });
    const attachment = await gql(app.url, CreateSogetTransportOrderDocument, {
      input: input('E2E-SOGET-BAD2'),
      attachments: [{ fileName: 'x.pdf', contentType: 'pdf', contentBase64: 'AAAA' }],
    });
    expect(attachment.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'attachments[0].contentType', rule: 'mediaType' });
    expect(app.emulator('SOGET').log).toHaveLength(0);
  });

  it('passes a vendor rejection through with its code', async () => {
    await gql(app.url, CreateSogetTransportOrderDocument, { input: input('E2E-SOGET-DUP') });
    const duplicate = await gql(app.url, CreateSogetTransportOrderDocument, {
      input: { ...input('E2E-SOGET-DUP'), containers: [{ ...input('x').containers[0], billOfLading: 'OTHER' }] },
    });
    expect(duplicate.errors![0].extensions).toMatchObject({ code: 'PROVIDER_REJECTED', provider: 'SOGET', httpStatus: 400, providerCode: 'ORDER_DUPLICATED' });
  });

  it('pages through every SOGET order exactly once, one search call per page', async () => {
    const ids: string[] = [];
    let after: string | null | undefined;
    let pages = 0;
    const searchesBefore = app.calls.filter((c) => c.path === SOGET_ORDERS_PATH && c.method === 'GET').length;
    do {
      const page = await gql(app.url, ListOrdersDocument, { first: 7, after });
      ids.push(...page.data!.orders.edges.map((e) => e.node.id));
      after = page.data!.orders.pageInfo.hasNextPage ? page.data!.orders.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(new Set(ids).size).toBe(ids.length);
    const total = (await searchAll()).total;
    expect(ids.length).toBe(total);
    expect(app.calls.filter((c) => c.path === SOGET_ORDERS_PATH && c.method === 'GET').length - searchesBefore).toBe(pages);
  });

  it('finds the SOGET orders of a container through the list filter', async () => {
    const page = await gql(app.url, ListOrdersDocument, { first: 50, filter: { containerNumber: 'CGMU1234562' } });
    expect(page.data!.orders.edges.length).toBeGreaterThan(0);
    expect(page.data!.orders.edges.every((e) => e.node.containers.some((c) => c.number === 'CGMU1234562'))).toBe(true);
  });

  /** The sandbox's own view, through its wire API. */
  async function searchAll(): Promise<{ total: number }> {
    return (await sogetSandboxRead(app, `${SOGET_ORDERS_PATH}?limit=1`)) as { total: number };
  }

  async function fetchFiles(id: string): Promise<unknown> {
    return ((await sogetSandboxRead(app, `${SOGET_ORDERS_PATH}/${id}`)) as { files: unknown }).files;
  }
});
