import type { OrderChangeRecord } from '../../src/changes/feed';
import { OrderChangeKind } from '../../src/changes/kinds';
import { appendChanges } from '../../src/changes/postgres-log';
import { OrderStatus } from '../../src/model/enums';
import type { Order } from '../../src/model/order';
import type { Database } from '../../src/state/database';

/** Appends one change of `order` to the feed through `db`, as a poller does (appendChanges in a transaction). */
export async function appendChange(
  db: Database,
  order: Order,
  kind = OrderChangeKind.STATUS_CHANGED,
  previousStatus: OrderStatus | null = OrderStatus.PENDING,
): Promise<OrderChangeRecord> {
  const created = kind === OrderChangeKind.CREATED;
  const [record] = await db.transaction((tx) =>
    appendChanges(tx, [
      {
        provider: order.provider,
        orderId: order.id,
        kind,
        previousStatus: created ? null : previousStatus,
        changedFields: created ? [] : ['status', 'providerStatus'],
        detectedAt: new Date(),
        order,
      },
    ]),
  );
  return record;
}
