import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver, JSONResolver } from 'graphql-scalars';
import { ProviderEnum, type ProviderKey } from '../core/provider-key';
import { OrderStatus, PartyRole, SegmentKind } from './enums';
import { Node } from './node';

/**
 * The unified model. These classes are both the GraphQL object types and the plain data
 * that provider mappers build (as object literals): a mapper returns `Order`, and the
 * schema describes exactly what it returned.
 */

@ObjectType({ description: 'An exact amount of money. `amount` is a decimal string so no float rounding ever happens.' })
export class Money {
  @Field(() => String, { description: 'Decimal amount as the vendor sent it, e.g. "50.00" or "70".' })
  amount!: string;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency code, when the vendor gives one.' })
  currency?: string | null;
}

@ObjectType({ description: 'A postal address, normalised across vendors.' })
export class Address {
  @Field(() => [String], { description: 'Street lines, first to last, empty lines removed.' })
  lines!: string[];

  @Field(() => String, { nullable: true, description: 'City or locality.' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal or ZIP code.' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'State, province or region code.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code.' })
  country?: string | null;

  @Field(() => Float, { nullable: true, description: 'Latitude in degrees, when known.' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude in degrees, when known.' })
  longitude?: number | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone of the place, e.g. America/Chicago.' })
  timezone?: string | null;
}

@ObjectType({ description: 'A person, company, store or system that plays a role in an order.' })
export class Party {
  @Field(() => PartyRole, { description: 'The role this party plays.' })
  role!: PartyRole;

  @Field(() => String, { nullable: true, description: 'Vendor code or account number of the party.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the person or company.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Company name, when distinct from the name.' })
  companyName?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number as given.' })
  phone?: string | null;

  @Field(() => Address, { nullable: true, description: 'Postal address.' })
  address?: Address | null;
}

@ObjectType({ description: 'A service performed as part of a service order: on a container at a depot, or on a product in a store.' })
export class ServiceItem {
  @Field(() => String, { nullable: true, description: "The vendor's id of the item, when it has one." })
  id?: string | null;

  @Field(() => String, { description: 'Service code: the vendor\'s service id (e.g. "cleaning", "721") or the SKU of the service.' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Human-readable service name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Kind of service, e.g. "default" or "custom".' })
  serviceType?: string | null;

  @Field(() => OrderStatus, { nullable: true, description: 'Unified status of the item, when the vendor tracks one.' })
  status?: OrderStatus | null;

  @Field(() => String, { nullable: true, description: "The vendor's own item status." })
  providerStatus?: string | null;

  @Field(() => Int, { nullable: true, description: 'Quantity ordered.' })
  quantity?: number | null;

  @Field(() => Money, { nullable: true, description: 'Unit price including VAT, in the order currency.' })
  unitPrice?: Money | null;

  @Field(() => Float, { nullable: true, description: 'Share of the price the customer pays, in percent (0-100).' })
  costShare?: number | null;

  @Field(() => String, { nullable: true, description: 'Note about this item.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: 'Number of the container the service applies to (services on containers).' })
  containerNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'SKU of the product being serviced (services on products).' })
  productSku?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the product being serviced (services on products).' })
  productName?: string | null;
}

@ObjectType({ description: "A shipment of some of a line (the vendor's fulfillments)." })
export class Fulfillment {
  @Field(() => String, { nullable: true, description: "The vendor's fulfillment id." })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'Carrier tracking number.' })
  trackingNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Carrier name.' })
  carrierName?: string | null;

  @Field(() => String, { nullable: true, description: 'Carrier code.' })
  carrierCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Carrier service name.' })
  serviceName?: string | null;

  @Field(() => Int, { nullable: true, description: 'Quantity shipped.' })
  quantity?: number | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the fulfillment was recorded.' })
  createdAt?: Date | null;
}

@ObjectType({ description: 'A line of an order: a product, a quantity and a price (purchase order items, order lines).' })
export class OrderLine {
  @Field(() => String, { nullable: true, description: "The vendor's line id." })
  id?: string | null;

  @Field(() => String, { nullable: true, description: 'Product SKU.' })
  sku?: string | null;

  @Field(() => String, { nullable: true, description: 'Product description.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Quantity as an exact decimal string.' })
  quantity?: string | null;

  @Field(() => String, { nullable: true, description: 'Unit of the quantity, when given.' })
  unit?: string | null;

  @Field(() => Money, { nullable: true, description: 'Unit price.' })
  unitPrice?: Money | null;

  @Field(() => OrderStatus, { nullable: true, description: 'Unified status of the line.' })
  status?: OrderStatus | null;

  @Field(() => String, { nullable: true, description: "The vendor's line status." })
  providerStatus?: string | null;

  @Field(() => String, { nullable: true, description: 'External reference of the line.' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'Current ex-factory date (YYYY-MM-DD), where the vendor gives one.' })
  exFactoryDate?: string | null;

  @Field(() => [Fulfillment], { description: 'Shipments of this line, oldest first.' })
  fulfillments!: Fulfillment[];
}

@ObjectType({ description: 'Something that happens to a container: a lading, a delivery, an empty return...' })
export class ContainerEvent {
  @Field(() => String, { description: 'Event type as the vendor names it, e.g. LadingImport.' })
  type!: string;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the event starts.' })
  startDate?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the event ends.' })
  endDate?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the event was created or completed.' })
  creationDate?: Date | null;

  @Field(() => String, { nullable: true, description: 'Location code.' })
  locationCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Location name.' })
  locationName?: string | null;

  @Field(() => String, { nullable: true, description: 'Reference given during the event.' })
  reference?: string | null;

  @Field(() => String, { nullable: true, description: 'Global id of the order this event belongs to.' })
  orderId?: string | null;
}

@ObjectType({ description: 'Goods carried in a container.' })
export class Goods {
  @Field(() => String, { nullable: true, description: 'Goods description.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Packaging code (UN/CEFACT).' })
  packagingCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of packages.' })
  quantity?: number | null;

  @Field(() => Float, { nullable: true, description: 'Weight in kg.' })
  weightKg?: number | null;

  @Field(() => Float, { nullable: true, description: 'Volume.' })
  volume?: number | null;
}

@ObjectType({ description: 'A dangerous-goods classification.' })
export class HazardousClass {
  @Field(() => String, { nullable: true, description: 'IMDG code.' })
  imdgCode?: string | null;

  @Field(() => String, { nullable: true, description: 'UN number.' })
  undgCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Packaging group.' })
  packagingGroup?: string | null;
}

@ObjectType({ description: 'Out-of-gauge excess dimensions in metres.' })
export class OutOfGauge {
  @Field(() => Float, { nullable: true, description: 'Excess length (m).' })
  length?: number | null;

  @Field(() => Float, { nullable: true, description: 'Excess width (m).' })
  width?: number | null;

  @Field(() => Float, { nullable: true, description: 'Excess height (m).' })
  height?: number | null;
}

/**
 * A container as one order states it. Everything here is a fact of that order (its seals, its
 * goods, its events): two orders can state different facts about the same box, so its id is the
 * order's and the number together (see the resolver), never the number alone. `container` links
 * to the one `Container` entity, the same object whichever order it is reached from.
 */
@ObjectType({
  description: 'A container as one order states it: seals, goods, weights and events of this order. `container` is the container itself, across every order.',
})
export class OrderContainer {
  @Field(() => String, { description: 'Container number: ISO 6346 (e.g. MSCU1234565) or the vendor number.' })
  number!: string;

  @Field(() => ID, { description: 'Global id of the order that states these facts.' })
  orderId!: string;

  @Field(() => Boolean, { description: 'Whether the number is a valid ISO 6346 number, check digit included.' })
  iso6346Valid!: boolean;

  @Field(() => String, { nullable: true, description: 'ISO 6346 size and type code, e.g. 22G1, as this order gives it.' })
  sizeType?: string | null;

  @Field(() => Float, { nullable: true, description: 'Gross weight in kg on this order.' })
  grossWeightKg?: number | null;

  @Field(() => Float, { nullable: true, description: 'Tare (empty weight) in kg, as this order gives it.' })
  tareKg?: number | null;

  @Field(() => [String], { description: 'Seal numbers on this order.' })
  sealNumbers!: string[];

  @Field(() => Boolean, { nullable: true, description: 'Refrigerated container.' })
  isReefer?: boolean | null;

  @Field(() => Float, { nullable: true, description: 'Reefer set-point temperature (°C) on this order.' })
  reeferSetPoint?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Carries dangerous goods on this order.' })
  isHazardous?: boolean | null;

  @Field(() => [HazardousClass], { description: 'Dangerous-goods classes of the goods inside on this order.' })
  hazardousClasses!: HazardousClass[];

  @Field(() => Boolean, { nullable: true, description: 'Out of gauge on this order.' })
  isOutOfGauge?: boolean | null;

  @Field(() => OutOfGauge, { nullable: true, description: 'Out-of-gauge dimensions.' })
  outOfGauge?: OutOfGauge | null;

  @Field(() => [Goods], { description: 'Goods inside on this order.' })
  goods!: Goods[];

  @Field(() => [ContainerEvent], { description: 'Events of this container on this order, in time order.' })
  events!: ContainerEvent[];

  @Field(() => String, { nullable: true, description: 'Bill of lading.' })
  billOfLading?: string | null;

  @Field(() => String, { nullable: true, description: 'Booking number.' })
  bookingNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Comment about the container on this order.' })
  comment?: string | null;
}

/**
 * The container itself, the view across every provider's orders: one value per number whichever
 * path reaches it (`container(number:)`, an order's `containers { container }`, `_entities`),
 * so a cache normalising by `number` never holds two versions of it.
 */
@Directive('@key(fields: "number")')
@ObjectType({
  description: "A shipping container across every order of every provider that touches it. What one order states about it is that order's `OrderContainer`.",
})
export class Container {
  @Field(() => String, { description: 'Container number: ISO 6346 (e.g. MSCU1234565) or the vendor number.' })
  number!: string;

  @Field(() => Boolean, { description: 'Whether the number is a valid ISO 6346 number, check digit included.' })
  iso6346Valid!: boolean;

  @Field(() => String, { nullable: true, description: 'ISO 6346 size and type code, e.g. 22G1: from the newest order that gives one.' })
  sizeType?: string | null;

  @Field(() => Float, { nullable: true, description: 'Tare (empty weight) in kg: from the newest order that gives one.' })
  tareKg?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Refrigerated container: true when an order says so, null when no order tells.' })
  isReefer?: boolean | null;

  @Field(() => [ContainerEvent], { description: 'Events of every order touching this container, in time order; each names its order.' })
  events!: ContainerEvent[];

  @Field(() => [Order], { description: 'Every order of every provider that touches this container, newest first.' })
  orders!: Order[];
}

@ObjectType({ description: 'A level of a transport order tree: master order, elementary (per-container) order or transport segment.' })
export class Segment {
  @Field(() => String, { description: "The vendor's id, e.g. CDE0000000012, ELM0000000013, SEG0000000014." })
  id!: string;

  @Field(() => SegmentKind, { description: 'Master, elementary or transport segment.' })
  kind!: SegmentKind;

  @Field(() => String, { description: "The vendor's segment type, e.g. SegmentTerminalEntrepot." })
  type!: string;

  @Field(() => String, { nullable: true, description: 'Id of the parent (master or elementary) order.' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'Container number for elementary orders and their segments.' })
  containerNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Transport order number.' })
  transportOrderNumber?: string | null;

  @Field(() => String, { nullable: true, description: "The vendor's status of this segment." })
  providerStatus?: string | null;
}

@ObjectType({ description: 'A reference number of an order in another system: purchase order, sales order, booking, bill of lading, client reference...' })
export class OrderReference {
  @Field(() => String, { description: 'What the reference is, e.g. PURCHASE_ORDER, SALES_ORDER, CLIENT_REFERENCE, BOOKING.' })
  type!: string;

  @Field(() => String, { description: 'The reference value.' })
  value!: string;
}

@ObjectType({ description: "The shipping service an order asks for: carrier and service level (the vendor's ship method)." })
export class ShippingMethod {
  @Field(() => String, { nullable: true, description: 'Carrier code, e.g. UPS.' })
  carrier?: string | null;

  @Field(() => String, { nullable: true, description: 'Service level code, e.g. XY12.' })
  code?: string | null;

  @Field(() => String, { nullable: true, description: 'Service description, e.g. UPS Ground Residential.' })
  description?: string | null;
}

@ObjectType({ description: 'The sea voyage a transport order is linked to.' })
export class Voyage {
  @Field(() => String, { nullable: true, description: 'Transport means (vessel) name.' })
  meansName?: string | null;

  @Field(() => String, { nullable: true, description: 'Freight agent.' })
  freightAgent?: string | null;

  @Field(() => String, { nullable: true, description: 'Shipping company.' })
  shippingCompany?: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Estimated time of arrival (import and transfer).' })
  eta?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Estimated time of departure (export).' })
  etd?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Customs closing (export).' })
  closingCustoms?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Dangerous goods closing (export).' })
  closingDangerous?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Delivery closing (export).' })
  closingDelivery?: Date | null;
}

@Directive('@key(fields: "id")')
@ObjectType({ implements: Node, description: 'An order in one of the five vendor systems, in the unified shape.' })
export class Order implements Node {
  @Field(() => ID, {
    description: "Global id `<provider>:<vendor id>`: the provider in lower case and the vendor's id. Stable; use it to read the order back.",
  })
  id!: string;

  @Field(() => ProviderEnum, { description: 'The vendor system the order lives in.' })
  provider!: ProviderKey;

  @Field(() => String, { description: "The vendor's own id of the order." })
  providerId!: string;

  @Field(() => String, { description: "Order number (the order or transport order number given at the vendor); the vendor's id where the vendor has none." })
  orderNumber!: string;

  @Field(() => OrderStatus, { description: 'Unified status.' })
  status!: OrderStatus;

  @Field(() => String, { description: "The vendor's status value, unchanged." })
  providerStatus!: string;

  @Field(() => DateTimeISOResolver, { description: 'When the order was created at the vendor.' })
  createdAt!: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the order was last changed at the vendor.' })
  updatedAt?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the order is due.' })
  dueAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 currency of the order amounts.' })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: 'Note or comment on the order.' })
  note?: string | null;

  @Field(() => String, { nullable: true, description: "Revision for optimistic concurrency (the vendor's revision or ETag); send it back when updating." })
  revision?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The vendor's kind of order: a cargo type, an order type, a sales channel, a customs flow (Import, Export, Transfer), ...",
  })
  orderType?: string | null;

  @Field(() => [String], { description: 'Tags the vendor keeps on the order.' })
  tags!: string[];

  @Field(() => [OrderReference], { description: 'Other reference numbers of the order (purchase order, sales order, client reference, booking...).' })
  references!: OrderReference[];

  @Field(() => Voyage, { nullable: true, description: 'The voyage of a transport order.' })
  voyage?: Voyage | null;

  @Field(() => ShippingMethod, { nullable: true, description: "The shipping service the order asks for (the vendor's ship method)." })
  shippingMethod?: ShippingMethod | null;

  @Field(() => [Party], { description: 'Parties: customer, ship-to, supplier, carrier, store, ...' })
  parties!: Party[];

  @Field(() => [ServiceItem], { description: 'Services ordered (service orders).' })
  serviceItems!: ServiceItem[];

  @Field(() => [OrderLine], { description: 'Product lines (purchase orders, product orders).' })
  lines!: OrderLine[];

  @Field(() => [OrderContainer], {
    description:
      'Containers the order touches, with what this order states about each (depot and transport orders); `container` of each is the container across orders.',
  })
  containers!: OrderContainer[];

  @Field(() => [Segment], { description: 'Order tree: master, elementary orders and transport segments (transport orders).' })
  segments!: Segment[];

  @Field(() => JSONResolver, { description: "The vendor's own payload, unchanged, for what the unified model does not carry." })
  raw!: unknown;
}
