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

/** "SR", then "@" or "=" at most, a whole rate, then the rest of the row. */
const SR_ROW = /^\s*SR\s*[@=]?\s*(\d{1,2})(?![\d.,%])\s+(.*)$/;

/** The rates (fractions) of the SR rows of `text` (one per line) whose amount and tax hold at that rate. */
export function gstCodeRates(text: string): number[] {
  const out: number[] = [];
  for (const line of text.split('\n')) {
    const m = SR_ROW.exec(line);
    if (!m) continue;
    const rate = Number(m[1]) / 100;
    const figs = findAmounts(m[2]);
    if (!(rate > 0 && rate <= 0.3) || figs.length !== 2 || !figs.every((a) => a.decimals === 2 && a.value > 0)) continue;
    const [amount, tax] = [figs[0].value, figs[1].value];
    if (Math.abs(amount * rate - tax) <= BARE_TOLERANCE(tax)) out.push(rate);
  }
  return out;
}
