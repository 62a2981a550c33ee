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

function payloadOf(cursor: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(cursor.split('.')[1], 'base64url').toString('utf8'));
}

function withPayload(codec: CursorCodec, cursor: string, change: (payload: Record<string, unknown>) => void): string {
  const payload = payloadOf(cursor);
  change(payload);
  const parts = cursor.split('.');
  parts[1] = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return parts.join('.');
}

describe('list cursors', () => {
  const signed = new CursorCodec('a key of at least sixteen characters');

  it('decode what they encode', () => {
    expect(signed.decode(signed.encode(state, specs), 'fp', specs)).toEqual(state);
  });

  it('refuse a signed cursor whose content was changed, as BAD_USER_INPUT rule cursor', () => {
    const forged = withPayload(signed, signed.encode(state, specs), (p) => ((p.p as Record<string, unknown>).SITOO = [1, '1']));
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

  it.each(['', 'og2', 'og2.', 'og1.e30', 'og2.!!!', `og2.${'A'.repeat(9000)}`, 'og2.e30.e30.e30'])('refuse the garbage %j', (cursor) => {
    expect(refusal(() => signed.decode(cursor, 'fp', specs)).extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'cursor' });
  });

  it('refuse a cursor of another query (filters or ordering)', () => {
    expect(refusal(() => signed.decode(signed.encode(state, specs), 'other', specs)).message).toMatch(/other filters or ordering/);
  });
});
