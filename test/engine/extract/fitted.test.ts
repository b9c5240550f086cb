/**
 * @module test/engine/extract/fitted
 * The receipt-total scorer's fitting procedure, on receipts this test generates (the training
 * corpus is not available to tests): the same data gives the same weights, the fitted scorer
 * picks the printed total of receipts it was not fitted on, and the committed weights describe
 * the features the engine computes.
 */
import t from 'tap';
import { flattenLines } from '../../../engine/parse/lines.ts';
import { fitLogistic, predict } from '../../../engine/extract/fitted/logistic.ts';
import { TOTAL_FEATURES, totalCandidates } from '../../../engine/extract/fitted/total-features.ts';
import { RECEIPT_TOTAL_MODEL } from '../../../engine/extract/fitted/receipt-total-weights.ts';
import { readingFromText } from '../reading-from-text.ts';
import { seeded } from '../../../bench/lib/synth/generate.ts';

const pad = (l: string, r: string, w = 34) => `${l}${' '.repeat(Math.max(2, w - l.length - r.length))}${r}`;
const TOTALS = ['TOTAL', 'Total', 'GRAND TOTAL', 'SUMME', 'Totale', 'Total a pagar', 'TOTAAL', 'Razem'];
const GOODS = ['BREAD', 'MILK 1L', 'COFFEE', 'APPLES', 'RICE 5KG', 'SOAP', 'TEA', 'EGGS 10', 'CHEESE', 'PASTA'];

/** A receipt as text lines with its total; layouts vary: tax line or not, cash and change or card, a repeated total. */
function receipt(r: () => number): { lines: string[]; total: number } {
  const n = 2 + Math.floor(r() * 5);
  const items = Array.from({ length: n }, () => Math.round((0.5 + r() * 30) * 100) / 100);
  const net = Math.round(items.reduce((s, v) => s + v, 0) * 100) / 100;
  const taxed = r() < 0.6;
  const tax = taxed ? Math.round(net * 0.1 * 100) / 100 : 0;
  const total = Math.round((net + tax) * 100) / 100;
  const lines = ['CORNER SHOP', `${1 + Math.floor(r() * 99)} Market Road`, 'Date: 12/03/2024 10:15'];
  items.forEach((v, i) => lines.push(pad(`${1 + Math.floor(r() * 3)} ${GOODS[(i + Math.floor(r() * 10)) % GOODS.length]}`, v.toFixed(2))));
  if (taxed) { lines.push(pad('SUBTOTAL', net.toFixed(2))); lines.push(pad('TAX 10%', tax.toFixed(2))); }
  lines.push(pad(TOTALS[Math.floor(r() * TOTALS.length)], total.toFixed(2)));
  if (r() < 0.5) {
    const cash = Math.ceil(total / 10) * 10 + (r() < 0.5 ? 10 : 0);
    lines.push(pad('CASH', cash.toFixed(2)), pad('CHANGE', (cash - total).toFixed(2)));
  } else lines.push(pad('CARD', total.toFixed(2)));
  lines.push('THANK YOU');
  return { lines, total };
}

function rows(seed: number, count: number) {
  const r = seeded(seed); // mulberry32: every run draws the same receipts
  const docs = Array.from({ length: count }, () => receipt(r));
  const xs: number[][] = [], ys: number[] = [];
  const sets = docs.map((d) => {
    const cands = totalCandidates(flattenLines(readingFromText([d.lines], { kind: 'image' })));
    for (const c of cands) { xs.push(c.x); ys.push(Math.abs(c.value - d.total) < 0.005 ? 1 : 0); }
    return { d, cands };
  });
  return { xs, ys, sets };
}

t.test('a refit on the same data reproduces the weights', async (t) => {
  const { xs, ys } = rows(7, 40);
  const a = fitLogistic([...TOTAL_FEATURES], xs, ys, { steps: 600 });
  const b = fitLogistic([...TOTAL_FEATURES], xs, ys, { steps: 600 });
  t.same(a, b);
  t.ok(a.weights.some((w) => w !== 0), 'the fit moved the weights');
});

t.test('the fitted scorer picks the total of receipts it was not fitted on', async (t) => {
  const fit = rows(11, 60);
  const model = fitLogistic([...TOTAL_FEATURES], fit.xs, fit.ys, { steps: 600 });
  const held = rows(12, 40).sets;
  const right = held.filter(({ d, cands }) => {
    const best = [...cands].sort((p, q) => predict(model, q.x) - predict(model, p.x))[0];
    return best && Math.abs(best.value - d.total) < 0.005;
  }).length;
  t.ok(right / held.length >= 0.9, `${right}/${held.length} totals picked`);
});

t.test('the committed weights are for the features the engine computes', async (t) => {
  t.same(RECEIPT_TOTAL_MODEL.features, [...TOTAL_FEATURES]);
  t.equal(RECEIPT_TOTAL_MODEL.weights.length, TOTAL_FEATURES.length);
  t.ok(Number.isFinite(RECEIPT_TOTAL_MODEL.bias));
});

t.test('fitting without a positive is refused', async (t) => {
  t.throws(() => fitLogistic(['a'], [[1]], [0]), /at least one positive/);
});
