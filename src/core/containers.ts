import type { Container, ContainerEvent, Order } from '../model/order';
import { isValidIso6346 } from './iso6346';

/**
 * One container as every provider sees it: the orders that touch it (newest first) and the
 * details and events of each order's view of it, merged. Details come from the richest view
 * (transport orders know size type, weights, goods); events are merged and put in time order.
 */
export function mergeContainer(number: string, orders: Order[]): Container & { orders: Order[] } {
  const views = orders.flatMap((order) => order.containers.filter((c) => c.number === number));
  const richest = [...views].sort((a, b) => detail(b) - detail(a))[0];
  const events: ContainerEvent[] = views.flatMap((v) => v.events);
  events.sort((a, b) => eventTime(a) - eventTime(b));
  const sorted = [...orders].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  return {
    ...(richest ?? { number, sealNumbers: [], hazardousClasses: [], goods: [], events: [] }),
    number,
    iso6346Valid: isValidIso6346(number),
    sealNumbers: [...new Set(views.flatMap((v) => v.sealNumbers))],
    events,
    orders: sorted,
  };
}

function detail(container: Container): number {
  return Object.values(container).filter((v) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0)).length;
}

function eventTime(event: ContainerEvent): number {
  const when = event.startDate ?? event.creationDate ?? event.endDate;
  return when ? when.getTime() : Number.MAX_SAFE_INTEGER;
}
