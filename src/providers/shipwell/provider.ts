import { z } from 'zod';
import { ErrorCode, OrderGraphError } from '../../core/errors';
import { parseInput } from '../../core/input-schema';
import type { ListPage, ListQuery, OrderProvider, ProviderCapabilities, PositionSpec } from '../../core/provider';
import { ProviderKey } from '../keys';
import { OrderStatus } from '../../model/enums';
import type { Order } from '../../model/order';
import type { ShipwellClient } from './client';
import { shipwellChangeDetector } from './changes';
import type { ChangeDetector } from '../../core/change-detection';
import { mapShipwellOrder, SHIPWELL_STATUSES_OF } from './mapper';
import { shipwellCreateRequest, type ShipwellCreateInput } from './rules';
import type { ShipwellPurchaseOrder } from './wire';

export type { ShipwellCreateInput };

/** Largest `limit` of Shipwell's `GET /orders` (sandbox choice, README.md). */
export const SHIPWELL_PAGE_MAX = 100;

/**
 * Shipwell behind the provider contract. Reads of several orders are one `GET /orders` call
 * per 100 ids (or order numbers), filtered by `id` (or `order_number`); one id is one
 * `GET /orders/{id}`. Pages use Shipwell's `starting_after` cursor with `order_by=created_at`
 * (or `-created_at`), so a position is the last order's id: a keyset that new orders never
 * shift. Shipwell documents no update or cancel of an order, so both are UNSUPPORTED_OPERATION.
 */
export class ShipwellProvider implements OrderProvider<ShipwellCreateInput, never> {
  readonly key = ProviderKey.SHIPWELL;
  readonly capabilities: ProviderCapabilities = {
    create: true,
    update: false,
    cancel: false,
    maxPageSize: SHIPWELL_PAGE_MAX,
    filtersByContainer: false,
    // shipwell-purchase-orders.md: order_number "<= 64 characters".
    filterLimits: { orderNumber: 64 },
  };
  /** `starting_after`: the id of the last order taken. */
  readonly position: PositionSpec = { version: 1, schema: z.string().min(1).max(256) };

  readonly changeDetector: ChangeDetector;

  constructor(private readonly client: ShipwellClient) {
    this.changeDetector = shipwellChangeDetector(client);
  }

  async getOrders(providerIds: readonly string[]): Promise<Array<Order | Error>> {
    if (providerIds.length === 1) {
      try {
        return [mapShipwellOrder(await this.client.get(providerIds[0]))];
      } catch (error) {
        return [error as Error];
      }
    }
    const found = await this.listBy('id', providerIds);
    return providerIds.map((id) => {
      const order = found.get(id);
      if (order instanceof Error) return order;
      return order ? mapShipwellOrder(order) : notFound(id);
    });
  }

  async getOrdersByNumber(orderNumbers: readonly string[]): Promise<Array<Order | null | Error>> {
    const found = await this.listBy('order_number', orderNumbers);
    return orderNumbers.map((number) => {
      const order = found.get(number);
      if (order instanceof Error) return order;
      return order ? mapShipwellOrder(order) : null;
    });
  }

  async listOrders(query: ListQuery): Promise<ListPage> {
    const { filter } = query;
    // Shipwell purchase orders carry no containers, and some unified statuses have no Shipwell value.
    let status: string[] | undefined;
    if (filter.statuses?.length && !filter.statuses.includes(OrderStatus.UNKNOWN)) status = filter.statuses.flatMap((s) => SHIPWELL_STATUSES_OF[s]);
    if (filter.containerNumber !== undefined || status?.length === 0)
      return { orders: [], hasMore: false, positionAfter: () => query.position, upstreamCalls: 0 };

    const list = await this.client.list({
      limit: Math.max(1, Math.min(query.limit, SHIPWELL_PAGE_MAX)),
      order_by: query.direction === 'DESC' ? '-created_at' : 'created_at',
      starting_after: typeof query.position === 'string' ? query.position : undefined,
      status,
      order_number: filter.orderNumber !== undefined ? [filter.orderNumber] : undefined,
      created_at__gte: filter.createdFrom?.toISOString(),
      created_at__lte: filter.createdTo?.toISOString(),
    });
    const orders = list.data.map((raw) => mapShipwellOrder(raw, query.select));
    return { orders, hasMore: Boolean(list.links?.next), positionAfter: (i) => orders[i].providerId, upstreamCalls: 1 };
  }

  async createOrder(input: ShipwellCreateInput): Promise<Order> {
    const body = parseInput(shipwellCreateRequest, input, this.key);
    return mapShipwellOrder(await this.client.create(body));
  }

  async updateOrder(): Promise<Order> {
    throw unsupported('updated');
  }

  async cancelOrder(): Promise<Order> {
    throw unsupported('cancelled');
  }

  async ping(): Promise<void> {
    await this.client.list({ limit: 1, order_by: '-created_at' });
  }

  /** Orders by id or order number, one list call per 100 keys; a failed call puts its error in its keys' slots. */
  private async listBy(field: 'id' | 'order_number', keys: readonly string[]) {
    const unique = [...new Set(keys)];
    const found = new Map<string, ShipwellPurchaseOrder | Error>();
    const chunks: string[][] = [];
    for (let i = 0; i < unique.length; i += SHIPWELL_PAGE_MAX) chunks.push(unique.slice(i, i + SHIPWELL_PAGE_MAX));
    await Promise.all(
      chunks.map(async (chunk) => {
        try {
          const list = await this.client.list({ limit: chunk.length, order_by: 'id', [field]: chunk });
          for (const order of list.data) found.set(field === 'id' ? order.id : order.order_number, order);
        } catch (error) {
          for (const key of chunk) found.set(key, error as Error);
        }
      }),
    );
    return found;
  }
}

function notFound(id: string): OrderGraphError {
  return new OrderGraphError(ErrorCode.NOT_FOUND, `Shipwell has no order ${id}`, { provider: ProviderKey.SHIPWELL, httpStatus: 404 });
}

function unsupported(what: string): OrderGraphError {
  return new OrderGraphError(ErrorCode.UNSUPPORTED_OPERATION, `Shipwell orders cannot be ${what} through its API`, { provider: ProviderKey.SHIPWELL });
}
