import { ErrorCode } from '../../core/errors';

/**
 * SOGET S'mouv's wire format, as documented (../shared/provider-docs/soget-smouv-customer-orders.md)
 * for `POST /customer-orders`, plus the read / search / update / cancel shapes that the
 * documentation implies (see README.md in this folder for every choice made there).
 */

export const SOGET_CUSTOMS_FLAGS = ['Import', 'Export', 'Transfer'] as const;
export type SogetCustomsFlag = (typeof SOGET_CUSTOMS_FLAGS)[number];

/** Every documented event type. */
export const SOGET_EVENT_TYPES = [
  'Announced',
  'CarrierIdentification',
  'LadingImport',
  'DeliveryImport',
  'EmptyReleaseImport',
  'EmptyReturnImport',
  'EmptyReleaseExport',
  'PositioningExport',
  'LadingExport',
  'DeliveryExport',
  'Association',
  'TokenCodeTrucker',
  'CancelCarrierIdentification',
  'UpdateAssociation',
  'AnnouncementCancelled',
  'LadingTransfer',
  'DeliveryTransfer',
] as const;
export type SogetEventType = (typeof SOGET_EVENT_TYPES)[number];

/** Documented order types (`type` of an identifier node). */
export const SOGET_ORDER_TYPES = [
  'Master',
  'Elementary',
  'SegmentTerminalEntrepot',
  'SegmentEntrepotDepot',
  'SegmentDepotEntrepot',
  'SegmentEntrepotTerminal',
  'SegmentTransfer',
] as const;
export type SogetOrderType = (typeof SOGET_ORDER_TYPES)[number];

/** Status values of a customer order. */
export const SOGET_STATUSES = ['Draft', 'Valid', 'Cancelled', 'Submitted', 'Rejected', 'InProcess', 'Accepted', 'Refused'] as const;
export type SogetStatus = (typeof SOGET_STATUSES)[number];
/** A segment's status: an order status, or `Delivered` once the carrier has delivered it (sandbox convention). */
export type SogetSegmentStatus = SogetStatus | 'Delivered';

/**
 * The posted order model (`SogetOrderBody`, `SogetUpdateBody`, `SogetContainer`, ...) is the
 * output of the request schemas in rules.ts; a read echoes it back.
 */
export type {
  SogetActor,
  SogetContact,
  SogetContainer,
  SogetEvent,
  SogetEventLocation,
  SogetGoods,
  SogetHazardousClass,
  SogetLocation,
  SogetOrderBody,
  SogetUpdateBody,
  SogetVoyage,
} from './rules';
import type { SogetOrderBody } from './rules';

/** An identifier node of the documented create response (master, elementary or segment). */
export interface SogetOrderNode {
  id: string | null;
  transportOrderNumber: string | null;
  type: SogetOrderType | string;
  elementaryOrders?: SogetOrderNode[] | null;
  segments?: SogetOrderNode[] | null;
}

/** The documented 200 answer of a create: the master order and its elementary orders and segments. */
export type SogetCreateResponse = SogetOrderNode;

/** A segment or elementary order as a read answers it: the documented node plus its status and container. */
export interface SogetReadNode extends SogetOrderNode {
  status: SogetSegmentStatus | string;
  /** Container number of an elementary order and of its segments. */
  containerReference?: string | null;
}

export interface SogetFileInfo {
  name: string;
  contentType: string;
  size: number;
  /** The sandbox's SHA-256 of the file as it arrived (not documented by SOGET). */
  sha256?: string;
}

/**
 * `GET /customer-orders/{id}` and each search item: the posted order model, the documented
 * identifier tree (with statuses), and the server's own fields. The `ETag` header of a read is
 * `"<version>"`; search items carry `version` so that they give the same revision.
 */
export interface SogetCustomerOrder extends SogetOrderBody {
  id: string;
  type: 'Master';
  status: SogetStatus | string;
  version: number;
  creationDate: string;
  updateDate: string;
  elementaryOrders: Array<SogetReadNode & { segments: SogetReadNode[] }>;
  segments: SogetReadNode[];
  files: SogetFileInfo[];
}

/** `GET /customer-orders`. */
export interface SogetSearchResult {
  total: number;
  returned: number;
  /** Offset of the first item returned. */
  first: number;
  items: SogetCustomerOrder[];
}

export interface SogetSearchParams {
  transportOrderNumber?: string;
  containerNumber?: string;
  carrierCode?: string;
  processingIndicator?: SogetCustomsFlag;
  startDate?: string;
  endDate?: string;
  status?: string;
  offset?: number;
  limit?: number;
  desc?: boolean;
}

/** The documented error body. */
export interface SogetErrorBody {
  timestamp: string;
  code: SogetErrorCode | string;
  message: string | null;
}

/** Every documented error code. */
export const SOGET_ERROR_CODES = [
  'ACTOR_NOT_FOUND',
  'ALREADY_JOINED_GROUP',
  'CANNOT_CANCEL_NOT_MASTER_ORDER',
  'CANNOT_CANCEL_ORDER_WITH_ASSOCIATED_CONTAINER',
  'CANNOT_CHANGE_NUMBER_OF_CONTAINERS',
  'CANNOT_UPDATE_VALID_ORDER_TO_DRAFT',
  'CARRIER_EMAIL_REQUIRED',
  'CONFLICT',
  'CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV',
  'CUSTOMER_ORDER_NOT_FOUND',
  'CUSTOMS_FLAG_NOT_BE_MODIFIED',
  'EVENT_LOCATION_FIELDS_REQUIRED',
  'EVENT_START_DATE_REQUIRED',
  'EXISTS_ORDER_WITH_HANDLING_UNIT_SPI',
  'HANDLING_UNIT_REFERENCE_INVALID',
  'LIMIT_NONPOSITIVE',
  'NOT_SUPPORTED_ORDER_TYPE',
  'OFFSET_NEGATIVE',
  'ORDER_ALREADY_CANCELED',
  'ORDER_DUPLICATED',
  'ORGANIZATION_ACTOR_CODE_INVALID',
  'ORGANIZATION_NOT_FOUND',
  'R0005',
  'R0006',
  'R0007',
  'R0008',
  'R0009',
  'SEARCH_DATE_ERROR',
  'UNKNOWN_LOCATION',
  'USER_ID_INVALID',
  'WRONG_EVENT_DATE_ORDER',
  'WRONG_FORMAT',
] as const;
export type SogetErrorCode = (typeof SOGET_ERROR_CODES)[number];

const REJECTED = ErrorCode.PROVIDER_REJECTED;

/**
 * What each documented code means to a client. SOGET sends most of them with 400, so the
 * status alone would make a stale update or a missing order look like any refusal.
 */
export const SOGET_ERROR_MEANINGS: Readonly<Record<SogetErrorCode, ErrorCode>> = {
  // "This error can happens if you try to update an order but it has been updated by another user"
  CONFLICT: ErrorCode.CONFLICT,
  // "Order doesn't exist in S'mouv."
  CUSTOMER_ORDER_NOT_FOUND: ErrorCode.NOT_FOUND,
  // "User ID is invalid."; "A user must belong to an organization"; "An organization must be
  // verified by a SOGET administrator": ordergraph's own account at SOGET is not usable.
  USER_ID_INVALID: ErrorCode.PROVIDER_AUTH_FAILED,
  ORGANIZATION_NOT_FOUND: ErrorCode.PROVIDER_AUTH_FAILED,
  ORGANIZATION_ACTOR_CODE_INVALID: ErrorCode.PROVIDER_AUTH_FAILED,
  // The rest: SOGET refuses this request for a reason the code names.
  ACTOR_NOT_FOUND: REJECTED,
  ALREADY_JOINED_GROUP: REJECTED,
  CANNOT_CANCEL_NOT_MASTER_ORDER: REJECTED,
  CANNOT_CANCEL_ORDER_WITH_ASSOCIATED_CONTAINER: REJECTED,
  CANNOT_CHANGE_NUMBER_OF_CONTAINERS: REJECTED,
  CANNOT_UPDATE_VALID_ORDER_TO_DRAFT: REJECTED,
  CARRIER_EMAIL_REQUIRED: REJECTED,
  CONTRACTOR_UNAUTHORIZED_BY_GEDMOUV: REJECTED,
  CUSTOMS_FLAG_NOT_BE_MODIFIED: REJECTED,
  EVENT_LOCATION_FIELDS_REQUIRED: REJECTED,
  EVENT_START_DATE_REQUIRED: REJECTED,
  EXISTS_ORDER_WITH_HANDLING_UNIT_SPI: REJECTED,
  HANDLING_UNIT_REFERENCE_INVALID: REJECTED,
  LIMIT_NONPOSITIVE: REJECTED,
  NOT_SUPPORTED_ORDER_TYPE: REJECTED,
  OFFSET_NEGATIVE: REJECTED,
  ORDER_ALREADY_CANCELED: REJECTED,
  ORDER_DUPLICATED: REJECTED,
  R0005: REJECTED,
  R0006: REJECTED,
  R0007: REJECTED,
  R0008: REJECTED,
  R0009: REJECTED,
  SEARCH_DATE_ERROR: REJECTED,
  UNKNOWN_LOCATION: REJECTED,
  WRONG_EVENT_DATE_ORDER: REJECTED,
  WRONG_FORMAT: REJECTED,
};

/** OAuth2 token endpoint errors (RFC 6749 section 5.2) that mean ordergraph's client credentials are refused. */
export const SOGET_TOKEN_ERROR_MEANINGS: Readonly<Record<string, ErrorCode>> = {
  invalid_client: ErrorCode.PROVIDER_AUTH_FAILED,
  unauthorized_client: ErrorCode.PROVIDER_AUTH_FAILED,
  invalid_grant: ErrorCode.PROVIDER_AUTH_FAILED,
};

/** The OAuth2 token answer of `/soget-connect/v1/openid-connect/token`. */
export interface SogetTokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
}

/** The customer-orders collection under the API gateway base. */
export const SOGET_ORDERS_PATH = '/customer-orders/v1/customer-orders';
/** The OAuth2 token endpoint (client credentials) under the same base. */
export const SOGET_TOKEN_PATH = '/soget-connect/v1/openid-connect/token';

/** Order ids: a 3-letter prefix and 10 digits. */
export const SOGET_ID = /^(CDE|ELM|SEG)\d{10}$/;
