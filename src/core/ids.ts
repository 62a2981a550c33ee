import { badUserInput } from './errors';
import { knownProviders, providerFromPrefix, providerPrefix, type ProviderKey } from './provider-key';

/** A global order id: `<provider>:<vendor id>`, the provider's key in lower case and the vendor's own id (`<key>:41`). */
export interface OrderRef {
  provider: ProviderKey;
  providerId: string;
}

export function toGlobalId(provider: ProviderKey, providerId: string): string {
  return `${providerPrefix(provider)}:${providerId}`;
}

/** Parses a global id; `field` names the argument in the error when it is malformed. */
export function parseGlobalId(id: string, field = 'id'): OrderRef {
  const separator = id.indexOf(':');
  const provider = separator > 0 ? providerFromPrefix(id.slice(0, separator)) : undefined;
  const providerId = separator > 0 ? id.slice(separator + 1) : '';
  if (!provider || providerId.length === 0 || providerId.length > 256) {
    throw badUserInput([
      {
        field,
        rule: 'globalId',
        message: `"${id.slice(0, 80)}" is not an order id; expected <provider>:<vendor id> such as ${exampleId()}`,
      },
    ]);
  }
  return { provider, providerId };
}

/** An id of the first declared provider, for messages. */
function exampleId(): string {
  const [first] = knownProviders();
  return `${first ? providerPrefix(first) : '<provider>'}:41`;
}
