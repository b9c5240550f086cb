/**
 * @module test/engine/extract/tax-rows-two-rates
 * Documents with a tax row per rate whose sum is the tax (a twelfth tester's):
 * - a till's row whose % sign a scan read as a digit ("BTW 92 4,40" for 9 %) beside one that
 *   prints its own ("BTW 21% 6,79"): still one row per rate, summed;
 * - an invoice printing each rate's base in brackets on its VAT row ("VAT 23% (16 407,60)
 *   3 773,75"), one class below zero under a document discount ("VAT 8% (-442,57) -35,41"): the
 *   bracketed figure is the base, not a negative, and the rows add up to net and tax;
 * - one row's tax misread in one digit ("IVA 10% 944.57" for 944.87), the net and total
 *   printed: the sums put it right when they decide it alone, never when the net is the misread
 *   figure (../../../engine/extract/tax-row-digit.ts).
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { misreadRate } from '../../../engine/extract/tax-rate.ts';
import { taxWithOneRowRepaired } from '../../../engine/extract/tax-row-digit.ts';
import { readingFromText } from '../reading-from-text.ts';

const TILL = ['BROODJESZAAK DE HOEK', 'Markt 7, Utrecht', '01-01-2024 11:42', 'Appeltaart 53,30 A', 'Uitsmijter 39,10 B', 'TOTAAL 92,40'];

t.test('a rate row whose % was read as a digit is still one row of the sum', async (t) => {
  for (const misread of ['BTW 92 4,40', 'BTW 98 4,40', 'BTW 9& 4,40']) {
    for (const kind of ['pdf', 'image'] as const) {
      const r = extractReceipt(readingFromText([[...TILL, misread, 'BTW 21% 6,79', 'PIN 92,40']], { kind })).formatted.multiple_receipts[0];
      t.same([r.totalAmount, r.taxAmount], [92.4, 11.19], `${misread} (${kind})`);
    }
  }
  t.equal(misreadRate('BTW 92 4,40'), 0.09);
  t.equal(misreadRate('IVA 108 1,20'), 0.1);
  // (a quantity, a date or a line with two figures is no rate)
  t.equal(misreadRate('BTW 92 4,40 48,80'), null);
  t.equal(misreadRate('Broodje 2 4,40'), null);
  t.equal(misreadRate('BTW 21% 6,79'), null);
});

const INVOICE = [
  'Drukarnia Wisla Sp. z o.o.', 'ul. Piotrkowska 88, 90-103 Lodz', 'NIP: 7251234567', 'Nabywca:', 'Clinica Dental Sonrisa S.L.', 'FAKTURA VAT', 'Nr faktury: 2026-7617',
  'Data wystawienia: 2026-09-06', 'Termin platnosci: 2026-09-29',
  'Nazwa towaru lub uslugi Ilosc Cena netto VAT Wartosc netto',
  'Druk offsetowy ulotek 8 934,51 23% 7 476,08', 'Projekt graficzny 12 390,86 23% 4 690,32', 'Ksiazka poradnik 2 198,85 8% 397,70', 'Transport 8 530,15 23% 4 241,20',
  'Rabat 5% -840,27', 'Razem netto 15 965,03',
];

t.test('a base in brackets on a VAT row is the base, and the rows add up to the net and the tax', async (t) => {
  for (const kind of ['pdf', 'image'] as const) {
    const x = extractInvoice(readingFromText([[...INVOICE, 'VAT 8% (-442,57) -35,41', 'VAT 23% (16 407,60) 3 773,75', 'Do zaplaty 19 703,37 PLN']], { kind })).formatted;
    t.same([x.totalAmount, x.netAmount, x.taxAmount], [19703.37, 15965.03, 3738.34], kind);
  }
});

const ES = [
  'Construcciones Albaicin S.L.', 'Calle Real 4, Granada', 'CIF: B18123456', 'Cliente:', 'Clinica Dental Sonrisa S.L.', 'FACTURA', 'N de factura: F.2025-4982', 'Fecha de emision 15/06/2025',
  'Concepto Cant. Precio IVA Importe', 'Reforma integral 9 1.121,90 21% 10.097,10', 'Mano de obra 12 787,39 10% 9.448,68', 'Transporte 2 1.365,68 21% 2.731,36',
];

t.test('one rate row misread in one digit: the printed net and total put it right', async (t) => {
  for (const kind of ['pdf', 'image'] as const) {
    const x = extractInvoice(readingFromText([[...ES, 'Base imponible 22.277,14', 'IVA 10% 944,57', 'IVA 21% 2.693,98', 'Total factura 25.915,99 EUR']], { kind })).formatted;
    t.same([x.totalAmount, x.netAmount, x.taxAmount], [25915.99, 22277.14, 3638.85], kind);
  }
  // the sums decide it alone: a one-digit change of one row only, at its rate of its base
  t.equal(taxWithOneRowRepaired([{ tax: 944.57, rate: 0.1 }, { tax: 2693.98, rate: 0.21 }], 22277.14, 25915.99), 3638.85);
  // a net misread in one digit (22277.44 for 22277.14) is no row misread: the rows' bases say so
  t.equal(taxWithOneRowRepaired([{ tax: 944.87, rate: 0.1 }, { tax: 2693.98, rate: 0.21 }], 22277.44, 25915.99), null);
  // rows that already add up, or a difference no one digit of a row explains
  t.equal(taxWithOneRowRepaired([{ tax: 944.87, rate: 0.1 }, { tax: 2693.98, rate: 0.21 }], 22277.14, 25915.99), null);
  t.equal(taxWithOneRowRepaired([{ tax: 944.87, rate: 0.1 }, { tax: 2693.98, rate: 0.21 }], 22277.14, 25925.21), null);
});
