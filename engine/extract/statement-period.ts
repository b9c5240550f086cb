/**
 * @module engine/extract/statement-period
 * The period a statement prints (its first and last day), read from the page and never from
 * the rows' booking days, which are only the fallback (see bank-statement.ts). Forms read, in
 * our languages and the Nordic, Czech, Hungarian and Romanian ones:
 * - two full dates joined by a word or a dash: "01.03.2026 - 31.03.2026", "du 01/03/2026 au
 *   31/03/2026", "dal ... al ...", "od ... do ...", "01.03.2026 til 31.03.2026" (NO, DA),
 *   "2026-03-01 t.o.m. 2026-03-31" (SV), "01.03.2026 până la 31.03.2026" (RO), "2026.03.01-től
 *   2026.03.31-ig" (HU), a minus sign or a figure dash between them;
 * - a first day printed without its year, or without its month and year, before a full last
 *   day: "1 March to 31 March 2026", "del 1 de marzo al 31 de marzo de 2026", "01.03. -
 *   31.03.2026", "du 01/03 au 31/03/2026", "du 1er au 31 mars 2026", "1.–31. März 2026",
 *   "March 1 - March 31, 2026": the last day's year (and month) complete it, the year before when
 *   the first day would fall after the last ("15 Dec - 14 Jan 2026");
 * - the two days on two lines, each after its word: "von 01.03.2026" over "bis 31.03.2026",
 *   "From: ..." over "To: ...".
 * The first line in reading order that prints one gives it. A first day given without its year
 * is returned as printed, with its ISO 8601 day completed.
 */
import { findDates, findDayMonth, isoDate, validDate, type DateMatch, type DateOrder } from '../parse/dates.ts';
import { columnGaps, fold, type DocLine } from '../parse/lines.ts';

/**
 * The word or dash between a period's two days, in our languages and theirs: "to", "through",
 * "thru", "until", "till", "bis (zum)", "au", "jusqu'au", "tot (en met)", "t/m", "al", "fino al",
 * "a", "até", "do", "hasta", Nordic "til", "till", "t.o.m.", Romanian "până la", Czech "až",
 * Hungarian "-tól/-től" (glued to the first day), a hyphen, an en or em dash, a minus sign, a
 * figure dash, a tilde.
 */
export const PERIOD_TO = String.raw`(?:to|through|thru|until|till|til|t\.o\.m\.?|bis(?:\s+zum)?|jusqu'au|au|tot(?:\s+en\s+met)?|t\/m|fino\s+al|al|até|ate|a|do|hasta|până\s+la|pana\s+la|až|-t[óő]l|-|–|—|−|‒|~)`;

/** A period's first and last day, and the line printing them (`close` spans the line's text). */
export interface PrintedPeriod { open?: { text: string; iso: string | null }; close: DateMatch; line: DocLine }

/** The words that introduce a period on its line ("Zeitraum", "Période", "Periodo", "Okres", "Období", "Időszak", "Perioada", "Kontoutskrift for perioden"), folded. */
const PERIOD_WORD = /(?<![\p{L}])(?:period\p{L}*|zeitraum|abrechnungszeitraum|okres|obdobi\p{L}*|idoszak|perioada|kausi|ajanjakso|razdoblje|laikotarpis|from|von|vom|du|dal|del|desde|od|van|fra|fran|de)(?![\p{L}])/u;
/** A word before a period's first day alone on its line ("von", "from", "du", "dal", "od", "fra", "Von:", "From:"), folded. */
const FROM_LINE = /^(?:[\p{L}\s]{0,30}\s)?(?:von|vom|from|du|dal|del|desde|od|van|fra|fran|fr\.o\.m\.?|start date|date de debut|data inizio|fecha de inicio|begindatum)\s*:?\s*$/u;
/** A word before a period's last day alone on its line ("bis", "to", "au", "al", "do", "til", "Bis:", "To:"), folded. */
const TO_LINE = /^(?:bis(?:\s+zum)?|to|until|au|al|hasta|ate|do|tot|t\/m|til|till|t\.o\.m\.?|end date|date de fin|data fine|fecha de fin|einddatum)\s*:?\s*$/u;

/** A first day alone, with no month: "1", "1.", "1er", "1st", "1º". Group 1 is the day. */
const DAY_ALONE = /^(\d{1,2})(?:\.|er|st|nd|rd|th|º|ª)?$/;

/**
 * The first day printed at the end of `text` (the part of the line before the connector) without
 * a year: a day and month in any of our forms (../parse/dates.ts findDayMonth), else a day
 * alone, completed from the last day `close` (ISO); with its printed text and ISO day. Null when
 * the end of `text` is no such day or the day would not come before `close`.
 */
function partialOpen(text: string, close: string, order: DateOrder): { text: string; iso: string } | null {
  const words = text.trimEnd().split(/\s+/).filter(Boolean);
  const y = Number(close.slice(0, 4)), cm = Number(close.slice(5, 7)), cd = Number(close.slice(8, 10));
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    // (a Spanish or Portuguese ordinal day, "1º de marzo", read as its number: the same length)
    const dm = findDayMonth(tail.replace(/(\d)[ºª]/gu, '$1 '), order);
    if (dm && dm.start === 0 && tail.length - dm.end <= 1) {
      if (!validDate(y, dm.month, dm.day)) return null;
      const iso = isoDate(y, dm.month, dm.day);
      // later in the year than the last day: the period began the year before
      return { text: tail.replace(/[\s,]+$/, ''), iso: iso > close ? isoDate(y - 1, dm.month, dm.day) : iso };
    }
  }
  const day = DAY_ALONE.exec(words[words.length - 1] ?? '');
  if (!day || Number(day[1]) < 1 || Number(day[1]) > cd) return null;
  return { text: words[words.length - 1], iso: isoDate(y, cm, Number(day[1])) };
}

/** The period two full dates of a line make, joined by a connector (see PERIOD_TO), or null. */
function fullPair(l: DocLine, ds: DateMatch[]): PrintedPeriod | null {
  const between = new RegExp(String.raw`^\.?\s*${PERIOD_TO}\s*$`, 'iu');
  for (let i = 0; i + 1 < ds.length; i++) {
    if (between.test(l.text.slice(ds[i].end, ds[i + 1].start))) return { open: { text: ds[i].text, iso: ds[i].iso }, close: ds[i + 1], line: l };
  }
  return null;
}

/**
 * The period of a line whose first day is printed without its year (see partialOpen) before a
 * connector and a full last day. A dash alone joins them only on a line that names a period or
 * starts it with a word of its own ("Zeitraum:", "du", "from"): "Invoice 12 - 03.03.2026" is none.
 */
function partialPair(l: DocLine, ds: DateMatch[], order: DateOrder): PrintedPeriod | null {
  const connector = new RegExp(String.raw`(?:^|(?<=[\s\d.\p{L}]))\s*(${PERIOD_TO})\s*$`, 'iu');
  for (let i = 0; i < ds.length; i++) {
    const close = ds[i];
    if (!close.iso) continue;
    const before = l.text.slice(i ? ds[i - 1].end : 0, close.start);
    const c = connector.exec(before);
    if (!c) continue;
    const wordConnector = /\p{L}/u.test(c[1]) && !/^-/.test(c[1]);
    if (wordConnector && /\p{L}$/u.test(before.slice(0, c.index + c[0].length - c[0].trimStart().length))) continue;
    const open = partialOpen(before.slice(0, c.index + c[0].length - c[0].trimStart().length), close.iso, order);
    if (!open) continue;
    if (!wordConnector && !PERIOD_WORD.test(fold(l.text.slice(0, close.start)))) continue;
    return { open, close, line: l };
  }
  return null;
}

/**
 * Whether the words before a day (up to character `end` of `l`) are `word`'s form: the whole
 * text before it, or its last column's (after a wide gap between word boxes, ../parse/lines.ts
 * columnGaps), so an address printed in a left-hand column beside "Desde 01/11/2026" does not hide
 * the word.
 */
function cellBefore(l: DocLine, end: number, word: RegExp): boolean {
  const starts = [0, ...columnGaps(l).filter((g) => g < end).map((g) => g + 1)];
  return starts.some((s) => word.test(fold(l.text.slice(s, end)).trim()));
}

/**
 * The period printed over two lines: "von 01.03.2026" over "bis 31.03.2026", "Desde 01/11/2026"
 * over "Hasta 30/11/2026" (see FROM_LINE, TO_LINE), the words in a column of their own beside
 * another (the holder's address); or null.
 */
function twoLines(a: DocLine, b: DocLine | undefined, order: DateOrder): PrintedPeriod | null {
  if (!b || b.page !== a.page || b.box.y <= a.box.y) return null;
  const da = findDates(a.text, order), db = findDates(b.text, order);
  if (da.length !== 1 || db.length !== 1 || a.text.slice(da[0].end).trim() || b.text.slice(db[0].end).trim()) return null;
  if (!cellBefore(a, da[0].start, FROM_LINE) || !cellBefore(b, db[0].start, TO_LINE)) return null;
  if (da[0].iso && db[0].iso && da[0].iso > db[0].iso) return null;
  return { open: { text: da[0].text, iso: da[0].iso }, close: db[0], line: b };
}

/**
 * The period a statement prints (see the module's note): for each line in reading order, a
 * pair of full dates, else a first day without its year before a full last day, else a day over
 * the next line's; null when no line prints one (the rows' days are then the caller's fallback).
 * `named` reads a line's named first day as bank-statement.ts always has ("11 June to 10 July
 * 2019"); it is tried first on each line.
 */
export function printedPeriod(lines: DocLine[], order: DateOrder, named: (l: DocLine) => PrintedPeriod | null): PrintedPeriod | null {
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const n = named(l);
    if (n) return n;
    const ds = findDates(l.text, order);
    const p = fullPair(l, ds) ?? partialPair(l, ds, order) ?? twoLines(l, lines[i + 1], order);
    if (p) return p;
  }
  return null;
}
