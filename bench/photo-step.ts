/**
 * @module bench/photo-step
 * What the photo step of image normalisation (engine/read/photo/) does on a folder of
 * documents with a truth.jsonl (not a test: it prints figures). Usage:
 *   node --import tsx bench/photo-step.ts --dir DIR
 * For every image record (JPEG, PNG, WebP, TIFF) it normalises the image twice, with and
 * without the step, and prints per file whether a photo was found and whether the PNG that OCR
 * reads is byte-identical without it; then the counts and the CPU time per page of
 * normalisation with and without the step (process.cpuUsage, one thread; OpenCV's one-time
 * load is reported apart).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseImage } from '../engine/read/normalise-image.ts';
import { loadOpenCv } from '../engine/read/photo/opencv.ts';
import { parseFlags } from './lib/args.ts';
import type { DocumentMime } from '../schemas/document-types.ts';

const flags = parseFlags(process.argv.slice(2), {
  dir: { default: '', help: 'folder holding truth.jsonl and the documents' },
}, 'bench/photo-step.ts --dir DIR');
if (!flags.dir) { console.error('--dir is required'); process.exit(2); }

const MIME: Record<string, DocumentMime> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', tif: 'image/tiff', tiff: 'image/tiff' };
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

let c0 = cpuMs();
await loadOpenCv();
const loadMs = cpuMs() - c0;
const records = readFileSync(join(flags.dir, 'truth.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; file: string; expected_type: string });
let n = 0, found = 0, same = 0, changedWithout = 0, onMs = 0, offMs = 0, photoOnMs = 0, photoOffMs = 0;
for (const r of records) {
  const mime = MIME[r.file.split('.').pop()!.toLowerCase()];
  if (!mime) continue;
  const bytes = readFileSync(join(flags.dir, r.file));
  c0 = cpuMs();
  const off = await normaliseImage(bytes, mime, { maxPixels: 40_000_000, photo: false });
  const tOff = cpuMs() - c0;
  c0 = cpuMs();
  const on = await normaliseImage(bytes, mime, { maxPixels: 40_000_000 });
  const tOn = cpuMs() - c0;
  n++;
  onMs += tOn;
  offMs += tOff;
  const identical = on.png.equals(off.png);
  if (on.photo) { found++; photoOnMs += tOn; photoOffMs += tOff; } else if (identical) same++; else changedWithout++;
  console.log(`${r.id.padEnd(28)} ${r.expected_type.padEnd(15)} ${on.photo ? 'PHOTO' : identical ? 'unchanged' : 'CHANGED'}  ${off.width}x${off.height} -> ${on.width}x${on.height}  cpu ${tOff.toFixed(0)} -> ${tOn.toFixed(0)} ms`);
}
console.log(`\n${n} images: ${found} photos found and corrected; ${same} passed byte-identical; ${changedWithout} changed without a photo found (must be 0)`);
console.log(`CPU per page, normalisation without -> with the step: all ${(offMs / n).toFixed(0)} -> ${(onMs / n).toFixed(0)} ms; photos ${found ? (photoOffMs / found).toFixed(0) : '-'} -> ${found ? (photoOnMs / found).toFixed(0) : '-'} ms; OpenCV load once per thread ${loadMs.toFixed(0)} ms`);
