import { Arg, Ctx, Field, Float, ID, InputType, Int, Mutation, registerEnumType, Resolver } from 'type-graphql';
import { ProviderKey } from '../keys';
import type { RequestContext } from '../../graphql/context';
import { MutationPipeline } from '../../graphql/mutations';
import { Order } from '../../model/order';
import { SitooProvider } from './provider';

export enum SitooServiceOrderStateInput {
  NEW = 'new',
  IN_PROGRESS = 'in_progress',
  SERVICE_DONE = 'service_done',
  CLOSED = 'closed',
  CANCELLED = 'cancelled',
}

registerEnumType(SitooServiceOrderStateInput, {
  name: 'SitooServiceOrderState',
  description: 'The state of a Sitoo service order (Sitoo `state`).',
  valuesConfig: {
    NEW: { description: 'New (`new`).' },
    IN_PROGRESS: { description: 'In progress (`in_progress`).' },
    SERVICE_DONE: { description: 'Service done, waiting to be handed back (`service_done`).' },
    CLOSED: { description: 'Closed (`closed`).' },
    CANCELLED: { description: 'Cancelled (`cancelled`).' },
  },
});

@InputType({ description: 'The store a Sitoo service order belongs to (Sitoo `ServiceStore`).' })
export class SitooStoreInput {
  @Field(() => String, { description: 'Store id, e.g. the store number (external id of the store in Sitoo).' })
  id!: string;

  @Field(() => String, { description: 'Store name.' })
  name!: string;
}

@InputType({ description: 'A Sitoo user: the owner of an order or the author of a revision (Sitoo `ServiceUser`).' })
export class SitooUserInput {
  @Field(() => String, { description: 'E-mail of the user.' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'Name of the user.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Employee id of the user (Sitoo `employee_id`).' })
  employeeId?: string | null;
}

@InputType({ description: 'The customer of a Sitoo service order (Sitoo `ServiceCustomer`).' })
export class SitooCustomerInput {
  @Field(() => String, { description: 'First name (Sitoo `first_name`).' })
  firstName!: string;

  @Field(() => String, { nullable: true, description: 'Last name (Sitoo `last_name`).' })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Mobile phone number, e.g. +46701112233.' })
  mobile?: string | null;
}

@InputType({ description: 'A service applied to the product (Sitoo `ServiceItem`).' })
export class SitooServiceItemInput {
  @Field(() => String, { description: 'SKU of the service, e.g. SERVICE_HEEL.' })
  sku!: string;

  @Field(() => String, { description: 'Name of the service.' })
  name!: string;

  @Field(() => Int, { description: 'Quantity.' })
  quantity!: number;

  @Field(() => String, { nullable: true, description: 'Unit price including VAT as an exact decimal with two decimals, e.g. "50.00" (Sitoo `unit_price`).' })
  unitPrice?: string | null;

  @Field(() => Float, { nullable: true, description: 'How much of the price the customer pays, in percent, 0 to 100 (Sitoo `cost_share`).' })
  costShare?: number | null;

  @Field(() => String, { description: 'Note on this service (required by Sitoo; "" for none).' })
  note!: string;
}

@InputType({ description: 'The product being serviced (Sitoo `ServiceProduct`).' })
export class SitooProductInput {
  @Field(() => String, { description: 'SKU of the product.' })
  sku!: string;

  @Field(() => String, { description: 'Name of the product.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Serial number of the product.' })
  serial?: string | null;

  @Field(() => [SitooServiceItemInput], { description: 'The services to perform on the product.' })
  services!: SitooServiceItemInput[];
}

@InputType({ description: "A Sitoo service order: services to perform on a customer's product in a store." })
export class CreateSitooServiceOrderInput {
  @Field(() => SitooStoreInput, { description: 'The store the order belongs to.' })
  store!: SitooStoreInput;

  @Field(() => SitooUserInput, { description: 'The staff member responsible for the order.' })
  owner!: SitooUserInput;

  @Field(() => SitooCustomerInput, { description: 'The customer.' })
  customer!: SitooCustomerInput;

  @Field(() => String, { description: 'ISO 4217 currency of the prices, alpha-3 uppercased, e.g. SEK.' })
  currency!: string;

  @Field(() => String, { nullable: true, description: 'Note on the order.' })
  note?: string | null;

  @Field(() => SitooProductInput, { description: 'The product being serviced and its services.' })
  product!: SitooProductInput;

  @Field(() => SitooUserInput, { description: 'The user creating the order (Sitoo `author`).' })
  author!: SitooUserInput;
}

@InputType({
  description: 'Changes to a Sitoo service order. Omitted fields stay as they are; a given store, owner, customer or product replaces the current one whole.',
})
export class UpdateSitooServiceOrderInput {
  @Field(() => SitooServiceOrderStateInput, { nullable: true, description: 'New state (e.g. IN_PROGRESS, SERVICE_DONE, CLOSED, CANCELLED).' })
  state?: SitooServiceOrderStateInput | null;

  @Field(() => SitooStoreInput, { nullable: true, description: 'New store.' })
  store?: SitooStoreInput | null;

  @Field(() => SitooUserInput, { nullable: true, description: 'New owner.' })
  owner?: SitooUserInput | null;

  @Field(() => SitooCustomerInput, { nullable: true, description: 'New customer details.' })
  customer?: SitooCustomerInput | null;

  @Field(() => String, { nullable: true, description: 'New ISO 4217 currency.' })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: 'New note; null clears it.' })
  note?: string | null;

  @Field(() => SitooProductInput, { nullable: true, description: 'New product and services (replaces all services).' })
  product?: SitooProductInput | null;

  @Field(() => SitooUserInput, { nullable: true, description: "Who writes this revision; ordergraph's configured Sitoo author when omitted." })
  author?: SitooUserInput | null;
}

const sitooOrders = new MutationPipeline(ProviderKey.SITOO, SitooProvider);

@Resolver()
export class SitooResolver {
  @Mutation(() => Order, { description: "Create a service order at Sitoo. Input is checked against Sitoo's object model before anything is sent." })
  async createSitooServiceOrder(
    @Arg('input', () => CreateSitooServiceOrderInput, { description: 'The service order.' }) input: CreateSitooServiceOrderInput,
    @Ctx() ctx: RequestContext,
    @Arg('idempotencyKey', () => String, { nullable: true, description: 'Same key and input: the same order, created once. Kept 24 h.' })
    idempotencyKey?: string | null,
  ): Promise<Order> {
    return sitooOrders.create(ctx, {
      mutation: 'createSitooServiceOrder',
      idempotencyKey,
      fingerprint: input,
      send: (provider) => provider.createOrder(input),
      // Sitoo has no client order number: look for the order among the store's orders created since the send (see SitooProvider.findCreated).
      recover: (provider, sentAt) => provider.findCreated(input, sentAt),
    });
  }

  @Mutation(() => Order, {
    description:
      'Change a Sitoo service order, its state included (IN_PROGRESS, SERVICE_DONE, CLOSED, CANCELLED). Send the `revision` you last read: ' +
      'if the order changed since, nothing is written and the error is CONFLICT with `extensions.currentRevision`; re-read and retry.',
  })
  async updateSitooServiceOrder(
    @Arg('id', () => ID, { description: 'Global id of the Sitoo order (sitoo:<id>).' }) id: string,
    @Arg('revision', () => String, { description: 'The revision you last read (`Order.revision`).' }) revision: string,
    @Arg('input', () => UpdateSitooServiceOrderInput, { description: 'The changes.' }) input: UpdateSitooServiceOrderInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Order> {
    return sitooOrders.update(ctx, { id, send: (provider, providerId) => provider.updateOrder(providerId, { ...input, revision }) });
  }
}
