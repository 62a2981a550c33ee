import { compareWithDoc, type DocumentedExample } from '../../contract/compare';
import { ProviderKey } from '../../src/providers';

/** The drift check's comparison of a vendor answer with a documented example (contract/compare.ts). */

const documented: DocumentedExample = {
  doc: 'octopi-service-orders.md',
  section: 'the response example',
  status: 200,
  example: { id: 41, comment: 'New SO', due_at: null, service_order_items: [{ service_id: 721 }, { service_id: 'cleaning' }] },
};
const answer = (status: number, body: unknown) => ({ provider: ProviderKey.OCTOPI, method: 'GET', path: '/x', status, text: JSON.stringify(body) });

describe('comparing a vendor answer with its documented example', () => {
  it('finds no difference in an answer of the documented shape, whichever documented entry an array entry follows', () => {
    const result = compareWithDoc(
      'read',
      answer(200, { id: 7, comment: 'x', due_at: '2024-01-01T00:00:00Z', service_order_items: [{ service_id: 'cleaning' }, { service_id: 3 }] }),
      documented,
    );
    expect(result.differences).toEqual([]);
  });

  it('names a member of another JSON type, with its path', () => {
    const result = compareWithDoc('read', answer(200, { id: '7', comment: 'x', due_at: null, service_order_items: [{ service_id: true }] }), documented);
    expect(result.differences.map((d) => d.what.split(',')[0])).toEqual([
      '$.id: string where the doc shows number',
      '$.service_order_items[0].service_id: boolean where the doc shows number',
    ]);
  });

  it('names a missing member, and the undocumented one beside it as a possible rename', () => {
    const result = compareWithDoc('read', answer(200, { id: 7, note: 'x', due_at: null, service_order_items: [] }), documented);
    expect(result.differences.map((d) => d.what)).toEqual([
      '$.comment: missing (the answer has `note` there instead: renamed?), per octopi-service-orders.md, the response example',
    ]);
  });

  it('names another status than the documented one', () => {
    const result = compareWithDoc('read', answer(201, documented.example), documented);
    expect(result.differences.map((d) => d.what)).toEqual(['HTTP 201 where octopi-service-orders.md, the response example shows 200']);
  });

  it('reports members the doc does not show as notes, not differences', () => {
    const result = compareWithDoc('read', answer(200, { ...(documented.example as object), cancellation_reason: 'x' }), documented);
    expect(result.differences).toEqual([]);
    expect(result.notes).toEqual(['read: $.cancellation_reason is in the answer, not in octopi-service-orders.md']);
  });

  it('reports a call that got no answer', () => {
    expect(compareWithDoc('read', undefined, documented).differences.map((d) => d.what)).toEqual([
      'no answer to compare with octopi-service-orders.md, the response example',
    ]);
  });
});
