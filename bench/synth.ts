/**
 * @module bench/synth
 * Writes a folder of synthetic documents with their truth, for bench/accuracy (not a test).
 * Usage:
 *   node --import tsx bench/synth.ts --out DIR [--count N] [--seed S] [--images yes|no]
 * For each seed and language of bench/lib/synth/languages.ts it writes an invoice and a
 * statement as text PDFs and a receipt as a text PDF and (with --images yes) as a noisy PNG,
 * plus DIR/truth.jsonl in the training corpus's schema (expected_type, fields, extra.language,
 * split fit/check by seed). Then: npm run bench:accuracy -- --dir DIR --split all
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGS } from './lib/synth/languages.ts';
import { synthInvoice, synthReceipt, synthStatement, type SynthDocument } from './lib/synth/generate.ts';
import { renderImage, renderPdf } from './lib/synth/render.ts';
import { parseFlags } from './lib/args.ts';

const flags = parseFlags(process.argv.slice(2), {
  out: { default: '', help: 'output folder (required)' },
  count: { default: 2, help: 'seeds per language' },
  seed: { default: 1, help: 'first seed' },
  images: { default: 'yes', choices: ['yes', 'no'] as const, help: 'also render receipts as noisy PNG images' },
}, 'bench/synth.ts --out DIR [--count N] [--seed S] [--images yes|no]');
if (!flags.out) { console.error('--out is required'); process.exit(2); }
const out = resolve(flags.out);
mkdirSync(join(out, 'docs'), { recursive: true });
const truth: string[] = [];
const record = (d: SynthDocument, file: string, seed: number) => truth.push(JSON.stringify({
  id: file.replace(/\.\w+$/, ''), file: `docs/${file}`, expected_type: d.type, fields: d.fields, extra: { language: d.lang, synthetic: true }, split: seed % 5 === 0 ? 'check' : 'fit',
}));
for (let s = flags.seed; s < flags.seed + flags.count; s++) {
  for (const lang of LANGS) {
    for (const d of [synthInvoice(s, lang), synthStatement(s, lang), synthReceipt(s, lang)]) {
      writeFileSync(join(out, 'docs', `${d.id}.pdf`), await renderPdf(d.pages));
      record(d, `${d.id}.pdf`, s);
      if (d.type === 'receipt' && flags.images === 'yes') {
        writeFileSync(join(out, 'docs', `${d.id}.png`), await renderImage(d.pages, s));
        record(d, `${d.id}.png`, s);
      }
    }
  }
}
writeFileSync(join(out, 'truth.jsonl'), truth.join('\n') + '\n');
console.log(`wrote ${truth.length} documents and truth.jsonl to ${out}`);
