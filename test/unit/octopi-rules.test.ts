import { checkCreate, checkUpdate } from '../../src/providers/octopi/rules';
import { createErrors, updateErrors } from '../../src/sandbox/octopi/rules';
import { copyOf } from '../fixtures/documented';
import { OCTOPI_CREATE_REQUEST } from '../fixtures/octopi';

/**
 * The rules of octopi-service-orders.md, on both sides: ordergraph's pre-flight check
 * (src/providers/octopi/rules.ts, which names the field and the rule) and the emulator's
 * (src/sandbox/octopi/rules.ts, which answers Octopi's `{ errors: { field: [messages] } }`).
 */

type Fields = Record<string, unknown>;
const documented = (): Fields => copyOf(OCTOPI_CREATE_REQUEST).service_order;
const wireName = (field: string) => field;
const preflight = (fields: Fields) => checkCreate(fields, wireName).map((i) => `${i.field} ${i.rule}`);
const emulator = (fields: Fields) => Object.keys(createErrors(fields));

describe('Octopi create: what the doc states is refused on both sides, naming the field', () => {
  it('accepts the documented request as published', () => {
    expect(preflight(documented())).toEqual([]);
    expect(emulator(documented())).toEqual([]);
  });

  it.each([
    ['order_number', 'service_order[order_number] required', { order_number: undefined }, 'order_number required'],
    ['order_number', 'service_order[order_number] required (blank)', { order_number: '  ' }, 'order_number required'],
    ['order_number', 'the unique service order number is text', { order_number: 2 }, 'order_number type'],
    ['cargo_type', 'service_order[cargo_type] required', { cargo_type: undefined }, 'cargo_type required'],
    ['cargo_type', 'service_order[cargo_type] required (empty)', { cargo_type: '' }, 'cargo_type required'],
    ['cargo_type', '"container or breakbulk": vehicle is not one', { cargo_type: 'vehicle' }, 'cargo_type oneOf'],
    ['container_ids', 'service_order[container_ids] required', { container_ids: undefined }, 'container_ids required'],
    ['container_ids', 'service_order[container_ids] required (none listed)', { container_ids: [] }, 'container_ids required'],
    ['service_ids', 'service_order[service_ids] required', { service_ids: undefined }, 'service_ids required'],
    ['service_ids', 'service_order[service_ids] required (none listed)', { service_ids: [] }, 'service_ids required'],
    ['due_at', 'service_order[due_at] in ISO 8601', { due_at: 'next tuesday' }, 'due_at iso8601'],
    ['due_at', 'service_order[due_at] is a date and time string', { due_at: 20240520 }, 'due_at iso8601'],
    ['comment', 'service_order[comment] is text', { comment: 5 }, 'comment type'],
  ])('refuses %s when it breaks %s', (field, _rule, change, issue) => {
    const fields = { ...documented(), ...change };
    expect(preflight(fields)).toEqual([issue]);
    expect(emulator(fields)).toEqual([field]);
  });

  it('accepts breakbulk, the other documented cargo type', () => {
    expect(preflight({ ...documented(), cargo_type: 'breakbulk' })).toEqual([]);
    expect(emulator({ ...documented(), cargo_type: 'breakbulk' })).toEqual([]);
  });

  it('names the container id that is not an Octopi id (an integer), at its index', () => {
    const fields = { ...documented(), container_ids: [4337700, '4337701', 1.5] };
    expect(preflight(fields)).toEqual(['container_ids[1] integer', 'container_ids[2] integer']);
    expect(emulator(fields)).toEqual(['container_ids']);
  });

  it('refuses a container id that is not positive before sending it', () => {
    expect(preflight({ ...documented(), container_ids: [0] })).toEqual(['container_ids[0] integer']);
    expect(preflight({ ...documented(), container_ids: [-4] })).toEqual(['container_ids[0] integer']);
  });

  it('takes default service ids as text and custom ones as integers, and nothing else', () => {
    expect(preflight({ ...documented(), service_ids: ['cleaning', 721] })).toEqual([]);
    const fields = { ...documented(), service_ids: ['cleaning', 7.5, null] };
    expect(preflight(fields)).toEqual(['service_ids[1] serviceId', 'service_ids[2] serviceId']);
    expect(emulator(fields)).toEqual(['service_ids']);
    expect(preflight({ ...documented(), service_ids: ['  '] })).toEqual(['service_ids[0] serviceId']);
  });

  it('leaves due_at and comment optional: absent or null pass', () => {
    for (const fields of [
      { ...documented(), due_at: undefined, comment: undefined },
      { ...documented(), due_at: null, comment: null },
    ]) {
      expect(preflight(fields)).toEqual([]);
      expect(emulator(fields)).toEqual([]);
    }
  });

  it('has the emulator refuse a due_at outside UTC ("in UTC"), which ordergraph leaves to Octopi', () => {
    const fields = { ...documented(), due_at: '2024-05-20T00:00:00-04:00' };
    expect(emulator(fields)).toEqual(['due_at']);
    expect(emulator({ ...documented(), due_at: '2024-05-20T00:00:00+00:00' })).toEqual([]);
  });

  it('names the GraphQL field through the given namer', () => {
    expect(checkCreate({ ...documented(), cargo_type: 'ship' }, (f) => `input.${f}`)[0]).toMatchObject({ field: 'input.cargo_type', rule: 'oneOf' });
  });
});

describe('Octopi update (order_number, due_at, comment): only what is sent is checked', () => {
  it('accepts an empty update and each field alone', () => {
    expect(checkUpdate({}, wireName)).toEqual([]);
    expect(checkUpdate({ order_number: 'NEW-1' }, wireName)).toEqual([]);
    expect(Object.keys(updateErrors({}))).toEqual([]);
    expect(Object.keys(updateErrors({ order_number: 'NEW-1', due_at: '2024-05-20T00:00:00Z', comment: 'c' }))).toEqual([]);
  });

  it('refuses a blank or null order number, and one that is not text', () => {
    expect(checkUpdate({ order_number: ' ' }, wireName).map((i) => i.rule)).toEqual(['required']);
    expect(checkUpdate({ order_number: null }, wireName).map((i) => i.rule)).toEqual(['required']);
    expect(checkUpdate({ order_number: 12 }, wireName).map((i) => i.rule)).toEqual(['type']);
    expect(Object.keys(updateErrors({ order_number: '' }))).toEqual(['order_number']);
    expect(Object.keys(updateErrors({ order_number: 12 }))).toEqual(['order_number']);
  });

  it('checks due_at and comment as the create does', () => {
    expect(checkUpdate({ due_at: 'soon', comment: 3 }, wireName).map((i) => `${i.field} ${i.rule}`)).toEqual(['due_at iso8601', 'comment type']);
    expect(Object.keys(updateErrors({ due_at: 'soon', comment: 3 }))).toEqual(['due_at', 'comment']);
  });
});
