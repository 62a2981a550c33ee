import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';
import { badUserInput } from '../../core/errors';

/**
 * Where webhooks may be sent. An endpoint URL is the partner's to choose, so without a policy
 * ordergraph would POST wherever it is told: to the cloud's metadata service, to a database
 * port on the private network, to itself (server-side request forgery). So:
 *
 * - at registration, the URL must be http or https, carry no credentials, and not name a
 *   private, loopback, link-local or otherwise reserved address literally;
 * - at delivery, the host name is resolved by ordergraph's own lookup, which refuses any
 *   address in those ranges: a name that resolves (or later re-resolves, DNS rebinding) to the
 *   private network is refused at connect time, after the check and not before it;
 * - redirects are never followed (a 3xx is a failed attempt), so a public URL cannot bounce
 *   the request inward.
 *
 * `allowPrivate` (WEBHOOK_ALLOW_PRIVATE_URLS; on in the sandbox, where receivers run on
 * loopback) turns the address checks off; the scheme and credential checks stay.
 */
export class WebhookUrlPolicy {
  constructor(readonly allowPrivate: boolean) {}

  /** The URL, normalised, or a BAD_USER_INPUT naming `field` and the rule it broke. */
  check(raw: string, field = 'input.url'): string {
    const fail = (rule: string, message: string) => badUserInput([{ field, rule, message }]);
    if (raw.length > 2048) throw fail('length', 'must be at most 2048 characters');
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw fail('url', `"${raw.slice(0, 80)}" is not an absolute URL`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw fail('scheme', `must be http or https, not ${url.protocol.replace(':', '')}`);
    if (url.username || url.password) throw fail('credentials', 'must not carry a user name or password (the signature authenticates ordergraph)');
    if (!this.allowPrivate) {
      const host = url.hostname.replace(/^\[|\]$/g, '');
      if (host === 'localhost' || host.endsWith('.localhost')) throw fail('publicAddress', 'must not point at this machine (localhost)');
      if (isIP(host) && isPrivateAddress(host)) throw fail('publicAddress', `must not point at a private, loopback or reserved address (${host})`);
    }
    url.hash = '';
    return url.toString();
  }

  /** The DNS lookup for delivery connections: refuses names that resolve to a blocked address. */
  lookup(): LookupFunction | undefined {
    if (this.allowPrivate) return undefined;
    return ((
      hostname: string,
      options: object,
      callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
    ) => {
      dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
        if (error) return callback(error, '', 0);
        const blocked = addresses.find((a) => isPrivateAddress(a.address));
        if (blocked)
          return callback(
            Object.assign(new Error(`${hostname} resolves to ${blocked.address}, a private or reserved address; webhooks are not sent there`), {
              code: 'EADDRNOTALLOWED',
            }),
            '',
            0,
          );
        if ((options as { all?: boolean }).all) return callback(null, addresses);
        callback(null, addresses[0].address, addresses[0].family);
      });
    }) as LookupFunction;
  }

  /** Whether a delivery may connect to a URL whose host is an address literal (no lookup happens for those). */
  refusesLiteral(url: string): string | null {
    if (this.allowPrivate) return null;
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return isIP(host) && isPrivateAddress(host) ? `${host} is a private or reserved address; webhooks are not sent there` : null;
  }
}

const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  BLOCKED.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  BLOCKED.addSubnet(network, prefix, 'ipv6');

/** Loopback, private, link-local (cloud metadata), carrier-grade NAT, multicast and reserved ranges, IPv4-mapped IPv6 included. */
export function isPrivateAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return BLOCKED.check(mapped[1], 'ipv4');
  return isIP(address) === 6 ? BLOCKED.check(address, 'ipv6') : BLOCKED.check(address, 'ipv4');
}
