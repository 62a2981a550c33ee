import { EmulatorServer, type EmulatorRequest, type EmulatorResponse } from '../emulator';
import { pick, pickDistinct, random, spreadDates, type VendorChange } from '../demo-data';
import { createErrors } from './rules';
import {
  MAX_LIMIT,
  type ExFactoryChange,
  type Fulfillment,
  type Line,
  type LineFields,
  type ListedLine,
  type Order,
  type OrderFields,
  type Party,
  type PartyFields,
} from './wire';

/**
 * The VU Custom sandbox: an HTTP server speaking VU's order API under `/api/v1` with HTTP
 * Basic auth (API key and secret). Orders get ascending ids in creation order, so `since_id`
 * pages through them oldest first, as VU's does. Each line starts as `new_order` with an
 * ex-factory date; `POST /fulfillments` ships some or all of a line, which moves the line to
 * `partially_shipped` or `shipped`. Choices where the docs are silent: README.md.
 */

const BASE = '/api/v1';
const DAY = 86_400_000;
const UNAUTHORIZED = '[API] Invalid API key or secret (unrecognized login or wrong password)';

/** Lines and their history are kept compact (dates as numbers, defaults derived) so that 100,000 orders seed fast. */
interface StoredLine {
  id: number;
  productId: number;
  fields: LineFields;
  status: string;
  /** Current ex-factory date and estimated arrival (ms at UTC midnight). */
  exFactory: number;
  estimatedArrival: number;
  /** Changes after the initial value (which is derived from the order's creation). */
  changes: ExFactoryChange[] | null;
  fulfillments: StoredFulfillment[] | null;
}

interface StoredFulfillment {
  id: number;
  quantity: number;
  at: number;
  trackingNumber: string;
  /** What the caller set; the rest comes from the order's ship method and ship-to. */
  details?: Partial<Pick<Fulfillment, 'carrier_name' | 'carrier_code' | 'service_name' | 'service_code' | 'weight' | 'width' | 'height' | 'length'>>;
}

interface StoredOrder {
  id: number;
  fields: OrderFields;
  createdAt: number;
  updatedAt: number;
  shipToId: number;
  soldToId: number;
  lines: StoredLine[];
}

export interface VuEmulatorOptions {
  /**
   * Leave random gaps between seeded ids, as a shared VU instance whose ids count every
   * tenant's orders would (listing must not assume dense ids). Default false.
   */
  sparseIds?: boolean;
}

/** The factory plans two weeks of production and one of transit. */
const PRODUCTION_DAYS = 14;
const TRANSIT_DAYS = 7;

export class VuEmulator {
  readonly server: EmulatorServer;
  /** Ascending by id, and so by creation time; line ids ascend with them. */
  private readonly orders: StoredOrder[] = [];
  private readonly byNumber = new Map<string, StoredOrder>();
  private readonly productIds = new Map<string, number>();
  private nextOrderId = 12345;
  private nextLineId = 48001;
  private nextPartyId = 30001;
  private nextFulfillmentId = 79;

  constructor(
    readonly apiKey: string,
    readonly apiSecret: string,
    private readonly options: VuEmulatorOptions = {},
  ) {
    PRODUCTS.forEach((p, i) => this.productIds.set(p.sku, 5001 + i));
    this.server = new EmulatorServer('VU Custom', (request) => this.authorize(request));
    this.server
      .route('POST', `${BASE}/orders`, (r) => this.create(r))
      .route('GET', `${BASE}/orders`, (r) => this.listOrders(r.query))
      .route('GET', `${BASE}/orders/:id`, (r) => this.read(r.params.id))
      .route('GET', `${BASE}/order_lines`, (r) => this.listLines(r.query))
      .route('POST', `${BASE}/fulfillments`, (r) => this.fulfil(r));
  }

  async listen(port = 0): Promise<string> {
    return this.server.listen(port);
  }

  /**
   * Sets a line's status, as VU's factory would (a sandbox control). Only `new_order` is
   * documented; a VU instance may have statuses ordergraph does not know, and this puts one there.
   */
  setLineStatus(orderId: number, line: number | 'every', status: string): void {
    const order = this.orders.find((o) => o.id === orderId);
    const lines = line === 'every' ? (order?.lines ?? []) : [order?.lines[line]];
    if (!order || lines.length === 0 || lines.some((l) => !l)) throw new Error(`no VU order ${orderId} line ${line}`);
    for (const l of lines) l!.status = status;
    order.updatedAt = Date.now();
  }

  /** The HTTP Basic header the emulator accepts. */
  get authorization(): string {
    return `Basic ${Buffer.from(`${this.apiKey}:${this.apiSecret}`).toString('base64')}`;
  }

  /**
   * Seeds `count` realistic orders created over the last months, by direct inserts (fast
   * enough for 100,000). Older orders have mostly left the factory: their lines carry
   * fulfillments and `shipped` / `partially_shipped` statuses; recent ones are in production
   * or new. Call it before any create, so ids keep growing with creation time.
   */
  seed(count: number, seed = 1): void {
    const rand = random(seed ^ 0x5eed);
    const now = Date.now();
    for (const created of spreadDates(count, rand, now)) {
      const createdAt = created.getTime();
      const b2b = rand() < 0.45;
      const customer = pick(rand, b2b ? BUSINESSES : CONSUMERS);
      const method = pick(rand, SHIP_METHODS);
      const id = this.allocateOrderId(rand);
      const lineCount = 1 + Math.floor(rand() * (b2b ? 3 : 2));
      const lines: LineFields[] = [];
      for (let i = 0; i < lineCount; i += 1) {
        const product = pick(rand, PRODUCTS);
        const line: LineFields = {
          sku: product.sku,
          product_description: product.description,
          price: product.price,
          quantity: b2b ? 12 * (1 + Math.floor(rand() * 8)) : 1 + Math.floor(rand() * 3),
          recipe_token: Math.floor(rand() * 0xffffffff)
            .toString(16)
            .padStart(8, '0'),
          factory_code: product.factory,
        };
        if (b2b) line.line_reference = String(59_000_000 + Math.floor(rand() * 999_999));
        lines.push(line);
      }
      const fields: OrderFields = {
        currency: customer.currency,
        order_date: new Date(createdAt - Math.floor(rand() * 3_600_000)).toISOString(),
        order_number: `VU-${String(id).padStart(7, '0')}`,
        ship_method_carrier: method.carrier,
        ship_method_code: method.code,
        ship_method_description: method.description,
        sales_channel: b2b ? 'b2b' : 'b2c',
        order_lines: lines,
        ship_to: customer.shipTo,
        sold_to: customer.soldTo,
        tags: b2b ? (rand() < 0.3 ? WHOLESALE_RUSH : WHOLESALE) : rand() < 0.2 ? GIFT : NO_TAGS,
      };
      if (b2b) {
        fields.purchase_order_number = `PO-${customer.code}-${Math.floor(1000 + rand() * 9000)}`;
        fields.b2b = customer.b2b;
      }
      if (rand() < 0.25) fields.note = pick(rand, NOTES);
      const order = this.insert(id, fields, createdAt);
      for (const line of order.lines) this.ageLine(order, line, rand, now);
    }
  }

  private allocateOrderId(rand?: () => number): number {
    const id = this.nextOrderId;
    this.nextOrderId += this.options.sparseIds && rand ? 1 + Math.floor(rand() * 40) : 1;
    return id;
  }

  private authorize(request: EmulatorRequest): EmulatorResponse | null {
    const match = /^Basic\s+([A-Za-z0-9+/=]+)$/.exec(String(request.headers.authorization ?? ''));
    const decoded = match ? Buffer.from(match[1], 'base64').toString('utf8') : '';
    const separator = decoded.indexOf(':');
    if (separator > 0 && decoded.slice(0, separator) === this.apiKey && decoded.slice(separator + 1) === this.apiSecret) return null;
    return { status: 401, body: { errors: UNAUTHORIZED }, headers: { 'WWW-Authenticate': 'Basic realm="VU Admin API"' } };
  }

  private create(request: EmulatorRequest): EmulatorResponse {
    const body = readBody(request);
    if (body === INVALID_JSON) return respond(400, { errors: 'The request body is not valid JSON' });
    const order = (body as { order?: unknown } | undefined)?.order;
    if (typeof order !== 'object' || order === null || Array.isArray(order)) return unprocessable({ order: ['is missing or not an object'] });
    const fields = order as Record<string, unknown>;
    const errors = createErrors(fields);
    if (typeof fields.order_number === 'string' && this.byNumber.has(fields.order_number)) (errors.order_number ??= []).push('has already been taken');
    if (Object.keys(errors).length > 0) return unprocessable(errors);

    const stored = this.insert(this.allocateOrderId(), fields as unknown as OrderFields, Date.now());
    return respond(200, { order: this.render(stored) });
  }

  private read(ref: string): EmulatorResponse {
    const order = /^\d{1,15}$/.test(ref) ? this.orderById(Number(ref)) : undefined;
    return order ? respond(200, { order: this.render(order) }) : notFound();
  }

  private orderById(id: number): StoredOrder | undefined {
    const order = this.orders[firstAfter(this.orders.length, (i) => this.orders[i].id, id - 1)];
    return order?.id === id ? order : undefined;
  }

  private lineById(id: number): { order: StoredOrder; line: StoredLine } | undefined {
    // Orders whose first line id is <= id, the last of them holds the line if anyone does.
    const index = firstAfter(this.orders.length, (i) => this.orders[i].lines[0].id, id) - 1;
    const order = this.orders[index];
    const line = order?.lines.find((l) => l.id === id);
    return order && line ? { order, line } : undefined;
  }

  private listOrders(query: URLSearchParams): EmulatorResponse {
    const params = readListParams(query);
    if ('errors' in params) return unprocessable(params.errors);
    const { statuses, limit, sinceId, ids, orderNumbers, withTags, withoutTags } = params;

    // `ids` and `order_numbers` narrow the candidates (both: orders that match both); otherwise all after since_id.
    let candidates: StoredOrder[] | undefined;
    if (ids) candidates = ids.map((id) => this.orderById(id)).filter((o): o is StoredOrder => !!o);
    if (orderNumbers) {
      const named = orderNumbers.map((n) => this.byNumber.get(n)).filter((o): o is StoredOrder => !!o);
      candidates = candidates ? candidates.filter((o) => named.includes(o)) : named;
    }
    const source = candidates ? [...new Set(candidates)].sort((a, b) => a.id - b.id) : this.orders;
    const start = candidates ? 0 : firstAfter(this.orders.length, (i) => this.orders[i].id, sinceId);

    const result: Order[] = [];
    for (let i = start; i < source.length && result.length < limit; i += 1) {
      const order = source[i];
      if (order.id <= sinceId) continue;
      if (!order.lines.some((l) => statuses.includes(l.status))) continue;
      const tags = order.fields.tags ?? [];
      if (withTags && !withTags.every((t) => tags.includes(t))) continue;
      if (withoutTags && withoutTags.some((t) => tags.includes(t))) continue;
      result.push(this.render(order));
    }
    return respond(200, { orders: result });
  }

  private listLines(query: URLSearchParams): EmulatorResponse {
    const params = readListParams(query);
    if ('errors' in params) return unprocessable(params.errors);
    const { statuses, limit, sinceId, ids, orderNumbers, withTags, withoutTags } = params;
    const result: ListedLine[] = [];
    const start = Math.max(0, firstAfter(this.orders.length, (i) => this.orders[i].lines[0].id, sinceId) - 1);
    for (let i = start; i < this.orders.length && result.length < limit; i += 1) {
      const order = this.orders[i];
      if (orderNumbers && !orderNumbers.includes(order.fields.order_number)) continue;
      for (const line of order.lines) {
        if (result.length >= limit) break;
        if (line.id <= sinceId || !statuses.includes(line.status)) continue;
        if (ids && !ids.includes(line.id)) continue;
        const tags = line.fields.tags ?? [];
        if (withTags && !withTags.every((t) => tags.includes(t))) continue;
        if (withoutTags && withoutTags.some((t) => tags.includes(t))) continue;
        result.push({ ...this.renderLine(order, line), order_id: order.id, order_number: order.fields.order_number });
      }
    }
    return respond(200, { order_lines: result });
  }

  /** `POST /fulfillments`: ships `quantity` of one line (body shape: README.md). */
  private fulfil(request: EmulatorRequest): EmulatorResponse {
    const body = readBody(request);
    if (body === INVALID_JSON) return respond(400, { errors: 'The request body is not valid JSON' });
    const f = (body as { fulfillment?: Record<string, unknown> } | undefined)?.fulfillment;
    if (typeof f !== 'object' || f === null || Array.isArray(f)) return unprocessable({ fulfillment: ['is missing or not an object'] });
    const errors: Record<string, string[]> = {};
    const entry = Number.isSafeInteger(f.order_line_id) ? this.lineById(f.order_line_id as number) : undefined;
    if (f.order_line_id === undefined || f.order_line_id === null) errors.order_line_id = ["can't be blank"];
    else if (!entry) errors.order_line_id = ['does not exist'];
    if (typeof f.tracking_number !== 'string' || f.tracking_number.trim() === '') errors.tracking_number = ["can't be blank"];
    const details: NonNullable<StoredFulfillment['details']> = {};
    for (const key of ['carrier_name', 'carrier_code', 'service_name', 'service_code'] as const) {
      if (f[key] === undefined || f[key] === null) continue;
      if (typeof f[key] !== 'string') errors[key] = ['must be a string'];
      else details[key] = f[key] as string;
    }
    for (const key of ['weight', 'width', 'height', 'length'] as const) {
      if (f[key] === undefined || f[key] === null) continue;
      if (typeof f[key] !== 'number' || (f[key] as number) < 0) errors[key] = ['must be a non-negative number'];
      else details[key] = f[key] as number;
    }
    if (f.quantity === undefined || f.quantity === null) errors.quantity = ["can't be blank"];
    else if (!Number.isSafeInteger(f.quantity) || (f.quantity as number) < 1) errors.quantity = ['must be a whole number of at least 1'];
    else if (entry) {
      const open = unfulfilled(entry.line);
      if (entry.line.status === 'cancelled') errors.order_line_id = ['is cancelled and cannot be fulfilled'];
      else if ((f.quantity as number) > open) errors.quantity = [`exceeds the unfulfilled quantity of the line (${open})`];
    }
    if (Object.keys(errors).length > 0 || !entry) return unprocessable(errors);

    const { order, line } = entry;
    const stored = this.addFulfillment(order, line, { quantity: f.quantity as number, trackingNumber: f.tracking_number as string, at: Date.now(), details });
    return respond(200, { fulfillment: renderFulfillment(order, stored) });
  }

  /**
   * The factory's work (sandbox helper): in each of up to `count` orders with a line still to
   * ship, a new line goes into production, or a line in production ships whole.
   */
  advanceOrders(count: number, rand: () => number = Math.random): VendorChange[] {
    const open = this.orders.filter((o) => o.lines.some((l) => l.status === 'new_order' || l.status === 'in_production'));
    return pickDistinct(open, count, rand).map((order) => {
      const line = order.lines.find((l) => l.status === 'new_order' || l.status === 'in_production')!;
      const from = line.status;
      const now = Date.now();
      if (from === 'new_order') {
        line.status = 'in_production';
        order.updatedAt = Math.max(order.updatedAt, now);
      } else {
        this.addFulfillment(order, line, { at: now, trackingNumber: trackingNumber(order.fields.ship_method_carrier, rand), quantity: unfulfilled(line) });
      }
      return { id: String(order.id), from: `line ${line.id} ${from}`, to: `line ${line.id} ${line.status}` };
    });
  }

  private insert(id: number, fields: OrderFields, createdAt: number): StoredOrder {
    const order: StoredOrder = { id, fields, createdAt, updatedAt: createdAt, shipToId: this.nextPartyId++, soldToId: this.nextPartyId++, lines: [] };
    const planned = startOfDay(createdAt);
    for (const line of fields.order_lines) {
      order.lines.push({
        id: this.nextLineId++,
        productId: this.productId(line.sku),
        fields: line,
        status: 'new_order',
        exFactory: planned + PRODUCTION_DAYS * DAY,
        estimatedArrival: planned + (PRODUCTION_DAYS + TRANSIT_DAYS) * DAY,
        changes: null,
        fulfillments: null,
      });
    }
    this.orders.push(order);
    this.byNumber.set(fields.order_number, order);
    return order;
  }

  /** Moves a seeded line along its life by `now`: delays, production, shipments, the odd cancellation. */
  private ageLine(order: StoredOrder, line: StoredLine, rand: () => number, now: number): void {
    if (rand() < 0.2) {
      const delay = (2 + Math.floor(rand() * 6)) * DAY;
      const at = order.createdAt + 5 * DAY;
      if (at < now) {
        line.exFactory += delay;
        line.estimatedArrival += delay;
        line.changes = [
          {
            reason_code: 'factory_delay',
            reason_description: 'Factory capacity',
            created_at: new Date(at).toISOString(),
            estimated_arrival_date: isoDate(line.estimatedArrival),
            ex_factory_date: isoDate(line.exFactory),
          },
        ];
      }
    }
    const shipAt = line.exFactory + 15 * 3_600_000;
    if (rand() < 0.03) line.status = 'cancelled';
    else if (shipAt < now) {
      const quantity = line.fields.quantity;
      const shipped = quantity > 1 && rand() < 0.15 ? Math.max(1, Math.floor(quantity / 2)) : quantity;
      const first = shipped > 1 && rand() < 0.3 ? Math.ceil(shipped / 2) : shipped;
      const carrier = order.fields.ship_method_carrier;
      this.addFulfillment(order, line, { at: shipAt, trackingNumber: trackingNumber(carrier, rand), quantity: first });
      if (first < shipped)
        this.addFulfillment(order, line, { at: Math.min(now, shipAt + DAY), trackingNumber: trackingNumber(carrier, rand), quantity: shipped - first });
    } else if (order.createdAt < now - 2 * DAY && rand() < 0.8) line.status = 'in_production';
  }

  private addFulfillment(order: StoredOrder, line: StoredLine, f: Omit<StoredFulfillment, 'id'>): StoredFulfillment {
    const stored: StoredFulfillment = { id: this.nextFulfillmentId++, ...f };
    (line.fulfillments ??= []).push(stored);
    line.status = unfulfilled(line) === 0 ? 'shipped' : 'partially_shipped';
    order.updatedAt = Math.max(order.updatedAt, f.at);
    return stored;
  }

  private productId(sku: string): number {
    let id = this.productIds.get(sku);
    if (id === undefined) {
      id = 5001 + this.productIds.size;
      this.productIds.set(sku, id);
    }
    return id;
  }

  private render(order: StoredOrder): Order {
    const f = order.fields;
    const created = new Date(order.createdAt).toISOString();
    const rendered: Order = {
      created_at: created,
      currency: f.currency,
      custom_attributes: f.custom_attributes ?? {},
      id: order.id,
      note: f.note ?? null,
      order_date: f.order_date,
      order_lines: order.lines.map((line) => this.renderLine(order, line)),
      order_number: f.order_number,
      purchase_order_number: f.purchase_order_number ?? null,
      sales_order_number: f.sales_order_number ?? null,
      ship_method_carrier: f.ship_method_carrier,
      ship_method_code: f.ship_method_code,
      ship_method_description: f.ship_method_description,
      sales_channel: f.sales_channel,
      ship_to: renderParty(f.ship_to, order.shipToId, created),
      sold_to: renderParty(f.sold_to, order.soldToId, created),
      tags: f.tags ?? [],
      updated_at: new Date(order.updatedAt).toISOString(),
    };
    if (f.b2b) rendered.b2b = f.b2b;
    return rendered;
  }

  private renderLine(order: StoredOrder, line: StoredLine): Line {
    const f = line.fields;
    const planned = startOfDay(order.createdAt);
    const initial: ExFactoryChange = {
      reason_code: 'initial',
      reason_description: 'Initial Value',
      created_at: new Date(order.createdAt).toISOString(),
      estimated_arrival_date: isoDate(planned + (PRODUCTION_DAYS + TRANSIT_DAYS) * DAY),
      ex_factory_date: isoDate(planned + PRODUCTION_DAYS * DAY),
    };
    return {
      custom_attributes: f.custom_attributes ?? {},
      customer_requested_date: f.customer_requested_date ?? null,
      estimated_arrival_date: isoDate(line.estimatedArrival),
      ex_factory_date: { current: isoDate(line.exFactory), changes: [initial, ...(line.changes ?? [])] },
      factory_code: f.factory_code ?? null,
      id: line.id,
      line_reference: f.line_reference ?? null,
      price: f.price,
      product_description: f.product_description,
      product_id: line.productId,
      quantity: f.quantity,
      recipe_token: f.recipe_token,
      status: line.status,
      sku: f.sku,
      tags: f.tags ?? [],
      upc: f.upc ?? null,
      fulfillments: (line.fulfillments ?? []).map((stored) => renderFulfillment(order, stored)),
    };
  }
}

function renderFulfillment(order: StoredOrder, f: StoredFulfillment): Fulfillment {
  const shipTo = order.fields.ship_to;
  const at = new Date(f.at).toISOString();
  const d = f.details ?? {};
  return {
    created_at: at,
    updated_at: at,
    quantity: f.quantity,
    id: f.id,
    tracking_number: f.trackingNumber,
    carrier_name: d.carrier_name ?? order.fields.ship_method_carrier,
    carrier_code: d.carrier_code ?? order.fields.ship_method_carrier.toLowerCase(),
    service_name: d.service_name ?? order.fields.ship_method_description,
    service_code: d.service_code ?? order.fields.ship_method_code,
    recipient_address_1: shipTo.address_1,
    recipient_city: shipTo.city,
    recipient_name: `${shipTo.first_name} ${shipTo.last_name}`,
    recipient_state_region: shipTo.state_region,
    recipient_country: shipTo.country,
    recipient_postal_code: shipTo.postal_code,
    recipient_phone: shipTo.phone ?? '',
    weight: d.weight ?? 0,
    width: d.width ?? 0,
    height: d.height ?? 0,
    length: d.length ?? 0,
  };
}

function renderParty(fields: PartyFields, id: number, at: string): Party {
  return {
    account_number: fields.account_number,
    address_1: fields.address_1,
    address_2: fields.address_2 ?? null,
    city: fields.city,
    company_name: fields.company_name ?? null,
    country: fields.country,
    created_at: at,
    email: fields.email ?? null,
    first_name: fields.first_name,
    id,
    last_name: fields.last_name,
    phone: fields.phone ?? null,
    postal_code: fields.postal_code,
    state_region: fields.state_region,
    updated_at: at,
  };
}

function unfulfilled(line: StoredLine): number {
  return line.fields.quantity - (line.fulfillments ?? []).reduce((sum, f) => sum + f.quantity, 0);
}

interface ListParams {
  statuses: string[];
  limit: number;
  sinceId: number;
  ids?: number[];
  orderNumbers?: string[];
  withTags?: string[];
  withoutTags?: string[];
}

/**
 * The list parameters of `GET /orders` and `GET /order_lines`. `status` defaults to
 * `new_order` (as VU documents), so a list without it shows new orders only; every list
 * parameter is comma-separated; `limit` defaults to 250 and is capped at 250.
 */
function readListParams(query: URLSearchParams): ListParams | { errors: Record<string, string[]> } {
  const errors: Record<string, string[]> = {};
  const list = (name: string) => {
    const raw = query.get(name);
    return raw === null || raw === '' ? undefined : raw.split(',');
  };
  const integer = (name: string, min: number): number | undefined => {
    const raw = query.get(name);
    if (raw === null || raw === '') return undefined;
    if (!/^\d+$/.test(raw) || Number(raw) < min || !Number.isSafeInteger(Number(raw))) {
      errors[name] = [`must be a whole number of at least ${min}`];
      return undefined;
    }
    return Number(raw);
  };
  const limit = Math.min(integer('limit', 1) ?? MAX_LIMIT, MAX_LIMIT);
  const sinceId = integer('since_id', 0) ?? 0;
  const rawIds = list('ids');
  if (rawIds && rawIds.some((id) => !/^\d+$/.test(id))) errors.ids = ['must be comma-separated ids'];
  if (Object.keys(errors).length > 0) return { errors };
  return {
    statuses: list('status') ?? ['new_order'],
    limit,
    sinceId,
    ids: rawIds?.map(Number),
    orderNumbers: list('order_numbers'),
    withTags: list('with_tags'),
    withoutTags: list('without_tags'),
  };
}

/** Index of the first entry whose id is greater than `sinceId` (entries ascend by id). */
function firstAfter(length: number, idAt: (index: number) => number, sinceId: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (idAt(mid) <= sinceId) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const INVALID_JSON = Symbol('invalid-json');

/** The request body; undefined when there is none. */
function readBody(request: EmulatorRequest): unknown {
  return request.badJson ? INVALID_JSON : request.json;
}

function respond(status: number, body: unknown): EmulatorResponse {
  return { status, body };
}

function unprocessable(errors: Record<string, string[]>): EmulatorResponse {
  return respond(422, { errors });
}

function notFound(): EmulatorResponse {
  return respond(404, { errors: 'Not Found' });
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function startOfDay(ms: number): number {
  return ms - (((ms % DAY) + DAY) % DAY);
}

function trackingNumber(carrier: string, rand: () => number): string {
  const digits = (n: number) => String(Math.floor(rand() * 10 ** n)).padStart(n, '0');
  if (carrier === 'UPS')
    return `1Z${Math.floor(rand() * 0xffffff)
      .toString(16)
      .toUpperCase()
      .padStart(6, '0')}${digits(10)}`;
  if (carrier === 'FedEx') return digits(12);
  return `9400${digits(9)}${digits(9)}`;
}

// Demo catalogue: custom products, ship methods and customers of a custom-goods maker.

// Whole prices: "price | Integer | yes | Unit price".
const PRODUCTS: ReadonlyArray<{ sku: string; description: string; price: number; factory: string }> = [
  { sku: 'TMB-20-SS', description: 'Custom 20oz Stainless Tumbler', price: 25, factory: 'FAC-SZ1' },
  { sku: 'CAP-EMB-01', description: 'Embroidered Snapback Cap', price: 18, factory: 'FAC-DG2' },
  { sku: 'TOTE-CNV-L', description: 'Printed Canvas Tote, Large', price: 13, factory: 'FAC-DG2' },
  { sku: 'MUG-11-CER', description: 'Ceramic Mug 11oz, Full Wrap', price: 10, factory: 'FAC-SZ1' },
  { sku: 'HOOD-FLC-M', description: 'Fleece Hoodie with Custom Print', price: 42, factory: 'FAC-HCM' },
  { sku: 'SOCK-KNT-01', description: 'Knit Socks, Custom Pattern', price: 8, factory: 'FAC-HCM' },
  { sku: 'BTL-750-AL', description: 'Aluminium Bottle 750ml, Engraved', price: 22, factory: 'FAC-SZ1' },
  { sku: 'PATCH-WVN-3', description: 'Woven Patch 3in', price: 2, factory: 'FAC-DG2' },
];

const SHIP_METHODS = [
  { carrier: 'UPS', code: 'XY12', description: 'UPS Ground Residential' },
  { carrier: 'UPS', code: 'UPS2D', description: 'UPS 2nd Day Air' },
  { carrier: 'FedEx', code: 'FXGRD', description: 'FedEx Ground' },
  { carrier: 'USPS', code: 'USPSPM', description: 'USPS Priority Mail' },
] as const;

const WHOLESALE = ['wholesale'];
const WHOLESALE_RUSH = ['wholesale', 'rush'];
const GIFT = ['gift'];
const NO_TAGS: string[] = [];

const NOTES = ['Pack per store, labels inside', 'Logo proof approved by customer', 'Deliver before trade show', 'Gift message on packing slip'];

interface DemoCustomer {
  code: string;
  currency: string;
  shipTo: PartyFields;
  soldTo: PartyFields;
  b2b?: Record<string, unknown>;
}

function party(account: string, person: [string, string], address: [string, string, string, string, string], extra: Partial<PartyFields> = {}): PartyFields {
  const [address_1, city, state_region, postal_code, country] = address;
  return { account_number: account, first_name: person[0], last_name: person[1], address_1, city, state_region, postal_code, country, ...extra };
}

const BUSINESSES: readonly DemoCustomer[] = [
  {
    code: 'RDG',
    currency: 'USD',
    soldTo: party('SLDTO123', ['John', 'Smith'], ['123 Main St', 'Ridgewood', 'NJ', '07450', 'US'], {
      company_name: 'Ridgewood Outfitters',
      phone: '2011231234',
      email: 'orders@ridgewood-outfitters.example',
    }),
    shipTo: party('SHPTO123', ['John', 'Smith'], ['123 Main St', 'Ridgewood', 'NJ', '07450', 'US'], {
      company_name: 'Ridgewood Outfitters',
      phone: '2011231234',
    }),
    b2b: { buyer_account: 'RDG-001', payment_terms: 'NET30' },
  },
  {
    code: 'ATX',
    currency: 'USD',
    soldTo: party('SLDTO201', ['Maria', 'Lopez'], ['500 Congress Ave', 'Austin', 'TX', '78701', 'US'], {
      company_name: 'Lone Star Promo Co',
      phone: '512-555-0142',
      email: 'ap@lonestarpromo.example',
    }),
    shipTo: party('SHPTO202', ['Receiving', 'Dock 4'], ['8800 Industrial Blvd', 'Austin', 'TX', '78744', 'US'], {
      address_2: 'Dock 4',
      company_name: 'Lone Star Promo Co',
    }),
    b2b: { buyer_account: 'ATX-114', payment_terms: 'NET45' },
  },
  {
    code: 'TOR',
    currency: 'CAD',
    soldTo: party('SLDTO310', ['Priya', 'Natarajan'], ['220 King St W', 'Toronto', 'ON', 'M5H 1K4', 'CA'], {
      company_name: 'Maple Merch Ltd',
      phone: '+1 416 555 0199',
    }),
    shipTo: party('SHPTO311', ['Priya', 'Natarajan'], ['220 King St W', 'Toronto', 'ON', 'M5H 1K4', 'CA'], {
      address_2: 'Suite 1200',
      company_name: 'Maple Merch Ltd',
    }),
    b2b: { buyer_account: 'TOR-007', payment_terms: 'PREPAID' },
  },
];

const CONSUMERS: readonly DemoCustomer[] = [
  {
    code: 'C-POR',
    currency: 'USD',
    soldTo: party('CUST-88412', ['Avery', 'Chen'], ['1207 SE Hawthorne Blvd', 'Portland', 'OR', '97214', 'US'], {
      phone: '503-555-0110',
      email: 'avery.chen@example.com',
    }),
    shipTo: party('CUST-88412', ['Avery', 'Chen'], ['1207 SE Hawthorne Blvd', 'Portland', 'OR', '97214', 'US'], { address_2: 'Apt 3', phone: '503-555-0110' }),
  },
  {
    code: 'C-CHI',
    currency: 'USD',
    soldTo: party('CUST-90027', ['Jordan', 'Miller'], ['1550 N Damen Ave', 'Chicago', 'IL', '60622', 'US'], { email: 'jordan.miller@example.com' }),
    shipTo: party('CUST-90027', ['Sam', 'Miller'], ['4410 N Kedzie Ave', 'Chicago', 'IL', '60625', 'US']),
  },
  {
    code: 'C-LDN',
    currency: 'GBP',
    soldTo: party('CUST-91203', ['Olivia', 'Hughes'], ['14 Bermondsey St', 'London', 'LND', 'SE1 2ER', 'GB'], {
      phone: '+44 20 7946 0321',
      email: 'olivia.hughes@example.co.uk',
    }),
    shipTo: party('CUST-91203', ['Olivia', 'Hughes'], ['14 Bermondsey St', 'London', 'LND', 'SE1 2ER', 'GB'], { phone: '+44 20 7946 0321' }),
  },
];
