/**
 * @module bench/ocr-speed
 * Prints OCR throughput of the tesseract.js pool (pages/second, mean words/page, mean word
 * confidence, and how often a receipt's true total appears in the text) on the sample images,
 * next to the native `tesseract` command on the same normalised images with the same PSM,
 * when that command is installed. A script, not a test.
 *
 *   node --import tsx bench/ocr-speed.ts [folder] [--psm 4,6,3] [--workers N] [--limit N]
 *
 * Folder defaults to ../shared/samples/docs; a truth.jsonl beside it (one level up) is used
 * for the total-amount hit rate when present.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sniffMime } from '../engine/read/sniff-mime.ts';
import { normaliseImage } from '../engine/read/normalise-image.ts';
import { OcrPool, type Psm } from '../engine/read/ocr-pool.ts';

const run = promisify(execFile);
const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args.splice(i, 2)[1] : undefined; };
const psms = (flag('psm') ?? '4,6').split(',') as Psm[];
const workers = Number(flag('workers') ?? os.availableParallelism());
const limit = Number(flag('limit') ?? Infinity);
const folder = path.resolve(args[0] ?? path.join(import.meta.dirname, '../../shared/samples/docs'));

// truth: file name -> totalAmount
const truth = new Map<string, number>();
const truthFile = path.join(folder, '..', 'truth.jsonl');
if (fs.existsSync(truthFile)) {
  for (const line of fs.readFileSync(truthFile, 'utf8').split('\n').filter(Boolean)) {
    const r = JSON.parse(line);
    if (typeof r.fields?.totalAmount === 'number') truth.set(path.basename(r.file), r.fields.totalAmount);
  }
}
const totalFound = (text: string, total: number) => {
  const s = total.toFixed(2);
  const flat = text.replace(/\s+/g, '');
  return flat.includes(s) || flat.includes(s.replace('.', ','));
};

const files = fs.readdirSync(folder).sort().filter((f) => {
  const m = sniffMime(fs.readFileSync(path.join(folder, f)).subarray(0, 64));
  return m !== null && m !== 'application/pdf';
}).slice(0, limit);

console.log(`${files.length} images from ${folder}; ${workers} workers; ${os.cpus()[0].model}`);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ocr-bench-'));
const t0 = Date.now();
const images: Array<{ file: string; png: string; buf: Buffer }> = [];
for (const f of files) {
  const bytes = fs.readFileSync(path.join(folder, f));
  try {
    const n = await normaliseImage(bytes, sniffMime(bytes)!, { maxPixels: 40_000_000 });
    const p = path.join(tmp, `${f}.png`);
    fs.writeFileSync(p, n.png);
    images.push({ file: f, png: p, buf: n.png });
  } catch (e) {
    console.log(`skip ${f}: ${(e as Error).message}`);
  }
}
console.log(`normalise: ${((Date.now() - t0) / images.length).toFixed(0)} ms/image (decode, orient, grey, resize, PNG)`);

interface Row { engine: string; psm: string; pagesPerS: number; words: number; conf: number; hits: string }
const rows: Row[] = [];
const summarise = (engine: string, psm: string, ms: number, texts: string[], confs: number[]) => {
  const words = texts.reduce((s, t) => s + t.split(/\s+/).filter(Boolean).length, 0) / texts.length;
  let n = 0, hit = 0;
  images.forEach((img, i) => { const tot = truth.get(img.file); if (tot !== undefined) { n++; if (totalFound(texts[i], tot)) hit++; } });
  const conf = confs.length ? confs.reduce((a, b) => a + b, 0) / confs.length : NaN;
  rows.push({ engine, psm, pagesPerS: images.length / (ms / 1000), words, conf, hits: `${hit}/${n}` });
};

for (const psm of psms) {
  const pool = new OcrPool({ workers, psm });
  await pool.recognize(images[0].buf); // warm-up: worker start and model load are not per-page costs
  const start = Date.now();
  const pages = await Promise.all(images.map((img) => pool.recognize(img.buf)));
  summarise('tesseract.js', psm, Date.now() - start, pages.map((p) => p.text), pages.map((p) => p.confidence));
  await pool.terminate();
}

const native = await run('tesseract', ['--version']).then(() => true, () => false);
if (native) {
  for (const psm of psms) {
    const start = Date.now();
    const texts: string[] = new Array(images.length);
    let next = 0;
    // same concurrency as the pool, one thread per process
    await Promise.all(Array.from({ length: workers }, async () => {
      while (next < images.length) {
        const i = next++;
        const { stdout } = await run('tesseract', [images[i].png, '-', '--psm', psm, '-l', 'eng'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 1 << 24 });
        texts[i] = stdout;
      }
    }));
    summarise('tesseract (native)', psm, Date.now() - start, texts, []);
  }
} else console.log('native tesseract not installed: skipped');

console.log('\nengine              psm  pages/s  words/page  mean conf  total found');
for (const r of rows) {
  console.log(`${r.engine.padEnd(19)} ${r.psm.padStart(3)}  ${r.pagesPerS.toFixed(2).padStart(7)}  ${r.words.toFixed(1).padStart(10)}  ${Number.isNaN(r.conf) ? '      -  ' : r.conf.toFixed(3).padStart(9)}  ${r.hits.padStart(11)}`);
}
fs.rmSync(tmp, { recursive: true, force: true });
