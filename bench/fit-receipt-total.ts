/**
 * @module bench/fit-receipt-total
 * Fits the receipt-total candidate scorer (engine/extract/fitted) on the `fit` split of a
 * training corpus of SROIE receipts given as ground-truth text boxes, writes the weights to
 * engine/extract/fitted/receipt-total-weights.ts (versioned data), and prints the scorer's
 * accuracy beside the hand-written rules' on `fit` and on `check` (never fitted on). Usage:
 *   node --import tsx bench/fit-receipt-total.ts [--dir DIR] [--write yes|no]
 * DIR holds truth.jsonl and receipts/<id>.box.csv (default ../shared/training). The procedure
 * is deterministic: the same records give the same weights (see fitLogistic).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flattenLines } from '../engine/parse/lines.ts';
import { extractReceipt } from '../engine/extract/receipt.ts';
import { fitLogistic, predict, type LogisticModel } from '../engine/extract/fitted/logistic.ts';
import { TOTAL_FEATURES, totalCandidates } from '../engine/extract/fitted/total-features.ts';
import { readingOf } from './lib/sroie-reading.ts';
import { parseFlags } from './lib/args.ts';

const here = dirname(fileURLToPath(import.meta.url));
const flags = parseFlags(process.argv.slice(2), {
  dir: { default: [resolve(here, '../../shared/training'), resolve(here, '../../../shared/training')].find((d) => existsSync(d)) ?? resolve(here, '../../shared/training'), help: 'training folder (truth.jsonl, receipts/)' },
  write: { default: 'yes', choices: ['yes', 'no'] as const, help: 'write the fitted weights into the engine' },
}, 'bench/fit-receipt-total.ts [--dir DIR] [--write yes|no]');

interface Rec { id: string; file: string; expected_type: string; split?: string; fields: { totalAmount?: number }; extra?: { box_file?: string } }
const recs = readFileSync(join(flags.dir, 'truth.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Rec)
  .filter((r) => r.expected_type === 'receipt' && typeof r.fields.totalAmount === 'number');

function docs(split: string) {
  return recs.filter((r) => r.split === split).map((r) => {
    const box = join(flags.dir, r.extra?.box_file ?? join(dirname(r.file), `${basename(r.file).replace(/\.[^.]+$/, '')}.box.csv`));
    const reading = readingOf(readFileSync(box, 'utf8'));
    const rules = extractReceipt(reading).formatted.multiple_receipts[0]?.totalAmount ?? null;
    return { r, reading, rules, cands: totalCandidates(flattenLines(reading), rules) };
  });
}

const fit = docs('fit');
const check = docs('check');
const xs: number[][] = [], ys: number[] = [];
for (const d of fit) for (const c of d.cands) { xs.push(c.x); ys.push(Math.abs(c.value - d.r.fields.totalAmount!) < 0.005 ? 1 : 0); }
const model = fitLogistic([...TOTAL_FEATURES], xs, ys);

function score(set: ReturnType<typeof docs>, m: LogisticModel) {
  let byModel = 0, byRules = 0, reachable = 0;
  for (const d of set) {
    const want = d.r.fields.totalAmount!;
    if (d.cands.some((c) => Math.abs(c.value - want) < 0.005)) reachable++;
    const best = [...d.cands].sort((a, b) => predict(m, b.x) - predict(m, a.x))[0];
    if (best && Math.abs(best.value - want) < 0.005) byModel++;
    const rules = d.rules;
    if (rules != null && Math.abs(rules - want) < 0.005) byRules++;
  }
  const pct = (a: number) => `${((100 * a) / Math.max(1, set.length)).toFixed(1)} %`;
  return { n: set.length, model: pct(byModel), rules: pct(byRules), reachable: pct(reachable) };
}
console.log(`fitted on ${fit.length} receipts (${xs.length} candidates); weights:`);
model.features.forEach((f, i) => console.log(`   ${f.padEnd(18)} ${model.weights[i].toFixed(4).padStart(9)}`));
console.log(`   ${'bias'.padEnd(18)} ${model.bias.toFixed(4).padStart(9)}`);
console.log('\nreceipt total        fit            check');
const f = score(fit, model), c = score(check, model);
console.log(`   scorer (argmax)    ${f.model.padEnd(14)} ${c.model}`);
console.log(`   rules              ${f.rules.padEnd(14)} ${c.rules}`);
console.log(`   total among cands  ${f.reachable.padEnd(14)} ${c.reachable}`);

if (flags.write === 'yes') {
  const out = resolve(here, '../engine/extract/fitted/receipt-total-weights.ts');
  writeFileSync(out, `/**
 * @module engine/extract/fitted/receipt-total-weights
 * Fitted weights of the receipt-total candidate scorer (features: ./total-features.ts). Data, not
 * code: written by \`node --import tsx bench/fit-receipt-total.ts\` from the \`fit\` split of the
 * training corpus (${fit.length} SROIE receipts as ground-truth text, ${xs.length} candidates); refit
 * rather than edit. test/engine/extract/fitted checks that the procedure reproduces itself.
 */
import type { LogisticModel } from './logistic.ts';

export const RECEIPT_TOTAL_MODEL: LogisticModel = ${JSON.stringify(model, null, 2)};
`);
  console.log(`\nwrote ${out}`);
}
