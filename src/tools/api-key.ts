import { apiKeyEntry, generateApiKey, hashApiKey } from '../access/keys';

/**
 * Makes a new API key: prints the key once (hand it to the caller) and the entry to add to
 * API_KEYS / API_KEYS_FILE, which holds only its SHA-256.
 *
 *   node dist/tools/api-key.js <id> [scopes, comma-separated] [providers, comma-separated]
 *   node dist/tools/api-key.js bi-nightly orders:read OCTOPI,SITOO
 */
export function newApiKey(id: string, scopes = 'orders:read', providers?: string): { key: string; entry: unknown } {
  const key = generateApiKey();
  const entry = apiKeyEntry.parse({
    id,
    sha256: hashApiKey(key),
    scopes: scopes.split(',').map((s) => s.trim()),
    ...(providers ? { providers: providers.split(',').map((p) => p.trim().toUpperCase()) } : {}),
  });
  return { key, entry };
}

if (require.main === module) {
  const [id, scopes, providers] = process.argv.slice(2);
  if (!id) {
    console.error('usage: node dist/tools/api-key.js <id> [orders:read,orders:write] [OCTOPI,SITOO,...]');
    process.exit(2);
  }
  try {
    const { key, entry } = newApiKey(id, scopes, providers);
    console.log(`API key (shown once, give it to the caller): ${key}`);
    console.log(`Add to API_KEYS: ${JSON.stringify(entry)}`);
  } catch (error) {
    const issues = (error as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues;
    console.error(issues ? issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n') : (error as Error).message);
    process.exit(2);
  }
}
