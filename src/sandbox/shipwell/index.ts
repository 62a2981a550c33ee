import type { SandboxModule } from '../registry';
import { ShipwellEmulator } from './emulator';

export const shipwellSandbox: SandboxModule = {
  key: 'SHIPWELL',
  async start(options = {}) {
    const emulator = new ShipwellEmulator('sandbox-shipwell-token');
    emulator.seed(options.seed ?? 40, 0x5e11);
    const url = await emulator.listen(options.port ?? 0);
    return {
      server: emulator.server,
      env: { SHIPWELL_BASE_URL: url, SHIPWELL_TOKEN: emulator.token },
      changeOrders: (count, rand) => emulator.advanceOrders(count, rand),
      close: () => emulator.server.close(),
    };
  },
};

export { ShipwellEmulator };
