/**
 * @module engine/extract/statement-date-order
 * The order a statement writes its numeric dates in, from its own evidence before its currency:
 * a date whose first or second number only reads as a day ("05/31/2026" is month first,
 * "31/05/2026" day first), in the period or in the rows, with or without the year ("05/14 ONLINE
 * PMT"); a page that writes its dates year first is read so (see receipt.ts dateOrderFor). When
 * the dates do not say, the currency decides (the dollar month first), and with no currency read
 * a US or Canadian address (a state and ZIP code: "Portland, OR 97213") gives month first. A fresh
 * tester's scanned US statement, whose "$" went unread, had its rows "05/01" read as 5 January.
 */
import type { DocLine } from '../parse/lines.ts';
import type { DateOrder } from '../parse/dates.ts';
import { dateOrderFor } from './receipt.ts';

/** A numeric date with its year ("05/31/2026", "31.05.26"). */
const FULL = /(?<![\d.,])(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})(?![\d])/g;
/** A line starting with a numeric date with its year (its vote is FULL's). */
const WITH_YEAR = /^\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2}/;
/** A day and month without a year at a row's start ("05/14 ONLINE PMT", "14.05. Miete"). */
const LEADING = /^\s*(\d{1,2})[/.-](\d{1,2})(?![\d/.-]\d)/;
/** A US state or Canadian province with its ZIP or postal code, as an address's last part ("OR 97213", "NY 10001-2345"). */
const STATE_ZIP = /,\s*[A-Z]{2}\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\s*$/;

/**
 * The date order of a statement's lines (see the module's note): `currency` is the ISO 4217
 * code read from the page, or null. Dates that say both ways or neither leave it to the
 * currency (dateOrderFor), then to a US address.
 */
export function statementDateOrder(lines: DocLine[], currency: string | null): DateOrder {
  const text = lines.map((l) => l.text).join('\n');
  const byPage = dateOrderFor(currency, { text });
  if (byPage === 'ymd') return 'ymd';
  let dayFirst = 0, monthFirst = 0;
  const vote = (a: number, b: number) => {
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst++;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst++;
  };
  for (const l of lines) {
    for (const m of l.text.matchAll(FULL)) vote(Number(m[1]), Number(m[2]));
    const lead = LEADING.exec(l.text);
    if (lead && !WITH_YEAR.test(l.text.slice(lead.index))) vote(Number(lead[1]), Number(lead[2]));
  }
  if (dayFirst && !monthFirst) return 'dmy';
  if (monthFirst && !dayFirst) return 'mdy';
  if (currency) return dateOrderFor(currency);
  return lines.some((l) => STATE_ZIP.test(l.text)) ? 'mdy' : dateOrderFor(null);
}
