import { createHash, randomBytes } from 'node:crypto';
import { loadPlaygroundTabs } from '../src/playground/operations';
import { SOGET_ORDERS_PATH } from '../src/providers/soget/wire';
import { BENCH_API_KEY, Cluster } from './cluster';

/**
 * The `uploads` scenario: ordergraph's memory while it receives SOGET attachments by the GraphQL
 * multipart request spec and streams them into SOGET's multipart create. ordergraph runs alone
 * with the SOGET emulator (each in its own process); the harness sends each file a few times,
 * one request at a time, and checks that the emulator received it byte for byte (its SHA-256).
 * Memory is ordergraph's RSS: after a full collection before a size's uploads (baseline),
 * its peak while they run (the kernel's high-water mark), and after a full collection at the end. The same
 * files are then sent in base64 inside a JSON body (MAX_BODY_BYTES raised for it), the way
 * attachments travelled before uploads, as the comparison in the same run.
 */

export interface UploadSize {
  /** `multipart`: an Upload (GraphQL multipart request spec); `base64`: the same file inside the JSON body, for comparison. */
  via: 'multipart' | 'base64';
  mib: number;
  uploads: number;
  /** Uploads whose SHA-256 at the emulator equals the sender's. */
  identical: number;
  /** Median time of one upload create, ms. */
  p50Ms: number;
  baselineRssMb: number;
  peakRssMb: number;
  /** Peak RSS above the baseline, MB: what receiving and forwarding the file cost. */
  peakOverBaselineMb: number;
  retainedMb: number;
}

export interface Uploads {
  maxFileMib: number;
  sizes: UploadSize[];
}

const MiB = 2 ** 20;

/** The example create of schema/operations (the playground's tab), each upload with its own order number and bill of lading. */
function createOperation(): { query: string; variables: (n: string) => Record<string, unknown> } {
  const tab = loadPlaygroundTabs().find((t) => t.query.includes('createSogetTransportOrder('));
  if (!tab?.variables) throw new Error('schema/operations has no createSogetTransportOrder example with variables');
  const example = JSON.parse(tab.variables) as { input: { transportOrderNumber: string; containers: Array<{ billOfLading: string }> } };
  return {
    query: tab.query,
    variables: (n) => {
      const input = structuredClone(example.input);
      input.transportOrderNumber = `BENCH-UPLOAD-${n}`;
      input.containers[0].billOfLading = `BOL-BENCH-${n}`;
      return { input, attachments: [{ file: null }] };
    },
  };
}

export async function uploadScenario(sizesMib: number[], repeats: number, env: Record<string, string>, nodeArgs: string[]): Promise<Uploads> {
  const maxFileMib = Math.max(...sizesMib) + 1;
  const cluster = await Cluster.start({
    keys: ['SOGET'],
    seed: 20,
    providerTimeoutMs: 120_000,
    env: {
      API_KEYS: JSON.stringify([{ id: 'bench', sha256: createHash('sha256').update(BENCH_API_KEY).digest('hex'), scopes: ['orders:read', 'orders:write'] }]),
      UPLOAD_MAX_FILE_BYTES: String(maxFileMib * MiB),
      UPLOAD_MAX_REQUEST_BYTES: String((maxFileMib + 1) * MiB),
      MAX_BODY_BYTES: String(Math.min(100_000_000, Math.ceil(maxFileMib * MiB * 1.4))),
      ...env,
    },
    nodeArgs,
  });
  try {
    const operation = createOperation();
    const soget = cluster.emulator('SOGET').ready;
    const sizes: UploadSize[] = [];
    for (const via of ['multipart', 'base64'] as const) {
      for (const mib of sizesMib) {
        const bytes = randomBytes(mib * MiB);
        const digest = createHash('sha256').update(bytes).digest('hex');
        const baseline = await cluster.usage(true);
        const times: number[] = [];
        let identical = 0;
        for (let i = 0; i < repeats; i++) {
          const n = `${via}-${mib}-${i}-${Date.now()}`;
          const started = performance.now();
          const response = await fetch(`${cluster.url}/graphql`, {
            method: 'POST',
            signal: AbortSignal.timeout(300_000),
            ...request(via, operation.query, operation.variables(n), bytes, `bench-${mib}mib.pdf`),
          });
          const body = (await response.json()) as { data?: { createSogetTransportOrder?: { providerId: string } }; errors?: unknown[] };
          times.push(performance.now() - started);
          const id = body.data?.createSogetTransportOrder?.providerId;
          if (!response.ok || !id)
            throw new Error(`upload of ${mib} MiB (${via}) answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
          const files = await sogetFiles(soget.url, soget.env, id);
          if (files.length === 1 && files[0].sha256 === digest && files[0].size === bytes.length) identical += 1;
        }
        const after = await cluster.usage();
        const retained = await cluster.usage(true);
        const size: UploadSize = {
          via,
          mib,
          uploads: repeats,
          identical,
          p50Ms: times.sort((a, b) => a - b)[Math.floor(times.length / 2)],
          baselineRssMb: baseline.rss / MiB,
          peakRssMb: after.peakRss / MiB,
          peakOverBaselineMb: (after.peakRss - baseline.rss) / MiB,
          retainedMb: retained.rss / MiB,
        };
        sizes.push(size);
        console.error(
          `[bench] uploads (${via}): ${mib} MiB x ${repeats}: ${identical} identical at SOGET, p50 ${size.p50Ms.toFixed(0)} ms, RSS ${size.baselineRssMb.toFixed(0)} -> peak ${size.peakRssMb.toFixed(0)} MB (+${size.peakOverBaselineMb.toFixed(1)})`,
        );
      }
    }
    return { maxFileMib, sizes };
  } finally {
    await cluster.stop();
  }
}

/** One create with the file as an Upload (operations, map, file) or in base64 inside the JSON body. */
function request(
  via: 'multipart' | 'base64',
  query: string,
  variables: Record<string, unknown>,
  bytes: Buffer,
  fileName: string,
): { headers: Record<string, string>; body: FormData | string } {
  const headers: Record<string, string> = { authorization: `Bearer ${BENCH_API_KEY}` };
  if (via === 'base64') {
    const attachments = [{ fileName, contentType: 'application/pdf', contentBase64: bytes.toString('base64') }];
    return { headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { ...variables, attachments } }) };
  }
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables }));
  form.append('map', JSON.stringify({ 1: ['variables.attachments.0.file'] }));
  form.append('1', new Blob([bytes], { type: 'application/pdf' }), fileName);
  return { headers, body: form };
}

/** The files the SOGET emulator recorded for an order (its read lists them with their SHA-256). */
async function sogetFiles(base: string, env: Record<string, string>, id: string): Promise<Array<{ size: number; sha256: string }>> {
  const token = (await fetch(`${base}/soget-connect/v1/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: env.SOGET_CLIENT_ID, client_secret: env.SOGET_CLIENT_SECRET }),
  }).then((r) => r.json())) as { access_token: string };
  const order = await fetch(`${base}${SOGET_ORDERS_PATH}/${id}`, {
    headers: { Authorization: `Bearer ${token.access_token}`, 'Ocp-Apim-Subscription-Key': env.SOGET_SUBSCRIPTION_KEY },
  });
  return ((await order.json()) as { files: Array<{ size: number; sha256: string }> }).files;
}
