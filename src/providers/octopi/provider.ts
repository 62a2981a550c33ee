import { ErrorCode, OrderGraphError } from '../../core/errors';
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
 * (`GET /service_orders` answers the whole list), so: one id is one GET, several ids in one
 * batch are one list call, and pages are keyset slices of the whole list.
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
    if (providerIds.length === 1) {
      const id = providerIds[0];
      if (!/^\d+$/.test(id)) return [notFound(id)];
      try {
        return [mapOctopiOrder(await this.client.get(id))];
      } catch (error) {
        return [error as Error];
      }
    }
    const byId = new Map((await this.client.list()).service_orders.map((o) => [String(o.id), o]));
    return providerIds.map((id) => {
      const raw = byId.get(id);
      return raw ? mapOctopiOrder(raw) : notFound(id);
    });
  }

  async getOrdersByNumber(orderNumbers: readonly string[]): Promise<Array<Order | null | Error>> {
    if (orderNumbers.length === 1 && !/^\d+$/.test(orderNumbers[0])) {
      // A numeric reference would be read as an Octopi id, so only non-numeric numbers take the direct path.
      try {
        return [mapOctopiOrder(await this.client.get(orderNumbers[0]))];
      } catch (error) {
        return [error instanceof OrderGraphError && error.code === ErrorCode.NOT_FOUND ? null : (error as Error)];
      }
    }
    const byNumber = new Map((await this.client.list()).service_orders.map((o) => [o.order_number, o]));
    return orderNumbers.map((n) => {
      const raw = byNumber.get(n);
      return raw ? mapOctopiOrder(raw) : null;
    });
  }

  async getOrdersByContainer(containerNumbers: readonly string[]): Promise<Array<Order[] | Error>> {
    // Octopi cannot filter by container: one list call answers the whole batch.
    const all = (await this.client.list()).service_orders.map(mapOctopiOrder);
    return containerNumbers.map((number) => all.filter((order) => order.containers.some((c) => c.number === number)));
  }

  async listOrders(query: ListQuery): Promise<ListPage> {
    const position = query.position as { t: number; id: string } | null;
    const slice = await this.snapshot.slice(query.direction, query.limit, position);
    // Only the page's orders are mapped, not the whole list.
    const orders = slice.orders.map(mapOctopiOrder);
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

function notFound(id: string): OrderGraphError {
  return new OrderGraphError(ErrorCode.NOT_FOUND, `Octopi has no service order ${id}`, { provider: ProviderKey.OCTOPI, httpStatus: 404 });
}
