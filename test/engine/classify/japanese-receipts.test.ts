/**
 * @module test/engine/classify/japanese-receipts
 * Japanese till slips are receipts by their own words (the receipt, cash handed over and
 * change, tax included in the prices, the reduced rate), which Japanese prints without spaces
 * between words; before, a Japanese convenience-store receipt a scan had half
 * read was typed an invoice by its structure alone (the 22nd fresh tester). A Japanese invoice
 * (請求書, due date, bank transfer) stays an invoice.
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { readingFromText } from '../reading-from-text.ts';

const kinds = ['pdf', 'image'] as const;

t.test('a Japanese konbini receipt, several of its lines lost by the scan, is a receipt', async (t) => {
  const slip = ['サンライズマート', '東京都渋谷区道玄坂2-1-3', 'TEL 03-9876-5432', '2026年10月12日(月) 09:15', '01 No.552',
    '※ ¥128', '¥98', '紅茶 500ml ※ ¥150', '電池 ¥330', '小計 ¥ 706', '合計 ¥706', '(8%対象 ¥376)', '(内消費税等 ¥27)', '(10%対象 ¥330)', '(内消費税等 ¥30)', '¥1,000', '¥294'];
  for (const kind of kinds) {
    const c = classifyOffline(readingFromText([slip], { kind, width: 300 }));
    t.equal(c.type, 'receipt', `${kind}: ${c.reason}`);
  }
});

t.test('a Japanese invoice stays an invoice', async (t) => {
  const seikyu = ['請求書', '株式会社ミナト商事 御中', '請求番号: INV-2026-0412', '請求日: 2026年10月31日', 'お支払期限: 2026年11月30日',
    '品目 数量 単価 金額', 'コンサルティング 10 50,000 500,000', '小計 ¥500,000', '消費税 (10%) ¥50,000', '合計 ¥550,000', '振込先: みなと銀行 本店 普通 1234567'];
  t.equal(classifyOffline(readingFromText([seikyu], { width: 595 })).type, 'invoice');
});
