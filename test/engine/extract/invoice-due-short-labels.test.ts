/**
 * @module test/engine/extract/invoice-due-short-labels
 * A due date under a short label, in the languages served: "Fällig:", "Due:", "Échéance :",
 * "Vencimiento:", "Scadenza:", "Vencimento:", "Vervaldatum:", "Termin:" before a date (numeric or
 * with a month's name), with or without its colon where the word says it ("Fällig  01.10.2025").
 * The short "Due"/"Termin" before no date ("Balance Due: 714,00") labels no date. A compact date
 * ("20250416") right after a date label is read when it is a valid day.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { readingFromText } from '../reading-from-text.ts';

const invoice = (dueLine: string, dateLine = 'Rechnungsdatum:      02.04.2025') => extractInvoice(readingFromText([[
  'Schneider Haustechnik GmbH', 'Müller Elektro KG', 'Lindenweg 4', '10115 Berlin', '',
  'Rechnungsnummer:     R-2025-320', dateLine, dueLine, '',
  'Wartung Heizungsanlage                480,00', 'Nettobetrag                           480,00 €', 'USt. 19 %                              91,20 €', 'Rechnungsbetrag                       571,20 €',
]])).formatted;

t.test('a short due-date label before a date names the due date', async (t) => {
  for (const [line, due] of [
    ['Fällig:              16.04.2025', '16.04.2025'], ['Fällig               16.04.2025', '16.04.2025'], ['Due:                 Apr 16, 2025', 'Apr 16, 2025'],
    ['Échéance :           16/04/2025', '16/04/2025'], ['Vencimiento:         16/04/2025', '16/04/2025'], ['Scadenza:            16/04/2025', '16/04/2025'],
    ['Vencimento:          16-04-2025', '16-04-2025'], ['Vervaldatum:         16-04-2025', '16-04-2025'], ['Termin:              16.04.2025', '16.04.2025'],
  ]) {
    const x = invoice(line);
    t.equal(x.dueDate, due, line.replace(/\s+/g, ' '));
    t.equal(x.date, '02.04.2025', `${line.replace(/\s+/g, ' ')}: the issue date stays`);
  }
});

t.test('"Due" and "Termin" before no date label none', async (t) => {
  const x = invoice('Balance Due:          571,20 €', 'Rechnungsdatum:      02.04.2025');
  t.equal(x.dueDate, null);
  const y = invoice('Termin: nach Absprache');
  t.equal(y.dueDate, null);
});

t.test('a compact date right after a date label is that date; eight digits elsewhere are none', async (t) => {
  const x = invoice('Fällig am:           20250416', 'Rechnungsdatum:      20250402');
  t.equal(x.date, '20250402');
  t.equal(x.dueDate, '20250416');
  const y = invoice('Fällig am:           20251332');
  t.equal(y.dueDate, null, 'no valid day');
});
