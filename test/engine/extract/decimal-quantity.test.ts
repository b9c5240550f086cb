/**
 * @module test/engine/extract/decimal-quantity
 * A quantity with decimals times a unit price, the line total their product: hours, days or a
 * measure billed by the unit ("Konsulttimmar 7,5 h x 620,00 4 650,00", "Beratung 4.5 × 210.00
 * 945.00", "Montage 4,50 Std. x 85,00 € 382,50", "Montage 2,5 x 85,00 €/h 212,50"). The figure
 * the unit word follows is the quantity, the one with a currency or a per-unit sign the unit
 * price; with neither, a figure printed to the tenth (or the thousandth) is a measure and a
 * figure printed to the cent a price. Before, a fresh tester's Swedish and Swiss invoices came
 * back with 620 hours at 7,50 and 210 hours at 4.50.
 */
import t from 'tap';
import { decimalQuantity, unitMarksQuantity } from '../../../engine/extract/decimal-quantity.ts';
import { quantityFirst } from '../../../engine/extract/quantity-first.ts';
import { extractOffline } from '../../../engine/extract/extract-offline.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { InvoiceResult, ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

type Row = [string | null, number | null, number | null, number | null];
const rows = (items: { description: string | null; quantity: number | null; unitPrice: number | null; totalAmount: number | null }[]): Row[] =>
  items.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);
const invoiceItems = (lines: string[]) => {
  const x = extractOffline(readingFromText([lines]), 'invoice');
  return rows((deriveResult('invoice', x.formatted, x.fields, lines.join('\n')).formatted as InvoiceResult).tableItems);
};
const receiptItems = (lines: string[]) => {
  const x = extractOffline(readingFromText([lines], { kind: 'image' }), 'receipt');
  return rows((deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0].tableItems);
};

t.test('the clause: quantity with decimals, its unit or not, a times sign, the unit price', async (t) => {
  const amt = (value: number) => ({ value, decimals: 2 });
  t.match(decimalQuantity('Konsulttimmar 7,5 h x 620,00 ', amt(4650)), { quantity: 7.5, unitPrice: 620, start: 14 });
  t.match(decimalQuantity('Beratung 4.5 × 210.00 ', amt(945)), { quantity: 4.5, unitPrice: 210 });
  t.match(decimalQuantity('Montage 4,50 Std. x 85,00 € ', amt(382.5)), { quantity: 4.5, unitPrice: 85 });
  t.match(decimalQuantity('Montage 2,5 x 85,00 €/h ', amt(212.5)), { quantity: 2.5, unitPrice: 85 });
  t.match(decimalQuantity('Design 12.5 hrs @ 80.00 ', amt(1000)), { quantity: 12.5, unitPrice: 80 });
  t.match(decimalQuantity('Beratung 12,5 h x 1.250,00 ', amt(15625)), { quantity: 12.5, unitPrice: 1250 }, 'a unit price grouped in thousands');
  t.equal(decimalQuantity('Konsulttimmar 7,5 h x 620,00 ', amt(4600)), null, 'the product must make the amount');
  t.equal(decimalQuantity('Teil 4,50 x 210,00 ', amt(945)), null, 'two figures to the cent and no unit: the layout does not tell');
  t.match(decimalQuantity('7,5 h x 620,00', null), { quantity: 7.5, unitPrice: 620 }, 'alone on its line, the amount on the next');
});

t.test('which figure a unit word or a price sign marks', async (t) => {
  const fig = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const a = 'Arbeitszeit 1,50 Std 65,00 97,50';
  t.equal(unitMarksQuantity(a, fig(a, '1,50'), fig(a, '65,00')), true);
  t.equal(unitMarksQuantity(a, fig(a, '65,00'), fig(a, '1,50')), false);
  const b = 'Stundensatz 85,00 €/h 2,50 212,50';
  t.equal(unitMarksQuantity(b, fig(b, '85,00'), fig(b, '2,50')), false, 'the per-unit sign marks the price');
  const c = 'Teil 4,50 210,00 945,00';
  t.equal(unitMarksQuantity(c, fig(c, '4,50'), fig(c, '210,00')), null);
  t.equal(quantityFirst({ value: 7.5, decimals: 1 }, { value: 620, decimals: 2 }), true, 'a figure to the tenth is a measure, no price');
  t.equal(quantityFirst({ value: 620, decimals: 2 }, { value: 7.5, decimals: 1 }), false);
});

t.test('invoices billing hours with decimals', async (t) => {
  t.same(invoiceItems(['Konsultbyrån Norr AB', 'Storgatan 12, 903 26 Umeå', 'FAKTURA', 'Fakturanummer: 2024-117', 'Fakturadatum: 2024-03-14',
    'Konsulttimmar 7,5 h x 620,00             4 650,00', 'Resekostnad                            350,00', 'Summa exkl. moms 5 000,00', 'Moms 25% 1 250,00', 'Att betala SEK 6 250,00']),
  [['Konsulttimmar', 7.5, 620, 4650], ['Resekostnad', 1, 350, 350]], 'Swedish');
  t.same(invoiceItems(['Muster Treuhand AG', 'Bahnhofstrasse 5, 8001 Zürich', 'Rechnung Nr. 4711', 'Datum: 12.03.2024', 'Beratung 4.5 × 210.00 945.00', 'Spesen 55.00',
    'Total exkl. MWST CHF 1000.00', 'MWST 8.1% 81.00', 'Total CHF 1081.00']), [['Beratung', 4.5, 210, 945], ['Spesen', 1, 55, 55]], 'Swiss, no unit word');
  t.same(invoiceItems(['Elektro Maier GmbH', 'Ringstr. 4, 80331 München', 'Rechnung Nr. 2024-56', 'Datum: 12.03.2024', 'Montage 4,50 Std. x 85,00 € 382,50',
    'Arbeitszeit Geselle 1,50 Std 65,00 97,50', 'Anfahrt 2,5 x 30,00 €/h 75,00', 'Nettobetrag 555,00', 'MwSt 19% 105,45', 'Gesamtbetrag EUR 660,45']),
  [['Montage', 4.5, 85, 382.5], ['Arbeitszeit Geselle', 1.5, 65, 97.5], ['Anfahrt', 2.5, 30, 75]], 'German: Std., no times sign, a price per hour');
  t.same(invoiceItems(['Acme Consulting Ltd', '1 High Street, London', 'Invoice No: INV-009', 'Date: 14/03/2024', 'Design work 12.5 hrs @ 80.00 1,000.00', 'Hosting 2 x 15.00 30.00',
    'Subtotal 1,030.00', 'VAT 20% 206.00', 'Total GBP 1,236.00']), [['Design work', 12.5, 80, 1000], ['Hosting', 2, 15, 30]], 'English, an at sign');
  t.same(invoiceItems(['Studio Rossi S.r.l.', 'Via Roma 1, Milano', 'Fattura n. 12/2024', 'Data: 14/03/2024', 'Consulenza 3,5 ore x 70,00 245,00', 'Imponibile 245,00', 'IVA 22% 53,90',
    'Totale 298,90']), [['Consulenza', 3.5, 70, 245]], 'Italian ore');
  t.same(invoiceItems(['Firma Usługowa Sp. z o.o.', 'ul. Długa 5, Warszawa', 'Faktura nr FV/12/2024', 'Data wystawienia: 14.03.2024', 'Usługa serwisowa 2,5 godz. x 120,00 300,00',
    'Razem netto 300,00', 'VAT 23% 69,00', 'Razem brutto 369,00']), [['Usługa serwisowa', 2.5, 120, 300]], 'Polish godz.');
  t.same(invoiceItems(['Conseil Dupont SARL', '12 rue de la Paix, 75002 Paris', 'Facture N° F-2024-33', 'Date : 14/03/2024', 'Prestation conseil 0,5 jour x 800,00 400,00',
    'Total HT 400,00', 'TVA 20% 80,00', 'Total TTC 480,00']), [['Prestation conseil', 0.5, 800, 400]], 'French, half a day');
});

t.test('receipts: a timed row, and weighed rows as before', async (t) => {
  t.same(receiptItems(['Café Zentral', 'Zürich', '12.03.2024 14:02', 'Espresso 2 x 4.50 9.00', 'Beratung 4.5 × 210.00 945.00', 'Total CHF 954.00']),
    [['Espresso', 2, 4.5, 9], ['Beratung', 4.5, 210, 945]]);
  // (already read so before this change: kept as the brief's weighed examples)
  t.same(receiptItems(['REWE Markt GmbH', 'Hauptstr. 3, 50667 Köln', 'Datum 12.03.2024 10:15', 'BANANEN', '0,512 kg x 3,49 €/kg 1,79', 'MILCH 1,19', 'SUMME EUR 2,98']),
    [['BANANEN', 0.512, 3.49, 1.79], ['MILCH', 1, 1.19, 1.19]]);
  t.same(receiptItems(['Fresh Market', 'Main St', '03/14/2024', 'BANANAS 2.35 lb @ 0.69 /lb 1.62', 'MILK 3.49', 'TOTAL 5.11']), [['BANANAS', 2.35, 0.69, 1.62], ['MILK', 1, 3.49, 3.49]], 'pounds');
});

t.test('a currency sign opening the next figure marks no price', async (t) => {
  const a = '$7.10 1 $7.10';
  t.equal(unitMarksQuantity(a, { start: 1, end: 5 }, { start: 6, end: 7 }), null);
  t.same(receiptItems(['UNIHAKKA INTERNATIONAL SDN BHD', '02 Apr 2018 18:31', 'Item Qty Total', 'SR I0010000035-1 Meat+3Vege', '$7.10 1 $7.10', 'SR I010000015-Vegetable', '$1.10 1 $1.10',
    'Total Amount: $8.20']).map((r) => r.slice(1)), [[1, 7.1, 7.1], [1, 1.1, 1.1]]);
});
