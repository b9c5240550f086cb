/**
 * @module engine/derive/printed-rates
 * The tax rates a document prints beside a tax word ("VAT 20%", "GST @ 6%", "MwSt 19 %",
 * "IVA 21%", "TVA 5,5 %", "Sales Tax 8.875%"). Rates come back as fractions (0.2 for 20 %),
 * distinct, in the
 * order printed. A percentage on a line without a tax word (a discount, a service charge) is
 * not a tax rate. Pure.
 */

import { PERCENT } from '../parse/percent.ts';
import { TAX_WORD_SOURCE } from '../parse/tax-words.ts';

// (the tax names of ../parse/tax-words.ts, each a word of its own)
const TAX_WORD = new RegExp(TAX_WORD_SOURCE, 'iu');
// (up to three decimals, and never a rate's tail: ../parse/percent.ts)
const RATE = PERCENT;

/** True when `line` names a tax (VAT, MwSt, IVA, TVA, BTW, GST...). */
export function namesTax(line: string): boolean {
  return TAX_WORD.test(line);
}

/** Distinct tax rates (fractions, 0 < r <= 0.3) printed on tax lines of `text`. */
export function printedTaxRates(text: string): number[] {
  const rates: number[] = [];
  for (const line of text.split('\n')) {
    if (!TAX_WORD.test(line)) continue;
    for (const m of line.matchAll(RATE)) {
      const r = Number(m[1].replace(',', '.')) / 100;
      if (r > 0 && r <= 0.3 && !rates.some((x) => Math.abs(x - r) < 1e-9)) rates.push(r);
    }
  }
  return rates;
}

/**
 * When no tax line prints its rate with a % sign (a tax breakdown whose rate column says "%" in
 * its header only, "Steuersatz [%] ... 19"), the one percentage printed anywhere on the page
 * ("19 %" on the item rows) that the document's own net and tax confirm (tax = net x r, to the
 * cent): [r], else []. Only a printed rate can come back, never one computed from the totals.
 */
export function confirmedTaxRate(text: string, net: number | null, tax: number | null): number[] {
  if (net === null || tax === null || net <= 0 || tax <= 0) return [];
  const found: number[] = [];
  for (const m of text.matchAll(RATE)) {
    const r = Number(m[1].replace(',', '.')) / 100;
    if (r > 0 && r <= 0.3 && Math.abs(net * r - tax) <= 0.01 && !found.some((x) => Math.abs(x - r) < 1e-9)) found.push(r);
  }
  return found.length === 1 ? found : [];
}

/** A tax word that names a registration number or the document's title, not an amount of tax. */
const NOT_AN_AMOUNT = /\b(?:vat|gst|tax|ust|tva|iva|btw)[\s.-]*(?:reg(?:istration)?|id|no\b|nr\b|number|code|invoice|identification|-?idnr)|\b(?:tax|gst|vat)\s+invoice\b|\bsteuer-?nr|\bsteuernummer|\bn°\s*tva|\bnif\b|\bgstin\b/i;

/**
 * True when some line names a tax as an amount (a tax word on a line that is not a tax
 * registration number or a "Tax Invoice" title). Such a page is taken to print its tax, so a
 * missing tax is unread, not zero.
 */
export function mentionsTax(text: string): boolean {
  return text.split('\n').some((l) => TAX_WORD.test(l) && !(NOT_AN_AMOUNT.test(l) && !/\d[.,]\d{2}\b/.test(l.replace(NOT_AN_AMOUNT, ''))));
}
