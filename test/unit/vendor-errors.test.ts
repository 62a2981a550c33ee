import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ErrorCode, type OrderGraphError } from '../../src/core/errors';
import { ProviderHttp } from '../../src/core/http';
import { ProviderKey } from '../../src/providers';
import { vendorErrorCode } from '../../src/core/vendor-errors';
import { sogetCodeOf, sogetMessageOf } from '../../src/providers/soget/client';
import { SOGET_ERROR_CODES, SOGET_ERROR_MEANINGS } from '../../src/providers/soget/wire';
import { OctopiClient, OctopiProvider } from '../../src/providers/octopi';
import { OctopiEmulator } from '../../src/sandbox/octopi';

describe('the ordergraph code of a vendor error', () => {
  const table = { CONFLICT: ErrorCode.CONFLICT, CUSTOMER_ORDER_NOT_FOUND: ErrorCode.NOT_FOUND, USER_ID_INVALID: ErrorCode.PROVIDER_AUTH_FAILED };

  it('comes from the vendor code when the provider declares it, whatever the 4xx status', () => {
    expect(vendorErrorCode(400, 'CONFLICT', table)).toBe(ErrorCode.CONFLICT);
    expect(vendorErrorCode(400, 'CUSTOMER_ORDER_NOT_FOUND', table)).toBe(ErrorCode.NOT_FOUND);
    expect(vendorErrorCode(400, 'USER_ID_INVALID', table)).toBe(ErrorCode.PROVIDER_AUTH_FAILED);
  });

  it('falls back to the status for a code the table does not name, or no code', () => {
    expect(vendorErrorCode(400, 'SOMETHING_NEW', table)).toBe(ErrorCode.PROVIDER_REJECTED);
    expect(vendorErrorCode(404, undefined, table)).toBe(ErrorCode.NOT_FOUND);
    expect(vendorErrorCode(412, undefined)).toBe(ErrorCode.CONFLICT);
    expect(vendorErrorCode(409, undefined)).toBe(ErrorCode.CONFLICT);
    expect(vendorErrorCode(401, undefined)).toBe(ErrorCode.PROVIDER_AUTH_FAILED);
    expect(vendorErrorCode(403, undefined)).toBe(ErrorCode.PROVIDER_AUTH_FAILED);
    expect(vendorErrorCode(422, undefined)).toBe(ErrorCode.PROVIDER_REJECTED);
    expect(vendorErrorCode(429, undefined)).toBe(ErrorCode.PROVIDER_UNAVAILABLE);
  });

  it('reads a 404 on a create as the vendor refusing the request, not as a missing order', () => {
    expect(vendorErrorCode(404, undefined, {}, { creates: true })).toBe(ErrorCode.PROVIDER_REJECTED);
  });

  it('takes a status the vendor documents with another meaning for one call', () => {
    expect(vendorErrorCode(400, undefined, {}, { statuses: { 400: ErrorCode.NOT_FOUND } })).toBe(ErrorCode.NOT_FOUND);
  });

  it('treats a 5xx as the vendor failing even when it carries a mapped code', () => {
    expect(vendorErrorCode(500, 'CONFLICT', table)).toBe(ErrorCode.PROVIDER_UNAVAILABLE);
    expect(vendorErrorCode(503, undefined)).toBe(ErrorCode.PROVIDER_UNAVAILABLE);
  });

  it('ignores codes that are only names on the table object (no prototype lookups)', () => {
    expect(vendorErrorCode(400, 'constructor', table)).toBe(ErrorCode.PROVIDER_REJECTED);
  });
});

describe('SOGET error codes over HTTP', () => {
  let server: Server;
  let http: ProviderHttp;
  let answer = { status: 400, code: 'CONFLICT' };

  beforeAll(async () => {
    server = createServer((_req, res) => {
      // The documented error body: { timestamp, code, message }.
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ timestamp: '2022-11-08T14:17:19Z', code: answer.code, message: 'from the vendor' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    http = new ProviderHttp({
      provider: ProviderKey.SOGET,
      baseUrl: `http://127.0.0.1:${port}`,
      timeoutMs: 2000,
      providerCodeOf: sogetCodeOf,
      vendorCodes: SOGET_ERROR_MEANINGS,
      messageOf: sogetMessageOf,
    });
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('declares a meaning for every documented code', () => {
    expect(Object.keys(SOGET_ERROR_MEANINGS).sort()).toEqual([...SOGET_ERROR_CODES].sort());
  });

  it.each([
    ['CONFLICT', ErrorCode.CONFLICT],
    ['CUSTOMER_ORDER_NOT_FOUND', ErrorCode.NOT_FOUND],
    ['USER_ID_INVALID', ErrorCode.PROVIDER_AUTH_FAILED],
    ['ORGANIZATION_NOT_FOUND', ErrorCode.PROVIDER_AUTH_FAILED],
    ['ACTOR_NOT_FOUND', ErrorCode.PROVIDER_REJECTED],
  ])('answers %s sent with 400 as %s, naming the vendor code', async (code, expected) => {
    answer = { status: 400, code };
    const error = (await http.get('/customer-orders').catch((e: unknown) => e)) as OrderGraphError;
    expect(error.extensions).toMatchObject({ code: expected, provider: 'SOGET', httpStatus: 400, providerCode: code });
  });

  it('answers a 404 on a create as PROVIDER_REJECTED, and on a read as NOT_FOUND', async () => {
    answer = { status: 404, code: 'SOMETHING_UNDOCUMENTED' };
    const create = (await http.post('/customer-orders', { json: {}, meaning: { creates: true } }).catch((e: unknown) => e)) as OrderGraphError;
    expect(create.extensions).toMatchObject({ code: ErrorCode.PROVIDER_REJECTED, httpStatus: 404 });
    const read = (await http.get('/customer-orders/CDE0000000001').catch((e: unknown) => e)) as OrderGraphError;
    expect(read.extensions).toMatchObject({ code: ErrorCode.NOT_FOUND, httpStatus: 404 });
  });
});

describe('a create that Octopi answers with its documented 404', () => {
  it('is PROVIDER_REJECTED naming what Octopi does not have, not "no such order"', async () => {
    const emulator = new OctopiEmulator('t');
    await emulator.listen();
    try {
      const provider = new OctopiProvider(new OctopiClient({ baseUrl: emulator.server.url, token: 't', timeoutMs: 2000 }));
      const error = (await provider
        .createOrder({ orderNumber: 'NF-1', cargoType: 'container', containerIds: [999], serviceIds: ['cleaning'] })
        .catch((e: unknown) => e)) as OrderGraphError;
      expect(error.extensions).toMatchObject({ code: ErrorCode.PROVIDER_REJECTED, provider: 'OCTOPI', httpStatus: 404 });
      expect(error.message).toMatch(/999 is not a container/);
    } finally {
      await emulator.server.close();
    }
  });
});
