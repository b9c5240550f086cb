/**
 * @module test/engine/parse/gst-code-row
 * The opening of a Malaysian or Singaporean GST summary row (its code, its rate, how the rate is
 * printed, where the code's amount and tax start), read once for the extraction's summary rows
 * (../extract/gst-summary-rows.ts) and the derivation's bare rates (../derive/gst-code-rate.ts),
 * which before each read the same rows with their own patterns.
 */
import t from 'tap';
import { gstCodeRow, gstRowFigures } from '../../../engine/parse/gst-code-row.ts';
import { findAmounts } from '../../../engine/parse/amounts.ts';

const opening = (text: string) => {
  const r = gstCodeRow(text);
  return r && { code: r.code, rate: r.rate, printed: r.printed, rest: text.slice(r.from) };
};

t.test('a code, then its rate with its % sign, bare, or between the amount and the tax', async (t) => {
  t.same(opening('SR @6% 9.62 0.58'), { code: 'SR', rate: 0.06, printed: 'percent', rest: '9.62 0.58' });
  t.same(opening('S: Standard 6% 39.58 2.37'), { code: 'S', rate: 0.06, printed: 'percent', rest: '39.58 2.37' });
  t.same(opening('ZRL (@ 0%) 6.70 0.00'), { code: 'ZRL', rate: 0, printed: 'percent', rest: '6.70 0.00' });
  t.same(opening('SR 6 45.00 2.70'), { code: 'SR', rate: 0.06, printed: 'bare', rest: '45.00 2.70' });
  t.same(opening('SR 6.00 25.30 1.52'), { code: 'SR', rate: 0.06, printed: 'bare', rest: '25.30 1.52' });
  t.same(opening('SR 14.15 6 0.85'), { code: 'SR', rate: 0.06, printed: 'between', rest: '14.15 6 0.85' });
});

t.test('no row: a word that starts like a code, no rate, a rate over 30 %', async (t) => {
  t.equal(gstCodeRow('SRI MAJU 6 45.00 2.70'), null);
  t.equal(gstCodeRow('SR I0010000035-1 Meat+3Vege'), null);
  t.equal(gstCodeRow('SR 45 12.00 5.40'), null);
});

t.test('the row\'s figures: those after the opening, less a rate printed between them', async (t) => {
  const between = gstCodeRow('SR 14.15 6 0.85')!;
  t.same(gstRowFigures(between, findAmounts('SR 14.15 6 0.85')).map((a) => a.value), [14.15, 0.85]);
  const gross = gstCodeRow('SR 6 7,395.09 443.71 7,838.80')!;
  t.same(gstRowFigures(gross, findAmounts('SR 6 7,395.09 443.71 7,838.80')).map((a) => a.value), [7395.09, 443.71, 7838.8]);
});
