/**
 * @module test/engine/extract/initials-over-name
 * An invoice's letterhead printing the seller's initials with its legal form large ("MHP Sp. z
 * o.o.") and the full name with the same form under it ("Mazowiecka Hurtownia Papiernicza Sp. z
 * o.o."): the seller is the full name, the name by which it is registered (EN 16931 BT-27). A
 * short name that is no abbreviation of the line under it, or the full name alone, stays.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const seller = (head: string[]) => extractInvoice(readingFromText([[
  ...head,
  'NIP 525-123-45-67',
  '',
  'Nabywca                                  Faktura VAT nr FV/2025/07/118',
  'Szkoła Podstawowa nr 12                  Data wystawienia 2025-07-01',
  'ul. Szkolna 1, 30-001 Kraków',
  '',
  'Lp. Nazwa towaru lub usługi         Ilość    Cena netto   VAT   Wart. netto',
  '1   Zeszyt A5                          10         2,49    23%         24,90',
  'Razem netto 24,90',
  'VAT 23% 5,73',
  'Do zapłaty 30,63 zł',
]])).formatted.supplierName;

t.test('the initials over the full name: the full name is the seller', async (t) => {
  t.equal(seller(['MHP Sp. z o.o.                                   FAKTURA VAT', 'Mazowiecka Hurtownia Papiernicza Sp. z o.o.', 'ul. Łąkowa 5, 00-950 Warszawa']),
    'Mazowiecka Hurtownia Papiernicza Sp. z o.o.');
  t.equal(seller(['KBT GmbH                                         FAKTURA VAT', 'Kessler Bau Technik GmbH', 'Hauptstr. 4, 10115 Berlin']), 'Kessler Bau Technik GmbH');
});

t.test('no abbreviation of the line under it: the first name stays', async (t) => {
  t.equal(seller(['Papiernik Sp. z o.o.                             FAKTURA VAT', 'Mazowiecka Hurtownia Papiernicza Sp. z o.o.', 'ul. Łąkowa 5, 00-950 Warszawa']), 'Papiernik Sp. z o.o.');
  t.equal(seller(['Mazowiecka Hurtownia Papiernicza Sp. z o.o.      FAKTURA VAT', 'ul. Łąkowa 5, 00-950 Warszawa']), 'Mazowiecka Hurtownia Papiernicza Sp. z o.o.');
});
