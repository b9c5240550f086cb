/**
 * @module engine/parse/iban
 * An IBAN as a page prints it, in groups of any size ("ES91 2100 0418 57 7607215825", "PT50 0035
 * 0651 4897 3712 927 87"): its country code, two check digits and the country's BBAN (ISO 13616).
 * Groups are joined until the country's length is reached or, for a country not in the table,
 * until the mod-97 check holds; a grouping that holds the check is preferred. Country lengths,
 * formats and the check come from ibantools (the SWIFT IBAN registry and the national formats
 * outside it), not from a table of our own.
 */
import { getCountrySpecifications, isValidIBAN } from 'ibantools';

/** The IBAN length of a country (two upper-case letters), or null when ibantools knows none for it. */
export function ibanLength(country: string): number | null {
  return getCountrySpecifications()[country]?.chars ?? null;
}

/**
 * Whether a compact IBAN (no spaces, upper case) is valid: its country's length and BBAN format
 * and the ISO 7064 mod-97-10 check (ibantools' isValidIBAN).
 */
export function ibanCheckHolds(compact: string): boolean {
  return isValidIBAN(compact);
}

/** The start of an IBAN, then its groups, each after one space or a dot a scan read for a space. */
const HEAD = /^([A-Z]{2})(\d{2})/;
const GROUP = /^[\s.]?([A-Z0-9]+)/;

/**
 * The IBAN that starts a text ("DE17 6805 0101 7755 5888 66 BIC ..."), as printed (its groups
 * and single spaces kept; a dot between groups, as scans read a space, made a space): groups are
 * joined while the country's length is not reached and the check does not hold. Null when the
 * text does not start with a country and check digits, or when the groups overrun the country's
 * length, or (a country without a known length) when no grouping holds the check: the caller
 * then reads the value its own way.
 */
export function ibanAtStart(text: string): string | null {
  const head = HEAD.exec(text);
  if (!head) return null;
  const want = ibanLength(head[1]);
  let printed = head[0];
  let compact = head[0];
  let rest = text.slice(head[0].length);
  for (;;) {
    const g = GROUP.exec(rest);
    if (!g) break;
    const next = compact + g[1];
    if (next.length > (want ?? 34)) break;
    printed += g[0].startsWith('.') ? ` ${g[1]}` : g[0];
    compact = next;
    rest = rest.slice(g[0].length);
    if (want ? compact.length === want : ibanCheckHolds(compact)) return printed;
  }
  return null;
}
