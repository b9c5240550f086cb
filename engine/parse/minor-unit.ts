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
 * Whether a figure reads as money: two decimals, or, when `whole` (the page's currency prints
 * whole amounts: wholeMoneyCurrency), a whole number.
 */
export function moneyDecimals(a: { decimals: number }, whole = false): boolean {
  return a.decimals === 2 || (whole && a.decimals === 0);
}
