/**
 * @module engine/einvoice/einvoice-result
 * An e-invoice's EN 16931 terms (./einvoice-model.ts) as the reference's invoice result, with
 * every field's evidence (`source: 'einvoice'`, the business term, confidence 1) and the
 * checks EN 16931 makes between the XML's own amounts.
 *
 * Mapping: supplierName BT-27, customerName BT-44, documentId BT-1, orderNumber BT-13, date
 * BT-2, dueDate BT-9, currencyCode BT-5, netAmount BT-109, taxAmount BT-110, totalAmount BT-112,
 * discountAmount BT-107 (0 when the XML states no document allowance); each line: description
 * BT-153, quantity BT-129, unitPrice BT-146, netAmount BT-131, discountAmount the line's
 * allowances BT-136 (0 when none). EN 16931 has no line VAT amount, so a line's taxAmount is
 * derived from its rate BT-152 (line net x rate, to the cent) and its totalAmount is line net +
 * line tax, both marked `derived`.
 *
 * Credit notes: EN 16931 states a credit note's amounts positive; here every amount of a
 * credit note (totals, tax, discounts, line amounts) is negated, so money owed back reads as
 * negative numbers, as the reference's plain JSON numbers allow. Quantities and unit prices
 * keep the XML's sign (a price is never negative, BR-27). Pure.
 */
import type { InvoiceItem, InvoiceResult } from '../../schemas/results.ts';
import type { FieldEvidence } from '../types.ts';
import { cents, sameCents, type ArithmeticCheck, type DerivationRule } from '../derive/provenance.ts';
import type { EInvoice } from './einvoice-model.ts';

export interface EInvoiceResult {
  formatted: InvoiceResult;
  fields: Record<string, FieldEvidence>;
  /** BR-CO-15 (net + tax = total) and BR-CO-10 (line nets add up to BT-106), when the XML states their inputs. */
  checks: ArithmeticCheck[];
}

/** `v` negated for a credit note, never -0. */
const signed = (v: number | null, credit: boolean): number | null => (v === null ? null : credit && v !== 0 ? -v : v);

/** Maps `inv` (see the module comment). */
export function einvoiceResult(inv: EInvoice): EInvoiceResult {
  const credit = inv.creditNote;
  const fields: Record<string, FieldEvidence> = {};
  const term = (path: string, value: unknown, bt: string) => {
    fields[path] = { value, confidence: value === null ? 0 : 1, source: 'einvoice', term: bt };
    return value;
  };
  const derive = (path: string, value: number, rule: DerivationRule, from: string[]) => {
    fields[path] = { value, confidence: 1, source: 'derived', rule, from };
    return value;
  };
  const money = (path: string, v: number | null, bt: string) => term(path, signed(v, credit), bt) as number | null;

  const tableItems: InvoiceItem[] = inv.lines.map((l, i) => {
    const p = `tableItems[${i}].`;
    const net = money(`${p}netAmount`, l.netAmount, 'BT-131');
    const rate = l.vatRate;
    const tax = net !== null && rate !== null
      ? derive(`${p}taxAmount`, cents((net * rate) / 100), 'line tax = line net x line VAT rate (e-invoice)', [`${p}netAmount`, `${p}vatRate`])
      : null;
    if (rate !== null) term(`${p}vatRate`, rate, 'BT-152');
    const total = net !== null && tax !== null ? derive(`${p}totalAmount`, cents(net + tax), 'line total = line net + line tax (e-invoice)', [`${p}netAmount`, `${p}taxAmount`]) : null;
    const discount = l.allowances === null ? derive(`${p}discountAmount`, 0, 'no discount printed', []) : money(`${p}discountAmount`, l.allowances, 'BT-136');
    return {
      quantity: term(`${p}quantity`, l.quantity, 'BT-129') as number | null,
      description: term(`${p}description`, l.name, 'BT-153') as string | null,
      totalAmount: total,
      unitPrice: term(`${p}unitPrice`, l.unitPrice, 'BT-146') as number | null,
      taxAmount: tax,
      netAmount: net,
      discountAmount: discount,
    };
  });

  const formatted: InvoiceResult = {
    supplierName: term('supplierName', inv.supplierName, 'BT-27') as string | null,
    customerName: term('customerName', inv.customerName, 'BT-44') as string | null,
    documentId: term('documentId', inv.documentId, 'BT-1') as string | null,
    orderNumber: term('orderNumber', inv.orderNumber, 'BT-13') as string | null,
    date: term('date', inv.issueDate, 'BT-2') as string | null,
    dueDate: term('dueDate', inv.dueDate, 'BT-9') as string | null,
    currencyCode: term('currencyCode', inv.currency, 'BT-5') as string | null,
    totalAmount: money('totalAmount', inv.grandTotal, 'BT-112'),
    taxAmount: money('taxAmount', inv.taxTotal, 'BT-110'),
    netAmount: money('netAmount', inv.taxExclusive, 'BT-109'),
    discountAmount: inv.allowanceTotal === null ? derive('discountAmount', 0, 'no discount printed', []) : money('discountAmount', inv.allowanceTotal, 'BT-107'),
    tableItems,
  };
  return { formatted, fields, checks: xmlChecks(inv) };
}

/** The EN 16931 business rules between the XML's own amounts (as stated, before any negation). */
function xmlChecks(inv: EInvoice): ArithmeticCheck[] {
  const checks: ArithmeticCheck[] = [];
  if (inv.taxExclusive !== null && inv.grandTotal !== null) {
    const expected = cents(inv.taxExclusive + (inv.taxTotal ?? 0));
    checks.push({
      name: 'net_plus_tax_equals_total', ok: sameCents(expected, inv.grandTotal), expected, actual: inv.grandTotal,
      inputs: ['netAmount', 'taxAmount', 'totalAmount'], detail: 'e-invoice XML: BT-109 + BT-110 = BT-112 (BR-CO-15)',
    });
  }
  const nets = inv.lines.map((l) => l.netAmount);
  if (inv.lineTotal !== null && nets.length && nets.every((v) => v !== null)) {
    const expected = cents(nets.reduce((s, v) => s! + v!, 0)!);
    checks.push({
      name: 'lines_sum_equals_line_total', ok: sameCents(expected, inv.lineTotal), expected, actual: inv.lineTotal,
      inputs: ['tableItems[*].netAmount'], detail: 'e-invoice XML: sum of BT-131 = BT-106 (BR-CO-10)',
    });
  }
  return checks;
}
