/**
 * @module host-allow-list
 * Matches a URL against `config.fetchAllowHosts` (FETCH_ALLOW_HOSTS): hosts an operator trusts
 * even though they resolve to private or loopback addresses (an intranet file server, a
 * MinIO on the LAN, 127.0.0.1 in tests). An entry is either a bare host, matching that host on
 * any port, or `host:port`, matching only that port (default ports 80/443 are implied when
 * the URL has none). IPv6 entries are written in brackets (`[::1]`, `[::1]:8080`). Matching
 * is exact and case-insensitive: no wildcards, no suffix matching, a trailing dot ignored.
 * Never throws.
 */

function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

/** Effective port of an http(s) URL ("" in URL.port means the scheme default). */
export function effectivePort(url: URL): string {
  if (url.port) return url.port;
  return url.protocol === 'https:' ? '443' : '80';
}

/** True when `url`'s host (and port, for `host:port` entries) is listed in `allowHosts`. */
export function isHostAllowListed(url: URL, allowHosts: readonly string[]): boolean {
  const host = normaliseHost(url.hostname); // IPv6 keeps its brackets: "[::1]"
  const hostPort = `${host}:${effectivePort(url)}`;
  for (const raw of allowHosts) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    // "[::1]:8080" or "host:8080" -> with port; "[::1]" or "host" -> without.
    const m = /^(\[[^\]]+\]|[^:[\]]+)(?::(\d+))?$/.exec(entry);
    if (!m) {
      // A bare IPv6 entry without brackets ("::1"): compare it to the unbracketed host.
      if (`[${entry}]` === host) return true;
      continue;
    }
    const entryHost = normaliseHost(m[1]!);
    if (m[2] !== undefined) {
      if (`${entryHost}:${Number(m[2])}` === hostPort) return true;
    } else if (entryHost === host) {
      return true;
    }
  }
  return false;
}
