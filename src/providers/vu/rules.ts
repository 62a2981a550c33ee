import { z } from 'zod';
import { given } from '../../core/input-schema';
import { instant, iso3166Alpha2 } from '../../core/formats';
import { JsonDecimal } from './exact-json';
import { VU_SALES_CHANNELS } from './wire';

/**
 * VU Custom's create request (`POST /api/v1/orders`, the one write VU documents) as one zod
 * schema: what the three "Request Body Schema" tables of vu-custom-orders.md state (the required
 * columns and their types, Integer `price` and `quantity`, ISO 8601 `order_date`, ISO 3166-1
 * alpha-2 `country`, the b2b/b2c channel), on the GraphQL input (so issue paths are input paths,
 * `input.orderLines[0].recipeToken`), converted to the wire body. Where the doc is silent (the
 * currency's format, lengths, the requested date's format, `b2b`'s content and when it is
 * needed), ordergraph sends and lets VU answer.
 */

const BLANK = "can't be blank";
const absent = (value: unknown) => value === undefined || value === null;
const blank = (value: unknown) => absent(value) || (typeof value === 'string' && value.trim() === '');

/** A "Required: Yes" string: blank text counts as missing. */
const requiredText = z
  .string({ error: (issue) => (absent(issue.input) ? BLANK : 'must be a string') })
  .refine((value) => value.trim() !== '', { error: BLANK, params: { rule: 'required' }, abort: true });

/** A "Required: No" string; "this can be empty", so "" is sent as it is (another type: "must be a string"). */
const optionalText = z.string().nullish();

/** "object" (`custom_attributes`, `b2b`): any JSON object, sent as it is; the doc gives no content. Null is `nullish`'s, never the check's. */
const object = z
  .custom<Record<string, unknown>>((value) => typeof value === 'object' && !Array.isArray(value), { error: 'must be an object', params: { rule: 'type' } })
  .nullish();

/**
 * "tags | array | No | Order tags", "tags | array | No | Line item tags. this array an be empty":
 * an array, of items the doc does not type (its example's are strings), so they go unchecked.
 */
const tags = z.array(z.unknown()).nullish();

/** "order_date | string | Yes | ISO 8601 datetime": a GraphQL DateTime is sent as `toISOString()`. */
const orderDate = z
  .custom<Date | string>((value) => !blank(value), { error: BLANK, params: { rule: 'required' } })
  .pipe(instant({ rule: 'iso8601', message: 'must be an ISO 8601 date and time, e.g. 2022-10-31T01:54:56.271Z' }));

/** "sales_channel | string | Yes | Channel type (b2b/b2c)". */
const salesChannel = z.enum(VU_SALES_CHANNELS, {
  error: (issue) => (absent(issue.input) || issue.input === '' ? BLANK : `must be one of ${VU_SALES_CHANNELS.join(', ')}`),
});

/**
 * "price | Integer | yes | Unit price". GraphQL hands the price over as its digits (a string) so
 * that it reaches VU exactly as written: a JSON number with those digits (exact-json.ts), never
 * a float. Whole digits only (70, 0, -5), as the example's 70; no fraction, exponent or leading zero.
 */
const price = requiredText
  .refine((digits) => /^-?(0|[1-9]\d*)$/.test(digits), {
    error: 'must be a whole number (VU documents price as Integer), e.g. 70',
    params: { rule: 'integer' },
  })
  .transform((digits) => new JsonDecimal(digits));

/** "quantity | Integer | Yes | Order quantity". */
const quantity = z.custom<number>((value) => Number.isSafeInteger(value), {
  error: (issue) => (absent(issue.input) ? BLANK : 'must be a whole number'),
  params: { rule: 'integer', missingRule: 'required' },
});

/** A required object of the tables (a line, `ship_to`, `sold_to`). */
const required = { error: (issue: { input?: unknown }) => (absent(issue.input) ? BLANK : 'must be an object') };

/** "Request Body Schema (ship_to) and (sold_to)", plus `email`, which VU's answer shows. */
const party = z
  .object(
    {
      accountNumber: requiredText,
      address1: requiredText,
      address2: optionalText,
      city: requiredText,
      companyName: optionalText,
      // "Two-letter country code (ISO 3166-1 alpha-2)"
      country: requiredText.pipe(iso3166Alpha2({ rule: 'iso3166Alpha2', message: 'must be an ISO 3166-1 alpha-2 country code in capitals, e.g. US' })),
      firstName: requiredText,
      lastName: requiredText,
      phone: optionalText,
      postalCode: requiredText,
      stateRegion: requiredText,
      email: optionalText,
    },
    required,
  )
  .transform((p) => ({
    account_number: p.accountNumber,
    address_1: p.address1,
    ...given('address_2', p.address2),
    city: p.city,
    ...given('company_name', p.companyName),
    country: p.country,
    first_name: p.firstName,
    last_name: p.lastName,
    ...given('phone', p.phone),
    postal_code: p.postalCode,
    state_region: p.stateRegion,
    ...given('email', p.email),
  }));

/** "Request Body Schema (Order lines)". */
const orderLine = z
  .object(
    {
      sku: requiredText,
      productDescription: requiredText,
      quantity,
      price,
      recipeToken: requiredText,
      customerRequestedDate: optionalText,
      factoryCode: optionalText,
      lineReference: optionalText,
      upc: optionalText,
      tags,
      customAttributes: object,
    },
    required,
  )
  .transform((line) => ({
    sku: line.sku,
    product_description: line.productDescription,
    quantity: line.quantity,
    price: line.price,
    recipe_token: line.recipeToken,
    ...given('customer_requested_date', line.customerRequestedDate),
    ...given('factory_code', line.factoryCode),
    ...given('line_reference', line.lineReference),
    ...given('upc', line.upc),
    ...given('tags', line.tags),
    ...given('custom_attributes', line.customAttributes),
  }));

const NO_LINES = 'must list at least one order line';

/** `createVuOrder`'s input ("Request Body Schema (Order)"), sent as the body of `POST /api/v1/orders`. */
export const vuCreateRequest = z
  .object({
    orderNumber: requiredText,
    currency: requiredText,
    orderDate,
    salesChannel,
    shipMethodCarrier: requiredText,
    shipMethodCode: requiredText,
    shipMethodDescription: requiredText,
    // "order_lines | array | Yes | Order line items": at least one.
    orderLines: z
      .array(orderLine, { error: (issue) => (absent(issue.input) ? NO_LINES : 'must be a list of order lines') })
      .refine((lines) => lines.length > 0, { error: NO_LINES, params: { rule: 'required' } }),
    shipTo: party,
    soldTo: party,
    // "b2b | object | Yes | B2B specific information. required only for b2b": the doc's own b2b
    // example sends none, so VU decides; only its type is checked.
    b2b: object,
    purchaseOrderNumber: optionalText,
    // In the example request, not in the table: optional.
    salesOrderNumber: optionalText,
    note: optionalText,
    tags,
    customAttributes: object,
  })
  .transform((input) => ({
    order: {
      currency: input.currency,
      order_date: input.orderDate,
      order_number: input.orderNumber,
      ...given('purchase_order_number', input.purchaseOrderNumber),
      ...given('sales_order_number', input.salesOrderNumber),
      ship_method_carrier: input.shipMethodCarrier,
      ship_method_code: input.shipMethodCode,
      ship_method_description: input.shipMethodDescription,
      sales_channel: input.salesChannel,
      ...given('note', input.note),
      ...given('tags', input.tags),
      ...given('custom_attributes', input.customAttributes),
      order_lines: input.orderLines,
      ship_to: input.shipTo,
      sold_to: input.soldTo,
      ...given('b2b', input.b2b),
    },
  }));

export type VuCreateInput = z.input<typeof vuCreateRequest>;
/** The body of `POST /api/v1/orders`. */
export type VuCreateBody = z.output<typeof vuCreateRequest>;
export type VuOrderFields = VuCreateBody['order'];
