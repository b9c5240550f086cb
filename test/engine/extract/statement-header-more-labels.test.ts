/**
 * @module test/engine/extract/statement-header-more-labels
 * The account number and the holder after the header labels of Finnish, Estonian, Latvian,
 * Lithuanian, Hungarian, Croatian, Slovene, Czech, Slovak and Romanian statements (a thirteenth
 * tester's): "Tilinumero:", "Konto number:", "Sąskaitos Nr.:", "Számlaszám:", "Vlasnik računa:",
 * "Konto omanik:", "Sąskaitos savininkas:", "Számlatulajdonos:", with their marked letters as
 * printed and as a scan drops them. The IBANs here fail their check on purpose: only the label
 * names them (an unlabelled IBAN whose check holds is read without one, ./own-iban.test.ts).
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { isFieldLabel } from '../../../engine/extract/holder-label.ts';
import { readingFromText } from '../reading-from-text.ts';

const IBAN = 'EE38 3586 8819 7229 6021';
const statement = (holderLine: string, accountLine: string, kind: 'pdf' | 'image') => extractBankStatement(readingFromText([[
  'Baltic Savings Bank', 'Statement of account', holderLine, accountLine, 'Period: 01.12.2025 - 31.12.2025',
  'Date         Description                 Debit       Credit       Balance',
  '01.12.2025   Opening balance                                      3 849,73',
  '03.12.2025   Direct debit Electricity    196,60                   3 653,13',
  '11.12.2025   Salary                                  2 457,16     6 110,29',
]], { kind })).formatted;

const CASES: [string, string][] = [
  ['Tilinomistaja: Olivia Nguyen', `Tilinumero: ${IBAN} EUR`],
  ['Konto omanik: Reto Keller', `Konto number: ${IBAN} EUR`],
  ['Konto omanik: Reto Keller', `Kontonumber: ${IBAN}`],
  ['Sąskaitos savininkas: Ana Catarina Ferreira', `Sąskaitos Nr.: ${IBAN} EUR`],
  ['Saskaitos savininkas: Ana Catarina Ferreira', `Saskaitos Nr.: ${IBAN} EUR`],
  ['Konta īpašnieks: Anna Ozola', `Konta Nr.: ${IBAN}`],
  ['Számlatulajdonos: Rūta Kazlauskienė', `Számlaszám: ${IBAN} HUF`],
  ['Szamlatulajdonos: Eszter Balogh', `Bankszamlaszam: ${IBAN}`],
  ['Vlasnik računa: Reto Keller', `Broj računa: ${IBAN}`],
  ['Imetnik računa: Maja Novak', `Številka računa: ${IBAN}`],
  ['Majiteľ účtu: Ján Kováč', `Číslo účtu: ${IBAN}`],
  ['Titular cont: Andrei Popescu', `Număr cont: ${IBAN}`],
];

t.test('the account number and holder after the labels of more languages', async (t) => {
  for (const [holderLine, accountLine] of CASES) {
    for (const kind of ['pdf', 'image'] as const) {
      const x = statement(holderLine, accountLine, kind);
      t.equal(x.accountNumber, IBAN, `${accountLine} (${kind})`);
      t.equal(x.accountHolderName, holderLine.replace(/^.*?:\s*/, ''), `${holderLine} (${kind})`);
    }
  }
});

t.test('these labels name nobody: the holder is never one of them', async (t) => {
  for (const label of ['Számlaszám:', 'Sąskaitos Nr.', 'Konto number', 'Vlasnik računa', 'Konto omanik:', 'Számlatulajdonos', 'Időszak:', 'Laikotarpis', 'Razdoblje:', 'Periood']) {
    t.ok(isFieldLabel(label), label);
  }
});
