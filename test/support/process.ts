import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export interface OrderGraphProcess {
  child: ChildProcess;
  /** The server's origin, e.g. http://127.0.0.1:40123. */
  url: string;
  exited: Promise<number | null>;
  /** Everything it has printed so far, stdout and stderr. */
  output(): string;
}

/**
 * ordergraph as a deployment runs it (src/main.ts) in a child process with exactly `env` (and
 * PATH), resolved once it prints where it listens. `name` labels the start-up failure;
 * `nodeArgs` are Node's own flags, before the script.
 */
export function startOrderGraphProcess(env: Record<string, string>, name = 'ordergraph', nodeArgs: readonly string[] = []): Promise<OrderGraphProcess> {
  const child = spawn(process.execPath, [...nodeArgs, '-r', './bench/register.js', 'src/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${output}`)), 60_000);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s/]+)\/graphql/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], exited, output: () => output });
      }
    });
    child.once('exit', () => reject(new Error(`${name} exited:\n${output}`)));
  });
}
