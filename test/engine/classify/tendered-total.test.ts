/**
 * @module test/engine/classify/tendered-total
 * A total paid at the till under it: a card of the total's figure, cash of it or more.
 */
import t from 'tap';
import { gatherEvidence } from '../../../engine/classify/evidence.ts';
import { readingFromText } from '../reading-from-text.ts';

const paid = (lines: string[]) => gatherEvidence(readingFromText([lines], { kind: 'pdf', width: 595 })).tenderedTotal;

t.test('a card of the total, or cash of it or more, pays it', async (t) => {
  t.ok(paid(['Tea 2.00', 'Cake 3.50', 'TOTAL 5.50', 'VISA 5.50']));
  t.ok(paid(['Kaffee 3,50', 'Summe 3,50', 'MwSt 19% 0,56', 'Bar 5,00', 'Rückgeld 1,50']));
  t.ok(paid(['Total', '12.50', 'EFTPOS $12.50']), "the total's figure on the line under its word");
});

t.test('a card of another figure, a payment too far below or none pays nothing', async (t) => {
  t.notOk(paid(['Tea 2.00', 'Cake 3.50', 'TOTAL 5.50', 'VISA 4.00']));
  t.notOk(paid(['TOTAL 5.50', 'a', 'b', 'c', 'd', 'e', 'VISA 5.50']));
  t.notOk(paid(['Consulting 1,200.00', 'Total 1,200.00', 'Amount due 1,200.00']));
});
