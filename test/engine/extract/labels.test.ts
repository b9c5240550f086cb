/**
 * @module test/engine/extract/labels
 */
import t from 'tap';
import { labelledAmounts, labelledDates, labelledIds } from '../../../engine/extract/labels.ts';
import { flattenLines, keyword } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

const TOTAL = [keyword('total due')];

t.test('on a tilted photo the row below a label still gives its amount', async (t) => {
  // the value row starts inside the label line's box (debris makes both boxes tall) but its
  // middle lies below the label line: it is the next row, not the one after it
  const reading = readingFromText([['& Total Due BT', 'E R1374945.00', 'VAT 15% 163036.96']], { kind: 'image' });
  const [label, value, vat] = reading.pages[0].lines;
  label.box = { ...label.box, y: 100, h: 46 };
  value.box = { ...value.box, y: 124, h: 58 };
  vat.box = { ...vat.box, y: 174, h: 40 };
  const [c] = labelledAmounts(flattenLines(reading), TOTAL);
  t.equal(c.value, 1374945);
  t.equal(c.sameRow, false, 'read from the row below');
});

t.test('a straight page reads the next line below as before', async (t) => {
  const lines = flattenLines(readingFromText([['Total Due', 'R 250.00', 'VAT 15% 32.61']], { kind: 'image' }));
  const [c] = labelledAmounts(lines, TOTAL);
  t.equal(c.value, 250);
});

t.test('a label read with an l as "!", "|", or (in a long word) "i" or "1", or with a speck between its words, is still the label', async (t) => {
  for (const line of ['Tota! Due 250.00', 'TOTA| DUE 250.00', 'Total·Due 250.00', 'Totai Due 250.00', 'TOTA1 DUE 250.00']) {
    const [c] = labelledAmounts(flattenLines(readingFromText([[line]], { kind: 'image' })), TOTAL);
    t.equal(c?.value, 250, line);
  }
  t.notOk(keyword('total').test('tota 250.00'), 'a letter dropped is not a letter misread');
  t.notOk(keyword('jln').test('pasar mini jin seng'), 'in a short word an i is an i: "JIN" is no "Jln"');
});

t.test('a speck read as a dot after a label word, before the space or for it, still lets the label match; a letter after the word does not', async (t) => {
  t.ok(keyword('documento n').test('documento. n.5893 cassa 3'));
  t.ok(keyword('total due').test('total. due 250.00'));
  t.ok(keyword('factura simplificada').test('factura.simplificada n97336'), 'the space read as a speck in a scan');
  t.notOk(keyword('total due').test('totalx due 250.00'));
  t.notOk(keyword('total due').test('total.dues 250.00'), 'the last word ends where the label does');
});

t.test('right after a date label, a numeric date with a separator OCR broke is still its date; further along the line it is not', async (t) => {
  const dates = (line: string) => labelledDates(flattenLines(readingFromText([[line]], { kind: 'image' })), [keyword('vervaldatum')], 'dmy').map((d) => d.iso);
  t.same(dates('Vervaldatum:10.09:2022'), ['2022-09-10']);
  t.same(dates('Vervaldatum: 10.09:2022'), ['2022-09-10']);
  t.same(dates('Vervaldatum 10.09.2022'), ['2022-09-10'], 'a well-read date as before');
  t.same(dates('Vervaldatum zie ref 10.09:2022'), [], 'words between: no last-resort reading');
});

t.test('on a photo whose rows rise to the right, a lone figure read just before a label and overlapping its row is its amount', async (t) => {
  const TOTALE = [keyword('totale')];
  const reading = readingFromText([['IVA 22% 170,17', '943,69 E', 'Totale docu']], { kind: 'image' });
  const [vat, figure, label] = reading.pages[0].lines;
  vat.box = { x: 414, y: 561, w: 1301, h: 57 };
  figure.box = { x: 1584, y: 602, w: 132, h: 38 };
  label.box = { x: 417, y: 624, w: 186, h: 39 };
  const [c] = labelledAmounts(flattenLines(reading), TOTALE);
  t.equal(c.value, 943.69);
  t.equal(c.sameRow, true);
  // a figure on the row above (no overlap) or left of the label's end is not the label's
  figure.box = { x: 1584, y: 570, w: 132, h: 38 };
  t.equal(labelledAmounts(flattenLines(reading), TOTALE).length, 0, 'a figure a row above stays its own row');
  figure.box = { x: 300, y: 602, w: 132, h: 38 };
  t.equal(labelledAmounts(flattenLines(reading), TOTALE).length, 0, 'a figure left of the label is no part of its row');
});

t.test('a date label followed by a date read with a time\'s colons, and then the time, gives the date', async (t) => {
  const lines = flattenLines(readingFromText([['Datum: 11:02:22 Uhrzeit:. 10:22']], { kind: 'image' }));
  t.equal(labelledDates(lines, [keyword('datum')], 'dmy')[0]?.iso, '2022-02-11');
});

t.test('a lone digit ending a label line, with the figure read as a segment of its own beside it, gives way to that figure', async (t) => {
  const reading = readingFromText([['SUBTOTAL 85.88', 'TOTAL $ 1', 'CARD 105.19']], { kind: 'image' });
  const lines = reading.pages[0].lines;
  // the detector's two boxes on the total's row overlap: the figure is read whole beside the label
  const row = lines[1];
  lines.splice(2, 0, { text: '105.19', box: { ...row.box, x: row.box.x + row.box.w - 6, w: 36 }, words: [{ text: '105.19', box: { ...row.box, x: row.box.x + row.box.w - 6, w: 36 }, confidence: 0.9 }] });
  const total = labelledAmounts(flattenLines(reading), [keyword('total')], [keyword('subtotal')]);
  t.same(total.map((c) => c.value), [105.19]);
  const plain = readingFromText([['TOTAL 4', 'Items 3']], { kind: 'image' });
  t.same(labelledAmounts(flattenLines(plain), [keyword('total')]).map((c) => c.value), [4], 'a whole number with nothing beside it stays');
});

t.test('a row of key-value pairs: each key\'s figure is the one after it, not the row\'s last', async (t) => {
  const lines = flattenLines(readingFromText([['Netto 610,37 Steuer 61,04', 'Subtotal 10.00 Tax 0.80 Total 10.80', 'GST 6% 100.00 6.00']], { kind: 'image' }));
  t.same(labelledAmounts([lines[0]], [keyword('netto')]).map((c) => c.value), [610.37]);
  t.same(labelledAmounts([lines[1]], [keyword('subtotal')]).map((c) => c.value), [10]);
  t.same(labelledAmounts([lines[1]], [keyword('total')]).map((c) => c.value), [10.8]);
  t.same(labelledAmounts([lines[2]], [keyword('gst')]).map((c) => c.value), [6], 'a table row (rate, base, tax) keeps its last figure');
});

t.test('a speck read as a bracket or a lone letter between a label and its id is no part of the id', async (t) => {
  const ids = (line: string) => labelledIds(flattenLines(readingFromText([[line]])), [keyword('receipt no')]).map((c) => c.text);
  t.same(ids('Receipt No.: C CS1801/27037 Date: 23/01/2018'), ['CS1801/27037']);
  t.same(ids('Receipt No. : ( CS1802/27714 Date : 12/02/2018'), ['CS1802/27714']);
  t.same(ids('Receipt No: A 12345'), ['A 12345'], 'a series letter before figures stays the id\'s');
  t.same(ids('Receipt No.: CS1801/27037'), ['CS1801/27037']);
});
