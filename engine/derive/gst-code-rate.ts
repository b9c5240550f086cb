/**
 * @module engine/derive/gst-code-rate
 * The rate of a Malaysian or Singaporean GST summary row printed without its % sign: the standard
 * rated code, the rate, the amount and its tax ("SR 6 57.50 3.45", "SR @ 6 106.10 6.37", under
 * "Tax Code % Amount GST"), the row's own arithmetic holding (tax = amount x rate, to the half cent
 * of its rounding: ../parse/bare-rate.ts BARE_TOLERANCE). Malaysia's GST (2015-2018) standard rate
 * was 6 %, Singapore's 7 % (2007-2022), so only 1-30 is read as a rate. Pure.
 */
import { findAmounts } from '../parse/amounts.ts';
import { BARE_TOLERANCE } from '../parse/bare-rate.ts';
import { gstCodeRow, gstRowFigures } from '../parse/gst-code-row.ts';

/**
 * The rates (fractions) of the SR rows of `text` (one per line) that print their rate without a %
 * sign, before the figures or between them (../parse/gst-code-row.ts), and whose amount and tax
 * hold at that rate. With the document's tax `tax`, also a row that prints the rate before its
 * figures and that tax, but whose amount OCR garbled ("SR 6 136 0.74" for 12.36), or that tax
 * with its point lost ("SR 6 42.20 253" for 2.53, its cents' digits exactly): its rate is printed
 * and the caller (./printed-rates.ts confirmedTaxRate) keeps it only where the document's net at
 * it is the tax. A rate printed with its % sign is that caller's own reading.
 */
export function gstCodeRates(text: string, tax: number | null = null): number[] {
  const out: number[] = [];
  for (const line of text.split('\n')) {
    const row = gstCodeRow(line);
    if (!row || row.code !== 'SR' || row.printed === 'percent' || !(row.rate > 0)) continue;
    // (the figures read apart from the rate before them: "6 200.00" is no grouped thousand)
    const rest = line.slice(row.from);
    const figs = gstRowFigures(row, findAmounts(rest).map((a) => ({ ...a, start: a.start + row.from, end: a.end + row.from })));
    // (the row's tax is the document's, its amount garbled: the document's net decides, above;
    // or its tax's point lost, "SR 6 42.20 253" beside "Total GST : 2.53": the same digits)
    const isTax = (a: { text: string; value: number; decimals: number }) => a.decimals === 2 ? Math.round(a.value * 100) === Math.round(tax! * 100) : a.decimals === 0 && a.text.trim() === String(Math.round(tax! * 100));
    if (row.printed === 'bare' && tax !== null && tax > 0 && figs.length === 2 && isTax(figs[1])) {
      out.push(row.rate);
      continue;
    }
    if (figs.length !== 2 || !figs.every((a) => a.decimals === 2 && a.value > 0)) continue;
    const [amount, t] = [figs[0].value, figs[1].value];
    if (Math.abs(amount * row.rate - t) <= BARE_TOLERANCE(t)) out.push(row.rate);
  }
  return out;
}
