import type { OrderProvider } from '../../src/core/provider';
import { sitoo } from '../../src/providers/sitoo';
import { sitooSandbox } from '../../src/sandbox/sitoo';
import type { SitooCreateInput, SitooUpdateInput } from '../../src/providers/sitoo/provider';
import { describeProviderConformance } from './provider-conformance';

const order = (unique: string): SitooCreateInput => ({
  store: { id: 'STORE111', name: 'Barlay Shoe Inc' },
  owner: { email: 'staff@example.com', name: 'Pete' },
  customer: { firstName: 'Erica', lastName: `Swansson-${unique}`, email: 'erica@example.com', mobile: '+46701112233' },
  currency: 'SEK',
  product: {
    sku: 'SHOE999',
    name: 'Barlay Shoe',
    services: [{ sku: 'SERVICE_HEEL', name: 'Replace heel', quantity: 1, unitPrice: '50.00', costShare: 0, note: 'Left foot' }],
  },
  author: { email: 'anna@example.com' },
});

describeProviderConformance<SitooCreateInput, SitooUpdateInput>('Sitoo', {
  module: sitoo,
  sandbox: sitooSandbox,
  validCreate: order,
  invalidCreate: {
    input: { ...order('bad'), product: { ...order('bad').product, services: [{ ...order('bad').product.services[0], unitPrice: '50' }] } },
    field: 'input.product.services[0].unitPrice',
    rule: 'pattern',
  },
  // Sitoo has no order number: the id is the number.
  orderNumberOf: (_input, created) => created.providerId,
  update: {
    input: (created) => ({ revision: created.revision!, state: 'in_progress', note: 'Heel glued, drying' }),
    check: (updated) => expect(updated).toMatchObject({ status: 'IN_PROGRESS', providerStatus: 'in_progress', note: 'Heel glued, drying', revision: '2' }),
  },
  // Sitoo accepts the same order twice; what it refuses after ordergraph's checks is a stale revision.
  vendorRejection: async (provider: OrderProvider<SitooCreateInput, SitooUpdateInput>, unique) => {
    const created = await provider.createOrder(order(unique));
    await provider.updateOrder(created.providerId, { revision: created.revision!, note: 'first writer' });
    return provider.updateOrder(created.providerId, { revision: created.revision!, note: 'second writer' });
  },
  withWrongCredentials: (env) => ({ ...env, SITOO_PASSWORD: 'wrong-password' }),
});
