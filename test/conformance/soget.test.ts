import { soget } from '../../src/providers/soget';
import { sogetSandbox } from '../../src/sandbox/soget';
import type { SogetCreateInput, SogetUpdateInput } from '../../src/providers/soget/provider';
import { importOrder } from '../support/soget-fixtures';
import { describeProviderConformance } from './provider-conformance';

describeProviderConformance<SogetCreateInput, SogetUpdateInput>("SOGET S'mouv", {
  module: soget,
  sandbox: sogetSandbox,
  validCreate: (unique) => ({ input: importOrder(unique) }),
  invalidCreate: {
    input: { input: { ...importOrder('bad'), containers: [{ ...importOrder('bad').containers[0], reference: 'CGMU1234567' }] } },
    field: 'input.containers[0].reference',
    rule: 'iso6346',
  },
  orderNumberOf: (input) => String(input.input.transportOrderNumber),
  update: {
    input: (order) => ({ revision: order.revision!, input: { comment: 'updated by conformance' } }),
    check: (order) => expect(order.note).toBe('updated by conformance'),
  },
  withWrongCredentials: (env) => ({ ...env, SOGET_CLIENT_SECRET: 'wrong-secret' }),
});
