import { createErrors, updateErrors } from '../../src/sandbox/octopi/rules';
import { copyOf } from '../fixtures/documented';
import { OCTOPI_CREATE_REQUEST } from '../fixtures/octopi';

/**
 * The Octopi emulator's answers (src/sandbox/octopi/rules.ts), called as functions: the 422
 * body of octopi-service-orders.md ("422 | Validation Error") is Rails' `{ errors: { field:
 * [messages] } }`, so each test reads the whole object, field and message, for one broken
 * "Param name" row of the create (and, beyond-the-docs.md, of the update: "PUT ... updates
 * `order_number`, `due_at`, `comment`"). test/unit/octopi-rules.test.ts holds the same rows on
 * both sides by the fields alone.
 */

type Fields = Record<string, unknown>;
const documented = (): Fields => copyOf(OCTOPI_CREATE_REQUEST).service_order;
const BLANK = "can't be blank";

describe('Octopi emulator: the Param name rows of the create, answered as Rails answers them', () => {
  it.each([
    // "service_order[order_number] required | The unique service order number"
    [{ order_number: undefined }, { order_number: [BLANK] }],
    [{ order_number: ' ' }, { order_number: [BLANK] }],
    [{ order_number: null }, { order_number: [BLANK] }],
    [{ order_number: 12 }, { order_number: ['must be a string'] }],
    // "service_order[cargo_type] required | container or breakbulk"
    [{ cargo_type: undefined }, { cargo_type: [BLANK] }],
    [{ cargo_type: '' }, { cargo_type: [BLANK] }],
    [{ cargo_type: null }, { cargo_type: [BLANK] }],
    [{ cargo_type: 'vehicle' }, { cargo_type: ['must be container or breakbulk'] }],
    // "service_order[container_ids] required | Octopi IDs of containers."
    [{ container_ids: undefined }, { container_ids: [BLANK] }],
    [{ container_ids: [] }, { container_ids: [BLANK] }],
    [{ container_ids: 4337700 }, { container_ids: [BLANK] }],
    [{ container_ids: [4337700, '4337701'] }, { container_ids: ['must be Octopi container ids'] }],
    // "service_order[service_ids] required | Array of default & custom service type IDs"
    [{ service_ids: undefined }, { service_ids: [BLANK] }],
    [{ service_ids: [] }, { service_ids: [BLANK] }],
    [{ service_ids: 'cleaning' }, { service_ids: [BLANK] }],
    [{ service_ids: ['cleaning', 7.5] }, { service_ids: ['must be default (text) or custom (integer) service type ids'] }],
    [{ service_ids: [null] }, { service_ids: ['must be default (text) or custom (integer) service type ids'] }],
    // "service_order[due_at] optional | ... in ISO 8601 format (Eg. 2023-08-18T14:00:00Z) in UTC."
    [{ due_at: 'next tuesday' }, { due_at: ['must be an ISO 8601 date and time in UTC, e.g. 2023-08-18T14:00:00Z'] }],
    [{ due_at: '2024-05-20T00:00:00-04:00' }, { due_at: ['must be an ISO 8601 date and time in UTC, e.g. 2023-08-18T14:00:00Z'] }],
    [{ due_at: ['2024-05-20T00:00:00Z'] }, { due_at: ['must be an ISO 8601 date and time in UTC, e.g. 2023-08-18T14:00:00Z'] }],
    // "service_order[comment] optional | Comments for this order."
    [{ comment: 5 }, { comment: ['must be a string'] }],
  ])('answers %j with %j', (change, errors) => {
    expect(createErrors({ ...documented(), ...change })).toEqual(errors);
  });

  it('accepts the documented request, breakbulk, and the optional rows absent or null', () => {
    expect(createErrors(documented())).toEqual({});
    expect(createErrors({ ...documented(), cargo_type: 'breakbulk' })).toEqual({});
    expect(createErrors({ ...documented(), due_at: undefined, comment: undefined })).toEqual({});
    expect(createErrors({ ...documented(), due_at: null, comment: null })).toEqual({});
    expect(createErrors({ ...documented(), due_at: '2023-08-18T14:00:00+00:00' })).toEqual({});
  });

  it('answers every broken row at once, each under its field', () => {
    expect(createErrors({ comment: 1 })).toEqual({
      order_number: [BLANK],
      cargo_type: [BLANK],
      container_ids: [BLANK],
      service_ids: [BLANK],
      comment: ['must be a string'],
    });
  });
});

describe('Octopi emulator: the update (order_number, due_at, comment)', () => {
  it('accepts an empty update and the documented fields', () => {
    expect(updateErrors({})).toEqual({});
    expect(updateErrors({ order_number: 'NEW-1', due_at: '2024-05-20T00:00:00Z', comment: 'c' })).toEqual({});
  });

  it.each([
    [{ order_number: '' }, { order_number: [BLANK] }],
    [{ order_number: null }, { order_number: [BLANK] }],
    [{ order_number: 12 }, { order_number: [BLANK] }],
    [
      { due_at: 'soon', comment: 3 },
      { due_at: ['must be an ISO 8601 date and time in UTC, e.g. 2023-08-18T14:00:00Z'], comment: ['must be a string'] },
    ],
  ])('answers %j with %j', (fields, errors) => {
    expect(updateErrors(fields)).toEqual(errors);
  });
});
