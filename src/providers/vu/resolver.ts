import { Arg, Ctx, Field, InputType, Int, Mutation, registerEnumType, Resolver } from 'type-graphql';
import { DateTimeISOResolver, JSONResolver } from 'graphql-scalars';
import { ProviderKey } from '../keys';
import type { RequestContext } from '../../graphql/context';
import { findByOrderNumber, MutationPipeline } from '../../graphql/mutations';
import { Order } from '../../model/order';
import { VuProvider } from './provider';

export enum VuSalesChannelInput {
  B2B = 'b2b',
  B2C = 'b2c',
}

registerEnumType(VuSalesChannelInput, {
  name: 'VuSalesChannel',
  description: 'The channel a VU Custom order was sold through.',
  valuesConfig: {
    B2B: { description: 'Business to business.' },
    B2C: { description: 'Business to consumer.' },
  },
});

@InputType({ description: 'A VU Custom ship-to or sold-to party (VU `ship_to` / `sold_to`).' })
export class VuPartyInput {
  @Field(() => String, { description: 'Account number of the party (VU `account_number`).' })
  accountNumber!: string;

  @Field(() => String, { description: 'Primary address line (VU `address_1`).' })
  address1!: string;

  @Field(() => String, { nullable: true, description: 'Secondary address line (VU `address_2`).' })
  address2?: string | null;

  @Field(() => String, { description: 'City (VU `city`).' })
  city!: string;

  @Field(() => String, { nullable: true, description: 'Company name (VU `company_name`).' })
  companyName?: string | null;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code in capitals, e.g. US (VU `country`).' })
  country!: string;

  @Field(() => String, { description: 'First name (VU `first_name`).' })
  firstName!: string;

  @Field(() => String, { description: 'Last name (VU `last_name`).' })
  lastName!: string;

  @Field(() => String, { nullable: true, description: 'Phone number, any formatting (VU `phone`).' })
  phone?: string | null;

  @Field(() => String, { description: 'Postal or ZIP code (VU `postal_code`).' })
  postalCode!: string;

  @Field(() => String, { description: 'State, province or region code (VU `state_region`).' })
  stateRegion!: string;

  @Field(() => String, { nullable: true, description: 'E-mail address (VU `email`, shown in its answers).' })
  email?: string | null;
}

@InputType({ description: 'A line of a VU Custom order: one customised product (VU `order_lines[]`).' })
export class VuOrderLineInput {
  @Field(() => String, { description: 'Product SKU (VU `sku`).' })
  sku!: string;

  @Field(() => String, { description: 'Product description (VU `product_description`).' })
  productDescription!: string;

  @Field(() => Int, { description: 'Quantity ordered, a whole number (VU `quantity`).' })
  quantity!: number;

  @Field(() => String, {
    description:
      'Unit price as a whole number written as a string, e.g. "70" (VU documents `price` as Integer). Sent to VU as a JSON number with exactly these digits (VU `price`).',
  })
  price!: string;

  @Field(() => String, { description: 'Customisation reference (VU `recipe_token`).' })
  recipeToken!: string;

  @Field(() => String, { nullable: true, description: 'Requested delivery date, as VU shows it: YYYY-MM-DD (VU `customer_requested_date`).' })
  customerRequestedDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Manufacturing facility code (VU `factory_code`).' })
  factoryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Your reference of the line (VU `line_reference`).' })
  lineReference?: string | null;

  @Field(() => String, { nullable: true, description: 'Product UPC (VU `upc`).' })
  upc?: string | null;

  @Field(() => [String], { nullable: true, description: 'Line tags (VU `tags`), sent as JSON strings; the list may be empty.' })
  tags?: string[] | null;

  @Field(() => JSONResolver, { nullable: true, description: 'Key-value pairs of custom line data, a JSON object (VU `custom_attributes`).' })
  customAttributes?: Record<string, unknown> | null;
}

@InputType({ description: 'A VU Custom order: customised products for a sold-to and a ship-to party (VU `POST /api/v1/orders`).' })
export class CreateVuOrderInput {
  @Field(() => String, { description: 'Your unique order number, without commas (VU `order_number`).' })
  orderNumber!: string;

  @Field(() => String, { description: 'Currency of the prices, e.g. USD (VU `currency`).' })
  currency!: string;

  @Field(() => DateTimeISOResolver, { description: 'When the order was placed (VU `order_date`).' })
  orderDate!: Date;

  @Field(() => VuSalesChannelInput, { description: 'Sales channel (VU `sales_channel`).' })
  salesChannel!: VuSalesChannelInput;

  @Field(() => String, { description: 'Carrier code, e.g. UPS (VU `ship_method_carrier`).' })
  shipMethodCarrier!: string;

  @Field(() => String, { description: 'Service level code (VU `ship_method_code`).' })
  shipMethodCode!: string;

  @Field(() => String, { description: 'Service description, e.g. UPS Ground Residential (VU `ship_method_description`).' })
  shipMethodDescription!: string;

  @Field(() => [VuOrderLineInput], { description: 'The order lines; at least one (VU `order_lines`).' })
  orderLines!: VuOrderLineInput[];

  @Field(() => VuPartyInput, { description: 'Where the goods go (VU `ship_to`).' })
  shipTo!: VuPartyInput;

  @Field(() => VuPartyInput, { description: 'Who is billed (VU `sold_to`).' })
  soldTo!: VuPartyInput;

  @Field(() => JSONResolver, {
    nullable: true,
    description:
      "B2B information, a JSON object (VU `b2b`); VU's table says it is required for B2B orders, its own B2B example sends none, so ordergraph lets VU decide.",
  })
  b2b?: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'Purchase order number (VU `purchase_order_number`).' })
  purchaseOrderNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Sales order number (VU `sales_order_number`).' })
  salesOrderNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Order notes (VU `note`).' })
  note?: string | null;

  // Strings, though VU's table says only "array": see README.md ("Tags").
  @Field(() => [String], { nullable: true, description: 'Order tags (VU `tags`), sent as JSON strings; the list may be empty.' })
  tags?: string[] | null;

  @Field(() => JSONResolver, { nullable: true, description: 'Key-value pairs of custom order data, a JSON object (VU `custom_attributes`).' })
  customAttributes?: Record<string, unknown> | null;
}

const vuOrders = new MutationPipeline(ProviderKey.VU, VuProvider);

@Resolver()
export class VuResolver {
  @Mutation(() => Order, {
    description:
      "Create an order at VU Custom. Input is checked against VU's rules before anything is sent. VU orders cannot be updated or cancelled through its API.",
  })
  async createVuOrder(
    @Arg('input', () => CreateVuOrderInput, { description: 'The order.' }) input: CreateVuOrderInput,
    @Ctx() ctx: RequestContext,
    @Arg('idempotencyKey', () => String, { nullable: true, description: 'Same key and input: the same order, created once. Kept 24 h.' })
    idempotencyKey?: string | null,
  ): Promise<Order> {
    return vuOrders.create(ctx, {
      mutation: 'createVuOrder',
      idempotencyKey,
      fingerprint: input,
      send: (provider) => provider.createOrder(input),
      // The order number is unique at VU: if the create's answer was lost, it tells whether the order exists.
      recover: (provider) => findByOrderNumber(provider, input.orderNumber),
    });
  }
}
