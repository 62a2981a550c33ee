import { pick, random, SANDBOX_CONTAINERS, spreadDates, truncateToSecond } from '../../sandbox/demo-data';
import type { StoredOrder } from './emulator';
import { locationsOfKind, SOGET_ACTORS, SOGET_CARRIER_CODES, SOGET_CONTRACTOR_CODES } from './referential';
import { FLOW_SEGMENTS, MANDATORY_EVENTS } from './rules';
import type { SogetContainer, SogetCustomsFlag, SogetEvent, SogetEventLocation, SogetGoods, SogetSegmentStatus, SogetStatus } from './wire';

/**
 * Demo orders for the SOGET sandbox, written straight into the emulator's store (no HTTP, no
 * validation pass) so that 100,000 orders seed in about a second. Everything is drawn from a
 * seeded PRNG: same seed, same orders. Containers come from the shared sandbox containers, so
 * the same boxes show up in Octopi depot orders; events follow each flow's chronology and the
 * status follows the order's age.
 */

export interface SeedSink {
  nextId(prefix: 'CDE' | 'ELM' | 'SEG'): string;
  insert(order: StoredOrder): void;
}

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;

const SIZE_TYPES = ['22G1', '42G1', '45G1', '45R1', '22R1', '22T1', '42U1'];
const VESSELS = ['NORMANDIE EXPRESS', 'SEINE BRIDGE', 'OCEAN LIBERTE', 'ATLANTIC HARMONY', 'CAP DE LA HEVE', 'ESTUAIRE STAR'];
const SHIPPING_COMPANIES: Record<string, string> = { MSC: 'MSC', MAE: 'Maersk', CMA: 'CMA CGM', HLC: 'Hapag-Lloyd', ONE: 'ONE', EGH: 'Evergreen', COS: 'COSCO', YML: 'Yang Ming' };
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

export function seedOrders(count: number, seed: number, sink: SeedSink): void {
  const rand = random(seed);
  const now = Date.now();
  const terminals = locationsOfKind('terminal');
  const depots = locationsOfKind('depot');
  const warehouses = locationsOfKind('warehouse');
  const at = (kind: 'terminal' | 'depot' | 'warehouse'): SogetEventLocation => pick(rand, kind === 'terminal' ? terminals : kind === 'depot' ? depots : warehouses);
  const iso = (ms: number) => new Date(Math.floor(ms / 60000) * 60000).toISOString().replace('.000Z', 'Z');

  let serial = 0;
  for (const date of spreadDates(count, rand, now)) {
    serial += 1;
    const createdAt = truncateToSecond(date).getTime();
    const roll = rand();
    const flow: SogetCustomsFlag = roll < 0.45 ? 'Import' : roll < 0.85 ? 'Export' : 'Transfer';
    const contractor = SOGET_ACTORS[pick(rand, SOGET_CONTRACTOR_CODES)];
    const carrier = SOGET_ACTORS[pick(rand, SOGET_CARRIER_CODES)];
    const stamp = new Date(createdAt).toISOString();
    const transportOrderNumber = `OT-${stamp.slice(2, 4)}${stamp.slice(5, 7)}-${String(serial).padStart(6, '0')}`;

    const boxes = rand() < 0.7 ? 1 : rand() < 0.75 ? 2 : 3;
    const references = new Set<string>();
    while (references.size < boxes) references.add(pick(rand, SANDBOX_CONTAINERS));
    const owner = [...references][0].slice(0, 3);
    const blOrBooking = `${owner}${String(Math.floor(rand() * 1e9)).padStart(9, '0')}`;

    // Events start a day or two after the order and follow the flow's chronology.
    let clock = createdAt + DAY + Math.floor(rand() * DAY);
    const events = (): SogetEvent[] => {
      const kinds: Record<SogetCustomsFlag, Array<'terminal' | 'depot' | 'warehouse'>> = {
        Import: ['terminal', 'warehouse', 'warehouse', 'depot'],
        Export: ['depot', 'warehouse', 'warehouse', 'terminal'],
        Transfer: ['terminal', rand() < 0.5 ? 'terminal' : 'warehouse'],
      };
      let t = clock;
      return MANDATORY_EVENTS[flow].map((type, k) => {
        t += Math.floor((k === 0 ? 0 : 6 + rand() * 30) * HOUR);
        return { type, startDate: iso(t), endDate: iso(t + 2 * HOUR), location: at(kinds[flow][k]) };
      });
    };

    const containers: SogetContainer[] = [...references].map((reference) => {
      const type = pick(rand, SIZE_TYPES);
      const isReefer = type[2] === 'R';
      const hazardous = !isReefer && rand() < 0.08;
      const goods = pick(rand, GOODS);
      const container: SogetContainer = {
        reference,
        type,
        grossWeight: Math.round(8000 + rand() * 20000),
        tare: type.startsWith('2') ? 2200 : 3800,
        sealNumbers: [`SL${Math.floor(rand() * 1e7)}`],
        indicator: { isReefer, isHazardous: hazardous, isOog: false },
        goods: [
          {
            ...goods,
            quantity: 10 + Math.floor(rand() * 900),
            weight: Math.round(5000 + rand() * 15000),
            volume: Math.round(20 + rand() * 40),
            hazardousClasses: hazardous ? [pick(rand, HAZARDOUS)] : null,
          },
        ],
        events: events(),
      };
      if (isReefer) container.reefer = { setPoint: pick(rand, [-18, -20, 2, 4, 13.5]) };
      if (flow === 'Export') container.bookingNumber = `BK${blOrBooking}`;
      else container.billOfLading = `BL${blOrBooking}`;
      if (flow === 'Transfer' && rand() < 0.5) container.bookingNumber = `BK${blOrBooking}`;
      clock += 2 * HOUR;
      return container;
    });

    const vessel = pick(rand, VESSELS);
    const voyage =
      flow === 'Export'
        ? { meansName: vessel, freightAgent: pick(rand, FREIGHT_AGENTS), shippingCompany: SHIPPING_COMPANIES[owner], etd: iso(clock + 5 * DAY), closingCustoms: iso(clock + 3 * DAY), closingDangerous: iso(clock + 3 * DAY), closingDelivery: iso(clock + 4 * DAY) }
        : { meansName: vessel, freightAgent: pick(rand, FREIGHT_AGENTS), shippingCompany: SHIPPING_COMPANIES[owner], eta: iso(createdAt + 12 * HOUR) };

    // The status follows the age: old orders are done, recent ones are still being planned.
    const age = now - createdAt;
    const fate = rand();
    let status: SogetStatus;
    let delivered = 0; // segments delivered per container
    if (fate < 0.06) status = 'Cancelled';
    else if (fate < 0.09) status = pick(rand, ['Refused', 'Rejected'] as const);
    else if (age > 20 * DAY) {
      status = 'Accepted';
      delivered = FLOW_SEGMENTS[flow].length;
    } else if (age > 6 * DAY) {
      status = 'InProcess';
      delivered = rand() < 0.6 ? 1 : 0;
    } else if (age > 2 * DAY) status = rand() < 0.5 ? 'Accepted' : 'Submitted';
    else status = rand() < 0.15 ? 'Draft' : 'Valid';

    const segmentStatus = (k: number): SogetSegmentStatus => (k < delivered ? 'Delivered' : status);
    const pcsEvents = containers.map((): SogetEvent[] => {
      if (status !== 'Accepted' && status !== 'InProcess') return [];
      const announced: SogetEvent[] = [
        { type: 'Announced', creationDate: iso(createdAt + 2 * HOUR), location: { code: 'MTDF', name: 'Terminal de France' } },
        { type: 'CarrierIdentification', creationDate: iso(createdAt + 4 * HOUR), location: { code: 'MTDF', name: 'Terminal de France' } },
      ];
      if (flow === 'Export' && rand() < 0.3) announced.push({ type: 'Association', creationDate: iso(createdAt + 6 * HOUR), location: { code: 'MTDF', name: 'Terminal de France' } });
      return announced;
    });

    const id = sink.nextId('CDE');
    sink.insert({
      id,
      body: {
        contractor,
        carrier,
        transportOrderNumber,
        containers,
        date: iso(createdAt),
        sender: pick(rand, SENDERS),
        clientReference: rand() < 0.6 ? `CLI-${String(Math.floor(rand() * 1e6)).padStart(6, '0')}` : null,
        customsFlag: flow,
        instructionsInformation: pick(rand, COMMENTS),
        comment: pick(rand, COMMENTS),
        voyage,
      },
      contractorCode: contractor.code ?? '',
      status,
      version: status === 'Valid' || status === 'Draft' ? 1 : 3,
      createdAt,
      updatedAt: status === 'Valid' || status === 'Draft' ? createdAt : Math.min(now, createdAt + 2 * DAY),
      elementary: containers.map(() => ({
        id: sink.nextId('ELM'),
        status: delivered === FLOW_SEGMENTS[flow].length ? 'Delivered' : status,
        segments: FLOW_SEGMENTS[flow].map((s, k) => ({ id: sink.nextId('SEG'), type: s.type, status: segmentStatus(k) })),
      })),
      pcsEvents,
      files: [],
    });
  }
}
