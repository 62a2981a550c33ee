import { deferrable, type FieldSelection } from '../../core/deferred';
import { toGlobalId } from '../../core/ids';
import { isValidIso6346 } from '../../core/iso6346';
import { ProviderKey } from '../keys';
import { OrderStatus, PartyRole, SegmentKind } from '../../model/enums';
import type { ContainerEvent, Order, OrderContainer, Party, Segment, Voyage } from '../../model/order';
import { MANDATORY_EVENTS, parseSogetDate } from './rules';
import type { SogetActor, SogetContainer, SogetCustomerOrder, SogetCustomsFlag, SogetOrderNode } from './wire';

/** SOGET order statuses to the unified status; a value this version does not know is UNKNOWN. */
export function sogetStatus(status: string): OrderStatus {
  switch (status) {
    case 'Draft':
      return OrderStatus.DRAFT;
    case 'Valid':
    case 'Submitted':
      return OrderStatus.PENDING;
    case 'Accepted':
      return OrderStatus.ACCEPTED;
    case 'InProcess':
      return OrderStatus.IN_PROGRESS;
    case 'Cancelled':
      return OrderStatus.CANCELLED;
    case 'Rejected':
    case 'Refused':
      return OrderStatus.REJECTED;
    default:
      return OrderStatus.UNKNOWN;
  }
}

type ReadNode = SogetOrderNode & { status?: string | null; containerReference?: string | null };

/**
 * Flattens the documented identifier tree (a create answer, or the tree inside a read) into
 * segments, parents first: the master, then each elementary order followed by its transport
 * segments, then any segment listed only at the master's level. The master's `segments` repeat
 * those of its elementary orders, so a segment already placed under its elementary order is
 * not listed twice. The kind comes from the place in the tree, not from `type`: the documented
 * example answers `"type": "Master"` at every level ("the value handled by this service is
 * only Master"), so `type` is kept as the vendor sent it.
 */
export function mapSogetTree(root: ReadNode): Segment[] {
  const out: Segment[] = [];
  const placed = new Set<string>();
  const node = (n: ReadNode, kind: SegmentKind, parentId: string | null, containerNumber: string | null): Segment => ({
    id: n.id ?? '',
    kind,
    type: String(n.type ?? ''),
    parentId,
    containerNumber: n.containerReference ?? containerNumber,
    transportOrderNumber: n.transportOrderNumber ?? null,
    providerStatus: n.status ?? null,
  });
  out.push(node(root, SegmentKind.MASTER, null, null));
  for (const elementary of (root.elementaryOrders ?? []) as ReadNode[]) {
    const parent = node(elementary, SegmentKind.ELEMENTARY, root.id, null);
    out.push(parent);
    for (const segment of (elementary.segments ?? []) as ReadNode[]) {
      out.push(node(segment, SegmentKind.TRANSPORT, elementary.id, parent.containerNumber ?? null));
      if (segment.id) placed.add(segment.id);
    }
  }
  for (const segment of (root.segments ?? []) as ReadNode[]) {
    if (segment.id && placed.has(segment.id)) continue;
    out.push(node(segment, SegmentKind.TRANSPORT, root.id, null));
  }
  return out;
}

/** The unified revision of an ETag: a strong tag without its quotes, a weak one as it is. */
export function revisionOfEtag(etag: string | null | undefined): string | null {
  if (!etag) return null;
  const strong = /^"(.*)"$/.exec(etag.trim());
  return strong ? strong[1] : etag.trim();
}

const date = (value: string | null | undefined): Date | null => {
  const ms = parseSogetDate(value);
  return ms === null ? null : new Date(ms);
};

function party(role: PartyRole, actor: SogetActor | null | undefined): Party | null {
  if (!actor) return null;
  const place = actor.company?.location;
  return {
    role,
    code: actor.code ?? null,
    name: actor.name ?? null,
    companyName: actor.company?.name ?? null,
    email: actor.contact?.email ?? null,
    phone: actor.contact?.phone ?? null,
    address: place
      ? { lines: place.address ? [place.address] : [], city: place.city ?? null, postalCode: place.zipCode ?? null, country: place.country ?? null }
      : null,
  };
}

function events(container: SogetContainer, flow: SogetCustomsFlag | string, orderId: string): ContainerEvent[] {
  const sequence = (MANDATORY_EVENTS[flow as SogetCustomsFlag] ?? []) as readonly string[];
  const mapped = (container.events ?? []).map((event, index) => ({
    index,
    rank: sequence.indexOf(event.type),
    event: {
      type: event.type,
      startDate: date(event.startDate),
      endDate: date(event.endDate),
      creationDate: date(event.creationDate),
      locationCode: event.location?.code ?? null,
      locationName: event.location?.name ?? null,
      reference: event.location?.reference ?? null,
      orderId,
    } satisfies ContainerEvent,
  }));
  // In time order: by start (or end, or creation) date; events without a date keep the flow's order.
  const when = (e: ContainerEvent) => (e.startDate ?? e.endDate ?? e.creationDate)?.getTime() ?? null;
  return mapped
    .sort((a, b) => {
      const ta = when(a.event);
      const tb = when(b.event);
      if (ta !== null && tb !== null && ta !== tb) return ta - tb;
      if (a.rank !== -1 && b.rank !== -1 && a.rank !== b.rank) return a.rank - b.rank;
      return a.index - b.index;
    })
    .map((m) => m.event);
}

function container(raw: SogetContainer, index: number, order: SogetCustomerOrder, orderId: string): OrderContainer {
  const elementaryId = order.elementaryOrders?.[index]?.id ?? null;
  // An export container may have no number yet: it is known by its elementary order until then.
  const number = raw.reference ?? elementaryId ?? `${order.id}#${index + 1}`;
  return {
    number,
    orderId,
    iso6346Valid: raw.reference ? isValidIso6346(raw.reference) : false,
    sizeType: raw.type ?? null,
    grossWeightKg: raw.grossWeight ?? null,
    tareKg: raw.tare ?? null,
    sealNumbers: raw.sealNumbers ?? [],
    isReefer: raw.indicator?.isReefer ?? false,
    reeferSetPoint: raw.reefer?.setPoint ?? null,
    isHazardous: raw.indicator?.isHazardous ?? false,
    hazardousClasses: (raw.goods ?? []).flatMap((g) =>
      (g.hazardousClasses ?? []).map((h) => ({ imdgCode: h.imdgCode ?? null, undgCode: h.undgCode ?? null, packagingGroup: h.packagingGroup ?? null })),
    ),
    isOutOfGauge: raw.indicator?.isOog ?? false,
    outOfGauge: raw.oog ? { length: raw.oog.length ?? null, width: raw.oog.width ?? null, height: raw.oog.height ?? null } : null,
    goods: (raw.goods ?? []).map((g) => ({
      description: g.description ?? null,
      packagingCode: g.type ?? null,
      quantity: g.quantity ?? null,
      weightKg: g.weight ?? null,
      volume: g.volume ?? null,
    })),
    events: events(raw, order.customsFlag, orderId),
    billOfLading: raw.billOfLading ?? null,
    bookingNumber: raw.bookingNumber ?? null,
    comment: raw.comment ?? null,
  };
}

type Host = Omit<Order, 'voyage' | 'parties' | 'containers'> & { raw: SogetCustomerOrder };

/** The voyage, the parties and the containers: computed when first read, unless selected (deferred.ts). */
const withParts = deferrable<Host, Pick<Order, 'voyage' | 'parties' | 'containers'>>({
  voyage: ({ raw }) => voyage(raw),
  parties: ({ raw }) =>
    [
      party(PartyRole.CONTRACTOR, raw.contractor),
      party(PartyRole.CARRIER, raw.carrier),
      raw.sender ? { role: PartyRole.ORDERED_BY, name: raw.sender } : null,
    ].filter((p): p is Party => p !== null),
  containers: ({ raw, id }) => (raw.containers ?? []).map((c, i) => container(c, i, raw, id)),
});

function voyage(raw: SogetCustomerOrder): Voyage | null {
  if (!raw.voyage) return null;
  return {
    meansName: raw.voyage.meansName ?? null,
    freightAgent: raw.voyage.freightAgent ?? null,
    shippingCompany: raw.voyage.shippingCompany ?? null,
    eta: date(raw.voyage.eta),
    etd: date(raw.voyage.etd),
    closingCustoms: date(raw.voyage.closingCustoms),
    closingDangerous: date(raw.voyage.closingDangerous),
    closingDelivery: date(raw.voyage.closingDelivery),
  };
}

/**
 * Maps a SOGET customer order (a read or a search item) to the unified `Order`. `etag` is the
 * read's `ETag` header; a search item has none and gives the same revision through `version`.
 * With a selection, the parts it does not name are computed when first read; the segments are
 * always mapped, since the status is read from them.
 */
export function mapSogetOrder(raw: SogetCustomerOrder, etag?: string | null, select?: FieldSelection): Order {
  const segments = mapSogetTree(raw);
  // Unified COMPLETED: every transport segment delivered, whatever the order status still says.
  const transports = segments.filter((s) => s.kind === SegmentKind.TRANSPORT);
  const allDelivered = transports.length > 0 && transports.every((s) => s.providerStatus === 'Delivered');
  const status = sogetStatus(raw.status);

  return withParts(
    {
      id: toGlobalId(ProviderKey.SOGET, raw.id),
      provider: ProviderKey.SOGET,
      providerId: raw.id,
      orderNumber: raw.transportOrderNumber,
      status: allDelivered && (status === OrderStatus.ACCEPTED || status === OrderStatus.IN_PROGRESS) ? OrderStatus.COMPLETED : status,
      providerStatus: raw.status,
      createdAt: date(raw.creationDate) ?? new Date(0),
      updatedAt: date(raw.updateDate),
      dueAt: null,
      currency: null,
      note: raw.comment ?? null,
      revision: revisionOfEtag(etag) ?? (raw.version !== undefined && raw.version !== null ? String(raw.version) : null),
      orderType: raw.customsFlag,
      tags: [],
      references: raw.clientReference ? [{ type: 'CLIENT_REFERENCE', value: raw.clientReference }] : [],
      serviceItems: [],
      lines: [],
      segments,
      raw,
    },
    select,
  );
}
