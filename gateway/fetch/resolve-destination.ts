/**
 * @module resolve-destination
 * Turns a URL into the set of IP addresses the fetcher is allowed to connect to, or refuses it.
 * Only http: and https: are accepted. The host is resolved once, with the system resolver
 * (getaddrinfo, so /etc/hosts aliases such as `localhost` count), returning every address;
 * if ANY of them is not public unicast (see classify-address) the URL is refused, unless the
 * host is in FETCH_ALLOW_HOSTS. The returned addresses are what the connection is then pinned
 * to (see pinned-lookup), so a DNS answer that changes between this check and the connect
 * (DNS rebinding) is never consulted.
 *
 * Fails with AppError URL_NOT_ALLOWED (400) for an invalid URL, a scheme other than http(s)
 * and non-public addresses; FETCH_FAILED (422) when the name does not resolve. `labels` names
 * the URL and the allow-list variable in those messages (webhook URLs use their own).
 */
import dns from 'node:dns';
import { appError, quoteInput } from '../../schemas/errors.ts';
import { classifyAddress, isIpLiteral } from './classify-address.ts';
import { isHostAllowListed } from './host-allow-list.ts';

export interface VettedAddress {
  address: string;
  family: 4 | 6;
}

export interface Destination {
  url: URL;
  /** Bare host name or IP (IPv6 without brackets), as used for SNI and the Host header. */
  hostname: string;
  addresses: VettedAddress[];
  allowListed: boolean;
}

/** How refusals name the URL and the variable that allow-lists hosts (document fetches by default). */
export interface UrlLabels {
  /** e.g. 'the document URL', 'the webhook URL'. */
  what: string;
  /** e.g. 'FETCH_ALLOW_HOSTS'. */
  allowVar: string;
}
export const DOCUMENT_URL_LABELS: UrlLabels = { what: 'the document URL', allowVar: 'FETCH_ALLOW_HOSTS' };

/** Parses and checks the scheme; refuses anything but http(s) with a message naming it. */
export function parseFetchableUrl(input: string | URL, labels: UrlLabels = DOCUMENT_URL_LABELS): URL {
  let url: URL;
  try {
    url = input instanceof URL ? input : new URL(input);
  } catch {
    throw appError('URL_INVALID', { what: labels.what });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw appError('URL_SCHEME', {
      verb: labels === DOCUMENT_URL_LABELS ? 'fetched' : 'used',
      scheme: quoteInput(url.protocol.replace(/:$/, '')),
    });
  }
  if (!url.hostname) throw appError('URL_NO_HOST', { what: labels.what });
  return url;
}

function refuse(hostname: string, address: string, range: string, labels: UrlLabels): never {
  const shown = hostname === address ? quoteInput(address) : `${quoteInput(hostname)} (${address})`;
  throw appError('URL_NON_PUBLIC', { what: labels.what, shown, range, allowVar: labels.allowVar });
}

async function lookupAll(hostname: string): Promise<VettedAddress[]> {
  try {
    const found = await dns.promises.lookup(hostname, { all: true, verbatim: true });
    return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw appError('DNS_FAILED', { host: quoteInput(hostname), code });
  }
}

/** Checks the scheme, resolves the host and vets every address. */
export async function resolveDestination(
  input: string | URL,
  allowHosts: readonly string[],
  labels: UrlLabels = DOCUMENT_URL_LABELS,
): Promise<Destination> {
  const url = parseFetchableUrl(input, labels);
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const allowListed = isHostAllowListed(url, allowHosts);

  let addresses: VettedAddress[];
  if (isIpLiteral(hostname)) {
    addresses = [{ address: hostname, family: hostname.includes(':') ? 6 : 4 }];
  } else {
    addresses = await lookupAll(hostname);
    if (addresses.length === 0) throw appError('DNS_NO_ADDRESS', { host: quoteInput(hostname) });
  }

  if (!allowListed) {
    for (const a of addresses) {
      const verdict = classifyAddress(a.address);
      if (!verdict.allowed) refuse(hostname, a.address, verdict.range, labels);
    }
  }
  return { url, hostname, addresses, allowListed };
}
