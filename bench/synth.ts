/**
 * @module bench/synth
 * Writes a folder of synthetic documents with their truth, for bench/accuracy (not a test).
 * Usage:
 *   node --import tsx bench/synth.ts --out DIR [--count N] [--seed S] [--images yes|no] [--photos no|yes|only]
 * For each seed and language of bench/lib/synth/languages.ts it writes an invoice and a
 * statement as text PDFs and a receipt as a text PDF and (with --images yes) as a noisy PNG,
 * and (with --photos yes) the receipt and the invoice as phone photos (JPEG: perspective, a
 * table, shadows; ./lib/synth/photograph.ts; --photos only writes nothing else of that set),
 * plus DIR/truth.jsonl in the training corpus's schema (expected_type, fields, extra.language,
 * split fit/check by seed). `--set kinds` writes instead the documents that failed on unseen
 * sets: European till receipts on narrow rolls (./lib/synth/till.ts), invoices in four layouts,
 * some with the summary as a band of labels over figures, spaced ids and an order reference
 * (./lib/synth/invoice-layouts.ts), statements whose holder, currency, row dates and wrapped
 * references are printed the ways real ones print them (./lib/synth/statements.ts) and non-financial negatives
 * (./lib/synth/negatives.ts); with --images yes, tills also as phone-photo PNGs and invoices and
 * negatives as scanned PNGs. `--set all` writes both sets.
 * Then: npm run bench:accuracy -- --dir DIR --split all
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LANGS } from './lib/synth/languages.ts';
import { synthInvoice, synthReceipt, synthStatement, type SynthDocument } from './lib/synth/generate.ts';
import { renderImage, renderPdf } from './lib/synth/render.ts';
import { synthTill, TILL_LANGS } from './lib/synth/till.ts';
import { synthInvoiceLayout } from './lib/synth/invoice-layouts.ts';
import { synthStatementHolder } from './lib/synth/statements.ts';
import { synthNegative } from './lib/synth/negatives.ts';
import { photograph, synthPhotoOptions } from './lib/synth/photograph.ts';
import { parseFlags } from './lib/args.ts';

const flags = parseFlags(process.argv.slice(2), {
  out: { default: '', help: 'output folder (required)' },
  count: { default: 2, help: 'seeds per language' },
  seed: { default: 1, help: 'first seed' },
  images: { default: 'yes', choices: ['yes', 'no'] as const, help: 'also render receipts as noisy PNG images' },
  set: { default: 'classic', choices: ['classic', 'kinds', 'all'] as const, help: 'which documents: the first generator, the failing kinds, or both' },
  photos: { default: 'no', choices: ['no', 'yes', 'only'] as const, help: 'also (or only) render the first set\'s receipts and invoices as phone photos' },
}, 'bench/synth.ts --out DIR [--count N] [--seed S] [--images yes|no] [--set classic|kinds|all] [--photos no|yes|only]');
if (!flags.out) { console.error('--out is required'); process.exit(2); }
const out = resolve(flags.out);
mkdirSync(join(out, 'docs'), { recursive: true });
const truth: string[] = [];
const record = (d: SynthDocument, file: string, seed: number) => truth.push(JSON.stringify({
  id: file.replace(/\.\w+$/, ''), file: `docs/${file}`, expected_type: d.type, fields: d.fields, extra: { language: d.lang, synthetic: true }, split: seed % 5 === 0 ? 'check' : 'fit',
}));
const write = async (d: SynthDocument, s: number, image: 'no' | 'scan' | 'photo') => {
  writeFileSync(join(out, 'docs', `${d.id}.pdf`), await renderPdf(d.pages, d.narrow));
  record(d, `${d.id}.pdf`, s);
  if (image === 'no' || flags.images === 'no') return;
  writeFileSync(join(out, 'docs', `${d.id}.png`), await renderImage(d.pages, s, image === 'photo' ? 3 : 1, d.narrow, image === 'photo'));
  record(d, `${d.id}.png`, s);
};
for (let s = flags.seed; flags.set !== 'classic' && s < flags.seed + flags.count; s++) {
  for (const lang of LANGS) {
    if (lang !== 'en') await write(synthTill(s, lang as (typeof TILL_LANGS)[number]), s, s % 2 ? 'photo' : 'scan');
    await write(synthInvoiceLayout(s, lang), s, s % 3 === 0 ? 'scan' : 'no');
    await write(synthStatementHolder(s, lang), s, 'no');
    await write(synthNegative(s + LANGS.indexOf(lang), lang), s, s % 4 === 0 ? 'scan' : 'no');
  }
}
for (let s = flags.seed; flags.set !== 'kinds' && s < flags.seed + flags.count; s++) {
  for (const lang of LANGS) {
    for (const d of [synthInvoice(s, lang), synthStatement(s, lang), synthReceipt(s, lang)]) {
      if (flags.photos !== 'no' && d.type !== 'bank_statement') {
        const photo = await photograph(await renderImage(d.pages, s, 0), synthPhotoOptions(s, LANGS.indexOf(lang)));
        writeFileSync(join(out, 'docs', `${d.id}-photo.jpg`), photo);
        record(d, `${d.id}-photo.jpg`, s);
      }
      if (flags.photos === 'only') continue;
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
