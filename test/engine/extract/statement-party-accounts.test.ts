/**
 * @module test/engine/extract/statement-party-accounts
 * An account labelled as another party's (a payee's, a beneficiary's, a counterparty's, a
 * creditor's: "Beneficiary account:", "Empfänger-IBAN:", "Compte bénéficiaire :", "Cuenta
 * destino:", "Rachunek odbiorcy:") printed in a statement's head above the holder's own is never
 * the statement's account: the holder's own ("Account number", "IBAN", "Kontonummer", "Numéro de
 * compte", "Número de cuenta" with no party word, or an unlabelled IBAN by the holder) is. All
 * IBANs here hold their mod-97 check.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { ibanCheckHolds } from '../../../engine/parse/iban.ts';
import { readingFromText } from '../reading-from-text.ts';

const PAYEE = { GB: 'GB33 BUKB 2020 1555 5555 55', DE: 'DE44 5001 0517 5407 3249 31', FR: 'FR14 2004 1010 0505 0001 3M02 606', ES: 'ES60 0049 1500 0512 3456 7892', PL: 'PL61 1090 1014 0000 0712 1981 2874' };
const OWN = { GB: 'GB82 WEST 1234 5698 7654 32', DE: 'DE89 3704 0044 0532 0130 00', FR: 'FR76 3000 6000 0112 3456 7890 189', ES: 'ES91 2100 0418 4502 0005 1332', PL: 'PL27 1140 2004 0000 3002 0135 5387' };

/** A one-page statement: the bank and title, the payee's line, the holder, the street, the own account's line, then the rows. */
const statement = (payeeLine: string, ownLine: string) => [
  'Example Bank plc                                   Statement', payeeLine, 'Jane Doe', '27 Orchard Close', ownLine,
  'Date         Details                           Debits      Credits       Balance',
  '01/03/2024   Opening balance                                             1,000.00',
  '04/03/2024   ENERGY CO                         120.00                      880.00',
  '31/03/2024   Closing balance                                               880.00',
];
const accountOf = (lines: string[]) => extractBankStatement(readingFromText([lines])).formatted.accountNumber;

t.test('the IBANs of these tests hold their check', async (t) => {
  for (const v of [...Object.values(PAYEE), ...Object.values(OWN)]) t.ok(ibanCheckHolds(v.replace(/\s/g, '')), v);
});

t.test('a payee\'s labelled account above the holder\'s own is not the statement\'s account', async (t) => {
  const cases: [string, string, string][] = [
    [`Beneficiary account: ${PAYEE.GB}`, `Account number: ${OWN.GB}`, OWN.GB],
    [`Beneficiary account: ${PAYEE.GB}`, `IBAN: ${OWN.GB}`, OWN.GB],
    [`Payee account number: ${PAYEE.GB}`, `Account number: ${OWN.GB}`, OWN.GB],
    [`Creditor account: ${PAYEE.GB}`, `Account: ${OWN.GB}`, OWN.GB],
    [`Counterparty IBAN: ${PAYEE.GB}`, OWN.GB, OWN.GB],
    [`Empfänger-IBAN: ${PAYEE.DE}`, `IBAN: ${OWN.DE}`, OWN.DE],
    [`Compte bénéficiaire : ${PAYEE.FR}`, `Numéro de compte : ${OWN.FR}`, OWN.FR],
    [`Cuenta destino: ${PAYEE.ES}`, `Número de cuenta: ${OWN.ES}`, OWN.ES],
    [`Número de cuenta del beneficiario: ${PAYEE.ES}`, `IBAN ${OWN.ES}`, OWN.ES],
    [`Rachunek odbiorcy: ${PAYEE.PL}`, `Numer rachunku: ${OWN.PL}`, OWN.PL],
  ];
  for (const [payee, own, want] of cases) t.equal(accountOf(statement(payee, own)), want, `"${payee.split(':')[0]}" over "${own.split(/:|\s[A-Z]{2}\d{2}/)[0]}"`);
});

t.test('a payee\'s account beside the holder\'s own on one line, or alone, is never the account', async (t) => {
  t.equal(accountOf(statement(`${`Beneficiary account: ${PAYEE.GB}`.padEnd(56)}Account number: ${OWN.GB}`, '')), OWN.GB, 'the own label after the payee\'s on its line');
  t.equal(accountOf(statement(`Beneficiary account: ${PAYEE.GB}`, '')), null, 'only a payee\'s account printed: none read');
  t.equal(accountOf(statement('Cuenta destino', OWN.ES).toSpliced(2, 0, PAYEE.ES)), OWN.ES, 'a payee\'s label over an unlabelled IBAN makes it the payee\'s');
});
