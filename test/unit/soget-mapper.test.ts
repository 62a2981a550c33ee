import { mapSogetOrder, mapSogetTree, revisionOfEtag, sogetStatus } from '../../src/providers/soget/mapper';
import type { SogetCreateResponse, SogetCustomerOrder } from '../../src/providers/soget/wire';
import { SOGET_CREATE_RESPONSE } from '../fixtures/soget';
import { importOrder } from '../support/soget-fixtures';

// The documented 200 response example of POST /customer-orders (test/fixtures/soget/).
const documented = SOGET_CREATE_RESPONSE.example as unknown as SogetCreateResponse;

describe('SOGET mapper on the documented create response', () => {
  const segments = mapSogetTree(documented);

  it('gives the master, its elementary order and its segment, parents first, each with its kind from its place in the tree', () => {
    expect(segments).toEqual([
      {
        id: 'SEG0000000672',
        kind: 'MASTER',
        type: 'Master',
        parentId: null,
        containerNumber: null,
        transportOrderNumber: 'OT-0510-1204-1',
        providerStatus: null,
      },
      {
        id: 'SEG0000000672',
        kind: 'ELEMENTARY',
        type: 'Master',
        parentId: 'SEG0000000672',
        containerNumber: null,
        transportOrderNumber: 'OT-0510-1204-1',
        providerStatus: null,
      },
      {
        id: 'SEG0000000672',
        kind: 'TRANSPORT',
        type: 'Master',
        parentId: 'SEG0000000672',
        containerNumber: null,
        transportOrderNumber: 'OT-0510-1204-1',
        providerStatus: null,
      },
    ]);
  });

  it('does not list a segment twice when the master repeats the segments of its elementary orders', () => {
    expect(segments.filter((s) => s.kind === 'TRANSPORT')).toHaveLength(1);
  });

  it('keeps a segment that only the master lists, under the master', () => {
    const tree = mapSogetTree({ ...documented, segments: [{ id: 'SEG0000000999', transportOrderNumber: 'OT-0510-1204-1', type: 'SegmentTransfer' }] });
    expect(tree[tree.length - 1]).toMatchObject({ id: 'SEG0000000999', kind: 'TRANSPORT', parentId: 'SEG0000000672' });
  });
});

describe('SOGET mapper on a read', () => {
  const posted = importOrder('MAP1');
  const read: SogetCustomerOrder = {
    id: 'CDE0000000700',
    type: 'Master',
    status: 'Accepted',
    version: 4,
    creationDate: '2024-03-02T18:00:05Z',
    updateDate: '2024-03-03T08:00:00Z',
    ...posted,
    containers: [
      {
        ...posted.containers[0],
        // S'mouv's own event comes after the posted ones; the mapper puts every event in time order.
        events: [
          ...posted.containers[0].events,
          { type: 'Announced', creationDate: '2024-03-02T20:00:00Z', location: { code: 'MTDF', name: 'Terminal de France' } },
        ],
      },
    ],
    elementaryOrders: [
      {
        id: 'ELM0000000701',
        transportOrderNumber: posted.transportOrderNumber,
        type: 'Elementary',
        status: 'Delivered',
        containerReference: 'CGMU1234562',
        segments: [
          {
            id: 'SEG0000000702',
            transportOrderNumber: posted.transportOrderNumber,
            type: 'SegmentTerminalEntrepot',
            status: 'Delivered',
            containerReference: 'CGMU1234562',
          },
          {
            id: 'SEG0000000703',
            transportOrderNumber: posted.transportOrderNumber,
            type: 'SegmentEntrepotDepot',
            status: 'Delivered',
            containerReference: 'CGMU1234562',
          },
        ],
      },
    ],
    segments: [
      {
        id: 'SEG0000000702',
        transportOrderNumber: posted.transportOrderNumber,
        type: 'SegmentTerminalEntrepot',
        status: 'Delivered',
        containerReference: 'CGMU1234562',
      },
      {
        id: 'SEG0000000703',
        transportOrderNumber: posted.transportOrderNumber,
        type: 'SegmentEntrepotDepot',
        status: 'Delivered',
        containerReference: 'CGMU1234562',
      },
    ],
    files: [],
  };
  const order = mapSogetOrder(read, '"4"');

  it('gives the order a global id from the master id, the transport order number and the customs flow', () => {
    expect(order).toMatchObject({
      id: 'soget:CDE0000000700',
      provider: 'SOGET',
      providerId: 'CDE0000000700',
      orderNumber: 'TOC-MAP1',
      orderType: 'Import',
      providerStatus: 'Accepted',
    });
    expect(order.createdAt.toISOString()).toBe('2024-03-02T18:00:05.000Z');
    expect(order.updatedAt?.toISOString()).toBe('2024-03-03T08:00:00.000Z');
  });

  it('is COMPLETED once every transport segment is delivered', () => {
    expect(order.status).toBe('COMPLETED');
  });

  it('uses the ETag as revision, and the version when a search item has no ETag', () => {
    expect(order.revision).toBe('4');
    expect(mapSogetOrder(read).revision).toBe('4');
    expect(revisionOfEtag('W/"abc"')).toBe('W/"abc"');
  });

  it('puts contractor, carrier and sender on the order as parties, with their company address', () => {
    expect(order.parties).toEqual([
      { role: 'CONTRACTOR', code: 'SOGETS.', name: 'SOGET SA', companyName: null, email: null, phone: null, address: null },
      {
        role: 'CARRIER',
        code: 'TRCAUX',
        name: 'Transports du Pays de Caux',
        companyName: null,
        email: 'exploitation@trcaux.example',
        phone: null,
        address: null,
      },
      { role: 'ORDERED_BY', name: 'Dupont Jean' },
    ]);
    const withCompany = mapSogetOrder({
      ...read,
      carrier: {
        code: 'X',
        company: { name: 'ABC Logistics', location: { address: 'Terre-Plein de la Barre', zipCode: '76600', city: 'Le Havre', country: 'FR' } },
      },
    });
    expect(withCompany.parties[1].address).toEqual({ lines: ['Terre-Plein de la Barre'], city: 'Le Havre', postalCode: '76600', country: 'FR' });
    expect(withCompany.parties[1].companyName).toBe('ABC Logistics');
  });

  it('maps the voyage, the client reference and the comment', () => {
    expect(order.voyage).toEqual({
      meansName: 'NORMANDIE EXPRESS',
      freightAgent: null,
      shippingCompany: 'CMA CGM',
      eta: new Date('2024-03-02T18:00:00Z'),
      etd: null,
      closingCustoms: null,
      closingDangerous: null,
      closingDelivery: null,
    });
    expect(order.references).toEqual([{ type: 'CLIENT_REFERENCE', value: 'CLI-MAP1' }]);
    expect(order.note).toBe('This is an urgent transport.');
  });

  it('maps the container with its goods, hazardous classes and events in time order, each event naming the order', () => {
    const [container] = order.containers;
    expect(container).toMatchObject({
      number: 'CGMU1234562',
      iso6346Valid: true,
      sizeType: '22G1',
      grossWeightKg: 2000,
      tareKg: 200.5,
      sealNumbers: ['SL123'],
      isHazardous: true,
      isReefer: false,
      hazardousClasses: [{ imdgCode: '2.1', undgCode: '1950', packagingGroup: 'III' }],
      goods: [{ description: 'Colorful balloon', packagingCode: 'BF', quantity: 3000000, weightKg: 100.5, volume: 20.5 }],
      billOfLading: 'BOL-MAP1',
    });
    expect(container.events.map((e) => e.type)).toEqual(['Announced', 'LadingImport', 'DeliveryImport', 'EmptyReleaseImport', 'EmptyReturnImport']);
    expect(container.events.every((e) => e.orderId === 'soget:CDE0000000700')).toBe(true);
    expect(container.events[1]).toMatchObject({ locationCode: 'MTDF', startDate: new Date('2024-03-03T08:00:00Z') });
  });

  it('lists the master, the elementary order and its segments as segments with their container', () => {
    expect(order.segments.map((s) => [s.kind, s.id, s.type, s.parentId, s.containerNumber, s.providerStatus])).toEqual([
      ['MASTER', 'CDE0000000700', 'Master', null, null, 'Accepted'],
      ['ELEMENTARY', 'ELM0000000701', 'Elementary', 'CDE0000000700', 'CGMU1234562', 'Delivered'],
      ['TRANSPORT', 'SEG0000000702', 'SegmentTerminalEntrepot', 'ELM0000000701', 'CGMU1234562', 'Delivered'],
      ['TRANSPORT', 'SEG0000000703', 'SegmentEntrepotDepot', 'ELM0000000701', 'CGMU1234562', 'Delivered'],
    ]);
  });

  it('names an export container without number by its elementary order', () => {
    const unnumbered = mapSogetOrder({ ...read, customsFlag: 'Export', containers: [{ ...read.containers[0], reference: null }] });
    expect(unnumbered.containers[0]).toMatchObject({ number: 'ELM0000000701', iso6346Valid: false });
  });

  it('keeps the vendor payload as raw', () => {
    expect(order.raw).toBe(read);
  });

  it('maps every status value and keeps an unknown one visible as UNKNOWN', () => {
    expect(['Draft', 'Valid', 'Submitted', 'Accepted', 'InProcess', 'Cancelled', 'Rejected', 'Refused', 'Archived'].map(sogetStatus)).toEqual([
      'DRAFT',
      'PENDING',
      'PENDING',
      'ACCEPTED',
      'IN_PROGRESS',
      'CANCELLED',
      'REJECTED',
      'REJECTED',
      'UNKNOWN',
    ]);
  });
});
