import type { InputIssue } from '../../core/errors';
import { isIso8601DateTime } from '../../core/formats';
import { OCTOPI_CARGO_TYPES } from './wire';

/**
 * ordergraph's pre-flight check of an Octopi create and update: what octopi-service-orders.md
 * states (required fields, "container or breakbulk", ISO 8601 `due_at`), on the GraphQL names
 * through `name`. The doc gives no lengths and no shape of a service id: Octopi answers those.
 */

export interface OctopiOrderFields {
  order_number?: unknown;
  cargo_type?: unknown;
  container_ids?: unknown;
  service_ids?: unknown;
  due_at?: unknown;
  comment?: unknown;
}

type Namer = (wireField: string) => string;

export function checkCreate(fields: OctopiOrderFields, name: Namer): InputIssue[] {
  const issues: InputIssue[] = [];
  const add = (field: string, rule: string, message: string) => issues.push({ field: name(field), rule, message });

  checkOrderNumber(fields.order_number, true, add);
  if (fields.cargo_type === undefined || fields.cargo_type === null || fields.cargo_type === '') add('cargo_type', 'required', "can't be blank");
  else if (!OCTOPI_CARGO_TYPES.includes(fields.cargo_type as never)) add('cargo_type', 'oneOf', `must be one of ${OCTOPI_CARGO_TYPES.join(', ')}`);

  if (!Array.isArray(fields.container_ids) || fields.container_ids.length === 0) add('container_ids', 'required', 'must list at least one container id');
  else
    fields.container_ids.forEach((id, i) => {
      if (!Number.isInteger(id) || (id as number) <= 0) add(`container_ids[${i}]`, 'integer', 'must be a positive integer Octopi container id');
    });

  if (!Array.isArray(fields.service_ids) || fields.service_ids.length === 0) add('service_ids', 'required', 'must list at least one service id');
  else
    fields.service_ids.forEach((id, i) => {
      const ok = (typeof id === 'string' && id.trim() !== '') || Number.isInteger(id);
      if (!ok) add(`service_ids[${i}]`, 'serviceId', 'must be a default service id (e.g. "cleaning") or a custom service id (e.g. 721)');
    });

  checkOptional(fields, add);
  return issues;
}

export function checkUpdate(fields: OctopiOrderFields, name: Namer): InputIssue[] {
  const issues: InputIssue[] = [];
  const add = (field: string, rule: string, message: string) => issues.push({ field: name(field), rule, message });
  if (fields.order_number !== undefined) checkOrderNumber(fields.order_number, false, add);
  checkOptional(fields, add);
  return issues;
}

function checkOrderNumber(value: unknown, required: boolean, add: (f: string, r: string, m: string) => void): void {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (required || value !== undefined) add('order_number', 'required', "can't be blank");
  } else if (typeof value !== 'string') add('order_number', 'type', 'must be a string');
}

function checkOptional(fields: OctopiOrderFields, add: (f: string, r: string, m: string) => void): void {
  if (fields.due_at !== undefined && fields.due_at !== null && (typeof fields.due_at !== 'string' || !isIso8601DateTime(fields.due_at))) {
    add('due_at', 'iso8601', 'must be an ISO 8601 date and time, e.g. 2023-08-18T14:00:00Z');
  }
  if (fields.comment !== undefined && fields.comment !== null) {
    if (typeof fields.comment !== 'string') add('comment', 'type', 'must be a string');
  }
}
