/**
 * @module test/engine/read/parts-one-document
 * An image cut into documents side by side is read whole again when its parts read as the
 * columns of one document: labels on one side and their figures on the other, or a line running
 * across the cut. Two receipts side by side stay two.
 */
import t from 'tap';
import type { Line, PageReading } from '../../../engine/types.ts';
import { partsAreOneDocument } from '../../../engine/read/parts-one-document.ts';

const H = 40;
/** A line of `text` at x (part pixels), on row `row` (a line every 1.25 line heights), shifted down by `dy` px. */
const line = (text: string, x: number, row: number, dy = 0): Line => ({ text, box: { x, y: 100 + row * 1.25 * H + dy, w: text.length * 18, h: H }, words: [] });
const part = (page: number, x: number, width: number, lines: Line[]): PageReading => ({ page, width, height: 1200, source: 'ocr', lines, confidence: 0.9, origin: { x, y: 0 } });

t.test('labels on the left, their figures on the right: one document, also when the right column stands lower (a scan askew)', async (t) => {
  const labels = ['Bediener: Jan', 'Tomaten lose', 'SUMME', 'Gegeben BAR', 'Ruckgeld', 'Summe MwSt'];
  const figures = ['04.06.23 13:09', '4,95 A', '19,93 EUR', '20,00', '0,07', '1,77'];
  for (const dy of [0, 22]) {
    const left = part(1, 0, 380, labels.map((l, i) => line(l, 40, i + 4)));
    const right = part(2, 380, 1000, [line('FEINKOST MUHLBACH GMBH', 30, 0), line('Hauptstrasse 12', 170, 1), line('Kassenbon', 240, 2), ...figures.map((f, i) => line(f, 700, i + 4, dy))]);
    t.equal(partsAreOneDocument([left, right]), true, `right column ${dy} px lower`);
  }
});

t.test('a header cut through a letter gap ("FY EAGLE.ENTER" | "PRISE"): one document', async (t) => {
  const left = part(1, 0, 370, [{ ...line('FY EAGLE.ENTER', 100, 0), box: { x: 100, y: 100, w: 262, h: H } }, line('TAX INVOICE', 120, 2), line('TOTAL 52.00', 40, 6)]);
  const right = part(2, 370, 160, [line('PRISE', 4, 0), line('4/05/2018', 10, 3), line('AMOUNT', 10, 5)]);
  t.equal(partsAreOneDocument([left, right]), true);
});

t.test('two receipts side by side, each line holding its label and figure: two documents', async (t) => {
  const receipt = (shop: string) => [line(shop, 60, 0), line('12 HIGH STREET', 60, 1), line('COFFEE 3.20', 40, 3), line('MUFFIN 2.80', 40, 4), line('TOTAL 6.00', 40, 6), line('CASH 10.00', 40, 7), line('CHANGE 4.00', 40, 8), line('THANK YOU', 80, 10)];
  t.equal(partsAreOneDocument([part(1, 0, 500, receipt('HARBOUR CAFE')), part(2, 500, 500, receipt('NORTHSIDE HARDWARE'))]), false);
  // and offset by half a line, as two slips rarely lie level
  const lower = receipt('NORTHSIDE HARDWARE').map((l) => ({ ...l, box: { ...l.box, y: l.box.y + H / 2 } }));
  t.equal(partsAreOneDocument([part(1, 0, 500, receipt('HARBOUR CAFE')), part(2, 500, 500, lower)]), false);
});

t.test('a part that prints no money beside one that does is a column of the same document (an A4 invoice\'s address column)', async (t) => {
  // (boxes ten pixels a character: no line runs across the cut)
  const line = (text: string, x: number, row: number): Line => ({ text, box: { x, y: 100 + row * 1.25 * H, w: text.length * 10, h: H }, words: [] });
  const left = part(1, 0, 540, [line('Dvorak Elektro s.r.o.', 84, 0), line('Hauptstrasse 5, 10115 Berlin', 84, 1), line('Odberatel:', 84, 3), line('Hotel Praha', 84, 4),
    line('Popis', 84, 7), line('Travel expenses', 84, 8), line('Support hours', 84, 9), line('Consulting services', 84, 10), line('Platba na ucet CZ65 0800 0000 1920 0014 5399', 84, 16)]);
  const right = part(2, 540, 769, [line('FAKTURA', 470, 0), line('Cislo faktury: RE-2024-1814', 110, 2), line('Datum vystaveni: 13.11.2024', 110, 3), line('Datum splatnosti: 13.12.2024', 110, 4),
    line('Currency / wahrung: CZK', 110, 5), line('Mnozstvi Cena za jedn. DPH Bez DPH', 60, 7),
    line('8 196,34 21 % 1 570,72', 60, 8), line('7 148,20 21 % 1 037,40', 60, 9), line('7 79,53 21 % 556,71', 60, 10), line('Zaklad dane 3 164,83 CZK', 60, 12),
    line('DPH 21 % 664,61 CZK', 60, 13), line('Celkem k uhrade 3 829,44 CZK', 60, 14)]);
  t.equal(partsAreOneDocument([left, right]), true);
});

t.test('an invoice in a currency printed in whole amounts (yen), cut between its item names and its figures: one document', async (t) => {
  // no figure with cents anywhere: the left column holds the seller, the title and the item
  // names; the right column the buyer, the fields and figures grouped in thousands
  const line = (text: string, x: number, row: number): Line => ({ text, box: { x, y: 100 + row * 1.25 * H, w: text.length * 10, h: H }, words: [] });
  const left = part(1, 0, 650, [line('Kobe Marine Supply Co., Ltd.', 200, 0), line('3-4-5 Minato-ku, Tokyo', 200, 1), line('INVOICE', 200, 5),
    line('Item', 200, 9), line('Harbour survey (days)', 200, 10), line('Rope, per coil', 200, 11)]);
  const right = part(2, 650, 790, [line('Billed To', 130, 3), line('Osaka Freight K.K.', 130, 4), line('Invoice No. KM-2207', 130, 6), line('Issue Date 2026/03/02', 130, 7),
    line('Payment Due 2026/04/01', 130, 8), line('Qty Unit Amount', 70, 9), line('4 85,000 340,000', 70, 10), line('12 7,500 90,000', 70, 11),
    line('Subtotal 430,000', 130, 13), line('Consumption Tax 10% 43,000', 130, 14), line('Total (JPY) 473,000', 130, 15)]);
  t.equal(partsAreOneDocument([left, right]), true);
  // the same figures in a currency with cents, printed whole, prove nothing: two parts stay two
  const euros = { ...right, lines: right.lines.map((l) => ({ ...l, text: l.text.replace('(JPY)', '(EUR)') })) };
  t.equal(partsAreOneDocument([left, euros]), false);
});

t.test('two yen receipts side by side, each line holding its label and figure: two documents', async (t) => {
  const receipt = (shop: string) => [line(shop, 60, 0), line('TOKYO', 60, 1), line('ONIGIRI ¥150', 40, 3), line('GREEN TEA ¥1,200', 40, 4), line('TOTAL ¥1,350', 40, 6), line('CASH ¥2,000', 40, 7), line('CHANGE ¥650', 40, 8)];
  t.equal(partsAreOneDocument([part(1, 0, 500, receipt('KOMBINI ONE')), part(2, 500, 500, receipt('KOMBINI TWO'))]), false);
});
