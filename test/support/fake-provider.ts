import { keysetPage, keysetPosition } from '../../src/core/pagination';
import { ErrorCode, OrderGraphError } from '../../src/core/errors';
import type { ListPage, ListQuery, OrderProvider } from '../../src/core/provider';
import type { ProviderKey } from '../../src/core/provider-key';
import { OrderStatus } from '../../src/model/enums';
import type { Order } from '../../src/model/order';

/** An order with only what the merge and the loaders read. */
export function fakeOrder(provider: string, providerId: string, createdAt: string, extra: Partial<Order> = {}): Order {
  return {
    id: `${provider.toLowerCase()}:${providerId}`,
    provider,
    providerId,
    orderNumber: `${provider}-${providerId}`,
    status: OrderStatus.PENDING,
    createdAt: new Date(createdAt),
    containers: [],
    ...extra,
  } as unknown as Order;
}

/**
 * A provider over an in-memory list, paging it as a keyset like a whole-list vendor, with a
 * page size of its own. It records every list call, and a test can make its next calls fail
 * or answer a page that breaks the contract.
 */
export class FakeProvider implements OrderProvider {
  readonly capabilities;
  readonly position = keysetPosition;
  readonly listCalls: ListQuery[] = [];
  readonly batches: string[][] = [];
  /** Calls (1-based, counted from now on) that throw a vendor failure. */
  failing = new Set<number>();
  /** Replaces the next answer, once: a page that breaks the contract. */
  nextPage: ((query: ListQuery) => ListPage) | null = null;

  constructor(
    readonly key: ProviderKey,
    public orders: Order[],
    pageSize = 100,
  ) {
    this.capabilities = { create: false, update: false, cancel: false, maxPageSize: pageSize, filtersByContainer: false };
  }

  /** A new order created upstream. */
  add(order: Order): void {
    this.orders.push(order);
  }

  async listOrders(query: ListQuery): Promise<ListPage> {
    this.listCalls.push(query);
    if (this.failing.delete(this.listCalls.length)) {
      throw new OrderGraphError(ErrorCode.PROVIDER_UNAVAILABLE, `${this.key} is down`, { provider: this.key });
    }
    if (this.nextPage) {
      const answer = this.nextPage(query);
      this.nextPage = null;
      return answer;
    }
    return keysetPage(this.orders, query);
  }

  /** Fails the next `count` list calls. */
  failNext(count = 1): void {
    for (let i = 1; i <= count; i += 1) this.failing.add(this.listCalls.length + i);
  }

  async getOrders(providerIds: readonly string[]): Promise<Array<Order | Error>> {
    this.batches.push([...providerIds]);
    return providerIds.map(
      (id) => this.orders.find((o) => o.providerId === id) ?? new OrderGraphError(ErrorCode.NOT_FOUND, 'Order not found', { provider: this.key }),
    );
  }

  async getOrdersByNumber(orderNumbers: readonly string[]): Promise<Array<Order | null | Error>> {
    this.batches.push([...orderNumbers]);
    return orderNumbers.map((n) => this.orders.find((o) => o.orderNumber === n) ?? null);
  }

  async createOrder(): Promise<Order> {
    throw new Error('not used');
  }
  async updateOrder(): Promise<Order> {
    throw new Error('not used');
  }
  async cancelOrder(): Promise<Order> {
    throw new Error('not used');
  }
  async ping(): Promise<void> {}
}
