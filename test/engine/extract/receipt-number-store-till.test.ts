/**
 * @module test/engine/extract/receipt-number-store-till
 * A store's, till's or terminal's own number ("Store #0217", "Filiale 0217", "Shop No. 12",
 * "Kasse 3", "Till 4", "Terminal 12345678", "Caisse 02") is never the receipt's
 * (engine/extract/till-id.ts): after a receipt label the number that follows it is the receipt's
 * ("TICKET CAISSE 02 N° 4711"); under a receipt's title it is skipped for a better labelled
 * number ("Trans #48213"), and alone on the slip it leaves the number unknown rather than a store's.
 * A number labelled as the receipt's ("Bon 0217") stays the receipt's.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const documentId = (rows: string[], kind: 'pdf' | 'image') => extractReceipt(readingFromText([[
  'CAFE CENTRAL', 'Main Street 12', '12/05/2025 12:30', ...rows, 'Cafe 12.00', 'TOTAL 12.00', 'CASH 20.00', 'CHANGE 8.00',
]], { kind })).formatted.multiple_receipts[0].documentId;

t.test("a store's or till's number is skipped for the receipt's", async (t) => {
  for (const [rows, want] of [
    [['TICKET CAISSE 02 N° 4711'], '4711'],
    [['RECEIPT', 'Store #0217', 'Trans #48213'], '48213'],
    [['TICKET DE CAISSE', 'Caisse 02  Ticket 4711'], '4711'],
    [['Shop No. 12', 'Bill No: 4711'], '4711'],
    [['Filiale 0217 Kasse 3 Beleg 4711'], '4711'],
  ] as const) for (const kind of ['pdf', 'image'] as const) t.equal(documentId([...rows], kind), want, `${rows.join(' / ')} (${kind})`);
});

t.test("a store's or till's number alone leaves the receipt number unknown", async (t) => {
  for (const rows of [
    ['SALES RECEIPT', 'Store #0217'], ['RECEIPT', 'Store 0217 Till 4'], ['TAX INVOICE', 'Shop No. 12'], ['KASSENBON', 'Filiale 0217'],
    ['TICKET', 'Caisse 02'], ['Receipt No', 'Shop No. 12'], ['Bill No: Shop 12'], ['Beleg Kasse 3'], ['Receipt Store #0217'],
    ['Store #0217'], ['Terminal 12345678'], ['RECEIPT', 'Terminal ID: 12345678'],
  ]) for (const kind of ['pdf', 'image'] as const) t.equal(documentId(rows, kind), null, `${rows.join(' / ')} (${kind})`);
});

t.test('a number labelled as the receipt stays the receipt number', async (t) => {
  t.equal(documentId(['Bon 0217'], 'image'), '0217');
  t.equal(documentId(['Receipt: POS01-48213'], 'image'), 'POS01-48213');
});
