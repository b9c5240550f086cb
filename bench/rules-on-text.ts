/**
 * @module bench/rules-on-text
 * The receipt rules alone, on text that was read right: a folder of ICDAR-2019 SROIE receipts
 * given as their ground-truth text boxes and key fields (not a test: it prints figures). It
 * measures what the extraction rules get from correct text, apart from OCR, on receipts the
 * rules were not written against. Usage:
 *   node --import tsx bench/rules-on-text.ts <dir> [--split fit|check|all]
 * where <dir> holds pairs `<name>.box.txt` or `<name>.box.csv` (SROIE box lines: `x1,y1,x2,y2,x3,y3,x4,y4,TEXT`) and
 * `<name>.key.json` (`{"company", "date", "address", "total"}`). Each box becomes a run of text
 * at its place on the page; the runs are grouped into lines as a PDF text layer is, and the page
 * is marked as OCR'd (word confidence 0.95) so the rules behave as on a photo. Then the offline
 * classifier and the receipt extraction run, and company / date / total are compared as
 * bench/accuracy compares supplierName / date / totalAmount. BENCH_MISSES=1 lists the misses.
 * With `--split`, a `truth.jsonl` in <dir> or its parent picks the records of that split (by
 * each record's `split` and the base name of its `file`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { classifyOffline } from '../engine/classify/offline-classifier.ts';
import { extractReceipt } from '../engine/extract/receipt.ts';
import { readingOf } from './lib/sroie-reading.ts';
import { amount, date, name, type Cmp } from './lib/compare.ts';

const dir = process.argv[2] && !process.argv[2].startsWith('--') ? resolve(process.argv[2]) : null;
const splitArg = (() => { const i = process.argv.indexOf('--split'); return i > 0 ? process.argv[i + 1] : 'all'; })();
if (!dir) {
  console.error('usage: node --import tsx bench/rules-on-text.ts <dir with NAME.box.txt + NAME.key.json>');
  process.exit(2);
}

const FIELDS: Array<[string, string, Cmp]> = [['company', 'supplierName', name], ['date', 'date', date()], ['total', 'totalAmount', amount]];
/** Base names in the chosen split (null: every pair in the folder). */
function splitNames(): Set<string> | null {
  if (splitArg === 'all') return null;
  const truthPath = [join(dir!, 'truth.jsonl'), join(dir!, '..', 'truth.jsonl')].find((p) => existsSync(p));
  if (!truthPath) { console.error(`--split ${splitArg} needs a truth.jsonl in ${dir} or its parent`); process.exit(2); }
  const recs = readFileSync(truthPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; split?: string });
  return new Set(recs.filter((r) => r.split === splitArg).map((r) => basename(r.file).replace(/\.[^.]+$/, '')));
}
const inSplit = splitNames();
const names = readdirSync(dir).filter((f) => f.endsWith('.key.json')).map((f) => f.slice(0, -'.key.json'.length)).filter((n) => !inSplit || inSplit.has(n)).sort();
const stats = Object.fromEntries(FIELDS.map(([k]) => [k, { ok: 0, n: 0 }]));
const misses: string[] = [];
let receipts = 0;
for (const n of names) {
  let boxText: string;
  try {
    const box = [`${n}.box.txt`, `${n}.box.csv`].map((f) => join(dir, f)).find((p) => existsSync(p));
    if (!box) continue;
    boxText = readFileSync(box, 'utf8');
  } catch {
    continue;
  }
  const key = JSON.parse(readFileSync(join(dir, `${n}.key.json`), 'utf8')) as Record<string, string>;
  const reading = readingOf(boxText);
  const type = classifyOffline(reading).type;
  if (type === 'receipt') receipts++;
  const got = type === 'receipt' ? (extractReceipt(reading).formatted.multiple_receipts[0] as unknown as Record<string, unknown>) : {};
  for (const [k, field, cmp] of FIELDS) {
    if (key[k] == null || key[k] === '') continue;
    const want = k === 'total' ? Number(String(key[k]).replace(/[^\d.]/g, '')) : key[k];
    stats[k].n++;
    if (cmp(got[field], want, { fields: {} }, got)) stats[k].ok++;
    else misses.push(`${n} ${k}: got ${JSON.stringify(got[field] ?? null)} want ${JSON.stringify(key[k])}${type === 'receipt' ? '' : ` (classified ${type})`}`);
  }
}
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '-');
console.log(`Receipts: ${names.length}  (${dir}, split ${splitArg})`);
console.log(`   classified receipt   ${pct(receipts, names.length).padStart(8)}  (${receipts}/${names.length})`);
for (const [k, field] of FIELDS) console.log(`   ${field.padEnd(20)} ${pct(stats[k].ok, stats[k].n).padStart(8)}  (${stats[k].ok}/${stats[k].n})`);
if (process.env.BENCH_MISSES) console.log('\nMisses:\n' + misses.join('\n'));
