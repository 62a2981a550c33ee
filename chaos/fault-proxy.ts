import http from 'node:http';

/**
 * A fault-injecting HTTP proxy in front of one vendor. Reads pass through untouched; a create
 * (a POST whose body holds a chaos marker) meets one fault drawn from the profile. Every create
 * that reached the vendor is recorded with the vendor's answer: with the marker, that record is
 * the truth of which key made which orders.
 */
export type Fault = 'none' | 'delay-past-timeout' | 'drop-after-vendor' | '502-before' | '502-after' | 'late-commit';

export type FaultProfile = 'brief' | 'late';

export const PROFILES: Record<FaultProfile, Array<[Fault, number]>> = {
  // Brief faults: answers delayed past the timeout, connections dropped after the vendor did the work, 502s before and after forwarding.
  brief: [
    ['none', 0.5],
    ['delay-past-timeout', 0.125],
    ['drop-after-vendor', 0.125],
    ['502-before', 0.125],
    ['502-after', 0.125],
  ],
  // Late commits: the client's connection is dropped at once, the create reaches the vendor 0.6 to 3 s later.
  late: [
    ['none', 0.5],
    ['late-commit', 0.5],
  ],
};

export interface ForwardedCreate {
  marker: string;
  /** When ordergraph's request reached the proxy (ms since the epoch). */
  receivedAt: number;
  /** When the vendor had answered it, i.e. committed the order or refused it (ms since the epoch). */
  committedAt: number;
  fault: Fault;
  status: number;
  body: string;
}

export interface FaultProxy {
  url: string;
  /** Creates that reached the vendor, with the vendor's answer. */
  forwarded: ForwardedCreate[];
  faults: Map<Fault, number>;
  /** Resolves once every late create has been forwarded. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export async function startFaultProxy(options: {
  target: string;
  profile: FaultProfile;
  markerPattern: RegExp;
  timeoutMs: number;
  random: () => number;
}): Promise<FaultProxy> {
  const target = new URL(options.target);
  const forwarded: ForwardedCreate[] = [];
  const faults = new Map<Fault, number>();
  const pending = new Set<Promise<unknown>>();

  const forward = (req: http.IncomingMessage, body: Buffer): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> =>
    new Promise((resolve, reject) => {
      const upstream = http.request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
          res.on('error', reject);
        },
      );
      upstream.on('error', reject);
      upstream.end(body);
    });

  const draw = (): Fault => {
    let roll = options.random();
    for (const [fault, weight] of PROFILES[options.profile]) {
      if (roll < weight) return fault;
      roll -= weight;
    }
    return 'none';
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    const receivedAt = Date.now();
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const marker = req.method === 'POST' ? options.markerPattern.exec(body.toString('latin1'))?.[0] : undefined;
      const fault: Fault = marker ? draw() : 'none';
      if (marker) faults.set(fault, (faults.get(fault) ?? 0) + 1);
      const reply = (answer: { status: number; headers: http.IncomingHttpHeaders; body: Buffer }) => {
        const { 'transfer-encoding': _t, connection: _c, 'content-length': _l, ...headers } = answer.headers;
        res.writeHead(answer.status, { ...headers, 'content-length': answer.body.length });
        res.end(answer.body);
      };
      const record = (answer: { status: number; body: Buffer }) => {
        if (marker) forwarded.push({ marker, receivedAt, committedAt: Date.now(), fault, status: answer.status, body: answer.body.toString('utf8') });
      };
      const badGateway = () => {
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end('Bad Gateway');
      };
      const work = (async () => {
        switch (fault) {
          case '502-before':
            return badGateway();
          case 'late-commit': {
            req.socket.destroy();
            await new Promise((resolve) => setTimeout(resolve, 600 + options.random() * 2400));
            return record(await forward(req, body));
          }
          default: {
            const answer = await forward(req, body);
            record(answer);
            if (fault === 'none') return reply(answer);
            if (fault === '502-after') return badGateway();
            if (fault === 'drop-after-vendor') return void req.socket.destroy();
            // delay-past-timeout
            await new Promise((resolve) => setTimeout(resolve, options.timeoutMs + 500));
            if (!res.destroyed) reply(answer);
          }
        }
      })().catch(() => {
        if (!res.headersSent && !res.destroyed) badGateway();
      });
      pending.add(work);
      void work.finally(() => pending.delete(work));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    forwarded,
    faults,
    settled: async () => {
      while (pending.size) await Promise.allSettled([...pending]);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
