/**
 * @module test/engine/extract/receipt-korean
 * A Korean receipt in won end to end, as a text layer prints it: classified a receipt, its total
 * ("합계 금액 18,300원", "합계 ₩18,300", "합계 18,300"), tax ("부가세"), net ("과세 물품가액",
 * "공급가액"), currency (KRW, whole won) and number read, its summary rows never items, the count
 * line above an item read with its whole unit price ("2 x 3,500" over "김밥 7,000"), and a count
 * glued to a counter word ("사과 5입": a pack of five) part of the name, no quantity.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { readingFromText } from '../reading-from-text.ts';

const reading = (xs: string[]) => readingFromText([xs], { kind: 'pdf', width: 240 });
const receipt = (xs: string[]) => extractReceipt(reading(xs)).formatted.multiple_receipts[0];
const fields = (xs: string[]) => {
  const r = receipt(xs);
  return [r.totalAmount, r.taxAmount, r.netAmount, r.currencyCode, r.documentId];
};
const kr = (total: string, net = '과세 물품가액 16,637') => ['푸른마트 서초점', '(주)푸른유통', '사업자번호 105-81-22334', '서울특별시 서초구 반포대로 58',
  '2026-03-14 11:42 영수증 20260314-0077', '------------------------', '우유 1L 2,800', '2 x 3,500', '김밥 7,000', '사과 5입 8,500',
  '------------------------', total, net, '부가세 1,663', '신용카드 18,300', '감사합니다'];

t.test('a Korean receipt in won', async (t) => {
  for (const total of ['합계 금액 18,300원', '합계 ₩18,300', '합계 18,300원', '합계금액 18,300']) {
    const xs = kr(total);
    t.equal(classifyOffline(reading(xs)).type, 'receipt', `${total}: not refused`);
    t.same(fields(xs), [18300, 1663, 16637, 'KRW', '20260314-0077'], total);
    t.same(receipt(xs).tableItems.map((x) => [x.description, x.quantity, x.totalAmount]), [['우유 1L', null, 2800], ['김밥', 2, 7000], ['사과 5입', null, 8500]], `${total}: items`);
  }
  t.same(fields(kr('합계 18,300원', '공급가액 16,637')), [18300, 1663, 16637, 'KRW', '20260314-0077'], 'the supply value');
});
