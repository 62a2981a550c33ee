import { randomBytes } from 'node:crypto';
import { EmulatorServer, type EmulatorRequest, type EmulatorResponse } from '../emulator';
import { pickDistinct, random, spreadDates, type VendorChange } from '../demo-data';
import { createIssues } from './rules';
import { isoSeconds, renderSeeded, seededStatus, SHIPWELL_TAGS, type SeededOrder } from './seed';
import {
  ORDER_STATUSES as SHIPWELL_STATUSES,
  type Address as ShipwellAddress,
  type BillTo as ShipwellBillTo,
  type OrderList as ShipwellOrderList,
  type OrderStatus as ShipwellStatus,
  type OrderStop as ShipwellOrderStop,
  type PurchaseOrder as ShipwellPurchaseOrder,
  type Supplier as ShipwellSupplier,
  type Tag as ShipwellTag,
  type ValidationIssue as ShipwellValidationIssue,
} from './wire';

/**
 * The Shipwell sandbox: an HTTP server speaking Shipwell's purchase order API (`POST /orders`,
 * `GET /orders`, `GET /orders/{id}`) with `Authorization: Token <user-token>`, FastAPI-style
 * 422 bodies, ULID order ids (sortable by creation time, as Shipwell's are) and the
 * `starting_after` / `ending_before` cursors of Shipwell's pagination convention.
 *
 * Orders are kept in one array sorted by id, which is also creation order, so a page of the
 * default sorts is a binary search plus a short scan, even over 100,000 orders.
 */

const LIMIT_DEFAULT = 20;
export const SHIPWELL_LIMIT_MAX = 100;
const SORTS = ['id', 'created_at', 'updated_at', 'order_number'] as const;
type SortField = (typeof SORTS)[number];

/** A created order: its whole wire form. A seeded one: a recipe rendered when read (see seed.ts). */
type StoredOrder = { kind: 'created'; id: string; orderNumber: string; createdMs: number; order: ShipwellPurchaseOrder } | ({ kind: 'seeded' } & SeededOrder);

interface ListFilters {
  ids?: Set<string>;
  orderNumbers?: Set<string>;
  statuses?: Set<string>;
  createdFrom?: number;
  createdTo?: number;
}

export class ShipwellEmulator {
  readonly server: EmulatorServer;
  readonly tags: readonly ShipwellTag[] = SHIPWELL_TAGS;
  /** Sorted by id (ULIDs: creation time first). */
  private readonly orders: StoredOrder[] = [];
  private readonly byId = new Map<string, StoredOrder>();
  private readonly byNumber = new Map<string, StoredOrder>();
  private seedCounter = 0;

  constructor(readonly token: string) {
    this.server = new EmulatorServer('Shipwell', (request) => this.authorize(request));
    this.server
      .route('POST', '/orders', (r) => this.create(r))
      .route('GET', '/orders', (r) => this.list(r))
      .route('GET', '/orders/:id', (r) => this.read(r.params.id));
  }

  /** Seeds `count` purchase orders created over the last months, by direct inserts (fast enough for 100,000). */
  seed(count: number, seed = 1): void {
    const rand = random(seed);
    const now = Date.now();
    const inserted: StoredOrder[] = [];
    for (const createdAt of spreadDates(count, rand, now)) {
      const createdMs = createdAt.getTime();
      const status = seededStatus(rand, (now - createdMs) / 86_400_000);
      const updatedMs = status === 'NOT_READY' ? createdMs : Math.min(now, createdMs + Math.floor(rand() * 10 * 86_400_000));
      this.seedCounter += 1;
      const seeded: StoredOrder = {
        kind: 'seeded',
        id: ulid(createdMs, rand),
        orderNumber: `PO-${new Date(createdMs).getUTCFullYear()}-${String(this.seedCounter).padStart(6, '0')}`,
        status,
        createdMs,
        updatedMs,
        cancelledMs: status === 'CANCELED' ? updatedMs : null,
        recipe: Math.floor(rand() * 0x7fffffff),
      };
      inserted.push(seeded);
    }
    for (const order of inserted) {
      this.byId.set(order.id, order);
      this.byNumber.set(order.orderNumber, order);
    }
    this.orders.push(...inserted);
    this.orders.sort((a, b) => compare(a.id, b.id));
  }

  async listen(port = 0): Promise<string> {
    return this.server.listen(port);
  }

  /** Moves an order to another status, as Shipwell's own workflow would (sandbox helper for tests and demos). */
  setStatus(id: string, status: ShipwellStatus): ShipwellPurchaseOrder {
    const stored = this.byId.get(id);
    if (!stored) throw new Error(`no Shipwell order ${id}`);
    const order = this.render(stored);
    const now = isoSeconds(Date.now());
    const changed: ShipwellPurchaseOrder = { ...order, status, updated_at: now, cancelled_at: status === 'CANCELED' ? now : order.cancelled_at };
    this.replace({ kind: 'created', id, orderNumber: order.order_number, createdMs: stored.createdMs, order: changed });
    return changed;
  }

  /** Carriers' progress (sandbox helper): each of up to `count` open orders moves to its next status. */
  advanceOrders(count: number, rand: () => number = Math.random): VendorChange[] {
    const open = this.orders.filter((o) => !['DELIVERED', 'CANCELED'].includes(this.render(o).status));
    return pickDistinct(open, count, rand).map((stored) => {
      const from = this.render(stored).status;
      const to = SHIPWELL_STATUSES[SHIPWELL_STATUSES.indexOf(from as ShipwellStatus) + 1];
      this.setStatus(stored.id, to);
      return { id: stored.id, from, to };
    });
  }

  get size(): number {
    return this.orders.length;
  }

  private authorize(request: EmulatorRequest): EmulatorResponse | null {
    const header = request.headers.authorization;
    if (!header) return unauthorized('Authentication credentials were not provided.');
    const match = /^Token\s+(\S+)$/.exec(String(header));
    return match && match[1] === this.token ? null : unauthorized('Invalid token.');
  }

  private read(id: string): EmulatorResponse {
    const stored = this.byId.get(id);
    return stored ? { status: 200, body: this.render(stored) } : { status: 404, body: { detail: 'Order not found.' } };
  }

  private create(request: EmulatorRequest): EmulatorResponse {
    if (request.badJson) return unprocessable([{ loc: ['body', 0], msg: 'JSON decode error', type: 'json_invalid' }]);
    if (request.json === undefined) return unprocessable([{ loc: ['body'], msg: 'Field required', type: 'missing' }]);
    const detail = createIssues(request.json);
    const body = request.json as Record<string, unknown>;
    // "order_number ... Freeform text that can be anything the user wants, but must be unique."
    if (typeof body.order_number === 'string' && this.byNumber.has(body.order_number)) {
      detail.push({ loc: ['body', 'order_number'], msg: 'Value error, an order with this order_number already exists', type: 'unique_violation' });
    }
    // "tags ... List of tags ids or slugs to be associated with the Order": tags of the account.
    const tags: ShipwellTag[] = [];
    if (Array.isArray(body.tags)) {
      body.tags.forEach((ref, i) => {
        if (typeof ref !== 'string') return;
        const tag = this.tags.find((t) => t.id === ref || t.slug === ref);
        if (!tag) detail.push({ loc: ['body', 'tags', i], msg: 'Value error, no tag with this id or slug', type: 'value_error' });
        else if (!tags.includes(tag)) tags.push(tag);
      });
    }
    if (detail.length > 0) return unprocessable(detail);

    const nowMs = Date.now();
    const id = ulid(nowMs);
    const now = isoSeconds(nowMs);
    const text = (value: unknown) => (value as string | null | undefined) ?? null;
    const requirements = body.shipping_requirements as { bill_to?: ShipwellBillTo | null } | null | undefined;
    // The "Successful Response" example: every field of the request, then the order's own.
    const order: ShipwellPurchaseOrder = {
      custom_data: body.custom_data ?? null,
      order_number: body.order_number as string,
      ship_to: stop(body.ship_to as ShipwellOrderStop),
      name: text(body.name),
      ship_from: body.ship_from ? stop(body.ship_from as ShipwellOrderStop) : null,
      description: text(body.description),
      source: text(body.source),
      source_system_id: text(body.source_system_id),
      start_date: text(body.start_date),
      expiration_date: text(body.expiration_date),
      references: copies(body.references),
      shipping_requirements: requirements ? { bill_to: requirements.bill_to ? billTo(requirements.bill_to) : null } : null,
      id,
      // "order_type | string (Order Type) Default: "PURCHASE_ORDER""
      order_type: text(body.order_type) ?? 'PURCHASE_ORDER',
      // "status required | string (PurchaseOrderStatus)": the first status of beyond-the-docs.md's list.
      status: 'NOT_READY',
      items: copies(body.items),
      supplier_created_releases_allowed: (body.supplier_created_releases_allowed as boolean | undefined) ?? false,
      supplier: body.supplier ? supplier(body.supplier as ShipwellSupplier) : null,
      releases: [],
      released_from_release_id: null,
      created_from_order_id: null,
      cancelled_at: null,
      created_at: now,
      updated_at: now,
      tags,
      archived: (body.archived as boolean | undefined) ?? false,
    };
    this.insert({ kind: 'created', id, orderNumber: order.order_number, createdMs: nowMs, order });
    return { status: 201, body: order };
  }

  private list(request: EmulatorRequest): EmulatorResponse {
    const q = request.query;
    const detail: ShipwellValidationIssue[] = [];
    const limitText = q.get('limit');
    const limit = limitText === null ? LIMIT_DEFAULT : Number(limitText);
    if (!Number.isInteger(limit)) detail.push({ loc: ['query', 'limit'], msg: 'Input should be a valid integer', type: 'int_parsing' });
    else if (limit < 1) detail.push({ loc: ['query', 'limit'], msg: 'Input should be greater than or equal to 1', type: 'greater_than_equal' });
    else if (limit > SHIPWELL_LIMIT_MAX)
      detail.push({ loc: ['query', 'limit'], msg: `Input should be less than or equal to ${SHIPWELL_LIMIT_MAX}`, type: 'less_than_equal' });

    const orderBy = q.get('order_by') ?? '-created_at';
    const field = orderBy.replace(/^-/, '') as SortField;
    if (!SORTS.includes(field))
      detail.push({ loc: ['query', 'order_by'], msg: `Input should be one of ${SORTS.join(', ')}, optionally prefixed with -`, type: 'enum' });
    const descending = orderBy.startsWith('-');

    const filters: ListFilters = {};
    const many = (name: string) =>
      q
        .getAll(name)
        .flatMap((v) => v.split(','))
        .filter((v) => v !== '');
    if (q.has('id')) filters.ids = new Set(many('id'));
    if (q.has('order_number')) filters.orderNumbers = new Set(q.getAll('order_number'));
    if (q.has('status')) {
      const statuses = many('status');
      statuses.forEach((s) => {
        if (!SHIPWELL_STATUSES.includes(s as ShipwellStatus))
          detail.push({ loc: ['query', 'status'], msg: `Input should be ${SHIPWELL_STATUSES.map((v) => `'${v}'`).join(', ')}`, type: 'enum' });
      });
      filters.statuses = new Set(statuses);
    }
    for (const [name, key] of [
      ['created_at__gte', 'createdFrom'],
      ['created_at__lte', 'createdTo'],
    ] as const) {
      const value = q.get(name);
      if (value === null) continue;
      const time = Date.parse(value);
      if (Number.isNaN(time)) detail.push({ loc: ['query', name], msg: 'Input should be a valid datetime', type: 'datetime_parsing' });
      else filters[key] = time;
    }
    const after = q.get('starting_after');
    const before = q.get('ending_before');
    if (detail.length > 0) return unprocessable(detail);

    const matches = (o: StoredOrder) => this.matches(o, filters);
    let page: StoredOrder[];
    let hasNext: boolean;
    let hasPrev: boolean;
    if (field === 'id' || field === 'created_at') {
      // The storage order: a cursor is a keyset position on the id, valid whatever is created meanwhile.
      ({ page, hasNext, hasPrev } = idOrderedPage(this.orders, { descending, limit, after, before, matches }));
    } else {
      const sign = descending ? -1 : 1;
      const key = (o: StoredOrder) => (field === 'order_number' ? o.orderNumber : this.render(o).updated_at);
      const sorted = this.orders.filter(matches).sort((a, b) => sign * (compare(key(a), key(b)) || compare(a.id, b.id)));
      const cursor = before ?? after;
      let index = -1;
      if (cursor !== null) {
        const named = this.byId.get(cursor);
        if (!named)
          return unprocessable([
            { loc: ['query', before !== null ? 'ending_before' : 'starting_after'], msg: 'Value error, no order with this id', type: 'value_error' },
          ]);
        const position = (o: StoredOrder) => sign * (compare(key(o), key(named)) || compare(o.id, named.id));
        index = before !== null ? sorted.findIndex((o) => position(o) >= 0) : sorted.findIndex((o) => position(o) > 0);
        if (index === -1) index = sorted.length;
      }
      const from = before !== null ? Math.max(0, index - limit) : Math.max(0, index);
      const to = before !== null ? index : from + limit;
      page = sorted.slice(from, to);
      hasNext = to < sorted.length;
      hasPrev = from > 0;
    }

    const base = new URLSearchParams(q);
    base.delete('starting_after');
    base.delete('ending_before');
    const link = (name: string, id: string) => {
      const params = new URLSearchParams(base);
      params.set(name, id);
      return `/orders?${params.toString()}`;
    };
    const noFilter = !filters.ids && !filters.orderNumbers && !filters.statuses && filters.createdFrom === undefined && filters.createdTo === undefined;
    const body: ShipwellOrderList = {
      data: page.map((o) => this.render(o)),
      count: noFilter ? this.orders.length : this.orders.reduce((n, o) => n + (matches(o) ? 1 : 0), 0),
      links: {
        next: hasNext && page.length > 0 ? link('starting_after', page[page.length - 1].id) : null,
        prev: hasPrev && page.length > 0 ? link('ending_before', page[0].id) : null,
      },
    };
    return { status: 200, body };
  }

  private matches(order: StoredOrder, filters: ListFilters): boolean {
    if (filters.ids && !filters.ids.has(order.id)) return false;
    if (filters.orderNumbers && !filters.orderNumbers.has(order.orderNumber)) return false;
    if (filters.statuses && !filters.statuses.has(order.kind === 'seeded' ? order.status : order.order.status)) return false;
    // created_at is rendered in seconds; filters compare what the client sees.
    const created = Math.floor(order.createdMs / 1000) * 1000;
    if (filters.createdFrom !== undefined && created < filters.createdFrom) return false;
    if (filters.createdTo !== undefined && created > filters.createdTo) return false;
    return true;
  }

  private render(order: StoredOrder): ShipwellPurchaseOrder {
    if (order.kind === 'created') return order.order;
    // Item ids derive from the order id: the same order always renders the same items.
    return renderSeeded(order, (i) => `${order.id.slice(0, 24)}${String(i).padStart(2, '0')}`);
  }

  private insert(order: StoredOrder): void {
    let low = 0;
    let high = this.orders.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(this.orders[mid].id, order.id) < 0) low = mid + 1;
      else high = mid;
    }
    this.orders.splice(low, 0, order);
    this.byId.set(order.id, order);
    this.byNumber.set(order.orderNumber, order);
  }

  private replace(order: StoredOrder): void {
    const index = this.orders.findIndex((o) => o.id === order.id);
    this.orders[index] = order;
    this.byId.set(order.id, order);
    this.byNumber.set(order.orderNumber, order);
  }
}

/**
 * A page of an id-ordered list: after / before a keyset position (any id, present or not),
 * scanning only as far as the page needs.
 */
function idOrderedPage(
  orders: StoredOrder[],
  options: { descending: boolean; limit: number; after: string | null; before: string | null; matches: (o: StoredOrder) => boolean },
): { page: StoredOrder[]; hasNext: boolean; hasPrev: boolean } {
  const { descending, limit, after, before, matches } = options;
  const step = descending ? -1 : 1;
  /** Index of the first order strictly after `id` in list order. */
  const firstAfter = (id: string) => (descending ? lowerBound(orders, id) - 1 : upperBound(orders, id));
  const collect = (from: number, direction: number, count: number) => {
    const found: number[] = [];
    for (let i = from; i >= 0 && i < orders.length && found.length < count; i += direction) if (matches(orders[i])) found.push(i);
    return found;
  };
  let indexes: number[];
  if (before !== null) {
    const lastBefore = descending ? upperBound(orders, before) : lowerBound(orders, before) - 1;
    indexes = collect(lastBefore, -step, limit).reverse();
  } else {
    const start = after !== null ? firstAfter(after) : descending ? orders.length - 1 : 0;
    indexes = collect(start, step, limit);
  }
  if (indexes.length === 0) return { page: [], hasNext: false, hasPrev: false };
  const first = indexes[0];
  const last = indexes[indexes.length - 1];
  return {
    page: indexes.map((i) => orders[i]),
    hasNext: collect(last + step, step, 1).length > 0,
    hasPrev: collect(first - step, -step, 1).length > 0,
  };
}

function lowerBound(orders: StoredOrder[], id: string): number {
  let low = 0;
  let high = orders.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(orders[mid].id, id) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

function upperBound(orders: StoredOrder[], id: string): number {
  let low = 0;
  let high = orders.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(orders[mid].id, id) <= 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A ULID: 48 bits of milliseconds then 80 random bits, Crockford base32 (26 characters). */
export function ulid(timeMs: number, rand?: () => number): string {
  let time = '';
  let t = timeMs;
  for (let i = 0; i < 10; i += 1) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  const bytes = rand ? Array.from({ length: 16 }, () => Math.floor(rand() * 32)) : [...randomBytes(16)].map((b) => b % 32);
  return time + bytes.map((b) => CROCKFORD[b]).join('');
}

function address(a: ShipwellAddress): ShipwellAddress {
  return {
    country: a.country ?? null,
    line_1: a.line_1 ?? null,
    line_2: a.line_2 ?? null,
    line_3: a.line_3 ?? null,
    locality: a.locality ?? null,
    postal_code: a.postal_code ?? null,
    region: a.region ?? null,
    urbanization: a.urbanization ?? null,
    residential: a.residential ?? false,
    geolocation: a.geolocation ? { latitude: a.geolocation.latitude, longitude: a.geolocation.longitude } : null,
  };
}

function stop(s: ShipwellOrderStop): ShipwellOrderStop {
  const window = s.shipping_requirements?.plan_window;
  return {
    ...address(s),
    custom_data: s.custom_data ?? null,
    timezone: s.timezone ?? null,
    location_number: s.location_number ?? null,
    company_name: s.company_name ?? null,
    references: copies(s.references),
    shipping_requirements: s.shipping_requirements ? { plan_window: window ? { start: window.start ?? null, end: window.end ?? null } : null } : null,
  };
}

function billTo(b: ShipwellBillTo): ShipwellBillTo {
  return {
    account_number: b.account_number ?? null,
    billing_id: b.billing_id ?? null,
    payment_term: b.payment_term ?? null,
    billing_company_name: b.billing_company_name ?? null,
    billing_address: b.billing_address ? address(b.billing_address) : null,
    contact: b.contact ? { email: b.contact.email ?? null, phone_number: b.contact.phone_number ?? null } : null,
  };
}

function supplier(s: ShipwellSupplier): ShipwellSupplier {
  return {
    name: s.name ?? null,
    address: s.address ? address(s.address) : null,
    identification_codes: s.identification_codes ?? [],
    phone_number: s.phone_number ?? null,
    email: s.email ?? null,
    supplier_id: s.supplier_id ?? null,
  };
}

/** Objects the doc gives no schema for (`items`, `references`): kept as they were sent. */
function copies(value: unknown): Array<Record<string, unknown>> {
  return Array.isArray(value) ? value.map((entry) => structuredClone(entry as Record<string, unknown>)) : [];
}

function unprocessable(detail: ShipwellValidationIssue[]): EmulatorResponse {
  return { status: 422, body: { detail } };
}

function unauthorized(detail: string): EmulatorResponse {
  return { status: 401, body: { detail }, headers: { 'WWW-Authenticate': 'Token' } };
}
