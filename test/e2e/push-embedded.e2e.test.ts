import { Webhook } from 'standardwebhooks';
import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';
import { subscribe, wsClient } from '../support/subscriber';
import { eventually, startWebhookReceiver } from '../support/webhook-receiver';

/**
 * What `npm start` shows with nothing installed: the sandbox's orders move on at the emulated
 * vendors, the pollers find the changes, the feed lives in the embedded PostgreSQL (PGlite),
 * and both consumers get them: a graphql-ws subscriber and a signed webhook.
 */
describe('subscriptions and webhooks on the embedded PostgreSQL of the sandbox', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      seed: 5,
      env: { CHANGE_FEED: 'true', CHANGE_POLLING: 'true', CHANGE_POLL_INTERVAL_MS: '200', SANDBOX_CHANGES_PER_MINUTE: '0', WEBHOOK_RETRY_BASE_MS: '50' },
    });
  }, 60_000);
  afterAll(() => app.close());

  it('delivers the changes the pollers detect to a subscriber and, signed, to a webhook endpoint', async () => {
    expect(app.database).toBeUndefined();
    const receiver = await startWebhookReceiver((attempt) => (attempt === 1 ? 500 : 200));
    const client = wsClient(app.url, 'sandbox-key');
    try {
      const registered = await gql<{ registerWebhookEndpoint: { secret: string } }, unknown>(
        app.url,
        'mutation ($url: String!) { registerWebhookEndpoint(input: { url: $url }) { secret } }',
        { url: receiver.url },
      );
      expect(registered.errors).toBeUndefined();
      const subscription = subscribe<{ orderChanged: { eventId: string; kind: string } }>(client, 'subscription { orderChanged { eventId kind orderId } }');
      // Orders are moved on demand until three changes came through: a timer alone could use up the
      // few seeded orders' lifecycles before the pollers' silent first pass ends on a busy machine.
      let poking = true;
      const poke = (async () => {
        while (poking) {
          await fetch(`${app.url}/_sandbox/change-orders?count=2`, { method: 'POST' });
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      })();
      try {
        await subscription.next(3, 30_000);
      } finally {
        poking = false;
        await poke;
      }
      await eventually(() => receiver.received.filter((r) => r.answered === 200).length >= 3, 30_000, 'three delivered webhooks');
      const verifier = new Webhook(registered.data!.registerWebhookEndpoint.secret);
      for (const request of receiver.received)
        expect(verifier.verify(request.body, request.headers as Record<string, string>)).toMatchObject({ data: { eventId: request.headers['webhook-id'] } });
      // Each delivered event was first refused once, then sent again with the same id.
      const delivered = receiver.received.filter((r) => r.answered === 200).map((r) => r.headers['webhook-id']);
      for (const id of delivered) expect(receiver.received.filter((r) => r.headers['webhook-id'] === id).map((r) => r.answered)).toEqual([500, 200]);
      subscription.stop();
    } finally {
      await client.dispose();
      await receiver.close();
    }
  }, 60_000);
});
