/**
 * @module engine/extract/header-row-number
 * A till's receipt number printed in a row of values under a row of headings: "Date Time Num POS
 * CNo Shift" over "03/06/18 00:23 34001 01 5093 868" (a fuel station's slip: the number under
 * "Num" is the receipt's), "Datum Zeit Bon Kasse" over "14.05.25 09:36 4711 2", "Date Time Branch
 * POS Transac" over "11.02.18 14:08 2007 2 24405". No label stands before the number on its line,
 * so the label rules (./labels.ts) read none; the heading above it names it. Values are matched to
 * headings by column: the word boxes of the two rows (page units). The headings' row holds no
 * digit, names the date or the time (a till's summary row, never an item table's "No Item Qty"
 * header), and the values' row prints the date or the time under it. Source: issue #12's SROIE
 * fit receipts (Malaysian fuel and retail tills) and the European tills' receipt words
 * (./receipt.ts RECEIPT_ID).
 */
import { findDates } from '../parse/dates.ts';
import { fold, keyword, xOverlap, yOverlap, type DocLine } from '../parse/lines.ts';
import type { Word } from '../types.ts';
import type { TextCandidate } from './labels.ts';

/**
 * Headings naming the receipt's number (folded, one word each): EN num / no / nr / number /
 * receipt / rcpt / invoice / inv / bill / trans / transac / transaction / txn / doc / ticket /
 * slip, DE Bon / Beleg, FR/ES/IT/PT ticket / recibo / scontrino / talão, PL paragon.
 */
const NUMBER_HEADING = ['num', 'no', 'nr', 'number', 'receipt', 'rcpt', 'invoice', 'inv', 'bill', 'trans', 'transac', 'transaction', 'txn', 'doc', 'ticket', 'slip',
  'bon', 'beleg', 'recibo', 'scontrino', 'talão', 'paragon'].map((k) => keyword(k));
/** Headings naming the date or the time (folded, one word each): EN, DE, FR, ES, IT, PT, NL, PL, MS. */
const DATE_TIME_HEADING = ['date', 'time', 'datum', 'zeit', 'uhrzeit', 'fecha', 'hora', 'data', 'heure', 'ora', 'tijd', 'czas', 'tarikh', 'masa'].map((k) => keyword(k));
/** A time of day as a till prints it ("09:36", "9:36:12"). */
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?$/;

/** The lines on `line`'s page that share its visual row (half the lower one's height or more), `line` among them, left to right. */
function rowOf(lines: DocLine[], line: DocLine): DocLine[] {
  return lines.filter((l) => l.page === line.page && yOverlap(l.box, line.box) >= 0.5).sort((a, b) => a.box.x - b.box.x);
}

/** Whether a word is the whole of one of the headings (folded). */
function isHeading(word: Word, headings: RegExp[]): boolean {
  const f = fold(word.text).replace(/[.:#]+$/, '');
  return headings.some((re) => {
    const m = re.exec(f);
    return m != null && m.index === 0 && m[0].length === f.length;
  });
}

/** Whether a value word is a date or a time of day. */
function isDateOrTime(text: string): boolean {
  return TIME.test(text) || findDates(text).some((d) => d.start === 0 && d.end === text.length);
}

/**
 * The receipt numbers printed under a number heading (see the module's note), one a headings'
 * row, in reading order: the value word under the heading's column (the one overlapping it
 * most, else the nearest within the heading's own width), three digits or more, no date or
 * time, its trailing point or colon left off ("24405." is 24405).
 */
export function headerRowNumbers(lines: DocLine[]): TextCandidate[] {
  const out: TextCandidate[] = [];
  const seen = new Set<DocLine>();
  for (const line of lines) {
    if (seen.has(line)) continue;
    const row = rowOf(lines, line);
    row.forEach((l) => seen.add(l));
    const words = row.flatMap((l) => l.words);
    if (words.length < 3 || words.some((w) => /\d/.test(w.text))) continue;
    const heading = words.find((w) => isHeading(w, NUMBER_HEADING));
    if (!heading || !words.some((w) => isHeading(w, DATE_TIME_HEADING))) continue;
    const bottom = Math.max(...row.map((l) => l.box.y + l.box.h * 0.6));
    const next = lines.find((l) => l.page === line.page && !row.includes(l) && l.box.y >= bottom);
    if (!next) continue;
    const values = rowOf(lines, next).flatMap((l) => l.words.map((w) => ({ w, l })));
    if (!values.some(({ w }) => isDateOrTime(w.text))) continue;
    const centre = (b: Word['box']) => b.x + b.w / 2;
    const overlapping = values.filter(({ w }) => xOverlap(w.box, heading.box) > 0).sort((a, b) => xOverlap(b.w.box, heading.box) - xOverlap(a.w.box, heading.box));
    const near = values.filter(({ w }) => Math.abs(centre(w.box) - centre(heading.box)) <= heading.box.w).sort((a, b) => Math.abs(centre(a.w.box) - centre(heading.box)) - Math.abs(centre(b.w.box) - centre(heading.box)));
    const under = overlapping[0] ?? near[0];
    if (!under) continue;
    const text = under.w.text.replace(/[.:,;]+$/, '');
    if (!/^[A-Za-z0-9][A-Za-z0-9\-\/]*$/.test(text) || (text.match(/\d/g) ?? []).length < 3 || isDateOrTime(text)) continue;
    out.push({ text, line: under.l, box: under.w.box, confidence: under.w.confidence * 0.8 });
  }
  return out;
}
