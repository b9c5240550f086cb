/**
 * @module test/engine/extract/name-consensus
 */
import t from 'tap';
import { repairFromDocument } from '../../../engine/extract/name-consensus.ts';
import { flattenLines, type DocLine } from '../../../engine/parse/lines.ts';
import { readingFromText } from '../reading-from-text.ts';

/** Lines of an OCR'd page, every word at 0.9 but those given a confidence of their own. */
function page(lines: string[], unsure: Record<string, number> = {}): DocLine[] {
  const reading = readingFromText([lines], { kind: 'image' });
  for (const l of reading.pages[0].lines) for (const w of l.words) if (w.text in unsure) w.confidence = unsure[w.text];
  return flattenLines(reading);
}

t.test('an unsure word of the name takes the spelling it has where it is printed plainly', async (t) => {
  const lines = page(['SANYO STATIONERY SHOP', 'NO. 31G, JALAN SETIA INDAH', 'Owned By', 'SANYU SUPPLY SDN BHD (1135772-K)'], { SANYO: 0.05 });
  t.equal(repairFromDocument('SANYO STATIONERY SHOP', [lines[0]], lines), 'SANYU STATIONERY SHOP');
});

t.test('a letter dropped or added counts as one letter away, and the case of the name is kept', async (t) => {
  const lines = page(['ENTERPRISE (SETI&', 'NO. 17-G, Jalan Setia Indah'], { '(SETI&': 0.27 });
  t.equal(repairFromDocument('ENTERPRISE (SETI', [lines[0]], lines), 'ENTERPRISE (SETIA');
  const mixed = page(['Sungal Motor Sdn Bhd', 'No. 343, Jalan Kurau, SUNGAI RENGIT'], { Sungal: 0.5 });
  t.equal(repairFromDocument('Sungal Motor Sdn Bhd', [mixed[0]], mixed), 'Sungai Motor Sdn Bhd');
});

t.test('nothing changes without a single sure twin elsewhere', async (t) => {
  const sure = page(['SANYO STATIONERY SHOP', 'SANYU SUPPLY SDN BHD']);
  t.equal(repairFromDocument('SANYO STATIONERY SHOP', [sure[0]], sure), 'SANYO STATIONERY SHOP', 'the name word was read with confidence');
  const unsureTwin = page(['SANYO STATIONERY SHOP', 'SANYU SUPPLY SDN BHD'], { SANYO: 0.05, SANYU: 0.6 });
  t.equal(repairFromDocument('SANYO STATIONERY SHOP', [unsureTwin[0]], unsureTwin), 'SANYO STATIONERY SHOP', 'the twin was read no better');
  const two = page(['SANYO STATIONERY SHOP', 'SANYU SUPPLY', 'SANYA TRADING'], { SANYO: 0.05 });
  t.equal(repairFromDocument('SANYO STATIONERY SHOP', [two[0]], two), 'SANYO STATIONERY SHOP', 'two twins: no way to tell');
  const word = page(['HOME MART', 'COME AGAIN'], { HOME: 0.1 });
  t.equal(repairFromDocument('HOME MART', [word[0]], word), 'HOME MART', 'an English word is no misread');
  const alone = page(['SANYO STATIONERY SHOP', 'TEL 03-3362 4137'], { SANYO: 0.05 });
  t.equal(repairFromDocument('SANYO STATIONERY SHOP', [alone[0]], alone), 'SANYO STATIONERY SHOP', 'nothing to take it from');
});

t.test('a name word read surely but no word takes the spelling a twin is read with twice elsewhere', async (t) => {
  const twice = page(['Goardian Health And Beauty Sdn Bhd', 'Guardian points earned 120', 'Visit Guardian online'], { Goardian: 0.85 });
  t.equal(repairFromDocument('Goardian Health And Beauty Sdn Bhd', [twice[0]], twice), 'Guardian Health And Beauty Sdn Bhd');
  const once = page(['Goardian Health And Beauty Sdn Bhd', 'Guardian points earned 120'], { Goardian: 0.85 });
  t.equal(repairFromDocument('Goardian Health And Beauty Sdn Bhd', [once[0]], once), 'Goardian Health And Beauty Sdn Bhd', 'once is not enough for a word read surely');
});

t.test('a word split in two by the reading, each half no word, takes the twin read well twice elsewhere', async (t) => {
  const lines = page(['Goar dian Health And Beauty Sdn Bhd', 'At Guardian', 'Guardian brand products']);
  t.equal(repairFromDocument('Goar dian Health And Beauty Sdn Bhd', [lines[0]], lines), 'Guardian Health And Beauty Sdn Bhd', 'split and one letter off');
  t.equal(repairFromDocument('Guar dian Health And Beauty Sdn Bhd', [lines[0]], lines), 'Guardian Health And Beauty Sdn Bhd', 'split only');
  t.equal(repairFromDocument('The Goar dian Shop', [lines[0]], lines), 'The Guardian Shop', 'after another word');
  const once = page(['Goar dian Health And Beauty Sdn Bhd', 'At Guardian']);
  t.equal(repairFromDocument('Goar dian Health And Beauty Sdn Bhd', [once[0]], once), 'Goar dian Health And Beauty Sdn Bhd', 'once is not enough');
  const words = page(['SUN LIGHT BAKERY', 'SUNLIGHT points', 'SUNLIGHT club']);
  t.equal(repairFromDocument('SUN LIGHT BAKERY', [words[0]], words), 'SUN LIGHT BAKERY', 'two words stay two words');
});
