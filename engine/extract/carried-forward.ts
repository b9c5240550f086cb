/**
 * @module engine/extract/carried-forward
 * A running total carried from one page of an item table to the next ("Carried forward 1 250,00"
 * at the foot of a page, "Brought forward 1 250,00" at the head of the next) is no item. Its
 * label opens the row and nothing but figures follows it. The labels, in the languages served:
 * EN carried / brought forward, DE Übertrag, FR à reporter / report, ES suma y sigue / suma
 * anterior, IT riporto / da riportare, PT a transportar / transporte, NL transport / over te
 * brengen, PL z przeniesienia / do przeniesienia. A word that also names a charge or a service
 * ("Transport", "Transporte" a shipping charge, "Report" a deliverable, "Vortrag" a talk) is a carried total only
 * when its figure is the sum of the items read before it. A balance word may precede the label
 * ("Saldo a riportare", "Solde à reporter", "Saldo Übertrag"). A bank statement carries its
 * running balance the same way, and passes that balance as the running total.
 */
import { amountsIn, fold, keyword, matchAny, type DocLine } from '../parse/lines.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));
/** Labels that name a carried total only. */
const CARRIED = k([
  'carried forward', 'brought forward', 'balance carried forward', 'balance brought forward', 'carried over', 'brought over', 'c/f', 'b/f', 'c/fwd', 'b/fwd',
  'übertrag', 'uebertrag', 'ubertrag', 'übertrag von seite', 'zwischensumme übertrag',
  'à reporter', 'a reporter', 'report de la page', 'reporté', 'report page', 'total à reporter', 'total reporté',
  'suma y sigue', 'suma anterior', 'sumas anteriores', 'de la página anterior', 'a la página siguiente',
  'riporto', 'a riportare', 'da riportare', 'riportato', 'totale da riportare', 'totale riporto',
  'a transportar', 'transportado', 'transporte da página anterior', 'total a transportar',
  'over te brengen', 'overgebracht', 'van vorige pagina', 'naar volgende pagina',
  'z przeniesienia', 'do przeniesienia', 'suma z przeniesienia', 'suma do przeniesienia', 'przeniesienie',
]);
/** Labels that name a carried total or a charge or service: a carried total only when its figure sums the items above. */
const CARRIED_OR_CHARGE = k(['report', 'transporte', 'transport', 'vortrag']);

/**
 * Whether `l` is a carried or brought-forward row (see the module comment); `itemsSum` is the
 * running total it would carry (currency units): the sum of the amounts of the items read
 * before it, or a statement's running balance.
 */
export function carriedForward(l: DocLine, itemsSum: number): boolean {
  const money = amountsIn(l).filter((a) => a.decimals === 2);
  const opens = (res: RegExp[]) => {
    const m = matchAny(l.text, res);
    return !!m && /^[\s\d.:/|-]*(?:(?:saldo|solde|balance|kontostand)[\s:|-]+)?$/.test(fold(l.text.slice(0, m.start))) && !/\p{L}{3,}/u.test(l.text.slice(m.end).replace(/\b(?:EUR|USD|GBP|PLN|CHF|zł)\b/gi, ''));
  };
  if (opens(CARRIED)) return true;
  return opens(CARRIED_OR_CHARGE) && money.length > 0 && Math.abs(money[money.length - 1].value - itemsSum) < 0.015;
}
