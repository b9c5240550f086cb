/**
 * @module engine/parse/euro-changeover
 * Countries that replaced their own currency with the euro, and the day they did: Croatia on
 * 2023-01-01 (the kuna, HRK; Council of the EU decision of 12 July 2022) and Bulgaria on
 * 2026-01-01 (the lev, BGN; Council of the EU decision of 8 July 2025). A page whose currency
 * is known only from such a country's IBAN or VAT number is in the currency of the day it is
 * dated: its own before the changeover, the euro from that day on.
 */
import { findDates } from './dates.ts';

/** Country (ISO 3166-1 alpha-2) -> the changeover day (ISO 8601) and the currency before it (ISO 4217). */
export const EURO_CHANGEOVERS: Readonly<Record<string, { day: string; before: string }>> = {
  HR: { day: '2023-01-01', before: 'HRK' },
  BG: { day: '2026-01-01', before: 'BGN' },
};

/**
 * The latest calendar day printed on a page (ISO 8601, every line's dates read day first, as
 * both countries write them), or null when it prints none. The latest, as a document's own day is
 * on or after the days it refers to (an order's, a period's start).
 */
export function latestPrintedDay(text: string): string | null {
  let latest: string | null = null;
  for (const line of text.split('\n')) {
    for (const d of findDates(line)) if (d.iso && (!latest || d.iso > latest)) latest = d.iso;
  }
  return latest;
}

/**
 * The currency of a country that changed over to the euro, on the day the page is dated
 * (latestPrintedDay): its own currency before the changeover, EUR from it on, and EUR when the
 * page prints no date (the currency the country uses now). Null for any other country.
 */
export function changeoverCurrency(country: string, text: string): string | null {
  const c = EURO_CHANGEOVERS[country];
  if (!c) return null;
  const day = latestPrintedDay(text);
  return day && day < c.day ? c.before : 'EUR';
}
