import { z } from 'zod';
import { given, unlessAbsent } from '../../core/input-schema';
import { iso4217 } from '../../core/formats';
import { SITOO_STATES, type SitooServiceUser } from './wire';

/**
 * Sitoo's create and update requests (`POST /serviceorders`, `PUT /serviceorders/{id}`), one zod
 * schema each, on the GraphQL input (issue paths are input paths,
 * `input.product.services[0].unitPrice`), converted to the wire body. What sitoo-service-orders.md
 * states, and so what is checked: the REQUIRED properties of every object and their types,
 * `unit_price` against `^[-+]?[0-9]+\.[0-9]{2}$`, `cost_share` within 0..100 ("Minimum: 0,
 * Maximum: 100"), `currency` "ISO 4217, alpha-3 uppercased", `state` among the ServiceOrderState
 * values, `revision` on PUT. Nothing else is invented (no lengths, no e-mail format). The sandbox
 * emulator reads the same doc on its own (src/sandbox/sitoo/rules.ts).
 */

export const UNIT_PRICE_PATTERN = /^[-+]?[0-9]+\.[0-9]{2}$/;
export const COST_SHARE_MIN = 0;
export const COST_SHARE_MAX = 100;

const REQUIRED = 'is required';
const absent = (value: unknown) => value === undefined || value === null;

// The messages of the type checks below are the core's ("is required", "must be a string", "must
// be an object", "must be a number", "must be one of ..."); the schema words only its own.

/** A REQUIRED string: blank text counts as missing. */
const requiredText = z.string().refine((value) => value.trim() !== '', { error: REQUIRED, params: { rule: 'required' } });

/** A "string, nullable" property: null (or absent) is no value. */
const nullableText = z.string({ error: 'must be a string or null' }).nullish();

/** "currency | string | REQUIRED | Currency for the service order (ISO 4217, alpha-3 uppercased)". */
const currency = z
  .custom<string>((value) => !absent(value) && value !== '', { error: REQUIRED, params: { rule: 'required' } })
  .pipe(iso4217({ rule: 'iso4217', message: 'must be an ISO 4217 currency code, alpha-3 uppercased (e.g. SEK)' }));

/** `ServiceOrderState`. */
const state = z.enum(SITOO_STATES);

/** `ServiceStore`: id and name REQUIRED. */
const store = z.object({ id: requiredText, name: requiredText });

/** `ServiceUser`: the owner of an order and the author of a revision. */
const user = z
  .object({ email: requiredText, name: nullableText, employeeId: nullableText })
  .transform((u) => ({ email: u.email, ...unlessAbsent('name', u.name), ...unlessAbsent('employee_id', u.employeeId) }));

/** `ServiceCustomer`. */
const customer = z.object({ firstName: requiredText, lastName: nullableText, email: nullableText, mobile: nullableText }).transform((c) => ({
  first_name: c.firstName,
  ...unlessAbsent('last_name', c.lastName),
  ...unlessAbsent('email', c.email),
  ...unlessAbsent('mobile', c.mobile),
}));

/** `ServiceItem`. */
const service = z
  .object({
    sku: requiredText,
    name: requiredText,
    // "quantity | integer | REQUIRED"
    quantity: z.custom<number>((value) => Number.isInteger(value), {
      error: (issue) => (absent(issue.input) ? REQUIRED : 'must be an integer'),
      params: { rule: 'integer', missingRule: 'required' },
    }),
    // "unit_price | string | nullable | Unit price including VAT | Pattern: ^[-+]?[0-9]+\.[0-9]{2}$"
    unitPrice: z
      .string({ error: 'must be a string such as "123.00"' })
      .refine((price) => UNIT_PRICE_PATTERN.test(price), { error: 'must match ^[-+]?[0-9]+\\.[0-9]{2}$ (e.g. "123.00")', params: { rule: 'pattern' } })
      .nullish(),
    // "cost_share | number | nullable | ... in percentage (0-100) | Minimum: 0 | Maximum: 100"
    costShare: z
      .number()
      .refine((share) => share >= COST_SHARE_MIN && share <= COST_SHARE_MAX, {
        error: `must be between ${COST_SHARE_MIN} and ${COST_SHARE_MAX} (percent the customer pays)`,
        params: { rule: 'range' },
      })
      .nullish(),
    // "note | string | REQUIRED", yet the documented responses carry `"note": null`: the key must
    // be there, null is taken as "no note".
    note: z.string({ error: (issue) => (issue.input === undefined ? 'is required (use "" for no note)' : 'must be a string or null') }).nullable(),
  })
  .transform((s) => ({
    sku: s.sku,
    name: s.name,
    quantity: s.quantity,
    ...unlessAbsent('unit_price', s.unitPrice),
    ...unlessAbsent('cost_share', s.costShare),
    note: s.note,
  }));

/** `ServiceProduct`: "services | REQUIRED | An array with service items for this product". */
const product = z
  .object({
    sku: requiredText,
    name: requiredText,
    serial: nullableText,
    services: z.array(service, {
      error: (issue) => (absent(issue.input) ? 'is required (an array of service items)' : 'must be an array of service items'),
    }),
  })
  .transform((p) => ({ sku: p.sku, name: p.name, ...unlessAbsent('serial', p.serial), services: p.services }));

const order = { error: (issue: { input?: unknown }) => (absent(issue.input) ? REQUIRED : 'must be a service order object') };

/**
 * `createSitooServiceOrder`'s input, sent as the body of `POST /serviceorders`: a new order
 * (`state: new`, as the documented example), no `revision` ("On POST, it must not be present").
 * The product is sent as the ServiceProduct object the model names (the example's one-element
 * array is accepted by Sitoo too).
 */
export const sitooCreateRequest = z.object({ store, owner: user, customer, currency, note: nullableText, product, author: user }, order).transform((input) => ({
  state: 'new' as const,
  store: input.store,
  owner: input.owner,
  customer: input.customer,
  currency: input.currency,
  ...unlessAbsent('note', input.note),
  product: input.product,
  author: input.author,
}));

/** "revision | integer | Must be the last revision for the service order on PUT": as GraphQL gives it (text) or as a number. */
const revision = z
  .custom<string | number>(
    (value) =>
      (typeof value === 'string' || typeof value === 'number') && /^[0-9]+$/.test(String(value)) && Number(value) >= 1 && Number.isSafeInteger(Number(value)),
    {
      error: (issue) =>
        absent(issue.input) ? 'is required: send the last revision you read' : 'must be the positive integer revision you last read (Order.revision)',
      params: { rule: 'integer', missingRule: 'required' },
    },
  )
  .transform(Number);

/**
 * `updateSitooServiceOrder`'s input and revision, sent as the body of `PUT /serviceorders/{id}`:
 * the revision, then only what is given (a given store, owner, customer or product replaces the
 * stored one whole and is checked as on create; a null note clears it), and something must be
 * given. `author` ("REQUIRED | The user that created the revision") may be left out for the
 * provider to send its configured one.
 */
export const sitooUpdateRequest = z
  .object(
    {
      revision,
      state: state.nullish(),
      store: store.nullish(),
      owner: user.nullish(),
      customer: customer.nullish(),
      currency: currency.nullish(),
      note: nullableText,
      product: product.nullish(),
      author: user.nullish(),
    },
    order,
  )
  // A REQUIRED property absent or null is no change (GraphQL's "no change"); the nullable note is
  // sent as given, null included ("no value"), and left out only when absent.
  .transform((input) => ({
    revision: input.revision,
    ...given('state', input.state),
    ...given('store', input.store),
    ...given('owner', input.owner),
    ...given('customer', input.customer),
    ...given('currency', input.currency),
    ...unlessAbsent('note', input.note),
    ...given('product', input.product),
    ...given('author', input.author),
  }))
  .refine((body) => Object.keys(body).some((key) => key !== 'revision' && key !== 'author'), {
    error: 'give at least one of state, store, owner, customer, currency, note, product',
    params: { rule: 'nonEmpty' },
  });

export type SitooCreateInput = z.input<typeof sitooCreateRequest>;
export type SitooUpdateInput = z.input<typeof sitooUpdateRequest>;
/** The body of `POST /serviceorders`. */
export type SitooCreateBody = z.output<typeof sitooCreateRequest>;
/** The body of `PUT /serviceorders/{id}`: the author is the caller's or the provider's configured one. */
export type SitooUpdateBody = Omit<z.output<typeof sitooUpdateRequest>, 'author'> & { author: SitooServiceUser };
