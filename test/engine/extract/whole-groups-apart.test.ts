/**
 * @module test/engine/extract/whole-groups-apart
 * On a receipt in a whole-unit currency (forint, yen...), a figure grouped in thousands with a
 * space ("ÖSSZESEN 6 846 Ft", "TOTAL 6 846") is read whole, though no decimals anchor it and the
 * photo's word boxes stand apart like two columns: at a thousands gap on its own, at a wider gap
 * only when the receipt's arithmetic (cash − change, the items) confirms it. Two real columns (a
 * quantity, then a price) stay apart. The readings are built as OCR gives them: the line's words
 * joined by single spaces, their boxes where the spaced text puts them.
 */
import t from 'tap';
import { extractReceipt } from '../../../engine/extract/receipt.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A photographed slip: each line's text single-spaced, its word boxes as the spaced text places them. */
const photo = (lines: string[]) => {
  const r = readingFromText([lines], { kind: 'image', width: 300 });
  for (const l of r.pages[0].lines) l.text = l.words.map((w) => w.text).join(' ');
  return r;
};
const total = (lines: string[]) => extractReceipt(photo(lines)).formatted.multiple_receipts[0].totalAmount;
const head = ['Kisbolt Szabo', 'Fo utca 1, Budapest', '2024.10.08. 13:31 Nyugta sz. 3882'];

t.test('a whole figure whose thousands gap was read as a column gap is read whole', async (t) => {
  t.equal(total([...head, 'Kenyer 420 A', 'ÖSSZESEN 6   846 Ft', 'Thank you']), 6846, 'forints (Ft), a gap of three digits');
  t.equal(total(['Lawson Shibuya', 'Tokyo', '2024/10/08 13:31', 'TOTAL ¥6   846', 'Thank you']), 6846, 'yen, the sign on the first group');
  t.equal(total(['Lawson Shibuya', 'Tokyo', '2024/10/08 13:31', 'JPY', 'TOTAL 6   846', 'CASH 10   000']), 6846, 'yen by its code');
  t.equal(total(['Corner shop', 'Main street 1', '2024/10/08 13:31', 'TOTAL 6   846', 'CASH 10 000']), 6846, 'no currency read, but no figure on the page has decimals');
  t.equal(total(['Corner shop', 'Main street 1', '2024/10/08 13:31', 'TOTAL 1 234   846', 'CASH 2 000 000']), 1234846, 'groups before the gap');
});

t.test('a wider gap is closed only when the receipt\'s arithmetic confirms the whole figure', async (t) => {
  t.equal(total(['Lawson Shibuya', 'Tokyo', '2024/10/08 13:31', 'JPY', 'TOTAL 6          846', 'CASH 10          000', 'CHANGE 3          154']), 6846, 'cash − change, their figures read whole the same way');
  t.equal(total(['Lawson Shibuya', 'Tokyo', '2024/10/08 13:31', 'JPY', 'TOTAL ¥6          846', 'CASH ¥10          000', 'CHANGE ¥3          154']), 6846, 'the sign on each first group');
  t.equal(total(['Lawson Shibuya', 'Tokyo', '2024/10/08 13:31', 'JPY', 'TOTAL 6          846', 'VISA 6          846']), 846, 'a card payment split the same way confirms both readings: the figure stays as read');
});

t.test('two real columns stay apart', async (t) => {
  t.equal(total([...head, 'Kenyer 1          846', 'ÖSSZESEN 846 Ft', 'CASH 1 000', 'CHANGE 154']), 846, 'a quantity before a price on an item row');
  t.equal(total(['Lawson Shibuya', 'Tokyo', '2024/10/08 13:31', 'JPY', 'TOTAL 2          846', 'CASH 1 000', 'CHANGE 154']), 846, 'the arithmetic confirms the figure as read');
  t.equal(total(['Cafe Roma', 'Via Roma 1', '08/10/2024 13:31', 'Caffe 2,50', 'TOTAL 2   846', 'EUR']), 846, 'a page in euros with cents: the figure as read, never joined');
});
