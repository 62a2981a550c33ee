import { EmulatorServer, type EmulatorRequest, type EmulatorResponse } from '../emulator';
import { pick, pickDistinct, random, spreadDates, type VendorChange } from '../demo-data';
import { createErrors, theProduct, updateErrors } from './rules';
import { SERVICE_ORDER_STATES } from './wire';
import type {
  RuleBroken as SitooErrorDetail,
  ServiceCustomer as SitooServiceCustomer,
  ServiceItem as SitooServiceItem,
  ServiceOrder as SitooServiceOrder,
  ServiceOrderState as SitooServiceOrderState,
  ServiceProduct as SitooServiceProduct,
  ServiceStore as SitooServiceStore,
  ServiceUser as SitooServiceUser,
} from './wire';

/**
 * The Sitoo sandbox: an HTTP server speaking Sitoo's service-order API under
 * `/v2/accounts/{account}/serviceorders.json`, with HTTP Basic auth (`{api_id}:{password}`),
 * the documented object model as validation (./rules.ts, read from the doc), revisions
 * (a PUT with a stale one answers 412 and changes nothing) and the documented list: a bare
 * array, `store`, `state`, `start_after_id`, `num`, `sort`.
 *
 * Orders are kept in a timeline sorted by (created, insertion), so a list call walks from the
 * `start_after_id` order in the asked direction and costs what it returns, even with 100,000
 * seeded orders. Ids are 9-character base-36 strings that grow with creation, like the
 * documented `102DC4AA3` and `1W7N3V258`.
 */

/** ServiceOrder.version: "The version of the data structure in the format "MAJOR.MINOR"" (the examples show 1.0). */
export const SITOO_VERSION = '1.0';
/** Get Service Orders, num: "The number of service orders to return Default: 10". */
const DEFAULT_NUM = 10;
const FIRST_ID = parseInt('102DC4AA3', 36);

interface StoredOrder {
  seq: number;
  id: string;
  revision: number;
  created: number;
  modified: number | null;
  state: SitooServiceOrderState;
  store: SitooServiceStore;
  owner: SitooServiceUser;
  customer: SitooServiceCustomer;
  currency: string;
  note: string | null;
  product: SitooServiceProduct;
  author: SitooServiceUser;
}

export interface SitooEmulatorOptions {
  account: string;
  apiId: string;
  password: string;
}

export class SitooEmulator {
  readonly server: EmulatorServer;
  private readonly orders = new Map<string, StoredOrder>();
  /** Every order sorted by (created, seq): the order of `sort=created`. */
  private readonly timeline: StoredOrder[] = [];
  private seq = 0;
  private nextIdValue = FIRST_ID;

  constructor(readonly options: SitooEmulatorOptions) {
    const base = `/v2/accounts/:account/serviceorders`;
    this.server = new EmulatorServer('Sitoo', (request) => this.authorize(request));
    this.server
      .route('GET', `${base}.json`, (r) => this.list(r))
      .route('POST', `${base}.json`, (r) => this.create(r))
      .route('GET', `${base}/:id.json`, (r) => this.read(r.params.id))
      .route('PUT', `${base}/:id.json`, (r) => this.update(r));
  }

  /** The path prefix of this account, e.g. `/v2/accounts/1500`. */
  get accountPath(): string {
    return `/v2/accounts/${this.options.account}`;
  }

  async listen(port = 0): Promise<string> {
    return this.server.listen(port);
  }

  /** The stored order as Sitoo would answer it (for tests that check what the vendor holds). */
  snapshot(id: string): SitooServiceOrder | undefined {
    const order = this.orders.get(id);
    return order ? render(order) : undefined;
  }

  /** Every stored order as Sitoo would answer it, oldest first. */
  snapshots(): SitooServiceOrder[] {
    return this.timeline.map(render);
  }

  get size(): number {
    return this.orders.size;
  }

  /**
   * Seeds `count` realistic service orders created over the last months (direct inserts, no
   * HTTP). The default PRNG seed differs from the other vendors' so their sandbox orders do not
   * share creation times.
   */
  seed(count: number, seed = 0x5177, now = Date.now()): void {
    const rand = random(seed);
    for (const createdAt of spreadDates(count, rand, now)) {
      const created = Math.floor(createdAt.getTime() / 1000);
      const store = pick(rand, STORES);
      const kind = KINDS[store.kind];
      const product = pick(rand, kind.products);
      const services = pickServices(rand, kind.services);
      const warranty = rand() < 0.2;
      const staff = STAFF.filter((s) => s.store === store.id);
      const owner = pick(rand, staff).user;
      const first = pick(rand, FIRST_NAMES);
      const last = pick(rand, LAST_NAMES);
      const customer: SitooServiceCustomer = {
        first_name: first,
        last_name: rand() < 0.9 ? last : null,
        email: rand() < 0.8 ? `${asciiLower(first)}.${asciiLower(last)}@example.com` : null,
        mobile: rand() < 0.85 ? `${store.phonePrefix}${String(Math.floor(rand() * 1e8)).padStart(8, '0')}` : null,
      };
      const ageDays = (now / 1000 - created) / 86400;
      const state = seededState(rand, ageDays);
      const steps = REVISIONS_TO[state] + (state === 'cancelled' && rand() < 0.4 ? 1 : 0);
      let modified = created;
      for (let i = 1; i < steps; i += 1) modified += Math.floor(600 + rand() * 2 * 86400);
      modified = Math.min(modified, Math.floor(now / 1000));
      this.insert({
        created,
        modified,
        revision: steps,
        state,
        store: { id: store.id, name: store.name },
        owner: { ...owner },
        customer,
        currency: store.currency,
        note: pick(rand, kind.notes),
        product: {
          sku: product.sku,
          name: product.name,
          serial: product.serial ? `${product.serial}${String(Math.floor(rand() * 1e6)).padStart(6, '0')}` : rand() < 0.5 ? '' : null,
          services: services.map((service) => ({
            sku: service.sku,
            name: service.name,
            quantity: service.maxQuantity > 1 ? 1 + Math.floor(rand() * service.maxQuantity) : 1,
            unit_price: service.price,
            cost_share: warranty ? 0 : rand() < 0.1 ? 50 : 100,
            note: pick(rand, service.notes),
          })),
        },
        author: { ...(steps > 1 ? pick(rand, staff).user : owner) },
      });
    }
  }

  private authorize(request: EmulatorRequest): EmulatorResponse | null {
    const header = String(request.headers.authorization ?? '');
    const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header);
    const decoded = match ? Buffer.from(match[1], 'base64').toString('utf8') : '';
    const separator = decoded.indexOf(':');
    const apiId = separator >= 0 ? decoded.slice(0, separator) : '';
    const password = separator >= 0 ? decoded.slice(separator + 1) : '';
    // Credentials belong to one account: the right ones on another account's path are refused too.
    const account = /^\/v2\/accounts\/([^/]+)\//.exec(request.path)?.[1];
    if (apiId === this.options.apiId && password === this.options.password && (account === undefined || account === this.options.account)) return null;
    return error(401, 'Missing or bad authentication');
  }

  private list(request: EmulatorRequest): EmulatorResponse {
    const query = request.query;
    const details: SitooErrorDetail[] = [];
    // num: "integer"; the doc gives no maximum, so none is enforced.
    const numText = query.get('num');
    const num = numText === null ? DEFAULT_NUM : /^\d+$/.test(numText) ? Number(numText) : NaN;
    if (!Number.isSafeInteger(num)) details.push({ field: 'num', rule: 'integer', message: 'must be an integer' });
    // sort: "Available values: created, -created Default: "-created""
    const sort = query.get('sort') ?? '-created';
    if (sort !== 'created' && sort !== '-created') details.push({ field: 'sort', rule: 'oneOf', message: 'must be created or -created' });
    // state: "Filter on state of Service Orders, use comma as separator for multiple values" (ServiceOrderState)
    const stateText = query.get('state');
    const states = stateText === null ? null : stateText.split(',');
    if (states?.some((s) => !(SERVICE_ORDER_STATES as readonly string[]).includes(s))) {
      details.push({ field: 'state', rule: 'oneOf', message: `must be a comma-separated list of ${SERVICE_ORDER_STATES.join(', ')}` });
    }
    // start_after_id: "The service order ID to get subsequent service orders from, non inclusive".
    // The documented list call names 1W7N3V258, which no sandbox order has: an id the store does
    // not hold is placed where its value falls, as ids grow with creation; text that cannot be a
    // service order id (base 36) is refused.
    const startAfterId = query.get('start_after_id');
    if (startAfterId !== null && !/^[0-9A-Za-z]{1,12}$/.test(startAfterId))
      details.push({ field: 'start_after_id', rule: 'id', message: `${startAfterId.slice(0, 40)} is not a service order id` });
    if (details.length > 0) return invalid(details);

    const store = query.get('store');
    const descending = sort === '-created';
    const step = descending ? -1 : 1;
    let i = startAfterId === null ? (descending ? this.timeline.length - 1 : 0) : this.positionAfter(startAfterId, descending);
    const found: SitooServiceOrder[] = [];
    for (; i >= 0 && i < this.timeline.length && found.length < num; i += step) {
      const order = this.timeline[i];
      if (store !== null && order.store.id !== store) continue;
      if (states && !states.includes(order.state)) continue;
      found.push(render(order));
    }
    return { status: 200, body: found };
  }

  private read(id: string): EmulatorResponse {
    const order = this.orders.get(id);
    return order ? { status: 200, body: render(order) } : notFound(id);
  }

  private create(request: EmulatorRequest): EmulatorResponse {
    if (request.badJson) return invalid([{ field: '', rule: 'json', message: 'the body is not valid JSON' }]);
    const body = request.json as Record<string, unknown> | undefined;
    const issues = createErrors(body);
    if (issues.length > 0) return invalid(issues);
    // `version`, `id`, `created` and `modified` are read-only: whatever the body says is ignored.
    const fields = body as Record<string, unknown>;
    const now = Math.floor(Date.now() / 1000);
    const order = this.insert({
      created: now,
      modified: now,
      revision: 1,
      state: (fields.state as SitooServiceOrderState | undefined) ?? 'new',
      store: copyStore(fields.store),
      owner: copyUser(fields.owner),
      customer: copyCustomer(fields.customer),
      currency: fields.currency as string,
      note: fields.note === undefined ? '' : (fields.note as string | null),
      product: copyProduct(theProduct(fields.product)),
      author: copyUser(fields.author),
    });
    return { status: 201, body: render(order) };
  }

  private update(request: EmulatorRequest): EmulatorResponse {
    const order = this.orders.get(request.params.id);
    if (!order) return notFound(request.params.id);
    if (request.badJson) return invalid([{ field: '', rule: 'json', message: 'the body is not valid JSON' }]);
    const body = request.json as Record<string, unknown> | undefined;
    const issues = updateErrors(body);
    if (issues.length > 0) return invalid(issues);
    const fields = body as Record<string, unknown>;
    if (fields.revision !== order.revision) {
      return error(412, `Precondition Failed: service order ${order.id} has been modified (revision ${order.revision}); read it again before updating`);
    }
    if (fields.state !== undefined) order.state = fields.state as SitooServiceOrderState;
    if (fields.store !== undefined) order.store = copyStore(fields.store);
    if (fields.owner !== undefined) order.owner = copyUser(fields.owner);
    if (fields.customer !== undefined) order.customer = copyCustomer(fields.customer);
    if (fields.currency !== undefined) order.currency = fields.currency as string;
    if (fields.note !== undefined) order.note = fields.note as string | null;
    if (fields.product !== undefined) order.product = copyProduct(theProduct(fields.product));
    order.author = copyUser(fields.author);
    order.revision += 1;
    order.modified = Math.max(Math.floor(Date.now() / 1000), order.created);
    return { status: 200, body: render(order) };
  }

  /**
   * The store's work (sandbox helper): each of up to `count` open orders moves to its next
   * state, a new revision, as a staff member's update through the API would make it.
   */
  advanceOrders(count: number, rand: () => number = Math.random): VendorChange[] {
    const next: Partial<Record<SitooServiceOrderState, SitooServiceOrderState>> = { new: 'in_progress', in_progress: 'service_done', service_done: 'closed' };
    const open = this.timeline.filter((o) => next[o.state] !== undefined);
    return pickDistinct(open, count, rand).map((order) => {
      const from = order.state;
      order.state = next[from]!;
      order.revision += 1;
      order.modified = Math.max(Math.floor(Date.now() / 1000), order.created);
      return { id: order.id, from, to: order.state };
    });
  }

  private insert(data: Omit<StoredOrder, 'seq' | 'id'>): StoredOrder {
    this.seq += 1;
    const order = data as StoredOrder;
    order.seq = this.seq;
    order.id = this.nextIdValue.toString(36).toUpperCase().padStart(9, '0');
    // Ids grow with creation but not by one, as real ones do not.
    this.nextIdValue += 1 + ((this.seq * 7919) % 4093);
    this.orders.set(order.id, order);
    let at = this.timeline.length;
    while (at > 0 && compareTimeline(this.timeline[at - 1], order) > 0) at -= 1;
    if (at === this.timeline.length) this.timeline.push(order);
    else this.timeline.splice(at, 0, order);
    return order;
  }

  /** The timeline index to start from after `id` in the given direction, for a stored id or not. */
  private positionAfter(id: string, descending: boolean): number {
    const known = this.orders.get(id);
    if (known) return this.indexOf(known) + (descending ? -1 : 1);
    const value = parseInt(id, 36);
    if (descending) {
      let i = this.timeline.length - 1;
      while (i >= 0 && parseInt(this.timeline[i].id, 36) >= value) i -= 1;
      return i;
    }
    let i = 0;
    while (i < this.timeline.length && parseInt(this.timeline[i].id, 36) <= value) i += 1;
    return i;
  }

  private indexOf(order: StoredOrder): number {
    let low = 0;
    let high = this.timeline.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const c = compareTimeline(this.timeline[mid], order);
      if (c === 0) return mid;
      if (c < 0) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }
}

function compareTimeline(a: StoredOrder, b: StoredOrder): number {
  return a.created - b.created || a.seq - b.seq;
}

/** The order as Sitoo answers it: every nullable field present, `version` included. */
function render(order: StoredOrder): SitooServiceOrder {
  return {
    version: SITOO_VERSION,
    id: order.id,
    revision: order.revision,
    created: order.created,
    modified: order.modified,
    state: order.state,
    store: { ...order.store },
    owner: copyUser(order.owner),
    customer: copyCustomer(order.customer),
    currency: order.currency,
    note: order.note,
    product: copyProduct(order.product),
    author: copyUser(order.author),
  };
}

function copyStore(value: unknown): SitooServiceStore {
  const v = value as SitooServiceStore;
  return { id: v.id, name: v.name };
}

function copyUser(value: unknown): SitooServiceUser {
  const v = value as SitooServiceUser;
  return { email: v.email, name: v.name ?? null, employee_id: v.employee_id ?? null };
}

function copyCustomer(value: unknown): SitooServiceCustomer {
  const v = value as SitooServiceCustomer;
  return { first_name: v.first_name, last_name: v.last_name ?? null, email: v.email ?? null, mobile: v.mobile ?? null };
}

function copyProduct(value: unknown): SitooServiceProduct {
  const v = value as SitooServiceProduct;
  return { sku: v.sku, name: v.name, serial: v.serial ?? null, services: v.services.map(copyService) };
}

function copyService(value: SitooServiceItem): SitooServiceItem {
  return {
    sku: value.sku,
    name: value.name,
    quantity: value.quantity,
    unit_price: value.unit_price ?? null,
    cost_share: value.cost_share ?? null,
    note: value.note,
  };
}

function error(status: number, errortext: string, errors?: SitooErrorDetail[]): EmulatorResponse {
  return { status, body: errors ? { statuscode: status, errortext, errors } : { statuscode: status, errortext } };
}

function invalid(details: SitooErrorDetail[]): EmulatorResponse {
  const [first] = details;
  const where = first.field ? `${first.field}: ` : '';
  return error(400, `Invalid request. ${where}${first.message}`, details);
}

/** Get and Update Service Order document no 404, only "400 Invalid request. Data sent from client is invalid". */
function notFound(id: string): EmulatorResponse {
  return error(400, `Invalid request. Service order ${id} does not exist`);
}

// ---- demo data ---------------------------------------------------------------------------

interface CatalogueService {
  sku: string;
  name: string;
  price: string | null;
  maxQuantity: number;
  notes: Array<string | null>;
}

interface Kind {
  products: Array<{ sku: string; name: string; serial?: string }>;
  services: CatalogueService[];
  notes: Array<string | null>;
}

const KINDS: Record<'shoes' | 'bikes' | 'watches' | 'phones', Kind> = {
  shoes: {
    products: [
      { sku: 'SHOE999', name: 'Barlay Shoe' },
      { sku: 'SHOE120', name: 'Barlay Chelsea Boot' },
      { sku: 'SHOE305', name: 'Barlay Trail Runner' },
    ],
    services: [
      { sku: 'SERVICE_HEEL', name: 'Replace heel', price: '50.00', maxQuantity: 2, notes: ['Left foot.', 'Right foot.', 'Both heels', ''] },
      { sku: 'SERVICE_POLISH', name: 'Polish Shoes', price: '120.00', maxQuantity: 1, notes: [null, '', 'Dark brown polish'] },
      { sku: 'SERVICE_SOLE', name: 'Resole', price: '450.00', maxQuantity: 1, notes: ['Rubber sole', 'Leather sole', ''] },
      { sku: 'SERVICE_STRETCH', name: 'Stretch shoes', price: '150.00', maxQuantity: 1, notes: ['Half a size', ''] },
    ],
    notes: ['', 'The shoe has a broken heel.', 'Customer picks up on Saturday', 'Warranty claim, receipt in the bag', null],
  },
  bikes: {
    products: [
      { sku: 'BIKE-CITY7', name: 'Crescent City 7-speed', serial: 'CR' },
      { sku: 'BIKE-MTB29', name: 'Monark MTB 29"', serial: 'MK' },
      { sku: 'BIKE-CARGO', name: 'Long John cargo bike', serial: 'LJ' },
    ],
    services: [
      { sku: 'SERVICE_TUNEUP', name: 'Basic tune-up', price: '695.00', maxQuantity: 1, notes: ['', 'Spring service'] },
      { sku: 'SERVICE_BRAKES', name: 'Replace brake pads', price: '349.00', maxQuantity: 2, notes: ['Front', 'Rear', ''] },
      { sku: 'SERVICE_TUBE', name: 'Replace inner tube', price: '199.00', maxQuantity: 2, notes: ['Rear wheel', ''] },
      { sku: 'SERVICE_GEARS', name: 'Adjust gears', price: '249.00', maxQuantity: 1, notes: ['Skips in 3rd gear', null] },
    ],
    notes: ['', 'Call before starting if the cost exceeds the quote', 'Bike stored in the back room', null],
  },
  watches: {
    products: [
      { sku: 'WATCH-AUT40', name: 'Automatic 40mm', serial: 'A40-' },
      { sku: 'WATCH-CHR42', name: 'Chronograph 42mm', serial: 'C42-' },
    ],
    services: [
      { sku: 'SERVICE_BATTERY', name: 'Battery replacement', price: '295.00', maxQuantity: 1, notes: ['', null] },
      { sku: 'SERVICE_STRAP', name: 'Replace strap', price: '450.00', maxQuantity: 1, notes: ['Black leather', 'Steel mesh', ''] },
      { sku: 'SERVICE_OVERHAUL', name: 'Full overhaul', price: '2495.00', maxQuantity: 1, notes: ['Loses 2 minutes a day', ''] },
      { sku: 'SERVICE_WATERTEST', name: 'Water resistance test', price: '195.00', maxQuantity: 1, notes: [''] },
    ],
    notes: ['', 'Quote needed before overhaul', null],
  },
  phones: {
    products: [
      { sku: 'PHONE-X12', name: 'Phone X12 128 GB', serial: '35' },
      { sku: 'PHONE-S8L', name: 'Phone S8 Lite', serial: '35' },
    ],
    services: [
      { sku: 'SERVICE_SCREEN', name: 'Screen replacement', price: '1899.00', maxQuantity: 1, notes: ['Cracked top left corner', ''] },
      { sku: 'SERVICE_BATTERY_PH', name: 'Battery replacement', price: '799.00', maxQuantity: 1, notes: ['Battery health 71%', ''] },
      { sku: 'SERVICE_DIAG', name: 'Diagnostics', price: null, maxQuantity: 1, notes: ['Does not charge', 'Restarts by itself', null] },
      { sku: 'SERVICE_PORT', name: 'Clean charging port', price: '149.00', maxQuantity: 1, notes: [''] },
    ],
    notes: ['', 'Customer has a backup; data may be erased', 'Passcode given at the counter', null],
  },
};

const STORES: Array<SitooServiceStore & { kind: keyof typeof KINDS; currency: string; phonePrefix: string }> = [
  { id: 'STORE111', name: 'Barlay Shoe Inc', kind: 'shoes', currency: 'SEK', phonePrefix: '+4670' },
  { id: 'STORE112', name: 'Barlay Shoe Göteborg', kind: 'shoes', currency: 'SEK', phonePrefix: '+4673' },
  { id: 'STORE150', name: 'Barlay Sko Oslo', kind: 'shoes', currency: 'NOK', phonePrefix: '+4790' },
  { id: 'STORE210', name: 'Cykelverkstan Södermalm', kind: 'bikes', currency: 'SEK', phonePrefix: '+4672' },
  { id: 'STORE305', name: 'Lind Ur Malmö', kind: 'watches', currency: 'SEK', phonePrefix: '+4676' },
  { id: 'STORE420', name: 'Mobilfix Helsinki', kind: 'phones', currency: 'EUR', phonePrefix: '+35840' },
];

const STAFF: Array<{ store: string; user: SitooServiceUser }> = [
  { store: 'STORE111', user: { email: 'staff@example.com', name: 'Pete', employee_id: null } },
  { store: 'STORE111', user: { email: 'anna@example.com', name: null, employee_id: null } },
  { store: 'STORE112', user: { email: 'maria.lindqvist@example.com', name: 'Maria Lindqvist', employee_id: 'E1042' } },
  { store: 'STORE112', user: { email: 'omar.haddad@example.com', name: 'Omar Haddad', employee_id: 'E1077' } },
  { store: 'STORE150', user: { email: 'ingrid.berg@example.com', name: 'Ingrid Berg', employee_id: 'N204' } },
  { store: 'STORE210', user: { email: 'johan.ek@example.com', name: 'Johan Ek', employee_id: 'E2001' } },
  { store: 'STORE210', user: { email: 'sara.nilsson@example.com', name: 'Sara Nilsson', employee_id: 'E2002' } },
  { store: 'STORE305', user: { email: 'karl.lind@example.com', name: 'Karl Lind', employee_id: null } },
  { store: 'STORE420', user: { email: 'aino.virtanen@example.com', name: 'Aino Virtanen', employee_id: 'F17' } },
  { store: 'STORE420', user: { email: 'mikko.laine@example.com', name: 'Mikko Laine', employee_id: 'F23' } },
];

const FIRST_NAMES = [
  'Erica',
  'Lars',
  'Karin',
  'Ahmed',
  'Elin',
  'Mats',
  'Sofia',
  'Nils',
  'Fatima',
  'Oskar',
  'Linnea',
  'Jonas',
  'Maja',
  'Anders',
  'Ebba',
  'Kristian',
];
const LAST_NAMES = [
  'Swansson',
  'Johansson',
  'Andersson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Holm',
  'Åberg',
];

/** Revisions an order has once it reached a state (created, then one per state change). */
const REVISIONS_TO: Record<SitooServiceOrderState, number> = { new: 1, in_progress: 2, service_done: 3, closed: 4, cancelled: 2 };

/** Old orders are mostly closed, recent ones still new or in progress. */
function seededState(rand: () => number, ageDays: number): SitooServiceOrderState {
  const roll = rand();
  const weights: Array<[SitooServiceOrderState, number]> =
    ageDays > 30
      ? [
          ['closed', 0.75],
          ['cancelled', 0.12],
          ['service_done', 0.08],
          ['in_progress', 0.05],
        ]
      : ageDays > 7
        ? [
            ['closed', 0.35],
            ['service_done', 0.25],
            ['in_progress', 0.25],
            ['new', 0.1],
            ['cancelled', 0.05],
          ]
        : [
            ['new', 0.45],
            ['in_progress', 0.35],
            ['service_done', 0.15],
            ['cancelled', 0.05],
          ];
  let sum = 0;
  for (const [state, weight] of weights) {
    sum += weight;
    if (roll < sum) return state;
  }
  return weights[0][0];
}

function pickServices(rand: () => number, services: CatalogueService[]): CatalogueService[] {
  const first = pick(rand, services);
  if (rand() < 0.6) return [first];
  const second = pick(rand, services);
  return second === first ? [first] : [first, second];
}

function asciiLower(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}
