import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { apiKeyList, type ApiKeyEntry } from './keys';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Environment variables of access control (read through `src/config.ts`). */
export const accessEnv = z.object({
  /** API keys as a JSON array of `{ id, sha256, scopes, providers? }`. */
  API_KEYS: z.string().optional(),
  /** Path to a JSON file holding the same array (a mounted secret); merged with API_KEYS. */
  API_KEYS_FILE: z.string().optional(),
  /** Serve requests that carry no key, with full access. Default false. */
  ALLOW_ANONYMOUS: flag.default(false),
});

export interface AccessConfig {
  apiKeys: ApiKeyEntry[];
  allowAnonymous: boolean;
}

/**
 * Reads the key list from `API_KEYS` and `API_KEYS_FILE`. Problems name the variable and
 * the entry, never a value.
 */
export function parseAccessConfig(env: Record<string, string | undefined>): { config?: AccessConfig; problems: string[] } {
  const parsed = accessEnv.safeParse(env);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const problems: string[] = [];
  const apiKeys: ApiKeyEntry[] = [];
  const read = (name: string, text: string) => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      problems.push(`${name}: is not valid JSON (expected an array of { id, sha256, scopes, providers? })`);
      return;
    }
    const keys = apiKeyList.safeParse(json);
    if (keys.success) apiKeys.push(...keys.data);
    else problems.push(...keys.error.issues.map((i) => `${name}[${i.path.join('.')}]: ${i.message}`));
  };
  if (parsed.data.API_KEYS) read('API_KEYS', parsed.data.API_KEYS);
  if (parsed.data.API_KEYS_FILE) {
    let text: string | undefined;
    try {
      text = readFileSync(parsed.data.API_KEYS_FILE, 'utf8');
    } catch (error) {
      problems.push(`API_KEYS_FILE: cannot read ${parsed.data.API_KEYS_FILE} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (text !== undefined) read('API_KEYS_FILE', text);
  }
  const ids = new Set<string>();
  for (const key of apiKeys) {
    if (ids.has(key.id)) problems.push(`API_KEYS: key id "${key.id}" is configured twice`);
    ids.add(key.id);
  }
  return { config: { apiKeys, allowAnonymous: parsed.data.ALLOW_ANONYMOUS }, problems };
}
