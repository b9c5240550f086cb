/**
 * @module engine/extract/class-letter-apart
 * An item row whose amount is printed glued to its tax class letter ("Kenyer feher 1 2177 2177A",
 * "Turo Rudi 3 1725 5175B", "Milk 2 x 3,10 6,20B"): the till prints the letter (A, B, C, D, E: the
 * VAT classes of Central European and Nordic tills) right after the figure, or a scan loses the
 * space between them, and the amount parser reads no figure glued to a letter
 * (../parse/amounts.ts), so the row lost its amount (or kept a unit price as its amount).
 * `classLetterApart` gives the row with that last word split in two, the figure and the letter,
 * each with its share of the word's box; a row without such a last word is given back as it is.
 * Only a single capital A–E closes the row so: "1L", "500G", "5KG" (units) are left alone; after a
 * price with cents, also a UK till's class letter or a Canadian till's tax flag ("1.20V", "10.00GP"),
 * or a Malaysian or Singaporean till's GST code ("7.74SR", "3.10ZR": standard or zero rated).
 * A whole price glued to a UK class mark ("PEANUTS 5Z", the till printing no pence) is read so
 * only on a till that glues its marks to prices with cents ("CRISPS 1.20Z", `wholeMarked`,
 * gluesMarksToCents): elsewhere "12V", "5S" are a battery's volts, a model's name. The figure is
 * then written with its cents ("5.00"), as the item reading takes only figures with cents for money.
 */
import type { DocLine } from '../parse/lines.ts';

/** A last word that is a figure (digits, thousands or decimal marks) glued to one class letter. */
const GLUED = /^(\d(?:[\d.,]*\d)?)([A-E])$/;
/**
 * A price with cents glued to a UK class letter (S, V, Z, E) or a Canadian sales-tax flag (G, P,
 * H, F, GP, FP): "1.20V", "10.00GP", "5.00F"; a unit never follows a figure with cents so. Its
 * currency sign may open it ("£12.50S", "$4.99T" is no mark: T is a US flag, not listed), and a
 * capital whose small letter has its shape (C, S, V, Z) may be read small by OCR ("12.50s",
 * "1.65z": a fresh tester's UK till photo lost every item so).
 */
const GLUED_TO_CENTS = /^([£€$]?\d(?:[\d.,]*\d)?[.,]\d{2})([A-HSVZcsvz]|[GF]P|SR|ZR)$/;

/** A whole price (1 to 4 digits, its currency sign before it) glued to a UK class mark: "5Z", "£12S". */
const WHOLE_GLUED_TO_MARK = /^([£€$]?[1-9]\d{0,3})([SVZsvz])$/;
/** The UK class marks a price with cents is glued to (S, V, Z, E as GLUED_TO_CENTS reads them). */
const UK_MARK = /^[SVZEsvz]$/;

/** Whether some row of `rows` ends with a price with cents glued to a UK class mark ("1.20Z", "2.40s"): see the module comment. */
export function gluesMarksToCents(rows: DocLine[]): boolean {
  return rows.some((l) => {
    const last = l.words[l.words.length - 1];
    const m = last && GLUED_TO_CENTS.exec(last.text);
    return !!m && UK_MARK.test(m[2]);
  });
}

/**
 * `line` with a last word "2177A" split into "2177" and "A" (see the module comment), or `line`
 * itself; with `wholeMarked` (gluesMarksToCents of the row's block), "5Z" into "5.00" and "Z".
 */
export function classLetterApart(line: DocLine, wholeMarked = false): DocLine {
  const last = line.words[line.words.length - 1];
  const whole = last && wholeMarked ? WHOLE_GLUED_TO_MARK.exec(last.text) : null;
  const m = last && (GLUED.exec(last.text) ?? GLUED_TO_CENTS.exec(last.text) ?? whole);
  // (a figure of one decimal is no price: "18.0C" is 18.00 its last 0 misread, ../parse/amounts.ts lettersInPriceColumn)
  if (!m || !line.text.endsWith(last.text) || /[.,]\d$/.test(m[1])) return line;
  const figure = whole && m === whole ? `${m[1]}.00` : m[1];
  const w = last.box.w / last.text.length;
  const words = [
    ...line.words.slice(0, -1),
    { ...last, text: figure, box: { ...last.box, w: w * m[1].length } },
    { ...last, text: m[2], box: { ...last.box, x: last.box.x + w * m[1].length, w: w * m[2].length } },
  ];
  const mark = m[2].length === 1 ? m[2].toUpperCase() : m[2];
  words[words.length - 1].text = mark;
  return { ...line, text: `${line.text.slice(0, -last.text.length)}${figure} ${mark}`, words };
}
