import type { SandboxModule } from '../registry';
import { SogetEmulator } from './emulator';

export const sogetSandbox: SandboxModule = {
  key: 'SOGET',
  async start(options = {}) {
    const emulator = new SogetEmulator({
      clientId: 'ordergraph-sandbox',
      clientSecret: 'sandbox-soget-secret',
      subscriptionKey: 'sandbox-soget-subscription-key',
    });
    emulator.seed(options.seed ?? 40, 0x50637);
    const url = await emulator.listen(options.port ?? 0);
    return {
      server: emulator.server,
      env: {
        SOGET_BASE_URL: url,
        SOGET_CLIENT_ID: emulator.credentials.clientId,
        SOGET_CLIENT_SECRET: emulator.credentials.clientSecret,
        SOGET_SUBSCRIPTION_KEY: emulator.credentials.subscriptionKey,
      },
      changeOrders: (count, rand) => emulator.advanceOrders(count, rand),
      close: () => emulator.server.close(),
    };
  },
};

export { SogetEmulator };
