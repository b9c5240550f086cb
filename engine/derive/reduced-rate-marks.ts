/**
 * @module engine/derive/reduced-rate-marks
 * The reduced-rate mark of a Japanese receipt: since the consumption tax took two rates (October
 * 2019: 10 %, and 8 % on food and drink taken away), a receipt marks each item of the reduced rate
 * with a symbol beside its name or price ("Onigiri Salmon * ¥160", "おにぎり 鮭 ※ ¥160", "ONIGIRI
 * TUNA ¥140 *") and prints one line per rate with its target and the tax in it ("(8% Target ¥688
 * Tax ¥50)", "（8%対象 ¥688 内消費税 ¥50）"), as the 区分記載請求書 rules of the Consumption Tax Act
 * (art. 30 (9)) require. `reducedRateMarks` gives each item its mark: '*' when its line prints one
 * (or the line under it holds the mark alone: a photo's row OCR read as two lines),
 * '' when it prints none, as classes to be told their rates by their items' sums
 * (./class-rates-by-sum.ts: the marked items must add up to one rate line's target, the others to
 * the other's); null when some item's line is not found, or no item or every item is marked
 * (nothing tells one class from another then). Pure.
 */
import { priceReadings } from './tax-classes.ts';
import { mendedLetters } from '../parse/letter-digit-slips.ts';
import { REDUCED_RATE_WORD } from '../parse/reduced-rate-word.ts';

/** A reduced-rate mark: a star, a reference mark, a full-width star, a black or white star. */
const MARK_CHARS = '*※＊★☆';
const MARK = new RegExp(`[${MARK_CHARS}]`, 'gu');

/** Whether `s` prints a mark that is no times sign between two figures ("2 * 80"). */
function printsMark(s: string): boolean {
  // (or the mark as a word, 軽: ../parse/reduced-rate-word.ts)
  if (REDUCED_RATE_WORD.test(s)) return true;
  return [...s.matchAll(MARK)].some((m) => !(/\d\s?$/.test(s.slice(0, m.index)) && /^\s?\d/.test(s.slice(m.index! + 1))));
}
/** A mark ending an item's name as extraction kept it ("avo toast *"). */
const TRAILING_MARK = new RegExp(`\\s[${MARK_CHARS}軽]$`, 'u');
/** A mark opening an item's name as extraction kept it ("*Kombucha 330ml": an Australian till's taxable item). */
const LEADING_MARK = new RegExp(`^[${MARK_CHARS}]\\s?`, 'u');
/** A line holding a mark alone ("*", "※"). */
const LONE_MARK = new RegExp(`^[${MARK_CHARS}軽]$`, 'u');
/** A price and what may follow it on the item's line: the yen written after it ("160円"), a mark (軽 too). */
const PRICE_END = new RegExp(`^(.*\\d)\\s*円?\\s*(?:[${MARK_CHARS}軽]\\s*)?$`, 'u');

// (an item's name and its line compared as ./tax-classes.ts compares them: letters and digits read alike, marks and case aside)
const fold = (s: string) => mendedLetters(s).normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Each item's reduced-rate mark ('*' or ''), in order, or null (see the module comment). An item's
 * line holds its description and ends with its total (a mark after it or not); each text line is
 * used once, in page order.
 */
export function reducedRateMarks(items: Array<{ description: string | null; totalAmount: number | null }>, text: string): string[] | null {
  const lines = text.split('\n').map((l) => ({ l, f: fold(l) }));
  const marks: string[] = [];
  let from = 0;
  for (const it of items) {
    // (a mark the item's name kept, "Avo Toast *", "*Kombucha": the name without it is looked for, and the mark counts)
    const named = fold(it.description ?? '');
    const desc = named.replace(TRAILING_MARK, '').replace(LEADING_MARK, '').trim();
    if (it.totalAmount === null || !desc) return null;
    let at = -1, below = false;
    const ends = (l: string) => {
      const end = PRICE_END.exec(l.trimEnd());
      return !!end && priceReadings(end[1]).some((v) => Math.abs(v - it.totalAmount!) < 0.005);
    };
    for (let k = from; k < lines.length && at < 0; k++) {
      if (!lines[k].f.includes(desc)) continue;
      if (ends(lines[k].l)) at = k;
      // (or its name alone on its line and the row under it ending with its total: a quantity row, "おにぎり 鮭 ※"
      // over "2個 X 単150 ¥300", or the price alone, "Avo Toast *" over "17.90")
      else if (k + 1 < lines.length && !/\p{L}{3,}/u.test(lines[k + 1].f.replace(/\b[x×]\b/giu, '')) && ends(lines[k + 1].l)) [at, below] = [k, true];
    }
    if (at < 0) return null;
    const f = lines[at].f, i = f.indexOf(desc);
    const own = named !== desc || printsMark(`${f.slice(0, i)} ${f.slice(i + desc.length)}${below ? ` ${lines[at + 1].f}` : ''}`);
    // (or the mark alone on the line under a row that prints none: a photo's row read as two lines, "Onigiri Salmon ¥160" / "*")
    const next = at + (below ? 2 : 1);
    const alone = !own && next < lines.length && LONE_MARK.test(lines[next].f);
    marks.push(own || alone ? '*' : '');
    from = next + (alone ? 1 : 0);
  }
  return new Set(marks).size === 2 ? marks : null;
}
