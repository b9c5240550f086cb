/**
 * @module test/engine/extract/receipt-supplier-title-word
 * A till slip's title in the languages served ("NYUGTA", "KVITTO", "KUITTI", "ÚČTENKA",
 * "RICEVUTA", "BON FISCAL", "BOLETA") is never the shop, wherever it stands in the header: a
 * breaker's Hungarian receipts returned "NYUGTA", printed under the company and its address.
 */
import t from 'tap';
import { receiptSupplier } from '../../../engine/extract/receipt-supplier.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

const sup = (lines: string[]) => receiptSupplier(flattenLines(readingFromText([lines], { kind: 'image' })))?.name ?? null;

t.test('the slip\'s title under the company and its address is not the supplier', async (t) => {
  for (const title of ['NYUGTA', 'KVITTO', 'KUITTI', 'ÚČTENKA', 'RICEVUTA', 'BON FISCAL', 'BOLETA', 'TALÃO']) {
    t.equal(sup(['Kovacs Pekseg Kft.', 'Budapest, Fo utca 12.', title, '2026.03.14 10:22', 'Kifli 2 x 60 120', 'OSSZESEN 1 240 Ft']), 'Kovacs Pekseg Kft.', title);
  }
});
