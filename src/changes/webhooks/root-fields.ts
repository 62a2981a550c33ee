/**
 * The webhook root fields, by name, for the plugins that treat them apart. Kept out of the
 * resolver's module: importing that one registers its types with type-graphql, and the order
 * types are registered in is the order of the emitted schema.
 */

/** Mutations of a key's own webhook endpoints: readable and manageable with `orders:read` (src/access/plugin.ts). */
export const WEBHOOK_MUTATIONS = ['registerWebhookEndpoint', 'setWebhookEndpointEnabled', 'deleteWebhookEndpoint', 'replayWebhookDeliveries'] as const;
/** Queries whose answers are the caller's own endpoints: never served from the shared response cache. */
export const WEBHOOK_QUERIES = ['webhookEndpoints', 'webhookDeliveries'] as const;
