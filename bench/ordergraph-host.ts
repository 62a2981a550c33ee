import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { emit, serveCommands } from './child';

/**
 * Runs ordergraph exactly as `npm start` does (src/main.ts, configuration from the environment:
 * SANDBOX=false and the emulators' settings), plus a thin wrapper that reports this process's
 * own CPU time and memory on request, and records CPU profiles (the same V8 sampling profiler
 * as `node --cpu-prof`, started and stopped around one workload so that start-up is not mixed
 * in). Commands on stdin:
 *   usage {gc?}            -> { cpuUs, rss, peakRss, heapUsed, heapTotal, external } (peakRss
 *                             since the last usage call; with gc, measured after a full
 *                             collection: what stays retained)
 *   profile-start          -> starts sampling (1 ms interval, as --cpu-prof)
 *   profile-stop {path}    -> writes the .cpuprofile to path
 * It shuts down (SIGTERM, as a container would) when its stdin closes.
 */

/**
 * Peak RSS since the last `usage`. On Linux it is the kernel's own high-water mark (`VmHWM` of
 * /proc/self/status), reset by writing 5 to /proc/self/clear_refs: exact, and nothing runs in
 * this process while a load is measured. Elsewhere RSS is sampled every 25 ms, which costs the
 * measured process a system call per sample (about 3% of its CPU during an export on a busy
 * machine) and can miss a short peak.
 */
const kernelPeak = {
  read(): number | null {
    try {
      const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
      return match ? Number(match[1]) * 1024 : null;
    } catch {
      return null;
    }
  },
  reset(): boolean {
    try {
      writeFileSync('/proc/self/clear_refs', '5');
      return true;
    } catch {
      return false;
    }
  },
};
const useKernelPeak = kernelPeak.read() !== null && kernelPeak.reset();
let peakRss = process.memoryUsage.rss();
if (!useKernelPeak) {
  setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 25).unref();
}
const peakSinceLastUsage = (rss: number): number => {
  if (!useKernelPeak) return Math.max(peakRss, rss);
  const peak = kernelPeak.read() ?? rss;
  kernelPeak.reset();
  return Math.max(peak, rss);
};

let session: Session | undefined;
const post = (method: string, params?: object) =>
  new Promise<any>((resolve, reject) => session!.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result))));

serveCommands(
  async (command) => {
    switch (command.cmd) {
      case 'usage': {
        const collect = (globalThis as { gc?: () => void }).gc;
        if (command.gc && collect) collect();
        const cpu = process.cpuUsage();
        const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
        const answer = { cpuUs: cpu.user + cpu.system, rss, peakRss: peakSinceLastUsage(rss), heapUsed, heapTotal, external };
        peakRss = rss;
        return answer;
      }
      case 'profile-start':
        session = new Session();
        session.connect();
        await post('Profiler.enable');
        await post('Profiler.setSamplingInterval', { interval: Number(command.intervalUs) || 1000 });
        await post('Profiler.start');
        return {};
      case 'profile-stop': {
        const { profile } = await post('Profiler.stop');
        session!.disconnect();
        session = undefined;
        writeFileSync(String(command.path), JSON.stringify(profile));
        return {};
      }
      default:
        throw new Error(`unknown command ${command.cmd}`);
    }
  },
  () => process.kill(process.pid, 'SIGTERM'),
);

// Tell the harness where ordergraph listens, from its own start-up line.
const write = process.stdout.write.bind(process.stdout) as (chunk: string | Uint8Array, ...rest: unknown[]) => boolean;
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  const match = /listening on (http:\/\/\S+)\/graphql/.exec(String(chunk));
  if (match) emit({ type: 'ready', url: match[1], pid: process.pid });
  return write(chunk, ...rest);
}) as typeof process.stdout.write;

// eslint-disable-next-line @typescript-eslint/no-require-imports -- must run after the stdout patch above, which an import would precede
require('../src/main');
