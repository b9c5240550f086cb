/**
 * @module test/engine/extract/discounts
 * A receipt's discount lines ("Member Disc -0.50", "Multibuy saving 1,00-", "Coupon (0.50)",
 * "Aktion", "Rabatt", "Remise", "Descuento", "Sconto", "Korting", "Desconto", "Rabat", "Promo")
 * add up to its discount, a positive amount; none is an item, and the items go on below one.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

const receipt = (lines: string[], kind: 'pdf' | 'image' = 'image') => extractReceipt(readingFromText([lines], { kind })).formatted.multiple_receipts[0];

t.test('each language\'s discount with a negative figure, in each way of printing the minus', async (t) => {
  const cases: Array<[string, string, string]> = [
    ['Member Disc -0.50', 'TOTAL 4.50', 'en'], ['Multibuy saving 0.50-', 'TOTAL 4.50', 'en'], ['Coupon (0.50)', 'TOTAL 4.50', 'en'],
    ['Aktion 0,50- A', 'SUMME 4,50', 'de'], ['Rabatt −0,50 A', 'SUMME 4,50', 'de'], ['Remise -0,50', 'TOTAL 4,50', 'fr'], ['Descuento -0,50', 'TOTAL 4,50', 'es'],
    ['Sconto -0,50', 'TOTALE 4,50', 'it'], ['Desconto -0,50', 'TOTAL 4,50', 'pt'], ['Korting -0,50', 'TOTAAL 4,50', 'nl'], ['Rabat -0,50', 'SUMA PLN 4,50', 'pl'],
    ['Promo -0,50', 'TOTAL 4,50', 'es'],
  ];
  for (const [disc, total, lang] of cases) {
    for (const kind of ['pdf', 'image'] as const) {
      const r = receipt(['CORNER STORE', 'Milk 3,00', disc, 'Bread 2,00', total], kind);
      t.equal(r.discountAmount, 0.5, `${disc} (${lang}, ${kind})`);
      t.same(r.tableItems.map((i) => i.description), ['Milk', 'Bread'], `${disc}: no item, and the items go on below it`);
    }
  }
});

t.test('several discounts add up; a printed sum of them is the discount', async (t) => {
  t.equal(receipt(['TESCO STORES', 'Milk 3.00', 'Member Disc -0.50', 'Bread 2.00', 'Multibuy saving 1.00-', 'Coupon (0.50)', 'TOTAL 3.00']).discountAmount, 2);
  t.equal(receipt(['TESCO STORES', 'Milk 3.00', 'Member Disc -0.50', 'Bread 2.00', 'Coupon -0.50', 'TOTAL 4.00', 'Total savings 1.00']).discountAmount, 1, 'not 2: the total savings sum the two');
  t.equal(receipt(['TESCO STORES', 'Milk 3.00', 'Multibuy saving', '-0.50', 'TOTAL 2.50']).discountAmount, 0.5, 'the figure on the line below');
});

t.test('a promotion\'s word before a positive price is an item, no discount', async (t) => {
  const r = receipt(['LIDL', 'Aktion Butter 1,99', 'Brot 2,00', 'SUMME 3,99']);
  t.same([r.discountAmount, r.tableItems.length], [null, 2]);
});

t.test('the discount words of other languages\' tills, with a rate before the figure ("Zľava 10% -3,00", a sixteenth tester\'s Slovak, Turkish and Indonesian slips listed them as negative items)', async (t) => {
  for (const word of ['Zľava 10%', 'Ztava 10%', 'Sleva', 'Popust', 'Kedvezmény', 'Reducere', 'İndirim 10%', 'Diskon 10%', 'Alennus', 'Allahindlus', 'Nuolaida', 'Atlaide']) {
    const r = receipt(['CORNER STORE', 'Milk 3,00', 'Bread 2,00', `${word} -0,50`, 'TOTAL 4,50']);
    t.equal(r.discountAmount, 0.5, word);
    t.same(r.tableItems.map((i) => i.description), ['Milk', 'Bread'], `${word}: no item`);
  }
});
