/**
 * SOGET S'mouv's customer-order model as soget-smouv-customer-orders.md describes it ("Order
 * object", the create "Responses", the error "code" list), plus the read / search / update /
 * cancel shapes beyond-the-docs.md names, read on the sandbox's own: the provider's wire types
 * are a second reading of the same document, so a misreading on one side fails a test.
 */

export type SogetCustomsFlag = 'Import' | 'Export' | 'Transfer';
export const SOGET_CUSTOMS_FLAGS: readonly SogetCustomsFlag[] = ['Import', 'Export', 'Transfer'];

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

export interface SogetLocation {
  address?: string | null;
  zipCode?: string | null;
  city?: string | null;
  /** ISO 3166-1 alpha-2. */
  country?: string | null;
}

export interface SogetContact {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface SogetActor {
  code?: string | null;
  name?: string | null;
  company?: { name?: string | null; location?: SogetLocation | null } | null;
  contact?: SogetContact | null;
}

export interface SogetEventLocation {
  code?: string | null;
  name?: string | null;
  location?: SogetLocation | null;
  contact?: SogetContact | null;
  reference?: string | null;
}

export interface SogetEvent {
  type: SogetEventType;
  startDate?: string | null;
  endDate?: string | null;
  creationDate?: string | null;
  location: SogetEventLocation;
}

export interface SogetHazardousClass {
  imdgCode?: string | null;
  undgCode?: string | null;
  packagingGroup?: string | null;
}

export interface SogetGoods {
  description?: string | null;
  /** Packaging code (UNCL). */
  type?: string | null;
  quantity?: number | null;
  weight?: number | null;
  volume?: number | null;
  hazardousClasses?: SogetHazardousClass[] | null;
}

export interface SogetContainer {
  /** ISO 6346 container number; mandatory for Import and Transfer. */
  reference?: string | null;
  /** ISO size type, 4 characters; mandatory for Export. */
  type?: string | null;
  grossWeight?: number | null;
  tare?: number | null;
  sealNumbers?: string[] | null;
  indicator?: { isReefer?: boolean | null; isHazardous?: boolean | null; isOog?: boolean | null } | null;
  customsInformation?: string | null;
  comment?: string | null;
  reefer?: { setPoint?: number | null } | null;
  oog?: { length?: number | null; width?: number | null; height?: number | null } | null;
  goods?: SogetGoods[] | null;
  billOfLading?: string | null;
  bookingNumber?: string | null;
  events: SogetEvent[];
}

export interface SogetVoyage {
  meansName?: string | null;
  freightAgent?: string | null;
  shippingCompany?: string | null;
  eta?: string | null;
  etd?: string | null;
  closingCustoms?: string | null;
  closingDangerous?: string | null;
  closingDelivery?: string | null;
}

/** The `order` part of `POST /customer-orders` (additional properties are not allowed). */
export interface SogetOrderBody {
  contractor?: SogetActor | null;
  carrier: SogetActor;
  transportOrderNumber: string;
  containers: SogetContainer[];
  date?: string | null;
  sender?: string | null;
  clientReference?: string | null;
  customsFlag: SogetCustomsFlag;
  priceInformation?: string | null;
  instructionsInformation?: string | null;
  contractTermsInformation?: string | null;
  comment?: string | null;
  voyage?: SogetVoyage | null;
}

/** The body of `PUT /customer-orders/{id}`: the same model, plus the status a draft may move to. */
export interface SogetUpdateBody extends SogetOrderBody {
  status?: 'Draft' | 'Valid' | null;
}

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
  /** The sandbox's SHA-256 of the file as it arrived (not documented by SOGET), for tests and the benchmark. */
  sha256: string;
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
