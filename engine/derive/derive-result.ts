/**
 * @module engine/derive/derive-result
 * The step after extraction: fills the mandatory fields a document determines without printing
 * them (see derive-amounts, derive-items, derive-statement), marks every field of
 * `result_data.fields` with its `source` (`printed` or `derived`, with the rule and the fields
 * it came from), and lists the arithmetic checks between printed values. Printed values are
 * never changed, and nothing is guessed: a value the document does not determine stays null,
 * so `validation` (the reference's rule, applied afterwards to the result) stays false for it.
 * Used for the offline and the vision-model results alike. Pure.
 */
import type { ProcessableType } from '../../schemas/document-types.ts';
import type { BankStatementResult, FormattedResult, InvoiceResult, Receipt, ReceiptItem, ReceiptResult } from '../../schemas/results.ts';
import type { FieldEvidence } from '../types.ts';
import { deriveAmounts, type MoneyFields } from './derive-amounts.ts';
import { deriveItems, wholeUnitMoney } from './derive-items.ts';
import { sectionLineRates } from './rate-sections.ts';
import { rateSectionSubtotal } from '../parse/rate-section-subtotal.ts';
import { deriveStatement } from './derive-statement.ts';
import { lineTaxChecks, moneyChecks } from './arithmetic-checks.ts';
import { printedRoundings } from '../parse/rounding-labels.ts';
import { printedBillCharges } from '../parse/charge-labels.ts';
import { itemBareLineRates, itemColumnRates, itemLineRates, rateSummaryFigures } from './line-rates.ts';
import { lineTaxesHold } from './line-tax-sums.ts';
import { heldBracketedRates } from './bracketed-line-rates.ts';
import { taxedMarkRates } from './taxed-mark-legend.ts';
import { mendedSignFirstRates, signFirstRows } from '../parse/sign-first-rates.ts';
import { classRatesByTax } from './class-rates-by-tax.ts';
import { salesTaxLineRates } from './sales-tax-flags.ts';
import { confirmedTaxRate, printedTaxRates, printsTaxEvidence } from './printed-rates.ts';
import { classRates, itemClassMarks } from './tax-classes.ts';
import { classRatesBySum } from './class-rates-by-sum.ts';
import { classMarksByGross } from './unread-class-marks.ts';
import { reducedRateMarks } from './reduced-rate-marks.ts';
import { yenSignsRead } from '../parse/yen-sign-read.ts';
import { joinRateTaxLines } from '../parse/rate-tax-lines.ts';
import { itemTaxFlags, taxAmountLines } from './item-tax-flags.ts';
import { stackedTaxRate } from './stacked-taxes.ts';
import { gstCodeClass, gstCodeTaxes, gstItemCodes, namesGst } from './gst-item-codes.ts';
import type { Undetermined } from './derive-items.ts';
import { printsCharge } from '../parse/charge-labels.ts';
import type { ArithmeticCheck, Derivation } from './provenance.ts';
import { cents } from './provenance.ts';

/** What the derivation step returns: the filled result, the marked evidence, the checks. */
export interface DerivedResult {
  formatted: FormattedResult;
  /** `result_data.fields`: every entry has `source`; derived entries also `rule` and `from`. */
  fields: Record<string, FieldEvidence>;
  checks: ArithmeticCheck[];
  derived: Derivation[];
  /** The line fields left null on purpose, each with the reason (see ./derive-items Undetermined). */
  undetermined: Undetermined[];
}

function moneyOf(r: MoneyFields): MoneyFields {
  return { totalAmount: r.totalAmount, netAmount: r.netAmount, taxAmount: r.taxAmount, discountAmount: r.discountAmount };
}

/**
 * The items as their lines print them before a line discount (total + discount, currency units),
 * or null when no item has a line discount. For finding an item's printed line only: taxes are
 * taken on the totals after the discount.
 */
function grossLines(items: ReceiptItem[]): ReceiptItem[] | null {
  if (!items.some((it) => it.discountAmount !== null && it.discountAmount > 0 && it.totalAmount !== null)) return null;
  return items.map((it) => (it.discountAmount !== null && it.discountAmount > 0 && it.totalAmount !== null ? { ...it, totalAmount: cents(it.totalAmount + it.discountAmount) } : it));
}

/** One receipt or invoice: amounts, then lines, then the checks of what was printed. */
function deriveBill<T extends Receipt | InvoiceResult>(bill: T, text: string, prefix: string): { bill: T; derived: Derivation[]; checks: ArithmeticCheck[]; undetermined: Undetermined[] } {
  // (the printed lines and charges, when every line prints its total: they tell a cash rounding's sign)
  const goods = bill.tableItems.length && bill.tableItems.every((i) => i.totalAmount !== null)
    ? cents(bill.tableItems.reduce((s, i) => s + i.totalAmount!, 0) + printedBillCharges(text).reduce((s, c) => s + c, 0)) : null;
  const a = deriveAmounts(moneyOf(bill), printsTaxEvidence(text), prefix, printsCharge(text), printedRoundings(text), goods);
  // (and the rates of a Turkish KDV table's rows, "%1 112,90 1,13", printed with their sign first: ../parse/sign-first-rates.ts)
  const signRows = signFirstRows(text);
  const printed = [...printedTaxRates(text), ...signRows.map((r) => r.rate)].filter((r, i, all) => all.findIndex((x) => Math.abs(x - r) < 1e-9) === i);
  const whole = wholeUnitMoney(bill.currencyCode, a.money);
  // (a rate section's subtotal names a rate the page bears too, "Total 0% supplies: 23.83": several rates, whose items are told only by their sections, ./rate-sections.ts)
  const sectioned = text.split('\n').map((l) => rateSectionSubtotal(l)?.rate).filter((r): r is number => r !== undefined);
  const found = printed.length ? printed : confirmedTaxRate(text, a.money.netAmount, a.money.taxAmount, whole);
  const withSections = found.concat(sectioned).filter((r, i, all) => all.findIndex((x) => Math.abs(x - r) < 1e-9) === i);
  const rates = withSections.length >= 2 ? withSections : found;
  const totals = bill.tableItems.map((i) => i.totalAmount!);
  // (an item whose line discount was printed under it, ../extract/line-discount.ts, prints its
  // amount before the discount: its line is found by that amount when not by its own total)
  const gross = grossLines(bill.tableItems);
  const lineRates = itemLineRates(bill.tableItems, text, printed) ?? (gross && itemLineRates(gross, text, printed)) ?? heldBareRates(bill.tableItems, totals, text, printed, a.money)
    // (or in brackets before the price, "YERBA 1KG (21,00) 2.500,00", their taxes making the printed one: ./bracketed-line-rates.ts)
    ?? heldBracketedRates(bill.tableItems, totals, text, a.money, gross && gross.map((i) => i.totalAmount!))
    // (or without a % sign under a rate heading, "Stawka VAT" over "23", "MwSt %" over "19": ./line-rates.ts itemColumnRates)
    ?? itemColumnRates(bill.tableItems, text, printed)
    // (or on the subtotal of the rate's section of the items, "Total 0% supplies: 23.83" under the zero-rated ones: ./rate-sections.ts)
    ?? sectionLineRates(bill.tableItems, text, a.money.taxAmount);
  // (or, some letters lost on a photo, "Bananen lose BA" over "1,78", those told by the class table's sums: ./unread-class-marks.ts)
  const lettered = itemClassMarks(bill.tableItems, text) ?? (gross && itemClassMarks(gross, text)) ?? classMarksByGross(bill.tableItems, text);
  // (no class letters: a Japanese receipt's reduced-rate mark, "Onigiri * ¥160", each class's rate
  // told by its items' sum against the rate lines' targets, or none: ./reduced-rate-marks.ts)
  // (an item whose line discount was printed under it is found by its amount before it, as above)
  const reduced = lettered ? null : reducedRateMarks(bill.tableItems, text) ?? (gross && reducedRateMarks(gross, text));
  const byLetter = classRates(text);
  // (the flag after each item's price, "T" / "N" or a class letter: read once, for the marks below and for deriveItems, ./item-tax-flags.ts)
  const flags = itemTaxFlags(bill.tableItems, text);
  // (or, with no rate lines, the marked items' tax-inclusive sum making the one printed tax at one rate, every other item 0 %:
  // an Australian café's "* taxable item" under "Total includes GST 3.27", ./class-rates-by-tax.ts)
  // (or a legend naming the marked items the taxed ones, "* denotes taxable item": ./taxed-mark-legend.ts)
  // (prices excluding the tax when the lines add up to the net, not the total: a US till's legend)
  const lineSum = cents(totals.reduce((s, t) => s + t, 0));
  const near = (v: number | null) => v !== null && Math.abs(lineSum - v) <= 0.01 * totals.length + 1e-9;
  const exclusive = near(a.money.netAmount) && !near(a.money.totalAmount);
  const byLegend = reduced ? taxedMarkRates(totals, reduced, a.money.taxAmount, printed, text, !exclusive) : new Map<string, number>();
  const marks = lettered ?? (reduced && (classRatesBySum(totals, reduced, text).size || byLegend.size || classRatesByTax(totals, reduced, byLetter, a.money.taxAmount, printed).size) ? reduced : null)
    ?? taxedByFlag(flags, totals, byLetter, a.money, printed);
  // (rate rows that print no class letter: each class's rate told by its items' sum, ./class-rates-by-sum.ts)
  const bySum = marks && !marks.every((c) => byLetter.has(c)) ? classRatesBySum(totals, marks, text) : new Map<string, number>();
  // (or by the document's one tax figure, "V" and "Z" items under one "VAT 0.60": ./class-rates-by-tax.ts)
  const byTax = marks && !bySum.size && !marks.every((c) => byLetter.has(c)) ? (marks === reduced && byLegend.size ? byLegend : classRatesByTax(totals, marks, byLetter, a.money.taxAmount, printed)) : new Map<string, number>();
  // (the flags: whether every line bears the one tax)
  const taxLines = flags && !rates.length ? taxAmountLines(text) : 0;
  // (Canadian sales-tax flags, "G" / "P" / "GP", each tax's items adding up to its printed amount: ./sales-tax-flags.ts)
  const flagRates = salesTaxLineRates(bill.tableItems, text, a.money.netAmount);
  // (several taxes each printed as the net at its rate, "GST 5%" + "PST 7%": ./stacked-taxes.ts)
  const stackedRate = stackedTaxRate(text, a.money.netAmount, a.money.taxAmount, whole);
  // (a Malaysian or Singaporean item's GST code, "SR" or "ZRL", beside its price or its name, and the line taxes the
  // summary's arithmetic lets it tell: ./gst-item-codes.ts)
  const gstCodes = namesGst(text) ? gstItemCodes(bill.tableItems, text) : null;
  const gstClasses = gstCodes && gstCodes.map((c) => (c === null ? null : gstCodeClass(c)));
  const gstTaxes = gstCodeTaxes(totals, gstCodes, text, a.money, printedRoundings(text), printedBillCharges(text).reduce((s, c) => s + c, 0), printed);
  const rest = { marks, lineRates, flags, taxLines, flagRates, stackedRate, gstClasses, gstTaxes, rateRows: signRows };
  const classes = bySum.size ? { ...rest, rates: bySum, ratesBySum: true } : byTax.size ? { ...rest, rates: byTax, ratesByTax: true } : { ...rest, rates: byLetter };
  const charges = printedBillCharges(text);
  const it = deriveItems(bill.tableItems, a.money, rates, prefix, classes, whole, charges, printedRoundings(text));
  const derived = [...a.derived, ...it.derived];
  const derivedPaths = new Set(derived.map((d) => d.path));
  const checks = moneyChecks(moneyOf(bill), bill.tableItems, (path) => !derivedPaths.has(path), prefix, printedRoundings(text), charges);
  const byLineRate = new Set(it.derived.filter((d) => d.rule.includes('the rate printed on its line')).map((d) => d.path));
  checks.push(...lineTaxChecks(it.items, lineRates, (i) => byLineRate.has(`${prefix}tableItems[${i}].taxAmount`), (r) => rateSummaryFigures(text, r), derivedPaths.has(prefix + 'taxAmount') ? null : a.money.taxAmount, prefix, charges));
  // (every line's tax from the only printed rate: their sum against the printed tax, within rounding)
  const byOnlyRate = new Set(it.derived.filter((d) => d.rule.startsWith('line tax from the only printed rate')).map((d) => d.path));
  if (rates.length === 1 && !byLineRate.size) {
    checks.push(...lineTaxChecks(it.items, it.items.map(() => rates[0]), (i) => byOnlyRate.has(`${prefix}tableItems[${i}].taxAmount`), (r) => rateSummaryFigures(text, r), derivedPaths.has(prefix + 'taxAmount') ? null : a.money.taxAmount, prefix, charges));
  }
  return { bill: { ...bill, ...a.money, tableItems: it.items }, derived, checks, undetermined: it.undetermined };
}

/**
 * Items some of which print a class letter after their price and the rest none ("SHAMPOO 89.90 G",
 * "PARACETAMOL 77.00": a Mexican pharmacy's taxed and exempt lines; "Cooking Oil 345.00 A" over
 * "VATABLE A 16%"), on a page whose prices include the tax (the lines add up to the total): each
 * item's flag ('' for none) as its class, when the one printed tax is the flagged items' share at one
 * rate (./class-rates-by-tax.ts: exactly one reading, every other item 0 %). `flags` as
 * ./item-tax-flags.ts itemTaxFlags reads them. Null otherwise.
 */
function taxedByFlag(flags: string[] | null, totals: number[], byLetter: Map<string, number>, money: MoneyFields, printed: number[]): string[] | null {
  if (!flags || new Set(flags).size !== 2 || !flags.includes('') || money.totalAmount === null) return null;
  if (Math.abs(totals.reduce((s, t) => s + t, 0) - money.totalAmount) > 0.01 * totals.length + 1e-9) return null;
  return classRatesByTax(totals, flags, byLetter, money.taxAmount, printed).size ? flags : null;
}

/**
 * The rates printed bare after each item's total ("Maito 1,29 14": ./line-rates.ts
 * itemBareLineRates), kept only where the line taxes they give add up to the printed tax and to
 * each rate's summary tax (./line-tax-sums.ts): the lines adding up to the total (prices include
 * tax) or to the net (prices exclude it). Null otherwise.
 */
function heldBareRates(items: Array<{ description: string | null; totalAmount: number | null }>, totals: number[], text: string, printed: number[], money: MoneyFields): number[] | null {
  const bare = itemBareLineRates(items, text, printed);
  if (!bare) return null;
  const sum = totals.reduce((s, t) => s + t, 0);
  const near = (v: number | null) => v !== null && Math.abs(sum - v) <= 0.01 * totals.length + 1e-9;
  const inclusive = near(money.totalAmount);
  if (!inclusive && !(near(money.netAmount) && money.netAmount !== money.totalAmount)) return null;
  return lineTaxesHold(totals, bare, inclusive, money.taxAmount, (r) => rateSummaryFigures(text, r)) ? bare : null;
}

/**
 * Derives what `formatted` (of type `type`) determines. `fields` is the extraction's evidence
 * (not altered; a marked copy is returned); `text` is the document's text (the tax rates and
 * tax words printed on it), empty when unknown.
 */
export function deriveResult(type: ProcessableType, formatted: FormattedResult, fields: Record<string, FieldEvidence>, text: string): DerivedResult {
  // (the text as extraction reads it: yen signs read as "\" or "Y" put back, ../parse/yen-sign-read.ts, and a
  // rate's line and its tax's read apart joined, ../parse/rate-tax-lines.ts)
  // (and a Turkish rate whose % sign was read as an 8, "81 112,90 1,13", put back: ../parse/sign-first-rates.ts)
  const { formatted: out, derived, checks, undetermined = [] } = DERIVERS[type](formatted, mendedSignFirstRates(joinRateTaxLines(yenSignsRead(text))));
  return { formatted: out, fields: markFields(fields, derived, undetermined), checks, derived, undetermined };
}

type Deriver = (formatted: FormattedResult, text: string) => { formatted: FormattedResult; derived: Derivation[]; checks: ArithmeticCheck[]; undetermined?: Undetermined[] };

/** The derivations of each type (a new type in schemas/document-types.ts must add its own). */
const DERIVERS: Record<ProcessableType, Deriver> = {
  receipt: (formatted, text) => {
    const receipts = (formatted as ReceiptResult).multiple_receipts;
    const many = receipts.length > 1;
    const derived: Derivation[] = [];
    const checks: ArithmeticCheck[] = [];
    const undetermined: Undetermined[] = [];
    const multiple_receipts = receipts.map((r, i) => {
      const d = deriveBill(r, text, many ? `multiple_receipts[${i}].` : '');
      derived.push(...d.derived);
      checks.push(...d.checks);
      undetermined.push(...d.undetermined);
      return d.bill;
    });
    return { formatted: { multiple_receipts }, derived, checks, undetermined };
  },
  invoice: (formatted, text) => {
    const d = deriveBill(formatted as InvoiceResult, text, '');
    return { formatted: d.bill, derived: d.derived, checks: d.checks, undetermined: d.undetermined };
  },
  bank_statement: (formatted) => {
    const d = deriveStatement(formatted as BankStatementResult);
    return { formatted: d.statement, derived: d.derived, checks: d.checks };
  },
};

/**
 * Marks printed evidence and adds one entry per derived value (confidence: the least of its
 * inputs'), and one per value left null on purpose (value null, confidence 0, its `reason`).
 */
function markFields(fields: Record<string, FieldEvidence>, derived: Derivation[], undetermined: Undetermined[] = []): Record<string, FieldEvidence> {
  const out: Record<string, FieldEvidence> = {};
  for (const [k, v] of Object.entries(fields)) out[k] = v.value === null || v.value === undefined || v.source ? v : { ...v, source: 'printed' };
  for (const d of derived) {
    const known = d.from.map((f) => out[f]?.confidence).filter((c): c is number => typeof c === 'number' && c > 0);
    const confidence = known.length ? Math.min(...known) : 0.5;
    out[d.path] = { value: d.value, confidence, source: 'derived', rule: d.rule, from: d.from };
  }
  for (const u of undetermined) if (out[u.path]?.value === null || out[u.path]?.value === undefined) out[u.path] = { value: null, confidence: 0, reason: u.reason, from: u.from };
  return out;
}
