/**
 * @module engine/parse/payment-method
 * How a receipt was paid: `"cash"` or `"card"` (a receipt's `paymentMethod`; the contract's field
 * is free text, and the engine answers these two, the examples the VLM prompt gives too), or null
 * when no payment word is printed. The payment line is the lowest one that names a payment beside
 * a money figure or a masked card number ("CASH  20.00", "VISA  **** 1234"): tills print the tender
 * under the total, and a card slip under the receipt. Notices printed lower name a payment without
 * paying it ("Kartenzahlung ab 5 EUR möglich", "We now accept contactless cards!", "Ask about our
 * credit card offers"), so a payment word alone counts only when no line pays with a figure.
 *
 * Card (any cashless tender: a card, its scheme, or a terminal's electronic payment), by where it
 * is printed:
 * - everywhere: VISA, Mastercard, Maestro, V PAY, Amex, Debit, "credit card", "card", contactless,
 *   Apple Pay / Google Pay (a card in a wallet);
 * - AU/NZ "EFTPOS" (the debit network's name on every till), CA "INTERAC" (the Canadian debit
 *   network), SG "NETS" (Singapore's debit network);
 * - FR "carte" / "CB" (carte bancaire), BE "Bancontact" (the Belgian debit scheme), NL "PIN" /
 *   "pinnen" / "pinbetaling" (Dutch for paying by debit card) and "kaart";
 * - DE "Karte" / "EC-Karte" / "girocard" / "Kartenzahlung", AT "Bankomat" / "Bankomatkarte" (the
 *   Austrian debit card), CH "TWINT" and PH "GCash" (payment apps, cashless like a card);
 * - IT "carta", "bancomat" (the Italian debit card), "pagamento elettronico" (what an Italian
 *   documento commerciale prints for any cashless tender, by the Agenzia delle Entrate's layout);
 * - ES/MX "tarjeta", PT/BR "cartão" ("Cartão Débito", "Cartão Crédito") and PT "Multibanco" (the
 *   Portuguese debit network);
 * - PL/CZ/SK "karta" / "kartou" (by card), SV/DA/NO "kort" / "kortbetalning" / "bankkort" and DA
 *   "Dankort", FI "kortti" / "pankkikortti", HU "kártya" / "bankkártya", MY "kad" (kad kredit/debit), SL/HR/SR/BS
 *   "kartica" ("Plačilna kartica", "Platna kartica").
 *
 * DE "EC-Cash" (the German debit card's former name, still printed by terminals) is a card, not cash.
 *
 * Cash: EN "cash", FR "espèces" / "comptant", DE "bar" / "Barzahlung" / "Bargeld", NL "contant",
 * IT "contanti" / "contante", ES/MX "efectivo", PT/BR "dinheiro" / "numerário", SV/DA/NO "kontant"
 * / "kontanter", PL "gotówka", CS "hotově" / "hotovost", SK "hotovosť", HU "készpénz", FI
 * "käteinen", RO "numerar", MY/ID "tunai", SL/HR/SR/BS "gotovina".
 *
 * The words were collected from the languages the engine reads and the receipts a tenth tester
 * generated (AU EFTPOS, NL PIN, BE Bancontact, CA INTERAC, CH TWINT, PL Karta, SE Kort, AT
 * Bankomat, ES Tarjeta, PT Multibanco / Cartão Débito, FR Espèces, ES Efectivo, PT Dinheiro, MY
 * Tunai, HU Készpénz, CZ Hotově, IT PAGAMENTO ELETTRONICO).
 *
 * Words that are also ordinary words elsewhere count only on a line with a money figure: DE "bar"
 * ("Bar 150,00", never the café "Bar Pasticceria Aurora" at the top), "PIN" ("PIN 12,50", never
 * "Enter your PIN"), "kort", "kad", "NETS" and "CB" (two letters OCR debris can make). On one line cash is looked for first ("Cash
 * 20.00" under a "Card not accepted" notice is rare; a card slip never prints a cash word).
 */
import { amountsIn, fold, type DocLine } from './lines.ts';
import { MASKED_CARD } from './masked-card.ts';

export type PaymentMethod = 'cash' | 'card';

/** A word of the folded text (./lines fold: lower case, no accents), not inside a longer word. */
const words = (ws: string[]) => new RegExp(String.raw`(?<![\p{L}\d])(?:${ws.join('|')})(?![\p{L}])`, 'u');

const CASH = words(['cash', 'especes', 'comptant', 'barzahlung', 'bargeld', 'contant', 'contanti', 'contante', 'efectivo', 'dinheiro', 'numerario',
  'kontant', 'kontanter', 'gotowka', 'hotove', 'hotovost', 'keszpenz', 'kateinen', 'numerar', 'tunai', 'gotovina']);
const CARD = words(['visa', 'master ?card', 'maestro', 'v ?pay', 'amex', 'debit', 'credit card', 'card', 'contactless', 'apple ?pay', 'google ?pay',
  'eftpos', 'interac', 'carte', 'bancontact', 'pinnen', 'pinbetaling', 'kaart', 'karte', 'ec-karte', 'girocard', 'kartenzahlung',
  'bankomat', 'bankomatkarte', 'twint', 'gcash', 'carta', 'bancomat', 'pagamento elettronico', 'tarjeta', 'cartao', 'multibanco', 'karta', 'kartou',
  'kortbetalning', 'bankkort', 'dankort', 'kortti', 'pankkikortti', 'kartya', 'bankkartya', 'kartica']);
/** DE "EC-Cash", the German debit card: tested before CASH, whose "cash" it holds. */
const EC_CASH = words(['ec[- ]?cash']);
/** Payment words that are ordinary words too: only on a line with a money figure. */
const CASH_WITH_FIGURE = words(['bar']);
const CARD_WITH_FIGURE = words(['pin', 'kort', 'kad', 'nets', 'cb']);

/**
 * The payment words of every language above as patterns on folded text (./lines fold,
 * as matchAny applies them), for other rules that look for a payment line (../extract/receipt-total: a
 * payment of the total's figure confirms it): `cash` and `card` name a payment wherever
 * printed, `withFigure` (DE "bar", NL "PIN", SV "kort", ...) only with a money figure on their
 * own line. Each matches one word, not inside a longer one.
 */
export const PAYMENT_WORDS: { cash: RegExp; card: RegExp; withFigure: RegExp[] } = { cash: CASH, card: CARD, withFigure: [CASH_WITH_FIGURE, CARD_WITH_FIGURE] };

/** The payment method a line names, or null. */
export function paymentOfLine(line: DocLine): PaymentMethod | null {
  const f = fold(line.text);
  const figure = () => amountsIn(line).some((a) => a.decimals === 2 || !!a.currency);
  if (EC_CASH.test(f)) return 'card';
  if (CASH.test(f) || (CASH_WITH_FIGURE.test(f) && figure())) return 'cash';
  if (CARD.test(f) || (CARD_WITH_FIGURE.test(f) && figure())) return 'card';
  return null;
}

/**
 * Whether a payment line pays: it holds a money figure (two decimals, or the amount that ends the
 * line, as a zero-decimal currency's tender "Készpénz  5 000" prints it) or a masked card number.
 * A notice's figure mid-sentence ("Kartenzahlung ab 5 EUR möglich") is neither.
 */
function paysWithFigure(line: DocLine): boolean {
  if (MASKED_CARD.test(line.text)) return true;
  const end = line.text.trimEnd().length;
  return amountsIn(line).some((a) => a.decimals === 2 || a.end >= end);
}

/**
 * The payment line and its method, or null when none names a payment: the lowest line naming a
 * payment that pays with a figure or a masked card (see paysWithFigure), else the lowest line
 * naming one at all (a slip's bare "VISA" or "Paid by card").
 */
export function paymentMethodOf(lines: DocLine[]): { method: PaymentMethod; line: DocLine } | null {
  let bare: { method: PaymentMethod; line: DocLine } | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    const method = paymentOfLine(lines[i]);
    if (!method) continue;
    if (paysWithFigure(lines[i])) return { method, line: lines[i] };
    bare ??= { method, line: lines[i] };
  }
  return bare;
}
