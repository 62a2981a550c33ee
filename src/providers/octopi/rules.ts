import type { InputIssue } from '../../core/errors';
import { OCTOPI_CARGO_TYPES } from './wire';

/**
 * Octopi's create and update rules, written once and used by both the emulator (on the
 * wire names) and ordergraph's input validation (on the GraphQL names), so the two never
 * disagree. `name` maps a wire field to the path the caller should see.
 */

export interface OctopiOrderFields {
  order_number?: unknown;
  cargo_type?: unknown;
  container_ids?: unknown;
  service_ids?: unknown;
  due_at?: unknown;
  comment?: unknown;
}

export const ORDER_NUMBER_MAX = 255;
export const COMMENT_MAX = 2000;
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

type Namer = (wireField: string) => string;

export function checkCreate(fields: OctopiOrderFields, name: Namer): InputIssue[] {
  const issues: InputIssue[] = [];
  const add = (field: string, rule: string, message: string) => issues.push({ field: name(field), rule, message });

  checkOrderNumber(fields.order_number, true, add);
  if (fields.cargo_type === undefined || fields.cargo_type === null || fields.cargo_type === '') add('cargo_type', 'required', "can't be blank");
  else if (!OCTOPI_CARGO_TYPES.includes(fields.cargo_type as never)) add('cargo_type', 'oneOf', `must be one of ${OCTOPI_CARGO_TYPES.join(', ')}`);

  if (!Array.isArray(fields.container_ids) || fields.container_ids.length === 0) add('container_ids', 'required', 'must list at least one container id');
  else fields.container_ids.forEach((id, i) => {
    if (!Number.isInteger(id) || (id as number) <= 0) add(`container_ids[${i}]`, 'integer', 'must be a positive integer Octopi container id');
  });

  if (!Array.isArray(fields.service_ids) || fields.service_ids.length === 0) add('service_ids', 'required', 'must list at least one service id');
  else fields.service_ids.forEach((id, i) => {
    const ok = (typeof id === 'string' && /^[a-z0-9_]{1,64}$/i.test(id)) || (Number.isInteger(id) && (id as number) > 0);
    if (!ok) add(`service_ids[${i}]`, 'serviceId', 'must be a default service id (e.g. "cleaning") or a positive custom service id');
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
  else if (value.length > ORDER_NUMBER_MAX) add('order_number', 'maxLength', `is too long (maximum is ${ORDER_NUMBER_MAX} characters)`);
}

function checkOptional(fields: OctopiOrderFields, add: (f: string, r: string, m: string) => void): void {
  if (fields.due_at !== undefined && fields.due_at !== null && (typeof fields.due_at !== 'string' || !ISO_8601.test(fields.due_at) || Number.isNaN(Date.parse(fields.due_at)))) {
    add('due_at', 'iso8601', 'must be an ISO 8601 date and time, e.g. 2023-08-18T14:00:00Z');
  }
  if (fields.comment !== undefined && fields.comment !== null) {
    if (typeof fields.comment !== 'string') add('comment', 'type', 'must be a string');
    else if (fields.comment.length > COMMENT_MAX) add('comment', 'maxLength', `is too long (maximum is ${COMMENT_MAX} characters)`);
  }
}
