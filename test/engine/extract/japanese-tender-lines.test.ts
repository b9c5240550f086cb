/**
 * @module test/engine/extract/japanese-tender-lines
 * A Japanese till's payment lines under its total: the cash handed over (お預り, お預かり, 現金) and
 * the change (お釣り, お釣, 釣銭). They are payments, never the total (合計) nor an item: the cash less
 * the change gives the total where the total's figure was lost, and a total's label whose figure was
 * lost takes no payment's figure from the line under it. 小計 is the subtotal.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { ReceiptResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

function derive(lines: string[]) {
  const x = extractReceipt(readingFromText([lines], { kind: 'image' }));
  return (deriveResult('receipt', x.formatted, x.fields, lines.join('\n')).formatted as ReceiptResult).multiple_receipts[0];
}
const HEAD = ['ファミリーマート 渋谷店', '東京都渋谷区1-2-3', '2026年03月05日 12:34', 'おにぎり 鮭 ¥160', '緑茶 500ml ¥140', '弁当 唐揚 ¥438', 'ライター ¥190'];

t.test('no total printed: the cash handed over less the change, as the subtotal says', async (t) => {
  for (const [cash, change] of [['お預り', 'お釣り'], ['お預かり', 'お釣'], ['現金', '釣銭']]) {
    const r = derive([...HEAD, '小計 ¥928', `${cash} ¥1,000`, `${change} ¥72`]);
    t.equal(r.totalAmount, 928, `${cash} / ${change}`);
    t.equal(r.tableItems.length, 4, `${cash} / ${change}: no payment line is an item`);
  }
});

t.test('the total\'s label whose figure was lost takes none from the cash under it', async (t) => {
  const r = derive([...HEAD, '小計 ¥928', '合計', 'お預かり ¥1,000', 'お釣 ¥72']);
  t.equal(r.totalAmount, 928);
  t.not(derive([...HEAD, '合計', 'お預り ¥1,000', 'お釣り ¥72']).totalAmount, 1000);
});

t.test('the cash handed over printed above the total is no total', async (t) => {
  const r = derive([...HEAD, 'お預り ¥1,000', '合計 ¥928', 'お釣り ¥72']);
  t.same([r.totalAmount, r.tableItems.length], [928, 4]);
});

t.test('cash paid with no change given under a total whose figure was lost is the total paid', async (t) => {
  const lines = ['CITY PARKING SDN BHD', 'Ticket No. 029190', 'Entry Time 30/04/2017 19:44', 'Parking Fee RM2.83', 'GST 6% RM0.17', 'Total M3.00', 'Paid RM3.00', 'Change RM0.00'];
  t.equal(derive(lines).totalAmount, 3);
});
