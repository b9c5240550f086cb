/**
 * @module engine/extract/discounts
 * A receipt's or invoice's discount: the money taken off, as a positive amount in the
 * document's currency units. A discount word with its figure ("Discount 5.00", "Rabatt -0,50",
 * "Remise -1,50") names one; a promotion's word ("Member Disc", "Multibuy saving", "Coupon",
 * "Aktion", "Promo") only with a negative figure ("-1,50", "1,50-", "(1.50)"): printed with a
 * positive price it is an offer's item ("Aktion Butter 1,99"). Several discount lines add up;
 * a printed sum of them ("Total savings 2.00", "Summe Rabatt") is the discount. Pure.
 */
import { keyword, matchAny, type DocLine } from '../parse/lines.ts';
import { labelledAmounts, type AmountCandidate } from './labels.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));

/**
 * Words that name a discount whatever the sign of its figure (EN DE FR ES IT PT NL PL), and in the
 * other languages tills print (a sixteenth tester's Slovak, Turkish and Indonesian slips listed
 * their "Zľava 10%", "İndirim 10%", "Diskon 10%" as negative items): SK "zľava", CS "sleva", HR/SL/SR
 * "popust", HU "kedvezmény", RO "reducere", TR "indirim", ID/MS "diskon", FI "alennus", ET
 * "allahindlus", LT "nuolaida", LV "atlaide", SV/NO/DA "rabatt" (above).
 */
export const DISCOUNT_LABELS = k(['discount', 'rabatt', 'remise', 'korting', 'abschläge', 'savings', 'descuento', 'sconto', 'desconto', 'rabat', 'réduction', 'nachlass',
  'zľava', 'sleva', 'popust', 'kedvezmény', 'reducere', 'indirim', 'diskon', 'alennus', 'allahindlus', 'nuolaida', 'atlaide']);
/** Words of a promotion or a member's price that name a discount only before a negative figure. */
export const PROMO_LABELS = k(['member disc', 'disc', 'multibuy', 'multi-buy', 'saving', 'coupon', 'kupon', 'cupon', 'cupón', 'cupão', 'aktion', 'aktionsrabatt', 'preisvorteil',
  'ermäßigung', 'promo', 'promotion', 'promocja', 'promoción', 'promozione', 'promoção', 'offerta', 'oferta', 'dto', 'actie', 'voordeel', 'zniżka', 'upust', 'bon de réduction']);
/**
 * A subtotal or net that names the discount it comes after ("Subtotal after discount",
 * "Net of discount", "Subtotal less discount", "Nettobetrag nach Rabatt", "Total après remise",
 * "Base tras descuento", "Imponibile dopo lo sconto", "Subtotaal na korting", "Subtotal após
 * desconto", "Suma po rabacie"): the amount left, never the discount.
 */
export const AFTER_DISCOUNT = [
  ...k(['after discount', 'after discounts', 'net of discount', 'net of discounts', 'nach rabatt', 'nach abzug des rabatts', 'après remise', 'tras descuento', 'después del descuento',
    'dopo lo sconto', 'dopo sconto', 'scontato', 'na korting', 'após desconto', 'com desconto', 'po rabacie']),
  /** "less discount" names the remainder only after a subtotal word: "Less discount -5.00" alone is the discount. */
  /\b(?:sub-?total|net|total|summe|netto)\b[^\n]*\bless\s+discounts?\b/i,
];

/** A line that sums the discounts above it ("Total savings", "You saved", "Summe Rabatt", "Totale sconti"). */
const DISCOUNT_SUM = k(['total', 'totale', 'summe', 'gesamt', 'razem', 'suma', 'totaal', 'you saved', 'saved', 'ahorro total']);

/** Whether a text names a discount or a promotion ("Multibuy saving", "Rabatt"). */
export function discountWords(text: string): boolean {
  return !!matchAny(text, [...DISCOUNT_LABELS, ...PROMO_LABELS]);
}

/** Whether a line names a discount with a negative figure ("Coupon (0.50)"): no item. */
export function discountRow(line: DocLine): boolean {
  return !!matchAny(line.text, [...DISCOUNT_LABELS, ...PROMO_LABELS]) && labelledAmounts([line], [...DISCOUNT_LABELS, ...PROMO_LABELS]).some((c) => c.sameRow && c.value < 0);
}

/** The money a discount row takes off (positive, currency units), or null when the row is no discount row. */
export function rowDiscount(line: DocLine): number | null {
  if (!discountRow(line)) return null;
  const c = labelledAmounts([line], [...DISCOUNT_LABELS, ...PROMO_LABELS]).find((x) => x.sameRow && x.value < 0);
  return c ? -c.value : null;
}

/**
 * The document's discount (value positive, the candidate of its last line), or null when none is
 * printed: a printed sum of the discounts when there is one, else the sum of the lines with a
 * negative figure when there are several, else the last discount line.
 */
export function documentDiscount(lines: DocLine[]): AmountCandidate | null {
  // (a subtotal after the discount names it but is the amount left: AFTER_DISCOUNT)
  const strong = labelledAmounts(lines, DISCOUNT_LABELS, AFTER_DISCOUNT);
  // (a promotion's figure alone on the line below its words counts too: "Multibuy saving" over "-0.50")
  const promos = labelledAmounts(lines, PROMO_LABELS, [...DISCOUNT_LABELS, ...AFTER_DISCOUNT]).filter((c) => c.value < 0 && (c.sameRow || !/\p{L}{2}/u.test(c.amount.line.text)));
  const all = [...strong, ...promos].sort((a, b) => a.label.index - b.label.index);
  if (!all.length) return null;
  const abs = (c: AmountCandidate): AmountCandidate => ({ ...c, value: Math.abs(c.value) });
  const sums = all.filter((c) => matchAny(c.label.text, DISCOUNT_SUM));
  if (sums.length) return abs(sums[sums.length - 1]);
  const negative = all.filter((c) => c.value < 0);
  if (negative.length < 2) return abs(all[all.length - 1]);
  const sum = Math.round(negative.reduce((s, c) => s - c.value, 0) * 100) / 100;
  // a positive line equal to the negatives' sum is their printed sum ("Savings 2.00")
  const printed = all.find((c) => c.value > 0 && Math.abs(c.value - sum) < 0.005);
  return printed ?? { ...negative[negative.length - 1], value: sum };
}
