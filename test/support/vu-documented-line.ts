/**
 * The line of VU's documented order (test/fixtures/vu/, the POST /api/v1/orders 200 example) as
 * the unified model holds it: what the mapper and the client-and-mapper checks both expect.
 */
export const DOCUMENTED_VU_LINE = {
  id: '12345',
  sku: 'SKU123',
  description: 'My Widget',
  quantity: '1',
  unit: null,
  unitPrice: { amount: '70', currency: 'USD' },
  status: 'PENDING',
  providerStatus: 'new_order',
  reference: '59861396',
  exFactoryDate: '2024-03-09',
  fulfillments: [
    {
      id: '79',
      trackingNumber: 'test1',
      carrierName: 'test',
      carrierCode: 'test',
      serviceName: 'test',
      quantity: 1,
      createdAt: new Date('2024-03-21T08:31:48.653Z'),
    },
  ],
};
