import { z } from 'zod';

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');
const count = (min: number, max: number, fallback: number) => z.coerce.number().int().min(min).max(max).default(fallback);

/**
 * Environment variables of the request limits (read through `src/config.ts`). Defaults follow
 * GraphQL Armor / Hive Gateway (depth, aliases, tokens), Apollo Router (root fields, batching
 * off, request body size, demand-control style cost) and Stripe (requests per second per key).
 */
export const limitsEnv = z.object({
  /** Deepest field nesting of an operation (fragments flattened). Default 10. */
  MAX_DEPTH: count(1, 100, 10),
  /** Aliased fields in an operation. Default 15. */
  MAX_ALIASES: count(0, 1000, 15),
  /** Root fields in an operation (aliases included). Default 20. */
  MAX_ROOT_FIELDS: count(1, 1000, 20),
  /** Lexical tokens in a document. Default 1000. */
  MAX_TOKENS: count(10, 100000, 1000),
  /** Size of one GraphQL document in bytes. Default 15000. */
  MAX_DOCUMENT_BYTES: count(100, 1_000_000, 15000),
  /** Estimated cost of an operation: objects 1, scalars 0, lists times `first` (or LIST_SIZE_ESTIMATE). Default 100000 (one page of MAX_PAGE_SIZE orders with every field costs about 77000). */
  MAX_COST: count(1, 100_000_000, 100_000),
  /** Assumed length of lists without a `first` argument (containers, lines...), for the cost. Default 5. */
  LIST_SIZE_ESTIMATE: count(1, 1000, 5),
  /** Largest HTTP request body in bytes. Default 1000000. */
  MAX_BODY_BYTES: count(1000, 100_000_000, 1_000_000),
  /** Largest file in a multipart upload (GraphQL multipart request spec), in bytes. Default 20971520 (20 MiB). */
  UPLOAD_MAX_FILE_BYTES: count(1, 10_000_000_000, 20 * 2 ** 20),
  /** Largest multipart upload request (every file and field), in bytes. Default 104857600 (100 MiB). */
  UPLOAD_MAX_REQUEST_BYTES: count(1000, 100_000_000_000, 100 * 2 ** 20),
  /** Files in one multipart upload request. Default 10. */
  UPLOAD_MAX_FILES: count(0, 1000, 10),
  /** Directory where uploaded files wait (on disk, not in memory) until their request is answered. Default: the system's temporary directory. */
  UPLOAD_DIR: z.string().min(1).optional(),
  /** Accept Apollo-style batches (a JSON array of operations in one request). Default false. */
  BATCHING: flag.default(false),
  /** Operations in one batch, when batching is on. Default 10. */
  MAX_BATCH_OPERATIONS: count(1, 1000, 10),
  /** "Did you mean ...?" in validation errors. Default: on in the sandbox, off otherwise. */
  FIELD_SUGGESTIONS: flag.optional(),
  /** Sustained requests per second per API key (token bucket refill; 0 turns rate limiting off). Default 100. */
  RATE_LIMIT_PER_SECOND: z.coerce.number().min(0).max(1_000_000).default(100),
  /** Bucket size: requests a key may burst above the sustained rate. Default 200. */
  RATE_LIMIT_BURST: count(1, 10_000_000, 200),
});

export interface UploadLimits {
  maxFileBytes: number;
  maxRequestBytes: number;
  maxFiles: number;
  /** Where files wait until answered; default the system's temporary directory. */
  dir?: string;
}

export interface LimitsConfig {
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxTokens: number;
  maxDocumentBytes: number;
  maxCost: number;
  listSizeEstimate: number;
  maxBodyBytes: number;
  /** Multipart uploads: the largest file, the largest request, files per request. */
  uploads: UploadLimits;
  batching: boolean;
  maxBatchOperations: number;
  /** Unset: on in the sandbox only. */
  fieldSuggestions?: boolean;
  rateLimit: { perSecond: number; burst: number };
}

export function parseLimitsConfig(env: Record<string, string | undefined>): { config?: LimitsConfig; problems: string[] } {
  const parsed = limitsEnv.safeParse(env);
  if (!parsed.success) return { problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  const e = parsed.data;
  return {
    problems: [],
    config: {
      maxDepth: e.MAX_DEPTH,
      maxAliases: e.MAX_ALIASES,
      maxRootFields: e.MAX_ROOT_FIELDS,
      maxTokens: e.MAX_TOKENS,
      maxDocumentBytes: e.MAX_DOCUMENT_BYTES,
      maxCost: e.MAX_COST,
      listSizeEstimate: e.LIST_SIZE_ESTIMATE,
      maxBodyBytes: e.MAX_BODY_BYTES,
      uploads: { maxFileBytes: e.UPLOAD_MAX_FILE_BYTES, maxRequestBytes: e.UPLOAD_MAX_REQUEST_BYTES, maxFiles: e.UPLOAD_MAX_FILES, dir: e.UPLOAD_DIR },
      batching: e.BATCHING,
      maxBatchOperations: e.MAX_BATCH_OPERATIONS,
      fieldSuggestions: e.FIELD_SUGGESTIONS,
      rateLimit: { perSecond: e.RATE_LIMIT_PER_SECOND, burst: e.RATE_LIMIT_BURST },
    },
  };
}
