/**
 * @module test/engine/extract/invoice-number-shapes
 * Issue #12: invoice numbers of shapes and layouts never seen before still come back whole.
 * - An id that holds a date after a series ("FV/10/09/2024") is the id; only a value that is a
 *   date is rejected.
 * - An id the column wrapped after its hyphen ("INV-2025-" over "6002") is read whole.
 * - A label wrapped over two lines of a narrow column ("Invoice" over "#:") has its id beside it.
 * - A label read by OCR with one of a doubled letter ("Facturnummer") is still the label.
 * - A scan's speck glued before the id ("Invoice #: ·F2020/0889", a tester's scan) is no part of it.
 * - A series of capitals before the number is part of it ("FT 2025/650"); a number shaped like a
 *   date right after a number label or marker is the number ("Nº 5/10/2024"), and not the date.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { lineFromText, readingFromText } from '../reading-from-text.ts';

const BODY = ['', 'Description                 Qty     Unit Price      Amount', 'Consulting                    2         500,00    1.000,00',
  'Subtotal                                            1.000,00', 'VAT 23%                                               230,00', 'Total                                             1.230,00 EUR'];

const id = (lines: string[]) => extractInvoice(readingFromText([[...lines, ...BODY]])).formatted.documentId;

t.test('an id holding a date after its series is the id; a date after the label is not', async (t) => {
  t.equal(id(['Silva & Pereira Lda', 'NIF 509876543                 Fatura N: FV/10/09/2024', 'Data de emissao: 11/09/2024']), 'FV/10/09/2024');
  t.equal(id(['Van Dijk B.V.', 'Factuurnummer: FV/88/08/2025', 'Factuurdatum: 13-08-2025']), 'FV/88/08/2025');
  t.not(id(['Van Dijk B.V.', 'Factuurnummer: 13-08-2025', 'Factuurdatum: 13-08-2025']), '13-08-2025', 'a date is never the id');
});

t.test('an id its column wrapped after a hyphen is read whole', async (t) => {
  t.equal(id(['Biuro Rachunkowe Nowak S.A.', '00-549 Warszawa                Faktura nr: INV-2025-', 'NIP 527-123-45-67                          6002',
    'Data wystawienia: 14.02.2025']), 'INV-2025-6002');
  t.equal(id(['Biuro Rachunkowe Nowak S.A.', 'Faktura nr: INV-2025-', 'Data wystawienia: 14.02.2025']), 'INV-2025', 'nothing under it: the id as printed');
});

t.test('a label wrapped over two lines of a narrow column has its id beside it', async (t) => {
  const reading = readingFromText([['Redwood & Pine Landscaping Inc.', '2300 Mission Street                       Invoice',
    'San Francisco, CA 94110                   #:', 'Date: 03/23/2025', ...BODY]]);
  // the value is centred on the two label lines: half a row lower than "Invoice"
  const value = lineFromText('                                                  2025/223', 1);
  value.box.y += 9;
  for (const w of value.words) w.box.y += 9;
  reading.pages[0].lines.splice(2, 0, value);
  t.equal(extractInvoice(reading).formatted.documentId, '2025/223');
});

t.test('a label OCR read with one of its doubled letters once is still the label', async (t) => {
  t.equal(id(['Van Dijk B.V.', 'FACTUUR', 'Facturnummer      Factuurdatum      Klantnummer', 'FV-2025-0088      13-08-2025        K65758']), 'FV-2025-0088');
});

t.test('a scan\'s speck glued before the id is no part of it', async (t) => {
  t.equal(id(['Bluestem Analytics Corp.', '20121 Milano              Invoice #: ·F2020/0889', 'Date: Jan 17, 2020']), 'F2020/0889', 'a middle dot');
  t.equal(id(['Bluestem Analytics Corp.', 'Invoice No: .INV-2025-0042', 'Date: Jan 17, 2020']), 'INV-2025-0042', 'a dot');
  t.equal(id(['Bluestem Analytics Corp.', 'Invoice No: `40007', 'Date: Jan 17, 2020']), '40007', 'a grave accent');
  t.equal(id(['Biuro Rachunkowe Nowak S.A.', 'Faktura nr: FV/10/09/2024', 'Data wystawienia: 11.09.2024']), 'FV/10/09/2024', 'no speck: as before');
});

t.test('a series of capitals before the number is part of it ("FT 2025/650", a Portuguese fatura\'s series)', async (t) => {
  t.equal(id(['Silva & Pereira Lda', 'Invoice No.: FT 2025/650', 'Date: 11/09/2025']), 'FT 2025/650');
  t.equal(id(['Silva & Pereira Lda', 'Factura n.º FT A/123', 'Fecha: 11/09/2025']), 'FT A/123');
  t.equal(id(['Silva & Pereira Lda', 'Fatura n.º FT 2025/650', 'Data: 11/09/2025']), 'FT 2025/650');
  t.equal(id(['Silva & Pereira Lda', 'FATURA   Nº FR 2025/12', 'Data: 11/09/2025']), 'FR 2025/12', 'a title and a number marker');
  t.equal(id(['Silva & Pereira Lda', 'Invoice No.: INV-2025-650', 'Date: 11/09/2025']), 'INV-2025-650', 'no series: as before');
});

t.test('a number shaped like a date right after an invoice-number label or a number marker is the number', async (t) => {
  t.equal(id(['Studio Lago S.r.l.', 'Via Roma 1, 10122 Torino', 'Fattura Nº 5/10/2024', 'Data: 12/10/2024']), '5/10/2024');
  t.equal(id(['Studio Lago S.r.l.', 'Via Roma 1, 10122 Torino', 'Fattura', 'Nº 5/10/2024', 'Data: 12/10/2024']), '5/10/2024', 'a title over the marker and the number');
  t.equal(id(['Gráficas Sol S.L.', 'Factura n.º 5/10/2024', 'Fecha: 12/10/2024']), '5/10/2024');
  t.equal(id(['Nordwind Ltd', 'Invoice No.: 5.10.2024', 'Date: 12/10/2024']), '5.10.2024');
  t.not(id(['Nordwind Ltd', 'Invoice 12/10/2024']), '12/10/2024', 'a title with no marker: a date after it is the date');
  t.equal(id(['Nordwind Ltd', 'Invoice No.      Date', 'INV-77           12/10/2024']), 'INV-77', 'the date under its own label is no number');
});

t.test('a date-shaped number is not the issue date when no label names one', async (t) => {
  const x = extractInvoice(readingFromText([['Studio Lago S.r.l.', 'Fattura Nº 5/10/2024', 'Torino, 12/10/2024', ...BODY]])).formatted;
  t.equal(x.documentId, '5/10/2024');
  t.equal(x.date, '12/10/2024');
});

t.test('a number marker opening its line labels the number when no stronger label does, and a postcode under a title is no number', async (t) => {
  t.equal(id(['Studio Lago S.r.l.', 'Fattura', 'Via Roma 1, 10122 Torino', 'Nº 5/10/2024      Data 12/10/2024']), '5/10/2024', 'a marker under the address');
  t.equal(id(['Studio Lago S.r.l.', 'Via Roma 1', 'FATTURA', '10122 Torino', 'Nº 5/10/2024', 'Data: 12/10/2024']), '5/10/2024', 'a postcode line between the title and the marker');
  t.equal(id(['Studio Lago S.r.l.', 'FATTURA', '10122 Torino', 'Data: 12/10/2024']), null, 'a postcode under the title, no number printed');
  t.equal(id(['Gráficas Sol S.L.', 'FACTURA', '28013 Madrid', 'Nº FT 2025/77', 'Fecha: 12/10/2024']), 'FT 2025/77');
  t.equal(id(['Gráficas Sol S.L.', 'Factura nº F-2025-18', 'Nº pedido 4471', 'Fecha: 12/10/2024']), 'F-2025-18', 'a stronger label wins');
});
