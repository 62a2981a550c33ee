import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { providerFromPrefix } from '../core/provider-key';
// The registry, not only its keys: it declares the providers whose names a key's list is read against.
import { ProviderKey } from '../providers';
import { Access, ALL_SCOPES, Scope } from './access';

/**
 * API keys. A key is a random secret that the caller sends as `Authorization: Bearer <key>`;
 * ordergraph stores only its SHA-256 (hex), with an id that names the caller everywhere a name
 * is needed (logs, metrics, rate limits, idempotency and cache namespaces). Keys are long
 * random strings, so one fast hash suffices (as GitHub and Stripe do for tokens); there is no
 * password to stretch.
 */

/** One configured key, as written in `API_KEYS` / `API_KEYS_FILE` (a JSON array of these). */
export const apiKeyEntry = z
  .object({
    /** Names the caller in logs and metrics; not a secret. */
    id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1 to 64 letters, digits, dots, dashes or underscores'),
    /** SHA-256 of the key, hex (`printf %s "$KEY" | sha256sum`, or `node dist/tools/api-key.js`). */
    sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, "must be the 64 hex digits of the key's SHA-256"),
    /** `orders:read`, `orders:write` (write includes read). */
    scopes: z.array(z.enum(ALL_SCOPES as [Scope, ...Scope[]])).min(1),
    /** Providers the key may see (e.g. ["OCTOPI"]); absent: every provider. */
    providers: z
      .array(
        z.string().transform((p, ctx) => providerFromPrefix(p) ?? (ctx.addIssue({ code: 'custom', message: `unknown provider "${p.slice(0, 20)}"` }), z.NEVER)),
      )
      .min(1)
      .optional(),
  })
  .strict();

export type ApiKeyEntry = z.infer<typeof apiKeyEntry>;

export const apiKeyList = z.array(apiKeyEntry);

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new random key in the style of Stripe's (`og_` + 32 random bytes, base64url). */
export function generateApiKey(): string {
  return `og_${randomBytes(32).toString('base64url')}`;
}

/** The sandbox's demo keys: public on purpose (printed at start, used in the README). */
export const SANDBOX_KEYS = [
  { key: 'sandbox-key', id: 'sandbox', scopes: [Scope.ORDERS_READ, Scope.ORDERS_WRITE], providers: undefined, about: 'read and write, every provider' },
  { key: 'sandbox-read-key', id: 'sandbox-read', scopes: [Scope.ORDERS_READ], providers: undefined, about: 'read only, every provider' },
  {
    key: 'sandbox-octopi-key',
    id: 'sandbox-octopi',
    scopes: [Scope.ORDERS_READ, Scope.ORDERS_WRITE],
    providers: [ProviderKey.OCTOPI],
    about: 'read and write, Octopi only',
  },
] as const;

export function sandboxKeyEntries(): ApiKeyEntry[] {
  return SANDBOX_KEYS.map(({ key, id, scopes, providers }) => ({
    id,
    sha256: hashApiKey(key),
    scopes: [...scopes],
    providers: providers ? [...providers] : undefined,
  }));
}

/** Longest bearer token looked at; anything longer is refused without hashing it. */
const MAX_KEY_LENGTH = 512;

/** A bound on remembered keys, in case many keys share a hash (they cannot in practice). */
const MAX_KNOWN_KEYS = 10_000;

/** Looks presented keys up by their hash. */
export class ApiKeyStore {
  private readonly byHash = new Map<string, Access>();
  /**
   * Keys already presented and found, so that a key's SHA-256 is computed once, not on every
   * request. Only keys that matched a configured hash are kept, so the map holds at most about
   * one entry per configured key whatever callers send (an unknown key is hashed every time).
   * The keys are in memory for each request anyway; this keeps them for the process's life.
   */
  private readonly known = new Map<string, Access>();

  constructor(entries: readonly ApiKeyEntry[]) {
    for (const entry of entries) {
      const scopes = new Set<Scope>(entry.scopes);
      if (scopes.has(Scope.ORDERS_WRITE)) scopes.add(Scope.ORDERS_READ);
      this.byHash.set(entry.sha256.toLowerCase(), new Access(entry.id, scopes, (entry.providers as ProviderKey[] | undefined) ?? null));
    }
  }

  get size(): number {
    return this.byHash.size;
  }

  /** The access of the key with id `principal` (what its webhooks may deliver), or null when no such key is configured. */
  accessOf(principal: string): Access | null {
    for (const access of this.byHash.values()) if (access.principal === principal) return access;
    return null;
  }

  /** The access of a presented key, or null when no configured key has that hash. */
  lookup(presented: string): Access | null {
    if (presented.length === 0 || presented.length > MAX_KEY_LENGTH) return null;
    const known = this.known.get(presented);
    if (known) return known;
    const access = this.byHash.get(hashApiKey(presented)) ?? null;
    if (access && this.known.size < MAX_KNOWN_KEYS) this.known.set(presented, access);
    return access;
  }
}
