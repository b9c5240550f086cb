/**
 * @module test/engine/extract/japanese-invoice
 * A Japanese invoice (請求書) as the reader gives it: its number under 請求書番号, its date under
 * 請求日, its payment deadline under 支払期限, the amount billed under ご請求金額 or 請求金額 (also
 * with the simplified 额 a reader trained on Chinese gives), the subtotal 小計 as the net beside the
 * consumption tax, and the buyer named with its honorific (御中, 様), which is no part of the name.
 */
import t from 'tap';
import { extractInvoice } from '../../../engine/extract/invoice.ts';
import { honorificBuyer } from '../../../engine/extract/honorific-buyer.ts';
import { readingFromText } from '../reading-from-text.ts';

const page = (total: string) => [
  '株式会社ハルカ工房 請求書', '東京都千代田区丸の内1-1-1', '登録番号 T1234567890123',
  '緑川物産株式会社 御中 請求書番号 INV-2026-0412', '請求日 2026年4月30日', '支払期限 2026年5月31日',
  '品名 数量 単価 税率 金額', '撮影 1 120,000 10% 120,000', '編集 3 20,000 10% 60,000',
  '小計 ¥180,000', '消費税(10%) ¥18,000', `${total} ¥198,000`, '振込先: みどり銀行 本店 普通 7654321',
];

t.test('number, dates, total, net and buyer of a 請求書', async (t) => {
  for (const label of ['ご請求金額', '請求金額', '請求金额']) {
    const { formatted: x } = extractInvoice(readingFromText([page(label)]));
    t.same([x.documentId, x.totalAmount, x.netAmount, x.taxAmount, x.currencyCode], ['INV-2026-0412', 198000, 180000, 18000, 'JPY'], label);
    t.equal(x.dueDate, '2026年5月31日');
    t.equal(x.date, '2026年4月30日');
    t.equal(x.customerName, '緑川物産株式会社');
  }
});

t.test('the honorific names the buyer; 様式 and 仕様 are no honorifics', async (t) => {
  const lines = (xs: string[]) => readingFromText([xs]).pages[0].lines.map((l, i) => ({ ...l, page: 1, index: i, pageIndex: i, pageWidth: 500, pageHeight: 500, source: 'text' as const }));
  t.equal(honorificBuyer(lines(['山田 太郎 様', '請求日 2026年4月30日']) as never)?.name, '山田 太郎');
  t.equal(honorificBuyer(lines(['山田太郎 様']) as never)?.name, '山田太郎');
  t.equal(honorificBuyer(lines(['請求書 様式第1号', '製品仕様 A4']) as never), null);
});
