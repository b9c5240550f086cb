/**
 * @module engine/parse/minor-unit
 * Currencies whose amounts are printed as whole numbers: ISO 4217 minor unit 0 (the yen, the
 * won, the króna, the Chilean peso, the dong...), and the forint, which ISO lists with two decimals
 * but which is priced and printed in whole forints (the fillér left circulation in 1999). On a
 * page in one of these, "115,247" or "4 563" is money with no decimals to show for it; elsewhere
 * a whole number is a quantity, a rate or a reference. Source: the ISO 4217 list (SIX Financial
 * Information, "minor unit" column).
 */

/** ISO 4217 codes with minor unit 0, and HUF by practice. */
const WHOLE = new Set(['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF', 'HUF']);

/** Whether amounts in `code` (ISO 4217; null: unknown) are printed as whole numbers. */
export function wholeMoneyCurrency(code: string | null | undefined): boolean {
  return !!code && WHOLE.has(code);
}

/**
 * Currencies ISO 4217 lists with two decimals whose country prices and prints in whole units, so
 * a page in one that prints no decimal fraction writes whole amounts (../parse/dot-thousands.ts):
 * the Colombian peso (the centavo coins left circulation long ago; tills and DIAN invoices print
 * "$ 11.900") and the Indonesian rupiah (the sen has not been used for decades; tills and tax
 * invoices print "Rp 15.000", "Total Rp 1.250.000"). Unlike the forint (WHOLE), such a page may still print cents ("$ 11.900,00"), so
 * the page's own figures decide.
 */
const WHOLE_IN_PRACTICE = new Set(['COP', 'IDR']);

/** Whether `code` (ISO 4217; null: unknown) is a two-decimal currency its country prints in whole units (WHOLE_IN_PRACTICE). */
export function wholeInPractice(code: string | null | undefined): boolean {
  return !!code && WHOLE_IN_PRACTICE.has(code);
}

/**
 * Whether a figure reads as money: two decimals, or, when `whole` (the page's currency prints
 * whole amounts: wholeMoneyCurrency), a whole number.
 */
export function moneyDecimals(a: { decimals: number }, whole = false): boolean {
  return a.decimals === 2 || (whole && a.decimals === 0);
}
