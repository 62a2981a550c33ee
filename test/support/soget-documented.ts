import { documentedOrderMadeValid } from '../fixtures/soget';

/**
 * Helpers of the tests that hold SOGET's rules on both sides (test/rules/soget-emulator and
 * soget-preflight): the documented Order of soget-smouv-customer-orders.md made valid, changed one
 * field at a time, and walked field by field. The event lists are the doc's, not either side's.
 */

export type Json = Record<string, any>;
export type Path = Array<string | number>;
export type Flow = 'Import' | 'Export' | 'Transfer';

/** "List of mandatory events when creating an import order: LadingImport, DeliveryImport, ..." (the Import and Export lists in WRONG_EVENT_DATE_ORDER's order). */
export const DOC_MANDATORY_EVENTS: Record<Flow, string[]> = {
  Import: ['LadingImport', 'DeliveryImport', 'EmptyReleaseImport', 'EmptyReturnImport'],
  Export: ['EmptyReleaseExport', 'PositioningExport', 'LadingExport', 'DeliveryExport'],
  Transfer: ['LadingTransfer', 'DeliveryTransfer'],
};

/** "Values are Announced, CarrierIdentification, ..., or DeliveryTransfer." */
export const EVENT_TYPES = [
  'Announced',
  'CarrierIdentification',
  'LadingImport',
  'DeliveryImport',
  'EmptyReleaseImport',
  'EmptyReturnImport',
  'EmptyReleaseExport',
  'PositioningExport',
  'LadingExport',
  'DeliveryExport',
  'Association',
  'TokenCodeTrucker',
  'CancelCarrierIdentification',
  'UpdateAssociation',
  'AnnouncementCancelled',
  'LadingTransfer',
  'DeliveryTransfer',
];

/** The first event of the example's container, as an issue names it. */
export const FIRST_EVENT = 'containers[0].events[0]';

/** `['containers', 0, 'reference']` -> `containers[0].reference`. */
export const pathName = (path: Path) => path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
/** `containers[0].reference` -> `['containers', 0, 'reference']`. */
export const toPath = (field: string): Path =>
  field
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));

/** Sets (or, with undefined, deletes) the value at the path. */
export function set(body: Json, path: Path, value: unknown): Json {
  const parent = path.slice(0, -1).reduce((o: Json, key) => o[key], body);
  const key = path[path.length - 1];
  if (value === undefined) delete parent[key];
  else parent[key] = value;
  return body;
}
// (a copy of each event's own: the fixture's four events share the documented event's location object)
export const validOrder = (): Json => JSON.parse(JSON.stringify(documentedOrderMadeValid()));
export const withValue = (path: Path, value: unknown) => set(validOrder(), path, value);

/** The documented order on another flow, with that flow's mandatory events (in their order) and what the flow makes mandatory. */
export function onFlow(flow: Flow): Json {
  const order = validOrder();
  const container = order.containers[0];
  const [first] = container.events;
  order.customsFlag = flow;
  container.events = DOC_MANDATORY_EVENTS[flow].map((type, i) => ({ ...first, type, startDate: `2022-03-0${3 + i}T18:00:00+00:00`, endDate: null }));
  return order;
}

/** Every field of the example with a value of another type and the rule that refuses it. */
export function fieldsOf(value: unknown, path: Path = []): Array<[string, Path, unknown, string]> {
  const here = pathName(path);
  const last = path[path.length - 1];
  // "customsFlag ... Values are Import, Export, or Transfer."; event "type ... Values are ...".
  if (last === 'customsFlag' || (last === 'type' && path.includes('events'))) return [[here, path, 'Elsewhere', 'oneOf']];
  if (typeof value === 'string') return [[here, path, 42, 'type']];
  if (typeof value === 'boolean') return [[here, path, 'false', 'type']];
  if (typeof value === 'number') return [[here, path, '2000', 'type']];
  if (Array.isArray(value))
    return [[here, path, 'none', 'type'] as [string, Path, unknown, string]].concat(value.flatMap((item, i) => fieldsOf(item, [...path, i])));
  if (value === null || value === undefined) return [];
  const own: Array<[string, Path, unknown, string]> = path.length > 0 ? [[here, path, 'text', 'type']] : [];
  return own.concat(Object.entries(value as Json).flatMap(([key, child]) => fieldsOf(child, [...path, key])));
}

/** The fields of the example that are objects (each "Additional properties are NOT allowed."). */
export function objectsOf(fields: Array<[string, Path, unknown, string]>): Array<[string, Path, unknown, string]> {
  return fields.filter(([, path]) => {
    const value = path.reduce((o: any, key) => o[key], validOrder());
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  });
}
