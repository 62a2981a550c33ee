import { pick, random, SANDBOX_CONTAINERS, spreadDates } from '../demo-data';
import type { OrderDetail, StoredOrder } from './emulator';
import { locationsOfKind, SOGET_ACTORS, SOGET_CARRIER_CODES, SOGET_CONTRACTOR_CODES } from './referential';
import { FLOW_SEGMENTS, MANDATORY_EVENTS } from './rules';
import type { SogetContainer, SogetCustomsFlag, SogetEvent, SogetEventLocation, SogetGoods, SogetSegmentStatus, SogetStatus } from './wire';

/**
 * Demo orders for the SOGET sandbox, written straight into the emulator's store (no HTTP, no
 * validation pass). Seeding draws only what search and the duplicate rules read (number, flow,
 * actors, containers, status, creation time) and a seed for the rest; the full order (goods,
 * events, voyage, segments) is drawn from that seed the first time someone reads the order.
 * So 100,000 orders seed in well under a second, and the same seed gives the same sandbox.
 * Containers come from the shared sandbox containers, so the same boxes show up in Octopi
 * depot orders; events follow each flow's chronology and the status follows the order's age.
 */

/** What a seeded order keeps to rebuild itself. */
export interface SeededFacts {
  detailSeed: number;
  /** Transport segments delivered per container (0 to all). */
  delivered: number;
  /** Bill of lading (Import, Transfer) or booking (Export) of every container of the order. */
  handlingKey: string;
}

export interface SeedSink {
  /** Reserves `ids` consecutive order ids; returns the first. */
  allocate(ids: number): number;
  insert(order: StoredOrder): void;
}

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

const SIZE_TYPES = ['22G1', '42G1', '45G1', '45R1', '22R1', '22T1', '42U1'];
const VESSELS = ['NORMANDIE EXPRESS', 'SEINE BRIDGE', 'OCEAN LIBERTE', 'ATLANTIC HARMONY', 'CAP DE LA HEVE', 'ESTUAIRE STAR'];
const SHIPPING_COMPANIES: Record<string, string> = {
  MSC: 'MSC',
  MAE: 'Maersk',
  CMA: 'CMA CGM',
  HLC: 'Hapag-Lloyd',
  ONE: 'ONE',
  EGH: 'Evergreen',
  COS: 'COSCO',
  YML: 'Yang Ming',
};
const FREIGHT_AGENTS = ['CCGM', 'Agence Maritime Havraise', 'Normandie Shipping Agency'];
const GOODS: Array<Omit<SogetGoods, 'quantity' | 'weight' | 'volume'>> = [
  { description: 'Machine parts', type: 'CT' },
  { description: 'Frozen fish', type: 'CT' },
  { description: 'Wine in bottles', type: 'CS' },
  { description: 'Cotton textiles', type: 'BL' },
  { description: 'Coffee beans', type: 'BG' },
  { description: 'Paint', type: 'DR' },
  { description: 'Household appliances', type: 'PK' },
  { description: 'Tyres', type: 'PL' },
];
const HAZARDOUS = [
  { imdgCode: '3', undgCode: '1263', packagingGroup: 'II' },
  { imdgCode: '8', undgCode: '1760', packagingGroup: 'III' },
  { imdgCode: '2.1', undgCode: '1950', packagingGroup: null },
];
const SENDERS = ['Dupont Jean', 'Martin Claire', 'Leroy Paul', 'Moreau Anne'];
const COMMENTS = [null, null, 'Urgent transport.', 'Call the warehouse one hour before arrival.', 'Tail-lift truck required.'];
const PLACE_KINDS: Record<SogetCustomsFlag, ReadonlyArray<'terminal' | 'depot' | 'warehouse'>> = {
  Import: ['terminal', 'warehouse', 'warehouse', 'depot'],
  Export: ['depot', 'warehouse', 'warehouse', 'terminal'],
  Transfer: ['terminal', 'terminal'],
};

export function seedOrders(count: number, seed: number, sink: SeedSink): void {
  const rand = random(seed);
  const now = Date.now();
  let serial = 0;
  for (const date of spreadDates(count, rand, now)) {
    serial += 1;
    const createdAt = Math.floor(date.getTime() / 1000) * 1000;
    const roll = rand();
    const flow: SogetCustomsFlag = roll < 0.45 ? 'Import' : roll < 0.85 ? 'Export' : 'Transfer';
    const boxes = rand() < 0.7 ? 1 : rand() < 0.75 ? 2 : 3;
    const references: string[] = [];
    while (references.length < boxes) {
      const reference = pick(rand, SANDBOX_CONTAINERS);
      if (!references.includes(reference)) references.push(reference);
    }
    const key = `${references[0].slice(0, 3)}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`;

    // The status follows the age: old orders are done, recent ones are still being planned.
    const age = now - createdAt;
    const fate = rand();
    const segments = FLOW_SEGMENTS[flow].length;
    let status: SogetStatus;
    let delivered = 0;
    if (fate < 0.06) status = 'Cancelled';
    else if (fate < 0.09) status = fate < 0.075 ? 'Refused' : 'Rejected';
    else if (age > 20 * DAY) {
      status = 'Accepted';
      delivered = segments;
    } else if (age > 6 * DAY) {
      status = 'InProcess';
      delivered = rand() < 0.6 ? 1 : 0;
    } else if (age > 2 * DAY) status = rand() < 0.5 ? 'Accepted' : 'Submitted';
    else status = rand() < 0.15 ? 'Draft' : 'Valid';

    const month = new Date(createdAt);
    const children = boxes * (segments + 1);
    const seq = sink.allocate(1 + children);
    const planned = status === 'Valid' || status === 'Draft';
    sink.insert({
      id: `CDE${String(seq).padStart(10, '0')}`,
      seq,
      children,
      number: `OT-${String(month.getUTCFullYear() % 100).padStart(2, '0')}${String(month.getUTCMonth() + 1).padStart(2, '0')}-${String(serial).padStart(6, '0')}`,
      flow,
      contractorCode: pick(rand, SOGET_CONTRACTOR_CODES),
      carrierCode: pick(rand, SOGET_CARRIER_CODES),
      references,
      status,
      version: planned ? 1 : 3,
      createdAt,
      updatedAt: planned ? createdAt : Math.min(now, createdAt + 2 * DAY),
      files: [],
      seeded: { detailSeed: Math.floor(rand() * 4294967296), delivered, handlingKey: `${flow === 'Export' ? 'BK' : 'BL'}${key}` },
    });
  }
}

/** The full order of a seeded one, drawn from its seed: the same every time. */
export function seededDetail(order: StoredOrder): OrderDetail {
  const facts = order.seeded;
  if (!facts) throw new Error(`order ${order.id} was not seeded`);
  const rand = random(facts.detailSeed);
  const flow = order.flow;
  const iso = (ms: number) => new Date(Math.floor(ms / 60000) * 60000).toISOString().replace('.000Z', 'Z');
  const place = (kind: 'terminal' | 'depot' | 'warehouse'): SogetEventLocation => pick(rand, locationsOfKind(kind));

  // Events start a day or two after the order and follow the flow's chronology.
  let clock = order.createdAt + DAY + Math.floor(rand() * DAY);
  const containers: SogetContainer[] = order.references.map((reference) => {
    let t = clock;
    const events: SogetEvent[] = MANDATORY_EVENTS[flow].map((type, k) => {
      t += Math.floor((k === 0 ? 0 : 6 + rand() * 30) * HOUR);
      return { type, startDate: iso(t), endDate: iso(t + 2 * HOUR), location: place(PLACE_KINDS[flow][k]) };
    });
    clock += 2 * HOUR;
    const type = pick(rand, SIZE_TYPES);
    const isReefer = type[2] === 'R';
    const hazardous = !isReefer && rand() < 0.08;
    const container: SogetContainer = {
      reference,
      type,
      grossWeight: Math.round(8000 + rand() * 20000),
      tare: type.startsWith('2') ? 2200 : 3800,
      sealNumbers: [`SL${Math.floor(rand() * 1e7)}`],
      indicator: { isReefer, isHazardous: hazardous, isOog: false },
      goods: [
        {
          ...pick(rand, GOODS),
          quantity: 10 + Math.floor(rand() * 900),
          weight: Math.round(5000 + rand() * 15000),
          volume: Math.round(20 + rand() * 40),
          hazardousClasses: hazardous ? [pick(rand, HAZARDOUS)] : null,
        },
      ],
      events,
    };
    if (isReefer) container.reefer = { setPoint: pick(rand, [-18, -20, 2, 4, 13.5]) };
    if (flow === 'Export') container.bookingNumber = facts.handlingKey;
    else container.billOfLading = facts.handlingKey;
    return container;
  });

  const owner = order.references[0]?.slice(0, 3) ?? 'MSC';
  const vessel = pick(rand, VESSELS);
  const agent = pick(rand, FREIGHT_AGENTS);
  const voyage =
    flow === 'Export'
      ? {
          meansName: vessel,
          freightAgent: agent,
          shippingCompany: SHIPPING_COMPANIES[owner] ?? owner,
          etd: iso(clock + 5 * DAY),
          closingCustoms: iso(clock + 3 * DAY),
          closingDangerous: iso(clock + 3 * DAY),
          closingDelivery: iso(clock + 4 * DAY),
        }
      : { meansName: vessel, freightAgent: agent, shippingCompany: SHIPPING_COMPANIES[owner] ?? owner, eta: iso(order.createdAt + 12 * HOUR) };

  const status = order.status;
  const allDelivered = facts.delivered === FLOW_SEGMENTS[flow].length;
  let next = order.seq + 1;
  const id = (prefix: string) => `${prefix}${String(next++).padStart(10, '0')}`;
  const elementary = order.references.map(() => ({
    id: id('ELM'),
    status: (allDelivered ? 'Delivered' : status) as SogetSegmentStatus,
    segments: FLOW_SEGMENTS[flow].map((s, k) => ({ id: id('SEG'), type: s.type, status: (k < facts.delivered ? 'Delivered' : status) as SogetSegmentStatus })),
  }));

  const terminal = { code: 'MTDF', name: 'Terminal de France' };
  const pcsEvents = order.references.map((): SogetEvent[] => {
    if (status !== 'Accepted' && status !== 'InProcess') return [];
    const recorded: SogetEvent[] = [
      { type: 'Announced', creationDate: iso(order.createdAt + 2 * HOUR), location: terminal },
      { type: 'CarrierIdentification', creationDate: iso(order.createdAt + 4 * HOUR), location: terminal },
    ];
    if (flow === 'Export' && rand() < 0.3) recorded.push({ type: 'Association', creationDate: iso(order.createdAt + 6 * HOUR), location: terminal });
    return recorded;
  });

  return {
    body: {
      contractor: SOGET_ACTORS[order.contractorCode] ?? { code: order.contractorCode },
      carrier: (order.carrierCode && SOGET_ACTORS[order.carrierCode]) || { code: order.carrierCode },
      transportOrderNumber: order.number,
      containers,
      date: iso(order.createdAt),
      sender: pick(rand, SENDERS),
      clientReference: rand() < 0.6 ? `CLI-${String(Math.floor(rand() * 1e6)).padStart(6, '0')}` : null,
      customsFlag: flow,
      instructionsInformation: pick(rand, COMMENTS),
      comment: pick(rand, COMMENTS),
      voyage,
    },
    elementary,
    pcsEvents,
  };
}
