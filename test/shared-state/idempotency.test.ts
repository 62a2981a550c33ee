import { randomUUID } from 'node:crypto';
import { CreateOctopiServiceOrderDocument } from '../../schema/generated/graphql';
import { octopi } from '../../src/providers/octopi';
import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

const input = (orderNumber: string) => ({ orderNumber, cargoType: 'CONTAINER' as const, containerIds: [4337700], serviceIds: ['cleaning'] });
const creates = (app: TestApp) => app.emulator('OCTOPI').log.filter((r) => r.method === 'POST').length;

describe('idempotent creates on one replica', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ modules: [octopi], env: { PROVIDER_TIMEOUT_MS: '500' } });
  });
  afterAll(() => app.close());
  beforeEach(() => {
    app.emulator('OCTOPI').clearLog();
    app.emulator('OCTOPI').clearFaults();
  });

  it('answers a repeated key with the same order and creates it upstream once', async () => {
    const key = randomUUID();
    const first = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`IDEM-${key}`), idempotencyKey: key });
    const second = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`IDEM-${key}`), idempotencyKey: key });
    expect(second.data!.createOctopiServiceOrder.id).toBe(first.data!.createOctopiServiceOrder.id);
    expect(creates(app)).toBe(1);
  });

  it('makes one order when the same request arrives twice at the same time', async () => {
    const key = randomUUID();
    const [a, b] = await Promise.all([
      gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`RACE-${key}`), idempotencyKey: key }),
      gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`RACE-${key}`), idempotencyKey: key }),
    ]);
    expect(a.data!.createOctopiServiceOrder.id).toBe(b.data!.createOctopiServiceOrder.id);
    expect(creates(app)).toBe(1);
  });

  it('refuses the same key with a different input as IDEMPOTENCY_KEY_REUSED, without calling the vendor', async () => {
    const key = randomUUID();
    await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`REUSE-${key}`), idempotencyKey: key });
    const reused = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`OTHER-${key}`), idempotencyKey: key });
    expect(reused.errors![0].extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
    expect(creates(app)).toBe(1);
  });

  it('finds the order by its number when the create succeeded upstream but the answer was lost', async () => {
    const key = randomUUID();
    app.emulator('OCTOPI').setFaults({ loseCreateResponse: true, times: 1 });
    const response = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`LOST-${key}`), idempotencyKey: key });
    expect(response.errors).toBeUndefined();
    expect(response.data!.createOctopiServiceOrder.orderNumber).toBe(`LOST-${key}`);
    const retry = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`LOST-${key}`), idempotencyKey: key });
    expect(retry.data!.createOctopiServiceOrder.id).toBe(response.data!.createOctopiServiceOrder.id);
    expect(creates(app)).toBe(1);
  });

  it('finds the order when the vendor made it but answered too late, even without a key', async () => {
    app.emulator('OCTOPI').setFaults({ latencyMs: 800, method: 'POST', times: 1 });
    const response = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`SLOW-${randomUUID()}`) });
    expect(response.errors).toBeUndefined();
    expect(creates(app)).toBe(1);
  });

  it('reports a create that certainly failed and lets the same key be retried', async () => {
    const key = randomUUID();
    app.emulator('OCTOPI').setFaults({ status: 503, method: 'POST', times: 1 });
    const failed = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`FAIL-${key}`), idempotencyKey: key });
    expect(failed.errors![0].extensions).toMatchObject({ code: 'PROVIDER_UNAVAILABLE', provider: 'OCTOPI' });
    const retried = await gql(app.url, CreateOctopiServiceOrderDocument, { input: input(`FAIL-${key}`), idempotencyKey: key });
    expect(retried.data!.createOctopiServiceOrder.orderNumber).toBe(`FAIL-${key}`);
  });
});
