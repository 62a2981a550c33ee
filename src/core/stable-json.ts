/**
 * JSON with object keys sorted and dates as ISO text, so that equal values give equal text
 * whatever order their keys were written in: the key of a cached read and the fingerprint of an
 * idempotent request. `undefined` properties are left out; an `undefined` value reads as null.
 */
export function stableJson(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}
