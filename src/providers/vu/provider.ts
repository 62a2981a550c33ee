import { z } from 'zod';
import { badUserInput, ErrorCode, OrderGraphError } from '../../core/errors';
import type { ListFilter, ListPage, ListQuery, OrderProvider, ProviderPosition, PositionSpec } from '../../core/provider';
import { ProviderKey } from '../keys';
import { OrderStatus } from '../../model/enums';
import type { Order } from '../../model/order';
import type { VuClient } from './client';
import { readNewestFirst } from './listing';
import { mapVuOrder } from './mapper';
import type { FieldSelection } from '../../core/deferred';
import { vuChangeDetector } from './changes';
import type { ChangeDetector } from '../../core/change-detection';
import { parseInput } from '../../core/input-schema';
import { vuCreateRequest, type VuCreateInput } from './rules';
import { VU_LINE_STATUSES, VU_MAX_LIMIT, type VuOrder } from './wire';

export type { VuCreateInput };

/** Position in VU's list: ASC resumes after an id (`since_id`); DESC below an id, with the id density seen. */
type AscPosition = { after: number };
type DescPosition = { before: number; density: number };

/**
 * VU Custom behind the provider contract.
 *
 * VU's list defaults to `status=new_order`, so every list call names the line statuses it
 * wants (all known ones unless a filter narrows them). Reads by many ids are one `ids` call
 * per 250, by order numbers one `order_numbers` call per 250. Oldest-first pages are
 * `since_id` + `limit`, one call each; newest-first pages read ascending id windows and
 * reverse them (listing.ts). VU documents no update or cancel call.
 */
export class VuProvider implements OrderProvider<VuCreateInput, never> {
  readonly key = ProviderKey.VU;
  readonly capabilities = { create: true, update: false, cancel: false, maxPageSize: VU_MAX_LIMIT, filtersByContainer: false };
  /** Oldest first: `since_id` of the next call; newest first: the id to stay below, and the id density seen. */
  readonly position: PositionSpec = {
    version: 1,
    schema: z.union([
      z.strictObject({ after: z.number().int().min(0) }),
      z.strictObject({ before: z.number().int().min(0), density: z.number().gt(0).max(1) }),
    ]),
  };
  /** Highest order id seen: where a newest-first list starts looking (a hint, never trusted for correctness). */
  private highWater = 0;
  /** Orders per id seen by the last newest-first page (1 where ids are the tenant's own). */
  private density = 1;
  /** No order has an id at or below this: learned from unfiltered reads that reached the oldest order. */
  private floor = 0;

  /**
   * Every line status a list asks for. VU's list answers only the statuses it is asked for
   * (`status`, default `new_order`) and names no list of them, so a status this list lacks hides
   * its orders from lists and batch reads: VU_LINE_STATUSES adds the ones an instance has.
   */
  private readonly lineStatuses: readonly string[];

  constructor(
    private readonly client: VuClient,
    options: { lineStatuses?: readonly string[] } = {},
  ) {
    this.lineStatuses = [...new Set([...VU_LINE_STATUSES, ...(options.lineStatuses ?? [])])];
    this.changeDetector = vuChangeDetector(client, this);
  }

  /** Orders with an open line read every cycle (changes.ts). */
  readonly changeDetector: ChangeDetector;

  async getOrders(providerIds: readonly string[]): Promise<Array<Order | Error>> {
    const ids = [...new Set(providerIds.filter(isVuId).map(Number))];
    if (providerIds.length === 1) {
      if (ids.length === 0) return [notFound(providerIds[0])];
      try {
        return [this.mapped(await this.client.getOrder(ids[0]))];
      } catch (error) {
        return [error as Error];
      }
    }
    const found = new Map<string, Order>();
    await Promise.all(
      chunks(ids, VU_MAX_LIMIT).map(async (chunk) => {
        for (const raw of await this.client.listOrders({ ids: chunk, status: this.lineStatuses, limit: VU_MAX_LIMIT }))
          found.set(String(raw.id), this.mapped(raw));
      }),
    );
    return providerIds.map((id) => found.get(id) ?? notFound(id));
  }

  async getOrdersByNumber(orderNumbers: readonly string[]): Promise<Array<Order | null | Error>> {
    // Numbers with a comma cannot be asked for in the comma-separated filter (nor created through ordergraph).
    const numbers = [...new Set(orderNumbers.filter((n) => n !== '' && !n.includes(',')))];
    const found = new Map<string, Order>();
    await Promise.all(
      chunks(numbers, VU_MAX_LIMIT).map(async (chunk) => {
        for (const raw of await this.client.listOrders({ orderNumbers: chunk, status: this.lineStatuses, limit: VU_MAX_LIMIT })) {
          found.set(raw.order_number, this.mapped(raw));
        }
      }),
    );
    return orderNumbers.map((n) => found.get(n) ?? null);
  }

  async listOrders(query: ListQuery): Promise<ListPage> {
    const status = lineStatusesFor(query.filter, this.lineStatuses);
    if (status.length === 0) return { orders: [], hasMore: false, positionAfter: () => null, upstreamCalls: 0 };
    const want = Math.max(1, Math.min(query.limit, VU_MAX_LIMIT));
    const orderNumbers = query.filter.orderNumber !== undefined ? [query.filter.orderNumber] : undefined;
    if (orderNumbers && orderNumbers[0].includes(',')) return { orders: [], hasMore: false, positionAfter: () => null, upstreamCalls: 0 };

    // Only reads of every order may teach where ids start: a filtered answer says nothing of orders it skips.
    const unfiltered = !orderNumbers && status.length === this.lineStatuses.length;

    if (query.direction === 'ASC') {
      const after = readPosition(query.position, 'after');
      const raws = await this.client.listOrders({ status, limit: want, sinceId: after, orderNumbers });
      if (unfiltered && after <= this.floor && raws.length > 0) this.floor = Math.max(this.floor, raws[0].id - 1);
      const orders = raws.map((raw) => this.mapped(raw, query.select));
      return {
        orders,
        hasMore: raws.length === want,
        positionAfter: (i): AscPosition => ({ after: raws[i].id }),
        upstreamCalls: 1,
      };
    }

    const position = query.position === null ? null : (readPosition(query.position, 'before') as number);
    const density = query.position === null ? this.density : readDensity(query.position);
    const page = await readNewestFirst<VuOrder>(
      { pageSize: VU_MAX_LIMIT, after: (sinceId, limit) => this.client.listOrders({ status, limit, sinceId, orderNumbers }) },
      { before: position, want, density, hint: this.highWater, floor: this.floor },
    );
    this.density = page.density;
    if (unfiltered) this.floor = Math.max(this.floor, page.floor);
    const orders = page.items.map((raw) => this.mapped(raw, query.select));
    return {
      orders,
      hasMore: page.hasMore,
      positionAfter: (i): DescPosition => ({ before: page.items[i].id, density: page.density }),
      upstreamCalls: page.calls,
    };
  }

  async createOrder(input: VuCreateInput): Promise<Order> {
    return this.mapped(await this.client.createOrder(parseInput(vuCreateRequest, input, this.key)));
  }

  async updateOrder(): Promise<Order> {
    throw unsupported('updated');
  }

  async cancelOrder(): Promise<Order> {
    throw unsupported('cancelled');
  }

  async ping(): Promise<void> {
    await this.client.listOrders({ status: this.lineStatuses, limit: 1 });
  }

  private mapped(raw: VuOrder, select?: FieldSelection): Order {
    if (raw.id > this.highWater) this.highWater = raw.id;
    return mapVuOrder(raw, select);
  }
}

/**
 * The line statuses to ask VU for. VU's `status` matches orders with at least one line in
 * it, so each unified status asks for the line statuses its orders must contain (the core
 * re-checks the derived status). No known line status can make DRAFT, ACCEPTED, IN_TRANSIT
 * or REJECTED: those ask for nothing. `all` is every line status to ask for (the known ones and
 * those configured); a status this version does not map makes an order UNKNOWN.
 */
export function lineStatusesFor(filter: ListFilter, all: readonly string[] = VU_LINE_STATUSES): string[] {
  if (!filter.statuses?.length) return [...all];
  const wanted = new Set<string>();
  for (const status of filter.statuses) {
    switch (status) {
      case OrderStatus.PENDING:
        wanted.add('new_order');
        break;
      case OrderStatus.IN_PROGRESS:
        for (const s of ['new_order', 'in_production', 'partially_shipped', 'shipped']) wanted.add(s);
        break;
      case OrderStatus.COMPLETED:
        wanted.add('shipped');
        break;
      case OrderStatus.CANCELLED:
        wanted.add('cancelled');
        break;
      case OrderStatus.UNKNOWN:
        // An order with a line status this version does not map: every status asked for.
        for (const s of all) wanted.add(s);
        break;
      case OrderStatus.DRAFT:
      case OrderStatus.ACCEPTED:
      case OrderStatus.IN_TRANSIT:
      case OrderStatus.REJECTED:
        break;
      default: {
        const never: never = status;
        void never;
      }
    }
  }
  return all.filter((s) => wanted.has(s));
}

function isVuId(id: string): boolean {
  return /^[1-9]\d{0,14}$/.test(id);
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The id in a position this provider wrote (0 = from the start for ASC). */
function readPosition(position: ProviderPosition | null, key: 'after' | 'before'): number {
  if (position === null) return 0;
  const value = (position as Record<string, unknown>)[key];
  if (typeof position !== 'object' || Array.isArray(position) || !Number.isSafeInteger(value) || (value as number) < 0) {
    throw badUserInput([{ field: 'after', rule: 'cursor', message: 'is not a cursor returned by this API' }], ProviderKey.VU);
  }
  return value as number;
}

function readDensity(position: ProviderPosition): number {
  const density = (position as Record<string, unknown>).density;
  return typeof density === 'number' && density > 0 && density <= 1 ? density : 1;
}

function notFound(id: string): OrderGraphError {
  return new OrderGraphError(ErrorCode.NOT_FOUND, `VU Custom has no order ${id}`, { provider: ProviderKey.VU, httpStatus: 404 });
}

function unsupported(what: string): OrderGraphError {
  return new OrderGraphError(ErrorCode.UNSUPPORTED_OPERATION, `VU Custom orders cannot be ${what} through its API`, { provider: ProviderKey.VU });
}
