/**
 * @module engine/extract/receipt-total
 * Receipt-only clean-up of the total chosen by amount-roles, for OCR'd till receipts.
 *
 * `repairAmountText`: OCR of thermal print often breaks a money amount: "RM5. 00" (a space
 * after the point), "RMS. 00" / "RMO. 28" (S and O for 5 and 0 after the RM prefix),
 * "<RM_34.80". On lines that carry a money label (total, cash, change, rounding, ...) these are
 * put back together so the amount parser sees "RM5.00", "TOTAI 78-10" is "TOTAL 78.10" (the
 * label word with one letter misread as a look-alike, a hyphen for the point), and "S8.20" (a dollar sign read as S) is "$8.20".
 *
 * `reconcileTotal`: the printed total is the truth, but OCR misreads its digits. Every printed
 * total scores (the last one most; a row with several amounts is a summary table, a header read
 * from the line below is not a total), and sums that agree with it add to it: cash - change,
 * net + tax (+ rounding adjustment), items (+ rounding), a card or cash payment of the same
 * value, the part totals printed directly above the last total. A sum that differs from a
 * printed total in exactly one digit ("101.78" printed, net + tax - rounding = 101.75) replaces
 * it (on OCR'd text only: a PDF's text layer holds the figure as printed), and so does a sum 100 times smaller than a total printed without decimals ("GRAND TOTAL
 * 1000", cash - change = 10.00: the point was lost) or 1000 times smaller less one last digit
 * ("EUR 29,301", card 29,30: a speck read as a digit after the decimals), unless the two differ by a printed rounding adjustment ("TOTAL: 72.93", "RND ADJ 0.02",
 * cash - change = 72.95: the total was read right). amount-roles' pick keeps a small bonus.
 * A total that a later total line under a label as strong rounds to the 5 cents ("Total: 102.39",
 * "Total 102.40") gives way to it, with the sums that confirmed it.
 * Two misreadings are undone only when these sums confirm the figure as repaired and none
 * confirms it as read: a whole-unit figure whose first thousands group stands apart like a
 * column ("ÖSSZESEN 6      846 Ft", ./whole-groups-apart.ts), and, on OCR'd text, a rupee sign
 * read as a 3 glued before the total on a page in rupees ("Total ₹450.00" read 3450.00,
 * ./rupee-read-as-three.ts).
 * Last, a rounding adjustment printed on the line right after the chosen total (and no total
 * after it) is added when that lands on 0.05.
 */
import { amountsIn, keyword, matchAny, type DocLine } from '../parse/lines.ts';
import { oneDigitOff } from '../parse/one-edit.ts';
import { labelledAmounts, type AmountCandidate } from './labels.ts';
import { bareTotal } from './bare-total.ts';
import { wholeMoneyPage } from './gapped-thousands.ts';
import { joinedAcrossGap } from './whole-groups-apart.ts';
import { rupeePage, withoutLeadingThree } from './rupee-read-as-three.ts';
import { chargeAmounts } from './service-charges.ts';
import { MAX_CASH_ROUNDING, ROUNDING_LABELS } from '../parse/rounding-labels.ts';
import { PAYMENT_WORDS } from '../parse/payment-method.ts';
import { JAPANESE_CHANGE, JAPANESE_TENDERED } from '../parse/japanese-tender-words.ts';
import { TOTAL_EXCLUDE, TOTAL_LABELS, NET_LABELS, TAX_LABELS, liftedByCharge, partOfPrintedTotal, taxTableHeader, tipLifted, type AmountRoles } from './amount-roles.ts';

const k = (xs: string[]) => xs.map((x) => keyword(x));
const MONEY_LINE = k(['total', 'cash', 'change', 'rounding', 'round', 'amount', 'payable', 'paid', 'due', 'gst', 'tax', 'subtotal', 'sub total', 'visa', 'card', 'rm']);
/** A cash rounding, in every language served (../parse/rounding-labels.ts). */
const ROUNDING = ROUNDING_LABELS;
/**
 * Cash tendered and change given back, by language: EN; DE "gegeben", "Barzahlung", "Bargeld",
 * "Bar" at the line's start ("BAR EUR 20,00": inside a line it is an item's word, "Mars Bar"),
 * "Rückgeld", "Wechselgeld"; FR "espèces", "rendu", "monnaie"; ES "efectivo", "entregado",
 * "cambio", "vuelto"; IT "contanti", "contante", "resto"; PT "dinheiro", "numerário", "troco";
 * NL "contant", "wisselgeld", "terug"; PL "gotówka", "reszta"; SV/DA/NO "kontant", "växel";
 * CS "hotově", "hotovost", "vráceno"; HU "készpénz", "visszajáró"; FI "käteinen",
 * "vaihtoraha"; RO "numerar", "rest"; MY "tunai", "baki"; JA お預り, お釣り (../parse/japanese-tender-words.ts). cash - change then confirms or repairs the
 * total in every language served, as in English (a tenth tester's forint and euro tills).
 */
const CASH = [...k(['cash', 'tendered', 'received', 'amount paid', 'paid', 'gegeben', 'barzahlung', 'bargeld', 'especes', 'efectivo', 'entregado', 'contanti', 'contante',
  'dinheiro', 'numerario', 'contant', 'gotówka', 'kontant', 'hotove', 'hotovost', 'keszpenz', 'kateinen', 'numerar', 'tunai', ...JAPANESE_TENDERED]), /^\s*bar(?![\p{L}])/iu,
  // and ../parse/payment-method's cash words ("Comptant", "Kontanter"): the cash a payment below counts as tendered from
  PAYMENT_WORDS.cash];
const CHANGE = k(['change', 'change due', 'balance', 'rückgeld', 'wechselgeld', 'rendu', 'monnaie', 'cambio', 'vuelto', 'resto', 'troco', 'wisselgeld', 'terug', 'reszta',
  'växel', 'vraceno', 'visszajaro', 'vaihtoraha', 'rest', 'baki', ...JAPANESE_CHANGE]);
/**
 * A payment: EN words ("CB 29,30": carte bancaire, how French tills print a card payment), then
 * ../parse/payment-method's card and cash words of every language served ("Kartenzahlung 12,55",
 * "Tarjeta 12,55", "PIN 12,55"), its everyday words ("PIN", "bar", "kort") last: those count only
 * with the figure on their own line (paymentsIn).
 */
const PAYMENT = [...k(['visa', 'master', 'mastercard', 'card', 'debit', 'credit', 'cash', 'payment', 'carte', 'cb']), PAYMENT_WORDS.card, PAYMENT_WORDS.cash, ...PAYMENT_WORDS.withFigure];
/** The payments printed, each with its figure; an everyday payment word only with its figure on its own line ("Enter your PIN" over a figure is none). */
function paymentsIn(lines: DocLine[]): AmountCandidate[] {
  const everyday = PAYMENT.length - PAYMENT_WORDS.withFigure.length;
  return labelledAmounts(lines, PAYMENT, CHANGE).filter((c) => c.value > 0 && (c.pattern < everyday || c.amount.line === c.label));
}
/** Labels of the amount actually paid: they beat a bare "Total" and repeated part totals. */
const FINAL = k(['total payable', 'amount payable', 'grand total', 'amount due', 'total due', 'total rounded', 'rounded total', 'nett total', 'net total', 'total to pay', 'net to pay',
  // "Total After Rounding 100.60", "Total After Adj Incl GST 88.95": the total once rounded
  'total after']);
/** "TOTAL INCLUDES 6% GST 1.66": the amount is the tax the total includes. */
const TAX_NOTE = k(['total includes', 'total include', 'includes gst', 'includes vat', 'inclusive of gst of']);
/** Column headings: a label line holding one is a table header, the line below it an item. */
const COLUMN_WORDS = k(['qty', 'quantity', 'item', 'description', 'price', 'u.price', 'unit price', 'amount', 'amt']);
const mult05 = (v: number) => Math.round(v * 100) % 5 === 0;

/** Undoes OCR breaks inside money amounts on lines with a money label (see the module note). */
export function repairAmountText(raw: string): string {
  // "TOTAI", "Totsl", "T0TAL", "TRTAL", "lotal", "Tota!", "Tota.": the label word with one letter misread
  const text = raw.replace(/(?<![\p{L}\d])[\p{L}\d!|]{4}[\p{L}\d!|.](?![\p{L}\d])/gu, (w: string) => (misreadTotal(w) ? (/^.[A-Z0-9]/.test(w) ? 'TOTAL' : 'Total') : w));
  if (!matchAny(text, MONEY_LINE)) return text;
  return text
    // "Nett Total:RM7.70", "Rounding:-RM0.02": a colon glued to the currency of the figure
    .replace(/:(?=-?RM\s?\d)/g, ': ')
    // "Net Total .RM7.70", "TOTAL ,RM 5.00": a speck read as a point or comma glued before the currency
    .replace(/(?<=\s)[.,'`](?=-?RM\s?\d)/g, '')
    // "PM33.90": the R of RM read as P, before a price
    .replace(/\bPM(?=\d{1,6}[.,]\d{2}(?!\d))/g, 'RM')
    // "TOTAL 78-10": a hyphen for the decimal point of the figure that ends a total line
    .replace(/(?<=\btotal\b[^\d]*)(?<![\d.,-])(\d{1,6})-(\d{2})\s*$/i, '$1.$2')
    .replace(/\bRM[_~]+(?=\d)/g, 'RM ')
    // "RH 88 17", "RMN 88 17": OCR's RM prefix (H, N for M) is still the ringgit
    .replace(/\bR(?:H|MN|MH)(?=\s?\d)/g, 'RM')
    // "RMS. 00" -> RM5.00, but "RMS50. 00" is RM50.00: an S before two or more digits is a
    // stray mark ($ or a smudge), an S alone before the point or one digit is a 5
    .replace(/\b(RM\s?)S(?=\d{2})/g, '$1')
    .replace(/\b(RM\s?)([SOo])(?=[\d.])/g, (_m, p: string, c: string) => p + (c === 'S' ? '5' : '0'))
    .replace(/(\d)\s?[.,]\s(\d{2})(?!\d)/g, '$1.$2')
    // "Total Amount: S8.20": a dollar sign read as S before a price (not after RM, see above)
    .replace(/(?<![\p{L}\d])S(?=\d{1,6}[.,]\d{2}(?!\d))/gu, '$')
    // "RM 64 13": after the currency, a space before the last two digits is the decimal point
    // (dot-matrix points are faint); only when the figure ends the line or a tax code follows
    .replace(/\b(RM\s?)(\d{1,6}) (\d{2})(?=\s*(?:[A-Z]{1,2}\s*)?$)/, '$1$2.$3');
}

/**
 * Whether a five-character word is "total" with exactly one character misread ("TRTAL", "lotal",
 * "Tota!", "Tota.", "Totai", "T0TAL"): four of its five letters are those of "total" in place and it holds
 * at least three letters. "tonal" is the one English word this also takes, never on a till slip.
 */
export function misreadTotal(word: string): boolean {
  if (word.length !== 5 || (word.match(/\p{L}/gu) ?? []).length < 3) return false;
  let same = 0;
  for (let i = 0; i < 5; i++) if (word[i].toLowerCase() === 'total'[i]) same++;
  return same >= 4;
}

/** Lines with repaired amount text (same boxes and words). */
export function repairedLines(lines: DocLine[]): DocLine[] {
  return lines.map((l) => {
    const text = repairAmountText(l.text);
    return text === l.text ? l : { ...l, text };
  });
}

const near = (a: number, b: number) => Math.abs(a - b) < 0.005;
/** Same number of digits, exactly one differs ("101.78" vs "101.75"): ../parse/one-edit.ts. */
export { oneDigitOff };
const cents = (v: number) => Math.round(v * 100) / 100;
/** A total printed without its decimal point ("GRAND TOTAL 1000" for 10.00): a whole figure 100 times the sum. */
const lostPoint = (printed: AmountCandidate, sum: number) => printed.amount.decimals === 0 && sum > 0 && near(printed.value, sum * 100);

/**
 * A total printed with one digit too many after its two decimals ("EUR 29,301" for 29,30: a
 * speck or the paper's edge after the figure read as a 1), so that it parsed as a whole figure
 * grouped in thousands (29301): the sum it is, with that last digit dropped.
 */
export const trailingSpeckDigit = (printed: AmountCandidate, sum: number) =>
  printed.amount.decimals === 0 && /^\D*\d{1,3}[.,]\d{3}\D*$/.test(printed.amount.text) && sum > 0 && Math.floor(printed.value / 10) === Math.round(sum * 100);

/** Whether the page prints change given back (a change line's figure above zero). */
const changeGiven = (lines: DocLine[]) => labelledAmounts(lines, CHANGE).some((c) => Math.abs(c.value) > 0.005);
/** Printed totals: a label read from the line below only counts when the label line is short,
 * and never with the figure of a change line, nor of a cash line where change was given ("合計" over
 * "お預り ¥1,000": cash tendered),
 * and not a table header ("QTY ITEM TOTAL" over "2 FiletOFish 21.18", nor a tax table's "IVA BASE
 * IVA TOTAL" over its first rate's row "A 6% 16,43 0,99 17,42"). */
function printedTotals(lines: DocLine[]): AmountCandidate[] {
  return [...labelledAmounts(lines, TOTAL_LABELS, [...TOTAL_EXCLUDE, ...ROUNDING, ...TAX_NOTE])
    .filter((c) => c.value > 0 && (c.sameRow || (c.label.words.length <= 3 && (c.label.words.length < 2 || !matchAny(c.label.text, COLUMN_WORDS)) && !taxTableHeader(c.label))))
    // (a figure read off the line below that is the change, or the cash handed over where change was given back, is
    // that payment's, never the total: "合計" over "お預り ¥1,000" above "お釣り ¥72"; cash with no change is the total paid)
    .filter((c) => c.sameRow || c.amount.line === c.label || !(matchAny(c.amount.line.text, CHANGE) || (matchAny(c.amount.line.text, CASH) && changeGiven(lines)))),
  ...netAfterGross(lines)].sort((a, b) => a.label.index - b.label.index);
}

const GROSS = k(['gross amt', 'gross amount']);
const NET_AMOUNT = k(['net amt', 'net amount', 'nett amt', 'nett amount']);
/**
 * "Gross Amt : 36.00", "GST (6%) : 0.00", "Net Amt : 36.00": tills that print a gross amount
 * before the tax call the amount to pay after it the net amount. A net amount printed on its
 * own row below a gross amount is then a printed total, of the amount paid (FINAL's weight).
 */
function netAfterGross(lines: DocLine[]): AmountCandidate[] {
  const gross = lines.find((l) => matchAny(l.text, GROSS));
  if (!gross) return [];
  return labelledAmounts(lines, NET_AMOUNT).filter((c) => c.value > 0 && c.sameRow && c.label.index > gross.index);
}
/** A printed total's label names the amount paid. */
const finalLabel = (c: AmountCandidate, lines: DocLine[]) => !!matchAny(c.label.text, FINAL) || netAfterGross(lines).some((n) => n.label === c.label);
/** Printed cash roundings: a few cents (5-sen, 5-rappen), or up to half a unit where a till rounds to whole kronor ("Öresavrundning -0,12"). */
const roundingRowsIn = (lines: DocLine[]) => labelledAmounts(lines, ROUNDING).filter((c) => Math.abs(c.value) <= MAX_CASH_ROUNDING);

export function reconcileTotal(lines: DocLine[], roles: AmountRoles, itemsSum: number | null): AmountCandidate | null {
  return roundedPayable(lines, beforePartPayments(lines, chooseTotal(lines, roles, itemsSum)));
}

/**
 * What is left to pay after a voucher, a gift card or a deposit paid part of the bill: EN
 * "balance due", "remaining"; ES "resto a pagar", "pendiente"; DE "Restbetrag", "Rest"; FR "reste
 * à payer"; IT "residuo"; PT "restante"; NL "resterend"; PL "pozostało do zapłaty".
 */
const REMAINDER = k(['balance due', 'balance to pay', 'remaining', 'amount remaining', 'resto a pagar', 'pendiente', 'restbetrag', 'rest', 'reste a payer',
  'residuo', 'restante', 'resterend', 'pozostalo']);
/**
 * A part payment made before the rest is paid: a voucher or a gift card, by language: EN "gift
 * card", "gift voucher", "voucher"; DE "Gutschein", "Wertgutschein", "Geschenkgutschein",
 * "Geschenkkarte"; ES "vale", "tarjeta regalo", "cheque regalo"; FR "bon d'achat", "carte
 * cadeau", "chèque cadeau"; IT "buono regalo", "carta regalo"; PT "cartão presente", "cartão
 * oferta"; NL "cadeaubon", "cadeaukaart", "waardebon"; PL "bon podarunkowy", "karta podarunkowa".
 * A figure under such a word below the bill's total is money already paid: the amount still to
 * pay after it (under any total label: "Zu zahlen 10,00") is no total, and no misread of it.
 */
const PART_PAYMENT = [...k(['gift card', 'gift voucher', 'voucher', 'gift certificate', 'wertgutschein', 'geschenkgutschein', 'geschenkkarte', 'vale', 'tarjeta regalo', 'cheque regalo',
  "bon d'achat", 'bon d’achat', 'carte cadeau', 'cheque cadeau', 'buono regalo', 'carta regalo', 'cartao presente', 'cartao oferta', 'cadeaubon', 'cadeaukaart', 'waardebon',
  'bon podarunkowy', 'karta podarunkowa']),
  // a German compound that ends in the word ("Einkaufsgutschein", "Gutschein"), never one that goes on ("Gutscheinnummer")
  /gutschein(?![\p{L}])/u];

/**
 * The receipt's total when `chosen` is only what was left to pay after part payments: its label
 * names a remainder (REMAINDER: "TOTAL 30.00", "Gift card 20.00", "Balance due 10.00") and a
 * printed total above it equals it plus the figures printed on the lines between. A fresh
 * breaker's receipts paid partly by gift card came back with the balance as their total (cash −
 * change confirms the balance, not the bill). A label of the amount to pay that is also a total
 * label ("Zu zahlen 10,00", "Total to pay") is such a remainder only when a voucher or a gift card
 * (PART_PAYMENT: "Gutschein -20,00") is printed between. `chosen` otherwise.
 */
function beforePartPayments(lines: DocLine[], chosen: AmountCandidate | null): AmountCandidate | null {
  if (!chosen) return chosen;
  const remainder = !!matchAny(chosen.label.text, REMAINDER);
  const at = chosen.label.index;
  for (const t of printedTotals(lines).filter((c) => c.label.index < at && c.value > chosen.value && !matchAny(c.label.text, REMAINDER))) {
    const between = lines.filter((l) => l.index > Math.max(t.label.index, t.amount.line.index) && l.index < at);
    // (a total label of the amount to pay, "Zu zahlen", is a remainder only after a voucher or a gift card)
    if (!remainder && !between.some((l) => matchAny(l.text, PART_PAYMENT))) continue;
    const paid = between.flatMap((l) => amountsIn(l).filter((a) => a.decimals === 2 || a.decimals === 0).slice(-1)).reduce((s, a) => s + Math.abs(a.value), 0);
    if (between.length && near(t.value - chosen.value, paid)) return t;
  }
  return chosen;
}

/** The figures of the part payments (PART_PAYMENT) printed below line `after`, each positive. */
function partPaymentsBelow(lines: DocLine[], after: number): number[] {
  return labelledAmounts(lines, PART_PAYMENT).filter((c) => c.label.index > after && c.value !== 0).map((c) => Math.abs(c.value));
}

/**
 * "Total Sales RM 64.13" directly followed by "Rounding Adjustment RM 0.02", and no total after
 * it: the amount paid is the rounded 64.15. Applied only when the chosen total is no multiple of
 * 0.05 (cash rounding) and total + the printed adjustment is one; a total printed below the
 * rounding line is already the rounded one. The rounding must be the very next line: printed
 * after the payment ("TOTAL 13.78", "CASH 20.00", "ROUNDING 0.02", "CHANGE 6.20") it belongs to
 * the cash settlement and the receipt's total stays 13.78 (a dev receipt's truth). On the bench this
 * changed one receipt (64.13 -> 64.15, its truth).
 */
function roundedPayable(lines: DocLine[], total: AmountCandidate | null): AmountCandidate | null {
  if (!total || mult05(total.value)) return total;
  const at = Math.max(total.label.index, total.amount.line.index);
  const rounding = roundingRowsIn(lines).find((r) => r.label.index === at + 1 && r.value !== 0);
  if (!rounding || printedTotals(lines).some((t) => t.label.index > rounding.label.index)) return total;
  const v = cents(total.value + rounding.value);
  return mult05(v) && v > 0 ? { ...total, value: v, amount: { ...total.amount, value: v } } : total;
}

function chooseTotal(lines: DocLine[], roles: AmountRoles, itemsSum: number | null): AmountCandidate | null {
  const totals = printedTotals(lines);
  const roundingRows = roundingRowsIn(lines);
  const rounding = roundingRows.filter((c) => c.value !== 0).map((c) => c.value);
  const hasRounding = roundingRows.length > 0;
  const cash = labelledAmounts(lines, CASH, CHANGE).filter((c) => c.value > 0);
  // change given back is money out, and some tills print it so ("Change Returned 20.00-"): its size counts
  const change = labelledAmounts(lines, CHANGE).map((c) => (c.value < 0 ? { ...c, value: -c.value } : c));
  // "Net Total" / "Nett Total" is the amount paid (FINAL), not a net to add tax to
  const nets = labelledAmounts(lines, NET_LABELS).filter((c) => c.value > 0 && !finalLabel(c, lines));
  const taxes = labelledAmounts(lines, TAX_LABELS).filter((c) => c.value >= 0);
  const payments = paymentsIn(lines);
  // a printed rounding adjustment is part of the final total
  const adj = rounding.length ? rounding : [0];

  // printed totals: the last one counts most; a row with several amounts is a summary table; a
  // label of the amount paid (payable, grand total, rounded) counts more; the same value under
  // several part-total labels ("Total 0% supplies" twice) adds a little, not a label's worth
  const labelled = new Map<number, { score: number; cand: AmountCandidate; n: number }>();
  const lastTotal = totals[totals.length - 1];
  for (const t of totals) {
    const row = (amountsIn(t.label).length > 1 ? 0.5 : t === lastTotal ? 2 : 1.5) + (finalLabel(t, lines) ? 1.5 : 0) + (roles.total === t ? 1 : 0);
    const e = labelled.get(cents(t.value));
    if (!e) labelled.set(cents(t.value), { score: row, cand: t, n: 1 });
    else {
      e.n++;
      if (row > e.score) { e.cand = t; }
      e.score = Math.max(e.score, row) + 0.5;
    }
  }
  // sums that confirm a total, each with the printed amount it rests on
  const derived: { v: number; kind: string; from?: AmountCandidate }[] = [];
  for (const c of cash) for (const ch of change) if (c.value > ch.value) derived.push({ v: c.value - ch.value, kind: 'cash-change', from: c });
  // (a service charge printed between them is in the total, not in the tax: net + charge + tax)
  const charges = chargeAmounts(lines).map((c) => c.value);
  for (const n of nets) for (const x of taxes) if (x.value < n.value) for (const r of adj) for (const c of [0, ...charges]) derived.push({ v: n.value + x.value + r + c, kind: 'net+tax', from: n });
  // a subtotal plus a printed rounding adjustment, when no tax is printed
  if (hasRounding && !taxes.length) for (const n of nets) for (const r of adj) derived.push({ v: n.value + r, kind: 'net+rounding', from: n });
  // (a rounding row whose figure was not read, "Rounding Adj -J.02": the items make the total
  // before it, which they cannot tell from the amount paid after it, and confirm neither)
  const roundingUnread = !roundingRows.length && lines.some((l) => matchAny(l.text, ROUNDING));
  if (itemsSum != null && !roundingUnread) for (const r of adj) derived.push({ v: itemsSum + r, kind: 'items' });
  // a payment is the amount paid, unless change was given from it: cash tendered ("CASH 55.00",
  // "Change Returned 20.00") is more than the total, and must not repair a printed total one
  // digit away (35.00 -> 55.00)
  const tendered = (p: AmountCandidate) => cash.some((c) => c.label === p.label && change.some((ch) => ch.value > 0.005 && c.value > ch.value));
  for (const p of payments) if (!tendered(p)) derived.push({ v: p.value, kind: 'payment', from: p });
  // part totals printed in a run directly above the last total ("Total 6% supplies 12.97",
  // "Total 0% supplies 18.08", "Total Payable 31.65"): their sum confirms it, or repairs one
  // misread digit of it (31.65 printed, 31.05 paid) like the other sums
  if (lastTotal) {
    const run: AmountCandidate[] = [];
    for (let i = totals.indexOf(lastTotal) - 1; i >= 0; i--) {
      const t = totals[i];
      const above = run.length ? run[run.length - 1].label.index : lastTotal.label.index;
      if (!t.sameRow || t.label.index !== above - 1 || amountsIn(t.label).filter((a) => a.decimals === 2).length !== 1) break;
      run.push(t);
    }
    if (run.length >= 2) derived.push({ v: run.reduce((sum, t) => sum + t.value, 0), kind: 'parts', from: run[0] });
  }
  // the last figure of the receipt, alone on its line below the totals, that part totals above
  // add up to: the total whose label OCR lost (./bare-total.ts)
  const bare = bareTotal(lines, lastTotal);
  if (bare && !labelled.has(cents(bare.value))) {
    labelled.set(cents(bare.value), { score: 2, cand: bare, n: 1 });
    derived.push({ v: bare.value, kind: 'parts-sum' });
  }
  // how many printed figures back a sum: "CASH 101.76" is both cash - change (change 0.00) and a
  // cash payment, one figure, one confirmation; and the same figure printed twice ("Net Total
  // 21.20", "Net Total Rounded 21.20") is one figure too
  const sources = (ds: typeof derived) => new Set(ds.map((d) => (d.from ? `figure ${cents(d.from.value)}` : d.kind))).size;
  // a total printed below a rounding line is the rounded one: a multiple of 0.05 (cash rounding)
  const firstRounding = roundingRows.length ? Math.min(...roundingRows.map((r) => r.label.index)) : Infinity;
  const roundedBelow = (c: AmountCandidate) => rounding.length > 0 && c.label.index > firstRounding;

  // the sums again with each OCR'd figure also read without a leading 3 (a rupee sign, see below)
  let rupee: typeof derived | undefined;
  const rupeeSums = () => (rupee ??= rupeeDerived({ cash, change, nets, taxes, payments: payments.filter((p) => !tendered(p)) }, itemsSum));
  let best: { v: number; score: number; cand: AmountCandidate } | null = null;
  const consider = (v: number, score: number, cand: AmountCandidate) => {
    if (!best || score > best.score + 1e-9) best = { v: cents(v), score, cand };
  };
  // a total that a tax printed below it lifts to a later, larger total is a subtotal (see amount-roles)
  // (and so is one a charge printed below it lifts to a stronger total: a tip, a service charge;
  // and one class's gross whose classes add up to a total under another label: partOfPrintedTotal)
  // (and one that a later total under a label as strong rounds to the 5 cents, "Total: 102.39", "0.01",
  // "Total 102.40": a rounding whose label was lost; the sums that confirm it, net + charge + tax, are before it)
  const roundedTo = (c: AmountCandidate) => (mult05(c.value) ? undefined : totals.find((t2) => t2.label.index > c.label.index && t2.pattern <= c.pattern && mult05(t2.value) && Math.abs(t2.value - c.value) <= 0.02 + 1e-9));
  const subtotal = (c: AmountCandidate) => !!roundedTo(c) || totals.some((t2) => t2.label.index > c.label.index && t2.value > c.value && taxes.some((x) => x.value > 0 && x.label.index > c.label.index && Math.abs(c.value + x.value - t2.value) <= 0.05)) || liftedByCharge(c, totals, lines) || partOfPrintedTotal(c, totals);
  for (const [v, e] of labelled) {
    let score = e.score - (subtotal(e.cand) ? 2 : 0);
    score += 2 * sources(derived.filter((d) => near(d.v, v)));
    consider(v, score, e.cand);
    // a total a tip lifts to a later total: that one is the amount charged, confirmed as this one is
    const tipped = tipLifted(e.cand, totals, lines);
    if (tipped) consider(tipped.value, score + 2 + 1, tipped);
    // so is the rounded total a later total line prints (roundedTo)
    const roundedTotal = roundedTo(e.cand);
    if (roundedTotal) consider(roundedTotal.value, score + 2 + 1, roundedTotal);
    // OCR misread one digit of the printed total: a sum that differs in one digit repairs it
    // (not a figure of a PDF's text layer: it is as printed, and a sum that differs was misread)
    if (e.cand.amount.line.source === 'text') continue;
    // a rupee sign read as a 3 glued before the figure ("Total ₹450.00" read 3450.00,
    // ./rupee-read-as-three.ts): the figure without it, when the sums confirm it and not the figure as read
    const three = withoutLeadingThree(e.cand.amount);
    if (three != null && !derived.some((d) => d.kind !== 'payment' && near(d.v, v)) && rupeePage(lines)) {
      const n = sources(rupeeSums().filter((d) => near(d.v, three)));
      if (n >= 1 && rupeeSums().some((d) => d.kind !== 'payment' && near(d.v, three))) consider(three, e.score + 2 * n - 0.5, e.cand);
    }
    for (const d of new Set(derived.map((x) => cents(x.v)))) {
      if (near(d, v) || !(oneDigitOff(d, v) || lostPoint(e.cand, d) || trailingSpeckDigit(e.cand, d))) continue;
      if (rounding.some((r) => near(Math.abs(d - v), Math.abs(r)))) continue; // the printed rounding, not a misread digit
      if (charges.some((c) => near(Math.abs(d - v), c))) continue; // a printed service charge or tip, not a misread digit
      if (d < v && partPaymentsBelow(lines, e.cand.label.index).some((p) => near(v - d, p))) continue; // what is left after a voucher, not a misread digit
      if ([...labelled.values()].some((o) => near(o.cand.value, d) && subtotal(o.cand))) continue; // a printed subtotal, not a misread total
      // the item lines alone never repair a printed total: OCR'd item rows miss and misread lines
      const n = sources(derived.filter((x) => near(x.v, d) && x.kind !== 'items'));
      if (n >= 1) consider(d, e.score + 2 * n - 0.5 + (roundedBelow(e.cand) && mult05(d) ? 0.6 : 0), e.cand);
    }
  }
  // on a whole-unit page, a total whose first thousands group stands apart like a column of its
  // own ("ÖSSZESEN 6      846 Ft", ./whole-groups-apart.ts): read whole when cash - change, net
  // + tax or the items, each figure read whole the same way, confirm it and confirm nothing of
  // the figure as read (a card payment of the same figure split the same way confirms both)
  const apart = totals.flatMap((t) => { const j = joinedAcrossGap(t); return j ? [{ t, j }] : []; });
  if (apart.length && wholeMoneyPage(lines)) {
    const whole = (cs: AmountCandidate[]) => cs.map((c) => joinedAcrossGap(c) ?? c);
    const cashW = whole(labelledAmounts(lines, CASH, CHANGE)).filter((c) => c.value > 0);
    const changeW = whole(labelledAmounts(lines, CHANGE)).map((c) => (c.value < 0 ? { ...c, value: -c.value } : c));
    const netsW = whole(labelledAmounts(lines, NET_LABELS)).filter((c) => c.value > 0 && !finalLabel(c, lines));
    const taxesW = whole(labelledAmounts(lines, TAX_LABELS)).filter((c) => c.value >= 0);
    const sums: typeof derived = [];
    for (const c of cashW) for (const ch of changeW) if (c.value > ch.value) sums.push({ v: c.value - ch.value, kind: 'cash-change', from: c });
    for (const n of netsW) for (const x of taxesW) if (x.value < n.value) sums.push({ v: n.value + x.value, kind: 'net+tax', from: n });
    if (itemsSum != null) sums.push({ v: itemsSum, kind: 'items' });
    const checks = sums.length;
    for (const p of whole(payments)) if (!cashW.some((c) => c.label === p.label && changeW.some((ch) => ch.value > 0 && c.value > ch.value))) sums.push({ v: p.value, kind: 'payment', from: p });
    for (const { t, j } of apart) {
      const confirming = sums.filter((d) => near(d.v, j.value));
      if (!sums.slice(0, checks).some((d) => near(d.v, j.value)) || derived.some((d) => d.kind !== 'payment' && near(d.v, t.value))) continue;
      consider(j.value, (labelled.get(cents(t.value))?.score ?? 0) + 2 * sources(confirming) + 0.5, j);
    }
  }
  // a total read from the line below that is itself a cash, change or payment line is that
  // payment ("Total: <unreadable>" over "CASH : 200.00"), not the total
  const pickedBelow = roles.total && !roles.total.sameRow && roles.total.amount.line !== roles.total.label && matchAny(roles.total.amount.line.text, [...CASH, ...CHANGE, ...PAYMENT]);
  if (pickedBelow) roles = { ...roles, total: null };
  if (!best && !labelled.size) {
    // no printed total could be read ("Total (Inclusive of GST): fon oo", "Total RMAC. 00"):
    // a value that two different sums agree on (cash - change and the items, a subtotal plus
    // rounding...) is the total; so is a subtotal that the cash paid less the change equals
    // ("GST 6% RM5.45", "SUBTOTAL RM96.20", "CASH RM100.00", "YOUR CHANGE RM3.80"): the money
    // taken, printed, with no total label on the slip
    const paid = derived.filter((d) => d.kind === 'cash-change');
    const pool = [...derived, ...nets.filter((n) => paid.some((d) => near(d.v, n.value))).map((n) => ({ v: n.value, kind: 'subtotal', from: n }))];
    let agreed: { v: number; kinds: number; from: AmountCandidate } | null = null;
    for (const d of pool) {
      const same = pool.filter((x) => near(x.v, d.v));
      const kinds = sources(same);
      // the printed subtotal is where the figure stands, not the cash it is derived from
      const from = (same.find((x) => x.kind === 'subtotal') ?? same.find((x) => x.from))?.from;
      if (kinds >= 2 && from && d.v > 0 && (!agreed || kinds > agreed.kinds || (kinds === agreed.kinds && d.v > agreed.v))) agreed = { v: cents(d.v), kinds, from };
    }
    if (agreed) {
      const a = agreed as { v: number; kinds: number; from: AmountCandidate };
      if (roles.total && near(roles.total.value, a.v)) return roles.total;
      return { ...a.from, value: a.v, amount: { ...a.from.amount, value: a.v } };
    }
  }
  if (!best) return roles.total;
  const b = best as { v: number; score: number; cand: AmountCandidate };
  if (roles.total && near(b.v, roles.total.value)) return roles.total;
  const anchor = b.cand;
  const bv = b.v;
  return { ...anchor, value: bv, amount: { ...anchor.amount, value: bv } };
}

/**
 * Cash − change, subtotal + tax, the items and the payments, each printed figure OCR read also
 * taken without a leading 3 (a rupee sign read as a 3: ./rupee-read-as-three.ts), for the
 * confirmation of a total read so.
 */
function rupeeDerived(c: { cash: AmountCandidate[]; change: AmountCandidate[]; nets: AmountCandidate[]; taxes: AmountCandidate[]; payments: AmountCandidate[] }, itemsSum: number | null): { v: number; kind: string; from?: AmountCandidate }[] {
  const alt = (cs: AmountCandidate[]) => cs.flatMap((x) => {
    const w = x.amount.line.source === 'text' ? null : withoutLeadingThree(x.amount);
    return w == null ? [x] : [x, { ...x, value: w }];
  });
  const out: { v: number; kind: string; from?: AmountCandidate }[] = [];
  for (const a of alt(c.cash)) for (const ch of alt(c.change)) if (a.value > ch.value) out.push({ v: a.value - ch.value, kind: 'cash-change', from: a });
  for (const n of alt(c.nets)) for (const x of alt(c.taxes)) if (x.value < n.value) out.push({ v: n.value + x.value, kind: 'net+tax', from: n });
  if (itemsSum != null) out.push({ v: itemsSum, kind: 'items' });
  for (const p of alt(c.payments)) out.push({ v: p.value, kind: 'payment', from: p });
  return out;
}
