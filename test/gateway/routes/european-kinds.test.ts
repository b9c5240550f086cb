/**
 * Kinds of European documents that unseen sets showed refused or misread, through the API
 * (POST /v1/documents/process-async?wait=true on the embedded default), each on a text PDF the
 * test generates: a German supermarket till roll (tax-class letters, SUMME), a Spanish
 * "factura simplificada" till slip, an invoice whose supplier is named only in its footer, a
 * Spanish statement whose holder follows "Titular de la cuenta:" and whose rows carry no year,
 * and a menu, which must still be refused with a readable reason.
 */
import t from 'tap';
import { submitFile } from '../../helpers/service.ts';
import { serviceWithUser } from '../../helpers/service-with-user.ts';
import { makeTextPdf, type TextPdfOptions } from '../../helpers/make-text-pdf.ts';

const shared = serviceWithUser({ WAIT_TIMEOUT_S: '60' });

const ROLL: Partial<TextPdfOptions> = { page: [227, 420], margin: 10, fontSize: 8, columns: [125, 170, 217] };
async function send(name: string, opts: TextPdfOptions) {
  return submitFile(shared.svc.base, shared.key, await makeTextPdf(opts), name, { query: '?wait=true', mime: 'application/pdf' });
}

t.test('a German supermarket till roll is a receipt with its total, date and shop', async (t) => {
  const r = await send('kassenbon.pdf', { ...ROLL, pages: [[
    '#SONNEN NORD GMBH', 'Bahnhofstraße 5', '04109 Leipzig', '|EUR', 'H-MILCH 1,5%|7,38 A', 'BANANEN|3,91 A', 'APFELSAFT|5,25 B', 'KAFFEE GEMAHLEN|0,92 A',
    '--------------------------------', '#SUMME|17,46', 'Geg. EC-Cash|17,46', 'MwSt%   Netto   MwSt   Brutto', 'A= 7,0%|11,42|0,79|12,21', 'B= 19,0%|4,41|0,84|5,25',
    'Datum: 17.01.2025 Uhrzeit: 18:30', 'Bon-Nr. 9867   Kasse 5', 'Vielen Dank für Ihren Einkauf',
  ]] });
  t.equal(r.status, 200, r.text);
  t.equal(r.data.document_type, 'ReceiptPDF');
  const x = r.data.formatted_result.multiple_receipts[0];
  t.equal(x.totalAmount, 17.46);
  t.equal(x.currencyCode, 'EUR');
  t.match(x.date, /17\.01\.2025/);
});

t.test('a Spanish "factura simplificada" till slip is a receipt, not an invoice', async (t) => {
  const r = await send('ticket.pdf', { ...ROLL, pages: [[
    '#SUPERMERCADO NORD S.L.', 'Calle Mayor 12', '28013 Madrid', 'CIF: B26164358', 'YOGUR NATURAL|5,32 B', 'LECHE ENTERA|3,11 A', 'PAN BARRA|3,54 B',
    '#TOTAL A PAGAR EUR|11,97', 'EFECTIVO|20,00', 'CAMBIO|8,03', 'IVA   BASE   CUOTA  TOTAL', 'A 10%|2,83|0,28|3,11', 'B 21%|7,32|1,54|8,86',
    '16/09/2025 16:57 Caja 2', 'FACTURA SIMPLIFICADA Nº 1913', 'Gracias por su visita',
  ]] });
  t.equal(r.status, 200, r.text);
  t.equal(r.data.document_type, 'ReceiptPDF');
  t.equal(r.data.formatted_result.multiple_receipts[0].totalAmount, 11.97);
});

t.test('an invoice naming its supplier only in the footer: supplier from the footer, customer from the address window', async (t) => {
  const rows = [
    '#FATTURA', '', 'Studio Lago S.r.l.', 'Corso Italia 2', '50123 Firenze', '', 'Fattura n.: FV/1423/2025', 'Data: 6 dicembre 2025', '',
    'Descrizione|Quantità|Prezzo|Importo', 'Toner|6|99,28|595,68', 'Imponibile|||595,68', 'IVA 22%|||131,05', '#Totale fattura|||726,73 €',
    ...Array(22).fill(''), 'Ferramenta Adriatica S.r.l. · Via Dante 14 · 20121 Milano', 'IBAN IT33 9052 2420 4146 7545 · P.IVA IT 886246',
  ];
  const r = await send('fattura.pdf', { pages: [rows] });
  t.equal(r.status, 200, r.text);
  t.equal(r.data.document_type, 'InvoicePDF');
  const f = r.data.formatted_result;
  t.same([f.supplierName, f.customerName, f.documentId, f.date, f.totalAmount, f.netAmount, f.taxAmount], ['Ferramenta Adriatica S.r.l.', 'Studio Lago S.r.l.', 'FV/1423/2025', '6 dicembre 2025', 726.73, 595.68, 131.05]);
});

t.test('a Spanish statement: holder after its label, rows without a year, currency from the IBAN', async (t) => {
  const r = await send('extracto.pdf', { pages: [[
    '#Banco Ejemplo S.A.', 'Titular de la cuenta: Lucía Navarro', 'IBAN: ES93 5973 4484 9211 7429 9559', '#Extracto de cuenta', 'Periodo del 01.03.2025 al 28.03.2025',
    'Descripción||Importe|Saldo', 'Saldo inicial|||4.196,05', '04.03. Transferencia||+347,12|4.543,17', '06.03. Pago con tarjeta||-163,16|4.380,01',
    '13.03. Recibo||+1.369,29|5.749,30', '#Saldo final|||5.749,30',
  ]] });
  t.equal(r.status, 200, r.text);
  t.equal(r.data.document_type, 'BankStatementPDF');
  const f = r.data.formatted_result;
  t.same(f.tableItems.map((i: { date: string; description: string; debitAmount: number; creditAmount: number }) => [i.date, i.description, i.debitAmount, i.creditAmount]),
    [['04.03.', 'Transferencia', 0, 347.12], ['06.03.', 'Pago con tarjeta', 163.16, 0], ['13.03.', 'Recibo', 0, 1369.29]]);
  t.same([f.accountHolderName, f.bankName, f.currencyCode, f.openingBalance, f.closingBalance], ['Lucía Navarro', 'Banco Ejemplo S.A.', 'EUR', 4196.05, 5749.3]);
});

t.test('a menu with prices is still refused, with a readable reason', async (t) => {
  const r = await send('speisekarte.pdf', { pages: [[
    '#SPEISEKARTE', 'Gasthaus zur Linde', '', 'Tomatensuppe|6,50', 'Wiener Schnitzel|18,50', 'Bratwurst mit Kraut|12,50', 'Apfelstrudel|7,50',
  ]] });
  t.equal(r.status, 422, r.text);
  t.equal(r.data.document_type, 'other');
  t.match(r.data.message, /could not be identified as an invoice, receipt, or bank statement\. Reason: OCR \+ keywords: not a receipt, invoice or bank statement: it prints 4 lines of money but no total, no invoice, receipt or statement words and no dated rows\./);
});
