/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation CancelOrder($id: ID!, $reason: String!) {\n  cancelOrder(id: $id, reason: $reason) {\n    id\n    status\n    providerStatus\n  }\n}": typeof types.CancelOrderDocument,
    "mutation CreateOctopiServiceOrder($input: CreateOctopiServiceOrderInput!) {\n  createOctopiServiceOrder(input: $input) {\n    ...OrderFields\n  }\n}": typeof types.CreateOctopiServiceOrderDocument,
    "query GetOrder($id: ID!) {\n  order(id: $id) {\n    ...OrderFields\n  }\n}": typeof types.GetOrderDocument,
    "query ListOrders($first: Int = 20, $after: String, $filter: OrderFilter, $orderBy: SortDirection) {\n  orders(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    edges {\n      cursor\n      node {\n        id\n        provider\n        orderNumber\n        status\n        providerStatus\n        createdAt\n        dueAt\n        containers {\n          number\n        }\n        serviceItems {\n          code\n          name\n          status\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ListOrdersDocument,
    "query OrderByNumber($provider: Provider!, $orderNumber: String!) {\n  orderByNumber(provider: $provider, orderNumber: $orderNumber) {\n    ...OrderFields\n  }\n}": typeof types.OrderByNumberDocument,
    "fragment OrderFields on Order {\n  id\n  provider\n  providerId\n  orderNumber\n  status\n  providerStatus\n  createdAt\n  updatedAt\n  dueAt\n  currency\n  note\n  revision\n  orderType\n  tags\n  references {\n    type\n    value\n  }\n  voyage {\n    meansName\n    freightAgent\n    shippingCompany\n    eta\n    etd\n    closingCustoms\n    closingDangerous\n    closingDelivery\n  }\n  parties {\n    role\n    code\n    name\n    companyName\n    email\n    phone\n    address {\n      lines\n      city\n      postalCode\n      region\n      country\n      latitude\n      longitude\n      timezone\n    }\n  }\n  serviceItems {\n    id\n    code\n    name\n    serviceType\n    status\n    providerStatus\n    quantity\n    unitPrice {\n      amount\n      currency\n    }\n    costShare\n    note\n    containerNumber\n    productSku\n    productName\n  }\n  lines {\n    id\n    sku\n    description\n    quantity\n    unit\n    unitPrice {\n      amount\n      currency\n    }\n    status\n    providerStatus\n    reference\n    exFactoryDate\n    fulfillments {\n      id\n      trackingNumber\n      carrierName\n      carrierCode\n      serviceName\n      quantity\n      createdAt\n    }\n  }\n  containers {\n    number\n    iso6346Valid\n    sizeType\n    grossWeightKg\n    tareKg\n    sealNumbers\n    isReefer\n    reeferSetPoint\n    isHazardous\n    isOutOfGauge\n    hazardousClasses {\n      imdgCode\n      undgCode\n      packagingGroup\n    }\n    outOfGauge {\n      length\n      width\n      height\n    }\n    goods {\n      description\n      packagingCode\n      quantity\n      weightKg\n      volume\n    }\n    events {\n      type\n      startDate\n      endDate\n      creationDate\n      locationCode\n      locationName\n      reference\n      orderId\n    }\n    billOfLading\n    bookingNumber\n    comment\n  }\n  segments {\n    id\n    kind\n    type\n    parentId\n    containerNumber\n    transportOrderNumber\n    providerStatus\n  }\n}": typeof types.OrderFieldsFragmentDoc,
    "mutation UpdateOctopiServiceOrder($id: ID!, $input: UpdateOctopiServiceOrderInput!) {\n  updateOctopiServiceOrder(id: $id, input: $input) {\n    ...OrderFields\n  }\n}": typeof types.UpdateOctopiServiceOrderDocument,
};
const documents: Documents = {
    "mutation CancelOrder($id: ID!, $reason: String!) {\n  cancelOrder(id: $id, reason: $reason) {\n    id\n    status\n    providerStatus\n  }\n}": types.CancelOrderDocument,
    "mutation CreateOctopiServiceOrder($input: CreateOctopiServiceOrderInput!) {\n  createOctopiServiceOrder(input: $input) {\n    ...OrderFields\n  }\n}": types.CreateOctopiServiceOrderDocument,
    "query GetOrder($id: ID!) {\n  order(id: $id) {\n    ...OrderFields\n  }\n}": types.GetOrderDocument,
    "query ListOrders($first: Int = 20, $after: String, $filter: OrderFilter, $orderBy: SortDirection) {\n  orders(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    edges {\n      cursor\n      node {\n        id\n        provider\n        orderNumber\n        status\n        providerStatus\n        createdAt\n        dueAt\n        containers {\n          number\n        }\n        serviceItems {\n          code\n          name\n          status\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ListOrdersDocument,
    "query OrderByNumber($provider: Provider!, $orderNumber: String!) {\n  orderByNumber(provider: $provider, orderNumber: $orderNumber) {\n    ...OrderFields\n  }\n}": types.OrderByNumberDocument,
    "fragment OrderFields on Order {\n  id\n  provider\n  providerId\n  orderNumber\n  status\n  providerStatus\n  createdAt\n  updatedAt\n  dueAt\n  currency\n  note\n  revision\n  orderType\n  tags\n  references {\n    type\n    value\n  }\n  voyage {\n    meansName\n    freightAgent\n    shippingCompany\n    eta\n    etd\n    closingCustoms\n    closingDangerous\n    closingDelivery\n  }\n  parties {\n    role\n    code\n    name\n    companyName\n    email\n    phone\n    address {\n      lines\n      city\n      postalCode\n      region\n      country\n      latitude\n      longitude\n      timezone\n    }\n  }\n  serviceItems {\n    id\n    code\n    name\n    serviceType\n    status\n    providerStatus\n    quantity\n    unitPrice {\n      amount\n      currency\n    }\n    costShare\n    note\n    containerNumber\n    productSku\n    productName\n  }\n  lines {\n    id\n    sku\n    description\n    quantity\n    unit\n    unitPrice {\n      amount\n      currency\n    }\n    status\n    providerStatus\n    reference\n    exFactoryDate\n    fulfillments {\n      id\n      trackingNumber\n      carrierName\n      carrierCode\n      serviceName\n      quantity\n      createdAt\n    }\n  }\n  containers {\n    number\n    iso6346Valid\n    sizeType\n    grossWeightKg\n    tareKg\n    sealNumbers\n    isReefer\n    reeferSetPoint\n    isHazardous\n    isOutOfGauge\n    hazardousClasses {\n      imdgCode\n      undgCode\n      packagingGroup\n    }\n    outOfGauge {\n      length\n      width\n      height\n    }\n    goods {\n      description\n      packagingCode\n      quantity\n      weightKg\n      volume\n    }\n    events {\n      type\n      startDate\n      endDate\n      creationDate\n      locationCode\n      locationName\n      reference\n      orderId\n    }\n    billOfLading\n    bookingNumber\n    comment\n  }\n  segments {\n    id\n    kind\n    type\n    parentId\n    containerNumber\n    transportOrderNumber\n    providerStatus\n  }\n}": types.OrderFieldsFragmentDoc,
    "mutation UpdateOctopiServiceOrder($id: ID!, $input: UpdateOctopiServiceOrderInput!) {\n  updateOctopiServiceOrder(id: $id, input: $input) {\n    ...OrderFields\n  }\n}": types.UpdateOctopiServiceOrderDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CancelOrder($id: ID!, $reason: String!) {\n  cancelOrder(id: $id, reason: $reason) {\n    id\n    status\n    providerStatus\n  }\n}"): (typeof documents)["mutation CancelOrder($id: ID!, $reason: String!) {\n  cancelOrder(id: $id, reason: $reason) {\n    id\n    status\n    providerStatus\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateOctopiServiceOrder($input: CreateOctopiServiceOrderInput!) {\n  createOctopiServiceOrder(input: $input) {\n    ...OrderFields\n  }\n}"): (typeof documents)["mutation CreateOctopiServiceOrder($input: CreateOctopiServiceOrderInput!) {\n  createOctopiServiceOrder(input: $input) {\n    ...OrderFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GetOrder($id: ID!) {\n  order(id: $id) {\n    ...OrderFields\n  }\n}"): (typeof documents)["query GetOrder($id: ID!) {\n  order(id: $id) {\n    ...OrderFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListOrders($first: Int = 20, $after: String, $filter: OrderFilter, $orderBy: SortDirection) {\n  orders(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    edges {\n      cursor\n      node {\n        id\n        provider\n        orderNumber\n        status\n        providerStatus\n        createdAt\n        dueAt\n        containers {\n          number\n        }\n        serviceItems {\n          code\n          name\n          status\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query ListOrders($first: Int = 20, $after: String, $filter: OrderFilter, $orderBy: SortDirection) {\n  orders(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {\n    edges {\n      cursor\n      node {\n        id\n        provider\n        orderNumber\n        status\n        providerStatus\n        createdAt\n        dueAt\n        containers {\n          number\n        }\n        serviceItems {\n          code\n          name\n          status\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OrderByNumber($provider: Provider!, $orderNumber: String!) {\n  orderByNumber(provider: $provider, orderNumber: $orderNumber) {\n    ...OrderFields\n  }\n}"): (typeof documents)["query OrderByNumber($provider: Provider!, $orderNumber: String!) {\n  orderByNumber(provider: $provider, orderNumber: $orderNumber) {\n    ...OrderFields\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrderFields on Order {\n  id\n  provider\n  providerId\n  orderNumber\n  status\n  providerStatus\n  createdAt\n  updatedAt\n  dueAt\n  currency\n  note\n  revision\n  orderType\n  tags\n  references {\n    type\n    value\n  }\n  voyage {\n    meansName\n    freightAgent\n    shippingCompany\n    eta\n    etd\n    closingCustoms\n    closingDangerous\n    closingDelivery\n  }\n  parties {\n    role\n    code\n    name\n    companyName\n    email\n    phone\n    address {\n      lines\n      city\n      postalCode\n      region\n      country\n      latitude\n      longitude\n      timezone\n    }\n  }\n  serviceItems {\n    id\n    code\n    name\n    serviceType\n    status\n    providerStatus\n    quantity\n    unitPrice {\n      amount\n      currency\n    }\n    costShare\n    note\n    containerNumber\n    productSku\n    productName\n  }\n  lines {\n    id\n    sku\n    description\n    quantity\n    unit\n    unitPrice {\n      amount\n      currency\n    }\n    status\n    providerStatus\n    reference\n    exFactoryDate\n    fulfillments {\n      id\n      trackingNumber\n      carrierName\n      carrierCode\n      serviceName\n      quantity\n      createdAt\n    }\n  }\n  containers {\n    number\n    iso6346Valid\n    sizeType\n    grossWeightKg\n    tareKg\n    sealNumbers\n    isReefer\n    reeferSetPoint\n    isHazardous\n    isOutOfGauge\n    hazardousClasses {\n      imdgCode\n      undgCode\n      packagingGroup\n    }\n    outOfGauge {\n      length\n      width\n      height\n    }\n    goods {\n      description\n      packagingCode\n      quantity\n      weightKg\n      volume\n    }\n    events {\n      type\n      startDate\n      endDate\n      creationDate\n      locationCode\n      locationName\n      reference\n      orderId\n    }\n    billOfLading\n    bookingNumber\n    comment\n  }\n  segments {\n    id\n    kind\n    type\n    parentId\n    containerNumber\n    transportOrderNumber\n    providerStatus\n  }\n}"): (typeof documents)["fragment OrderFields on Order {\n  id\n  provider\n  providerId\n  orderNumber\n  status\n  providerStatus\n  createdAt\n  updatedAt\n  dueAt\n  currency\n  note\n  revision\n  orderType\n  tags\n  references {\n    type\n    value\n  }\n  voyage {\n    meansName\n    freightAgent\n    shippingCompany\n    eta\n    etd\n    closingCustoms\n    closingDangerous\n    closingDelivery\n  }\n  parties {\n    role\n    code\n    name\n    companyName\n    email\n    phone\n    address {\n      lines\n      city\n      postalCode\n      region\n      country\n      latitude\n      longitude\n      timezone\n    }\n  }\n  serviceItems {\n    id\n    code\n    name\n    serviceType\n    status\n    providerStatus\n    quantity\n    unitPrice {\n      amount\n      currency\n    }\n    costShare\n    note\n    containerNumber\n    productSku\n    productName\n  }\n  lines {\n    id\n    sku\n    description\n    quantity\n    unit\n    unitPrice {\n      amount\n      currency\n    }\n    status\n    providerStatus\n    reference\n    exFactoryDate\n    fulfillments {\n      id\n      trackingNumber\n      carrierName\n      carrierCode\n      serviceName\n      quantity\n      createdAt\n    }\n  }\n  containers {\n    number\n    iso6346Valid\n    sizeType\n    grossWeightKg\n    tareKg\n    sealNumbers\n    isReefer\n    reeferSetPoint\n    isHazardous\n    isOutOfGauge\n    hazardousClasses {\n      imdgCode\n      undgCode\n      packagingGroup\n    }\n    outOfGauge {\n      length\n      width\n      height\n    }\n    goods {\n      description\n      packagingCode\n      quantity\n      weightKg\n      volume\n    }\n    events {\n      type\n      startDate\n      endDate\n      creationDate\n      locationCode\n      locationName\n      reference\n      orderId\n    }\n    billOfLading\n    bookingNumber\n    comment\n  }\n  segments {\n    id\n    kind\n    type\n    parentId\n    containerNumber\n    transportOrderNumber\n    providerStatus\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateOctopiServiceOrder($id: ID!, $input: UpdateOctopiServiceOrderInput!) {\n  updateOctopiServiceOrder(id: $id, input: $input) {\n    ...OrderFields\n  }\n}"): (typeof documents)["mutation UpdateOctopiServiceOrder($id: ID!, $input: UpdateOctopiServiceOrderInput!) {\n  updateOctopiServiceOrder(id: $id, input: $input) {\n    ...OrderFields\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;