import { loadConfig } from '../../src/config';
import type { ProviderModule } from '../../src/core/registry';
import { vu } from '../../src/providers/vu';
import type { VuProvider } from '../../src/providers/vu/provider';
import { VuEmulator } from '../../src/sandbox/vu/emulator';

/**
 * VU's list answers only the line statuses it is asked for, and the doc names only
 * `new_order`: an order whose lines have a status ordergraph does not know must not vanish
 * from lists when the deployment names that status (VU_LINE_STATUSES).
 */
describe('VU lists and line statuses ordergraph does not know', () => {
  const emulator = new VuEmulator('k', 's');
  const providerWith = (env: Record<string, string> = {}) => {
    const config = loadConfig([vu], { VU_BASE_URL: emulator.server.url, VU_API_KEY: 'k', VU_API_SECRET: 's', ...env });
    return (vu as ProviderModule).create(config.providerSettings.get(vu.key), { timeoutMs: 3000, onCall: () => undefined }) as VuProvider;
  };
  let held = 0;

  beforeAll(async () => {
    emulator.seed(30);
    await emulator.listen();
    held = Number((await providerWith().listOrders({ direction: 'ASC', limit: 1, position: null, filter: {} })).orders[0].providerId);
    // Every line of the order on hold, so no known status can list it.
    emulator.setLineStatus(held, 'every', 'on_hold');
  });
  afterAll(() => emulator.server.close());

  const listAll = async (provider: VuProvider) => (await provider.listOrders({ direction: 'ASC', limit: 250, position: null, filter: {} })).orders;

  it('asks for every configured status, and lists the order on hold as UNKNOWN with its VU status', async () => {
    const provider = providerWith({ VU_LINE_STATUSES: 'on_hold, awaiting_artwork' });
    const orders = await listAll(provider);
    expect(orders).toHaveLength(30);
    expect(orders.find((o) => o.providerId === String(held))).toMatchObject({ status: 'UNKNOWN', providerStatus: 'on_hold' });
    const asked = emulator.server.log.filter((r) => r.path === '/api/v1/orders').at(-1)!;
    expect(new URLSearchParams(asked.query).get('status')!.split(',')).toEqual([
      'new_order',
      'in_production',
      'partially_shipped',
      'shipped',
      'cancelled',
      'on_hold',
      'awaiting_artwork',
    ]);
    const unknown = await provider.listOrders({ direction: 'ASC', limit: 250, position: null, filter: { statuses: ['UNKNOWN' as never] } });
    expect(unknown.orders.map((o) => o.providerId)).toContain(String(held));
  });

  it('without it, asks for the five known statuses, which cannot list the order on hold', async () => {
    expect((await listAll(providerWith())).map((o) => o.providerId)).not.toContain(String(held));
  });

  it('refuses a configured status that is not a lower-case word, naming the variable', () => {
    expect(() => loadConfig([vu], { VU_BASE_URL: emulator.server.url, VU_API_KEY: 'k', VU_API_SECRET: 's', VU_LINE_STATUSES: 'On Hold' })).toThrow(
      /VU_LINE_STATUSES/,
    );
  });
});
