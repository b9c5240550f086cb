/**
 * @module engine/extract/rate-beside-amount
 * The tax rate a till prints after an item's amount, in the two ways that hid the amount from
 * the item reader (a fresh tester's receipts came back with no item at all):
 * - the rate written with its % sign first, as Turkish tills print it ("EKMEK 30,00 %01" for 1 %,
 *   "%10", "%20"): the % before "01" made "30,00 %" read as a percentage (`percentFigure`);
 * - the rate glued to the amount by a scan that lost the space between them ("TACHIPIRINA 6,9010%"
 *   for "6,90 10%", "CREMA MANI 9.9022" for "9,90 22%" with the % sign lost): one figure with four
 *   decimals whose last two digits are the rate (`rateApart`).
 */
import type { DocLine, PlacedAmount } from '../parse/lines.ts';

/**
 * Whether the figure `a` of `text` is a percentage: a % sign follows it (a space between them at
 * most) that is no rate's leading sign ("30,00 %01": the % is 01's), or a % sign right before it
 * ("%01", "%10"). "21%", "1,5 %", "21 %" are percentages; "30,00 %01" is an amount and a rate.
 */
export function percentFigure(text: string, a: Pick<PlacedAmount, 'start' | 'end'>): boolean {
  // (a figure's span may open with the space before it)
  if (text[a.start + Math.max(0, text.slice(a.start).search(/\d/)) - 1] === '%') return true;
  return /^\s?%(?!\d)/.test(text.slice(a.end));
}

/** A last word: an amount with two decimals glued to a rate of one or two digits, its % sign kept or lost. */
const GLUED = /^(\d{1,6}[.,]\d{2})(\d{1,2})(%?)$/;

/**
 * `line` with a last word "6,9010%" (or "9.9022") split into the amount "6,90" and the rate "10%"
 * ("22%"), each with its share of the word's box; `line` itself when the last word is none. The
 * % sign proves the rate; without it the two digits must be one of `rates`, the rates the item
 * rows print with a % sign (so "9.9022" splits only where another row prints "22%").
 */
export function rateApart(line: DocLine, rates: ReadonlySet<number>): DocLine {
  const last = line.words[line.words.length - 1];
  const m = last && GLUED.exec(last.text);
  if (!m || !line.text.endsWith(last.text) || (!m[3] && !rates.has(Number(m[2])))) return line;
  const w = last.box.w / last.text.length;
  const rate = `${m[2]}%`;
  const words = [
    ...line.words.slice(0, -1),
    { ...last, text: m[1], box: { ...last.box, w: w * m[1].length } },
    { ...last, text: rate, box: { ...last.box, x: last.box.x + w * m[1].length, w: w * (last.text.length - m[1].length) } },
  ];
  return { ...line, text: `${line.text.slice(0, -last.text.length)}${m[1]} ${rate}`, words };
}

/** The whole rates below 100 printed with a % sign on `lines` ("10%", "%01", the "10%" of "6,9010%"). */
export function printedRates(lines: DocLine[]): Set<number> {
  const out = new Set<number>();
  const none = new Set<number>();
  for (const l of lines) for (const m of rateApart(l, none).text.matchAll(/(?<![\d.,])(\d{1,2})\s?%|%(\d{1,2})(?![\d.,])/g)) out.add(Number(m[1] ?? m[2]));
  return out;
}
