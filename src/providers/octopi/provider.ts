import { ErrorCode, OrderGraphError } from '../../core/errors';
import { mapWithConcurrency } from '../../core/concurrency';
import { parseInput } from '../../core/input-schema';
import { keysetPosition } from '../../core/pagination';
import { OctopiListSnapshot, positionOf, type SnapshotTiming } from './snapshot';
import { octopiChangeDetector } from './changes';
import type { ChangeDetector } from '../../core/change-detection';
import type { ListPage, ListQuery, OrderProvider } from '../../core/provider';
import { ProviderKey } from '../keys';
import type { Order } from '../../model/order';
import type { OctopiClient } from './client';
import { mapOctopiOrder } from './mapper';
import { octopiCreateRequest, octopiUpdateRequest, type OctopiCreateInput, type OctopiUpdateInput } from './rules';

export type { OctopiCreateInput, OctopiUpdateInput };

/**
 * Octopi behind the provider contract. Octopi has no batch read and no list pagination
 * (`GET /service_orders` answers the whole list), so: a batch of ids is a GET each, or one
 * conditional read of the whole list when the batch is a large part of it (`readsOneByOne`);
 * pages are keyset slices of the list's snapshot.
 */
export class OctopiProvider implements OrderProvider<OctopiCreateInput, OctopiUpdateInput> {
  readonly key = ProviderKey.OCTOPI;
  readonly capabilities = { create: true, update: true, cancel: true, maxPageSize: 500, filtersByContainer: false };
  readonly position = keysetPosition;

  private readonly snapshot: OctopiListSnapshot;
  readonly changeDetector: ChangeDetector;

  /** `snapshot`: how long the whole list serves pages before it is revalidated (snapshot.ts); by default, every page revalidates it. */
  constructor(
    private readonly client: OctopiClient,
    snapshot: SnapshotTiming = { lifetimeMs: 0 },
  ) {
    this.snapshot = new OctopiListSnapshot(client, snapshot);
    this.changeDetector = octopiChangeDetector(this.snapshot);
  }

  async getOrders(providerIds: readonly string[]): Promise<Array<Order | Error>> {
    // Octopi ids are numbers: anything else names no order, and costs no call. A failure (the
    // vendor's or the mapper's) is that id's answer, not the batch's.
    if (this.readsOneByOne(providerIds.length)) {
      return mapWithConcurrency(providerIds, READ_CONCURRENCY, (id) =>
        /^\d+$/.test(id)
          ? this.client
              .get(id)
              .then(mapOctopiOrder)
              .catch((error: Error) => error)
          : Promise.resolve(notFound(id)),
      );
    }
    const byId = new Map((await this.snapshot.revalidated()).sorted.map((o) => [String(o.id), o]));
    return providerIds.map((id) => {
      const raw = byId.get(id);
      return raw ? mapOctopiOrder(raw) : notFound(id);
    });
  }

  async getOrdersByNumber(orderNumbers: readonly string[]): Promise<Array<Order | null | Error>> {
    // Octopi reads `/service_orders/{order_number_or_id}`: a numeric reference would be read as
    // an id, so only non-numeric numbers can take the direct path; any other needs the list.
    if (!orderNumbers.some((n) => /^\d+$/.test(n)) && this.readsOneByOne(orderNumbers.length)) {
      return mapWithConcurrency(orderNumbers, READ_CONCURRENCY, (n) =>
        this.client
          .get(n)
          .then(mapOctopiOrder)
          .catch((error: Error) => (error instanceof OrderGraphError && error.code === ErrorCode.NOT_FOUND ? null : error)),
      );
    }
    const byNumber = new Map((await this.snapshot.revalidated()).sorted.map((o) => [o.order_number, o]));
    return orderNumbers.map((n) => {
      const raw = byNumber.get(n);
      return raw ? mapOctopiOrder(raw) : null;
    });
  }

  async getOrdersByContainer(containerNumbers: readonly string[]): Promise<Array<Order[] | Error>> {
    // Octopi cannot filter by container: one look at the whole list answers the whole batch, and
    // only the orders that hold one of the containers are converted.
    const wanted = new Map(containerNumbers.map((number) => [number, [] as Order[]]));
    for (const raw of (await this.snapshot.revalidated()).sorted) {
      let order: Order | undefined;
      for (const item of raw.service_order_items) {
        const orders = item.container_number ? wanted.get(item.container_number) : undefined;
        if (!orders) continue;
        order ??= mapOctopiOrder(raw);
        // Two items on one container: the order is already the last one listed for it.
        if (orders[orders.length - 1] !== order) orders.push(order);
      }
    }
    return containerNumbers.map((number) => wanted.get(number)!);
  }

  /**
   * Whether `count` orders are cheaper read one GET each than in the whole list. Octopi has no
   * batch read: its only ways to many orders are a GET per order or the whole list, whose cost
   * grows with the account, not with the batch. One GET costs about as much as
   * `GET_COST_IN_ORDERS` orders of the list, so the list wins only for a batch that is a large
   * part of it. Before any whole list was read its size is unknown, and a small batch takes
   * the GETs, whose cost at least is bounded by what was asked.
   */
  private readsOneByOne(count: number): boolean {
    if (count === 1) return true;
    const size = this.snapshot.knownSize;
    return size === undefined ? count <= GET_COST_IN_ORDERS : count * GET_COST_IN_ORDERS < size;
  }

  async listOrders(query: ListQuery): Promise<ListPage> {
    const position = query.position as { t: number; id: string } | null;
    const slice = await this.snapshot.slice(query.direction, query.limit, position);
    // Only the page's orders are mapped, not the whole list.
    const orders = slice.orders.map((raw) => mapOctopiOrder(raw, query.select));
    return { orders, hasMore: slice.hasMore, positionAfter: (i) => positionOf(slice.orders[i], slice.times[i]), upstreamCalls: slice.calls };
  }

  async createOrder(input: OctopiCreateInput): Promise<Order> {
    const body = parseInput(octopiCreateRequest, input, this.key);
    this.snapshot.invalidate();
    return mapOctopiOrder(await this.client.create(body));
  }

  async updateOrder(providerId: string, input: OctopiUpdateInput): Promise<Order> {
    const body = parseInput(octopiUpdateRequest, input, this.key);
    // Octopi addresses updates by order number; read the current one first.
    const current = await this.client.get(providerId);
    this.snapshot.invalidate();
    return mapOctopiOrder(await this.client.update(current.order_number, body));
  }

  async cancelOrder(providerId: string, reason: string): Promise<Order> {
    const current = await this.client.get(providerId);
    this.snapshot.invalidate();
    return mapOctopiOrder(await this.client.cancel(current.order_number, reason));
  }

  /**
   * Octopi documents no paged or counted list, only the whole one; its cheapest documented call is
   * reading one order (`GET /api/v1/service_orders/{order_number_or_id}.json`). The probe reads id
   * 0, which no order has (ids start at 1): the documented 404 proves the API answers and took the
   * token (a bad token is 401), at the cost of one tiny answer instead of every order.
   */
  async ping(): Promise<void> {
    await this.client.get(PROBE_ID).catch((error: unknown) => {
      if (!(error instanceof OrderGraphError && error.code === ErrorCode.NOT_FOUND)) throw error;
    });
  }
}

const PROBE_ID = '0';

/** GETs in flight at once for a batch read one order at a time (as the other vendors' batch reads). */
const READ_CONCURRENCY = 8;

/**
 * What one GET of an order costs, in orders of the whole list: measured on the sandbox with
 * 20,000 orders, a GET took 1.4 to 2 ms and the list 57 to 62 µs an order (22 to 35 orders).
 */
const GET_COST_IN_ORDERS = 32;

function notFound(id: string): OrderGraphError {
  return new OrderGraphError(ErrorCode.NOT_FOUND, `Octopi has no service order ${id}`, { provider: ProviderKey.OCTOPI, httpStatus: 404 });
}
