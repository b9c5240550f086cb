/**
 * @module engine/derive/tax-classes
 * Tax classes of a till roll: the table line that gives each class letter its rate
 * ("A= 7,0% 33,03 2,31 35,34", "PTU B 23% ...", "B 20% ...", or the rate last: "A 256,70 38,50 15%") and the letter printed after each
 * item's price ("BUTTER 2,92 A"). With both, each line's rate is printed, not guessed. Pure.
 * Letters A to H, and the UK tills' S (standard), V (VAT-able), E (exempt) and Z (zero-rated:
 * "Z 0% 22.00 0.00 22.00", "V = VAT 20% 1.23", "Z = 0%"); and the
 * numeric classes of Swiss tills (Migros, Coop: "Zopf 500g 1x6.50 6.50 2" under a table
 * "1 8.1% 24.13 1.95 26.08" / "2 2.6% 14.48 0.38 14.86"), a digit 1 to 9 set apart by a space on
 * both sides (never "19%" read as class 1 at 9 %, never a figure's last digit). A class letter
 * read small ("15,98 c") counts where the table prints its capital's rate. A speck OCR reads
 * as a point between the price and its mark ("15,24. B") is no part of either.
 * Money printed in whole units (yen, forint: ../parse/minor-unit.ts) marks its prices and rates
 * the same way: "Bento 1280 B", "¥1,280 B", "Kenyer 1 290 B" under "B 8% 1324 106 1430"; such a
 * price is read whole (its thousands grouped by a comma, a dot or a space), and only against an
 * item whose total is whole (a testers' yen and forint tills kept no item tax).
 * A mark in brackets before the item's name ("(A) PAO DE FORMA 1,59", ../parse/leading-class-mark.ts)
 * is the item's class as well (a twentieth tester's Porto slip kept no item tax).
 * Portugal's tills name their classes by words ("NOR", "INT", "RED") on the items and the tax rows;
 * they count where the table prints them (a seventeenth tester's Lisbon slip kept no item tax).
 */

import { bareRateRows, zeroRateRows } from '../parse/bare-rate.ts';
import { TAX_WORD_SOURCE } from '../parse/tax-words.ts';
import { QUANTITY_UNIT_SOURCE } from '../parse/quantity-units.ts';
import { bareClassMark, leadingClassMark } from '../parse/leading-class-mark.ts';
import { mendedLetters } from '../parse/letter-digit-slips.ts';
import { latinClassLetters } from '../parse/greek-class-letters.ts';
import { TABLE_LETTER_PRICE, tableLetterRates, tableOnlyLetter } from '../parse/table-class-letters.ts';
import { classLegendRates } from '../parse/class-legend.ts';

/**
 * A class letter at the start of a line (in brackets as well, as the items print it: "(A) 6% 4,64 0,28 4,92"), then its rate: "A= 7,0%", "PTU B 23%", "B 20 %", and
 * a UK till's summary, the tax named between them: "V = VAT 20% 1.23", "S 20.00%", "Z = 0%"; or the tax
 * named before the letter, after one word at most: "IVA B 4% 0,28", "Kwota PTU C 5% 1,50", "MwSt A 19%" (a fresh
 * tester's Italian and Polish tills kept no item tax). A speck OCR reads as a point after the letter,
 * "A. 7% 9,66 0,68 10,34", is no part of it.
 */
const CLASS_RATE = new RegExp(String.raw`^\s*(?:(?:\p{L}+\.?\s+)?(?:ptu|${TAX_WORD_SOURCE})\s+)?(?:[([]?([A-HLSVZ])[)\]]?\.?\s?[=:]?\s*(?:${TAX_WORD_SOURCE}\s*)?|([1-9])(?:\s*[=:]\s*|\s+))(\d{1,2}(?:[.,]\d{1,2})?)\s?%`, 'iu');
/**
 * A price ending a line with its class letter after it: "2,92 A", "17,00A", "15,24. B", "1 290 B",
 * "¥1,280 B", "1 249,90 A", or its class digit or a small letter after a space: "6.50 2", "1280 2",
 * "15,98 c" (a capital as OCR reads it now and then; itemClassMarks keeps both only where the
 * class table prints them), or one whose small letter has the capital's shape glued to a price with
 * cents: "12.50s", "1.65z" (a UK till's S and Z as OCR read a photo). Group 1 is the text up to the price's last digit (priceReadings reads
 * the price off its end), group 2 the mark. A speck a scan reads after the mark ("6,40 A'",
 * "12,00 B`", "189,00 A·") is no part of it (a nineteenth tester's Austrian inn slip).
 */
const MARKED_PRICE = /^(.*\d)\.?(?:\s?(?:Ft|円)?\s?(?=[A-HLSVZ]['’`´·]?\s*$)|\s+(?=[1-9a-hlsvz]['’`´·]?\s*$)|(?<=[.,]\d\d)(?=[csvz]['’`´·]?\s*$))([A-HLSVZ1-9a-hlsvz])['’`´·]?\s*$/;
/**
 * A class row printing its rate last, its base and tax before it: "A 256,70 38,50 15%" under
 * "MVA-grunnlag MVA Sats" (a Norwegian till). Groups: the class, the base, the tax, the rate; the
 * row counts only where tax = base x rate (to 2 cents).
 */
const RATE_LAST = /^\s*[([]?([A-HLSVZ1-9])[)\]]?\s?[=:]?\s+(\d{1,3}(?:[ .]\d{3})*[.,]\d{2})\s+(\d{1,3}(?:[ .]\d{3})*[.,]\d{2})\s+(\d{1,2}(?:[.,]\d{1,2})?)\s?%\s*$/;
/** A figure of RATE_LAST as a number: "1 256,70" -> 1256.7. */
const rowFigure = (s: string) => Number(s.replace(/[ .](?=\d{3}(?:\D|$))/g, '').replace(',', '.'));
/**
 * A class named by a word of three capitals ("NOR", "INT", "RED": Portugal's normal, intermediate
 * and reduced IVA rates, as its tills mark items and head their tax rows: "NOR 23% 6,50 1,50 8,00"),
 * then its rate. Capitals only, so "Iva 23%" is no class; a word counts only where items end with it.
 */
const WORD_CLASS_RATE = /^\s*([A-Z]{3})\s?[=:]?\s*(\d{1,2}(?:[.,]\d{1,2})?)\s?%/;
/** A price ending a line with a class word after it: "27,00 INT". Group 1 as MARKED_PRICE's, group 2 the word. */
const WORD_MARKED_PRICE = /^(.*\d)\s+([A-Z]{3})\s*$/;
/**
 * A line ending with a class letter alone ("Butter Z", the price read as the next line), or a class
 * digit ("Comté 18 mois 1" / "10,14": counted only where the class table prints the digit's rate).
 */
const LETTER_END = /(?:^|\s)([A-HLSVZ1-9])\s*$/;
/**
 * A line whose class letter stands between the item's name and its price, set apart by spaces:
 * "Brot A 3,49", "Kaas   A   6,49", "Vin rouge B 6,50 €" (German, Belgian and French tills that print the
 * class column before the amount column). Group 1 the letter, group 2 the price (its currency sign
 * before or after it). A capital only, after a name.
 */
const LETTER_BEFORE_PRICE = /^.*\p{L}.*?\s([A-HLSVZ])\s+((?:[£€$]\s?)?\d[\d.,\s'’]*\d)(?:\s?(?:€|EUR))?\s*$/u;
/** A line holding a price alone ("8.60", "1 290"), or a class letter alone ("A"). */
const PRICE_ALONE = /^\s*[¥$€£]?\s?(\d[\d.,\s]*)\s*$/;
/**
 * A class letter alone on its line, bare or in brackets, as OCR sets a mark apart from its item's
 * row: "A", "(A)", "[B]", and "(A)A" (the bracketed mark read, then its letter read again). Group 1
 * or 2 is the letter.
 */
const LETTER_ALONE = /^\s*(?:([A-HLSVZ])|[([]([A-HLSVZ])[)\]]\2?)\s*$/;
/** The letter of a line holding a class letter alone (LETTER_ALONE), or null. */
const letterAlone = (s: string | undefined): string | null => {
  const m = s === undefined ? null : LETTER_ALONE.exec(s);
  return m ? m[1] ?? m[2] : null;
};
/**
 * A quantity clause opening a line: "2 x 21,40", "3 X", "2 * 1,99", "1,250 kg x", a fuel row's litres "41,37 L × 1,559", a count's unit "6 ks x 21,90" (../parse/quantity-units.ts),
 * or its count or weight before an at sign, as English-speaking tills print it: "3 @ 24.00", "1.250 kg @ 2.40 /kg".
 */
const QUANTITY_FIRST = new RegExp(String.raw`^\s*\d+(?:[.,]\d{1,3})?\s?(?:(?:ltr|litres?|liters?|${QUANTITY_UNIT_SOURCE})\.?\s?)?[x×*@]\s?[$€£R]?\s?\d`, 'i');

/** The money names a price per unit may print: its sign or code ("€/kg", "EUR/kg", "Kč/kg", "zł/kg", "Ft/kg"). */
const MONEY_WORD = String.raw`(?:[€$£]|EUR|USD|GBP|CHF|CZK|K[čc]|PLN|z[łl]|HUF|Ft|SEK|DKK|NOK|kr|RON|lei)`;
/**
 * One word of a weighed or counted item's price row, which prints figures and no name: a figure
 * (its unit or its money glued to it or not: "0,835", "0,835kg", "1,99€"), a unit
 * (../parse/quantity-units.ts), a price per unit ("EUR/kg", "€/kg", "/kg"), a money's sign or code,
 * or a times or at sign ("x", "×", "@").
 */
const FIGURE_ROW_WORD = new RegExp(String.raw`^(?:[x×*@]|${MONEY_WORD}|${QUANTITY_UNIT_SOURCE}|${MONEY_WORD}?/${QUANTITY_UNIT_SOURCE}|[x×*@]?${MONEY_WORD}?\d[\d.,]*${MONEY_WORD}?(?:${QUANTITY_UNIT_SOURCE})?(?:/${QUANTITY_UNIT_SOURCE})?)$`, 'iu');

/**
 * Whether `s` is a price row that prints figures only, at least `figures` of them, as a weighed
 * item's row under its name does with or without a times sign ("0,835 kg x 1,99 EUR/kg 1,66",
 * "0,835 kg   1,99 €/kg   1,66", "1,240 x 39,90 49,48"): every word a FIGURE_ROW_WORD.
 */
function figuresRow(s: string, figures: number): boolean {
  const words = s.trim().split(/\s+/);
  return words.every((w) => FIGURE_ROW_WORD.test(w)) && words.filter((w) => /\d/.test(w)).length >= figures;
}

/**
 * The values the figure ending `s` may be read as: with two decimals ("2,92" -> 2.92; "7,890 303,92"
 * -> 7890303.92 or 303.92, its thousands group perhaps another figure), or whole,
 * its thousands grouped by a comma, a dot or a space ("1 290", "¥1,280", "1.280" -> 1290, 1280)
 * or its last group alone (the "2" of "2 699" may be a count: 699). Empty when `s` ends in no digit.
 */
export function priceReadings(s: string): number[] {
  const out: number[] = [];
  // (with cents: grouped thousands, "1 249,90", or the figure alone, as a unit price before it may
  // look like a thousands group: "7,890 303,92" is 303.92 after a price of 7.890 a litre)
  const dec = /(?<![\d.,])(\d{1,3}(?:[ .,\u00a0'’]\d{3})+|\d+)[.,](\d{2})$/.exec(s) ?? /(\d+)[.,](\d{2})$/.exec(s);
  if (dec) {
    const alone = /(?<![\d.,])(\d+)[.,](\d{2})$/.exec(s);
    return [...new Set([dec, alone].filter((m) => m !== null).map((m) => Number(`${m![1].replace(/\D/g, '')}.${m![2]}`)))];
  }
  const grouped = /(?<![\d.,])\d{1,3}(?:[ .,\u00a0]\d{3})+$/.exec(s);
  if (grouped) out.push(Number(grouped[0].replace(/\D/g, '')));
  const last = /(?<![\d.,])\d+$/.exec(s) ?? /\d+$/.exec(s);
  if (last) out.push(Number(last[0]));
  return out;
}

/** Class letter (upper case) or digit -> rate (fraction), from the table lines of `text`; a class given two rates is dropped. */
export function classRates(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const bad = new Set<string>();
  // (the lines read as class rows: a zero-rated row printing its rate bare stands among them, below)
  const rows = new Set<number>();
  // (Greek tills' classes, "Α 24%", read as their Latin letters: ../parse/greek-class-letters.ts)
  text = latinClassLetters(text);
  for (const [index, line] of text.split('\n').entries()) {
    const letter = CLASS_RATE.exec(line);
    // (the rate printed last, "A 256,70 38,50 15%": its arithmetic holding)
    const late = letter ? null : RATE_LAST.exec(line);
    if (late) {
      const c = late[1], r = Number(late[4].replace(',', '.')) / 100;
      if (!(r > 0 && r <= 0.3) || Math.abs(rowFigure(late[2]) * r - rowFigure(late[3])) > 0.021) continue;
      if (out.has(c) && Math.abs(out.get(c)! - r) > 1e-9) bad.add(c);
      out.set(c, r);
      rows.add(index);
      continue;
    }
    const m = letter ?? WORD_CLASS_RATE.exec(line);
    // (its figures after the rate: one with cents, or two whole ones, "B 8% 1324 106 1430"; or
    // none, the letter set equal to its rate: "Z = 0%")
    if (!m) continue;
    const after = line.slice(m[0].length);
    const defined = /[=:]/.test(m[0]) && !after.trim();
    if (!(defined || /\d[.,]\d{2}(?!\d)/.test(after) || after.split(/\s+/).filter((w) => /^[¥$€£]?\d+(?:[.,]\d{3})*$/.test(w)).length >= 2)) continue;
    const c = (letter ? letter[1] ?? letter[2] : m[1]).toUpperCase(), r = Number((letter ? letter[3] : m[2]).replace(',', '.')) / 100;
    if (r < 0 || r > 0.3) continue;
    if (out.has(c) && Math.abs(out.get(c)! - r) > 1e-9) bad.add(c);
    out.set(c, r);
    rows.add(index);
  }
  // (a class code before a rate printed without its % sign, its row's arithmetic holding: "1  2.6  37.82  0.98  38.80" under "Code MWST%", ../parse/bare-rate.ts)
  for (const b of bareRateRows(text)) {
    if (!b.classMark) continue;
    const c = b.classMark.toUpperCase();
    if (out.has(c) && Math.abs(out.get(c)! - b.rate) > 1e-9) bad.add(c);
    out.set(c, b.rate);
    rows.add(b.index);
  }
  // (a zero-rated class's row printing its rate bare, "Z 0 8.05 0.00", "Z 0.0 8.05 0.00" under "VAT RATE NET VAT"
  // over "S 20.0 41.67 8.33": its VAT of 0.00 holds at any rate, so only a row next to a class row read (or to
  // such a row next to one) is the table's; a fresh tester's UK tills kept no tax for their Z items)
  const zeros = zeroRateRows(text);
  for (let grew = true; grew;) {
    grew = false;
    for (const z of zeros) {
      if (rows.has(z.index) || !(rows.has(z.index - 1) || rows.has(z.index + 1))) continue;
      rows.add(z.index);
      grew = true;
      if (out.has(z.classMark) && out.get(z.classMark) !== 0) bad.add(z.classMark);
      out.set(z.classMark, 0);
    }
  }
  // (a letter only the table makes a class, "N 0% 12,00 0,00 12,00": ../parse/table-class-letters.ts)
  // (and a legend's, "V = VAT 15%   Z = ZERO RATED": ../parse/class-legend.ts)
  for (const [c, r] of [...tableLetterRates(text), ...classLegendRates(text)]) {
    if (out.has(c) && Math.abs(out.get(c)! - r) > 1e-9) bad.add(c);
    out.set(c, r);
  }
  for (const c of bad) out.delete(c);
  return out;
}

// (an item's name and its line compared with their letters and digits read alike: the name's were mended, ../parse/letter-digit-slips.ts)
const fold = (s: string) => mendedLetters(latinClassLetters(s)).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The class letter of each item, in order, or null when some item's mark is not found: a
 * line of `text` that names the item's description (or, for a price printed under a
 * quantity line, the line itself) and ends with its total and a letter, or opens with the letter in
 * brackets and ends with its total ("(A) PAO DE FORMA 1,59"); or, as OCR splits a
 * row in two, the item's line ending with the letter and the next line its price alone
 * ("Butter Z" / "8.60"; its name may end in a size that is no price: "Cedevita 0,5 B" / "3,50"), or the item's line ending with its price and the next line the letter
 * alone ("Butter 2,70" / "A"), or the item's name alone with its quantity clause and marked total
 * on the next line ("Kaffee" / "2 x 21,40 42,80 B"; or "2 x 3.89 B" / "7.78", the total set under it by a
 * photo's line split), or the item's row ending with its price under
 * a line holding the letter alone ("A" / "Milk 1,29", "(A)A" / "Milk 1,29": see classMarksOfLines).
 * A class digit counts only where the class table prints that digit's rate. Each text line is used
 * once, in page order.
 */
export function itemClassMarks(items: Array<{ description: string | null; totalAmount: number | null }>, text: string): string[] | null {
  return (classMarksOfLines(items, text, false) ?? classMarksOfLines(items, text, true))?.marks ?? null;
}

/** Each item's class mark, whether it stands between the name and the price, whether it opens the row bare. */
export interface ClassMarksRead { marks: string[]; before: boolean[]; opening: boolean[] }

/**
 * itemClassMarks' marks, and which of them stand between the item's name and its price ("Brot A
 * 3,49"), in order: such a letter is the name's last word as an item row reads it, and no word of
 * it (EN 16931 BT-153 names the item, BT-151 is its tax category); and which open the row bare ("B
 * Brot 3,49", ../parse/leading-class-mark.ts bareClassMark), no word of it either. Null when itemClassMarks is.
 */
export function itemMarksBeforePrice(items: Array<{ description: string | null; totalAmount: number | null }>, text: string): ClassMarksRead | null {
  return classMarksOfLines(items, text, false) ?? classMarksOfLines(items, text, true);
}

/**
 * itemClassMarks' reading. A letter alone on the line over an item's row ("A" / "Milk 1,29") is that
 * item's when the item prints no mark of its own and the class table prints the letter's rate; the
 * letter under the row above, when that row prints none either, is the row above's first, unless
 * `aboveFirst` (every mark printed over its item: "A" / "Milk 1,29" / "B" / "Soap 1,79").
 */
function classMarksOfLines(items: Array<{ description: string | null; totalAmount: number | null }>, text: string, aboveFirst: boolean): ClassMarksRead | null {
  const read = markedLines(items, text, aboveFirst, false);
  return read && { marks: read.marks as string[], before: read.before, opening: read.opening };
}

/**
 * itemClassMarks' reading, item by item: each item's class letter, or null where its line or its
 * mark was not found (a letter OCR lost or garbled: "Bananen lose BA" over "1,78"), for
 * ./unread-class-marks.ts to tell by the class table's sums. Null when no item's total is read.
 */
export function partialClassMarks(items: Array<{ description: string | null; totalAmount: number | null }>, text: string): Array<string | null> | null {
  return markedLines(items, text, false, true)?.marks ?? null;
}

/** classMarksOfLines, or with `partial` an item whose mark is not found is null and the next is looked for from the same line on. */
function markedLines(items: Array<{ description: string | null; totalAmount: number | null }>, text: string, aboveFirst: boolean, partial: boolean): { marks: Array<string | null>; before: boolean[]; opening: boolean[] } | null {
  // (a Greek till's class capitals, "1,13 Β", read as their Latin letters: ../parse/greek-class-letters.ts; a letter only a class table makes a class, "12,00 N": ../parse/table-class-letters.ts)
  const lines = latinClassLetters(text).split('\n').map((l) => ({ l, f: fold(l), m: MARKED_PRICE.exec(l) ?? WORD_MARKED_PRICE.exec(l) ?? TABLE_LETTER_PRICE.exec(l), b: LETTER_BEFORE_PRICE.exec(l) }));
  // (the price before a mark, or alone on its line, is the item's total: whole readings only for a whole total)
  const priced = (s: string, total: number) => {
    const t = s.trimEnd();
    return (/\d[.,]\d{2}$/.test(t) || Number.isInteger(total)) && priceReadings(t).some((v) => Math.abs(v - total) < 0.005);
  };
  const marks: Array<string | null> = [];
  const before: boolean[] = [];
  const opening: boolean[] = [];
  let from = 0, table: Map<string, number> | null = null;
  for (const it of items) {
    if (it.totalAmount === null) return null;
    const desc = fold(it.description ?? '');
    const same = (s: string) => priced(s, it.totalAmount!);
    let found: { at: number; mark: string; above?: boolean; before?: boolean; opening?: boolean } | null = null;
    const markAbove = (k: number) => {
      const letter = k - 1 >= from ? letterAlone(lines[k - 1].l) : null;
      return letter && !lines[k].m && /\d\s*$/.test(lines[k].l) && same(lines[k].l) ? { at: k, mark: letter, above: true } : null;
    };
    for (let k = from; k < lines.length && !found; k++) {
      const x = lines[k], next = lines[k + 1];
      if (desc ? !x.f.includes(desc.replace(/\s[a-hz]$/, '')) : !x.m) continue;
      const lead = leadingClassMark(x.l);
      if (x.m && same(x.m[1])) found = { at: k, mark: x.m[2] };
      // (the mark between the name and the price, "Brot A 3,49", "Kaas   A   6,49": counted only where the table prints it)
      else if (x.b && same(x.b[2])) found = { at: k, mark: x.b[1], before: true };
      // (the mark in brackets before the name, the line ending with the price: "(A) PAO DE FORMA 1,59", ../parse/leading-class-mark.ts)
      else if (lead && /\d\s*$/.test(x.l) && same(x.l)) found = { at: k, mark: lead.mark };
      // (or bare, first on the row, "B Brot 3,49": a German discounter's; counted only where the table prints it)
      else if (bareClassMark(x.l) && /\d\s*$/.test(x.l) && same(x.l)) found = { at: k, mark: bareClassMark(x.l)!.mark, opening: true };
      // (the mark alone on the line over the row, "A" / "Milk 1,29", when the row prints none: not a line an earlier item took)
      else if (aboveFirst && markAbove(k)) found = markAbove(k);
      else if (next) {
        const letter = LETTER_END.exec(x.l), alone = PRICE_ALONE.exec(next.l);
        const priceEnd = /(\d)\s*$/.test(x.l) ? [x.l, x.l.trimEnd()] : null, letterNext = letterAlone(next.l);
        if (letter && alone && same(alone[1])) found = { at: k + 1, mark: letter[1] };
        // the item's name alone, its quantity clause with the marked total under it ("Kaffee" / "2 x 21,40 42,80 B")
        // (or its price row of figures only, "BANANES" / "0,835 kg   1,99 €/kg   1,66 B": no times sign)
        else if (next.m && (QUANTITY_FIRST.test(next.l) || figuresRow(next.m[1], 3)) && same(next.m[1])) found = { at: k + 1, mark: next.m[2] };
        // (or the quantity row ending with the mark, its total alone on the line under it, as a photo's line split sets it:
        // "Wood screws 4x40" / "2 x 3.89 B" / "7.78")
        else if (!x.m && next.m && QUANTITY_FIRST.test(next.l) && lines[k + 2] && !lines[k + 2].m && PRICE_ALONE.test(lines[k + 2].l) && same(lines[k + 2].l)) found = { at: k + 2, mark: next.m[2] };
        // (or that row's quantity and unit price, its marked total alone on the line under it: "BANANES" / "0,835 kg x 1,99 EUR/kg" / "1,66 B")
        else if (!x.m && !next.m && (QUANTITY_FIRST.test(next.l) || figuresRow(next.l, 2)) && lines[k + 2]?.m && figuresRow(lines[k + 2].m![1], 1) && same(lines[k + 2].m![1])) found = { at: k + 2, mark: lines[k + 2].m![2] };
        // the mark in brackets before the name alone, its quantity clause and total under it ("(A) IOGURTE" / "3 X 0,45 1,35")
        else if (lead && !/\d[.,]\d{2}\s*$/.test(x.l) && QUANTITY_FIRST.test(next.l) && /\d\s*$/.test(next.l) && same(next.l)) found = { at: k + 1, mark: lead.mark };
        else if (priceEnd && letterNext && same(priceEnd[1])) found = { at: k + 1, mark: letterNext };
        else found = markAbove(k);
      } else found = markAbove(k);
    }
    // (a digit is a class only where the class table prints it: "Brot 2.50 1" on a page without one may end in a count;
    // so is a small letter, as OCR reads a till's capital now and then, "Masło 15,98 c" under "PTU C 5% 1,07": "Ser 0,25 g" is a weight)
    // (a class word likewise: "Vinho 8,00 NOR" under "NOR 23% ...")
    // (and L, the Dutch tills' low rate, "3,45 L" under "L 9% ...", as a litre size may end a name: "Cola 1,50 L")
    // (and a letter alone over its item only where the table prints it: a lone letter over a row may be another line's speck)
    // (and a letter between the name and the price only where the table prints it: "Vitamin C 5,99" names its vitamin)
    // (and a letter only a class table makes a class, "12,00 N" under "N 0% 12,00 0,00 12,00": ../parse/table-class-letters.ts)
    if (!found || ((/[\da-zL]/.test(found.mark) || found.mark.length > 1 || tableOnlyLetter(found.mark) || found.above || found.before || found.opening) && !(table ??= classRates(text)).has(found.mark.toUpperCase()))) {
      if (!partial) return null;
      marks.push(null);
      before.push(false);
      opening.push(false);
      continue;
    }
    marks.push(found.mark.toUpperCase());
    before.push(!!found.before);
    opening.push(!!found.opening);
    from = found.at + 1;
  }
  return { marks, before, opening };
}
