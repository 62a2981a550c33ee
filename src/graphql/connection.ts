import { Field, InputType, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { ProviderEnum, type ProviderKey } from '../core/provider-key';
import { OrderStatus } from '../model/enums';
import { Order } from '../model/order';

@ObjectType({ description: 'Relay page information (the Relay cursor connections specification).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more orders follow `endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, {
    description: 'Whether orders of this list precede this page: true when `after` is a cursor that came after at least one order, false on the first page.',
  })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge of this page; null when the page has no edges.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;
}

@ObjectType({ description: 'An order in a page, with the cursor just after it.' })
export class OrderEdge {
  @Field(() => String, { description: 'Opaque cursor: pass as `after` to continue just after this order.' })
  cursor!: string;

  @Field(() => Order, { description: 'The order.' })
  node!: Order;
}

@ObjectType({ description: 'A page of orders merged across providers (Relay connection).' })
export class OrderConnection {
  @Field(() => [OrderEdge], { description: 'Orders of this page, in the requested order.' })
  edges!: OrderEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends and whether another follows.' })
  pageInfo!: PageInfo;
}

@InputType({ description: 'Filters of `orders`; all given filters must match.' })
export class OrderFilter {
  @Field(() => [ProviderEnum], { nullable: true, description: 'Only these providers (default: every configured provider).' })
  providers?: ProviderKey[];

  @Field(() => [OrderStatus], { nullable: true, description: 'Only orders in one of these unified statuses.' })
  statuses?: OrderStatus[];

  @Field(() => String, { nullable: true, description: 'Only the order(s) with exactly this order number.' })
  orderNumber?: string;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Only orders created at or after this instant.' })
  createdFrom?: Date;

  @Field(() => DateTimeISOResolver, { nullable: true, description: 'Only orders created at or before this instant.' })
  createdTo?: Date;

  @Field(() => String, { nullable: true, description: 'Only orders that touch this container number.' })
  containerNumber?: string;
}
