/**
 * @module engine/extract/discounts
 * A receipt's or invoice's discount: the money taken off, as a positive amount in the
 * document's currency units. A discount word with its figure ("Discount 5.00", "Rabatt -0,50",
 * "Remise -1,50") names one; a promotion's word ("Member Disc", "Multibuy saving", "Coupon",
 * "Aktion", "Promo") only with a negative figure ("-1,50", "1,50-", "(1.50)"): printed with a
 * positive price it is an offer's item ("Aktion Butter 1,99"). Several discount lines add up;
 * a printed sum of them ("Total savings 2.00", "Summe Rabatt") is the discount. A promotion's row
 * printed on two lines counts ("PROMO DISC 10%" over "INASAL -33.00"), and so does one whose minus
 * a scan lost when its percentage of the line above makes its figure ("DISC 20% COKE 5.00" under
 * "COKE 500ML 25.00"; ./named-discount.ts takes such rows off their items). Pure.
 */
import { amountsIn, fold, keyword, matchAny, type DocLine } from '../parse/lines.ts';
import { mendedDiscountWord } from './discount-word-slip.ts';
import { moneyDecimals } from '../parse/minor-unit.ts';
import { PERCENT, percentFraction } from '../parse/percent.ts';
import { labelledAmounts, type AmountCandidate } from './labels.ts';
import { percentFigure } from './rate-beside-amount.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));

/**
 * Words that name a discount whatever the sign of its figure (EN DE FR ES IT PT NL PL), and in the
 * other languages tills print (a sixteenth tester's Slovak, Turkish and Indonesian slips listed
 * their "Zľava 10%", "İndirim 10%", "Diskon 10%" as negative items): SK "zľava", CS "sleva", HR/SL/SR
 * "popust", HU "kedvezmény", RO "reducere", TR "indirim", ID/MS "diskon", FI "alennus", ET
 * "allahindlus", LT "nuolaida", LV "atlaide", SV/NO/DA "rabatt" (above), VI "giảm giá", "chiết khấu"
 * (marks folded: "Giam gia -35.000", "Chiết khấu 10% 7.000" under a Vietnamese till's items).
 */
const DISCOUNT_WORDS = ['discount', 'discounts', 'rabatt', 'remise', 'korting', 'abschläge', 'savings', 'descuento', 'sconto', 'desconto', 'rabat', 'réduction', 'nachlass',
  'zľava', 'sleva', 'popust', 'kedvezmény', 'reducere', 'indirim', 'diskon', 'alennus', 'allahindlus', 'nuolaida', 'atlaide', 'giảm giá', 'chiết khấu'];
export const DISCOUNT_LABELS = k(DISCOUNT_WORDS);
/** Words of a promotion or a member's price that name a discount only before a negative figure. */
const PROMO_WORDS = ['member disc', 'disc', 'multibuy', 'multi-buy', 'saving', 'coupon', 'kupon', 'cupon', 'cupón', 'cupão', 'aktion', 'aktionsrabatt', 'preisvorteil',
  'ermäßigung', 'promo', 'promotion', 'promocja', 'promoción', 'promozione', 'promoção', 'offerta', 'oferta', 'dto', 'actie', 'voordeel', 'zniżka', 'upust', 'bon de réduction',
  // Portugal's and Spain's "DESC." (desconto, descuento: "DESC. CARTAO AGUA -0,30"), and points, vouchers and coupons redeemed ("Loyalty Points Redeemed -1.50", "Voucher -5.00")
  'desc', 'redeemed', 'redemption', 'loyalty', 'voucher',
  // what the customer saves on a line, PT "Poupança" (as a scan reads it, "Poupanca"), ES "Ahorro", IT "Risparmio", DE "Ersparnis",
  // NL "Besparing", FR "Économie", PL "Oszczędność" (a saving printed without its minus: ./savings-row.ts)
  'poupança', 'poupanca', 'ahorro', 'risparmio', 'ersparnis', 'besparing', 'économie', 'economie', 'oszczędność',

  // Argentina's and Spain's "BONIF." (bonificación, a rebate on the item above: "BONIF. LECHE 10% -345,00")
  'bonif', 'bonificación', 'bonificacion'];
export const PROMO_LABELS = k(PROMO_WORDS);
/** "Less 25% Special -$4.00": "less" before a percentage names the discount it takes (never "Less deposit paid -2,000.00", a prepayment). */
PROMO_LABELS.push(/(?<![\p{L}])less\s+\d{1,2}(?:[.,]\d{1,2})?\s?%/u);
/** The labels' single words, folded: a word a scan misread in its first letter is mended to one of these (./discount-word-slip.ts). */
const SINGLE_WORDS = [...DISCOUNT_WORDS, ...PROMO_WORDS].filter((w) => !/\s/.test(w)).map((w) => fold(w));
/** `line` with a discount word whose first letter was read as a digit mended ("0isc -20.97"): the same line when there is none. */
function mendedLine(line: DocLine): DocLine {
  const text = mendedDiscountWord(line.text, SINGLE_WORDS);
  return text === line.text ? line : { ...line, text };
}
/**
 * A subtotal or net that names the discount it comes after ("Subtotal after discount",
 * "Net of discount", "Subtotal less discount", "Nettobetrag nach Rabatt", "Total après remise",
 * "Base tras descuento", "Imponibile dopo lo sconto", "Subtotaal na korting", "Subtotal após
 * desconto", "Suma po rabacie"): the amount left, never the discount; nor is one that names the
 * discount it comes before ("Sub Total Before Discount RM 29.70", "Zwischensumme vor Rabatt",
 * "Sous-total avant remise", "Subtotal antes del descuento"): the amount the discount comes off.
 */
export const AFTER_DISCOUNT = [
  ...k(['after discount', 'after discounts', 'net of discount', 'net of discounts', 'nach rabatt', 'nach abzug des rabatts', 'après remise', 'tras descuento', 'después del descuento',
    'dopo lo sconto', 'dopo sconto', 'scontato', 'na korting', 'após desconto', 'com desconto', 'po rabacie']),
  ...k(['before discount', 'before discounts', 'vor rabatt', 'avant remise', 'antes del descuento', 'antes de descuento', 'prima dello sconto', 'voor korting', 'antes do desconto', 'przed rabatem']),
  /** "less discount" names the remainder only after a subtotal word: "Less discount -5.00" alone is the discount. */
  /\b(?:sub-?total|net|total|summe|netto)\b[^\n]*\bless\s+discounts?\b/i,
];

/** A line that sums the discounts above it ("Total savings", "You saved", "Summe Rabatt", "Totale sconti"). */
const DISCOUNT_SUM = k(['total', 'totale', 'summe', 'gesamt', 'razem', 'suma', 'totaal', 'you saved', 'saved', 'ahorro total',
  // "your" before the savings word ("Uw voordeel 1,00", "Ihr Vorteil", "Votre économie", "Su ahorro", "Il tuo risparmio", "Twoja oszczędność"):
  // the receipt's sum of its discounts, printed under the items (a fresh tester's Dutch till listed it as an item)
  'uw', 'your', 'ihr', 'ihre', 'votre', 'su', 'il tuo', 'la tua', 'seu', 'sua', 'twoja', 'twój']);

/**
 * Whether a line prints the sum of the discounts ("Uw voordeel 1,00", "You saved 2.00", "Total savings
 * 1.50"): discount or promotion words with a word that sums them (DISCOUNT_SUM). Never an item, and no
 * end of the items either (a till may print "You saved" under each item).
 */
export function discountSumRow(row: DocLine): boolean {
  return (!!matchAny(row.text, SAVED) || (discountWords(row.text) && !!matchAny(row.text, DISCOUNT_SUM))) && amountsIn(row).some((a) => a.decimals === 2);
}
/** Phrases that say what the customer saved, in the languages served ("You saved", "Ihr Vorteil", "Vous avez économisé", "Je bespaart"). */
const SAVED = k(['you saved', 'you save', 'total saved', 'ihr vorteil', 'ihre ersparnis', 'sie sparen', 'gespart', 'vous économisez', 'vous avez économisé',
  'économisé', 'usted ahorra', 'ha ahorrado', 'hai risparmiato', 'risparmiato', 'você economizou', 'voce economizou', 'oszczędzasz', 'zaoszczędziłeś',
  'je bespaart', 'bespaard', 'uw voordeel']);

/** Whether a text names a discount or a promotion ("Multibuy saving", "Rabatt"). */
export function discountWords(text: string): boolean {
  return !!matchAny(mendedDiscountWord(text, SINGLE_WORDS), [...DISCOUNT_LABELS, ...PROMO_LABELS]);
}

/** Whether a line names a discount with a negative figure ("Coupon (0.50)"): no item. */
export function discountRow(row: DocLine): boolean {
  // (its word misread in its first letter, "0isc 30.00% -20.97": ./discount-word-slip.ts)
  const line = mendedLine(row);
  return !!matchAny(line.text, [...DISCOUNT_LABELS, ...PROMO_LABELS]) && labelledAmounts([line], [...DISCOUNT_LABELS, ...PROMO_LABELS]).some((c) => c.sameRow && c.value < 0);
}

/** The money a discount row takes off (positive, currency units), or null when the row is no discount row. */
export function rowDiscount(row: DocLine): number | null {
  const line = mendedLine(row);
  if (!discountRow(line)) return null;
  const c = labelledAmounts([line], [...DISCOUNT_LABELS, ...PROMO_LABELS]).find((x) => x.sameRow && x.value < 0);
  return c ? -c.value : null;
}

/**
 * The figure (as a positive amount) of a discount row (discount or promotion words, one money
 * figure) that is its printed percentage of `total` to the cent ("DISC 20% COKE -5.00" or, a scan
 * having lost its minus sign, "DISC 20% COKE 5.00" of an item of 25.00; "PROMO DISC 10% INASAL
 * 33.00" of 330.00). Null otherwise (no such row, no percentage, or the figure is no share of `total`).
 */
export function percentOfTotal(row: DocLine, total: number, whole = false): number | null {
  if (!discountWords(row.text) || !(total > 0)) return null;
  const money = amountsIn(row).filter((a) => moneyDecimals(a, whole) && !percentFigure(row.text, a));
  const f = money.length === 1 ? Math.abs(money[0].value) : 0;
  if (f <= 0 || f >= total) return null;
  const rates = [...row.text.matchAll(PERCENT)].map((m) => percentFraction(m[1])).filter((r) => r > 0 && r < 1);
  return rates.some((r) => Math.abs(r * total - f) < 0.011) ? f : null;
}

/** The last money figure (two decimals) of a line, or null: an item line's total. */
function lastMoney(line: DocLine | undefined): number | null {
  const money = line ? amountsIn(line).filter((a) => a.decimals === 2) : [];
  return money.length ? money[money.length - 1].value : null;
}

/**
 * The document's discount (value positive, the candidate of its last line), or null when none is
 * printed: a printed sum of the discounts when there is one, else the sum of the lines with a
 * negative figure when there are several, else the last discount line.
 */
export function documentDiscount(read: DocLine[]): AmountCandidate | null {
  // (a discount word misread in its first letter, "0isc -20.97", read mended: ./discount-word-slip.ts)
  const lines = read.map(mendedLine);
  // (a subtotal after the discount names it but is the amount left: AFTER_DISCOUNT)
  const strong = labelledAmounts(lines, DISCOUNT_LABELS, AFTER_DISCOUNT);
  // (a promotion's figure alone on the line below its words counts too: "Multibuy saving" over "-0.50")
  // (and so does a figure printed under the promotion's words with the product's name, "PROMO DISC 10%" over "INASAL -33.00": one row split in two)
  const promos = labelledAmounts(lines, PROMO_LABELS, [...DISCOUNT_LABELS, ...AFTER_DISCOUNT]).filter((c) => c.value < 0 && (c.sameRow || !/\p{L}{2}/u.test(c.amount.line.text) || !discountWords(c.amount.line.text)));
  // (a promotion's figure whose minus a scan lost, "DISC 20% COKE 5.00" under "COKE 500ML 25.00": its percentage of the line above makes it)
  const above = (l: DocLine) => {
    const i = lines.indexOf(l);
    return i > 0 && lines[i - 1].page === l.page ? lines[i - 1] : undefined;
  };
  // (or the sum above it less its figure is the figure below it, "SUBTOTAL 28.40" / "Points Redeemed *1.50" / "TOTAL 26.90": its minus read as a speck)
  const below = (l: DocLine) => {
    const i = lines.indexOf(l);
    return i >= 0 && i + 1 < lines.length && lines[i + 1].page === l.page ? lines[i + 1] : undefined;
  };
  const takenOff = (c: AmountCandidate) => {
    const a = lastMoney(above(c.label)), b = lastMoney(below(c.label));
    return a !== null && b !== null && b > 0 && Math.abs(a - c.value - b) < 0.005;
  };
  const unsigned = labelledAmounts(lines, PROMO_LABELS, [...DISCOUNT_LABELS, ...AFTER_DISCOUNT])
    .filter((c) => c.sameRow && c.value > 0 && (percentOfTotal(c.label, lastMoney(above(c.label)) ?? 0) === c.value || takenOff(c))).map((c) => ({ ...c, value: -c.value }));
  const found = [...strong, ...promos, ...unsigned].sort((a, b) => a.label.index - b.label.index);
  // (a discount's words over a row of nothing, a promotion's record at 0.00 under the row that took the money off,
  // "DISCOUNT 30% EAC" over "DIS30 1 * 0.00 0.00", is no discount when one of money is printed; a labelled zero on
  // its own row, "Discount: RM0.00", still is the document's)
  const recordOnly = (c: AmountCandidate) => c.value === 0 && !c.sameRow;
  const all = found.some((c) => c.value !== 0) ? found.filter((c) => !recordOnly(c)) : found;
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
