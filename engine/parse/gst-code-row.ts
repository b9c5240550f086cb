/**
 * @module engine/parse/gst-code-row
 * How a Malaysian or Singaporean GST summary row opens: a GST tax code (SR standard rated, ZR/ZRL
 * zero rated, E/ES exempt, OS out of scope...), then its rate, then the code's amount and tax:
 * "SR @6% 9.62 0.58", "SR = 6% 28.11 1.69", "S: Standard 6% 39.58 2.37", "SR 6.0% 20.28 1.22",
 * "ZRL (@ 0%) 6.70 0.00", the rate printed without its % sign ("SR 6 45.00 2.70", "SR 6.00 25.30
 * 1.52" under "Tax Code % Amount GST") or between the amount and the tax ("SR 14.15 6 0.85", under
 * "CODE AMOUNT % TAX"). Only the opening is read here (which code, which rate, how printed, where
 * the figures start); whether the figures hold at that rate is the reader's to decide
 * (../extract/gst-summary-rows.ts for the summary's net and tax, ../derive/gst-code-rate.ts for
 * the rate alone). Royal Malaysian Customs, GST Guide on Tax Invoice: a simplified tax invoice
 * prints the amount and tax per code. Malaysia's standard rate was 6 % (2015-2018), Singapore's
 * 7 % (2007-2022): only 0-30 % is read as a rate. Pure.
 */
import type { AmountMatch } from './amounts.ts';

/** The opening of a GST summary row. */
export interface GstCodeRow {
  /** The tax code as printed, upper case ("SR", "ZRL", "S"). */
  code: string;
  /** The rate as a fraction (0.06), 0 to 0.3. */
  rate: number;
  /** The rate's figure as printed, in percent (6 for "6%", 6 for "6.00"). */
  percent: number;
  /** How the rate is printed: with its % sign, bare before the figures, or bare between the amount and the tax. */
  printed: 'percent' | 'bare' | 'between';
  /** Where the row's figures start in the line (a character offset): after the rate, or, a rate printed between them, after the code. */
  from: number;
}

/**
 * A GST tax code opening the line, then what tills print between it and the rate: "@", "=", ":",
 * "(", "-", and one word ("GST", "Standard", or the tax word as OCR slipped on it, "GS-"):
 * "SR=GST@6%", "S: Standard 6%", "SR (@ 6%)", "ZRL:0%", "SR=GS- @6%". The row's arithmetic decides.
 */
const CODE = /^\W{0,2}(SR|ZRL|ZRE|ZR|S|Z|ES|E|OS)(?![\p{L}\d])[\s.:=@(\-]*(?:\p{L}{1,8}(?![\p{L}\d])[\s.:=@(\-]*)?/iu;
/** The rate with its % sign, or bare (a whole 0-30, or with its cents under a "%" column), then the rest ("6%)", "6%:"). */
const RATE_FIRST = /^\(?\s*(\d{1,2}(?:\.\d{1,2})?)\s?(%?)\s?[):]?\s+(.*)$/;
/** Amount, a bare whole rate, tax ("14.15 6 0.85"). */
const RATE_BETWEEN = /^(\d[\d,]*\.\d{2})\s+(\d{1,2})\s+(.*)$/;

/** The GST summary row `text` opens (see the module comment), or null: no code, no rate, or a rate over 30 %. */
export function gstCodeRow(text: string): GstCodeRow | null {
  const c = CODE.exec(text);
  if (!c) return null;
  const rest = text.slice(c[0].length);
  const between = RATE_BETWEEN.exec(rest);
  const first = between ? null : RATE_FIRST.exec(rest);
  let percent: number, from: number, printed: GstCodeRow['printed'];
  if (between) {
    percent = Number(between[2]);
    from = c[0].length;
    printed = 'between';
  } else if (first) {
    percent = Number(first[1]);
    from = text.length - first[3].length;
    printed = first[2] ? 'percent' : 'bare';
  } else return null;
  const rate = percent / 100;
  if (!(rate >= 0 && rate <= 0.3)) return null;
  return { code: c[1].toUpperCase(), rate, percent, printed, from };
}

/**
 * The row's own figures among `amounts` (read from the row's line, positions in that line): those
 * ending after `row.from`, less the rate printed between the amount and the tax. In line order.
 */
export function gstRowFigures<A extends AmountMatch>(row: GstCodeRow, amounts: A[]): A[] {
  return amounts.filter((a) => a.end > row.from && !(row.printed === 'between' && a.decimals === 0 && a.value === row.percent));
}
