import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, OrderGraphError } from '../core/errors';
import type { RequestContext } from '../graphql/context';
import { withStatus } from '../limits/apollo';
import { Scope } from './access';
import { WEBHOOK_MUTATIONS } from '../changes/webhooks/root-fields';

/** Root fields that read no order data. */
const SCHEMA_ONLY_ROOTS = new Set(['_service', '__typename']);
/** Mutations of the key's own webhook endpoints: they deliver only what the key may read, so reading is the scope they need. */
const READ_SCOPED_MUTATIONS = new Set<string>(WEBHOOK_MUTATIONS);

/**
 * Every mutation needs `orders:write`. Checked once the operation is known and before anything
 * runs, so a read-only key's mutation is refused whole (HTTP 403, FORBIDDEN), as Stripe refuses
 * a restricted key's write, with no partial effects. Reads need `orders:read`, which every key has
 * (`orders:write` includes it). With introspection off, `_service` (the whole subgraph SDL) needs
 * `schema:read`: a gateway's key can compose the graph, a client's key cannot read the schema.
 */
export function scopePlugin(introspection: boolean): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          const needed: Scope[] = [];
          if (operation?.operation === 'mutation') {
            const roots = operation.selectionSet.selections;
            const webhooksOnly = roots.every((s) => s.kind === 'Field' && (READ_SCOPED_MUTATIONS.has(s.name.value) || s.name.value === '__typename'));
            needed.push(webhooksOnly ? Scope.ORDERS_READ : Scope.ORDERS_WRITE);
          } else {
            const roots = operation?.selectionSet.selections ?? [];
            if (roots.some((s) => s.kind !== 'Field' || !SCHEMA_ONLY_ROOTS.has(s.name.value))) needed.push(Scope.ORDERS_READ);
            if (!introspection && roots.some((s) => s.kind === 'Field' && s.name.value === '_service')) needed.push(Scope.SCHEMA_READ);
          }
          const missing = needed.find((scope) => !contextValue.access.can(scope));
          if (missing) {
            throw withStatus(new OrderGraphError(ErrorCode.FORBIDDEN, `This API key lacks the ${missing} scope`, { requiredScope: missing }), 403);
          }
        },
      };
    },
  };
}
