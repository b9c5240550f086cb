/**
 * @module client-address
 * Decides the client address of a request: the socket's peer, unless that peer is a trusted
 * proxy (TRUST_PROXY), in which case the address it forwarded is taken, hop by hop from the
 * nearest, until an untrusted one: exactly Express's `trust proxy` semantics, computed by
 * `proxy-addr` (the library Express uses). The forwarded chain is read from `Forwarded`
 * (RFC 7239, its `for=` values, parsed by `forwarded-parse`) when present, else from
 * `X-Forwarded-For`; a malformed `Forwarded` header is ignored. Without TRUST_PROXY both
 * headers are ignored entirely, so a client cannot pick its own address.
 *
 * TRUST_PROXY: a number N trusts the N nearest hops (N load balancers in front); a list of
 * addresses and CIDRs (`10.0.0.0/8, 127.0.0.1`, also proxy-addr's names `loopback`,
 * `linklocal`, `uniquelocal`) trusts peers in it.
 *
 * Failure: `createClientAddress` throws Error naming the entry for a TRUST_PROXY value that is
 * no address or CIDR (at start, not per request). The returned function never throws.
 */
import proxyaddr from 'proxy-addr';
import parseForwarded from 'forwarded-parse';

/** (socket peer, lower-case request headers) -> the client's address. */
export type ClientAddress = (peer: string, headers: Record<string, string>) => string;

function forwardedFor(headers: Record<string, string>): string | undefined {
  const forwarded = headers['forwarded'];
  if (forwarded) {
    try {
      const hops = parseForwarded(forwarded)
        .map((p) => p.for)
        .filter((f): f is string => typeof f === 'string')
        // `for="[2001:db8::1]:4711"` / `for=192.0.2.60:8080` -> the bare address.
        .map((f) => f.replace(/^\[([^\]]+)\](?::\d+)?$/, '$1').replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, '$1'));
      if (hops.length) return hops.join(', ');
    } catch {
      // Malformed: fall through to X-Forwarded-For, as if the header were absent.
    }
  }
  return headers['x-forwarded-for'];
}

/** Builds the resolver for `trust` (config.trustProxy). */
export function createClientAddress(trust: number | readonly string[]): ClientAddress {
  const trusted =
    typeof trust === 'number'
      ? (_addr: string, i: number) => i < trust
      : trust.length === 0
        ? null
        : proxyaddr.compile([...trust]);
  if (!trusted) return (peer) => peer;
  return (peer, headers) => {
    const xff = forwardedFor(headers);
    if (!xff) return peer;
    // proxy-addr reads an IncomingMessage; these are the only two fields it uses.
    const req = { socket: { remoteAddress: peer }, connection: { remoteAddress: peer }, headers: { 'x-forwarded-for': xff } };
    try {
      return proxyaddr(req as never, trusted);
    } catch {
      return peer;
    }
  };
}
