/**
 * @module test/engine/extract/decimal-quantity-opening-row
 * A Swedish service row billing hours: a quantity with decimals and its unit, a unit price and a
 * total both grouped with a thousands space ("Konsultation 42,5 tim 1 150,00 48 875,00"): quantity
 * 42.5, unit price 1150, total 48875, never the figures swapped or split at their groups. Also when
 * the table prints its quantity and unit columns before the description ("Antal Enhet Beskrivning
 * À-pris Belopp": "42,5 tim Konsultation 1 150,00 48 875,00"): the unit is no word of the name,
 * and the row is an item (it came back with none).
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const items = (head: string, rows: string[], kind: 'pdf' | 'image') => extractInvoice(readingFromText([[
  'Konsultbolaget AB', 'Storgatan 1, 111 22 Stockholm', 'Faktura nr 2025-0412', 'Fakturadatum: 2025-05-12', '', head, ...rows, '',
  'Summa exkl. moms:   51 275,00', 'Moms 25%:           12 818,75', 'Att betala:         64 093,75 SEK',
]], { kind })).formatted.tableItems.map((i) => [i.description, i.quantity, i.unitPrice, i.totalAmount]);

const WANT = [['Konsultation', 42.5, 1150, 48875], ['Resor', 1, 2400, 2400]];

t.test('hours with decimals and a thousands-grouped price, the description first', async (t) => {
  for (const kind of ['pdf', 'image'] as const) {
    t.same(items('Beskrivning              Antal      À-pris        Belopp', ['Konsultation             42,5 tim   1 150,00      48 875,00', 'Resor                    1 st       2 400,00       2 400,00'], kind), WANT, kind);
    t.same(items('Beskrivning Antal Enhet Pris Summa', ['Konsultation 42,5 tim 1 150,00 48 875,00', 'Resor 1 st 2 400,00 2 400,00'], kind), WANT, `${kind}, single spaces`);
  }
});

t.test('the quantity and its unit before the description', async (t) => {
  for (const kind of ['pdf', 'image'] as const) {
    t.same(items('Antal   Enhet   Beskrivning        À-pris        Belopp', ['42,5    tim     Konsultation       1 150,00      48 875,00', '1       st      Resor              2 400,00       2 400,00'], kind), WANT, kind);
    t.same(items('Antal Enhet Beskrivning Pris Summa', ['42,5 tim Konsultation 1 150,00 48 875,00', '1 st Resor 2 400,00 2 400,00'], kind), WANT, `${kind}, single spaces`);
  }
});
