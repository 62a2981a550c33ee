import type { Container, ContainerEvent, Order, OrderContainer } from '../model/order';
import { isValidIso6346 } from './iso6346';

/**
 * The one `Container` of a number: the view across every order that touches it. Every path that
 * reaches a container number builds it here from the same orders (the request's container
 * loader), so the answer for a number is one value whichever field asked. What a single order
 * states (seals, goods, weights) stays on that order's `OrderContainer`; only facts of the box
 * itself are lifted, each from the newest order that gives it, and every order's events are
 * merged in time order.
 */
export function containerView(number: string, orders: readonly Order[]): Container {
  // Ties broken by id: providers answer in any order, and the view must not depend on which was first.
  const sorted = [...orders].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const stated: OrderContainer[] = sorted.flatMap((order) => order.containers.filter((c) => c.number === number));
  const events: ContainerEvent[] = stated.flatMap((c) => c.events);
  // Stable sort: events of one order keep the order's own sequence when times tie or are missing.
  events.sort((a, b) => eventTime(a) - eventTime(b));
  const reefer = stated.map((c) => c.isReefer).filter((v): v is boolean => typeof v === 'boolean');
  return {
    number,
    iso6346Valid: isValidIso6346(number),
    sizeType: newest(stated, (c) => c.sizeType),
    tareKg: newest(stated, (c) => c.tareKg),
    isReefer: reefer.length === 0 ? null : reefer.includes(true),
    events,
    orders: sorted,
  };
}

function newest<T>(stated: OrderContainer[], pick: (c: OrderContainer) => T | null | undefined): T | null {
  for (const c of stated) {
    const value = pick(c);
    if (value !== null && value !== undefined) return value;
  }
  return null;
}

function eventTime(event: ContainerEvent): number {
  const when = event.startDate ?? event.creationDate ?? event.endDate;
  return when ? when.getTime() : Number.MAX_SAFE_INTEGER;
}
