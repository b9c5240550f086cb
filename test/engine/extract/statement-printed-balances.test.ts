/**
 * @module test/engine/extract/statement-printed-balances
 * A printed opening balance is the statement's, whatever the rows say: read as its label's own
 * figure on a line that prints other labelled figures after it, never replaced by one derived
 * from a misread row (the arithmetic check reports the mismatch instead), and derived from the
 * first row only when none is printed.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { deriveResult } from '../../../engine/derive/derive-result.ts';
import type { BankStatementResult } from '../../../schemas/results.ts';
import { readingFromText } from '../reading-from-text.ts';

/** Rows whose balances were misread by six cents: their movements still run from 405,41 to 1.080,41. */
const MISREAD_ROWS = [
  'Fecha       Concepto                    Importe       Saldo',
  '04/06/2025  Compra Mercadona             -25,00        380,47',
  '06/06/2025  Nómina ACME               +1.500,00      1.880,47',
  '09/06/2025  Alquiler                    -800,00      1.080,47',
];
function derived(head: string[], rows = MISREAD_ROWS) {
  const { formatted, fields } = extractBankStatement(readingFromText([['Banco Ejemplo S.A.', 'Periodo del 01/06/2025 al 30/06/2025', ...head, '', ...rows]]));
  const d = deriveResult('bank_statement', formatted, fields, '');
  return { x: d.formatted as BankStatementResult, d };
}

t.test('an opening balance printed on one line with other labelled figures is its own label\'s figure', async (t) => {
  for (const line of ['Saldo inicial 405,41      Saldo final 1.080,41', 'Saldo inicial 405,41   Abonos 1.500,00   Cargos 825,00   Saldo final 1.080,41',
    'Anfangssaldo  405,41 EUR     Summe Gutschriften 1.500,00 EUR     Endsaldo 1.080,41 EUR', 'Opening balance £405.41    Money in £1,500.00    Closing balance £1,080.41',
    'Solde précédent 405,41    Nouveau solde 1 080,41']) {
    const { x, d } = derived([line]);
    t.equal(x.openingBalance, 405.41, line);
    t.equal(x.closingBalance, 1080.41, line);
    t.equal(d.fields.openingBalance?.source, 'printed', line);
  }
});

t.test('a printed opening balance stays when a misread row disagrees; the check reports the mismatch', async (t) => {
  for (const head of [['Saldo inicial 405,41'], ['Saldo inicial', '405,41'], ['Opening balance   405.41']]) {
    const { x, d } = derived(head);
    t.equal(x.openingBalance, 405.41, head[0]);
    t.equal(d.fields.openingBalance?.source, 'printed', head[0]);
    t.notOk(d.derived.some((q) => q.path === 'openingBalance'), head[0]);
  }
  const { d } = derived(['Saldo inicial 405,41', 'Saldo final 1.080,41']);
  t.match(d.checks.find((c) => c.name === 'opening_plus_movements_equals_closing'), { ok: true }, 'the printed ends agree with the movements');
  const { d: off } = derived(['Saldo inicial 405,41', 'Saldo final 1.080,41'], [...MISREAD_ROWS.slice(0, 3), '09/06/2025  Alquiler                    -806,00      1.074,47']);
  t.match(off.checks.find((c) => c.name === 'opening_plus_movements_equals_closing'), { ok: false, expected: 1074.41, actual: 1080.41 }, 'a misread movement is reported, the printed ends kept');
});

t.test('with no opening balance printed, it is derived from the first row', async (t) => {
  const { x, d } = derived([]);
  t.equal(x.openingBalance, 405.47, 'the first balance 380,47 less its movement -25,00');
  t.equal(d.fields.openingBalance?.source, 'derived');
});
