/**
 * @module engine/extract/side-column
 * A statement table's side column: one heading that joins the paid-out and the paid-in word
 * with a slash ("Af/Bij", "Debit/Credit", "Soll/Haben", "Débit/Crédit", "Cargo/Abono",
 * "Dare/Avere", "Wn/Ma", or their letters "D/C", "S/H", "Dr/Cr", "+/-") over a word on each
 * row that says which way its amount went, beside one amount column ("Bedrag", "Betrag",
 * "Amount"). The word on the row is no part of the description, and it signs the amount: a
 * Dutch scan's "Bij" rows (credits) were read as debits and "Af" / "Bij" kept in every
 * description. The row's word is the header's word, or its first letter when the two words'
 * first letters differ, printed under the heading's cell right before or after the row's first
 * figure.
 */
import { fold, spanBox, wordSpans, type DocLine } from '../parse/lines.ts';
import type { Span } from './value-date-column.ts';

/** The side column of a header: its cell (page units) and the words its rows print for each side, folded. */
export interface SideColumn { x0: number; x1: number; out: string[]; in: string[] }

/** Letter forms of a side heading (folded), paid-out first: D/C, Dr/Cr, S/H (Soll/Haben), Wn/Ma (Winien/Ma), +/-. */
const LETTER_PAIRS: [string, string][] = [['d', 'c'], ['dr', 'cr'], ['s', 'h'], ['wn', 'ma'], ['-', '+'], ['db', 'cr'], ['deb', 'cred']];

/** Two words (or signs) joined by a slash in folded text ("af/bij", "d / c", "+/-"). */
const JOINED = /(?<![\p{L}\d])(\p{L}+|[+-])\s*\/\s*(\p{L}+|[+-])(?![\p{L}\d])/gu;

/**
 * The side heading of a header `line` (see the module's note): the span of its two joined words
 * in the line's text and the column it heads; `isOut` / `isIn` say whether a folded word is a
 * paid-out / paid-in heading of our languages. Null when the header prints none.
 */
export function sideHeading(line: DocLine, isOut: (w: string) => boolean, isIn: (w: string) => boolean): { span: Span; column: SideColumn } | null {
  const f = fold(line.text);
  for (const m of f.matchAll(JOINED)) {
    const [a, b] = [m[1], m[2]];
    const letters = LETTER_PAIRS.find(([o, i]) => (a === o && b === i) || (a === i && b === o));
    let out: string, inn: string;
    if (letters) [out, inn] = letters;
    else if (isOut(a) && isIn(b)) [out, inn] = [a, b];
    else if (isIn(a) && isOut(b)) [out, inn] = [b, a];
    else continue;
    const span = { start: m.index!, end: m.index! + m[0].length };
    const box = spanBox(line, span.start, span.end);
    const initials = out[0] !== inn[0] && /\p{L}/u.test(out[0]) && !letters;
    return { span, column: { x0: box.x, x1: box.x + box.w, out: initials ? [out, out[0]] : [out], in: initials ? [inn, inn[0]] : [inn] } };
  }
  return null;
}

/**
 * The side word a row prints in the side column `col`, from character `from` of its text: the
 * side and the word's span. The word stands right before or right after the row's first figure
 * (`firstFigure`); under the heading's cell it may be the header's word or its first letter,
 * elsewhere (where the boxes do not say) only the header's own word. A word inside a description
 * that runs under the column ("TRANSF. A FAVOR") is never taken: it is next to no figure. Null
 * when the row prints none or has no figure.
 */
export function sideMark(line: DocLine, col: SideColumn, from: number, firstFigure?: Span): { side: 'out' | 'in'; span: Span } | null {
  if (!firstFigure) return null;
  const spans = wordSpans(line).filter((s) => s.start >= from);
  const sideOf = (text: string, initials: boolean) => {
    const w = fold(text).replace(/^[([]|[)\].:,]$/g, '');
    const outs = initials ? col.out : col.out.slice(0, 1), ins = initials ? col.in : col.in.slice(0, 1);
    return outs.includes(w) ? 'out' as const : ins.includes(w) ? 'in' as const : null;
  };
  for (const s of [spans.filter((x) => x.end <= firstFigure.start).at(-1), spans.find((x) => x.start >= firstFigure.end)]) {
    if (!s) continue;
    const charW = s.word.box.w / Math.max(1, s.word.text.length);
    const under = s.word.box.x + s.word.box.w > col.x0 - charW && s.word.box.x < col.x1 + charW;
    const side = sideOf(s.word.text, under);
    if (side) return { side, span: { start: s.start, end: s.end } };
  }
  return null;
}
