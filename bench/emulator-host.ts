import 'reflect-metadata';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OrderProvider } from '../src/core/provider';
import { sandboxModules, type SandboxHandle } from '../src/sandbox';
import { providerModules } from '../src/providers';
import { emit, serveCommands } from './child';

/**
 * Runs one provider's sandbox emulator in its own process:
 *
 *   node -r ./bench/register.js bench/emulator-host.ts --provider OCTOPI --seed 1000 --latency 50 [--record-export]
 *
 * and prints, as one JSON line, its settings (the environment variables that point ordergraph
 * at it, credentials included: loopback sandbox only) and the exact HTTP requests that the
 * provider's own client makes for "read one order", "list 100" and "list 200" (and, with
 * --record-export, "every order, oldest first, to the end"). Those requests
 * are found by running the provider's client once through a recording proxy, so the direct
 * REST baseline replays what ordergraph really sends, for any provider, with no per-vendor code
 * here. Then it answers commands on stdin: `faults` (set latency), `stats` (upstream calls
 * served, and this process's CPU time, since the last `stats`).
 */

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** What "read these orders directly" costs at the vendor's API: the calls and how many orders came back. */
export interface DirectRead {
  requests: RecordedRequest[];
  orders: number;
}

export interface EmulatorReady {
  type: 'ready';
  key: string;
  url: string;
  env: Record<string, string>;
  seeded: number;
  seedMs: number;
  maxPageSize: number;
  /** Global ids of a few orders (newest first). */
  ids: string[];
  reads: { one: DirectRead; list100: DirectRead; list200: DirectRead; all?: DirectRead };
}

const SKIPPED_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

function argument(name: string, fallback?: string): string {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? process.argv[index + 1] : fallback;
  if (value === undefined) throw new Error(`missing --${name}`);
  return value;
}

/** A loopback proxy in front of the emulator that records every request passing through. */
async function recordingProxy(target: string): Promise<{ url: string; recorded: RecordedRequest[]; close(): Promise<void> }> {
  const recorded: RecordedRequest[] = [];
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined && !SKIPPED_HEADERS.has(name)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      recorded.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers, ...(body.length ? { body: body.toString('utf8') } : {}) });
      const forward = http.request(
        { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...headers, 'content-length': String(body.length) } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      forward.on('error', () => res.destroy());
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    recorded,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A direct read asks for the whole answer every time: a 304 would measure nothing. */
function withoutConditionalHeaders({ headers, ...request }: RecordedRequest): RecordedRequest {
  return { ...request, headers: Object.fromEntries(Object.entries(headers).filter(([name]) => !/^if-(none-match|modified-since)$/i.test(name))) };
}

/**
 * The requests without repeats: a client reading every order once never sends the same request
 * twice. The provider may (a whole-list snapshot whose lifetime ends during a long walk on a
 * slow machine revalidates it, and that check, its condition removed, is the list read again).
 */
function onceEach(requests: RecordedRequest[]): RecordedRequest[] {
  const seen = new Set<string>();
  return requests.filter((r) => {
    const key = `${r.method} ${r.path} ${r.body ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Lists `wanted` orders the way the merge does for one provider: pages from its own positions. */
async function listOrders(provider: OrderProvider, wanted: number): Promise<number> {
  let position = null;
  let got = 0;
  for (let round = 0; round < 100 && got < wanted; round++) {
    const page = await provider.listOrders({
      direction: 'DESC',
      limit: Math.min(wanted - got, provider.capabilities.callPageSize ?? provider.capabilities.maxPageSize),
      position,
      filter: {},
    });
    got += page.orders.length;
    if (!page.hasMore || page.orders.length === 0) break;
    position = page.positionAfter(page.orders.length - 1);
  }
  return got;
}

/** Every order, oldest first, the way the merge walks one provider: the vendor's own pagination to the end. */
async function walkAll(provider: OrderProvider): Promise<number> {
  let position = null;
  let got = 0;
  for (;;) {
    // The vendor's own page: one call's worth, where the provider would send several together.
    const page = await provider.listOrders({
      direction: 'ASC',
      limit: provider.capabilities.callPageSize ?? provider.capabilities.maxPageSize,
      position,
      filter: {},
    });
    got += page.orders.length;
    if (!page.hasMore || page.orders.length === 0) return got;
    position = page.positionAfter(page.orders.length - 1);
  }
}

async function discoverReads(handle: SandboxHandle, key: string, recordExport: boolean) {
  const module = providerModules.find((m) => m.key === key)!;
  const proxy = await recordingProxy(handle.server.url);
  try {
    // Point the provider at the proxy: every setting that holds the emulator's URL is rewritten.
    const env = Object.fromEntries(Object.entries(handle.env).map(([name, value]) => [name, value.split(handle.server.url).join(proxy.url)]));
    const create = () => module.create(module.settings.parse(env), { timeoutMs: 120_000, onCall: () => undefined });
    const provider = create();
    // Each read is recorded on a provider of its own, so no copy kept by an earlier read (a
    // whole-list snapshot) hides the vendor calls the read costs.
    const record = async <T>(work: (provider: ReturnType<typeof create>) => Promise<T>): Promise<{ result: T; requests: RecordedRequest[] }> => {
      const reader = create();
      proxy.recorded.length = 0;
      await work(reader); // warm-up: token fetches and the like happen once, not per read
      const warm = proxy.recorded.splice(0);
      const result = await work(reader);
      const measured = proxy.recorded.splice(0);
      // A provider that keeps its own copy (a whole-list snapshot) makes no call the second time:
      // the vendor's cost of the read is then the warm-up's calls, without conditional headers.
      const requests = (measured.length ? measured : warm).map(withoutConditionalHeaders);
      return { result, requests };
    };
    const first = await provider.listOrders({ direction: 'DESC', limit: Math.min(5, provider.capabilities.maxPageSize), position: null, filter: {} });
    const ids = first.orders.map((o) => o.id);
    const oneId = first.orders[0]?.providerId;
    if (oneId === undefined) throw new Error(`${key} emulator has no orders to read`);
    const one = await record(async (reader) => {
      const [order] = await reader.getOrders([oneId]);
      if (order instanceof Error) throw order;
      return 1;
    });
    const list100 = await record((reader) => listOrders(reader, 100));
    const list200 = await record((reader) => listOrders(reader, 200));
    // The export's direct read: one walk of every order (recorded once: it is long), token calls included.
    let all: DirectRead | undefined;
    if (recordExport) {
      proxy.recorded.length = 0;
      const orders = await walkAll(create());
      all = { requests: onceEach(proxy.recorded.splice(0).map(withoutConditionalHeaders)), orders };
    }
    return {
      ids,
      maxPageSize: provider.capabilities.maxPageSize,
      reads: {
        one: { requests: one.requests, orders: one.result },
        list100: { requests: list100.requests, orders: list100.result },
        list200: { requests: list200.requests, orders: list200.result },
        ...(all ? { all } : {}),
      },
    };
  } finally {
    await proxy.close();
  }
}

async function main(): Promise<void> {
  const key = argument('provider').toUpperCase();
  const seed = Number(argument('seed', '200'));
  const latencyMs = Number(argument('latency', '0'));
  const sandbox = sandboxModules.find((m) => m.key === key);
  if (!sandbox) throw new Error(`no emulator of ${key}; registered: ${sandboxModules.map((m) => m.key).join(', ')}`);

  const started = performance.now();
  const handle = await sandbox.start({ seed, port: 0 });
  const seedMs = performance.now() - started;
  const discovered = await discoverReads(handle, key, process.argv.includes('--record-export'));
  handle.server.clearLog();
  if (latencyMs > 0) handle.server.setFaults({ latencyMs });

  // The request log grows with every call; fold it into a counter so a long run stays small.
  let served = 0;
  const fold = () => {
    served += handle.server.log.length;
    handle.server.clearLog();
  };
  setInterval(fold, 1000).unref();
  // The emulator's own CPU time since the last `stats`: what serving those calls cost the machine.
  const cpuUs = () => {
    const { user, system } = process.cpuUsage();
    return user + system;
  };
  let cpuAtStats = cpuUs();

  const ready: EmulatorReady = { type: 'ready', key, url: handle.server.url, env: handle.env, seeded: seed, seedMs, ...discovered };
  emit({ ...ready });

  serveCommands(
    async (command) => {
      switch (command.cmd) {
        case 'faults':
          handle.server.setFaults({ latencyMs: Number(command.latencyMs) || 0 });
          return {};
        case 'stats': {
          fold();
          const calls = served;
          served = 0;
          const now = cpuUs();
          const spent = now - cpuAtStats;
          cpuAtStats = now;
          return { calls, cpuUs: spent };
        }
        default:
          throw new Error(`unknown command ${command.cmd}`);
      }
    },
    () => void handle.close().finally(() => process.exit(0)),
  );
}

main().catch((error: Error) => {
  emit({ type: 'fatal', error: error.stack ?? String(error) });
  process.exit(1);
});
