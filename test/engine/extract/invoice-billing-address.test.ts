/**
 * @module test/engine/extract/invoice-billing-address
 * The buyer under a billing-address label, in each language ("Factuuradres:", "Rechnungsadresse:",
 * "Adresse de facturation:", "Billing address:", "Dirección de facturación:", "Indirizzo di
 * fatturazione:", "Endereço de faturação:", "Adres do faktury:"); and what is never a buyer: a
 * line of the item table (a wrapped description "to 50 seats, including updates)"), or the
 * seller's initials in its logo box ("DVI" under "De Vries Installatietechniek B.V.").
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { sellerInitials } from '../../../engine/extract/parties.ts';
import { readingFromText } from '../reading-from-text.ts';

const SELLER = ['Kuipers Montage B.V.', 'Prinsengracht 22', '1015 DV Amsterdam', 'BTW-nr: NL812345678B01', 'Factuurnummer: 2024-0815', 'FACTUUR', 'Factuurdatum: 16.08.2024'];
const TABLE = [
  'Omschrijving                                        Aantal     Prijs    BTW      Bedrag',
  'Annual software licence (enterprise edition, up       3      398,58    21%   1.195,74',
  'to 50 seats, including updates)',
  'Maintenance contract Q2                                2       91,09    21%     182,18',
  'Subtotaal 1.377,92', 'BTW 21% 289,36', 'Totaal 1.667,28 EUR',
];

t.test('a billing-address label opens the buyer\'s block, in each language', async (t) => {
  for (const label of ['Factuuradres:', 'Rechnungsadresse:', 'Adresse de facturation:', 'Billing address:', 'Dirección de facturación:', 'Indirizzo di fatturazione:', 'Endereço de faturação:', 'Endereço de faturamento:', 'Adres do faktury:', 'Adres rozliczeniowy:']) {
    const { formatted: x } = extractInvoice(readingFromText([[...SELLER, label, 'Globex Europe B.V.', 'Attn. Accounts Payable', '42 Long Road, Leeds LS1 2AB', ...TABLE]]));
    t.equal(x.customerName, 'Globex Europe B.V.', label);
    t.equal(x.supplierName, 'Kuipers Montage B.V.', `${label}: the seller stays`);
  }
});

t.test('no buyer label: a wrapped item line starting with "to" is no buyer', async (t) => {
  const { formatted: x } = extractInvoice(readingFromText([[...SELLER, ...TABLE]]));
  t.not(x.customerName, 'seats, including updates)');
  t.notMatch(x.customerName ?? '', /seats/);
});

t.test('the seller\'s initials in its logo box are no buyer', async (t) => {
  t.ok(sellerInitials('DVI', 'De Vries Installatietechniek B.V.'));
  t.ok(sellerInitials('H&F', 'Harbour & Finch LLP'));
  t.notOk(sellerInitials('Globex', 'De Vries Installatietechniek B.V.'));
  // the addressee printed without a label, below the letterhead and its logo box
  const { formatted: x } = extractInvoice(readingFromText([['De Vries Installatietechniek B.V.', 'DVI', 'Keizersgracht 101', '1015 CJ Amsterdam', 'Nederland', ...SELLER.slice(3), '',
    'Initech GmbH', 'Attn. Accounts Payable', 'Rue du Commerce 5, 1000 Bruxelles', '', ...TABLE, ...Array(16).fill(''), 'IBAN: NL91 ABNA 0417 1643 00']]));
  t.equal(x.supplierName, 'De Vries Installatietechniek B.V.');
  t.equal(x.customerName, 'Initech GmbH');
});
