import { createHash } from 'node:crypto';
import type { SandboxHandle } from '../../src/sandbox';
import { octopiSandbox } from '../../src/sandbox/octopi';
import { startOrderGraphProcess, type OrderGraphProcess } from '../support/process';

/**
 * `HEAP_GROWTH_PERCENT` is applied by the process itself (src/main.ts), once it runs: a real
 * ordergraph process is started and says, at start-up, which setting holds its heap's growth.
 */

async function start(emulator: SandboxHandle, env: Record<string, string>, nodeArgs: string[] = []): Promise<OrderGraphProcess> {
  return startOrderGraphProcess(
    {
      ...emulator.env,
      SANDBOX: 'false',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      API_KEYS: JSON.stringify([{ id: 'heap', sha256: createHash('sha256').update('heap-key').digest('hex'), scopes: ['orders:read'] }]),
      ...env,
    },
    'ordergraph',
    nodeArgs,
  );
}

/** The start-up line about the heap's growth (printed just after the listening line). */
async function heapLine(ordergraph: OrderGraphProcess): Promise<string> {
  for (let waited = 0; waited < 10_000; waited += 50) {
    const line = ordergraph
      .output()
      .split('\n')
      .find((l) => l.startsWith('V8 heap growth'));
    if (line) return line;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no heap growth line in:\n${ordergraph.output()}`);
}

describe("a real ordergraph process holds its heap's growth as configured", () => {
  let emulator: SandboxHandle;
  const started: OrderGraphProcess[] = [];
  beforeAll(async () => {
    emulator = await octopiSandbox.start({ seed: 1 });
  });
  afterAll(async () => {
    for (const p of started) p.child.kill('SIGKILL');
    await emulator.close();
  });

  it('sets --heap-growing-percent from HEAP_GROWTH_PERCENT at start-up', async () => {
    const ordergraph = await start(emulator, { HEAP_GROWTH_PERCENT: '60' });
    started.push(ordergraph);
    expect(await heapLine(ordergraph)).toBe('V8 heap growth between full collections: 60% (HEAP_GROWTH_PERCENT, --heap-growing-percent=60)');
  }, 90_000);

  it("leaves V8's own choice with HEAP_GROWTH_PERCENT=0", async () => {
    const ordergraph = await start(emulator, { HEAP_GROWTH_PERCENT: '0' });
    started.push(ordergraph);
    expect(await heapLine(ordergraph)).toBe("V8 heap growth between full collections: V8's own (HEAP_GROWTH_PERCENT=0)");
  }, 90_000);

  it("leaves an operator's own --heap-growing-percent on the command line", async () => {
    const ordergraph = await start(emulator, { HEAP_GROWTH_PERCENT: '60' }, ['--heap-growing-percent=30']);
    started.push(ordergraph);
    expect(await heapLine(ordergraph)).toBe("V8 heap growth between full collections: the operator's own --heap-growing-percent");
  }, 90_000);
});
