/**
 * @module test/engine/extract/till-receipt-number
 * A European till's receipt number is its documentId: Bon-Nr. (DE), Ticket / N° ticket (FR),
 * factura simplificada Nº (ES), fatura simplificada with its series (PT), documento n. (IT),
 * Bonnummer (NL), nr wydr. / numer paragonu (PL). Never the till's own number beside it.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A till roll as bench/lib/synth/till.ts prints one, with `numberLine` under its tax table. */
function till(numberLine: string, header: string[] = []): string[] {
  return ['SUPERMARKT LINDE GMBH', 'Hauptstr. 3', '10115 Berlin', ...header, 'BUTTER 2,92 A', 'KAFFEE 3,99 A', '--------------------------------',
    'SUMME 6,91', 'BAR 10,00', 'RUECKGELD 3,09', 'A= 7,0% 6,46 0,45 6,91', '14.05.2025 19:27', numberLine, 'Vielen Dank'];
}

t.test('the receipt number after each language\'s label is the documentId', async (t) => {
  const cases: Array<[string, string, string[]?]> = [
    ['Bon-Nr. 2926   Kasse 2', '2926'],
    ['Ticket 1397   Caisse 6', '1397'],
    ['N° ticket : 0412', '0412'],
    ['FACTURA SIMPLIFICADA Nº 4355   Caja 2', '4355'],
    ['FATURA SIMPLIFICADA FS 4346   Caixa 1', 'FS 4346'],
    ['DOCUMENTO N. 4099   Cassa 5', '4099'],
    ['CUPOM / RECEIPT N. 004512', '004512'],
    ['Bonnummer 4906   Kassa 4', '4906'],
    ['Numer paragonu: 731', '731'],
    ['Thank you', '2656', ['2023-12-23 18:15 Nr wydr. 2656', 'PARAGON FISKALNY']],
  ];
  for (const [line, want, header] of cases) {
    const r = extractReceipt(readingFromText([till(line, header)], { kind: 'pdf', width: 227 })).formatted.multiple_receipts[0];
    t.equal(r.documentId, want, line);
  }
});

t.test('a till without a receipt number has none', async (t) => {
  const r = extractReceipt(readingFromText([till('Kasse 2')], { kind: 'pdf', width: 227 })).formatted.multiple_receipts[0];
  t.equal(r.documentId, null);
});

t.test('read from a scan: the ordinal sign read as a nine ("N9", "n.9") and a speck between the label\'s words ("FACTURA·SIMPLIFICADA") still lead to the number', async (t) => {
  const cases: Array<[string, string]> = [
    ['FACTURA SIMPLIFICADA N9 6693 Caja 2', '6693'],
    ['FACTURA·SIMPLIFiCADA N9 7505: Caja 3', '7505'],
    ['FATURA SIMPLIFICADA n.9 FS 4346', 'FS 4346'],
    ['FACTURA SIMPLIFICADA N97948 Caja. 3', '7948'],
    ['FACTURA SIMPLIFICADA N°7948 Caja 3', '7948'],
    ['DOCUMENTO. N.5893 CaSSa 3', '5893'],
  ];
  for (const [line, want] of cases) {
    const r = extractReceipt(readingFromText([till(line)], { kind: 'image', width: 227 })).formatted.multiple_receipts[0];
    t.equal(r.documentId, want, line);
  }
});

t.test('the receipt numbers tills and e-receipts print in the languages served, the longer label first on a line; an order or transaction number only when no receipt number is printed', async (t) => {
  const id = (lines: string[]) => extractReceipt(readingFromText([['NORTH CAFE', ...lines, 'Date: 14/03/2024', 'Tea 2.00', 'Cake 3.00', 'Total 5.00']], { kind: 'pdf' })).formatted.multiple_receipts[0].documentId;
  for (const label of ['Check #4711', 'Folio 4711', 'Beleg-Nr. 4711', 'Bon 4711', 'Quittung 4711', 'Scontrino n. 4711', 'Cupom 4711', 'Paragon fiskalny nr 4711', 'Rachunek nr 4711', 'Documento commerciale n. 4711', 'Factuurnummer: 4711', 'Order 4711', 'Transaction: 4711']) t.equal(id([label]), '4711', label);
  t.equal(id(['Order 12', 'Receipt No: 4711']), '4711', 'a receipt number beats an order number printed above it');
  t.equal(id(['Bon appetit']), null, 'a label with no number after it gives none');
});

t.test('a speck read as a middle dot between the label and the number is no part of either', async (t) => {
  const id = (line: string) => extractReceipt(readingFromText([till(line)], { kind: 'image' })).formatted.multiple_receipts[0].documentId;
  t.equal(id('Bonnummer·5236 Kassa.8'), '5236');
  t.equal(id('FATURA SIMPLIFICADA·FS 5949 Caixa 4.'), 'FS 5949');
  t.equal(id('FACTURA SIMPLIFICADA ·N9 6078 Caja 8'), '6078');
});

t.test('issue #12: more tills\' receipt-number labels (IT DOC. N., NL Transactie, PT Talão nº, BR Extrato Nº and NFC-e nº, ES Nº Fra. simpl., IN Bill #)', async (t) => {
  const cases: Array<[string, string]> = [
    ['DOC. N. 372542', '372542'],
    ['DOC. N. T1-75836', 'T1-75836'],
    ['14 maart 2023 12:48 Transactie 5443', '5443'],
    ['Transactie T3-66554', 'T3-66554'],
    ['Talão nº 806869', '806869'],
    ['2025-07-08 09:07 Talao n° 8923', '8923'],
    ['02/02/2024 17:20 Extrato Nº T3-26136', 'T3-26136'],
    ['Extrato No 011/5815', '011/5815'],
    ['07/05/23 14:33 NFC-e nº T9-14216', 'T9-14216'],
    ['Nº Fra. simpl. 061/2085', '061/2085'],
    ['Bill # 040/9220', '040/9220'],
  ];
  for (const [line, want] of cases) {
    const r = extractReceipt(readingFromText([till(line)], { kind: 'pdf', width: 227 })).formatted.multiple_receipts[0];
    t.equal(r.documentId, want, line);
  }
});

t.test('read from a scan: "nº" whose ordinal sign OCR dropped or could not read ("n", "n?") still leads to the number', async (t) => {
  for (const [line, want] of [['Factura simplificada n T9-14442', 'T9-14442'], ['07/05/23 14:33 NFC-e n? T9-14216', 'T9-14216']]) {
    const r = extractReceipt(readingFromText([till(line)], { kind: 'image', width: 227 })).formatted.multiple_receipts[0];
    t.equal(r.documentId, want, line);
  }
});

t.test('a time or a date is never the receipt number, under a label or beside it', async (t) => {
  const id = (header: string[]) => extractReceipt(readingFromText([till('Vielen Dank', header)], { kind: 'pdf', width: 227 })).formatted.multiple_receipts[0].documentId;
  t.equal(id(['PARAGON FISKALNY', '2023-07-14 07:23 Paragon nr 9806']), '9806', 'not the hour under the label');
  t.equal(id(['       PARAGON FISKALNY', '10 czerwca 2024 r. 13:11']), null, 'not the year of a date written with its month\'s name');
  t.equal(id(['PARAGON FISKALNY', '2023-03-01 08:56']), null);
});

t.test('a bare "#" before the number on a line of its own or after only the date and time; not a store\'s, article\'s or till\'s number, and any named label first', async (t) => {
  const id = (header: string[]) => extractReceipt(readingFromText([till('Vielen Dank', header)], { kind: 'pdf', width: 227 })).formatted.multiple_receipts[0].documentId;
  t.equal(id(['PARAGON FISKALNY', '# 167941']), '167941');
  t.equal(id(['PARAGON FISKALNY', '18.03.2024 09:36 # 680050']), '680050');
  t.equal(id(['PARAGON FISKALNY', '10 czerwca 2024 r. 13:11 # 334773']), '334773');
  t.equal(id(['#027553 27/06/2018 12:45']), '027553');
  t.equal(id(['#0020 The Summit USJ']), null, 'a store number with the store\'s name after it');
  t.equal(id(['#1011801-5 1807.30 SR 131.40']), null, 'an article code with its price');
  t.equal(id(['Kasse 3 Op 17 #9775']), null, 'the till\'s and operator\'s numbers');
  t.equal(id(['#195360 01/06/2018 6:31', 'INVOICE NO : 052949']), '052949', 'a named label beats a bare "#"');
});

t.test('a later tester\'s labels: Rcpt #, Bill:, Nº Op., Nr par., Doc. n.º, Kassenbon Nr., Ticket de caisse n°, and a Portuguese series with no label', async (t) => {
  const cases: Array<[string, string]> = [
    ['Rcpt # 10023', '10023'], ['Rcpt#: 10023', '10023'], ['Bill: 10023', '10023'], ['Bill # 10023', '10023'], ['Bill No 10023', '10023'],
    ['Nº Op. 10023', '10023'], ['N.º Op.: 10023', '10023'], ['Nr par. 10023', '10023'], ['Nr paragonu 10023', '10023'],
    ['Doc. n.º 10023', '10023'], ['Doc. nº FS 1A/2345', 'FS 1A/2345'], ['N.º Doc.: FS 1A/2345', 'FS 1A/2345'], ['FS 1A/2345', 'FS 1A/2345'], ['FS 1A/2345   Caixa 1', 'FS 1A/2345'],
    ['Talão n.º 10023', '10023'], ['Beleg-Nr. 10023', '10023'], ['Bon-Nr.: 10023', '10023'], ['Kassenbon Nr. 10023', '10023'], ['Ticket n° 10023', '10023'],
    ['Ticket de caisse n° 10023', '10023'], ['Scontrino n. 10023', '10023'], ['Ricevuta n. 10023', '10023'], ['Bonnummer: 10023', '10023'], ['Kassabon nr 10023', '10023'],
    ['Nº factura 10023', '10023'], ['Nº recibo 10023', '10023'], ['Num. documento 10023', '10023'],
  ];
  for (const [line, want] of cases) {
    const r = extractReceipt(readingFromText([till(line)], { kind: 'pdf', width: 227 })).formatted.multiple_receipts[0];
    t.equal(r.documentId, want, line);
  }
  const none = (line: string) => extractReceipt(readingFromText([till(line)], { kind: 'pdf', width: 227 })).formatted.multiple_receipts[0].documentId;
  t.equal(none('Total Bill 23.50'), null, 'a bill word without its colon or hash is no label');
  t.equal(none('Kasse 3 Op 17'), null, 'an operator is no operation number');
});

t.test('read from a scan: a digit of the number read as a letter (an i or l for a 1, an O for a 0) is a digit; an id with letters by design keeps them', async (t) => {
  for (const [line, want] of [['Bonnr. 3i95', '3195'], ['Bon-Nr. 10O5', '1005'], ['Kassabon nr 58l2', '5812'], ['Beleg-Nr. A1O2', 'A1O2'], ['Bon-Nr. 1i2', '1i2']]) {
    const r = extractReceipt(readingFromText([till(line)], { kind: 'image', width: 227 })).formatted.multiple_receipts[0];
    t.equal(r.documentId, want, line);
  }
});

t.test('read from a scan: a speck read as a dot between the label\'s words or as a dash before the number leaves both as they are', async (t) => {
  for (const [line, want] of [['FACTURA.SIMPLIFICADA N97336 Caja 7', '7336'], ['Bonnummer-5821 Kassa 4', '5821']]) {
    const r = extractReceipt(readingFromText([till(line)], { kind: 'image', width: 227 })).formatted.multiple_receipts[0];
    t.equal(r.documentId, want, line);
  }
});

t.test('read from a scan: a label whose o OCR read as a zero ("INV0ICE N0:"), and an ordinal sign it could not read before a colon ("Ticket N?:"), still lead to the number on their line', async (t) => {
  const cases: Array<[string, string]> = [
    ['INV0ICE N0: CS569651', 'CS569651'],
    ['RECEIPT N0. 88123', '88123'],
    ['Ticket N?: T474307', 'T474307'],
    ['Ticket N: T474307', 'T474307'],
  ];
  for (const [line, want] of cases) {
    const r = extractReceipt(readingFromText([till(line)], { kind: 'image', width: 227 })).formatted.multiple_receipts[0];
    t.equal(r.documentId, want, line);
  }
  const id = (line: string) => extractReceipt(readingFromText([till(line)], { kind: 'image', width: 227 })).formatted.multiple_receipts[0].documentId;
  t.equal(id('Ticket N012345'), 'N012345', 'a zero before a digit is a figure\'s: no "No" marker in an id');
});

t.test('a label whose number on its own line could not be read takes nothing from the line below (an item); a bare label still does', async (t) => {
  const id = (numberLines: string[]) => extractReceipt(readingFromText([['SUPERMERCADO LA PLAZA S.L.', 'Fecha: 21/12/2019 Hora: 20:04', ...numberLines,
    'MILO 1KG 14.58', 'SUGAR 1KG 16.52', 'TOTAL A PAGAR 31,10 EUR']], { kind: 'image', width: 227 })).formatted.multiple_receipts[0].documentId;
  t.equal(id(['Ticket N*: T474307']), null, 'no item name for the number');
  t.equal(id(['Ticket N*:', 'T474307']), 'T474307', 'the number under a bare label');
});

t.test('the receipt number after the labels of more Latin-script languages\' tills, with their number markers (nro, č., sz.)', async (t) => {
  const cases: Array<[string, string]> = [
    ['2024-02-20 18:27 Kvitto nr 3334', '3334'],
    ['03.07.2024 10:28 Kvittering nr. 3471', '3471'],
    ['03.07.2024 10:28 Bon nr.3471', '3471'],
    ['14.12.2024 11:29 Kuitti nro 3608', '3608'],
    ['09.09.2024 17:26 Účtenka č. 3197', '3197'],
    ['09.09.2024 17:26 Uctenka c. 3197', '3197'],
    ['2024.10.08. 13:31 Nyugta sz. 3882', '3882'],
    ['Nyugtaszám: 3882', '3882'],
    ['19.03.2024 14:32 Bon fiscal nr. 4019', '4019'],
    ['11/07/2024 16:16 Note n° 1827', '1827'],
  ];
  for (const [line, want] of cases) {
    const r = extractReceipt(readingFromText([till(line)], { kind: 'pdf', width: 227 })).formatted.multiple_receipts[0];
    t.equal(r.documentId, want, line);
  }
});
