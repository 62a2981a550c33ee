import { createHash, randomBytes } from 'node:crypto';
import { EmulatorServer, type EmulatorRequest, type EmulatorResponse } from '../emulator';
import { pickDistinct, type VendorChange } from '../demo-data';
import { isKnownActor, isKnownLocation, SOGET_ACTORS } from './referential';
import { FLOW_SEGMENTS, orderIssues, searchCheck, updateAgainstIssues, type SogetIssue } from './rules';
import { seededDetail, seedOrders, type SeededFacts } from './seed';
import {
  SOGET_ID,
  SOGET_ORDERS_PATH,
  SOGET_TOKEN_PATH,
  type SogetActor,
  type SogetCreateResponse,
  type SogetCustomsFlag,
  type SogetCustomerOrder,
  type SogetErrorCode,
  type SogetEvent,
  type SogetOrderBody,
  type SogetReadNode,
  type SogetSegmentStatus,
  type SogetStatus,
  type SogetUpdateBody,
} from './wire';

/**
 * The SOGET S'mouv sandbox: an HTTP server speaking the customer-orders API behind its API
 * gateway (a subscription key on every call) and its OAuth2 token endpoint (client
 * credentials, then `Authorization: Bearer`). It keeps orders, their identifier tree
 * (CDE master, one ELM per container, SEG transport segments per flow) and the attached files,
 * enforces the doc's rules (./rules.ts) plus the referential and state rules, and answers
 * errors as the documented `{ timestamp, code, message }`.
 */

// An hour: long enough for a benchmark to replay a recorded token (the client renews 30 s before expiry anyway).
const TOKEN_TTL_SECONDS = 3600;

export interface SogetStoredFile {
  name: string;
  type: string;
  size: number;
  /** SHA-256 of the bytes as they arrived, hex: what tests and the benchmark compare with what was sent. */
  sha256: string;
  content: Buffer;
}

export interface StoredElementary {
  id: string;
  status: SogetSegmentStatus;
  segments: Array<{ id: string; type: string; status: SogetSegmentStatus }>;
}

/** The full order: the posted model, its identifier tree with statuses, and the events S'mouv records itself. */
export interface OrderDetail {
  body: SogetOrderBody;
  elementary: StoredElementary[];
  /** Events S'mouv records itself (PCS interconnection: Announced, Association, ...), per container. */
  pcsEvents: SogetEvent[][];
}

/**
 * One stored order. The index fields (number, flow, actors, container numbers) are what search
 * and the duplicate rules read, kept in step with the body; the full `detail` of a seeded order
 * is built from its seed on first use, so that seeding 100,000 orders stays fast and small.
 */
export interface StoredOrder {
  id: string;
  /** The numeric part of `id`; the ELM and SEG ids of the order follow it (`children` of them). */
  seq: number;
  children: number;
  number: string;
  flow: SogetCustomsFlag;
  /** Contractor code the duplicate rule uses (the caller's organization when the body names none). */
  contractorCode: string;
  carrierCode: string | null;
  references: Array<string | null>;
  status: SogetStatus;
  version: number;
  createdAt: number;
  updatedAt: number;
  files: SogetStoredFile[];
  detail?: OrderDetail;
  seeded?: SeededFacts;
}

export interface SogetAccount {
  clientId: string;
  clientSecret: string;
  userId: string;
  organization: { name: string; actorCode: string; verified: boolean } | null;
}

const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FINAL_STATUSES: ReadonlySet<string> = new Set(['Cancelled', 'Rejected', 'Refused']);
const LOCKED_STATUSES: ReadonlySet<string> = new Set(['Submitted', 'Accepted', 'InProcess']);

export class SogetEmulator {
  readonly server: EmulatorServer;
  readonly subscriptionKeys = new Set<string>();
  private readonly accounts = new Map<string, SogetAccount>();
  private readonly tokens = new Map<string, { clientId: string; expiresAt: number }>();
  private readonly orders = new Map<string, StoredOrder>();
  /** Orders sorted by (createdAt, id): the order the search pages in. */
  private readonly timeline: StoredOrder[] = [];
  private readonly byNumber = new Map<string, StoredOrder[]>();
  /** Orders by `seq` (insertion order): finds the master of an ELM / SEG id. */
  private readonly bySeq: StoredOrder[] = [];
  private nextSequence = 672;
  /** The emulator's clock for creation and update times (tests may freeze it). */
  now: () => number = () => Date.now();

  constructor(readonly credentials: { clientId: string; clientSecret: string; subscriptionKey: string }) {
    this.subscriptionKeys.add(credentials.subscriptionKey);
    this.addAccount({
      clientId: credentials.clientId,
      clientSecret: credentials.clientSecret,
      userId: '3f0c5a52-8d1e-4b5e-9a57-0c1f6f1a2b3c',
      organization: { name: 'SOGET SA', actorCode: 'SOGETS.', verified: true },
    });
    this.server = new EmulatorServer("SOGET S'mouv", (request) => this.authorize(request));
    this.server
      .route('POST', SOGET_TOKEN_PATH, (r) => this.token(r))
      .route('GET', SOGET_ORDERS_PATH, (r) => this.search(r))
      .route('POST', SOGET_ORDERS_PATH, (r) => this.create(r))
      .route('GET', `${SOGET_ORDERS_PATH}/:id`, (r) => this.read(r))
      .route('PUT', `${SOGET_ORDERS_PATH}/:id`, (r) => this.update(r))
      .route('DELETE', `${SOGET_ORDERS_PATH}/:id`, (r) => this.cancel(r));
  }

  async listen(port = 0): Promise<string> {
    return this.server.listen(port);
  }

  // ---- sandbox controls (what the vendor's back office and the PCS do) ------------------------

  addAccount(account: SogetAccount): void {
    this.accounts.set(account.clientId, account);
  }

  /** Forgets every issued token, as a restart of the identity provider would. */
  revokeTokens(): void {
    this.tokens.clear();
  }

  /** Seeds `count` realistic orders (Import, Export, Transfer) created over the last months. */
  seed(count: number, seed = 1): void {
    seedOrders(count, seed, {
      allocate: (ids) => {
        const first = this.nextSequence;
        this.nextSequence += ids;
        return first;
      },
      insert: (order) => this.insert(order),
    });
  }

  get size(): number {
    return this.orders.size;
  }

  order(id: string): StoredOrder | undefined {
    return this.orders.get(id);
  }

  /** The full order, built from its seed the first time a seeded order is needed whole. */
  detailOf(order: StoredOrder): OrderDetail {
    order.detail ??= seededDetail(order);
    return order.detail;
  }

  /** The files attached to an order, as they arrived. */
  filesOf(id: string): SogetStoredFile[] {
    return this.orders.get(id)?.files ?? [];
  }

  /** Moves an order (and its segments still open) to a status, as the carrier's progress would. */
  setStatus(id: string, status: SogetStatus): void {
    const order = this.mustGet(id);
    const detail = this.detailOf(order);
    order.status = status;
    for (const elementary of detail.elementary) {
      if (elementary.status !== 'Delivered') elementary.status = status;
      for (const segment of elementary.segments) if (segment.status !== 'Delivered') segment.status = status;
    }
    this.touch(order);
  }

  /** The port's progress (sandbox helper): each of up to `count` open orders moves to its next status. */
  advanceOrders(count: number, rand: () => number = Math.random): VendorChange[] {
    const next: Partial<Record<SogetStatus, SogetStatus>> = { Draft: 'Valid', Valid: 'Submitted', Submitted: 'InProcess', InProcess: 'Accepted' };
    const open = this.timeline.filter((o) => next[o.status] !== undefined);
    return pickDistinct(open, count, rand).map((order) => {
      const from = order.status;
      this.setStatus(order.id, next[from]!);
      return { id: order.id, from, to: order.status };
    });
  }

  /** Marks the first segment of a container delivered. */
  deliverSegment(id: string, containerIndex = 0): void {
    const order = this.mustGet(id);
    this.detailOf(order).elementary[containerIndex].segments[0].status = 'Delivered';
    this.touch(order);
  }

  /** Records the PCS association of a container with a booking (an `Association` event). */
  associate(id: string, containerIndex = 0): void {
    const order = this.mustGet(id);
    this.detailOf(order).pcsEvents[containerIndex].push({
      type: 'Association',
      creationDate: isoSeconds(Date.now()),
      location: { code: 'MTDF', name: 'Terminal de France' },
    });
    this.touch(order);
  }

  // ---- auth ------------------------------------------------------------------------------------

  private authorize(request: EmulatorRequest): EmulatorResponse | null {
    if (request.path === SOGET_TOKEN_PATH) return null;
    // The API gateway checks the subscription key, then the bearer token, before the API runs.
    const key = header(request, 'ocp-apim-subscription-key');
    if (!key) return gatewayDenied('Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.');
    if (!this.subscriptionKeys.has(key))
      return gatewayDenied('Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.');
    if (!this.accountOf(request)) return gatewayDenied('Unauthorized. Access token is missing or invalid.');
    return null;
  }

  private accountOf(request: EmulatorRequest): SogetAccount | undefined {
    const match = /^Bearer\s+(\S+)$/i.exec(header(request, 'authorization') ?? '');
    const token = match ? this.tokens.get(match[1]) : undefined;
    if (!token || token.expiresAt <= Date.now()) return undefined;
    return this.accounts.get(token.clientId);
  }

  /** The caller must be a valid user of a verified organization to create and manage orders. */
  private checkAccount(request: EmulatorRequest): EmulatorResponse | null {
    const account = this.accountOf(request)!;
    if (!USER_ID.test(account.userId)) return failure(403, 'USER_ID_INVALID', 'User ID is invalid.');
    if (!account.organization) return failure(403, 'ORGANIZATION_NOT_FOUND', 'A user must belong to an organization to be able to create and manage orders.');
    if (!account.organization.verified) {
      return failure(
        403,
        'ORGANIZATION_ACTOR_CODE_INVALID',
        'The organization must be verified by a SOGET administrator before its members can create and manage orders.',
      );
    }
    return null;
  }

  /** OAuth2 client credentials (RFC 6749 4.4), in the form body or as HTTP Basic. */
  private token(request: EmulatorRequest): EmulatorResponse {
    const form = new URLSearchParams(request.body.toString('utf8'));
    let clientId = form.get('client_id');
    let clientSecret = form.get('client_secret');
    const basic = /^Basic\s+(\S+)$/i.exec(header(request, 'authorization') ?? '');
    if (basic) {
      const [id, ...secret] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
      clientId = decodeURIComponent(id);
      clientSecret = decodeURIComponent(secret.join(':'));
    }
    if (form.get('grant_type') !== 'client_credentials') {
      return { status: 400, body: { error: 'unsupported_grant_type', error_description: 'Unsupported grant_type' } };
    }
    const account = clientId ? this.accounts.get(clientId) : undefined;
    if (!account || account.clientSecret !== clientSecret) {
      return { status: 401, body: { error: 'invalid_client', error_description: 'Invalid client or Invalid client credentials' } };
    }
    const accessToken = randomBytes(24).toString('base64url');
    this.tokens.set(accessToken, { clientId: account.clientId, expiresAt: Date.now() + TOKEN_TTL_SECONDS * 1000 });
    return { status: 200, body: { access_token: accessToken, expires_in: TOKEN_TTL_SECONDS, token_type: 'Bearer', scope: 'customer-orders' } };
  }

  // ---- customer orders ---------------------------------------------------------------------------

  private search(request: EmulatorRequest): EmulatorResponse {
    const denied = this.checkAccount(request);
    if (denied) return denied;
    const check = searchCheck(request.query);
    if (!check.ok) return failure(400, check.code, check.message);
    const p = check.params;

    const candidates = p.transportOrderNumber !== undefined ? (this.byNumber.get(p.transportOrderNumber) ?? []) : this.range(p.startMs, p.endMs);
    const matches = (o: StoredOrder) =>
      (p.startMs === undefined || o.createdAt >= p.startMs) &&
      (p.endMs === undefined || o.createdAt <= p.endMs) &&
      (p.statuses === undefined || p.statuses.includes(o.status)) &&
      (p.processingIndicator === undefined || o.flow === p.processingIndicator) &&
      (p.carrierCode === undefined || o.carrierCode === p.carrierCode) &&
      (p.containerNumber === undefined || o.references.includes(p.containerNumber)) &&
      (p.transportOrderNumber === undefined || o.number === p.transportOrderNumber);

    const items: StoredOrder[] = [];
    let total = 0;
    const n = candidates.length;
    for (let k = 0; k < n; k += 1) {
      const order = candidates[p.desc ? n - 1 - k : k];
      if (!matches(order)) continue;
      if (total >= p.offset && items.length < p.limit) items.push(order);
      total += 1;
    }
    return { status: 200, body: { total, returned: items.length, first: p.offset, items: items.map((o) => this.render(o)) } };
  }

  private create(request: EmulatorRequest): Promise<EmulatorResponse> | EmulatorResponse {
    const denied = this.checkAccount(request);
    if (denied) return denied;
    if (!/^multipart\/form-data/i.test(header(request, 'content-type') ?? '')) {
      return failure(415, 'WRONG_FORMAT', 'POST /customer-orders takes multipart/form-data: an "order" part (JSON) and "files" parts');
    }
    return this.createFromParts(request);
  }

  private async createFromParts(request: EmulatorRequest): Promise<EmulatorResponse> {
    const parts = await readParts(request);
    if ('error' in parts) return failure(400, 'WRONG_FORMAT', parts.error);
    if (parts.order === undefined) return failure(400, 'WRONG_FORMAT', 'The "order" part is required');
    const body = parseJson(parts.order);
    if (body === INVALID) return failure(400, 'WRONG_FORMAT', 'The "order" part is not valid JSON');

    const refused = this.firstIssue(orderIssues(body)) ?? this.checkReferential(body as SogetOrderBody, request, null);
    if (refused) return refused;
    const order = body as SogetOrderBody;
    const account = this.accountOf(request)!;
    const stored = this.build(order, account, this.now(), parts.files);
    this.insert(stored);
    return { status: 200, body: this.identifiers(stored) };
  }

  private read(request: EmulatorRequest): EmulatorResponse {
    const denied = this.checkAccount(request);
    if (denied) return denied;
    const found = this.lookup(request.params.id, 'NOT_SUPPORTED_ORDER_TYPE');
    if ('response' in found) return found.response;
    return this.answer(found.order);
  }

  private async update(request: EmulatorRequest): Promise<EmulatorResponse> {
    const denied = this.checkAccount(request);
    if (denied) return denied;
    const found = this.lookup(request.params.id, 'NOT_SUPPORTED_ORDER_TYPE');
    if ('response' in found) return found.response;
    const order = found.order;

    const ifMatch = header(request, 'if-match');
    if (!ifMatch) return failure(428, 'CONFLICT', 'The If-Match header with the ETag of the order is required to update it');
    if (!etagMatches(ifMatch, order.version)) {
      return failure(412, 'CONFLICT', 'The order has been updated by another user; read it again before changing it');
    }
    if (FINAL_STATUSES.has(order.status)) return failure(400, 'R0006', `Cannot update an order whose status is ${order.status}`);

    let body: unknown;
    if (/^multipart\/form-data/i.test(header(request, 'content-type') ?? '')) {
      const parts = await readParts(request);
      if ('error' in parts || parts.order === undefined) return failure(400, 'WRONG_FORMAT', 'The "order" part is required');
      body = parseJson(parts.order);
    } else body = request.badJson ? INVALID : request.json;
    if (body === INVALID || body === undefined) return failure(400, 'WRONG_FORMAT', 'The body must be the order as JSON');

    // What may never change is checked first, then the body as a create would be.
    const next = body as SogetUpdateBody;
    const detail = this.detailOf(order);
    const refused =
      (isPlainObject(body) ? this.firstIssue(updateAgainstIssues(detail.body, next)) : null) ?? this.firstIssue(orderIssues(body, { update: true }));
    if (refused) return refused;
    if (LOCKED_STATUSES.has(order.status) && stableJson(next.containers) !== stableJson(detail.body.containers)) {
      return failure(400, 'R0005', `Cannot update information of containers and events of an order whose status is ${order.status}`);
    }
    if (next.status === 'Draft' && order.status !== 'Draft')
      return failure(400, 'CANNOT_UPDATE_VALID_ORDER_TO_DRAFT', `Cannot update order status from ${order.status} to Draft`);
    const referential = this.checkReferential(next, request, order);
    if (referential) return referential;

    const { status, ...rest } = next;
    const account = this.accountOf(request)!;
    this.unindexNumber(order);
    detail.body = { ...rest, contractor: rest.contractor ?? contractorOf(account) };
    order.number = detail.body.transportOrderNumber;
    order.contractorCode = detail.body.contractor?.code ?? order.contractorCode;
    order.carrierCode = detail.body.carrier.code ?? null;
    order.references = detail.body.containers.map((c) => c.reference ?? null);
    this.indexNumber(order);
    if (status === 'Valid' && order.status === 'Draft') order.status = 'Valid';
    this.touch(order);
    return this.answer(order);
  }

  private cancel(request: EmulatorRequest): EmulatorResponse {
    const denied = this.checkAccount(request);
    if (denied) return denied;
    const found = this.lookup(request.params.id, 'CANNOT_CANCEL_NOT_MASTER_ORDER');
    if ('response' in found) return found.response;
    const order = found.order;
    const ifMatch = header(request, 'if-match');
    if (ifMatch && !etagMatches(ifMatch, order.version)) return failure(412, 'CONFLICT', 'The order has been updated by another user');
    if (order.status === 'Cancelled') return failure(400, 'ORDER_ALREADY_CANCELED', 'The order has already been cancelled.');
    if (order.status === 'Submitted' || order.status === 'InProcess') {
      return failure(400, 'R0008', `Cannot cancel the order due to the status is ${order.status}`);
    }
    const detail = this.detailOf(order);
    if (detail.elementary.some((e) => e.segments.some((s) => s.status === 'Delivered'))) {
      return failure(400, 'R0009', 'Cannot cancel the order that at least one of its segment is delivered.');
    }
    if (detail.pcsEvents.some((events) => events.some((e) => e.type === 'Association' || e.type === 'UpdateAssociation'))) {
      return failure(
        400,
        'CANNOT_CANCEL_ORDER_WITH_ASSOCIATED_CONTAINER',
        'Order cannot be cancelled because the container has been associated with a booking.',
      );
    }
    this.setStatus(order.id, 'Cancelled');
    return this.answer(order);
  }

  // ---- rules beyond the body: referential, duplicates, handling units -------------------------

  private firstIssue(issues: SogetIssue[]): EmulatorResponse | null {
    if (issues.length === 0) return null;
    const [first] = issues;
    return failure(400, first.providerCode, `${first.field}: ${first.message}`);
  }

  private checkReferential(order: SogetOrderBody, request: EmulatorRequest, current: StoredOrder | null): EmulatorResponse | null {
    for (const role of ['contractor', 'carrier'] as const) {
      const code = order[role]?.code;
      if (code && !isKnownActor(code)) return failure(400, 'ACTOR_NOT_FOUND', `${role}.code: actor ${code} doesn't exist in S'mouv`);
    }
    for (const [i, container] of order.containers.entries()) {
      for (const [j, event] of container.events.entries()) {
        const code = event.location.code;
        if (code && !isKnownLocation(code))
          return failure(400, 'UNKNOWN_LOCATION', `containers[${i}].events[${j}].location.code: location ${code} is unknown by S'mouv`);
      }
    }
    const contractorCode = order.contractor?.code ?? current?.contractorCode ?? contractorOf(this.accountOf(request)!)?.code ?? '';
    const duplicate = (this.byNumber.get(order.transportOrderNumber) ?? []).find(
      (o) => o !== current && o.status !== 'Cancelled' && o.contractorCode === contractorCode,
    );
    if (duplicate) {
      return failure(
        400,
        'ORDER_DUPLICATED',
        `An order with transport order number ${order.transportOrderNumber} already exists for contractor ${contractorCode} (${duplicate.id})`,
      );
    }
    if (!current) {
      for (const [i, container] of order.containers.entries()) {
        const other = this.activeOrderForHandlingUnit(order, container);
        if (other) {
          return failure(
            400,
            'EXISTS_ORDER_WITH_HANDLING_UNIT_SPI',
            `containers[${i}].reference: order ${other.id} already handles container ${container.reference} for the same ${order.customsFlag === 'Export' ? 'booking' : 'bill of lading'}`,
          );
        }
      }
    }
    return null;
  }

  /** An open order of the same flow for the same container and the same bill of lading (booking for Export). */
  private activeOrderForHandlingUnit(order: SogetOrderBody, container: SogetOrderBody['containers'][number]): StoredOrder | undefined {
    const key = handlingKey(order.customsFlag, container);
    if (!container.reference || !key) return undefined;
    for (let k = this.timeline.length - 1; k >= 0; k -= 1) {
      const other = this.timeline[k];
      if (FINAL_STATUSES.has(other.status) || other.flow !== order.customsFlag) continue;
      const at = other.references.indexOf(container.reference);
      if (at < 0) continue;
      const otherKey = other.detail ? handlingKey(other.flow, other.detail.body.containers[at]) : other.seeded?.handlingKey;
      if (otherKey === key) return other;
    }
    return undefined;
  }

  // ---- storage ------------------------------------------------------------------------------------

  private build(body: SogetOrderBody, account: SogetAccount, now: number, files: SogetStoredFile[]): StoredOrder {
    const createdAt = Math.floor(now / 1000) * 1000;
    const contractor = body.contractor ?? contractorOf(account);
    const seq = this.nextSequence;
    let next = seq + 1;
    const id = (prefix: string, n: number) => `${prefix}${String(n).padStart(10, '0')}`;
    const elementary = body.containers.map(() => ({
      id: id('ELM', next++),
      status: 'Valid' as SogetSegmentStatus,
      segments: FLOW_SEGMENTS[body.customsFlag].map((s) => ({ id: id('SEG', next++), type: s.type, status: 'Valid' as SogetSegmentStatus })),
    }));
    this.nextSequence = next;
    return {
      id: id('CDE', seq),
      seq,
      children: next - seq - 1,
      number: body.transportOrderNumber,
      flow: body.customsFlag,
      contractorCode: contractor?.code ?? '',
      carrierCode: body.carrier.code ?? null,
      references: body.containers.map((c) => c.reference ?? null),
      status: 'Valid',
      version: 1,
      createdAt,
      updatedAt: createdAt,
      files,
      detail: { body: { ...body, contractor }, elementary, pcsEvents: body.containers.map(() => []) },
    };
  }

  private insert(order: StoredOrder): void {
    this.orders.set(order.id, order);
    this.bySeq.push(order);
    // New orders are the newest: an append, except for the rare clock tie.
    const last = this.timeline[this.timeline.length - 1];
    if (!last || compareOrders(last, order) <= 0) this.timeline.push(order);
    else {
      let at = this.timeline.length;
      while (at > 0 && compareOrders(this.timeline[at - 1], order) > 0) at -= 1;
      this.timeline.splice(at, 0, order);
    }
    this.indexNumber(order);
  }

  /** The master order an ELM / SEG id belongs to: its ids directly follow the master's. */
  private masterOf(id: string): StoredOrder | undefined {
    const seq = Number(id.slice(3));
    let lo = 0;
    let hi = this.bySeq.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.bySeq[mid].seq <= seq) lo = mid + 1;
      else hi = mid - 1;
    }
    const order = this.bySeq[hi];
    if (!order || seq <= order.seq || seq > order.seq + order.children) return undefined;
    const detail = this.detailOf(order);
    return detail.elementary.some((e) => e.id === id || e.segments.some((s) => s.id === id)) ? order : undefined;
  }

  private indexNumber(order: StoredOrder): void {
    const list = this.byNumber.get(order.number);
    if (!list) this.byNumber.set(order.number, [order]);
    else {
      list.push(order);
      list.sort(compareOrders);
    }
  }

  private unindexNumber(order: StoredOrder): void {
    const list = this.byNumber.get(order.number) ?? [];
    const i = list.indexOf(order);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.byNumber.delete(order.number);
  }

  private touch(order: StoredOrder): void {
    order.version += 1;
    order.updatedAt = Math.max(this.now(), order.createdAt);
  }

  /** The orders created in [startMs, endMs], by binary search on the timeline. */
  private range(startMs?: number, endMs?: number): StoredOrder[] {
    const lowerBound = (ms: number, strict: boolean) => {
      let lo = 0;
      let hi = this.timeline.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const t = this.timeline[mid].createdAt;
        if (t < ms || (strict && t === ms)) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const from = startMs === undefined ? 0 : lowerBound(startMs, false);
    const to = endMs === undefined ? this.timeline.length : lowerBound(endMs, true);
    return from === 0 && to === this.timeline.length ? this.timeline : this.timeline.slice(from, to);
  }

  private lookup(id: string, notMasterCode: SogetErrorCode): { order: StoredOrder } | { response: EmulatorResponse } {
    if (!SOGET_ID.test(id)) return { response: failure(400, 'WRONG_FORMAT', `Order identifier ${id.slice(0, 40)} is in wrong format`) };
    const order = this.orders.get(id);
    if (order) return { order };
    if (this.masterOf(id)) {
      const message =
        notMasterCode === 'CANNOT_CANCEL_NOT_MASTER_ORDER'
          ? 'You can only cancel an order if type of the order is Master.'
          : `The type of order ${id} is not supported for requested action`;
      return { response: failure(400, notMasterCode, message) };
    }
    return { response: failure(404, 'CUSTOMER_ORDER_NOT_FOUND', `Order ${id} doesn't exist in S'mouv.`) };
  }

  private mustGet(id: string): StoredOrder {
    const order = this.orders.get(id);
    if (!order) throw new Error(`no SOGET order ${id}`);
    return order;
  }

  // ---- rendering ------------------------------------------------------------------------------------

  private answer(order: StoredOrder): EmulatorResponse {
    return { status: 200, body: this.render(order), headers: { ETag: `"${order.version}"` } };
  }

  /** The documented create answer: identifiers of the master, its elementary orders and segments. */
  private identifiers(order: StoredOrder): SogetCreateResponse {
    const { elementary } = this.detailOf(order);
    const number = order.number;
    const segments = elementary.flatMap((e) => e.segments.map((s) => ({ id: s.id, transportOrderNumber: number, type: s.type })));
    return {
      elementaryOrders: elementary.map((e) => ({
        segments: e.segments.map((s) => ({ id: s.id, transportOrderNumber: number, type: s.type })),
        id: e.id,
        transportOrderNumber: number,
        type: 'Elementary',
      })),
      segments,
      id: order.id,
      transportOrderNumber: number,
      type: 'Master',
    };
  }

  private render(order: StoredOrder): SogetCustomerOrder {
    const { body, elementary, pcsEvents } = this.detailOf(order);
    const number = order.number;
    const elementaryOrders = elementary.map((e, i) => {
      const containerReference = body.containers[i]?.reference ?? null;
      const segments: SogetReadNode[] = e.segments.map((s) => ({ id: s.id, transportOrderNumber: number, type: s.type, status: s.status, containerReference }));
      return { segments, id: e.id, transportOrderNumber: number, type: 'Elementary', status: e.status, containerReference };
    });
    return {
      id: order.id,
      type: 'Master',
      status: order.status,
      version: order.version,
      creationDate: isoSeconds(order.createdAt),
      updateDate: isoSeconds(order.updatedAt),
      ...body,
      containers: body.containers.map((c, i) => (pcsEvents[i].length ? { ...c, events: [...c.events, ...pcsEvents[i]] } : c)),
      elementaryOrders,
      segments: elementaryOrders.flatMap((e) => e.segments),
      files: order.files.map((f) => ({ name: f.name, contentType: f.type, size: f.size, sha256: f.sha256 })),
    };
  }
}

function contractorOf(account: SogetAccount): SogetActor | null {
  const code = account.organization?.actorCode;
  if (!code) return null;
  const known = SOGET_ACTORS[code];
  return known ? { code, name: known.name } : { code, name: account.organization!.name };
}

/** What makes a handling unit's order unique: its bill of lading (Import, Transfer) or booking (Export). */
function handlingKey(flow: SogetCustomsFlag, container: SogetOrderBody['containers'][number] | undefined): string | null {
  if (!container) return null;
  return (flow === 'Export' ? container.bookingNumber : container.billOfLading) ?? null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function compareOrders(a: StoredOrder, b: StoredOrder): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function header(request: EmulatorRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function etagMatches(ifMatch: string, version: number): boolean {
  if (ifMatch.trim() === '*') return true;
  return ifMatch.split(',').some(
    (tag) =>
      tag
        .trim()
        .replace(/^W\//, '')
        .replace(/^"(.*)"$/, '$1') === String(version),
  );
}

/** Times as the documented examples show them: UTC, seconds, `Z`. */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

function failure(status: number, code: SogetErrorCode, message: string): EmulatorResponse {
  return { status, body: { timestamp: isoSeconds(Date.now()), code, message } };
}

/** What the API gateway answers before the API runs (Azure API Management's body). */
function gatewayDenied(message: string): EmulatorResponse {
  return { status: 401, body: { statusCode: 401, message } };
}

const INVALID = Symbol('invalid');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return INVALID;
  }
}

/** JSON with sorted keys and no null / undefined members, to compare containers as data. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined && (value as Record<string, unknown>)[k] !== null)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Reads a multipart body with the platform's own parser. The part names are matched without
 * case (`order` / `Order`, `files` / `Files` / `Files[]`): the documentation names them
 * `order` and `files`, its curl example `Order` and `Files[]`.
 */
async function readParts(request: EmulatorRequest): Promise<{ order?: string; files: SogetStoredFile[] } | { error: string }> {
  let form: FormData;
  try {
    form = await new Request('http://emulator/', {
      method: 'POST',
      headers: { 'content-type': header(request, 'content-type') ?? '' },
      body: request.body,
    }).formData();
  } catch {
    return { error: 'The body is not a readable multipart/form-data body' };
  }
  let order: string | undefined;
  const files: SogetStoredFile[] = [];
  for (const [name, value] of form.entries()) {
    const key = name.toLowerCase();
    if (key === 'order') order = typeof value === 'string' ? value : await value.text();
    else if (key === 'files' || key === 'files[]') {
      if (typeof value === 'string') return { error: `The "${name}" part must be a file` };
      const content = Buffer.from(await value.arrayBuffer());
      files.push({ name: value.name, type: value.type, size: content.length, sha256: createHash('sha256').update(content).digest('hex'), content });
    } else return { error: `Unknown part "${name}"; the parts are "order" and "files"` };
  }
  return { order, files };
}
