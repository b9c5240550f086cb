/**
 * @module test/engine/extract/invoice-number-more-labels
 * Invoice numbers under labels a thirteenth tester's invoices printed: Croatian "Račun br." and
 * Slovene "Račun št." (a scan's "Racun St." too), Mexico's "Folio:" (a CFDI's own number). A
 * "Folio fiscal" is the tax authority's stamp (a UUID), never the invoice's number.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const invoiceId = (label: string, kind: 'pdf' | 'image' = 'pdf') => extractInvoice(readingFromText([[
  'Nordwind Trading d.o.o.', 'Industrijska cesta 4', label, 'Datum: 10.05.2026',
  'Opis                        Kol.     Cena          Vrednost', 'Printer toner cartridge      6        26,54         159,24',
  'Osnova                                                 159,24', 'DDV 22%                                                 35,03', 'Za plačilo EUR                                         194,27',
]], { kind })).formatted.documentId;

t.test('the invoice number after a local label', async (t) => {
  for (const [label, want] of [
    ['Račun št.: FA-95457', 'FA-95457'], ['Racun St.: FA-95457', 'FA-95457'], ['Račun br. 2026-118', '2026-118'],
    ['Račun broj: 15/POS1/1', '15/POS1/1'], ['Folio: F-66948', 'F-66948'], ['Serie y folio: A-1204', 'A-1204'],
  ] as const) {
    for (const kind of ['pdf', 'image'] as const) t.equal(invoiceId(label, kind), want, `${label} (${kind})`);
  }
});

t.test('a Folio fiscal (the stamp\'s UUID) is no invoice number', async (t) => {
  t.equal(invoiceId('Folio fiscal: 6F9A1C2B-3D4E-4F50-8A6B-7C8D9E0F1A2B'), null);
});
