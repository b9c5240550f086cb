/**
 * @module bench/accuracy
 * Accuracy of the offline engine on any folder of documents with a `truth.jsonl` (not a test:
 * it prints figures). Usage:
 *   node --import tsx bench/accuracy.ts [--dir DIR] [--split check|fit|all] [--truth FILE]
 *   node --import tsx bench/accuracy.ts DOCS_DIR TRUTH_FILE        (the older positional form)
 * DIR defaults to the training corpus (../shared/training next to the repo) and `--split` to
 * `check`, the records never tuned on (`fit` is where rules and weights are fitted; `all` ignores
 * the split, e.g. for ../shared/samples whose records have none). Each record's `file` is read
 * relative to DIR (or DIR/docs by its base name). For every record it runs classify + extract
 * (the extraction uses the classified type, so a wrong type costs its fields) and prints per
 * type: classification accuracy, per-field accuracy (compared as ./lib/compare.ts says), the
 * share of results whose `validation` is true (and among documents whose truth holds every
 * mandatory field, see truthComplete), the same per language (`extra.language`), a
 * confusion matrix and pages per second. Records with extra.truth_scope == "type_only" count for
 * classification only. For statements it also prints how many reconcile
 * (opening + credits - debits = closing), the honest stand-in where balances have no truth.
 * BENCH_CACHE=<dir> keeps each reading as <dir>/<id>.json and reuses it on the next run
 * (offline classification only; put the folder outside the repo, e.g. /tmp/bench-readings).
 * BENCH_ONLY=<regex> picks records by id; BENCH_MISSES=1 lists every miss (and, for each complete-truth document whose validation is false, the mandatory fields it lacks); BENCH_PHOTO_STEP=off
 * reads images without the photo step (engine/read/photo/), to measure what it changes.
 * BENCH_ATTACHMENTS=ignore reads a PDF's e-invoice attachment as if it were absent: the fields
 * come from the page (text layer or OCR), the visual extraction the truth's XML would otherwise
 * stand in for.
 * The recogniser is the service's: OCR_ENGINE (paddle by default, or tesseract), one reader per
 * bench worker (two), as the service runs one per engine thread. A cached reading is the text of
 * the engine that made it: keep one BENCH_CACHE folder per engine.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENT_TYPES, type DocumentMime, type ProcessableType } from '../schemas/document-types.ts';
import { classify, extract } from '../engine/index.ts';
import { classifyOffline } from '../engine/classify/offline-classifier.ts';
import type { DocumentReading } from '../engine/types.ts';
import { createRecogniser } from '../engine/read/create-recogniser.ts';
import type { OcrEngine, Recogniser } from '../engine/read/recogniser.ts';
import { amount, bank, date, exact, id, name, type Cmp } from './lib/compare.ts';
import { parseFlags } from './lib/args.ts';

const here = dirname(fileURLToPath(import.meta.url));
const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const legacy = positional.length > 0 && !process.argv.slice(2).some((a) => a.startsWith('--'));
const flags = legacy
  ? { dir: dirname(resolve(positional[0])), split: 'all', truth: positional[1] ?? '' }
  : parseFlags(process.argv.slice(2), {
    dir: { default: [resolve(here, '../../shared/training'), resolve(here, '../../../shared/training')].find((d) => existsSync(d)) ?? resolve(here, '../../shared/training'), help: 'folder holding truth.jsonl and the documents' },
    split: { default: 'check', choices: ['check', 'fit', 'all'] as const, help: 'which records of the truth to run' },
    truth: { default: '', help: 'truth file (default DIR/truth.jsonl)' },
  }, 'bench/accuracy.ts [--dir DIR] [--split check|fit|all] [--truth FILE]');
const dataDir = resolve(flags.dir);
const truthPath = resolve(flags.truth || join(dataDir, 'truth.jsonl'));
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY) : null;
const verbose = !!process.env.BENCH_VERBOSE;
const engine: OcrEngine = process.env.OCR_ENGINE === 'tesseract' ? 'tesseract' : 'paddle';
const ignoreAttachments = process.env.BENCH_ATTACHMENTS === 'ignore';
const cacheDir = process.env.BENCH_CACHE ? resolve(process.env.BENCH_CACHE) : null;
if (cacheDir) mkdirSync(cacheDir, { recursive: true });

/** The document of a record: its path relative to the data folder, else by base name in DIR/docs or DIR. */
function documentPath(file: string): string {
  const candidates = [join(dataDir, file), join(dataDir, 'docs', basename(file)), join(dataDir, basename(file)), ...(legacy ? [join(resolve(positional[0]), basename(file))] : [])];
  return candidates.find((p) => existsSync(p)) ?? candidates[0];
}

interface TruthRecord {
  id: string;
  file: string;
  expected_type: string;
  fields: Record<string, unknown>;
  extra?: { truth_scope?: string; language?: string };
  split?: string;
}

/**
 * Whether a record's truth holds every mandatory field of its type (schemas/document-types.ts),
 * issue #12's denominator for `validation`: every top-level field but discountAmount (a document
 * that prints no discount determines it as 0, issue #12 item 6, so truths do not list it), and
 * at least one line item (the truths give items without their derived per-item tax and discount).
 */
function truthComplete(rec: TruthRecord): boolean {
  const spec = DOCUMENT_TYPES[rec.expected_type as ProcessableType]?.mandatory;
  if (!spec) return false;
  const items = rec.fields.tableItems ?? rec.fields.transactions;
  return spec.top.every((f) => f === 'discountAmount' || rec.fields[f] != null) && Array.isArray(items) && items.length > 0;
}

const MIME: Record<string, DocumentMime> = { pdf: 'application/pdf', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', tif: 'image/tiff', tiff: 'image/tiff', webp: 'image/webp', xml: 'application/xml' };
const FIELDS: Record<string, Record<string, Cmp>> = {
  receipt: { totalAmount: amount, date: date('date_iso'), supplierName: name, taxAmount: amount, netAmount: amount, currencyCode: exact, documentId: id },
  invoice: { totalAmount: amount, date: date('date_iso'), dueDate: date(), supplierName: name, customerName: name, documentId: id, taxAmount: amount, netAmount: amount, currencyCode: exact, orderNumber: id },
  bank_statement: { bankName: bank, accountNumber: id, closingDate: date(), openingDate: date(), openingBalance: amount, closingBalance: amount, accountHolderName: name, currencyCode: exact },
};

async function main() {
  const truth: TruthRecord[] = readFileSync(truthPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as TruthRecord)
    .filter((r) => (!only || only.test(r.id)) && (flags.split === 'all' || r.split === flags.split));
  if (!truth.length) { console.error(`no records in ${truthPath} for split ${flags.split}`); process.exit(2); }
  const langStats: Record<string, { docs: number; typed: number; ok: number; n: number }> = {};
  const validStats: Record<string, { valid: number; n: number }> = {};
  /** Which path extracted each result (offline, vlm, einvoice), and the line items' values against the truth's. */
  const extractedBy: Record<string, number> = {};
  const itemValues = { ok: 0, n: 0 };
  const readers: Recogniser[] = [];
  const types = ['receipt', 'invoice', 'bank_statement', 'other'];
  const confusion: Record<string, Record<string, number>> = Object.fromEntries(types.map((t) => [t, Object.fromEntries(types.map((u) => [u, 0]))]));
  const fieldStats: Record<string, Record<string, { ok: number; n: number }>> = {};
  const completeStats: Record<string, { valid: number; n: number }> = {};
  /** Among complete-truth documents whose validation is false: how many lack each mandatory field (item fields as `tableItems[].f`). */
  const missingCounts: Record<string, Record<string, number>> = {};
  let pages = 0;
  let reconciled = 0, statements = 0;
  const misses: string[] = [];
  const t0 = Date.now();
  // a record's cache file is named by its id, or by id and extension when one id stands for the
  // same document in several files (bench/synth writes a PDF and a PNG under one id)
  const idCount = new Map<string, number>();
  for (const r of truth) idCount.set(r.id, (idCount.get(r.id) ?? 0) + 1);
  const cacheKey = (r: TruthRecord) => (idCount.get(r.id)! > 1 ? `${r.id}.${r.file.split('.').pop()!.toLowerCase()}` : r.id);
  const queue = [...truth];
  const worker = async () => {
    const reader = createRecogniser(engine, { workers: 1 }); // lazy: loads its model on the first page read
    readers.push(reader);
    for (let rec = queue.shift(); rec; rec = queue.shift()) {
      const ext = rec.file.split('.').pop()!.toLowerCase();
      const doc = { bytes: readFileSync(documentPath(rec.file)), mime: MIME[ext], filename: rec.file };
      const lang = rec.extra?.language ?? '?';
      const ls = (langStats[lang] ??= { docs: 0, typed: 0, ok: 0, n: 0 });
      ls.docs++;
      const opts = { maxPages: 20, maxPixels: 40_000_000, ocr: reader, photoStep: process.env.BENCH_PHOTO_STEP !== 'off' };
      let predType = 'other';
      let formatted: Record<string, unknown> = {};
      try {
        const cached = cacheDir ? join(cacheDir, `${cacheKey(rec)}.json`) : null;
        let classification, reading: DocumentReading;
        if (cached && existsSync(cached)) {
          reading = JSON.parse(readFileSync(cached, 'utf8')) as DocumentReading;
          classification = classifyOffline(reading);
        } else {
          ({ classification, reading } = await classify(doc, opts));
          if (cached) writeFileSync(cached, JSON.stringify(reading));
        }
        // the page alone, as a reader without the attachment sees it (the truth of e-invoices
        // comes from that XML: reading it scores the XML reader, not the extraction)
        if (ignoreAttachments && reading.einvoice) {
          const { einvoice: _attached, ...page } = reading;
          reading = page;
          classification = classifyOffline(reading);
        }
        pages += reading.pages.length;
        predType = classification.type;
        if (verbose) console.log(rec.id, rec.expected_type, '->', predType, classification.confidence, classification.reason);
        if (predType !== 'other') {
          const x = await extract(doc, predType as 'receipt', opts, reading);
          extractedBy[x.raw.extractedBy] = (extractedBy[x.raw.extractedBy] ?? 0) + 1;
          const v = (validStats[predType] ??= { valid: 0, n: 0 });
          v.n++;
          const valid = (x.raw.validation as { valid?: boolean } | undefined)?.valid === true;
          if (valid) v.valid++;
          // issue #12's measure: among documents whose truth holds every mandatory field of their type
          if (predType === rec.expected_type && truthComplete(rec)) {
            const c = (completeStats[predType] ??= { valid: 0, n: 0 });
            c.n++;
            if (valid) c.valid++;
            else {
              const missing = (x.raw.validation as { missing?: string[] } | undefined)?.missing ?? [];
              // one count per document and field kind: "multiple_receipts[0].tableItems[3].taxAmount" -> "tableItems[].taxAmount"
              const kinds = new Set(missing.map((m) => m.replace(/^multiple_receipts\[\d+\]\./, '').replace(/\[\d+\]/g, '[]')));
              const mc = (missingCounts[predType] ??= {});
              for (const k of kinds) mc[k] = (mc[k] ?? 0) + 1;
              misses.push(`${cacheKey(rec)} validation false: missing ${[...kinds].join(', ')}`);
            }
          }
          formatted = (predType === 'receipt' ? (x.formatted as unknown as { multiple_receipts: Record<string, unknown>[] }).multiple_receipts[0] : x.formatted) as Record<string, unknown>;
          if (predType === 'bank_statement') {
            statements++;
            if ((x.raw.fields.reconciled?.value ?? false) === true) reconciled++;
          }
        }
      } catch (e) {
        console.error(rec.id, 'failed:', e instanceof Error ? e.message : e);
      }
      confusion[rec.expected_type][predType]++;
      if (predType === rec.expected_type) ls.typed++;
      if (rec.extra?.truth_scope === 'type_only' || rec.expected_type === 'other') continue;
      const truthItems = (rec.fields as { tableItems?: Record<string, unknown>[] }).tableItems;
      if (Array.isArray(truthItems)) {
        const got = (formatted.tableItems ?? []) as Record<string, unknown>[];
        truthItems.forEach((want, i) => {
          for (const [k, v] of Object.entries(want)) {
            const g = got[i]?.[k];
            const ok = predType === rec.expected_type && (typeof v === 'number' ? typeof g === 'number' && Math.abs(g - v) < 0.005 : String(g ?? '').trim() === String(v).trim());
            itemValues.n++;
            if (ok) itemValues.ok++;
            else misses.push(`${cacheKey(rec)} tableItems[${i}].${k}: got ${JSON.stringify(g)} want ${JSON.stringify(v)}`);
          }
        });
      }
      const cmps = FIELDS[rec.expected_type];
      for (const [f, cmp] of Object.entries(cmps)) {
        if (!(f in rec.fields)) continue;
        const s = ((fieldStats[rec.expected_type] ??= {})[f] ??= { ok: 0, n: 0 });
        s.n++;
        const ok = predType === rec.expected_type && cmp(formatted[f], rec.fields[f], rec, formatted);
        if (ok) s.ok++;
        ls.n++;
        if (ok) ls.ok++;
        else misses.push(`${cacheKey(rec)} ${f}: got ${JSON.stringify(formatted[f])} want ${JSON.stringify(rec.fields[f])}`);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  const secs = (Date.now() - t0) / 1000;
  await Promise.all(readers.map((r) => r.terminate()));

  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '-');
  console.log(`\nDocuments: ${truth.length}  (${truthPath}, split ${flags.split})`);
  for (const t of types) {
    const row = confusion[t];
    const n = Object.values(row).reduce((a, b) => a + b, 0);
    if (!n) continue;
    console.log(`\n== ${t}: classification ${pct(row[t], n)} (${row[t]}/${n})`);
    for (const [f, s] of Object.entries(fieldStats[t] ?? {})) console.log(`   ${f.padEnd(18)} ${pct(s.ok, s.n).padStart(8)}  (${s.ok}/${s.n})`);
  }
  if (itemValues.n) console.log(`   line items: ${pct(itemValues.ok, itemValues.n)} of the truth's line values exact (${itemValues.ok}/${itemValues.n}; description, quantity, unit price, net to the cent)`);
  console.log(`   extracted by: ${Object.entries(extractedBy).map(([k, v]) => `${k} ${v}`).join(', ') || '-'}`);
  for (const [t, v] of Object.entries(validStats)) console.log(`   ${t}: validation true on ${pct(v.valid, v.n)} (${v.valid}/${v.n}) of the results extracted as ${t}`);
  for (const [t, v] of Object.entries(completeStats)) console.log(`   ${t}: validation true on ${pct(v.valid, v.n)} (${v.valid}/${v.n}) of the documents whose truth holds every mandatory field`);
  for (const [t, mc] of Object.entries(missingCounts)) {
    const top = Object.entries(mc).sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ${n}`).join(', ');
    console.log(`   ${t}: of those not valid, how many lack each mandatory field: ${top}`);
  }
  console.log('\nPer language (classification; fields right of fields with truth):');
  for (const [lang, l] of Object.entries(langStats).sort((a, b) => b[1].docs - a[1].docs)) {
    console.log(`   ${lang.padEnd(6)} ${String(l.docs).padStart(4)} docs  classified ${pct(l.typed, l.docs).padStart(8)}  fields ${pct(l.ok, l.n).padStart(8)} (${l.ok}/${l.n})`);
  }
  if (statements) console.log(`   balances reconcile (opening + credits - debits = closing; on a card or credit line opening - credits + debits): ${pct(reconciled, statements)} (${reconciled}/${statements})`);
  console.log('\nConfusion matrix (rows = expected, columns = predicted):');
  console.log(''.padEnd(16) + types.map((t) => t.padStart(15)).join(''));
  for (const t of types) console.log(t.padEnd(16) + types.map((u) => String(confusion[t][u]).padStart(15)).join(''));
  const all = types.reduce((a, t) => a + confusion[t][t], 0);
  console.log(`\nOverall classification: ${pct(all, truth.length)}`);
  console.log(`Pages read: ${pages} in ${secs.toFixed(1)} s = ${(pages / secs).toFixed(2)} pages/s (2 readers, ${engine}${cacheDir ? '; readings partly or wholly from BENCH_CACHE, so this times the rules more than the reading' : ''})`);
  if (process.env.BENCH_MISSES) console.log('\nMisses:\n' + misses.join('\n'));
}

await main();
