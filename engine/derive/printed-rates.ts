/**
 * @module engine/derive/printed-rates
 * The tax rates a document prints beside a tax word ("VAT 20%", "GST @ 6%", "MwSt 19 %",
 * "IVA 21%", "TVA 5,5 %", "Sales Tax 8.875%"). Rates come back as fractions (0.2 for 20 %),
 * distinct, in the
 * order printed. A percentage on a line without a tax word (a discount, a service charge) is
 * not a tax rate. Pure.
 */

import { gstCodeRates } from './gst-code-rate.ts';
import { findAmounts } from '../parse/amounts.ts';
import { PERCENT, PERCENT_SIGN_FIRST, percentFraction } from '../parse/percent.ts';
import { TAX_WORD_SOURCE } from '../parse/tax-words.ts';
import { bareRateRows } from '../parse/bare-rate.ts';

// (the tax names of ../parse/tax-words.ts, each a word of its own)
const TAX_WORD = new RegExp(TAX_WORD_SOURCE, 'iu');
// (up to three decimals, and never a rate's tail: ../parse/percent.ts)
const RATE = PERCENT;

/** True when `line` names a tax (VAT, MwSt, IVA, TVA, BTW, GST...). */
export function namesTax(line: string): boolean {
  return TAX_WORD.test(line);
}

/**
 * A row opening with its rate ("10% 11,64 1,16 12,80"), a scan's speck before it or not (".22%",
 * "·20%", "'9,5%"): the rate (a fraction) and the text after it. The row's own figures decide
 * whether it is a rate row (heldRateRow), so a speck read as a point makes no rate of 0.22 %.
 */
const RATE_FIRST = /^\s*(?:[.·'’`,:]\s?)?(\d{1,2}(?:[.,]\d{1,3})?)\s?%\s+(.*)$/;

/**
 * The rate of a tax table's row that opens with it and prints no tax word (under a header that
 * names the tax: "Aliq. Imponibile di cui IVA Totale" over "10% 11,64 1,16 12,80"), kept only
 * where the row's own figures hold: two amounts in a row, the second the first at that rate
 * (to the cent). Null otherwise.
 */
function heldRateRow(line: string): number | null {
  const m = RATE_FIRST.exec(line);
  if (!m) return null;
  const r = Number(m[1].replace(',', '.')) / 100;
  const figs = findAmounts(m[2]).filter((a) => a.decimals === 2).map((a) => a.value);
  for (let i = 0; i + 1 < figs.length; i++) if (figs[i] > 0 && Math.abs(figs[i] * r - figs[i + 1]) <= 0.01 + 1e-9) return r;
  return null;
}

/**
 * Distinct tax rates (fractions, 0 < r <= 0.3) printed on tax lines of `text`, and on a tax
 * table's rows that open with their rate where the row's figures hold at it (heldRateRow).
 */
export function printedTaxRates(text: string): number[] {
  const rates: number[] = [];
  for (const line of text.split('\n')) {
    const held = TAX_WORD.test(line) ? null : heldRateRow(line);
    if (held !== null) {
      if (held > 0 && held <= 0.3 && !rates.some((x) => Math.abs(x - held) < 1e-9)) rates.push(held);
      continue;
    }
    if (!TAX_WORD.test(line)) continue;
    // (or with its sign first, "KDV %10 *24,05", on a line that prints no rate so)
    const own = [...line.matchAll(RATE)];
    for (const m of own.length ? own : line.matchAll(PERCENT_SIGN_FIRST)) {
      const r = Number(m[1].replace(',', '.')) / 100;
      if (r > 0 && r <= 0.3 && !rates.some((x) => Math.abs(x - r) < 1e-9)) rates.push(r);
    }
  }
  return rates;
}

/**
 * When no tax line prints its rate with a % sign (a tax breakdown whose rate column says "%" in
 * its header only, "Steuersatz [%] ... 19"), the one percentage printed anywhere on the page
 * ("19 %" on the item rows, or a rate row under a header whose tax word is no rate: "IVA % Neto
 * IVA Total" over "19% 7.118 1.352 8.470") that the document's own net and tax confirm (tax = net
 * x r, to the cent; with `wholeUnits`, money printed in whole units as Chile's pesos are, to one
 * unit): [r], else []. Only a printed rate can come back, never one computed from the totals.
 */
export function confirmedTaxRate(text: string, net: number | null, tax: number | null, wholeUnits = false): number[] {
  if (net === null || tax === null || net <= 0 || tax <= 0) return [];
  const found: number[] = [];
  const tol = wholeUnits ? 1 : 0.01;
  // (and a rate row's rate printed without its % sign, "25  325,66  1 302,64  1 628,30" under
  // "Moms%  Moms  Netto  Brutto": ../parse/bare-rate.ts, a row whose own figures hold at that rate)
  // (or a GST summary row's, "SR 6 57.50 3.45", "SR 14.15 6 0.85", or one printing this tax beside a garbled amount: ./gst-code-rate.ts)
  const rates = [...[...text.matchAll(RATE)].map((m) => Number(m[1].replace(',', '.')) / 100), ...bareRateRows(text).map((b) => b.rate), ...gstCodeRates(text, tax)];
  for (const r of rates) {
    if (r > 0 && r <= 0.3 && Math.abs(net * r - tax) <= tol && !found.some((x) => Math.abs(x - r) < 1e-9)) found.push(r);
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

/**
 * A tax table's rate row, whatever its header says (or however OCR read its tax word): a line
 * holding nothing but a class mark (a letter, "A", or a Swiss numeric class, "1"), a rate
 * (0 < r <= 0.3) and after it two or three figures of which one is the tax of another at that
 * rate: tax = net x r, or tax = gross x r / (1 + r) ("A 24% 17,47 4,19 21,66", its net read
 * "17.,47" by OCR: 21,66 x 24/124 = 4,19; "19% 7.118 1.352 8.470" in whole pesos). To 2 cents or
 * 1 % of the tax (each item rounded on its own; whole units to one unit). A discount or charge
 * row names itself, so it prints a word and is no rate row.
 */
const RATE_ROW = /^[^\p{L}\d]*(?:[A-HZ][^\p{L}\d%]{0,3}|\d[^\p{L}\d%.,]{1,3})?(\d{1,2}(?:[.,]\d{1,3})?)\s?%([^\p{L}]*)$/iu;

/** True when some line of `text` is a tax table's rate row whose figures agree with its rate (see RATE_ROW). */
export function printsRateRow(text: string): boolean {
  return text.split('\n').some((l) => {
    const m = RATE_ROW.exec(l.trim());
    if (!m) return false;
    const r = percentFraction(m[1]);
    if (!(r > 0 && r <= 0.3)) return false;
    const figs = findAmounts(m[2]).map((a) => a.value).filter((v) => v > 0);
    if (figs.length < 2 || figs.length > 4) return false;
    const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(0.021, 0.01 * b, Number.isInteger(a) && Number.isInteger(b) ? 1 : 0);
    return figs.some((base, i) => figs.some((tax, j) => i !== j && tax < base && (near(base * r, tax) || near((base * r) / (1 + r), tax))));
  });
}

/**
 * A Brazilian item's ICMS class code at a rate ("T18%", "T18,00%", "T 07,00%": taxed, tributado,
 * at that rate), printed after an NFC-e's or cupom fiscal's item: the item bears the tax, printed
 * or not. Capital T only, glued to or one space from its rate and its % sign.
 */
const ICMS_TAXED_CLASS = /(?<![\p{L}\d])T\s?\d{1,2}(?:[.,]\d{1,2})?\s?%/u;

/**
 * True when the page prints any evidence of a tax: a tax word on a line that names a tax as an
 * amount (mentionsTax), a tax table's rate row (printsRateRow), or an item's ICMS class at a rate
 * (ICMS_TAXED_CLASS). Only a page without any prints no tax, and only there is a missing tax 0
 * (../derive/derive-amounts.ts).
 */
export function printsTaxEvidence(text: string): boolean {
  return mentionsTax(text) || printsRateRow(text) || ICMS_TAXED_CLASS.test(text);
}
