import { Arg, Ctx, Field, ID, InputType, Int, Mutation, registerEnumType, Resolver } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { ProviderKey } from '../keys';
import type { RequestContext } from '../../graphql/context';
import { findByOrderNumber, MutationPipeline } from '../../graphql/mutations';
import { Order } from '../../model/order';
import { OctopiProvider } from './provider';

export enum OctopiCargoTypeInput {
  CONTAINER = 'container',
  BREAKBULK = 'breakbulk',
}

registerEnumType(OctopiCargoTypeInput, {
  name: 'OctopiCargoType',
  description: 'What an Octopi service order is about.',
  valuesConfig: {
    CONTAINER: { description: 'Containers.' },
    BREAKBULK: { description: 'Break-bulk cargo.' },
  },
});

@InputType({ description: 'An Octopi service order: services to perform on containers at the depot.' })
export class CreateOctopiServiceOrderInput {
  @Field(() => String, { description: 'Your unique service order number (Octopi `order_number`).' })
  orderNumber!: string;

  @Field(() => OctopiCargoTypeInput, { description: 'Cargo type (Octopi `cargo_type`).' })
  cargoType!: OctopiCargoTypeInput;

  @Field(() => [Int], { description: 'Octopi ids of the containers (Octopi `container_ids`); at least one.' })
  containerIds!: number[];

  @Field(() => [String], { description: 'Default (e.g. "cleaning") or custom (e.g. "721") service ids (Octopi `service_ids`); at least one.' })
  serviceIds!: string[];

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'When the order must be done by (Octopi `due_at`).' })
  dueAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Comment for the depot (Octopi `comment`).' })
  comment?: string | null;
}

@InputType({ description: 'Changes to an Octopi service order; omitted fields stay as they are.' })
export class UpdateOctopiServiceOrderInput {
  @Field(() => String, { nullable: true, description: 'New order number.' })
  orderNumber?: string | null;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'New due date; null clears it.' })
  dueAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'New comment; null clears it.' })
  comment?: string | null;
}

const octopiOrders = new MutationPipeline(ProviderKey.OCTOPI, OctopiProvider);

@Resolver()
export class OctopiResolver {
  @Mutation(() => Order, { description: "Create a service order at Octopi. Input is checked against Octopi's rules before anything is sent." })
  async createOctopiServiceOrder(
    @Arg('input', () => CreateOctopiServiceOrderInput, { description: 'The service order.' }) input: CreateOctopiServiceOrderInput,
    @Ctx() ctx: RequestContext,
    @Arg('idempotencyKey', () => String, { nullable: true, description: 'Same key and input: the same order, created once. Kept 24 h.' })
    idempotencyKey?: string | null,
  ): Promise<Order> {
    return octopiOrders.create(ctx, {
      mutation: 'createOctopiServiceOrder',
      idempotencyKey,
      fingerprint: input,
      send: (provider) => provider.createOrder(input),
      // The order number is unique at Octopi: if the create's answer was lost, it tells whether the order exists.
      recover: (provider) => findByOrderNumber(provider, input.orderNumber),
    });
  }

  @Mutation(() => Order, { description: 'Change the order number, due date or comment of an Octopi service order.' })
  async updateOctopiServiceOrder(
    @Arg('id', () => ID, { description: 'Global id of the Octopi order (octopi:<id>).' }) id: string,
    @Arg('input', () => UpdateOctopiServiceOrderInput, { description: 'The changes.' }) input: UpdateOctopiServiceOrderInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Order> {
    return octopiOrders.update(ctx, { id, send: (provider, providerId) => provider.updateOrder(providerId, input) });
  }
}
