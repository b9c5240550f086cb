/**
 * @module test/engine/extract/statement-head-columns
 * A statement's head as Nordic and Malaysian banks print it: a bank name in capitals glued to a
 * bilingual title ("SENTOSA BANK BERHAD  PENYATA AKAUN / ACCOUNT STATEMENT", Malay "penyata" =
 * statement; Berhad a Malaysian legal form), labels and values in two columns without colons
 * ("Kontohavare      Maja Bergström", "Konto      Sparkonto 7311-4, 215 889 004-2": the holder
 * in the value column, the account's kind before a Swedish clearing number and account number).
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { bankNamesIn } from '../../../engine/extract/bank-name.ts';
import { readingFromText } from '../reading-from-text.ts';

const swedish = (holderLabel: string, holder: string, kind: string, account: string) => [
  'Västerbygdens Sparbank                                          KONTOUTDRAG',
  `${holderLabel.padEnd(17)}${holder}`,
  `${'Konto'.padEnd(17)}${kind} ${account}`,
  `${'Period'.padEnd(17)}2026-03-01 – 2026-03-31`,
  `${'Valuta'.padEnd(17)}SEK`,
  'Ingående saldo  2026-03-01                                    8 120,00',
  'Bokföringsdag  Text                          Belopp            Saldo',
  '2026-03-04     Kortköp Coop Forum           -412,30         7 707,70',
  '2026-03-25     Lön Bergström AB           25 000,00        32 707,70',
  'Utgående saldo  2026-03-31                                   32 707,70',
];

t.test('holder and account in the value column of a label block without colons', async (t) => {
  const cases: [string, string, string, string][] = [
    ['Kontohavare', 'Maja Bergström', 'Sparkonto', '7311-4, 215 889 004-2'],
    ['Kontohavare', 'Olof Nyqvist', 'Privatkonto', '8105-9, 442 010 377-5'],
    ['Kontoinnehavare', 'Sanna Åkesson', 'Lönekonto', '6543, 123 456 789'],
  ];
  for (const [label, holder, kind, account] of cases) {
    const f = extractBankStatement(readingFromText([swedish(label, holder, kind, account)])).formatted;
    t.equal(f.accountHolderName, holder, `${label} ${holder}`);
    t.equal(f.accountNumber, account, `${kind} ${account}`);
  }
});

t.test('a name far from its label with nothing lined up under it is not taken', async (t) => {
  const lines = ['Västerbygdens Sparbank                                          KONTOUTDRAG', 'Kontohavare                                         Maja Bergström', '', '', 'Ingående saldo  2026-03-01  8 120,00'];
  t.equal(extractBankStatement(readingFromText([lines])).formatted.accountHolderName, null);
});

t.test('a bank in capitals glued to a bilingual title', async (t) => {
  for (const [line, bank] of [
    ['SENTOSA BANK BERHAD  PENYATA AKAUN / ACCOUNT STATEMENT', 'SENTOSA BANK BERHAD'],
    ['BANK KEMBANG BERHAD  ACCOUNT STATEMENT / PENYATA AKAUN', 'BANK KEMBANG BERHAD'],
    ['PERDANA RAKYAT BANK BHD  PENYATA AKAUN', 'PERDANA RAKYAT BANK BHD'],
  ] as const) t.same(bankNamesIn(line), [bank], line);
  const lines = ['SENTOSA BANK BERHAD  PENYATA AKAUN / ACCOUNT STATEMENT', '(Company No. 199801012345 (123456-K))', 'LIM MEI FONG         Nombor Akaun / Account No  6021-3344-5566',
    'Tempoh / Period  01/03/2026 - 31/03/2026', 'Tarikh / Date  Butiran Transaksi / Description  Debit  Kredit  Baki / Balance', '01/03/2026  BAKI MULA / BEGINNING BALANCE  2,100.00',
    '05/03/2026  POS PURCHASE TESCO  88.10  2,011.90', '25/03/2026  SALARY CREDIT  4,500.00  6,511.90', 'BAKI AKHIR / ENDING BALANCE  6,511.90'];
  t.equal(extractBankStatement(readingFromText([lines])).formatted.bankName, 'SENTOSA BANK BERHAD');
});
