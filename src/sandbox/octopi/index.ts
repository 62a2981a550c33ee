import type { SandboxModule } from '../registry';
import { OctopiEmulator } from './emulator';

export const octopiSandbox: SandboxModule = {
  key: 'OCTOPI',
  async start(options = {}) {
    const emulator = new OctopiEmulator('sandbox-octopi-token');
    emulator.seed(options.seed ?? 40);
    const url = await emulator.listen(options.port ?? 0);
    return {
      server: emulator.server,
      env: { OCTOPI_BASE_URL: url, OCTOPI_TOKEN: emulator.token },
      changeOrders: (count, rand) => emulator.advanceOrders(count, rand),
      close: () => emulator.server.close(),
    };
  },
};

export { OctopiEmulator };
