/**
 * @module engine/parse/dates
 * Dates as printed: 15/08/2025, 2025-08-15, 15.08.25, 15 Aug 2025, Aug 15, 2025, 15-AUG-2025,
 * 08/15/2025, 11 January 2023, 10 Jun 19, "15 de marzo de 2024", "3. März 2024", "12 października 2024":
 * month names in English, French, German, Dutch, Spanish, Italian, Portuguese and Polish; Japanese
 * "2024年12月26日" and era dates "令和6年12月26日" (./east-asian-dates.ts).
 * The printed text is kept exactly for output; `iso` is a best-effort YYYY-MM-DD for
 * cross-checks. Numeric dates are read day-first unless the order is told (`mdy`, e.g. from a
 * USD context; `ymd`, from a Japanese page: "24-12-26" is 2024-12-26) or only one reading is a valid date; `ambiguous` says when both were possible.
 */
import { ERA_DATE, KANJI_DATE, eraYear } from './east-asian-dates.ts';

export interface DateMatch {
  text: string;
  start: number;
  end: number;
  iso: string | null;
  ambiguous: boolean;
  /** True when the date names its month in words (less likely to be noise). */
  named: boolean;
  /** True when `text` is an OCR repair of what was read (see FindDatesOptions.repairMonth). */
  repaired?: boolean;
}

export interface FindDatesOptions {
  /**
   * OCR repair for numeric dates, off by default: a month's first digit can only be 0 or 1, so
   * when a numeric date is invalid only because its two-digit month starts with 2..9
   * ("19/62/2018", "07/61/18", "25/29/2017": thermal print's 0 read as 6, 2 or 9), that digit
   * is read as 0. The match's `text` is the repaired date and `repaired` is set. Callers use it
   * as a last resort, when no valid date was found on the lines they look at.
   */
  repairMonth?: boolean;
  /**
   * OCR repair of a four-digit year, off by default: a year outside 1900..2100 that is "20YY"
   * with exactly one of its first two digits misread ("12/03/2618", "05-05-7018": thermal
   * print's 0 read as 6, its 2 as 7) is read as 20YY. The match's `text` is the repaired date
   * and `repaired` is set. Same last-resort use as `repairMonth`. Also a four-digit year
   * 19YY/20YY with one digit glued after it, where OCR lost the space before the next figure
   * ("17/01/20184 2153"): the date ends at the year.
   */
  repairYear?: boolean;
}

/**
 * How a numeric date whose reading is open is read: day first (`dmy`), month first (`mdy`), or
 * year first (`ymd`: a two-digit first number is the year when that reading is a valid date,
 * "24-12-26" is 2024-12-26 as Japan, China and Korea write it; any other date day first). With
 * `ymd` a Japanese era date with a Latin initial ("R6.12.26") is read too.
 */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

const MONTHS: Record<string, number> = {};
/** Month names and abbreviations in EN, FR, DE, NL, ES, IT, PT and PL (Polish in the nominative and genitive). */
const NAMES: [number, string[]][] = [
  [1, ['jan', 'january', 'janv', 'janvier', 'januar', 'januari', 'jän', 'jänner', 'enero', 'ene', 'gennaio', 'gen', 'janeiro', 'styczeń', 'stycznia', 'sty']],
  [2, ['feb', 'february', 'févr', 'fevr', 'février', 'fevrier', 'februar', 'februari', 'febrero', 'febbraio', 'fevereiro', 'fev', 'fév', 'luty', 'lutego', 'lut']],
  [3, ['mar', 'march', 'mars', 'märz', 'marz', 'maart', 'mrt', 'marzo', 'março', 'marco', 'marzec', 'marca']],
  [4, ['apr', 'april', 'avr', 'avril', 'abril', 'abr', 'aprile', 'kwiecień', 'kwietnia', 'kwi']],
  [5, ['may', 'mai', 'mei', 'mayo', 'maggio', 'mag', 'maio', 'maj', 'maja']],
  [6, ['jun', 'june', 'juin', 'juni', 'junio', 'giugno', 'giu', 'junho', 'czerwiec', 'czerwca', 'cze']],
  [7, ['jul', 'july', 'juil', 'juillet', 'juli', 'julio', 'luglio', 'lug', 'julho', 'lipiec', 'lipca', 'lip']],
  [8, ['aug', 'august', 'août', 'aout', 'augustus', 'agosto', 'ago', 'sierpień', 'sierpnia', 'sie']],
  [9, ['sep', 'sept', 'september', 'septembre', 'septiembre', 'setiembre', 'settembre', 'sett', 'setembro', 'set', 'wrzesień', 'września', 'wrz']],
  [10, ['oct', 'october', 'octobre', 'okt', 'oktober', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'październik', 'października', 'paź']],
  [11, ['nov', 'november', 'novembre', 'noviembre', 'novembro', 'listopad', 'listopada', 'lis']],
  [12, ['dec', 'december', 'décembre', 'decembre', 'dez', 'dezember', 'dezembro', 'diciembre', 'dic', 'dicembre', 'grudzień', 'grudnia', 'gru']],
];
/**
 * Month names of more Latin-script European languages, full words only (their short forms,
 * "ian", "noi", "des", "márc", are ordinary words or names too): Czech and Slovak (nominative
 * and the genitive a date prints, "6. října 2024", "15. marca 2024"), Hungarian ("2024. december
 * 20.", year first), Romanian, Danish, Norwegian and Swedish, Finnish (nominative, the partitive
 * a date prints, "24. huhtikuuta 2024", and the abbreviation with its point, "huhtik."), Croatian
 * and Slovenian. A name that means another month in a language already served keeps that month:
 * the Croatian "listopad" (October) is the Polish and Czech November.
 */
const MORE_NAMES: [number, string[]][] = [
  [1, ['ledna', 'január', 'januára', 'ianuarie', 'tammikuu', 'tammikuuta', 'tammik', 'siječanj', 'siječnja']],
  [2, ['únor', 'února', 'február', 'februára', 'febr', 'februarie', 'helmikuu', 'helmikuuta', 'helmik', 'veljača', 'veljače']],
  [3, ['březen', 'března', 'marec', 'március', 'martie', 'marts', 'maaliskuu', 'maaliskuuta', 'maalisk', 'ožujak', 'ožujka']],
  [4, ['duben', 'dubna', 'apríl', 'apríla', 'április', 'aprilie', 'huhtikuu', 'huhtikuuta', 'huhtik', 'travanj', 'travnja']],
  [5, ['květen', 'května', 'máj', 'mája', 'május', 'toukokuu', 'toukokuuta', 'toukok', 'svibanj', 'svibnja']],
  [6, ['červen', 'června', 'jún', 'júna', 'június', 'iunie', 'kesäkuu', 'kesäkuuta', 'kesäk', 'lipanj', 'lipnja', 'junij']],
  [7, ['červenec', 'července', 'júl', 'júla', 'július', 'iulie', 'heinäkuu', 'heinäkuuta', 'heinäk', 'srpanj', 'srpnja', 'julij']],
  [8, ['srpen', 'srpna', 'augusta', 'augusztus', 'augusti', 'elokuu', 'elokuuta', 'elok', 'kolovoz', 'kolovoza', 'avgust']],
  [9, ['září', 'septembra', 'szeptember', 'septembrie', 'syyskuu', 'syyskuuta', 'syysk', 'rujan', 'rujna']],
  [10, ['říjen', 'října', 'októbra', 'október', 'octombrie', 'lokakuu', 'lokakuuta', 'lokak']],
  [11, ['listopadu', 'novembra', 'noiembrie', 'marraskuu', 'marraskuuta', 'marrask', 'studeni', 'studenoga', 'studenog']],
  [12, ['prosinec', 'prosince', 'decembra', 'decembrie', 'desember', 'joulukuu', 'joulukuuta', 'jouluk', 'prosinac', 'prosinca']],
];// and each without its accents, as a scan or a plain-ASCII till prints or reads it ("wrzesnia",
// "pazdziernika", "styczen", "decembre")
const unaccented = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');
for (const [n, names] of [...NAMES, ...MORE_NAMES]) for (const name of names) MONTHS[name] ??= n, MONTHS[unaccented(name)] ??= n;
const MONTH_ALT = Object.keys(MONTHS).filter((name) => name === unaccented(name)).sort((a, b) => b.length - a.length).join('|');

/** The month (1..12) a name stands for, with or without its accents; undefined for any other word. */
function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return MONTHS[w] ?? MONTHS[unaccented(w)];
}

/**
 * The line with each accented letter read as its bare letter, one character for one, so offsets
 * stay those of the printed line: month names are matched in it, so a name whose accents a scan
 * kept only in part ("rijna", "ríjna", "října") is still one.
 */
function withoutMarks(line: string): string {
  return line.replace(/[^\x00-\x7f]/g, (c) => {
    const bare = unaccented(c);
    return bare.length === 1 ? bare : c;
  });
}

const SEP = String.raw`[\/.\-]`;
/** dd/mm/yyyy with one more digit glued after a 19YY/20YY year (repairYear only). */
const GLUED_YEAR = new RegExp(String.raw`(?<![\d.,])(\d{1,2})(${SEP})(\d{1,2})\2((?:19|20)\d{2})(?=\d(?![\d]|[.,]\d))`, 'g');
const PATTERNS: { re: RegExp; kind: 'ymd' | 'num' | 'dMy' | 'Mdy' | 'yMd' | 'era' | 'kanji'; glued?: boolean }[] = [
  // Japanese: an era's year ("令和6年12月26日", "R6.12.26") and a year with 年月日 ("2024年12月26日")
  { re: ERA_DATE, kind: 'era' },
  { re: KANJI_DATE, kind: 'kanji' },
  // year first with the month's name, as Hungarian prints it: "2024. december 20.", "2025. jan. 10."
  // (the point after the year is what makes it a date, and the one after the day is part of it)
  { re: new RegExp(String.raw`(?<![\d\p{L}])(\d{4})\.\s*(${MONTH_ALT})(?![\p{L}])\.?\s*(\d{1,2})(?![\d]|[.,]\d)\.?`, 'giu'), kind: 'yMd' },
  // (a two-digit day may have the time that follows it glued on, the space between them lost on a
  // scan or photo: "2018-09-1511:20:18" is 15 September 2018 at 11:20:18)
  { re: new RegExp(String.raw`(?<![\d])(\d{4})([\/.\-])(\d{1,2})\2(\d{2}(?=\d{1,2}:\d{2}(?!\d))|\d{1,2}(?![\d]))`, 'g'), kind: 'ymd' },
  // (a dot read for the space before a time, "23/11/23.09:06", or before a word whose O was read
  // as a zero, "28/01/23.0ra:08:37", does not glue more digits to the year)
  // (a dot or comma glued after a figure or a word is part of it, "1.01/08", "No.01/08/2022"; one
  // alone after a space or at the line's start is a speck a scan read before the day,
  // "Titulaire: X .01/08/2022 - 31/08/2022", and hides no date)
  { re: new RegExp(String.raw`(?<!\d)(?<!\S[.,])(\d{1,2})(${SEP})(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[.,]\d(?!\d?:\d{2}|[A-Za-z]))`, 'g'), kind: 'num' },
  // a speck between the parts may be read as a middle dot ("11·maggio 2022")
  // (and as a colon after the day, "12: Marz 2025", or an apostrophe before the year, "Februar'2025")
  { re: new RegExp(String.raw`(?<![\d\p{L}])(\d{1,2})(?:st|nd|rd|th|er|º|ª)?[\s\-.\/·:]*(?:de[.,:;·]?\s+)?(${MONTH_ALT})(?![\p{L}])\.?,?[\s\-.\/·']*(?:(?:de|del)[.,:;·]?\s*)?(\d{4}|\d{2})(?![\d]|,\d{4}(?!\d))`, 'giu'), kind: 'dMy' },
  { re: new RegExp(String.raw`(?<![\p{L}])(${MONTH_ALT})(?![\p{L}])\.?[\s\-·]*(\d{1,2})(?:st|nd|rd|th)?(?:,?[\s\-·]+|,(?=\d{4}(?!\d)))(\d{4}|'?\d{2})(?![\d])`, 'giu'), kind: 'Mdy' },
  { re: GLUED_YEAR, kind: 'num', glued: true },
];

/**
 * A four-digit year with one of its first two digits misread ("2618", "7018" for 2018): the
 * year 20YY, else null (a valid year, or two digits wrong, is no misread year).
 */
export function misreadYear(y: string): string | null {
  if (!/^\d{4}$/.test(y) || (Number(y) >= 1900 && Number(y) <= 2100)) return null;
  return (y[0] === '2') !== (y[1] === '0') ? `20${y.slice(2)}` : null;
}

/**
 * "10 0CT 2017", "0ct 3, 2016": the O of October's abbreviations read as a zero. The zero,
 * standing alone before "ct"/"kt" (or "ctober"), is put back as the letter; so is a zero inside
 * or at the end of a word that is a month name with it read as an o ("5 de marz0 de 2024",
 * "AG0STO"). The line keeps its length, so match positions stay those of the printed text.
 */
function zeroForO(line: string): string {
  const oct = line.replace(/(?<![\p{L}\d])0(?=(?:ct|kt|ctober|ktober)(?![\p{L}]))/giu, (z, at: number) => (/[A-Z]/.test(line[at + 1]) ? 'O' : 'o'));
  // and any month name with an o read as a zero inside it or at its end ("marz0", "ag0sto")
  return oct.replace(/(?<![\p{L}\d])\p{L}[\p{L}0]*0[\p{L}0]*(?![\p{L}\d])/gu, (w) => {
    const o = w.replace(/0/g, 'o');
    return monthOf(o) != null ? (w === w.toUpperCase() ? w.replace(/0/g, 'O') : o) : w;
  });
}

/**
 * "14MMay/2017", "14AMay/2017": OCR doubled the capital of a month name printed right after the
 * day, or read a speck there as a capital. The stray capital becomes a space (the line keeps its
 * length), only when what follows it is a month name in title case.
 */
function strayCapital(line: string): string {
  return line.replace(/(?<=\d)[A-Z](?=([A-Z][a-z]+)(?![\p{L}]))/gu, (c: string, month: string) => (monthOf(month) != null ? ' ' : c));
}

/**
 * "Dat008-08-2025": a date label's last letter o read as a zero and glued to the day ("Dato",
 * "Data", "Datum" ends otherwise; the Danish and Norwegian "Dato", the Italian "Pagato"). A zero
 * right after letters, before a full numeric date with a four-digit year, becomes a space (the
 * line keeps its length), so the date that follows is read; a figure's own zero has a digit or
 * nothing before it, not a letter.
 */
function zeroGluedAfterWord(line: string): string {
  return line.replace(/(?<=\p{L})0(?=\d{1,2}([-./])\d{1,2}\1\d{4}(?!\d))/gu, ' ');
}

/**
 * "1Decenber 31,1979", "NOVEHBER": PP-OCR reads the M of a month name as N or H (its capital
 * confusions, see ../parse/ocr-word-fix.ts). The M is put back in September, November and
 * December (in EN, NL and DE spellings), the only month names with an M after their first
 * letter; the line keeps its length.
 */
function mForNOrH(line: string): string {
  return line.replace(/(?<![\p{L}])(septe|nove|deze|dece)([nh])(ber)(?![\p{L}])/giu, (_w, head: string, c: string, tail: string) => head + (c === c.toUpperCase() ? 'M' : 'm') + tail);
}

function fullYear(y: string): number {
  const n = Number(y.replace("'", ''));
  if (y.replace("'", '').length === 4) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/** Whether y-m-d is a real calendar day (years 1900..2100). */
export function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** YYYY-MM-DD. */
export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Every date in a line, left to right, without overlaps. */
export function findDates(printed: string, order: DateOrder = 'dmy', opts: FindDatesOptions = {}): DateMatch[] {
  const line = mForNOrH(strayCapital(zeroGluedAfterWord(zeroForO(printed))));
  const bare = withoutMarks(line);
  const found: DateMatch[] = [];
  // spans read as an era date that is no calendar day ("R6.2.30"): no other reading of them either
  const spent: { start: number; end: number }[] = [];
  for (const { re, kind, glued } of PATTERNS) {
    if (glued && !opts.repairYear) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(bare))) {
      let text = line.slice(m.index, m.index + m[0].length);
      let repaired = false;
      const start = m.index;
      const end = start + text.length;
      if ([...found, ...spent].some((f) => start < f.end && end > f.start)) continue;
      let y = 0, mo = 0, d = 0, ambiguous = false, ok = false;
      if (kind === 'ymd') {
        y = Number(m[1]); mo = Number(m[3]); d = Number(m[4]);
        ok = validDate(y, mo, d);
        if (!ok && opts.repairMonth && /^[2-9]\d$/.test(m[3]) && validDate(y, Number(m[3][1]), d)) {
          mo = Number(m[3][1]);
          text = `${m[1]}${m[2]}0${m[3][1]}${m[2]}${m[4]}`;
          ok = repaired = true;
        }
      } else if (kind === 'era') {
        // a Latin initial ("R6.12.26") only where the page writes year first: elsewhere "S1.2.3" is no date
        if (/^[RHS]$/.test(m[1]) && order !== 'ymd') continue;
        y = eraYear(m[1], m[2]); mo = Number(m[3] ?? m[6]); d = Number(m[4] ?? m[7]);
        ok = validDate(y, mo, d);
        if (!ok) spent.push({ start, end });
      } else if (kind === 'kanji') {
        y = fullYear(m[1]); mo = Number(m[2]); d = Number(m[3]);
        ok = validDate(y, mo, d);
      } else if (kind === 'num') {
        let a = Number(m[1]), b = Number(m[3]);
        // year first with a two-digit year ("24-12-26" on a Japanese page): that reading when valid
        if (order === 'ymd' && m[1].length === 2 && m[4].length === 2 && validDate(fullYear(m[1]), b, Number(m[4]))) {
          y = fullYear(m[1]); mo = b; d = Number(m[4]);
          ambiguous = validDate(fullYear(m[4]), b, a) || validDate(fullYear(m[4]), a, b);
          found.push({ text, start, end, iso: isoDate(y, mo, d), ambiguous, named: false });
          continue;
        }
        y = fullYear(m[4]);
        const fixedYear = opts.repairYear ? misreadYear(m[4]) : null;
        if (fixedYear && (validDate(Number(fixedYear), b, a) || validDate(Number(fixedYear), a, b))) {
          y = Number(fixedYear);
          text = `${m[1]}${m[2]}${m[3]}${m[2]}${fixedYear}`;
          repaired = true;
        }
        let dmy = validDate(y, b, a), mdy = validDate(y, a, b);
        if (!dmy && !mdy && opts.repairMonth) {
          // the month is the second number day-first, the first month-first: try the told order first
          const fix = (s: string) => (/^[2-9]\d$/.test(s) ? Number(s[1]) : null);
          const b0 = fix(m[3]), a0 = fix(m[1]);
          const tryDmy = () => { if (b0 != null && validDate(y, b0, a)) { b = b0; dmy = true; text = `${m![1]}${m![2]}0${m![3][1]}${m![2]}${m![4]}`; } };
          const tryMdy = () => { if (a0 != null && validDate(y, a0, b)) { a = a0; mdy = true; text = `0${m![1][1]}${m![2]}${m![3]}${m![2]}${m![4]}`; } };
          if (order === 'mdy') { tryMdy(); if (!mdy) tryDmy(); } else { tryDmy(); if (!dmy) tryMdy(); }
          repaired = dmy || mdy;
        }
        if (m[2] === '.' && m[4].length === 2 && !dmy) continue; // "1.5.25" style only day-first
        if (glued) repaired = true;
        if (dmy && mdy) {
          ambiguous = a !== b;
          // (a date written with points is day-first whatever the currency: "06.10.2022" on a
          // German invoice billed in dollars; the US writes month-first with slashes or hyphens)
          [d, mo] = order === 'mdy' && m[2] !== '.' ? [b, a] : [a, b];
          ok = true;
        } else if (dmy) { d = a; mo = b; ok = true; }
        else if (mdy) { d = b; mo = a; ok = true; }
      } else if (kind === 'dMy') {
        d = Number(m[1]); mo = monthOf(m[2])!; y = fullYear(m[3]);
        const fixedYear = opts.repairYear ? misreadYear(m[3]) : null;
        if (fixedYear) { y = Number(fixedYear); text = text.slice(0, text.lastIndexOf(m[3])) + fixedYear; repaired = true; }
        ok = validDate(y, mo, d);
      } else if (kind === 'yMd') {
        y = Number(m[1]); mo = monthOf(m[2])!; d = Number(m[3]);
        ok = validDate(y, mo, d);
      } else {
        mo = monthOf(m[1])!; d = Number(m[2]); y = fullYear(m[3]);
        const fixedYear = opts.repairYear ? misreadYear(m[3]) : null;
        if (fixedYear) { y = Number(fixedYear); text = text.slice(0, text.lastIndexOf(m[3])) + fixedYear; repaired = true; }
        ok = validDate(y, mo, d);
      }
      if (!ok) continue;
      found.push({ text, start, end, iso: isoDate(y, mo, d), ambiguous, named: kind === 'dMy' || kind === 'Mdy' || kind === 'yMd' || kind === 'era' || kind === 'kanji', ...(repaired ? { repaired } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Best-effort ISO form of a printed date (null when it is not one date). */
export function toIsoDate(text: string, order: DateOrder = 'dmy'): string | null {
  const t = text.trim();
  const all = findDates(t, order);
  return all.length === 1 && all[0].text.length >= t.length - 2 ? all[0].iso : null;
}

/** Days between two ISO dates (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

/** A day and month printed without a year ("02 Jul", "5. März", "02/07", "02.07.", "02-07"), as statement rows print them. */
export interface DayMonthMatch {
  text: string;
  start: number;
  end: number;
  day: number;
  month: number;
}

const DAY_MONTH: { re: RegExp; dayFirst: boolean; named: boolean }[] = [
  { re: new RegExp(String.raw`(?<![\d\p{L}])(\d{1,2})(?:st|nd|rd|th|er)?\.?[\s\-/]*(?:de[.,:;·]?\s+)?(${MONTH_ALT})(?![\p{L}])\.?`, 'giu'), dayFirst: true, named: true },
  { re: new RegExp(String.raw`(?<![\p{L}])(${MONTH_ALT})(?![\p{L}])\.?\s*(\d{1,2})(?![\d.,:])`, 'giu'), dayFirst: false, named: true },
  // "02/07", "02/07/" (a date printed with its year left off keeps its separator) or "02.07."
  // (a dot form needs its closing dot: "12.05" is money)
  // (a speck read after "02/07" is no figure: "10/03. ZELLE")
  { re: /(?<![\d.,/])(\d{1,2})(?:\/(\d{1,2})\/?(?![\d/]|[.,]\d)|\.(\d{1,2})\.(?!\d))/g, dayFirst: true, named: false },
  // "04-06" (Dutch, Polish and Portuguese rows): two digits each, then a space or the line's end
  // ("04-06-2025" is a full date, "1-2" a range)
  { re: /(?<![\d.,/-])(\d{2})-(\d{2})(?=\s|$)/g, dayFirst: true, named: false },
];

/**
 * The first day-and-month without a year in a line (null when the line starts with a full date
 * or holds none). Numeric forms ("02/07", "02.07.", "02-07") are read day-first unless `order` is `mdy`.
 */
export function findDayMonth(line: string, order: DateOrder = 'dmy'): DayMonthMatch | null {
  let best: DayMonthMatch | null = null;
  const bare = withoutMarks(line);
  for (const { re, dayFirst, named } of DAY_MONTH) {
    re.lastIndex = 0;
    const m = re.exec(bare);
    if (!m) continue;
    let day: number, month: number;
    if (named) {
      month = monthOf(dayFirst ? m[2] : m[1])!;
      day = Number(dayFirst ? m[1] : m[2]);
    } else {
      const a = Number(m[1]), b = Number(m[2] ?? m[3]);
      [day, month] = order === 'mdy' ? [b, a] : [a, b];
    }
    if (!month || day < 1 || day > 31 || month > 12) continue;
    if (!best || m.index < best.start) best = { text: line.slice(m.index, m.index + m[0].length).trim(), start: m.index, end: m.index + m[0].length, day, month };
  }
  return best;
}

/**
 * A bare "dd.mm" at a line's start, before a word or a second such date ("01.07 Przelew",
 * "01.04 02.04 Gutschrift"): two digits each, no closing dot. A currency after it ("12.05 EUR",
 * "12.05 zł", "12.05 Fr.") makes it money.
 */
const LEADING_DOT_DAY_MONTH = /^(\s*)(\d{2})\.(\d{2})(?=\s+(?:\d{2}\.\d{2}\s+)?(?!(?:EUR|USD|GBP|CHF|PLN|SEK|NOK|DKK|CZK|HUF|RON|JPY|CAD|AUD|NZD|SGD|MYR|INR|[zZ][łŁlL]|[fF]r|[kK]r|kn|lei|Ft|Kč)(?!\p{L}))\p{L})/u;

/**
 * The day and month a statement row starts with: findDayMonth's forms within the line's first
 * characters, or a bare "dd.mm" at its very start followed by the row's words ("01.07 Przelew
 * wynagrodzenie 17,34 7 507,86", as Swiss, German and Polish statements date their rows). Alone
 * on a line "12.05" is money, so the bare form is read only as a row's lead, where a figure
 * never stands before the description. Numeric forms are day-first unless `order` is `mdy`. Null when none.
 */
export function findLeadingDayMonth(line: string, order: DateOrder = 'dmy'): DayMonthMatch | null {
  const dm = findDayMonth(line, order);
  if (dm && dm.start <= 3) return dm;
  const m = LEADING_DOT_DAY_MONTH.exec(line);
  if (!m) return null;
  const a = Number(m[2]), b = Number(m[3]);
  const [day, month] = order === 'mdy' ? [b, a] : [a, b];
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  const start = m[1].length;
  return { text: `${m[2]}.${m[3]}`, start, end: start + 5, day, month };
}

/**
 * The year of a day and month printed without one, from the period the document covers
 * (ISO dates `from`..`to`): the year that puts the day inside the period, else the nearest one
 * (a statement from 15 Dec 2023 to 14 Jan 2024 dates "02 Jan" in 2024). Null without a period.
 */
export function yearInPeriod(day: number, month: number, from: string | null, to: string | null): number | null {
  const ref = from ?? to;
  if (!ref) return null;
  const years = new Set([Number(ref.slice(0, 4)), Number((to ?? ref).slice(0, 4))]);
  let bestYear: number | null = null;
  let bestD = Infinity;
  for (const y0 of years) {
    for (const y of [y0 - 1, y0, y0 + 1]) {
      if (!validDate(y, month, day)) continue;
      const iso = isoDate(y, month, day);
      const d = from && iso < from ? daysBetween(iso, from) : to && iso > to ? daysBetween(to, iso) : 0;
      if (d < bestD) { bestD = d; bestYear = y; }
    }
  }
  return bestYear;
}

/**
 * A compact date, eight digits year-first with no separators ("20250611" for 2025-06-11), at the
 * start of `text` after spaces and a colon or dot: what till printers and ERP exports print.
 * Only a valid calendar day (validDate) whose digits stand alone (no digit,
 * separator-and-digit or letter glued on: "20250611-3" is an id), and callers use it only right
 * after a date label, where eight digits are no order number. Null otherwise. Offsets are in `text`.
 */
export function compactDate(text: string): DateMatch | null {
  const m = /^[\s:.]*((19|20)\d{2})(\d{2})(\d{2})(?![\p{L}\d]|[./-]\d)/u.exec(text);
  if (!m) return null;
  const y = +m[1], mo = +m[3], d = +m[4];
  if (!validDate(y, mo, d)) return null;
  const start = m[0].length - 8;
  return { text: m[0].slice(start), start, end: m[0].length, iso: isoDate(y, mo, d), ambiguous: false, named: false };
}

/**
 * A date at the start of `text` (after spaces and a colon or dot: what follows a date label)
 * whose month is OCT or OKT with its O read as a zero glued to the day ("Date:240CT 2021" for
 * 24 OCT 2021, a fresh tester's photo). Only after a label: elsewhere "100CT 2017" may be a
 * pack of 100 count, and findDates leaves a zero inside a number a digit. Null otherwise.
 * Offsets are in `text`.
 */
export function octoberGluedToDay(text: string): DateMatch | null {
  const m = /^([\s:.]*)(\d{1,2})0((?:ct|kt)(?:ober)?)(?![\p{L}])/iu.exec(text);
  if (!m) return null;
  const at = m[1].length + m[2].length;
  const o = m[3][0] === m[3][0].toUpperCase() ? 'O' : 'o';
  return findDates(text.slice(0, at) + o + text.slice(at + 1)).find((d) => d.start === m[1].length) ?? null;
}
