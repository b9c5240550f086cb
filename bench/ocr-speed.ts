/**
 * @module bench/ocr-speed
 * What each recogniser costs and what it sees, side by side, in one run: for PP-OCRv4 on ONNX
 * Runtime (`paddle`) and the tesseract.js pool (`tesseract`), each run in a process of its own
 * (so its peak RSS is its own: the process holds the decoded pages and the recogniser, as a
 * worker process does), one page at a time on one thread: pages/s, CPU seconds per page (all
 * threads of the process, recognition only), peak RSS, mean word confidence (the shared scale,
 * engine/read/word-confidence.ts), and how often the truth's total, date and supplier appear
 * in the text (bench/lib/text-hits.ts). A script, not a test.
 *
 *   npm run bench:ocr -- [folder] [--split check] [--engines paddle,tesseract] [--limit N]
 *
 * `folder` holds a truth.jsonl (one JSON object a line: `file` relative to the folder,
 * `expected_type`, `fields.totalAmount`, `fields.date`, `fields.supplierName`, optional `split`);
 * its receipt images are read. Default: ../shared/training, split `check`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { sniffMime } from '../engine/read/sniff-mime.ts';
import { normaliseImage } from '../engine/read/normalise-image.ts';
import { createRecogniser } from '../engine/read/create-recogniser.ts';
import type { OcrEngine } from '../engine/read/recogniser.ts';
import { dateFound, supplierFound, totalFound } from './lib/text-hits.ts';

interface Truth { file: string; expected_type?: string; split?: string; fields: { totalAmount?: number; date?: string; supplierName?: string } }
interface ChildResult { engine: string; pages: number; wallS: number; cpuS: number; peakRssMb: number; conf: number; texts: string[] }

const args = process.argv.slice(2);
const flag = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args.splice(i, 2)[1] : undefined; };

async function child(engine: OcrEngine, listFile: string, outFile: string): Promise<void> {
  const files = JSON.parse(fs.readFileSync(listFile, 'utf8')) as string[];
  const ocr = createRecogniser(engine, { workers: 1 });
  const texts: string[] = [];
  let wall = 0, cpu = 0, conf = 0, n = 0;
  // warm-up on the first page: loading a model is not a per-page cost
  const first = await normaliseImage(fs.readFileSync(files[0]), sniffMime(fs.readFileSync(files[0]))!, { maxPixels: 40_000_000 });
  await ocr.recognize(first.png);
  for (const f of files) {
    const bytes = fs.readFileSync(f);
    const img = await normaliseImage(bytes, sniffMime(bytes)!, { maxPixels: 40_000_000 });
    const t0 = performance.now(), c0 = process.cpuUsage();
    const page = await ocr.recognize(img.png);
    const c = process.cpuUsage(c0);
    wall += performance.now() - t0;
    cpu += (c.user + c.system) / 1e6;
    texts.push(page.text);
    conf += page.confidence; n++;
  }
  await ocr.terminate();
  const res: ChildResult = { engine: ocr.engine, pages: n, wallS: wall / 1000, cpuS: cpu, peakRssMb: process.resourceUsage().maxRSS / 1024, conf: conf / n, texts };
  fs.writeFileSync(outFile, JSON.stringify(res));
}

async function main(): Promise<void> {
  const split = flag('split') ?? 'check';
  const engines = (flag('engines') ?? 'paddle,tesseract').split(',') as OcrEngine[];
  const limit = Number(flag('limit') ?? Infinity);
  const folder = path.resolve(args[0] ?? path.join(import.meta.dirname, '../../shared/training'));
  const truths = fs.readFileSync(path.join(folder, 'truth.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Truth)
    .filter((t) => (t.expected_type ?? 'receipt') === 'receipt' && (!t.split || split === 'all' || t.split === split))
    .filter((t) => { const b = fs.readFileSync(path.join(folder, t.file)).subarray(0, 64); const m = sniffMime(b); return m !== null && m !== 'application/pdf'; })
    .slice(0, limit);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ocr-bench-'));
  const list = path.join(tmp, 'files.json');
  fs.writeFileSync(list, JSON.stringify(truths.map((t) => path.join(folder, t.file))));
  console.log(`${truths.length} receipt images from ${folder} (split ${split}); one page at a time, one thread per recogniser; ${os.cpus()[0].model}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const rows: string[] = [];
  for (const engine of engines) {
    const out = path.join(tmp, `${engine}.json`);
    execFileSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child', engine, list, out], { stdio: 'inherit' });
    const r = JSON.parse(fs.readFileSync(out, 'utf8')) as ChildResult;
    const count = (pick: (t: Truth) => unknown, hit: (text: string, v: never) => boolean) => {
      let n = 0, h = 0;
      truths.forEach((t, i) => { const v = pick(t); if (v === undefined || v === null || v === '') return; n++; if (hit(r.texts[i], v as never)) h++; });
      return `${h}/${n} (${n ? ((100 * h) / n).toFixed(1) : '-'} %)`;
    };
    rows.push([
      `${engine}${r.engine !== engine ? ` (fell back to ${r.engine})` : ''}`.padEnd(10),
      (r.pages / r.wallS).toFixed(2).padStart(7),
      (r.cpuS / r.pages).toFixed(2).padStart(10),
      r.peakRssMb.toFixed(0).padStart(13),
      r.conf.toFixed(3).padStart(9),
      count((t) => t.fields.totalAmount, totalFound).padStart(16),
      count((t) => t.fields.date, dateFound).padStart(16),
      count((t) => t.fields.supplierName, supplierFound).padStart(16),
    ].join('  '));
  }
  console.log(`\n${'engine'.padEnd(10)}  pages/s  CPU s/page  peak RSS (MB)  mean conf  ${'total found'.padStart(16)}  ${'date found'.padStart(16)}  ${'supplier found'.padStart(16)}`);
  for (const r of rows) console.log(r);
  fs.rmSync(tmp, { recursive: true, force: true });
}

if (args[0] === '--child') await child(args[1] as OcrEngine, args[2], args[3]);
else await main();
