import { loadConfig } from '../../src/config';
import { ErrorCode, OrderGraphError } from '../../src/core/errors';
import { setDefaultHttpClient, type CallRecord } from '../../src/core/http';
import type { OrderProvider } from '../../src/core/provider';
import type { ProviderModule } from '../../src/core/registry';
import type { Order } from '../../src/model/order';
import type { SandboxHandle, SandboxModule } from '../../src/sandbox';

/**
 * The provider conformance suite: written once, run against every provider through a
 * fixture that starts its emulator on port 0 and builds the real provider (real HTTP,
 * node-fetch, the vendor's wire format) against it.
 *
 * The drift check (`npm run contract`) runs the same suite against the vendor configured in
 * the environment: CONTRACT_PROVIDER names the provider, the tests that need the emulator
 * (its fault injection, its seed) are skipped, the ones that create, update or cancel run
 * only with CONTRACT_ALLOW_WRITES=1, and what they made is cancelled afterwards where the
 * vendor can cancel.
 */
export interface ConformanceFixture<CreateInput, UpdateInput = unknown> {
  module: ProviderModule;
  /** The vendor's emulator the provider is run against. */
  sandbox: SandboxModule;
  /** A valid create input; `unique` makes order numbers unique per call. */
  validCreate(unique: string): CreateInput;
  /** An input that breaks one rule, the field path the error must name, and the rule. */
  invalidCreate: { input: CreateInput; field: string; rule?: string };
  /** The order number a created order will carry, for reading it back by number. */
  orderNumberOf(input: CreateInput, order: Order): string;
  /** An update and a check of its effect, when the provider supports updates. */
  update?: { input(order: Order): UpdateInput; check(order: Order): void };
  /**
   * A call that passes ordergraph's own validation and that the vendor refuses (4xx). Default:
   * creating the same order number twice. Vendors without unique order numbers give another.
   */
  vendorRejection?(provider: OrderProvider<CreateInput, UpdateInput>, unique: string): Promise<unknown>;
  /** The environment with the provider's credentials broken. */
  withWrongCredentials(env: Record<string, string>): Record<string, string>;
}

export function describeProviderConformance<C, U = unknown>(name: string, fixture: ConformanceFixture<C, U>): void {
  const atVendor = process.env.CONTRACT_PROVIDER === fixture.module.key;
  const emulatorOnly = atVendor ? it.skip : it;
  const writes = atVendor && process.env.CONTRACT_ALLOW_WRITES !== '1' ? it.skip : it;
  // Both HTTP clients behind ProviderHttp (undici, the default, and node-fetch) meet the contract; a vendor is asked once.
  const clients = atVendor ? (['undici'] as const) : (['undici', 'node-fetch'] as const);
  describe.each(clients)(`${name} conforms to the provider contract over %s`, (client) => {
    beforeAll(() => setDefaultHttpClient(client));
    afterAll(() => setDefaultHttpClient('undici'));
    let sandbox: SandboxHandle | undefined;
    let env: Record<string, string>;
    let provider: OrderProvider<C, U>;
    let counter = 0;
    const calls: CallRecord[] = [];
    const made: string[] = [];
    const build = (settings: Record<string, string>) => {
      const config = loadConfig([fixture.module], settings);
      return fixture.module.create(config.providerSettings.get(fixture.module.key), {
        timeoutMs: atVendor ? 15000 : 1500,
        onCall: (call) => calls.push(call),
      }) as OrderProvider<C, U>;
    };
    const unique = () => `${Date.now().toString(36)}${(counter += 1)}`;

    beforeAll(async () => {
      if (atVendor) env = process.env as Record<string, string>;
      else {
        sandbox = await fixture.sandbox.start({ seed: 12 });
        env = sandbox.env;
      }
      provider = build(env);
      if (atVendor) {
        // Every order the suite makes at a real vendor is noted, to be cancelled at the end.
        const create = provider.createOrder.bind(provider);
        provider.createOrder = async (input, options) => {
          const order = await create(input, options);
          made.push(order.providerId);
          return order;
        };
      }
    });
    afterAll(async () => {
      if (sandbox) await sandbox.close();
      if (!provider?.capabilities.cancel) return;
      for (const id of made) await provider.cancelOrder(id, 'ordergraph drift check').catch(() => undefined);
    });
    afterEach(() => sandbox?.server.clearFaults());

    writes('creates an order and reads it back by id and by number in the same unified shape', async () => {
      const input = fixture.validCreate(unique());
      const created = await provider.createOrder(input);
      expect(created.provider).toBe(fixture.module.key);
      expect(created.id).toBe(`${fixture.module.key.toLowerCase()}:${created.providerId}`);
      const [byId] = await provider.getOrders([created.providerId]);
      expect(byId).toEqual(created);
      const [byNumber] = await provider.getOrdersByNumber([fixture.orderNumberOf(input, created)]);
      expect(byNumber).toEqual(created);
    });

    it('reads several orders in one batch, in the order asked, with an error in the slot of a missing one', async () => {
      const page = await provider.listOrders({ direction: 'DESC', limit: 3, position: null, filter: {} });
      const ids = page.orders.map((o) => o.providerId);
      const results = await provider.getOrders([ids[2], 'does-not-exist-0', ids[0]]);
      expect((results[0] as Order).providerId).toBe(ids[2]);
      expect(results[1]).toBeInstanceOf(OrderGraphError);
      expect((results[1] as OrderGraphError).code).toBe(ErrorCode.NOT_FOUND);
      expect((results[2] as Order).providerId).toBe(ids[0]);
    });

    it('answers null for an order number nobody has', async () => {
      expect(await provider.getOrdersByNumber([`missing-${unique()}`])).toEqual([null]);
    });

    it('lists every seeded order exactly once, sorted by creation time, page after page', async () => {
      for (const direction of ['DESC', 'ASC'] as const) {
        const seen: Order[] = [];
        let position = null;
        // A real vendor may hold far more orders than the seed: its first pages are enough.
        for (let guard = 0; guard < (atVendor ? 4 : 100); guard += 1) {
          const page = await provider.listOrders({ direction, limit: 5, position, filter: {} });
          seen.push(...page.orders);
          if (!page.hasMore) break;
          position = page.positionAfter(page.orders.length - 1);
        }
        expect(new Set(seen.map((o) => o.id)).size).toBe(seen.length);
        if (!atVendor) expect(seen.length).toBeGreaterThanOrEqual(12);
        const times = seen.map((o) => o.createdAt.getTime());
        const sorted = [...times].sort((a, b) => (direction === 'DESC' ? b - a : a - b));
        expect(times).toEqual(sorted);
      }
    });

    it('refuses bad input before any upstream call, naming the field and the rule', async () => {
      sandbox?.server.clearLog();
      calls.length = 0;
      const error = await provider.createOrder(fixture.invalidCreate.input).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(OrderGraphError);
      expect((error as OrderGraphError).extensions).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: fixture.invalidCreate.field });
      if (fixture.invalidCreate.rule) expect((error as OrderGraphError).extensions.rule).toBe(fixture.invalidCreate.rule);
      // Counted at the emulator when there is one, and at ordergraph's HTTP layer in any case.
      if (sandbox) expect(sandbox.server.log).toHaveLength(0);
      expect(calls).toHaveLength(0);
    });

    writes('maps a vendor rejection (a duplicate order number) to PROVIDER_REJECTED or CONFLICT with the vendor status', async () => {
      const duplicate = async () => {
        const input = fixture.validCreate(unique());
        await provider.createOrder(input);
        return provider.createOrder(input);
      };
      const rejected = fixture.vendorRejection ? fixture.vendorRejection(provider, unique()) : duplicate();
      const error = (await rejected.catch((e: unknown) => e)) as OrderGraphError;
      expect(error).toBeInstanceOf(OrderGraphError);
      expect([ErrorCode.PROVIDER_REJECTED, ErrorCode.CONFLICT]).toContain(error.code);
      expect(error.extensions).toMatchObject({ provider: fixture.module.key });
      expect(error.extensions.httpStatus).toBeGreaterThanOrEqual(400);
    });

    if (fixture.update) {
      writes('updates an order', async () => {
        const created = await provider.createOrder(fixture.validCreate(unique()));
        const updated = await provider.updateOrder(created.providerId, fixture.update!.input(created));
        fixture.update!.check(updated);
        const [reread] = await provider.getOrders([created.providerId]);
        fixture.update!.check(reread as Order);
      });
    }

    writes('cancels an order when the vendor supports it, and says UNSUPPORTED_OPERATION otherwise', async () => {
      const created = await provider.createOrder(fixture.validCreate(unique()));
      if (provider.capabilities.cancel) {
        const cancelled = await provider.cancelOrder(created.providerId, 'conformance test');
        expect(cancelled.status).toBe('CANCELLED');
        const [reread] = await provider.getOrders([created.providerId]);
        expect((reread as Order).status).toBe('CANCELLED');
      } else {
        const error = (await provider.cancelOrder(created.providerId, 'conformance test').catch((e: unknown) => e)) as OrderGraphError;
        expect(error.code).toBe(ErrorCode.UNSUPPORTED_OPERATION);
      }
    });

    it('reports refused credentials as PROVIDER_AUTH_FAILED', async () => {
      const wrong = build(fixture.withWrongCredentials(env));
      const error = (await wrong.listOrders({ direction: 'DESC', limit: 1, position: null, filter: {} }).catch((e: unknown) => e)) as OrderGraphError;
      expect(error.extensions).toMatchObject({ code: ErrorCode.PROVIDER_AUTH_FAILED, provider: fixture.module.key, httpStatus: 401 });
    });

    emulatorOnly('maps a vendor 500 to PROVIDER_UNAVAILABLE with the status', async () => {
      sandbox!.server.setFaults({ status: 500 });
      const error = (await provider
        .getOrders(['1'])
        .then((r) => r[0])
        .catch((e: unknown) => e)) as OrderGraphError;
      expect(error.extensions).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, provider: fixture.module.key, httpStatus: 500 });
    });

    emulatorOnly('maps a body that is not JSON to PROVIDER_UNAVAILABLE', async () => {
      sandbox!.server.setFaults({ garbage: true });
      const error = (await provider.listOrders({ direction: 'DESC', limit: 1, position: null, filter: {} }).catch((e: unknown) => e)) as OrderGraphError;
      expect(error.extensions).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, provider: fixture.module.key, reason: 'INVALID_RESPONSE' });
    });

    emulatorOnly('times out a vendor that does not answer', async () => {
      sandbox!.server.setFaults({ hang: true });
      const error = (await provider.listOrders({ direction: 'DESC', limit: 1, position: null, filter: {} }).catch((e: unknown) => e)) as OrderGraphError;
      expect(error.extensions).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, provider: fixture.module.key, reason: 'TIMEOUT' });
    });
  });
}
