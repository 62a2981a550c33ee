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
 *
 * Written as `og3`: the state in a compact binary form (compact.ts below: providers by their
 * index in the query's sorted provider set, which the fingerprint binds; numbers as varints;
 * canonical UUIDs in 16 bytes and decimal ids as numbers), base64url, about 180 characters for
 * five providers instead of about 390 as JSON (`og2`): an export answer carries one per edge.
 * `og2` cursors (JSON) are still read, so walks in flight when a deployment changes go on.
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

const VERSION = 'og3';
/** The JSON cursors written before `og3`: still read, never written. */
const JSON_VERSION = 'og2';
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
    return this.pageCursors(state, specs).payload(state.b, state.l, state.e === true, this);
  }

  /** The cursor of a payload (the state's compact bytes, or a log position's JSON): base64url, then signed. */
  seal(bytes: string | Uint8Array, version = VERSION): string {
    const payload = (typeof bytes === 'string' ? Buffer.from(bytes) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).toString('base64url');
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
    const [version, payload, signature] = parts;
    if (cursor.length > MAX_LENGTH || (version !== VERSION && version !== JSON_VERSION) || parts.length < 2 || parts.length > 3) throw notOurs();
    if (this.key) {
      const expected = this.mac(payload, version);
      const given = Buffer.from(signature ?? '', 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw fail('is not signed by this API (changed, or from another deployment)');
    }
    let parsed: z.infer<typeof wireState>;
    try {
      const bytes = Buffer.from(payload, 'base64url');
      parsed = wireState.parse(version === VERSION ? readCompact(bytes, sortedKeys(specs), expectedFingerprint) : JSON.parse(bytes.toString('utf8')));
    } catch (error) {
      if (error instanceof AnotherQuery) throw fail('belongs to a query with other filters or ordering; start again without `after`');
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
 * The cursors of one page of a merged list.
 *
 * Between two edges of a page only the boundary and the position of the provider just taken
 * change. An edge keeps the positions as they were when it was taken (one small array) and is
 * written only when its cursor is read (`LazyEdge`): a client that selects no edge's `cursor`
 * (an export reads `pageInfo.endCursor`) pays for none of them. A position is written to bytes
 * once however many edges hold it, so a client that reads every cursor pays for each provider's
 * position once per change, and an edge's payload is those parts put together: the same bytes
 * as `encode` writes for that state. Base64 and the signature come last, on read as well.
 */
export class PageCursors {
  /** The query's providers in key order: a position's place in the payload is its provider's index here. */
  private readonly keys: string[];
  private readonly index = new Map<string, number>();
  /** Per provider (by index): its position now, `done`, or undefined while it has taken no order. */
  private readonly now: Array<ProviderPosition | 'done' | undefined>;
  /** Per provider: the bytes of each position written so far (positions are compared by identity, or by value for primitives). */
  private readonly written: Array<Map<ProviderPosition, Uint8Array>>;
  private readonly head: Uint8Array;

  constructor(
    readonly codec: CursorCodec,
    state: CursorState,
    private readonly specs: ReadonlyMap<string, PositionSpec>,
  ) {
    this.keys = sortedKeys(specs);
    this.keys.forEach((key, i) => this.index.set(key, i));
    this.now = this.keys.map(() => undefined);
    this.written = this.keys.map(() => new Map());
    const w = writer();
    w.string(state.q);
    w.uint(this.keys.length);
    this.head = w.take();
    for (const [provider, position] of Object.entries(state.p)) this.set(provider, position);
  }

  /** A provider's position (or `done`) from now on. */
  set(provider: string, position: ProviderPosition | 'done'): void {
    const i = this.index.get(provider);
    if (i === undefined) throw new Error(`a cursor cannot hold a position of ${provider}, outside its query`);
    this.now[i] = position;
  }

  /** The state now, with this boundary, lagging providers and edge flag, to be written when (if ever) it is read. */
  at(b: Boundary | undefined, l: Record<string, Boundary | null> | undefined, e: boolean): PageState {
    return { positions: this.now.slice(), b, l, e };
  }

  /** The payload of the state with the positions set so far and this boundary, lagging providers and edge flag. */
  bytes(b: Boundary | undefined, l: Record<string, Boundary | null> | undefined, e: boolean): Uint8Array {
    return this.bytesOf({ positions: this.now, b, l, e });
  }

  /** The payload of a state taken with `at`. */
  bytesOf({ positions, b, l, e }: PageState): Uint8Array {
    // Every part first: the writer is one shared buffer, and a part is written with it too.
    const parts = positions.map((position, i) => (position === undefined ? NONE_PART : position === 'done' ? DONE_PART : this.part(i, position)));
    const w = writer();
    w.byte((b ? FLAG_BOUNDARY : 0) | (l ? FLAG_LAGGING : 0) | (e ? FLAG_EDGE : 0));
    w.raw(this.head);
    for (const part of parts) w.raw(part);
    if (b) this.boundary(w, b);
    if (l) {
      const entries = Object.entries(l);
      w.uint(entries.length);
      for (const [provider, at] of entries) {
        this.provider(w, provider);
        if (at) {
          w.byte(1);
          this.boundary(w, at);
        } else w.byte(0);
      }
    }
    return w.take();
  }

  /** The sealed cursor of that state. */
  payload(b: Boundary | undefined, l: Record<string, Boundary | null> | undefined, e: boolean, codec: CursorCodec): string {
    return codec.seal(this.bytes(b, l, e));
  }

  /** A position's entry, written the first time it is needed. */
  private part(i: number, position: ProviderPosition): Uint8Array {
    const written = this.written[i];
    let bytes = written.get(position);
    if (!bytes) {
      const w = writer();
      w.byte(ENTRY_POSITION);
      w.uint(this.specs.get(this.keys[i])!.version);
      w.value(position, 0);
      written.set(position, (bytes = w.take()));
    }
    return bytes;
  }

  private boundary(w: Writer, b: Boundary): void {
    w.int(b[0]);
    this.provider(w, b[1]);
    w.value(b[2], 0);
  }

  /** A provider as its index; one outside the query (never written by the merge) as the index past the end and its key. */
  private provider(w: Writer, key: string): void {
    const i = this.index.get(key);
    if (i !== undefined) w.uint(i);
    else {
      w.uint(this.keys.length);
      w.string(key);
    }
  }
}

/** One edge's state on its page (see `PageCursors.at`). */
export interface PageState {
  positions: ReadonlyArray<ProviderPosition | 'done' | undefined>;
  b: Boundary | undefined;
  l: Record<string, Boundary | null> | undefined;
  e: boolean;
}

/** An edge of a merged page whose cursor is written, and sealed (base64url, signed), the first time it is read. */
export class LazyEdge<N> {
  private sealed: string | undefined;
  private state: PageState | undefined;

  constructor(
    readonly node: N,
    state: PageState,
    private readonly cursors: PageCursors,
  ) {
    this.state = state;
  }

  get cursor(): string {
    if (this.sealed === undefined) {
      this.sealed = this.cursors.codec.seal(this.cursors.bytesOf(this.state!));
      this.state = undefined;
    }
    return this.sealed;
  }

  set cursor(value: string) {
    this.sealed = value;
    this.state = undefined;
  }
}

function sortedKeys(specs: ReadonlyMap<string, PositionSpec>): string[] {
  return [...specs.keys()].sort();
}

/*
 * The compact form of a cursor's state (og3):
 *   flags (1: boundary, 2: lagging providers, 4: an edge came before), q (string),
 *   the number of providers n, then per provider in key order 0 (no position yet), 1 (done) or
 *   2 + the position's version + the position (a value), then the boundary (time as a signed
 *   varint, provider as its index, vendor id as a value), then the lagging providers (count,
 *   then each one's index and 0, or 1 + the boundary it resumes from).
 * A value is a tag byte and its content: null, false, true, an integer (varint, and its sign
 * in the tag), a float (8 bytes), a string (length + UTF-8), a decimal string without leading
 * zeros (as its number), a lowercase UUID (16 bytes), an array (count + values) or an object
 * (count + key strings and values). Every string reads back exactly as written.
 */
const FLAG_BOUNDARY = 1;
const FLAG_LAGGING = 2;
const FLAG_EDGE = 4;
const ENTRY_NONE = 0;
const ENTRY_DONE = 1;
const ENTRY_POSITION = 2;
const DONE_PART = Uint8Array.of(ENTRY_DONE);
const NONE_PART = Uint8Array.of(ENTRY_NONE);
const enum Tag {
  Null,
  False,
  True,
  Uint,
  NegInt,
  Float,
  String,
  Digits,
  Uuid,
  Array,
  Object,
}
const DIGITS = /^(?:0|[1-9][0-9]{0,14})$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MAX_DEPTH = 16;
const utf8 = new TextDecoder('utf-8', { fatal: true });

interface Writer {
  byte(b: number): void;
  raw(bytes: Uint8Array): void;
  uint(v: number): void;
  int(v: number): void;
  string(s: string): void;
  value(v: unknown, depth: number): void;
  take(): Uint8Array;
}

/** One writer, reused: a cursor is written in one go, and `take` copies out what it wrote. */
let scratch = Buffer.allocUnsafe(4096);
let at = 0;
const theWriter: Writer = {
  byte(b) {
    room(1);
    scratch[at++] = b;
  },
  raw(bytes) {
    room(bytes.length);
    scratch.set(bytes, at);
    at += bytes.length;
  },
  uint(v) {
    room(8);
    while (v >= 0x80) {
      scratch[at++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    scratch[at++] = v;
  },
  int(v) {
    if (!Number.isSafeInteger(v)) throw new Error('a cursor time must be a safe integer');
    theWriter.byte(v < 0 ? 1 : 0);
    theWriter.uint(Math.abs(v));
  },
  string(s) {
    const length = Buffer.byteLength(s);
    theWriter.uint(length);
    room(length);
    at += scratch.write(s, at, 'utf8');
  },
  value(v, depth) {
    if (depth > MAX_DEPTH) throw new Error('a cursor position nests too deeply');
    if (v === null || v === undefined) theWriter.byte(Tag.Null);
    else if (v === false) theWriter.byte(Tag.False);
    else if (v === true) theWriter.byte(Tag.True);
    else if (typeof v === 'number') {
      if (Number.isSafeInteger(v)) {
        theWriter.byte(v < 0 ? Tag.NegInt : Tag.Uint);
        theWriter.uint(Math.abs(v));
      } else {
        if (!Number.isFinite(v)) throw new Error('a cursor position holds a number JSON cannot');
        theWriter.byte(Tag.Float);
        room(8);
        at = scratch.writeDoubleLE(v, at);
      }
    } else if (typeof v === 'string') {
      if (DIGITS.test(v)) {
        theWriter.byte(Tag.Digits);
        theWriter.uint(Number(v));
      } else if (v.length === 36 && UUID.test(v)) {
        theWriter.byte(Tag.Uuid);
        room(16);
        at += scratch.write(v.replace(/-/g, ''), at, 'hex');
      } else {
        theWriter.byte(Tag.String);
        theWriter.string(v);
      }
    } else if (Array.isArray(v)) {
      theWriter.byte(Tag.Array);
      theWriter.uint(v.length);
      for (const item of v) theWriter.value(item, depth + 1);
    } else if (typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined);
      theWriter.byte(Tag.Object);
      theWriter.uint(entries.length);
      for (const [key, x] of entries) {
        theWriter.string(key);
        theWriter.value(x, depth + 1);
      }
    } else throw new Error(`a cursor position cannot hold a ${typeof v}`);
  },
  take() {
    const out = Buffer.allocUnsafe(at);
    scratch.copy(out, 0, 0, at);
    at = 0;
    return out;
  },
};

function writer(): Writer {
  at = 0;
  return theWriter;
}

function room(n: number): void {
  if (at + n <= scratch.length) return;
  const bigger = Buffer.allocUnsafe(Math.max(scratch.length * 2, at + n));
  scratch.copy(bigger, 0, 0, at);
  scratch = bigger;
}

/** A well-formed cursor of another query (its providers may differ, so the rest is not read). */
class AnotherQuery extends Error {}

/** The wire state (as og2's JSON has it) of a compact payload; throws on anything not written by `PageCursors`. */
function readCompact(bytes: Uint8Array, keys: readonly string[], expectedFingerprint: string): unknown {
  let i = 0;
  const byte = (): number => {
    if (i >= bytes.length) throw new Error('truncated');
    return bytes[i++];
  };
  const uint = (): number => {
    let v = 0;
    let scale = 1;
    for (let n = 0; n < 8; n += 1) {
      const b = byte();
      v += (b & 0x7f) * scale;
      if (b < 0x80) {
        if (!Number.isSafeInteger(v)) break;
        return v;
      }
      scale *= 0x80;
    }
    throw new Error('bad varint');
  };
  const count = (): number => {
    const n = uint();
    if (n > bytes.length - i) throw new Error('bad count');
    return n;
  };
  const string = (): string => {
    const n = count();
    const s = utf8.decode(bytes.subarray(i, i + n));
    i += n;
    return s;
  };
  const value = (depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new Error('too deep');
    const tag = byte();
    switch (tag) {
      case Tag.Null:
        return null;
      case Tag.False:
        return false;
      case Tag.True:
        return true;
      case Tag.Uint:
        return uint();
      case Tag.NegInt: {
        const v = uint();
        if (v === 0) throw new Error('negative zero');
        return -v;
      }
      case Tag.Float: {
        if (i + 8 > bytes.length) throw new Error('truncated');
        const v = Buffer.from(bytes.buffer, bytes.byteOffset + i, 8).readDoubleLE(0);
        i += 8;
        if (!Number.isFinite(v)) throw new Error('bad float');
        return v;
      }
      case Tag.String:
        return string();
      case Tag.Digits: {
        const v = uint();
        if (v > 999_999_999_999_999) throw new Error('bad digits');
        return String(v);
      }
      case Tag.Uuid: {
        if (i + 16 > bytes.length) throw new Error('truncated');
        const hex = Buffer.from(bytes.buffer, bytes.byteOffset + i, 16).toString('hex');
        i += 16;
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
      }
      case Tag.Array: {
        const n = count();
        return Array.from({ length: n }, () => value(depth + 1));
      }
      case Tag.Object: {
        const n = count();
        const object: Record<string, unknown> = {};
        for (let k = 0; k < n; k += 1) {
          const key = string();
          if (key === '__proto__' || Object.hasOwn(object, key)) throw new Error('bad key');
          object[key] = value(depth + 1);
        }
        return object;
      }
      default:
        throw new Error('bad tag');
    }
  };
  const provider = (): string => {
    const index = uint();
    return index < keys.length ? keys[index] : index === keys.length ? string() : bad();
  };
  const boundary = (): Boundary => {
    const sign = byte();
    if (sign > 1) throw new Error('bad sign');
    const t = uint();
    const time = sign === 1 ? -t : t;
    const key = provider();
    return [time, key, value(0) as string];
  };

  const flags = byte();
  if (flags > 7) throw new Error('bad flags');
  const state: Record<string, unknown> = { q: string() };
  if (state.q !== expectedFingerprint) throw new AnotherQuery();
  if (uint() !== keys.length) throw new Error('another provider set');
  const p: Record<string, unknown> = {};
  for (const key of keys) {
    const entry = byte();
    if (entry === ENTRY_DONE) p[key] = 'done';
    else if (entry === ENTRY_POSITION) {
      const version = uint();
      p[key] = [version, value(0)];
    } else if (entry !== ENTRY_NONE) throw new Error('bad entry');
  }
  state.p = p;
  if (flags & FLAG_BOUNDARY) state.b = boundary();
  if (flags & FLAG_LAGGING) {
    const l: Record<string, Boundary | null> = {};
    const n = count();
    for (let k = 0; k < n; k += 1) {
      const key = provider();
      const has = byte();
      if (has > 1) throw new Error('bad lagging entry');
      l[key] = has ? boundary() : null;
    }
    state.l = l;
  }
  if (flags & FLAG_EDGE) state.e = true;
  if (i !== bytes.length) throw new Error('trailing bytes');
  return state;
}

function bad(): never {
  throw new Error('bad provider index');
}

/** Stable fingerprint of the parts of a query that a cursor is bound to. */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, 12);
}
