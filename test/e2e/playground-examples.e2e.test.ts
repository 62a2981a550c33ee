import { loadPlaygroundTabs } from '../../src/playground/operations';
import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';

/**
 * A partner's first try: every example operation that comes with its variables, as the
 * playground opens it, runs against the sandbox without an error (the creates included, so each
 * vendor's example input meets that vendor's rules).
 */
describe('the playground examples run as they are against the sandbox', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seed: 40 });
  });
  afterAll(() => app.close());

  // Subscriptions run over WebSocket (test/e2e/subscriptions.e2e.test.ts).
  const runnable = loadPlaygroundTabs().filter((tab) => tab.variables && !/mutation (Cancel|Update)|subscription /.test(tab.query));
  it.each(runnable.map((tab) => [tab.query.match(/(query|mutation) (\w+)/)?.[2] ?? '?', tab]))('%s', async (_name, tab) => {
    const response = await gql(app.url, tab.query, JSON.parse(tab.variables!) as Record<string, unknown>);
    expect(response.errors).toBeUndefined();
    expect(response.data).toBeTruthy();
  });
});
