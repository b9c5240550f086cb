/**
 * @module pinned-lookup
 * A `lookup` function for node:net / node:http(s) that never asks DNS: it answers only for the
 * one host name it was built for, and only with the addresses resolve-destination already
 * vetted. Passing it to the request pins the connection to those addresses, which is what
 * defeats DNS rebinding (a second, different answer between the check and the connect).
 * TLS still verifies the certificate against the host name, because the request's `host`
 * stays the name; only the address resolution is replaced.
 *
 * Fails (through the callback, as net expects) with ENOTFOUND for any other host name, or
 * when no vetted address matches the requested family.
 */
import type { LookupFunction } from 'node:net';
import type { VettedAddress } from './resolve-destination.ts';
import { internalMessage } from '../../schemas/errors.ts';

function notFound(hostname: string): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(internalMessage('PINNED_LOOKUP_NO_ADDRESS', { host: hostname }));
  err.code = 'ENOTFOUND';
  return err;
}

/** Builds a lookup that resolves `hostname` to `addresses` and nothing else. */
export function pinnedLookup(hostname: string, addresses: readonly VettedAddress[]): LookupFunction {
  const pinnedHost = hostname.toLowerCase();
  return (host, options, callback) => {
    const family = options.family === 4 || options.family === 6 ? options.family : 0;
    const matches = addresses.filter((a) => family === 0 || a.family === family);
    if (host.toLowerCase() !== pinnedHost || matches.length === 0) {
      process.nextTick(() => callback(notFound(host), ''));
      return;
    }
    // With autoSelectFamily (the Node 20 default) net asks for all addresses and races them.
    if (options.all) {
      process.nextTick(() => callback(null, matches.map((a) => ({ ...a }))));
    } else {
      const first = matches[0]!;
      process.nextTick(() => callback(null, first.address, first.family));
    }
  };
}
