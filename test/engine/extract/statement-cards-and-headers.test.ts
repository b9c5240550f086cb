/**
 * @module test/engine/extract/statement-cards-and-headers
 * Statement fields a fresh tester's set left empty or cut: a card statement's masked card number
 * as its account ("XXXX XXXX XXXX 4821", "4364 •••• •••• 1187"), an IBAN after a bare "Cuenta:",
 * "previous balance" as Dutch, Italian, German and Polish statements print it, a bank's name with
 * "dei"/"dos" in it, an Indian holder over a "Flat 302, ..." address, and the currency of a US
 * card statement and of an Indian statement that print no currency sign.
 */
import t from 'tap';
import { extractBankStatement } from '../../../engine/extract/bank-statement.ts';
import { readingFromText } from '../reading-from-text.ts';

const page = (head: string[], open: string, rows = true) => [
  ...head,
  'Date         Details                           Debits      Credits       Balance',
  `             ${open}                                                    1,000.00`,
  ...(rows ? ['04/03        ENERGY CO                         120.00                      880.00', '28/03        SALARY                                        1,500.00      2,380.00'] : []),
  '             New balance                                                 2,380.00',
];
const read = (lines: string[]) => extractBankStatement(readingFromText([lines])).formatted;

t.test('a card statement names its account by the masked card number, as printed', async (t) => {
  const head = (l: string) => ['Cascade Peak Bank                                  Credit Card Statement', 'Period 03/01/2024 - 03/31/2024', l, '1180 Alder St Apt 4, Seattle WA 98101'];
  t.equal(read(page(head('Marcus T. Delgado                 Account ending:    XXXX XXXX XXXX 4821'), 'Previous balance')).accountNumber, 'XXXX XXXX XXXX 4821');
  t.equal(read(page(head("Liam O'Rourke                     Card number: 4364 •••• •••• 1187"), 'Previous balance')).accountNumber, '4364 •••• •••• 1187');
  t.equal(read(page(head("Liam O'Rourke                     Card number: 4364........1187"), 'Previous balance')).accountNumber, '4364........1187', 'bullets a scan read as dots');
  t.equal(read(page(head('Marcus T. Delgado                 Card number: 4364 1234 5678 1187'), 'Previous balance')).accountNumber, '4364 1234 5678 1187', 'unmasked, as before');
});

t.test('an IBAN after a bare "Cuenta:" is the account; "Extracto de cuenta" alone labels nothing', async (t) => {
  const f = read(page(['Caja Rural del Turia                               Extracto de cuenta', 'Periodo 01/03/2024-31/03/2024', 'Lucía Fernández Ortega         Cuenta: ES21 3159 0045 1122 3344 5566', 'C/ Sueca 40, 46006 Valencia'], 'Saldo anterior'));
  t.equal(f.accountNumber, 'ES21 3159 0045 1122 3344 5566');
});

t.test('"previous balance" in Dutch, Italian, German, Polish, Spanish and French opens the statement', async (t) => {
  for (const word of ['Vorig saldo', 'Saldo precedente', 'Alter Saldo', 'Saldo poprzednie', 'Saldo anterior', 'Ancien solde']) {
    const f = read(page(['Polderbank                                         Statement', 'Period 01-03-2024 - 31-03-2024', 'S. de Vries-Bakker'], word));
    t.equal(f.openingBalance, 1000, word);
  }
});

t.test('a bank name keeps its "dei", "dos", "degli" inside', async (t) => {
  t.equal(read(page(['Banca Agricola dei Colli                           Estratto conto', 'Periodo dal 01/03/2024 - 31/03/2024', 'Giulia Bernardi'], 'Saldo iniziale')).bankName, 'Banca Agricola dei Colli');
  t.equal(read(page(['Caixa dos Açores                                   Extrato', 'Período 01/03/2024 - 31/03/2024', 'João Silva'], 'Saldo inicial')).bankName, 'Caixa dos Açores');
});

t.test('an Indian statement: the holder over a flat\'s address, and rupees from the IFSC and lakh grouping', async (t) => {
  const f = read([
    'Deccan Cooperative Bank                                  Statement of Account', 'Deccan Cooperative Bank Ltd, FC Road, Pune 411004      Period 01-09-2024 - 30-09-2024',
    'Ananya Kulkarni                           A/c No.:        004210100038291', 'Flat 302, Shanti Apartments, Kothrud, Pune 411038      IFSC:     DCBL0000421',
    'Date         Narration                         Withdrawal     Deposit        Balance', '             Opening Balance                                                 89,463.29',
    '04-09        IMPS/RENT                         26,385.42                     63,077.87', '09-09        NEFT CR SALARY                                  1,14,148.00   1,77,225.87',
    '             Closing Balance                                               1,77,225.87',
  ]);
  t.equal(f.accountHolderName, 'Ananya Kulkarni');
  t.equal(f.currencyCode, 'INR');
});

t.test('a US card statement with no dollar sign is in US dollars by its town, state and ZIP', async (t) => {
  const f = read(page(['Cascade Peak Bank                                  Credit Card Statement', 'Cascade Peak Bank, PO Box 4410, Portland OR 97208   Period 03/01/2024 - 03/31/2024', 'Marcus T. Delgado', '1180 Alder St Apt 4, Seattle WA 98101'], 'Previous balance'));
  t.equal(f.currencyCode, 'USD');
});
