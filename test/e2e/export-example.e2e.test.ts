import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startTestApp, type TestApp } from '../support/sandbox';

describe('the BI export example', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 120 });
  });
  afterAll(() => app.close());

  it('pages through every order of the sandbox and gets each exactly once', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(__dirname, '..', '..', 'examples', 'export-orders.mjs')], {
      env: { ...process.env, ORDERGRAPH_URL: app.url, ORDERGRAPH_KEY: 'sandbox-key' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const ids = stdout.trim().split('\n').map((line) => (JSON.parse(line) as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(120 * app.registry.keys().length);
  }, 60000);
});
