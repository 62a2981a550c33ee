import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isInputObjectType, type GraphQLInputObjectType } from 'graphql';
import {
  CreateOctopiServiceOrderDocument,
  CreateShipwellPurchaseOrderDocument,
  CreateSitooServiceOrderDocument,
  CreateVuOrderDocument,
  type CreateOctopiServiceOrderInput,
  type CreateShipwellPurchaseOrderInput,
  type CreateSitooServiceOrderInput,
  type CreateVuOrderInput,
} from '../../schema/generated/graphql';
import { octopi } from '../../src/providers/octopi';
import { shipwell } from '../../src/providers/shipwell';
import { sitoo } from '../../src/providers/sitoo';
import { vu } from '../../src/providers/vu';
import { copyOf } from '../fixtures/documented';
import { OCTOPI_CREATE_REQUEST } from '../fixtures/octopi';
import { SHIPWELL_CREATE_REQUEST } from '../fixtures/shipwell';
import { SITOO_ADD_REQUEST } from '../fixtures/sitoo';
import { SOGET_CREATE_REQUEST } from '../fixtures/soget';
import { VU_CREATE_REQUEST } from '../fixtures/vu';
import { gql } from '../support/graphql';
import { startTestApp, type TestApp } from '../support/sandbox';
import { asShipwellInput } from '../support/shipwell-fixtures';
import { sitooInputOf } from '../support/sitoo-fixtures';
import { vuInputOf } from '../support/vu-fixtures';

/**
 * Each vendor's documented create request, written as the GraphQL variables of its mutation,
 * sent through ordergraph to the vendor's emulator: the body the emulator receives is the
 * documented one. A documented field that the GraphQL input lacks fails here (GraphQL refuses
 * the variable, or the body comes without it). SOGET's example is refused by its own doc's rules
 * (documented-requests-preflight.test.ts) and goes as multipart; its GraphQL input names its
 * posted model's fields as they are, which the last test checks against the committed API schema.
 *
 * Date-times given as GraphQL `DateTimeISO` (Octopi's `due_at`, Shipwell's plan windows) reach the
 * vendor as the same instant in `toISOString()`'s form, with milliseconds ("2019-08-24T14:15:22Z"
 * goes as "2019-08-24T14:15:22.000Z"); both sides are compared with their date-times so written.
 */

type Json = Record<string, any>;
/** The GraphQL variables of an input object: dates as text, as a client sends them. */
const variables = <T>(input: unknown) => JSON.parse(JSON.stringify(input)) as T;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
/** A JSON value with each ISO 8601 date-time written as `toISOString()` writes that instant. */
const instants = (value: unknown): unknown => {
  if (typeof value === 'string') return DATE_TIME.test(value) ? new Date(value).toISOString() : value;
  if (Array.isArray(value)) return value.map(instants);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, instants(child)]));
  return value;
};

describe('The documented create requests, sent through GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    // No seeded orders: the examples' order numbers (Octopi's API_TEST_002 is seeded otherwise) are free.
    app = await startTestApp({ modules: [octopi, sitoo, shipwell, vu], seed: 0 });
  });
  afterAll(() => app.close());

  /** The JSON body of the one create the vendor's emulator received. */
  const received = (provider: string): unknown => {
    const creates = app.emulator(provider).log.filter((request) => request.method === 'POST');
    expect(creates).toHaveLength(1);
    return creates[0].json;
  };

  it('reach Shipwell as published (its date-times the same instants): custom_data as a JSON string, source, archived and the supplier identification codes included', async () => {
    const input = variables<CreateShipwellPurchaseOrderInput>(asShipwellInput(copyOf(SHIPWELL_CREATE_REQUEST)));
    const created = await gql(app.url, CreateShipwellPurchaseOrderDocument, { input });
    expect(created.errors).toBeUndefined();
    expect(instants(received('SHIPWELL'))).toStrictEqual(instants(SHIPWELL_CREATE_REQUEST.example));
  });

  it('reach VU as published: the price as the JSON number 70, a b2b order without a b2b object', async () => {
    const input = variables<Json>(vuInputOf(copyOf(VU_CREATE_REQUEST).order));
    input.salesChannel = input.salesChannel.toUpperCase();
    const created = await gql(app.url, CreateVuOrderDocument, { input: input as CreateVuOrderInput });
    expect(created.errors).toBeUndefined();
    expect(received('VU')).toStrictEqual(VU_CREATE_REQUEST.example);
  });

  it('reach Octopi as published (due_at the same instant): a default and a custom service id, the custom one as the number 721', async () => {
    const order = copyOf(OCTOPI_CREATE_REQUEST).service_order as Json;
    const input: CreateOctopiServiceOrderInput = {
      orderNumber: order.order_number,
      cargoType: order.cargo_type.toUpperCase(),
      containerIds: order.container_ids,
      serviceIds: order.service_ids.map(String),
      dueAt: order.due_at,
      comment: order.comment,
    };
    const created = await gql(app.url, CreateOctopiServiceOrderDocument, { input });
    expect(created.errors).toBeUndefined();
    expect(instants(received('OCTOPI'))).toStrictEqual(instants(OCTOPI_CREATE_REQUEST.example));
  });

  it('reach Sitoo as published, the product as the one object the model names (the example sends an array of one) and the state new of every create', async () => {
    const { state, ...create } = copyOf(SITOO_ADD_REQUEST) as Json;
    expect(state).toBe('new');
    const created = await gql(app.url, CreateSitooServiceOrderDocument, { input: variables<CreateSitooServiceOrderInput>(sitooInputOf(create)) });
    expect(created.errors).toBeUndefined();
    const published = copyOf(SITOO_ADD_REQUEST) as Json;
    expect(received('SITOO')).toStrictEqual({ ...published, product: published.product[0] });
  });
});

/** The paths of a JSON value's members that the GraphQL input type has no field for. */
function withoutInputField(value: unknown, type: GraphQLInputObjectType, path = 'input'): string[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => withoutInputField(item, type, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const fields = type.getFields();
  return Object.entries(value).flatMap(([key, child]) => {
    if (!(key in fields)) return [`${path}.${key}`];
    const inner = getNamedType(fields[key].type);
    return isInputObjectType(inner) ? withoutInputField(child, inner, `${path}.${key}`) : [];
  });
}

describe('The documented SOGET order and the GraphQL input', () => {
  it('has an input field for every field of the documented Order part, at any depth', () => {
    const api = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema', 'api.graphql'), 'utf8'));
    const input = api.getType('CreateSogetTransportOrderInput') as GraphQLInputObjectType;
    expect(withoutInputField(copyOf(SOGET_CREATE_REQUEST), input)).toEqual([]);
    // The walk sees a missing field.
    expect(withoutInputField({ voyage: { meansName: 'MSC GORILLA', pilot: 'none' } }, input)).toEqual(['input.voyage.pilot']);
  });
});
