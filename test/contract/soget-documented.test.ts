import { ErrorCode, OrderGraphError } from '../../src/core/errors';
import { SogetClient } from '../../src/providers/soget/client';
import { mapSogetTree } from '../../src/providers/soget/mapper';
import { EmulatorServer } from '../../src/sandbox/emulator';
import { SogetEmulator } from '../../src/sandbox/soget/emulator';
import { orderIssues } from '../../src/sandbox/soget/rules';
import { copyOf } from '../fixtures/documented';
import { documentedOrderMadeValid, SOGET_CREATE_400_RESPONSE, SOGET_CREATE_REQUEST, SOGET_CREATE_RESPONSE } from '../fixtures/soget';
import { shapeDifferences } from '../support/documented';

/** soget-smouv-customer-orders.md's examples (test/fixtures/soget/), against the emulator and against ordergraph's client and mapper. */

type Json = Record<string, any>;

const CREDENTIALS = { clientId: 'documented', clientSecret: 'documented-secret', subscriptionKey: 'documented-key' };
const ORDERS = '/customer-orders/v1/customer-orders';
const TOKEN = '/soget-connect/v1/openid-connect/token';

describe('SOGET documented examples against the emulator', () => {
  const emulator = new SogetEmulator(CREDENTIALS);
  let token = '';
  const post = async (order: unknown) => {
    const form = new FormData();
    // The part names as the curl example publishes them: Order and Files[].
    form.append(SOGET_CREATE_REQUEST.parts.order, JSON.stringify(order));
    form.append(SOGET_CREATE_REQUEST.parts.files, new Blob(['%PDF-1.4 documented'], { type: 'application/pdf' }), 'file');
    const response = await fetch(`${emulator.server.url}${ORDERS}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Ocp-Apim-Subscription-Key': CREDENTIALS.subscriptionKey },
      body: form,
    });
    return { status: response.status, body: (await response.json()) as Json };
  };

  beforeAll(async () => {
    await emulator.listen(0);
    const form = new URLSearchParams({ grant_type: 'client_credentials', client_id: CREDENTIALS.clientId, client_secret: CREDENTIALS.clientSecret });
    token = ((await (await fetch(`${emulator.server.url}${TOKEN}`, { method: 'POST', body: form })).json()) as { access_token: string }).access_token;
  });
  afterAll(() => emulator.server.close());

  it("refuses the documented request only by the doc's own rules: the ISO 6346 check digit and the Import's four mandatory events", () => {
    // reference: "A container number must follow the ISO 6346:1995." (CGMU123456 has check digit 2, not 7)
    // events: "must contains exactly 4 events with import/ export order" (the example sends one, Announced)
    expect(orderIssues(copyOf(SOGET_CREATE_REQUEST)).map((issue) => [issue.field, issue.rule, issue.providerCode])).toEqual([
      ['containers[0].reference', 'iso6346', 'HANDLING_UNIT_REFERENCE_INVALID'],
      ['containers[0].events', 'eventSet', 'WRONG_FORMAT'],
    ]);
  });

  it('answers the documented request as published with the first of those rules, in the documented error shape', async () => {
    const answer = await post(copyOf(SOGET_CREATE_REQUEST));
    expect(answer.status).toBe(400);
    expect(shapeDifferences(answer.body, SOGET_CREATE_400_RESPONSE.example)).toEqual([]);
    expect(answer.body).toMatchObject({ code: 'HANDLING_UNIT_REFERENCE_INVALID', message: expect.stringContaining('containers[0].reference') });
  });

  it('accepts the documented request with those two put right (bookingNumber, etd and the closing dates on an Import included) and answers the documented 200 shape', async () => {
    const answer = await post(documentedOrderMadeValid());
    expect(answer.status).toBe(200);
    expect(shapeDifferences(answer.body, SOGET_CREATE_RESPONSE.example)).toEqual([]);
    expect(answer.body).toMatchObject({ id: expect.stringMatching(/^CDE\d{10}$/), transportOrderNumber: 'TOC-02-03-2022', type: 'Master' });
    expect(emulator.filesOf(answer.body.id)).toEqual([expect.objectContaining({ name: 'file', type: 'application/pdf' })]);
  });

  it('refuses a documented date field on a day its month does not have (voyage.eta 2022-02-30) with WRONG_FORMAT, in the documented error shape', async () => {
    // eta: "string(date-time) | null ... ISO 8601 Extended Format"; the body-schema rules answer WRONG_FORMAT.
    const order = documentedOrderMadeValid();
    order.transportOrderNumber = 'TOC-02-03-2022-C';
    order.voyage.eta = '2022-02-30T18:00:00+00:00';
    const answer = await post(order);
    expect(answer.status).toBe(400);
    expect(shapeDifferences(answer.body, SOGET_CREATE_400_RESPONSE.example)).toEqual([]);
    expect(answer.body).toMatchObject({ code: 'WRONG_FORMAT', message: expect.stringContaining('voyage.eta: must be an ISO 8601 extended date-time') });
  });

  it('answers an actor outside the referential with the documented 400 example: ACTOR_NOT_FOUND', async () => {
    const order = documentedOrderMadeValid();
    order.transportOrderNumber = 'TOC-02-03-2022-B';
    order.carrier.code = 'NOBODY';
    const answer = await post(order);
    expect(answer.status).toBe(400);
    expect(shapeDifferences(answer.body, SOGET_CREATE_400_RESPONSE.example)).toEqual([]);
    expect(answer.body.code).toBe(SOGET_CREATE_400_RESPONSE.example.code);
  });
});

describe("SOGET documented responses through ordergraph's client and mapper", () => {
  /** Answers the token call and the create with a documented example. */
  async function vendor(status: number, body: unknown): Promise<EmulatorServer> {
    const server = new EmulatorServer('documented example');
    server.route('POST', TOKEN, () => ({ status: 200, body: { access_token: 'documented-token', token_type: 'Bearer', expires_in: 3600 } }));
    server.route('POST', ORDERS, () => ({ status, body }));
    await server.listen(0);
    return server;
  }
  const client = (url: string) => new SogetClient({ baseUrl: url, tokenUrl: `${url}${TOKEN}`, ...CREDENTIALS, timeoutMs: 2000 });

  it('reads the 200 response example into the unified segments, field by field', async () => {
    const server = await vendor(200, SOGET_CREATE_RESPONSE.example);
    try {
      const tree = await client(server.url).create(documentedOrderMadeValid());
      // The example names every node SEG0000000672 and "Master": the kind comes from the place in the tree.
      const node = { id: 'SEG0000000672', type: 'Master', containerNumber: null, transportOrderNumber: 'OT-0510-1204-1', providerStatus: null };
      expect(mapSogetTree(tree)).toEqual([
        { ...node, kind: 'MASTER', parentId: null },
        { ...node, kind: 'ELEMENTARY', parentId: 'SEG0000000672' },
        { ...node, kind: 'TRANSPORT', parentId: 'SEG0000000672' },
      ]);
    } finally {
      await server.close();
    }
  });

  it('reads the 400 response example as a rejection carrying the vendor code and message', async () => {
    const server = await vendor(400, SOGET_CREATE_400_RESPONSE.example);
    try {
      const error = (await client(server.url)
        .create(documentedOrderMadeValid())
        .catch((e: unknown) => e)) as OrderGraphError;
      expect(error).toBeInstanceOf(OrderGraphError);
      expect(error.extensions).toMatchObject({ code: ErrorCode.PROVIDER_REJECTED, provider: 'SOGET', httpStatus: 400, providerCode: 'ACTOR_NOT_FOUND' });
      expect(error.message).toContain('Commande de transport est introuvable!');
    } finally {
      await server.close();
    }
  });
});
