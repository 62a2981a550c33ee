import { registerEnumType } from 'type-graphql';

/** What happened to an order between two looks at its vendor. */
export enum OrderChangeKind {
  CREATED = 'CREATED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  FIELDS_CHANGED = 'FIELDS_CHANGED',
  CANCELLED = 'CANCELLED',
  DISAPPEARED = 'DISAPPEARED',
}

registerEnumType(OrderChangeKind, {
  name: 'OrderChangeKind',
  description: 'What happened to an order, as ordergraph saw it at the vendor.',
  valuesConfig: {
    CREATED: { description: 'The order appeared at the vendor.' },
    STATUS_CHANGED: { description: 'The unified status moved (`previousStatus` to `order.status`); other fields may have changed with it (`changedFields`).' },
    FIELDS_CHANGED: { description: 'Fields other than the status changed (named in `changedFields`).' },
    CANCELLED: { description: 'The order moved to CANCELLED.' },
    DISAPPEARED: { description: 'The vendor no longer lists the order; `order` is how it was last seen.' },
  },
});
