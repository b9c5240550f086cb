/**
 * @module engine/parse/iban
 * An IBAN as a page prints it, in groups of any size ("ES91 2100 0418 57 7607215825", "PT50 0035
 * 0651 4897 3712 927 87"): its country code, two check digits and the country's BBAN (ISO 13616).
 * Groups are joined until the country's length is reached or, for a country not in the table,
 * until the mod-97 check holds; a grouping that holds the check is preferred. Lengths are those
 * of the SWIFT IBAN registry (release 2024).
 */

/** Total IBAN length (country code and check digits included) by country, from the SWIFT IBAN registry. */
const LENGTH: Record<string, number> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28, CZ: 24,
  DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23, GL: 18, GR: 27,
  GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20,
  LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28, NL: 18, NO: 15, OM: 23, PK: 24, PL: 28,
  PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24, SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28,
  TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
};

/** The IBAN length of a country (two upper-case letters), or null when the registry has none for it. */
export function ibanLength(country: string): number | null {
  return LENGTH[country] ?? null;
}

/**
 * Whether a compact IBAN (no spaces, upper case) holds the ISO 13616 / ISO 7064 mod-97-10 check:
 * the first four characters moved to the end, letters as 10..35, the number modulo 97 is 1.
 */
export function ibanCheckHolds(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{1,30}$/.test(compact)) return false;
  let rest = 0;
  for (const c of compact.slice(4) + compact.slice(0, 4)) {
    const v = parseInt(c, 36);
    rest = v > 9 ? (rest * 100 + v) % 97 : (rest * 10 + v) % 97;
  }
  return rest === 1;
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
