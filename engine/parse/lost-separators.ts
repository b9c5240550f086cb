/**
 * @module engine/parse/lost-separators
 * A numeric date whose separators OCR lost. Thin slashes in faint print vanish or come back as
 * the glyphs they look like, '1' and '7': "5/3/2018" is read "5372018", "13/07/2017" "13072017".
 * `dateFromDigitRun` reads such a run of digits back as a date, and only when it can be read one
 * way: the last four digits are the year (1970..2099), the digits before them are a day and a
 * month of one or two digits each, and a '1' or '7' between or after them may stand for a lost
 * separator. Every way of cutting the run is tried; the cheapest valid readings win (each digit
 * read as a separator costs one, and so does reading the numbers against the page's date
 * order), and when they give more than one day the run is not a date. Two-digit years are never
 * guessed: "070717" cuts as too many dates.
 *
 * Callers use it as a last resort: for the digits right after a date label on a page where no
 * date was found otherwise. The returned text is the date with '/' as its separator (what was
 * printed between the numbers is unknown).
 */
import { isoDate, validDate as valid, type DateOrder } from './dates.ts';

export interface RunDate {
  /** The date as D/M/YYYY (or M/D/YYYY month-first) with the digits as read. */
  text: string;
  iso: string;
}

const SEPARATOR_GLYPHS = new Set(['1', '7']);

/**
 * The two numbers before the year, for every cut of `p` with an optional separator glyph after
 * each, with the number of glyphs the cut reads as separators.
 */
function cuts(p: string): Array<[string, string, number]> {
  const out: Array<[string, string, number]> = [];
  for (let i = 1; i <= 2; i++) {
    const first = p.slice(0, i);
    for (const sep1 of [0, 1]) {
      if (sep1 && !SEPARATOR_GLYPHS.has(p[i])) continue;
      for (let j = 1; j <= 2; j++) {
        const second = p.slice(i + sep1, i + sep1 + j);
        if (second.length !== j) continue;
        const rest = p.slice(i + sep1 + j);
        if (rest === '' || (rest.length === 1 && SEPARATOR_GLYPHS.has(rest))) out.push([first, second, sep1 + rest.length]);
      }
    }
  }
  return out;
}

export function dateFromDigitRun(run: string, order: DateOrder = 'dmy'): RunDate | null {
  if (!/^\d{6,9}$/.test(run)) return null;
  const y = Number(run.slice(-4));
  if (y < 1970 || y > 2099) return null;
  // the cheapest readings win: each digit read as a separator costs 1, and so does reading the
  // numbers against the page's order; among the cheapest the day must be unique
  const byCost = new Map<number, Map<string, RunDate>>();
  for (const [a, b, glyphs] of cuts(run.slice(0, -4))) {
    const [d, m] = order === 'mdy' ? [Number(b), Number(a)] : [Number(a), Number(b)];
    const reading = valid(y, m, d) ? { d, m, cost: glyphs } : valid(y, d, m) ? { d: m, m: d, cost: glyphs + 1 } : null;
    if (!reading) continue;
    const iso = isoDate(y, reading.m, reading.d);
    const level = byCost.get(reading.cost) ?? new Map<string, RunDate>();
    level.set(iso, { text: `${a}/${b}/${run.slice(-4)}`, iso });
    byCost.set(reading.cost, level);
  }
  if (!byCost.size) return null;
  const cheapest = byCost.get(Math.min(...byCost.keys()))!;
  return cheapest.size === 1 ? [...cheapest.values()][0] : null;
}

/** A date found by `dateWithBrokenSeparators`: its numbers with one separator each (`text`), where it was read, its day. */
export interface BrokenDate { text: string; start: number; end: number; iso: string }

/**
 * A numeric date (a four-digit year, or two glued to a time) whose separators OCR broke, in a line of OCR'd text
 * (PP-OCR reads thermal print this way): a separator doubled ("18-03--2018"), one of the two
 * lost ("2703/2018", "17/012018"), one read as a colon or comma ("01.09:2022"), or both lost in eight digits directly followed by a printed
 * time ("25032018 13:11:54"; without the time such a run is as likely an id), or a two-digit
 * year glued to the time printed after it ("27-04--1816:40": 27-04-18, 16:40), or a year-first date with a speck read as a
 * digit glued to its day, a time printed after it ("2025-03-171 15:29": 2025-03-17; a day has two digits, so the third is
 * no part of it). Otherwise the digits are
 * always day, month, year in two, two and four (or two) digits (month first when `order` is `mdy`), and
 * the day must be a real one. `text` is the date with the separator that was read (else '/'),
 * once between each two numbers ("18-03-2018", "27/03/2018"). Null when the line holds none. Callers use it as a last resort,
 * when no date was read otherwise.
 */
export function dateWithBrokenSeparators(line: string, order: DateOrder = 'dmy'): BrokenDate | null {
  const forms = [
    /(?<![\d])(\d{1,2})([-/.])\2+(\d{1,2})[-/.]+((?:19|20)\d{2})(?!\d)/g, // "18-03--2018"
    /(?<![\d])(\d{1,2})[-/.]+(\d{1,2})([-/.])\3+((?:19|20)\d{2})(?!\d)/g, // "18--03-2018" kept apart from the above by its doubled second separator
    /(?<![\d/.-])(\d{2})(\d{2})[-/.]((?:19|20)\d{2})(?![\d])/g, // "2703/2018"
    /(?<![\d/.-])(\d{2})[-/.](\d{2})((?:19|20)\d{2})(?![\d])/g, // "17/012018"
    /(?<![\d/.-])(\d{2})(\d{2})((?:19|20)\d{2})(?=\s+\d{1,2}:\d{2})/g, // "25032018 13:11:54"
    /(?<![\d])(\d{2})[-/.]+(\d{2})[-/.]+(\d{2})(?=[0-2]\d:[0-5]\d)/g, // "27-04--1816:40": a two-digit year glued to the time after it
    // (a label's colon may stand right before: "Vervaldatum:10.09:2022"; a time's may not)
    /(?<!\d|\d:)(\d{1,2})[-/.](\d{1,2})[:;,]((?:19|20)\d{2})(?![\d:])/g, // "01.09:2022": one dot read as a colon or comma
    /(?<!\d|\d:)(\d{1,2})[:;,](\d{1,2})[-/.]((?:19|20)\d{2})(?![\d:])/g, // "01:09.2022"
  ];
  for (const re of forms) {
    for (const m of line.matchAll(re)) {
      const nums = m.slice(1).filter((g) => /^\d+$/.test(g));
      const [a, b, y0] = nums.map(Number);
      const y = nums[2].length === 2 ? 2000 + y0 : y0;
      const [d, mo] = order === 'mdy' ? [b, a] : [a, b];
      if (!valid(y, mo, d)) continue;
      const sep = /[-/.]/.exec(m[0])?.[0] ?? '/';
      return { text: [nums[0], nums[1], nums[2]].join(sep), start: m.index, end: m.index + m[0].length, iso: isoDate(y, mo, d) };
    }
  }
  // "2025-03-171 15:29": a year-first date with a speck read as a digit after its day, a time printed after it
  for (const m of line.matchAll(/(?<![\d\/.-])((?:19|20)\d{2})([-/.])(\d{2})\2(\d{2})\d(?=\s+\d{1,2}:\d{2}(?!\d))/g)) {
    const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (valid(y, mo, d)) return { text: [m[1], m[3], m[4]].join(m[2]), start: m.index, end: m.index + m[0].length - 1, iso: isoDate(y, mo, d) };
  }
  return null;
}

/**
 * A numeric date whose two separators OCR both read as colons, so that it looks like a time
 * ("Datum: 11:02:22 Uhrzeit: 10:22" for 11.02.22): taken only at the start of `text` (the caller
 * passes what follows a date label) and only when a time of its own follows on the line (else
 * "Date: 18:12:05" may be the time printed beside a date elsewhere). Day, month, year as
 * `order` says; the year in two digits or four; the day must be a real one. Null otherwise.
 */
export function dateReadAsTime(text: string, order: DateOrder = 'dmy'): BrokenDate | null {
  const m = /^([\s:.\-]*)(\d{2}):(\d{2}):(\d{2}|(?:19|20)\d{2})(?![\d:])(?=.*(?<!\d)\d{1,2}[:.]\d{2}(?!\d))/.exec(text);
  if (!m) return null;
  const [a, b, y0] = [Number(m[2]), Number(m[3]), Number(m[4])];
  const y = m[4].length === 2 ? 2000 + y0 : y0;
  const [d, mo] = order === 'mdy' ? [b, a] : [a, b];
  if (!valid(y, mo, d)) return null;
  const start = m[1].length;
  return { text: `${m[2]}.${m[3]}.${m[4]}`, start, end: start + m[0].length - m[1].length, iso: isoDate(y, mo, d) };
}

/**
 * A date printed as eight digits, year first, without separators ("20180428" in
 * "Date/Time 20180428/191204"): the first such run in `text` that is a real day of 1970..2099,
 * returned as YYYY-MM-DD (its position is not kept). Null when there is none. The century must
 * be 19 or 20 and the digits must stand alone (not inside a longer number).
 */
export function compactIsoDate(text: string): RunDate | null {
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/g)) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (y >= 1970 && valid(y, mo, d)) return { text: isoDate(y, mo, d), iso: isoDate(y, mo, d) };
  }
  return null;
}
