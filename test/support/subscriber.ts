import type { FormattedExecutionResult as ExecutionResult } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** The graphql-ws client as a Node application runs it: `ws` as its WebSocket, the key in the connection parameters. */
export function wsClient(
  httpUrl: string,
  key: string | null,
  options: { lazy?: boolean; headers?: Record<string, string> } = {},
): Client & { closes: Array<{ code: number; reason: string }> } {
  const closes: Array<{ code: number; reason: string }> = [];
  const headers = options.headers;
  const client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: headers
      ? class extends WebSocket {
          constructor(url: string, protocols: string[]) {
            super(url, protocols, { headers });
          }
        }
      : WebSocket,
    connectionParams: key === null ? undefined : { Authorization: `Bearer ${key}` },
    lazy: options.lazy ?? true,
    retryAttempts: 0,
    on: { closed: (event) => void closes.push({ code: (event as { code: number }).code, reason: String((event as { reason: unknown }).reason) }) },
  });
  return Object.assign(client, { closes });
}

/** One subscription's events as they arrive, and its end (completion, error or close). */
export interface Subscription<T> {
  events: ExecutionResult<T, unknown>[];
  /** Resolves with the first `count` events (rejects when the subscription ends first). */
  next(count: number, timeoutMs?: number): Promise<ExecutionResult<T, unknown>[]>;
  ended: Promise<{ error?: unknown }>;
  stop(): void;
}

export function subscribe<T>(client: Client, query: string, variables?: Record<string, unknown>): Subscription<T> {
  const events: ExecutionResult<T, unknown>[] = [];
  const waiters: Array<() => void> = [];
  let end: { error?: unknown } | undefined;
  let resolveEnded!: (value: { error?: unknown }) => void;
  const ended = new Promise<{ error?: unknown }>((resolve) => (resolveEnded = resolve));
  const finish = (value: { error?: unknown }) => {
    end = value;
    resolveEnded(value);
    waiters.splice(0).forEach((wake) => wake());
  };
  const stop = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        events.push(value);
        waiters.splice(0).forEach((wake) => wake());
      },
      error: (error) => finish({ error }),
      complete: () => finish({}),
    },
  );
  return {
    events,
    ended,
    stop,
    async next(count, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (events.length < count) {
        if (end) throw new Error(`the subscription ended after ${events.length} of ${count} events: ${JSON.stringify(end.error ?? 'complete')}`);
        if (Date.now() > deadline) throw new Error(`${events.length} of ${count} events within ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return events.slice(0, count);
    },
  };
}
