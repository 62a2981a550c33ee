import { Field, ID, InterfaceType } from 'type-graphql';

@InterfaceType({
  description: 'Relay Node: anything with a global id that `node(id)` can fetch again.',
  // Mappers return plain objects, not class instances; orders are the only nodes.
  resolveType: () => 'Order',
})
export abstract class Node {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;
}
