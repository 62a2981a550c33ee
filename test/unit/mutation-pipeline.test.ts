import { isOrderGraphError } from '../../src/core/errors';
import { OrderLoaders } from '../../src/core/loaders';
import { ProviderKey } from '../../src/providers';
import { ProviderRegistry } from '../../src/core/registry';
import type { OrderProvider } from '../../src/core/provider';
import type { RequestContext } from '../../src/graphql/context';
import { MutationPipeline } from '../../src/graphql/mutations';
import type { Order } from '../../src/model/order';
import { FakeProvider, fakeOrder } from '../support/fake-provider';

/** A vendor's provider class, with an update that records what it was sent. */
class EditableProvider extends FakeProvider {
  readonly updates: string[] = [];

  // The fake's own update takes no arguments; this one takes the fake's list of them.
  override async updateOrder(...args: unknown[]): Promise<Order> {
    const providerId = String(args[0]);
    this.updates.push(providerId);
    return fakeOrder(this.key, providerId, '2026-01-01T08:00:00Z', { orderNumber: 'after the update' });
  }
}

function contextOver(...providers: OrderProvider[]): RequestContext {
  const registry = new ProviderRegistry(providers);
  return { registry, loaders: new OrderLoaders(registry) } as Partial<RequestContext> as RequestContext;
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => null,
    (error: unknown) => error,
  );
}

describe('the mutation pipeline of a vendor', () => {
  const pipeline = new MutationPipeline(ProviderKey.OCTOPI, EditableProvider);

  it("sends an update to the vendor's provider and puts the answer in place of the order the request had read", async () => {
    const provider = new EditableProvider(ProviderKey.OCTOPI, [fakeOrder('OCTOPI', '41', '2026-01-01T08:00:00Z', { orderNumber: 'before' })]);
    const ctx = contextOver(provider);
    expect((await ctx.loaders.byId.load('octopi:41')).orderNumber).toBe('before');
    const updated = await pipeline.update(ctx, { id: 'octopi:41', send: (octopi, providerId) => octopi.updateOrder(providerId) });
    expect(provider.updates).toEqual(['41']);
    expect(updated.orderNumber).toBe('after the update');
    expect((await ctx.loaders.byId.load('octopi:41')).orderNumber).toBe('after the update');
  });

  it("refuses the id of another vendor's order as BAD_USER_INPUT on `id`, sending nothing", async () => {
    const provider = new EditableProvider(ProviderKey.OCTOPI, []);
    const error = await failure(pipeline.update(contextOver(provider), { id: 'sitoo:41', send: (octopi, providerId) => octopi.updateOrder(providerId) }));
    expect(isOrderGraphError(error) && { code: error.code, ...error.extensions }).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', rule: 'provider' });
    expect(provider.updates).toEqual([]);
  });

  it("runs the vendor's own argument checks before asking for the provider", async () => {
    const error = await failure(
      pipeline.update(contextOver(), {
        id: 'octopi:41',
        check: () => {
          throw new Error('revision is empty');
        },
        send: (octopi, providerId) => octopi.updateOrder(providerId),
      }),
    );
    expect(error).toEqual(new Error('revision is empty'));
  });

  it('answers PROVIDER_NOT_CONFIGURED when the vendor is not configured', async () => {
    const error = await failure(pipeline.update(contextOver(), { id: 'octopi:41', send: (octopi, providerId) => octopi.updateOrder(providerId) }));
    expect(isOrderGraphError(error) && error.code).toBe('PROVIDER_NOT_CONFIGURED');
  });

  it("refuses to hand a provider of another class to the vendor's resolver (INTERNAL_SERVER_ERROR, nothing sent)", async () => {
    const stranger = new FakeProvider(ProviderKey.OCTOPI, []);
    const error = await failure(pipeline.update(contextOver(stranger), { id: 'octopi:41', send: (octopi, providerId) => octopi.updateOrder(providerId) }));
    expect(isOrderGraphError(error) && error.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
