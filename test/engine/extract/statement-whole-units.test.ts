/**
 * @module test/engine/extract/statement-whole-units
 * A statement in a currency printed in whole units (the forint, the yen) prints its rows'
 * money with no fraction ("2026.03.03.  Kártyás vásárlás SPAR 1042   18 450   366 050"): under
 * the header's columns those whole figures are the rows' money, and a number in the description
 * ("SPAR 1042") stays text. Its dates may be written year first with a closing dot
 * ("2026.03.03."). A scan may read an accented o of a balance label as a 6 ("Nyit6 egyenleg").
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

const col = (date: string, text: string, out: string, inn: string, bal: string) => `${date.padEnd(14)}${text.padEnd(36)}${out.padStart(12)}${inn.padStart(12)}${bal.padStart(12)}`;

const forint = (open = 'Nyitó egyenleg', close = 'Záró egyenleg') => [
  'Alföldi Takarék Bank Zrt.                 SZÁMLAKIVONAT',
  'Számlatulajdonos: Szabó Anna',
  'Számlaszám: HU42 1177 3016 1111 1018 0000 0000 (HUF)',
  'Időszak: 2026.05.01. - 2026.05.31.',
  '',
  col('Dátum', 'Közlemény', 'Terhelés', 'Jóváírás', 'Egyenleg'),
  col('', open, '', '', '250 000'),
  col('2026.05.04.', 'Kártyás vásárlás TESCO 2210', '12 340', '', '237 660'),
  col('2026.05.10.', 'Munkabér Példa', '', '480 000', '717 660'),
  col('2026.05.20.', 'Lakbér átutalás', '200 000', '', '517 660'),
  col('', close, '', '', '517 660'),
  ...Array(20).fill(''),
];

t.test('a forint statement: its whole figures under the columns are the rows\' money, its year-first dates their days', async (t) => {
  const { formatted: x, fields } = extractBankStatement(readingFromText([forint()]));
  t.equal(x.currencyCode, 'HUF');
  t.same(x.tableItems.map((r) => [r.description, r.debitAmount, r.creditAmount, r.balanceAmount]), [
    ['Kártyás vásárlás TESCO 2210', 12340, 0, 237660],
    ['Munkabér Példa', 0, 480000, 717660],
    ['Lakbér átutalás', 200000, 0, 517660],
  ]);
  t.same(x.tableItems.map((_, i) => fields[`tableItems[${i}].date_iso`]?.value), ['2026-05-04', '2026-05-10', '2026-05-20']);
  t.same([x.openingBalance, x.closingBalance, fields.reconciled?.value], [250000, 517660, true]);
});

t.test('a scan that reads the accented o of a balance label as a 6 still gives the balances', async (t) => {
  const { formatted: x, fields } = extractBankStatement(readingFromText([forint('Nyit6 egyenleg', 'Zar6 egyenleg')], { kind: 'image' }));
  t.equal(x.tableItems.length, 3, 'the balance lines are no rows');
  t.same([x.openingBalance, x.closingBalance, fields.reconciled?.value], [250000, 517660, true]);
});

t.test('in a currency with cents, a whole number is never a row\'s money', async (t) => {
  const euro = forint().map((l) => l.replace('(HUF)', '(EUR)').replace(/HU42/, 'DE42'));
  const { formatted: x } = extractBankStatement(readingFromText([euro]));
  t.equal(x.tableItems.length, 0);
});
