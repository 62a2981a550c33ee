import { pick, random } from '../demo-data';
import type {
  Address as ShipwellAddress,
  BillTo as ShipwellBillTo,
  OrderStatus as ShipwellStatus,
  OrderStop as ShipwellOrderStop,
  PurchaseOrder as ShipwellPurchaseOrder,
  Supplier as ShipwellSupplier,
  Tag as ShipwellTag,
} from './wire';

/**
 * Demo data of the Shipwell sandbox: a shipper's distribution centres, its suppliers, their
 * products and the account's tags. A seeded order is stored as a few numbers (its id, number,
 * status, times and a recipe seed) and rendered from the recipe when read, so that 100,000
 * seeded orders cost a few megabytes and seed in well under a second.
 */

interface Site {
  company: string;
  locationNumber: string;
  address: ShipwellAddress;
  timezone: string;
}

const site = (
  company: string,
  locationNumber: string,
  line1: string,
  locality: string,
  region: string,
  postal: string,
  lat: number,
  long: number,
  timezone: string,
): Site => ({
  company,
  locationNumber,
  timezone,
  address: {
    country: 'US',
    line_1: line1,
    line_2: null,
    line_3: null,
    locality,
    postal_code: postal,
    region,
    urbanization: null,
    residential: false,
    geolocation: { latitude: lat, longitude: long },
  },
});

export const SHIPWELL_DISTRIBUTION_CENTRES: readonly Site[] = [
  site('Harvest Table Foods', 'DC-DAL', '4100 Mountain Creek Pkwy', 'Dallas', 'TX', '75236', 32.6634, -96.9406, 'America/Chicago'),
  site('Harvest Table Foods', 'DC-ATL', '1850 Westfork Dr', 'Lithia Springs', 'GA', '30122', 33.7816, -84.6238, 'America/New_York'),
  site('Harvest Table Foods', 'DC-RNO', '9250 Double R Blvd', 'Reno', 'NV', '89521', 39.4488, -119.7588, 'America/Los_Angeles'),
  site('Harvest Table Foods', 'DC-CHI', '601 Joliet Rd', 'Bolingbrook', 'IL', '60440', 41.6867, -88.0731, 'America/Chicago'),
  site('Harvest Table Foods', 'DC-ALB', '12 Corporate Cir', 'Albany', 'NY', '12203', 42.6899, -73.8307, 'America/New_York'),
  site('Harvest Table Foods', 'DC-DEN', '5400 E 56th Ave', 'Commerce City', 'CO', '80022', 39.7996, -104.9213, 'America/Denver'),
];

interface SupplierSite extends Site {
  supplier: ShipwellSupplier;
  products: readonly Product[];
}

interface Product {
  sku: string;
  productId: string;
  description: string;
  unit: string;
  /** Unit price in cents. */
  priceCents: number;
  /** Weight of one unit in tenths of a pound. */
  weightTenthsLb: number;
}

const supplier = (name: string, supplierId: string, email: string, phone: string, origin: Site, products: Product[]): SupplierSite => ({
  ...origin,
  products,
  supplier: { name, address: origin.address, identification_codes: [], phone_number: phone, email, supplier_id: supplierId },
});

const product = (sku: string, description: string, unit: string, priceCents: number, weightTenthsLb: number): Product => ({
  sku,
  productId: `PRD-${sku}`,
  description,
  unit,
  priceCents,
  weightTenthsLb,
});

export const SHIPWELL_SUPPLIERS: readonly SupplierSite[] = [
  supplier(
    'Lone Star Packaging Co.',
    'SUP-1001',
    'orders@lonestarpack.example',
    '+1 214-555-0142',
    site('Lone Star Packaging Co.', 'LSP-01', '2200 Irving Blvd', 'Irving', 'TX', '75061', 32.8231, -96.9577, 'America/Chicago'),
    [product('BOX-24x18', 'Corrugated shipping box 24x18x18', 'CASE', 4275, 182), product('WRAP-80G', 'Stretch wrap 80 gauge, 18 in', 'ROLL', 2199, 41)],
  ),
  supplier(
    'Central Valley Growers',
    'SUP-1002',
    'shipping@cvgrowers.example',
    '+1 559-555-0187',
    site('Central Valley Growers', 'CVG-FRESNO', '3880 S Cherry Ave', 'Fresno', 'CA', '93706', 36.699, -119.77, 'America/Los_Angeles'),
    [product('ALM-25LB', 'Raw almonds, 25 lb carton', 'CARTON', 11850, 250), product('RAI-30LB', 'Thompson raisins, 30 lb case', 'CASE', 6420, 300)],
  ),
  supplier(
    'Great Lakes Dairy Cooperative',
    'SUP-1003',
    'logistics@gldairy.example',
    '+1 920-555-0110',
    site('Great Lakes Dairy Cooperative', 'GLD-GB', '1100 Lombardi Ave', 'Green Bay', 'WI', '54304', 44.5013, -88.0622, 'America/Chicago'),
    [product('CHD-40LB', 'Cheddar block 40 lb', 'EACH', 13999, 400), product('BTR-36CT', 'Salted butter 36 x 1 lb', 'CASE', 15912, 380)],
  ),
  supplier(
    'Peach State Beverages',
    'SUP-1004',
    'dispatch@peachbev.example',
    '+1 404-555-0166',
    site('Peach State Beverages', 'PSB-MAC', '500 Industrial Blvd', 'Macon', 'GA', '31206', 32.8047, -83.6875, 'America/New_York'),
    [product('TEA-12PK', 'Sweet tea 12 x 16 oz', 'CASE', 1188, 132), product('LEM-24PK', 'Lemonade 24 x 12 oz', 'CASE', 1650, 205)],
  ),
  supplier(
    'Rocky Mountain Grain Mills',
    'SUP-1005',
    'orders@rmgrain.example',
    '+1 303-555-0133',
    site('Rocky Mountain Grain Mills', 'RMG-GRE', '2801 W 8th St', 'Greeley', 'CO', '80634', 40.4172, -104.73, 'America/Denver'),
    [product('FLR-50LB', 'Bread flour 50 lb bag', 'BAG', 2875, 500), product('OAT-25LB', 'Rolled oats 25 lb bag', 'BAG', 2140, 250)],
  ),
  supplier(
    'Hudson Valley Paper Goods',
    'SUP-1006',
    'cs@hvpaper.example',
    '+1 845-555-0175',
    site('Hudson Valley Paper Goods', 'HVP-NB', '77 Corporate Dr', 'Newburgh', 'NY', '12550', 41.5034, -74.104, 'America/New_York'),
    [product('NAP-6000', 'Dinner napkins, case of 6000', 'CASE', 5460, 290), product('CUP-16OZ', 'Paper cups 16 oz, case of 1000', 'CASE', 7725, 240)],
  ),
];

export const SHIPWELL_TAGS: readonly ShipwellTag[] = [
  { id: '01HB7Q4K2V0TAGURGENT000001', slug: 'urgent', name: 'Urgent' },
  { id: '01HB7Q4K2V0TAGREEFER000002', slug: 'temperature-controlled', name: 'Temperature controlled' },
  { id: '01HB7Q4K2V0TAGCROSSDOCK003', slug: 'cross-dock', name: 'Cross-dock' },
  { id: '01HB7Q4K2V0TAGSUPPLIER0004', slug: 'supplier-portal', name: 'Supplier portal' },
  { id: '01HB7Q4K2V0TAGSEASONAL0005', slug: 'seasonal', name: 'Seasonal' },
  { id: '01HB7Q4K2V0TAGPROMO0000006', slug: 'promo', name: 'Promotion' },
];

const BILL_TO: readonly ShipwellBillTo[] = [
  {
    account_number: 'HTF-AP-0001',
    billing_id: 'BILL-DAL',
    payment_term: 'PREPAID',
    billing_company_name: 'Harvest Table Foods, Accounts Payable',
    billing_address: {
      country: 'US',
      line_1: '300 Crescent Ct',
      line_2: 'Suite 1200',
      line_3: null,
      locality: 'Dallas',
      postal_code: '75201',
      region: 'TX',
      urbanization: null,
      residential: false,
      geolocation: null,
    },
    contact: { email: 'ap@harvesttable.example', phone_number: '+1 214-555-0100' },
  },
  {
    account_number: 'HTF-3PL-0420',
    billing_id: 'BILL-3PL',
    payment_term: 'THIRD_PARTY',
    billing_company_name: 'Freightline Audit Services',
    billing_address: {
      country: 'US',
      line_1: '1 Audit Plaza',
      line_2: null,
      line_3: null,
      locality: 'Memphis',
      postal_code: '38118',
      region: 'TN',
      urbanization: null,
      residential: false,
      geolocation: null,
    },
    contact: { email: 'invoices@freightline.example', phone_number: '+1 901-555-0199' },
  },
];

/** What the sandbox stores of a seeded order; the rest is rendered from `recipe`. */
export interface SeededOrder {
  id: string;
  orderNumber: string;
  status: ShipwellStatus;
  createdMs: number;
  updatedMs: number;
  cancelledMs: number | null;
  recipe: number;
}

const DAY = 86_400_000;

/** Renders a seeded order exactly as Shipwell would answer it; the same recipe always gives the same order. */
export function renderSeeded(seeded: SeededOrder, itemId: (index: number) => string): ShipwellPurchaseOrder {
  const rand = random(seeded.recipe);
  const source = pick(rand, SHIPWELL_SUPPLIERS);
  const destination = pick(rand, SHIPWELL_DISTRIBUTION_CENTRES);
  const pickupStart = startOfHour(seeded.createdMs + (2 + Math.floor(rand() * 8)) * DAY + Math.floor(rand() * 8) * 3_600_000);
  const deliveryStart = pickupStart + (1 + Math.floor(rand() * 4)) * DAY;
  const products = rand() < 0.6 ? [pick(rand, source.products)] : [...source.products];
  // The doc shows `items: [ ]` with no schema: the demo items are in the shape ordergraph sends.
  const items: Array<Record<string, unknown>> = products.map((p, i) => {
    const quantity = 5 + Math.floor(rand() * 400);
    return {
      id: itemId(i),
      description: p.description,
      sku: p.sku,
      product_id: p.productId,
      quantity: { value: String(quantity), unit: p.unit },
      unit_amount: { value: cents(p.priceCents), currency: 'USD' },
      total_weight: { value: tenths(p.weightTenthsLb * quantity), unit: 'LB' },
      custom_data: null,
    };
  });
  const tags = SHIPWELL_TAGS.filter(() => rand() < 0.18);
  const erp = 4500000000 + (seeded.recipe % 99_999_999);
  return {
    custom_data: rand() < 0.3 ? { buyer: pick(rand, ['J. Ortega', 'M. Chen', 'A. Patel', 'R. Nguyen']) } : null,
    order_number: seeded.orderNumber,
    ship_to: stop(destination, deliveryStart, deliveryStart + 4 * 3_600_000),
    name: `${source.supplier.name} to ${destination.locationNumber}`,
    ship_from: stop(source, pickupStart, pickupStart + 6 * 3_600_000),
    description: pick(rand, [null, 'Replenishment', 'Seasonal build-up', 'Promotion stock', 'Back-order fill']),
    source: pick(rand, ['API', 'API', 'EDI', 'SHIPWELL_WEB']),
    source_system_id: `SAP-${erp}`,
    start_date: isoDate(seeded.createdMs),
    expiration_date: isoDate(seeded.createdMs + 90 * DAY),
    references: [{ qualifier: 'ERP_PO', value: String(erp) }],
    shipping_requirements: { bill_to: pick(rand, BILL_TO) },
    id: seeded.id,
    order_type: 'PURCHASE_ORDER',
    status: seeded.status,
    items,
    supplier_created_releases_allowed: rand() < 0.25,
    supplier: source.supplier,
    releases: [],
    released_from_release_id: null,
    created_from_order_id: null,
    cancelled_at: seeded.cancelledMs === null ? null : isoSeconds(seeded.cancelledMs),
    created_at: isoSeconds(seeded.createdMs),
    updated_at: isoSeconds(seeded.updatedMs),
    tags,
    archived: false,
  };
}

/** A realistic status for an order created `ageDays` ago: old orders have progressed further. */
export function seededStatus(rand: () => number, ageDays: number): ShipwellStatus {
  if (rand() < 0.06) return 'CANCELED';
  if (ageDays < 2) return rand() < 0.7 ? 'NOT_READY' : 'READY';
  if (ageDays < 6) return pick(rand, ['READY', 'FILLED', 'ASSIGNED', 'DISPATCHED'] as const);
  if (ageDays < 12) return pick(rand, ['ASSIGNED', 'DISPATCHED', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED'] as const);
  return rand() < 0.9 ? 'DELIVERED' : 'IN_TRANSIT';
}

function stop(where: Site, windowStart: number, windowEnd: number): ShipwellOrderStop {
  return {
    ...where.address,
    custom_data: null,
    timezone: where.timezone,
    location_number: where.locationNumber,
    company_name: where.company,
    references: [],
    shipping_requirements: { plan_window: { start: isoSeconds(windowStart), end: isoSeconds(windowEnd) } },
  };
}

/** `2019-08-24T14:15:22Z`: seconds, UTC, as the documented example shows. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function startOfHour(ms: number): number {
  return Math.floor(ms / 3_600_000) * 3_600_000;
}

/** Integer cents to a decimal string without floats: 4275 -> "42.75". */
function cents(value: number): string {
  return `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
}

function tenths(value: number): string {
  return value % 10 === 0 ? String(value / 10) : `${Math.floor(value / 10)}.${value % 10}`;
}
