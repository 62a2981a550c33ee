import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { CursorCodec, type CursorState } from '../../src/core/cursor';
import type { OrderGraphError } from '../../src/core/errors';
import type { PositionSpec } from '../../src/core/provider';
// The registry declares the providers, whose names the cursors' messages use.
import '../../src/providers';

const specs = new Map<string, PositionSpec>([
  ['SITOO', { version: 1, schema: z.string().min(1).max(256) }],
  ['VU', { version: 2, schema: z.strictObject({ after: z.number().int().min(0) }) }],
]);
const state: CursorState = { q: 'fp', p: { SITOO: '1042', VU: { after: 7 } }, b: [1767254400000, 'VU', '7'], e: true };

function refusal(run: () => unknown): OrderGraphError {
  try {
    run();
  } catch (error) {
    return error as OrderGraphError;
  }
  throw new Error('the cursor was accepted');
}

/** The JSON payload that an og2 cursor of this state held (what ordergraph wrote before og3). */
function jsonPayloadOf(s: CursorState, of: ReadonlyMap<string, PositionSpec> = specs): Record<string, unknown> {
  const p = Object.fromEntries(Object.entries(s.p).map(([k, v]) => [k, v === 'done' ? 'done' : [of.get(k)!.version, v]]));
  return { ...s, p };
}

/** An og2 (JSON) cursor of `payload`, signed with `key` as og2 cursors were. */
function og2(payload: unknown, key?: string): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  if (!key) return `og2.${body}`;
  return `og2.${body}.${createHmac('sha256', key).update(`og2.${body}`).digest().subarray(0, 16).toString('base64url')}`;
}

/** The cursor's state written as JSON (og2), changed by `change`: every check of a position applies to both forms. */
function withPayload(codec: CursorCodec, cursor: string, change: (payload: Record<string, unknown>) => void): string {
  const payload = jsonPayloadOf(codec.decode(cursor, 'fp', specs));
  change(payload);
  return og2(payload);
}

describe('list cursors', () => {
  const signed = new CursorCodec('a key of at least sixteen characters');

  it('decode what they encode', () => {
    expect(signed.decode(signed.encode(state, specs), 'fp', specs)).toEqual(state);
  });

  it('refuse a signed cursor whose content was changed, as BAD_USER_INPUT rule cursor', () => {
    const cursor = signed.encode(state, specs);
    const [version, payload, mac] = cursor.split('.');
    const bytes = Buffer.from(payload, 'base64url');
    bytes[bytes.length - 1] ^= 1;
    const forged = `${version}.${bytes.toString('base64url')}.${mac}`;
    const error = refusal(() => signed.decode(forged, 'fp', specs));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after', rule: 'cursor' });
    expect(error.message).toMatch(/not signed by this API/);
  });

  it('refuse a cursor signed under another key, or not signed at all', () => {
    const other = new CursorCodec('another key of sixteen characters').encode(state, specs);
    expect(refusal(() => signed.decode(other, 'fp', specs)).extensions).toMatchObject({ rule: 'cursor' });
    const unsigned = new CursorCodec().encode(state, specs);
    expect(refusal(() => signed.decode(unsigned, 'fp', specs)).extensions).toMatchObject({ rule: 'cursor' });
  });

  describe("without a key, still check every position against its provider's schema and version", () => {
    const plain = new CursorCodec();
    const cursor = plain.encode(state, specs);
    it.each<[string, (p: Record<string, any>) => void, RegExp]>([
      ['a position of the wrong shape', (p) => (p.p.VU = [2, { after: 'seven' }]), /VU Custom position/],
      ['a position of an older version', (p) => (p.p.VU = [1, { after: 7 }]), /VU Custom position that this API no longer reads/],
      ['a position of a provider outside the query', (p) => (p.p.OCTOPI = [1, { t: 1, id: '1' }]), /not a cursor returned by this API/],
      ['a garbled boundary', (p) => (p.b = ['yesterday', 'VU', '7']), /not a cursor returned by this API/],
      ['an unknown field', (p) => (p.x = 1), /not a cursor returned by this API/],
    ])('refuse %s', (_name, change, message) => {
      // Payloads are checked whole, so a test may write anything into them.
      const error = refusal(() => plain.decode(withPayload(plain, cursor, change as never), 'fp', specs));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'cursor' });
      expect(error.message).toMatch(message);
    });
  });

  it('are about half as long as the JSON cursors they replace, and still read those (og2), signed as they were', () => {
    const five = new Map<string, PositionSpec>([
      ['OCTOPI', { version: 1, schema: z.strictObject({ t: z.number().int(), id: z.string() }) }],
      ['SHIPWELL', { version: 1, schema: z.string() }],
      ['SITOO', { version: 1, schema: z.string() }],
      ['SOGET', { version: 1, schema: z.strictObject({ t: z.number().int(), id: z.string(), skip: z.number().int() }) }],
      ['VU', { version: 1, schema: z.strictObject({ after: z.number().int() }) }],
    ]);
    const uuid = '3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f';
    const full: CursorState = {
      q: 'Ab3_9xYz-QrS',
      p: {
        OCTOPI: { t: 1767254400000, id: '18234' },
        SHIPWELL: uuid,
        SITOO: '20417',
        SOGET: { t: 1767254401000, id: 'SO-000012345', skip: 0 },
        VU: { after: 19876 },
      },
      b: [1767254401000, 'SHIPWELL', uuid],
      e: true,
    };
    const key = 'a key of at least sixteen characters';
    const cursor = signed.encode(full, five);
    expect(signed.decode(cursor, full.q, five)).toEqual(full);
    const old = og2(jsonPayloadOf(full, five), key);
    expect(cursor.length).toBeLessThan(old.length * 0.55);
    expect(signed.decode(old, full.q, five)).toEqual(full);
    expect(new CursorCodec().decode(og2(jsonPayloadOf(full, five)), full.q, five)).toEqual(full);
    // An og2 cursor signed under another key, or with its content changed, is still refused.
    expect(refusal(() => signed.decode(og2(jsonPayloadOf(full, five), 'another key of sixteen chars'), full.q, five)).message).toMatch(/not signed/);
  });

  it('read back every position exactly as written: nested values, signs, floats, any string (digits with leading zeros, uppercase UUIDs, Unicode)', () => {
    const any = new Map<string, PositionSpec>([['SITOO', { version: 3, schema: z.any() }]]);
    const plain = new CursorCodec();
    for (const position of [
      { a: [1, -1, 0, 2 ** 53 - 1, -(2 ** 53 - 1), 1.5, -0.25, 1e300], b: { c: null, d: true, e: false }, '': 'x' },
      ['007', '0', '999999999999999', '1000000000000000', '12a', '-1', ' 1', '1.0'],
      ['3F2A9C1E-7B4D-4E8A-9C2F-1A2B3C4D5E6F', '3f2a9c1e-7b4d-4e8a-9c2f-1a2b3c4d5e6f', '3f2a9c1e7b4d4e8a9c2f1a2b3c4d5e6f', ''],
      'zoë ✓ 𝄞 "quoted" \\ back\nslash',
      2 ** 60,
      [[[[{ deep: [[[]]] }]]]],
    ]) {
      const s: CursorState = { q: 'fp', p: { SITOO: position }, b: [-86_400_000, 'SITOO', '00042'], l: { SITOO: null }, e: true };
      expect(plain.decode(plain.encode(s, any), 'fp', any)).toEqual(s);
    }
  });

  it('refuse every truncation and every changed byte of an unsigned cursor as BAD_USER_INPUT rule cursor, or read it as another valid state, never crash', () => {
    const plain = new CursorCodec();
    const bytes = Buffer.from(plain.encode({ ...state, l: { SITOO: [1767254400000, 'VU', '7'] } }, specs).split('.')[1], 'base64url');
    const variants: Buffer[] = [];
    for (let n = 0; n < bytes.length; n += 1) variants.push(bytes.subarray(0, n));
    for (let k = 0; k < bytes.length; k += 1) {
      for (const v of [0, 1, 2, 0x7f, 0x80, 0xff, bytes[k] ^ 1]) {
        const changed = Buffer.from(bytes);
        changed[k] = v;
        variants.push(changed);
      }
    }
    variants.push(Buffer.concat([bytes, Buffer.of(0)]));
    let refused = 0;
    for (const variant of variants) {
      try {
        plain.decode(`og3.${variant.toString('base64url')}`, 'fp', specs);
      } catch (error) {
        expect((error as OrderGraphError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'cursor' });
        refused += 1;
      }
    }
    expect(refused).toBeGreaterThan(variants.length / 2);
  });

  it.each([
    '',
    'og2',
    'og2.',
    'og3',
    'og3.',
    'og3.AA',
    'og3.!!!',
    `og3.${'A'.repeat(9000)}`,
    'og1.e30',
    'og2.!!!',
    `og2.${'A'.repeat(9000)}`,
    'og2.e30.e30.e30',
  ])('refuse the garbage %j', (cursor) => {
    expect(refusal(() => signed.decode(cursor, 'fp', specs)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'cursor' });
  });

  it('refuse a cursor of another query (filters, ordering or providers)', () => {
    expect(refusal(() => signed.decode(signed.encode(state, specs), 'other', specs)).message).toMatch(/other filters or ordering/);
    const fewer = new Map([...specs].slice(0, 1));
    const ofFewer = signed.encode({ q: 'fewer', p: { SITOO: '1' } }, fewer);
    expect(refusal(() => signed.decode(ofFewer, 'fp', specs)).message).toMatch(/other filters or ordering/);
  });
});
