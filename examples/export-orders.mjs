#!/usr/bin/env node
// Pages through every order of every provider, 500 at a time, and writes them as JSON lines.
// Usage: ORDERGRAPH_URL=http://localhost:4000 ORDERGRAPH_KEY=sandbox-key node examples/export-orders.mjs > orders.jsonl
// A page that carries a PROVIDER_UNAVAILABLE error is retried later from the same cursor: the
// cursor keeps each provider's own position, so nothing is skipped and nothing repeats.

const url = `${process.env.ORDERGRAPH_URL ?? 'http://localhost:4000'}/graphql`;
const key = process.env.ORDERGRAPH_KEY ?? 'sandbox-key';
const query = `
  query Export($after: String) {
    orders(first: 500, after: $after, orderBy: OLDEST_FIRST) {
      edges { node { id provider orderNumber status providerStatus createdAt updatedAt dueAt currency } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

let after = null;
let count = 0;
for (let attempt = 0; ; ) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables: { after } }),
  });
  const { data, errors } = await response.json();
  if (!data?.orders) throw new Error(`export failed: ${JSON.stringify(errors)}`);
  for (const { node } of data.orders.edges) process.stdout.write(`${JSON.stringify(node)}\n`);
  count += data.orders.edges.length;
  const unavailable = (errors ?? []).filter((e) => e.extensions?.code === 'PROVIDER_UNAVAILABLE');
  if (unavailable.length > 0 && attempt < 5) {
    // Keep what came back; come back for the missing provider from the same cursor.
    attempt += 1;
    console.error(`provider unavailable (${unavailable.map((e) => e.extensions.provider).join(', ')}), retrying in ${attempt}s`);
    await new Promise((resolve) => setTimeout(resolve, attempt * 1000));
  } else if (unavailable.length > 0) {
    throw new Error(`giving up: ${unavailable.map((e) => e.message).join('; ')}`);
  } else attempt = 0;
  if (!data.orders.pageInfo.hasNextPage) break;
  after = data.orders.pageInfo.endCursor;
}
console.error(`exported ${count} orders`);
