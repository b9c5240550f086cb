/**
 * @module test/engine/extract/name-repair-evidence
 * A name word OCR read right is not rewritten because a confusable letter makes an English word
 * of it ("Cafe Nero" is no "Cafe Hero"): the name repairs change a letter only on evidence, OCR
 * unsure of the word or the name printed again elsewhere with that letter.
 */
import t from 'tap';
import { receiptSupplier } from '../../../engine/extract/receipt-supplier.ts';
import { repairFromDocument } from '../../../engine/extract/name-consensus.ts';
import { fixOcrWords } from '../../../engine/parse/ocr-word-fix.ts';
import { flattenLines, type DocLine } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

/** An OCR'd till slip: every word at `sure` but those given a confidence of their own. */
function slip(lines: string[], confidences: Record<string, number> = {}, sure = 0.97): DocLine[] {
  const reading = readingFromText([[...lines, '', 'TOTAL 12.40']], { kind: 'image', confidence: sure });
  for (const l of reading.pages[0].lines) for (const w of l.words) if (w.text in confidences) w.confidence = confidences[w.text];
  return flattenLines(reading);
}
const supplier = (lines: string[], confidences: Record<string, number> = {}, sure = 0.97) => receiptSupplier(slip(lines, confidences, sure))?.name ?? null;

t.test('a name word OCR read surely stays as read, though a confusable letter makes a word of it', async (t) => {
  t.equal(supplier(['Cafe Nero', '12 High Street', 'London W1 2AB']), 'Cafe Nero', 'N is not H: Nero is no misread of Hero');
  t.equal(supplier(['CAFFE NERO LTD', '12 HIGH STREET']), 'CAFFE NERO LTD', 'in capitals');
  t.equal(supplier(['Hero Burger', '5 Market Square']), 'Hero Burger', 'a word stays a word');
  t.equal(supplier(['Cafe Nero', '12 High Street', 'Hero Burger 6.20', 'Hero Burger 6.20']), 'Cafe Nero', 'with Hero printed on the slip too');
});

t.test('an unsure misread is still repaired', async (t) => {
  t.equal(supplier(['WARAKUYA PERMAS GITY SDN BHD', 'JALAN PERMAS UTARA 1'], { GITY: 0.6 }), 'WARAKUYA PERMAS CITY SDN BHD');
  t.equal(supplier(['12 HARI NART S/B', 'NO 5, JALAN MAJU'], { NART: 0.7 }), '12 HARI MART S/B');
  t.equal(supplier(['SERI MANIS CONFECTLONERY SDN BHD', 'NO 5, JALAN MAJU']), 'SERI MANIS CONFECTIONERY SDN BHD', 'a long word one glyph from a word, however surely read');
});

t.test('a word printed again elsewhere the same way is what it reads, even when unsure', async (t) => {
  const lines = slip(['NERO ESPRESSO BAR', '12 HIGH STREET', 'THANK YOU FOR VISITING NERO'], { NERO: 0.6 });
  t.equal(repairFromDocument('NERO ESPRESSO BAR', [lines[0]], lines), 'NERO ESPRESSO BAR');
  t.equal(receiptSupplier(lines)?.name, 'NERO ESPRESSO BAR');
});

t.test('the name consensus takes no twin from a priced row, nor replaces a word read the same way elsewhere', async (t) => {
  const items = slip(['Cafe Nero', '12 High Street', 'Hero Burger 6.20', 'Hero Wrap 4.10'], { Nero: 0.8 });
  t.equal(repairFromDocument('Cafe Nero', [items[0]], items), 'Cafe Nero', 'items are no twin of the name');
  const twice = slip(['Cafe Nero', 'Nero Card points 120', 'Hero Club', 'Hero members'], { Nero: 0.3 });
  t.equal(repairFromDocument('Cafe Nero', [twice[0]], twice), 'Cafe Nero', 'Nero is read on another line too');
  const sure = slip(['Cafe Nero', 'Hero Club', 'Hero members']);
  t.equal(repairFromDocument('Cafe Nero', [sure[0]], sure), 'Cafe Nero', 'read surely');
  const misread = slip(['SANYO STATIONERY SHOP', 'NO. 31G, JALAN SETIA INDAH', 'SANYU SUPPLY SDN BHD'], { SANYO: 0.05 });
  t.equal(repairFromDocument('SANYO STATIONERY SHOP', [misread[0]], misread), 'SANYU STATIONERY SHOP', 'an unsure word takes its twin as before');
});

t.test('the lexicon fix leaves a surely read short word alone, but not a long one', async (t) => {
  const sure = () => true;
  t.equal(fixOcrWords('Cafe Nero', { sure }), 'Cafe Nero');
  t.equal(fixOcrWords('Cafe Nero'), 'Cafe Hero', 'without word confidences: as before');
  t.equal(fixOcrWords('SERI MANIS CONFECTLONERY', { sure }), 'SERI MANIS CONFECTIONERY');
  t.equal(fixOcrWords('laste Of The Wor ld', { sure }), 'laste Of The World', 'joins still apply');
});
