import { ContainerDocument, ListOrdersDocument, ProvidersDocument } from '../../schema/generated/graphql';
import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

describe('containers, providers and nested fields across providers', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 30 });
  });
  afterAll(() => app.close());

  it('finds every order touching a container and resolves nested container orders with one batch per provider', async () => {
    const list = await gql(app.url, ListOrdersDocument, { first: 30, filter: { providers: ['OCTOPI'] } });
    const number = list.data!.orders.edges.flatMap((e) => e.node.containers.map((c) => c.number)).find((n) => /^[A-Z]{4}\d{7}$/.test(n))!;
    const container = await gql(app.url, ContainerDocument, { number });
    expect(container.errors).toBeUndefined();
    expect(container.data!.container).toMatchObject({ number, iso6346Valid: true });
    const orderIds = container.data!.container!.orders.map((o) => o.id);
    expect(orderIds.length).toBeGreaterThan(0);
    const fromList = list.data!.orders.edges.filter((e) => e.node.containers.some((c) => c.number === number)).map((e) => e.node.id);
    expect(orderIds).toEqual(expect.arrayContaining(fromList));

    for (const emulator of app.sandboxes.values()) emulator.server.clearLog();
    const nested = await gql(
      app.url,
      `{ orders(first: 30) { edges { node { id containers { number orders { id } } } } } }`,
    );
    expect(nested.errors).toBeUndefined();
    // 30 orders, each with containers, each with orders: still one list call per provider page, plus one container batch.
    const octopiCalls = app.emulator('OCTOPI').log.length;
    expect(octopiCalls).toBeLessThanOrEqual(2);
  });

  it('answers null for a container no order touches', async () => {
    const container = await gql(app.url, ContainerDocument, { number: 'ZZZU0000000' });
    expect(container.data!.container).toBeNull();
  });

  it("reports each provider's reachability and recent latency", async () => {
    const response = await gql(app.url, ProvidersDocument, {});
    expect(response.data!.providers.map((p) => p.provider).sort()).toEqual([...app.registry.keys()].sort());
    for (const provider of response.data!.providers) {
      expect(provider.reachable).toBe(true);
      expect(provider.calls).toBeGreaterThan(0);
      expect(provider.latencyP50Ms).not.toBeNull();
    }
    app.emulator('OCTOPI').setFaults({ status: 503 });
    const down = await gql(app.url, ProvidersDocument, {});
    app.emulator('OCTOPI').clearFaults();
    const octopi = down.data!.providers.find((p) => p.provider === 'OCTOPI')!;
    expect(octopi.reachable).toBe(false);
    expect(octopi.error).toContain('PROVIDER_UNAVAILABLE');
  });
});
