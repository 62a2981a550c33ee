import { vu } from '../../src/providers/vu';
import { vuSandbox } from '../../src/sandbox/vu';
import type { VuCreateInput } from '../../src/providers/vu/provider';
import { vuCreateInput } from '../support/vu-fixtures';
import { describeProviderConformance } from './provider-conformance';

describeProviderConformance<VuCreateInput>('VU Custom', {
  module: vu,
  sandbox: vuSandbox,
  validCreate: (unique) => vuCreateInput(`CONF-${unique}`),
  invalidCreate: {
    input: vuCreateInput('CONF-BAD', { orderLines: [{ sku: 'SKU123', productDescription: 'My Widget', quantity: 1, price: '70', recipeToken: '' }] }),
    field: 'input.orderLines[0].recipeToken',
    rule: 'required',
  },
  orderNumberOf: (input) => input.orderNumber,
  withWrongCredentials: (env) => ({ ...env, VU_API_SECRET: 'wrong-secret' }),
});
