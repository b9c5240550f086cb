/**
 * @module engine/einvoice/page-checks
 * Does the printed page say what the e-invoice's XML says? For a PDF that embeds an e-invoice
 * (Factur-X, ZUGFeRD, XRechnung), the XML is the result; this compares it with the page as the
 * ordinary reading saw it and lists one `einvoice_matches_page` check per field the XML states:
 * - amounts (totalAmount, netAmount, taxAmount): agree when the page's extracted value or any
 *   amount printed on the page equals the XML's to the cent (sign ignored: a credit note
 *   prints its amounts positive);
 * - dates (date, dueDate): when the page's extracted date or any date printed on it is the
 *   same day (day-month-year or month-day-year);
 * - documentId, supplierName, customerName: when the XML's text is printed on the page
 *   (letters and digits compared, case and spacing ignored);
 * - currencyCode: compared only when the page names a currency, which must be the XML's.
 * `expected` is the XML's value, `actual` what the page's extraction read (null when it read
 * none). A failed check means the page and the XML disagree, or the page does not show the
 * value legibly: either way a reader of the page would not see what the XML says. Pure.
 */
import type { InvoiceResult } from '../../schemas/results.ts';
import { findAmounts } from '../parse/amounts.ts';
import { findDates, toIsoDate } from '../parse/dates.ts';
import { sameCents } from '../derive/provenance.ts';

/** One comparison of a field of the XML with the printed page. */
export interface PageCheck {
  name: 'einvoice_matches_page';
  ok: boolean;
  /** The result field compared. */
  field: string;
  /** The XML's value. */
  expected: string | number;
  /** What the page's extraction read, null when it read none. */
  actual: string | number | null;
  inputs: string[];
  detail: string;
}

const MONEY = ['totalAmount', 'netAmount', 'taxAmount'] as const;
const DATES = ['date', 'dueDate'] as const;
const TEXTS = ['documentId', 'supplierName', 'customerName'] as const;

/** Letters and digits only, lower-cased: "ACME  GmbH & Co." -> "acmegmbhco". */
const squeeze = (s: string) => s.toLowerCase().normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '');

/** Compares `xml` with the page's extraction `page` and the page's text `text` (lines). */
export function comparePage(xml: InvoiceResult, page: InvoiceResult, text: string): PageCheck[] {
  const lines = text.split('\n');
  const amounts = lines.flatMap((l) => findAmounts(l).map((a) => Math.abs(a.value)));
  const dates = new Set(lines.flatMap((l) => [...findDates(l, 'dmy'), ...findDates(l, 'mdy')].map((d) => d.iso).filter((d) => d !== null)));
  const pageText = squeeze(text);
  const checks: PageCheck[] = [];
  const add = (field: string, expected: string | number, actual: string | number | null, ok: boolean, detail: string) =>
    checks.push({ name: 'einvoice_matches_page', ok, field, expected, actual, inputs: [field], detail });

  for (const f of MONEY) {
    const x = xml[f];
    if (x === null) continue;
    const p = page[f];
    const read = p !== null && sameCents(Math.abs(p), Math.abs(x));
    const printed = read || amounts.some((a) => sameCents(a, Math.abs(x)));
    add(f, x, p, printed, printed ? (read ? 'the page reads the same amount' : 'the amount is printed on the page') : 'the amount is not printed on the page');
  }
  for (const f of DATES) {
    const x = xml[f];
    if (x === null || !/^\d{4}-\d{2}-\d{2}$/.test(x)) continue;
    const p = page[f];
    const read = p !== null && (toIsoDate(p, 'dmy') === x || toIsoDate(p, 'mdy') === x || p === x);
    const printed = read || dates.has(x);
    add(f, x, p, printed, printed ? (read ? 'the page reads the same date' : 'the date is printed on the page') : 'the date is not printed on the page');
  }
  for (const f of TEXTS) {
    const x = xml[f];
    if (x === null || squeeze(x) === '') continue;
    const printed = pageText.includes(squeeze(x));
    add(f, x, page[f], printed, printed ? 'printed on the page' : 'not printed on the page');
  }
  if (xml.currencyCode !== null && page.currencyCode !== null) {
    const ok = xml.currencyCode.toUpperCase() === page.currencyCode.toUpperCase();
    add('currencyCode', xml.currencyCode, page.currencyCode, ok, ok ? 'the page names the same currency' : 'the page names another currency');
  }
  return checks;
}
