/**
 * @module test/engine/classify/statement-titles-latin-america
 * A Latin American statement ("Estado de cuenta" in Mexico, Colombia and Peru, "Resumen de
 * cuenta" in Argentina, "Cartola" in Chile, "Extrato de conta" in Brazil) is a statement, its
 * closing balance "Saldo al corte" is read, and its rows dated day/month-abbreviation
 * ("03/AGO") keep their dates: a fresh tester's Mexican two-page "ESTADO DE CUENTA" with
 * "Saldo anterior", "Saldo al corte" and "Cargos / Abonos" columns was refused as `other`
 * (only "efectivo" and "tarjeta", a till's words, were found).
 */
import t from 'tap';
import { classifyOffline } from '../../../engine/classify/offline-classifier.ts';
import { gatherEvidence } from '../../../engine/classify/evidence.ts';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

const row = (date: string, text: string, out: string, inn: string, bal: string) => `${date.padEnd(8)}${text.padEnd(34)}${out.padStart(12)}${inn.padStart(12)}${bal.padStart(12)}`;

const page = [
  'Banco del Pacifico Sur, S.A.               ESTADO DE CUENTA',
  'Cliente: MARTA ELENA QUIROGA DIAZ    Periodo: del 01/03/2026 al 31/03/2026',
  'Cuenta: 0987654321   Moneda: Pesos (MXN)',
  'Saldo anterior $8,410.50',
  'Saldo al corte $9,062.25',
  row('Fecha', 'Concepto', 'Cargos', 'Abonos', 'Saldo'),
  row('02/MAR', 'PAGO TARJETA EFECTIVO 998', '310.25', '', '8,100.25'),
  row('05/MAR', 'SPEI RECIBIDO HONORARIOS', '', '4,200.00', '12,300.25'),
  row('14/MAR', 'COMPRA SUPERMERCADO LA FE', '1,238.00', '', '11,062.25'),
  row('28/MAR', 'RETIRO CAJERO', '2,000.00', '', '9,062.25'),
];

t.test('an "Estado de cuenta" with opening and closing balances is a bank statement', async (t) => {
  const c = classifyOffline(readingFromText([page]));
  t.equal(c.type, 'bank_statement', c.reason);
});

t.test('its closing balance "Saldo al corte" and its rows dated "02/MAR" are read', async (t) => {
  const { formatted: s, fields } = extractBankStatement(readingFromText([page]));
  t.equal(s.currencyCode, 'MXN');
  t.equal(s.openingBalance, 8410.5);
  t.equal(s.closingBalance, 9062.25);
  t.same(s.tableItems.map((r) => [r.date, r.debitAmount, r.creditAmount]), [['02/MAR', 310.25, 0], ['05/MAR', 0, 4200], ['14/MAR', 1238, 0], ['28/MAR', 2000, 0]]);
  t.same(s.tableItems.map((_, i) => fields[`tableItems[${i}].date_iso`]?.value), ['2026-03-02', '2026-03-05', '2026-03-14', '2026-03-28'], 'the year from the period');
});

t.test('the Latin American statement titles title a statement', async (t) => {
  for (const title of ['Estado de cuenta', 'ESTADO DE CUENTA BANCARIO', 'Resumen de cuenta', 'Cartola', 'Extrato de conta']) {
    const e = gatherEvidence(readingFromText([[`Banco Andino    ${title}`, 'Periodo 01/05/2026 - 31/05/2026']]));
    t.ok(e.statementTitle, title);
  }
});
