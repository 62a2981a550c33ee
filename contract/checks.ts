import type { HttpDeps, VendorExchange } from '../src/core/http';
import { withCheckDigit } from '../src/core/iso6346';
import { ProviderKey } from '../src/providers';
import { OctopiClient } from '../src/providers/octopi/client';
import { ShipwellClient } from '../src/providers/shipwell/client';
import { SitooClient } from '../src/providers/sitoo/client';
import { SogetClient } from '../src/providers/soget/client';
import { SOGET_TOKEN_PATH } from '../src/providers/soget/wire';
import { VuClient } from '../src/providers/vu/client';
import { documentedExample, type Expectation } from './compare';

/**
 * The fixture checks of the drift check, per vendor: each sends a call the vendor's doc
 * describes (through ordergraph's own client, so auth and paths are ordergraph's) and holds
 * the raw answer against the documented example of that call. Reads change nothing at the
 * vendor; writes run only with --allow-writes and undo what they made where the vendor can.
 */

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface CheckContext {
  /** The vendor's settings, as ordergraph reads them from the environment. */
  settings: Record<string, string | undefined>;
  /** HTTP deps whose `onExchange` records every answer for `answer`. */
  deps: HttpDeps;
  /** Unique per run, for order numbers. */
  unique: string;
  /** Runs a call, keeping its failure: a refused call is an answer to compare too. */
  call<T>(send: () => Promise<T>): Promise<T | undefined>;
  /** The last answer to `method` on a path matching `path` in this check. */
  answer(method: string, path: RegExp): VendorExchange | undefined;
  /** Holds an answer against the documented example `name` of test/fixtures/<vendor>/. */
  compare(exchange: VendorExchange | undefined, name: string, expectation?: Expectation): void;
  note(text: string): void;
  /** Registers the undoing of something this check made; run at the end, even after a failure. */
  cleanup(what: string, undo: () => Promise<unknown>): void;
}

export interface FixtureCheck {
  name: string;
  writes: boolean;
  run(context: CheckContext): Promise<void>;
}

const first = (list: unknown) => (Array.isArray(list) ? (list as unknown[])[0] : undefined);

// ---- Octopi ---------------------------------------------------------------------------------------

const octopiClient = ({ settings, deps }: CheckContext) => new OctopiClient({ baseUrl: settings.OCTOPI_BASE_URL!, token: settings.OCTOPI_TOKEN!, ...deps });
const OCTOPI_ORDERS = /^\/api\/v1\/service_orders$/;

const octopi: FixtureCheck[] = [
  {
    name: 'GET /api/v1/service_orders and one order: each order in the shape of the documented order',
    writes: false,
    async run(context) {
      const client = octopiClient(context);
      const list = await context.call(() => client.list());
      // The doc shows the order object only in the create answer; a listed or read order is the same object.
      context.compare(context.answer('GET', OCTOPI_ORDERS), 'create-service-order.response', {
        answer: (body) => (body as Json)?.service_orders,
        documented: (order) => [order],
      });
      const order = first(list?.service_orders) as Json | undefined;
      if (!order) return context.note('Octopi lists no order: the read of one order was not compared');
      await context.call(() => client.get(String(order.id)));
      context.compare(context.answer('GET', /^\/api\/v1\/service_orders\/[^/]+\.json$/), 'create-service-order.response');
    },
  },
  {
    name: 'POST /api/v1/service_orders with the documented request: the documented answer',
    writes: true,
    async run(context) {
      const client = octopiClient(context);
      const request = documentedExample('octopi', 'create-service-order.request').example as Json;
      const orderNumber = `DRIFT_${context.unique}`;
      const created = await context.call(() => client.create({ service_order: { ...request.service_order, order_number: orderNumber } } as never));
      if (created) context.cleanup(`Octopi order ${orderNumber}`, () => client.cancel(orderNumber, 'ordergraph drift check'));
      context.compare(context.answer('POST', OCTOPI_ORDERS), 'create-service-order.response');
    },
  },
];

// ---- Sitoo ----------------------------------------------------------------------------------------

const sitooClient = ({ settings, deps }: CheckContext) =>
  new SitooClient({
    baseUrl: settings.SITOO_BASE_URL!,
    account: settings.SITOO_ACCOUNT_ID!,
    apiId: settings.SITOO_API_ID!,
    password: settings.SITOO_PASSWORD!,
    ...deps,
  });
const SITOO_ORDERS = /^\/v2\/accounts\/[^/]+\/serviceorders\.json$/;
const SITOO_ORDER = /^\/v2\/accounts\/[^/]+\/serviceorders\/[^/]+\.json$/;

const sitoo: FixtureCheck[] = [
  {
    name: 'GET /serviceorders and GET /serviceorders/{id}: the documented answers',
    writes: false,
    async run(context) {
      const client = sitooClient(context);
      const list = await context.call(() => client.list({ num: 10 }));
      context.compare(context.answer('GET', SITOO_ORDERS), 'get-service-orders.response');
      const order = first(list) as Json | undefined;
      if (!order) return context.note('Sitoo lists no service order: Get Service Order was not compared');
      await context.call(() => client.get(String(order.id)));
      context.compare(context.answer('GET', SITOO_ORDER), 'get-service-order.response');
    },
  },
  {
    name: 'POST /serviceorders and PUT /serviceorders/{id} with the documented requests: the documented answers',
    writes: true,
    async run(context) {
      const client = sitooClient(context);
      const created = (await context.call(() => client.create(documentedExample('sitoo', 'add-service-order.request').example as never))) as Json | undefined;
      context.compare(context.answer('POST', SITOO_ORDERS), 'add-service-order.response');
      if (!created) return;
      let revision = Number(created.revision);
      const author = created.author;
      context.cleanup(`Sitoo service order ${created.id}`, () => client.update(String(created.id), { state: 'cancelled', revision, author } as never));
      const update = documentedExample('sitoo', 'update-service-order.request').example as Json;
      const updated = (await context.call(() => client.update(String(created.id), { ...update, revision } as never))) as Json | undefined;
      if (updated) revision = Number(updated.revision);
      context.compare(context.answer('PUT', SITOO_ORDER), 'update-service-order.response');
    },
  },
];

// ---- SOGET S'mouv ---------------------------------------------------------------------------------

const sogetClient = ({ settings, deps }: CheckContext) =>
  new SogetClient({
    baseUrl: settings.SOGET_BASE_URL!,
    tokenUrl: settings.SOGET_TOKEN_URL ?? `${settings.SOGET_BASE_URL!.replace(/\/+$/, '')}${SOGET_TOKEN_PATH}`,
    clientId: settings.SOGET_CLIENT_ID!,
    clientSecret: settings.SOGET_CLIENT_SECRET!,
    subscriptionKey: settings.SOGET_SUBSCRIPTION_KEY!,
    ...deps,
  });
const SOGET_ORDERS = /\/customer-orders$/;

/**
 * The documented create example, sent as published except for what the doc's own rules refuse
 * in it (the container number's check digit, and the Import's four mandatory events in their
 * documented order) and what must differ per run (transport order number, bill of lading,
 * container: S'mouv refuses a second open order for one handling unit).
 */
function sogetDocumentedOrder(unique: string): Json {
  const order = structuredClone(documentedExample('soget', 'create-customer-order.request').example) as Json;
  const container = order.containers[0];
  const [announced] = container.events;
  const serial = String(parseInt(unique.replace(/\D/g, '').slice(-6) || '0', 10) % 1_000_000).padStart(6, '0');
  container.reference = withCheckDigit(`CGMU${serial}`);
  container.billOfLading = `BOL-DRIFT-${unique}`;
  container.events = ['LadingImport', 'DeliveryImport', 'EmptyReleaseImport', 'EmptyReturnImport'].map((type, i) => ({
    ...announced,
    type,
    startDate: `2022-03-0${3 + i}T18:00:00+00:00`,
    endDate: `2022-03-0${3 + i}T23:21:00+00:00`,
  }));
  order.transportOrderNumber = `TOC-DRIFT-${unique}`;
  return order;
}

const soget: FixtureCheck[] = [
  {
    name: "GET /customer-orders/{id} of an order S'mouv has not: the documented error body",
    writes: false,
    async run(context) {
      const client = sogetClient(context);
      await context.call(() => client.get('CDE9999999999'));
      // The doc shows its error model with the create call's 400; the status of a read of a missing order it leaves open.
      context.compare(context.answer('GET', /\/customer-orders\/CDE9999999999$/), 'create-customer-order.400.response', { status: false });
    },
  },
  {
    name: 'POST /customer-orders with the documented request: the documented 200 answer',
    writes: true,
    async run(context) {
      const client = sogetClient(context);
      const created = (await context.call(() => client.create(sogetDocumentedOrder(context.unique)))) as Json | undefined;
      if (created?.id) context.cleanup(`SOGET order ${created.id}`, () => client.cancel(String(created.id)));
      context.compare(context.answer('POST', SOGET_ORDERS), 'create-customer-order.response');
    },
  },
];

// ---- Shipwell -------------------------------------------------------------------------------------

const shipwellClient = ({ settings, deps }: CheckContext) =>
  new ShipwellClient({ baseUrl: settings.SHIPWELL_BASE_URL!, token: settings.SHIPWELL_TOKEN!, ...deps });

const shipwell: FixtureCheck[] = [
  {
    name: 'GET /orders/{id}: the order in the shape of the documented purchase order',
    writes: false,
    async run(context) {
      const client = shipwellClient(context);
      const list = await context.call(() => client.list({ limit: 1 } as never));
      const order = first(list?.data) as Json | undefined;
      if (!order) return context.note('Shipwell lists no order: the read of one order was not compared');
      await context.call(() => client.get(String(order.id)));
      // The doc shows the purchase order only as the create answer; a read order is the same object.
      context.compare(context.answer('GET', /^\/orders\/[^/?]+$/), 'create-purchase-order.response');
    },
  },
  {
    name: 'POST /orders with the documented request: the documented answer',
    writes: true,
    async run(context) {
      const client = shipwellClient(context);
      const request = documentedExample('shipwell', 'create-purchase-order.request').example as Json;
      const orderNumber = `DRIFT-${context.unique}`;
      const created = (await context.call(() => client.create({ ...request, order_number: orderNumber } as never))) as Json | undefined;
      if (created) context.note(`Shipwell order ${orderNumber} (${created.id}) stays at the vendor: the doc has no cancel or delete call`);
      context.compare(context.answer('POST', /^\/orders$/), 'create-purchase-order.response');
    },
  },
];

// ---- VU Custom ------------------------------------------------------------------------------------

const vuClient = ({ settings, deps }: CheckContext, secret = settings.VU_API_SECRET!) =>
  new VuClient({ baseUrl: settings.VU_BASE_URL!, apiKey: settings.VU_API_KEY!, apiSecret: secret, ...deps });
const VU_ORDERS = /^\/api\/v1\/orders$/;

const vu: FixtureCheck[] = [
  {
    name: 'GET /orders with a wrong secret: the documented 401; GET /orders: orders in the documented shape',
    writes: false,
    async run(context) {
      await context.call(() => vuClient(context, `${context.settings.VU_API_SECRET}-wrong`).listOrders({ limit: 1 } as never));
      context.compare(context.answer('GET', VU_ORDERS), 'create-order.401.response');
      await context.call(() => vuClient(context).listOrders({ limit: 5 } as never));
      // The doc shows the order object in the create answer ({ order }); the list carries the same objects ({ orders }).
      context.compare(context.answer('GET', VU_ORDERS), 'create-order.response', {
        answer: (body) => (body as Json)?.orders,
        documented: (example) => [(example as Json).order],
        status: true,
      });
    },
  },
  {
    name: 'POST /orders with the documented request: the documented 200 answer',
    writes: true,
    async run(context) {
      const request = documentedExample('vu', 'create-order.request').example as Json;
      const orderNumber = `drift-${context.unique}`;
      const created = (await context.call(() => vuClient(context).createOrder({ order: { ...request.order, order_number: orderNumber } } as never))) as
        Json | undefined;
      if (created) context.note(`VU order ${orderNumber} (${created.id}) stays at the vendor: the doc has no cancel call`);
      context.compare(context.answer('POST', VU_ORDERS), 'create-order.response');
    },
  },
];

interface VendorChecks {
  fixtures: string;
  checks: FixtureCheck[];
}

/** The checks of each vendor, read by any provider key (every vendor has an entry: `satisfies`). */
export const FIXTURE_CHECKS: Readonly<Record<string, VendorChecks>> = {
  [ProviderKey.OCTOPI]: { fixtures: 'octopi', checks: octopi },
  [ProviderKey.SITOO]: { fixtures: 'sitoo', checks: sitoo },
  [ProviderKey.SOGET]: { fixtures: 'soget', checks: soget },
  [ProviderKey.SHIPWELL]: { fixtures: 'shipwell', checks: shipwell },
  [ProviderKey.VU]: { fixtures: 'vu', checks: vu },
} satisfies Record<ProviderKey, VendorChecks>;
