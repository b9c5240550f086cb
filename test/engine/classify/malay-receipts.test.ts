/**
 * @module test/engine/classify/malay-receipts
 * A Malaysian till slip in Malay ("No. Resit", "JUMLAH", "Tunai") photographed on a wide page is a
 * receipt by its words and its total, not an invoice by its layout.
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('a Malay till slip on a wide page is a receipt (a sixteenth tester\'s was called an invoice: "JUMLAH" was no total word)', async (t) => {
  const slip = ['Kedai Runcit Bestari', 'Jalan Besar 12', 'No. Resit 55891', '27/09/2026 09:12', 'Roti 8.80', 'Air 1,5L 4.25', 'Gula 8.45',
    'Jumlah kecil 21.50', 'SST 6% 1.29', 'JUMLAH MYR 22.79', 'Tunai 25.00', 'Baki 2.21'];
  const c = classifyOffline(readingFromText([slip], { kind: 'image', width: 1100 }));
  t.equal(c.type, 'receipt', c.reason);
});
