/**
 * @module classify-address
 * Decides whether an IP address is a public unicast destination that the server may fetch
 * documents from. Everything else (loopback, RFC 1918 private, link-local including the cloud
 * metadata address 169.254.169.254, multicast, unspecified, CGNAT 100.64/10, broadcast,
 * reserved and documentation ranges, IPv6 unique-local and link-local, and IPv6 forms that
 * embed an IPv4 address such as ::ffff:127.0.0.1) is refused. Classification is ipaddr.js's
 * range table; this module only adds the policy: an allow-list of one range ("unicast", and
 * for IPv6 only inside the global-unicast block 2000::/3) so that new special ranges are
 * refused by default.
 *
 * Never throws: an unparsable string is reported as not allowed with range "invalid".
 */
import ipaddr from 'ipaddr.js';

export interface AddressVerdict {
  /** True only for public unicast addresses. */
  allowed: boolean;
  /** ipaddr.js range name (e.g. "loopback", "private", "linkLocal"), or "invalid". */
  range: string;
  /** The address as classified, after unwrapping embedded IPv4 (e.g. "127.0.0.1"). */
  address: string;
}

const GLOBAL_UNICAST_V6 = ipaddr.IPv6.parseCIDR('2000::/3');
/** IPv6 ranges whose low 32 bits carry an IPv4 address that is what really gets reached. */
const EMBEDS_V4_LOW32 = new Set(['ipv4Mapped', 'rfc6145', 'rfc6052']);

function classifyV4(ip: ipaddr.IPv4): AddressVerdict {
  const range = ip.range();
  return { allowed: range === 'unicast', range, address: ip.toString() };
}

function classifyV6(ip: ipaddr.IPv6): AddressVerdict {
  const range = ip.range();
  if (EMBEDS_V4_LOW32.has(range)) {
    const bytes = ip.toByteArray().slice(12);
    const v4 = classifyV4(new ipaddr.IPv4(bytes));
    return { ...v4, range: v4.allowed ? range : `${range}:${v4.range}` };
  }
  if (range === '6to4') {
    // 2002:AABB:CCDD::/48 routes to the IPv4 address AA.BB.CC.DD.
    const bytes = ip.toByteArray().slice(2, 6);
    const v4 = classifyV4(new ipaddr.IPv4(bytes));
    return { ...v4, range: v4.allowed ? range : `${range}:${v4.range}` };
  }
  const address = ip.toNormalizedString();
  if (range !== 'unicast') return { allowed: false, range, address };
  // ipaddr.js calls everything outside its special table "unicast", including the
  // deprecated IPv4-compatible ::a.b.c.d block and unallocated space; only 2000::/3 is
  // assigned global unicast.
  if (!ip.match(GLOBAL_UNICAST_V6)) return { allowed: false, range: 'unallocated', address };
  return { allowed: true, range, address };
}

/** Classifies one textual IPv4 or IPv6 address (brackets and a %zone are tolerated). */
export function classifyAddress(text: string): AddressVerdict {
  const raw = text.trim().replace(/^\[(.*)\]$/, '$1');
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    // Strict forms only: ipaddr.parse also accepts "127.1" or "0x7f.1", which getaddrinfo
    // never returns; WHATWG URL parsing has already normalised those in URL hosts.
    if (ipaddr.IPv4.isValidFourPartDecimal(raw)) ip = ipaddr.IPv4.parse(raw);
    else if (ipaddr.IPv6.isValid(raw)) ip = ipaddr.IPv6.parse(raw);
    else return { allowed: false, range: 'invalid', address: raw };
  } catch {
    return { allowed: false, range: 'invalid', address: raw };
  }
  return ip.kind() === 'ipv4' ? classifyV4(ip as ipaddr.IPv4) : classifyV6(ip as ipaddr.IPv6);
}

/** True when `text` is an IP literal rather than a host name. */
export function isIpLiteral(text: string): boolean {
  const raw = text.replace(/^\[(.*)\]$/, '$1');
  return ipaddr.IPv4.isValidFourPartDecimal(raw) || ipaddr.IPv6.isValid(raw);
}
