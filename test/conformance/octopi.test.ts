import { octopi } from '../../src/providers/octopi';
import { octopiSandbox } from '../../src/sandbox/octopi';
import type { OctopiCreateInput } from '../../src/providers/octopi/provider';
import { describeProviderConformance } from './provider-conformance';

describeProviderConformance<OctopiCreateInput>('Octopi', {
  module: octopi,
  sandbox: octopiSandbox,
  validCreate: (unique) => ({ orderNumber: `CONF-${unique}`, cargoType: 'container', containerIds: [4337700], serviceIds: ['cleaning', '721'] }),
  invalidCreate: {
    input: { orderNumber: 'X', cargoType: 'container', containerIds: [], serviceIds: ['cleaning'] },
    field: 'input.containerIds',
    rule: 'required',
  },
  orderNumberOf: (input) => input.orderNumber,
  update: {
    input: () => ({ comment: 'updated by conformance' }),
    check: (order) => expect(order.note).toBe('updated by conformance'),
  },
  withWrongCredentials: (env) => ({ ...env, OCTOPI_TOKEN: 'wrong-token' }),
});
