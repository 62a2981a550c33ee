import { z } from 'zod';
import type { InputIssue } from '../../core/errors';
import { email, iso8601Date } from '../../core/formats';
import { checkInput, given } from '../../core/input-schema';

/**
 * Shipwell's create request (`POST /orders` for a purchase order) as one zod schema on the GraphQL
 * input, so an issue's path is the input path (`input.shipTo.geolocation.latitude`); its output is
 * the wire body, absent fields left out. The sandbox emulator reads the same doc on its own
 * (src/sandbox/shipwell/rules.ts).
 *
 * What shipwell-purchase-orders.md states, and so what is checked: `order_number` required and
 * at most 64 characters, `ship_to` required, `source_system_id` at most 64 characters, the dates
 * as `date`, the types its example shows (text, booleans, lists, objects, numbers), a geolocation
 * of two coordinates from -90 / -180 (the example's lowest values), e-mails where the example
 * shows one, `custom_data` a key-value object (the example sends it as a JSON string of one).
 * Where the doc is silent (what an order number holds, what an address needs, time zone names, a
 * plan window's ends and their format, payment terms, the inside of `items` and `references`)
 * ordergraph sends the request and lets Shipwell answer (README.md). The messages are the
 * pydantic ones Shipwell answers with.
 */

export const ORDER_TYPE_PURCHASE_ORDER = 'PURCHASE_ORDER';

const absent = (value: unknown) => value === undefined || value === null;
const required = (otherwise: string) => (issue: { input?: unknown }) => (absent(issue.input) ? 'Field required' : otherwise);

/** "string". */
const text = () => z.string({ error: required('Input should be a valid string') });
/** "<= 64 characters". */
const text64 = () => text().max(64, { error: 'String should have at most 64 characters' });
/** "boolean". */
const bool = z.boolean({ error: 'Input should be a valid boolean' });
/** An object of the model (a stop, the supplier, a geolocation, ...). */
const object = <S extends z.ZodRawShape>(shape: S) => z.object(shape, { error: required('Input should be an object') });
/** "Array of ...". */
const list = <T extends z.ZodType>(item: T) => z.array(item, { error: 'Input should be a valid list' });

/** "start_date | string <date>": YYYY-MM-DD, a day of the calendar. */
const date = iso8601Date({ rule: 'date', message: 'Input should be a valid date in the format YYYY-MM-DD' });
/** The example's `"email": "user@example.com"`. */
const emailAddress = email({ rule: 'email', message: 'value is not a valid email address' });

/** "custom_data | object (Custom Data) Key-value pair of custom data", or the JSON string of one as the example sends it. */
const customData = z.custom<Record<string, unknown> | string>((value) => isObject(value) || (typeof value === 'string' && isObject(parsed(value))), {
  error: 'Input should be a valid dictionary',
  params: { rule: 'type' },
});

/** "geolocation": { "latitude": -90, "longitude": -180 }: the example shows each coordinate's lowest value. */
const coordinate = (limit: number) =>
  z
    .number({ error: required('Input should be a valid number') })
    .refine((n) => n >= -limit, { error: `Input should be greater than or equal to ${-limit}`, params: { rule: 'range' } })
    .refine((n) => n <= limit, { error: `Input should be less than or equal to ${limit}`, params: { rule: 'range' } });

/** An address as the example types it. The doc says nothing of what an address needs: no field is required. */
const addressShape = {
  country: text().nullish(),
  line1: text().nullish(),
  line2: text().nullish(),
  line3: text().nullish(),
  locality: text().nullish(),
  postalCode: text().nullish(),
  region: text().nullish(),
  urbanization: text().nullish(),
  residential: bool.nullish(),
  geolocation: object({ latitude: coordinate(90), longitude: coordinate(180) }).nullish(),
};

/** The wire fields of an address. */
function addressWire(a: z.output<z.ZodObject<typeof addressShape>>) {
  return {
    ...given('country', a.country),
    ...given('line_1', a.line1),
    ...given('line_2', a.line2),
    ...given('line_3', a.line3),
    ...given('locality', a.locality),
    ...given('postal_code', a.postalCode),
    ...given('region', a.region),
    ...given('urbanization', a.urbanization),
    ...given('residential', a.residential),
    ...(a.geolocation != null ? { geolocation: { latitude: a.geolocation.latitude, longitude: a.geolocation.longitude } } : {}),
  };
}

const address = object(addressShape).transform(addressWire);

/** "Array of objects (References)", which the doc gives no schema: ordergraph sends a qualifier and a value (README.md). */
const reference = object({ qualifier: text().nullish(), value: text().nullish() }).transform((r) => ({
  ...given('qualifier', r.qualifier),
  ...given('value', r.value),
}));

/** A plan window's end as text (the doc states no format for it; a GraphQL DateTime is sent as ISO 8601). */
const windowEnd = z
  .custom<Date | string>((value) => (value instanceof Date && !Number.isNaN(value.getTime())) || typeof value === 'string', {
    error: 'Input should be a valid string',
    params: { rule: 'type' },
  })
  .transform((value) => (typeof value === 'string' ? value : value.toISOString()));

/** `shipping_requirements.plan_window`: either end may be absent, in any order (the doc says nothing of them). */
const planWindow = object({ start: windowEnd.nullish(), end: windowEnd.nullish() }).transform((w) => ({
  ...given('start', w.start),
  ...given('end', w.end),
}));

/** "object (OrderStop)": an address, who is there and when. */
const stop = object({
  ...addressShape,
  timezone: text().nullish(),
  locationNumber: text().nullish(),
  companyName: text().nullish(),
  references: list(reference).nullish(),
  planWindow: planWindow.nullish(),
  customData: customData.nullish(),
}).transform((s) => ({
  ...addressWire(s),
  ...given('timezone', s.timezone),
  ...given('location_number', s.locationNumber),
  ...given('company_name', s.companyName),
  ...given('references', s.references),
  ...(s.planWindow != null ? { shipping_requirements: { plan_window: s.planWindow } } : {}),
  ...given('custom_data', s.customData),
}));

/** "object (Supplier) Supplier for the Purchase Order": no field of it is required. */
const supplier = object({
  name: text().nullish(),
  supplierId: text().nullish(),
  email: emailAddress.nullish(),
  phoneNumber: text().nullish(),
  address: address.nullish(),
  // The example's `"identification_codes": [ ]`: a list, of items the doc does not describe.
  identificationCodes: list(z.unknown()).nullish(),
}).transform((s) => ({
  ...given('name', s.name),
  ...given('supplier_id', s.supplierId),
  ...given('email', s.email),
  ...given('phone_number', s.phoneNumber),
  ...given('address', s.address),
  ...given('identification_codes', s.identificationCodes),
}));

const contact = object({ email: emailAddress.nullish(), phoneNumber: text().nullish() }).transform((c) => ({
  ...given('email', c.email),
  ...given('phone_number', c.phoneNumber),
}));

/** `shipping_requirements.bill_to`; the payment term is any text (the example shows PREPAID). */
const billTo = object({
  accountNumber: text().nullish(),
  billingId: text().nullish(),
  paymentTerm: text().nullish(),
  billingCompanyName: text().nullish(),
  billingAddress: address.nullish(),
  contact: contact.nullish(),
}).transform((b) => ({
  ...given('account_number', b.accountNumber),
  ...given('billing_id', b.billingId),
  ...given('payment_term', b.paymentTerm),
  ...given('billing_company_name', b.billingCompanyName),
  ...given('billing_address', b.billingAddress),
  ...given('contact', b.contact),
}));

/** A decimal as text with its unit (or currency), both sent as given. */
const quantity = object({ value: text().nullish(), unit: text().nullish() }).transform((q) => ({
  ...given('value', q.value),
  ...given('unit', q.unit),
}));
const money = object({ value: text().nullish(), currency: text().nullish() }).transform((m) => ({
  ...given('value', m.value),
  ...given('currency', m.currency),
}));

/**
 * "Array of objects (Items) Default: [] Items on the Order", which the doc shows as `items: []`
 * with no schema: ordergraph sends the shape of README.md ("Items"), every field optional, and
 * Shipwell decides what it needs.
 */
const item = object({
  description: text().nullish(),
  sku: text().nullish(),
  productId: text().nullish(),
  quantity: quantity.nullish(),
  unitAmount: money.nullish(),
  totalWeight: quantity.nullish(),
  customData: customData.nullish(),
}).transform((i) => ({
  ...given('description', i.description),
  ...given('sku', i.sku),
  ...given('product_id', i.productId),
  ...given('quantity', i.quantity),
  ...given('unit_amount', i.unitAmount),
  ...given('total_weight', i.totalWeight),
  ...given('custom_data', i.customData),
}));

/** `createShipwellPurchaseOrder`'s input, sent as the body of `POST /orders`. */
export const shipwellCreateRequest = object({
  // "order_number required | string (Order Number) <= 64 characters Freeform text that can be anything the user wants, but must be unique."
  orderNumber: text64(),
  // "name | string (Name) Name of order", "description | string (Description)"
  name: text().nullish(),
  description: text().nullish(),
  // "source | string (CreatedBySource)": the doc names the type but lists no values, so any text.
  source: text().nullish(),
  // "object (OrderStop)"; "ship_to": "required | object (OrderStop)"
  shipFrom: stop.nullish(),
  shipTo: stop,
  // "object (Supplier) Supplier for the Purchase Order"
  supplier: supplier.nullish(),
  // "object (Shipping Requirements)": its bill_to
  billTo: billTo.nullish(),
  // "Array of objects (Items)", "tags | Array of strings (Tags) ... List of tags ids or slugs", "Array of objects (References)"
  items: list(item).nullish(),
  tags: list(text()).nullish(),
  references: list(reference).nullish(),
  // "source_system_id | string (Source System Id) <= 64 characters"
  sourceSystemId: text64().nullish(),
  // "start_date | string <date> (Start Date)", "expiration_date | string <date> (Expiration Date)"
  startDate: date.nullish(),
  expirationDate: date.nullish(),
  customData: customData.nullish(),
  // "archived | boolean (Archived) Default: false"
  archived: bool.nullish(),
  // "supplier_created_releases_allowed | boolean (Supplier Created Releases Allowed) Default: false"
  supplierCreatedReleasesAllowed: bool.nullish(),
}).transform((input) => ({
  order_number: input.orderNumber,
  ship_to: input.shipTo,
  ...given('ship_from', input.shipFrom),
  ...given('name', input.name),
  ...given('description', input.description),
  ...given('source', input.source),
  ...given('source_system_id', input.sourceSystemId),
  ...given('start_date', input.startDate),
  ...given('expiration_date', input.expirationDate),
  ...given('references', input.references),
  ...(input.billTo != null ? { shipping_requirements: { bill_to: input.billTo } } : {}),
  ...given('items', input.items),
  ...given('tags', input.tags),
  // "order_type | string (Order Type) Default: "PURCHASE_ORDER"": ordergraph creates purchase orders.
  order_type: ORDER_TYPE_PURCHASE_ORDER,
  ...given('archived', input.archived),
  ...given('supplier_created_releases_allowed', input.supplierCreatedReleasesAllowed),
  ...given('supplier', input.supplier),
  ...given('custom_data', input.customData),
}));

export type ShipwellCreateInput = z.input<typeof shipwellCreateRequest>;
export type ShipwellCreateBody = z.output<typeof shipwellCreateRequest>;
export type ShipwellOrderStop = z.output<typeof stop>;
export type ShipwellAddress = z.output<typeof address>;
export type ShipwellSupplier = z.output<typeof supplier>;
export type ShipwellBillTo = z.output<typeof billTo>;
export type ShipwellItemBody = z.output<typeof item>;
export type ShipwellReference = z.output<typeof reference>;

/** The issues of a create input, named under `root` (`input` for the GraphQL argument); none when it is sound. */
export function checkCreate(input: unknown, root = 'input'): InputIssue[] {
  const checked = checkInput(shipwellCreateRequest, input, root);
  return checked.ok ? [] : checked.issues;
}

/** The JSON value of a text, undefined when it is not JSON. */
function parsed(json: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // not JSON: no value
  }
  return value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
