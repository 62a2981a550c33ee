import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * The benchmark's processes (emulator hosts, ordergraph, the load generator) talk to the
 * harness in JSON lines: each child prints `{"type": ...}` objects on stdout and reads commands
 * `{"id": n, "cmd": ...}` on stdin, answering `{"type": "reply", "id": n, ...}`. Any other
 * output line is a log line and is kept for error messages. A child exits when its stdin
 * closes, so nothing outlives the harness.
 */

export const BENCH_DIR = __dirname;
export const ROOT = join(__dirname, '..');

/** A path relative to this checkout (`.`, `../og-start`, `./bench/results`), as results record it: no machine's paths. */
export function fromRoot(path: string): string {
  const rel = relative(ROOT, path);
  return rel === '' ? '.' : rel.startsWith('..') ? rel : `./${rel}`;
}

export type Message = Record<string, unknown> & { type: string };

export interface ChildOptions {
  /** Extra node flags (e.g. --max-old-space-size). */
  nodeArgs?: string[];
  env?: Record<string, string>;
  /** Kill the child if it is still running after this long. */
  maxLifetimeMs: number;
  label: string;
  /** Another checkout of ordergraph to run the script from (its own bench/ and sources); default this one. */
  root?: string;
  /** A command that runs node (e.g. valgrind and its flags), in front of node's own arguments. */
  wrapper?: string[];
}

const warmed = new Set<string>();

/**
 * Compiles a checkout's sources into the TypeScript loader's cache (register.js) before its
 * first child starts, so that no child loads the compiler: ordergraph's memory is then measured
 * as `node dist/main.js` has it, without SWC's 35 MB. Another checkout (a `bench:compare`
 * variant) is warmed by its own register.js in a process of its own, since loading it here would
 * replace this process's loader; a checkout whose loader cannot warm is left to compile on load.
 */
function warmCompiledSources(root: string): void {
  if (warmed.has(root)) return;
  warmed.add(root);
  if (root === ROOT) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('./register.js') as { warmCache(dirs: string[]): void }).warmCache(['src', 'bench']);
    return;
  }
  const loader = JSON.stringify(join(root, 'bench', 'register.js'));
  try {
    execFileSync(process.execPath, ['-e', `const r = require(${loader}); if (r.warmCache) r.warmCache(['src', 'bench']);`], {
      cwd: root,
      stdio: 'ignore',
      timeout: 300_000,
    });
  } catch {
    // An older checkout's loader: its children compile as they load, as before.
  }
}

export class BenchChild {
  readonly process: ChildProcess;
  readonly label: string;
  private readonly waiting: Array<{ match: (m: Message) => boolean; resolve: (m: Message) => void }> = [];
  private readonly logs: string[] = [];
  /** Messages nobody was waiting for yet. */
  private readonly unclaimed: Message[] = [];
  private exitMessage?: Message;
  private nextId = 1;
  private exited: Promise<number | null>;
  private killTimer: NodeJS.Timeout;

  constructor(script: string, args: string[], options: ChildOptions) {
    this.label = options.label;
    const root = options.root ?? ROOT;
    warmCompiledSources(root);
    const bench = join(root, 'bench');
    const [command, ...prefix] = [...(options.wrapper ?? []), process.execPath];
    this.process = spawn(command, [...prefix, ...(options.nodeArgs ?? []), '-r', join(bench, 'register.js'), join(bench, script), ...args], {
      cwd: root,
      env: { ...process.env, NODE_NO_WARNINGS: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.killTimer = setTimeout(() => this.process.kill('SIGKILL'), options.maxLifetimeMs);
    this.killTimer.unref();
    createInterface({ input: this.process.stdout! }).on('line', (line) => this.onLine(line));
    createInterface({ input: this.process.stderr! }).on('line', (line) => this.keepLog(line));
    this.exited = new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
    void this.exited.then((code) => {
      clearTimeout(this.killTimer);
      this.exitMessage = { type: 'exit', code, logs: this.recentLogs() };
      for (const w of this.waiting.splice(0)) w.resolve({ type: 'exit', code, logs: this.recentLogs() });
    });
  }

  get pid(): number {
    return this.process.pid!;
  }

  /** Resolves with the first message of this type (rejects if the child exits first or time runs out). */
  async next(type: string, timeoutMs: number): Promise<Message> {
    const message = await this.waitFor((m) => m.type === type || m.type === 'exit' || m.type === 'fatal', timeoutMs, type);
    if (message.type !== type) throw new Error(`${this.label} stopped before "${type}": ${JSON.stringify(message).slice(0, 2000)}`);
    return message;
  }

  /** Sends a command and resolves with its reply. */
  async send(cmd: string, args: Record<string, unknown> = {}, timeoutMs = 30_000): Promise<Message> {
    const id = this.nextId++;
    this.process.stdin!.write(`${JSON.stringify({ id, cmd, ...args })}\n`);
    const reply = await this.waitFor((m) => (m.type === 'reply' && m.id === id) || m.type === 'exit', timeoutMs, cmd);
    if (reply.type !== 'reply') throw new Error(`${this.label} exited while answering "${cmd}": ${JSON.stringify(reply).slice(0, 2000)}`);
    if (reply.error) throw new Error(`${this.label} failed "${cmd}": ${String(reply.error)}`);
    return reply;
  }

  /** Closes stdin (the child shuts down cleanly) and waits; kills it if it lingers. */
  async stop(graceMs = 10_000): Promise<number | null> {
    this.process.stdin!.end();
    const timer = setTimeout(() => this.process.kill('SIGKILL'), graceMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }

  recentLogs(): string[] {
    return this.logs.slice(-40);
  }

  private waitFor(match: (m: Message) => boolean, timeoutMs: number, what: string): Promise<Message> {
    const early = this.unclaimed.findIndex(match);
    if (early >= 0) return Promise.resolve(this.unclaimed.splice(early, 1)[0]);
    if (this.exitMessage) return Promise.resolve(this.exitMessage);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const index = this.waiting.indexOf(entry);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(new Error(`${this.label}: no "${what}" within ${timeoutMs} ms\n${this.recentLogs().join('\n')}`));
      }, timeoutMs);
      const entry = {
        match,
        resolve: (m: Message) => {
          clearTimeout(timer);
          resolve(m);
        },
      };
      this.waiting.push(entry);
    });
  }

  private onLine(line: string): void {
    let message: Message | undefined;
    if (line.startsWith('{')) {
      try {
        message = JSON.parse(line) as Message;
      } catch {
        message = undefined;
      }
    }
    if (!message || typeof message.type !== 'string') return this.keepLog(line);
    const index = this.waiting.findIndex((w) => w.match(message!));
    if (index >= 0) this.waiting.splice(index, 1)[0].resolve(message);
    else if (this.unclaimed.push(message) > 100) this.unclaimed.shift();
  }

  private keepLog(line: string): void {
    this.logs.push(line);
    if (this.logs.length > 200) this.logs.splice(0, 100);
  }
}

/** The child side: reads commands from stdin, answers each through `handle`, exits when stdin closes. */
export function serveCommands(handle: (command: { cmd: string } & Record<string, unknown>) => Promise<Record<string, unknown>>, onEnd: () => void): void {
  createInterface({ input: process.stdin })
    .on('line', (line) => {
      let command: { id: number; cmd: string } & Record<string, unknown>;
      try {
        command = JSON.parse(line);
      } catch {
        return;
      }
      handle(command).then(
        (answer) => emit({ type: 'reply', id: command.id, ...answer }),
        (error: Error) => emit({ type: 'reply', id: command.id, error: error.stack ?? String(error) }),
      );
    })
    .on('close', onEnd);
}

export function emit(message: Message): void {
  process.stdout.write(`${JSON.stringify(message)}\n`);
}
