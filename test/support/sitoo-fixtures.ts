type Json = Record<string, unknown>;

/** `unit_price` -> `unitPrice`, `employee_id` -> `employeeId`. */
const camel = (wire: string) => wire.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());
const camelKeys = (wire: Json): Json => Object.fromEntries(Object.entries(wire).map(([key, value]) => [camel(key), value]));
const each = (value: unknown, convert: (item: Json) => Json) =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? convert(value as Json) : value;

/**
 * A Sitoo wire body (a documented request of sitoo-service-orders.md, or an order as Sitoo holds
 * it) as the GraphQL input that asks for it: camel-case names, and the product as the one
 * ServiceProduct object the model names (the documented create sends it as a one-element array).
 * `state` and `revision` are kept where the body has them (an update's input carries both).
 */
export function sitooInputOf(wire: Json): Json {
  const input = camelKeys(wire);
  for (const key of ['store', 'owner', 'customer', 'author']) if (key in input) input[key] = each(input[key], camelKeys);
  if ('product' in input) {
    const product = Array.isArray(input.product) && input.product.length === 1 ? input.product[0] : input.product;
    input.product = each(product, (p) => {
      const converted = camelKeys(p);
      if (Array.isArray(converted.services)) converted.services = converted.services.map((s: unknown) => each(s, camelKeys));
      return converted;
    });
  }
  return input;
}
