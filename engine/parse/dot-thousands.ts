/**
 * @module engine/parse/dot-thousands
 * A page in a currency printed in whole units (../parse/minor-unit.ts: the Chilean peso, the yen,
 * the won, the króna, the forint) has no decimals to show: where it groups thousands with dots, as
 * Chilean (and Colombian, Spanish-speaking) tills do ("TOTAL $ 6.846", "EFECTIVO $ 10.000"), a dot
 * followed by exactly three digits is a thousands separator, not a decimal point, and "6.846" is
 * 6846 pesos. The amount parser alone reads a lone dot as a decimal point ("1.579", a price per
 * litre; "6.846" on a euro page stays so). Only on a page whose currency is whole-unit and that
 * prints no decimal fraction (no figure with one or two decimals, a rate or a measure aside): one
 * such figure says the page writes decimals with a dot. European figures ("1.234,56") are read as
 * before. Source: ISO 4217's minor-unit column; Chile's Servicio de Impuestos Internos prints
 * amounts on its boletas in whole pesos grouped with dots.
 */
import { wholeMoneyCurrency } from './minor-unit.ts';
import { amountsIn, type DocLine } from './lines.ts';
import { UNIT_AFTER } from './amounts.ts';


/**
 * `lines` with `dotThousands` set on each, when the page's currency (`currency`: an ISO 4217
 * code, null: unknown) is printed in whole units and no figure on it prints a decimal fraction
 * (see the module comment); the same array, unchanged, otherwise.
 */
export function withDotThousands(lines: DocLine[], currency: string | null | undefined): DocLine[] {
  if (!wholeMoneyCurrency(currency) || !lines.some((l) => /\d\.\d{3}(?!\d)/.test(l.text))) return lines;
  const fraction = lines.some((l) => amountsIn(l).some((a) => (a.decimals === 1 || a.decimals === 2) && !UNIT_AFTER.test(l.text.slice(a.end))));
  return fraction ? lines : lines.map((l) => ({ ...l, dotThousands: true }));
}
