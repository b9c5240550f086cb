/**
 * Kinds of fields that public bug reports say extraction gets wrong, through the API
 * (POST /v1/documents/process-async?wait=true on the embedded default), each on a text PDF the
 * test generates: a receipt's item lines, apostrophe and lakh thousands, GST and foreign
 * summary labels that are no items, month names in Spanish, R$ and zł, statement rows without a
 * year and wrapped descriptions, a statement table across two pages.
 */
import t from 'tap';
import { submitFile } from '../../helpers/service.ts';
import { serviceWithUser } from '../../helpers/service-with-user.ts';
import { makeTextPdf } from '../../helpers/make-text-pdf.ts';

const shared = serviceWithUser({ WAIT_TIMEOUT_S: '60' });

async function processed(pages: string[][], name: string, columns?: number[]) {
  const pdf = await makeTextPdf({ pages, columns });
  const r = await submitFile(shared.svc.base, shared.key, pdf, name, { query: '?wait=true', mime: 'application/pdf' });
  if (r.status !== 200) throw new Error(`${name}: ${r.status} ${r.text}`);
  return r.data;
}
const descriptions = (f: { tableItems: { description: string }[] }) => f.tableItems.map((i) => i.description);

t.test('a receipt lists its printed item lines', async (t) => {
  const d = await processed([[
    'THE GREEN DRAGON', '8 Church Road, Exampleby EX7 3CD', 'VAT Reg No: GB 222 3333 44', 'Receipt No: 55120', 'Date: 21/06/2025 12:30',
    '1 PLOUGHMANS LUNCH|11.50', '3 ORANGE JUICE|7.50', 'SUBTOTAL|15.83', 'VAT 20%|3.17', 'TOTAL GBP|19.00', 'CARD|19.00', 'Thank you for your visit',
  ]], 'receipt.pdf', [250]);
  t.equal(d.document_type, 'ReceiptPDF');
  const r = d.formatted_result.multiple_receipts[0];
  t.equal(r.totalAmount, 19);
  t.equal(r.taxAmount, 3.17);
  t.equal(r.netAmount, 15.83);
  t.equal(r.currencyCode, 'GBP');
  t.same(descriptions(r), ['PLOUGHMANS LUNCH', 'ORANGE JUICE']);
});

t.test('Swiss apostrophe thousands are whole figures', async (t) => {
  const d = await processed([[
    'Seeblick Haustechnik AG', 'Quaistrasse 2, 8001 Zurich', 'MWST-Nr. CHE-987.654.321 MWST', 'RECHNUNG', 'Rechnungsnummer: SH-2025-114', 'Rechnungsdatum: 03.02.2025',
    'Pos Beschreibung|Menge|Betrag CHF', '1 Heizungsservice|1|1\'870.00', '2 Ersatzteile|1|230.00', 'Zwischensumme CHF||2\'100.00', 'MWST 8.1% CHF||170.10', 'Total CHF||2\'270.10',
  ]], 'rechnung.pdf');
  const f = d.formatted_result;
  t.equal(f.totalAmount, 2270.1);
  t.equal(f.netAmount, 2100);
  t.equal(f.taxAmount, 170.1);
  t.equal(f.currencyCode, 'CHF');
  t.equal(f.tableItems[0].totalAmount, 1870);
});

t.test('Indian lakh grouping and GST labels: one item, Taxable Value and IGST are net and tax', async (t) => {
  const d = await processed([[
    'Malabar Kitchen Equipments Pvt Ltd', 'Kochi 682001, India', 'GSTIN: 32ABCDE9876F1Z2', 'TAX INVOICE', 'Invoice No: MKE/25-26/019', 'Invoice Date: 12/05/2025',
    'Due Date: 11/06/2025', 'Bill To: Periyar Hotels, Thrissur', 'Item|Qty|Rate|Amount (INR)', 'Commercial ovens|5|41,500.00|2,07,500.00',
    'Taxable Value|||2,07,500.00', 'IGST 18%|||37,350.00', 'Grand Total (INR)|||2,44,850.00',
  ]], 'gst-invoice.pdf', [300, 360, 450, 545]);
  const f = d.formatted_result;
  t.equal(f.totalAmount, 244850);
  t.equal(f.netAmount, 207500);
  t.equal(f.taxAmount, 37350);
  t.equal(f.currencyCode, 'INR');
  t.same(f.tableItems.map((i: { quantity: number; unitPrice: number; totalAmount: number }) => [i.quantity, i.unitPrice, i.totalAmount]), [[5, 41500, 207500]]);
});

t.test('German and Spanish summary rows are read as net and tax, never as items; Spanish month names are dates', async (t) => {
  const de = (await processed([[
    'Elbufer Medientechnik GmbH', 'Kaistraße 9, 20457 Hamburg, Deutschland', 'USt-IdNr.: DE987654321', 'RECHNUNG', 'Rechnungsnummer: 2025-03-0042',
    'Rechnungsdatum: 14.03.2025', 'Pos Beschreibung|Menge|Einzelpreis|Gesamt', '1 Beamer|1|2.345,60|2.345,60 €', 'Nettobetrag|||2.345,60 €', 'zzgl. 19% MwSt|||445,66 €', 'Gesamtbetrag|||2.791,26 €',
  ]], 'rechnung-de.pdf', [330, 420, 480, 545])).formatted_result;
  t.same(descriptions(de), ['Beamer']);
  t.same([de.netAmount, de.taxAmount, de.totalAmount, de.currencyCode], [2345.6, 445.66, 2791.26, 'EUR']);
  const es = (await processed([[
    'Carpintería Hermanos Ruiz S.L.', 'Calle Alcalá 120, 28009 Madrid, España', 'CIF: B87654321', 'FACTURA', 'Factura n.º: CR-2025-0207',
    'Fecha: 3 de febrero de 2025', 'Vencimiento: 5 de marzo de 2025', 'Descripción|Cantidad|Precio|Importe', 'Puerta de roble|2|180,00|360,00 EUR',
    'Base imponible|||360,00 EUR', 'IVA 21%|||75,60 EUR', 'Total factura|||435,60 EUR',
  ]], 'factura.pdf', [330, 400, 470, 545])).formatted_result;
  t.equal(es.date, '3 de febrero de 2025');
  t.equal(es.dueDate, '5 de marzo de 2025');
  t.equal(es.documentId, 'CR-2025-0207');
  t.same([es.netAmount, es.taxAmount, es.totalAmount], [360, 75.6, 435.6]);
  t.same(descriptions(es), ['Puerta de roble']);
});

t.test('R$ is the Brazilian real and zł the złoty; the shop is not an item line', async (t) => {
  const br = await processed([[
    'MERCADO ESTACAO CENTRAL LTDA', 'Praca da Se 1 - Sao Paulo - SP', 'CNPJ: 11.222.333/0001-44', 'CUPOM / RECEIPT N. 009931', 'Data/Date: 14/03/2025 17:45',
    '2 AGUA MINERAL|R$ 7,00', '1 PAO DE QUEIJO|R$ 6,50', '1 SUCO DE LARANJA|R$ 9,90', 'TOTAL|R$ 23,40', 'CARTAO/CREDIT CARD|R$ 23,40', 'Obrigado! Thank you!',
  ]], 'cupom.pdf', [250]);
  const r = br.formatted_result.multiple_receipts[0];
  t.equal(r.totalAmount, 23.4);
  t.equal(r.currencyCode, 'BRL');
  t.equal(r.supplierName, 'MERCADO ESTACAO CENTRAL LTDA');
  const pl = (await processed([[
    'Tłocznia Mazury Sp. z o.o.', 'ul. Leśna 8, 10-001 Olsztyn', 'NIP / VAT No: PL7391234567', 'FAKTURA VAT / INVOICE', 'Numer faktury / Invoice No: FV/2025/03/07',
    'Data wystawienia / Invoice date: 10.03.2025', 'Lp Nazwa / Description|Ilość/Qty|Cena/Unit price|Wartość/Amount', '1 Soki 1L / Juices 1L|200|4,50 zł|900,00 zł',
    'Razem netto / Net amount|||900,00 zł', 'VAT 23%|||207,00 zł', 'Razem brutto / Total|||1 107,00 zł', 'Do zapłaty / Amount due|||1 107,00 zł',
  ]], 'faktura.pdf', [300, 370, 460, 545])).formatted_result;
  t.equal(pl.totalAmount, 1107);
  t.equal(pl.currencyCode, 'PLN');
});

t.test('statement rows without a year and a wrapped description', async (t) => {
  const d = await processed([[
    'Wattle Coast Bank Limited', 'ABN 99 888 777 666', 'GPO Box 1, Brisbane QLD 4001, Australia', 'Mr Sam Example|Account Number 01 2345 6789 0123',
    '3 Fig Street|Statement Period 1 Aug 2019 - 31 Aug 2019', 'Paddington QLD 4064|Statement No. 7', 'Date  Transaction|Debit|Credit|Balance',
    '01 Aug 2019 OPENING BALANCE|||$2,000.00 CR', '04 Aug Transfer to another Bank NetBank|150.00||$1,850.00 CR', 'To K Citizen loan', '12 Aug Salary Acacia Labs Pty Ltd||3,100.00|$4,950.00 CR',
    '20 Aug Electricity Sunpower|210.40||$4,739.60 CR', '31 Aug 2019 CLOSING BALANCE|||$4,739.60 CR',
  ]], 'statement.pdf', [300, 380, 460, 545]);
  t.equal(d.document_type, 'BankStatementPDF');
  const f = d.formatted_result;
  t.equal(f.openingBalance, 2000);
  t.equal(f.closingBalance, 4739.6);
  t.same(f.tableItems.map((r: { date: string; description: string; debitAmount: number; creditAmount: number }) => [r.date, r.description, r.debitAmount, r.creditAmount]), [
    ['04 Aug', 'Transfer to another Bank NetBank To K Citizen loan', 150, 0],
    ['12 Aug', 'Salary Acacia Labs Pty Ltd', 0, 3100],
    ['20 Aug', 'Electricity Sunpower', 210.4, 0],
  ]);
});

t.test('a ruled statement across two pages keeps every row', async (t) => {
  const header = 'Date  Description|Paid out|Paid in|Balance';
  const d = await processed([
    ['Northgate Bank plc   Page 1 of 2', 'Mr Lee Sample|Account Name: Mr Lee Sample', '5 Elm Row|Account Number: 55501234', 'Exampleton EX2 2BB|Sort Code: 11-22-33',
      'Statement Period: 01/05/2025 to 31/05/2025', header, '01/05/2025 Balance brought forward|||800.00', '02/05/2025 Card payment Bakery|12.40||787.60',
      '06/05/2025 Salary Pine Ltd||1,900.00|2,687.60', '09/05/2025 Direct debit Water Co|35.00||2,652.60', 'Continued on next page'],
    ['Northgate Bank plc   Page 2 of 2', 'Account Number: 55501234 (continued)', header, '15/05/2025 Standing order Rent|700.00||1,952.60',
      '21/05/2025 Transfer from savings||100.00|2,052.60', '27/05/2025 Card payment Books|18.99||2,033.61', '31/05/2025 Balance carried forward|||2,033.61',
      'Opening balance|||800.00', 'Closing balance|||2,033.61'],
  ], 'two-pages.pdf', [300, 380, 460, 545]);
  const f = d.formatted_result;
  t.equal(f.tableItems.length, 6);
  t.equal(f.openingBalance, 800);
  t.equal(f.closingBalance, 2033.61);
  t.equal(f.currencyCode, 'GBP');
});
