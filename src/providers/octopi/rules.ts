import { z } from 'zod';
import { given, unlessAbsent } from '../../core/input-schema';
import { instant } from '../../core/formats';
import { OCTOPI_CARGO_TYPES, type OctopiServiceId } from './wire';

/**
 * Octopi's create and update requests, one zod schema each: what octopi-service-orders.md
 * states (required fields, "container or breakbulk", ISO 8601 `due_at`), on the GraphQL input
 * (so issue paths are input paths), converted to the wire body. The doc gives no lengths and no
 * shape of a service id: Octopi answers those.
 */

const blank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** "service_order[order_number] required | The unique service order number": text, not blank. */
const orderNumber = z
  .string({ error: (issue) => (blank(issue.input) ? "can't be blank" : 'must be a string') })
  .refine((value) => value.trim() !== '', { error: "can't be blank", params: { rule: 'required' } });

/** "service_order[cargo_type] required | container or breakbulk". */
const cargoType = z.enum(OCTOPI_CARGO_TYPES, {
  error: (issue) => (blank(issue.input) ? "can't be blank" : `must be one of ${OCTOPI_CARGO_TYPES.join(', ')}`),
});

/** A list the doc marks required: absent and empty are refused alike. */
const requiredList = <T extends z.ZodType>(item: T, message: string) =>
  z.array(item, { error: message }).refine((list) => list.length > 0, { error: message, params: { rule: 'required' } });

/** "Octopi IDs of containers" (the response shows positive integers). */
const containerId = z.custom<number>((id) => Number.isInteger(id) && (id as number) > 0, {
  error: 'must be a positive integer Octopi container id',
  params: { rule: 'integer' },
});

/** "default & custom service type IDs": default ones are text ("cleaning"), custom ones integers (721, or "721" from GraphQL). */
const serviceId = z
  .custom<string | number>((id) => (typeof id === 'string' && id.trim() !== '') || Number.isInteger(id), {
    error: 'must be a default service id (e.g. "cleaning") or a custom service id (e.g. 721)',
    params: { rule: 'serviceId' },
  })
  .transform(serviceIdOnWire);

/** A custom service id given as text ("721", as GraphQL hands it over) is Octopi's integer; a default one stays text. */
function serviceIdOnWire(id: string | number): OctopiServiceId {
  // Stryker disable next-line ConditionalExpression: an integer id reads as its own digits, so converting it back changes nothing; the type test is for TypeScript
  return typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : id;
}

/** "in ISO 8601 format (Eg. 2023-08-18T14:00:00Z) in UTC": a Date is sent in UTC. */
const dueAt = instant({ rule: 'iso8601', message: 'must be an ISO 8601 date and time, e.g. 2023-08-18T14:00:00Z' });
/** "Comments for this order": text (the core's message, 'must be a string'). */
const comment = z.string();

/** `createOctopiServiceOrder`'s input, sent as `POST /api/v1/service_orders`. */
export const octopiCreateRequest = z
  .object({
    orderNumber,
    cargoType,
    containerIds: requiredList(containerId, 'must list at least one container id'),
    serviceIds: requiredList(serviceId, 'must list at least one service id'),
    dueAt: dueAt.nullish(),
    comment: comment.nullish(),
  })
  .transform((input) => ({
    service_order: {
      order_number: input.orderNumber,
      cargo_type: input.cargoType,
      container_ids: input.containerIds,
      service_ids: input.serviceIds,
      ...given('due_at', input.dueAt),
      ...given('comment', input.comment),
    },
  }));

/**
 * `updateOctopiServiceOrder`'s input, sent as `PATCH /api/v1/service_orders/{order_number}`: only
 * what is given is sent (a null order number is left as it is, a null due date or comment clears it),
 * and something must be given.
 */
export const octopiUpdateRequest = z
  .object({ orderNumber: orderNumber.nullish(), dueAt: dueAt.nullish(), comment: comment.nullish() })
  .transform((input) => ({
    service_order: {
      ...given('order_number', input.orderNumber),
      ...unlessAbsent('due_at', input.dueAt),
      ...unlessAbsent('comment', input.comment),
    },
  }))
  .refine((body) => Object.keys(body.service_order).length > 0, {
    error: 'give at least one of orderNumber, dueAt, comment',
    params: { rule: 'nonEmpty' },
  });

export type OctopiCreateInput = z.input<typeof octopiCreateRequest>;
export type OctopiUpdateInput = z.input<typeof octopiUpdateRequest>;
export type OctopiCreateBody = z.output<typeof octopiCreateRequest>;
export type OctopiUpdateBody = z.output<typeof octopiUpdateRequest>;
