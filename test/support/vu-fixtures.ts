import type { VuCreateInput } from '../../src/providers/vu/provider';

/** A valid VU create input: the documented example request, made unique by `orderNumber`. */
export function vuCreateInput(orderNumber: string, overrides: Partial<VuCreateInput> = {}): VuCreateInput {
  const party = (account: string) => ({
    accountNumber: account,
    address1: '123 Main St',
    address2: '',
    city: 'Ridgewood',
    companyName: 'VU Custom',
    country: 'US',
    firstName: 'John',
    lastName: 'Smith',
    phone: '2011231234',
    postalCode: '07450',
    stateRegion: 'NJ',
  });
  return {
    orderNumber,
    currency: 'USD',
    orderDate: new Date('2022-10-31T01:54:56.271Z'),
    salesChannel: 'b2b',
    shipMethodCarrier: 'UPS',
    shipMethodCode: 'XY12',
    shipMethodDescription: 'UPS Ground Residential',
    purchaseOrderNumber: 'po-12345',
    salesOrderNumber: 'so-12345',
    note: 'Sample note.',
    tags: ['tag1', 'tag2'],
    customAttributes: {},
    orderLines: [
      {
        sku: 'SKU123',
        productDescription: 'My Widget',
        quantity: 1,
        price: '70',
        recipeToken: '1609c0e8',
        customerRequestedDate: '2023-05-23',
        factoryCode: 'factory123',
        lineReference: '59861396',
        upc: 'UPC123',
        tags: ['tag1', 'tag2'],
        customAttributes: {},
      },
    ],
    shipTo: party('SHPTO123'),
    soldTo: party('SLDTO123'),
    b2b: { buyer_account: 'B2B-1' },
    ...overrides,
  };
}
