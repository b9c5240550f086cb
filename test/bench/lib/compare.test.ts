/**
 * @module test/bench/lib/compare
 * How the accuracy benches score a field against its truth: names fold case, accents, stroked
 * letters, punctuation and company suffixes; amounts to the cent; ids without punctuation.
 */
import t from 'tap';
import { amount, date, id, name, normName } from '../../../bench/lib/compare.ts';

const ctx = { fields: {} };

t.test('names: case, accents, stroked letters, punctuation and company suffixes fold', async (t) => {
  t.ok(name('USLUGI ODRA SP. Z O.O.', 'USŁUGI ODRA SP. Z O.O.', ctx, {}), 'ł is folded like an accent');
  t.ok(name('Café Müller GmbH', 'CAFE MULLER', ctx, {}));
  t.ok(name('S.H.H. MOTOR SDN BHD', 'SHH MOTOR', ctx, {}));
  t.equal(normName('Øresund Đakovo'), 'oresund dakovo');
  for (const [a, b] of [['Zeeuwse Spaarbank N.V.', 'Zeeuwse Spaarbank'], ['Mesarija Kovačič d.o.o.', 'MESARIJA KOVACIC'], ['Botica Sol E.I.R.L.', 'BOTICA SOL'],
    ['Pekárna Novák s.r.o.', 'Pekarna Novak'], ['Kahvila Aalto Oy', 'KAHVILA AALTO'], ['Tacos El Güero S.A. de C.V.', 'Tacos el Guero'], ['Padaria Lima, Lda.', 'PADARIA LIMA'],
    ['Marsh & Pell Architects LLP', 'Marsh & Pell Architects'], ['Pracownia Krawiecka Nowak s.c.', 'PRACOWNIA KRAWIECKA NOWAK'], ['Warsztat Lis S.C.', 'Warsztat Lis'],
    ['Frantoio Valle Verde Soc. Agr.', 'Frantoio Valle Verde'], ['Azienda Poggio Alto soc. agr. s.r.l.', 'AZIENDA POGGIO ALTO']]) {
    t.ok(name(a, b, ctx, {}), `${a}: its legal form is dropped`);
  }
  t.notOk(name('USTUGI ODRA', 'USŁUGI ODRA', ctx, {}), 'a letter read wrong is still a miss');
  t.notOk(name('Soczewka Agri', 'Agri', ctx, {}), 'a word that only begins like a form stays');
  t.notOk(name(null, 'X', ctx, {}));
});

t.test('amounts to the cent; ids without spaces and punctuation', async (t) => {
  t.ok(amount(12.5, 12.504, ctx, {}));
  t.notOk(amount(12.5, 12.51, ctx, {}));
  t.ok(id('INV-0012', 'inv 0012', ctx, {}));
  t.notOk(id('N97948', '7948', ctx, {}));
});

t.test('dates: a prediction is read in the order its currency says, year first for yen and won', async (t) => {
  const truth = { fields: { date_iso: '2024-12-26' } };
  t.ok(date('date_iso')('24-12-26', '2024-12-26', truth, { currencyCode: 'JPY' }), 'yen: yy-mm-dd');
  t.ok(date('date_iso')('24/12/26', '2024-12-26', truth, { currencyCode: 'KRW' }), 'won: yy/mm/dd');
  t.notOk(date('date_iso')('24-12-26', '2024-12-26', truth, { currencyCode: 'EUR' }), 'euro: day first, 2026-12-24');
  t.ok(date('date_iso')('12/26/2024', '2024-12-26', truth, { currencyCode: 'USD' }), 'dollar: month first');
});
