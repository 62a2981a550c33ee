import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

/** The sandbox's demo key (read and write, every provider): what tests send unless told otherwise. */
export const SANDBOX_KEY = 'sandbox-key';

/** Headers that authenticate as `key`; `null` sends no Authorization header at all. */
export function asKey(key: string | null): Record<string, string> {
  return key === null ? { authorization: '' } : { authorization: `Bearer ${key}` };
}

/**
 * Posts a typed document (from schema/generated) or a query string to ordergraph over HTTP,
 * with the sandbox key unless `headers` say otherwise (see `asKey`).
 */
export async function gql<T, V>(
  url: string,
  document: TypedDocumentNode<T, V> | string,
  variables?: V,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const query = typeof document === 'string' ? document : print(document);
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...asKey(SANDBOX_KEY), ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}
