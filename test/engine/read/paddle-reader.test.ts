/**
 * @module test/engine/read/paddle-reader
 * PP-OCRv4 (the default recogniser) on generated pages, for real: words come with their own
 * boxes in reading order, figures glued by the printer or the recogniser are separate words,
 * confidences are on the 0..1 scale, a condensed print keeps its word breaks, a page turned
 * a quarter or half round is read upright, and a Polish page gets back the ł its alphabet lacks.
 */
import t from 'tap';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { readDocument } from '../../../engine/read/read-document.ts';
import { makeReceiptImage, receiptTruth } from '../../helpers/make-documents.ts';
import { PaddleReader } from '../../../engine/read/paddle/paddle-reader.ts';

const ocr = new PaddleReader();
t.teardown(() => ocr.terminate());

/** A white page with one line of monospaced text per entry ([left text, right text]). */
async function page(rows: Array<[string, string?]>): Promise<Buffer> {
  const W = 900, lh = 60;
  const c = createCanvas(W, 80 + rows.length * lh);
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, c.width, c.height);
  g.fillStyle = '#000';
  g.font = '30px "DejaVu Sans Mono"';
  rows.forEach(([a, b], i) => {
    const y = 70 + i * lh;
    g.textAlign = 'left';
    g.fillText(a, 60, y);
    if (b) { g.textAlign = 'right'; g.fillText(b, W - 60, y); }
  });
  return c.encode('png');
}

t.test('words have boxes of their own, left to right, and glued figures are split', async (t) => {
  const r = await ocr.recognize(await page([['GREENLEAF MARKET'], ['23-01-201913:14:15PM'], ['TOTAL', '12.50']]));
  t.equal(r.lines.length, 3, r.text);
  const words = (i: number) => r.lines[i].words.map((w) => w.text);
  t.same(words(0), ['GREENLEAF', 'MARKET'], 'a space the printer made is a word break');
  t.same(words(1), ['23-01-2019', '13:14:15PM'], 'a date glued to a time is two words');
  t.same(words(2), ['TOTAL', '12.50']);
  const [a, b] = r.lines[0].words;
  t.ok(a.box.x + a.box.w <= b.box.x + 2, `GREENLEAF ends before MARKET starts (${JSON.stringify([a.box, b.box])})`);
  t.ok(a.box.w > 150 && a.box.w < 320 && b.box.w > 80 && b.box.w < 220, 'each box spans its own letters, not the line');
  const [date, time] = r.lines[1].words;
  t.ok(date.box.x < time.box.x && date.box.x + date.box.w <= time.box.x + 4, 'the split words have boxes side by side');
  const [label, amount] = r.lines[2].words;
  t.ok(amount.box.x - (label.box.x + label.box.w) > 300, 'words far apart keep their places');
  for (const w of r.lines.flatMap((l) => l.words)) t.ok(w.confidence > 0 && w.confidence <= 1, `${w.text}: ${w.confidence}`);
});

t.test('a name printed in a condensed proportional font keeps its word breaks', async (t) => {
  // a receipt header's font squeezed to 60-70 % of its width: the gap between two words is
  // hardly wider than a letter's, and PP-OCR often decodes no space there ("GOLDEN WOKRESTAURANT")
  const names = ['GOLDEN WOK RESTAURANT', 'NORTHWIND HARDWARE TRADING', 'SRI MAJU STATIONERY SDN BHD', 'KEDAI RUNCIT AH SENG', 'PASAR MINI JAYA MAKMUR', 'BLUE HARBOUR SEAFOOD CAFE', 'TAMAN SRI INDAH PETROL', 'WING ON TEA HOUSE', 'SUN LIGHT BAKERY & CAFE', 'HAPPY DAYS MINI MARKET', 'LUCKY STAR FOOD COURT', 'TWIN PINE TRADING'];
  const kept: Record<string, number> = {};
  for (const squeeze of [0.6, 0.7]) {
    const c = createCanvas(900, 80 + names.length * 50);
    const g = c.getContext('2d');
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
    g.fillStyle = '#000';
    g.font = '30px "DejaVu Sans"';
    g.scale(squeeze, 1);
    names.forEach((n, i) => g.fillText(n, 60 / squeeze, 60 + i * 50));
    const r = await ocr.recognize(await c.encode('png'));
    const read = r.lines.map((l) => l.text);
    kept[squeeze] = names.filter((n) => read.includes(n)).length;
    t.comment(`squeezed to ${squeeze}: ${JSON.stringify(read.filter((l) => !names.includes(l)))} misread`);
  }
  // before the space probability was used: 10/12 at 0.6, 7/12 at 0.7
  t.equal(kept[0.6], names.length, 'at 60 % of the width, every name as printed');
  t.ok(kept[0.7] >= 9, `at 70 %, at least 9 of 12 names as printed (${kept[0.7]})`);
});

t.test('a header printed in a condensed bold font is read whole from a wider second crop', async (t) => {
  // bold letters squeezed to 60 % of their width at the top of a receipt: the plain crop gives a
  // letter about two time steps and decoded "BLUEHARBOUR SEAFOOD CAFE", "SUN LIGHT BAKERY& CAFE",
  // "HAPPY DAYS MINIMARKET", "JALANBESAR45600BATANG BERJUNTAI" (11 of 15 as printed); the crop
  // 1.2 times wider, kept where the network is surer of it, reads every line as printed
  const names = ['GOLDEN WOK RESTAURANT', 'NORTHWIND HARDWARE TRADING', 'SRI MAJU STATIONERY SDN BHD', 'KEDAI RUNCIT AH SENG', 'PASAR MINI JAYA MAKMUR', 'BLUE HARBOUR SEAFOOD CAFE', 'TAMAN SRI INDAH PETROL', 'WING ON TEA HOUSE', 'SUN LIGHT BAKERY & CAFE', 'HAPPY DAYS MINI MARKET', 'LUCKY STAR FOOD COURT', 'TWIN PINE TRADING', 'JALAN BESAR 45600 BATANG BERJUNTAI', 'KAWASAN PERINDUSTRIAN BALAKONG', 'SELANGOR DARUL EHSAN'];
  const c = createCanvas(900, 4 * (80 + names.length * 50)); // the header: the page's top quarter
  const g = c.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, c.width, c.height);
  g.fillStyle = '#000';
  g.font = 'bold 30px "DejaVu Sans"';
  g.scale(0.6, 1);
  names.forEach((n, i) => g.fillText(n, 60 / 0.6, 60 + i * 50));
  const r = await ocr.recognize(await c.encode('png'));
  const read = r.lines.map((l) => l.text);
  t.same(read.filter((l) => !names.includes(l)), [], 'no line misread');
  t.equal(names.filter((n) => read.includes(n)).length, names.length, 'every line as printed');
});

t.test('a page turned 90, 180 or 270 degrees without EXIF is read upright', async (t) => {
  const truth = receiptTruth({ format: 'png' });
  const img = await loadImage(await makeReceiptImage({ format: 'png', width: 600 }));
  for (const deg of [90, 180, 270]) {
    const sw = deg % 180 ? img.height : img.width, sh = deg % 180 ? img.width : img.height;
    const c = createCanvas(sw, sh);
    const g = c.getContext('2d');
    g.translate(sw / 2, sh / 2);
    g.rotate((deg * Math.PI) / 180);
    g.drawImage(img, -img.width / 2, -img.height / 2);
    const r = await readDocument({ bytes: await c.encode('png'), mime: 'image/png' }, { maxPages: 1, maxPixels: 40_000_000, ocr });
    const p = r.pages[0];
    const text = p.lines.map((l) => l.text).join('\n');
    t.match(text.split('\n')[0], truth.supplier, `${deg}: the supplier is the first line`);
    t.match(text, new RegExp(`TOTAL.*${truth.total.toFixed(2).replace('.', '\\.')}`), `${deg}: the total line`);
    t.ok(p.height > p.width, `${deg}: the page is reported upright (${p.width}x${p.height})`);
    t.ok(p.lines.every((l) => l.box.x + l.box.w <= p.width + 1 && l.box.y + l.box.h <= p.height + 1), `${deg}: boxes are in the upright page`);
  }
});

t.test('on a Polish page, the ł the alphabet lacks (read as t) comes back in names and words of small letters', async (t) => {
  // PP-OCR reads each ł here as a t ("Ustugi Wista", "Pawet Michatowski"); the dictionary mends them
  const r = await ocr.recognize(await page([['Usługi Wisła'], ['Bank Bałtycki S.A.'], ['Nabywca: Paweł Michałowski'], ['Masło', '7,99'], ['kwota tak Tatra'], ['SUMA PLN', '7,99']]));
  const texts = r.lines.map((l) => l.text);
  for (const want of ['Usługi Wisła', 'Bank Bałtycki S.A.', 'Nabywca: Paweł Michałowski', 'kwota tak Tatra']) t.ok(texts.includes(want), `${want} in ${JSON.stringify(texts)}`);
  t.same(r.lines[0].words.map((w) => w.text), ['Usługi', 'Wisła'], 'its words too');
});
