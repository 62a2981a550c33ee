import { hashApiKey } from '../../src/access';
import { startTestApp, type TestApp } from '../support/sandbox';

const GATEWAY_KEY = 'og_test_gateway_Rk5Lp8Wd2Qs7';

async function sdlWith(
  url: string,
  key: string,
): Promise<{ status: number; body: { data?: { _service: { sdl: string } } | null; errors?: Array<{ extensions: Record<string, unknown> }> } }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  return { status: response.status, body: (await response.json()) as never };
}

describe('the subgraph SDL with introspection off', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      seed: 1,
      env: { INTROSPECTION: 'false', API_KEYS: JSON.stringify([{ id: 'gateway', sha256: hashApiKey(GATEWAY_KEY), scopes: ['schema:read'] }]) },
    });
  });
  afterAll(() => app.close());

  it('is refused to a key without schema:read, with FORBIDDEN naming the scope', async () => {
    const answer = await sdlWith(app.url, 'sandbox-key');
    expect(answer.status).toBe(403);
    expect(answer.body.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', requiredScope: 'schema:read' });
  });

  it('is served to a gateway key with schema:read, which still reads no orders', async () => {
    const answer = await sdlWith(app.url, GATEWAY_KEY);
    expect(answer.status).toBe(200);
    expect(answer.body.data!._service.sdl).toContain('type Order');
    const orders = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${GATEWAY_KEY}` },
      body: JSON.stringify({ query: '{ orders(first: 1) { edges { node { id } } } }' }),
    });
    expect(((await orders.json()) as { errors: Array<{ extensions: Record<string, unknown> }> }).errors[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      requiredScope: 'orders:read',
    });
  });
});
