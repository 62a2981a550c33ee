import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FastifyRequest } from 'fastify';
import { HttpRejection } from '../access/gate';
import { ErrorCode, OrderGraphError } from '../core/errors';
import { UploadedFile } from '../graphql/upload';
import type { UploadLimits } from '../limits/config';
import { PREFLIGHT_HEADERS } from './cors';

export interface MultipartOptions {
  limits: UploadLimits;
  /** Largest `operations` or `map` field, in bytes (the JSON body limit). */
  maxFieldBytes: number;
  /** Where files wait while the request runs (the system's temporary directory). */
  spoolDir: string;
  /** Parses the `operations` field as a JSON body is parsed (nesting limit, clear errors). */
  parseJson: (text: string) => unknown;
}

/** A multipart request once read: the operations with every file in its place, and the cleanup of the files. */
export interface MultipartBody {
  operations: unknown;
  files: UploadedFile[];
}

/**
 * Reads a request by the GraphQL multipart request spec: an `operations` field (the JSON body,
 * with `null` where files go), a `map` field (`{"1": ["variables.attachments.0.file"]}`), then
 * one file part per map key.
 *
 * The order is what keeps it cheap to refuse:
 * 1. Before one byte is read: the spec's CSRF rule (a header that forces a preflight: a
 *    cross-site form can post multipart, but cannot add such a header) and a declared
 *    Content-Length over the request limit.
 * 2. After `operations` and `map`: `admit` (the rate limit, the document limits) runs before any
 *    file is read.
 * 3. Each file is streamed to a temporary file, hashed on the way (SHA-256), and refused as soon
 *    as it passes the per-file limit or the request passes the per-request limit: 413 naming the
 *    file's variable path and the limit. The rest of such a request is read and dropped (up to
 *    the request limit) so that the client reads the answer instead of a broken connection.
 * Files are kept on disk, not in memory, until the request is answered (`removeFiles`); they are
 * whole before any resolver runs, so a create never sends half a file to a vendor.
 */
export async function readMultipartRequest(
  request: FastifyRequest,
  options: MultipartOptions,
  admit: (operations: unknown) => Promise<void>,
): Promise<MultipartBody> {
  const { limits } = options;
  const headers = request.headers;
  if (!PREFLIGHT_HEADERS.some((name) => typeof headers[name] === 'string' && headers[name] !== '')) {
    throw rejection(
      400,
      'This multipart request has been blocked as a potential Cross-Site Request Forgery (CSRF): a multipart request must carry a header that forces a CORS preflight, such as Authorization or Apollo-Require-Preflight: true',
      { rule: 'csrf' },
      CLOSE,
    );
  }
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > limits.maxRequestBytes) {
    throw tooLarge(
      `The multipart request (${declared} bytes) is larger than ${limits.maxRequestBytes} bytes, the largest upload request this server accepts`,
      'UPLOAD_MAX_REQUEST_BYTES',
      limits.maxRequestBytes,
      undefined,
      true,
    );
  }

  const raw = request.raw;
  const files: UploadedFile[] = [];
  const spooled: string[] = [];
  let received = 0;
  let failure: HttpRejection | null = null;
  let current: (NodeJS.ReadableStream & { destroy(error?: Error): void }) | null = null;
  const fail = (error: HttpRejection) => {
    failure ??= error;
    current?.destroy(failure);
  };
  let draining = false;
  const count = (chunk: Buffer) => {
    received += chunk.length;
    if (received <= limits.maxRequestBytes) return;
    // Still sending past the request limit while a refusal is drained: cut the connection.
    if (draining) return void raw.destroy();
    fail(
      tooLarge(
        `The multipart request is larger than ${limits.maxRequestBytes} bytes, the largest upload request this server accepts`,
        'UPLOAD_MAX_REQUEST_BYTES',
        limits.maxRequestBytes,
        undefined,
        true,
      ),
    );
  };
  raw.on('data', count);

  try {
    let operations: unknown;
    let map: Map<string, string[]> | undefined;
    const parts = request.parts({
      limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 2, fieldSize: options.maxFieldBytes, parts: limits.maxFiles + 2 },
    });
    for await (const part of parts) {
      if (failure) throw failure;
      if (part.type === 'field') {
        if (part.valueTruncated)
          throw tooLarge(
            `The "${part.fieldname}" field is larger than ${options.maxFieldBytes} bytes (MAX_BODY_BYTES)`,
            'MAX_BODY_BYTES',
            options.maxFieldBytes,
          );
        const value = String(part.value);
        if (part.fieldname === 'operations' && operations === undefined && map === undefined) {
          operations = options.parseJson(value);
          if (!operations || typeof operations !== 'object')
            throw badRequest('The "operations" field must be a JSON object (or an array of them, for a batch)');
        } else if (part.fieldname === 'map' && operations !== undefined && map === undefined) {
          map = parseMap(value, operations, limits.maxFiles);
          await admit(operations);
        } else {
          throw badRequest(`Unexpected field "${part.fieldname}": a multipart request has an "operations" field, then a "map" field, then its files`);
        }
        continue;
      }
      // A file part.
      if (!map) throw badRequest('A file part came before the "operations" and "map" fields; they must come first');
      const paths = map.get(part.fieldname);
      if (!paths) {
        part.file.resume();
        throw badRequest(`The file part "${part.fieldname}" is not named in "map"`);
      }
      map.delete(part.fieldname);
      const path = join(options.spoolDir, `ordergraph-upload-${randomUUID()}`);
      spooled.push(path);
      const hash = createHash('sha256');
      let size = 0;
      current = part.file;
      part.file.once('limit', () =>
        fail(
          tooLarge(
            `The file at ${paths.join(', ')} ("${part.filename}") is larger than ${limits.maxFileBytes} bytes, the largest file this server accepts`,
            'UPLOAD_MAX_FILE_BYTES',
            limits.maxFileBytes,
            paths[0],
          ),
        ),
      );
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      try {
        await pipeline(part.file, measure, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
      } catch (error) {
        throw failure ?? error;
      }
      current = null;
      if (failure) throw failure;
      const digest = hash.digest('hex');
      for (const at of paths) {
        const file = new UploadedFile(part.filename || 'file', part.mimetype || 'application/octet-stream', size, digest, path, at);
        files.push(file);
        place(operations, at, file);
      }
    }
    if (failure) throw failure;
    if (operations === undefined) throw badRequest('The multipart request has no "operations" field');
    if (!map) throw badRequest('The multipart request has no "map" field');
    if (map.size > 0) throw badRequest(`The "map" names file ${[...map.keys()].map((k) => `"${k}"`).join(', ')}, but no such file part came`);
    raw.off('data', count);
    return { operations, files };
  } catch (error) {
    await removeFiles(spooled);
    const refusal = failure ?? error;
    raw.unpipe();
    if (refusal instanceof HttpRejection && refusal.headers.Connection === 'close') raw.pause();
    else {
      // Read the rest and drop it (the counter cuts past the request limit), so that the client
      // finishes sending and reads the answer instead of a reset connection.
      draining = true;
      raw.resume();
    }
    throw asRejection(refusal, limits);
  }
}

/** Removes a request's temporary files (after its answer, or when it failed). */
export async function removeFiles(paths: Iterable<string>): Promise<void> {
  await Promise.all([...new Set(paths)].map((path) => rm(path, { force: true })));
}

/**
 * The spec's `map`: file keys to the object paths they fill (`variables.file`,
 * `0.variables.files.1` in a batch). Every path must point at a `null` in `operations`.
 */
function parseMap(text: string, operations: unknown, maxFiles: number): Map<string, string[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw badRequest(`The "map" field is not valid JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw badRequest('The "map" field must be a JSON object of file keys to arrays of paths');
  const entries = Object.entries(parsed as Record<string, unknown>);
  if (entries.length > maxFiles) {
    throw tooLarge(`The request carries ${entries.length} files; this server accepts at most ${maxFiles} per request`, 'UPLOAD_MAX_FILES', maxFiles);
  }
  const map = new Map<string, string[]>();
  for (const [key, paths] of entries) {
    if (!Array.isArray(paths) || paths.length === 0 || !paths.every((p) => typeof p === 'string')) {
      throw badRequest(`The "map" entry "${key}" must be a non-empty array of object paths such as "variables.file"`);
    }
    for (const path of paths as string[]) {
      const { parent, last } = walk(operations, path);
      if (parent === undefined || (parent as Record<string, unknown>)[last] !== null) {
        throw badRequest(`The "map" path "${path}" (file "${key}") does not point at a null in "operations"`);
      }
    }
    map.set(key, paths as string[]);
  }
  return map;
}

/** The object holding the value at a dotted path, and the path's last segment; undefined when the path leaves the tree. */
function walk(root: unknown, path: string): { parent: unknown; last: string } {
  const segments = path.split('.');
  const last = segments.pop()!;
  let node: unknown = root;
  for (const segment of segments) {
    if (!node || typeof node !== 'object' || !Object.prototype.hasOwnProperty.call(node, segment)) return { parent: undefined, last };
    node = (node as Record<string, unknown>)[segment];
  }
  const holds = node && typeof node === 'object' && Object.prototype.hasOwnProperty.call(node, last);
  return { parent: holds ? node : undefined, last };
}

function place(operations: unknown, path: string, file: UploadedFile): void {
  const { parent, last } = walk(operations, path);
  (parent as Record<string, unknown>)[last] = file;
}

function isFastifyError(error: unknown): error is { code: string; statusCode?: number; message: string } {
  return typeof (error as { code?: unknown })?.code === 'string' && String((error as { code: string }).code).startsWith('FST_');
}

/** The multipart parser's own refusals, in ordergraph's words. */
function asRejection(error: unknown, limits: UploadLimits): unknown {
  if (error instanceof HttpRejection || !isFastifyError(error)) return error;
  switch (error.code) {
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return tooLarge(`The request carries more than ${limits.maxFiles} files, the most this server accepts per request`, 'UPLOAD_MAX_FILES', limits.maxFiles);
    case 'FST_FIELDS_LIMIT':
      return badRequest('A multipart request has two fields, "operations" and "map", then its files');
    default:
      return rejection(
        error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400,
        `The multipart request is unusable: ${error.message}`,
      );
  }
}

function rejection(status: number, message: string, extensions: Record<string, unknown> = {}, headers: Record<string, string> = {}): HttpRejection {
  return new HttpRejection(status, new OrderGraphError(ErrorCode.BAD_REQUEST, message, extensions), headers);
}

function badRequest(message: string): HttpRejection {
  return rejection(400, message);
}

/**
 * Refusals of a body that is not read at all (or not past the request limit) close the connection
 * after the answer, rather than reading an unbounded rest.
 */
const CLOSE = { Connection: 'close' };

/** 413 naming the limit (its variable) and, for a file, where the file went (`field`). */
function tooLarge(message: string, limit: string, max: number, field?: string, close = false): HttpRejection {
  return rejection(413, `${message} (${limit})`, { limit, max, ...(field ? { field } : {}) }, close ? CLOSE : {});
}
