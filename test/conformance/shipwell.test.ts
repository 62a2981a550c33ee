import { shipwell } from '../../src/providers/shipwell';
import { shipwellSandbox } from '../../src/sandbox/shipwell';
import type { ShipwellCreateInput } from '../../src/providers/shipwell/provider';
import { shipwellInput } from '../support/shipwell-fixtures';
import { describeProviderConformance } from './provider-conformance';

describeProviderConformance<ShipwellCreateInput>('Shipwell', {
  module: shipwell,
  sandbox: shipwellSandbox,
  validCreate: (unique) => shipwellInput(`CONF-${unique}`),
  invalidCreate: { input: { ...shipwellInput('X'), orderNumber: 'P'.repeat(65) }, field: 'input.orderNumber', rule: 'maxLength' },
  orderNumberOf: (input) => input.orderNumber,
  withWrongCredentials: (env) => ({ ...env, SHIPWELL_TOKEN: 'wrong-token' }),
});
