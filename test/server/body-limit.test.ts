import http from 'node:http';
import { jsonDepth, MAX_JSON_DEPTH } from '../../src/http/app';
import { startTestApp, type TestApp } from '../support/sandbox';

/** Sends a POST whose body is written piece by piece; resolves with the answer, even before the body ends. */
function answerWhileSending(
  url: string,
  headers: Record<string, string>,
  pieces: number,
  pieceBytes: number,
): Promise<{ status: number; body: string; piecesSent: number }> {
  return new Promise((resolve, reject) => {
    let piecesSent = 0;
    const request = http.request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (response) => {
      const chunks: Buffer[] = [];
      response
        .on('data', (c: Buffer) => chunks.push(c))
        .on('end', () => {
          resolve({ status: response.statusCode!, body: Buffer.concat(chunks).toString('utf8'), piecesSent });
          request.destroy();
        });
    });
    request.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error)));
    request.write('{"query":"{ __typename }","pad":"');
    const next = () => {
      if (request.destroyed) return;
      if (piecesSent === pieces) return void request.end('"}');
      piecesSent += 1;
      request.write('x'.repeat(pieceBytes), () => setTimeout(next, 20));
    };
    next();
  });
}

describe('the request body limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 1, env: { MAX_BODY_BYTES: '3000' } });
  });
  afterAll(() => app.close());

  it('refuses a streamed body with 413 as soon as it passes the limit, before the client has sent it all', async () => {
    // 100 pieces of 1000 bytes: the limit (3000) is passed at the fourth piece.
    const answer = await answerWhileSending(app.url, { authorization: 'Bearer sandbox-key' }, 100, 1000);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(answer.piecesSent).toBeLessThan(100);
  });

  it('refuses a declared length over the limit without reading the body', async () => {
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const request = http.request(
        `${app.url}/graphql`,
        { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': '5000000', authorization: 'Bearer sandbox-key' } },
        (response) => {
          const chunks: Buffer[] = [];
          response
            .on('data', (c: Buffer) => chunks.push(c))
            .on('end', () => resolve({ status: response.statusCode!, body: Buffer.concat(chunks).toString('utf8') }));
        },
      );
      request.on('error', reject);
      request.flushHeaders(); // headers only: not one byte of the body is ever sent
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).errors[0].message).toBe('Request body is larger than the allowed size');
  });

  it('answers 401 to a request without a key before reading its body', async () => {
    const answer = await answerWhileSending(app.url, {}, 100, 10);
    expect(answer.status).toBe(401);
    expect(answer.piecesSent).toBeLessThan(100);
  });
});

describe('the request body nesting limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 1 });
  });
  afterAll(() => app.close());

  const post = (body: string) =>
    fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer sandbox-key' }, body }).then(
      async (r) => ({ status: r.status, body: await r.text() }),
    );

  it(`refuses JSON nested deeper than ${MAX_JSON_DEPTH} levels with 400 naming the limit, before parsing it`, async () => {
    const deep = `{"query":"{ __typename }","variables":{"v":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
    const answer = await post(deep);
    expect(answer.status).toBe(400);
    expect(answer.body).toContain(`nested deeper than ${MAX_JSON_DEPTH} levels`);
  });

  it('counts no bracket inside a string, escaped quotes and backslashes included', async () => {
    const brackets = '[[[{{{'.repeat(40);
    const answer = await post(JSON.stringify({ query: '{ __typename }', variables: { v: `${brackets}\\"\\\\${brackets}"` } }));
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('"__typename":"Query"');
  });

  it('measures the nesting of objects and arrays outside strings exactly', () => {
    expect(jsonDepth('{"query":"{ a { b { c } } }","variables":{"id":"x"}}')).toBe(2);
    expect(jsonDepth('{"s":"\\"}')).toBe(1); // a string ending in an escaped backslash
    expect(jsonDepth('{"s":"\\"[[[["}')).toBe(1); // an escaped quote keeps the string open
    expect(jsonDepth('[[["]]]"],[[[[]]]]]')).toBe(6);
    expect(jsonDepth('{"unterminated":"[[[[')).toBe(1);
  });
});
