#!/usr/bin/env node
// Pages through every order of every provider and writes them as JSON lines.
//
//   ORDERGRAPH_URL=http://localhost:4000 ORDERGRAPH_KEY=sandbox-key node examples/export-orders.mjs orders.jsonl
//
// With an output file, the export is resumable: after every page it writes `<output>.cursor`
// (the page's end cursor, and how many bytes and orders the output held then). Run it again
// after a crash, a kill or a give-up and it resumes from there: the output is first cut back to
// the length the cursor file names, so a page half-written when the run stopped is not written
// twice, and every order ends up in the file exactly once. Once the export is complete, the
// cursor file says so and a rerun writes nothing; delete both files for a fresh export.
// Without an output file the orders go to stdout and nothing is resumable.
//
// Outages: the cursor keeps each vendor's own position, so a page that carries a
// PROVIDER_UNAVAILABLE error still holds every other vendor's orders, and the missing vendor's
// orders follow on later pages of the same cursor chain. When a page brings nothing but such
// errors (only the vendors that are down are left), or ordergraph itself does not answer, the
// export waits and asks again with exponential backoff (0.5 s doubling up to
// EXPORT_MAX_BACKOFF_SECONDS, default 30); it gives up (exit code 1, the cursor kept) only after
// waiting EXPORT_MAX_WAIT_SECONDS (default 600) without getting a single order.
//
// EXPORT_PAGE_SIZE (default 500, ordergraph's largest page by default) sets `first`.

import { closeSync, existsSync, fstatSync, ftruncateSync, openSync, readFileSync, renameSync, writeFileSync, writeSync, fsyncSync } from 'node:fs';

const url = `${process.env.ORDERGRAPH_URL ?? 'http://localhost:4000'}/graphql`;
const key = process.env.ORDERGRAPH_KEY ?? 'sandbox-key';
const pageSize = Number(process.env.EXPORT_PAGE_SIZE ?? 500);
const maxWaitMs = Number(process.env.EXPORT_MAX_WAIT_SECONDS ?? 600) * 1000;
const maxBackoffMs = Number(process.env.EXPORT_MAX_BACKOFF_SECONDS ?? 30) * 1000;
const outputPath = process.argv[2];
const cursorPath = outputPath && `${outputPath}.cursor`;

const query = `
  query Export($first: Int!, $after: String) {
    orders(first: $first, after: $after, orderBy: OLDEST_FIRST) {
      edges { node { id provider orderNumber status providerStatus createdAt updatedAt dueAt currency } }
      pageInfo { hasNextPage endCursor }
    }
  }`;

/** Where the last finished page left the export: its end cursor, and the output's size then. */
let progress = { after: null, bytes: 0, count: 0, done: false };
let out = 1; // stdout
if (outputPath) {
  if (existsSync(cursorPath)) progress = JSON.parse(readFileSync(cursorPath, 'utf8'));
  out = openSync(outputPath, existsSync(outputPath) ? 'r+' : 'w');
  // Whatever a stopped run wrote after its last saved cursor is written again from that cursor.
  if (fstatSync(out).size !== progress.bytes) ftruncateSync(out, progress.bytes);
  if (progress.done) {
    console.error(`export already complete (${progress.count} orders in ${outputPath}); delete ${cursorPath} for a fresh one`);
    process.exit(0);
  }
  if (progress.after) console.error(`resuming after ${progress.count} orders`);
}

/** Writes a page's orders, then (atomically) the cursor after them. */
function savePage(nodes, pageInfo) {
  const text = nodes.map((node) => `${JSON.stringify(node)}\n`).join('');
  const bytes = Buffer.from(text);
  if (bytes.length > 0) writeSync(out, bytes, 0, bytes.length, outputPath ? progress.bytes : null);
  progress = {
    after: pageInfo.endCursor ?? progress.after,
    bytes: progress.bytes + bytes.length,
    count: progress.count + nodes.length,
    done: !pageInfo.hasNextPage,
  };
  if (!outputPath) return;
  fsyncSync(out);
  writeFileSync(`${cursorPath}.tmp`, JSON.stringify(progress));
  renameSync(`${cursorPath}.tmp`, cursorPath);
}

/** One page, or null when ordergraph could not answer at all (down, restarting, overloaded). */
async function fetchPage(after) {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({ query, variables: { first: pageSize, after } }),
      signal: AbortSignal.timeout(60_000),
    });
    if (response.status === 429 || response.status >= 500) return { wait: `ordergraph answered HTTP ${response.status}` };
    const { data, errors } = await response.json();
    if (!data?.orders) throw new Error(`export failed: ${JSON.stringify(errors)}`);
    return { orders: data.orders, unavailable: (errors ?? []).filter((e) => e.extensions?.code === 'PROVIDER_UNAVAILABLE') };
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('export failed')) throw error;
    return { wait: `ordergraph could not be reached (${error.cause?.code ?? error.message})` };
  }
}

let waitedMs = 0;
let backoffMs = 500;
for (;;) {
  const page = await fetchPage(progress.after);
  if (page.orders)
    savePage(
      page.orders.edges.map((edge) => edge.node),
      page.orders.pageInfo,
    );
  if (progress.done) break;
  if (page.orders?.edges.length > 0) {
    // Progress: the vendors still down (if any) are asked again on the next page anyway.
    waitedMs = 0;
    backoffMs = 500;
    continue;
  }
  const why = page.wait ?? `unavailable: ${page.unavailable.map((e) => e.extensions.provider ?? e.message).join(', ')}`;
  if (waitedMs + backoffMs > maxWaitMs) {
    console.error(`giving up after waiting ${Math.round(waitedMs / 1000)} s (${why}); run again to resume`);
    process.exit(1);
  }
  console.error(`${why}; asking again in ${backoffMs / 1000} s`);
  await new Promise((resolve) => setTimeout(resolve, backoffMs));
  waitedMs += backoffMs;
  backoffMs = Math.min(backoffMs * 2, maxBackoffMs);
}
if (outputPath) closeSync(out);
console.error(`exported ${progress.count} orders`);
