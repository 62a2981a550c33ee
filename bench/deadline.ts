import { fork } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ProviderHttp, type HttpClientName } from '../src/core/http';
import { ProviderKey } from '../src/providers';

/**
 * `npm run bench:deadline`: when does a PROVIDER_TIMEOUT_MS deadline fire? A vendor process on
 * loopback either never answers (`hang`) or sends its headers and then one byte every 20 ms
 * (`trickle`); ordergraph's HTTP layer calls it `--calls` times per client and shape, `--inflight`
 * at once, and the table gives how long past the setting each call failed (min, median, p95,
 * p99, max). The vendor runs in its own process so its timers do not delay the client's.
 *
 *   npm run bench:deadline -- --timeout 500 --calls 400 --inflight 20
 */

const arg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};

function vendor(): void {
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/hang')) return;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('[');
    const timer = setInterval(() => res.write(' '), 20);
    res.on('close', () => clearInterval(timer));
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send!((server.address() as AddressInfo).port));
}

async function measure(baseUrl: string, client: HttpClientName, shape: string, timeoutMs: number, calls: number, inflight: number): Promise<number[]> {
  const vendorHttp = new ProviderHttp({ provider: ProviderKey.OCTOPI, baseUrl, timeoutMs, client });
  const overshoots: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: inflight }, async () => {
      while (next < calls) {
        next += 1;
        const started = performance.now();
        const error = await vendorHttp.get(`/${shape}`).then(
          () => null,
          (e: { extensions?: { reason?: string } }) => e,
        );
        if (error?.extensions?.reason !== 'TIMEOUT') throw new Error(`expected a timeout, got ${JSON.stringify(error)}`);
        overshoots.push(performance.now() - started - timeoutMs);
      }
    }),
  );
  return overshoots.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  if (process.argv.includes('--vendor')) return vendor();
  const timeoutMs = arg('timeout', 500);
  const calls = arg('calls', 400);
  const inflight = arg('inflight', 20);
  const child = fork(__filename, ['--vendor'], { execArgv: ['-r', require.resolve('./register.js')] });
  const port = await new Promise<number>((resolve) => child.once('message', (m) => resolve(Number(m))));
  const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
  console.log(`PROVIDER_TIMEOUT_MS=${timeoutMs}, ${calls} calls per row, ${inflight} in flight; milliseconds past the setting when the call failed\n`);
  console.log('| client | vendor | min | median | p95 | p99 | max |');
  console.log('|---|---|---|---|---|---|---|');
  try {
    for (const client of ['undici', 'node-fetch'] as const) {
      for (const shape of ['hang', 'trickle']) {
        const o = await measure(`http://127.0.0.1:${port}`, client, shape, timeoutMs, calls, inflight);
        console.log(`| ${client} | ${shape} | ${at(o, 0)} | ${at(o, 0.5)} | ${at(o, 0.95)} | ${at(o, 0.99)} | ${at(o, 1)} |`);
      }
    }
  } finally {
    child.kill();
  }
}

void main().then(
  () => undefined,
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
