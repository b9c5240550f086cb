/**
 * @module test/engine/extract/buyer-address-block
 * An invoice's buyer printed as an unlabelled address block at the top (a name over a street and
 * a town, no "Bill to" / "Rechnungsempfänger" label, no attention line), on the right beside the
 * title, or beside the seller's own block on the same rows, while the seller is named elsewhere
 * (its block on the other side, or the footer): the block's name is the customer, a leading
 * salutation ("Ms", "Herr") dropped (a breaker's invoices came back with no customer). The
 * seller's own block is never the buyer's: when the only address block at the top is the
 * seller's, the customer stays null. A DIN 5008 letter (sender line, "Herrn" alone over the
 * window's name, the info block on the right) names the person without the salutation.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A row of two columns: `left` from the margin, `right` from character 50. */
const row = (left: string, right: string) => `${left.padEnd(50)}${right}`;

/** `top` rows, the invoice's item table and totals, then `footer` at the bottom of the page. */
function page(top: string[], footer: string): string[] {
  return [
    ...top, '', '',
    'Description                           Qty    Unit Price       Amount',
    'Consulting services (hours)             3        400.00     1,200.00', '',
    row('', 'Total                    1,200.00'), ...Array(14).fill(''),
    footer,
  ];
}

t.test('an unlabelled address block at the top that is not the seller\'s names the buyer', async (t) => {
  const cases: [string, string[], string, string, string][] = [
    ['the seller\'s block left, a ship-to block right', [
      'Blue Harbor Trading LLC', '500 Pier Ave, Boston MA', '', row('INVOICE', 'Ship to:'), row('', 'Oakridge Foods plc'), row('Invoice #: 88123', '2 Dock Road, Hull'),
      'Date: 03/15/2024',
    ], 'Thank you for your business', 'Blue Harbor Trading LLC', 'Oakridge Foods plc'],
    ['a person with "Ms" on the right', [
      row('INVOICE', 'Ms Laura Bennett'), row('', '8 Rose Close'), row('', 'York YO1 7HH'), '', '',
      'Invoice No: 2024-112', 'Date: 15/03/2024',
    ], 'Bright Sparks Electrical Ltd, 3 Foss Way, York. VAT GB 987 6543 21', 'Bright Sparks Electrical Ltd', 'Laura Bennett'],
    ['a German person with "Herr" on the right', [
      row('RECHNUNG', 'Herr Thomas Becker'), row('', 'Lindenweg 4'), row('', '80331 München'), '', '',
      'Rechnungsnummer: RE-5521', 'Datum: 15.03.2024',
    ], 'Schreinerei Hofmann GmbH · Werkstr. 9 · 90402 Nürnberg · USt-IdNr. DE123456789', 'Schreinerei Hofmann GmbH', 'Thomas Becker'],
    ['a Spanish company with its own CIF on the right', [
      row('FACTURA', 'Distribuciones Garcia S.L.'), row('', 'Calle Alcala 100'), row('', '28009 Madrid'), row('', 'CIF B12345678'), '', '',
      'Factura n.: F-2024-77', 'Fecha: 15/03/2024',
    ], 'Emisor: Talleres Ruiz S.A. - Pol. Ind. Norte 5, Zaragoza - CIF A87654321', 'Talleres Ruiz S.A.', 'Distribuciones Garcia S.L.'],
    ['the seller\'s block left and the buyer\'s right on the same rows', [
      row('', 'INVOICE'), '', row('Northwind Consulting Ltd', 'Oakridge Foods plc'), row('14 Canal Street', '2 Dock Road'), row('Manchester M1 3HE', 'Hull HU1 2AB'), '', '',
      'Invoice No: INV-2024-030', 'Date: 15/03/2024',
    ], 'Thank you for your business', 'Northwind Consulting Ltd', 'Oakridge Foods plc'],
    ['the seller\'s block over the invoice fields, the buyer\'s beside them', [
      row('Northwind Consulting Ltd', 'INVOICE'), '14 Canal Street', 'Manchester M1 3HE', '', '',
      row('Invoice No: INV-2024-020', 'Oakridge Foods plc'), row('Date: 15/03/2024', '2 Dock Road'), row('', 'Hull HU1 2AB'),
    ], 'Thank you for your business', 'Northwind Consulting Ltd', 'Oakridge Foods plc'],
  ];
  for (const [what, top, footer, seller, buyer] of cases) {
    const { formatted: f } = extractInvoice(readingFromText([page(top, footer)]));
    t.equal(f.supplierName, seller, `${what}: the seller`);
    t.equal(f.customerName, buyer, `${what}: the buyer`);
  }
});

t.test('the seller\'s own address block is never the buyer\'s', async (t) => {
  const right = extractInvoice(readingFromText([page([
    row('INVOICE', 'Northwind Consulting Ltd'), row('', '5 Mill Lane'), row('', 'Leeds LS1 4AP'), row('', 'VAT GB 123 4567 89'), '', '',
    'Invoice No.: INV-2031', 'Invoice Date: 01/09/2026',
  ], 'Thank you for your business')])).formatted;
  t.equal(right.supplierName, 'Northwind Consulting Ltd', 'the block on the right is the seller\'s');
  t.equal(right.customerName, null, 'and names no buyer');
  const left = extractInvoice(readingFromText([page([
    row('Northwind Consulting', 'INVOICE'), '5 Mill Lane', 'Leeds LS1 4AP', '', '',
    'Invoice No.: INV-2031', 'Invoice Date: 01/09/2026',
  ], 'Northwind Consulting Ltd · VAT GB 123 4567 89')])).formatted;
  t.equal(left.customerName, null, 'the seller\'s block under a shorter name than the footer\'s names no buyer');
});

t.test('a DIN 5008 letter: the window\'s name without the salutation on its own line', async (t) => {
  const f = extractInvoice(readingFromText([page([
    'Malerbetrieb Krause e.K. · Gartenweg 9 · 80331 München', '',
    row('Herrn', 'Rechnungsnummer: RE-2031'), row('Thomas Becker', 'Rechnungsdatum: 01.09.2026'), row('Lindenweg 4', 'Kundennummer: 4411'), row('50667 Köln', ''), '', '',
    'RECHNUNG',
  ], 'Malerbetrieb Krause e.K. · Steuernr. 143/123/45678')])).formatted;
  t.equal(f.supplierName, 'Malerbetrieb Krause e.K.');
  t.equal(f.customerName, 'Thomas Becker');
  const g = extractInvoice(readingFromText([page([
    'Malerbetrieb Krause e.K. · Gartenweg 9 · 80331 München', '',
    row('Herrn Thomas Becker', 'Rechnungsnummer: RE-2031'), row('Lindenweg 4', 'Rechnungsdatum: 01.09.2026'), row('50667 Köln', ''), '', '',
    'RECHNUNG',
  ], 'Malerbetrieb Krause e.K. · Steuernr. 143/123/45678')])).formatted;
  t.equal(g.customerName, 'Thomas Becker', 'the salutation on the name\'s line');
});
