import { z } from 'zod';
import { badUserInput, ErrorCode, isOrderGraphError, OrderGraphError } from '../../core/errors';
import { mapWithConcurrency } from '../../core/concurrency';
import type { ListPage, ListQuery, OrderProvider, PositionSpec } from '../../core/provider';
import { ProviderKey } from '../keys';
import { OrderStatus } from '../../model/enums';
import type { Order } from '../../model/order';
import type { SitooClient } from './client';
import { sitooChangeDetector } from './changes';
import type { ChangeDetector } from '../../core/change-detection';
import { mapSitooOrder, sitooStatesOf } from './mapper';
import { checkInput, parseInput } from '../../core/input-schema';
import { sitooCreateRequest, sitooUpdateRequest, type SitooCreateBody, type SitooCreateInput, type SitooUpdateBody, type SitooUpdateInput } from './rules';
import { SITOO_MAX_NUM, type SitooServiceOrder, type SitooServiceOrderState, type SitooServiceProduct, type SitooServiceUser } from './wire';

export type { SitooCreateInput, SitooUpdateInput };

export interface SitooProviderOptions {
  /** Author of the revisions ordergraph writes when the caller names none (cancelOrder, updates without `author`). */
  defaultAuthor: SitooServiceUser;
}

/** Reads of one batch that run at once: Sitoo has no batch read, so a batch is parallel single GETs, bounded. */
export const SITOO_READ_CONCURRENCY = 8;
/** Clock skew tolerated between ordergraph and Sitoo when looking up a create whose answer was lost. */
export const SITOO_RECOVER_SKEW_SECONDS = 30;
/** Pages of the lookup at most: beyond this many orders of one store in the window, the lookup fails (outcome unknown) rather than guess. */
const RECOVER_MAX_PAGES = 50;
const CANCEL_ATTEMPTS = 3;

/**
 * Sitoo behind the provider contract.
 *
 * Listing uses Sitoo's own paging for real: `sort` (`-created` newest first, `created` oldest
 * first), `num` and `start_after_id`, the position being the id of the last order consumed, so
 * a position stays valid while orders are created. A unified status filter is pushed down as
 * `state=` when it names Sitoo states. Sitoo has no order number (the id is one), no batch read
 * (a batch is parallel GETs, at most SITOO_READ_CONCURRENCY at a time) and versions orders by
 * `revision`: a stale one is a CONFLICT carrying the current revision.
 */
export class SitooProvider implements OrderProvider<SitooCreateInput, SitooUpdateInput> {
  readonly key = ProviderKey.SITOO;
  readonly capabilities = { create: true, update: true, cancel: true, maxPageSize: SITOO_MAX_NUM, filtersByContainer: false };
  /** `start_after_id`: the id of the last order taken. */
  readonly position: PositionSpec = { version: 1, schema: z.string().min(1).max(256) };

  /** Open states read every cycle, by revision (changes.ts). */
  readonly changeDetector: ChangeDetector;

  constructor(
    private readonly client: SitooClient,
    private readonly options: SitooProviderOptions,
  ) {
    this.changeDetector = sitooChangeDetector(client, this);
  }

  async getOrders(providerIds: readonly string[]): Promise<Array<Order | Error>> {
    return mapWithConcurrency(providerIds, SITOO_READ_CONCURRENCY, async (id) => {
      try {
        return mapSitooOrder(await this.client.get(id));
      } catch (error) {
        return error as Error;
      }
    });
  }

  /** The order number is the id: the same reads, with null for an id nobody has. */
  async getOrdersByNumber(orderNumbers: readonly string[]): Promise<Array<Order | null | Error>> {
    const found = await this.getOrders(orderNumbers);
    return found.map((order) => (isOrderGraphError(order) && order.code === ErrorCode.NOT_FOUND ? null : order));
  }

  async listOrders(query: ListQuery): Promise<ListPage> {
    const { filter, direction } = query;
    const none: ListPage = { orders: [], hasMore: false, positionAfter: () => query.position, upstreamCalls: 0 };
    if (query.position !== null && typeof query.position !== 'string') {
      throw badUserInput([{ field: 'after', rule: 'cursor', message: 'is not a cursor returned by this API' }], this.key);
    }
    // Sitoo service orders touch no containers.
    if (filter.containerNumber !== undefined) return none;
    // The order number is the id: one read answers the filter.
    if (filter.orderNumber !== undefined) {
      if (query.position !== null) return none;
      const [found] = await this.getOrders([filter.orderNumber]);
      if (isOrderGraphError(found) && found.code === ErrorCode.NOT_FOUND) return { ...none, upstreamCalls: 1 };
      if (found instanceof Error) throw found;
      return { orders: [found], hasMore: false, positionAfter: () => found.providerId, upstreamCalls: 1 };
    }
    const states = pushedDownStates(filter.statuses);
    if (states !== undefined && states.length === 0) return none;

    const limit = Math.max(1, Math.min(query.limit, SITOO_MAX_NUM));
    // One more than wanted tells whether more follow, when the page size allows it.
    const num = Math.min(limit + 1, SITOO_MAX_NUM);
    const raw = await this.client.list({
      state: states,
      start_after_id: query.position ?? undefined,
      num,
      sort: direction === 'DESC' ? '-created' : 'created',
    });
    let orders = raw.slice(0, limit).map((item) => mapSitooOrder(item, query.select));
    let hasMore = raw.length > limit || (num === limit && raw.length === num);
    // Past the end of a date range nothing more can match: stop there.
    const beyond =
      direction === 'DESC'
        ? (o: Order) => filter.createdFrom !== undefined && o.createdAt < filter.createdFrom
        : (o: Order) => filter.createdTo !== undefined && o.createdAt > filter.createdTo;
    const cut = orders.findIndex(beyond);
    if (cut >= 0) {
      orders = orders.slice(0, cut);
      hasMore = false;
    }
    return { orders, hasMore, positionAfter: (i) => orders[i].providerId, upstreamCalls: 1 };
  }

  async createOrder(input: SitooCreateInput): Promise<Order> {
    return mapSitooOrder(await this.client.create(parseInput(sitooCreateRequest, input, this.key)));
  }

  async updateOrder(providerId: string, input: SitooUpdateInput): Promise<Order> {
    const checked = checkInput(sitooUpdateRequest, input);
    // The revision is its own argument of the mutation, beside `input`.
    if (!checked.ok)
      throw badUserInput(
        checked.issues.map((issue) => (issue.field === 'input.revision' ? { ...issue, field: 'revision' } : issue)),
        this.key,
      );
    return mapSitooOrder(await this.write(providerId, { ...checked.value, author: checked.value.author ?? this.options.defaultAuthor }));
  }

  /**
   * Writes a revision. A 412 means the revision sent is stale: the order is read again so the
   * CONFLICT can carry `currentRevision` (a client re-reads and retries); Sitoo changed nothing.
   */
  private async write(providerId: string, body: SitooUpdateBody): Promise<SitooServiceOrder> {
    try {
      return await this.client.update(providerId, body);
    } catch (error) {
      if (!isOrderGraphError(error) || error.code !== ErrorCode.CONFLICT) throw error;
      const current = await this.client.get(providerId).catch(() => undefined);
      const now = current ? ` (it is at revision ${current.revision})` : '';
      throw new OrderGraphError(
        ErrorCode.CONFLICT,
        `Sitoo service order ${providerId} changed since revision ${body.revision}${now}; nothing was changed: read it again and retry`,
        {
          provider: this.key,
          httpStatus: error.extensions.httpStatus as number | undefined,
          providerCode: error.extensions.providerCode as string | undefined,
          currentRevision: current ? String(current.revision) : undefined,
        },
      );
    }
  }

  /**
   * A state change to `cancelled` at the order's current revision. Sitoo keeps no
   * cancellation reason (it is not written into the order's note). Should someone else change
   * the order between the read and the write, the cancel is retried on the fresh revision.
   */
  async cancelOrder(providerId: string): Promise<Order> {
    const author = this.options.defaultAuthor;
    for (let attempt = 1; ; attempt += 1) {
      const current = await this.client.get(providerId);
      if (current.state === 'cancelled') return mapSitooOrder(current);
      try {
        return mapSitooOrder(await this.write(providerId, { revision: current.revision, state: 'cancelled', author }));
      } catch (error) {
        if (attempt >= CANCEL_ATTEMPTS || !isOrderGraphError(error) || error.code !== ErrorCode.CONFLICT) throw error;
      }
    }
  }

  /**
   * Finds the order a create sent at `sentAt` made, when its answer was lost. Sitoo has no client
   * order number, so: the store's orders, newest first (`store`, `sort=-created`), page after
   * page (`start_after_id`) back to the send time less some clock skew; the first whose
   * customer, owner, author, currency, note, product and services all equal the input's. Every
   * state is searched: store staff may move a new order on before the lookup runs. Two identical
   * orders for the same customer in the same store within that window cannot be told apart; the
   * newer is taken.
   */
  async findCreated(input: SitooCreateInput, sentAt: Date): Promise<Order | null> {
    // The input was sent, so it is valid: the same body, to compare with what Sitoo holds.
    const body = parseInput(sitooCreateRequest, input, this.key);
    const since = Math.floor(sentAt.getTime() / 1000) - SITOO_RECOVER_SKEW_SECONDS;
    let after: string | undefined;
    for (let page = 0; page < RECOVER_MAX_PAGES; page += 1) {
      const orders = await this.client.list({ store: body.store.id, sort: '-created', num: SITOO_MAX_NUM, start_after_id: after });
      const match = orders.find((raw) => raw.created >= since && sameOrder(raw, body));
      if (match) return mapSitooOrder(match);
      const last = orders[orders.length - 1];
      if (orders.length < SITOO_MAX_NUM || !last || last.created < since) return null;
      after = last.id;
    }
    throw new OrderGraphError(
      ErrorCode.PROVIDER_UNAVAILABLE,
      `More than ${RECOVER_MAX_PAGES * SITOO_MAX_NUM} orders of the store were created since the create was sent: its order cannot be looked up`,
      {
        provider: ProviderKey.SITOO,
        reason: 'HTTP_ERROR',
      },
    );
  }

  async ping(): Promise<void> {
    await this.client.list({ num: 1 });
  }
}

/** The Sitoo states of a status filter; undefined when it cannot be pushed down (none, or UNKNOWN asked). */
export function pushedDownStates(statuses: readonly OrderStatus[] | undefined): SitooServiceOrderState[] | undefined {
  if (!statuses?.length || statuses.includes(OrderStatus.UNKNOWN)) return undefined;
  return [...new Set(statuses.flatMap(sitooStatesOf))];
}

/** Optional strings compare with null, undefined and "" as the same "nothing". */
const same = (a: unknown, b: unknown) => (a ?? '') === (b ?? '');

function sameUser(a: SitooServiceUser | undefined, b: SitooServiceUser | undefined): boolean {
  return !!a && !!b && a.email === b.email && same(a.name, b.name) && same(a.employee_id, b.employee_id);
}

function sameOrder(raw: SitooServiceOrder, body: SitooCreateBody): boolean {
  const product = (Array.isArray(raw.product) ? raw.product[0] : raw.product) as SitooServiceProduct | undefined;
  const wanted = body.product;
  const c = raw.customer;
  return (
    raw.store?.id === body.store.id &&
    raw.currency === body.currency &&
    same(raw.note, body.note) &&
    sameUser(raw.owner, body.owner) &&
    sameUser(raw.author, body.author) &&
    !!c &&
    c.first_name === body.customer.first_name &&
    same(c.last_name, body.customer.last_name) &&
    same(c.email, body.customer.email) &&
    same(c.mobile, body.customer.mobile) &&
    !!product &&
    product.sku === wanted.sku &&
    product.name === wanted.name &&
    same(product.serial, wanted.serial) &&
    Array.isArray(product.services) &&
    product.services.length === wanted.services.length &&
    product.services.every((s, i) => {
      const w = wanted.services[i];
      return (
        s.sku === w.sku &&
        s.name === w.name &&
        s.quantity === w.quantity &&
        same(s.unit_price, w.unit_price) &&
        (s.cost_share ?? null) === (w.cost_share ?? null) &&
        same(s.note, w.note)
      );
    })
  );
}
