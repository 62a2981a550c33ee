import { Arg, Ctx, Field, Float, InputType, Mutation, Resolver } from 'type-graphql';
import { DateTimeISOResolver, JSONResolver } from 'graphql-scalars';
import { ProviderKey } from '../keys';
import type { RequestContext } from '../../graphql/context';
import { findByOrderNumber, MutationPipeline } from '../../graphql/mutations';
import { Order } from '../../model/order';
import { ShipwellProvider } from './provider';

@InputType({ description: 'A point on the map (Shipwell `geolocation`).' })
export class ShipwellGeolocationInput {
  @Field(() => Float, { description: 'Latitude, -90 to 90.' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude, -180 to 180.' })
  longitude!: number;
}

@InputType({ description: 'A Shipwell address.' })
export class ShipwellAddressInput {
  @Field(() => String, { nullable: true, description: 'Country, e.g. US (the documented example shows an ISO 3166-1 alpha-2 code; Shipwell checks it).' })
  country?: string | null;

  @Field(() => String, { nullable: true, description: 'First street line (`line_1`).' })
  line1?: string | null;

  @Field(() => String, { nullable: true, description: 'Second street line (`line_2`).' })
  line2?: string | null;

  @Field(() => String, { nullable: true, description: 'Third street line (`line_3`).' })
  line3?: string | null;

  @Field(() => String, { nullable: true, description: 'City or locality.' })
  locality?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal or ZIP code.' })
  postalCode?: string | null;

  @Field(() => String, { nullable: true, description: 'State or region code, e.g. TX.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Urbanization (Puerto Rico addresses).' })
  urbanization?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the address is residential.' })
  residential?: boolean | null;

  @Field(() => ShipwellGeolocationInput, { nullable: true, description: 'Latitude and longitude.' })
  geolocation?: ShipwellGeolocationInput | null;
}

@InputType({ description: 'A reference number (Shipwell `references[]`).' })
export class ShipwellReferenceInput {
  @Field(() => String, { nullable: true, description: 'What the reference is, e.g. ERP_PO.' })
  qualifier?: string | null;

  @Field(() => String, { nullable: true, description: 'The reference value.' })
  value?: string | null;
}

@InputType({ description: 'A window of time (Shipwell `plan_window`); Shipwell decides what it needs of it.' })
export class ShipwellPlanWindowInput {
  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Start of the window.' })
  start?: Date | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'End of the window.' })
  end?: Date | null;
}

@InputType({ description: 'A stop of a Shipwell order (ship-from or ship-to): an address, who is there and when.' })
export class ShipwellStopInput extends ShipwellAddressInput {
  @Field(() => String, { nullable: true, description: 'IANA time zone of the stop, e.g. America/Chicago.' })
  timezone?: string | null;

  @Field(() => String, { nullable: true, description: 'Your number of the location, e.g. DC-DAL.' })
  locationNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Company at the stop.' })
  companyName?: string | null;

  @Field(() => [ShipwellReferenceInput], { nullable: true, description: 'Reference numbers of the stop.' })
  references?: ShipwellReferenceInput[] | null;

  @Field(() => ShipwellPlanWindowInput, { nullable: true, description: 'When the goods may be picked up (ship-from) or delivered (ship-to).' })
  planWindow?: ShipwellPlanWindowInput | null;

  @Field(() => JSONResolver, {
    nullable: true,
    description: 'Key-value custom data of the stop: an object, or the JSON string of one as the documented example sends it.',
  })
  customData?: Record<string, unknown> | string | null;
}

@InputType({ description: 'The supplier of a Shipwell purchase order.' })
export class ShipwellSupplierInput {
  @Field(() => String, { nullable: true, description: 'Supplier name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Your id of the supplier.' })
  supplierId?: string | null;

  @Field(() => String, { nullable: true, description: 'Supplier e-mail.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Supplier phone number.' })
  phoneNumber?: string | null;

  @Field(() => ShipwellAddressInput, { nullable: true, description: 'Supplier address.' })
  address?: ShipwellAddressInput | null;

  @Field(() => [JSONResolver], {
    nullable: 'itemsAndList',
    description: 'Identification codes of the supplier (Shipwell `identification_codes`, which the doc shows only as an empty list): sent as given.',
  })
  identificationCodes?: unknown[] | null;
}

@InputType({ description: 'A billing contact.' })
export class ShipwellContactInput {
  @Field(() => String, { nullable: true, description: 'E-mail.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  phoneNumber?: string | null;
}

@InputType({ description: 'Who is billed for the freight (Shipwell `shipping_requirements.bill_to`).' })
export class ShipwellBillToInput {
  @Field(() => String, { nullable: true, description: 'Billing account number.' })
  accountNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Billing id.' })
  billingId?: string | null;

  @Field(() => String, { nullable: true, description: 'Payment term, e.g. PREPAID (the documented example).' })
  paymentTerm?: string | null;

  @Field(() => String, { nullable: true, description: 'Company billed.' })
  billingCompanyName?: string | null;

  @Field(() => ShipwellAddressInput, { nullable: true, description: 'Billing address.' })
  billingAddress?: ShipwellAddressInput | null;

  @Field(() => ShipwellContactInput, { nullable: true, description: 'Billing contact.' })
  contact?: ShipwellContactInput | null;
}

@InputType({ description: 'A quantity: an exact decimal and its unit.' })
export class ShipwellQuantityInput {
  @Field(() => String, { nullable: true, description: 'Decimal string, e.g. "12" or "2.5", sent as given.' })
  value?: string | null;

  @Field(() => String, { nullable: true, description: 'Unit of the quantity, e.g. CARTON.' })
  unit?: string | null;
}

@InputType({ description: 'An amount of money: an exact decimal and its currency.' })
export class ShipwellMoneyInput {
  @Field(() => String, { nullable: true, description: 'Decimal string, e.g. "42.50"; never rounded.' })
  value?: string | null;

  @Field(() => String, { nullable: true, description: 'Currency code, e.g. USD.' })
  currency?: string | null;
}

@InputType({ description: 'A weight: an exact decimal and its unit.' })
export class ShipwellWeightInput {
  @Field(() => String, { nullable: true, description: 'Decimal string, e.g. "120.5".' })
  value?: string | null;

  @Field(() => String, { nullable: true, description: 'Unit of the weight, e.g. LB.' })
  unit?: string | null;
}

@InputType({
  description:
    'A line of a Shipwell purchase order (Shipwell `items[]`, which the doc shows without a schema: this is the shape ordergraph sends, and Shipwell decides what it needs).',
})
export class ShipwellItemInput {
  @Field(() => String, { nullable: true, description: 'What the item is.' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Product SKU.' })
  sku?: string | null;

  @Field(() => String, { nullable: true, description: 'Your product id.' })
  productId?: string | null;

  @Field(() => ShipwellQuantityInput, { nullable: true, description: 'Quantity ordered.' })
  quantity?: ShipwellQuantityInput | null;

  @Field(() => ShipwellMoneyInput, { nullable: true, description: 'Price of one unit of the quantity.' })
  unitAmount?: ShipwellMoneyInput | null;

  @Field(() => ShipwellWeightInput, { nullable: true, description: 'Total weight of the line.' })
  totalWeight?: ShipwellWeightInput | null;

  @Field(() => JSONResolver, { nullable: true, description: 'Key-value custom data of the item: an object, or the JSON string of one.' })
  customData?: Record<string, unknown> | string | null;
}

@InputType({ description: 'A Shipwell purchase order: goods a supplier ships from a ship-from stop to a ship-to stop.' })
export class CreateShipwellPurchaseOrderInput {
  @Field(() => String, { description: 'Your order number, unique in the Shipwell account, at most 64 characters (Shipwell `order_number`).' })
  orderNumber!: string;

  @Field(() => String, { nullable: true, description: 'Name of the order.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Description of the order (the unified `note`).' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the order was created, e.g. SHIPWELL_WEB (Shipwell `source`, a CreatedBySource; sent as given).' })
  source?: string | null;

  @Field(() => ShipwellStopInput, { nullable: true, description: 'Where the goods are picked up.' })
  shipFrom?: ShipwellStopInput | null;

  @Field(() => ShipwellStopInput, { description: 'Where the goods are delivered.' })
  shipTo!: ShipwellStopInput;

  @Field(() => ShipwellSupplierInput, { nullable: true, description: 'Supplier of the purchase order.' })
  supplier?: ShipwellSupplierInput | null;

  @Field(() => ShipwellBillToInput, { nullable: true, description: 'Who is billed for the freight.' })
  billTo?: ShipwellBillToInput | null;

  @Field(() => [ShipwellItemInput], { nullable: true, description: 'Lines of the order.' })
  items?: ShipwellItemInput[] | null;

  @Field(() => [String], { nullable: true, description: 'Ids or slugs of tags of the Shipwell account, e.g. "urgent".' })
  tags?: string[] | null;

  @Field(() => [ShipwellReferenceInput], { nullable: true, description: 'Reference numbers of the order.' })
  references?: ShipwellReferenceInput[] | null;

  @Field(() => String, { nullable: true, description: 'Id of the order in your system, at most 64 characters (deprecated by Shipwell).' })
  sourceSystemId?: string | null;

  @Field(() => String, { nullable: true, description: 'First day of the order, YYYY-MM-DD.' })
  startDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the order, YYYY-MM-DD.' })
  expirationDate?: string | null;

  @Field(() => JSONResolver, {
    nullable: true,
    description: 'Key-value custom data of the order: an object, or the JSON string of one as the documented example sends it.',
  })
  customData?: Record<string, unknown> | string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the order is archived (Shipwell `archived`, default false).' })
  archived?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether the supplier may create releases (default false).' })
  supplierCreatedReleasesAllowed?: boolean | null;
}

const shipwellOrders = new MutationPipeline(ProviderKey.SHIPWELL, ShipwellProvider);

@Resolver()
export class ShipwellResolver {
  @Mutation(() => Order, {
    description:
      "Create a purchase order at Shipwell. Input is checked against Shipwell's rules before anything is sent. Shipwell orders cannot be updated or cancelled through its API.",
  })
  async createShipwellPurchaseOrder(
    @Arg('input', () => CreateShipwellPurchaseOrderInput, { description: 'The purchase order.' }) input: CreateShipwellPurchaseOrderInput,
    @Ctx() ctx: RequestContext,
    @Arg('idempotencyKey', () => String, { nullable: true, description: 'Same key and input: the same order, created once. Kept 24 h.' })
    idempotencyKey?: string | null,
  ): Promise<Order> {
    return shipwellOrders.create(ctx, {
      mutation: 'createShipwellPurchaseOrder',
      idempotencyKey,
      fingerprint: input,
      send: (provider) => provider.createOrder(input),
      // The order number is unique at Shipwell: if the create's answer was lost, it tells whether the order exists.
      recover: (provider) => findByOrderNumber(provider, input.orderNumber),
    });
  }
}
