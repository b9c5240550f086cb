/**
 * @module bench/reading-text
 * How well PP-OCR reads receipt text, apart from the rules: each text box the detector finds on
 * a training receipt (normalised as the service does, ../engine/read/normalise-image.ts) is
 * recognised and compared with the SROIE ground-truth text boxes given to it: each truth box
 * goes to the detected box holding most of its area, if that is 60 % or more, and a detected
 * box's expected reading is its truth boxes' texts left to right (none: it should read
 * nothing). Prints the character error rate over every truth character (Levenshtein distance
 * of each detected box's reading to its expected one, plus the characters of truth boxes no
 * detected box holds; case and spaces ignored: SROIE's truth is upper case and spaces are the
 * word splitter's job), the share of truth-holding boxes read exactly, and how many detected
 * boxes hold truth lines one above the other (lines run together); and, on the boxes read
 * exactly, the word breaks between two letters or digits that the service's words (engine's
 * segmentWords) miss or add (spaces around punctuation are left out: SROIE's truth has them
 * where the print often does not). Not a test: it prints figures.
 *   node --import tsx bench/reading-text.ts [--dir DIR] [--split fit|check|all] [--limit N]
 * DIR defaults to ../shared/training (receipts with `.box.csv` beside the image).
 * BENCH_MISSES=1 prints each box read wrong (id, edits, expected, read) and each box read right
 * whose word breaks differ (id, 'spaces', expected, words).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPaddleModels } from '../engine/read/paddle/models.ts';
import { decodeGrey, DET_LIMIT } from '../engine/read/paddle/paddle-reader.ts';
import { detectText } from '../engine/read/paddle/detect-text.ts';
import { recogniseBoxes } from '../engine/read/paddle/recognise-text.ts';
import { segmentWords } from '../engine/read/paddle/segments-to-lines.ts';
import { readTopBoxesWider } from '../engine/read/paddle/wider-second-reading.ts';
import { normaliseImage } from '../engine/read/normalise-image.ts';
import { imageDimensions } from '../engine/read/image-header.ts';
import type { Box } from '../engine/types.ts';
import leven from 'leven';
import { parseFlags } from './lib/args.ts';
import { sroieBox } from './lib/sroie-reading.ts';

const here = dirname(fileURLToPath(import.meta.url));
const flags = parseFlags(process.argv.slice(2), {
  dir: { default: [resolve(here, '../../shared/training'), resolve(here, '../../../shared/training')].find((d) => existsSync(d)) ?? resolve(here, '../../shared/training'), help: 'folder holding truth.jsonl and the receipts' },
  split: { default: 'fit', choices: ['fit', 'check', 'all'] as const, help: 'which records to read' },
  limit: { default: 0, help: 'read at most this many receipts (0: all)' },
}, 'bench/reading-text.ts [--dir DIR] [--split fit|check|all] [--limit N]');

const area = (a: Box, b: Box) => Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
const plain = (s: string) => s.normalize('NFKC').toUpperCase().replace(/\s+/g, '');

/** Where words meet, as character offsets into their plain() concatenation. */
function breaks(words: string[]): Set<number> {
  const at = new Set<number>();
  let n = 0;
  for (const w of words.map(plain).filter(Boolean)) { if (n) at.add(n); n += w.length; }
  return at;
}

async function main() {
  const records = readFileSync(join(flags.dir, 'truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; file: string; split: string; expected_type: string })
    .filter((r) => r.expected_type === 'receipt' && (flags.split === 'all' || r.split === flags.split) && existsSync(join(flags.dir, r.file.replace(/\.jpg$/, '.box.csv'))));
  const chosen = flags.limit ? records.slice(0, flags.limit) : records;
  const models = await loadPaddleModels();
  let chars = 0, errors = 0, boxes = 0, exact = 0, skipped = 0, stacked = 0;
  let spaces = 0, missedSpaces = 0, extraSpaces = 0;
  const t0 = Date.now();
  for (const rec of chosen) {
    const file = join(flags.dir, rec.file);
    const bytes = readFileSync(file);
    const img = await normaliseImage(bytes, 'image/jpeg', { maxPixels: 40_000_000 });
    const dim = imageDimensions(bytes, 'image/jpeg');
    const k = dim ? img.width / dim.width : 0;
    // a page turned level or cut from a photo no longer maps onto the truth's pixels
    if (!dim || Math.abs(img.height / dim.height - k) > 0.01) { skipped++; continue; }
    const truth = readFileSync(file.replace(/\.jpg$/, '.box.csv'), 'utf8').split('\n').map(sroieBox).filter((g) => g != null).map((g) => ({ text: g.text, box: { x: g.box.x * k, y: g.box.y * k, w: g.box.w * k, h: g.box.h * k } }));
    const page = await decodeGrey(img.png);
    const found = await detectText(models, page, DET_LIMIT);
    const read = await readTopBoxesWider(models, page, found, await recogniseBoxes(models, page, found));
    // a slanted box covers its band at every column: the truth is held by its axis-aligned bounds
    const bounds = read.map((seg) => seg.box);
    const given: string[][] = read.map(() => []);
    const givenBoxes: Box[][] = read.map(() => []);
    for (const g of [...truth].sort((a, b) => a.box.x - b.box.x)) {
      chars += plain(g.text).length;
      let best = -1, most = 0;
      bounds.forEach((b, i) => { const a = area(g.box, b); if (a > most) { most = a; best = i; } });
      if (best >= 0 && most >= 0.6 * g.box.w * g.box.h) { given[best].push(g.text); givenBoxes[best].push(g.box); }
      else errors += plain(g.text).length;
    }
    read.forEach((seg, i) => {
      const want = plain(given[i].join(''));
      const got = plain(seg.chars.map((c) => c.char).join(''));
      const e = leven(got, want);
      errors += e;
      if (process.env.BENCH_MISSES && e) console.log(rec.id, e, JSON.stringify(want), JSON.stringify(got));
      if (!want) return;
      boxes++;
      // truth lines one above the other (not side by side) in one detected box: lines run together
      const gb = givenBoxes[i];
      if (gb.some((a) => gb.some((b) => b.y >= a.y + 0.6 * a.h))) stacked++;
      if (e) return;
      exact++;
      // word breaks, on the boxes whose characters are right: where the truth has a space
      // (inside a truth box or between two) and the words the service makes of the box
      // only breaks between two letters or digits: SROIE's truth also spaces punctuation ("TOTAL :")
      // where the print may not, and no field depends on those
      const inWord = (k: number) => /[\p{L}\d]/u.test(want[k - 1] ?? '') && /[\p{L}\d]/u.test(want[k] ?? '');
      const words = segmentWords(seg, page).map((w) => w.text);
      if (plain(words.join('')) !== want) return; // the word clean-up changed characters
      const wantAt = new Set([...breaks(given[i].flatMap((g) => g.split(/\s+/)))].filter(inWord));
      const gotAt = new Set([...breaks(words)].filter(inWord));
      spaces += wantAt.size;
      for (const k of wantAt) if (!gotAt.has(k)) missedSpaces++;
      for (const k of gotAt) if (!wantAt.has(k)) extraSpaces++;
      if (process.env.BENCH_MISSES && (wantAt.size !== gotAt.size || [...wantAt].some((k) => !gotAt.has(k)))) console.log(rec.id, 'spaces', JSON.stringify(given[i].join(' ')), JSON.stringify(words.join(' ')));
    });
  }
  const secs = (Date.now() - t0) / 1000;
  console.log(`Receipts: ${chosen.length - skipped} read (${skipped} turned or cut by normalisation, skipped), split ${flags.split}`);
  console.log(`   character error rate  ${((100 * errors) / Math.max(1, chars)).toFixed(2)} %  (${errors} edits in ${chars} characters)`);
  console.log(`   boxes read exactly    ${((100 * exact) / Math.max(1, boxes)).toFixed(1)} %  (${exact}/${boxes})`);
  console.log(`   boxes holding lines one above the other  ${stacked}`);
  console.log(`   word breaks between letters or digits in boxes read exactly: ${spaces} in the truth, ${missedSpaces} missed (${((100 * missedSpaces) / Math.max(1, spaces)).toFixed(1)} %), ${extraSpaces} extra`);
  console.log(`   ${(secs / Math.max(1, chosen.length)).toFixed(2)} s a receipt (one thread)`);
}
main();
