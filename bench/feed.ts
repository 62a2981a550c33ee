import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { appendChanges, PostgresChangeLog, type NewOrderChange } from '../src/changes/postgres-log';
import { OrderChangeKind } from '../src/changes/kinds';
import { providerPrefix, type ProviderKey } from '../src/core/provider-key';
import { OrderStatus } from '../src/model/enums';
import type { Order } from '../src/model/order';
import { sandboxModules, type SandboxHandle } from '../src/sandbox';
import { postgresDatabase } from '../src/state/database';

/**
 * The `feed` scenario (opt-in: `npm run bench -- --scenarios feed`, needs PostgreSQL at
 * BENCH_POSTGRES_URL, default the test machine's): ordergraph in its own process on a fresh
 * database, polling the five emulators (in the harness's process) every `pollIntervalMs`.
 * - latency: one order changed at a vendor picked at random, then orderChanges asked every 20 ms
 *   until the change is there; one change at a time, started at a random point of the cycle;
 *   target: within one poll interval plus 1 s;
 * - upstream calls per poll cycle per vendor (ordergraph's own counters), quiet and while changing;
 * - the feed's throughput on PostgreSQL: appends in transactions of 500 changes, reads in pages of
 *   500 through PostgresChangeLog, and the same read through orderChanges over HTTP.
 */

export interface FeedBench {
  pollIntervalMs: number;
  seed: number;
  latency: { changes: number; p50Ms: number; p95Ms: number; maxMs: number; targetMs: number; withinTarget: number };
  calls: Array<{ provider: string; quietCallsPerCycle: number; busyCallsPerCycle: number; cycles: number; latencyP50Ms: number; latencyMaxMs: number }>;
  throughput: { changes: number; batch: number; writePerS: number; readPerS: number; graphqlReadPerS: number };
}

const KEY = 'bench-feed-key';
const ROOT = join(__dirname, '..');

async function freshDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `ordergraph_bench_feed_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

function startOrderGraph(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['-r', './bench/register.js', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ordergraph did not start:\n${output}`)), 90_000);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      if (process.env.BENCH_FEED_LOG_LEVEL) process.stderr.write(chunk);
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s/]+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.once('exit', () => reject(new Error(`ordergraph exited:\n${output}`)));
  });
}

async function metric(url: string, name: string, outcome?: string): Promise<Record<string, number>> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const values: Record<string, number> = {};
  const pattern = new RegExp(`^${name}\\{provider="(\\w+)"${outcome ? `,outcome="${outcome}"` : ''}\\} (\\S+)$`);
  for (const line of text.split('\n')) {
    const match = pattern.exec(line);
    if (match) values[match[1]] = Number(match[2]);
  }
  return values;
}

async function graphql<T>(url: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function feedScenario(options: {
  pollIntervalMs: number;
  changes: number;
  seed: number;
  throughputChanges: number;
  quietS: number;
  log: (line: string) => void;
}): Promise<FeedBench> {
  const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const db = await freshDatabase(adminUrl);
  const sandboxes = new Map<ProviderKey, SandboxHandle>();
  let ordergraph: { child: ChildProcess; url: string } | undefined;
  const store = postgresDatabase(db.url);
  try {
    for (const module of sandboxModules) sandboxes.set(module.key, await module.start({ seed: options.seed }));
    ordergraph = await startOrderGraph({
      ...Object.assign({}, ...[...sandboxes.values()].map((s) => s.env)),
      SANDBOX: 'false',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.BENCH_FEED_LOG_LEVEL ?? 'silent',
      DATABASE_URL: db.url,
      RESPONSE_CACHE_TTL_SECONDS: '0',
      RATE_LIMIT_PER_SECOND: '0',
      HEALTH_PROBE_INTERVAL_MS: '600000',
      CHANGE_POLL_INTERVAL_MS: String(options.pollIntervalMs),
      API_KEYS: JSON.stringify([{ id: 'bench-feed', sha256: createHash('sha256').update(KEY).digest('hex'), scopes: ['orders:read'] }]),
    });
    const { url } = ordergraph;
    for (;;) {
      const { rows } = await store.query<{ n: number }>('SELECT count(*)::int AS n FROM change_detectors WHERE baselined');
      if (rows[0]?.n === sandboxes.size) break;
      await sleep(100);
    }

    options.log(`feed: quiet vendors for ${options.quietS} s`);
    const calls = () => metric(url, 'ordergraph_change_poll_upstream_calls_total');
    const cycles = () => metric(url, 'ordergraph_change_poll_cycles_total', 'committed');
    const [quietCalls0, quietCycles0] = await Promise.all([calls(), cycles()]);
    await sleep(options.quietS * 1000);
    const [quietCalls1, quietCycles1] = await Promise.all([calls(), cycles()]);

    options.log(`feed: ${options.changes} changes, one at a time, poll interval ${options.pollIntervalMs} ms`);
    const latencies: number[] = [];
    const byVendor = new Map<string, number[]>();
    const vendors = [...sandboxes.entries()];
    for (let i = 0; i < options.changes; i += 1) {
      await sleep(Math.random() * options.pollIntervalMs);
      const [key, sandbox] = vendors[i % vendors.length];
      const [change] = sandbox.changeOrders(1);
      if (!change) continue;
      const started = performance.now();
      const orderId = `${providerPrefix(key)}:${change.id}`;
      const before = (await store.query<{ n: number }>('SELECT count(*)::int AS n FROM order_changes WHERE order_id = $1', [orderId])).rows[0].n;
      for (;;) {
        const data = await graphql<{ orderChanges: { edges: unknown[] } }>(
          url,
          'query($id: ID!) { orderChanges(first: 50, filter: { orderIds: [$id] }) { edges { cursor } } }',
          { id: orderId },
        );
        if (data.orderChanges.edges.length > before) break;
        if (performance.now() - started > options.pollIntervalMs + 30_000) throw new Error(`${orderId} never reached the feed`);
        await sleep(20);
      }
      latencies.push(performance.now() - started);
      byVendor.set(key, [...(byVendor.get(key) ?? []), performance.now() - started]);
    }
    const [busyCalls1, busyCycles1] = await Promise.all([calls(), cycles()]);

    options.log(`feed: throughput, ${options.throughputChanges} changes`);
    const template = (await new PostgresChangeLog(store).read({ afterSequence: 0, limit: 1 }))[0]?.order;
    const order: Order =
      template ?? ({ id: 'octopi:1', provider: 'OCTOPI', providerId: '1', status: OrderStatus.PENDING, createdAt: new Date() } as unknown as Order);
    const batch = 500;
    const log = new PostgresChangeLog(store);
    const from = await log.latestSequence();
    const writeStarted = performance.now();
    for (let written = 0; written < options.throughputChanges; written += batch) {
      const changes: NewOrderChange[] = Array.from({ length: Math.min(batch, options.throughputChanges - written) }, (_, i) => ({
        provider: order.provider as ProviderKey,
        orderId: `${order.id}-${written + i}`,
        kind: OrderChangeKind.STATUS_CHANGED,
        previousStatus: OrderStatus.PENDING,
        changedFields: ['status'],
        detectedAt: new Date(),
        order,
      }));
      await store.transaction((tx) => appendChanges(tx, changes));
    }
    const writeS = (performance.now() - writeStarted) / 1000;
    const readStarted = performance.now();
    let read = 0;
    for (let after = from; ;) {
      const page = await log.read({ afterSequence: after, limit: batch });
      if (page.length === 0) break;
      read += page.length;
      after = page[page.length - 1].sequence;
    }
    const readS = (performance.now() - readStarted) / 1000;
    const graphqlStarted = performance.now();
    let graphqlRead = 0;
    let cursor: string | null = null;
    for (;;) {
      const data: { orderChanges: { edges: Array<{ cursor: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await graphql(
        url,
        'query($after: String) { orderChanges(first: 500, after: $after) { edges { cursor node { sequence kind orderId order { id status } } } pageInfo { hasNextPage endCursor } } }',
        { after: cursor },
      );
      graphqlRead += data.orderChanges.edges.length;
      if (!data.orderChanges.pageInfo.hasNextPage) break;
      cursor = data.orderChanges.pageInfo.endCursor;
    }
    const graphqlS = (performance.now() - graphqlStarted) / 1000;

    const sorted = [...latencies].sort((a, b) => a - b);
    const targetMs = options.pollIntervalMs + 1000;
    const perCycle = (c0: Record<string, number>, c1: Record<string, number>, y0: Record<string, number>, y1: Record<string, number>, key: string) =>
      (c1[key] - (c0[key] ?? 0)) / Math.max(1, y1[key] - (y0[key] ?? 0));
    return {
      pollIntervalMs: options.pollIntervalMs,
      seed: options.seed,
      latency: {
        changes: latencies.length,
        p50Ms: percentile(sorted, 0.5),
        p95Ms: percentile(sorted, 0.95),
        maxMs: sorted.at(-1) ?? 0,
        targetMs,
        withinTarget: latencies.filter((l) => l <= targetMs).length,
      },
      calls: [...sandboxes.keys()].map((key) => ({
        provider: key,
        quietCallsPerCycle: perCycle(quietCalls0, quietCalls1, quietCycles0, quietCycles1, key),
        busyCallsPerCycle: perCycle(quietCalls1, busyCalls1, quietCycles1, busyCycles1, key),
        cycles: busyCycles1[key] - (quietCycles0[key] ?? 0),
        latencyP50Ms: percentile(
          [...(byVendor.get(key) ?? [0])].sort((a, b) => a - b),
          0.5,
        ),
        latencyMaxMs: Math.max(...(byVendor.get(key) ?? [0])),
      })),
      throughput: { changes: read, batch, writePerS: options.throughputChanges / writeS, readPerS: read / readS, graphqlReadPerS: graphqlRead / graphqlS },
    };
  } finally {
    ordergraph?.child.kill('SIGKILL');
    await store.close();
    await Promise.all([...sandboxes.values()].map((s) => s.close()));
    await db.drop();
  }
}

export function feedMarkdown(feed: FeedBench): string[] {
  const n = (value: number, digits = 0) => value.toFixed(digits);
  return [
    `**Change feed** (ordergraph in its own process on PostgreSQL, the five emulators with ${feed.seed} orders each, poll interval ${feed.pollIntervalMs} ms)`,
    '',
    `Change at a vendor to its appearance in orderChanges, ${feed.latency.changes} changes one at a time: p50 ${n(feed.latency.p50Ms)} ms, p95 ${n(feed.latency.p95Ms)} ms, max ${n(feed.latency.maxMs)} ms; ${feed.latency.withinTarget} of ${feed.latency.changes} within the target of ${feed.latency.targetMs} ms (poll interval + 1 s).`,
    '',
    '| vendor | upstream calls per cycle, quiet | while changing | cycles | change to feed p50 ms | max ms |',
    '|---|---:|---:|---:|---:|---:|',
    ...feed.calls.map(
      (c) => `| ${c.provider} | ${n(c.quietCallsPerCycle, 2)} | ${n(c.busyCallsPerCycle, 2)} | ${c.cycles} | ${n(c.latencyP50Ms)} | ${n(c.latencyMaxMs)} |`,
    ),
    '',
    `Feed on PostgreSQL, ${feed.throughput.changes} changes: appended ${n(feed.throughput.writePerS)} changes/s (transactions of ${feed.throughput.batch}), read ${n(feed.throughput.readPerS)} changes/s (pages of ${feed.throughput.batch}), read through orderChanges over HTTP ${n(feed.throughput.graphqlReadPerS)} changes/s (first: 500, each with its order's id and status).`,
  ];
}
