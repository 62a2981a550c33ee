import { spawn } from 'node:child_process';
import path from 'node:path';
import type { SandboxHandle } from '../../src/sandbox';
import { sogetSandbox } from '../../src/sandbox/soget';

/**
 * The drift check (`npm run contract`) proven against the SOGET emulator: it passes against
 * the emulator as it is, and fails, naming the difference, when the emulator answers as a
 * vendor that changed its API (a drift switched on in the emulator).
 */

const ROOT = path.join(__dirname, '..', '..');
const ORDERS = '/customer-orders/v1/customer-orders';
const TOKEN = '/soget-connect/v1/openid-connect/token';

function contract(sandbox: SandboxHandle, ...args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'contract', '--', '--provider', 'soget', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...sandbox.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => resolve({ code: code ?? 1, output }));
  });
}

describe('npm run contract -- --provider soget', () => {
  let sandbox: SandboxHandle;

  beforeAll(async () => {
    sandbox = await sogetSandbox.start({ seed: 12 });
  });
  afterAll(() => sandbox.close());
  beforeEach(() => {
    sandbox.server.clearDrift();
    sandbox.server.clearLog();
  });

  it('passes against a clean emulator, read-only: only reads (and the token) reach the vendor', async () => {
    const { code, output } = await contract(sandbox);
    expect(output).toContain('(read-only)');
    expect(output).toContain('Provider conformance suite against');
    expect(output).toContain("No difference between SOGET S'mouv's docs and its answers.");
    expect(code).toBe(0);
    const writes = sandbox.server.log.filter((r) => r.method !== 'GET' && !(r.method === 'POST' && r.path === TOKEN));
    expect(writes).toEqual([]);
  }, 90_000);

  it('passes against a clean emulator with --allow-writes, and cancels every order it made', async () => {
    const { code, output } = await contract(sandbox, '--allow-writes');
    expect(output).toContain("No difference between SOGET S'mouv's docs and its answers.");
    expect(code).toBe(0);
    const made = sandbox.server.log.filter((r) => r.method === 'POST' && r.path === ORDERS && r.status === 200);
    const cancelled = new Set(sandbox.server.log.filter((r) => r.method === 'DELETE').map((r) => r.path));
    expect(made.length).toBeGreaterThan(1);
    expect(cancelled.size).toBe(made.length);
  }, 90_000);

  it('fails naming the field when the vendor renames one in its create answer', async () => {
    sandbox.server.setDrift({ renameField: { from: 'transportOrderNumber', to: 'transportOrderNo' } });
    const { code, output } = await contract(sandbox, '--allow-writes', '--skip-conformance');
    expect(output).toContain('$.transportOrderNumber: missing (the answer has `transportOrderNo` there instead: renamed?)');
    expect(output).toMatch(/\d+ difference\(s\) between SOGET S'mouv's docs and its answers/);
    expect(code).toBe(1);
  }, 90_000);

  it('fails naming the status when the vendor answers a create with another status than the documented 200', async () => {
    sandbox.server.setDrift({ status: 201, method: 'POST' });
    const { code, output } = await contract(sandbox, '--allow-writes', '--skip-conformance');
    expect(output).toContain('HTTP 201 where soget-smouv-customer-orders.md, POST /customer-orders: "Response examples (200)"');
    expect(code).toBe(1);
  }, 90_000);

  it('fails read-only, naming the member, when the error body leaves the documented model', async () => {
    sandbox.server.setDrift({ renameField: { from: 'code', to: 'errorCode' } });
    const { code, output } = await contract(sandbox, '--skip-conformance');
    expect(output).toContain('$.code: missing (the answer has `errorCode` there instead: renamed?)');
    expect(code).toBe(1);
  }, 90_000);

  it('refuses to run, with exit code 2, when the vendor is not configured', async () => {
    const { code, output } = await contract({ ...sandbox, env: { SOGET_BASE_URL: '' } });
    expect(output).toContain('SOGET_BASE_URL and the vendor');
    expect(code).toBe(2);
  }, 90_000);
});
