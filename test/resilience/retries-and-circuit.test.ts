import { ErrorCode, OrderGraphError } from '../../src/core/errors';
import { ProviderResilience, type CircuitState } from '../../src/core/resilience';
import { OctopiClient } from '../../src/providers/octopi';
import { OctopiEmulator } from '../../src/sandbox/octopi';

describe('retries of safe reads and the circuit breaker', () => {
  let emulator: OctopiEmulator;
  beforeAll(async () => {
    emulator = new OctopiEmulator('t0ken');
    emulator.seed(5);
    await emulator.listen();
  });
  afterAll(() => emulator.server.close());
  beforeEach(() => {
    emulator.server.clearFaults();
    emulator.server.clearLog();
  });

  const client = (resilience: ProviderResilience) => new OctopiClient({ baseUrl: emulator.server.url, token: 't0ken', timeoutMs: 300, resilience });
  const error = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (e: unknown) => e as OrderGraphError,
    );

  it('retries a read that met a 503, a dropped connection or a timeout, and recovers', async () => {
    // A budget wide enough for the retry after a hang to get its whole timeout (deadline-and-rate-limits.test.ts tests the budget).
    const resilience = new ProviderResilience({ backoffMs: 1, volumeThreshold: 100, budgetMs: 2000 });
    for (const fault of [{ status: 503 }, { drop: true }, { hang: true }, { garbage: true }]) {
      emulator.server.clearLog();
      emulator.server.setFaults({ ...fault, times: 1 });
      await expect(client(resilience).list()).resolves.toMatchObject({ total_count: 5 });
      expect(emulator.server.log).toHaveLength(2);
    }
    resilience.shutdown();
  });

  it('gives up after the configured retries with PROVIDER_UNAVAILABLE', async () => {
    const resilience = new ProviderResilience({ retries: 2, backoffMs: 1, volumeThreshold: 100 });
    emulator.server.setFaults({ status: 502 });
    expect((await error(client(resilience).list()))?.extensions).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, httpStatus: 502 });
    expect(emulator.server.log).toHaveLength(3);
    resilience.shutdown();
  });

  it('never retries a write', async () => {
    const resilience = new ProviderResilience({ backoffMs: 1 });
    emulator.server.setFaults({ status: 503, times: 1 });
    const body = { service_order: { order_number: 'NO-RETRY', cargo_type: 'container' as const, container_ids: [4337700], service_ids: ['cleaning'] } };
    expect((await error(client(resilience).create(body)))?.extensions.code).toBe(ErrorCode.PROVIDER_UNAVAILABLE);
    expect(emulator.server.log).toHaveLength(1);
    resilience.shutdown();
  });

  it('does not retry a vendor rejection and does not count it against the circuit', async () => {
    const resilience = new ProviderResilience({ backoffMs: 1, volumeThreshold: 2 });
    for (let i = 0; i < 5; i += 1) expect((await error(client(resilience).get('999999')))?.code).toBe(ErrorCode.NOT_FOUND);
    expect(emulator.server.log).toHaveLength(5);
    expect(resilience.state('OCTOPI' as never)).toBe('CLOSED');
    resilience.shutdown();
  });

  it('opens the circuit after repeated failures, fails fast without calling the vendor, then probes and closes', async () => {
    const states: CircuitState[] = [];
    const resilience = new ProviderResilience({ retries: 0, volumeThreshold: 3, resetTimeoutMs: 200, onStateChange: (_p, s) => states.push(s) });
    emulator.server.setFaults({ status: 500 });
    for (let i = 0; i < 3; i += 1) await error(client(resilience).list());
    expect(resilience.state('OCTOPI' as never)).toBe('OPEN');

    emulator.server.clearLog();
    const fast = await error(client(resilience).list());
    expect(fast?.extensions).toMatchObject({ code: ErrorCode.PROVIDER_UNAVAILABLE, provider: 'OCTOPI', reason: 'CIRCUIT_OPEN' });
    expect(emulator.server.log).toHaveLength(0);

    emulator.server.clearFaults();
    await new Promise((resolve) => setTimeout(resolve, 250));
    await expect(client(resilience).list()).resolves.toMatchObject({ total_count: 5 });
    expect(resilience.state('OCTOPI' as never)).toBe('CLOSED');
    expect(states).toEqual(['OPEN', 'HALF_OPEN', 'CLOSED']);
    resilience.shutdown();
  });
});
