/**
 * @module engine/parse/dot-thousands
 * Pages that group thousands with dots and print no decimals: there a dot followed by exactly
 * three digits is a thousands separator, not a decimal point ("TOTAL $ 6.846" is 6846 pesos). The
 * amount parser alone reads a lone dot as a decimal point ("1.579", a price per litre; "6.846" on
 * a page that says nothing more stays so). Three kinds of page say it, each only when no figure
 * on it prints a decimal fraction (one or two decimals, a rate or a measure aside: one such figure
 * says the page writes decimals with a dot):
 * - a currency printed in whole units (../parse/minor-unit.ts wholeMoneyCurrency: the Chilean
 *   peso, the yen, the won, the króna, the forint), as Chilean tills print "EFECTIVO $ 10.000";
 * - a currency ISO 4217 gives cents but whose country prices in whole units (minor-unit.ts
 *   wholeInPractice: the Colombian peso), as Colombian tills and DIAN invoices print "TOTAL $
 *   11.900", "COP 2.618.000": the page's currency comes from its Colombian evidence (a NIT, the
 *   DIAN, "COP", a city: ./country-clues.ts CO_CLUE);
 * - any other currency whose countries group thousands with dots (the euro: "Gesamt 1.234 €"),
 *   only from the page's own figures, conservatively: two or more money figures grouped so, no
 *   figure with a decimal comma or decimals at all (a rate or weight included: "19,5 %", "1,5
 *   kg"), and none grouped with commas ("1,234", a page that writes its decimals with a dot).
 * A figure before a unit of measure ("1.234 kg") is never read so (./amounts.ts UNIT_AFTER).
 * European figures ("1.234,56") are read as before. Sources: ISO 4217's minor-unit column;
 * Chile's SII prints its boletas in whole pesos grouped with dots; Colombia's DIAN invoices and
 * tills print whole pesos (the centavo has not circulated for decades); CLDR's number symbols
 * (group ".", decimal ",") for the euro-area languages that group with dots (de, es, it, nl, pt).
 */
import { wholeInPractice, wholeMoneyCurrency } from './minor-unit.ts';
import { amountsIn, type DocLine } from './lines.ts';
import { UNIT_AFTER } from './amounts.ts';

/** A dot before exactly three digits that end the figure's group ("6.846", "2.618.000"). */
const DOT_GROUP = /\d\.\d{3}(?!\d)/;
/** A figure grouped with dots only, groups of three ("1.234", "2.618.000"), nothing after it. */
const DOT_GROUPED = /^\D*[1-9]\d{0,2}(?:\.\d{3})+\D*$/;
/** A figure grouped with commas only ("1,234", "12,345,678"): the page writes decimals with a dot. */
const COMMA_GROUPED = /^\D*\d{1,3}(?:,\d{3})+\D*$/;
/**
 * Currencies whose countries print thousands with dots (CLDR: group ".", decimal ","), where the
 * page's own figures may say it groups so: the euro, the Danish krone, the Brazilian real, the
 * Turkish lira, the Romanian leu, the rupiah.
 */
const DOT_GROUPING = new Set(['EUR', 'DKK', 'BRL', 'TRY', 'RON', 'IDR']);

/**
 * Whether a dot before three digits groups thousands on the page of `lines` (its currency
 * `currency`: an ISO 4217 code, null: unknown): see the module comment. Pure.
 */
export function dotThousandsPage(lines: DocLine[], currency: string | null | undefined): boolean {
  if (!lines.some((l) => DOT_GROUP.test(l.text))) return false;
  const placed = lines.flatMap((l) => amountsIn(l).map((a) => ({ a, measure: UNIT_AFTER.test(l.text.slice(a.end)) })));
  if (placed.some(({ a, measure }) => (a.decimals === 1 || a.decimals === 2) && !measure)) return false;
  if (wholeMoneyCurrency(currency) || wholeInPractice(currency)) return true;
  if (!currency || !DOT_GROUPING.has(currency)) return false;
  if (placed.some(({ a }) => a.decimals > 0 && !DOT_GROUPED.test(a.text)) || placed.some(({ a }) => COMMA_GROUPED.test(a.text))) return false;
  return placed.filter(({ a, measure }) => !measure && DOT_GROUPED.test(a.text)).length >= 2;
}

/**
 * `lines` with `dotThousands` set on each when the page groups thousands with dots
 * (dotThousandsPage); the same array, unchanged, otherwise.
 */
export function withDotThousands(lines: DocLine[], currency: string | null | undefined): DocLine[] {
  return dotThousandsPage(lines, currency) ? lines.map((l) => ({ ...l, dotThousands: true })) : lines;
}

/**
 * Whether whole figures on the page of `lines` are money: its currency is printed in whole units
 * (wholeMoneyCurrency), or the page prints whole amounts grouped with dots (`lines` as
 * withDotThousands returned them).
 */
export function wholeMoneyPage(lines: DocLine[], currency: string | null | undefined): boolean {
  return wholeMoneyCurrency(currency) || lines.some((l) => l.dotThousands);
}
