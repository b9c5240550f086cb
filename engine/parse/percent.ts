/**
 * @module engine/parse/percent
 * A percentage as tax rates are printed: one or two whole digits, up to three decimals after a
 * point or a comma ("20%", "5,5 %", "13.5%", a US sales tax's "8.875%"), never the tail of a longer
 * number ("8.875%" is no 75 %, "1,234.5%" no 34.5 %); a point after a word's abbreviation is no
 * part of a number ("USt.8.1%": 8.1 %, a Swiss invoice's VAT rows). Capture group 1 is the figure as printed.
 * Global: use with matchAll. Shared by the extraction's and the derivation's rate readers, which
 * left a receipt with no rate when they read only two decimals.
 */
export const PERCENT = /(?<![\d,]|[\d,]\.)(\d{1,2}(?:[.,]\d{1,3})?)\s?%/g;

/** The figure of a PERCENT match as a fraction ("8,875" -> 0.08875). */
export const percentFraction = (figure: string): number => Number(figure.replace(',', '.')) / 100;

/**
 * A percentage written with its sign first, as Turkish tills and fiscal slips print it ("30,00
 * %01" for 1 %, "KDV %10", "%20"): two digits at most, no decimals, not the start of a longer
 * number. Read only on a line that prints no PERCENT (a "%" after a figure is that figure's).
 * Capture group 1 is the figure. Global: use with matchAll.
 */
export const PERCENT_SIGN_FIRST = /%(\d{1,2})(?![\d.,])/g;
