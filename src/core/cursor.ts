import { createHash } from 'node:crypto';
import { badUserInput } from './errors';
import type { ProviderPosition } from './provider';

/**
 * The opaque cursor of a merged list: for every provider, where its own list stopped
 * (its position, or `done` when it has nothing more), plus a fingerprint of the filter and
 * direction, so that a cursor is never replayed against a different query.
 */
export interface CursorState {
  /** Fingerprint of filter + direction + provider set. */
  q: string;
  /** Per provider: its position, or the string "done". */
  p: Record<string, ProviderPosition | 'done'>;
  /** Sort key of the last edge returned before this cursor (creation time in ms, provider, vendor id); absent before the first edge. */
  b?: [number, string, string];
}

const VERSION = 'og1';

export function encodeCursor(state: CursorState): string {
  return `${VERSION}.${Buffer.from(JSON.stringify(state)).toString('base64url')}`;
}

export function decodeCursor(cursor: string, expectedFingerprint: string, field = 'after'): CursorState {
  const fail = (message: string) => badUserInput([{ field, rule: 'cursor', message }]);
  if (cursor.length > 8192 || !cursor.startsWith(`${VERSION}.`)) throw fail('is not a cursor returned by this API');
  let state: CursorState;
  try {
    state = JSON.parse(Buffer.from(cursor.slice(VERSION.length + 1), 'base64url').toString('utf8')) as CursorState;
  } catch {
    throw fail('is not a cursor returned by this API');
  }
  if (!state || typeof state !== 'object' || typeof state.q !== 'string' || typeof state.p !== 'object' || state.p === null) {
    throw fail('is not a cursor returned by this API');
  }
  if (state.b !== undefined && !isBoundary(state.b)) throw fail('is not a cursor returned by this API');
  if (state.q !== expectedFingerprint) throw fail('belongs to a query with other filters or ordering; start again without `after`');
  return state;
}

/** Stable fingerprint of the parts of a query that a cursor is bound to. */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 12);
}

function isBoundary(value: unknown): value is [number, string, string] {
  return Array.isArray(value) && value.length === 3 && Number.isFinite(value[0]) && typeof value[1] === 'string' && typeof value[2] === 'string';
}
