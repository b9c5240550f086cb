/**
 * @module test/engine/extract/rate-beside-amount
 * A tax rate printed after an item's amount never hides the amount: written with its % sign
 * first ("30,00 %01", Turkish tills) or glued to the amount by a scan ("6,9010%", "9.9022" where
 * another row prints "22%"). The rate is neither the amount nor part of the description.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { percentFigure } from '../../../engine/extract/rate-beside-amount.ts';
import { readingFromText } from '../reading-from-text.ts';

function items(body: string[], total: string) {
  const lines = ['MAGAZA GIDA LTD', 'Cumhuriyet Cad. No:5', 'TARIH: 17.05.2025 17:22', '----------------------------------------', ...body,
    '----------------------------------------', `TOPLAM ${total}`];
  const r = extractReceipt(readingFromText([lines], { kind: 'image', width: 260 })).formatted.multiple_receipts[0];
  return r.tableItems.map((i) => [i.description, i.totalAmount]);
}

t.test('a rate written %01, %10, %20 after the amount leaves the item its amount', async (t) => {
  t.same(items(['EKMEK 30,00 %01', 'PEYNIR 500G 189,90 %01', 'CAY 1KG 264,50 %10', 'DETERJAN 149,75 %20'], '634,15'),
    [['EKMEK', 30], ['PEYNIR 500G', 189.9], ['CAY 1KG', 264.5], ['DETERJAN', 149.75]]);
});

t.test('a rate glued to the amount is cut off it, its % sign kept or lost', async (t) => {
  t.same(items(['TACHIPIRINA 1000MG 16CPR 6,9010%', 'CEROTTI ASSORTITI 7,0022%', 'CREMA MANI 9.9022'], '23,80'),
    [['TACHIPIRINA 1000MG 16CPR', 6.9], ['CEROTTI ASSORTITI', 7], ['CREMA MANI', 9.9]]);
});

t.test('which figures are percentages', async (t) => {
  const at = (text: string, fig: string) => ({ start: text.indexOf(fig), end: text.indexOf(fig) + fig.length });
  t.ok(percentFigure('IVA 21% 4,20', at('IVA 21% 4,20', '21')));
  t.ok(percentFigure('H-MILCH 1,5 % 7,38', at('H-MILCH 1,5 % 7,38', '1,5')));
  t.ok(percentFigure('EKMEK 30,00 %01', at('EKMEK 30,00 %01', '01')));
  t.notOk(percentFigure('EKMEK 30,00 %01', at('EKMEK 30,00 %01', '30,00')));
  t.notOk(percentFigure('Druk 4,35 8% 6525,00', at('Druk 4,35 8% 6525,00', '6525,00')));
});
