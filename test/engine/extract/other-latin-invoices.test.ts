/**
 * @module test/engine/extract/other-latin-invoices
 * Invoices in Latin-script languages beyond the eight we label in full (Czech, Hungarian,
 * Swedish, Estonian, Romanian): recognised as invoices by their title and total rather than
 * taken for a till slip by the structure fallback, with their total, net, tax, number, date and
 * parties read from the languages' own labels.
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const DOCS: [string, string[], (string | number)[]][] = [
  ['cs', ['Novák Stavby s.r.o.', 'Vinohradská 12, 120 00 Praha 2', 'FAKTURA - DAŇOVÝ DOKLAD', 'Číslo faktury: 2024-0815', 'Datum vystavení: 12.03.2024', 'Datum splatnosti: 26.03.2024', 'Odběratel: Dvořák a syn s.r.o.', 'Popis          Množství   Cena      Celkem', 'Stavební práce     10     1 200,00   12 000,00', 'Základ daně                      12 000,00 Kč', 'DPH 21 %                          2 520,00 Kč', 'Celkem k úhradě                  14 520,00 Kč'],
    [14520, 12000, 2520, 'CZK', '2024-0815', 'Dvořák a syn s.r.o.']],
  ['hu', ['Kovács Kft.', 'Fő utca 12, 1011 Budapest', 'SZÁMLA', 'Számla sorszáma: SZ-2024/118', 'Kiállítás dátuma: 2024.03.12', 'Fizetési határidő: 2024.03.26', 'Vevő: Szabó Bt.', 'Megnevezés   Mennyiség   Egységár    Összeg', 'Tanácsadás      5     20 000     100 000', 'Nettó összesen                100 000 Ft', 'ÁFA 27%                        27 000 Ft', 'Bruttó összesen               127 000 Ft'],
    [127000, 100000, 27000, 'HUF', 'SZ-2024/118', 'Szabó Bt.']],
  ['sv', ['Lindqvist Bygg AB', 'Storgatan 12, 111 22 Stockholm', 'FAKTURA', 'Fakturanummer: 10452', 'Fakturadatum: 2024-03-12', 'Förfallodatum: 2024-04-11', 'Kund: Berg & Söner AB', 'Beskrivning   Antal   Á-pris   Belopp', 'Konsulttimmar   10   950,00   9 500,00', 'Summa exkl. moms           9 500,00 kr', 'Moms 25%                   2 375,00 kr', 'Att betala                11 875,00 kr'],
    [11875, 9500, 2375, 'SEK', '10452', 'Berg & Söner AB']],
  ['et', ['Tamm OÜ', 'Narva mnt 5, 10117 Tallinn', 'ARVE', 'Arve nr: 2024-77', 'Kuupäev: 12.03.2024', 'Maksetähtaeg: 26.03.2024', 'Klient: Kask AS', 'Kirjeldus   Kogus   Hind   Summa', 'Konsultatsioon   4   120,00   480,00', 'Summa km-ta            480,00 EUR', 'Käibemaks 22%          105,60 EUR', 'Kokku tasuda           585,60 EUR'],
    [585.6, 480, 105.6, 'EUR', '2024-77', 'Kask AS']],
];

t.test('invoices in other Latin-script languages are invoices with their fields', async (t) => {
  for (const [lang, rows, [total, net, tax, cur, id, customer]] of DOCS) {
    const reading = readingFromText([rows], { width: 595 });
    const c = classifyOffline(reading);
    t.equal(c.type, 'invoice', `${lang}: ${c.reason}`);
    const x = extractInvoice(reading).formatted;
    t.same([x.totalAmount, x.netAmount, x.taxAmount, x.currencyCode, x.documentId, x.customerName], [total, net, tax, cur, id, customer], lang);
    t.equal(x.date, rows.find((r) => /2024[.-]03[.-]12|12\.03\.2024/.test(r))!.replace(/^.*?:\s*/, ''), `${lang} date`);
  }
});

t.test('the structure fallback never calls a page with an invoice title a till slip', async (t) => {
  const c = classifyOffline(readingFromText([['Firma Nowak', 'FAKTURA', 'Data 12.03.2024', 'Usluga    1    100,00    100,00', 'VAT 23%              23,00', 'Alls                123,00', 'Greitt              123,00']], { width: 595 }));
  t.equal(c.type, 'invoice', c.reason);
  t.match(c.reason, /^OCR \+ document structure: an invoice: .*an invoice title\.$/);
});

t.test('issue and due dates printed with the month in words, under the languages\' own date labels', async (t) => {
  const cases: [string, string, string, string, string][] = [
    ['cs', 'Datum vystavení', '6. října 2024', 'Datum splatnosti', '5. listopadu 2024'],
    ['da', 'Fakturadato', '17. marts 2024', 'Forfaldsdato', '16. april 2024'],
    ['no', 'Fakturadato', '2. desember 2024', 'Forfallsdato', '16. desember 2024'],
    ['sv', 'Fakturadatum', '10 februari 2024', 'Förfallodatum', '11 mars 2024'],
    ['fi', 'Laskun päivämäärä', '24. huhtikuuta 2024', 'Eräpäivä', '15. toukokuuta 2024'],
    ['fi', 'Päiväys', '24. huhtikuuta 2024', 'Eräpäivä', '15. toukokuuta 2024'],
    ['ro', 'Data emiterii', '3 ianuarie 2024', 'Data scadenței', '17 ianuarie 2024'],
    ['hu', 'Számla kelte', '2024. december 20.', 'Fizetési határidő', '2025. január 10.'],
    ['hu', 'Kiállítás dátuma', '2024. december 20.', 'Fizetési határidő', '2025. január 10.'],
  ];
  for (const [lang, issueLabel, issued, dueLabel, due] of cases) {
    const rows = ['Nordisk Konsult AB', 'Hovedgaden 1, 1000 København', 'FAKTURA', 'Nr: FV-2024-1962', `${issueLabel}: ${issued}`, `${dueLabel}: ${due}`,
      'Kunde: Café Nyhavn', 'Beskrivelse   Antal   Pris   Beløb', 'Konsulent   2   500,00   1 000,00', 'Subtotal            1 000,00', 'Moms 25%              250,00', 'Total               1 250,00'];
    const x = extractInvoice(readingFromText([rows], { width: 595 })).formatted;
    t.same([x.date, x.dueDate], [issued, due], `${lang}: ${issueLabel}`);
  }
});
