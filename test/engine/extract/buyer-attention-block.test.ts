/**
 * @module test/engine/extract/buyer-attention-block
 * An unlabelled block on the right of an invoice's top, beside the title on the left, whose lines
 * carry a for-the-attention-of marker ("Attn:", "FAO", "z. Hd.", "à l'attention de", "c/o") or a
 * customer-number label ("Customer No:", "Kundennr.", "N° client") is the buyer's block: its name
 * is the customer, never the seller, and the seller named in the footer beside its tax id is the
 * issuer (a breaker's invoices came back with the buyer as the seller, or with the buyer's street
 * as the customer). A seller's block with no such line beside the title stays the seller's.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A row of two columns: `left` from the margin, `right` from character 50. */
const row = (left: string, right: string) => `${left.padEnd(50)}${right}`;

/** The title left, `block` on the right of the top, the invoice's fields, an item, the totals and `footer` at the bottom. */
function page(title: string, block: string[], footer: string, lang: 'en' | 'de' | 'fr'): string[] {
  const [name, ...rest] = block;
  const fields = { en: ['Invoice No.: INV-2031', 'Invoice Date: 01/09/2026'], de: ['Rechnungsnummer: RE-2031', 'Rechnungsdatum: 01.09.2026'], fr: ['Facture N°: F2031', 'Date: 01/09/2026'] }[lang];
  const header = { en: 'Description                           Qty    Unit Price       Amount', de: 'Beschreibung                          Menge  Einzelpreis       Betrag', fr: 'Désignation                           Qté      P.U. HT   Montant HT' }[lang];
  return [
    row(title, name), ...rest.map((s) => row('', s)), '', '',
    fields[0], fields[1], '', '',
    header, 'Consulting services (hours)             3        400.00     1,200.00', '',
    row('', 'Total                    1,200.00'), ...Array(14).fill(''),
    footer,
  ];
}

t.test('a right-hand block with an attention line or a customer number is the buyer\'s; the footer names the seller', async (t) => {
  const cases: [string, string, string[], string, 'en' | 'de' | 'fr', string, string][] = [
    ['attn', 'INVOICE', ['Oakridge Foods plc', 'Attn: Accounts Payable', '2 Dock Road', 'Hull HU1 2AB'], 'Northwind Consulting Ltd · 5 Mill Lane, Leeds LS1 4AP · VAT GB 123 4567 89', 'en', 'Northwind Consulting Ltd', 'Oakridge Foods plc'],
    ['FAO', 'INVOICE', ['Oakridge Foods plc', 'FAO Mr J. Smith', '2 Dock Road'], 'Northwind Consulting Ltd · 5 Mill Lane, Leeds LS1 4AP · VAT GB 123 4567 89', 'en', 'Northwind Consulting Ltd', 'Oakridge Foods plc'],
    ['z. Hd.', 'RECHNUNG', ['Bauhaus Immobilien GmbH', 'z. Hd. Frau Weber', 'Am Markt 3', '50667 Köln'], 'Malerbetrieb Krause e.K. · Gartenweg 9 · 80331 München · Steuernr. 143/123/45678', 'de', 'Malerbetrieb Krause e.K.', 'Bauhaus Immobilien GmbH'],
    ['customer no', 'INVOICE', ['Oakridge Foods plc', 'Customer No: 4411', '2 Dock Road, Hull'], 'Northwind Consulting Ltd · 5 Mill Lane, Leeds LS1 4AP · VAT GB 123 4567 89', 'en', 'Northwind Consulting Ltd', 'Oakridge Foods plc'],
    ['Kundennr.', 'RECHNUNG', ['Bauhaus Immobilien GmbH', 'Kundennr. 10233', 'Am Markt 3'], 'Malerbetrieb Krause e.K. · Gartenweg 9 · 80331 München · Steuernr. 143/123/45678', 'de', 'Malerbetrieb Krause e.K.', 'Bauhaus Immobilien GmbH'],
    ["à l'attention de", 'FACTURE', ['Moreau Distribution SAS', "à l'attention de M. Dubois", '8 avenue Foch'], 'Atelier Dupont SARL · 12 rue de la Paix, Paris · SIRET 812 345 678 00019', 'fr', 'Atelier Dupont SARL', 'Moreau Distribution SAS'],
  ];
  for (const [what, title, block, footer, lang, seller, buyer] of cases) {
    const { formatted: f } = extractInvoice(readingFromText([page(title, block, footer, lang)]));
    t.equal(f.supplierName, seller, `${what}: the seller`);
    t.equal(f.customerName, buyer, `${what}: the buyer`);
  }
});

t.test('a seller\'s block on the right with no attention line or customer number stays the seller\'s', async (t) => {
  const { formatted: f } = extractInvoice(readingFromText([page('INVOICE', ['Northwind Consulting Ltd', '5 Mill Lane', 'VAT GB 123 4567 89'], 'Thank you for your business', 'en')]));
  t.equal(f.supplierName, 'Northwind Consulting Ltd');
});
