/**
 * @module test/engine/extract/payment-terms
 * An invoice that prints a payment term instead of a due date determines its due date: the
 * issue date plus the term. A discount window, a penalty, a count from the month's end, a
 * delivery time or two terms that disagree determine nothing.
 */
import t from 'tap';
import { addDays, paymentTerm } from '../../../engine/extract/payment-terms.ts';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

const termOf = (...lines: string[]) => paymentTerm(flattenLines(readingFromText([['Firma GmbH', ...lines]])))?.days ?? null;

t.test('a count of days next to a payment word, in each language served, is the term', async (t) => {
  const cases: [string, number][] = [
    ['Payment terms: Net 30', 30], ['Net 15', 15], ['Payable within 14 days of the invoice date', 14], ['Payment due within 30 days', 30],
    ['Zahlbar innerhalb von 14 Tagen ohne Abzug', 14], ['Zahlungsziel: 30 Tage', 30], ['30 Tage netto', 30],
    ['Paiement à 30 jours', 30], ['Règlement sous 45 jours', 45], ['Pago a 30 días', 30], ['Plazo de pago: 60 días', 60],
    ['Pagamento a 30 giorni data fattura', 30], ['Pagamento entro 60 gg', 60], ['Prazo de pagamento: 30 dias', 30],
    ['Betaling binnen 14 dagen', 14], ['Termin płatności: 14 dni', 14], ['Płatne w ciągu 7 dni', 7],
  ];
  for (const [line, days] of cases) t.equal(termOf(line), days, line);
});

t.test('payment on receipt or at once is a term of 0 days', async (t) => {
  for (const line of ['Due on receipt', 'Payable upon receipt', 'Sofort zahlbar ohne Abzug', 'Paiement à réception de facture', 'Pago al contado', 'Rimessa diretta']) t.equal(termOf(line), 0, line);
});

t.test('a discount window is not the term; the net term beside it is', async (t) => {
  t.equal(termOf('2 % Skonto bei Zahlung innerhalb 10 Tagen, 30 Tage netto'), 30);
  t.equal(termOf('2% discount if paid within 10 days'), null);
  t.equal(termOf('Escompte 1 % pour paiement sous 8 jours'), null);
});

t.test('no term from a penalty, the end of a month, a delivery time, a net amount or two terms that differ', async (t) => {
  t.equal(termOf('Interest of 8% will be charged on payments after 30 days'), null);
  t.equal(termOf('Paiement à 30 jours fin de mois'), null);
  t.equal(termOf('Pagamento 60 gg f.m.'), null);
  t.equal(termOf('Lieferzeit 14 Tage'), null);
  t.equal(termOf('Total net 30 EUR'), null);
  t.equal(termOf('Net 30', 'Payment due within 14 days'), null);
  t.equal(termOf('Returns accepted within 30 days'), null);
});

t.test('days are added on the calendar, across months and years', async (t) => {
  t.equal(addDays('2024-01-31', 30), '2024-03-01');
  t.equal(addDays('2023-12-15', 30), '2024-01-14');
  t.equal(addDays('2024-03-30', 0), '2024-03-30');
});

t.test('an invoice with a payment term and no due date gets the derived due date, marked as such', async (t) => {
  const { formatted: x, fields } = extractInvoice(readingFromText([[
    'Brandt Medien GmbH', 'Hauptstraße 5, 10115 Berlin', 'RECHNUNG', 'Rechnungsnummer: RE-2024-118', 'Rechnungsdatum: 23.11.2024',
    'Beschreibung Menge Einzelpreis Gesamt', 'Beratung 2 400,00 800,00', 'Nettobetrag 800,00', 'MwSt 19% 152,00', 'Gesamtbetrag 952,00 EUR',
    'Zahlbar innerhalb von 14 Tagen ohne Abzug.',
  ]]));
  t.equal(x.dueDate, '2024-12-07');
  t.equal(fields.dueDate.source, 'derived');
  t.equal(fields.dueDate.rule, 'due date = issue date + payment term');
  t.same(fields.dueDate.from, ['date']);
});

t.test('a printed due date wins over the term', async (t) => {
  const { formatted: x, fields } = extractInvoice(readingFromText([[
    'Brandt Medien GmbH', 'RECHNUNG', 'Rechnungsnummer: RE-2024-118', 'Rechnungsdatum: 23.11.2024', 'Fällig am: 15.12.2024',
    'Nettobetrag 800,00', 'MwSt 19% 152,00', 'Gesamtbetrag 952,00 EUR', 'Zahlbar innerhalb von 14 Tagen.',
  ]]));
  t.equal(x.dueDate, '15.12.2024');
  t.not(fields.dueDate.source, 'derived');
});
