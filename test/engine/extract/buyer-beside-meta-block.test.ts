/**
 * @module test/engine/extract/buyer-beside-meta-block
 * An invoice's buyer block beside its meta block (labels and values in a right-hand column): the
 * customer number's key in that column ("Klantnummer  K-220", "Customer No  C-77") marks no
 * buyer block, and the key above it ("Factuurdatum  12-03-2026") is no name: the buyer is the
 * labelled one ("Mevr. A. van Dijk", honorific and initials as printed). A Mexican CFDI's
 * recipient is labelled "Receptor" (SAT, Anexo 20), its name with its legal form
 * ("Inmobiliaria Los Pinos, S. de R.L. de C.V.").
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const customerOf = (lines: string[]) => extractInvoice(readingFromText([lines], { kind: 'pdf' })).formatted.customerName;

t.test('a customer number in the meta block beside the buyer block', async (t) => {
  const cases: [string, string, string, string][] = [
    ['Factuuradres', 'Mevr. A. van Dijk', 'Factuurdatum        12-03-2026', 'Klantnummer         K-220'],
    ['Factuuradres', 'Dhr. P. van der Berg', 'Factuurdatum        01-04-2026', 'Klantnummer         4471'],
    ['Bill To', 'Ms Grace Lim', 'Invoice Date        02/03/2026', 'Customer No         C-77'],
  ];
  for (const [label, buyer, dateRow, customerRow] of cases) {
    const lines = ['Schildersbedrijf Kramer B.V.', 'Kerkweg 2, 3581 AB Utrecht', 'FACTUUR', `${label.padEnd(38)}Factuurnummer  2026-118`, `${buyer.padEnd(38)}${dateRow}`, `${'Lindelaan 8'.padEnd(38)}${customerRow}`, '3581 KB Utrecht', 'Omschrijving  Aantal  Prijs  Bedrag', 'Schilderwerk  1  € 800,00  € 800,00', 'Totaal excl. BTW  € 800,00', 'BTW 21%  € 168,00', 'Totaal  € 968,00', '', 'Betalingstermijn: 14 dagen.', '', '', '', '', '', '', '', 'KvK 11223344'];
    t.equal(customerOf(lines), buyer, buyer);
  }
});

t.test('a CFDI\'s Receptor names the buyer', async (t) => {
  for (const buyer of ['Inmobiliaria Los Pinos, S. de R.L. de C.V.', 'Transportes Sierra Alta, S.A. de C.V.']) {
    const lines = ['Aceros del Bajío, S.A. de C.V.', 'RFC: ABA0504127H3', 'FACTURA', `${'Receptor'.padEnd(46)}Folio  B-311`, `${buyer.padEnd(46)}Fecha de emisión  05/03/2026`, 'RFC: ILP0901015A1',
      'Cant.  Descripción  P. Unitario  Importe', '10  Viga IPR  $1,200.00  $12,000.00', 'Subtotal  $12,000.00', 'IVA 16%  $1,920.00', 'Total  $13,920.00'];
    t.equal(customerOf(lines), buyer, buyer);
  }
});
