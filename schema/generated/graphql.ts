/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** An Octopi service order: services to perform on containers at the depot. */
export type CreateOctopiServiceOrderInput = {
  /** Cargo type (Octopi `cargo_type`). */
  cargoType: OctopiCargoType;
  /** Comment for the depot (Octopi `comment`). */
  comment?: string | null | undefined;
  /** Octopi ids of the containers (Octopi `container_ids`); at least one. */
  containerIds: Array<number>;
  /** When the order must be done by (Octopi `due_at`). */
  dueAt?: string | null | undefined;
  /** Your unique service order number (Octopi `order_number`). */
  orderNumber: string;
  /** Default (e.g. "cleaning") or custom (e.g. "721") service ids (Octopi `service_ids`); at least one. */
  serviceIds: Array<string>;
};

/** A Shipwell purchase order: goods a supplier ships from a ship-from stop to a ship-to stop. */
export type CreateShipwellPurchaseOrderInput = {
  /** Whether the order is archived (Shipwell `archived`, default false). */
  archived?: boolean | null | undefined;
  /** Who is billed for the freight. */
  billTo?: ShipwellBillToInput | null | undefined;
  /** Key-value custom data of the order: an object, or the JSON string of one as the documented example sends it. */
  customData?: unknown;
  /** Description of the order (the unified `note`). */
  description?: string | null | undefined;
  /** Last day of the order, YYYY-MM-DD. */
  expirationDate?: string | null | undefined;
  /** Lines of the order. */
  items?: Array<ShipwellItemInput> | null | undefined;
  /** Name of the order. */
  name?: string | null | undefined;
  /** Your order number, unique in the Shipwell account, at most 64 characters (Shipwell `order_number`). */
  orderNumber: string;
  /** Reference numbers of the order. */
  references?: Array<ShipwellReferenceInput> | null | undefined;
  /** Where the goods are picked up. */
  shipFrom?: ShipwellStopInput | null | undefined;
  /** Where the goods are delivered. */
  shipTo: ShipwellStopInput;
  /** Where the order was created, e.g. SHIPWELL_WEB (Shipwell `source`, a CreatedBySource; sent as given). */
  source?: string | null | undefined;
  /** Id of the order in your system, at most 64 characters (deprecated by Shipwell). */
  sourceSystemId?: string | null | undefined;
  /** First day of the order, YYYY-MM-DD. */
  startDate?: string | null | undefined;
  /** Supplier of the purchase order. */
  supplier?: ShipwellSupplierInput | null | undefined;
  /** Whether the supplier may create releases (default false). */
  supplierCreatedReleasesAllowed?: boolean | null | undefined;
  /** Ids or slugs of tags of the Shipwell account, e.g. "urgent". */
  tags?: Array<string> | null | undefined;
};

/** A Sitoo service order: services to perform on a customer's product in a store. */
export type CreateSitooServiceOrderInput = {
  /** The user creating the order (Sitoo `author`). */
  author: SitooUserInput;
  /** ISO 4217 currency of the prices, alpha-3 uppercased, e.g. SEK. */
  currency: string;
  /** The customer. */
  customer: SitooCustomerInput;
  /** Note on the order. */
  note?: string | null | undefined;
  /** The staff member responsible for the order. */
  owner: SitooUserInput;
  /** The product being serviced and its services. */
  product: SitooProductInput;
  /** The store the order belongs to. */
  store: SitooStoreInput;
};

/** A SOGET S'mouv transport order (customer order): containers with their events, for one customs flow. */
export type CreateSogetTransportOrderInput = {
  /** Who carries the containers. */
  carrier: SogetActorInput;
  /** Importer or exporter reference (max 256). */
  clientReference?: string | null | undefined;
  /** General comment (max 1024). */
  comment?: string | null | undefined;
  /** The containers; at least one. */
  containers: Array<SogetContainerInput>;
  /** Contract terms (max 1024). */
  contractTermsInformation?: string | null | undefined;
  /** Who gives the order; your organization's actor when omitted. */
  contractor?: SogetActorInput | null | undefined;
  /** The customs flow. */
  customsFlag: SogetCustomsFlag;
  /** Date of the order. */
  date?: string | null | undefined;
  /** Instructions for the driver (max 1024). */
  instructionsInformation?: string | null | undefined;
  /** About pricing (max 1024). */
  priceInformation?: string | null | undefined;
  /** Who made the order (max 256). */
  sender?: string | null | undefined;
  /** Your transport order number (1 to 256); unique per contractor. */
  transportOrderNumber: string;
  /** The voyage. */
  voyage?: SogetVoyageInput | null | undefined;
};

/** A VU Custom order: customised products for a sold-to and a ship-to party (VU `POST /api/v1/orders`). */
export type CreateVuOrderInput = {
  /** B2B information, a JSON object (VU `b2b`); VU's table says it is required for B2B orders, its own B2B example sends none, so ordergraph lets VU decide. */
  b2b?: unknown;
  /** Currency of the prices, e.g. USD (VU `currency`). */
  currency: string;
  /** Key-value pairs of custom order data, a JSON object (VU `custom_attributes`). */
  customAttributes?: unknown;
  /** Order notes (VU `note`). */
  note?: string | null | undefined;
  /** When the order was placed (VU `order_date`). */
  orderDate: string;
  /** The order lines; at least one (VU `order_lines`). */
  orderLines: Array<VuOrderLineInput>;
  /** Your unique order number, without commas (VU `order_number`). */
  orderNumber: string;
  /** Purchase order number (VU `purchase_order_number`). */
  purchaseOrderNumber?: string | null | undefined;
  /** Sales channel (VU `sales_channel`). */
  salesChannel: VuSalesChannel;
  /** Sales order number (VU `sales_order_number`). */
  salesOrderNumber?: string | null | undefined;
  /** Carrier code, e.g. UPS (VU `ship_method_carrier`). */
  shipMethodCarrier: string;
  /** Service level code (VU `ship_method_code`). */
  shipMethodCode: string;
  /** Service description, e.g. UPS Ground Residential (VU `ship_method_description`). */
  shipMethodDescription: string;
  /** Where the goods go (VU `ship_to`). */
  shipTo: VuPartyInput;
  /** Who is billed (VU `sold_to`). */
  soldTo: VuPartyInput;
  /** Order tags (VU `tags`), sent as JSON strings; the list may be empty. */
  tags?: Array<string> | null | undefined;
};

/** What an Octopi service order is about. */
export type OctopiCargoType =
  /** Break-bulk cargo. */
  | 'BREAKBULK'
  /** Containers. */
  | 'CONTAINER';

/** Which changes to read; every part left out matches everything, all given parts must match. */
export type OrderChangeFilter = {
  /** Only these kinds of change. */
  kinds?: Array<OrderChangeKind> | null | undefined;
  /** Only changes of these orders (global ids, at most 100). */
  orderIds?: Array<string | number> | null | undefined;
  /** Only changes of these providers (default: every provider the API key may see). */
  providers?: Array<Provider> | null | undefined;
};

/** What happened to an order, as ordergraph saw it at the vendor. */
export type OrderChangeKind =
  /** The order moved to CANCELLED. */
  | 'CANCELLED'
  /** The order appeared at the vendor. */
  | 'CREATED'
  /** The vendor no longer lists the order; `order` is how it was last seen. */
  | 'DISAPPEARED'
  /** Fields other than the status changed (named in `changedFields`). */
  | 'FIELDS_CHANGED'
  /** The unified status moved (`previousStatus` to `order.status`); other fields may have changed with it (`changedFields`). */
  | 'STATUS_CHANGED';

/** Filters of `orders`; all given filters must match. */
export type OrderFilter = {
  /** Only orders that touch this container number. */
  containerNumber?: string | null | undefined;
  /** Only orders created at or after this instant. */
  createdFrom?: string | null | undefined;
  /** Only orders created at or before this instant. */
  createdTo?: string | null | undefined;
  /** Only the order(s) with exactly this order number. */
  orderNumber?: string | null | undefined;
  /** Only these providers (default: every configured provider). */
  providers?: Array<Provider> | null | undefined;
  /** Only orders in one of these unified statuses. */
  statuses?: Array<OrderStatus> | null | undefined;
};

/** The unified status of an order across vendors; the vendor's own value is in `providerStatus`. */
export type OrderStatus =
  /** Accepted by the party that will carry it out. */
  | 'ACCEPTED'
  /** Cancelled. */
  | 'CANCELLED'
  /** Done, delivered or closed. */
  | 'COMPLETED'
  /** Not yet submitted or not ready to be worked on. */
  | 'DRAFT'
  /** Work has started (some items done, service under way). */
  | 'IN_PROGRESS'
  /** Goods or containers are moving. */
  | 'IN_TRANSIT'
  /** Submitted and waiting to be worked on. */
  | 'PENDING'
  /** Refused by the vendor or the carrier. */
  | 'REJECTED'
  /** A vendor status this version of ordergraph does not know; see `providerStatus`. */
  | 'UNKNOWN';

/** The part a person or company plays in an order. */
export type PartyRole =
  /** User who wrote the latest revision. */
  | 'AUTHOR'
  /** Billing party (of the freight). */
  | 'BILL_TO'
  /** Transport company. */
  | 'CARRIER'
  /** Party giving the transport order. */
  | 'CONTRACTOR'
  /** The end customer. */
  | 'CUSTOMER'
  /** Who placed the order. */
  | 'ORDERED_BY'
  /** Staff member responsible for the order. */
  | 'OWNER'
  /** Where the goods leave from. */
  | 'SHIP_FROM'
  /** Where the goods go. */
  | 'SHIP_TO'
  /** Who is billed. */
  | 'SOLD_TO'
  /** Store the service order belongs to. */
  | 'STORE'
  /** Supplier of a purchase order. */
  | 'SUPPLIER';

/** The vendor system an order lives in. */
export type Provider =
  /** Octopi: container depot service orders. */
  | 'OCTOPI'
  /** Shipwell: purchase orders. */
  | 'SHIPWELL'
  /** Sitoo: retail after-sales service orders. */
  | 'SITOO'
  /** SOGET S'mouv: port transport orders with containers, events and segments. */
  | 'SOGET'
  /** VU Custom: custom-product orders. */
  | 'VU';

/** The level of a transport order in an order tree. */
export type SegmentKind =
  /** The order for one container (ELM...). */
  | 'ELEMENTARY'
  /** The global customer order (CDE...). */
  | 'MASTER'
  /** A transport segment handled by the carrier (SEG...). */
  | 'TRANSPORT';

/** A Shipwell address. */
export type ShipwellAddressInput = {
  /** Country, e.g. US (the documented example shows an ISO 3166-1 alpha-2 code; Shipwell checks it). */
  country?: string | null | undefined;
  /** Latitude and longitude. */
  geolocation?: ShipwellGeolocationInput | null | undefined;
  /** First street line (`line_1`). */
  line1?: string | null | undefined;
  /** Second street line (`line_2`). */
  line2?: string | null | undefined;
  /** Third street line (`line_3`). */
  line3?: string | null | undefined;
  /** City or locality. */
  locality?: string | null | undefined;
  /** Postal or ZIP code. */
  postalCode?: string | null | undefined;
  /** State or region code, e.g. TX. */
  region?: string | null | undefined;
  /** Whether the address is residential. */
  residential?: boolean | null | undefined;
  /** Urbanization (Puerto Rico addresses). */
  urbanization?: string | null | undefined;
};

/** Who is billed for the freight (Shipwell `shipping_requirements.bill_to`). */
export type ShipwellBillToInput = {
  /** Billing account number. */
  accountNumber?: string | null | undefined;
  /** Billing address. */
  billingAddress?: ShipwellAddressInput | null | undefined;
  /** Company billed. */
  billingCompanyName?: string | null | undefined;
  /** Billing id. */
  billingId?: string | null | undefined;
  /** Billing contact. */
  contact?: ShipwellContactInput | null | undefined;
  /** Payment term, e.g. PREPAID (the documented example). */
  paymentTerm?: string | null | undefined;
};

/** A billing contact. */
export type ShipwellContactInput = {
  /** E-mail. */
  email?: string | null | undefined;
  /** Phone number. */
  phoneNumber?: string | null | undefined;
};

/** A point on the map (Shipwell `geolocation`). */
export type ShipwellGeolocationInput = {
  /** Latitude, -90 to 90. */
  latitude: number;
  /** Longitude, -180 to 180. */
  longitude: number;
};

/** A line of a Shipwell purchase order (Shipwell `items[]`, which the doc shows without a schema: this is the shape ordergraph sends, and Shipwell decides what it needs). */
export type ShipwellItemInput = {
  /** Key-value custom data of the item: an object, or the JSON string of one. */
  customData?: unknown;
  /** What the item is. */
  description?: string | null | undefined;
  /** Your product id. */
  productId?: string | null | undefined;
  /** Quantity ordered. */
  quantity?: ShipwellQuantityInput | null | undefined;
  /** Product SKU. */
  sku?: string | null | undefined;
  /** Total weight of the line. */
  totalWeight?: ShipwellWeightInput | null | undefined;
  /** Price of one unit of the quantity. */
  unitAmount?: ShipwellMoneyInput | null | undefined;
};

/** An amount of money: an exact decimal and its currency. */
export type ShipwellMoneyInput = {
  /** Currency code, e.g. USD. */
  currency?: string | null | undefined;
  /** Decimal string, e.g. "42.50"; never rounded. */
  value?: string | null | undefined;
};

/** A window of time (Shipwell `plan_window`); Shipwell decides what it needs of it. */
export type ShipwellPlanWindowInput = {
  /** End of the window. */
  end?: string | null | undefined;
  /** Start of the window. */
  start?: string | null | undefined;
};

/** A quantity: an exact decimal and its unit. */
export type ShipwellQuantityInput = {
  /** Unit of the quantity, e.g. CARTON. */
  unit?: string | null | undefined;
  /** Decimal string, e.g. "12" or "2.5", sent as given. */
  value?: string | null | undefined;
};

/** A reference number (Shipwell `references[]`). */
export type ShipwellReferenceInput = {
  /** What the reference is, e.g. ERP_PO. */
  qualifier?: string | null | undefined;
  /** The reference value. */
  value?: string | null | undefined;
};

/** A stop of a Shipwell order (ship-from or ship-to): an address, who is there and when. */
export type ShipwellStopInput = {
  /** Company at the stop. */
  companyName?: string | null | undefined;
  /** Country, e.g. US (the documented example shows an ISO 3166-1 alpha-2 code; Shipwell checks it). */
  country?: string | null | undefined;
  /** Key-value custom data of the stop: an object, or the JSON string of one as the documented example sends it. */
  customData?: unknown;
  /** Latitude and longitude. */
  geolocation?: ShipwellGeolocationInput | null | undefined;
  /** First street line (`line_1`). */
  line1?: string | null | undefined;
  /** Second street line (`line_2`). */
  line2?: string | null | undefined;
  /** Third street line (`line_3`). */
  line3?: string | null | undefined;
  /** City or locality. */
  locality?: string | null | undefined;
  /** Your number of the location, e.g. DC-DAL. */
  locationNumber?: string | null | undefined;
  /** When the goods may be picked up (ship-from) or delivered (ship-to). */
  planWindow?: ShipwellPlanWindowInput | null | undefined;
  /** Postal or ZIP code. */
  postalCode?: string | null | undefined;
  /** Reference numbers of the stop. */
  references?: Array<ShipwellReferenceInput> | null | undefined;
  /** State or region code, e.g. TX. */
  region?: string | null | undefined;
  /** Whether the address is residential. */
  residential?: boolean | null | undefined;
  /** IANA time zone of the stop, e.g. America/Chicago. */
  timezone?: string | null | undefined;
  /** Urbanization (Puerto Rico addresses). */
  urbanization?: string | null | undefined;
};

/** The supplier of a Shipwell purchase order. */
export type ShipwellSupplierInput = {
  /** Supplier address. */
  address?: ShipwellAddressInput | null | undefined;
  /** Supplier e-mail. */
  email?: string | null | undefined;
  /** Identification codes of the supplier (Shipwell `identification_codes`, which the doc shows only as an empty list): sent as given. */
  identificationCodes?: Array<unknown> | null | undefined;
  /** Supplier name. */
  name?: string | null | undefined;
  /** Supplier phone number. */
  phoneNumber?: string | null | undefined;
  /** Your id of the supplier. */
  supplierId?: string | null | undefined;
};

/** A weight: an exact decimal and its unit. */
export type ShipwellWeightInput = {
  /** Unit of the weight, e.g. LB. */
  unit?: string | null | undefined;
  /** Decimal string, e.g. "120.5". */
  value?: string | null | undefined;
};

/** The customer of a Sitoo service order (Sitoo `ServiceCustomer`). */
export type SitooCustomerInput = {
  /** E-mail. */
  email?: string | null | undefined;
  /** First name (Sitoo `first_name`). */
  firstName: string;
  /** Last name (Sitoo `last_name`). */
  lastName?: string | null | undefined;
  /** Mobile phone number, e.g. +46701112233. */
  mobile?: string | null | undefined;
};

/** The product being serviced (Sitoo `ServiceProduct`). */
export type SitooProductInput = {
  /** Name of the product. */
  name: string;
  /** Serial number of the product. */
  serial?: string | null | undefined;
  /** The services to perform on the product. */
  services: Array<SitooServiceItemInput>;
  /** SKU of the product. */
  sku: string;
};

/** A service applied to the product (Sitoo `ServiceItem`). */
export type SitooServiceItemInput = {
  /** How much of the price the customer pays, in percent, 0 to 100 (Sitoo `cost_share`). */
  costShare?: number | null | undefined;
  /** Name of the service. */
  name: string;
  /** Note on this service (required by Sitoo; "" for none). */
  note: string;
  /** Quantity. */
  quantity: number;
  /** SKU of the service, e.g. SERVICE_HEEL. */
  sku: string;
  /** Unit price including VAT as an exact decimal with two decimals, e.g. "50.00" (Sitoo `unit_price`). */
  unitPrice?: string | null | undefined;
};

/** The state of a Sitoo service order (Sitoo `state`). */
export type SitooServiceOrderState =
  /** Cancelled (`cancelled`). */
  | 'CANCELLED'
  /** Closed (`closed`). */
  | 'CLOSED'
  /** In progress (`in_progress`). */
  | 'IN_PROGRESS'
  /** New (`new`). */
  | 'NEW'
  /** Service done, waiting to be handed back (`service_done`). */
  | 'SERVICE_DONE';

/** The store a Sitoo service order belongs to (Sitoo `ServiceStore`). */
export type SitooStoreInput = {
  /** Store id, e.g. the store number (external id of the store in Sitoo). */
  id: string;
  /** Store name. */
  name: string;
};

/** A Sitoo user: the owner of an order or the author of a revision (Sitoo `ServiceUser`). */
export type SitooUserInput = {
  /** E-mail of the user. */
  email: string;
  /** Employee id of the user (Sitoo `employee_id`). */
  employeeId?: string | null | undefined;
  /** Name of the user. */
  name?: string | null | undefined;
};

/** An actor of a transport order: the contractor or the carrier. */
export type SogetActorInput = {
  /** Actor code in S'mouv's referential (max 32). A contractor needs one; a carrier without one needs `contact.email`. */
  code?: string | null | undefined;
  /** Company information. */
  company?: SogetCompanyInput | null | undefined;
  /** Contact information. */
  contact?: SogetContactInput | null | undefined;
  /** Actor name (max 256). */
  name?: string | null | undefined;
};

/** A file attached to a SOGET order, sent to SOGET as a `files` part of its multipart create. Give either `file` (an Upload: any size up to the upload limit, streamed) or `contentBase64` (a small file inside a JSON request, for clients that cannot send multipart requests). */
export type SogetAttachmentInput = {
  /** The file content, base64-encoded, inside a JSON request (its size counts against MAX_BODY_BYTES, default 1 MB). Not with `file`. */
  contentBase64?: string | null | undefined;
  /** Media type, e.g. application/pdf. Required with `contentBase64`; with `file`, the uploaded file's type by default. */
  contentType?: string | null | undefined;
  /** The file, sent by the GraphQL multipart request spec (Apollo Client with apollo-upload-client, urql). At most UPLOAD_MAX_FILE_BYTES (default 20 MiB). Its name and media type are those of the file part unless `fileName` / `contentType` say otherwise. */
  file?: File | Blob | null | undefined;
  /** File name, e.g. delivery-note.pdf. Required with `contentBase64`; with `file`, the uploaded file's name by default. */
  fileName?: string | null | undefined;
};

/** The company of an actor. */
export type SogetCompanyInput = {
  /** Where the company is. */
  location?: SogetLocationInput | null | undefined;
  /** Name of the agency (max 64). */
  name?: string | null | undefined;
};

/** A contact (SOGET `contact`). */
export type SogetContactInput = {
  /** E-mail address (max 255). */
  email?: string | null | undefined;
  /** Person or department (max 255). */
  name?: string | null | undefined;
  /** Phone number (max 255). */
  phone?: string | null | undefined;
};

/** A container of a SOGET transport order. */
export type SogetContainerInput = {
  /** Bill of lading (max 256); Import and Transfer only. */
  billOfLading?: string | null | undefined;
  /** Booking number (max 256); required for Export, Export and Transfer only. */
  bookingNumber?: string | null | undefined;
  /** Comment (max 1024). */
  comment?: string | null | undefined;
  /** Customs information (max 64). */
  customsInformation?: string | null | undefined;
  /** Events: exactly 4 for Import and Export, 2 for Transfer, the flow's types. */
  events: Array<SogetEventInput>;
  /** Goods inside. */
  goods?: Array<SogetGoodsInput> | null | undefined;
  /** Gross weight (kg). */
  grossWeight?: number | null | undefined;
  /** Reefer, hazardous, out-of-gauge indicators. */
  indicator?: SogetIndicatorInput | null | undefined;
  /** Out-of-gauge dimensions. */
  oog?: SogetOogInput | null | undefined;
  /** Refrigeration information. */
  reefer?: SogetReeferInput | null | undefined;
  /** ISO 6346 container number with its check digit; required for Import and Transfer. */
  reference?: string | null | undefined;
  /** Seal numbers. */
  sealNumbers?: Array<string> | null | undefined;
  /** Tare (kg). */
  tare?: number | null | undefined;
  /** ISO size type, 4 characters (e.g. 22G1); required for Export. */
  type?: string | null | undefined;
};

/** The customs flow of a SOGET transport order (`customsFlag`); it decides the mandatory events and the transport segments. */
export type SogetCustomsFlag =
  /** Export: EmptyReleaseExport, PositioningExport, LadingExport, DeliveryExport; segments DepotEntrepot and EntrepotTerminal. */
  | 'EXPORT'
  /** Import: LadingImport, DeliveryImport, EmptyReleaseImport, EmptyReturnImport; segments TerminalEntrepot and EntrepotDepot. */
  | 'IMPORT'
  /** Transfer: LadingTransfer, DeliveryTransfer; one SegmentTransfer. */
  | 'TRANSFER';

/** An event of a container. Each flow needs its exact set, in chronological order. */
export type SogetEventInput = {
  /** Creation or completion date. */
  creationDate?: string | null | undefined;
  /** End; not before the start. */
  endDate?: string | null | undefined;
  /** Where it happens. */
  location: SogetEventLocationInput;
  /** Start (required for DeliveryImport, PositioningExport and DeliveryTransfer). */
  startDate?: string | null | undefined;
  /** Event type. */
  type: SogetEventType;
};

/** Where an event happens: a location code of the referential, or a name with an address. */
export type SogetEventLocationInput = {
  /** Location code in S'mouv's referential (max 20), e.g. MTDF. */
  code?: string | null | undefined;
  /** Contact on site. */
  contact?: SogetContactInput | null | undefined;
  /** Address; with `name`, needed when there is no code. */
  location?: SogetLocationInput | null | undefined;
  /** Location name (max 64). */
  name?: string | null | undefined;
  /** Reference given at the event (max 64). */
  reference?: string | null | undefined;
};

/** An event a SOGET order must carry for each container. The other SOGET event types (Announced, Association, ...) are recorded by S'mouv itself. */
export type SogetEventType =
  /** Full export container delivered (Export). */
  | 'DELIVERY_EXPORT'
  /** Full container import delivered (Import); startDate required. */
  | 'DELIVERY_IMPORT'
  /** Full container delivered (Transfer); startDate required. */
  | 'DELIVERY_TRANSFER'
  /** Empty container made available (Export). */
  | 'EMPTY_RELEASE_EXPORT'
  /** Empty container recovered (Import). */
  | 'EMPTY_RELEASE_IMPORT'
  /** Empty container returned (Import). */
  | 'EMPTY_RETURN_IMPORT'
  /** Full container export handled (Export). */
  | 'LADING_EXPORT'
  /** Full container import handled (Import). */
  | 'LADING_IMPORT'
  /** Full container handled (Transfer). */
  | 'LADING_TRANSFER'
  /** Empty container positioned (Export); startDate required. */
  | 'POSITIONING_EXPORT';

/** Goods inside a container. */
export type SogetGoodsInput = {
  /** Description (max 264). */
  description?: string | null | undefined;
  /** Hazardous classes. */
  hazardousClasses?: Array<SogetHazardousClassInput> | null | undefined;
  /** Number of packages. */
  quantity?: number | null | undefined;
  /** Packaging code, UN/CEFACT (max 4). */
  type?: string | null | undefined;
  /** Volume. */
  volume?: number | null | undefined;
  /** Weight (kg). */
  weight?: number | null | undefined;
};

/** A hazardous class of goods. */
export type SogetHazardousClassInput = {
  /** IMDG code (max 11). */
  imdgCode?: string | null | undefined;
  /** Packaging group (max 11). */
  packagingGroup?: string | null | undefined;
  /** UNDG number (max 11). */
  undgCode?: string | null | undefined;
};

/** Container indicators. */
export type SogetIndicatorInput = {
  /** Hazardous (default false). */
  isHazardous?: boolean | null | undefined;
  /** Out of gauge (default false). */
  isOog?: boolean | null | undefined;
  /** Reefer (default false). */
  isReefer?: boolean | null | undefined;
};

/** A postal location (SOGET `location`). */
export type SogetLocationInput = {
  /** Street address (max 256). */
  address?: string | null | undefined;
  /** City (max 64). */
  city?: string | null | undefined;
  /** ISO 3166-1 alpha-2 country code, e.g. FR. */
  country?: string | null | undefined;
  /** Post code (max 256). */
  zipCode?: string | null | undefined;
};

/** Out-of-gauge excess dimensions, in metres. */
export type SogetOogInput = {
  /** Excess height (m). */
  height?: number | null | undefined;
  /** Excess length (m). */
  length?: number | null | undefined;
  /** Excess width (m). */
  width?: number | null | undefined;
};

/** Refrigeration information. */
export type SogetReeferInput = {
  /** Set-point temperature given by the contractor. */
  setPoint?: number | null | undefined;
};

/** The status an update may set: a Draft order may become Valid; a Valid one cannot go back to Draft. */
export type SogetStatusChange =
  /** Keep the order as a draft (not yet sent to the carrier). */
  | 'DRAFT'
  /** Validate the order so that it is sent on. */
  | 'VALID';

/** The voyage of a transport order. */
export type SogetVoyageInput = {
  /** Customs closing; Export only. */
  closingCustoms?: string | null | undefined;
  /** Dangerous goods closing; Export only. */
  closingDangerous?: string | null | undefined;
  /** Delivery closing; Export only. */
  closingDelivery?: string | null | undefined;
  /** Estimated arrival; Import and Transfer only. */
  eta?: string | null | undefined;
  /** Estimated departure; Export only. */
  etd?: string | null | undefined;
  /** Freight agent (max 256). */
  freightAgent?: string | null | undefined;
  /** Transport means (vessel) name (max 384). */
  meansName?: string | null | undefined;
  /** Shipping company (max 256). */
  shippingCompany?: string | null | undefined;
};

/** Order of a list by creation time. */
export type SortDirection =
  /** Most recently created first (the default). */
  | 'NEWEST_FIRST'
  /** Oldest first. */
  | 'OLDEST_FIRST';

/** Changes to an Octopi service order; omitted fields stay as they are. */
export type UpdateOctopiServiceOrderInput = {
  /** New comment; null clears it. */
  comment?: string | null | undefined;
  /** New due date; null clears it. */
  dueAt?: string | null | undefined;
  /** New order number. */
  orderNumber?: string | null | undefined;
};

/** Changes to a Sitoo service order. Omitted fields stay as they are; a given store, owner, customer or product replaces the current one whole. */
export type UpdateSitooServiceOrderInput = {
  /** Who writes this revision; ordergraph's configured Sitoo author when omitted. */
  author?: SitooUserInput | null | undefined;
  /** New ISO 4217 currency. */
  currency?: string | null | undefined;
  /** New customer details. */
  customer?: SitooCustomerInput | null | undefined;
  /** New note; null clears it. */
  note?: string | null | undefined;
  /** New owner. */
  owner?: SitooUserInput | null | undefined;
  /** New product and services (replaces all services). */
  product?: SitooProductInput | null | undefined;
  /** New state (e.g. IN_PROGRESS, SERVICE_DONE, CLOSED, CANCELLED). */
  state?: SitooServiceOrderState | null | undefined;
  /** New store. */
  store?: SitooStoreInput | null | undefined;
};

/** Changes to a SOGET transport order. Omitted fields stay as they are; a given field replaces the current value as a whole (`containers`: the whole list, same containers in the same order). The customs flow, the number of containers and their numbers cannot change. */
export type UpdateSogetTransportOrderInput = {
  /** Carrier. */
  carrier?: SogetActorInput | null | undefined;
  /** Importer or exporter reference (max 256). */
  clientReference?: string | null | undefined;
  /** General comment (max 1024). */
  comment?: string | null | undefined;
  /** All the containers, as they should be. */
  containers?: Array<SogetContainerInput> | null | undefined;
  /** Contract terms (max 1024). */
  contractTermsInformation?: string | null | undefined;
  /** Contractor. */
  contractor?: SogetActorInput | null | undefined;
  /** Date of the order. */
  date?: string | null | undefined;
  /** Instructions for the driver (max 1024). */
  instructionsInformation?: string | null | undefined;
  /** About pricing (max 1024). */
  priceInformation?: string | null | undefined;
  /** Who made the order (max 256). */
  sender?: string | null | undefined;
  /** Move a Draft order to Valid. */
  status?: SogetStatusChange | null | undefined;
  /** New transport order number. */
  transportOrderNumber?: string | null | undefined;
  /** The voyage. */
  voyage?: SogetVoyageInput | null | undefined;
};

/** A line of a VU Custom order: one customised product (VU `order_lines[]`). */
export type VuOrderLineInput = {
  /** Key-value pairs of custom line data, a JSON object (VU `custom_attributes`). */
  customAttributes?: unknown;
  /** Requested delivery date, as VU shows it: YYYY-MM-DD (VU `customer_requested_date`). */
  customerRequestedDate?: string | null | undefined;
  /** Manufacturing facility code (VU `factory_code`). */
  factoryCode?: string | null | undefined;
  /** Your reference of the line (VU `line_reference`). */
  lineReference?: string | null | undefined;
  /** Unit price as a whole number written as a string, e.g. "70" (VU documents `price` as Integer). Sent to VU as a JSON number with exactly these digits (VU `price`). */
  price: string;
  /** Product description (VU `product_description`). */
  productDescription: string;
  /** Quantity ordered, a whole number (VU `quantity`). */
  quantity: number;
  /** Customisation reference (VU `recipe_token`). */
  recipeToken: string;
  /** Product SKU (VU `sku`). */
  sku: string;
  /** Line tags (VU `tags`), sent as JSON strings; the list may be empty. */
  tags?: Array<string> | null | undefined;
  /** Product UPC (VU `upc`). */
  upc?: string | null | undefined;
};

/** A VU Custom ship-to or sold-to party (VU `ship_to` / `sold_to`). */
export type VuPartyInput = {
  /** Account number of the party (VU `account_number`). */
  accountNumber: string;
  /** Primary address line (VU `address_1`). */
  address1: string;
  /** Secondary address line (VU `address_2`). */
  address2?: string | null | undefined;
  /** City (VU `city`). */
  city: string;
  /** Company name (VU `company_name`). */
  companyName?: string | null | undefined;
  /** ISO 3166-1 alpha-2 country code in capitals, e.g. US (VU `country`). */
  country: string;
  /** E-mail address (VU `email`, shown in its answers). */
  email?: string | null | undefined;
  /** First name (VU `first_name`). */
  firstName: string;
  /** Last name (VU `last_name`). */
  lastName: string;
  /** Phone number, any formatting (VU `phone`). */
  phone?: string | null | undefined;
  /** Postal or ZIP code (VU `postal_code`). */
  postalCode: string;
  /** State, province or region code (VU `state_region`). */
  stateRegion: string;
};

/** The channel a VU Custom order was sold through. */
export type VuSalesChannel =
  /** Business to business. */
  | 'B2B'
  /** Business to consumer. */
  | 'B2C';

export type CancelOrderMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type CancelOrderMutation = { cancelOrder: { id: string, status: OrderStatus, providerStatus: string } };

export type ContainerQueryVariables = Exact<{
  number: string;
}>;


export type ContainerQuery = { container: { number: string, iso6346Valid: boolean, sizeType: string | null, tareKg: number | null, isReefer: boolean | null, events: Array<{ type: string, startDate: string | null, endDate: string | null, creationDate: string | null, locationName: string | null, orderId: string | null }>, orders: Array<{ id: string, provider: Provider, orderNumber: string, status: OrderStatus, createdAt: string }> } | null };

export type CreateOctopiServiceOrderMutationVariables = Exact<{
  input: CreateOctopiServiceOrderInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateOctopiServiceOrderMutation = { createOctopiServiceOrder: { id: string, provider: Provider, providerId: string, orderNumber: string, status: OrderStatus, providerStatus: string, createdAt: string, updatedAt: string | null, dueAt: string | null, currency: string | null, note: string | null, revision: string | null, orderType: string | null, tags: Array<string>, references: Array<{ type: string, value: string }>, shippingMethod: { carrier: string | null, code: string | null, description: string | null } | null, voyage: { meansName: string | null, freightAgent: string | null, shippingCompany: string | null, eta: string | null, etd: string | null, closingCustoms: string | null, closingDangerous: string | null, closingDelivery: string | null } | null, parties: Array<{ role: PartyRole, code: string | null, name: string | null, companyName: string | null, email: string | null, phone: string | null, address: { lines: Array<string>, city: string | null, postalCode: string | null, region: string | null, country: string | null, latitude: number | null, longitude: number | null, timezone: string | null } | null }>, serviceItems: Array<{ id: string | null, code: string, name: string | null, serviceType: string | null, status: OrderStatus | null, providerStatus: string | null, quantity: number | null, costShare: number | null, note: string | null, containerNumber: string | null, productSku: string | null, productName: string | null, unitPrice: { amount: string, currency: string | null } | null }>, lines: Array<{ id: string | null, sku: string | null, description: string | null, quantity: string | null, unit: string | null, status: OrderStatus | null, providerStatus: string | null, reference: string | null, exFactoryDate: string | null, unitPrice: { amount: string, currency: string | null } | null, fulfillments: Array<{ id: string | null, trackingNumber: string | null, carrierName: string | null, carrierCode: string | null, serviceName: string | null, quantity: number | null, createdAt: string | null }> }>, containers: Array<{ number: string, orderId: string, iso6346Valid: boolean, sizeType: string | null, grossWeightKg: number | null, tareKg: number | null, sealNumbers: Array<string>, isReefer: boolean | null, reeferSetPoint: number | null, isHazardous: boolean | null, isOutOfGauge: boolean | null, billOfLading: string | null, bookingNumber: string | null, comment: string | null, hazardousClasses: Array<{ imdgCode: string | null, undgCode: string | null, packagingGroup: string | null }>, outOfGauge: { length: number | null, width: number | null, height: number | null } | null, goods: Array<{ description: string | null, packagingCode: string | null, quantity: number | null, weightKg: number | null, volume: number | null }>, events: Array<{ type: string, startDate: string | null, endDate: string | null, creationDate: string | null, locationCode: string | null, locationName: string | null, reference: string | null, orderId: string | null }> }>, segments: Array<{ id: string, kind: SegmentKind, type: string, parentId: string | null, containerNumber: string | null, transportOrderNumber: string | null, providerStatus: string | null }> } };

export type CreateShipwellPurchaseOrderMutationVariables = Exact<{
  input: CreateShipwellPurchaseOrderInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateShipwellPurchaseOrderMutation = { createShipwellPurchaseOrder: { id: string, provider: Provider, providerId: string, orderNumber: string, status: OrderStatus, providerStatus: string, createdAt: string, updatedAt: string | null, dueAt: string | null, currency: string | null, note: string | null, revision: string | null, orderType: string | null, tags: Array<string>, references: Array<{ type: string, value: string }>, shippingMethod: { carrier: string | null, code: string | null, description: string | null } | null, voyage: { meansName: string | null, freightAgent: string | null, shippingCompany: string | null, eta: string | null, etd: string | null, closingCustoms: string | null, closingDangerous: string | null, closingDelivery: string | null } | null, parties: Array<{ role: PartyRole, code: string | null, name: string | null, companyName: string | null, email: string | null, phone: string | null, address: { lines: Array<string>, city: string | null, postalCode: string | null, region: string | null, country: string | null, latitude: number | null, longitude: number | null, timezone: string | null } | null }>, serviceItems: Array<{ id: string | null, code: string, name: string | null, serviceType: string | null, status: OrderStatus | null, providerStatus: string | null, quantity: number | null, costShare: number | null, note: string | null, containerNumber: string | null, productSku: string | null, productName: string | null, unitPrice: { amount: string, currency: string | null } | null }>, lines: Array<{ id: string | null, sku: string | null, description: string | null, quantity: string | null, unit: string | null, status: OrderStatus | null, providerStatus: string | null, reference: string | null, exFactoryDate: string | null, unitPrice: { amount: string, currency: string | null } | null, fulfillments: Array<{ id: string | null, trackingNumber: string | null, carrierName: string | null, carrierCode: string | null, serviceName: string | null, quantity: number | null, createdAt: string | null }> }>, containers: Array<{ number: string, orderId: string, iso6346Valid: boolean, sizeType: string | null, grossWeightKg: number | null, tareKg: number | null, sealNumbers: Array<string>, isReefer: boolean | null, reeferSetPoint: number | null, isHazardous: boolean | null, isOutOfGauge: boolean | null, billOfLading: string | null, bookingNumber: string | null, comment: string | null, hazardousClasses: Array<{ imdgCode: string | null, undgCode: string | null, packagingGroup: string | null }>, outOfGauge: { length: number | null, width: number | null, height: number | null } | null, goods: Array<{ description: string | null, packagingCode: string | null, quantity: number | null, weightKg: number | null, volume: number | null }>, events: Array<{ type: string, startDate: string | null, endDate: string | null, creationDate: string | null, locationCode: string | null, locationName: string | null, reference: string | null, orderId: string | null }> }>, segments: Array<{ id: string, kind: SegmentKind, type: string, parentId: string | null, containerNumber: string | null, transportOrderNumber: string | null, providerStatus: string | null }> } };

export type CreateSitooServiceOrderMutationVariables = Exact<{
  input: CreateSitooServiceOrderInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateSitooServiceOrderMutation = { createSitooServiceOrder: { id: string, provider: Provider, providerId: string, orderNumber: string, status: OrderStatus, providerStatus: string, createdAt: string, updatedAt: string | null, dueAt: string | null, currency: string | null, note: string | null, revision: string | null, orderType: string | null, tags: Array<string>, references: Array<{ type: string, value: string }>, shippingMethod: { carrier: string | null, code: string | null, description: string | null } | null, voyage: { meansName: string | null, freightAgent: string | null, shippingCompany: string | null, eta: string | null, etd: string | null, closingCustoms: string | null, closingDangerous: string | null, closingDelivery: string | null } | null, parties: Array<{ role: PartyRole, code: string | null, name: string | null, companyName: string | null, email: string | null, phone: string | null, address: { lines: Array<string>, city: string | null, postalCode: string | null, region: string | null, country: string | null, latitude: number | null, longitude: number | null, timezone: string | null } | null }>, serviceItems: Array<{ id: string | null, code: string, name: string | null, serviceType: string | null, status: OrderStatus | null, providerStatus: string | null, quantity: number | null, costShare: number | null, note: string | null, containerNumber: string | null, productSku: string | null, productName: string | null, unitPrice: { amount: string, currency: string | null } | null }>, lines: Array<{ id: string | null, sku: string | null, description: string | null, quantity: string | null, unit: string | null, status: OrderStatus | null, providerStatus: string | null, reference: string | null, exFactoryDate: string | null, unitPrice: { amount: string, currency: string | null } | null, fulfillments: Array<{ id: string | null, trackingNumber: string | null, carrierName: string | null, carrierCode: string | null, serviceName: string | null, quantity: number | null, createdAt: string | null }> }>, containers: Array<{ number: string, orderId: string, iso6346Valid: boolean, sizeType: string | null, grossWeightKg: number | null, tareKg: number | null, sealNumbers: Array<string>, isReefer: boolean | null, reeferSetPoint: number | null, isHazardous: boolean | null, isOutOfGauge: boolean | null, billOfLading: string | null, bookingNumber: string | null, comment: string | null, hazardousClasses: Array<{ imdgCode: string | null, undgCode: string | null, packagingGroup: string | null }>, outOfGauge: { length: number | null, width: number | null, height: number | null } | null, goods: Array<{ description: string | null, packagingCode: string | null, quantity: number | null, weightKg: number | null, volume: number | null }>, events: Array<{ type: string, startDate: string | null, endDate: string | null, creationDate: string | null, locationCode: string | null, locationName: string | null, reference: string | null, orderId: string | null }> }>, segments: Array<{ id: string, kind: SegmentKind, type: string, parentId: string | null, containerNumber: string | null, transportOrderNumber: string | null, providerStatus: string | null }> } };

export type CreateSogetTransportOrderMutationVariables = Exact<{
  input: CreateSogetTransportOrderInput;
  attachments?: Array<SogetAttachmentInput> | SogetAttachmentInput | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateSogetTransportOrderMutation = { createSogetTransportOrder: { id: string, provider: Provider, providerId: string, orderNumber: string, status: OrderStatus, providerStatus: string, createdAt: string, updatedAt: string | null, dueAt: string | null, currency: string | null, note: string | null, revision: string | null, orderType: string | null, tags: Array<string>, references: Array<{ type: string, value: string }>, shippingMethod: { carrier: string | null, code: string | null, description: string | null } | null, voyage: { meansName: string | null, freightAgent: string | null, shippingCompany: string | null, eta: string | null, etd: string | null, closingCustoms: string | null, closingDangerous: string | null, closingDelivery: string | null } | null, parties: Array<{ role: PartyRole, code: string | null, name: string | null, companyName: string | null, email: string | null, phone: string | null, address: { lines: Array<string>, city: string | null, postalCode: string | null, region: string | null, country: string | null, latitude: number | null, longitude: number | null, timezone: string | null } | null }>, serviceItems: Array<{ id: string | null, code: string, name: string | null, serviceType: string | null, status: OrderStatus | null, providerStatus: string | null, quantity: number | null, costShare: number | null, note: string | null, containerNumber: string | null, productSku: string | null, productName: string | null, unitPrice: { amount: string, currency: string | null } | null }>, lines: Array<{ id: string | null, sku: string | null, description: string | null, quantity: string | null, unit: string | null, status: OrderStatus | null, providerStatus: string | null, reference: string | null, exFactoryDate: string | null, unitPrice: { amount: string, currency: string | null } | null, fulfillments: Array<{ id: string | null, trackingNumber: string | null, carrierName: string | null, carrierCode: string | null, serviceName: string | null, quantity: number | null, createdAt: string | null }> }>, containers: Array<{ number: string, orderId: string, iso6346Valid: boolean, sizeType: string | null, grossWeightKg: number | null, tareKg: number | null, sealNumbers: Array<string>, isReefer: boolean | null, reeferSetPoint: number | null, isHazardous: boolean | null, isOutOfGauge: boolean | null, billOfLading: string | null, bookingNumber: string | null, comment: string | null, hazardousClasses: Array<{ imdgCode: string | null, undgCode: string | null, packagingGroup: string | null }>, outOfGauge: { length: number | null, width: number | null, height: number | null } | null, goods: Array<{ description: string | null, packagingCode: string | null, quantity: number | null, weightKg: number | null, volume: number | null }>, events: Array<{ type: string, startDate: string | null, endDate: string | null, creationDate: string | null, locationCode: string | null, locationName: string | null, reference: string | null, orderId: string | null }> }>, segments: Array<{ id: string, kind: SegmentKind, type: string, parentId: string | null, containerNumber: string | null, transportOrderNumber: string | null, providerStatus: string | null }> } };

export type CreateVuOrderMutationVariables = Exact<{
  input: CreateVuOrderInput;
  idempotencyKey?: string | null | undefined;
}>;


export type CreateVuOrderMutation = { createVuOrder: { id: string, provider: Provider, providerId: string, orderNumber: string, status: OrderStatus, providerStatus: string, createdAt: string, updatedAt: string | null, dueAt: string | null, currency: string | null, note: string | null, revision: string | null, orderType: string | null, tags: Array<string>, references: Array<{ type: string, value: string }>, shippingMethod: { carrier: string | null, code: string | null, description: string | null } | null, voyage: { meansName: string | null, freightAgent: string | null, shippingCompany: string | null, eta: string | null, etd: string | null, closingCustoms: string | null, closingDangerous: string | null, closingDelivery: string | null } | null, parties: Array<{ role: PartyRole, code: string | null, name: string | null, companyName: string | null, email: string | null, phone: string | null, address: { lines: Array<string>, city: string | null, postalCode: string | null, region: string | null, country: string | null, latitude: number | null, longitude: number | null, timezone: string | null } | null }>, serviceItems: Array<{ id: string | null, code: string, name: string | null, serviceType: string | null, status: OrderStatus | null, providerStatus: string | null, quantity: number | null, costShare: number | null, note: string | null, containerNumber: string | null, productSku: string | null, productName: string | null, unitPrice: { amount: string, currency: string | null } | null }>, lines: Array<{ id: string | null, sku: string | null, description: string | null, quantity: string | null, unit: string | null, status: OrderStatus | null, providerStatus: string | null, reference: string | null, exFactoryDate: string | null, unitPrice: { amount: string, currency: string | null } | null, fulfillments: Array<{ id: string | null, trackingNumber: string | null, carrierName: string | null, carrierCode: string | null, serviceName: string | null, quantity: number | null, createdAt: string | null }> }>, containers: Array<{ number: string, orderId: string, iso6346Valid: boolean, sizeType: string | null, grossWeightKg: number | null, tareKg: number | null, sealNumbers: Array<string>, isReefer: boolean | null, reeferSetPoint: number | null, isHazardous: boolean | null, isOutOfGauge: boolean | null, billOfLading: string | null, bookingNumber: string | null, comment: string | null, hazardousClasses: Array<{ imdgCode: string | null, undgCode: string | null, packagingGroup: string | null }>, outOfGauge: { length: number | null, width: number | null, height: number | null } | null, goods: Array<{ description: string | null, packagingCode: string | null, quantity: number | null, weightKg: number | null, volume: number | null }>, events: Array<{ type: string, startDate: string | null, endDate: string | null, creationDate: string | null, locationCode: string | null, locationName: string | null, reference: string | null, orderId: string | null }> }>, segments: Array<{ id: string, kind: SegmentKind, type: string, parentId: string | null, containerNumber: string | null, transportOrderNumber: string | null, providerStatus: string | null }> } };

export type ExportOrdersQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ExportOrdersQuery = { orders: { edges: Array<{ node: { id: string, provider: Provider, providerId: string, orderNumber: string, status: OrderStatus, providerStatus: string, createdAt: string, updatedAt: string | null, dueAt: string | null, currency: string | null, note: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type GetOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type GetOrderQuery = { order: { id: string, provider: Provider, providerId: string, orderNumber: string, status: OrderStatus, providerStatus: string, createdAt: string, updatedAt: string | null, dueAt: string | null, currency: string | null, note: string | null, revision: string | null, orderType: string | null, tags: Array<string>, references: Array<{ type: string, value: string }>, shippingMethod: { carrier: string | null, code: string | null, description: string | null } | null, voyage: { meansName: string | null, freightAgent: string | null, shippingCompany: string | null, eta: string | null, etd: string | null, closingCustoms: string | null, closingDangerous: string | null, closingDelivery: string | null } | null, parties: Array<{ role: PartyRole, code: string | null, name: string | null, companyName: string | null, email: string | null, phone: string | null, address: { lines: Array<string>, city: string | null, postalCode: string | null, region: string | null, country: string | null, latitude: number | null, longitude: number | null, timezone: string | null } | null }>, serviceItems: Array<{ id: string | null, code: string, name: string | null, serviceType: string | null, status: OrderStatus | null, providerStatus: string | null, quantity: number | null, costShare: number | null, note: string | null, containerNumber: string | null, productSku: string | null, productName: string | null, unitPrice: { amount: string, currency: string | null } | null }>, lines: Array<{ id: string | null, sku: string | null, description: string | null, quantity: string | null, unit: string | null, status: OrderStatus | null, providerStatus: string | null, reference: string | null, exFactoryDate: string | null, unitPrice: { amount: string, currency: string | null } | null, fulfillments: Array<{ id: string | null, trackingNumber: string | null, carrierName: string | null, carrierCode: string | null, serviceName: string | null, quantity: number | null, createdAt: string | null }> }>, containers: Array<{ number: string, orderId: string, iso6346Valid: boolean, sizeType: string | null, grossWeightKg: number | null, tareKg: number | null, sealNumbers: Array<string>, isReefer: boolean | null, reeferSetPoint: number | null, isHazardous: boolean | null, isOutOfGauge: boolean | null, billOfLading: string | null, bookingNumber: string | null, comment: string | null, hazardousClasses: Array<{ imdgCode: string | null, undgCode: string | null, packagingGroup: string | null }>, outOfGauge: { length: number | null, width: number | null, height: number | null } | null, goods: Array<{ description: string | null, packagingCode: string | null, quantity: number | null, weightKg: number | null, volume: number | null }>, events: Array<{ type: string, startDate: string | null, endDate: string | null, creationDate: string | null, locationCode: string | null, locationName: string | null, reference: string | null, orderId: string | null }> }>, segments: Array<{ id: string, kind: SegmentKind, type: string, parentId: string | null, containerNumber: string | null, transportOrderNumber: string | null, providerStatus: string | null }> } | null };

export type ListOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrderFilter | null | undefined;
  orderBy?: SortDirection | null | undefined;
}>;


export type ListOrdersQuery = { orders: { edges: Array<{ cursor: string, node: { id: string, provider: Provider, orderNumber: string, status: OrderStatus, providerStatus: string, createdAt: string, dueAt: string | null, containers: Array<{ number: string }>, serviceItems: Array<{ code: string, name: string | null, status: OrderStatus | null }> } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type OrderByNumberQueryVariables = Exact<{
  provider: Provider;
  orderNumber: string;
}>;


export type OrderByNumberQuery = { orderByNumber: { id: string, provider: Provider, providerId: string, orderNumber: string, status: OrderStatus, providerStatus: string, createdAt: string, updatedAt: string | null, dueAt: string | null, currency: string | null, note: string | null, revision: string | null, orderType: string | null, tags: Array<string>, references: Array<{ type: string, value: string }>, shippingMethod: { carrier: string | null, code: string | null, description: string | null } | null, voyage: { meansName: string | null, freightAgent: string | null, shippingCompany: string | null, eta: string | null, etd: string | null, closingCustoms: string | null, closingDangerous: string | null, closingDelivery: string | null } | null, parties: Array<{ role: PartyRole, code: string | null, name: string | null, companyName: string | null, email: string | null, phone: string | null, address: { lines: Array<string>, city: string | null, postalCode: string | null, region: string | null, country: string | null, latitude: number | null, longitude: number | null, timezone: string | null } | null }>, serviceItems: Array<{ id: string | null, code: string, name: string | null, serviceType: string | null, status: OrderStatus | null, providerStatus: string | null, quantity: number | null, costShare: number | null, note: string | null, containerNumber: string | null, productSku: string | null, productName: string | null, unitPrice: { amount: string, currency: string | null } | null }>, lines: Array<{ id: string | null, sku: string | null, description: string | null, quantity: string | null, unit: string | null, status: OrderStatus | null, providerStatus: string | null, reference: string | null, exFactoryDate: string | null, unitPrice: { amount: string, currency: string | null } | null, fulfillments: Array<{ id: string | null, trackingNumber: string | null, carrierName: string | null, carrierCode: string | null, serviceName: string | null, quantity: number | null, createdAt: string | null }> }>, containers: Array<{ number: string, orderId: string, iso6346Valid: boolean, sizeType: string | null, grossWeightKg: number | null, tareKg: number | null, sealNumbers: Array<string>, isReefer: boolean | null, reeferSetPoint: number | null, isHazardous: boolean | null, isOutOfGauge: boolean | null, billOfLading: string | null, bookingNumber: string | null, comment: string | null, hazardousClasses: Array<{ imdgCode: string | null, undgCode: string | null, packagingGroup: string | null }>, outOfGauge: { length: number | null, width: number | null, height: number | null } | null, goods: Array<{ description: string | null, packagingCode: string | null, quantity: number | null, weightKg: number | null, volume: number | null }>, events: Array<{ type: string, startDate: string | null, endDate: string | null, creationDate: string | null, locationCode: string | null, locationName: string | null, reference: string | null, orderId: string | null }> }>, segments: Array<{ id: string, kind: SegmentKind, type: string, parentId: string | null, containerNumber: string | null, transportOrderNumber: string | null, providerStatus: string | null }> } | null };

export type OrderChangedSubscriptionVariables = Exact<{
  filter?: OrderChangeFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type OrderChangedSubscription = { orderChanged: { sequence: string, cursor: string, eventId: string, kind: OrderChangeKind, provider: Provider, orderId: string, previousStatus: OrderStatus | null, changedFields: Array<string>, detectedAt: string, order: { id: string, orderNumber: string, status: OrderStatus, providerStatus: string, updatedAt: string | null } } };

export type OrderChangesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
  filter?: OrderChangeFilter | null | undefined;
}>;


export type OrderChangesQuery = { orderChanges: { edges: Array<{ cursor: string, node: { eventId: string, sequence: string, kind: OrderChangeKind, provider: Provider, orderId: string, previousStatus: OrderStatus | null, changedFields: Array<string>, detectedAt: string, order: { id: string, orderNumber: string, status: OrderStatus, providerStatus: string, updatedAt: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OrderContainersQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderContainersQuery = { order: { id: string, orderNumber: string, containers: Array<{ number: string, sealNumbers: Array<string>, grossWeightKg: number | null, isHazardous: boolean | null, goods: Array<{ description: string | null, quantity: number | null, weightKg: number | null }>, events: Array<{ type: string, startDate: string | null, locationName: string | null }>, container: { number: string, iso6346Valid: boolean, sizeType: string | null, isReefer: boolean | null, orders: Array<{ id: string, provider: Provider, orderNumber: string, status: OrderStatus }> } }> } | null };

export type OrderFieldsFragment = { id: string, provider: Provider, providerId: string, orderNumber: string, status: OrderStatus, providerStatus: string, createdAt: string, updatedAt: string | null, dueAt: string | null, currency: string | null, note: string | null, revision: string | null, orderType: string | null, tags: Array<string>, references: Array<{ type: string, value: string }>, shippingMethod: { carrier: string | null, code: string | null, description: string | null } | null, voyage: { meansName: string | null, freightAgent: string | null, shippingCompany: string | null, eta: string | null, etd: string | null, closingCustoms: string | null, closingDangerous: string | null, closingDelivery: string | null } | null, parties: Array<{ role: PartyRole, code: string | null, name: string | null, companyName: string | null, email: string | null, phone: string | null, address: { lines: Array<string>, city: string | null, postalCode: string | null, region: string | null, country: string | null, latitude: number | null, longitude: number | null, timezone: string | null } | null }>, serviceItems: Array<{ id: string | null, code: string, name: string | null, serviceType: string | null, status: OrderStatus | null, providerStatus: string | null, quantity: number | null, costShare: number | null, note: string | null, containerNumber: string | null, productSku: string | null, productName: string | null, unitPrice: { amount: string, currency: string | null } | null }>, lines: Array<{ id: string | null, sku: string | null, description: string | null, quantity: string | null, unit: string | null, status: OrderStatus | null, providerStatus: string | null, reference: string | null, exFactoryDate: string | null, unitPrice: { amount: string, currency: string | null } | null, fulfillments: Array<{ id: string | null, trackingNumber: string | null, carrierName: string | null, carrierCode: string | null, serviceName: string | null, quantity: number | null, createdAt: string | null }> }>, containers: Array<{ number: string, orderId: string, iso6346Valid: boolean, sizeType: string | null, grossWeightKg: number | null, tareKg: number | null, sealNumbers: Array<string>, isReefer: boolean | null, reeferSetPoint: number | null, isHazardous: boolean | null, isOutOfGauge: boolean | null, billOfLading: string | null, bookingNumber: string | null, comment: string | null, hazardousClasses: Array<{ imdgCode: string | null, undgCode: string | null, packagingGroup: string | null }>, outOfGauge: { length: number | null, width: number | null, height: number | null } | null, goods: Array<{ description: string | null, packagingCode: string | null, quantity: number | null, weightKg: number | null, volume: number | null }>, events: Array<{ type: string, startDate: string | null, endDate: string | null, creationDate: string | null, locationCode: string | null, locationName: string | null, reference: string | null, orderId: string | null }> }>, segments: Array<{ id: string, kind: SegmentKind, type: string, parentId: string | null, containerNumber: string | null, transportOrderNumber: string | null, providerStatus: string | null }> };

export type ProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ProvidersQuery = { providers: Array<{ provider: Provider, reachable: boolean, circuit: string, error: string | null, checkMs: number | null, checkedAt: string | null, latencyP50Ms: number | null, latencyP95Ms: number | null, calls: number, failures: number, operations: Array<string> }> };

export type UpdateOctopiServiceOrderMutationVariables = Exact<{
  id: string | number;
  input: UpdateOctopiServiceOrderInput;
}>;


export type UpdateOctopiServiceOrderMutation = { updateOctopiServiceOrder: { id: string, provider: Provider, providerId: string, orderNumber: string, status: OrderStatus, providerStatus: string, createdAt: string, updatedAt: string | null, dueAt: string | null, currency: string | null, note: string | null, revision: string | null, orderType: string | null, tags: Array<string>, references: Array<{ type: string, value: string }>, shippingMethod: { carrier: string | null, code: string | null, description: string | null } | null, voyage: { meansName: string | null, freightAgent: string | null, shippingCompany: string | null, eta: string | null, etd: string | null, closingCustoms: string | null, closingDangerous: string | null, closingDelivery: string | null } | null, parties: Array<{ role: PartyRole, code: string | null, name: string | null, companyName: string | null, email: string | null, phone: string | null, address: { lines: Array<string>, city: string | null, postalCode: string | null, region: string | null, country: string | null, latitude: number | null, longitude: number | null, timezone: string | null } | null }>, serviceItems: Array<{ id: string | null, code: string, name: string | null, serviceType: string | null, status: OrderStatus | null, providerStatus: string | null, quantity: number | null, costShare: number | null, note: string | null, containerNumber: string | null, productSku: string | null, productName: string | null, unitPrice: { amount: string, currency: string | null } | null }>, lines: Array<{ id: string | null, sku: string | null, description: string | null, quantity: string | null, unit: string | null, status: OrderStatus | null, providerStatus: string | null, reference: string | null, exFactoryDate: string | null, unitPrice: { amount: string, currency: string | null } | null, fulfillments: Array<{ id: string | null, trackingNumber: string | null, carrierName: string | null, carrierCode: string | null, serviceName: string | null, quantity: number | null, createdAt: string | null }> }>, containers: Array<{ number: string, orderId: string, iso6346Valid: boolean, sizeType: string | null, grossWeightKg: number | null, tareKg: number | null, sealNumbers: Array<string>, isReefer: boolean | null, reeferSetPoint: number | null, isHazardous: boolean | null, isOutOfGauge: boolean | null, billOfLading: string | null, bookingNumber: string | null, comment: string | null, hazardousClasses: Array<{ imdgCode: string | null, undgCode: string | null, packagingGroup: string | null }>, outOfGauge: { length: number | null, width: number | null, height: number | null } | null, goods: Array<{ description: string | null, packagingCode: string | null, quantity: number | null, weightKg: number | null, volume: number | null }>, events: Array<{ type: string, startDate: string | null, endDate: string | null, creationDate: string | null, locationCode: string | null, locationName: string | null, reference: string | null, orderId: string | null }> }>, segments: Array<{ id: string, kind: SegmentKind, type: string, parentId: string | null, containerNumber: string | null, transportOrderNumber: string | null, providerStatus: string | null }> } };

export type UpdateSitooServiceOrderMutationVariables = Exact<{
  id: string | number;
  revision: string;
  input: UpdateSitooServiceOrderInput;
}>;


export type UpdateSitooServiceOrderMutation = { updateSitooServiceOrder: { id: string, provider: Provider, providerId: string, orderNumber: string, status: OrderStatus, providerStatus: string, createdAt: string, updatedAt: string | null, dueAt: string | null, currency: string | null, note: string | null, revision: string | null, orderType: string | null, tags: Array<string>, references: Array<{ type: string, value: string }>, shippingMethod: { carrier: string | null, code: string | null, description: string | null } | null, voyage: { meansName: string | null, freightAgent: string | null, shippingCompany: string | null, eta: string | null, etd: string | null, closingCustoms: string | null, closingDangerous: string | null, closingDelivery: string | null } | null, parties: Array<{ role: PartyRole, code: string | null, name: string | null, companyName: string | null, email: string | null, phone: string | null, address: { lines: Array<string>, city: string | null, postalCode: string | null, region: string | null, country: string | null, latitude: number | null, longitude: number | null, timezone: string | null } | null }>, serviceItems: Array<{ id: string | null, code: string, name: string | null, serviceType: string | null, status: OrderStatus | null, providerStatus: string | null, quantity: number | null, costShare: number | null, note: string | null, containerNumber: string | null, productSku: string | null, productName: string | null, unitPrice: { amount: string, currency: string | null } | null }>, lines: Array<{ id: string | null, sku: string | null, description: string | null, quantity: string | null, unit: string | null, status: OrderStatus | null, providerStatus: string | null, reference: string | null, exFactoryDate: string | null, unitPrice: { amount: string, currency: string | null } | null, fulfillments: Array<{ id: string | null, trackingNumber: string | null, carrierName: string | null, carrierCode: string | null, serviceName: string | null, quantity: number | null, createdAt: string | null }> }>, containers: Array<{ number: string, orderId: string, iso6346Valid: boolean, sizeType: string | null, grossWeightKg: number | null, tareKg: number | null, sealNumbers: Array<string>, isReefer: boolean | null, reeferSetPoint: number | null, isHazardous: boolean | null, isOutOfGauge: boolean | null, billOfLading: string | null, bookingNumber: string | null, comment: string | null, hazardousClasses: Array<{ imdgCode: string | null, undgCode: string | null, packagingGroup: string | null }>, outOfGauge: { length: number | null, width: number | null, height: number | null } | null, goods: Array<{ description: string | null, packagingCode: string | null, quantity: number | null, weightKg: number | null, volume: number | null }>, events: Array<{ type: string, startDate: string | null, endDate: string | null, creationDate: string | null, locationCode: string | null, locationName: string | null, reference: string | null, orderId: string | null }> }>, segments: Array<{ id: string, kind: SegmentKind, type: string, parentId: string | null, containerNumber: string | null, transportOrderNumber: string | null, providerStatus: string | null }> } };

export type UpdateSogetTransportOrderMutationVariables = Exact<{
  id: string | number;
  revision: string;
  input: UpdateSogetTransportOrderInput;
}>;


export type UpdateSogetTransportOrderMutation = { updateSogetTransportOrder: { id: string, provider: Provider, providerId: string, orderNumber: string, status: OrderStatus, providerStatus: string, createdAt: string, updatedAt: string | null, dueAt: string | null, currency: string | null, note: string | null, revision: string | null, orderType: string | null, tags: Array<string>, references: Array<{ type: string, value: string }>, shippingMethod: { carrier: string | null, code: string | null, description: string | null } | null, voyage: { meansName: string | null, freightAgent: string | null, shippingCompany: string | null, eta: string | null, etd: string | null, closingCustoms: string | null, closingDangerous: string | null, closingDelivery: string | null } | null, parties: Array<{ role: PartyRole, code: string | null, name: string | null, companyName: string | null, email: string | null, phone: string | null, address: { lines: Array<string>, city: string | null, postalCode: string | null, region: string | null, country: string | null, latitude: number | null, longitude: number | null, timezone: string | null } | null }>, serviceItems: Array<{ id: string | null, code: string, name: string | null, serviceType: string | null, status: OrderStatus | null, providerStatus: string | null, quantity: number | null, costShare: number | null, note: string | null, containerNumber: string | null, productSku: string | null, productName: string | null, unitPrice: { amount: string, currency: string | null } | null }>, lines: Array<{ id: string | null, sku: string | null, description: string | null, quantity: string | null, unit: string | null, status: OrderStatus | null, providerStatus: string | null, reference: string | null, exFactoryDate: string | null, unitPrice: { amount: string, currency: string | null } | null, fulfillments: Array<{ id: string | null, trackingNumber: string | null, carrierName: string | null, carrierCode: string | null, serviceName: string | null, quantity: number | null, createdAt: string | null }> }>, containers: Array<{ number: string, orderId: string, iso6346Valid: boolean, sizeType: string | null, grossWeightKg: number | null, tareKg: number | null, sealNumbers: Array<string>, isReefer: boolean | null, reeferSetPoint: number | null, isHazardous: boolean | null, isOutOfGauge: boolean | null, billOfLading: string | null, bookingNumber: string | null, comment: string | null, hazardousClasses: Array<{ imdgCode: string | null, undgCode: string | null, packagingGroup: string | null }>, outOfGauge: { length: number | null, width: number | null, height: number | null } | null, goods: Array<{ description: string | null, packagingCode: string | null, quantity: number | null, weightKg: number | null, volume: number | null }>, events: Array<{ type: string, startDate: string | null, endDate: string | null, creationDate: string | null, locationCode: string | null, locationName: string | null, reference: string | null, orderId: string | null }> }>, segments: Array<{ id: string, kind: SegmentKind, type: string, parentId: string | null, containerNumber: string | null, transportOrderNumber: string | null, providerStatus: string | null }> } };

export const OrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voyage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meansName"}},{"kind":"Field","name":{"kind":"Name","value":"freightAgent"}},{"kind":"Field","name":{"kind":"Name","value":"shippingCompany"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"etd"}},{"kind":"Field","name":{"kind":"Name","value":"closingCustoms"}},{"kind":"Field","name":{"kind":"Name","value":"closingDangerous"}},{"kind":"Field","name":{"kind":"Name","value":"closingDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costShare"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"productSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"exFactoryDate"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"carrierName"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"iso6346Valid"}},{"kind":"Field","name":{"kind":"Name","value":"sizeType"}},{"kind":"Field","name":{"kind":"Name","value":"grossWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"tareKg"}},{"kind":"Field","name":{"kind":"Name","value":"sealNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"isReefer"}},{"kind":"Field","name":{"kind":"Name","value":"reeferSetPoint"}},{"kind":"Field","name":{"kind":"Name","value":"isHazardous"}},{"kind":"Field","name":{"kind":"Name","value":"isOutOfGauge"}},{"kind":"Field","name":{"kind":"Name","value":"hazardousClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imdgCode"}},{"kind":"Field","name":{"kind":"Name","value":"undgCode"}},{"kind":"Field","name":{"kind":"Name","value":"packagingGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outOfGauge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"packagingCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billOfLading"}},{"kind":"Field","name":{"kind":"Name","value":"bookingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"transportOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}}]}}]}}]} as unknown as DocumentNode<OrderFieldsFragment, unknown>;
export const CancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const ContainerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Container"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"container"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"iso6346Valid"}},{"kind":"Field","name":{"kind":"Name","value":"sizeType"}},{"kind":"Field","name":{"kind":"Name","value":"tareKg"}},{"kind":"Field","name":{"kind":"Name","value":"isReefer"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<ContainerQuery, ContainerQueryVariables>;
export const CreateOctopiServiceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOctopiServiceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOctopiServiceOrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOctopiServiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voyage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meansName"}},{"kind":"Field","name":{"kind":"Name","value":"freightAgent"}},{"kind":"Field","name":{"kind":"Name","value":"shippingCompany"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"etd"}},{"kind":"Field","name":{"kind":"Name","value":"closingCustoms"}},{"kind":"Field","name":{"kind":"Name","value":"closingDangerous"}},{"kind":"Field","name":{"kind":"Name","value":"closingDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costShare"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"productSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"exFactoryDate"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"carrierName"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"iso6346Valid"}},{"kind":"Field","name":{"kind":"Name","value":"sizeType"}},{"kind":"Field","name":{"kind":"Name","value":"grossWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"tareKg"}},{"kind":"Field","name":{"kind":"Name","value":"sealNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"isReefer"}},{"kind":"Field","name":{"kind":"Name","value":"reeferSetPoint"}},{"kind":"Field","name":{"kind":"Name","value":"isHazardous"}},{"kind":"Field","name":{"kind":"Name","value":"isOutOfGauge"}},{"kind":"Field","name":{"kind":"Name","value":"hazardousClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imdgCode"}},{"kind":"Field","name":{"kind":"Name","value":"undgCode"}},{"kind":"Field","name":{"kind":"Name","value":"packagingGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outOfGauge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"packagingCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billOfLading"}},{"kind":"Field","name":{"kind":"Name","value":"bookingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"transportOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}}]}}]}}]} as unknown as DocumentNode<CreateOctopiServiceOrderMutation, CreateOctopiServiceOrderMutationVariables>;
export const CreateShipwellPurchaseOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateShipwellPurchaseOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateShipwellPurchaseOrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createShipwellPurchaseOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voyage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meansName"}},{"kind":"Field","name":{"kind":"Name","value":"freightAgent"}},{"kind":"Field","name":{"kind":"Name","value":"shippingCompany"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"etd"}},{"kind":"Field","name":{"kind":"Name","value":"closingCustoms"}},{"kind":"Field","name":{"kind":"Name","value":"closingDangerous"}},{"kind":"Field","name":{"kind":"Name","value":"closingDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costShare"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"productSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"exFactoryDate"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"carrierName"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"iso6346Valid"}},{"kind":"Field","name":{"kind":"Name","value":"sizeType"}},{"kind":"Field","name":{"kind":"Name","value":"grossWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"tareKg"}},{"kind":"Field","name":{"kind":"Name","value":"sealNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"isReefer"}},{"kind":"Field","name":{"kind":"Name","value":"reeferSetPoint"}},{"kind":"Field","name":{"kind":"Name","value":"isHazardous"}},{"kind":"Field","name":{"kind":"Name","value":"isOutOfGauge"}},{"kind":"Field","name":{"kind":"Name","value":"hazardousClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imdgCode"}},{"kind":"Field","name":{"kind":"Name","value":"undgCode"}},{"kind":"Field","name":{"kind":"Name","value":"packagingGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outOfGauge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"packagingCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billOfLading"}},{"kind":"Field","name":{"kind":"Name","value":"bookingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"transportOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}}]}}]}}]} as unknown as DocumentNode<CreateShipwellPurchaseOrderMutation, CreateShipwellPurchaseOrderMutationVariables>;
export const CreateSitooServiceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSitooServiceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSitooServiceOrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSitooServiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voyage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meansName"}},{"kind":"Field","name":{"kind":"Name","value":"freightAgent"}},{"kind":"Field","name":{"kind":"Name","value":"shippingCompany"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"etd"}},{"kind":"Field","name":{"kind":"Name","value":"closingCustoms"}},{"kind":"Field","name":{"kind":"Name","value":"closingDangerous"}},{"kind":"Field","name":{"kind":"Name","value":"closingDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costShare"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"productSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"exFactoryDate"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"carrierName"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"iso6346Valid"}},{"kind":"Field","name":{"kind":"Name","value":"sizeType"}},{"kind":"Field","name":{"kind":"Name","value":"grossWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"tareKg"}},{"kind":"Field","name":{"kind":"Name","value":"sealNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"isReefer"}},{"kind":"Field","name":{"kind":"Name","value":"reeferSetPoint"}},{"kind":"Field","name":{"kind":"Name","value":"isHazardous"}},{"kind":"Field","name":{"kind":"Name","value":"isOutOfGauge"}},{"kind":"Field","name":{"kind":"Name","value":"hazardousClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imdgCode"}},{"kind":"Field","name":{"kind":"Name","value":"undgCode"}},{"kind":"Field","name":{"kind":"Name","value":"packagingGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outOfGauge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"packagingCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billOfLading"}},{"kind":"Field","name":{"kind":"Name","value":"bookingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"transportOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}}]}}]}}]} as unknown as DocumentNode<CreateSitooServiceOrderMutation, CreateSitooServiceOrderMutationVariables>;
export const CreateSogetTransportOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSogetTransportOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSogetTransportOrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attachments"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SogetAttachmentInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSogetTransportOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"attachments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attachments"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voyage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meansName"}},{"kind":"Field","name":{"kind":"Name","value":"freightAgent"}},{"kind":"Field","name":{"kind":"Name","value":"shippingCompany"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"etd"}},{"kind":"Field","name":{"kind":"Name","value":"closingCustoms"}},{"kind":"Field","name":{"kind":"Name","value":"closingDangerous"}},{"kind":"Field","name":{"kind":"Name","value":"closingDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costShare"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"productSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"exFactoryDate"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"carrierName"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"iso6346Valid"}},{"kind":"Field","name":{"kind":"Name","value":"sizeType"}},{"kind":"Field","name":{"kind":"Name","value":"grossWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"tareKg"}},{"kind":"Field","name":{"kind":"Name","value":"sealNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"isReefer"}},{"kind":"Field","name":{"kind":"Name","value":"reeferSetPoint"}},{"kind":"Field","name":{"kind":"Name","value":"isHazardous"}},{"kind":"Field","name":{"kind":"Name","value":"isOutOfGauge"}},{"kind":"Field","name":{"kind":"Name","value":"hazardousClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imdgCode"}},{"kind":"Field","name":{"kind":"Name","value":"undgCode"}},{"kind":"Field","name":{"kind":"Name","value":"packagingGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outOfGauge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"packagingCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billOfLading"}},{"kind":"Field","name":{"kind":"Name","value":"bookingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"transportOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}}]}}]}}]} as unknown as DocumentNode<CreateSogetTransportOrderMutation, CreateSogetTransportOrderMutationVariables>;
export const CreateVuOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVuOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVuOrderInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVuOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voyage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meansName"}},{"kind":"Field","name":{"kind":"Name","value":"freightAgent"}},{"kind":"Field","name":{"kind":"Name","value":"shippingCompany"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"etd"}},{"kind":"Field","name":{"kind":"Name","value":"closingCustoms"}},{"kind":"Field","name":{"kind":"Name","value":"closingDangerous"}},{"kind":"Field","name":{"kind":"Name","value":"closingDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costShare"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"productSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"exFactoryDate"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"carrierName"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"iso6346Valid"}},{"kind":"Field","name":{"kind":"Name","value":"sizeType"}},{"kind":"Field","name":{"kind":"Name","value":"grossWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"tareKg"}},{"kind":"Field","name":{"kind":"Name","value":"sealNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"isReefer"}},{"kind":"Field","name":{"kind":"Name","value":"reeferSetPoint"}},{"kind":"Field","name":{"kind":"Name","value":"isHazardous"}},{"kind":"Field","name":{"kind":"Name","value":"isOutOfGauge"}},{"kind":"Field","name":{"kind":"Name","value":"hazardousClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imdgCode"}},{"kind":"Field","name":{"kind":"Name","value":"undgCode"}},{"kind":"Field","name":{"kind":"Name","value":"packagingGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outOfGauge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"packagingCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billOfLading"}},{"kind":"Field","name":{"kind":"Name","value":"bookingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"transportOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}}]}}]}}]} as unknown as DocumentNode<CreateVuOrderMutation, CreateVuOrderMutationVariables>;
export const ExportOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"OLDEST_FIRST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ExportOrdersQuery, ExportOrdersQueryVariables>;
export const GetOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GetOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voyage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meansName"}},{"kind":"Field","name":{"kind":"Name","value":"freightAgent"}},{"kind":"Field","name":{"kind":"Name","value":"shippingCompany"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"etd"}},{"kind":"Field","name":{"kind":"Name","value":"closingCustoms"}},{"kind":"Field","name":{"kind":"Name","value":"closingDangerous"}},{"kind":"Field","name":{"kind":"Name","value":"closingDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costShare"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"productSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"exFactoryDate"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"carrierName"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"iso6346Valid"}},{"kind":"Field","name":{"kind":"Name","value":"sizeType"}},{"kind":"Field","name":{"kind":"Name","value":"grossWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"tareKg"}},{"kind":"Field","name":{"kind":"Name","value":"sealNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"isReefer"}},{"kind":"Field","name":{"kind":"Name","value":"reeferSetPoint"}},{"kind":"Field","name":{"kind":"Name","value":"isHazardous"}},{"kind":"Field","name":{"kind":"Name","value":"isOutOfGauge"}},{"kind":"Field","name":{"kind":"Name","value":"hazardousClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imdgCode"}},{"kind":"Field","name":{"kind":"Name","value":"undgCode"}},{"kind":"Field","name":{"kind":"Name","value":"packagingGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outOfGauge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"packagingCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billOfLading"}},{"kind":"Field","name":{"kind":"Name","value":"bookingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"transportOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}}]}}]}}]} as unknown as DocumentNode<GetOrderQuery, GetOrderQueryVariables>;
export const ListOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SortDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ListOrdersQuery, ListOrdersQueryVariables>;
export const OrderByNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderByNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"provider"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Provider"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderByNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"provider"},"value":{"kind":"Variable","name":{"kind":"Name","value":"provider"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voyage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meansName"}},{"kind":"Field","name":{"kind":"Name","value":"freightAgent"}},{"kind":"Field","name":{"kind":"Name","value":"shippingCompany"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"etd"}},{"kind":"Field","name":{"kind":"Name","value":"closingCustoms"}},{"kind":"Field","name":{"kind":"Name","value":"closingDangerous"}},{"kind":"Field","name":{"kind":"Name","value":"closingDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costShare"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"productSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"exFactoryDate"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"carrierName"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"iso6346Valid"}},{"kind":"Field","name":{"kind":"Name","value":"sizeType"}},{"kind":"Field","name":{"kind":"Name","value":"grossWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"tareKg"}},{"kind":"Field","name":{"kind":"Name","value":"sealNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"isReefer"}},{"kind":"Field","name":{"kind":"Name","value":"reeferSetPoint"}},{"kind":"Field","name":{"kind":"Name","value":"isHazardous"}},{"kind":"Field","name":{"kind":"Name","value":"isOutOfGauge"}},{"kind":"Field","name":{"kind":"Name","value":"hazardousClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imdgCode"}},{"kind":"Field","name":{"kind":"Name","value":"undgCode"}},{"kind":"Field","name":{"kind":"Name","value":"packagingGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outOfGauge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"packagingCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billOfLading"}},{"kind":"Field","name":{"kind":"Name","value":"bookingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"transportOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}}]}}]}}]} as unknown as DocumentNode<OrderByNumberQuery, OrderByNumberQueryVariables>;
export const OrderChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderChangeFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<OrderChangedSubscription, OrderChangedSubscriptionVariables>;
export const OrderChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"100"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderChangeFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"previousStatus"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"detectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OrderChangesQuery, OrderChangesQueryVariables>;
export const OrderContainersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderContainers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"sealNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"grossWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"isHazardous"}},{"kind":"Field","name":{"kind":"Name","value":"goods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"container"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"iso6346Valid"}},{"kind":"Field","name":{"kind":"Name","value":"sizeType"}},{"kind":"Field","name":{"kind":"Name","value":"isReefer"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderContainersQuery, OrderContainersQueryVariables>;
export const ProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"reachable"}},{"kind":"Field","name":{"kind":"Name","value":"circuit"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"checkMs"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP50Ms"}},{"kind":"Field","name":{"kind":"Name","value":"latencyP95Ms"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"failures"}},{"kind":"Field","name":{"kind":"Name","value":"operations"}}]}}]}}]} as unknown as DocumentNode<ProvidersQuery, ProvidersQueryVariables>;
export const UpdateOctopiServiceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOctopiServiceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOctopiServiceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOctopiServiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voyage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meansName"}},{"kind":"Field","name":{"kind":"Name","value":"freightAgent"}},{"kind":"Field","name":{"kind":"Name","value":"shippingCompany"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"etd"}},{"kind":"Field","name":{"kind":"Name","value":"closingCustoms"}},{"kind":"Field","name":{"kind":"Name","value":"closingDangerous"}},{"kind":"Field","name":{"kind":"Name","value":"closingDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costShare"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"productSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"exFactoryDate"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"carrierName"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"iso6346Valid"}},{"kind":"Field","name":{"kind":"Name","value":"sizeType"}},{"kind":"Field","name":{"kind":"Name","value":"grossWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"tareKg"}},{"kind":"Field","name":{"kind":"Name","value":"sealNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"isReefer"}},{"kind":"Field","name":{"kind":"Name","value":"reeferSetPoint"}},{"kind":"Field","name":{"kind":"Name","value":"isHazardous"}},{"kind":"Field","name":{"kind":"Name","value":"isOutOfGauge"}},{"kind":"Field","name":{"kind":"Name","value":"hazardousClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imdgCode"}},{"kind":"Field","name":{"kind":"Name","value":"undgCode"}},{"kind":"Field","name":{"kind":"Name","value":"packagingGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outOfGauge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"packagingCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billOfLading"}},{"kind":"Field","name":{"kind":"Name","value":"bookingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"transportOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}}]}}]}}]} as unknown as DocumentNode<UpdateOctopiServiceOrderMutation, UpdateOctopiServiceOrderMutationVariables>;
export const UpdateSitooServiceOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSitooServiceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSitooServiceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSitooServiceOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"revision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revision"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voyage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meansName"}},{"kind":"Field","name":{"kind":"Name","value":"freightAgent"}},{"kind":"Field","name":{"kind":"Name","value":"shippingCompany"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"etd"}},{"kind":"Field","name":{"kind":"Name","value":"closingCustoms"}},{"kind":"Field","name":{"kind":"Name","value":"closingDangerous"}},{"kind":"Field","name":{"kind":"Name","value":"closingDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costShare"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"productSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"exFactoryDate"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"carrierName"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"iso6346Valid"}},{"kind":"Field","name":{"kind":"Name","value":"sizeType"}},{"kind":"Field","name":{"kind":"Name","value":"grossWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"tareKg"}},{"kind":"Field","name":{"kind":"Name","value":"sealNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"isReefer"}},{"kind":"Field","name":{"kind":"Name","value":"reeferSetPoint"}},{"kind":"Field","name":{"kind":"Name","value":"isHazardous"}},{"kind":"Field","name":{"kind":"Name","value":"isOutOfGauge"}},{"kind":"Field","name":{"kind":"Name","value":"hazardousClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imdgCode"}},{"kind":"Field","name":{"kind":"Name","value":"undgCode"}},{"kind":"Field","name":{"kind":"Name","value":"packagingGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outOfGauge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"packagingCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billOfLading"}},{"kind":"Field","name":{"kind":"Name","value":"bookingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"transportOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}}]}}]}}]} as unknown as DocumentNode<UpdateSitooServiceOrderMutation, UpdateSitooServiceOrderMutationVariables>;
export const UpdateSogetTransportOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSogetTransportOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"revision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSogetTransportOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSogetTransportOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"revision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"revision"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}},{"kind":"Field","name":{"kind":"Name","value":"providerId"}},{"kind":"Field","name":{"kind":"Name","value":"orderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"orderType"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"references"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carrier"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voyage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meansName"}},{"kind":"Field","name":{"kind":"Name","value":"freightAgent"}},{"kind":"Field","name":{"kind":"Name","value":"shippingCompany"}},{"kind":"Field","name":{"kind":"Name","value":"eta"}},{"kind":"Field","name":{"kind":"Name","value":"etd"}},{"kind":"Field","name":{"kind":"Name","value":"closingCustoms"}},{"kind":"Field","name":{"kind":"Name","value":"closingDangerous"}},{"kind":"Field","name":{"kind":"Name","value":"closingDelivery"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"companyName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lines"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}},{"kind":"Field","name":{"kind":"Name","value":"timezone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serviceType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costShare"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"productSku"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"exFactoryDate"}},{"kind":"Field","name":{"kind":"Name","value":"fulfillments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"carrierName"}},{"kind":"Field","name":{"kind":"Name","value":"carrierCode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceName"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"containers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"iso6346Valid"}},{"kind":"Field","name":{"kind":"Name","value":"sizeType"}},{"kind":"Field","name":{"kind":"Name","value":"grossWeightKg"}},{"kind":"Field","name":{"kind":"Name","value":"tareKg"}},{"kind":"Field","name":{"kind":"Name","value":"sealNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"isReefer"}},{"kind":"Field","name":{"kind":"Name","value":"reeferSetPoint"}},{"kind":"Field","name":{"kind":"Name","value":"isHazardous"}},{"kind":"Field","name":{"kind":"Name","value":"isOutOfGauge"}},{"kind":"Field","name":{"kind":"Name","value":"hazardousClasses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imdgCode"}},{"kind":"Field","name":{"kind":"Name","value":"undgCode"}},{"kind":"Field","name":{"kind":"Name","value":"packagingGroup"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outOfGauge"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"width"}},{"kind":"Field","name":{"kind":"Name","value":"height"}}]}},{"kind":"Field","name":{"kind":"Name","value":"goods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"packagingCode"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"weightKg"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"creationDate"}},{"kind":"Field","name":{"kind":"Name","value":"locationCode"}},{"kind":"Field","name":{"kind":"Name","value":"locationName"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"billOfLading"}},{"kind":"Field","name":{"kind":"Name","value":"bookingNumber"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"segments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"containerNumber"}},{"kind":"Field","name":{"kind":"Name","value":"transportOrderNumber"}},{"kind":"Field","name":{"kind":"Name","value":"providerStatus"}}]}}]}}]} as unknown as DocumentNode<UpdateSogetTransportOrderMutation, UpdateSogetTransportOrderMutationVariables>;