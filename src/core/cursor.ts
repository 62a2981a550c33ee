import { createHash, createHmac, createSecretKey, timingSafeEqual, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { badUserInput } from './errors';
import { providerLabel } from './http';
import type { PositionSpec, ProviderPosition } from './provider';
import type { ProviderKey } from './provider-key';

/**
 * The opaque cursor of a merged list.
 *
 * It holds the boundary of the last edge returned (its sort key: creation time, provider,
 * vendor id), each provider's own position (where its list stopped, or `done`), the providers
 * still catching up after a failure, and a fingerprint of the filter and direction, so that a
 * cursor is never replayed against a different query.
 *
 * Positions are typed: each provider declares its position as a zod schema with a version,
 * and a cursor is only accepted when every position in it passes its provider's current
 * schema and version. With a key configured, the cursor is also signed (HMAC-SHA256), so a
 * client cannot hand a vendor a position ordergraph never wrote. Any cursor that fails a check
 * is BAD_USER_INPUT (`rule: cursor`) before any vendor is called.
 */

/** Sort key of an order in the merged list: creation time (ms), provider key, vendor id. */
export type Boundary = [number, string, string];

export interface CursorState {
  /** Fingerprint of filter + direction + provider set. */
  q: string;
  /** Per provider: its position, or "done". A provider absent here has taken no order yet. */
  p: Record<string, ProviderPosition | 'done'>;
  /** Sort key of the last edge returned before this cursor; absent before the first edge. */
  b?: Boundary;
  /**
   * Providers catching up after a failure, each with the boundary at which it failed (null
   * when it failed before the first edge). They resume from their own position (or after that
   * boundary), not after `b`, so their orders are not skipped.
   */
  l?: Record<string, Boundary | null>;
  /** Whether at least one edge came before this cursor (Relay `hasPreviousPage`). */
  e?: true;
}

const VERSION = 'og2';
/** Cursors of the change log have a prefix of their own: a list cursor is never read as one. */
const LOG_VERSION = 'ogc1';
const MAX_LENGTH = 8192;
const MAC_BYTES = 16;

const boundary = z.tuple([z.number().int(), z.string().min(1).max(32), z.string().min(1).max(256)]);
const wireState = z.strictObject({
  q: z.string().max(64),
  p: z.record(z.string().max(32), z.union([z.literal('done'), z.tuple([z.number().int(), z.unknown()])])),
  b: boundary.optional(),
  l: z.record(z.string().max(32), boundary.nullable()).optional(),
  e: z.literal(true).optional(),
});

const logPosition = z.strictObject({ s: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) });

export class CursorCodec {
  private readonly key: KeyObject | null;

  /** `key`: the HMAC key that signs cursors; without one, cursors are checked but not signed. */
  constructor(key?: string) {
    this.key = key ? createSecretKey(Buffer.from(key, 'utf8')) : null;
  }

  encode(state: CursorState, specs: ReadonlyMap<string, PositionSpec>): string {
    const p: Record<string, unknown> = {};
    for (const [provider, position] of Object.entries(state.p)) {
      p[provider] = position === 'done' ? 'done' : [specs.get(provider)?.version ?? 0, position];
    }
    return this.seal(JSON.stringify({ ...state, p }));
  }

  /** The cursor of a state already written as its wire JSON (by `encode` or a PageCursors): base64url, then signed. */
  seal(json: string, version = VERSION): string {
    const payload = Buffer.from(json).toString('base64url');
    return this.key ? `${version}.${payload}.${this.mac(payload, version).toString('base64url')}` : `${version}.${payload}`;
  }

  /** A writer of the cursors of one page that starts at `state` (see PageCursors). */
  pageCursors(state: CursorState, specs: ReadonlyMap<string, PositionSpec>): PageCursors {
    return new PageCursors(this, state, specs);
  }

  /**
   * The state of a cursor this API returned for the same query, or BAD_USER_INPUT naming what
   * is wrong: not a cursor, not signed by this deployment, another query, or a provider position
   * that its provider no longer reads (another version, another shape).
   */
  decode(cursor: string, expectedFingerprint: string, specs: ReadonlyMap<string, PositionSpec>, field = 'after'): CursorState {
    const fail = (message: string) => badUserInput([{ field, rule: 'cursor', message }]);
    const notOurs = () => fail('is not a cursor returned by this API');
    const parts = cursor.split('.');
    if (cursor.length > MAX_LENGTH || parts[0] !== VERSION || parts.length < 2 || parts.length > 3) throw notOurs();
    const [, payload, signature] = parts;
    if (this.key) {
      const expected = this.mac(payload);
      const given = Buffer.from(signature ?? '', 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw fail('is not signed by this API (changed, or from another deployment)');
    }
    let parsed: z.infer<typeof wireState>;
    try {
      parsed = wireState.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    } catch {
      throw notOurs();
    }
    if (parsed.q !== expectedFingerprint) throw fail('belongs to a query with other filters or ordering; start again without `after`');
    const p: CursorState['p'] = {};
    for (const [provider, entry] of Object.entries(parsed.p)) {
      const spec = specs.get(provider);
      if (!spec) throw notOurs();
      if (entry === 'done') {
        p[provider] = 'done';
        continue;
      }
      const [version, position] = entry;
      const checked = version === spec.version ? spec.schema.safeParse(position) : null;
      if (!checked?.success) {
        throw fail(
          `holds a ${providerLabel(provider as ProviderKey)} position that this API no longer reads (outdated or garbled); start again without \`after\``,
        );
      }
      p[provider] = checked.data as ProviderPosition;
    }
    for (const provider of Object.keys(parsed.l ?? {})) if (!specs.has(provider)) throw notOurs();
    const state: CursorState = { q: parsed.q, p };
    if (parsed.b) state.b = parsed.b;
    if (parsed.l) state.l = parsed.l;
    if (parsed.e) state.e = true;
    return state;
  }

  /**
   * The cursor of a position in the change log (`orderChanges`): the sequence number, opaque
   * and signed like a list cursor. It is bound to no filter: a position means the same in every
   * view of the log, so a consumer may change its filter and carry on from where it was.
   */
  encodeLogPosition(sequence: number): string {
    return this.seal(JSON.stringify({ s: sequence }), LOG_VERSION);
  }

  /** The sequence of a log cursor this API returned, or BAD_USER_INPUT (`rule: cursor`) on `field`. */
  decodeLogPosition(cursor: string, field = 'after'): number {
    const fail = (message: string) => badUserInput([{ field, rule: 'cursor', message }]);
    const parts = cursor.split('.');
    if (cursor.length > 512 || parts[0] !== LOG_VERSION || parts.length < 2 || parts.length > 3)
      throw fail('is not a cursor of orderChanges returned by this API');
    const [, payload, signature] = parts;
    if (this.key) {
      const expected = this.mac(payload, LOG_VERSION);
      const given = Buffer.from(signature ?? '', 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw fail('is not signed by this API (changed, or from another deployment)');
    }
    try {
      return logPosition.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))).s;
    } catch {
      throw fail('is not a cursor of orderChanges returned by this API');
    }
  }

  private mac(payload: string, version = VERSION): Buffer {
    return createHmac('sha256', this.key!).update(`${version}.${payload}`).digest().subarray(0, MAC_BYTES);
  }
}

/**
 * The cursors of one page of a merged list, written edge by edge.
 *
 * Between two edges of a page only the boundary and the position of the provider just taken
 * change, so the wire JSON of each provider's position is written when it changes, and an
 * edge's payload is those parts put together: the same JSON as `encode` writes for that state,
 * without building and serialising the whole state again for each of a page's 500 edges.
 * Base64 and the signature wait until the edge's cursor is read (`LazyEdge`), so a client that
 * does not select `cursor` pays for none of it.
 */
export class PageCursors {
  private readonly parts = new Map<string, string>();
  private readonly done = new Set<string>();
  private readonly head: string;

  constructor(
    readonly codec: CursorCodec,
    state: CursorState,
    private readonly specs: ReadonlyMap<string, PositionSpec>,
  ) {
    this.head = `{"q":${JSON.stringify(state.q)},"p":{`;
    for (const [provider, position] of Object.entries(state.p)) this.set(provider, position);
  }

  /** A provider's position (or `done`) from now on. */
  set(provider: string, position: ProviderPosition | 'done'): void {
    if (position === 'done' && this.done.has(provider)) return;
    if (position === 'done') this.done.add(provider);
    else this.done.delete(provider);
    const value = position === 'done' ? '"done"' : `[${this.specs.get(provider)?.version ?? 0},${JSON.stringify(position)}]`;
    this.parts.set(provider, `${JSON.stringify(provider)}:${value}`);
  }

  /** The wire JSON of the state with the positions set so far and this boundary, lagging providers and edge flag. */
  json(b: Boundary | undefined, l: Record<string, Boundary | null> | undefined, e: boolean): string {
    let json = this.head;
    let first = true;
    for (const part of this.parts.values()) {
      json += first ? part : `,${part}`;
      first = false;
    }
    json += '}';
    if (b) json += `,"b":${JSON.stringify(b)}`;
    if (l) json += `,"l":${JSON.stringify(l)}`;
    if (e) json += ',"e":true';
    return `${json}}`;
  }
}

/** An edge of a merged page whose cursor is sealed (base64url, signed) the first time it is read. */
export class LazyEdge<N> {
  private sealed: string | undefined;

  constructor(
    readonly node: N,
    private readonly json: string,
    private readonly codec: CursorCodec,
  ) {}

  get cursor(): string {
    return (this.sealed ??= this.codec.seal(this.json));
  }

  set cursor(value: string) {
    this.sealed = value;
  }
}

/** Stable fingerprint of the parts of a query that a cursor is bound to. */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 12);
}
