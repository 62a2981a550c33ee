import { createHash } from 'node:crypto';
import { z } from 'zod';
import { badUserInput, ErrorCode, isOrderGraphError, OrderGraphError } from '../../core/errors';
import { checkInput } from '../../core/input-schema';
import { mapWithConcurrency } from '../../core/concurrency';
import type { ListPage, ListQuery, OrderProvider, ProviderCapabilities, ProviderPosition, PositionSpec } from '../../core/provider';
import { ProviderKey } from '../keys';
import { OrderStatus } from '../../model/enums';
import type { Order } from '../../model/order';
import { Blob, blobFrom } from 'node-fetch';
import type { UploadedFile } from '../../graphql/upload';
import type { SogetAttachment, SogetClient, SogetRead } from './client';
import { mapSogetOrder, revisionOfEtag } from './mapper';
import { sogetChangeDetector } from './changes';
import type { ChangeDetector } from '../../core/change-detection';
import {
  checkUpdateAgainst,
  MANDATORY_EVENTS,
  parseSogetDate,
  SEARCH_MAX_LIMIT,
  sogetCreateRequest,
  sogetUpdateRequest,
  withSogetCodes,
  type SogetIssue,
  type SogetOrderChanges,
  type SogetOrderInput,
} from './rules';
import type { SogetCustomerOrder, SogetCustomsFlag, SogetOrderBody, SogetSearchParams, SogetStatus } from './wire';

/**
 * What the GraphQL input carries: the wire model field for field (so that a wire path is the
 * input path), with date-times as `Date`s (or ISO 8601 text) and enum values already in the
 * vendor's spelling. Both are the input side of the request schemas in rules.ts.
 */
export type { SogetOrderChanges, SogetOrderInput };

/** One attachment as the mutation takes it: an uploaded file, or (small files in a JSON request) its bytes in base64. */
export interface SogetAttachmentInput {
  /** A file of a multipart request, on disk; its name and media type are the defaults. */
  file?: UploadedFile | null;
  fileName?: string | null;
  contentType?: string | null;
  /** The file's bytes, base64-encoded. */
  contentBase64?: string | null;
}

export interface SogetCreateInput {
  input: SogetOrderInput;
  attachments?: SogetAttachmentInput[] | null;
}

export interface SogetUpdateInput {
  /** The ETag the caller read; a stale one is a CONFLICT and changes nothing. */
  revision: string;
  input: SogetOrderChanges;
}

/** The fields of the posted order model, the ones a read echoes back and an update may send. */
const ORDER_FIELDS = [
  'contractor',
  'carrier',
  'transportOrderNumber',
  'containers',
  'date',
  'sender',
  'clientReference',
  'customsFlag',
  'priceInformation',
  'instructionsInformation',
  'contractTermsInformation',
  'comment',
  'voyage',
] as const;

/** Largest page of the provider's list: that many orders in parallel searches of SOGET's 50 at most. */
const LIST_MAX = 10 * SEARCH_MAX_LIMIT;
/** Reads of several ids go out this many at a time (SOGET has no batch read and no id filter). */
const READ_CONCURRENCY = 8;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const CONTENT_TYPE = /^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/;

/** Unified statuses that one SOGET status answers exactly, so the search can filter on it. */
const STATUS_FILTER: Partial<Record<OrderStatus, SogetStatus>> = {
  [OrderStatus.DRAFT]: 'Draft',
  [OrderStatus.IN_PROGRESS]: 'InProcess',
  [OrderStatus.CANCELLED]: 'Cancelled',
};

/**
 * Where a SOGET list stopped: the creation time and id of the last order taken, and how many
 * orders created in that same second have been taken (the offset that skips them).
 */
interface SogetPosition {
  t: number;
  id: string;
  skip: number;
}

/**
 * SOGET S'mouv behind the provider contract.
 *
 * Listing uses the search's own `offset` / `limit`, but never a bare offset into the whole
 * list (it shifts as orders are created or change status): the date filters anchor each page
 * at the creation second of the last order taken (`startDate` going up, `endDate` going down)
 * and the offset only skips the orders of that second already taken. A page is one round of
 * search calls at consecutive offsets of the same window, sent together (searchWindow).
 */
export class SogetProvider implements OrderProvider<SogetCreateInput, SogetUpdateInput> {
  readonly key = ProviderKey.SOGET;
  readonly capabilities: ProviderCapabilities = {
    create: true,
    update: true,
    cancel: true,
    maxPageSize: LIST_MAX,
    callPageSize: SEARCH_MAX_LIMIT,
    filtersByContainer: true,
    // soget-smouv-customer-orders.md: transportOrderNumber up to 256; containers are ISO 6346 numbers (11 characters).
    filterLimits: { orderNumber: 256, containerNumber: 11 },
  };
  /** The last order's creation time and id, and how many orders of its second precede it in the search window. */
  readonly position: PositionSpec = {
    version: 1,
    schema: z.strictObject({ t: z.number().int(), id: z.string().min(1).max(256), skip: z.number().int().min(0).max(1_000_000) }),
  };

  /** Open statuses read every cycle, by version (changes.ts). */
  readonly changeDetector: ChangeDetector;

  constructor(private readonly client: SogetClient) {
    this.changeDetector = sogetChangeDetector(client, this);
  }

  async getOrders(providerIds: readonly string[]): Promise<Array<Order | Error>> {
    return mapWithConcurrency(providerIds, READ_CONCURRENCY, async (id) => {
      try {
        return this.mapRead(await this.client.get(id));
      } catch (error) {
        return asNotFound(error, id);
      }
    });
  }

  async getOrdersByNumber(orderNumbers: readonly string[]): Promise<Array<Order | null | Error>> {
    return mapWithConcurrency(orderNumbers, READ_CONCURRENCY, async (number) => {
      try {
        const found = await this.findByNumber(number);
        return found ? mapSogetOrder(found) : null;
      } catch (error) {
        return error as Error;
      }
    });
  }

  /**
   * Orders touching each container: one `containerNumber` search per number (all numbers in
   * parallel, a few at a time), paged by SOGET's maximum of 50 only when a container has more.
   */
  async getOrdersByContainer(containerNumbers: readonly string[]): Promise<Array<Order[] | Error>> {
    return mapWithConcurrency(containerNumbers, READ_CONCURRENCY, async (containerNumber) => {
      try {
        const orders: Order[] = [];
        for (let offset = 0; offset < 10 * SEARCH_MAX_LIMIT;) {
          const result = await this.client.search({ containerNumber, limit: SEARCH_MAX_LIMIT, offset, desc: true });
          const items = result.items ?? [];
          orders.push(...items.map((item) => mapSogetOrder(item)));
          offset += items.length;
          if (items.length === 0 || offset >= result.total) break;
        }
        return orders;
      } catch (error) {
        return error as Error;
      }
    });
  }

  async listOrders(query: ListQuery): Promise<ListPage> {
    const desc = query.direction === 'DESC';
    const position = query.position as SogetPosition | null;
    const { filter } = query;
    const limit = Math.max(1, Math.min(query.limit, LIST_MAX));

    // The anchor bound replaces the filter's bound on that side when it is tighter.
    let startMs = filter.createdFrom?.getTime();
    let endMs = filter.createdTo?.getTime();
    let offset = 0;
    if (position) {
      if (desc && (endMs === undefined || position.t <= endMs)) {
        endMs = position.t;
        offset = position.skip;
      } else if (!desc && (startMs === undefined || position.t >= startMs)) {
        startMs = position.t;
        offset = position.skip;
      }
    }
    const statuses = filter.statuses ?? [];
    const params: SogetSearchParams = {
      transportOrderNumber: filter.orderNumber,
      containerNumber: filter.containerNumber,
      status: statuses.length === 1 ? STATUS_FILTER[statuses[0]] : undefined,
      startDate: startMs === undefined ? undefined : new Date(startMs).toISOString(),
      endDate: endMs === undefined ? undefined : new Date(endMs).toISOString(),
      limit,
      desc,
    };
    const anchorT = position && (desc ? endMs === position.t : startMs === position.t) ? position.t : null;

    // Drop anything at or before the position: orders created in the anchor second after the
    // last page shift the offset (newest first), which repeats orders but never skips one. When
    // a whole page is such repeats, the next page of the same window follows (rare: it takes a
    // page worth of orders created in one second).
    let raw: SogetCustomerOrder[] = [];
    let total: number;
    let calls = 0;
    const taken: Array<{ order: Order; rawIndex: number }> = [];
    for (let round = 1; ; round += 1) {
      ({ raw, total } = await this.searchWindow(params, offset, limit));
      calls += Math.ceil(limit / SEARCH_MAX_LIMIT);
      raw.forEach((item, rawIndex) => {
        const order = mapSogetOrder(item, null, query.select);
        if (!position || isAfter(order, position, desc)) taken.push({ order, rawIndex });
      });
      if (taken.length > 0 || raw.length === 0 || offset + raw.length >= total || round >= 5) break;
      offset += raw.length;
    }

    return {
      orders: taken.map((t) => t.order),
      hasMore: offset + raw.length < total,
      upstreamCalls: calls,
      positionAfter: (i): ProviderPosition => {
        const { order, rawIndex } = taken[i];
        const t = order.createdAt.getTime();
        // Orders of the same second sit together: those up to this one, in this page and before it.
        let sameSecond = 0;
        for (let k = rawIndex; k >= 0 && creationMs(raw[k]) === t; k -= 1) sameSecond += 1;
        const before = sameSecond === rawIndex + 1 && anchorT === t ? offset : 0;
        return { t, id: order.providerId, skip: before + sameSecond } satisfies SogetPosition as unknown as ProviderPosition;
      },
    };
  }

  async createOrder(create: SogetCreateInput): Promise<Order> {
    const checked = checkInput(sogetCreateRequest, create.input, INPUT);
    const issues: SogetIssue[] = checked.ok ? [] : withSogetCodes(checked.issues);
    const attachments = await Promise.all((create.attachments ?? []).map((file, i) => readAttachment(file, i, issues)));
    if (!checked.ok || issues.length > 0) throw badUserInput(issues, this.key);
    const created = await this.client.create(checked.value, attachments as SogetAttachment[]);
    if (!created?.id) {
      throw new OrderGraphError(ErrorCode.PROVIDER_UNAVAILABLE, "SOGET S'mouv answered a create without the order id", {
        provider: this.key,
        reason: 'INVALID_RESPONSE',
      });
    }
    return this.mapRead(await this.client.get(created.id));
  }

  /** After a create whose answer was lost: the open order with this number and contractor, if SOGET has one. */
  async findCreated(input: SogetOrderInput): Promise<Order | null> {
    const number = String(input.transportOrderNumber);
    const contractor = input.contractor?.code ?? undefined;
    const found = await this.findByNumber(number, (o) => o.status !== 'Cancelled' && (contractor === undefined || o.contractor?.code === contractor));
    return found ? mapSogetOrder(found) : null;
  }

  async updateOrder(providerId: string, update: SogetUpdateInput): Promise<Order> {
    const current = await this.client.get(providerId);
    const base = postedModel(current.order);
    // The given fields replace the current ones; the whole order is then checked and sent.
    const given = Object.fromEntries(Object.entries(update.input).filter(([, value]) => value !== undefined));
    const next = { ...base, ...given };
    const checked = checkInput(sogetUpdateRequest, next, INPUT);
    const issues = [...checkUpdateAgainst(base, next, INPUT), ...(checked.ok ? [] : withSogetCodes(checked.issues))];
    if (!checked.ok || issues.length > 0) throw badUserInput(issues, this.key);
    try {
      return this.mapRead(await this.client.update(providerId, checked.value, update.revision));
    } catch (error) {
      if (isOrderGraphError(error) && error.code === ErrorCode.CONFLICT) {
        // Say which revision is current, so that the client can re-read and retry.
        throw new OrderGraphError(ErrorCode.CONFLICT, error.message, {
          ...error.extensions,
          code: ErrorCode.CONFLICT,
          currentRevision: revisionOfEtag(current.etag) ?? undefined,
        });
      }
      throw error;
    }
  }

  /** `DELETE /customer-orders/{id}`. SOGET's cancel takes no reason, so the reason stays with the caller. */
  async cancelOrder(providerId: string): Promise<Order> {
    const answer = await this.client.cancel(providerId);
    return this.mapRead(answer ?? (await this.client.get(providerId)));
  }

  async ping(): Promise<void> {
    await this.client.search({ limit: 1 });
  }

  /**
   * `limit` orders of one search window from `offset`: SOGET answers at most 50 a call, and its
   * offsets let the calls of one page go out together instead of one after another. The
   * calls split the page evenly (130 is three calls of 44 or 43, not 50, 50 and 30), and the
   * window ends at the first call that comes back short.
   */
  private async searchWindow(params: SogetSearchParams, offset: number, limit: number): Promise<{ raw: SogetCustomerOrder[]; total: number }> {
    const count = Math.ceil(limit / SEARCH_MAX_LIMIT);
    const sizes = Array.from({ length: count }, (_, k) => Math.floor(limit / count) + (k < limit % count ? 1 : 0));
    const starts = sizes.map((_, k) => offset + sizes.slice(0, k).reduce((sum, n) => sum + n, 0));
    const results = await Promise.all(sizes.map((size, k) => this.client.search({ ...params, limit: size, offset: starts[k] })));
    const raw: SogetCustomerOrder[] = [];
    for (const [k, result] of results.entries()) {
      const items = result.items ?? [];
      raw.push(...items);
      if (items.length < sizes[k]) break;
    }
    return { raw, total: results[0].total };
  }

  private mapRead(read: SogetRead): Order {
    return mapSogetOrder(read.order, read.etag);
  }

  /** The newest order with this transport order number (that passes `accept`); open orders before cancelled ones. */
  private async findByNumber(number: string, accept: (o: SogetCustomerOrder) => boolean = () => true): Promise<SogetCustomerOrder | null> {
    const { items } = await this.client.search({ transportOrderNumber: number, limit: SEARCH_MAX_LIMIT, desc: true });
    const candidates = (items ?? []).filter((o) => o.transportOrderNumber === number && accept(o));
    return candidates.find((o) => o.status !== 'Cancelled') ?? candidates[0] ?? null;
  }
}

/** Issue paths start at the mutation's `input` argument, which mirrors the wire model. */
const INPUT = 'input';

/** The posted model inside a read: what an update sends back (events S'mouv added itself left out). */
export function postedModel(order: SogetCustomerOrder): SogetOrderBody {
  const body: Record<string, unknown> = {};
  for (const key of ORDER_FIELDS) if (order[key] !== undefined) body[key] = order[key];
  const flow = order.customsFlag as SogetCustomsFlag;
  const mandatory = (MANDATORY_EVENTS[flow] ?? []) as readonly string[];
  body.containers = (order.containers ?? []).map((c) => ({ ...c, events: (c.events ?? []).filter((e) => mandatory.includes(e.type)) }));
  return body as SogetOrderBody;
}

/**
 * An attachment as a `files` part: exactly one of `file` (streamed from its spooled file) and
 * `contentBase64` (decoded; the JSON body limit keeps it small), with a sound name and media type.
 */
async function readAttachment(attachment: SogetAttachmentInput, i: number, issues: SogetIssue[]): Promise<SogetAttachment | null> {
  const add = (field: string, rule: string, message: string) =>
    issues.push({ field: `attachments[${i}]${field ? `.${field}` : ''}`, rule, message, providerCode: 'WRONG_FORMAT' });
  const upload = attachment.file ?? null;
  const base64 = attachment.contentBase64 ?? null;
  if ((upload === null) === (base64 === null)) {
    add('', 'oneOf', 'must give either file (an Upload, sent by the GraphQL multipart request spec) or contentBase64, not both and not neither');
    return null;
  }
  const fileName = attachment.fileName ?? upload?.filename ?? '';
  const contentType = attachment.contentType ?? upload?.mimetype ?? '';
  let sound = true;
  if (fileName.trim() === '' || fileName.length > 255 || /[\r\n"\\/]/.test(fileName)) {
    add('fileName', 'fileName', 'must be 1 to 255 characters without quotes, slashes or line breaks');
    sound = false;
  }
  if (!CONTENT_TYPE.test(contentType)) {
    add('contentType', 'mediaType', 'must be a media type such as application/pdf');
    sound = false;
  }
  if (upload) return sound ? { fileName, content: await blobFrom(upload.path, contentType) } : null;
  const compact = base64!.replace(/\s+/g, '');
  if (!BASE64.test(compact) || compact.length % 4 !== 0) {
    add('contentBase64', 'base64', 'must be the file content in base64');
    return null;
  }
  return sound ? { fileName, content: new Blob([Buffer.from(compact, 'base64')], { type: contentType }) } : null;
}

/**
 * What an attachment contributes to the idempotency fingerprint: its name, media type, size and
 * SHA-256, whichever way it was sent (the spool's path or the base64 spelling would make two sends
 * of the same file differ). An uploaded file's hash is taken while it is received.
 */
export function attachmentFingerprint(attachment: SogetAttachmentInput): Record<string, unknown> {
  const upload = attachment.file ?? null;
  const bytes = upload ? null : Buffer.from((attachment.contentBase64 ?? '').replace(/\s+/g, ''), 'base64');
  return {
    fileName: attachment.fileName ?? upload?.filename ?? null,
    contentType: attachment.contentType ?? upload?.mimetype ?? null,
    size: upload ? upload.size : bytes!.length,
    sha256: upload ? upload.sha256 : createHash('sha256').update(bytes!).digest('hex'),
  };
}

function isAfter(order: Order, position: SogetPosition, desc: boolean): boolean {
  const t = order.createdAt.getTime();
  const byTime = desc ? position.t - t : t - position.t;
  if (byTime !== 0) return byTime > 0;
  return desc ? order.providerId < position.id : order.providerId > position.id;
}

/**
 * An order's creation time as the paging compares it: read as the mapper reads `createdAt`
 * (`parseSogetDate`: a time without an offset is UTC), so that a position taken from a mapped
 * order and the raw answers it is compared with agree on any machine's zone.
 */
export function creationMs(item: Pick<SogetCustomerOrder, 'creationDate'> | undefined): number | null {
  return item ? parseSogetDate(item.creationDate) : null;
}

/** A read of an id SOGET does not have (or cannot have: wrong format, not a master order) is NOT_FOUND in its slot. */
function asNotFound(error: unknown, id: string): Error {
  if (isOrderGraphError(error)) {
    const code = error.extensions.providerCode;
    if (error.code === ErrorCode.NOT_FOUND || code === 'WRONG_FORMAT' || code === 'NOT_SUPPORTED_ORDER_TYPE' || code === 'CUSTOMER_ORDER_NOT_FOUND') {
      return new OrderGraphError(ErrorCode.NOT_FOUND, `SOGET S'mouv has no customer order ${id}`, {
        provider: ProviderKey.SOGET,
        httpStatus: error.extensions.httpStatus as number | undefined,
        providerCode: code as string | undefined,
      });
    }
    return error;
  }
  return error as Error;
}
