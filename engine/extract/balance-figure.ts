/**
 * @module engine/extract/balance-figure
 * A balance label's own figure on a line that prints several labelled figures: "Saldo inicial
 * 405,41   Saldo final 1.080,41", "Anfangssaldo 405,41 EUR   Summe Gutschriften 1.500,00 EUR".
 * The figures after the label belong to it up to the first word after one of them; a currency
 * code or sign and a CR/DR, H/S or Cr/Dr marker are no word.
 */
import type { DocLine, PlacedAmount } from '../parse/lines.ts';

/** Words that may follow a figure and still belong to it: currency codes and side markers. */
const FIGURE_TAIL = /^(?:[A-Z]{3}|CR|DR|Cr|Dr|H|S|zł|zl)$/;

/**
 * The amounts (of `amounts`, those after the label's end `labelEnd`, in order) that belong to
 * the label: up to the first one followed by a word of two letters or more (see the module's
 * note) before the next amount. [] when none follows the label.
 */
export function labelsOwnFigures(line: DocLine, labelEnd: number, amounts: PlacedAmount[]): PlacedAmount[] {
  const after = amounts.filter((a) => a.start >= labelEnd).sort((a, b) => a.start - b.start);
  const out: PlacedAmount[] = [];
  for (let i = 0; i < after.length; i++) {
    out.push(after[i]);
    const gap = line.text.slice(after[i].end, after[i + 1]?.start ?? line.text.length);
    if (gap.split(/\s+/).some((w) => /\p{L}{2}/u.test(w) && !FIGURE_TAIL.test(w.replace(/[.:,;]+$/, '')))) break;
  }
  return out;
}
