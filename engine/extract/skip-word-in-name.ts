/**
 * @module engine/extract/skip-word-in-name
 * A header word (page, time, table, date...) inside an item's name ("Mise en page  1  450,00  21%
 * 450,00", a print shop's layout work; "Overtime  2  40,00  80,00"): the row is still an item
 * when the word follows a word of the name and the row proves its figures, a quantity times a
 * unit price making its amount. Header lines ("Page 1 of 2", "Time 14:05", "Table 12") open with
 * the word. Source: a fresh tester's Belgian invoice, whose layout row was dropped.
 */
import { amountsIn, type DocLine } from '../parse/lines.ts';
import { percentFigure } from './rate-beside-amount.ts';

/** Whether the header word at character `start` of `line` is a word of an item's name (see the module comment). */
export function skipWordInName(line: DocLine, start: number): boolean {
  if (!/\p{L}{3,}/u.test(line.text.slice(0, start))) return false;
  const figs = amountsIn(line).filter((a) => a.start >= start && !percentFigure(line.text, a));
  const total = figs[figs.length - 1];
  if (!total || total.decimals !== 2) return false;
  const before = figs.slice(0, -1);
  return before.some((q, i) => q.decimals === 0 && before.slice(i + 1).some((u) => Math.abs(q.value * u.value - total.value) < 0.011));
}
