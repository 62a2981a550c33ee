import { createHash } from 'node:crypto';
import net from 'node:net';
import { octopiSandbox } from '../../src/sandbox/octopi';
import type { SandboxHandle } from '../../src/sandbox';
import { startOrderGraphProcess } from '../support/process';

const KEY = 'shutdown-test-key';
const CREATES = 6;
const CREATE_LATENCY_MS = 1500;

/** One raw HTTP/1.1 connection: what is written, and everything read until the server closes it. */
function rawConnection(port: number, request: string): { answer: Promise<string>; write(more: string): void } {
  const socket = net.connect(port, '127.0.0.1');
  let answer = '';
  socket.write(request);
  return {
    answer: new Promise((resolve, reject) => {
      socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
      socket.on('end', () => resolve(answer));
      socket.on('error', reject);
    }),
    write: (more) => void socket.write(more),
  };
}

function createRequest(port: number, n: number): string {
  const body = JSON.stringify({
    query:
      'mutation Create($input: CreateOctopiServiceOrderInput!, $key: String) { createOctopiServiceOrder(input: $input, idempotencyKey: $key) { id orderNumber } }',
    variables: { input: { orderNumber: `SHUT-${n}`, cargoType: 'CONTAINER', containerIds: [4337700], serviceIds: ['cleaning'] }, key: `shutdown-${n}` },
  });
  return `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${KEY}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** A real ordergraph process in front of its own Octopi emulator, with a long grace period. */
async function startBehindOctopi() {
  const emulator = await octopiSandbox.start({ seed: 2 });
  const ordergraph = await startOrderGraphProcess({
    ...emulator.env,
    SANDBOX: 'false',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    API_KEYS: JSON.stringify([{ id: 'shutdown-test', sha256: createHash('sha256').update(KEY).digest('hex'), scopes: ['orders:write'] }]),
    SHUTDOWN_GRACE_MS: '20000',
  });
  return { emulator, ordergraph };
}

describe('graceful shutdown of a real ordergraph process', () => {
  let emulator: SandboxHandle;
  let ordergraph: Awaited<ReturnType<typeof startOrderGraphProcess>>;
  beforeAll(async () => {
    ({ emulator, ordergraph } = await startBehindOctopi());
  }, 90_000);
  afterAll(async () => {
    ordergraph.child.kill('SIGKILL');
    await emulator.close();
  });

  it('on SIGTERM refuses new connections, finishes every create in flight exactly once, closes each connection after its answer, then exits', async () => {
    const port = Number(new URL(ordergraph.url).port);
    emulator.server.setFaults({ latencyMs: CREATE_LATENCY_MS, method: 'POST' });
    emulator.server.clearLog();

    // Creates in flight, each on its own kept-alive connection.
    const connections = Array.from({ length: CREATES }, (_, n) => rawConnection(port, createRequest(port, n)));
    // Every create has reached the vendor (slowly answering) before the signal.
    while (emulator.server.log.filter((r) => r.method === 'POST').length < CREATES) await new Promise((resolve) => setTimeout(resolve, 20));
    ordergraph.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));

    const refused = await new Promise<string>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.on('connect', () => (socket.destroy(), resolve('connected')));
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');

    const answers = await Promise.all(connections.map((c) => c.answer));
    answers.forEach((answer, n) => {
      expect(answer).toMatch(/^HTTP\/1\.1 200 /);
      // Closed after its answer, not left open until the grace period ends.
      expect(answer).toMatch(/\r\nconnection: close\r\n/i);
      expect(answer).toContain(`"orderNumber":"SHUT-${n}"`);
    });

    // Made exactly once each, as counted at the vendor.
    const posts = emulator.server.log.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(CREATES);
    expect(await ordergraph.exited).toBe(0);
  }, 60_000);
});

describe('readiness of a real ordergraph process during its shutdown', () => {
  let emulator: SandboxHandle;
  let ordergraph: Awaited<ReturnType<typeof startOrderGraphProcess>>;
  beforeAll(async () => {
    ({ emulator, ordergraph } = await startBehindOctopi());
  }, 90_000);
  afterAll(async () => {
    ordergraph.child.kill('SIGKILL');
    await emulator.close();
  });

  it('answers /ready with 503 as soon as SIGTERM arrives, while the creates in flight are still running', async () => {
    const port = Number(new URL(ordergraph.url).port);
    const probe = (connection: ReturnType<typeof rawConnection>) => connection.answer.then((answer) => answer.split('\r\n')[0]);
    // Ready before the signal.
    expect(await probe(rawConnection(port, `GET /ready HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`))).toBe('HTTP/1.1 200 OK');

    emulator.server.setFaults({ latencyMs: CREATE_LATENCY_MS, method: 'POST' });
    emulator.server.clearLog();
    let createsAnswered = 0;
    const creates = Array.from({ length: 3 }, (_, n) => rawConnection(port, createRequest(port, n)));
    for (const create of creates) void create.answer.then(() => (createsAnswered += 1));
    while (emulator.server.log.filter((r) => r.method === 'POST').length < creates.length) await new Promise((resolve) => setTimeout(resolve, 20));

    // A load balancer's probe on a connection it already holds: its request line is on the
    // wire before the signal (a new connection would be refused once the listener closes).
    const readiness = rawConnection(port, `GET /ready HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    ordergraph.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    readiness.write('\r\n');

    const status = await probe(readiness);
    const answeredBeforeReadiness = createsAnswered;
    expect(status).toMatch(/^HTTP\/1\.1 503 /);
    // At once: not after the drain, while every create was still waiting for the vendor.
    expect(answeredBeforeReadiness).toBe(0);

    const answers = await Promise.all(creates.map((c) => c.answer));
    for (const answer of answers) expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(emulator.server.log.filter((r) => r.method === 'POST')).toHaveLength(creates.length);
    expect(await ordergraph.exited).toBe(0);
  }, 60_000);
});
