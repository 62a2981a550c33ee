import { ListOrdersDocument, ProvidersDocument } from '../../schema/generated/graphql';
import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 50 ms until it holds, for at most `withinMs`; the last result either way. */
async function eventually<T>(withinMs: number, read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
  const until = performance.now() + withinMs;
  for (;;) {
    const value = await read();
    if (check(value) || performance.now() > until) return value;
    await sleep(50);
  }
}

const ready = async (app: TestApp) => {
  const response = await fetch(`${app.url}/ready`);
  return { status: response.status, body: (await response.json()) as { providers: Record<string, boolean> } };
};
const providers = async (app: TestApp) => (await gql(app.url, ProvidersDocument, {})).data!.providers;
const octopiOf = async (app: TestApp) => (await providers(app)).find((p) => p.provider === 'OCTOPI')!;

describe('vendor health from the background prober', () => {
  describe('with a long probe interval', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ seed: 3, env: { HEALTH_PROBE_INTERVAL_MS: '600000' } });
      await ready(app); // waits for the first probe of every vendor
    });
    afterAll(() => app.close());

    it('answers /ready and the providers query from the latest probe, calling no vendor', async () => {
      const before = app.calls.length;
      for (let i = 0; i < 20; i += 1) {
        expect((await ready(app)).status).toBe(200);
        const list = await providers(app);
        expect(list.map((p) => p.provider).sort()).toEqual([...app.registry.keys()].sort());
        for (const provider of list) {
          expect(provider.reachable).toBe(true);
          expect(provider.checkedAt).not.toBeNull();
        }
      }
      expect(app.calls.slice(before)).toEqual([]);
    });

    it("probes Octopi with one order read, not the whole list (Octopi's only list)", () => {
      const octopiCalls = app.calls.filter((call) => call.provider === 'OCTOPI');
      expect(octopiCalls).toHaveLength(1);
      expect(octopiCalls[0]).toMatchObject({ method: 'GET', path: '/api/v1/service_orders/0.json', status: 404 });
    });
  });

  describe('with a short probe interval', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp({ seed: 3, env: { HEALTH_PROBE_INTERVAL_MS: '200', PROVIDER_RETRIES: '0' } });
      await ready(app);
    });
    afterAll(() => app.close());

    it('sees a vendor go down and come back at the next probes, and /ready says which', async () => {
      app.emulator('SITOO').setFaults({ status: 503 });
      const down = await eventually(
        5000,
        () => providers(app),
        (list) => list.some((p) => p.provider === 'SITOO' && !p.reachable),
      );
      expect(down.find((p) => p.provider === 'SITOO')).toMatchObject({ reachable: false, error: expect.stringContaining('PROVIDER_UNAVAILABLE') });
      const readiness = await ready(app);
      // One vendor down makes answers partial, not the replica unready.
      expect(readiness.status).toBe(200);
      expect(readiness.body.providers.SITOO).toBe(false);
      expect(readiness.body.providers.OCTOPI).toBe(true);

      app.emulator('SITOO').clearFaults();
      const back = await eventually(
        5000,
        () => providers(app),
        (list) => list.every((p) => p.reachable),
      );
      expect(back.every((p) => p.reachable)).toBe(true);
    });

    it('probes each vendor once per interval, not once per question', async () => {
      const before = app.calls.length;
      const started = performance.now();
      for (let i = 0; i < 30; i += 1) await ready(app);
      await sleep(600);
      const elapsed = performance.now() - started;
      const probes = app.calls.slice(before).filter((call) => call.provider === 'SHIPWELL');
      // One probe per 200 ms interval at most (plus one already due), however often /ready was asked.
      expect(probes.length).toBeLessThanOrEqual(Math.ceil(elapsed / 200) + 1);
    });
  });

  describe('a recovered vendor', () => {
    let app: TestApp;
    beforeAll(async () => {
      // Probes far apart: only the circuit's half-open trial can bring Octopi back.
      app = await startTestApp({ seed: 3, env: { HEALTH_PROBE_INTERVAL_MS: '600000', CIRCUIT_RESET_MS: '500', PROVIDER_RETRIES: '0' } });
      await ready(app);
    });
    afterAll(() => app.close());

    it('is let back in by the half-open probe within seconds, without waiting for a client to try', async () => {
      app.emulator('OCTOPI').setFaults({ status: 503 });
      for (let i = 0; i < 6; i += 1) await gql(app.url, ListOrdersDocument, { first: 1, filter: { providers: ['OCTOPI'] } });
      expect((await octopiOf(app)).circuit).toBe('OPEN');
      app.emulator('OCTOPI').clearFaults();

      const before = app.calls.length;
      const recovered = await eventually(
        3000,
        () => octopiOf(app),
        (octopi) => octopi.circuit === 'CLOSED' && octopi.reachable,
      );
      expect(recovered).toMatchObject({ circuit: 'CLOSED', reachable: true });
      // Only the prober called Octopi in the meantime (the providers query calls no vendor).
      expect(
        app.calls
          .slice(before)
          .filter((call) => call.provider === 'OCTOPI')
          .map((call) => call.path),
      ).toEqual(['/api/v1/service_orders/0.json']);
      const list = await gql(app.url, ListOrdersDocument, { first: 1, filter: { providers: ['OCTOPI'] } });
      expect(list.errors).toBeUndefined();
    });
  });
});
