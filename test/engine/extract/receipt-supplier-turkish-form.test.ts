/**
 * @module test/engine/extract/receipt-supplier-turkish-form
 * A Turkish company's legal form printed alone under its trading name ("SAN. VE TİC. LTD.
 * ŞTİ.", "TİC. A.Ş.", "LTD. ŞTİ.") ends that name: the supplier is both lines, never the form
 * alone (a fresh tester's Istanbul till slip came back as "SAN. VE TIC. LTD. STI.").
 */
import t from 'tap';
import { receiptSupplier } from '../../../engine/extract/receipt-supplier.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

const sup = (lines: string[]) => receiptSupplier(flattenLines(readingFromText([[...lines, 'ATATURK CAD. NO:45 USKUDAR/ISTANBUL', 'USKUDAR V.D. 1234567890', 'TARIH : 02.11.2026 SAAT :09:12', 'SU 1,5L %1 *15,00', 'SIMIT %1 *12,50', 'TOPLAM *27,50']], { kind: 'image' })))?.name ?? null;

t.test('the legal form alone on its line joins the trading name above it', async (t) => {
  for (const [trade, form] of [
    ['ANADOLU BAKKAL GIDA', 'SAN. VE TIC. LTD. STI.'],
    ['EGE KIRTASIYE', 'SAN. VE TİC. LTD. ŞTİ.'],
    ['MAVI DENIZ MARKET', 'TIC. A.S.'],
    ['KARADENIZ FIRINCILIK', 'LTD. STI.'],
  ]) {
    t.equal(sup([trade, form]), `${trade} ${form}`, form);
  }
});

t.test('a name that holds its form on one line stays as it is', async (t) => {
  t.equal(sup(['ANADOLU BAKKAL GIDA SAN. VE TIC. LTD. STI.']), 'ANADOLU BAKKAL GIDA SAN. VE TIC. LTD. STI.');
});
