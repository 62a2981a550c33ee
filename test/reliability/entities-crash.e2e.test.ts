import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

/**
 * A federation gateway passes representations through as its callers built them. One bad
 * representation beside a missing order once orphaned a rejected promise and ended the process;
 * every mix must now be answered with per-representation errors while the replica keeps serving.
 */
const ENTITIES = 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Order { id } ... on Container { number } } }';
const READ_KEY = { authorization: 'Bearer sandbox-read-key' };

type EntitiesAnswer = { _entities: Array<{ __typename: string; id?: string } | null> };

describe.each(['jit', 'graphql-js'])('_entities with the %s executor', (executor) => {
  let app: TestApp;
  let known: string[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    app = await startTestApp({ env: { GRAPHQL_EXECUTOR: executor } });
    const list = await gql<{ orders: { edges: Array<{ node: { id: string } }> } }, unknown>(app.url, '{ orders(first: 4) { edges { node { id } } } }');
    known = list.data!.orders.edges.map((e) => e.node.id);
  });
  afterAll(async () => {
    await app.close();
    process.off('unhandledRejection', onUnhandled);
  });
  afterEach(async () => {
    // A rejection left without a handler surfaces on a later turn of the event loop.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(unhandled).toEqual([]);
  });

  it('answers a missing order beside an unknown type with one error each and leaves no rejection behind', async () => {
    const res = await gql<EntitiesAnswer, unknown>(
      app.url,
      ENTITIES,
      {
        r: [
          { __typename: 'Order', id: 'octopi:999999' },
          { __typename: 'Nope', id: 'x' },
        ],
      },
      READ_KEY,
    );
    expect(res.status).toBe(200);
    expect(res.data?._entities).toEqual([null, null]);
    const byPath = Object.fromEntries((res.errors ?? []).map((e) => [JSON.stringify(e.path), e.extensions]));
    expect(byPath['["_entities",0]']).toMatchObject({ code: 'NOT_FOUND', provider: 'OCTOPI' });
    expect(byPath['["_entities",1]']).toMatchObject({ code: 'BAD_USER_INPUT', field: 'representations[1].__typename', rule: 'entityType' });
  });

  it('answers an unknown type on its own as a clear input error, not an internal one', async () => {
    const res = await gql(app.url, ENTITIES, { r: [{ __typename: 'Nope', id: 'x' }] }, READ_KEY);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].message).toMatch(/"Nope" is not an entity of this subgraph/);
  });

  it('resolves the good representations of a mixed batch and names the bad ones by index', async () => {
    const res = await gql<EntitiesAnswer, unknown>(
      app.url,
      ENTITIES,
      {
        r: [
          { __typename: 'Order', id: known[0] },
          { __typename: 'Order' },
          { __typename: 'Order', id: 'not-a-global-id' },
          { __typename: 'Order', id: known[1] },
        ],
      },
      READ_KEY,
    );
    expect(res.data?._entities[0]).toEqual({ __typename: 'Order', id: known[0] });
    expect(res.data?._entities[3]).toEqual({ __typename: 'Order', id: known[1] });
    const fields = (res.errors ?? []).map((e) => [e.path?.[1], e.extensions?.code, e.extensions?.field]);
    expect(fields).toEqual(
      expect.arrayContaining([
        [1, 'BAD_USER_INPUT', 'representations[1].id'],
        [2, 'BAD_USER_INPUT', 'id'],
      ]),
    );
  });

  it('keeps serving through a fuzz of mixed representations', async () => {
    const pool: unknown[] = [
      { __typename: 'Order', id: 'octopi:999999' },
      { __typename: 'Order', id: 'vu:424242' },
      { __typename: 'Order', id: 'shipwell:nope' },
      { __typename: 'Order', id: 12 },
      { __typename: 'Order', id: '' },
      { __typename: 'Container', number: 'MSCU1234565' },
      { __typename: 'Container', number: 'ZZZZ0000000' },
      { __typename: 'Container' },
      { __typename: 'Nope', id: 'x' },
      { __typename: '_Service' },
      { __typename: 'Query' },
      { __typename: null },
      { id: known[0] },
      { __typename: 'Order', id: known[2] },
    ];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % pool.length;
    for (let round = 0; round < 30; round += 1) {
      const representations = Array.from({ length: 1 + (round % 6) }, () => pool[next()]);
      const res = await gql<EntitiesAnswer, unknown>(app.url, ENTITIES, { r: representations }, READ_KEY);
      expect(res.status).toBeLessThan(500);
      for (const error of res.errors ?? []) expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
    const after = await gql<{ order: { id: string } }, unknown>(app.url, `{ order(id: "${known[3]}") { id } }`, undefined, READ_KEY);
    expect(after.data?.order.id).toBe(known[3]);
  });
});
