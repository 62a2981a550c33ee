import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../support/sandbox';

describe('the playground page over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 2 });
  });
  afterAll(() => app.close());

  it('serves one self-contained page at /graphiql, compressed, with a policy that allows ordergraph only', async () => {
    const response = await fetch(`${app.url}/graphiql`, { headers: { 'accept-encoding': 'identity' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self'");
    const html = await response.text();
    // Nothing is fetched from elsewhere: no external script, stylesheet or font.
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+rel="stylesheet"|@import|https?:\/\/(unpkg|cdn|fonts)/i);
    expect(html).toContain('"defaultApiKey":"sandbox-key"');
    expect(html).toContain('query ListOrders');

    const raw = await new Promise<Buffer>((resolve, reject) => {
      http
        .get(`${app.url}/graphiql`, { headers: { 'accept-encoding': 'gzip' } }, (res: http.IncomingMessage) => {
          const chunks: Buffer[] = [];
          expect(res.headers['content-encoding']).toBe('gzip');
          res
            .on('data', (c: Buffer) => chunks.push(c))
            .on('end', () => resolve(Buffer.concat(chunks)))
            .on('error', reject);
        })
        .on('error', reject);
    });
    expect(raw.length).toBeLessThan(html.length / 2);
    expect(gunzipSync(raw).toString('utf8')).toBe(html);
  });

  it('answers a revalidation with 304 and HEAD with no body', async () => {
    const first = await fetch(`${app.url}/graphiql`);
    await first.arrayBuffer();
    const etag = first.headers.get('etag')!;
    const again = await fetch(`${app.url}/graphiql`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const head = await fetch(`${app.url}/graphiql`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('is served at / to browsers only', async () => {
    expect((await fetch(`${app.url}/`, { headers: { accept: 'text/html,application/xhtml+xml' } })).headers.get('content-type')).toMatch(/html/);
    expect((await fetch(`${app.url}/`)).status).toBe(404);
    expect((await fetch(`${app.url}/graphiql`, { method: 'POST' })).status).toBe(404);
  });
});

describe('the playground switched off', () => {
  it('is not served with PLAYGROUND=false, while GraphQL is', async () => {
    const app = await startTestApp({ seed: 1, env: { PLAYGROUND: 'false' } });
    try {
      expect((await fetch(`${app.url}/graphiql`)).status).toBe(404);
      expect((await fetch(`${app.url}/`, { headers: { accept: 'text/html' } })).status).toBe(404);
      const answer = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer sandbox-key' },
        body: '{"query":"{ __typename }"}',
      });
      expect(answer.status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
