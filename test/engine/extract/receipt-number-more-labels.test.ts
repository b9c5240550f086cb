/**
 * @module test/engine/extract/receipt-number-more-labels
 * Receipt numbers under labels a fourteenth tester's tills printed: Slovene and Croatian "Št.
 * računa" (številka abbreviated before the noun), Latvian "Rēķins Nr." and "Rēķina Nr.", Greek
 * "Arithmos Apodeixis" / "Ar. Apodeixis" (the receipt's number) in Latin letters and in Greek
 * script, with their marked letters as printed and as a plain font or a scan drops them.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('a receipt number after a Slovene, Croatian, Latvian or Greek label', async (t) => {
  for (const [label, id] of [
    ['Št. računa: 391151', '391151'], ['St. racuna 391151', '391151'], ['Rēķins Nr. 916807', '916807'], ['Rekina Nr. 916807', '916807'],
    ['Arithmos Apodeixis: 684495', '684495'], ['ARITHMOS APODEIXIS 684495', '684495'], ['Ar. Apodeixis: 684495', '684495'], ['Αρ. Απόδειξης: 684495', '684495'],
  ] as const) {
    for (const kind of ['pdf', 'image'] as const) {
      const lines = ['KAVARNA CENTRAL', 'Glavna ulica 12', label, '12.05.2025 12:30', 'Kava 2 x 1,50 3,00 A', 'UKUPNO EUR 3,00', 'Kartica 3,00'];
      t.equal(extractReceipt(readingFromText([lines], { kind })).formatted.multiple_receipts[0].documentId, id, `${label} (${kind})`);
    }
  }
});

t.test('a Malaysian "Resit No" and a webshop confirmation\'s order number (a fifteenth tester\'s)', async (t) => {
  for (const [label, id] of [['Resit No: KSM-55120', 'KSM-55120'], ['No. Resit 88120', '88120'], ['Bestelnummer: WS-2025-118734', 'WS-2025-118734'], ['Order number: 112-8841', '112-8841']] as const) {
    const lines = ['KOPITIAM SRI SDN BHD', 'Jalan Hang Jebat 5', label, '12.05.2025 12:30', 'Kopi O 2 x 1,50 3,00', 'TOTAL 3,00', 'Tunai 3,00'];
    t.equal(extractReceipt(readingFromText([lines])).formatted.multiple_receipts[0].documentId, id, label);
  }
});

t.test('an Icelandic slip: its receipt number after "Kvittun nr.", its items ended by "SAMTALS" (a fifteenth tester\'s cafe slip had neither)', async (t) => {
  const slip = ['KAFFIHUSID EHF.', 'VSK nr. 123456', '30.08.2025 14:14', 'Kvittun nr. 55821', '2 Kaffi latte 1.580 B', 'Bjor Gull 33cl 1.490 A', 'SAMTALS KR. 3.070', 'Greidslukort 3.070'];
  const r = extractReceipt(readingFromText([slip], { kind: 'image' })).formatted.multiple_receipts[0];
  t.equal(r.documentId, '55821');
  t.same(r.tableItems.map((i) => [i.description, i.totalAmount]), [['Kaffi latte', 1580], ['Bjor Gull 33cl', 1490]]);
  t.equal(r.totalAmount, 3070);
});

t.test('a Spanish "Factura simpl. Nº" (a sixteenth tester\'s)', async (t) => {
  const lines = ['CAFETERIA EL SOL', 'Calle Mayor 3, Madrid', 'Factura simpl. Nº 42654', '12.05.2025 12:30', 'Cafe con leche 1,80', 'TOTAL 1,80', 'Efectivo 2,00'];
  t.equal(extractReceipt(readingFromText([lines])).formatted.multiple_receipts[0].documentId, '42654');
});
