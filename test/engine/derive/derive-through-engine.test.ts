/**
 * @module test/engine/derive/derive-through-engine
 * The derivation step as the pipeline runs it: a generated text-layer invoice that prints its
 * net, VAT rate and total but no discount and no line tax comes out of `extract` valid under
 * the reference's rule, with the line taxes from the only printed rate, and its printed sums
 * checked.
 */
import t from 'tap';
import { extract } from '../../../engine/index.ts';
import type { InvoiceResult } from '../../../schemas/results.ts';
import { invoiceTruth, makeInvoicePdf } from '../../helpers/make-documents.ts';

t.test('a generated invoice: derived discount and line taxes, checks pass, validation true', async (t) => {
  const truth = invoiceTruth();
  const x = await extract({ bytes: await makeInvoicePdf(), mime: 'application/pdf' }, 'invoice', { maxPages: 5, maxPixels: 40_000_000 });
  const inv = x.formatted as InvoiceResult;
  t.equal(inv.totalAmount, truth.total);
  t.equal(inv.discountAmount, 0);
  t.same(inv.tableItems.map((i) => i.taxAmount), truth.items.map((i) => Math.round(i.amount * truth.taxRate * 100) / 100));
  t.same(inv.tableItems.map((i) => i.netAmount), truth.items.map((i) => i.amount));
  t.same((x.raw.validation as { valid: boolean }).valid, true);
  const fields = x.raw.fields;
  t.equal(fields.totalAmount.source, 'printed');
  t.equal(fields.discountAmount.source, 'derived');
  t.equal(fields['tableItems[0].taxAmount'].rule, 'line tax from the only printed rate (prices exclude tax)');
  const checks = x.raw.checks as Array<{ name: string; ok: boolean }>;
  // (and the line taxes, all from the only printed rate, add up to the printed tax within rounding)
  t.same(checks.map((c) => [c.name, c.ok]), [['net_plus_tax_equals_total', true], ['items_sum_equals_net_or_total', true], ['line_taxes_sum_equals_printed_tax', true]]);
});
