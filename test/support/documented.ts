import { EmulatorServer } from '../../src/sandbox/emulator';

/**
 * Where an answer leaves a documented example's shape: a documented key that is missing, or a
 * value of another JSON type (null on either side is taken as the doc's "nullable"). Array
 * entries are held against the documented entry at the same place, or the last one the doc
 * shows. Extra keys are not differences.
 */
export function shapeDifferences(answer: unknown, documented: unknown, path = '$'): string[] {
  if (documented === null || answer === null) return [];
  const kind = (value: unknown) => (Array.isArray(value) ? 'array' : typeof value);
  if (kind(answer) !== kind(documented)) return [`${path}: ${kind(answer)} where the doc shows ${kind(documented)}`];
  if (Array.isArray(documented)) {
    if (documented.length === 0) return [];
    return (answer as unknown[]).flatMap((entry, i) => shapeDifferences(entry, documented[Math.min(i, documented.length - 1)], `${path}[${i}]`));
  }
  if (typeof documented !== 'object') return [];
  const record = answer as Record<string, unknown>;
  return Object.entries(documented as Record<string, unknown>).flatMap(([key, value]) =>
    key in record ? shapeDifferences(record[key], value, `${path}.${key}`) : [`${path}.${key}: missing`],
  );
}

/**
 * A server that answers a vendor's documented example for one call, so that a provider's own
 * client reads the documented bytes over HTTP. It checks nothing; the emulators do that.
 */
export async function replay(method: string, path: string, status: number, body: unknown, headers: Record<string, string> = {}): Promise<EmulatorServer> {
  const server = new EmulatorServer('documented example');
  server.route(method, path, () => ({ status, body, headers }));
  await server.listen(0);
  return server;
}
