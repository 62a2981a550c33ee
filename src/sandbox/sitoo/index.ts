import type { SandboxModule } from '../registry';
import { SitooEmulator } from './emulator';

const SANDBOX = { account: '1500', apiId: '1500-1', password: 'sandbox-sitoo-password' };

export const sitooSandbox: SandboxModule = {
  key: 'SITOO',
  async start(options = {}) {
    const emulator = new SitooEmulator(SANDBOX);
    emulator.seed(options.seed ?? 40);
    const url = await emulator.listen(options.port ?? 0);
    return {
      server: emulator.server,
      env: {
        SITOO_BASE_URL: url,
        SITOO_ACCOUNT_ID: SANDBOX.account,
        SITOO_API_ID: SANDBOX.apiId,
        SITOO_PASSWORD: SANDBOX.password,
        SITOO_AUTHOR_EMAIL: 'ordergraph@example.com',
      },
      changeOrders: (count, rand) => emulator.advanceOrders(count, rand),
      close: () => emulator.server.close(),
    };
  },
};

export { SitooEmulator };
