import { readFileSync } from 'node:fs';

/**
 * Where the time goes: aggregates a V8 CPU profile (.cpuprofile, as written by
 * `node --cpu-prof` or the inspector) into self time per category of the read path, so that
 * the next optimisation is picked from data. A sample's time is charged to the function on top
 * of the stack (self time); builtins such as JSON.parse and JSON.stringify have no frame of
 * their own and count for the JS function that called them, which is why the categories below
 * name a few functions (`parseJson`, `prettyJSONStringify`) as well as files.
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface CategoryTime {
  category: string;
  ms: number;
  /** Share of the busy (non-idle) time. */
  share: number;
}

export interface ProfileSummary {
  /** Busy CPU time in the profile (idle excluded), ms. */
  busyMs: number;
  /** Busy time per operation served during the profile, ms. */
  msPerOperation?: number;
  categories: CategoryTime[];
  /** The functions with the most self time, for the next look. */
  topFunctions: Array<{ name: string; ms: number; share: number }>;
}

type Rule = [category: string, test: (url: string, fn: string) => boolean];

const under = (pattern: RegExp) => (url: string) => pattern.test(url);

/** First matching rule wins; order matters (specific functions before their files). */
export const CATEGORY_RULES: Rule[] = [
  ['idle', (_u, fn) => fn === '(idle)'],
  ['garbage collection', (_u, fn) => fn === '(garbage collector)'],
  ['JSON parsing (vendor bodies)', (u, fn) => /src\/core\/http\.ts$/.test(u) && fn === 'parseJson'],
  ['serialisation (response JSON)', (u, fn) => fn === 'prettyJSONStringify' || (/@apollo\/server\/.*runHttpQuery/.test(u) && /stringify/i.test(fn))],
  [
    'HTTP client (node-fetch, node:http client, ProviderHttp)',
    under(/node-fetch|fetch-blob|formdata-polyfill|data-uri-to-buffer|undici|node:_http_client|node:_http_agent|src\/core\/http\.ts$/),
  ],
  [
    'HTTP server (Fastify, node:http server, ordergraph routing and gate)',
    under(
      /node:_http_server|node:_http_outgoing|src\/server\.ts$|src\/http\/|src\/access\/|node_modules\/(fastify|@fastify|find-my-way|avvio|light-my-request|fast-json-stringify|cors|vary|object-assign)\//,
    ),
  ],
  [
    'logs, metrics, tracing (pino, prom-client, OpenTelemetry)',
    under(
      /src\/observability\/|node_modules\/(pino[^/]*|prom-client|@opentelemetry\/[^/]+|fast-redact|sonic-boom|thread-stream|quick-format-unescaped|on-exit-leak-free|atomic-sleep)\//,
    ),
  ],
  ['resilience (circuit breaker, retries, limits)', under(/node_modules\/opossum\/|src\/core\/resilience\.ts$|src\/limits\//)],
  // Native frames that do the socket system calls (the kernel's loopback work is charged here too).
  ['socket writes (system calls)', (u, fn) => u === '' && /^(writev|writeBuffer|write(Latin1|Utf8|Ascii|Ucs2)String|writeString)$/.test(fn)],
  // graphql-jit compiles each query with `new Function`: its frames have no file.
  ['GraphQL execution (graphql-jit compiled query)', (u, fn) => u === '' && (fn === '(anonymous)' || /__|Handler$|Resolver$|Serializer$/.test(fn))],
  ['Node I/O (sockets, streams, parser, timers, events)', under(/^node:/)],
  ['mapping (vendor wire -> unified model)', under(/src\/providers\/[^/]+\/mapper\.ts$|src\/core\/iso6346\.ts$/)],
  ['providers, merge, loaders, cursors', under(/src\/providers\/|src\/core\/|node_modules\/dataloader\//)],
  ['GraphQL parse + validate', under(/node_modules\/graphql\/(language|validation)\//)],
  [
    'GraphQL execution (graphql-js, type-graphql, scalars, resolvers)',
    under(/node_modules\/(graphql|graphql-jit|type-graphql|graphql-scalars|@apollo\/subgraph)\/|src\/graphql\/|src\/model\//),
  ],
  ['Apollo Server request pipeline', under(/node_modules\/@apollo\//)],
  ['V8 / native (program)', (u, fn) => fn === '(program)' || fn === '(root)' || u === ''],
  ['other JS', () => true],
];

export function categoryOf(frame: CallFrame): string {
  const url = frame.url.replace(/\\/g, '/');
  for (const [category, test] of CATEGORY_RULES) if (test(url, frame.functionName)) return category;
  return 'other JS';
}

export function summariseProfile(path: string, operations?: number): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  // A sample lasts until the next one; the last one gets the profile's end.
  let t = profile.startTime;
  const stamps = profile.timeDeltas.map((d) => (t += d));
  for (let i = 0; i < profile.samples.length; i++) {
    const next = i + 1 < stamps.length ? stamps[i + 1] : profile.endTime;
    const duration = Math.max(0, next - stamps[i]);
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + duration);
  }

  const categories = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    const category = categoryOf(frame);
    categories.set(category, (categories.get(category) ?? 0) + us);
    if (category === 'idle') continue;
    const file = frame.url
      .replace(/^.*\/node_modules\//, '')
      .replace(/^.*\/(src|bench)\//, '$1/')
      .replace(/^file:\/\//, '');
    const name = `${frame.functionName || '(anonymous)'} ${file}${file ? `:${frame.lineNumber + 1}` : ''}`;
    functions.set(name, (functions.get(name) ?? 0) + us);
  }
  const busyUs = [...categories].filter(([c]) => c !== 'idle').reduce((sum, [, us]) => sum + us, 0);
  const share = (us: number) => (busyUs > 0 ? us / busyUs : 0);
  return {
    busyMs: busyUs / 1000,
    msPerOperation: operations ? busyUs / 1000 / operations : undefined,
    categories: [...categories]
      .filter(([c]) => c !== 'idle')
      .sort((a, b) => b[1] - a[1])
      .map(([category, us]) => ({ category, ms: us / 1000, share: share(us) })),
    topFunctions: [...functions]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([name, us]) => ({ name, ms: us / 1000, share: share(us) })),
  };
}
