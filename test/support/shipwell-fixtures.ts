import type { ShipwellCreateInput } from '../../src/providers/shipwell/rules';

/** A complete, valid Shipwell purchase order input (GraphQL names), as the tests create it. */
export function shipwellInput(orderNumber: string): ShipwellCreateInput {
  return {
    orderNumber,
    name: 'Almonds for Dallas',
    description: 'Replenishment',
    shipFrom: {
      country: 'US',
      line1: '3880 S Cherry Ave',
      locality: 'Fresno',
      region: 'CA',
      postalCode: '93706',
      geolocation: { latitude: 36.699, longitude: -119.77 },
      timezone: 'America/Los_Angeles',
      locationNumber: 'CVG-FRESNO',
      companyName: 'Central Valley Growers',
      planWindow: { start: new Date('2024-05-20T15:00:00Z'), end: new Date('2024-05-20T21:00:00Z') },
    },
    shipTo: {
      country: 'US',
      line1: '4100 Mountain Creek Pkwy',
      line2: 'Dock 7',
      locality: 'Dallas',
      region: 'TX',
      postalCode: '75236',
      geolocation: { latitude: 32.6634, longitude: -96.9406 },
      timezone: 'America/Chicago',
      locationNumber: 'DC-DAL',
      companyName: 'Harvest Table Foods',
      references: [{ qualifier: 'DOCK', value: '7' }],
      planWindow: { start: new Date('2024-05-23T13:00:00Z'), end: new Date('2024-05-23T17:00:00Z') },
    },
    supplier: {
      name: 'Central Valley Growers',
      supplierId: 'SUP-1002',
      email: 'shipping@cvgrowers.example',
      phoneNumber: '+1 559-555-0187',
      address: { country: 'US', line1: '3880 S Cherry Ave', locality: 'Fresno', region: 'CA', postalCode: '93706' },
    },
    billTo: {
      accountNumber: 'HTF-AP-0001',
      billingId: 'BILL-DAL',
      paymentTerm: 'PREPAID',
      billingCompanyName: 'Harvest Table Foods, Accounts Payable',
      billingAddress: { country: 'US', line1: '300 Crescent Ct', line2: 'Suite 1200', locality: 'Dallas', region: 'TX', postalCode: '75201' },
      contact: { email: 'ap@harvesttable.example', phoneNumber: '+1 214-555-0100' },
    },
    items: [
      {
        description: 'Raw almonds, 25 lb carton',
        sku: 'ALM-25LB',
        productId: 'PRD-ALM-25LB',
        quantity: { value: '120', unit: 'CARTON' },
        unitAmount: { value: '118.50', currency: 'USD' },
        totalWeight: { value: '3000', unit: 'LB' },
      },
      {
        description: 'Thompson raisins, 30 lb case',
        sku: 'RAI-30LB',
        quantity: { value: '0.5', unit: 'PALLET' },
        unitAmount: { value: '0.10000000000000001', currency: 'USD' },
      },
    ],
    tags: ['urgent', 'temperature-controlled'],
    references: [{ qualifier: 'ERP_PO', value: '4500012345' }],
    sourceSystemId: 'SAP-4500012345',
    startDate: '2024-05-01',
    expirationDate: '2024-07-31',
    customData: { buyer: 'J. Ortega' },
  };
}

type Json = Record<string, any>;

const address = (a: Json) => ({
  country: a.country,
  line1: a.line_1,
  line2: a.line_2,
  line3: a.line_3,
  locality: a.locality,
  postalCode: a.postal_code,
  region: a.region,
  urbanization: a.urbanization,
  residential: a.residential,
  geolocation: a.geolocation,
});
const stop = (s: Json) => ({
  ...address(s),
  customData: s.custom_data,
  timezone: s.timezone,
  locationNumber: s.location_number,
  companyName: s.company_name,
  references: s.references,
  planWindow: s.shipping_requirements.plan_window,
});

/**
 * A Shipwell create body given as ordergraph's input (GraphQL names): each field of the body at
 * its input name. `order_type` is always PURCHASE_ORDER; it is left out.
 */
export function asShipwellInput(body: Json): ShipwellCreateInput {
  const billTo = body.shipping_requirements.bill_to;
  return {
    customData: body.custom_data,
    orderNumber: body.order_number,
    shipTo: stop(body.ship_to),
    name: body.name,
    shipFrom: stop(body.ship_from),
    description: body.description,
    source: body.source,
    sourceSystemId: body.source_system_id,
    startDate: body.start_date,
    expirationDate: body.expiration_date,
    references: body.references,
    billTo: {
      accountNumber: billTo.account_number,
      billingId: billTo.billing_id,
      paymentTerm: billTo.payment_term,
      billingCompanyName: billTo.billing_company_name,
      billingAddress: address(billTo.billing_address),
      contact: { email: billTo.contact.email, phoneNumber: billTo.contact.phone_number },
    },
    items: body.items,
    tags: body.tags,
    archived: body.archived,
    supplierCreatedReleasesAllowed: body.supplier_created_releases_allowed,
    supplier: {
      name: body.supplier.name,
      address: address(body.supplier.address),
      identificationCodes: body.supplier.identification_codes,
      phoneNumber: body.supplier.phone_number,
      email: body.supplier.email,
      supplierId: body.supplier.supplier_id,
    },
  };
}
