import { checkInput } from '../../src/core/input-schema';
import { octopiCreateRequest, octopiUpdateRequest } from '../../src/providers/octopi/rules';
import { createErrors, updateErrors } from '../../src/sandbox/octopi/rules';
import { copyOf } from '../fixtures/documented';
import { OCTOPI_CREATE_REQUEST } from '../fixtures/octopi';

/**
 * The rules of octopi-service-orders.md, on both sides: ordergraph's request schemas
 * (src/providers/octopi/rules.ts, which name the input field and the rule, and convert the input
 * to the wire body) and the emulator's (src/sandbox/octopi/rules.ts, which answers Octopi's
 * `{ errors: { field: [messages] } }`). Each case breaks the documented request on the wire and
 * hands ordergraph the same fields under their GraphQL names.
 */

type Fields = Record<string, unknown>;
const documented = (): Fields => copyOf(OCTOPI_CREATE_REQUEST).service_order;
const INPUT_NAME: Record<string, string> = {
  order_number: 'orderNumber',
  cargo_type: 'cargoType',
  container_ids: 'containerIds',
  service_ids: 'serviceIds',
  due_at: 'dueAt',
  comment: 'comment',
};
/** The wire fields under their GraphQL input names. */
const asInput = (fields: Fields): Fields => Object.fromEntries(Object.entries(fields).map(([key, value]) => [INPUT_NAME[key] ?? key, value]));
const issuesOf = (schema: typeof octopiCreateRequest | typeof octopiUpdateRequest, fields: Fields) => {
  const checked = checkInput(schema, asInput(fields), '');
  return checked.ok ? [] : checked.issues;
};
/** `container_ids[1] integer`: the issue's input path put back in wire names, and its rule. */
const wireNamed = (field: string) => field.replace(/^[A-Za-z]+/, (name) => Object.keys(INPUT_NAME).find((key) => INPUT_NAME[key] === name) ?? name);
const preflight = (fields: Fields) => issuesOf(octopiCreateRequest, fields).map((i) => `${wireNamed(i.field)} ${i.rule}`);
const checkUpdate = (fields: Fields) => issuesOf(octopiUpdateRequest, fields).map((i) => ({ ...i, field: wireNamed(i.field) }));
const emulator = (fields: Fields) => Object.keys(createErrors(fields));

describe('Octopi create: what the doc states is refused on both sides, naming the field', () => {
  it('accepts the documented request as published', () => {
    expect(preflight(documented())).toEqual([]);
    expect(emulator(documented())).toEqual([]);
  });

  it('sends the documented request, field for field, from the same fields as GraphQL input (custom service ids given as text)', () => {
    const input = { ...asInput(documented()), serviceIds: ['cleaning', '721'] };
    expect(checkInput(octopiCreateRequest, input)).toEqual({ ok: true, value: copyOf(OCTOPI_CREATE_REQUEST) });
  });

  it('sends a due date given as a Date in UTC', () => {
    const input = { ...asInput(documented()), dueAt: new Date('2024-05-20T00:00:00-04:00') };
    expect(checkInput(octopiCreateRequest, input)).toMatchObject({ ok: true, value: { service_order: { due_at: '2024-05-20T04:00:00.000Z' } } });
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

  it.each([
    [{ order_number: undefined }, 'orderNumber', "can't be blank"],
    [{ order_number: null }, 'orderNumber', "can't be blank"],
    [{ order_number: '  ' }, 'orderNumber', "can't be blank"],
    [{ order_number: 2 }, 'orderNumber', 'must be a string'],
    [{ cargo_type: undefined }, 'cargoType', "can't be blank"],
    [{ cargo_type: null }, 'cargoType', "can't be blank"],
    [{ cargo_type: '' }, 'cargoType', "can't be blank"],
    [{ cargo_type: '  ' }, 'cargoType', "can't be blank"],
    [{ cargo_type: 'vehicle' }, 'cargoType', 'must be one of container, breakbulk'],
    [{ container_ids: undefined }, 'containerIds', 'must list at least one container id'],
    [{ container_ids: [] }, 'containerIds', 'must list at least one container id'],
    [{ service_ids: undefined }, 'serviceIds', 'must list at least one service id'],
    [{ service_ids: [] }, 'serviceIds', 'must list at least one service id'],
    [{ service_ids: [7.5] }, 'serviceIds[0]', 'must be a default service id (e.g. "cleaning") or a custom service id (e.g. 721)'],
    [{ due_at: 'soon' }, 'dueAt', 'must be an ISO 8601 date and time, e.g. 2023-08-18T14:00:00Z'],
    [{ comment: 5 }, 'comment', 'must be a string'],
  ])('says what is wrong with %j in the words users see', (change, field, message) => {
    const checked = checkInput(octopiCreateRequest, asInput({ ...documented(), ...change }));
    expect(checked.ok ? [] : checked.issues.map((i) => [i.field, i.message])).toEqual([[`input.${field}`, message]]);
  });

  it('sends default service ids with digits in them as the text they are, and only all-digit ones as custom integer ids', () => {
    const input = { ...asInput(documented()), serviceIds: ['tier2', '3d-print', '721'] };
    expect(checkInput(octopiCreateRequest, input)).toMatchObject({ ok: true, value: { service_order: { service_ids: ['tier2', '3d-print', 721] } } });
  });

  it('sends neither due_at nor comment when the input has none (no key with no value)', () => {
    const { dueAt: _dueAt, comment: _comment, ...input } = asInput(documented());
    const { due_at: _due, comment: _note, ...sent } = copyOf(OCTOPI_CREATE_REQUEST).service_order;
    expect(checkInput(octopiCreateRequest, input)).toStrictEqual({ ok: true, value: { service_order: sent } });
    expect(checkInput(octopiCreateRequest, { ...input, dueAt: null, comment: null })).toStrictEqual({ ok: true, value: { service_order: sent } });
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

  it('names the GraphQL input path', () => {
    const checked = checkInput(octopiCreateRequest, { ...asInput(documented()), cargoType: 'ship', containerIds: [4337700, 0] });
    expect(checked.ok ? [] : checked.issues.map((i) => [i.field, i.rule, i.message])).toEqual([
      ['input.cargoType', 'oneOf', 'must be one of container, breakbulk'],
      ['input.containerIds[1]', 'integer', 'must be a positive integer Octopi container id'],
    ]);
  });
});

describe('Octopi update (order_number, due_at, comment): only what is sent is checked', () => {
  it('accepts each field alone, and sends only what is given (null clears the due date and the comment)', () => {
    expect(checkUpdate({ order_number: 'NEW-1' })).toEqual([]);
    expect(checkInput(octopiUpdateRequest, { orderNumber: null, dueAt: null, comment: 'c' })).toEqual({
      ok: true,
      value: { service_order: { due_at: null, comment: 'c' } },
    });
    expect(Object.keys(updateErrors({}))).toEqual([]);
    expect(Object.keys(updateErrors({ order_number: 'NEW-1', due_at: '2024-05-20T00:00:00Z', comment: 'c' }))).toEqual([]);
  });

  it('refuses an update that changes nothing, naming the input', () => {
    expect(checkInput(octopiUpdateRequest, {})).toEqual({
      ok: false,
      issues: [{ field: 'input', rule: 'nonEmpty', message: 'give at least one of orderNumber, dueAt, comment' }],
    });
  });

  it('refuses a blank order number, and one that is not text (a null one is left as it is)', () => {
    expect(checkUpdate({ order_number: ' ' }).map((i) => i.rule)).toEqual(['required']);
    expect(checkUpdate({ order_number: 12 }).map((i) => i.rule)).toEqual(['type']);
    expect(Object.keys(updateErrors({ order_number: '' }))).toEqual(['order_number']);
    expect(Object.keys(updateErrors({ order_number: 12 }))).toEqual(['order_number']);
  });

  it('checks due_at and comment as the create does', () => {
    expect(checkUpdate({ due_at: 'soon', comment: 3 }).map((i) => `${i.field} ${i.rule}`)).toEqual(['due_at iso8601', 'comment type']);
    expect(Object.keys(updateErrors({ due_at: 'soon', comment: 3 }))).toEqual(['due_at', 'comment']);
  });
});
