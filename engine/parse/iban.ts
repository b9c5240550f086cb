/**
 * @module engine/parse/iban
 * An IBAN as a page prints it, in groups of any size ("ES91 2100 0418 57 7607215825", "PT50 0035
 * 0651 4897 3712 927 87"): its country code, two check digits and the country's BBAN (ISO 13616).
 * Groups are joined until the country's length is reached or, for a country not in the table,
 * until the mod-97 check holds; a grouping that holds the check is preferred. A country code or
 * digits OCR misread as letters are put back when the check then holds (withIbanRepaired).
 * Country lengths, formats and the check come from ibantools (the SWIFT IBAN registry and the
 * national formats outside it), not from a table of our own.
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

/** The ISO 4217 codes (Node's Intl): a currency printed after an IBAN ("... 3330 96 EUR") is no group of it. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
/** A group of one to four digits after one space or dot (" 47"), not a figure's ("47,00"): printed after the country's length, a further group of the number. */
const MORE_DIGITS = /^[\s.]?\d{1,4}(?![\d\p{L}]|[.,]\d)/u;

/**
 * The IBAN that starts a text ("DE17 6805 0101 7755 5888 66 BIC ..."), as printed (its groups
 * and single spaces kept; a dot between groups, as scans read a space, made a space): groups are
 * joined while the country's length is not reached and the check does not hold. A currency code
 * after the groups ("PT50 ... 3330 96 EUR") is never one of them. Null when the text does not
 * start with a country and check digits, or when the groups overrun the country's length, or
 * when they reach it without the check holding and a group of digits still follows ("AT61 4118
 * 9417 6354 8529 47": the number printed is longer than the country's, so the cut at its length
 * is no reading of it), or (a country without a known length) when no grouping holds the check:
 * the caller then reads the value its own way, as printed.
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
    if (!g || CURRENCIES.has(g[1])) break;
    const next = compact + g[1];
    if (next.length > (want ?? 34)) break;
    printed += g[0].startsWith('.') ? ` ${g[1]}` : g[0];
    compact = next;
    rest = rest.slice(g[0].length);
    if (want && compact.length === want) return ibanCheckHolds(compact) || !MORE_DIGITS.test(rest) ? printed : null;
    if (!want && ibanCheckHolds(compact)) return printed;
  }
  return null;
}

/** Digits and a letter that OCR reads for the letters of a country code: 1 and l for I, 0 for O. */
const COUNTRY_LETTER: Record<string, string> = { '1': 'I', l: 'I', '0': 'O' };
/** Where an IBAN with a misread country code may start ("1E29 8961 ...", "lT60 ..."), not inside a longer word or number. */
const MISREAD_HEAD = /(?<![A-Za-z0-9])([A-Z01l])([A-Z01l])(?=\d{2}[\s.]?[A-Z0-9]{4})/g;

/**
 * `text` with each IBAN whose country code OCR misread as a digit or a lower-case l ("1E29 8961
 * 1898 ...", the I of Ireland read as a 1; "0M" for Oman) put back: 1 and l as I, 0 as O, when
 * the letters so made are a country's with a known IBAN (ISO 13616) and the IBAN so read holds
 * its mod-97 check, which a misread code alone cannot pass by chance but once in 97 (`trust`
 * 'check'); after an account label, whose value is an account anyway, when its groups make the
 * country's length as any IBAN read there must (`trust` 'length'). The text keeps its length.
 */
export function withIbanCountryRepaired(text: string, trust: 'check' | 'length'): string {
  if (!/[01l][A-Z01l]\d{2}|[A-Z][01l]\d{2}/.test(text)) return text;
  return text.replace(MISREAD_HEAD, (code: string, a: string, b: string, at: number) => {
    const fixed = (COUNTRY_LETTER[a] ?? a) + (COUNTRY_LETTER[b] ?? b);
    if (fixed === code || !/^[A-Z]{2}$/.test(fixed) || ibanLength(fixed) == null) return code;
    const value = ibanAtStart(fixed + text.slice(at + 2));
    if (!value) return code;
    return trust === 'length' || ibanCheckHolds(value.replace(/\s/g, '')) ? fixed : code;
  });
}

/** The letters (and a stroke) OCR reads for a digit: O and o for 0, I, l and | for 1. */
const DIGIT_FOR: Record<string, string> = { O: '0', o: '0', I: '1', l: '1', '|': '1' };
/**
 * An IBAN-shaped run: a country code (its letters possibly read as digits, see COUNTRY_LETTER),
 * two check characters that may be misread digits, then groups of one to four characters, each
 * after one space or a dot a scan read for a space.
 */
const IBAN_RUN = /(?<![A-Za-z0-9|])([A-Z01l]{2})([0-9OoIl|]{2})((?:[\s.]?[A-Za-z0-9|]{1,4}){2,9})/g;
/** The most misread characters tried in one IBAN (2^12 readings at most). */
const MAX_MISREADS = 12;

/**
 * `text` with each IBAN whose digits OCR read as letters ("DE89 37O4 OO44 O532 Ol3O OO": O for 0,
 * I or l for 1, in its check digits or its BBAN) put back, when exactly one way of reading those
 * letters as digits makes an IBAN that holds: its country's length reached at the end of a group
 * as printed, its BBAN's format and its ISO 7064 mod-97-10 check (ibantools' isValidIBAN). A
 * letter the BBAN's format allows (a British or Dutch bank code, "NWBK", "BOFI") stays a letter
 * unless the check asks otherwise, and an IBAN that holds as printed is left alone. Two readings
 * that both hold (an alphanumeric BBAN, once in 97) leave the IBAN as printed: the check decides,
 * or nothing is repaired. The text keeps its length.
 */
export function withIbanDigitsRepaired(text: string): string {
  if (!/[A-Z01l][A-Z01l][0-9OoIl|]{2}/.test(text) || !/[OoIl|]/.test(text)) return text;
  let out = text;
  for (const m of text.matchAll(IBAN_RUN)) {
    const country = [...m[1]].map((c) => COUNTRY_LETTER[c] ?? c).join('');
    const want = ibanLength(country);
    if (!want) continue;
    // the run's characters up to the country's length, by whole groups as printed: [character, offset in text]
    const chars: [string, number][] = [];
    const at = m.index!;
    for (let i = 0; i < 4; i++) chars.push([i < 2 ? country[i] : m[0][i], at + i]);
    for (const g of m[3].matchAll(/[A-Za-z0-9|]{1,4}/g)) {
      if (chars.length >= want) break;
      for (let i = 0; i < g[0].length; i++) chars.push([g[0][i], at + 4 + g.index! + i]);
    }
    if (chars.length !== want) continue;
    const compact = chars.map(([c]) => c).join('');
    if (ibanCheckHolds(compact)) continue;
    const misread = chars.map(([c], i) => (i >= 2 && DIGIT_FOR[c] ? i : -1)).filter((i) => i >= 0);
    if (!misread.length || misread.length > MAX_MISREADS) continue;
    const holding: number[] = [];
    for (let mask = 1; mask < 1 << misread.length && holding.length < 2; mask++) {
      const read = [...compact];
      misread.forEach((i, b) => { if (mask & (1 << b)) read[i] = DIGIT_FOR[read[i]]; });
      if (ibanCheckHolds(read.join(''))) holding.push(mask);
    }
    if (holding.length !== 1) continue;
    const fixed = [...out];
    misread.forEach((i, b) => { if (holding[0] & (1 << b)) fixed[chars[i][1]] = DIGIT_FOR[chars[i][0]]; });
    out = fixed.join('');
  }
  return out;
}

/**
 * `text` with the IBANs OCR misread put back: digits read as letters when the check then holds
 * (withIbanDigitsRepaired), then a country code read with digits (withIbanCountryRepaired, `trust`
 * as there). The text keeps its length.
 */
export function withIbanRepaired(text: string, trust: 'check' | 'length'): string {
  return withIbanCountryRepaired(withIbanDigitsRepaired(text), trust);
}
