/**
 * @module test/engine/extract/statement-account-word-iban
 * An IBAN printed after an account word with no colon or number sign, the word starting its
 * column beside the holder's name ("Cuenta ES.. ....", "Konto DE..", "Rekening NL..", "Compte
 * FR..", "Conto IT..", "Rachunek PL.."), is the statement's account, read to its country's length,
 * whether or not its check holds; one after a word naming another party is not.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

/** A one-page statement printing `right` beside the holder's name. */
const statement = (right: string) => [
  'Banca Ejemplo', 'Extracto', `Lucía Romero Vidal                      ${right}`, 'Avenida del Puerto 12', '08039 Barcelona',
  'Fecha        Concepto                          Importe          Saldo',
  '             Saldo anterior                                   1.000,00',
  '04/06/2025   Recibo luz                        -60,00           940,00',
  '             Saldo final                                        940,00',
];
const accountOf = (right: string) => extractBankStatement(readingFromText([statement(right)])).formatted.accountNumber;

t.test('an IBAN after an account word at its column\'s start is the account, its check holding or not', async (t) => {
  const cases = [
    'Cuenta ES12 0182 4417 8102 0153 9921', 'Cuenta ES91 2100 0418 4502 0005 1332', 'Konto DE44 3055 0000 0093 4410 27', 'Konto   DE89 3704 0044 0532 0130 00',
    'Rekening NL20 RABO 0316 4452 90', 'Compte FR76 1390 7000 0004 1277 3029 145', 'Conto IT60 X054 2811 1010 0000 0123 456', 'Rachunek PL61 1090 1014 1100 9500 5503 8157',
  ];
  for (const c of cases) t.equal(accountOf(c), c.replace(/^\p{L}+\s+/u, ''), c);
});

t.test('an IBAN after a word naming another party, or after an account word inside a phrase, is not taken for the account this way', async (t) => {
  t.equal(accountOf('Cuenta destino ES12 0182 4417 8102 0153 9921'), null, 'a payee\'s account');
  t.equal(accountOf('Empfänger Konto DE44 3055 0000 0093 4410 27'), null, 'the payee\'s');
  t.equal(accountOf('Tarjeta asociada a la cuenta ES12 0182 4417 8102 0153 9921'), null, 'inside a phrase, its check not holding');
});
