import t from 'tap';
import { MASKED_CARD } from '../../../engine/parse/masked-card.ts';

t.test('a card number masked but for its last four digits is found as slips and card statements print it', async (t) => {
  for (const text of ['VISA **** 1234', 'Card XXXX XXXX XXXX 4821', '4364 •••• •••• 1187', 'Konto 4364........1187', 'MASTERCARD ••••1234', 'DEBIT **1234', 'AMEX xxxx-xxxx-xxxx-1005', '************1234', '453201******1234']) {
    t.ok(MASKED_CARD.test(text), text);
  }
});

t.test('digits alone, a phone number, a date or a card number printed whole are no masked card', async (t) => {
  for (const text of ['Tel 0161 555 0101', 'TOTAL 1234.00', '4111 1111 1111 1111', '12.03.2024 1234', 'Table 12 Covers 4', 'x 1234', 'Qty 2 x 1234']) {
    t.notOk(MASKED_CARD.test(text), text);
  }
});
