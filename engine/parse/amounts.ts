/**
 * @module engine/parse/amounts
 * Money amounts as printed: "1,234.56", "1.234,56", "1 234,56", "€12,90", "12.90-", "(12.90)",
 * "12.90 CR" / "DR", "RM 9.00", "$1,200.00". The decimal separator is the last of `.`/`,` when
 * both appear; a lone separator followed by exactly three digits is a thousands separator only
 * when it is a comma ("1,234" = 1234, "1.579" = 1.579, a price per litre). Negative markers:
 * a leading or trailing minus, parentheses, and DR; CR is positive.
 *
 * Spaces are ambiguous inside figures. Two rules, both optional inputs from the caller:
 * - a column gap (a wide gap between word boxes, given as character positions) is never a
 *   thousands separator: "19      163,16" in a tax table is a rate and an amount, not 19163.16;
 * - a letter-spaced text layer breaks one figure into two words ("3,0 03.49"); the pieces are
 *   joined when neither piece reads as a figure on its own (a group of fewer than three digits
 *   after a thousands separator, a figure starting with 0 and another digit) and the joined text
 *   is a well-grouped amount with two decimals ("3,003.49").
 */
import { colonAfterDate } from './date-colon-figure.ts';

export interface AmountMatch {
  value: number;
  /** The characters matched, as printed. */
  text: string;
  start: number;
  end: number;
  /** Digits after the decimal separator (0 for whole numbers). */
  decimals: number;
  /** Currency symbol or code printed with the amount, as written (e.g. "RM", "€"). */
  currency: string | null;
  /** CR / DR marker when printed. */
  marker: 'CR' | 'DR' | null;
}

// ("S/": Peru's sol, glued to its figure or not: "OP. GRAVADA S/101.21")
/**
 * A currency written before a figure (also after it, CUR_SUFFIX). The baht, peso and naira signs
 * (฿ ₱ ₦) as OCR often reads them, a capital glued to a figure with cents ("TOTAL B74.00", "AMOUNT
 * DUE P156.50", "TOTAL N24,600.00": a fresh tester's Thai, Philippine and Nigerian slips took the
 * VAT line's figure for the total): only glued, and only before cents, so a class letter after a
 * price ("7,20 B") stays a class letter.
 */
const CUR_PREFIX = String.raw`(?:RM|R\$|R|US\$|A\$|C\$|NZ\$|S\$|S\/|HK\$|[$€£¥₹฿₱₦]|[BPN](?=\d{1,3}(?:,\d{3})*\.\d{2}(?![\d.,]))|Rs\.?|zł|Kč|SFr\.|Fr\.|(?:USD|EUR|GBP|MYR|ZAR|AUD|CAD|CHF|SGD|INR|JPY|NZD|HKD|PLN|CZK|HUF|RON|SEK|NOK|DKK|BRL|MXN|COP|CLP)\b)`;
/**
 * Written after a figure only: "1 200 Ft", "45,00 kr", "120,00 lei"; the dong's code glued after
 * its figure, "60.000VND", and its sign as a scan or a font without đ reads it, a d glued right
 * after a thousands group, "50.000d" (a fresh tester's Vietnamese till lost every row so printed).
 */
const CUR_SUFFIX = String.raw`(?:${CUR_PREFIX.slice(3, -1)}|Ft\b|kr\b|Kr\b|lei\b|Lei\b|VND\b|VNĐ|(?<=[.,]\d{3})d\b)`;
// Indian lakh grouping first ("1,23,457.00"), then apostrophe grouping ("1'238.83", Swiss), then
// comma, dot or space grouping, then plain figures
const NUMBER = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?|\d{1,3}(?:['’]\d{3})+(?:[.,]\d{1,2})?|\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,3})?|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,3})?|[.,]\d{2}`;
// a minus sign (a hyphen, or the typographic minus U+2212 a generated or e-receipt prints:
// "Rabatt −0,50") is the figure's own only when no column gap (a tab, see findAmounts) parts them:
// "E  -      R1374945" on a photo is debris in one column and a total in the next
/**
 * A Korean, Japanese or Chinese letter glued after a figure makes it a count or a size, no money
 * ("신라면 5입", "계란 15구", "乾電池 4本", "3個": a counter word, part of the item's name), as a Latin
 * letter does ("5pk", "500ml"); the won, yen and yuan written as a word glued after the figure
 * ("24,460원", "1,564円", "36元") are money. Hangul syllables, kana, CJK ideographs. Not a count the
 * times sign follows ("2個 X 単150 ¥300": the row's quantity), nor Japan's reduced-rate mark 軽 glued
 * after a price ("¥160軽", ../parse/reduced-rate-word.ts).
 */
const EAST_ASIAN_COUNTER = String.raw`(?![원円元圓圆軽])[\uAC00-\uD7A3\u3040-\u30FF\u3400-\u9FFF](?!\s?[xX×*])`;
const AMOUNT_RE = new RegExp(
  String.raw`(?<![\w.,/:\-−])(?<!\d['’])(\()?\s?([\-−][^\S\t]?)?(?:(${CUR_PREFIX})\s?)?([\-−][^\S\t]?)?(${NUMBER})(?:\s?(${CUR_SUFFIX}))?([\-−])?(\))?(?:\s?(CR|DR|Cr|Dr)\b)?(?![\w/]|:\d|[.,]\d|${EAST_ASIAN_COUNTER})`,
  'g',
);

/**
 * How a page groups its figures, where the figure alone cannot say. `dotThousands`: a lone dot
 * followed by exactly three digits is a thousands separator ("6.846" = 6846), as on a page in a
 * whole-unit currency that prints no decimal fractions (a Chilean peso till: ./dot-thousands.ts).
 */
export interface FigureStyle {
  dotThousands?: boolean;
}

/** Reads the numeric part of an amount ("1.234,56" -> 1234.56); null when it is not a number. `style`: see FigureStyle. */
export function parseNumber(raw: string, style: FigureStyle = {}): { value: number; decimals: number } | null {
  let s = raw.replace(/[\s\u00a0\u202f\u2009]/g, '');
  // apostrophe grouping (Swiss "1'238.83"): groups of three digits, then an optional decimal part
  if (/['’]/.test(s)) {
    if (!/^\d{1,3}(?:['’]\d{3})+(?:[.,]\d{1,2})?$/.test(s)) return null;
    s = s.replace(/['’]/g, '').replace(',', '.');
  }
  // Indian lakh grouping: "1,23,457.00" = 123457.00 (two-digit groups, then the last three)
  if (/^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?$/.test(s)) s = s.replace(/,/g, '');
  if (!/^[\d.,]*\d[\d.,]*$/.test(s) && !/^[.,]\d+$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  let intPart = s;
  let frac = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const sep = lastDot > lastComma ? '.' : ',';
    const i = Math.max(lastDot, lastComma);
    intPart = s.slice(0, i);
    frac = s.slice(i + 1);
    const other = sep === '.' ? ',' : '.';
    if (intPart.includes(sep)) return null;
    if (!intPart.split(other).slice(1).every((g) => g.length === 3)) return null;
    intPart = intPart.split(other).join('');
  } else if (lastDot >= 0 || lastComma >= 0) {
    const sep = lastDot >= 0 ? '.' : ',';
    const parts = s.split(sep);
    if (parts.length > 2) {
      // "1.579.63": a decimal separator OCR read as the thousands one; a last group of two digits
      // is no thousands group, so it is the decimals
      const last = parts[parts.length - 1];
      if (last.length === 2 && parts.slice(1, -1).every((g) => g.length === 3)) {
        intPart = parts.slice(0, -1).join('');
        frac = last;
      } else {
        if (!parts.slice(1).every((g) => g.length === 3)) return null;
        intPart = parts.join('');
      }
    } else if ((sep === ',' || style.dotThousands) && parts[1].length === 3 && parts[0].length > 0 && parts[0] !== '0') {
      intPart = parts.join('');
    } else {
      intPart = parts[0];
      frac = parts[1];
    }
  }
  if (intPart === '') intPart = '0';
  if (!/^\d+$/.test(intPart) || !/^\d*$/.test(frac)) return null;
  const value = Number(`${intPart}.${frac || '0'}`);
  return Number.isFinite(value) ? { value, decimals: frac.length } : null;
}

/** A unit of measure after a figure ("1.250 kg", "0.750 l", "19.000 %"): a quantity or a rate, never grouped money, and no sign of how the page writes money (./dot-thousands.ts). */
export const UNIT_AFTER = /^\s?(?:kg|gr?|l|lt|ml|cc|%)(?![\p{L}])/iu;

function toMatch(m: RegExpExecArray, style: FigureStyle = {}): AmountMatch | null {
  const [text, open, minus1, cur1, minus2, num, cur2, trailMinus, close, marker] = m;
  const parsed = parseNumber(num, style.dotThousands && !cur2 && UNIT_AFTER.test(m.input.slice(m.index + text.length)) ? {} : style);
  if (!parsed) return null;
  if ((open && !close) || (close && !open)) {
    // unbalanced parenthesis: not a negative marker, just punctuation
  }
  // a minus after a currency code written after the figure ("2,813.05 GBP-") is a speck: a
  // trailing minus is printed glued to the figure ("12.90-")
  const negative = Boolean(minus1 || minus2 || (trailMinus && !cur2) || (open && close) || /^dr$/i.test(marker ?? ''));
  const value = Math.round((negative ? -parsed.value : parsed.value) * 1000) / 1000;
  let start = m.index;
  let t = text;
  if (open && !close) {
    t = t.slice(1);
    start += 1;
  }
  return {
    value: Object.is(value, -0) ? 0 : value,
    text: t.trim(),
    start,
    end: m.index + text.length,
    decimals: parsed.decimals,
    currency: cur1 ?? cur2 ?? null,
    marker: marker ? (marker.toUpperCase() as 'CR' | 'DR') : null,
  };
}

/** A figure broken by one space: left piece, space, right piece. */
const BROKEN_RE = /(?<![\w.,])(\d{1,3}(?:[.,]\d{1,3})*[.,]?) (\d{1,3}(?:[.,]\d{1,3})*)(?![\w]|[.,]\d)/g;
/** A well-grouped amount with two decimals: "3,003.49", "12.345,67". */
const GROUPED = /^\d{1,3}(?:([.,])\d{3})+(?!\1)[.,]\d{2}$/;

/** Space positions that join the two pieces of a letter-spaced figure (see module comment). */
function brokenFigureSpaces(line: string, gaps: Set<number>): number[] {
  const out: number[] = [];
  BROKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BROKEN_RE.exec(line))) {
    const [, left, rightPiece] = m;
    const space = m.index + left.length;
    if (gaps.has(space)) { BROKEN_RE.lastIndex = space + 1; continue; }
    const joined = left + rightPiece;
    const leftOdd = /[.,]\d?$/.test(left); // "3,0", "3,": a separator and at most one digit
    const rightOdd = /^0\d/.test(rightPiece); // "03.49": a figure never starts with 0 and a digit
    if (GROUPED.test(joined) && (leftOdd || rightOdd) && parseNumber(joined)) out.push(space);
    else BROKEN_RE.lastIndex = space + 1;
  }
  return out;
}

/**
 * "R1374945 .00": OCR put a space before the decimal point of a whole figure. The space is closed
 * when it is no column gap, the figure has no separator of its own, the decimals end the token
 * and the figure starts the token or follows a currency prefix (not "A12 .50").
 */
const SPLIT_DECIMALS_RE = /(?<![\d.,])(\d+) [.,]\d{2}(?![\w.,%])/g;
const ENDS_WITH_CURRENCY = new RegExp(`${CUR_PREFIX}$`);
function splitDecimalSpaces(line: string, gaps: Set<number>): number[] {
  const out: number[] = [];
  for (const m of line.matchAll(SPLIT_DECIMALS_RE)) {
    const space = m.index! + m[1].length;
    const before = line.slice(0, m.index);
    if (gaps.has(space) || !(before === '' || /[^\p{L}\d]$/u.test(before) || ENDS_WITH_CURRENCY.test(before))) continue;
    out.push(space);
  }
  return out;
}

/**
 * A decimal comma or point that OCR read as a semicolon ("2.555;38", "12;50"), or as a colon
 * after a figure grouped in thousands ("2,344:21"), and a thousands mark read as a colon or a
 * semicolon before a figure's last group and its decimals ("2:023,26", "2;023.26"): between a digit and
 * exactly two digits that end the figure, it is the decimal separator; a comma, unless the figure
 * before it groups its thousands with commas. The text keeps its length. A run of semicolons
 * ("12;05;2024") is left alone.
 */
function misreadDecimalSemicolons(text: string): string {
  if (text.includes(':') || text.includes(';')) {
    // a colon too, after a figure grouped in thousands ("2,344:21"; no time is written so)
    text = text.replace(/(?<![\d:.,])(\d{1,3}(?:[.,]\d{3})+):(\d{2})(?![\d:])/g, (_all, int: string, frac: string) => `${int}${/,\d{3}$/.test(int) ? '.' : ','}${frac}`);
    // ...or either as the thousands mark of a figure with its decimals ("2:023,26", "2;023.26";
    // a time has two digits after its colon): the mark the other separator is not
    text = text.replace(/(?<![\d:;.,])(\d{1,3})[:;](\d{3})([.,])(\d{2})(?![\d:;.,])/g, (_all, head: string, group: string, sep: string, frac: string) => `${head}${sep === ',' ? '.' : ','}${group}${sep}${frac}`);
  }
  if (!text.includes(';')) return text;
  return text.replace(/(?<![\d;])(\d[\d.,' ]*);(\d{2})(?![\d;])/g, (_all, int: string, frac: string) => `${int}${/,\d{3}$/.test(int) ? '.' : ','}${frac}`);
}

/** The digit each letter OCR reads for it in a figure's decimals stands for ("127,A9" for 127,49). */
const DIGIT_FOR_LETTER: Record<string, string> = { A: '4', O: '0', o: '0', S: '5', B: '8', Z: '2', G: '6', l: '1', I: '1' };
/**
 * A digit of a figure's two decimals read as the letter it looks like ("TOTALE EURO 127,A9", a
 * fresh tester's photographed till slip, read as 127; "12,5O"): between a decimal separator after a
 * digit and a digit that ends the figure, or as an O after one decimal digit, the letter is that
 * digit. Not "1,5l" (a litre) and not a class letter after two decimals ("6,20B"). The text keeps
 * its length.
 */
function lettersInDecimals(text: string): string {
  if (!/\d[.,][A-Za-z]|\d[.,]\d[Oo]/.test(text)) return text;
  return text
    .replace(/(?<=(?<![\d.,])\d{1,3}(?:[.,' ]\d{3})*[.,])[AOoSBZGlI](?=\d(?![\d\p{L}.,]))/gu, (c) => DIGIT_FOR_LETTER[c])
    .replace(/(?<=(?<![\d.,])\d{1,3}(?:[.,' ]\d{3})*[.,]\d)[Oo](?![\d\p{L}.,])/gu, '0');
}

/**
 * A price ending the line (the till's price column, a class mark or GST code after it at most) whose
 * digit OCR read as a letter of its shape (SROIE's Malaysian slips): its last decimal's 0 read as a
 * C after one decimal digit ("18.0C"; an O anywhere is lettersInDecimals'), its first digit 1 as an
 * l or an I glued before it ("l2.00", "I2.50 SR"). A price prints two decimals, so "18.0C" is no
 * figure and its class letter; a litre ("0,5l") is a letter after the figure, never before it. The
 * text keeps its length.
 */
function lettersInPriceColumn(text: string): string {
  if (!/\d[.,]\dC\s*$|[lI]\d/.test(text)) return text;
  return text
    .replace(/(?<=(?<![\d.,])\d{1,4}[.,]\d)C(?=\s*$)/, '0')
    .replace(/(?<![\p{L}\d.,])[lI](?=\d{1,4}[.,]\d{2}(?:\s?(?:[A-Z]{1,2}|\([A-Z]{1,2}\)))?\s*$)/u, '1');
}

/**
 * A figure's first digit 1 read as the letter l or I right after a currency sign ("¥l,278",
 * "£l1.85", "€ I2,50": a fresh tester's photographed Japanese receipt lost its 10 % tax line,
 * "(10% Target ¥l,278 Tax ¥116)", and with it half the tax): no word starts with a currency
 * sign, so the letter before a digit or a decimal mark is the 1. The text keeps its length.
 */
function oneAfterCurrencySign(text: string): string {
  return /[¥£€$₹₩₺₱]\s?[lI][\d.,]/u.test(text) ? text.replace(/(?<=[¥£€$₹₩₺₱]\s?)[lI](?=\d|[.,]\d)/gu, '1') : text;
}

/**
 * A speck OCR read as a dot or a colon right before a figure that has its own decimal separator
 * (".8,85" in "A= 7,0% .8,85 0,62 9,47", ":0,76" in "B 21% 3,62 :0,76 4,38", a run of them:
 * "..4,52"; specks after it too: ".5,95..."): the marks before it are no part of it and become spaces. A figure written ".85" (no other separator) is left alone, and so is
 * a colon between digits (a time, "17:54"). The text keeps its length.
 */
function speckBeforeFigure(text: string): string {
  if (!text.includes('.') && !text.includes(':')) return text;
  return text.replace(/(?<![^\s(])[.:]+(?=\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}(?![\d,]|\.\d))/g, (specks) => ' '.repeat(specks.length));
}

/**
 * A decimal point a scan doubled ("5..40" for 5.40, a photographed Peruvian slip): between a
 * figure and exactly two digits that end it, the two points are one; the figure moves one place
 * right so the text keeps its length. A run of three or more points (a leader) is left alone.
 */
function doubledDecimalPoint(text: string): string {
  if (!text.includes('..')) return text;
  return text.replace(/(?<![\d.,])(\d{1,7})\.\.(\d{2})(?![\d.,])/g, (_all, int: string, frac: string) => ` ${int}.${frac}`);
}

/**
 * Every amount-looking token in a line, left to right, with positions. `columnGaps` are the
 * character positions of spaces that stand for a wide gap between words (a column boundary);
 * `style`, how the page groups its figures (FigureStyle).
 */
export function findAmounts(line: string, columnGaps: number[] = [], style: FigureStyle = {}): AmountMatch[] {
  const gaps = new Set(columnGaps);
  const joins = [...brokenFigureSpaces(line, gaps), ...splitDecimalSpaces(line, gaps)].sort((a, b) => a - b);
  // rewrite the line at the same length: a column gap becomes a tab (not a thousands space,
  // still a space between a currency and its figure); a join point becomes a marker removed below
  let text = line;
  if (gaps.size || joins.length) {
    const chars = [...line].length === line.length ? line.split('') : null;
    if (chars) {
      for (const g of gaps) if (chars[g] === ' ') chars[g] = '\t';
      for (const j of joins) chars[j] = '\u0001';
      text = chars.join('');
    }
  }
  // a date's colon glued to the figure after it ("2025-03-01:20 956,91"): a space (./date-colon-figure.ts)
  text = colonAfterDate(text);
  text = speckBeforeFigure(misreadDecimalSemicolons(lettersInDecimals(lettersInPriceColumn(oneAfterCurrencySign(doubledDecimalPoint(text))))));
  const out: AmountMatch[] = [];
  const scan = joins.length ? text.replace(/\u0001/g, '') : text;
  // positions in `scan` shift left by one per removed marker before them
  const toLine = (i: number) => {
    let p = i;
    for (const j of joins) if (j <= p) p++;
    return p;
  };
  AMOUNT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  const found: AmountMatch[] = [];
  while ((m = AMOUNT_RE.exec(scan))) {
    const a = toMatch(m, style);
    if (a) found.push(a);
  }
  for (const g of scan.matchAll(GLUED_TO_WORD)) {
    const start = g.index! + g[0].length - g[1].length;
    const parsed = parseNumber(g[1]);
    if (parsed && !found.some((f) => start < f.end && f.start < start + g[1].length)) found.push({ value: parsed.value, text: g[1], start, end: start + g[1].length, decimals: parsed.decimals, currency: null, marker: null });
  }
  found.sort((x, y) => x.start - y.start);
  for (const a of found) {
    if (joins.length || gaps.size) {
      const start = toLine(a.start);
      const end = toLine(a.end - 1) + 1;
      out.push({ ...a, start, end, text: a.text.replace(/\t/g, ' ') });
    } else out.push(a);
  }
  return out;
}

/**
 * A figure with two decimals glued to the word before it, the space between them lost
 * ("TVA20% HT 19.95 TVA3,99", "TOTAL12.50": a fresh tester's photographed French slips lost
 * their tax so): after two letters or more, a figure in thousands groups with exactly two
 * decimals and nothing glued after it (no letter, digit, %, or further separator). Group 1 is the figure.
 */
const GLUED_TO_WORD = /\p{L}{2}(\d{1,3}(?:[.,]\d{3})*[.,]\d{2})(?![\p{L}\d%/]|[.,]\d)/gu;

/** Parses one printed amount; null when the text is not exactly one amount. */
export function parseAmount(text: string): number | null {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const all = findAmounts(trimmed);
  if (all.length !== 1) return null;
  const a = all[0];
  const rest = (trimmed.slice(0, a.start) + trimmed.slice(a.end)).trim();
  return rest === '' ? a.value : null;
}

/** Rounds to cents, the precision money is compared at. */
export function cents(v: number): number {
  return Math.round(v * 100) / 100;
}
