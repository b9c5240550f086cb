/**
 * @module test/bench/lib/compare
 * How the accuracy benches score a field against its truth: names fold case, accents, stroked
 * letters, punctuation and company suffixes; amounts to the cent; ids without punctuation.
 */
import t from 'tap';
import { amount, id, name, normName } from '../../../bench/lib/compare.ts';

const ctx = { fields: {} };

t.test('names: case, accents, stroked letters, punctuation and company suffixes fold', async (t) => {
  t.ok(name('USLUGI ODRA SP. Z O.O.', 'USŁUGI ODRA SP. Z O.O.', ctx, {}), 'ł is folded like an accent');
  t.ok(name('Café Müller GmbH', 'CAFE MULLER', ctx, {}));
  t.ok(name('S.H.H. MOTOR SDN BHD', 'SHH MOTOR', ctx, {}));
  t.equal(normName('Øresund Đakovo'), 'oresund dakovo');
  t.notOk(name('USTUGI ODRA', 'USŁUGI ODRA', ctx, {}), 'a letter read wrong is still a miss');
  t.notOk(name(null, 'X', ctx, {}));
});

t.test('amounts to the cent; ids without spaces and punctuation', async (t) => {
  t.ok(amount(12.5, 12.504, ctx, {}));
  t.notOk(amount(12.5, 12.51, ctx, {}));
  t.ok(id('INV-0012', 'inv 0012', ctx, {}));
  t.notOk(id('N97948', '7948', ctx, {}));
});
