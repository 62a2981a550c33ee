import { loadConfig, ConfigError } from '../../src/config';
import { originAllowed, parseCorsOrigins } from '../../src/http/cors';
import { providerModules } from '../../src/providers';
import { startTestApp, type TestApp } from '../support/sandbox';

/**
 * CORS as a browser sees it, at the HTTP level (the browser suite proves the same in Chromium):
 * the preflight is answered before authentication, and every answer to an allowed origin, the
 * refusals included, can be read by the page.
 */
const APP_ORIGIN = 'https://orders.example.com';
const QUERY = JSON.stringify({ query: '{ __typename }' });

function preflight(url: string, origin: string, headers = 'authorization, content-type') {
  return fetch(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': headers },
  });
}

function post(url: string, origin: string, headers: Record<string, string> = {}, body = QUERY) {
  return fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json', authorization: 'Bearer sandbox-key', ...headers },
    body,
  });
}

describe('CORS with CORS_ORIGINS set to a list', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      env: { CORS_ORIGINS: `${APP_ORIGIN}, https://admin.example.com`, RATE_LIMIT_PER_SECOND: '1', RATE_LIMIT_BURST: '3', MAX_BODY_BYTES: '2000' },
    });
  });
  afterAll(() => app.close());

  it('answers a preflight without a key with 204, the allowed methods, the requested headers and a max age', async () => {
    const res = await preflight(app.url, APP_ORIGIN);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(res.headers.get('access-control-allow-methods')).toBe('GET,POST,OPTIONS');
    expect(res.headers.get('access-control-allow-headers')).toBe('authorization, content-type');
    expect(Number(res.headers.get('access-control-max-age'))).toBeGreaterThan(0);
    expect(res.headers.get('vary')).toMatch(/Origin/);
  });

  it('lets the page read an answer, with Vary: Origin and x-request-id and Retry-After exposed', async () => {
    const res = await post(app.url, APP_ORIGIN);
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    expect(res.headers.get('vary')).toMatch(/Origin/);
    expect(res.headers.get('access-control-expose-headers')?.split(',')).toEqual(expect.arrayContaining(['x-request-id', 'Retry-After']));
  });

  it('lets the page read a 401 for a missing key, and a 413 for a body over the limit', async () => {
    const unauthenticated = await post(app.url, APP_ORIGIN, { authorization: '' });
    expect(unauthenticated.status).toBe(401);
    expect(unauthenticated.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
    const tooLarge = await post(app.url, APP_ORIGIN, {}, JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(5000) } }));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.headers.get('access-control-allow-origin')).toBe(APP_ORIGIN);
  });

  it('lets the page read a 429 and its Retry-After', async () => {
    let limited: Response | undefined;
    for (let i = 0; i < 10 && !limited; i += 1) {
      const res = await post(app.url, 'https://admin.example.com', { authorization: 'Bearer sandbox-read-key' });
      if (res.status === 429) limited = res;
    }
    expect(limited?.headers.get('access-control-allow-origin')).toBe('https://admin.example.com');
    expect(limited?.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('gives an origin outside the list no CORS header at all, on the preflight or the answer', async () => {
    const pre = await preflight(app.url, 'https://evil.example.net');
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    const res = await post(app.url, 'http://127.0.0.1:5173');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("serves a GET with a key and no content type (urql's default for short queries) despite CSRF prevention", async () => {
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { origin: APP_ORIGIN, authorization: 'Bearer sandbox-key' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('CORS by default', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { ALLOW_ANONYMOUS: 'true' } });
  });
  afterAll(() => app.close());

  it('lets any loopback origin call the sandbox (a frontend dev server on another port)', async () => {
    for (const origin of ['http://localhost:5173', 'http://127.0.0.1:3000', 'http://[::1]:8080']) {
      expect((await preflight(app.url, origin)).headers.get('access-control-allow-origin')).toBe(origin);
    }
    expect((await preflight(app.url, 'https://orders.example.com')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('still refuses a GET that could come from a form or an image when it carries no key and no preflight header', async () => {
    // With anonymous access on, nothing but CSRF prevention stands between a cross-site GET and the API.
    const res = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
  });
});

describe('CORS_ORIGINS parsing', () => {
  it('allows nobody outside the sandbox by default, and loopback in it', () => {
    expect(parseCorsOrigins(undefined, false).origins).toEqual({ kind: 'none' });
    const sandbox = parseCorsOrigins(undefined, true).origins!;
    expect(originAllowed(sandbox, 'http://localhost:5173')).toBe(true);
    expect(originAllowed(sandbox, 'http://localhost.evil.example:5173')).toBe(false);
    expect(originAllowed(sandbox, 'http://127.0.0.1.evil.example')).toBe(false);
  });

  it('takes * for every origin and a list separated by commas or spaces', () => {
    expect(originAllowed(parseCorsOrigins('*', false).origins!, 'https://anything.example')).toBe(true);
    expect(parseCorsOrigins('https://a.example, https://b.example:8443 http://c.example', false).origins).toEqual({
      kind: 'list',
      origins: ['https://a.example', 'https://b.example:8443', 'http://c.example'],
    });
  });

  it('stops start-up with a message naming CORS_ORIGINS when an entry is not an origin', () => {
    expect(() => loadConfig(providerModules, { CORS_ORIGINS: 'https://a.example/app, orders.example.com' })).toThrow(ConfigError);
    try {
      loadConfig(providerModules, { CORS_ORIGINS: 'https://a.example/' });
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([expect.stringMatching(/^CORS_ORIGINS: "https:\/\/a.example\/" is not an origin/)]);
    }
  });
});
