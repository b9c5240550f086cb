/**
 * @module engine/extract/web-domain
 * The issuer's own web address as evidence of its name: an invoice prints its issuer's e-mail
 * and website ("info@cronus.com", "www.kraxi.com"), and the domain's name part is usually the
 * company's name or its first word. When the top of the page holds two names side by side (the
 * addressee's window on the left, the letterhead on the right), the one the domain names is
 * the issuer. Pure.
 */
import { fold, firstColumn, type DocLine } from '../parse/lines.ts';

/** Mail and web hosts that name no company of their own. */
const FREE_MAIL = new Set(['gmail', 'googlemail', 'yahoo', 'hotmail', 'outlook', 'live', 'icloud', 'gmx', 'web', 'aol', 'proton', 'protonmail', 'mail', 'orange', 'free', 'wanadoo', 'libero', 'wp', 'onet', 'interia', 'o2', 't-online']);

/**
 * The name part of every e-mail and web domain printed in `lines` (the label before the public
 * suffix: "cronus" of info@cronus.com, "kraxi" of www.kraxi.com, "acme" of billing.acme.co.uk),
 * folded to lower-case letters and digits; free-mail providers left out.
 */
export function domainNames(lines: DocLine[]): string[] {
  const out = new Set<string>();
  const host = /(?:@|\bwww\.|https?:\/\/)([a-z\d][a-z\d.-]*\.[a-z]{2,})/gi;
  for (const l of lines) {
    for (const m of l.text.matchAll(host)) {
      const parts = m[1].toLowerCase().split('.').filter(Boolean);
      // drop the public suffix: the last label, and a second-level one as in co.uk, com.au
      parts.pop();
      if (parts.length > 1 && /^(co|com|org|net|ac|gov|or|ne)$/.test(parts[parts.length - 1])) parts.pop();
      const name = parts.pop()?.replace(/[^a-z\d]/g, '');
      if (name && name.length >= 3 && !FREE_MAIL.has(name)) out.add(name);
    }
  }
  return [...out];
}

/**
 * Whether a domain name of `domains` names `name`: it equals the name's letters run together,
 * or one of its words of four letters or more, or the run of its first words ("kraxi" names
 * "Kraxi GmbH", "cronus" names "CRONUS DE", "northwind" names "Northwind Traders Ltd").
 */
export function namedByDomain(name: string, domains: string[]): boolean {
  const words = fold(name).split(/[^\p{L}\d]+/u).filter(Boolean);
  if (!words.length) return false;
  const joined = words.join('');
  const leading = words.slice(0, 3).map((_, i) => words.slice(0, i + 1).join(''));
  return domains.some((d) => d === joined || words.some((w) => w.length >= 4 && w === d) || (d.length >= 5 && leading.includes(d)));
}

/** The texts of a line's columns (runs of words split by a wide gap), left to right. */
export function columnsOf(line: DocLine): string[] {
  const out: string[] = [];
  let from = 0;
  while (from < line.text.length) {
    const rest = line.text.slice(from);
    const lead = rest.length - rest.trimStart().length;
    const col = firstColumn(line, from + lead);
    if (!col) break;
    out.push(col);
    const at = line.text.indexOf(col, from);
    if (at < 0) break;
    from = at + col.length;
  }
  return out;
}
