import DataLoader from 'dataloader';
import type { Order } from '../model/order';
import { ErrorCode, OrderGraphError, providerFailure } from './errors';
import { parseGlobalId, toGlobalId } from './ids';
import { providerLabel } from './http';
import type { ProviderKey } from './provider-key';
import type { ProviderRegistry } from './registry';

export interface ContainerOrders {
  orders: Order[];
  /** Providers that could not answer, each error naming its provider and keeping its code. */
  errors: OrderGraphError[];
}

/**
 * Per-request loaders: every read of an order by id or number in one request goes through
 * these, so that one tick's keys become one batch per provider, all providers in parallel.
 * Batch functions keep the length and order of their keys; a failure for one key is an Error
 * in that key's slot, never a rejected batch. Orders fetched by lists are primed in, so a
 * later `node(id)` in the same request costs nothing.
 */
export class OrderLoaders {
  readonly byId: DataLoader<string, Order>;
  readonly byNumber: DataLoader<string, Order | null>;
  readonly byContainer: DataLoader<string, ContainerOrders>;

  constructor(private readonly registry: ProviderRegistry) {
    this.byId = new DataLoader((ids) => this.loadByIds(ids), { maxBatchSize: 500 });
    this.byNumber = new DataLoader((keys) => this.loadByNumbers(keys), { maxBatchSize: 500 });
    this.byContainer = new DataLoader((numbers) => this.loadByContainers(numbers), { maxBatchSize: 200 });
  }

  static numberKey(provider: ProviderKey, orderNumber: string): string {
    return `${provider}\u0000${orderNumber}`;
  }

  prime(order: Order): void {
    this.byId.prime(order.id, order);
  }

  /**
   * The orders of a list page, for reads by id later in the request. Kept as the page itself
   * and looked up only when a read by id misses the cache: an export page's 500 orders are
   * then not put into the loader's cache one by one (a resolved promise each) for a query that
   * reads none of them again.
   */
  primeListed(edges: ReadonlyArray<{ readonly node: Order }>): void {
    this.listed.push(edges);
    this.listedById = null;
  }

  private readonly listed: Array<ReadonlyArray<{ readonly node: Order }>> = [];
  private listedById: Map<string, Order> | null = null;

  private fromLists(id: string): Order | undefined {
    if (this.listed.length === 0) return undefined;
    if (!this.listedById) {
      this.listedById = new Map();
      // The first list that returned an order wins, as priming the cache did.
      for (const edges of this.listed) for (const { node } of edges) if (!this.listedById.has(node.id)) this.listedById.set(node.id, node);
    }
    return this.listedById.get(id);
  }

  private async loadByIds(ids: readonly string[]): Promise<Array<Order | Error>> {
    const answers = new Array<Order | Error>(ids.length);
    const rest: number[] = [];
    ids.forEach((id, i) => {
      const listed = this.fromLists(id);
      if (listed) answers[i] = listed;
      else rest.push(i);
    });
    if (rest.length === 0) return answers;
    const loaded = await this.loadFromProviders(rest.map((i) => ids[i]));
    rest.forEach((slot, j) => (answers[slot] = loaded[j]));
    return answers;
  }

  private async loadFromProviders(ids: readonly string[]): Promise<Array<Order | Error>> {
    return this.grouped(
      ids.map((id) => {
        try {
          return parseGlobalId(id);
        } catch (error) {
          return error as Error;
        }
      }),
      async (provider, providerIds) => {
        const found = await this.registry.get(provider).getOrders(providerIds);
        return found.map((order, i) =>
          order instanceof Error
            ? order
            : order.id === toGlobalId(provider, providerIds[i])
              ? order
              : new OrderGraphError(ErrorCode.INTERNAL_SERVER_ERROR, `${providerLabel(provider)} returned another order than asked`),
        );
      },
    );
  }

  private async loadByNumbers(keys: readonly string[]): Promise<Array<Order | null | Error>> {
    const refs = keys.map((key) => {
      const [provider, providerId] = key.split('\u0000') as [ProviderKey, string];
      return { provider, providerId };
    });
    const results = await this.grouped(refs, (provider, numbers) => this.registry.get(provider).getOrdersByNumber(numbers));
    for (const order of results) if (order && !(order instanceof Error)) this.prime(order);
    return results;
  }

  /**
   * Orders touching each container, from every provider that has containers, in parallel.
   * A provider that fails costs only its own part: its error travels beside the orders.
   */
  private async loadByContainers(numbers: readonly string[]): Promise<ContainerOrders[]> {
    const results: ContainerOrders[] = numbers.map(() => ({ orders: [], errors: [] }));
    const providers = this.registry.all().filter((p) => p.getOrdersByContainer);
    await Promise.all(
      providers.map(async (provider) => {
        try {
          const answers = await provider.getOrdersByContainer!(numbers);
          answers.forEach((answer, i) => {
            if (answer instanceof Error) results[i].errors.push(providerFailure(answer, provider.key, 'searching containers'));
            else results[i].orders.push(...answer);
          });
        } catch (error) {
          const failure = providerFailure(error, provider.key, 'searching containers');
          results.forEach((r) => r.errors.push(failure));
        }
      }),
    );
    for (const result of results) result.orders.forEach((order) => this.prime(order));
    return results;
  }

  /** Splits keys by provider, runs one batch per provider in parallel and puts answers back in key order. */
  private async grouped<T>(
    refs: Array<{ provider: ProviderKey; providerId: string } | Error>,
    load: (provider: ProviderKey, providerIds: string[]) => Promise<Array<T | Error>>,
  ): Promise<Array<T | Error>> {
    const slots = new Array<T | Error>(refs.length);
    const groups = new Map<ProviderKey, number[]>();
    refs.forEach((ref, i) => {
      if (ref instanceof Error) slots[i] = ref;
      else groups.set(ref.provider, [...(groups.get(ref.provider) ?? []), i]);
    });
    await Promise.all(
      [...groups].map(async ([provider, indexes]) => {
        try {
          const answers = await load(
            provider,
            indexes.map((i) => (refs[i] as { providerId: string }).providerId),
          );
          // A provider answering short is a missing order; `null` (no order has that number) stays null.
          indexes.forEach(
            (slot, j) => (slots[slot] = answers[j] === undefined ? new OrderGraphError(ErrorCode.NOT_FOUND, 'Order not found', { provider }) : answers[j]),
          );
        } catch (error) {
          indexes.forEach((slot) => (slots[slot] = error as Error));
        }
      }),
    );
    return slots;
  }
}
