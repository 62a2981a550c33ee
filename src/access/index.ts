import { ConfigError } from '../config';
import type { AccessConfig } from './config';
import { ApiKeyStore, sandboxKeyEntries, SANDBOX_KEYS } from './keys';

export { Access, Scope } from './access';
export { HttpRejection, RequestGate } from './gate';
export { scopePlugin } from './plugin';
export { registryFor } from './scoped-registry';
export { ApiKeyStore, SANDBOX_KEYS, hashApiKey } from './keys';

/**
 * The keys this instance accepts: the configured ones, plus the sandbox's demo keys when it
 * runs on the sandbox. Outside the sandbox there is no default key, and no key at all is a
 * start-up error unless anonymous access is switched on.
 */
export function apiKeysFor(config: AccessConfig, sandbox: boolean): ApiKeyStore {
  const entries = [...(sandbox ? sandboxKeyEntries() : []), ...config.apiKeys];
  if (entries.length === 0 && !config.allowAnonymous) {
    throw new ConfigError([
      'API_KEYS: no API key is configured. Set API_KEYS (or API_KEYS_FILE) to a JSON array of { id, sha256, scopes, providers? } ' +
        '(`node dist/tools/api-key.js <id>` makes one), or set ALLOW_ANONYMOUS=true to serve requests without a key.',
    ]);
  }
  return new ApiKeyStore(entries);
}

/** The sandbox's demo keys themselves: printed at start, and treated as secrets in logs. */
export function sandboxKeys(): readonly string[] {
  return SANDBOX_KEYS.map((k) => k.key);
}
