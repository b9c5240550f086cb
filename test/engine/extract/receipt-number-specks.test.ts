/**
 * @module test/engine/extract/receipt-number-specks
 * A receipt number after its label with a scan's speck between them: a quote before the number
 * sign ("Ticket 'n° 000318"), a lone small letter before the digits ("Extrato No. c 007731"), a
 * label OCR split in two ("Ext rato No. 007731"), a lone digit before a dashed number ("Beleg Nr. 2
 * 2026-120045"), the č of "č." read as "?"; and the labels as printed ("Beleg Nr.
 * 2026-120045", "Účtenka č. 2026/2210").
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

function id(head: string[]) {
  const lines = [...head, '2 Produto teste 1,20 2,40', 'TOTAL 2,40'];
  return extractReceipt(readingFromText([lines], { kind: 'image' })).formatted.multiple_receipts[0].documentId;
}

t.test('a speck between the label and the number is no part of it', async (t) => {
  t.equal(id(['BOULANGERIE DUVAL', 'Boulangerie Duval SARL', '4 rue Oberkampf 75011 Paris', "Ticket 'n° 000318 Caisse 2", 'Le 02/10/2026 a 07:55']), '000318');
  t.equal(id(['PADARIA ESTRELA LTDA', 'Rua Bahia, 45 - Centro', 'CNPJ: 22.333.444/0001-55', 'CUPOM FISCAL ELETRONICO - SAT', 'Extrato No. c 007731']), '007731');
  t.equal(id(['PADARIA ESTRELA LTDA', 'Rua Bahia, 45 - Centro', 'CNPJ: 22.333.444/0001-55', 'CUPOM FISCAL ELETRONICO - SAT', 'Ext rato No. c 007731']), '007731');
});

t.test('a lone digit before a dashed or slashed number, a question mark for the č', async (t) => {
  t.equal(id(['Velo Huber AG', 'Seestrasse 8, 8002 Zurich', 'Beleg Nr. 2 2026-120045', 'Datum 02.10.2026 Zeit 10:15 Kasse 2']), '2026-120045');
  t.equal(id(['Pekarna Dvorak s.r.o.', 'Hlavni 8, Brno', 'Uctenka ?. 2 2026/2210', 'Datum: 02.10.2026 10:15']), '2026/2210');
});

t.test('the labels as printed', async (t) => {
  t.equal(id(['Velo Huber AG', 'Seestrasse 8, 8002 Zürich', 'Beleg Nr. 2026-120045', '02.10.2026 10:15']), '2026-120045');
  t.equal(id(['Pekárna Dvořák s.r.o.', 'Hlavní 8, Brno', 'Účtenka č. 2026/2210', '02.10.2026 10:15']), '2026/2210');
});
