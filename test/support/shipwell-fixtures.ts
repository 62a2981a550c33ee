import type { ShipwellCreateInput } from '../../src/providers/shipwell/provider';

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
