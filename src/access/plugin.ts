import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode, OrderGraphError } from '../core/errors';
import type { RequestContext } from '../graphql/context';
import { withStatus } from '../limits/apollo';
import { Scope } from './access';

/**
 * Every mutation needs `orders:write`. Checked once the operation is known and before anything
 * runs, so a read-only key's mutation is refused whole (HTTP 403, FORBIDDEN), as Stripe refuses
 * a restricted key's write, with no partial effects. Reads need `orders:read`, which every key has
 * (`orders:write` includes it).
 */
export const scopePlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        const needed = operation?.operation === 'mutation' ? Scope.ORDERS_WRITE : Scope.ORDERS_READ;
        if (!contextValue.access.can(needed)) {
          throw withStatus(new OrderGraphError(ErrorCode.FORBIDDEN, `This API key lacks the ${needed} scope`, { requiredScope: needed }), 403);
        }
      },
    };
  },
};
