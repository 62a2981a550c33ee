import type { SandboxModule } from '../registry';
import { VuEmulator } from './emulator';

export const vuSandbox: SandboxModule = {
  key: 'VU',
  async start(options = {}) {
    const emulator = new VuEmulator('sandbox-vu-key', 'sandbox-vu-secret');
    emulator.seed(options.seed ?? 40, 0x7c);
    const url = await emulator.listen(options.port ?? 0);
    return {
      server: emulator.server,
      env: { VU_BASE_URL: url, VU_API_KEY: emulator.apiKey, VU_API_SECRET: emulator.apiSecret },
      changeOrders: (count, rand) => emulator.advanceOrders(count, rand),
      close: () => emulator.server.close(),
    };
  },
};

export { VuEmulator };
