/**
 * What a frontend writes with the typed documents of schema/generated/: a GraphQL client takes a
 * document and infers the result and variables types from it. Compiled by
 * generated-documents.test.ts with strict settings; the @ts-expect-error lines prove the types are
 * real (a wrong variable or field must not compile).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  CreateOctopiServiceOrderDocument,
  GetOrderDocument,
  ListOrdersDocument,
  type ListOrdersQuery,
  type ListOrdersQueryVariables,
  type OrderStatus,
} from '../../schema/generated/graphql';

type ResultOf<T> = T extends TypedDocumentNode<infer Result, infer _Variables> ? Result : never;
type VariablesOf<T> = T extends TypedDocumentNode<infer _Result, infer Variables> ? Variables : never;

/** A minimal client: what urql, Apollo Client or graphql-request do with a typed document. */
declare function request<Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables: Variables): Promise<Result>;

export async function everyStatus(): Promise<OrderStatus[]> {
  const statuses: OrderStatus[] = [];
  let variables: ListOrdersQueryVariables = { first: 500, filter: { providers: ['OCTOPI'] } };
  for (;;) {
    const page: ListOrdersQuery = await request(ListOrdersDocument, variables);
    statuses.push(...page.orders.edges.map((edge) => edge.node.status));
    if (!page.orders.pageInfo.hasNextPage) return statuses;
    variables = { ...variables, after: page.orders.pageInfo.endCursor };
  }
}

export async function dueDate(id: string): Promise<string | null> {
  const result = await request(GetOrderDocument, { id });
  return result.order?.dueAt ?? null;
}

export const createVariables: VariablesOf<typeof CreateOctopiServiceOrderDocument> = {
  input: { orderNumber: 'WEB-1', cargoType: 'CONTAINER', containerIds: [4337700], serviceIds: ['cleaning'] },
  idempotencyKey: 'web-1',
};

export function amounts(order: NonNullable<ResultOf<typeof GetOrderDocument>['order']>): string[] {
  // Money stays a decimal string.
  return order.serviceItems.flatMap((item) => (item.unitPrice ? [item.unitPrice.amount] : []));
}

// @ts-expect-error: the id is required
export const missingId: VariablesOf<typeof GetOrderDocument> = {};

// @ts-expect-error: no such status
export const wrongStatus: OrderStatus = 'SHIPPED';

export function wrongField(page: ListOrdersQuery): unknown {
  // @ts-expect-error: ListOrders does not select the note
  return page.orders.edges[0].node.note;
}
