import { EmulatorServer } from '../../src/sandbox/emulator';

// The drift check's comparison: an array entry fits when it fits any entry the doc shows.
export { shapeDifferences } from '../../contract/compare';

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
