/**
 * @module test/engine/extract/invoice-seller-right
 * The seller of an invoice whose title stands on the left of the page's top and the seller's
 * block (name over its address and VAT or registration id) on the right, the two on one row of
 * the text layer ("FACTUUR      Van Dijk Installatietechniek B.V."): the name in the right-hand
 * column is the seller, in every language served, with or without a legal form; never the address
 * under it ("Unit 4, Riverside Park"), an item's description, a totals label or a line of the
 * buyer's block, which is what came back when the name was passed over (a fresh tester's
 * invoices, 8 of 8). A right-hand block labelled as the buyer's stays the buyer's, and the DIN
 * 5008 layout (the buyer's window on the left, the seller's info block on the right) is unchanged.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { ADDRESS_LINE } from '../../../engine/extract/supplier.ts';
import { readDocument } from '../../../engine/read/read-document.ts';
import { makeTextPdf } from '../../helpers/make-text-pdf.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A row of two columns: `left` from the margin, `right` from character 50. */
const row = (left: string, right: string) => `${left.padEnd(50)}${right}`;

interface Layout {
  title: string;
  seller: string[];
  buyerLabel: string;
  buyer: string[];
  fields: string[];
  header: string;
  items: string[];
  totals: string[];
}

/** The tester's layout: title left and seller's block right at the top, then the buyer's block beside the invoice's fields, the items, the totals. */
function page(x: Layout, opts: { sellerName?: boolean } = {}): string[] {
  const [name, ...rest] = x.seller;
  return [
    opts.sellerName === false ? x.title : row(x.title, name),
    ...rest.map((s) => row('', s)), '', '', '',
    row(x.buyerLabel, x.fields[0]), row(x.buyer[0], x.fields[1] ?? ''), row(x.buyer[1], x.fields[2] ?? ''), '', '',
    x.header, ...x.items, '',
    ...x.totals.map((s) => row('', s)), ...Array(12).fill(''),
  ];
}

const NL: Layout = {
  title: 'FACTUUR', seller: ['Van Dijk Installatietechniek B.V.', 'Unit 4, Riverside Park', 'BTW NL812345678B01'],
  buyerLabel: 'Factuur aan:', buyer: ['Svensson AB', 'Damrak 1'], fields: ['Factuurnummer: 2024/77959', 'Factuurdatum: 21-02-2025', 'Vervaldatum: 23-03-2025'],
  header: 'Omschrijving                          Aantal       Prijs       Bedrag',
  items: ['Advieswerk (uur)                          9      422,14     3.799,26', 'Webhosting                                2      366,20       732,40'],
  totals: ['Subtotaal                4.531,66', 'BTW 21%                    951,65', 'Totaal te betalen EUR    5.483,31'],
};
const EN: Layout = {
  title: 'INVOICE', seller: ['Harbour & Finch Consulting', 'Rua do Ouro 45', 'ABN 51 824 753 556'],
  buyerLabel: 'Bill To:', buyer: ['Studio Rossi', 'Sveavägen 4'], fields: ['Invoice No.: 2024/99676', 'Invoice Date: 01/09/2026', 'Due Date: 15/09/2026'],
  header: 'Description                           Qty    Unit Price       Amount',
  items: ['Consulting services (hours)             1        867.18       867.18', 'Website maintenance - monthly           7        630.21     4,411.47'],
  totals: ['Subtotal                 5,278.65', 'VAT 10%                    527.87', 'Total Due AUD            5,806.52'],
};
const FR: Layout = {
  title: 'FACTURE', seller: ['Atelier Dupont SARL', 'ul. Marszałkowska 84', 'TVA intracom. FR 12 345678901'],
  buyerLabel: 'Facturé à:', buyer: ['Studio Rossi', 'Am Markt 3'], fields: ['Facture N°: F59236', 'Date de facture: 27/07/2025'],
  header: 'Désignation                           Qté      P.U. HT   Montant HT',
  items: ['Prestation de conseil                   3        72,14       216,42'],
  totals: ['Total HT                   216,42', 'TVA 20%                     43,28', 'Total TTC EUR              259,70'],
};
const DE: Layout = {
  title: 'RECHNUNG', seller: ['Weber IT-Services UG', 'Industriestraße 7', 'Steuernr. 27/123/45678'],
  buyerLabel: 'Rechnungsempfänger:', buyer: ['Ferreira Lda', 'Av. Liberdade 9'], fields: ['Rechnungsnummer: RE-30796', 'Rechnungsdatum: 15.11.2026', 'Fällig am: 15.12.2026'],
  header: 'Beschreibung                          Menge  Einzelpreis       Betrag',
  items: ['Beratungsleistung (Std.)                3       876,38     2.629,14'],
  totals: ['Nettobetrag              2.629,14', 'zzgl. USt. 19%             499,54', 'Gesamtbetrag EUR         3.128,68'],
};
const SV: Layout = {
  title: 'FAKTURA', seller: ['Nordström Bygg AB', 'Unit 4, Riverside Park', 'Org.nr 556677-8899   Momsreg.nr SE556677889901'],
  buyerLabel: 'Kund:', buyer: ['Ferreira Lda', 'Gran Vía 1'], fields: ['Fakturanummer: INV-61357', 'Fakturadatum: 2025-09-10', 'Förfallodatum: 2025-10-10'],
  header: 'Beskrivning                           Antal      à-pris       Belopp',
  items: ['Konsulttjänster                          10      622,43     6 224,30'],
  totals: ['Netto                    6 224,30', 'Moms 25%                 1 556,08', 'Att betala SEK           7 780,38'],
};

t.test('the name in the right-hand column beside a title on the left is the seller, in each language', async (t) => {
  for (const [lang, x, seller, buyer] of [
    ['nl', NL, 'Van Dijk Installatietechniek B.V.', 'Svensson AB'], ['en', EN, 'Harbour & Finch Consulting', 'Studio Rossi'],
    ['fr', FR, 'Atelier Dupont SARL', 'Studio Rossi'], ['de', DE, 'Weber IT-Services UG', 'Ferreira Lda'], ['sv', SV, 'Nordström Bygg AB', 'Ferreira Lda'],
  ] as const) {
    const { formatted: f } = extractInvoice(readingFromText([page(x)]));
    t.equal(f.supplierName, seller, `${lang}: the seller`);
    t.equal(f.customerName, buyer, `${lang}: the buyer`);
  }
});

t.test('a title printed with its number on the left is a title too: the name beside it is the seller', async (t) => {
  for (const [title, x, seller] of [
    ['INVOICE No. 2024/99676', EN, 'Harbour & Finch Consulting'], ['Rechnung Nr. RE-30796', DE, 'Weber IT-Services UG'], ['FACTURE N° F59236', FR, 'Atelier Dupont SARL'],
  ] as const) {
    const { formatted: f } = extractInvoice(readingFromText([page({ ...x, title })]));
    t.equal(f.supplierName, seller, title);
  }
});

t.test('with no name at the top, the seller is never the address under the title, an item, a totals label or a line of the buyer\'s block', async (t) => {
  for (const [lang, x] of [['nl', NL], ['en', EN], ['fr', FR], ['de', DE], ['sv', SV]] as const) {
    const { formatted: f } = extractInvoice(readingFromText([page(x, { sellerName: false })]));
    const wrong = [...x.seller.slice(1), ...x.items.map((i) => i.split(/\s{2,}/)[0]), ...x.totals.map((s) => s.split(/\s{2,}/)[0]), ...x.buyer];
    t.notOk(wrong.includes(f.supplierName ?? ''), `${lang}: not "${f.supplierName}"`);
  }
});

t.test('with no name at the top, a line of the item table or a totals label beside its figures is never the seller', async (t) => {
  const top = (title: string, id: string, label: string, buyer: string, fields: string[]) => [title, row('', id), '', row(label, fields[0]), row(buyer, fields[1]), ''];
  const pages: [string, string[]][] = [
    ['an item beside its figures', [...top('INVOICE', 'ABN 51 824 753 556', 'Bill To:', 'Studio Rossi', ['Invoice No.: 2024/99676', 'Invoice Date: 01/09/2026']),
      'Item                                  Hours         Rate       Amount', 'Website maintenance - monthly           7        630.21     4,411.47', '', row('', 'Total Due AUD            4,411.47')]],
    ['a totals label beside its amount', [...top('FACTURE', 'SIRET 812 345 678 00019', 'Facturé à:', 'Nowak S.A.', ['Facture N°: F83674', 'Date de facture: 15/07/2026']),
      'Prestation de conseil                   2        89,18       178,36', '', row('', 'Total TTC EUR              178,36')]],
    ['an item under the table\'s header, in whole money', [...top('FAKTURA', 'Org.nr 556677-8899', 'Kund:', 'Ferreira Lda', ['Fakturanummer: INV-61357', 'Fakturadatum: 2025-09-10']),
      'Description                           Qty    Unit Price       Amount', 'Konsulttjänster                          10         622         6220', '', row('', 'Att betala SEK              6220')]],
  ];
  for (const [what, p] of pages) {
    const { formatted: f } = extractInvoice(readingFromText([[...p, ...Array(20).fill('')]]));
    t.equal(f.supplierName, null, what);
  }
});

t.test('a unit or suite and its number before a comma opens an address line', async (t) => {
  for (const s of ['Unit 4, Riverside Park', 'Suite 210, Harbour Point', 'Level 3, 20 Martin Place', 'Flat 2, Rose Court']) t.ok(ADDRESS_LINE.test(s), s);
  for (const s of ['Unit Four Studios', 'Suite Dreams Ltd', 'Studio 54 GmbH']) t.notOk(ADDRESS_LINE.test(s), s);
});

t.test('a right-hand block labelled as the buyer\'s stays the buyer\'s; the seller is the name at the top', async (t) => {
  const { formatted: f } = extractInvoice(readingFromText([[
    row('INVOICE', 'Bill To:'), row('Harbour & Finch Consulting', 'Studio Rossi'), row('3 Harbour Row, Bristol BS1 4QA', 'Sveavägen 4'), row('VAT Reg. GB 193 4472 18', ''), '', '',
    row('Invoice No.: 2024/99676', ''), row('Invoice Date: 01/09/2026', ''), '', ...EN.header.split('\n'), ...EN.items, '', ...EN.totals.map((s) => row('', s)), ...Array(12).fill(''),
  ]]));
  t.equal(f.supplierName, 'Harbour & Finch Consulting');
  t.equal(f.customerName, 'Studio Rossi');
});

t.test('DIN 5008: the buyer\'s window on the left beside the seller\'s info block stays the buyer, the seller comes from the letterhead', async (t) => {
  const { formatted: f } = extractInvoice(readingFromText([[
    row('', 'Tischlerei Heidmann GmbH'), row('', 'Gartenweg 9, 80331 München'), '', '',
    row('Tischlerei Heidmann GmbH · Gartenweg 9 · 80331 München', ''),
    row('Harlow Community Trust', 'Rechnungsnummer: RE-2025-118'), row('Am Markt 3', 'Rechnungsdatum: 02.03.2025'), row('50667 Köln', 'USt-IdNr. DE 318 224 671'), '', '',
    'RECHNUNG', '', DE.header, ...DE.items, '', ...DE.totals.map((s) => row('', s)), ...Array(12).fill(''),
    'Tischlerei Heidmann GmbH · Gartenweg 9 · 80331 München · USt-IdNr. DE 318 224 671',
  ]]));
  t.equal(f.supplierName, 'Tischlerei Heidmann GmbH');
  t.equal(f.customerName, 'Harlow Community Trust');
});

t.test('through a PDF: the title left and the seller\'s block right at the top', async (t) => {
  const bytes = await makeTextPdf({ pages: [[
    '#FACTUUR|Van Dijk Installatietechniek B.V.', '|Unit 4, Riverside Park', '|BTW NL812345678B01', '', '',
    'Factuur aan:|Factuurnummer: 2024/77959', 'Svensson AB|Factuurdatum: 21-02-2025', 'Damrak 1|Vervaldatum: 23-03-2025', '', '',
    '#Omschrijving|Aantal|Prijs|Bedrag', 'Advieswerk (uur)|9|422,14|3.799,26', 'Webhosting|2|366,20|732,40', '',
    '|Subtotaal|4.531,66', '|BTW 21%|951,65', '|Totaal te betalen EUR|5.483,31',
  ]] });
  const reading = await readDocument({ bytes, mime: 'application/pdf' }, { maxPages: 1, maxPixels: 40e6 });
  const { formatted: f } = extractInvoice(reading);
  t.equal(f.supplierName, 'Van Dijk Installatietechniek B.V.');
  t.equal(f.customerName, 'Svensson AB');
});
