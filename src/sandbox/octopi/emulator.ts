import { createHash } from 'node:crypto';
import { EmulatorServer, type EmulatorRequest, type EmulatorResponse } from '../emulator';
import { pick, pickDistinct, random, SANDBOX_CONTAINERS, spreadDates, truncateToSecond, type VendorChange } from '../demo-data';
import { formatInZone } from '../time';
import { createErrors, updateErrors } from './rules';

/**
 * The Octopi sandbox: an HTTP server speaking Octopi's service-order API. It keeps its own
 * catalogue of containers and services so that `container_ids` and `service_ids` resolve to
 * `container_number` and `service_name` as in the documented response, renders times in the
 * depot's time zone as the documented example does, and refuses requests without
 * `Authorization: Token token=...`.
 */

const BASE = '/api/v1/service_orders';
const DEPOT_TIME_ZONE = 'America/New_York';

/** A service id: default services are text ("cleaning"), custom ones integers (721), as in the doc's example. */
type OctopiServiceId = string | number;

/** A service order as the doc's example response shows it. */
interface ServiceOrderJson {
  id: number;
  order_number: string;
  due_at: string | null;
  cargo_type: string;
  status: string;
  comment: string | null;
  created_at: string;
  ordered_by: string;
  service_order_items: ServiceOrderItemJson[];
  /** Present once cancelled (sandbox convention). */
  cancellation_reason?: string;
}

interface ServiceOrderItemJson {
  id: number;
  container_id: number;
  status: string;
  container_number: string;
  service_type: 'default' | 'custom';
  service_id: OctopiServiceId;
  service_name: string;
}

interface StoredOrder {
  id: number;
  orderNumber: string;
  cargoType: string;
  status: string;
  comment: string | null;
  dueAt: Date | null;
  createdAt: Date;
  orderedBy: string;
  cancellationReason?: string;
  items: Array<{ id: number; containerId: number; serviceId: OctopiServiceId; status: string }>;
}

export interface OctopiContainer {
  id: number;
  number: string;
}

export const OCTOPI_DEFAULT_SERVICES: Record<string, string> = {
  cleaning: 'Cleaning (Default)',
  inspection: 'Inspection (Default)',
  pti: 'Pre-trip Inspection (Default)',
  washing: 'Washing (Default)',
};

export const OCTOPI_CUSTOM_SERVICES: Record<number, string> = {
  721: 'Repainting',
  722: 'Floor repair',
  723: 'Door seal replacement',
  724: 'Fumigation',
};

export class OctopiEmulator {
  readonly server: EmulatorServer;
  readonly containers: OctopiContainer[];
  private readonly orders = new Map<number, StoredOrder>();
  private readonly byNumber = new Map<string, number>();
  private nextOrderId = 41;
  private nextItemId = 74;

  constructor(readonly token: string) {
    // The documented example's container (4337700 -> 0317933) plus the shared sandbox containers.
    this.containers = [{ id: 4337700, number: '0317933' }, ...SANDBOX_CONTAINERS.map((number, i) => ({ id: 4337701 + i, number }))];
    this.server = new EmulatorServer('Octopi', (request) => this.authorize(request));
    this.server
      .route('GET', `${BASE}`, (r) => this.list(r))
      .route('GET', `${BASE}.json`, (r) => this.list(r))
      .route('POST', `${BASE}`, (r) => this.create(r))
      .route('POST', `${BASE}.json`, (r) => this.create(r))
      .route('GET', `${BASE}/:ref.json`, (r) => this.read(r.params.ref))
      .route('PUT', `${BASE}/:ref/cancel.json`, (r) => this.cancel(r))
      .route('PUT', `${BASE}/:ref.json`, (r) => this.update(r))
      .route('GET', `${BASE}/:ref/service_order_items`, (r) => this.items(r.params.ref))
      .route('POST', `${BASE}/:ref/service_order_items`, (r) => this.addItem(r))
      .route('DELETE', `${BASE}/:ref/service_order_items/:itemId`, (r) => this.removeItem(r));
  }

  /** Seeds `count` realistic orders created over the last months. */
  seed(count: number, seed = 1): void {
    const rand = random(seed);
    if (count > 0 && !this.byNumber.has('API_TEST_002')) {
      // The first order is the documented example, so the docs' `octopi:41` / API_TEST_002 exist.
      this.insert({
        orderNumber: 'API_TEST_002',
        cargoType: 'container',
        comment: 'New SO',
        dueAt: new Date('2024-05-20T00:00:00Z'),
        createdAt: new Date('2024-01-29T10:33:55Z'),
        orderedBy: 'System',
        containerIds: [4337700],
        serviceIds: [721, 'cleaning'],
      });
      count -= 1;
    }
    const serviceIds: OctopiServiceId[] = [...Object.keys(OCTOPI_DEFAULT_SERVICES), ...Object.keys(OCTOPI_CUSTOM_SERVICES).map(Number)];
    for (const createdAt of spreadDates(count, rand)) {
      const containers = [pick(rand, this.containers.slice(1))];
      if (rand() < 0.3) containers.push(pick(rand, this.containers.slice(1)));
      const services = [pick(rand, serviceIds)];
      if (rand() < 0.5) services.push(pick(rand, serviceIds));
      const order = this.insert({
        orderNumber: `DEP-${createdAt.getUTCFullYear()}-${String(this.nextOrderId).padStart(5, '0')}`,
        cargoType: rand() < 0.9 ? 'container' : 'breakbulk',
        comment: pick(rand, [null, 'Customer waiting at gate', 'Urgent before vessel cut-off', 'Check door seals']),
        dueAt: new Date(createdAt.getTime() + Math.floor(1 + rand() * 14) * 86400000),
        createdAt: truncateToSecond(createdAt),
        orderedBy: pick(rand, ['System', 'Depot desk', 'API']),
        containerIds: [...new Set(containers.map((c) => c.id))],
        serviceIds: [...new Set(services)],
      });
      const roll = rand();
      if (roll < 0.15) this.cancelStored(order, 'Customer request');
      else if (roll < 0.45) order.items[0].status = 'completed';
      if (roll >= 0.15 && roll < 0.45) order.status = order.items.every((i) => i.status === 'completed') ? 'completed' : 'partially_completed';
    }
  }

  /**
   * Work done at the depot (sandbox helper for demos and tests): each of up to `count` open
   * orders moves one step, an item completed (the order partially completed, then completed)
   * or, now and then, the order cancelled. Returns what moved.
   */
  advanceOrders(count: number, rand: () => number = Math.random): VendorChange[] {
    const open = [...this.orders.values()].filter((o) => o.status === 'pending' || o.status === 'partially_completed');
    const changes: VendorChange[] = [];
    for (const order of pickDistinct(open, count, rand)) {
      const from = order.status;
      const next = order.items.find((item) => item.status === 'pending');
      if (!next || rand() < 0.05) this.cancelStored(order, 'Customer request');
      else {
        next.status = 'completed';
        order.status = order.items.every((i) => i.status !== 'pending') ? 'completed' : 'partially_completed';
      }
      changes.push({ id: String(order.id), from, to: order.status });
    }
    return changes;
  }

  async listen(port = 0): Promise<string> {
    return this.server.listen(port);
  }

  private authorize(request: EmulatorRequest): EmulatorResponse | null {
    const header = String(request.headers.authorization ?? '');
    const match = /^Token token="?([^"]+)"?$/.exec(header);
    return match && match[1] === this.token ? null : { status: 401, body: { error: 'HTTP Token: Access denied.' } };
  }

  /** As Rails answers a GET: a weak ETag of the body, and 304 with no body when If-None-Match matches it. */
  private list(request: EmulatorRequest): EmulatorResponse {
    const orders = [...this.orders.values()].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || b.id - a.id);
    const body = JSON.stringify({ total_count: orders.length, service_orders: orders.map((o) => this.render(o)) });
    const etag = `W/"${createHash('md5').update(body).digest('hex')}"`;
    if (request.headers['if-none-match'] === etag) return { status: 304, headers: { ETag: etag } };
    return { status: 200, body, raw: true, headers: { 'Content-Type': 'application/json; charset=utf-8', ETag: etag } };
  }

  private find(ref: string): StoredOrder | undefined {
    // `{order_number_or_id}`: an id when numeric and known, otherwise an order number.
    const byId = /^\d+$/.test(ref) ? this.orders.get(Number(ref)) : undefined;
    const id = byId ? byId.id : this.byNumber.get(ref);
    return id === undefined ? undefined : this.orders.get(id);
  }

  private read(ref: string): EmulatorResponse {
    const order = this.find(ref);
    return order ? { status: 200, body: this.render(order) } : notFound();
  }

  private create(request: EmulatorRequest): EmulatorResponse {
    const body = request.json as { service_order?: Record<string, unknown> } | undefined;
    if (request.badJson || !body || typeof body.service_order !== 'object' || body.service_order === null) {
      return unprocessable({ service_order: ['is missing or not an object'] });
    }
    const fields = body.service_order;
    const errors = createErrors(fields);
    // "The unique service order number"
    if (typeof fields.order_number === 'string' && this.byNumber.has(fields.order_number)) (errors.order_number ??= []).push('has already been taken');
    if (Object.keys(errors).length > 0) return unprocessable(errors);

    // The create call documents "404 | Resource Not Found": a container or service this depot does not have.
    const containerIds = fields.container_ids as number[];
    const serviceIds = fields.service_ids as OctopiServiceId[];
    const missing: Record<string, string[]> = {};
    for (const id of containerIds) if (!this.containers.some((c) => c.id === id)) (missing.container_ids ??= []).push(`${id} is not a container at this depot`);
    for (const id of serviceIds) if (serviceName(id) === undefined) (missing.service_ids ??= []).push(`${id} is not a service of this depot`);
    if (Object.keys(missing).length > 0) return { status: 404, body: { error: 'Resource Not Found', errors: missing } };

    const order = this.insert({
      orderNumber: fields.order_number as string,
      cargoType: fields.cargo_type as string,
      comment: (fields.comment as string | undefined) ?? null,
      dueAt: typeof fields.due_at === 'string' ? new Date(fields.due_at) : null,
      createdAt: truncateToSecond(new Date()),
      orderedBy: 'System',
      containerIds: [...new Set(containerIds)],
      serviceIds: [...new Set(serviceIds)],
    });
    return { status: 201, body: this.render(order) };
  }

  private update(request: EmulatorRequest): EmulatorResponse {
    const order = this.find(request.params.ref);
    if (!order) return notFound();
    const fields = (request.json as { service_order?: Record<string, unknown> } | undefined)?.service_order;
    if (!fields || typeof fields !== 'object') return unprocessable({ service_order: ['is missing or not an object'] });
    const errors = updateErrors(fields);
    const newNumber = fields.order_number as string | undefined;
    if (newNumber !== undefined && newNumber !== order.orderNumber && this.byNumber.has(newNumber)) (errors.order_number ??= []).push('has already been taken');
    if (order.status === 'cancelled') (errors.base ??= []).push('a cancelled service order cannot be changed');
    if (Object.keys(errors).length > 0) return unprocessable(errors);

    if (newNumber !== undefined && newNumber !== order.orderNumber) {
      this.byNumber.delete(order.orderNumber);
      order.orderNumber = newNumber;
      this.byNumber.set(newNumber, order.id);
    }
    if (fields.due_at !== undefined) order.dueAt = fields.due_at === null ? null : new Date(fields.due_at as string);
    if (fields.comment !== undefined) order.comment = (fields.comment as string | null) ?? null;
    return { status: 200, body: this.render(order) };
  }

  private cancel(request: EmulatorRequest): EmulatorResponse {
    const order = this.find(request.params.ref);
    if (!order) return notFound();
    const reason = (request.json as { service_order?: { cancellation_reason?: unknown } } | undefined)?.service_order?.cancellation_reason;
    if (typeof reason !== 'string' || reason.trim() === '') return unprocessable({ cancellation_reason: ["can't be blank"] });
    if (order.status === 'cancelled') return unprocessable({ base: ['service order is already cancelled'] });
    if (order.status === 'completed') return unprocessable({ base: ['a completed service order cannot be cancelled'] });
    this.cancelStored(order, reason);
    return { status: 200, body: this.render(order) };
  }

  private items(ref: string): EmulatorResponse {
    const order = this.find(ref);
    return order ? { status: 200, body: this.render(order).service_order_items } : notFound();
  }

  private addItem(request: EmulatorRequest): EmulatorResponse {
    const order = this.find(request.params.ref);
    if (!order) return notFound();
    const fields = (request.json as { service_order_item?: { container_id?: unknown; service_id?: unknown } } | undefined)?.service_order_item ?? {};
    const errors: Record<string, string[]> = {};
    if (!this.containers.some((c) => c.id === fields.container_id)) errors.container_id = ['is not a container at this depot'];
    if (serviceName(fields.service_id as OctopiServiceId) === undefined) errors.service_id = ['is not a service of this depot'];
    if (Object.keys(errors).length > 0) return unprocessable(errors);
    const item = { id: this.nextItemId++, containerId: fields.container_id as number, serviceId: fields.service_id as OctopiServiceId, status: 'pending' };
    order.items.push(item);
    return { status: 201, body: this.renderItem(item) };
  }

  private removeItem(request: EmulatorRequest): EmulatorResponse {
    const order = this.find(request.params.ref);
    const index = order?.items.findIndex((i) => i.id === Number(request.params.itemId)) ?? -1;
    if (!order || index < 0) return notFound();
    order.items.splice(index, 1);
    return { status: 204 };
  }

  private insert(data: Omit<StoredOrder, 'id' | 'status' | 'items'> & { containerIds: number[]; serviceIds: OctopiServiceId[] }): StoredOrder {
    const { containerIds, serviceIds, ...rest } = data;
    const order: StoredOrder = { ...rest, id: this.nextOrderId++, status: 'pending', items: [] };
    // The doc's example asks for ["cleaning", 721] and answers the custom service (721) first:
    // per container, custom services, then default ones, each in the order asked.
    const ordered = [...serviceIds.filter((id) => typeof id === 'number'), ...serviceIds.filter((id) => typeof id !== 'number')];
    for (const containerId of containerIds) {
      for (const serviceId of ordered) order.items.push({ id: this.nextItemId++, containerId, serviceId, status: 'pending' });
    }
    this.orders.set(order.id, order);
    this.byNumber.set(order.orderNumber, order.id);
    return order;
  }

  private cancelStored(order: StoredOrder, reason: string): void {
    order.status = 'cancelled';
    order.cancellationReason = reason;
    for (const item of order.items) if (item.status !== 'completed') item.status = 'cancelled';
  }

  private render(order: StoredOrder): ServiceOrderJson {
    const rendered: ServiceOrderJson = {
      id: order.id,
      order_number: order.orderNumber,
      due_at: order.dueAt ? formatInZone(order.dueAt, DEPOT_TIME_ZONE) : null,
      cargo_type: order.cargoType,
      status: order.status,
      comment: order.comment,
      created_at: formatInZone(order.createdAt, DEPOT_TIME_ZONE),
      ordered_by: order.orderedBy,
      service_order_items: order.items.map((item) => this.renderItem(item)),
    };
    if (order.cancellationReason) rendered.cancellation_reason = order.cancellationReason;
    return rendered;
  }

  private renderItem(item: StoredOrder['items'][number]): ServiceOrderItemJson {
    return {
      id: item.id,
      container_id: item.containerId,
      status: item.status,
      container_number: this.containers.find((c) => c.id === item.containerId)?.number ?? '',
      service_type: typeof item.serviceId === 'string' ? 'default' : 'custom',
      service_id: item.serviceId,
      service_name: serviceName(item.serviceId) ?? '',
    };
  }
}

function serviceName(id: OctopiServiceId): string | undefined {
  return typeof id === 'string' ? OCTOPI_DEFAULT_SERVICES[id] : OCTOPI_CUSTOM_SERVICES[id];
}

function unprocessable(errors: Record<string, string[]>): EmulatorResponse {
  return { status: 422, body: { errors } };
}

function notFound(): EmulatorResponse {
  return { status: 404, body: { error: 'Resource Not Found' } };
}
