import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The shared kit of the sandbox emulators: a small HTTP server with routes, a request log
 * (each request's start and end time, so tests can count upstream calls and see overlap)
 * and fault injection (latency, error statuses, garbage bodies, dropped connections, and a
 * create that succeeds but whose answer never arrives). Each provider's emulator adds only
 * its wire format, auth and rules.
 */

export interface EmulatorRequest {
  method: string;
  path: string;
  params: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Raw body bytes. */
  body: Buffer;
  /** Parsed JSON body, or undefined when the body is empty or not JSON. */
  json: unknown;
  /** True when the body was present but not valid JSON. */
  badJson: boolean;
}

export interface EmulatorResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Send `body` as is (a string) instead of JSON. */
  raw?: boolean;
}

export type Handler = (request: EmulatorRequest) => EmulatorResponse | Promise<EmulatorResponse>;

export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  /** The request's headers as received (tests check what ordergraph sent, e.g. `traceparent`). */
  headers: IncomingMessage['headers'];
  /** The JSON body as received, undefined when there is none (tests check what ordergraph sent). */
  json?: unknown;
  status: number | null;
  startedAt: number;
  endedAt: number | null;
}

export interface Faults {
  /** Added to every answer, in milliseconds. */
  latencyMs?: number;
  /** Answer every request with this status (and a generic vendor error body). */
  status?: number;
  /** Answer 200 with a body that is not JSON. */
  garbage?: boolean;
  /** Destroy the connection without answering. */
  drop?: boolean;
  /** Never answer (the client's timeout must fire). */
  hang?: boolean;
  /** Process creates (POST) normally, then drop the connection instead of answering. */
  loseCreateResponse?: boolean;
  /** Apply the fault to this many requests only, then heal. */
  times?: number;
  /** Apply only to requests whose method matches. */
  method?: string;
}

/**
 * A deliberate difference from the vendor's documents, for proving the drift check
 * (`npm run contract`): the emulator answers as a vendor that changed its API would.
 */
export interface Drift {
  /** Every member named `from`, at any depth of a JSON answer, is sent as `to` instead. */
  renameField?: { from: string; to: string };
  /** Answers that would have been 2xx are sent with this status instead (same body). */
  status?: number;
  /** Apply only to requests whose method matches. */
  method?: string;
}

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

export class EmulatorServer {
  readonly log: LoggedRequest[] = [];
  private readonly routes: Route[] = [];
  private faults: Faults = {};
  private drift: Drift = {};
  private server?: http.Server;
  private readonly sockets = new Set<import('node:net').Socket>();
  /** Base URL once listening, e.g. http://127.0.0.1:40123. */
  url = '';

  constructor(
    private readonly name: string,
    private readonly authorize?: (request: EmulatorRequest) => EmulatorResponse | null,
  ) {}

  /** Registers a route; `:name` segments become `params.name`. */
  route(method: string, path: string, handler: Handler): this {
    const names: string[] = [];
    const pattern = new RegExp(
      '^' +
        path
          .replace(/[.*+?^${}()|[\]\\]/g, (c) => (c === ':' ? c : `\\${c}`))
          .replace(/:([a-zA-Z_]+)/g, (_m, name: string) => {
            names.push(name);
            return '([^/]+?)';
          }) +
        '$',
    );
    this.routes.push({ method, pattern, names, handler });
    return this;
  }

  setFaults(faults: Faults): void {
    this.faults = { ...faults };
  }

  clearFaults(): void {
    this.faults = {};
  }

  setDrift(drift: Drift): void {
    this.drift = { ...drift };
  }

  clearDrift(): void {
    this.drift = {};
  }

  clearLog(): void {
    this.log.length = 0;
  }

  async listen(port = 0, host = '127.0.0.1'): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 5000;
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, host, resolve));
    const address = this.server.address() as AddressInfo;
    this.url = `http://${host}:${address.port}`;
    return this.url;
  }

  async close(): Promise<void> {
    if (!this.server) return;
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  private activeFault(method: string): Faults | null {
    const faults = this.faults;
    const any = faults.latencyMs || faults.status || faults.garbage || faults.drop || faults.hang || faults.loseCreateResponse;
    if (!any) return null;
    if (faults.method && faults.method !== method) return null;
    if (faults.loseCreateResponse && method !== 'POST' && !faults.latencyMs) return null;
    if (faults.times !== undefined) {
      if (faults.times <= 0) return null;
      faults.times -= 1;
    }
    return faults;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://emulator');
    const entry: LoggedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: url.search,
      headers: req.headers,
      status: null,
      startedAt: performance.now(),
      endedAt: null,
    };
    this.log.push(entry);
    const finish = (status: number | null) => {
      entry.status = status;
      entry.endedAt = performance.now();
    };

    const body = await readBody(req);
    const fault = this.activeFault(entry.method);
    if (fault?.latencyMs) await sleep(fault.latencyMs);
    if (fault?.hang) return; // the socket stays open until the client gives up or close()
    if (fault?.drop) {
      finish(null);
      req.socket.destroy();
      return;
    }
    if (fault?.status) return this.send(res, { status: fault.status, body: { error: `${this.name} sandbox fault ${fault.status}` } }, finish);
    if (fault?.garbage) return this.send(res, { status: 200, body: '<html>upstream proxy error', raw: true }, finish);

    let json: unknown;
    let badJson = false;
    if (body.length > 0 && /json/i.test(String(req.headers['content-type'] ?? ''))) {
      try {
        json = JSON.parse(body.toString('utf8'));
        entry.json = json;
      } catch {
        badJson = true;
      }
    }
    const request: EmulatorRequest = {
      method: entry.method,
      path: url.pathname,
      params: {},
      query: url.searchParams,
      headers: req.headers,
      body,
      json,
      badJson,
    };

    let response: EmulatorResponse;
    try {
      const denied = this.authorize?.(request);
      if (denied) response = denied;
      else {
        const route = this.match(request);
        response = route ? await route.handler(request) : { status: 404, body: { error: 'Not Found' } };
      }
    } catch (error) {
      response = { status: 500, body: { error: `${this.name} sandbox: ${(error as Error).message}` } };
    }

    if (fault?.loseCreateResponse && entry.method === 'POST') {
      // The vendor did the work; the answer is lost on the way back.
      finish(null);
      req.socket.destroy();
      return;
    }
    this.send(res, this.drifted(request.method, response), finish);
  }

  private drifted(method: string, response: EmulatorResponse): EmulatorResponse {
    const { renameField, status, method: only } = this.drift;
    if ((!renameField && !status) || (only && only !== method) || response.raw) return response;
    const body = renameField ? renameMembers(response.body, renameField.from, renameField.to) : response.body;
    const ok = response.status >= 200 && response.status < 300;
    return { ...response, body, status: status && ok ? status : response.status };
  }

  private match(request: EmulatorRequest): Route | undefined {
    for (const route of this.routes) {
      if (route.method !== request.method) continue;
      const found = route.pattern.exec(request.path);
      if (!found) continue;
      route.names.forEach((name, i) => (request.params[name] = decodeURIComponent(found[i + 1])));
      return route;
    }
    return undefined;
  }

  private send(res: ServerResponse, response: EmulatorResponse, finish: (status: number) => void): void {
    const payload = response.body === undefined ? '' : response.raw ? String(response.body) : JSON.stringify(response.body);
    res.writeHead(response.status, {
      'Content-Type': response.raw ? 'text/html' : 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(payload),
      ...response.headers,
    });
    res.end(payload);
    finish(response.status);
  }
}

function renameMembers(value: unknown, from: string, to: string): unknown {
  if (Array.isArray(value)) return value.map((item) => renameMembers(item, from, to));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).map(([key, member]) => [key === from ? to : key, renameMembers(member, from, to)]));
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
