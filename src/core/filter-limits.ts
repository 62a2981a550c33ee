import { badUserInput } from './errors';
import type { ListFilter, OrderProvider } from './provider';

/**
 * How long a filter string may be. A provider declares the limits its vendor documents
 * (`ProviderCapabilities.filterLimits`); where the docs are silent, DEFAULT_FILTER_LENGTH
 * applies: not a vendor rule but a request-size bound, so that a filter value sent in a query
 * string (up to three bytes per character once percent-encoded) stays far below the 8 KB that
 * HTTP servers commonly accept for a request line and headers, and a vendor never answers 431.
 *
 * A string longer than every queried provider accepts is refused before anything is sent
 * (BAD_USER_INPUT, rule `maxLength`). A provider whose own limit it exceeds, while another
 * queried provider accepts it, holds no such order and is left out of the list.
 */
export const DEFAULT_FILTER_LENGTH = 256;

export type FilterLimits = Partial<Record<'orderNumber' | 'containerNumber', number>>;

const LIMITED = ['orderNumber', 'containerNumber'] as const;

export function limitOf(provider: OrderProvider, field: (typeof LIMITED)[number]): number {
  return provider.capabilities.filterLimits?.[field] ?? DEFAULT_FILTER_LENGTH;
}

/** The providers that can hold an order matching `filter`; throws when none can because a string is too long. */
export function providersForFilter(providers: OrderProvider[], filter: ListFilter): OrderProvider[] {
  let left = providers;
  for (const field of LIMITED) {
    const value = filter[field];
    if (value === undefined) continue;
    const fits = left.filter((provider) => value.length <= limitOf(provider, field));
    if (fits.length === 0 && left.length > 0) {
      const max = Math.max(...left.map((provider) => limitOf(provider, field)));
      throw badUserInput([{ field: `filter.${field}`, rule: 'maxLength', message: `is too long (maximum length is ${max})` }]);
    }
    left = fits;
  }
  return left;
}
