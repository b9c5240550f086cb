/**
 * @module test/engine/extract/receipt-supplier-trade-and-legal
 * A receipt that prints its trade name over its legal entity ("Cafe de Jaren" over "De Jaren
 * Horeca B.V."): the legal entity alone comes back, whether the lines stand apart (a legal name
 * opening with a capitalised particle is whole, no continuation of the line above) or OCR read
 * them as one line.
 */
import t from 'tap';
import { receiptSupplier } from '../../../engine/extract/receipt-supplier.ts';
import { legalEntityAfterTradeName } from '../../../engine/extract/particle-name.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

const sup = (lines: string[]) => receiptSupplier(flattenLines(readingFromText([[...lines, 'Nieuwe Doelenstraat 20, 1012 CP Amsterdam', 'Bonnr 867343', '28-06-2026 09:53', 'Koffie 21,90 A', 'Tosti 20,78 B', '', 'Totaal 42,68', ...Array(10).fill('')]], { kind: 'image' })))?.name ?? null;

t.test('a legal name opening with a capitalised particle under the trade name comes back alone', async (t) => {
  t.equal(sup(['Cafe de Linde', 'De Linde Horeca B.V.']), 'De Linde Horeca B.V.');
  t.equal(sup(['Bakkerij van Dam', 'Van Dam Brood B.V.']), 'Van Dam Brood B.V.');
  t.equal(sup(['Panaderia', 'de Oro S.L.']), 'Panaderia de Oro S.L.', 'a lower-case particle still continues the line above');
});

t.test('a trade name and the legal entity read as one line: the legal entity', async (t) => {
  t.equal(sup(['Cafe de Linde De Linde Horeca B.V.']), 'De Linde Horeca B.V.');
  t.equal(sup(['Harbour Bites Cafe Harbour Bites Pty Ltd']), 'Harbour Bites Pty Ltd');
  for (const name of ['Smith & Smith Ltd', 'Jansen Jansen B.V.', 'Royal Bank Holdings Ltd']) t.equal(legalEntityAfterTradeName(name), name, `${name} is one name`);
});
