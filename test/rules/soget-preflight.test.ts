import { checkOrder, checkUpdateAgainst, parseSogetDate, type SogetOrderBody } from '../../src/providers/soget/rules';
import { copyOf } from '../fixtures/documented';
import { SOGET_CREATE_REQUEST } from '../fixtures/soget';
import { EVENT_TYPES, FIRST_EVENT as event, fieldsOf, type Json, type Path, onFlow, validOrder as valid, withValue } from '../support/soget-documented';
import { itHoldsTheFlowRules, itHoldsTheSchemaRules, itHoldsTheUpdateRules } from '../support/soget-rule-cases';

/**
 * ordergraph's SOGET request schemas (src/providers/soget/rules.ts) on the documented Order of
 * soget-smouv-customer-orders.md, as the emulator's rules are held (test/rules/soget-emulator):
 * each field of the example given another type, each "Maximum length is N" line (from the table
 * copied from the doc), each flow rule and what an update may not change, with the SOGET code
 * and the message users see. The GraphQL input mirrors the posted model, so the paths are the
 * model's (under `input` in a GraphQL error).
 */

/** The issues as `field rule code`. */
const issues = (body: unknown, options?: { update?: boolean }) => checkOrder(body, options).map((i) => `${i.field} ${i.rule} ${i.providerCode}`);
/** The messages of the issues. */
const messages = (body: unknown) => checkOrder(body).map((i) => i.message);
// "string(date-time) | null ... ISO 8601 Extended Format": the schema names a date that is no text by its format.
const DATES = new Set(['date', 'eta', 'etd', 'closingCustoms', 'closingDangerous', 'closingDelivery', 'startDate', 'endDate', 'creationDate']);
const FIELDS = fieldsOf(valid()).map(([field, path, wrong, rule]): [string, Path, unknown, string] => [
  field,
  path,
  wrong,
  DATES.has(String(path[path.length - 1])) ? 'dateTime' : rule,
]);

describe('SOGET pre-flight: the documented Order', () => {
  it("refuses the example as published only by the doc's own rules, and takes it with those put right, on a create and an update", () => {
    expect(issues(copyOf(SOGET_CREATE_REQUEST))).toEqual([
      'containers[0].reference iso6346 HANDLING_UNIT_REFERENCE_INVALID',
      'containers[0].events eventSet WRONG_FORMAT',
    ]);
    expect(issues(valid())).toEqual([]);
    expect(issues(valid(), { update: true })).toEqual([]);
  });

  it.each(['Import', 'Export', 'Transfer'] as const)("takes it on the %s flow with that flow's mandatory events", (flow) => {
    expect(issues(onFlow(flow))).toEqual([]);
  });

  it.each(FIELDS)('refuses %s given a value of another type (WRONG_FORMAT)', (field, path, wrong, rule) => {
    expect(issues(withValue(path, wrong))).toEqual([`${field} ${rule} WRONG_FORMAT`]);
  });
});

describe('SOGET pre-flight: lengths, values and formats', () => {
  itHoldsTheSchemaRules({ issues, messages });

  it.each(EVENT_TYPES)('takes the event type %s', (type) => {
    const order = withValue(['containers', 0, 'events', 0, 'type'], type);
    // Outside the flow's event set, the set is refused; the type itself is not.
    expect(issues(order).filter((i) => i.startsWith(`${event}.type`))).toEqual([]);
  });

  it('reads only text as a date-time', () => {
    expect(parseSogetDate('2025-05-04T09:42:00Z')).toBe(Date.UTC(2025, 4, 4, 9, 42));
    for (const other of [Object('2025-05-04T09:42:00Z'), ['2025-05-04T09:42:00Z'], 20250504, null]) expect(parseSogetDate(other)).toBeNull();
  });
});

describe('SOGET pre-flight: the flows', () => {
  itHoldsTheFlowRules({ issues, messages });
});

describe('SOGET pre-flight: what an update may not change', () => {
  const stored = (): SogetOrderBody => valid() as SogetOrderBody;
  const against = (current: Json, next: Json, root?: string) =>
    checkUpdateAgainst(current as SogetOrderBody, next, root).map((i) => `${i.field} ${i.rule} ${i.providerCode} ${i.message}`);

  itHoldsTheUpdateRules(against);

  it('names the reference that may not change under the root asked', () => {
    const next = valid();
    next.containers[0].reference = 'MSCU1234565';
    expect(against(stored(), next, 'input')).toEqual(['input.containers[0].reference immutable R0007 cannot change from CGMU1234562']);
  });
});
