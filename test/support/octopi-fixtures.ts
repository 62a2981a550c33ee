import type { OctopiServiceOrder } from '../../src/providers/octopi/wire';

/** The documented response example of POST /api/v1/service_orders (../shared/provider-docs/octopi-service-orders.md), verbatim. */
export const OCTOPI_DOCUMENTED_ORDER: OctopiServiceOrder = {
  id: 41,
  order_number: 'API_TEST_002',
  due_at: '2024-05-19T20:00:00-04:00',
  cargo_type: 'container',
  status: 'pending',
  comment: 'New SO',
  created_at: '2024-01-29T05:33:55-05:00',
  ordered_by: 'System',
  service_order_items: [
    { id: 74, container_id: 4337700, status: 'pending', container_number: '0317933', service_type: 'custom', service_id: 721, service_name: 'Repainting' },
    { id: 75, container_id: 4337700, status: 'pending', container_number: '0317933', service_type: 'default', service_id: 'cleaning', service_name: 'Cleaning (Default)' },
  ],
};
