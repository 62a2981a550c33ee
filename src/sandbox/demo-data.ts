import { withCheckDigit } from '../core/iso6346';

/**
 * Deterministic demo data shared by the sandbox emulators, so that the seeded systems tell
 * one story: the same containers appear at the Octopi depot and in SOGET transport orders.
 */

/** A small, seeded pseudo-random generator (mulberry32): same seed, same sandbox. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)];
}

/** A change made at a vendor by the sandbox: the vendor's own id of the order and its status before and after. */
export interface VendorChange {
  id: string;
  from: string;
  to: string;
}

/** Up to `count` distinct items, picked at random. */
export function pickDistinct<T>(items: readonly T[], count: number, rand: () => number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) picked.push(...pool.splice(Math.floor(rand() * pool.length), 1));
  return picked;
}

const OWNERS = ['MSC', 'MAE', 'CMA', 'HLC', 'ONE', 'EGH', 'COS', 'YML'];

/** ISO 6346 container numbers with valid check digits, e.g. MSCU1000007. */
export const SANDBOX_CONTAINERS: readonly string[] = Array.from({ length: 60 }, (_, i) =>
  withCheckDigit(
    `${OWNERS[i % OWNERS.length]}U${String(100000 + i * 7919)
      .padStart(6, '0')
      .slice(-6)}`,
  ),
);

/** Creation times spread over the last `days` days, ending `now`. */
export function spreadDates(count: number, rand: () => number, now = Date.now(), days = 120): Date[] {
  const span = days * 24 * 3600 * 1000;
  return Array.from({ length: count }, () => new Date(now - Math.floor(rand() * span))).sort((a, b) => a.getTime() - b.getTime());
}

/** Seconds resolution, as most vendors store it. */
export function truncateToSecond(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}
