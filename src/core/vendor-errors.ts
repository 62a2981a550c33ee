import { ErrorCode } from './errors';

/**
 * Which ordergraph code a vendor's error answer means. A vendor that sends its own code says
 * more than its status (a vendor may answer a stale update, a missing order and a bad user all with
 * 400), so the code comes first: each provider declares a table from its documented codes to
 * ordergraph's, and only a code the table does not name falls back to the status.
 */

/** A vendor's documented error codes and the ordergraph code each one means. */
export type VendorCodeTable = Readonly<Record<string, ErrorCode>>;

/** What a call was, when its status means something else than for a read or a write of one order. */
export interface CallMeaning {
  /**
   * The call creates an order: a 404 then names something the new order refers to (a
   * container, a service, a route), so it is the vendor refusing the request, not a missing order.
   */
  creates?: boolean;
  /** Statuses this vendor documents with another meaning for this call (e.g. 400 for an unknown id). */
  statuses?: Readonly<Partial<Record<number, ErrorCode>>>;
}

/** The ordergraph code of a vendor's error answer; rate limits and 5xx are PROVIDER_UNAVAILABLE. */
export function vendorErrorCode(status: number, providerCode: string | undefined, table: VendorCodeTable = {}, call: CallMeaning = {}): ErrorCode {
  // A 5xx is the vendor failing, whatever code it carries.
  if (status >= 500 || status < 400) return ErrorCode.PROVIDER_UNAVAILABLE;
  if (providerCode !== undefined && Object.prototype.hasOwnProperty.call(table, providerCode)) return table[providerCode];
  const documented = call.statuses?.[status];
  if (documented) return documented;
  if (status === 404) return call.creates ? ErrorCode.PROVIDER_REJECTED : ErrorCode.NOT_FOUND;
  if (status === 409 || status === 412) return ErrorCode.CONFLICT;
  if (status === 401 || status === 403) return ErrorCode.PROVIDER_AUTH_FAILED;
  if (status === 429) return ErrorCode.PROVIDER_UNAVAILABLE;
  return ErrorCode.PROVIDER_REJECTED;
}
