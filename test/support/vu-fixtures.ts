import { vuCreateRequest, type VuCreateInput, type VuOrderFields } from '../../src/providers/vu/rules';

/** A valid VU create input: the documented example request, made unique by `orderNumber`. */
export function vuCreateInput(orderNumber: string, overrides: Partial<VuCreateInput> = {}): VuCreateInput {
  const party = (account: string) => ({
    accountNumber: account,
    address1: '123 Main St',
    address2: '',
    city: 'Ridgewood',
    companyName: 'VU Custom',
    country: 'US',
    firstName: 'John',
    lastName: 'Smith',
    phone: '2011231234',
    postalCode: '07450',
    stateRegion: 'NJ',
  });
  return {
    orderNumber,
    currency: 'USD',
    orderDate: new Date('2022-10-31T01:54:56.271Z'),
    salesChannel: 'b2b',
    shipMethodCarrier: 'UPS',
    shipMethodCode: 'XY12',
    shipMethodDescription: 'UPS Ground Residential',
    purchaseOrderNumber: 'po-12345',
    salesOrderNumber: 'so-12345',
    note: 'Sample note.',
    tags: ['tag1', 'tag2'],
    customAttributes: {},
    orderLines: [
      {
        sku: 'SKU123',
        productDescription: 'My Widget',
        quantity: 1,
        price: '70',
        recipeToken: '1609c0e8',
        customerRequestedDate: '2023-05-23',
        factoryCode: 'factory123',
        lineReference: '59861396',
        upc: 'UPC123',
        tags: ['tag1', 'tag2'],
        customAttributes: {},
      },
    ],
    shipTo: party('SHPTO123'),
    soldTo: party('SLDTO123'),
    b2b: { buyer_account: 'B2B-1' },
    ...overrides,
  };
}

/** The wire `order` ordergraph sends for a valid create input (its schema's output). */
export function vuWireOrder(input: VuCreateInput): VuOrderFields {
  return vuCreateRequest.parse(input).order;
}

/** `order_lines[0].recipe_token` -> `input.orderLines[0].recipeToken`, `ship_to.address_1` -> `input.shipTo.address1`. */
export const vuInputPath = (wire: string): string => `input.${wire.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase())}`;

type Json = Record<string, unknown>;
const camelKeys = (wire: Json): Json => Object.fromEntries(Object.entries(wire).map(([key, value]) => [vuInputPath(key).slice('input.'.length), value]));

/**
 * A VU wire `order` (the documented "Example Request", vu-custom-orders.md) as the GraphQL input
 * that asks for it: camel-case names (`address_1` -> `address1`), each price's digits as text, the
 * order date as the DateTime GraphQL hands over. Only the names change; `custom_attributes` and
 * `b2b` are the user's own objects and keep theirs.
 */
export function vuInputOf(wire: Json): Json {
  const input = camelKeys(wire);
  if (typeof wire.order_date === 'string') input.orderDate = new Date(wire.order_date);
  if (Array.isArray(wire.order_lines)) input.orderLines = (wire.order_lines as Json[]).map((line) => ({ ...camelKeys(line), price: String(line.price) }));
  for (const party of ['shipTo', 'soldTo']) input[party] = camelKeys(input[party] as Json);
  return input;
}
