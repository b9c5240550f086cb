/**
 * @module test/engine/extract/postal-lines
 * A Spanish house number's line prints the floor and the door after the number: "C/ Colón 33,
 * 4º B", "Avda. Blasco Ibáñez 8, 2º izda.", "C/ Mayor 5, 3º 1ª". It is a house number's line, so a
 * statement's holder printed over it, with the postcode and town under it, is read.
 */
import t from 'tap';
import { HOUSE_NUMBER_LINE } from '../../../engine/extract/postal-lines.ts';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

t.test('a floor and a door after the house number', async (t) => {
  for (const line of ['C/ Colón 33, 4º B', 'C/ Mayor 5, 3º 1ª', 'Avda. Blasco Ibáñez 8, 2º izda.', 'C/ Mayor 5, 2º', 'Długa 14']) t.ok(HOUSE_NUMBER_LINE.test(line), line);
  for (const line of ['Saldo anterior 4.120,77', 'Extracto Junio 2025 de la cuenta corriente']) t.notOk(HOUSE_NUMBER_LINE.test(line), line);
});

t.test('the holder over a street line with its floor and door, beside the statement\'s fields', async (t) => {
  const reading = readingFromText([[
    'Banco Mediterráneo de Ahorro                              Extracto de cuenta',
    'Avenida del Puerto 12, 46021 Valencia',
    '',
    'Lucía Fernández Ortega                           Extracto Junio 2025',
    'C/ Colón 33, 4º B                                Periodo 01/06/2025 - 30/06/2025',
    '46004 Valencia                                   IBAN ES91 2100 0418 4502 0005 1332',
    '                                                 Moneda EUR',
    'Fecha        Concepto                               Importe       Saldo',
    '             Saldo anterior                                     4.120,77',
    '02/06/2025   RECIBO IBERDROLA                         -56,33    4.064,44',
    '10/06/2025   TRANSFERENCIA RECIBIDA                +1.980,00    6.044,44',
    '15/06/2025   RECIBO SEGURO HOGAR                     -218,70    5.825,74',
    '             Saldo final                                        5.825,74',
    '',
    'Documento informativo. Conserve este extracto.',
  ]]);
  t.equal(extractBankStatement(reading).formatted.accountHolderName, 'Lucía Fernández Ortega');
});
